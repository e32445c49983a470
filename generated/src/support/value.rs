// @generated from spec/ (template codegen/templates/support/value.rs) by `cargo xtask codegen`; do not edit by hand.

//! The values a lifecycle guard compares and an effect writes: text, exact numbers (money never becomes a float),
//! booleans, instants, business days and durations, read out of JSON by the type the spec gives them.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::decimal::{Decimal, DecimalWire, MAX_SCALE};

/// The type of a value, as the spec gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueKind {
    /// Text (strings, enum values, codes).
    Text,
    /// A whole number.
    Integer,
    /// An exact decimal.
    Decimal,
    /// A boolean.
    Boolean,
    /// An instant, in Unix seconds.
    Instant,
    /// A business day.
    Day,
    /// A duration in seconds.
    Duration,
}

/// An instance's attributes, by id. An id is the spec's, borrowed from the lifecycle's tables (setting one
/// allocates nothing for its name); only the attributes of a state read back from text own their ids.
pub type Attributes = BTreeMap<Cow<'static, str>, Value>;

/// A value of an attribute or an operand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// Text.
    Text(String),
    /// A whole number.
    Integer(i128),
    /// An exact decimal, with its digits and wire form.
    Decimal(Decimal),
    /// A boolean.
    Boolean(bool),
    /// An instant, in Unix seconds.
    Instant(i64),
    /// A business day, as days since 1970-01-01.
    Day(i64),
    /// A duration in seconds.
    Duration(i64),
}

/// An exact number: `units / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Exact {
    units: i128,
    scale: u32,
}

impl Exact {
    fn of(value: &Value) -> Option<Exact> {
        match value {
            Value::Integer(units) => Some(Exact { units: *units, scale: 0 }),
            Value::Decimal(decimal) => {
                (0..=MAX_SCALE).find_map(|scale| decimal.to_minor_units(scale).map(|units| Exact { units, scale }))
            }
            _ => None,
        }
    }

    fn at(self, scale: u32) -> Option<i128> {
        self.units.checked_mul(10i128.checked_pow(scale.checked_sub(self.scale)?)?)
    }

    fn align(a: Exact, b: Exact) -> Option<(i128, i128, u32)> {
        let scale = a.scale.max(b.scale);
        Some((a.at(scale)?, b.at(scale)?, scale))
    }

    fn to_value(self, decimal: bool) -> Value {
        if !decimal && self.scale == 0 {
            return Value::Integer(self.units);
        }
        let negative = self.units < 0;
        let digits = self.units.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let text = if scale == 0 {
            digits
        } else {
            let padded = format!("{digits:0>width$}", width = scale + 1);
            let (whole, fraction) = padded.split_at(padded.len() - scale);
            format!("{whole}.{fraction}")
        };
        let text = if negative { format!("-{text}") } else { text };
        match Decimal::new(&text, DecimalWire::Number) {
            Ok(decimal) => Value::Decimal(decimal),
            Err(_) => Value::Text(text),
        }
    }
}

impl Value {
    /// Compares two values of comparable kinds (numbers with numbers, like with like); `None` otherwise.
    pub fn compare(&self, other: &Value) -> Option<Ordering> {
        match (self, other) {
            (Value::Text(a), Value::Text(b)) => Some(a.cmp(b)),
            (Value::Boolean(a), Value::Boolean(b)) => Some(a.cmp(b)),
            (Value::Instant(a), Value::Instant(b)) | (Value::Day(a), Value::Day(b)) | (Value::Duration(a), Value::Duration(b)) => {
                Some(a.cmp(b))
            }
            _ => {
                let (a, b, _) = Exact::align(Exact::of(self)?, Exact::of(other)?)?;
                Some(a.cmp(&b))
            }
        }
    }

    /// The sum of two values: numbers, durations, or an instant and a duration.
    pub fn add(&self, other: &Value) -> Option<Value> {
        match (self, other) {
            (Value::Instant(a), Value::Duration(b)) | (Value::Duration(b), Value::Instant(a)) => {
                a.checked_add(*b).map(Value::Instant)
            }
            (Value::Duration(a), Value::Duration(b)) => a.checked_add(*b).map(Value::Duration),
            _ => {
                let (a, b, scale) = Exact::align(Exact::of(self)?, Exact::of(other)?)?;
                let decimal = matches!(self, Value::Decimal(_)) || matches!(other, Value::Decimal(_));
                Some(Exact { units: a.checked_add(b)?, scale }.to_value(decimal))
            }
        }
    }

    /// The first value minus the second.
    pub fn subtract(&self, other: &Value) -> Option<Value> {
        match (self, other) {
            (Value::Instant(a), Value::Instant(b)) => a.checked_sub(*b).map(Value::Duration),
            (Value::Instant(a), Value::Duration(b)) => a.checked_sub(*b).map(Value::Instant),
            (Value::Duration(a), Value::Duration(b)) => a.checked_sub(*b).map(Value::Duration),
            _ => {
                let (a, b, scale) = Exact::align(Exact::of(self)?, Exact::of(other)?)?;
                let decimal = matches!(self, Value::Decimal(_)) || matches!(other, Value::Decimal(_));
                Some(Exact { units: a.checked_sub(b)?, scale }.to_value(decimal))
            }
        }
    }

    /// Reads a JSON value as a value of `kind`; `None` for null or a value of another shape. A number is read from
    /// its digits as sent (`arbitrary_precision` keeps them), without writing it out again.
    pub fn from_json(json: &serde_json::Value, kind: ValueKind) -> Option<Value> {
        use serde_json::Value as J;
        match (kind, json) {
            (ValueKind::Text, J::String(text)) => Some(Value::Text(text.clone())),
            (ValueKind::Text, J::Number(number)) => Some(Value::Text(number.as_str().to_owned())),
            (ValueKind::Text, J::Bool(flag)) => Some(Value::Text(flag.to_string())),
            (ValueKind::Integer, J::Number(number)) => number.as_str().parse().ok().map(Value::Integer),
            (ValueKind::Integer, J::String(text)) => text.parse().ok().map(Value::Integer),
            (ValueKind::Decimal, J::Number(number)) => {
                Decimal::new(number.as_str(), DecimalWire::Number).ok().map(Value::Decimal)
            }
            (ValueKind::Decimal, J::String(text)) => Decimal::new(text, DecimalWire::String).ok().map(Value::Decimal),
            (ValueKind::Boolean, J::Bool(flag)) => Some(Value::Boolean(*flag)),
            (ValueKind::Instant, J::Number(number)) => number.as_i64().map(Value::Instant),
            (ValueKind::Instant, J::String(text)) => instant_from_rfc3339(text).map(Value::Instant),
            (ValueKind::Duration, J::Number(number)) => number.as_i64().map(Value::Duration),
            (ValueKind::Day, J::String(text)) => day_from_yyyymmdd(text).map(Value::Day),
            (ValueKind::Day, J::Number(number)) => day_from_yyyymmdd(number.as_str()).map(Value::Day),
            _ => None,
        }
    }

    /// The value as a JSON value (decimals keep their digits and wire form; days as `YYYYMMDD`).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Text(text) => serde_json::Value::String(text.clone()),
            Value::Integer(number) => {
                serde_json::from_str(&number.to_string()).unwrap_or_else(|_| serde_json::Value::String(number.to_string()))
            }
            Value::Decimal(decimal) => {
                serde_json::to_value(decimal).unwrap_or_else(|_| serde_json::Value::String(decimal.digits().to_owned()))
            }
            Value::Boolean(flag) => serde_json::Value::Bool(*flag),
            Value::Instant(seconds) | Value::Duration(seconds) => serde_json::Value::from(*seconds),
            Value::Day(day) => serde_json::Value::String(yyyymmdd(*day)),
        }
    }

    /// The value as text, the way a refusal argument renders it.
    pub fn render(&self) -> String {
        match self {
            Value::Text(text) => text.clone(),
            Value::Integer(number) => number.to_string(),
            Value::Decimal(decimal) => decimal.digits().to_owned(),
            Value::Boolean(flag) => flag.to_string(),
            Value::Instant(seconds) | Value::Duration(seconds) => seconds.to_string(),
            Value::Day(day) => yyyymmdd(*day),
        }
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of a day number, as (year, month, day).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The day number of a `YYYYMMDD` date, if it is one.
pub fn day_from_yyyymmdd(text: &str) -> Option<i64> {
    if text.len() != 8 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i64 = text[..4].parse().ok()?;
    let month: u32 = text[4..6].parse().ok()?;
    let day: u32 = text[6..].parse().ok()?;
    let days = days_from_civil(year, month, day);
    (civil_from_days(days) == (year, month, day)).then_some(days)
}

/// The instant (Unix seconds, fractions dropped) of an ISO-8601 / RFC 3339 date and time with a UTC offset or `Z`,
/// e.g. `2025-12-25T14:05:49.379055098+03:00`; `None` for anything else.
pub fn instant_from_rfc3339(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = text.get(range)?;
        part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse().ok())?
    };
    if bytes.len() < 20 || bytes[4] != b'-' || bytes[7] != b'-' || !matches!(bytes[10], b'T' | b't' | b' ') {
        return None;
    }
    if bytes[13] != b':' || bytes[16] != b':' {
        return None;
    }
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let (hour, minute, second) = (digits(11..13)?, digits(14..16)?, digits(17..19)?);
    let mut rest = &text[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let end = fraction.find(|c: char| !c.is_ascii_digit()).unwrap_or(fraction.len());
        if end == 0 {
            return None;
        }
        rest = &fraction[end..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let (hours, minutes) = rest[1..].split_once(':')?;
            if hours.len() != 2 || minutes.len() != 2 || !(hours.bytes().chain(minutes.bytes())).all(|b| b.is_ascii_digit()) {
                return None;
            }
            let (hours, minutes): (i64, i64) = (hours.parse().ok()?, minutes.parse().ok()?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            sign * (hours * 3600 + minutes * 60)
        }
    };
    let (month, day) = (u32::try_from(month).ok()?, u32::try_from(day).ok()?);
    let days = days_from_civil(year, month, day);
    if civil_from_days(days) != (year, month, day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some(days * 86_400 + hour * 3600 + minute * 60 + second - offset)
}

/// A day number written `YYYYMMDD`.
pub fn yyyymmdd(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}{month:02}{day:02}")
}
