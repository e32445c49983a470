// @generated from spec/ (template codegen/templates/support/guard.rs) by `cargo xtask codegen`; do not edit by hand.

//! Guards, operands and effects as static data, and their evaluation against the facts of one call: the request,
//! the response, the caller's credentials, the clock, the timers, the outcome, the instance's attributes and the
//! states of related instances. Missing values never panic: a comparison with a missing operand is false (`ne`:
//! true), arithmetic with one is missing, and an effect that writes one unsets the attribute.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::catalog::Retry;
use super::value::{Attributes, Value, ValueKind};

/// What the clock reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClockReading {
    /// The current instant.
    Now,
    /// The current business day.
    Today,
}

/// Who is calling, as the server authenticated it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Credential {
    /// The OAuth client or API key owner.
    ClientId,
    /// The user behind the access token.
    Username,
    /// The access token presented.
    BearerToken,
    /// The API key presented.
    ApiKey,
}

/// A fact of the error a response carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorFacet {
    /// The code.
    Code,
    /// The group.
    Group,
    /// The catalog's retry advice for the code.
    Retry,
}

/// The outcome of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// It did what it asked.
    Approved,
    /// It failed with a known result: nothing happened.
    Declined,
    /// Nobody knows yet; a status query tells.
    Unknown,
}

/// A literal of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Literal {
    /// `null`.
    Null,
    /// A boolean.
    Boolean(bool),
    /// A whole number.
    Integer(i64),
    /// A decimal, as written.
    Decimal(&'static str),
    /// Text.
    Text(&'static str),
}

/// An operand as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OperandInfo {
    /// A request field (path of wire names, `/`-separated) and its type.
    Request(&'static str, ValueKind),
    /// The sum of a number field over every item of an array (`items/*/price`).
    Total(&'static str, ValueKind),
    /// How many items an array of the request has.
    Count(&'static str),
    /// A response field and its type.
    Response(&'static str, ValueKind),
    /// An attribute of the instance.
    Attribute(&'static str),
    /// A literal.
    Literal(Literal),
    /// The clock.
    Clock(ClockReading),
    /// A credential of the caller.
    Credential(Credential),
    /// A timer's duration, by id.
    Timer(&'static str),
    /// The sum of the operands.
    Sum(&'static [OperandInfo]),
    /// The first minus the second.
    Difference(&'static OperandInfo, &'static OperandInfo),
    /// The response's HTTP status.
    HttpStatus,
    /// A fact of the response's error.
    Error(ErrorFacet),
}

impl OperandInfo {
    /// Whether the operand reads the call's answer (its body, HTTP status or error), which a call has only once it
    /// is answered.
    pub fn reads_answer(&self) -> bool {
        match self {
            OperandInfo::Response(..) | OperandInfo::HttpStatus | OperandInfo::Error(_) => true,
            OperandInfo::Sum(operands) => operands.iter().any(OperandInfo::reads_answer),
            OperandInfo::Difference(a, b) => a.reads_answer() || b.reads_answer(),
            _ => false,
        }
    }
}

/// A comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Comparison {
    /// Equal.
    Eq,
    /// Not equal.
    Ne,
    /// Less than.
    Lt,
    /// At most.
    Le,
    /// Greater than.
    Gt,
    /// At least.
    Ge,
}

impl Comparison {
    /// Whether the comparison holds for two operands in this order (`None`: missing, or of types not compared),
    /// given which of them are missing: two missing operands are equal, and a missing one is unequal to any other.
    fn holds(self, order: Option<Ordering>, a_missing: bool, b_missing: bool) -> bool {
        let both_missing = a_missing && b_missing;
        match self {
            Comparison::Eq => order == Some(Ordering::Equal) || both_missing,
            Comparison::Ne => order != Some(Ordering::Equal) && !both_missing,
            Comparison::Lt => order == Some(Ordering::Less),
            Comparison::Le => matches!(order, Some(Ordering::Less | Ordering::Equal)),
            Comparison::Gt => order == Some(Ordering::Greater),
            Comparison::Ge => matches!(order, Some(Ordering::Greater | Ordering::Equal)),
        }
    }
}

/// A guard as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GuardInfo {
    /// Every guard holds.
    All(&'static [GuardInfo]),
    /// At least one holds.
    Any(&'static [GuardInfo]),
    /// It does not hold.
    Not(&'static GuardInfo),
    /// A comparison of two operands.
    Compare(Comparison, OperandInfo, OperandInfo),
    /// The field is present and not null, or the attribute set.
    Present(OperandInfo),
    /// The call's outcome.
    Outcome(Outcome),
    /// The related instance of another lifecycle (by id) is in one of these states (by id).
    StateOf(&'static str, &'static [&'static str]),
}

/// An effect as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EffectInfo {
    /// The attribute takes the value.
    Set(&'static str, OperandInfo),
    /// The value is added to the attribute (unset counts as 0).
    Add(&'static str, OperandInfo),
    /// The attribute becomes unset.
    Clear(&'static str),
}

/// The caller's credentials, as the server authenticated them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    /// The OAuth client or API key owner.
    pub client_id: Option<String>,
    /// The user behind the token.
    pub username: Option<String>,
    /// The access token presented.
    pub bearer_token: Option<String>,
    /// The API key presented.
    pub api_key: Option<String>,
}

/// What a response says, for outcome bindings and effects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResponseFacts {
    /// The HTTP status.
    pub status: u16,
    /// The body (null when none).
    pub body: serde_json::Value,
    /// The error code it carries, if any.
    pub error_code: Option<String>,
    /// The error group it carries, if any.
    pub error_group: Option<String>,
    /// The catalog's retry advice for that code, if known.
    pub error_retry: Option<Retry>,
}

/// A timer of the API as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimerInfo {
    /// Its id.
    pub id: &'static str,
    /// The default, in seconds.
    pub seconds: u64,
    /// The configuration key that overrides it.
    pub config: &'static str,
}

/// Timer durations: the spec's defaults, with overrides by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timers {
    defaults: &'static [TimerInfo],
    overrides: BTreeMap<String, u64>,
}

impl Timers {
    /// The spec's defaults.
    pub fn new(defaults: &'static [TimerInfo]) -> Self {
        Timers { defaults, overrides: BTreeMap::new() }
    }

    /// Overrides a timer by its id or its configuration key; `false` if the API has no such timer.
    pub fn set(&mut self, id_or_config: &str, seconds: u64) -> bool {
        match self.defaults.iter().find(|t| t.id == id_or_config || t.config == id_or_config) {
            Some(timer) => {
                self.overrides.insert(timer.id.to_owned(), seconds);
                true
            }
            None => false,
        }
    }

    /// The duration of a timer, in seconds.
    pub fn seconds(&self, id: &str) -> Option<u64> {
        self.overrides.get(id).copied().or_else(|| self.defaults.iter().find(|t| t.id == id).map(|t| t.seconds))
    }

    /// Every timer with its effective duration.
    pub fn effective(&self) -> Vec<(TimerInfo, u64)> {
        self.defaults.iter().map(|t| (*t, self.seconds(t.id).unwrap_or(t.seconds))).collect()
    }
}

/// The clock a call is evaluated at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Clock {
    /// The instant, in Unix seconds.
    pub now: i64,
    /// The business day's offset from UTC, in seconds (Türkiye: +3 hours).
    pub utc_offset: i64,
}

impl Clock {
    /// The business day's offset of the three APIs: Türkiye time, UTC+3 all year since 2016.
    pub const TURKEY_UTC_OFFSET: i64 = 3 * 3600;

    /// A clock at `now` (Unix seconds) on Türkiye time.
    pub fn turkey(now: i64) -> Self {
        Clock { now, utc_offset: Self::TURKEY_UTC_OFFSET }
    }

    /// The business day, as days since 1970-01-01.
    pub fn today(self) -> i64 {
        (self.now + self.utc_offset).div_euclid(86_400)
    }
}

/// An operand's value read where it stands (see `Facts::quick`).
#[derive(Clone, Copy)]
enum Quick<'s> {
    Text(&'s str),
    Integer(i128),
}

/// Everything a guard or effect may read.
pub struct Facts<'a> {
    /// The request view: the body's fields and the parameters by wire name (null for an event).
    pub request: &'a serde_json::Value,
    /// The response, once there is one.
    pub response: Option<&'a ResponseFacts>,
    /// Who is calling.
    pub credentials: &'a Credentials,
    /// The clock.
    pub clock: Clock,
    /// The timers.
    pub timers: &'a Timers,
    /// The call's outcome, once known.
    pub outcome: Option<Outcome>,
    /// The state (by id) of the related instance of another lifecycle (by id), if there is one.
    pub related: &'a dyn Fn(&str) -> Option<&'static str>,
}

/// The JSON value at a `/`-separated path of wire names (array items by index).
pub fn lookup<'v>(root: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    // Most paths are one top-level field: read it without splitting (every guard and key reads through here).
    if !path.as_bytes().contains(&b'/') {
        return match root {
            serde_json::Value::Object(map) => map.get(path),
            serde_json::Value::Array(items) => path.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        };
    }
    path.split('/').try_fold(root, |value, segment| match value {
        serde_json::Value::Object(map) => map.get(segment),
        serde_json::Value::Array(items) => segment.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// Every JSON value at a path where `*` stands for every item of an array.
fn lookup_all<'v>(root: &'v serde_json::Value, path: &str) -> Vec<&'v serde_json::Value> {
    let mut current = vec![root];
    for segment in path.split('/') {
        current = current
            .into_iter()
            .flat_map(|value| match (value, segment) {
                (serde_json::Value::Array(items), "*") => items.iter().collect::<Vec<_>>(),
                (serde_json::Value::Array(items), index) => {
                    index.parse::<usize>().ok().and_then(|i| items.get(i)).into_iter().collect()
                }
                (serde_json::Value::Object(map), name) => map.get(name).into_iter().collect(),
                _ => Vec::new(),
            })
            .collect();
    }
    current
}

fn literal(value: Literal) -> Option<Value> {
    match value {
        Literal::Null => None,
        Literal::Boolean(flag) => Some(Value::Boolean(flag)),
        Literal::Integer(number) => Some(Value::Integer(i128::from(number))),
        Literal::Decimal(digits) => super::decimal::Decimal::new(digits, super::decimal::DecimalWire::Number)
            .ok()
            .map(Value::Decimal),
        Literal::Text(text) => Some(Value::Text(text.to_owned())),
    }
}

impl Facts<'_> {
    /// The value of an operand for an instance with these attributes; `None` when missing.
    pub fn value(&self, operand: &OperandInfo, attributes: &Attributes) -> Option<Value> {
        match operand {
            OperandInfo::Request(path, kind) => Value::from_json(lookup(self.request, path)?, *kind),
            OperandInfo::Total(path, kind) => lookup_all(self.request, path)
                .into_iter()
                .map(|item| Value::from_json(item, *kind))
                .try_fold(Value::Integer(0), |sum, item| sum.add(&item?)),
            OperandInfo::Count(path) => match lookup(self.request, path)? {
                serde_json::Value::Array(items) => Some(Value::Integer(items.len() as i128)),
                _ => None,
            },
            OperandInfo::Response(path, kind) => Value::from_json(lookup(&self.response?.body, path)?, *kind),
            OperandInfo::Attribute(id) => attributes.get(*id).cloned(),
            OperandInfo::Literal(value) => literal(*value),
            OperandInfo::Clock(ClockReading::Now) => Some(Value::Instant(self.clock.now)),
            OperandInfo::Clock(ClockReading::Today) => Some(Value::Day(self.clock.today())),
            OperandInfo::Credential(which) => {
                let credentials = self.credentials;
                let text = match which {
                    Credential::ClientId => &credentials.client_id,
                    Credential::Username => &credentials.username,
                    Credential::BearerToken => &credentials.bearer_token,
                    Credential::ApiKey => &credentials.api_key,
                };
                text.clone().map(Value::Text)
            }
            OperandInfo::Timer(id) => Some(Value::Duration(i64::try_from(self.timers.seconds(id)?).ok()?)),
            OperandInfo::Sum(operands) => {
                let mut values = operands.iter().map(|o| self.value(o, attributes));
                let first = values.next()??;
                values.try_fold(first, |sum, item| sum.add(&item?))
            }
            OperandInfo::Difference(a, b) => self.value(a, attributes)?.subtract(&self.value(b, attributes)?),
            OperandInfo::HttpStatus => Some(Value::Integer(i128::from(self.response?.status))),
            OperandInfo::Error(facet) => {
                let response = self.response?;
                match facet {
                    ErrorFacet::Code => response.error_code.clone().map(Value::Text),
                    ErrorFacet::Group => response.error_group.clone().map(Value::Text),
                    ErrorFacet::Retry => response.error_retry.map(|retry| Value::Text(retry_id(retry).to_owned())),
                }
            }
        }
    }

    /// An operand's value without copying it, where it is text as it stands in the request, the response, an
    /// attribute or the spec, or a whole number the spec or the HTTP status gives: `Some(None)` where such an
    /// operand is missing, `None` for any other operand (or text that a value would be converted from), which
    /// [`Facts::value`] reads.
    fn quick<'s>(&'s self, operand: &'s OperandInfo, attributes: &'s Attributes) -> Option<Option<Quick<'s>>> {
        let json_text = |json: Option<&'s serde_json::Value>| match json {
            None => Some(None),
            Some(serde_json::Value::String(text)) => Some(Some(Quick::Text(text.as_str()))),
            Some(_) => None,
        };
        match operand {
            OperandInfo::Request(path, ValueKind::Text) => json_text(lookup(self.request, path)),
            OperandInfo::Response(path, ValueKind::Text) => match self.response {
                None => Some(None),
                Some(response) => json_text(lookup(&response.body, path)),
            },
            OperandInfo::Attribute(id) => match attributes.get(*id) {
                None => Some(None),
                Some(Value::Text(text)) => Some(Some(Quick::Text(text.as_str()))),
                Some(_) => None,
            },
            OperandInfo::Literal(Literal::Text(text)) => Some(Some(Quick::Text(text))),
            OperandInfo::Literal(Literal::Integer(number)) => Some(Some(Quick::Integer(i128::from(*number)))),
            OperandInfo::Literal(Literal::Null) => Some(None),
            OperandInfo::HttpStatus => Some(self.response.map(|response| Quick::Integer(i128::from(response.status)))),
            _ => None,
        }
    }

    /// Whether a guard holds for an instance with these attributes.
    pub fn holds(&self, guard: &GuardInfo, attributes: &Attributes) -> bool {
        match guard {
            GuardInfo::All(guards) => guards.iter().all(|g| self.holds(g, attributes)),
            GuardInfo::Any(guards) => guards.iter().any(|g| self.holds(g, attributes)),
            GuardInfo::Not(inner) => !self.holds(inner, attributes),
            GuardInfo::Compare(comparison, a_operand, b_operand) => {
                let (a, b) = (a_operand, b_operand);
                // Text read where it is and whole numbers (most guards compare a field or an attribute with a code,
                // or the HTTP status with a number): nothing copied. Values of two different kinds are compared as
                // values.
                if let (Some(a), Some(b)) = (self.quick(a, attributes), self.quick(b, attributes)) {
                    let order = match (a, b) {
                        (Some(Quick::Text(a)), Some(Quick::Text(b))) => Some(a.cmp(b)),
                        (Some(Quick::Integer(a)), Some(Quick::Integer(b))) => Some(a.cmp(&b)),
                        (Some(_), Some(_)) => {
                            let (a, b) = (self.value(a_operand, attributes), self.value(b_operand, attributes));
                            a.zip(b).and_then(|(a, b)| a.compare(&b))
                        }
                        _ => None,
                    };
                    return comparison.holds(order, a.is_none(), b.is_none());
                }
                let (a, b) = (self.value(a, attributes), self.value(b, attributes));
                let order = match (&a, &b) {
                    (Some(a), Some(b)) => a.compare(b),
                    _ => None,
                };
                comparison.holds(order, a.is_none(), b.is_none())
            }
            GuardInfo::Present(operand) => match self.quick(operand, attributes) {
                Some(text) => text.is_some(),
                None => self.value(operand, attributes).is_some(),
            },
            GuardInfo::Outcome(outcome) => self.outcome == Some(*outcome),
            GuardInfo::StateOf(lifecycle, states) => (self.related)(lifecycle).is_some_and(|s| states.contains(&s)),
        }
    }

    /// Applies effects to attributes, in order.
    pub fn apply(&self, effects: &[EffectInfo], attributes: &mut Attributes) {
        for effect in effects {
            match effect {
                EffectInfo::Set(id, operand) => match self.value(operand, attributes) {
                    Some(value) => {
                        attributes.insert(Cow::Borrowed(*id), value);
                    }
                    None => {
                        attributes.remove(*id);
                    }
                },
                EffectInfo::Add(id, operand) => {
                    let current = attributes.get(*id).cloned();
                    let added = self.value(operand, attributes);
                    let sum = match (current, added) {
                        (Some(current), Some(added)) => current.add(&added),
                        (None, Some(added)) => Value::Integer(0).add(&added),
                        (current, None) => current,
                    };
                    match sum {
                        Some(value) => attributes.insert(Cow::Borrowed(*id), value),
                        None => attributes.remove(*id),
                    };
                }
                EffectInfo::Clear(id) => {
                    attributes.remove(*id);
                }
            }
        }
    }
}

/// The spec's id of a retry advice.
pub fn retry_id(retry: Retry) -> &'static str {
    match retry {
        Retry::Never => "never",
        Retry::AfterFix => "after_fix",
        Retry::Backoff => "backoff",
        Retry::QueryFirst => "query_first",
    }
}

/// How an operation's response tells its outcome, as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OutcomeInfo {
    /// When the call is approved.
    pub approved: GuardInfo,
    /// When its outcome is unknown until a query, if ever.
    pub unknown: Option<GuardInfo>,
}

impl OutcomeInfo {
    /// Classifies a response: approved, unknown, or else declined.
    pub fn classify(&self, response: &ResponseFacts) -> Outcome {
        let none = BTreeMap::new();
        let credentials = Credentials::default();
        let timers = Timers::default();
        let facts = Facts {
            request: &serde_json::Value::Null,
            response: Some(response),
            credentials: &credentials,
            clock: Clock::turkey(0),
            timers: &timers,
            outcome: None,
            related: &|_| None,
        };
        if facts.holds(&self.approved, &none) {
            Outcome::Approved
        } else if self.unknown.is_some_and(|unknown| facts.holds(&unknown, &none)) {
            Outcome::Unknown
        } else {
            Outcome::Declined
        }
    }
}
