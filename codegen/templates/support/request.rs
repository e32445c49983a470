//! Preparing a call: an operation's path and query filled from its parameters and its body encoded exactly as sent.

use std::fmt;

use super::operation::{AllowedIn, BodyEncoding, Method, Operation, ParameterIn, Parameters};

/// A request ready to be sent: method, path with query, headers from parameters, and the exact body bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedRequest {
    /// The HTTP method.
    pub method: Method,
    /// The path (parameters filled in, percent-encoded) and query string.
    pub path_and_query: String,
    /// Headers that come from parameters.
    pub headers: Vec<(&'static str, String)>,
    /// The `Content-Type`, if there is a body.
    pub content_type: Option<&'static str>,
    /// The exact body text (empty for none): what is sent is what is signed.
    pub body: String,
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Why a request could not be prepared.
#[derive(Debug)]
pub enum PrepareError {
    /// The body could not be serialized.
    Json(serde_json::Error),
    /// A form body must be a flat object of scalars.
    NotAFlatForm(String),
    /// The named header's value holds a control character (CR, LF, NUL, DEL or another below space but tab), which
    /// could end the header and smuggle in others.
    InvalidHeaderValue(&'static str),
}

impl fmt::Display for PrepareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrepareError::Json(error) => write!(f, "cannot serialize the body: {error}"),
            PrepareError::NotAFlatForm(field) => write!(f, "form field {field} is not a string, number or boolean"),
            PrepareError::InvalidHeaderValue(name) => write!(f, "the value of header {name} holds a control character"),
        }
    }
}

impl std::error::Error for PrepareError {}

/// Whether text may be an HTTP field value (RFC 9110 §5.5): visible characters, spaces, tabs and bytes from 0x80 up.
fn is_header_value(text: &str) -> bool {
    text.bytes().all(|b| b == b'\t' || (b >= b' ' && b != 0x7f))
}

fn form_body(value: &serde_json::Value) -> Result<String, PrepareError> {
    let serde_json::Value::Object(map) = value else {
        return Err(PrepareError::NotAFlatForm("(body)".to_owned()));
    };
    let mut pairs = Vec::new();
    for (name, value) in map {
        let text = match value {
            serde_json::Value::String(text) => text.clone(),
            serde_json::Value::Number(number) => number.as_str().to_owned(),
            serde_json::Value::Bool(flag) => flag.to_string(),
            serde_json::Value::Null => continue,
            _ => return Err(PrepareError::NotAFlatForm(name.clone())),
        };
        pairs.push(format!("{}={}", percent_encode(name), percent_encode(&text)));
    }
    Ok(pairs.join("&"))
}

/// An integration in mode `M`: it prepares requests of its own mode's operations and of the common ones, and the
/// compiler refuses another mode's (iyzico: VUK 507 and VUK 509 never mix in one integration).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Integration<M> {
    mode: std::marker::PhantomData<M>,
}

impl<M> Integration<M> {
    /// A new integration in mode `M`.
    pub fn new() -> Self {
        Integration { mode: std::marker::PhantomData }
    }

    /// Prepares a call of operation `O`: the path with its parameters, the query string, and the exact body.
    pub fn prepare<O>(&self, parameters: &O::Parameters, request: &O::Request) -> Result<PreparedRequest, PrepareError>
    where
        O: Operation,
        O::Mode: AllowedIn<M>,
    {
        let info = O::INFO;
        let mut path = info.path.to_owned();
        let mut query = Vec::new();
        let mut headers = Vec::new();
        for (name, location, value) in parameters.values() {
            match location {
                ParameterIn::Path => path = path.replace(&format!("{{{name}}}"), &percent_encode(&value)),
                ParameterIn::Query => query.push(format!("{}={}", percent_encode(name), percent_encode(&value))),
                ParameterIn::Header if !is_header_value(&value) => return Err(PrepareError::InvalidHeaderValue(name)),
                ParameterIn::Header => headers.push((name, value)),
            }
        }
        if !query.is_empty() {
            path.push('?');
            path.push_str(&query.join("&"));
        }
        let body = match info.body {
            BodyEncoding::None => String::new(),
            BodyEncoding::Json => serde_json::to_string(request).map_err(PrepareError::Json)?,
            BodyEncoding::Form => form_body(&serde_json::to_value(request).map_err(PrepareError::Json)?)?,
        };
        Ok(PreparedRequest { method: info.method, path_and_query: path, headers, content_type: info.body.media_type(), body })
    }
}
