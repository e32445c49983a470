//! Signing recipes: how requests (and callbacks) are signed with HMAC, and known-answer vectors worked out outside
//! this project's code.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Provenance, Sourced, Texts};

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

/// The authentication checks of a signature scheme, in the order a receiver makes them: the first that fails
/// answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignatureChecks {
    /// The checks, in order.
    pub steps: Vec<SignatureCheck>,
    /// Where the order comes from.
    pub provenance: Provenance,
}

/// One authentication check of a signature scheme and what it answers when it fails: a catalog code (and so the
/// code's HTTP status), or, where the receiver answers no code, a bare HTTP status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignatureCheck {
    /// What the check tests.
    pub check: SignatureCheckKind,
    /// The catalog code answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The HTTP status answered, for a check that answers no code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Sourced<u16>>,
    /// Where the check (what it tests and the code it answers) comes from.
    pub provenance: Provenance,
}

/// What an authentication check of a signature scheme tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignatureCheckKind {
    /// The scheme's key header is present and not empty.
    KeyPresent,
    /// The key is one the receiver knows.
    KeyKnown,
    /// The recipe's signature header is present and not empty.
    SignaturePresent,
    /// The recipe's timestamp header is present and not empty.
    TimestampPresent,
    /// The timestamp is decimal Unix seconds.
    TimestampSeconds,
    /// The signature is hexadecimal of the MAC's length.
    SignatureForm,
    /// The timestamp is within the recipe's window around the receiver's clock.
    TimestampWindow,
    /// The signature is the recipe's MAC of the request.
    SignatureMatch,
}

impl SignatureCheckKind {
    /// Every check, in the spec's spelling order.
    pub const ALL: [SignatureCheckKind; 8] = [
        SignatureCheckKind::KeyPresent,
        SignatureCheckKind::KeyKnown,
        SignatureCheckKind::SignaturePresent,
        SignatureCheckKind::TimestampPresent,
        SignatureCheckKind::TimestampSeconds,
        SignatureCheckKind::SignatureForm,
        SignatureCheckKind::TimestampWindow,
        SignatureCheckKind::SignatureMatch,
    ];

    /// The check as the spec writes it, e.g. `key_present`.
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureCheckKind::KeyPresent => "key_present",
            SignatureCheckKind::KeyKnown => "key_known",
            SignatureCheckKind::SignaturePresent => "signature_present",
            SignatureCheckKind::TimestampPresent => "timestamp_present",
            SignatureCheckKind::TimestampSeconds => "timestamp_seconds",
            SignatureCheckKind::SignatureForm => "signature_form",
            SignatureCheckKind::TimestampWindow => "timestamp_window",
            SignatureCheckKind::SignatureMatch => "signature_match",
        }
    }

    /// Whether the check reads the scheme's key header (only a scheme with one has it).
    pub fn reads_key(self) -> bool {
        matches!(self, SignatureCheckKind::KeyPresent | SignatureCheckKind::KeyKnown)
    }

    /// The checks that must come before this one, since it reads what they establish.
    pub fn needs(self) -> &'static [SignatureCheckKind] {
        use SignatureCheckKind as K;
        match self {
            K::KeyKnown => &[K::KeyPresent],
            K::TimestampSeconds => &[K::TimestampPresent],
            K::SignatureForm => &[K::SignaturePresent],
            K::TimestampWindow => &[K::TimestampSeconds],
            K::SignatureMatch => &[K::SignaturePresent, K::TimestampSeconds],
            K::KeyPresent | K::SignaturePresent | K::TimestampPresent => &[],
        }
    }
}
