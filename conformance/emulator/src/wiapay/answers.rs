//! WiaPay's answers: errors in its envelope (`success: false`, `error.code`, `error.message`, `timestamp`) through the
//! generated `error_reply`, and the success bodies of each operation.

use serde_json::{Value as Json, json};

use payspec::support::{Lang, civil_from_days};
use payspec::wiapay::{Error, OperationId, error_reply};

use crate::answer::Answer;
use crate::config::WiapayConfig;

/// The one language WiaPay answers in (the spec's `request_language`; the build fails should it become a choice).
pub const LANG: Lang = match payspec::wiapay::REQUEST_LANGUAGE.only() {
    Some(lang) => lang,
    None => panic!("WiaPay's requests choose their language: read it from each request"),
};

/// `error` as `operation` answers it; `status` overrides the operation's status (404 and 405 of the routing).
pub fn error(operation: OperationId, error: &Error, unix_millis: i64, status: Option<u16>) -> Answer {
    match error_reply(operation, error, LANG, unix_millis) {
        Some(Ok(reply)) => {
            let body: Json = serde_json::from_str(&reply.body).unwrap_or(Json::Null);
            Answer::json(status.unwrap_or(reply.status), body)
        }
        _ => Answer::json(
            status.unwrap_or(400),
            json!({"success": false, "error": {"code": error.wire_code(), "message": error.message(LANG)},
                "timestamp": unix_millis.div_euclid(1000)}),
        ),
    }
}

/// The available banks, with their limits and the FAST option.
pub fn banks(config: &WiapayConfig, unix_millis: i64) -> Answer {
    let banks: Vec<Json> = config
        .banks
        .iter()
        .map(|b| json!({"_id": b.id, "name": b.name, "minAmount": b.limits.min_amount, "maxAmount": b.limits.max_amount}))
        .collect();
    let fast = config.fast.map_or(Json::Null, |f| json!({"minAmount": f.min_amount, "maxAmount": f.max_amount}));
    Answer::json(
        200,
        json!({"success": true, "data": {"banks": banks, "fast": fast}, "timestamp": unix_millis.div_euclid(1000)}),
    )
}

/// An instant as ISO 8601 in UTC with milliseconds (`2024-01-15T12:15:00.000Z`), as WiaPay writes them.
pub fn iso_utc(unix_millis: i64) -> String {
    let seconds = unix_millis.div_euclid(1000);
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
    let second_of_day = seconds.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        second_of_day / 3600,
        second_of_day % 3600 / 60,
        second_of_day % 60,
        unix_millis.rem_euclid(1000)
    )
}

/// A created deposit (201).
pub fn deposit(transaction_id: &str, process_id: &str, checkout_url: &str, expires_at_ms: i64, now_ms: i64) -> Answer {
    Answer::json(
        201,
        json!({"success": true, "data": {"transactionId": transaction_id, "processId": process_id,
            "checkoutUrl": checkout_url, "status": "pending", "expiresAt": iso_utc(expires_at_ms)},
            "timestamp": now_ms.div_euclid(1000)}),
    )
}

/// A created withdrawal (201).
pub fn withdrawal(transaction_id: &str, process_id: &str, now_ms: i64) -> Answer {
    Answer::json(
        201,
        json!({"success": true, "data": {"transactionId": transaction_id, "processId": process_id, "status": "pending"},
            "timestamp": now_ms.div_euclid(1000)}),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_instants() {
        assert_eq!(iso_utc(1_705_320_900_000), "2024-01-15T12:15:00.000Z");
        assert_eq!(iso_utc(1_705_320_900_042), "2024-01-15T12:15:00.042Z");
    }
}
