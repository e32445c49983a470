//! payspec-codegen: the spec model, its loader and validator, and the emitters that turn `spec/` into `generated/`.
//!
//! Data flows one way: spec files → [`load`] (every problem reported at once) → [`emit`] (all outputs in memory) →
//! [`ensure`] (write, or under `--check` only compare). `cargo xtask codegen [--check]` is the command-line face.

#![forbid(unsafe_code)]

pub mod diagnostics;
pub mod emit;
pub mod ensure;
pub mod load;
mod locate;
pub mod model;
pub mod names;
pub mod spec;
pub mod template;
pub mod validate;
pub mod wire;

use std::path::Path;

pub use diagnostics::{Diagnostic, Diagnostics};
pub use ensure::Drift;
pub use load::LockCheck;

/// Whether `codegen` writes or only checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Bring the files on disk in line with the spec.
    Write,
    /// Write nothing; report the files that differ.
    Check,
}

/// Anything that stops code generation.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec could not be read or is invalid.
    #[error(transparent)]
    Load(#[from] load::LoadError),
    /// An emitter failed.
    #[error(transparent)]
    Emit(#[from] emit::EmitError),
    /// A file could not be read or written.
    #[error(transparent)]
    File(#[from] ensure::FileError),
    /// `lock-codes` was called without a reason.
    #[error("a lock change needs a reason: `cargo xtask lock-codes --reason \"...\"`")]
    MissingReason,
    /// The code lock lives in a file that holds other sections too, which `lock-codes` will not rewrite.
    #[error("the code lock of {api} is in {file}; `lock-codes` only rewrites spec/{api}/codes.lock.json")]
    LockElsewhere {
        /// The API.
        api: String,
        /// The file the lock is in.
        file: String,
    },
    /// The lock file could not be serialized.
    #[error("cannot serialize the code lock: {0}")]
    Json(#[from] serde_json::Error),
}

/// Loads the spec under `root`, generates every output and writes it (or, in [`Mode::Check`], only compares).
/// Returns how the files differed before the run. Nothing is written when the spec is invalid.
pub fn codegen(root: &Path, mode: Mode) -> Result<Drift, Error> {
    let spec = load::load(root, LockCheck::Enforce)?;
    let outputs = emit::generate(&spec)?;
    let drift = ensure::compare(root, &outputs)?;
    if mode == Mode::Write {
        ensure::apply(root, &outputs, &drift)?;
    }
    Ok(drift)
}

/// What `lock-codes` changed for one API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockUpdate {
    /// The API.
    pub api: String,
    /// One line per code added, changed or removed.
    pub summary: Vec<String>,
}

/// Rewrites every API's code lock to match its codes, recording `reason` with each change. APIs whose lock already
/// matches are left alone.
pub fn lock_codes(root: &Path, reason: &str) -> Result<Vec<LockUpdate>, Error> {
    if reason.trim().is_empty() {
        return Err(Error::MissingReason);
    }
    let spec = load::load(root, LockCheck::Skip)?;
    let mut updates = Vec::new();
    for api in &spec.apis {
        let lock_file = format!("spec/{}/codes.lock.json", api.id);
        let wanted = validate::lock_entries(api);
        let (old_codes, mut changes) = match &api.lock {
            Some(lock) if lock.file != lock_file => {
                return Err(Error::LockElsewhere { api: api.id.clone(), file: lock.file.clone() });
            }
            Some(lock) => (lock.codes.clone(), lock.changes.clone()),
            None => (Vec::new(), Vec::new()),
        };
        let summary = validate::summarize_lock_changes(&old_codes, &wanted);
        if summary.is_empty() {
            continue;
        }
        changes.push(model::LockChange { summary: summary.clone(), reason: reason.trim().to_owned() });
        let file = model::SpecFile {
            schema: format!("../{}", load::SCHEMA_FILE),
            api: api.id.clone(),
            code_lock: Some(model::CodeLock { codes: wanted, changes }),
            ..model::SpecFile::default()
        };
        let mut text = serde_json::to_string_pretty(&file)?;
        text.push('\n');
        let path = root.join(&lock_file);
        std::fs::write(&path, text).map_err(|source| ensure::FileError { action: "write", path, source })?;
        updates.push(LockUpdate { api: api.id.clone(), summary });
    }
    Ok(updates)
}
