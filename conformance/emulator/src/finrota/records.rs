//! What the simulated bank remembers of each payment: enough to answer queries, cancellations and refunds
//! consistently. Never a card number: only its BIN and last four digits.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Where a 3D payment is on the bank page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThreeD {
    /// Not a 3D payment.
    None,
    /// The payer has not finished the bank page.
    Waiting,
    /// The OTP was right; the payment waits for its commit (autoCommit off).
    Passed,
    /// The OTP was wrong (P012).
    Failed,
    /// The payer cancelled on the bank page.
    Abandoned,
    /// Finished: committed or failed.
    Done,
}

/// One payment attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    /// The transaction's id (`transactionId`).
    pub transaction_id: String,
    /// Its system reference (`referenceNumber`, sent back as `referenceCode`).
    pub reference: String,
    /// The merchant's order reference.
    pub client_reference: Option<String>,
    /// The amount, as the request wrote it.
    pub amount: String,
    /// What is left to refund, in cents.
    pub last_cents: i128,
    /// The currency.
    pub currency: String,
    /// The installments.
    pub installment: i64,
    /// `transactionStatusId`: 1 successful, 2 failed, 3 pending, 6 after a partial refund.
    pub status_id: u8,
    /// Where its 3D step is.
    pub three_d: ThreeD,
    /// Where the payer returns after the bank page.
    pub return_url: Option<String>,
    /// The card's BIN.
    pub bin: String,
    /// The card's last four digits.
    pub last_four: String,
    /// When it was made, Unix seconds.
    pub created_at: i64,
    /// The code it failed with, if it failed.
    pub failure: Option<String>,
}

/// Every payment, by transaction id, with indexes by reference and by order reference (the latest attempt).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ledger {
    /// Every payment.
    pub payments: BTreeMap<String, Payment>,
    /// Reference → transaction id.
    pub by_reference: BTreeMap<String, String>,
    /// Order reference → transaction id of its latest attempt.
    pub by_client_reference: BTreeMap<String, String>,
    /// How many payments were made.
    pub count: u64,
}

impl Ledger {
    /// The next transaction id and reference (fixed by the epoch and a counter: never random).
    pub fn next_ids(&mut self, epoch: u64) -> (String, String) {
        self.count += 1;
        let n = self.count;
        let transaction_id = format!("{:08x}-0000-4000-8000-{n:012x}", epoch as u32);
        (transaction_id, format!("NTH2P{n:011}"))
    }

    /// Records a payment.
    pub fn insert(&mut self, payment: Payment) {
        self.by_reference.insert(payment.reference.clone(), payment.transaction_id.clone());
        if let Some(client) = &payment.client_reference {
            self.by_client_reference.insert(client.clone(), payment.transaction_id.clone());
        }
        self.payments.insert(payment.transaction_id.clone(), payment);
    }

    /// A payment by its reference.
    pub fn by_reference_mut(&mut self, reference: &str) -> Option<&mut Payment> {
        let id = self.by_reference.get(reference)?;
        self.payments.get_mut(id)
    }

    /// A payment by one of the query's identifiers.
    pub fn find(
        &self,
        transaction_id: Option<&str>,
        reference: Option<&str>,
        client: Option<&str>,
    ) -> Option<&Payment> {
        let id = match (transaction_id, reference, client) {
            (Some(id), _, _) => Some(id),
            (None, Some(reference), _) => self.by_reference.get(reference).map(String::as_str),
            (None, None, Some(client)) => self.by_client_reference.get(client).map(String::as_str),
            (None, None, None) => None,
        }?;
        self.payments.get(id)
    }
}
