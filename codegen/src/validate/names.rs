//! Identifier rules: the names the spec gives to generated Rust items, Fluent ids and wire codes.

use crate::diagnostics::Collector;
use crate::spec::ApiSpec;

/// Names Rust cannot take even as raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Whether `name` is UpperCamelCase ASCII (`AuthDeviceNotFound`).
pub fn is_upper_camel(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase()) && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Whether `name` is snake_case ASCII (`payment_id`) and usable as a Rust identifier.
pub fn is_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !NOT_RAW.contains(&name)
}

/// Whether `id` is kebab-case ASCII (`vuk509-payment`).
pub fn is_kebab(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
}

/// Whether `code` can be a wire code: ASCII letters, digits and `_` (it becomes part of a Fluent message id).
pub fn is_wire_code(code: &str) -> bool {
    !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether `id` can be a group id: UPPER_SNAKE ASCII.
pub fn is_group_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_uppercase())
        && id.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Checks the API's identity.
pub fn check_info(api: &ApiSpec, collector: &mut Collector) {
    let info = &api.info;
    if !is_snake(&info.rust_module) {
        collector.report(
            &info.file,
            &format!("{}/rust_module", info.pointer),
            format!("\"{}\" is not a snake_case Rust module name", info.rust_module),
        );
    }
    super::texts::check(collector, &info.file, &format!("{}/summary", info.pointer), &info.summary, "the API summary");
}

/// Names the generated API module defines itself; spec names must not take them.
const GENERATED_NAMES: &[&str] = &["Code", "Group", "Error", "Integration", "Operation", "Mode", "Common"];

/// Checks that every Rust type name of the API module (messages, enumerations, lifecycles, their state enums,
/// operations, modes) is unique and none takes a name the generator uses.
pub fn check_namespace(api: &ApiSpec, collector: &mut Collector) {
    let mut taken: std::collections::BTreeMap<String, String> =
        GENERATED_NAMES.iter().map(|name| ((*name).to_owned(), "the generator".to_owned())).collect();
    let mut claim = |name: &str, owner: String, file: &str, pointer: String, collector: &mut Collector| {
        if let Some(previous) = taken.get(name) {
            collector.report(file, &pointer, format!("the Rust name {name} of {owner} is already taken by {previous}"));
        } else {
            taken.insert(name.to_owned(), owner);
        }
    };
    for m in &api.messages {
        claim(&m.name, format!("message {}", m.name), &m.file, format!("{}/name", m.pointer), collector);
    }
    for e in &api.enums {
        claim(&e.name, format!("enumeration {}", e.name), &e.file, format!("{}/name", e.pointer), collector);
    }
    for l in &api.lifecycles {
        claim(&l.rust_name, format!("lifecycle {}", l.id), &l.file, format!("{}/rust_name", l.pointer), collector);
    }
    for o in &api.operations {
        claim(&o.rust_name, format!("operation {}", o.id), &o.file, format!("{}/rust_name", o.pointer), collector);
    }
    for m in &api.modes {
        claim(&m.rust_name, format!("mode {}", m.id), &m.file, format!("{}/rust_name", m.pointer), collector);
    }
}
