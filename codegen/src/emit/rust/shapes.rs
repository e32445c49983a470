//! `generated/src/<api>/shapes.rs`: the shape of every message and of every operation's parameters as static data
//! (the same types, lengths, patterns, ranges, enumerations and constants as the JSON Schemas), for the decoders to
//! check a request against before it is typed. Each static is named by its message or parameter struct.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::idents::ident;
use super::operations::parameters_name;
use crate::emit::json_schema::{DATE_TIME_PATTERN, UUID_PATTERN, YYYYMMDD_PATTERN};
use crate::model::{DecimalWire, EnumWire, FieldType, IntegerUnit, ParameterLocation, StringFormat};
use crate::spec::ApiSpec;

fn option_u32(value: Option<u32>) -> TokenStream {
    match value {
        Some(v) => {
            let v = Literal::u32_unsuffixed(v);
            quote! { Some(#v) }
        }
        None => quote! { None },
    }
}

fn option_i64(value: Option<i64>) -> TokenStream {
    match value {
        Some(v) => {
            let v = Literal::i64_unsuffixed(v);
            quote! { Some(#v) }
        }
        None => quote! { None },
    }
}

/// The `ShapeKind` of a field type.
fn shape_kind(api: &ApiSpec, kind: &FieldType) -> TokenStream {
    match kind {
        FieldType::String { min_length, max_length, pattern, format } => {
            let implied = match format {
                Some(StringFormat::DateYyyymmdd) => Some(YYYYMMDD_PATTERN),
                Some(StringFormat::DateTime) => Some(DATE_TIME_PATTERN),
                Some(StringFormat::Uuid) => Some(UUID_PATTERN),
                Some(StringFormat::Uri | StringFormat::Email) | None => None,
            };
            let patterns = pattern.as_deref().into_iter().chain(implied);
            let (min, max) = (option_u32(*min_length), option_u32(*max_length));
            quote! { ShapeKind::String { min_length: #min, max_length: #max, patterns: &[#(#patterns),*] } }
        }
        FieldType::Integer { minimum, maximum, unit } => {
            let (minimum, maximum) = match unit {
                Some(IntegerUnit::DateYyyymmdd) => (Some(10000101), Some(99991231)),
                _ => (*minimum, *maximum),
            };
            let (min, max) = (option_i64(minimum), option_i64(maximum));
            quote! { ShapeKind::Integer { minimum: #min, maximum: #max } }
        }
        FieldType::Decimal { wire: DecimalWire::Number, .. } => quote! { ShapeKind::DecimalNumber },
        FieldType::Decimal { wire: DecimalWire::String, .. } => quote! { ShapeKind::DecimalString },
        FieldType::Boolean { constant: Some(value) } => quote! { ShapeKind::Boolean { constant: Some(#value) } },
        FieldType::Boolean { constant: None } => quote! { ShapeKind::Boolean { constant: None } },
        FieldType::Enum { name } => match api.enumeration(name) {
            Some(enumeration) => {
                let values = enumeration
                    .values
                    .iter()
                    .flat_map(|v| std::iter::once(v.wire.as_str()).chain(v.aliases.iter().map(|a| a.wire.as_str())));
                let closed = !enumeration.open;
                let integer = enumeration.wire_type == EnumWire::Integer;
                quote! { ShapeKind::Enum { values: &[#(#values),*], closed: #closed, integer: #integer } }
            }
            None => quote! { ShapeKind::Text },
        },
        FieldType::Message { message } => {
            let name = ident(message);
            quote! { ShapeKind::Message(&#name) }
        }
        FieldType::Array { items, min_items } => {
            let items = shape_kind(api, items);
            let min = option_u32(*min_items);
            quote! { ShapeKind::Array { items: &#items, min_items: #min } }
        }
        FieldType::ErrorCode | FieldType::ErrorGroup => quote! { ShapeKind::Text },
        FieldType::Json => quote! { ShapeKind::Any },
    }
}

/// What `shapes.rs` imports (as written in its `use` items); spec names must not take the last segments.
pub const IMPORTS: &[&str] = &[
    "crate::support::FieldShape",
    "crate::support::MessageShape",
    "crate::support::ParameterIn",
    "crate::support::ShapeKind",
];

/// What `shapes.rs` defines besides one static per message and parameter struct.
pub const DEFINES: &[&str] = &[];

/// Whether the API has anything to shape.
pub fn present(api: &ApiSpec) -> bool {
    !api.messages.is_empty() || api.operations.iter().any(|o| !o.parameters.is_empty())
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let module_doc = format!(
        " The shapes of the {}'s messages and parameters, checked before a request is typed, from `{}`.",
        api.info.title,
        api.spec_folder()
    );
    let messages = api.messages.iter().map(|message| {
        let name = ident(&message.name);
        let wire_name = &message.name;
        let doc = format!(" The shape of [`super::messages::{}`].", message.name);
        let fields = message.fields.iter().map(|field| {
            let wire = &field.wire;
            let aliases = field.aliases.iter().map(|a| a.wire.as_str());
            let kind = shape_kind(api, &field.kind);
            let (required, nullable) = (field.required, field.nullable);
            quote! {
                FieldShape { wire: #wire, aliases: &[#(#aliases),*], location: None, kind: #kind, required: #required, nullable: #nullable }
            }
        });
        quote! {
            #[doc = #doc]
            pub static #name: MessageShape = MessageShape { name: #wire_name, fields: &[#(#fields),*] };
        }
    });
    let parameters = api.operations.iter().filter(|o| !o.parameters.is_empty()).map(|operation| {
        let struct_name = parameters_name(operation);
        let name = ident(&struct_name);
        let doc = format!(" The shape of [`super::operations::{struct_name}`].");
        let fields = operation.parameters.iter().map(|p| {
            let wire = &p.name;
            let aliases = p.aliases.iter().map(|a| a.wire.as_str());
            let location = match p.location {
                ParameterLocation::Path => quote! { ParameterIn::Path },
                ParameterLocation::Query => quote! { ParameterIn::Query },
                ParameterLocation::Header => quote! { ParameterIn::Header },
            };
            let kind = shape_kind(api, &p.kind);
            let required = p.required;
            quote! {
                FieldShape { wire: #wire, aliases: &[#(#aliases),*], location: Some(#location), kind: #kind, required: #required, nullable: false }
            }
        });
        quote! {
            #[doc = #doc]
            pub static #name: MessageShape = MessageShape { name: #struct_name, fields: &[#(#fields),*] };
        }
    });
    quote! {
        #![doc = #module_doc]
        #![allow(non_upper_case_globals)]

        #[allow(unused_imports)]
        use crate::support::{FieldShape, MessageShape, ParameterIn, ShapeKind};

        #( #messages )*

        #( #parameters )*
    }
}
