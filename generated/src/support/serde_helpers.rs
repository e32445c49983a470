// @generated from spec/ (template codegen/templates/support/serde_helpers.rs) by `cargo xtask codegen`; do not edit by hand.

//! Serde helpers that keep a message's wire form through a round trip: absent versus `null`.

/// Serde helpers for an optional field that may also be `null`: absent is `None`, `null` is `Some(None)`, so both
/// survive a round trip.
pub mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Serializes `Some(None)` as `null` (the field is skipped when `None`).
    pub fn serialize<T: Serialize, S: Serializer>(value: &Option<Option<T>>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    /// Deserializes a present field: `null` as `Some(None)`, a value as `Some(Some(value))`.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(deserializer).map(Some)
    }
}

/// Serde helper for an optional field whose type can itself hold `null` (any JSON): a present `null` stays `Some(Null)`.
pub mod present {
    use serde::{Deserialize, Deserializer};

    /// Deserializes a present field as `Some(value)`, whatever the value.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
        T::deserialize(deserializer).map(Some)
    }
}
