//! WiaPay callbacks routed through the proxy (`--callback-upstream URL`): WiaPay posts a status change to the
//! client's callback URL, which points at the proxy; the proxy forwards it unchanged to the client's real receiver
//! and checks both sides. The sender: the callback carries `X-Signature` by the spec's callback recipe
//! (`payspec::wiapay::CALLBACK_SIGNING`) keyed by the callback secret, over the path with query the callback was
//! posted to, with `X-Timestamp` in the window, and its body is a `CallbackPayload`. The client: a callback whose
//! signature does not verify is not trusted (answered 401, never 2xx), and one that verifies is acknowledged.

use payspec::support::{Basis, SignedRequest};
use payspec::wiapay::CALLBACK_SIGNING;

use crate::apis::{Received, Sent};
use crate::checks::{Broken, Tally};

/// The callback secret when the credentials name none (the emulator's, README "Test data").
pub const DEFAULT_CALLBACK_SECRET: &str = "whsec_test_payspec";

/// The callback secret of a credentials document: `wiapay.callback_secret`, else the emulator's.
pub fn callback_secret(document: &serde_json::Value) -> String {
    document
        .pointer("/wiapay/callback_secret")
        .and_then(serde_json::Value::as_str)
        .unwrap_or(DEFAULT_CALLBACK_SECRET)
        .to_owned()
}

/// Whether a request is a callback: it carries the callback recipe's signature header.
pub fn is_callback(sent: &Sent) -> bool {
    sent.header(CALLBACK_SIGNING.signature_header).is_some()
}

/// Why a callback's signature does not verify, if it does not.
pub fn verify(sent: &Sent, secret: &str, now: i64) -> Result<(), String> {
    let signature = sent
        .header(CALLBACK_SIGNING.signature_header)
        .ok_or_else(|| format!("no {}", CALLBACK_SIGNING.signature_header))?;
    let timestamp = sent
        .header(CALLBACK_SIGNING.timestamp_header)
        .ok_or_else(|| format!("no {}", CALLBACK_SIGNING.timestamp_header))?;
    let timestamp: i64 =
        timestamp.trim().parse().map_err(|_| format!("{} is not Unix seconds", CALLBACK_SIGNING.timestamp_header))?;
    let body = std::str::from_utf8(&sent.body).map_err(|_| "the body is not UTF-8".to_owned())?;
    let path_with_query =
        if sent.query.is_empty() { sent.path.clone() } else { format!("{}?{}", sent.path, sent.query) };
    let signed = SignedRequest { timestamp, method: &sent.method, path_with_query: &path_with_query, body };
    CALLBACK_SIGNING.verify(secret.as_bytes(), &signed, signature.trim(), now).map_err(|e| e.to_string())
}

/// Checks a callback and the client's answer to it.
pub fn check(sent: &Sent, received: Option<&Received>, secret: &str, now: i64, tally: &mut Tally) {
    let verified = verify(sent, secret, now);
    tally.record(
        "callback_signature",
        verified.clone().map_err(|problem| Broken {
            rule: "a WiaPay callback is signed by the callback recipe with the callback secret, its X-Timestamp in the window"
                .to_owned(),
            basis: Basis::Decision,
            source: None,
            expected: "an X-Signature that verifies".to_owned(),
            actual: problem,
            pointer: None,
        }),
    );
    let body: Option<serde_json::Value> = serde_json::from_slice(&sent.body).ok();
    tally.record(
        "callback_schema",
        match body.as_ref().map(|b| payspec::wiapay::shapes::check_message("CallbackPayload", b)) {
            None => {
                Err(Broken::vendor("a WiaPay callback's body is a CallbackPayload", "JSON", "a body that is not JSON"))
            }
            Some(Some(Err(problem))) => Err(Broken::vendor(
                "a WiaPay callback's body is a CallbackPayload",
                "a CallbackPayload",
                problem.to_string(),
            )
            .at(problem.field.clone())),
            Some(_) => Ok(()),
        },
    );
    let Some(received) = received else { return };
    let acknowledged = (200..300).contains(&received.status);
    match verified {
        Err(problem) => tally.record(
            "client_verifies_callback",
            if acknowledged {
                Err(Broken {
                    rule:
                        "a callback whose signature does not verify is not trusted: the receiver answers 401, never 2xx"
                            .to_owned(),
                    basis: Basis::Decision,
                    source: None,
                    expected: "HTTP 401".to_owned(),
                    actual: format!("HTTP {}: an unverified callback trusted ({problem})", received.status),
                    pointer: None,
                })
            } else {
                Ok(())
            },
        ),
        Ok(()) => tally.record(
            "client_acknowledges_callback",
            if acknowledged {
                Ok(())
            } else {
                Err(Broken {
                    rule:
                        "a callback whose signature verifies is acknowledged with 2xx (else WiaPay delivers it again)"
                            .to_owned(),
                    basis: Basis::Decision,
                    source: None,
                    expected: "HTTP 2xx".to_owned(),
                    actual: format!("HTTP {}", received.status),
                    pointer: None,
                })
            },
        ),
    }
}
