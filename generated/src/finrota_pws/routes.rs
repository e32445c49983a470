// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The routes of the Finrota Payment Web Service (PWS) in the server direction, from `spec/finrota-pws/`.
use crate::support::{Method, RouteEntry};
use super::operations::OperationId;
/// What a method and path route to: an operation with its path parameters, not found (404), or not allowed
/// (405, with the methods for `Allow`).
pub type Route = crate::support::Route<OperationId>;
/// Every operation the API serves, at its method and documented path, in spec order.
pub const ROUTES: &[RouteEntry<OperationId>] = &[
    RouteEntry {
        operation: OperationId::TokenConnect,
        method: Method::Post,
        path: "/auth/api/token/connect",
    },
    RouteEntry {
        operation: OperationId::ListPaymentSets,
        method: Method::Get,
        path: "/pws/paymentSet",
    },
    RouteEntry {
        operation: OperationId::ListPaymentOptions,
        method: Method::Get,
        path: "/pws/paymentOptions",
    },
    RouteEntry {
        operation: OperationId::PaymentOptionsByBin,
        method: Method::Get,
        path: "/pws/paymentOptions/{binNumber}",
    },
    RouteEntry {
        operation: OperationId::CreatePayment,
        method: Method::Post,
        path: "/pws/payment",
    },
    RouteEntry {
        operation: OperationId::CommitPayment,
        method: Method::Post,
        path: "/pws/payment/commit",
    },
    RouteEntry {
        operation: OperationId::GetTransaction,
        method: Method::Get,
        path: "/pws/payment/transaction",
    },
    RouteEntry {
        operation: OperationId::QueryTransaction,
        method: Method::Post,
        path: "/pws/payment/transaction",
    },
    RouteEntry {
        operation: OperationId::CancelPayment,
        method: Method::Post,
        path: "/pws/payment/cancel",
    },
    RouteEntry {
        operation: OperationId::RefundPayment,
        method: Method::Post,
        path: "/pws/payment/refund",
    },
];
/// Routes an HTTP method and path (its query string ignored) to the operation that serves it.
pub fn route(method: &str, path: &str) -> Route {
    crate::support::route(ROUTES, method, path)
}
