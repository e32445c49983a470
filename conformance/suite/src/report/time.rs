//! Clock readings as reports write them: Unix milliseconds as ISO 8601 UTC (`2026-12-01T17:50:03.120Z`), with the
//! generated crate's calendar (`payspec::support::civil_from_days`), without a date library.

/// Unix milliseconds as an ISO 8601 UTC timestamp with milliseconds.
pub fn iso8601(unix_millis: u64) -> String {
    let seconds = unix_millis / 1000;
    let days = i64::try_from(seconds / 86_400).unwrap_or_default();
    let of_day = seconds % 86_400;
    let (year, month, day) = payspec::support::civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60,
        unix_millis % 1000
    )
}

/// The date of a Unix millisecond, `YYYY-MM-DD` (UTC).
pub fn date(unix_millis: u64) -> String {
    iso8601(unix_millis)[..10].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_iso_8601_utc() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso8601(951_782_400_123), "2000-02-29T00:00:00.123Z");
        assert_eq!(iso8601(1_796_146_203_120), "2026-12-01T17:30:03.120Z");
        assert_eq!(date(1_796_146_203_120), "2026-12-01");
    }
}
