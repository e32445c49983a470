//! Rules for how errors travel in the server direction (`error_wire`, and each operation's `decode_error` and
//! `error_statuses`): the codes exist and take no argument but the detail, every pointer of an error message mapping
//! leads to a field of the right type, every required field of an error message is written, and every operation
//! answers each of its codes at exactly one documented status whose message can carry it.

use std::collections::BTreeSet;

use crate::diagnostics::Collector;
use crate::model::{Direction, EnvelopeMapping, FieldType, IntegerUnit, Message, PlaceholderType};
use crate::spec::{ApiSpec, Located};
use crate::wire::{self, resolve};

/// Checks the API's `error_wire` and what its operations say of their errors' statuses.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    let serves = api.operations.iter().any(|o| o.direction == Direction::Request);
    let Some(declared) = &api.error_wire else {
        if serves {
            collector.report(
                &api.info.file,
                "",
                format!(
                    "{} serves operations but declares no `error_wire` (the code for a request that cannot be read, \
                     and where its error messages carry code and text)",
                    api.id
                ),
            );
        }
        return;
    };
    let (file, at) = (declared.file.as_str(), declared.pointer.as_str());
    let invalid = &declared.request_invalid;
    check_known(api, collector, file, &format!("{at}/request_invalid/code"), &invalid.code);
    if let (Some(detail), Some(code)) = (&invalid.detail, api.code(&invalid.code))
        && !code.placeholders.iter().any(|p| p.name == *detail && p.kind == PlaceholderType::String)
    {
        collector.report(
            file,
            &format!("{at}/request_invalid/detail"),
            format!("code {} has no text placeholder {detail}", invalid.code),
        );
    }
    let mut messages = BTreeSet::new();
    for (i, mapping) in declared.envelopes.iter().enumerate() {
        let at = format!("{at}/envelopes/{i}");
        if !messages.insert(mapping.message.as_str()) {
            collector.report(file, &format!("{at}/message"), format!("message {} is mapped twice", mapping.message));
        }
        match api.message(&mapping.message) {
            None => {
                collector.report(file, &format!("{at}/message"), format!("message {} is not declared", mapping.message))
            }
            Some(message) => check_mapping(api, message, mapping, collector, file, &at),
        }
    }
    if let Some(envelope) = &api.error_envelope
        && !messages.contains(envelope.value.as_str())
    {
        collector.report(
            file,
            &format!("{at}/envelopes"),
            format!("the error envelope {} has no mapping", envelope.value),
        );
    }
    for operation in &api.operations {
        check_operation(api, operation, collector);
    }
}

/// A code the spec names here first: in the catalog, and takes no argument but the detail.
fn check_known(api: &ApiSpec, collector: &mut Collector, file: &str, pointer: &str, code: &str) {
    if api.code(code).is_none() {
        collector.report(file, pointer, format!("code {code} is not in the catalog"));
    }
    check_code(api, collector, file, pointer, code);
}

/// A code answered for unreadable requests or broken rules takes no argument but the detail (an unknown code is
/// reported where it is named).
fn check_code(api: &ApiSpec, collector: &mut Collector, file: &str, pointer: &str, code: &str) {
    let Some(entry) = api.code(code) else {
        return;
    };
    let detail = wire::detail_placeholder(api);
    for placeholder in entry.placeholders.iter().filter(|p| Some(p.name.as_str()) != detail) {
        collector.report(
            file,
            pointer,
            format!(
                "code {code} answers a request that cannot be read, but its placeholder {} is not the API's detail \
                 (`error_wire.request_invalid.detail`): nothing could fill it",
                placeholder.name
            ),
        );
    }
}

fn check_mapping(
    api: &ApiSpec,
    message: &Message,
    mapping: &EnvelopeMapping,
    collector: &mut Collector,
    file: &str,
    at: &str,
) {
    let mut written: Vec<String> = Vec::new();
    let mut pointer = |key: &str, pointer: &str, accepts: &dyn Fn(&FieldType) -> bool, wanted: &str| {
        written.push(pointer.to_owned());
        match resolve(api, message, pointer) {
            Err(why) => collector.report(file, &format!("{at}/{key}"), why),
            Ok((_, kind)) if !accepts(kind) => {
                collector.report(file, &format!("{at}/{key}"), format!("{pointer} is not {wanted}"))
            }
            Ok(_) => {}
        }
    };
    let open_enum = |name: &str| api.enumeration(name).is_some_and(|e| e.open);
    let code = |k: &FieldType| match k {
        FieldType::ErrorCode | FieldType::String { .. } => true,
        FieldType::Enum { name } => open_enum(name),
        _ => false,
    };
    pointer("code", &mapping.code, &code, "an error code, string or open enumeration field");
    for (i, text) in mapping.text.iter().enumerate() {
        pointer(&format!("text/{i}"), text, &|k| matches!(k, FieldType::String { .. }), "a string field");
    }
    if let Some(group) = &mapping.group {
        let accepts = |k: &FieldType| matches!(k, FieldType::ErrorGroup | FieldType::String { .. });
        pointer("group", group, &accepts, "an error group or string field");
    }
    if let Some(status) = &mapping.status {
        pointer("status", status, &|k| matches!(k, FieldType::Integer { .. }), "an integer field");
    }
    if let Some(time) = &mapping.time {
        let accepts = |k: &FieldType| {
            matches!(k, FieldType::Integer { unit: Some(IntegerUnit::UnixSeconds | IntegerUnit::UnixMilliseconds), .. })
        };
        pointer("time", time, &accepts, "an integer field in Unix seconds or milliseconds");
    }
    for (i, constant) in mapping.constants.iter().enumerate() {
        let value = constant.value.clone();
        let accepts = move |k: &FieldType| match (k, &value) {
            (FieldType::Boolean { constant: Some(fixed) }, serde_json::Value::Bool(b)) => fixed == b,
            (FieldType::Boolean { constant: None }, serde_json::Value::Bool(_)) => true,
            (FieldType::String { .. }, serde_json::Value::String(_)) => true,
            _ => false,
        };
        pointer(&format!("constants/{i}/at"), &constant.at, &accepts, "a field that can hold this constant");
    }
    for missing in unwritten(api, message, "", &written) {
        collector.report(
            file,
            at,
            format!("the required field {missing} of {} is neither nullable nor written by the mapping", message.name),
        );
    }
}

/// The required, non-nullable fields of `message` (under `prefix`) that no written pointer reaches, and those of
/// every object a written pointer goes into.
fn unwritten(api: &ApiSpec, message: &Message, prefix: &str, written: &[String]) -> Vec<String> {
    let mut missing = Vec::new();
    for field in &message.fields {
        let here = format!("{prefix}/{}", field.wire);
        if written.contains(&here) {
            continue;
        }
        let (inner, below) = match &field.kind {
            FieldType::Message { message } => (api.message(message), here.clone()),
            FieldType::Array { items, .. } => match items.as_ref() {
                FieldType::Message { message } => (api.message(message), format!("{here}/0")),
                _ => (None, here.clone()),
            },
            _ => (None, here.clone()),
        };
        match inner {
            Some(inner) if written.iter().any(|w| w.starts_with(&format!("{below}/"))) => {
                missing.extend(unwritten(api, inner, &below, written));
            }
            _ if field.required && !field.nullable => missing.push(here),
            _ => {}
        }
    }
    missing
}

fn check_operation(api: &ApiSpec, operation: &Located<crate::model::Operation>, collector: &mut Collector) {
    let file = operation.file.as_str();
    let at = |suffix: &str| format!("{}{suffix}", operation.pointer);
    let what = format!("operation {}", operation.id);
    let served = operation.direction == Direction::Request;
    if let Some(code) = &operation.decode_error {
        check_known(api, collector, file, &at("/decode_error/value"), &code.value);
    }
    if wire::decodes(operation) {
        // Every code a decoder may answer: the one for an unreadable request and those of broken rules.
        // (code, where it is named, whether `errors` must list it here: parameter rules are checked already)
        let mut answered: Vec<(&str, String, bool)> = Vec::new();
        if let Some(code) = wire::decode_code(api, operation) {
            answered.push((code, at("/decode_error"), true));
        }
        let body_rules = operation.request.as_deref().and_then(|m| api.message(m)).map_or(&[][..], |m| &m.rules[..]);
        let body = body_rules.iter().map(|r| (r, at("/request"), true));
        let parameters = operation
            .parameter_rules
            .iter()
            .enumerate()
            .map(|(i, r)| (r, at(&format!("/parameter_rules/{i}/error")), false));
        for (rule, pointer, listed_here) in body.chain(parameters) {
            if let Some(code) = &rule.error {
                check_code(api, collector, file, &pointer, code);
                answered.push((code, pointer, listed_here));
            }
        }
        for (code, pointer, listed_here) in answered {
            if served && listed_here && api.code(code).is_some() && !operation.errors.iter().any(|c| c == code) {
                collector.report(
                    file,
                    &pointer,
                    format!("{what} answers {code} for a request it cannot read, but does not list it in `errors`"),
                );
            }
            if let Some(entry) = api.code(code)
                && let Err(why) = wire::code_status(api, operation, entry)
            {
                collector.report(file, &pointer, format!("{what}: no status for {code}: {why}"));
            }
        }
    }
    let mut seen = BTreeSet::new();
    for (i, declared) in operation.error_statuses.iter().enumerate() {
        let pointer = at(&format!("/error_statuses/{i}"));
        if !operation.errors.contains(&declared.code) || !seen.insert(declared.code.as_str()) {
            collector.report(
                file,
                &pointer,
                format!("code {} is not among the `errors` of {what}, or listed twice", declared.code),
            );
        }
        if !operation.responses.iter().any(|r| r.status == declared.status) {
            collector.report(file, &pointer, format!("{what} documents no {} response", declared.status));
        }
        if api.code(&declared.code).is_some_and(|c| c.http_status.is_some()) {
            collector.report(file, &pointer, format!("code {} has an HTTP status of its own", declared.code));
        }
    }
    if !served {
        return;
    }
    let groups = operation.error_groups.iter().filter_map(|g| api.group(g)).map(|g| {
        let status = g.passthrough.as_ref().and_then(|p| p.http_status.as_ref()).map(|s| s.value);
        (g.id.as_str(), status)
    });
    let codes = operation
        .errors
        .iter()
        .filter_map(|c| api.code(c))
        .map(|c| (c.code.as_str(), c.http_status.as_ref().map(|s| s.value)));
    for (code, catalog) in codes.chain(groups) {
        // A catalog status out of range or without its response is reported already.
        if catalog.is_some_and(|s| !operation.responses.iter().any(|r| r.status == s)) {
            continue;
        }
        match wire::status_of(api, operation, code, catalog) {
            Err(why) => collector.report(file, &at("/errors"), format!("{what}: no status for {code}: {why}")),
            Ok(status) => {
                let message =
                    operation.responses.iter().find(|r| r.status == status).and_then(|r| r.message.as_deref());
                if message.is_none_or(|m| wire::envelope(api, m).is_none()) {
                    collector.report(
                        file,
                        &at("/errors"),
                        format!("{what} answers {code} with {status}, whose response has no error message mapping"),
                    );
                }
            }
        }
    }
}
