//! Provenance as data: each API's `SOURCES` (its `info.sources`, numbered as the docs number them) and the
//! `Provenance` of a rule, pointing into it, that every rule-bearing table carries.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{Basis, Provenance};
use crate::spec::ApiSpec;

/// The `SOURCES` table of an API's `mod.rs`: every document its spec draws on, `S1` first.
pub fn sources(api: &ApiSpec) -> TokenStream {
    let entries = api.info.sources.iter().map(|document| {
        let id = format!("S{}", api.source_number(&document.source));
        let (title, location) = (&document.title, &document.source);
        quote! { crate::support::Source { id: #id, title: #title, location: #location } }
    });
    let doc = format!(
        " The documents the spec of the {} draws on, numbered as the docs' sources page cites them.",
        api.info.title
    );
    quote! {
        #[doc = #doc]
        pub const SOURCES: &[crate::support::Source] = &[#(#entries),*];
    }
}

/// A basis as a support `Basis`.
pub fn basis(basis: Basis) -> TokenStream {
    match basis {
        Basis::Vendor => quote! { crate::support::Basis::Vendor },
        Basis::Translation => quote! { crate::support::Basis::Translation },
        Basis::Decision => quote! { crate::support::Basis::Decision },
    }
}

/// A `Provenance` value for a module of the API (its source an entry of `super::SOURCES`).
pub fn provenance(api: &ApiSpec, provenance: &Provenance) -> TokenStream {
    let source = match api.source_number(&provenance.source) {
        0 => {
            let location = &provenance.source;
            quote! { &crate::support::Source { id: "S0", title: "(not in the API's sources)", location: #location } }
        }
        number => {
            let index = proc_macro2::Literal::usize_unsuffixed(number - 1);
            quote! { &super::SOURCES[#index] }
        }
    };
    let basis = basis(provenance.basis);
    let reason = match &provenance.reason {
        Some(reason) => quote! { Some(#reason) },
        None => quote! { None },
    };
    quote! { crate::support::Provenance { source: #source, basis: #basis, reason: #reason } }
}
