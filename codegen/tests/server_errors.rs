//! Errors in the server direction, checked against the spec: every catalog code (and pass-through group) written into
//! each of its API's error messages, in English and in Turkish, carries its code, text, group, status and time where
//! the spec's mapping says, and reads back as exactly the same `Error`, also through its JSON; every operation answers
//! each code it declares at the status the spec gives it, in that response's message; replies encode and decode.

mod common;

use payspec::Lang;
use payspec_codegen::load::{LockCheck, load};
use payspec_codegen::model::{EnvelopeMapping, ErrorCode, PlaceholderType};
use payspec_codegen::spec::ApiSpec;
use serde_json::Value;

const NOW_MILLIS: i64 = 1_766_660_749_379;

/// A catalog code's message in English with each placeholder filled by a sample argument of its type.
fn filled_message(code: &ErrorCode) -> String {
    let mut text = code.messages.en.as_ref().expect("English").text.clone();
    for placeholder in &code.placeholders {
        let argument = match placeholder.kind {
            PlaceholderType::String => format!("arg-{}", placeholder.name),
            PlaceholderType::Integer => "7".to_owned(),
        };
        text = text.replace(&format!("{{{}}}", placeholder.index), &argument);
    }
    text
}

/// One error of each kind the API has, as (wire code, group, message) to classify: every code, and a pass-through
/// error of each pass-through group.
fn wire_errors(api: &ApiSpec) -> Vec<(String, Option<String>, String)> {
    let mut out: Vec<_> =
        api.codes.iter().map(|c| (c.code.clone(), Some(c.group.clone()), filled_message(c))).collect();
    for group in api.groups.iter().filter(|g| g.passthrough.is_some()) {
        out.push(("05".to_owned(), Some(group.id.clone()), "Do not honour (bank's own text)".to_owned()));
    }
    out
}

/// What writing an error into a mapped message and reading it back gave.
#[derive(Debug)]
struct Written {
    /// The message as JSON.
    json: Value,
    /// Read back from the typed message.
    back: Option<String>,
    /// Read back after a trip through JSON text.
    back_from_text: Option<String>,
    /// The error written, as `Debug`.
    error: String,
    /// The error's text in the language written.
    text: String,
    /// Whether the error is typed (not `Unrecognized`).
    typed: bool,
}

macro_rules! write_into {
    ($module:ident, $message:ident, $wire:expr, $lang:expr, $status:expr) => {{
        use payspec::$module::{Error, $message};
        let (code, group, message) = $wire;
        let error = Error::from_wire(group.as_deref(), code, Some(message));
        let written = $message::from_error(&error, $lang, $status, NOW_MILLIS);
        let text = serde_json::to_string(&written).expect("serialize");
        let parsed: $message = serde_json::from_str(&text).expect("parse back");
        Written {
            json: serde_json::from_str(&text).expect("JSON"),
            back: written.to_error().map(|e| format!("{e:?}")),
            back_from_text: parsed.to_error().map(|e| format!("{e:?}")),
            error: format!("{error:?}"),
            text: error.message($lang),
            typed: !matches!(error, Error::Unrecognized { .. }),
        }
    }};
}

/// Writes an error into the mapped message `message` of API `api`.
fn write(api: &str, message: &str, wire: (&str, &Option<String>, &str), lang: Lang, status: u16) -> Written {
    match (api, message) {
        ("iyzico-terminal", "ErrorEnvelope") => write_into!(iyzico_terminal, ErrorEnvelope, wire, lang, status),
        ("iyzico-terminal", "OauthAuthorizeFailure") => {
            write_into!(iyzico_terminal, OauthAuthorizeFailure, wire, lang, status)
        }
        ("iyzico-terminal", "OauthTokenFailure") => write_into!(iyzico_terminal, OauthTokenFailure, wire, lang, status),
        ("finrota-pws", "ErrorEnvelope") => write_into!(finrota_pws, ErrorEnvelope, wire, lang, status),
        ("finrota-pws", "PaymentOptionListResponse") => {
            write_into!(finrota_pws, PaymentOptionListResponse, wire, lang, status)
        }
        ("finrota-pws", "PaymentOptionsByBinResponse") => {
            write_into!(finrota_pws, PaymentOptionsByBinResponse, wire, lang, status)
        }
        ("finrota-pws", "PaymentResponse") => write_into!(finrota_pws, PaymentResponse, wire, lang, status),
        ("finrota-pws", "PaymentCommitResponse") => write_into!(finrota_pws, PaymentCommitResponse, wire, lang, status),
        ("finrota-pws", "PaymentCancelResponse") => write_into!(finrota_pws, PaymentCancelResponse, wire, lang, status),
        ("finrota-pws", "PaymentRefundResponse") => write_into!(finrota_pws, PaymentRefundResponse, wire, lang, status),
        ("wiapay", "ErrorEnvelope") => write_into!(wiapay, ErrorEnvelope, wire, lang, status),
        other => panic!("{other:?} is a mapped error message this test does not know: add it"),
    }
}

fn mappings(api: &ApiSpec) -> &[EnvelopeMapping] {
    &api.error_wire.as_ref().expect("declared").envelopes
}

#[test]
fn every_code_round_trips_through_every_error_message_in_both_languages() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let mut trips = 0;
    for api in &spec.apis {
        for mapping in mappings(api) {
            for (code, group, message) in wire_errors(api) {
                let entry = api.code(&code);
                for lang in [Lang::En, Lang::Tr] {
                    let what = format!("{} {} {code} {lang:?}", api.id, mapping.message);
                    let written = write(&api.id, &mapping.message, (&code, &group, &message), lang, 418);
                    assert!(written.typed, "{what}: the catalog's own text classifies as the code: {}", written.error);
                    let json = &written.json;
                    assert_eq!(json.pointer(&mapping.code), Some(&Value::String(code.clone())), "{what}: {json}");
                    for text in &mapping.text {
                        assert_eq!(json.pointer(text), Some(&Value::String(written.text.clone())), "{what}: {text}");
                    }
                    if let Some(pointer) = &mapping.group {
                        assert_eq!(json.pointer(pointer).and_then(Value::as_str), group.as_deref(), "{what}");
                    }
                    if let Some(pointer) = &mapping.status {
                        let pseudo = entry.and_then(|c| c.pseudo_status.as_ref()).map(|s| s.value);
                        let status = Value::from(pseudo.unwrap_or(418));
                        assert_eq!(
                            json.pointer(pointer),
                            Some(&status),
                            "{what}: a pseudo-status in place of the status"
                        );
                    }
                    if let Some(pointer) = &mapping.time {
                        let time = json.pointer(pointer).and_then(Value::as_i64).expect("a time");
                        assert!(time == NOW_MILLIS || time == NOW_MILLIS / 1000, "{what}: {time}");
                    }
                    for constant in &mapping.constants {
                        assert_eq!(json.pointer(&constant.at), Some(&constant.value), "{what}");
                    }
                    // A message without text (the token call's) carries only the code: an error with arguments
                    // cannot come back whole from it; one without a group cannot carry a pass-through error.
                    let whole = (!mapping.text.is_empty() || entry.is_some_and(|c| c.placeholders.is_empty()))
                        && (entry.is_some() || mapping.group.is_some());
                    if whole {
                        assert_eq!(written.back.as_deref(), Some(written.error.as_str()), "{what}: read back");
                        assert_eq!(written.back_from_text.as_deref(), Some(written.error.as_str()), "{what}: via JSON");
                        trips += 1;
                    }
                }
            }
        }
    }
    // Every API's main envelope carries every code and group whole, in both languages.
    for api in &spec.apis {
        let envelope = api.error_envelope.as_ref().expect("an envelope");
        assert!(mappings(api).iter().any(|m| m.message == envelope.value && !m.text.is_empty()), "{}", api.id);
    }
    assert!(trips >= 2 * (21 + 2 + 20 * 7 + 21), "round trips: {trips}");
}

/// The status `operation` answers `error` with and the reply encoded, by the generated per-API functions.
fn reply(
    api: &str,
    operation: &str,
    wire: (&str, Option<&str>, &str),
    lang: Lang,
) -> Option<(u16, payspec::support::EncodedReply)> {
    macro_rules! with {
        ($module:ident) => {{
            use payspec::$module::{Error, OperationId, error_reply, error_status};
            let id = OperationId::from_id(operation).expect("an operation");
            let error = Error::from_wire(wire.1, wire.0, Some(wire.2));
            let status = error_status(id, &error)?;
            Some((status, error_reply(id, &error, lang, NOW_MILLIS)?.expect("encodes")))
        }};
    }
    match api {
        "iyzico-terminal" => with!(iyzico_terminal),
        "finrota-pws" => with!(finrota_pws),
        "wiapay" => with!(wiapay),
        other => panic!("{other}"),
    }
}

#[test]
fn every_operation_answers_each_declared_code_at_its_status_in_that_response_s_message() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let mut checked = 0;
    for api in &spec.apis {
        for operation in &api.operations {
            let served = operation.direction == payspec_codegen::model::Direction::Request;
            for code in operation.errors.iter().filter_map(|c| api.code(c)) {
                let what = format!("{} {} {}", api.id, operation.id, code.code);
                let message = filled_message(code);
                let Some((status, encoded)) =
                    reply(&api.id, &operation.id, (&code.code, Some(&code.group), &message), Lang::Tr)
                else {
                    assert!(!served, "{what}: a served operation answers its codes");
                    continue;
                };
                let expected = payspec_codegen::wire::code_status(api, operation, code).expect("validated");
                assert_eq!((status, encoded.status), (expected, expected), "{what}");
                if let Some(http) = &code.http_status {
                    assert_eq!(status, http.value, "{what}: a code's own HTTP status stands");
                }
                let response = operation.responses.iter().find(|r| r.status == status).expect("documented");
                let response_message = response.message.as_deref().expect("a body");
                let round = payspec::round_trip(&api.id, response_message, &encoded.body).expect("a message");
                assert!(round.is_ok(), "{what}: the body is a {response_message}: {}", encoded.body);
                assert_eq!(encoded.content_type, Some("application/json"));
                let mapping = mappings(api).iter().find(|m| m.message == response_message).expect("mapped");
                let body: Value = serde_json::from_str(&encoded.body).expect("JSON");
                assert_eq!(body.pointer(&mapping.code).and_then(Value::as_str), Some(code.code.as_str()), "{what}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 150, "declared codes answered: {checked}");
}

#[test]
fn statuses_the_vendors_document() {
    // Written out from the vendors' documents, not derived from the spec model.
    let status = |api: &str, operation: &str, code: &str, group: Option<&str>| {
        reply(api, operation, (code, group, "x"), Lang::En).map(|(status, _)| status)
    };
    assert_eq!(status("iyzico-terminal", "vuk509-void", "380112", None), Some(422), "the void call answers 422");
    assert_eq!(status("iyzico-terminal", "vuk509-payment", "380103", None), Some(400));
    assert_eq!(status("iyzico-terminal", "vuk509-payment", "05", Some("BANK_ERROR")), Some(400));
    assert_eq!(status("iyzico-terminal", "oauth-token", "invalid_grant", None), Some(400));
    assert_eq!(status("iyzico-terminal", "oauth-token", "invalid_client", None), Some(401));
    assert_eq!(status("iyzico-terminal", "oauth-authorize", "380101", None), Some(401));
    assert_eq!(status("finrota-pws", "create-payment", "P005", None), Some(409));
    assert_eq!(status("finrota-pws", "create-payment", "P011", None), Some(200), "pseudo-statuses travel with 200");
    assert_eq!(status("finrota-pws", "refund-payment", "P015", None), Some(200));
    assert_eq!(status("wiapay", "deposit", "DUPLICATE_TRANSACTION", None), Some(409));
    assert_eq!(status("wiapay", "withdraw", "INSUFFICIENT_BALANCE", None), Some(403));
    assert_eq!(status("wiapay", "deposit-callback", "INVALID_SIGNATURE", None), None, "the merchant answers callbacks");
}

#[test]
fn typed_replies_encode_and_decode() {
    use payspec::finrota_pws::{Code, CreatePaymentReply, Error};
    let error = Error::PaymentFailed;
    assert_eq!(error.code(), Some(Code::PaymentFailed));
    let reply = CreatePaymentReply::error(&error, Lang::Tr, NOW_MILLIS);
    let CreatePaymentReply::Status200(body) = &reply else { panic!("P011 travels with 200: {reply:?}") };
    assert_eq!(body.status_code, 600, "its pseudo-status in statusCode");
    assert_eq!(body.to_error(), Some(error.clone()));
    let encoded = reply.encode().expect("encodes");
    assert_eq!(encoded.status, 200);
    assert_eq!(CreatePaymentReply::decode(200, encoded.body.as_bytes()).expect("decodes"), reply);
    assert!(matches!(
        CreatePaymentReply::decode(201, b"{}"),
        Err(payspec::support::ReplyDecodeError::UndocumentedStatus(201))
    ));
    assert!(matches!(
        CreatePaymentReply::decode(400, b"{\"statusCode\": \"x\"}"),
        Err(payspec::support::ReplyDecodeError::Body { status: 400, .. })
    ));
    assert_eq!(CreatePaymentReply::error_status(&Error::TransactionConflict), 409);

    use payspec::iyzico_terminal::{Error as Iyzico, Vuk509VoidReply};
    let error = Iyzico::AuthDeviceNotFound { username: "kasa-1".to_owned() };
    let Vuk509VoidReply::Status422(envelope) = Vuk509VoidReply::error(&error, Lang::En, NOW_MILLIS) else {
        panic!("the void call answers errors with 422")
    };
    let json = serde_json::to_value(&envelope).expect("JSON");
    assert_eq!(json["status"], "FAILURE");
    assert_eq!(json["errorCode"], "380101");
    assert_eq!(json["errorGroup"], "BUSINESS_ERROR");
    assert_eq!(json["errorMessage"], "Auth Device not found! For username: kasa-1");
    assert_eq!(json["systemTime"], NOW_MILLIS);
    assert_eq!(envelope.to_error(), Some(error));

    use payspec::wiapay::{CreateDepositReply, DepositCallbackReply, Error as Wiapay};
    let reply = CreateDepositReply::error(&Wiapay::DuplicateTransaction, Lang::En, NOW_MILLIS);
    let encoded = reply.encode().expect("encodes");
    assert_eq!(encoded.status, 409);
    let json: Value = serde_json::from_str(&encoded.body).expect("JSON");
    assert_eq!(
        json,
        serde_json::json!({
            "success": false,
            "error": { "code": "DUPLICATE_TRANSACTION", "message": "processId already exists" },
            "timestamp": NOW_MILLIS / 1000,
        })
    );
    let ok = DepositCallbackReply::Status200.encode().expect("encodes");
    assert_eq!((ok.status, ok.content_type, ok.body.as_str()), (200, None, ""));
    assert_eq!(
        DepositCallbackReply::decode(401, b"anything").expect("no body to read"),
        DepositCallbackReply::Status401
    );
}

#[test]
fn a_decode_error_replies_in_the_operation_s_error_message() {
    use payspec::iyzico_terminal::{Code, ErrorEnvelope, OperationId, decode};
    use payspec::support::IncomingRequest;
    let headers = [("content-type", "application/json")];
    let request = IncomingRequest { path_parameters: &[], query: "", headers: &headers, body: b"{}" };
    let error = decode(OperationId::Vuk509Void, &request).expect_err("an empty void request is refused");
    assert_eq!((error.code, error.status), (Code::RequestValidationFailed, Some(422)));
    for lang in [Lang::En, Lang::Tr] {
        let reply = error.reply(lang, NOW_MILLIS).expect("the void call answers errors").expect("encodes");
        assert_eq!(reply.status, 422);
        let envelope: ErrorEnvelope = serde_json::from_str(&reply.body).expect("an ErrorEnvelope");
        assert_eq!(envelope.to_error(), Some(error.error(lang)), "{lang:?}");
        assert!(error.message(lang).contains(&error.problem.field), "{lang:?}: names {}", error.problem.field);
    }
    insta::assert_snapshot!(
        "iyzico_void_refusal",
        format!("{}\n{}\n{}", error, error.message(Lang::En), error.message(Lang::Tr))
    );
}

#[test]
fn the_readme_example_runs() {
    // The server-direction example of README.md, as it stands there.
    use payspec::iyzico_terminal::{self as iyzico, Code, ErrorEnvelope, Route};
    use payspec::support::IncomingRequest;

    let Route::Found { operation, path_parameters } = iyzico::route("POST", "/v2/terminal-host/payment/void") else {
        unreachable!("the void call is served")
    };
    let headers = [("Content-Type", "application/json")];
    let request = IncomingRequest { path_parameters: &path_parameters, query: "", headers: &headers, body: b"{}" };
    let error = iyzico::decode(operation, &request).expect_err("an empty void request");
    assert_eq!((error.code, error.status), (Code::RequestValidationFailed, Some(422)));
    let reply = error.reply(Lang::Tr, 1_766_660_749_379).expect("documented").expect("encodes");
    let envelope: ErrorEnvelope = serde_json::from_str(&reply.body).expect("an ErrorEnvelope");
    assert_eq!(envelope.to_error(), Some(error.error(Lang::Tr)));
}

#[test]
fn a_token_refused_with_401_by_a_gateway_is_tolerated_but_never_answered() {
    use payspec::iyzico_terminal::{Code, Error, OperationId, Vuk509PaymentReply};
    // Discrepancy token-error-status: the documented answer to an expired token is the operation's 400 ...
    let expired = Error::from_wire(Some("SYSTEM_ERROR"), "100311", None);
    assert_eq!(expired.code(), Some(Code::AccessTokenExpired), "{expired:?}");
    assert_eq!(
        Vuk509PaymentReply::error_status(&expired),
        400,
        "servers built from the spec answer the documented status"
    );
    // ... and a reader still takes a 401 with the same envelope, as the tolerated reading, with the same error.
    let body = serde_json::json!({"status": "FAILURE", "errorCode": "100311", "errorGroup": "SYSTEM_ERROR"});
    let reply = Vuk509PaymentReply::decode(401, body.to_string().as_bytes()).expect("a tolerated 401");
    let Vuk509PaymentReply::Status401(envelope) = reply else { panic!("not the 401 variant") };
    assert_eq!(envelope.to_error().and_then(|e| e.code()), Some(Code::AccessTokenExpired));
    let info = OperationId::Vuk509Payment.info();
    let tolerated: Vec<u16> = info.responses.iter().filter(|r| r.tolerated.is_some()).map(|r| r.status).collect();
    assert_eq!(tolerated, [401], "the 401 is marked tolerated, not documented");
}
