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

/// Every file below `root`, by relative path, with its contents: a fingerprint of the whole tree.
fn tree(root: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fn walk(root: &std::path::Path, dir: &std::path::Path, out: &mut std::collections::BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).expect("read folder") {
            let path = entry.expect("folder entry").path();
            if path.is_dir() {
                out.insert(format!("{}/", path.strip_prefix(root).expect("below root").display()), Vec::new());
                walk(root, &path, out);
            } else {
                let relative = path.strip_prefix(root).expect("below root").display().to_string();
                out.insert(relative, std::fs::read(&path).expect("read file"));
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(root, root, &mut out);
    out
}

#[test]
fn check_catches_a_hand_edited_a_missing_and_a_leftover_file_and_write_repairs_them() {
    let root = copy_of_repository("check-drift");
    let edited = "generated/catalog/iyzico-terminal.en.ftl";
    let mut text = std::fs::read_to_string(root.join(edited)).expect("read");
    text.push_str("iyzico-terminal-999999 = hand-written\n");
    std::fs::write(root.join(edited), text).expect("write");
    let removed = "generated/src/support/decimal.rs";
    std::fs::remove_file(root.join(removed)).expect("remove");
    let leftover_dir = "generated/schemas/retired-api";
    let leftover = "generated/schemas/retired-api/old.schema.json";
    std::fs::create_dir_all(root.join(leftover_dir)).expect("create folder");
    std::fs::write(root.join(leftover), "{}").expect("write");

    let before = tree(&root);
    let drift = codegen(&root, Mode::Check).expect("valid spec");
    assert_eq!(drift.stale, vec![edited.to_owned(), removed.to_owned()]);
    assert_eq!(drift.leftover, vec![leftover.to_owned()]);
    assert!(tree(&root) == before, "--check changed the tree");

    codegen(&root, Mode::Write).expect("write");
    assert!(codegen(&root, Mode::Check).expect("valid spec").is_clean());
    assert!(!root.join(leftover_dir).exists(), "the folder the leftover emptied is still there");
    let after = tree(&root);
    assert!(after.keys().all(|name| !name.ends_with(".payspec-staged")), "a staged file was left behind");
    assert_eq!(after.get(removed), Some(&std::fs::read(common::repo_root().join(removed)).expect("read")));
}

#[test]
fn generation_is_deterministic_and_has_no_machine_specific_content() {
    // The same spec at another absolute path must give byte-identical outputs naming neither path.
    let copy = copy_of_repository("determinism");
    let here = emit::generate(&load(&common::repo_root(), LockCheck::Enforce).expect("valid spec")).expect("generate");
    let there = emit::generate(&load(&copy, LockCheck::Enforce).expect("valid spec")).expect("generate");
    assert!(here == there, "outputs depend on where the spec lies");
    for root in [common::repo_root(), copy] {
        let root = root.display().to_string();
        for (path, contents) in &here {
            assert!(!contents.contains(&root), "{path} contains the absolute path {root}");
        }
    }
    for (path, contents) in &here {
        let mut lines = contents.lines();
        let first = lines.next().unwrap_or_default();
        // JSON cannot start with a comment: its first key (`$comment`, or `x-generated` in OpenAPI) carries the line.
        let header = if path.ends_with(".json") {
            assert_eq!(first, "{", "{path}");
            lines.next().unwrap_or_default()
        } else {
            first
        };
        // Everything under generated/ comes from the spec; spec/spec.schema.json comes from the spec model's code.
        let from = if path.starts_with("generated/") { "generated from spec/" } else { "generated from codegen/" };
        assert!(
            header.contains(from) && header.contains("do not edit"),
            "{path} does not start with a `{from}..., do not edit` line: {header}"
        );
    }
}

#[test]
fn a_checkout_with_crlf_line_ends_is_not_stale() {
    // Git with `core.autocrlf=true` (or an editor) may check files out with CRLF line ends: the content is the same,
    // so `--check` must pass; a real edit in such a file is still caught.
    let root = copy_of_repository("check-crlf");
    let converted = ["generated/src/lib.rs", "generated/catalog/wiapay.json"];
    for name in converted {
        let text = std::fs::read_to_string(root.join(name)).expect("read");
        std::fs::write(root.join(name), text.replace('\n', "\r\n")).expect("write");
    }
    assert!(codegen(&root, Mode::Check).expect("valid spec").is_clean(), "CRLF line ends count as stale");
    let text = std::fs::read_to_string(root.join(converted[0])).expect("read");
    std::fs::write(root.join(converted[0]), text.replacen("pub mod", "pub  mod", 1)).expect("write");
    assert_eq!(codegen(&root, Mode::Check).expect("valid spec").stale, vec![converted[0].to_owned()]);
}
