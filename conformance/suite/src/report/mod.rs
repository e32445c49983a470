//! Reports, every one written from the same event list: the console summary, JSON (the events themselves), JUnit
//! XML (one test case per case, as CI systems ingest it), a HAR 1.2 log of every exchange and a Markdown
//! certificate. [`write_all`] writes the reports asked for (`FORMAT=FILE`, [`ReportSpec::parse`]) and a
//! `SHA256SUMS` manifest in each folder it wrote to ([`manifest`]).

pub mod console;
pub mod har;
pub mod junit;
pub mod manifest;
pub mod markdown;
pub mod time;

use std::path::{Path, PathBuf};

use crate::error::SuiteError;
use crate::event::Event;

/// The JSON report: the suite's version and every event, in order.
pub fn json(events: &[Event]) -> String {
    let document = serde_json::json!({"report": "payspec check", "suite_version": crate::VERSION, "events": events});
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

/// A report's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The events as JSON.
    Json,
    /// JUnit XML.
    Junit,
    /// A HAR 1.2 log of every exchange.
    Har,
    /// The Markdown certificate.
    Markdown,
}

impl Format {
    /// Every format, by the name `--report` takes.
    pub const ALL: [(&'static str, Format); 4] =
        [("json", Format::Json), ("junit", Format::Junit), ("har", Format::Har), ("markdown", Format::Markdown)];

    /// The name `--report` takes.
    pub fn name(self) -> &'static str {
        Format::ALL.iter().find(|(_, f)| *f == self).map_or("json", |(name, _)| name)
    }
}

impl std::str::FromStr for Format {
    type Err = SuiteError;

    fn from_str(name: &str) -> Result<Format, SuiteError> {
        Format::ALL.iter().find(|(n, _)| *n == name).map(|(_, f)| *f).ok_or_else(|| {
            let names: Vec<&str> = Format::ALL.iter().map(|(n, _)| *n).collect();
            SuiteError::ReportSpec(format!("{name}: the formats are {}", names.join(", ")))
        })
    }
}

/// A report asked for: a format and a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSpec {
    /// The format.
    pub format: Format,
    /// The file.
    pub path: PathBuf,
}

impl ReportSpec {
    /// Parses every `--report FORMAT=FILE` of a command line; the first that is wrong is the error.
    pub fn parse_all(specs: &[String]) -> Result<Vec<ReportSpec>, SuiteError> {
        specs.iter().map(|spec| ReportSpec::parse(spec)).collect()
    }

    /// Parses `FORMAT=FILE` (`junit=out/conformance.xml`).
    pub fn parse(spec: &str) -> Result<ReportSpec, SuiteError> {
        let (format, file) =
            spec.split_once('=').ok_or_else(|| SuiteError::ReportSpec(format!("{spec}: expected FORMAT=FILE")))?;
        if file.is_empty() {
            return Err(SuiteError::ReportSpec(format!("{spec}: expected FORMAT=FILE")));
        }
        Ok(ReportSpec { format: format.parse()?, path: PathBuf::from(file) })
    }
}

/// One report's text. `siblings` are the file names of the other reports written to the same folder (the
/// certificate lists what the manifest next to it covers).
pub fn render(format: Format, events: &[Event], siblings: &[String]) -> String {
    match format {
        Format::Json => json(events),
        Format::Junit => junit::report(events),
        Format::Har => har::report(events),
        Format::Markdown => markdown::certificate(events, siblings),
    }
}

/// A report written: its file name and its bytes (for the manifest).
type Written = (String, Vec<u8>);

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Writes every report asked for from one event list, then a `SHA256SUMS` manifest in each folder a report went
/// to, listing the reports of this run in that folder (verify with `sha256sum -c SHA256SUMS` there). Returns the
/// files written: the reports in order, then the manifests. The same file twice, or a report named `SHA256SUMS`,
/// is refused before anything is written; a missing folder is made.
pub fn write_all(events: &[Event], reports: &[ReportSpec]) -> Result<Vec<PathBuf>, SuiteError> {
    let mut seen = std::collections::BTreeSet::new();
    for report in reports {
        if report.path.file_name().is_none_or(|name| name == manifest::FILE) {
            return Err(SuiteError::ReportSpec(format!("{}: not a report file name", report.path.display())));
        }
        if !seen.insert(report.path.clone()) {
            return Err(SuiteError::ReportSpec(format!("{}: asked for twice", report.path.display())));
        }
    }
    let mut folders: Vec<(PathBuf, Vec<Written>)> = Vec::new();
    let name_of = |path: &Path| path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut written = Vec::new();
    for report in reports {
        let folder = folder_of(&report.path);
        let siblings: Vec<String> = reports
            .iter()
            .filter(|other| other.path != report.path && folder_of(&other.path) == folder)
            .map(|other| name_of(&other.path))
            .collect();
        let text = render(report.format, events, &siblings);
        // A report's folder is made if it is missing: a proxy session's reports are written only when it ends, and
        // a missing folder must not lose them.
        std::fs::create_dir_all(&folder).map_err(|source| SuiteError::Report { path: folder.clone(), source })?;
        std::fs::write(&report.path, &text)
            .map_err(|source| SuiteError::Report { path: report.path.clone(), source })?;
        written.push(report.path.clone());
        let entry = (name_of(&report.path), text.into_bytes());
        match folders.iter_mut().find(|(f, _)| *f == folder) {
            Some((_, files)) => files.push(entry),
            None => folders.push((folder, vec![entry])),
        }
    }
    for (folder, files) in &folders {
        let path = folder.join(manifest::FILE);
        let listed: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
        std::fs::write(&path, manifest::render(&listed))
            .map_err(|source| SuiteError::Report { path: path.clone(), source })?;
        written.push(path);
    }
    Ok(written)
}

/// The same events with every duration and clock reading set to zero, so two runs compare equal (for snapshots).
pub fn without_times(events: &[Event]) -> Vec<Event> {
    events
        .iter()
        .cloned()
        .map(|mut event| {
            match &mut event {
                Event::Exchange(exchange) => exchange.millis = 0,
                Event::CaseFinished { millis, .. } | Event::RunFinished { millis, .. } => *millis = 0,
                Event::RunStarted { started_unix_millis, .. } => *started_unix_millis = 0,
                _ => {}
            }
            event
        })
        .collect()
}
