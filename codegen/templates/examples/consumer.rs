//! A consuming team's first steps with the generated crate, compiled and run by `cargo test`: build a VUK 509 sale
//! and prepare it exactly as it is sent, read a failure envelope as a typed error and show it in Turkish, and sign a
//! WiaPay request. Run it with `cargo run -p payspec --example consumer --features signing`.

use payspec::iyzico_terminal::{
    self as iyzico, Error, ErrorEnvelope, Vuk509, Vuk509Locale, Vuk509Payment, Vuk509SaleRequest, Vuk509SaleRequestRequired,
    Vuk509SalesType,
};
use payspec::support::SignedRequest;
use payspec::support::{NoParameters, Nullable};
use payspec::{Decimal, DecimalWire, Integration, Lang, Open, WireEnum};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A VUK 509 sale of 100.00 TRY on the docs' example device. Money is a `Decimal`, never a float.
    let price = Decimal::new("100.00", DecimalWire::Number)?;
    // The required fields are named, so two strings cannot be swapped, and leaving one out does not compile.
    let sale = Vuk509SaleRequest::new(Vuk509SaleRequestRequired {
        conversation_id: "conversation-1".to_owned(),
        locale: Vuk509Locale::Tr,
        device_unique_id: "PAV860047264".to_owned(),
        transaction_reference_id: "ECR-2026-000001".to_owned(),
        price,
        currency: "TRY".to_owned(),
        installment: 1,
        sales_type: Vuk509SalesType::Sale,
    });
    // An integration in VUK 509 mode prepares only VUK 509 (and common) operations: a VUK 507 call would not compile.
    let prepared = Integration::<Vuk509>::new().prepare::<Vuk509Payment>(&NoParameters, &sale)?;
    println!("{} {}\n{}", prepared.method.as_str(), prepared.path_and_query, prepared.body);
    assert!(prepared.body.contains(r#""price":100.00"#), "the price keeps its digits and its JSON number form");

    // A failure answered by the server, read as a typed error with its arguments, shown in Turkish.
    let answer = r#"{"status":"FAILURE","errorCode":"380201","errorGroup":"DEVICE_ERROR",
        "errorMessage":"Terminal is currently busy, please wait for the previous operation to complete",
        "conversationId":"conversation-1"}"#;
    let envelope: ErrorEnvelope = serde_json::from_str(answer)?;
    let error: Error = envelope.to_error().ok_or("an error envelope carries an error")?;
    println!("{:?} retry {:?}: {}", error.code(), error.retry(), error.message(Lang::Tr));
    // The catalog's own text reads back as the typed error, so it renders in the other language too.
    assert!(matches!(error, Error::TerminalBusy), "{error:?}");
    assert_eq!(error.message(Lang::Tr), "Terminal şu anda meşgul bir önceki işlemin bitmesini bekleyin");
    assert_eq!(error.code(), <iyzico::Code as WireEnum>::from_wire("380201"), "the code is the catalog's 380201");
    assert!(matches!(envelope.error_code, Nullable::Value(Open::Known(_))), "absent, null and a value are told apart");

    // A WiaPay request signed with the documented recipe (HMAC-SHA256 over timestamp, method, path and body).
    let body = r#"{"processId":"D-1","amount":10000,"currency":"TRY"}"#;
    let request = SignedRequest { timestamp: 1_796_108_400, method: "POST", path_with_query: "/v1/deposit", body };
    let signature = payspec::wiapay::REQUEST_SIGNING.sign(b"sk_test_payspec", &request)?;
    payspec::wiapay::REQUEST_SIGNING.verify(b"sk_test_payspec", &request, &signature, 1_796_108_400)?;
    println!("X-Signature: {signature}");
    Ok(())
}

#[test]
fn the_consumer_example_runs() {
    if let Err(error) = main() {
        panic!("the consumer example failed: {error}");
    }
}
