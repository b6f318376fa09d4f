//! UTC timestamps with microsecond precision, formatted exactly as the journal contract requires:
//! `YYYY-MM-DDTHH:MM:SS.ffffffZ`.

use std::fmt;

use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A point in time, always UTC, truncated to microseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
pub struct Ts(DateTime<Utc>);

impl Ts {
    /// The current time, truncated to microseconds.
    pub fn now() -> Self {
        Ts(Utc::now().trunc_subsecs(6))
    }

    pub fn from_utc(dt: DateTime<Utc>) -> Self {
        Ts(dt.trunc_subsecs(6))
    }

    /// Parses RFC 3339 with an explicit offset (`Z` or `+02:00`); converts to UTC.
    /// Returns `None` for anything else (no offset, not a date, out of range).
    pub fn parse(text: &str) -> Option<Self> {
        DateTime::parse_from_rfc3339(text.trim())
            .ok()
            .map(|dt| Ts::from_utc(dt.with_timezone(&Utc)))
    }

    /// Parses the strict journal form (`…ffffffZ`, exactly six fractional digits).
    pub fn parse_canonical(text: &str) -> Option<Self> {
        let ts = Ts::parse(text)?;
        (ts.to_string() == text).then_some(ts)
    }

    pub fn as_utc(&self) -> DateTime<Utc> {
        self.0
    }

    pub fn timestamp_micros(&self) -> i64 {
        self.0.timestamp_micros()
    }

    /// Whole elapsed seconds from `self` to `later` (negative when `later` is earlier).
    pub fn seconds_until(&self, later: Ts) -> i64 {
        (later.0 - self.0).num_seconds()
    }

    pub fn plus_hours(&self, hours: i64) -> Ts {
        Ts(self.0 + chrono::Duration::hours(hours))
    }

    /// Local time to the minute in the IANA zone `tz` (UTC when unknown) with the zone's
    /// abbreviation, e.g. `2026-12-06 11:00 CET`.
    pub fn local_minute(&self, tz: &str) -> String {
        self.local_minute_in(zone(tz))
    }

    /// Local time to the minute in `tz` with the zone's abbreviation, e.g. `2026-12-06 11:00 CET`.
    pub fn local_minute_in(&self, tz: Tz) -> String {
        self.0
            .with_timezone(&tz)
            .format("%Y-%m-%d %H:%M %Z")
            .to_string()
    }

    /// The calendar date in `tz` (`2026-12-06`): the day a person in that zone calls it.
    pub fn local_date_in(&self, tz: Tz) -> String {
        self.0.with_timezone(&tz).format("%Y-%m-%d").to_string()
    }
}

/// The IANA time zone `name` (e.g. `Europe/Amsterdam`), UTC when it is not one. Names are
/// checked when they are stored; this is the one place a stored name becomes a zone.
pub fn zone(name: &str) -> Tz {
    name.parse().unwrap_or(Tz::UTC)
}

/// Whole minutes as days, hours and minutes (a negative count as zero): the one split behind
/// every duration shown ("2 days 3 hours", "2 d 3 h 0 min").
pub fn days_hours_minutes(minutes: i64) -> (i64, i64, i64) {
    let m = minutes.max(0);
    (m / 1440, (m % 1440) / 60, m % 60)
}

impl fmt::Display for Ts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::Micros, true))
    }
}

impl Serialize for Ts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Ts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Ts::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not an RFC 3339 timestamp: {text}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_six_fraction_digits_in_utc() {
        let ts = Ts::parse("2026-03-29T03:30:00.5+02:00").unwrap();
        assert_eq!(ts.to_string(), "2026-03-29T01:30:00.500000Z");
    }

    #[test]
    fn rejects_missing_offset_and_garbage() {
        assert!(Ts::parse("2026-03-29T03:30:00").is_none());
        assert!(Ts::parse("yesterday").is_none());
    }

    #[test]
    fn canonical_parse_is_strict() {
        assert!(Ts::parse_canonical("2026-01-01T00:00:00.000000Z").is_some());
        assert!(Ts::parse_canonical("2026-01-01T00:00:00Z").is_none());
        assert!(Ts::parse_canonical("2026-01-01T01:00:00.000000+01:00").is_none());
    }

    #[test]
    fn unknown_zone_names_are_utc_and_minutes_split_into_days_hours_minutes() {
        assert_eq!(zone("Europe/Amsterdam"), chrono_tz::Europe::Amsterdam);
        assert_eq!(zone("Mars/Olympus"), Tz::UTC);
        assert_eq!(days_hours_minutes(2 * 1440 + 3 * 60 + 4), (2, 3, 4));
        assert_eq!(days_hours_minutes(-5), (0, 0, 0));
    }

    #[test]
    fn truncates_to_microseconds() {
        let ts = Ts::parse("2026-01-01T00:00:00.123456789Z").unwrap();
        assert_eq!(ts.to_string(), "2026-01-01T00:00:00.123456Z");
    }
}
