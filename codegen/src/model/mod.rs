//! The spec model: the Rust types every spec file deserializes into, and from which `spec/spec.schema.json` is generated.
//!
//! Every spec file has the same shape ([`SpecFile`]): the API it belongs to and any of the sections below. By convention
//! an API folder splits them as `api.json` (info), `errors.json` (groups and codes), `messages.json`, `codes.lock.json`
//! and `examples/*.json`, but the loader merges whatever it finds.

mod api;
mod errors;
mod example;
mod lock;
mod message;
mod provenance;

pub use api::{ApiInfo, SourceDocument};
pub use errors::{
    Actor, ErrorCode, ErrorGroup, HttpStatus, Passthrough, PassthroughOrigin, Placeholder, PlaceholderType, Retry,
};
pub use example::Example;
pub use lock::{CodeLock, LockChange, LockedCode};
pub use message::{Field, FieldType, Message};
pub use provenance::{Basis, Lang, Provenance, Sourced, Text, Texts};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One spec file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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
    /// Messages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<Message>,
    /// The name of the message that is the API's error envelope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_envelope: Option<String>,
    /// The code lock; exactly one file per API has it (by convention `codes.lock.json`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_lock: Option<CodeLock>,
    /// Examples.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Example>,
}
