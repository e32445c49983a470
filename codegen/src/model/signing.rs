//! Signing recipes: how requests (and callbacks) are signed with HMAC, and known-answer vectors worked out outside
//! this project's code.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Provenance, Texts};

/// A signing recipe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signing {
    /// A kebab-case id, e.g. `request` or `callback`.
    pub id: String,
    /// The MAC algorithm.
    pub algorithm: SigningAlgorithm,
    /// How the MAC is written in the header.
    pub encoding: SignatureEncoding,
    /// Which secret keys the MAC.
    pub key: Texts,
    /// The parts concatenated (without separators) into the signed message, in order.
    pub message: Vec<SignedPart>,
    /// The header that carries the signature.
    pub signature_header: String,
    /// The header that carries the timestamp.
    pub timestamp_header: String,
    /// How far the timestamp may be from the receiver's clock, in seconds, either way.
    pub window_seconds: u32,
    /// Known-answer vectors.
    pub vectors: Vec<SigningVector>,
    /// Where the recipe comes from.
    pub provenance: Provenance,
}

/// A MAC algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SigningAlgorithm {
    /// HMAC with SHA-256.
    HmacSha256,
}

/// How a MAC is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignatureEncoding {
    /// Lowercase hexadecimal.
    HexLower,
}

/// A part of the signed message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignedPart {
    /// The timestamp as decimal Unix seconds.
    Timestamp,
    /// The HTTP method, upper case.
    Method,
    /// The path including any prefix (`/v1`) and the query string.
    PathWithQuery,
    /// The exact body bytes sent (empty for none).
    Body,
}

/// A known-answer vector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SigningVector {
    /// A kebab-case name.
    pub name: String,
    /// The secret.
    pub secret: String,
    /// The timestamp, Unix seconds.
    pub timestamp: i64,
    /// The method.
    pub method: String,
    /// The path with query.
    pub path: String,
    /// The body text.
    pub body: String,
    /// The expected signature.
    pub signature: String,
    /// How the expected signature was worked out (by which independent tool).
    pub provenance: Provenance,
}
