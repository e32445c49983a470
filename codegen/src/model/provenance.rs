//! Provenance: where every fact in the spec comes from and on what basis it is there.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a fact comes from and why it is in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// A seed file name under `shared/seeds/` (e.g. `000_1291d56dba2d43c2.txt`) or a public `https://` URL.
    pub source: String,
    /// On what basis the fact is in the spec.
    pub basis: Basis,
    /// Why the project decided so; required when `basis` is `decision`, optional otherwise (e.g. to note a discrepancy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The basis of a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The vendor's own words or values.
    Vendor,
    /// The project's translation of vendor text.
    Translation,
    /// The project decided where the vendor is silent; a one-line `reason` is required.
    Decision,
}

/// A value together with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sourced<T> {
    /// The value itself.
    pub value: T,
    /// Where the value comes from.
    pub provenance: Provenance,
}

/// One human-readable text in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The text, exactly as the source gives it (markdown escapes removed); placeholders are written `{0}`, `{1}`, ...
    pub text: String,
    /// Where the text comes from (`vendor` for the vendor's words, `translation` for the project's translation).
    pub provenance: Provenance,
}

/// A human-readable text in every language of the project. Both are required; the validator reports a missing one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    /// English.
    #[serde(default)]
    pub en: Option<Text>,
    /// Turkish.
    #[serde(default)]
    pub tr: Option<Text>,
}

impl Texts {
    /// The text in `lang`, if present.
    pub fn get(&self, lang: Lang) -> Option<&Text> {
        match lang {
            Lang::En => self.en.as_ref(),
            Lang::Tr => self.tr.as_ref(),
        }
    }
}

/// The languages every human-readable text of the spec is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Turkish.
    Tr,
}

impl Lang {
    /// Every language, in catalog order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Tr];

    /// The language tag used in file names and JSON keys (`en`, `tr`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Tr => "tr",
        }
    }

    /// The language's English name, for diagnostics.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Tr => "Turkish",
        }
    }
}
