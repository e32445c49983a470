// @generated from spec/ (template codegen/templates/support/auth_checks.rs) by `cargo xtask codegen`; do not edit by hand.

//! The authentication checks of a signature scheme as static data, and the one runner that applies them to a
//! request in the spec's order: the first check that fails answers (its code and HTTP status), so a server and a
//! model of one never write the order again.

use std::fmt;

use super::Basis;
use super::signing::{SignatureError, SigningRecipe};

/// What one authentication check of a signature scheme tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuthCheck {
    /// The scheme's key header is present and not empty.
    KeyPresent,
    /// The key is one the receiver knows (it has a secret for it).
    KeyKnown,
    /// The signature header is present and not empty.
    SignaturePresent,
    /// The timestamp header is present and not empty.
    TimestampPresent,
    /// The timestamp is decimal Unix seconds (ASCII digits only).
    TimestampSeconds,
    /// The signature is hexadecimal of the MAC's length.
    SignatureForm,
    /// The timestamp is within the recipe's window around the receiver's clock.
    TimestampWindow,
    /// The signature is the recipe's MAC of the request under the secret.
    SignatureMatch,
}

impl AuthCheck {
    /// The check as the spec writes it, e.g. `key_present`.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthCheck::KeyPresent => "key_present",
            AuthCheck::KeyKnown => "key_known",
            AuthCheck::SignaturePresent => "signature_present",
            AuthCheck::TimestampPresent => "timestamp_present",
            AuthCheck::TimestampSeconds => "timestamp_seconds",
            AuthCheck::SignatureForm => "signature_form",
            AuthCheck::TimestampWindow => "timestamp_window",
            AuthCheck::SignatureMatch => "signature_match",
        }
    }

    /// Whether the check applies the signing recipe (so it holds only as firmly as the recipe's basis).
    pub fn runs_recipe(self) -> bool {
        matches!(self, AuthCheck::SignatureForm | AuthCheck::TimestampWindow | AuthCheck::SignatureMatch)
    }
}

/// One check of a scheme, with the answer it gives when it fails and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuthCheckInfo {
    /// What it tests.
    pub check: AuthCheck,
    /// The catalog code it answers, if the receiver answers one (a merchant answering a callback answers a bare
    /// status).
    pub code: Option<&'static str>,
    /// The HTTP status it answers (the code's, when it has one).
    pub status: u16,
    /// The basis the check is in the spec on.
    pub basis: Basis,
    /// Why, for a decision (a note where the spec has one).
    pub reason: Option<&'static str>,
}

/// A signature authentication scheme as static data: its recipe, its key header and its checks in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignatureAuth {
    /// The authentication scheme's id (one of the API's `AUTH_SCHEMES`).
    pub scheme: &'static str,
    /// The signing recipe the scheme names.
    pub recipe: SigningRecipe,
    /// The header that carries the caller's key, if any.
    pub key_header: Option<&'static str>,
    /// The checks in the order a receiver makes them: the first that fails answers.
    pub checks: &'static [AuthCheckInfo],
    /// Why the checks come in this order (the spec's basis of the order).
    pub order_basis: Basis,
}

/// A request as the authentication checks read it.
#[derive(Debug, Clone, Copy)]
pub struct AuthRequest<'a, H> {
    /// The request's headers (names case-insensitive; the first of a name counts).
    pub headers: &'a [(H, H)],
    /// The HTTP method.
    pub method: &'a str,
    /// The path with prefix and query string, as sent.
    pub path_with_query: &'a str,
    /// The exact body bytes.
    pub body: &'a [u8],
}

/// What a request that passed every check authenticated as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Authenticated<'a> {
    /// The key the caller sent, for a scheme with a key header.
    pub key: Option<&'a str>,
}

/// The first check a request failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuthFailure {
    /// The check, with its answer.
    pub check: AuthCheckInfo,
    /// Why the recipe refused the signature, for a check that applies it.
    pub cause: Option<SignatureError>,
    /// The header the check read.
    pub header: &'static str,
    /// The window the recipe allowed, in seconds.
    pub window_seconds: u32,
    /// The basis of the scheme's signing recipe.
    pub recipe_basis: Basis,
}

impl AuthFailure {
    /// The catalog code answered, if any.
    pub fn code(&self) -> Option<&'static str> {
        self.check.code
    }

    /// The HTTP status answered.
    pub fn status(&self) -> u16 {
        self.check.status
    }

    /// How firmly the failure holds: the check's basis, and for a check that applies the signing recipe the weaker
    /// of it and the recipe's (a recipe the project decided makes its verdicts decisions).
    pub fn basis(&self) -> Basis {
        if self.check.check.runs_recipe() { self.check.basis.max(self.recipe_basis) } else { self.check.basis }
    }
}

impl fmt::Display for AuthFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = self.header;
        match (self.check.check, self.cause) {
            (AuthCheck::KeyPresent | AuthCheck::SignaturePresent | AuthCheck::TimestampPresent, _) => {
                write!(f, "no {header}")
            }
            (AuthCheck::KeyKnown, _) => write!(f, "{header} is not a key the receiver knows"),
            (AuthCheck::TimestampSeconds, _) => write!(f, "{header} is not Unix seconds"),
            (AuthCheck::TimestampWindow, _) => {
                write!(f, "{header} is more than {} s from the receiver's clock", self.window_seconds)
            }
            (_, Some(cause)) => write!(f, "{header}: {cause}"),
            (_, None) => write!(f, "{header}: {}", SignatureError::Mismatch),
        }
    }
}

impl std::error::Error for AuthFailure {}

impl SignatureAuth {
    /// The scheme with another window (a receiver configured otherwise than the spec's default).
    pub fn with_window(self, window_seconds: u32) -> Self {
        SignatureAuth { recipe: SigningRecipe { window_seconds, ..self.recipe }, ..self }
    }

    /// Runs the scheme's checks on `request` in the spec's order at the receiver's clock `now` (Unix seconds): the
    /// first that fails, or what the request authenticated as. `secret_of` gives the secret of a key the receiver
    /// knows (for a scheme without a key header it is asked with `None` for the receiver's one secret). A header
    /// counts as absent when empty or only whitespace. An empty or unknown secret fails the signature's match
    /// before the recipe is applied at all: no signature can be verified with it. (Cargo feature `signing`.)
    #[cfg(feature = "signing")]
    pub fn authenticate<'h, 's, H: AsRef<str>>(
        &self,
        request: &AuthRequest<'h, H>,
        now: i64,
        secret_of: impl Fn(Option<&str>) -> Option<&'s [u8]>,
    ) -> Result<Authenticated<'h>, AuthFailure> {
        let header = |name: &str| -> Option<&'h str> {
            request
                .headers
                .iter()
                .find(|(n, _)| n.as_ref().eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_ref().trim())
                .filter(|v| !v.is_empty())
        };
        let recipe = &self.recipe;
        let key = self.key_header.and_then(header);
        let signature = header(recipe.signature_header);
        let timestamp_text = header(recipe.timestamp_header);
        let timestamp = timestamp_text.filter(|t| t.bytes().all(|b| b.is_ascii_digit())).and_then(|t| t.parse().ok());
        let mut secret: Option<&'s [u8]> = None;
        let mut recipe_applied = false;
        for info in self.checks {
            let fail = |cause: Option<SignatureError>, info: AuthCheckInfo| {
                let header = match info.check {
                    AuthCheck::KeyPresent | AuthCheck::KeyKnown => self.key_header.unwrap_or_default(),
                    AuthCheck::TimestampPresent | AuthCheck::TimestampSeconds | AuthCheck::TimestampWindow => {
                        recipe.timestamp_header
                    }
                    _ => recipe.signature_header,
                };
                Err(AuthFailure {
                    check: info,
                    cause,
                    header,
                    window_seconds: recipe.window_seconds,
                    recipe_basis: recipe.basis,
                })
            };
            match info.check {
                AuthCheck::KeyPresent if key.is_none() => return fail(None, *info),
                AuthCheck::KeyKnown => {
                    secret = key.and_then(|key| secret_of(Some(key)));
                    if secret.is_none() {
                        return fail(None, *info);
                    }
                }
                AuthCheck::SignaturePresent if signature.is_none() => return fail(None, *info),
                AuthCheck::TimestampPresent if timestamp_text.is_none() => return fail(None, *info),
                AuthCheck::TimestampSeconds if timestamp.is_none() => return fail(None, *info),
                check if check.runs_recipe() => {
                    if !recipe_applied {
                        recipe_applied = true;
                        if secret.is_none() && self.key_header.is_none() {
                            secret = secret_of(None);
                        }
                        if secret.is_none_or(<[u8]>::is_empty) {
                            let matching = self.checks.iter().find(|c| c.check == AuthCheck::SignatureMatch);
                            return fail(Some(SignatureError::EmptySecret), *matching.unwrap_or(info));
                        }
                    }
                    let outcome = match (check, timestamp) {
                        (AuthCheck::SignatureForm, _) => recipe.well_formed(signature.unwrap_or_default()).map(drop),
                        (AuthCheck::TimestampWindow, Some(timestamp)) if recipe.within_window(timestamp, now) => Ok(()),
                        (AuthCheck::TimestampWindow, _) => Err(SignatureError::Expired),
                        (_, Some(timestamp)) => {
                            let body = String::from_utf8_lossy(request.body);
                            let signed = super::SignedRequest {
                                timestamp,
                                method: request.method,
                                path_with_query: request.path_with_query,
                                body: &body,
                            };
                            recipe.matches(secret.unwrap_or_default(), &signed, signature.unwrap_or_default())
                        }
                        (_, None) => Err(SignatureError::Mismatch),
                    };
                    if let Err(cause) = outcome {
                        return fail(Some(cause), *info);
                    }
                }
                _ => {}
            }
        }
        Ok(Authenticated { key })
    }
}
