//! The one event stream of a run. The runner emits events; a baseline ([`crate::baseline`]) may rewrite them
//! (accepted deviations, expected failures); every report (console, JSON, JUnit, HAR, the Markdown certificate)
//! is written from the same list, so no two formats can disagree. Requests, answers and findings in events are
//! already redacted.

use serde::Serialize;
use serde_json::Value as Json;

/// How a check, a step or a case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Everything held.
    Passed,
    /// A rule of the project's decision did not hold (a failure under `--strict`).
    Warning,
    /// A rule did not hold, but the baseline accepts the deviation (with a reason); or a case the baseline
    /// expects to fail failed. Does not fail the run.
    Accepted,
    /// A rule did not hold.
    Failed,
    /// The case could not run to its end (the target did not answer, a value it needs was never captured).
    Error,
    /// The case was not run (it needs the emulator's controls and the target has none).
    Skipped,
}

/// A check that did not pass.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The check's id (`response_schema`, `model_refusal`, ...).
    pub check: &'static str,
    /// `failed` or `warning`.
    pub verdict: Verdict,
    /// The rule, as the spec names it.
    pub rule: String,
    /// The rule's basis: `vendor`, `translation` or `decision`.
    pub basis: &'static str,
    /// Where the spec's rule comes from, from the generated table the prediction or check read (the lifecycle
    /// row, the catalog's code, the operation or its response); `None` where the spec cites no document: the
    /// suite's own checks (routing's 404 and 405, no secret echoed, no 5xx for a client's error the spec's routing
    /// rather than a refusal predicts) and the case's expectations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Citation>,
    /// What the spec expects.
    pub expected: String,
    /// What the implementation did.
    pub actual: String,
    /// Where in the answer, as a JSON pointer, if the check knows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Why the baseline accepts it, when it does (the verdict is then `accepted`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted: Option<String>,
}

/// The document a rule comes from, as the spec cites it: a short citation for reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// The source's number in the API's list of sources, as the generated docs cite it (`S3`).
    pub id: &'static str,
    /// What the document is.
    pub title: &'static str,
    /// The public URL, when the document is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'static str>,
    /// The seed file under `shared/seeds/`, when the document is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<&'static str>,
    /// The basis the spec gives the cited rule: `vendor`, `translation` or `decision`.
    pub basis: &'static str,
    /// Why the project decided so, when the cited rule is a decision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
}

impl From<&payspec::support::Provenance> for Citation {
    fn from(provenance: &payspec::support::Provenance) -> Citation {
        let source = provenance.source;
        let decision = provenance.basis == payspec::support::Basis::Decision;
        Citation {
            id: source.id,
            title: source.title,
            url: source.url(),
            seed: source.url().is_none().then_some(source.location),
            basis: provenance.basis.as_str(),
            reason: provenance.reason.filter(|_| decision),
        }
    }
}

/// A request as reports show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShownRequest {
    /// The method.
    pub method: String,
    /// The path and query.
    pub target: String,
    /// The headers (secrets masked).
    pub headers: Vec<(String, String)>,
    /// The body (JSON with sensitive fields blanked, else text).
    pub body: Json,
}

/// An answer as reports show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShownResponse {
    /// The status.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: Option<String>,
    /// The headers (names in lower case; credential headers masked).
    pub headers: Vec<(String, String)>,
    /// The body (JSON with sensitive fields blanked, else text).
    pub body: Json,
}

/// One exchange of a step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exchange {
    /// The case.
    pub case: String,
    /// The step (`<setup>/<step>` for a setup's).
    pub step: String,
    /// The operation, when the request routes to one.
    pub operation: Option<String>,
    /// What the spec predicted: `admitted`, `refused <code>`, `not found`, `method not allowed`, `control`; or
    /// `callback` for a callback the target sent to the suite's receiver (the request is the callback, the answer the
    /// receiver's acknowledgement, and the request's target the receiver's whole URL).
    pub predicted: String,
    /// The outcome the answer was classified as.
    pub outcome: Option<String>,
    /// The error code the answer carried.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The refusal row the spec predicted, by id (a lifecycle's refusal).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal: Option<String>,
    /// The transitions the model took, by row id.
    pub moved: Vec<String>,
    /// The request.
    pub request: ShownRequest,
    /// The answer (`None` when there was none).
    pub response: Option<ShownResponse>,
    /// Why there was no answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transport_error: Option<String>,
    /// The ids of the checks that passed.
    pub passed: Vec<&'static str>,
    /// The checks that did not.
    pub findings: Vec<Finding>,
    /// Milliseconds the exchange took.
    pub millis: u64,
}

/// An event of a run.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// The run begins.
    RunStarted {
        /// The suite's version.
        suite_version: &'static str,
        /// The target URL.
        target: String,
        /// The implementation's name and version, from the credentials.
        implementation: String,
        /// The seed.
        seed: u64,
        /// Whether decisions are failures.
        strict: bool,
        /// Whether the target answers the emulator's controls.
        controls: bool,
        /// A SHA-256 of the generated crate's spec-derived tables the predictions come from.
        spec_hash: String,
        /// How many cases are selected.
        cases: usize,
        /// When the run began, Unix milliseconds (reports date the run and its exchanges from it).
        started_unix_millis: u64,
    },
    /// A case begins.
    CaseStarted {
        /// Its id.
        case: String,
        /// Its title.
        title: String,
        /// Its API.
        api: String,
        /// Its profile.
        profile: &'static str,
    },
    /// An exchange ended.
    Exchange(Box<Exchange>),
    /// A case ended.
    CaseFinished {
        /// Its id.
        case: String,
        /// Its verdict.
        verdict: Verdict,
        /// Why it is an error or was skipped.
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
        /// Milliseconds it took.
        millis: u64,
    },
    /// A baseline was applied (emitted before `RunFinished`).
    Baseline(Box<BaselineApplied>),
    /// The run ended.
    RunFinished {
        /// Cases passed.
        passed: usize,
        /// Cases with warnings only.
        warnings: usize,
        /// Cases whose failures the baseline accepts, or that fail as the baseline expects.
        accepted: usize,
        /// Cases failed.
        failed: usize,
        /// Cases in error.
        errors: usize,
        /// Cases skipped.
        skipped: usize,
        /// Checks run.
        checks: usize,
        /// Milliseconds the run took.
        millis: u64,
    },
}

/// What a baseline did to a run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BaselineApplied {
    /// The baseline file, as given.
    pub file: String,
    /// Findings accepted.
    pub accepted: usize,
    /// Entries of cases that ran which matched no finding: the deviation is gone (or the entry is wrong).
    pub stale: Vec<String>,
    /// The cases the baseline expects to fail that ran, and whether they still fail.
    pub expected_failures: Vec<ExpectedFailure>,
}

/// A case the baseline expects to fail, as the run found it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExpectedFailure {
    /// The case.
    pub case: String,
    /// Why it is expected to fail.
    pub reason: String,
    /// Whether it still fails (`false`: it passes now, and the run fails until the entry is removed).
    pub still_fails: bool,
}
