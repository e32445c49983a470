//! The description of one API: identity, names used in generated code, and where its documents are.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Provenance, Texts};

/// Identity and naming of one API. Exactly one file per API folder carries it (by convention `api.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ApiInfo {
    /// The vendor's product name, e.g. `iyzico Terminal API`.
    pub title: String,
    /// The Rust module the generated code of this API lives in, e.g. `iyzico_terminal`.
    pub rust_module: String,
    /// What the API is for, in both languages.
    pub summary: Texts,
    /// The documents the spec of this API is drawn from.
    pub sources: Vec<SourceDocument>,
    /// Where the identity comes from.
    pub provenance: Provenance,
}

/// A document the spec draws on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    /// The seed file name or public URL, as used in `provenance.source`.
    pub source: String,
    /// What the document is.
    pub title: String,
}
