//! The `xtask` binary as a user runs it: `codegen --check` on a clean and on a stale checkout (exit code, the stale
//! file named, the command to run, nothing written), `validate`, and a wrong command line (exit 2).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the repository root").to_path_buf()
}

/// A scratch copy of `spec/` and `generated/`, the part of a checkout `xtask` reads and writes.
fn scratch_checkout(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    if root.exists() {
        std::fs::remove_dir_all(&root).expect("remove old scratch folder");
    }
    for folder in ["spec", "generated"] {
        copy_tree(&repo_root().join(folder), &root.join(folder));
    }
    root
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder") {
        let path = entry.expect("folder entry").path();
        let target = to.join(path.file_name().expect("file name"));
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy file");
        }
    }
}

fn xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("PAYSPEC_ROOT", root)
        .output()
        .expect("run the xtask binary")
}

/// The binary as `cargo xtask` runs it in another checkout: no `PAYSPEC_ROOT`, and `CARGO_MANIFEST_DIR` naming that
/// checkout's `xtask/` (which `cargo run` sets at run time).
fn xtask_from_checkout(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env_remove("PAYSPEC_ROOT")
        .env("CARGO_MANIFEST_DIR", root.join("xtask"))
        .current_dir(std::env::temp_dir())
        .output()
        .expect("run the xtask binary")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_passes_on_a_clean_checkout() {
    let root = scratch_checkout("cli-clean");
    let out = xtask(&root, &["codegen", "--check"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    assert!(text(&out.stdout).contains("up to date"), "stdout: {}", text(&out.stdout));
}

#[test]
fn check_names_the_stale_file_and_the_command_writes_nothing_and_exits_1() {
    let root = scratch_checkout("cli-stale");
    let edited = "generated/openapi/wiapay.json";
    let hand_edited = std::fs::read_to_string(root.join(edited)).expect("read").replace("WiaPay", "WiaPay (edited)");
    std::fs::write(root.join(edited), &hand_edited).expect("write");

    let out = xtask(&root, &["codegen", "--check"]);
    assert_eq!(out.status.code(), Some(1), "stdout: {}", text(&out.stdout));
    let stderr = text(&out.stderr);
    assert!(stderr.contains(&format!("stale: {edited}")), "stderr: {stderr}");
    assert!(stderr.contains("run `cargo xtask codegen`"), "stderr: {stderr}");
    assert_eq!(std::fs::read_to_string(root.join(edited)).expect("read"), hand_edited, "--check rewrote the file");

    let out = xtask(&root, &["codegen"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    assert!(text(&out.stdout).contains(&format!("wrote {edited}")), "stdout: {}", text(&out.stdout));
    assert_eq!(xtask(&root, &["codegen", "--check"]).status.code(), Some(0));
}

#[test]
fn an_invalid_spec_exits_1_with_file_and_pointer_and_writes_nothing() {
    let root = scratch_checkout("cli-invalid");
    let errors = root.join("spec/wiapay/errors.json");
    let broken = std::fs::read_to_string(&errors).expect("read").replacen("\"tr\"", "\"xx\"", 1);
    std::fs::write(&errors, broken).expect("write");
    let generated = std::fs::read(root.join("generated/catalog/wiapay.json")).expect("read");

    for args in [&["validate"][..], &["codegen"][..]] {
        let out = xtask(&root, args);
        assert_eq!(out.status.code(), Some(1), "{args:?} stdout: {}", text(&out.stdout));
        assert!(text(&out.stderr).contains("spec/wiapay/errors.json:"), "{args:?} stderr: {}", text(&out.stderr));
    }
    assert_eq!(std::fs::read(root.join("generated/catalog/wiapay.json")).expect("read"), generated);
}

#[test]
fn a_wrong_command_line_exits_2_with_the_usage() {
    let root = scratch_checkout("cli-usage");
    for args in [&["codegen", "--chek"][..], &[][..], &["lock-codes"][..]] {
        let out = xtask(&root, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("usage:"), "{args:?} stderr: {}", text(&out.stderr));
    }
}

#[test]
fn the_checkout_is_found_at_run_time_not_where_the_binary_was_built() {
    // Two checkouts sharing one CARGO_TARGET_DIR run the same binary: each must act on its own files. A scratch
    // checkout with a stale file is checked by the binary built here, and the stale file named is the scratch one.
    let root = scratch_checkout("cli-other-checkout");
    copy_tree(&repo_root().join("xtask"), &root.join("xtask"));
    let edited = "generated/catalog/wiapay.en.ftl";
    let text_before = std::fs::read_to_string(root.join(edited)).expect("read");
    std::fs::write(root.join(edited), format!("{text_before}wiapay-hand-written = x\n")).expect("write");
    let out = xtask_from_checkout(&root, &["codegen", "--check"]);
    assert_eq!(out.status.code(), Some(1), "stdout: {}", text(&out.stdout));
    assert!(text(&out.stderr).contains(&format!("stale: {edited}")), "stderr: {}", text(&out.stderr));
    // This checkout is untouched and clean.
    let here = xtask_from_checkout(&repo_root(), &["codegen", "--check"]);
    assert_eq!(here.status.code(), Some(0), "stderr: {}", text(&here.stderr));
    // Outside any checkout, with nothing to go by, it says so instead of acting somewhere.
    let lost = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["validate"])
        .env_remove("PAYSPEC_ROOT")
        .env_remove("CARGO_MANIFEST_DIR")
        .current_dir(std::env::temp_dir())
        .output()
        .expect("run the xtask binary");
    assert_eq!(lost.status.code(), Some(1));
    assert!(text(&lost.stderr).contains("not inside a payspec checkout"), "stderr: {}", text(&lost.stderr));
}
