// @generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.

//! The signing recipes of the WiaPay API, from `spec/wiapay/`.
use crate::support::{SignedPart, SigningRecipe};
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
};
/// Every signing recipe of the API.
pub const SIGNING_RECIPES: &[SigningRecipe] = &[REQUEST_SIGNING, CALLBACK_SIGNING];
