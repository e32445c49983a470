//! The checkout page a deposit's `checkoutUrl` points to, served by the emulator itself: plain HTML (an askama
//! template, escaped), usable without JavaScript. It shows the deposit and the test values; its Confirm and Cancel
//! buttons POST back (`action=confirm|cancel`), a journaled input that moves the deposit through the lifecycle as the
//! callbacks reporting it. Stable element ids for browser tests: `confirm`, `cancel`, `outcome` (the status, also
//! in its `data-status`), `message`, `transaction-id`, `amount`.

use askama::Template;
use serde::{Deserialize, Serialize};

use payspec::wiapay::TransactionState;

use super::bank::Kind;
use super::{Context, WiapayState, flows};
use crate::answer::{Answer, Body};
use crate::config::Config;

/// What the payer chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Pay.
    Confirm,
    /// Abandon.
    Cancel,
}

impl Action {
    /// The action a form value names.
    pub fn from_form(value: &str) -> Option<Action> {
        match value {
            "confirm" => Some(Action::Confirm),
            "cancel" => Some(Action::Cancel),
            _ => None,
        }
    }
}

/// The deposit as the page shows it.
struct Shown {
    transaction_id: String,
    process_id: String,
    customer: String,
    amount: String,
    amount_lira: String,
    currency: String,
    expires_at: String,
}

#[derive(Template)]
#[template(path = "wiapay_checkout.html")]
struct Page {
    deposit: Option<Shown>,
    status: String,
    message: String,
    payable: bool,
    action: String,
    expiry_minutes: u64,
    test_values: Vec<(String, String)>,
}

fn html(status: u16, text: String) -> Answer {
    Answer {
        status,
        headers: Vec::new(),
        content_type: Some("text/html; charset=utf-8".to_owned()),
        body: Body::Text(text),
    }
}

/// The checkout page of a deposit, with a message of what just happened.
pub fn page(state: &WiapayState, config: &Config, transaction_id: &str, message: &str) -> Answer {
    let record = state.transactions.get(transaction_id).filter(|r| r.kind == Kind::Deposit);
    let status = state.status(transaction_id);
    let expiry = crate::timers::wiapay(config).seconds("deposit_expiry").unwrap_or(1800);
    let test_values = config
        .outcomes
        .wiapay
        .iter()
        .filter(|t| t.kind == Kind::Deposit)
        .filter_map(|t| Some((t.amount.clone()?, t.doc.clone())))
        .collect();
    let deposit = record.map(|r| Shown {
        transaction_id: r.transaction_id.clone(),
        process_id: r.process_id.clone(),
        customer: r.customer.clone(),
        amount: r.amount.clone(),
        amount_lira: r.amount.parse::<i128>().map(crate::money::format_cents).unwrap_or_default(),
        currency: r.currency.clone(),
        expires_at: r.expires_at_ms.map(|ms| crate::clock::rfc3339(ms.div_euclid(1000))).unwrap_or_default(),
    });
    let found = deposit.is_some();
    let page = Page {
        deposit,
        status: status.map_or("not_found", |s| s.id()).to_owned(),
        message: message.to_owned(),
        payable: status == Some(TransactionState::Pending),
        action: format!("{}{transaction_id}", super::CHECKOUT_PREFIX),
        expiry_minutes: expiry / 60,
        test_values,
    };
    match page.render() {
        Ok(text) => html(if found { 200 } else { 404 }, text),
        Err(error) => html(500, format!("the checkout page cannot be written: {error}")),
    }
}

/// The payer's choice on a deposit's page: the deposit moved (or not) and the page showing where it stands.
pub fn act(state: &mut WiapayState, context: &Context<'_>, transaction_id: &str, action: Action) -> Answer {
    let Some(record) = state.transactions.get(transaction_id).filter(|r| r.kind == Kind::Deposit) else {
        return page(state, context.config, transaction_id, "");
    };
    let statuses = match action {
        Action::Confirm => record.then.clone(),
        Action::Cancel => vec!["cancelled".to_owned()],
    };
    let before = state.status(transaction_id);
    let taken = flows::progress(state, context, transaction_id, &statuses, None);
    let after = state.status(transaction_id).map_or("not_found", |s| s.id());
    let message = match (action, taken.is_empty()) {
        (_, true) => format!(
            "Nothing changed: the deposit is {} (a deposit can be paid or cancelled only while it is pending).",
            before.map_or("not_found", |s| s.id())
        ),
        (Action::Confirm, false) => format!("Payment confirmed: the deposit is {after}."),
        (Action::Cancel, false) => format!("Payment cancelled: the deposit is {after}."),
    };
    page(state, context.config, transaction_id, &message)
}
