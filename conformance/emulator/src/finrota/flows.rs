//! One call of Finrota PWS from its request to its answer, in the spec's precedence: authentication (the Bearer
//! token presented and issued), the token's lifecycle, decoding and the message rules, the payment's lifecycle; then
//! the simulated bank, the answer, and the commit of the call to every lifecycle it acts on.

use serde_json::{Map, Value as Json, json};

use payspec::finrota_pws::{Code, DecodedRequest, Error, LifecycleId, OperationId, decode, outcome_of};
use payspec::support::{Credentials, Decimal, DecimalWire, IncomingRequest, Lang, Outcome, ResponseFacts, Route};

use super::answers::{self, lang_of};
use super::catalog;
use super::records::{Payment, ThreeD};
use super::{Context, FinrotaState};
use crate::answer::{Answer, HttpInput};
use crate::clock::{local_iso, utc_iso};
use crate::money::{amount_text, cents, format_cents, number};
use crate::outcomes::{Eventually, FinrotaStep, FinrotaTrigger};

fn code_error(code: Code) -> Error {
    Error::from_wire(None, payspec::WireEnum::as_wire(code), None)
}

fn bearer(headers: &[(String, String)]) -> Option<&str> {
    let value = headers.iter().find(|(name, _)| name == "authorization").map(|(_, v)| v.trim())?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

fn text<'a>(view: &'a Json, field: &str) -> Option<&'a str> {
    view.get(field).and_then(Json::as_str).filter(|t| !t.is_empty())
}

/// The request's fields under their canonical wire names, as the guards read them: the body of a POST, the query
/// and path parameters of a GET.
fn view_of(decoded: DecodedRequest, query: &str, path: &[(&str, String)]) -> Json {
    let body = decoded.into_view();
    if !body.is_null() {
        return body;
    }
    let mut map = Map::new();
    for (name, value) in payspec::support::form_pairs(query).unwrap_or_default() {
        // The accepted alias of a transaction query's order reference, under its canonical name.
        let name = if name == "clientOrderReferenceCode" { "clientReferenceNumber".to_owned() } else { name };
        map.entry(name).or_insert(Json::String(value));
    }
    for (name, value) in path {
        map.insert((*name).to_owned(), Json::String(value.clone()));
    }
    Json::Object(map)
}

/// Records a refusal in the coverage, with the state of the instance that refused.
fn note_refusal(
    state: &mut FinrotaState,
    operation: OperationId,
    refused: &payspec::finrota_pws::Refused,
    facts: &payspec::support::Facts<'_>,
) {
    let reached = state.world.state_reached(refused.lifecycle.id(), operation, facts);
    state.coverage.refused(refused.lifecycle, reached, operation, refused.code, refused.guard);
}

/// Handles one call to the end.
pub fn call(state: &mut FinrotaState, context: &Context<'_>, operation: OperationId, input: &HttpInput) -> Answer {
    let lang = lang_of(&input.headers);
    let now = context.now;
    let fail = |error: &Error| answers::error(operation, error, lang, now);
    // Authentication: the Bearer token presented and issued.
    let mut credentials = Credentials::default();
    if operation != OperationId::TokenConnect {
        let Some(token) = bearer(&input.headers).filter(|token| state.tokens.contains_key(*token)) else {
            return fail(&code_error(Code::UnauthorizedAccess));
        };
        credentials.bearer_token = Some(token.to_owned());
        let facts = context.facts(&Json::Null, &credentials, None, None);
        if let Some(refused) = state.world.refusal_of(LifecycleId::AccessToken, operation, &facts) {
            note_refusal(state, operation, &refused, &facts);
            return fail(&refused.error(lang));
        }
    }
    // Decoding: the body or parameters, their types and the message rules.
    let path_parameters = match payspec::finrota_pws::routes::route(&input.method, input.path()) {
        Route::Found { path_parameters, .. } => path_parameters,
        _ => Vec::new(),
    };
    let headers: Vec<(&str, &str)> = input.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let incoming = IncomingRequest {
        path_parameters: &path_parameters,
        query: input.query(),
        headers: &headers,
        body: &input.body,
    };
    let decoded = match decode(operation, &incoming) {
        Ok(decoded) => decoded,
        Err(error) => {
            return match error.reply(lang, now.millis) {
                Some(Ok(reply)) => Answer::json(reply.status, serde_json::from_str(&reply.body).unwrap_or(Json::Null)),
                _ => fail(&code_error(Code::InvalidRequestParameter)),
            };
        }
    };
    let view = view_of(decoded, input.query(), &path_parameters);
    if operation == OperationId::TokenConnect {
        let keys = &context.config.finrota;
        if text(&view, "apiKey") != Some(keys.api_key.as_str())
            || text(&view, "secretKey") != Some(keys.api_secret.as_str())
        {
            return fail(&code_error(Code::UnauthorizedAccess));
        }
    }
    // The payment's lifecycle.
    let facts = context.facts(&view, &credentials, None, None);
    if let Some(refused) = state.world.refusal(operation, &facts) {
        note_refusal(state, operation, &refused, &facts);
        return fail(&refused.error(lang));
    }
    // The bank, the answer, the commit.
    let mut answer = simulate(state, context, operation, input, &view, lang);
    let body = answer.lend_body();
    let code = body.pointer("/errors/0/code").and_then(Json::as_str).map(str::to_owned);
    let retry = code.as_deref().and_then(|c| Error::from_wire(None, c, None).retry());
    let response =
        ResponseFacts { status: answer.status, body, error_code: code, error_group: None, error_retry: retry };
    let outcome = match outcome_of(operation) {
        Some(binding) => binding.classify(&response),
        None if answer.status == 200 => Outcome::Approved,
        None => Outcome::Declined,
    };
    let facts = context.facts(&view, &credentials, Some(&response), Some(outcome));
    let moved = state.world.commit(operation, &facts);
    state.coverage.moved(Some(operation), &moved);
    answer.give_back(response.body);
    answer
}

fn trigger<'a>(context: &'a Context<'_>, on: FinrotaStep, amount: &str) -> Option<&'a FinrotaTrigger> {
    let amount = Decimal::new(amount, DecimalWire::String).ok()?;
    context.config.outcomes.finrota_by_amount(on, &amount)
}

/// What the simulated bank answers a call the rules let through.
fn simulate(
    state: &mut FinrotaState,
    context: &Context<'_>,
    operation: OperationId,
    input: &HttpInput,
    view: &Json,
    lang: Lang,
) -> Answer {
    let now = context.now;
    let fail = |code: Code| answers::error(operation, &code_error(code), lang, now);
    match operation {
        OperationId::TokenConnect => {
            let token = format!("fpws_{:x}_{}", state.epoch as u32, state.tokens.len() as u64 + state.ledger.count + 1);
            let token = unique(token, |t| state.tokens.contains_key(t));
            let lifetime = context.timers.seconds("token_lifetime").unwrap_or(3600) as i64;
            let expires_at = now.seconds + lifetime;
            state.tokens.insert(token.clone(), expires_at);
            Answer::json(200, json!({"expiry": utc_iso(expires_at), "token": token, "type": "Bearer"}))
        }
        OperationId::ListPaymentSets => answers::ok(catalog::payment_sets()),
        OperationId::ListPaymentOptions => {
            if text(view, "currency").is_none_or(|c| !catalog::CURRENCIES.contains(&c)) {
                fail(Code::ExchangeRateError)
            } else if text(view, "paymentSetId") != Some(catalog::PAYMENT_SET_ID) {
                fail(Code::PosNotFound)
            } else {
                answers::ok(catalog::payment_options())
            }
        }
        OperationId::PaymentOptionsByBin => {
            let bin = text(view, "binNumber").unwrap_or_default();
            if !catalog::knows_bin(bin) {
                fail(Code::BinUndefined)
            } else if text(view, "currency").is_some_and(|c| !catalog::CURRENCIES.contains(&c)) {
                fail(Code::ExchangeRateError)
            } else if text(view, "paymentSetId").is_some_and(|id| id != catalog::PAYMENT_SET_ID) {
                fail(Code::PosNotFound)
            } else {
                answers::ok(catalog::options_by_bin(bin))
            }
        }
        OperationId::CreatePayment => {
            let host = input.headers.iter().find(|(name, _)| name == "host").map(|(_, value)| value.as_str());
            let host = host.filter(|h| h.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c)));
            create_payment(state, context, view, lang, host)
        }
        OperationId::CommitPayment => commit_payment(state, view, lang, now),
        OperationId::GetTransaction | OperationId::QueryTransaction => {
            let found = state.ledger.find(
                text(view, "transactionId"),
                text(view, "referenceNumber"),
                text(view, "clientReferenceNumber"),
            );
            match found {
                Some(payment) => answers::ok(transaction(payment)),
                None => fail(Code::RecordNotFound),
            }
        }
        OperationId::CancelPayment => cancel_payment(state, context, view, lang),
        OperationId::RefundPayment => refund_payment(state, context, view, lang),
    }
}

fn unique(mut candidate: String, taken: impl Fn(&str) -> bool) -> String {
    let base = candidate.clone();
    let mut n = 1;
    while taken(&candidate) {
        n += 1;
        candidate = format!("{base}_{n}");
    }
    candidate
}

/// A transaction as the details service answers it.
fn transaction(payment: &Payment) -> Json {
    json!({
        "clientReferenceNumber": payment.client_reference,
        "referenceNumber": payment.reference,
        "tenantId": catalog::TENANT_ID,
        "tenantPosId": catalog::TENANT_POS_ID,
        "commRate": number("1.0"),
        "currencyType": payment.currency,
        "transactionDate": local_iso(payment.created_at),
        "transactionDetailId": payment.transaction_id,
        "installment": payment.installment,
        "lastAmount": number(&format_cents(payment.last_cents)),
        "lastNetAmount": number(&format_cents(payment.last_cents)),
        "id": payment.transaction_id,
        "vposCommRate": number("0.0"),
        "bankPaymentDays": 1,
        "transactionStatusId": payment.status_id,
    })
}

fn payment_result(redirect: Option<&str>, status_id: u8, failure: Option<(&str, &str)>) -> Json {
    json!({
        "redirectUrl": redirect,
        "transactionStatusId": status_id,
        "isSuccess": failure.is_none(),
        "errorCode": failure.map(|(code, _)| code),
        "errorMessage": failure.map(|(_, message)| message),
    })
}

fn create_payment(
    state: &mut FinrotaState,
    context: &Context<'_>,
    view: &Json,
    lang: Lang,
    host: Option<&str>,
) -> Answer {
    let now = context.now;
    let operation = OperationId::CreatePayment;
    let card = view.get("card").cloned().unwrap_or(Json::Null);
    let card_number = text(&card, "cardNumber").unwrap_or_default();
    let currency = text(view, "currencyCode").unwrap_or_default().to_owned();
    let amount = view.get("amount").and_then(amount_text).unwrap_or_default();
    let use_3d = view.get("use3D").and_then(Json::as_bool).unwrap_or(false);
    let refuse = |code: Code| answers::error(operation, &code_error(code), lang, now);
    if text(view, "paymentSetDefinitionId") != Some(catalog::PAYMENT_SET_ID)
        || text(view, "tenantPosId") != Some(catalog::TENANT_POS_ID)
    {
        return refuse(Code::PosNotFound);
    }
    if !catalog::CURRENCIES.contains(&currency.as_str()) {
        return refuse(Code::ExchangeRateError);
    }
    if !catalog::knows_bin(card_number) {
        return refuse(Code::BinUndefined);
    }
    let (transaction_id, reference) = state.ledger.next_ids(state.epoch);
    let mut payment = Payment {
        transaction_id: transaction_id.clone(),
        reference,
        client_reference: text(view, "clientOrderReferenceCode").map(str::to_owned),
        amount: amount.clone(),
        last_cents: cents(&amount).unwrap_or(0),
        currency,
        installment: view.get("installment").and_then(Json::as_i64).unwrap_or(1),
        status_id: 3,
        three_d: if use_3d { ThreeD::Waiting } else { ThreeD::None },
        return_url: text(view, "returnUrl").map(str::to_owned),
        bin: card_number.chars().take(6).collect(),
        last_four: card_number.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect(),
        created_at: now.seconds,
        failure: None,
    };
    // A 3D payment meets its bank on the bank page, after the OTP.
    if use_3d {
        state.ledger.insert(payment);
        // The bank page is the emulator's own, at the address the caller reached it by.
        let origin = host.map(|host| format!("http://{host}")).unwrap_or_default();
        let redirect = format!("{origin}{}3d/{transaction_id}", super::BANK_PREFIX);
        return answers::ok(payment_result(Some(&redirect), 3, None));
    }
    match trigger(context, FinrotaStep::Payment, &amount) {
        None => {
            payment.status_id = 1;
            state.ledger.insert(payment);
            answers::ok(payment_result(None, 1, None))
        }
        Some(trigger) => {
            let error = Error::from_wire(None, &trigger.code, None);
            let message = trigger.bank_message.clone().unwrap_or_else(|| error.message(lang));
            // A timeout leaves the outcome unknown: the bank decided, and a transaction query tells.
            let approved = trigger.code == "P010" && trigger.eventually == Eventually::Approved;
            payment.status_id = if approved { 1 } else { 2 };
            if !approved {
                payment.failure = Some(trigger.code.clone());
            }
            state.ledger.insert(payment);
            answers::declined(operation, &error, lang, now, payment_result(None, 2, Some((&trigger.code, &message))))
        }
    }
}

fn commit_payment(state: &mut FinrotaState, view: &Json, lang: Lang, now: crate::clock::Now) -> Answer {
    let operation = OperationId::CommitPayment;
    let reference = text(view, "referenceCode").unwrap_or_default();
    let Some(payment) = state.ledger.by_reference_mut(reference) else {
        return answers::error(operation, &code_error(Code::RecordNotFound), lang, now);
    };
    // Which states take a commit is the payment lifecycle's (it refused the others); the bank only knows whether the
    // OTP step passed.
    match payment.three_d {
        ThreeD::Passed => {
            payment.three_d = ThreeD::Done;
            payment.status_id = 1;
            answers::ok(payment_result(None, 1, None))
        }
        _ => {
            payment.three_d = ThreeD::Done;
            payment.status_id = 2;
            payment.failure = Some("P012".to_owned());
            let error = code_error(Code::OtpError);
            let message = error.message(lang);
            answers::declined(operation, &error, lang, now, payment_result(None, 2, Some(("P012", &message))))
        }
    }
}

fn cancel_refund_result(last_cents: i128, status_id: u8, failure: Option<(&str, &str)>) -> Json {
    json!({
        "lastAmount": number(&format_cents(last_cents)),
        "transactionStatusId": status_id,
        "errorCode": failure.map(|(code, _)| code),
        "errorMessage": failure.map(|(_, message)| message),
        "isSuccess": failure.is_none(),
    })
}

fn cancel_payment(state: &mut FinrotaState, context: &Context<'_>, view: &Json, lang: Lang) -> Answer {
    let (operation, now) = (OperationId::CancelPayment, context.now);
    let reference = text(view, "referenceCode").unwrap_or_default();
    let Some(payment) = state.ledger.by_reference_mut(reference) else {
        return answers::error(operation, &code_error(Code::RecordNotFound), lang, now);
    };
    if let Some(trigger) = trigger(context, FinrotaStep::Cancel, &payment.amount) {
        let error = Error::from_wire(None, &trigger.code, None);
        let message = trigger.bank_message.clone().unwrap_or_else(|| error.message(lang));
        let data = cancel_refund_result(payment.last_cents, payment.status_id, Some((&trigger.code, &message)));
        return answers::declined(operation, &error, lang, now, data);
    }
    payment.last_cents = 0;
    payment.status_id = 1;
    answers::ok(cancel_refund_result(0, 1, None))
}

fn refund_payment(state: &mut FinrotaState, context: &Context<'_>, view: &Json, lang: Lang) -> Answer {
    let (operation, now) = (OperationId::RefundPayment, context.now);
    let reference = text(view, "referenceCode").unwrap_or_default();
    let Some(payment) = state.ledger.by_reference_mut(reference) else {
        return answers::error(operation, &code_error(Code::RecordNotFound), lang, now);
    };
    let requested = view.get("amount").and_then(amount_text);
    let refund = requested.as_deref().and_then(cents).unwrap_or(payment.last_cents);
    let shown = requested.clone().unwrap_or_else(|| payment.amount.clone());
    if let Some(trigger) = trigger(context, FinrotaStep::Refund, &shown) {
        let error = Error::from_wire(None, &trigger.code, None);
        let message = trigger.bank_message.clone().unwrap_or_else(|| error.message(lang));
        let data = cancel_refund_result(payment.last_cents, payment.status_id, Some((&trigger.code, &message)));
        return answers::declined(operation, &error, lang, now, data);
    }
    // The lifecycle refused a refund past what is left; what remains here is the bank's arithmetic.
    payment.last_cents = (payment.last_cents - refund).max(0);
    payment.status_id = if payment.last_cents == 0 { 1 } else { 6 };
    answers::ok(cancel_refund_result(payment.last_cents, payment.status_id, None))
}
