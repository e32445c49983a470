//! Finrota PWS, served: a handler is decode → evaluate → answer. Every rule (tokens, references, refunds, duplicates)
//! is the generated evaluator's (`payspec::finrota_pws::World`), checked in the spec's precedence; this module
//! authenticates callers, simulates the bank (its test data, the outcome table and the 3D Secure page) and keeps what
//! the bank remembers, so answers carry consistent details.

mod answers;
pub mod catalog;
pub mod coverage;
mod flows;
mod page;
mod records;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use payspec::finrota_pws::{LifecycleId, OperationId, World};
use payspec::support::{Clock, Credentials, Facts, KeyValues, Timers, Value};

pub use records::{Ledger, Payment, ThreeD};

use crate::answer::{Answer, HttpInput};
use crate::clock::Now;
use crate::config::Config;

/// The path prefixes the API owns (an unknown path under one is answered in its envelope).
pub const PREFIXES: &[&str] = &["/auth/api/", "/pws/"];

/// The prefix of the simulated bank's 3D Secure pages.
pub const BANK_PREFIX: &str = "/bank/";

/// Everything the emulator keeps of Finrota PWS.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FinrotaState {
    /// Every lifecycle instance.
    pub world: World,
    /// Issued access tokens and when they expire (Unix seconds).
    pub tokens: BTreeMap<String, i64>,
    /// What the simulated bank remembers.
    pub ledger: Ledger,
    /// A number fixed when the state was created, part of every issued token.
    pub epoch: u64,
    /// The test-clock second the timers were last fired at.
    pub ticked_at: i64,
    /// The rows of the lifecycle tables the calls have reached.
    pub coverage: coverage::Coverage,
}

/// What happened to Finrota PWS, as the journal keeps it: a call, or a step of a payer on the 3D Secure bank page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FinrotaInput {
    /// A call of the API.
    Call {
        /// Its arrival number.
        number: u64,
        /// The operation's id.
        operation: String,
        /// The request.
        request: HttpInput,
    },
    /// The bank page: shown, or a step the payer took on it.
    Bank {
        /// The request (the page's path and form).
        request: HttpInput,
    },
}

impl FinrotaInput {
    /// The arrival number it carries, if any.
    pub fn number(&self) -> Option<u64> {
        match self {
            FinrotaInput::Call { number, .. } => Some(*number),
            FinrotaInput::Bank { .. } => None,
        }
    }
}

/// The clock and configuration a call is handled under.
pub struct Context<'a> {
    /// The configuration.
    pub config: &'a Config,
    /// The timers under it.
    pub timers: &'a Timers,
    /// The test clock.
    pub now: Now,
}

impl Context<'_> {
    fn facts<'a>(
        &'a self,
        request: &'a Json,
        credentials: &'a Credentials,
        response: Option<&'a payspec::support::ResponseFacts>,
        outcome: Option<payspec::support::Outcome>,
    ) -> Facts<'a> {
        Facts {
            request,
            response,
            credentials,
            clock: Clock::turkey(self.now.seconds),
            timers: self.timers,
            outcome,
            related: &|_| None,
        }
    }
}

impl FinrotaState {
    /// A fresh state.
    pub fn new(epoch: u64) -> Self {
        FinrotaState { epoch, ..FinrotaState::default() }
    }

    /// Applies one input at the test clock's reading: the answer to send, if any.
    pub fn apply(&mut self, config: &Config, now: Now, input: &FinrotaInput) -> Option<Answer> {
        let timers = crate::timers::finrota(config);
        let context = Context { config, timers: &timers, now };
        self.tick(&context);
        match input {
            FinrotaInput::Call { operation, request, .. } => {
                let operation = OperationId::from_id(operation)?;
                Some(flows::call(self, &context, operation, request))
            }
            FinrotaInput::Bank { request } => Some(page::handle(self, &context, request)),
        }
    }

    /// Fires the timers due at the test clock (once a second) and forgets long-expired tokens.
    fn tick(&mut self, context: &Context<'_>) {
        if context.now.seconds <= self.ticked_at {
            return;
        }
        self.ticked_at = context.now.seconds;
        let (request, credentials) = (Json::Null, Credentials::default());
        let facts = context.facts(&request, &credentials, None, None);
        let moved = self.world.fire_timers(&facts);
        self.coverage.moved(None, &moved);
        let forget_before = context.now.seconds - context.config.expired_token_retention_seconds;
        let before = self.tokens.len();
        self.tokens.retain(|_, expires_at| *expires_at >= forget_before);
        if self.tokens.len() != before {
            let tokens = &self.tokens;
            self.world.access_token.retain(|instance| match instance.attributes.get("token") {
                Some(Value::Text(token)) => tokens.contains_key(token),
                _ => true,
            });
        }
    }

    /// An external event of the payment lifecycle on the payment with this order reference.
    fn payment_event(&mut self, context: &Context<'_>, client_reference: &str, event: &str) {
        let key = KeyValues {
            values: vec![("client_reference", Some(Value::Text(client_reference.to_owned())))],
            each: false,
        };
        let (request, credentials) = (Json::Null, Credentials::default());
        let facts = context.facts(&request, &credentials, None, None);
        let moved = self.world.event(LifecycleId::FinrotaPayment, event, &key, &facts);
        self.coverage.moved(None, &moved);
    }
}

/// An error as `operation` answers it, for a request the glue cannot route or read.
pub fn error_answer(
    operation: OperationId,
    error: &payspec::finrota_pws::Error,
    lang: payspec::support::Lang,
    now: Now,
) -> Answer {
    answers::error(operation, error, lang, now)
}
