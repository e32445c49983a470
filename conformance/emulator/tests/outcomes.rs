//! The outcome table through HTTP: every default trigger amount on a VUK 509 sale answers its documented failure,
//! and what a status query finds out afterwards is what the table says really happened.

mod common;

use common::*;
use payspec::iyzico_terminal::OperationId;
use payspec_emulator::outcomes::{Eventually, Failure};
use serde_json::json;

#[test]
fn every_default_trigger_answers_its_documented_failure() {
    let emu = Emu::start();
    let addr = emu.addr;
    let table = payspec_emulator::outcomes::OutcomeTable::default();
    let amounts: Vec<&str> = table.iyzico.iter().map(|t| t.amount.as_str()).collect();
    assert_eq!(amounts, ["11.01", "11.02", "11.03", "11.04", "11.05", "11.06", "11.07", "11.08"]);
    for trigger in &table.iyzico {
        // A fresh session each time: 380204 ends the session.
        let tokens = login(addr, VUK509);
        let reference = unique(&trigger.name);
        let reply = sale509(addr, &tokens.access, DEVICE, &reference, &trigger.amount);
        let body = reply.json();
        let what = format!("{} ({}): {}", trigger.name, trigger.amount, reply.show());
        assert_eq!(reply.status, 400, "{what}");
        assert_eq!(body["status"], json!("FAILURE"), "{what}");
        assert_eq!(body["conversationId"], json!(format!("conv-{reference}")), "{what}");
        match &trigger.answer {
            Failure::BankError { code, message } => {
                assert_eq!(body["errorGroup"], json!("BANK_ERROR"), "{what}");
                assert_eq!(body["errorCode"], json!(code), "the bank's code passed through: {what}");
                assert_eq!(body["errorMessage"], json!(message), "the bank's message passed through: {what}");
            }
            Failure::PaymentError { code, message } => {
                assert_eq!(body["errorGroup"], json!("PAYMENT_ERROR"), "{what}");
                assert_eq!(body["errorCode"], json!(code), "{what}");
                assert_eq!(body["errorMessage"], json!(message), "{what}");
            }
            Failure::Code { code, .. } => {
                assert_failure(&reply, 400, code);
                let group = if code == "380103" { "TIMEOUT_ERROR" } else { "DEVICE_ERROR" };
                assert_eq!(body["errorGroup"], json!(group), "{what}");
            }
        }
        // What a status query finds afterwards (380204 revoked the token: query with a new one).
        let query_tokens = if trigger.name == "session-ended" { login(addr, VUK509) } else { tokens.clone() };
        let query = query509_by_ref(addr, &query_tokens.access, DEVICE, &reference);
        let unknown = matches!(&trigger.answer, Failure::Code { code, .. } if ["380103", "380203", "380205"].contains(&code.as_str()))
            || matches!(&trigger.answer, Failure::PaymentError { .. });
        match (unknown, trigger.eventually) {
            (true, Eventually::Approved) => {
                assert_ok(&query);
                assert!(!query.text("paymentId").is_empty(), "{}", query.show());
            }
            _ => {
                // The transaction failed: the query reports it, HTTP 200 with status FAILURE and its error.
                assert_eq!(query.status, 200, "{}: {}", trigger.name, query.show());
                assert_eq!(query.json()["status"], json!("FAILURE"), "{}: {}", trigger.name, query.show());
                assert_eq!(query.code(), reply.code(), "{}: the failure as answered: {}", trigger.name, query.show());
            }
        }
    }
}

#[test]
fn timeout_then_approved_is_found_by_the_query_and_can_be_refunded() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let reference = unique("tta");
    let timeout = sale509(addr, &tokens.access, DEVICE, &reference, "11.07");
    assert_failure(&timeout, 400, "380103");
    assert_eq!(timeout.json()["errorGroup"], json!("TIMEOUT_ERROR"));
    let lifecycle = control_get(addr, "/_payspec/iyzico-terminal/lifecycles/vuk509-payment");
    let states: Vec<_> = lifecycle.json()["instances"].as_array().cloned().unwrap_or_default();
    assert!(states.iter().any(|i| i["state"] == json!("outcome_unknown")), "{}", lifecycle.show());

    let query = query509_by_ref(addr, &tokens.access, DEVICE, &reference);
    assert_ok(&query);
    let payment_id = query.text("paymentId");
    let lifecycle =
        control_get(addr, &format!("/_payspec/iyzico-terminal/lifecycles/vuk509-payment?payment_id={payment_id}"));
    assert_eq!(lifecycle.json()["instances"][0]["state"], json!("sale"), "{}", lifecycle.show());
    // By paymentId too, and the payment can be refunded (to its amount and no further).
    assert_ok(&query509_by_id(addr, &tokens.access, &payment_id));
    assert_failure(&refund509(addr, &tokens.access, &query, "11.08"), 400, "380112");
    assert_ok(&refund509(addr, &tokens.access, &query, "5.00"));
}

#[test]
fn timeout_then_declined_is_reported_declined_by_the_query() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let reference = unique("ttd");
    assert_failure(&sale509(addr, &tokens.access, DEVICE, &reference, "11.08"), 400, "380103");
    // The query succeeds and reports the failed transaction, which the spec's binding reads as declined.
    let query = query509_by_ref(addr, &tokens.access, DEVICE, &reference);
    assert_eq!(query.status, 200, "{}", query.show());
    assert_eq!(query.json()["status"], json!("FAILURE"), "{}", query.show());
    assert_eq!(query.code().as_deref(), Some("380103"), "the transaction's failure: {}", query.show());
    assert_eq!(query.json()["errorGroup"], json!("TIMEOUT_ERROR"), "{}", query.show());
    let lifecycle = control_get(addr, "/_payspec/iyzico-terminal/lifecycles/vuk509-payment");
    let instances = lifecycle.json()["instances"].as_array().cloned().unwrap_or_default();
    let mine: Vec<_> = instances.iter().filter(|i| i["attributes"]["reference"]["value"] == json!(reference)).collect();
    assert_eq!(mine.len(), 1, "{}", lifecycle.show());
    assert_eq!(mine[0]["state"], json!("declined"));
    // Asked again, the answer is the same.
    let again = query509_by_ref(addr, &tokens.access, DEVICE, &reference);
    assert_eq!(again.code().as_deref(), Some("380103"), "{}", again.show());
}

#[test]
fn session_ended_revokes_the_token() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    assert_failure(&sale509(addr, &tokens.access, DEVICE, &unique("se"), "11.05"), 400, "380204");
    assert_failure(&sale509(addr, &tokens.access, DEVICE, &unique("se"), "10.00"), 400, "100310");
    let refresh = token_call(
        addr,
        OperationId::OauthTokenRefresh,
        &basic(VUK509, "payspec-vuk509-secret"),
        &[("grant_type", "refresh_token"), ("refresh_token", &tokens.refresh)],
    );
    assert_failure(&refresh, 400, "invalid_grant");
    let fresh = login(addr, VUK509);
    assert_ok(&sale509(addr, &fresh.access, DEVICE, &unique("se"), "10.00"));
}
