//! HMAC-SHA256 request signing recipes as static data, with signing and constant-time verification.

use std::fmt;

use super::Basis;

#[cfg(feature = "signing")]
use hmac::{Hmac, Mac};
#[cfg(feature = "signing")]
use sha2::Sha256;

/// A signed part of a signing recipe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SignedPart {
    /// The timestamp as decimal Unix seconds.
    Timestamp,
    /// The HTTP method, upper case.
    Method,
    /// The path with its prefix and query string.
    PathWithQuery,
    /// The exact body text.
    Body,
}

/// An HMAC-SHA256 signing recipe, as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SigningRecipe {
    /// The recipe's id.
    pub id: &'static str,
    /// The parts concatenated into the signed message, in order.
    pub parts: &'static [SignedPart],
    /// The header that carries the signature (lowercase hexadecimal).
    pub signature_header: &'static str,
    /// The header that carries the timestamp.
    pub timestamp_header: &'static str,
    /// How far the timestamp may be from the receiver's clock, either way, in seconds.
    pub window_seconds: u32,
    /// The basis the recipe is in the spec on: `Vendor` where the vendor publishes it, `Decision` where the recipe is
    /// the project's assumption (a signature failing a decided recipe is a warning unless strict).
    pub basis: Basis,
    /// The document the recipe is drawn from (a public URL or a seed file name).
    pub source: &'static str,
    /// Why, for a decision (a note where the spec has one).
    pub reason: Option<&'static str>,
}

/// What a signature covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignedRequest<'a> {
    /// Unix seconds.
    pub timestamp: i64,
    /// The HTTP method.
    pub method: &'a str,
    /// The path with prefix and query string.
    pub path_with_query: &'a str,
    /// The exact body text.
    pub body: &'a str,
}

/// Why a signature was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureError {
    /// The signature is not lowercase or uppercase hexadecimal of the right length.
    Malformed,
    /// The signature does not match.
    Mismatch,
    /// The timestamp is outside the window around the receiver's clock.
    Expired,
    /// The secret is empty: anyone could compute the signature.
    EmptySecret,
}

impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SignatureError::Malformed => "the signature is not 64 hexadecimal digits",
            SignatureError::Mismatch => "the signature does not match",
            SignatureError::Expired => "the timestamp is outside the allowed window",
            SignatureError::EmptySecret => "the signing secret is empty",
        })
    }
}

impl std::error::Error for SignatureError {}

impl SigningRecipe {
    /// The signed message: the recipe's parts concatenated.
    pub fn message(&self, request: &SignedRequest<'_>) -> String {
        let mut message = String::new();
        for part in self.parts {
            match part {
                SignedPart::Timestamp => message.push_str(&request.timestamp.to_string()),
                SignedPart::Method => message.push_str(&request.method.to_ascii_uppercase()),
                SignedPart::PathWithQuery => message.push_str(request.path_with_query),
                SignedPart::Body => message.push_str(request.body),
            }
        }
        message
    }

    #[cfg(feature = "signing")]
    fn mac(&self, secret: &[u8], request: &SignedRequest<'_>) -> Result<Hmac<Sha256>, SignatureError> {
        if secret.is_empty() {
            return Err(SignatureError::EmptySecret);
        }
        // HMAC takes a key of any length (RFC 2104 §2), so this cannot fail for a non-empty one.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).map_err(|_| SignatureError::EmptySecret)?;
        mac.update(self.message(request).as_bytes());
        Ok(mac)
    }

    /// The signature, as lowercase hexadecimal; an empty secret is refused. (Cargo feature `signing`.)
    #[cfg(feature = "signing")]
    pub fn sign(&self, secret: &[u8], request: &SignedRequest<'_>) -> Result<String, SignatureError> {
        Ok(self.mac(secret, request)?.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect())
    }

    /// Checks a signature in constant time, and the timestamp against `now` (Unix seconds) and the window; an empty
    /// secret is refused whatever the signature. (Cargo feature `signing`.)
    #[cfg(feature = "signing")]
    pub fn verify(&self, secret: &[u8], request: &SignedRequest<'_>, signature: &str, now: i64) -> Result<(), SignatureError> {
        if secret.is_empty() {
            return Err(SignatureError::EmptySecret);
        }
        self.well_formed(signature)?;
        if !self.within_window(request.timestamp, now) {
            return Err(SignatureError::Expired);
        }
        self.matches(secret, request, signature)
    }

    /// The signature's MAC bytes, if it is hexadecimal of the MAC's length. (Cargo feature `signing`.)
    #[cfg(feature = "signing")]
    pub fn well_formed(&self, signature: &str) -> Result<Vec<u8>, SignatureError> {
        decode_hex(signature).filter(|bytes| bytes.len() == 32).ok_or(SignatureError::Malformed)
    }

    /// Whether `timestamp` is within the window around `now` (both Unix seconds).
    pub fn within_window(&self, timestamp: i64, now: i64) -> bool {
        timestamp.abs_diff(now) <= u64::from(self.window_seconds)
    }

    /// Checks in constant time that `signature` is the request's MAC under `secret`, whatever the timestamp; an
    /// empty secret is refused, a signature of the wrong form is malformed. (Cargo feature `signing`.)
    #[cfg(feature = "signing")]
    pub fn matches(&self, secret: &[u8], request: &SignedRequest<'_>, signature: &str) -> Result<(), SignatureError> {
        let bytes = self.well_formed(signature)?;
        self.mac(secret, request)?.verify_slice(&bytes).map_err(|_| SignatureError::Mismatch)
    }
}

#[cfg(feature = "signing")]
fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}
