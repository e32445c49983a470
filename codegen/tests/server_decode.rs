//! The server direction's decoders, checked against the spec for every operation of the three APIs: a valid request
//! (the spec's examples where it has them, else one built from the spec model) decodes; every documented alias (of a
//! field, an enum value, a parameter) decodes as its canonical name does, and a field under both names is refused;
//! every invalid example and every invalid request built here (malformed body, wrong content type, a missing field,
//! a wrong type, `null`, an unknown value of a closed enumeration, too long, too short, off-pattern, out of range,
//! too few items, a broken rule) is refused with the code the spec names for it, naming the offending field, at the
//! status the operation answers that code with, in both languages.

mod common;
mod server;

use payspec::support::{Location, ProblemKind, RuleKind};
use payspec_codegen::load::{LockCheck, load};
use payspec_codegen::model::{ContentType, FieldType, Message, Operation, ParameterLocation, RuleCheck};
use payspec_codegen::spec::ApiSpec;
use serde_json::{Value, json};
use server::{Failure, Request, at_pointer, decode, decode_code, decoded_view, sample, sample_body, valid_request};

fn spec() -> payspec_codegen::spec::Spec {
    load(&common::repo_root(), LockCheck::Enforce).expect("valid spec")
}

fn request_message<'a>(api: &'a ApiSpec, operation: &Operation) -> Option<&'a Message> {
    operation.request.as_deref().and_then(|m| api.message(m))
}

/// The code the spec names for a problem: a broken rule's own code (or, without one, the API's), else the code for
/// a request that cannot be read.
fn expected_code(api: &ApiSpec, operation: &Operation, kind: &ProblemKind, in_body: bool) -> String {
    if let ProblemKind::BrokenRule { rule } = kind {
        let rules = if in_body {
            request_message(api, operation).map_or(&[][..], |m| &m.rules[..])
        } else {
            &operation.parameter_rules[..]
        };
        let same = |check: &RuleCheck| match (check, rule) {
            (RuleCheck::RequiredIf { field, when }, RuleKind::RequiredIf { field: f, when: w, .. }) => {
                field == f && when.field == *w
            }
            (RuleCheck::AtLeastOneOf { fields }, RuleKind::AtLeastOneOf(f))
            | (RuleCheck::ExactlyOneOf { fields }, RuleKind::ExactlyOneOf(f))
            | (RuleCheck::AtMostOneOf { fields }, RuleKind::AtMostOneOf(f)) => fields.iter().eq(f.iter()),
            _ => false,
        };
        let found = rules.iter().find(|r| same(&r.check)).expect("the broken rule is the spec's");
        if let Some(code) = &found.error {
            return code.clone();
        }
    }
    decode_code(api, operation)
}

/// Checks a refusal against the spec: its code, its status, its field in the message where the code has a detail,
/// and a message in both languages.
fn check_failure(api: &ApiSpec, operation: &Operation, failure: &Failure, what: &str) {
    let in_body = failure.problem.location == Location::Body;
    let code = expected_code(api, operation, &failure.problem.kind, in_body);
    assert_eq!(failure.code, code, "{what}: {failure:?}");
    assert_eq!(failure.wire_codes, (code.clone(), code.clone()), "{what}");
    let entry = api.code(&code).expect("a catalog code");
    let status = payspec_codegen::wire::code_status(api, operation, entry).ok();
    let status = status.or(entry.http_status.as_ref().map(|s| s.value));
    assert_eq!(failure.status, status, "{what}: status of {code}");
    let (en, tr) = &failure.messages;
    assert!(!en.is_empty() && !tr.is_empty() && en != tr, "{what}: a message in each language: {en} / {tr}");
    if !entry.placeholders.is_empty() {
        // The code has a detail: the message names the field, in both languages.
        for message in [en, tr] {
            assert!(message.contains(&failure.problem.field), "{what}: {message} names {}", failure.problem.field);
        }
    }
}

fn refused(api: &ApiSpec, operation: &Operation, request: &Request, what: &str) -> Failure {
    match request.with(|r| decode(&api.id, &operation.id, r)) {
        Ok(decoded) => panic!("{what}: decoded, but must be refused: {decoded}"),
        Err(failure) => {
            check_failure(api, operation, &failure, what);
            *failure
        }
    }
}

fn accepted(api: &ApiSpec, operation: &Operation, request: &Request, what: &str) -> String {
    request.with(|r| decode(&api.id, &operation.id, r)).unwrap_or_else(|failure| panic!("{what}: refused: {failure:?}"))
}

#[test]
fn every_operation_decodes_a_valid_request_and_every_valid_example() {
    let spec = spec();
    let (mut operations, mut examples) = (0, 0);
    for api in &spec.apis {
        for operation in &api.operations {
            let what = format!("{} {}", api.id, operation.id);
            accepted(api, operation, &valid_request(api, operation, None), &what);
            operations += 1;
            let Some(message) = &operation.request else { continue };
            for example in api.examples.iter().filter(|e| e.valid && e.message == *message) {
                let request = valid_request(api, operation, Some(&example.body));
                accepted(api, operation, &request, &format!("{what} example {}", example.name));
                examples += 1;
            }
        }
    }
    assert_eq!(operations, 17 + 10 + 5, "every operation of the three APIs");
    assert!(examples >= 40, "the valid examples of request messages: {examples}");
}

/// The view a decoder hands out is the body's JSON value as its typed body writes it, in canonical names and values:
/// for a JSON body built from the spec model (canonical already), exactly the value sent; for every valid example
/// (some use an alias or another spelling of a value), a canonical form: sent again, it decodes to itself. `Null`
/// for an operation with no body.
#[test]
fn a_decoded_request_s_view_is_its_body_in_canonical_form() {
    let spec = spec();
    let (mut built, mut examples) = (0, 0);
    let view_of = |api: &ApiSpec, operation: &Operation, request: &Request, what: &str| {
        let view = request.with(|incoming| decoded_view(&api.id, &operation.id, incoming));
        view.unwrap_or_else(|| panic!("{what}: a valid request decodes"))
    };
    for api in &spec.apis {
        for operation in &api.operations {
            let what = format!("{} {}", api.id, operation.id);
            let request = valid_request(api, operation, None);
            let view = view_of(api, operation, &request, &what);
            match (&operation.request, operation.content_type) {
                (None, _) | (_, ContentType::None) => {
                    assert_eq!(view, Value::Null, "{what}");
                    continue;
                }
                (Some(_), ContentType::Json) => {
                    let sent: Value = serde_json::from_slice(&request.body).expect("a JSON body");
                    assert_eq!(view, sent, "{what}");
                    built += 1;
                }
                (Some(_), _) => assert!(view.is_object(), "{what}: {view}"),
            }
            let Some(message) = &operation.request else { continue };
            if operation.content_type != ContentType::Json {
                continue;
            }
            for example in api.examples.iter().filter(|e| e.valid && e.message == *message) {
                let what = format!("{what} example {}", example.name);
                let view = view_of(api, operation, &valid_request(api, operation, Some(&example.body)), &what);
                let again = view_of(api, operation, &valid_request(api, operation, Some(&view)), &what);
                assert_eq!(again, view, "{what}");
                examples += 1;
            }
        }
    }
    assert!(built >= 20 && examples >= 40, "JSON bodies compared: {built} built, {examples} examples");
}

#[test]
fn every_documented_alias_decodes_as_its_canonical_form_and_both_names_are_refused() {
    let spec = spec();
    let mut aliases = 0;
    for api in &spec.apis {
        for operation in &api.operations {
            if let Some(message) = request_message(api, operation) {
                for field in &message.fields {
                    let what = format!("{} {} field {}", api.id, operation.id, field.wire);
                    let mut body = sample_body(api, message);
                    let map = body.as_object_mut().expect("object");
                    map.entry(field.wire.clone()).or_insert_with(|| sample(api, &field.kind));
                    // Where a rule allows one field of several, this one stands for them.
                    for rule in &message.rules {
                        if let RuleCheck::AtMostOneOf { fields } | RuleCheck::ExactlyOneOf { fields } = &rule.check
                            && fields.contains(&field.wire)
                        {
                            map.retain(|name, _| name == &field.wire || !fields.contains(name));
                        }
                    }
                    let canonical = accepted(api, operation, &valid_request(api, operation, Some(&body)), &what);
                    for alias in &field.aliases {
                        let mut aliased = body.clone();
                        let value = aliased.as_object_mut().expect("object").remove(&field.wire).expect("present");
                        aliased[&alias.wire] = value.clone();
                        let request = valid_request(api, operation, Some(&aliased));
                        assert_eq!(accepted(api, operation, &request, &what), canonical, "{what} as {}", alias.wire);
                        aliased[&field.wire] = value;
                        let failure = refused(api, operation, &valid_request(api, operation, Some(&aliased)), &what);
                        assert!(matches!(failure.problem.kind, ProblemKind::Duplicate { .. }), "{what}: {failure:?}");
                        aliases += 1;
                    }
                    if let FieldType::Enum { name } = &field.kind {
                        for value in &api.enumeration(name).expect("declared").values {
                            let mut body = body.clone();
                            body[&field.wire] = json!(value.wire);
                            let Ok(canonical) =
                                valid_request(api, operation, Some(&body)).with(|r| decode(&api.id, &operation.id, r))
                            else {
                                continue; // another value may need other fields (a rule); the first one decodes
                            };
                            for alias in &value.aliases {
                                body[&field.wire] = json!(alias.wire);
                                let request = valid_request(api, operation, Some(&body));
                                let decoded = accepted(api, operation, &request, &format!("{what} = {}", alias.wire));
                                assert_eq!(decoded, canonical, "{what}: {} reads as {}", alias.wire, value.wire);
                                aliases += 1;
                            }
                        }
                    }
                }
            }
            for parameter in operation.parameters.iter().filter(|p| !p.aliases.is_empty()) {
                let what = format!("{} {} parameter {}", api.id, operation.id, parameter.name);
                let mut request = valid_request(api, operation, None);
                request.query.retain(|(name, _)| !operation.parameters.iter().any(|p| p.name == *name && !p.required));
                let value = server::text_of(&sample(api, &parameter.kind));
                request.query.push((parameter.name.clone(), value.clone()));
                let canonical = accepted(api, operation, &request, &what);
                for alias in &parameter.aliases {
                    let mut aliased = request.clone();
                    aliased.query.retain(|(name, _)| *name != parameter.name);
                    aliased.query.push((alias.wire.clone(), value.clone()));
                    assert_eq!(accepted(api, operation, &aliased, &what), canonical, "{what} as {}", alias.wire);
                    aliased.query.push((parameter.name.clone(), value.clone()));
                    let failure = refused(api, operation, &aliased, &what);
                    assert!(matches!(failure.problem.kind, ProblemKind::Duplicate { .. }), "{what}: {failure:?}");
                    assert_eq!(failure.problem.location, Location::Query);
                    aliases += 1;
                }
            }
        }
    }
    assert!(aliases >= 5, "the documented aliases of request fields, values and parameters: {aliases}");
}

#[test]
fn every_invalid_example_is_refused_at_its_pointer_with_the_code_the_spec_names() {
    let spec = spec();
    let mut checked = 0;
    for api in &spec.apis {
        for operation in &api.operations {
            let Some(message) = &operation.request else { continue };
            for example in api.examples.iter().filter(|e| !e.valid && e.message == *message) {
                let what = format!("{} {} example {}", api.id, operation.id, example.name);
                let failure = refused(api, operation, &valid_request(api, operation, Some(&example.body)), &what);
                assert!(
                    example.invalid_at.iter().any(|pointer| at_pointer(&failure.problem, pointer)),
                    "{what}: refused at {} ({:?}), the spec says {:?}",
                    failure.problem.field,
                    failure.problem.kind,
                    example.invalid_at
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 30, "the invalid examples of request messages: {checked}");
}

/// A JSON value of another type than `kind`'s, if there is one that is not also valid.
fn wrong_type(kind: &FieldType) -> Option<Value> {
    match kind {
        FieldType::String { .. } | FieldType::ErrorCode | FieldType::ErrorGroup => Some(json!(12345)),
        FieldType::Decimal { wire: payspec_codegen::model::DecimalWire::String, .. } => Some(json!(10.5)),
        FieldType::Integer { .. } | FieldType::Decimal { .. } => Some(json!("12")),
        FieldType::Boolean { .. } => Some(json!("true")),
        FieldType::Enum { .. } => Some(json!({ "value": 1 })),
        FieldType::Message { .. } => Some(json!(1)),
        FieldType::Array { .. } => Some(json!({})),
        FieldType::Json => None,
    }
}

/// Values out of a field type's range, with the problem each must be.
/// A value and the test of the problem it must be.
type Case = (Value, fn(&ProblemKind) -> bool);

fn out_of_range(api: &ApiSpec, kind: &FieldType) -> Vec<Case> {
    let mut out: Vec<Case> = Vec::new();
    match kind {
        FieldType::String { min_length, max_length, pattern, format } => {
            if let Some(max) = max_length {
                out.push((json!("9".repeat(*max as usize + 1)), |k| matches!(k, ProblemKind::TooLong { .. })));
            }
            if min_length.is_some_and(|min| min > 0) {
                out.push((json!(""), |k| matches!(k, ProblemKind::TooShort { .. })));
            }
            let patterned = pattern.is_some()
                || matches!(
                    format,
                    Some(
                        payspec_codegen::model::StringFormat::Uuid
                            | payspec_codegen::model::StringFormat::DateTime
                            | payspec_codegen::model::StringFormat::DateYyyymmdd
                    )
                );
            if patterned {
                let length = min_length.unwrap_or(1).max(1) as usize;
                out.push((json!("!".repeat(length)), |k| matches!(k, ProblemKind::Pattern { .. })));
            }
        }
        FieldType::Integer { minimum, maximum, unit: None | Some(_) } => {
            if let Some(max) = maximum {
                out.push((json!(max + 1), |k| matches!(k, ProblemKind::AboveMaximum { .. })));
            }
            if let Some(min) = minimum {
                out.push((json!(min - 1), |k| matches!(k, ProblemKind::BelowMinimum { .. })));
            }
        }
        FieldType::Enum { name } => {
            let enumeration = api.enumeration(name).expect("declared");
            if !enumeration.open {
                let unknown = match enumeration.wire_type {
                    payspec_codegen::model::EnumWire::Integer => json!(987654),
                    payspec_codegen::model::EnumWire::String => json!("NOT_A_VALUE"),
                };
                out.push((unknown, |k| matches!(k, ProblemKind::UnknownValue { .. })));
            }
        }
        FieldType::Array { min_items: Some(min), .. } if *min > 0 => {
            out.push((json!([]), |k| matches!(k, ProblemKind::TooFewItems { .. })));
        }
        _ => {}
    }
    out
}

#[test]
fn invalid_bodies_are_refused_naming_the_field_with_the_api_s_code() {
    let spec = spec();
    let mut checked = 0;
    for api in &spec.apis {
        for operation in &api.operations {
            let Some(message) = request_message(api, operation) else { continue };
            let form = operation.content_type == ContentType::Form;
            let id = format!("{} {}", api.id, operation.id);
            // The body as a whole: malformed, of another content type, or with none.
            let mut request = valid_request(api, operation, None);
            request.body = if form { b"a=%zz".to_vec() } else { b"{\"price\": ".to_vec() };
            let failure = refused(api, operation, &request, &format!("{id}: malformed"));
            assert!(matches!(failure.problem.kind, ProblemKind::Malformed { .. }) && failure.problem.field.is_empty());
            let mut request = valid_request(api, operation, None);
            for content_type in [Some("text/plain"), None] {
                request.headers.retain(|(name, _)| !name.eq_ignore_ascii_case("content-type"));
                request.headers.extend(content_type.map(|c| ("content-type".to_owned(), c.to_owned())));
                let failure = refused(api, operation, &request, &format!("{id}: content type {content_type:?}"));
                assert!(matches!(failure.problem.kind, ProblemKind::ContentType { .. }), "{id}: {failure:?}");
            }
            checked += 3;
            let body = sample_body(api, message);
            for field in &message.fields {
                let what = format!("{id} field {}", field.wire);
                let pointer = format!("/{}", field.wire);
                let mut cases: Vec<Case> = out_of_range(api, &field.kind);
                if let Some(wrong) = wrong_type(&field.kind).filter(|_| !form) {
                    cases.push((wrong, |k| matches!(k, ProblemKind::WrongType { .. })));
                }
                if form && matches!(field.kind, FieldType::Integer { .. } | FieldType::Boolean { .. }) {
                    cases.push((json!("abc"), |k| matches!(k, ProblemKind::WrongType { .. })));
                }
                if !form && !field.nullable && !matches!(field.kind, FieldType::Json) {
                    cases.push((Value::Null, |k| matches!(k, ProblemKind::WrongType { .. })));
                }
                for (value, expected) in cases {
                    let mut invalid = body.clone();
                    invalid[&field.wire] = value.clone();
                    let failure = refused(api, operation, &valid_request(api, operation, Some(&invalid)), &what);
                    assert_eq!(failure.problem.field, pointer, "{what} = {value}: {failure:?}");
                    assert!(expected(&failure.problem.kind), "{what} = {value}: {failure:?}");
                    checked += 1;
                }
                if field.required {
                    let mut invalid = body.clone();
                    invalid.as_object_mut().expect("object").remove(&field.wire);
                    let failure = refused(api, operation, &valid_request(api, operation, Some(&invalid)), &what);
                    assert_eq!(
                        (failure.problem.field.as_str(), &failure.problem.kind),
                        (pointer.as_str(), &ProblemKind::Missing)
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 300, "invalid bodies checked: {checked}");
}

#[test]
fn invalid_parameters_are_refused_naming_the_parameter_where_it_travels() {
    let spec = spec();
    let mut checked = 0;
    for api in &spec.apis {
        for operation in &api.operations {
            for parameter in &operation.parameters {
                let what = format!("{} {} parameter {}", api.id, operation.id, parameter.name);
                let location = match parameter.location {
                    ParameterLocation::Path => Location::Path,
                    ParameterLocation::Query => Location::Query,
                    ParameterLocation::Header => Location::Header,
                };
                let drop = |request: &mut Request| {
                    request.path.retain(|(n, _)| *n != parameter.name);
                    request.query.retain(|(n, _)| *n != parameter.name);
                    request.headers.retain(|(n, _)| *n != parameter.name);
                };
                let put = |request: &mut Request, text: String| match parameter.location {
                    ParameterLocation::Path => request.path.push((server::leak(&parameter.name), text)),
                    ParameterLocation::Query => request.query.push((parameter.name.clone(), text)),
                    ParameterLocation::Header => request.headers.push((parameter.name.clone(), text)),
                };
                if parameter.required {
                    let mut request = valid_request(api, operation, None);
                    drop(&mut request);
                    let failure = refused(api, operation, &request, &what);
                    assert_eq!(failure.problem.location, location, "{what}");
                    assert_eq!(
                        (failure.problem.field.as_str(), &failure.problem.kind),
                        (parameter.name.as_str(), &ProblemKind::Missing)
                    );
                    checked += 1;
                }
                let mut texts: Vec<String> =
                    out_of_range(api, &parameter.kind).into_iter().map(|(v, _)| server::text_of(&v)).collect();
                if matches!(parameter.kind, FieldType::Integer { .. } | FieldType::Decimal { .. }) {
                    texts.push("abc".to_owned());
                }
                for text in texts {
                    let mut request = valid_request(api, operation, None);
                    drop(&mut request);
                    put(&mut request, text.clone());
                    let failure = refused(api, operation, &request, &format!("{what} = {text}"));
                    assert_eq!(
                        (failure.problem.location, failure.problem.field.as_str()),
                        (location, parameter.name.as_str())
                    );
                    checked += 1;
                }
                if parameter.location == ParameterLocation::Query {
                    let mut request = valid_request(api, operation, None);
                    drop(&mut request);
                    let text = server::text_of(&sample(api, &parameter.kind));
                    put(&mut request, text.clone());
                    put(&mut request, text);
                    let failure = refused(api, operation, &request, &format!("{what} twice"));
                    assert!(matches!(failure.problem.kind, ProblemKind::Duplicate { .. }), "{what}: {failure:?}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 15, "invalid parameters checked: {checked}");
}

// What each API answers, written out from the vendors' documents (not derived from the spec model): the code, the
// status and the text of a request that cannot be read.

fn operation<'a>(api: &'a ApiSpec, id: &str) -> &'a Operation {
    api.operation(id).expect("an operation of the spec")
}

fn api<'a>(spec: &'a payspec_codegen::spec::Spec, id: &str) -> &'a ApiSpec {
    spec.apis.iter().find(|a| a.id == id).expect("an API of the spec")
}

fn without(api: &ApiSpec, operation: &Operation, field: &str) -> Request {
    let mut body = sample_body(api, request_message(api, operation).expect("a body"));
    body.as_object_mut().expect("object").remove(field);
    valid_request(api, operation, Some(&body))
}

#[test]
fn iyzico_answers_380104_with_the_details_at_the_operation_s_status() {
    let spec = spec();
    let iyzico = api(&spec, "iyzico-terminal");
    let void = operation(iyzico, "vuk509-void");
    let failure = refused(iyzico, void, &without(iyzico, void, "paymentId"), "void without paymentId");
    assert_eq!((failure.code.as_str(), failure.status), ("380104", Some(422)), "the void call answers errors with 422");
    assert_eq!(
        failure.messages.0,
        "Device request validation error! Details: body /paymentId: a required value is missing"
    );
    assert!(failure.messages.1.ends_with("gövde /paymentId: zorunlu değer eksik"), "{}", failure.messages.1);
    let payment = operation(iyzico, "vuk509-payment");
    let failure = refused(iyzico, payment, &without(iyzico, payment, "price"), "payment without price");
    assert_eq!((failure.code.as_str(), failure.status), ("380104", Some(400)));
    // A query naming neither paymentId nor transactionReferenceId breaks the rule whose code is 380111.
    let query = operation(iyzico, "vuk509-query-transaction-status");
    let mut body = sample_body(iyzico, request_message(iyzico, query).expect("a body"));
    let map = body.as_object_mut().expect("object");
    map.remove("paymentId");
    map.insert("deviceUniqueId".to_owned(), json!("d-1"));
    let request = valid_request(iyzico, query, Some(&body));
    let failure = refused(iyzico, query, &request, "query without ids");
    assert_eq!((failure.code.as_str(), failure.status), ("380111", Some(400)));
    // The login calls answer OAuth errors: the token call a refused grant (400), authorize 380104 in its 401 body.
    let token = operation(iyzico, "oauth-token");
    let failure = refused(iyzico, token, &without(iyzico, token, "grant_type"), "token without grant_type");
    assert_eq!((failure.code.as_str(), failure.status), ("invalid_grant", Some(400)));
    let authorize = operation(iyzico, "oauth-authorize");
    let failure = refused(iyzico, authorize, &without(iyzico, authorize, "username"), "authorize without username");
    assert_eq!(
        (failure.code.as_str(), failure.status, failure.problem.field.as_str()),
        ("380104", Some(401), "/username")
    );
}

#[test]
fn finrota_answers_p001_and_its_transaction_rules() {
    let spec = spec();
    let finrota = api(&spec, "finrota-pws");
    let create = operation(finrota, "create-payment");
    let failure = refused(finrota, create, &without(finrota, create, "amount"), "payment without amount");
    assert_eq!((failure.code.as_str(), failure.status), ("P001", Some(400)));
    assert_eq!(failure.messages, ("Invalid request parameter".to_owned(), "Geçersiz istek parametresi".to_owned()));
    assert_eq!(failure.problem.field, "/amount");
    let get = operation(finrota, "get-transaction");
    let mut request = valid_request(finrota, get, None);
    request.query.clear();
    let failure = refused(finrota, get, &request, "no identifier");
    assert_eq!((failure.code.as_str(), failure.status, failure.problem.location), ("P001", Some(400), Location::Query));
    request.query = vec![
        ("transactionId".to_owned(), "3f2504e0-4f89-11d3-9a0c-0305e82c3301".to_owned()),
        ("referenceNumber".to_owned(), "R-1".to_owned()),
    ];
    let failure = refused(finrota, get, &request, "two identifiers");
    assert_eq!((failure.code.as_str(), failure.status), ("P004", Some(404)));
    let by_bin = operation(finrota, "payment-options-by-bin");
    let mut request = valid_request(finrota, by_bin, None);
    request.path = vec![("binNumber", "4543".to_owned())];
    let failure = refused(finrota, by_bin, &request, "a short BIN");
    assert_eq!((failure.problem.location, failure.problem.field.as_str()), (Location::Path, "binNumber"));
    assert!(matches!(failure.problem.kind, ProblemKind::Pattern { .. }));
}

#[test]
fn wiapay_answers_validation_error_and_decodes_callbacks() {
    let spec = spec();
    let wiapay = api(&spec, "wiapay");
    let deposit = operation(wiapay, "deposit");
    let failure = refused(wiapay, deposit, &without(wiapay, deposit, "processId"), "deposit without processId");
    assert_eq!((failure.code.as_str(), failure.status), ("VALIDATION_ERROR", Some(400)));
    assert_eq!(failure.messages.0, "Request body validation failed");
    let callback = operation(wiapay, "deposit-callback");
    let failure = refused(wiapay, callback, &without(wiapay, callback, "status"), "callback without status");
    // A callback documents no error response (the merchant answers it); the code's own status stands.
    assert_eq!((failure.code.as_str(), failure.status), ("VALIDATION_ERROR", Some(400)));
}

#[test]
fn receive_routes_and_decodes_in_one_step() {
    use payspec::finrota_pws::{DecodedRequest, Refusal, receive};
    let query = "currency=TRY&paymentSetId=3f2504e0-4f89-11d3-9a0c-0305e82c3301&amount=100.50";
    let received = receive("GET", &format!("/pws/paymentOptions/45438912?{query}"), &[], b"");
    let Ok(DecodedRequest::PaymentOptionsByBin(decoded)) = received else { panic!("{received:?}") };
    assert_eq!(decoded.parameters.bin_number, "45438912");
    assert_eq!(decoded.parameters.currency, "TRY");
    assert_eq!(decoded.parameters.amount.map(|a| a.to_string()), Some("100.50".to_owned()));
    assert_eq!(
        receive("PUT", "/pws/paymentOptions", &[], b""),
        Err(Refusal::MethodNotAllowed { allow: vec![payspec::support::Method::Get] })
    );
    assert_eq!(receive("GET", "/pws/nothing", &[], b""), Err(Refusal::NotFound));
    let Err(Refusal::Invalid(error)) = receive("GET", "/pws/paymentOptions/45438912?currency=try", &[], b"") else {
        panic!("a lower-case currency is refused")
    };
    assert_eq!(
        (error.problem.field.as_str(), error.code, error.status),
        ("currency", payspec::finrota_pws::Code::InvalidRequestParameter, Some(400))
    );
    let headers = [("Content-Type", "application/json; charset=utf-8")];
    let body = br#"{"grant_type": "x"}"#;
    let Err(Refusal::Invalid(error)) = receive("POST", "/auth/api/token/connect", &headers, body) else {
        panic!("a token request without credentials is refused")
    };
    assert_eq!(error.problem.location, Location::Body);
}

#[test]
fn refusals_read_well_in_both_languages() {
    // One refusal of each kind, as the APIs answer them; the snapshot is the reviewed wording.
    let spec = spec();
    let iyzico = api(&spec, "iyzico-terminal");
    let payment = operation(iyzico, "vuk509-payment");
    let body = sample_body(iyzico, request_message(iyzico, payment).expect("a body"));
    let mut cases: Vec<(String, Request)> = Vec::new();
    let mut with = |name: &str, edit: &dyn Fn(&mut Value)| {
        let mut body = body.clone();
        edit(&mut body);
        cases.push((name.to_owned(), valid_request(iyzico, payment, Some(&body))));
    };
    with("missing", &|b| {
        b.as_object_mut().expect("object").remove("price");
    });
    with("wrong type", &|b| b["price"] = json!("100.0"));
    with("null", &|b| b["currency"] = Value::Null);
    with("unknown value", &|b| b["salesType"] = json!("LAYAWAY"));
    with("above maximum", &|b| b["installment"] = json!(13));
    with("too short", &|b| b["deviceUniqueId"] = json!(""));
    with("both names", &|b| {
        b["saleType"] = b["salesType"].clone();
    });
    with("rule", &|b| {
        b["salesType"] = json!("POST_AUTH");
        b.as_object_mut().expect("object").remove("paymentId");
    });
    let mut malformed = valid_request(iyzico, payment, None);
    malformed.body = b"{".to_vec();
    cases.push(("malformed".to_owned(), malformed));
    let mut text = valid_request(iyzico, payment, None);
    text.headers = vec![("Content-Type".to_owned(), "text/plain".to_owned())];
    cases.push(("content type".to_owned(), text));
    let mut out = String::new();
    for (name, request) in cases {
        let failure = refused(iyzico, payment, &request, &name);
        out.push_str(&format!(
            "{name}: {} {:?}\n  en: {}\n  tr: {}\n",
            failure.code, failure.status, failure.messages.0, failure.messages.1
        ));
    }
    insta::assert_snapshot!("iyzico_payment_refusals", out);
}
