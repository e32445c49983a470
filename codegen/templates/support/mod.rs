//! Support shared by every API module, one job a file: the catalogs' vocabulary, wire values, message templates,
//! serde helpers, decimals, operation descriptors and request preparation, cross-field rules, signing, and the
//! executable lifecycles: values, guards and the evaluator that runs the lifecycle tables.
//!
//! # What is public
//!
//! Public (`pub use`) is what a consumer, an emulator or a conformance suite works with, and everything a public
//! signature or a public table of the API modules names (a type left out would trip the `private_interfaces` lint):
//!
//! - vocabulary and values: [`Lang`], [`Retry`], [`Actor`], [`PassthroughOrigin`], [`Decimal`] and [`DecimalWire`]
//!   (with [`InvalidDecimal`] and [`MAX_SCALE`]), [`Nullable`], [`WireEnum`], [`Open`] and [`UnknownWireValue`],
//!   [`Value`] and [`ValueKind`] with the calendar helpers behind the clock ([`yyyymmdd`], [`instant_from_rfc3339`],
//!   [`civil_from_days`], [`days_from_civil`], [`day_from_yyyymmdd`]), which an emulator's answers use too;
//! - operations and the client direction: [`Operation`], [`OperationInfo`], [`ResponseInfo`], [`EchoInfo`] (each
//!   API's `ECHOES`), [`RequestLanguage`] (each API's `REQUEST_LANGUAGE`), [`Method`], [`Mode`],
//!   [`AllowedIn`], [`Direction`], [`BodyEncoding`], [`ParameterIn`], [`Parameters`], [`NoParameters`], [`NoBody`],
//!   [`Integration`], [`PreparedRequest`], [`PrepareError`], [`percent_encode`], and for a server reading a query or a
//!   form [`form_pairs`] and [`percent_decode`]; servers and authentication as data: [`ServerInfo`],
//!   [`AuthSchemeInfo`], [`AuthSchemeKind`];
//! - the server direction: [`Route`], [`RouteEntry`], [`route`], [`allow_header`], [`IncomingRequest`], [`Decoded`],
//!   [`EncodedReply`], [`ReplyDecodeError`], [`check_message_value`], [`Problem`], [`ProblemKind`], [`Location`],
//!   [`Expected`], and the shape tables of `<api>::shapes` ([`MessageShape`], [`FieldShape`], [`ShapeKind`],
//!   [`DecimalBound`]);
//! - rules and messages' templates: [`RuleInfo`], [`RuleKind`], [`broken_rules`], [`Piece`], [`render`];
//! - the executable lifecycles: [`StateMachine`], [`LifecycleInfo`] and its tables ([`KeyInfo`], [`AttributeInfo`],
//!   [`TransitionInfo`], [`ForbiddenInfo`], [`GuardInfo`], [`OperandInfo`], [`EffectInfo`], [`Comparison`],
//!   [`Literal`], [`Credential`], [`ClockReading`], [`ErrorFacet`], [`TimerInfo`], [`OutcomeInfo`], [`SignalInfo`],
//!   [`SignalOn`]), the
//!   facts of a call ([`Facts`], [`Credentials`], [`Clock`], [`Timers`], [`ResponseFacts`], [`Outcome`]) and what the
//!   evaluator answers ([`Instance`], [`KeyValues`], [`Decision`], [`Step`], [`Refusal`], [`Cause`], [`Check`],
//!   [`CatalogCode`], and [`Population`] with its read accessors' [`Reached`] and [`Taken`]);
//! - where every rule comes from: [`Provenance`] (in the lifecycle tables, [`OperationInfo`], [`ResponseInfo`],
//!   [`RuleInfo`] and each API's `Code::provenance`), its [`Source`] (each API's `SOURCES`) and [`Basis`];
//! - signing: [`SigningRecipe`], [`SignedPart`], [`SignedRequest`], [`SignatureError`].
//! - a signature scheme's authentication checks in order: [`SignatureAuth`], [`AuthCheckInfo`], [`AuthCheck`],
//!   [`AuthRequest`], [`Authenticated`], [`AuthFailure`].
//!
//! Crate-internal (`pub(crate) use`, or not re-exported at all) is what only the generated code of the API modules
//! calls: the serde helpers (`present`, the integer-wire helpers), the `wire_enum_traits` macro, the decoders' steps
//! (`decode_body`, `decode_parameters`, `malformed_body`, `rule_problem`, `to_wire_forms`, `check_object`,
//! `check_value`, `from_text`, `canonical_names`), redaction's building blocks (`Redacted`, `redact_fields`;
//! consumers call `<api>::redact`), the template reader `extract` (consumers call `Error::from_wire`), and the guard's
//! `lookup` and `retry_id`. Their files keep them `pub` so that sibling files reach them; outside the crate they cannot
//! be named, so they may change in any release.

mod auth_checks;
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
mod provenance;
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

pub use auth_checks::{AuthCheck, AuthCheckInfo, AuthFailure, AuthRequest, Authenticated, SignatureAuth};
pub use catalog::{Actor, Lang, PassthroughOrigin, Retry};
pub use decimal::{Decimal, DecimalWire, InvalidDecimal, MAX_SCALE};
pub use endpoint::{AuthSchemeInfo, AuthSchemeKind, ServerInfo};
pub use form::{form_pairs, percent_decode};
pub use guard::{
    ClockReading, Clock, Comparison, Credential, Credentials, EffectInfo, ErrorFacet, Facts, GuardInfo, Literal,
    OperandInfo, Outcome, OutcomeInfo, ResponseFacts, TimerInfo, Timers,
};
pub use lifecycle::{
    AttributeInfo, CatalogCode, Cause, Check, ClientReferenceInfo, Decision, ForbiddenInfo, Instance, KeyInfo, KeyValues,
    LifecycleInfo, Refusal, SignalInfo, SignalOn, StateMachine, Step, TransitionInfo,
};
pub use nullable::Nullable;
pub use operation::{
    AllowedIn, BodyEncoding, Direction, EchoInfo, Method, Mode, NoBody, NoParameters, Operation, OperationInfo,
    ParameterIn, Parameters, RequestLanguage, ResponseInfo,
};
pub use population::{Population, Reach, Reached, Taken};
pub use problem::{Expected, Location, Problem, ProblemKind};
pub use provenance::{Basis, Provenance, Source};
pub use request::{Integration, PrepareError, PreparedRequest, percent_encode};
pub use route::{Route, RouteEntry, allow_header, route};
pub use rules::{RuleInfo, RuleKind, broken_rules};
pub use serve::{Decoded, EncodedReply, IncomingRequest, ReplyDecodeError, check_message_value};
pub use shape::{DecimalBound, FieldShape, MessageShape, ShapeKind};
pub use signing::{SignatureError, SignedPart, SignedRequest, SigningRecipe};
pub use template::{Piece, render};
pub use value::{
    Attributes, Value, ValueKind, civil_from_days, day_from_yyyymmdd, days_from_civil, instant_from_rfc3339, yyyymmdd,
};
pub use wire::{Open, UnknownWireValue, WireEnum};

// What the generated API modules call and consumers do not (see the module comment).
pub(crate) use redact::{Redacted, redact_fields};
pub(crate) use serde_helpers::present;
pub(crate) use serve::{decode_body, decode_body_view, decode_parameters, malformed_body, rule_problem};
pub(crate) use shape::to_wire_forms;
pub(crate) use template::extract;
pub(crate) use wire::wire_enum_traits;
