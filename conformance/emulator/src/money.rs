//! Amounts as the APIs carry them: exact decimal text, summed and compared in cents (never floating point).

use serde_json::Value as Json;

use payspec::support::{Decimal, DecimalWire};

/// A JSON number with exactly these digits.
pub fn number(digits: &str) -> Json {
    serde_json::from_str(digits).unwrap_or(Json::Null)
}

/// An amount's canonical text (`100.1` stays `100.1`): the digits as the request wrote them.
pub fn amount_text(value: &Json) -> Option<String> {
    match value {
        Json::Number(n) => Some(n.to_string()),
        Json::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// The sum of amounts, written with two decimals (`100.00`).
pub fn sum(amounts: &[&str]) -> String {
    let total: i128 = amounts.iter().filter_map(|a| cents(a)).sum();
    format_cents(total)
}

/// An amount in cents (the amounts of these APIs have at most two decimals; more are rounded toward zero).
pub fn cents(text: &str) -> Option<i128> {
    let decimal = Decimal::new(text, DecimalWire::String).ok()?;
    let shown = decimal.to_string();
    let (whole, fraction) = shown.split_once('.').unwrap_or((&shown, ""));
    let negative = whole.starts_with('-');
    let whole: i128 = whole.trim_start_matches('-').parse().ok()?;
    let fraction: String = fraction.chars().chain("00".chars()).take(2).collect();
    let value = whole * 100 + fraction.parse::<i128>().ok()?;
    Some(if negative { -value } else { value })
}

/// Cents written as an amount with two decimals.
pub fn format_cents(cents: i128) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", cents.abs() / 100, cents.abs() % 100)
}
