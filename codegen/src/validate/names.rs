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
