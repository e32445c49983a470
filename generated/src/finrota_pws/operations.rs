// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The operations of the Finrota Payment Web Service (PWS), from `spec/finrota-pws/`.
#[allow(unused_imports)]
use crate::support::{
    AllowedIn, BodyEncoding, Direction, Method, Mode, NoBody, NoParameters, Operation,
    OperationInfo, ParameterIn, Parameters, ResponseInfo,
};
#[allow(unused_imports)]
use super::messages::*;
#[allow(unused_imports)]
use super::enums::*;
/// The marker of the Finrota Payment Web Service (PWS) operations common to every mode.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Common;
impl Mode for Common {
    const ID: &'static str = "common";
}
impl AllowedIn<Common> for Common {}
/// `POST /auth/api/token/connect`: Before you start using the API, you need to create a token for yourself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TokenConnect;
impl Operation for TokenConnect {
    const INFO: OperationInfo = OperationInfo {
        id: "token-connect",
        direction: Direction::Request,
        method: Method::Post,
        path: "/auth/api/token/connect",
        auth: "api-credentials",
        body: BodyEncoding::Json,
        mode: None,
        request: Some("AccessTokenRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("AccessToken"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[2],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The success shape of the operation's page, inside the seed's envelope.",
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
                    reason: Some("HTTP status of P001 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P002 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P003 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P007 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P008 in the seed's code table."),
                },
            },
        ],
        errors: &["P001", "P002", "P003", "P007", "P008"],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[2],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies from the token page; its errors are decided (wrong credentials P002, missing fields P001, no permission or licence P003) because the page documents none.",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = AccessTokenRequest;
}
/// `GET /pws/paymentSet`: This service lists all payment sets defined in the portal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListPaymentSets;
impl Operation for ListPaymentSets {
    const INFO: OperationInfo = OperationInfo {
        id: "list-payment-sets",
        direction: Direction::Request,
        method: Method::Get,
        path: "/pws/paymentSet",
        auth: "bearer-access-token",
        body: BodyEncoding::None,
        mode: None,
        request: None,
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("PaymentSetListResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[6],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The success shape of the operation's page, inside the seed's envelope.",
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
                    reason: Some("HTTP status of P002 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P003 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P007 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P008 in the seed's code table."),
                },
            },
        ],
        errors: &["P002", "P003", "P007", "P008"],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[6],
            basis: crate::support::Basis::Vendor,
            reason: Some(
                "The service does not accept any parameters; errors judged by the project: no input, so no P001.",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = NoBody;
}
/// `GET /pws/paymentOptions`: Returns a list of POS entries. For each POS, basic fields and commRates (installment/commission) are included.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListPaymentOptions;
impl Operation for ListPaymentOptions {
    const INFO: OperationInfo = OperationInfo {
        id: "list-payment-options",
        direction: Direction::Request,
        method: Method::Get,
        path: "/pws/paymentOptions",
        auth: "bearer-access-token",
        body: BodyEncoding::None,
        mode: None,
        request: None,
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("PaymentOptionListResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[11],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The seed: a 200 is systemically successful yet data.isSuccess may be false; 600–609 are not HTTP statuses (RFC 9110 allows 100–599), so P011–P020 travel with HTTP 200 and the pseudo-status in statusCode.",
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
                    reason: Some("HTTP status of P001 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P002 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P003 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P007 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P008 in the seed's code table."),
                },
            },
        ],
        errors: &["P001", "P002", "P003", "P007", "P008", "P019", "P020"],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[11],
            basis: crate::support::Basis::Vendor,
            reason: Some(
                "Path and query parameters from the page; errors judged by the project (POS of the set P019, currency P020).",
            ),
        },
    };
    type Mode = Common;
    type Parameters = ListPaymentOptionsParameters;
    type Request = NoBody;
}
/// The parameters of [`ListPaymentOptions`].
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct ListPaymentOptionsParameters {
    /// `currency` (query): Currency (e.g. TRY, USD)
    #[serde(rename = "currency")]
    pub currency: String,
    /// `paymentSetId` (query): Payment set identifier
    #[serde(rename = "paymentSetId")]
    pub payment_set_id: String,
}
impl Parameters for ListPaymentOptionsParameters {
    fn values(&self) -> Vec<(&'static str, ParameterIn, String)> {
        vec![
            ("currency", ParameterIn::Query, self.currency.to_string()), ("paymentSetId",
            ParameterIn::Query, self.payment_set_id.to_string())
        ]
    }
}
/// `GET /pws/paymentOptions/{binNumber}`: Installments and commission rates for a card BIN: the general rules (3D limit, installment limits) and the eligible POS list of the payment set in the currency.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PaymentOptionsByBin;
impl Operation for PaymentOptionsByBin {
    const INFO: OperationInfo = OperationInfo {
        id: "payment-options-by-bin",
        direction: Direction::Request,
        method: Method::Get,
        path: "/pws/paymentOptions/{binNumber}",
        auth: "bearer-access-token",
        body: BodyEncoding::None,
        mode: None,
        request: None,
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("PaymentOptionsByBinResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[10],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The seed: a 200 is systemically successful yet data.isSuccess may be false; 600–609 are not HTTP statuses (RFC 9110 allows 100–599), so P011–P020 travel with HTTP 200 and the pseudo-status in statusCode.",
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
                    reason: Some("HTTP status of P001 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P002 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P003 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 422,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P006 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P007 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P008 in the seed's code table."),
                },
            },
        ],
        errors: &[
            "P001",
            "P002",
            "P003",
            "P006",
            "P007",
            "P008",
            "P018",
            "P019",
            "P020",
        ],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[10],
            basis: crate::support::Basis::Vendor,
            reason: Some(
                "Path and parameters from the page; errors judged by the project (malformed BIN P001 or P006, unknown BIN P018, POS P019, currency P020).",
            ),
        },
    };
    type Mode = Common;
    type Parameters = PaymentOptionsByBinParameters;
    type Request = NoBody;
}
/// The parameters of [`PaymentOptionsByBin`].
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct PaymentOptionsByBinParameters {
    /// `binNumber` (path): Card BIN number (6 or 8 digits, leading zeros are preserved)
    #[serde(rename = "binNumber")]
    pub bin_number: String,
    /// `currency` (query): Currency (e.g. TRY, USD)
    #[serde(rename = "currency")]
    pub currency: String,
    /// `paymentSetId` (query): Payment set identifier
    #[serde(rename = "paymentSetId")]
    pub payment_set_id: String,
    /// `amount` (query): (If provided) transaction amount to evaluate amount-based rules
    #[serde(rename = "amount", default)]
    pub amount: Option<crate::support::Decimal>,
}
impl Parameters for PaymentOptionsByBinParameters {
    fn values(&self) -> Vec<(&'static str, ParameterIn, String)> {
        let mut out = vec![
            ("binNumber", ParameterIn::Path, self.bin_number.to_string()), ("currency",
            ParameterIn::Query, self.currency.to_string()), ("paymentSetId",
            ParameterIn::Query, self.payment_set_id.to_string())
        ];
        if let Some(value) = &self.amount {
            out.push(("amount", ParameterIn::Query, value.to_string()));
        }
        out
    }
}
/// `POST /pws/payment`: Starts a 3D payment (use3D true: answered with the bank's redirect URL; the cardholder passes the OTP step and returns to returnUrl, where autoCommit finalizes it) or completes a non-3D payment at once (use3D false).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CreatePayment;
impl Operation for CreatePayment {
    const INFO: OperationInfo = OperationInfo {
        id: "create-payment",
        direction: Direction::Request,
        method: Method::Post,
        path: "/pws/payment",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: None,
        request: Some("PaymentRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("PaymentResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[9],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The seed: a 200 is systemically successful yet data.isSuccess may be false; 600–609 are not HTTP statuses (RFC 9110 allows 100–599), so P011–P020 travel with HTTP 200 and the pseudo-status in statusCode.",
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
                    reason: Some("HTTP status of P001 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P002 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P003 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 409,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P005 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 422,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P006 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P007 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P008 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 503,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P009 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 504,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P010 in the seed's code table."),
                },
            },
        ],
        errors: &[
            "P001",
            "P002",
            "P003",
            "P005",
            "P006",
            "P007",
            "P008",
            "P009",
            "P010",
            "P011",
            "P012",
            "P016",
            "P017",
            "P018",
            "P019",
            "P020",
        ],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[9],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "One operation for 3D and non-3D, selected by use3D; errors judged by the project from the seed's scenarios (duplicate P005 and P017, card or amount P006, bank P009 to P012, BIN P018, POS P019, currency P020, transaction type P016).",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = PaymentRequest;
}
/// `POST /pws/payment/commit`: Finalizes a 3D payment whose OTP step is done, where autoCommit did not already finalize it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CommitPayment;
impl Operation for CommitPayment {
    const INFO: OperationInfo = OperationInfo {
        id: "commit-payment",
        direction: Direction::Request,
        method: Method::Post,
        path: "/pws/payment/commit",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: None,
        request: Some("PaymentCommitRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("PaymentCommitResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The seed: a 200 is systemically successful yet data.isSuccess may be false; 600–609 are not HTTP statuses (RFC 9110 allows 100–599), so P011–P020 travel with HTTP 200 and the pseudo-status in statusCode.",
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
                    reason: Some("HTTP status of P001 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P002 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P003 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 404,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P004 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 409,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P005 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P007 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P008 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 503,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P009 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 504,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P010 in the seed's code table."),
                },
            },
        ],
        errors: &[
            "P001",
            "P002",
            "P003",
            "P004",
            "P005",
            "P007",
            "P008",
            "P009",
            "P010",
            "P011",
            "P012",
            "P017",
        ],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[0],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Listed only on the seed's error page, without a page of its own; its body, answer and errors are the project's model (discrepancy payment-commit-endpoint).",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = PaymentCommitRequest;
}
/// `GET /pws/payment/transaction`: Returns all details of a payment transaction. Compatible with ERP’s GetPayment output (field names & meanings). Send exactly one of transactionId, referenceNumber and clientReferenceNumber (clientOrderReferenceCode is another name of clientReferenceNumber, not a fourth identifier): several answer 404 (P004), none is refused. The parameter rule states this, as TransactionQueryRequest does for the POST body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetTransaction;
impl Operation for GetTransaction {
    const INFO: OperationInfo = OperationInfo {
        id: "get-transaction",
        direction: Direction::Request,
        method: Method::Get,
        path: "/pws/payment/transaction",
        auth: "bearer-access-token",
        body: BodyEncoding::None,
        mode: None,
        request: None,
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("TransactionResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[8],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The success shape of the operation's page, inside the seed's envelope.",
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
                    reason: Some("HTTP status of P001 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P002 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P003 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 404,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P004 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P007 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P008 in the seed's code table."),
                },
            },
        ],
        errors: &["P001", "P002", "P003", "P004", "P007", "P008"],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[8],
            basis: crate::support::Basis::Vendor,
            reason: Some(
                "GET with exactly one of three query identifiers; several answer 404 (P004). The rule is machine-readable on TransactionQueryRequest, the same identifiers as one object, because operations and parameters have no rules in the spec model.",
            ),
        },
    };
    type Mode = Common;
    type Parameters = GetTransactionParameters;
    type Request = NoBody;
}
/// The parameters of [`GetTransaction`].
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
pub struct GetTransactionParameters {
    /// `transactionId` (query): Unique system ID of the transaction.
    #[serde(rename = "transactionId", default)]
    pub transaction_id: Option<String>,
    /// `referenceNumber` (query): System reference (e.g., NTH2P00000002250).
    #[serde(rename = "referenceNumber", default)]
    pub reference_number: Option<String>,
    /// `clientReferenceNumber` (query): Merchant/order reference. A server also accepts `clientOrderReferenceCode`.
    #[serde(rename = "clientReferenceNumber", default)]
    #[serde(alias = "clientOrderReferenceCode")]
    pub client_reference_number: Option<String>,
}
impl GetTransactionParameters {
    /// The rules across these parameters (by wire name), with the error answered when one is broken.
    pub const RULES: &'static [crate::support::RuleInfo] = &[
        crate::support::RuleInfo {
            check: crate::support::RuleKind::AtLeastOneOf(
                &["transactionId", "referenceNumber", "clientReferenceNumber"],
            ),
            error: Some("P001"),
            doc: "At least one of the following identifiers is required; send at least one.",
            provenance: crate::support::Provenance {
                source: &super::SOURCES[8],
                basis: crate::support::Basis::Decision,
                reason: Some(
                    "The page requires an identifier but names no code for a query without one; P001's scenario on the error page is \"Required fields are missing\" (discrepancy transaction-query-identifiers).",
                ),
            },
        },
        crate::support::RuleInfo {
            check: crate::support::RuleKind::AtMostOneOf(
                &["transactionId", "referenceNumber", "clientReferenceNumber"],
            ),
            error: Some("P004"),
            doc: "Sending multiple will result in 404 error.",
            provenance: crate::support::Provenance {
                source: &super::SOURCES[8],
                basis: crate::support::Basis::Decision,
                reason: Some(
                    "The page answers several identifiers with 404; P004 is the error page's only 404 code (discrepancy transaction-query-identifiers).",
                ),
            },
        },
    ];
    /// The rules these parameters break.
    pub fn broken_rules(&self) -> Vec<&'static crate::support::RuleInfo> {
        let given: serde_json::Map<String, serde_json::Value> = self
            .values()
            .into_iter()
            .map(|(name, _, value)| (name.to_owned(), serde_json::Value::String(value)))
            .collect();
        crate::support::broken_rules(&serde_json::Value::Object(given), Self::RULES)
    }
}
impl Parameters for GetTransactionParameters {
    fn values(&self) -> Vec<(&'static str, ParameterIn, String)> {
        let mut out = vec![];
        if let Some(value) = &self.transaction_id {
            out.push(("transactionId", ParameterIn::Query, value.to_string()));
        }
        if let Some(value) = &self.reference_number {
            out.push(("referenceNumber", ParameterIn::Query, value.to_string()));
        }
        if let Some(value) = &self.client_reference_number {
            out.push(("clientReferenceNumber", ParameterIn::Query, value.to_string()));
        }
        out
    }
}
/// `POST /pws/payment/transaction`: Returns all details of a payment transaction, its identifier given in a JSON body instead of the query.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueryTransaction;
impl Operation for QueryTransaction {
    const INFO: OperationInfo = OperationInfo {
        id: "query-transaction",
        direction: Direction::Request,
        method: Method::Post,
        path: "/pws/payment/transaction",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: None,
        request: Some("TransactionQueryRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("TransactionResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[8],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The success shape of the operation's page, inside the seed's envelope.",
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
                    reason: Some("HTTP status of P001 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P002 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P003 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 404,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P004 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P007 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P008 in the seed's code table."),
                },
            },
        ],
        errors: &["P001", "P002", "P003", "P004", "P007", "P008"],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[4],
            basis: crate::support::Basis::Vendor,
            reason: Some(
                "The endpoint reference guide lists GET and POST /pws/payment/transaction.",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = TransactionQueryRequest;
}
/// `POST /pws/payment/cancel`: Cancels a successful transaction (transactionStatusId 1) by its referenceCode; the bank may refuse it (P013).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CancelPayment;
impl Operation for CancelPayment {
    const INFO: OperationInfo = OperationInfo {
        id: "cancel-payment",
        direction: Direction::Request,
        method: Method::Post,
        path: "/pws/payment/cancel",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: None,
        request: Some("PaymentCancelRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("PaymentCancelResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[14],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The seed: a 200 is systemically successful yet data.isSuccess may be false; 600–609 are not HTTP statuses (RFC 9110 allows 100–599), so P011–P020 travel with HTTP 200 and the pseudo-status in statusCode.",
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
                    reason: Some("HTTP status of P001 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P002 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P003 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 404,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P004 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 409,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P005 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P007 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P008 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 503,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P009 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 504,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P010 in the seed's code table."),
                },
            },
        ],
        errors: &[
            "P001",
            "P002",
            "P003",
            "P004",
            "P005",
            "P007",
            "P008",
            "P009",
            "P010",
            "P013",
        ],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[14],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Modeled on the VPWS cancellation page; errors judged by the project (unknown reference P004, the same cancel sent again P005, a cancellation that does not go through P013: the bank refuses it, or the payment is not one that can be cancelled).",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = PaymentCancelRequest;
}
/// `POST /pws/payment/refund`: Refunds a successful transaction by its referenceCode, fully (no amount) or partly (amount); the total refunded cannot exceed the transaction amount (P015).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RefundPayment;
impl Operation for RefundPayment {
    const INFO: OperationInfo = OperationInfo {
        id: "refund-payment",
        direction: Direction::Request,
        method: Method::Post,
        path: "/pws/payment/refund",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: None,
        request: Some("PaymentRefundRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("PaymentRefundResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[18],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The seed: a 200 is systemically successful yet data.isSuccess may be false; 600–609 are not HTTP statuses (RFC 9110 allows 100–599), so P011–P020 travel with HTTP 200 and the pseudo-status in statusCode.",
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
                    reason: Some("HTTP status of P001 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P002 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 403,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P003 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 404,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P004 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 409,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P005 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 422,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P006 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 429,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P007 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 500,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P008 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 503,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P009 in the seed's code table."),
                },
            },
            ResponseInfo {
                status: 504,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Vendor,
                    reason: Some("HTTP status of P010 in the seed's code table."),
                },
            },
        ],
        errors: &[
            "P001",
            "P002",
            "P003",
            "P004",
            "P005",
            "P006",
            "P007",
            "P008",
            "P009",
            "P010",
            "P014",
            "P015",
            "P017",
        ],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[18],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Modeled on the VPWS refund page; errors judged by the project (invalid amount P006, a double refund P005, P017, a refund that does not go through P014: the bank rejects it, or the payment took nothing to refund; over-refund P015).",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = PaymentRefundRequest;
}
/// Every operation, in spec order.
pub const OPERATIONS: &[OperationInfo] = &[
    <TokenConnect as Operation>::INFO,
    <ListPaymentSets as Operation>::INFO,
    <ListPaymentOptions as Operation>::INFO,
    <PaymentOptionsByBin as Operation>::INFO,
    <CreatePayment as Operation>::INFO,
    <CommitPayment as Operation>::INFO,
    <GetTransaction as Operation>::INFO,
    <QueryTransaction as Operation>::INFO,
    <CancelPayment as Operation>::INFO,
    <RefundPayment as Operation>::INFO,
];
/// Where a request says which language its answer's texts are written in.
pub const REQUEST_LANGUAGE: crate::support::RequestLanguage = crate::support::RequestLanguage::Header {
    header: "Accept-Language",
    default: crate::support::Lang::Tr,
    provenance: crate::support::Provenance {
        source: &super::SOURCES[0],
        basis: crate::support::Basis::Decision,
        reason: Some(
            "No Finrota page says how a client asks for a language; the spec reads the standard Accept-Language header, and Turkish, the language of the vendor's samples, otherwise.",
        ),
    },
};
/// The operations of the Finrota Payment Web Service (PWS), as values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OperationId {
    /// `token-connect`: `POST /auth/api/token/connect`.
    TokenConnect,
    /// `list-payment-sets`: `GET /pws/paymentSet`.
    ListPaymentSets,
    /// `list-payment-options`: `GET /pws/paymentOptions`.
    ListPaymentOptions,
    /// `payment-options-by-bin`: `GET /pws/paymentOptions/{binNumber}`.
    PaymentOptionsByBin,
    /// `create-payment`: `POST /pws/payment`.
    CreatePayment,
    /// `commit-payment`: `POST /pws/payment/commit`.
    CommitPayment,
    /// `get-transaction`: `GET /pws/payment/transaction`.
    GetTransaction,
    /// `query-transaction`: `POST /pws/payment/transaction`.
    QueryTransaction,
    /// `cancel-payment`: `POST /pws/payment/cancel`.
    CancelPayment,
    /// `refund-payment`: `POST /pws/payment/refund`.
    RefundPayment,
}
impl OperationId {
    /// Every operation, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::TokenConnect,
        Self::ListPaymentSets,
        Self::ListPaymentOptions,
        Self::PaymentOptionsByBin,
        Self::CreatePayment,
        Self::CommitPayment,
        Self::GetTransaction,
        Self::QueryTransaction,
        Self::CancelPayment,
        Self::RefundPayment,
    ];
    /// What the spec says of the operation.
    pub const fn info(self) -> &'static OperationInfo {
        match self {
            Self::TokenConnect => &<TokenConnect as Operation>::INFO,
            Self::ListPaymentSets => &<ListPaymentSets as Operation>::INFO,
            Self::ListPaymentOptions => &<ListPaymentOptions as Operation>::INFO,
            Self::PaymentOptionsByBin => &<PaymentOptionsByBin as Operation>::INFO,
            Self::CreatePayment => &<CreatePayment as Operation>::INFO,
            Self::CommitPayment => &<CommitPayment as Operation>::INFO,
            Self::GetTransaction => &<GetTransaction as Operation>::INFO,
            Self::QueryTransaction => &<QueryTransaction as Operation>::INFO,
            Self::CancelPayment => &<CancelPayment as Operation>::INFO,
            Self::RefundPayment => &<RefundPayment as Operation>::INFO,
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
