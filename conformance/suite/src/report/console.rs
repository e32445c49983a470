//! The console summary: one line per case, the findings of each case that did not pass with the rule, what the
//! spec expects and what the implementation did, then the totals.

use std::fmt::Write as _;

use crate::event::{Event, Verdict};

fn label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Passed => "PASS",
        Verdict::Warning => "WARN",
        Verdict::Accepted => "ACCEPT",
        Verdict::Failed => "FAIL",
        Verdict::Error => "ERROR",
        Verdict::Skipped => "SKIP",
    }
}

/// One case's line, with its findings under it.
pub fn case_lines(events: &[Event], case: &str, verdict: Verdict, reason: Option<&str>, millis: u64) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "  {:<5} {case} ({millis} ms)", label(verdict));
    if let Some(reason) = reason {
        let _ = writeln!(out, "        {reason}");
    }
    for event in events {
        let Event::Exchange(exchange) = event else { continue };
        if exchange.case != case {
            continue;
        }
        for finding in &exchange.findings {
            let at = finding.pointer.as_deref().map(|p| format!(" at {p}")).unwrap_or_default();
            let _ = writeln!(
                out,
                "        step {}: {} [{}, {}]{at}: {}\n          expected {}\n          actual   {}",
                exchange.step,
                finding.check,
                label(finding.verdict),
                finding.basis,
                finding.rule,
                finding.expected,
                finding.actual
            );
            if let Some(reason) = &finding.accepted {
                let _ = writeln!(out, "          accepted {reason}");
            }
        }
    }
    out
}

/// The whole summary.
pub fn summary(events: &[Event]) -> String {
    let mut out = String::new();
    for event in events {
        match event {
            Event::RunStarted { target, seed, controls, cases, suite_version, strict, .. } => {
                let _ = writeln!(
                    out,
                    "payspec check {suite_version}: {target}, {cases} cases, seed {seed}{}{}",
                    if *controls { ", emulator controls" } else { "" },
                    if *strict { ", strict" } else { "" }
                );
            }
            Event::CaseFinished { case, verdict, reason, millis } => {
                out.push_str(&case_lines(events, case, *verdict, reason.as_deref(), *millis));
            }
            Event::Baseline(applied) => {
                let _ = writeln!(out, "baseline {}: {} findings accepted", applied.file, applied.accepted);
                for entry in &applied.stale {
                    let _ = writeln!(out, "  stale: {entry} matched nothing");
                }
                for expected in applied.expected_failures.iter().filter(|e| !e.still_fails) {
                    let _ = writeln!(
                        out,
                        "  {} is expected to fail ({}) but passed: remove it from the baseline",
                        expected.case, expected.reason
                    );
                }
            }
            Event::RunFinished { passed, warnings, accepted, failed, errors, skipped, checks, millis } => {
                let accepted_part = if *accepted > 0 { format!(", {accepted} accepted") } else { String::new() };
                let _ = writeln!(
                    out,
                    "{} cases: {passed} passed, {warnings} with warnings{accepted_part}, {failed} failed, {errors} errors, {skipped} skipped; {checks} checks in {millis} ms",
                    passed + warnings + accepted + failed + errors + skipped
                );
            }
            _ => {}
        }
    }
    out
}
