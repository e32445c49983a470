//! The bodies the emulator answers the iyzico Terminal API's calls with: each success message built from the
//! request and the ledger, in its documented wire form (VUK 509 amounts as JSON numbers, VUK 507 amounts as strings),
//! and every error in the operation's own envelope with the request's `conversationId` echoed.

use serde_json::{Map, Value as Json, json};

use payspec::WireEnum as _;
use payspec::iyzico_terminal::{Error, OperationId, replies};
use payspec::support::{Clock, Lang, yyyymmdd};

use super::records::{PaymentRecord, TEST_CARDS};
use crate::answer::Answer;
pub use crate::clock::{Now, rfc3339};
pub use crate::money::{amount_text, cents, format_cents, number, sum};

/// The language a request asks for: English for `en…`, Turkish otherwise (the APIs' own default).
pub fn lang_of(view: &Json) -> Lang {
    match view.get("locale").and_then(Json::as_str) {
        Some(locale) if locale.get(..2).is_some_and(|prefix| prefix.eq_ignore_ascii_case("en")) => Lang::En,
        _ => Lang::Tr,
    }
}

/// An error as `operation` answers it, with the request's `conversationId` echoed where the envelope has one; the
/// status is the refusal's where a lifecycle gave one.
pub fn error(operation: OperationId, error: &Error, lang: Lang, now: Now, view: &Json, status: Option<u16>) -> Answer {
    // Every served operation of the API documents an error response (only callbacks do not, and they are not served);
    // should one not, the terminal-host envelope answers.
    let reply = replies::error_reply(operation, error, lang, now.millis)
        .or_else(|| replies::error_reply(OperationId::Vuk509Payment, error, lang, now.millis));
    let Some(Ok(reply)) = reply else {
        return Answer::json(400, json!({"errorCode": error.wire_code(), "errorMessage": error.message(lang)}));
    };
    let mut body: Json = serde_json::from_str(&reply.body).unwrap_or(Json::Null);
    if let (Some(map), Some(conversation)) = (body.as_object_mut(), view.get("conversationId"))
        && map.contains_key("status")
    {
        map.insert("conversationId".to_owned(), conversation.clone());
    }
    Answer::json(status.unwrap_or(reply.status), body)
}

/// A status query's answer for a transaction that failed: HTTP 200 with status FAILURE (failure in VUK 507) and the
/// transaction's error, in the query's language.
pub fn failed_transaction(operation: OperationId, error: &Error, lang: Lang, now: Now, view: &Json) -> Answer {
    let echo = |field: &str| view.get(field).cloned().unwrap_or(Json::Null);
    let mut body = json!({
        "conversationId": echo("conversationId"),
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

/// The fields every VUK 509 payment answer carries for a payment. The object is built from its fields in key order
/// (a JSON object's keys are kept sorted), which builds it in one pass instead of searching it for every field: a
/// status query's answer is the largest part of its work.
pub fn vuk509_payment(view: &Json, payment: &PaymentRecord, now: Now) -> Json {
    let card = &TEST_CARDS[payment.card % TEST_CARDS.len()];
    let text = |value: &str| Json::String(value.to_owned());
    let echo = |field: &str, default: Json| view.get(field).cloned().unwrap_or(default);
    let mut fields: Vec<(&str, Json)> = vec![
        ("acquirerId", text(card.acquirer_id)),
        ("authCode", text(&payment.auth_code)),
        ("bankMerchantId", text("000000001234567")),
        ("bankTerminalId", Json::String(format!("PS{:06}", payment.card + 1))),
        ("batchNo", Json::String(payment.batch_no.to_string())),
        ("binNumber", text(card.bin)),
    ];
    if let Some(cancel) = &payment.cancel_host_reference {
        fields.push(("cancelHostReference", text(cancel)));
    }
    fields.extend([
        ("cardType", text(card.card_type)),
        ("conversationId", echo("conversationId", Json::Null)),
        ("currency", text(&payment.currency)),
        ("deviceUniqueId", text(&payment.device)),
        ("hostReference", text(&payment.host_reference)),
        ("installment", Json::from(payment.installment)),
        ("issuerId", text(card.acquirer_id)),
        ("lastFourDigits", text(card.last_four)),
        ("locale", echo("locale", text("tr"))),
        ("paymentDate", Json::String(yyyymmdd(Clock::turkey(payment.created_at).today()))),
        ("paymentId", text(&payment.payment_id)),
        ("posEntryModeCode", text("071")),
        ("price", number(&payment.price)),
    ]);
    if let Some(refund) = payment.refunds.last() {
        fields.push(("refundHostReference", text(&refund.host_reference)));
    }
    fields.extend([
        ("stanNo", Json::String(format!("{:06}", payment.host_reference.len() as u64 * 1000 + payment.batch_no))),
        ("status", text("SUCCESS")),
        ("systemTime", Json::from(now.millis)),
        ("transactionDateTime", Json::String(rfc3339(payment.created_at))),
        ("transactionReferenceId", text(&payment.reference)),
    ]);
    debug_assert!(fields.windows(2).all(|pair| pair[0].0 < pair[1].0), "the fields are in key order");
    Json::Object(fields.into_iter().map(|(name, value)| (name.to_owned(), value)).collect())
}

/// The fields every VUK 507 sale answer carries for a payment.
pub fn vuk507_sale(view: &Json, payment: &PaymentRecord, now: Now) -> Map<String, Json> {
    let card = &TEST_CARDS[payment.card % TEST_CARDS.len()];
    let mut body = Map::new();
    let mut put = |name: &str, value: Json| {
        body.insert(name.to_owned(), value);
    };
    put("status", json!("success"));
    put("conversationId", view.get("conversationId").cloned().unwrap_or(Json::Null));
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
