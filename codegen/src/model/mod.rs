//! The spec model: the Rust types every spec file deserializes into, and from which `spec/spec.schema.json` is generated.
//!
//! Every spec file has the same shape ([`SpecFile`]): the API it belongs to and any of the sections below. By convention
//! an API folder splits them as `api.json` (info, servers, modes, auth schemes, signing), `errors.json` (groups and
//! codes), `operations.json`, `messages.json`, `enums.json`, `discrepancies.json`, `lifecycles.json`,
//! `codes.lock.json` and `examples/*.json`, but the loader merges whatever it finds.

mod api;
mod discrepancy;
mod enums;
mod error_wire;
mod errors;
mod example;
mod guard;
mod lifecycle;
mod lock;
mod message;
mod operation;
mod provenance;
mod schema;
mod signing;

pub use api::{ApiInfo, RequestLanguage, SourceDocument};
pub use discrepancy::{Discrepancy, Reading};
pub use enums::{Alias, EnumType, EnumValue, EnumWire};
pub use error_wire::{EnvelopeConstant, EnvelopeMapping, ErrorStatus, ErrorWire, RequestInvalid};
pub use errors::{
    Actor, CodeRangeRetry, ErrorCode, ErrorGroup, HttpStatus, Passthrough, PassthroughOrigin, Placeholder,
    PlaceholderType, Retry,
};
pub use example::Example;
pub use guard::{ClockReading, Credential, Effect, ErrorFacet, Guard, HttpFacet, Operand, Outcome, StateOf};
pub use lifecycle::{
    Attribute, Check, ClientReference, ErrorAnswer, Event, EventKind, Forbidden, Instance, InstanceKey, Lifecycle,
    OutcomeBinding, Precedence, Signal, SignalOn, State, Timer, Transition, ValueType,
};
pub use lock::{CodeLock, LockChange, LockedCode};
pub use message::{
    Condition, DecimalMinimum, DecimalWire, Echo, Field, FieldType, IntegerUnit, Message, Rule, RuleCheck, StringFormat,
};
pub use operation::{
    AuthKind, AuthScheme, ContentType, Direction, HttpMethod, Mode, Operation, Parameter, ParameterLocation, Response,
    Server,
};
pub use provenance::{Basis, Lang, Provenance, Sourced, Text, Texts};
pub use schema::spec_file_schema;
pub use signing::{
    SignatureCheck, SignatureCheckKind, SignatureChecks, SignatureEncoding, SignedPart, Signing, SigningAlgorithm,
    SigningVector,
};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One spec file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "payspec spec file")]
pub struct SpecFile {
    /// The path of this schema relative to the file, e.g. `../spec.schema.json`.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// The API the file belongs to; must equal the name of the folder it is in (`iyzico-terminal`, `finrota-pws`, `wiapay`).
    pub api: String,
    /// The API's identity; exactly one file per API has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<ApiInfo>,
    /// Error groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<ErrorGroup>,
    /// Error codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<ErrorCode>,
    /// The HTTP statuses the vendor documents for the whole API, with their meanings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub http_statuses: Vec<HttpStatus>,
    /// Servers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub servers: Vec<Server>,
    /// Modes of integration (iyzico's VUK 509 and VUK 507), which never mix.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modes: Vec<Mode>,
    /// Authentication schemes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub auth_schemes: Vec<AuthScheme>,
    /// Signing recipes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signing: Vec<Signing>,
    /// Operations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operations: Vec<Operation>,
    /// Messages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<Message>,
    /// Enumerations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub enums: Vec<EnumType>,
    /// Discrepancies between sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discrepancies: Vec<Discrepancy>,
    /// Lifecycles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lifecycles: Vec<Lifecycle>,
    /// Durations the API's rules depend on (token lifetimes, expiries, signature windows).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timers: Vec<Timer>,
    /// The order of a server's checks; exactly one file of an API with lifecycles has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precedence: Option<Precedence>,
    /// The name of the message that is the API's error envelope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_envelope: Option<String>,
    /// How the API answers errors in the server direction: the code for a request that cannot be read, and where
    /// its error messages carry code, text, group and status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_wire: Option<ErrorWire>,
    /// The code lock; exactly one file per API has it (by convention `codes.lock.json`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_lock: Option<CodeLock>,
    /// Examples.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Example>,
}
