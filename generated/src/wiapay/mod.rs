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
/// The documents the spec of the WiaPay API draws on, numbered as the docs' sources page cites them.
pub const SOURCES: &[crate::support::Source] = &[
    crate::support::Source {
        id: "S1",
        title: "Error Codes (WiaPay error page, text capture)",
        location: "002_60a04954c3f045d8.txt",
    },
    crate::support::Source {
        id: "S2",
        title: "WiaPay API Error Codes (public docs)",
        location: "https://doc.wiapay.co/errors",
    },
    crate::support::Source {
        id: "S3",
        title: "WiaPay Available Banks: GET /v1/available-banks (public docs)",
        location: "https://doc.wiapay.co/available-banks",
    },
    crate::support::Source {
        id: "S4",
        title: "WiaPay Callbacks: payload, headers and delivery requirements (public docs)",
        location: "https://doc.wiapay.co/callbacks",
    },
    crate::support::Source {
        id: "S5",
        title: "WiaPay Create Deposit: POST /v1/deposit (public docs)",
        location: "https://doc.wiapay.co/deposit",
    },
    crate::support::Source {
        id: "S6",
        title: "WiaPay Quickstart: credentials, IP whitelisting, base URL, request headers (public docs)",
        location: "https://doc.wiapay.co/quickstart",
    },
    crate::support::Source {
        id: "S7",
        title: "WiaPay Signature: the request signing recipe (public docs)",
        location: "https://doc.wiapay.co/signature",
    },
    crate::support::Source {
        id: "S8",
        title: "WiaPay Create Withdrawal: POST /v1/withdraw (public docs)",
        location: "https://doc.wiapay.co/withdraw",
    },
    crate::support::Source {
        id: "S9",
        title: "RFC 9110 HTTP Semantics, 403 Forbidden",
        location: "https://www.rfc-editor.org/rfc/rfc9110#name-403-forbidden",
    },
    crate::support::Source {
        id: "S10",
        title: "RFC 9110 HTTP Semantics, 503 Service Unavailable",
        location: "https://www.rfc-editor.org/rfc/rfc9110#name-503-service-unavailable",
    },
];
