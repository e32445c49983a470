// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The enumerations of the Finrota Payment Web Service (PWS), from `spec/finrota-pws/`.
use crate::support::{WireEnum, wire_enum_traits};
/// "type" (Bearer)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TokenType {
    /// `Bearer`: The token is sent as Authorization: Bearer followed by the token.
    Bearer,
}
impl WireEnum for TokenType {
    const ALL: &'static [Self] = &[Self::Bearer];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Bearer => "Bearer",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "Bearer" => Some(Self::Bearer),
            _ => None,
        }
    }
}
wire_enum_traits!(TokenType, "Finrota Payment Web Service (PWS) TokenType value");
/// The flow status of a transaction (transactionStatusId), a JSON integer. (open: fields keep values not listed here)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TransactionStatus {
    /// `1`: Successful.
    Successful,
    /// `2`: Failed.
    Failed,
    /// `3`: Pending.
    Pending,
    /// `6`: Answered after a partial refund; the status table does not list it.
    AfterPartialRefund,
}
impl WireEnum for TransactionStatus {
    const ALL: &'static [Self] = &[
        Self::Successful,
        Self::Failed,
        Self::Pending,
        Self::AfterPartialRefund,
    ];
    const INTEGER: bool = true;
    fn as_wire(self) -> &'static str {
        match self {
            Self::Successful => "1",
            Self::Failed => "2",
            Self::Pending => "3",
            Self::AfterPartialRefund => "6",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "1" => Some(Self::Successful),
            "2" => Some(Self::Failed),
            "3" => Some(Self::Pending),
            "6" => Some(Self::AfterPartialRefund),
            _ => None,
        }
    }
}
wire_enum_traits!(
    TransactionStatus, "Finrota Payment Web Service (PWS) TransactionStatus value"
);
