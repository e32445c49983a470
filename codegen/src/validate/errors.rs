//! Rules for error groups and codes: unique codes and names, declared groups, statuses, placeholders in both languages.

use std::collections::{BTreeMap, BTreeSet};

use super::names::{is_group_id, is_snake, is_upper_camel, is_wire_code};
use super::texts;
use crate::diagnostics::Collector;
use crate::model::{ErrorCode, Lang, Sourced};
use crate::spec::{ApiSpec, Located};

/// The name of the catch-all variant of every generated error enum.
pub const UNRECOGNIZED: &str = "Unrecognized";

/// Checks the groups and codes of one API.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    // Variant names of the generated error enum: codes, pass-through groups and the catch-all share one namespace.
    let mut error_variants: BTreeMap<String, String> = BTreeMap::new();
    error_variants.insert(UNRECOGNIZED.to_owned(), "the catch-all variant".to_owned());
    let mut group_ids = BTreeSet::new();
    let mut group_names = BTreeSet::new();
    for group in &api.groups {
        let at = |suffix: &str| format!("{}{suffix}", group.pointer);
        if !is_group_id(&group.id) {
            collector.report(&group.file, &at("/id"), format!("group id \"{}\" is not UPPER_SNAKE", group.id));
        }
        if !group_ids.insert(group.id.clone()) {
            collector.report(&group.file, &at("/id"), format!("group {} is declared twice", group.id));
        }
        if !is_upper_camel(&group.rust_name) {
            collector.report(&group.file, &at("/rust_name"), format!("\"{}\" is not UpperCamelCase", group.rust_name));
        }
        if !group_names.insert(group.rust_name.clone()) {
            collector.report(
                &group.file,
                &at("/rust_name"),
                format!("another group is also named {}", group.rust_name),
            );
        }
        texts::check(collector, &group.file, &at("/description"), &group.description, &format!("group {}", group.id));
        if let Some(passthrough) = &group.passthrough {
            claim(
                collector,
                &mut error_variants,
                &group.rust_name,
                &format!("group {}", group.id),
                &group.file,
                &at("/rust_name"),
            );
            let what = format!("the pass-through text of group {}", group.id);
            for (lang, used) in
                texts::check(collector, &group.file, &at("/passthrough/messages"), &passthrough.messages, &what)
            {
                if !used.is_empty() {
                    collector.report(
                        &group.file,
                        &at(&format!("/passthrough/messages/{}/text", lang.tag())),
                        format!("{what} cannot have placeholders: the code and message come from another party"),
                    );
                }
            }
            check_status(collector, &group.file, &at("/passthrough/http_status"), passthrough.http_status.as_ref());
        }
    }
    let mut statuses = BTreeSet::new();
    for status in &api.http_statuses {
        let at = |suffix: &str| format!("{}{suffix}", status.pointer);
        if !(100..=599).contains(&status.status) {
            collector.report(&status.file, &at("/status"), format!("HTTP status {} is outside 100–599", status.status));
        }
        if !statuses.insert(status.status) {
            collector.report(&status.file, &at("/status"), format!("HTTP status {} is listed twice", status.status));
        }
        let what = format!("HTTP status {}", status.status);
        texts::check(collector, &status.file, &at("/meaning"), &status.meaning, &what);
        texts::check(collector, &status.file, &at("/description"), &status.description, &what);
    }
    let mut codes = BTreeSet::new();
    for code in &api.codes {
        check_code(api, code, &group_ids, &mut codes, &mut error_variants, collector);
    }
}

fn claim(
    collector: &mut Collector,
    taken: &mut BTreeMap<String, String>,
    name: &str,
    owner: &str,
    file: &str,
    pointer: &str,
) {
    if let Some(previous) = taken.get(name) {
        collector.report(
            file,
            pointer,
            format!("the error variant name {name} of {owner} is already taken by {previous}"),
        );
    } else {
        taken.insert(name.to_owned(), owner.to_owned());
    }
}

fn check_code(
    api: &ApiSpec,
    code: &Located<ErrorCode>,
    group_ids: &BTreeSet<String>,
    seen: &mut BTreeSet<String>,
    variants: &mut BTreeMap<String, String>,
    collector: &mut Collector,
) {
    let file = code.file.as_str();
    let at = |suffix: &str| format!("{}{suffix}", code.pointer);
    let what = format!("code {}", code.code);
    if !is_wire_code(&code.code) {
        collector.report(
            file,
            &at("/code"),
            format!("\"{}\" is not a wire code (ASCII letters, digits, `_`)", code.code),
        );
    }
    if !seen.insert(code.code.clone()) {
        collector.report(file, &at("/code"), format!("code {} is declared twice in {}", code.code, api.id));
    }
    if !is_upper_camel(&code.rust_name) {
        collector.report(file, &at("/rust_name"), format!("\"{}\" is not UpperCamelCase", code.rust_name));
    }
    claim(collector, variants, &code.rust_name, &what, file, &at("/rust_name"));
    if !group_ids.contains(&code.group) {
        collector.report(file, &at("/group"), format!("{what} is in group {}, which is not declared", code.group));
    } else if api.group(&code.group).is_some_and(|g| g.passthrough.is_some()) {
        collector.report(
            file,
            &at("/group"),
            format!("{what} is in pass-through group {}, whose codes come from another party", code.group),
        );
    }
    check_status(collector, file, &at("/http_status"), code.http_status.as_ref());
    if let Some(pseudo) = &code.pseudo_status {
        if (100..=599).contains(&pseudo.value) {
            collector.report(
                file,
                &at("/pseudo_status/value"),
                format!("{} is an HTTP status; declare it as `http_status`", pseudo.value),
            );
        }
        if code.http_status.is_some() {
            collector.report(
                file,
                &at("/pseudo_status"),
                format!("{what} has both an HTTP status and a pseudo-status"),
            );
        }
    }
    let used = texts::check(collector, file, &at("/messages"), &code.messages, &format!("the message of {what}"));
    check_placeholders(code, &used, collector);
    if let Some(scenario) = &code.scenario {
        texts::check(collector, file, &at("/scenario"), scenario, &format!("the scenario of {what}"));
    }
    if let Some(solution) = &code.solution {
        texts::check(collector, file, &at("/solution"), solution, &format!("the solution of {what}"));
    }
}

fn check_status(collector: &mut Collector, file: &str, pointer: &str, status: Option<&Sourced<u16>>) {
    if let Some(status) = status
        && !(100..=599).contains(&status.value)
    {
        collector.report(
            file,
            &format!("{pointer}/value"),
            format!(
                "HTTP status {} is outside 100–599; if the vendor uses it as a status of its own, declare it as `pseudo_status`",
                status.value
            ),
        );
    }
}

fn check_placeholders(code: &Located<ErrorCode>, used: &[(Lang, BTreeSet<u8>)], collector: &mut Collector) {
    let file = code.file.as_str();
    let declared: BTreeSet<u8> = code.placeholders.iter().map(|p| p.index).collect();
    let mut names = BTreeSet::new();
    for (i, placeholder) in code.placeholders.iter().enumerate() {
        let at = format!("{}/placeholders/{i}", code.pointer);
        if !is_snake(&placeholder.name) {
            collector.report(file, &format!("{at}/name"), format!("\"{}\" is not a snake_case name", placeholder.name));
        }
        if !names.insert(placeholder.name.clone()) {
            collector.report(
                file,
                &format!("{at}/name"),
                format!("placeholder name {} is used twice", placeholder.name),
            );
        }
        if code.placeholders[..i].iter().any(|p| p.index == placeholder.index) {
            collector.report(
                file,
                &format!("{at}/index"),
                format!("placeholder {{{}}} is declared twice", placeholder.index),
            );
        }
        let what = format!("placeholder {} of code {}", placeholder.name, code.code);
        texts::check(collector, file, &format!("{at}/doc"), &placeholder.doc, &what);
    }
    for (lang, found) in used {
        let at = format!("{}/messages/{}/text", code.pointer, lang.tag());
        for index in found.difference(&declared) {
            collector.report(
                file,
                &at,
                format!(
                    "the {} message of code {} uses {{{index}}}, which is not declared in `placeholders`",
                    lang.name(),
                    code.code
                ),
            );
        }
        for index in declared.difference(found) {
            collector.report(
                file,
                &at,
                format!(
                    "the {} message of code {} does not use declared placeholder {{{index}}}",
                    lang.name(),
                    code.code
                ),
            );
        }
    }
    if let [(first_lang, first), (second_lang, second)] = used
        && first != second
    {
        collector.report(
            file,
            &format!("{}/messages", code.pointer),
            format!(
                "placeholders differ between languages in code {}: {} has {first:?}, {} has {second:?}",
                code.code,
                first_lang.name(),
                second_lang.name()
            ),
        );
    }
}
