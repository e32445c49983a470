//! The reference books in `generated/docs/{en,tr}`: every operation, message, enumeration, code, lifecycle and
//! discrepancy of the spec appears in both, with the spec's texts in each language; every relative link and anchor
//! resolves; every page is in `SUMMARY.md`; and snapshots of a page of each kind, in both languages, for the
//! fixture API.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use payspec_codegen::model::Lang;

const LANGS: [&str; 2] = ["en", "tr"];

/// Every Markdown page of a book, by its path relative to the book's `src/`.
fn pages(lang: &str) -> BTreeMap<String, String> {
    let src = common::repo_root().join("generated/docs").join(lang).join("src");
    let mut pages = BTreeMap::new();
    collect(&src, &src, &mut pages);
    assert!(!pages.is_empty(), "no pages under {}", src.display());
    pages
}

fn collect(root: &Path, dir: &Path, pages: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).expect("read folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            collect(root, &path, pages);
        } else if path.extension().is_some_and(|e| e == "md") {
            let relative = path.strip_prefix(root).expect("below root").to_string_lossy().replace('\\', "/");
            pages.insert(relative, std::fs::read_to_string(&path).expect("read page"));
        }
    }
}

/// The ids a page defines: `{#id}` at the end of a heading and `id="..."` of inline HTML.
fn ids(page: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for line in page.lines() {
        if line.starts_with('#')
            && let Some(start) = line.rfind("{#")
            && line.ends_with('}')
        {
            ids.insert(line[start + 2..line.len() - 1].to_owned());
        }
        let mut rest = line;
        while let Some(at) = rest.find("id=\"") {
            let after = &rest[at + 4..];
            let end = after.find('"').expect("closed id");
            ids.insert(after[..end].to_owned());
            rest = &after[end..];
        }
    }
    ids
}

/// The targets of the Markdown links of a page, outside code blocks.
fn links(page: &str) -> Vec<String> {
    let mut links = Vec::new();
    let mut fenced = false;
    for line in page.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let end = after.find(')').expect("closed link");
            let target = after[..end].split(" \"").next().expect("target").to_owned();
            links.push(target);
            rest = &after[end..];
        }
    }
    links
}

/// Resolves `target` relative to the page at `from` (both relative to `src/`).
fn resolve(from: &str, target: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in target.split('/') {
        match part {
            ".." => {
                assert!(parts.pop().is_some(), "{from}: {target} leaves the book");
            }
            "." | "" => {}
            part => parts.push(part),
        }
    }
    parts.join("/")
}

#[test]
fn every_relative_link_and_anchor_resolves() {
    for lang in LANGS {
        let pages = pages(lang);
        let ids: BTreeMap<&str, BTreeSet<String>> = pages.iter().map(|(p, text)| (p.as_str(), ids(text))).collect();
        let mut broken = Vec::new();
        let mut checked = 0;
        for (path, text) in &pages {
            for target in links(text) {
                if target.starts_with("https://") || target.starts_with("http://") {
                    continue;
                }
                if target.is_empty() {
                    if path != "SUMMARY.md" {
                        broken.push(format!("{lang}/{path}: an empty link"));
                    }
                    continue;
                }
                checked += 1;
                let (file, anchor) = match target.split_once('#') {
                    Some((file, anchor)) => (file, Some(anchor)),
                    None => (target.as_str(), None),
                };
                let file = if file.is_empty() { path.clone() } else { resolve(path, file) };
                match (ids.get(file.as_str()), anchor) {
                    (None, _) => broken.push(format!("{lang}/{path}: {target}: no page {file}")),
                    (Some(found), Some(anchor)) if !found.contains(anchor) => {
                        broken.push(format!("{lang}/{path}: {target}: no anchor #{anchor} in {file}"))
                    }
                    _ => {}
                }
            }
        }
        assert!(broken.is_empty(), "{} broken links:\n{}", broken.len(), broken.join("\n"));
        assert!(checked > 1000, "{lang}: only {checked} links checked");
    }
}

#[test]
fn every_page_is_in_the_summary_and_every_summary_entry_exists() {
    for lang in LANGS {
        let pages = pages(lang);
        let summary = pages.get("SUMMARY.md").expect("SUMMARY.md");
        let listed: BTreeSet<String> = links(summary).into_iter().filter(|l| !l.is_empty()).collect();
        for page in pages.keys().filter(|p| *p != "SUMMARY.md") {
            assert!(listed.contains(page), "{lang}/{page} is not in SUMMARY.md");
        }
        for entry in &listed {
            assert!(pages.contains_key(entry), "{lang}/SUMMARY.md lists {entry}, which does not exist");
        }
        let book = common::repo_root().join("generated/docs").join(lang).join("book.toml");
        let toml = std::fs::read_to_string(book).expect("book.toml");
        assert!(toml.contains(&format!("language = \"{lang}\"")) && toml.contains("mdbook-mermaid"), "{toml}");
    }
}

fn spec() -> payspec_codegen::spec::Spec {
    payspec_codegen::load::load(&common::repo_root(), payspec_codegen::LockCheck::Enforce).expect("the spec is valid")
}

fn has_id(pages: &BTreeMap<String, String>, page: &str, id: &str) -> bool {
    pages.get(page).is_some_and(|text| ids(text).contains(id))
}

/// Text with the characters a page escapes, to look for it verbatim.
fn plain(text: &str) -> bool {
    !text.chars().any(|c| matches!(c, '<' | '>' | '&' | '|' | '*' | '\\' | '\n' | '{'))
}

#[test]
fn every_element_of_the_spec_appears_in_both_books_in_its_language() {
    let spec = spec();
    let mut counted = BTreeMap::<&str, usize>::new();
    for (lang, tag) in [(Lang::En, "en"), (Lang::Tr, "tr")] {
        let pages = pages(tag);
        let summary = &pages["SUMMARY.md"];
        for api in &spec.apis {
            let id = &api.id;
            assert!(has_id(&pages, &format!("{id}/overview.md"), "hosts"), "{tag}/{id}: overview");
            for operation in &api.operations {
                let page = format!("{id}/operations/{}.md", operation.id);
                let text = pages.get(&page).unwrap_or_else(|| panic!("{tag}: no page {page}"));
                assert!(text.contains(&format!("`{}`", operation.path.replace('|', "\\|"))), "{tag}/{page}: path");
                assert!(text.contains(&format!("`{}`", operation.method.as_str())), "{tag}/{page}: method");
                assert!(summary.contains(&format!("({page})")), "{tag}: {page} not in SUMMARY.md");
                for code in &operation.errors {
                    assert!(text.contains(&format!("code-{code})")), "{tag}/{page}: does not list {code}");
                }
                if let Some(doc) = operation.doc.get(lang).map(|t| &t.text).filter(|t| plain(t)) {
                    assert!(text.contains(doc.as_str()), "{tag}/{page}: not in its language: {doc}");
                }
                *counted.entry("operations").or_default() += 1;
            }
            for message in &api.messages {
                assert!(
                    has_id(&pages, &format!("{id}/messages.md"), &format!("message-{}", message.name)),
                    "{tag}: {}",
                    message.name
                );
                *counted.entry("messages").or_default() += 1;
            }
            for e in &api.enums {
                assert!(has_id(&pages, &format!("{id}/enums.md"), &format!("enum-{}", e.name)), "{tag}: {}", e.name);
            }
            let errors = &pages[&format!("{id}/errors.md")];
            for code in &api.codes {
                assert!(ids(errors).contains(&format!("code-{}", code.code)), "{tag}/{id}: code {}", code.code);
                if let Some(text) = code.messages.get(lang).map(|t| &t.text).filter(|t| plain(t)) {
                    assert!(errors.contains(text.as_str()), "{tag}/{id}: the message of {} is not {text}", code.code);
                    *counted.entry("code texts").or_default() += 1;
                }
                *counted.entry("codes").or_default() += 1;
            }
            for lifecycle in &api.lifecycles {
                let page = format!("{id}/lifecycles/{}.md", lifecycle.id);
                let text = pages.get(&page).unwrap_or_else(|| panic!("{tag}: no page {page}"));
                assert!(text.contains("```mermaid\nstateDiagram-v2"), "{tag}/{page}: no diagram");
                for (i, transition) in lifecycle.transitions.iter().enumerate() {
                    let arrow = format!("s_{} --> s_{}: T{} ", transition.from, transition.to, i + 1);
                    assert!(text.contains(&arrow), "{tag}/{page}: no arrow {arrow}");
                }
                for forbidden in &lifecycle.forbidden {
                    assert!(text.contains(&format!("code-{})", forbidden.error.code)), "{tag}/{page}: refusal");
                }
                *counted.entry("lifecycles").or_default() += 1;
            }
            for d in &api.discrepancies {
                assert!(has_id(&pages, &format!("{id}/discrepancies.md"), &format!("d-{}", d.id)), "{tag}: {}", d.id);
                *counted.entry("discrepancies").or_default() += 1;
            }
        }
    }
    for kind in ["operations", "messages", "codes", "code texts", "lifecycles", "discrepancies"] {
        assert!(counted.get(kind).copied().unwrap_or(0) > 0, "no {kind} checked: {counted:?}");
    }
}

#[test]
fn turkish_pages_mark_the_projects_translations() {
    let pages = pages("tr");
    let marks: usize = pages.values().map(|p| p.matches("[‡](").count()).sum();
    assert!(marks > 0, "no translation marks in the Turkish book");
    let intro = &pages["intro.md"];
    assert!(ids(intro).contains("translations"));
}

fn page_path(book: &str, page: &str) -> PathBuf {
    PathBuf::from(format!("generated/docs/{book}/{page}"))
}

#[test]
fn snapshots_of_each_kind_of_page_in_both_languages() {
    let outputs = common::fixture_outputs();
    let kinds = [
        "book.toml",
        "src/SUMMARY.md",
        "src/intro.md",
        "src/demo-api/overview.md",
        "src/demo-api/operations/fast-pay.md",
        "src/demo-api/errors.md",
        "src/demo-api/messages.md",
        "src/demo-api/enums.md",
        "src/demo-api/lifecycles/payment.md",
        "src/demo-api/discrepancies.md",
        "src/demo-api/sources.md",
    ];
    for lang in LANGS {
        for kind in kinds {
            let path = page_path(lang, kind);
            let name = path.to_string_lossy().into_owned();
            let contents = outputs.get(&name).unwrap_or_else(|| panic!("{name} was not generated"));
            let snapshot = name.trim_start_matches("generated/").replace('/', "__");
            insta::assert_snapshot!(snapshot, contents);
        }
    }
}
