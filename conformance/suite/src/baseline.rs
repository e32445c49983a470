//! A baseline of accepted deviations (`payspec check --baseline FILE`, shape: `conformance/cases/baseline.schema.json`):
//! entries that accept a finding (case + step + check, optionally a part of the rule, each with a reason) and cases
//! expected to fail. [`Applier`] rewrites the event stream as it flows, so every report shows the same thing: an
//! accepted finding and a case failing only on accepted findings are `accepted` (the run does not fail on them); a
//! case expected to fail that fails is `accepted`, one that passes is `failed` with a message saying to remove the
//! entry; before `RunFinished` a [`Event::Baseline`] lists what was accepted and the entries that matched nothing
//! (stale), and `RunFinished` carries the counts after the baseline.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;
use serde_json::Value as Json;

use crate::error::SuiteError;
use crate::event::{BaselineApplied, Event, ExpectedFailure, Finding, Verdict};
use crate::runner::RunSummary;

/// The baseline's JSON Schema.
pub const SCHEMA: &str = include_str!("../../cases/baseline.schema.json");

/// A deviation accepted.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Accepted {
    /// The case id.
    pub case: String,
    /// The step, as reports name it.
    pub step: String,
    /// The check id.
    pub check: String,
    /// A part of the rule's text, if the entry is narrowed to one rule.
    #[serde(default)]
    pub rule: Option<String>,
    /// Why it is accepted.
    pub reason: String,
}

impl Accepted {
    fn matches(&self, case: &str, step: &str, finding: &Finding) -> bool {
        self.case == case
            && self.step == step
            && self.check == finding.check
            && self.rule.as_deref().is_none_or(|part| finding.rule.contains(part))
    }

    fn describe(&self) -> String {
        let rule = self.rule.as_deref().map(|r| format!(" (rule containing {r:?})")).unwrap_or_default();
        format!("{} step {} check {}{rule}", self.case, self.step, self.check)
    }
}

/// A case expected to fail.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Expected {
    /// The case id.
    pub case: String,
    /// Why it fails.
    pub reason: String,
}

/// A baseline file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Baseline {
    /// The file, as given (for reports).
    #[serde(skip)]
    pub file: String,
    /// The accepted deviations.
    #[serde(default)]
    pub accepted: Vec<Accepted>,
    /// The cases expected to fail.
    #[serde(default)]
    pub expected_failures: Vec<Expected>,
}

impl Baseline {
    /// Reads and validates a baseline file.
    pub fn from_file(path: &Path) -> Result<Baseline, SuiteError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| SuiteError::Read { path: path.to_owned(), source })?;
        Baseline::parse(&text, path)
    }

    /// Parses and validates a baseline document against its schema.
    pub fn parse(text: &str, path: &Path) -> Result<Baseline, SuiteError> {
        let document: Json =
            serde_json::from_str(text).map_err(|source| SuiteError::Json { path: path.to_owned(), source })?;
        let schema: Json =
            serde_json::from_str(SCHEMA).map_err(|source| SuiteError::Json { path: path.to_owned(), source })?;
        let problems = crate::case::schema_value_problems(&schema, &document);
        if !problems.is_empty() {
            return Err(SuiteError::InvalidBaseline { path: path.to_owned(), problems: problems.join("\n") });
        }
        let mut baseline: Baseline =
            serde_json::from_value(document).map_err(|source| SuiteError::Json { path: path.to_owned(), source })?;
        baseline.file = path.display().to_string();
        Ok(baseline)
    }
}

#[derive(Debug, Default)]
struct CaseState {
    /// The worst verdict of the case's findings the baseline does not accept.
    worst: Option<Verdict>,
    /// Whether some finding was accepted.
    accepted: bool,
}

/// Rewrites a run's events by a baseline, one event at a time (so the console can print as the run goes).
#[derive(Debug)]
pub struct Applier<'b> {
    baseline: &'b Baseline,
    used: Vec<bool>,
    cases: BTreeMap<String, CaseState>,
    ran: BTreeSet<String>,
    verdicts: Vec<Verdict>,
    accepted_findings: usize,
    expected: Vec<ExpectedFailure>,
}

impl<'b> Applier<'b> {
    /// An applier of a baseline.
    pub fn new(baseline: &'b Baseline) -> Applier<'b> {
        Applier {
            baseline,
            used: vec![false; baseline.accepted.len()],
            cases: BTreeMap::new(),
            ran: BTreeSet::new(),
            verdicts: Vec::new(),
            accepted_findings: 0,
            expected: Vec::new(),
        }
    }

    /// The event as the baseline rewrites it, with the baseline's own event before `RunFinished`.
    pub fn apply(&mut self, event: &Event) -> Vec<Event> {
        match event {
            Event::Exchange(exchange) => {
                let mut exchange = exchange.clone();
                let state = self.cases.entry(exchange.case.clone()).or_default();
                for finding in &mut exchange.findings {
                    if matches!(finding.verdict, Verdict::Failed | Verdict::Warning)
                        && let Some(index) = self
                            .baseline
                            .accepted
                            .iter()
                            .position(|entry| entry.matches(&exchange.case, &exchange.step, finding))
                    {
                        self.used[index] = true;
                        self.accepted_findings += 1;
                        finding.verdict = Verdict::Accepted;
                        finding.accepted = Some(self.baseline.accepted[index].reason.clone());
                        state.accepted = true;
                    } else {
                        state.worst = Some(state.worst.map_or(finding.verdict, |w| w.max(finding.verdict)));
                    }
                }
                vec![Event::Exchange(exchange)]
            }
            Event::CaseFinished { case, verdict, reason, millis } => {
                self.ran.insert(case.clone());
                let state = self.cases.get(case);
                let mut verdict = *verdict;
                let mut reason = reason.clone();
                if matches!(verdict, Verdict::Failed | Verdict::Warning) {
                    verdict = match state.and_then(|s| s.worst) {
                        Some(worst) => worst,
                        None if state.is_some_and(|s| s.accepted) => Verdict::Accepted,
                        None => Verdict::Passed,
                    };
                }
                if let Some(expected) = self.baseline.expected_failures.iter().find(|e| &e.case == case)
                    && verdict != Verdict::Skipped
                {
                    let still_fails = matches!(verdict, Verdict::Failed | Verdict::Error);
                    if still_fails {
                        let why = reason.map(|r| format!("; {r}")).unwrap_or_default();
                        reason = Some(format!("expected to fail: {}{why}", expected.reason));
                        verdict = Verdict::Accepted;
                    } else {
                        reason = Some(format!(
                            "expected to fail ({}) but passed: remove it from the expected failures of {}",
                            expected.reason, self.baseline.file
                        ));
                        verdict = Verdict::Failed;
                    }
                    self.expected.push(ExpectedFailure {
                        case: case.clone(),
                        reason: expected.reason.clone(),
                        still_fails,
                    });
                }
                self.verdicts.push(verdict);
                vec![Event::CaseFinished { case: case.clone(), verdict, reason, millis: *millis }]
            }
            Event::RunFinished { checks, millis, .. } => {
                let count = |v: Verdict| self.verdicts.iter().filter(|x| **x == v).count();
                let stale = self
                    .baseline
                    .accepted
                    .iter()
                    .zip(&self.used)
                    .filter(|(entry, used)| !**used && self.ran.contains(&entry.case))
                    .map(|(entry, _)| entry.describe())
                    .collect();
                let applied = BaselineApplied {
                    file: self.baseline.file.clone(),
                    accepted: self.accepted_findings,
                    stale,
                    expected_failures: self.expected.clone(),
                };
                vec![
                    Event::Baseline(Box::new(applied)),
                    Event::RunFinished {
                        passed: count(Verdict::Passed),
                        warnings: count(Verdict::Warning),
                        accepted: count(Verdict::Accepted),
                        failed: count(Verdict::Failed),
                        errors: count(Verdict::Error),
                        skipped: count(Verdict::Skipped),
                        checks: *checks,
                        millis: *millis,
                    },
                ]
            }
            other => vec![other.clone()],
        }
    }

    /// The run's summary after the baseline (the exit code follows from it).
    pub fn summary(&self, before: RunSummary) -> RunSummary {
        let count = |v: Verdict| self.verdicts.iter().filter(|x| **x == v).count();
        RunSummary {
            passed: count(Verdict::Passed),
            warnings: count(Verdict::Warning),
            accepted: count(Verdict::Accepted),
            failed: count(Verdict::Failed),
            errors: count(Verdict::Error),
            skipped: count(Verdict::Skipped),
            ..before
        }
    }

    /// The cases expected to fail that passed.
    pub fn unexpected_passes(&self) -> Vec<&ExpectedFailure> {
        self.expected.iter().filter(|e| !e.still_fails).collect()
    }
}

/// A whole event list rewritten by a baseline, and the summary after it.
pub fn apply(baseline: &Baseline, events: &[Event], before: RunSummary) -> (Vec<Event>, RunSummary) {
    let mut applier = Applier::new(baseline);
    let events = events.iter().flat_map(|event| applier.apply(event)).collect();
    (events, applier.summary(before))
}
