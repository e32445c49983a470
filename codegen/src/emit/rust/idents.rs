//! Rust identifiers from spec names: raw identifiers for keywords, so a field named `type` still compiles.

use proc_macro2::Ident;
use quote::format_ident;

const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn", "else", "enum",
    "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move",
    "mut", "override", "priv", "pub", "ref", "return", "static", "struct", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// An identifier for a validated spec name, raw (`r#type`) where the name is a keyword.
pub fn ident(name: &str) -> Ident {
    if KEYWORDS.contains(&name) { format_ident!("r#{}", name) } else { format_ident!("{}", name) }
}

/// The UpperCamelCase identifier of a kebab-case spec id (`vuk509-payment` → `Vuk509Payment`).
pub fn camel(id: &str) -> Ident {
    let name: String = id
        .split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| first.to_ascii_uppercase().to_string() + chars.as_str())
        })
        .collect();
    ident(&name)
}
