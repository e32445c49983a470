//! Who is calling the iyzico Terminal API: the authentication step of the spec's precedence (client credentials in
//! the authorize body or as HTTP Basic on the token calls, a Bearer token on the terminal-host calls), and the
//! emulator's own bookkeeping of which client and user each authorization code and token was issued to. Whether a
//! code or token is still good is not decided here: the `auth-code` and `access-token` lifecycles decide that.

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use payspec::iyzico_terminal::Error;
use payspec::support::Credentials;

use crate::config::Config;

/// The client and user an authorization code or token was issued to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    /// The OAuth client.
    pub client_id: String,
    /// The user.
    pub username: String,
    /// When it was issued (test clock, Unix seconds).
    pub issued_at: i64,
}

/// Every code and token the emulator issued, with whom to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sessions {
    /// Authorization codes.
    pub codes: BTreeMap<String, Grant>,
    /// Access tokens.
    pub access_tokens: BTreeMap<String, Grant>,
    /// Refresh tokens.
    pub refresh_tokens: BTreeMap<String, Grant>,
}

/// The caller as the authentication step found it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caller {
    /// The OAuth client.
    pub client_id: Option<String>,
    /// The user.
    pub username: Option<String>,
    /// The Bearer token presented.
    pub bearer_token: Option<String>,
}

impl Caller {
    /// The credentials a guard reads.
    pub fn credentials(&self) -> Credentials {
        Credentials {
            client_id: self.client_id.clone(),
            username: self.username.clone(),
            bearer_token: self.bearer_token.clone(),
            api_key: None,
        }
    }
}

/// The value of an `Authorization` header of this scheme (`Basic`, `Bearer`), the scheme compared without case.
pub fn authorization<'a>(headers: &'a [(String, String)], scheme: &str) -> Option<&'a str> {
    let value = headers.iter().find(|(name, _)| name.eq_ignore_ascii_case("authorization"))?.1.trim();
    let (given, rest) = value.split_once(' ')?;
    given.eq_ignore_ascii_case(scheme).then(|| rest.trim())
}

/// HTTP Basic client authentication of the token calls: the client, or `invalid_client`.
pub fn basic_client(config: &Config, headers: &[(String, String)]) -> Result<String, Error> {
    let encoded = authorization(headers, "Basic").ok_or(Error::InvalidClient)?;
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded).map_err(|_| Error::InvalidClient)?;
    let text = String::from_utf8(decoded).map_err(|_| Error::InvalidClient)?;
    let (id, secret) = text.split_once(':').ok_or(Error::InvalidClient)?;
    match config.integration(id) {
        Some(integration) if integration.client_secret == secret => Ok(id.to_owned()),
        _ => Err(Error::InvalidClient),
    }
}

/// The authorize call's body credentials: the client's, then the user's (a user with no device has none to drive).
pub fn body_credentials(
    config: &Config,
    client_id: &str,
    client_secret: &str,
    username: &str,
    password: &str,
) -> Result<(), Error> {
    match config.integration(client_id) {
        Some(integration) if integration.client_secret == client_secret => {}
        _ => return Err(Error::InvalidClient),
    }
    match config.user(username) {
        Some(user) if user.password == password && !user.devices.is_empty() => Ok(()),
        _ => Err(Error::AuthDeviceNotFound { username: username.to_owned() }),
    }
}

impl Sessions {
    /// The caller behind a Bearer token; a token the emulator never issued (or forgot) names no client, and the
    /// `access-token` lifecycle refuses it.
    pub fn bearer(&self, headers: &[(String, String)]) -> Caller {
        let token = authorization(headers, "Bearer").map(str::to_owned);
        let grant = token.as_deref().and_then(|t| self.access_tokens.get(t));
        Caller {
            client_id: grant.map(|g| g.client_id.clone()),
            username: grant.map(|g| g.username.clone()),
            bearer_token: token,
        }
    }

    /// Forgets the codes and tokens the lifecycles no longer hold (evicted, or replaced by a refresh), so memory
    /// stays bounded under sustained logins.
    pub fn retain(
        &mut self,
        codes: &BTreeSet<String>,
        access_tokens: &BTreeSet<String>,
        refresh_tokens: &BTreeSet<String>,
    ) {
        self.codes.retain(|code, _| codes.contains(code));
        self.access_tokens.retain(|token, _| access_tokens.contains(token));
        self.refresh_tokens.retain(|token, _| refresh_tokens.contains(token));
    }
}
