//! Finrota PWS, served: a handler is decode → evaluate → answer, every rule the generated evaluator's
//! (`payspec::finrota_pws::World`), checked in the spec's precedence.

use serde::{Deserialize, Serialize};

use payspec::finrota_pws::World;

use crate::answer::{Answer, HttpInput};
use crate::clock::Now;
use crate::config::Config;

/// The path prefixes the API owns (an unknown path under one is answered in its envelope).
pub const PREFIXES: &[&str] = &["/auth/api/", "/pws/"];

/// Everything the emulator keeps of Finrota PWS.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FinrotaState {
    /// Every lifecycle instance.
    pub world: World,
    /// A number fixed when the state was created, part of every issued token and reference.
    pub epoch: u64,
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
}

impl FinrotaInput {
    /// The arrival number it carries, if any.
    pub fn number(&self) -> Option<u64> {
        match self {
            FinrotaInput::Call { number, .. } => Some(*number),
        }
    }
}

impl FinrotaState {
    /// A fresh state.
    pub fn new(epoch: u64) -> Self {
        FinrotaState { epoch, ..FinrotaState::default() }
    }

    /// Applies one input at the test clock's reading: the answer to send, if any.
    pub fn apply(&mut self, _config: &Config, _now: Now, input: &FinrotaInput) -> Option<Answer> {
        match input {
            FinrotaInput::Call { .. } => Some(Answer::json(
                501,
                serde_json::json!({"error": "not_implemented", "detail": "Finrota PWS is not served yet"}),
            )),
        }
    }
}
