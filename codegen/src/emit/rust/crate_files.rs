//! The files that make `generated/` a crate: `Cargo.toml`, `src/lib.rs`, `src/support/` and each API's `mod.rs`.

use proc_macro2::TokenStream;
use quote::quote;

use super::idents::ident;
use crate::emit::header;
use crate::model::Lang;
use crate::spec::{ApiSpec, Spec};

/// The support module, shared by every API module; kept as real Rust files in `codegen/templates/support/`, one job a
/// file, so they are compiled, linted and read like any other code.
const SUPPORT: &[(&str, &str)] = &[
    ("mod.rs", include_str!("../../../templates/support/mod.rs")),
    ("auth_checks.rs", include_str!("../../../templates/support/auth_checks.rs")),
    ("catalog.rs", include_str!("../../../templates/support/catalog.rs")),
    ("decimal.rs", include_str!("../../../templates/support/decimal.rs")),
    ("endpoint.rs", include_str!("../../../templates/support/endpoint.rs")),
    ("form.rs", include_str!("../../../templates/support/form.rs")),
    ("guard.rs", include_str!("../../../templates/support/guard.rs")),
    ("lifecycle.rs", include_str!("../../../templates/support/lifecycle.rs")),
    ("nullable.rs", include_str!("../../../templates/support/nullable.rs")),
    ("operation.rs", include_str!("../../../templates/support/operation.rs")),
    ("population.rs", include_str!("../../../templates/support/population.rs")),
    ("problem.rs", include_str!("../../../templates/support/problem.rs")),
    ("provenance.rs", include_str!("../../../templates/support/provenance.rs")),
    ("redact.rs", include_str!("../../../templates/support/redact.rs")),
    ("request.rs", include_str!("../../../templates/support/request.rs")),
    ("route.rs", include_str!("../../../templates/support/route.rs")),
    ("rules.rs", include_str!("../../../templates/support/rules.rs")),
    ("serde_helpers.rs", include_str!("../../../templates/support/serde_helpers.rs")),
    ("serve.rs", include_str!("../../../templates/support/serve.rs")),
    ("shape.rs", include_str!("../../../templates/support/shape.rs")),
    ("signing.rs", include_str!("../../../templates/support/signing.rs")),
    ("template.rs", include_str!("../../../templates/support/template.rs")),
    ("value.rs", include_str!("../../../templates/support/value.rs")),
    ("wire.rs", include_str!("../../../templates/support/wire.rs")),
];

pub use crate::names::crate_files::SUPPORT_MODULE;

/// Where a file made from a template comes from, for its "generated from" line.
fn from_template(template: &str) -> String {
    format!("spec/ (template {template})")
}

/// `generated/Cargo.toml`, described by the titles of the APIs in the spec.
pub fn cargo_toml(spec: &Spec) -> String {
    let titles: Vec<&str> = spec.apis.iter().map(|api| api.info.title.as_str()).collect();
    let description =
        format!("Types, error catalogs and schemas of {}, generated from the payspec spec.", join_english(&titles));
    // A JSON string is a valid TOML basic string: the same quotes and escapes (`\"`, `\\`, `\n`, `\uXXXX`).
    let description = serde_json::Value::String(description).to_string();
    let header = header::hash(&from_template("codegen/src/emit/rust/crate_files.rs"));
    format!(
        r#"{header}[package]
name = "payspec"
description = {description}
version = "0.1.0"
edition = "2024"
rust-version = "1.88"
license = "MIT OR Apache-2.0"
publish = false

[dependencies]
# `hmac` and `sha2` compute and verify signatures (WiaPay), with the `signing` feature only.
hmac = {{ version = "0.12", optional = true }}
# `regex-lite` (no dependencies of its own) checks the spec's string patterns when a server decodes a request.
regex-lite = "0.1"
serde = {{ version = "1", features = ["derive"] }}
# `arbitrary_precision` keeps a number's exact digits in `serde_json::Number`, so decimals (money) keep their wire
# form: `100.10` stays `100.10`, through `serde_json::Value` too. It is kept, not replaced by `raw_value`, because
# every message keeps its unknown fields with `#[serde(flatten)]`, and serde buffers a flattened struct's fields, so a
# `RawValue` field fails to read there (serde-rs/json#599), while the checked readers, the server decoders, the shapes
# and the lifecycle evaluator all read a request as a `serde_json::Value` first, where a plain `f64` would lose the
# digits. Cargo unifies features: every crate in a consumer's build sees serde_json with `arbitrary_precision` (numbers
# compare by their text, `1.0 != 1.00`; a `Value` written by a non-JSON serializer carries the private number struct).
serde_json = {{ version = "1", features = ["arbitrary_precision"] }}
sha2 = {{ version = "0.10", optional = true }}

[features]
# `schemas`: every message's JSON Schema embedded as text (`payspec::schemas`), by API and message name.
schemas = []
# `signing`: `SigningRecipe::sign` and `verify` (HMAC-SHA256); the recipes themselves are data either way.
signing = ["dep:hmac", "dep:sha2"]

[[example]]
name = "consumer"
required-features = ["signing"]
# `cargo test` builds the example and runs its test, which runs it.
test = true

[lints.rust]
unsafe_code = "forbid"
missing_docs = "warn"

[lints.clippy]
unwrap_used = "warn"
"#
    )
}

/// `a`, `a and b`, `a, b and c`.
fn join_english(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// `generated/rustfmt.toml`: the crate is formatted by `prettyplease` when generated; `cargo fmt` leaves it alone.
pub fn rustfmt_toml() -> String {
    format!("{}disable_all_formatting = true\n", header::hash(&from_template("codegen/src/emit/rust/crate_files.rs")))
}

/// `generated/src/support/*.rs`: the path of each file under `generated/src/support/` and its text.
pub fn support() -> impl Iterator<Item = (String, String)> {
    SUPPORT.iter().map(|(name, text)| {
        let from = from_template(&format!("codegen/templates/support/{name}"));
        (format!("generated/src/support/{name}"), format!("{}{text}", header::rust(&from)))
    })
}

/// The consumer example, `generated/examples/consumer.rs`, copied from its template (compiled and run by the tests).
pub fn examples() -> impl Iterator<Item = (String, String)> {
    let text = include_str!("../../../templates/examples/consumer.rs");
    let from = from_template("codegen/templates/examples/consumer.rs");
    std::iter::once(("generated/examples/consumer.rs".to_owned(), format!("{}{text}", header::rust(&from))))
}

/// `generated/src/lib.rs`.
pub fn lib(spec: &Spec) -> TokenStream {
    let modules = spec.apis.iter().map(|api| {
        let module = ident(&api.info.rust_module);
        let doc = format!(" The {}.", api.info.title);
        quote! {
            #[doc = #doc]
            pub mod #module;
        }
    });
    let apis =
        spec.apis.iter().map(|api| format!(" - [`{}`]: {} (`{}`)", api.info.rust_module, api.info.title, api.id));
    let ids = spec.apis.iter().map(|api| api.id.as_str());
    let with_messages: Vec<_> = spec.apis.iter().filter(|api| !api.messages.is_empty()).collect();
    let message_ids = with_messages.iter().map(|api| api.id.as_str());
    let message_modules = with_messages.iter().map(|api| ident(&api.info.rust_module));
    let with_signing: Vec<_> = spec.apis.iter().filter(|api| !api.signing.is_empty()).collect();
    let signing_ids = with_signing.iter().map(|api| api.id.as_str());
    let signing_modules = with_signing.iter().map(|api| ident(&api.info.rust_module));
    let support = ident(SUPPORT_MODULE);
    quote! {
        //! payspec: types, error catalogs and schemas of the payment APIs below, generated from the spec in
        //! `spec/`. Nothing here is written by hand: change the spec and run `cargo xtask codegen`.
        //!
        //! APIs:
        #( #![doc = #apis] )*
        #![forbid(unsafe_code)]

        pub mod #support;

        /// The JSON Schemas of every message, embedded (the `schemas` feature).
        #[cfg(feature = "schemas")]
        pub mod schemas;

        pub use #support::{
            Actor, AllowedIn, Decimal, DecimalWire, Integration, Lang, Mode, Open, Operation, OperationInfo,
            PassthroughOrigin, Piece, PreparedRequest, Retry, UnknownWireValue, WireEnum,
        };

        #( #modules )*

        /// The id of every API, as used in folder names, file names and command-line words.
        pub const APIS: &[&str] = &[#(#ids),*];

        /// Parses `json` as the message named `message` of the API `api` and serializes it again (the typed round
        /// trip). `None` when there is no such API or message.
        pub fn round_trip(api: &str, message: &str, json: &str) -> Option<Result<String, serde_json::Error>> {
            match api {
                #( #message_ids => #message_modules::round_trip(message, json), )*
                _ => None,
            }
        }

        /// The signing recipes of the API `api` (empty for an API that signs nothing).
        pub fn signing_recipes(api: &str) -> &'static [#support::SigningRecipe] {
            match api {
                #( #signing_ids => #signing_modules::SIGNING_RECIPES, )*
                _ => &[],
            }
        }
    }
}

/// `generated/src/<api>/mod.rs`.
pub fn api_mod(api: &ApiSpec) -> TokenStream {
    let title = &api.info.title;
    let summary = api.info.summary.get(Lang::En).map_or_else(String::new, |t| t.text.clone());
    let doc = format!(" {title}: {summary}");
    let id = &api.id;
    let sources = super::provenance::sources(api);
    let sections = [
        ("messages", !api.messages.is_empty()),
        ("enums", !api.enums.is_empty()),
        ("operations", !api.operations.is_empty()),
        ("lifecycles", !api.lifecycles.is_empty()),
        ("world", !api.lifecycles.is_empty()),
        ("signing", !api.signing.is_empty()),
        ("routes", super::routes::serves(api)),
        ("servers", super::servers::present(api)),
        ("shapes", super::shapes::present(api)),
        ("envelopes", super::envelopes::present(api)),
        ("replies", super::replies::present(api)),
        ("decode", super::decode::present(api)),
    ];
    let messages = sections.iter().filter(|(_, present)| *present).map(|(name, _)| {
        let module = ident(name);
        // The shapes are named by the messages they describe: they stay in their module, reached by its path; the
        // envelopes module holds only `impl` blocks.
        if matches!(*name, "shapes" | "envelopes") {
            return quote! { pub mod #module; };
        }
        quote! {
            pub mod #module;
            pub use #module::*;
        }
    });
    quote! {
        #![doc = #doc]

        pub mod errors;
        pub use errors::{Code, Error, Group};
        #( #messages )*

        /// The API's id, as used in folder names, file names and command-line words.
        pub const API_ID: &str = #id;

        /// The API's title.
        pub const TITLE: &str = #title;

        #sources
    }
}
