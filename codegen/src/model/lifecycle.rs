//! Lifecycles: the states of a payment, batch, token or transaction, every transition with the operation (or event)
//! and guard that causes it, and for each forbidden operation the exact error answered.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Provenance, Texts};

/// A state machine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lifecycle {
    /// A kebab-case id, unique per API, e.g. `vuk509-payment`.
    pub id: String,
    /// The Rust name of the state enum, in UpperCamelCase, e.g. `Vuk509PaymentState`.
    pub rust_name: String,
    /// What goes through the lifecycle.
    pub doc: Texts,
    /// Its states.
    pub states: Vec<State>,
    /// Every allowed transition.
    pub transitions: Vec<Transition>,
    /// Operations that are refused in a state, with the error answered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forbidden: Vec<Forbidden>,
    /// Where the lifecycle comes from.
    pub provenance: Provenance,
}

/// One state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// A snake_case id, unique in the lifecycle.
    pub id: String,
    /// The Rust variant name, in UpperCamelCase.
    pub rust_name: String,
    /// Whether things start here (exactly one state per lifecycle).
    #[serde(default)]
    pub initial: bool,
    /// Whether nothing leaves this state.
    #[serde(default)]
    pub terminal: bool,
    /// What the state means.
    pub doc: Texts,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A transition between states, caused by an operation or by an event outside any call (time passing, a bank).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transition {
    /// The state it leaves.
    pub from: String,
    /// The state it enters.
    pub to: String,
    /// The `id` of the operation that causes it; absent for an event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// The event that causes it, when no operation does (e.g. "30 minutes pass").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Texts>,
    /// The condition under which it happens, if any (e.g. "the refund leaves part of the amount").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guard: Option<Texts>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// An operation refused in a state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Forbidden {
    /// The state.
    pub state: String,
    /// The `id` of the operation refused.
    pub operation: String,
    /// The condition, if the operation is refused only under it (e.g. "the refund exceeds what remains").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guard: Option<Texts>,
    /// The error answered.
    pub error: ErrorAnswer,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// The exact error an API answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorAnswer {
    /// The error code (in the API's catalog).
    pub code: String,
    /// The HTTP status of the answer.
    pub http_status: u16,
    /// Arguments of the code's placeholders, by placeholder name, where the message has any.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub arguments: std::collections::BTreeMap<String, String>,
}
