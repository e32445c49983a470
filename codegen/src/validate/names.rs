//! Identifier rules: the names the spec gives to generated Rust items, Fluent ids and wire codes.

use std::collections::BTreeMap;

use crate::diagnostics::Collector;
use crate::names::crate_files::SUPPORT_MODULE;
use crate::names::file_name as schema_file_name;
use crate::names::{
    Variants, generated_names, has_required_struct, parameters_name, reply_name, required_name, reserved_variants,
};
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
    if info.title.trim().is_empty() || info.title.trim() != info.title || info.title.chars().any(char::is_control) {
        collector.report(
            &info.file,
            &format!("{}/title", info.pointer),
            "the title must be one line of text without surrounding spaces; it names the API in docs and Cargo.toml",
        );
    }
    super::texts::check(collector, &info.file, &format!("{}/summary", info.pointer), &info.summary, "the API summary");
}

/// Checks the Rust module name of every API: unique across APIs (each API's module is a folder of `generated/src/`)
/// and not the crate root's own `support`.
pub fn check_modules(apis: &[ApiSpec], collector: &mut Collector) {
    let mut taken: BTreeMap<&str, &ApiSpec> = BTreeMap::new();
    for api in apis {
        let info = &api.info;
        let module = info.rust_module.as_str();
        let pointer = format!("{}/rust_module", info.pointer);
        if module == SUPPORT_MODULE {
            collector.report(
                &info.file,
                &pointer,
                format!(
                    "rust_module {module} is the generated crate's own support module (generated/src/{module}/); \
                     choose another name"
                ),
            );
        } else if let Some(first) = taken.get(module) {
            collector.report(
                &info.file,
                &pointer,
                format!(
                    "rust_module {module} of {} is already the module of {} ({}); every API needs its own module",
                    api.id, first.id, first.info.file
                ),
            );
        } else {
            taken.insert(module, api);
        }
    }
}

/// Checks that every Rust type name of the API module (messages and their required-fields structs, enumerations,
/// lifecycles' state enums, operations, their parameter structs, modes) is unique and none takes a name the generated
/// modules import or define themselves (see [`generated_names`]), and that no two messages write their JSON Schema to
/// the same file.
pub fn check_namespace(api: &ApiSpec, collector: &mut Collector) {
    let generated = generated_names(&api.info.rust_module);
    let mut taken: BTreeMap<String, String> = BTreeMap::new();
    let mut claim = |name: &str, owner: String, file: &str, pointer: String, collector: &mut Collector| {
        if let Some(why) = generated.get(name) {
            collector.report(
                file,
                &pointer,
                format!("the Rust name {name} of {owner} is reserved: {why}; choose another name"),
            );
        } else if let Some(previous) = taken.get(name) {
            collector.report(file, &pointer, format!("the Rust name {name} of {owner} is already taken by {previous}"));
        } else {
            taken.insert(name.to_owned(), owner);
        }
    };
    for m in &api.messages {
        claim(&m.name, format!("message {}", m.name), &m.file, format!("{}/name", m.pointer), collector);
    }
    for m in api.messages.iter().filter(|m| has_required_struct(m)) {
        let owner = format!("the required-fields struct of message {} ({} + `Required`)", m.name, m.name);
        claim(&required_name(&m.name), owner, &m.file, format!("{}/name", m.pointer), collector);
    }
    for e in &api.enums {
        claim(&e.name, format!("enumeration {}", e.name), &e.file, format!("{}/name", e.pointer), collector);
    }
    for l in &api.lifecycles {
        claim(&l.rust_name, format!("lifecycle {}", l.id), &l.file, format!("{}/rust_name", l.pointer), collector);
    }
    for o in &api.operations {
        let pointer = format!("{}/rust_name", o.pointer);
        claim(&o.rust_name, format!("operation {}", o.id), &o.file, pointer.clone(), collector);
        if !o.parameters.is_empty() {
            let owner = format!("the parameter struct of operation {} ({} + `Parameters`)", o.id, o.rust_name);
            claim(&parameters_name(o), owner, &o.file, pointer.clone(), collector);
        }
        let owner = format!("the reply enum of operation {} ({} + `Reply`)", o.id, o.rust_name);
        claim(&reply_name(o), owner, &o.file, pointer, collector);
    }
    for m in &api.modes {
        claim(&m.rust_name, format!("mode {}", m.id), &m.file, format!("{}/rust_name", m.pointer), collector);
    }
    let mut schema_files: BTreeMap<String, &str> = BTreeMap::new();
    for m in &api.messages {
        let file_name = schema_file_name(&m.name);
        match schema_files.get(&file_name) {
            // The same name twice is reported as a duplicate message already.
            Some(first) if *first == m.name => {}
            Some(first) => collector.report(
                &m.file,
                &format!("{}/name", m.pointer),
                format!(
                    "message {} would write its JSON Schema to generated/schemas/{}/{file_name}, which message {first} \
                     writes already; rename one of them",
                    m.name, api.id
                ),
            ),
            None => {
                schema_files.insert(file_name, &m.name);
            }
        }
    }
}

/// Checks that no variant the spec names (enumeration values, lifecycle states, error groups and codes) is a keyword
/// or shadows an associated item of its generated enum.
pub fn check_variants(api: &ApiSpec, collector: &mut Collector) {
    // Every operation is a variant of the generated `OperationId`, whose own `ALL` it must leave alone.
    for o in &api.operations {
        if o.rust_name == "ALL" {
            collector.report(
                &o.file,
                &format!("{}/rust_name", o.pointer),
                format!(
                    "the variant name ALL of operation {} is reserved: the generated `OperationId` has `ALL`",
                    o.id
                ),
            );
        }
    }
    let wire_enum = reserved_variants(Variants::WireEnum);
    let state = reserved_variants(Variants::LifecycleState);
    let mut refuse = |reserved: &BTreeMap<&str, String>, name: &str, owner: String, file: &str, pointer: String| {
        if let Some(why) = reserved.get(name) {
            collector.report(
                file,
                &pointer,
                format!("the variant name {name} of {owner} is reserved: {why}; choose another name"),
            );
        }
    };
    for g in &api.groups {
        let owner = format!("group {}", g.id);
        refuse(&wire_enum, &g.rust_name, owner, &g.file, format!("{}/rust_name", g.pointer));
    }
    for c in &api.codes {
        let owner = format!("code {}", c.code);
        refuse(&wire_enum, &c.rust_name, owner, &c.file, format!("{}/rust_name", c.pointer));
    }
    for e in &api.enums {
        for (i, value) in e.values.iter().enumerate() {
            let owner = format!("value {} of enumeration {}", value.wire, e.name);
            refuse(&wire_enum, &value.rust_name, owner, &e.file, format!("{}/values/{i}/rust_name", e.pointer));
        }
    }
    for l in &api.lifecycles {
        for (i, s) in l.states.iter().enumerate() {
            let owner = format!("state {} of lifecycle {}", s.id, l.id);
            refuse(&state, &s.rust_name, owner, &l.file, format!("{}/states/{i}/rust_name", l.pointer));
        }
    }
}
