//! WiaPay's signature matrix over loopback HTTP: each way a request's key, timestamp or signature can be missing,
//! malformed or wrong answers its own code (401), the 5-minute window is the test clock's, the signature covers the
//! query string and the exact body, and a client outside the whitelist is refused (403).

mod common;
mod wiapay_common;

use common::*;
use payspec::wiapay::{OperationId, REQUEST_SIGNING, SIGNING_RECIPES};
use wiapay_common::*;

const BANKS: OperationId = OperationId::GetAvailableBanks;

fn with_headers(emu: &Emu, headers: &[(&str, &str)]) -> Reply {
    request(emu.addr, "GET", "/v1/available-banks", headers, b"")
}

#[test]
fn the_test_helper_signs_as_the_spec_vectors_say() {
    for recipe in SIGNING_RECIPES {
        assert_eq!(recipe.parts, REQUEST_SIGNING.parts);
    }
    // The first vector of spec/wiapay/api.json, computed by the spec's authors with Python.
    assert_eq!(
        hmac_hex("wiapay-test-api-secret", "1705320000GET/v1/available-banks"),
        "03c9a21bbbc4520c4700d5ad7a9666c79592e44dcddfd6e2cd4b2ed6ee7f3106"
    );
}

#[test]
fn a_signed_request_is_answered() {
    let emu = Emu::start();
    let reply = signed(emu.addr, "GET", "/v1/available-banks", "");
    assert_eq!(reply.status, 200, "{}", reply.show());
    check_wia(BANKS, &reply);
}

#[test]
fn every_missing_or_malformed_header_has_its_own_code() {
    let emu = Emu::start();
    let ts = test_clock(emu.addr).to_string();
    let good = hmac_hex(SECRET, &format!("{ts}GET/v1/available-banks"));
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (vec![("X-Timestamp", &ts), ("X-Signature", &good)], "MISSING_API_KEY"),
        (vec![("X-API-Key", ""), ("X-Timestamp", &ts), ("X-Signature", &good)], "MISSING_API_KEY"),
        (vec![("X-API-Key", "pk_live_other"), ("X-Timestamp", &ts), ("X-Signature", &good)], "INVALID_API_KEY"),
        (vec![("X-API-Key", KEY), ("X-Timestamp", &ts)], "MISSING_SIGNATURE"),
        (vec![("X-API-Key", KEY), ("X-Signature", &good)], "MISSING_TIMESTAMP"),
        (vec![("X-API-Key", KEY), ("X-Timestamp", "yesterday"), ("X-Signature", &good)], "INVALID_TIMESTAMP"),
        (vec![("X-API-Key", KEY), ("X-Timestamp", "-5"), ("X-Signature", &good)], "INVALID_TIMESTAMP"),
        (vec![("X-API-Key", KEY), ("X-Timestamp", "1.5e9"), ("X-Signature", &good)], "INVALID_TIMESTAMP"),
        (vec![("X-API-Key", KEY), ("X-Timestamp", &ts), ("X-Signature", "not-hex")], "INVALID_SIGNATURE"),
        (vec![("X-API-Key", KEY), ("X-Timestamp", &ts), ("X-Signature", &good[..60])], "INVALID_SIGNATURE"),
    ];
    for (headers, expected) in cases {
        let reply = with_headers(&emu, &headers);
        assert_error(BANKS, &reply, 401, expected);
    }
    // Upper-case hex is the same signature.
    let reply = with_headers(&emu, &[("X-API-Key", KEY), ("X-Timestamp", &ts), ("X-Signature", &good.to_uppercase())]);
    assert_eq!(reply.status, 200, "{}", reply.show());
}

#[test]
fn a_signature_over_anything_else_is_refused() {
    let emu = Emu::start();
    let ts = test_clock(emu.addr);
    let body = deposit_body(&unique("sig"), 15_000).to_string();
    let wrong: Vec<(String, &str)> = vec![
        (hmac_hex("sk_other", &format!("{ts}POST/v1/deposit{body}")), "another secret"),
        (hmac_hex(SECRET, &format!("{ts}POST/v1/deposit")), "no body"),
        (hmac_hex(SECRET, &format!("{ts}post/v1/deposit{body}")), "the method in lower case"),
        (hmac_hex(SECRET, &format!("{}POST/v1/deposit{body}", ts + 1)), "another timestamp"),
        (hmac_hex(SECRET, &format!("{ts}POST/v1/deposit{body} ")), "a byte more"),
        (hmac_hex(SECRET, &format!("POST/v1/deposit{body}{ts}")), "the parts in another order"),
    ];
    for (signature, what) in wrong {
        let stamp = ts.to_string();
        let headers = [
            ("Content-Type", "application/json"),
            ("X-API-Key", KEY),
            ("X-Timestamp", stamp.as_str()),
            ("X-Signature", signature.as_str()),
        ];
        let reply = request(emu.addr, "POST", "/v1/deposit", &headers, body.as_bytes());
        assert_error(OperationId::CreateDeposit, &reply, 401, "INVALID_SIGNATURE");
        let _ = what;
    }
    // The query string is signed: a signature over the bare path does not cover `?currency=TRY`.
    let signature = hmac_hex(SECRET, &format!("{ts}GET/v1/available-banks"));
    let stamp = ts.to_string();
    let reply = request(
        emu.addr,
        "GET",
        "/v1/available-banks?currency=TRY",
        &[("X-API-Key", KEY), ("X-Timestamp", &stamp), ("X-Signature", &signature)],
        b"",
    );
    assert_error(BANKS, &reply, 401, "INVALID_SIGNATURE");
    let reply = signed(emu.addr, "GET", "/v1/available-banks?currency=TRY", "");
    assert_eq!(reply.status, 200, "{}", reply.show());
    // Nothing was created by the refused deposits.
    assert!(
        control_get(emu.addr, "/_payspec/wiapay/transactions").json()["transactions"]
            .as_array()
            .is_some_and(Vec::is_empty)
    );
}

#[test]
fn the_window_is_five_minutes_of_the_test_clock() {
    let emu = Emu::start();
    let now = test_clock(emu.addr);
    for (offset, ok) in [(-300, true), (300, true), (-301, false), (301, false), (-86_400, false)] {
        let reply = signed_at(emu.addr, "GET", "/v1/available-banks", "", now + offset);
        if ok {
            assert_eq!(reply.status, 200, "{offset}: {}", reply.show());
        } else {
            assert_error(BANKS, &reply, 401, "TIMESTAMP_EXPIRED");
        }
    }
    // A wall-clock timestamp is too old once the test clock has moved 10 minutes on; the test clock's is fine.
    advance(emu.addr, 600);
    let reply = signed_at(emu.addr, "GET", "/v1/available-banks", "", wall());
    assert_error(BANKS, &reply, 401, "TIMESTAMP_EXPIRED");
    let reply = signed(emu.addr, "GET", "/v1/available-banks", "");
    assert_eq!(reply.status, 200, "{}", reply.show());
}

#[test]
fn authentication_comes_before_decoding() {
    let emu = Emu::start();
    // A malformed body with a bad signature is an authentication failure, not a validation error.
    let reply = request(emu.addr, "POST", "/v1/deposit", &[("X-API-Key", KEY)], b"{not json");
    assert_error(OperationId::CreateDeposit, &reply, 401, "MISSING_SIGNATURE");
}

#[test]
fn a_client_outside_the_whitelist_is_refused() {
    let mut config = config();
    config.wiapay.whitelist = vec!["10.0.0.1".to_owned()];
    let emu = Emu::with(config, None);
    let reply = signed(emu.addr, "GET", "/v1/available-banks", "");
    assert_error(BANKS, &reply, 403, "IP_NOT_WHITELISTED");
    let reply = signed(emu.addr, "POST", "/v1/withdraw", &withdraw_body(&unique("w"), "10.00", IBAN).to_string());
    assert_error(OperationId::CreateWithdrawal, &reply, 403, "IP_NOT_WHITELISTED");
    // The whitelist is checked after the signature: an unsigned request is still a 401.
    let reply = request(emu.addr, "GET", "/v1/available-banks", &[], b"");
    assert_error(BANKS, &reply, 401, "MISSING_API_KEY");
}
