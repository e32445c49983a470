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
        "generated/src/demo_api/signing.rs",
        "generated/src/lib.rs",
        "generated/catalog/demo-api.json",
        "generated/catalog/demo-api.en.ftl",
        "generated/catalog/demo-api.tr.ftl",
        "generated/schemas/demo-api/envelope.schema.json",
        "generated/schemas/demo-api/detail.schema.json",
        "generated/schemas/demo-api/pay-request.schema.json",
    ];
    for name in wanted {
        let contents = outputs.get(name).unwrap_or_else(|| panic!("{name} was not generated"));
        let snapshot = name.trim_start_matches("generated/").replace('/', "__");
        insta::assert_snapshot!(snapshot, contents);
    }
}
