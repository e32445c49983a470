//! Enumerations: closed sets of wire values, or open ones where the vendor writes "etc." and newer values may come.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Provenance, Texts};

/// A named enumeration of string values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnumType {
    /// The Rust type name, in UpperCamelCase, e.g. `SalesType`.
    pub name: String,
    /// `true` where the vendor's list is not exhaustive ("SUCCESS, FAILURE, etc."): values outside the list are kept
    /// as they came instead of rejected.
    pub open: bool,
    /// What the enumeration is.
    pub doc: Texts,
    /// The known values.
    pub values: Vec<EnumValue>,
    /// Where the list comes from.
    pub provenance: Provenance,
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
