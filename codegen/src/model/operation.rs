//! Operations: the calls an API serves (and the callbacks it makes), with their method, exact path, authentication,
//! messages per HTTP status and the error codes they may answer.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{FieldType, Provenance, SignatureChecks, Texts};

/// One operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Operation {
    /// A kebab-case id, unique per API, e.g. `vuk509-payment`.
    pub id: String,
    /// The Rust type name of the operation's descriptor, in UpperCamelCase, e.g. `Vuk509Payment`.
    pub rust_name: String,
    /// Who calls whom: the client calls the API (`request`), or the API calls the merchant (`callback`).
    pub direction: Direction,
    /// The HTTP method.
    pub method: HttpMethod,
    /// The path exactly as documented, with `{name}` for path parameters (for callbacks, the merchant's URL is
    /// configured; the path is a placeholder such as `{callbackUrl}`).
    pub path: String,
    /// How the call is authenticated (the `id` of one of the API's `auth_schemes`), or `none`.
    pub auth: String,
    /// How the request body is encoded.
    pub content_type: ContentType,
    /// The `id` of the mode the operation belongs to (iyzico's `vuk509` or `vuk507`); absent for operations common
    /// to every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// Path, query and header parameters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<Parameter>,
    /// The `name` of the request body message, if the call has a body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<String>,
    /// The responses, one per HTTP status.
    pub responses: Vec<Response>,
    /// Every error code the operation may answer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
    /// The pass-through error groups it may answer, whose codes and messages are another party's (a bank's, a
    /// payment service's) and so cannot be listed in `errors`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub error_groups: Vec<String>,
    /// Rules across its parameters, named by their wire names (e.g. exactly one of several query parameters), with
    /// the error answered when one is broken.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameter_rules: Vec<super::Rule>,
    /// How its response tells the call's outcome, for operations whose transitions depend on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<super::OutcomeBinding>,
    /// The code this operation answers a request that cannot be read with, where it is not the API's
    /// (`error_wire.request_invalid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decode_error: Option<super::Sourced<String>>,
    /// The status it answers a code with that has no HTTP status of its own, where it documents several error
    /// responses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub error_statuses: Vec<super::ErrorStatus>,
    /// What the operation does.
    pub doc: Texts,
    /// Where the operation comes from.
    pub provenance: Provenance,
}

/// Who calls whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The client calls the API.
    Request,
    /// The API calls the merchant's URL.
    Callback,
}

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    /// GET.
    Get,
    /// POST.
    Post,
    /// PUT.
    Put,
    /// DELETE.
    Delete,
}

impl HttpMethod {
    /// The method as written in HTTP.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Delete => "DELETE",
        }
    }
}

/// How a request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContentType {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// No body.
    None,
}

impl ContentType {
    /// The media type, if there is a body.
    pub fn media_type(self) -> Option<&'static str> {
        match self {
            ContentType::Json => Some("application/json"),
            ContentType::Form => Some("application/x-www-form-urlencoded"),
            ContentType::None => None,
        }
    }
}

/// A path, query or header parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Parameter {
    /// The name on the wire.
    pub name: String,
    /// The Rust field name, in snake_case.
    pub rust_name: String,
    /// Where it goes.
    #[serde(rename = "in")]
    pub location: ParameterLocation,
    /// Its type (strings, integers, decimals, enums).
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// Whether it must be given (path parameters always must).
    pub required: bool,
    /// Whether it carries a secret (shown redacted in `Debug`, logs, reports and captures).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    /// Other names a tolerant server accepts for it, each tied to the discrepancy that records it; clients send
    /// `name`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<super::Alias>,
    /// What it is.
    pub doc: Texts,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ParameterLocation {
    /// In the path, as `{name}`.
    Path,
    /// In the query string.
    Query,
    /// In an HTTP header.
    Header,
}

/// A response of an operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// The HTTP status.
    pub status: u16,
    /// The `name` of the body message, if the response has a body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The id of the discrepancy under which this response is tolerated rather than documented: a server built from
    /// the spec never sends it, but readers accept it and the conformance suite notes it instead of failing (e.g. a
    /// gateway answering a bad bearer token with 401 where the vendor documents 400).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerated: Option<String>,
    /// When the API answers so.
    pub doc: Texts,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A way of authenticating calls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthScheme {
    /// A kebab-case id that operations refer to, e.g. `bearer-access-token`.
    pub id: String,
    /// How it works.
    pub kind: AuthKind,
    /// What the caller does.
    pub doc: Texts,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// The mechanism of an authentication scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum AuthKind {
    /// `Authorization: Bearer <token>`.
    Bearer {
        /// What the token is, e.g. `JWT`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        format: Option<String>,
    },
    /// `Authorization: Basic base64(user:password)`.
    Basic,
    /// Credentials in the request body (form or JSON fields).
    BodyCredentials {
        /// The wire names of the credential fields.
        fields: Vec<String>,
    },
    /// An HMAC signature over the request in headers, per the `signing` recipe with this id.
    Signature {
        /// The `id` of the signing recipe.
        signing: String,
        /// The header that carries the caller's key alongside the signature (WiaPay's `X-API-Key`), if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key_header: Option<String>,
        /// The checks a receiver makes of a signed request, in order, and what each answers.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        checks: Option<SignatureChecks>,
    },
}

/// A mode an API is integrated in; operations of different modes never mix in one integration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mode {
    /// A kebab-case id, e.g. `vuk509`.
    pub id: String,
    /// The Rust marker type's name, e.g. `Vuk509`.
    pub rust_name: String,
    /// What the mode is.
    pub doc: Texts,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// A server of the API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Server {
    /// The base URL, with `{name}` for per-merchant parts.
    pub url: String,
    /// Which server it is (production, sandbox).
    pub doc: Texts,
    /// Where it comes from.
    pub provenance: Provenance,
}
