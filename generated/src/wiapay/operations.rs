// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The operations of the WiaPay API, from `spec/wiapay/`.
#[allow(unused_imports)]
use crate::support::{
    AllowedIn, BodyEncoding, Direction, Method, Mode, NoBody, NoParameters, Operation,
    OperationInfo, ParameterIn, Parameters, ResponseInfo,
};
#[allow(unused_imports)]
use super::messages::*;
#[allow(unused_imports)]
use super::enums::*;
/// The marker of the WiaPay API operations common to every mode.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Common;
impl Mode for Common {
    const ID: &'static str = "common";
}
impl AllowedIn<Common> for Common {}
/// `GET /v1/available-banks`: Use this endpoint to retrieve the list of banks that are currently available for processing deposit transactions. The response includes bank options with their minimum and maximum limits, plus a single FAST transfer option if available.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetAvailableBanks;
impl Operation for GetAvailableBanks {
    const INFO: OperationInfo = OperationInfo {
        id: "available-banks",
        direction: Direction::Request,
        method: Method::Get,
        path: "/v1/available-banks",
        auth: "request-signature",
        body: BodyEncoding::None,
        mode: None,
        request: None,
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("AvailableBanksResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[2],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The page shows no status; 200 OK is the seed's status for a request that succeeded.",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's status table lists 429 Too Many Requests; no code in its catalog belongs to it.",
                    ),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's Server Errors (500) heading lists both codes.",
                    ),
                },
            },
        ],
        errors: &[
            "MISSING_API_KEY",
            "INVALID_API_KEY",
            "MISSING_SIGNATURE",
            "INVALID_SIGNATURE",
            "MISSING_TIMESTAMP",
            "INVALID_TIMESTAMP",
            "TIMESTAMP_EXPIRED",
            "SITE_INACTIVE",
            "IP_NOT_WHITELISTED",
            "INTERNAL_SERVER_ERROR",
            "SERVICE_UNAVAILABLE",
        ],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[2],
            basis: crate::support::Basis::Vendor,
            reason: Some(
                "GET /v1/available-banks with the three signature headers; a GET signs an empty body. It has no body, so no validation codes; SITE_INACTIVE applies to every signed call of a suspended account (the project's reading), and so does IP_NOT_WHITELISTED, since the quickstart registers the merchant's server IPs with its credentials (discrepancy ip-whitelist-scope). The quickstart lists Content-Type: application/json among the headers of every request; with no body, content_type is none here and the header, sent or not, is not part of the signature.",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = NoBody;
}
/// `POST /v1/deposit`: Use this endpoint to create a new deposit transaction. After creating the transaction, redirect your customer to the checkout URL where they can complete the payment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CreateDeposit;
impl Operation for CreateDeposit {
    const INFO: OperationInfo = OperationInfo {
        id: "deposit",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v1/deposit",
        auth: "request-signature",
        body: BodyEncoding::Json,
        mode: None,
        request: Some("DepositRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("DepositResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The seed's status table: 201 Created, resource created successfully; which operations use it is not documented.",
                    ),
                },
            },
            ResponseInfo {
                status: 201,
                message: Some("DepositResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The seed's status table: 201 Created, resource created successfully; which operations use it is not documented.",
                    ),
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 404,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 409,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's status table lists 429 Too Many Requests; no code in its catalog belongs to it.",
                    ),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's Server Errors (500) heading lists both codes.",
                    ),
                },
            },
        ],
        errors: &[
            "MISSING_API_KEY",
            "INVALID_API_KEY",
            "MISSING_SIGNATURE",
            "INVALID_SIGNATURE",
            "MISSING_TIMESTAMP",
            "INVALID_TIMESTAMP",
            "TIMESTAMP_EXPIRED",
            "SITE_INACTIVE",
            "IP_NOT_WHITELISTED",
            "VALIDATION_ERROR",
            "INVALID_AMOUNT",
            "AMOUNT_OUT_OF_RANGE",
            "INVALID_BANK",
            "INVALID_CURRENCY",
            "BANK_NOT_FOUND",
            "DUPLICATE_TRANSACTION",
            "INTERNAL_SERVER_ERROR",
            "SERVICE_UNAVAILABLE",
        ],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[4],
            basis: crate::support::Basis::Vendor,
            reason: Some(
                "POST /v1/deposit with a JSON body; the codes are the seed's validation, resource and server codes that concern a deposit body, and IP_NOT_WHITELISTED, since the quickstart registers the merchant's server IPs with its credentials (discrepancy ip-whitelist-scope).",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = DepositRequest;
}
/// `POST /v1/withdraw`: Use this endpoint to create a withdrawal (payout) request. The funds will be transferred to the customer's bank account specified in the request. You'll receive a callback when the transaction status changes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CreateWithdrawal;
impl Operation for CreateWithdrawal {
    const INFO: OperationInfo = OperationInfo {
        id: "withdraw",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v1/withdraw",
        auth: "request-signature",
        body: BodyEncoding::Json,
        mode: None,
        request: Some("WithdrawRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("WithdrawResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The seed's status table: 201 Created, resource created successfully; which operations use it is not documented.",
                    ),
                },
            },
            ResponseInfo {
                status: 201,
                message: Some("WithdrawResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The seed's status table: 201 Created, resource created successfully; which operations use it is not documented.",
                    ),
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 404,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 409,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's HTTP status table and its error response format.",
                    ),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's status table lists 429 Too Many Requests; no code in its catalog belongs to it.",
                    ),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "The seed's Server Errors (500) heading lists both codes.",
                    ),
                },
            },
        ],
        errors: &[
            "MISSING_API_KEY",
            "INVALID_API_KEY",
            "MISSING_SIGNATURE",
            "INVALID_SIGNATURE",
            "MISSING_TIMESTAMP",
            "INVALID_TIMESTAMP",
            "TIMESTAMP_EXPIRED",
            "SITE_INACTIVE",
            "IP_NOT_WHITELISTED",
            "INSUFFICIENT_BALANCE",
            "VALIDATION_ERROR",
            "INVALID_AMOUNT",
            "AMOUNT_OUT_OF_RANGE",
            "INVALID_BANK",
            "INVALID_IBAN",
            "INVALID_CURRENCY",
            "BANK_NOT_FOUND",
            "DUPLICATE_TRANSACTION",
            "INTERNAL_SERVER_ERROR",
            "SERVICE_UNAVAILABLE",
        ],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[7],
            basis: crate::support::Basis::Vendor,
            reason: Some(
                "POST /v1/withdraw, only accepted from whitelisted IP addresses; INSUFFICIENT_BALANCE concerns withdrawals per the seed. INVALID_CURRENCY is kept although the withdraw body documents no currency field, because a server may still validate one.",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = WithdrawRequest;
}
/// `POST {depositCallbackUrl}`: WiaPay's POST to the merchant when a deposit's status changes; the payload's type is deposit. Several callbacks may come for one transaction (pending, processing, completed): the receiver handles them idempotently, processing each status change once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DepositCallback;
impl Operation for DepositCallback {
    const INFO: OperationInfo = OperationInfo {
        id: "deposit-callback",
        direction: Direction::Callback,
        method: Method::Post,
        path: "{depositCallbackUrl}",
        auth: "callback-signature",
        body: BodyEncoding::Json,
        mode: None,
        request: Some("CallbackPayload"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: None,
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[3],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "Return 2xx status code to acknowledge receipt; timeout 30 seconds.",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: None,
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[3],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The vendor says callbacks carry X-Signature and X-Timestamp for verification and that a 2xx acknowledges receipt, but not what to answer when verification fails; the project answers 401 Unauthorized, the status WiaPay itself uses for INVALID_SIGNATURE and TIMESTAMP_EXPIRED (discrepancy callback-signing-recipe).",
                    ),
                },
            },
        ],
        errors: &[],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[3],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "The vendor documents one payload with a type field sent to one callback URL; the spec models deposit and withdrawal callbacks as two operations sharing the CallbackPayload message, so that each transaction type has its own operation in the lifecycle and the emulator, and gives them distinct path placeholders because two operations may not share a method and path. On the wire both may reach the same URL; the receiver tells them apart by type. The model cannot pin the payload's type per operation (both share CallbackPayload), so a receiver dispatches on type: a payload of the other type belongs to the other operation. Each callback carries the lifecycle transition its status names (lifecycle wiapay-transaction).",
            ),
        },
    };
    type Mode = Common;
    type Parameters = DepositCallbackParameters;
    type Request = CallbackPayload;
}
/// The parameters of [`DepositCallback`].
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct DepositCallbackParameters {
    /// `depositCallbackUrl` (path): The deposit's callback URL: the callbackUrl sent with POST /v1/deposit, or else the site's default callback URL configured at registration. HTTPS only.
    #[serde(rename = "depositCallbackUrl")]
    pub deposit_callback_url: String,
    /// `User-Agent` (header): WiaPay sends WiaPay-Callback/1.0. It identifies the sender but proves nothing; the signature does.
    #[serde(rename = "User-Agent", default)]
    pub user_agent: Option<String>,
}
impl Parameters for DepositCallbackParameters {
    fn values(&self) -> Vec<(&'static str, ParameterIn, String)> {
        let mut out = vec![
            ("depositCallbackUrl", ParameterIn::Path, self.deposit_callback_url
            .to_string())
        ];
        if let Some(value) = &self.user_agent {
            out.push(("User-Agent", ParameterIn::Header, value.to_string()));
        }
        out
    }
}
/// `POST {withdrawalCallbackUrl}`: WiaPay's POST to the merchant when a withdrawal's status changes; the payload's type is withdrawal. Several callbacks may come for one transaction (pending, processing, completed): the receiver handles them idempotently, processing each status change once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WithdrawalCallback;
impl Operation for WithdrawalCallback {
    const INFO: OperationInfo = OperationInfo {
        id: "withdrawal-callback",
        direction: Direction::Callback,
        method: Method::Post,
        path: "{withdrawalCallbackUrl}",
        auth: "callback-signature",
        body: BodyEncoding::Json,
        mode: None,
        request: Some("CallbackPayload"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: None,
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[3],
                    basis: crate::support::Basis::Vendor,
                    reason: Some(
                        "Return 2xx status code to acknowledge receipt; timeout 30 seconds.",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: None,
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[3],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The vendor says callbacks carry X-Signature and X-Timestamp for verification and that a 2xx acknowledges receipt, but not what to answer when verification fails; the project answers 401 Unauthorized, the status WiaPay itself uses for INVALID_SIGNATURE and TIMESTAMP_EXPIRED (discrepancy callback-signing-recipe).",
                    ),
                },
            },
        ],
        errors: &[],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[3],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "The vendor documents one payload with a type field sent to one callback URL; the spec models deposit and withdrawal callbacks as two operations sharing the CallbackPayload message, so that each transaction type has its own operation in the lifecycle and the emulator, and gives them distinct path placeholders because two operations may not share a method and path. On the wire both may reach the same URL; the receiver tells them apart by type. The model cannot pin the payload's type per operation (both share CallbackPayload), so a receiver dispatches on type: a payload of the other type belongs to the other operation. Each callback carries the lifecycle transition its status names (lifecycle wiapay-transaction).",
            ),
        },
    };
    type Mode = Common;
    type Parameters = WithdrawalCallbackParameters;
    type Request = CallbackPayload;
}
/// The parameters of [`WithdrawalCallback`].
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct WithdrawalCallbackParameters {
    /// `withdrawalCallbackUrl` (path): The site's default callback URL configured at registration (a withdrawal request has no callbackUrl). HTTPS only.
    #[serde(rename = "withdrawalCallbackUrl")]
    pub withdrawal_callback_url: String,
    /// `User-Agent` (header): WiaPay sends WiaPay-Callback/1.0. It identifies the sender but proves nothing; the signature does.
    #[serde(rename = "User-Agent", default)]
    pub user_agent: Option<String>,
}
impl Parameters for WithdrawalCallbackParameters {
    fn values(&self) -> Vec<(&'static str, ParameterIn, String)> {
        let mut out = vec![
            ("withdrawalCallbackUrl", ParameterIn::Path, self.withdrawal_callback_url
            .to_string())
        ];
        if let Some(value) = &self.user_agent {
            out.push(("User-Agent", ParameterIn::Header, value.to_string()));
        }
        out
    }
}
/// Every operation, in spec order.
pub const OPERATIONS: &[OperationInfo] = &[
    <GetAvailableBanks as Operation>::INFO,
    <CreateDeposit as Operation>::INFO,
    <CreateWithdrawal as Operation>::INFO,
    <DepositCallback as Operation>::INFO,
    <WithdrawalCallback as Operation>::INFO,
];
/// Where a request says which language its answer's texts are written in.
pub const REQUEST_LANGUAGE: crate::support::RequestLanguage = crate::support::RequestLanguage::Fixed {
    lang: crate::support::Lang::En,
    provenance: crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Decision,
        reason: Some(
            "WiaPay documents its error messages in English only and no way to ask for another language, so its answers are English.",
        ),
    },
};
/// The operations of the WiaPay API, as values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OperationId {
    /// `available-banks`: `GET /v1/available-banks`.
    GetAvailableBanks,
    /// `deposit`: `POST /v1/deposit`.
    CreateDeposit,
    /// `withdraw`: `POST /v1/withdraw`.
    CreateWithdrawal,
    /// `deposit-callback`: `POST {depositCallbackUrl}`.
    DepositCallback,
    /// `withdrawal-callback`: `POST {withdrawalCallbackUrl}`.
    WithdrawalCallback,
}
impl OperationId {
    /// Every operation, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::GetAvailableBanks,
        Self::CreateDeposit,
        Self::CreateWithdrawal,
        Self::DepositCallback,
        Self::WithdrawalCallback,
    ];
    /// What the spec says of the operation.
    pub const fn info(self) -> &'static OperationInfo {
        match self {
            Self::GetAvailableBanks => &<GetAvailableBanks as Operation>::INFO,
            Self::CreateDeposit => &<CreateDeposit as Operation>::INFO,
            Self::CreateWithdrawal => &<CreateWithdrawal as Operation>::INFO,
            Self::DepositCallback => &<DepositCallback as Operation>::INFO,
            Self::WithdrawalCallback => &<WithdrawalCallback as Operation>::INFO,
        }
    }
    /// The operation's id, e.g. `vuk509-payment`.
    pub fn id(self) -> &'static str {
        self.info().id
    }
    /// The operation with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|operation| operation.id() == id)
    }
}
