//! Helpers shared by the integration tests: the repository root, scratch folders and copies of file trees.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("codegen sits in the repository root").to_path_buf()
}

/// The codegen test fixtures folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A fresh, empty scratch folder for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("remove old scratch folder");
    }
    std::fs::create_dir_all(&dir).expect("create scratch folder");
    dir
}

/// Copies every file below `from` to the same place below `to`, overwriting what is there.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read folder") {
        let path = entry.expect("folder entry").path();
        let target = to.join(path.file_name().expect("file name"));
        if path.is_dir() {
            std::fs::create_dir_all(&target).expect("create folder");
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy file");
        }
    }
}

/// The shared seed documents (`shared/seeds/` beside the repository), which the catalog tests compare against.
pub fn seeds() -> PathBuf {
    let dir =
        std::env::var_os("PAYSPEC_SEEDS").map(PathBuf::from).unwrap_or_else(|| repo_root().join("../shared/seeds"));
    assert!(
        dir.is_dir(),
        "the seed documents are not at {}; put shared/ beside the repository or set PAYSPEC_SEEDS",
        dir.display()
    );
    dir
}

/// Everything the emitters generate from the valid fixture API (`fixtures/base`).
pub fn fixture_outputs() -> payspec_codegen::emit::Outputs {
    let spec = payspec_codegen::load::load(&fixtures().join("base"), payspec_codegen::LockCheck::Enforce)
        .expect("the base fixture is valid");
    payspec_codegen::emit::generate(&spec).expect("generate")
}

/// Writes the fixture's generated crate sources into a scratch folder as a binary (`main.rs` with its modules) and
/// returns the path of `main.rs`, so that trybuild can prove the snapshot compiles.
pub fn fixture_crate_main() -> PathBuf {
    let dir = scratch("fixture-crate");
    for (name, contents) in fixture_outputs() {
        let Some(relative) = name.strip_prefix("generated/src/") else { continue };
        let (relative, contents) = if relative == "lib.rs" {
            ("main.rs", format!("{contents}\nfn main() {{}}\n"))
        } else {
            (relative, contents)
        };
        let path = dir.join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("create folder");
        std::fs::write(&path, contents).expect("write");
    }
    dir.join("main.rs")
}

/// Asserts that a generated `Provenance` is the spec's: the source it cites (its number `S<n>`, counted here from the
/// API's list, its title and location), the basis and the reason.
pub fn assert_provenance(
    generated: &payspec::support::Provenance,
    spec: &payspec_codegen::model::Provenance,
    api: &payspec_codegen::spec::ApiSpec,
    at: &str,
) {
    let index = api.info.sources.iter().position(|s| s.source == spec.source).expect("the spec lists every source");
    let listed = &api.info.sources[index];
    assert_eq!(generated.source.id, format!("S{}", index + 1), "{at}: source number");
    assert_eq!(generated.source.title, listed.title, "{at}: source title");
    assert_eq!(generated.source.location, spec.source, "{at}: source location");
    assert_eq!(
        generated.source.url(),
        spec.source.starts_with("https://").then_some(spec.source.as_str()),
        "{at}: url"
    );
    let basis = match spec.basis {
        payspec_codegen::model::Basis::Vendor => payspec::support::Basis::Vendor,
        payspec_codegen::model::Basis::Translation => payspec::support::Basis::Translation,
        payspec_codegen::model::Basis::Decision => payspec::support::Basis::Decision,
    };
    assert_eq!(generated.basis, basis, "{at}: basis");
    assert_eq!(generated.reason, spec.reason.as_deref(), "{at}: reason");
}
