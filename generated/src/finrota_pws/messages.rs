// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The messages of the Finrota Payment Web Service (PWS), from `spec/finrota-pws/`.
use std::collections::BTreeMap;
use serde::{Deserialize, Serialize};
use crate::support::{RuleInfo, broken_rules};
use super::errors::Code;
use crate::support::RuleKind;
use super::enums::*;
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
    /// A ErrorEnvelope from its required fields, named in a [`ErrorEnvelopeRequired`]; optional fields start absent.
    pub fn new(required: ErrorEnvelopeRequired) -> Self {
        let ErrorEnvelopeRequired { message, status_code, data, old_data, errors } = required;
        Self {
            message,
            status_code,
            exceptions: Default::default(),
            data,
            old_data,
            errors,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`ErrorEnvelope`], by name, for [`ErrorEnvelope::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorEnvelopeRequired {
    /// General information or error message
    pub message: Option<String>,
    /// The HTTP status code (e.g. 200, 400, 401, 404, 500), or for P011–P020 the vendor's pseudo-status 600–609, which is not an HTTP status.
    pub status_code: i64,
    /// Successful operation response data
    pub data: serde_json::Value,
    /// Previous record information in update scenarios
    pub old_data: serde_json::Value,
    /// May contain multiple error objects (with code and message fields)
    pub errors: Option<Vec<ErrorItem>>,
}
impl From<ErrorEnvelopeRequired> for ErrorEnvelope {
    fn from(required: ErrorEnvelopeRequired) -> Self {
        Self::new(required)
    }
}
/// One error of the errors array: a code and a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorItem {
    /// The error code, P001–P020 (see the catalog).
    #[serde(rename = "code")]
    pub code: crate::support::Open<Code>,
    /// The error message; the vendor's example gives it in Turkish.
    #[serde(rename = "message")]
    pub message: String,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl ErrorItem {
    /// A ErrorItem from its required fields, named in a [`ErrorItemRequired`]; optional fields start absent.
    pub fn new(required: ErrorItemRequired) -> Self {
        let ErrorItemRequired { code, message } = required;
        Self {
            code,
            message,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`ErrorItem`], by name, for [`ErrorItem::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorItemRequired {
    /// The error code, P001–P020 (see the catalog).
    pub code: crate::support::Open<Code>,
    /// The error message; the vendor's example gives it in Turkish.
    pub message: String,
}
impl From<ErrorItemRequired> for ErrorItem {
    fn from(required: ErrorItemRequired) -> Self {
        Self::new(required)
    }
}
/// A simple JSON containing your ApiKey and SecretKey.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct AccessTokenRequest {
    /// The key provided for your application.
    #[serde(rename = "apiKey")]
    pub api_key: String,
    /// A key kept confidential for security purposes, sent only to you via email.
    #[serde(rename = "secretKey")]
    pub secret_key: String,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl AccessTokenRequest {
    /// A AccessTokenRequest from its required fields, named in a [`AccessTokenRequestRequired`]; optional fields start absent.
    pub fn new(required: AccessTokenRequestRequired) -> Self {
        let AccessTokenRequestRequired { api_key, secret_key } = required;
        Self {
            api_key,
            secret_key,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
impl std::fmt::Debug for AccessTokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessTokenRequest")
            .field("api_key", &self.api_key)
            .field("secret_key", &crate::support::Redacted(&self.secret_key))
            .field("extra", &self.extra)
            .finish()
    }
}
/// The required fields of a [`AccessTokenRequest`], by name, for [`AccessTokenRequest::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Clone, PartialEq)]
pub struct AccessTokenRequestRequired {
    /// The key provided for your application.
    pub api_key: String,
    /// A key kept confidential for security purposes, sent only to you via email.
    pub secret_key: String,
}
impl std::fmt::Debug for AccessTokenRequestRequired {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessTokenRequestRequired")
            .field("api_key", &self.api_key)
            .field("secret_key", &crate::support::Redacted(&self.secret_key))
            .finish()
    }
}
impl From<AccessTokenRequestRequired> for AccessTokenRequest {
    fn from(required: AccessTokenRequestRequired) -> Self {
        Self::new(required)
    }
}
/// You receive a JSON containing "token" (your AccessToken), "expiry" (when it expires), and "type" (Bearer).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct AccessToken {
    /// When it expires.
    #[serde(rename = "expiry")]
    pub expiry: String,
    /// Your AccessToken.
    #[serde(rename = "token")]
    pub token: String,
    /// Bearer.
    #[serde(rename = "type")]
    pub r#type: TokenType,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl AccessToken {
    /// A AccessToken from its required fields, named in a [`AccessTokenRequired`]; optional fields start absent.
    pub fn new(required: AccessTokenRequired) -> Self {
        let AccessTokenRequired { expiry, token, r#type } = required;
        Self {
            expiry,
            token,
            r#type,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
impl std::fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessToken")
            .field("expiry", &self.expiry)
            .field("token", &crate::support::Redacted(&self.token))
            .field("type", &self.r#type)
            .field("extra", &self.extra)
            .finish()
    }
}
/// The required fields of a [`AccessToken`], by name, for [`AccessToken::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Clone, PartialEq)]
pub struct AccessTokenRequired {
    /// When it expires.
    pub expiry: String,
    /// Your AccessToken.
    pub token: String,
    /// Bearer.
    pub r#type: TokenType,
}
impl std::fmt::Debug for AccessTokenRequired {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessTokenRequired")
            .field("expiry", &self.expiry)
            .field("token", &crate::support::Redacted(&self.token))
            .field("type", &self.r#type)
            .finish()
    }
}
impl From<AccessTokenRequired> for AccessToken {
    fn from(required: AccessTokenRequired) -> Self {
        Self::new(required)
    }
}
/// Each item represents a PaymentSet object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentSet {
    /// Unique identifier of the payment set
    #[serde(rename = "id")]
    pub id: String,
    /// Payment set name
    #[serde(rename = "name")]
    pub name: String,
    /// Is it the default set
    #[serde(rename = "isDefault")]
    pub is_default: bool,
    /// Description text
    #[serde(rename = "description")]
    pub description: Option<String>,
    /// Active status
    #[serde(rename = "isActive")]
    pub is_active: bool,
    /// Is net amount display enabled
    #[serde(rename = "isShowNetAmount")]
    pub is_show_net_amount: bool,
    /// Can the user change the commission type
    #[serde(rename = "canUserChangeCommApplyType")]
    pub can_user_change_comm_apply_type: bool,
    /// Payment set code in the ERP system
    #[serde(rename = "erpCode")]
    pub erp_code: Option<String>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl PaymentSet {
    /// A PaymentSet from its required fields, named in a [`PaymentSetRequired`]; optional fields start absent.
    pub fn new(required: PaymentSetRequired) -> Self {
        let PaymentSetRequired {
            id,
            name,
            is_default,
            description,
            is_active,
            is_show_net_amount,
            can_user_change_comm_apply_type,
            erp_code,
        } = required;
        Self {
            id,
            name,
            is_default,
            description,
            is_active,
            is_show_net_amount,
            can_user_change_comm_apply_type,
            erp_code,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PaymentSet`], by name, for [`PaymentSet::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentSetRequired {
    /// Unique identifier of the payment set
    pub id: String,
    /// Payment set name
    pub name: String,
    /// Is it the default set
    pub is_default: bool,
    /// Description text
    pub description: Option<String>,
    /// Active status
    pub is_active: bool,
    /// Is net amount display enabled
    pub is_show_net_amount: bool,
    /// Can the user change the commission type
    pub can_user_change_comm_apply_type: bool,
    /// Payment set code in the ERP system
    pub erp_code: Option<String>,
}
impl From<PaymentSetRequired> for PaymentSet {
    fn from(required: PaymentSetRequired) -> Self {
        Self::new(required)
    }
}
/// The answer of GET /pws/paymentSet: the standard envelope whose data is the list of payment sets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentSetListResponse {
    /// General information or error message
    #[serde(rename = "message")]
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
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
    /// All payment sets defined in the system, as an array.
    #[serde(rename = "data")]
    pub data: Option<Vec<PaymentSet>>,
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
impl PaymentSetListResponse {
    /// A PaymentSetListResponse from its required fields, named in a [`PaymentSetListResponseRequired`]; optional fields start absent.
    pub fn new(required: PaymentSetListResponseRequired) -> Self {
        let PaymentSetListResponseRequired {
            message,
            status_code,
            data,
            old_data,
            errors,
        } = required;
        Self {
            message,
            status_code,
            exceptions: Default::default(),
            data,
            old_data,
            errors,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PaymentSetListResponse`], by name, for [`PaymentSetListResponse::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentSetListResponseRequired {
    /// General information or error message
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
    pub status_code: i64,
    /// All payment sets defined in the system, as an array.
    pub data: Option<Vec<PaymentSet>>,
    /// Previous record information in update scenarios
    pub old_data: serde_json::Value,
    /// May contain multiple error objects (with code and message fields)
    pub errors: Option<Vec<ErrorItem>>,
}
impl From<PaymentSetListResponseRequired> for PaymentSetListResponse {
    fn from(required: PaymentSetListResponseRequired) -> Self {
        Self::new(required)
    }
}
/// Logo information (small/medium/large paths etc.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PosLogo {
    /// Logo identifier
    #[serde(rename = "id")]
    pub id: String,
    /// Background color of the logo
    #[serde(rename = "colorCode")]
    pub color_code: String,
    /// Default logo
    #[serde(rename = "isDefault")]
    pub is_default: bool,
    /// Small size logo path
    #[serde(rename = "logoSmall")]
    pub logo_small: String,
    /// Medium size logo
    #[serde(rename = "logoMedium")]
    pub logo_medium: Option<String>,
    /// Large size logo
    #[serde(rename = "logoBig")]
    pub logo_big: Option<String>,
    /// Cell color for installments in UI
    #[serde(rename = "installmentCellColor")]
    pub installment_cell_color: String,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl PosLogo {
    /// A PosLogo from its required fields, named in a [`PosLogoRequired`]; optional fields start absent.
    pub fn new(required: PosLogoRequired) -> Self {
        let PosLogoRequired {
            id,
            color_code,
            is_default,
            logo_small,
            logo_medium,
            logo_big,
            installment_cell_color,
        } = required;
        Self {
            id,
            color_code,
            is_default,
            logo_small,
            logo_medium,
            logo_big,
            installment_cell_color,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PosLogo`], by name, for [`PosLogo::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PosLogoRequired {
    /// Logo identifier
    pub id: String,
    /// Background color of the logo
    pub color_code: String,
    /// Default logo
    pub is_default: bool,
    /// Small size logo path
    pub logo_small: String,
    /// Medium size logo
    pub logo_medium: Option<String>,
    /// Large size logo
    pub logo_big: Option<String>,
    /// Cell color for installments in UI
    pub installment_cell_color: String,
}
impl From<PosLogoRequired> for PosLogo {
    fn from(required: PosLogoRequired) -> Self {
        Self::new(required)
    }
}
/// Installment options and rates
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommRate {
    /// Number of installments
    #[serde(rename = "installment")]
    pub installment: i64,
    /// Commission application type ID
    #[serde(rename = "commApplyTypeId")]
    pub comm_apply_type_id: i64,
    /// Commission rate (percentage)
    #[serde(rename = "processCommRate")]
    pub process_comm_rate: crate::support::Decimal,
    /// Campaign/additional installment count (if any)
    #[serde(rename = "plusInstallment")]
    pub plus_installment: i64,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl CommRate {
    /// A CommRate from its required fields, named in a [`CommRateRequired`]; optional fields start absent.
    pub fn new(required: CommRateRequired) -> Self {
        let CommRateRequired {
            installment,
            comm_apply_type_id,
            process_comm_rate,
            plus_installment,
        } = required;
        Self {
            installment,
            comm_apply_type_id,
            process_comm_rate,
            plus_installment,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`CommRate`], by name, for [`CommRate::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct CommRateRequired {
    /// Number of installments
    pub installment: i64,
    /// Commission application type ID
    pub comm_apply_type_id: i64,
    /// Commission rate (percentage)
    pub process_comm_rate: crate::support::Decimal,
    /// Campaign/additional installment count (if any)
    pub plus_installment: i64,
}
impl From<CommRateRequired> for CommRate {
    fn from(required: CommRateRequired) -> Self {
        Self::new(required)
    }
}
/// For each POS, basic fields and commRates (installment/commission) are included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentOptionPos {
    /// POS name (bank/provider name)
    #[serde(rename = "name")]
    pub name: String,
    /// POS color (for UI purposes)
    #[serde(rename = "colorCode")]
    pub color_code: String,
    /// Logo information (small/medium/large paths etc.)
    #[serde(rename = "logo")]
    pub logo: PosLogo,
    /// Installment options and rates
    #[serde(rename = "commRates")]
    pub comm_rates: Vec<CommRate>,
    /// Should the commission rate be displayed in UI
    #[serde(rename = "isVisibleCommRate")]
    pub is_visible_comm_rate: bool,
    /// Is it the default POS
    #[serde(rename = "isDefaultPos")]
    pub is_default_pos: bool,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl PaymentOptionPos {
    /// A PaymentOptionPos from its required fields, named in a [`PaymentOptionPosRequired`]; optional fields start absent.
    pub fn new(required: PaymentOptionPosRequired) -> Self {
        let PaymentOptionPosRequired {
            name,
            color_code,
            logo,
            comm_rates,
            is_visible_comm_rate,
            is_default_pos,
        } = required;
        Self {
            name,
            color_code,
            logo,
            comm_rates,
            is_visible_comm_rate,
            is_default_pos,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PaymentOptionPos`], by name, for [`PaymentOptionPos::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentOptionPosRequired {
    /// POS name (bank/provider name)
    pub name: String,
    /// POS color (for UI purposes)
    pub color_code: String,
    /// Logo information (small/medium/large paths etc.)
    pub logo: PosLogo,
    /// Installment options and rates
    pub comm_rates: Vec<CommRate>,
    /// Should the commission rate be displayed in UI
    pub is_visible_comm_rate: bool,
    /// Is it the default POS
    pub is_default_pos: bool,
}
impl From<PaymentOptionPosRequired> for PaymentOptionPos {
    fn from(required: PaymentOptionPosRequired) -> Self {
        Self::new(required)
    }
}
/// The answer of GET /pws/paymentOptions: the standard envelope whose data is the list of POS entries of the payment set in the currency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentOptionListResponse {
    /// General information or error message
    #[serde(rename = "message")]
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
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
    /// Returns a list of POS entries.
    #[serde(rename = "data")]
    pub data: Option<Vec<PaymentOptionPos>>,
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
impl PaymentOptionListResponse {
    /// A PaymentOptionListResponse from its required fields, named in a [`PaymentOptionListResponseRequired`]; optional fields start absent.
    pub fn new(required: PaymentOptionListResponseRequired) -> Self {
        let PaymentOptionListResponseRequired {
            message,
            status_code,
            data,
            old_data,
            errors,
        } = required;
        Self {
            message,
            status_code,
            exceptions: Default::default(),
            data,
            old_data,
            errors,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PaymentOptionListResponse`], by name, for [`PaymentOptionListResponse::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentOptionListResponseRequired {
    /// General information or error message
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
    pub status_code: i64,
    /// Returns a list of POS entries.
    pub data: Option<Vec<PaymentOptionPos>>,
    /// Previous record information in update scenarios
    pub old_data: serde_json::Value,
    /// May contain multiple error objects (with code and message fields)
    pub errors: Option<Vec<ErrorItem>>,
}
impl From<PaymentOptionListResponseRequired> for PaymentOptionListResponse {
    fn from(required: PaymentOptionListResponseRequired) -> Self {
        Self::new(required)
    }
}
/// The path and query parameters of GET /pws/paymentOptions/ with a BIN, as one object. Not a body on the wire: the form in which the parameters are validated and exemplified.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentOptionsByBinQuery {
    /// Card BIN number (6 or 8 digits, leading zeros are preserved)
    #[serde(rename = "binNumber")]
    pub bin_number: String,
    /// Currency (e.g. TRY)
    #[serde(rename = "currency")]
    pub currency: String,
    /// Payment set identifier
    #[serde(rename = "paymentSetId")]
    pub payment_set_id: String,
    /// (If provided) transaction amount to evaluate amount-based rules
    #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<crate::support::Decimal>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl PaymentOptionsByBinQuery {
    /// A PaymentOptionsByBinQuery from its required fields, named in a [`PaymentOptionsByBinQueryRequired`]; optional fields start absent.
    pub fn new(required: PaymentOptionsByBinQueryRequired) -> Self {
        let PaymentOptionsByBinQueryRequired { bin_number, currency, payment_set_id } = required;
        Self {
            bin_number,
            currency,
            payment_set_id,
            amount: Default::default(),
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PaymentOptionsByBinQuery`], by name, for [`PaymentOptionsByBinQuery::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentOptionsByBinQueryRequired {
    /// Card BIN number (6 or 8 digits, leading zeros are preserved)
    pub bin_number: String,
    /// Currency (e.g. TRY)
    pub currency: String,
    /// Payment set identifier
    pub payment_set_id: String,
}
impl From<PaymentOptionsByBinQueryRequired> for PaymentOptionsByBinQuery {
    fn from(required: PaymentOptionsByBinQueryRequired) -> Self {
        Self::new(required)
    }
}
/// List of eligible POS
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BinPos {
    /// Payment set–POS relationship identifier
    #[serde(
        rename = "paymentSetPosId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_set_pos_id: Option<String>,
    /// Tenant POS identifier
    #[serde(rename = "tenantPosId", default, skip_serializing_if = "Option::is_none")]
    pub tenant_pos_id: Option<String>,
    /// Virtual POS / VPOS API identifier
    #[serde(rename = "vPosApiId", default, skip_serializing_if = "Option::is_none")]
    pub v_pos_api_id: Option<i64>,
    /// 3D Secure status (according to system definition)
    #[serde(rename = "threeDStatus", default, skip_serializing_if = "Option::is_none")]
    pub three_d_status: Option<i64>,
    /// Is CVV usage required
    #[serde(rename = "isCvvUse", default, skip_serializing_if = "Option::is_none")]
    pub is_cvv_use: Option<bool>,
    /// Is it the default POS
    #[serde(rename = "isDefaultPos", default, skip_serializing_if = "Option::is_none")]
    pub is_default_pos: Option<bool>,
    /// POS name
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Logo information
    #[serde(rename = "logo", default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<PosLogo>,
    /// Installment/commission list (see table below)
    #[serde(rename = "commRates", default, skip_serializing_if = "Option::is_none")]
    pub comm_rates: Option<Vec<CommRate>>,
    /// POS currency definition identifier
    #[serde(
        rename = "posCurrencyDefinitionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pos_currency_definition_id: Option<String>,
    /// Card type ID
    #[serde(
        rename = "creditCardTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_card_type_id: Option<i64>,
    /// Card program ID
    #[serde(
        rename = "creditCardProgramId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credit_card_program_id: Option<i64>,
    /// Is it a business card
    #[serde(rename = "isBusinessCard", default, skip_serializing_if = "Option::is_none")]
    pub is_business_card: Option<bool>,
    /// Is CVV required for saved cards
    #[serde(
        rename = "savedCreditCardUseCvv",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub saved_credit_card_use_cvv: Option<bool>,
    /// Is there a campaign
    #[serde(rename = "hasCampaign", default, skip_serializing_if = "Option::is_none")]
    pub has_campaign: Option<bool>,
    /// Integrated partner API definition (if any)
    #[serde(
        rename = "partnerApiDefinition",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub partner_api_definition: crate::support::Nullable<i64>,
    /// BIN filter identifier (if any)
    #[serde(
        rename = "binFilterId",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub bin_filter_id: crate::support::Nullable<String>,
    /// Maximum maturity day count
    #[serde(
        rename = "maxMaturityDayCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_maturity_day_count: Option<i64>,
    /// POS type ID
    #[serde(rename = "posTypeId", default, skip_serializing_if = "Option::is_none")]
    pub pos_type_id: Option<i64>,
    /// Non-BIN-specific POS
    #[serde(rename = "nonBinPos", default, skip_serializing_if = "Option::is_none")]
    pub non_bin_pos: Option<bool>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl BinPos {
    /// A BinPos with every field absent.
    pub fn new() -> Self {
        Self {
            payment_set_pos_id: Default::default(),
            tenant_pos_id: Default::default(),
            v_pos_api_id: Default::default(),
            three_d_status: Default::default(),
            is_cvv_use: Default::default(),
            is_default_pos: Default::default(),
            name: Default::default(),
            logo: Default::default(),
            comm_rates: Default::default(),
            pos_currency_definition_id: Default::default(),
            credit_card_type_id: Default::default(),
            credit_card_program_id: Default::default(),
            is_business_card: Default::default(),
            saved_credit_card_use_cvv: Default::default(),
            has_campaign: Default::default(),
            partner_api_definition: Default::default(),
            bin_filter_id: Default::default(),
            max_maturity_day_count: Default::default(),
            pos_type_id: Default::default(),
            non_bin_pos: Default::default(),
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// At the root level, general rules and the poses list are included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BinPaymentOptions {
    /// Commission application type ID
    #[serde(rename = "commApplyTypeId")]
    pub comm_apply_type_id: i64,
    /// (If any) minimum installment limit
    #[serde(
        rename = "installmentLowerLimit",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub installment_lower_limit: crate::support::Nullable<crate::support::Decimal>,
    /// (If any) 3D Secure mandatory limit
    #[serde(
        rename = "threeDLimit",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub three_d_limit: crate::support::Nullable<crate::support::Decimal>,
    /// List of eligible POS
    #[serde(rename = "poses")]
    pub poses: Vec<BinPos>,
    /// General installment limit (if any)
    #[serde(
        rename = "generalInstallmentLimit",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub general_installment_limit: crate::support::Nullable<crate::support::Decimal>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl BinPaymentOptions {
    /// A BinPaymentOptions from its required fields, named in a [`BinPaymentOptionsRequired`]; optional fields start absent.
    pub fn new(required: BinPaymentOptionsRequired) -> Self {
        let BinPaymentOptionsRequired { comm_apply_type_id, poses } = required;
        Self {
            comm_apply_type_id,
            installment_lower_limit: Default::default(),
            three_d_limit: Default::default(),
            poses,
            general_installment_limit: Default::default(),
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`BinPaymentOptions`], by name, for [`BinPaymentOptions::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct BinPaymentOptionsRequired {
    /// Commission application type ID
    pub comm_apply_type_id: i64,
    /// List of eligible POS
    pub poses: Vec<BinPos>,
}
impl From<BinPaymentOptionsRequired> for BinPaymentOptions {
    fn from(required: BinPaymentOptionsRequired) -> Self {
        Self::new(required)
    }
}
/// The answer of GET /pws/paymentOptions/ with a BIN: the standard envelope whose data is the general rules and the eligible POS list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentOptionsByBinResponse {
    /// General information or error message
    #[serde(rename = "message")]
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
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
    /// At the root level, general rules and the poses list are included.
    #[serde(rename = "data")]
    pub data: Option<BinPaymentOptions>,
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
impl PaymentOptionsByBinResponse {
    /// A PaymentOptionsByBinResponse from its required fields, named in a [`PaymentOptionsByBinResponseRequired`]; optional fields start absent.
    pub fn new(required: PaymentOptionsByBinResponseRequired) -> Self {
        let PaymentOptionsByBinResponseRequired {
            message,
            status_code,
            data,
            old_data,
            errors,
        } = required;
        Self {
            message,
            status_code,
            exceptions: Default::default(),
            data,
            old_data,
            errors,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PaymentOptionsByBinResponse`], by name, for [`PaymentOptionsByBinResponse::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentOptionsByBinResponseRequired {
    /// General information or error message
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
    pub status_code: i64,
    /// At the root level, general rules and the poses list are included.
    pub data: Option<BinPaymentOptions>,
    /// Previous record information in update scenarios
    pub old_data: serde_json::Value,
    /// May contain multiple error objects (with code and message fields)
    pub errors: Option<Vec<ErrorItem>>,
}
impl From<PaymentOptionsByBinResponseRequired> for PaymentOptionsByBinResponse {
    fn from(required: PaymentOptionsByBinResponseRequired) -> Self {
        Self::new(required)
    }
}
/// Cardholder information
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentContact {
    /// First name
    #[serde(rename = "name")]
    pub name: String,
    /// Last name
    #[serde(rename = "surname")]
    pub surname: String,
    /// Email
    #[serde(rename = "email")]
    pub email: String,
    /// National ID (regulation dependent)
    #[serde(rename = "tckn", default, skip_serializing_if = "Option::is_none")]
    pub tckn: Option<String>,
    /// Description
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Mobile phone
    #[serde(rename = "phone", default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl PaymentContact {
    /// A PaymentContact from its required fields, named in a [`PaymentContactRequired`]; optional fields start absent.
    pub fn new(required: PaymentContactRequired) -> Self {
        let PaymentContactRequired { name, surname, email } = required;
        Self {
            name,
            surname,
            email,
            tckn: Default::default(),
            description: Default::default(),
            phone: Default::default(),
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
impl std::fmt::Debug for PaymentContact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PaymentContact")
            .field("name", &self.name)
            .field("surname", &self.surname)
            .field("email", &self.email)
            .field("tckn", &crate::support::Redacted(&self.tckn))
            .field("description", &self.description)
            .field("phone", &self.phone)
            .field("extra", &self.extra)
            .finish()
    }
}
/// The required fields of a [`PaymentContact`], by name, for [`PaymentContact::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentContactRequired {
    /// First name
    pub name: String,
    /// Last name
    pub surname: String,
    /// Email
    pub email: String,
}
impl From<PaymentContactRequired> for PaymentContact {
    fn from(required: PaymentContactRequired) -> Self {
        Self::new(required)
    }
}
/// Card information
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentCard {
    /// Card number (PAN)
    #[serde(rename = "cardNumber")]
    pub card_number: String,
    /// Name on card
    #[serde(rename = "cardHolderName")]
    pub card_holder_name: String,
    /// Security code
    #[serde(rename = "cvv")]
    pub cvv: String,
    /// Expiration month (1–12)
    #[serde(rename = "expMonth")]
    pub exp_month: i64,
    /// Expiration year (YYYY)
    #[serde(rename = "expYear")]
    pub exp_year: i64,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl PaymentCard {
    /// A PaymentCard from its required fields, named in a [`PaymentCardRequired`]; optional fields start absent.
    pub fn new(required: PaymentCardRequired) -> Self {
        let PaymentCardRequired {
            card_number,
            card_holder_name,
            cvv,
            exp_month,
            exp_year,
        } = required;
        Self {
            card_number,
            card_holder_name,
            cvv,
            exp_month,
            exp_year,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
impl std::fmt::Debug for PaymentCard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PaymentCard")
            .field("card_number", &crate::support::Redacted(&self.card_number))
            .field("card_holder_name", &crate::support::Redacted(&self.card_holder_name))
            .field("cvv", &crate::support::Redacted(&self.cvv))
            .field("exp_month", &crate::support::Redacted(&self.exp_month))
            .field("exp_year", &crate::support::Redacted(&self.exp_year))
            .field("extra", &self.extra)
            .finish()
    }
}
/// The required fields of a [`PaymentCard`], by name, for [`PaymentCard::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Clone, PartialEq)]
pub struct PaymentCardRequired {
    /// Card number (PAN)
    pub card_number: String,
    /// Name on card
    pub card_holder_name: String,
    /// Security code
    pub cvv: String,
    /// Expiration month (1–12)
    pub exp_month: i64,
    /// Expiration year (YYYY)
    pub exp_year: i64,
}
impl std::fmt::Debug for PaymentCardRequired {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PaymentCardRequired")
            .field("card_number", &crate::support::Redacted(&self.card_number))
            .field("card_holder_name", &crate::support::Redacted(&self.card_holder_name))
            .field("cvv", &crate::support::Redacted(&self.cvv))
            .field("exp_month", &crate::support::Redacted(&self.exp_month))
            .field("exp_year", &crate::support::Redacted(&self.exp_year))
            .finish()
    }
}
impl From<PaymentCardRequired> for PaymentCard {
    fn from(required: PaymentCardRequired) -> Self {
        Self::new(required)
    }
}
/// The body of POST /pws/payment: starts a 3D payment (use3D true, answered with the bank's redirect URL) or completes a non-3D payment at once (use3D false).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentRequest {
    /// agentCode is typically the customer code
    #[serde(rename = "agentCode")]
    pub agent_code: String,
    /// Transaction amount
    #[serde(rename = "amount")]
    pub amount: crate::support::Decimal,
    /// Number of installments (use 1 for single payment)
    #[serde(rename = "installment")]
    pub installment: i64,
    /// POS identifier to be used
    #[serde(rename = "tenantPosId")]
    pub tenant_pos_id: String,
    /// The payment set the POS is used through: the id of an item of GET /pws/paymentSet.
    #[serde(rename = "paymentSetDefinitionId")]
    pub payment_set_definition_id: String,
    /// ISO 4217 currency code
    #[serde(rename = "currencyCode")]
    pub currency_code: String,
    /// Whether to use 3D Secure
    #[serde(rename = "use3D")]
    pub use_3d: bool,
    /// Redirect URL after OTP
    #[serde(
        rename = "returnUrl",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub return_url: crate::support::Nullable<String>,
    /// The merchant's order reference; optional, recommended for idempotency tracking. The transaction query knows it as clientReferenceNumber.
    #[serde(
        rename = "clientOrderReferenceCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_order_reference_code: Option<String>,
    /// Cardholder information
    #[serde(rename = "contact")]
    pub contact: PaymentContact,
    /// Card information
    #[serde(rename = "card")]
    pub card: PaymentCard,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl PaymentRequest {
    /// A PaymentRequest from its required fields, named in a [`PaymentRequestRequired`]; optional fields start absent.
    pub fn new(required: PaymentRequestRequired) -> Self {
        let PaymentRequestRequired {
            agent_code,
            amount,
            installment,
            tenant_pos_id,
            payment_set_definition_id,
            currency_code,
            use_3d,
            contact,
            card,
        } = required;
        Self {
            agent_code,
            amount,
            installment,
            tenant_pos_id,
            payment_set_definition_id,
            currency_code,
            use_3d,
            return_url: Default::default(),
            client_order_reference_code: Default::default(),
            contact,
            card,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[
        RuleInfo {
            check: RuleKind::RequiredIf {
                field: "returnUrl",
                when: "use3D",
                equals: "true",
            },
            error: Some("P001"),
            doc: "returnUrl is required when use3D is true: the bank sends the cardholder back there after the OTP step.",
            provenance: crate::support::Provenance {
                source: &super::SOURCES[9],
                basis: crate::support::Basis::Decision,
                reason: Some(
                    "returnUrl is required for 3D (the payment page and the VPWS table); the error is P001, whose scenario is a missing required field.",
                ),
            },
        },
    ];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PaymentRequest`], by name, for [`PaymentRequest::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentRequestRequired {
    /// agentCode is typically the customer code
    pub agent_code: String,
    /// Transaction amount
    pub amount: crate::support::Decimal,
    /// Number of installments (use 1 for single payment)
    pub installment: i64,
    /// POS identifier to be used
    pub tenant_pos_id: String,
    /// The payment set the POS is used through: the id of an item of GET /pws/paymentSet.
    pub payment_set_definition_id: String,
    /// ISO 4217 currency code
    pub currency_code: String,
    /// Whether to use 3D Secure
    pub use_3d: bool,
    /// Cardholder information
    pub contact: PaymentContact,
    /// Card information
    pub card: PaymentCard,
}
impl From<PaymentRequestRequired> for PaymentRequest {
    fn from(required: PaymentRequestRequired) -> Self {
        Self::new(required)
    }
}
/// The data of the payment and commit answers: whether the bank authorized the payment, the redirect URL of a 3D payment, and the transaction's status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentResult {
    /// For a 3D payment: where the cardholder is sent for the bank's OTP step.
    #[serde(
        rename = "redirectUrl",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub redirect_url: crate::support::Nullable<String>,
    /// The transaction's status. Known values: 1 successful, 2 failed, 3 pending (VPWS status table), 6 seen after a partial refund; other values may come.
    #[serde(
        rename = "transactionStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_status_id: Option<crate::support::Open<TransactionStatus>>,
    /// Whether the bank authorized the operation; false with errorCode and errorMessage when it did not, even when the HTTP status is 200.
    #[serde(rename = "isSuccess")]
    pub is_success: bool,
    /// The error code at the transaction level (P011–P015 for the bank's answers); null on success.
    #[serde(
        rename = "errorCode",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub error_code: crate::support::Nullable<crate::support::Open<Code>>,
    /// errorMessage is a short description that can be shown to the user.
    #[serde(
        rename = "errorMessage",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub error_message: crate::support::Nullable<String>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl PaymentResult {
    /// A PaymentResult from its one required field, `is_success`; optional fields start absent.
    pub fn new(is_success: bool) -> Self {
        Self {
            redirect_url: Default::default(),
            transaction_status_id: Default::default(),
            is_success,
            error_code: Default::default(),
            error_message: Default::default(),
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The answer of POST /pws/payment: the standard envelope whose data is the payment's outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentResponse {
    /// General information or error message
    #[serde(rename = "message")]
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
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
    /// The payment's outcome: the redirect URL of a 3D payment, or the bank's answer to a non-3D payment.
    #[serde(rename = "data")]
    pub data: Option<PaymentResult>,
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
impl PaymentResponse {
    /// A PaymentResponse from its required fields, named in a [`PaymentResponseRequired`]; optional fields start absent.
    pub fn new(required: PaymentResponseRequired) -> Self {
        let PaymentResponseRequired { message, status_code, data, old_data, errors } = required;
        Self {
            message,
            status_code,
            exceptions: Default::default(),
            data,
            old_data,
            errors,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PaymentResponse`], by name, for [`PaymentResponse::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentResponseRequired {
    /// General information or error message
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
    pub status_code: i64,
    /// The payment's outcome: the redirect URL of a 3D payment, or the bank's answer to a non-3D payment.
    pub data: Option<PaymentResult>,
    /// Previous record information in update scenarios
    pub old_data: serde_json::Value,
    /// May contain multiple error objects (with code and message fields)
    pub errors: Option<Vec<ErrorItem>>,
}
impl From<PaymentResponseRequired> for PaymentResponse {
    fn from(required: PaymentResponseRequired) -> Self {
        Self::new(required)
    }
}
/// The body of POST /pws/payment/commit: finalizes a 3D payment whose OTP step is done, where autoCommit did not finalize it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentCommitRequest {
    /// The system reference of the 3D payment to finalize (the referenceNumber of the transaction query, e.g. NTH2P00000002250).
    #[serde(rename = "referenceCode")]
    pub reference_code: String,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl PaymentCommitRequest {
    /// A PaymentCommitRequest from its one required field, `reference_code`; optional fields start absent.
    pub fn new(reference_code: String) -> Self {
        Self {
            reference_code,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The answer of POST /pws/payment/commit: the standard envelope whose data is the payment's outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentCommitResponse {
    /// General information or error message
    #[serde(rename = "message")]
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
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
    /// The finalized payment's outcome, in the shape of the payment answer.
    #[serde(rename = "data")]
    pub data: Option<PaymentResult>,
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
impl PaymentCommitResponse {
    /// A PaymentCommitResponse from its required fields, named in a [`PaymentCommitResponseRequired`]; optional fields start absent.
    pub fn new(required: PaymentCommitResponseRequired) -> Self {
        let PaymentCommitResponseRequired {
            message,
            status_code,
            data,
            old_data,
            errors,
        } = required;
        Self {
            message,
            status_code,
            exceptions: Default::default(),
            data,
            old_data,
            errors,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PaymentCommitResponse`], by name, for [`PaymentCommitResponse::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentCommitResponseRequired {
    /// General information or error message
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
    pub status_code: i64,
    /// The finalized payment's outcome, in the shape of the payment answer.
    pub data: Option<PaymentResult>,
    /// Previous record information in update scenarios
    pub old_data: serde_json::Value,
    /// May contain multiple error objects (with code and message fields)
    pub errors: Option<Vec<ErrorItem>>,
}
impl From<PaymentCommitResponseRequired> for PaymentCommitResponse {
    fn from(required: PaymentCommitResponseRequired) -> Self {
        Self::new(required)
    }
}
/// The body of POST /pws/payment/transaction, and the query parameters of GET /pws/payment/transaction as one object (for the GET not a body on the wire: the form in which its parameters are validated and exemplified): exactly one identifier of the transaction to return.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TransactionQueryRequest {
    /// Unique system ID of the transaction.
    #[serde(rename = "transactionId", default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// System reference (e.g., NTH2P00000002250).
    #[serde(
        rename = "referenceNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_number: Option<String>,
    /// Merchant/order reference.
    #[serde(
        rename = "clientReferenceNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[serde(alias = "clientOrderReferenceCode")]
    pub client_reference_number: Option<String>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl TransactionQueryRequest {
    /// A TransactionQueryRequest with every field absent.
    pub fn new() -> Self {
        Self {
            transaction_id: Default::default(),
            reference_number: Default::default(),
            client_reference_number: Default::default(),
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[
        RuleInfo {
            check: RuleKind::AtLeastOneOf(
                &["transactionId", "referenceNumber", "clientReferenceNumber"],
            ),
            error: Some("P001"),
            doc: "At least one of the following identifiers is required; send at least one.",
            provenance: crate::support::Provenance {
                source: &super::SOURCES[8],
                basis: crate::support::Basis::Decision,
                reason: Some(
                    "The page requires an identifier but names no code for a query without one; P001's scenario on the error page is \"Required fields are missing\" (discrepancy transaction-query-identifiers).",
                ),
            },
        },
        RuleInfo {
            check: RuleKind::AtMostOneOf(
                &["transactionId", "referenceNumber", "clientReferenceNumber"],
            ),
            error: Some("P004"),
            doc: "Sending multiple will result in 404 error.",
            provenance: crate::support::Provenance {
                source: &super::SOURCES[8],
                basis: crate::support::Basis::Decision,
                reason: Some(
                    "The page answers several identifiers with 404; P004 is the error page's only 404 code (discrepancy transaction-query-identifiers).",
                ),
            },
        },
    ];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// Returns all details of a payment transaction. Compatible with ERP’s GetPayment output (field names & meanings).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transaction {
    /// Merchant/order reference.
    #[serde(
        rename = "clientReferenceNumber",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub client_reference_number: crate::support::Nullable<String>,
    /// System reference number.
    #[serde(rename = "referenceNumber")]
    pub reference_number: String,
    /// Tenant the transaction belongs to.
    #[serde(rename = "tenantId", default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Used POS record.
    #[serde(rename = "tenantPosId", default, skip_serializing_if = "Option::is_none")]
    pub tenant_pos_id: Option<String>,
    /// Applied commission rate (%).
    #[serde(rename = "commRate", default, skip_serializing_if = "Option::is_none")]
    pub comm_rate: Option<crate::support::Decimal>,
    /// Transaction currency (e.g., TRY).
    #[serde(rename = "currencyType", default, skip_serializing_if = "Option::is_none")]
    pub currency_type: Option<String>,
    /// Transaction date/time.
    #[serde(
        rename = "transactionDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_date: Option<String>,
    /// The identifier of the transaction's detail record.
    #[serde(
        rename = "transactionDetailId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_detail_id: Option<String>,
    /// Number of installments
    #[serde(rename = "installment", default, skip_serializing_if = "Option::is_none")]
    pub installment: Option<i64>,
    /// Current gross amount
    #[serde(rename = "lastAmount", default, skip_serializing_if = "Option::is_none")]
    pub last_amount: Option<crate::support::Decimal>,
    /// Net amount after commission
    #[serde(rename = "lastNetAmount", default, skip_serializing_if = "Option::is_none")]
    pub last_net_amount: Option<crate::support::Decimal>,
    /// transactionId
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The commission rate of the virtual POS (percentage).
    #[serde(rename = "vposCommRate", default, skip_serializing_if = "Option::is_none")]
    pub vpos_comm_rate: Option<crate::support::Decimal>,
    /// The number of days after which the bank pays the amount to the merchant.
    #[serde(
        rename = "bankPaymentDays",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bank_payment_days: Option<i64>,
    /// The transaction's status. Known values: 1 successful, 2 failed, 3 pending (VPWS status table), 6 seen after a partial refund; other values may come.
    #[serde(
        rename = "transactionStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_status_id: Option<crate::support::Open<TransactionStatus>>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl Transaction {
    /// A Transaction from its one required field, `reference_number`; optional fields start absent.
    pub fn new(reference_number: String) -> Self {
        Self {
            client_reference_number: Default::default(),
            reference_number,
            tenant_id: Default::default(),
            tenant_pos_id: Default::default(),
            comm_rate: Default::default(),
            currency_type: Default::default(),
            transaction_date: Default::default(),
            transaction_detail_id: Default::default(),
            installment: Default::default(),
            last_amount: Default::default(),
            last_net_amount: Default::default(),
            id: Default::default(),
            vpos_comm_rate: Default::default(),
            bank_payment_days: Default::default(),
            transaction_status_id: Default::default(),
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The answer of GET and POST /pws/payment/transaction: the standard envelope whose data is the transaction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TransactionResponse {
    /// General information or error message
    #[serde(rename = "message")]
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
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
    /// data (Transaction) Fields
    #[serde(rename = "data")]
    pub data: Option<Transaction>,
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
impl TransactionResponse {
    /// A TransactionResponse from its required fields, named in a [`TransactionResponseRequired`]; optional fields start absent.
    pub fn new(required: TransactionResponseRequired) -> Self {
        let TransactionResponseRequired {
            message,
            status_code,
            data,
            old_data,
            errors,
        } = required;
        Self {
            message,
            status_code,
            exceptions: Default::default(),
            data,
            old_data,
            errors,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`TransactionResponse`], by name, for [`TransactionResponse::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct TransactionResponseRequired {
    /// General information or error message
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
    pub status_code: i64,
    /// data (Transaction) Fields
    pub data: Option<Transaction>,
    /// Previous record information in update scenarios
    pub old_data: serde_json::Value,
    /// May contain multiple error objects (with code and message fields)
    pub errors: Option<Vec<ErrorItem>>,
}
impl From<TransactionResponseRequired> for TransactionResponse {
    fn from(required: TransactionResponseRequired) -> Self {
        Self::new(required)
    }
}
/// The body of POST /pws/payment/cancel: the reference code of a successful transaction to cancel, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentCancelRequest {
    /// Reference code of the transaction to be cancelled
    #[serde(rename = "referenceCode")]
    pub reference_code: String,
    /// Cancellation reason (e.g.: "User request")
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl PaymentCancelRequest {
    /// A PaymentCancelRequest from its one required field, `reference_code`; optional fields start absent.
    pub fn new(reference_code: String) -> Self {
        Self {
            reference_code,
            reason: Default::default(),
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The body of POST /pws/payment/refund: the reference code of a successful transaction, the amount to refund (none for a full refund) and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentRefundRequest {
    /// Reference code of the transaction to be refunded
    #[serde(rename = "referenceCode")]
    pub reference_code: String,
    /// Amount to be refunded. If not sent, full refund is performed
    #[serde(rename = "amount", default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<crate::support::Decimal>,
    /// Refund reason (e.g.: "Product return")
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl PaymentRefundRequest {
    /// A PaymentRefundRequest from its one required field, `reference_code`; optional fields start absent.
    pub fn new(reference_code: String) -> Self {
        Self {
            reference_code,
            amount: Default::default(),
            reason: Default::default(),
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The data of the cancel and refund answers: the amount left on the transaction, its status and the bank's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CancelRefundResult {
    /// Remaining amount after refund
    #[serde(rename = "lastAmount")]
    pub last_amount: crate::support::Decimal,
    /// Current transaction status. Known values: 1 successful, 2 failed, 3 pending (VPWS status table), 6 after a partial refund (refund sample); other values may come.
    #[serde(rename = "transactionStatusId")]
    pub transaction_status_id: crate::support::Open<TransactionStatus>,
    /// Error code
    #[serde(rename = "errorCode")]
    pub error_code: Option<crate::support::Open<Code>>,
    /// Error message
    #[serde(rename = "errorMessage")]
    pub error_message: Option<String>,
    /// Whether the operation was successful
    #[serde(rename = "isSuccess")]
    pub is_success: bool,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl CancelRefundResult {
    /// A CancelRefundResult from its required fields, named in a [`CancelRefundResultRequired`]; optional fields start absent.
    pub fn new(required: CancelRefundResultRequired) -> Self {
        let CancelRefundResultRequired {
            last_amount,
            transaction_status_id,
            error_code,
            error_message,
            is_success,
        } = required;
        Self {
            last_amount,
            transaction_status_id,
            error_code,
            error_message,
            is_success,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`CancelRefundResult`], by name, for [`CancelRefundResult::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct CancelRefundResultRequired {
    /// Remaining amount after refund
    pub last_amount: crate::support::Decimal,
    /// Current transaction status. Known values: 1 successful, 2 failed, 3 pending (VPWS status table), 6 after a partial refund (refund sample); other values may come.
    pub transaction_status_id: crate::support::Open<TransactionStatus>,
    /// Error code
    pub error_code: Option<crate::support::Open<Code>>,
    /// Error message
    pub error_message: Option<String>,
    /// Whether the operation was successful
    pub is_success: bool,
}
impl From<CancelRefundResultRequired> for CancelRefundResult {
    fn from(required: CancelRefundResultRequired) -> Self {
        Self::new(required)
    }
}
/// The answer of POST /pws/payment/cancel: the standard envelope whose data is the cancellation's outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentCancelResponse {
    /// General information or error message
    #[serde(rename = "message")]
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
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
    /// Remaining amount after cancellation (typically 0.00 for successful cancellation)
    #[serde(rename = "data")]
    pub data: Option<CancelRefundResult>,
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
impl PaymentCancelResponse {
    /// A PaymentCancelResponse from its required fields, named in a [`PaymentCancelResponseRequired`]; optional fields start absent.
    pub fn new(required: PaymentCancelResponseRequired) -> Self {
        let PaymentCancelResponseRequired {
            message,
            status_code,
            data,
            old_data,
            errors,
        } = required;
        Self {
            message,
            status_code,
            exceptions: Default::default(),
            data,
            old_data,
            errors,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PaymentCancelResponse`], by name, for [`PaymentCancelResponse::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentCancelResponseRequired {
    /// General information or error message
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
    pub status_code: i64,
    /// Remaining amount after cancellation (typically 0.00 for successful cancellation)
    pub data: Option<CancelRefundResult>,
    /// Previous record information in update scenarios
    pub old_data: serde_json::Value,
    /// May contain multiple error objects (with code and message fields)
    pub errors: Option<Vec<ErrorItem>>,
}
impl From<PaymentCancelResponseRequired> for PaymentCancelResponse {
    fn from(required: PaymentCancelResponseRequired) -> Self {
        Self::new(required)
    }
}
/// The answer of POST /pws/payment/refund: the standard envelope whose data is the refund's outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentRefundResponse {
    /// General information or error message
    #[serde(rename = "message")]
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
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
    /// Remaining amount after refund
    #[serde(rename = "data")]
    pub data: Option<CancelRefundResult>,
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
impl PaymentRefundResponse {
    /// A PaymentRefundResponse from its required fields, named in a [`PaymentRefundResponseRequired`]; optional fields start absent.
    pub fn new(required: PaymentRefundResponseRequired) -> Self {
        let PaymentRefundResponseRequired {
            message,
            status_code,
            data,
            old_data,
            errors,
        } = required;
        Self {
            message,
            status_code,
            exceptions: Default::default(),
            data,
            old_data,
            errors,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[];
    /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
    /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
    pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
        Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
    }
    /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
    /// breaks every rule.
    pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
        match value {
            Some(value) => broken_rules(value, Self::RULES),
            None => Self::RULES.iter().collect(),
        }
    }
}
/// The required fields of a [`PaymentRefundResponse`], by name, for [`PaymentRefundResponse::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentRefundResponseRequired {
    /// General information or error message
    pub message: Option<String>,
    /// 200 when the call succeeded systemically; when a bank-level or business failure (P011–P020) is answered with HTTP 200, the code's pseudo-status 600–609.
    pub status_code: i64,
    /// Remaining amount after refund
    pub data: Option<CancelRefundResult>,
    /// Previous record information in update scenarios
    pub old_data: serde_json::Value,
    /// May contain multiple error objects (with code and message fields)
    pub errors: Option<Vec<ErrorItem>>,
}
impl From<PaymentRefundResponseRequired> for PaymentRefundResponse {
    fn from(required: PaymentRefundResponseRequired) -> Self {
        Self::new(required)
    }
}
/// Replaces every sensitive value of a JSON value of the message named `message` (and of the messages it
/// holds) by `"***"`, for logs, reports and captures. Values of other messages are left as they are.
pub fn redact(message: &str, value: &mut serde_json::Value) {
    let (own, inner): (&[&str], &[(&str, &str)]) = match message {
        "AccessTokenRequest" => (&["secretKey"], &[]),
        "AccessToken" => (&["token"], &[]),
        "PaymentContact" => (&["tckn"], &[]),
        "PaymentCard" => {
            (&["cardNumber", "cardHolderName", "cvv", "expMonth", "expYear"], &[])
        }
        "PaymentRequest" => {
            (&[], &[("contact", "PaymentContact"), ("card", "PaymentCard")])
        }
        _ => return,
    };
    crate::support::redact_fields(value, own, inner, redact);
}
/// The names of this API's messages, as the spec gives them.
pub const MESSAGE_NAMES: &[&str] = &[
    "ErrorEnvelope",
    "ErrorItem",
    "AccessTokenRequest",
    "AccessToken",
    "PaymentSet",
    "PaymentSetListResponse",
    "PosLogo",
    "CommRate",
    "PaymentOptionPos",
    "PaymentOptionListResponse",
    "PaymentOptionsByBinQuery",
    "BinPos",
    "BinPaymentOptions",
    "PaymentOptionsByBinResponse",
    "PaymentContact",
    "PaymentCard",
    "PaymentRequest",
    "PaymentResult",
    "PaymentResponse",
    "PaymentCommitRequest",
    "PaymentCommitResponse",
    "TransactionQueryRequest",
    "Transaction",
    "TransactionResponse",
    "PaymentCancelRequest",
    "PaymentRefundRequest",
    "CancelRefundResult",
    "PaymentCancelResponse",
    "PaymentRefundResponse",
];
/// Every response field that carries back a request field's value, in message order.
pub const ECHOES: &[crate::support::EchoInfo] = &[];
/// The fields an answer in the message named `message` carries back from its request.
pub fn echoes(
    message: &str,
) -> impl Iterator<Item = &'static crate::support::EchoInfo> + '_ {
    ECHOES.iter().filter(move |echo| echo.message == message)
}
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
            "AccessTokenRequest" => {
                serde_json::from_str::<AccessTokenRequest>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "AccessToken" => {
                serde_json::from_str::<AccessToken>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentSet" => {
                serde_json::from_str::<PaymentSet>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentSetListResponse" => {
                serde_json::from_str::<PaymentSetListResponse>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PosLogo" => {
                serde_json::from_str::<PosLogo>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "CommRate" => {
                serde_json::from_str::<CommRate>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentOptionPos" => {
                serde_json::from_str::<PaymentOptionPos>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentOptionListResponse" => {
                serde_json::from_str::<PaymentOptionListResponse>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentOptionsByBinQuery" => {
                serde_json::from_str::<PaymentOptionsByBinQuery>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "BinPos" => {
                serde_json::from_str::<BinPos>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "BinPaymentOptions" => {
                serde_json::from_str::<BinPaymentOptions>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentOptionsByBinResponse" => {
                serde_json::from_str::<PaymentOptionsByBinResponse>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentContact" => {
                serde_json::from_str::<PaymentContact>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentCard" => {
                serde_json::from_str::<PaymentCard>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentRequest" => {
                serde_json::from_str::<PaymentRequest>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentResult" => {
                serde_json::from_str::<PaymentResult>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentResponse" => {
                serde_json::from_str::<PaymentResponse>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentCommitRequest" => {
                serde_json::from_str::<PaymentCommitRequest>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentCommitResponse" => {
                serde_json::from_str::<PaymentCommitResponse>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "TransactionQueryRequest" => {
                serde_json::from_str::<TransactionQueryRequest>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "Transaction" => {
                serde_json::from_str::<Transaction>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "TransactionResponse" => {
                serde_json::from_str::<TransactionResponse>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentCancelRequest" => {
                serde_json::from_str::<PaymentCancelRequest>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentRefundRequest" => {
                serde_json::from_str::<PaymentRefundRequest>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "CancelRefundResult" => {
                serde_json::from_str::<CancelRefundResult>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentCancelResponse" => {
                serde_json::from_str::<PaymentCancelResponse>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "PaymentRefundResponse" => {
                serde_json::from_str::<PaymentRefundResponse>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            _ => return None,
        },
    )
}
