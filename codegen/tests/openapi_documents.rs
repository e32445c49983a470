//! Every generated OpenAPI document is valid against the OpenAPI Initiative's published 3.1 schema (the offline copy
//! in `shared/reference/`), every schema inside it is a valid 2020-12 schema, every `$ref` resolves, and every
//! operation of the spec is in it with its exact path.

mod common;

use payspec_codegen::load::{LockCheck, load};
use payspec_codegen::model::Direction;
use serde_json::Value;

fn read(path: &std::path::Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .expect("JSON")
}

fn refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get("$ref") {
                out.push(target.clone());
            }
            map.values().for_each(|v| refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

#[test]
fn openapi_documents_are_valid_and_complete() {
    let schema_path = common::seeds().join("../reference/openapi-3.1.schema.json");
    let meta = read(&schema_path);
    let validator = jsonschema::draft202012::new(&meta).expect("the OpenAPI 3.1 schema compiles");
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let mut checked = 0;
    for api in spec.apis.iter().filter(|api| !api.operations.is_empty()) {
        let document = read(&common::repo_root().join(format!("generated/openapi/{}.json", api.id)));
        let errors: Vec<String> =
            validator.iter_errors(&document).map(|e| format!("{}: {e}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", api.id);
        for (name, schema) in document["components"]["schemas"].as_object().expect("schemas") {
            if let Err(error) = jsonschema::meta::validate(schema) {
                panic!("{}: component {name} is not a valid schema: {error}", api.id);
            }
        }
        let mut targets = Vec::new();
        refs(&document, &mut targets);
        for target in targets {
            let pointer = target.strip_prefix('#').unwrap_or_else(|| panic!("{}: external $ref {target}", api.id));
            assert!(document.pointer(pointer).is_some(), "{}: $ref {target} does not resolve", api.id);
        }
        for operation in &api.operations {
            let method = operation.method.as_str().to_ascii_lowercase();
            let object = match operation.direction {
                Direction::Request => &document["paths"][&operation.path][&method],
                Direction::Callback => &document["webhooks"][&operation.id][&method],
            };
            assert_eq!(object["operationId"], operation.id.as_str(), "{}: {} is missing", api.id, operation.id);
            for response in &operation.responses {
                assert!(
                    object["responses"].get(response.status.to_string()).is_some(),
                    "{}: {} {}",
                    api.id,
                    operation.id,
                    response.status
                );
            }
        }
        checked += 1;
    }
    assert_eq!(checked, spec.apis.len(), "every API has operations and an OpenAPI document");
}
