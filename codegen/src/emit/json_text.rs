//! Deterministic JSON text for generated files: two-space indentation, a final newline, non-ASCII kept as UTF-8.

use serde::Serialize;

/// Serializes `value` as pretty JSON with a trailing newline.
pub fn pretty<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text)
}
