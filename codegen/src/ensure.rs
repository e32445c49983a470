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

/// Whether a file's bytes are the output, reading CRLF line ends as LF: a checkout with `core.autocrlf` (or an
/// editor) that turns line ends into CRLF changes no content, so `--check` must not call it stale.
fn same_text(bytes: &[u8], contents: &str) -> bool {
    if bytes == contents.as_bytes() {
        return true;
    }
    let mut normalized = Vec::with_capacity(bytes.len());
    let mut iter = bytes.iter().peekable();
    while let Some(&byte) = iter.next() {
        if byte == b'\r' && iter.peek() == Some(&&b'\n') {
            continue;
        }
        normalized.push(byte);
    }
    normalized == contents.as_bytes()
}

/// Compares the outputs with the files under `root`.
pub fn compare(root: &Path, outputs: &Outputs) -> Result<Drift, FileError> {
    let mut drift = Drift::default();
    for (name, contents) in outputs {
        let path = root.join(name);
        match std::fs::read(&path) {
            Ok(bytes) if same_text(&bytes, contents) => {}
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

/// The suffix of a staged file, written beside its target before it is renamed into place.
const STAGED_SUFFIX: &str = ".payspec-staged";

/// Writes the stale outputs and removes the leftovers named in `drift`, in two phases so that a failure leaves no
/// staged file behind: first every stale output is written to a staged file beside its target (on any error the
/// staged files and the folders made for them are removed, and nothing else has changed), then each staged file is
/// renamed over its target (a rename within a folder is atomic) and the leftovers, and the folders they leave empty,
/// are removed. Should a rename fail, the outputs renamed before it stay replaced, the rest stay as they were, and
/// running codegen again finishes the work.
pub fn apply(root: &Path, outputs: &Outputs, drift: &Drift) -> Result<(), FileError> {
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut created: Vec<PathBuf> = Vec::new();
    for name in &drift.stale {
        let target = root.join(name);
        let mut staged_name = target.clone().into_os_string();
        staged_name.push(STAGED_SUFFIX);
        let staged_path = PathBuf::from(staged_name);
        let contents = outputs.get(name).map_or("", String::as_str);
        staged.push((staged_path.clone(), target));
        if let Err(error) = stage(&staged_path, contents, &mut created) {
            discard(&staged, &created);
            return Err(error);
        }
    }
    for (i, (staged_path, target)) in staged.iter().enumerate() {
        if let Err(source) = std::fs::rename(staged_path, target) {
            discard(&staged[i..], &created);
            return Err(FileError { action: "rename into place", path: target.clone(), source });
        }
    }
    for name in &drift.leftover {
        let path = root.join(name);
        std::fs::remove_file(&path).map_err(|source| FileError { action: "remove", path: path.clone(), source })?;
        remove_empty_parents(&root.join(GENERATED_DIR), &path);
    }
    Ok(())
}

/// Writes one staged file, making its folder if needed; the folders it makes are added to `created`, outermost first.
fn stage(path: &Path, contents: &str, created: &mut Vec<PathBuf>) -> Result<(), FileError> {
    if let Some(parent) = path.parent() {
        let mut missing: Vec<PathBuf> =
            parent.ancestors().take_while(|dir| !dir.exists()).map(Path::to_path_buf).collect();
        missing.reverse();
        std::fs::create_dir_all(parent).map_err(|source| FileError {
            action: "create",
            path: parent.to_path_buf(),
            source,
        })?;
        created.extend(missing);
    }
    std::fs::write(path, contents).map_err(|source| FileError { action: "write", path: path.to_path_buf(), source })
}

/// Removes staged files and the folders made for them; best effort, as the error being reported is what matters.
fn discard(staged: &[(PathBuf, PathBuf)], created: &[PathBuf]) {
    for (staged_path, _) in staged {
        let _ = std::fs::remove_file(staged_path);
    }
    for dir in created.iter().rev() {
        // Innermost first; `remove_dir` only removes a folder left empty, so one holding a renamed output stays.
        let _ = std::fs::remove_dir(dir);
    }
}

/// Removes the folders between `file` and `top` (exclusive) that removing `file` left empty.
fn remove_empty_parents(top: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(current) = dir {
        if current == top || !current.starts_with(top) {
            break;
        }
        // `remove_dir` fails on a folder that still has files, which ends the walk.
        if std::fs::remove_dir(current).is_err() {
            break;
        }
        dir = current.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files_under(dir: &Path) -> Vec<String> {
        let mut out = Vec::new();
        list_files(dir, dir, &mut out).expect("list");
        out
    }

    #[test]
    fn a_failed_rename_leaves_no_staged_file_and_no_folder_made_for_it() {
        let root = std::env::temp_dir().join(format!("payspec-ensure-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        // `generated/m.txt` is a folder with a file in it: renaming a file over it fails.
        std::fs::create_dir_all(root.join("generated/m.txt")).expect("mkdir");
        std::fs::write(root.join("generated/m.txt/keep"), "kept").expect("write");
        let outputs: Outputs = [
            ("generated/a.txt".to_owned(), "A".to_owned()),
            ("generated/m.txt".to_owned(), "M".to_owned()),
            ("generated/new/deep/z.txt".to_owned(), "Z".to_owned()),
        ]
        .into_iter()
        .collect();
        let drift = Drift { stale: outputs.keys().cloned().collect(), leftover: Vec::new() };

        let error = apply(&root, &outputs, &drift).expect_err("the rename over a folder fails");
        assert_eq!(error.action, "rename into place");
        assert_eq!(error.path, root.join("generated/m.txt"));
        assert_eq!(files_under(&root), vec!["generated/a.txt", "generated/m.txt/keep"], "no staged file is left");
        assert!(!root.join("generated/new").exists(), "the folders made for staged files are gone");
        assert_eq!(std::fs::read_to_string(root.join("generated/a.txt")).expect("read"), "A");
        let _ = std::fs::remove_dir_all(&root);
    }
}
