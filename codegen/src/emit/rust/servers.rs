//! `generated/src/<api>/servers.rs`: the API's servers and authentication schemes as static data.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{AuthKind, Lang, Texts};
use crate::spec::ApiSpec;

/// Whether the API has servers or authentication schemes (and so the module).
pub fn present(api: &ApiSpec) -> bool {
    !api.servers.is_empty() || !api.auth_schemes.is_empty()
}

fn english(texts: &Texts) -> &str {
    texts.get(Lang::En).map_or("", |t| t.text.as_str())
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(text) => quote! { Some(#text) },
        None => quote! { None },
    }
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let module_doc =
        format!(" The servers and authentication schemes of the {}, from `{}`.", api.info.title, api.spec_folder());
    let servers = api.servers.iter().map(|server| {
        let (url, doc) = (&server.url, english(&server.doc));
        quote! { ServerInfo { url: #url, doc: #doc } }
    });
    let schemes = api.auth_schemes.iter().map(|scheme| {
        let (id, doc) = (&scheme.id, english(&scheme.doc));
        let kind = match &scheme.kind {
            AuthKind::Bearer { format } => {
                let format = option_str(format.as_deref());
                quote! { AuthSchemeKind::Bearer { format: #format } }
            }
            AuthKind::Basic => quote! { AuthSchemeKind::Basic },
            AuthKind::BodyCredentials { fields } => {
                quote! { AuthSchemeKind::BodyCredentials { fields: &[#(#fields),*] } }
            }
            AuthKind::Signature { signing, key_header, .. } => {
                let key_header = option_str(key_header.as_deref());
                quote! { AuthSchemeKind::Signature { signing: #signing, key_header: #key_header } }
            }
        };
        quote! { AuthSchemeInfo { id: #id, kind: #kind, doc: #doc } }
    });
    quote! {
        #![doc = #module_doc]

        #[allow(unused_imports)]
        use crate::support::{AuthSchemeInfo, AuthSchemeKind, ServerInfo};

        /// The API's servers, in spec order.
        pub const SERVERS: &[ServerInfo] = &[#(#servers),*];

        /// The API's authentication schemes, in spec order; operations name them by id.
        pub const AUTH_SCHEMES: &[AuthSchemeInfo] = &[#(#schemes),*];
    }
}
