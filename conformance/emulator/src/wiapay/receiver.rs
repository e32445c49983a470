//! The emulator's own callback receiver, `POST /_payspec/wiapay/receiver`: where callbacks go when no callback URL
//! is configured. It does what a merchant's receiver must: it verifies `X-Signature` and `X-Timestamp` with the
//! spec's `callback` recipe and the callback secret, at the test clock, and answers 200 (verified) or 401 with no
//! body (the spec's documented answers to a callback). What it received is the callback's attempts in
//! `GET /_payspec/wiapay/callbacks`.

use payspec::support::{AuthRequest, SignatureAuth};
use payspec::wiapay::CALLBACK_SIGNATURE_AUTH;

use crate::answer::{Answer, Body, HttpInput};
use crate::config::WiapayConfig;

/// The receiver's path.
pub const PATH: &str = "/_payspec/wiapay/receiver";

/// Runs a callback scheme's checks on a callback at `now` (Unix seconds): `Ok` if it verifies, else the status the
/// failed check answers.
pub fn verifies(config: &WiapayConfig, scheme: &SignatureAuth, input: &HttpInput, now: i64) -> Result<(), u16> {
    let request = AuthRequest {
        headers: &input.headers,
        method: &input.method,
        path_with_query: &input.target,
        body: &input.body,
    };
    let secret_of = |_: Option<&str>| Some(config.callback_secret.as_bytes());
    scheme.authenticate(&request, now, secret_of).map(drop).map_err(|failure| failure.status())
}

/// Answers a callback: 200 if it verifies, the failed check's status (401) with no body if not; 405 for another
/// method than POST.
pub fn receive(config: &WiapayConfig, input: &HttpInput, now: i64) -> Answer {
    let empty = |status| Answer { status, headers: Vec::new(), content_type: None, body: Body::Text(String::new()) };
    if input.method != "POST" {
        return empty(405).with_header("allow", "POST".to_owned());
    }
    match verifies(config, &CALLBACK_SIGNATURE_AUTH, input, now) {
        Ok(()) => empty(200),
        Err(status) => empty(status),
    }
}
