//! What the simulated devices and banks remember of each payment, so that answers carry consistent details (the
//! card, the acquirer, the batch, the host references): the emulator's bookkeeping, never a rule. Whether a payment
//! may be voided, refunded or settled is the lifecycles' decision, read from the `World`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::outcomes::Eventually;

/// A simulated test card and the acquirer that takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TestCard {
    /// The first six digits.
    pub bin: &'static str,
    /// The last four digits.
    pub last_four: &'static str,
    /// `CREDIT_CARD` or `DEBIT_CARD`.
    pub card_type: &'static str,
    /// The acquiring bank's id.
    pub acquirer_id: &'static str,
    /// The acquiring bank's name.
    pub acquirer_name: &'static str,
}

/// The cards the simulated devices read, in turn (documented in the README).
pub const TEST_CARDS: &[TestCard] = &[
    TestCard {
        bin: "552879",
        last_four: "0008",
        card_type: "CREDIT_CARD",
        acquirer_id: "62",
        acquirer_name: "Garanti BBVA",
    },
    TestCard { bin: "454360", last_four: "4366", card_type: "CREDIT_CARD", acquirer_id: "46", acquirer_name: "Akbank" },
    TestCard {
        bin: "979200",
        last_four: "1017",
        card_type: "DEBIT_CARD",
        acquirer_id: "64",
        acquirer_name: "İş Bankası",
    },
];

/// One payment as the simulated bank knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentRecord {
    /// The payment id.
    pub payment_id: String,
    /// The client (integration) that made it.
    pub client_id: String,
    /// The `transactionReferenceId` of the call that made it.
    pub reference: String,
    /// The device.
    pub device: String,
    /// `SALE`, `PRE_AUTH` or `POST_AUTH` (VUK 509), `SALE` for VUK 507.
    pub sales_type: String,
    /// The amount, as the request wrote it.
    pub price: String,
    /// The currency.
    pub currency: String,
    /// The installment count.
    pub installment: i64,
    /// When it was made (test clock, Unix seconds).
    pub created_at: i64,
    /// Which test card paid (index into [`TEST_CARDS`]).
    pub card: usize,
    /// The bank's authorization code.
    pub auth_code: String,
    /// The host reference.
    pub host_reference: String,
    /// The batch it was taken in.
    pub batch_no: u64,
    /// The VUK 507 sale items, as sent.
    pub sale_items: serde_json::Value,
    /// The VUK 507 sale number, if any.
    pub sale_number: Option<String>,
    /// The host reference of its void, once voided.
    pub cancel_host_reference: Option<String>,
    /// Refunds: (host reference, amount, batch).
    pub refunds: Vec<RefundRecord>,
    /// Whether it was voided in its batch.
    pub voided: bool,
}

/// One refund of a payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundRecord {
    /// The host reference of the refund.
    pub host_reference: String,
    /// The amount, as the request wrote it.
    pub amount: String,
    /// The device's batch it was taken in.
    pub batch_no: u64,
    /// The device.
    pub device: String,
}

/// A call whose answer left its outcome unknown, and what really happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unresolved {
    /// What a status query finds.
    pub eventually: Eventually,
    /// The payment as it is if it was approved.
    pub payment: PaymentRecord,
    /// The error a query answers if it was declined: (code, group, message) as first answered.
    pub failure: (String, Option<String>, String),
}

/// A payment that was declined, with the error answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declined {
    /// The code.
    pub code: String,
    /// The group, if any.
    pub group: Option<String>,
    /// The message as answered.
    pub message: String,
}

/// Everything the simulated bank remembers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    /// Payments by id.
    pub payments: BTreeMap<String, PaymentRecord>,
    /// Unresolved calls, by `client|reference`.
    pub unresolved: BTreeMap<String, Unresolved>,
    /// Declined calls, by `client|reference`.
    pub declined: BTreeMap<String, Declined>,
    /// The open batch number of each device (starting at 1).
    pub batches: BTreeMap<String, u64>,
    /// VUK 507 partial sales by sale number: (client, reference, device, price, items).
    pub partial_sales: BTreeMap<String, PartialSale>,
    /// The last number handed out (payment ids, host references, tokens).
    pub counter: u64,
}

/// A VUK 507 partial-payment sale in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartialSale {
    /// The client.
    pub client_id: String,
    /// The `transactionReferenceId` of the start call.
    pub reference: String,
    /// The device.
    pub device: String,
    /// The sale's total, as sent.
    pub price: String,
    /// The currency, as sent.
    pub currency: String,
    /// The sale items, as sent.
    pub sale_items: serde_json::Value,
    /// The partial payments made: (payment id, amount).
    pub payments: Vec<(String, String)>,
}

/// The key of a call by client and reference.
pub fn by_reference(client_id: &str, reference: &str) -> String {
    let mut key = String::with_capacity(client_id.len() + 1 + reference.len());
    key.push_str(client_id);
    key.push('|');
    key.push_str(reference);
    key
}

impl Ledger {
    /// The next number.
    pub fn next_number(&mut self) -> u64 {
        self.counter += 1;
        self.counter
    }

    /// The open batch of a device.
    pub fn batch(&self, device: &str) -> u64 {
        self.batches.get(device).copied().unwrap_or(1)
    }

    /// The payment made by a client's call with this reference.
    pub fn by_reference(&self, client_id: &str, reference: &str) -> Option<&PaymentRecord> {
        self.payments.values().find(|p| p.client_id == client_id && p.reference == reference)
    }
}
