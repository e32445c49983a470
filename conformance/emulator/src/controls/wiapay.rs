//! WiaPay's test controls under `/_payspec/wiapay/`: the transactions with their lifecycle state, the callbacks with
//! every delivery attempt, a status change set by hand (as WiaPay's back office would make it), and the coverage of
//! the lifecycle table. A real WiaPay has none of these.

use std::sync::Arc;

use serde_json::{Value as Json, json};

use crate::answer::Answer;
use crate::emulator::Emulator;
use crate::state::Input;
use crate::wiapay::{WiapayInput, WiapayState};

/// The controls, for `GET /_payspec/`.
pub const CONTROLS: &[(&str, &str, &str)] = &[
    (
        "GET",
        "/_payspec/wiapay/transactions",
        "WiaPay's transactions with their lifecycle state (`/{transactionId}` for one).",
    ),
    (
        "POST",
        "/_payspec/wiapay/transactions/{transactionId}/status",
        "Moves a transaction as WiaPay's back office would: {\"status\": \"processing|completed|failed|cancelled\", \"failureReason\": ...}; the callback is queued.",
    ),
    (
        "GET",
        "/_payspec/wiapay/callbacks",
        "Every callback with its body and each delivery attempt (`?transaction_id=...`).",
    ),
    (
        "GET",
        "/_payspec/wiapay/coverage",
        "Which transitions and refusals of the wiapay-transaction lifecycle were reached.",
    ),
    (
        "POST",
        "/_payspec/wiapay/receiver",
        "The emulator's own callback receiver: 200 if the signature verifies, else 401.",
    ),
];

fn error(status: u16, message: impl Into<String>) -> Answer {
    Answer::json(status, json!({"error": message.into()}))
}

fn transaction(state: &WiapayState, id: &str) -> Option<Json> {
    let record = state.transactions.get(id)?;
    Some(json!({"transactionId": record.transaction_id, "processId": record.process_id, "type": record.kind.wire(),
        "amount": crate::money::number(&record.amount), "currency": record.currency,
        "state": state.status(id).map(|s| s.id()), "createdAt": crate::clock::rfc3339(record.created_at_ms.div_euclid(1000)),
        "expiresAt": record.expires_at_ms.map(|ms| crate::clock::rfc3339(ms.div_euclid(1000))),
        "checkout": (record.kind == crate::wiapay::Kind::Deposit).then(|| format!("{}{id}", crate::wiapay::CHECKOUT_PREFIX))}))
}

fn callbacks(state: &WiapayState, only: Option<&str>) -> Json {
    let rows: Vec<Json> = state
        .outbox
        .callbacks
        .values()
        .filter(|c| only.is_none_or(|id| c.transaction_id == id))
        .map(|c| serde_json::to_value(c).unwrap_or(Json::Null))
        .collect();
    json!({"pending": state.outbox.pending(), "callbacks": rows})
}

/// Fires a due deposit expiry before the state is read, so what a control shows is what the test clock says.
pub async fn tick_if_due(emulator: &Emulator) -> Result<(), crate::emulator::EmulatorError> {
    let now = emulator.now_ms();
    if emulator.read(|s| s.wiapay.expiry_due(now)).await {
        emulator.submit(|_| Input::Wiapay { at_ms: now, input: WiapayInput::Tick }).await?;
    }
    Ok(())
}

/// Handles a control under `/_payspec/wiapay/` (`segments` after `wiapay`).
pub async fn handle(emulator: &Arc<Emulator>, method: &str, segments: &[&str], query: &str, body: &Json) -> Answer {
    if let Err(e) = tick_if_due(emulator).await {
        return error(503, e.to_string());
    }
    let filter: Vec<(String, String)> = payspec::support::form_pairs(query).unwrap_or_default();
    let only = filter.iter().find(|(k, _)| k == "transaction_id").map(|(_, v)| v.as_str());
    match (method, segments) {
        ("GET", ["transactions"]) => Answer::json(
            200,
            emulator.read(|s| {
                json!({"transactions": s.wiapay.transactions.keys().filter_map(|id| transaction(&s.wiapay, id)).collect::<Vec<_>>()})
            }).await,
        ),
        ("GET", ["transactions", id]) => match emulator.read(|s| transaction(&s.wiapay, id)).await {
            Some(found) => Answer::json(200, found),
            None => error(404, format!("no WiaPay transaction {id}")),
        },
        ("POST", ["transactions", id, "status"]) => {
            let Some(status) = body.get("status").and_then(Json::as_str) else {
                return error(400, "give {\"status\": \"processing|completed|failed|cancelled\"}");
            };
            let (transaction_id, status) = ((*id).to_owned(), status.to_owned());
            let failure_reason = body.get("failureReason").and_then(Json::as_str).map(str::to_owned);
            emulator
                .answer_call(|number, at_ms| Input::Wiapay {
                    at_ms,
                    input: WiapayInput::SetStatus { number, transaction_id, status, failure_reason },
                }).await
                .unwrap_or_else(|e| error(503, e.to_string()))
        }
        ("GET", ["callbacks"]) => Answer::json(200, emulator.read(|s| callbacks(&s.wiapay, only)).await),
        ("GET", ["coverage"]) => Answer::json(200, emulator.read(|s| s.wiapay.coverage.report()).await),
        _ => error(404, format!("no control {method} /_payspec/wiapay/{}; GET /_payspec/ lists them", segments.join("/"))),
    }
}
