// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The enumerations of the WiaPay API, from `spec/wiapay/`.
use crate::support::{WireEnum, wire_enum_traits};
/// The currencies WiaPay accepts: only TRY.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Currency {
    /// `TRY`: Turkish lira.
    Try,
}
impl WireEnum for Currency {
    const ALL: &'static [Self] = &[Self::Try];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Try => "TRY",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "TRY" => Some(Self::Try),
            _ => None,
        }
    }
}
wire_enum_traits!(Currency, "WiaPay API Currency value");
/// Transaction type: deposit or withdrawal
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TransactionType {
    /// `deposit`: A deposit created with POST /v1/deposit.
    Deposit,
    /// `withdrawal`: A withdrawal created with POST /v1/withdraw.
    Withdrawal,
}
impl WireEnum for TransactionType {
    const ALL: &'static [Self] = &[Self::Deposit, Self::Withdrawal];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Deposit => "deposit",
            Self::Withdrawal => "withdrawal",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "deposit" => Some(Self::Deposit),
            "withdrawal" => Some(Self::Withdrawal),
            _ => None,
        }
    }
}
wire_enum_traits!(TransactionType, "WiaPay API TransactionType value");
/// The status of a WiaPay transaction. The callback table lists completed, failed and cancelled; the same page says a transaction moves from pending to processing to completed (e.g.) and that a callback may come for each change, so pending and processing are listed too and the set is open. (open: fields keep values not listed here)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TransactionStatus {
    /// `pending`: Created and waiting: for a deposit, the customer has not paid at the checkout yet.
    Pending,
    /// `processing`: The transfer is being processed.
    Processing,
    /// `completed`: The transfer is done; the callback carries completedAt and the confirmed amount.
    Completed,
    /// `failed`: The transfer failed; the callback carries failureReason.
    Failed,
    /// `cancelled`: The transaction was cancelled; the spec also reports a deposit that expired after 30 minutes as cancelled.
    Cancelled,
}
impl WireEnum for TransactionStatus {
    const ALL: &'static [Self] = &[
        Self::Pending,
        Self::Processing,
        Self::Completed,
        Self::Failed,
        Self::Cancelled,
    ];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Processing => "processing",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "pending" => Some(Self::Pending),
            "processing" => Some(Self::Processing),
            "completed" => Some(Self::Completed),
            "failed" => Some(Self::Failed),
            "cancelled" => Some(Self::Cancelled),
            _ => None,
        }
    }
}
wire_enum_traits!(TransactionStatus, "WiaPay API TransactionStatus value");
