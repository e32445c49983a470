//! The Markdown certificate of a run — what an acquirer reads, after OpenID certification's certificates: who was
//! tested (the implementation's name and version from the credentials file, the target URL), when, with what (the
//! suite's version, the hash of the spec tables the predictions come from, the seed, strict or not, the profile:
//! the APIs and, for iyzico, the fiscal modes — VUK 509, VUK 507 — of the operations run), the verdict, a verdict
//! per case and per operation, and for each failure the rule with its basis and its source, expected against
//! actual, and the request and answer (redacted, cut to an excerpt). Then the baseline's accepted deviations and
//! expected failures, and the manifest that makes the report files verifiable.
//!
//! A finding's source is the one the generated tables carry for the rule (the lifecycle row, the catalog's code, the
//! operation or its response): the document, numbered as the generated docs' sources page numbers it, its title and
//! URL (or seed file), and for a decision its reason. The generated documentation pages of the operation and
//! lifecycle follow as a secondary pointer.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value as Json;

use crate::credentials::Credentials;
use crate::event::{BaselineApplied, Citation, Event, Exchange, Finding, ShownRequest, ShownResponse, Verdict};
use crate::report::manifest;
use crate::report::time::iso8601;

const EXCERPT_CHARS: usize = 1200;
const EXCERPT_LINES: usize = 30;

fn word(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Passed => "passed",
        Verdict::Warning => "passed with warnings",
        Verdict::Accepted => "accepted",
        Verdict::Failed => "**failed**",
        Verdict::Error => "**error**",
        Verdict::Skipped => "skipped",
    }
}

/// Text fit for a table cell: one line, `|` escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// A body cut to an excerpt: pretty JSON or text, at most [`EXCERPT_LINES`] lines and [`EXCERPT_CHARS`] chars.
fn excerpt(body: &Json) -> String {
    let text = match body {
        Json::Null => return "(no body)".to_owned(),
        Json::String(text) => text.clone(),
        other => serde_json::to_string_pretty(other).unwrap_or_default(),
    };
    let mut out: String = text.lines().take(EXCERPT_LINES).collect::<Vec<_>>().join("\n");
    if out.chars().count() > EXCERPT_CHARS {
        out = out.chars().take(EXCERPT_CHARS).collect();
    }
    if out.len() < text.trim_end().len() {
        let _ = write!(out, "\n… ({} bytes in all)", text.len());
    }
    out.replace("```", "'''")
}

fn request_block(request: &ShownRequest) -> String {
    let mut out = format!("{} {}\n", request.method, request.target);
    for (name, value) in &request.headers {
        let _ = writeln!(out, "{name}: {value}");
    }
    let _ = write!(out, "\n{}", excerpt(&request.body));
    out
}

fn response_block(response: Option<&ShownResponse>, error: Option<&str>) -> String {
    match response {
        None => format!("(no answer: {})", error.unwrap_or("none")),
        Some(response) => {
            let mut out = format!("HTTP {}\n", response.status);
            if let Some(content_type) = &response.content_type {
                let _ = writeln!(out, "content-type: {content_type}");
            }
            let _ = write!(out, "\n{}", excerpt(&response.body));
            out
        }
    }
}

fn basis_note(basis: &str) -> &'static str {
    match basis {
        "vendor" => "the vendor's documentation states it: a failure fails the implementation",
        "translation" => "the project's translation of the vendor's text: a failure fails the implementation",
        _ => "the project's decision where the vendor is silent: a warning, a failure under --strict",
    }
}

/// A finding's source as one line: `S5 "title" <url>` (or the seed file), the spec's basis where it is not the
/// finding's own, and a decision's reason.
fn source_line(source: &Citation, basis: &str) -> String {
    let place = match (source.url, source.seed) {
        (Some(url), _) => format!(" <{url}>"),
        (None, Some(seed)) => format!(" (seed file `{seed}`)"),
        (None, None) => String::new(),
    };
    let mut line = format!("{} \"{}\"{place}", source.id, cell(source.title));
    if source.basis != basis {
        let _ = write!(line, ", where the spec's basis is {}", source.basis);
    }
    if let Some(reason) = source.reason {
        let _ = write!(line, " — decided because: {}", cell(reason));
    }
    line
}

/// What the spec knows of the APIs run: each operation's mode, and the lifecycle ids.
struct SpecIndex {
    modes: BTreeMap<(String, String), &'static str>,
    lifecycles: BTreeMap<String, BTreeSet<&'static str>>,
}

impl SpecIndex {
    fn new(apis: &BTreeSet<String>) -> SpecIndex {
        let credentials = Credentials::emulator();
        let mut index = SpecIndex { modes: BTreeMap::new(), lifecycles: BTreeMap::new() };
        for api in apis {
            let Ok(model) = crate::apis::model(api, &credentials) else { continue };
            for info in model.operations() {
                if let Some(mode) = info.mode {
                    index.modes.insert((api.clone(), info.id.to_owned()), mode);
                }
            }
            index.lifecycles.insert(api.clone(), model.rows().iter().map(|row| row.lifecycle).collect());
        }
        index
    }

    /// Where the generated documentation describes a finding's rule.
    fn pages(&self, api: &str, exchange: &Exchange, finding: &Finding) -> Vec<String> {
        let mut pages = Vec::new();
        if let Some(operation) = &exchange.operation {
            pages.push(format!("generated/docs/en/src/{api}/operations/{operation}.md"));
        }
        let lifecycle = finding.rule.split(':').next().unwrap_or_default();
        if self.lifecycles.get(api).is_some_and(|ids| ids.contains(lifecycle)) {
            pages.push(format!("generated/docs/en/src/{api}/lifecycles/{lifecycle}.md"));
        }
        if finding.check.starts_with("code_") || finding.check == "message_text" || finding.check == "error_envelope" {
            pages.push(format!("generated/docs/en/src/{api}/errors.md"));
        }
        pages
    }
}

fn mode_name(mode: &str) -> String {
    match mode.strip_prefix("vuk") {
        Some(number) => format!("VUK {number}"),
        None => mode.to_owned(),
    }
}

#[derive(Default)]
struct OperationTally {
    exchanges: usize,
    passed: usize,
    warned: usize,
    accepted: usize,
    failed: usize,
}

fn target_is_failures(findings: &[&Finding]) -> bool {
    findings.iter().any(|f| f.verdict != Verdict::Accepted)
}

fn write_finding(out: &mut String, index: &SpecIndex, api: &str, exchange: &Exchange, finding: &Finding) {
    let label = match finding.verdict {
        Verdict::Warning => "warning",
        Verdict::Accepted => "accepted",
        _ => "failure",
    };
    let _ = writeln!(out, "\n- **`{}`** ({label}): {}", finding.check, finding.rule);
    let _ = writeln!(out, "  - Basis: {} ({})", finding.basis, basis_note(finding.basis));
    match &finding.source {
        Some(source) => {
            let _ = writeln!(out, "  - Source: {}", source_line(source, finding.basis));
        }
        None => out.push_str("  - Source: none in the spec (a check of the suite's own, or the case's expectation)\n"),
    }
    let pages = index.pages(api, exchange, finding);
    if !pages.is_empty() {
        let pages: Vec<String> = pages.iter().map(|p| format!("`{p}`")).collect();
        let _ = writeln!(out, "  - Documented in: {}", pages.join(", "));
    }
    if let Some(pointer) = &finding.pointer {
        let _ = writeln!(out, "  - At: `{pointer}`");
    }
    let _ = writeln!(out, "  - Expected: {}", finding.expected);
    let _ = writeln!(out, "  - Actual: {}", finding.actual);
    if let Some(reason) = &finding.accepted {
        let _ = writeln!(out, "  - Accepted because: {reason}");
    }
}

/// The certificate. `siblings` are the other report files written next to it (listed as the manifest covers them).
pub fn certificate(events: &[Event], siblings: &[String]) -> String {
    let mut out = String::from("# payspec conformance certificate\n\n");
    let mut api_of: BTreeMap<&str, &str> = BTreeMap::new();
    let mut titles: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    let mut exchanges: Vec<&Exchange> = Vec::new();
    let mut finished: Vec<(&str, Verdict, Option<&str>)> = Vec::new();
    let mut baseline: Option<&BaselineApplied> = None;
    let mut totals = None;
    for event in events {
        match event {
            Event::CaseStarted { case, title, api, profile } => {
                api_of.insert(case, api);
                titles.insert(case, (title, profile));
            }
            Event::Exchange(exchange) => exchanges.push(exchange),
            Event::CaseFinished { case, verdict, reason, .. } => finished.push((case, *verdict, reason.as_deref())),
            Event::Baseline(applied) => baseline = Some(applied),
            Event::RunFinished { passed, warnings, accepted, failed, errors, skipped, checks, .. } => {
                totals = Some((*passed, *warnings, *accepted, *failed, *errors, *skipped, *checks));
            }
            Event::RunStarted { .. } => {}
        }
    }
    let apis: BTreeSet<String> = api_of.values().map(|a| (*a).to_owned()).collect();
    let index = SpecIndex::new(&apis);
    let mut modes: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for exchange in &exchanges {
        let api = api_of.get(exchange.case.as_str()).copied().unwrap_or("unknown");
        let entry = modes.entry(api).or_default();
        if let Some(mode) = exchange.operation.as_ref().and_then(|op| index.modes.get(&(api.to_owned(), op.clone()))) {
            entry.insert(mode_name(mode));
        }
    }
    let profile: Vec<String> = modes
        .iter()
        .map(|(api, modes)| {
            if modes.is_empty() {
                format!("`{api}`")
            } else {
                format!("`{api}` ({})", modes.iter().cloned().collect::<Vec<_>>().join(", "))
            }
        })
        .collect();
    let run_failed = finished.iter().any(|(_, v, _)| matches!(v, Verdict::Failed | Verdict::Error));
    let interrupted = totals.is_none();
    for event in events {
        if let Event::RunStarted {
            suite_version,
            target,
            implementation,
            seed,
            strict,
            controls,
            spec_hash,
            started_unix_millis,
            ..
        } = event
        {
            let name = if implementation.is_empty() { "(not named in the credentials file)" } else { implementation };
            out.push_str("| | |\n|---|---|\n");
            let _ = writeln!(out, "| Implementation | {} |", cell(name));
            let _ = writeln!(out, "| Target | `{}` |", cell(target));
            let _ = writeln!(out, "| Date | {} |", iso8601(*started_unix_millis));
            let _ = writeln!(out, "| Suite | payspec suite {suite_version} |");
            let _ = writeln!(out, "| Spec hash | `sha256:{spec_hash}` |");
            let _ = writeln!(out, "| Seed | {seed} (repeat with `--seed {seed}`) |");
            let _ = writeln!(
                out,
                "| Strict | {} |",
                if *strict { "yes: the project's decisions fail" } else { "no: the project's decisions warn" }
            );
            let _ = writeln!(
                out,
                "| Profile | {} |",
                if profile.is_empty() { "(no case ran)".to_owned() } else { profile.join("; ") }
            );
            let _ = writeln!(
                out,
                "| Emulator controls | {} |",
                if *controls {
                    "answered (emulator-profile cases ran)"
                } else {
                    "not answered (emulator-profile cases skipped)"
                }
            );
        }
    }
    let verdict = if interrupted {
        "**INCOMPLETE** — the run was interrupted"
    } else if run_failed {
        "**FAILED** — at least one case failed or could not finish"
    } else if finished.iter().all(|(_, v, _)| *v == Verdict::Skipped) {
        "**NOTHING TESTED** — every case was skipped"
    } else {
        "**PASSED** — every case run passed"
    };
    let _ = writeln!(out, "| Verdict | {verdict} |\n");
    if let Some((passed, warnings, accepted, failed, errors, skipped, checks)) = totals {
        let _ = writeln!(
            out,
            "{} cases: {passed} passed, {warnings} with warnings, {accepted} accepted by the baseline, {failed} failed, {errors} errors, {skipped} skipped; {checks} checks.\n",
            passed + warnings + accepted + failed + errors + skipped
        );
    }
    out.push_str("## Cases\n\n| Case | Title | Profile | Exchanges | Verdict |\n|---|---|---|---|---|\n");
    for (case, verdict, reason) in &finished {
        let (title, profile) = titles.get(case).copied().unwrap_or(("", ""));
        let count = exchanges.iter().filter(|x| x.case == *case).count();
        let reason = reason.map(|r| format!(": {}", cell(r))).unwrap_or_default();
        let _ = writeln!(out, "| `{case}` | {} | {profile} | {count} | {}{reason} |", cell(title), word(*verdict));
    }
    let mut operations: BTreeMap<(String, String), OperationTally> = BTreeMap::new();
    for exchange in &exchanges {
        let api = api_of.get(exchange.case.as_str()).copied().unwrap_or("unknown").to_owned();
        let operation = exchange.operation.clone().unwrap_or_else(|| match exchange.predicted.as_str() {
            "control" => "(emulator control)".to_owned(),
            _ => "(no operation)".to_owned(),
        });
        let tally = operations.entry((api, operation)).or_default();
        tally.exchanges += 1;
        match exchange.findings.iter().map(|f| f.verdict).max() {
            None | Some(Verdict::Passed) if exchange.transport_error.is_none() => tally.passed += 1,
            Some(Verdict::Warning) => tally.warned += 1,
            Some(Verdict::Accepted) => tally.accepted += 1,
            _ => tally.failed += 1,
        }
    }
    out.push_str("\n## Operations\n\n| API | Operation | Mode | Exchanges | Passed | Warned | Accepted | Failed |\n|---|---|---|---|---|---|---|---|\n");
    for ((api, operation), t) in &operations {
        let mode = index.modes.get(&(api.clone(), operation.clone())).map(|m| mode_name(m)).unwrap_or_default();
        let _ = writeln!(
            out,
            "| `{api}` | `{operation}` | {mode} | {} | {} | {} | {} | {} |",
            t.exchanges, t.passed, t.warned, t.accepted, t.failed
        );
    }
    let mut failures = String::new();
    let mut accepted = String::new();
    for exchange in &exchanges {
        let api = api_of.get(exchange.case.as_str()).copied().unwrap_or("unknown");
        if exchange.transport_error.is_some() && exchange.findings.is_empty() {
            let _ = write!(
                failures,
                "\n### `{}` step `{}`: no answer\n\n```http\n{}\n```\n\n```\n{}\n```\n",
                exchange.case,
                exchange.step,
                request_block(&exchange.request),
                response_block(None, exchange.transport_error.as_deref())
            );
        }
        let open: Vec<&Finding> = exchange.findings.iter().filter(|f| f.verdict != Verdict::Accepted).collect();
        let taken: Vec<&Finding> = exchange.findings.iter().filter(|f| f.verdict == Verdict::Accepted).collect();
        for (findings, target) in [(&open, &mut failures), (&taken, &mut accepted)] {
            if findings.is_empty() {
                continue;
            }
            let operation = exchange.operation.as_deref().map(|op| format!(" (`{op}`)")).unwrap_or_default();
            let _ = writeln!(target, "\n### `{}` step `{}`{operation}", exchange.case, exchange.step);
            for finding in findings {
                write_finding(target, &index, api, exchange, finding);
            }
            if target_is_failures(findings) {
                let _ = write!(
                    target,
                    "\nRequest:\n\n```http\n{}\n```\n\nAnswer:\n\n```http\n{}\n```\n",
                    request_block(&exchange.request),
                    response_block(exchange.response.as_ref(), exchange.transport_error.as_deref())
                );
            }
        }
    }
    out.push_str("\n## Failures and warnings\n");
    if failures.is_empty() {
        out.push_str("\nNone.\n");
    } else {
        out.push_str(&failures);
    }
    if let Some(applied) = baseline {
        let _ = writeln!(
            out,
            "\n## Baseline\n\nBaseline `{}`: {} findings accepted.",
            cell(&applied.file),
            applied.accepted
        );
        out.push_str(&accepted);
        if !applied.expected_failures.is_empty() {
            out.push_str("\n### Expected failures\n\n| Case | Reason | Now |\n|---|---|---|\n");
            for expected in &applied.expected_failures {
                let now = if expected.still_fails { "still fails (accepted)" } else { "**passes: remove the entry**" };
                let _ = writeln!(out, "| `{}` | {} | {now} |", expected.case, cell(&expected.reason));
            }
        }
        if !applied.stale.is_empty() {
            out.push_str("\n### Stale entries\n\nThese entries of cases that ran matched no finding:\n\n");
            for entry in &applied.stale {
                let _ = writeln!(out, "- {entry}");
            }
        }
    }
    let _ = write!(
        out,
        "\n## Integrity\n\nWhen `payspec check` writes reports, a `{}` manifest next to them lists each report file of the run in that folder with its SHA-256 (verify with `sha256sum -c {}` in the folder). This certificate is listed there",
        manifest::FILE,
        manifest::FILE
    );
    if siblings.is_empty() {
        out.push_str(".\n");
    } else {
        let names: Vec<String> = siblings.iter().map(|s| format!("`{s}`")).collect();
        let _ = writeln!(out, ", with {}.", names.join(", "));
    }
    out
}
