// @generated from spec/ (template codegen/templates/support/wire.rs) by `cargo xtask codegen`; do not edit by hand.

//! The closed and open sets of values that travel on the wire (error codes, error groups, enumerations), as JSON
//! strings or, for integer enumerations, as JSON integers.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A closed set of wire values (error codes, error groups, enumerations), each with its wire text. Most travel as JSON
/// strings; an integer enumeration's values travel as JSON integers, their wire text the decimal digits (`"6"`).
pub trait WireEnum: Sized + Copy + 'static {
    /// Every value, in catalog order.
    const ALL: &'static [Self];

    /// Whether the values travel as JSON integers rather than strings.
    const INTEGER: bool = false;

    /// The value as it appears on the wire.
    fn as_wire(self) -> &'static str;

    /// The value a wire string stands for, if it is one of [`Self::ALL`].
    fn from_wire(wire: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.as_wire() == wire)
    }
}

/// The error returned when a string is not one of a closed set of wire values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownWireValue {
    /// The string that was given.
    pub value: String,
    /// What was expected (e.g. `iyzico Terminal API error code`).
    pub expected: &'static str,
}

impl fmt::Display for UnknownWireValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\" is not a known {}", self.value, self.expected)
    }
}

impl std::error::Error for UnknownWireValue {}

/// Implements `Display`, `FromStr` and serde for a [`WireEnum`]: the wire text, sent as a JSON string or, if
/// [`WireEnum::INTEGER`], as a JSON integer. Serde goes through [`Open`], so the two readings cannot drift apart; this
/// closed one refuses a value the catalog does not know.
macro_rules! wire_enum_traits {
    ($type:ty, $expected:literal) => {
        impl ::std::fmt::Display for $type {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::support::WireEnum::as_wire(*self))
            }
        }

        impl ::std::str::FromStr for $type {
            type Err = $crate::support::UnknownWireValue;

            fn from_str(wire: &str) -> Result<Self, Self::Err> {
                <$type as $crate::support::WireEnum>::from_wire(wire).ok_or_else(|| {
                    $crate::support::UnknownWireValue { value: wire.to_owned(), expected: $expected }
                })
            }
        }

        impl ::serde::Serialize for $type {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                ::serde::Serialize::serialize(&$crate::support::Open::Known(*self), serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $type {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                match <$crate::support::Open<$type> as ::serde::Deserialize>::deserialize(deserializer)? {
                    $crate::support::Open::Known(value) => Ok(value),
                    $crate::support::Open::Unknown(wire) => Err(::serde::de::Error::custom(
                        $crate::support::UnknownWireValue { value: wire, expected: $expected },
                    )),
                }
            }
        }
    };
}

pub(crate) use wire_enum_traits;

/// Whether a wire text is a JSON integer: an optional minus and digits, no leading zero (RFC 8259 §6), of any size.
fn is_json_integer(wire: &str) -> bool {
    let digits = wire.strip_prefix('-').unwrap_or(wire);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'))
}

/// Writes an integer value's wire text as a JSON integer with exactly that text, whatever its size (serde_json's
/// `arbitrary_precision` keeps it), so a value read by [`deserialize_integer_wire`] goes back out unchanged.
pub fn serialize_integer_wire<S: Serializer>(wire: &str, serializer: S) -> Result<S::Ok, S::Error> {
    let not_an_integer = || serde::ser::Error::custom(format!("\"{wire}\" is not an integer"));
    if !is_json_integer(wire) {
        return Err(not_an_integer());
    }
    let number: serde_json::Number = wire.parse().map_err(|_| not_an_integer())?;
    number.serialize(serializer)
}

/// Reads a JSON integer of any size as its exact text (`-0` included); anything else (a string, a fraction, an
/// exponent) is refused.
pub fn deserialize_integer_wire<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    // Through `Value`, whose numbers keep their text (serde_json's `arbitrary_precision`).
    match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::Number(number) if is_json_integer(number.as_str()) => Ok(number.as_str().to_owned()),
        other => Err(serde::de::Error::custom(format!("expected an integer, found {other}"))),
    }
}

/// An open set of wire values: one this version knows, or one a newer server sends that it does not.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Open<T> {
    /// A value of the catalog.
    Known(T),
    /// A value the catalog does not know, kept as it came.
    Unknown(String),
}

impl<T: WireEnum> Open<T> {
    /// Classifies a wire string.
    pub fn from_wire(wire: &str) -> Self {
        T::from_wire(wire).map_or_else(|| Open::Unknown(wire.to_owned()), Open::Known)
    }

    /// The wire string: a known value in its canonical form (an alias it was read from is not kept), an unknown one
    /// exactly as it came.
    pub fn as_wire(&self) -> &str {
        match self {
            Open::Known(value) => value.as_wire(),
            Open::Unknown(wire) => wire,
        }
    }

    /// The known value, if it is one.
    pub fn known(&self) -> Option<T> {
        match self {
            Open::Known(value) => Some(*value),
            Open::Unknown(_) => None,
        }
    }
}

impl<T: WireEnum> fmt::Display for Open<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_wire())
    }
}

impl<T: WireEnum> From<T> for Open<T> {
    fn from(value: T) -> Self {
        Open::Known(value)
    }
}

impl<T: WireEnum> Serialize for Open<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if T::INTEGER {
            serialize_integer_wire(self.as_wire(), serializer)
        } else {
            serializer.serialize_str(self.as_wire())
        }
    }
}

impl<'de, T: WireEnum> Deserialize<'de> for Open<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if T::INTEGER {
            return Ok(Open::from_wire(&deserialize_integer_wire(deserializer)?));
        }
        let wire = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Ok(Open::from_wire(&wire))
    }
}
