// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The messages of the WiaPay API, from `spec/wiapay/`.
use std::collections::BTreeMap;
use serde::{Deserialize, Serialize};
use crate::support::{RuleInfo, broken_rules};
use super::errors::Code;
/// All error responses follow a consistent JSON format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorEnvelope {
    /// Always false in an error response; the vendor advises always checking it.
    #[serde(rename = "success")]
    pub success: bool,
    /// The error: its code and message.
    #[serde(rename = "error")]
    pub error: ErrorBody,
    /// The time of the response, in Unix seconds (e.g. 1705320000).
    #[serde(rename = "timestamp")]
    pub timestamp: i64,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl ErrorEnvelope {
    /// A ErrorEnvelope from its required fields; optional fields start absent.
    #[allow(clippy::too_many_arguments)]
    pub fn new(success: bool, error: ErrorBody, timestamp: i64) -> Self {
        Self {
            success,
            error,
            timestamp,
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
/// The error object of an error response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// The error code (see the catalog), e.g. INVALID_SIGNATURE.
    #[serde(rename = "code")]
    pub code: crate::support::Open<Code>,
    /// Human-readable error message
    #[serde(rename = "message")]
    pub message: String,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl ErrorBody {
    /// A ErrorBody from its required fields; optional fields start absent.
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
pub const MESSAGE_NAMES: &[&str] = &["ErrorEnvelope", "ErrorBody"];
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
            "ErrorBody" => {
                serde_json::from_str::<ErrorBody>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            _ => return None,
        },
    )
}
