//! The suite's errors: what stops a run before or while it runs (exit code 2), as opposed to a check that fails
//! (exit code 1, reported as an event).

use std::path::PathBuf;

/// Why the suite could not run.
#[derive(Debug, thiserror::Error)]
pub enum SuiteError {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file is not valid JSON.
    #[error("{path}: not JSON: {source}")]
    Json {
        /// The file.
        path: PathBuf,
        /// Why.
        source: serde_json::Error,
    },
    /// A case file breaks the case schema or the case rules.
    #[error("{path}: {problems}")]
    InvalidCase {
        /// The file.
        path: PathBuf,
        /// Every problem, one a line.
        problems: String,
    },
    /// A baseline file breaks the baseline schema.
    #[error("baseline {path}: {problems}")]
    InvalidBaseline {
        /// The file.
        path: PathBuf,
        /// Every problem, one a line.
        problems: String,
    },
    /// A report cannot be asked for so.
    #[error("--report {0}")]
    ReportSpec(String),
    /// The credentials file is wrong.
    #[error("credentials {path}: {problem}")]
    Credentials {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        problem: String,
    },
    /// The target URL cannot be used.
    #[error("target {url}: {problem}")]
    Target {
        /// The URL given.
        url: String,
        /// What is wrong.
        problem: String,
    },
    /// An API the suite does not know.
    #[error("unknown API {0:?} (known: iyzico-terminal, finrota-pws)")]
    UnknownApi(String),
    /// The filters select no case.
    #[error("nothing selected: {0}")]
    NothingSelected(String),
    /// A report could not be written.
    #[error("cannot write the report {path}: {source}")]
    Report {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}
