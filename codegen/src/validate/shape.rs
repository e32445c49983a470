//! Rules for enumerations and discrepancies.

use std::collections::BTreeSet;

use super::names::is_upper_camel;
use super::provenance::is_valid_source;
use super::texts;
use crate::diagnostics::Collector;
use crate::model::EnumWire;
use crate::spec::{ApiSpec, Located};

/// Reports a reference to a discrepancy that is not declared.
pub fn check_discrepancy_ref(api: &ApiSpec, collector: &mut Collector, file: &str, pointer: &str, id: &str) {
    if !api.discrepancies.iter().any(|d| d.id == id) {
        collector.report(file, pointer, format!("discrepancy {id} is not declared"));
    }
}

/// Whether `text` is an `i64` as JSON writes it: `6`, `-1`, never `06` or `+6`.
fn is_canonical_integer(text: &str) -> bool {
    text.parse::<i64>().is_ok_and(|number| number.to_string() == text)
}

/// Checks the enumerations and discrepancies of one API.
pub fn check(api: &ApiSpec, collector: &mut Collector) {
    let mut names = BTreeSet::new();
    for enumeration in &api.enums {
        let file = enumeration.file.as_str();
        let at = |suffix: &str| format!("{}{suffix}", enumeration.pointer);
        if !is_upper_camel(&enumeration.name) || !names.insert(enumeration.name.clone()) {
            collector.report(
                file,
                &at("/name"),
                format!("enumeration {} is not UpperCamelCase or is declared twice", enumeration.name),
            );
        }
        texts::check(collector, file, &at("/doc"), &enumeration.doc, &format!("enumeration {}", enumeration.name));
        if enumeration.values.is_empty() {
            collector.report(file, &at("/values"), format!("enumeration {} has no values", enumeration.name));
        }
        let (mut wires, mut rust_names) = (BTreeSet::new(), BTreeSet::new());
        for (i, value) in enumeration.values.iter().enumerate() {
            let value_at = |suffix: &str| at(&format!("/values/{i}{suffix}"));
            let what = format!("value {} of {}", value.wire, enumeration.name);
            if !wires.insert(value.wire.clone()) {
                collector.report(file, &value_at("/wire"), format!("{what} is listed twice"));
            }
            if enumeration.wire_type == EnumWire::Integer && !is_canonical_integer(&value.wire) {
                collector.report(
                    file,
                    &value_at("/wire"),
                    format!("{what} is not an integer written as JSON writes it (digits, an optional minus)"),
                );
            }
            if !is_upper_camel(&value.rust_name)
                || value.rust_name == "Unknown"
                || !rust_names.insert(value.rust_name.clone())
            {
                collector.report(
                    file,
                    &value_at("/rust_name"),
                    format!("\"{}\" is not UpperCamelCase, is reserved (`Unknown`) or is used twice", value.rust_name),
                );
            }
            texts::check(collector, file, &value_at("/doc"), &value.doc, &what);
            for (a, alias) in value.aliases.iter().enumerate() {
                if !wires.insert(alias.wire.clone()) {
                    collector.report(
                        file,
                        &value_at(&format!("/aliases/{a}/wire")),
                        format!("alias {} is already a value", alias.wire),
                    );
                }
                if enumeration.wire_type == EnumWire::Integer && !is_canonical_integer(&alias.wire) {
                    collector.report(
                        file,
                        &value_at(&format!("/aliases/{a}/wire")),
                        format!("alias {} of an integer enumeration is not an integer", alias.wire),
                    );
                }
                check_discrepancy_ref(
                    api,
                    collector,
                    file,
                    &value_at(&format!("/aliases/{a}/discrepancy")),
                    &alias.discrepancy,
                );
            }
        }
    }
    let mut ids = BTreeSet::new();
    for discrepancy in &api.discrepancies {
        check_discrepancy(discrepancy, &mut ids, collector);
    }
}

fn check_discrepancy(
    discrepancy: &Located<crate::model::Discrepancy>,
    ids: &mut BTreeSet<String>,
    collector: &mut Collector,
) {
    let file = discrepancy.file.as_str();
    let at = |suffix: &str| format!("{}{suffix}", discrepancy.pointer);
    if !super::names::is_kebab(&discrepancy.id) || !ids.insert(discrepancy.id.clone()) {
        collector.report(
            file,
            &at("/id"),
            format!("discrepancy id {} is not kebab-case or is declared twice", discrepancy.id),
        );
    }
    let what = format!("discrepancy {}", discrepancy.id);
    texts::check(collector, file, &at("/subject"), &discrepancy.subject, &what);
    texts::check(collector, file, &at("/tolerant_reader"), &discrepancy.tolerant_reader, &what);
    if discrepancy.readings.len() < 2 {
        collector.report(file, &at("/readings"), format!("{what} needs the readings of at least two sources"));
    }
    for (i, reading) in discrepancy.readings.iter().enumerate() {
        if !is_valid_source(&reading.source) {
            collector.report(
                file,
                &at(&format!("/readings/{i}/source")),
                format!("\"{}\" is not a seed file name or an https:// URL", reading.source),
            );
        }
    }
    if discrepancy.canonical.trim().is_empty() {
        collector.report(file, &at("/canonical"), format!("{what} names no canonical form"));
    }
}
