//! `generated/src/<api>/replies.rs`: per operation a reply enum, one variant per documented status with its message
//! (`Vuk509PaymentReply::Status400(ErrorEnvelope)`), written as status and exact body or read back from them; the
//! status the operation answers each error with, and an error written as its reply.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::idents::ident;
use super::operations::OPERATION_ID;
use crate::model::{Operation, Response};
use crate::spec::ApiSpec;
use crate::wire;

pub use crate::names::reply_name;

fn variant(response: &Response) -> proc_macro2::Ident {
    format_ident!("Status{}", response.status)
}

/// The arms of an operation's `error_status`: every code and pass-through group it declares, at its status.
fn error_arms(api: &ApiSpec, operation: &Operation) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let codes = operation.errors.iter().filter_map(|c| api.code(c)).filter_map(|code| {
        let status = Literal::u16_unsuffixed(wire::code_status(api, operation, code).ok()?);
        let variant = ident(&code.rust_name);
        Some(quote! { Some(Code::#variant) => #status })
    });
    let groups = operation.error_groups.iter().filter_map(|g| api.group(g)).filter_map(|group| {
        let catalog = group.passthrough.as_ref().and_then(|p| p.http_status.as_ref()).map(|s| s.value);
        let status = Literal::u16_unsuffixed(wire::status_of(api, operation, &group.id, catalog).ok()?);
        let variant = ident(&group.rust_name);
        Some(quote! { Some(Group::#variant) => #status })
    });
    (codes.collect(), groups.collect())
}

fn reply(api: &ApiSpec, operation: &Operation) -> TokenStream {
    let name = format_ident!("{}", reply_name(operation));
    let doc = format!(" The replies of [`super::operations::{}`], one per documented status.", operation.rust_name);
    let variants = operation.responses.iter().map(|r| {
        let variant = variant(r);
        let doc = format!(" {}: {}", r.status, r.doc.get(crate::model::Lang::En).map_or("", |t| t.text.as_str()));
        match &r.message {
            Some(message) => {
                let message = ident(message);
                quote! { #[doc = #doc] #variant(#message) }
            }
            None => quote! { #[doc = #doc] #variant },
        }
    });
    let statuses: Vec<Literal> = operation.responses.iter().map(|r| Literal::u16_unsuffixed(r.status)).collect();
    let status_arms = operation.responses.iter().map(|r| {
        let (variant, status) = (variant(r), Literal::u16_unsuffixed(r.status));
        if r.message.is_some() {
            quote! { Self::#variant(_) => #status }
        } else {
            quote! { Self::#variant => #status }
        }
    });
    let body_arms = operation.responses.iter().map(|r| {
        let variant = variant(r);
        if r.message.is_some() {
            quote! { Self::#variant(message) => (Some("application/json"), serde_json::to_string(message)?) }
        } else {
            quote! { Self::#variant => (None, String::new()) }
        }
    });
    let decode_arms = operation.responses.iter().map(|r| {
        let (variant, status) = (variant(r), Literal::u16_unsuffixed(r.status));
        if r.message.is_some() {
            quote! {
                #status => serde_json::from_slice(body)
                    .map(Self::#variant)
                    .map_err(|error| ReplyDecodeError::Body { status, error })
            }
        } else {
            quote! { #status => Ok(Self::#variant) }
        }
    });
    let body_used = if operation.responses.iter().any(|r| r.message.is_some()) {
        quote! { body }
    } else {
        quote! { _body }
    };
    let errors = wire::default_status(api, operation).map(|default| {
        let (codes, groups) = error_arms(api, operation);
        let default_literal = Literal::u16_unsuffixed(default);
        let statuses = wire::error_responses(api, operation);
        let error_statuses = statuses.iter().map(|s| Literal::u16_unsuffixed(*s));
        let arms = operation
            .responses
            .iter()
            .filter(|r| statuses.contains(&r.status))
            .filter_map(|r| {
                let message = ident(r.message.as_deref()?);
                let (variant, status) = (variant(r), Literal::u16_unsuffixed(r.status));
                let arm = quote! { Self::#variant(#message::from_error(error, lang, #status, unix_millis)) };
                Some(if r.status == default { (None, arm) } else { (Some(status), arm) })
            })
            .collect::<Vec<_>>();
        let specific = arms.iter().filter_map(|(status, arm)| status.as_ref().map(|s| quote! { #s => #arm }));
        let fallback = arms.iter().find(|(status, _)| status.is_none()).map(|(_, arm)| arm.clone());
        quote! {
            /// The statuses of its error responses (whose messages carry an error).
            pub const ERROR_STATUSES: &'static [u16] = &[#(#error_statuses),*];

            /// The status it answers `error` with: the one the spec gives each code and pass-through group it
            /// declares; for another error its catalog status if it is one of [`Self::ERROR_STATUSES`], else the
            /// operation's default error status.
            #[allow(clippy::match_single_binding, unreachable_patterns)]
            pub fn error_status(error: &Error) -> u16 {
                match error.code() {
                    #( #codes, )*
                    _ => match error.group() {
                        #( #groups, )*
                        _ => match error.http_status() {
                            Some(status) if Self::ERROR_STATUSES.contains(&status) => status,
                            _ => #default_literal,
                        },
                    },
                }
            }

            /// `error` as this operation answers it: at [`Self::error_status`], in that response's message, its text
            /// in `lang`, written at `unix_millis`.
            #[allow(clippy::match_single_binding)]
            pub fn error(error: &Error, lang: Lang, unix_millis: i64) -> Self {
                match Self::error_status(error) {
                    #( #specific, )*
                    _ => #fallback,
                }
            }
        }
    });
    quote! {
        #[doc = #doc]
        // A reply lives for one answer; boxing its messages would buy little and cost every reader a `Box`.
        #[allow(clippy::large_enum_variant)]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #( #variants, )*
        }

        impl #name {
            /// Every status it documents.
            pub const STATUSES: &'static [u16] = &[#(#statuses),*];

            /// The reply's HTTP status.
            pub fn status(&self) -> u16 {
                match self {
                    #( #status_arms, )*
                }
            }

            /// The reply as it is sent: status, `Content-Type` and the exact body.
            pub fn encode(&self) -> Result<EncodedReply, serde_json::Error> {
                let (content_type, body) = match self {
                    #( #body_arms, )*
                };
                Ok(EncodedReply { status: self.status(), content_type, body })
            }

            /// Reads a reply from its status and body; a status the operation does not document is refused.
            pub fn decode(status: u16, #body_used: &[u8]) -> Result<Self, ReplyDecodeError> {
                match status {
                    #( #decode_arms, )*
                    other => Err(ReplyDecodeError::UndocumentedStatus(other)),
                }
            }

            #errors
        }
    }
}

/// Whether the API has operations (and so replies).
pub fn present(api: &ApiSpec) -> bool {
    !api.operations.is_empty()
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let module_doc = format!(" The replies of the {}'s operations, from `{}`.", api.info.title, api.spec_folder());
    let replies = api.operations.iter().map(|o| reply(api, o));
    let operation_id = ident(OPERATION_ID);
    let with_errors: Vec<_> = api.operations.iter().filter(|o| wire::default_status(api, o).is_some()).collect();
    let status_arms = with_errors.iter().map(|o| {
        let (variant, reply) = (ident(&o.rust_name), format_ident!("{}", reply_name(o)));
        quote! { #operation_id::#variant => Some(#reply::error_status(error)) }
    });
    let reply_arms = with_errors.iter().map(|o| {
        let (variant, reply) = (ident(&o.rust_name), format_ident!("{}", reply_name(o)));
        quote! { #operation_id::#variant => Some(#reply::error(error, lang, unix_millis).encode()) }
    });
    quote! {
        #![doc = #module_doc]

        #[allow(unused_imports)]
        use super::errors::{Code, Error, Group};
        #[allow(unused_imports)]
        use super::messages::*;
        use super::operations::OperationId;
        use crate::support::{EncodedReply, Lang, ReplyDecodeError};

        #( #replies )*

        /// The status `operation` answers `error` with; `None` for an operation that documents no error response
        /// (a callback, whose answer is the merchant's).
        #[allow(unreachable_patterns)]
        pub fn error_status(operation: #operation_id, error: &Error) -> Option<u16> {
            match operation {
                #( #status_arms, )*
                _ => None,
            }
        }

        /// `error` as `operation` answers it, encoded: status, `Content-Type` and body, its text in `lang`; `None` for
        /// an operation that documents no error response.
        #[allow(unreachable_patterns)]
        pub fn error_reply(
            operation: #operation_id,
            error: &Error,
            lang: Lang,
            unix_millis: i64,
        ) -> Option<Result<EncodedReply, serde_json::Error>> {
            match operation {
                #( #reply_arms, )*
                _ => None,
            }
        }
    }
}
