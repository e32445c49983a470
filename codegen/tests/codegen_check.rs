//! `cargo xtask codegen --check` as a test: the committed output equals what the spec generates, a hand edit of a
//! generated file is caught, and generation is deterministic.

mod common;

use payspec_codegen::load::{LockCheck, load};
use payspec_codegen::{Mode, codegen, emit};

#[test]
fn committed_output_is_up_to_date() {
    let drift = codegen(&common::repo_root(), Mode::Check).expect("the spec is valid");
    assert!(
        drift.is_clean(),
        "generated output is stale: run `cargo xtask codegen` and commit.\nstale: {:?}\nleftover: {:?}",
        drift.stale,
        drift.leftover
    );
}

fn copy_of_repository(name: &str) -> std::path::PathBuf {
    let root = common::scratch(name);
    for folder in ["spec", "generated"] {
        std::fs::create_dir_all(root.join(folder)).expect("create folder");
        common::copy_tree(&common::repo_root().join(folder), &root.join(folder));
    }
    root
}

#[test]
fn check_catches_a_hand_edited_a_missing_and_a_leftover_file_and_write_repairs_them() {
    let root = copy_of_repository("check-drift");
    let edited = "generated/catalog/iyzico-terminal.en.ftl";
    let mut text = std::fs::read_to_string(root.join(edited)).expect("read");
    text.push_str("iyzico-terminal-999999 = hand-written\n");
    std::fs::write(root.join(edited), text).expect("write");
    let removed = "generated/src/support.rs";
    std::fs::remove_file(root.join(removed)).expect("remove");
    let leftover = "generated/schemas/iyzico-terminal/old.schema.json";
    std::fs::write(root.join(leftover), "{}").expect("write");

    let drift = codegen(&root, Mode::Check).expect("valid spec");
    assert_eq!(drift.stale, vec![edited.to_owned(), removed.to_owned()]);
    assert_eq!(drift.leftover, vec![leftover.to_owned()]);
    assert!(!root.join(removed).exists(), "--check wrote a file");

    codegen(&root, Mode::Write).expect("write");
    assert!(codegen(&root, Mode::Check).expect("valid spec").is_clean());
}

#[test]
fn generation_is_deterministic_and_has_no_machine_specific_content() {
    let spec = load(&common::repo_root(), LockCheck::Enforce).expect("valid spec");
    let first = emit::generate(&spec).expect("generate");
    let second =
        emit::generate(&load(&common::repo_root(), LockCheck::Enforce).expect("valid spec")).expect("generate");
    assert_eq!(first, second);
    let root = common::repo_root().display().to_string();
    for (path, contents) in &first {
        assert!(!contents.contains(&root), "{path} contains the absolute path {root}");
        let first_line = contents.lines().next().unwrap_or_default();
        let first_lines: String = contents.lines().take(2).collect();
        assert!(
            first_line.contains("generated from") || first_lines.contains("generated from"),
            "{path} does not start with a generated-from line: {first_line}"
        );
        assert!(first_lines.contains("do not edit"), "{path} does not say `do not edit`");
    }
}
