//! Operation descriptors over the spec: every operation of the spec is generated with its exact method, path, mode,
//! messages and errors; an integration prepares the calls of its own mode and the common ones (the compile-fail
//! tests in `ui/` prove it refuses the other mode's).

mod common;

use payspec::support::{Method, NoParameters, Operation};
use payspec::{Integration, OperationInfo};
use payspec_codegen::load::{LockCheck, load};

fn generated(api: &str) -> &'static [OperationInfo] {
    match api {
        "iyzico-terminal" => payspec::iyzico_terminal::OPERATIONS,
        "finrota-pws" => payspec::finrota_pws::OPERATIONS,
        "wiapay" => payspec::wiapay::OPERATIONS,
        other => panic!("no operations generated for {other}"),
    }
}

#[test]
fn every_operation_of_the_spec_is_generated_exactly() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    for api in &spec.apis {
        let operations = generated(&api.id);
        assert_eq!(operations.len(), api.operations.len(), "{}", api.id);
        for (info, operation) in operations.iter().zip(&api.operations) {
            assert_eq!(info.id, operation.id);
            assert_eq!(info.method.as_str(), operation.method.as_str(), "{}", operation.id);
            assert_eq!(info.path, operation.path, "{}", operation.id);
            assert_eq!(info.mode, operation.mode.as_deref(), "{}", operation.id);
            assert_eq!(info.request, operation.request.as_deref(), "{}", operation.id);
            assert_eq!(info.errors.len(), operation.errors.len(), "{}", operation.id);
            assert_eq!(info.responses.len(), operation.responses.len(), "{}", operation.id);
        }
    }
}

/// The first valid example of a message, from the spec.
fn example_of(api: &str, message: &str) -> String {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let api = spec.apis.iter().find(|a| a.id == api).expect("api");
    let example = api
        .examples
        .iter()
        .find(|e| e.valid && e.message == message)
        .unwrap_or_else(|| panic!("no valid example of {message}"));
    serde_json::to_string(&example.body).expect("JSON")
}

#[test]
fn a_vuk509_integration_prepares_a_payment_exactly() {
    use payspec::iyzico_terminal::{Vuk509, Vuk509Payment};
    let message = Vuk509Payment::INFO.request.expect("a payment has a body");
    let request: <Vuk509Payment as Operation>::Request =
        serde_json::from_str(&example_of("iyzico-terminal", message)).expect("the example parses");
    let prepared = Integration::<Vuk509>::new().prepare::<Vuk509Payment>(&NoParameters, &request).expect("prepared");
    assert_eq!(prepared.method, Method::Post);
    assert_eq!(prepared.path_and_query, "/v2/terminal-host/payment");
    assert_eq!(prepared.content_type, Some("application/json"));
    let sent: serde_json::Value = serde_json::from_str(&prepared.body).expect("JSON body");
    assert_eq!(sent, serde_json::to_value(&request).expect("JSON"), "the body is the request as serialized");
    assert!(sent.get("salesType").is_some(), "the writer sends the canonical field name");
}

#[test]
fn the_common_oauth_token_call_is_prepared_in_either_mode_as_a_form() {
    use payspec::iyzico_terminal::{OauthGrantType, OauthToken, OauthTokenRequest, Vuk507, Vuk509};
    let mut request = OauthTokenRequest::new(OauthGrantType::AuthorizationCode);
    request.code = Some("FYEff_koHQ/+= ü".to_owned());
    let in_509 = Integration::<Vuk509>::new().prepare::<OauthToken>(&NoParameters, &request).expect("prepared");
    let in_507 = Integration::<Vuk507>::new().prepare::<OauthToken>(&NoParameters, &request).expect("prepared");
    assert_eq!(in_509, in_507);
    assert_eq!(in_509.path_and_query, "/in-store/oauth2/token");
    assert_eq!(in_509.content_type, Some("application/x-www-form-urlencoded"));
    assert_eq!(in_509.body, "code=FYEff_koHQ%2F%2B%3D%20%C3%BC&grant_type=authorization_code");
    assert!(request.broken_rules().is_empty(), "the code is there for the authorization_code grant");
    let without_code = OauthTokenRequest::new(OauthGrantType::AuthorizationCode);
    assert_eq!(without_code.broken_rules().len(), 1, "the authorization_code grant needs its code");
}

#[test]
fn finrota_by_bin_lookup_fills_its_path_and_query_parameters() {
    use payspec::Decimal;
    use payspec::finrota_pws::{Common, PaymentOptionsByBin, PaymentOptionsByBinParameters};
    let parameters = PaymentOptionsByBinParameters {
        bin_number: "55287900".to_owned(),
        currency: "TRY".to_owned(),
        payment_set_id: "a b".to_owned(),
        amount: Some(Decimal::new("1500.50", payspec::DecimalWire::Number).expect("decimal")),
    };
    let prepared = Integration::<Common>::new()
        .prepare::<PaymentOptionsByBin>(&parameters, &payspec::support::NoBody)
        .expect("prepared");
    assert_eq!(prepared.method, Method::Get);
    assert_eq!(prepared.path_and_query, "/pws/paymentOptions/55287900?currency=TRY&paymentSetId=a%20b&amount=1500.50");
    assert_eq!(prepared.body, "");
    assert_eq!(prepared.content_type, None);
}
