//! How an API's errors travel in the server direction: the error it answers a malformed request with, and where its
//! error messages (the envelope, and any other error body) carry the code, the text, the group and the status.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Provenance, Sourced};

/// How the API answers errors: one per API (by convention in `messages.json`, beside `error_envelope`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorWire {
    /// The error a request that cannot be read is answered with: malformed JSON or form, a wrong content type, a
    /// missing field, a wrong type, a value out of range or a broken rule without a code of its own.
    pub request_invalid: RequestInvalid,
    /// The status an operation answers a code with that has no HTTP status of its own, where the operation documents
    /// several error responses and names none for the code (`error_statuses`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback_status: Option<Sourced<u16>>,
    /// Every message an error is written in (the API's `error_envelope` among them), with where its parts go.
    pub envelopes: Vec<EnvelopeMapping>,
}

/// The error code answered for a request that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestInvalid {
    /// The code (of the API's catalog), e.g. `380104`, `P001`, `VALIDATION_ERROR`.
    pub code: String,
    /// The name of the code's placeholder that receives what is wrong and where (iyzico's `details`), if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Where the choice comes from (`decision` with a reason where the vendor does not say).
    pub provenance: Provenance,
}

/// Where an error message carries an error's parts, each a JSON pointer into the message (`/errors/0/code`: the
/// first item of an array).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeMapping {
    /// The `name` of the message.
    pub message: String,
    /// Where the error code is (a field of type `error_code`, a string or an open enumeration).
    pub code: String,
    /// Where the error's text is written (a string field each); it is read back from the first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<String>,
    /// Where the error group is (a field of type `error_group` or a string), if the message has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Where the status is written (an integer field): the code's pseudo-status, else the HTTP status answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Where the time of the answer is written (an integer field in Unix seconds or milliseconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Fields an error always has with the same value (iyzico's `status: "FAILURE"`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constants: Vec<EnvelopeConstant>,
    /// Where the mapping comes from.
    pub provenance: Provenance,
}

/// A field an error message always has with the same value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeConstant {
    /// Where the field is (a JSON pointer).
    pub at: String,
    /// The value (a string for a string field, a boolean for a boolean one).
    pub value: serde_json::Value,
}

/// The status an operation answers one of its codes with, where the catalog gives the code none and the operation
/// documents several error responses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorStatus {
    /// The code (one of the operation's `errors`).
    pub code: String,
    /// The HTTP status (one of the operation's responses).
    pub status: u16,
    /// Where it comes from.
    pub provenance: Provenance,
}
