//! Every generated JSON Schema (and `spec/spec.schema.json`) is a valid draft 2020-12 schema, and every spec file
//! validates against the committed spec schema, as an editor would check it.

mod common;

use std::path::{Path, PathBuf};

use serde_json::Value;

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

fn read(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("JSON")
}

#[test]
fn generated_schemas_are_valid_2020_12_schemas() {
    let mut files = vec![common::repo_root().join("spec/spec.schema.json")];
    json_files(&common::repo_root().join("generated/schemas"), &mut files);
    assert!(files.len() > 1);
    for path in files {
        let schema = read(&path);
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema", "{}", path.display());
        if let Err(error) = jsonschema::meta::validate(&schema) {
            panic!("{} is not a valid schema: {error}", path.display());
        }
    }
}

#[test]
fn every_spec_file_validates_against_the_committed_spec_schema() {
    let schema = read(&common::repo_root().join("spec/spec.schema.json"));
    let validator = jsonschema::draft202012::new(&schema).expect("schema compiles");
    let mut files = Vec::new();
    json_files(&common::repo_root().join("spec"), &mut files);
    files.retain(|path| !path.ends_with("spec.schema.json"));
    assert!(!files.is_empty());
    for path in files {
        let errors: Vec<String> = validator.iter_errors(&read(&path)).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
}

#[test]
fn every_schema_is_at_hand_from_rust_by_api_and_message_name() {
    let spec = payspec_codegen::load::load(&common::repo_root(), payspec_codegen::LockCheck::Enforce).expect("valid");
    let mut count = 0;
    for api in &spec.apis {
        for message in &api.messages {
            let file = common::repo_root().join(format!(
                "generated/schemas/{}/{}",
                api.id,
                payspec_codegen::emit::json_schema::file_name(&message.name)
            ));
            let embedded = payspec::schemas::schema(&api.id, &message.name)
                .unwrap_or_else(|| panic!("{} {} is not embedded", api.id, message.name));
            assert_eq!(embedded, std::fs::read_to_string(&file).expect("read"), "{}", file.display());
            count += 1;
        }
    }
    assert_eq!(payspec::schemas::SCHEMAS.len(), count, "one embedded schema per message, no more");
    assert_eq!(payspec::schemas::schema("wiapay", "NoSuchMessage"), None);
    assert_eq!(payspec::schemas::schema("no-such-api", "ErrorEnvelope"), None);
}
