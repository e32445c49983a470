// @generated from spec/ (template codegen/templates/support/shape.rs) by `cargo xtask codegen`; do not edit by hand.

//! The shapes of messages and parameters as static data, and the check of a JSON value against one, with the same
//! meaning as the generated JSON Schemas: types, lengths, patterns, ranges, closed enumerations, constants, nested
//! objects and arrays, required fields, and a field under its name and an alias at once refused.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use serde_json::Value;

use super::decimal::{Decimal, DecimalWire};
use super::operation::ParameterIn;
use super::problem::{Expected, ProblemKind};
use super::value::{Value as SpecValue, ValueKind};

/// The shape of a message (or of an operation's parameters).
#[derive(Debug)]
pub struct MessageShape {
    /// The message's (or parameter struct's) name.
    pub name: &'static str,
    /// Its fields.
    pub fields: &'static [FieldShape],
}

/// The shape of one field or parameter.
#[derive(Debug)]
pub struct FieldShape {
    /// The name on the wire.
    pub wire: &'static str,
    /// Other names it is accepted under.
    pub aliases: &'static [&'static str],
    /// Where a parameter travels (`None` for a field of a message).
    pub location: Option<ParameterIn>,
    /// Its type.
    pub kind: ShapeKind,
    /// Whether it must be present.
    pub required: bool,
    /// Whether it may be `null`.
    pub nullable: bool,
}

impl FieldShape {
    /// Its name and its aliases.
    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.wire).chain(self.aliases.iter().copied())
    }
}

/// The type of a field.
#[derive(Debug)]
pub enum ShapeKind {
    /// A string.
    String {
        /// The fewest characters.
        min_length: Option<u32>,
        /// The most characters.
        max_length: Option<u32>,
        /// Patterns the value matches, all of them (its own and its format's).
        patterns: &'static [&'static str],
    },
    /// An integer.
    Integer {
        /// The smallest value.
        minimum: Option<i64>,
        /// The largest value.
        maximum: Option<i64>,
    },
    /// A decimal sent as a JSON number.
    DecimalNumber {
        /// The smallest value allowed, if any.
        minimum: Option<DecimalBound>,
    },
    /// A decimal sent as a string of digits.
    DecimalString {
        /// The smallest value allowed, if any.
        minimum: Option<DecimalBound>,
    },
    /// A boolean.
    Boolean {
        /// The only value allowed, if fixed.
        constant: Option<bool>,
    },
    /// A value of an enumeration.
    Enum {
        /// Every accepted wire value (canonical and aliases).
        values: &'static [&'static str],
        /// The canonical wire value of each of `values`, in the same order (itself, for a canonical one).
        canonical: &'static [&'static str],
        /// Whether values outside the list are refused.
        closed: bool,
        /// Whether values travel as JSON integers.
        integer: bool,
    },
    /// An object of another message.
    Message(&'static MessageShape),
    /// An array.
    Array {
        /// The type of each item.
        items: &'static ShapeKind,
        /// The fewest items.
        min_items: Option<u32>,
    },
    /// Any string (an error code or group, which the catalog keeps open).
    Text,
    /// Any JSON value.
    Any,
}

/// The smallest value a decimal may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecimalBound {
    /// The bound, as decimal text.
    pub value: &'static str,
    /// Whether the bound itself is excluded (the value must be greater).
    pub exclusive: bool,
}

impl DecimalBound {
    /// Whether a decimal in JSON (a number or a decimal string) is within the bound.
    fn admits(&self, value: &Value, kind: ValueKind) -> bool {
        // Against 0 only the sign matters, whatever the exponent (`1e+400` is positive, and beyond exact arithmetic).
        if self.value.trim_start_matches('-').bytes().all(|b| b == b'0' || b == b'.') {
            let text = match value {
                Value::Number(number) => number.as_str().to_owned(),
                Value::String(text) => text.clone(),
                _ => return false,
            };
            let mantissa = text.split(['e', 'E']).next().unwrap_or_default();
            let nonzero = mantissa.bytes().any(|b| (b'1'..=b'9').contains(&b));
            let negative = mantissa.starts_with('-');
            return if nonzero { !negative } else { !self.exclusive };
        }
        let (Some(given), Ok(bound)) =
            (SpecValue::from_json(value, kind), Decimal::new(self.value, DecimalWire::Number).map(SpecValue::Decimal))
        else {
            return false;
        };
        match given.compare(&bound) {
            Some(std::cmp::Ordering::Greater) => true,
            Some(std::cmp::Ordering::Equal) => !self.exclusive,
            _ => false,
        }
    }
}

/// Rewrites every decimal of a JSON value in the wire form its shape declares (`"100.0"` where a number is declared
/// becomes `100.0`, and the other way round), so that a writer sends what the schema accepts whatever form a
/// `Decimal` was built in. Values of other types are left alone.
pub fn to_wire_forms(value: &mut Value, shape: &MessageShape) {
    let Value::Object(map) = value else { return };
    for field in shape.fields {
        for name in field.names() {
            if let Some(item) = map.get_mut(name) {
                kind_to_wire_form(item, &field.kind);
            }
        }
    }
}

fn kind_to_wire_form(value: &mut Value, kind: &ShapeKind) {
    match (kind, &*value) {
        (ShapeKind::DecimalNumber { .. }, Value::String(text)) if is_decimal_text(text) => {
            if let Ok(number) = text.parse::<serde_json::Number>() {
                *value = Value::Number(number);
            }
        }
        (ShapeKind::DecimalString { .. }, Value::Number(number)) => {
            let text = number.as_str().to_owned();
            if is_decimal_text(&text) {
                *value = Value::String(text);
            }
        }
        (ShapeKind::Message(shape), Value::Object(_)) => to_wire_forms(value, shape),
        (ShapeKind::Array { items, .. }, Value::Array(_)) => {
            if let Value::Array(list) = value {
                list.iter_mut().for_each(|item| kind_to_wire_form(item, items));
            }
        }
        _ => {}
    }
}

/// The object with every field under its canonical name (an alias renamed to the field's wire name), for rules that
/// name fields by their wire names. Other values are returned as they are.
pub fn canonical_names(value: &Value, shape: &MessageShape) -> Value {
    let Value::Object(map) = value else { return value.clone() };
    let renamed = map
        .iter()
        .map(|(name, item)| {
            let canonical = shape.fields.iter().find(|f| f.aliases.contains(&name.as_str())).map_or(name.as_str(), |f| f.wire);
            (canonical.to_owned(), item.clone())
        })
        .collect();
    Value::Object(renamed)
}

/// A JSON pointer one step further down.
pub fn pointer_join(pointer: &str, name: &str) -> String {
    format!("{pointer}/{}", name.replace('~', "~0").replace('/', "~1"))
}

/// Whether `text` is a JSON integer: an optional minus and digits, no leading zero.
fn is_integer_text(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'))
}

/// Whether `text` is a decimal string: an optional minus, digits, and an optional fraction.
fn is_decimal_text(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').map_or((digits, None), |(w, f)| (w, Some(f)));
    let all = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    all(whole) && fraction.is_none_or(all)
}

/// Whether `text` matches `pattern`; compiled patterns are kept. A pattern that does not compile matches nothing.
fn matches_pattern(pattern: &'static str, text: &str) -> bool {
    static CACHE: OnceLock<Mutex<HashMap<&'static str, Option<regex_lite::Regex>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let Ok(mut cache) = cache.lock() else {
        return regex_lite::Regex::new(pattern).is_ok_and(|regex| regex.is_match(text));
    };
    cache.entry(pattern).or_insert_with(|| regex_lite::Regex::new(pattern).ok()).as_ref().is_some_and(|r| r.is_match(text))
}

/// Checks an object against a message shape; the first problem, with its JSON pointer, in field order.
pub fn check_object(value: &Value, shape: &MessageShape, pointer: &str) -> Result<(), (String, ProblemKind)> {
    object_at(value, shape, &|| pointer.to_owned(), &Cell::new(false))
}

/// [`check_object`], also saying whether the value uses an alias anywhere (a field's, or an enumeration value's): only
/// then is its canonical form not the value as it is.
pub fn check_object_aliased(value: &Value, shape: &MessageShape) -> Result<bool, (String, ProblemKind)> {
    let aliased = Cell::new(false);
    object_at(value, shape, &String::new, &aliased)?;
    Ok(aliased.get())
}

/// [`check_object`] with the pointer written only when there is a problem to name (a valid body, the common case,
/// builds no pointer text at all).
fn object_at(
    value: &Value,
    shape: &MessageShape,
    pointer: &dyn Fn() -> String,
    aliased: &Cell<bool>,
) -> Result<(), (String, ProblemKind)> {
    let Value::Object(map) = value else {
        return Err((pointer(), ProblemKind::WrongType { expected: Expected::Object }));
    };
    // Each field of the body is matched to the shape's field once (a comparison of static names, mostly of their
    // lengths), rather than each name of the shape looked up in the body's map: the same answer, in shape order.
    let mut given: Vec<(usize, Option<(&'static str, &Value)>)> = vec![(0, None); shape.fields.len()];
    for (name, item) in map {
        let known = shape.fields.iter().enumerate().find_map(|(at, field)| {
            field.names().find(|known| *known == name.as_str()).map(|known| (at, known))
        });
        if let Some((at, known)) = known {
            if known != shape.fields[at].wire {
                aliased.set(true);
            }
            given[at] = (given[at].0 + 1, Some((known, item)));
        }
    }
    for (field, (count, found)) in shape.fields.iter().zip(given) {
        // Sent under two of its names: they are looked up in the field's own order, for the problem to name them so.
        let present = match count {
            0 | 1 => (found, None),
            _ => {
                let mut names = field.names().filter_map(|name| map.get(name).map(|v| (name, v)));
                (names.next(), names.next())
            }
        };
        match present {
            (None, _) if field.required => return Err((pointer_join(&pointer(), field.wire), ProblemKind::Missing)),
            (None, _) => {}
            (Some((name, value)), None) => {
                value_at(value, &field.kind, field.nullable, &|| pointer_join(&pointer(), name), aliased)?;
            }
            (Some((first, _)), Some(_)) => {
                let names = field.names().filter(|name| map.contains_key(*name)).map(str::to_owned).collect();
                return Err((pointer_join(&pointer(), first), ProblemKind::Duplicate { names }));
            }
        }
    }
    Ok(())
}

/// Checks one value against a field type.
pub fn check_value(value: &Value, kind: &ShapeKind, nullable: bool, pointer: &str) -> Result<(), (String, ProblemKind)> {
    value_at(value, kind, nullable, &|| pointer.to_owned(), &Cell::new(false))
}

/// An integer's value, if the number is written as an integer (`1`, not `1.0` or `1e0`): the exact digits parse as
/// an `i64` (numbers keep their wire text).
fn integer_of(number: &serde_json::Number) -> Option<i64> {
    number.as_i64()
}

/// [`check_value`] with the pointer written only when there is a problem to name.
fn value_at(
    value: &Value,
    kind: &ShapeKind,
    nullable: bool,
    pointer: &dyn Fn() -> String,
    aliased: &Cell<bool>,
) -> Result<(), (String, ProblemKind)> {
    let wrong = |expected| Err((pointer(), ProblemKind::WrongType { expected }));
    let problem = |kind| Err((pointer(), kind));
    if value.is_null() && (nullable || matches!(kind, ShapeKind::Any)) {
        return Ok(());
    }
    match kind {
        ShapeKind::String { min_length, max_length, patterns } => {
            let Some(text) = value.as_str() else { return wrong(Expected::String) };
            let length = u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
            if let Some(min) = min_length.filter(|min| length < *min) {
                return problem(ProblemKind::TooShort { min });
            }
            if let Some(max) = max_length.filter(|max| length > *max) {
                return problem(ProblemKind::TooLong { max });
            }
            if let Some(pattern) = patterns.iter().find(|pattern| !matches_pattern(pattern, text)) {
                return problem(ProblemKind::Pattern { pattern });
            }
            Ok(())
        }
        ShapeKind::Integer { minimum, maximum } => {
            let Value::Number(number) = value else { return wrong(Expected::Integer) };
            let Some(n) = integer_of(number) else {
                return wrong(Expected::Integer);
            };
            if let Some(minimum) = minimum.filter(|min| n < *min) {
                return problem(ProblemKind::BelowMinimum { minimum });
            }
            if let Some(maximum) = maximum.filter(|max| n > *max) {
                return problem(ProblemKind::AboveMaximum { maximum });
            }
            Ok(())
        }
        ShapeKind::DecimalNumber { minimum } if value.is_number() => match minimum {
            Some(bound) if !bound.admits(value, ValueKind::Decimal) => {
                problem(ProblemKind::BelowDecimalMinimum { minimum: bound.value, exclusive: bound.exclusive })
            }
            _ => Ok(()),
        },
        ShapeKind::DecimalNumber { .. } => wrong(Expected::Number),
        ShapeKind::DecimalString { minimum } if value.as_str().is_some_and(is_decimal_text) => match minimum {
            Some(bound) if !bound.admits(value, ValueKind::Decimal) => {
                problem(ProblemKind::BelowDecimalMinimum { minimum: bound.value, exclusive: bound.exclusive })
            }
            _ => Ok(()),
        },
        ShapeKind::DecimalString { .. } => wrong(Expected::DecimalString),
        ShapeKind::Boolean { constant } => match (value.as_bool(), constant) {
            (None, _) => wrong(Expected::Boolean),
            (Some(given), Some(fixed)) if given != *fixed => problem(ProblemKind::NotConstant { expected: *fixed }),
            _ => Ok(()),
        },
        ShapeKind::Enum { values, canonical, closed, integer } => {
            let text = match (value, integer) {
                (Value::Number(number), true) if is_integer_text(number.as_str()) => number.as_str(),
                (_, true) => return wrong(Expected::Integer),
                (Value::String(text), false) => text.as_str(),
                (_, false) => return wrong(Expected::String),
            };
            match values.iter().position(|known| *known == text) {
                Some(at) if canonical.get(at).is_some_and(|own| *own != text) => aliased.set(true),
                Some(_) => {}
                None if *closed => return problem(ProblemKind::UnknownValue { value: text.to_owned() }),
                None => {}
            }
            Ok(())
        }
        ShapeKind::Message(shape) => object_at(value, shape, pointer, aliased),
        ShapeKind::Array { items, min_items } => {
            let Value::Array(list) = value else { return wrong(Expected::Array) };
            if let Some(min) = min_items.filter(|min| u32::try_from(list.len()).unwrap_or(u32::MAX) < *min) {
                return problem(ProblemKind::TooFewItems { min });
            }
            for (i, item) in list.iter().enumerate() {
                value_at(item, items, false, &|| format!("{}/{i}", pointer()), aliased)?;
            }
            Ok(())
        }
        ShapeKind::Text if value.is_string() => Ok(()),
        ShapeKind::Text => wrong(Expected::String),
        ShapeKind::Any => Ok(()),
    }
}

/// The JSON value a text (a form field, a query parameter, a header) stands for in a field of this type, or what is
/// wrong with it.
pub fn from_text(text: &str, kind: &ShapeKind) -> Result<Value, ProblemKind> {
    let wrong = |expected| ProblemKind::WrongType { expected };
    match kind {
        ShapeKind::Integer { .. } | ShapeKind::Enum { integer: true, .. } => match is_integer_text(text) {
            true => text.parse::<serde_json::Number>().map(Value::Number).map_err(|_| wrong(Expected::Integer)),
            false => Err(wrong(Expected::Integer)),
        },
        ShapeKind::DecimalNumber { .. } => match is_decimal_text(text) {
            true => text.parse::<serde_json::Number>().map(Value::Number).map_err(|_| wrong(Expected::Number)),
            false => Err(wrong(Expected::Number)),
        },
        ShapeKind::Boolean { .. } => match text {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(wrong(Expected::Boolean)),
        },
        ShapeKind::Message(_) => Err(wrong(Expected::Object)),
        ShapeKind::Array { .. } => Err(wrong(Expected::Array)),
        _ => Ok(Value::String(text.to_owned())),
    }
}
