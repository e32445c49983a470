// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! Finrota Payment Web Service (PWS): Finrota's payment web service for card payments through the merchant's bank POS definitions: payment sets and options, 3D and non-3D payments, transaction queries, cancellations and refunds. All services run over HTTPS/REST with TLS 1.2 or newer and exchange JSON in UTF-8, authorized by a Bearer AccessToken.
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
pub const API_ID: &str = "finrota-pws";
/// The API's title.
pub const TITLE: &str = "Finrota Payment Web Service (PWS)";
