//! Public holidays computed from rules (`rules/holidays.json`): per country fixed dates, days
//! relative to Easter Sunday, n-th weekdays of a month and the substitute days the country has,
//! each country with the law or government page it comes from. The data is valid for the years
//! `valid_from..=valid_to`; a date outside them is an error that says so
//! ([`Error::HolidaysOutOfRange`]), never a silent "no holiday".

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use breachlog_model::error::{Error, Result};

const HOLIDAYS: &str = include_str!("../rules/holidays.json");

/// Easter Sunday of a Gregorian year (the anonymous algorithm, as given by Meeus,
/// "Astronomical Algorithms", ch. 8). Valid for every year of the Gregorian calendar.
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or_default()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Wd {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Wd {
    fn chrono(self) -> Weekday {
        match self {
            Wd::Mon => Weekday::Mon,
            Wd::Tue => Weekday::Tue,
            Wd::Wed => Weekday::Wed,
            Wd::Thu => Weekday::Thu,
            Wd::Fri => Weekday::Fri,
            Wd::Sat => Weekday::Sat,
            Wd::Sun => Weekday::Sun,
        }
    }
}

/// "On this day of the month instead, when it falls on this weekday" (Ireland's St Brigid's
/// Day: the first Monday in February, or 1 February when that is a Friday).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayIf {
    pub day: u32,
    pub weekday: Wd,
}

/// How a holiday's date is found in a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "kebab-case")]
pub enum DayRule {
    /// A fixed date; `if_sunday` moves it by that many days when it falls on a Sunday (the
    /// Dutch King's Day: Saturday 26 April when 27 April is a Sunday).
    Fixed {
        month: u32,
        day: u32,
        #[serde(default)]
        if_sunday: Option<i64>,
    },
    /// Days after (negative: before) Easter Sunday.
    Easter { offset: i64 },
    /// The n-th `weekday` of `month` (n = -1: the last).
    NthWeekday {
        month: u32,
        weekday: Wd,
        n: i8,
        #[serde(default)]
        or_day_if: Option<DayIf>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holiday {
    pub name: String,
    #[serde(flatten)]
    pub rule: DayRule,
    /// On a Saturday or Sunday it is replaced by the next weekday that is not already a
    /// holiday (UK bank holidays).
    #[serde(default)]
    pub substitute: bool,
    /// The first year it is a holiday.
    #[serde(default)]
    pub from_year: Option<i32>,
}

/// One country's holiday rules with their source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    pub name: String,
    /// What is and is not included.
    pub scope: String,
    pub reference: String,
    pub source_url: String,
    pub days: Vec<Holiday>,
    /// One-off holidays (proclaimed for one year).
    #[serde(default)]
    pub extra: Vec<NaiveDate>,
    /// Computed dates that were not holidays in that year (a holiday moved for one year).
    #[serde(default)]
    pub removed: Vec<NaiveDate>,
}

#[derive(Debug, Deserialize)]
struct File {
    version: String,
    valid_from: i32,
    valid_to: i32,
    countries: BTreeMap<String, Country>,
}

fn file() -> Result<&'static File> {
    static F: OnceLock<Result<File, String>> = OnceLock::new();
    F.get_or_init(|| {
        serde_json::from_str(HOLIDAYS).map_err(|e| format!("rules/holidays.json: {e}"))
    })
    .as_ref()
    .map_err(|e| Error::Data(e.clone()))
}

/// The version of the holiday data and the years it is valid for.
pub fn validity() -> Result<(&'static str, i32, i32)> {
    let f = file()?;
    Ok((f.version.as_str(), f.valid_from, f.valid_to))
}

/// Countries with holiday rules (lower-case ids: ISO 3166 alpha-2, `uk` for England and Wales).
pub fn countries() -> Result<Vec<String>> {
    Ok(file()?.countries.keys().cloned().collect())
}

fn nth_weekday(year: i32, month: u32, wd: Weekday, n: i8) -> Option<NaiveDate> {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, wd, n as u8)
    } else {
        let first_next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        }?;
        let mut d = first_next.pred_opt()?;
        while d.weekday() != wd {
            d = d.pred_opt()?;
        }
        Some(d)
    }
}

impl DayRule {
    fn date(&self, year: i32) -> Option<NaiveDate> {
        match self {
            DayRule::Fixed {
                month,
                day,
                if_sunday,
            } => {
                let d = NaiveDate::from_ymd_opt(year, *month, *day)?;
                match if_sunday {
                    Some(shift) if d.weekday() == Weekday::Sun => {
                        d.checked_add_signed(Duration::days(*shift))
                    }
                    _ => Some(d),
                }
            }
            DayRule::Easter { offset } => easter(year).checked_add_signed(Duration::days(*offset)),
            DayRule::NthWeekday {
                month,
                weekday,
                n,
                or_day_if,
            } => {
                if let Some(alt) = or_day_if {
                    let d = NaiveDate::from_ymd_opt(year, *month, alt.day)?;
                    if d.weekday() == alt.weekday.chrono() {
                        return Some(d);
                    }
                }
                nth_weekday(year, *month, weekday.chrono(), *n)
            }
        }
    }
}

fn weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

impl Country {
    /// The holidays of `year` in date order, substitute days included.
    pub fn in_year(&self, id: &str, year: i32) -> Result<Vec<NaiveDate>> {
        let f = file()?;
        if year < f.valid_from || year > f.valid_to {
            return Err(Error::HolidaysOutOfRange {
                country: id.to_string(),
                year,
                from: f.valid_from,
                to: f.valid_to,
            });
        }
        let active = self
            .days
            .iter()
            .filter(|h| h.from_year.is_none_or(|y| year >= y));
        let mut dates: Vec<(NaiveDate, bool)> = active
            .filter_map(|h| h.rule.date(year).map(|d| (d, h.substitute)))
            .collect();
        dates.sort();
        let mut out: Vec<NaiveDate> = dates.iter().map(|(d, _)| *d).collect();
        // A substituted holiday is replaced by its substitute day (gov.uk lists 28 December
        // 2026, not Saturday 26 December); the weekend day is off anyway.
        for (d, substitute) in &dates {
            if *substitute && weekend(*d) {
                let mut s = *d;
                while weekend(s) || out.contains(&s) {
                    s = s.succ_opt().unwrap_or(s);
                }
                out.push(s);
                out.retain(|x| x != d);
            }
        }
        out.extend(self.extra.iter().filter(|d| d.year() == year));
        out.retain(|d| !self.removed.contains(d));
        out.sort();
        out.dedup();
        Ok(out)
    }
}

/// A country's holiday rules for computing roll-overs, with its id.
#[derive(Debug, Clone, Copy)]
pub struct Calendar {
    pub id: &'static str,
    pub country: &'static Country,
}

impl Calendar {
    /// Is `date` a public holiday (an error outside the data's years)?
    pub fn is_holiday(&self, date: NaiveDate) -> Result<bool> {
        Ok(self.country.in_year(self.id, date.year())?.contains(&date))
    }

    /// A Saturday, a Sunday or a public holiday.
    pub fn is_off(&self, date: NaiveDate) -> Result<bool> {
        Ok(weekend(date) || self.is_holiday(date)?)
    }

    pub fn in_year(&self, year: i32) -> Result<Vec<NaiveDate>> {
        self.country.in_year(self.id, year)
    }
}

/// The calendar of a country (see [`countries`]).
pub fn calendar(country: &str) -> Result<Calendar> {
    let f = file()?;
    f.countries
        .get_key_value(country)
        .map(|(id, country)| Calendar {
            id: id.as_str(),
            country,
        })
        .ok_or_else(|| Error::Data(format!("no holidays for {country}")))
}

#[cfg(test)]
#[path = "holidays_tests.rs"]
mod tests;
