//! `generated/src/<api>/errors.rs`: the API's error groups (`Group`), codes (`Code`) and typed errors (`Error`),
//! whose variants carry their placeholder arguments by name.

use proc_macro2::TokenStream;
use quote::quote;

use super::idents::ident;
use crate::model::{Actor, ErrorCode, ErrorGroup, Lang, PassthroughOrigin, Placeholder, PlaceholderType, Retry, Texts};
use crate::spec::ApiSpec;
use crate::template::{Piece, pieces};
use crate::validate::UNRECOGNIZED;

fn english(texts: &Texts) -> String {
    texts.get(Lang::En).map_or_else(String::new, |t| t.text.clone())
}

fn text(texts: &Texts, lang: Lang) -> String {
    texts.get(lang).map_or_else(String::new, |t| t.text.clone())
}

fn doc(line: &str) -> TokenStream {
    let line = format!(" {line}");
    quote! { #[doc = #line] }
}

fn retry(value: Retry) -> TokenStream {
    match value {
        Retry::Never => quote! { Retry::Never },
        Retry::AfterFix => quote! { Retry::AfterFix },
        Retry::Backoff => quote! { Retry::Backoff },
        Retry::QueryFirst => quote! { Retry::QueryFirst },
    }
}

fn actor(value: Actor) -> TokenStream {
    match value {
        Actor::Caller => quote! { Actor::Caller },
        Actor::Cardholder => quote! { Actor::Cardholder },
        Actor::Operator => quote! { Actor::Operator },
        Actor::Provider => quote! { Actor::Provider },
    }
}

fn origin(value: PassthroughOrigin) -> TokenStream {
    match value {
        PassthroughOrigin::Bank => quote! { PassthroughOrigin::Bank },
        PassthroughOrigin::PaymentService => quote! { PassthroughOrigin::PaymentService },
    }
}

fn option_u16(value: Option<u16>) -> TokenStream {
    match value {
        Some(v) => {
            let v = proc_macro2::Literal::u16_unsuffixed(v);
            quote! { Some(#v) }
        }
        None => quote! { None },
    }
}

fn template(text: &str) -> TokenStream {
    let pieces = pieces(text).into_iter().map(|piece| match piece {
        Piece::Literal(literal) => quote! { Piece::Literal(#literal) },
        Piece::Placeholder(index) => {
            let index = proc_macro2::Literal::u8_unsuffixed(index);
            quote! { Piece::Placeholder(#index) }
        }
    });
    quote! { &[#(#pieces),*] }
}

/// Placeholders sorted by index.
fn ordered(code: &ErrorCode) -> Vec<&Placeholder> {
    let mut placeholders: Vec<&Placeholder> = code.placeholders.iter().collect();
    placeholders.sort_by_key(|p| p.index);
    placeholders
}

fn argument_type(placeholder: &Placeholder) -> TokenStream {
    match placeholder.kind {
        PlaceholderType::String => quote! { String },
        PlaceholderType::Integer => quote! { i64 },
    }
}

/// The module's tokens.
pub fn module(api: &ApiSpec) -> TokenStream {
    let title = &api.info.title;
    let module_doc =
        format!(" Error groups, codes and typed errors of the {title}, from its catalog in `{}`.", api.spec_folder());
    let group_enum = group_enum(api);
    let code_enum = code_enum(api);
    let error_enum = error_enum(api);
    quote! {
        #![doc = #module_doc]

        use crate::support::{Actor, Lang, PassthroughOrigin, Piece, Retry, WireEnum, wire_enum_traits};

        #group_enum
        #code_enum
        #error_enum
    }
}

fn group_enum(api: &ApiSpec) -> TokenStream {
    let groups: Vec<&ErrorGroup> = api.groups.iter().map(|g| &g.value).collect();
    let variants: Vec<_> = groups.iter().map(|g| ident(&g.rust_name)).collect();
    let docs = groups.iter().map(|g| doc(&format!("`{}`: {}", g.id, english(&g.description))));
    let wires = groups.iter().map(|g| g.id.as_str());
    let descriptions = groups.iter().zip(&variants).flat_map(|(g, v)| {
        Lang::ALL.into_iter().map(move |lang| {
            let text = text(&g.description, lang);
            let lang = lang_tokens(lang);
            quote! { (Self::#v, #lang) => #text }
        })
    });
    let passthrough = groups.iter().zip(&variants).filter_map(|(g, v)| {
        let origin = origin(g.passthrough.as_ref()?.origin.value);
        Some(quote! { Self::#v => Some(#origin), })
    });
    let expected = format!("{} error group", api.info.title);
    let enum_doc = format!(" The error groups of the {}.", api.info.title);
    quote! {
        #[doc = #enum_doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Group {
            #( #docs #variants, )*
        }

        impl WireEnum for Group {
            const ALL: &'static [Self] = &[#(Self::#variants),*];

            fn as_wire(self) -> &'static str {
                match self {
                    #( Self::#variants => #wires, )*
                }
            }
        }

        wire_enum_traits!(Group, #expected);

        impl Group {
            /// What the group means, in the given language.
            pub fn description(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    #( #descriptions, )*
                }
            }

            /// For a group whose errors carry another party's code and message, whose they are.
            pub fn passthrough(self) -> Option<PassthroughOrigin> {
                #[allow(clippy::match_single_binding)]
                match self {
                    #( #passthrough )*
                    _ => None,
                }
            }
        }
    }
}

fn lang_tokens(lang: Lang) -> TokenStream {
    match lang {
        Lang::En => quote! { Lang::En },
        Lang::Tr => quote! { Lang::Tr },
    }
}

fn code_enum(api: &ApiSpec) -> TokenStream {
    let codes = api.codes_in_catalog_order();
    let variants: Vec<_> = codes.iter().map(|c| ident(&c.rust_name)).collect();
    let docs = codes.iter().map(|c| doc(&format!("`{}` ({}): {}", c.code, c.group, english(&c.messages))));
    let wires = codes.iter().map(|c| c.code.as_str());
    let groups = codes.iter().map(|c| api.group(&c.group).map(|g| ident(&g.rust_name)));
    let http = codes.iter().map(|c| option_u16(c.http_status.as_ref().map(|s| s.value)));
    let pseudo = codes.iter().map(|c| option_u16(c.pseudo_status.as_ref().map(|s| s.value)));
    let retries = codes.iter().map(|c| retry(c.retry.value));
    let actors = codes.iter().map(|c| actor(c.actor.value));
    let provenances = codes.iter().map(|c| super::provenance::provenance(api, &c.provenance));
    let provenance_count = proc_macro2::Literal::usize_unsuffixed(codes.len());
    let provenance_index = (0..codes.len()).map(proc_macro2::Literal::usize_unsuffixed);
    let names = codes.iter().map(|c| {
        let names = ordered(c).into_iter().map(|p| p.name.as_str());
        quote! { &[#(#names),*] }
    });
    let templates = codes.iter().zip(&variants).flat_map(|(c, v)| {
        Lang::ALL.into_iter().map(move |lang| {
            let template = template(&text(&c.messages, lang));
            let lang = lang_tokens(lang);
            quote! { (Self::#v, #lang) => #template }
        })
    });
    let expected = format!("{} error code", api.info.title);
    let enum_doc = format!(" The error codes of the {}, as the catalog lists them.", api.info.title);
    quote! {
        #[doc = #enum_doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Code {
            #( #docs #variants, )*
        }

        /// Where each code comes from, in catalog order (what `Code::provenance` answers).
        static CODE_PROVENANCE: [crate::support::Provenance; #provenance_count] = [#(#provenances),*];

        impl WireEnum for Code {
            const ALL: &'static [Self] = &[#(Self::#variants),*];

            fn as_wire(self) -> &'static str {
                match self {
                    #( Self::#variants => #wires, )*
                }
            }
        }

        wire_enum_traits!(Code, #expected);

        impl Code {
            /// The group the code belongs to.
            pub fn group(self) -> Group {
                match self {
                    #( Self::#variants => Group::#groups, )*
                }
            }

            /// The HTTP status the API answers with, where the vendor gives one.
            pub fn http_status(self) -> Option<u16> {
                match self {
                    #( Self::#variants => #http, )*
                }
            }

            /// The vendor's pseudo-status (not an HTTP status), where it has one.
            pub fn pseudo_status(self) -> Option<u16> {
                match self {
                    #( Self::#variants => #pseudo, )*
                }
            }

            /// Whether and how a client may retry.
            pub fn retry(self) -> Retry {
                match self {
                    #( Self::#variants => #retries, )*
                }
            }

            /// Who must act to resolve it.
            pub fn actor(self) -> Actor {
                match self {
                    #( Self::#variants => #actors, )*
                }
            }

            /// Where the code (its identity and group) comes from: the document the spec cites, and on what basis.
            pub fn provenance(self) -> &'static crate::support::Provenance {
                match self {
                    #( Self::#variants => &CODE_PROVENANCE[#provenance_index], )*
                }
            }

            /// The names of the message's placeholders, in placeholder order (`{0}` first).
            pub fn placeholders(self) -> &'static [&'static str] {
                match self {
                    #( Self::#variants => #names, )*
                }
            }

            /// The message template in the given language.
            pub fn template(self, lang: Lang) -> &'static [Piece] {
                match (self, lang) {
                    #( #templates, )*
                }
            }
        }
    }
}

fn error_enum(api: &ApiSpec) -> TokenStream {
    let unrecognized = ident(UNRECOGNIZED);
    let codes = api.codes_in_catalog_order();
    let passthroughs: Vec<&ErrorGroup> =
        api.groups.iter().map(|g| &g.value).filter(|g| g.passthrough.is_some()).collect();

    let code_variants = codes.iter().map(|c| {
        let variant = ident(&c.rust_name);
        let docs = doc(&format!("`{}` ({}): {}", c.code, c.group, english(&c.messages)));
        let fields = ordered(c).into_iter().map(|p| {
            let name = ident(&p.name);
            let kind = argument_type(p);
            let field_doc = doc(&format!("`{{{}}}`: {}", p.index, english(&p.doc)));
            quote! { #field_doc #name: #kind }
        });
        if c.placeholders.is_empty() {
            quote! { #docs #variant }
        } else {
            quote! { #docs #variant { #(#fields),* } }
        }
    });
    let passthrough_variants = passthroughs.iter().map(|g| {
        let variant = ident(&g.rust_name);
        let docs = doc(&format!("`{}`: {}", g.id, english(&g.description)));
        quote! {
            #docs
            #variant {
                /// The other party's own code, as the API passed it on.
                code: String,
                /// The other party's own message, as the API passed it on.
                message: String,
            }
        }
    });

    let pattern = |c: &ErrorCode| {
        let variant = ident(&c.rust_name);
        if c.placeholders.is_empty() {
            quote! { Self::#variant }
        } else {
            quote! { Self::#variant { .. } }
        }
    };
    let code_of = codes.iter().map(|c| {
        let pattern = pattern(c);
        let variant = ident(&c.rust_name);
        quote! { #pattern => Some(Code::#variant) }
    });
    let passthrough_patterns: Vec<TokenStream> = passthroughs
        .iter()
        .map(|g| {
            let variant = ident(&g.rust_name);
            quote! { Self::#variant { .. } }
        })
        .collect();
    let passthrough_groups = passthroughs.iter().map(|g| {
        let variant = ident(&g.rust_name);
        quote! { Self::#variant { .. } => Some(Group::#variant) }
    });
    let passthrough_wire = passthroughs.iter().map(|g| {
        let variant = ident(&g.rust_name);
        quote! { Self::#variant { code, .. } => code }
    });
    let passthrough_message = passthroughs.iter().map(|g| {
        let variant = ident(&g.rust_name);
        quote! { Self::#variant { message, .. } => message.clone() }
    });
    let passthrough_retry = passthroughs.iter().filter_map(|g| {
        let variant = ident(&g.rust_name);
        let passthrough = g.passthrough.as_ref()?;
        let value = retry(passthrough.retry.value);
        if passthrough.retry_by_code.is_empty() {
            return Some(quote! { Self::#variant { .. } => Some(#value) });
        }
        let ranges = passthrough.retry_by_code.iter().map(|range| {
            let (from, to) = (range.from, range.to);
            let value = retry(range.retry.value);
            quote! { Ok(n) if (#from..=#to).contains(&n) => #value, }
        });
        // A numeric code inside a range takes that range's advice; anything else the group's.
        Some(quote! {
            Self::#variant { code, .. } => Some(match code.parse::<u64>() {
                #( #ranges )*
                _ => #value,
            })
        })
    });
    let passthrough_actor = passthroughs.iter().filter_map(|g| {
        let variant = ident(&g.rust_name);
        let value = actor(g.passthrough.as_ref()?.actor.value);
        Some(quote! { Self::#variant { .. } => Some(#value) })
    });
    let passthrough_status = passthroughs.iter().filter_map(|g| {
        let variant = ident(&g.rust_name);
        let value = option_u16(g.passthrough.as_ref()?.http_status.as_ref().map(|s| s.value));
        Some(quote! { Self::#variant { .. } => #value })
    });
    let passthrough_from_wire = passthroughs.iter().map(|g| {
        let variant = ident(&g.rust_name);
        quote! {
            Some(Group::#variant) => {
                return Self::#variant { code: code.to_owned(), message: message.unwrap_or_default().to_owned() };
            }
        }
    });
    let render = codes.iter().map(|c| {
        let variant = ident(&c.rust_name);
        let placeholders = ordered(c);
        let names: Vec<_> = placeholders.iter().map(|p| ident(&p.name)).collect();
        if names.is_empty() {
            quote! { Self::#variant => render(Code::#variant.template(lang), &[]) }
        } else {
            quote! { Self::#variant { #(#names),* } => render(Code::#variant.template(lang), &[#(#names.to_string()),*]) }
        }
    });
    let from_code = codes.iter().map(|c| {
        let variant = ident(&c.rust_name);
        let placeholders = ordered(c);
        if placeholders.is_empty() {
            return quote! { Code::#variant => Self::#variant };
        }
        // Struct fields are evaluated in the order written, which is placeholder order, as `arguments` returns them.
        let fields = placeholders.iter().map(|p| {
            let name = ident(&p.name);
            match p.kind {
                PlaceholderType::String => quote! { #name: args.next()? },
                PlaceholderType::Integer => quote! { #name: args.next()?.parse().ok()? },
            }
        });
        quote! {
            Code::#variant => message
                .and_then(|text| {
                    let mut args = arguments(known, text)?.into_iter();
                    Some(Self::#variant { #(#fields),* })
                })
                .unwrap_or_else(unrecognized)
        }
    });
    let arguments = codes.iter().any(|c| !c.placeholders.is_empty()).then(|| {
        quote! {
            /// Reads a known code's arguments out of a message in any of the catalog's languages.
            fn arguments(code: Code, text: &str) -> Option<Vec<String>> {
                Lang::ALL.into_iter().find_map(|lang| crate::support::extract(code.template(lang), text))
            }
        }
    });
    let enum_doc = format!(
        " An error of the {}: a code of its catalog with its arguments, an error another party passed through, or one this catalog does not recognize.",
        api.info.title
    );
    quote! {
        #[doc = #enum_doc]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Error {
            #( #code_variants, )*
            #( #passthrough_variants, )*
            /// A code this catalog does not know (a newer server), or a known code whose message does not have the
            /// catalog's shape in any language, kept exactly as it came.
            #unrecognized {
                /// The group as sent, if any.
                group: Option<String>,
                /// The code as sent.
                code: String,
                /// The message as sent, if any.
                message: Option<String>,
            },
        }

        #arguments

        #[allow(clippy::match_single_binding)]
        impl Error {
            /// Classifies an error as the API sends it: its group (where the API sends one), code and message.
            /// Arguments are read back out of the message; pass-through groups keep the other party's code and message.
            pub fn from_wire(group: Option<&str>, code: &str, message: Option<&str>) -> Self {
                match group.and_then(Group::from_wire) {
                    #( #passthrough_from_wire )*
                    _ => {}
                }
                let unrecognized = || Self::#unrecognized {
                    group: group.map(str::to_owned),
                    code: code.to_owned(),
                    message: message.map(str::to_owned),
                };
                let Some(known) = Code::from_wire(code) else {
                    return unrecognized();
                };
                let classified = match known {
                    #( #from_code, )*
                };
                // A typed variant is kept only if it renders back to exactly the text that came, in one of the
                // catalog's languages; anything else (a server's own wording, extra spaces, `+5` for `5`) stays
                // verbatim in the unrecognized variant, so nothing is lost.
                match message {
                    Some(text) if !Lang::ALL.into_iter().any(|lang| classified.message(lang) == text) => unrecognized(),
                    _ => classified,
                }
            }

            /// The catalog code, if the error has one the catalog knows.
            pub fn code(&self) -> Option<Code> {
                match self {
                    #( #code_of, )*
                    #( #passthrough_patterns => None, )*
                    Self::#unrecognized { code, .. } => Code::from_wire(code),
                }
            }

            /// The code as it travels on the wire.
            pub fn wire_code(&self) -> &str {
                match self {
                    #( #passthrough_wire, )*
                    Self::#unrecognized { code, .. } => code,
                    known => known.code().map_or("", Code::as_wire),
                }
            }

            /// The error's group, where known.
            pub fn group(&self) -> Option<Group> {
                match self {
                    #( #passthrough_groups, )*
                    Self::#unrecognized { group, code, .. } => group
                        .as_deref()
                        .and_then(Group::from_wire)
                        .or_else(|| Code::from_wire(code).map(Code::group)),
                    known => known.code().map(Code::group),
                }
            }

            /// The HTTP status the API answers with, where known.
            pub fn http_status(&self) -> Option<u16> {
                match self {
                    #( #passthrough_status, )*
                    other => other.code().and_then(Code::http_status),
                }
            }

            /// Whether and how a client may retry, where known.
            pub fn retry(&self) -> Option<Retry> {
                match self {
                    #( #passthrough_retry, )*
                    other => other.code().map(Code::retry),
                }
            }

            /// Who must act to resolve it, where known.
            pub fn actor(&self) -> Option<Actor> {
                match self {
                    #( #passthrough_actor, )*
                    other => other.code().map(Code::actor),
                }
            }

            /// The message in the given language, its placeholders filled; another party's or an unrecognized
            /// error's message as it came.
            pub fn message(&self, lang: Lang) -> String {
                use crate::support::render;
                match self {
                    #( #render, )*
                    #( #passthrough_message, )*
                    Self::#unrecognized { code, message, .. } => message.clone().unwrap_or_else(|| code.clone()),
                }
            }
        }

        impl ::std::fmt::Display for Error {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}: {}", self.wire_code(), self.message(Lang::En))
            }
        }

        impl ::std::error::Error for Error {}
    }
}
