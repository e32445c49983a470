//! Helpers for the Finrota PWS loopback tests: calls of every operation, each answer checked against the generated
//! reply types (a documented status, a body of that status's message), and the 3D bank page driven over HTTP.
#![allow(dead_code, missing_docs)]

use std::net::SocketAddr;

use serde_json::{Value, json};

use payspec::finrota_pws::{self as fp, OperationId};

use crate::common::{Reply, request, unique};

pub const PAYMENT_SET: &str = "504978bf-bebd-40c5-89aa-b76f3a20341c";
pub const POS: &str = "384badef-11ec-ee11-98f2-005056b0d2e5";
pub const CARD: &str = "4155650100416111";

/// Checks an answer: a status the operation documents, and a body its reply type reads.
pub fn check(operation: OperationId, reply: &Reply) {
    macro_rules! case {
        ($reply:ident) => {{
            assert!(
                fp::replies::$reply::STATUSES.contains(&reply.status),
                "{} answered an undocumented status: {}",
                operation.id(),
                reply.show()
            );
            if let Err(error) = fp::replies::$reply::decode(reply.status, &reply.body) {
                panic!("{} answered a body its reply type does not read ({error}): {}", operation.id(), reply.show());
            }
        }};
    }
    match operation {
        OperationId::TokenConnect => case!(TokenConnectReply),
        OperationId::ListPaymentSets => case!(ListPaymentSetsReply),
        OperationId::ListPaymentOptions => case!(ListPaymentOptionsReply),
        OperationId::PaymentOptionsByBin => case!(PaymentOptionsByBinReply),
        OperationId::CreatePayment => case!(CreatePaymentReply),
        OperationId::CommitPayment => case!(CommitPaymentReply),
        OperationId::GetTransaction => case!(GetTransactionReply),
        OperationId::QueryTransaction => case!(QueryTransactionReply),
        OperationId::CancelPayment => case!(CancelPaymentReply),
        OperationId::RefundPayment => case!(RefundPaymentReply),
    }
}

/// A call with a Bearer token (GET with a query, or POST with a JSON body), checked.
pub fn call(
    addr: SocketAddr,
    operation: OperationId,
    token: Option<&str>,
    target: &str,
    body: Option<&Value>,
) -> Reply {
    let bearer = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Content-Type", "application/json"), ("Accept-Language", "en")];
    if let Some(bearer) = &bearer {
        headers.push(("Authorization", bearer));
    }
    let (method, bytes) = match body {
        Some(body) => ("POST", body.to_string().into_bytes()),
        None => ("GET", Vec::new()),
    };
    let reply = request(addr, method, target, &headers, &bytes);
    check(operation, &reply);
    reply
}

/// The envelope's code (`errors[0].code`), if any.
pub fn code(reply: &Reply) -> Option<String> {
    reply.json().pointer("/errors/0/code").and_then(Value::as_str).map(str::to_owned)
}

/// Asserts a failure: HTTP status, the envelope's statusCode (the pseudo-status where the code has one) and code.
pub fn assert_code(reply: &Reply, status: u16, status_code: i64, expected: &str) {
    assert_eq!(reply.status, status, "{}", reply.show());
    assert_eq!(reply.json()["statusCode"], json!(status_code), "{}", reply.show());
    assert_eq!(code(reply).as_deref(), Some(expected), "{}", reply.show());
}

/// Asserts a success: HTTP 200, statusCode 200, no errors.
pub fn assert_ok(reply: &Reply) {
    assert_eq!(reply.status, 200, "{}", reply.show());
    assert_eq!(reply.json()["statusCode"], json!(200), "{}", reply.show());
    assert!(reply.json()["errors"].is_null(), "{}", reply.show());
}

pub fn token(addr: SocketAddr) -> String {
    let body = json!({"apiKey": "payspec-finrota-key", "secretKey": "payspec-finrota-secret"});
    let reply = call(addr, OperationId::TokenConnect, None, "/auth/api/token/connect", Some(&body));
    assert_eq!(reply.status, 200, "{}", reply.show());
    reply.json()["token"].as_str().expect("a token").to_owned()
}

pub fn payment_body(amount: &str, use_3d: bool, order: &str, return_url: Option<&str>) -> Value {
    let amount: Value = serde_json::from_str(amount).expect("an amount");
    let mut body = json!({
        "agentCode": "C-1001", "amount": amount, "installment": 1, "tenantPosId": POS,
        "paymentSetDefinitionId": PAYMENT_SET, "currencyCode": "TRY", "use3D": use_3d, "clientOrderReferenceCode": order,
        "contact": {"name": "Test", "surname": "Payer", "email": "payer@payspec.test"},
        "card": {"cardNumber": CARD, "cardHolderName": "Test Payer", "cvv": "123", "expMonth": 12, "expYear": 2030}
    });
    if let Some(url) = return_url {
        body["returnUrl"] = json!(url);
    }
    body
}

pub fn pay(addr: SocketAddr, token: &str, amount: &str, use_3d: bool, order: &str) -> Reply {
    let return_url = use_3d.then_some("http://127.0.0.1/bank/return");
    call(
        addr,
        OperationId::CreatePayment,
        Some(token),
        "/pws/payment",
        Some(&payment_body(amount, use_3d, order, return_url)),
    )
}

/// A paid non-3D order: its reference, learnt from a query by the order reference (as the spec's lifecycle says).
pub fn paid(addr: SocketAddr, token: &str, amount: &str) -> (String, String) {
    let order = unique("ORDER");
    assert_ok(&pay(addr, token, amount, false, &order));
    let reference = reference_of(addr, token, &order);
    (order, reference)
}

pub fn query(addr: SocketAddr, token: &str, body: &Value) -> Reply {
    call(addr, OperationId::QueryTransaction, Some(token), "/pws/payment/transaction", Some(body))
}

pub fn reference_of(addr: SocketAddr, token: &str, order: &str) -> String {
    let reply = query(addr, token, &json!({"clientReferenceNumber": order}));
    assert_ok(&reply);
    reply.json()["data"]["referenceNumber"].as_str().expect("a reference").to_owned()
}

pub fn refund(addr: SocketAddr, token: &str, reference: &str, amount: Option<&str>) -> Reply {
    let mut body = json!({"referenceCode": reference, "reason": "test"});
    if let Some(amount) = amount {
        body["amount"] = serde_json::from_str(amount).expect("an amount");
    }
    call(addr, OperationId::RefundPayment, Some(token), "/pws/payment/refund", Some(&body))
}

pub fn cancel(addr: SocketAddr, token: &str, reference: &str) -> Reply {
    call(
        addr,
        OperationId::CancelPayment,
        Some(token),
        "/pws/payment/cancel",
        Some(&json!({"referenceCode": reference})),
    )
}

/// Submits the bank page's form (`otp`, or `action=cancel`); the redirect's `Location`.
pub fn bank_step(addr: SocketAddr, page: &str, form: &str) -> Reply {
    request(addr, "POST", &page_path(page), &[("Content-Type", "application/x-www-form-urlencoded")], form.as_bytes())
}

/// The query parameters of a redirect.
pub fn location_parameters(reply: &Reply) -> Vec<(String, String)> {
    let location = reply.header("location").unwrap_or_else(|| panic!("no Location: {}", reply.show()));
    let query = location.split_once('?').map(|(_, q)| q).unwrap_or_default();
    payspec::support::form_pairs(query).expect("a query")
}

pub fn parameter(parameters: &[(String, String)], name: &str) -> Option<String> {
    parameters.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
}

/// The path of a bank page URL (`http://host/bank/3d/…` → `/bank/3d/…`).
pub fn page_path(url: &str) -> String {
    let rest = url.strip_prefix("http://").unwrap_or(url);
    match rest.find('/') {
        Some(at) if url.starts_with("http://") => rest[at..].to_owned(),
        _ => url.to_owned(),
    }
}
