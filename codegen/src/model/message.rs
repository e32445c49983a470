//! Messages: the JSON shapes an API sends and receives, field by field.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Alias, Provenance, Texts};

/// A JSON object an API sends or receives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// The message's Rust type name, in UpperCamelCase, e.g. `ErrorEnvelope`; its JSON Schema file is the kebab-case form.
    pub name: String,
    /// What the message is.
    pub doc: Texts,
    /// Its fields, in wire order.
    pub fields: Vec<Field>,
    /// Rules across fields: conditionally required fields, one-of groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// Where the shape comes from.
    pub provenance: Provenance,
}

/// One field of a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The field's name on the wire, e.g. `errorCode`.
    pub wire: String,
    /// The Rust field name, in snake_case, e.g. `error_code`.
    pub rust_name: String,
    /// The field's type.
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// Whether the field must be present.
    pub required: bool,
    /// Whether the field may be `null`.
    #[serde(default)]
    pub nullable: bool,
    /// Whether the field carries a secret or card data (a card number, CVV or expiry, a password, a client or API
    /// secret, a token or authorization code): the generated `Debug`, and every log, report and capture built on
    /// the crate, show it redacted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    /// Other field names a tolerant reader accepts for this field (e.g. `saleType` for `salesType`), each tied to a
    /// discrepancy; writers send `wire`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<Alias>,
    /// The request field whose value this response field carries back (a correlation id such as `conversationId`):
    /// an answer to a request that sent a value there (not null, not empty) carries the same value here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub echoes: Option<Echo>,
    /// What the field is.
    pub doc: Texts,
    /// Where the field comes from.
    pub provenance: Provenance,
}

/// A response field that carries back a request field's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Echo {
    /// The request field's wire name, at the top level of the request message of an operation answering with this
    /// message.
    pub request_field: String,
    /// Where the rule comes from.
    pub provenance: Provenance,
}

/// The type of a field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum FieldType {
    /// A JSON string.
    String {
        /// The shortest value allowed, in characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_length: Option<u32>,
        /// The longest value allowed, in characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_length: Option<u32>,
        /// A regular expression (ECMA 262, anchored with `^...$`) every value matches, e.g. `^TR[0-9]{24}$`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pattern: Option<String>,
        /// A well-known format.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        format: Option<StringFormat>,
    },
    /// A JSON integer.
    Integer {
        /// The smallest value allowed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minimum: Option<i64>,
        /// The largest value allowed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        maximum: Option<i64>,
        /// What the number counts, where it is a time or an amount.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<IntegerUnit>,
    },
    /// A decimal number (an amount, a rate), never a binary float: kept with its exact digits and in the wire form
    /// the vendor uses.
    Decimal {
        /// Whether the vendor sends it as a JSON number (`100.0`) or as a decimal string (`"100.00"`).
        wire: DecimalWire,
        /// Whether it is an amount of money.
        #[serde(default)]
        money: bool,
        /// The smallest value allowed (e.g. an amount that must be positive), with where the bound comes from.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minimum: Option<DecimalMinimum>,
    },
    /// A JSON boolean.
    Boolean {
        /// The only value allowed, where the message fixes it (e.g. `success: false` in an error envelope).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        constant: Option<bool>,
    },
    /// A string of a named enumeration of the same API.
    Enum {
        /// The `name` of the enumeration.
        #[serde(rename = "enum")]
        name: String,
    },
    /// An object of another message of the same API.
    Message {
        /// The `name` of that message.
        message: String,
    },
    /// A JSON array.
    Array {
        /// The type of each item.
        items: Box<FieldType>,
        /// The fewest items allowed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_items: Option<u32>,
    },
    /// An error code of this API's catalog (open: a newer server may send codes the catalog does not know).
    ErrorCode,
    /// An error group of this API's catalog (open, like codes).
    ErrorGroup,
    /// Any JSON value, kept as it is (the vendor documents no shape for it).
    Json,
}

/// A well-known string format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StringFormat {
    /// A calendar date written `YYYYMMDD`, e.g. `20251120`.
    DateYyyymmdd,
    /// An ISO-8601 date and time with a UTC offset or `Z`, e.g. `2025-12-25T14:05:49.379055098+03:00`.
    DateTime,
    /// A UUID (GUID), e.g. `3f2504e0-4f89-11d3-9a0c-0305e82c3301`.
    Uuid,
    /// An absolute URI.
    Uri,
    /// An e-mail address.
    Email,
}

/// What an integer counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IntegerUnit {
    /// Seconds since the Unix epoch.
    UnixSeconds,
    /// Milliseconds since the Unix epoch.
    UnixMilliseconds,
    /// A calendar date written as the number `YYYYMMDD`.
    DateYyyymmdd,
    /// A duration in seconds.
    Seconds,
    /// An amount in the currency's smallest unit (kuruş for TRY).
    MinorCurrencyUnits,
}

/// The smallest value a decimal may take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecimalMinimum {
    /// The bound, as decimal text (e.g. `0`). A decimal sent as a string can only be bounded by `0`, which its schema
    /// says with a pattern; a number can be bounded by any value.
    pub value: String,
    /// Whether the bound itself is excluded (`true`: the value must be greater, e.g. a positive amount).
    #[serde(default)]
    pub exclusive: bool,
    /// Where the bound comes from: `vendor` where the source states it, else `decision` with the reason.
    pub provenance: super::Provenance,
}

/// How a decimal travels on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DecimalWire {
    /// A JSON number.
    Number,
    /// A JSON string of decimal digits.
    String,
}

/// A rule across the fields of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// What the rule requires.
    pub check: RuleCheck,
    /// The error code the API answers when the rule is broken, where documented or decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The rule in words.
    pub doc: Texts,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// What a rule requires (fields named by their wire names).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum RuleCheck {
    /// `field` must be present (and not null) when `when` holds.
    RequiredIf {
        /// The field that becomes required.
        field: String,
        /// The condition.
        when: Condition,
    },
    /// At least one of `fields` must be present (and not null).
    AtLeastOneOf {
        /// The fields.
        fields: Vec<String>,
    },
    /// Exactly one of `fields` must be present (and not null).
    ExactlyOneOf {
        /// The fields.
        fields: Vec<String>,
    },
    /// At most one of `fields` may be present (and not null); none is fine.
    AtMostOneOf {
        /// The fields.
        fields: Vec<String>,
    },
}

/// A condition on a field's value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The field (wire name).
    pub field: String,
    /// The value it has (an enum's wire value, a boolean, a number).
    pub equals: serde_json::Value,
}
