//! Rules for messages and examples: unique names, resolvable references, consistent examples.

use std::collections::BTreeSet;

use super::names::{is_snake, is_upper_camel};
use super::texts;
use crate::diagnostics::Collector;
use crate::model::FieldType;
use crate::spec::ApiSpec;

/// The Rust field every generated message has for the fields the spec does not know.
pub const EXTRA_FIELD: &str = "extra";

/// Checks the messages, the error envelope reference and the examples of one API.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    let mut names = BTreeSet::new();
    for message in &api.messages {
        let file = message.file.as_str();
        let at = |suffix: &str| format!("{}{suffix}", message.pointer);
        if !is_upper_camel(&message.name) {
            collector.report(file, &at("/name"), format!("\"{}\" is not UpperCamelCase", message.name));
        }
        if !names.insert(message.name.clone()) {
            collector.report(file, &at("/name"), format!("message {} is declared twice", message.name));
        }
        texts::check(collector, file, &at("/doc"), &message.doc, &format!("message {}", message.name));
        let (mut wires, mut rust_names) = (BTreeSet::new(), BTreeSet::new());
        for (i, field) in message.fields.iter().enumerate() {
            let field_at = |suffix: &str| at(&format!("/fields/{i}{suffix}"));
            let what = format!("field {} of {}", field.wire, message.name);
            if field.wire.is_empty() || !wires.insert(field.wire.clone()) {
                collector.report(file, &field_at("/wire"), format!("{what} is empty or declared twice"));
            }
            if !is_snake(&field.rust_name) || field.rust_name == EXTRA_FIELD {
                collector.report(
                    file,
                    &field_at("/rust_name"),
                    format!("\"{}\" is not a snake_case name, or is the reserved `{EXTRA_FIELD}`", field.rust_name),
                );
            }
            if !rust_names.insert(field.rust_name.clone()) {
                collector.report(file, &field_at("/rust_name"), format!("Rust name {} is used twice", field.rust_name));
            }
            check_type(api, collector, file, &field_at("/type"), &field.kind);
            for (a, alias) in field.aliases.iter().enumerate() {
                if !wires.insert(alias.wire.clone()) {
                    collector.report(
                        file,
                        &field_at(&format!("/aliases/{a}/wire")),
                        format!("{} is already a field or alias", alias.wire),
                    );
                }
                super::shape::check_discrepancy_ref(
                    api,
                    collector,
                    file,
                    &field_at(&format!("/aliases/{a}/discrepancy")),
                    &alias.discrepancy,
                );
            }
            texts::check(collector, file, &field_at("/doc"), &field.doc, &what);
        }
    }
    for message in &api.messages {
        super::rules::check_rules(api, message, collector);
    }
    if let Some(envelope) = &api.error_envelope
        && api.message(&envelope.value).is_none()
    {
        collector.report(&envelope.file, &envelope.pointer, format!("message {} is not declared", envelope.value));
    }
    let mut example_names = BTreeSet::new();
    for example in &api.examples {
        let file = example.file.as_str();
        let at = |suffix: &str| format!("{}{suffix}", example.pointer);
        if !example_names.insert(example.name.clone()) {
            collector.report(file, &at("/name"), format!("example {} is declared twice", example.name));
        }
        if api.message(&example.message).is_none() {
            collector.report(file, &at("/message"), format!("message {} is not declared", example.message));
        }
        match (example.invalid_at.is_empty(), example.valid) {
            (false, true) => collector.report(file, &at("/invalid_at"), "a valid example cannot have `invalid_at`"),
            (true, false) => collector.report(file, &at("/valid"), "an invalid example needs `invalid_at`"),
            _ => {}
        }
        for (index, pointer) in example.invalid_at.iter().enumerate() {
            if !(pointer.is_empty() || pointer.starts_with('/')) {
                collector.report(
                    file,
                    &at(&format!("/invalid_at/{index}")),
                    format!("\"{pointer}\" is not a JSON pointer"),
                );
            }
        }
        if !example.invalid_at.is_sorted() || example.invalid_at.windows(2).any(|pair| pair[0] == pair[1]) {
            collector.report(file, &at("/invalid_at"), "list each pointer once, sorted");
        }
    }
}

fn check_type(api: &ApiSpec, collector: &mut Collector, file: &str, pointer: &str, kind: &FieldType) {
    match kind {
        FieldType::Message { message } if api.message(message).is_none() => {
            collector.report(file, &format!("{pointer}/message"), format!("message {message} is not declared"));
        }
        FieldType::Array { items, .. } => check_type(api, collector, file, &format!("{pointer}/items"), items),
        FieldType::Enum { name } if api.enumeration(name).is_none() => {
            collector.report(file, &format!("{pointer}/enum"), format!("enumeration {name} is not declared"));
        }
        FieldType::Decimal { wire, minimum: Some(minimum), .. } => {
            let is_decimal = {
                let digits = minimum.value.strip_prefix('-').unwrap_or(&minimum.value);
                let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
                !whole.is_empty()
                    && !fraction.is_empty()
                    && whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit())
            };
            if !is_decimal {
                collector.report(
                    file,
                    pointer,
                    format!("minimum {} is not a decimal such as 0 or 0.01", minimum.value),
                );
            } else if *wire == crate::model::DecimalWire::String && minimum.value != "0" {
                collector.report(
                    file,
                    pointer,
                    format!("a decimal sent as a string can be bounded only by 0 (its schema says so with a pattern), not {}", minimum.value),
                );
            }
        }
        FieldType::Integer { minimum: Some(min), maximum: Some(max), .. } if min > max => {
            collector.report(file, pointer, format!("minimum {min} is above maximum {max}"));
        }
        _ => {}
    }
}
