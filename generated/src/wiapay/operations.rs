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
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
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
            },
            ResponseInfo {
                status: 201,
                message: Some("DepositResponse"),
                tolerated: None,
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 404,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 409,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
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
            },
            ResponseInfo {
                status: 201,
                message: Some("WithdrawResponse"),
                tolerated: None,
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 404,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 409,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
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
            },
            ResponseInfo {
                status: 401,
                message: None,
                tolerated: None,
            },
        ],
        errors: &[],
        error_groups: &[],
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
            },
            ResponseInfo {
                status: 401,
                message: None,
                tolerated: None,
            },
        ],
        errors: &[],
        error_groups: &[],
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
