// @generated from spec/ by `cargo xtask codegen`; do not edit by hand.

//! payspec: types, error catalogs and schemas of three Turkish payment APIs, generated from the spec in
//! `spec/`. Nothing here is written by hand: change the spec and run `cargo xtask codegen`.
//!
//! APIs:
//! - [`iyzico_terminal`]: iyzico Terminal API (`iyzico-terminal`)
#![forbid(unsafe_code)]
pub mod support;
pub use support::{
    Actor, Lang, Open, PassthroughOrigin, Piece, Retry, UnknownWireValue, WireEnum,
};
/// The iyzico Terminal API.
pub mod iyzico_terminal;
