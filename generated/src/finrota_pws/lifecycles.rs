// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The lifecycles of the Finrota Payment Web Service (PWS), from `spec/finrota-pws/`.
#[allow(unused_imports)]
use crate::support::{
    AttributeInfo, Basis, CatalogCode, Cause, Check, ClientReferenceInfo, ClockReading,
    Comparison, Credential, EffectInfo, ErrorFacet, ForbiddenInfo, GuardInfo, KeyInfo,
    Lang, LifecycleInfo, Literal, OperandInfo, Outcome, OutcomeInfo, Piece, StateMachine,
    TimerInfo, TransitionInfo, ValueKind, WireEnum,
};
use super::errors::Code;
use super::operations::OperationId;
/// Every lifecycle of the API, as a typed id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LifecycleId {
    /// `finrota-payment`: [`PaymentState`].
    FinrotaPayment,
    /// `access-token`: [`AccessTokenState`].
    AccessToken,
}
impl LifecycleId {
    /// Every lifecycle, in spec order.
    pub const ALL: &'static [Self] = &[Self::FinrotaPayment, Self::AccessToken];
    /// The lifecycle's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::FinrotaPayment => "finrota-payment",
            Self::AccessToken => "access-token",
        }
    }
    /// The lifecycle with this spec id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|lifecycle| lifecycle.id() == id)
    }
    /// The ids of its states, in spec order.
    pub fn state_ids(self) -> Vec<&'static str> {
        match self {
            Self::FinrotaPayment => {
                PaymentState::ALL.iter().map(|s| s.state_id()).collect()
            }
            Self::AccessToken => {
                AccessTokenState::ALL.iter().map(|s| s.state_id()).collect()
            }
        }
    }
    /// The operations that act on it.
    pub fn operations(self) -> Vec<OperationId> {
        match self {
            Self::FinrotaPayment => {
                PaymentState::LIFECYCLE.keys.iter().map(|k| k.operation).collect()
            }
            Self::AccessToken => {
                AccessTokenState::LIFECYCLE.keys.iter().map(|k| k.operation).collect()
            }
        }
    }
}
/// The durations the API's rules depend on, with their defaults and configuration keys.
pub const TIMERS: &[TimerInfo] = &[
    TimerInfo {
        id: "token_lifetime",
        seconds: 3600,
        config: "finrota.token_lifetime_seconds",
    },
    TimerInfo {
        id: "duplicate_window",
        seconds: 60,
        config: "finrota.duplicate_window_seconds",
    },
];
/// The order in which a server checks a call: the first check that fails answers.
pub const PRECEDENCE: &[Check<LifecycleId>] = &[
    Check::Route,
    Check::Authentication,
    Check::Lifecycle(LifecycleId::AccessToken),
    Check::Decode,
    Check::Rules,
    Check::Lifecycle(LifecycleId::FinrotaPayment),
];
/// How an operation's response tells the call's outcome, for operations whose transitions depend on it.
pub fn outcome_of(operation: OperationId) -> Option<&'static OutcomeInfo> {
    match operation {
        OperationId::TokenConnect => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::Compare(
                        Comparison::Eq,
                        OperandInfo::HttpStatus,
                        OperandInfo::Literal(Literal::Integer(200)),
                    ),
                    unknown: None,
                },
            )
        }
        OperationId::CreatePayment => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::Response("statusCode", ValueKind::Integer),
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::Response("data/isSuccess", ValueKind::Boolean),
                                OperandInfo::Literal(Literal::Boolean(true)),
                            ),
                            GuardInfo::Compare(
                                Comparison::Ne,
                                OperandInfo::Response(
                                    "data/transactionStatusId",
                                    ValueKind::Integer,
                                ),
                                OperandInfo::Literal(Literal::Integer(2)),
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Any(
                            &[
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Error(ErrorFacet::Retry),
                                    OperandInfo::Literal(Literal::Text("query_first")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Error(ErrorFacet::Retry),
                                    OperandInfo::Literal(Literal::Text("backoff")),
                                ),
                            ],
                        ),
                    ),
                },
            )
        }
        OperationId::CommitPayment => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::Response("statusCode", ValueKind::Integer),
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::Response("data/isSuccess", ValueKind::Boolean),
                                OperandInfo::Literal(Literal::Boolean(true)),
                            ),
                            GuardInfo::Compare(
                                Comparison::Ne,
                                OperandInfo::Response(
                                    "data/transactionStatusId",
                                    ValueKind::Integer,
                                ),
                                OperandInfo::Literal(Literal::Integer(2)),
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Any(
                            &[
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Error(ErrorFacet::Retry),
                                    OperandInfo::Literal(Literal::Text("query_first")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Error(ErrorFacet::Retry),
                                    OperandInfo::Literal(Literal::Text("backoff")),
                                ),
                            ],
                        ),
                    ),
                },
            )
        }
        OperationId::GetTransaction => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::Response("statusCode", ValueKind::Integer),
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Present(
                                OperandInfo::Response(
                                    "data/referenceNumber",
                                    ValueKind::Text,
                                ),
                            ),
                        ],
                    ),
                    unknown: None,
                },
            )
        }
        OperationId::QueryTransaction => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::Response("statusCode", ValueKind::Integer),
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Present(
                                OperandInfo::Response(
                                    "data/referenceNumber",
                                    ValueKind::Text,
                                ),
                            ),
                        ],
                    ),
                    unknown: None,
                },
            )
        }
        OperationId::CancelPayment => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::Response("statusCode", ValueKind::Integer),
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::Response("data/isSuccess", ValueKind::Boolean),
                                OperandInfo::Literal(Literal::Boolean(true)),
                            ),
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::Response(
                                    "data/lastAmount",
                                    ValueKind::Decimal,
                                ),
                                OperandInfo::Literal(Literal::Integer(0)),
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Any(
                            &[
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Error(ErrorFacet::Retry),
                                    OperandInfo::Literal(Literal::Text("query_first")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Error(ErrorFacet::Retry),
                                    OperandInfo::Literal(Literal::Text("backoff")),
                                ),
                            ],
                        ),
                    ),
                },
            )
        }
        OperationId::RefundPayment => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::Response("statusCode", ValueKind::Integer),
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::Response("data/isSuccess", ValueKind::Boolean),
                                OperandInfo::Literal(Literal::Boolean(true)),
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Any(
                            &[
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Error(ErrorFacet::Retry),
                                    OperandInfo::Literal(Literal::Text("query_first")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Error(ErrorFacet::Retry),
                                    OperandInfo::Literal(Literal::Text("backoff")),
                                ),
                            ],
                        ),
                    ),
                },
            )
        }
        _ => None,
    }
}
impl CatalogCode for Code {
    fn wire(self) -> &'static str {
        self.as_wire()
    }
    fn message_template(self, lang: Lang) -> &'static [Piece] {
        self.template(lang)
    }
    fn placeholder_names(self) -> &'static [&'static str] {
        self.placeholders()
    }
}
/// The top-level response fields any lifecycle or outcome binding reads, sorted: the response facts a commit
/// needs hold these fields of the body and no others.
pub const RESPONSE_FIELDS_READ: &[&str] = &["data", "statusCode", "token"];
/// What in an answer tells an external event of a lifecycle happened (the spec's `signals`), in spec order:
/// a server and a client apply each alike once a call is answered.
pub const SIGNALS: &[crate::support::SignalInfo<LifecycleId>] = &[];
/// The states of the lifecycle `finrota-payment`: A card payment through PWS, from the payment request to its 3D step, finalization, cancellation and refunds.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum PaymentState {
    /// `not_submitted`: The merchant's order before POST /pws/payment: nothing exists at Finrota yet, so every reference to it is unknown.
    #[serde(rename = "not_submitted")]
    NotSubmitted,
    /// `awaiting_3d`: A 3D payment was started: the answer carried the bank's redirect URL and the cardholder has yet to pass the OTP step (transactionStatusId 3, pending). autoCommit ends it committed or failed; a cardholder who never finishes the step leaves it abandoned, which the spec ends as failed.
    #[serde(rename = "awaiting_3d")]
    AwaitingThreeD,
    /// `committed`: The bank authorized the payment and it is finalized (transactionStatusId 1, successful): the only state in which cancel and a first refund are allowed.
    #[serde(rename = "committed")]
    Committed,
    /// `failed`: The payment was declined: the bank declined it (P011), the cardholder failed the OTP step (P012) or abandoned it, or PWS refused it before the bank (e.g. P006, P019) (transactionStatusId 2, failed). Nothing was taken; a resend with the same clientOrderReferenceCode is a new attempt.
    #[serde(rename = "failed")]
    Failed,
    /// `cancelled`: The payment was cancelled; nothing remains (lastAmount 0.0).
    #[serde(rename = "cancelled")]
    Cancelled,
    /// `partially_refunded`: Part of the amount was refunded; lastAmount is what remains (transactionStatusId 6 in the refund sample).
    #[serde(rename = "partially_refunded")]
    PartiallyRefunded,
    /// `fully_refunded`: The whole amount was refunded; nothing remains.
    #[serde(rename = "fully_refunded")]
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
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        self.state_id()
    }
    /// The state with this spec id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|state| state.state_id() == id)
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Cancelled | Self::FullyRefunded)
    }
}
impl StateMachine for PaymentState {
    type Operation = OperationId;
    type Code = Code;
    const LIFECYCLE: &'static LifecycleInfo<Self> = {
        static TABLES: LifecycleInfo<PaymentState> = LifecycleInfo {
            id: "finrota-payment",
            states: PaymentState::ALL,
            initial: PaymentState::INITIAL,
            terminal: &[PaymentState::Cancelled, PaymentState::FullyRefunded],
            attributes: &[
                AttributeInfo {
                    id: "client_reference",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "reference",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "amount",
                    kind: ValueKind::Decimal,
                },
                AttributeInfo {
                    id: "last_amount",
                    kind: ValueKind::Decimal,
                },
                AttributeInfo {
                    id: "use_3d",
                    kind: ValueKind::Boolean,
                },
                AttributeInfo {
                    id: "created_at",
                    kind: ValueKind::Instant,
                },
                AttributeInfo {
                    id: "attempted_at",
                    kind: ValueKind::Instant,
                },
                AttributeInfo {
                    id: "last_refund_amount",
                    kind: ValueKind::Decimal,
                },
                AttributeInfo {
                    id: "last_refund_at",
                    kind: ValueKind::Instant,
                },
                AttributeInfo {
                    id: "cancelled_at",
                    kind: ValueKind::Instant,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::CreatePayment,
                    matches: &[
                        (
                            "client_reference",
                            OperandInfo::Request(
                                "clientOrderReferenceCode",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::CommitPayment,
                    matches: &[
                        (
                            "reference",
                            OperandInfo::Request("referenceCode", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::CancelPayment,
                    matches: &[
                        (
                            "reference",
                            OperandInfo::Request("referenceCode", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::RefundPayment,
                    matches: &[
                        (
                            "reference",
                            OperandInfo::Request("referenceCode", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::GetTransaction,
                    matches: &[
                        (
                            "client_reference",
                            OperandInfo::Request(
                                "clientReferenceNumber",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::QueryTransaction,
                    matches: &[
                        (
                            "client_reference",
                            OperandInfo::Request(
                                "clientReferenceNumber",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: PaymentState::NotSubmitted,
                    to: PaymentState::AwaitingThreeD,
                    cause: Cause::Operation(OperationId::CreatePayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("use3D", ValueKind::Boolean),
                                    OperandInfo::Literal(Literal::Boolean(true)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "last_amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "use_3d",
                            OperandInfo::Request("use3D", ValueKind::Boolean),
                        ),
                        EffectInfo::Set(
                            "created_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "clientOrderReferenceCode is sent, use3D is true and the request is accepted (isSuccess true): the answer carries redirectUrl.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[9],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "3D: POST /pws/payment with use3D true answers redirectUrl.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::NotSubmitted,
                    to: PaymentState::Committed,
                    cause: Cause::Operation(OperationId::CreatePayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("use3D", ValueKind::Boolean),
                                    OperandInfo::Literal(Literal::Boolean(false)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "last_amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "use_3d",
                            OperandInfo::Request("use3D", ValueKind::Boolean),
                        ),
                        EffectInfo::Set(
                            "created_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "clientOrderReferenceCode is sent, use3D is false and the bank authorizes: isSuccess true, transactionStatusId 1.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[5],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "Non-3D: committed at once when the bank authorizes, with transactionStatusId = 1.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::NotSubmitted,
                    to: PaymentState::Failed,
                    cause: Cause::Operation(OperationId::CreatePayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Declined),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("use3D", ValueKind::Boolean),
                                    OperandInfo::Literal(Literal::Boolean(false)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "use_3d",
                            OperandInfo::Request("use3D", ValueKind::Boolean),
                        ),
                        EffectInfo::Set(
                            "created_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "clientOrderReferenceCode is sent, use3D is false and the payment is declined, e.g. the bank declines: HTTP 200, statusCode 600, P011, isSuccess false.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "P011's scenario on a non-3D payment; HTTP 200 with data.isSuccess false per the seed's notes.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::NotSubmitted,
                    to: PaymentState::NotSubmitted,
                    cause: Cause::Operation(OperationId::CreatePayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Unknown),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "attempted_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "clientOrderReferenceCode is sent and the answer does not settle the payment (outcome unknown, e.g. P010): the spec records the attempt.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "P010's scenario (bank or payment gateway response timed out) and its catalog retry query_first: the payment may exist, so the spec records the attempt and does not answer the advised query with P004.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::AwaitingThreeD,
                    to: PaymentState::Committed,
                    cause: Cause::External("auto_commit_succeeds"),
                    when: None,
                    effects: &[],
                    guard: Some(
                        "The cardholder returns to returnUrl after the OTP step and autoCommit finalizes the payment: the cardholder passed the OTP step and the bank authorized the payment.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[9],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "3D Payment: Returns redirectUrl for the bank OTP (3D Secure) step; the user completes OTP on the bank's page. Then the transaction is automatically finalized via autoCommit (success/failure).",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::AwaitingThreeD,
                    to: PaymentState::Committed,
                    cause: Cause::Operation(OperationId::CommitPayment),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[],
                    guard: Some(
                        "The OTP step succeeded and autoCommit has not finalized the payment: the commit is approved (isSuccess true).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The commit service is listed only on the seed's error page and has no page of its own; the project models its body with referenceCode, the seed's key for reference-based operations.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::AwaitingThreeD,
                    to: PaymentState::Failed,
                    cause: Cause::External("auto_commit_fails"),
                    when: None,
                    effects: &[],
                    guard: Some(
                        "The cardholder fails the bank's OTP step (P012) or the bank declines after it (P011).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "P012's scenario: user authentication failed during the 3D Secure step; the payment page says autoCommit finalizes a 3D payment with success or failure.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::AwaitingThreeD,
                    to: PaymentState::Failed,
                    cause: Cause::External("three_d_abandoned"),
                    when: None,
                    effects: &[],
                    guard: Some(
                        "The cardholder abandons the 3D step: they never come back from the bank's OTP page and the bank's 3D session ends without a result. autoCommit has nothing to finalize and no amount is taken, so the payment ends failed. The vendor names no time limit: a merchant that has heard nothing queries the transaction before it gives up.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[9],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The payment page names no timeout for the OTP step and no abandoned status. The spec ends an abandoned 3D payment in failed rather than leave it awaiting_3d for ever: no money moved, so cancel and refund must not apply, and a resend with the same clientOrderReferenceCode is no longer a duplicate in progress. The duration is the bank's 3D session, which the vendor does not publish, so the spec fixes none; the transaction query (status 3 pending or 2 failed) is how a merchant confirms it.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::AwaitingThreeD,
                    to: PaymentState::Failed,
                    cause: Cause::Operation(OperationId::CommitPayment),
                    when: Some(GuardInfo::Outcome(Outcome::Declined)),
                    effects: &[],
                    guard: Some(
                        "The commit is declined: the OTP step failed (P012) or the bank declines (P011), HTTP 200, isSuccess false.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The commit service is listed only on the seed's error page and has no page of its own; the project models its body with referenceCode, the seed's key for reference-based operations.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Failed,
                    to: PaymentState::AwaitingThreeD,
                    cause: Cause::Operation(OperationId::CreatePayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::All(
                                    &[
                                        GuardInfo::Present(
                                            OperandInfo::Request(
                                                "clientOrderReferenceCode",
                                                ValueKind::Text,
                                            ),
                                        ),
                                        GuardInfo::Compare(
                                            Comparison::Eq,
                                            OperandInfo::Request(
                                                "clientOrderReferenceCode",
                                                ValueKind::Text,
                                            ),
                                            OperandInfo::Attribute("client_reference"),
                                        ),
                                    ],
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("use3D", ValueKind::Boolean),
                                    OperandInfo::Literal(Literal::Boolean(true)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Clear("reference"),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "last_amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "use_3d",
                            OperandInfo::Request("use3D", ValueKind::Boolean),
                        ),
                        EffectInfo::Set(
                            "created_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "A new attempt with the same clientOrderReferenceCode: use3D is true and the request is accepted (isSuccess true); the answer carries redirectUrl.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[9],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The spec's reading for an abandoned or failed payment: a resend with the same clientOrderReferenceCode is no longer a duplicate in progress, and the vendor names no refusal of it (P017 is for a transaction already completed), so it is a new attempt on the same order reference; the old attempt's system reference is forgotten until a query records the new one.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Failed,
                    to: PaymentState::Committed,
                    cause: Cause::Operation(OperationId::CreatePayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::All(
                                    &[
                                        GuardInfo::Present(
                                            OperandInfo::Request(
                                                "clientOrderReferenceCode",
                                                ValueKind::Text,
                                            ),
                                        ),
                                        GuardInfo::Compare(
                                            Comparison::Eq,
                                            OperandInfo::Request(
                                                "clientOrderReferenceCode",
                                                ValueKind::Text,
                                            ),
                                            OperandInfo::Attribute("client_reference"),
                                        ),
                                    ],
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("use3D", ValueKind::Boolean),
                                    OperandInfo::Literal(Literal::Boolean(false)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Clear("reference"),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "last_amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "use_3d",
                            OperandInfo::Request("use3D", ValueKind::Boolean),
                        ),
                        EffectInfo::Set(
                            "created_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "A new attempt with the same clientOrderReferenceCode: use3D is false and the bank authorizes (isSuccess true, transactionStatusId 1).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[9],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The spec's reading for an abandoned or failed payment: a resend with the same clientOrderReferenceCode is no longer a duplicate in progress, and the vendor names no refusal of it (P017 is for a transaction already completed), so it is a new attempt on the same order reference; the old attempt's system reference is forgotten until a query records the new one.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Failed,
                    to: PaymentState::Failed,
                    cause: Cause::Operation(OperationId::CreatePayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Declined),
                                GuardInfo::All(
                                    &[
                                        GuardInfo::Present(
                                            OperandInfo::Request(
                                                "clientOrderReferenceCode",
                                                ValueKind::Text,
                                            ),
                                        ),
                                        GuardInfo::Compare(
                                            Comparison::Eq,
                                            OperandInfo::Request(
                                                "clientOrderReferenceCode",
                                                ValueKind::Text,
                                            ),
                                            OperandInfo::Attribute("client_reference"),
                                        ),
                                    ],
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("use3D", ValueKind::Boolean),
                                    OperandInfo::Literal(Literal::Boolean(false)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Clear("reference"),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "use_3d",
                            OperandInfo::Request("use3D", ValueKind::Boolean),
                        ),
                        EffectInfo::Set(
                            "created_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "A new attempt with the same clientOrderReferenceCode: use3D is false and the payment is declined again.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[9],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The spec's reading for an abandoned or failed payment: a resend with the same clientOrderReferenceCode is no longer a duplicate in progress, and the vendor names no refusal of it (P017 is for a transaction already completed), so it is a new attempt on the same order reference; the old attempt's system reference is forgotten until a query records the new one.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Committed,
                    to: PaymentState::Cancelled,
                    cause: Cause::Operation(OperationId::CancelPayment),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "last_amount",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "cancelled_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "The bank approves the cancellation: isSuccess true, lastAmount 0.0.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "Cancellation can only be performed for completed transactions; depending on the authorization response from the bank, the cancellation result will be successful or unsuccessful; the successful sample answers lastAmount 0.0.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Committed,
                    to: PaymentState::Committed,
                    cause: Cause::Operation(OperationId::CancelPayment),
                    when: Some(GuardInfo::Outcome(Outcome::Declined)),
                    effects: &[],
                    guard: Some(
                        "The cancellation is declined, e.g. the bank refuses it: HTTP 200, statusCode 602, P013, isSuccess false; the payment stays committed.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "P013's scenario; the transaction is unchanged when the bank refuses.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Committed,
                    to: PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::RefundPayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request("amount", ValueKind::Decimal),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Request("amount", ValueKind::Decimal),
                                    OperandInfo::Attribute("last_amount"),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "last_amount",
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("last_amount"),
                                &OperandInfo::Request("amount", ValueKind::Decimal),
                            ),
                        ),
                        EffectInfo::Set(
                            "last_refund_amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "last_refund_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "amount is sent and is less than lastAmount, and the bank approves.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The VPWS refund page: a partial refund sends amount, and the sample answers lastAmount 235.00 and transactionStatusId 6; the page is the dealer-level sibling's (VPWS) and no PWS refund page was found, so applying it to PWS is the project's reading.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Committed,
                    to: PaymentState::FullyRefunded,
                    cause: Cause::Operation(OperationId::RefundPayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Any(
                                    &[
                                        GuardInfo::Not(
                                            &GuardInfo::Present(
                                                OperandInfo::Request("amount", ValueKind::Decimal),
                                            ),
                                        ),
                                        GuardInfo::Compare(
                                            Comparison::Eq,
                                            OperandInfo::Request("amount", ValueKind::Decimal),
                                            OperandInfo::Attribute("last_amount"),
                                        ),
                                    ],
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "last_refund_amount",
                            OperandInfo::Attribute("last_amount"),
                        ),
                        EffectInfo::Set(
                            "last_amount",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "last_refund_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "amount is not sent, or equals lastAmount, and the bank approves.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The VPWS refund page: amount not sent, the entire transaction amount is refunded; the page is the dealer-level sibling's (VPWS) and no PWS refund page was found, so applying it to PWS is the project's reading.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Committed,
                    to: PaymentState::Committed,
                    cause: Cause::Operation(OperationId::RefundPayment),
                    when: Some(GuardInfo::Outcome(Outcome::Declined)),
                    effects: &[],
                    guard: Some(
                        "The refund is declined, e.g. the bank rejects it: HTTP 200, statusCode 603, P014, isSuccess false; the payment stays committed.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "P014's scenario; the transaction is unchanged when the bank refuses.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::PartiallyRefunded,
                    to: PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::RefundPayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request("amount", ValueKind::Decimal),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Request("amount", ValueKind::Decimal),
                                    OperandInfo::Attribute("last_amount"),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "last_amount",
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("last_amount"),
                                &OperandInfo::Request("amount", ValueKind::Decimal),
                            ),
                        ),
                        EffectInfo::Set(
                            "last_refund_amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "last_refund_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "amount is less than the remaining lastAmount and the bank approves.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Multiple partial refunds can be made for the same transaction (discrepancy refund-after-partial-refund).",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::PartiallyRefunded,
                    to: PaymentState::FullyRefunded,
                    cause: Cause::Operation(OperationId::RefundPayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Any(
                                    &[
                                        GuardInfo::Not(
                                            &GuardInfo::Present(
                                                OperandInfo::Request("amount", ValueKind::Decimal),
                                            ),
                                        ),
                                        GuardInfo::Compare(
                                            Comparison::Eq,
                                            OperandInfo::Request("amount", ValueKind::Decimal),
                                            OperandInfo::Attribute("last_amount"),
                                        ),
                                    ],
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "last_refund_amount",
                            OperandInfo::Attribute("last_amount"),
                        ),
                        EffectInfo::Set(
                            "last_amount",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "last_refund_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some(
                        "amount is not sent, or equals the remaining lastAmount, and the bank approves.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Multiple partial refunds until the total reaches the amount (discrepancy refund-after-partial-refund).",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::AwaitingThreeD,
                    to: PaymentState::AwaitingThreeD,
                    cause: Cause::Operation(OperationId::GetTransaction),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientReferenceNumber",
                                        ValueKind::Text,
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Response(
                                "data/referenceNumber",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    guard: Some(
                        "The query names the payment by clientReferenceNumber and is answered with the transaction (statusCode 200, with its referenceNumber): the spec records the referenceNumber.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The transaction answer carries referenceNumber, the reference commit, cancel and refund send as referenceCode; the payment answer carries none, so the spec records it from a successful query, as a merchant must.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::AwaitingThreeD,
                    to: PaymentState::AwaitingThreeD,
                    cause: Cause::Operation(OperationId::QueryTransaction),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientReferenceNumber",
                                        ValueKind::Text,
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Response(
                                "data/referenceNumber",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    guard: Some(
                        "The query names the payment by clientReferenceNumber and is answered with the transaction (statusCode 200, with its referenceNumber): the spec records the referenceNumber.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The transaction answer carries referenceNumber, the reference commit, cancel and refund send as referenceCode; the payment answer carries none, so the spec records it from a successful query, as a merchant must.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Committed,
                    to: PaymentState::Committed,
                    cause: Cause::Operation(OperationId::GetTransaction),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientReferenceNumber",
                                        ValueKind::Text,
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Response(
                                "data/referenceNumber",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    guard: Some(
                        "The query names the payment by clientReferenceNumber and is answered with the transaction (statusCode 200, with its referenceNumber): the spec records the referenceNumber.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The transaction answer carries referenceNumber, the reference commit, cancel and refund send as referenceCode; the payment answer carries none, so the spec records it from a successful query, as a merchant must.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Committed,
                    to: PaymentState::Committed,
                    cause: Cause::Operation(OperationId::QueryTransaction),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientReferenceNumber",
                                        ValueKind::Text,
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Response(
                                "data/referenceNumber",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    guard: Some(
                        "The query names the payment by clientReferenceNumber and is answered with the transaction (statusCode 200, with its referenceNumber): the spec records the referenceNumber.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The transaction answer carries referenceNumber, the reference commit, cancel and refund send as referenceCode; the payment answer carries none, so the spec records it from a successful query, as a merchant must.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Failed,
                    to: PaymentState::Failed,
                    cause: Cause::Operation(OperationId::GetTransaction),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientReferenceNumber",
                                        ValueKind::Text,
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Response(
                                "data/referenceNumber",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    guard: Some(
                        "The query names the payment by clientReferenceNumber and is answered with the transaction (statusCode 200, with its referenceNumber): the spec records the referenceNumber.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The transaction answer carries referenceNumber, the reference commit, cancel and refund send as referenceCode; the payment answer carries none, so the spec records it from a successful query, as a merchant must.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::Failed,
                    to: PaymentState::Failed,
                    cause: Cause::Operation(OperationId::QueryTransaction),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientReferenceNumber",
                                        ValueKind::Text,
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Response(
                                "data/referenceNumber",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    guard: Some(
                        "The query names the payment by clientReferenceNumber and is answered with the transaction (statusCode 200, with its referenceNumber): the spec records the referenceNumber.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The transaction answer carries referenceNumber, the reference commit, cancel and refund send as referenceCode; the payment answer carries none, so the spec records it from a successful query, as a merchant must.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::PartiallyRefunded,
                    to: PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::GetTransaction),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientReferenceNumber",
                                        ValueKind::Text,
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Response(
                                "data/referenceNumber",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    guard: Some(
                        "The query names the payment by clientReferenceNumber and is answered with the transaction (statusCode 200, with its referenceNumber): the spec records the referenceNumber.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The transaction answer carries referenceNumber, the reference commit, cancel and refund send as referenceCode; the payment answer carries none, so the spec records it from a successful query, as a merchant must.",
                        ),
                    },
                },
                TransitionInfo {
                    from: PaymentState::PartiallyRefunded,
                    to: PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::QueryTransaction),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientReferenceNumber",
                                        ValueKind::Text,
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Response(
                                "data/referenceNumber",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    guard: Some(
                        "The query names the payment by clientReferenceNumber and is answered with the transaction (statusCode 200, with its referenceNumber): the spec records the referenceNumber.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The transaction answer carries referenceNumber, the reference commit, cancel and refund send as referenceCode; the payment answer carries none, so the spec records it from a successful query, as a merchant must.",
                        ),
                    },
                },
            ],
            forbidden: &[
                ForbiddenInfo {
                    state: PaymentState::NotSubmitted,
                    operation: OperationId::CancelPayment,
                    when: None,
                    guard: None,
                    code: Code::RecordNotFound,
                    http_status: 404,
                    arguments: &[],
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "For operations performed using referenceCode, invalid codes return a 404 - P004 error; P004's scenario: the reference code to be canceled/refunded does not exist.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::NotSubmitted,
                    operation: OperationId::RefundPayment,
                    when: None,
                    guard: None,
                    code: Code::RecordNotFound,
                    http_status: 404,
                    arguments: &[],
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "For operations performed using referenceCode, invalid codes return a 404 - P004 error; P004's scenario: the reference code to be canceled/refunded does not exist.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::NotSubmitted,
                    operation: OperationId::CommitPayment,
                    when: None,
                    guard: None,
                    code: Code::RecordNotFound,
                    http_status: 404,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The seed: for operations performed using referenceCode, invalid codes return a 404 - P004 error; that commit takes referenceCode is the project's model (discrepancy payment-commit-endpoint).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::NotSubmitted,
                    operation: OperationId::GetTransaction,
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientReferenceNumber",
                                        ValueKind::Text,
                                    ),
                                ),
                                GuardInfo::Not(
                                    &GuardInfo::Present(OperandInfo::Attribute("attempted_at")),
                                ),
                            ],
                        ),
                    ),
                    guard: Some(
                        "The query names the payment by clientReferenceNumber, and no payment with that reference was sent (none whose answer left it unknown either).",
                    ),
                    code: Code::RecordNotFound,
                    http_status: 404,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The details page names no code for an identifier that matches nothing; P004 (Record not found, 404) is the seed's code for a reference that does not exist. Only a query by clientReferenceNumber is keyed to this lifecycle, so only it is refused here.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::NotSubmitted,
                    operation: OperationId::QueryTransaction,
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientReferenceNumber",
                                        ValueKind::Text,
                                    ),
                                ),
                                GuardInfo::Not(
                                    &GuardInfo::Present(OperandInfo::Attribute("attempted_at")),
                                ),
                            ],
                        ),
                    ),
                    guard: Some(
                        "The query names the payment by clientReferenceNumber, and no payment with that reference was sent (none whose answer left it unknown either).",
                    ),
                    code: Code::RecordNotFound,
                    http_status: 404,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The details page names no code for an identifier that matches nothing; P004 (Record not found, 404) is the seed's code for a reference that does not exist. Only a query by clientReferenceNumber is keyed to this lifecycle, so only it is refused here.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::AwaitingThreeD,
                    operation: OperationId::CreatePayment,
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                    OperandInfo::Attribute("client_reference"),
                                ),
                            ],
                        ),
                    ),
                    guard: Some(
                        "The payment is sent again with the same clientOrderReferenceCode while the first awaits the OTP step.",
                    ),
                    code: Code::TransactionConflict,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A genuine duplicate: the first attempt with this clientOrderReferenceCode is still in its 3D step, so the resend duplicates an operation in progress, P005's scenario (duplicate request sent for the same operation); the state tells it, since once the first attempt is finalized a resend is P017.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::AwaitingThreeD,
                    operation: OperationId::CancelPayment,
                    when: None,
                    guard: None,
                    code: Code::CancellationFailed,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 602. Cancellation can only be performed for completed transactions and a 3D payment awaiting its OTP step is not one, so the cancellation does not go through: P013 (Cancellation failed), the seed's code for a failed cancellation; P005 is kept for duplicates.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::AwaitingThreeD,
                    operation: OperationId::RefundPayment,
                    when: None,
                    guard: None,
                    code: Code::RefundFailed,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 603. Refunds only for successful (transactionStatusId = 1) transactions and nothing was taken from a payment awaiting its OTP step, so the refund does not go through: P014 (Refund failed), the seed's code for a failed refund; P005 is kept for duplicates.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::Committed,
                    operation: OperationId::CreatePayment,
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                    OperandInfo::Attribute("client_reference"),
                                ),
                            ],
                        ),
                    ),
                    guard: Some(
                        "The payment is sent again with the same clientOrderReferenceCode.",
                    ),
                    code: Code::TransactionAlreadyCompleted,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 606; P017's scenario: a transaction was resent with the same reference.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::Committed,
                    operation: OperationId::CommitPayment,
                    when: None,
                    guard: None,
                    code: Code::TransactionAlreadyCompleted,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 606: the transaction is already completed.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::Committed,
                    operation: OperationId::RefundPayment,
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Present(
                                    OperandInfo::Request("amount", ValueKind::Decimal),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Gt,
                                    OperandInfo::Request("amount", ValueKind::Decimal),
                                    OperandInfo::Attribute("last_amount"),
                                ),
                            ],
                        ),
                    ),
                    guard: Some(
                        "amount exceeds what remains (lastAmount): the total refund would exceed the original transaction amount.",
                    ),
                    code: Code::PartialRefundLimitExceeded,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 604.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::Failed,
                    operation: OperationId::CancelPayment,
                    when: None,
                    guard: None,
                    code: Code::CancellationFailed,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 602. Cancellation can only be performed for completed transactions and this payment failed, so the cancellation does not go through: P013 (Cancellation failed); P005 is kept for duplicates.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::Failed,
                    operation: OperationId::RefundPayment,
                    when: None,
                    guard: None,
                    code: Code::RefundFailed,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 603. Refunds only for successful (transactionStatusId = 1) transactions and a failed payment took nothing, so the refund does not go through: P014 (Refund failed); P005 is kept for duplicates.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::Failed,
                    operation: OperationId::CommitPayment,
                    when: None,
                    guard: None,
                    code: Code::PaymentFailed,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 600. The payment already failed: the bank declined it, or its 3D step failed or was abandoned, which P011's scenario names (Bank declined the transaction, e.g. insufficient limit, 3D failure); a commit cannot finalize it, and P005 is kept for duplicates.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::Cancelled,
                    operation: OperationId::CreatePayment,
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                    OperandInfo::Attribute("client_reference"),
                                ),
                            ],
                        ),
                    ),
                    guard: Some(
                        "The payment is sent again with the same clientOrderReferenceCode.",
                    ),
                    code: Code::TransactionAlreadyCompleted,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 606; P017's scenario: a transaction was resent with the same reference.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::Cancelled,
                    operation: OperationId::CancelPayment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Lt,
                            OperandInfo::Clock(ClockReading::Now),
                            OperandInfo::Sum(
                                &[
                                    OperandInfo::Attribute("cancelled_at"),
                                    OperandInfo::Timer("duplicate_window"),
                                ],
                            ),
                        ),
                    ),
                    guard: Some(
                        "The cancel is sent again within duplicate_window of the approved cancellation (a double cancel).",
                    ),
                    code: Code::TransactionConflict,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A genuine duplicate: the same cancel sent again shortly after the first was approved is a duplicate request for the same operation, P005's scenario. The VPWS page says a repeated cancel may behave idempotently, which fixes no answer; the vendor names no window, so the spec tells a duplicate by duplicate_window.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::Cancelled,
                    operation: OperationId::CancelPayment,
                    when: None,
                    guard: None,
                    code: Code::CancellationFailed,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 602. Later, a cancel of a cancelled payment has nothing to cancel (lastAmount 0.0), so the cancellation does not go through: P013 (Cancellation failed).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::Cancelled,
                    operation: OperationId::RefundPayment,
                    when: None,
                    guard: None,
                    code: Code::RefundFailed,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 603. The cancellation left nothing (lastAmount 0.0), so the refund does not go through: P014 (Refund failed); P005 is kept for duplicates.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::Cancelled,
                    operation: OperationId::CommitPayment,
                    when: None,
                    guard: None,
                    code: Code::TransactionAlreadyCompleted,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 606. The payment was completed before it was cancelled: P017 (Transaction already completed); P005 is kept for duplicates.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::PartiallyRefunded,
                    operation: OperationId::CreatePayment,
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                    OperandInfo::Attribute("client_reference"),
                                ),
                            ],
                        ),
                    ),
                    guard: Some(
                        "The payment is sent again with the same clientOrderReferenceCode.",
                    ),
                    code: Code::TransactionAlreadyCompleted,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 606; P017's scenario: a transaction was resent with the same reference.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::PartiallyRefunded,
                    operation: OperationId::RefundPayment,
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Present(
                                    OperandInfo::Request("amount", ValueKind::Decimal),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("amount", ValueKind::Decimal),
                                    OperandInfo::Attribute("last_refund_amount"),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Clock(ClockReading::Now),
                                    OperandInfo::Sum(
                                        &[
                                            OperandInfo::Attribute("last_refund_at"),
                                            OperandInfo::Timer("duplicate_window"),
                                        ],
                                    ),
                                ),
                            ],
                        ),
                    ),
                    guard: Some(
                        "The same refund is sent again while the first is processed (a double refund): the amount of the last approved refund, within duplicate_window of it.",
                    ),
                    code: Code::TransactionConflict,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "P005's scenario names the double refund: duplicate request sent for the same operation (e.g. double refund). The spec tells the same refund sent again by the amount of the last approved refund within duplicate_window of it; the vendor names no window.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::PartiallyRefunded,
                    operation: OperationId::RefundPayment,
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Present(
                                    OperandInfo::Request("amount", ValueKind::Decimal),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Gt,
                                    OperandInfo::Request("amount", ValueKind::Decimal),
                                    OperandInfo::Attribute("last_amount"),
                                ),
                            ],
                        ),
                    ),
                    guard: Some(
                        "amount exceeds what remains (lastAmount): the total refund would exceed the original transaction amount.",
                    ),
                    code: Code::PartialRefundLimitExceeded,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 604.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::PartiallyRefunded,
                    operation: OperationId::CancelPayment,
                    when: None,
                    guard: None,
                    code: Code::CancellationFailed,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[14],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 602. Cancellation only for transactionStatusId = 1 and a partly refunded payment has status 6 (discrepancy refund-after-partial-refund), so the cancellation does not go through: P013 (Cancellation failed); P005 is kept for duplicates.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::PartiallyRefunded,
                    operation: OperationId::CommitPayment,
                    when: None,
                    guard: None,
                    code: Code::TransactionAlreadyCompleted,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 606. The payment was completed before its refunds: P017 (Transaction already completed); P005 is kept for duplicates.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::FullyRefunded,
                    operation: OperationId::CreatePayment,
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Present(
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request(
                                        "clientOrderReferenceCode",
                                        ValueKind::Text,
                                    ),
                                    OperandInfo::Attribute("client_reference"),
                                ),
                            ],
                        ),
                    ),
                    guard: Some(
                        "The payment is sent again with the same clientOrderReferenceCode.",
                    ),
                    code: Code::TransactionAlreadyCompleted,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 606; P017's scenario: a transaction was resent with the same reference.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::FullyRefunded,
                    operation: OperationId::RefundPayment,
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Any(
                                    &[
                                        GuardInfo::Not(
                                            &GuardInfo::Present(
                                                OperandInfo::Request("amount", ValueKind::Decimal),
                                            ),
                                        ),
                                        GuardInfo::Compare(
                                            Comparison::Eq,
                                            OperandInfo::Request("amount", ValueKind::Decimal),
                                            OperandInfo::Attribute("last_refund_amount"),
                                        ),
                                    ],
                                ),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Clock(ClockReading::Now),
                                    OperandInfo::Sum(
                                        &[
                                            OperandInfo::Attribute("last_refund_at"),
                                            OperandInfo::Timer("duplicate_window"),
                                        ],
                                    ),
                                ),
                            ],
                        ),
                    ),
                    guard: Some(
                        "The same refund is sent again while the first is processed (a double refund): no amount or the amount of the last approved refund, within duplicate_window of it.",
                    ),
                    code: Code::TransactionConflict,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "P005's scenario names the double refund. The spec tells the same refund sent again by its amount (the last approved refund's, or none as for a full refund) within duplicate_window of the last refund; the vendor names no window.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::FullyRefunded,
                    operation: OperationId::RefundPayment,
                    when: None,
                    guard: None,
                    code: Code::PartialRefundLimitExceeded,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 604. Refunds already cover the whole amount, so any further refund takes the total refund amount above the original transaction amount, P015's scenario; P005 is kept for duplicates.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::FullyRefunded,
                    operation: OperationId::CancelPayment,
                    when: None,
                    guard: None,
                    code: Code::CancellationFailed,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[14],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 602. Cancellation only for transactionStatusId = 1 and nothing remains of a fully refunded payment, so the cancellation does not go through: P013 (Cancellation failed); P005 is kept for duplicates.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: PaymentState::FullyRefunded,
                    operation: OperationId::CommitPayment,
                    when: None,
                    guard: None,
                    code: Code::TransactionAlreadyCompleted,
                    http_status: 200,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A pseudo-status code: it travels with HTTP 200 and its 600–609 value in statusCode (discrepancy pseudo-status-transport). statusCode 606. The payment was completed before its refunds: P017 (Transaction already completed); P005 is kept for duplicates.",
                        ),
                    },
                },
            ],
            client_reference: Some(ClientReferenceInfo {
                attribute: "client_reference",
                field: "clientOrderReferenceCode",
                reused: Code::TransactionAlreadyCompleted,
                basis: Basis::Decision,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "Seed 001's P017 scenario is a transaction resent with the same reference: the lifecycle's P017 refusal of a payment naming a clientOrderReferenceCode it already holds means the client reused it (the project's reading of the scenario).",
                    ),
                },
            }),
        };
        &TABLES
    };
    fn state_id(self) -> &'static str {
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
}
/// The states of the lifecycle `access-token`: You can think of it as a key that verifies your identity before sending requests to the API. When this key expires, you need to renew it; otherwise, your requests will return errors.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum AccessTokenState {
    /// `not_issued`: No token yet: the moment before POST /auth/api/token/connect answers. A Bearer value the server never issued is refused by authentication (P002) before this lifecycle is consulted.
    #[serde(rename = "not_issued")]
    NotIssued,
    /// `valid`: The token obtained from POST /auth/api/token/connect, before its expiry: every PWS call sends it as Bearer.
    #[serde(rename = "valid")]
    Valid,
    /// `expired`: The expiry instant has passed: calls with the token return 401 (P002); a new token must be obtained.
    #[serde(rename = "expired")]
    Expired,
}
impl AccessTokenState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[Self::NotIssued, Self::Valid, Self::Expired];
    /// The state things start in.
    pub const INITIAL: Self = Self::NotIssued;
    /// The state's id in the spec.
    pub fn id(self) -> &'static str {
        self.state_id()
    }
    /// The state with this spec id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|state| state.state_id() == id)
    }
    /// Whether nothing leaves this state.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Expired)
    }
}
impl StateMachine for AccessTokenState {
    type Operation = OperationId;
    type Code = Code;
    const LIFECYCLE: &'static LifecycleInfo<Self> = {
        static TABLES: LifecycleInfo<AccessTokenState> = LifecycleInfo {
            id: "access-token",
            states: AccessTokenState::ALL,
            initial: AccessTokenState::INITIAL,
            terminal: &[AccessTokenState::Expired],
            attributes: &[
                AttributeInfo {
                    id: "token",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "expires_at",
                    kind: ValueKind::Instant,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::TokenConnect,
                    matches: &[
                        ("token", OperandInfo::Credential(Credential::BearerToken)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::ListPaymentSets,
                    matches: &[
                        ("token", OperandInfo::Credential(Credential::BearerToken)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::ListPaymentOptions,
                    matches: &[
                        ("token", OperandInfo::Credential(Credential::BearerToken)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::PaymentOptionsByBin,
                    matches: &[
                        ("token", OperandInfo::Credential(Credential::BearerToken)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::CreatePayment,
                    matches: &[
                        ("token", OperandInfo::Credential(Credential::BearerToken)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::CommitPayment,
                    matches: &[
                        ("token", OperandInfo::Credential(Credential::BearerToken)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::GetTransaction,
                    matches: &[
                        ("token", OperandInfo::Credential(Credential::BearerToken)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::QueryTransaction,
                    matches: &[
                        ("token", OperandInfo::Credential(Credential::BearerToken)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::CancelPayment,
                    matches: &[
                        ("token", OperandInfo::Credential(Credential::BearerToken)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::RefundPayment,
                    matches: &[
                        ("token", OperandInfo::Credential(Credential::BearerToken)),
                    ],
                    each: false,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: AccessTokenState::NotIssued,
                    to: AccessTokenState::Valid,
                    cause: Cause::Operation(OperationId::TokenConnect),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "token",
                            OperandInfo::Response("token", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "expires_at",
                            OperandInfo::Sum(
                                &[
                                    OperandInfo::Clock(ClockReading::Now),
                                    OperandInfo::Timer("token_lifetime"),
                                ],
                            ),
                        ),
                    ],
                    guard: Some(
                        "The token request is accepted: HTTP 200 with token, expiry and type.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[2],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "You receive a JSON containing token (your AccessToken), expiry (when it expires), and type (Bearer).",
                        ),
                    },
                },
                TransitionInfo {
                    from: AccessTokenState::Valid,
                    to: AccessTokenState::Expired,
                    cause: Cause::Timer("token_expires"),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Ge,
                            OperandInfo::Clock(ClockReading::Now),
                            OperandInfo::Attribute("expires_at"),
                        ),
                    ),
                    effects: &[],
                    guard: Some(
                        "token_lifetime has passed since the token was issued (expires_at): the spec's measure of the answer's expiry.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[2],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The token page: the response's expiry tells when the token expires, and an expired key must be renewed; the spec cannot compare that date-time with the clock and times the expiry with token_lifetime, the project's default.",
                        ),
                    },
                },
            ],
            forbidden: &[
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::ListPaymentSets,
                    when: None,
                    guard: None,
                    code: Code::UnauthorizedAccess,
                    http_status: 401,
                    arguments: &[],
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "P002, 401: Unauthorized access; scenario: invalid or expired AccessToken.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::ListPaymentOptions,
                    when: None,
                    guard: None,
                    code: Code::UnauthorizedAccess,
                    http_status: 401,
                    arguments: &[],
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "P002, 401: Unauthorized access; scenario: invalid or expired AccessToken.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::PaymentOptionsByBin,
                    when: None,
                    guard: None,
                    code: Code::UnauthorizedAccess,
                    http_status: 401,
                    arguments: &[],
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "P002, 401: Unauthorized access; scenario: invalid or expired AccessToken.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::CreatePayment,
                    when: None,
                    guard: None,
                    code: Code::UnauthorizedAccess,
                    http_status: 401,
                    arguments: &[],
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "P002, 401: Unauthorized access; scenario: invalid or expired AccessToken.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::CommitPayment,
                    when: None,
                    guard: None,
                    code: Code::UnauthorizedAccess,
                    http_status: 401,
                    arguments: &[],
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "P002, 401: Unauthorized access; scenario: invalid or expired AccessToken.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::GetTransaction,
                    when: None,
                    guard: None,
                    code: Code::UnauthorizedAccess,
                    http_status: 401,
                    arguments: &[],
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "P002, 401: Unauthorized access; scenario: invalid or expired AccessToken.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::QueryTransaction,
                    when: None,
                    guard: None,
                    code: Code::UnauthorizedAccess,
                    http_status: 401,
                    arguments: &[],
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "P002, 401: Unauthorized access; scenario: invalid or expired AccessToken.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::CancelPayment,
                    when: None,
                    guard: None,
                    code: Code::UnauthorizedAccess,
                    http_status: 401,
                    arguments: &[],
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "P002, 401: Unauthorized access; scenario: invalid or expired AccessToken.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::RefundPayment,
                    when: None,
                    guard: None,
                    code: Code::UnauthorizedAccess,
                    http_status: 401,
                    arguments: &[],
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "P002, 401: Unauthorized access; scenario: invalid or expired AccessToken.",
                        ),
                    },
                },
            ],
            client_reference: None,
        };
        &TABLES
    };
    fn state_id(self) -> &'static str {
        match self {
            Self::NotIssued => "not_issued",
            Self::Valid => "valid",
            Self::Expired => "expired",
        }
    }
}
