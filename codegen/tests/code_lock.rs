//! The code lock end to end: a changed code is rejected until `lock-codes` records the change with a reason; the
//! lock keeps the history of every deliberate change.

mod common;

use payspec_codegen::load::{LoadError, LockCheck, load};
use payspec_codegen::{Error, lock_codes};
use serde_json::Value;

#[test]
fn a_changed_code_is_rejected_until_the_change_is_recorded_with_its_reason() {
    let root = common::scratch("code-lock");
    common::copy_tree(&common::fixtures().join("base"), &root);
    let errors = root.join("spec/demo-api/errors.json");
    let mut spec: Value = serde_json::from_str(&std::fs::read_to_string(&errors).expect("read")).expect("JSON");
    spec["codes"][1]["pseudo_status"]["value"] = Value::from(601);
    std::fs::write(&errors, serde_json::to_string_pretty(&spec).expect("JSON")).expect("write");

    match load(&root, LockCheck::Enforce) {
        Err(LoadError::Invalid(diagnostics)) => {
            assert!(
                diagnostics.to_string().contains("locked code 1002 changed (pseudo-status 600 → 601)"),
                "{diagnostics}"
            );
        }
        other => panic!("the change was not rejected: {other:?}"),
    }
    assert!(matches!(lock_codes(&root, " "), Err(Error::MissingReason)));

    let updates = lock_codes(&root, "The vendor renumbered its pseudo-statuses (fixture).").expect("lock updated");
    assert_eq!(updates.len(), 1);
    assert_eq!(updates[0].summary, vec!["changed 1002: pseudo-status 600 → 601".to_owned()]);
    load(&root, LockCheck::Enforce).expect("the recorded change is accepted");

    let lock: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("spec/demo-api/codes.lock.json")).expect("read"))
            .expect("JSON");
    let changes = lock["code_lock"]["changes"].as_array().expect("changes");
    assert_eq!(changes.len(), 2, "the first entry is kept, the new one appended");
    assert_eq!(changes[1]["reason"], "The vendor renumbered its pseudo-statuses (fixture).");
    assert!(lock_codes(&root, "nothing changed").expect("no-op").is_empty(), "an unchanged lock is left alone");
}
