//! WiaPay's authentication, exactly per the spec: the `request-signature` scheme's checks, run in the spec's order
//! by the generated `REQUEST_SIGNATURE_AUTH` (the key, the headers' presence, the timestamp's form, then the
//! `request` recipe's signature form, window and HMAC, the window being the `signature_window` timer of the test
//! clock); then the IP whitelist. Each way a request fails answers the code the spec gives its check.

use payspec::support::{AuthRequest, SignatureAuth, Timers};
use payspec::wiapay::{Error, REQUEST_SIGNATURE_AUTH, authentication_error};

use crate::answer::HttpInput;
use crate::config::WiapayConfig;

/// Why a request was refused: the API's error, or for a check that answers no code its bare HTTP status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The error answered.
    Error(Error),
    /// A bare status answered (no code).
    Status(u16),
}

/// The scheme with the window the configuration gives the `signature_window` timer.
fn scheme(timers: &Timers) -> SignatureAuth {
    let window = timers
        .seconds("signature_window")
        .map_or(REQUEST_SIGNATURE_AUTH.recipe.window_seconds, |s| u32::try_from(s).unwrap_or(u32::MAX));
    REQUEST_SIGNATURE_AUTH.with_window(window)
}

/// Checks a request's key, timestamp and signature at the test clock (`now`, Unix seconds) in the spec's order,
/// then its client address: the refusal answered, if any.
pub fn authenticate(config: &WiapayConfig, timers: &Timers, now: i64, input: &HttpInput) -> Result<(), Refused> {
    let request = AuthRequest {
        headers: &input.headers,
        method: &input.method,
        path_with_query: &input.target,
        body: &input.body,
    };
    let secret_of = |key: Option<&str>| (key == Some(config.api_key.as_str())).then_some(config.api_secret.as_bytes());
    scheme(timers)
        .authenticate(&request, now, secret_of)
        .map_err(|failure| authentication_error(&failure).map_or(Refused::Status(failure.status()), Refused::Error))?;
    if !config.whitelist.iter().any(|allowed| allowed == &input.peer) {
        return Err(Refused::Error(Error::IpNotWhitelisted));
    }
    Ok(())
}
