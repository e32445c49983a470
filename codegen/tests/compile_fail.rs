//! Type-level guarantees of the generated crate, proved by programs that must not compile (trybuild). Each program in
//! `tests/ui/` says what it shows; its `.stderr` holds the compiler's refusal. The fixture API's generated crate
//! (snapshot-tested in `emitted_snapshots.rs`) must compile and run.
//!
//! The two are separate runs of trybuild: a run with only programs that must fail checks them all in one
//! `cargo check`, while a run with a program that must pass builds every program, one at a time. (trybuild runs
//! hold a lock on their shared project, so the two tests take turns.) trybuild keeps cargo's own error output to
//! itself, and a build that fails before it reaches a program reads as that program compiling; so when a run fails,
//! the test builds trybuild's project again and prints what cargo said, and the free disk.

use std::path::Path;
use std::process::Command;

mod common;

#[test]
fn type_level_guarantees_are_refused_by_the_compiler() {
    with_diagnostics("check", || trybuild::TestCases::new().compile_fail("tests/ui/*.rs"));
}

#[test]
fn the_fixture_api_s_generated_crate_compiles_and_runs() {
    let fixture = common::fixture_crate_main();
    with_diagnostics("build", || trybuild::TestCases::new().pass(fixture));
}

/// Runs a trybuild run (it runs when its `TestCases` is dropped); if it fails, prints what cargo says when it `verb`s
/// trybuild's project, then fails the same way.
fn with_diagnostics(verb: &str, run: impl FnOnce() + std::panic::UnwindSafe) {
    let Err(failure) = std::panic::catch_unwind(run) else { return };
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap_or(Path::new("target"));
    let trybuild = target.join("tests").join("trybuild");
    let project = trybuild.join(env!("CARGO_PKG_NAME"));
    eprintln!("\n==> trybuild failed; cargo {verb} --bins in {} says:", project.display());
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    match Command::new(cargo)
        .args([verb, "--bins", "--offline", "--keep-going", "--color=never", "--message-format=short"])
        .current_dir(&project)
        .env("CARGO_TARGET_DIR", &trybuild)
        .env_remove("RUSTFLAGS")
        .output()
    {
        Ok(output) => {
            eprintln!("{}", output.status);
            let stderr = String::from_utf8_lossy(&output.stderr);
            let lines: Vec<&str> = stderr.lines().collect();
            for line in &lines[lines.len().saturating_sub(60)..] {
                eprintln!("  {line}");
            }
        }
        Err(error) => eprintln!("cargo did not start: {error}"),
    }
    match Command::new("df").args(["-h", "."]).current_dir(target).output() {
        Ok(output) => eprintln!("free disk:\n{}", String::from_utf8_lossy(&output.stdout)),
        Err(error) => eprintln!("df did not start: {error}"),
    }
    std::panic::resume_unwind(failure);
}
