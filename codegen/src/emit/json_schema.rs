//! `generated/schemas/<api>/<message>.schema.json`: one JSON Schema (draft 2020-12) per message, self-contained, with
//! the messages it refers to under `$defs`. Unknown properties are allowed: vendors add fields, readers keep them.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::model::{FieldType, Lang, Message};
use crate::spec::ApiSpec;

/// The dialect every generated schema declares.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The file name of a message's schema: its name in kebab-case, e.g. `error-envelope.schema.json`.
pub fn file_name(message: &str) -> String {
    format!("{}.schema.json", kebab(message))
}

/// `ErrorEnvelope` → `error-envelope`.
pub fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The schema of one message of a validated API.
pub fn schema(api: &ApiSpec, message: &Message) -> Value {
    let mut root = object_schema(api, message, "#/$defs/");
    let mut defs = Map::new();
    let mut pending: Vec<String> = references(message);
    let mut seen = BTreeSet::new();
    while let Some(name) = pending.pop() {
        if name == message.name || !seen.insert(name.clone()) {
            continue;
        }
        if let Some(referenced) = api.message(&name) {
            pending.extend(references(referenced));
            defs.insert(name, object_schema(api, referenced, "#/$defs/"));
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
            FieldType::Array { items } => walk(items, out),
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

fn object_schema(api: &ApiSpec, message: &Message, defs: &str) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for field in &message.fields {
        let mut schema = type_schema(api, message, &field.kind, defs);
        if field.nullable {
            schema = nullable(schema);
        }
        if let Value::Object(map) = &mut schema {
            map.insert("description".into(), json!(english(&field.doc)));
        }
        properties.insert(field.wire.clone(), schema);
        if field.required {
            required.push(json!(field.wire));
        }
    }
    json!({
        "type": "object",
        "description": english(&message.doc),
        "properties": properties,
        "required": required,
    })
}

fn nullable(schema: Value) -> Value {
    match schema {
        Value::Object(mut map) => match map.get("type").and_then(Value::as_str).map(str::to_owned) {
            Some(kind) => {
                map.insert("type".into(), json!([kind, "null"]));
                Value::Object(map)
            }
            None if map.is_empty() => Value::Object(map),
            None => json!({ "anyOf": [Value::Object(map), { "type": "null" }] }),
        },
        other => other,
    }
}

fn type_schema(api: &ApiSpec, message: &Message, kind: &FieldType, defs: &str) -> Value {
    match kind {
        FieldType::String { max_length } => {
            let mut schema = json!({ "type": "string" });
            if let (Some(max), Value::Object(map)) = (max_length, &mut schema) {
                map.insert("maxLength".into(), json!(max));
            }
            schema
        }
        FieldType::Integer { minimum, maximum } => {
            let mut map = Map::new();
            map.insert("type".into(), json!("integer"));
            if let Some(min) = minimum {
                map.insert("minimum".into(), json!(min));
            }
            if let Some(max) = maximum {
                map.insert("maximum".into(), json!(max));
            }
            Value::Object(map)
        }
        FieldType::Boolean { constant } => match constant {
            Some(value) => json!({ "type": "boolean", "const": value }),
            None => json!({ "type": "boolean" }),
        },
        FieldType::Message { message: name } if *name == message.name => json!({ "$ref": "#" }),
        FieldType::Message { message: name } => json!({ "$ref": format!("{defs}{name}") }),
        FieldType::Array { items } => json!({ "type": "array", "items": type_schema(api, message, items, defs) }),
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
