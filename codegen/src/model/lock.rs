//! The code lock: the frozen identity of every error code, so that a code never changes or disappears by accident.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The committed lock of an API's error codes. Changed only by `cargo xtask lock-codes --reason "..."`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeLock {
    /// The identity of every code, sorted by code.
    pub codes: Vec<LockedCode>,
    /// Every deliberate change of the lock, oldest first, each with its reason.
    pub changes: Vec<LockChange>,
}

/// The frozen identity of one error code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LockedCode {
    /// The wire code.
    pub code: String,
    /// The group's id.
    pub group: String,
    /// The HTTP status, or `null` where the vendor gives none.
    pub http_status: Option<u16>,
    /// The vendor pseudo-status, or `null`.
    pub pseudo_status: Option<u16>,
}

/// One deliberate change of the lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LockChange {
    /// What changed, one line per code (`added P001 ...`, `changed ...`, `removed ...`).
    pub summary: Vec<String>,
    /// Why.
    pub reason: String,
}
