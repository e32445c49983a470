//! Every finding of a spec rule cites the rule's source, taken from the generated table the prediction or check
//! read: a vendor rule names its vendor document (number, title, URL or seed file) and a decision names its reason,
//! in the findings, the JSON report and the Markdown certificate.

mod common;

use std::sync::Arc;

use payspec::WireEnum;
use payspec::iyzico_terminal::{Code, Vuk509PaymentState};
use payspec::support::{Basis, StateMachine};
use payspec_suite::event::{Citation, Finding};
use payspec_suite::report;

/// A refund answered with the wrong code: a decision's refusal (the model's prediction) and a vendor's catalog
/// text (the code answered) both fail.
fn defective_run() -> Vec<payspec_suite::event::Event> {
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
    let (_, events) = common::run(&proxy.url(), &["iyzico-terminal/vuk509-refund-past-amount"]);
    events
}

fn first<'a>(findings: &'a [(String, Finding)], check: &str) -> &'a Finding {
    findings.iter().map(|(_, f)| f).find(|f| f.check == check).unwrap_or_else(|| panic!("no {check} finding"))
}

#[test]
fn a_vendor_finding_names_its_document_and_a_decision_its_reason() {
    let events = defective_run();
    let findings = common::findings(&events);

    // The catalog's text of the code answered: a vendor rule, cited from the code's own provenance.
    let text = first(&findings, "message_text");
    let code = Code::from_wire("380111").expect("a code of the catalog");
    let cited = text.source.as_ref().expect("a vendor rule cites its source");
    assert_eq!(cited, &Citation::from(code.provenance()));
    assert_eq!(code.provenance().basis, Basis::Vendor, "the test needs a vendor code");
    assert_eq!((text.basis, cited.basis), ("vendor", "vendor"));
    assert!(cited.id.starts_with('S') && cited.id != "S0", "a listed source: {cited:?}");
    assert!(!cited.title.is_empty());
    assert!(cited.url.is_some() || cited.seed.is_some(), "where the document is: {cited:?}");
    assert_eq!(cited.reason, None, "a vendor rule gives no decision's reason");

    // The refusal the model predicted: the lifecycle row's provenance, a decision with its reason.
    let refusal = first(&findings, "model_refusal");
    let row = Vuk509PaymentState::LIFECYCLE
        .forbidden
        .iter()
        .find(|f| {
            let guard = f.guard.map(|g| format!(" ({g})")).unwrap_or_default();
            refusal.rule
                == format!(
                    "vuk509-payment: {} refuses vuk509-refund with {}{guard}",
                    f.state.state_id(),
                    f.code.as_wire()
                )
        })
        .expect("the row the prediction came from");
    assert_eq!(row.basis, Basis::Decision, "the test needs a decision row");
    let cited = refusal.source.as_ref().expect("a decision cites its source");
    assert_eq!(cited, &Citation::from(&row.provenance));
    assert_eq!((refusal.basis, cited.basis), ("decision", "decision"));
    let reason = cited.reason.expect("a decision names its reason");
    assert_eq!(Some(reason), row.provenance.reason);
    assert!(!reason.is_empty());

    // The JSON report carries the citations; the certificate shows them beside the basis.
    let json: serde_json::Value = serde_json::from_str(&report::json(&events)).expect("JSON");
    let text_json = serde_json::to_value(text).expect("a finding as JSON");
    assert_eq!(text_json["source"]["id"], cited_id(text));
    assert!(json.to_string().contains(&serde_json::Value::String(reason.to_owned()).to_string()));
    let certificate = report::markdown::certificate(&events, &[]);
    let text_source = text.source.as_ref().expect("cited");
    let vendor_line = format!("  - Source: {} \"{}\"", text_source.id, text_source.title);
    assert!(certificate.contains(&vendor_line), "no {vendor_line:?} in\n{certificate}");
    assert!(certificate.contains(&format!("decided because: {reason}")), "no reason in\n{certificate}");
}

fn cited_id(finding: &Finding) -> &'static str {
    finding.source.as_ref().map_or("", |s| s.id)
}

#[test]
fn the_suites_own_checks_cite_no_spec_source() {
    // A 500 to a request the spec routes nowhere: the suite's routing check, which no spec document states.
    let emu = common::Emu::start();
    let proxy = common::Proxy::start(
        &emu.url(),
        Arc::new(|_| {}),
        Arc::new(|_, received| {
            if received.status == 404 {
                received.status = 500;
            }
        }),
    );
    let (_, events) = common::run(&proxy.url(), &["iyzico-terminal/malformed-requests"]);
    let findings = common::findings(&events);
    for check in ["model_route", "not_a_server_error"] {
        assert_eq!(first(&findings, check).source, None, "{check}");
    }
    let certificate = report::markdown::certificate(&events, &[]);
    assert!(certificate.contains("  - Source: none in the spec"), "{certificate}");
}
