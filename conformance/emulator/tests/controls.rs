//! The test controls under `/_payspec/`: the listing, the effective configuration, the test clock, reset, manual
//! card taps, provider states and the lifecycle read.

mod common;

use common::*;
use serde_json::{Value, json};

#[test]
fn the_listing_and_the_effective_configuration() {
    let emu = Emu::start();
    let addr = emu.addr;
    let listing = control_get(addr, "/_payspec/");
    assert_eq!(listing.status, 200, "{}", listing.show());
    let paths: Vec<String> = listing.json()["controls"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|c| format!("{} {}", c["method"].as_str().unwrap_or_default(), c["path"].as_str().unwrap_or_default()))
        .collect();
    for expected in
        ["GET /_payspec/config", "POST /_payspec/clock/advance", "POST /_payspec/reset", "POST /_payspec/state"]
    {
        assert!(paths.iter().any(|p| p == expected), "{expected} is listed: {paths:?}");
    }
    let config = control_get(addr, "/_payspec/config");
    assert_eq!(config.status, 200);
    let config = config.json();
    let integrations = &config["iyzico"]["integrations"];
    assert_eq!(integrations[0]["client_id"], json!("payspec-vuk509"));
    assert_eq!(integrations[0]["client_secret"], json!("payspec-vuk509-secret"));
    assert_eq!(integrations[1]["client_id"], json!("payspec-vuk507"));
    assert_eq!(config["iyzico"]["users"][0]["username"], json!(USER));
    assert_eq!(config["iyzico"]["users"][0]["devices"], json!([DEVICE, DEVICE2]));
    assert_eq!(config["iyzico"]["users"][1]["devices"], json!([OTHER_DEVICE]));
    assert_eq!(config["finrota"]["api_key"], json!("payspec-finrota-key"));
    assert_eq!(config["wiapay"]["api_key"], json!("pk_test_payspec"));
    let timers = config["effective_timers"].as_array().cloned().unwrap_or_default();
    let seconds = |id: &str| timers.iter().find(|t| t["timer"] == json!(id)).map(|t| t["seconds"].clone());
    assert_eq!(seconds("iyzico-terminal/access_token_lifetime"), Some(json!(7199)), "{timers:?}");
    assert_eq!(seconds("iyzico-terminal/auth_code_lifetime"), Some(json!(600)), "{timers:?}");
    let outcomes: Vec<&str> = config["outcomes"]["iyzico"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|t| t["amount"].as_str())
        .collect();
    assert_eq!(outcomes.len(), 8, "the outcome table: {outcomes:?}");
    assert_eq!(config["card_delay_ms"], json!(0));
    assert!(config["body_limit_bytes"].as_u64().is_some());
    // An unknown control answers 404 in the controls' JSON style.
    let unknown = control_get(addr, "/_payspec/nope");
    assert_eq!(unknown.status, 404);
    assert!(unknown.json()["error"].is_string());
}

#[test]
fn the_clock_reads_and_advances() {
    let emu = Emu::start();
    let addr = emu.addr;
    let before = control_get(addr, "/_payspec/clock").json();
    assert_eq!(before["offset_seconds"], json!(0));
    let after = control_post(addr, "/_payspec/clock/advance", &json!({"seconds": 86_400}));
    assert_eq!(after.status, 200);
    let after = after.json();
    assert_eq!(after["offset_seconds"], json!(86_400));
    let moved = after["unix_millis"].as_i64().unwrap_or(0) - before["unix_millis"].as_i64().unwrap_or(0);
    assert!((86_400_000..86_460_000).contains(&moved), "moved {moved} ms");
    assert!(after["now"].as_str().is_some_and(|n| n.ends_with("+03:00")), "{after}");
    for bad in [json!({"seconds": -1}), json!({"seconds": "60"}), json!({})] {
        let refused = control_post(addr, "/_payspec/clock/advance", &bad);
        assert_eq!(refused.status, 400, "{bad}: {}", refused.show());
    }
    // A sale cannot be voided the day after.
    let tokens = login(addr, VUK509);
    let sale = sold509(addr, &tokens.access, DEVICE, "10.00");
    advance(addr, 86_400);
    let tokens = login(addr, VUK509);
    assert_failure(&void509(addr, &tokens.access, &sale), 422, "380104");
}

#[test]
fn reset_forgets_tokens_and_payments() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let sale = sold509(addr, &tokens.access, DEVICE, "10.00");
    let reset = control_post(addr, "/_payspec/reset", &json!({}));
    assert_eq!(reset.status, 200, "{}", reset.show());
    assert_failure(&sale509(addr, &tokens.access, DEVICE, &unique("x"), "10.00"), 400, "100310");
    let fresh = login(addr, VUK509);
    let query = query509_by_id(addr, &fresh.access, &sale.text("paymentId"));
    assert_ne!(query.status, 200, "the payment was forgotten: {}", query.show());
}

/// Starts a sale on a thread and waits until it holds the device.
fn sale_in_background(emu: &Emu, token: &str, price: &str) -> std::thread::JoinHandle<Reply> {
    let (addr, token, price) = (emu.addr, token.to_owned(), price.to_owned());
    let handle = std::thread::spawn(move || sale509(addr, &token, DEVICE, &unique("manual"), &price));
    wait_busy(emu, DEVICE);
    handle
}

#[test]
fn manual_taps_choose_the_outcome() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let mode = |mode: &str| {
        control_post(addr, &format!("/_payspec/iyzico-terminal/devices/{DEVICE}/mode"), &json!({"mode": mode}))
    };
    let present = |outcome: &str| {
        control_post(addr, &format!("/_payspec/iyzico-terminal/devices/{DEVICE}/present"), &json!({"outcome": outcome}))
    };
    assert_eq!(mode("manual").status, 200);
    assert_eq!(present("approved").status, 409, "nothing waits yet");

    let waiting = sale_in_background(&emu, &tokens.access, "50.00");
    assert!(!waiting.is_finished(), "a manual device waits for its card");
    assert_eq!(present("no-such-outcome").status, 400);
    assert_eq!(present("bank-decline").status, 200);
    let declined = waiting.join().expect("the sale's thread");
    assert_eq!(declined.status, 400, "{}", declined.show());
    assert_eq!(declined.json()["errorGroup"], json!("BANK_ERROR"));
    assert_eq!(declined.code().as_deref(), Some("51"));

    let waiting = sale_in_background(&emu, &tokens.access, "11.01");
    assert_eq!(present("approved").status, 200);
    let approved = waiting.join().expect("the sale's thread");
    assert_ok(&approved);

    assert_eq!(mode("automatic").status, 200);
    assert_ok(&sale509(addr, &tokens.access, DEVICE, &unique("auto"), "10.00"));
    assert_eq!(mode("sometimes").status, 400);
}

#[test]
fn provider_states_set_up_a_settled_sale() {
    let emu = Emu::start();
    let addr = emu.addr;
    let state = control_post(
        addr,
        "/_payspec/state",
        &json!({"state": "iyzico-terminal/settled-sale", "params": {"amount": "100.00"}}),
    );
    assert_eq!(state.status, 200, "{}", state.show());
    let result = state.json()["result"].clone();
    assert_eq!(result["batchNo"], json!("1"), "{result}");
    let access = result["access_token"].as_str().expect("an access token").to_owned();
    let sale = Reply {
        status: 200,
        headers: Vec::new(),
        body: json!({"paymentId": result["paymentId"], "paymentDate": result["paymentDate"], "deviceUniqueId": result["deviceUniqueId"]})
            .to_string()
            .into_bytes(),
    };
    assert_failure(&void509(addr, &access, &sale), 422, "380104");
    assert_ok(&refund509(addr, &access, &sale, "25.00"));
    let payment_id = result["paymentId"].as_str().unwrap_or_default();
    let lifecycle =
        control_get(addr, &format!("/_payspec/iyzico-terminal/lifecycles/vuk509-payment?payment_id={payment_id}"));
    assert_eq!(lifecycle.status, 200);
    let instances = lifecycle.json()["instances"].as_array().cloned().unwrap_or_default();
    assert_eq!(instances.len(), 1, "{}", lifecycle.show());
    assert_eq!(instances[0]["state"], json!("partially_refunded"));
    assert_eq!(instances[0]["attributes"]["eod_since"]["value"], json!(true), "{}", lifecycle.show());

    let unknown = control_post(addr, "/_payspec/state", &json!({"state": "iyzico-terminal/nope"}));
    assert_eq!(unknown.status, 400);
    let logged_in = control_post(addr, "/_payspec/state", &json!({"state": "iyzico-terminal/logged-in"}));
    let token = logged_in.json()["result"]["access_token"].as_str().map(str::to_owned).expect("a token");
    assert_ok(&sale509(addr, &token, DEVICE, &unique("ps"), "10.00"));
}

#[test]
fn lifecycle_read_shows_states_and_filters() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let first = sold509(addr, &tokens.access, DEVICE, "10.00");
    let second = sold509(addr, &tokens.access, DEVICE, "20.00");
    assert_ok(&void509(addr, &tokens.access, &second));
    let read = |query: &str| -> Vec<Value> {
        let reply = control_get(addr, &format!("/_payspec/iyzico-terminal/lifecycles/vuk509-payment{query}"));
        assert_eq!(reply.status, 200, "{}", reply.show());
        reply.json()["instances"].as_array().cloned().unwrap_or_default()
    };
    assert_eq!(read("").len(), 2);
    let voided = read(&format!("?payment_id={}", second.text("paymentId")));
    assert_eq!(voided.len(), 1);
    assert_eq!(voided[0]["state"], json!("voided"));
    assert_eq!(read(&format!("?payment_id={}", first.text("paymentId")))[0]["state"], json!("sale"));
    let tokens_lifecycle = control_get(addr, "/_payspec/iyzico-terminal/lifecycles/access-token").json();
    assert!(tokens_lifecycle["instances"].as_array().is_some_and(|i| i.iter().any(|t| t["state"] == json!("valid"))));
    assert_eq!(control_get(addr, "/_payspec/iyzico-terminal/lifecycles/no-such").status, 404);
}

/// The external-event control: the bank releases a PRE_AUTH's hold, and the lifecycle says the reservation lapsed;
/// a terminated session revokes the token, which is then refused.
#[test]
fn external_events_move_the_lifecycles_the_spec_says() {
    use payspec::iyzico_terminal::OperationId;
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let body = sale509_body(DEVICE, &unique("hold"), "50.00", "PRE_AUTH");
    let pre_auth = call(addr, OperationId::Vuk509Payment, Some(&tokens.access), &body);
    assert_ok(&pre_auth);
    let payment_id = pre_auth.text("paymentId");

    let event = serde_json::json!({"lifecycle": "vuk509-payment", "event": "bank_releases_hold", "match": {"payment_id": payment_id}});
    let released = control_post(addr, "/_payspec/iyzico-terminal/events", &event);
    assert_eq!(released.status, 200, "{}", released.show());
    assert_eq!(released.json()["moved"], serde_json::json!(["vuk509-payment pre_auth -> pre_auth_lapsed"]));
    let instances =
        control_get(addr, &format!("/_payspec/iyzico-terminal/lifecycles/vuk509-payment?payment_id={payment_id}"));
    assert_eq!(instances.json()["instances"][0]["state"], "pre_auth_lapsed", "{}", instances.show());
    // The same event again finds no held reservation: nothing moves.
    let again = control_post(addr, "/_payspec/iyzico-terminal/events", &event);
    assert_eq!(again.json()["moved"], serde_json::json!([]));

    let end = serde_json::json!({"lifecycle": "access-token", "event": "session_terminated", "match": {"access_token": tokens.access}});
    let ended = control_post(addr, "/_payspec/iyzico-terminal/events", &end);
    assert_eq!(ended.json()["moved"], serde_json::json!(["access-token valid -> revoked"]), "{}", ended.show());
    let refused = query509_by_id(addr, &tokens.access, &payment_id);
    assert!(refused.status >= 400, "a revoked token is refused: {}", refused.show());

    let unknown =
        control_post(addr, "/_payspec/iyzico-terminal/events", &serde_json::json!({"lifecycle": "nope", "event": "x"}));
    assert_eq!(unknown.status, 404);
}
