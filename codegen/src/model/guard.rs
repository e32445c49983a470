//! Guards, operands and effects: the typed conditions under which a lifecycle transition happens or an operation is
//! refused, the values they compare, and what a transition writes into an instance's attributes. A generic
//! evaluator runs them, so no rule of an API is left as prose.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A value a guard compares, an effect writes or a refusal argument renders. One key each: `{"request": "price"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Operand {
    /// A request field by wire name; `/` separates nested fields (`items/0/price`). The request view is the
    /// operation's request body fields plus its path, query and header parameters.
    Request(String),
    /// The sum of a number field over every item of an array of the request (`saleItems/*/returnAmount`).
    Total(String),
    /// How many items an array of the request has (`saleItems`).
    Count(String),
    /// A field of the operation's response body (effects and outcome bindings only).
    Response(String),
    /// An attribute of the lifecycle instance.
    Attribute(String),
    /// A JSON literal: a string, a number, a boolean or null.
    Literal(serde_json::Value),
    /// The test clock.
    Clock(ClockReading),
    /// Who is calling, as the server authenticated it.
    Credential(Credential),
    /// A duration declared in the API's `timers`, by id.
    Timer(String),
    /// The sum of the operands (numbers, or an instant and durations).
    Sum(Vec<Operand>),
    /// The first operand minus the second.
    Difference(Box<[Operand; 2]>),
    /// A fact of the response's HTTP exchange (outcome bindings only).
    Http(HttpFacet),
    /// A fact of the error the response carries, through the API's catalog (outcome bindings only).
    Error(ErrorFacet),
}

/// What the clock reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClockReading {
    /// The current instant (Unix seconds).
    Now,
    /// The current business day (Türkiye time, UTC+3).
    Today,
}

/// Who is calling, as the server authenticated it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Credential {
    /// The OAuth client or API key owner the call is made for.
    ClientId,
    /// The user behind the access token.
    Username,
    /// The access token presented.
    BearerToken,
    /// The API key presented.
    ApiKey,
}

/// A fact of the HTTP exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HttpFacet {
    /// The response's HTTP status.
    Status,
}

/// A fact of the error a response carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorFacet {
    /// The error code.
    Code,
    /// The error group.
    Group,
    /// The catalog's retry advice for the code (`never`, `after_fix`, `backoff`, `query_first`).
    Retry,
}

/// The outcome of a call, as the operation's outcome binding classifies its response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The call did what it asked (the payment is approved, the refund done).
    Approved,
    /// The call failed with a known result: nothing happened.
    Declined,
    /// Nobody knows yet whether it happened; a status query tells.
    Unknown,
}

/// A typed condition. One key each: `{"lt": [a, b]}`, `{"all": [...]}`, `{"outcome": "approved"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Guard {
    /// Every guard holds.
    All(Vec<Guard>),
    /// At least one guard holds.
    Any(Vec<Guard>),
    /// The guard does not hold.
    Not(Box<Guard>),
    /// The operands are equal (false when one is missing).
    Eq(Box<[Operand; 2]>),
    /// The operands differ (true when exactly one is missing).
    Ne(Box<[Operand; 2]>),
    /// The first is less than the second (false when one is missing).
    Lt(Box<[Operand; 2]>),
    /// The first is at most the second.
    Le(Box<[Operand; 2]>),
    /// The first is greater than the second.
    Gt(Box<[Operand; 2]>),
    /// The first is at least the second.
    Ge(Box<[Operand; 2]>),
    /// The field is present and not null, or the attribute is set.
    Present(Operand),
    /// The outcome of the call (transitions only).
    Outcome(Outcome),
    /// The state of the related instance of another lifecycle of the same API.
    StateOf(StateOf),
}

/// The state of a related instance of another lifecycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StateOf {
    /// The other lifecycle's id.
    pub lifecycle: String,
    /// The states that satisfy the guard.
    #[serde(rename = "in")]
    pub states: Vec<String>,
}

impl Guard {
    /// The guards directly inside this one.
    pub fn children(&self) -> &[Guard] {
        match self {
            Guard::All(guards) | Guard::Any(guards) => guards,
            Guard::Not(guard) => std::slice::from_ref(guard),
            _ => &[],
        }
    }

    /// The operands this guard reads directly (not those of nested guards).
    pub fn operands(&self) -> Vec<&Operand> {
        match self {
            Guard::Eq(pair)
            | Guard::Ne(pair)
            | Guard::Lt(pair)
            | Guard::Le(pair)
            | Guard::Gt(pair)
            | Guard::Ge(pair) => pair.iter().collect(),
            Guard::Present(operand) => vec![operand],
            _ => Vec::new(),
        }
    }

    /// Whether the guard, or one inside it, reads the call's outcome.
    pub fn reads_outcome(&self) -> bool {
        matches!(self, Guard::Outcome(_)) || self.children().iter().any(Guard::reads_outcome)
    }
}

impl Operand {
    /// The operands directly inside this one.
    pub fn children(&self) -> &[Operand] {
        match self {
            Operand::Sum(operands) => operands,
            Operand::Difference(pair) => pair.as_slice(),
            _ => &[],
        }
    }
}

/// What a transition writes into the instance's attributes, applied in order once the transition is chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Effect {
    /// The attribute takes the operand's value.
    Set {
        /// The attribute's id.
        attribute: String,
        /// The value.
        to: Operand,
    },
    /// The operand is added to the attribute (an unset attribute starts from 0).
    Add {
        /// The attribute's id.
        attribute: String,
        /// What is added.
        value: Operand,
    },
    /// The attribute becomes unset.
    Clear {
        /// The attribute's id.
        attribute: String,
    },
}

impl Effect {
    /// The attribute the effect writes.
    pub fn attribute(&self) -> &str {
        match self {
            Effect::Set { attribute, .. } | Effect::Add { attribute, .. } | Effect::Clear { attribute } => attribute,
        }
    }

    /// The operand the effect reads, if any.
    pub fn operand(&self) -> Option<&Operand> {
        match self {
            Effect::Set { to, .. } => Some(to),
            Effect::Add { value, .. } => Some(value),
            Effect::Clear { .. } => None,
        }
    }
}
