// @generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.

//! The servers and authentication schemes of the iyzico Terminal API, from `spec/iyzico-terminal/`.
#[allow(unused_imports)]
use crate::support::{AuthSchemeInfo, AuthSchemeKind, ServerInfo};
/// The API's servers, in spec order.
pub const SERVERS: &[ServerInfo] = &[
    ServerInfo {
        url: "https://api.iyzipay.com",
        doc: "Production.",
    },
    ServerInfo {
        url: "https://sandbox-api.iyzipay.com",
        doc: "Sandbox, for integration tests.",
    },
];
/// The API's authentication schemes, in spec order; operations name them by id.
pub const AUTH_SCHEMES: &[AuthSchemeInfo] = &[
    AuthSchemeInfo {
        id: "oauth-body-credentials",
        kind: AuthSchemeKind::BodyCredentials {
            fields: &["client_id", "client_secret", "username", "password"],
        },
        doc: "The authorize call carries the merchant's client_id and client_secret and the user's username and password as form fields in the request body.",
    },
    AuthSchemeInfo {
        id: "oauth-client-basic",
        kind: AuthSchemeKind::Basic,
        doc: "Authorization: Basic base64(client_id:client_secret) on the token calls.",
    },
    AuthSchemeInfo {
        id: "bearer-access-token",
        kind: AuthSchemeKind::Bearer {
            format: Some("JWT"),
        },
        doc: "Authorization: Bearer with the access_token from the token call; required by every payment, void, refund, query and end-of-day service.",
    },
];
