//! `generated/src/<api>/operations.rs`: one descriptor type per operation (its method, path, messages, errors and
//! mode as static data and associated types), the mode markers that keep modes apart at compile time, and the
//! parameter structs of operations with path or query parameters, and where a request asks for its answer's
//! language.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::idents::ident;
use super::types::rust_type;
use crate::model::{ContentType, Direction, HttpMethod, Lang, Operation, ParameterLocation, RequestLanguage};
use crate::spec::ApiSpec;

pub use crate::names::operations::{COMMON, OPERATION_ID};

pub use crate::names::parameters_name;

fn method(method: HttpMethod) -> TokenStream {
    match method {
        HttpMethod::Get => quote! { Method::Get },
        HttpMethod::Post => quote! { Method::Post },
        HttpMethod::Put => quote! { Method::Put },
        HttpMethod::Delete => quote! { Method::Delete },
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(text) => quote! { Some(#text) },
        None => quote! { None },
    }
}

fn info(api: &ApiSpec, operation: &Operation) -> TokenStream {
    let id = &operation.id;
    let direction = match operation.direction {
        Direction::Request => quote! { Direction::Request },
        Direction::Callback => quote! { Direction::Callback },
    };
    let method = method(operation.method);
    let path = &operation.path;
    let auth = &operation.auth;
    let body = match operation.content_type {
        ContentType::Json => quote! { BodyEncoding::Json },
        ContentType::Form => quote! { BodyEncoding::Form },
        ContentType::None => quote! { BodyEncoding::None },
    };
    let mode = option_str(operation.mode.as_deref());
    let request = option_str(operation.request.as_deref());
    let responses = operation.responses.iter().map(|r| {
        let status = proc_macro2::Literal::u16_unsuffixed(r.status);
        let message = option_str(r.message.as_deref());
        let tolerated = option_str(r.tolerated.as_deref());
        let provenance = super::provenance::provenance(api, &r.provenance);
        quote! { ResponseInfo { status: #status, message: #message, tolerated: #tolerated, provenance: #provenance } }
    });
    let errors = operation.errors.iter();
    let error_groups = operation.error_groups.iter();
    let provenance = super::provenance::provenance(api, &operation.provenance);
    quote! {
        OperationInfo {
            id: #id,
            direction: #direction,
            method: #method,
            path: #path,
            auth: #auth,
            body: #body,
            mode: #mode,
            request: #request,
            responses: &[#(#responses),*],
            errors: &[#(#errors),*],
            error_groups: &[#(#error_groups),*],
            provenance: #provenance,
        }
    }
}

fn parameters(api: &ApiSpec, operation: &Operation) -> Option<TokenStream> {
    if operation.parameters.is_empty() {
        return None;
    }
    let name = format_ident!("{}", parameters_name(operation));
    let doc = format!(" The parameters of [`{}`].", operation.rust_name);
    let fields = operation.parameters.iter().map(|p| {
        let field = ident(&p.rust_name);
        let kind = rust_type(api, &p.kind);
        let aliases: String = p.aliases.iter().map(|a| format!(" A server also accepts `{}`.", a.wire)).collect();
        let doc = format!(
            " `{}` ({}): {}{aliases}",
            p.name,
            location(p.location),
            p.doc.get(Lang::En).map_or("", |t| t.text.as_str())
        );
        let wire = &p.name;
        let aliases = p.aliases.iter().map(|a| {
            let wire = &a.wire;
            quote! { #[serde(alias = #wire)] }
        });
        if p.required {
            quote! { #[doc = #doc] #[serde(rename = #wire)] #(#aliases)* pub #field: #kind }
        } else {
            quote! { #[doc = #doc] #[serde(rename = #wire, default)] #(#aliases)* pub #field: Option<#kind> }
        }
    });
    let place = |location: ParameterLocation| match location {
        ParameterLocation::Path => quote! { ParameterIn::Path },
        ParameterLocation::Query => quote! { ParameterIn::Query },
        ParameterLocation::Header => quote! { ParameterIn::Header },
    };
    let required = operation.parameters.iter().filter(|p| p.required).map(|p| {
        let field = ident(&p.rust_name);
        let (wire, place) = (&p.name, place(p.location));
        quote! { (#wire, #place, self.#field.to_string()) }
    });
    let optional: Vec<TokenStream> = operation
        .parameters
        .iter()
        .filter(|p| !p.required)
        .map(|p| {
            let field = ident(&p.rust_name);
            let (wire, place) = (&p.name, place(p.location));
            quote! {
                if let Some(value) = &self.#field {
                    out.push((#wire, #place, value.to_string()));
                }
            }
        })
        .collect();
    let body = if optional.is_empty() {
        quote! { vec![#(#required),*] }
    } else {
        quote! {
            let mut out = vec![#(#required),*];
            #( #optional )*
            out
        }
    };
    let rules = (!operation.parameter_rules.is_empty()).then(|| {
        let table = super::messages::rules_table(api, &operation.parameter_rules, &quote! { crate::support:: });
        quote! {
            impl #name {
                /// The rules across these parameters (by wire name), with the error answered when one is broken.
                pub const RULES: &'static [crate::support::RuleInfo] = #table;

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
        }
    });
    Some(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, ::serde::Deserialize)]
        pub struct #name {
            #( #fields, )*
        }

        #rules

        impl Parameters for #name {
            fn values(&self) -> Vec<(&'static str, ParameterIn, String)> {
                #body
            }
        }
    })
}

fn location(location: ParameterLocation) -> &'static str {
    match location {
        ParameterLocation::Path => "path",
        ParameterLocation::Query => "query",
        ParameterLocation::Header => "header",
    }
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let request_language = request_language(api);
    let module_doc = format!(" The operations of the {}, from `{}`.", api.info.title, api.spec_folder());
    let common = ident(COMMON);
    let common_doc = format!(" The marker of the {} operations common to every mode.", api.info.title);
    let modes = api.modes.iter().map(|mode| {
        let name = ident(&mode.rust_name);
        let id = &mode.id;
        let doc = format!(" {}", mode.doc.get(Lang::En).map_or("", |t| t.text.as_str()));
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct #name;

            impl Mode for #name {
                const ID: &'static str = #id;
            }

            impl AllowedIn<#name> for #name {}
            impl AllowedIn<#name> for #common {}
        }
    });
    let descriptors = api.operations.iter().map(|operation| {
        let name = ident(&operation.rust_name);
        let doc = format!(
            " `{} {}`: {}",
            operation.method.as_str(),
            operation.path,
            operation.doc.get(Lang::En).map_or("", |t| t.text.as_str())
        );
        let info = info(api, operation);
        let mode = match operation.mode.as_deref().and_then(|id| api.modes.iter().find(|m| m.id == id)) {
            Some(mode) => ident(&mode.rust_name),
            None => ident(COMMON),
        };
        let parameters = parameters(api, operation);
        let parameters_type = if parameters.is_some() {
            let name = format_ident!("{}", parameters_name(operation));
            quote! { #name }
        } else {
            quote! { NoParameters }
        };
        let request = match &operation.request {
            Some(message) => {
                let message = ident(message);
                quote! { #message }
            }
            None => quote! { NoBody },
        };
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct #name;

            impl Operation for #name {
                const INFO: OperationInfo = #info;
                type Mode = #mode;
                type Parameters = #parameters_type;
                type Request = #request;
            }

            #parameters
        }
    });
    let all = api.operations.iter().map(|o| ident(&o.rust_name));
    let operation_id = operation_id(api);
    let messages = (!api.messages.is_empty()).then(|| quote! { #[allow(unused_imports)] use super::messages::*; });
    let enums = (!api.enums.is_empty()).then(|| quote! { #[allow(unused_imports)] use super::enums::*; });
    quote! {
        #![doc = #module_doc]

        #[allow(unused_imports)]
        use crate::support::{
            AllowedIn, BodyEncoding, Direction, Method, Mode, NoBody, NoParameters, Operation, OperationInfo,
            ParameterIn, Parameters, ResponseInfo,
        };
        #messages
        #enums

        #[doc = #common_doc]
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
        pub struct #common;

        impl Mode for #common {
            const ID: &'static str = "common";
        }

        impl AllowedIn<#common> for #common {}

        #( #modes )*

        #( #descriptors )*

        /// Every operation, in spec order.
        pub const OPERATIONS: &[OperationInfo] = &[#(<#all as Operation>::INFO),*];

        /// Where a request says which language its answer's texts are written in.
        pub const REQUEST_LANGUAGE: crate::support::RequestLanguage = #request_language;

        #operation_id
    }
}

/// `OperationId`: every operation as a value, with its descriptor, for tables that name operations (routes,
/// lifecycles, decoders).
fn operation_id(api: &ApiSpec) -> TokenStream {
    let name = ident(OPERATION_ID);
    let variants: Vec<_> = api.operations.iter().map(|o| ident(&o.rust_name)).collect();
    let docs = api.operations.iter().map(|o| format!(" `{}`: `{} {}`.", o.id, o.method.as_str(), o.path));
    let doc = format!(" The operations of the {}, as values.", api.info.title);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #[doc = #docs] #variants, )*
        }

        impl #name {
            /// Every operation, in spec order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// What the spec says of the operation.
            pub const fn info(self) -> &'static OperationInfo {
                match self {
                    #( Self::#variants => &<#variants as Operation>::INFO, )*
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
    }
}

/// The API's `request_language` as a support `RequestLanguage`.
fn request_language(api: &ApiSpec) -> TokenStream {
    let lang = |lang: Lang| match lang {
        Lang::En => quote! { crate::support::Lang::En },
        Lang::Tr => quote! { crate::support::Lang::Tr },
    };
    match &api.info.request_language {
        RequestLanguage::Field { field, default, provenance } => {
            let (default, provenance) = (lang(*default), super::provenance::provenance(api, provenance));
            quote! { crate::support::RequestLanguage::Field { field: #field, default: #default, provenance: #provenance } }
        }
        RequestLanguage::Header { header, default, provenance } => {
            let (default, provenance) = (lang(*default), super::provenance::provenance(api, provenance));
            quote! { crate::support::RequestLanguage::Header { header: #header, default: #default, provenance: #provenance } }
        }
        RequestLanguage::Fixed { lang: fixed, provenance } => {
            let (fixed, provenance) = (lang(*fixed), super::provenance::provenance(api, provenance));
            quote! { crate::support::RequestLanguage::Fixed { lang: #fixed, provenance: #provenance } }
        }
    }
}
