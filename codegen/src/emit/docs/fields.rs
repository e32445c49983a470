//! Field tables: a message's fields (or an operation's parameters) with type, required or conditional rule, enum
//! values, description and source, and the rules across them.

use crate::model::{
    DecimalWire, Field, FieldType, IntegerUnit, Lang, Message, Parameter, ParameterLocation, Rule, RuleCheck,
    StringFormat,
};

use super::md::{Page, anchor, code, table};

/// The anchor of a message on the messages page.
pub fn message_anchor(name: &str) -> String {
    anchor("message", name)
}

/// The anchor of an enumeration on the enumerations page.
pub fn enum_anchor(name: &str) -> String {
    anchor("enum", name)
}

/// A link to a message's section.
pub fn message_link(page: &Page, name: &str) -> String {
    format!("[{name}]({})", page.api_href("messages.md", Some(&message_anchor(name))))
}

/// A field type in words, with its bounds and, for an enumeration, its values.
pub fn type_text(page: &Page, kind: &FieldType) -> String {
    let tr = page.lang == Lang::Tr;
    match kind {
        FieldType::String { min_length, max_length, pattern, format } => {
            let mut parts = vec![if tr { "metin".to_owned() } else { "string".to_owned() }];
            match (min_length, max_length) {
                (Some(min), Some(max)) => parts.push(format!("{min}–{max}")),
                (Some(min), None) => parts.push(format!("≥ {min}")),
                (None, Some(max)) => parts.push(format!("≤ {max}")),
                (None, None) => {}
            }
            if let Some(format) = format {
                parts.push(format_text(*format).to_owned());
            }
            if let Some(pattern) = pattern {
                parts.push(code(pattern));
            }
            parts.join(", ")
        }
        FieldType::Integer { minimum, maximum, unit } => {
            let mut parts = vec![if tr { "tam sayı".to_owned() } else { "integer".to_owned() }];
            match (minimum, maximum) {
                (Some(min), Some(max)) => parts.push(format!("{min}–{max}")),
                (Some(min), None) => parts.push(format!("≥ {min}")),
                (None, Some(max)) => parts.push(format!("≤ {max}")),
                (None, None) => {}
            }
            if let Some(unit) = unit {
                parts.push(unit_text(page.lang, *unit).to_owned());
            }
            parts.join(", ")
        }
        FieldType::Decimal { wire, money, minimum } => {
            let mut parts = vec![match (tr, wire) {
                (false, DecimalWire::Number) => "decimal (JSON number)".to_owned(),
                (false, DecimalWire::String) => "decimal (JSON string)".to_owned(),
                (true, DecimalWire::Number) => "ondalık (JSON sayısı)".to_owned(),
                (true, DecimalWire::String) => "ondalık (JSON metni)".to_owned(),
            }];
            if *money {
                parts.push(if tr { "para".to_owned() } else { "money".to_owned() });
            }
            if let Some(minimum) = minimum {
                parts.push(format!("{} {}", if minimum.exclusive { ">" } else { "≥" }, minimum.value));
            }
            parts.join(", ")
        }
        FieldType::Boolean { constant } => match constant {
            Some(value) => {
                format!("{} {}", if tr { "mantıksal, yalnız" } else { "boolean, always" }, code(&value.to_string()))
            }
            None => (if tr { "mantıksal" } else { "boolean" }).to_owned(),
        },
        FieldType::Enum { name } => {
            let link = format!("[{name}]({})", page.api_href("enums.md", Some(&enum_anchor(name))));
            let values = page
                .api
                .and_then(|api| api.enumeration(name))
                .map(|e| {
                    let mut values: Vec<String> = e.values.iter().map(|v| code(&v.wire)).collect();
                    if e.open {
                        values.push("…".to_owned());
                    }
                    values.join(", ")
                })
                .unwrap_or_default();
            format!("{link}: {values}")
        }
        FieldType::Message { message } => message_link(page, message),
        FieldType::Array { items, min_items } => {
            let item = type_text(page, items);
            let min = min_items.map(|n| format!(" (≥ {n})")).unwrap_or_default();
            if tr { format!("dizi{min}: {item}") } else { format!("array{min} of {item}") }
        }
        FieldType::ErrorCode => {
            format!("[{}]({})", if tr { "hata kodu" } else { "error code" }, page.api_href("errors.md", None))
        }
        FieldType::ErrorGroup => {
            format!("[{}]({})", if tr { "hata grubu" } else { "error group" }, page.api_href("errors.md", None))
        }
        FieldType::Json => (if tr { "herhangi bir JSON değeri" } else { "any JSON value" }).to_owned(),
    }
}

fn format_text(format: StringFormat) -> &'static str {
    match format {
        StringFormat::DateYyyymmdd => "YYYYMMDD",
        StringFormat::DateTime => "ISO 8601 date-time",
        StringFormat::Uuid => "UUID",
        StringFormat::Uri => "URI",
        StringFormat::Email => "e-mail",
    }
}

fn unit_text(lang: Lang, unit: IntegerUnit) -> &'static str {
    match (lang, unit) {
        (Lang::En, IntegerUnit::UnixSeconds) => "Unix seconds",
        (Lang::En, IntegerUnit::UnixMilliseconds) => "Unix milliseconds",
        (Lang::En, IntegerUnit::DateYyyymmdd) => "date YYYYMMDD",
        (Lang::En, IntegerUnit::Seconds) => "seconds",
        (Lang::En, IntegerUnit::MinorCurrencyUnits) => "minor currency units (kuruş)",
        (Lang::Tr, IntegerUnit::UnixSeconds) => "Unix saniyesi",
        (Lang::Tr, IntegerUnit::UnixMilliseconds) => "Unix milisaniyesi",
        (Lang::Tr, IntegerUnit::DateYyyymmdd) => "tarih YYYYMMDD",
        (Lang::Tr, IntegerUnit::Seconds) => "saniye",
        (Lang::Tr, IntegerUnit::MinorCurrencyUnits) => "para biriminin en küçük birimi (kuruş)",
    }
}

/// The required cell of a field: yes, no, or the rules that make it required.
fn required_text(page: &Page, wire: &str, required: bool, rules: &[Rule]) -> String {
    let w = page.w();
    if required {
        return w.yes.to_owned();
    }
    let mut conditions = Vec::new();
    for rule in rules {
        let mentions = match &rule.check {
            RuleCheck::RequiredIf { field, .. } => field == wire,
            RuleCheck::AtLeastOneOf { fields }
            | RuleCheck::ExactlyOneOf { fields }
            | RuleCheck::AtMostOneOf { fields } => fields.iter().any(|f| f == wire),
        };
        if mentions {
            conditions.push(rule_check_text(page, &rule.check));
        }
    }
    if conditions.is_empty() { w.no.to_owned() } else { format!("{}: {}", w.conditional, conditions.join("; ")) }
}

/// What a rule checks, in a short formula.
pub fn rule_check_text(page: &Page, check: &RuleCheck) -> String {
    let tr = page.lang == Lang::Tr;
    let list = |fields: &[String]| fields.iter().map(|f| code(f)).collect::<Vec<_>>().join(", ");
    match check {
        RuleCheck::RequiredIf { field, when } => {
            let cond = format!("{} = {}", code(&when.field), code(&when.equals.to_string()));
            if tr {
                format!("{cond} ise {} zorunlu", code(field))
            } else {
                format!("{} required when {cond}", code(field))
            }
        }
        RuleCheck::AtLeastOneOf { fields } => {
            if tr {
                format!("en az biri: {}", list(fields))
            } else {
                format!("at least one of {}", list(fields))
            }
        }
        RuleCheck::ExactlyOneOf { fields } => {
            if tr {
                format!("yalnız biri: {}", list(fields))
            } else {
                format!("exactly one of {}", list(fields))
            }
        }
        RuleCheck::AtMostOneOf { fields } => {
            if tr {
                format!("en çok biri: {}", list(fields))
            } else {
                format!("at most one of {}", list(fields))
            }
        }
    }
}

fn notes(
    page: &Page,
    nullable: bool,
    sensitive: bool,
    echoes: Option<&crate::model::Echo>,
    aliases: &[crate::model::Alias],
) -> String {
    let w = page.w();
    let mut notes = Vec::new();
    if nullable {
        notes.push(w.nullable.to_owned());
    }
    if sensitive {
        notes.push(w.sensitive.to_owned());
    }
    if let Some(echo) = echoes {
        notes.push(format!("{} {} ({})", w.echoes, code(&echo.request_field), page.prov(&echo.provenance)));
    }
    for alias in aliases {
        let link = page.api_href("discrepancies.md", Some(&anchor("d", &alias.discrepancy)));
        notes.push(format!("{} [{}]({link})", w.aliases, code(&alias.wire)));
    }
    if notes.is_empty() { String::new() } else { format!(" ({})", notes.join("; ")) }
}

/// The field table of a message, then its rules.
pub fn message_fields(out: &mut String, page: &Page, message: &Message) {
    let w = page.w();
    let rows: Vec<Vec<String>> = message.fields.iter().map(|f| field_row(page, f, &message.rules)).collect();
    if rows.is_empty() {
        out.push_str(&format!("*{}*\n\n", w.not_found));
    } else {
        table(out, &[w.field, w.kind, w.required, w.description, w.source], &rows);
    }
    rules(out, page, &message.rules);
}

fn field_row(page: &Page, field: &Field, rules: &[Rule]) -> Vec<String> {
    vec![
        code(&field.wire),
        type_text(page, &field.kind),
        required_text(page, &field.wire, field.required, rules),
        format!(
            "{}{}",
            page.text(&field.doc),
            notes(page, field.nullable, field.sensitive, field.echoes.as_ref(), &field.aliases)
        ),
        page.prov(&field.provenance),
    ]
}

/// The parameter table of an operation.
pub fn parameters(out: &mut String, page: &Page, parameters: &[Parameter], rules: &[Rule]) {
    let w = page.w();
    let rows: Vec<Vec<String>> = parameters
        .iter()
        .map(|p| {
            vec![
                code(&p.name),
                location_text(p.location).to_owned(),
                type_text(page, &p.kind),
                required_text(page, &p.name, p.required, rules),
                format!("{}{}", page.text(&p.doc), notes(page, false, p.sensitive, None, &p.aliases)),
                page.prov(&p.provenance),
            ]
        })
        .collect();
    table(out, &[w.name, w.location, w.kind, w.required, w.description, w.source], &rows);
}

fn location_text(location: ParameterLocation) -> &'static str {
    match location {
        ParameterLocation::Path => "path",
        ParameterLocation::Query => "query",
        ParameterLocation::Header => "header",
    }
}

/// The rules across fields, each with its error and source.
pub fn rules(out: &mut String, page: &Page, rules: &[Rule]) {
    if rules.is_empty() {
        return;
    }
    let w = page.w();
    out.push_str(&format!("**{}**\n\n", w.rules));
    for rule in rules {
        let error = rule
            .error
            .as_deref()
            .map(|code_id| format!(" ({} {})", w.rule_error, super::errors::code_link(page, code_id)))
            .unwrap_or_default();
        out.push_str(&format!(
            "- {}: {}{error} — {}\n",
            rule_check_text(page, &rule.check),
            page.text(&rule.doc),
            page.prov(&rule.provenance)
        ));
    }
    out.push('\n');
}
