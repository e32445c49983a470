//! The prediction wins over a case's word: a case that expects a code the spec does not predict is reported, never
//! a way to hide a refusal. Each test runs a case of its own (in a temporary folder) against the reference
//! emulator.

mod common;

use payspec_suite::event::{Event, Finding, Verdict};
use payspec_suite::seed::Seed;

fn run_case(name: &str, api: &str, case: serde_json::Value) -> Vec<(String, Finding)> {
    let dir = std::env::temp_dir().join(format!("payspec-case-errors-{name}-{}", std::process::id()));
    std::fs::create_dir_all(dir.join(api)).expect("a case folder");
    let source = payspec_suite::case::default_dir().join(api).join("setups.json");
    std::fs::copy(source, dir.join(api).join("setups.json")).expect("the setups");
    std::fs::write(dir.join(api).join(format!("{name}.json")), serde_json::to_vec_pretty(&case).expect("JSON"))
        .expect("write the case");
    let emu = common::Emu::start();
    let mut options = payspec_suite::RunOptions::new(emu.url());
    options.cases_dir = dir;
    options.seed = Seed(5);
    let mut events = Vec::new();
    payspec_suite::run(&options, &mut |event: &Event| events.push(event.clone())).expect("the run starts");
    common::findings(&events)
}

#[test]
fn an_expected_code_does_not_excuse_a_refusal_no_rule_gives() {
    // Finrota answers a token never issued with P002; the spec's access-token lifecycle gives P002 only to an
    // expired token. The case's expectation used to hide that; the spec's silence is reported.
    let findings = run_case(
        "never-issued",
        "finrota-pws",
        serde_json::json!({
            "id": "finrota-pws/never-issued", "title": "x", "api": "finrota-pws", "profile": "device", "covers": {},
            "steps": [{"id": "sets", "operation": "list-payment-sets", "bearer": "{{gen.token}}",
                "expect": {"code": "P002", "because": "a token never issued is refused at authentication"}}]
        }),
    );
    assert!(
        findings.iter().any(|(step, f)| step == "sets"
            && f.check == "model_admitted"
            && f.verdict == Verdict::Failed
            && f.rule.contains("refuses list-payment-sets with P002")),
        "{findings:#?}"
    );
}

#[test]
fn an_expected_code_other_than_the_predicted_refusal_is_a_case_error() {
    let findings = run_case(
        "contradicts",
        "iyzico-terminal",
        serde_json::json!({
            "id": "iyzico-terminal/contradicts", "title": "x", "api": "iyzico-terminal", "profile": "device",
            "covers": {},
            "steps": [{"id": "eod", "operation": "vuk509-end-of-day", "bearer": "at-{{gen.never}}",
                "body": {"conversationId": "c", "locale": "en", "deviceUniqueId": "{{credentials.device}}"},
                "expect": {"code": "380201", "because": "the case is wrong: the spec predicts 100310"}}]
        }),
    );
    assert!(
        findings.iter().any(|(step, f)| step == "eod" && f.check == "case_intent" && f.actual.contains("100310")),
        "{findings:#?}"
    );
}
