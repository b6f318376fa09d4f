//! What every report section shares: the formatting context (language, time zone) and the
//! helpers for numbers, ids, durations and recipients.

use chrono_tz::Tz;

use crate::i18n::Localizer;
use crate::Ts;

use crate::register::regulation::{authorities, Controller};

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
        let t = self.l.text(id);
        if t == id {
            fallback.to_string()
        } else {
            t
        }
    }

    /// A field label: `report-field-…`, else the shared `field-…`, else the name itself.
    pub(super) fn field(&self, name: &str) -> String {
        let dashed = name.replace('_', "-");
        let shared = self.text_or(&format!("field-{dashed}"), &name.replace('_', " "));
        capitalise(&self.text_or(&format!("report-field-{dashed}"), &shared))
    }

    /// A value label: `report-<prefix>-…`, else the shared `<prefix>-…`, else the wire name.
    pub(super) fn label(&self, prefix: &str, wire: &str) -> String {
        let dashed = wire.replace('_', "-");
        let shared = self.text_or(&format!("{prefix}-{dashed}"), wire);
        self.text_or(&format!("report-{prefix}-{dashed}"), &shared)
    }

    pub(super) fn yes_no(&self, b: bool) -> String {
        self.l.text(if b { "report-yes" } else { "report-no" })
    }

    pub(super) fn approx(&self, n: Option<u64>, estimate: bool) -> String {
        match n {
            None => String::new(),
            Some(n) if estimate => self.l.msg("report-approx-estimate", &[("n", group(n))]),
            Some(n) => group(n),
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

/// Thousands separated by a thin space (language-neutral).
pub(super) fn group(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(ch);
    }
    out
}

pub(super) fn short(id: &str) -> String {
    id.chars().take(8).collect()
}

pub(super) fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

// ---- incident ---------------------------------------------------------------------------

/// Obligations of the incident and the register's controllers (for recipient names).
pub(super) type Regulation<'a> = (
    &'a [crate::report::ObligationRecord],
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

/// "2 d 3 h 15 min" in the document's language.
pub(super) fn duration(ctx: &Ctx<'_>, minutes: i64) -> String {
    let m = minutes.max(0);
    let (d, h, min) = (m / 1440, (m % 1440) / 60, m % 60);
    let args = [
        ("d", d.to_string()),
        ("h", h.to_string()),
        ("m", min.to_string()),
    ];
    if d > 0 {
        ctx.l.msg("report-duration-dhm", &args)
    } else {
        ctx.l.msg("report-duration-hm", &args)
    }
}

/// A recipient for people: authority abbreviation and name, controller name, or the label of
/// a generic recipient (`data-subjects`, `csirt`, …).
pub(super) fn recipient(ctx: &Ctx<'_>, r: &str, controllers: &[Controller]) -> String {
    if let Some(id) = r.strip_prefix("controller:") {
        return controllers
            .iter()
            .find(|c| c.id.to_string() == id)
            .map_or_else(|| r.to_string(), |c| c.name.clone());
    }
    if let Ok(a) = authorities::find("authority", r) {
        return format!("{} ({})", a.name, a.short);
    }
    capitalise(&ctx.text_or(&format!("recipient-{r}"), r))
}

pub(super) fn none(s: String) -> String {
    if s.trim().is_empty() {
        "—".to_string()
    } else {
        s
    }
}
