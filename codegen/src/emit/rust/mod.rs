//! The Rust emitter: the `payspec` crate in `generated/`, built as token streams with `quote` and formatted with
//! `prettyplease`, so the output is the same on every machine whatever rustfmt is installed.

mod crate_files;
mod decode;
mod enums;
mod envelopes;
mod errors;
mod idents;
mod lifecycles;
mod messages;
pub mod operations;
mod provenance;
mod replies;
#[cfg(test)]
mod reserved;
mod response_fields;
mod routes;
mod schemas;
mod servers;
mod shapes;
mod signing;
mod types;
mod world;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;

use super::{EmitError, header};
use crate::spec::{ApiSpec, Spec};

fn format(from: &str, path: &str, tokens: TokenStream) -> Result<String, EmitError> {
    let file = syn::parse2::<syn::File>(tokens)
        .map_err(|error| EmitError::Rust { path: path.to_owned(), message: error.to_string() })?;
    Ok(format!("{}{}", header::rust(from), prettyplease::unparse(&file)))
}

/// Adds every file of the generated crate to `out`.
pub fn emit(spec: &Spec, out: &mut BTreeMap<String, String>) -> Result<(), EmitError> {
    out.insert("generated/Cargo.toml".into(), crate_files::cargo_toml(spec));
    out.insert("generated/rustfmt.toml".into(), crate_files::rustfmt_toml());
    out.extend(crate_files::support());
    out.extend(crate_files::examples());
    out.insert("generated/src/lib.rs".into(), format("spec/", "generated/src/lib.rs", crate_files::lib(spec))?);
    out.insert("generated/src/schemas.rs".into(), format("spec/", "generated/src/schemas.rs", schemas::module(spec))?);
    for api in &spec.apis {
        let from = api.spec_folder();
        let folder = format!("generated/src/{}", api.info.rust_module);
        let path = format!("{folder}/mod.rs");
        out.insert(path.clone(), format(&from, &path, crate_files::api_mod(api))?);
        let path = format!("{folder}/errors.rs");
        out.insert(path.clone(), format(&from, &path, errors::module(api))?);
        let sections = [
            ("messages", !api.messages.is_empty(), messages::module as fn(&ApiSpec) -> TokenStream),
            ("enums", !api.enums.is_empty(), enums::module),
            ("operations", !api.operations.is_empty(), operations::module),
            ("lifecycles", !api.lifecycles.is_empty(), lifecycles::module),
            ("world", !api.lifecycles.is_empty(), world::module),
            ("signing", !api.signing.is_empty(), signing::module),
            ("routes", routes::serves(api), routes::module),
            ("servers", servers::present(api), servers::module),
            ("shapes", shapes::present(api), shapes::module),
            ("envelopes", envelopes::present(api), envelopes::module),
            ("replies", replies::present(api), replies::module),
            ("decode", decode::present(api), decode::module),
        ];
        for (name, present, module) in sections {
            if present {
                let path = format!("{folder}/{name}.rs");
                out.insert(path.clone(), format(&from, &path, module(api))?);
            }
        }
    }
    Ok(())
}
