//! The JSON Schema of spec files (draft 2020-12), derived from the spec model: the loader checks every file against
//! it, and `cargo xtask codegen` writes it as `spec/spec.schema.json` for editors.

use serde_json::{Value, json};

use super::SpecFile;

/// The spec model's JSON Schema as a value.
pub fn spec_file_schema() -> Value {
    let schema = schemars::schema_for!(SpecFile);
    let mut value = schema.to_value();
    fold_const_one_of(&mut value);
    value
}

/// Rewrites every `oneOf` made only of `const` alternatives (schemars' form for documented unit enums) as an `enum`,
/// with the alternatives' descriptions appended to the description, so a wrong value is reported with the values
/// allowed instead of as "not valid under any of the schemas listed in the 'oneOf' keyword".
fn fold_const_one_of(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let folded = map.get("oneOf").and_then(Value::as_array).and_then(|alternatives| {
                alternatives
                    .iter()
                    .map(|alternative| {
                        let constant = alternative.get("const")?.clone();
                        let description = alternative.get("description").and_then(Value::as_str).unwrap_or_default();
                        let text = constant.as_str().map_or_else(|| constant.to_string(), str::to_owned);
                        Some((constant, format!("`{text}`: {description}")))
                    })
                    .collect::<Option<Vec<_>>>()
            });
            if let Some(alternatives) = folded {
                map.remove("oneOf");
                let (values, lines): (Vec<Value>, Vec<String>) = alternatives.into_iter().unzip();
                let mut description = map.get("description").and_then(Value::as_str).unwrap_or_default().to_owned();
                for line in lines {
                    if !description.is_empty() {
                        description.push('\n');
                    }
                    description.push_str(&line);
                }
                map.insert("enum".into(), Value::Array(values));
                map.insert("description".into(), json!(description));
            }
            for child in map.values_mut() {
                fold_const_one_of(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(fold_const_one_of),
        _ => {}
    }
}
