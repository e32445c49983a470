//! The suite proves it can fail: each test puts a thin mutating proxy in front of the reference emulator — a
//! deliberately defective implementation — runs the case that exercises the rule, and asserts the defect is
//! reported as the right failure, naming the rule. Without the defect the same case passes (`emulated.rs`).

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use payspec_suite::apis::{Received, Sent};
use payspec_suite::event::Verdict;

fn with_defect(
    case: &str,
    request: impl Fn(&mut Sent) + Send + Sync + 'static,
    response: impl Fn(&Sent, &mut Received) + Send + Sync + 'static,
) -> Vec<(String, payspec_suite::event::Finding)> {
    defect_run(case, true, request, response)
}

/// A run with a defect, strict (a failed decision is a failure) or not.
fn defect_run(
    case: &str,
    strict: bool,
    request: impl Fn(&mut Sent) + Send + Sync + 'static,
    response: impl Fn(&Sent, &mut Received) + Send + Sync + 'static,
) -> Vec<(String, payspec_suite::event::Finding)> {
    let emu = common::Emu::start();
    let proxy = common::Proxy::start(&emu.url(), Arc::new(request), Arc::new(response));
    let (summary, events) = common::run_with(&proxy.url(), &[case], strict);
    if strict {
        assert_eq!(
            summary.exit_code(),
            1,
            "the defect fails the run: {}",
            payspec_suite::report::console::summary(&events)
        );
    }
    common::findings(&events)
}

fn body_has(sent: &Sent, needle: &str) -> bool {
    String::from_utf8_lossy(&sent.body).contains(needle)
}

fn assert_found(findings: &[(String, payspec_suite::event::Finding)], step: &str, check: &str, rule_has: &str) {
    assert!(
        findings
            .iter()
            .any(|(s, f)| s == step && f.check == check && f.rule.contains(rule_has) && f.verdict == Verdict::Failed),
        "expected {check} at step {step} naming {rule_has:?}, got {findings:#?}"
    );
}

#[test]
fn a_refund_past_the_amount_accepted_fails_naming_the_refusal() {
    // The implementation checks the wrong amount: it sees a refund of 1 where the caller asked for 70.
    let findings = with_defect(
        "iyzico-terminal/vuk509-refund-past-amount",
        |sent| {
            if sent.path.ends_with("/refund") && body_has(sent, "\"price\":70") {
                sent.body = String::from_utf8_lossy(&sent.body).replace("\"price\":70", "\"price\":1").into_bytes();
            }
        },
        |_, _| {},
    );
    assert_found(
        &findings,
        "refund70",
        "model_refusal",
        "vuk509-payment: partially_refunded refuses vuk509-refund with 380112",
    );
    let (_, finding) = findings.iter().find(|(s, f)| s == "refund70" && f.check == "model_refusal").expect("found");
    assert!(finding.actual.contains("accepted"), "{finding:?}");
    assert_eq!(finding.basis, "decision", "the refund cap is the spec's decision: {finding:?}");
}

#[test]
fn a_failed_decision_is_a_warning_unless_strict() {
    let findings = defect_run(
        "iyzico-terminal/vuk509-refund-past-amount",
        false,
        |sent| {
            if sent.path.ends_with("/refund") && body_has(sent, "\"price\":70") {
                sent.body = String::from_utf8_lossy(&sent.body).replace("\"price\":70", "\"price\":1").into_bytes();
            }
        },
        |_, _| {},
    );
    let (_, finding) = findings.iter().find(|(s, f)| s == "refund70" && f.check == "model_refusal").expect("found");
    assert_eq!(finding.verdict, Verdict::Warning, "{finding:?}");
}

#[test]
fn a_wrong_error_code_fails_naming_the_expected_code() {
    let findings = with_defect(
        "iyzico-terminal/vuk509-refund-past-amount",
        |_| {},
        |_, received| {
            common::edit_json(received, |body| {
                if body["errorCode"] == "380112" {
                    body["errorCode"] = "380111".into();
                }
            })
        },
    );
    assert_found(&findings, "refund70", "model_refusal", "refuses vuk509-refund with 380112");
    let (_, finding) = findings.iter().find(|(s, f)| s == "refund70" && f.check == "model_refusal").expect("found");
    assert!(finding.actual.contains("380111"), "{finding:?}");
}

#[test]
fn a_wrong_http_status_fails_the_refusal_and_the_code_status() {
    let findings = with_defect(
        "iyzico-terminal/vuk509-refund-past-amount",
        |_| {},
        |_, received| {
            if received.status == 400 && String::from_utf8_lossy(&received.body).contains("380112") {
                received.status = 422;
            }
        },
    );
    assert_found(&findings, "refund70", "model_refusal", "380112");
    assert_found(&findings, "refund70", "code_status", "380112 with HTTP 400");
}

#[test]
fn a_conversation_id_not_echoed_fails_the_echo() {
    let findings = with_defect(
        "iyzico-terminal/vuk509-walkthrough",
        |_| {},
        |sent, received| {
            if sent.path.ends_with("/eod") {
                common::edit_json(received, |body| {
                    if let Some(map) = body.as_object_mut() {
                        map.remove("conversationId");
                    }
                })
            }
        },
    );
    assert_found(&findings, "eod", "echo", "vuk509-end-of-day echoes the request's conversationId");
}

#[test]
fn a_required_field_dropped_fails_the_schema_at_its_pointer() {
    let findings = with_defect(
        "finrota-pws/refund-past-amount",
        |_| {},
        |sent, received| {
            if sent.path.ends_with("/refund") {
                common::edit_json(received, |body| {
                    if let Some(map) = body.as_object_mut() {
                        map.remove("statusCode");
                    }
                })
            }
        },
    );
    assert_found(
        &findings,
        "refund50",
        "response_schema",
        "refund-payment answers HTTP 200 with a PaymentRefundResponse",
    );
    let (_, finding) = findings.iter().find(|(s, f)| s == "refund50" && f.check == "response_schema").expect("found");
    assert_eq!(finding.pointer.as_deref(), Some("/statusCode"), "{finding:?}");
}

#[test]
fn a_field_of_the_wrong_wire_form_fails_the_schema() {
    // A decimal the spec sends as a JSON number, sent as a string.
    let findings = with_defect(
        "iyzico-terminal/vuk509-walkthrough",
        |_| {},
        |sent, received| {
            if sent.path.ends_with("/terminal-host/payment") {
                common::edit_json(received, |body| {
                    if let Some(price) = body.get("price").cloned() {
                        body["price"] = price.to_string().into();
                    }
                })
            }
        },
    );
    assert_found(&findings, "vuk509-sale/sale", "response_schema", "vuk509-payment answers HTTP 200");
}

#[test]
fn a_message_in_the_wrong_language_fails_the_text() {
    // The refusal of a Turkish request answered in English.
    let findings = with_defect(
        "iyzico-terminal/vuk509-refund-past-amount",
        |sent| {
            if sent.path.ends_with("/refund") && body_has(sent, "\"price\":70") {
                sent.body =
                    String::from_utf8_lossy(&sent.body).replace("\"locale\":\"tr\"", "\"locale\":\"en\"").into_bytes();
            }
        },
        |_, _| {},
    );
    assert_found(
        &findings,
        "refund70",
        "message_text",
        "the text of 380112 is the catalog's, in the requested language",
    );
}

#[test]
fn an_expired_token_accepted_fails_naming_the_access_token_rule() {
    // The implementation never moves its token clock: the token stays good after the test clock passed its
    // lifetime, while the clock it reports has moved.
    let advanced = Arc::new(AtomicBool::new(false));
    let seen = Arc::clone(&advanced);
    let findings = with_defect(
        "iyzico-terminal/token-expiry",
        move |sent| {
            if sent.path == "/_payspec/clock/advance" {
                sent.body = br#"{"seconds": 1}"#.to_vec();
                seen.store(true, Ordering::SeqCst);
            }
        },
        move |sent, received| {
            if sent.path == "/_payspec/clock" && advanced.load(Ordering::SeqCst) {
                common::edit_json(received, |body| {
                    if let Some(millis) = body["unix_millis"].as_i64() {
                        body["unix_millis"] = (millis + 7_299_000).into();
                    }
                })
            }
        },
    );
    assert_found(&findings, "eod", "model_refusal", "access-token");
}

#[test]
fn a_secret_echoed_in_an_answer_fails_and_stays_out_of_the_reports() {
    // The implementation puts the integration's client secret into the end-of-day answer. The check reads the raw
    // answer; the reports show it masked.
    let secret = "payspec-vuk509-secret";
    let emu = common::Emu::start();
    let proxy = common::Proxy::start(
        &emu.url(),
        Arc::new(|_| {}),
        Arc::new(move |sent, received| {
            if sent.path.ends_with("/eod") {
                common::edit_json(received, |body| body["conversationId"] = format!("debug {secret}").into())
            }
        }),
    );
    let (summary, events) = common::run(&proxy.url(), &["iyzico-terminal/vuk509-walkthrough"]);
    assert_eq!(summary.exit_code(), 1);
    assert_found(&common::findings(&events), "eod", "no_secret_echoed", "never carries a secret");
    let json = payspec_suite::report::json(&events);
    assert!(!json.contains(secret), "the JSON report holds the secret");
}
