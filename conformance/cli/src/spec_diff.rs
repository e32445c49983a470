//! `payspec spec diff OLD_DIR NEW_DIR [--json]`: what changed between two versions of the spec (each a checkout
//! with `spec/`, or a spec folder itself), with the breaking changes flagged. Both versions are loaded and validated
//! by the codegen loader (the code lock is not enforced: a lock records history, and the diff is about the specs).

use std::path::{Path, PathBuf};

use payspec_codegen::LockCheck;
use payspec_codegen::load::{SourceFile, load_sources};
use payspec_codegen::spec::Spec;
use serde::Serialize;

use crate::diff::{Change, diff};

/// The diff as `--json` prints it.
#[derive(Debug, Serialize)]
pub struct Output<'a> {
    /// The old spec folder.
    pub old: String,
    /// The new spec folder.
    pub new: String,
    /// How many changes break a consumer.
    pub breaking: usize,
    /// Every change, in API then kind order.
    pub changes: &'a [Change],
}

/// Loads a spec version: `dir/spec/` if it is there, else `dir` itself as the spec folder.
pub fn load(dir: &Path) -> Result<Spec, String> {
    let spec_dir = if dir.join("spec").is_dir() { dir.join("spec") } else { dir.to_path_buf() };
    let mut files = Vec::new();
    let apis = sorted(&spec_dir)?;
    for api_dir in apis.iter().filter(|p| p.is_dir()) {
        let api = api_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut paths = Vec::new();
        collect(api_dir, &mut paths)?;
        for path in paths {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let relative = path.strip_prefix(&spec_dir).unwrap_or(&path);
            let name = format!(
                "spec/{}",
                relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
            );
            files.push(SourceFile { name, api: api.clone(), text });
        }
    }
    if files.is_empty() {
        return Err(format!("{} holds no spec (no <api>/*.json files)", spec_dir.display()));
    }
    load_sources(&files, LockCheck::Skip).map_err(|d| format!("the spec in {} is invalid:\n{d}", spec_dir.display()))
}

fn sorted(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        paths.push(entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?.path());
    }
    paths.sort();
    Ok(paths)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    for path in sorted(dir)? {
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    Ok(())
}

/// Runs the diff: the text (or JSON) to print and how many changes break.
pub fn run(old_dir: &Path, new_dir: &Path, json: bool) -> Result<(String, usize), String> {
    let old = load(old_dir)?;
    let new = load(new_dir)?;
    let changes = diff(&old, &new);
    let breaking = changes.iter().filter(|c| c.breaking).count();
    if json {
        let output = Output {
            old: old_dir.display().to_string(),
            new: new_dir.display().to_string(),
            breaking,
            changes: &changes,
        };
        let mut text = serde_json::to_string_pretty(&output).map_err(|e| e.to_string())?;
        text.push('\n');
        return Ok((text, breaking));
    }
    let mut text = String::new();
    for change in &changes {
        let flag = if change.breaking { "BREAKING" } else { "        " };
        text.push_str(&format!("{flag} {} {} {}: {}\n", change.api, change.kind, change.item, change.change));
    }
    text.push_str(&format!("{} changes, {breaking} breaking\n", changes.len()));
    Ok((text, breaking))
}

/// `payspec spec`'s subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum SpecCommand {
    /// Lists what changed between two versions of the spec and flags breaking changes (exit 1 on any).
    Diff {
        /// The old version: a checkout with `spec/`, or a spec folder.
        old: PathBuf,
        /// The new version.
        new: PathBuf,
        /// Prints the changes as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Runs `payspec spec diff`: 0 nothing breaking, 1 a breaking change, 2 a wrong command line or an unreadable spec.
pub fn command(command: &SpecCommand) -> std::process::ExitCode {
    let SpecCommand::Diff { old, new, json } = command;
    match run(old, new, *json) {
        Ok((text, breaking)) => {
            print!("{text}");
            if breaking == 0 { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE }
        }
        Err(message) => {
            eprintln!("payspec spec diff: {message}");
            std::process::ExitCode::from(2)
        }
    }
}
