//! The bodies the emulator answers the iyzico Terminal API's calls with: each success message built from the
//! request and the ledger, in its documented wire form (VUK 509 amounts as JSON numbers, VUK 507 amounts as strings),
//! and every error in the operation's own envelope; every answer carries back the request fields its message echoes
//! (the spec's `echoes`, such as `conversationId`).

use serde_json::{Map, Value as Json, json};

use payspec::WireEnum as _;
use payspec::iyzico_terminal::{Error, OperationId, RESPONSE_FIELDS_READ, echoes, replies};
use payspec::support::{Clock, Lang, yyyymmdd};

use super::records::{PaymentRecord, TEST_CARDS};
use crate::answer::{Answer, Body};
use crate::clock::padded;
pub use crate::clock::{Now, rfc3339};
use crate::json_bytes::{ObjectWriter, WrittenObject};
pub use crate::money::{amount_text, cents, format_cents, number, sum};

/// The language a decoded request asks for (the spec's `request_language`).
pub fn lang_of(view: &Json) -> Lang {
    payspec::iyzico_terminal::REQUEST_LANGUAGE.of_decoded(&[], view)
}

/// The message an answer of `operation` at `status` is documented in.
fn message_at(operation: OperationId, status: u16) -> Option<&'static str> {
    operation.info().responses.iter().find(|r| r.status == status).and_then(|r| r.message)
}

/// Puts into an answer's object the request fields the message echoes, as the request sent them.
fn carry_back_into(message: &str, view: &Json, map: &mut Map<String, Json>) {
    for echo in echoes(message) {
        if let Some(value) = view.get(echo.request_field) {
            map.insert(echo.field.to_owned(), value.clone());
        }
    }
}

/// An answer of `operation` with the request fields its documented message echoes carried back (a body written out
/// already carries them: see [`vuk509_payment`]).
pub fn carry_back(operation: OperationId, view: &Json, mut answer: Answer) -> Answer {
    if let (Body::Json(Json::Object(map)), Some(message)) = (&mut answer.body, message_at(operation, answer.status)) {
        carry_back_into(message, view, map);
    }
    answer
}

/// An error as `operation` answers it, in the envelope its reply is documented in (with the request fields that
/// envelope echoes carried back); the status is the refusal's where a lifecycle gave one.
pub fn error(operation: OperationId, error: &Error, lang: Lang, now: Now, view: &Json, status: Option<u16>) -> Answer {
    // Every served operation of the API documents an error response (only callbacks do not, and they are not served);
    // should one not, the terminal-host envelope answers.
    let (reply, answering) = match replies::error_reply(operation, error, lang, now.millis) {
        Some(reply) => (Some(reply), operation),
        None => (replies::error_reply(OperationId::Vuk509Payment, error, lang, now.millis), OperationId::Vuk509Payment),
    };
    let Some(Ok(reply)) = reply else {
        return Answer::json(400, json!({"errorCode": error.wire_code(), "errorMessage": error.message(lang)}));
    };
    let mut body: Json = serde_json::from_str(&reply.body).unwrap_or(Json::Null);
    if let (Some(map), Some(message)) = (body.as_object_mut(), message_at(answering, reply.status)) {
        carry_back_into(message, view, map);
    }
    Answer::json(status.unwrap_or(reply.status), body)
}

/// A status query's answer for a transaction that failed: HTTP 200 with status FAILURE (failure in VUK 507) and the
/// transaction's error, in the query's language.
pub fn failed_transaction(operation: OperationId, error: &Error, lang: Lang, now: Now, view: &Json) -> Answer {
    let echo = |field: &str| view.get(field).cloned().unwrap_or(Json::Null);
    let mut body = json!({
        "systemTime": now.millis,
        "transactionReferenceId": echo("transactionReferenceId"),
        "errorCode": error.wire_code(),
        "errorMessage": error.message(lang),
    });
    if operation == OperationId::Vuk509QueryTransactionStatus {
        body["status"] = json!("FAILURE");
        body["locale"] = view.get("locale").cloned().unwrap_or(json!("tr"));
        body["errorGroup"] = json!(error.group().map(|g| g.as_wire()));
    } else {
        body["status"] = json!("failure");
    }
    if let Some(device) = view.get("deviceUniqueId").filter(|d| d.is_string()) {
        body["deviceUniqueId"] = device.clone();
    }
    Answer::json(200, body)
}

/// What a VUK 509 answer takes from its request instead of the payment: a refund's `price`, the
/// `transactionReferenceId` of a sale or refund.
#[derive(Debug, Clone, Copy, Default)]
pub struct FromRequest {
    /// The request's `price`.
    pub price: bool,
    /// The request's `transactionReferenceId`.
    pub reference: bool,
}

impl FromRequest {
    /// Whether the answer takes this field from the request instead of the payment.
    fn takes(self, name: &str) -> bool {
        (self.price && name == "price") || (self.reference && name == "transactionReferenceId")
    }
}

/// The answer every VUK 509 payment call gives for a payment (sale, status query, void, refund), written once,
/// straight to text in key order (the order a JSON value's keys are written in): the fields the payment decides,
/// with those the request and the clock give at their places; the fields the spec's rules read
/// (`RESPONSE_FIELDS_READ`) are kept as the commit's response facts. The answer is never built as a value. A
/// status query, which a cash register repeats until its device finishes, is answered by [`vuk509_payment_from`]
/// instead, from the payment's [`PaymentFace`]: the same text.
pub fn vuk509_payment(view: &Json, payment: &PaymentRecord, now: Now, from_request: FromRequest) -> Answer {
    let taken = TakenFromRequest::of(view, from_request, now);
    let body = ObjectWriter::new(RESPONSE_FIELDS_READ).carrying(taken.fields);
    let (text, read) = vuk509_payment_fields(body, payment, from_request).finish();
    written(text, read)
}

/// [`vuk509_payment`] from the payment's face: its text, with the fields the request and the clock give spliced in.
pub fn vuk509_payment_from(view: &Json, face: &PaymentFace, now: Now, from_request: FromRequest) -> Answer {
    let taken = TakenFromRequest::of(view, from_request, now);
    let skip = |name: &str| from_request.takes(name);
    let mut read: Map<String, Json> =
        face.read.iter().filter(|(name, _)| !skip(name)).map(|(name, value)| (name.clone(), value.clone())).collect();
    for (name, value) in &taken.fields {
        if RESPONSE_FIELDS_READ.contains(name) {
            read.insert((*name).to_owned(), value.clone());
        }
    }
    written(face.written.splice(taken.fields, skip), Json::Object(read))
}

/// A JSON answer of HTTP 200 written as `text`, keeping `read`.
fn written(text: Vec<u8>, read: Json) -> Answer {
    Answer {
        status: 200,
        headers: Vec::new(),
        content_type: Some("application/json".to_owned()),
        body: Body::Written { text, read },
    }
}

/// What a VUK 509 payment answer takes from its request and the clock: the fields its message echoes (the spec's
/// `echoes`), the `locale`, the `systemTime`, and where [`FromRequest`] says so the `price` and the
/// `transactionReferenceId`.
#[derive(Debug)]
struct TakenFromRequest {
    fields: Vec<(&'static str, Json)>,
}

impl TakenFromRequest {
    fn of(view: &Json, from_request: FromRequest, now: Now) -> TakenFromRequest {
        let echo = |field: &str| view.get(field).cloned().unwrap_or(Json::Null);
        let mut fields: Vec<(&'static str, Json)> = echoes("Vuk509PaymentResponse")
            .filter_map(|echo| Some((echo.field, view.get(echo.request_field)?.clone())))
            .collect();
        fields.push(("locale", view.get("locale").cloned().unwrap_or_else(|| Json::from("tr"))));
        fields.push(("systemTime", Json::from(now.millis)));
        if from_request.price {
            fields.push(("price", echo("price")));
        }
        if from_request.reference {
            fields.push(("transactionReferenceId", echo("transactionReferenceId")));
        }
        TakenFromRequest { fields }
    }
}

/// The fields of a VUK 509 payment answer that the payment alone decides, written once as text in key order (with
/// the values of those the spec's rules read): a cash register polls a status query until its device finishes, and
/// every answer for the same payment repeats them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentFace {
    /// The payment it was written for: the face is that record's only.
    payment: PaymentRecord,
    /// The fields' text.
    written: WrittenObject,
    /// The values of its fields in `RESPONSE_FIELDS_READ`.
    read: Map<String, Json>,
}

impl PaymentFace {
    /// The face of a payment.
    pub fn of(payment: &PaymentRecord) -> PaymentFace {
        let writer = ObjectWriter::new(RESPONSE_FIELDS_READ);
        let (written, read) = vuk509_payment_fields(writer, payment, FromRequest::default()).finish_written();
        let read = match read {
            Json::Object(map) => map,
            _ => Map::new(),
        };
        PaymentFace { payment: payment.clone(), written, read }
    }

    /// Whether this is the face of exactly this record.
    pub fn is_of(&self, payment: &PaymentRecord) -> bool {
        self.payment == *payment
    }
}

/// The fields of a VUK 509 payment answer the payment decides, in key order: all but those `from_request` takes.
fn vuk509_payment_fields(mut body: ObjectWriter, payment: &PaymentRecord, from_request: FromRequest) -> ObjectWriter {
    let card = &TEST_CARDS[payment.card % TEST_CARDS.len()];
    body.text("acquirerId", card.acquirer_id);
    body.text("authCode", &payment.auth_code);
    body.text("bankMerchantId", "000000001234567");
    let mut terminal = String::from("PS");
    padded(&mut terminal, payment.card as i64 + 1, 6);
    body.text("bankTerminalId", &terminal);
    body.text("batchNo", itoa::Buffer::new().format(payment.batch_no));
    body.text("binNumber", card.bin);
    if let Some(cancel) = &payment.cancel_host_reference {
        body.text("cancelHostReference", cancel);
    }
    body.text("cardType", card.card_type);
    body.text("currency", &payment.currency);
    body.text("deviceUniqueId", &payment.device);
    body.text("hostReference", &payment.host_reference);
    body.integer("installment", payment.installment);
    body.text("issuerId", card.acquirer_id);
    body.text("lastFourDigits", card.last_four);
    body.text("paymentDate", &yyyymmdd(Clock::turkey(payment.created_at).today()));
    body.text("paymentId", &payment.payment_id);
    body.text("posEntryModeCode", "071");
    if !from_request.price {
        body.number("price", &payment.price);
    }
    if let Some(refund) = payment.refunds.last() {
        body.text("refundHostReference", &refund.host_reference);
    }
    let mut stan = String::new();
    padded(&mut stan, payment.host_reference.len() as i64 * 1000 + payment.batch_no as i64, 6);
    body.text("stanNo", &stan);
    body.text("status", "SUCCESS");
    body.text("transactionDateTime", &rfc3339(payment.created_at));
    if !from_request.reference {
        body.text("transactionReferenceId", &payment.reference);
    }
    body
}

/// The fields every VUK 507 sale answer carries for a payment.
pub fn vuk507_sale(payment: &PaymentRecord, now: Now) -> Map<String, Json> {
    let card = &TEST_CARDS[payment.card % TEST_CARDS.len()];
    let mut body = Map::new();
    let mut put = |name: &str, value: Json| {
        body.insert(name.to_owned(), value);
    };
    put("status", json!("success"));
    put("systemTime", json!(now.millis));
    put("deviceUniqueId", json!(payment.device));
    put("transactionReferenceId", json!(payment.reference));
    put("transactionDateTime", json!(rfc3339(payment.created_at)));
    put("paymentId", json!(payment.payment_id));
    put("paymentDate", number(&yyyymmdd(Clock::turkey(payment.created_at).today())));
    put("price", json!(payment.price));
    put("installment", json!(payment.installment));
    put("currency", json!(payment.currency));
    put("acquirerId", json!(card.acquirer_id));
    put("bankMerchantId", json!("000000001234567"));
    put("bankTerminalId", json!(format!("PS{:06}", payment.card + 1)));
    put("issuerId", json!(card.acquirer_id));
    put("authCode", json!(payment.auth_code));
    put("binNumber", json!(card.bin));
    put("lastFourDigits", json!(card.last_four));
    put("hostReference", json!(payment.host_reference));
    // VUK 507 writes the card type without the `_CARD` suffix (CREDIT, DEBIT), its status in lower case.
    put("cardType", json!(card.card_type.trim_end_matches("_CARD")));
    put("batchNo", json!(payment.batch_no.to_string()));
    put("stanNo", json!(format!("{:06}", payment.batch_no)));
    put("posEntryModeCode", json!("071"));
    put("saleItems", added_items(&payment.sale_items));
    if let Some(number) = &payment.sale_number {
        put("saleNumber", json!(number));
    }
    body
}

/// The sale items as a sale answer lists them.
fn added_items(items: &Json) -> Json {
    let fields = [
        "name",
        "generic",
        "unitCode",
        "taxGroupCode",
        "itemQuantity",
        "unitPriceAmount",
        "grossPriceAmount",
        "totalPriceAmount",
    ];
    let items = items.as_array().map(Vec::as_slice).unwrap_or_default();
    Json::Array(
        items
            .iter()
            .map(|item| {
                let picked: Map<String, Json> =
                    fields.iter().filter_map(|f| item.get(*f).map(|v| ((*f).to_owned(), v.clone()))).collect();
                Json::Object(picked)
            })
            .collect(),
    )
}

/// The end-of-day totals of one device's batch, one entry per acquirer: (acquirer, net amount in cents, count).
pub fn acquirer_totals<'a>(
    payments: impl Iterator<Item = &'a PaymentRecord>,
    device: &str,
    batch: u64,
) -> Vec<(usize, i128, u64)> {
    let mut totals: Vec<(usize, i128, u64)> = Vec::new();
    let mut add = |card: usize, cents: i128| {
        let acquirer = card % TEST_CARDS.len();
        match totals.iter_mut().find(|(a, _, _)| *a == acquirer) {
            Some(entry) => {
                entry.1 += cents;
                entry.2 += 1;
            }
            None => totals.push((acquirer, cents, 1)),
        }
    };
    for payment in payments {
        if payment.device == device && payment.batch_no == batch && !payment.voided && payment.sales_type != "PRE_AUTH"
        {
            add(payment.card, cents(&payment.price).unwrap_or_default());
        }
        for refund in &payment.refunds {
            if refund.device == device && refund.batch_no == batch {
                add(payment.card, -cents(&refund.amount).unwrap_or_default());
            }
        }
    }
    totals.sort_by_key(|(acquirer, _, _)| *acquirer);
    totals
}

/// The totals as an end-of-day answer lists them.
pub fn totals_json(totals: &[(usize, i128, u64)], batch: u64) -> Json {
    Json::Array(
        totals
            .iter()
            .map(|(acquirer, cents, count)| {
                let card = &TEST_CARDS[*acquirer];
                json!({
                    "acquirerId": card.acquirer_id,
                    "terminalId": format!("PS{:06}", acquirer + 1),
                    "bankMerchantId": "000000001234567",
                    "totalTransactionAmount": format_cents(*cents),
                    "totalTransactionCount": count.to_string(),
                    "acquirerName": card.acquirer_name,
                    "batchNo": batch.to_string(),
                    "responseCode": "00",
                })
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::super::records::RefundRecord;
    use super::*;

    fn payment(cancelled: bool, refunded: bool, price: &str) -> PaymentRecord {
        PaymentRecord {
            payment_id: "28000001".to_owned(),
            client_id: "payspec-vuk509".to_owned(),
            reference: "ref-\"1\"".to_owned(),
            device: "PAV860047264".to_owned(),
            sales_type: "SALE".to_owned(),
            price: price.to_owned(),
            currency: "TRY".to_owned(),
            installment: 1,
            created_at: 1_764_600_000,
            card: 1,
            auth_code: "100001".to_owned(),
            host_reference: "HR0000000001".to_owned(),
            batch_no: 3,
            sale_items: Json::Null,
            sale_number: None,
            cancel_host_reference: cancelled.then(|| "CH0000000002".to_owned()),
            refunds: if refunded {
                vec![RefundRecord {
                    host_reference: "RH0000000003".to_owned(),
                    amount: "10.00".to_owned(),
                    batch_no: 3,
                    device: "PAV860047264".to_owned(),
                }]
            } else {
                Vec::new()
            },
            voided: cancelled,
        }
    }

    proptest! {
        /// The written answer is exactly the text of the JSON value of its fields (so its keys are in the order a
        /// value writes them), and it keeps as a value exactly its fields the spec's rules read.
        #[test]
        fn written_answer_is_its_values_text(
            cancelled in any::<bool>(),
            refunded in any::<bool>(),
            price in "[1-9][0-9]{0,5}\\.[0-9]{2}",
            from_request in any::<(bool, bool)>(),
            locale in proptest::option::of("(tr|en|en-US)"),
        ) {
            let mut view: Json =
                serde_json::from_str(r#"{"conversationId": "c-ü\n", "price": 12.50, "transactionReferenceId": "from-request"}"#)
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
            if let (Some(locale), Some(map)) = (locale, view.as_object_mut()) {
                map.insert("locale".to_owned(), json!(locale));
            }
            let from_request = FromRequest { price: from_request.0, reference: from_request.1 };
            let now = Now { seconds: 1_764_600_100, millis: 1_764_600_100_123 };
            let payment = payment(cancelled, refunded, &price);
            let answer = vuk509_payment(&view, &payment, now, from_request);
            let from_face = vuk509_payment_from(&view, &PaymentFace::of(&payment), now, from_request);
            prop_assert_eq!(&from_face.body, &answer.body, "the face's answer is the one written at once");
            let Body::Written { text, read } = &answer.body else {
                return Err(TestCaseError::fail("the answer is not written straight to text"));
            };
            let value: Json = serde_json::from_slice(text).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&crate::json_bytes::to_bytes(&value), text);
            let wanted: serde_json::Map<String, Json> = value
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(name, _)| RESPONSE_FIELDS_READ.contains(&name.as_str()))
                .map(|(name, field)| (name.clone(), field.clone()))
                .collect();
            prop_assert!(!wanted.is_empty());
            prop_assert_eq!(read, &Json::Object(wanted));
            prop_assert_eq!(value["price"].to_string(), if from_request.price { "12.50".to_owned() } else { price.clone() });
            let reference = if from_request.reference { "from-request" } else { "ref-\"1\"" };
            prop_assert_eq!(&value["transactionReferenceId"], &json!(reference));
            prop_assert_eq!(value.get("cancelHostReference").is_some(), cancelled);
            prop_assert_eq!(value.get("refundHostReference").is_some(), refunded);
            prop_assert!(echoes("Vuk509PaymentResponse").count() > 0);
            for echo in echoes("Vuk509PaymentResponse") {
                prop_assert_eq!(value.get(echo.field), view.get(echo.request_field), "{} carried back", echo.field);
            }
        }
    }
}
