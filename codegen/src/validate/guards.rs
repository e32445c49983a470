//! Rules for typed guards, operands and effects: every reference resolves (request fields in the operation's
//! messages and parameters, response fields, attributes, timers, other lifecycles and their states), each operand is
//! used only where it has a value (no outcome before the call, no request in a timer event), comparisons compare
//! values of one kind, and a text literal compared with an enumeration is one of its values.

use crate::diagnostics::Collector;
use crate::model::{
    ClockReading, EnumWire, FieldType, Guard, IntegerUnit, Lifecycle, Operand, Operation, StringFormat, ValueType,
};
use crate::spec::ApiSpec;

/// Where an operand is used, which decides what it may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A transition's `when`: the request, attributes, clock, credentials, timers and the call's outcome.
    TransitionGuard,
    /// A forbidden entry's `when`: like a transition's, but before the call, so no outcome.
    RefusalGuard,
    /// An event's `when`: attributes, clock and timers only.
    EventGuard,
    /// An effect of a transition caused by an operation: also the response.
    Effect,
    /// An effect of an event transition: attributes, clock and timers only.
    EventEffect,
    /// An instance key's match, or a refusal argument: the request, credentials and literals (arguments also
    /// attributes).
    Key,
    /// A refusal argument.
    Argument,
    /// An operation's outcome binding: the response, its HTTP status and error, and literals.
    Outcome,
}

/// The kind of a value, as far as the validator can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kind {
    /// The value type.
    pub value: ValueType,
    /// The enumeration, where the value is one of a closed enumeration's wire values.
    pub enumeration: Option<String>,
    /// Whether it is a literal `null`, which compares with anything.
    pub null: bool,
}

impl Kind {
    fn of(value: ValueType) -> Self {
        Kind { value, enumeration: None, null: false }
    }
}

/// What the guard checker needs to know.
pub struct Scope<'a> {
    /// The API.
    pub api: &'a ApiSpec,
    /// The lifecycle, when the operand belongs to one.
    pub lifecycle: Option<&'a Lifecycle>,
    /// The operation whose request and responses are read, if any.
    pub operation: Option<&'a Operation>,
    /// Where the operand is used.
    pub place: Place,
    /// The file reported in.
    pub file: &'a str,
}

fn is_number(value: ValueType) -> bool {
    matches!(value, ValueType::Integer | ValueType::Decimal)
}

/// Whether two kinds can be compared (ordered when `ordered`).
fn comparable(a: &Kind, b: &Kind, ordered: bool) -> bool {
    if a.null || b.null {
        return !ordered;
    }
    if is_number(a.value) && is_number(b.value) {
        return true;
    }
    a.value == b.value && (!ordered || a.value != ValueType::Boolean)
}

/// The kind of a field type, and the enumeration it draws from.
fn field_kind(api: &ApiSpec, kind: &FieldType) -> Option<Kind> {
    Some(match kind {
        FieldType::String { format: Some(StringFormat::DateYyyymmdd), .. } => Kind::of(ValueType::Day),
        FieldType::String { format: Some(StringFormat::DateTime), .. } => Kind::of(ValueType::Instant),
        FieldType::String { .. } | FieldType::ErrorCode | FieldType::ErrorGroup | FieldType::Json => {
            Kind::of(ValueType::Text)
        }
        FieldType::Integer { unit: Some(IntegerUnit::UnixSeconds), .. } => Kind::of(ValueType::Instant),
        FieldType::Integer { unit: Some(IntegerUnit::Seconds), .. } => Kind::of(ValueType::Duration),
        FieldType::Integer { unit: Some(IntegerUnit::DateYyyymmdd), .. } => Kind::of(ValueType::Day),
        FieldType::Integer { .. } => Kind::of(ValueType::Integer),
        FieldType::Decimal { .. } => Kind::of(ValueType::Decimal),
        FieldType::Boolean { .. } => Kind::of(ValueType::Boolean),
        FieldType::Enum { name } => {
            let enumeration = api.enumeration(name)?;
            let value = if enumeration.wire_type == EnumWire::Integer { ValueType::Integer } else { ValueType::Text };
            Kind { value, enumeration: (!enumeration.open).then(|| name.clone()), null: false }
        }
        FieldType::Message { .. } | FieldType::Array { .. } => return None,
    })
}

/// Where a path leads: a scalar kind, or an array of items.
enum Resolved {
    Scalar(Kind),
    Array,
}

/// Resolves a `/`-separated path of wire names (array indexes as numbers, `*` for every item where `each` is
/// allowed) from a field type.
fn resolve_type<'a>(api: &'a ApiSpec, start: &'a FieldType, rest: &[&str], each: bool) -> Result<Resolved, String> {
    let Some((head, tail)) = rest.split_first() else {
        return match start {
            FieldType::Array { .. } => Ok(Resolved::Array),
            FieldType::Message { message } => Err(format!("{message} is a message, not a value")),
            other => field_kind(api, other).map(Resolved::Scalar).ok_or_else(|| "not a value".to_owned()),
        };
    };
    match start {
        FieldType::Message { message } => {
            let message = api.message(message).ok_or_else(|| format!("message {message} is not declared"))?;
            let field = message
                .fields
                .iter()
                .find(|f| f.wire == *head)
                .ok_or_else(|| format!("{} has no field {head}", message.name))?;
            resolve_type(api, &field.kind, tail, each)
        }
        FieldType::Array { items, .. } if *head == "*" && each => resolve_type(api, items, tail, each),
        FieldType::Array { items, .. } if head.parse::<usize>().is_ok() => resolve_type(api, items, tail, each),
        FieldType::Array { .. } => Err(format!("`{head}` is not an array index")),
        _ => Err(format!("`{head}` goes into a value that has no fields")),
    }
}

/// Resolves a request path: the operation's request message fields, then its parameters.
fn resolve_request<'a>(api: &'a ApiSpec, operation: &'a Operation, path: &str, each: bool) -> Result<Resolved, String> {
    let segments: Vec<&str> = path.split('/').collect();
    let Some((head, tail)) = segments.split_first() else {
        return Err("an empty path".to_owned());
    };
    if let Some(name) = &operation.request
        && let Some(message) = api.message(name)
        && let Some(field) = message.fields.iter().find(|f| f.wire == *head)
    {
        return resolve_type(api, &field.kind, tail, each);
    }
    if let Some(parameter) = operation.parameters.iter().find(|p| p.name == *head) {
        return resolve_type(api, &parameter.kind, tail, each);
    }
    Err(format!("the request of operation {} has no field or parameter {head}", operation.id))
}

/// Resolves a response path in every response message of the operation that has it (2xx ones for effects).
fn resolve_response(api: &ApiSpec, operation: &Operation, path: &str, success_only: bool) -> Result<Kind, String> {
    let segments: Vec<&str> = path.split('/').collect();
    let mut found = None;
    for response in &operation.responses {
        if success_only && !(200..300).contains(&response.status) {
            continue;
        }
        let Some(message) = response.message.as_deref() else { continue };
        let start = FieldType::Message { message: message.to_owned() };
        if let Ok(Resolved::Scalar(kind)) = resolve_type(api, &start, &segments, false) {
            found = Some(kind);
            break;
        }
    }
    found.ok_or_else(|| {
        let which = if success_only { "no successful response" } else { "no response" };
        format!("{which} of operation {} has a value at {path}", operation.id)
    })
}

impl Scope<'_> {
    fn refuse(&self, collector: &mut Collector, pointer: &str, what: &str) -> Option<Kind> {
        collector.report(self.file, pointer, format!("{what} cannot be read here ({})", self.place_name()));
        None
    }

    fn place_name(&self) -> &'static str {
        match self.place {
            Place::TransitionGuard => "a transition's guard",
            Place::RefusalGuard => "a refusal's guard, checked before the call has an outcome",
            Place::EventGuard => "an event's guard, which no call causes",
            Place::Effect => "an effect",
            Place::EventEffect => "an effect of an event, which no call causes",
            Place::Key => "an instance key",
            Place::Argument => "a refusal argument",
            Place::Outcome => "an outcome binding, which reads only the response",
        }
    }

    fn reads_call(&self) -> bool {
        !matches!(self.place, Place::EventGuard | Place::EventEffect | Place::Outcome)
    }

    fn reads_instance(&self) -> bool {
        !matches!(self.place, Place::Key | Place::Outcome)
    }

    /// Checks an operand and returns its kind, reporting every problem.
    pub fn operand(&self, collector: &mut Collector, pointer: &str, operand: &Operand) -> Option<Kind> {
        let api = self.api;
        match operand {
            Operand::Request(path) | Operand::Total(path) | Operand::Count(path) => {
                if !self.reads_call() {
                    return self.refuse(collector, pointer, "the request");
                }
                let Some(operation) = self.operation else {
                    return self.refuse(collector, pointer, "the request");
                };
                let each = matches!(operand, Operand::Total(_));
                let resolved = match resolve_request(api, operation, path, each) {
                    Ok(resolved) => resolved,
                    Err(message) => {
                        collector.report(self.file, pointer, message);
                        return None;
                    }
                };
                match (operand, resolved) {
                    (Operand::Request(_), Resolved::Scalar(kind)) => Some(kind),
                    (Operand::Total(_), Resolved::Scalar(kind)) if is_number(kind.value) && path.contains('*') => {
                        Some(Kind::of(kind.value))
                    }
                    (Operand::Count(_), Resolved::Array) => Some(Kind::of(ValueType::Integer)),
                    _ => {
                        let expected = match operand {
                            Operand::Request(_) => "a scalar field",
                            Operand::Total(_) => "a number field of every item (a path with `*`)",
                            _ => "an array",
                        };
                        collector.report(self.file, pointer, format!("{path} is not {expected}"));
                        None
                    }
                }
            }
            Operand::Response(path) => {
                if !matches!(self.place, Place::Effect | Place::Outcome) {
                    return self.refuse(collector, pointer, "the response");
                }
                let operation = self.operation?;
                match resolve_response(api, operation, path, self.place == Place::Effect) {
                    Ok(kind) => Some(kind),
                    Err(message) => {
                        collector.report(self.file, pointer, message);
                        None
                    }
                }
            }
            Operand::Attribute(id) => {
                if !self.reads_instance() {
                    return self.refuse(collector, pointer, "an attribute");
                }
                let lifecycle = self.lifecycle?;
                match lifecycle.attributes.iter().find(|a| &a.id == id) {
                    Some(attribute) => Some(Kind::of(attribute.kind)),
                    None => {
                        collector.report(
                            self.file,
                            pointer,
                            format!("attribute {id} is not declared in lifecycle {}", lifecycle.id),
                        );
                        None
                    }
                }
            }
            Operand::Literal(value) => Some(match value {
                serde_json::Value::String(_) => Kind::of(ValueType::Text),
                serde_json::Value::Bool(_) => Kind::of(ValueType::Boolean),
                serde_json::Value::Number(number) if number.is_i64() || number.is_u64() => Kind::of(ValueType::Integer),
                serde_json::Value::Number(_) => Kind::of(ValueType::Decimal),
                serde_json::Value::Null => Kind { value: ValueType::Text, enumeration: None, null: true },
                _ => {
                    collector.report(self.file, pointer, "a literal is a string, a number, a boolean or null");
                    return None;
                }
            }),
            Operand::Clock(reading) => {
                if matches!(self.place, Place::Key | Place::Outcome) {
                    return self.refuse(collector, pointer, "the clock");
                }
                Some(Kind::of(match reading {
                    ClockReading::Now => ValueType::Instant,
                    ClockReading::Today => ValueType::Day,
                }))
            }
            Operand::Credential(_) => {
                if !self.reads_call() {
                    return self.refuse(collector, pointer, "a credential");
                }
                Some(Kind::of(ValueType::Text))
            }
            Operand::Timer(id) => {
                if api.timer(id).is_none() {
                    collector.report(self.file, pointer, format!("timer {id} is not declared"));
                    return None;
                }
                Some(Kind::of(ValueType::Duration))
            }
            Operand::Sum(operands) => {
                let kinds: Vec<Option<Kind>> = operands
                    .iter()
                    .enumerate()
                    .map(|(i, o)| self.operand(collector, &format!("{pointer}/sum/{i}"), o))
                    .collect();
                let kinds: Vec<Kind> = kinds.into_iter().collect::<Option<_>>()?;
                if operands.len() < 2 {
                    collector.report(self.file, pointer, "a sum needs at least two operands");
                    return None;
                }
                let values: Vec<ValueType> = kinds.iter().map(|k| k.value).collect();
                let instants = values.iter().filter(|v| **v == ValueType::Instant).count();
                let result = if values.iter().all(|v| is_number(*v)) {
                    if values.contains(&ValueType::Decimal) { ValueType::Decimal } else { ValueType::Integer }
                } else if instants <= 1 && values.iter().all(|v| matches!(v, ValueType::Instant | ValueType::Duration))
                {
                    if instants == 1 { ValueType::Instant } else { ValueType::Duration }
                } else {
                    collector.report(self.file, pointer, format!("cannot add {values:?}"));
                    return None;
                };
                Some(Kind::of(result))
            }
            Operand::Difference(pair) => {
                let a = self.operand(collector, &format!("{pointer}/difference/0"), &pair[0]);
                let b = self.operand(collector, &format!("{pointer}/difference/1"), &pair[1]);
                let (a, b) = (a?.value, b?.value);
                let result = match (a, b) {
                    _ if is_number(a) && is_number(b) => {
                        if a == ValueType::Decimal || b == ValueType::Decimal {
                            ValueType::Decimal
                        } else {
                            ValueType::Integer
                        }
                    }
                    (ValueType::Instant, ValueType::Instant) => ValueType::Duration,
                    (ValueType::Instant, ValueType::Duration) => ValueType::Instant,
                    (ValueType::Duration, ValueType::Duration) => ValueType::Duration,
                    _ => {
                        collector.report(self.file, pointer, format!("cannot subtract {b:?} from {a:?}"));
                        return None;
                    }
                };
                Some(Kind::of(result))
            }
            Operand::Http(_) => {
                if self.place != Place::Outcome {
                    return self.refuse(collector, pointer, "the HTTP status");
                }
                Some(Kind::of(ValueType::Integer))
            }
            Operand::Error(_) => {
                if self.place != Place::Outcome {
                    return self.refuse(collector, pointer, "the response's error");
                }
                Some(Kind::of(ValueType::Text))
            }
        }
    }

    /// Checks a guard, reporting every problem.
    pub fn guard(&self, collector: &mut Collector, pointer: &str, guard: &Guard) {
        let pair = |name: &str, pair: &[Operand; 2], ordered: bool, collector: &mut Collector| {
            let a = self.operand(collector, &format!("{pointer}/{name}/0"), &pair[0]);
            let b = self.operand(collector, &format!("{pointer}/{name}/1"), &pair[1]);
            if let (Some(a), Some(b)) = (a, b) {
                self.compare(collector, &format!("{pointer}/{name}"), pair, (&a, &b), ordered);
            }
        };
        match guard {
            Guard::All(guards) | Guard::Any(guards) => {
                let name = if matches!(guard, Guard::All(_)) { "all" } else { "any" };
                if guards.is_empty() {
                    collector.report(self.file, pointer, format!("`{name}` needs at least one guard"));
                }
                for (i, inner) in guards.iter().enumerate() {
                    self.guard(collector, &format!("{pointer}/{name}/{i}"), inner);
                }
            }
            Guard::Not(inner) => self.guard(collector, &format!("{pointer}/not"), inner),
            Guard::Eq(p) => pair("eq", p, false, collector),
            Guard::Ne(p) => pair("ne", p, false, collector),
            Guard::Lt(p) => pair("lt", p, true, collector),
            Guard::Le(p) => pair("le", p, true, collector),
            Guard::Gt(p) => pair("gt", p, true, collector),
            Guard::Ge(p) => pair("ge", p, true, collector),
            Guard::Present(operand) => {
                if matches!(operand, Operand::Literal(_) | Operand::Clock(_) | Operand::Timer(_)) {
                    collector.report(
                        self.file,
                        &format!("{pointer}/present"),
                        "`present` reads a field or an attribute",
                    );
                }
                self.operand(collector, &format!("{pointer}/present"), operand);
            }
            Guard::Outcome(_) => {
                if self.place != Place::TransitionGuard {
                    collector.report(
                        self.file,
                        pointer,
                        format!("the outcome cannot be read in {}", self.place_name()),
                    );
                } else if self.operation.is_some_and(|o| o.outcome.is_none()) {
                    let id = self.operation.map_or("", |o| o.id.as_str());
                    collector.report(
                        self.file,
                        pointer,
                        format!("operation {id} has no `outcome` binding, so no outcome can be read from its response"),
                    );
                }
            }
            Guard::StateOf(state_of) => {
                if matches!(self.place, Place::Outcome | Place::Key) {
                    collector.report(self.file, pointer, "another lifecycle's state cannot be read here");
                }
                match self.api.lifecycle(&state_of.lifecycle) {
                    None => collector.report(
                        self.file,
                        &format!("{pointer}/state_of/lifecycle"),
                        format!("lifecycle {} is not declared", state_of.lifecycle),
                    ),
                    Some(other) if self.lifecycle.is_some_and(|l| l.id == other.id) => collector.report(
                        self.file,
                        &format!("{pointer}/state_of/lifecycle"),
                        "`state_of` reads another lifecycle; this one's state is the entry's own",
                    ),
                    Some(other) => {
                        for (i, state) in state_of.states.iter().enumerate() {
                            if !other.states.iter().any(|s| &s.id == state) {
                                collector.report(
                                    self.file,
                                    &format!("{pointer}/state_of/in/{i}"),
                                    format!("state {state} is not a state of lifecycle {}", other.id),
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    fn compare(
        &self,
        collector: &mut Collector,
        pointer: &str,
        pair: &[Operand; 2],
        kinds: (&Kind, &Kind),
        ordered: bool,
    ) {
        let (a, b) = kinds;
        if !comparable(a, b, ordered) {
            let how = if ordered { "ordered" } else { "compared" };
            collector.report(self.file, pointer, format!("a {:?} and a {:?} cannot be {how}", a.value, b.value));
            return;
        }
        for (kind, other) in [(a, &pair[1]), (b, &pair[0])] {
            if let (Some(name), Operand::Literal(serde_json::Value::String(text))) = (&kind.enumeration, other)
                && let Some(enumeration) = self.api.enumeration(name)
                && !enumeration.values.iter().any(|v| v.wire == *text)
            {
                collector.report(self.file, pointer, format!("{text} is not a value of enumeration {name}"));
            }
        }
    }
}

/// The value type at a request path of an operation (with `*` where `each`), if it resolves to a scalar.
pub fn request_kind(api: &ApiSpec, operation: &Operation, path: &str, each: bool) -> Option<ValueType> {
    match resolve_request(api, operation, path, each) {
        Ok(Resolved::Scalar(kind)) => Some(kind.value),
        _ => None,
    }
}

/// The value type at a response path of an operation, if some response (a successful one where `success_only`)
/// has a scalar there.
pub fn response_kind(api: &ApiSpec, operation: &Operation, path: &str, success_only: bool) -> Option<ValueType> {
    resolve_response(api, operation, path, success_only).ok().map(|kind| kind.value)
}
