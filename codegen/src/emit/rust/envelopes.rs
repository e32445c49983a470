//! `generated/src/<api>/envelopes.rs`: an `Error` written into each of the API's error messages (its envelope and
//! any other error body), in a language, and read back, by the mapping the spec declares (`error_wire.envelopes`).

use proc_macro2::TokenStream;
use quote::quote;

use super::idents::ident;
use crate::model::{EnvelopeMapping, Field, FieldType, IntegerUnit, Message};
use crate::spec::ApiSpec;
use crate::validate::{EXTRA_FIELD, UNRECOGNIZED};
use crate::wire::resolve;

/// Whether the API has error message mappings.
pub fn present(api: &ApiSpec) -> bool {
    api.error_wire.as_ref().is_some_and(|w| !w.envelopes.is_empty())
}

/// What a mapped field receives.
#[derive(Debug, Clone)]
enum Part {
    Code,
    Text,
    Group,
    Status,
    Time(Option<IntegerUnit>),
    Constant(serde_json::Value),
}

/// Wraps a value of the field's type in the `Option`s of its presence and nullability.
fn wrap(field: &Field, value: TokenStream) -> TokenStream {
    let nullable = field.nullable && !matches!(field.kind, FieldType::Json);
    match (field.required, nullable) {
        (true, false) => value,
        (true, true) | (false, false) => quote! { Some(#value) },
        (false, true) => quote! { crate::support::Nullable::Value(#value) },
    }
}

fn open_or_string(kind: &FieldType, text: TokenStream) -> TokenStream {
    match kind {
        FieldType::String { .. } => quote! { #text.to_owned() },
        _ => quote! { crate::support::Open::from_wire(#text) },
    }
}

fn value(field: &Field, kind: &FieldType, part: &Part) -> TokenStream {
    match part {
        Part::Code => wrap(field, open_or_string(kind, quote! { code })),
        Part::Text => wrap(field, quote! { text.clone() }),
        Part::Group => {
            let base = open_or_string(kind, quote! { g });
            let nullable = field.nullable && !matches!(field.kind, FieldType::Json);
            match (field.required, nullable) {
                (true, false) => quote! { { let g = group.as_deref().unwrap_or_default(); #base } },
                (true, true) | (false, false) => quote! { group.as_deref().map(|g| #base) },
                (false, true) => {
                    quote! { group.as_deref().map_or(crate::support::Nullable::Absent, |g| crate::support::Nullable::Value(#base)) }
                }
            }
        }
        Part::Status => wrap(field, quote! { status }),
        Part::Time(Some(IntegerUnit::UnixSeconds)) => wrap(field, quote! { unix_millis.div_euclid(1000) }),
        Part::Time(_) => wrap(field, quote! { unix_millis }),
        Part::Constant(serde_json::Value::Bool(b)) => wrap(field, quote! { #b }),
        Part::Constant(constant) => {
            let text = constant.as_str().unwrap_or_default();
            wrap(field, quote! { #text.to_owned() })
        }
    }
}

/// The struct literal of `message` (under `prefix`) with every mapped part written and everything else absent or
/// `null`.
fn literal(api: &ApiSpec, message: &Message, prefix: &str, parts: &[(String, Part)]) -> TokenStream {
    let name = ident(&message.name);
    let extra = ident(EXTRA_FIELD);
    let fields = message.fields.iter().map(|field| {
        let rust = ident(&field.rust_name);
        let here = format!("{prefix}/{}", field.wire);
        if let Some((_, part)) = parts.iter().find(|(pointer, _)| *pointer == here) {
            let kind = match &field.kind {
                FieldType::Array { items, .. } => items.as_ref(),
                other => other,
            };
            let value = value(field, kind, part);
            return quote! { #rust: #value };
        }
        let (inner, below, first_item) = match &field.kind {
            FieldType::Message { message } => (api.message(message), here.clone(), false),
            FieldType::Array { items, .. } => match items.as_ref() {
                FieldType::Message { message } => (api.message(message), format!("{here}/0"), true),
                _ => (None, here.clone(), false),
            },
            _ => (None, here.clone(), false),
        };
        if let Some(inner) = inner.filter(|_| parts.iter().any(|(p, _)| p.starts_with(&format!("{below}/")))) {
            let object = literal(api, inner, &below, parts);
            let object = if first_item {
                quote! { vec![#object] }
            } else {
                object
            };
            let value = wrap(field, object);
            return quote! { #rust: #value };
        }
        let absent = match (field.required, field.nullable, &field.kind) {
            (true, _, FieldType::Json) => quote! { serde_json::Value::Null },
            (true, false, _) | (false, true, _) => quote! { Default::default() },
            _ => quote! { None },
        };
        quote! { #rust: #absent }
    });
    quote! { #name { #(#fields,)* #extra: ::std::collections::BTreeMap::new() } }
}

fn mapping_impl(api: &ApiSpec, message: &Message, mapping: &EnvelopeMapping) -> TokenStream {
    let mut parts: Vec<(String, Part)> = vec![(mapping.code.clone(), Part::Code)];
    parts.extend(mapping.text.iter().map(|p| (p.clone(), Part::Text)));
    parts.extend(mapping.group.iter().map(|p| (p.clone(), Part::Group)));
    parts.extend(mapping.status.iter().map(|p| (p.clone(), Part::Status)));
    if let Some(time) = &mapping.time {
        let unit = resolve(api, message, time).ok().and_then(|(_, kind)| match kind {
            FieldType::Integer { unit, .. } => *unit,
            _ => None,
        });
        parts.push((time.clone(), Part::Time(unit)));
    }
    parts.extend(mapping.constants.iter().map(|c| (c.at.clone(), Part::Constant(c.value.clone()))));
    let body = literal(api, message, "", &parts);
    let text_let = (!mapping.text.is_empty()).then(|| quote! { let text = error.message(lang); });
    let group_let = mapping.group.is_some().then(|| quote! { let group = wire_group(error); });
    let status_let = mapping.status.is_some().then(|| {
        quote! { let status = i64::from(error.code().and_then(Code::pseudo_status).unwrap_or(status)); }
    });
    let name = ident(&message.name);
    let (code_pointer, text_pointer) = (&mapping.code, mapping.text.first());
    let read_text = match text_pointer {
        Some(pointer) => quote! { value.pointer(#pointer).and_then(serde_json::Value::as_str) },
        None => quote! { None },
    };
    let read_group = match &mapping.group {
        Some(pointer) => quote! { value.pointer(#pointer).and_then(serde_json::Value::as_str) },
        None => quote! { None },
    };
    let lang_used = if mapping.text.is_empty() {
        quote! { _lang }
    } else {
        quote! { lang }
    };
    let status_used = if mapping.status.is_some() {
        quote! { status }
    } else {
        quote! { _status }
    };
    let millis_used = if mapping.time.is_some() {
        quote! { unix_millis }
    } else {
        quote! { _unix_millis }
    };
    let doc = format!(
        " `error` written as [`{}`]: its code, its text in `lang`, and the rest as the spec's mapping says; `status` is the \
         HTTP status it is answered with (a code's pseudo-status goes in its place), `unix_millis` the time of the answer.",
        message.name
    );
    let read_doc = format!(
        " The error [`{}`] carries, if it carries a code; it reads back what `from_error` wrote.",
        message.name
    );
    quote! {
        impl #name {
            #[doc = #doc]
            pub fn from_error(error: &Error, #lang_used: Lang, #status_used: u16, #millis_used: i64) -> Self {
                let code = error.wire_code();
                #text_let
                #group_let
                #status_let
                #body
            }

            #[doc = #read_doc]
            pub fn to_error(&self) -> Option<Error> {
                let value = serde_json::to_value(self).ok()?;
                let code = value.pointer(#code_pointer)?.as_str()?;
                Some(Error::from_wire(#read_group, code, #read_text))
            }
        }
    }
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let module_doc = format!(
        " Errors of the {} written into its error messages and read back, from `{}`.",
        api.info.title,
        api.spec_folder()
    );
    let mappings = api.error_wire.iter().flat_map(|w| w.envelopes.iter());
    let impls: Vec<TokenStream> = mappings
        .filter_map(|mapping| api.message(&mapping.message).map(|message| mapping_impl(api, message, mapping)))
        .collect();
    let unrecognized = ident(UNRECOGNIZED);
    let any_group = api.error_wire.iter().flat_map(|w| w.envelopes.iter()).any(|m| m.group.is_some());
    let wire_group = any_group.then(|| {
        quote! {
            /// The group as it travels: an unrecognized error's as it came, else the catalog's.
            fn wire_group(error: &Error) -> Option<String> {
                match error {
                    Error::#unrecognized { group, .. } => group.clone(),
                    other => other.group().map(|g| crate::support::WireEnum::as_wire(g).to_owned()),
                }
            }
        }
    });
    quote! {
        #![doc = #module_doc]

        #[allow(unused_imports)]
        use super::errors::{Code, Error};
        #[allow(unused_imports)]
        use super::messages::*;
        #[allow(unused_imports)]
        use crate::support::Lang;

        #wire_group

        #( #impls )*
    }
}
