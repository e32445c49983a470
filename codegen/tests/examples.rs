//! Every example in `spec/<api>/examples/`: a valid one parses into its generated Rust type and serializes back to
//! the same JSON, and validates against its generated JSON Schema; an invalid one fails schema validation exactly at
//! the JSON pointer the spec names.

mod common;

use payspec_codegen::emit::json_schema;
use payspec_codegen::load::{LockCheck, load};
use payspec_codegen::model::{FieldType, Message};
use payspec_codegen::spec::ApiSpec;
use serde_json::Value;

/// The canonical form of a body, as a writer sends it: documented alias field names and enum values replaced by the
/// canonical ones (the spec's discrepancies say which), recursively.
fn canonical(api: &ApiSpec, message: &Message, value: &Value) -> Value {
    let Value::Object(object) = value else { return value.clone() };
    let mut out = object.clone();
    for field in &message.fields {
        for alias in &field.aliases {
            if let Some(aliased) = out.remove(&alias.wire) {
                out.entry(field.wire.clone()).or_insert(aliased);
            }
        }
        if let Some(present) = out.get(&field.wire).cloned() {
            out.insert(field.wire.clone(), canonical_value(api, &field.kind, &present));
        }
    }
    Value::Object(out)
}

fn canonical_value(api: &ApiSpec, kind: &FieldType, value: &Value) -> Value {
    match (kind, value) {
        (FieldType::Message { message }, _) => {
            api.message(message).map_or_else(|| value.clone(), |m| canonical(api, m, value))
        }
        (FieldType::Array { items, .. }, Value::Array(values)) => {
            Value::Array(values.iter().map(|v| canonical_value(api, items, v)).collect())
        }
        (FieldType::Enum { name }, Value::String(text)) => api
            .enumeration(name)
            .and_then(|e| e.values.iter().find(|v| v.aliases.iter().any(|a| a.wire == *text)))
            .map_or_else(|| value.clone(), |v| Value::String(v.wire.clone())),
        _ => value.clone(),
    }
}

fn schema(api: &str, message: &str) -> Value {
    let path = common::repo_root().join(format!("generated/schemas/{api}/{}", json_schema::file_name(message)));
    serde_json::from_str(&std::fs::read_to_string(&path).expect("schema file")).expect("schema JSON")
}

#[test]
fn every_example_round_trips_and_validates_as_the_spec_says() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let mut checked = 0;
    for api in &spec.apis {
        for example in &api.examples {
            let what = format!("{} example {} ({})", api.id, example.name, example.message);
            let validator = jsonschema::draft202012::new(&schema(&api.id, &example.message)).expect("schema compiles");
            let errors: Vec<String> = validator
                .iter_errors(&example.body)
                .map(|e| e.instance_path().to_string())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            if example.valid {
                assert!(errors.is_empty(), "{what} does not validate: {errors:?}");
                let json = serde_json::to_string(&example.body).expect("serialize");
                let again = payspec::round_trip(&api.id, &example.message, &json)
                    .unwrap_or_else(|| panic!("{what}: no generated type"))
                    .unwrap_or_else(|error| panic!("{what} does not parse into its type: {error}"));
                let again: Value = serde_json::from_str(&again).expect("JSON");
                let message = api.message(&example.message).expect("declared");
                assert_eq!(again, canonical(api, message, &example.body), "{what} changed in the round trip");
            } else {
                assert_eq!(errors, example.invalid_at, "{what} must fail exactly at its `invalid_at`");
            }
            checked += 1;
        }
    }
    assert!(checked >= 4, "only {checked} examples were checked");
}
