// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The routes of the WiaPay API in the server direction, from `spec/wiapay/`.
use crate::support::{Method, RouteEntry};
use super::operations::OperationId;
/// What a method and path route to: an operation with its path parameters, not found (404), or not allowed
/// (405, with the methods for `Allow`).
pub type Route = crate::support::Route<OperationId>;
/// Every operation the API serves, at its method and documented path, in spec order.
pub const ROUTES: &[RouteEntry<OperationId>] = &[
    RouteEntry {
        operation: OperationId::GetAvailableBanks,
        method: Method::Get,
        path: "/v1/available-banks",
    },
    RouteEntry {
        operation: OperationId::CreateDeposit,
        method: Method::Post,
        path: "/v1/deposit",
    },
    RouteEntry {
        operation: OperationId::CreateWithdrawal,
        method: Method::Post,
        path: "/v1/withdraw",
    },
];
/// Routes an HTTP method and path (its query string ignored) to the operation that serves it.
pub fn route(method: &str, path: &str) -> Route {
    crate::support::route(ROUTES, method, path)
}
