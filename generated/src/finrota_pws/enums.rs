// @generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.

//! The enumerations of the Finrota Payment Web Service (PWS), from `spec/finrota-pws/`.
use crate::support::{WireEnum, wire_enum_traits};
/// "type" (Bearer)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TokenType {
    /// `Bearer`: The token is sent as Authorization: Bearer followed by the token.
    Bearer,
}
impl WireEnum for TokenType {
    const ALL: &'static [Self] = &[Self::Bearer];
    fn as_wire(self) -> &'static str {
        match self {
            Self::Bearer => "Bearer",
        }
    }
    fn from_wire(wire: &str) -> Option<Self> {
        match wire {
            "Bearer" => Some(Self::Bearer),
            _ => None,
        }
    }
}
wire_enum_traits!(TokenType, "Finrota Payment Web Service (PWS) TokenType value");
