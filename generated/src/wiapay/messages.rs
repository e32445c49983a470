// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The messages of the WiaPay API, from `spec/wiapay/`.
use std::collections::BTreeMap;
use serde::{Deserialize, Serialize};
use crate::support::{RuleInfo, broken_rules};
use super::errors::Code;
use crate::support::RuleKind;
use super::enums::*;
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
    /// A ErrorEnvelope from its required fields, named in a [`ErrorEnvelopeRequired`]; optional fields start absent.
    pub fn new(required: ErrorEnvelopeRequired) -> Self {
        let ErrorEnvelopeRequired { success, error, timestamp } = required;
        Self {
            success,
            error,
            timestamp,
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
    /// Always false in an error response; the vendor advises always checking it.
    pub success: bool,
    /// The error: its code and message.
    pub error: ErrorBody,
    /// The time of the response, in Unix seconds (e.g. 1705320000).
    pub timestamp: i64,
}
impl From<ErrorEnvelopeRequired> for ErrorEnvelope {
    fn from(required: ErrorEnvelopeRequired) -> Self {
        Self::new(required)
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
    /// A ErrorBody from its required fields, named in a [`ErrorBodyRequired`]; optional fields start absent.
    pub fn new(required: ErrorBodyRequired) -> Self {
        let ErrorBodyRequired { code, message } = required;
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
/// The required fields of a [`ErrorBody`], by name, for [`ErrorBody::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorBodyRequired {
    /// The error code (see the catalog), e.g. INVALID_SIGNATURE.
    pub code: crate::support::Open<Code>,
    /// Human-readable error message
    pub message: String,
}
impl From<ErrorBodyRequired> for ErrorBody {
    fn from(required: ErrorBodyRequired) -> Self {
        Self::new(required)
    }
}
/// The success response of GET /v1/available-banks: success true, the data and the time of the response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AvailableBanksResponse {
    /// Always true in a success response; the vendor advises always checking it.
    #[serde(rename = "success")]
    pub success: bool,
    /// The result of the call.
    #[serde(rename = "data")]
    pub data: AvailableBanksData,
    /// The time of the response, in Unix seconds.
    #[serde(rename = "timestamp")]
    pub timestamp: i64,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl AvailableBanksResponse {
    /// A AvailableBanksResponse from its required fields, named in a [`AvailableBanksResponseRequired`]; optional fields start absent.
    pub fn new(required: AvailableBanksResponseRequired) -> Self {
        let AvailableBanksResponseRequired { success, data, timestamp } = required;
        Self {
            success,
            data,
            timestamp,
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
/// The required fields of a [`AvailableBanksResponse`], by name, for [`AvailableBanksResponse::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailableBanksResponseRequired {
    /// Always true in a success response; the vendor advises always checking it.
    pub success: bool,
    /// The result of the call.
    pub data: AvailableBanksData,
    /// The time of the response, in Unix seconds.
    pub timestamp: i64,
}
impl From<AvailableBanksResponseRequired> for AvailableBanksResponse {
    fn from(required: AvailableBanksResponseRequired) -> Self {
        Self::new(required)
    }
}
/// Returns a list of banks available for your account with their transaction limits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AvailableBanksData {
    /// The bank options, each with its minimum and maximum limits.
    #[serde(rename = "banks")]
    pub banks: Vec<AvailableBank>,
    /// The single FAST transfer option, when available; a deposit uses it with bankCode FAST.
    #[serde(
        rename = "fast",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub fast: crate::support::Nullable<FastTransferOption>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl AvailableBanksData {
    /// A AvailableBanksData from its one required field, `banks`; optional fields start absent.
    pub fn new(banks: Vec<AvailableBank>) -> Self {
        Self {
            banks,
            fast: Default::default(),
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
/// A bank available for deposits, with its limits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AvailableBank {
    /// Use the bank's _id as the bankCode parameter
    #[serde(rename = "_id")]
    pub id: String,
    /// The bank's name, for showing the options to the customer.
    #[serde(rename = "name")]
    pub name: String,
    /// The smallest amount the bank accepts, in the unit of deposit amounts (the smallest currency unit).
    #[serde(rename = "minAmount")]
    pub min_amount: i64,
    /// The largest amount the bank accepts, in the same unit; an amount outside the limits is answered with AMOUNT_OUT_OF_RANGE.
    #[serde(rename = "maxAmount")]
    pub max_amount: i64,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl AvailableBank {
    /// A AvailableBank from its required fields, named in a [`AvailableBankRequired`]; optional fields start absent.
    pub fn new(required: AvailableBankRequired) -> Self {
        let AvailableBankRequired { id, name, min_amount, max_amount } = required;
        Self {
            id,
            name,
            min_amount,
            max_amount,
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
/// The required fields of a [`AvailableBank`], by name, for [`AvailableBank::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailableBankRequired {
    /// Use the bank's _id as the bankCode parameter
    pub id: String,
    /// The bank's name, for showing the options to the customer.
    pub name: String,
    /// The smallest amount the bank accepts, in the unit of deposit amounts (the smallest currency unit).
    pub min_amount: i64,
    /// The largest amount the bank accepts, in the same unit; an amount outside the limits is answered with AMOUNT_OUT_OF_RANGE.
    pub max_amount: i64,
}
impl From<AvailableBankRequired> for AvailableBank {
    fn from(required: AvailableBankRequired) -> Self {
        Self::new(required)
    }
}
/// The FAST transfer option and its limits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FastTransferOption {
    /// The smallest amount for a FAST transfer, in the unit of deposit amounts.
    #[serde(rename = "minAmount")]
    pub min_amount: i64,
    /// The largest amount for a FAST transfer, in the same unit.
    #[serde(rename = "maxAmount")]
    pub max_amount: i64,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl FastTransferOption {
    /// A FastTransferOption from its required fields, named in a [`FastTransferOptionRequired`]; optional fields start absent.
    pub fn new(required: FastTransferOptionRequired) -> Self {
        let FastTransferOptionRequired { min_amount, max_amount } = required;
        Self {
            min_amount,
            max_amount,
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
/// The required fields of a [`FastTransferOption`], by name, for [`FastTransferOption::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct FastTransferOptionRequired {
    /// The smallest amount for a FAST transfer, in the unit of deposit amounts.
    pub min_amount: i64,
    /// The largest amount for a FAST transfer, in the same unit.
    pub max_amount: i64,
}
impl From<FastTransferOptionRequired> for FastTransferOption {
    fn from(required: FastTransferOptionRequired) -> Self {
        Self::new(required)
    }
}
/// Create a new deposit transaction for your customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DepositRequest {
    /// Your unique transaction identifier (max 50 characters)
    #[serde(rename = "processId")]
    #[serde(alias = "merchantTransactionId")]
    pub process_id: String,
    /// Transaction amount in the smallest currency unit
    #[serde(rename = "amount")]
    pub amount: i64,
    /// Currency code (default: TRY)
    #[serde(rename = "currency", default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// Bank code from available-banks endpoint: a bank's _id, or FAST for a FAST transfer. An unknown or inactive bank is answered with INVALID_BANK or BANK_NOT_FOUND.
    #[serde(rename = "bankCode", default, skip_serializing_if = "Option::is_none")]
    pub bank_code: Option<String>,
    /// The customer who pays.
    #[serde(rename = "customer")]
    pub customer: DepositCustomer,
    /// URL to receive transaction status updates (overrides site default)
    #[serde(rename = "callbackUrl", default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// Additional data to attach to the transaction
    #[serde(
        rename = "metadata",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::present::deserialize"
    )]
    pub metadata: Option<serde_json::Value>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl DepositRequest {
    /// A DepositRequest from its required fields, named in a [`DepositRequestRequired`]; optional fields start absent.
    pub fn new(required: DepositRequestRequired) -> Self {
        let DepositRequestRequired { process_id, amount, customer } = required;
        Self {
            process_id,
            amount,
            currency: Default::default(),
            bank_code: Default::default(),
            customer,
            callback_url: Default::default(),
            metadata: Default::default(),
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
/// The required fields of a [`DepositRequest`], by name, for [`DepositRequest::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct DepositRequestRequired {
    /// Your unique transaction identifier (max 50 characters)
    pub process_id: String,
    /// Transaction amount in the smallest currency unit
    pub amount: i64,
    /// The customer who pays.
    pub customer: DepositCustomer,
}
impl From<DepositRequestRequired> for DepositRequest {
    fn from(required: DepositRequestRequired) -> Self {
        Self::new(required)
    }
}
/// The customer of a deposit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DepositCustomer {
    /// Your customer's unique identifier
    #[serde(rename = "id")]
    pub id: String,
    /// Customer's full name
    #[serde(rename = "name")]
    pub name: String,
    /// Customer's username
    #[serde(rename = "username")]
    #[serde(alias = "email")]
    pub username: String,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl DepositCustomer {
    /// A DepositCustomer from its required fields, named in a [`DepositCustomerRequired`]; optional fields start absent.
    pub fn new(required: DepositCustomerRequired) -> Self {
        let DepositCustomerRequired { id, name, username } = required;
        Self {
            id,
            name,
            username,
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
/// The required fields of a [`DepositCustomer`], by name, for [`DepositCustomer::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct DepositCustomerRequired {
    /// Your customer's unique identifier
    pub id: String,
    /// Customer's full name
    pub name: String,
    /// Customer's username
    pub username: String,
}
impl From<DepositCustomerRequired> for DepositCustomer {
    fn from(required: DepositCustomerRequired) -> Self {
        Self::new(required)
    }
}
/// The success response of POST /v1/deposit: success true, the data and the time of the response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DepositResponse {
    /// Always true in a success response; the vendor advises always checking it.
    #[serde(rename = "success")]
    pub success: bool,
    /// The result of the call.
    #[serde(rename = "data")]
    pub data: DepositData,
    /// The time of the response, in Unix seconds.
    #[serde(rename = "timestamp")]
    pub timestamp: i64,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl DepositResponse {
    /// A DepositResponse from its required fields, named in a [`DepositResponseRequired`]; optional fields start absent.
    pub fn new(required: DepositResponseRequired) -> Self {
        let DepositResponseRequired { success, data, timestamp } = required;
        Self {
            success,
            data,
            timestamp,
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
/// The required fields of a [`DepositResponse`], by name, for [`DepositResponse::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct DepositResponseRequired {
    /// Always true in a success response; the vendor advises always checking it.
    pub success: bool,
    /// The result of the call.
    pub data: DepositData,
    /// The time of the response, in Unix seconds.
    pub timestamp: i64,
}
impl From<DepositResponseRequired> for DepositResponse {
    fn from(required: DepositResponseRequired) -> Self {
        Self::new(required)
    }
}
/// Creates a new deposit transaction and returns a checkout URL for the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DepositData {
    /// WiaPay's id of the new transaction, e.g. TXN-abc123def456; callbacks carry the same id.
    #[serde(rename = "transactionId")]
    pub transaction_id: String,
    /// The processId the request sent.
    #[serde(rename = "processId", default, skip_serializing_if = "Option::is_none")]
    pub process_id: Option<String>,
    /// After creating the transaction, redirect your customer to the checkout URL where they can complete the payment.
    #[serde(rename = "checkoutUrl")]
    pub checkout_url: String,
    /// The status of the new transaction: pending.
    #[serde(rename = "status")]
    pub status: crate::support::Open<TransactionStatus>,
    /// Transactions expire after 30 minutes. Make sure your customer completes the payment before the expiration time.
    #[serde(rename = "expiresAt", default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl DepositData {
    /// A DepositData from its required fields, named in a [`DepositDataRequired`]; optional fields start absent.
    pub fn new(required: DepositDataRequired) -> Self {
        let DepositDataRequired { transaction_id, checkout_url, status } = required;
        Self {
            transaction_id,
            process_id: Default::default(),
            checkout_url,
            status,
            expires_at: Default::default(),
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
/// The required fields of a [`DepositData`], by name, for [`DepositData::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct DepositDataRequired {
    /// WiaPay's id of the new transaction, e.g. TXN-abc123def456; callbacks carry the same id.
    pub transaction_id: String,
    /// After creating the transaction, redirect your customer to the checkout URL where they can complete the payment.
    pub checkout_url: String,
    /// The status of the new transaction: pending.
    pub status: crate::support::Open<TransactionStatus>,
}
impl From<DepositDataRequired> for DepositData {
    fn from(required: DepositDataRequired) -> Self {
        Self::new(required)
    }
}
/// Create a new withdrawal transaction to send funds to your customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WithdrawRequest {
    /// Unique transaction ID in your system
    #[serde(rename = "processId")]
    pub process_id: String,
    /// Withdrawal amount (positive number)
    #[serde(rename = "amount")]
    pub amount: crate::support::Decimal,
    /// Bank ID from available-banks endpoint
    #[serde(rename = "bankId", default, skip_serializing_if = "Option::is_none")]
    pub bank_id: Option<String>,
    /// Recipient's bank account holder name
    #[serde(rename = "accountName")]
    pub account_name: String,
    /// Recipient's IBAN number: TR followed by 24 digits, e.g. TR330006100519786457841326; another format is answered with INVALID_IBAN.
    #[serde(rename = "iban")]
    pub iban: String,
    /// Customer ID in your system
    #[serde(rename = "userId")]
    pub user_id: String,
    /// Customer username
    #[serde(rename = "userName")]
    pub user_name: String,
    /// Customer full name
    #[serde(rename = "name")]
    pub name: String,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl WithdrawRequest {
    /// A WithdrawRequest from its required fields, named in a [`WithdrawRequestRequired`]; optional fields start absent.
    pub fn new(required: WithdrawRequestRequired) -> Self {
        let WithdrawRequestRequired {
            process_id,
            amount,
            account_name,
            iban,
            user_id,
            user_name,
            name,
        } = required;
        Self {
            process_id,
            amount,
            bank_id: Default::default(),
            account_name,
            iban,
            user_id,
            user_name,
            name,
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
/// The required fields of a [`WithdrawRequest`], by name, for [`WithdrawRequest::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct WithdrawRequestRequired {
    /// Unique transaction ID in your system
    pub process_id: String,
    /// Withdrawal amount (positive number)
    pub amount: crate::support::Decimal,
    /// Recipient's bank account holder name
    pub account_name: String,
    /// Recipient's IBAN number: TR followed by 24 digits, e.g. TR330006100519786457841326; another format is answered with INVALID_IBAN.
    pub iban: String,
    /// Customer ID in your system
    pub user_id: String,
    /// Customer username
    pub user_name: String,
    /// Customer full name
    pub name: String,
}
impl From<WithdrawRequestRequired> for WithdrawRequest {
    fn from(required: WithdrawRequestRequired) -> Self {
        Self::new(required)
    }
}
/// The success response of POST /v1/withdraw: success true, the data and the time of the response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WithdrawResponse {
    /// Always true in a success response; the vendor advises always checking it.
    #[serde(rename = "success")]
    pub success: bool,
    /// The result of the call.
    #[serde(rename = "data")]
    pub data: WithdrawData,
    /// The time of the response, in Unix seconds.
    #[serde(rename = "timestamp")]
    pub timestamp: i64,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl WithdrawResponse {
    /// A WithdrawResponse from its required fields, named in a [`WithdrawResponseRequired`]; optional fields start absent.
    pub fn new(required: WithdrawResponseRequired) -> Self {
        let WithdrawResponseRequired { success, data, timestamp } = required;
        Self {
            success,
            data,
            timestamp,
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
/// The required fields of a [`WithdrawResponse`], by name, for [`WithdrawResponse::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct WithdrawResponseRequired {
    /// Always true in a success response; the vendor advises always checking it.
    pub success: bool,
    /// The result of the call.
    pub data: WithdrawData,
    /// The time of the response, in Unix seconds.
    pub timestamp: i64,
}
impl From<WithdrawResponseRequired> for WithdrawResponse {
    fn from(required: WithdrawResponseRequired) -> Self {
        Self::new(required)
    }
}
/// The withdrawal created: its id and status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WithdrawData {
    /// WiaPay's id of the new transaction; callbacks carry the same id.
    #[serde(rename = "transactionId")]
    pub transaction_id: String,
    /// The processId the request sent.
    #[serde(rename = "processId", default, skip_serializing_if = "Option::is_none")]
    pub process_id: Option<String>,
    /// The status of the new transaction: pending.
    #[serde(rename = "status")]
    pub status: crate::support::Open<TransactionStatus>,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl WithdrawData {
    /// A WithdrawData from its required fields, named in a [`WithdrawDataRequired`]; optional fields start absent.
    pub fn new(required: WithdrawDataRequired) -> Self {
        let WithdrawDataRequired { transaction_id, status } = required;
        Self {
            transaction_id,
            process_id: Default::default(),
            status,
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
/// The required fields of a [`WithdrawData`], by name, for [`WithdrawData::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct WithdrawDataRequired {
    /// WiaPay's id of the new transaction; callbacks carry the same id.
    pub transaction_id: String,
    /// The status of the new transaction: pending.
    pub status: crate::support::Open<TransactionStatus>,
}
impl From<WithdrawDataRequired> for WithdrawData {
    fn from(required: WithdrawDataRequired) -> Self {
        Self::new(required)
    }
}
/// WiaPay sends HTTP POST requests to your callback URL whenever a transaction status changes. These callbacks contain the transaction details and a signature for verification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallbackPayload {
    /// WiaPay transaction ID
    #[serde(rename = "transactionId")]
    pub transaction_id: String,
    /// Your transaction ID
    #[serde(rename = "processId")]
    pub process_id: String,
    /// Transaction type: deposit or withdrawal
    #[serde(rename = "type")]
    pub r#type: TransactionType,
    /// Transaction status: completed, failed, cancelled
    #[serde(rename = "status")]
    pub status: crate::support::Open<TransactionStatus>,
    /// Confirmed transaction amount (may differ from requested)
    #[serde(rename = "amount")]
    pub amount: crate::support::Decimal,
    /// Currency code
    #[serde(rename = "currency")]
    pub currency: Currency,
    /// Completion time (ISO 8601) - only for completed status
    #[serde(
        rename = "completedAt",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub completed_at: crate::support::Nullable<String>,
    /// Reason for failure - only for failed status
    #[serde(
        rename = "failureReason",
        default,
        skip_serializing_if = "crate::support::Nullable::is_absent"
    )]
    pub failure_reason: crate::support::Nullable<String>,
    /// Callback timestamp
    #[serde(rename = "timestamp")]
    pub timestamp: i64,
    /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
impl CallbackPayload {
    /// A CallbackPayload from its required fields, named in a [`CallbackPayloadRequired`]; optional fields start absent.
    pub fn new(required: CallbackPayloadRequired) -> Self {
        let CallbackPayloadRequired {
            transaction_id,
            process_id,
            r#type,
            status,
            amount,
            currency,
            timestamp,
        } = required;
        Self {
            transaction_id,
            process_id,
            r#type,
            status,
            amount,
            currency,
            completed_at: Default::default(),
            failure_reason: Default::default(),
            timestamp,
            extra: BTreeMap::new(),
        }
    }
    /// The message's cross-field rules.
    pub const RULES: &'static [RuleInfo] = &[
        RuleInfo {
            check: RuleKind::RequiredIf {
                field: "completedAt",
                when: "status",
                equals: "\"completed\"",
            },
            error: None,
            doc: "Completion time (ISO 8601) - only for completed status",
            provenance: crate::support::Provenance {
                source: &super::SOURCES[3],
                basis: crate::support::Basis::Decision,
                reason: Some(
                    "Only for completed status is read as: present whenever the status is completed.",
                ),
            },
        },
        RuleInfo {
            check: RuleKind::RequiredIf {
                field: "failureReason",
                when: "status",
                equals: "\"failed\"",
            },
            error: None,
            doc: "Reason for failure - only for failed status",
            provenance: crate::support::Provenance {
                source: &super::SOURCES[3],
                basis: crate::support::Basis::Decision,
                reason: Some(
                    "Only for failed status is read as: present whenever the status is failed.",
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
/// The required fields of a [`CallbackPayload`], by name, for [`CallbackPayload::new`] (or `.into()`): a field cannot be left out, and two of the same type cannot be swapped as positional arguments could.
#[derive(Debug, Clone, PartialEq)]
pub struct CallbackPayloadRequired {
    /// WiaPay transaction ID
    pub transaction_id: String,
    /// Your transaction ID
    pub process_id: String,
    /// Transaction type: deposit or withdrawal
    pub r#type: TransactionType,
    /// Transaction status: completed, failed, cancelled
    pub status: crate::support::Open<TransactionStatus>,
    /// Confirmed transaction amount (may differ from requested)
    pub amount: crate::support::Decimal,
    /// Currency code
    pub currency: Currency,
    /// Callback timestamp
    pub timestamp: i64,
}
impl From<CallbackPayloadRequired> for CallbackPayload {
    fn from(required: CallbackPayloadRequired) -> Self {
        Self::new(required)
    }
}
/// Replaces every sensitive value of a JSON value of the message named `message` (and of the messages it
/// holds) by `"***"`, for logs, reports and captures. Values of other messages are left as they are.
pub fn redact(message: &str, value: &mut serde_json::Value) {
    let _ = (message, value);
}
/// The names of this API's messages, as the spec gives them.
pub const MESSAGE_NAMES: &[&str] = &[
    "ErrorEnvelope",
    "ErrorBody",
    "AvailableBanksResponse",
    "AvailableBanksData",
    "AvailableBank",
    "FastTransferOption",
    "DepositRequest",
    "DepositCustomer",
    "DepositResponse",
    "DepositData",
    "WithdrawRequest",
    "WithdrawResponse",
    "WithdrawData",
    "CallbackPayload",
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
            "ErrorBody" => {
                serde_json::from_str::<ErrorBody>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "AvailableBanksResponse" => {
                serde_json::from_str::<AvailableBanksResponse>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "AvailableBanksData" => {
                serde_json::from_str::<AvailableBanksData>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "AvailableBank" => {
                serde_json::from_str::<AvailableBank>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "FastTransferOption" => {
                serde_json::from_str::<FastTransferOption>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "DepositRequest" => {
                serde_json::from_str::<DepositRequest>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "DepositCustomer" => {
                serde_json::from_str::<DepositCustomer>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "DepositResponse" => {
                serde_json::from_str::<DepositResponse>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "DepositData" => {
                serde_json::from_str::<DepositData>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "WithdrawRequest" => {
                serde_json::from_str::<WithdrawRequest>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "WithdrawResponse" => {
                serde_json::from_str::<WithdrawResponse>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "WithdrawData" => {
                serde_json::from_str::<WithdrawData>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            "CallbackPayload" => {
                serde_json::from_str::<CallbackPayload>(json)
                    .and_then(|value| serde_json::to_string(&value))
            }
            _ => return None,
        },
    )
}
