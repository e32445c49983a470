// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! The lifecycles of the iyzico Terminal API, from `spec/iyzico-terminal/`.
use crate::support::{ForbiddenInfo, TransitionInfo};
/// The states of the lifecycle `vuk509-payment`: A VUK 509 payment from the sale to its void, refunds and settlement. A void is possible only on the payment's day, before end of day; refunds are full or partial and together never exceed the payment; POST_AUTH closes only a PRE_AUTH, which end of day leaves open until a POST_AUTH or the bank's release. A payment call that fails with a code whose retry is query_first (380103, 380203, 380205, PAYMENT_ERROR) leaves the outcome unknown until a status query tells it; a void or refund failing so is settled the same way (cancelHostReference, refundHostReference) before any retry. Every sale, void and refund takes a new transactionReferenceId; a reused one is refused with 380104. VUK 507 and VUK 509 never mix: an integration is bound to one mode (lifecycle integration-mode, 380105), and a VUK 509 paymentId is unknown to the VUK 507 services (380107). Queries change the state only out of outcome_unknown. Arguments written request.<field> take the value of that field of the refused request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vuk509PaymentState {
    /// `not_created`: No payment exists under the paymentId named.
    NotCreated,
    /// `declined`: The payment failed with a known outcome (status FAILURE with a code whose retry is not query_first, e.g. a BANK_ERROR decline): nothing was charged.
    Declined,
    /// `outcome_unknown`: The payment call, or a POST_AUTH closing it, failed with a code whose retry is query_first (380103 timeout, 380203, 380205, PAYMENT_ERROR): the device may have charged the card. Only a status query (by deviceUniqueId and transactionReferenceId) tells the real outcome; a retry before it is refused as a reused transactionReferenceId.
    OutcomeUnknown,
    /// `sale`: An approved SALE, in the device's open batch.
    Sale,
    /// `pre_auth`: An approved PRE_AUTH: the amount is reserved, waiting for a POST_AUTH.
    PreAuth,
    /// `pre_auth_lapsed`: A PRE_AUTH never closed: the issuing bank released the reservation at the end of its own hold period. Nothing can be captured, voided or refunded any more.
    PreAuthLapsed,
    /// `post_auth_completed`: A PRE_AUTH closed by an approved POST_AUTH, in the open batch.
    PostAuthCompleted,
    /// `settled`: Included in a batch that an end of day closed: it can no longer be voided, only refunded.
    Settled,
    /// `voided`: Voided the same day (cancelHostReference is set).
    Voided,
    /// `partially_refunded`: Part of the amount was refunded; the rest can still be refunded.
    PartiallyRefunded,
    /// `fully_refunded`: The whole amount was refunded.
    FullyRefunded,
}
impl Vuk509PaymentState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::NotCreated,
        Self::Declined,
        Self::OutcomeUnknown,
        Self::Sale,
        Self::PreAuth,
        Self::PreAuthLapsed,
        Self::PostAuthCompleted,
        Self::Settled,
        Self::Voided,
        Self::PartiallyRefunded,
        Self::FullyRefunded,
    ];
    /// The state things start in.
    pub const INITIAL: Self = Self::NotCreated;
    /// Every allowed transition.
    pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[
        TransitionInfo {
            from: Self::NotCreated,
            to: Self::Sale,
            operation: Some("vuk509-payment"),
            event: None,
            guard: Some("salesType SALE, approved (status SUCCESS)."),
        },
        TransitionInfo {
            from: Self::NotCreated,
            to: Self::PreAuth,
            operation: Some("vuk509-payment"),
            event: None,
            guard: Some("salesType PRE_AUTH, approved (status SUCCESS)."),
        },
        TransitionInfo {
            from: Self::NotCreated,
            to: Self::Declined,
            operation: Some("vuk509-payment"),
            event: None,
            guard: Some(
                "The payment is refused (status FAILURE) with a code whose retry is not query_first, e.g. BANK_ERROR.",
            ),
        },
        TransitionInfo {
            from: Self::NotCreated,
            to: Self::OutcomeUnknown,
            operation: Some("vuk509-payment"),
            event: None,
            guard: Some(
                "salesType SALE or PRE_AUTH fails with a code whose retry is query_first (380103, 380203, 380205, PAYMENT_ERROR).",
            ),
        },
        TransitionInfo {
            from: Self::PreAuth,
            to: Self::PostAuthCompleted,
            operation: Some("vuk509-payment"),
            event: None,
            guard: Some("salesType POST_AUTH with this paymentId, approved."),
        },
        TransitionInfo {
            from: Self::PreAuth,
            to: Self::OutcomeUnknown,
            operation: Some("vuk509-payment"),
            event: None,
            guard: Some(
                "salesType POST_AUTH with this paymentId fails with a code whose retry is query_first.",
            ),
        },
        TransitionInfo {
            from: Self::PreAuth,
            to: Self::Voided,
            operation: Some("vuk509-void"),
            event: None,
            guard: Some("The same day, before end of day."),
        },
        TransitionInfo {
            from: Self::Sale,
            to: Self::Voided,
            operation: Some("vuk509-void"),
            event: None,
            guard: Some("The same day, before end of day."),
        },
        TransitionInfo {
            from: Self::PostAuthCompleted,
            to: Self::Voided,
            operation: Some("vuk509-void"),
            event: None,
            guard: Some("The same day, before end of day."),
        },
        TransitionInfo {
            from: Self::Sale,
            to: Self::PartiallyRefunded,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some("The refund price is less than what remains refundable."),
        },
        TransitionInfo {
            from: Self::Sale,
            to: Self::FullyRefunded,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some("The refund price equals what remains refundable."),
        },
        TransitionInfo {
            from: Self::PostAuthCompleted,
            to: Self::PartiallyRefunded,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some("The refund price is less than what remains refundable."),
        },
        TransitionInfo {
            from: Self::PostAuthCompleted,
            to: Self::FullyRefunded,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some("The refund price equals what remains refundable."),
        },
        TransitionInfo {
            from: Self::Settled,
            to: Self::PartiallyRefunded,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some("The refund price is less than what remains refundable."),
        },
        TransitionInfo {
            from: Self::Settled,
            to: Self::FullyRefunded,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some("The refund price equals what remains refundable."),
        },
        TransitionInfo {
            from: Self::PartiallyRefunded,
            to: Self::PartiallyRefunded,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some("The refund price is less than what remains refundable."),
        },
        TransitionInfo {
            from: Self::PartiallyRefunded,
            to: Self::FullyRefunded,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some("The refund price equals what remains refundable."),
        },
        TransitionInfo {
            from: Self::Sale,
            to: Self::Settled,
            operation: Some("vuk509-end-of-day"),
            event: None,
            guard: Some(
                "The end of day of the payment's device closes the batch holding it.",
            ),
        },
        TransitionInfo {
            from: Self::PostAuthCompleted,
            to: Self::Settled,
            operation: Some("vuk509-end-of-day"),
            event: None,
            guard: Some(
                "The end of day of the payment's device closes the batch holding it.",
            ),
        },
        TransitionInfo {
            from: Self::OutcomeUnknown,
            to: Self::Sale,
            operation: Some("vuk509-query-transaction-status"),
            event: None,
            guard: Some(
                "The query shows an approved SALE (status SUCCESS), and no end of day has run on its device since.",
            ),
        },
        TransitionInfo {
            from: Self::OutcomeUnknown,
            to: Self::PreAuth,
            operation: Some("vuk509-query-transaction-status"),
            event: None,
            guard: Some(
                "The query shows an approved PRE_AUTH that no POST_AUTH has closed.",
            ),
        },
        TransitionInfo {
            from: Self::OutcomeUnknown,
            to: Self::PostAuthCompleted,
            operation: Some("vuk509-query-transaction-status"),
            event: None,
            guard: Some(
                "The query shows the PRE_AUTH closed by an approved POST_AUTH, and no end of day has run on its device since.",
            ),
        },
        TransitionInfo {
            from: Self::OutcomeUnknown,
            to: Self::Settled,
            operation: Some("vuk509-query-transaction-status"),
            event: None,
            guard: Some(
                "The query shows an approved SALE or closed PRE_AUTH, and an end of day on its device has run since.",
            ),
        },
        TransitionInfo {
            from: Self::OutcomeUnknown,
            to: Self::Declined,
            operation: Some("vuk509-query-transaction-status"),
            event: None,
            guard: Some(
                "The query shows no approved payment: status FAILURE, or no payment for the reference.",
            ),
        },
        TransitionInfo {
            from: Self::PreAuth,
            to: Self::PreAuth,
            operation: Some("vuk509-end-of-day"),
            event: None,
            guard: Some(
                "End of day runs on the payment's device: a reservation captures nothing, so the batch close leaves it open and a POST_AUTH may follow on a later day.",
            ),
        },
        TransitionInfo {
            from: Self::PreAuth,
            to: Self::PreAuthLapsed,
            operation: None,
            event: Some(
                "The issuing bank's hold period ends without a POST_AUTH (iyzico documents no period).",
            ),
            guard: None,
        },
    ];
    /// Every operation refused in a state, with the error answered.
    pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[
        ForbiddenInfo {
            state: Self::NotCreated,
            operation: "vuk509-void",
            guard: Some("No payment has this paymentId."),
            code: "380107",
            http_status: 422,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::NotCreated,
            operation: "vuk509-refund",
            guard: Some("No payment has this paymentId."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::NotCreated,
            operation: "vuk509-query-transaction-status",
            guard: Some("No payment has this paymentId."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::NotCreated,
            operation: "vuk509-payment",
            guard: Some("salesType POST_AUTH with a paymentId no payment has."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk509-void",
            guard: None,
            code: "380104",
            http_status: 422,
            arguments: &[
                ("details", "void is possible only before end of day; use refund"),
            ],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk509-void",
            guard: Some("A partly refunded payment cannot be voided whole."),
            code: "380112",
            http_status: 422,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk509-void",
            guard: None,
            code: "380112",
            http_status: 422,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk509-refund",
            guard: None,
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk509-void",
            guard: None,
            code: "380112",
            http_status: 422,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk509-refund",
            guard: None,
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::PreAuth,
            operation: "vuk509-refund",
            guard: Some("A reservation has captured nothing to refund."),
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk509-refund",
            guard: Some(
                "The refund price exceeds what remains refundable (refunds together never exceed the sale).",
            ),
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::PostAuthCompleted,
            operation: "vuk509-refund",
            guard: Some(
                "The refund price exceeds what remains refundable (refunds together never exceed the sale).",
            ),
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk509-refund",
            guard: Some(
                "The refund price exceeds what remains refundable (refunds together never exceed the sale).",
            ),
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk509-refund",
            guard: Some(
                "The refund price exceeds what remains refundable (refunds together never exceed the sale).",
            ),
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk509-payment",
            guard: Some(
                "salesType POST_AUTH with this paymentId, which is not an open PRE_AUTH.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[
                ("details", "POST_AUTH needs the paymentId of an open PRE_AUTH"),
            ],
        },
        ForbiddenInfo {
            state: Self::PostAuthCompleted,
            operation: "vuk509-payment",
            guard: Some(
                "salesType POST_AUTH with this paymentId, which is not an open PRE_AUTH.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[
                ("details", "POST_AUTH needs the paymentId of an open PRE_AUTH"),
            ],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk509-payment",
            guard: Some(
                "salesType POST_AUTH with this paymentId, which is not an open PRE_AUTH.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[
                ("details", "POST_AUTH needs the paymentId of an open PRE_AUTH"),
            ],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk509-payment",
            guard: Some(
                "salesType POST_AUTH with this paymentId, which is not an open PRE_AUTH.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[
                ("details", "POST_AUTH needs the paymentId of an open PRE_AUTH"),
            ],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk509-payment",
            guard: Some(
                "salesType POST_AUTH with this paymentId, which is not an open PRE_AUTH.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[
                ("details", "POST_AUTH needs the paymentId of an open PRE_AUTH"),
            ],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk509-payment",
            guard: Some(
                "salesType POST_AUTH with this paymentId, which is not an open PRE_AUTH.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[
                ("details", "POST_AUTH needs the paymentId of an open PRE_AUTH"),
            ],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk507-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk507-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk507-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PreAuth,
            operation: "vuk507-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PreAuth,
            operation: "vuk507-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PreAuth,
            operation: "vuk507-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PostAuthCompleted,
            operation: "vuk507-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PostAuthCompleted,
            operation: "vuk507-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PostAuthCompleted,
            operation: "vuk507-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk507-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk507-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk507-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk507-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk507-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk507-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk507-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk507-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk507-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk507-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk507-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk507-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk509-void",
            guard: None,
            code: "380112",
            http_status: 422,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk509-refund",
            guard: None,
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk507-void",
            guard: None,
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk507-refund",
            guard: None,
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk507-query-transaction-status",
            guard: None,
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk509-void",
            guard: Some(
                "The payment is from an earlier day (paymentDate before today), although no end of day has closed its batch.",
            ),
            code: "380104",
            http_status: 422,
            arguments: &[
                (
                    "details",
                    "void is possible only on the day of the payment; use refund",
                ),
            ],
        },
        ForbiddenInfo {
            state: Self::PostAuthCompleted,
            operation: "vuk509-void",
            guard: Some(
                "The payment is from an earlier day (paymentDate before today), although no end of day has closed its batch.",
            ),
            code: "380104",
            http_status: 422,
            arguments: &[
                (
                    "details",
                    "void is possible only on the day of the payment; use refund",
                ),
            ],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk509-payment",
            guard: Some(
                "salesType POST_AUTH with this paymentId, which is not an open PRE_AUTH.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[
                ("details", "POST_AUTH needs the paymentId of an open PRE_AUTH"),
            ],
        },
        ForbiddenInfo {
            state: Self::PreAuthLapsed,
            operation: "vuk509-payment",
            guard: Some(
                "salesType POST_AUTH with this paymentId, which is not an open PRE_AUTH.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[
                ("details", "POST_AUTH needs the paymentId of an open PRE_AUTH"),
            ],
        },
        ForbiddenInfo {
            state: Self::PreAuthLapsed,
            operation: "vuk509-void",
            guard: None,
            code: "380112",
            http_status: 422,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::PreAuthLapsed,
            operation: "vuk509-refund",
            guard: None,
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::OutcomeUnknown,
            operation: "vuk507-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::OutcomeUnknown,
            operation: "vuk507-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::OutcomeUnknown,
            operation: "vuk507-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PreAuthLapsed,
            operation: "vuk507-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PreAuthLapsed,
            operation: "vuk507-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PreAuthLapsed,
            operation: "vuk507-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk509-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::OutcomeUnknown,
            operation: "vuk509-payment",
            guard: Some(
                "A retry with this payment's transactionReferenceId, before a query has told the outcome.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk509-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::PreAuth,
            operation: "vuk509-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::PreAuthLapsed,
            operation: "vuk509-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::PostAuthCompleted,
            operation: "vuk509-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk509-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk509-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk509-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk509-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::PreAuth,
            operation: "vuk509-void",
            guard: Some(
                "An end of day has run on the payment's device since the PRE_AUTH was approved; the reservation stays open, but it can no longer be voided.",
            ),
            code: "380104",
            http_status: 422,
            arguments: &[("details", "void is possible only before end of day")],
        },
        ForbiddenInfo {
            state: Self::PreAuth,
            operation: "vuk509-void",
            guard: Some(
                "The PRE_AUTH is from an earlier day (paymentDate before today), although no end of day has run on its device since.",
            ),
            code: "380104",
            http_status: 422,
            arguments: &[("details", "void is possible only on the day of the payment")],
        },
    ];
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::NotCreated => "not_created",
            Self::Declined => "declined",
            Self::OutcomeUnknown => "outcome_unknown",
            Self::Sale => "sale",
            Self::PreAuth => "pre_auth",
            Self::PreAuthLapsed => "pre_auth_lapsed",
            Self::PostAuthCompleted => "post_auth_completed",
            Self::Settled => "settled",
            Self::Voided => "voided",
            Self::PartiallyRefunded => "partially_refunded",
            Self::FullyRefunded => "fully_refunded",
        }
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        matches!(
            self, Self::Declined | Self::PreAuthLapsed | Self::Voided |
            Self::FullyRefunded
        )
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
/// The states of the lifecycle `vuk507-payment`: A VUK 507 (GMU) sale from its fiscal record to its void, refunds by line item and settlement. A void is possible only on the sale's day, before end of day; after end of day use refund; refunds together never exceed the sale. A sale call that fails with a code whose retry is query_first (380103, 380203, 380205, PAYMENT_ERROR) leaves the outcome unknown until a status query tells it. Every sale takes a new transactionReferenceId; a reused one is refused with 380104. VUK 507 and VUK 509 never mix: an integration is bound to one mode (lifecycle integration-mode, 380105), and a VUK 507 paymentId is unknown to the VUK 509 services (380107). Queries change the state only out of outcome_unknown; refundable-sale-info never does. Arguments written request.<field> take the value of that field of the refused request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vuk507PaymentState {
    /// `not_created`: No payment exists under the paymentId named.
    NotCreated,
    /// `declined`: The sale failed with a known outcome (status failure with a code whose retry is not query_first): nothing was charged or recorded.
    Declined,
    /// `outcome_unknown`: The sale call, or the completion of a partial payment, failed with a code whose retry is query_first (380103 timeout, 380203, 380205, PAYMENT_ERROR): the sale may have been recorded. Only a status query tells the real outcome; a retry before it is refused as a reused transactionReferenceId.
    OutcomeUnknown,
    /// `sale`: A completed sale recorded as a fiscal document, in the device's open batch.
    Sale,
    /// `settled`: Included in a batch that an end of day closed: it can no longer be voided, only refunded.
    Settled,
    /// `voided`: Voided the same day.
    Voided,
    /// `partially_refunded`: Some lines or amounts were refunded; the rest can still be refunded.
    PartiallyRefunded,
    /// `fully_refunded`: Every line was refunded in full.
    FullyRefunded,
}
impl Vuk507PaymentState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::NotCreated,
        Self::Declined,
        Self::OutcomeUnknown,
        Self::Sale,
        Self::Settled,
        Self::Voided,
        Self::PartiallyRefunded,
        Self::FullyRefunded,
    ];
    /// The state things start in.
    pub const INITIAL: Self = Self::NotCreated;
    /// Every allowed transition.
    pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[
        TransitionInfo {
            from: Self::NotCreated,
            to: Self::Sale,
            operation: Some("vuk507-payment"),
            event: None,
            guard: Some("Approved (status success)."),
        },
        TransitionInfo {
            from: Self::NotCreated,
            to: Self::Sale,
            operation: Some("vuk507-partial-payment-complete"),
            event: None,
            guard: Some("The partial payment's remainder is 0."),
        },
        TransitionInfo {
            from: Self::NotCreated,
            to: Self::Declined,
            operation: Some("vuk507-payment"),
            event: None,
            guard: Some(
                "The sale is refused (status failure) with a code whose retry is not query_first.",
            ),
        },
        TransitionInfo {
            from: Self::NotCreated,
            to: Self::OutcomeUnknown,
            operation: Some("vuk507-payment"),
            event: None,
            guard: Some(
                "The sale fails with a code whose retry is query_first (380103, 380203, 380205, PAYMENT_ERROR).",
            ),
        },
        TransitionInfo {
            from: Self::NotCreated,
            to: Self::OutcomeUnknown,
            operation: Some("vuk507-partial-payment-complete"),
            event: None,
            guard: Some("The completion fails with a code whose retry is query_first."),
        },
        TransitionInfo {
            from: Self::Sale,
            to: Self::Voided,
            operation: Some("vuk507-void"),
            event: None,
            guard: Some("The same day, before end of day."),
        },
        TransitionInfo {
            from: Self::Sale,
            to: Self::Settled,
            operation: Some("vuk507-end-of-day"),
            event: None,
            guard: Some(
                "The end of day of the sale's device closes the batch holding it.",
            ),
        },
        TransitionInfo {
            from: Self::Sale,
            to: Self::PartiallyRefunded,
            operation: Some("vuk507-refund"),
            event: None,
            guard: Some("Something stays refundable after the refunded lines."),
        },
        TransitionInfo {
            from: Self::Sale,
            to: Self::FullyRefunded,
            operation: Some("vuk507-refund"),
            event: None,
            guard: Some("The refund takes everything still refundable."),
        },
        TransitionInfo {
            from: Self::Settled,
            to: Self::PartiallyRefunded,
            operation: Some("vuk507-refund"),
            event: None,
            guard: Some("Something stays refundable after the refunded lines."),
        },
        TransitionInfo {
            from: Self::Settled,
            to: Self::FullyRefunded,
            operation: Some("vuk507-refund"),
            event: None,
            guard: Some("The refund takes everything still refundable."),
        },
        TransitionInfo {
            from: Self::PartiallyRefunded,
            to: Self::PartiallyRefunded,
            operation: Some("vuk507-refund"),
            event: None,
            guard: Some("Something stays refundable after the refunded lines."),
        },
        TransitionInfo {
            from: Self::PartiallyRefunded,
            to: Self::FullyRefunded,
            operation: Some("vuk507-refund"),
            event: None,
            guard: Some("The refund takes everything still refundable."),
        },
        TransitionInfo {
            from: Self::OutcomeUnknown,
            to: Self::Sale,
            operation: Some("vuk507-query-transaction-status"),
            event: None,
            guard: Some(
                "The query shows the sale completed (status success), and no end of day has run on its device since.",
            ),
        },
        TransitionInfo {
            from: Self::OutcomeUnknown,
            to: Self::Settled,
            operation: Some("vuk507-query-transaction-status"),
            event: None,
            guard: Some(
                "The query shows the sale completed, and an end of day on its device has run since.",
            ),
        },
        TransitionInfo {
            from: Self::OutcomeUnknown,
            to: Self::Declined,
            operation: Some("vuk507-query-transaction-status"),
            event: None,
            guard: Some(
                "The query shows no completed sale: status failure, or no payment for the reference.",
            ),
        },
    ];
    /// Every operation refused in a state, with the error answered.
    pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[
        ForbiddenInfo {
            state: Self::NotCreated,
            operation: "vuk507-void",
            guard: Some("No payment has this paymentId."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::NotCreated,
            operation: "vuk507-refund",
            guard: Some("No payment has this paymentId."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::NotCreated,
            operation: "vuk507-query-transaction-status",
            guard: Some("No payment has this paymentId."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk507-void",
            guard: None,
            code: "380104",
            http_status: 400,
            arguments: &[
                ("details", "void is possible only before end of day; use refund"),
            ],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk507-void",
            guard: Some("A partly refunded sale cannot be voided whole."),
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk507-void",
            guard: None,
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk507-refund",
            guard: None,
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk507-void",
            guard: None,
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk507-refund",
            guard: None,
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk507-refund",
            guard: Some(
                "A line's returnAmount or quantity exceeds what remains refundable (refunds together never exceed the sale).",
            ),
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk507-refund",
            guard: Some(
                "A line's returnAmount or quantity exceeds what remains refundable (refunds together never exceed the sale).",
            ),
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk507-refund",
            guard: Some(
                "A line's returnAmount or quantity exceeds what remains refundable (refunds together never exceed the sale).",
            ),
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk509-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 422,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk509-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk509-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk509-payment",
            guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk509-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 422,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk509-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk509-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk509-payment",
            guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk509-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 422,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk509-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk509-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk509-payment",
            guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk509-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 422,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk509-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk509-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk509-payment",
            guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk509-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 422,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk509-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk509-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk509-payment",
            guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk507-void",
            guard: None,
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk507-refund",
            guard: None,
            code: "380112",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk509-void",
            guard: None,
            code: "380107",
            http_status: 422,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk509-refund",
            guard: None,
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk509-query-transaction-status",
            guard: None,
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk509-payment",
            guard: None,
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk507-void",
            guard: Some(
                "The sale is from an earlier day (paymentDate before today), although no end of day has closed its batch.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[
                (
                    "details",
                    "void is possible only on the day of the payment; use refund",
                ),
            ],
        },
        ForbiddenInfo {
            state: Self::OutcomeUnknown,
            operation: "vuk509-void",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 422,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::OutcomeUnknown,
            operation: "vuk509-refund",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::OutcomeUnknown,
            operation: "vuk509-query-transaction-status",
            guard: Some("The request names this payment's paymentId in the other mode."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::OutcomeUnknown,
            operation: "vuk509-payment",
            guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
            code: "380107",
            http_status: 400,
            arguments: &[("payment_id", "request.paymentId")],
        },
        ForbiddenInfo {
            state: Self::Declined,
            operation: "vuk507-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::OutcomeUnknown,
            operation: "vuk507-payment",
            guard: Some(
                "A retry with this payment's transactionReferenceId, before a query has told the outcome.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::Sale,
            operation: "vuk507-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::Settled,
            operation: "vuk507-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::Voided,
            operation: "vuk507-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::PartiallyRefunded,
            operation: "vuk507-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
        ForbiddenInfo {
            state: Self::FullyRefunded,
            operation: "vuk507-payment",
            guard: Some(
                "A new payment call reuses this payment's transactionReferenceId.",
            ),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "transactionReferenceId is already used")],
        },
    ];
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::NotCreated => "not_created",
            Self::Declined => "declined",
            Self::OutcomeUnknown => "outcome_unknown",
            Self::Sale => "sale",
            Self::Settled => "settled",
            Self::Voided => "voided",
            Self::PartiallyRefunded => "partially_refunded",
            Self::FullyRefunded => "fully_refunded",
        }
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Declined | Self::Voided | Self::FullyRefunded)
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
/// The states of the lifecycle `integration-mode`: The fiscal mode of one integration (the cash register software with its client credentials and the devices it drives). VUK 507 and VUK 509 services must not be used together within the same integration: the first terminal-host call binds the integration to its mode for good, and every service of the other mode is then refused with 380105, its arguments the operation's id and the bound mode. This check comes before any lookup, so 380107 in the payment lifecycles is what a paymentId of the other mode gets from an integration bound to that other mode. The login and token calls are common to both modes and never refused here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntegrationModeState {
    /// `unbound`: No terminal-host call has been made yet: the integration may still take either mode.
    Unbound,
    /// `vuk509`: Bound to VUK 509: only the VUK 509 services and the common login and token calls are accepted.
    BoundToVuk509,
    /// `vuk507`: Bound to VUK 507: only the VUK 507 services and the common login and token calls are accepted.
    BoundToVuk507,
}
impl IntegrationModeState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Unbound,
        Self::BoundToVuk509,
        Self::BoundToVuk507,
    ];
    /// The state things start in.
    pub const INITIAL: Self = Self::Unbound;
    /// Every allowed transition.
    pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk509,
            operation: Some("vuk509-payment"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 509 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk509,
            operation: Some("vuk509-query-transaction-status"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 509 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk509,
            operation: Some("vuk509-void"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 509 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk509,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 509 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk509,
            operation: Some("vuk509-end-of-day"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 509 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-payment"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 507 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-query-transaction-status"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 507 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-void"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 507 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-refund"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 507 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-refundable-sale-info"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 507 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-partial-payment-start"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 507 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-partial-payment-add-payment"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 507 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-partial-payment-complete"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 507 service.",
            ),
        },
        TransitionInfo {
            from: Self::Unbound,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-end-of-day"),
            event: None,
            guard: Some(
                "The integration's first terminal-host call is a VUK 507 service.",
            ),
        },
        TransitionInfo {
            from: Self::BoundToVuk509,
            to: Self::BoundToVuk509,
            operation: Some("vuk509-payment"),
            event: None,
            guard: Some("A VUK 509 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk509,
            to: Self::BoundToVuk509,
            operation: Some("vuk509-query-transaction-status"),
            event: None,
            guard: Some("A VUK 509 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk509,
            to: Self::BoundToVuk509,
            operation: Some("vuk509-void"),
            event: None,
            guard: Some("A VUK 509 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk509,
            to: Self::BoundToVuk509,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some("A VUK 509 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk509,
            to: Self::BoundToVuk509,
            operation: Some("vuk509-end-of-day"),
            event: None,
            guard: Some("A VUK 509 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk507,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-payment"),
            event: None,
            guard: Some("A VUK 507 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk507,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-query-transaction-status"),
            event: None,
            guard: Some("A VUK 507 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk507,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-void"),
            event: None,
            guard: Some("A VUK 507 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk507,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-refund"),
            event: None,
            guard: Some("A VUK 507 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk507,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-refundable-sale-info"),
            event: None,
            guard: Some("A VUK 507 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk507,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-partial-payment-start"),
            event: None,
            guard: Some("A VUK 507 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk507,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-partial-payment-add-payment"),
            event: None,
            guard: Some("A VUK 507 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk507,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-partial-payment-complete"),
            event: None,
            guard: Some("A VUK 507 service: the integration keeps its mode."),
        },
        TransitionInfo {
            from: Self::BoundToVuk507,
            to: Self::BoundToVuk507,
            operation: Some("vuk507-end-of-day"),
            event: None,
            guard: Some("A VUK 507 service: the integration keeps its mode."),
        },
    ];
    /// Every operation refused in a state, with the error answered.
    pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[
        ForbiddenInfo {
            state: Self::BoundToVuk509,
            operation: "vuk507-payment",
            guard: Some("A VUK 507 service in an integration bound to VUK 509."),
            code: "380105",
            http_status: 400,
            arguments: &[("device_model", "VUK 509"), ("operation", "vuk507-payment")],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk509,
            operation: "vuk507-query-transaction-status",
            guard: Some("A VUK 507 service in an integration bound to VUK 509."),
            code: "380105",
            http_status: 400,
            arguments: &[
                ("device_model", "VUK 509"),
                ("operation", "vuk507-query-transaction-status"),
            ],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk509,
            operation: "vuk507-void",
            guard: Some("A VUK 507 service in an integration bound to VUK 509."),
            code: "380105",
            http_status: 400,
            arguments: &[("device_model", "VUK 509"), ("operation", "vuk507-void")],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk509,
            operation: "vuk507-refund",
            guard: Some("A VUK 507 service in an integration bound to VUK 509."),
            code: "380105",
            http_status: 400,
            arguments: &[("device_model", "VUK 509"), ("operation", "vuk507-refund")],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk509,
            operation: "vuk507-refundable-sale-info",
            guard: Some("A VUK 507 service in an integration bound to VUK 509."),
            code: "380105",
            http_status: 400,
            arguments: &[
                ("device_model", "VUK 509"),
                ("operation", "vuk507-refundable-sale-info"),
            ],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk509,
            operation: "vuk507-partial-payment-start",
            guard: Some("A VUK 507 service in an integration bound to VUK 509."),
            code: "380105",
            http_status: 400,
            arguments: &[
                ("device_model", "VUK 509"),
                ("operation", "vuk507-partial-payment-start"),
            ],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk509,
            operation: "vuk507-partial-payment-add-payment",
            guard: Some("A VUK 507 service in an integration bound to VUK 509."),
            code: "380105",
            http_status: 400,
            arguments: &[
                ("device_model", "VUK 509"),
                ("operation", "vuk507-partial-payment-add-payment"),
            ],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk509,
            operation: "vuk507-partial-payment-complete",
            guard: Some("A VUK 507 service in an integration bound to VUK 509."),
            code: "380105",
            http_status: 400,
            arguments: &[
                ("device_model", "VUK 509"),
                ("operation", "vuk507-partial-payment-complete"),
            ],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk509,
            operation: "vuk507-end-of-day",
            guard: Some("A VUK 507 service in an integration bound to VUK 509."),
            code: "380105",
            http_status: 400,
            arguments: &[("device_model", "VUK 509"), ("operation", "vuk507-end-of-day")],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk507,
            operation: "vuk509-payment",
            guard: Some("A VUK 509 service in an integration bound to VUK 507."),
            code: "380105",
            http_status: 400,
            arguments: &[("device_model", "VUK 507"), ("operation", "vuk509-payment")],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk507,
            operation: "vuk509-query-transaction-status",
            guard: Some("A VUK 509 service in an integration bound to VUK 507."),
            code: "380105",
            http_status: 400,
            arguments: &[
                ("device_model", "VUK 507"),
                ("operation", "vuk509-query-transaction-status"),
            ],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk507,
            operation: "vuk509-void",
            guard: Some("A VUK 509 service in an integration bound to VUK 507."),
            code: "380105",
            http_status: 422,
            arguments: &[("device_model", "VUK 507"), ("operation", "vuk509-void")],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk507,
            operation: "vuk509-refund",
            guard: Some("A VUK 509 service in an integration bound to VUK 507."),
            code: "380105",
            http_status: 400,
            arguments: &[("device_model", "VUK 507"), ("operation", "vuk509-refund")],
        },
        ForbiddenInfo {
            state: Self::BoundToVuk507,
            operation: "vuk509-end-of-day",
            guard: Some("A VUK 509 service in an integration bound to VUK 507."),
            code: "380105",
            http_status: 400,
            arguments: &[("device_model", "VUK 507"), ("operation", "vuk509-end-of-day")],
        },
    ];
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::Unbound => "unbound",
            Self::BoundToVuk509 => "vuk509",
            Self::BoundToVuk507 => "vuk507",
        }
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        false
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
/// The states of the lifecycle `batch`: A device's end-of-day batch. Approved transactions join the open batch; an end of day closes it with the bank, reports totals per acquiring bank and the batchNo, and the device goes on in a new open batch with the next batchNo (a new instance of this lifecycle). Transactions of a closed batch are settled and can no longer be voided. A PRE_AUTH reservation captures nothing and is not settled by the close: it stays open until a POST_AUTH or the bank's release, and can no longer be voided (lifecycle vuk509-payment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BatchState {
    /// `open`: The device's current batch, collecting approved sales, voids and refunds under one batchNo.
    Open,
    /// `closed`: Closed with the bank by an end of day; its totals were reported. The device continues in a new batch with the next batchNo.
    Closed,
}
impl BatchState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[Self::Open, Self::Closed];
    /// The state things start in.
    pub const INITIAL: Self = Self::Open;
    /// Every allowed transition.
    pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[
        TransitionInfo {
            from: Self::Open,
            to: Self::Open,
            operation: Some("vuk509-payment"),
            event: None,
            guard: Some(
                "Approved on the batch's device; the transaction joins the batch.",
            ),
        },
        TransitionInfo {
            from: Self::Open,
            to: Self::Open,
            operation: Some("vuk509-void"),
            event: None,
            guard: Some(
                "Approved on the batch's device; the transaction joins the batch.",
            ),
        },
        TransitionInfo {
            from: Self::Open,
            to: Self::Open,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some(
                "Approved on the batch's device; the transaction joins the batch.",
            ),
        },
        TransitionInfo {
            from: Self::Open,
            to: Self::Open,
            operation: Some("vuk507-payment"),
            event: None,
            guard: Some(
                "Approved on the batch's device; the transaction joins the batch.",
            ),
        },
        TransitionInfo {
            from: Self::Open,
            to: Self::Open,
            operation: Some("vuk507-void"),
            event: None,
            guard: Some(
                "Approved on the batch's device; the transaction joins the batch.",
            ),
        },
        TransitionInfo {
            from: Self::Open,
            to: Self::Open,
            operation: Some("vuk507-refund"),
            event: None,
            guard: Some(
                "Approved on the batch's device; the transaction joins the batch.",
            ),
        },
        TransitionInfo {
            from: Self::Open,
            to: Self::Open,
            operation: Some("vuk507-partial-payment-complete"),
            event: None,
            guard: Some(
                "Approved on the batch's device; the transaction joins the batch.",
            ),
        },
        TransitionInfo {
            from: Self::Open,
            to: Self::Closed,
            operation: Some("vuk509-end-of-day"),
            event: None,
            guard: Some(
                "The end of day runs on the batch's device; a new batch with the next batchNo opens.",
            ),
        },
        TransitionInfo {
            from: Self::Open,
            to: Self::Closed,
            operation: Some("vuk507-end-of-day"),
            event: None,
            guard: Some(
                "The end of day runs on the batch's device; a new batch with the next batchNo opens.",
            ),
        },
    ];
    /// Every operation refused in a state, with the error answered.
    pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[];
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Closed)
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
/// The states of the lifecycle `auth-code`: The authorization code of the authorize call: short-lived and single-use. A second exchange of a used code, or an exchange of an expired one, is refused by the token call with HTTP 400 and the OAuth error invalid_grant (OauthTokenFailure).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuthCodeState {
    /// `issued`: Issued by the authorize call; valid until expiredAt.
    Issued,
    /// `used`: Exchanged for tokens; it is single-use.
    Used,
    /// `expired`: expiredAt passed before the exchange.
    Expired,
}
impl AuthCodeState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[Self::Issued, Self::Used, Self::Expired];
    /// The state things start in.
    pub const INITIAL: Self = Self::Issued;
    /// Every allowed transition.
    pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[
        TransitionInfo {
            from: Self::Issued,
            to: Self::Used,
            operation: Some("oauth-token"),
            event: None,
            guard: Some(
                "grant_type authorization_code with this code, before expiredAt.",
            ),
        },
        TransitionInfo {
            from: Self::Issued,
            to: Self::Expired,
            operation: None,
            event: Some(
                "expiredAt passes (10 minutes after issuedAt in the overview page's sample).",
            ),
            guard: None,
        },
    ];
    /// Every operation refused in a state, with the error answered.
    pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[
        ForbiddenInfo {
            state: Self::Used,
            operation: "oauth-token",
            guard: Some("grant_type authorization_code with this code again."),
            code: "invalid_grant",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "oauth-token",
            guard: Some("grant_type authorization_code with this code after expiredAt."),
            code: "invalid_grant",
            http_status: 400,
            arguments: &[],
        },
    ];
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::Issued => "issued",
            Self::Used => "used",
            Self::Expired => "expired",
        }
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Used | Self::Expired)
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
/// The states of the lifecycle `access-token`: The access token: valid for expires_in seconds, then expired (100311) until refreshed; a token of a terminated session is invalid (100310), as is any token iyzico did not issue and a token replaced by a refresh. The refresh token of a replaced or revoked access token is refused by the token calls with the OAuth error invalid_grant (HTTP 400).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccessTokenState {
    /// `valid`: Issued by the token call and not expired: terminal-host calls accept it.
    Valid,
    /// `expired`: expires_in seconds passed: every terminal-host call answers 100311 until it is refreshed.
    Expired,
    /// `refreshed`: Replaced by a new access token from a refresh; the new token starts its own lifecycle in valid. The replaced access token is refused with 100310, and its refresh token with invalid_grant.
    Refreshed,
    /// `revoked`: The user session was terminated (for example after 380204): every terminal-host call answers 100310, and a refresh with its refresh token answers invalid_grant; a new login is needed.
    Revoked,
}
impl AccessTokenState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Valid,
        Self::Expired,
        Self::Refreshed,
        Self::Revoked,
    ];
    /// The state things start in.
    pub const INITIAL: Self = Self::Valid;
    /// Every allowed transition.
    pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[
        TransitionInfo {
            from: Self::Valid,
            to: Self::Expired,
            operation: None,
            event: Some(
                "expires_in seconds pass (7199 in the vendor's sample; discrepancy token-lifetime).",
            ),
            guard: None,
        },
        TransitionInfo {
            from: Self::Expired,
            to: Self::Refreshed,
            operation: Some("oauth-token"),
            event: None,
            guard: Some("grant_type refresh_token with this token's refresh_token."),
        },
        TransitionInfo {
            from: Self::Expired,
            to: Self::Refreshed,
            operation: Some("oauth-token-refresh"),
            event: None,
            guard: None,
        },
        TransitionInfo {
            from: Self::Valid,
            to: Self::Refreshed,
            operation: Some("oauth-token"),
            event: None,
            guard: Some("grant_type refresh_token with this token's refresh_token."),
        },
        TransitionInfo {
            from: Self::Valid,
            to: Self::Refreshed,
            operation: Some("oauth-token-refresh"),
            event: None,
            guard: None,
        },
        TransitionInfo {
            from: Self::Valid,
            to: Self::Revoked,
            operation: None,
            event: Some(
                "The user session is terminated, e.g. a device-side token refresh fails (380204).",
            ),
            guard: None,
        },
        TransitionInfo {
            from: Self::Expired,
            to: Self::Revoked,
            operation: None,
            event: Some("The user session is terminated."),
            guard: None,
        },
    ];
    /// Every operation refused in a state, with the error answered.
    pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk509-payment",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk509-query-transaction-status",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk509-void",
            guard: None,
            code: "100311",
            http_status: 422,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk509-refund",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk509-end-of-day",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk507-payment",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk507-query-transaction-status",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk507-void",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk507-refund",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk507-refundable-sale-info",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk507-partial-payment-start",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk507-partial-payment-add-payment",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk507-partial-payment-complete",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Expired,
            operation: "vuk507-end-of-day",
            guard: None,
            code: "100311",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk509-payment",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk509-query-transaction-status",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk509-void",
            guard: None,
            code: "100310",
            http_status: 422,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk509-refund",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk509-end-of-day",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk507-payment",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk507-query-transaction-status",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk507-void",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk507-refund",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk507-refundable-sale-info",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk507-partial-payment-start",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk507-partial-payment-add-payment",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk507-partial-payment-complete",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "vuk507-end-of-day",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk509-payment",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk509-query-transaction-status",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk509-void",
            guard: None,
            code: "100310",
            http_status: 422,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk509-refund",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk509-end-of-day",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk507-payment",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk507-query-transaction-status",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk507-void",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk507-refund",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk507-refundable-sale-info",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk507-partial-payment-start",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk507-partial-payment-add-payment",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk507-partial-payment-complete",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "vuk507-end-of-day",
            guard: None,
            code: "100310",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "oauth-token",
            guard: Some(
                "grant_type refresh_token with this access token's refresh token.",
            ),
            code: "invalid_grant",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Revoked,
            operation: "oauth-token-refresh",
            guard: Some("A refresh with this access token's refresh token."),
            code: "invalid_grant",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "oauth-token",
            guard: Some(
                "grant_type refresh_token with this access token's refresh token.",
            ),
            code: "invalid_grant",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Refreshed,
            operation: "oauth-token-refresh",
            guard: Some("A refresh with this access token's refresh token."),
            code: "invalid_grant",
            http_status: 400,
            arguments: &[],
        },
    ];
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Expired => "expired",
            Self::Refreshed => "refreshed",
            Self::Revoked => "revoked",
        }
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Refreshed | Self::Revoked)
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
/// The states of the lifecycle `device`: A POS device: one operation at a time. While a payment, void, refund, partial payment step or end of day runs, a second such operation is answered with 380201. Status queries and refundable-sale-info do not reach the device and are answered while it is busy, so a caller that got 380103 can query before retrying. No endpoint lists devices or reports their status: a device is known by its deviceUniqueId (e.g. PAV860047264), configured out of band, and seen only through the answers to calls made on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeviceState {
    /// `idle`: No operation runs on the device.
    Idle,
    /// `busy`: An operation runs on the device (e.g. waiting for the card); another one is refused with 380201.
    Busy,
}
impl DeviceState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[Self::Idle, Self::Busy];
    /// The state things start in.
    pub const INITIAL: Self = Self::Idle;
    /// Every allowed transition.
    pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[
        TransitionInfo {
            from: Self::Idle,
            to: Self::Busy,
            operation: Some("vuk509-payment"),
            event: None,
            guard: Some("The operation reaches the device."),
        },
        TransitionInfo {
            from: Self::Idle,
            to: Self::Busy,
            operation: Some("vuk509-void"),
            event: None,
            guard: Some("The operation reaches the device."),
        },
        TransitionInfo {
            from: Self::Idle,
            to: Self::Busy,
            operation: Some("vuk509-refund"),
            event: None,
            guard: Some("The operation reaches the device."),
        },
        TransitionInfo {
            from: Self::Idle,
            to: Self::Busy,
            operation: Some("vuk509-end-of-day"),
            event: None,
            guard: Some("The operation reaches the device."),
        },
        TransitionInfo {
            from: Self::Idle,
            to: Self::Busy,
            operation: Some("vuk507-payment"),
            event: None,
            guard: Some("The operation reaches the device."),
        },
        TransitionInfo {
            from: Self::Idle,
            to: Self::Busy,
            operation: Some("vuk507-void"),
            event: None,
            guard: Some("The operation reaches the device."),
        },
        TransitionInfo {
            from: Self::Idle,
            to: Self::Busy,
            operation: Some("vuk507-refund"),
            event: None,
            guard: Some("The operation reaches the device."),
        },
        TransitionInfo {
            from: Self::Idle,
            to: Self::Busy,
            operation: Some("vuk507-partial-payment-start"),
            event: None,
            guard: Some("The operation reaches the device."),
        },
        TransitionInfo {
            from: Self::Idle,
            to: Self::Busy,
            operation: Some("vuk507-partial-payment-add-payment"),
            event: None,
            guard: Some("The operation reaches the device."),
        },
        TransitionInfo {
            from: Self::Idle,
            to: Self::Busy,
            operation: Some("vuk507-partial-payment-complete"),
            event: None,
            guard: Some("The operation reaches the device."),
        },
        TransitionInfo {
            from: Self::Idle,
            to: Self::Busy,
            operation: Some("vuk507-end-of-day"),
            event: None,
            guard: Some("The operation reaches the device."),
        },
        TransitionInfo {
            from: Self::Busy,
            to: Self::Idle,
            operation: None,
            event: Some(
                "The device finishes the operation and answers; a 380103 timeout on the host does not end it.",
            ),
            guard: None,
        },
    ];
    /// Every operation refused in a state, with the error answered.
    pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[
        ForbiddenInfo {
            state: Self::Busy,
            operation: "vuk509-payment",
            guard: None,
            code: "380201",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Busy,
            operation: "vuk509-void",
            guard: None,
            code: "380201",
            http_status: 422,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Busy,
            operation: "vuk509-refund",
            guard: None,
            code: "380201",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Busy,
            operation: "vuk509-end-of-day",
            guard: None,
            code: "380201",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Busy,
            operation: "vuk507-payment",
            guard: None,
            code: "380201",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Busy,
            operation: "vuk507-void",
            guard: None,
            code: "380201",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Busy,
            operation: "vuk507-refund",
            guard: None,
            code: "380201",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Busy,
            operation: "vuk507-partial-payment-start",
            guard: None,
            code: "380201",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Busy,
            operation: "vuk507-partial-payment-add-payment",
            guard: None,
            code: "380201",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Busy,
            operation: "vuk507-partial-payment-complete",
            guard: None,
            code: "380201",
            http_status: 400,
            arguments: &[],
        },
        ForbiddenInfo {
            state: Self::Busy,
            operation: "vuk507-end-of-day",
            guard: None,
            code: "380201",
            http_status: 400,
            arguments: &[],
        },
    ];
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::Idle => "idle",
            Self::Busy => "busy",
        }
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        false
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
/// The states of the lifecycle `vuk507-partial-payment`: A VUK 507 partial payment: one sale paid with several payment instruments. start answers saleNumber and the remainder; add-payment pays part of it and may be repeated while something remains, never above the remainder; complete finalizes the sale only when the remainder is 0, and the completed sale then follows the VUK 507 payment lifecycle. The API has no cancel and no timeout for it: a partial payment never completed stays open, and an end of day on its device is refused with 380104 until it is completed. Arguments written request.<field> take the value of that field of the refused request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vuk507PartialPaymentState {
    /// `not_started`: No partial payment exists under the saleNumber named.
    NotStarted,
    /// `started`: Started: saleNumber issued, nothing paid yet; remainingPaymentAmount is the whole sale.
    Started,
    /// `paid_down`: Some payments were added; remainingPaymentAmount is above 0.
    PaidDown,
    /// `fully_paid`: The payments added cover the sale: remainingPaymentAmount is 0; waiting for complete.
    FullyPaid,
    /// `completed`: Completed: the sale is finalized and answered as a sale response.
    Completed,
}
impl Vuk507PartialPaymentState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::NotStarted,
        Self::Started,
        Self::PaidDown,
        Self::FullyPaid,
        Self::Completed,
    ];
    /// The state things start in.
    pub const INITIAL: Self = Self::NotStarted;
    /// Every allowed transition.
    pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[
        TransitionInfo {
            from: Self::NotStarted,
            to: Self::Started,
            operation: Some("vuk507-partial-payment-start"),
            event: None,
            guard: None,
        },
        TransitionInfo {
            from: Self::Started,
            to: Self::PaidDown,
            operation: Some("vuk507-partial-payment-add-payment"),
            event: None,
            guard: Some("price is less than remainingPaymentAmount."),
        },
        TransitionInfo {
            from: Self::Started,
            to: Self::FullyPaid,
            operation: Some("vuk507-partial-payment-add-payment"),
            event: None,
            guard: Some("price equals remainingPaymentAmount."),
        },
        TransitionInfo {
            from: Self::PaidDown,
            to: Self::PaidDown,
            operation: Some("vuk507-partial-payment-add-payment"),
            event: None,
            guard: Some("price is less than remainingPaymentAmount."),
        },
        TransitionInfo {
            from: Self::PaidDown,
            to: Self::FullyPaid,
            operation: Some("vuk507-partial-payment-add-payment"),
            event: None,
            guard: Some("price equals remainingPaymentAmount."),
        },
        TransitionInfo {
            from: Self::FullyPaid,
            to: Self::Completed,
            operation: Some("vuk507-partial-payment-complete"),
            event: None,
            guard: None,
        },
    ];
    /// Every operation refused in a state, with the error answered.
    pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[
        ForbiddenInfo {
            state: Self::NotStarted,
            operation: "vuk507-partial-payment-add-payment",
            guard: Some("No partial payment has this saleNumber."),
            code: "380108",
            http_status: 400,
            arguments: &[("id", "request.saleNumber")],
        },
        ForbiddenInfo {
            state: Self::NotStarted,
            operation: "vuk507-partial-payment-complete",
            guard: Some("No partial payment has this saleNumber."),
            code: "380108",
            http_status: 400,
            arguments: &[("id", "request.saleNumber")],
        },
        ForbiddenInfo {
            state: Self::Started,
            operation: "vuk507-partial-payment-add-payment",
            guard: Some("price exceeds remainingPaymentAmount."),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "price exceeds remainingPaymentAmount")],
        },
        ForbiddenInfo {
            state: Self::PaidDown,
            operation: "vuk507-partial-payment-add-payment",
            guard: Some("price exceeds remainingPaymentAmount."),
            code: "380104",
            http_status: 400,
            arguments: &[("details", "price exceeds remainingPaymentAmount")],
        },
        ForbiddenInfo {
            state: Self::FullyPaid,
            operation: "vuk507-partial-payment-add-payment",
            guard: None,
            code: "380104",
            http_status: 400,
            arguments: &[("details", "remainingPaymentAmount is already 0")],
        },
        ForbiddenInfo {
            state: Self::Started,
            operation: "vuk507-partial-payment-complete",
            guard: None,
            code: "380104",
            http_status: 400,
            arguments: &[("details", "remainingPaymentAmount is not 0")],
        },
        ForbiddenInfo {
            state: Self::PaidDown,
            operation: "vuk507-partial-payment-complete",
            guard: None,
            code: "380104",
            http_status: 400,
            arguments: &[("details", "remainingPaymentAmount is not 0")],
        },
        ForbiddenInfo {
            state: Self::Completed,
            operation: "vuk507-partial-payment-add-payment",
            guard: None,
            code: "380104",
            http_status: 400,
            arguments: &[("details", "the partial payment is already completed")],
        },
        ForbiddenInfo {
            state: Self::Completed,
            operation: "vuk507-partial-payment-complete",
            guard: None,
            code: "380104",
            http_status: 400,
            arguments: &[("details", "the partial payment is already completed")],
        },
        ForbiddenInfo {
            state: Self::Started,
            operation: "vuk507-end-of-day",
            guard: Some("An end of day on the device of this open partial payment."),
            code: "380104",
            http_status: 400,
            arguments: &[
                (
                    "details",
                    "a partial payment is open on the device; complete it before end of day",
                ),
            ],
        },
        ForbiddenInfo {
            state: Self::PaidDown,
            operation: "vuk507-end-of-day",
            guard: Some("An end of day on the device of this open partial payment."),
            code: "380104",
            http_status: 400,
            arguments: &[
                (
                    "details",
                    "a partial payment is open on the device; complete it before end of day",
                ),
            ],
        },
        ForbiddenInfo {
            state: Self::FullyPaid,
            operation: "vuk507-end-of-day",
            guard: Some("An end of day on the device of this open partial payment."),
            code: "380104",
            http_status: 400,
            arguments: &[
                (
                    "details",
                    "a partial payment is open on the device; complete it before end of day",
                ),
            ],
        },
    ];
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::NotStarted => "not_started",
            Self::Started => "started",
            Self::PaidDown => "paid_down",
            Self::FullyPaid => "fully_paid",
            Self::Completed => "completed",
        }
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Completed)
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
