//! The `SHA256SUMS` manifest of a run's reports: one line per file, `<sha256 hex>  <file name>`, as `sha256sum`
//! writes it, so `sha256sum -c SHA256SUMS` in the folder verifies every report (names are relative to the folder).

use sha2::Digest as _;

/// The manifest's file name.
pub const FILE: &str = "SHA256SUMS";

/// The SHA-256 of bytes, in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The manifest of files (name, content), in the order given.
pub fn render(files: &[(&str, &[u8])]) -> String {
    files.iter().map(|(name, bytes)| format!("{}  {name}\n", sha256_hex(bytes))).collect()
}
