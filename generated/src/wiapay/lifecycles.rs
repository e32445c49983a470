// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The lifecycles of the WiaPay API, from `spec/wiapay/`.
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
    /// `wiapay-transaction`: [`TransactionState`].
    WiapayTransaction,
}
impl LifecycleId {
    /// Every lifecycle, in spec order.
    pub const ALL: &'static [Self] = &[Self::WiapayTransaction];
    /// The lifecycle's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::WiapayTransaction => "wiapay-transaction",
        }
    }
    /// The lifecycle with this spec id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|lifecycle| lifecycle.id() == id)
    }
    /// The ids of its states, in spec order.
    pub fn state_ids(self) -> Vec<&'static str> {
        match self {
            Self::WiapayTransaction => {
                TransactionState::ALL.iter().map(|s| s.state_id()).collect()
            }
        }
    }
    /// The operations that act on it.
    pub fn operations(self) -> Vec<OperationId> {
        match self {
            Self::WiapayTransaction => {
                TransactionState::LIFECYCLE.keys.iter().map(|k| k.operation).collect()
            }
        }
    }
}
/// The durations the API's rules depend on, with their defaults and configuration keys.
pub const TIMERS: &[TimerInfo] = &[
    TimerInfo {
        id: "deposit_expiry",
        seconds: 1800,
        config: "wiapay.deposit_expiry_seconds",
    },
    TimerInfo {
        id: "signature_window",
        seconds: 300,
        config: "wiapay.signature_window_seconds",
    },
];
/// The order in which a server checks a call: the first check that fails answers.
pub const PRECEDENCE: &[Check<LifecycleId>] = &[
    Check::Route,
    Check::Authentication,
    Check::Decode,
    Check::Rules,
    Check::Lifecycle(LifecycleId::WiapayTransaction),
];
/// How an operation's response tells the call's outcome, for operations whose transitions depend on it.
pub fn outcome_of(operation: OperationId) -> Option<&'static OutcomeInfo> {
    match operation {
        OperationId::CreateDeposit => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::Compare(
                        Comparison::Eq,
                        OperandInfo::Response("success", ValueKind::Boolean),
                        OperandInfo::Literal(Literal::Boolean(true)),
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Code),
                            OperandInfo::Literal(Literal::Text("INTERNAL_SERVER_ERROR")),
                        ),
                    ),
                },
            )
        }
        OperationId::CreateWithdrawal => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::Compare(
                        Comparison::Eq,
                        OperandInfo::Response("success", ValueKind::Boolean),
                        OperandInfo::Literal(Literal::Boolean(true)),
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Code),
                            OperandInfo::Literal(Literal::Text("INTERNAL_SERVER_ERROR")),
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
pub const RESPONSE_FIELDS_READ: &[&str] = &["data", "success"];
/// What in an answer tells an external event of a lifecycle happened (the spec's `signals`), in spec order:
/// a server and a client apply each alike once a call is answered.
pub const SIGNALS: &[crate::support::SignalInfo<LifecycleId>] = &[];
/// The states of the lifecycle `wiapay-transaction`: A deposit or withdrawal from its creation to its final status. After creation every change of status is reported by a callback, deposit-callback for a deposit and withdrawal-callback for a withdrawal, and the transition is the one the callback's status names; a processing callback may never come, so a final status may follow pending directly. A callback that repeats the status already reached, or comes after a final status, changes nothing: the receiver acknowledges it and handles it idempotently. A signed request whose X-Timestamp is more than 5 minutes from the server's clock is refused with TIMESTAMP_EXPIRED (401) before any state is touched; that window (the timer signature_window, the signing recipe's window_seconds) is checked at authentication (see the precedence), not by this lifecycle.
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
pub enum TransactionState {
    /// `not_created`: No transaction with this processId exists yet.
    #[serde(rename = "not_created")]
    NotCreated,
    /// `pending`: Created; a deposit waits for the customer to pay at the checkout (at most 30 minutes), a withdrawal waits to be processed.
    #[serde(rename = "pending")]
    Pending,
    /// `processing`: The transfer is being processed.
    #[serde(rename = "processing")]
    Processing,
    /// `completed`: The transfer is done; a callback with status completed and completedAt reports it.
    #[serde(rename = "completed")]
    Completed,
    /// `failed`: The transfer failed; a callback with status failed and failureReason reports it.
    #[serde(rename = "failed")]
    Failed,
    /// `cancelled`: The transaction was cancelled before it was processed: a deposit that expired after 30 minutes, or a transaction WiaPay reports cancelled for a reason it does not document; a callback with status cancelled reports it.
    #[serde(rename = "cancelled")]
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
        matches!(self, Self::Completed | Self::Failed | Self::Cancelled)
    }
}
impl StateMachine for TransactionState {
    type Operation = OperationId;
    type Code = Code;
    const LIFECYCLE: &'static LifecycleInfo<Self> = {
        static TABLES: LifecycleInfo<TransactionState> = LifecycleInfo {
            id: "wiapay-transaction",
            states: TransactionState::ALL,
            initial: TransactionState::INITIAL,
            terminal: &[
                TransactionState::Completed,
                TransactionState::Failed,
                TransactionState::Cancelled,
            ],
            attributes: &[
                AttributeInfo {
                    id: "process_id",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "transaction_id",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "type",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "amount",
                    kind: ValueKind::Decimal,
                },
                AttributeInfo {
                    id: "created_at",
                    kind: ValueKind::Instant,
                },
                AttributeInfo {
                    id: "expires_at",
                    kind: ValueKind::Instant,
                },
                AttributeInfo {
                    id: "confirmed_amount",
                    kind: ValueKind::Decimal,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::CreateDeposit,
                    matches: &[
                        (
                            "process_id",
                            OperandInfo::Request("processId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::CreateWithdrawal,
                    matches: &[
                        (
                            "process_id",
                            OperandInfo::Request("processId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::DepositCallback,
                    matches: &[
                        (
                            "transaction_id",
                            OperandInfo::Request("transactionId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::WithdrawalCallback,
                    matches: &[
                        (
                            "transaction_id",
                            OperandInfo::Request("transactionId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: TransactionState::NotCreated,
                    to: TransactionState::Pending,
                    cause: Cause::Operation(OperationId::CreateDeposit),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "transaction_id",
                            OperandInfo::Response("data/transactionId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "type",
                            OperandInfo::Literal(Literal::Text("deposit")),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("amount", ValueKind::Integer),
                        ),
                        EffectInfo::Set(
                            "created_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                        EffectInfo::Set(
                            "expires_at",
                            OperandInfo::Sum(
                                &[
                                    OperandInfo::Clock(ClockReading::Now),
                                    OperandInfo::Timer("deposit_expiry"),
                                ],
                            ),
                        ),
                    ],
                    guard: Some("WiaPay accepts the request (success true)."),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "/deposit creates a deposit transaction; the callbacks page starts the sequence at pending.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::NotCreated,
                    to: TransactionState::Pending,
                    cause: Cause::Operation(OperationId::CreateWithdrawal),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "transaction_id",
                            OperandInfo::Response("data/transactionId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "type",
                            OperandInfo::Literal(Literal::Text("withdrawal")),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "created_at",
                            OperandInfo::Clock(ClockReading::Now),
                        ),
                    ],
                    guard: Some("WiaPay accepts the request (success true)."),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "/withdraw creates a withdrawal transaction; the callbacks page starts the sequence at pending.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Pending,
                    to: TransactionState::Processing,
                    cause: Cause::Operation(OperationId::DepositCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("processing")),
                        ),
                    ),
                    effects: &[],
                    guard: Some("The callback's status is processing."),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "Important: you may receive multiple callbacks for the same transaction (e.g., status changes from pending to processing to completed); WiaPay sends a callback whenever a transaction status changes.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Processing,
                    to: TransactionState::Completed,
                    cause: Cause::Operation(OperationId::DepositCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("completed")),
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "confirmed_amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "The callback's status is completed, with completedAt and the confirmed amount, which may differ from the requested one.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "Important: you may receive multiple callbacks for the same transaction (e.g., status changes from pending to processing to completed); WiaPay sends a callback whenever a transaction status changes.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Processing,
                    to: TransactionState::Failed,
                    cause: Cause::Operation(OperationId::DepositCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("failed")),
                        ),
                    ),
                    effects: &[],
                    guard: Some("The callback's status is failed, with failureReason."),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The vendor lists failed as a status with a failure reason but not the state it leaves; the spec fails a transfer while it is processed, or directly from pending when no processing callback came.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Pending,
                    to: TransactionState::Completed,
                    cause: Cause::Operation(OperationId::DepositCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("completed")),
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "confirmed_amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "The callback's status is completed, with completedAt and the confirmed amount, which may differ from the requested one.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The field table lists only the final statuses completed, failed and cancelled, and the note's processing step is an example (e.g.), so a receiver may get a final status while it still holds pending; the spec allows the direct transition rather than reject a callback the vendor may send.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Pending,
                    to: TransactionState::Failed,
                    cause: Cause::Operation(OperationId::DepositCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("failed")),
                        ),
                    ),
                    effects: &[],
                    guard: Some("The callback's status is failed, with failureReason."),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The vendor lists failed as a status with a failure reason but not the state it leaves; the spec fails a transfer while it is processed, or directly from pending when no processing callback came.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Pending,
                    to: TransactionState::Processing,
                    cause: Cause::Operation(OperationId::WithdrawalCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("processing")),
                        ),
                    ),
                    effects: &[],
                    guard: Some("The callback's status is processing."),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "Important: you may receive multiple callbacks for the same transaction (e.g., status changes from pending to processing to completed); WiaPay sends a callback whenever a transaction status changes.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Processing,
                    to: TransactionState::Completed,
                    cause: Cause::Operation(OperationId::WithdrawalCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("completed")),
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "confirmed_amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "The callback's status is completed, with completedAt and the confirmed amount, which may differ from the requested one.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Vendor,
                        reason: Some(
                            "Important: you may receive multiple callbacks for the same transaction (e.g., status changes from pending to processing to completed); WiaPay sends a callback whenever a transaction status changes.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Processing,
                    to: TransactionState::Failed,
                    cause: Cause::Operation(OperationId::WithdrawalCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("failed")),
                        ),
                    ),
                    effects: &[],
                    guard: Some("The callback's status is failed, with failureReason."),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The vendor lists failed as a status with a failure reason but not the state it leaves; the spec fails a transfer while it is processed, or directly from pending when no processing callback came.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Pending,
                    to: TransactionState::Completed,
                    cause: Cause::Operation(OperationId::WithdrawalCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("completed")),
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "confirmed_amount",
                            OperandInfo::Request("amount", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "The callback's status is completed, with completedAt and the confirmed amount, which may differ from the requested one.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The field table lists only the final statuses completed, failed and cancelled, and the note's processing step is an example (e.g.), so a receiver may get a final status while it still holds pending; the spec allows the direct transition rather than reject a callback the vendor may send.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Pending,
                    to: TransactionState::Failed,
                    cause: Cause::Operation(OperationId::WithdrawalCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("failed")),
                        ),
                    ),
                    effects: &[],
                    guard: Some("The callback's status is failed, with failureReason."),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The vendor lists failed as a status with a failure reason but not the state it leaves; the spec fails a transfer while it is processed, or directly from pending when no processing callback came.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Pending,
                    to: TransactionState::Cancelled,
                    cause: Cause::Operation(OperationId::DepositCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("cancelled")),
                        ),
                    ),
                    effects: &[],
                    guard: Some(
                        "The callback's status is cancelled: how WiaPay reports a deposit that expired 30 minutes after creation without the customer completing the payment.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "/deposit: transactions expire after 30 minutes. The wire's statuses have no expired value, so the expiry is reported by a deposit callback with status cancelled.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Pending,
                    to: TransactionState::Cancelled,
                    cause: Cause::Operation(OperationId::WithdrawalCallback),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("status", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("cancelled")),
                        ),
                    ),
                    effects: &[],
                    guard: Some(
                        "The callback's status is cancelled, before any processing callback (the transaction is still pending).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The /callbacks field table gives type deposit or withdrawal and status completed, failed or cancelled without tying cancelled to deposits, so a withdrawal may be reported cancelled; the vendor names no cause, and the spec cancels only a withdrawal that is not yet processing.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionState::Pending,
                    to: TransactionState::Cancelled,
                    cause: Cause::Timer("deposit_expires"),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("type"),
                                    OperandInfo::Literal(Literal::Text("deposit")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Ge,
                                    OperandInfo::Clock(ClockReading::Now),
                                    OperandInfo::Attribute("expires_at"),
                                ),
                            ],
                        ),
                    ),
                    effects: &[],
                    guard: Some(
                        "The transaction is a deposit and deposit_expiry (30 minutes) has passed since its creation (expires_at).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "/deposit: transactions expire after 30 minutes. The wire's statuses have no expired value, so the spec reports expiry as cancelled rather than adding a state no callback could carry.",
                        ),
                    },
                },
            ],
            forbidden: &[
                ForbiddenInfo {
                    state: TransactionState::Pending,
                    operation: OperationId::CreateDeposit,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("processId", ValueKind::Text),
                            OperandInfo::Attribute("process_id"),
                        ),
                    ),
                    guard: Some(
                        "The request carries the processId of this transaction.",
                    ),
                    code: Code::DuplicateTransaction,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The seed: DUPLICATE_TRANSACTION, 409, processId already exists, use a unique transaction ID; a processId stays taken in every state, final ones included, and across deposits and withdrawals (the project's reading, the seed names no type).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionState::Pending,
                    operation: OperationId::CreateWithdrawal,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("processId", ValueKind::Text),
                            OperandInfo::Attribute("process_id"),
                        ),
                    ),
                    guard: Some(
                        "The request carries the processId of this transaction.",
                    ),
                    code: Code::DuplicateTransaction,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The seed: DUPLICATE_TRANSACTION, 409, processId already exists, use a unique transaction ID; a processId stays taken in every state, final ones included, and across deposits and withdrawals (the project's reading, the seed names no type).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionState::Processing,
                    operation: OperationId::CreateDeposit,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("processId", ValueKind::Text),
                            OperandInfo::Attribute("process_id"),
                        ),
                    ),
                    guard: Some(
                        "The request carries the processId of this transaction.",
                    ),
                    code: Code::DuplicateTransaction,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The seed: DUPLICATE_TRANSACTION, 409, processId already exists, use a unique transaction ID; a processId stays taken in every state, final ones included, and across deposits and withdrawals (the project's reading, the seed names no type).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionState::Processing,
                    operation: OperationId::CreateWithdrawal,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("processId", ValueKind::Text),
                            OperandInfo::Attribute("process_id"),
                        ),
                    ),
                    guard: Some(
                        "The request carries the processId of this transaction.",
                    ),
                    code: Code::DuplicateTransaction,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The seed: DUPLICATE_TRANSACTION, 409, processId already exists, use a unique transaction ID; a processId stays taken in every state, final ones included, and across deposits and withdrawals (the project's reading, the seed names no type).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionState::Completed,
                    operation: OperationId::CreateDeposit,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("processId", ValueKind::Text),
                            OperandInfo::Attribute("process_id"),
                        ),
                    ),
                    guard: Some(
                        "The request carries the processId of this transaction.",
                    ),
                    code: Code::DuplicateTransaction,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The seed: DUPLICATE_TRANSACTION, 409, processId already exists, use a unique transaction ID; a processId stays taken in every state, final ones included, and across deposits and withdrawals (the project's reading, the seed names no type).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionState::Completed,
                    operation: OperationId::CreateWithdrawal,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("processId", ValueKind::Text),
                            OperandInfo::Attribute("process_id"),
                        ),
                    ),
                    guard: Some(
                        "The request carries the processId of this transaction.",
                    ),
                    code: Code::DuplicateTransaction,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The seed: DUPLICATE_TRANSACTION, 409, processId already exists, use a unique transaction ID; a processId stays taken in every state, final ones included, and across deposits and withdrawals (the project's reading, the seed names no type).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionState::Failed,
                    operation: OperationId::CreateDeposit,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("processId", ValueKind::Text),
                            OperandInfo::Attribute("process_id"),
                        ),
                    ),
                    guard: Some(
                        "The request carries the processId of this transaction.",
                    ),
                    code: Code::DuplicateTransaction,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The seed: DUPLICATE_TRANSACTION, 409, processId already exists, use a unique transaction ID; a processId stays taken in every state, final ones included, and across deposits and withdrawals (the project's reading, the seed names no type).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionState::Failed,
                    operation: OperationId::CreateWithdrawal,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("processId", ValueKind::Text),
                            OperandInfo::Attribute("process_id"),
                        ),
                    ),
                    guard: Some(
                        "The request carries the processId of this transaction.",
                    ),
                    code: Code::DuplicateTransaction,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The seed: DUPLICATE_TRANSACTION, 409, processId already exists, use a unique transaction ID; a processId stays taken in every state, final ones included, and across deposits and withdrawals (the project's reading, the seed names no type).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionState::Cancelled,
                    operation: OperationId::CreateDeposit,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("processId", ValueKind::Text),
                            OperandInfo::Attribute("process_id"),
                        ),
                    ),
                    guard: Some(
                        "The request carries the processId of this transaction.",
                    ),
                    code: Code::DuplicateTransaction,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The seed: DUPLICATE_TRANSACTION, 409, processId already exists, use a unique transaction ID; a processId stays taken in every state, final ones included, and across deposits and withdrawals (the project's reading, the seed names no type).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionState::Cancelled,
                    operation: OperationId::CreateWithdrawal,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("processId", ValueKind::Text),
                            OperandInfo::Attribute("process_id"),
                        ),
                    ),
                    guard: Some(
                        "The request carries the processId of this transaction.",
                    ),
                    code: Code::DuplicateTransaction,
                    http_status: 409,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The seed: DUPLICATE_TRANSACTION, 409, processId already exists, use a unique transaction ID; a processId stays taken in every state, final ones included, and across deposits and withdrawals (the project's reading, the seed names no type).",
                        ),
                    },
                },
            ],
            client_reference: Some(ClientReferenceInfo {
                attribute: "process_id",
                field: "processId",
                reused: Code::DuplicateTransaction,
                basis: Basis::Decision,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The seed's DUPLICATE_TRANSACTION says processId already exists and asks for a unique transaction ID: the lifecycle's refusal with it means the client reused its processId (the project's reading: one processId space across deposits and withdrawals).",
                    ),
                },
            }),
        };
        &TABLES
    };
    fn state_id(self) -> &'static str {
        match self {
            Self::NotCreated => "not_created",
            Self::Pending => "pending",
            Self::Processing => "processing",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
        }
    }
}
