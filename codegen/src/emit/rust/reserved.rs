//! The names the generator keeps for itself: what the generated modules import and define, the Rust prelude, the
//! keywords and the associated items of generated enums. The validator reads them so that no spec item takes one.

use std::collections::BTreeMap;

use super::{
    crate_files, decode, enums, envelopes, errors, lifecycles, messages, operations, replies, routes, schemas, servers,
    shapes, signing, world,
};

/// The names the Rust prelude brings into every generated module (the type and value namespaces; derive macros live
/// apart). The generated code uses them unqualified (`String`, `Option`, `Some`, `Vec`, `Box`, `Result`, and traits
/// such as `ToString` and `Iterator` for its method calls), and `wire_enum_traits!` expands to `Result` where it is
/// called, so a spec item of one of these names would shadow them.
pub const PRELUDE: &[&str] = &[
    "std::marker::Copy",
    "std::marker::Send",
    "std::marker::Sized",
    "std::marker::Sync",
    "std::marker::Unpin",
    "std::ops::Drop",
    "std::ops::Fn",
    "std::ops::FnMut",
    "std::ops::FnOnce",
    "std::ops::AsyncFn",
    "std::ops::AsyncFnMut",
    "std::ops::AsyncFnOnce",
    "std::boxed::Box",
    "std::borrow::ToOwned",
    "std::clone::Clone",
    "std::cmp::PartialEq",
    "std::cmp::PartialOrd",
    "std::cmp::Eq",
    "std::cmp::Ord",
    "std::convert::AsRef",
    "std::convert::AsMut",
    "std::convert::Into",
    "std::convert::From",
    "std::convert::TryFrom",
    "std::convert::TryInto",
    "std::default::Default",
    "std::iter::Iterator",
    "std::iter::Extend",
    "std::iter::IntoIterator",
    "std::iter::DoubleEndedIterator",
    "std::iter::ExactSizeIterator",
    "std::iter::FromIterator",
    "std::future::Future",
    "std::future::IntoFuture",
    "std::option::Option",
    "std::option::Option::Some",
    "std::option::Option::None",
    "std::result::Result",
    "std::result::Result::Ok",
    "std::result::Result::Err",
    "std::string::String",
    "std::string::ToString",
    "std::vec::Vec",
];

/// The keywords UpperCamelCase admits: they cannot name a type or a variant, not even as raw identifiers.
pub const UPPER_CAMEL_KEYWORDS: &[&str] = &["Self"];

/// The associated items of every type given `WireEnum` and `wire_enum_traits!` (the spec's enumerations, `Group`,
/// `Code`): `WireEnum::ALL`, and `FromStr::Err`, which the macro writes as `Self::Err`. A variant of one of these
/// names would shadow them (`Code::ALL` would be the variant; `Self::Err` does not compile).
pub const WIRE_ENUM_ITEMS: &[&str] = &["WireEnum::ALL", "FromStr::Err"];

/// The generated files of an API module (and the crate root) with what each imports and defines itself: the names
/// the spec must leave to the generator. A name's diagnostic cites the first file listing it, so the files that
/// define or first import a name come before `mod.rs` and `lib.rs`, which re-export them.
const MODULES: &[(&str, &[&str], &[&str])] = &[
    ("<api>/errors.rs", errors::IMPORTS, errors::DEFINES),
    ("<api>/messages.rs", messages::IMPORTS, messages::DEFINES),
    ("<api>/enums.rs", enums::IMPORTS, enums::DEFINES),
    ("<api>/operations.rs", operations::IMPORTS, operations::DEFINES),
    ("<api>/lifecycles.rs", lifecycles::IMPORTS, lifecycles::DEFINES),
    ("<api>/world.rs", world::IMPORTS, world::DEFINES),
    ("<api>/signing.rs", signing::IMPORTS, signing::DEFINES),
    ("<api>/routes.rs", routes::IMPORTS, routes::DEFINES),
    ("<api>/servers.rs", servers::IMPORTS, servers::DEFINES),
    ("<api>/shapes.rs", shapes::IMPORTS, shapes::DEFINES),
    ("<api>/envelopes.rs", envelopes::IMPORTS, envelopes::DEFINES),
    ("<api>/replies.rs", replies::IMPORTS, replies::DEFINES),
    ("<api>/decode.rs", decode::IMPORTS, decode::DEFINES),
    ("<api>/mod.rs", crate_files::API_MOD_IMPORTS, crate_files::API_MOD_DEFINES),
    ("lib.rs", crate_files::LIB_IMPORTS, crate_files::LIB_DEFINES),
    ("schemas.rs", &[], schemas::DEFINES),
];

/// The last segment of a path: the name it brings into scope.
fn last_segment(path: &str) -> &str {
    path.rsplit("::").next().unwrap_or(path)
}

/// Every name the generator takes for itself in the module `rust_module`, each with why, for the validator's
/// diagnostics: the names the generated modules import or define (see [`MODULES`]), the Rust prelude and `Self`. No
/// message, enumeration, lifecycle, operation, parameter struct or mode may take one of them.
pub fn generated_names(rust_module: &str) -> BTreeMap<&'static str, String> {
    let mut names = BTreeMap::new();
    for keyword in UPPER_CAMEL_KEYWORDS {
        names.insert(*keyword, format!("`{keyword}` is a Rust keyword"));
    }
    for (file, imports, defines) in MODULES {
        let file = format!("generated/src/{}", file.replace("<api>", rust_module));
        for path in imports.iter().filter(|path| !path.ends_with('*')) {
            names.entry(last_segment(path)).or_insert_with(|| format!("{file} imports `{path}`"));
        }
        for name in *defines {
            names.entry(*name).or_insert_with(|| format!("{file} defines its own `{name}`"));
        }
    }
    for path in PRELUDE {
        names
            .entry(last_segment(path))
            .or_insert_with(|| format!("`{path}` is in the Rust prelude, which the generated code uses unqualified"));
    }
    names
}

/// The generated enums whose variants the spec names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variants {
    /// A spec enumeration, the error groups (`Group`) or the error codes (`Code`): all are `WireEnum`s.
    WireEnum,
    /// The states of a lifecycle.
    LifecycleState,
}

/// The names the variants of a generated enum cannot take, each with why.
pub fn reserved_variants(of: Variants) -> BTreeMap<&'static str, String> {
    let mut names = BTreeMap::new();
    for keyword in UPPER_CAMEL_KEYWORDS {
        names.insert(*keyword, format!("`{keyword}` is a Rust keyword"));
    }
    let items = match of {
        Variants::WireEnum => WIRE_ENUM_ITEMS,
        Variants::LifecycleState => lifecycles::STATE_CONSTANTS,
    };
    for item in items {
        let why = match of {
            Variants::WireEnum => format!("the generated enum has `{item}`"),
            Variants::LifecycleState => format!("the generated state enum has its own `{item}`"),
        };
        names.insert(last_segment(item), format!("{why}, which a variant of the same name would clash with"));
    }
    names
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::super::emit;
    use super::*;

    /// The paths a `use` tree brings in, as written (`crate::support::Method`, `super::enums::*`).
    fn use_paths(prefix: &str, tree: &syn::UseTree, out: &mut Vec<String>) {
        match tree {
            syn::UseTree::Path(path) => use_paths(&format!("{prefix}{}::", path.ident), &path.tree, out),
            syn::UseTree::Name(name) => out.push(format!("{prefix}{}", name.ident)),
            syn::UseTree::Rename(rename) => out.push(format!("{prefix}{} as {}", rename.ident, rename.rename)),
            syn::UseTree::Glob(_) => out.push(format!("{prefix}*")),
            syn::UseTree::Group(group) => group.items.iter().for_each(|tree| use_paths(prefix, tree, out)),
        }
    }

    /// The name a top-level item defines, if it defines one.
    fn defined_name(item: &syn::Item) -> Option<String> {
        let ident = match item {
            syn::Item::Const(item) => &item.ident,
            syn::Item::Enum(item) => &item.ident,
            syn::Item::ExternCrate(item) => &item.ident,
            syn::Item::Fn(item) => &item.sig.ident,
            syn::Item::Macro(item) => item.ident.as_ref()?,
            syn::Item::Mod(item) => &item.ident,
            syn::Item::Static(item) => &item.ident,
            syn::Item::Struct(item) => &item.ident,
            syn::Item::Trait(item) => &item.ident,
            syn::Item::TraitAlias(item) => &item.ident,
            syn::Item::Type(item) => &item.ident,
            syn::Item::Union(item) => &item.ident,
            _ => return None,
        };
        Some(ident.to_string())
    }

    /// The lists in `MODULES` are exactly what the emitters write: every `use` and every top-level item of every
    /// generated file is listed (or named by the spec), and every listed name is written for the fixture API.
    #[test]
    fn the_generated_names_are_what_the_emitters_import_and_define() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
        let spec = crate::load::load(&root, crate::LockCheck::Enforce).expect("the base fixture is valid");
        let mut out = BTreeMap::new();
        emit(&spec, &mut out).expect("the fixture API is generated");
        let mut spec_names: BTreeSet<String> = BTreeSet::new();
        for api in &spec.apis {
            spec_names.insert(api.info.rust_module.clone());
            spec_names.extend(api.messages.iter().map(|m| m.name.clone()));
            spec_names.extend(api.enums.iter().map(|e| e.name.clone()));
            spec_names.extend(api.lifecycles.iter().map(|l| l.rust_name.clone()));
            spec_names.extend(api.modes.iter().map(|m| m.rust_name.clone()));
            spec_names.extend(api.operations.iter().map(|o| o.rust_name.clone()));
            spec_names.extend(
                api.operations.iter().filter(|o| !o.parameters.is_empty()).map(|o| operations::parameters_name(o)),
            );
            spec_names.extend(api.signing.iter().map(|s| signing::constant_name(&s.id)));
            spec_names.extend(api.operations.iter().map(|o| replies::reply_name(o)));
        }
        let mut seen: BTreeSet<(&str, String)> = BTreeSet::new();
        for (path, text) in &out {
            let Some(file) = path.strip_prefix("generated/src/") else { continue };
            if file.starts_with("support/") {
                continue;
            }
            let key = match file.split_once('/') {
                None => file.to_owned(),
                Some((_, name)) => format!("<api>/{name}"),
            };
            let (key, imports, defines) = MODULES
                .iter()
                .find(|(listed, ..)| *listed == key)
                .unwrap_or_else(|| panic!("{path} is generated but has no entry in MODULES"));
            let parsed = syn::parse_file(text).expect("generated Rust parses");
            for item in &parsed.items {
                if let syn::Item::Use(item) = item {
                    let mut paths = Vec::new();
                    use_paths("", &item.tree, &mut paths);
                    for used in paths {
                        assert!(imports.contains(&used.as_str()), "{path} imports {used}, which {key}'s IMPORTS omit");
                        seen.insert((key, used));
                    }
                } else if let Some(name) = defined_name(item)
                    && !spec_names.contains(&name)
                {
                    assert!(defines.contains(&name.as_str()), "{path} defines {name}, which {key}'s DEFINES omit");
                    seen.insert((key, name));
                }
            }
        }
        for (key, imports, defines) in MODULES {
            for listed in imports.iter().chain(defines.iter()) {
                assert!(seen.contains(&(*key, (*listed).to_owned())), "{key} lists {listed}, which it never writes");
            }
        }
    }

    #[test]
    fn the_generated_names_cover_imports_definitions_the_prelude_and_self() {
        let names = generated_names("demo_api");
        for name in ["Method", "NoBody", "Parameters", "RuleInfo", "BTreeMap", "Serialize", "OPERATIONS", "Common"] {
            assert!(names.contains_key(name), "{name}");
        }
        for name in ["String", "Option", "Some", "Result", "Vec", "Box", "ToString", "Iterator", "Self", "TITLE"] {
            assert!(names.contains_key(name), "{name}");
        }
        assert!(!names.keys().any(|name| name.contains('*')));
        assert_eq!(names["Method"], "generated/src/demo_api/operations.rs imports `crate::support::Method`");
        assert_eq!(names["Code"], "generated/src/demo_api/errors.rs defines its own `Code`");
    }
}
