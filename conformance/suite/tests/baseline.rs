//! The baseline over the real emulator: a defect's findings the baseline accepts are `accepted` in every report and
//! do not fail the run; an entry narrowed to another rule accepts nothing; an entry that matches nothing is stale;
//! a case expected to fail that fails is accepted, and one that passes fails the run, saying to remove the entry.

mod common;

use std::path::Path;
use std::sync::Arc;

use payspec_suite::baseline::{self, Baseline};
use payspec_suite::event::{Event, Verdict};
use payspec_suite::report;
use payspec_suite::{RunSummary, SuiteError};

const CASE: &str = "iyzico-terminal/vuk509-refund-past-amount";

/// The refund-past-amount case against an implementation answering 380111 where the spec says 380112.
fn defective_run() -> (RunSummary, Vec<Event>) {
    let emu = common::Emu::start();
    let proxy = common::Proxy::start(
        &emu.url(),
        Arc::new(|_| {}),
        Arc::new(|sent, received| {
            if sent.path.ends_with("/refund") {
                common::edit_json(received, |body| {
                    if body["errorCode"] == "380112" {
                        body["errorCode"] = "380111".into();
                    }
                })
            }
        }),
    );
    let (summary, events) = common::run(&proxy.url(), &[CASE]);
    assert_eq!(summary.exit_code(), 1, "the defect fails the run without a baseline");
    (summary, events)
}

fn parse(text: &str) -> Baseline {
    Baseline::parse(text, Path::new("baseline.json")).expect("the baseline is valid")
}

fn case_verdict(events: &[Event], case: &str) -> (Verdict, Option<String>) {
    events
        .iter()
        .find_map(|e| match e {
            Event::CaseFinished { case: c, verdict, reason, .. } if c == case => Some((*verdict, reason.clone())),
            _ => None,
        })
        .expect("the case finished")
}

fn applied(events: &[Event]) -> payspec_suite::event::BaselineApplied {
    events
        .iter()
        .find_map(|e| match e {
            Event::Baseline(applied) => Some((**applied).clone()),
            _ => None,
        })
        .expect("a baseline event")
}

const ACCEPT_ALL: &str = r#"{
  "accepted": [
    {"case": "iyzico-terminal/vuk509-refund-past-amount", "step": "refund70", "check": "code_declared", "reason": "firmware 4.2 answers 380111; fixed in 4.3 (ticket 17)"},
    {"case": "iyzico-terminal/vuk509-refund-past-amount", "step": "refund70", "check": "message_text", "reason": "firmware 4.2 answers 380111; fixed in 4.3 (ticket 17)"},
    {"case": "iyzico-terminal/vuk509-refund-past-amount", "step": "refund70", "check": "model_refusal", "rule": "380112", "reason": "firmware 4.2 answers 380111; fixed in 4.3 (ticket 17)"},
    {"case": "iyzico-terminal/vuk509-refund-past-amount", "step": "refund-more", "check": "code_declared", "reason": "same defect"},
    {"case": "iyzico-terminal/vuk509-refund-past-amount", "step": "refund-more", "check": "message_text", "reason": "same defect"},
    {"case": "iyzico-terminal/vuk509-refund-past-amount", "step": "refund-more", "check": "model_refusal", "reason": "same defect"},
    {"case": "iyzico-terminal/vuk509-refund-past-amount", "step": "refund40", "check": "echo", "reason": "an old deviation, since fixed"},
    {"case": "iyzico-terminal/unknown-token", "step": "eod", "check": "echo", "reason": "a case that did not run"}
  ]
}"#;

#[test]
fn accepted_deviations_pass_the_run_and_show_in_every_report() {
    let (summary, events) = defective_run();
    let (events, summary) = baseline::apply(&parse(ACCEPT_ALL), &events, summary);
    let console = report::console::summary(&events);
    assert_eq!(summary.exit_code(), 0, "{console}");
    assert_eq!((summary.accepted, summary.failed), (1, 0));
    assert_eq!(case_verdict(&events, CASE).0, Verdict::Accepted);
    let findings = common::findings(&events);
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|(_, f)| f.verdict == Verdict::Accepted && f.accepted.is_some()), "{findings:#?}");
    let applied = applied(&events);
    assert_eq!(applied.accepted, findings.len());
    // The refund40 entry matched nothing in a case that ran; the unknown-token one is of a case not run.
    assert_eq!(applied.stale.len(), 1, "{:?}", applied.stale);
    assert!(applied.stale[0].contains("refund40"), "{:?}", applied.stale);
    let reason = "firmware 4.2 answers 380111; fixed in 4.3 (ticket 17)";
    for (name, text) in [
        ("console", console.clone()),
        ("json", report::json(&events)),
        ("junit", report::junit::report(&events)),
        ("markdown", report::markdown::certificate(&events, &[])),
    ] {
        assert!(text.contains(reason), "the {name} report does not show the accepted deviation:\n{text}");
        assert!(text.contains("refund40"), "the {name} report does not show the stale entry:\n{text}");
    }
    let junit = report::junit::report(&events);
    common::assert_well_formed(&junit);
    assert_eq!(junit.matches("<failure ").count(), 0, "{junit}");
    assert!(console.contains("1 accepted, 0 failed"), "{console}");
}

#[test]
fn an_entry_narrowed_to_another_rule_accepts_nothing() {
    let (summary, events) = defective_run();
    let narrowed = ACCEPT_ALL.replace(r#""rule": "380112""#, r#""rule": "a rule this finding does not name""#);
    let (events, summary) = baseline::apply(&parse(&narrowed), &events, summary);
    assert_eq!(summary.exit_code(), 0, "the finding it does not accept is a warning (a decision, not strict)");
    let refund70 = common::findings(&events)
        .into_iter()
        .find(|(step, f)| step == "refund70" && f.check == "model_refusal")
        .expect("the finding");
    assert_eq!(refund70.1.verdict, Verdict::Warning);
    assert_eq!(case_verdict(&events, CASE).0, Verdict::Warning);
    assert!(applied(&events).stale.iter().any(|s| s.contains("a rule this finding does not name")));
    // Without the message_text entries, the vendor rule (the catalog's text of 380111) fails the run again.
    let fewer: serde_json::Value = serde_json::from_str(ACCEPT_ALL).expect("JSON");
    let mut fewer = fewer;
    fewer["accepted"].as_array_mut().expect("entries").retain(|e| e["check"] != "message_text");
    let (summary, events) = defective_run();
    let (events, summary) = baseline::apply(&parse(&fewer.to_string()), &events, summary);
    assert_eq!(summary.exit_code(), 1);
    assert_eq!(case_verdict(&events, CASE).0, Verdict::Failed);
}

#[test]
fn a_case_expected_to_fail_is_accepted_while_it_fails() {
    let (summary, events) = defective_run();
    let expected =
        r#"{"expected_failures": [{"case": "iyzico-terminal/vuk509-refund-past-amount", "reason": "ticket 17"}]}"#;
    let (events, summary) = baseline::apply(&parse(expected), &events, summary);
    assert_eq!(summary.exit_code(), 0);
    let (verdict, reason) = case_verdict(&events, CASE);
    assert_eq!(verdict, Verdict::Accepted);
    assert!(reason.is_some_and(|r| r.contains("expected to fail: ticket 17")));
    assert!(applied(&events).expected_failures.iter().all(|e| e.still_fails));
}

#[test]
fn a_case_expected_to_fail_that_passes_fails_the_run() {
    let emu = common::Emu::start();
    let (summary, events) = common::run(&emu.url(), &["iyzico-terminal/unknown-token"]);
    assert_eq!(summary.exit_code(), 0);
    let expected = r#"{"expected_failures": [{"case": "iyzico-terminal/unknown-token", "reason": "ticket 9"}]}"#;
    let (events, summary) = baseline::apply(&parse(expected), &events, summary);
    assert_eq!(summary.exit_code(), 1);
    let (verdict, reason) = case_verdict(&events, "iyzico-terminal/unknown-token");
    assert_eq!(verdict, Verdict::Failed);
    let reason = reason.expect("a reason");
    assert!(reason.contains("expected to fail (ticket 9) but passed: remove it"), "{reason}");
    let junit = report::junit::report(&events);
    common::assert_well_formed(&junit);
    assert_eq!(junit.matches("<failure ").count(), 1, "{junit}");
    assert!(junit.contains("but passed"), "{junit}");
    assert!(report::console::summary(&events).contains("is expected to fail (ticket 9) but passed"));
    assert!(applied(&events).expected_failures.iter().all(|e| !e.still_fails));
}

#[test]
fn a_baseline_breaking_its_schema_is_refused() {
    let no_reason = r#"{"accepted": [{"case": "iyzico-terminal/x", "step": "s", "check": "echo"}]}"#;
    let error = Baseline::parse(no_reason, Path::new("b.json")).expect_err("refused");
    assert!(matches!(error, SuiteError::InvalidBaseline { .. }), "{error}");
    assert!(error.to_string().contains("reason"), "{error}");
    assert!(Baseline::parse(r#"{"accept": []}"#, Path::new("b.json")).is_err());
    // The committed schema is what the suite validates with.
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../cases/baseline.schema.json"))
        .expect("the committed schema");
    assert_eq!(committed, baseline::SCHEMA);
}
