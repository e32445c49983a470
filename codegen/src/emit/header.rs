//! The "generated from ..., do not edit" line every generated file starts with.

/// The sentence itself, naming the spec files or code the output comes from.
pub fn line(from: &str) -> String {
    format!("generated from {from} by `cargo xtask codegen`; do not edit by hand")
}

/// The line as a Rust comment, followed by a blank line.
pub fn rust(from: &str) -> String {
    format!("// @{}.\n\n", line(from))
}

/// The line as a `#` comment (Fluent, TOML).
pub fn hash(from: &str) -> String {
    format!("# {}.\n", line(from))
}
