// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! iyzico Terminal API: A protocol between cash register systems (ECR) and physical POS devices for payment transactions, through iyzico's cloud. Today the only supported POS maker is Pavo (EFT POS); the protocol is designed to extend to other POS makers.
pub mod errors;
pub use errors::{Code, Error, Group};
pub mod messages;
pub use messages::*;
pub mod enums;
pub use enums::*;
pub mod operations;
pub use operations::*;
pub mod lifecycles;
pub use lifecycles::*;
pub mod world;
pub use world::*;
pub mod routes;
pub use routes::*;
pub mod servers;
pub use servers::*;
pub mod shapes;
pub mod envelopes;
pub mod replies;
pub use replies::*;
pub mod decode;
pub use decode::*;
/// The API's id, as used in folder names, file names and command-line words.
pub const API_ID: &str = "iyzico-terminal";
/// The API's title.
pub const TITLE: &str = "iyzico Terminal API";
