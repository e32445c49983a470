//! `spec/spec.schema.json`: the JSON Schema of spec files, generated from the spec model so editors validate spec
//! files as they are typed, and so the loader checks the same rules.

use serde_json::{Value, json};

/// The spec model's JSON Schema (draft 2020-12) as a value, with its "generated from" line.
pub fn schema_value() -> Value {
    let mut value = crate::model::spec_file_schema();
    if let Value::Object(map) = &mut value {
        map.insert("$comment".into(), json!(super::header::line("codegen/src/model/")));
        map.insert(
            "description".into(),
            json!("A payspec spec file: the API it belongs to and any of its sections (info, servers, modes, auth schemes, signing, groups, codes, HTTP statuses, operations, messages, enums, discrepancies, lifecycles, timers, precedence, error_envelope, code_lock, examples)."),
        );
    }
    value
}
