// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! The routes of the iyzico Terminal API in the server direction, from `spec/iyzico-terminal/`.
use crate::support::{Method, RouteEntry};
use super::operations::OperationId;
/// What a method and path route to: an operation with its path parameters, not found (404), or not allowed
/// (405, with the methods for `Allow`).
pub type Route = crate::support::Route<OperationId>;
/// Every operation the API serves, at its method and documented path, in spec order.
pub const ROUTES: &[RouteEntry<OperationId>] = &[
    RouteEntry {
        operation: OperationId::OauthAuthorize,
        method: Method::Post,
        path: "/in-store/oauth2/authorize",
    },
    RouteEntry {
        operation: OperationId::OauthToken,
        method: Method::Post,
        path: "/in-store/oauth2/token",
    },
    RouteEntry {
        operation: OperationId::OauthTokenRefresh,
        method: Method::Post,
        path: "/in-store/oauth2/token/refresh",
    },
    RouteEntry {
        operation: OperationId::Vuk509Payment,
        method: Method::Post,
        path: "/v2/terminal-host/payment",
    },
    RouteEntry {
        operation: OperationId::Vuk509QueryTransactionStatus,
        method: Method::Post,
        path: "/v2/terminal-host/payment/query-transaction-status",
    },
    RouteEntry {
        operation: OperationId::Vuk509Void,
        method: Method::Post,
        path: "/v2/terminal-host/payment/void",
    },
    RouteEntry {
        operation: OperationId::Vuk509Refund,
        method: Method::Post,
        path: "/v2/terminal-host/payment/refund",
    },
    RouteEntry {
        operation: OperationId::Vuk509EndOfDay,
        method: Method::Post,
        path: "/v2/terminal-host/eod",
    },
    RouteEntry {
        operation: OperationId::Vuk507Payment,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/payment",
    },
    RouteEntry {
        operation: OperationId::Vuk507QueryTransactionStatus,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/payment/query-transaction-status",
    },
    RouteEntry {
        operation: OperationId::Vuk507Void,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/payment/void",
    },
    RouteEntry {
        operation: OperationId::Vuk507Refund,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/payment/refund",
    },
    RouteEntry {
        operation: OperationId::Vuk507RefundableSaleInfo,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/payment/refundable-sale-info",
    },
    RouteEntry {
        operation: OperationId::Vuk507PartialPaymentStart,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/partial-payment/start",
    },
    RouteEntry {
        operation: OperationId::Vuk507PartialPaymentAddPayment,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/partial-payment/add-payment",
    },
    RouteEntry {
        operation: OperationId::Vuk507PartialPaymentComplete,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/partial-payment/complete",
    },
    RouteEntry {
        operation: OperationId::Vuk507EndOfDay,
        method: Method::Post,
        path: "/v2/terminal-host/gmu/eod",
    },
];
/// Routes an HTTP method and path (its query string ignored) to the operation that serves it.
pub fn route(method: &str, path: &str) -> Route {
    crate::support::route(ROUTES, method, path)
}
