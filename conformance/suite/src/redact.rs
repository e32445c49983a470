//! What reports show of an exchange: bodies with the sensitive fields the spec flags blanked by the generated
//! `redact` (card data, passwords, secrets, tokens, authorization codes), the `Authorization` header masked, and
//! every secret of the credentials file masked wherever it still appears. Reports never hold a secret.

use serde_json::Value as Json;

use payspec::support::OperationInfo;

use crate::apis::{ApiModel, Received, Sent};
use crate::checks::documented;
use crate::event::{ShownRequest, ShownResponse};

const MASK: &str = "***";

/// A text with every secret (of at least four characters) masked.
pub fn mask_text(text: &str, secrets: &[String]) -> String {
    secrets.iter().filter(|s| s.len() >= 4).fold(text.to_owned(), |text, secret| text.replace(secret.as_str(), MASK))
}

fn mask_json(value: &mut Json, secrets: &[String]) {
    match value {
        Json::String(text) => *text = mask_text(text, secrets),
        Json::Array(items) => items.iter_mut().for_each(|item| mask_json(item, secrets)),
        Json::Object(map) => map.values_mut().for_each(|item| mask_json(item, secrets)),
        _ => {}
    }
}

fn body_of(bytes: &[u8], form: bool) -> Json {
    if bytes.is_empty() {
        return Json::Null;
    }
    if let Ok(json) = serde_json::from_slice::<Json>(bytes) {
        return json;
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    if form && let Ok(pairs) = payspec::support::form_pairs(&text) {
        return Json::Object(pairs.into_iter().map(|(k, v)| (k, Json::String(v))).collect());
    }
    Json::String(text)
}

/// The request as reports show it.
pub fn request(api: &dyn ApiModel, info: Option<&OperationInfo>, sent: &Sent, secrets: &[String]) -> ShownRequest {
    request_by(&|message, body| api.redact(message, body), info, sent, secrets)
}

/// The request as reports show it, its message's fields blanked by `redact` (the generated `redact` of an API
/// the suite has no model of, or of a callback).
pub fn request_by(
    redact: &dyn Fn(&str, &mut Json),
    info: Option<&OperationInfo>,
    sent: &Sent,
    secrets: &[String],
) -> ShownRequest {
    let form = sent.header("content-type").is_some_and(|t| t.contains("x-www-form-urlencoded"));
    let mut body = body_of(&sent.body, form);
    if let Some(message) = info.and_then(|i| i.request) {
        redact(message, &mut body);
    }
    mask_json(&mut body, secrets);
    let headers = sent
        .headers
        .iter()
        .map(|(name, value)| {
            let value = if name.eq_ignore_ascii_case("authorization") {
                format!("{} {MASK}", value.split(' ').next().unwrap_or_default())
            } else {
                mask_text(value, secrets)
            };
            (name.clone(), value)
        })
        .collect();
    let target = if sent.query.is_empty() { sent.path.clone() } else { format!("{}?{}", sent.path, sent.query) };
    ShownRequest { method: sent.method.clone(), target: mask_text(&target, secrets), headers, body }
}

/// The answer as reports show it.
pub fn response(
    api: &dyn ApiModel,
    info: Option<&OperationInfo>,
    received: &Received,
    secrets: &[String],
) -> ShownResponse {
    response_by(&|message, body| api.redact(message, body), info, received, secrets)
}

/// The answer as reports show it, its message's fields blanked by `redact`.
pub fn response_by(
    redact: &dyn Fn(&str, &mut Json),
    info: Option<&OperationInfo>,
    received: &Received,
    secrets: &[String],
) -> ShownResponse {
    let mut body = body_of(&received.body, false);
    if let Some(message) = info.and_then(|i| documented(i, received.status)).flatten() {
        redact(message, &mut body);
    }
    mask_json(&mut body, secrets);
    ShownResponse { status: received.status, content_type: received.header("content-type").map(str::to_owned), body }
}
