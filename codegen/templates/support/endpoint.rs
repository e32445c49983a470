//! Where an API is served and how its calls authenticate, as static data: its servers and authentication schemes.

/// A server of an API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerInfo {
    /// The base URL, with `{name}` for per-merchant parts.
    pub url: &'static str,
    /// Which server it is (production, sandbox), in English.
    pub doc: &'static str,
}

/// How an authentication scheme works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthSchemeKind {
    /// `Authorization: Bearer <token>`.
    Bearer {
        /// What the token is, e.g. `JWT`, where documented.
        format: Option<&'static str>,
    },
    /// `Authorization: Basic base64(user:password)`.
    Basic,
    /// Credentials in the request body.
    BodyCredentials {
        /// The wire names of the credential fields.
        fields: &'static [&'static str],
    },
    /// An HMAC signature over the request in headers.
    Signature {
        /// The id of the signing recipe (one of the API's `SIGNING_RECIPES`).
        signing: &'static str,
        /// The header that carries the caller's key beside the signature, if any.
        key_header: Option<&'static str>,
    },
}

/// An authentication scheme of an API; operations name it by `id` (`OperationInfo::auth`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuthSchemeInfo {
    /// The scheme's id, e.g. `bearer-access-token`.
    pub id: &'static str,
    /// How it works.
    pub kind: AuthSchemeKind,
    /// What the caller does, in English.
    pub doc: &'static str,
}
