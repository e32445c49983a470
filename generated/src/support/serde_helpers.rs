// @generated from spec/ (template codegen/templates/support/serde_helpers.rs) by `cargo xtask codegen`; do not edit by hand.

//! Serde helpers that keep a message's wire form through a round trip: a present `null` of any JSON kept as it is
//! (absent versus `null` of typed fields is `Nullable`).

/// Serde helper for an optional field whose type can itself hold `null` (any JSON): a present `null` stays `Some(Null)`.
pub mod present {
    use serde::{Deserialize, Deserializer};

    /// Deserializes a present field as `Some(value)`, whatever the value.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
        T::deserialize(deserializer).map(Some)
    }
}
