//! Tests that the generated files import and define exactly what the tables of the leaf module `crate::names` say
//! (the names the generator keeps for itself, which the validator keeps spec items off).

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    use super::super::{emit, operations, replies, signing};
    use crate::names::{MODULES, generated_names};

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
            spec_names.extend(
                api.messages
                    .iter()
                    .filter(|m| crate::names::has_required_struct(m))
                    .map(|m| crate::names::required_name(&m.name)),
            );
            spec_names.extend(api.enums.iter().map(|e| e.name.clone()));
            spec_names.extend(api.lifecycles.iter().map(|l| l.rust_name.clone()));
            spec_names.extend(api.modes.iter().map(|m| m.rust_name.clone()));
            spec_names.extend(api.operations.iter().map(|o| o.rust_name.clone()));
            spec_names.extend(
                api.operations.iter().filter(|o| !o.parameters.is_empty()).map(|o| operations::parameters_name(o)),
            );
            spec_names.extend(api.signing.iter().map(|s| signing::constant_name(&s.id)));
            spec_names.extend(api.auth_schemes.iter().map(|s| signing::auth_constant_name(&s.id)));
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
