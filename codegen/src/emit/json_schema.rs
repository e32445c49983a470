//! `generated/schemas/<api>/<message>.schema.json`: one JSON Schema (draft 2020-12) per message, self-contained, with
//! the messages it refers to under `$defs`. Unknown properties are allowed: vendors add fields, readers keep them.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::model::{DecimalWire, EnumWire, FieldType, IntegerUnit, Lang, Message, RuleCheck, StringFormat};
use crate::spec::ApiSpec;

/// The dialect every generated schema declares.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

pub use crate::names::{file_name, kebab};

/// Where a standalone schema keeps the messages it refers to.
const DEFS: &str = "#/$defs/";

/// The schema of a message as an OpenAPI component: references point at `#/components/schemas/<name>`.
pub fn component_schema(api: &ApiSpec, message: &Message) -> Value {
    object_schema(api, message, "#/components/schemas/")
}

/// The schema of one message of a validated API.
pub fn schema(api: &ApiSpec, message: &Message) -> Value {
    let mut root = object_schema(api, message, DEFS);
    let mut defs = Map::new();
    let mut pending: Vec<String> = references(message);
    let mut seen = BTreeSet::new();
    while let Some(name) = pending.pop() {
        if name == message.name || !seen.insert(name.clone()) {
            continue;
        }
        if let Some(referenced) = api.message(&name) {
            pending.extend(references(referenced));
            defs.insert(name, object_schema(api, referenced, DEFS));
        }
    }
    if let Value::Object(map) = &mut root {
        map.insert("$schema".into(), json!(DIALECT));
        map.insert("$comment".into(), json!(super::header::line(&api.spec_folder())));
        map.insert("title".into(), json!(message.name));
        if !defs.is_empty() {
            map.insert("$defs".into(), Value::Object(defs));
        }
    }
    root
}

fn references(message: &Message) -> Vec<String> {
    fn walk(kind: &FieldType, out: &mut Vec<String>) {
        match kind {
            FieldType::Message { message } => out.push(message.clone()),
            FieldType::Array { items, .. } => walk(items, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for field in &message.fields {
        walk(&field.kind, &mut out);
    }
    out
}

fn english(texts: &crate::model::Texts) -> &str {
    texts.get(Lang::En).map_or("", |t| t.text.as_str())
}

/// The pattern of a decimal string: optional minus, digits, optional fraction.
pub const DECIMAL_PATTERN: &str = "^-?[0-9]+(\\.[0-9]+)?$";
/// The pattern of a decimal string above 0: digits, one of them not 0, no sign.
pub const POSITIVE_DECIMAL_PATTERN: &str = "^([0-9]*[1-9][0-9]*(\\.[0-9]+)?|[0-9]+\\.[0-9]*[1-9][0-9]*)$";
/// The pattern of a decimal string of at least 0: digits, no sign.
pub const NON_NEGATIVE_DECIMAL_PATTERN: &str = "^[0-9]+(\\.[0-9]+)?$";
/// The pattern of an ISO-8601 date-time with an offset (format keywords only annotate in 2020-12, so it is asserted).
pub const DATE_TIME_PATTERN: &str =
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$";
/// The pattern of a `YYYYMMDD` date.
pub const YYYYMMDD_PATTERN: &str = "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$";
/// The pattern of a UUID.
pub const UUID_PATTERN: &str = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

fn object_schema(api: &ApiSpec, message: &Message, defs: &str) -> Value {
    let mut properties = Map::new();
    let mut all_of = Vec::new();
    let mut required = Vec::new();
    for field in &message.fields {
        let mut schema = type_schema(api, message, &field.kind, defs);
        if field.nullable {
            schema = nullable(schema);
        }
        if let Value::Object(map) = &mut schema {
            map.insert("description".into(), json!(english(&field.doc)));
        }
        for alias in &field.aliases {
            let mut alias_schema = schema.clone();
            if let Value::Object(map) = &mut alias_schema {
                map.insert(
                    "description".into(),
                    json!(format!(
                        "Accepted for `{}` (discrepancy `{}`); writers send `{}`.",
                        field.wire, alias.discrepancy, field.wire
                    )),
                );
            }
            properties.insert(alias.wire.clone(), alias_schema);
        }
        properties.insert(field.wire.clone(), schema);
        // A field travels under one name: its canonical name and an alias (or two aliases) together is refused, as the
        // generated reader refuses it (a duplicate field).
        let names = wire_names(message, &field.wire);
        for (first, second) in pairs(&names) {
            all_of.push(json!({ "not": { "required": [first, second] } }));
        }
        if field.required {
            if field.aliases.is_empty() {
                required.push(json!(field.wire));
            } else {
                all_of.push(json!({ "anyOf": names.iter().map(|n| json!({ "required": [n] })).collect::<Vec<_>>() }));
            }
        }
    }
    for rule in &message.rules {
        all_of.push(rule_schema(message, &rule.check));
    }
    let mut schema = json!({
        "type": "object",
        "description": english(&message.doc),
        "properties": properties,
        "required": required,
    });
    if let (Value::Object(map), false) = (&mut schema, all_of.is_empty()) {
        map.insert("allOf".into(), Value::Array(all_of));
    }
    schema
}

/// The names a field may have on the wire: its own and its aliases.
fn wire_names<'a>(message: &'a Message, wire: &'a str) -> Vec<&'a str> {
    let field = message.fields.iter().find(|f| f.wire == wire);
    std::iter::once(wire).chain(field.into_iter().flat_map(|f| f.aliases.iter().map(|a| a.wire.as_str()))).collect()
}

/// Every unordered pair of `items`, in order.
fn pairs<T>(items: &[T]) -> impl Iterator<Item = (&T, &T)> {
    items.iter().enumerate().flat_map(move |(i, a)| items[i + 1..].iter().map(move |b| (a, b)))
}

/// A schema that holds when the field (under any of its names) is present and not null.
fn present(message: &Message, wire: &str) -> Value {
    let alternatives: Vec<Value> = wire_names(message, wire)
        .into_iter()
        .map(|name| json!({ "required": [name], "properties": { name: { "not": { "type": "null" } } } }))
        .collect();
    if alternatives.len() == 1 {
        alternatives.into_iter().next().unwrap_or_default()
    } else {
        json!({ "anyOf": alternatives })
    }
}

fn rule_schema(message: &Message, check: &RuleCheck) -> Value {
    match check {
        RuleCheck::RequiredIf { field, when } => {
            let conditions: Vec<Value> = wire_names(message, &when.field)
                .into_iter()
                .map(|name| json!({ "required": [name], "properties": { name: { "const": when.equals } } }))
                .collect();
            json!({ "if": { "anyOf": conditions }, "then": present(message, field) })
        }
        RuleCheck::AtLeastOneOf { fields } => {
            json!({ "anyOf": fields.iter().map(|f| present(message, f)).collect::<Vec<_>>() })
        }
        RuleCheck::ExactlyOneOf { fields } => {
            json!({ "oneOf": fields.iter().map(|f| present(message, f)).collect::<Vec<_>>() })
        }
        RuleCheck::AtMostOneOf { fields } => {
            // No two of them together: every pair is refused.
            let both: Vec<Value> =
                pairs(fields).map(|(a, b)| json!({ "allOf": [present(message, a), present(message, b)] })).collect();
            json!({ "not": { "anyOf": both } })
        }
    }
}

fn nullable(schema: Value) -> Value {
    match schema {
        Value::Object(mut map) => match map.get("type").and_then(Value::as_str).map(str::to_owned) {
            Some(kind) if !map.contains_key("enum") && !map.contains_key("const") => {
                map.insert("type".into(), json!([kind, "null"]));
                Value::Object(map)
            }
            None if map.is_empty() => Value::Object(map),
            _ => json!({ "anyOf": [Value::Object(map), { "type": "null" }] }),
        },
        other => other,
    }
}

fn string_schema(min: Option<u32>, max: Option<u32>, pattern: Option<&str>, format: Option<StringFormat>) -> Value {
    let mut map = Map::new();
    map.insert("type".into(), json!("string"));
    if let Some(min) = min {
        map.insert("minLength".into(), json!(min));
    }
    if let Some(max) = max {
        map.insert("maxLength".into(), json!(max));
    }
    let (format_name, format_pattern) = match format {
        Some(StringFormat::DateYyyymmdd) => (None, Some(YYYYMMDD_PATTERN)),
        Some(StringFormat::DateTime) => (Some("date-time"), Some(DATE_TIME_PATTERN)),
        Some(StringFormat::Uuid) => (Some("uuid"), Some(UUID_PATTERN)),
        Some(StringFormat::Uri) => (Some("uri"), None),
        Some(StringFormat::Email) => (Some("email"), None),
        None => (None, None),
    };
    if let Some(name) = format_name {
        map.insert("format".into(), json!(name));
    }
    match (pattern, format_pattern) {
        (Some(own), Some(implied)) => {
            map.insert("allOf".into(), json!([{ "pattern": own }, { "pattern": implied }]));
        }
        (Some(one), None) | (None, Some(one)) => {
            map.insert("pattern".into(), json!(one));
        }
        (None, None) => {}
    }
    Value::Object(map)
}

fn type_schema(api: &ApiSpec, message: &Message, kind: &FieldType, defs: &str) -> Value {
    match kind {
        FieldType::String { min_length, max_length, pattern, format } => {
            string_schema(*min_length, *max_length, pattern.as_deref(), *format)
        }
        FieldType::Integer { minimum, maximum, unit } => {
            let mut map = Map::new();
            map.insert("type".into(), json!("integer"));
            if let Some(min) = minimum {
                map.insert("minimum".into(), json!(min));
            }
            if let Some(max) = maximum {
                map.insert("maximum".into(), json!(max));
            }
            if let Some(IntegerUnit::DateYyyymmdd) = unit {
                map.insert("minimum".into(), json!(10000101));
                map.insert("maximum".into(), json!(99991231));
            }
            Value::Object(map)
        }
        FieldType::Decimal { wire: DecimalWire::Number, minimum, .. } => match minimum {
            Some(bound) => {
                let value: Value = serde_json::from_str(&bound.value).unwrap_or_else(|_| json!(0));
                let keyword = if bound.exclusive { "exclusiveMinimum" } else { "minimum" };
                json!({ "type": "number", keyword: value })
            }
            None => json!({ "type": "number" }),
        },
        FieldType::Decimal { wire: DecimalWire::String, minimum, .. } => match minimum {
            Some(bound) if bound.exclusive => json!({ "type": "string", "pattern": POSITIVE_DECIMAL_PATTERN }),
            Some(_) => json!({ "type": "string", "pattern": NON_NEGATIVE_DECIMAL_PATTERN }),
            None => json!({ "type": "string", "pattern": DECIMAL_PATTERN }),
        },
        FieldType::Boolean { constant } => match constant {
            Some(value) => json!({ "type": "boolean", "const": value }),
            None => json!({ "type": "boolean" }),
        },
        FieldType::Enum { name } => match api.enumeration(name) {
            Some(enumeration) => {
                // An integer enumeration's wire texts are integers (the validator ensures it).
                let (kind, value): (&str, fn(&str) -> Value) = match enumeration.wire_type {
                    EnumWire::String => ("string", |wire| json!(wire)),
                    EnumWire::Integer => {
                        ("integer", |wire| wire.parse::<i64>().map_or_else(|_| json!(wire), |n| json!(n)))
                    }
                };
                if enumeration.open {
                    let known: Vec<Value> = enumeration.values.iter().map(|v| value(&v.wire)).collect();
                    json!({ "type": kind, "examples": known })
                } else {
                    let values: Vec<Value> = enumeration
                        .values
                        .iter()
                        .flat_map(|v| std::iter::once(v.wire.as_str()).chain(v.aliases.iter().map(|a| a.wire.as_str())))
                        .map(value)
                        .collect();
                    json!({ "type": kind, "enum": values })
                }
            }
            None => json!({ "type": "string" }),
        },
        FieldType::Message { message: name } if *name == message.name && defs == DEFS => json!({ "$ref": "#" }),
        FieldType::Message { message: name } => json!({ "$ref": format!("{defs}{name}") }),
        FieldType::Array { items, min_items } => {
            let mut schema = json!({ "type": "array", "items": type_schema(api, message, items, defs) });
            if let (Some(min), Value::Object(map)) = (min_items, &mut schema) {
                map.insert("minItems".into(), json!(min));
            }
            schema
        }
        FieldType::ErrorCode => {
            let known: Vec<&str> = api.codes_in_catalog_order().iter().map(|c| c.code.as_str()).collect();
            json!({ "type": "string", "examples": known })
        }
        FieldType::ErrorGroup => {
            let known: Vec<&str> = api.groups.iter().map(|g| g.id.as_str()).collect();
            json!({ "type": "string", "examples": known })
        }
        FieldType::Json => json!({}),
    }
}
