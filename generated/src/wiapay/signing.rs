// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The signing recipes of the WiaPay API, from `spec/wiapay/`.
use super::errors::Error;
use crate::support::{
    AuthCheck, AuthCheckInfo, AuthFailure, Basis, SignatureAuth, SignedPart,
    SigningRecipe,
};
/// The `request` recipe: HMAC-SHA256 keyed by API Secret - Used to generate request signatures, hexadecimal in `X-Signature`.
pub const REQUEST_SIGNING: SigningRecipe = SigningRecipe {
    id: "request",
    parts: &[
        SignedPart::Timestamp,
        SignedPart::Method,
        SignedPart::PathWithQuery,
        SignedPart::Body,
    ],
    signature_header: "X-Signature",
    timestamp_header: "X-Timestamp",
    window_seconds: 300,
    basis: Basis::Vendor,
    source: "https://doc.wiapay.co/signature",
    reason: Some(
        "The /signature page: message = timestamp + method + path + body (timestamp as a string of Unix seconds, method upper case, path including the query string, body the JSON text sent or empty for GET), HMAC-SHA256 keyed by the API Secret, hex encoded; the timestamp must be within 5 minutes of server time to prevent replay attacks.",
    ),
};
/// The `callback` recipe: HMAC-SHA256 keyed by Callback Secret - Used to verify callback signatures, hexadecimal in `X-Signature`.
pub const CALLBACK_SIGNING: SigningRecipe = SigningRecipe {
    id: "callback",
    parts: &[
        SignedPart::Timestamp,
        SignedPart::Method,
        SignedPart::PathWithQuery,
        SignedPart::Body,
    ],
    signature_header: "X-Signature",
    timestamp_header: "X-Timestamp",
    window_seconds: 300,
    basis: Basis::Decision,
    source: "https://doc.wiapay.co/callbacks",
    reason: Some(
        "The project's assumption: the vendor documents the X-Signature and X-Timestamp headers and the Callback Secret but not the signed string, so the spec takes the request recipe keyed by the Callback Secret over timestamp + POST + the callback URL's path with query + the raw body, with the same 5-minute window (discrepancy callback-signing-recipe).",
    ),
};
/// Every signing recipe of the API.
pub const SIGNING_RECIPES: &[SigningRecipe] = &[REQUEST_SIGNING, CALLBACK_SIGNING];
/// The checks of the `request-signature` scheme (recipe `request`), in the order a receiver makes them: key_present, key_known, signature_present, timestamp_present, timestamp_seconds, signature_form, timestamp_window, signature_match.
pub const REQUEST_SIGNATURE_AUTH: SignatureAuth = SignatureAuth {
    scheme: "request-signature",
    recipe: REQUEST_SIGNING,
    key_header: Some("X-API-Key"),
    checks: &[
        AuthCheckInfo {
            check: AuthCheck::KeyPresent,
            code: Some("MISSING_API_KEY"),
            status: 401,
            basis: Basis::Vendor,
            reason: Some(
                "The seed's row: MISSING_API_KEY, X-API-Key header not provided.",
            ),
        },
        AuthCheckInfo {
            check: AuthCheck::KeyKnown,
            code: Some("INVALID_API_KEY"),
            status: 401,
            basis: Basis::Vendor,
            reason: Some(
                "The seed's row: INVALID_API_KEY, API key is invalid or disabled.",
            ),
        },
        AuthCheckInfo {
            check: AuthCheck::SignaturePresent,
            code: Some("MISSING_SIGNATURE"),
            status: 401,
            basis: Basis::Vendor,
            reason: Some(
                "The seed's row: MISSING_SIGNATURE, X-Signature header not provided.",
            ),
        },
        AuthCheckInfo {
            check: AuthCheck::TimestampPresent,
            code: Some("MISSING_TIMESTAMP"),
            status: 401,
            basis: Basis::Vendor,
            reason: Some(
                "The seed's row: MISSING_TIMESTAMP, X-Timestamp header not provided.",
            ),
        },
        AuthCheckInfo {
            check: AuthCheck::TimestampSeconds,
            code: Some("INVALID_TIMESTAMP"),
            status: 401,
            basis: Basis::Vendor,
            reason: Some(
                "The seed's row: INVALID_TIMESTAMP, Timestamp format is invalid; use Unix timestamp in seconds.",
            ),
        },
        AuthCheckInfo {
            check: AuthCheck::SignatureForm,
            code: Some("INVALID_SIGNATURE"),
            status: 401,
            basis: Basis::Vendor,
            reason: Some(
                "The seed's row: INVALID_SIGNATURE, Signature verification failed; a signature that is not hex HMAC-SHA256 cannot verify.",
            ),
        },
        AuthCheckInfo {
            check: AuthCheck::TimestampWindow,
            code: Some("TIMESTAMP_EXPIRED"),
            status: 401,
            basis: Basis::Vendor,
            reason: Some(
                "The seed's row: TIMESTAMP_EXPIRED, Request timestamp is too old (>5 min); the /signature page: within 5 minutes of server time.",
            ),
        },
        AuthCheckInfo {
            check: AuthCheck::SignatureMatch,
            code: Some("INVALID_SIGNATURE"),
            status: 401,
            basis: Basis::Vendor,
            reason: Some(
                "The seed's row: INVALID_SIGNATURE, Signature verification failed.",
            ),
        },
    ],
    order_basis: Basis::Decision,
};
/// The checks of the `callback-signature` scheme (recipe `callback`), in the order a receiver makes them: signature_present, timestamp_present, timestamp_seconds, signature_form, timestamp_window, signature_match.
pub const CALLBACK_SIGNATURE_AUTH: SignatureAuth = SignatureAuth {
    scheme: "callback-signature",
    recipe: CALLBACK_SIGNING,
    key_header: None,
    checks: &[
        AuthCheckInfo {
            check: AuthCheck::SignaturePresent,
            code: None,
            status: 401,
            basis: Basis::Vendor,
            reason: Some("The /callbacks page: each callback includes X-Signature."),
        },
        AuthCheckInfo {
            check: AuthCheck::TimestampPresent,
            code: None,
            status: 401,
            basis: Basis::Vendor,
            reason: Some("The /callbacks page: each callback includes X-Timestamp."),
        },
        AuthCheckInfo {
            check: AuthCheck::TimestampSeconds,
            code: None,
            status: 401,
            basis: Basis::Vendor,
            reason: Some(
                "The /callbacks page: X-Timestamp is a Unix timestamp in seconds.",
            ),
        },
        AuthCheckInfo {
            check: AuthCheck::SignatureForm,
            code: None,
            status: 401,
            basis: Basis::Decision,
            reason: Some(
                "The vendor says HMAC-SHA256 but not its encoding; the callback recipe takes the request recipe's lowercase hex (discrepancy callback-signing-recipe).",
            ),
        },
        AuthCheckInfo {
            check: AuthCheck::TimestampWindow,
            code: None,
            status: 401,
            basis: Basis::Decision,
            reason: Some(
                "The vendor names no window for callbacks; the callback recipe takes the request recipe's 5 minutes (discrepancy callback-signing-recipe).",
            ),
        },
        AuthCheckInfo {
            check: AuthCheck::SignatureMatch,
            code: None,
            status: 401,
            basis: Basis::Decision,
            reason: Some(
                "The vendor does not publish what a callback signs; the signature is checked with the project's callback recipe (discrepancy callback-signing-recipe).",
            ),
        },
    ],
    order_basis: Basis::Decision,
};
/// Every signature scheme of the API with its checks.
pub const SIGNATURE_AUTHS: &[SignatureAuth] = &[
    REQUEST_SIGNATURE_AUTH,
    CALLBACK_SIGNATURE_AUTH,
];
/// The checks of the signature scheme with the id `scheme` (an operation's `auth`), if it is one.
pub fn signature_auth(scheme: &str) -> Option<&'static SignatureAuth> {
    SIGNATURE_AUTHS.iter().find(|auth| auth.scheme == scheme)
}
/// The API's error a failed check answers: its catalog code as an [`Error`]; `None` for a check that
/// answers a bare HTTP status (`AuthFailure::status`).
pub fn authentication_error(failure: &AuthFailure) -> Option<Error> {
    failure.code().map(|code| Error::from_wire(None, code, None))
}
