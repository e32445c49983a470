//! Secrets and card data never show: every field that carries one is flagged `sensitive` in the spec (a field whose
//! name says it is a card number, CVV, expiry, password, secret, token or authorization code and is not flagged is a
//! failure), the generated `Debug` of a message shows it redacted, and the generated `redact` blanks it in JSON, in
//! nested messages too, for logs, reports and captures.

mod common;

use payspec_codegen::load::{LockCheck, load};

/// Wire names that always carry a secret or card data, whatever the message (booleans such as `isCvvUse` only say
/// whether one is asked for).
fn names_a_secret(message: &str, wire: &str) -> bool {
    let lower = wire.to_ascii_lowercase();
    let always = ["cardnumber", "cvv", "cvc", "password", "secret", "expmonth", "expyear", "cardholdername", "tckn"];
    always.iter().any(|word| lower.contains(word))
        || lower == "token"
        || lower.ends_with("_token")
        || (message.starts_with("Oauth") && lower == "code")
}

#[test]
fn every_field_that_names_a_secret_is_flagged_sensitive() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("the spec is valid");
    let mut missing = Vec::new();
    let mut flagged = 0;
    for api in &spec.apis {
        for message in &api.messages {
            for field in &message.fields {
                let flag = matches!(field.kind, payspec_codegen::model::FieldType::Boolean { .. });
                if !flag && names_a_secret(&message.name, &field.wire) && !field.sensitive {
                    missing.push(format!("{}: {}.{}", api.id, message.name, field.wire));
                }
                flagged += usize::from(field.sensitive);
            }
        }
    }
    assert!(missing.is_empty(), "not flagged sensitive: {missing:#?}");
    assert!(flagged >= 10, "the card, password, secret and token fields are flagged ({flagged})");
}

fn finrota_payment_example() -> serde_json::Value {
    let text =
        std::fs::read_to_string(common::repo_root().join("spec/finrota-pws/examples/operations.json")).expect("read");
    let file: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let examples = file["examples"].as_array().expect("examples");
    let example = examples
        .iter()
        .find(|e| e["message"] == "PaymentRequest" && e["valid"] == true && e["body"]["card"]["cardNumber"].is_string())
        .expect("a payment request example with a card");
    example["body"].clone()
}

#[test]
fn debug_shows_card_data_and_secrets_redacted() {
    let body = finrota_payment_example();
    let card = &body["card"];
    let secrets: Vec<String> = ["cardNumber", "cvv", "cardHolderName"]
        .iter()
        .filter_map(|name| card[*name].as_str().map(str::to_owned))
        .collect();
    assert!(secrets.len() >= 2, "the example has card data: {card}");
    let request: payspec::finrota_pws::PaymentRequest =
        serde_json::from_value(body.clone()).expect("a payment request");
    let shown = format!("{request:?} {request:#?}");
    for secret in &secrets {
        assert!(!shown.contains(secret.as_str()), "{secret} shows in Debug: {shown}");
    }
    assert!(shown.contains("***"), "redacted fields are shown as redacted: {shown}");
    assert!(shown.contains("agent_code"), "the other fields still show: {shown}");
    // Redaction is for display only: the value itself is intact.
    assert_eq!(serde_json::to_value(&request).expect("JSON")["card"]["cardNumber"], body["card"]["cardNumber"]);

    let login = payspec::iyzico_terminal::OauthAuthorizeRequest {
        client_secret: "payspec-vuk509-secret".to_owned(),
        password: "payspec-pass".to_owned(),
        ..serde_json::from_value(
            serde_json::json!({"scope": "iyzipayApiGateway", "client_id": "payspec-vuk509", "client_secret": "x",
            "response_type": "code", "username": "kasa@payspec.test", "password": "y", "request_timestamp": 1}),
        )
        .expect("a login request")
    };
    let shown = format!("{login:?}");
    assert!(!shown.contains("payspec-vuk509-secret") && !shown.contains("payspec-pass"), "{shown}");
    assert!(shown.contains("kasa@payspec.test"), "{shown}");

    // The struct of required fields that builds the message redacts the same fields.
    let required = payspec::iyzico_terminal::OauthAuthorizeRequestRequired {
        scope: payspec::iyzico_terminal::OauthScope::IyzipayApiGateway,
        client_id: "payspec-vuk509".to_owned(),
        client_secret: "payspec-vuk509-secret".to_owned(),
        response_type: payspec::iyzico_terminal::OauthResponseType::Code,
        username: "kasa@payspec.test".to_owned(),
        password: "payspec-pass".to_owned(),
        request_timestamp: 1,
    };
    let shown = format!("{required:?} {required:#?}");
    assert!(!shown.contains("payspec-vuk509-secret") && !shown.contains("payspec-pass"), "{shown}");
    assert!(shown.contains("kasa@payspec.test") && shown.contains("***"), "{shown}");
    let built = payspec::iyzico_terminal::OauthAuthorizeRequest::new(required);
    assert_eq!((built.client_secret.as_str(), built.password.as_str()), ("payspec-vuk509-secret", "payspec-pass"));
}

#[test]
fn redact_blanks_sensitive_values_in_json_nested_messages_included() {
    let mut body = finrota_payment_example();
    let number = body["card"]["cardNumber"].clone();
    payspec::finrota_pws::redact("PaymentRequest", &mut body);
    assert_eq!(body["card"]["cardNumber"], "***");
    assert_eq!(body["card"]["cvv"], if body["card"]["cvv"].is_null() { serde_json::Value::Null } else { "***".into() });
    assert_ne!(body["card"]["cardNumber"], number);
    assert_ne!(body["agentCode"], "***", "only sensitive fields are blanked");
    let mut token = serde_json::json!({"access_token": "a.b.c", "refresh_token": "r", "token_type": "bearer"});
    payspec::iyzico_terminal::redact("OauthTokenResponse", &mut token);
    assert_eq!(token, serde_json::json!({"access_token": "***", "refresh_token": "***", "token_type": "bearer"}));
    let mut other = serde_json::json!({"paymentId": "P1"});
    payspec::iyzico_terminal::redact("Vuk509PaymentResponse", &mut other);
    assert_eq!(other, serde_json::json!({"paymentId": "P1"}), "a message without secrets is left alone");
}
