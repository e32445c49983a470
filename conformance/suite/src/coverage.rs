//! Coverage of the spec: every operation, code, transition and refusal of an API, and which reached it — the
//! cases' declared `covers`, and what a run really exercised (the exchanges' operations, the codes answered, the
//! transitions the model took, the refusals the spec predicted and the implementation answered). An element no
//! run reaches must be waived in `conformance/cases/waivers.json` with a reason; a waiver of an element a run
//! reaches is stale.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

use crate::apis::{ApiModel, RowKind};
use crate::case::Case;
use crate::error::SuiteError;
use crate::event::{Event, Verdict};

/// A spec element: `operation <id>`, `code <code>`, `transition <row id>`, `refusal <row id>`.
pub type Element = String;

/// Every element of an API's spec.
pub fn elements(api: &dyn ApiModel) -> BTreeSet<Element> {
    let mut out = BTreeSet::new();
    for operation in api.operations() {
        out.insert(format!("{} operation {}", api.api(), operation.id));
    }
    for code in api.codes() {
        out.insert(format!("{} code {code}", api.api()));
    }
    for row in api.rows() {
        let kind = if row.kind == RowKind::Transition { "transition" } else { "refusal" };
        out.insert(format!("{} {kind} {}", api.api(), row.id()));
    }
    out
}

/// What the cases declare they cover.
pub fn declared(cases: &[Case]) -> BTreeSet<Element> {
    let mut out = BTreeSet::new();
    for case in cases {
        let api = &case.api;
        out.extend(case.covers.operations.iter().map(|o| format!("{api} operation {o}")));
        out.extend(case.covers.codes.iter().map(|c| format!("{api} code {c}")));
        out.extend(case.covers.transitions.iter().map(|t| format!("{api} transition {t}")));
        out.extend(case.covers.refusals.iter().map(|r| format!("{api} refusal {r}")));
    }
    out
}

/// What a run reached: from the exchanges of cases that passed (or passed with warnings).
pub fn reached(events: &[Event]) -> BTreeSet<Element> {
    let mut api_of = std::collections::BTreeMap::new();
    let mut good = BTreeSet::new();
    for event in events {
        match event {
            Event::CaseStarted { case, api, .. } => {
                api_of.insert(case.clone(), api.clone());
            }
            Event::CaseFinished { case, verdict: Verdict::Passed | Verdict::Warning, .. } => {
                good.insert(case.clone());
            }
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    for event in events {
        let Event::Exchange(exchange) = event else { continue };
        let (Some(api), true) = (api_of.get(&exchange.case), good.contains(&exchange.case)) else { continue };
        if let Some(operation) = &exchange.operation {
            out.insert(format!("{api} operation {operation}"));
        }
        if let Some(code) = &exchange.code {
            out.insert(format!("{api} code {code}"));
        }
        if let Some(refusal) = &exchange.refusal {
            out.insert(format!("{api} refusal {refusal}"));
        }
        out.extend(exchange.moved.iter().map(|row| format!("{api} transition {row}")));
    }
    out
}

/// One waiver.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The element (`<api> <kind> <id>`), or a prefix of elements ending in `*`.
    pub element: String,
    /// Why no case reaches it.
    pub reason: String,
}

/// The waivers file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Waivers {
    /// What the file is.
    #[serde(rename = "$comment", default)]
    pub comment: String,
    /// The waivers.
    pub waivers: Vec<Waiver>,
}

impl Waivers {
    /// Reads the waivers file.
    pub fn load(path: &Path) -> Result<Waivers, SuiteError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| SuiteError::Read { path: path.to_owned(), source })?;
        serde_json::from_str(&text).map_err(|source| SuiteError::Json { path: path.to_owned(), source })
    }

    /// The waiver of an element, if any.
    pub fn of(&self, element: &str) -> Option<&Waiver> {
        self.waivers.iter().find(|w| match w.element.strip_suffix('*') {
            Some(prefix) => element.starts_with(prefix),
            None => w.element == element,
        })
    }
}

/// The coverage of a run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Every element.
    pub elements: BTreeSet<Element>,
    /// The elements reached.
    pub reached: BTreeSet<Element>,
    /// The elements not reached but waived.
    pub waived: BTreeSet<Element>,
    /// The elements neither reached nor waived.
    pub missing: BTreeSet<Element>,
    /// Exact waivers of elements a run reaches.
    pub stale: BTreeSet<Element>,
    /// Elements cases declare but the run did not reach.
    pub unproven: BTreeSet<Element>,
}

impl Coverage {
    /// Computes coverage from the spec's elements, a run's events, the cases and the waivers.
    pub fn compute(elements: BTreeSet<Element>, events: &[Event], cases: &[Case], waivers: &Waivers) -> Coverage {
        let reached: BTreeSet<Element> = reached(events).intersection(&elements).cloned().collect();
        let mut coverage = Coverage { reached, ..Coverage::default() };
        for element in &elements {
            if coverage.reached.contains(element) {
                if waivers.waivers.iter().any(|w| &w.element == element) {
                    coverage.stale.insert(element.clone());
                }
            } else if waivers.of(element).is_some() {
                coverage.waived.insert(element.clone());
            } else {
                coverage.missing.insert(element.clone());
            }
        }
        coverage.unproven = declared(cases).difference(&coverage.reached).cloned().collect();
        coverage.elements = elements;
        coverage
    }

    /// Counts by kind: (kind, reached, waived, missing, total).
    pub fn counts(&self) -> Vec<(String, usize, usize, usize, usize)> {
        let kind = |e: &str| e.split(' ').take(2).collect::<Vec<_>>().join(" ");
        let kinds: BTreeSet<String> = self.elements.iter().map(|e| kind(e)).collect();
        kinds
            .into_iter()
            .map(|k| {
                let n = |set: &BTreeSet<Element>| set.iter().filter(|e| kind(e) == k).count();
                (k.clone(), n(&self.reached), n(&self.waived), n(&self.missing), n(&self.elements))
            })
            .collect()
    }
}
