// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! WiaPay API: WiaPay's merchant API for bank-transfer deposits and withdrawals in TRY, with requests authenticated by API key, HMAC signature and timestamp headers.
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
pub mod signing;
pub use signing::*;
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
pub const API_ID: &str = "wiapay";
/// The API's title.
pub const TITLE: &str = "WiaPay API";
