//! The Rust type of a spec field type, shared by the message and parameter emitters.

use proc_macro2::TokenStream;
use quote::quote;

use super::idents::ident;
use crate::model::FieldType;
use crate::spec::ApiSpec;

/// The Rust type of values of `kind` (without the `Option` wrappers that presence and nullability add).
pub fn rust_type(api: &ApiSpec, kind: &FieldType) -> TokenStream {
    match kind {
        FieldType::String { .. } => quote! { String },
        FieldType::Integer { .. } => quote! { i64 },
        FieldType::Boolean { .. } => quote! { bool },
        FieldType::Decimal { .. } => quote! { crate::support::Decimal },
        FieldType::Enum { name } => {
            let type_name = ident(name);
            if api.enumeration(name).is_some_and(|e| e.open) {
                quote! { crate::support::Open<#type_name> }
            } else {
                quote! { #type_name }
            }
        }
        FieldType::Message { message } => {
            let name = ident(message);
            quote! { #name }
        }
        FieldType::Array { items, .. } => {
            let item = rust_type(api, items);
            quote! { Vec<#item> }
        }
        FieldType::ErrorCode => quote! { crate::support::Open<Code> },
        FieldType::ErrorGroup => quote! { crate::support::Open<Group> },
        FieldType::Json => quote! { serde_json::Value },
    }
}
