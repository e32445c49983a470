// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! The messages of the iyzico Terminal API, from `spec/iyzico-terminal/`.
use std::collections::BTreeMap;
use serde::{Deserialize, Serialize};
use crate::support::{RuleInfo, broken_rules};
use super::errors::Code;
use super::errors::Group;
/// The fields every terminal-host response carries to report a failure: status, error code, group and message.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ErrorEnvelope {
    /// The outcome, e.g. SUCCESS or FAILURE (the vendor writes "SUCCESS, FAILURE, etc.").
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::support::double_option"
    )]
    pub status: Option<Option<String>>,
    /// The error code (see the catalog); for BANK_ERROR and PAYMENT_ERROR the bank's or payment service's own code.
    #[serde(
        rename = "errorCode",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::support::double_option"
    )]
    pub error_code: Option<Option<crate::support::Open<Code>>>,
    /// The error message.
    #[serde(
        rename = "errorMessage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::support::double_option"
    )]
    pub error_message: Option<Option<String>>,
    /// The error group.
    #[serde(
        rename = "errorGroup",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::support::double_option"
    )]
    pub error_group: Option<Option<crate::support::Open<Group>>>,
    /// The server's time; the vendor gives the sample 0 and no unit.
    #[serde(
        rename = "systemTime",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::support::double_option"
    )]
    pub system_time: Option<Option<i64>>,
    /// A message for the end user, without technical detail.
    #[serde(
        rename = "consumerErrorMessage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::support::double_option"
    )]
    pub consumer_error_message: Option<Option<String>>,
    /// The caller's conversation id, echoed.
    #[serde(
        rename = "conversationId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::support::double_option"
    )]
    pub conversation_id: Option<Option<String>>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl ErrorEnvelope {
    /// A ErrorEnvelope from its required fields; optional fields start absent.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            status: None,
            error_code: None,
            error_message: None,
            error_group: None,
            system_time: None,
            consumer_error_message: None,
            conversation_id: None,
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
pub const MESSAGE_NAMES: &[&str] = &["ErrorEnvelope"];
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
            _ => return None,
        },
    )
}
