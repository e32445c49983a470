//! WiaPay's bad-input matrix and concurrency over loopback HTTP: every malformed request gets WiaPay's envelope and
//! its documented code and status (never a 500, never a panic); a processId reused by parallel requests is created
//! once; parallel withdrawals never overdraw the balance.

mod common;
mod wiapay_common;

use common::*;
use payspec::wiapay::OperationId;
use serde_json::json;
use wiapay_common::*;

const DEPOSIT: OperationId = OperationId::CreateDeposit;

#[test]
fn malformed_bodies_are_validation_errors() {
    let emu = Emu::start();
    let good = deposit_body("bad-1", 15_000);
    let mut wrong_type = good.clone();
    wrong_type["amount"] = json!("15000");
    let mut missing = good.clone();
    missing.as_object_mut().expect("object").remove("customer");
    let mut fraction = good.clone();
    fraction["amount"] = json!(150.75);
    let mut http_callback = good.clone();
    http_callback["callbackUrl"] = json!("http://shop.test/hook");
    let mut unknown_currency = good.clone();
    unknown_currency["currency"] = json!("USD");
    for body in [
        "{not json".to_owned(),
        "[]".to_owned(),
        String::new(),
        wrong_type.to_string(),
        missing.to_string(),
        fraction.to_string(),
        http_callback.to_string(),
        unknown_currency.to_string(),
        json!({"processId": 12}).to_string(),
    ] {
        let reply = signed(emu.addr, "POST", "/v1/deposit", &body);
        assert_error(DEPOSIT, &reply, 400, "VALIDATION_ERROR");
    }
    // A wrong content type, signed correctly.
    let ts = test_clock(emu.addr);
    let body = good.to_string();
    let signature = hmac_hex(SECRET, &format!("{ts}POST/v1/deposit{body}"));
    let stamp = ts.to_string();
    let headers =
        [("Content-Type", "text/plain"), ("X-API-Key", KEY), ("X-Timestamp", &stamp), ("X-Signature", &signature)];
    let reply = request(emu.addr, "POST", "/v1/deposit", &headers, body.as_bytes());
    assert_error(DEPOSIT, &reply, 400, "VALIDATION_ERROR");
    // Bytes that are not UTF-8 never verify.
    let reply = request(emu.addr, "POST", "/v1/deposit", &headers, &[0xff, 0xfe, b'{']);
    assert_error(DEPOSIT, &reply, 401, "INVALID_SIGNATURE");
    assert!(
        control_get(emu.addr, "/_payspec/wiapay/transactions").json()["transactions"]
            .as_array()
            .is_some_and(Vec::is_empty)
    );
}

#[test]
fn an_oversized_body_is_refused_in_the_envelope() {
    let emu = Emu::start();
    let big = "x".repeat(emu.emulator.config().body_limit_bytes + 1);
    let reply = signed(emu.addr, "POST", "/v1/deposit", &big);
    assert_error(DEPOSIT, &reply, 400, "VALIDATION_ERROR");
}

#[test]
fn unknown_paths_and_wrong_methods() {
    let emu = Emu::start();
    let reply = signed(emu.addr, "GET", "/v1/transactions", "");
    assert_eq!(reply.status, 404, "{}", reply.show());
    assert_eq!(code(&reply), "VALIDATION_ERROR");
    check_wia(DEPOSIT, &reply);
    for (method, path, allow) in
        [("GET", "/v1/deposit", "POST"), ("DELETE", "/v1/withdraw", "POST"), ("POST", "/v1/available-banks", "GET")]
    {
        let reply = request(emu.addr, method, path, &[], b"");
        assert_eq!(reply.status, 405, "{method} {path}: {}", reply.show());
        assert_eq!(reply.header("allow"), Some(allow));
        assert_eq!(reply.json()["success"], json!(false));
    }
    let reply = request(emu.addr, "PUT", "/checkout/TXN-x", &[], b"");
    assert_eq!((reply.status, reply.header("allow")), (405, Some("GET, POST")));
    let reply = request(
        emu.addr,
        "POST",
        "/checkout/TXN-x",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        b"action=steal",
    );
    assert_eq!(reply.status, 400);
}

#[test]
fn a_reused_process_id_in_parallel_is_created_once() {
    let emu = Emu::start();
    let addr = emu.addr;
    let process = unique("race");
    let threads: Vec<_> = (0..16)
        .map(|n| {
            let process = process.clone();
            std::thread::spawn(move || {
                if n % 2 == 0 {
                    deposit(addr, &deposit_body(&process, 15_000)).status
                } else {
                    withdraw(addr, &withdraw_body(&process, "10.00", IBAN)).status
                }
            })
        })
        .collect();
    let statuses: Vec<u16> = threads.into_iter().map(|t| t.join().expect("a thread")).collect();
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 15, "{statuses:?}");
}

#[test]
fn parallel_withdrawals_never_overdraw() {
    let mut config = config();
    config.wiapay.balance = "100.00".to_owned();
    let emu = Emu::with(config, None);
    let addr = emu.addr;
    let threads: Vec<_> = (0..24)
        .map(|_| std::thread::spawn(move || withdraw(addr, &withdraw_body(&unique("p"), "10.00", TRIGGER)).status))
        .collect();
    let statuses: Vec<u16> = threads.into_iter().map(|t| t.join().expect("a thread")).collect();
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 10, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 403).count(), 14, "{statuses:?}");
}

/// Withdrawals that stay pending hold their amount.
const TRIGGER: &str = payspec_emulator::wiapay::TRIGGER_IBANS[4];
