//! The test clock's reading for one call, and instants written the way the APIs write them (Türkiye time).

use payspec::support::{Clock, civil_from_days, yyyymmdd};

/// The test clock's reading for one call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    /// Unix seconds.
    pub seconds: i64,
    /// Unix milliseconds.
    pub millis: i64,
}

impl Now {
    /// The business day (Türkiye time) as `yyyyMMdd`.
    pub fn day(self) -> String {
        yyyymmdd(Clock::turkey(self.seconds).today())
    }

    /// The instant as RFC 3339 in Türkiye time (`+03:00`).
    pub fn rfc3339(self) -> String {
        rfc3339(self.seconds)
    }
}

/// An instant as RFC 3339 in Türkiye time.
pub fn rfc3339(seconds: i64) -> String {
    let local = seconds + Clock::TURKEY_UTC_OFFSET;
    let (year, month, day) = civil_from_days(local.div_euclid(86_400));
    let second_of_day = local.rem_euclid(86_400);
    // Written digit by digit: every payment answer carries one, and the formatting machinery cost more than the
    // rest of the date.
    let mut text = String::with_capacity(25);
    let two = |text: &mut String, n: i64, after: char| {
        padded(text, n, 2);
        text.push(after);
    };
    padded(&mut text, year, 4);
    text.push('-');
    two(&mut text, i64::from(month), '-');
    two(&mut text, i64::from(day), 'T');
    two(&mut text, second_of_day / 3600, ':');
    two(&mut text, second_of_day % 3600 / 60, ':');
    padded(&mut text, second_of_day % 60, 2);
    text.push_str("+03:00");
    text
}

/// `n` in decimal with at least `width` digits (zeros in front), as `{:0width$}` writes it.
pub fn padded(text: &mut String, n: i64, width: usize) {
    if n < 0 {
        text.push('-');
    }
    let mut digits = [b'0'; 20];
    let mut at = digits.len();
    let mut rest = n.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let shown = digits.len() - at;
    for _ in shown..width.saturating_sub(usize::from(n < 0)) {
        text.push('0');
    }
    text.extend(digits[at..].iter().map(|&digit| char::from(digit)));
}

/// An instant as ISO 8601 in UTC (`2025-09-18T09:07:17Z`).
pub fn utc_iso(seconds: i64) -> String {
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
    let second_of_day = seconds.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        second_of_day / 3600,
        second_of_day % 3600 / 60,
        second_of_day % 60
    )
}

/// An instant in Türkiye time without its offset (`2025-10-24T17:23:51`), as Finrota writes transaction dates.
pub fn local_iso(seconds: i64) -> String {
    let text = rfc3339(seconds);
    text.strip_suffix("+03:00").map(str::to_owned).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn padded_writes_what_format_writes(n in any::<i64>(), width in 0usize..8) {
            let mut text = String::new();
            padded(&mut text, n, width);
            prop_assert_eq!(text, format!("{n:0width$}"));
        }

        #[test]
        fn rfc3339_is_the_formatted_instant(seconds in -2_000_000_000i64..5_000_000_000) {
            let local = seconds + Clock::TURKEY_UTC_OFFSET;
            let (year, month, day) = civil_from_days(local.div_euclid(86_400));
            let s = local.rem_euclid(86_400);
            let expected = format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}+03:00", s / 3600, s % 3600 / 60, s % 60);
            prop_assert_eq!(rfc3339(seconds), expected);
        }
    }
}
