//! WiaPay, served: a handler is decode → evaluate → answer, every rule the generated evaluator's
//! (`payspec::wiapay::World`), checked in the spec's precedence (route, authentication, decoding, the
//! `wiapay-transaction` lifecycle). This module authenticates the caller (the signing recipe, the whitelist),
//! simulates the back office (banks, balance, the outcome table), serves the checkout page where a payer confirms or
//! cancels a deposit, and keeps the outbox of signed callbacks: every status change of a transaction is committed to
//! the lifecycle as the callback operation that reports it, so the evaluator decides which changes exist.

mod answers;
mod auth;
mod bank;
pub mod callbacks;
pub mod checkout;
pub mod coverage;
mod flows;
pub mod receiver;
mod status;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use payspec::support::Timers;
use payspec::wiapay::{TransactionState, World};

pub use bank::{
    Bank, Kind, Limits, TRIGGER_IBANS, WiapayTrigger, config_problems, default_banks, default_triggers,
    trigger_problems,
};
pub use callbacks::{Attempt, Outbox};
pub use checkout::Action;

use crate::answer::{Answer, HttpInput};
use crate::clock::Now;
use crate::config::Config;

/// The path prefixes the API owns (an unknown path under one is answered in its envelope).
pub const PREFIXES: &[&str] = &["/v1/"];

/// The prefix of the checkout pages the emulator serves (`/checkout/{transactionId}`).
pub const CHECKOUT_PREFIX: &str = "/checkout/";

/// Everything the emulator keeps of WiaPay.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WiapayState {
    /// Every lifecycle instance.
    pub world: World,
    /// A number fixed when the state was created, part of every transaction id.
    pub epoch: u64,
    /// What the back office remembers of each transaction, by `transactionId`.
    pub transactions: BTreeMap<String, TransactionRecord>,
    /// The signed callbacks, sent and to send.
    pub outbox: Outbox,
    /// The test-clock second finished callbacks were last forgotten at (once a second, not on every input).
    pub pruned_at: i64,
    /// How much of the balance accepted withdrawals hold, in cents of the withdrawal unit.
    pub withdrawn_cents: i64,
    /// The last transaction number given.
    pub last_transaction: u64,
    /// The rows of the lifecycle table the calls have reached.
    pub coverage: coverage::Coverage,
}

/// What the back office remembers of a transaction (its status is the lifecycle's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransactionRecord {
    /// WiaPay's id.
    pub transaction_id: String,
    /// The merchant's id.
    pub process_id: String,
    /// Deposit or withdrawal.
    pub kind: Kind,
    /// The amount as the request wrote it.
    pub amount: String,
    /// The currency.
    pub currency: String,
    /// The deposit's own callback URL.
    pub callback_url: Option<String>,
    /// The customer's name (a deposit's payer, a withdrawal's recipient).
    pub customer: String,
    /// When it was created (test clock, Unix milliseconds).
    pub created_at_ms: i64,
    /// When an unpaid deposit expires.
    pub expires_at_ms: Option<i64>,
    /// The statuses it goes through (a deposit's when confirmed at the checkout).
    pub then: Vec<String>,
    /// The `failureReason` of a failure.
    pub failure_reason: Option<String>,
    /// The confirmed amount, where it differs from the requested one.
    pub confirmed_amount: Option<String>,
    /// A withdrawal's hold on the balance, in cents, released if it fails or is cancelled.
    pub held_cents: i64,
}

/// What happened to WiaPay, as the journal keeps it: a call, a step of a payer on the checkout page, a status
/// change set by a test control, an attempt to deliver a callback, or the test clock reaching a timer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WiapayInput {
    /// A call of the API.
    Call {
        /// Its arrival number.
        number: u64,
        /// The operation's id.
        operation: String,
        /// The request.
        request: HttpInput,
    },
    /// The payer confirmed or cancelled a deposit on its checkout page.
    Checkout {
        /// Its arrival number.
        number: u64,
        /// The deposit.
        transaction_id: String,
        /// What the payer chose.
        action: Action,
    },
    /// A test control moved a transaction to a status (as WiaPay's back office would).
    SetStatus {
        /// Its arrival number.
        number: u64,
        /// The transaction.
        transaction_id: String,
        /// The status.
        status: String,
        /// The failure reason, for `failed`.
        failure_reason: Option<String>,
    },
    /// The delivery task attempted a callback.
    Attempted {
        /// The callback.
        id: u64,
        /// The attempt.
        attempt: Attempt,
    },
    /// The test clock reached a timer (an unpaid deposit's expiry).
    Tick,
}

impl WiapayInput {
    /// The arrival number it carries, if any.
    pub fn number(&self) -> Option<u64> {
        match self {
            WiapayInput::Call { number, .. }
            | WiapayInput::Checkout { number, .. }
            | WiapayInput::SetStatus { number, .. } => Some(*number),
            WiapayInput::Attempted { .. } | WiapayInput::Tick => None,
        }
    }
}

/// The configuration, timers and clock an input is applied under.
pub struct Context<'a> {
    /// The configuration.
    pub config: &'a Config,
    /// WiaPay's timers under it.
    pub timers: &'a Timers,
    /// The test clock.
    pub now: Now,
}

impl WiapayState {
    /// A fresh state.
    pub fn new(epoch: u64) -> Self {
        WiapayState { epoch, ..WiapayState::default() }
    }

    /// Applies one input at the test clock's reading: the answer to send, if any.
    pub fn apply(&mut self, config: &Config, now: Now, input: &WiapayInput) -> Option<Answer> {
        let timers = crate::timers::wiapay(config);
        let context = Context { config, timers: &timers, now };
        flows::tick(self, &context);
        // Finished callbacks are kept for the retention (a day of test clock by default), then forgotten.
        if now.seconds > self.pruned_at {
            self.pruned_at = now.seconds;
            let retention_ms = config.expired_token_retention_seconds.saturating_mul(1000);
            self.outbox.forget_finished(now.millis.saturating_sub(retention_ms));
        }
        match input {
            WiapayInput::Call { operation, request, .. } => {
                let operation = payspec::wiapay::OperationId::from_id(operation)?;
                Some(flows::call(self, &context, operation, request))
            }
            WiapayInput::Checkout { transaction_id, action, .. } => {
                Some(checkout::act(self, &context, transaction_id, *action))
            }
            WiapayInput::SetStatus { transaction_id, status, failure_reason, .. } => {
                Some(status::set_status(self, &context, transaction_id, status, failure_reason.as_deref()))
            }
            WiapayInput::Attempted { id, attempt } => {
                self.outbox.record(&config.wiapay, *id, attempt.clone());
                None
            }
            WiapayInput::Tick => None,
        }
    }

    /// The lifecycle state of a transaction.
    pub fn status(&self, transaction_id: &str) -> Option<TransactionState> {
        flows::status_of(&self.world, transaction_id)
    }

    /// Whether an unpaid deposit's expiry is due at `now_ms` (the clock has passed it and no input has fired it).
    pub fn expiry_due(&self, now_ms: i64) -> bool {
        self.transactions.values().any(|t| {
            t.expires_at_ms.is_some_and(|at| at <= now_ms)
                && self.status(&t.transaction_id) == Some(TransactionState::Pending)
        })
    }
}

/// An error as `operation` answers it, outside a call (a request that cannot be routed or read).
pub fn error_answer(
    operation: payspec::wiapay::OperationId,
    error: &payspec::wiapay::Error,
    unix_millis: i64,
    status: Option<u16>,
) -> Answer {
    answers::error(operation, error, unix_millis, status)
}
