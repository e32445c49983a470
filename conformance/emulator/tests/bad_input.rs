//! The bad-input matrix: each malformed request gets the API's own envelope with its code and documented status,
//! never a 500, and the emulator keeps working afterwards.

mod common;

use common::*;
use payspec::iyzico_terminal::OperationId;
use payspec_emulator::Config;
use serde_json::{Value, json};

fn good_sale() -> Value {
    sale509_body(DEVICE, "bad-input-base", "10.00", "SALE")
}

fn with(field: &str, value: Value) -> Value {
    let mut body = good_sale();
    body[field] = value;
    body
}

fn without(field: &str) -> Value {
    let mut body = good_sale();
    if let Some(map) = body.as_object_mut() {
        map.remove(field);
    }
    body
}

/// The emulator still serves a normal sale.
fn still_works(addr: std::net::SocketAddr, token: &str) {
    assert_ok(&sale509(addr, token, DEVICE, &unique("after"), "10.00"));
}

fn assert_validation(reply: &Reply, status: u16, what: &str) {
    assert_ne!(reply.status, 500, "{what}: {}", reply.show());
    assert_eq!(reply.status, status, "{what}: {}", reply.show());
    assert_eq!(reply.code().as_deref(), Some("380104"), "{what}: {}", reply.show());
    assert_eq!(reply.json()["errorGroup"], json!("VALIDATION_ERROR"), "{what}: {}", reply.show());
    assert_eq!(reply.json()["status"], json!("FAILURE"), "{what}: {}", reply.show());
}

#[test]
fn bodies_that_are_not_the_message_are_refused_in_the_envelope() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let bearer = format!("Bearer {}", tokens.access);
    let raw = |content_type: &str, body: &[u8]| {
        let reply = request(
            addr,
            "POST",
            "/v2/terminal-host/payment",
            &[("Content-Type", content_type), ("Authorization", &bearer)],
            body,
        );
        check(OperationId::Vuk509Payment, &reply);
        reply
    };
    assert_validation(&raw("application/json", b"{\"conversationId\": "), 400, "malformed JSON");
    assert_validation(&raw("application/json", b""), 400, "an empty body");
    assert_validation(&raw("application/json", b"[1, 2, 3]"), 400, "an array");
    assert_validation(&raw("application/json", &[0xff, 0xfe, 0x00, 0x80, 0x01]), 400, "garbage bytes");
    assert_validation(&raw("text/plain", good_sale().to_string().as_bytes()), 400, "a wrong content type");
    assert_validation(&raw("application/x-www-form-urlencoded", b"price=10"), 400, "a form to a JSON operation");

    let sale = |body: &Value| call(addr, OperationId::Vuk509Payment, Some(&tokens.access), body);
    let cases = [
        ("price as a string of letters", with("price", json!("abc"))),
        ("price as a string (VUK 509 sends a number)", with("price", json!("10.00"))),
        ("installment as a string", with("installment", json!("1"))),
        ("deviceUniqueId as a number", with("deviceUniqueId", json!(42))),
        ("missing deviceUniqueId", without("deviceUniqueId")),
        ("missing price", without("price")),
        ("missing transactionReferenceId", without("transactionReferenceId")),
        ("an unknown salesType", with("salesType", json!("REFUND"))),
        ("an unknown locale", with("locale", json!("de"))),
        ("installment over 12", with("installment", json!(13))),
        ("installment below 0", with("installment", json!(-1))),
        ("a zero price", with("price", json!(0))),
        ("a negative price", with("price", json!(-5))),
        ("an empty transactionReferenceId", with("transactionReferenceId", json!(""))),
        ("null for a required field", with("currency", Value::Null)),
    ];
    for (what, body) in &cases {
        assert_validation(&sale(body), 400, what);
    }
    still_works(addr, &tokens.access);
}

#[test]
fn the_void_answers_its_documented_422_for_bad_input() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let reply = request(
        addr,
        "POST",
        "/v2/terminal-host/payment/void",
        &[("Content-Type", "application/json"), ("Authorization", &format!("Bearer {}", tokens.access))],
        b"{not json",
    );
    check(OperationId::Vuk509Void, &reply);
    assert_validation(&reply, 422, "malformed JSON to the void");
    let missing =
        call(addr, OperationId::Vuk509Void, Some(&tokens.access), &json!({"conversationId": "c", "locale": "tr"}));
    assert_validation(&missing, 422, "a void without its fields");
    still_works(addr, &tokens.access);
}

#[test]
fn bad_oauth_forms_are_answered_in_the_oauth_envelopes() {
    let emu = Emu::start();
    let addr = emu.addr;
    let form_type = ("Content-Type", "application/x-www-form-urlencoded");
    let authorize = request(addr, "POST", "/in-store/oauth2/authorize", &[form_type], b"scope=iyzipayApiGateway");
    check(OperationId::OauthAuthorize, &authorize);
    assert_eq!(authorize.status, 401, "the authorize call documents only 401 failures: {}", authorize.show());
    let garbage = request(addr, "POST", "/in-store/oauth2/authorize", &[form_type], &[0xff, 0x00, b'=', 0xfe]);
    check(OperationId::OauthAuthorize, &garbage);
    assert_eq!(garbage.status, 401, "{}", garbage.show());
    let wrong_type = authorize_with_response_type(addr, "token");
    assert_eq!(wrong_type.status, 401, "{}", wrong_type.show());
    let basic = basic(VUK509, "payspec-vuk509-secret");
    let token = request(
        addr,
        "POST",
        "/in-store/oauth2/token",
        &[form_type, ("Authorization", &basic)],
        b"grant_type=password&username=x",
    );
    check(OperationId::OauthToken, &token);
    assert!(matches!(token.status, 400 | 401), "{}", token.show());
    let missing_code = request(
        addr,
        "POST",
        "/in-store/oauth2/token",
        &[form_type, ("Authorization", &basic)],
        b"grant_type=authorization_code",
    );
    check(OperationId::OauthToken, &missing_code);
    assert!(matches!(missing_code.status, 400 | 401), "{}", missing_code.show());
    let tokens = login(addr, VUK509);
    still_works(addr, &tokens.access);
}

fn authorize_with_response_type(addr: std::net::SocketAddr, response_type: &str) -> Reply {
    authorize_form(addr, VUK509, "payspec-vuk509-secret", response_type, USER, PASSWORD)
}

#[test]
fn a_body_over_the_limit_is_refused() {
    let emu = Emu::with(Config { body_limit_bytes: 1024, ..config() }, None);
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let padded = with("conversationId", json!("x".repeat(2048)));
    let reply = call(addr, OperationId::Vuk509Payment, Some(&tokens.access), &padded);
    assert_validation(&reply, 400, "a body over 1024 bytes");
    let reply = call(addr, OperationId::Vuk509Void, Some(&tokens.access), &padded);
    assert_validation(&reply, 422, "a void body over 1024 bytes");
    still_works(addr, &tokens.access);
}

#[test]
fn unknown_paths_wrong_methods_and_garbage_requests() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);

    let unknown = post_json(addr, "/v2/terminal-host/no-such-operation", Some(&tokens.access), &good_sale());
    check(OperationId::Vuk509Payment, &unknown);
    assert_eq!(unknown.status, 404, "{}", unknown.show());
    assert_eq!(unknown.json()["status"], json!("FAILURE"), "the iyzico envelope: {}", unknown.show());
    assert!(unknown.code().is_some(), "{}", unknown.show());

    let wrong_method = request(addr, "GET", "/v2/terminal-host/payment", &[], b"");
    check(OperationId::Vuk509Payment, &wrong_method);
    assert_eq!(wrong_method.status, 405, "{}", wrong_method.show());
    assert_eq!(wrong_method.header("allow"), Some("POST"), "{wrong_method:?}");
    let wrong_method = request(addr, "DELETE", "/in-store/oauth2/token", &[], b"");
    assert_eq!(wrong_method.status, 405, "{}", wrong_method.show());
    assert_eq!(wrong_method.header("allow"), Some("POST"));

    let outside = request(addr, "GET", "/nothing-here", &[], b"");
    assert_eq!(outside.status, 404);

    // Bytes that are not HTTP: the server refuses them as HTTP does (a 4xx, or the connection closed), never a 500.
    for garbage in [
        &b"\x00\x01\x02garbage\r\n\r\n"[..],
        b"NOT HTTP AT ALL\r\n\r\n",
        b"POST /v2/terminal-host/payment HTTP/1.1\r\nContent-Length: nope\r\n\r\n",
    ] {
        if let Ok(reply) = send_raw(addr, garbage) {
            assert!((400..500).contains(&reply.status), "{:?}: {}", String::from_utf8_lossy(garbage), reply.show());
        }
    }
    still_works(addr, &tokens.access);
}

/// The spec's messages do not forbid other fields (their JSON Schemas have no `additionalProperties: false`), so a
/// field the message does not name is ignored, as the generated readers ignore it.
#[test]
fn an_unknown_field_is_ignored() {
    let emu = Emu::start();
    let addr = emu.addr;
    let tokens = login(addr, VUK509);
    let mut body = sale509_body(DEVICE, &unique("extra"), "10.00", "SALE");
    body["somethingElse"] = json!("ignored");
    assert_ok(&call(addr, OperationId::Vuk509Payment, Some(&tokens.access), &body));
    still_works(addr, &tokens.access);
}
