//! `generated/src/schemas.rs`: the generated JSON Schemas at hand from Rust, by API and message name, embedded with
//! `include_str!` behind the crate's `schemas` feature (off by default: they weigh on every consumer's binary).

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::json_schema::file_name;
use crate::spec::Spec;

/// The module's tokens.
pub fn module(spec: &Spec) -> TokenStream {
    let entries = spec.apis.iter().flat_map(|api| {
        api.messages.iter().map(move |message| {
            let (id, name) = (api.id.as_str(), message.name.as_str());
            let path = format!("../schemas/{id}/{}", file_name(name));
            quote! { (#id, #name, include_str!(#path)) }
        })
    });
    quote! {
        //! The JSON Schema (draft 2020-12) of every message, as generated into `generated/schemas/<api>/`, by API
        //! id and message name.

        /// Every schema: (API id, message name, schema text), by API and then in spec order.
        pub const SCHEMAS: &[(&str, &str, &str)] = &[#(#entries),*];

        /// The schema text of the message named `message` of the API `api`, if there is one.
        pub fn schema(api: &str, message: &str) -> Option<&'static str> {
            SCHEMAS.iter().find(|(a, m, _)| *a == api && *m == message).map(|(_, _, text)| *text)
        }
    }
}
