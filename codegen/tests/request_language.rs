//! The generated `REQUEST_LANGUAGE` of each API, as the emulator and the suite read it: iyzico's `locale` field (a
//! JSON body or a form), Finrota's `Accept-Language` header, WiaPay's one language; a value picks a language by its
//! leading tag, anything else the default.

use payspec::support::{Lang, RequestLanguage};

fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect()
}

#[test]
fn iyzico_reads_the_locale_field_of_a_json_body_or_a_form() {
    let rule = payspec::iyzico_terminal::REQUEST_LANGUAGE;
    assert!(matches!(rule, RequestLanguage::Field { field: "locale", default: Lang::Tr, .. }));
    for (body, lang) in [
        (r#"{"locale":"en"}"#, Lang::En),
        (r#"{"locale":"EN-us"}"#, Lang::En),
        (r#"{"locale":"tr"}"#, Lang::Tr),
        (r#"{"locale":"TR-EN"}"#, Lang::Tr),
        (r#"{"locale":"de"}"#, Lang::Tr),
        (r#"{"locale":"é"}"#, Lang::Tr),
        (r#"{"locale":7}"#, Lang::Tr),
        (r#"{}"#, Lang::Tr),
        ("grant_type=password&locale=en", Lang::En),
        ("locale=tr", Lang::Tr),
        ("", Lang::Tr),
    ] {
        assert_eq!(rule.of_request(&headers(&[("accept-language", "en")]), body.as_bytes()), lang, "{body}");
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(body) {
            assert_eq!(rule.of_decoded(&[], &value), lang, "{body} decoded");
        }
    }
}

#[test]
fn finrota_reads_the_accept_language_header_in_any_case() {
    let rule = payspec::finrota_pws::REQUEST_LANGUAGE;
    for (pairs, lang) in [
        (vec![("Accept-Language", "en-GB,en;q=0.9")], Lang::En),
        (vec![("accept-language", "  EN")], Lang::En),
        (vec![("accept-language", "tr-TR")], Lang::Tr),
        (vec![("accept-language", "fr")], Lang::Tr),
        (vec![("x-other", "en")], Lang::Tr),
        (vec![], Lang::Tr),
    ] {
        let headers = headers(&pairs);
        assert_eq!(rule.of_request(&headers, br#"{"locale":"en"}"#), lang, "{pairs:?}");
        assert_eq!(rule.of_decoded(&headers, &serde_json::Value::Null), lang, "{pairs:?}");
    }
}

#[test]
fn wiapay_answers_in_one_language_whatever_the_request_asks() {
    let rule = payspec::wiapay::REQUEST_LANGUAGE;
    assert_eq!(rule.only(), Some(Lang::En));
    let asking = headers(&[("accept-language", "tr")]);
    assert_eq!(rule.of_request(&asking, br#"{"locale":"tr"}"#), Lang::En);
    assert_eq!(payspec::iyzico_terminal::REQUEST_LANGUAGE.only(), None);
}

#[test]
fn every_rule_cites_its_source() {
    for rule in [
        payspec::iyzico_terminal::REQUEST_LANGUAGE,
        payspec::finrota_pws::REQUEST_LANGUAGE,
        payspec::wiapay::REQUEST_LANGUAGE,
    ] {
        let provenance = rule.provenance();
        assert!(!provenance.source.location.is_empty() && provenance.source.id != "S0", "{rule:?}");
        assert!(provenance.reason.is_some(), "a decision says why: {rule:?}");
    }
}
