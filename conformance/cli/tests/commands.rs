//! The real `payspec` binary's `explain`, `validate` and `spec diff`: every catalog entry explained in both
//! languages with its documentation anchor, an ambiguous code asking for `--api`, an unknown code naming the nearest;
//! every example of the spec validated (the invalid ones at exactly their pointers), exit codes 0/1/2; spec diffs of
//! the spec against itself and of mutated fixture specs, as text and JSON.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("commands").join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("remove old scratch");
    }
    std::fs::create_dir_all(&dir).expect("create scratch");
    dir
}

fn payspec(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_payspec")).args(args).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("JSON")
}

fn catalogs() -> Vec<Value> {
    payspec::APIS.iter().map(|api| read_json(&repo().join(format!("generated/catalog/{api}.json")))).collect()
}

fn key(entry: &Value) -> String {
    entry["code"].as_str().or(entry["group"].as_str()).expect("code or group").to_owned()
}

fn with_names(message: &str, entry: &Value) -> String {
    let mut message = message.to_owned();
    for placeholder in entry["placeholders"].as_array().expect("placeholders") {
        let index = placeholder["index"].as_u64().expect("index");
        let name = placeholder["name"].as_str().expect("name");
        message = message.replace(&format!("{{{index}}}"), &format!("{{{name}}}"));
    }
    message
}

#[test]
fn explain_prints_every_entry_in_both_languages_with_where_it_is_documented() {
    let mut explained = 0;
    for catalog in catalogs() {
        let api = catalog["api"].as_str().expect("api");
        for entry in catalog["entries"].as_array().expect("entries") {
            let code = key(entry);
            for lang in ["en", "tr"] {
                let out = payspec(&["explain", &code, "--lang", lang]);
                let stdout = text(&out.stdout);
                assert!(out.status.success(), "explain {code} --lang {lang}: {}", text(&out.stderr));
                let message = with_names(entry["messages"][lang].as_str().expect("message"), entry);
                assert!(stdout.contains(&message), "{code} {lang}: no message {message:?} in\n{stdout}");
                assert!(stdout.contains(entry["group"].as_str().expect("group")), "{code}: group");
                if let Some(status) = entry["http_status"].as_u64() {
                    assert!(stdout.contains(&status.to_string()), "{code}: HTTP status");
                }
                assert!(stdout.contains(entry["retry"].as_str().expect("retry")), "{code}: retry");
                assert!(stdout.contains(entry["actor"].as_str().expect("actor")), "{code}: actor");
                if let Some(solution) = entry["solution"][lang].as_str() {
                    assert!(stdout.contains(solution), "{code}: what to do");
                }
                let page = format!("generated/docs/{lang}/src/{api}/errors.md");
                let link = format!("{page}#code-{code}");
                assert!(stdout.contains(&link), "{code}: no {link} in\n{stdout}");
                let book = std::fs::read_to_string(repo().join(&page)).expect("the book page exists");
                assert!(book.contains(&format!("id=\"code-{code}\"")), "{page} has no anchor for {code}");
            }
            explained += 1;
        }
    }
    assert!(explained > 50, "only {explained} entries");
}

#[test]
fn an_unknown_code_is_an_error_naming_the_nearest_known_codes() {
    let catalogs = catalogs();
    let known: Vec<String> =
        catalogs.iter().flat_map(|c| c["entries"].as_array().expect("entries").iter().map(key)).collect();
    let real = known.iter().find(|k| k.len() > 3).expect("a code");
    let unknown = format!("{real}9");
    assert!(!known.contains(&unknown));
    let out = payspec(&["explain", &unknown]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains(&format!("unknown error code `{unknown}`")), "{stderr}");
    assert!(stderr.contains(real.as_str()), "the nearest codes should name {real}: {stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_code_in_several_catalogs_asks_for_the_api() {
    let dir = scratch("ambiguous");
    let catalog = &catalogs()[0];
    for api in ["first-api", "second-api"] {
        let mut copy = catalog.clone();
        copy["api"] = Value::String(api.to_owned());
        std::fs::write(dir.join(format!("{api}.json")), copy.to_string()).expect("write");
    }
    let code = key(&catalog["entries"][0]);
    let folder = dir.to_string_lossy().into_owned();
    let out = payspec(&["explain", &code, "--catalogs", &folder]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("--api") && stderr.contains("first-api") && stderr.contains("second-api"), "{stderr}");
    let out = payspec(&["explain", &code, "--catalogs", &folder, "--api", "second-api"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("(second-api)"));
    let out = payspec(&["explain", &code, "--api", "no-such-api"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Every example of the spec: (API, message, valid, invalid_at, body).
fn examples() -> Vec<(String, String, bool, Vec<String>, Value)> {
    let mut all = Vec::new();
    for api in payspec::APIS {
        let dir = repo().join("spec").join(api).join("examples");
        let mut files: Vec<PathBuf> =
            std::fs::read_dir(&dir).expect("examples").map(|e| e.expect("entry").path()).collect();
        files.sort();
        for file in files {
            for example in read_json(&file)["examples"].as_array().expect("examples") {
                let invalid_at = example["invalid_at"]
                    .as_array()
                    .map(|a| a.iter().map(|p| p.as_str().expect("pointer").to_owned()).collect())
                    .unwrap_or_default();
                all.push((
                    api.to_string(),
                    example["message"].as_str().expect("message").to_owned(),
                    example["valid"].as_bool().expect("valid"),
                    invalid_at,
                    example["body"].clone(),
                ));
            }
        }
    }
    all
}

#[test]
fn validate_accepts_every_valid_example_and_points_at_every_problem_of_an_invalid_one() {
    let dir = scratch("examples");
    let (mut valid, mut invalid) = (0, 0);
    for (i, (api, message, is_valid, invalid_at, body)) in examples().into_iter().enumerate() {
        let file = dir.join(format!("{i}.json"));
        std::fs::write(&file, body.to_string()).expect("write");
        let path = file.to_string_lossy().into_owned();
        let out = payspec(&["validate", "--api", &api, "--message", &message, &path]);
        let stdout = text(&out.stdout);
        if is_valid {
            assert!(out.status.success(), "{api} {message} #{i}: {stdout}{}", text(&out.stderr));
            assert!(stdout.contains("valid"), "{stdout}");
            valid += 1;
        } else {
            assert_eq!(out.status.code(), Some(1), "{api} {message} #{i} should be invalid: {stdout}");
            for pointer in &invalid_at {
                let shown = if pointer.is_empty() { "(the document)" } else { pointer.as_str() };
                assert!(stdout.contains(&format!("{path}: {shown}: ")), "{api} {message}: no {pointer:?} in\n{stdout}");
            }
            for line in stdout.lines() {
                let pointer = line.strip_prefix(&format!("{path}: ")).and_then(|rest| rest.split(": ").next());
                let pointer = pointer.expect("file: pointer: problem");
                assert!(
                    invalid_at.iter().any(|p| p == pointer || (pointer == "(the document)" && p.is_empty())),
                    "{api} {message}: {pointer} is not among {invalid_at:?}"
                );
            }
            invalid += 1;
        }
    }
    assert!(valid > 20 && invalid > 5, "{valid} valid, {invalid} invalid examples");
}

#[test]
fn validate_exit_codes_for_many_files_not_json_and_bad_command_lines() {
    let dir = scratch("validate");
    let (api, message, _, _, body) = examples().into_iter().find(|e| e.2).expect("a valid example");
    let good = dir.join("good.json");
    std::fs::write(&good, body.to_string()).expect("write");
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{ not json").expect("write");
    let (good, broken) = (good.to_string_lossy().into_owned(), broken.to_string_lossy().into_owned());
    let out = payspec(&["validate", "--api", &api, "--message", &message, &good, &good]);
    assert_eq!(out.status.code(), Some(0));
    let out = payspec(&["validate", "--api", &api, "--message", &message, &good, &broken]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains(&format!("{broken}: (the document): not JSON")), "{}", text(&out.stdout));
    let misspelt = format!("{message}x");
    let out = payspec(&["validate", "--api", &api, "--message", &misspelt, &good]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains(&message), "the nearest messages: {}", text(&out.stderr));
    let out = payspec(&["validate", "--api", "no-such-api", "--message", &message, &good]);
    assert_eq!(out.status.code(), Some(2));
    let missing = dir.join("missing.json").to_string_lossy().into_owned();
    let out = payspec(&["validate", "--api", &api, "--message", &message, &missing]);
    assert_eq!(out.status.code(), Some(2));
    let out = payspec(&["validate", "--api", &api, "--message", &message]);
    assert_eq!(out.status.code(), Some(2));
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}

fn fixture_copy(name: &str) -> PathBuf {
    let dir = scratch(name);
    copy_tree(&repo().join("codegen/tests/fixtures/base/spec"), &dir);
    dir
}

fn edit(file: &Path, change: impl FnOnce(&mut Value)) {
    let mut value = read_json(file);
    change(&mut value);
    std::fs::write(file, serde_json::to_string_pretty(&value).expect("JSON")).expect("write");
}

fn diff_json(old: &Path, new: &Path) -> (Option<i32>, Value) {
    let out = payspec(&["spec", "diff", &old.to_string_lossy(), &new.to_string_lossy(), "--json"]);
    let value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("JSON: {}", text(&out.stderr)));
    (out.status.code(), value)
}

#[test]
fn spec_diff_of_the_spec_with_itself_finds_nothing() {
    let copy = scratch("same").join("spec");
    copy_tree(&repo().join("spec"), &copy);
    let out = payspec(&["spec", "diff", &repo().to_string_lossy(), &copy.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}{}", text(&out.stdout), text(&out.stderr));
    assert!(text(&out.stdout).contains("0 changes, 0 breaking"));
}

#[test]
fn spec_diff_flags_a_field_that_became_required_and_a_narrowed_enum_as_breaking() {
    let old = fixture_copy("required-old");
    let new = fixture_copy("required-new");
    let messages = new.join("demo-api/messages.json");
    let mut field_name = String::new();
    edit(&messages, |spec| {
        for message in spec["messages"].as_array_mut().expect("messages") {
            let name = message["name"].as_str().expect("name").to_owned();
            if let Some(field) =
                message["fields"].as_array_mut().expect("fields").iter_mut().find(|f| f["required"] == false)
            {
                field_name = format!("{name}.{}", field["wire"].as_str().expect("wire"));
                field["required"] = Value::Bool(true);
                return;
            }
        }
    });
    let enums = new.join("demo-api/enums.json");
    let mut enum_name = String::new();
    edit(&enums, |spec| {
        let closed = spec["enums"].as_array_mut().expect("enums").iter_mut().find(|e| e["open"] == true);
        let closed = closed.expect("an open enum");
        enum_name = closed["name"].as_str().expect("name").to_owned();
        closed["open"] = Value::Bool(false);
    });
    let (code, diff) = diff_json(&old, &new);
    assert_eq!(code, Some(1), "{diff:#}");
    let changes = diff["changes"].as_array().expect("changes");
    let find = |kind: &str, item: &str| changes.iter().find(|c| c["kind"] == kind && c["item"] == item).cloned();
    let field = find("field", &field_name).unwrap_or_else(|| panic!("no change of {field_name}: {diff:#}"));
    assert_eq!(field["breaking"], true);
    assert_eq!(field["change"], "became required");
    let narrowed = find("enum", &enum_name).unwrap_or_else(|| panic!("no change of {enum_name}: {diff:#}"));
    assert_eq!(narrowed["breaking"], true);
    assert_eq!(diff["breaking"].as_u64(), Some(changes.iter().filter(|c| c["breaking"] == true).count() as u64));
    let out = payspec(&["spec", "diff", &old.to_string_lossy(), &new.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains(&format!("BREAKING demo-api field {field_name}: became required")));
}

#[test]
fn spec_diff_of_a_reworded_message_is_not_breaking_and_an_unreadable_spec_is_a_usage_error() {
    let old = fixture_copy("reworded-old");
    let new = fixture_copy("reworded-new");
    let mut code_id = String::new();
    edit(&new.join("demo-api/errors.json"), |spec| {
        let code = &mut spec["codes"][0];
        code_id = code["code"].as_str().expect("code").to_owned();
        let en = code["messages"]["en"]["text"].as_str().expect("text").to_owned();
        code["messages"]["en"]["text"] = Value::String(format!("{en} (reworded)"));
    });
    let (status, diff) = diff_json(&old, &new);
    assert_eq!(status, Some(0), "{diff:#}");
    assert_eq!(diff["breaking"], 0);
    let change = diff["changes"].as_array().expect("changes").iter().find(|c| c["item"] == code_id.as_str()).cloned();
    assert_eq!(change.expect("the code changed")["change"], "English message changed");
    let out = payspec(&["spec", "diff", &old.to_string_lossy(), &scratch("empty").to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
}
