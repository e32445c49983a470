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
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}+03:00",
        second_of_day / 3600,
        second_of_day % 3600 / 60,
        second_of_day % 60
    )
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
