//! The generated error types, checked against the generated catalog JSON (two emitters, one spec: they must agree)
//! and on their wire behaviour: parsing codes, reading arguments back out of messages in either language, passing
//! bank and payment-service errors through, and keeping what a newer server sends.

mod common;

use payspec::{Lang, Open, Retry, WireEnum};
use serde_json::Value;

fn catalog(api: &str) -> Value {
    let path = common::repo_root().join(format!("generated/catalog/{api}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("catalog file")).expect("catalog JSON")
}

/// Fills a catalog template's `{n}` with the sample arguments.
fn fill(template: &str, args: &[String]) -> String {
    let mut text = template.to_owned();
    for (index, arg) in args.iter().enumerate() {
        text = text.replace(&format!("{{{index}}}"), arg);
    }
    text
}

fn sample_args(entry: &Value) -> Vec<String> {
    let placeholders = entry["placeholders"].as_array().expect("placeholders");
    let mut args = vec![String::new(); placeholders.len()];
    for placeholder in placeholders {
        let index = placeholder["index"].as_u64().expect("index") as usize;
        args[index] = match placeholder["type"].as_str() {
            Some("integer") => (40 + index).to_string(),
            _ => format!("sample {} (ü)", placeholder["name"].as_str().unwrap_or_default()),
        };
    }
    args
}

fn retry_name(retry: Retry) -> &'static str {
    match retry {
        Retry::Never => "never",
        Retry::AfterFix => "after_fix",
        Retry::Backoff => "backoff",
        Retry::QueryFirst => "query_first",
    }
}

macro_rules! api_tests {
    ($module:ident, $api:literal) => {
        mod $module {
            use super::*;
            use payspec::$module::{Code, Error, Group};

            fn code_entries() -> Vec<Value> {
                catalog($api)["entries"]
                    .as_array()
                    .expect("entries")
                    .iter()
                    .filter(|entry| !entry["code"].is_null())
                    .cloned()
                    .collect()
            }

            #[test]
            fn codes_agree_with_the_catalog() {
                let entries = code_entries();
                assert_eq!(Code::ALL.len(), entries.len(), "the catalog and the Code enum list different codes");
                for (code, entry) in Code::ALL.iter().zip(&entries) {
                    assert_eq!(code.as_wire(), entry["code"], "order or wire code differs");
                    assert_eq!(code.group().as_wire(), entry["group"]);
                    assert_eq!(code.http_status().map(u64::from), entry["http_status"].as_u64());
                    assert_eq!(code.pseudo_status().map(u64::from), entry["pseudo_status"].as_u64());
                    assert_eq!(retry_name(code.retry()), entry["retry"]);
                    assert_eq!(serde_json::to_value(code.actor()).expect("actor"), entry["actor"]);
                    let names: Vec<&str> = entry["placeholders"]
                        .as_array()
                        .expect("placeholders")
                        .iter()
                        .map(|p| p["name"].as_str().unwrap_or_default())
                        .collect();
                    assert_eq!(code.placeholders(), names.as_slice());
                    assert_eq!(code.as_wire().parse::<Code>().as_ref(), Ok(code));
                    assert_eq!(serde_json::to_value(code).expect("serialize"), entry["code"]);
                }
            }

            #[test]
            fn every_error_survives_the_wire_in_both_languages() {
                for entry in code_entries() {
                    let wire = entry["code"].as_str().expect("code");
                    let group = entry["group"].as_str();
                    let args = sample_args(&entry);
                    for (lang, key) in [(Lang::En, "en"), (Lang::Tr, "tr")] {
                        let text = fill(entry["messages"][key].as_str().expect("message"), &args);
                        let error = Error::from_wire(group, wire, Some(&text));
                        assert_eq!(error.code().map(Code::as_wire), Some(wire), "{wire} ({key}) parsed as {error:?}");
                        assert_eq!(error.message(lang), text, "{wire}: {key} message");
                        assert_eq!(error.wire_code(), wire);
                        assert_eq!(error.group().map(Group::as_wire), group);
                        let other = if lang == Lang::En { "tr" } else { "en" };
                        let other_lang = if lang == Lang::En { Lang::Tr } else { Lang::En };
                        assert_eq!(
                            error.message(other_lang),
                            fill(entry["messages"][other].as_str().expect("message"), &args)
                        );
                    }
                }
            }

            #[test]
            fn unknown_codes_are_kept_as_they_came() {
                let error = Error::from_wire(Some("NEW_GROUP"), "ZZ_NEWER_CODE_999", Some("a newer server's message"));
                assert_eq!(error.code(), None);
                assert_eq!(error.wire_code(), "ZZ_NEWER_CODE_999");
                assert_eq!(error.message(Lang::Tr), "a newer server's message");
                assert_eq!(error.retry(), None);
                assert!("ZZ_NEWER_CODE_999".parse::<Code>().is_err());
                assert!(serde_json::from_str::<Code>("\"ZZ_NEWER_CODE_999\"").is_err());
                let open: Open<Code> = serde_json::from_str("\"ZZ_NEWER_CODE_999\"").expect("open code");
                assert_eq!(open, Open::Unknown("ZZ_NEWER_CODE_999".to_owned()));
                assert_eq!(serde_json::to_string(&open).expect("serialize"), "\"ZZ_NEWER_CODE_999\"");
                let known: Open<Code> =
                    serde_json::from_value(serde_json::to_value(Code::ALL[0]).expect("code")).expect("open");
                assert_eq!(known.known(), Some(Code::ALL[0]));
            }

            #[test]
            fn a_known_code_with_a_message_of_another_shape_keeps_its_code_and_text() {
                // Every code, with placeholders or without: the server's own wording is never replaced by the
                // catalog's, nor is the catalog's text with stray white space.
                for code in Code::ALL {
                    let catalog_text = Error::from_wire(None, code.as_wire(), None).message(Lang::En);
                    for text in
                        ["text of another shape".to_owned(), format!("{catalog_text} "), format!(" {catalog_text}")]
                    {
                        let error = Error::from_wire(None, code.as_wire(), Some(&text));
                        assert_eq!(error.code(), Some(*code), "{code:?} {text:?}");
                        assert_eq!(error.message(Lang::En), text, "{code:?}");
                        assert_eq!(error.message(Lang::Tr), text, "{code:?}");
                        assert!(matches!(error, Error::Unrecognized { .. }), "{code:?} {text:?}");
                    }
                }
            }

            #[test]
            fn groups_agree_with_the_catalog() {
                let groups = catalog($api)["groups"].as_array().expect("groups").clone();
                assert_eq!(Group::ALL.len(), groups.len());
                for (group, entry) in Group::ALL.iter().zip(&groups) {
                    assert_eq!(group.as_wire(), entry["id"]);
                    assert_eq!(group.description(Lang::En), entry["description"]["en"]);
                    assert_eq!(group.description(Lang::Tr), entry["description"]["tr"]);
                    assert_eq!(serde_json::to_value(group.passthrough()).expect("origin"), entry["passthrough"]);
                }
            }
        }
    };
}

api_tests!(iyzico_terminal, "iyzico-terminal");

#[test]
fn iyzico_bank_and_payment_errors_pass_the_other_partys_code_and_message_through() {
    use payspec::iyzico_terminal::{Error, Group};
    let bank = Error::from_wire(Some("BANK_ERROR"), "10051", Some("NOT_SUFFICIENT_FUNDS"));
    assert_eq!(bank, Error::BankError { code: "10051".into(), message: "NOT_SUFFICIENT_FUNDS".into() });
    assert_eq!(bank.code(), None);
    assert_eq!(bank.wire_code(), "10051");
    assert_eq!(bank.group(), Some(Group::BankError));
    assert_eq!(bank.message(Lang::Tr), "NOT_SUFFICIENT_FUNDS");
    assert_eq!(bank.retry(), Some(Retry::AfterFix));
    let payment = Error::from_wire(Some("PAYMENT_ERROR"), "999", None);
    assert_eq!(payment.retry(), Some(Retry::QueryFirst));
    assert_eq!(payment.to_string(), "999: ");
}

#[test]
fn iyzico_named_arguments_come_back_out_of_the_vendors_own_text() {
    use payspec::iyzico_terminal::Error;
    let error = Error::from_wire(
        Some("VALIDATION_ERROR"),
        "380105",
        Some("REFUND işlemi A910 model cihazda desteklenmemektedir"),
    );
    assert_eq!(
        error,
        Error::OperationNotSupportedForDeviceModel { operation: "REFUND".into(), device_model: "A910".into() }
    );
    assert_eq!(error.message(Lang::En), "Operation REFUND is not supported for device modal: A910");
    assert_eq!(error.retry(), Some(Retry::Never));
    let timeout = Error::from_wire(Some("TIMEOUT_ERROR"), "380103", None);
    assert_eq!(timeout, Error::DeviceResponseTimeout);
    assert_eq!(timeout.retry(), Some(Retry::QueryFirst), "a device timeout must be resolved by a status query");
}
api_tests!(finrota_pws, "finrota-pws");
api_tests!(wiapay, "wiapay");

#[test]
fn finrota_pseudo_statuses_are_not_http_statuses() {
    use payspec::finrota_pws::Code;
    assert_eq!(Code::PaymentFailed.http_status(), None);
    assert_eq!(Code::PaymentFailed.pseudo_status(), Some(600));
    assert_eq!(Code::InvalidRequestParameter.http_status(), Some(400));
    assert_eq!(Code::Timeout.retry(), Retry::QueryFirst, "a bank timeout must be resolved by a transaction query");
}

#[test]
fn seed_error_envelopes_parse_into_the_typed_envelopes() {
    let wiapay: payspec::wiapay::ErrorEnvelope = serde_json::from_str(
        r#"{"success": false, "error": {"code": "INVALID_SIGNATURE", "message": "Signature verification failed"}, "timestamp": 1705320000}"#,
    )
    .expect("wiapay envelope");
    assert_eq!(wiapay.error.code.known(), Some(payspec::wiapay::Code::InvalidSignature));
    assert_eq!(wiapay.timestamp, 1705320000);
    let finrota: payspec::finrota_pws::ErrorEnvelope = serde_json::from_str(
        r#"{"message": "Açıklama metni", "statusCode": 400, "exceptions": null, "data": null, "oldData": null,
            "errors": [{"code": "P001", "message": "Geçersiz istek parametresi"}]}"#,
    )
    .expect("finrota envelope");
    let errors = finrota.errors.clone().expect("errors");
    assert_eq!(errors[0].code.known(), Some(payspec::finrota_pws::Code::InvalidRequestParameter));
    assert_eq!(
        serde_json::to_value(&finrota).expect("serialize")["exceptions"],
        serde_json::Value::Null,
        "a present null stays a present null"
    );
}

#[test]
fn wiapay_seed_validation_error_keeps_the_servers_own_message() {
    use payspec::wiapay::{Code, Error};
    // Seed 002's error-response example: a catalog code with the server's own message.
    let error = Error::from_wire(None, "VALIDATION_ERROR", Some("processId and amount are required"));
    assert_eq!(error.code(), Some(Code::ValidationError));
    assert_eq!(error.message(Lang::En), "processId and amount are required");
    assert_eq!(error.to_string(), "VALIDATION_ERROR: processId and amount are required");
}

#[test]
fn a_bank_decline_passed_through_payment_error_is_definitive_not_an_unknown_outcome() {
    use payspec::iyzico_terminal::Error;
    // iyzico's general error list numbers bank codes from 10000: relayed through PAYMENT_ERROR they are declines.
    let decline = Error::from_wire(Some("PAYMENT_ERROR"), "10051", Some("Not sufficient funds"));
    assert_eq!(decline.retry(), Some(payspec::Retry::AfterFix));
    // Anything else the payment service sends leaves the outcome unknown: query first.
    for code in ["5001", "payment.service.down", "100000"] {
        let unknown = Error::from_wire(Some("PAYMENT_ERROR"), code, Some("Payment service error"));
        assert_eq!(unknown.retry(), Some(payspec::Retry::QueryFirst), "{code}");
    }
    let outcome = payspec::iyzico_terminal::outcome_of(payspec::iyzico_terminal::OperationId::Vuk509Payment)
        .expect("the payment call has an outcome binding");
    let facts = |retry| payspec::support::ResponseFacts {
        status: 400,
        body: serde_json::json!({"status": "FAILURE"}),
        error_code: Some("10051".into()),
        error_group: Some("PAYMENT_ERROR".into()),
        error_retry: Some(retry),
    };
    assert_eq!(outcome.classify(&facts(decline.retry().expect("advice"))), payspec::support::Outcome::Declined);
    assert_eq!(outcome.classify(&facts(payspec::Retry::QueryFirst)), payspec::support::Outcome::Unknown);
}
