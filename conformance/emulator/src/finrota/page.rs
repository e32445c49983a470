//! The simulated bank's 3D Secure page, served by the emulator itself: plain HTML (askama templates in
//! `templates/`, escaped), usable without JavaScript. `GET /bank/3d/{transactionId}` shows it; the form posts the
//! OTP (or a cancel) back to the same path, which finishes the 3D step — through the payment lifecycle's external
//! events (autoCommit), or leaving it for `commit-payment` — and redirects the payer to the payment's `returnUrl`.
//! `GET /bank/return` is a stand-in merchant page that shows what a return carries.

use askama::Template;

use payspec::support::{Lang, WireEnum, form_pairs};

use super::catalog;
use super::records::ThreeD;
use super::{Context, FinrotaState};
use crate::answer::{Answer, Body, HttpInput};
use crate::outcomes::FinrotaStep;

#[derive(Template)]
#[template(path = "finrota_3d.html")]
struct ThreeDPage<'a> {
    amount: &'a str,
    currency: &'a str,
    bin: &'a str,
    last_four: &'a str,
    order: &'a str,
    action: &'a str,
    otp: &'a str,
    amounts: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "finrota_message.html")]
struct MessagePage<'a> {
    title: &'a str,
    message: &'a str,
    fields: Vec<(String, String)>,
}

fn html(status: u16, page: Result<String, askama::Error>) -> Answer {
    Answer {
        status,
        headers: Vec::new(),
        content_type: Some("text/html; charset=utf-8".to_owned()),
        body: Body::Text(page.unwrap_or_else(|error| format!("<!DOCTYPE html><p>the page failed: {error}</p>"))),
    }
}

fn message(status: u16, title: &str, text: &str, fields: Vec<(String, String)>) -> Answer {
    html(status, MessagePage { title, message: text, fields }.render())
}

/// Handles a request under `/bank/`.
pub fn handle(state: &mut FinrotaState, context: &Context<'_>, input: &HttpInput) -> Answer {
    let path = input.path();
    if path == "/bank/return" {
        let fields = form_pairs(input.query()).unwrap_or_default();
        let success = fields.iter().any(|(name, value)| name == "isSuccess" && value == "true");
        let text = if success { "Payment successful" } else { "Payment failed" };
        return message(200, "Back at the merchant", text, fields);
    }
    let Some(id) = path.strip_prefix("/bank/3d/").filter(|id| !id.is_empty() && !id.contains('/')) else {
        return message(404, "Not found", "The test bank has no such page.", Vec::new());
    };
    let Some(payment) = state.ledger.payments.get(id) else {
        return message(404, "Unknown payment", "The test bank has no 3D payment with this id.", Vec::new());
    };
    if payment.three_d != ThreeD::Waiting {
        return message(409, "Already finished", "This payment's 3D step is already finished.", Vec::new());
    }
    match input.method.as_str() {
        "GET" | "HEAD" => {
            let amounts = context
                .config
                .outcomes
                .finrota
                .iter()
                .filter(|t| t.on == FinrotaStep::Payment)
                .map(|t| (t.amount.clone(), format!("{} — {}", t.code, t.doc)))
                .collect();
            let page = ThreeDPage {
                amount: &payment.amount,
                currency: &payment.currency,
                bin: &payment.bin,
                last_four: &payment.last_four,
                order: payment.client_reference.as_deref().unwrap_or("-"),
                action: path,
                otp: catalog::TEST_OTP,
                amounts,
            };
            html(200, page.render())
        }
        "POST" => step(state, context, id, input),
        _ => message(405, "Not allowed", "The bank page takes GET and POST.", Vec::new())
            .with_header("allow", "GET, POST".to_owned()),
    }
}

/// The payer's step: the OTP, or a cancel.
fn step(state: &mut FinrotaState, context: &Context<'_>, id: &str, input: &HttpInput) -> Answer {
    let form = form_pairs(&String::from_utf8_lossy(&input.body)).unwrap_or_default();
    let field = |name: &str| form.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    let Some(payment) = state.ledger.payments.get_mut(id) else {
        return message(404, "Unknown payment", "The test bank has no 3D payment with this id.", Vec::new());
    };
    let auto_commit = context.config.finrota.auto_commit;
    let (event, failure): (Option<&str>, Option<String>) = if field("action") == Some("cancel") {
        payment.three_d = ThreeD::Abandoned;
        (Some("three_d_abandoned"), Some("P012".to_owned()))
    } else if field("otp").map(str::trim) == Some(catalog::TEST_OTP) {
        if auto_commit {
            let amount = payspec::support::Decimal::new(&payment.amount, payspec::support::DecimalWire::String).ok();
            let trigger = amount.and_then(|a| context.config.outcomes.finrota_by_amount(FinrotaStep::Payment, &a));
            match trigger {
                // A bank that timed out but approved after all: the payer sees the payment go through.
                Some(trigger) if trigger.eventually == crate::outcomes::Eventually::Approved => {
                    (Some("auto_commit_succeeds"), None)
                }
                Some(trigger) => (Some("auto_commit_fails"), Some(trigger.code.clone())),
                None => (Some("auto_commit_succeeds"), None),
            }
        } else {
            payment.three_d = ThreeD::Passed;
            (None, None)
        }
    } else if auto_commit {
        (Some("auto_commit_fails"), Some(payspec::finrota_pws::Code::OtpError.as_wire().to_owned()))
    } else {
        payment.three_d = ThreeD::Failed;
        (None, Some("P012".to_owned()))
    };
    if event.is_some() {
        payment.three_d = if payment.three_d == ThreeD::Abandoned { ThreeD::Abandoned } else { ThreeD::Done };
        payment.status_id = if failure.is_none() { 1 } else { 2 };
        payment.failure = failure.clone();
    }
    let payment = payment.clone();
    if let (Some(event), Some(client_reference)) = (event, payment.client_reference.as_deref()) {
        state.payment_event(context, client_reference, event);
    }
    let mut parameters = vec![
        ("transactionId", payment.transaction_id.clone()),
        ("referenceNumber", payment.reference.clone()),
        ("isSuccess", failure.is_none().to_string()),
    ];
    if let Some(client_reference) = &payment.client_reference {
        parameters.push(("clientOrderReferenceCode", client_reference.clone()));
    }
    if let Some(code) = &failure {
        parameters.push(("errorCode", code.clone()));
        let error = payspec::finrota_pws::Error::from_wire(None, code, None);
        parameters.push(("errorMessage", error.message(Lang::Tr)));
    }
    let query = parameters
        .iter()
        .map(|(name, value)| format!("{name}={}", payspec::support::percent_encode(value)))
        .collect::<Vec<_>>()
        .join("&");
    let return_url = payment.return_url.clone().unwrap_or_else(|| "/bank/return".to_owned());
    let separator = if return_url.contains('?') { '&' } else { '?' };
    let location = format!("{return_url}{separator}{query}");
    message(303, "Returning to the merchant", "Returning to the merchant…", Vec::new())
        .with_header("location", location)
}
