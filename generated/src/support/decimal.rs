// @generated from spec/ (template codegen/templates/support/decimal.rs) by `cargo xtask codegen`; do not edit by hand.

//! Decimal numbers (money, rates) that keep their exact digits and wire form; never binary floats.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How a decimal travels on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DecimalWire {
    /// A JSON number, e.g. `100.0`.
    Number,
    /// A JSON string of decimal digits, e.g. `"100.00"`.
    String,
}

/// A decimal number — an amount of money, a rate — never a binary float. It keeps its exact digits and the form it
/// came in (JSON number or decimal string), so `100.0` goes back out as `100.0` and `"100.00"` as `"100.00"`. The one
/// rewrite is serde_json's own, of a number's exponent marker: `1E5` goes back out as `1e+5`.
///
/// Equality (`==`, and `Hash`) compares the wire text and form, not the amount: `1.5 != 1.50`, and the number `1.5` is
/// not the string `"1.5"`. [`Decimal::same_amount`] compares amounts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Decimal {
    digits: String,
    wire: DecimalWire,
}

/// The error returned for text that is not a decimal number of the wire form asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidDecimal(pub String);

impl fmt::Display for InvalidDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a decimal number (a JSON number, or for the string form digits with an optional minus and fraction)",
            self.0
        )
    }
}

impl std::error::Error for InvalidDecimal {}

/// The most fraction digits [`Decimal::to_minor_units`] works with: an `i128` holds 38 digits.
pub const MAX_SCALE: u32 = 38;

/// The parts of a decimal's text: sign, digits before and after the point, and the power of ten (`1.5e2`). An
/// exponent beyond `i64` (valid JSON, if no amount) is saturated, and `exact_exponent` is false.
struct Parts<'a> {
    negative: bool,
    whole: &'a str,
    fraction: &'a str,
    exponent: i64,
    exact_exponent: bool,
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Splits a decimal's text. The string form is a plain decimal (`-12.50`, leading zeros allowed, as strings carry
/// them); the number form is exactly JSON's number grammar (RFC 8259 §6: no leading zeros, an optional exponent).
fn parse(text: &str, wire: DecimalWire) -> Option<Parts<'_>> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent, exact_exponent) = match (wire, unsigned.split_once(['e', 'E'])) {
        (DecimalWire::Number, Some((mantissa, exponent))) => {
            let digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
            if !all_digits(digits) {
                return None;
            }
            // JSON sets no bound on an exponent: one beyond an i64 saturates (the text is kept as it came anyway).
            match exponent.strip_prefix('+').unwrap_or(exponent).parse::<i64>() {
                Ok(exponent) => (mantissa, exponent, true),
                Err(_) if exponent.starts_with('-') => (mantissa, i64::MIN, false),
                Err(_) => (mantissa, i64::MAX, false),
            }
        }
        (DecimalWire::String, Some(_)) => return None,
        (_, None) => (unsigned, 0, true),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let fraction_ok = fraction.is_empty() && !mantissa.contains('.') || all_digits(fraction);
    let leading_zero_ok = wire == DecimalWire::String || whole == "0" || !whole.starts_with('0');
    (all_digits(whole) && fraction_ok && leading_zero_ok).then_some(Parts { negative, whole, fraction, exponent, exact_exponent })
}

impl Parts<'_> {
    /// The amount as sign, significant digits (no leading or trailing zeros) and power of ten: `-1.50e2` is
    /// (true, "15", 1). Zero is (false, "", 0), whatever its sign and exponent.
    fn normalized(&self) -> (bool, String, i128) {
        // The value is the integer {whole}{fraction} × 10^(exponent − fraction length).
        let all = format!("{}{}", self.whole, self.fraction);
        let from_first = all.trim_start_matches('0');
        let significant = from_first.trim_end_matches('0');
        if significant.is_empty() {
            return (false, String::new(), 0);
        }
        // Lengths of a string fit an i128 losslessly.
        let trailing_zeros = (from_first.len() - significant.len()) as i128;
        let power = i128::from(self.exponent) - self.fraction.len() as i128 + trailing_zeros;
        (self.negative, significant.to_owned(), power)
    }
}

impl Decimal {
    /// A decimal from its text (e.g. `"100.50"`, or `"1.5e2"` for the number form), to be sent in the given wire
    /// form. The digits are kept exactly; an exponent is written the way serde_json writes every number it reads
    /// (`1E5` becomes `1e+5`), so what [`Decimal::digits`] says is what goes on the wire. Text that the wire form
    /// cannot carry is refused.
    pub fn new(digits: &str, wire: DecimalWire) -> Result<Self, InvalidDecimal> {
        if parse(digits, wire).is_none() {
            return Err(InvalidDecimal(digits.to_owned()));
        }
        let digits = match digits.split_once(['e', 'E']) {
            Some((mantissa, exponent)) if exponent.starts_with(['+', '-']) => format!("{mantissa}e{exponent}"),
            Some((mantissa, exponent)) => format!("{mantissa}e+{exponent}"),
            None => digits.to_owned(),
        };
        Ok(Decimal { digits, wire })
    }

    /// The exact text, e.g. `100.0`.
    pub fn digits(&self) -> &str {
        &self.digits
    }

    /// The wire form it came in or will be sent in.
    pub fn wire(&self) -> DecimalWire {
        self.wire
    }

    /// The amount in minor units (e.g. kuruş) for a currency with `scale` fraction digits, if it has no more digits
    /// than that and fits an `i128`: `"100.5"` at scale 2 is `10050`, `1.005e2` is `10050` too. `None` for a scale
    /// above [`MAX_SCALE`].
    pub fn to_minor_units(&self, scale: u32) -> Option<i128> {
        if scale > MAX_SCALE {
            return None;
        }
        let (negative, significant, power) = parse(&self.digits, self.wire)?.normalized();
        if significant.is_empty() {
            return Some(0);
        }
        // In minor units the value is {significant} followed by power + scale zeros; a negative count means digits
        // below the currency's scale: not representable. (A saturated exponent lands on one side or the other.)
        let zeros = usize::try_from(power + i128::from(scale)).ok()?;
        // At most 39 digits fit an i128; anything longer overflows, so refuse it before building the text.
        if zeros > 39 || significant.len() > 39 - zeros {
            return None;
        }
        let mut text = significant;
        text.extend(std::iter::repeat_n('0', zeros));
        let value: i128 = text.parse().ok()?;
        Some(if negative { -value } else { value })
    }

    /// Whether two decimals are the same amount, however written: `1.5`, `1.50`, `15e-1` and the string `"1.5"` are;
    /// `0` and `-0.00` are. An amount whose exponent is beyond `i64` is the same only as the same text.
    pub fn same_amount(&self, other: &Decimal) -> bool {
        let (Some(left), Some(right)) = (parse(&self.digits, self.wire), parse(&other.digits, other.wire)) else {
            return false;
        };
        let (left_amount, right_amount) = (left.normalized(), right.normalized());
        let zero = left_amount.1.is_empty() || right_amount.1.is_empty();
        if left.exact_exponent && right.exact_exponent || zero {
            left_amount == right_amount
        } else {
            self.digits == other.digits
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.digits)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.wire {
            DecimalWire::String => serializer.serialize_str(&self.digits),
            DecimalWire::Number => {
                let number: serde_json::Number = self.digits.parse().map_err(serde::ser::Error::custom)?;
                number.serialize(serializer)
            }
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // serde_json's `arbitrary_precision` keeps a number's exact text in the `Number`.
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::Number(number) => {
                Decimal::new(number.as_str(), DecimalWire::Number).map_err(serde::de::Error::custom)
            }
            serde_json::Value::String(text) => Decimal::new(&text, DecimalWire::String).map_err(serde::de::Error::custom),
            other => Err(serde::de::Error::custom(format!("expected a decimal number or string, found {other}"))),
        }
    }
}
