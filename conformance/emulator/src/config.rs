//! The emulator's configuration: the fixed test data every user can rely on (credentials, devices, timers, the card
//! delay and the outcome table), overridable by a JSON file, and printed as JSON by `payspec emulate --print-config`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::outcomes::OutcomeTable;

/// Everything the emulator can be configured with. Every field has a documented default, so an empty file (or none)
/// is the zero-config emulator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The iyzico Terminal API's integrations, users and devices.
    pub iyzico: IyzicoConfig,
    /// Finrota PWS's test keys (served by part 2 of the emulator).
    pub finrota: FinrotaConfig,
    /// WiaPay's test keys (served by part 2 of the emulator).
    pub wiapay: WiapayConfig,
    /// Timer durations in seconds, by the spec's configuration key (e.g. `iyzico.access_token_lifetime_seconds`).
    pub timers: BTreeMap<String, u64>,
    /// How long a simulated card tap takes, in milliseconds (a device stays busy that long).
    pub card_delay_ms: u64,
    /// The largest request body accepted, in bytes; a larger one is answered with the API's validation error.
    pub body_limit_bytes: usize,
    /// How long (test-clock seconds) an expired access token is remembered for refresh, and an expired authorization
    /// code to be refused as expired, before it is evicted.
    pub expired_token_retention_seconds: i64,
    /// The trigger values that make a call fail in a chosen way; anything else is approved.
    pub outcomes: OutcomeTable,
}

/// An OAuth client of the iyzico Terminal API, bound to one fiscal mode (or left for its first call to bind).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Integration {
    /// The client id.
    pub client_id: String,
    /// The client secret.
    pub client_secret: String,
    /// `vuk509` (payment only), `vuk507` (fiscal register), or `unbound`: the integration's first terminal-host call
    /// binds it to that call's mode, as the spec's integration-mode lifecycle describes.
    pub mode: FiscalMode,
}

/// The two exclusive fiscal modes of an integration, or none yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FiscalMode {
    /// VUK 509: payment only.
    Vuk509,
    /// VUK 507: fiscal register with line items.
    Vuk507,
    /// Not bound yet: the first terminal-host call binds the integration to its mode for good.
    Unbound,
}

/// A user who logs in on the cash register, with the devices they may use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct User {
    /// The username (an e-mail address).
    pub username: String,
    /// The password.
    pub password: String,
    /// The `deviceUniqueId`s of the user's devices.
    pub devices: Vec<String>,
}

/// The iyzico Terminal API's test data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct IyzicoConfig {
    /// The OAuth clients.
    pub integrations: Vec<Integration>,
    /// The users and their devices.
    pub users: Vec<User>,
}

/// Finrota PWS's test keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FinrotaConfig {
    /// The API key.
    pub api_key: String,
    /// The API secret.
    pub api_secret: String,
    /// Whether the bank finalizes a 3D payment itself once its OTP is right (autoCommit); when off, the payment
    /// waits for `commit-payment`.
    pub auto_commit: bool,
}

/// WiaPay's test keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WiapayConfig {
    /// The API key.
    pub api_key: String,
    /// The secret requests are signed with.
    pub api_secret: String,
    /// The secret callbacks are signed with.
    pub callback_secret: String,
    /// The client addresses allowed to call.
    pub whitelist: Vec<String>,
    /// The site's callback URL (`http://` only: the emulator has no TLS client), for withdrawals and for deposits
    /// without a `callbackUrl`; none: the emulator's own receiver, `/_payspec/wiapay/receiver`, which verifies
    /// the signature and answers 200 (or 401).
    pub callback_url: Option<String>,
    /// How long after a failed callback attempt the next one is made, in test-clock milliseconds, one entry per
    /// retry: a callback is attempted at most once more than there are entries.
    pub callback_retry_delays_ms: Vec<u64>,
    /// How long one callback attempt may take (connect, send, answer), in milliseconds.
    pub callback_timeout_ms: u64,
    /// The banks available-banks lists, with their limits (in kuruş, the unit of deposit amounts).
    pub banks: Vec<crate::wiapay::Bank>,
    /// The FAST option (limits in kuruş), if offered.
    pub fast: Option<crate::wiapay::Limits>,
    /// The merchant's balance withdrawals are paid from, in the withdrawal amount's unit.
    pub balance: String,
}

impl Default for IyzicoConfig {
    fn default() -> Self {
        let integration =
            |id: &str, mode| Integration { client_id: id.to_owned(), client_secret: format!("{id}-secret"), mode };
        IyzicoConfig {
            integrations: vec![
                integration("payspec-vuk509", FiscalMode::Vuk509),
                integration("payspec-vuk507", FiscalMode::Vuk507),
            ],
            users: vec![
                User {
                    username: "kasa@payspec.test".to_owned(),
                    password: "payspec-pass".to_owned(),
                    devices: vec!["PAV860047264".to_owned(), "PAV860047265".to_owned()],
                },
                User {
                    username: "other@payspec.test".to_owned(),
                    password: "payspec-other-pass".to_owned(),
                    devices: vec!["PAV860000001".to_owned()],
                },
            ],
        }
    }
}

impl Default for FinrotaConfig {
    fn default() -> Self {
        FinrotaConfig {
            api_key: "payspec-finrota-key".to_owned(),
            api_secret: "payspec-finrota-secret".to_owned(),
            auto_commit: true,
        }
    }
}

impl Default for WiapayConfig {
    fn default() -> Self {
        WiapayConfig {
            api_key: "pk_test_payspec".to_owned(),
            api_secret: "sk_test_payspec".to_owned(),
            callback_secret: "whsec_test_payspec".to_owned(),
            whitelist: vec!["127.0.0.1".to_owned(), "::1".to_owned()],
            callback_url: None,
            callback_retry_delays_ms: vec![1_000, 2_000, 4_000, 8_000, 16_000],
            callback_timeout_ms: 30_000,
            banks: crate::wiapay::default_banks(),
            fast: Some(crate::wiapay::Limits { min_amount: 100, max_amount: 5_000_000 }),
            balance: "100000.00".to_owned(),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            iyzico: IyzicoConfig::default(),
            finrota: FinrotaConfig::default(),
            wiapay: WiapayConfig::default(),
            timers: BTreeMap::new(),
            card_delay_ms: 250,
            body_limit_bytes: 64 * 1024,
            expired_token_retention_seconds: 86_400,
            outcomes: OutcomeTable::default(),
        }
    }
}

/// Why a configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not a configuration.
    #[error("{path}: {source}")]
    Parse {
        /// The file.
        path: String,
        /// What the reader said (line and column included).
        source: serde_json::Error,
    },
    /// A value makes no sense; every such problem is listed.
    #[error("{path}: {}", problems.join("; "))]
    Invalid {
        /// The file.
        path: String,
        /// Every problem found.
        problems: Vec<String>,
    },
}

impl Config {
    /// Reads a configuration file (JSON); fields it leaves out keep their defaults.
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read { path: shown.clone(), source })?;
        let config: Config =
            serde_json::from_str(&text).map_err(|source| ConfigError::Parse { path: shown.clone(), source })?;
        let problems = config.problems();
        if problems.is_empty() { Ok(config) } else { Err(ConfigError::Invalid { path: shown, problems }) }
    }

    /// Every problem of the configuration: unknown timer keys, duplicate clients or users, a device of two users.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let known = crate::timers::known_config_keys();
        for key in self.timers.keys() {
            if !known.contains(&key.as_str()) {
                problems.push(format!("/timers/{key}: no timer has this key (known: {})", known.join(", ")));
            }
        }
        let mut clients = std::collections::BTreeSet::new();
        for (n, integration) in self.iyzico.integrations.iter().enumerate() {
            if !clients.insert(&integration.client_id) {
                problems.push(format!("/iyzico/integrations/{n}/client_id: {} appears twice", integration.client_id));
            }
        }
        let mut owners = BTreeMap::new();
        for (n, user) in self.iyzico.users.iter().enumerate() {
            for device in &user.devices {
                if let Some(other) = owners.insert(device, &user.username) {
                    problems.push(format!("/iyzico/users/{n}/devices: {device} already belongs to {other}"));
                }
            }
        }
        problems.extend(self.outcomes.problems());
        problems.extend(crate::wiapay::config_problems(&self.wiapay));
        problems
    }

    /// The integration with this client id.
    pub fn integration(&self, client_id: &str) -> Option<&Integration> {
        self.iyzico.integrations.iter().find(|i| i.client_id == client_id)
    }

    /// The user with this username.
    pub fn user(&self, username: &str) -> Option<&User> {
        self.iyzico.users.iter().find(|u| u.username == username)
    }
}
