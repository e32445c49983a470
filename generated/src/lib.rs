// @generated from spec/ by `cargo xtask codegen`; do not edit by hand.

//! payspec: types, error catalogs and schemas of the payment APIs below, generated from the spec in
//! `spec/`. Nothing here is written by hand: change the spec and run `cargo xtask codegen`.
//!
//! APIs:
//! - [`finrota_pws`]: Finrota Payment Web Service (PWS) (`finrota-pws`)
//! - [`iyzico_terminal`]: iyzico Terminal API (`iyzico-terminal`)
//! - [`wiapay`]: WiaPay API (`wiapay`)
#![forbid(unsafe_code)]
pub mod support;
/// The JSON Schemas of every message, embedded (the `schemas` feature).
#[cfg(feature = "schemas")]
pub mod schemas;
pub use support::{
    Actor, AllowedIn, Decimal, DecimalWire, Integration, Lang, Mode, Open, Operation,
    OperationInfo, PassthroughOrigin, Piece, PreparedRequest, Retry, UnknownWireValue,
    WireEnum,
};
/// The Finrota Payment Web Service (PWS).
pub mod finrota_pws;
/// The iyzico Terminal API.
pub mod iyzico_terminal;
/// The WiaPay API.
pub mod wiapay;
/// The id of every API, as used in folder names, file names and command-line words.
pub const APIS: &[&str] = &["finrota-pws", "iyzico-terminal", "wiapay"];
/// Parses `json` as the message named `message` of the API `api` and serializes it again (the typed round
/// trip). `None` when there is no such API or message.
pub fn round_trip(
    api: &str,
    message: &str,
    json: &str,
) -> Option<Result<String, serde_json::Error>> {
    match api {
        "finrota-pws" => finrota_pws::round_trip(message, json),
        "iyzico-terminal" => iyzico_terminal::round_trip(message, json),
        "wiapay" => wiapay::round_trip(message, json),
        _ => None,
    }
}
/// The signing recipes of the API `api` (empty for an API that signs nothing).
pub fn signing_recipes(api: &str) -> &'static [support::SigningRecipe] {
    match api {
        "wiapay" => wiapay::SIGNING_RECIPES,
        _ => &[],
    }
}
