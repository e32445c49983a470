// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! The operations of the iyzico Terminal API, from `spec/iyzico-terminal/`.
#[allow(unused_imports)]
use crate::support::{
    AllowedIn, BodyEncoding, Direction, Method, Mode, NoBody, NoParameters, Operation,
    OperationInfo, ParameterIn, Parameters, ResponseInfo,
};
#[allow(unused_imports)]
use super::messages::*;
#[allow(unused_imports)]
use super::enums::*;
/// The marker of the iyzico Terminal API operations common to every mode.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Common;
impl Mode for Common {
    const ID: &'static str = "common";
}
impl AllowedIn<Common> for Common {}
/// VUK 509 mode (e-Transformation integrated, exempt from fiscal cash registers): the device is only a payment terminal; it takes credit card payments only and fiscal documents are produced by e-Document systems. VUK 507 and VUK 509 services must not be used together within the same integration.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk509;
impl Mode for Vuk509 {
    const ID: &'static str = "vuk509";
}
impl AllowedIn<Vuk509> for Vuk509 {}
impl AllowedIn<Vuk509> for Common {}
/// VUK 507 mode (fiscal cash register integrated, GMU): the device acts as a fiscal cash register (ÖKC), records sales in fiscal memory and supports cash, card and other payment types. VUK 507 and VUK 509 services must not be used together within the same integration.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk507;
impl Mode for Vuk507 {
    const ID: &'static str = "vuk507";
}
impl AllowedIn<Vuk507> for Vuk507 {}
impl AllowedIn<Vuk507> for Common {}
/// `POST /in-store/oauth2/authorize`: Authenticates the user with the merchant's client credentials and starts the authorization; answers a short-lived, single-use authorization code. 380101 is listed because it names the username this call carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OauthAuthorize;
impl Operation for OauthAuthorize {
    const INFO: OperationInfo = OperationInfo {
        id: "oauth-authorize",
        direction: Direction::Request,
        method: Method::Post,
        path: "/in-store/oauth2/authorize",
        auth: "oauth-body-credentials",
        body: BodyEncoding::Form,
        mode: None,
        request: Some("OauthAuthorizeRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("OauthAuthorizeResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[3],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("OauthAuthorizeFailure"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[3],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
        ],
        errors: &["380101", "unsupported_response_type", "invalid_client", "380104"],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[3],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the login page's; the errors list is the spec's mapping: 380101 names the username only this call carries; unsupported_response_type is the page's authorize failure example; invalid_client answers the client credentials this call also carries.",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = OauthAuthorizeRequest;
}
/// `POST /in-store/oauth2/token`: Exchanges the authorization code (grant_type authorization_code) or a refresh token (grant_type refresh_token) for an access token and a refresh token. Refusals are OAuth errors, not catalog codes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OauthToken;
impl Operation for OauthToken {
    const INFO: OperationInfo = OperationInfo {
        id: "oauth-token",
        direction: Direction::Request,
        method: Method::Post,
        path: "/in-store/oauth2/token",
        auth: "oauth-client-basic",
        body: BodyEncoding::Form,
        mode: None,
        request: Some("OauthTokenRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("OauthTokenResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[3],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("OauthTokenFailure"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[3],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("OauthTokenFailure"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[3],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
        ],
        errors: &["invalid_grant", "invalid_client"],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[3],
            basis: crate::support::Basis::Vendor,
            reason: None,
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = OauthTokenRequest;
}
/// `POST /in-store/oauth2/token/refresh`: Renews the access token with the refresh token on a separate path. Only the kasapay reconstruction documents this path; the Turkish login page says to log in again instead.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OauthTokenRefresh;
impl Operation for OauthTokenRefresh {
    const INFO: OperationInfo = OperationInfo {
        id: "oauth-token-refresh",
        direction: Direction::Request,
        method: Method::Post,
        path: "/in-store/oauth2/token/refresh",
        auth: "oauth-client-basic",
        body: BodyEncoding::Form,
        mode: None,
        request: Some("OauthTokenRefreshRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("OauthTokenResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[14],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "Known only from kasapay's reconstruction of iyzico's pages; iyzico documents no such 200 answer for a refresh path.",
                    ),
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("OauthTokenFailure"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[18],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The kasapay reconstruction lists only 200 and 401 for this path; RFC 6749 section 5.2 answers an invalid, expired, revoked or already used refresh token with invalid_grant and HTTP 400, as the token path does.",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("OauthTokenFailure"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[14],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "Known only from kasapay's reconstruction of iyzico's pages; iyzico documents no such 401 answer for a refresh path.",
                    ),
                },
            },
        ],
        errors: &["invalid_grant", "invalid_client"],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[14],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Known only from kasapay's reconstruction of iyzico's login page; iyzico documents no such refresh path, and its Turkish login page says to log in again instead (discrepancy token-refresh-endpoint).",
            ),
        },
    };
    type Mode = Common;
    type Parameters = NoParameters;
    type Request = OauthTokenRefreshRequest;
}
/// `POST /v2/terminal-host/payment`: Starts a payment on the terminal (SALE, PRE_AUTH, or POST_AUTH closing a PRE_AUTH); it completes when the card is presented on the device. 380107 answers a POST_AUTH whose paymentId is unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk509Payment;
impl Operation for Vuk509Payment {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk509-payment",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/payment",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk509"),
        request: Some("Vuk509SaleRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk509PaymentResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[4],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[4],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380103",
            "380104",
            "380105",
            "380107",
            "380201",
            "380202",
            "380203",
            "380204",
            "380205",
        ],
        error_groups: &["BANK_ERROR", "PAYMENT_ERROR"],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[4],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping, since seed 000 gives codes by group and none per operation. BANK_ERROR and PAYMENT_ERROR are listed because seed 000 returns them when the bank (authCode other than 00) or iyzico's payment services fail, which only calls that reach the bank or payment service can do.",
            ),
        },
    };
    type Mode = Vuk509;
    type Parameters = NoParameters;
    type Request = Vuk509SaleRequest;
}
/// `POST /v2/terminal-host/payment/query-transaction-status`: Returns the status of a sale, void or refund: whether it succeeded and whether it was voided or refunded. It does not reach the device.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk509QueryTransactionStatus;
impl Operation for Vuk509QueryTransactionStatus {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk509-query-transaction-status",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/payment/query-transaction-status",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk509"),
        request: Some("Vuk509QueryRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk509PaymentResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[4],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[4],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380104",
            "380105",
            "380107",
            "380108",
            "380109",
            "380111",
        ],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[4],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping (seed 000 gives none per operation): the spec decides that a query is answered by the host without the device, so it lists no device or timeout codes.",
            ),
        },
    };
    type Mode = Vuk509;
    type Parameters = NoParameters;
    type Request = Vuk509QueryRequest;
}
/// `POST /v2/terminal-host/payment/void`: Voids a same-day payment that no end of day has closed; completed by presenting the card on the device. After end of day use refund.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk509Void;
impl Operation for Vuk509Void {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk509-void",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/payment/void",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk509"),
        request: Some("Vuk509VoidRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk509PaymentResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[4],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 422,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[4],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380103",
            "380104",
            "380105",
            "380107",
            "380108",
            "380109",
            "380112",
            "380201",
            "380202",
            "380203",
            "380204",
            "380205",
        ],
        error_groups: &["BANK_ERROR", "PAYMENT_ERROR"],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[4],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping, since seed 000 gives codes by group and none per operation. BANK_ERROR and PAYMENT_ERROR are listed because seed 000 returns them when the bank (authCode other than 00) or iyzico's payment services fail, which only calls that reach the bank or payment service can do.",
            ),
        },
    };
    type Mode = Vuk509;
    type Parameters = NoParameters;
    type Request = Vuk509VoidRequest;
}
/// `POST /v2/terminal-host/payment/refund`: Refunds a payment fully or partly with its own reference; completed by presenting the card on the device. The refunds together may not exceed the payment (380112).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk509Refund;
impl Operation for Vuk509Refund {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk509-refund",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/payment/refund",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk509"),
        request: Some("Vuk509RefundRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk509PaymentResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[4],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[4],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380103",
            "380104",
            "380105",
            "380107",
            "380108",
            "380109",
            "380112",
            "380201",
            "380202",
            "380203",
            "380204",
            "380205",
        ],
        error_groups: &["BANK_ERROR", "PAYMENT_ERROR"],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[4],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping, since seed 000 gives codes by group and none per operation. BANK_ERROR and PAYMENT_ERROR are listed because seed 000 returns them when the bank (authCode other than 00) or iyzico's payment services fail, which only calls that reach the bank or payment service can do.",
            ),
        },
    };
    type Mode = Vuk509;
    type Parameters = NoParameters;
    type Request = Vuk509RefundRequest;
}
/// `POST /v2/terminal-host/eod`: Runs the end of day: closes the day's transactions in bulk with the bank and reports totals per acquiring bank and the batch number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk509EndOfDay;
impl Operation for Vuk509EndOfDay {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk509-end-of-day",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/eod",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk509"),
        request: Some("Vuk509EndOfDayRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk509EndOfDayResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[5],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[5],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380103",
            "380104",
            "380105",
            "380201",
            "380202",
            "380203",
            "380204",
            "380205",
        ],
        error_groups: &["BANK_ERROR", "PAYMENT_ERROR"],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[5],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping, since seed 000 gives codes by group and none per operation. BANK_ERROR and PAYMENT_ERROR are listed because seed 000 returns them when the bank (authCode other than 00) or iyzico's payment services fail, which only calls that reach the bank or payment service can do.",
            ),
        },
    };
    type Mode = Vuk509;
    type Parameters = NoParameters;
    type Request = Vuk509EndOfDayRequest;
}
/// `POST /v2/terminal-host/gmu/payment`: Runs a standard sale on the GMU device and records it as a fiscal document (saleDocumentType 1 e-Invoice, 9 expense slip).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk507Payment;
impl Operation for Vuk507Payment {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk507-payment",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/payment",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk507"),
        request: Some("Vuk507SaleRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk507SaleResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[11],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[11],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "VUK 507 pages answer failures with HTTP 400 and the operation's own shape; reading it as ErrorEnvelope is the spec's decision (discrepancy failure-body-shape).",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380103",
            "380104",
            "380105",
            "380201",
            "380202",
            "380203",
            "380204",
            "380205",
        ],
        error_groups: &["BANK_ERROR", "PAYMENT_ERROR"],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[11],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping, since seed 000 gives codes by group and none per operation. BANK_ERROR and PAYMENT_ERROR are listed because seed 000 returns them when the bank (authCode other than 00) or iyzico's payment services fail, which only calls that reach the bank or payment service can do.",
            ),
        },
    };
    type Mode = Vuk507;
    type Parameters = NoParameters;
    type Request = Vuk507SaleRequest;
}
/// `POST /v2/terminal-host/gmu/payment/query-transaction-status`: Returns the current status of a payment, void or refund, by paymentId, transactionReferenceId or both. It does not reach the device.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk507QueryTransactionStatus;
impl Operation for Vuk507QueryTransactionStatus {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk507-query-transaction-status",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/payment/query-transaction-status",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk507"),
        request: Some("Vuk507QueryRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk507QueryResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[6],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[6],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "VUK 507 pages answer failures with HTTP 400 and the operation's own shape; reading it as ErrorEnvelope is the spec's decision (discrepancy failure-body-shape).",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380104",
            "380105",
            "380107",
            "380108",
            "380109",
            "380111",
        ],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[6],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping (seed 000 gives none per operation): the spec decides that a query is answered by the host without the device, so it lists no device or timeout codes.",
            ),
        },
    };
    type Mode = Vuk507;
    type Parameters = NoParameters;
    type Request = Vuk507QueryRequest;
}
/// `POST /v2/terminal-host/gmu/payment/void`: Voids a payment of the same day; for transactions closed by end of day use refund instead.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk507Void;
impl Operation for Vuk507Void {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk507-void",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/payment/void",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk507"),
        request: Some("Vuk507VoidRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk507VoidResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[7],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[7],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "VUK 507 pages answer failures with HTTP 400 and the operation's own shape; reading it as ErrorEnvelope is the spec's decision (discrepancy failure-body-shape). The VUK 507 void page documents 400, not 422 (discrepancy void-failure-http-status).",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380103",
            "380104",
            "380105",
            "380107",
            "380108",
            "380109",
            "380112",
            "380201",
            "380202",
            "380203",
            "380204",
            "380205",
        ],
        error_groups: &["BANK_ERROR", "PAYMENT_ERROR"],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[7],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping, since seed 000 gives codes by group and none per operation. BANK_ERROR and PAYMENT_ERROR are listed because seed 000 returns them when the bank (authCode other than 00) or iyzico's payment services fail, which only calls that reach the bank or payment service can do.",
            ),
        },
    };
    type Mode = Vuk507;
    type Parameters = NoParameters;
    type Request = Vuk507VoidRequest;
}
/// `POST /v2/terminal-host/gmu/payment/refund`: Refunds a completed sale fully or partly by line items; calling refundable-sale-info first is recommended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk507Refund;
impl Operation for Vuk507Refund {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk507-refund",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/payment/refund",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk507"),
        request: Some("Vuk507RefundRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk507RefundResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[12],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[12],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "VUK 507 pages answer failures with HTTP 400 and the operation's own shape; reading it as ErrorEnvelope is the spec's decision (discrepancy failure-body-shape).",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380103",
            "380104",
            "380105",
            "380107",
            "380108",
            "380109",
            "380112",
            "380201",
            "380202",
            "380203",
            "380204",
            "380205",
        ],
        error_groups: &["BANK_ERROR", "PAYMENT_ERROR"],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[12],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping, since seed 000 gives codes by group and none per operation. BANK_ERROR and PAYMENT_ERROR are listed because seed 000 returns them when the bank (authCode other than 00) or iyzico's payment services fail, which only calls that reach the bank or payment service can do.",
            ),
        },
    };
    type Mode = Vuk507;
    type Parameters = NoParameters;
    type Request = Vuk507RefundRequest;
}
/// `POST /v2/terminal-host/gmu/payment/refundable-sale-info`: Returns the refundable lines and amounts of the sale with the given transaction reference; recommended before a refund. It does not reach the device.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk507RefundableSaleInfo;
impl Operation for Vuk507RefundableSaleInfo {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk507-refundable-sale-info",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/payment/refundable-sale-info",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk507"),
        request: Some("Vuk507RefundableSaleInfoRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk507RefundableSaleInfoResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[14],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "Known only from kasapay's reconstruction of iyzico's pages (its x-iyzico-source is the EN void-refund page); iyzico documents no such response.",
                    ),
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[14],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "[K] only: kasapay gives HTTP 400 with the operation's own shape, as the VUK 507 pages do; reading it as ErrorEnvelope is the spec's decision (discrepancy failure-body-shape).",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &["100310", "100311", "380102", "380104", "380105", "380108", "380109"],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[14],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "[K] only: the path and bodies appear only in the kasapay reconstruction (which names the EN void-refund page's fragment as its source); the errors list is the spec's mapping (seed 000 gives none per operation): the spec decides that a query is answered by the host without the device, so it lists no device or timeout codes.",
            ),
        },
    };
    type Mode = Vuk507;
    type Parameters = NoParameters;
    type Request = Vuk507RefundableSaleInfoRequest;
}
/// `POST /v2/terminal-host/gmu/partial-payment/start`: Starts a partial payment, where one sale is paid with several payment instruments; takes the sale body and answers saleNumber and the remaining amount.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk507PartialPaymentStart;
impl Operation for Vuk507PartialPaymentStart {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk507-partial-payment-start",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/partial-payment/start",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk507"),
        request: Some("Vuk507SaleRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk507PartialPaymentStartResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[13],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[13],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "VUK 507 pages answer failures with HTTP 400 and the operation's own shape; reading it as ErrorEnvelope is the spec's decision (discrepancy failure-body-shape).",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380103",
            "380104",
            "380105",
            "380201",
            "380202",
            "380203",
            "380204",
            "380205",
        ],
        error_groups: &[],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[13],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping, since seed 000 gives codes by group and none per operation.",
            ),
        },
    };
    type Mode = Vuk507;
    type Parameters = NoParameters;
    type Request = Vuk507SaleRequest;
}
/// `POST /v2/terminal-host/gmu/partial-payment/add-payment`: Adds a payment to a started partial payment; may be called until the remaining amount is zero and must not exceed it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk507PartialPaymentAddPayment;
impl Operation for Vuk507PartialPaymentAddPayment {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk507-partial-payment-add-payment",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/partial-payment/add-payment",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk507"),
        request: Some("Vuk507PartialPaymentAddRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk507SaleResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[8],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[8],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "VUK 507 pages answer failures with HTTP 400 and the operation's own shape; reading it as ErrorEnvelope is the spec's decision (discrepancy failure-body-shape).",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380103",
            "380104",
            "380105",
            "380108",
            "380201",
            "380202",
            "380203",
            "380204",
            "380205",
        ],
        error_groups: &["BANK_ERROR", "PAYMENT_ERROR"],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[8],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping, since seed 000 gives codes by group and none per operation. BANK_ERROR and PAYMENT_ERROR are listed because seed 000 returns them when the bank (authCode other than 00) or iyzico's payment services fail, which only calls that reach the bank or payment service can do.",
            ),
        },
    };
    type Mode = Vuk507;
    type Parameters = NoParameters;
    type Request = Vuk507PartialPaymentAddRequest;
}
/// `POST /v2/terminal-host/gmu/partial-payment/complete`: Closes the partial payment flow and finalizes the sale once all payments are added; answers the full sale response with the remaining amount, 0 on success.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk507PartialPaymentComplete;
impl Operation for Vuk507PartialPaymentComplete {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk507-partial-payment-complete",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/partial-payment/complete",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk507"),
        request: Some("Vuk507PartialPaymentCompleteRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk507PartialPaymentCompleteResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[8],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[8],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "VUK 507 pages answer failures with HTTP 400 and the operation's own shape; reading it as ErrorEnvelope is the spec's decision (discrepancy failure-body-shape).",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380103",
            "380104",
            "380105",
            "380108",
            "380201",
            "380202",
            "380203",
            "380204",
            "380205",
        ],
        error_groups: &["BANK_ERROR", "PAYMENT_ERROR"],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[8],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping, since seed 000 gives codes by group and none per operation. BANK_ERROR and PAYMENT_ERROR are listed because seed 000 returns them when the bank (authCode other than 00) or iyzico's payment services fail, which only calls that reach the bank or payment service can do.",
            ),
        },
    };
    type Mode = Vuk507;
    type Parameters = NoParameters;
    type Request = Vuk507PartialPaymentCompleteRequest;
}
/// `POST /v2/terminal-host/gmu/eod`: Closes the GMU device's financial day and batch; answers a summary per acquiring bank.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vuk507EndOfDay;
impl Operation for Vuk507EndOfDay {
    const INFO: OperationInfo = OperationInfo {
        id: "vuk507-end-of-day",
        direction: Direction::Request,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/eod",
        auth: "bearer-access-token",
        body: BodyEncoding::Json,
        mode: Some("vuk507"),
        request: Some("Vuk507EndOfDayRequest"),
        responses: &[
            ResponseInfo {
                status: 200,
                message: Some("Vuk507EndOfDayResponse"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[9],
                    basis: crate::support::Basis::Vendor,
                    reason: None,
                },
            },
            ResponseInfo {
                status: 400,
                message: Some("ErrorEnvelope"),
                tolerated: None,
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[9],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "VUK 507 pages answer failures with HTTP 400 and the operation's own shape; reading it as ErrorEnvelope is the spec's decision (discrepancy failure-body-shape).",
                    ),
                },
            },
            ResponseInfo {
                status: 401,
                message: Some("ErrorEnvelope"),
                tolerated: Some("token-error-status"),
                provenance: crate::support::Provenance {
                    source: &super::SOURCES[0],
                    basis: crate::support::Basis::Decision,
                    reason: Some(
                        "The operation pages document every failure, token failures included, in the operation's own failure response (400, 422 for the VUK 509 void); a gateway that checks the bearer token before the service may answer RFC 6750's 401 instead, which readers and the suite tolerate.",
                    ),
                },
            },
        ],
        errors: &[
            "100310",
            "100311",
            "380102",
            "380103",
            "380104",
            "380105",
            "380201",
            "380202",
            "380203",
            "380204",
            "380205",
        ],
        error_groups: &["BANK_ERROR", "PAYMENT_ERROR"],
        provenance: crate::support::Provenance {
            source: &super::SOURCES[9],
            basis: crate::support::Basis::Decision,
            reason: Some(
                "Path, method and bodies are the page's; the errors list is the spec's mapping, since seed 000 gives codes by group and none per operation. BANK_ERROR and PAYMENT_ERROR are listed because seed 000 returns them when the bank (authCode other than 00) or iyzico's payment services fail, which only calls that reach the bank or payment service can do.",
            ),
        },
    };
    type Mode = Vuk507;
    type Parameters = NoParameters;
    type Request = Vuk507EndOfDayRequest;
}
/// Every operation, in spec order.
pub const OPERATIONS: &[OperationInfo] = &[
    <OauthAuthorize as Operation>::INFO,
    <OauthToken as Operation>::INFO,
    <OauthTokenRefresh as Operation>::INFO,
    <Vuk509Payment as Operation>::INFO,
    <Vuk509QueryTransactionStatus as Operation>::INFO,
    <Vuk509Void as Operation>::INFO,
    <Vuk509Refund as Operation>::INFO,
    <Vuk509EndOfDay as Operation>::INFO,
    <Vuk507Payment as Operation>::INFO,
    <Vuk507QueryTransactionStatus as Operation>::INFO,
    <Vuk507Void as Operation>::INFO,
    <Vuk507Refund as Operation>::INFO,
    <Vuk507RefundableSaleInfo as Operation>::INFO,
    <Vuk507PartialPaymentStart as Operation>::INFO,
    <Vuk507PartialPaymentAddPayment as Operation>::INFO,
    <Vuk507PartialPaymentComplete as Operation>::INFO,
    <Vuk507EndOfDay as Operation>::INFO,
];
/// Where a request says which language its answer's texts are written in.
pub const REQUEST_LANGUAGE: crate::support::RequestLanguage = crate::support::RequestLanguage::Field {
    field: "locale",
    default: crate::support::Lang::Tr,
    provenance: crate::support::Provenance {
        source: &super::SOURCES[4],
        basis: crate::support::Basis::Decision,
        reason: Some(
            "The pages give every terminal-host request a locale of tr or en, and the VUK 507 pages default it to TR; reading any value that starts with en as English (en-US too) and anything else as Turkish (the seed's TR-EN among them) is the spec's.",
        ),
    },
};
/// The operations of the iyzico Terminal API, as values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OperationId {
    /// `oauth-authorize`: `POST /in-store/oauth2/authorize`.
    OauthAuthorize,
    /// `oauth-token`: `POST /in-store/oauth2/token`.
    OauthToken,
    /// `oauth-token-refresh`: `POST /in-store/oauth2/token/refresh`.
    OauthTokenRefresh,
    /// `vuk509-payment`: `POST /v2/terminal-host/payment`.
    Vuk509Payment,
    /// `vuk509-query-transaction-status`: `POST /v2/terminal-host/payment/query-transaction-status`.
    Vuk509QueryTransactionStatus,
    /// `vuk509-void`: `POST /v2/terminal-host/payment/void`.
    Vuk509Void,
    /// `vuk509-refund`: `POST /v2/terminal-host/payment/refund`.
    Vuk509Refund,
    /// `vuk509-end-of-day`: `POST /v2/terminal-host/eod`.
    Vuk509EndOfDay,
    /// `vuk507-payment`: `POST /v2/terminal-host/gmu/payment`.
    Vuk507Payment,
    /// `vuk507-query-transaction-status`: `POST /v2/terminal-host/gmu/payment/query-transaction-status`.
    Vuk507QueryTransactionStatus,
    /// `vuk507-void`: `POST /v2/terminal-host/gmu/payment/void`.
    Vuk507Void,
    /// `vuk507-refund`: `POST /v2/terminal-host/gmu/payment/refund`.
    Vuk507Refund,
    /// `vuk507-refundable-sale-info`: `POST /v2/terminal-host/gmu/payment/refundable-sale-info`.
    Vuk507RefundableSaleInfo,
    /// `vuk507-partial-payment-start`: `POST /v2/terminal-host/gmu/partial-payment/start`.
    Vuk507PartialPaymentStart,
    /// `vuk507-partial-payment-add-payment`: `POST /v2/terminal-host/gmu/partial-payment/add-payment`.
    Vuk507PartialPaymentAddPayment,
    /// `vuk507-partial-payment-complete`: `POST /v2/terminal-host/gmu/partial-payment/complete`.
    Vuk507PartialPaymentComplete,
    /// `vuk507-end-of-day`: `POST /v2/terminal-host/gmu/eod`.
    Vuk507EndOfDay,
}
impl OperationId {
    /// Every operation, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::OauthAuthorize,
        Self::OauthToken,
        Self::OauthTokenRefresh,
        Self::Vuk509Payment,
        Self::Vuk509QueryTransactionStatus,
        Self::Vuk509Void,
        Self::Vuk509Refund,
        Self::Vuk509EndOfDay,
        Self::Vuk507Payment,
        Self::Vuk507QueryTransactionStatus,
        Self::Vuk507Void,
        Self::Vuk507Refund,
        Self::Vuk507RefundableSaleInfo,
        Self::Vuk507PartialPaymentStart,
        Self::Vuk507PartialPaymentAddPayment,
        Self::Vuk507PartialPaymentComplete,
        Self::Vuk507EndOfDay,
    ];
    /// What the spec says of the operation.
    pub const fn info(self) -> &'static OperationInfo {
        match self {
            Self::OauthAuthorize => &<OauthAuthorize as Operation>::INFO,
            Self::OauthToken => &<OauthToken as Operation>::INFO,
            Self::OauthTokenRefresh => &<OauthTokenRefresh as Operation>::INFO,
            Self::Vuk509Payment => &<Vuk509Payment as Operation>::INFO,
            Self::Vuk509QueryTransactionStatus => {
                &<Vuk509QueryTransactionStatus as Operation>::INFO
            }
            Self::Vuk509Void => &<Vuk509Void as Operation>::INFO,
            Self::Vuk509Refund => &<Vuk509Refund as Operation>::INFO,
            Self::Vuk509EndOfDay => &<Vuk509EndOfDay as Operation>::INFO,
            Self::Vuk507Payment => &<Vuk507Payment as Operation>::INFO,
            Self::Vuk507QueryTransactionStatus => {
                &<Vuk507QueryTransactionStatus as Operation>::INFO
            }
            Self::Vuk507Void => &<Vuk507Void as Operation>::INFO,
            Self::Vuk507Refund => &<Vuk507Refund as Operation>::INFO,
            Self::Vuk507RefundableSaleInfo => {
                &<Vuk507RefundableSaleInfo as Operation>::INFO
            }
            Self::Vuk507PartialPaymentStart => {
                &<Vuk507PartialPaymentStart as Operation>::INFO
            }
            Self::Vuk507PartialPaymentAddPayment => {
                &<Vuk507PartialPaymentAddPayment as Operation>::INFO
            }
            Self::Vuk507PartialPaymentComplete => {
                &<Vuk507PartialPaymentComplete as Operation>::INFO
            }
            Self::Vuk507EndOfDay => &<Vuk507EndOfDay as Operation>::INFO,
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
