//! What reports show of an exchange: bodies with the sensitive fields the spec flags blanked by the generated
//! `redact` (card data, passwords, secrets, tokens, authorization codes), and — for what the spec does not
//! describe (an undocumented answer, garbage, a transport error) — fields whose names say they are sensitive
//! blanked, the `Authorization` header and other credential headers masked, `Bearer`/`Basic` tokens and card
//! numbers (13 to 19 digits passing the Luhn check) masked in any text, and every secret of the credentials file
//! masked wherever it still appears. Reports never hold a secret.

use serde_json::Value as Json;

use payspec::support::OperationInfo;

use crate::apis::{ApiModel, Received, Sent};
use crate::checks::documented;
use crate::event::{ShownRequest, ShownResponse};

/// What a masked value reads as.
pub const MASK: &str = "***";

/// Whether a field, header or parameter name says its value is sensitive (compared without case, `-` and `_`).
pub fn sensitive_name(name: &str) -> bool {
    let name: String = name.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
    const PARTS: [&str; 17] = [
        "password",
        "passwd",
        "secret",
        "apikey",
        "signature",
        "token",
        "authorization",
        "cookie",
        "cvc",
        "cvv",
        "otp",
        "cardnumber",
        "expmonth",
        "expyear",
        "expiremonth",
        "expireyear",
        "expirydate",
    ];
    PARTS.iter().any(|part| name.contains(part)) || ["pan", "pin", "codeverifier"].contains(&name.as_str())
}

/// Masks, in any text: the secrets given, `Bearer`/`Basic` credentials and card numbers.
pub fn text(text: &str, secrets: &[String]) -> String {
    let masked =
        secrets.iter().filter(|s| s.len() >= 4).fold(text.to_owned(), |text, secret| mask_secret(&text, secret));
    card_numbers(&schemes(&masked))
}

/// Where a secret occurs in a text: anywhere for one of 8 characters or more; for a shorter one (an OTP, a PIN)
/// only as a whole word, so that `123456` is not found inside a timestamp.
fn occurrences(text: &str, secret: &str) -> Vec<usize> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(secret)
        .map(|(at, _)| at)
        .filter(|&at| {
            secret.len() >= 8
                || (!word(text[..at].chars().next_back()) && !word(text[at + secret.len()..].chars().next()))
        })
        .collect()
}

/// Whether a secret occurs in a text, as [`text`] would mask it.
pub fn holds_secret(text: &str, secret: &str) -> bool {
    secret.len() >= 4 && !occurrences(text, secret).is_empty()
}

fn mask_secret(text: &str, secret: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for at in occurrences(text, secret) {
        if at < from {
            continue;
        }
        out.push_str(&text[from..at]);
        out.push_str(MASK);
        from = at + secret.len();
    }
    out.push_str(&text[from..]);
    out
}

/// Whether the word after `Bearer `/`Basic ` is a credential rather than prose ("Basic information"): long, or
/// with a digit or a character of base64, JWTs and URL-safe tokens.
fn looks_like_credential(word: &str) -> bool {
    word.len() >= 16 || (word.len() >= 6 && word.chars().any(|c| c.is_ascii_digit() || "+/=._-~".contains(c)))
}

/// `Bearer <token>` and `Basic <credentials>` with the credential masked.
fn schemes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((at, scheme)) = ["Bearer ", "Basic ", "bearer ", "basic "]
        .iter()
        .filter_map(|scheme| rest.find(scheme).map(|at| (at, *scheme)))
        .min_by_key(|(at, _)| *at)
    {
        out.push_str(&rest[..at + scheme.len()]);
        let after = &rest[at + scheme.len()..];
        let end = after
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ',' | ';' | '<' | '>'))
            .unwrap_or(after.len());
        if looks_like_credential(&after[..end]) {
            out.push_str(MASK);
        } else {
            out.push_str(&after[..end]);
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            let d = u32::from(*d);
            if i % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Runs of 14 to 19 digits (a 13-digit run is a millisecond timestamp far more often than a card) (single spaces or dashes allowed between them) that pass the Luhn check, masked.
fn card_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_ascii_digit()) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The longest run of digits with single separators from here.
        let mut digits = Vec::new();
        let mut end = i;
        let mut j = i;
        while j < chars.len() {
            if let Some(d) = chars[j].to_digit(10) {
                digits.push(u8::try_from(d).unwrap_or_default());
                end = j + 1;
                j += 1;
            } else if matches!(chars[j], ' ' | '-') && chars.get(j + 1).is_some_and(char::is_ascii_digit) {
                j += 1;
            } else {
                break;
            }
        }
        if (14..=19).contains(&digits.len()) && luhn(&digits) {
            out.push_str(MASK);
        } else {
            out.extend(&chars[i..end]);
        }
        i = end;
    }
    out
}

/// A JSON value with every string masked ([`text`]) and every field with a sensitive name blanked.
pub fn json(value: &mut Json, secrets: &[String]) {
    match value {
        Json::String(t) => *t = text(t, secrets),
        Json::Array(items) => items.iter_mut().for_each(|item| json(item, secrets)),
        Json::Object(map) => {
            for (key, item) in map.iter_mut() {
                if sensitive_name(key) && !item.is_null() && !item.is_object() && !item.is_array() {
                    *item = Json::String(MASK.to_owned());
                } else {
                    json(item, secrets);
                }
            }
        }
        _ => {}
    }
}

/// A header's value as reports show it: credential headers masked (an `Authorization` keeps its scheme).
pub fn header(name: &str, value: &str, secrets: &[String]) -> String {
    if name.eq_ignore_ascii_case("authorization") || name.eq_ignore_ascii_case("proxy-authorization") {
        format!("{} {MASK}", value.split(' ').next().unwrap_or_default())
    } else if sensitive_name(name) {
        MASK.to_owned()
    } else {
        text(value, secrets)
    }
}

/// A path and query as reports show it: sensitive parameters masked, then [`text`].
pub fn target(path: &str, query: &str, secrets: &[String]) -> String {
    if query.is_empty() {
        return text(path, secrets);
    }
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) if sensitive_name(name) => format!("{name}={MASK}"),
            _ => pair.to_owned(),
        })
        .collect();
    text(&format!("{path}?{}", query.join("&")), secrets)
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
    json(&mut body, secrets);
    let headers = sent.headers.iter().map(|(name, value)| (name.clone(), header(name, value, secrets))).collect();
    ShownRequest { method: sent.method.clone(), target: target(&sent.path, &sent.query, secrets), headers, body }
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
    json(&mut body, secrets);
    let headers = received.headers.iter().map(|(name, value)| (name.clone(), header(name, value, secrets))).collect();
    ShownResponse {
        status: received.status,
        content_type: received.header("content-type").map(str::to_owned),
        headers,
        body,
    }
}

/// Findings as reports show them: what the spec expects and what the implementation did, masked ([`text`]) —
/// an echo check quotes the answer.
pub fn findings(findings: &mut [crate::event::Finding], secrets: &[String]) {
    for finding in findings {
        finding.expected = text(&finding.expected, secrets);
        finding.actual = text(&finding.actual, secrets);
    }
}

/// The text the check `no_secret_echoed` searches: the raw answer, only the fields its documented message flags
/// sensitive (the tokens it issues) blanked — never masked with the secrets it searches for.
pub fn answer_text(api: &dyn ApiModel, info: Option<&OperationInfo>, received: &Received) -> String {
    let mut body = body_of(&received.body, false);
    if let Some(message) = info.and_then(|i| documented(i, received.status)).flatten() {
        api.redact(message, &mut body);
    }
    match body {
        Json::String(text) => text,
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_numbers_tokens_and_secrets_are_masked_in_text() {
        let secrets = vec!["hunter2-secret".to_owned()];
        let shown = text(
            "pan 4155650100416111, spaced 4155 6501 0041 6111, Bearer eyJ.abc.def; Basic cGF5OnNwZWM= hunter2-secret",
            &secrets,
        );
        for hidden in ["4155650100416111", "4155 6501", "eyJ", "cGF5", "hunter2"] {
            assert!(!shown.contains(hidden), "{hidden} in {shown}");
        }
        // Digits that are no card number stay: an amount, a date, a 16-digit id failing the Luhn check.
        let kept = text("price 1500, at 20261201, id 1234567812345678", &[]);
        assert_eq!(kept, "price 1500, at 20261201, id 1234567812345678");
        // Prose after "Basic" is no credential.
        assert_eq!(text("Basic information is missing", &[]), "Basic information is missing");
        // A short secret (an OTP) is masked as a word, not inside other digits.
        let otp = vec!["123456".to_owned()];
        assert_eq!(text("otp 123456, at 1764612345678", &otp), "otp ***, at 1764612345678");
    }

    #[test]
    fn sensitive_fields_are_blanked_by_name() {
        let mut body = serde_json::json!({
            "client_secret": "x", "cardNumber": "4155650100416111", "cvc": 123, "expireMonth": "12",
            "otp": "123456", "nested": [{"apiKey": "k", "amount": 5}], "status": "ok"
        });
        json(&mut body, &[]);
        assert_eq!(
            body,
            serde_json::json!({
                "client_secret": MASK, "cardNumber": MASK, "cvc": MASK, "expireMonth": MASK, "otp": MASK,
                "nested": [{"apiKey": MASK, "amount": 5}], "status": "ok"
            })
        );
        assert_eq!(header("X-Signature", "abc", &[]), MASK);
        assert_eq!(header("Authorization", "Bearer abc", &[]), "Bearer ***");
        assert_eq!(target("/p", "token=abc&page=2", &[]), "/p?token=***&page=2");
    }
}
