//! Operation descriptors over the spec: every operation of the spec is generated with its exact id, direction,
//! method, path, authentication, body encoding, mode, request, responses and errors; an integration prepares the calls
//! of its own mode and the common ones exactly as they are sent (the compile-fail tests in `ui/` prove it refuses the
//! other mode's).

mod common;

use payspec::support::{BodyEncoding, Direction, Method, Mode, NoParameters, Operation, ResponseInfo};
use payspec::{Integration, OperationInfo};
use payspec_codegen::load::{LockCheck, load};
use payspec_codegen::model::{self, ContentType, HttpMethod};

fn generated(api: &str) -> &'static [OperationInfo] {
    match api {
        "iyzico-terminal" => payspec::iyzico_terminal::OPERATIONS,
        "finrota-pws" => payspec::finrota_pws::OPERATIONS,
        "wiapay" => payspec::wiapay::OPERATIONS,
        other => panic!("no operations generated for {other}"),
    }
}

/// The generated method a spec method stands for, written out here rather than taken from the emitter.
fn method_of(method: HttpMethod) -> Method {
    match method {
        HttpMethod::Get => Method::Get,
        HttpMethod::Post => Method::Post,
        HttpMethod::Put => Method::Put,
        HttpMethod::Delete => Method::Delete,
    }
}

fn direction_of(direction: model::Direction) -> Direction {
    match direction {
        model::Direction::Request => Direction::Request,
        model::Direction::Callback => Direction::Callback,
    }
}

/// The body encoding and the `Content-Type` a spec content type stands for.
fn body_of(content_type: ContentType) -> (BodyEncoding, Option<&'static str>) {
    match content_type {
        ContentType::Json => (BodyEncoding::Json, Some("application/json")),
        ContentType::Form => (BodyEncoding::Form, Some("application/x-www-form-urlencoded")),
        ContentType::None => (BodyEncoding::None, None),
    }
}

#[test]
fn every_operation_of_the_spec_is_generated_exactly() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    assert!(!spec.apis.is_empty());
    for api in &spec.apis {
        let operations = generated(&api.id);
        let generated_ids: Vec<&str> = operations.iter().map(|info| info.id).collect();
        let spec_ids: Vec<&str> = api.operations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(generated_ids, spec_ids, "{}: every operation, once, in spec order", api.id);
        for (info, operation) in operations.iter().zip(&api.operations) {
            let at = format!("{} {}", api.id, operation.id);
            // Destructured without `..`: a field added to the descriptor must be compared here too.
            let OperationInfo {
                id,
                direction,
                method,
                path,
                auth,
                body,
                mode,
                request,
                responses,
                errors,
                error_groups,
                provenance,
            } = *info;
            assert_eq!(id, operation.id, "{at}: id");
            assert_eq!(direction, direction_of(operation.direction), "{at}: direction");
            assert_eq!(method, method_of(operation.method), "{at}: method");
            assert_eq!(method.as_str(), operation.method.as_str(), "{at}: method as written in HTTP");
            assert_eq!(path, operation.path, "{at}: path");
            assert_eq!(auth, operation.auth, "{at}: auth");
            let (encoding, media_type) = body_of(operation.content_type);
            assert_eq!(body, encoding, "{at}: body encoding");
            assert_eq!(body.media_type(), media_type, "{at}: content type");
            assert_eq!(mode, operation.mode.as_deref(), "{at}: mode");
            assert_eq!(request, operation.request.as_deref(), "{at}: request message");
            let generated_responses: Vec<(u16, Option<&str>, Option<&str>)> = responses
                .iter()
                .map(|&ResponseInfo { status, message, tolerated, provenance: _ }| (status, message, tolerated))
                .collect();
            for (response, spec) in responses.iter().zip(&operation.responses) {
                let at = format!("{at} HTTP {}", spec.status);
                common::assert_provenance(&response.provenance, &spec.provenance, api, &at);
            }
            let spec_responses: Vec<(u16, Option<&str>, Option<&str>)> =
                operation.responses.iter().map(|r| (r.status, r.message.as_deref(), r.tolerated.as_deref())).collect();
            assert_eq!(generated_responses, spec_responses, "{at}: responses (status, message, tolerated), in order");
            let spec_errors: Vec<&str> = operation.errors.iter().map(String::as_str).collect();
            assert_eq!(errors, spec_errors.as_slice(), "{at}: error codes, in spec order");
            let spec_groups: Vec<&str> = operation.error_groups.iter().map(String::as_str).collect();
            assert_eq!(error_groups, spec_groups.as_slice(), "{at}: pass-through error groups, in spec order");
            common::assert_provenance(&provenance, &operation.provenance, api, &at);
        }
    }
}

/// The descriptor table holds what each operation type says of itself, and the type's mode is the spec's.
#[test]
fn operation_types_carry_the_descriptor_of_the_table() {
    use payspec::finrota_pws::{Common as FinrotaCommon, PaymentOptionsByBin};
    use payspec::iyzico_terminal::{Common, OauthToken, Vuk507, Vuk507Payment, Vuk509, Vuk509Payment};
    fn check<O: Operation>(api: &str)
    where
        O::Mode: Mode,
    {
        let info = O::INFO;
        let listed = generated(api).iter().find(|listed| listed.id == info.id).expect("listed in OPERATIONS");
        assert_eq!(&info, listed, "{api} {}", info.id);
        assert_eq!(info.mode.unwrap_or("common"), <O::Mode as Mode>::ID, "{api} {}: the mode marker", info.id);
    }
    check::<Vuk509Payment>("iyzico-terminal");
    check::<Vuk507Payment>("iyzico-terminal");
    check::<OauthToken>("iyzico-terminal");
    check::<PaymentOptionsByBin>("finrota-pws");
    assert_eq!((Vuk509::ID, Vuk507::ID, Common::ID, FinrotaCommon::ID), ("vuk509", "vuk507", "common", "common"));
}

#[test]
fn a_vuk509_integration_prepares_a_payment_exactly() {
    use payspec::iyzico_terminal::{Vuk509, Vuk509Payment};
    // The seed's sale request with the documented alternatives `saleType` and `TR` (of `salesType` and `tr`), and a
    // price of 100.10, whose trailing zero an f64 would lose (the seed writes 100.0).
    let incoming = r#"{
        "conversationId": "conversation1",
        "locale": "TR",
        "deviceUniqueId": "PAV860047264",
        "transactionReferenceId": "string30",
        "price": 100.10,
        "currency": "TRY",
        "installment": 0,
        "saleType": "SALE",
        "paymentId": null
    }"#;
    let request: <Vuk509Payment as Operation>::Request =
        serde_json::from_str(incoming).expect("the seed's request parses");
    let prepared = Integration::<Vuk509>::new().prepare::<Vuk509Payment>(&NoParameters, &request).expect("prepared");
    assert_eq!(prepared.method, Method::Post);
    assert_eq!(prepared.path_and_query, "/v2/terminal-host/payment");
    assert_eq!(prepared.content_type, Some("application/json"));
    assert!(prepared.headers.is_empty());
    // What the spec says is sent: every field under its canonical wire name, canonical enum values, the explicit
    // `null` kept, the price's digits as they came.
    let expected: serde_json::Value = serde_json::from_str(
        r#"{
            "conversationId": "conversation1",
            "locale": "tr",
            "deviceUniqueId": "PAV860047264",
            "transactionReferenceId": "string30",
            "price": 100.10,
            "currency": "TRY",
            "installment": 0,
            "salesType": "SALE",
            "paymentId": null
        }"#,
    )
    .expect("JSON");
    let sent: serde_json::Value = serde_json::from_str(&prepared.body).expect("JSON body");
    assert_eq!(sent, expected, "the body in canonical form");
    assert!(prepared.body.contains(r#""price":100.10,"#), "the price keeps its digits: {}", prepared.body);
}

/// The README's "Building a message" example, as written there: required fields by name, optional ones set after.
#[test]
fn the_readme_building_a_message_example_runs() -> Result<(), payspec::support::InvalidDecimal> {
    use payspec::iyzico_terminal::{Vuk509Locale, Vuk509SaleRequest, Vuk509SaleRequestRequired, Vuk509SalesType};
    use payspec::support::Nullable;
    use payspec::{Decimal, DecimalWire};

    let mut closing = Vuk509SaleRequest::new(Vuk509SaleRequestRequired {
        conversation_id: "conversation-2".to_owned(),
        locale: Vuk509Locale::Tr,
        device_unique_id: "PAV860047264".to_owned(),
        transaction_reference_id: "ECR-2026-000002".to_owned(),
        price: Decimal::new("100.00", DecimalWire::Number)?,
        currency: "TRY".to_owned(),
        installment: 1,
        sales_type: Vuk509SalesType::PostAuth,
    });
    // Optional fields are public and start absent: a POST_AUTH must name the PRE_AUTH it closes (a rule of the message).
    assert_eq!(closing.broken_rules().len(), 1);
    closing.payment_id = Nullable::Value("P1".to_owned());
    assert!(closing.broken_rules().is_empty());
    // `From` builds the same message, and the required struct's fields are exactly the message's required fields.
    let same: Vuk509SaleRequest = Vuk509SaleRequestRequired {
        conversation_id: "conversation-2".to_owned(),
        locale: Vuk509Locale::Tr,
        device_unique_id: "PAV860047264".to_owned(),
        transaction_reference_id: "ECR-2026-000002".to_owned(),
        price: Decimal::new("100.00", DecimalWire::Number)?,
        currency: "TRY".to_owned(),
        installment: 1,
        sales_type: Vuk509SalesType::PostAuth,
    }
    .into();
    assert_eq!(Nullable::Absent, same.payment_id);
    assert_eq!(Vuk509SaleRequest { payment_id: Nullable::Absent, ..closing }, same);
    Ok(())
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

#[test]
fn iyzico_calls_that_reach_the_bank_name_the_pass_through_groups() {
    use payspec::iyzico_terminal::OPERATIONS;
    // Seed 000: BANK_ERROR when the bank answers with an authCode other than 00, PAYMENT_ERROR when iyzico's payment
    // services fail; only a sale, void, refund, partial payment or end of day reaches them.
    for info in OPERATIONS {
        let reaches_the_bank = ["payment", "void", "refund", "add-payment", "complete", "end-of-day"]
            .iter()
            .any(|suffix| info.id.ends_with(suffix));
        let expected: &[&str] = if reaches_the_bank { &["BANK_ERROR", "PAYMENT_ERROR"] } else { &[] };
        assert_eq!(info.error_groups, expected, "{}", info.id);
    }
}

#[test]
fn finrota_get_transaction_needs_an_identifier_and_refuses_several() {
    use payspec::finrota_pws::GetTransactionParameters;
    // The payment-details page: "Send at least one" (P001, a missing required field) and "Sending multiple will
    // result in 404 error" (P004).
    let none = GetTransactionParameters { transaction_id: None, reference_number: None, client_reference_number: None };
    let two = GetTransactionParameters {
        transaction_id: Some("6f1c2a8e-0d4b-4c1e-9a51-3f0e2b7d9c10".into()),
        reference_number: Some("REF-1".into()),
        client_reference_number: None,
    };
    let three = GetTransactionParameters { client_reference_number: Some("ORDER-1".into()), ..two.clone() };
    let one = GetTransactionParameters { client_reference_number: Some("ORDER-1".into()), ..none.clone() };
    for (parameters, expected) in [(&none, vec!["P001"]), (&two, vec!["P004"]), (&three, vec!["P004"]), (&one, vec![])]
    {
        let errors: Vec<&str> = parameters.broken_rules().iter().filter_map(|rule| rule.error).collect();
        assert_eq!(errors, expected, "{parameters:?}");
    }
}
