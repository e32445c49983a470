// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The messages of the Finrota Payment Web Service (PWS), from `spec/finrota-pws/`.
use std::collections::BTreeMap;
use serde::{Deserialize, Serialize};
use crate::support::{RuleInfo, broken_rules};
use super::errors::Code;
/// All responses returned from the services are provided in a standard JSON structure, along with an HTTP status code and an operation message, depending on the result of the transaction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorEnvelope {
    /// General information or error message
    #[serde(rename = "message")]
    pub message: Option<String>,
    /// The HTTP status code (e.g. 200, 400, 401, 404, 500), or for P011–P020 the vendor's pseudo-status 600–609, which is not an HTTP status.
    #[serde(rename = "statusCode")]
    pub status_code: i64,
    /// Application-level captured exception (optional)
    #[serde(
        rename = "exceptions",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::present::deserialize"
    )]
    pub exceptions: Option<serde_json::Value>,
    /// Successful operation response data
    #[serde(rename = "data")]
    pub data: serde_json::Value,
    /// Previous record information in update scenarios
    #[serde(rename = "oldData")]
    pub old_data: serde_json::Value,
    /// May contain multiple error objects (with code and message fields)
    #[serde(rename = "errors")]
    pub errors: Option<Vec<ErrorItem>>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl ErrorEnvelope {
    /// A ErrorEnvelope from its required fields; optional fields start absent.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        message: Option<String>,
        status_code: i64,
        data: serde_json::Value,
        old_data: serde_json::Value,
        errors: Option<Vec<ErrorItem>>,
    ) -> Self {
        Self {
            message,
            status_code,
            exceptions: None,
            data,
            old_data,
            errors,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups).
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        serde_json::to_value(self)
            .map_or_else(|_| Vec::new(), |value| broken_rules(&value, Self::RULES))
    }
}
/// One error of the errors array: a code and a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorItem {
    /// The error code, P001–P020 (see the catalog).
    #[serde(rename = "code")]
    pub code: crate::support::Open<Code>,
    /// The error message; the seed's example gives it in Turkish.
    #[serde(rename = "message")]
    pub message: String,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl ErrorItem {
    /// A ErrorItem from its required fields; optional fields start absent.
    #[allow(clippy::too_many_arguments)]
    pub fn new(code: crate::support::Open<Code>, message: String) -> Self {
        Self {
            code,
            message,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups).
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        serde_json::to_value(self)
            .map_or_else(|_| Vec::new(), |value| broken_rules(&value, Self::RULES))
    }
}
/// The names of this API's messages, as the spec gives them.
pub const MESSAGE_NAMES: &[&str] = &["ErrorEnvelope", "ErrorItem"];
/// Parses `json` as the message named `message` and serializes it again: the typed round trip, which must
/// give back the same JSON value. `None` when the API has no message of that name.
pub fn round_trip(
    message: &str,
    json: &str,
) -> Option<Result<String, serde_json::Error>> {
    Some(
        match message {
            "ErrorEnvelope" => {
                serde_json::from_str::<ErrorEnvelope>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "ErrorItem" => {
                serde_json::from_str::<ErrorItem>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            _ => return None,
        },
    )
}
