//! One call of WiaPay from its request to its answer, in the spec's precedence: authentication (the signing recipe,
//! then the whitelist), decoding, the `wiapay-transaction` lifecycle's refusal; then the simulated back office (the
//! bank and its limits, the outcome table, the IBAN check, the balance), the answer, and the commit of the call to the
//! lifecycle. A status change afterwards (the checkout page, a withdrawal processed, the expiry timer, a test control)
//! is committed as the callback operation that reports it, and the callback is queued.

use serde_json::{Value as Json, json};

use payspec::support::{Clock, Credentials, Facts, IncomingRequest, Outcome, ResponseFacts, Value};
use payspec::wiapay::{
    DecodedRequest, Error, Moved, OperationId, Refused, TransactionState, World, decode, outcome_of,
};

use super::answers::{self, LANG};
use super::auth;
use super::bank::{self, BankChoice, Kind};
use super::{Context, TransactionRecord, WiapayState};
use crate::answer::{Answer, Body, HttpInput};

/// The facts of a call or event under a context.
pub(super) fn facts<'a>(
    context: &'a Context<'_>,
    request: &'a Json,
    credentials: &'a Credentials,
    response: Option<&'a ResponseFacts>,
    outcome: Option<Outcome>,
) -> Facts<'a> {
    Facts {
        request,
        response,
        credentials,
        clock: Clock::turkey(context.now.seconds),
        timers: context.timers,
        outcome,
        related: &|_| None,
    }
}

/// The lifecycle state of a transaction, by `transactionId`.
pub(super) fn status_of(world: &World, transaction_id: &str) -> Option<TransactionState> {
    world
        .wiapay_transaction
        .instances()
        .iter()
        .find(|i| matches!(i.attributes.get("transaction_id"), Some(Value::Text(id)) if id == transaction_id))
        .map(|i| i.state)
}

/// The request's fields under their canonical wire names, as the guards read them (an empty object for a call with
/// no body).
fn view_of(decoded: DecodedRequest) -> Json {
    match decoded.into_view() {
        Json::Null => json!({}),
        view => view,
    }
}

fn text<'a>(view: &'a Json, field: &str) -> Option<&'a str> {
    view.get(field).and_then(Json::as_str)
}

/// Handles a routed call of the API.
pub(super) fn call(
    state: &mut WiapayState,
    context: &Context<'_>,
    operation: OperationId,
    input: &HttpInput,
) -> Answer {
    let now = context.now;
    let config = &context.config.wiapay;
    match auth::authenticate(config, context.timers, now.seconds, input) {
        Ok(()) => {}
        Err(auth::Refused::Error(error)) => return answers::error(operation, &error, now.millis, None),
        Err(auth::Refused::Status(status)) => {
            return Answer { status, headers: Vec::new(), content_type: None, body: Body::Text(String::new()) };
        }
    }
    let headers: Vec<(&str, &str)> = input.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let incoming = IncomingRequest { path_parameters: &[], query: input.query(), headers: &headers, body: &input.body };
    let view = match decode(operation, &incoming) {
        Ok(decoded) => view_of(decoded),
        Err(error) => {
            return match error.reply(LANG, now.millis) {
                Some(Ok(reply)) => Answer::json(reply.status, serde_json::from_str(&reply.body).unwrap_or(Json::Null)),
                _ => answers::error(operation, &Error::ValidationError, now.millis, None),
            };
        }
    };
    let credentials = Credentials { api_key: Some(config.api_key.clone()), ..Credentials::default() };
    {
        let facts = facts(context, &view, &credentials, None, None);
        if let Some(refused) = state.world.refusal(operation, &facts) {
            note_refusal(state, operation, &refused, &facts);
            return answers::error(operation, &refused.error(LANG), now.millis, Some(refused.http_status));
        }
    }
    let (answer, record) = match operation {
        OperationId::GetAvailableBanks => (answers::banks(config, now.millis), None),
        OperationId::CreateDeposit => match deposit(state, context, &view, input) {
            Ok((answer, record)) => (answer, Some(record)),
            Err(error) => (answers::error(operation, &error, now.millis, None), None),
        },
        OperationId::CreateWithdrawal => match withdrawal(state, context, &view) {
            Ok((answer, record)) => (answer, Some(record)),
            Err(error) => (answers::error(operation, &error, now.millis, None), None),
        },
        // Callbacks are WiaPay's to send, not to receive: their routes are not the emulator's.
        OperationId::DepositCallback | OperationId::WithdrawalCallback => {
            (answers::error(operation, &Error::ValidationError, now.millis, Some(404)), None)
        }
    };
    let answer = commit(state, context, operation, &view, &credentials, answer);
    if let Some(record) = record
        && answer.status < 300
    {
        let id = record.transaction_id.clone();
        let then = record.then.clone();
        state.withdrawn_cents += record.held_cents;
        state.transactions.insert(id.clone(), record);
        if state.transactions.get(&id).is_some_and(|r| r.kind == Kind::Withdrawal) {
            progress(state, context, &id, &then, None);
        }
    }
    answer
}

/// Commits a call with its answer to the lifecycle (the outcome read from the answer by the spec's binding).
fn commit(
    state: &mut WiapayState,
    context: &Context<'_>,
    operation: OperationId,
    view: &Json,
    credentials: &Credentials,
    mut answer: Answer,
) -> Answer {
    let body = answer.lend_body();
    let code = body.pointer("/error/code").and_then(Json::as_str).map(str::to_owned);
    let retry = code.as_deref().and_then(|c| Error::from_wire(None, c, None).retry());
    let response =
        ResponseFacts { status: answer.status, body, error_code: code, error_group: None, error_retry: retry };
    let outcome = match outcome_of(operation) {
        Some(binding) => binding.classify(&response),
        None if answer.status < 300 => Outcome::Approved,
        None => Outcome::Declined,
    };
    let facts = facts(context, view, credentials, Some(&response), Some(outcome));
    let moved = state.world.commit(operation, &facts);
    state.coverage.moved(Some(operation), &moved);
    answer.give_back(response.body);
    answer
}

fn note_refusal(state: &mut WiapayState, operation: OperationId, refused: &Refused, facts: &Facts<'_>) {
    let reached = state.world.state_reached(refused.lifecycle.id(), operation, facts);
    state.coverage.refused(reached, operation, refused.code);
}

fn next_id(state: &mut WiapayState) -> String {
    state.last_transaction += 1;
    format!("TXN-{:08x}{:06}", state.epoch % 0xffff_ffff, state.last_transaction)
}

fn checkout_url(input: &HttpInput, transaction_id: &str) -> String {
    let host = input.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case("host")).map(|(_, v)| v.as_str());
    match host {
        Some(host) => format!("http://{host}{}{transaction_id}", super::CHECKOUT_PREFIX),
        None => format!("{}{transaction_id}", super::CHECKOUT_PREFIX),
    }
}

fn trigger_error(trigger: Option<&bank::WiapayTrigger>) -> Result<(), Error> {
    match trigger.and_then(|t| t.answer.as_deref()) {
        Some(code) => Err(Error::from_wire(None, code, None)),
        None => Ok(()),
    }
}

/// A deposit the lifecycle did not refuse: the bank and its limits, the outcome table, then the transaction.
fn deposit(
    state: &mut WiapayState,
    context: &Context<'_>,
    view: &Json,
    input: &HttpInput,
) -> Result<(Answer, TransactionRecord), Error> {
    let config = &context.config.wiapay;
    let amount = view.get("amount").and_then(Json::as_i64).ok_or(Error::InvalidAmount)?;
    let choice = bank::choose(config, text(view, "bankCode"), true);
    if choice == BankChoice::Unknown {
        return Err(Error::InvalidBank);
    }
    if !bank::within_limits(config, choice, amount) {
        return Err(Error::AmountOutOfRange);
    }
    let amount_text = amount.to_string();
    let trigger = bank::trigger(&context.config.outcomes.wiapay, Kind::Deposit, &amount_text, None);
    trigger_error(trigger)?;
    let transaction_id = next_id(state);
    let process_id = text(view, "processId").unwrap_or_default().to_owned();
    let expiry = context.timers.seconds("deposit_expiry").unwrap_or(1800);
    let expires_at_ms =
        context.now.millis.saturating_add(i64::try_from(expiry).map_or(i64::MAX, |s| s.saturating_mul(1000)));
    let url = checkout_url(input, &transaction_id);
    let answer = answers::deposit(&transaction_id, &process_id, &url, expires_at_ms, context.now.millis);
    let record = TransactionRecord {
        transaction_id,
        process_id,
        kind: Kind::Deposit,
        amount: amount_text,
        currency: text(view, "currency").unwrap_or("TRY").to_owned(),
        callback_url: text(view, "callbackUrl").map(str::to_owned),
        customer: view.pointer("/customer/name").and_then(Json::as_str).unwrap_or_default().to_owned(),
        created_at_ms: context.now.millis,
        expires_at_ms: Some(expires_at_ms),
        then: trigger.map_or_else(bank::default_then, |t| t.then.clone()),
        failure_reason: trigger.and_then(|t| t.failure_reason.clone()),
        confirmed_amount: trigger.and_then(|t| t.confirmed_amount.clone()),
        held_cents: 0,
    };
    Ok((answer, record))
}

/// A withdrawal the lifecycle did not refuse: the bank, the outcome table, the IBAN's check digits, the balance.
fn withdrawal(
    state: &mut WiapayState,
    context: &Context<'_>,
    view: &Json,
) -> Result<(Answer, TransactionRecord), Error> {
    let config = &context.config.wiapay;
    let amount = view.get("amount").and_then(crate::money::amount_text).ok_or(Error::InvalidAmount)?;
    if bank::choose(config, text(view, "bankId"), false) == BankChoice::Unknown {
        return Err(Error::InvalidBank);
    }
    let iban = text(view, "iban").unwrap_or_default();
    let trigger = bank::trigger(&context.config.outcomes.wiapay, Kind::Withdrawal, &amount, Some(iban));
    trigger_error(trigger)?;
    if !bank::iban_checksum_ok(iban) {
        return Err(Error::InvalidIban);
    }
    let cents = crate::money::cents(&amount).and_then(|c| i64::try_from(c).ok()).ok_or(Error::InvalidAmount)?;
    let balance = crate::money::cents(&config.balance).and_then(|c| i64::try_from(c).ok()).unwrap_or(0);
    if cents > balance.saturating_sub(state.withdrawn_cents) {
        return Err(Error::InsufficientBalance);
    }
    let transaction_id = next_id(state);
    let process_id = text(view, "processId").unwrap_or_default().to_owned();
    let answer = answers::withdrawal(&transaction_id, &process_id, context.now.millis);
    let record = TransactionRecord {
        transaction_id,
        process_id,
        kind: Kind::Withdrawal,
        amount,
        currency: "TRY".to_owned(),
        callback_url: None,
        customer: text(view, "accountName").unwrap_or_default().to_owned(),
        created_at_ms: context.now.millis,
        expires_at_ms: None,
        then: trigger.map_or_else(bank::default_then, |t| t.then.clone()),
        failure_reason: trigger.and_then(|t| t.failure_reason.clone()),
        confirmed_amount: trigger.and_then(|t| t.confirmed_amount.clone()),
        held_cents: cents,
    };
    Ok((answer, record))
}

/// The callback payload reporting a transaction's status.
fn payload(record: &TransactionRecord, status: &str, failure_reason: Option<&str>, now_ms: i64) -> Json {
    let amount = match (status, &record.confirmed_amount) {
        ("completed", Some(confirmed)) => confirmed.as_str(),
        _ => record.amount.as_str(),
    };
    let mut payload = json!({"transactionId": record.transaction_id, "processId": record.process_id,
        "type": record.kind.wire(), "status": status, "amount": crate::money::number(amount),
        "currency": record.currency});
    if status == "completed" {
        payload["completedAt"] = json!(answers::iso_utc(now_ms));
    }
    if status == "failed" {
        let reason = failure_reason.or(record.failure_reason.as_deref()).unwrap_or("The transfer failed");
        payload["failureReason"] = json!(reason);
    }
    payload["timestamp"] = json!(now_ms.div_euclid(1000));
    payload
}

fn callback_operation(kind: Kind) -> OperationId {
    match kind {
        Kind::Deposit => OperationId::DepositCallback,
        Kind::Withdrawal => OperationId::WithdrawalCallback,
    }
}

/// Queues the callback reporting a status change, and releases a failed or cancelled withdrawal's hold.
fn report(state: &mut WiapayState, context: &Context<'_>, transaction_id: &str, payload: &Json) {
    let Some(record) = state.transactions.get_mut(transaction_id) else { return };
    let status = payload.get("status").and_then(Json::as_str).unwrap_or_default().to_owned();
    if matches!(status.as_str(), "failed" | "cancelled") {
        state.withdrawn_cents -= std::mem::take(&mut record.held_cents);
    }
    let operation = callback_operation(record.kind).id();
    let url = record.callback_url.clone();
    let body = serde_json::to_string(payload).unwrap_or_default();
    state.outbox.push(transaction_id, operation, &status, url, body, context.now.millis);
}

/// Moves a transaction through statuses, each committed to the lifecycle as the callback that reports it, and each
/// reported by a queued callback; it stops at the first status the lifecycle does not take. The statuses taken.
pub(super) fn progress(
    state: &mut WiapayState,
    context: &Context<'_>,
    transaction_id: &str,
    statuses: &[String],
    failure_reason: Option<&str>,
) -> Vec<String> {
    let mut taken = Vec::new();
    for status in statuses {
        let Some(record) = state.transactions.get(transaction_id) else { break };
        let operation = callback_operation(record.kind);
        let payload = payload(record, status, failure_reason, context.now.millis);
        let credentials = Credentials::default();
        let facts = facts(context, &payload, &credentials, None, None);
        let moved = state.world.commit(operation, &facts);
        state.coverage.moved(Some(operation), &moved);
        if moved.is_empty() {
            break;
        }
        report(state, context, transaction_id, &payload);
        taken.push(status.clone());
    }
    taken
}

/// Fires the timers due at the test clock (an unpaid deposit's expiry) and reports what they moved.
pub(super) fn tick(state: &mut WiapayState, context: &Context<'_>) {
    if !state.expiry_due(context.now.millis) {
        return;
    }
    let before: Vec<(String, Option<TransactionState>)> =
        state.transactions.keys().map(|id| (id.clone(), state.status(id))).collect();
    let (request, credentials) = (Json::Null, Credentials::default());
    let facts = facts(context, &request, &credentials, None, None);
    let moved: Vec<Moved> = state.world.fire_timers(&facts);
    state.coverage.moved(None, &moved);
    for (id, was) in before {
        let now = state.status(&id);
        if now != was && now == Some(TransactionState::Cancelled) {
            let Some(record) = state.transactions.get(&id) else { continue };
            let payload = payload(record, "cancelled", None, context.now.millis);
            report(state, context, &id, &payload);
        }
    }
}
