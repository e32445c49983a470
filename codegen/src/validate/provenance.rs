//! Provenance rules, checked on the raw JSON of each file: every `provenance` names a seed file or a public URL,
//! every `decision` gives its reason, and every source cited is one the API lists in its `info.sources`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::diagnostics::{Collector, escape_token};
use crate::spec::ApiSpec;

/// A `source` cited somewhere in a spec file: the file, the JSON pointer of the `source` member, and the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The file, relative to the repository root.
    pub file: String,
    /// The JSON pointer of the `source` member.
    pub pointer: String,
    /// The seed file name or URL cited.
    pub source: String,
}

/// Checks that an API lists each of its documents once and that every source its files cite is listed, so the list
/// in `api.json` is the whole bibliography of the API.
pub fn check_sources_listed(api: &ApiSpec, citations: &[Citation], collector: &mut Collector) {
    let mut listed = BTreeSet::new();
    for (i, document) in api.info.sources.iter().enumerate() {
        if !listed.insert(document.source.as_str()) {
            collector.report(
                &api.info.file,
                &format!("{}/sources/{i}/source", api.info.pointer),
                format!("source {} is listed twice", document.source),
            );
        }
    }
    let mut unlisted: BTreeMap<&str, &Citation> = BTreeMap::new();
    for citation in citations {
        if !listed.contains(citation.source.as_str()) {
            unlisted.entry(citation.source.as_str()).or_insert(citation);
        }
    }
    for (source, first) in unlisted {
        collector.report(
            &first.file,
            &first.pointer,
            format!("source {source} is cited but not listed in {}'s info.sources", api.id),
        );
    }
}

/// Whether `source` names a seed file (`NNN_<16 hex>.txt`) or a public `https://` URL.
pub fn is_valid_source(source: &str) -> bool {
    if let Some(rest) = source.strip_prefix("https://") {
        return !rest.is_empty() && !rest.contains(char::is_whitespace);
    }
    let Some(stem) = source.strip_suffix(".txt") else {
        return false;
    };
    let mut parts = stem.splitn(2, '_');
    let (Some(number), Some(hash)) = (parts.next(), parts.next()) else {
        return false;
    };
    number.len() == 3
        && number.chars().all(|c| c.is_ascii_digit())
        && hash.len() == 16
        && hash.chars().all(|c| c.is_ascii_hexdigit())
}

/// Checks every `provenance` object anywhere in `value` (outside example bodies), and collects into `citations`
/// every `source` member (of provenance and of discrepancy readings) outside the API's own list of sources.
pub fn check_provenance(
    collector: &mut Collector,
    citations: &mut Vec<Citation>,
    file: &str,
    pointer: &str,
    value: &Value,
) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let at = format!("{pointer}/{}", escape_token(key));
                match (key.as_str(), child) {
                    ("body", _) => {}
                    _ if at == "/info/sources" => {}
                    ("source", Value::String(source)) => {
                        citations.push(Citation { file: file.to_owned(), pointer: at, source: source.clone() })
                    }
                    ("provenance", _) => {
                        check_one(collector, file, &at, child);
                        check_provenance(collector, citations, file, &at, child);
                    }
                    _ => check_provenance(collector, citations, file, &at, child),
                }
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                check_provenance(collector, citations, file, &format!("{pointer}/{index}"), child);
            }
        }
        _ => {}
    }
}

fn check_one(collector: &mut Collector, file: &str, pointer: &str, value: &Value) {
    let source = value.get("source").and_then(Value::as_str).unwrap_or_default();
    if !is_valid_source(source) {
        collector.report(
            file,
            &format!("{pointer}/source"),
            format!("\"{source}\" is neither a seed file name (NNN_<16 hex digits>.txt) nor an https:// URL"),
        );
    }
    let reason = value.get("reason").and_then(Value::as_str).map(str::trim).unwrap_or_default();
    if value.get("basis").and_then(Value::as_str) == Some("decision") && reason.is_empty() {
        collector.report(file, pointer, "a `decision` needs a one-line `reason`");
    }
}

#[cfg(test)]
mod tests {
    use super::is_valid_source;

    #[test]
    fn accepts_seed_names_and_urls_only() {
        assert!(is_valid_source("000_1291d56dba2d43c2.txt"));
        assert!(is_valid_source("https://doc.wiapay.co/errors"));
        assert!(!is_valid_source("seed 000"));
        assert!(!is_valid_source("00_1291d56dba2d43c2.txt"));
        assert!(!is_valid_source("http://example.com"));
        assert!(!is_valid_source(""));
    }
}
