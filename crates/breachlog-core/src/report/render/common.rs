//! What every report section shares: the formatting context (language, time zone) and the
//! documents' way of naming recipients; numbers, ids and durations come from [`crate::format`].

use chrono_tz::Tz;

use crate::format::{authority, controller_name, neutral_grouped, Recipient};
use crate::i18n::Localizer;
use crate::register::regulation::Controller;
use crate::Ts;

/// The shared formatting helpers, for every report body.
pub(super) use crate::format::{compact_duration, short};

pub(super) struct Ctx<'a> {
    pub l: &'a Localizer,
    pub tz: Tz,
}

impl Ctx<'_> {
    /// Local time to the minute with its UTC offset.
    pub fn local(&self, ts: &Ts) -> String {
        ts.as_utc()
            .with_timezone(&self.tz)
            .format("%Y-%m-%d %H:%M %:z")
            .to_string()
    }

    pub(super) fn local_opt(&self, ts: &Option<Ts>) -> String {
        ts.as_ref().map(|t| self.local(t)).unwrap_or_default()
    }

    /// A message, or `fallback` when no language has `id`.
    pub(super) fn text_or(&self, id: &str, fallback: &str) -> String {
        crate::format::text_or(self.l, id, fallback)
    }

    /// A field label: `report-field-…`, else the shared `field-…`, else the name itself.
    pub(super) fn field(&self, name: &str) -> String {
        let dashed = name.replace('_', "-");
        let shared = self.text_or(&format!("field-{dashed}"), &name.replace('_', " "));
        capitalise(&self.text_or(&format!("report-field-{dashed}"), &shared))
    }

    /// A value label: `report-<prefix>-…`, else the shared `<prefix>-…`, else the wire name.
    pub(super) fn label(&self, prefix: &str, wire: &str) -> String {
        crate::format::value_label(self.l, prefix, wire)
    }

    pub(super) fn yes_no(&self, b: bool) -> String {
        self.l.text(if b { "report-yes" } else { "report-no" })
    }

    pub(super) fn approx(&self, n: Option<u64>, estimate: bool) -> String {
        match n {
            None => String::new(),
            Some(n) if estimate => self
                .l
                .msg("report-approx-estimate", &[("n", neutral_grouped(n))]),
            Some(n) => neutral_grouped(n),
        }
    }

    pub(super) fn event_kind(&self, kind: &str) -> String {
        self.text_or(&format!("event-{}", kind.replace(['.', '_'], "-")), kind)
    }
}

pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

pub(super) fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

// ---- incident ---------------------------------------------------------------------------

/// Obligations of the incident and the register's controllers (for recipient names).
pub(super) type Regulation<'a> = (
    &'a [crate::views::ObligationRecord],
    &'a [crate::register::regulation::Controller],
    Option<crate::register::regulation::ClockGap>,
);

pub(super) fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        s.chars().take(max).collect::<String>() + "…"
    }
}

/// A recipient as the documents name it: an authority's name with its abbreviation, a
/// controller's name, or the capitalised label of a group (`data-subjects`, `csirt`, …); a code
/// nothing is known about as it is.
pub(super) fn recipient(ctx: &Ctx<'_>, code: &str, controllers: &[Controller]) -> String {
    let r = Recipient::parse(code);
    if let Recipient::Controller(_) = r {
        return controller_name(&r, controllers).map_or_else(|| code.to_string(), str::to_string);
    }
    if let Some(a) = authority(&r) {
        return format!("{} ({})", a.name, a.short);
    }
    capitalise(&ctx.text_or(&format!("recipient-{code}"), code))
}

pub(super) fn none(s: String) -> String {
    if s.trim().is_empty() {
        "—".to_string()
    } else {
        s
    }
}
