//! `generated/src/<api>/decode.rs`: the server direction's decoders. Per operation `decode` reads its parameters
//! (path, query, headers) and body (JSON or form) into its typed request, checked against the spec's shapes and
//! rules; every failure is a `DecodeError` naming the field, with the API's own code for it (the spec's
//! `error_wire.request_invalid`, an operation's `decode_error`, or a broken rule's code) and the status the operation
//! answers it with. `receive` routes and decodes in one step.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::idents::ident;
use super::operations::{OPERATION_ID, parameters_name};
use crate::model::{ContentType, PlaceholderType};
use crate::spec::ApiSpec;
use crate::validate::UNRECOGNIZED;
use crate::wire;

/// Whether the API has operations and says how it answers requests it cannot read (and so has decoders).
pub fn present(api: &ApiSpec) -> bool {
    !api.operations.is_empty() && api.error_wire.is_some()
}

/// The codes a decoder of the API may answer: the unreadable-request codes and those of broken rules.
fn answered_codes(api: &ApiSpec) -> BTreeSet<String> {
    let mut codes = BTreeSet::new();
    for operation in &api.operations {
        codes.extend(wire::decode_code(api, operation).map(str::to_owned));
        let body = operation.request.as_deref().and_then(|m| api.message(m)).map_or(&[][..], |m| &m.rules[..]);
        codes.extend(body.iter().chain(&operation.parameter_rules).filter_map(|r| r.error.clone()));
    }
    codes
}

/// The arms of `DecodeError::error`: each code a decoder answers, as its typed error with the problem as its detail.
fn error_arms(api: &ApiSpec) -> Vec<TokenStream> {
    let detail = wire::detail_placeholder(api);
    answered_codes(api)
        .iter()
        .filter_map(|code| api.code(code))
        .filter(|code| {
            code.placeholders.iter().all(|p| Some(p.name.as_str()) == detail && p.kind == PlaceholderType::String)
        })
        .map(|code| {
            let variant = ident(&code.rust_name);
            match code.placeholders.first() {
                None => quote! { Code::#variant => Error::#variant },
                Some(placeholder) => {
                    let name = ident(&placeholder.name);
                    quote! { Code::#variant => Error::#variant { #name: self.problem.describe(lang) } }
                }
            }
        })
        .collect()
}

fn operation_decoder(api: &ApiSpec, operation: &crate::model::Operation) -> TokenStream {
    let name = ident(&operation.rust_name);
    let operation_id = ident(OPERATION_ID);
    let (parameters_type, parameters) = if operation.parameters.is_empty() {
        (quote! { NoParameters }, quote! { let parameters = NoParameters; })
    } else {
        let struct_name = format_ident!("{}", parameters_name(operation));
        let rules = (!operation.parameter_rules.is_empty()).then(|| {
            quote! {
                if let Some(rule) = parameters.broken_rules().first() {
                    return Err(reject(crate::support::rule_problem(rule, &shapes::#struct_name, false), rule.error));
                }
            }
        });
        (
            quote! { #struct_name },
            quote! {
                let parameters: #struct_name = crate::support::decode_parameters(request, &shapes::#struct_name)
                    .map_err(|problem| reject(problem, None))?;
                #rules
            },
        )
    };
    let has_body = operation.request.is_some() && operation.content_type != ContentType::None;
    let (body_type, body, view_only) = match (&operation.request, operation.content_type) {
        (Some(message), content_type) if content_type != ContentType::None => {
            let message_ident = ident(message);
            let encoding = match content_type {
                ContentType::Form => quote! { BodyEncoding::Form },
                _ => quote! { BodyEncoding::Json },
            };
            let rules = api.message(message).is_some_and(|m| !m.rules.is_empty()).then(|| {
                quote! {
                    if let Some(rule) = #message_ident::broken_rules_of(Some(&view)).first() {
                        return Err(reject(crate::support::rule_problem(rule, &shapes::#message_ident, true), rule.error));
                    }
                }
            });
            (
                quote! { #message_ident },
                quote! {
                    let (body, view): (#message_ident, serde_json::Value) =
                        crate::support::decode_body(request, #encoding, &shapes::#message_ident)
                            .map_err(|problem| reject(problem, None))?;
                    #rules
                },
                quote! {
                    let view = crate::support::decode_body_view::<#message_ident>(request, #encoding, &shapes::#message_ident)
                        .map_err(|problem| reject(problem, None))?;
                    #rules
                },
            )
        }
        _ => (
            quote! { NoBody },
            quote! { let body = NoBody; let view = serde_json::Value::Null; },
            quote! { let view = serde_json::Value::Null; },
        ),
    };
    let callback = match operation.direction {
        crate::model::Direction::Callback => {
            " A callback is the merchant's to receive: its path parameter is the URL it was sent to."
        }
        crate::model::Direction::Request => "",
    };
    let doc = format!(
        " Decodes a request of `{} {}` (once routed): its parameters and body, typed, or the error the operation \
         answers, naming the field.{callback}",
        operation.method.as_str(),
        operation.path
    );
    let request_used = if operation.parameters.is_empty() && !has_body {
        quote! { _request }
    } else {
        quote! { request }
    };
    quote! {
        impl #name {
            #[doc = #doc]
            #[allow(unused_variables)]
            pub fn decode(#request_used: &IncomingRequest<'_>) -> Result<Decoded<#parameters_type, #body_type>, DecodeError> {
                let reject = |problem: Problem, code: Option<&str>| DecodeError::new(#operation_id::#name, problem, code);
                #parameters
                #body
                Ok(Decoded { parameters, body, view })
            }

            /// [`Self::decode`], for a server that reads only the request's view: the same checks and errors, the
            /// body not typed (a debug build types it too, and checks it writes the view).
            #[allow(unused_variables)]
            pub fn decode_view(#request_used: &IncomingRequest<'_>) -> Result<serde_json::Value, DecodeError> {
                let reject = |problem: Problem, code: Option<&str>| DecodeError::new(#operation_id::#name, problem, code);
                #parameters
                #view_only
                Ok(view)
            }
        }
    }
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let module_doc = format!(" The decoders of the {}'s requests, from `{}`.", api.info.title, api.spec_folder());
    let operation_id = ident(OPERATION_ID);
    let unrecognized = ident(UNRECOGNIZED);
    let decoders = api.operations.iter().map(|o| operation_decoder(api, o));
    let view_arms: Vec<TokenStream> = api
        .operations
        .iter()
        .map(|o| {
            let name = ident(&o.rust_name);
            quote! { DecodedRequest::#name(decoded) => &decoded.view }
        })
        .collect();
    let into_view_arms: Vec<TokenStream> = api
        .operations
        .iter()
        .map(|o| {
            let name = ident(&o.rust_name);
            quote! { DecodedRequest::#name(decoded) => decoded.view }
        })
        .collect();
    let variants = api.operations.iter().map(|o| {
        let name = ident(&o.rust_name);
        let parameters = if o.parameters.is_empty() {
            quote! { NoParameters }
        } else {
            let p = format_ident!("{}", parameters_name(o));
            quote! { #p }
        };
        let body = match (&o.request, o.content_type) {
            (Some(message), content_type) if content_type != ContentType::None => {
                let m = ident(message);
                quote! { #m }
            }
            _ => quote! { NoBody },
        };
        let doc = format!(" `{}`: `{} {}`.", o.id, o.method.as_str(), o.path);
        quote! { #[doc = #doc] #name(Decoded<#parameters, #body>) }
    });
    let decode_arms = api.operations.iter().map(|o| {
        let name = ident(&o.rust_name);
        quote! { #operation_id::#name => #name::decode(request).map(DecodedRequest::#name) }
    });
    let view_arms_decode = api.operations.iter().map(|o| {
        let name = ident(&o.rust_name);
        quote! { #operation_id::#name => #name::decode_view(request) }
    });
    let code_arms = api.operations.iter().filter_map(|o| {
        let name = ident(&o.rust_name);
        let code = api.code(wire::decode_code(api, o)?)?;
        let variant = ident(&code.rust_name);
        Some(quote! { #operation_id::#name => Code::#variant })
    });
    let error_arms = error_arms(api);
    let replies = super::replies::present(api);
    let status = if replies {
        quote! { super::replies::error_status(operation, &error.error(Lang::En)) }
    } else {
        quote! { None }
    };
    let reply = replies.then(|| {
        quote! {
            /// The error as the operation answers it, encoded (status, `Content-Type`, body), its text in `lang`,
            /// written at `unix_millis`; `None` where the operation documents no error response (a callback).
            pub fn reply(&self, lang: Lang, unix_millis: i64) -> Option<Result<crate::support::EncodedReply, serde_json::Error>> {
                super::replies::error_reply(self.operation, &self.error(lang), lang, unix_millis)
            }
        }
    });
    let receive = super::routes::serves(api).then(|| {
        quote! {
            /// Why a request was not received.
            #[derive(Debug, Clone, PartialEq, Eq)]
            pub enum Refusal {
                /// No operation has the path (HTTP 404).
                NotFound,
                /// The path is served with other methods (HTTP 405 with `Allow`).
                MethodNotAllowed {
                    /// The methods the path is served with.
                    allow: Vec<Method>,
                },
                /// The operation cannot read the request.
                Invalid(DecodeError),
            }

            /// Routes a request (method, path with its query string, headers, body) and decodes it.
            pub fn receive(
                method: &str,
                path_and_query: &str,
                headers: &[(&str, &str)],
                body: &[u8],
            ) -> Result<DecodedRequest, Refusal> {
                let without_fragment = path_and_query.split('#').next().unwrap_or_default();
                let (path, query) = without_fragment.split_once('?').unwrap_or((without_fragment, ""));
                match super::routes::route(method, path) {
                    crate::support::Route::NotFound => Err(Refusal::NotFound),
                    crate::support::Route::MethodNotAllowed { allow } => Err(Refusal::MethodNotAllowed { allow }),
                    crate::support::Route::Found { operation, path_parameters } => {
                        let request = IncomingRequest { path_parameters: &path_parameters, query, headers, body };
                        decode(operation, &request).map_err(Refusal::Invalid)
                    }
                }
            }
        }
    });
    let method_import = receive.is_some().then(|| quote! { use crate::support::Method; });
    quote! {
        #![doc = #module_doc]

        #[allow(unused_imports)]
        use super::errors::{Code, Error};
        #[allow(unused_imports)]
        use super::messages::*;
        #[allow(unused_imports)]
        use super::operations::*;
        #[allow(unused_imports)]
        use super::shapes;
        #[allow(unused_imports)]
        use crate::support::{BodyEncoding, Decoded, IncomingRequest, Lang, NoBody, NoParameters, Problem};
        #method_import

        /// A request an operation cannot read: what is wrong and where, the code the API answers it with, and the
        /// status the operation answers that code with (`None` where it documents none: a callback's answer is the
        /// merchant's).
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct DecodeError {
            /// The operation.
            pub operation: #operation_id,
            /// What is wrong, and where.
            pub problem: Problem,
            /// The code the API answers it with.
            pub code: Code,
            /// The HTTP status the operation answers it with.
            pub status: Option<u16>,
        }

        impl DecodeError {
            fn new(operation: #operation_id, problem: Problem, code: Option<&str>) -> Self {
                let code = code.and_then(<Code as crate::support::WireEnum>::from_wire).unwrap_or_else(|| request_invalid_code(operation));
                let mut error = DecodeError { operation, problem, code, status: None };
                error.status = #status.or_else(|| error.code.http_status());
                error
            }

            /// The typed error, its detail (where the code has one) what is wrong and where, in `lang`.
            #[allow(unreachable_patterns)]
            pub fn error(&self, lang: Lang) -> Error {
                match self.code {
                    #( #error_arms, )*
                    other => Error::#unrecognized {
                        group: Some(crate::support::WireEnum::as_wire(other.group()).to_owned()),
                        code: crate::support::WireEnum::as_wire(other).to_owned(),
                        message: Some(self.problem.describe(lang)),
                    },
                }
            }

            /// The error's message in `lang`.
            pub fn message(&self, lang: Lang) -> String {
                self.error(lang).message(lang)
            }

            #reply
        }

        impl ::std::fmt::Display for DecodeError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}: {} ({})", self.operation.id(), self.problem, crate::support::WireEnum::as_wire(self.code))
            }
        }

        impl ::std::error::Error for DecodeError {}

        /// The code `operation` answers a request it cannot read with.
        pub fn request_invalid_code(operation: #operation_id) -> Code {
            match operation {
                #( #code_arms, )*
            }
        }

        /// A decoded request of any operation.
        #[allow(clippy::large_enum_variant)]
        #[derive(Debug, Clone, PartialEq)]
        pub enum DecodedRequest {
            #( #variants, )*
        }

        impl DecodedRequest {
            /// The body's JSON value, as its cross-field rules and a lifecycle's guards read it (`Null` where the
            /// operation takes no body).
            pub fn view(&self) -> &serde_json::Value {
                match self {
                    #( #view_arms, )*
                }
            }

            /// [`DecodedRequest::view`], taken out of the request.
            pub fn into_view(self) -> serde_json::Value {
                match self {
                    #( #into_view_arms, )*
                }
            }
        }

        /// Decodes a request of `operation` (once routed).
        pub fn decode(operation: #operation_id, request: &IncomingRequest<'_>) -> Result<DecodedRequest, DecodeError> {
            match operation {
                #( #decode_arms, )*
            }
        }

        /// Decodes a request of `operation` (once routed) to its view only ([`DecodedRequest::view`]): what
        /// [`decode`] accepts and refuses, without typing the body.
        pub fn decode_view(operation: #operation_id, request: &IncomingRequest<'_>) -> Result<serde_json::Value, DecodeError> {
            match operation {
                #( #view_arms_decode, )*
            }
        }

        #receive

        #( #decoders )*
    }
}
