//! Where every rule of the generated tables comes from: the document the spec cites (numbered as the generated
//! docs' sources page numbers it, `S3`), the basis the rule is in the spec on, and for the project's decisions the
//! one-line reason. The conformance suite cites it next to every finding.

use serde::Serialize;

/// On what basis an element is in the spec; the conformance suite turns it into strictness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The vendor's own words: a failure fails the implementation.
    Vendor,
    /// The project's translation of vendor text.
    Translation,
    /// The project's decision where the vendor is silent: a failure is a warning unless strict.
    Decision,
}

impl Basis {
    /// The basis as the spec writes it: `vendor`, `translation` or `decision`.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Vendor => "vendor",
            Basis::Translation => "translation",
            Basis::Decision => "decision",
        }
    }
}

/// A document an API's spec draws on, one entry of the API's `SOURCES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Source {
    /// Its number in the API's list, as the generated docs cite it: `S1`, `S2`, ... (`S0`: not in the list).
    pub id: &'static str,
    /// What the document is.
    pub title: &'static str,
    /// Where it is: a public `https://` URL, or the name of a seed file under `shared/seeds/`.
    pub location: &'static str,
}

impl Source {
    /// The public URL, when the document is one (a seed file has none).
    pub fn url(&self) -> Option<&'static str> {
        self.location.starts_with("https://").then_some(self.location)
    }
}

/// Where a rule comes from and on what basis it is in the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Provenance {
    /// The document cited.
    pub source: &'static Source,
    /// The basis.
    pub basis: Basis,
    /// Why the project decided so (always given for a decision; for other bases, a note where the spec has one).
    pub reason: Option<&'static str>,
}
