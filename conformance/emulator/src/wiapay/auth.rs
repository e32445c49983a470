//! WiaPay's authentication, exactly per the spec's `request` signing recipe: `X-API-Key`, `X-Timestamp` (Unix
//! seconds) and `X-Signature` (lowercase hex HMAC-SHA256 of timestamp + method + path with query + body, keyed by the
//! API Secret), the timestamp within the `signature_window` timer of the test clock; then the IP whitelist. Each way a
//! request fails answers its own code.

use payspec::support::{SignatureError, SignedRequest, SigningRecipe, Timers};
use payspec::wiapay::{Error, REQUEST_SIGNING};

use crate::answer::HttpInput;
use crate::config::WiapayConfig;

fn header<'a>(input: &'a HttpInput, name: &str) -> Option<&'a str> {
    input.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

/// The recipe with the window the configuration gives the `signature_window` timer.
fn recipe(timers: &Timers) -> SigningRecipe {
    let window = timers
        .seconds("signature_window")
        .map_or(REQUEST_SIGNING.window_seconds, |s| u32::try_from(s).unwrap_or(u32::MAX));
    SigningRecipe { window_seconds: window, ..REQUEST_SIGNING }
}

/// Checks a request's key, timestamp and signature at the test clock (`now`, Unix seconds), then its client address:
/// the error answered, if any. The checks run in the catalog's order: the key, then the signature's presence, the
/// timestamp's presence and form, then the signature itself (its form, the window, the match).
pub fn authenticate(config: &WiapayConfig, timers: &Timers, now: i64, input: &HttpInput) -> Result<(), Error> {
    let recipe = recipe(timers);
    let key = header(input, "X-API-Key").filter(|k| !k.is_empty()).ok_or(Error::MissingApiKey)?;
    if key != config.api_key {
        return Err(Error::InvalidApiKey);
    }
    let signature = header(input, recipe.signature_header).filter(|s| !s.is_empty()).ok_or(Error::MissingSignature)?;
    let timestamp = header(input, recipe.timestamp_header).filter(|t| !t.is_empty()).ok_or(Error::MissingTimestamp)?;
    if !timestamp.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::InvalidTimestamp);
    }
    let timestamp: i64 = timestamp.parse().map_err(|_| Error::InvalidTimestamp)?;
    let body = String::from_utf8_lossy(&input.body);
    let signed = SignedRequest { timestamp, method: &input.method, path_with_query: &input.target, body: &body };
    recipe.verify(config.api_secret.as_bytes(), &signed, signature, now).map_err(|error| match error {
        SignatureError::Expired => Error::TimestampExpired,
        SignatureError::Malformed | SignatureError::Mismatch | SignatureError::EmptySecret => Error::InvalidSignature,
    })?;
    if !config.whitelist.iter().any(|allowed| allowed == &input.peer) {
        return Err(Error::IpNotWhitelisted);
    }
    Ok(())
}
