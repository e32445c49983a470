//! Enumerations: closed sets of wire values, or open ones where the vendor writes "etc." and newer values may come.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Provenance, Texts};

/// A named enumeration of values that travel as JSON strings, or as JSON integers (`wire_type: integer`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnumType {
    /// The Rust type name, in UpperCamelCase, e.g. `SalesType`.
    pub name: String,
    /// `true` where the vendor's list is not exhaustive ("SUCCESS, FAILURE, etc."): values outside the list are kept
    /// as they came instead of rejected.
    pub open: bool,
    /// How its values travel: JSON strings (the default) or JSON integers, whose `wire` is the decimal text (`"6"`).
    #[serde(default, skip_serializing_if = "EnumWire::is_string")]
    pub wire_type: EnumWire,
    /// What the enumeration is.
    pub doc: Texts,
    /// The known values.
    pub values: Vec<EnumValue>,
    /// Where the list comes from.
    pub provenance: Provenance,
}

/// How an enumeration's values travel on the wire.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EnumWire {
    /// As JSON strings, e.g. `"SALE"`.
    #[default]
    String,
    /// As JSON integers, e.g. `6`.
    Integer,
}

impl EnumWire {
    /// Whether values travel as strings (the default, left out of spec files).
    pub fn is_string(&self) -> bool {
        *self == EnumWire::String
    }
}

/// One value of an enumeration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnumValue {
    /// The canonical wire value, which writers send.
    pub wire: String,
    /// The Rust variant name, in UpperCamelCase.
    pub rust_name: String,
    /// What the value means.
    pub doc: Texts,
    /// Other spellings a tolerant reader accepts for this value (e.g. `TR` for `tr`), each tied to a discrepancy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<Alias>,
    /// Where the value comes from.
    pub provenance: Provenance,
}

/// Another spelling of a field name or enum value that a tolerant reader accepts; writers never send it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    /// The other spelling as it appears on the wire.
    pub wire: String,
    /// The `id` of the discrepancy that records where the spelling comes from.
    pub discrepancy: String,
}
