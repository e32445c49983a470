//! Bringing the files on disk in line with the generated outputs, or (under `--check`) only saying which differ.
//! The idea is rust-analyzer's `ensure_file_contents`, applied to the whole set of outputs at once.

use std::path::{Path, PathBuf};

use crate::emit::Outputs;

/// The folder whose every file is generated: files there that the outputs do not name are stale too.
pub const GENERATED_DIR: &str = "generated";

/// How the files on disk differ from the outputs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drift {
    /// Outputs whose file is missing or has other contents.
    pub stale: Vec<String>,
    /// Files under `generated/` that no output names (left over from an earlier spec).
    pub leftover: Vec<String>,
}

impl Drift {
    /// Whether the files on disk are exactly the outputs.
    pub fn is_clean(&self) -> bool {
        self.stale.is_empty() && self.leftover.is_empty()
    }
}

/// A file could not be read, written or removed.
#[derive(Debug, thiserror::Error)]
#[error("cannot {action} {path}: {source}")]
pub struct FileError {
    /// What was being done.
    pub action: &'static str,
    /// The path.
    pub path: PathBuf,
    /// The cause.
    pub source: std::io::Error,
}

/// Compares the outputs with the files under `root`.
pub fn compare(root: &Path, outputs: &Outputs) -> Result<Drift, FileError> {
    let mut drift = Drift::default();
    for (name, contents) in outputs {
        let path = root.join(name);
        match std::fs::read(&path) {
            Ok(bytes) if bytes == contents.as_bytes() => {}
            Ok(_) => drift.stale.push(name.clone()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => drift.stale.push(name.clone()),
            Err(source) => return Err(FileError { action: "read", path, source }),
        }
    }
    let mut existing = Vec::new();
    list_files(root, &root.join(GENERATED_DIR), &mut existing)?;
    drift.leftover = existing.into_iter().filter(|name| !outputs.contains_key(name)).collect();
    Ok(drift)
}

fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), FileError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(source) => return Err(FileError { action: "list", path: dir.to_path_buf(), source }),
    };
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| FileError { action: "list", path: dir.to_path_buf(), source })?;
        paths.push(entry.path());
    }
    paths.sort();
    for path in paths {
        if path.is_dir() {
            list_files(root, &path, out)?;
        } else {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            out.push(relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"));
        }
    }
    Ok(())
}

/// Writes the stale outputs and removes the leftovers named in `drift`.
pub fn apply(root: &Path, outputs: &Outputs, drift: &Drift) -> Result<(), FileError> {
    for name in &drift.stale {
        let path = root.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| FileError {
                action: "create",
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let contents = outputs.get(name).map_or("", String::as_str);
        std::fs::write(&path, contents).map_err(|source| FileError { action: "write", path: path.clone(), source })?;
    }
    for name in &drift.leftover {
        let path = root.join(name);
        std::fs::remove_file(&path).map_err(|source| FileError { action: "remove", path: path.clone(), source })?;
    }
    Ok(())
}
