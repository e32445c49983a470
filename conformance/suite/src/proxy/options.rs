//! What a proxy run is given and what it ends with: its options, why it cannot run, its summary and exit code.

use std::time::Duration;

use crate::credentials::Credentials;

/// Why the proxy cannot run.
#[derive(Debug, thiserror::Error)]
pub enum ProxyError {
    /// The upstream URL is not one the proxy can forward to.
    #[error("upstream {url}: {problem}")]
    Upstream {
        /// The URL.
        url: String,
        /// What is wrong.
        problem: String,
    },
    /// An API the proxy does not know.
    #[error("unknown API {0:?} (known: iyzico-terminal, finrota-pws, wiapay)")]
    UnknownApi(String),
    /// The listener or the runtime could not be set up.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// What to forward to, and how to check.
#[derive(Debug, Clone)]
pub struct ProxyOptions {
    /// The implementation's base URL (`http://host:port`).
    pub upstream: String,
    /// The client's callback receiver (`http://host:port`): callbacks arriving at the proxy go there.
    pub callback_upstream: Option<String>,
    /// The APIs to check (empty: every API).
    pub apis: Vec<String>,
    /// The credentials (the integrations' fiscal modes, timers, secrets to mask, `wiapay.callback_secret`).
    pub credentials: Credentials,
    /// Whether the project's decisions fail.
    pub strict: bool,
    /// How long an answer may take.
    pub timeout: Duration,
}

impl ProxyOptions {
    /// Options for an upstream with the emulator's test data.
    pub fn new(upstream: impl Into<String>) -> ProxyOptions {
        ProxyOptions {
            upstream: upstream.into(),
            callback_upstream: None,
            apis: Vec::new(),
            credentials: Credentials::emulator(),
            strict: false,
            timeout: Duration::from_secs(30),
        }
    }
}

/// How a proxy run ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProxySummary {
    /// Exchanges checked.
    pub exchanges: usize,
    /// Checks run.
    pub checks: usize,
    /// Findings that fail.
    pub violations: usize,
    /// Findings that warn (the project's decisions, when not strict).
    pub warnings: usize,
}

impl ProxySummary {
    /// The exit code: 0 no violation, 1 a violation.
    pub fn exit_code(&self) -> u8 {
        u8::from(self.violations > 0)
    }
}
