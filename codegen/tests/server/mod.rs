//! Helpers of the server-direction tests: requests built from the spec model, and the generated decoders of the
//! three APIs behind one signature.

#![allow(dead_code)]

use payspec::Lang;
use payspec::support::{IncomingRequest, Location, Problem, ProblemKind, percent_encode};
use payspec_codegen::model::{ContentType, FieldType, Message, Operation, ParameterLocation, RuleCheck, StringFormat};
use payspec_codegen::spec::ApiSpec;
use serde_json::{Map, Value, json};

/// What a decoder answered for a request it refused.
#[derive(Debug, Clone)]
pub struct Failure {
    /// What is wrong and where.
    pub problem: Problem,
    /// The code answered, on the wire.
    pub code: String,
    /// The status the operation answers it with.
    pub status: Option<u16>,
    /// The error's message in English and Turkish.
    pub messages: (String, String),
    /// The typed error's wire code in each language (the same code).
    pub wire_codes: (String, String),
}

/// Decodes a request of operation `operation` of API `api` with the generated decoder; the decoded request as its
/// `Debug` text.
pub fn decode(api: &str, operation: &str, request: &IncomingRequest<'_>) -> Result<String, Box<Failure>> {
    macro_rules! with {
        ($module:ident) => {{
            let id = payspec::$module::OperationId::from_id(operation).expect("an operation of the spec");
            let decoded = payspec::$module::decode(id, request);
            // A server that reads only the view decodes every request alike: the same view, the same error.
            let view_only = payspec::$module::decode_view(id, request);
            let typed_view = decoded.as_ref().map(|d| d.view().clone());
            assert_eq!(view_only, typed_view.map_err(Clone::clone), "decode_view and decode differ");
            decoded.map(|decoded| format!("{decoded:?}")).map_err(|error| {
                Box::new(Failure {
                    problem: error.problem.clone(),
                    code: error.code.to_string(),
                    status: error.status,
                    messages: (error.message(Lang::En), error.message(Lang::Tr)),
                    wire_codes: (
                        error.error(Lang::En).wire_code().to_owned(),
                        error.error(Lang::Tr).wire_code().to_owned(),
                    ),
                })
            })
        }};
    }
    match api {
        "iyzico-terminal" => with!(iyzico_terminal),
        "finrota-pws" => with!(finrota_pws),
        "wiapay" => with!(wiapay),
        other => panic!("no decoders for {other}"),
    }
}

/// The view of a request that decodes (its body's JSON value as the typed body writes it), or the failure.
pub fn decoded_view(api: &str, operation: &str, request: &IncomingRequest<'_>) -> Option<Value> {
    macro_rules! with {
        ($module:ident) => {{
            let id = payspec::$module::OperationId::from_id(operation).expect("an operation of the spec");
            payspec::$module::decode(id, request).ok().map(payspec::$module::DecodedRequest::into_view)
        }};
    }
    match api {
        "iyzico-terminal" => with!(iyzico_terminal),
        "finrota-pws" => with!(finrota_pws),
        "wiapay" => with!(wiapay),
        other => panic!("no decoders for {other}"),
    }
}

/// A value that matches a pattern of the spec, written out here for each pattern the spec uses.
fn matching(pattern: &str) -> &'static str {
    match pattern {
        "^TR[0-9]{24}$" => "TR330006100519786457841326",
        "^[0-9]+$" => "123",
        "^[0-9]{11}$" => "12345678901",
        "^[0-9]{12,19}$" => "4543601234567890",
        "^[0-9]{3,4}$" => "123",
        "^[0-9]{4}$" => "2030",
        "^[0-9]{6,8}$" => "552879",
        "^[0-9]{6}([0-9]{2})?$" => "45438912",
        "^[A-Z]{3}$" => "TRY",
        "^https://" => "https://merchant.example/callback",
        p if p.starts_with("^[0-9]{4}-[0-9]{2}-[0-9]{2}T") => "2025-12-25T14:05:49+03:00",
        other => panic!("no sample for pattern {other}: add one"),
    }
}

/// A valid value of a field type, the simplest there is.
pub fn sample(api: &ApiSpec, kind: &FieldType) -> Value {
    match kind {
        FieldType::String { min_length, max_length, pattern, format } => {
            let mut text = match (pattern, format) {
                (Some(pattern), _) => matching(pattern).to_owned(),
                (None, Some(StringFormat::Uuid)) => "3f2504e0-4f89-11d3-9a0c-0305e82c3301".to_owned(),
                (None, Some(StringFormat::DateTime)) => "2025-12-25T14:05:49+03:00".to_owned(),
                (None, Some(StringFormat::DateYyyymmdd)) => "20251120".to_owned(),
                (None, Some(StringFormat::Uri)) => "https://merchant.example/return".to_owned(),
                (None, Some(StringFormat::Email)) => "buyer@example.com".to_owned(),
                (None, None) => "sample".to_owned(),
            };
            while text.chars().count() < min_length.unwrap_or(0) as usize {
                text.push('x');
            }
            if let Some(max) = max_length {
                text = text.chars().take(*max as usize).collect();
            }
            json!(text)
        }
        FieldType::Integer { minimum, maximum, unit } => {
            if matches!(unit, Some(payspec_codegen::model::IntegerUnit::DateYyyymmdd)) {
                return json!(20251120);
            }
            let value = minimum.unwrap_or(1).max(1);
            json!(maximum.map_or(value, |max| value.min(max)))
        }
        FieldType::Decimal { wire: payspec_codegen::model::DecimalWire::Number, .. } => {
            Value::Number("10.5".parse().expect("a number"))
        }
        FieldType::Decimal { .. } => json!("10.50"),
        FieldType::Boolean { constant } => json!(constant.unwrap_or(false)),
        FieldType::Enum { name } => {
            let enumeration = api.enumeration(name).expect("declared");
            let wire = &enumeration.values[0].wire;
            match enumeration.wire_type {
                payspec_codegen::model::EnumWire::Integer => Value::Number(wire.parse().expect("integer")),
                payspec_codegen::model::EnumWire::String => json!(wire),
            }
        }
        FieldType::Message { message } => sample_body(api, api.message(message).expect("declared")),
        FieldType::Array { items, min_items } => {
            Value::Array((0..min_items.unwrap_or(1).max(1)).map(|_| sample(api, items)).collect())
        }
        FieldType::ErrorCode => json!(api.codes[0].code),
        FieldType::ErrorGroup => json!(api.groups[0].id),
        FieldType::Json => Value::Null,
    }
}

/// A valid body of `message`: its required fields, and what its rules require.
pub fn sample_body(api: &ApiSpec, message: &Message) -> Value {
    let mut body = Map::new();
    for field in message.fields.iter().filter(|f| f.required) {
        body.insert(field.wire.clone(), sample(api, &field.kind));
    }
    let add = |wire: &str, body: &mut Map<String, Value>| {
        if let Some(field) = message.fields.iter().find(|f| f.wire == wire) {
            body.entry(wire.to_owned()).or_insert_with(|| sample(api, &field.kind));
        }
    };
    for rule in &message.rules {
        match &rule.check {
            RuleCheck::AtLeastOneOf { fields } | RuleCheck::ExactlyOneOf { fields } => add(&fields[0], &mut body),
            RuleCheck::RequiredIf { field, when } if body.get(&when.field) == Some(&when.equals) => {
                add(field, &mut body)
            }
            _ => {}
        }
    }
    Value::Object(body)
}

/// A flat JSON object as a form body.
pub fn form(value: &Value) -> String {
    let Value::Object(map) = value else { panic!("a form is an object") };
    map.iter()
        .map(|(name, value)| {
            let text = match value {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            format!("{}={}", percent_encode(name), percent_encode(&text))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// A parameter's value as text.
pub fn text_of(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// A request to an operation, owned, ready to be lent as an `IncomingRequest`.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Path parameters.
    pub path: Vec<(&'static str, String)>,
    /// Query pairs (name, value), encoded when lent.
    pub query: Vec<(String, String)>,
    /// Headers.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Request {
    /// The query string.
    pub fn query_string(&self) -> String {
        self.query
            .iter()
            .map(|(n, v)| format!("{}={}", percent_encode(n), percent_encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Runs `f` with the request lent as an `IncomingRequest`.
    pub fn with<T>(&self, f: impl FnOnce(&IncomingRequest<'_>) -> T) -> T {
        let query = self.query_string();
        let headers: Vec<(&str, &str)> = self.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        f(&IncomingRequest { path_parameters: &self.path, query: &query, headers: &headers, body: &self.body })
    }

    /// Replaces the body by `value`, encoded as the operation encodes it.
    pub fn set_body(&mut self, operation: &Operation, value: &Value) {
        self.body = match operation.content_type {
            ContentType::Form => form(value).into_bytes(),
            _ => serde_json::to_vec(value).expect("JSON"),
        };
    }
}

/// The name of a parameter as a `'static` string (tests only).
pub fn leak(name: &str) -> &'static str {
    Box::leak(name.to_owned().into_boxed_str())
}

/// A valid request of `operation`: every required parameter, and `body` (or a sample body) in its encoding.
pub fn valid_request(api: &ApiSpec, operation: &Operation, body: Option<&Value>) -> Request {
    let mut request = Request::default();
    for parameter in operation.parameters.iter().filter(|p| p.required) {
        let value = text_of(&sample(api, &parameter.kind));
        match parameter.location {
            ParameterLocation::Path => request.path.push((leak(&parameter.name), value)),
            ParameterLocation::Query => request.query.push((parameter.name.clone(), value)),
            ParameterLocation::Header => request.headers.push((parameter.name.clone(), value)),
        }
    }
    let rules = &operation.parameter_rules;
    for rule in rules {
        if let RuleCheck::AtLeastOneOf { fields } | RuleCheck::ExactlyOneOf { fields } = &rule.check {
            let parameter = operation.parameters.iter().find(|p| p.name == fields[0]).expect("declared");
            request.query.push((parameter.name.clone(), text_of(&sample(api, &parameter.kind))));
        }
    }
    if let (Some(message), Some(media)) = (&operation.request, operation.content_type.media_type()) {
        request.headers.push(("Content-Type".to_owned(), media.to_owned()));
        let body = body.cloned().unwrap_or_else(|| sample_body(api, api.message(message).expect("declared")));
        request.set_body(operation, &body);
    }
    request
}

/// The code the spec says `operation` answers a request it cannot read with.
pub fn decode_code(api: &ApiSpec, operation: &Operation) -> String {
    match &operation.decode_error {
        Some(code) => code.value.clone(),
        None => api.error_wire.as_ref().expect("declared").request_invalid.code.clone(),
    }
}

/// Whether a problem is at `pointer` as a JSON Schema validator reports it: at the field itself, inside it, or, for
/// what the schema checks on the object (a missing field, a rule, a field under two names), at the object holding it.
pub fn at_pointer(problem: &Problem, pointer: &str) -> bool {
    let parent = problem.field.rsplit_once('/').map_or("", |(parent, _)| parent);
    // A schema reports a problem inside a nullable object (`anyOf` object or null) at the object; the decoder names
    // the field inside it.
    let inside = problem.field.starts_with(&format!("{pointer}/"));
    problem.location == Location::Body
        && (problem.field == pointer
            || inside
            || (parent == pointer
                && matches!(
                    problem.kind,
                    ProblemKind::Missing | ProblemKind::BrokenRule { .. } | ProblemKind::Duplicate { .. }
                )))
}
