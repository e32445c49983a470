//! The error catalogs `payspec explain` reads: those of `generated/catalog/`, embedded in the binary, or the
//! `<api>.json` files of a folder given with `--catalogs` (a newer catalog, a test's).

use std::path::Path;

use serde::Deserialize;

/// The catalogs embedded at build time, by API id (`payspec::APIS` names the same APIs; a test checks it).
const EMBEDDED: &[(&str, &str)] = &[
    ("finrota-pws", include_str!("../../../generated/catalog/finrota-pws.json")),
    ("iyzico-terminal", include_str!("../../../generated/catalog/iyzico-terminal.json")),
    ("wiapay", include_str!("../../../generated/catalog/wiapay.json")),
];

/// One API's catalog, as much of it as `explain` shows.
#[derive(Debug, Deserialize)]
pub struct Catalog {
    /// The API's id.
    pub api: String,
    /// The API's title.
    pub title: String,
    /// Its groups.
    pub groups: Vec<Group>,
    /// Its entries.
    pub entries: Vec<Entry>,
}

/// A group of codes.
#[derive(Debug, Deserialize)]
pub struct Group {
    /// The group's wire id.
    pub id: String,
    /// What it means.
    pub description: Texts,
}

/// A catalog entry: a code, or a pass-through group (whose `code` is null).
#[derive(Debug, Deserialize)]
pub struct Entry {
    /// The wire code.
    pub code: Option<String>,
    /// The group's id.
    pub group: String,
    /// The HTTP status.
    pub http_status: Option<u16>,
    /// The vendor's pseudo-status.
    pub pseudo_status: Option<u16>,
    /// The retry advice.
    pub retry: String,
    /// Who acts.
    pub actor: String,
    /// The message, with `{n}` placeholders.
    pub messages: Texts,
    /// The vendor's scenario.
    pub scenario: Option<Texts>,
    /// The vendor's advice.
    pub solution: Option<Texts>,
    /// The placeholders.
    pub placeholders: Vec<Placeholder>,
    /// Whose code a pass-through entry carries.
    pub passthrough: Option<String>,
    /// Where each value comes from.
    pub provenance: EntryProvenance,
}

impl Entry {
    /// What the entry is looked up by: its code, or its group for a pass-through entry.
    pub fn key(&self) -> &str {
        self.code.as_deref().unwrap_or(&self.group)
    }
}

/// A text in both languages.
#[derive(Debug, Deserialize)]
pub struct Texts {
    /// English.
    pub en: String,
    /// Turkish.
    pub tr: String,
}

/// A placeholder of a message.
#[derive(Debug, Deserialize)]
pub struct Placeholder {
    /// The number in `{n}`.
    pub index: u8,
    /// Its name.
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: String,
}

/// Where a fact comes from.
#[derive(Debug, Deserialize)]
pub struct Provenance {
    /// The seed file or URL.
    pub source: String,
    /// `vendor`, `translation` or `decision`.
    pub basis: String,
    /// Why, for a decision.
    pub reason: Option<String>,
}

/// The provenance of an entry's values.
#[derive(Debug, Deserialize)]
pub struct EntryProvenance {
    /// Of the code.
    pub code: Provenance,
    /// Of each message text.
    pub messages: LangProvenance,
}

/// A provenance per language.
#[derive(Debug, Deserialize)]
pub struct LangProvenance {
    /// English.
    pub en: Option<Provenance>,
    /// Turkish.
    pub tr: Option<Provenance>,
}

/// The embedded catalogs.
pub fn embedded() -> Result<Vec<Catalog>, String> {
    EMBEDDED
        .iter()
        .map(|(api, text)| serde_json::from_str(text).map_err(|e| format!("the embedded catalog of {api}: {e}")))
        .collect()
}

/// The ids of the embedded catalogs.
#[cfg(test)]
pub fn embedded_ids() -> Vec<&'static str> {
    EMBEDDED.iter().map(|(api, _)| *api).collect()
}

/// The catalogs of a folder: every `*.json` file in it, sorted by name.
pub fn from_folder(dir: &Path) -> Result<Vec<Catalog>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?.path();
        if path.extension().is_some_and(|e| e == "json") {
            paths.push(path);
        }
    }
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{} is not a payspec catalog: {e}", path.display()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_api_of_the_generated_crate_has_its_catalog_embedded() {
        assert_eq!(super::embedded_ids(), payspec::APIS);
        for catalog in super::embedded().expect("the embedded catalogs read") {
            assert!(!catalog.entries.is_empty(), "{}", catalog.api);
        }
    }
}
