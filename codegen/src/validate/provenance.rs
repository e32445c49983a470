//! Provenance rules, checked on the raw JSON of each file: every `provenance` names a seed file or a public URL, and
//! every `decision` gives its reason.

use serde_json::Value;

use crate::diagnostics::{Collector, escape_token};

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

/// Checks every `provenance` object anywhere in `value`.
pub fn check_provenance(collector: &mut Collector, file: &str, pointer: &str, value: &Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let at = format!("{pointer}/{}", escape_token(key));
                if key == "provenance" {
                    check_one(collector, file, &at, child);
                }
                if key != "body" {
                    check_provenance(collector, file, &at, child);
                }
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                check_provenance(collector, file, &format!("{pointer}/{index}"), child);
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
