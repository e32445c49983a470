//! WiaPay, served: a handler is decode → evaluate → answer, every rule the generated evaluator's
//! (`payspec::wiapay::World`), checked in the spec's precedence.

use serde::{Deserialize, Serialize};

use payspec::wiapay::World;

use crate::answer::{Answer, HttpInput};
use crate::clock::Now;
use crate::config::Config;

/// The path prefixes the API owns (an unknown path under one is answered in its envelope).
pub const PREFIXES: &[&str] = &["/v1/"];

/// Everything the emulator keeps of WiaPay.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WiapayState {
    /// Every lifecycle instance.
    pub world: World,
    /// A number fixed when the state was created, part of every issued token and reference.
    pub epoch: u64,
}

/// What happened to WiaPay, as the journal keeps it: a call, a step of a payer on the checkout page, or an attempt to deliver a callback.
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
}

impl WiapayInput {
    /// The arrival number it carries, if any.
    pub fn number(&self) -> Option<u64> {
        match self {
            WiapayInput::Call { number, .. } => Some(*number),
        }
    }
}

impl WiapayState {
    /// A fresh state.
    pub fn new(epoch: u64) -> Self {
        WiapayState { epoch, ..WiapayState::default() }
    }

    /// Applies one input at the test clock's reading: the answer to send, if any.
    pub fn apply(&mut self, _config: &Config, _now: Now, input: &WiapayInput) -> Option<Answer> {
        match input {
            WiapayInput::Call { .. } => Some(Answer::json(
                501,
                serde_json::json!({"error": "not_implemented", "detail": "WiaPay is not served yet"}),
            )),
        }
    }
}
