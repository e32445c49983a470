//! The description of one API: identity, names used in generated code, and where its documents are.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Lang, Provenance, Texts};

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
    /// Where a request says which language its answer's texts are written in.
    pub request_language: RequestLanguage,
    /// Where the identity comes from.
    pub provenance: Provenance,
}

/// Where a request says which language its answer's texts (error messages, results) are written in. A value
/// starting with a language's tag (`en`, `tr`, in any case, e.g. `en-US`) picks that language; anything else, or no
/// value, the default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "from", rename_all = "snake_case", deny_unknown_fields)]
pub enum RequestLanguage {
    /// A top-level field of the request body (a JSON object or a form).
    Field {
        /// The field's wire name, e.g. `locale`.
        field: String,
        /// The language when the field gives none.
        default: Lang,
        /// Where the rule comes from.
        provenance: Provenance,
    },
    /// A request header.
    Header {
        /// The header's name, e.g. `Accept-Language` (matched in any case).
        header: String,
        /// The language when the header gives none.
        default: Lang,
        /// Where the rule comes from.
        provenance: Provenance,
    },
    /// Always one language: the request cannot choose.
    Fixed {
        /// The language.
        lang: Lang,
        /// Where the rule comes from.
        provenance: Provenance,
    },
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
