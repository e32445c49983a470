//! Support shared by every API module: languages, retry advice, actors, open enums of wire values, message templates
//! and the serde helpers that keep a message's wire form through a round trip.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language of the catalogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Turkish.
    Tr,
}

impl Lang {
    /// Every language of the catalogs.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Tr];
}

/// Whether and how a client may retry after an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Retry {
    /// Retrying the same request cannot succeed.
    Never,
    /// Retry only after the actor fixed the cause (the request, credentials, card, balance, configuration).
    AfterFix,
    /// A transient condition: retry the same request with exponential backoff.
    Backoff,
    /// The outcome is unknown (the card may have been charged): query the transaction's status before any retry.
    QueryFirst,
}

/// Who must act to resolve an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The integrating software (the cash register, the merchant's server).
    Caller,
    /// The customer paying.
    Cardholder,
    /// The merchant's staff or administrator.
    Operator,
    /// The API provider, bank or payment service.
    Provider,
}

/// The party whose code and message a pass-through error group carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PassthroughOrigin {
    /// The card-issuing or acquiring bank.
    Bank,
    /// The vendor's own payment service behind the API.
    PaymentService,
}

/// A closed set of values that travel as strings on the wire (error codes, error groups).
pub trait WireEnum: Sized + Copy + 'static {
    /// Every value, in catalog order.
    const ALL: &'static [Self];

    /// The value as it appears on the wire.
    fn as_wire(self) -> &'static str;

    /// The value a wire string stands for, if it is one of [`Self::ALL`].
    fn from_wire(wire: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.as_wire() == wire)
    }
}

/// The error returned when a string is not one of a closed set of wire values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownWireValue {
    /// The string that was given.
    pub value: String,
    /// What was expected (e.g. `iyzico Terminal API error code`).
    pub expected: &'static str,
}

impl fmt::Display for UnknownWireValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\" is not a known {}", self.value, self.expected)
    }
}

impl std::error::Error for UnknownWireValue {}

/// Implements `Display`, `FromStr` and serde as the wire string for a [`WireEnum`].
macro_rules! wire_enum_traits {
    ($type:ty, $expected:literal) => {
        impl ::std::fmt::Display for $type {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::support::WireEnum::as_wire(*self))
            }
        }

        impl ::std::str::FromStr for $type {
            type Err = $crate::support::UnknownWireValue;

            fn from_str(wire: &str) -> Result<Self, Self::Err> {
                <$type as $crate::support::WireEnum>::from_wire(wire).ok_or_else(|| {
                    $crate::support::UnknownWireValue { value: wire.to_owned(), expected: $expected }
                })
            }
        }

        impl ::serde::Serialize for $type {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str($crate::support::WireEnum::as_wire(*self))
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $type {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let wire = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                wire.parse().map_err(::serde::de::Error::custom)
            }
        }
    };
}

pub(crate) use wire_enum_traits;

/// An open set of wire values: one this version knows, or one a newer server sends that it does not.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Open<T> {
    /// A value of the catalog.
    Known(T),
    /// A value the catalog does not know, kept as it came.
    Unknown(String),
}

impl<T: WireEnum> Open<T> {
    /// Classifies a wire string.
    pub fn from_wire(wire: &str) -> Self {
        T::from_wire(wire).map_or_else(|| Open::Unknown(wire.to_owned()), Open::Known)
    }

    /// The wire string, exactly as it came.
    pub fn as_wire(&self) -> &str {
        match self {
            Open::Known(value) => value.as_wire(),
            Open::Unknown(wire) => wire,
        }
    }

    /// The known value, if it is one.
    pub fn known(&self) -> Option<T> {
        match self {
            Open::Known(value) => Some(*value),
            Open::Unknown(_) => None,
        }
    }
}

impl<T: WireEnum> fmt::Display for Open<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_wire())
    }
}

impl<T: WireEnum> From<T> for Open<T> {
    fn from(value: T) -> Self {
        Open::Known(value)
    }
}

impl<T: WireEnum> Serialize for Open<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_wire())
    }
}

impl<'de, T: WireEnum> Deserialize<'de> for Open<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Ok(Open::from_wire(&wire))
    }
}

/// One piece of a message template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Piece {
    /// Literal text.
    Literal(&'static str),
    /// The argument of placeholder `{n}`.
    Placeholder(u8),
}

/// Fills a template with its arguments, given in placeholder order (`args[n]` for `{n}`).
pub fn render(template: &[Piece], args: &[String]) -> String {
    let mut out = String::new();
    for piece in template {
        match piece {
            Piece::Literal(text) => out.push_str(text),
            Piece::Placeholder(index) => {
                out.push_str(args.get(usize::from(*index)).map_or("", String::as_str));
            }
        }
    }
    out
}

/// Reads the arguments back out of a text made from `template` (surrounding white space ignored); `None` when the
/// text does not have the template's shape. Arguments come in placeholder order.
pub fn extract(template: &[Piece], text: &str) -> Option<Vec<String>> {
    let count = template
        .iter()
        .filter_map(|piece| match piece {
            Piece::Placeholder(index) => Some(usize::from(*index) + 1),
            Piece::Literal(_) => None,
        })
        .max()
        .unwrap_or(0);
    let mut args = vec![String::new(); count];
    let mut rest = text.trim();
    let mut pending: Option<u8> = None;
    for (position, piece) in template.iter().enumerate() {
        match (piece, pending.take()) {
            (Piece::Placeholder(_), Some(_)) => return None,
            (Piece::Placeholder(index), None) => pending = Some(*index),
            (Piece::Literal(literal), None) => rest = rest.strip_prefix(literal)?,
            (Piece::Literal(literal), Some(index)) => {
                let end = if position + 1 == template.len() {
                    rest.strip_suffix(literal)?.len()
                } else {
                    rest.find(literal)?
                };
                *args.get_mut(usize::from(index))? = rest[..end].to_owned();
                rest = &rest[end + literal.len()..];
            }
        }
    }
    if let Some(index) = pending {
        *args.get_mut(usize::from(index))? = rest.to_owned();
        rest = "";
    }
    rest.is_empty().then_some(args)
}

/// Serde helpers for an optional field that may also be `null`: absent is `None`, `null` is `Some(None)`, so both
/// survive a round trip.
pub mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Serializes `Some(None)` as `null` (the field is skipped when `None`).
    pub fn serialize<T: Serialize, S: Serializer>(value: &Option<Option<T>>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    /// Deserializes a present field: `null` as `Some(None)`, a value as `Some(Some(value))`.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(deserializer).map(Some)
    }
}

/// Serde helper for an optional field whose type can itself hold `null` (any JSON): a present `null` stays `Some(Null)`.
pub mod present {
    use serde::{Deserialize, Deserializer};

    /// Deserializes a present field as `Some(value)`, whatever the value.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
        T::deserialize(deserializer).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::{Piece, extract, render};

    const TWO: &[Piece] = &[
        Piece::Literal("Operation "),
        Piece::Placeholder(0),
        Piece::Literal(" is not supported for device modal: "),
        Piece::Placeholder(1),
    ];

    #[test]
    fn render_and_extract_are_inverse() {
        let args = vec!["VOID".to_owned(), "A910".to_owned()];
        let text = render(TWO, &args);
        assert_eq!(text, "Operation VOID is not supported for device modal: A910");
        assert_eq!(extract(TWO, &text), Some(args));
        assert_eq!(extract(TWO, "Something else"), None);
    }
}

/// How a decimal travels on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DecimalWire {
    /// A JSON number, e.g. `100.0`.
    Number,
    /// A JSON string of decimal digits, e.g. `"100.00"`.
    String,
}

/// A decimal number — an amount of money, a rate — never a binary float. It keeps its exact digits and the form it
/// came in (JSON number or decimal string), so `100.0` goes back out as `100.0` and `"100.00"` as `"100.00"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Decimal {
    digits: String,
    wire: DecimalWire,
}

/// The error returned for text that is not a plain decimal number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidDecimal(pub String);

impl fmt::Display for InvalidDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\" is not a decimal number (digits, an optional minus and fraction)", self.0)
    }
}

impl std::error::Error for InvalidDecimal {}

fn is_decimal(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

impl Decimal {
    /// A decimal from its digits (e.g. `"100.50"`), to be sent in the given wire form.
    pub fn new(digits: &str, wire: DecimalWire) -> Result<Self, InvalidDecimal> {
        if is_decimal(digits) {
            Ok(Decimal { digits: digits.to_owned(), wire })
        } else {
            Err(InvalidDecimal(digits.to_owned()))
        }
    }

    /// The exact digits, e.g. `100.0`.
    pub fn digits(&self) -> &str {
        &self.digits
    }

    /// The wire form it came in or will be sent in.
    pub fn wire(&self) -> DecimalWire {
        self.wire
    }

    /// The amount in minor units (e.g. kuruş) for a currency with `scale` fraction digits, if it has no more digits
    /// than that: `"100.5"` at scale 2 is `10050`.
    pub fn to_minor_units(&self, scale: u32) -> Option<i128> {
        let negative = self.digits.starts_with('-');
        let unsigned = self.digits.trim_start_matches('-');
        let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let fraction = fraction.trim_end_matches('0');
        if fraction.len() > scale as usize {
            return None;
        }
        let mut text = String::from(whole);
        text.push_str(fraction);
        text.extend(std::iter::repeat_n('0', scale as usize - fraction.len()));
        let value: i128 = text.parse().ok()?;
        Some(if negative { -value } else { value })
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.digits)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.wire {
            DecimalWire::String => serializer.serialize_str(&self.digits),
            DecimalWire::Number => {
                let number: serde_json::Number = self.digits.parse().map_err(serde::ser::Error::custom)?;
                number.serialize(serializer)
            }
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // serde_json's `arbitrary_precision` keeps a number's exact text in the `Number`.
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::Number(number) => {
                Decimal::new(&number.to_string(), DecimalWire::Number).map_err(serde::de::Error::custom)
            }
            serde_json::Value::String(text) => Decimal::new(&text, DecimalWire::String).map_err(serde::de::Error::custom),
            other => Err(serde::de::Error::custom(format!("expected a decimal number or string, found {other}"))),
        }
    }
}

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

/// A documented response of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseInfo {
    /// The HTTP status.
    pub status: u16,
    /// The name of the body message, if any.
    pub message: Option<&'static str>,
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
}

impl fmt::Display for PrepareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrepareError::Json(error) => write!(f, "cannot serialize the body: {error}"),
            PrepareError::NotAFlatForm(field) => write!(f, "form field {field} is not a string, number or boolean"),
        }
    }
}

impl std::error::Error for PrepareError {}

fn form_body(value: &serde_json::Value) -> Result<String, PrepareError> {
    let serde_json::Value::Object(map) = value else {
        return Err(PrepareError::NotAFlatForm("(body)".to_owned()));
    };
    let mut pairs = Vec::new();
    for (name, value) in map {
        let text = match value {
            serde_json::Value::String(text) => text.clone(),
            serde_json::Value::Number(number) => number.to_string(),
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

/// A rule across the fields of a message, as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// What the rule requires.
    pub check: RuleKind,
    /// The error code the API answers when it is broken, if known.
    pub error: Option<&'static str>,
    /// The rule in English.
    pub doc: &'static str,
}

/// What a rule requires; fields by wire name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// `field` must be present and not null when `when` has the JSON value `equals` (JSON text).
    RequiredIf {
        /// The field that becomes required.
        field: &'static str,
        /// The field the condition is on.
        when: &'static str,
        /// The value, as JSON text.
        equals: &'static str,
    },
    /// At least one of the fields must be present and not null.
    AtLeastOneOf(&'static [&'static str]),
    /// Exactly one of the fields must be present and not null.
    ExactlyOneOf(&'static [&'static str]),
}

/// The rules a JSON object breaks.
pub fn broken_rules<'r>(value: &serde_json::Value, rules: &'r [RuleInfo]) -> Vec<&'r RuleInfo> {
    let present = |field: &str| value.get(field).is_some_and(|v| !v.is_null());
    rules
        .iter()
        .filter(|rule| match rule.check {
            RuleKind::RequiredIf { field, when, equals } => {
                let expected: Option<serde_json::Value> = serde_json::from_str(equals).ok();
                value.get(when).is_some_and(|actual| Some(actual) == expected.as_ref()) && !present(field)
            }
            RuleKind::AtLeastOneOf(fields) => !fields.iter().any(|f| present(f)),
            RuleKind::ExactlyOneOf(fields) => fields.iter().filter(|f| present(f)).count() != 1,
        })
        .collect()
}

/// A transition of a lifecycle, as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransitionInfo<S: 'static> {
    /// The state it leaves.
    pub from: S,
    /// The state it enters.
    pub to: S,
    /// The id of the operation that causes it, if one does.
    pub operation: Option<&'static str>,
    /// The event that causes it when no operation does (English).
    pub event: Option<&'static str>,
    /// The condition under which it happens, if any (English).
    pub guard: Option<&'static str>,
}

/// An operation refused in a state, with the exact error answered, as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForbiddenInfo<S: 'static> {
    /// The state.
    pub state: S,
    /// The id of the operation refused.
    pub operation: &'static str,
    /// The condition under which it is refused, if any (English).
    pub guard: Option<&'static str>,
    /// The error code answered.
    pub code: &'static str,
    /// The HTTP status answered.
    pub http_status: u16,
    /// The arguments of the code's placeholders, by name.
    pub arguments: &'static [(&'static str, &'static str)],
}

/// A signed part of a signing recipe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SignedPart {
    /// The timestamp as decimal Unix seconds.
    Timestamp,
    /// The HTTP method, upper case.
    Method,
    /// The path with its prefix and query string.
    PathWithQuery,
    /// The exact body text.
    Body,
}

/// An HMAC-SHA256 signing recipe, as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SigningRecipe {
    /// The recipe's id.
    pub id: &'static str,
    /// The parts concatenated into the signed message, in order.
    pub parts: &'static [SignedPart],
    /// The header that carries the signature (lowercase hexadecimal).
    pub signature_header: &'static str,
    /// The header that carries the timestamp.
    pub timestamp_header: &'static str,
    /// How far the timestamp may be from the receiver's clock, either way, in seconds.
    pub window_seconds: u32,
}

/// What a signature covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignedRequest<'a> {
    /// Unix seconds.
    pub timestamp: i64,
    /// The HTTP method.
    pub method: &'a str,
    /// The path with prefix and query string.
    pub path_with_query: &'a str,
    /// The exact body text.
    pub body: &'a str,
}

/// Why a signature was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureError {
    /// The signature is not lowercase or uppercase hexadecimal of the right length.
    Malformed,
    /// The signature does not match.
    Mismatch,
    /// The timestamp is outside the window around the receiver's clock.
    Expired,
}

impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SignatureError::Malformed => "the signature is not 64 hexadecimal digits",
            SignatureError::Mismatch => "the signature does not match",
            SignatureError::Expired => "the timestamp is outside the allowed window",
        })
    }
}

impl std::error::Error for SignatureError {}

impl SigningRecipe {
    /// The signed message: the recipe's parts concatenated.
    pub fn message(&self, request: &SignedRequest<'_>) -> String {
        let mut message = String::new();
        for part in self.parts {
            match part {
                SignedPart::Timestamp => message.push_str(&request.timestamp.to_string()),
                SignedPart::Method => message.push_str(&request.method.to_ascii_uppercase()),
                SignedPart::PathWithQuery => message.push_str(request.path_with_query),
                SignedPart::Body => message.push_str(request.body),
            }
        }
        message
    }

    fn mac(&self, secret: &[u8], request: &SignedRequest<'_>) -> hmac::Hmac<sha2::Sha256> {
        use hmac::Mac;
        // HMAC takes keys of any length, so `new_from_slice` cannot fail.
        let mut mac = match hmac::Hmac::<sha2::Sha256>::new_from_slice(secret) {
            Ok(mac) => mac,
            Err(_) => unreachable!("HMAC accepts keys of every length"),
        };
        mac.update(self.message(request).as_bytes());
        mac
    }

    /// The signature, as lowercase hexadecimal.
    pub fn sign(&self, secret: &[u8], request: &SignedRequest<'_>) -> String {
        use hmac::Mac;
        self.mac(secret, request).finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Checks a signature in constant time, and the timestamp against `now` (Unix seconds) and the window.
    pub fn verify(&self, secret: &[u8], request: &SignedRequest<'_>, signature: &str, now: i64) -> Result<(), SignatureError> {
        use hmac::Mac;
        let bytes = decode_hex(signature).ok_or(SignatureError::Malformed)?;
        if bytes.len() != 32 {
            return Err(SignatureError::Malformed);
        }
        if request.timestamp.abs_diff(now) > u64::from(self.window_seconds) {
            return Err(SignatureError::Expired);
        }
        self.mac(secret, request).verify_slice(&bytes).map_err(|_| SignatureError::Mismatch)
    }
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}
