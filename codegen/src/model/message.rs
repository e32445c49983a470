//! Messages: the JSON shapes an API sends and receives, field by field.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Provenance, Texts};

/// A JSON object an API sends or receives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// The message's Rust type name, in UpperCamelCase, e.g. `ErrorEnvelope`; its JSON Schema file is the kebab-case form.
    pub name: String,
    /// What the message is.
    pub doc: Texts,
    /// Its fields, in wire order.
    pub fields: Vec<Field>,
    /// Where the shape comes from.
    pub provenance: Provenance,
}

/// One field of a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The field's name on the wire, e.g. `errorCode`.
    pub wire: String,
    /// The Rust field name, in snake_case, e.g. `error_code`.
    pub rust_name: String,
    /// The field's type.
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// Whether the field must be present.
    pub required: bool,
    /// Whether the field may be `null`.
    #[serde(default)]
    pub nullable: bool,
    /// What the field is.
    pub doc: Texts,
    /// Where the field comes from.
    pub provenance: Provenance,
}

/// The type of a field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum FieldType {
    /// A JSON string.
    String {
        /// The longest value allowed, in characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_length: Option<u32>,
    },
    /// A JSON integer.
    Integer {
        /// The smallest value allowed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minimum: Option<i64>,
        /// The largest value allowed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        maximum: Option<i64>,
    },
    /// A JSON boolean.
    Boolean {
        /// The only value allowed, where the message fixes it (e.g. `success: false` in an error envelope).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        constant: Option<bool>,
    },
    /// An object of another message of the same API.
    Message {
        /// The `name` of that message.
        message: String,
    },
    /// A JSON array.
    Array {
        /// The type of each item.
        items: Box<FieldType>,
    },
    /// An error code of this API's catalog (open: a newer server may send codes the catalog does not know).
    ErrorCode,
    /// An error group of this API's catalog (open, like codes).
    ErrorGroup,
    /// Any JSON value, kept as it is (the vendor documents no shape for it).
    Json,
}
