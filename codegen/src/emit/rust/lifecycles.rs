//! `generated/src/<api>/lifecycles.rs`: one state enum per lifecycle with its transitions and forbidden operations as
//! static tables, so the emulator and the conformance suite walk the same state machine the spec describes.

use proc_macro2::TokenStream;
use quote::quote;

use super::idents::ident;
use crate::model::{Lang, Lifecycle, Texts};
use crate::spec::ApiSpec;

/// What `lifecycles.rs` imports (as written in its `use` items); spec names must not take the last segments.
pub const IMPORTS: &[&str] = &["crate::support::ForbiddenInfo", "crate::support::TransitionInfo"];

/// What `lifecycles.rs` defines besides the spec's state enums.
pub const DEFINES: &[&str] = &[];

/// The associated constants of every state enum; a state of one of these names would shadow it
/// (`Self::TRANSITIONS` would name the state), so states must not take them.
pub const STATE_CONSTANTS: &[&str] = &["ALL", "INITIAL", "TRANSITIONS", "FORBIDDEN"];

fn english(texts: Option<&Texts>) -> TokenStream {
    match texts.and_then(|t| t.get(Lang::En)) {
        Some(text) => {
            let text = &text.text;
            quote! { Some(#text) }
        }
        None => quote! { None },
    }
}

fn state_variant(lifecycle: &Lifecycle, id: &str) -> TokenStream {
    let name = lifecycle.states.iter().find(|s| s.id == id).map_or_else(|| ident("Unknown"), |s| ident(&s.rust_name));
    quote! { Self::#name }
}

fn lifecycle(lifecycle: &Lifecycle) -> TokenStream {
    let name = ident(&lifecycle.rust_name);
    let doc = format!(
        " The states of the lifecycle `{}`: {}",
        lifecycle.id,
        lifecycle.doc.get(Lang::En).map_or("", |t| t.text.as_str())
    );
    let variants: Vec<_> = lifecycle.states.iter().map(|s| ident(&s.rust_name)).collect();
    let docs = lifecycle.states.iter().map(|s| {
        let text = format!(" `{}`: {}", s.id, s.doc.get(Lang::En).map_or("", |t| t.text.as_str()));
        quote! { #[doc = #text] }
    });
    let ids = lifecycle.states.iter().map(|s| s.id.as_str());
    let initial = lifecycle.states.iter().find(|s| s.initial).map(|s| ident(&s.rust_name));
    let terminal: Vec<_> = lifecycle.states.iter().filter(|s| s.terminal).map(|s| ident(&s.rust_name)).collect();
    let transitions = lifecycle.transitions.iter().map(|t| {
        let from = state_variant(lifecycle, &t.from);
        let to = state_variant(lifecycle, &t.to);
        let operation = match &t.operation {
            Some(id) => quote! { Some(#id) },
            None => quote! { None },
        };
        let event = english(t.event.as_ref().map(|e| &e.doc));
        let guard = english(t.guard.as_ref());
        quote! { TransitionInfo { from: #from, to: #to, operation: #operation, event: #event, guard: #guard } }
    });
    let forbidden = lifecycle.forbidden.iter().map(|f| {
        let state = state_variant(lifecycle, &f.state);
        let operation = &f.operation;
        let guard = english(f.guard.as_ref());
        let code = &f.error.code;
        let status = proc_macro2::Literal::u16_unsuffixed(f.error.http_status);
        let arguments = f.error.arguments.iter().map(|(k, v)| {
            let v = serde_json::to_string(v).unwrap_or_default();
            quote! { (#k, #v) }
        });
        quote! {
            ForbiddenInfo {
                state: #state,
                operation: #operation,
                guard: #guard,
                code: #code,
                http_status: #status,
                arguments: &[#(#arguments),*],
            }
        }
    });
    let terminal_match = if terminal.is_empty() {
        quote! { false }
    } else {
        quote! { matches!(self, #(Self::#terminal)|*) }
    };
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #docs #variants, )*
        }

        impl #name {
            /// Every state, in spec order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// The state things start in.
            pub const INITIAL: Self = Self::#initial;

            /// Every allowed transition.
            pub const TRANSITIONS: &'static [TransitionInfo<Self>] = &[#(#transitions),*];

            /// Every operation refused in a state, with the error answered.
            pub const FORBIDDEN: &'static [ForbiddenInfo<Self>] = &[#(#forbidden),*];

            /// The state's id in the spec.
            pub fn id(self) -> &'static str {
                match self {
                    #( Self::#variants => #ids, )*
                }
            }

            /// Whether nothing leaves this state.
            pub fn is_terminal(self) -> bool {
                #terminal_match
            }

            /// The transitions an operation may cause from this state.
            pub fn transitions_by(self, operation: &str) -> impl Iterator<Item = &'static TransitionInfo<Self>> + use<'_> {
                Self::TRANSITIONS.iter().filter(move |t| t.from == self && t.operation == Some(operation))
            }

            /// The refusals of an operation in this state (several where guards differ).
            pub fn refusals_of(self, operation: &str) -> impl Iterator<Item = &'static ForbiddenInfo<Self>> + use<'_> {
                Self::FORBIDDEN.iter().filter(move |f| f.state == self && f.operation == operation)
            }
        }
    }
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let module_doc = format!(" The lifecycles of the {}, from `{}`.", api.info.title, api.spec_folder());
    let lifecycles = api.lifecycles.iter().map(|l| lifecycle(l));
    quote! {
        #![doc = #module_doc]

        use crate::support::{ForbiddenInfo, TransitionInfo};

        #( #lifecycles )*
    }
}
