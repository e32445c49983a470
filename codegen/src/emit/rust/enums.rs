//! `generated/src/<api>/enums.rs`: one Rust enum per spec enumeration; readers accept the documented aliases, writers
//! send the canonical value. Fields of an open enumeration hold `Open<T>`, which keeps values the spec does not know.

use proc_macro2::TokenStream;
use quote::quote;

use super::idents::ident;
use crate::model::{EnumWire, Lang};
use crate::spec::ApiSpec;

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let module_doc = format!(" The enumerations of the {}, from `{}`.", api.info.title, api.spec_folder());
    let enums = api.enums.iter().map(|enumeration| {
        let name = ident(&enumeration.name);
        let doc = format!(
            " {}{}",
            enumeration.doc.get(Lang::En).map_or("", |t| t.text.as_str()),
            if enumeration.open { " (open: fields keep values not listed here)" } else { "" }
        );
        let variants: Vec<_> = enumeration.values.iter().map(|v| ident(&v.rust_name)).collect();
        let docs = enumeration.values.iter().map(|v| {
            let text = format!(" `{}`: {}", v.wire, v.doc.get(Lang::En).map_or("", |t| t.text.as_str()));
            quote! { #[doc = #text] }
        });
        let wires = enumeration.values.iter().map(|v| v.wire.as_str());
        let readings = enumeration.values.iter().flat_map(|v| {
            let variant = ident(&v.rust_name);
            std::iter::once(v.wire.clone()).chain(v.aliases.iter().map(|a| a.wire.clone())).map(move |wire| {
                let variant = variant.clone();
                quote! { #wire => Some(Self::#variant) }
            })
        });
        let expected = format!("{} {} value", api.info.title, enumeration.name);
        let integer = match enumeration.wire_type {
            EnumWire::String => quote! {},
            EnumWire::Integer => quote! { const INTEGER: bool = true; },
        };
        // An open enumeration ("etc.") will grow: consumers must match it with a wildcard arm.
        let non_exhaustive = enumeration.open.then(|| quote! { #[non_exhaustive] });
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            #non_exhaustive
            pub enum #name {
                #( #docs #variants, )*
            }

            impl WireEnum for #name {
                const ALL: &'static [Self] = &[#(Self::#variants),*];

                #integer

                fn as_wire(self) -> &'static str {
                    match self {
                        #( Self::#variants => #wires, )*
                    }
                }

                fn from_wire(wire: &str) -> Option<Self> {
                    match wire {
                        #( #readings, )*
                        _ => None,
                    }
                }
            }

            wire_enum_traits!(#name, #expected);
        }
    });
    quote! {
        #![doc = #module_doc]

        use crate::support::{WireEnum, wire_enum_traits};

        #( #enums )*
    }
}
