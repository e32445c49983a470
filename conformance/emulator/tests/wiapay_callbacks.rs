//! WiaPay's signed callbacks over loopback HTTP: each status change is POSTed to the callback URL signed with the
//! spec's callback recipe (verified here with the test's own HMAC), retried with the configured delays until a 2xx
//! or the last attempt, every attempt visible through the control; a receiver that hangs costs its timeout and
//! never blocks the emulator.

mod common;
mod wiapay_common;

use std::time::{Duration, Instant};

use common::*;
use serde_json::json;
use wiapay_common::*;

fn config_to(receiver: &Receiver, delays: Vec<u64>, timeout_ms: u64) -> payspec_emulator::Config {
    let mut config = config();
    config.wiapay.callback_url = Some(receiver.url("/webhooks/wiapay?site=1"));
    config.wiapay.callback_retry_delays_ms = delays;
    config.wiapay.callback_timeout_ms = timeout_ms;
    config
}

#[test]
fn callbacks_are_signed_and_retried_until_delivered() {
    let receiver = Receiver::start(vec![Script::Status(500), Script::Status(503), Script::Status(204)]);
    let emu = Emu::with(config_to(&receiver, vec![100, 200, 400], 2_000), None);
    let id = withdrawn(emu.addr, &unique("w"), "25.50", TRIGGER_IBANS[2]);
    let callbacks = wait_callbacks(emu.addr, &id, 10, all_delivered);
    assert_eq!(statuses(&callbacks), ["completed"]);
    let attempts = callbacks[0]["attempts"].as_array().expect("attempts");
    let answered: Vec<u64> = attempts.iter().map(|a| a["status"].as_u64().unwrap_or(0)).collect();
    assert_eq!(answered, [500, 503, 204]);
    let gaps: Vec<i64> = attempts
        .windows(2)
        .map(|w| w[1]["at_ms"].as_i64().unwrap_or(0) - w[0]["at_ms"].as_i64().unwrap_or(0))
        .collect();
    assert!(gaps[0] >= 100 && gaps[1] >= 200, "the backoff: {gaps:?}");
    let received = receiver.received();
    assert_eq!(received.len(), 3);
    for got in &received {
        assert_eq!(got.target, "/webhooks/wiapay?site=1");
        assert_eq!(got.header("user-agent"), Some("WiaPay-Callback/1.0"));
        let timestamp = got.header("x-timestamp").expect("X-Timestamp");
        let expected = hmac_hex(CALLBACK_SECRET, &format!("{timestamp}POST{}{}", got.target, got.body));
        assert_eq!(got.header("x-signature"), Some(expected.as_str()), "the callback recipe");
        let body: serde_json::Value = serde_json::from_str(&got.body).expect("a JSON body");
        assert_eq!(body["transactionId"], json!(id));
        assert_eq!(body["type"], json!("withdrawal"));
        assert_eq!(body["status"], json!("completed"));
        assert_eq!(body["amount"], num("25.50"));
        assert!(body["completedAt"].is_string());
        payspec::wiapay::CallbackPayload::read_checked(&got.body);
    }
}

trait ReadChecked {
    fn read_checked(body: &str);
}

impl ReadChecked for payspec::wiapay::CallbackPayload {
    fn read_checked(body: &str) {
        let value: serde_json::Value = serde_json::from_str(body).expect("json");
        payspec::support::check_message_value(
            &value,
            &payspec::wiapay::shapes::CallbackPayload,
            payspec::wiapay::CallbackPayload::RULES,
        )
        .unwrap_or_else(|p| panic!("not a CallbackPayload: {p:?}: {body}"));
    }
}

#[test]
fn a_receiver_that_never_acknowledges_is_given_up_on() {
    let receiver = Receiver::start(vec![Script::Status(500)]);
    let emu = Emu::with(config_to(&receiver, vec![50, 50], 2_000), None);
    let id = withdrawn(emu.addr, &unique("w"), "10.00", TRIGGER_IBANS[3]);
    let callbacks = wait_callbacks(emu.addr, &id, 10, |c| c.first().is_some_and(|c| c["delivery"] == json!("gave_up")));
    assert_eq!(callbacks[0]["attempts"].as_array().map(Vec::len), Some(3));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(receiver.received().len(), 3, "no attempt after the last");
}

#[test]
fn a_hanging_receiver_never_blocks_the_emulator() {
    let receiver = Receiver::start(vec![Script::Hang, Script::Status(200)]);
    let emu = Emu::with(config_to(&receiver, vec![100], 300), None);
    let id = withdrawn(emu.addr, &unique("w"), "10.00", TRIGGER_IBANS[2]);
    // While the receiver hangs, the API answers at once.
    let started = Instant::now();
    for _ in 0..5 {
        assert_eq!(signed(emu.addr, "GET", "/v1/available-banks", "").status, 200);
    }
    assert!(started.elapsed() < Duration::from_millis(250), "the emulator waited on the receiver");
    let callbacks = wait_callbacks(emu.addr, &id, 10, all_delivered);
    let attempts = callbacks[0]["attempts"].as_array().expect("attempts");
    assert_eq!(attempts.len(), 2);
    assert!(attempts[0]["error"].as_str().is_some_and(|e| e.contains("no answer within 300 ms")), "{attempts:?}");
    assert_eq!(attempts[1]["status"], json!(200));
}

#[test]
fn the_default_receiver_verifies_the_signature() {
    let emu = Emu::start();
    let id = deposited(emu.addr, &unique("d"), 15_000);
    checkout(emu.addr, &id, "confirm");
    let callbacks = wait_callbacks(emu.addr, &id, 5, all_delivered);
    assert!(
        callbacks
            .iter()
            .all(|c| c["attempts"][0]["url"].as_str().is_some_and(|u| u.ends_with("/_payspec/wiapay/receiver")))
    );
    // The receiver refuses a callback with a wrong signature, or none.
    let body = callbacks[0]["body"].as_str().expect("body");
    let ts = test_clock(emu.addr).to_string();
    let wrong = hmac_hex("whsec_other", &format!("{ts}POST/_payspec/wiapay/receiver{body}"));
    let reply = request(
        emu.addr,
        "POST",
        "/_payspec/wiapay/receiver",
        &[("X-Timestamp", &ts), ("X-Signature", &wrong)],
        body.as_bytes(),
    );
    assert_eq!(reply.status, 401);
    let right = hmac_hex(CALLBACK_SECRET, &format!("{ts}POST/_payspec/wiapay/receiver{body}"));
    let reply = request(
        emu.addr,
        "POST",
        "/_payspec/wiapay/receiver",
        &[("X-Timestamp", &ts), ("X-Signature", &right)],
        body.as_bytes(),
    );
    assert_eq!(reply.status, 200);
}

#[test]
fn an_https_callback_url_is_reported_not_sent() {
    let emu = Emu::with(
        payspec_emulator::Config {
            wiapay: payspec_emulator::config::WiapayConfig { callback_retry_delays_ms: vec![], ..Default::default() },
            ..config()
        },
        None,
    );
    let mut body = deposit_body(&unique("h"), 15_000);
    body["callbackUrl"] = json!("https://shop.test/hook");
    let reply = deposit(emu.addr, &body);
    let id = reply.json()["data"]["transactionId"].as_str().expect("id").to_owned();
    checkout(emu.addr, &id, "cancel");
    let callbacks = wait_callbacks(emu.addr, &id, 5, |c| c.first().is_some_and(|c| c["delivery"] == json!("gave_up")));
    assert!(callbacks[0]["attempts"][0]["error"].as_str().is_some_and(|e| e.contains("plain http")));
}

use payspec_emulator::wiapay::TRIGGER_IBANS;

#[test]
fn finished_callbacks_are_forgotten_after_the_retention() {
    let receiver = Receiver::start(vec![Script::Status(204)]);
    let emu = Emu::with(config_to(&receiver, vec![100], 2_000), None);
    let id = withdrawn(emu.addr, &unique("w"), "10.00", TRIGGER_IBANS[2]);
    assert_eq!(statuses(&wait_callbacks(emu.addr, &id, 10, all_delivered)), ["completed"]);
    // Still there within the retention, gone after it once another input arrives.
    advance(emu.addr, 86_000);
    let _ = signed(emu.addr, "GET", "/v1/available-banks", "");
    assert_eq!(callbacks_of(emu.addr, &id).len(), 1);
    advance(emu.addr, 1_000);
    let _ = signed(emu.addr, "GET", "/v1/available-banks", "");
    assert!(callbacks_of(emu.addr, &id).is_empty(), "a day-old delivered callback is kept");
    assert_eq!(state_of(emu.addr, &id), "completed", "the transaction itself is kept");
}
