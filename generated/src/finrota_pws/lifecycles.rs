// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The lifecycles of the Finrota Payment Web Service (PWS), from `spec/finrota-pws/`.
use crate::support::{ForbiddenInfo, TransitionInfo};
/// The states of the lifecycle `finrota-payment`: A card payment through PWS, from the payment request to its 3D step, finalization, cancellation and refunds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PaymentState {
    /// `not_submitted`: The merchant's order before POST /pws/payment: nothing exists at Finrota yet, so every reference to it is unknown.
    NotSubmitted,
    /// `awaiting_3d`: A 3D payment was started: the answer carried the bank's redirect URL and the cardholder has yet to pass the OTP step (transactionStatusId 3, pending). autoCommit ends it committed or failed; a cardholder who never finishes the step leaves it abandoned, which the spec ends as failed.
    AwaitingThreeD,
    /// `committed`: The bank authorized the payment and it is finalized (transactionStatusId 1, successful): the only state in which cancel and a first refund are allowed.
    Committed,
    /// `failed`: The bank declined the payment (P011), the cardholder failed the OTP step (P012) or abandoned it (transactionStatusId 2, failed).
    Failed,
    /// `cancelled`: The payment was cancelled; nothing remains (lastAmount 0.0).
    Cancelled,
    /// `partially_refunded`: Part of the amount was refunded; lastAmount is what remains (transactionStatusId 6 in the refund sample).
    PartiallyRefunded,
    /// `fully_refunded`: The whole amount was refunded; nothing remains.
    FullyRefunded,
}
impl PaymentState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::NotSubmitted,
        Self::AwaitingThreeD,
        Self::Committed,
        Self::Failed,
        Self::Cancelled,
        Self::PartiallyRefunded,
        Self::FullyRefunded,
    ];
    /// The state things start in.
    pub const INITIAL: Self = Self::NotSubmitted;
    /// Every allowed transition.
    pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[
        TransitionInfo {
            from: Self::NotSubmitted,
            to: Self::AwaitingThreeD,
            operation: Some("create-payment"),
            event: None,
            guard: Some(
                "use3D is true and the request is accepted: the answer carries redirectUrl.",
            ),
        },
        TransitionInfo {
            from: Self::NotSubmitted,
            to: Self::Committed,
            operation: Some("create-payment"),
            event: None,
            guard: Some(
                "use3D is false and the bank authorizes: isSuccess true, transactionStatusId 1.",
            ),
        },
        TransitionInfo {
            from: Self::NotSubmitted,
            to: Self::Failed,
            operation: Some("create-payment"),
            event: None,
            guard: Some(
                "use3D is false and the bank declines: HTTP 200, statusCode 600, P011, isSuccess false.",
            ),
        },
        TransitionInfo {
            from: Self::AwaitingThreeD,
            to: Self::Committed,
            operation: None,
            event: Some(
                "The cardholder returns to returnUrl after the OTP step and autoCommit finalizes the payment.",
            ),
            guard: Some(
                "The cardholder passed the OTP step and the bank authorized the payment.",
            ),
        },
        TransitionInfo {
            from: Self::AwaitingThreeD,
            to: Self::Committed,
            operation: Some("commit-payment"),
            event: None,
            guard: Some(
                "The OTP step succeeded and autoCommit has not finalized the payment.",
            ),
        },
        TransitionInfo {
            from: Self::AwaitingThreeD,
            to: Self::Failed,
            operation: None,
            event: Some(
                "The cardholder fails the bank's OTP step (P012) or the bank declines after it (P011).",
            ),
            guard: None,
        },
        TransitionInfo {
            from: Self::AwaitingThreeD,
            to: Self::Failed,
            operation: None,
            event: Some(
                "The cardholder abandons the 3D step: they never come back from the bank's OTP page and the bank's 3D session ends without a result. autoCommit has nothing to finalize and no amount is taken, so the payment ends failed. The vendor names no time limit: a merchant that has heard nothing queries the transaction before it gives up.",
            ),
            guard: None,
        },
        TransitionInfo {
            from: Self::AwaitingThreeD,
            to: Self::Failed,
            operation: Some("commit-payment"),
            event: None,
            guard: Some(
                "The OTP step failed (P012) or the bank declines (P011): HTTP 200, isSuccess false.",
            ),
        },
        TransitionInfo {
            from: Self::Committed,
            to: Self::Cancelled,
            operation: Some("cancel-payment"),
            event: None,
            guard: Some(
                "The bank approves the cancellation: isSuccess true, lastAmount 0.0.",
            ),
        },
        TransitionInfo {
            from: Self::Committed,
            to: Self::Committed,
            operation: Some("cancel-payment"),
            event: None,
            guard: Some(
                "The bank refuses the cancellation: HTTP 200, statusCode 602, P013, isSuccess false; the payment stays committed.",
            ),
        },
        TransitionInfo {
            from: Self::Committed,
            to: Self::PartiallyRefunded,
            operation: Some("refund-payment"),
            event: None,
            guard: Some(
                "amount is sent and is less than lastAmount, and the bank approves.",
            ),
        },
        TransitionInfo {
            from: Self::Committed,
            to: Self::FullyRefunded,
            operation: Some("refund-payment"),
            event: None,
            guard: Some(
                "amount is not sent, or equals lastAmount, and the bank approves.",
            ),
        },
        TransitionInfo {
            from: Self::Committed,
            to: Self::Committed,
            operation: Some("refund-payment"),
            event: None,
            guard: Some(
                "The bank rejects the refund: HTTP 200, statusCode 603, P014, isSuccess false.",
            ),
        },
        TransitionInfo {
            from: Self::PartiallyRefunded,
            to: Self::PartiallyRefunded,
            operation: Some("refund-payment"),
            event: None,
            guard: Some(
                "amount is less than the remaining lastAmount and the bank approves.",
            ),
        },
        TransitionInfo {
            from: Self::PartiallyRefunded,
            to: Self::FullyRefunded,
            operation: Some("refund-payment"),
            event: None,
            guard: Some(
                "amount is not sent, or equals the remaining lastAmount, and the bank approves.",
            ),
        },
    ];
    /// Every operation refused in a state, with the error answered.
    pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[
        ForbiddenInfo {
            state: Self::NotSubmitted,
            operation: "cancel-payment",
            guard: None,
            code: "P004",
            http_status: 404,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::NotSubmitted,
            operation: "refund-payment",
            guard: None,
            code: "P004",
            http_status: 404,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::NotSubmitted,
            operation: "commit-payment",
            guard: None,
            code: "P004",
            http_status: 404,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::NotSubmitted,
            operation: "get-transaction",
            guard: None,
            code: "P004",
            http_status: 404,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::NotSubmitted,
            operation: "query-transaction",
            guard: None,
            code: "P004",
            http_status: 404,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::AwaitingThreeD,
            operation: "cancel-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::AwaitingThreeD,
            operation: "refund-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Failed,
            operation: "cancel-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Failed,
            operation: "refund-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Cancelled,
            operation: "cancel-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Cancelled,
            operation: "refund-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "cancel-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "refund-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "cancel-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Committed,
            operation: "refund-payment",
            guard: Some(
                "amount exceeds what remains (lastAmount): the total refund would exceed the original transaction amount.",
            ),
            code: "P015",
            http_status: 200,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "refund-payment",
            guard: Some(
                "amount exceeds what remains (lastAmount): the total refund would exceed the original transaction amount.",
            ),
            code: "P015",
            http_status: 200,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "refund-payment",
            guard: Some(
                "The same refund is sent again while the first is processed (a double refund).",
            ),
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::AwaitingThreeD,
            operation: "create-payment",
            guard: Some(
                "The payment is sent again with the same clientOrderReferenceCode while the first awaits the OTP step.",
            ),
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Committed,
            operation: "create-payment",
            guard: Some(
                "The payment is sent again with the same clientOrderReferenceCode.",
            ),
            code: "P017",
            http_status: 200,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Cancelled,
            operation: "create-payment",
            guard: Some(
                "The payment is sent again with the same clientOrderReferenceCode.",
            ),
            code: "P017",
            http_status: 200,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "create-payment",
            guard: Some(
                "The payment is sent again with the same clientOrderReferenceCode.",
            ),
            code: "P017",
            http_status: 200,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "create-payment",
            guard: Some(
                "The payment is sent again with the same clientOrderReferenceCode.",
            ),
            code: "P017",
            http_status: 200,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Committed,
            operation: "commit-payment",
            guard: None,
            code: "P017",
            http_status: 200,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Failed,
            operation: "commit-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Cancelled,
            operation: "commit-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "commit-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "commit-payment",
            guard: None,
            code: "P005",
            http_status: 409,
            arguments: &[],
        },
    ];
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::NotSubmitted => "not_submitted",
            Self::AwaitingThreeD => "awaiting_3d",
            Self::Committed => "committed",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::PartiallyRefunded => "partially_refunded",
            Self::FullyRefunded => "fully_refunded",
        }
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Failed | Self::Cancelled | Self::FullyRefunded)
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
/// The states of the lifecycle `access-token`: You can think of it as a key that verifies your identity before sending requests to the API. When this key expires, you need to renew it; otherwise, your requests will return errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccessTokenState {
    /// `valid`: The token obtained from POST /auth/api/token/connect, before its expiry: every PWS call sends it as Bearer.
    Valid,
    /// `expired`: The expiry instant has passed: calls with the token return 401 (P002); a new token must be obtained.
    Expired,
}
impl AccessTokenState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[Self::Valid, Self::Expired];
    /// The state things start in.
    pub const INITIAL: Self = Self::Valid;
    /// Every allowed transition.
    pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[
        TransitionInfo {
            from: Self::Valid,
            to: Self::Expired,
            operation: None,
            event: Some("The instant in expiry passes."),
            guard: None,
        },
    ];
    /// Every operation refused in a state, with the error answered.
    pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[
        ForbiddenInfo {
            state: Self::Expired,
            operation: "list-payment-sets",
            guard: None,
            code: "P002",
            http_status: 401,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "list-payment-options",
            guard: None,
            code: "P002",
            http_status: 401,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "payment-options-by-bin",
            guard: None,
            code: "P002",
            http_status: 401,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "create-payment",
            guard: None,
            code: "P002",
            http_status: 401,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "commit-payment",
            guard: None,
            code: "P002",
            http_status: 401,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "get-transaction",
            guard: None,
            code: "P002",
            http_status: 401,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "query-transaction",
            guard: None,
            code: "P002",
            http_status: 401,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "cancel-payment",
            guard: None,
            code: "P002",
            http_status: 401,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "refund-payment",
            guard: None,
            code: "P002",
            http_status: 401,
            arguments: &[],
        },
    ];
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Expired => "expired",
        }
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Expired)
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
