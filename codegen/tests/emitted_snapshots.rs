//! Snapshots of everything the emitters generate for the small fixture API in `fixtures/base/` (keywords as names,
//! integer and string placeholders, a pass-through group, a pseudo-status, nested and nullable fields). The same
//! output is compiled by `compile_fail.rs`, so a snapshot that would not build cannot be accepted.

mod common;

#[test]
fn emitted_files_of_the_fixture_api() {
    let outputs = common::fixture_outputs();
    let wanted = [
        "generated/src/demo_api/errors.rs",
        "generated/src/demo_api/messages.rs",
        "generated/src/demo_api/mod.rs",
        "generated/src/demo_api/enums.rs",
        "generated/src/demo_api/operations.rs",
        "generated/src/demo_api/lifecycles.rs",
        "generated/src/demo_api/world.rs",
        "generated/src/demo_api/signing.rs",
        "generated/src/demo_api/routes.rs",
        "generated/src/demo_api/servers.rs",
        "generated/src/demo_api/shapes.rs",
        "generated/src/demo_api/envelopes.rs",
        "generated/src/demo_api/replies.rs",
        "generated/src/demo_api/decode.rs",
        "generated/src/schemas.rs",
        "generated/src/lib.rs",
        "generated/catalog/demo-api.json",
        "generated/catalog/demo-api.en.ftl",
        "generated/catalog/demo-api.tr.ftl",
        "generated/schemas/demo-api/envelope.schema.json",
        "generated/schemas/demo-api/detail.schema.json",
        "generated/schemas/demo-api/pay-request.schema.json",
        "generated/openapi/demo-api.json",
    ];
    for name in wanted {
        let contents = outputs.get(name).unwrap_or_else(|| panic!("{name} was not generated"));
        let snapshot = name.trim_start_matches("generated/").replace('/', "__");
        insta::assert_snapshot!(snapshot, contents);
    }
}

#[test]
fn the_fixture_openapi_document_is_valid_openapi_3_1() {
    let outputs = common::fixture_outputs();
    let document: serde_json::Value =
        serde_json::from_str(outputs.get("generated/openapi/demo-api.json").expect("generated")).expect("JSON");
    let meta_path = common::seeds().join("../reference/openapi-3.1.schema.json");
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(meta_path).expect("read")).expect("JSON");
    let validator = jsonschema::draft202012::new(&meta).expect("compiles");
    let errors: Vec<String> = validator.iter_errors(&document).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // A broken document must be caught: the test is not vacuous.
    let mut broken = document.clone();
    broken["paths"]["/login"]["post"]["responses"] = serde_json::json!("none");
    assert!(!validator.is_valid(&broken));
}
