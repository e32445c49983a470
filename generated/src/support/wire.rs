// @generated from spec/ (template codegen/templates/support/wire.rs) by `cargo xtask codegen`; do not edit by hand.

//! Catalog vocabulary shared by every API: languages, retry advice, actors, pass-through origins, and the closed
//! and open sets of values that travel as strings on the wire (codes, groups, enums).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language of the catalogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Turkish.
    Tr,
}

impl Lang {
    /// Every language of the catalogs.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Tr];
}

/// Whether and how a client may retry after an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Retry {
    /// Retrying the same request cannot succeed.
    Never,
    /// Retry only after the actor fixed the cause (the request, credentials, card, balance, configuration).
    AfterFix,
    /// A transient condition: retry the same request with exponential backoff.
    Backoff,
    /// The outcome is unknown (the card may have been charged): query the transaction's status before any retry.
    QueryFirst,
}

/// Who must act to resolve an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The integrating software (the cash register, the merchant's server).
    Caller,
    /// The customer paying.
    Cardholder,
    /// The merchant's staff or administrator.
    Operator,
    /// The API provider, bank or payment service.
    Provider,
}

/// The party whose code and message a pass-through error group carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PassthroughOrigin {
    /// The card-issuing or acquiring bank.
    Bank,
    /// The vendor's own payment service behind the API.
    PaymentService,
}

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

/// Implements `Display`, `FromStr` and serde as the wire string for a [`WireEnum`].
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
                serializer.serialize_str($crate::support::WireEnum::as_wire(*self))
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $type {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let wire = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                wire.parse().map_err(::serde::de::Error::custom)
            }
        }
    };
}

pub(crate) use wire_enum_traits;

/// Implements `Display`, `FromStr` and serde as a JSON integer for a [`WireEnum`] whose values are integers.
// A spec without integer enumerations does not use it.
#[allow(unused_macros)]
macro_rules! wire_enum_integer_traits {
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
                $crate::support::serialize_integer_wire($crate::support::WireEnum::as_wire(*self), serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $type {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let wire = $crate::support::deserialize_integer_wire(deserializer)?;
                wire.parse().map_err(::serde::de::Error::custom)
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use wire_enum_integer_traits;

/// Writes an integer value's wire text as a JSON integer (the text is an `i64`, as the validator ensures).
pub fn serialize_integer_wire<S: Serializer>(wire: &str, serializer: S) -> Result<S::Ok, S::Error> {
    match wire.parse::<i64>() {
        Ok(number) => serializer.serialize_i64(number),
        Err(_) => Err(serde::ser::Error::custom(format!("\"{wire}\" is not an integer"))),
    }
}

/// Reads a JSON integer as its wire text; anything else (a string, a fraction) is refused.
pub fn deserialize_integer_wire<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    // Through `Value`, which reads numbers whatever serde_json's features are.
    match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::Number(number) if number.is_i64() => Ok(number.to_string()),
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
