//! JUnit XML: a `testsuite` per API, a `testcase` per case — the group of its steps — (its id the name, the API the
//! class name), a `failure` per failing case with every finding in its text, `error` for a case that could not
//! finish, `skipped` for one not run. Warnings and deviations the baseline accepts pass, listed (with the reason)
//! in `system-out`; a case expected to fail that passes is a `failure` saying so; a baseline's stale entries are
//! in the `system-out` of their API's `testsuite`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::event::{Event, Verdict};

/// Escapes text for XML attributes and content.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

struct Case<'a> {
    id: &'a str,
    verdict: Verdict,
    reason: Option<&'a str>,
    millis: u64,
    findings: Vec<String>,
}

fn seconds(millis: u64) -> String {
    format!("{}.{:03}", millis / 1000, millis % 1000)
}

/// The JUnit XML report.
pub fn report(events: &[Event]) -> String {
    let mut apis: BTreeMap<&str, Vec<Case<'_>>> = BTreeMap::new();
    let mut api_of: BTreeMap<&str, &str> = BTreeMap::new();
    let mut total_millis = 0;
    let mut baseline = None;
    for event in events {
        match event {
            Event::CaseStarted { case, api, .. } => {
                api_of.insert(case, api);
            }
            Event::CaseFinished { case, verdict, reason, millis } => {
                let findings = events
                    .iter()
                    .filter_map(|e| match e {
                        Event::Exchange(x) if x.case == *case => Some(x),
                        _ => None,
                    })
                    .flat_map(|x| {
                        x.findings.iter().map(move |f| {
                            let accepted = f.accepted.as_ref().map(|r| format!("; accepted: {r}")).unwrap_or_default();
                            format!(
                                "step {}: {} [{:?}, {}]: {}; expected {}; actual {}{accepted}",
                                x.step, f.check, f.verdict, f.basis, f.rule, f.expected, f.actual
                            )
                        })
                    })
                    .collect();
                let api = api_of.get(case.as_str()).copied().unwrap_or("unknown");
                apis.entry(api).or_default().push(Case {
                    id: case,
                    verdict: *verdict,
                    reason: reason.as_deref(),
                    millis: *millis,
                    findings,
                });
            }
            Event::RunFinished { millis, .. } => total_millis = *millis,
            Event::Baseline(applied) => baseline = Some(applied),
            _ => {}
        }
    }
    let count = |cases: &[Case<'_>], verdict: Verdict| cases.iter().filter(|c| c.verdict == verdict).count();
    let all: Vec<&Case<'_>> = apis.values().flatten().collect();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"payspec check\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{}\">",
        all.len(),
        all.iter().filter(|c| c.verdict == Verdict::Failed).count(),
        all.iter().filter(|c| c.verdict == Verdict::Error).count(),
        all.iter().filter(|c| c.verdict == Verdict::Skipped).count(),
        seconds(total_millis)
    );
    for (api, cases) in &apis {
        let millis: u64 = cases.iter().map(|c| c.millis).sum();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{}\">",
            escape(api),
            cases.len(),
            count(cases, Verdict::Failed),
            count(cases, Verdict::Error),
            count(cases, Verdict::Skipped),
            seconds(millis)
        );
        for case in cases {
            let _ = write!(
                out,
                "    <testcase classname=\"{}\" name=\"{}\" time=\"{}\"",
                escape(api),
                escape(case.id),
                seconds(case.millis)
            );
            let details = case.findings.join("\n");
            match case.verdict {
                Verdict::Passed => out.push_str("/>\n"),
                Verdict::Warning | Verdict::Accepted => {
                    let details = match case.reason {
                        Some(reason) => format!("{reason}\n{details}"),
                        None => details,
                    };
                    let _ = writeln!(
                        out,
                        ">\n      <system-out>{}</system-out>\n    </testcase>",
                        escape(details.trim_end())
                    );
                }
                Verdict::Failed => {
                    let first =
                        case.reason.or_else(|| case.findings.first().map(String::as_str)).unwrap_or("a check failed");
                    let _ = writeln!(
                        out,
                        ">\n      <failure message=\"{}\" type=\"check\">{}</failure>\n    </testcase>",
                        escape(first),
                        escape(if details.is_empty() { first } else { &details })
                    );
                }
                Verdict::Error => {
                    let reason = case.reason.unwrap_or("the case could not finish");
                    let _ = writeln!(
                        out,
                        ">\n      <error message=\"{}\" type=\"error\">{}</error>\n    </testcase>",
                        escape(reason),
                        escape(&details)
                    );
                }
                Verdict::Skipped => {
                    let _ = writeln!(
                        out,
                        ">\n      <skipped message=\"{}\"/>\n    </testcase>",
                        escape(case.reason.unwrap_or("not run"))
                    );
                }
            }
        }
        if let Some(applied) = baseline {
            let stale: Vec<String> = applied
                .stale
                .iter()
                .filter(|entry| entry.starts_with(&format!("{api}/")))
                .map(|entry| format!("stale baseline entry: {entry} matched nothing"))
                .collect();
            if !stale.is_empty() {
                let _ = writeln!(out, "    <system-out>{}</system-out>", escape(&stale.join("\n")));
            }
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
