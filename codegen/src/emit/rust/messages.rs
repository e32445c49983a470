//! `generated/src/<api>/messages.rs`: one serde struct per message. Required fields cannot be left out; optional ones
//! keep the difference between absent and `null`; unknown fields are kept in `extra`, so nothing is lost.

use proc_macro2::TokenStream;
use quote::quote;

use super::idents::ident;
use super::types::rust_type;
use crate::model::{Field, FieldType, Lang, Message, Rule, RuleCheck};
use crate::names::{has_required_struct, required_name};
use crate::spec::ApiSpec;
use crate::validate::EXTRA_FIELD;

fn english(texts: &crate::model::Texts) -> String {
    texts.get(Lang::En).map_or_else(String::new, |t| format!(" {}", t.text))
}

/// A boxed type where a message contains itself, so the struct has a finite size.
fn field_type(api: &ApiSpec, message: &Message, kind: &FieldType) -> TokenStream {
    let base = rust_type(api, kind);
    match kind {
        FieldType::Message { message: name } if *name == message.name => quote! { Box<#base> },
        _ => base,
    }
}

fn field(api: &ApiSpec, message: &Message, field: &Field) -> TokenStream {
    let name = ident(&field.rust_name);
    let wire = &field.wire;
    let doc = english(&field.doc);
    let kind = field_type(api, message, &field.kind);
    let aliases = field.aliases.iter().map(|a| {
        let wire = &a.wire;
        quote! { #[serde(alias = #wire)] }
    });
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
            quote! { #[serde(rename = #wire, default, skip_serializing_if = "crate::support::Nullable::is_absent")] },
            quote! { crate::support::Nullable<#kind> },
        ),
    };
    quote! {
        #[doc = #doc]
        #attributes
        #( #aliases )*
        pub #name: #ty
    }
}

/// The Rust type of a field as the struct holds it (with the `Option`s of presence and nullability).
fn held_type(api: &ApiSpec, message: &Message, field: &Field) -> TokenStream {
    let kind = field_type(api, message, &field.kind);
    let any_json = matches!(field.kind, FieldType::Json);
    match (field.required, field.nullable && !any_json) {
        (true, false) => kind,
        (true, true) | (false, false) => quote! { Option<#kind> },
        (false, true) => quote! { crate::support::Nullable<#kind> },
    }
}

/// A `&[RuleInfo]` table of `rules` (of a message's fields, or of an operation's parameters); `support` is the path
/// the support types are reached by (empty where the module imports them).
pub(super) fn rules_table(api: &ApiSpec, rules: &[Rule], support: &TokenStream) -> TokenStream {
    let rules = rules.iter().map(|rule| {
        let check = match &rule.check {
            RuleCheck::RequiredIf { field, when } => {
                let condition = &when.field;
                let equals = when.equals.to_string();
                quote! { #support RuleKind::RequiredIf { field: #field, when: #condition, equals: #equals } }
            }
            RuleCheck::AtLeastOneOf { fields } => quote! { #support RuleKind::AtLeastOneOf(&[#(#fields),*]) },
            RuleCheck::ExactlyOneOf { fields } => quote! { #support RuleKind::ExactlyOneOf(&[#(#fields),*]) },
            RuleCheck::AtMostOneOf { fields } => quote! { #support RuleKind::AtMostOneOf(&[#(#fields),*]) },
        };
        let error = match &rule.error {
            Some(code) => quote! { Some(#code) },
            None => quote! { None },
        };
        let doc = rule.doc.get(Lang::En).map_or("", |t| t.text.as_str());
        let provenance = super::provenance::provenance(api, &rule.provenance);
        quote! { #support RuleInfo { check: #check, error: #error, doc: #doc, provenance: #provenance } }
    });
    quote! { &[#(#rules),*] }
}

/// The constructor of a message: `new()` without required fields, `new(field)` with one, and with more than one
/// `new(<Message>Required { .. })`, whose fields are named, so two arguments of the same type cannot be swapped and a
/// missing one is a compile error. Optional fields start absent.
fn constructor(api: &ApiSpec, message: &Message) -> TokenStream {
    let required: Vec<&Field> = message.fields.iter().filter(|f| f.required).collect();
    let values = message.fields.iter().map(|f| {
        let name = ident(&f.rust_name);
        if f.required {
            quote! { #name }
        } else {
            quote! { #name: Default::default() }
        }
    });
    let extra = ident(EXTRA_FIELD);
    let body = quote! { Self { #(#values,)* #extra: BTreeMap::new() } };
    if has_required_struct(message) {
        let required_type = ident(&required_name(&message.name));
        let names = required.iter().map(|f| ident(&f.rust_name));
        let doc = format!(
            " A {} from its required fields, named in a [`{}`]; optional fields start absent.",
            message.name,
            required_name(&message.name)
        );
        return quote! {
            #[doc = #doc]
            pub fn new(required: #required_type) -> Self {
                let #required_type { #(#names),* } = required;
                #body
            }
        };
    }
    let arguments = required.iter().map(|f| {
        let name = ident(&f.rust_name);
        let ty = held_type(api, message, f);
        quote! { #name: #ty }
    });
    let doc = match required.first() {
        Some(f) => {
            format!(" A {} from its one required field, `{}`; optional fields start absent.", message.name, f.rust_name)
        }
        None => format!(" A {} with every field absent.", message.name),
    };
    quote! {
        #[doc = #doc]
        pub fn new(#(#arguments),*) -> Self {
            #body
        }
    }
}

/// For a message with more than one required field, the `<Message>Required` struct its `new` takes (its required
/// fields, public and named) and `From` it; nothing otherwise. Its `Debug` redacts what the message's redacts.
fn required_struct(api: &ApiSpec, message: &Message) -> TokenStream {
    if !has_required_struct(message) {
        return TokenStream::new();
    }
    let required: Vec<&Field> = message.fields.iter().filter(|f| f.required).collect();
    let name = ident(&message.name);
    let title = required_name(&message.name);
    let required_type = ident(&title);
    let doc = format!(
        " The required fields of a [`{}`], by name, for [`{}::new`] (or `.into()`): a field cannot be left out, and two \
         of the same type cannot be swapped as positional arguments could.",
        message.name, message.name
    );
    let fields = required.iter().map(|f| {
        let field = ident(&f.rust_name);
        let doc = english(&f.doc);
        let ty = held_type(api, message, f);
        quote! {
            #[doc = #doc]
            pub #field: #ty
        }
    });
    let sensitive = required.iter().any(|f| f.sensitive);
    let (derive_debug, debug) = if sensitive {
        let shown = required.iter().map(|f| {
            let field = ident(&f.rust_name);
            let label = &f.rust_name;
            if f.sensitive {
                quote! { .field(#label, &crate::support::Redacted(&self.#field)) }
            } else {
                quote! { .field(#label, &self.#field) }
            }
        });
        let debug = quote! {
            impl std::fmt::Debug for #required_type {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.debug_struct(#title) #(#shown)* .finish()
                }
            }
        };
        (TokenStream::new(), debug)
    } else {
        (quote! { Debug, }, TokenStream::new())
    };
    quote! {
        #[doc = #doc]
        #[derive(#derive_debug Clone, PartialEq)]
        pub struct #required_type {
            #( #fields, )*
        }

        #debug

        impl From<#required_type> for #name {
            fn from(required: #required_type) -> Self {
                Self::new(required)
            }
        }
    }
}

/// A `Debug` that shows every field but the sensitive ones, which it shows as redacted (keeping whether they are
/// present), for a message with sensitive fields.
fn redacting_debug(message: &Message) -> TokenStream {
    let name = ident(&message.name);
    let title = &message.name;
    let extra = ident(EXTRA_FIELD);
    let extra_name = EXTRA_FIELD;
    let fields = message.fields.iter().map(|f| {
        let field = ident(&f.rust_name);
        let label = &f.rust_name;
        if f.sensitive {
            quote! { .field(#label, &crate::support::Redacted(&self.#field)) }
        } else {
            quote! { .field(#label, &self.#field) }
        }
    });
    quote! {
        impl std::fmt::Debug for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#title) #(#fields)* .field(#extra_name, &self.#extra).finish()
            }
        }
    }
}

/// Where sensitive values sit in a message: its own sensitive fields, and its fields that hold other messages.
fn sensitive_table<'a>(api: &'a ApiSpec, message: &'a Message) -> (Vec<&'a str>, Vec<(&'a str, &'a str)>) {
    fn nested(kind: &FieldType) -> Option<&str> {
        match kind {
            FieldType::Message { message } => Some(message),
            FieldType::Array { items, .. } => nested(items),
            _ => None,
        }
    }
    let own = message.fields.iter().filter(|f| f.sensitive).map(|f| f.wire.as_str()).collect();
    let inner = message
        .fields
        .iter()
        .filter_map(|f| {
            nested(&f.kind).filter(|m| contains_sensitive(api, m, &mut Vec::new())).map(|m| (f.wire.as_str(), m))
        })
        .collect();
    (own, inner)
}

/// Whether a message holds a sensitive field, itself or in a message it holds.
fn contains_sensitive<'a>(api: &'a ApiSpec, name: &'a str, seen: &mut Vec<&'a str>) -> bool {
    if seen.contains(&name) {
        return false;
    }
    seen.push(name);
    let Some(message) = api.message(name) else { return false };
    message.fields.iter().any(|f| {
        f.sensitive
            || match &f.kind {
                FieldType::Message { message } => contains_sensitive(api, message, seen),
                FieldType::Array { items, .. } => match items.as_ref() {
                    FieldType::Message { message } => contains_sensitive(api, message, seen),
                    _ => false,
                },
                _ => false,
            }
    })
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
        let fields = message.fields.iter().map(|f| field(api, message, f));
        let constructor = constructor(api, message);
        let required = required_struct(api, message);
        let rules = rules_table(api, &message.rules, &TokenStream::new());
        let default = message.fields.iter().all(|f| !f.required).then(|| quote! { Default, });
        let sensitive = message.fields.iter().any(|f| f.sensitive);
        let (debug, redacting) = if sensitive {
            (TokenStream::new(), redacting_debug(message))
        } else {
            (quote! { Debug, }, TokenStream::new())
        };
        quote! {
            #[doc = #doc]
            #[derive(#debug Clone, PartialEq, #default Serialize, Deserialize)]
            pub struct #name {
                #( #fields, )*
                /// Fields the spec does not describe, kept exactly as they came so that nothing is lost on a round trip.
                #[serde(flatten)]
                pub #extra: BTreeMap<String, serde_json::Value>,
            }

            impl #name {
                #constructor

                /// The message's cross-field rules.
                pub const RULES: &'static [RuleInfo] = #rules;

                /// The rules this message breaks (conditionally required fields, one-of groups). A message that cannot
                /// be turned into JSON (which its types rule out) is reported as breaking every rule, never none.
                pub fn broken_rules(&self) -> Vec<&'static RuleInfo> {
                    Self::broken_rules_of(serde_json::to_value(self).ok().as_ref())
                }

                /// The rules a message's JSON value breaks; `None` (a message that could not be turned into JSON)
                /// breaks every rule.
                pub fn broken_rules_of(value: Option<&serde_json::Value>) -> Vec<&'static RuleInfo> {
                    match value {
                        Some(value) => broken_rules(value, Self::RULES),
                        None => Self::RULES.iter().collect(),
                    }
                }
            }

            #redacting

            #required
        }
    });
    let redact_arms = api.messages.iter().filter(|m| contains_sensitive(api, &m.name, &mut Vec::new())).map(|m| {
        let name = &m.name;
        let (own, inner) = sensitive_table(api, m);
        let (inner_fields, inner_messages): (Vec<&str>, Vec<&str>) = inner.into_iter().unzip();
        quote! { #name => (&[#(#own),*], &[#((#inner_fields, #inner_messages)),*]), }
    });
    let redact_arms: Vec<TokenStream> = redact_arms.collect();
    let redact_body = if redact_arms.is_empty() {
        quote! { let _ = (message, value); }
    } else {
        quote! {
            let (own, inner): (&[&str], &[(&str, &str)]) = match message {
                #( #redact_arms )*
                _ => return,
            };
            crate::support::redact_fields(value, own, inner, redact);
        }
    };
    let code = uses(api, |k| matches!(k, FieldType::ErrorCode));
    let group = uses(api, |k| matches!(k, FieldType::ErrorGroup));
    let mut imports = Vec::new();
    if code {
        imports.push(quote! { use super::errors::Code; });
    }
    if group {
        imports.push(quote! { use super::errors::Group; });
    }
    if api.messages.iter().any(|m| !m.rules.is_empty()) {
        imports.push(quote! { use crate::support::RuleKind; });
    }
    if uses(api, |k| matches!(k, FieldType::Enum { .. })) {
        imports.push(quote! { use super::enums::*; });
    }
    let names: Vec<&str> = api.messages.iter().map(|m| m.name.as_str()).collect();
    let types = api.messages.iter().map(|m| ident(&m.name));
    let echoes = api.messages.iter().flat_map(|m| {
        m.fields.iter().filter_map(move |f| {
            let echo = f.echoes.as_ref()?;
            let (message, field, request_field) = (&m.name, &f.wire, &echo.request_field);
            let provenance = super::provenance::provenance(api, &echo.provenance);
            Some(quote! {
                crate::support::EchoInfo { message: #message, field: #field, request_field: #request_field, provenance: #provenance }
            })
        })
    });
    quote! {
        #![doc = #module_doc]

        use std::collections::BTreeMap;

        use serde::{Deserialize, Serialize};

        use crate::support::{RuleInfo, broken_rules};
        #( #imports )*

        #( #structs )*

        /// Replaces every sensitive value of a JSON value of the message named `message` (and of the messages it
        /// holds) by `"***"`, for logs, reports and captures. Values of other messages are left as they are.
        pub fn redact(message: &str, value: &mut serde_json::Value) {
            #redact_body
        }

        /// The names of this API's messages, as the spec gives them.
        pub const MESSAGE_NAMES: &[&str] = &[#(#names),*];

        /// Every response field that carries back a request field's value, in message order.
        pub const ECHOES: &[crate::support::EchoInfo] = &[#(#echoes),*];

        /// The fields an answer in the message named `message` carries back from its request.
        pub fn echoes(message: &str) -> impl Iterator<Item = &'static crate::support::EchoInfo> + '_ {
            ECHOES.iter().filter(move |echo| echo.message == message)
        }

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
