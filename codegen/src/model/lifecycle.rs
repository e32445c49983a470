//! Lifecycles: the states of a payment, batch, token or transaction, how a call names the instance it acts on, the
//! typed attributes an instance carries, every transition with the operation (or event), typed guard and effects
//! that cause it, and for each forbidden operation the typed condition and the exact error answered. Beside them the
//! API-wide timers and the precedence of a server's checks.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Effect, Guard, Operand, Provenance, Texts};

/// A state machine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lifecycle {
    /// A kebab-case id, unique per API, e.g. `vuk509-payment`.
    pub id: String,
    /// The Rust name of the state enum, in UpperCamelCase, e.g. `Vuk509PaymentState`.
    pub rust_name: String,
    /// What goes through the lifecycle.
    pub doc: Texts,
    /// How each call names the instance it acts on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<Instance>,
    /// The typed attributes an instance carries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
    /// Its states.
    pub states: Vec<State>,
    /// Every allowed transition.
    pub transitions: Vec<Transition>,
    /// Operations that are refused in a state, with the error answered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forbidden: Vec<Forbidden>,
    /// What in an answer tells that an external event of the lifecycle happened, so that a server and a client of
    /// the API apply it alike (a code that says the session ended, a device's answer that says it finished).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signals: Vec<Signal>,
    /// Where the lifecycle comes from.
    pub provenance: Provenance,
}

/// An answer that tells an external event of the lifecycle happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signal {
    /// The `id` of the external event.
    pub event: String,
    /// Which answers tell it.
    pub on: SignalOn,
    /// Attribute id → the operand of the answered call it must equal: the instance(s) the event reaches.
    pub key: BTreeMap<String, Operand>,
    /// Where the rule comes from.
    pub provenance: Provenance,
}

/// Which answers tell an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum SignalOn {
    /// Any answer carrying this error code of the API's catalog.
    AnswerCode(String),
    /// The answer to a call that moved an instance of this lifecycle (on its arrival or its commit).
    Answer,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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
    pub event: Option<Event>,
    /// The typed condition under which it happens; absent: whenever the operation or event reaches this state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Guard>,
    /// What it writes into the instance's attributes, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub effects: Vec<Effect>,
    /// The condition in words (both languages): the documentation of `when`, present exactly when `when` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guard: Option<Texts>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// Something outside any call that causes a transition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// A snake_case id, unique in the lifecycle, e.g. `token_expires`.
    pub id: String,
    /// Whether time makes it happen or the world does.
    pub kind: EventKind,
    /// What happens.
    pub doc: Texts,
}

/// What makes an event happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The clock: the event happens as soon as its transition's `when` (over the clock, attributes and timers) holds.
    Timer,
    /// The world (a bank releases a hold, a device finishes, a cardholder abandons a page): an emulator simulates
    /// it, a conformance suite is told of it.
    External,
}

/// How calls name the instance of a lifecycle they act on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Instance {
    /// One key per operation the lifecycle mentions.
    pub keys: Vec<InstanceKey>,
    /// What identifies an instance, in words.
    pub doc: Texts,
    /// The reference the client chooses anew for every transaction, where the lifecycle keeps it unique.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_reference: Option<ClientReference>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A key attribute that holds a reference the client chooses for each new transaction: a refusal answering `reused`
/// says the client sent a reference it had used before (a correct client takes a new one every time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClientReference {
    /// The attribute (a key attribute read from a request field).
    pub attribute: String,
    /// The code of the lifecycle's refusal that means the reference was used before.
    pub reused: String,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// How one operation names the instance (or instances) it acts on: those whose attributes equal the operands.
/// When none matches, the call addresses a fresh instance in the initial state with these attributes set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InstanceKey {
    /// The operation's id.
    pub operation: String,
    /// Attribute id → the operand of the call it must equal.
    #[serde(rename = "match")]
    pub matches: BTreeMap<String, Operand>,
    /// Whether the call acts on every matching instance (an end of day on every payment of a device) rather than
    /// on one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub each: bool,
}

/// A typed attribute of a lifecycle instance; unset until an effect or a key match sets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attribute {
    /// A snake_case id, unique in the lifecycle.
    pub id: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: ValueType,
    /// What it holds.
    pub doc: Texts,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// The type of a value a guard compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ValueType {
    /// Text (strings, enum values, error codes).
    Text,
    /// A whole number.
    Integer,
    /// An exact decimal (money).
    Decimal,
    /// A boolean.
    Boolean,
    /// An instant (Unix seconds).
    Instant,
    /// A business day.
    Day,
    /// A duration in seconds.
    Duration,
}

/// A duration the API's rules depend on, with the configuration key that overrides it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Timer {
    /// A snake_case id, unique per API, e.g. `token_lifetime`.
    pub id: String,
    /// The default, in seconds.
    pub seconds: u64,
    /// The configuration key that overrides it: `<api-short>.<snake_case>`, e.g. `wiapay.deposit_expiry_seconds`.
    pub config: String,
    /// What it times.
    pub doc: Texts,
    /// Where the default comes from.
    pub provenance: Provenance,
}

/// The order in which a server checks a call, so that two implementations answer the same code for the same bad
/// request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Precedence {
    /// The checks, first to last.
    pub steps: Vec<Check>,
    /// Why this order.
    pub doc: Texts,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// One check of a call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "check", rename_all = "snake_case", deny_unknown_fields)]
pub enum Check {
    /// Method and path: an unknown path, a wrong method.
    Route,
    /// The operation's authentication scheme: credentials present, well formed and valid.
    Authentication,
    /// The body and parameters: encoding, types, required fields, enumerations, bounds.
    Decode,
    /// The messages' rules and the operation's parameter rules.
    Rules,
    /// The refusals of one lifecycle.
    Lifecycle {
        /// The lifecycle's id.
        lifecycle: String,
    },
}

/// How an operation's response tells its outcome: approved, unknown, or else declined.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeBinding {
    /// When the call is approved (over `response`, `http` and `error` operands).
    pub approved: Guard,
    /// When its outcome is unknown until a query; absent: never.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unknown: Option<Guard>,
    /// The binding in words.
    pub doc: Texts,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// An operation refused in a state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Forbidden {
    /// The state.
    pub state: String,
    /// The `id` of the operation refused.
    pub operation: String,
    /// The typed condition, if the operation is refused only under it; absent: always in this state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Guard>,
    /// The condition in words (both languages): the documentation of `when`, present exactly when `when` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guard: Option<Texts>,
    /// The error answered.
    pub error: ErrorAnswer,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// The exact error an API answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorAnswer {
    /// The error code (in the API's catalog).
    pub code: String,
    /// The HTTP status of the answer.
    pub http_status: u16,
    /// Arguments of the code's placeholders, by placeholder name, where the message has any: each a request field,
    /// an attribute, a credential or a literal.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub arguments: BTreeMap<String, Operand>,
}
