//! `generated/src/<api>/signing.rs`: the API's signing recipes as static data; signing and constant-time
//! verification are in `support::SigningRecipe`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{Lang, SignedPart};
use crate::spec::ApiSpec;

/// The Rust constant name of a recipe: `request` → `REQUEST_SIGNING`.
pub fn constant_name(id: &str) -> String {
    format!("{}_SIGNING", id.to_ascii_uppercase().replace('-', "_"))
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let module_doc = format!(" The signing recipes of the {}, from `{}`.", api.info.title, api.spec_folder());
    let recipes = api.signing.iter().map(|recipe| {
        let name = format_ident!("{}", constant_name(&recipe.id));
        let doc = format!(
            " The `{}` recipe: HMAC-SHA256 keyed by {}, hexadecimal in `{}`.",
            recipe.id,
            recipe.key.get(Lang::En).map_or("", |t| t.text.as_str()),
            recipe.signature_header
        );
        let id = &recipe.id;
        let parts = recipe.message.iter().map(|part| match part {
            SignedPart::Timestamp => quote! { SignedPart::Timestamp },
            SignedPart::Method => quote! { SignedPart::Method },
            SignedPart::PathWithQuery => quote! { SignedPart::PathWithQuery },
            SignedPart::Body => quote! { SignedPart::Body },
        });
        let signature = &recipe.signature_header;
        let timestamp = &recipe.timestamp_header;
        let window = proc_macro2::Literal::u32_unsuffixed(recipe.window_seconds);
        quote! {
            #[doc = #doc]
            pub const #name: SigningRecipe = SigningRecipe {
                id: #id,
                parts: &[#(#parts),*],
                signature_header: #signature,
                timestamp_header: #timestamp,
                window_seconds: #window,
            };
        }
    });
    let all = api.signing.iter().map(|recipe| format_ident!("{}", constant_name(&recipe.id)));
    quote! {
        #![doc = #module_doc]

        use crate::support::{SignedPart, SigningRecipe};

        #( #recipes )*

        /// Every signing recipe of the API.
        pub const SIGNING_RECIPES: &[SigningRecipe] = &[#(#all),*];
    }
}
