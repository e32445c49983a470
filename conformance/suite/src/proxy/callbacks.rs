//! WiaPay callbacks routed through the proxy (`--callback-upstream URL`): WiaPay posts a status change to the
//! client's callback URL, which points at the proxy; the proxy forwards it unchanged to the client's real receiver
//! and checks both sides. The sender: the callback passes the callback scheme's generated checks
//! (`payspec::wiapay::CALLBACK_SIGNATURE_AUTH`, in the spec's order: `X-Signature` and `X-Timestamp` present, then
//! the callback recipe keyed by the callback secret over the path with query it was posted to, its timestamp in the
//! window), and its body is a `CallbackPayload`. The client: a callback whose signature does not verify is not
//! trusted (answered 401, never 2xx), and one that verifies is acknowledged.

use payspec::support::{AuthRequest, Basis};
use payspec::wiapay::{CALLBACK_SIGNATURE_AUTH, CALLBACK_SIGNING};

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

/// Why a callback does not authenticate, if it does not: the first of the callback scheme's generated checks that
/// fails, in the spec's order, with its basis (the headers are the vendor's; what they sign is the recipe's decision).
pub fn verify(sent: &Sent, secret: &str, now: i64) -> Result<(), (Basis, String)> {
    let path_with_query =
        if sent.query.is_empty() { sent.path.clone() } else { format!("{}?{}", sent.path, sent.query) };
    let request = AuthRequest {
        headers: &sent.headers,
        method: &sent.method,
        path_with_query: &path_with_query,
        body: &sent.body,
    };
    CALLBACK_SIGNATURE_AUTH
        .authenticate(&request, now, |_| Some(secret.as_bytes()))
        .map(drop)
        .map_err(|failure| (failure.basis(), failure.to_string()))
}

/// Checks a callback and the client's answer to it.
pub fn check(sent: &Sent, received: Option<&Received>, secret: &str, now: i64, tally: &mut Tally) {
    let verified = verify(sent, secret, now);
    tally.record(
        "callback_signature",
        verified.clone().map_err(|(basis, problem)| Broken {
            rule:
                "a WiaPay callback passes the callback scheme's checks: its headers, then the callback recipe with the \
                   callback secret, its X-Timestamp in the window"
                    .to_owned(),
            basis,
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
        Err((_, problem)) => tally.record(
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
