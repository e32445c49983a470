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
/// The documents the spec of the Finrota Payment Web Service (PWS) draws on, numbered as the docs' sources page cites them.
pub const SOURCES: &[crate::support::Source] = &[
    crate::support::Source {
        id: "S1",
        title: "General Error Model & Codes (PWS error page, text capture)",
        location: "001_4b886c304e89c98c.txt",
    },
    crate::support::Source {
        id: "S2",
        title: "Finrota PWS General Error Model & Codes (public docs)",
        location: "https://dev.finrota.com/en/docs/pws/general-error-pattern-and-codes",
    },
    crate::support::Source {
        id: "S3",
        title: "Finrota Authentication: Obtaining an AccessToken (public docs)",
        location: "https://dev.finrota.com/en/docs/authentication/create-access-token",
    },
    crate::support::Source {
        id: "S4",
        title: "Finrota PWS Basic Information: purpose, connection, security, environments (public docs)",
        location: "https://dev.finrota.com/en/docs/pws/basic-informations",
    },
    crate::support::Source {
        id: "S5",
        title: "Finrota PWS Endpoint Reference Guide (public docs)",
        location: "https://dev.finrota.com/en/docs/pws/endpoint-reference-guide",
    },
    crate::support::Source {
        id: "S6",
        title: "Finrota PWS FAQ (public docs)",
        location: "https://dev.finrota.com/en/docs/pws/faq",
    },
    crate::support::Source {
        id: "S7",
        title: "Finrota PWS Listing Payment Sets: GET /pws/paymentSet (public docs)",
        location: "https://dev.finrota.com/en/docs/pws/services/listing-payment-sets",
    },
    crate::support::Source {
        id: "S8",
        title: "Finrota PWS Payment Cancellation: POST /pws/payment/cancel (public docs)",
        location: "https://dev.finrota.com/en/docs/pws/services/payment-cancellation",
    },
    crate::support::Source {
        id: "S9",
        title: "Finrota PWS Payment Details: GET/POST /pws/payment/transaction (public docs)",
        location: "https://dev.finrota.com/en/docs/pws/services/payment-details",
    },
    crate::support::Source {
        id: "S10",
        title: "Finrota PWS Payment Initiation and Completion: POST /pws/payment (public docs)",
        location: "https://dev.finrota.com/en/docs/pws/services/payment-initiation-and-completion",
    },
    crate::support::Source {
        id: "S11",
        title: "Finrota PWS Installments / Commission by BIN: GET /pws/paymentOptions/{BinNumber} (public docs)",
        location: "https://dev.finrota.com/en/docs/pws/services/payment-options-instalments-rates/installments-commission-by-bin",
    },
    crate::support::Source {
        id: "S12",
        title: "Finrota PWS Installments / Commission, General List: GET /pws/paymentOptions (public docs)",
        location: "https://dev.finrota.com/en/docs/pws/services/payment-options-instalments-rates/installments-commission-general-list",
    },
    crate::support::Source {
        id: "S13",
        title: "Finrota VPWS Basic Information, the dealer-level sibling API (public docs)",
        location: "https://dev.finrota.com/en/docs/vpws/basic-informations",
    },
    crate::support::Source {
        id: "S14",
        title: "Finrota VPWS General Error Model & Codes (public docs)",
        location: "https://dev.finrota.com/en/docs/vpws/general-error-pattern-and-codes",
    },
    crate::support::Source {
        id: "S15",
        title: "Finrota VPWS Payment Cancellation (public docs)",
        location: "https://dev.finrota.com/en/docs/vpws/services/payment-cancellation",
    },
    crate::support::Source {
        id: "S16",
        title: "Finrota VPWS Payment Details, with the status codes table (public docs)",
        location: "https://dev.finrota.com/en/docs/vpws/services/payment-details",
    },
    crate::support::Source {
        id: "S17",
        title: "Finrota VPWS Payment Initiation and Completion (public docs)",
        location: "https://dev.finrota.com/en/docs/vpws/services/payment-initiation-and-completion",
    },
    crate::support::Source {
        id: "S18",
        title: "Finrota VPWS Installments / Commission, General List (public docs)",
        location: "https://dev.finrota.com/en/docs/vpws/services/payment-options-instalments-rates/installments-commission-general-list",
    },
    crate::support::Source {
        id: "S19",
        title: "Finrota VPWS Payment Refund (public docs)",
        location: "https://dev.finrota.com/en/docs/vpws/services/payment-refund",
    },
];
