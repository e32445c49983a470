//! `RESPONSE_FIELDS_READ`, checked against the spec's own text: every response field a lifecycle or an outcome
//! binding names (`{"response": "paymentId"}` anywhere in `lifecycles.json` or `operations.json`) is listed by its
//! first segment, and nothing else is, so a server that keeps only these fields of a response for the evaluator
//! loses nothing a rule reads.

mod common;

use std::collections::BTreeSet;

/// The first segments of every `"response": "…"` string in an API's lifecycles and operations, found in the text.
fn named_in_spec(api: &str) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for file in ["lifecycles.json", "operations.json"] {
        let path = common::repo_root().join("spec").join(api).join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (at, _) in text.match_indices("\"response\"") {
            let rest = text[at + "\"response\"".len()..].trim_start();
            let Some(rest) = rest.strip_prefix(':').map(str::trim_start) else { continue };
            let Some(rest) = rest.strip_prefix('"') else { continue };
            let path = rest.split('"').next().unwrap_or_default();
            named.insert(path.split('/').next().unwrap_or_default().to_owned());
        }
    }
    named
}

#[test]
fn every_response_field_a_rule_reads_is_listed() {
    for (api, listed) in [
        ("iyzico-terminal", payspec::iyzico_terminal::RESPONSE_FIELDS_READ),
        ("finrota-pws", payspec::finrota_pws::RESPONSE_FIELDS_READ),
        ("wiapay", payspec::wiapay::RESPONSE_FIELDS_READ),
    ] {
        let listed: BTreeSet<String> = listed.iter().map(|f| (*f).to_owned()).collect();
        let named = named_in_spec(api);
        assert!(!named.is_empty(), "{api}: the spec names no response field, so this test checks nothing");
        assert_eq!(listed, named, "{api}: RESPONSE_FIELDS_READ differs from the fields the spec's rules name");
    }
}

#[test]
fn the_list_is_sorted() {
    for listed in [
        payspec::iyzico_terminal::RESPONSE_FIELDS_READ,
        payspec::finrota_pws::RESPONSE_FIELDS_READ,
        payspec::wiapay::RESPONSE_FIELDS_READ,
    ] {
        assert!(listed.windows(2).all(|pair| pair[0] < pair[1]), "{listed:?}");
    }
}
