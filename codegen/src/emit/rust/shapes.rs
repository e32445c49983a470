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
        FieldType::Decimal { wire, minimum, .. } => {
            let minimum = match minimum {
                Some(bound) => {
                    let (value, exclusive) = (&bound.value, bound.exclusive);
                    quote! { Some(DecimalBound { value: #value, exclusive: #exclusive }) }
                }
                None => quote! { None },
            };
            match wire {
                DecimalWire::Number => quote! { ShapeKind::DecimalNumber { minimum: #minimum } },
                DecimalWire::String => quote! { ShapeKind::DecimalString { minimum: #minimum } },
            }
        }
        FieldType::Boolean { constant: Some(value) } => quote! { ShapeKind::Boolean { constant: Some(#value) } },
        FieldType::Boolean { constant: None } => quote! { ShapeKind::Boolean { constant: None } },
        FieldType::Enum { name } => match api.enumeration(name) {
            Some(enumeration) => {
                let values = enumeration
                    .values
                    .iter()
                    .flat_map(|v| std::iter::once(v.wire.as_str()).chain(v.aliases.iter().map(|a| a.wire.as_str())));
                let canonical =
                    enumeration.values.iter().flat_map(|v| std::iter::repeat_n(v.wire.as_str(), 1 + v.aliases.len()));
                let closed = !enumeration.open;
                let integer = enumeration.wire_type == EnumWire::Integer;
                quote! {
                    ShapeKind::Enum { values: &[#(#values),*], canonical: &[#(#canonical),*], closed: #closed, integer: #integer }
                }
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
        let read_doc = format!(
            " Reads a {} exactly as its JSON Schema accepts it (types and wire forms, lengths, patterns, bounds, closed \
             enumerations, constants, a field under two names at once refused), then types it.",
            message.name
        );
        quote! {
            #[doc = #doc]
            pub static #name: MessageShape = MessageShape { name: #wire_name, fields: &[#(#fields),*] };

            impl super::messages::#name {
                #[doc = #read_doc]
                pub fn read(json: &str) -> Result<Self, Problem> {
                    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| malformed_body(e.to_string()))?;
                    check_message_value(&value, &#name, super::messages::#name::RULES)?;
                    serde_json::from_value(value).map_err(|e| malformed_body(e.to_string()))
                }

                /// Writes the message as JSON in the wire forms its spec declares (a decimal built as a string where
                /// a number is declared is sent as a number, and the other way round), checked as it is read.
                pub fn write(&self) -> Result<String, Problem> {
                    let mut value = serde_json::to_value(self).map_err(|e| malformed_body(e.to_string()))?;
                    to_wire_forms(&mut value, &#name);
                    check_message_value(&value, &#name, super::messages::#name::RULES)?;
                    serde_json::to_string(&value).map_err(|e| malformed_body(e.to_string()))
                }
            }
        }
    });
    let names: Vec<&str> = api.messages.iter().map(|m| m.name.as_str()).collect();
    let statics: Vec<_> = api.messages.iter().map(|m| ident(&m.name)).collect();
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
        use crate::support::{
            DecimalBound, FieldShape, MessageShape, ParameterIn, Problem, ShapeKind, check_message_value, malformed_body,
            to_wire_forms,
        };

        #( #messages )*

        #( #parameters )*

        /// Checks a JSON value as the message named `message` (by the JSON Schema's rules); `None` for a message
        /// the API does not have.
        pub fn check_message(message: &str, value: &serde_json::Value) -> Option<Result<(), Problem>> {
            Some(match message {
                #( #names => check_message_value(value, &#statics, super::messages::#statics::RULES), )*
                _ => return None,
            })
        }
    }
}
