//! A transaction's status changed by hand (`POST /_payspec/wiapay/transactions/{id}/status`), as WiaPay's back office
//! would change it: committed like any other status change, so the lifecycle decides whether it exists.

use serde_json::json;

use super::{Context, WiapayState, flows};
use crate::answer::Answer;

fn error(status: u16, message: impl Into<String>) -> Answer {
    Answer::json(status, json!({"error": message.into()}))
}

/// A status change set by hand, applied: the transaction's state after it, or 409 if the lifecycle takes no such
/// change from where the transaction is.
pub fn set_status(
    state: &mut WiapayState,
    context: &Context<'_>,
    transaction_id: &str,
    status: &str,
    failure_reason: Option<&str>,
) -> Answer {
    if !state.transactions.contains_key(transaction_id) {
        return error(404, format!("no WiaPay transaction {transaction_id}"));
    }
    let before = state.status(transaction_id).map(|s| s.id());
    let taken = flows::progress(state, context, transaction_id, &[status.to_owned()], failure_reason);
    let after = state.status(transaction_id).map(|s| s.id());
    if taken.is_empty() {
        return Answer::json(
            409,
            json!({"error": format!("the wiapay-transaction lifecycle takes no change to {status} from {}", before.unwrap_or("?")),
                "state": before}),
        );
    }
    Answer::json(200, json!({"transactionId": transaction_id, "from": before, "state": after}))
}
