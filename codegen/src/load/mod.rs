//! Loading the spec: find the files, parse them, check them against the spec schema, merge them per API and validate.
//!
//! Every problem in every file is collected before anything is returned, so one run reports all of them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::diagnostics::{Collector, Diagnostics};
use crate::model::SpecFile;
use crate::spec::{ApiSpec, Located, Spec};
use crate::validate;

pub use crate::validate::LockCheck;

/// Errors that stop loading before any spec file can be judged.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A file or folder could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The spec has problems.
    #[error(transparent)]
    Invalid(#[from] Diagnostics),
}

/// A spec file as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path relative to the repository root, `/`-separated.
    pub name: String,
    /// The API folder it is in.
    pub api: String,
    /// Its text.
    pub text: String,
}

/// The file name of the generated spec schema, directly under the spec folder.
pub const SCHEMA_FILE: &str = "spec.schema.json";

/// Loads and validates the spec under `root/spec`.
pub fn load(root: &Path, lock: LockCheck) -> Result<Spec, LoadError> {
    let files = read_spec_files(root)?;
    Ok(load_sources(&files, lock)?)
}

/// Reads every `*.json` file below `root/spec/<api>/` (the schema file excepted), sorted by path.
pub fn read_spec_files(root: &Path) -> Result<Vec<SourceFile>, LoadError> {
    let spec_dir = root.join("spec");
    let mut files = Vec::new();
    for entry in read_dir_sorted(&spec_dir)? {
        if entry.is_dir() {
            let api = file_name(&entry);
            let mut paths = Vec::new();
            collect_json(&entry, &mut paths)?;
            for path in paths {
                let text =
                    std::fs::read_to_string(&path).map_err(|source| LoadError::Io { path: path.clone(), source })?;
                let name = relative_name(root, &path);
                files.push(SourceFile { name, api: api.clone(), text });
            }
        }
    }
    Ok(files)
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let io = |source| LoadError::Io { path: dir.to_path_buf(), source };
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        entries.push(entry.map_err(io)?.path());
    }
    entries.sort();
    Ok(entries)
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    for path in read_dir_sorted(dir)? {
        if path.is_dir() {
            collect_json(&path, out)?;
        } else if path.extension().is_some_and(|ext| ext == "json") {
            out.push(path);
        }
    }
    Ok(())
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn relative_name(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Parses, checks, merges and validates the given files. Used directly by tests on fixture trees.
pub fn load_sources(files: &[SourceFile], lock: LockCheck) -> Result<Spec, Diagnostics> {
    let schema = crate::model::spec_file_schema();
    let validator = match jsonschema::draft202012::new(&schema) {
        Ok(validator) => validator,
        Err(error) => {
            let mut collector = Collector::default();
            collector.report("spec/spec.schema.json", "", format!("the spec model's schema does not compile: {error}"));
            return Err(collector.finish().err().unwrap_or_default());
        }
    };
    let mut collector = Collector::default();
    let mut parsed: BTreeMap<String, Vec<(String, SpecFile)>> = BTreeMap::new();
    // APIs with a file that could not be read as a spec file: their other files are still checked, but not the
    // rules that need every file (the code lock), which would report the unread codes as removed.
    let mut incomplete = std::collections::BTreeSet::new();
    let mut citations: BTreeMap<String, Vec<validate::Citation>> = BTreeMap::new();
    for file in files {
        collector.add_source(&file.name, &file.text);
        parsed.entry(file.api.clone()).or_default();
        let value: Value = match serde_json::from_str(&file.text) {
            Ok(value) => value,
            Err(error) => {
                collector.report_at(&file.name, (error.line(), error.column()), format!("not valid JSON: {error}"));
                incomplete.insert(file.api.clone());
                continue;
            }
        };
        let cited = citations.entry(file.api.clone()).or_default();
        validate::check_provenance(&mut collector, cited, &file.name, "", &value);
        let mut schema_ok = true;
        for error in validator.iter_errors(&value) {
            schema_ok = false;
            collector.report(&file.name, &error.instance_path().to_string(), schema_message(&error));
        }
        if !schema_ok {
            incomplete.insert(file.api.clone());
            continue;
        }
        match serde_json::from_value::<SpecFile>(value) {
            Ok(spec_file) => {
                check_header(&mut collector, file, &spec_file);
                parsed.entry(file.api.clone()).or_default().push((file.name.clone(), spec_file));
            }
            Err(error) => {
                collector.report(&file.name, "", format!("does not match the spec model: {error}"));
                incomplete.insert(file.api.clone());
            }
        }
    }
    let mut apis = Vec::new();
    for (api, api_files) in parsed {
        if let Some(merged) = merge(&mut collector, &api, api_files) {
            apis.push(merged);
        }
    }
    let spec = Spec { apis };
    validate::check(&spec, lock, &incomplete, &mut collector);
    for api in spec.apis.iter().filter(|api| !incomplete.contains(&api.id)) {
        validate::check_sources_listed(api, citations.get(&api.id).map_or(&[], Vec::as_slice), &mut collector);
    }
    collector.finish().map(|()| spec)
}

fn schema_message(error: &jsonschema::ValidationError<'_>) -> String {
    format!("does not match spec.schema.json: {error}")
}

fn check_header(collector: &mut Collector, file: &SourceFile, spec_file: &SpecFile) {
    let depth = file.name.matches('/').count().saturating_sub(1);
    let expected = format!("{}{SCHEMA_FILE}", "../".repeat(depth));
    if spec_file.schema != expected {
        collector.report(&file.name, "/$schema", format!("must be \"{expected}\" so editors validate the file"));
    }
    if spec_file.api != file.api {
        collector.report(
            &file.name,
            "/api",
            format!("says \"{}\" but the file is in the folder of \"{}\"", spec_file.api, file.api),
        );
    }
}

/// Moves one section's elements into `into`, each located at `/<section>/<index>` in `file`.
fn extend<T>(into: &mut Vec<Located<T>>, file: &str, section: &str, items: Vec<T>) {
    into.extend(items.into_iter().enumerate().map(|(i, value)| Located {
        file: file.to_owned(),
        pointer: format!("/{section}/{i}"),
        value,
    }));
}

fn merge(collector: &mut Collector, api: &str, files: Vec<(String, SpecFile)>) -> Option<ApiSpec> {
    let (mut info, mut envelope, mut locks, mut wire) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut groups, mut codes, mut http_statuses, mut servers) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut modes, mut auth_schemes, mut signing, mut operations) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut messages, mut enums, mut discrepancies) = (Vec::new(), Vec::new(), Vec::new());
    let (mut lifecycles, mut examples, mut timers, mut precedence) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (name, file) in files {
        let n = name.as_str();
        if let Some(value) = file.info {
            info.push(located((name.clone(), "/info".into()), value));
        }
        if let Some(value) = file.error_envelope {
            envelope.push(located((name.clone(), "/error_envelope".into()), value));
        }
        if let Some(value) = file.precedence {
            precedence.push(located((name.clone(), "/precedence".into()), value));
        }
        if let Some(value) = file.error_wire {
            wire.push(located((name.clone(), "/error_wire".into()), value));
        }
        if let Some(value) = file.code_lock {
            locks.push(located((name.clone(), "/code_lock".into()), value));
        }
        extend(&mut groups, n, "groups", file.groups);
        extend(&mut codes, n, "codes", file.codes);
        extend(&mut http_statuses, n, "http_statuses", file.http_statuses);
        extend(&mut servers, n, "servers", file.servers);
        extend(&mut modes, n, "modes", file.modes);
        extend(&mut auth_schemes, n, "auth_schemes", file.auth_schemes);
        extend(&mut signing, n, "signing", file.signing);
        extend(&mut operations, n, "operations", file.operations);
        extend(&mut messages, n, "messages", file.messages);
        extend(&mut enums, n, "enums", file.enums);
        extend(&mut discrepancies, n, "discrepancies", file.discrepancies);
        extend(&mut lifecycles, n, "lifecycles", file.lifecycles);
        extend(&mut timers, n, "timers", file.timers);
        extend(&mut examples, n, "examples", file.examples);
    }
    let error_envelope = single(collector, api, "error_envelope", envelope, false);
    let error_wire = single(collector, api, "error_wire", wire, false);
    let lock = single(collector, api, "code_lock", locks, false);
    let precedence = single(collector, api, "precedence", precedence, false);
    let info = single(collector, api, "info", info, true)?;
    Some(ApiSpec {
        id: api.to_owned(),
        info,
        groups,
        codes,
        http_statuses,
        servers,
        modes,
        auth_schemes,
        signing,
        operations,
        messages,
        enums,
        discrepancies,
        lifecycles,
        timers,
        precedence,
        error_envelope,
        error_wire,
        lock,
        examples,
    })
}

fn located<T>((file, pointer): (String, String), value: T) -> Located<T> {
    Located { file, pointer, value }
}

fn single<T>(
    collector: &mut Collector,
    api: &str,
    section: &str,
    mut found: Vec<Located<T>>,
    required: bool,
) -> Option<Located<T>> {
    if found.len() > 1 {
        for extra in &found[1..] {
            collector.report(
                &extra.file,
                &extra.pointer,
                format!("`{section}` is given more than once for {api} (first in {})", found[0].file),
            );
        }
    }
    if found.is_empty() && required {
        collector.report(&format!("spec/{api}/"), "", format!("no file of {api} has the `{section}` section"));
    }
    if found.is_empty() { None } else { Some(found.swap_remove(0)) }
}
