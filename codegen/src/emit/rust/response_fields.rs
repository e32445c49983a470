//! `RESPONSE_FIELDS_READ` in `generated/src/<api>/lifecycles.rs`: the top-level response fields that any lifecycle
//! (its keys, guards and effects) or outcome binding of the API reads. A server that keeps a response's facts for the
//! evaluator needs only these fields as values; the rest of its body can be written straight to bytes.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use crate::spec::ApiSpec;

/// Collects the first segment of every `{"response": path}` operand under `value`.
fn collect(value: &Value, into: &mut BTreeSet<String>) {
    match value {
        Value::Object(fields) => {
            for (name, field) in fields {
                match (name.as_str(), field.as_str()) {
                    ("response", Some(path)) => {
                        into.insert(path.split('/').next().unwrap_or(path).to_owned());
                    }
                    _ => collect(field, into),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect(item, into)),
        _ => {}
    }
}

/// The fields, sorted: every operand is found by walking the lifecycles and outcome bindings as the spec writes them
/// (an operand is written `{"response": "paymentId"}`), so no kind of rule that reads a response can be missed.
pub fn fields_read(api: &ApiSpec) -> Vec<String> {
    let mut fields = BTreeSet::new();
    for lifecycle in &api.lifecycles {
        collect(&serde_json::to_value(&lifecycle.value).unwrap_or(Value::Null), &mut fields);
    }
    for operation in &api.operations {
        if let Some(binding) = &operation.outcome {
            collect(&serde_json::to_value(binding).unwrap_or(Value::Null), &mut fields);
        }
    }
    fields.into_iter().collect()
}

/// The constant's tokens.
pub fn constant(api: &ApiSpec) -> TokenStream {
    let fields = fields_read(api);
    quote! {
        /// The top-level response fields any lifecycle or outcome binding reads, sorted: the response facts a commit
        /// needs hold these fields of the body and no others.
        pub const RESPONSE_FIELDS_READ: &[&str] = &[#(#fields),*];
    }
}
