//! Type-level guarantees of the generated crate, proved by programs that must not compile (trybuild). Each program in
//! `tests/ui/` says what it shows; its `.stderr` holds the compiler's refusal. The fixture API's generated crate
//! (snapshot-tested in `emitted_snapshots.rs`) must compile.

mod common;

#[test]
fn type_level_guarantees_and_the_fixture_crate_compiles() {
    let fixture = common::fixture_crate_main();
    let cases = trybuild::TestCases::new();
    cases.pass(fixture);
    cases.compile_fail("tests/ui/*.rs");
}
