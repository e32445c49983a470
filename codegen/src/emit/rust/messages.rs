//! `generated/src/<api>/messages.rs`: one serde struct per message. Required fields cannot be left out; optional ones
//! keep the difference between absent and `null`; unknown fields are kept in `extra`, so nothing is lost.

use proc_macro2::TokenStream;
use quote::quote;

use super::idents::ident;
use crate::model::{Field, FieldType, Lang, Message};
use crate::spec::ApiSpec;
use crate::validate::EXTRA_FIELD;

fn english(texts: &crate::model::Texts) -> String {
    texts.get(Lang::En).map_or_else(String::new, |t| format!(" {}", t.text))
}

fn base_type(kind: &FieldType) -> TokenStream {
    match kind {
        FieldType::String { .. } => quote! { String },
        FieldType::Integer { .. } => quote! { i64 },
        FieldType::Boolean { .. } => quote! { bool },
        FieldType::Decimal { .. } => quote! { crate::support::Decimal },
        FieldType::Enum { name } => {
            let name = ident(name);
            quote! { crate::support::Open<#name> }
        }
        FieldType::Message { message } => {
            let name = ident(message);
            quote! { #name }
        }
        FieldType::Array { items, .. } => {
            let item = base_type(items);
            quote! { Vec<#item> }
        }
        FieldType::ErrorCode => quote! { Open<Code> },
        FieldType::ErrorGroup => quote! { Open<Group> },
        FieldType::Json => quote! { serde_json::Value },
    }
}

/// A boxed type where a message contains itself, so the struct has a finite size.
fn field_type(message: &Message, kind: &FieldType) -> TokenStream {
    let base = base_type(kind);
    match kind {
        FieldType::Message { message: name } if *name == message.name => quote! { Box<#base> },
        _ => base,
    }
}

fn field(message: &Message, field: &Field) -> TokenStream {
    let name = ident(&field.rust_name);
    let wire = &field.wire;
    let doc = english(&field.doc);
    let kind = field_type(message, &field.kind);
    let any_json = matches!(field.kind, FieldType::Json);
    let (attributes, ty) = match (field.required, field.nullable && !any_json) {
        (true, false) => (quote! { #[serde(rename = #wire)] }, kind),
        (true, true) => (quote! { #[serde(rename = #wire)] }, quote! { Option<#kind> }),
        (false, false) if any_json => (
            quote! { #[serde(rename = #wire, default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::support::present::deserialize")] },
            quote! { Option<#kind> },
        ),
        (false, false) => (
            quote! { #[serde(rename = #wire, default, skip_serializing_if = "Option::is_none")] },
            quote! { Option<#kind> },
        ),
        (false, true) => (
            quote! { #[serde(rename = #wire, default, skip_serializing_if = "Option::is_none", with = "crate::support::double_option")] },
            quote! { Option<Option<#kind>> },
        ),
    };
    quote! {
        #[doc = #doc]
        #attributes
        pub #name: #ty
    }
}

fn uses(api: &ApiSpec, kinds: impl Fn(&FieldType) -> bool) -> bool {
    fn any(kind: &FieldType, test: &dyn Fn(&FieldType) -> bool) -> bool {
        test(kind) || matches!(kind, FieldType::Array { items, .. } if any(items, test))
    }
    api.messages.iter().flat_map(|m| m.fields.iter()).any(|f| any(&f.kind, &kinds))
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let module_doc = format!(" The messages of the {}, from `{}`.", api.info.title, api.spec_folder());
    let extra = ident(EXTRA_FIELD);
    let structs = api.messages.iter().map(|message| {
        let name = ident(&message.name);
        let doc = english(&message.doc);
        let fields = message.fields.iter().map(|f| field(message, f));
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
            pub struct #name {
                #( #fields, )*
                /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
                #[serde(flatten)]
                pub #extra: BTreeMap<String, serde_json::Value>,
            }
        }
    });
    let code = uses(api, |k| matches!(k, FieldType::ErrorCode));
    let group = uses(api, |k| matches!(k, FieldType::ErrorGroup));
    let mut imports = Vec::new();
    if code {
        imports.push(quote! { use super::errors::Code; });
    }
    if group {
        imports.push(quote! { use super::errors::Group; });
    }
    if code || group {
        imports.push(quote! { use crate::support::Open; });
    }
    let names: Vec<&str> = api.messages.iter().map(|m| m.name.as_str()).collect();
    let types = api.messages.iter().map(|m| ident(&m.name));
    quote! {
        #![doc = #module_doc]

        use std::collections::BTreeMap;

        use serde::{Deserialize, Serialize};

        #( #imports )*

        #( #structs )*

        /// The names of this API's messages, as the spec gives them.
        pub const MESSAGE_NAMES: &[&str] = &[#(#names),*];

        /// Parses `json` as the message named `message` and serializes it again: the typed round trip, which must
        /// give back the same JSON value. `None` when the API has no message of that name.
        pub fn round_trip(message: &str, json: &str) -> Option<Result<String, serde_json::Error>> {
            Some(match message {
                #( #names => serde_json::from_str::<#types>(json).and_then(|value| serde_json::to_string(&value)), )*
                _ => return None,
            })
        }
    }
}
