// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The servers and authentication schemes of the WiaPay API, from `spec/wiapay/`.
#[allow(unused_imports)]
use crate::support::{AuthSchemeInfo, AuthSchemeKind, ServerInfo};
/// The API's servers, in spec order.
pub const SERVERS: &[ServerInfo] = &[
    ServerInfo {
        url: "https://{service_name}.api.wiapay.co",
        doc: "The API host; service_name is the service name the integration team assigns to each merchant. The quickstart writes the base URL with /v1, but operation paths carry the /v1 prefix, which is part of the signed path, so the server URL here is the bare host (discrepancy base-url-v1-prefix).",
    },
];
/// The API's authentication schemes, in spec order; operations name them by id.
pub const AUTH_SCHEMES: &[AuthSchemeInfo] = &[
    AuthSchemeInfo {
        id: "request-signature",
        kind: AuthSchemeKind::Signature {
            signing: "request",
            key_header: Some("X-API-Key"),
        },
        doc: "Every API request carries three headers: X-API-Key (the API Key), X-Timestamp (Unix seconds) and X-Signature (the lowercase hex HMAC-SHA256 of timestamp, method, path with query and body, keyed by the API Secret). The body signed must be byte for byte the body sent. The merchant's server IPs are registered for whitelisting with the credentials; withdrawals are only accepted from whitelisted IPs, and the spec expects the whitelist on every request (discrepancy ip-whitelist-scope).",
    },
    AuthSchemeInfo {
        id: "callback-signature",
        kind: AuthSchemeKind::Signature {
            signing: "callback",
            key_header: None,
        },
        doc: "WiaPay sends X-Signature and X-Timestamp with every callback; the merchant verifies them with its Callback Secret. The vendor does not publish the signed string: the spec assumes the request recipe keyed by the Callback Secret (see the callback signing recipe).",
    },
];
