//! Support shared by every API module, one job a file: the catalogs' wire vocabulary, message templates, serde
//! helpers, decimals, operation descriptors and request preparation, cross-field rules, lifecycle tables and signing.

mod decimal;
mod lifecycle;
mod operation;
mod request;
mod rules;
mod serde_helpers;
mod signing;
mod template;
mod wire;

pub use decimal::{Decimal, DecimalWire, InvalidDecimal, MAX_SCALE};
pub use lifecycle::{ForbiddenInfo, TransitionInfo};
pub use operation::{
    AllowedIn, BodyEncoding, Direction, Method, Mode, NoBody, NoParameters, Operation, OperationInfo, ParameterIn,
    Parameters, ResponseInfo,
};
pub use request::{Integration, PrepareError, PreparedRequest, percent_encode};
pub use rules::{RuleInfo, RuleKind, broken_rules};
pub use serde_helpers::{double_option, present};
pub use signing::{SignatureError, SignedPart, SignedRequest, SigningRecipe};
pub use template::{Piece, extract, render};
// A spec without integer enumerations does not use the integer macro.
#[allow(unused_imports)]
pub(crate) use wire::{wire_enum_integer_traits, wire_enum_traits};
pub use wire::{
    Actor, Lang, Open, PassthroughOrigin, Retry, UnknownWireValue, WireEnum, deserialize_integer_wire,
    serialize_integer_wire,
};
