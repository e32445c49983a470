//! `spec/spec.schema.json`: the JSON Schema of spec files, generated from the spec model so editors validate spec
//! files as they are typed, and so the loader checks the same rules.

use serde_json::{Value, json};

use crate::model::SpecFile;

/// The spec model's JSON Schema (draft 2020-12) as a value.
pub fn schema_value() -> Value {
    let schema = schemars::schema_for!(SpecFile);
    let mut value = schema.to_value();
    if let Value::Object(map) = &mut value {
        map.insert("$comment".into(), json!(super::header::line("codegen/src/model/")));
        map.insert(
            "description".into(),
            json!("A payspec spec file: the API it belongs to and any of its sections (info, groups, codes, messages, error_envelope, code_lock, examples)."),
        );
    }
    value
}
