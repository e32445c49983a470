//! `generated/src/<api>/signing.rs`: the API's signing recipes as static data (with the basis each is in the spec
//! on), and its signature schemes' authentication checks in the spec's order; signing and constant-time
//! verification are in `support::SigningRecipe`, the checks' runner in `support::SignatureAuth`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{AuthKind, Basis, Lang, Provenance, SignatureCheckKind, SignedPart};
use crate::spec::ApiSpec;

/// The Rust constant name of a signature scheme's checks: `request-signature` → `REQUEST_SIGNATURE_AUTH`.
pub fn auth_constant_name(scheme: &str) -> String {
    format!("{}_AUTH", scheme.to_ascii_uppercase().replace('-', "_"))
}

fn basis(basis: Basis) -> TokenStream {
    match basis {
        Basis::Vendor => quote! { Basis::Vendor },
        Basis::Translation => quote! { Basis::Translation },
        Basis::Decision => quote! { Basis::Decision },
    }
}

fn reason(provenance: &Provenance) -> TokenStream {
    match &provenance.reason {
        Some(reason) => quote! { Some(#reason) },
        None => quote! { None },
    }
}

fn check_kind(kind: SignatureCheckKind) -> TokenStream {
    match kind {
        SignatureCheckKind::KeyPresent => quote! { AuthCheck::KeyPresent },
        SignatureCheckKind::KeyKnown => quote! { AuthCheck::KeyKnown },
        SignatureCheckKind::SignaturePresent => quote! { AuthCheck::SignaturePresent },
        SignatureCheckKind::TimestampPresent => quote! { AuthCheck::TimestampPresent },
        SignatureCheckKind::TimestampSeconds => quote! { AuthCheck::TimestampSeconds },
        SignatureCheckKind::SignatureForm => quote! { AuthCheck::SignatureForm },
        SignatureCheckKind::TimestampWindow => quote! { AuthCheck::TimestampWindow },
        SignatureCheckKind::SignatureMatch => quote! { AuthCheck::SignatureMatch },
    }
}

/// The signature schemes' checks, and the function that answers a failure as the API's error.
fn schemes(api: &ApiSpec) -> TokenStream {
    let mut constants = Vec::new();
    let mut names = Vec::new();
    for scheme in &api.auth_schemes {
        let AuthKind::Signature { signing, key_header, checks: Some(checks) } = &scheme.kind else { continue };
        let recipe = format_ident!("{}", constant_name(signing));
        let name = format_ident!("{}", auth_constant_name(&scheme.id));
        let doc = format!(
            " The checks of the `{}` scheme (recipe `{signing}`), in the order a receiver makes them: {}.",
            scheme.id,
            checks.steps.iter().map(|step| step.check.as_str()).collect::<Vec<_>>().join(", ")
        );
        let steps = checks.steps.iter().map(|step| {
            let check = check_kind(step.check);
            let (code, status) = match (&step.code, &step.status) {
                (Some(code), _) => {
                    let status = api.code(code).and_then(|c| c.http_status.as_ref()).map_or(0, |s| s.value);
                    (quote! { Some(#code) }, status)
                }
                (None, status) => (quote! { None }, status.as_ref().map_or(0, |s| s.value)),
            };
            let status = proc_macro2::Literal::u16_unsuffixed(status);
            let (basis, reason) = (basis(step.provenance.basis), reason(&step.provenance));
            quote! { AuthCheckInfo { check: #check, code: #code, status: #status, basis: #basis, reason: #reason } }
        });
        let key_header = match key_header {
            Some(header) => quote! { Some(#header) },
            None => quote! { None },
        };
        let (id, order) = (&scheme.id, basis(checks.provenance.basis));
        constants.push(quote! {
            #[doc = #doc]
            pub const #name: SignatureAuth = SignatureAuth {
                scheme: #id,
                recipe: #recipe,
                key_header: #key_header,
                checks: &[#(#steps),*],
                order_basis: #order,
            };
        });
        names.push(name);
    }
    if names.is_empty() {
        return TokenStream::new();
    }
    quote! {
        #( #constants )*

        /// Every signature scheme of the API with its checks.
        pub const SIGNATURE_AUTHS: &[SignatureAuth] = &[#(#names),*];

        /// The checks of the signature scheme with the id `scheme` (an operation's `auth`), if it is one.
        pub fn signature_auth(scheme: &str) -> Option<&'static SignatureAuth> {
            SIGNATURE_AUTHS.iter().find(|auth| auth.scheme == scheme)
        }

        /// The API's error a failed check answers: its catalog code as an [`Error`]; `None` for a check that
        /// answers a bare HTTP status (`AuthFailure::status`).
        pub fn authentication_error(failure: &AuthFailure) -> Option<Error> {
            failure.code().map(|code| Error::from_wire(None, code, None))
        }
    }
}

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
        let (basis, source, reason) =
            (basis(recipe.provenance.basis), &recipe.provenance.source, reason(&recipe.provenance));
        quote! {
            #[doc = #doc]
            pub const #name: SigningRecipe = SigningRecipe {
                id: #id,
                parts: &[#(#parts),*],
                signature_header: #signature,
                timestamp_header: #timestamp,
                window_seconds: #window,
                basis: #basis,
                source: #source,
                reason: #reason,
            };
        }
    });
    let all = api.signing.iter().map(|recipe| format_ident!("{}", constant_name(&recipe.id)));
    let schemes = schemes(api);
    let imports = if schemes.is_empty() {
        quote! { use crate::support::{Basis, SignedPart, SigningRecipe}; }
    } else {
        quote! {
            use super::errors::Error;
            use crate::support::{AuthCheck, AuthCheckInfo, AuthFailure, Basis, SignatureAuth, SignedPart, SigningRecipe};
        }
    };
    quote! {
        #![doc = #module_doc]

        #imports

        #( #recipes )*

        /// Every signing recipe of the API.
        pub const SIGNING_RECIPES: &[SigningRecipe] = &[#(#all),*];

        #schemes
    }
}
