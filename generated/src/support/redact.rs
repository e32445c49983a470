// @generated from spec/ (template codegen/templates/support/redact.rs) by `cargo xtask codegen`; do not edit by hand.

//! Keeping secrets and card data out of sight: a `Debug` wrapper that shows a value as redacted, and the replacement
//! of sensitive fields in JSON, for the generated `Debug` of messages and every log, report and capture built on them.

use std::fmt;

/// What a redacted value shows instead of itself.
pub const REDACTED: &str = "***";

/// Shows a value as redacted in `Debug`, keeping only whether an optional value is there.
pub struct Redacted<'a, T>(pub &'a T);

/// How a value shows when redacted: an `Option` keeps whether it is there, anything else shows only `***`.
pub trait RedactedShape {
    /// Writes the redacted form.
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl<T> RedactedShape for super::nullable::Nullable<T> {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            super::nullable::Nullable::Value(_) => write!(f, "Value({REDACTED})"),
            other => write!(f, "{}", if other.is_null() { "Null" } else { "Absent" }),
        }
    }
}

impl<T> RedactedShape for Option<T> {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Some(_) => write!(f, "Some({REDACTED})"),
            None => write!(f, "None"),
        }
    }
}

macro_rules! redacted_whole {
    ($($type:ty),*) => {
        $(impl RedactedShape for $type {
            fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(REDACTED)
            }
        })*
    };
}

redacted_whole!(String, i64, bool, super::decimal::Decimal, serde_json::Value);

impl<T: RedactedShape> fmt::Debug for Redacted<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt_redacted(f)
    }
}

/// Replaces the `own` fields of a JSON object (or of every object of an array) by `"***"`, and redacts the fields
/// that hold other messages with `inner_redact` (the API's `redact`, by message name).
pub fn redact_fields(
    value: &mut serde_json::Value,
    own: &[&str],
    inner: &[(&str, &str)],
    inner_redact: fn(&str, &mut serde_json::Value),
) {
    match value {
        serde_json::Value::Array(items) => {
            for item in items {
                redact_fields(item, own, inner, inner_redact);
            }
        }
        serde_json::Value::Object(map) => {
            for name in own {
                if let Some(field) = map.get_mut(*name)
                    && !field.is_null()
                {
                    *field = serde_json::Value::String(REDACTED.to_owned());
                }
            }
            for (name, message) in inner {
                if let Some(field) = map.get_mut(*name) {
                    match field {
                        serde_json::Value::Array(items) => items.iter_mut().for_each(|item| inner_redact(message, item)),
                        other => inner_redact(message, other),
                    }
                }
            }
        }
        _ => {}
    }
}
