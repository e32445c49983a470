//! One call of the iyzico Terminal API from its request to its answer, in the spec's precedence: authentication,
//! the access token's session, decoding, the device's owner, every lifecycle's refusal; then the simulated device
//! and bank, the answer, and the commit of the call to every lifecycle it acts on.

use serde_json::{Value as Json, json};

use payspec::iyzico_terminal::{
    DecodeError, Error, LifecycleId, OperationId, PRECEDENCE, Reaches, decode_view, outcome_of,
};
use payspec::support::{
    Check, Credentials, Decimal, DecimalWire, Facts, IncomingRequest, Lang, Outcome, ResponseFacts,
};

use super::answers::{self, Now, lang_of};
use super::faces::PaymentFaces;
use super::records::{Declined, PaymentRecord, RefundRecord, Unresolved, by_reference};
use super::session::{self, Caller};
use super::{Context, IyzicoState};
use crate::answer::{Answer, HttpInput};
use crate::outcomes::{Eventually, Failure, Trigger};

/// The facts of a call under a context.
pub fn facts<'a>(
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
        clock: context.clock(),
        timers: context.timers,
        outcome,
        related: &|_| None,
    }
}

fn is_terminal_host(operation: OperationId) -> bool {
    !matches!(operation, OperationId::OauthAuthorize | OperationId::OauthToken | OperationId::OauthTokenRefresh)
}

/// The language a raw body asks for, before it is decoded (a request that cannot be read is answered in Turkish
/// unless it says `en`), and the body as JSON (null if it is not) for the fields an answer carries back.
fn raw_lang(body: &[u8]) -> (Lang, Json) {
    let view: Json = serde_json::from_slice(body).unwrap_or(Json::Null);
    (lang_of(&view), view)
}

/// Records a refusal in the coverage, with the state of the instance that refused.
fn note_refusal(
    state: &mut IyzicoState,
    operation: OperationId,
    refused: &payspec::iyzico_terminal::Refused,
    facts: &Facts<'_>,
    reaches: &Reaches,
) {
    let reached = state.world.state_reached_in(refused.lifecycle.id(), operation, facts, reaches);
    state.coverage.refused(refused.lifecycle, reached, operation, refused.code, refused.guard);
}

fn refusal_answer(
    operation: OperationId,
    refused: &payspec::iyzico_terminal::Refused,
    lang: Lang,
    now: Now,
    view: &Json,
) -> Answer {
    answers::error(operation, &refused.error(lang), lang, now, view, Some(refused.http_status))
}

fn text<'a>(view: &'a Json, field: &str) -> Option<&'a str> {
    view.get(field).and_then(Json::as_str).filter(|t| !t.is_empty())
}

/// What is read from a request before the emulator's lock is taken: its decoding (a pure function of its bytes),
/// as the request view the guards read, or the reason it cannot be read.
#[derive(Debug)]
pub struct Prepared {
    decoded: Result<Json, DecodeError>,
}

/// Decodes a request for `operation`.
pub fn prepare(operation: OperationId, input: &HttpInput) -> Prepared {
    let headers: Vec<(&str, &str)> = input.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let incoming = IncomingRequest { path_parameters: &[], query: input.query(), headers: &headers, body: &input.body };
    Prepared { decoded: decode_view(operation, &incoming) }
}

/// Authenticates and decodes a call and asks every lifecycle whether it refuses it: the request view and the
/// caller, or the answer.
pub fn admit(
    state: &mut IyzicoState,
    context: &Context<'_>,
    operation: OperationId,
    input: &HttpInput,
    prepared: Option<Prepared>,
) -> Result<(Json, Caller, Reaches), Answer> {
    let now = context.now;
    // The body is read for its language and the fields an answer carries back only when an answer is needed before
    // it is decoded.
    let early = std::cell::OnceCell::new();
    let raw = || early.get_or_init(|| raw_lang(&input.body));
    let fail = |error: &Error, view: &Json, lang: Lang| answers::error(operation, error, lang, now, view, None);
    // Authentication: the client of the token calls, the Bearer token of the terminal-host calls.
    let mut caller = match operation {
        OperationId::OauthAuthorize => Caller::default(),
        OperationId::OauthToken | OperationId::OauthTokenRefresh => {
            let client =
                session::basic_client(context.config, &input.headers).map_err(|e| fail(&e, &raw().1, raw().0))?;
            Caller { client_id: Some(client), ..Caller::default() }
        }
        _ => {
            let caller = state.sessions.bearer(&input.headers);
            if caller.bearer_token.is_none() {
                return Err(fail(&Error::InvalidToken, &raw().1, raw().0));
            }
            caller
        }
    };
    // The session of the access token, before the body is read (a terminal-host caller is known from here on).
    let mut credentials = None;
    if is_terminal_host(operation) {
        let credentials = credentials.insert(caller.credentials());
        let facts = facts(context, &Json::Null, credentials, None, None);
        let reaches = Reaches::default();
        if let Some(refused) = state.world.refusal_of_in(LifecycleId::AccessToken, operation, &facts, &reaches) {
            note_refusal(state, operation, &refused, &facts, &reaches);
            return Err(refusal_answer(operation, &refused, raw().0, now, &raw().1));
        }
    }
    // Decoding: the body, its types and its rules (done before the lock where the caller could).
    let prepared = prepared.unwrap_or_else(|| prepare(operation, input));
    let mut view = prepared.decoded.map_err(|error| match error.reply(raw().0, now.millis) {
        Some(Ok(reply)) => {
            let body: Json = serde_json::from_str(&reply.body).unwrap_or(Json::Null);
            answers::carry_back(operation, &raw().1, Answer::json(reply.status, body))
        }
        _ => Answer::json(400, json!({"error": error.to_string()})),
    })?;
    let lang = lang_of(&view);
    if operation == OperationId::OauthAuthorize {
        let field = |name: &str| text(&view, name).unwrap_or_default().to_owned();
        session::body_credentials(
            context.config,
            &field("client_id"),
            &field("client_secret"),
            &field("username"),
            &field("password"),
        )
        .map_err(|e| fail(&e, &view, lang))?;
        caller.client_id = Some(field("client_id"));
        caller.username = Some(field("username"));
    }
    // The device must be one of the user's.
    if let Some(device) = text(&view, "deviceUniqueId") {
        let owns = caller
            .username
            .as_deref()
            .and_then(|u| context.config.user(u))
            .is_some_and(|user| user.devices.iter().any(|d| d == device));
        if !owns {
            return Err(fail(&Error::AuthDeviceAccessDenied, &view, lang));
        }
    }
    // A status query may name the payment by paymentId alone: the emulator finds its transactionReferenceId, the
    // key the lifecycles know it by.
    if matches!(operation, OperationId::Vuk509QueryTransactionStatus | OperationId::Vuk507QueryTransactionStatus)
        && text(&view, "transactionReferenceId").is_none()
        && let Some(payment) = text(&view, "paymentId").and_then(|id| state.ledger.payments.get(id))
        && Some(payment.client_id.as_str()) == caller.client_id.as_deref()
        && let Some(map) = view.as_object_mut()
    {
        map.insert("transactionReferenceId".to_owned(), json!(payment.reference));
    }
    let credentials = credentials.unwrap_or_else(|| caller.credentials());
    let facts = facts(context, &view, &credentials, None, None);
    let reaches = Reaches::default();
    if let Some(refused) = state.world.refusal_in(operation, &facts, &reaches) {
        note_refusal(state, operation, &refused, &facts, &reaches);
        return Err(refusal_answer(operation, &refused, lang, now, &view));
    }
    Ok((view, caller, reaches))
}

/// The amount a call's trigger is chosen by: its `price`, or a VUK 507 refund's total.
fn trigger_amount(operation: OperationId, view: &Json) -> Option<Decimal> {
    let text = match operation {
        OperationId::Vuk509Payment
        | OperationId::Vuk509Refund
        | OperationId::Vuk507Payment
        | OperationId::Vuk507PartialPaymentAddPayment => answers::amount_text(view.get("price")?)?,
        OperationId::Vuk507Refund => refund_total(view),
        _ => return None,
    };
    Decimal::new(&text, DecimalWire::String).ok()
}

fn refund_total(view: &Json) -> String {
    let items = view.get("saleItems").and_then(Json::as_array).map(Vec::as_slice).unwrap_or_default();
    let amounts: Vec<String> = items.iter().filter_map(|i| answers::amount_text(i.get("returnAmount")?)).collect();
    answers::sum(&amounts.iter().map(String::as_str).collect::<Vec<_>>())
}

/// The error a trigger answers.
fn failure_error(failure: &Failure) -> Error {
    match failure {
        Failure::BankError { code, message } => Error::BankError { code: code.clone(), message: message.clone() },
        Failure::PaymentError { code, message } => Error::PaymentError { code: code.clone(), message: message.clone() },
        Failure::Code { code, .. } => Error::from_wire(None, code, None),
    }
}

/// Applies what an answer tells of external events (the spec's signals: a code that ends the session, a device that
/// finished): `took` the lifecycles the call's arrival moved, `moved` what its commit moved.
fn signal(state: &mut IyzicoState, facts: &Facts<'_>, took: &[LifecycleId], moved: &[payspec::iyzico_terminal::Moved]) {
    let mut touched = took.to_vec();
    touched.extend(moved.iter().map(|m| m.lifecycle));
    let fired = state.world.signalled(facts, &touched);
    state.coverage.moved(None, &fired);
}

/// What an answer of this status and body says, for the lifecycles' rules.
fn response_facts(status: u16, body: Json) -> ResponseFacts {
    let code = body.get("errorCode").or_else(|| body.get("error")).and_then(Json::as_str).map(str::to_owned);
    let group = body.get("errorGroup").and_then(Json::as_str).map(str::to_owned);
    let retry = code.as_deref().map(|c| Error::from_wire(group.as_deref(), c, None)).and_then(|e| e.retry());
    ResponseFacts { status, body, error_code: code, error_group: group, error_retry: retry }
}

/// Checks a call again (a card took time; another call may have changed what it names), then simulates, answers and
/// commits it, and applies what its answer tells (the spec's signals); `took` are the lifecycles its arrival moved.
/// `found` are the instances its admission found, where the world has not changed since (a call answered at once).
#[allow(clippy::too_many_arguments)]
pub fn complete(
    state: &mut IyzicoState,
    context: &Context<'_>,
    operation: OperationId,
    view: &Json,
    caller: &Caller,
    presented: Option<&str>,
    checked: bool,
    took: &[LifecycleId],
    found: Option<Reaches>,
) -> Answer {
    let now = context.now;
    let lang = lang_of(view);
    let credentials = caller.credentials();
    if !checked {
        let facts = facts(context, view, &credentials, None, None);
        let reaches = Reaches::default();
        let refused = PRECEDENCE.iter().find_map(|check| match check {
            Check::Lifecycle(LifecycleId::Device) => None,
            Check::Lifecycle(lifecycle) => state.world.refusal_of_in(*lifecycle, operation, &facts, &reaches),
            _ => None,
        });
        if let Some(refused) = refused {
            note_refusal(state, operation, &refused, &facts, &reaches);
            let answer = refusal_answer(operation, &refused, lang, now, view);
            let response = response_facts(answer.status, answer.json_body().into_owned());
            signal(state, &self::facts(context, view, &credentials, Some(&response), None), took, &[]);
            return answer;
        }
    }
    let trigger: Option<Trigger> = match presented {
        Some("approved") => None,
        Some(name) => context.config.outcomes.iyzico_by_name(name).cloned(),
        None => trigger_amount(operation, view).and_then(|a| context.config.outcomes.iyzico_by_amount(&a).cloned()),
    };
    let answer = match &trigger {
        Some(trigger) => {
            let error = failure_error(&trigger.answer);
            let answer = answers::error(operation, &error, lang, now, view, None);
            remember_failure(state, context, operation, view, caller, trigger, &answer);
            answer
        }
        None => answers::carry_back(operation, view, approve(state, context, operation, view, caller, lang)),
    };
    let mut answer = answer;
    // The body moves into the response facts for the commit, and back into the answer after it.
    let response = response_facts(answer.status, answer.lend_body());
    let outcome = match outcome_of(operation) {
        Some(binding) => binding.classify(&response),
        None if answer.status == 200 => Outcome::Approved,
        None => Outcome::Declined,
    };
    if outcome != Outcome::Unknown
        && trigger.is_some()
        && let Some(reference) = text(view, "transactionReferenceId")
        && let Some(client) = caller.client_id.as_deref()
    {
        let key = by_reference(client, reference);
        if let Some(unresolved) = state.ledger.unresolved.remove(&key) {
            let (code, group, message) = unresolved.failure;
            state.ledger.declined.insert(key, Declined { code, group, message });
        }
    }
    let facts = facts(context, view, &credentials, Some(&response), Some(outcome));
    let moved = match found {
        Some(found) => state.world.commit_checked(operation, &facts, found),
        None => state.world.commit(operation, &facts),
    };
    state.coverage.moved(Some(operation), &moved);
    signal(state, &facts, took, &moved);
    answer.give_back(response.body);
    answer
}

/// Records what really happened to a failed call: a later status query answers from it.
fn remember_failure(
    state: &mut IyzicoState,
    context: &Context<'_>,
    operation: OperationId,
    view: &Json,
    caller: &Caller,
    trigger: &Trigger,
    answer: &Answer,
) {
    let (Some(reference), Some(client)) = (text(view, "transactionReferenceId"), caller.client_id.as_deref()) else {
        return;
    };
    let body: Json = answer.json_body().into_owned();
    let field = |name: &str| body.get(name).and_then(Json::as_str).map(str::to_owned);
    let failure =
        (field("errorCode").unwrap_or_default(), field("errorGroup"), field("errorMessage").unwrap_or_default());
    let key = by_reference(client, reference);
    let eventually = trigger.eventually;
    let payment = match operation {
        OperationId::Vuk509Payment if text(view, "salesType") == Some("POST_AUTH") => captured(state, view),
        OperationId::Vuk509Payment | OperationId::Vuk507Payment => new_payment(state, context, view, caller),
        _ => None,
    };
    match payment {
        Some(payment) => {
            state.ledger.unresolved.insert(key, Unresolved { eventually, payment, failure });
        }
        None => {
            let (code, group, message) = failure;
            state.ledger.declined.insert(key, Declined { code, group, message });
        }
    }
}

/// The PRE_AUTH a POST_AUTH request completes, as completed (not yet in the ledger): its own paymentId, the
/// POST_AUTH's amount, and the POST_AUTH's transactionReferenceId, by which a status query now names it.
fn captured(state: &IyzicoState, view: &Json) -> Option<PaymentRecord> {
    let mut payment = state.ledger.payments.get(text(view, "paymentId")?)?.clone();
    payment.sales_type = "POST_AUTH".to_owned();
    payment.price = view.get("price").and_then(answers::amount_text).unwrap_or(payment.price);
    payment.reference = text(view, "transactionReferenceId").unwrap_or_default().to_owned();
    Some(payment)
}

/// A new payment for a sale request (not yet in the ledger).
fn new_payment(state: &mut IyzicoState, context: &Context<'_>, view: &Json, caller: &Caller) -> Option<PaymentRecord> {
    let device = text(view, "deviceUniqueId")?.to_owned();
    let n = state.ledger.next_number();
    Some(PaymentRecord {
        payment_id: format!("{}", 28_000_000 + n),
        client_id: caller.client_id.clone().unwrap_or_default(),
        reference: text(view, "transactionReferenceId").unwrap_or_default().to_owned(),
        batch_no: state.ledger.batch(&device),
        device,
        sales_type: text(view, "salesType").unwrap_or("SALE").to_owned(),
        price: view.get("price").and_then(answers::amount_text).unwrap_or_default(),
        currency: text(view, "currency").unwrap_or("TRY").to_owned(),
        installment: view.get("installment").and_then(Json::as_i64).unwrap_or(1),
        created_at: context.now.seconds,
        card: usize::try_from(n).unwrap_or_default() % super::TEST_CARDS.len(),
        auth_code: format!("{:06}", 100_000 + n % 900_000),
        host_reference: format!("HR{n:010}"),
        sale_items: view.get("saleItems").cloned().unwrap_or(Json::Null),
        sale_number: text(view, "saleNumber").map(str::to_owned),
        cancel_host_reference: None,
        refunds: Vec::new(),
        voided: false,
    })
}

fn token(state: &mut IyzicoState, prefix: &str) -> String {
    let n = state.ledger.next_number();
    format!("{prefix}{:012x}{n:08x}", state.epoch)
}

/// The success answer of a call the simulated device and bank approve, recorded in the ledger.
fn approve(
    state: &mut IyzicoState,
    context: &Context<'_>,
    operation: OperationId,
    view: &Json,
    caller: &Caller,
    lang: Lang,
) -> Answer {
    let now = context.now;
    let client = caller.client_id.clone().unwrap_or_default();
    // Reached only if a lifecycle let through a call naming nothing the ledger knows; the lifecycles refuse those
    // first (380107), so this answers the same.
    let not_found = |_: &IyzicoState, id: &str| {
        answers::error(
            operation,
            &Error::PaymentNotFoundByPaymentId { payment_id: id.to_owned() },
            lang,
            now,
            view,
            None,
        )
    };
    let payment_id = text(view, "paymentId").unwrap_or_default().to_owned();
    match operation {
        OperationId::OauthAuthorize => {
            let code = token(state, "ac");
            let grant = session::Grant {
                client_id: client,
                username: caller.username.clone().unwrap_or_default(),
                issued_at: now.seconds,
            };
            state.sessions.codes.insert(code.clone(), grant);
            let lifetime = i64::try_from(context.timers.seconds("auth_code_lifetime").unwrap_or(600)).unwrap_or(600);
            Answer::json(
                200,
                json!({"code": code, "issuedAt": now.rfc3339(), "expiredAt": answers::rfc3339(now.seconds + lifetime)}),
            )
        }
        OperationId::OauthToken | OperationId::OauthTokenRefresh => {
            let grant = match text(view, "grant_type") {
                Some("authorization_code") => text(view, "code").and_then(|c| state.sessions.codes.get(c)).cloned(),
                _ => text(view, "refresh_token").and_then(|r| state.sessions.refresh_tokens.get(r)).cloned(),
            };
            let Some(grant) = grant else {
                return answers::error(operation, &Error::InvalidGrant, lang, now, view, None);
            };
            let access = token(state, "at");
            let refresh = match text(view, "refresh_token") {
                Some(refresh) => refresh.to_owned(),
                None => token(state, "rt"),
            };
            state.sessions.access_tokens.insert(access.clone(), grant.clone());
            state.sessions.refresh_tokens.insert(refresh.clone(), grant);
            let lifetime = context.timers.seconds("access_token_lifetime").unwrap_or(7199);
            Answer::json(
                200,
                json!({"access_token": access, "refresh_token": refresh, "scope": "iyzipayApiGateway",
                    "token_type": "Bearer", "expires_in": lifetime}),
            )
        }
        OperationId::Vuk509Payment | OperationId::Vuk507Payment => {
            let payment = if text(view, "salesType") == Some("POST_AUTH") {
                let Some(payment) = captured(state, view) else {
                    return not_found(state, &payment_id);
                };
                payment
            } else {
                let Some(payment) = new_payment(state, context, view, caller) else {
                    return not_found(state, &payment_id);
                };
                payment
            };
            let answer = payment_answer(operation, view, &payment, now, None);
            state.ledger.payments.insert(payment.payment_id.clone(), payment);
            answer
        }
        OperationId::Vuk509QueryTransactionStatus | OperationId::Vuk507QueryTransactionStatus => {
            query(state, context, operation, view, caller, lang)
        }
        OperationId::Vuk509Void | OperationId::Vuk507Void => {
            let n = state.ledger.next_number();
            let Some(payment) = state.ledger.payments.get_mut(&payment_id) else {
                return not_found(state, &payment_id);
            };
            payment.voided = true;
            payment.cancel_host_reference = Some(format!("CH{n:010}"));
            let payment = payment.clone();
            if operation == OperationId::Vuk509Void {
                return answers::vuk509_payment(view, &payment, now, answers::FromRequest::default());
            }
            let mut body = answers::vuk507_sale(&payment, now);
            let day = now.day();
            body.insert("cancelHostReference".to_owned(), json!(payment.cancel_host_reference));
            body.insert("transactionDate".to_owned(), json!(day));
            body.insert("transactionTime".to_owned(), json!(now.rfc3339().get(11..19).unwrap_or_default()));
            body.insert(
                "transactionReferenceId".to_owned(),
                view.get("transactionReferenceId").cloned().unwrap_or(Json::Null),
            );
            let keep = [
                "status",
                "systemTime",
                "deviceUniqueId",
                "transactionReferenceId",
                "paymentId",
                "price",
                "currency",
                "authCode",
                "hostReference",
                "cancelHostReference",
                "transactionDate",
                "transactionTime",
                "paymentDate",
                "transactionDateTime",
                "binNumber",
                "lastFourDigits",
            ];
            body.retain(|k, _| keep.contains(&k.as_str()));
            Answer::json(200, Json::Object(body))
        }
        OperationId::Vuk509Refund | OperationId::Vuk507Refund => {
            let amount = match operation {
                OperationId::Vuk509Refund => view.get("price").and_then(answers::amount_text).unwrap_or_default(),
                _ => refund_total(view),
            };
            let n = state.ledger.next_number();
            let device = text(view, "deviceUniqueId").unwrap_or_default().to_owned();
            let batch_no = state.ledger.batch(&device);
            let Some(payment) = state.ledger.payments.get_mut(&payment_id) else {
                return not_found(state, &payment_id);
            };
            payment.refunds.push(RefundRecord {
                host_reference: format!("RH{n:010}"),
                amount: amount.clone(),
                batch_no,
                device,
            });
            let payment = payment.clone();
            if operation == OperationId::Vuk509Refund {
                let from_request = answers::FromRequest { price: true, reference: true };
                return answers::vuk509_payment(view, &payment, now, from_request);
            }
            let card = &super::TEST_CARDS[payment.card % super::TEST_CARDS.len()];
            Answer::json(
                200,
                json!({"status": "success", "systemTime": now.millis,
                    "deviceUniqueId": payment.device, "transactionReferenceId": view.get("transactionReferenceId"),
                    "price": amount, "currency": payment.currency, "invoiceNo": format!("IN{n:08}"),
                    "authCode": payment.auth_code, "hostReference": payment.refunds.last().map(|r| r.host_reference.clone()),
                    "binNumber": card.bin, "lastFourDigits": card.last_four, "acquirerName": card.acquirer_name,
                    "acquirerId": card.acquirer_id, "batchNo": batch_no.to_string()}),
            )
        }
        OperationId::Vuk509EndOfDay | OperationId::Vuk507EndOfDay => {
            let device = text(view, "deviceUniqueId").unwrap_or_default().to_owned();
            let batch = state.ledger.batch(&device);
            let totals = answers::acquirer_totals(state.ledger.payments.values(), &device, batch);
            state.ledger.batches.insert(device, batch + 1);
            let totals = answers::totals_json(&totals, batch);
            let message = match lang {
                Lang::En => "End of day completed.",
                _ => "Gün sonu tamamlandı.",
            };
            if operation == OperationId::Vuk509EndOfDay {
                return Answer::json(
                    200,
                    json!({"status": "SUCCESS", "locale": view.get("locale"), "systemTime": now.millis,
                        "totals": totals, "batchNo": batch.to_string(),
                        "resultMessage": message}),
                );
            }
            Answer::json(
                200,
                json!({"status": "success", "systemTime": now.millis,
                    "batchNo": batch.to_string(), "resultMessage": message, "tails": totals}),
            )
        }
        OperationId::Vuk507RefundableSaleInfo => {
            let reference = text(view, "transactionReferenceId").unwrap_or_default();
            let Some(payment) = state.ledger.by_reference(&client, reference).cloned() else {
                return not_found(state, reference);
            };
            let refunded: Vec<&str> = payment.refunds.iter().map(|r| r.amount.as_str()).collect();
            let left = answers::cents(&payment.price).unwrap_or_default()
                - answers::cents(&answers::sum(&refunded)).unwrap_or_default();
            let items = payment.sale_items.as_array().map(Vec::as_slice).unwrap_or_default();
            let items: Vec<Json> = items
                .iter()
                .enumerate()
                .map(|(n, item)| {
                    json!({"id": n + 1, "name": item.get("name"), "itemQuantity": item.get("itemQuantity"),
                        "totalPriceAmount": item.get("totalPriceAmount"), "returnableQuantity": item.get("itemQuantity"),
                        "returnableAmount": item.get("totalPriceAmount")})
                })
                .collect();
            Answer::json(
                200,
                json!({"status": "success", "systemTime": now.millis,
                    "saleNumber": payment.sale_number.clone().unwrap_or_else(|| payment.payment_id.clone()),
                    "saleUid": payment.host_reference, "totalReturnableAmount": answers::format_cents(left),
                    "currency": payment.currency, "saleItems": items}),
            )
        }
        OperationId::Vuk507PartialPaymentStart => {
            let n = state.ledger.next_number();
            let number = format!("SN{n:08}");
            let price = view.get("price").and_then(answers::amount_text).unwrap_or_default();
            state.ledger.partial_sales.insert(
                number.clone(),
                super::records::PartialSale {
                    client_id: client,
                    reference: text(view, "transactionReferenceId").unwrap_or_default().to_owned(),
                    device: text(view, "deviceUniqueId").unwrap_or_default().to_owned(),
                    price: price.clone(),
                    currency: text(view, "currency").unwrap_or("TRY").to_owned(),
                    sale_items: view.get("saleItems").cloned().unwrap_or(Json::Null),
                    payments: Vec::new(),
                },
            );
            Answer::json(
                200,
                json!({"status": "success", "systemTime": now.millis,
                    "saleNumber": number, "remainingPaymentAmount": answers::format_cents(answers::cents(&price).unwrap_or_default())}),
            )
        }
        OperationId::Vuk507PartialPaymentAddPayment => {
            let number = text(view, "saleNumber").unwrap_or_default().to_owned();
            let Some(mut payment) = new_payment(state, context, view, caller) else {
                return not_found(state, &number);
            };
            payment.sales_type = "PARTIAL".to_owned();
            let Some(sale) = state.ledger.partial_sales.get_mut(&number) else {
                return not_found(state, &number);
            };
            payment.reference =
                view.get("transactionReferenceId").and_then(Json::as_str).unwrap_or(&sale.reference).to_owned();
            payment.currency = sale.currency.clone();
            sale.payments.push((payment.payment_id.clone(), payment.price.clone()));
            state.ledger.payments.insert(payment.payment_id.clone(), payment.clone());
            let mut body = answers::vuk507_sale(&payment, now);
            body.remove("saleItems");
            Answer::json(200, Json::Object(body))
        }
        OperationId::Vuk507PartialPaymentComplete => {
            let number = text(view, "saleNumber").unwrap_or_default().to_owned();
            let Some(sale) = state.ledger.partial_sales.get(&number).cloned() else {
                return not_found(state, &number);
            };
            let Some(mut payment) = new_payment(state, context, view, caller) else {
                return not_found(state, &number);
            };
            payment.sales_type = "PARTIAL_SALE".to_owned();
            payment.price = sale.price.clone();
            payment.currency = sale.currency.clone();
            payment.sale_items = sale.sale_items.clone();
            payment.sale_number = Some(number);
            state.ledger.payments.insert(payment.payment_id.clone(), payment.clone());
            let mut body = answers::vuk507_sale(&payment, now);
            body.insert("remainingPaymentAmount".to_owned(), json!("0.00"));
            Answer::json(200, Json::Object(body))
        }
    }
}

/// The answer a payment call gives for a payment: written from its face where `faces` holds it (a status query,
/// repeated until the device finishes), else written at once.
fn payment_answer(
    operation: OperationId,
    view: &Json,
    payment: &PaymentRecord,
    now: Now,
    faces: Option<&mut PaymentFaces>,
) -> Answer {
    match operation {
        OperationId::Vuk509Payment | OperationId::Vuk509QueryTransactionStatus => {
            let from_request =
                answers::FromRequest { price: false, reference: operation == OperationId::Vuk509Payment };
            match faces {
                Some(faces) => answers::vuk509_payment_from(view, faces.of(payment), now, from_request),
                None => answers::vuk509_payment(view, payment, now, from_request),
            }
        }
        _ => {
            let mut body = answers::vuk507_sale(payment, now);
            if operation == OperationId::Vuk507QueryTransactionStatus {
                if let Some(cancel) = &payment.cancel_host_reference {
                    body.insert("cancelHostReference".to_owned(), json!(cancel));
                }
                if let Some(refund) = payment.refunds.last() {
                    body.insert("refundHostReference".to_owned(), json!(refund.host_reference));
                }
            }
            Answer::json(200, Json::Object(body))
        }
    }
}

/// A status query: the payment as the bank knows it, or what a call with an unknown outcome really did.
fn query(
    state: &mut IyzicoState,
    context: &Context<'_>,
    operation: OperationId,
    view: &Json,
    caller: &Caller,
    lang: Lang,
) -> Answer {
    let now = context.now;
    let client = caller.client_id.clone().unwrap_or_default();
    let reference = text(view, "transactionReferenceId").unwrap_or_default().to_owned();
    let key = by_reference(&client, &reference);
    if let Some(unresolved) = state.ledger.unresolved.remove(&key) {
        match unresolved.eventually {
            Eventually::Approved => {
                state.ledger.payments.insert(unresolved.payment.payment_id.clone(), unresolved.payment);
            }
            Eventually::Declined => {
                let (code, group, message) = unresolved.failure;
                state.ledger.declined.insert(key.clone(), Declined { code, group, message });
            }
        }
    }
    let by_id = text(view, "paymentId").and_then(|id| state.ledger.payments.get(id)).filter(|p| p.client_id == client);
    if let Some(payment) = by_id.or_else(|| state.ledger.by_reference(&client, &reference)) {
        return payment_answer(operation, view, payment, now, Some(&mut state.faces));
    }
    if let Some(declined) = state.ledger.declined.get(&key) {
        // The query itself succeeds and reports a failed transaction: HTTP 200, status FAILURE, the transaction's
        // error. (An error answer would be the query failing, which the spec's outcome binding reads as telling
        // nothing of the payment, so an unknown outcome could never be resolved as declined.)
        let error = Error::from_wire(declined.group.as_deref(), &declined.code, Some(&declined.message));
        return answers::failed_transaction(operation, &error, lang, now, view);
    }
    // As in `approve`: the lifecycles refuse a query of a payment never made before it gets here.
    let id = text(view, "paymentId").unwrap_or(&reference).to_owned();
    answers::error(operation, &Error::PaymentNotFoundByPaymentId { payment_id: id }, lang, now, view, None)
}
