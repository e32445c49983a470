//! The suite proves it can fail: each test puts a thin mutating proxy in front of the reference emulator — a
//! deliberately defective implementation — runs the case that exercises the rule, and asserts the defect is
//! reported as the right failure, naming the rule. Without the defect the same case passes (`emulated.rs`).

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use payspec_suite::apis::{Received, Sent};
use payspec_suite::event::Verdict;
use payspec_suite::http::Endpoint;

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

/// An answer carrying `code` on a path ending with `path_end` turned into an approval.
fn accept(received: &mut Received, sent: &Sent, path_end: &str, code: &str) {
    if sent.path.ends_with(path_end) && String::from_utf8_lossy(&received.body).contains(code) {
        received.status = 200;
        received.body = br#"{"status":"success","locale":"tr","systemTime":1796108400000}"#.to_vec();
    }
}

#[test]
fn a_void_after_end_of_day_accepted_fails_naming_the_void_window() {
    let findings = with_defect(
        "iyzico-terminal/vuk507-sale-refund-eod",
        |_| {},
        |sent, received| accept(received, sent, "/void", "380104"),
    );
    assert_found(
        &findings,
        "void",
        "model_refusal",
        "vuk507-payment: partially_refunded refuses vuk507-void with 380104 (An end of day has run",
    );
    let (_, finding) = findings.iter().find(|(s, f)| s == "void" && f.check == "model_refusal").expect("found");
    assert!(finding.actual.contains("accepted"), "{finding:?}");
}

#[test]
fn a_reused_authorization_code_accepted_fails_naming_the_code_rule() {
    // The implementation forgets that a code was exchanged: the second exchange gets the first one's tokens.
    let first = Arc::new(std::sync::Mutex::new(None::<Received>));
    let findings = with_defect(
        "iyzico-terminal/oauth-code-single-use",
        |_| {},
        move |sent, received| {
            if !sent.path.ends_with("/oauth2/token")
                || !String::from_utf8_lossy(&sent.body).contains("authorization_code")
            {
                return;
            }
            let mut first = first.lock().expect("the lock");
            match first.as_ref() {
                Some(approved) if received.status != 200 => *received = approved.clone(),
                None if received.status == 200 => *first = Some(received.clone()),
                _ => {}
            }
        },
    );
    assert_found(&findings, "again", "model_refusal", "auth-code: used refuses oauth-token with invalid_grant");
}

#[test]
fn a_second_operation_on_a_busy_device_let_through_fails_naming_the_device_rule() {
    // While a sale waits for its card, the implementation lets a second operation on the same device through.
    let findings = with_defect(
        "iyzico-terminal/device-one-operation-at-a-time",
        |_| {},
        |sent, received| accept(received, sent, "/payment", "380201"),
    );
    assert_found(&findings, "pay509-106", "model_refusal", "device: busy refuses vuk509-payment with 380201");
}

#[test]
fn a_3d_payment_committed_without_its_otp_fails_naming_the_awaiting_state() {
    // The implementation finalizes a 3D payment as soon as it is created: its bank page is passed without the
    // payer (the layer posts the page itself), so the payment no longer waits for its OTP.
    let done = Arc::new(AtomicBool::new(false));
    let findings = with_defect(
        "finrota-pws/three-d-secure",
        |_| {},
        move |sent, received| {
            if sent.path != "/pws/payment" || done.swap(true, Ordering::SeqCst) {
                return;
            }
            let body: serde_json::Value = serde_json::from_slice(&received.body).unwrap_or_default();
            let Some(url) = body["data"]["redirectUrl"].as_str() else { return };
            let Some((authority, path)) = url.strip_prefix("http://").and_then(|rest| rest.split_once('/')) else {
                return;
            };
            let page = Endpoint::parse(&format!("http://{authority}"), std::time::Duration::from_secs(5))
                .expect("the page's address");
            let form = Sent {
                method: "POST".to_owned(),
                path: format!("/{path}"),
                query: String::new(),
                headers: vec![("Content-Type".to_owned(), "application/x-www-form-urlencoded".to_owned())],
                body: b"otp=123456&action=submit".to_vec(),
            };
            let _ = page.send(&form);
        },
    );
    assert_found(
        &findings,
        "cancel-5",
        "model_refusal",
        "finrota-payment: awaiting_3d refuses cancel-payment with P013",
    );
    let (_, finding) = findings.iter().find(|(s, f)| s == "cancel-5" && f.check == "model_refusal").expect("found");
    assert!(finding.actual.contains("accepted"), "the cancel of a committed payment went through: {finding:?}");
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

/// The signature WiaPay's request recipe gives a request, with the emulator's test secret (`sk_test_payspec`).
fn wiapay_signature(sent: &Sent, secret: &str) -> Option<String> {
    let recipe = payspec::wiapay::REQUEST_SIGNING;
    let timestamp = sent.header(recipe.timestamp_header)?.parse().ok()?;
    let target = if sent.query.is_empty() { sent.path.clone() } else { format!("{}?{}", sent.path, sent.query) };
    let body = String::from_utf8_lossy(&sent.body);
    let signed =
        payspec::support::SignedRequest { timestamp, method: &sent.method, path_with_query: &target, body: &body };
    recipe.sign(secret.as_bytes(), &signed).ok()
}

#[test]
fn a_bad_wiapay_signature_accepted_fails_naming_the_authentication_rule() {
    // The implementation does not check what it signs: a layer in front re-signs every signed request correctly.
    let findings = with_defect(
        "wiapay/signature-refusals",
        |sent| {
            let header = payspec::wiapay::REQUEST_SIGNING.signature_header;
            if sent.path.starts_with("/v1/")
                && sent.header(header).is_some()
                && let Some(signature) = wiapay_signature(sent, "sk_test_payspec")
            {
                for (name, value) in &mut sent.headers {
                    if name.eq_ignore_ascii_case(header) {
                        *value = signature.clone();
                    }
                }
            }
        },
        |_, _| {},
    );
    let rule = "authentication request-signature of available-banks: X-Signature: the signature does not match";
    assert_found(&findings, "tampered", "model_refusal", rule);
    let (_, finding) = findings.iter().find(|(s, f)| s == "tampered" && f.check == "model_refusal").expect("found");
    assert!(finding.actual.contains("accepted"), "{finding:?}");
    assert_eq!((finding.basis, finding.expected.as_str()), ("vendor", "HTTP 401 INVALID_SIGNATURE"), "{finding:?}");
    assert_found(&findings, "tampered-deposit", "model_refusal", "INVALID_SIGNATURE");
    // A request the layer cannot fix stays refused, and is not reported.
    assert!(!findings.iter().any(|(s, _)| s == "stale" || s == "no-signature"), "{findings:#?}");
}

#[test]
fn a_callback_with_a_wrong_signature_is_reported_naming_the_callback_recipe() {
    // The implementation signs its callbacks with something else: a layer between it and the suite's receiver
    // changes every callback's signature.
    for strict in [true, false] {
        let receiver = common::receiver();
        let corrupt = common::Proxy::start(
            &format!("http://{}", receiver.address()),
            Arc::new(|sent: &mut Sent| {
                for (name, value) in &mut sent.headers {
                    if name.eq_ignore_ascii_case("x-signature") {
                        *value = value.chars().rev().collect();
                    }
                }
            }),
            Arc::new(|_: &Sent, _: &mut Received| {}),
        );
        let emu = common::Emu::start_calling_back(&format!("{}{}", corrupt.url(), payspec_suite::callbacks::PATH));
        let (summary, events) = common::run_with(&emu.url(), &["wiapay/deposit-confirmed"], strict);
        let findings = common::findings(&events);
        let (step, finding) = findings
            .iter()
            .find(|(_, f)| f.check == "callback_signature")
            .unwrap_or_else(|| panic!("a callback_signature finding: {findings:#?}"));
        assert!(step.ends_with("/callback"), "{step}");
        assert!(finding.rule.contains("deposit-callback is signed with the callback recipe"), "{finding:?}");
        assert!(finding.actual.contains("does not match"), "{finding:?}");
        // The string a callback signs is the spec's assumption (discrepancy callback-signing-recipe): a decision.
        assert_eq!(finding.basis, "decision", "{finding:?}");
        let want = if strict { Verdict::Failed } else { Verdict::Warning };
        assert_eq!(finding.verdict, want, "{finding:?}");
        // A callback that does not verify is not committed: the transitions it reports are not the model's.
        let moved: Vec<&String> = events
            .iter()
            .filter_map(|e| match e {
                payspec_suite::event::Event::Exchange(x) if x.step.ends_with("/callback") => Some(&x.moved),
                _ => None,
            })
            .flatten()
            .collect();
        assert!(moved.is_empty(), "{moved:?}");
        assert_eq!(
            summary.exit_code(),
            if strict { 1 } else { 0 },
            "{}",
            payspec_suite::report::console::summary(&events)
        );
    }
}

#[test]
fn a_callback_that_never_comes_ends_the_awaiting_case_in_error_saying_what_it_waited_for() {
    // The implementation never calls back: its callbacks go to a port nobody listens on.
    let _receiver = common::receiver();
    let nowhere = std::net::TcpListener::bind("127.0.0.1:0").expect("a port").local_addr().expect("its address");
    let emu = common::Emu::start_calling_back(&format!("http://{nowhere}{}", payspec_suite::callbacks::PATH));
    let (summary, events) = common::run(&emu.url(), &["wiapay/deposit-cancelled"]);
    assert_eq!((summary.errors, summary.exit_code()), (1, 1), "{}", payspec_suite::report::console::summary(&events));
    let reason = events
        .iter()
        .find_map(|e| match e {
            payspec_suite::event::Event::CaseFinished { verdict: Verdict::Error, reason, .. } => reason.clone(),
            _ => None,
        })
        .expect("the case's reason");
    assert!(reason.starts_with("step cancelled: no deposit-callback of TXN-"), "{reason}");
    assert!(reason.contains("with status cancelled within 10000 ms (received for it: none)"), "{reason}");
}

#[test]
fn a_callback_reporting_a_status_the_lifecycle_cannot_take_is_reported_naming_the_lifecycle() {
    // The implementation reports a completed deposit as pending again, signed correctly.
    let receiver = common::receiver();
    let rewrite = common::Proxy::start(
        &format!("http://{}", receiver.address()),
        Arc::new(|sent: &mut Sent| {
            let body =
                String::from_utf8_lossy(&sent.body).replace("\"status\":\"completed\"", "\"status\":\"pending\"");
            sent.body = body.into_bytes();
            let recipe = payspec::wiapay::CALLBACK_SIGNING;
            let Some(timestamp) = sent.header(recipe.timestamp_header).and_then(|t| t.parse().ok()) else { return };
            let body = String::from_utf8_lossy(&sent.body).into_owned();
            let signed = payspec::support::SignedRequest {
                timestamp,
                method: "POST",
                path_with_query: payspec_suite::callbacks::PATH,
                body: &body,
            };
            let Ok(signature) = recipe.sign(b"whsec_test_payspec", &signed) else { return };
            for (name, value) in &mut sent.headers {
                if name.eq_ignore_ascii_case(recipe.signature_header) {
                    *value = signature.clone();
                }
            }
        }),
        Arc::new(|_: &Sent, _: &mut Received| {}),
    );
    let emu = common::Emu::start_calling_back(&format!("{}{}", rewrite.url(), payspec_suite::callbacks::PATH));
    let (_, events) = common::run_with(&emu.url(), &["wiapay/deposit-confirmed"], true);
    let findings = common::findings(&events);
    let (_, finding) = findings
        .iter()
        .find(|(_, f)| f.check == "callback_lifecycle")
        .unwrap_or_else(|| panic!("a callback_lifecycle finding: {findings:#?}"));
    assert!(
        finding.rule.contains("wiapay-transaction: no transition from processing on deposit-callback to pending"),
        "{finding:?}"
    );
    assert_eq!((finding.verdict, finding.actual.as_str()), (Verdict::Failed, "status pending"), "{finding:?}");
    // The signature held: only the lifecycle is broken (and the step awaiting `completed` ends the case in error).
    assert!(!findings.iter().any(|(_, f)| f.check == "callback_signature"), "{findings:#?}");
}
