// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The lifecycles of the WiaPay API, from `spec/wiapay/`.
use crate::support::{ForbiddenInfo, TransitionInfo};
/// The states of the lifecycle `wiapay-transaction`: A deposit or withdrawal from its creation to its final status. After creation every change of status is reported by a callback, deposit-callback for a deposit and withdrawal-callback for a withdrawal, and the transition is the one the callback's status names; a processing callback may never come, so a final status may follow pending directly. A callback that repeats the status already reached, or comes after a final status, changes nothing: the receiver acknowledges it and handles it idempotently. A signed request whose X-Timestamp is more than 5 minutes from the server's clock is refused with TIMESTAMP_EXPIRED (401) before any state is touched; that window is part of the signing recipe, not of this lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TransactionState {
    /// `not_created`: No transaction with this processId exists yet.
    NotCreated,
    /// `pending`: Created; a deposit waits for the customer to pay at the checkout (at most 30 minutes), a withdrawal waits to be processed.
    Pending,
    /// `processing`: The transfer is being processed.
    Processing,
    /// `completed`: The transfer is done; a callback with status completed and completedAt reports it.
    Completed,
    /// `failed`: The transfer failed; a callback with status failed and failureReason reports it.
    Failed,
    /// `cancelled`: The transaction was cancelled before it was processed: a deposit that expired after 30 minutes, or a transaction WiaPay reports cancelled for a reason it does not document; a callback with status cancelled reports it.
    Cancelled,
}
impl TransactionState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::NotCreated,
        Self::Pending,
        Self::Processing,
        Self::Completed,
        Self::Failed,
        Self::Cancelled,
    ];
    /// The state things start in.
    pub const INITIAL: Self = Self::NotCreated;
    /// Every allowed transition.
    pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[
        TransitionInfo {
            from: Self::NotCreated,
            to: Self::Pending,
            operation: Some("deposit"),
            event: None,
            guard: Some("WiaPay accepts the request (success true)."),
        },
        TransitionInfo {
            from: Self::NotCreated,
            to: Self::Pending,
            operation: Some("withdraw"),
            event: None,
            guard: Some("WiaPay accepts the request (success true)."),
        },
        TransitionInfo {
            from: Self::Pending,
            to: Self::Processing,
            operation: Some("deposit-callback"),
            event: None,
            guard: Some("The callback's status is processing."),
        },
        TransitionInfo {
            from: Self::Processing,
            to: Self::Completed,
            operation: Some("deposit-callback"),
            event: None,
            guard: Some(
                "The callback's status is completed, with completedAt and the confirmed amount, which may differ from the requested one.",
            ),
        },
        TransitionInfo {
            from: Self::Processing,
            to: Self::Failed,
            operation: Some("deposit-callback"),
            event: None,
            guard: Some("The callback's status is failed, with failureReason."),
        },
        TransitionInfo {
            from: Self::Pending,
            to: Self::Completed,
            operation: Some("deposit-callback"),
            event: None,
            guard: Some(
                "The callback's status is completed, with completedAt and the confirmed amount, which may differ from the requested one.",
            ),
        },
        TransitionInfo {
            from: Self::Pending,
            to: Self::Failed,
            operation: Some("deposit-callback"),
            event: None,
            guard: Some("The callback's status is failed, with failureReason."),
        },
        TransitionInfo {
            from: Self::Pending,
            to: Self::Processing,
            operation: Some("withdrawal-callback"),
            event: None,
            guard: Some("The callback's status is processing."),
        },
        TransitionInfo {
            from: Self::Processing,
            to: Self::Completed,
            operation: Some("withdrawal-callback"),
            event: None,
            guard: Some(
                "The callback's status is completed, with completedAt and the confirmed amount, which may differ from the requested one.",
            ),
        },
        TransitionInfo {
            from: Self::Processing,
            to: Self::Failed,
            operation: Some("withdrawal-callback"),
            event: None,
            guard: Some("The callback's status is failed, with failureReason."),
        },
        TransitionInfo {
            from: Self::Pending,
            to: Self::Completed,
            operation: Some("withdrawal-callback"),
            event: None,
            guard: Some(
                "The callback's status is completed, with completedAt and the confirmed amount, which may differ from the requested one.",
            ),
        },
        TransitionInfo {
            from: Self::Pending,
            to: Self::Failed,
            operation: Some("withdrawal-callback"),
            event: None,
            guard: Some("The callback's status is failed, with failureReason."),
        },
        TransitionInfo {
            from: Self::Pending,
            to: Self::Cancelled,
            operation: Some("deposit-callback"),
            event: None,
            guard: Some(
                "The callback's status is cancelled: the deposit expired 30 minutes after creation without the customer completing the payment.",
            ),
        },
        TransitionInfo {
            from: Self::Pending,
            to: Self::Cancelled,
            operation: Some("withdrawal-callback"),
            event: None,
            guard: Some(
                "The callback's status is cancelled, before any processing callback.",
            ),
        },
        TransitionInfo {
            from: Self::Pending,
            to: Self::Cancelled,
            operation: None,
            event: Some(
                "30 minutes pass after creation without the customer completing the payment: the deposit expires, and WiaPay reports it with a deposit callback whose status is cancelled.",
            ),
            guard: Some("The transaction is a deposit."),
        },
    ];
    /// Every operation refused in a state, with the error answered.
    pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[
        ForbiddenInfo {
            state: Self::Pending,
            operation: "deposit",
            guard: Some("The request carries the processId of this transaction."),
            code: "DUPLICATE_TRANSACTION",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Pending,
            operation: "withdraw",
            guard: Some("The request carries the processId of this transaction."),
            code: "DUPLICATE_TRANSACTION",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Processing,
            operation: "deposit",
            guard: Some("The request carries the processId of this transaction."),
            code: "DUPLICATE_TRANSACTION",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Processing,
            operation: "withdraw",
            guard: Some("The request carries the processId of this transaction."),
            code: "DUPLICATE_TRANSACTION",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Completed,
            operation: "deposit",
            guard: Some("The request carries the processId of this transaction."),
            code: "DUPLICATE_TRANSACTION",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Completed,
            operation: "withdraw",
            guard: Some("The request carries the processId of this transaction."),
            code: "DUPLICATE_TRANSACTION",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Failed,
            operation: "deposit",
            guard: Some("The request carries the processId of this transaction."),
            code: "DUPLICATE_TRANSACTION",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Failed,
            operation: "withdraw",
            guard: Some("The request carries the processId of this transaction."),
            code: "DUPLICATE_TRANSACTION",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Cancelled,
            operation: "deposit",
            guard: Some("The request carries the processId of this transaction."),
            code: "DUPLICATE_TRANSACTION",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Cancelled,
            operation: "withdraw",
            guard: Some("The request carries the processId of this transaction."),
            code: "DUPLICATE_TRANSACTION",
            http_status: 409,
            arguments: &[],
        },
    ];
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::NotCreated => "not_created",
            Self::Pending => "pending",
            Self::Processing => "processing",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
        }
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Completed | Self::Failed | Self::Cancelled)
    }
    /// The transitions an operation may cause from this state.
    pub fn transitions_by(
        self,
        operation: &str,
    ) -> impl Iterator<Item = &'static TransitionInfo<Self>> + use<'_> {
        Self::TRANSITIONS
            .iter()
            .filter(move |t| t.from == self && t.operation == Some(operation))
    }
    /// The refusals of an operation in this state (several where guards differ).
    pub fn refusals_of(
        self,
        operation: &str,
    ) -> impl Iterator<Item = &'static ForbiddenInfo<Self>> + use<'_> {
        Self::FORBIDDEN
            .iter()
            .filter(move |f| f.state == self && f.operation == operation)
    }
}
