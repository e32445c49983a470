//! The catalogs' own vocabulary, shared by every API's errors: languages, retry advice, who must act, and the
//! parties whose errors pass through.

use serde::{Deserialize, Serialize};

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
