//! The emulator's own callback receiver, `POST /_payspec/wiapay/receiver`: where callbacks go when no callback URL
//! is configured. It does what a merchant's receiver must: it verifies `X-Signature` and `X-Timestamp` with the
//! spec's `callback` recipe and the callback secret, at the test clock, and answers 200 (verified) or 401 with no
//! body (the spec's documented answers to a callback). What it received is the callback's attempts in
//! `GET /_payspec/wiapay/callbacks`.

use payspec::support::{SignedRequest, SigningRecipe};
use payspec::wiapay::CALLBACK_SIGNING;

use crate::answer::{Answer, Body, HttpInput};
use crate::config::WiapayConfig;

/// The receiver's path.
pub const PATH: &str = "/_payspec/wiapay/receiver";

fn header<'a>(input: &'a HttpInput, name: &str) -> Option<&'a str> {
    input.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

/// Whether a callback's signature and timestamp verify with the callback recipe at `now` (Unix seconds).
pub fn verifies(config: &WiapayConfig, recipe: &SigningRecipe, input: &HttpInput, now: i64) -> bool {
    let (Some(signature), Some(timestamp)) =
        (header(input, recipe.signature_header), header(input, recipe.timestamp_header))
    else {
        return false;
    };
    let Ok(timestamp) = timestamp.parse::<i64>() else { return false };
    let body = String::from_utf8_lossy(&input.body);
    let signed = SignedRequest { timestamp, method: &input.method, path_with_query: &input.target, body: &body };
    recipe.verify(config.callback_secret.as_bytes(), &signed, signature, now).is_ok()
}

/// Answers a callback: 200 if it verifies, 401 with no body if not; 405 for another method than POST.
pub fn receive(config: &WiapayConfig, input: &HttpInput, now: i64) -> Answer {
    let empty = |status| Answer { status, headers: Vec::new(), content_type: None, body: Body::Text(String::new()) };
    if input.method != "POST" {
        return empty(405).with_header("allow", "POST".to_owned());
    }
    if verifies(config, &CALLBACK_SIGNING, input, now) { empty(200) } else { empty(401) }
}
