//! Type-level guarantees of the generated crate, proved by programs that must not compile (trybuild). Each program in
//! `tests/ui/` says what it shows; its `.stderr` holds the compiler's refusal. The fixture API's generated crate
//! (snapshot-tested in `emitted_snapshots.rs`) must compile and run.
//!
//! The two are separate runs of trybuild: a run with only programs that must fail checks them all in one
//! `cargo check`, while a run with a program that must pass builds every program, one at a time. (trybuild runs
//! hold a lock on their shared project, so the two tests take turns.)

mod common;

#[test]
fn type_level_guarantees_are_refused_by_the_compiler() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}

#[test]
fn the_fixture_api_s_generated_crate_compiles_and_runs() {
    let fixture = common::fixture_crate_main();
    trybuild::TestCases::new().pass(fixture);
}
