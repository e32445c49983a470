//! Examples: JSON bodies from the sources, each tied to the message it is an instance of.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Provenance;

/// A JSON example of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// A short kebab-case name, unique per API.
    pub name: String,
    /// The `name` of the message it is an instance of.
    pub message: String,
    /// Whether the body is a valid instance of the message.
    pub valid: bool,
    /// For an invalid example: every JSON pointer into `body` where validation fails, and no other (sorted).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invalid_at: Vec<String>,
    /// The JSON body, as the source gives it (only transport artifacts such as stray backticks removed).
    pub body: serde_json::Value,
    /// Where the example comes from.
    pub provenance: Provenance,
}
