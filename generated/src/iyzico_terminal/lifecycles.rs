// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! The lifecycles of the iyzico Terminal API, from `spec/iyzico-terminal/`.
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
    /// `vuk509-payment`: [`Vuk509PaymentState`].
    Vuk509Payment,
    /// `vuk507-payment`: [`Vuk507PaymentState`].
    Vuk507Payment,
    /// `integration-mode`: [`IntegrationModeState`].
    IntegrationMode,
    /// `transaction-reference`: [`TransactionReferenceState`].
    TransactionReference,
    /// `batch`: [`BatchState`].
    Batch,
    /// `auth-code`: [`AuthCodeState`].
    AuthCode,
    /// `access-token`: [`AccessTokenState`].
    AccessToken,
    /// `device`: [`DeviceState`].
    Device,
    /// `vuk507-partial-payment`: [`Vuk507PartialPaymentState`].
    Vuk507PartialPayment,
}
impl LifecycleId {
    /// Every lifecycle, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Vuk509Payment,
        Self::Vuk507Payment,
        Self::IntegrationMode,
        Self::TransactionReference,
        Self::Batch,
        Self::AuthCode,
        Self::AccessToken,
        Self::Device,
        Self::Vuk507PartialPayment,
    ];
    /// The lifecycle's id in the spec.
    pub fn id(self) -> &'static str {
        match self {
            Self::Vuk509Payment => "vuk509-payment",
            Self::Vuk507Payment => "vuk507-payment",
            Self::IntegrationMode => "integration-mode",
            Self::TransactionReference => "transaction-reference",
            Self::Batch => "batch",
            Self::AuthCode => "auth-code",
            Self::AccessToken => "access-token",
            Self::Device => "device",
            Self::Vuk507PartialPayment => "vuk507-partial-payment",
        }
    }
    /// The lifecycle with this spec id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|lifecycle| lifecycle.id() == id)
    }
    /// The ids of its states, in spec order.
    pub fn state_ids(self) -> Vec<&'static str> {
        match self {
            Self::Vuk509Payment => {
                Vuk509PaymentState::ALL.iter().map(|s| s.state_id()).collect()
            }
            Self::Vuk507Payment => {
                Vuk507PaymentState::ALL.iter().map(|s| s.state_id()).collect()
            }
            Self::IntegrationMode => {
                IntegrationModeState::ALL.iter().map(|s| s.state_id()).collect()
            }
            Self::TransactionReference => {
                TransactionReferenceState::ALL.iter().map(|s| s.state_id()).collect()
            }
            Self::Batch => BatchState::ALL.iter().map(|s| s.state_id()).collect(),
            Self::AuthCode => AuthCodeState::ALL.iter().map(|s| s.state_id()).collect(),
            Self::AccessToken => {
                AccessTokenState::ALL.iter().map(|s| s.state_id()).collect()
            }
            Self::Device => DeviceState::ALL.iter().map(|s| s.state_id()).collect(),
            Self::Vuk507PartialPayment => {
                Vuk507PartialPaymentState::ALL.iter().map(|s| s.state_id()).collect()
            }
        }
    }
    /// The operations that act on it.
    pub fn operations(self) -> Vec<OperationId> {
        match self {
            Self::Vuk509Payment => {
                Vuk509PaymentState::LIFECYCLE.keys.iter().map(|k| k.operation).collect()
            }
            Self::Vuk507Payment => {
                Vuk507PaymentState::LIFECYCLE.keys.iter().map(|k| k.operation).collect()
            }
            Self::IntegrationMode => {
                IntegrationModeState::LIFECYCLE
                    .keys
                    .iter()
                    .map(|k| k.operation)
                    .collect()
            }
            Self::TransactionReference => {
                TransactionReferenceState::LIFECYCLE
                    .keys
                    .iter()
                    .map(|k| k.operation)
                    .collect()
            }
            Self::Batch => {
                BatchState::LIFECYCLE.keys.iter().map(|k| k.operation).collect()
            }
            Self::AuthCode => {
                AuthCodeState::LIFECYCLE.keys.iter().map(|k| k.operation).collect()
            }
            Self::AccessToken => {
                AccessTokenState::LIFECYCLE.keys.iter().map(|k| k.operation).collect()
            }
            Self::Device => {
                DeviceState::LIFECYCLE.keys.iter().map(|k| k.operation).collect()
            }
            Self::Vuk507PartialPayment => {
                Vuk507PartialPaymentState::LIFECYCLE
                    .keys
                    .iter()
                    .map(|k| k.operation)
                    .collect()
            }
        }
    }
}
/// The durations the API's rules depend on, with their defaults and configuration keys.
pub const TIMERS: &[TimerInfo] = &[
    TimerInfo {
        id: "auth_code_lifetime",
        seconds: 600,
        config: "iyzico.authorization_code_lifetime_seconds",
    },
    TimerInfo {
        id: "access_token_lifetime",
        seconds: 7199,
        config: "iyzico.access_token_lifetime_seconds",
    },
];
/// The order in which a server checks a call: the first check that fails answers.
pub const PRECEDENCE: &[Check<LifecycleId>] = &[
    Check::Route,
    Check::Authentication,
    Check::Lifecycle(LifecycleId::AccessToken),
    Check::Decode,
    Check::Rules,
    Check::Lifecycle(LifecycleId::AuthCode),
    Check::Lifecycle(LifecycleId::IntegrationMode),
    Check::Lifecycle(LifecycleId::TransactionReference),
    Check::Lifecycle(LifecycleId::Vuk509Payment),
    Check::Lifecycle(LifecycleId::Vuk507Payment),
    Check::Lifecycle(LifecycleId::Vuk507PartialPayment),
    Check::Lifecycle(LifecycleId::Batch),
    Check::Lifecycle(LifecycleId::Device),
];
/// How an operation's response tells the call's outcome, for operations whose transitions depend on it.
pub fn outcome_of(operation: OperationId) -> Option<&'static OutcomeInfo> {
    match operation {
        OperationId::OauthAuthorize => {
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
        OperationId::OauthToken => {
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
        OperationId::OauthTokenRefresh => {
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
        OperationId::Vuk509Payment => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Retry),
                            OperandInfo::Literal(Literal::Text("query_first")),
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk509QueryTransactionStatus => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Compare(
                                    Comparison::Ne,
                                    OperandInfo::HttpStatus,
                                    OperandInfo::Literal(Literal::Integer(200)),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Ne,
                                    OperandInfo::Error(ErrorFacet::Code),
                                    OperandInfo::Literal(Literal::Text("380107")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Ne,
                                    OperandInfo::Error(ErrorFacet::Code),
                                    OperandInfo::Literal(Literal::Text("380108")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Ne,
                                    OperandInfo::Error(ErrorFacet::Code),
                                    OperandInfo::Literal(Literal::Text("380109")),
                                ),
                            ],
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk509Void => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Retry),
                            OperandInfo::Literal(Literal::Text("query_first")),
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk509Refund => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Retry),
                            OperandInfo::Literal(Literal::Text("query_first")),
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk509EndOfDay => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Retry),
                            OperandInfo::Literal(Literal::Text("query_first")),
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk507Payment => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Retry),
                            OperandInfo::Literal(Literal::Text("query_first")),
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk507QueryTransactionStatus => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Compare(
                                    Comparison::Ne,
                                    OperandInfo::HttpStatus,
                                    OperandInfo::Literal(Literal::Integer(200)),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Ne,
                                    OperandInfo::Error(ErrorFacet::Code),
                                    OperandInfo::Literal(Literal::Text("380107")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Ne,
                                    OperandInfo::Error(ErrorFacet::Code),
                                    OperandInfo::Literal(Literal::Text("380108")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Ne,
                                    OperandInfo::Error(ErrorFacet::Code),
                                    OperandInfo::Literal(Literal::Text("380109")),
                                ),
                            ],
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk507Void => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Retry),
                            OperandInfo::Literal(Literal::Text("query_first")),
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk507Refund => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Retry),
                            OperandInfo::Literal(Literal::Text("query_first")),
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk507PartialPaymentStart => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Retry),
                            OperandInfo::Literal(Literal::Text("query_first")),
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk507PartialPaymentAddPayment => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Retry),
                            OperandInfo::Literal(Literal::Text("query_first")),
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk507PartialPaymentComplete => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Retry),
                            OperandInfo::Literal(Literal::Text("query_first")),
                        ),
                    ),
                },
            )
        }
        OperationId::Vuk507EndOfDay => {
            Some(
                &OutcomeInfo {
                    approved: GuardInfo::All(
                        &[
                            GuardInfo::Compare(
                                Comparison::Eq,
                                OperandInfo::HttpStatus,
                                OperandInfo::Literal(Literal::Integer(200)),
                            ),
                            GuardInfo::Any(
                                &[
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("SUCCESS")),
                                    ),
                                    GuardInfo::Compare(
                                        Comparison::Eq,
                                        OperandInfo::Response("status", ValueKind::Text),
                                        OperandInfo::Literal(Literal::Text("success")),
                                    ),
                                ],
                            ),
                        ],
                    ),
                    unknown: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Error(ErrorFacet::Retry),
                            OperandInfo::Literal(Literal::Text("query_first")),
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
pub const RESPONSE_FIELDS_READ: &[&str] = &[
    "access_token",
    "batchNo",
    "code",
    "paymentId",
    "price",
    "refresh_token",
    "remainingPaymentAmount",
    "saleNumber",
    "status",
];
/// What in an answer tells an external event of a lifecycle happened (the spec's `signals`), in spec order:
/// a server and a client apply each alike once a call is answered.
pub const SIGNALS: &[crate::support::SignalInfo<LifecycleId>] = &[
    crate::support::SignalInfo {
        lifecycle: LifecycleId::AccessToken,
        event: "session_terminated",
        on: crate::support::SignalOn::AnswerCode("380204"),
        key: &[("access_token", OperandInfo::Credential(Credential::BearerToken))],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[0],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "380204 says the user session has ended; the spec ends the access token the answered call carried.",
            ),
        },
    },
    crate::support::SignalInfo {
        lifecycle: LifecycleId::Device,
        event: "device_finishes",
        on: crate::support::SignalOn::Answer,
        key: &[("device", OperandInfo::Request("deviceUniqueId", ValueKind::Text))],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[0],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "The device answers a call once it has finished it (380201 keeps it to one call at a time); the answer is the only sign of it the API gives.",
            ),
        },
    },
];
/// The states of the lifecycle `vuk509-payment`: A VUK 509 payment from the sale to its void, refunds and settlement. A void is possible only on the payment's day, before end of day; refunds are full or partial and together never exceed the payment; POST_AUTH closes only an open PRE_AUTH, which end of day leaves open until a POST_AUTH or the bank's release. A payment call that fails with a code whose retry is query_first (380103, 380203, 380205, PAYMENT_ERROR) leaves the outcome unknown until a status query naming its transactionReferenceId tells it; until then a POST_AUTH, void or refund of the payment is refused. A void or refund whose own outcome is unknown is not tracked here: the caller queries the payment (cancelHostReference, refundHostReference) before any retry. Every sale, void and refund takes a new transactionReferenceId (lifecycle transaction-reference). VUK 507 and VUK 509 never mix: an integration is bound to one mode (lifecycle integration-mode, 380105), and a VUK 509 paymentId is unknown to the VUK 507 services (380107). Queries change the state only out of outcome_unknown.
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
pub enum Vuk509PaymentState {
    /// `not_created`: No payment exists under the paymentId named.
    #[serde(rename = "not_created")]
    NotCreated,
    /// `declined`: The payment failed with a known outcome (status FAILURE with a code whose retry is not query_first, e.g. a BANK_ERROR decline): nothing was charged.
    #[serde(rename = "declined")]
    Declined,
    /// `outcome_unknown`: The payment call, or a POST_AUTH closing it, failed with a code whose retry is query_first (380103 timeout, 380203, 380205, PAYMENT_ERROR): the device may have charged the card. Only a status query naming the call's transactionReferenceId tells the real outcome; until then a POST_AUTH, void or refund of the payment is refused, and a retry with the same reference is refused as reused (lifecycle transaction-reference).
    #[serde(rename = "outcome_unknown")]
    OutcomeUnknown,
    /// `sale`: An approved SALE (status SUCCESS) that no end of day has closed yet: it can still be voided on its day.
    #[serde(rename = "sale")]
    Sale,
    /// `pre_auth`: An approved PRE_AUTH: the amount is reserved, waiting for a POST_AUTH.
    #[serde(rename = "pre_auth")]
    PreAuth,
    /// `pre_auth_lapsed`: A PRE_AUTH never closed: the issuing bank released the reservation at the end of its own hold period. Nothing can be captured, voided or refunded any more.
    #[serde(rename = "pre_auth_lapsed")]
    PreAuthLapsed,
    /// `post_auth_completed`: A PRE_AUTH closed by an approved POST_AUTH that no end of day has closed yet: it can still be voided on the POST_AUTH's day.
    #[serde(rename = "post_auth_completed")]
    PostAuthCompleted,
    /// `settled`: Included in a batch that an end of day closed: it can no longer be voided, only refunded.
    #[serde(rename = "settled")]
    Settled,
    /// `voided`: Voided (cancelHostReference is set).
    #[serde(rename = "voided")]
    Voided,
    /// `partially_refunded`: Part of the amount was refunded; the rest can still be refunded.
    #[serde(rename = "partially_refunded")]
    PartiallyRefunded,
    /// `fully_refunded`: The whole amount was refunded.
    #[serde(rename = "fully_refunded")]
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
        matches!(
            self, Self::Declined | Self::PreAuthLapsed | Self::Voided |
            Self::FullyRefunded
        )
    }
}
impl StateMachine for Vuk509PaymentState {
    type Operation = OperationId;
    type Code = Code;
    const LIFECYCLE: &'static LifecycleInfo<Self> = {
        static TABLES: LifecycleInfo<Vuk509PaymentState> = LifecycleInfo {
            id: "vuk509-payment",
            states: Vuk509PaymentState::ALL,
            initial: Vuk509PaymentState::INITIAL,
            terminal: &[
                Vuk509PaymentState::Declined,
                Vuk509PaymentState::PreAuthLapsed,
                Vuk509PaymentState::Voided,
                Vuk509PaymentState::FullyRefunded,
            ],
            attributes: &[
                AttributeInfo {
                    id: "payment_id",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "named_by",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "client",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "reference",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "device",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "amount",
                    kind: ValueKind::Decimal,
                },
                AttributeInfo {
                    id: "refunded",
                    kind: ValueKind::Decimal,
                },
                AttributeInfo {
                    id: "created_day",
                    kind: ValueKind::Day,
                },
                AttributeInfo {
                    id: "eod_since",
                    kind: ValueKind::Boolean,
                },
                AttributeInfo {
                    id: "pending",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "pending_amount",
                    kind: ValueKind::Decimal,
                },
                AttributeInfo {
                    id: "pending_day",
                    kind: ValueKind::Day,
                },
                AttributeInfo {
                    id: "pending_eod",
                    kind: ValueKind::Boolean,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::Vuk509Payment,
                    matches: &[
                        ("named_by", OperandInfo::Request("salesType", ValueKind::Text)),
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                        (
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Void,
                    matches: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Refund,
                    matches: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509EndOfDay,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: true,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Void,
                    matches: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Refund,
                    matches: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    matches: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: Vuk509PaymentState::NotCreated,
                    to: Vuk509PaymentState::Sale,
                    cause: Cause::Operation(OperationId::Vuk509Payment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("salesType", ValueKind::Text),
                                    OperandInfo::Literal(Literal::Text("SALE")),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "payment_id",
                            OperandInfo::Response("paymentId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "named_by",
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                        EffectInfo::Set(
                            "client",
                            OperandInfo::Credential(Credential::ClientId),
                        ),
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                    ],
                    guard: Some("salesType SALE, approved (status SUCCESS)."),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::NotCreated,
                    to: Vuk509PaymentState::PreAuth,
                    cause: Cause::Operation(OperationId::Vuk509Payment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("salesType", ValueKind::Text),
                                    OperandInfo::Literal(Literal::Text("PRE_AUTH")),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "payment_id",
                            OperandInfo::Response("paymentId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "named_by",
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                        EffectInfo::Set(
                            "client",
                            OperandInfo::Credential(Credential::ClientId),
                        ),
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                    ],
                    guard: Some("salesType PRE_AUTH, approved (status SUCCESS)."),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::NotCreated,
                    to: Vuk509PaymentState::Declined,
                    cause: Cause::Operation(OperationId::Vuk509Payment),
                    when: Some(GuardInfo::Outcome(Outcome::Declined)),
                    effects: &[
                        EffectInfo::Set(
                            "payment_id",
                            OperandInfo::Response("paymentId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "named_by",
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                        EffectInfo::Set(
                            "client",
                            OperandInfo::Credential(Credential::ClientId),
                        ),
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                    ],
                    guard: Some(
                        "The payment is refused with a known outcome: a failure whose code has a retry that is not query_first, e.g. BANK_ERROR.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's BANK_ERROR is a refusal; ending the payment on every failure with a known outcome, and on no query_first failure, is the spec's reading of the codes' retry.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::NotCreated,
                    to: Vuk509PaymentState::OutcomeUnknown,
                    cause: Cause::Operation(OperationId::Vuk509Payment),
                    when: Some(GuardInfo::Outcome(Outcome::Unknown)),
                    effects: &[
                        EffectInfo::Set(
                            "client",
                            OperandInfo::Credential(Credential::ClientId),
                        ),
                        EffectInfo::Clear("named_by"),
                        EffectInfo::Set(
                            "pending",
                            OperandInfo::Request("salesType", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "pending_amount",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "pending_day",
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                        EffectInfo::Set(
                            "pending_eod",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                    ],
                    guard: Some(
                        "The SALE or PRE_AUTH fails with a code whose retry is query_first (380103, 380203, 380205, PAYMENT_ERROR): its outcome is unknown.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PreAuth,
                    to: Vuk509PaymentState::PostAuthCompleted,
                    cause: Cause::Operation(OperationId::Vuk509Payment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("salesType", ValueKind::Text),
                                    OperandInfo::Literal(Literal::Text("POST_AUTH")),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    guard: Some("salesType POST_AUTH with this paymentId, approved."),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PreAuth,
                    to: Vuk509PaymentState::OutcomeUnknown,
                    cause: Cause::Operation(OperationId::Vuk509Payment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Unknown),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("salesType", ValueKind::Text),
                                    OperandInfo::Literal(Literal::Text("POST_AUTH")),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "pending",
                            OperandInfo::Request("salesType", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "pending_amount",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "pending_day",
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                        EffectInfo::Set(
                            "pending_eod",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    guard: Some(
                        "salesType POST_AUTH with this paymentId fails with a code whose retry is query_first: whether it closed the PRE_AUTH is unknown.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PreAuth,
                    to: Vuk509PaymentState::Voided,
                    cause: Cause::Operation(OperationId::Vuk509Void),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("created_day"),
                                    OperandInfo::Clock(ClockReading::Today),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("eod_since"),
                                    OperandInfo::Literal(Literal::Boolean(false)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[],
                    guard: Some(
                        "Approved on the PRE_AUTH's day (Türkiye time), with no end of day on its device since.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The vendor does not say how a PRE_AUTH is released; the spec lets a void cancel the reservation within the void window seed 003 gives (same day, before end of day).",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::Sale,
                    to: Vuk509PaymentState::Voided,
                    cause: Cause::Operation(OperationId::Vuk509Void),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("created_day"),
                                    OperandInfo::Clock(ClockReading::Today),
                                ),
                            ],
                        ),
                    ),
                    effects: &[],
                    guard: Some(
                        "Approved on the sale's day (Türkiye time); a payment in this state has had no end of day since.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PostAuthCompleted,
                    to: Vuk509PaymentState::Voided,
                    cause: Cause::Operation(OperationId::Vuk509Void),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("created_day"),
                                    OperandInfo::Clock(ClockReading::Today),
                                ),
                            ],
                        ),
                    ),
                    effects: &[],
                    guard: Some(
                        "Approved on the POST_AUTH's day (Türkiye time); a payment in this state has had no end of day since.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows a void of a same-day sale not yet included in end-of-day closing; the spec applies that window to the POST_AUTH that captured a PRE_AUTH, as to a sale.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::Sale,
                    to: Vuk509PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's price is less than what remains refundable (the amount minus the refunds so far).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows full or partial refunds after a sale but states no cap; that refunds together never exceed the payment (what remains is the amount minus the approved refunds) is the spec's. Seed 003 says nothing of a refund before end of day either; the spec allows it.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::Sale,
                    to: Vuk509PaymentState::FullyRefunded,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's price equals what remains refundable (the amount minus the refunds so far).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows full or partial refunds after a sale but states no cap; that refunds together never exceed the payment (what remains is the amount minus the approved refunds) is the spec's. Seed 003 says nothing of a refund before end of day either; the spec allows it.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PostAuthCompleted,
                    to: Vuk509PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's price is less than what remains refundable (the amount minus the refunds so far).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows full or partial refunds after a sale but states no cap; that refunds together never exceed the payment (what remains is the amount minus the approved refunds) is the spec's. Seed 003 says nothing of a refund before end of day either; the spec allows it.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PostAuthCompleted,
                    to: Vuk509PaymentState::FullyRefunded,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's price equals what remains refundable (the amount minus the refunds so far).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows full or partial refunds after a sale but states no cap; that refunds together never exceed the payment (what remains is the amount minus the approved refunds) is the spec's. Seed 003 says nothing of a refund before end of day either; the spec allows it.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::Settled,
                    to: Vuk509PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's price is less than what remains refundable (the amount minus the refunds so far).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows full or partial refunds after a sale but states no cap; that refunds together never exceed the payment (what remains is the amount minus the approved refunds) is the spec's.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::Settled,
                    to: Vuk509PaymentState::FullyRefunded,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's price equals what remains refundable (the amount minus the refunds so far).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows full or partial refunds after a sale but states no cap; that refunds together never exceed the payment (what remains is the amount minus the approved refunds) is the spec's.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PartiallyRefunded,
                    to: Vuk509PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's price is less than what remains refundable (the amount minus the refunds so far).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows full or partial refunds after a sale but states no cap; that refunds together never exceed the payment (what remains is the amount minus the approved refunds) is the spec's.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PartiallyRefunded,
                    to: Vuk509PaymentState::FullyRefunded,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's price equals what remains refundable (the amount minus the refunds so far).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows full or partial refunds after a sale but states no cap; that refunds together never exceed the payment (what remains is the amount minus the approved refunds) is the spec's.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::Sale,
                    to: Vuk509PaymentState::Settled,
                    cause: Cause::Operation(OperationId::Vuk509EndOfDay),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                    ],
                    guard: Some(
                        "The end of day on the payment's device succeeds: it closes the day's transactions in bulk with the bank.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PostAuthCompleted,
                    to: Vuk509PaymentState::Settled,
                    cause: Cause::Operation(OperationId::Vuk509EndOfDay),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                    ],
                    guard: Some(
                        "The end of day on the payment's device succeeds: it closes the day's transactions in bulk with the bank.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PreAuth,
                    to: Vuk509PaymentState::PreAuth,
                    cause: Cause::Operation(OperationId::Vuk509EndOfDay),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                    ],
                    guard: Some(
                        "The end of day on the PRE_AUTH's device succeeds: a reservation captures nothing, so the batch close leaves it open and a POST_AUTH may follow on a later day, but it can no longer be voided.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The vendor does not say how end of day treats a PRE_AUTH; the spec keeps the reservation open until a POST_AUTH or the bank's release; like any payment it can no longer be voided after end of day.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::OutcomeUnknown,
                    to: Vuk509PaymentState::OutcomeUnknown,
                    cause: Cause::Operation(OperationId::Vuk509EndOfDay),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                        EffectInfo::Set(
                            "pending_eod",
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                    ],
                    guard: Some(
                        "The end of day on the payment's device succeeds while the outcome is unknown: had the call been approved, this end of day closed it.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "While the outcome is unknown the payment may have been approved; the spec records that an end of day ran, so that the query settles an approved payment as settled.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PartiallyRefunded,
                    to: Vuk509PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::Vuk509EndOfDay),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                    ],
                    guard: Some(
                        "The end of day on the payment's device succeeds: the payment stays partly refunded and can no longer be voided.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows a void only for transactions not yet included in end-of-day closing; a partly refunded payment keeps its state after end of day, so the spec records that one ran.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::OutcomeUnknown,
                    to: Vuk509PaymentState::Sale,
                    cause: Cause::Operation(OperationId::Vuk509QueryTransactionStatus),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("pending"),
                                    OperandInfo::Literal(Literal::Text("SALE")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("pending_eod"),
                                    OperandInfo::Literal(Literal::Boolean(false)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "payment_id",
                            OperandInfo::Response("paymentId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "named_by",
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Attribute("pending_amount"),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Attribute("pending_day"),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                        EffectInfo::Clear("pending"),
                        EffectInfo::Clear("pending_amount"),
                        EffectInfo::Clear("pending_day"),
                        EffectInfo::Clear("pending_eod"),
                    ],
                    guard: Some(
                        "The query reports the SALE approved (status SUCCESS), and no end of day has run on its device since.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::OutcomeUnknown,
                    to: Vuk509PaymentState::Settled,
                    cause: Cause::Operation(OperationId::Vuk509QueryTransactionStatus),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("pending"),
                                    OperandInfo::Literal(Literal::Text("SALE")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("pending_eod"),
                                    OperandInfo::Literal(Literal::Boolean(true)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "payment_id",
                            OperandInfo::Response("paymentId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "named_by",
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Attribute("pending_amount"),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Attribute("pending_day"),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                        EffectInfo::Clear("pending"),
                        EffectInfo::Clear("pending_amount"),
                        EffectInfo::Clear("pending_day"),
                        EffectInfo::Clear("pending_eod"),
                    ],
                    guard: Some(
                        "The query reports the SALE approved, and an end of day has run on its device since: that end of day settled it.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::OutcomeUnknown,
                    to: Vuk509PaymentState::PreAuth,
                    cause: Cause::Operation(OperationId::Vuk509QueryTransactionStatus),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("pending"),
                                    OperandInfo::Literal(Literal::Text("PRE_AUTH")),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "payment_id",
                            OperandInfo::Response("paymentId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "named_by",
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Attribute("pending_amount"),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Attribute("pending_day"),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Attribute("pending_eod"),
                        ),
                        EffectInfo::Clear("pending"),
                        EffectInfo::Clear("pending_amount"),
                        EffectInfo::Clear("pending_day"),
                        EffectInfo::Clear("pending_eod"),
                    ],
                    guard: Some(
                        "The query reports the PRE_AUTH approved: the reservation is open, whether or not an end of day has run since.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::OutcomeUnknown,
                    to: Vuk509PaymentState::PreAuth,
                    cause: Cause::Operation(OperationId::Vuk509QueryTransactionStatus),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Declined),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("pending"),
                                    OperandInfo::Literal(Literal::Text("POST_AUTH")),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Clear("pending"),
                        EffectInfo::Clear("pending_amount"),
                        EffectInfo::Clear("pending_day"),
                        EffectInfo::Clear("pending_eod"),
                    ],
                    guard: Some(
                        "The query reports the POST_AUTH not approved (status FAILURE, or no transaction for its reference): the PRE_AUTH stays open.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::OutcomeUnknown,
                    to: Vuk509PaymentState::PostAuthCompleted,
                    cause: Cause::Operation(OperationId::Vuk509QueryTransactionStatus),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("pending"),
                                    OperandInfo::Literal(Literal::Text("POST_AUTH")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("pending_eod"),
                                    OperandInfo::Literal(Literal::Boolean(false)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Attribute("pending_amount"),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Attribute("pending_day"),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                        EffectInfo::Clear("pending"),
                        EffectInfo::Clear("pending_amount"),
                        EffectInfo::Clear("pending_day"),
                        EffectInfo::Clear("pending_eod"),
                    ],
                    guard: Some(
                        "The query reports the POST_AUTH approved, and no end of day has run on its device since.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::OutcomeUnknown,
                    to: Vuk509PaymentState::Settled,
                    cause: Cause::Operation(OperationId::Vuk509QueryTransactionStatus),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("pending"),
                                    OperandInfo::Literal(Literal::Text("POST_AUTH")),
                                ),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("pending_eod"),
                                    OperandInfo::Literal(Literal::Boolean(true)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Attribute("pending_amount"),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Attribute("pending_day"),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                        EffectInfo::Clear("pending"),
                        EffectInfo::Clear("pending_amount"),
                        EffectInfo::Clear("pending_day"),
                        EffectInfo::Clear("pending_eod"),
                    ],
                    guard: Some(
                        "The query reports the POST_AUTH approved, and an end of day has run on its device since: that end of day settled it.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::OutcomeUnknown,
                    to: Vuk509PaymentState::Declined,
                    cause: Cause::Operation(OperationId::Vuk509QueryTransactionStatus),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Declined),
                                GuardInfo::Compare(
                                    Comparison::Ne,
                                    OperandInfo::Attribute("pending"),
                                    OperandInfo::Literal(Literal::Text("POST_AUTH")),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Clear("pending"),
                        EffectInfo::Clear("pending_amount"),
                        EffectInfo::Clear("pending_day"),
                        EffectInfo::Clear("pending_eod"),
                    ],
                    guard: Some(
                        "The query reports no approved SALE or PRE_AUTH: status FAILURE, or no payment for the reference.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk509PaymentState::PreAuth,
                    to: Vuk509PaymentState::PreAuthLapsed,
                    cause: Cause::External("bank_releases_hold"),
                    when: None,
                    effects: &[],
                    guard: Some(
                        "The issuing bank's hold period ends without a POST_AUTH (iyzico documents no period).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The vendor gives no hold period and no expiry for a PRE_AUTH; the spec models the bank's release so that a reservation never closed has an end.",
                        ),
                    },
                },
            ],
            forbidden: &[
                ForbiddenInfo {
                    state: Vuk509PaymentState::NotCreated,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 422,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380107 (payment not found with paymentId) but no HTTP status; the entry pairs it with 422, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::NotCreated,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380107 (payment not found with paymentId) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::NotCreated,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some("salesType POST_AUTH with a paymentId no payment has."),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380107 (payment not found with paymentId) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Declined,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 422,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A declined payment charged nothing, so there is nothing to void or refund; the spec answers as for a paymentId no payment has (380107), since 380112 speaks of an amount not available in the account, which a declined payment never had.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Declined,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A declined payment charged nothing, so there is nothing to void or refund; the spec answers as for a paymentId no payment has (380107), since 380112 speaks of an amount not available in the account, which a declined payment never had.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Declined,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some(
                        "salesType POST_AUTH naming this payment, which is declined, not an open PRE_AUTH.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "POST_AUTH needs the paymentId of an open PRE_AUTH",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page makes paymentId mandatory for a POST_AUTH (provision closing) but names no code for a paymentId that is not an open PRE_AUTH; 380104 with details is the spec's choice: the request is checked against the payment it names, and no catalog code names that state (380107 would deny that the payment exists).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Declined,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "VUK 507 and VUK 509 are never mixed (seed 003): a paymentId of one mode is unknown to the other's services, answered as payment not found.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Declined,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "VUK 507 and VUK 509 are never mixed (seed 003): a paymentId of one mode is unknown to the other's services, answered as payment not found.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Declined,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 507 query names this VUK 509 payment's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "VUK 507 and VUK 509 are never mixed (seed 003): a paymentId of one mode is unknown to the other's services, answered as payment not found.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::OutcomeUnknown,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some(
                        "salesType POST_AUTH naming this payment while the outcome of its last payment call is unknown.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "the outcome of an earlier call on this payment is unknown; query its status first",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the call failed (errors.json: retry query_first); the spec refuses any further call on the payment until a status query has told the outcome, so a retry cannot capture, void or refund twice. No catalog code names this state of a payment; of the vendor's codes only 380104 (request validation) carries the reason in its details, and its retry (after_fix) and actor (caller) fit: the caller must send another call, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::OutcomeUnknown,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 422,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "the outcome of an earlier call on this payment is unknown; query its status first",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the call failed (errors.json: retry query_first); the spec refuses any further call on the payment until a status query has told the outcome, so a retry cannot capture, void or refund twice. No catalog code names this state of a payment; of the vendor's codes only 380104 (request validation) carries the reason in its details, and its retry (after_fix) and actor (caller) fit: the caller must send another call, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::OutcomeUnknown,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "the outcome of an earlier call on this payment is unknown; query its status first",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the call failed (errors.json: retry query_first); the spec refuses any further call on the payment until a status query has told the outcome, so a retry cannot capture, void or refund twice. No catalog code names this state of a payment; of the vendor's codes only 380104 (request validation) carries the reason in its details, and its retry (after_fix) and actor (caller) fit: the caller must send another call, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::OutcomeUnknown,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::OutcomeUnknown,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::OutcomeUnknown,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 507 query names this VUK 509 payment's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Sale,
                    operation: OperationId::Vuk509Void,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Lt,
                            OperandInfo::Attribute("created_day"),
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                    ),
                    guard: Some(
                        "The payment is from an earlier day (its business day is before today), although no end of day has closed it.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 422,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "void is possible only on the day of the payment; use refund",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows a void only for a same-day transaction not yet in an end of day but names no code; the spec refuses the earlier-day half with 380104 and details: the request's paymentDate names a day that is not today, a check of the request itself.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Sale,
                    operation: OperationId::Vuk509Refund,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Gt,
                            OperandInfo::Request("price", ValueKind::Decimal),
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("amount"),
                                &OperandInfo::Attribute("refunded"),
                            ),
                        ),
                    ),
                    guard: Some(
                        "The refund's price exceeds what remains refundable (the amount minus the refunds so far): refunds together never exceed the payment.",
                    ),
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380112 says the amount to cancel or refund is not available; the spec answers it only where the amount asked exceeds what remains of the payment, the one case the vendor's words fit (errors.json 380112 explains both readings).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Sale,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some(
                        "salesType POST_AUTH naming this payment, which is an approved SALE, not an open PRE_AUTH.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "POST_AUTH needs the paymentId of an open PRE_AUTH",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page makes paymentId mandatory for a POST_AUTH (provision closing) but names no code for a paymentId that is not an open PRE_AUTH; 380104 with details is the spec's choice: the request is checked against the payment it names, and no catalog code names that state (380107 would deny that the payment exists).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Sale,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Sale,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Sale,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 507 query names this VUK 509 payment's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuth,
                    operation: OperationId::Vuk509Void,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Attribute("eod_since"),
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                    ),
                    guard: Some(
                        "An end of day has run on the PRE_AUTH's device since it was approved; the reservation stays open, but it can no longer be voided.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 422,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("void is possible only before end of day"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows a void only for transactions not yet included in end-of-day closing but names no code; 380104 with details (use refund) is the spec's choice: no catalog code names a settled payment, and its retry (after_fix) and actor (caller) fit, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuth,
                    operation: OperationId::Vuk509Void,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Lt,
                            OperandInfo::Attribute("created_day"),
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                    ),
                    guard: Some(
                        "The PRE_AUTH is from an earlier day (its business day is before today), although no end of day has run on its device since.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 422,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "void is possible only on the day of the payment",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows a void only for a same-day transaction not yet in an end of day but names no code; the spec refuses the earlier-day half with 380104 and details: the request's paymentDate names a day that is not today, a check of the request itself.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuth,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "a PRE_AUTH has captured nothing to refund; close it with POST_AUTH or void it",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A reservation has captured nothing, so there is nothing to refund; the page gives no code. No catalog code names this state of a payment; of the vendor's codes only 380104 (request validation) carries the reason in its details, and its retry (after_fix) and actor (caller) fit: the caller must send another call, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuth,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuth,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuth,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 507 query names this VUK 509 payment's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuthLapsed,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some(
                        "salesType POST_AUTH naming this payment, which is a lapsed PRE_AUTH, not an open PRE_AUTH.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "POST_AUTH needs the paymentId of an open PRE_AUTH",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page makes paymentId mandatory for a POST_AUTH (provision closing) but names no code for a paymentId that is not an open PRE_AUTH; 380104 with details is the spec's choice: the request is checked against the payment it names, and no catalog code names that state (380107 would deny that the payment exists).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuthLapsed,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 422,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "the PRE_AUTH lapsed: the bank released the reservation",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A lapsed reservation was released by the bank and holds nothing to void or refund; the vendor documents no lapse and no code. No catalog code names this state of a payment; of the vendor's codes only 380104 (request validation) carries the reason in its details, and its retry (after_fix) and actor (caller) fit: the caller must send another call, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuthLapsed,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "the PRE_AUTH lapsed: the bank released the reservation",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A lapsed reservation was released by the bank and holds nothing to void or refund; the vendor documents no lapse and no code. No catalog code names this state of a payment; of the vendor's codes only 380104 (request validation) carries the reason in its details, and its retry (after_fix) and actor (caller) fit: the caller must send another call, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuthLapsed,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuthLapsed,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PreAuthLapsed,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 507 query names this VUK 509 payment's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PostAuthCompleted,
                    operation: OperationId::Vuk509Void,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Lt,
                            OperandInfo::Attribute("created_day"),
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                    ),
                    guard: Some(
                        "The payment is from an earlier day (its business day is before today), although no end of day has closed it.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 422,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "void is possible only on the day of the payment; use refund",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows a void only for a same-day transaction not yet in an end of day but names no code; the spec refuses the earlier-day half with 380104 and details: the request's paymentDate names a day that is not today, a check of the request itself.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PostAuthCompleted,
                    operation: OperationId::Vuk509Refund,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Gt,
                            OperandInfo::Request("price", ValueKind::Decimal),
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("amount"),
                                &OperandInfo::Attribute("refunded"),
                            ),
                        ),
                    ),
                    guard: Some(
                        "The refund's price exceeds what remains refundable (the amount minus the refunds so far): refunds together never exceed the payment.",
                    ),
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380112 says the amount to cancel or refund is not available; the spec answers it only where the amount asked exceeds what remains of the payment, the one case the vendor's words fit (errors.json 380112 explains both readings).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PostAuthCompleted,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some(
                        "salesType POST_AUTH naming this payment, which is a PRE_AUTH already closed, not an open PRE_AUTH.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "POST_AUTH needs the paymentId of an open PRE_AUTH",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page makes paymentId mandatory for a POST_AUTH (provision closing) but names no code for a paymentId that is not an open PRE_AUTH; 380104 with details is the spec's choice: the request is checked against the payment it names, and no catalog code names that state (380107 would deny that the payment exists).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PostAuthCompleted,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PostAuthCompleted,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PostAuthCompleted,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 507 query names this VUK 509 payment's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Settled,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 422,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "void is possible only before end of day; use refund",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows a void only for transactions not yet included in end-of-day closing but names no code; 380104 with details (use refund) is the spec's choice: no catalog code names a settled payment, and its retry (after_fix) and actor (caller) fit, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Settled,
                    operation: OperationId::Vuk509Refund,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Gt,
                            OperandInfo::Request("price", ValueKind::Decimal),
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("amount"),
                                &OperandInfo::Attribute("refunded"),
                            ),
                        ),
                    ),
                    guard: Some(
                        "The refund's price exceeds what remains refundable (the amount minus the refunds so far): refunds together never exceed the payment.",
                    ),
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380112 says the amount to cancel or refund is not available; the spec answers it only where the amount asked exceeds what remains of the payment, the one case the vendor's words fit (errors.json 380112 explains both readings).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Settled,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some(
                        "salesType POST_AUTH naming this payment, which is settled, not an open PRE_AUTH.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "POST_AUTH needs the paymentId of an open PRE_AUTH",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page makes paymentId mandatory for a POST_AUTH (provision closing) but names no code for a paymentId that is not an open PRE_AUTH; 380104 with details is the spec's choice: the request is checked against the payment it names, and no catalog code names that state (380107 would deny that the payment exists).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Settled,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Settled,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Settled,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 507 query names this VUK 509 payment's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Voided,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 422,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("the payment is already voided"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A voided payment is cancelled whole (cancelHostReference); the page names no code for a second void or a refund of it. No catalog code names this state of a payment; of the vendor's codes only 380104 (request validation) carries the reason in its details, and its retry (after_fix) and actor (caller) fit: the caller must send another call, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Voided,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "the payment is voided; nothing remains to refund",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A voided payment is cancelled whole (cancelHostReference); the page names no code for a second void or a refund of it. No catalog code names this state of a payment; of the vendor's codes only 380104 (request validation) carries the reason in its details, and its retry (after_fix) and actor (caller) fit: the caller must send another call, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Voided,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some(
                        "salesType POST_AUTH naming this payment, which is voided, not an open PRE_AUTH.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "POST_AUTH needs the paymentId of an open PRE_AUTH",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page makes paymentId mandatory for a POST_AUTH (provision closing) but names no code for a paymentId that is not an open PRE_AUTH; 380104 with details is the spec's choice: the request is checked against the payment it names, and no catalog code names that state (380107 would deny that the payment exists).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Voided,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Voided,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::Voided,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 507 query names this VUK 509 payment's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk509Void,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Attribute("eod_since"),
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                    ),
                    guard: Some(
                        "An end of day has run on the payment's device since it was made: it can no longer be voided.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 422,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "void is possible only before end of day; use refund",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows a void only for transactions not yet included in end-of-day closing but names no code; 380104 with details (use refund) is the spec's choice: no catalog code names a settled payment, and its retry (after_fix) and actor (caller) fit, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk509Void,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Lt,
                            OperandInfo::Attribute("created_day"),
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                    ),
                    guard: Some(
                        "The payment is from an earlier day (its business day is before today), although no end of day has closed it.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 422,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "void is possible only on the day of the payment; use refund",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 allows a void only for a same-day transaction not yet in an end of day but names no code; the spec refuses the earlier-day half with 380104 and details: the request's paymentDate names a day that is not today, a check of the request itself.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 422,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A void cancels the whole payment, and after a partial refund the whole amount is no longer there to cancel: the amount asked exceeds what remains, the case seed 000's 380112 (the amount to cancel or refund is not available) fits.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk509Refund,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Gt,
                            OperandInfo::Request("price", ValueKind::Decimal),
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("amount"),
                                &OperandInfo::Attribute("refunded"),
                            ),
                        ),
                    ),
                    guard: Some(
                        "The refund's price exceeds what remains refundable (the amount minus the refunds so far): refunds together never exceed the payment.",
                    ),
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380112 says the amount to cancel or refund is not available; the spec answers it only where the amount asked exceeds what remains of the payment, the one case the vendor's words fit (errors.json 380112 explains both readings).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some(
                        "salesType POST_AUTH naming this payment, which is partly refunded, not an open PRE_AUTH.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "POST_AUTH needs the paymentId of an open PRE_AUTH",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page makes paymentId mandatory for a POST_AUTH (provision closing) but names no code for a paymentId that is not an open PRE_AUTH; 380104 with details is the spec's choice: the request is checked against the payment it names, and no catalog code names that state (380107 would deny that the payment exists).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 507 query names this VUK 509 payment's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::FullyRefunded,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 422,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Nothing remains of a fully refunded payment, so any amount a void would cancel exceeds what remains: seed 000's 380112 (the amount to cancel or refund is not available).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::FullyRefunded,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Nothing remains of a fully refunded payment, so any refund exceeds what remains: seed 000's 380112 (the amount to cancel or refund is not available).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::FullyRefunded,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some(
                        "salesType POST_AUTH naming this payment, which is fully refunded, not an open PRE_AUTH.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "POST_AUTH needs the paymentId of an open PRE_AUTH",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page makes paymentId mandatory for a POST_AUTH (provision closing) but names no code for a paymentId that is not an open PRE_AUTH; 380104 with details is the spec's choice: the request is checked against the payment it names, and no catalog code names that state (380107 would deny that the payment exists).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::FullyRefunded,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::FullyRefunded,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk509PaymentState::FullyRefunded,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 507 query names this VUK 509 payment's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
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
}
/// The states of the lifecycle `vuk507-payment`: A VUK 507 (GMU) sale from its fiscal record to its void, refunds by line item and settlement. A void is possible only on the sale's day, before end of day; after end of day use refund; refunds together never exceed the sale (checked on the sum of the refund lines' returnAmount, not line by line). A sale call that fails with a code whose retry is query_first (380103, 380203, 380205, PAYMENT_ERROR) leaves the outcome unknown until a status query naming its transactionReferenceId tells it. Every sale takes a new transactionReferenceId (lifecycle transaction-reference). VUK 507 and VUK 509 never mix: an integration is bound to one mode (lifecycle integration-mode, 380105), and a VUK 507 paymentId is unknown to the VUK 509 services (380107). Queries change the state only out of outcome_unknown; refundable-sale-info never does.
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
pub enum Vuk507PaymentState {
    /// `not_created`: No payment exists under the paymentId named.
    #[serde(rename = "not_created")]
    NotCreated,
    /// `declined`: The sale failed with a known outcome (status failure with a code whose retry is not query_first): nothing was charged or recorded.
    #[serde(rename = "declined")]
    Declined,
    /// `outcome_unknown`: The sale call, or the completion of a partial payment, failed with a code whose retry is query_first (380103 timeout, 380203, 380205, PAYMENT_ERROR): the sale may have been recorded. Only a status query naming the call's transactionReferenceId tells the real outcome; a retry with the same reference is refused as reused (lifecycle transaction-reference).
    #[serde(rename = "outcome_unknown")]
    OutcomeUnknown,
    /// `sale`: A completed sale recorded as a fiscal document that no end of day has closed yet: it can still be voided on its day.
    #[serde(rename = "sale")]
    Sale,
    /// `settled`: Included in a batch that an end of day closed: it can no longer be voided, only refunded.
    #[serde(rename = "settled")]
    Settled,
    /// `voided`: Voided on its day, before end of day.
    #[serde(rename = "voided")]
    Voided,
    /// `partially_refunded`: Some lines or amounts were refunded; the rest can still be refunded.
    #[serde(rename = "partially_refunded")]
    PartiallyRefunded,
    /// `fully_refunded`: Every line was refunded in full.
    #[serde(rename = "fully_refunded")]
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
        matches!(self, Self::Declined | Self::Voided | Self::FullyRefunded)
    }
}
impl StateMachine for Vuk507PaymentState {
    type Operation = OperationId;
    type Code = Code;
    const LIFECYCLE: &'static LifecycleInfo<Self> = {
        static TABLES: LifecycleInfo<Vuk507PaymentState> = LifecycleInfo {
            id: "vuk507-payment",
            states: Vuk507PaymentState::ALL,
            initial: Vuk507PaymentState::INITIAL,
            terminal: &[
                Vuk507PaymentState::Declined,
                Vuk507PaymentState::Voided,
                Vuk507PaymentState::FullyRefunded,
            ],
            attributes: &[
                AttributeInfo {
                    id: "payment_id",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "client",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "reference",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "sale_number",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "device",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "amount",
                    kind: ValueKind::Decimal,
                },
                AttributeInfo {
                    id: "refunded",
                    kind: ValueKind::Decimal,
                },
                AttributeInfo {
                    id: "created_day",
                    kind: ValueKind::Day,
                },
                AttributeInfo {
                    id: "eod_since",
                    kind: ValueKind::Boolean,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::Vuk507Payment,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                        (
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    matches: &[
                        (
                            "sale_number",
                            OperandInfo::Request("saleNumber", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                        (
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Void,
                    matches: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Refund,
                    matches: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507EndOfDay,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: true,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Void,
                    matches: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Refund,
                    matches: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    matches: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Payment,
                    matches: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: Vuk507PaymentState::NotCreated,
                    to: Vuk507PaymentState::Sale,
                    cause: Cause::Operation(OperationId::Vuk507Payment),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "payment_id",
                            OperandInfo::Response("paymentId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                    ],
                    guard: Some("Approved (status success)."),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[6],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::NotCreated,
                    to: Vuk507PaymentState::Sale,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentComplete),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::StateOf(
                                    "vuk507-partial-payment",
                                    &["fully_paid"],
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "payment_id",
                            OperandInfo::Response("paymentId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "client",
                            OperandInfo::Credential(Credential::ClientId),
                        ),
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Response("price", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                    ],
                    guard: Some(
                        "Approved, completing a partial payment whose payments cover the sale (its remainder is 0).",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::NotCreated,
                    to: Vuk507PaymentState::Declined,
                    cause: Cause::Operation(OperationId::Vuk507Payment),
                    when: Some(GuardInfo::Outcome(Outcome::Declined)),
                    effects: &[
                        EffectInfo::Set(
                            "payment_id",
                            OperandInfo::Response("paymentId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                    ],
                    guard: Some(
                        "The sale is refused with a known outcome: a failure whose code has a retry that is not query_first.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The pages answer status failure; ending the sale on every failure with a known outcome, and on no query_first failure, is the spec's reading of the codes' retry.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::NotCreated,
                    to: Vuk507PaymentState::OutcomeUnknown,
                    cause: Cause::Operation(OperationId::Vuk507Payment),
                    when: Some(GuardInfo::Outcome(Outcome::Unknown)),
                    effects: &[
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Request("price", ValueKind::Decimal),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                    ],
                    guard: Some(
                        "The sale fails with a code whose retry is query_first (380103, 380203, 380205, PAYMENT_ERROR): its outcome is unknown.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::NotCreated,
                    to: Vuk507PaymentState::OutcomeUnknown,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentComplete),
                    when: Some(GuardInfo::Outcome(Outcome::Unknown)),
                    effects: &[
                        EffectInfo::Set(
                            "client",
                            OperandInfo::Credential(Credential::ClientId),
                        ),
                        EffectInfo::Set(
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "refunded",
                            OperandInfo::Literal(Literal::Integer(0)),
                        ),
                        EffectInfo::Set(
                            "created_day",
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                    ],
                    guard: Some(
                        "The completion fails with a code whose retry is query_first: whether the sale was recorded is unknown.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::Sale,
                    to: Vuk507PaymentState::Voided,
                    cause: Cause::Operation(OperationId::Vuk507Void),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("created_day"),
                                    OperandInfo::Clock(ClockReading::Today),
                                ),
                            ],
                        ),
                    ),
                    effects: &[],
                    guard: Some(
                        "Approved on the sale's day (Türkiye time); a sale in this state has had no end of day since.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::Sale,
                    to: Vuk507PaymentState::Settled,
                    cause: Cause::Operation(OperationId::Vuk507EndOfDay),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                    ],
                    guard: Some(
                        "The end of day on the sale's device succeeds: it closes the device's financial day.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[9],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::Sale,
                    to: Vuk507PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::Vuk507Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Total(
                                        "saleItems/*/returnAmount",
                                        ValueKind::Decimal,
                                    ),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Total(
                                "saleItems/*/returnAmount",
                                ValueKind::Decimal,
                            ),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's lines return less than what remains refundable: the sum of their returnAmount is below the sale's amount minus the refunds so far (the lines are not checked one by one).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[12],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The refund page allows a partial or full refund of a completed sale by line items but states no cap; the spec refuses refunds beyond the sale and checks the sum of the refund lines' returnAmount against what remains of the sale (its amount minus the refunds so far), not each line against what remains of that line: the format cannot match a refund line (relatedSaleItemId) to a line of the sale, so a line refunded beyond its own remainder within the total is not caught. The page says nothing of a refund before end of day either; the spec allows it.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::Sale,
                    to: Vuk507PaymentState::FullyRefunded,
                    cause: Cause::Operation(OperationId::Vuk507Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Total(
                                        "saleItems/*/returnAmount",
                                        ValueKind::Decimal,
                                    ),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Total(
                                "saleItems/*/returnAmount",
                                ValueKind::Decimal,
                            ),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's lines return everything still refundable: the sum of their returnAmount equals the sale's amount minus the refunds so far.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[12],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The refund page allows a partial or full refund of a completed sale by line items but states no cap; the spec refuses refunds beyond the sale and checks the sum of the refund lines' returnAmount against what remains of the sale (its amount minus the refunds so far), not each line against what remains of that line: the format cannot match a refund line (relatedSaleItemId) to a line of the sale, so a line refunded beyond its own remainder within the total is not caught. The page says nothing of a refund before end of day either; the spec allows it.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::Settled,
                    to: Vuk507PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::Vuk507Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Total(
                                        "saleItems/*/returnAmount",
                                        ValueKind::Decimal,
                                    ),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Total(
                                "saleItems/*/returnAmount",
                                ValueKind::Decimal,
                            ),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's lines return less than what remains refundable: the sum of their returnAmount is below the sale's amount minus the refunds so far (the lines are not checked one by one).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[12],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The refund page allows a partial or full refund of a completed sale by line items but states no cap; the spec refuses refunds beyond the sale and checks the sum of the refund lines' returnAmount against what remains of the sale (its amount minus the refunds so far), not each line against what remains of that line: the format cannot match a refund line (relatedSaleItemId) to a line of the sale, so a line refunded beyond its own remainder within the total is not caught.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::Settled,
                    to: Vuk507PaymentState::FullyRefunded,
                    cause: Cause::Operation(OperationId::Vuk507Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Total(
                                        "saleItems/*/returnAmount",
                                        ValueKind::Decimal,
                                    ),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Total(
                                "saleItems/*/returnAmount",
                                ValueKind::Decimal,
                            ),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's lines return everything still refundable: the sum of their returnAmount equals the sale's amount minus the refunds so far.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[12],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The refund page allows a partial or full refund of a completed sale by line items but states no cap; the spec refuses refunds beyond the sale and checks the sum of the refund lines' returnAmount against what remains of the sale (its amount minus the refunds so far), not each line against what remains of that line: the format cannot match a refund line (relatedSaleItemId) to a line of the sale, so a line refunded beyond its own remainder within the total is not caught.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::PartiallyRefunded,
                    to: Vuk507PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::Vuk507Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Total(
                                        "saleItems/*/returnAmount",
                                        ValueKind::Decimal,
                                    ),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Total(
                                "saleItems/*/returnAmount",
                                ValueKind::Decimal,
                            ),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's lines return less than what remains refundable: the sum of their returnAmount is below the sale's amount minus the refunds so far (the lines are not checked one by one).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[12],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The refund page allows a partial or full refund of a completed sale by line items but states no cap; the spec refuses refunds beyond the sale and checks the sum of the refund lines' returnAmount against what remains of the sale (its amount minus the refunds so far), not each line against what remains of that line: the format cannot match a refund line (relatedSaleItemId) to a line of the sale, so a line refunded beyond its own remainder within the total is not caught.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::PartiallyRefunded,
                    to: Vuk507PaymentState::FullyRefunded,
                    cause: Cause::Operation(OperationId::Vuk507Refund),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Total(
                                        "saleItems/*/returnAmount",
                                        ValueKind::Decimal,
                                    ),
                                    OperandInfo::Difference(
                                        &OperandInfo::Attribute("amount"),
                                        &OperandInfo::Attribute("refunded"),
                                    ),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Add(
                            "refunded",
                            OperandInfo::Total(
                                "saleItems/*/returnAmount",
                                ValueKind::Decimal,
                            ),
                        ),
                    ],
                    guard: Some(
                        "Approved, and the refund's lines return everything still refundable: the sum of their returnAmount equals the sale's amount minus the refunds so far.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[12],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The refund page allows a partial or full refund of a completed sale by line items but states no cap; the spec refuses refunds beyond the sale and checks the sum of the refund lines' returnAmount against what remains of the sale (its amount minus the refunds so far), not each line against what remains of that line: the format cannot match a refund line (relatedSaleItemId) to a line of the sale, so a line refunded beyond its own remainder within the total is not caught.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::OutcomeUnknown,
                    to: Vuk507PaymentState::OutcomeUnknown,
                    cause: Cause::Operation(OperationId::Vuk507EndOfDay),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                    ],
                    guard: Some(
                        "The end of day on the sale's device succeeds while the outcome is unknown: had the sale been recorded, this end of day closed it.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "While the outcome is unknown the sale may have been recorded; the spec records that an end of day ran, so that the query settles an approved sale as settled.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::PartiallyRefunded,
                    to: Vuk507PaymentState::PartiallyRefunded,
                    cause: Cause::Operation(OperationId::Vuk507EndOfDay),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "eod_since",
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                    ],
                    guard: Some(
                        "The end of day on the sale's device succeeds: the sale stays partly refunded and can no longer be voided.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The void page allows a void only for a sale not yet closed by end of day; a partly refunded sale keeps its state after end of day, so the spec records that one ran.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::OutcomeUnknown,
                    to: Vuk507PaymentState::Sale,
                    cause: Cause::Operation(OperationId::Vuk507QueryTransactionStatus),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("eod_since"),
                                    OperandInfo::Literal(Literal::Boolean(false)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "payment_id",
                            OperandInfo::Response("paymentId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Response("price", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "The query reports the sale completed (status success), and no end of day has run on its device since.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::OutcomeUnknown,
                    to: Vuk507PaymentState::Settled,
                    cause: Cause::Operation(OperationId::Vuk507QueryTransactionStatus),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Attribute("eod_since"),
                                    OperandInfo::Literal(Literal::Boolean(true)),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "payment_id",
                            OperandInfo::Response("paymentId", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "amount",
                            OperandInfo::Response("price", ValueKind::Decimal),
                        ),
                    ],
                    guard: Some(
                        "The query reports the sale completed, and an end of day has run on its device since: that end of day settled it.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
                TransitionInfo {
                    from: Vuk507PaymentState::OutcomeUnknown,
                    to: Vuk507PaymentState::Declined,
                    cause: Cause::Operation(OperationId::Vuk507QueryTransactionStatus),
                    when: Some(GuardInfo::Outcome(Outcome::Declined)),
                    effects: &[],
                    guard: Some(
                        "The query reports no completed sale: status failure, or no payment for the reference.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000 does not say a timeout or device failure means the payment failed, and errors.json gives those codes retry query_first; the spec adds this state so that only a status query settles the outcome.",
                        ),
                    },
                },
            ],
            forbidden: &[
                ForbiddenInfo {
                    state: Vuk507PaymentState::NotCreated,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380107 (payment not found with paymentId) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::NotCreated,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[12],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380107 (payment not found with paymentId) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Declined,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A declined payment charged nothing, so there is nothing to void or refund; the spec answers as for a paymentId no payment has (380107), since 380112 speaks of an amount not available in the account, which a declined payment never had.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Declined,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A declined payment charged nothing, so there is nothing to void or refund; the spec answers as for a paymentId no payment has (380107), since 380112 speaks of an amount not available in the account, which a declined payment never had.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Declined,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 422,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "VUK 507 and VUK 509 are never mixed (seed 003): a paymentId of one mode is unknown to the other's services, answered as payment not found.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Declined,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "VUK 507 and VUK 509 are never mixed (seed 003): a paymentId of one mode is unknown to the other's services, answered as payment not found.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Declined,
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 509 query names this VUK 507 sale's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "VUK 507 and VUK 509 are never mixed (seed 003): a paymentId of one mode is unknown to the other's services, answered as payment not found.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Declined,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "VUK 507 and VUK 509 are never mixed (seed 003): a paymentId of one mode is unknown to the other's services, answered as payment not found.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::OutcomeUnknown,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 422,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::OutcomeUnknown,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::OutcomeUnknown,
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 509 query names this VUK 507 sale's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::OutcomeUnknown,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Sale,
                    operation: OperationId::Vuk507Void,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Lt,
                            OperandInfo::Attribute("created_day"),
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                    ),
                    guard: Some(
                        "The sale is from an earlier day (its business day is before today), although no end of day has closed it.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "void is possible only on the day of the payment; use refund",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The void page allows a void only for a sale of the same day but names no code; the spec refuses the earlier-day half with 380104 and details: the request's paymentDate names a day that is not today, a check of the request itself.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Sale,
                    operation: OperationId::Vuk507Refund,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Gt,
                            OperandInfo::Total(
                                "saleItems/*/returnAmount",
                                ValueKind::Decimal,
                            ),
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("amount"),
                                &OperandInfo::Attribute("refunded"),
                            ),
                        ),
                    ),
                    guard: Some(
                        "The refund's lines return more than what remains refundable: the sum of their returnAmount exceeds the sale's amount minus the refunds so far (refunds together never exceed the sale; the lines are not checked one by one).",
                    ),
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380112 says the amount to cancel or refund is not available; the spec answers it only where the amount asked exceeds what remains of the payment, the one case the vendor's words fit (errors.json 380112 explains both readings). The sum of the refund lines' returnAmount is compared, not each line (see the refund transitions).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Sale,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 422,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Sale,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Sale,
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 509 query names this VUK 507 sale's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Sale,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Settled,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "void is possible only before end of day; use refund",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The void page says a transaction closed by end of day is refunded, not voided, but names no code; 380104 with details (use refund) is the spec's choice: no catalog code names a settled sale, and its retry (after_fix) and actor (caller) fit, while 380107 would deny that the sale exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Settled,
                    operation: OperationId::Vuk507Refund,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Gt,
                            OperandInfo::Total(
                                "saleItems/*/returnAmount",
                                ValueKind::Decimal,
                            ),
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("amount"),
                                &OperandInfo::Attribute("refunded"),
                            ),
                        ),
                    ),
                    guard: Some(
                        "The refund's lines return more than what remains refundable: the sum of their returnAmount exceeds the sale's amount minus the refunds so far (refunds together never exceed the sale; the lines are not checked one by one).",
                    ),
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380112 says the amount to cancel or refund is not available; the spec answers it only where the amount asked exceeds what remains of the payment, the one case the vendor's words fit (errors.json 380112 explains both readings). The sum of the refund lines' returnAmount is compared, not each line (see the refund transitions).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Settled,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 422,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Settled,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Settled,
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 509 query names this VUK 507 sale's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Settled,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Voided,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("the payment is already voided"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A voided sale is cancelled whole; the page names no code for a second void or a refund of it. No catalog code names this state of a payment; of the vendor's codes only 380104 (request validation) carries the reason in its details, and its retry (after_fix) and actor (caller) fit: the caller must send another call, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Voided,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "the payment is voided; nothing remains to refund",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A voided sale is cancelled whole; the page names no code for a second void or a refund of it. No catalog code names this state of a payment; of the vendor's codes only 380104 (request validation) carries the reason in its details, and its retry (after_fix) and actor (caller) fit: the caller must send another call, while 380107 would deny that the payment exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Voided,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 422,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Voided,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Voided,
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 509 query names this VUK 507 sale's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::Voided,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk507Void,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Attribute("eod_since"),
                            OperandInfo::Literal(Literal::Boolean(true)),
                        ),
                    ),
                    guard: Some(
                        "An end of day has run on the sale's device since the sale: it can no longer be voided.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "void is possible only before end of day; use refund",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The void page says a transaction closed by end of day is refunded, not voided, but names no code; 380104 with details (use refund) is the spec's choice: no catalog code names a settled sale, and its retry (after_fix) and actor (caller) fit, while 380107 would deny that the sale exists and 380112 speaks of an amount missing from the account.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk507Void,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Lt,
                            OperandInfo::Attribute("created_day"),
                            OperandInfo::Clock(ClockReading::Today),
                        ),
                    ),
                    guard: Some(
                        "The sale is from an earlier day (its business day is before today), although no end of day has closed it.",
                    ),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "void is possible only on the day of the payment; use refund",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The void page allows a void only for a sale of the same day but names no code; the spec refuses the earlier-day half with 380104 and details: the request's paymentDate names a day that is not today, a check of the request itself.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A void cancels the whole sale, and after a partial refund the whole amount is no longer there to cancel: the amount asked exceeds what remains, the case seed 000's 380112 (the amount to cancel or refund is not available) fits.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk507Refund,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Gt,
                            OperandInfo::Total(
                                "saleItems/*/returnAmount",
                                ValueKind::Decimal,
                            ),
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("amount"),
                                &OperandInfo::Attribute("refunded"),
                            ),
                        ),
                    ),
                    guard: Some(
                        "The refund's lines return more than what remains refundable: the sum of their returnAmount exceeds the sale's amount minus the refunds so far (refunds together never exceed the sale; the lines are not checked one by one).",
                    ),
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380112 says the amount to cancel or refund is not available; the spec answers it only where the amount asked exceeds what remains of the payment, the one case the vendor's words fit (errors.json 380112 explains both readings). The sum of the refund lines' returnAmount is compared, not each line (see the refund transitions).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 422,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 509 query names this VUK 507 sale's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::PartiallyRefunded,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::FullyRefunded,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Nothing remains of a fully refunded sale, so any amount a void would cancel exceeds what remains: seed 000's 380112 (the amount to cancel or refund is not available).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::FullyRefunded,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::InsufficientBalanceForCancelRefund,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Nothing remains of a fully refunded sale, so any refund exceeds what remains: seed 000's 380112 (the amount to cancel or refund is not available).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::FullyRefunded,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 422,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::FullyRefunded,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::FullyRefunded,
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    when: Some(
                        GuardInfo::Present(
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ),
                    guard: Some(
                        "The VUK 509 query names this VUK 507 sale's paymentId.",
                    ),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PaymentState::FullyRefunded,
                    operation: OperationId::Vuk509Payment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("salesType", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("POST_AUTH")),
                        ),
                    ),
                    guard: Some("salesType POST_AUTH naming this VUK 507 paymentId."),
                    code: Code::PaymentNotFoundByPaymentId,
                    http_status: 400,
                    arguments: &[
                        (
                            "payment_id",
                            OperandInfo::Request("paymentId", ValueKind::Text),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 forbids mixing VUK 507 and VUK 509; the spec answers a paymentId of the other mode as unknown (380107).",
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
}
/// The states of the lifecycle `integration-mode`: The fiscal mode of one integration (the cash register software with its OAuth client and the devices it drives). VUK 507 and VUK 509 services must not be used together within the same integration: the first terminal-host call binds the integration to its mode for good, and every service of the other mode is then refused with 380105, naming the operation's endpoint path and the device model the bound mode makes of the terminal (EFT POS for VUK 509, ÖKC for VUK 507). This check comes before any lookup, so 380107 in the payment lifecycles is what a paymentId of the other mode gets from an integration bound to that other mode. The login and token calls are common to both modes and never refused here.
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
pub enum IntegrationModeState {
    /// `unbound`: No terminal-host call has been made yet: the integration may still take either mode.
    #[serde(rename = "unbound")]
    Unbound,
    /// `vuk509`: Bound to VUK 509: only the VUK 509 services and the common login and token calls are accepted.
    #[serde(rename = "vuk509")]
    BoundToVuk509,
    /// `vuk507`: Bound to VUK 507: only the VUK 507 services and the common login and token calls are accepted.
    #[serde(rename = "vuk507")]
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
        false
    }
}
impl StateMachine for IntegrationModeState {
    type Operation = OperationId;
    type Code = Code;
    const LIFECYCLE: &'static LifecycleInfo<Self> = {
        static TABLES: LifecycleInfo<IntegrationModeState> = LifecycleInfo {
            id: "integration-mode",
            states: IntegrationModeState::ALL,
            initial: IntegrationModeState::INITIAL,
            terminal: &[],
            attributes: &[
                AttributeInfo {
                    id: "client",
                    kind: ValueKind::Text,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::Vuk509Payment,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Void,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Refund,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509EndOfDay,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Payment,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Void,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Refund,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507RefundableSaleInfo,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentStart,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507EndOfDay,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                    ],
                    each: false,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk509,
                    cause: Cause::Operation(OperationId::Vuk509Payment),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk509,
                    cause: Cause::Operation(OperationId::Vuk509QueryTransactionStatus),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk509,
                    cause: Cause::Operation(OperationId::Vuk509Void),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk509,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk509,
                    cause: Cause::Operation(OperationId::Vuk509EndOfDay),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507Payment),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507QueryTransactionStatus),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507Void),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507Refund),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507RefundableSaleInfo),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentStart),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentAddPayment),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentComplete),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::Unbound,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507EndOfDay),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk509,
                    to: IntegrationModeState::BoundToVuk509,
                    cause: Cause::Operation(OperationId::Vuk509Payment),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk509,
                    to: IntegrationModeState::BoundToVuk509,
                    cause: Cause::Operation(OperationId::Vuk509QueryTransactionStatus),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk509,
                    to: IntegrationModeState::BoundToVuk509,
                    cause: Cause::Operation(OperationId::Vuk509Void),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk509,
                    to: IntegrationModeState::BoundToVuk509,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk509,
                    to: IntegrationModeState::BoundToVuk509,
                    cause: Cause::Operation(OperationId::Vuk509EndOfDay),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk507,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507Payment),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk507,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507QueryTransactionStatus),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk507,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507Void),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk507,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507Refund),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk507,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507RefundableSaleInfo),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk507,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentStart),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk507,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentAddPayment),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk507,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentComplete),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
                TransitionInfo {
                    from: IntegrationModeState::BoundToVuk507,
                    to: IntegrationModeState::BoundToVuk507,
                    cause: Cause::Operation(OperationId::Vuk507EndOfDay),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code.",
                        ),
                    },
                },
            ],
            forbidden: &[
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk509,
                    operation: OperationId::Vuk507Payment,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("EFT POS"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text("/v2/terminal-host/gmu/payment"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk509,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("EFT POS"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "/v2/terminal-host/gmu/payment/query-transaction-status",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk509,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("EFT POS"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text("/v2/terminal-host/gmu/payment/void"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk509,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("EFT POS"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text("/v2/terminal-host/gmu/payment/refund"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk509,
                    operation: OperationId::Vuk507RefundableSaleInfo,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("EFT POS"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "/v2/terminal-host/gmu/payment/refundable-sale-info",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk509,
                    operation: OperationId::Vuk507PartialPaymentStart,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("EFT POS"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text("/v2/terminal-host/gmu/partial-payment/start"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk509,
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("EFT POS"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "/v2/terminal-host/gmu/partial-payment/add-payment",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk509,
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("EFT POS"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "/v2/terminal-host/gmu/partial-payment/complete",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk509,
                    operation: OperationId::Vuk507EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("EFT POS"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text("/v2/terminal-host/gmu/eod"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk507,
                    operation: OperationId::Vuk509Payment,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("ÖKC"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text("/v2/terminal-host/payment"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk507,
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("ÖKC"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "/v2/terminal-host/payment/query-transaction-status",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk507,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 422,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("ÖKC"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text("/v2/terminal-host/payment/void"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk507,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("ÖKC"))),
                        (
                            "operation",
                            OperandInfo::Literal(
                                Literal::Text("/v2/terminal-host/payment/refund"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: IntegrationModeState::BoundToVuk507,
                    operation: OperationId::Vuk509EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::OperationNotSupportedForDeviceModel,
                    http_status: 400,
                    arguments: &[
                        ("device_model", OperandInfo::Literal(Literal::Text("ÖKC"))),
                        (
                            "operation",
                            OperandInfo::Literal(Literal::Text("/v2/terminal-host/eod")),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says VUK 507 and VUK 509 services must not be used together within the same integration but names no code; 380105 (operation not supported for the device's model) is the closest catalog code. Its arguments are what a server can name: {0} the endpoint path of the operation refused (the vendor publishes no other name for it), {1} the device model, as seed 003 names the terminal in each mode (EFT POS, the Pavo payment terminal of VUK 509; ÖKC, the fiscal cash register a VUK 507 device acts as), never the project's own ids.",
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
            Self::Unbound => "unbound",
            Self::BoundToVuk509 => "vuk509",
            Self::BoundToVuk507 => "vuk507",
        }
    }
}
/// The states of the lifecycle `transaction-reference`: A transactionReferenceId of one integration. Every sale, PRE_AUTH, POST_AUTH, void and refund (in either mode) and every partial payment start takes a new one; the first call made with it uses it for good, whatever its outcome, and any later such call with it is refused with 380104, also a retry after an unknown outcome, which must query first. A call refused by an earlier check does not use its reference. A status query, refundable-sale-info, add-payment and complete name a reference without using it.
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
pub enum TransactionReferenceState {
    /// `unused`: No call of the integration has used the reference yet.
    #[serde(rename = "unused")]
    Unused,
    /// `used`: A sale, PRE_AUTH, POST_AUTH, void, refund or partial payment start was made with the reference: another one with it is refused with 380104.
    #[serde(rename = "used")]
    Used,
}
impl TransactionReferenceState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[Self::Unused, Self::Used];
    /// The state things start in.
    pub const INITIAL: Self = Self::Unused;
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
        matches!(self, Self::Used)
    }
}
impl StateMachine for TransactionReferenceState {
    type Operation = OperationId;
    type Code = Code;
    const LIFECYCLE: &'static LifecycleInfo<Self> = {
        static TABLES: LifecycleInfo<TransactionReferenceState> = LifecycleInfo {
            id: "transaction-reference",
            states: TransactionReferenceState::ALL,
            initial: TransactionReferenceState::INITIAL,
            terminal: &[TransactionReferenceState::Used],
            attributes: &[
                AttributeInfo {
                    id: "client",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "reference",
                    kind: ValueKind::Text,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::Vuk509Payment,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                        (
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Void,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                        (
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Refund,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                        (
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Payment,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                        (
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Void,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                        (
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Refund,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                        (
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentStart,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                        (
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: TransactionReferenceState::Unused,
                    to: TransactionReferenceState::Used,
                    cause: Cause::Operation(OperationId::Vuk509Payment),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionReferenceState::Unused,
                    to: TransactionReferenceState::Used,
                    cause: Cause::Operation(OperationId::Vuk509Void),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionReferenceState::Unused,
                    to: TransactionReferenceState::Used,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionReferenceState::Unused,
                    to: TransactionReferenceState::Used,
                    cause: Cause::Operation(OperationId::Vuk507Payment),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionReferenceState::Unused,
                    to: TransactionReferenceState::Used,
                    cause: Cause::Operation(OperationId::Vuk507Void),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionReferenceState::Unused,
                    to: TransactionReferenceState::Used,
                    cause: Cause::Operation(OperationId::Vuk507Refund),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                TransitionInfo {
                    from: TransactionReferenceState::Unused,
                    to: TransactionReferenceState::Used,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentStart),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
            ],
            forbidden: &[
                ForbiddenInfo {
                    state: TransactionReferenceState::Used,
                    operation: OperationId::Vuk509Payment,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("transactionReferenceId is already used"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionReferenceState::Used,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 422,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("transactionReferenceId is already used"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionReferenceState::Used,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("transactionReferenceId is already used"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionReferenceState::Used,
                    operation: OperationId::Vuk507Payment,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("transactionReferenceId is already used"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionReferenceState::Used,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("transactionReferenceId is already used"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionReferenceState::Used,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("transactionReferenceId is already used"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: TransactionReferenceState::Used,
                    operation: OperationId::Vuk507PartialPaymentStart,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("transactionReferenceId is already used"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 says each sale gets a unique reference and the pages give every void and refund a new one of its own; no idempotency key is documented, so the spec refuses a reused transactionReferenceId rather than assume deduplication, and a retry after 380103 cannot charge twice. 380104 is defensible: the reference is a field of the request that must be unique, and the validation error with details is the vendor's code for a request that is wrong.",
                        ),
                    },
                },
            ],
            client_reference: Some(ClientReferenceInfo {
                attribute: "reference",
                field: "transactionReferenceId",
                reused: Code::RequestValidationFailed,
                basis: Basis::Decision,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[1],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "Seed 003 gives each sale a unique reference and the pages give every void and refund a new one; the lifecycle refuses a reference used before with 380104, so that refusal means the client reused its transactionReferenceId (the project's reading: the vendor names no code for it).",
                    ),
                },
            }),
        };
        &TABLES
    };
    fn state_id(self) -> &'static str {
        match self {
            Self::Unused => "unused",
            Self::Used => "used",
        }
    }
}
/// The states of the lifecycle `batch`: A device's end-of-day batch. Approved transactions join the open batch; an end of day closes it with the bank, reports totals per acquiring bank and the batchNo, and the device's next transaction opens a new batch (a new instance of this lifecycle: a closed batch is no longer open, so the key no longer matches it). Transactions of a closed batch are settled and can no longer be voided. A PRE_AUTH reservation captures nothing and is not settled by the close: it stays open until a POST_AUTH or the bank's release, and can no longer be voided (lifecycle vuk509-payment). The batch refuses nothing.
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
pub enum BatchState {
    /// `open`: The device's current batch, collecting the approved sales, voids and refunds of the day.
    #[serde(rename = "open")]
    Open,
    /// `closed`: Closed with the bank by an end of day, which reported its totals and batchNo.
    #[serde(rename = "closed")]
    Closed,
}
impl BatchState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[Self::Open, Self::Closed];
    /// The state things start in.
    pub const INITIAL: Self = Self::Open;
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
        matches!(self, Self::Closed)
    }
}
impl StateMachine for BatchState {
    type Operation = OperationId;
    type Code = Code;
    const LIFECYCLE: &'static LifecycleInfo<Self> = {
        static TABLES: LifecycleInfo<BatchState> = LifecycleInfo {
            id: "batch",
            states: BatchState::ALL,
            initial: BatchState::INITIAL,
            terminal: &[BatchState::Closed],
            attributes: &[
                AttributeInfo {
                    id: "device",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "open",
                    kind: ValueKind::Boolean,
                },
                AttributeInfo {
                    id: "batch_no",
                    kind: ValueKind::Text,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::Vuk509Payment,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        ("open", OperandInfo::Literal(Literal::Boolean(true))),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Void,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        ("open", OperandInfo::Literal(Literal::Boolean(true))),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Refund,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        ("open", OperandInfo::Literal(Literal::Boolean(true))),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Payment,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        ("open", OperandInfo::Literal(Literal::Boolean(true))),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Void,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        ("open", OperandInfo::Literal(Literal::Boolean(true))),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Refund,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        ("open", OperandInfo::Literal(Literal::Boolean(true))),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        ("open", OperandInfo::Literal(Literal::Boolean(true))),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509EndOfDay,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        ("open", OperandInfo::Literal(Literal::Boolean(true))),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507EndOfDay,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                        ("open", OperandInfo::Literal(Literal::Boolean(true))),
                    ],
                    each: false,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: BatchState::Open,
                    to: BatchState::Open,
                    cause: Cause::Operation(OperationId::Vuk509Payment),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[],
                    guard: Some(
                        "Approved on the batch's device: the transaction joins the batch.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003's sale response carries batchNo and its end of day closes the day's transactions in bulk; that the sale joins the device's open batch is the spec's reading.",
                        ),
                    },
                },
                TransitionInfo {
                    from: BatchState::Open,
                    to: BatchState::Open,
                    cause: Cause::Operation(OperationId::Vuk509Void),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[],
                    guard: Some(
                        "Approved on the batch's device: the transaction joins the batch.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The void and the refund answer the sale's response shape with batchNo (VUK 509 page); that they join the device's open batch is the spec's reading of seed 003's bulk close.",
                        ),
                    },
                },
                TransitionInfo {
                    from: BatchState::Open,
                    to: BatchState::Open,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[],
                    guard: Some(
                        "Approved on the batch's device: the transaction joins the batch.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The void and the refund answer the sale's response shape with batchNo (VUK 509 page); that they join the device's open batch is the spec's reading of seed 003's bulk close.",
                        ),
                    },
                },
                TransitionInfo {
                    from: BatchState::Open,
                    to: BatchState::Open,
                    cause: Cause::Operation(OperationId::Vuk507Payment),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[],
                    guard: Some(
                        "Approved on the batch's device: the transaction joins the batch.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[11],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The VUK 507 sale response carries batchNo and the VUK 507 end-of-day page closes a batch (batchNo, tails); that the sale joins the device's open batch is the spec's reading, as the overview page (seed 003) says for its VUK 509 sample.",
                        ),
                    },
                },
                TransitionInfo {
                    from: BatchState::Open,
                    to: BatchState::Open,
                    cause: Cause::Operation(OperationId::Vuk507Void),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[],
                    guard: Some(
                        "Approved on the batch's device: the transaction joins the batch.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The VUK 507 void response carries no batchNo; the spec counts an approved void in the device's open batch as for VUK 509, whose end of day closes the day's transactions in bulk (seed 003, VUK 509 sample).",
                        ),
                    },
                },
                TransitionInfo {
                    from: BatchState::Open,
                    to: BatchState::Open,
                    cause: Cause::Operation(OperationId::Vuk507Refund),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[],
                    guard: Some(
                        "Approved on the batch's device: the transaction joins the batch.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[12],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The VUK 507 refund response carries batchNo and the VUK 507 end-of-day page closes a batch (batchNo, tails); that the refund joins the device's open batch is the spec's reading, as the overview page (seed 003) says for its VUK 509 sample.",
                        ),
                    },
                },
                TransitionInfo {
                    from: BatchState::Open,
                    to: BatchState::Open,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentComplete),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[],
                    guard: Some(
                        "Approved on the batch's device: the transaction joins the batch.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The completion answers the VUK 507 sale response with batchNo and the VUK 507 end-of-day page closes a batch (batchNo, tails); that the completed sale joins the device's open batch is the spec's reading, as the overview page (seed 003) says for its VUK 509 sample.",
                        ),
                    },
                },
                TransitionInfo {
                    from: BatchState::Open,
                    to: BatchState::Closed,
                    cause: Cause::Operation(OperationId::Vuk509EndOfDay),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "open",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                        EffectInfo::Set(
                            "batch_no",
                            OperandInfo::Response("batchNo", ValueKind::Text),
                        ),
                    ],
                    guard: Some(
                        "The end of day on the batch's device succeeds: the batch is closed with the bank.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: BatchState::Open,
                    to: BatchState::Closed,
                    cause: Cause::Operation(OperationId::Vuk507EndOfDay),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "open",
                            OperandInfo::Literal(Literal::Boolean(false)),
                        ),
                        EffectInfo::Set(
                            "batch_no",
                            OperandInfo::Response("batchNo", ValueKind::Text),
                        ),
                    ],
                    guard: Some(
                        "The end of day on the batch's device succeeds: the batch is closed with the bank.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[9],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
            ],
            forbidden: &[],
            client_reference: None,
        };
        &TABLES
    };
    fn state_id(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }
}
/// The states of the lifecycle `auth-code`: The authorization code of the authorize call: short-lived and single-use. An exchange of a used code, of an expired one, or of a code iyzico never issued is refused by the token call with HTTP 400 and the OAuth error invalid_grant (OauthTokenFailure).
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
pub enum AuthCodeState {
    /// `not_issued`: No code of this value was issued: an exchange of it is refused. A new authorize call starts here.
    #[serde(rename = "not_issued")]
    NotIssued,
    /// `issued`: Issued by the authorize call; it can be exchanged once until it expires.
    #[serde(rename = "issued")]
    Issued,
    /// `used`: Exchanged for tokens; it is single-use.
    #[serde(rename = "used")]
    Used,
    /// `expired`: Its lifetime (expiredAt) passed before the exchange.
    #[serde(rename = "expired")]
    Expired,
}
impl AuthCodeState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::NotIssued,
        Self::Issued,
        Self::Used,
        Self::Expired,
    ];
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
        matches!(self, Self::Used | Self::Expired)
    }
}
impl StateMachine for AuthCodeState {
    type Operation = OperationId;
    type Code = Code;
    const LIFECYCLE: &'static LifecycleInfo<Self> = {
        static TABLES: LifecycleInfo<AuthCodeState> = LifecycleInfo {
            id: "auth-code",
            states: AuthCodeState::ALL,
            initial: AuthCodeState::INITIAL,
            terminal: &[AuthCodeState::Used, AuthCodeState::Expired],
            attributes: &[
                AttributeInfo {
                    id: "code",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "expires_at",
                    kind: ValueKind::Instant,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::OauthAuthorize,
                    matches: &[("code", OperandInfo::Literal(Literal::Null))],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::OauthToken,
                    matches: &[("code", OperandInfo::Request("code", ValueKind::Text))],
                    each: false,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: AuthCodeState::NotIssued,
                    to: AuthCodeState::Issued,
                    cause: Cause::Operation(OperationId::OauthAuthorize),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "code",
                            OperandInfo::Response("code", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "expires_at",
                            OperandInfo::Sum(
                                &[
                                    OperandInfo::Clock(ClockReading::Now),
                                    OperandInfo::Timer("auth_code_lifetime"),
                                ],
                            ),
                        ),
                    ],
                    guard: Some("The authorize call succeeds and answers the code."),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: AuthCodeState::Issued,
                    to: AuthCodeState::Used,
                    cause: Cause::Operation(OperationId::OauthToken),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("grant_type", ValueKind::Text),
                                    OperandInfo::Literal(Literal::Text("authorization_code")),
                                ),
                            ],
                        ),
                    ),
                    effects: &[],
                    guard: Some(
                        "grant_type authorization_code with this code, approved: the token call answers the tokens.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: AuthCodeState::Issued,
                    to: AuthCodeState::Expired,
                    cause: Cause::Timer("code_expires"),
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Ge,
                            OperandInfo::Clock(ClockReading::Now),
                            OperandInfo::Attribute("expires_at"),
                        ),
                    ),
                    effects: &[],
                    guard: Some(
                        "The authorization-code lifetime has passed since the authorize call answered (timer auth_code_lifetime).",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
            ],
            forbidden: &[
                ForbiddenInfo {
                    state: AuthCodeState::NotIssued,
                    operation: OperationId::OauthToken,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("grant_type", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("authorization_code")),
                        ),
                    ),
                    guard: Some(
                        "grant_type authorization_code with a code iyzico did not issue.",
                    ),
                    code: Code::InvalidGrant,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 makes the code short-lived and single-use without saying what a reuse answers; RFC 6749 section 5.2 answers invalid_grant with HTTP 400, the status the login page documents for invalid_grant.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AuthCodeState::Used,
                    operation: OperationId::OauthToken,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("grant_type", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("authorization_code")),
                        ),
                    ),
                    guard: Some("grant_type authorization_code with this code again."),
                    code: Code::InvalidGrant,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 makes the code short-lived and single-use without saying what a reuse answers; RFC 6749 section 5.2 answers invalid_grant with HTTP 400, the status the login page documents for invalid_grant.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AuthCodeState::Expired,
                    operation: OperationId::OauthToken,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("grant_type", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("authorization_code")),
                        ),
                    ),
                    guard: Some(
                        "grant_type authorization_code with this code after its lifetime.",
                    ),
                    code: Code::InvalidGrant,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 003 makes the code short-lived and single-use without saying what a reuse answers; RFC 6749 section 5.2 answers invalid_grant with HTTP 400, the status the login page documents for invalid_grant.",
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
            Self::Issued => "issued",
            Self::Used => "used",
            Self::Expired => "expired",
        }
    }
}
/// The states of the lifecycle `access-token`: A login session's access token. The token call (grant authorization_code) issues the session's access and refresh tokens; the access token is valid for the access-token lifetime (expires_in), then expired (100311) until a refresh renews the session with a new pair of tokens. A token of a terminated session is invalid (100310), as is any token iyzico did not issue and a token replaced by a refresh; a refresh with a replaced or revoked refresh token is refused with the OAuth error invalid_grant (HTTP 400). A session is one instance whose current tokens a refresh replaces, so the tokens a refresh issues expire in turn.
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
    /// `not_issued`: The token presented is no session's current one: iyzico never issued it, or a refresh replaced it. Terminal-host calls with it answer 100310, a refresh with it invalid_grant. A new authorization_code grant starts here.
    #[serde(rename = "not_issued")]
    NotIssued,
    /// `valid`: The session's current access token, issued by the token call and not expired: terminal-host calls accept it.
    #[serde(rename = "valid")]
    Valid,
    /// `expired`: The access-token lifetime passed: every terminal-host call with the token answers 100311 until a refresh renews the session.
    #[serde(rename = "expired")]
    Expired,
    /// `revoked`: The user session was terminated (for example after 380204): every terminal-host call answers 100310, and a refresh with its refresh token answers invalid_grant; a new login is needed.
    #[serde(rename = "revoked")]
    Revoked,
}
impl AccessTokenState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::NotIssued,
        Self::Valid,
        Self::Expired,
        Self::Revoked,
    ];
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
        matches!(self, Self::Revoked)
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
            terminal: &[AccessTokenState::Revoked],
            attributes: &[
                AttributeInfo {
                    id: "access_token",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "refresh_token",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "expires_at",
                    kind: ValueKind::Instant,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::OauthToken,
                    matches: &[
                        (
                            "refresh_token",
                            OperandInfo::Request("refresh_token", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::OauthTokenRefresh,
                    matches: &[
                        (
                            "refresh_token",
                            OperandInfo::Request("refresh_token", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Payment,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Void,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Refund,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509EndOfDay,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Payment,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Void,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Refund,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507RefundableSaleInfo,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentStart,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507EndOfDay,
                    matches: &[
                        (
                            "access_token",
                            OperandInfo::Credential(Credential::BearerToken),
                        ),
                    ],
                    each: false,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: AccessTokenState::NotIssued,
                    to: AccessTokenState::Valid,
                    cause: Cause::Operation(OperationId::OauthToken),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("grant_type", ValueKind::Text),
                                    OperandInfo::Literal(Literal::Text("authorization_code")),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "access_token",
                            OperandInfo::Response("access_token", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "refresh_token",
                            OperandInfo::Response("refresh_token", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "expires_at",
                            OperandInfo::Sum(
                                &[
                                    OperandInfo::Clock(ClockReading::Now),
                                    OperandInfo::Timer("access_token_lifetime"),
                                ],
                            ),
                        ),
                    ],
                    guard: Some(
                        "grant_type authorization_code, approved: the token call issues the session's access and refresh tokens.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
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
                        "The access-token lifetime has passed since the token call answered (timer access_token_lifetime; expires_in is 7199 in seed 003's sample).",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[1],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: AccessTokenState::Expired,
                    to: AccessTokenState::Valid,
                    cause: Cause::Operation(OperationId::OauthToken),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("grant_type", ValueKind::Text),
                                    OperandInfo::Literal(Literal::Text("refresh_token")),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "access_token",
                            OperandInfo::Response("access_token", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "refresh_token",
                            OperandInfo::Response("refresh_token", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "expires_at",
                            OperandInfo::Sum(
                                &[
                                    OperandInfo::Clock(ClockReading::Now),
                                    OperandInfo::Timer("access_token_lifetime"),
                                ],
                            ),
                        ),
                    ],
                    guard: Some(
                        "grant_type refresh_token with the session's refresh token, approved: the session gets a new pair of tokens.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The login page documents the token call's refresh_token grant and seed 003 says an expired token must be refreshed, but neither says what becomes of the old pair; the spec renews the session and refuses the replaced tokens.",
                        ),
                    },
                },
                TransitionInfo {
                    from: AccessTokenState::Expired,
                    to: AccessTokenState::Valid,
                    cause: Cause::Operation(OperationId::OauthTokenRefresh),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "access_token",
                            OperandInfo::Response("access_token", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "refresh_token",
                            OperandInfo::Response("refresh_token", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "expires_at",
                            OperandInfo::Sum(
                                &[
                                    OperandInfo::Clock(ClockReading::Now),
                                    OperandInfo::Timer("access_token_lifetime"),
                                ],
                            ),
                        ),
                    ],
                    guard: Some(
                        "The refresh with the session's refresh token is approved: the session gets a new pair of tokens.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[14],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "[K] only: the separate refresh path; the spec renews the session as for the refresh_token grant of the token call.",
                        ),
                    },
                },
                TransitionInfo {
                    from: AccessTokenState::Valid,
                    to: AccessTokenState::Valid,
                    cause: Cause::Operation(OperationId::OauthToken),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("grant_type", ValueKind::Text),
                                    OperandInfo::Literal(Literal::Text("refresh_token")),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "access_token",
                            OperandInfo::Response("access_token", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "refresh_token",
                            OperandInfo::Response("refresh_token", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "expires_at",
                            OperandInfo::Sum(
                                &[
                                    OperandInfo::Clock(ClockReading::Now),
                                    OperandInfo::Timer("access_token_lifetime"),
                                ],
                            ),
                        ),
                    ],
                    guard: Some(
                        "grant_type refresh_token with the session's refresh token before expiry, approved: the session gets a new pair of tokens.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[3],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "OAuth allows a refresh before expiry and the vendor does not forbid it.",
                        ),
                    },
                },
                TransitionInfo {
                    from: AccessTokenState::Valid,
                    to: AccessTokenState::Valid,
                    cause: Cause::Operation(OperationId::OauthTokenRefresh),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "access_token",
                            OperandInfo::Response("access_token", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "refresh_token",
                            OperandInfo::Response("refresh_token", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "expires_at",
                            OperandInfo::Sum(
                                &[
                                    OperandInfo::Clock(ClockReading::Now),
                                    OperandInfo::Timer("access_token_lifetime"),
                                ],
                            ),
                        ),
                    ],
                    guard: Some(
                        "A refresh with the session's refresh token before expiry is approved: the session gets a new pair of tokens.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[14],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "OAuth allows a refresh before expiry and the vendor does not forbid it. The path is [K] only.",
                        ),
                    },
                },
                TransitionInfo {
                    from: AccessTokenState::Valid,
                    to: AccessTokenState::Revoked,
                    cause: Cause::External("session_terminated"),
                    when: None,
                    effects: &[],
                    guard: Some(
                        "The user session is terminated, e.g. a device-side token refresh fails (380204).",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "380204 says the session is terminated; the spec models the token's end.",
                        ),
                    },
                },
                TransitionInfo {
                    from: AccessTokenState::Expired,
                    to: AccessTokenState::Revoked,
                    cause: Cause::External("session_terminated"),
                    when: None,
                    effects: &[],
                    guard: Some("The user session is terminated."),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "A terminated session ends an expired token as well.",
                        ),
                    },
                },
            ],
            forbidden: &[
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk509Payment,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 422,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk509EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk507Payment,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk507RefundableSaleInfo,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk507PartialPaymentStart,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::Vuk507EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token that is no session's current one (never issued, or replaced by a refresh); the HTTP status is the operation's documented failure status. The vendor does not say whether a replaced token keeps working until its exp; the spec does not count on it, so a client switches to the new tokens at once.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk509Payment,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 422,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk509EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk507Payment,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk507RefundableSaleInfo,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk507PartialPaymentStart,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Expired,
                    operation: OperationId::Vuk507EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::AccessTokenExpired,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100311 (Access token expired!); the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk509Payment,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk509QueryTransactionStatus,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 422,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk509EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk507Payment,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk507QueryTransactionStatus,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk507RefundableSaleInfo,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk507PartialPaymentStart,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::Vuk507EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::InvalidToken,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 100310 (Invalid token!) for a token of a terminated session; the HTTP status is the operation's documented failure status.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::OauthToken,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("grant_type", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("refresh_token")),
                        ),
                    ),
                    guard: Some(
                        "grant_type refresh_token with a refresh token that is no session's current one: never issued, or spent by an earlier refresh.",
                    ),
                    code: Code::InvalidGrant,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The vendor does not say whether a refresh token survives its own use; the spec treats refresh tokens as single-use (RFC 6749 section 10.4 allows rotation), so a refresh token that is no session's current one (spent by a refresh, or never issued) answers invalid_grant with HTTP 400.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::NotIssued,
                    operation: OperationId::OauthTokenRefresh,
                    when: None,
                    guard: None,
                    code: Code::InvalidGrant,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The vendor does not say whether a refresh token survives its own use; the spec treats refresh tokens as single-use (RFC 6749 section 10.4 allows rotation), so a refresh token that is no session's current one (spent by a refresh, or never issued) answers invalid_grant with HTTP 400.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::OauthToken,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Eq,
                            OperandInfo::Request("grant_type", ValueKind::Text),
                            OperandInfo::Literal(Literal::Text("refresh_token")),
                        ),
                    ),
                    guard: Some(
                        "grant_type refresh_token with the terminated session's refresh token.",
                    ),
                    code: Code::InvalidGrant,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The vendor says a terminated session needs a new login but not what a refresh with its refresh token answers; RFC 6749 section 5.2 answers a revoked refresh token with invalid_grant and HTTP 400.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: AccessTokenState::Revoked,
                    operation: OperationId::OauthTokenRefresh,
                    when: None,
                    guard: None,
                    code: Code::InvalidGrant,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[18],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The vendor says a terminated session needs a new login but not what a refresh with its refresh token answers; RFC 6749 section 5.2 answers a revoked refresh token with invalid_grant and HTTP 400.",
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
            Self::Revoked => "revoked",
        }
    }
}
/// The states of the lifecycle `device`: A POS device: one operation at a time. While a payment, void, refund, partial payment step or end of day runs, a second such operation is answered with 380201. Status queries and refundable-sale-info do not reach the device and are answered while it is busy, so a caller that got 380103 can query before retrying. No endpoint lists devices or reports their status: a device is known by its deviceUniqueId (e.g. PAV860047264), configured out of band, and seen only through the answers to calls made on it.
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
pub enum DeviceState {
    /// `idle`: No operation runs on the device.
    #[serde(rename = "idle")]
    Idle,
    /// `busy`: An operation runs on the device (e.g. waiting for the card); another one is refused with 380201.
    #[serde(rename = "busy")]
    Busy,
}
impl DeviceState {
    /// Every state, in spec order.
    pub const ALL: &'static [Self] = &[Self::Idle, Self::Busy];
    /// The state things start in.
    pub const INITIAL: Self = Self::Idle;
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
        false
    }
}
impl StateMachine for DeviceState {
    type Operation = OperationId;
    type Code = Code;
    const LIFECYCLE: &'static LifecycleInfo<Self> = {
        static TABLES: LifecycleInfo<DeviceState> = LifecycleInfo {
            id: "device",
            states: DeviceState::ALL,
            initial: DeviceState::INITIAL,
            terminal: &[],
            attributes: &[
                AttributeInfo {
                    id: "device",
                    kind: ValueKind::Text,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::Vuk509Payment,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Void,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509Refund,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk509EndOfDay,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Payment,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Void,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507Refund,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentStart,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507EndOfDay,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: DeviceState::Idle,
                    to: DeviceState::Busy,
                    cause: Cause::Operation(OperationId::Vuk509Payment),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380201 implies one operation at a time per device; sales, voids and refunds block until the card is presented.",
                        ),
                    },
                },
                TransitionInfo {
                    from: DeviceState::Idle,
                    to: DeviceState::Busy,
                    cause: Cause::Operation(OperationId::Vuk509Void),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380201 implies one operation at a time per device; sales, voids and refunds block until the card is presented.",
                        ),
                    },
                },
                TransitionInfo {
                    from: DeviceState::Idle,
                    to: DeviceState::Busy,
                    cause: Cause::Operation(OperationId::Vuk509Refund),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380201 implies one operation at a time per device; sales, voids and refunds block until the card is presented.",
                        ),
                    },
                },
                TransitionInfo {
                    from: DeviceState::Idle,
                    to: DeviceState::Busy,
                    cause: Cause::Operation(OperationId::Vuk509EndOfDay),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380201 implies one operation at a time per device; sales, voids and refunds block until the card is presented.",
                        ),
                    },
                },
                TransitionInfo {
                    from: DeviceState::Idle,
                    to: DeviceState::Busy,
                    cause: Cause::Operation(OperationId::Vuk507Payment),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380201 implies one operation at a time per device; sales, voids and refunds block until the card is presented.",
                        ),
                    },
                },
                TransitionInfo {
                    from: DeviceState::Idle,
                    to: DeviceState::Busy,
                    cause: Cause::Operation(OperationId::Vuk507Void),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380201 implies one operation at a time per device; sales, voids and refunds block until the card is presented.",
                        ),
                    },
                },
                TransitionInfo {
                    from: DeviceState::Idle,
                    to: DeviceState::Busy,
                    cause: Cause::Operation(OperationId::Vuk507Refund),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380201 implies one operation at a time per device; sales, voids and refunds block until the card is presented.",
                        ),
                    },
                },
                TransitionInfo {
                    from: DeviceState::Idle,
                    to: DeviceState::Busy,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentStart),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380201 implies one operation at a time per device; sales, voids and refunds block until the card is presented.",
                        ),
                    },
                },
                TransitionInfo {
                    from: DeviceState::Idle,
                    to: DeviceState::Busy,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentAddPayment),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380201 implies one operation at a time per device; sales, voids and refunds block until the card is presented.",
                        ),
                    },
                },
                TransitionInfo {
                    from: DeviceState::Idle,
                    to: DeviceState::Busy,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentComplete),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380201 implies one operation at a time per device; sales, voids and refunds block until the card is presented.",
                        ),
                    },
                },
                TransitionInfo {
                    from: DeviceState::Idle,
                    to: DeviceState::Busy,
                    cause: Cause::Operation(OperationId::Vuk507EndOfDay),
                    when: None,
                    effects: &[],
                    guard: None,
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "Seed 000's 380201 implies one operation at a time per device; sales, voids and refunds block until the card is presented.",
                        ),
                    },
                },
                TransitionInfo {
                    from: DeviceState::Busy,
                    to: DeviceState::Idle,
                    cause: Cause::External("device_finishes"),
                    when: None,
                    effects: &[],
                    guard: Some(
                        "The device finishes the operation and answers; a 380103 timeout on the host does not end it.",
                    ),
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "380103 only says the host stopped waiting; nothing says the device stopped, so the caller must query first.",
                        ),
                    },
                },
            ],
            forbidden: &[
                ForbiddenInfo {
                    state: DeviceState::Busy,
                    operation: OperationId::Vuk509Payment,
                    when: None,
                    guard: None,
                    code: Code::TerminalBusy,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380201 (terminal busy, wait for the previous operation to complete) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: DeviceState::Busy,
                    operation: OperationId::Vuk509Void,
                    when: None,
                    guard: None,
                    code: Code::TerminalBusy,
                    http_status: 422,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380201 (terminal busy, wait for the previous operation to complete) but no HTTP status; the entry pairs it with 422, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: DeviceState::Busy,
                    operation: OperationId::Vuk509Refund,
                    when: None,
                    guard: None,
                    code: Code::TerminalBusy,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[4],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380201 (terminal busy, wait for the previous operation to complete) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: DeviceState::Busy,
                    operation: OperationId::Vuk509EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::TerminalBusy,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[5],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380201 (terminal busy, wait for the previous operation to complete) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: DeviceState::Busy,
                    operation: OperationId::Vuk507Payment,
                    when: None,
                    guard: None,
                    code: Code::TerminalBusy,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[11],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380201 (terminal busy, wait for the previous operation to complete) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: DeviceState::Busy,
                    operation: OperationId::Vuk507Void,
                    when: None,
                    guard: None,
                    code: Code::TerminalBusy,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[7],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380201 (terminal busy, wait for the previous operation to complete) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: DeviceState::Busy,
                    operation: OperationId::Vuk507Refund,
                    when: None,
                    guard: None,
                    code: Code::TerminalBusy,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[12],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380201 (terminal busy, wait for the previous operation to complete) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: DeviceState::Busy,
                    operation: OperationId::Vuk507PartialPaymentStart,
                    when: None,
                    guard: None,
                    code: Code::TerminalBusy,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[13],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380201 (terminal busy, wait for the previous operation to complete) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: DeviceState::Busy,
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    when: None,
                    guard: None,
                    code: Code::TerminalBusy,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380201 (terminal busy, wait for the previous operation to complete) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: DeviceState::Busy,
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    when: None,
                    guard: None,
                    code: Code::TerminalBusy,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380201 (terminal busy, wait for the previous operation to complete) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: DeviceState::Busy,
                    operation: OperationId::Vuk507EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::TerminalBusy,
                    http_status: 400,
                    arguments: &[],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[9],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The error-code page (seed 000) gives 380201 (terminal busy, wait for the previous operation to complete) but no HTTP status; the entry pairs it with 400, the failure status this operation's page documents.",
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
            Self::Idle => "idle",
            Self::Busy => "busy",
        }
    }
}
/// The states of the lifecycle `vuk507-partial-payment`: A VUK 507 partial payment: one sale paid with several payment instruments. start answers saleNumber and the remainder; add-payment pays part of it and may be repeated while something remains, never above the remainder; complete finalizes the sale only when the remainder is 0, and the completed sale then follows the VUK 507 payment lifecycle. The API has no cancel and no timeout for it: a partial payment never completed stays open, and an end of day on its device is refused with 380104 until it is completed.
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
pub enum Vuk507PartialPaymentState {
    /// `not_started`: No partial payment exists under the saleNumber named.
    #[serde(rename = "not_started")]
    NotStarted,
    /// `started`: Started: saleNumber issued, nothing paid yet; remainingPaymentAmount is the whole sale.
    #[serde(rename = "started")]
    Started,
    /// `paid_down`: Some payments were added; remainingPaymentAmount is above 0.
    #[serde(rename = "paid_down")]
    PaidDown,
    /// `fully_paid`: The payments added cover the sale: remainingPaymentAmount is 0; waiting for complete.
    #[serde(rename = "fully_paid")]
    FullyPaid,
    /// `completed`: Completed: the sale is finalized and answered as a sale response.
    #[serde(rename = "completed")]
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
        matches!(self, Self::Completed)
    }
}
impl StateMachine for Vuk507PartialPaymentState {
    type Operation = OperationId;
    type Code = Code;
    const LIFECYCLE: &'static LifecycleInfo<Self> = {
        static TABLES: LifecycleInfo<Vuk507PartialPaymentState> = LifecycleInfo {
            id: "vuk507-partial-payment",
            states: Vuk507PartialPaymentState::ALL,
            initial: Vuk507PartialPaymentState::INITIAL,
            terminal: &[Vuk507PartialPaymentState::Completed],
            attributes: &[
                AttributeInfo {
                    id: "client",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "reference",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "sale_number",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "device",
                    kind: ValueKind::Text,
                },
                AttributeInfo {
                    id: "remaining",
                    kind: ValueKind::Decimal,
                },
            ],
            keys: &[
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentStart,
                    matches: &[
                        ("client", OperandInfo::Credential(Credential::ClientId)),
                        (
                            "reference",
                            OperandInfo::Request(
                                "transactionReferenceId",
                                ValueKind::Text,
                            ),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    matches: &[
                        (
                            "sale_number",
                            OperandInfo::Request("saleNumber", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    matches: &[
                        (
                            "sale_number",
                            OperandInfo::Request("saleNumber", ValueKind::Text),
                        ),
                    ],
                    each: false,
                },
                KeyInfo {
                    operation: OperationId::Vuk507EndOfDay,
                    matches: &[
                        (
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    each: true,
                },
            ],
            transitions: &[
                TransitionInfo {
                    from: Vuk507PartialPaymentState::NotStarted,
                    to: Vuk507PartialPaymentState::Started,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentStart),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[
                        EffectInfo::Set(
                            "sale_number",
                            OperandInfo::Response("saleNumber", ValueKind::Text),
                        ),
                        EffectInfo::Set(
                            "remaining",
                            OperandInfo::Response(
                                "remainingPaymentAmount",
                                ValueKind::Decimal,
                            ),
                        ),
                        EffectInfo::Set(
                            "device",
                            OperandInfo::Request("deviceUniqueId", ValueKind::Text),
                        ),
                    ],
                    guard: Some(
                        "Approved: start answers saleNumber and remainingPaymentAmount.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[13],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk507PartialPaymentState::Started,
                    to: Vuk507PartialPaymentState::PaidDown,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentAddPayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Attribute("remaining"),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "remaining",
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("remaining"),
                                &OperandInfo::Request("price", ValueKind::Decimal),
                            ),
                        ),
                    ],
                    guard: Some(
                        "Approved, and price is less than remainingPaymentAmount.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk507PartialPaymentState::Started,
                    to: Vuk507PartialPaymentState::FullyPaid,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentAddPayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Attribute("remaining"),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "remaining",
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("remaining"),
                                &OperandInfo::Request("price", ValueKind::Decimal),
                            ),
                        ),
                    ],
                    guard: Some("Approved, and price equals remainingPaymentAmount."),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk507PartialPaymentState::PaidDown,
                    to: Vuk507PartialPaymentState::PaidDown,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentAddPayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Lt,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Attribute("remaining"),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "remaining",
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("remaining"),
                                &OperandInfo::Request("price", ValueKind::Decimal),
                            ),
                        ),
                    ],
                    guard: Some(
                        "Approved, and price is less than remainingPaymentAmount.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk507PartialPaymentState::PaidDown,
                    to: Vuk507PartialPaymentState::FullyPaid,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentAddPayment),
                    when: Some(
                        GuardInfo::All(
                            &[
                                GuardInfo::Outcome(Outcome::Approved),
                                GuardInfo::Compare(
                                    Comparison::Eq,
                                    OperandInfo::Request("price", ValueKind::Decimal),
                                    OperandInfo::Attribute("remaining"),
                                ),
                            ],
                        ),
                    ),
                    effects: &[
                        EffectInfo::Set(
                            "remaining",
                            OperandInfo::Difference(
                                &OperandInfo::Attribute("remaining"),
                                &OperandInfo::Request("price", ValueKind::Decimal),
                            ),
                        ),
                    ],
                    guard: Some("Approved, and price equals remainingPaymentAmount."),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
                TransitionInfo {
                    from: Vuk507PartialPaymentState::FullyPaid,
                    to: Vuk507PartialPaymentState::Completed,
                    cause: Cause::Operation(OperationId::Vuk507PartialPaymentComplete),
                    when: Some(GuardInfo::Outcome(Outcome::Approved)),
                    effects: &[],
                    guard: Some(
                        "Approved: the sale is finalized, with remainingPaymentAmount 0.",
                    ),
                    basis: Basis::Vendor,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Vendor,
                        reason: None,
                    },
                },
            ],
            forbidden: &[
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::NotStarted,
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundById,
                    http_status: 400,
                    arguments: &[
                        ("id", OperandInfo::Request("saleNumber", ValueKind::Text)),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "saleNumber is the main payment id of the flow; 380108 (payment not found with id) is the closest catalog code.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::NotStarted,
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    when: None,
                    guard: None,
                    code: Code::PaymentNotFoundById,
                    http_status: 400,
                    arguments: &[
                        ("id", OperandInfo::Request("saleNumber", ValueKind::Text)),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[0],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "saleNumber is the main payment id of the flow; 380108 (payment not found with id) is the closest catalog code.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::Started,
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Gt,
                            OperandInfo::Request("price", ValueKind::Decimal),
                            OperandInfo::Attribute("remaining"),
                        ),
                    ),
                    guard: Some("price exceeds remainingPaymentAmount."),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("price exceeds remainingPaymentAmount"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page says add-payment must not exceed the remainder and complete needs a remainder of 0 but names no code; 380104 with details is the spec's choice, defensible because both are checks of the request against the flow it names (its price, its saleNumber), which is what VALIDATION_ERROR answers.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::PaidDown,
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    when: Some(
                        GuardInfo::Compare(
                            Comparison::Gt,
                            OperandInfo::Request("price", ValueKind::Decimal),
                            OperandInfo::Attribute("remaining"),
                        ),
                    ),
                    guard: Some("price exceeds remainingPaymentAmount."),
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("price exceeds remainingPaymentAmount"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page says add-payment must not exceed the remainder and complete needs a remainder of 0 but names no code; 380104 with details is the spec's choice, defensible because both are checks of the request against the flow it names (its price, its saleNumber), which is what VALIDATION_ERROR answers.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::FullyPaid,
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("remainingPaymentAmount is already 0"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page says add-payment must not exceed the remainder and complete needs a remainder of 0 but names no code; 380104 with details is the spec's choice, defensible because both are checks of the request against the flow it names (its price, its saleNumber), which is what VALIDATION_ERROR answers.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::Started,
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("remainingPaymentAmount is not 0"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page says add-payment must not exceed the remainder and complete needs a remainder of 0 but names no code; 380104 with details is the spec's choice, defensible because both are checks of the request against the flow it names (its price, its saleNumber), which is what VALIDATION_ERROR answers.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::PaidDown,
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("remainingPaymentAmount is not 0"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The page says add-payment must not exceed the remainder and complete needs a remainder of 0 but names no code; 380104 with details is the spec's choice, defensible because both are checks of the request against the flow it names (its price, its saleNumber), which is what VALIDATION_ERROR answers.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::Completed,
                    operation: OperationId::Vuk507PartialPaymentAddPayment,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("the partial payment is already completed"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The pages give no code for a call on a completed partial payment; 380104 with details is the spec's choice: the request names a saleNumber whose flow is closed, and 380108 (payment not found with id) would deny that it exists.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::Completed,
                    operation: OperationId::Vuk507PartialPaymentComplete,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text("the partial payment is already completed"),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The pages give no code for a call on a completed partial payment; 380104 with details is the spec's choice: the request names a saleNumber whose flow is closed, and 380108 (payment not found with id) would deny that it exists.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::Started,
                    operation: OperationId::Vuk507EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "a partial payment is open on the device; complete it before end of day",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The pages give no timeout, cancel or end-of-day rule for an open partial payment; a fiscal device cannot close its day with a sale open, so the spec refuses the end of day until the partial payment is completed. No catalog code names it; 380104 carries the reason in its details, while 380201 (terminal busy, wait) would invite a blind retry that never succeeds until the caller completes the partial payment.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::PaidDown,
                    operation: OperationId::Vuk507EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "a partial payment is open on the device; complete it before end of day",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The pages give no timeout, cancel or end-of-day rule for an open partial payment; a fiscal device cannot close its day with a sale open, so the spec refuses the end of day until the partial payment is completed. No catalog code names it; 380104 carries the reason in its details, while 380201 (terminal busy, wait) would invite a blind retry that never succeeds until the caller completes the partial payment.",
                        ),
                    },
                },
                ForbiddenInfo {
                    state: Vuk507PartialPaymentState::FullyPaid,
                    operation: OperationId::Vuk507EndOfDay,
                    when: None,
                    guard: None,
                    code: Code::RequestValidationFailed,
                    http_status: 400,
                    arguments: &[
                        (
                            "details",
                            OperandInfo::Literal(
                                Literal::Text(
                                    "a partial payment is open on the device; complete it before end of day",
                                ),
                            ),
                        ),
                    ],
                    basis: Basis::Decision,
                    provenance: crate::support::Provenance {
                        source: &super::SOURCES[8],
                        basis: crate::support::Basis::Decision,
                        reason: Some(
                            "The pages give no timeout, cancel or end-of-day rule for an open partial payment; a fiscal device cannot close its day with a sale open, so the spec refuses the end of day until the partial payment is completed. No catalog code names it; 380104 carries the reason in its details, while 380201 (terminal busy, wait) would invite a blind retry that never succeeds until the caller completes the partial payment.",
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
            Self::NotStarted => "not_started",
            Self::Started => "started",
            Self::PaidDown => "paid_down",
            Self::FullyPaid => "fully_paid",
            Self::Completed => "completed",
        }
    }
}
