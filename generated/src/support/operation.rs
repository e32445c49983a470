// @generated from spec/ (template codegen/templates/support/operation.rs) by `cargo xtask codegen`; do not edit by hand.

//! Operation descriptors as static data: method, path, direction, body encoding, responses, modes, parameters, the
//! fields answers carry back and where a request asks for its language, and where each comes from.

use serde::Serialize;

use super::catalog::Lang;
use super::provenance::Provenance;

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// GET.
    Get,
    /// POST.
    Post,
    /// PUT.
    Put,
    /// DELETE.
    Delete,
}

impl Method {
    /// The method as written in HTTP.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// Who calls whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The client calls the API.
    Request,
    /// The API calls the merchant's URL.
    Callback,
}

/// How a request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyEncoding {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// No body.
    None,
}

impl BodyEncoding {
    /// The media type, if there is a body.
    pub fn media_type(self) -> Option<&'static str> {
        match self {
            BodyEncoding::Json => Some("application/json"),
            BodyEncoding::Form => Some("application/x-www-form-urlencoded"),
            BodyEncoding::None => None,
        }
    }
}

/// A response field that carries back a request field's value (a correlation id such as `conversationId`): an
/// answer in `message` to a request that sent a value in `request_field` (not null, not empty) carries the same
/// value in `field`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EchoInfo {
    /// The name of the response message.
    pub message: &'static str,
    /// The response field's wire name.
    pub field: &'static str,
    /// The request field's wire name.
    pub request_field: &'static str,
    /// Where the rule comes from.
    pub provenance: Provenance,
}

impl EchoInfo {
    /// The value an answer in this echo's message must carry in its field for a request (a JSON object), if the
    /// request sent one.
    pub fn expected<'r>(&self, request: &'r serde_json::Value) -> Option<&'r serde_json::Value> {
        request.get(self.request_field).filter(|value| !value.is_null() && value.as_str() != Some(""))
    }
}

/// Where a request says which language its answer's texts are written in (the spec's `request_language`). A
/// value starting with a language's tag (`en`, `tr`, in any case, after leading blanks: `en-US` is English) picks
/// that language; anything else, or no value, the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestLanguage {
    /// A top-level field of the request body (a JSON object or a form).
    Field {
        /// The field's wire name.
        field: &'static str,
        /// The language when the field gives none.
        default: Lang,
        /// Where the rule comes from.
        provenance: Provenance,
    },
    /// A request header (its name matched in any case).
    Header {
        /// The header's name.
        header: &'static str,
        /// The language when the header gives none.
        default: Lang,
        /// Where the rule comes from.
        provenance: Provenance,
    },
    /// Always one language.
    Fixed {
        /// The language.
        lang: Lang,
        /// Where the rule comes from.
        provenance: Provenance,
    },
}

impl RequestLanguage {
    /// The language a request asks for, from its headers and its body as sent (a JSON object or a form).
    pub fn of_request(&self, headers: &[(String, String)], body: &[u8]) -> Lang {
        match self {
            RequestLanguage::Field { field, default, .. } => {
                let from_json = serde_json::from_slice::<serde_json::Value>(body)
                    .ok()
                    .and_then(|value| value.get(*field).and_then(serde_json::Value::as_str).map(str::to_owned));
                let value = from_json.or_else(|| {
                    let text = std::str::from_utf8(body).ok()?;
                    super::form_pairs(text).ok()?.into_iter().find(|(name, _)| name == field).map(|(_, value)| value)
                });
                pick(value.as_deref(), *default)
            }
            _ => self.of_decoded(headers, &serde_json::Value::Null),
        }
    }

    /// The language a request asks for, from its headers and its decoded body (a JSON object under the wire names).
    pub fn of_decoded(&self, headers: &[(String, String)], body: &serde_json::Value) -> Lang {
        match self {
            RequestLanguage::Field { field, default, .. } => {
                pick(body.get(*field).and_then(serde_json::Value::as_str), *default)
            }
            RequestLanguage::Header { header, default, .. } => {
                let value = headers.iter().find(|(name, _)| name.eq_ignore_ascii_case(header)).map(|(_, v)| v.as_str());
                pick(value, *default)
            }
            RequestLanguage::Fixed { lang, .. } => *lang,
        }
    }

    /// The one language of an API whose requests cannot choose, `None` for one whose can.
    pub const fn only(&self) -> Option<Lang> {
        match self {
            RequestLanguage::Fixed { lang, .. } => Some(*lang),
            _ => None,
        }
    }

    /// Where the rule comes from.
    pub fn provenance(&self) -> &Provenance {
        match self {
            RequestLanguage::Field { provenance, .. }
            | RequestLanguage::Header { provenance, .. }
            | RequestLanguage::Fixed { provenance, .. } => provenance,
        }
    }
}

/// The language a value starts with the tag of, else `default`.
fn pick(value: Option<&str>, default: Lang) -> Lang {
    let Some(prefix) = value.and_then(|v| v.trim_start().get(..2)) else { return default };
    if prefix.eq_ignore_ascii_case("en") {
        Lang::En
    } else if prefix.eq_ignore_ascii_case("tr") {
        Lang::Tr
    } else {
        default
    }
}

/// A documented response of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseInfo {
    /// The HTTP status.
    pub status: u16,
    /// The name of the body message, if any.
    pub message: Option<&'static str>,
    /// The discrepancy under which the response is tolerated rather than documented, if it is.
    pub tolerated: Option<&'static str>,
    /// Where the response comes from.
    pub provenance: Provenance,
}

/// What the spec says of an operation, as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationInfo {
    /// The operation's id, e.g. `vuk509-payment`.
    pub id: &'static str,
    /// Who calls whom.
    pub direction: Direction,
    /// The HTTP method.
    pub method: Method,
    /// The documented path, with `{name}` for path parameters.
    pub path: &'static str,
    /// The id of the authentication scheme, or `none`.
    pub auth: &'static str,
    /// How the request body is encoded.
    pub body: BodyEncoding,
    /// The id of the mode it belongs to, if any.
    pub mode: Option<&'static str>,
    /// The name of the request message, if any.
    pub request: Option<&'static str>,
    /// The documented responses.
    pub responses: &'static [ResponseInfo],
    /// The error codes it may answer.
    pub errors: &'static [&'static str],
    /// The pass-through error groups it may answer (another party's codes and messages).
    pub error_groups: &'static [&'static str],
    /// Where the operation comes from (its path, method, bodies and the errors it lists).
    pub provenance: Provenance,
}

/// The body of a call that has none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct NoBody;

/// A mode of integration. Operations of one mode cannot be prepared by an integration of another.
pub trait Mode {
    /// The mode's id, e.g. `vuk509`.
    const ID: &'static str;
}

/// Marks that operations of mode `Self` may be called by an integration in mode `M`: every mode allows its own
/// operations and the API's common ones, never another mode's.
pub trait AllowedIn<M> {}

/// An operation, as a type: its descriptor and the Rust types of its messages.
pub trait Operation {
    /// What the spec says of it.
    const INFO: OperationInfo;
    /// The mode marker it belongs to (the API's `Common` for operations of every mode).
    type Mode;
    /// The path and query parameters (`NoParameters` where there are none).
    type Parameters: Parameters;
    /// The request body (`NoBody` where there is none).
    type Request: Serialize;
}

/// Path and query parameters of an operation.
pub trait Parameters {
    /// Every parameter as (wire name, location, value as text); absent optional ones are skipped.
    fn values(&self) -> Vec<(&'static str, ParameterIn, String)>;
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParameterIn {
    /// In the path, as `{name}`.
    Path,
    /// In the query string.
    Query,
    /// In an HTTP header.
    Header,
}

/// The parameters of an operation that has none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NoParameters;

impl Parameters for NoParameters {
    fn values(&self) -> Vec<(&'static str, ParameterIn, String)> {
        Vec::new()
    }
}
