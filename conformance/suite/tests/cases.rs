//! Cases are data, checked: the case schema is a valid draft 2020-12 schema, every committed case and setups file
//! is valid against it, and a broken case is refused with the pointer of its problem.

use payspec_suite::case::{self, CASE_SCHEMA, schema_problems};

#[test]
fn the_case_schema_is_a_valid_schema() {
    let schema: serde_json::Value = serde_json::from_str(CASE_SCHEMA).expect("JSON");
    jsonschema::draft202012::meta::validate(&schema).expect("a valid draft 2020-12 schema");
}

#[test]
fn every_committed_case_is_valid() {
    let dir = case::default_dir();
    let files = case::case_files(&dir).expect("the cases folder");
    assert!(files.len() >= 15, "{files:?}");
    for file in &files {
        case::read_case(file).unwrap_or_else(|e| panic!("{e}"));
    }
    let library = case::load(&dir).expect("every case and setup loads");
    assert_eq!(library.cases.len(), files.len());
    assert!(library.setups.contains_key("iyzico-terminal") && library.setups.contains_key("finrota-pws"));
}

#[test]
fn broken_cases_are_refused_at_their_pointer() {
    let broken = serde_json::json!({
        "id": "iyzico-terminal/x", "title": "t", "api": "iyzico-terminal", "profile": "device", "covers": {},
        "steps": [{"id": "a", "operation": "vuk509-payment", "body": {}, "raw": {"text": ""}, "expect": {"code": "1"}}]
    });
    let problems = schema_problems(CASE_SCHEMA, &broken);
    assert!(problems.iter().any(|p| p.starts_with("/steps/0")), "{problems:?}");
    let unknown =
        serde_json::json!({"id": "a/b", "title": "t", "api": "wiapay", "profile": "lab", "covers": {}, "steps": []});
    let problems = schema_problems(CASE_SCHEMA, &unknown);
    assert!(problems.iter().any(|p| p.starts_with("/profile")), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("/steps")), "{problems:?}");
}
