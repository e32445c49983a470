// @generated from spec/ (template codegen/templates/support/serve.rs) by `cargo xtask codegen`; do not edit by hand.

//! Serving a call: a request read into an operation's typed parameters and body (every failure a [`Problem`] naming
//! the field), and a reply written as its status and exact body, or read back.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::form::form_pairs;
use super::operation::{BodyEncoding, ParameterIn};
use super::problem::{Location, Problem, ProblemKind};
use super::rules::{RuleInfo, RuleKind, broken_rules};
use super::shape::{
    MessageShape, canonical_names, check_object, check_object_aliased, check_value, from_text, pointer_join,
};

/// A request as a server received it, once routed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IncomingRequest<'a> {
    /// The path parameters the route read out (`Route::Found`).
    pub path_parameters: &'a [(&'static str, String)],
    /// The query string, without `?` (empty for none).
    pub query: &'a str,
    /// The headers, as (name, value); names are compared without regard to case.
    pub headers: &'a [(&'a str, &'a str)],
    /// The body bytes.
    pub body: &'a [u8],
}

impl<'a> IncomingRequest<'a> {
    /// The values of the header `name` (any case), in order.
    pub fn header_values(&self, name: &str) -> impl Iterator<Item = &'a str> {
        let name = name.to_owned();
        self.headers.iter().filter(move |(n, _)| n.eq_ignore_ascii_case(&name)).map(|(_, value)| *value)
    }
}

/// An operation's request, decoded: its parameters and its body, typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded<P, B> {
    /// The path, query and header parameters (`NoParameters` where there are none).
    pub parameters: P,
    /// The body (`NoBody` where there is none).
    pub body: B,
    /// The body's JSON value as the typed body writes it (canonical wire names, fields the spec does not describe
    /// kept), which its cross-field rules were checked on and a lifecycle's guards read; `Null` where there is no
    /// body. Made once while decoding, so a server does not write the body out again.
    pub view: Value,
}

/// A body that cannot be read, with why.
pub fn malformed_body(reason: String) -> Problem {
    body_problem(String::new(), ProblemKind::Malformed { reason })
}

/// The JSON Schema's check of a message's JSON value: its shape, then its cross-field rules (aliases read as their
/// canonical names).
pub fn check_message_value(value: &Value, shape: &MessageShape, rules: &[RuleInfo]) -> Result<(), Problem> {
    check_object(value, shape, "").map_err(|(field, kind)| body_problem(field, kind))?;
    match broken_rules(&canonical_names(value, shape), rules).first() {
        Some(rule) => Err(rule_problem(rule, shape, true)),
        None => Ok(()),
    }
}

fn body_problem(field: String, kind: ProblemKind) -> Problem {
    Problem { location: Location::Body, field, kind }
}

/// Whether a `Content-Type` is `expected`, its parameters (`; charset=utf-8`) aside.
fn is_media_type(content_type: &str, expected: &str) -> bool {
    content_type.split(';').next().is_some_and(|media| media.trim().eq_ignore_ascii_case(expected))
}

/// Reads the body of an operation encoded as `encoding`, checks it against `shape`, and types it; with its view
/// ([`Decoded::view`]): the JSON value as read where it uses no alias (a debug build checks that it is what the typed
/// body writes), else what the typed body writes, every alias in its canonical form.
pub fn decode_body<T: DeserializeOwned + serde::Serialize>(
    request: &IncomingRequest<'_>,
    encoding: BodyEncoding,
    shape: &MessageShape,
) -> Result<(T, Value), Problem> {
    let (value, aliased) = body_value(request, encoding, shape)?;
    if aliased {
        return canonical(value);
    }
    let body = T::deserialize(&value).map_err(malformed_value)?;
    debug_assert_eq!(serde_json::to_value(&body).ok().as_ref(), Some(&value), "the view of a decoded body is what it writes");
    Ok((body, value))
}

/// [`decode_body`]'s view alone: the body read and checked, not typed unless it uses an alias. What the shape accepts
/// the typed body reads (the schemas' contract, checked on every call by a debug build), so the answer is the same.
pub fn decode_body_view<T: DeserializeOwned + serde::Serialize>(
    request: &IncomingRequest<'_>,
    encoding: BodyEncoding,
    shape: &MessageShape,
) -> Result<Value, Problem> {
    let (value, aliased) = body_value(request, encoding, shape)?;
    if aliased {
        return canonical::<T>(value).map(|(_, view)| view);
    }
    #[cfg(debug_assertions)]
    {
        let written = T::deserialize(&value)
            .and_then(|body| serde_json::to_value(&body))
            .map_err(|error| error.to_string());
        debug_assert_eq!(written.as_ref().ok(), Some(&value), "what the shape accepts the typed body reads and writes: {written:?}");
    }
    Ok(value)
}

/// A body that uses an alias, typed, and its view: what the typed body writes, every alias in its canonical form.
fn canonical<T: DeserializeOwned + serde::Serialize>(value: Value) -> Result<(T, Value), Problem> {
    let body = serde_json::from_value::<T>(value).map_err(malformed_value)?;
    let view = serde_json::to_value(&body).map_err(malformed_value)?;
    Ok((body, view))
}

fn malformed_value(error: serde_json::Error) -> Problem {
    body_problem(String::new(), ProblemKind::Malformed { reason: error.to_string() })
}

/// The body of an operation encoded as `encoding`, read as a JSON value and checked against `shape`, and whether it
/// uses an alias.
fn body_value(request: &IncomingRequest<'_>, encoding: BodyEncoding, shape: &MessageShape) -> Result<(Value, bool), Problem> {
    let Some(expected) = encoding.media_type() else {
        let reason = "the operation takes no body".to_owned();
        return Err(body_problem(String::new(), ProblemKind::Malformed { reason }));
    };
    let found = request.header_values("content-type").next();
    if !found.is_some_and(|found| is_media_type(found, expected)) {
        let kind = ProblemKind::ContentType { expected, found: found.map(str::to_owned) };
        return Err(body_problem(String::new(), kind));
    }
    let malformed = |reason: String| body_problem(String::new(), ProblemKind::Malformed { reason });
    let value = match encoding {
        BodyEncoding::Form => {
            let text = std::str::from_utf8(request.body).map_err(|error| malformed(error.to_string()))?;
            let pairs = form_pairs(text).map_err(|pair| malformed(format!("cannot decode {pair}")))?;
            let mut map = Map::new();
            for (name, text) in pairs {
                let field = shape.fields.iter().find(|f| f.names().any(|n| n == name));
                let value = match field {
                    Some(field) => from_text(&text, &field.kind)
                        .map_err(|kind| body_problem(pointer_join("", &name), kind))?,
                    None => Value::String(text),
                };
                if map.insert(name.clone(), value).is_some() {
                    let kind = ProblemKind::Duplicate { names: vec![name.clone(), name.clone()] };
                    return Err(body_problem(pointer_join("", &name), kind));
                }
            }
            Value::Object(map)
        }
        _ => serde_json::from_slice(request.body).map_err(|error| malformed(error.to_string()))?,
    };
    let aliased = check_object_aliased(&value, shape).map_err(|(field, kind)| body_problem(field, kind))?;
    Ok((value, aliased))
}

fn location(place: ParameterIn) -> Location {
    match place {
        ParameterIn::Path => Location::Path,
        ParameterIn::Query => Location::Query,
        ParameterIn::Header => Location::Header,
    }
}

/// Reads an operation's path, query and header parameters by `shape`, checks them, and types them.
pub fn decode_parameters<T: DeserializeOwned>(request: &IncomingRequest<'_>, shape: &MessageShape) -> Result<T, Problem> {
    let query = form_pairs(request.query).map_err(|pair| Problem {
        location: Location::Query,
        field: pair.clone(),
        kind: ProblemKind::Malformed { reason: format!("cannot decode {pair}") },
    })?;
    let mut map = Map::new();
    for field in shape.fields {
        let place = field.location.unwrap_or(ParameterIn::Query);
        let given: Vec<(String, String)> = match place {
            ParameterIn::Path => {
                request.path_parameters.iter().filter(|(n, _)| *n == field.wire).map(|(n, v)| ((*n).to_owned(), v.clone())).collect()
            }
            ParameterIn::Query => query.iter().filter(|(n, _)| field.names().any(|name| name == n)).cloned().collect(),
            ParameterIn::Header => field
                .names()
                .flat_map(|name| request.header_values(name).map(move |value| (name.to_owned(), value.to_owned())))
                .collect(),
        };
        let problem = |field: String, kind| Problem { location: location(place), field, kind };
        match given.as_slice() {
            [] if field.required => return Err(problem(field.wire.to_owned(), ProblemKind::Missing)),
            [] => {}
            [(name, text)] => {
                let value = from_text(text, &field.kind).map_err(|kind| problem(name.clone(), kind))?;
                check_value(&value, &field.kind, false, "").map_err(|(_, kind)| problem(name.clone(), kind))?;
                map.insert(name.clone(), value);
            }
            [(name, _), ..] => {
                let names = given.iter().map(|(n, _)| n.clone()).collect();
                return Err(problem(name.clone(), ProblemKind::Duplicate { names }));
            }
        }
    }
    serde_json::from_value(Value::Object(map)).map_err(|error| Problem {
        location: Location::Query,
        field: String::new(),
        kind: ProblemKind::Malformed { reason: error.to_string() },
    })
}

/// The problem a broken rule is, named by the field it requires (for a rule over several fields, its first): in the
/// body as a JSON pointer, among parameters by name (and where that parameter travels).
pub fn rule_problem(rule: &RuleInfo, shape: &MessageShape, in_body: bool) -> Problem {
    let field = match rule.check {
        RuleKind::RequiredIf { field, .. } => field,
        RuleKind::AtLeastOneOf(fields) | RuleKind::ExactlyOneOf(fields) | RuleKind::AtMostOneOf(fields) => {
            fields.first().copied().unwrap_or_default()
        }
    };
    let kind = ProblemKind::BrokenRule { rule: rule.check };
    if in_body {
        return Problem { location: Location::Body, field: pointer_join("", field), kind };
    }
    let place = shape.fields.iter().find(|f| f.wire == field).and_then(|f| f.location);
    Problem { location: location(place.unwrap_or(ParameterIn::Query)), field: field.to_owned(), kind }
}

/// A reply ready to be sent: its status and exact body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodedReply {
    /// The HTTP status.
    pub status: u16,
    /// The `Content-Type`, if there is a body.
    pub content_type: Option<&'static str>,
    /// The exact body (empty for none).
    pub body: String,
}

/// Why a reply could not be read.
#[derive(Debug)]
pub enum ReplyDecodeError {
    /// The operation documents no response of this status.
    UndocumentedStatus(u16),
    /// The body is not the message the status documents.
    Body {
        /// The status.
        status: u16,
        /// What the reader said.
        error: serde_json::Error,
    },
}

impl fmt::Display for ReplyDecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyDecodeError::UndocumentedStatus(status) => write!(f, "the operation documents no {status} response"),
            ReplyDecodeError::Body { status, error } => write!(f, "the {status} response's body cannot be read: {error}"),
        }
    }
}

impl std::error::Error for ReplyDecodeError {}
