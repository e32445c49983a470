// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The servers and authentication schemes of the Finrota Payment Web Service (PWS), from `spec/finrota-pws/`.
#[allow(unused_imports)]
use crate::support::{AuthSchemeInfo, AuthSchemeKind, ServerInfo};
/// The API's servers, in spec order.
pub const SERVERS: &[ServerInfo] = &[
    ServerInfo {
        url: "https://api.finrota.com",
        doc: "Production (Live Environment), as the PWS Basic Information page gives it; canonical production host.",
    },
    ServerInfo {
        url: "https://pgw.netahsilat.com",
        doc: "Production as the PWS endpoint reference guide gives it; an alternative reading of the production host.",
    },
    ServerInfo {
        url: "https://pgw.netahsilatdemo.com",
        doc: "Test and development environment; no real financial transactions are performed.",
    },
];
/// The API's authentication schemes, in spec order; operations name them by id.
pub const AUTH_SCHEMES: &[AuthSchemeInfo] = &[
    AuthSchemeInfo {
        id: "api-credentials",
        kind: AuthSchemeKind::BodyCredentials {
            fields: &["apiKey", "secretKey"],
        },
        doc: "You send a simple JSON containing your ApiKey and SecretKey.",
    },
    AuthSchemeInfo {
        id: "bearer-access-token",
        kind: AuthSchemeKind::Bearer {
            format: Some("JWT"),
        },
        doc: "Each request must include a valid AccessToken; expired tokens return a 401 error.",
    },
];
