//! `generated/src/<api>/routes.rs`: the server direction's route table, every operation the API serves (callbacks
//! are the merchant's to serve, so they have none) at its method and documented path, and `route`.

use proc_macro2::TokenStream;
use quote::quote;

use super::idents::ident;
use super::operations::OPERATION_ID;
use crate::model::{Direction, HttpMethod};
use crate::spec::ApiSpec;

/// Whether the API serves any operation (and so has a route table).
pub fn serves(api: &ApiSpec) -> bool {
    api.operations.iter().any(|o| o.direction == Direction::Request)
}

fn method(method: HttpMethod) -> TokenStream {
    match method {
        HttpMethod::Get => quote! { Method::Get },
        HttpMethod::Post => quote! { Method::Post },
        HttpMethod::Put => quote! { Method::Put },
        HttpMethod::Delete => quote! { Method::Delete },
    }
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let module_doc =
        format!(" The routes of the {} in the server direction, from `{}`.", api.info.title, api.spec_folder());
    let operation_id = ident(OPERATION_ID);
    let entries = api.operations.iter().filter(|o| o.direction == Direction::Request).map(|o| {
        let variant = ident(&o.rust_name);
        let method = method(o.method);
        let path = &o.path;
        quote! { RouteEntry { operation: #operation_id::#variant, method: #method, path: #path } }
    });
    quote! {
        #![doc = #module_doc]

        use crate::support::{Method, RouteEntry};
        use super::operations::OperationId;

        /// What a method and path route to: an operation with its path parameters, not found (404), or not allowed
        /// (405, with the methods for `Allow`).
        pub type Route = crate::support::Route<#operation_id>;

        /// Every operation the API serves, at its method and documented path, in spec order.
        pub const ROUTES: &[RouteEntry<#operation_id>] = &[#(#entries),*];

        /// Routes an HTTP method and path (its query string ignored) to the operation that serves it.
        pub fn route(method: &str, path: &str) -> Route {
            crate::support::route(ROUTES, method, path)
        }
    }
}
