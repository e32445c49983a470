//! Negative spec fixtures: each case under `fixtures/invalid/<case>/` overlays the valid `fixtures/base/` tree with
//! broken files, and the diagnostics the loader reports are snapshot-tested. Every problem must be listed at once,
//! each with its file, line:column and JSON pointer, and nothing may be written.

mod common;

use payspec_codegen::load::{LoadError, LockCheck, load};
use payspec_codegen::{Error, Mode, codegen};

fn case_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(common::fixtures().join("invalid"))
        .expect("invalid fixtures")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn tree(case: &str) -> std::path::PathBuf {
    let root = common::scratch(&format!("diagnostics-{case}"));
    common::copy_tree(&common::fixtures().join("base"), &root);
    let overlay = common::fixtures().join("invalid").join(case);
    if overlay.exists() {
        common::copy_tree(&overlay, &root);
    }
    root
}

#[test]
fn the_base_fixture_is_valid() {
    let root = tree("none");
    let spec = load(&root, LockCheck::Enforce).expect("the base fixture is valid");
    assert_eq!(spec.apis.len(), 1);
}

#[test]
fn every_invalid_fixture_is_rejected_with_all_its_problems() {
    let cases = case_names();
    assert!(cases.len() >= 10, "expected the negative fixtures, found {cases:?}");
    for case in cases {
        let root = tree(&case);
        let diagnostics = match load(&root, LockCheck::Enforce) {
            Err(LoadError::Invalid(diagnostics)) => diagnostics,
            other => panic!("fixture {case} was not rejected as invalid: {other:?}"),
        };
        assert!(diagnostics.0.iter().all(|d| d.position.is_some()), "{case}: every diagnostic has a line:column");
        insta::assert_snapshot!(case.as_str(), diagnostics.to_string());
    }
}

#[test]
fn an_invalid_spec_writes_nothing() {
    let root = tree("many-problems");
    match codegen(&root, Mode::Write) {
        Err(Error::Load(LoadError::Invalid(diagnostics))) => assert!(diagnostics.0.len() >= 5, "{diagnostics}"),
        other => panic!("expected diagnostics, got {other:?}"),
    }
    assert!(!root.join("generated").exists(), "generated/ was written for an invalid spec");
    assert!(!root.join("spec/spec.schema.json").exists(), "the spec schema was written for an invalid spec");
}
