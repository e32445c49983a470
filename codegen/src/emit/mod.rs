//! Emitters: everything `cargo xtask codegen` writes, computed in memory from a validated spec so that nothing is
//! written unless everything could be generated.

pub mod catalog;
mod docs;
pub mod fluent;
pub mod header;
pub mod json_schema;
mod json_text;
pub mod openapi;
pub(crate) mod rust;
pub mod spec_schema;

use std::collections::BTreeMap;

use crate::model::Lang;
use crate::spec::Spec;

/// What can go wrong while emitting (a defect of an emitter, never of the spec, which was validated before).
#[derive(Debug, thiserror::Error)]
pub enum EmitError {
    /// Generated Rust did not parse.
    #[error("the Rust generated for {path} does not parse: {message}")]
    Rust {
        /// The output file.
        path: String,
        /// The parser's message.
        message: String,
    },
    /// A value could not be serialized as JSON.
    #[error("cannot serialize {path}: {source}")]
    Json {
        /// The output file.
        path: String,
        /// The cause.
        source: serde_json::Error,
    },
}

/// Every generated file: its path relative to the repository root, and its contents.
pub type Outputs = BTreeMap<String, String>;

fn json<T: serde::Serialize>(out: &mut Outputs, path: String, value: &T) -> Result<(), EmitError> {
    let text = json_text::pretty(value).map_err(|source| EmitError::Json { path: path.clone(), source })?;
    out.insert(path, text);
    Ok(())
}

/// Generates every output of a validated spec.
pub fn generate(spec: &Spec) -> Result<Outputs, EmitError> {
    let mut out = Outputs::new();
    json(&mut out, "spec/spec.schema.json".into(), &spec_schema::schema_value())?;
    rust::emit(spec, &mut out)?;
    docs::emit(spec, &mut out);
    for api in &spec.apis {
        let folder = api.spec_folder();
        let catalog = catalog::catalog(api);
        for lang in Lang::ALL {
            out.insert(
                format!("generated/catalog/{}.{}.ftl", api.id, lang.tag()),
                fluent::resource(&catalog, &folder, lang),
            );
        }
        json(&mut out, format!("generated/catalog/{}.json", api.id), &catalog)?;
        if !api.operations.is_empty() {
            json(&mut out, format!("generated/openapi/{}.json", api.id), &openapi::document(api))?;
        }
        for message in &api.messages {
            let path = format!("generated/schemas/{}/{}", api.id, json_schema::file_name(&message.name));
            json(&mut out, path, &json_schema::schema(api, message))?;
        }
    }
    Ok(out)
}
