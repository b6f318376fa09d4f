//! Deadline arithmetic. Hours are exact elapsed hours (UTC), so 72 h across a DST switch is
//! still 72 h. "One month" is the same local date and time in the organisation's time zone in
//! the next month, clamped to that month's last day; a local time that does not exist (spring
//! forward) moves forward by the gap, an ambiguous one (fall back) takes the earlier instant.
//! DORA deadlines on a weekend or public holiday roll to 12:00 local of the next working day.
//! Periods in days or months count by their rule's [`Counting`]: under Regulation (EEC,
//! Euratom) No 1182/71 they end with the last hour of the last day and move past a Saturday,
//! Sunday or public holiday (computed by [`crate::holidays`]); each obligation also gets an
//! earlier target (the anchor's clock time on the last day).
//! A second clock ("and no later than …") caps the due time; a capped rule may say the cap lapses
//! when its own anchor comes at or after the cap's end (DORA initial notification classified
//! late, Delegated Regulation (EU) 2025/301 Art 5(2)), so such an obligation is never due before
//! it exists.

use chrono::{
    Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday,
};
use chrono_tz::Tz;

use breachlog_model::error::Result;
use breachlog_model::Ts;

use crate::holidays::Calendar;

/// `anchor` plus exact elapsed hours.
pub fn add_hours(anchor: Ts, hours: i64) -> Ts {
    anchor.plus_hours(hours)
}

fn last_day(year: i32, month: u32) -> u32 {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .map_or(28, |d| d.day())
}

/// The UTC instant of a local wall-clock time in `tz` (gap: shifted forward; overlap: earlier).
pub fn local_to_utc(local: NaiveDateTime, tz: Tz) -> Ts {
    let resolve = |n: NaiveDateTime| match tz.from_local_datetime(&n) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, b) => Some(a.min(b).with_timezone(&Utc)),
        LocalResult::None => None,
    };
    // DST gaps are at most a few hours; step forward until the wall time exists.
    let mut probe = local;
    for _ in 0..4 {
        if let Some(t) = resolve(probe) {
            return Ts::from_utc(t);
        }
        probe += Duration::hours(1);
    }
    Ts::from_utc(Utc.from_utc_datetime(&local))
}

/// Same local date and time in `tz` `months` later, clamped to the month's last day.
pub fn add_months(anchor: Ts, months: u32, tz: Tz) -> Ts {
    let local = anchor.as_utc().with_timezone(&tz).naive_local();
    local_to_utc(month_date(local.date(), months).and_time(local.time()), tz)
}

/// Same local time in `tz` `days` calendar days later (a period in days counted from the
/// event's moment: never later than the end of the last day that Regulation (EEC, Euratom)
/// No 1182/71 Art 3(2)(b) would allow, and never moved past a weekend or holiday).
pub fn add_days(anchor: Ts, days: u32, tz: Tz) -> Ts {
    let local = anchor.as_utc().with_timezone(&tz).naive_local();
    local_to_utc(local + Duration::days(i64::from(days)), tz)
}

fn off(date: NaiveDate, cal: Option<&Calendar>) -> Result<bool> {
    match cal {
        Some(c) => c.is_off(date),
        None => Ok(matches!(date.weekday(), Weekday::Sat | Weekday::Sun)),
    }
}

/// The first day from `date` on that is not a Saturday, Sunday or holiday of `cal`.
fn working_day_from(mut date: NaiveDate, cal: Option<&Calendar>) -> Result<NaiveDate> {
    while off(date, cal)? {
        match date.succ_opt() {
            Some(d) => date = d,
            None => break,
        }
    }
    Ok(date)
}

/// Rolls a deadline on a weekend or holiday (local date in `tz`) to 12:00 of the next working
/// day (DORA, Delegated Regulation (EU) 2025/301 Art 5(4)).
pub fn roll_over(due: Ts, tz: Tz, cal: &Calendar) -> Result<Ts> {
    let date = due.as_utc().with_timezone(&tz).date_naive();
    if !cal.is_off(date)? {
        return Ok(due);
    }
    let next = working_day_from(date, Some(cal))?;
    Ok(local_to_utc(
        next.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default()),
        tz,
    ))
}

/// The last instant of a local day: the expiry of its last hour (23:59:59.999999).
pub fn end_of_day(date: NaiveDate, tz: Tz) -> Ts {
    let next = date.succ_opt().unwrap_or(date);
    let midnight = local_to_utc(next.and_time(NaiveTime::MIN), tz);
    Ts::from_utc(midnight.as_utc() - Duration::microseconds(1))
}

/// How a period counts: the `counting` id of a rule and of each obligation it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    /// `elapsed-hours`: exact elapsed hours from the anchor, no roll-over (GDPR Art 33, NIS2
    /// Art 23(4)(a)/(b), DORA's hours before its own roll-over, CRA Art 14's hours).
    ElapsedHours,
    /// `eu-1182-71-days`: Regulation (EEC, Euratom) No 1182/71 Art 3(1) and (2)(b): the day of
    /// the event is not counted; the period ends with the expiry of the last hour of its last
    /// day; Art 3(4): a last day on a Saturday, Sunday or public holiday moves to the end of
    /// the following working day.
    Eu1182Days,
    /// `eu-1182-71-months`: Art 3(2)(c): ends with the expiry of the last hour of the day in
    /// the last month with the same date as the day of the event (the month's last day when
    /// it has no such date), then Art 3(4).
    Eu1182Months,
    /// `ie-interpretation-act-2005-months`: Interpretation Act 2005 s 18(h): a period reckoned
    /// from a day includes that day, so one month ends with the day before the same date; the
    /// Act moves no deadline off a weekend or holiday.
    IeMonths,
    /// `de-bgb-months`: BGB § 187(1), § 188(2)-(3) (for periods in statutes, § 186 BGB): the day
    /// of the event is not counted and a month ends with the expiry of the day of the last month
    /// with the same number (its last day when it has none) — the same day as 1182/71 — but no
    /// roll-over: whether § 193 BGB or § 31(3) VwVfG moves a report to the BSI off a weekend or
    /// holiday is not settled, so the tool does not.
    DeMonths,
    /// `same-clock-time-months`: the same local clock time on the same date (clamped), the
    /// rule obligations opened before counting rules were computed by (and DORA's month,
    /// which 2025/301 rolls itself).
    SameClockMonths,
    /// `same-clock-time-days`: the same local clock time that many days later.
    SameClockDays,
    /// `undue-delay`: no period ("without undue delay").
    UndueDelay,
    /// `set-by-request`: the date the authority's request set.
    SetByRequest,
}

impl Counting {
    pub const ALL: &'static [Counting] = &[
        Counting::ElapsedHours,
        Counting::Eu1182Days,
        Counting::Eu1182Months,
        Counting::IeMonths,
        Counting::DeMonths,
        Counting::SameClockMonths,
        Counting::SameClockDays,
        Counting::UndueDelay,
        Counting::SetByRequest,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Counting::ElapsedHours => "elapsed-hours",
            Counting::Eu1182Days => "eu-1182-71-days",
            Counting::Eu1182Months => "eu-1182-71-months",
            Counting::IeMonths => "ie-interpretation-act-2005-months",
            Counting::DeMonths => "de-bgb-months",
            Counting::SameClockMonths => "same-clock-time-months",
            Counting::SameClockDays => "same-clock-time-days",
            Counting::UndueDelay => "undue-delay",
            Counting::SetByRequest => "set-by-request",
        }
    }

    pub fn parse(s: &str) -> Option<Counting> {
        Counting::ALL.iter().copied().find(|c| c.as_str() == s)
    }

    /// The period ends at the end of a day and may roll past weekends and holidays (so the
    /// target, the anchor's clock time on the last day, comes earlier than the legal limit).
    pub fn ends_with_the_day(self) -> bool {
        matches!(
            self,
            Counting::Eu1182Days | Counting::Eu1182Months | Counting::IeMonths | Counting::DeMonths
        )
    }
}

/// The second clock of an "earlier of" rule: due no later than `hours` after `anchor_at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cap {
    pub anchor_at: Option<Ts>,
    pub hours: i64,
    /// The cap does not apply when the rule's own anchor is at or after the cap's end: the rule
    /// is then due its own hours after its own anchor (Delegated Regulation (EU) 2025/301
    /// Art 5(2): classified as major only after the 24 hours → 4 hours from classification).
    pub lapses_for_later_anchor: bool,
}

/// The terms of an obligation's clock.
#[derive(Debug, Clone, Copy)]
pub struct Terms {
    pub anchor_at: Option<Ts>,
    pub hours: Option<i64>,
    pub months: u32,
    /// Calendar days (used when `months` is 0).
    pub days: u32,
    /// The second clock of an "earlier of" rule.
    pub alt: Option<Cap>,
    pub tz: Tz,
    pub counting: Counting,
    /// DORA: a limit on a weekend or holiday of this calendar rolls to 12:00 of the next
    /// working day.
    pub holidays: Option<Calendar>,
    /// 1182/71 Art 3(4): the Member State whose holidays move a period's last day (`None`:
    /// Saturdays and Sundays only).
    pub calendar: Option<Calendar>,
}

/// The two times of an obligation's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Due {
    /// The legal limit.
    pub due_at: Ts,
    /// The earlier time to aim for (equal where the law counts in hours).
    pub target_at: Ts,
}

fn primary(t: &Terms, a: Ts) -> Result<Option<Due>> {
    let same = |due: Ts| {
        Some(Due {
            due_at: due,
            target_at: due,
        })
    };
    let local = a.as_utc().with_timezone(&t.tz).naive_local();
    let by_day = |target: Ts, last: NaiveDate, roll: bool| -> Result<Option<Due>> {
        let last = if roll {
            working_day_from(last, t.calendar.as_ref())?
        } else {
            last
        };
        Ok(Some(Due {
            due_at: end_of_day(last, t.tz),
            target_at: target,
        }))
    };
    Ok(match t.counting {
        Counting::Eu1182Months if t.months > 0 => {
            let target = add_months(a, t.months, t.tz);
            let last = month_date(local.date(), t.months);
            by_day(target, last, true)?
        }
        Counting::DeMonths if t.months > 0 => {
            let target = add_months(a, t.months, t.tz);
            let last = month_date(local.date(), t.months);
            by_day(target, last, false)?
        }
        Counting::IeMonths if t.months > 0 => {
            let last = month_date(local.date(), t.months)
                .pred_opt()
                .unwrap_or(local.date());
            let target =
                local_to_utc(last.and_time(local.time()), t.tz).min(add_months(a, t.months, t.tz));
            by_day(target, last, false)?
        }
        Counting::Eu1182Days if t.days > 0 => {
            let target = add_days(a, t.days, t.tz);
            let last = local.date() + Duration::days(i64::from(t.days));
            by_day(target, last, true)?
        }
        _ if t.months > 0 => same(add_months(a, t.months, t.tz)),
        _ if t.days > 0 => same(add_days(a, t.days, t.tz)),
        _ => t.hours.and_then(|h| same(add_hours(a, h))),
    })
}

/// The local date `months` after `date`, clamped to the month's last day.
fn month_date(date: NaiveDate, months: u32) -> NaiveDate {
    let total = date.year() * 12 + (date.month() as i32 - 1) + months as i32;
    let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    NaiveDate::from_ymd_opt(year, month, date.day().min(last_day(year, month))).unwrap_or(date)
}

/// The due and target times, or `None` for "without undue delay" or while the anchor is
/// unknown; an error for a date outside the holiday data.
pub fn due(t: &Terms) -> Result<Option<Due>> {
    let primary = match t.anchor_at {
        Some(a) => primary(t, a)?,
        None => None,
    };
    let alt = t.alt.and_then(|c| {
        let end = add_hours(c.anchor_at?, c.hours);
        let lapsed = c.lapses_for_later_anchor && t.anchor_at.is_some_and(|a| a >= end);
        (!lapsed).then_some(end)
    });
    let due = match (primary, alt) {
        (Some(p), Some(a)) => Due {
            due_at: p.due_at.min(a),
            target_at: p.target_at.min(a),
        },
        (Some(p), None) => p,
        (None, Some(a)) => Due {
            due_at: a,
            target_at: a,
        },
        (None, None) => return Ok(None),
    };
    Ok(Some(match &t.holidays {
        Some(h) => Due {
            due_at: roll_over(due.due_at, t.tz, h)?,
            target_at: due.target_at,
        },
        None => due,
    }))
}

/// Whole minutes by which `at` is after `due`, rounded up; `None` when on time.
pub fn late_by_minutes(due: Ts, at: Ts) -> Option<i64> {
    let micros = at.timestamp_micros() - due.timestamp_micros();
    (micros > 0).then(|| (micros + 59_999_999) / 60_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::ts;

    fn due_at(t: &Terms) -> Option<Ts> {
        due(t).unwrap().map(|d| d.due_at)
    }

    const AMS: Tz = chrono_tz::Europe::Amsterdam;
    const LON: Tz = chrono_tz::Europe::London;

    // Expected values computed by hand from the rules (EU DST 2026: 29 Mar 01:00Z, 25 Oct 01:00Z;
    // 2027: 28 Mar; UK switches at the same UTC instants).
    #[test]
    fn elapsed_hours_across_dst() {
        let cases = [
            // (anchor, hours, expected due in UTC, what)
            (
                "2026-03-27T10:00:00+01:00",
                72,
                "2026-03-30T09:00:00Z",
                "AMS spring forward: 11:00 CEST, not 10:00",
            ),
            (
                "2026-10-23T10:00:00+02:00",
                72,
                "2026-10-26T08:00:00Z",
                "AMS fall back: 09:00 CET",
            ),
            (
                "2026-03-28T12:00:00+00:00",
                24,
                "2026-03-29T12:00:00Z",
                "LON spring forward: 13:00 BST",
            ),
            (
                "2026-10-24T12:00:00+01:00",
                72,
                "2026-10-27T11:00:00Z",
                "LON fall back: 11:00 GMT",
            ),
            (
                "2026-03-29T00:30:00+01:00",
                4,
                "2026-03-29T03:30:00Z",
                "4 h spanning the missing hour",
            ),
            (
                "2026-10-25T02:30:00+02:00",
                1,
                "2026-10-25T01:30:00Z",
                "1 h in the repeated hour",
            ),
        ];
        for (anchor, hours, expected, what) in cases {
            assert_eq!(
                add_hours(ts(anchor), hours).to_string(),
                ts(expected).to_string(),
                "{what}"
            );
        }
    }

    #[test]
    fn one_month_is_the_same_local_time_clamped() {
        let cases = [
            (
                AMS,
                "2026-01-31T10:00:00+01:00",
                "2026-02-28T09:00:00Z",
                "Jan 31 -> Feb 28",
            ),
            (
                AMS,
                "2028-01-31T10:00:00+01:00",
                "2028-02-29T09:00:00Z",
                "leap year Jan 31 -> Feb 29",
            ),
            (
                AMS,
                "2026-03-15T10:00:00+01:00",
                "2026-04-15T08:00:00Z",
                "across spring DST: 10:00 CEST",
            ),
            (
                AMS,
                "2026-10-10T10:00:00+02:00",
                "2026-11-10T09:00:00Z",
                "across autumn DST: 10:00 CET",
            ),
            (
                LON,
                "2026-10-10T09:00:00+01:00",
                "2026-11-10T09:00:00Z",
                "London across autumn DST",
            ),
            (
                LON,
                "2026-03-10T09:00:00+00:00",
                "2026-04-10T08:00:00Z",
                "London across spring DST",
            ),
            (
                AMS,
                "2026-12-31T23:30:00+01:00",
                "2027-01-31T22:30:00Z",
                "year roll",
            ),
            (
                Tz::UTC,
                "2026-03-31T12:00:00Z",
                "2026-04-30T12:00:00Z",
                "Mar 31 -> Apr 30",
            ),
            (
                AMS,
                "2026-01-31T23:30:00Z",
                "2026-02-28T23:30:00Z",
                "local date Feb 1 00:30 -> Mar 1 00:30",
            ),
            (
                AMS,
                "2027-02-28T02:30:00+01:00",
                "2027-03-28T01:30:00Z",
                "02:30 does not exist: 03:30 CEST",
            ),
            (
                AMS,
                "2026-09-25T02:30:00+02:00",
                "2026-10-25T00:30:00Z",
                "02:30 twice: the earlier",
            ),
        ];
        for (tz, anchor, expected, what) in cases {
            assert_eq!(
                add_months(ts(anchor), 1, tz).to_string(),
                ts(expected).to_string(),
                "{what}"
            );
        }
    }

    #[test]
    fn dora_roll_over_to_noon_of_next_working_day() {
        let nl = crate::rules::holidays("nl").unwrap();
        let cases = [
            (
                "2026-11-28T10:00:00+01:00",
                "2026-11-30T11:00:00Z",
                "Saturday -> Monday 12:00 CET",
            ),
            (
                "2026-11-29T23:00:00+01:00",
                "2026-11-30T11:00:00Z",
                "Sunday -> Monday 12:00 CET",
            ),
            (
                "2026-04-27T09:00:00+02:00",
                "2026-04-28T10:00:00Z",
                "King's Day -> Tuesday 12:00 CEST",
            ),
            (
                "2026-12-25T08:00:00+01:00",
                "2026-12-28T11:00:00Z",
                "Christmas Fri, Boxing Day Sat, Sun -> Mon",
            ),
            (
                "2026-11-27T10:00:00+01:00",
                "2026-11-27T09:00:00Z",
                "Friday stays",
            ),
            (
                "2026-11-27T23:30:00Z",
                "2026-11-30T11:00:00Z",
                "Friday 23:30 UTC is Saturday 00:30 local",
            ),
        ];
        for (due, expected, what) in cases {
            assert_eq!(
                roll_over(ts(due), AMS, &nl).unwrap().to_string(),
                ts(expected).to_string(),
                "{what}"
            );
        }
    }

    #[test]
    fn earlier_of_two_clocks() {
        let t = |classified: &str, detected: &str| Terms {
            anchor_at: Some(ts(classified)),
            hours: Some(4),
            months: 0,
            days: 0,
            alt: Some(Cap {
                anchor_at: Some(ts(detected)),
                hours: 24,
                lapses_for_later_anchor: false,
            }),
            tz: AMS,
            counting: Counting::ElapsedHours,
            holidays: None,
            calendar: None,
        };
        // Classified 2 h after detection: 4 h after classification is earlier.
        assert_eq!(
            due_at(&t("2026-05-04T10:00:00Z", "2026-05-04T08:00:00Z")),
            Some(ts("2026-05-04T14:00:00Z"))
        );
        // Classified 22 h after detection: detection + 24 h is earlier.
        assert_eq!(
            due_at(&t("2026-05-05T06:00:00Z", "2026-05-04T08:00:00Z")),
            Some(ts("2026-05-05T08:00:00Z"))
        );
    }

    /// DORA initial notification (Delegated Regulation (EU) 2025/301 Art 5(1)(a) and 5(2)):
    /// 4 h from classification and no later than 24 h from awareness, unless the classification
    /// comes at or after the 24 hours, then 4 h from classification. Aware 2026-05-04 08:00Z, so
    /// the 24 hours end 2026-05-05 08:00Z. Expected times worked out by hand.
    #[test]
    fn a_cap_that_lapses_for_a_late_classification() {
        let t = |classified: &str, lapses: bool| Terms {
            anchor_at: Some(ts(classified)),
            hours: Some(4),
            months: 0,
            days: 0,
            alt: Some(Cap {
                anchor_at: Some(ts("2026-05-04T08:00:00Z")),
                hours: 24,
                lapses_for_later_anchor: lapses,
            }),
            tz: AMS,
            counting: Counting::ElapsedHours,
            holidays: None,
            calendar: None,
        };
        let cases = [
            // (classified, due, what)
            (
                "2026-05-04T10:00:00Z",
                "2026-05-04T14:00:00Z",
                "A+2h: 4 h after classification is earlier",
            ),
            (
                "2026-05-05T07:00:00Z",
                "2026-05-05T08:00:00Z",
                "A+23h: capped at A+24h, one hour left",
            ),
            (
                "2026-05-05T07:59:00Z",
                "2026-05-05T08:00:00Z",
                "A+23h59m: capped at A+24h, one minute left",
            ),
            (
                "2026-05-05T08:00:00Z",
                "2026-05-05T12:00:00Z",
                "A+24h: the 24 hours have run out, Art 5(2): C+4h",
            ),
            (
                "2026-05-05T08:01:00Z",
                "2026-05-05T12:01:00Z",
                "A+24h01m: C+4h",
            ),
            (
                "2026-05-05T14:00:00Z",
                "2026-05-05T18:00:00Z",
                "A+30h: C+4h, not A+24h (before it existed)",
            ),
        ];
        for (classified, expected, what) in cases {
            assert_eq!(due_at(&t(classified, true)), Some(ts(expected)), "{what}");
        }
        // Terms recorded without the lapse (rule version dora-2025-301.1) keep the earlier of.
        assert_eq!(
            due_at(&t("2026-05-05T14:00:00Z", false)),
            Some(ts("2026-05-05T08:00:00Z"))
        );
        // Until the incident is classified only the cap is known.
        let unclassified = Terms {
            anchor_at: None,
            ..t("2026-05-05T14:00:00Z", true)
        };
        assert_eq!(due_at(&unclassified), Some(ts("2026-05-05T08:00:00Z")));
    }

    #[test]
    fn undue_delay_and_unknown_anchor_have_no_due_time() {
        let base = Terms {
            anchor_at: Some(ts("2026-05-04T10:00:00Z")),
            hours: None,
            months: 0,
            days: 0,
            alt: None,
            tz: AMS,
            counting: Counting::ElapsedHours,
            holidays: None,
            calendar: None,
        };
        assert_eq!(due_at(&base), None);
        assert_eq!(
            due_at(&Terms {
                anchor_at: None,
                hours: Some(72),
                ..base
            }),
            None
        );
    }

    proptest::proptest! {
        /// Hours are exact elapsed time; a month keeps the local date (clamped) and, unless the
        /// target wall time does not exist, the local time.
        #[test]
        fn month_and_hour_arithmetic_invariants(secs in 1_577_836_800i64..1_893_456_000, zone in 0usize..4, hours in 1i64..2000) {
            let tz = [AMS, LON, Tz::UTC, chrono_tz::America::New_York][zone];
            let anchor = Ts::from_utc(Utc.timestamp_opt(secs, 0).unwrap());
            proptest::prop_assert_eq!(anchor.seconds_until(add_hours(anchor, hours)), hours * 3600);
            let due = add_months(anchor, 1, tz);
            let (a, d) = (anchor.as_utc().with_timezone(&tz), due.as_utc().with_timezone(&tz));
            let next = if a.month() == 12 { (a.year() + 1, 1) } else { (a.year(), a.month() + 1) };
            proptest::prop_assert_eq!((d.year(), d.month()), next);
            proptest::prop_assert_eq!(d.day(), a.day().min(last_day(next.0, next.1)));
            let wall = NaiveDate::from_ymd_opt(d.year(), d.month(), d.day()).unwrap().and_time(a.time());
            if !matches!(tz.from_local_datetime(&wall), LocalResult::None) {
                proptest::prop_assert_eq!(d.time(), a.time());
            }
            proptest::prop_assert!(due > anchor);
        }
    }

    fn counted(
        counting: Counting,
        anchor: &str,
        months: u32,
        days: u32,
        tz: Tz,
        country: Option<&str>,
    ) -> Result<Option<Due>> {
        due(&Terms {
            anchor_at: Some(ts(anchor)),
            hours: None,
            months,
            days,
            alt: None,
            tz,
            counting,
            holidays: None,
            calendar: country.map(|c| crate::holidays::calendar(c).unwrap()),
        })
    }

    /// Regulation (EEC, Euratom) No 1182/71 Art 3(2)(b)/(c) and 3(4): a period in days or
    /// months ends with the expiry of the last hour of its last day; a last day on a Saturday,
    /// Sunday or public holiday moves to the end of the following working day. The target is
    /// the anchor's clock time on the last day, before the roll-over. Expected times worked
    /// out by hand (EU summer time 2026: 29 Mar–25 Oct, 2027: from 28 Mar).
    #[test]
    fn eu_1182_71_months_and_days() {
        const DUB: Tz = chrono_tz::Europe::Dublin;
        let cases = [
            // (counting, anchor, months, days, tz, country, due, target, what)
            (
                Counting::Eu1182Months,
                "2026-05-15T10:00:00+02:00",
                1,
                0,
                AMS,
                Some("nl"),
                "2026-06-15T21:59:59.999999Z",
                "2026-06-15T08:00:00Z",
                "Monday: end of that day",
            ),
            (
                Counting::Eu1182Months,
                "2026-09-10T10:00:00+02:00",
                1,
                0,
                AMS,
                Some("nl"),
                "2026-10-12T21:59:59.999999Z",
                "2026-10-10T08:00:00Z",
                "Saturday 10 Oct -> end of Monday",
            ),
            (
                Counting::Eu1182Months,
                "2027-03-27T10:00:00+01:00",
                1,
                0,
                AMS,
                Some("nl"),
                "2027-04-28T21:59:59.999999Z",
                "2027-04-27T08:00:00Z",
                "King's Day Tue 27 Apr -> end of Wed, across DST",
            ),
            (
                Counting::Eu1182Months,
                "2027-02-26T09:00:00+01:00",
                1,
                0,
                AMS,
                Some("nl"),
                "2027-03-30T21:59:59.999999Z",
                "2027-03-26T08:00:00Z",
                "Good Friday (Atw Art 3(2)), Easter Monday -> Tue",
            ),
            (
                Counting::Eu1182Months,
                "2027-02-26T09:00:00+01:00",
                1,
                0,
                chrono_tz::Europe::Paris,
                Some("fr"),
                "2027-03-26T22:59:59.999999Z",
                "2027-03-26T08:00:00Z",
                "FR: Good Friday is a working day",
            ),
            (
                Counting::Eu1182Months,
                "2026-02-28T12:00:00+01:00",
                1,
                0,
                AMS,
                Some("nl"),
                "2026-03-30T21:59:59.999999Z",
                "2026-03-28T11:00:00Z",
                "Sat 28 Mar -> Mon 30 Mar, summer time",
            ),
            (
                Counting::Eu1182Months,
                "2026-01-31T10:00:00+01:00",
                1,
                0,
                AMS,
                Some("nl"),
                "2026-03-02T22:59:59.999999Z",
                "2026-02-28T09:00:00Z",
                "no 31 Feb: Sat 28 Feb -> end of Mon 2 Mar",
            ),
            (
                Counting::Eu1182Days,
                "2026-12-11T15:00:00+01:00",
                0,
                14,
                AMS,
                Some("nl"),
                "2026-12-28T22:59:59.999999Z",
                "2026-12-25T14:00:00Z",
                "14 days: Christmas Fri, Sat, Sun -> Mon",
            ),
            (
                Counting::Eu1182Days,
                "2026-12-11T15:00:00+01:00",
                0,
                14,
                AMS,
                None,
                "2026-12-25T22:59:59.999999Z",
                "2026-12-25T14:00:00Z",
                "no Member State known: weekends only",
            ),
            (
                Counting::IeMonths,
                "2026-05-15T10:00:00+01:00",
                1,
                0,
                DUB,
                Some("ie"),
                "2026-06-14T22:59:59.999999Z",
                "2026-06-14T09:00:00Z",
                "IE: day of the event counted, no roll-over",
            ),
            (
                Counting::DeMonths,
                "2026-05-06T10:00:00+02:00",
                1,
                0,
                AMS,
                Some("de"),
                "2026-06-06T21:59:59.999999Z",
                "2026-06-06T08:00:00Z",
                "DE: end of Saturday 6 June, no roll-over",
            ),
            (
                Counting::DeMonths,
                "2026-01-31T10:00:00+01:00",
                1,
                0,
                AMS,
                Some("de"),
                "2026-02-28T22:59:59.999999Z",
                "2026-02-28T09:00:00Z",
                "DE: 31 January -> 28 February (BGB 188(3))",
            ),
            (
                Counting::SameClockMonths,
                "2026-09-10T10:00:00+02:00",
                1,
                0,
                AMS,
                Some("nl"),
                "2026-10-10T08:00:00Z",
                "2026-10-10T08:00:00Z",
                "recorded terms: same clock time",
            ),
        ];
        for (counting, anchor, months, days, tz, country, due_at, target, what) in cases {
            let d = counted(counting, anchor, months, days, tz, country)
                .unwrap()
                .unwrap();
            assert_eq!((d.due_at, d.target_at), (ts(due_at), ts(target)), "{what}");
            assert!(d.target_at <= d.due_at, "{what}");
        }
    }

    /// Hours never roll: 72 hours from Wednesday 23 December 2026 10:00 CET end on Saturday
    /// 26 December (a Dutch holiday) 09:00 UTC even with a calendar known.
    #[test]
    fn elapsed_hours_never_roll() {
        let d = due(&Terms {
            anchor_at: Some(ts("2026-12-23T10:00:00+01:00")),
            hours: Some(72),
            months: 0,
            days: 0,
            alt: None,
            tz: AMS,
            counting: Counting::ElapsedHours,
            holidays: None,
            calendar: Some(crate::holidays::calendar("nl").unwrap()),
        })
        .unwrap()
        .unwrap();
        assert_eq!(d.due_at, ts("2026-12-26T09:00:00Z"));
        assert_eq!(d.target_at, d.due_at);
    }

    #[test]
    fn a_last_day_outside_the_holiday_data_is_an_error() {
        let e = counted(
            Counting::Eu1182Months,
            "2040-12-15T10:00:00+01:00",
            1,
            0,
            AMS,
            Some("nl"),
        );
        assert_eq!(
            e,
            Err(breachlog_model::error::Error::HolidaysOutOfRange {
                country: "nl".into(),
                year: 2041,
                from: 2020,
                to: 2040
            })
        );
    }

    #[test]
    fn counting_ids_round_trip() {
        for c in Counting::ALL {
            assert_eq!(Counting::parse(c.as_str()), Some(*c));
        }
        assert_eq!(Counting::parse("calendar-days"), None);
    }

    #[test]
    fn lateness_rounds_up_to_whole_minutes() {
        let due = ts("2026-05-04T10:00:00Z");
        assert_eq!(late_by_minutes(due, due), None);
        assert_eq!(late_by_minutes(due, ts("2026-05-04T10:00:01Z")), Some(1));
        assert_eq!(late_by_minutes(due, ts("2026-05-04T12:30:00Z")), Some(150));
        assert_eq!(late_by_minutes(due, ts("2026-05-04T09:00:00Z")), None);
    }
}
