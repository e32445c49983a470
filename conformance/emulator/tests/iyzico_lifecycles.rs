//! Every transition and every refusal of the iyzico Terminal API's lifecycle tables, reached over loopback HTTP: each
//! scenario below drives a session, an integration, a payment, a partial payment, a batch or a device into a state
//! and makes the call or the event the row is about; the coverage control of each emulator then reports what was
//! reached, and the test fails on any row no scenario reached, except exactly the rows `iyzico_unreachable.json`
//! waives as unreachable by construction (and it fails if a waived row is reached after all).

mod common;

use std::collections::BTreeSet;
use std::net::SocketAddr;

use serde_json::{Value, json};

use common::*;
use payspec::iyzico_terminal::OperationId;
use payspec_emulator::config::{FiscalMode, Integration};

/// Every terminal-host operation (each takes a Bearer token).
const TERMINAL_HOST: [OperationId; 14] = [
    OperationId::Vuk509Payment,
    OperationId::Vuk509QueryTransactionStatus,
    OperationId::Vuk509Void,
    OperationId::Vuk509Refund,
    OperationId::Vuk509EndOfDay,
    OperationId::Vuk507Payment,
    OperationId::Vuk507QueryTransactionStatus,
    OperationId::Vuk507Void,
    OperationId::Vuk507Refund,
    OperationId::Vuk507RefundableSaleInfo,
    OperationId::Vuk507PartialPaymentStart,
    OperationId::Vuk507PartialPaymentAddPayment,
    OperationId::Vuk507PartialPaymentComplete,
    OperationId::Vuk507EndOfDay,
];

/// The HTTP status an operation's failures are answered with (the VUK 509 void documents 422).
fn failure_status(operation: OperationId) -> u16 {
    if operation == OperationId::Vuk509Void { 422 } else { 400 }
}

/// A payment as the calls naming it need it.
#[derive(Debug, Clone)]
struct Pay {
    id: String,
    /// `yyyymmdd`.
    date: String,
    device: String,
}

fn pay_of(reply: &Reply) -> Pay {
    assert_ok(reply);
    let body = reply.json();
    let date = match &body["paymentDate"] {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        other => panic!("no paymentDate ({other}): {}", reply.show()),
    };
    Pay { id: reply.text("paymentId"), date, device: reply.text("deviceUniqueId") }
}

/// A payment id nothing has.
fn nobody() -> Pay {
    Pay { id: "999999999".to_owned(), date: "20250101".to_owned(), device: DEVICE.to_owned() }
}

// ---------------------------------------------------------------------------------------------------------------
// VUK 509 calls.

fn pay509(addr: SocketAddr, token: &str, device: &str, price: &str, sales_type: &str, id: Option<&str>) -> Reply {
    let mut body = sale509_body(device, &unique("p509"), price, sales_type);
    if let Some(id) = id {
        body["paymentId"] = json!(id);
    }
    call(addr, OperationId::Vuk509Payment, Some(token), &body)
}

/// A SALE or PRE_AUTH that must be approved.
fn paid509(addr: SocketAddr, token: &str, device: &str, price: &str, sales_type: &str) -> Pay {
    pay_of(&pay509(addr, token, device, price, sales_type, None))
}

fn post_auth(addr: SocketAddr, token: &str, payment: &Pay, price: &str) -> Reply {
    pay509(addr, token, &payment.device, price, "POST_AUTH", Some(&payment.id))
}

fn void509p(addr: SocketAddr, token: &str, payment: &Pay) -> Reply {
    call(
        addr,
        OperationId::Vuk509Void,
        Some(token),
        &json!({"conversationId": "conv-void", "locale": "tr", "paymentId": payment.id, "paymentDate": payment.date,
            "deviceUniqueId": payment.device, "transactionReferenceId": unique("void509")}),
    )
}

fn refund509p(addr: SocketAddr, token: &str, payment: &Pay, price: &str) -> Reply {
    call(
        addr,
        OperationId::Vuk509Refund,
        Some(token),
        &json!({"conversationId": "conv-refund", "locale": "tr", "paymentId": payment.id,
            "deviceUniqueId": payment.device, "price": num(price), "transactionReferenceId": unique("refund509"),
            "paymentDate": payment.date}),
    )
}

fn query509_ref(addr: SocketAddr, token: &str, device: &str, reference: &str) -> Reply {
    query509_by_ref(addr, token, device, reference)
}

/// A VUK 509 payment call answered with a failure: its transactionReferenceId.
fn failed509(addr: SocketAddr, token: &str, device: &str, price: &str, sales_type: &str, id: Option<&str>) -> String {
    let mut body = sale509_body(device, &unique("f509"), price, sales_type);
    if let Some(id) = id {
        body["paymentId"] = json!(id);
    }
    let reply = call(addr, OperationId::Vuk509Payment, Some(token), &body);
    assert_ne!(reply.status, 200, "a trigger amount fails: {}", reply.show());
    body["transactionReferenceId"].as_str().expect("a reference").to_owned()
}

// ---------------------------------------------------------------------------------------------------------------
// VUK 507 calls.

fn sale507_priced(device: &str, reference: &str, price: &str) -> Value {
    let mut body = sale507_body(device, reference);
    body["price"] = json!(price);
    body["paidPrice"] = json!(price);
    body["saleItems"] = json!([{"name": "Tea", "generic": false, "unitCode": "C62", "taxGroupCode": "1",
        "itemQuantity": 1, "unitPriceAmount": price, "grossPriceAmount": price, "totalPriceAmount": price}]);
    body
}

fn sale507(addr: SocketAddr, token: &str, device: &str, price: &str) -> (Reply, String) {
    let reference = unique("s507");
    let reply = call(addr, OperationId::Vuk507Payment, Some(token), &sale507_priced(device, &reference, price));
    (reply, reference)
}

fn sold507(addr: SocketAddr, token: &str, device: &str, price: &str) -> Pay {
    pay_of(&sale507(addr, token, device, price).0)
}

fn date_number(payment: &Pay) -> Value {
    json!(payment.date.parse::<i64>().expect("a yyyymmdd date"))
}

fn void507p(addr: SocketAddr, token: &str, payment: &Pay) -> Reply {
    call(
        addr,
        OperationId::Vuk507Void,
        Some(token),
        &json!({"locale": "tr", "conversationId": "v507", "deviceUniqueId": payment.device, "paymentId": payment.id,
            "paymentDate": date_number(payment), "transactionReferenceId": unique("v507")}),
    )
}

fn refund507_body(payment: &Pay, amount: &str, reference: &str) -> Value {
    json!({"locale": "tr", "conversationId": "r507", "deviceUniqueId": payment.device, "paymentId": payment.id,
        "paymentDate": date_number(payment), "transactionReferenceId": reference, "saleAppName": "ShopPOS",
        "saleAppVersion": "1.4.2", "saleItems": [{"relatedSaleItemId": "1", "name": "Tea", "generic": false,
            "unitCode": "C62", "taxGroupCode": "1", "itemQuantity": 1, "unitPriceAmount": amount,
            "grossPriceAmount": amount, "totalPriceAmount": amount, "returnAmount": amount}]})
}

fn refund507p(addr: SocketAddr, token: &str, payment: &Pay, amount: &str) -> Reply {
    call(addr, OperationId::Vuk507Refund, Some(token), &refund507_body(payment, amount, &unique("r507")))
}

fn query507_id(addr: SocketAddr, token: &str, payment_id: &str) -> Reply {
    call(
        addr,
        OperationId::Vuk507QueryTransactionStatus,
        Some(token),
        &json!({"locale": "tr", "conversationId": "q507", "paymentId": payment_id}),
    )
}

fn query507_ref(addr: SocketAddr, token: &str, device: &str, reference: &str) -> Reply {
    call(
        addr,
        OperationId::Vuk507QueryTransactionStatus,
        Some(token),
        &json!({"locale": "tr", "conversationId": "q507", "deviceUniqueId": device, "transactionReferenceId": reference}),
    )
}

fn refundable(addr: SocketAddr, token: &str, device: &str, reference: &str) -> Reply {
    call(
        addr,
        OperationId::Vuk507RefundableSaleInfo,
        Some(token),
        &json!({"locale": "tr", "conversationId": "i507", "deviceUniqueId": device, "transactionReferenceId": reference}),
    )
}

/// Starts a partial payment of 100.00: its sale number.
fn start(addr: SocketAddr, token: &str, device: &str) -> String {
    let reply = call(addr, OperationId::Vuk507PartialPaymentStart, Some(token), &sale507_body(device, &unique("pp")));
    assert_ok(&reply);
    reply.text("saleNumber")
}

fn add(addr: SocketAddr, token: &str, device: &str, sale_number: &str, price: &str) -> Reply {
    call(
        addr,
        OperationId::Vuk507PartialPaymentAddPayment,
        Some(token),
        &json!({"deviceUniqueId": device, "transactionReferenceId": unique("pp-add"), "saleNumber": sale_number,
            "price": price, "installment": 1, "currency": "TRY"}),
    )
}

fn complete_body(device: &str, sale_number: &str) -> Value {
    json!({"deviceUniqueId": device, "transactionReferenceId": unique("pp-done"), "saleNumber": sale_number})
}

fn complete(addr: SocketAddr, token: &str, device: &str, sale_number: &str) -> Reply {
    call(addr, OperationId::Vuk507PartialPaymentComplete, Some(token), &complete_body(device, sale_number))
}

/// A partial payment of 100.00 fully paid down, not completed: its sale number.
fn fully_paid(addr: SocketAddr, token: &str, device: &str) -> String {
    let sale_number = start(addr, token, device);
    assert_ok(&add(addr, token, device, &sale_number, "100.00"));
    sale_number
}

// ---------------------------------------------------------------------------------------------------------------
// Controls.

fn manual(addr: SocketAddr, device: &str, on: bool) {
    let mode = if on { "manual" } else { "automatic" };
    let reply = control_post(addr, &format!("/_payspec/iyzico-terminal/devices/{device}/mode"), &json!({"mode": mode}));
    assert_eq!(reply.status, 200, "{}", reply.show());
}

fn present(addr: SocketAddr, device: &str, outcome: &str) {
    let reply = control_post(
        addr,
        &format!("/_payspec/iyzico-terminal/devices/{device}/present"),
        &json!({"outcome": outcome}),
    );
    assert_eq!(reply.status, 200, "{}", reply.show());
}

/// Makes a call on a device in manual mode and waits until it holds the device: the call's answer comes when
/// [`present`] taps the card.
fn held(emu: &Emu, token: &str, device: &str, operation: OperationId, body: Value) -> std::thread::JoinHandle<Reply> {
    manual(emu.addr, device, true);
    let (addr, token) = (emu.addr, token.to_owned());
    let call = std::thread::spawn(move || call(addr, operation, Some(&token), &body));
    wait_busy(emu, device);
    call
}

fn finish(emu: &Emu, device: &str, outcome: &str, call: std::thread::JoinHandle<Reply>) -> Reply {
    present(emu.addr, device, outcome);
    let reply = call.join().expect("the held call answers");
    manual(emu.addr, device, false);
    reply
}

fn coverage(addr: SocketAddr) -> Value {
    control_get(addr, "/_payspec/iyzico-terminal/coverage").json()
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios.

/// Integrations left unbound, one for each operation that can bind one.
fn unbound(n: usize) -> String {
    format!("payspec-unbound-{n}")
}

/// Authorization codes, access tokens, integration modes and transaction references.
fn sessions() -> Value {
    let mut config = config();
    for n in 0..TERMINAL_HOST.len() {
        config.iyzico.integrations.push(Integration {
            client_id: unbound(n),
            client_secret: format!("{}-secret", unbound(n)),
            mode: FiscalMode::Unbound,
        });
    }
    let emu = Emu::with(config, None);
    let addr = emu.addr;

    // auth-code: issued, used, used again, expired, never issued.
    let secret = "payspec-vuk509-secret";
    // A used code is evicted at the next second of the test clock (memory stays bounded): until then a second
    // exchange is refused as a used code's, after it as a code never issued's, with the same answer. The exchanges
    // are tried again should a second boundary fall between them.
    let used_code_refused = |report: Value| {
        !missing_rows(&report).iter().any(|(lifecycle, kind, state, cause, _, _)| {
            lifecycle == "auth-code" && kind == "refusals" && state == "used" && cause == "oauth-token"
        })
    };
    for _ in 0..10 {
        let code = authorize(addr, VUK509, secret, USER, PASSWORD).text("code");
        assert_eq!(exchange(addr, VUK509, &code).status, 200);
        assert_failure(&exchange(addr, VUK509, &code), 400, "invalid_grant");
        if used_code_refused(coverage(addr)) {
            break;
        }
    }
    assert!(used_code_refused(coverage(addr)), "a used code was exchanged again within its second");
    let code = authorize(addr, VUK509, secret, USER, PASSWORD).text("code");
    assert_eq!(exchange(addr, VUK509, &code).status, 200);
    advance(addr, 1);
    assert_failure(&exchange(addr, VUK509, &code), 400, "invalid_grant");
    // An expired code is refused as one, and forgotten once it has been expired for longer than the retention.
    let late = authorize(addr, VUK509, secret, USER, PASSWORD).text("code");
    advance(addr, 601);
    assert_failure(&exchange(addr, VUK509, &late), 400, "invalid_grant");
    let codes = |addr| control_get(addr, "/_payspec/iyzico-terminal/lifecycles/auth-code").json()["instances"].clone();
    assert_eq!(codes(addr)[0]["state"], json!("expired"), "{}", codes(addr));
    advance(addr, 86_401);
    assert_failure(&exchange(addr, VUK509, &late), 400, "invalid_grant");
    assert_eq!(codes(addr), json!([]), "a long-expired code is evicted");
    assert_failure(&exchange(addr, VUK509, "ac-never-issued"), 400, "invalid_grant");

    // access-token: refreshed both ways while valid, expired, refreshed both ways after expiry, terminated.
    let basic509 = basic(VUK509, secret);
    let refresh = |operation: OperationId, refresh_token: &str| {
        token_call(addr, operation, &basic509, &[("grant_type", "refresh_token"), ("refresh_token", refresh_token)])
    };
    let tokens = login(addr, VUK509);
    let fresh = |reply: Reply| {
        assert_eq!(reply.status, 200, "refresh: {}", reply.show());
        Tokens { access: reply.text("access_token"), refresh: reply.text("refresh_token") }
    };
    let tokens = fresh(refresh(OperationId::OauthToken, &tokens.refresh));
    let tokens = fresh(refresh(OperationId::OauthTokenRefresh, &tokens.refresh));
    advance(addr, 7200);
    for operation in TERMINAL_HOST {
        let reply = call(addr, operation, Some(&tokens.access), &json!({}));
        assert_failure(&reply, failure_status(operation), "100311");
    }
    let tokens = fresh(refresh(OperationId::OauthToken, &tokens.refresh));
    advance(addr, 7200);
    let tokens = fresh(refresh(OperationId::OauthTokenRefresh, &tokens.refresh));
    assert_ok(&sale509(addr, &tokens.access, DEVICE, &unique("t"), "10.00"));
    event(addr, "access-token", "session_terminated", "access_token", &tokens.access);
    // The clock ticks (and evicts what it may) before the calls: a revoked token is still refused as revoked.
    advance(addr, 1);
    for operation in TERMINAL_HOST {
        let reply = call(addr, operation, Some(&tokens.access), &json!({}));
        assert_failure(&reply, failure_status(operation), "100310");
    }
    assert_failure(&refresh(OperationId::OauthToken, &tokens.refresh), 400, "invalid_grant");
    assert_failure(&refresh(OperationId::OauthTokenRefresh, &tokens.refresh), 400, "invalid_grant");
    // A device that fails its token refresh ends the session too (380204).
    let ended = login(addr, VUK509);
    assert_failure(&sale509(addr, &ended.access, DEVICE, &unique("t"), "11.05"), 400, "380204");
    assert_failure(&sale509(addr, &ended.access, DEVICE, &unique("t"), "10.00"), 400, "100310");
    // An expired session terminated.
    let expired = login(addr, VUK509);
    advance(addr, 7200);
    event(addr, "access-token", "session_terminated", "access_token", &expired.access);
    // Never issued.
    for operation in TERMINAL_HOST {
        let reply = call(addr, operation, Some("at-never-issued"), &json!({}));
        assert_failure(&reply, failure_status(operation), "100310");
    }
    assert_failure(&refresh(OperationId::OauthToken, "rt-never-issued"), 400, "invalid_grant");
    assert_failure(&refresh(OperationId::OauthTokenRefresh, "rt-never-issued"), 400, "invalid_grant");

    // integration-mode: each unbound integration is bound by its first call, whatever the operation; the bound
    // integrations are refused the other mode's calls.
    let t509 = login(addr, VUK509);
    let t507 = login(addr, VUK507);
    let free: Vec<Tokens> = (0..TERMINAL_HOST.len()).map(|n| login(addr, &unbound(n))).collect();
    let sale = paid509(addr, &t509.access, DEVICE, "100.00", "SALE");
    let other = paid509(addr, &t509.access, DEVICE, "100.00", "SALE");
    let (sold, reference507) = sale507(addr, &t507.access, DEVICE, "100.00");
    let sold = pay_of(&sold);
    let started = start(addr, &t507.access, DEVICE2);
    let paid_down = fully_paid(addr, &t507.access, DEVICE2);
    assert_ok(&pay509(addr, &free[0].access, DEVICE, "10.00", "SALE", None));
    assert_ok(&pay509(addr, &free[0].access, DEVICE, "10.00", "SALE", None));
    // Another integration's payment is not found by this one's query: answered, and the integration bound.
    let _ = query509_by_id(addr, &free[1].access, &sale.id);
    assert_ok(&void509p(addr, &free[2].access, &sale));
    assert_ok(&refund509p(addr, &free[3].access, &other, "10.00"));
    assert_ok(&eod509(addr, &free[4].access, DEVICE));
    assert_ok(&sale507(addr, &free[5].access, DEVICE, "10.00").0);
    assert_ok(&sale507(addr, &free[5].access, DEVICE, "10.00").0);
    let _ = query507_ref(addr, &free[6].access, DEVICE, &reference507);
    assert_ok(&void507p(addr, &free[7].access, &sold));
    let refunded = sold507(addr, &t507.access, DEVICE, "100.00");
    assert_ok(&refund507p(addr, &free[8].access, &refunded, "10.00"));
    let _ = refundable(addr, &free[9].access, DEVICE, &reference507);
    let _ = start(addr, &free[10].access, DEVICE2);
    assert_ok(&add(addr, &free[11].access, DEVICE2, &started, "10.00"));
    assert_ok(&complete(addr, &free[12].access, DEVICE2, &paid_down));
    assert_ok(&eod507(addr, &free[13].access, DEVICE));
    for (integration, operations) in [(&free[0], &TERMINAL_HOST[5..]), (&free[5], &TERMINAL_HOST[..5])] {
        for operation in operations {
            let body = valid_body(*operation);
            let reply = call(addr, *operation, Some(&integration.access), &body);
            assert_failure(&reply, failure_status(*operation), "380105");
        }
    }
    for operation in &TERMINAL_HOST[5..] {
        assert_failure(&call(addr, *operation, Some(&t509.access), &valid_body(*operation)), 400, "380105");
    }
    for operation in &TERMINAL_HOST[..5] {
        let reply = call(addr, *operation, Some(&t507.access), &valid_body(*operation));
        assert_failure(&reply, failure_status(*operation), "380105");
    }

    // transaction-reference: every call that uses a reference, with one already used.
    let used509 = unique("used509");
    assert_ok(&sale509(addr, &t509.access, DEVICE, &used509, "10.00"));
    for operation in [OperationId::Vuk509Payment, OperationId::Vuk509Void, OperationId::Vuk509Refund] {
        let mut body = valid_body(operation);
        body["transactionReferenceId"] = json!(used509);
        let reply = call(addr, operation, Some(&t509.access), &body);
        assert_failure(&reply, failure_status(operation), "380104");
    }
    for operation in [
        OperationId::Vuk507Payment,
        OperationId::Vuk507Void,
        OperationId::Vuk507Refund,
        OperationId::Vuk507PartialPaymentStart,
    ] {
        let mut body = valid_body(operation);
        body["transactionReferenceId"] = json!(reference507);
        assert_failure(&call(addr, operation, Some(&t507.access), &body), 400, "380104");
    }
    coverage(addr)
}

/// A body of an operation that decodes, on the default device, naming a payment or sale nobody has.
fn valid_body(operation: OperationId) -> Value {
    let nobody = nobody();
    let reference = unique("any");
    match operation {
        OperationId::Vuk509Payment => sale509_body(DEVICE, &reference, "10.00", "SALE"),
        OperationId::Vuk509QueryTransactionStatus => {
            json!({"conversationId": "q", "locale": "tr", "deviceUniqueId": DEVICE, "transactionReferenceId": reference})
        }
        OperationId::Vuk509Void => {
            json!({"conversationId": "v", "locale": "tr", "paymentId": nobody.id, "paymentDate": nobody.date,
                "deviceUniqueId": DEVICE, "transactionReferenceId": reference})
        }
        OperationId::Vuk509Refund => {
            json!({"conversationId": "r", "locale": "tr", "paymentId": nobody.id, "deviceUniqueId": DEVICE,
                "price": num("1.00"), "transactionReferenceId": reference, "paymentDate": nobody.date})
        }
        OperationId::Vuk509EndOfDay => json!({"conversationId": "e", "locale": "tr", "deviceUniqueId": DEVICE}),
        OperationId::Vuk507Payment | OperationId::Vuk507PartialPaymentStart => sale507_body(DEVICE, &reference),
        OperationId::Vuk507QueryTransactionStatus | OperationId::Vuk507RefundableSaleInfo => {
            json!({"locale": "tr", "deviceUniqueId": DEVICE, "transactionReferenceId": reference})
        }
        OperationId::Vuk507Void => {
            json!({"locale": "tr", "deviceUniqueId": DEVICE, "paymentId": nobody.id,
                "paymentDate": date_number(&nobody), "transactionReferenceId": reference})
        }
        OperationId::Vuk507Refund => refund507_body(&nobody, "1.00", &reference),
        OperationId::Vuk507PartialPaymentAddPayment => {
            json!({"deviceUniqueId": DEVICE, "transactionReferenceId": reference, "saleNumber": "SN-none",
                "price": "1.00"})
        }
        OperationId::Vuk507PartialPaymentComplete => complete_body(DEVICE, "SN-none"),
        OperationId::Vuk507EndOfDay => json!({"locale": "tr", "deviceUniqueId": DEVICE}),
        other => panic!("{} is not a terminal-host call", other.id()),
    }
}

/// The VUK 509 payment lifecycle: every state, each call naming a payment in it (the VUK 507 calls naming it by
/// mistake too), end of day on one device and the next day on the other.
fn vuk509_payments() -> Value {
    let emu = Emu::start();
    let addr = emu.addr;
    let t = login(addr, VUK509).access;
    let u = login(addr, VUK507).access;
    // The VUK 507 calls naming a VUK 509 payment find no sale of theirs.
    let by_507 = |payment: &Pay| {
        assert_failure(&void507p(addr, &u, payment), 400, "380107");
        assert_failure(&refund507p(addr, &u, payment, "1.00"), 400, "380107");
        assert_failure(&query507_id(addr, &u, &payment.id), 400, "380107");
    };

    // not_created.
    assert_failure(&void509p(addr, &t, &nobody()), 422, "380107");
    assert_failure(&refund509p(addr, &t, &nobody(), "1.00"), 400, "380107");
    assert_failure(&post_auth(addr, &t, &nobody(), "1.00"), 400, "380107");

    // sale, then voided.
    let sale = paid509(addr, &t, DEVICE, "100.00", "SALE");
    by_507(&sale);
    assert_failure(&post_auth(addr, &t, &sale, "10.00"), 400, "380104");
    assert_failure(&refund509p(addr, &t, &sale, "100.01"), 400, "380112");
    assert_ok(&void509p(addr, &t, &sale));
    assert_failure(&void509p(addr, &t, &sale), 422, "380104");
    assert_failure(&refund509p(addr, &t, &sale, "1.00"), 400, "380104");
    assert_failure(&post_auth(addr, &t, &sale, "10.00"), 400, "380104");
    by_507(&sale);

    // sale → partially refunded → partially refunded → fully refunded; sale → fully refunded.
    let sale = paid509(addr, &t, DEVICE, "100.00", "SALE");
    assert_ok(&refund509p(addr, &t, &sale, "40.00"));
    assert_ok(&refund509p(addr, &t, &sale, "10.00"));
    assert_failure(&void509p(addr, &t, &sale), 422, "380112");
    assert_failure(&refund509p(addr, &t, &sale, "50.01"), 400, "380112");
    assert_failure(&post_auth(addr, &t, &sale, "10.00"), 400, "380104");
    by_507(&sale);
    assert_ok(&refund509p(addr, &t, &sale, "50.00"));
    assert_failure(&void509p(addr, &t, &sale), 422, "380112");
    assert_failure(&refund509p(addr, &t, &sale, "0.01"), 400, "380112");
    assert_failure(&post_auth(addr, &t, &sale, "10.00"), 400, "380104");
    by_507(&sale);
    let sale = paid509(addr, &t, DEVICE, "100.00", "SALE");
    assert_ok(&refund509p(addr, &t, &sale, "100.00"));

    // pre_auth: voided; captured, then refunded in part, in full, or voided.
    let pre = paid509(addr, &t, DEVICE, "80.00", "PRE_AUTH");
    assert_failure(&refund509p(addr, &t, &pre, "1.00"), 400, "380104");
    by_507(&pre);
    assert_ok(&void509p(addr, &t, &pre));
    let captured = |price: &str| {
        let pre = paid509(addr, &t, DEVICE, "80.00", "PRE_AUTH");
        assert_ok(&post_auth(addr, &t, &pre, price));
        pre
    };
    let post = captured("75.00");
    // A status query names a captured PRE_AUTH by the POST_AUTH's transactionReferenceId.
    let pre = paid509(addr, &t, DEVICE, "80.00", "PRE_AUTH");
    let mut capture = sale509_body(DEVICE, &unique("capture"), "70.00", "POST_AUTH");
    capture["paymentId"] = json!(pre.id);
    assert_ok(&call(addr, OperationId::Vuk509Payment, Some(&t), &capture));
    let reference = capture["transactionReferenceId"].as_str().expect("a reference");
    let query = query509_ref(addr, &t, DEVICE, reference);
    assert_ok(&query);
    assert_eq!(
        (query.text("paymentId"), query.json()["price"].clone()),
        (pre.id.clone(), num("70.00")),
        "{}",
        query.show()
    );
    assert_failure(&refund509p(addr, &t, &post, "75.01"), 400, "380112");
    assert_failure(&post_auth(addr, &t, &post, "75.00"), 400, "380104");
    by_507(&post);
    assert_ok(&refund509p(addr, &t, &post, "10.00"));
    assert_ok(&refund509p(addr, &t, &captured("75.00"), "75.00"));
    assert_ok(&void509p(addr, &t, &captured("75.00")));

    // pre_auth_lapsed: the bank releases the hold.
    let lapsed = paid509(addr, &t, DEVICE, "80.00", "PRE_AUTH");
    event(addr, "vuk509-payment", "bank_releases_hold", "payment_id", &lapsed.id);
    assert_failure(&post_auth(addr, &t, &lapsed, "10.00"), 400, "380104");
    assert_failure(&void509p(addr, &t, &lapsed), 422, "380104");
    assert_failure(&refund509p(addr, &t, &lapsed, "1.00"), 400, "380104");
    by_507(&lapsed);

    // Unknown outcomes resolved by a status query: a sale approved or declined after all, a PRE_AUTH approved, a
    // POST_AUTH approved or not.
    assert_failure(&pay509(addr, &t, DEVICE, "11.01", "SALE", None), 400, "51");
    let approved = failed509(addr, &t, DEVICE, "11.07", "SALE", None);
    assert_ok(&query509_ref(addr, &t, DEVICE, &approved));
    let declined = failed509(addr, &t, DEVICE, "11.08", "SALE", None);
    let query = query509_ref(addr, &t, DEVICE, &declined);
    assert_eq!(query.json()["status"], json!("FAILURE"), "{}", query.show());
    let reserved = failed509(addr, &t, DEVICE, "11.07", "PRE_AUTH", None);
    assert_ok(&query509_ref(addr, &t, DEVICE, &reserved));
    let pre = paid509(addr, &t, DEVICE, "80.00", "PRE_AUTH");
    let unknown_capture = failed509(addr, &t, DEVICE, "11.07", "POST_AUTH", Some(&pre.id));
    assert_failure(&post_auth(addr, &t, &pre, "10.00"), 400, "380104");
    assert_failure(&void509p(addr, &t, &pre), 422, "380104");
    assert_failure(&refund509p(addr, &t, &pre, "1.00"), 400, "380104");
    by_507(&pre);
    let query = query509_ref(addr, &t, DEVICE, &unknown_capture);
    assert_ok(&query);
    assert_eq!(query.text("paymentId"), pre.id, "the POST_AUTH completes the PRE_AUTH: {}", query.show());
    let pre = paid509(addr, &t, DEVICE, "80.00", "PRE_AUTH");
    let not_captured = failed509(addr, &t, DEVICE, "11.08", "POST_AUTH", Some(&pre.id));
    let query = query509_ref(addr, &t, DEVICE, &not_captured);
    assert_eq!(query.json()["status"], json!("FAILURE"), "{}", query.show());
    assert_ok(&post_auth(addr, &t, &pre, "10.00"));

    // End of day on DEVICE2 over payments in every state it acts on.
    let settled = paid509(addr, &t, DEVICE2, "100.00", "SALE");
    let settled_too = paid509(addr, &t, DEVICE2, "100.00", "SALE");
    let settled_whole = paid509(addr, &t, DEVICE2, "100.00", "SALE");
    let pre = paid509(addr, &t, DEVICE2, "80.00", "PRE_AUTH");
    let post = paid509(addr, &t, DEVICE2, "80.00", "PRE_AUTH");
    assert_ok(&post_auth(addr, &t, &post, "80.00"));
    let partly = paid509(addr, &t, DEVICE2, "100.00", "SALE");
    assert_ok(&refund509p(addr, &t, &partly, "10.00"));
    let unknown_sale = failed509(addr, &t, DEVICE2, "11.07", "SALE", None);
    let capturing = paid509(addr, &t, DEVICE2, "80.00", "PRE_AUTH");
    let unknown_post = failed509(addr, &t, DEVICE2, "11.07", "POST_AUTH", Some(&capturing.id));
    assert_ok(&eod509(addr, &t, DEVICE2));
    assert_failure(&void509p(addr, &t, &settled), 422, "380104");
    assert_failure(&refund509p(addr, &t, &settled, "100.01"), 400, "380112");
    assert_failure(&post_auth(addr, &t, &settled, "10.00"), 400, "380104");
    by_507(&settled);
    assert_ok(&refund509p(addr, &t, &settled_too, "10.00"));
    assert_ok(&refund509p(addr, &t, &settled_whole, "100.00"));
    assert_failure(&void509p(addr, &t, &pre), 422, "380104");
    assert_failure(&void509p(addr, &t, &partly), 422, "380104");
    assert_ok(&query509_ref(addr, &t, DEVICE2, &unknown_sale));
    assert_ok(&query509_ref(addr, &t, DEVICE2, &unknown_post));

    // The next day, on DEVICE (no end of day there): a sale, a PRE_AUTH, a captured one and a partly refunded sale
    // can no longer be voided.
    let sale = paid509(addr, &t, DEVICE, "100.00", "SALE");
    let pre = paid509(addr, &t, DEVICE, "80.00", "PRE_AUTH");
    let post = captured("75.00");
    let partly = paid509(addr, &t, DEVICE, "100.00", "SALE");
    assert_ok(&refund509p(addr, &t, &partly, "10.00"));
    advance(addr, 86_400);
    let t = login(addr, VUK509).access;
    for payment in [&sale, &pre, &post, &partly] {
        assert_failure(&void509p(addr, &t, payment), 422, "380104");
    }
    coverage(addr)
}

/// The VUK 507 sale lifecycle and partial payments.
fn vuk507_payments() -> Value {
    let emu = Emu::start();
    let addr = emu.addr;
    let t = login(addr, VUK509).access;
    let u = login(addr, VUK507).access;
    // The VUK 509 calls naming a VUK 507 sale's paymentId find no payment of their own (the void, the refund and
    // the POST_AUTH are refused by the VUK 509 payment lifecycle first, which precedes this one).
    let by_509 = |payment: &Pay| {
        assert_failure(&query509_by_id(addr, &t, &payment.id), 400, "380107");
        assert_failure(&void509p(addr, &t, payment), 422, "380107");
        assert_failure(&refund509p(addr, &t, payment, "1.00"), 400, "380107");
        assert_failure(&post_auth(addr, &t, payment, "1.00"), 400, "380107");
    };

    // not_created.
    assert_failure(&void507p(addr, &u, &nobody()), 400, "380107");
    assert_failure(&refund507p(addr, &u, &nobody(), "1.00"), 400, "380107");

    // sale, then voided.
    let (sold, reference) = sale507(addr, &u, DEVICE, "100.00");
    let sale = pay_of(&sold);
    let info = refundable(addr, &u, DEVICE, &reference);
    assert_ok(&info);
    assert_eq!(info.json()["totalReturnableAmount"], json!("100.00"), "{}", info.show());
    by_509(&sale);
    assert_failure(&refund507p(addr, &u, &sale, "100.01"), 400, "380112");
    assert_ok(&void507p(addr, &u, &sale));
    assert_failure(&void507p(addr, &u, &sale), 400, "380104");
    assert_failure(&refund507p(addr, &u, &sale, "1.00"), 400, "380104");
    by_509(&sale);

    // Refunds: partly, partly again, then the rest; everything at once.
    let sale = sold507(addr, &u, DEVICE, "100.00");
    assert_ok(&refund507p(addr, &u, &sale, "30.00"));
    assert_ok(&refund507p(addr, &u, &sale, "10.00"));
    assert_failure(&void507p(addr, &u, &sale), 400, "380112");
    assert_failure(&refund507p(addr, &u, &sale, "60.01"), 400, "380112");
    by_509(&sale);
    assert_ok(&refund507p(addr, &u, &sale, "60.00"));
    assert_failure(&void507p(addr, &u, &sale), 400, "380112");
    assert_failure(&refund507p(addr, &u, &sale, "0.01"), 400, "380112");
    by_509(&sale);
    assert_ok(&refund507p(addr, &u, &sold507(addr, &u, DEVICE, "100.00"), "100.00"));

    // Declined, and unknown outcomes a status query resolves.
    assert_failure(&sale507(addr, &u, DEVICE, "11.01").0, 400, "51");
    let (reply, approved) = sale507(addr, &u, DEVICE, "11.07");
    assert_failure(&reply, 400, "380103");
    assert_ok(&query507_ref(addr, &u, DEVICE, &approved));
    let (reply, declined) = sale507(addr, &u, DEVICE, "11.08");
    assert_failure(&reply, 400, "380103");
    let query = query507_ref(addr, &u, DEVICE, &declined);
    assert_eq!(query.json()["status"], json!("failure"), "{}", query.show());

    // End of day on DEVICE2 over sales in every state it acts on.
    let settled = sold507(addr, &u, DEVICE2, "100.00");
    let settled_too = sold507(addr, &u, DEVICE2, "100.00");
    let settled_whole = sold507(addr, &u, DEVICE2, "100.00");
    let partly = sold507(addr, &u, DEVICE2, "100.00");
    assert_ok(&refund507p(addr, &u, &partly, "10.00"));
    let (reply, unknown) = sale507(addr, &u, DEVICE2, "11.07");
    assert_failure(&reply, 400, "380103");
    assert_ok(&eod507(addr, &u, DEVICE2));
    assert_ok(&query507_ref(addr, &u, DEVICE2, &unknown));
    assert_failure(&void507p(addr, &u, &settled), 400, "380104");
    assert_failure(&refund507p(addr, &u, &settled, "100.01"), 400, "380112");
    by_509(&settled);
    assert_ok(&refund507p(addr, &u, &settled_too, "10.00"));
    assert_ok(&refund507p(addr, &u, &settled_whole, "100.00"));
    assert_failure(&void507p(addr, &u, &partly), 400, "380104");

    // Partial payments: refused in every state, paid down in steps, completed once.
    assert_failure(&add(addr, &u, DEVICE, "SN-never", "1.00"), 400, "380108");
    assert_failure(&complete(addr, &u, DEVICE, "SN-never"), 400, "380108");
    let number = start(addr, &u, DEVICE);
    assert_failure(&add(addr, &u, DEVICE, &number, "100.01"), 400, "380104");
    assert_failure(&complete(addr, &u, DEVICE, &number), 400, "380104");
    assert_failure(&eod507(addr, &u, DEVICE), 400, "380104");
    assert_ok(&add(addr, &u, DEVICE, &number, "60.00"));
    assert_failure(&add(addr, &u, DEVICE, &number, "40.01"), 400, "380104");
    assert_failure(&complete(addr, &u, DEVICE, &number), 400, "380104");
    assert_failure(&eod507(addr, &u, DEVICE), 400, "380104");
    assert_ok(&add(addr, &u, DEVICE, &number, "10.00"));
    assert_ok(&add(addr, &u, DEVICE, &number, "30.00"));
    assert_failure(&add(addr, &u, DEVICE, &number, "0.01"), 400, "380104");
    assert_failure(&eod507(addr, &u, DEVICE), 400, "380104");
    assert_ok(&complete(addr, &u, DEVICE, &number));
    assert_failure(&add(addr, &u, DEVICE, &number, "0.01"), 400, "380104");
    assert_failure(&complete(addr, &u, DEVICE, &number), 400, "380104");
    // A completion whose outcome is unknown (the card presented by hand with the timeout's outcome).
    let number = fully_paid(addr, &u, DEVICE);
    let waiting = held(&emu, &u, DEVICE, OperationId::Vuk507PartialPaymentComplete, complete_body(DEVICE, &number));
    assert_failure(&finish(&emu, DEVICE, "timeout-then-approved", waiting), 400, "380103");

    // The next day, on DEVICE (no end of day there): a sale and a partly refunded sale can no longer be voided.
    let sale = sold507(addr, &u, DEVICE, "100.00");
    let partly = sold507(addr, &u, DEVICE, "100.00");
    assert_ok(&refund507p(addr, &u, &partly, "10.00"));
    advance(addr, 86_400);
    let u = login(addr, VUK507).access;
    assert_failure(&void507p(addr, &u, &sale), 400, "380104");
    assert_failure(&void507p(addr, &u, &partly), 400, "380104");
    coverage(addr)
}

/// One operation at a time on a device: every call that takes a device, refused while another holds it.
fn devices() -> Value {
    let emu = Emu::start();
    let addr = emu.addr;
    let t = login(addr, VUK509).access;
    let u = login(addr, VUK507).access;
    let sale = paid509(addr, &t, DEVICE, "100.00", "SALE");
    let sold = sold507(addr, &u, DEVICE, "100.00");
    let busy = |reply: Reply, status: u16| assert_failure(&reply, status, "380201");

    let holding =
        held(&emu, &t, DEVICE, OperationId::Vuk509Payment, sale509_body(DEVICE, &unique("h"), "10.00", "SALE"));
    busy(sale509(addr, &t, DEVICE, &unique("b"), "10.00"), 400);
    busy(void509p(addr, &t, &sale), 422);
    busy(refund509p(addr, &t, &sale, "1.00"), 400);
    busy(eod509(addr, &t, DEVICE), 400);
    busy(sale507(addr, &u, DEVICE, "10.00").0, 400);
    busy(void507p(addr, &u, &sold), 400);
    busy(refund507p(addr, &u, &sold, "1.00"), 400);
    busy(call(addr, OperationId::Vuk507PartialPaymentStart, Some(&u), &sale507_body(DEVICE, &unique("b"))), 400);
    busy(eod507(addr, &u, DEVICE), 400);
    // Queries and refundable-sale-info do not reach the device.
    assert_ok(&query509_by_id(addr, &t, &sale.id));
    assert_ok(&finish(&emu, DEVICE, "approved", holding));

    // The partial payment steps, on DEVICE2 (an open partial payment refuses the device's end of day first).
    let started = start(addr, &u, DEVICE2);
    let paid = fully_paid(addr, &u, DEVICE2);
    let holding =
        held(&emu, &t, DEVICE2, OperationId::Vuk509Payment, sale509_body(DEVICE2, &unique("h"), "10.00", "SALE"));
    busy(add(addr, &u, DEVICE2, &started, "1.00"), 400);
    busy(complete(addr, &u, DEVICE2, &paid), 400);
    assert_ok(&finish(&emu, DEVICE2, "approved", holding));
    assert_ok(&complete(addr, &u, DEVICE2, &paid));
    coverage(addr)
}

// ---------------------------------------------------------------------------------------------------------------
// The rows.

/// A row of a lifecycle table: lifecycle, kind (`transitions` or `refusals`), state, cause, result (the state
/// entered, or the code answered) and guard.
type RowId = (String, String, String, String, String, Option<String>);

fn text(value: &Value, field: &str) -> String {
    value[field].as_str().unwrap_or_default().to_owned()
}

/// The rows a report lists as never reached.
fn missing_rows(report: &Value) -> BTreeSet<RowId> {
    let mut rows = BTreeSet::new();
    for lifecycle in report["lifecycles"].as_array().expect("lifecycles") {
        for (kind, result) in [("transitions", "to"), ("refusals", "code")] {
            for row in lifecycle[kind]["missing"].as_array().expect("missing rows") {
                rows.insert((
                    text(lifecycle, "lifecycle"),
                    kind.to_owned(),
                    text(row, "state"),
                    text(row, "cause"),
                    text(row, result),
                    row["guard"].as_str().map(str::to_owned),
                ));
            }
        }
    }
    rows
}

fn show(row: &RowId) -> String {
    let (lifecycle, kind, state, cause, result, guard) = row;
    format!("{lifecycle} {kind}: {state} [{cause}] {result} (guard {guard:?})")
}

/// The rows waived as unreachable, each with its reason.
fn waivers() -> Vec<(RowId, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/iyzico_unreachable.json");
    let file: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the waiver file")).expect("the waivers are JSON");
    file["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|row| {
            let reason = text(row, "reason");
            assert!(!reason.is_empty(), "every waiver gives its reason: {row}");
            let id = (
                text(row, "lifecycle"),
                text(row, "kind"),
                text(row, "state"),
                text(row, "cause"),
                text(row, "result"),
                row["guard"].as_str().map(str::to_owned),
            );
            (id, reason)
        })
        .collect()
}

#[test]
fn every_transition_and_refusal_is_reached_over_http_or_waived() {
    let every_row = missing_rows(&coverage(Emu::start().addr));
    let reports = [sessions(), vuk509_payments(), vuk507_payments(), devices()];
    // A row is missing when no emulator of the run reached it.
    let missing: BTreeSet<RowId> =
        reports.iter().map(missing_rows).reduce(|a, b| a.intersection(&b).cloned().collect()).expect("reports");
    let waivers = waivers();
    let waived: BTreeSet<RowId> = waivers.iter().map(|(row, _)| row.clone()).collect();
    assert_eq!(waived.len(), waivers.len(), "no row is waived twice");
    let unknown: Vec<String> = waived.difference(&every_row).map(show).collect();
    assert!(unknown.is_empty(), "waivers naming no row of the tables:\n{}", unknown.join("\n"));
    let total = |kind: &str| reports[0][kind]["total"].as_u64().expect("a total");
    let missed = |kind: &str| missing.iter().filter(|r| r.1 == kind).count();
    eprintln!(
        "iyzico lifecycles over HTTP: {} of {} transitions and {} of {} refusals reached; {} rows waived",
        total("transitions") - missed("transitions") as u64,
        total("transitions"),
        total("refusals") - missed("refusals") as u64,
        total("refusals"),
        waived.len()
    );
    let unreached: Vec<String> = missing.difference(&waived).map(show).collect();
    assert!(unreached.is_empty(), "{} rows no scenario reached:\n{}", unreached.len(), unreached.join("\n"));
    let reached: Vec<String> = waived.difference(&missing).map(show).collect();
    assert!(reached.is_empty(), "rows waived as unreachable but reached:\n{}", reached.join("\n"));
}
