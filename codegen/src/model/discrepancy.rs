//! Discrepancies: where sources disagree, what each says, which form the spec takes as canonical and why, and what a
//! tolerant reader accepts.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Provenance, Texts};

/// A disagreement between sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Discrepancy {
    /// A kebab-case id that aliases refer to, e.g. `sale-type-field-name`.
    pub id: String,
    /// What the sources disagree on.
    pub subject: Texts,
    /// What each source says (at least two).
    pub readings: Vec<Reading>,
    /// The form the spec takes as canonical; writers send it.
    pub canonical: String,
    /// What a tolerant reader accepts.
    pub tolerant_reader: Texts,
    /// Why the canonical form was chosen (`basis: decision` with its reason).
    pub provenance: Provenance,
}

/// What one source says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    /// The seed file name or public URL.
    pub source: String,
    /// What it says, quoted or summarized.
    pub says: String,
}
