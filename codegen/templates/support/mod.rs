//! Support shared by every API module, one job a file: the catalogs' vocabulary, wire values, message templates,
//! serde helpers, decimals, operation descriptors and request preparation, cross-field rules, signing, and the
//! executable lifecycles: values, guards and the evaluator that runs the lifecycle tables.

mod catalog;
mod decimal;
mod nullable;
mod endpoint;
mod form;
mod guard;
mod lifecycle;
mod operation;
mod population;
mod problem;
mod redact;
mod request;
mod route;
mod rules;
mod serde_helpers;
mod serve;
mod shape;
mod signing;
mod template;
mod value;
mod wire;

pub use catalog::{Actor, Lang, PassthroughOrigin, Retry};
pub use decimal::{Decimal, DecimalWire, InvalidDecimal, MAX_SCALE};
pub use endpoint::{AuthSchemeInfo, AuthSchemeKind, ServerInfo};
pub use form::{form_pairs, percent_decode};
pub use guard::{
    ClockReading, Clock, Comparison, Credential, Credentials, EffectInfo, ErrorFacet, Facts, GuardInfo, Literal,
    OperandInfo, Outcome, OutcomeInfo, ResponseFacts, TimerInfo, Timers, lookup, retry_id,
};
pub use lifecycle::{
    AttributeInfo, Basis, CatalogCode, Cause, Check, Decision, ForbiddenInfo, Instance, KeyInfo, KeyValues,
    LifecycleInfo, Refusal, StateMachine, Step, TransitionInfo,
};
pub use operation::{
    AllowedIn, BodyEncoding, Direction, Method, Mode, NoBody, NoParameters, Operation, OperationInfo, ParameterIn,
    Parameters, ResponseInfo,
};
pub use population::{Population, Reached, Taken};
pub use redact::{REDACTED, Redacted, RedactedShape, redact_fields};
pub use request::{Integration, PrepareError, PreparedRequest, percent_encode};
pub use route::{Route, RouteEntry, allow_header, route};
pub use problem::{Expected, Location, Problem, ProblemKind};
pub use rules::{RuleInfo, RuleKind, broken_rules};
pub use nullable::Nullable;
pub use serde_helpers::present;
pub use serve::{
    Decoded, EncodedReply, IncomingRequest, ReplyDecodeError, check_message_value, decode_body, decode_parameters,
    malformed_body, rule_problem,
};
pub use shape::{
    DecimalBound, FieldShape, MessageShape, ShapeKind, canonical_names, check_object, check_value, from_text,
    to_wire_forms,
};
pub use signing::{SignatureError, SignedPart, SignedRequest, SigningRecipe};
pub use template::{Piece, extract, render};
pub use value::{
    Value, ValueKind, civil_from_days, day_from_yyyymmdd, days_from_civil, instant_from_rfc3339, yyyymmdd,
};
pub(crate) use wire::wire_enum_traits;
pub use wire::{Open, UnknownWireValue, WireEnum, deserialize_integer_wire, serialize_integer_wire};
