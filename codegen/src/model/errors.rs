//! Error groups and error codes: the catalog of what an API answers when something goes wrong.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Provenance, Sourced, Texts};

/// A group (category) of error codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorGroup {
    /// The group's wire identifier, e.g. `BUSINESS_ERROR`.
    pub id: String,
    /// The name of the group's Rust enum variant, in UpperCamelCase, e.g. `BusinessError`.
    pub rust_name: String,
    /// What the group means.
    pub description: Texts,
    /// Set when errors of this group carry a code and message that the API passes through from another party
    /// (a bank, a payment service) instead of codes of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passthrough: Option<Passthrough>,
    /// Where the group comes from.
    pub provenance: Provenance,
}

/// How a pass-through group carries another party's error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Passthrough {
    /// Whose code and message are passed through.
    pub origin: Sourced<PassthroughOrigin>,
    /// What the catalog shows for such an error: the source's own sentence about it.
    pub messages: Texts,
    /// Whether and how to retry, for a code `retry_by_code` does not place.
    pub retry: Sourced<Retry>,
    /// Ranges of the other party's numeric codes whose retry differs from the group's (e.g. a bank decline relayed
    /// through the payment service is definitive, not an unknown outcome), first match wins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retry_by_code: Vec<CodeRangeRetry>,
    /// Who must act.
    pub actor: Sourced<Actor>,
    /// HTTP status the API answers such errors with, when documented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<Sourced<u16>>,
}

/// The retry of a range of a pass-through party's numeric codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeRangeRetry {
    /// The first code of the range.
    pub from: u64,
    /// The last code of the range.
    pub to: u64,
    /// The retry advice for those codes.
    pub retry: Sourced<Retry>,
}

/// The party whose error a pass-through group carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PassthroughOrigin {
    /// The card-issuing or acquiring bank.
    Bank,
    /// The vendor's own payment service behind the API.
    PaymentService,
}

/// One error code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorCode {
    /// The code as it appears on the wire, e.g. `380101`, `P001`, `INVALID_SIGNATURE`.
    pub code: String,
    /// The name of the code's Rust enum variant, in UpperCamelCase, e.g. `AuthDeviceNotFound`.
    pub rust_name: String,
    /// The `id` of the group this code belongs to.
    pub group: String,
    /// The HTTP status the API answers with (100–599). Absent where the vendor gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<Sourced<u16>>,
    /// A vendor status number that is not an HTTP status (Finrota's 600–609); never sent as the HTTP status line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudo_status: Option<Sourced<u16>>,
    /// The human-readable message. Placeholders `{0}`, `{1}`, ... must be the same in both languages.
    pub messages: Texts,
    /// The vendor's example scenario for the code, where given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<Texts>,
    /// The vendor's advice on how to fix it, where given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solution: Option<Texts>,
    /// Every placeholder of the message, by index.
    #[serde(default)]
    pub placeholders: Vec<Placeholder>,
    /// Whether and how a client may retry.
    pub retry: Sourced<Retry>,
    /// Who must act to resolve it.
    pub actor: Sourced<Actor>,
    /// Where the code (its identity and group) comes from.
    pub provenance: Provenance,
}

/// A placeholder of an error message: `{index}` in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Placeholder {
    /// The number in `{n}`.
    pub index: u8,
    /// The argument's name in snake_case; the Rust field and the Fluent variable take it.
    pub name: String,
    /// The argument's type.
    #[serde(rename = "type")]
    pub kind: PlaceholderType,
    /// What the argument is.
    pub doc: Texts,
    /// Where the name and meaning come from.
    pub provenance: Provenance,
}

/// The type of a placeholder's argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlaceholderType {
    /// Free text.
    String,
    /// A whole number.
    Integer,
}

/// Whether and how a client may retry after an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Retry {
    /// Retrying the same request cannot succeed.
    Never,
    /// Retry only after the actor fixed the cause (the request, credentials, card, balance, configuration).
    AfterFix,
    /// A transient condition: retry the same request with exponential backoff.
    Backoff,
    /// The outcome is unknown (the card may have been charged): query the transaction's status before any retry.
    QueryFirst,
}

/// Who must act to resolve an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The integrating software (the cash register, the merchant's server): fix the request or the flow.
    Caller,
    /// The customer paying: another card, another attempt at 3D Secure, enough limit.
    Cardholder,
    /// The merchant's staff or administrator: the device, the account, the configuration.
    Operator,
    /// The API provider, bank or payment service: nothing the caller can fix.
    Provider,
}

/// An HTTP status as the vendor documents its meaning for the whole API (WiaPay's status table).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HttpStatus {
    /// The status (100–599).
    pub status: u16,
    /// Its short meaning, e.g. `Bad Request`.
    pub meaning: Texts,
    /// What it means in this API.
    pub description: Texts,
    /// Where it comes from.
    pub provenance: Provenance,
}
