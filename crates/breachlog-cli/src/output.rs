//! Human-readable output (tables, details, timelines) and the JSON switch.

use breachlog_core::domain::{Action, Incident, Note, Org};
use breachlog_core::i18n::Localizer;
use breachlog_core::query::IncidentPage;
use breachlog_core::{Event, Register, Ts};
use chrono_tz::Tz;
use serde::Serialize;

/// Prints either JSON or the human text.
pub struct Printer {
    pub json: bool,
}

impl Printer {
    pub fn new(json: bool) -> Self {
        Printer { json }
    }

    pub fn emit<T: Serialize + ?Sized>(&self, value: &T, human: impl FnOnce() -> String) {
        if self.json {
            match serde_json::to_string(value) {
                Ok(s) => println!("{s}"),
                Err(e) => eprintln!("breachlog: {e}"),
            }
        } else {
            println!("{}", human());
        }
    }
}

/// The first 8 characters of an id.
pub fn short(id: &str) -> String {
    id.chars().take(8).collect()
}

pub fn org_tz(reg: &Register) -> Tz {
    reg.org()
        .ok()
        .and_then(|o| o.timezone.parse().ok())
        .unwrap_or(Tz::UTC)
}

/// A timestamp in the organisation's time zone, to the minute, with the zone abbreviation.
pub fn local(ts: &Ts, tz: Tz) -> String {
    ts.as_utc()
        .with_timezone(&tz)
        .format("%Y-%m-%d %H:%M %Z")
        .to_string()
}

fn local_text(text: &str, tz: Tz) -> String {
    Ts::parse(text)
        .map(|t| local(&t, tz))
        .unwrap_or_else(|| text.to_string())
}

/// Pads to a display width (characters), truncating with an ellipsis.
fn cell(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count > width {
        let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
        s.push('…');
        s
    } else {
        format!("{text}{}", " ".repeat(width - count))
    }
}

pub fn incident_table(l: &Localizer, page: &IncidentPage, tz: Tz) -> String {
    if page.rows.is_empty() {
        return l.text("cli-no-incidents");
    }
    let mut out = format!(
        "{} {} {} {} {} {}\n",
        cell(&l.text("cli-header-id"), 8),
        cell(&l.text("cli-header-detected"), 22),
        cell(&l.text("cli-header-status"), 14),
        cell(&l.text("cli-header-breach"), 10),
        cell(&l.text("cli-header-risk"), 12),
        l.text("cli-header-title"),
    );
    for r in &page.rows {
        let status = r
            .status
            .parse()
            .map(|s| l.status(s))
            .unwrap_or_else(|_| r.status.clone());
        let breach = if r.breach {
            l.text("cli-yes")
        } else {
            l.text("cli-no")
        };
        let risk = r
            .risk
            .as_deref()
            .map(|x| l.text(&format!("risk-{x}")))
            .unwrap_or_else(|| "—".into());
        out.push_str(&format!(
            "{} {} {} {} {} {}\n",
            short(&r.id),
            cell(&local_text(&r.detected_at, tz), 22),
            cell(&status, 14),
            cell(&breach, 10),
            cell(&risk, 12),
            r.title
        ));
    }
    out.push_str(&l.msg(
        "cli-incidents-count",
        &[
            ("shown", page.rows.len().to_string()),
            ("total", page.total.to_string()),
        ],
    ));
    out
}

pub fn incident_detail(
    l: &Localizer,
    i: &Incident,
    actions: &[Action],
    notes: &[Note],
    timeline: &[Event],
    tz: Tz,
) -> String {
    let mut out = format!("{}  {}\n", i.id, i.title);
    let mut line = |label: &str, value: String| {
        if !value.is_empty() {
            out.push_str(&format!("  {}: {}\n", cell(label, 26), value));
        }
    };
    line(&l.field("status"), l.status(i.status));
    line(&l.field("category"), l.text(&i.category.label_id()));
    if let Some(v) = i.vuln_class {
        line(&l.field("vuln_class"), l.text(&v.label_id()));
    }
    line(&l.field("severity"), l.text(&i.severity.label_id()));
    line(&l.field("source"), l.text(&i.source.label_id()));
    line(&l.field("detected_at"), local(&i.detected_at, tz));
    if let Some(o) = i.occurred_from {
        let to = i
            .occurred_to
            .map(|t| format!(" – {}", local(&t, tz)))
            .unwrap_or_default();
        line(&l.field("occurred_at"), format!("{}{to}", local(&o, tz)));
    }
    line(&l.field("owner"), i.owner.clone().unwrap_or_default());
    line(&l.field("affected_systems"), i.affected_systems.join(", "));
    line(&l.field("description"), i.description.clone());
    if let Some(a) = &i.assessment {
        out.push_str(&format!("\n{}\n", l.text("cli-assessment")));
        let mut line = |label: &str, value: String| {
            if !value.is_empty() {
                out.push_str(&format!("  {}: {}\n", cell(label, 26), value));
            }
        };
        line(
            &l.field("personal_data"),
            l.text(&a.personal_data.label_id()),
        );
        line(
            &l.field("aware_at"),
            a.aware_at.map(|t| local(&t, tz)).unwrap_or_default(),
        );
        line(
            &l.field("role"),
            a.role.map(|r| l.text(&r.label_id())).unwrap_or_default(),
        );
        line(
            &l.field("nature"),
            a.nature
                .iter()
                .map(|n| l.text(&n.label_id()))
                .collect::<Vec<_>>()
                .join(", "),
        );
        line(
            &l.field("risk"),
            a.risk.map(|r| l.text(&r.label_id())).unwrap_or_default(),
        );
        line(
            &l.field("risk_reasoning"),
            a.risk_reasoning.clone().unwrap_or_default(),
        );
        line(
            &l.field("decision"),
            a.decision
                .map(|d| l.text(&d.label_id()))
                .unwrap_or_default(),
        );
        line(
            &l.field("decision_rationale"),
            a.decision_rationale.clone().unwrap_or_default(),
        );
    }
    if !actions.is_empty() {
        out.push_str(&format!("\n{}\n", l.text("cli-actions")));
        for a in actions {
            let due = a
                .due_at
                .map(|d| format!(" ({})", local(&d, tz)))
                .unwrap_or_default();
            out.push_str(&format!(
                "  [{}] {} {}{due}\n",
                if a.done { "x" } else { " " },
                short(&a.id.to_string()),
                a.title
            ));
        }
    }
    if !notes.is_empty() {
        out.push_str(&format!("\n{}\n", l.text("cli-notes")));
        for n in notes {
            out.push_str(&format!(
                "  {} {}: {}\n",
                local(&n.created_at, tz),
                n.author,
                n.text
            ));
        }
    }
    out.push_str(&format!(
        "\n{}\n{}",
        l.text("cli-timeline"),
        timeline_rows(timeline, tz)
    ));
    out
}

fn timeline_rows(events: &[Event], tz: Tz) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "  #{:<6} {}  {:<12} {}",
                e.seq,
                local(&e.ts, tz),
                cell(&e.actor, 12),
                e.kind
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn timeline(l: &Localizer, events: &[Event], tz: Tz) -> String {
    format!("{}\n{}", l.text("cli-timeline"), timeline_rows(events, tz))
}

pub fn org(l: &Localizer, o: &Org) -> String {
    [
        (l.field("org_name"), o.name.clone()),
        (l.field("address"), o.address.clone()),
        (l.field("contact_point"), o.contact_point.clone()),
        (l.field("role"), l.text(&o.default_role.label_id())),
        (l.field("timezone"), o.timezone.clone()),
        (l.field("language"), l.text(&o.language.label_id())),
        (l.field("lead_authority"), o.lead_authority.clone()),
        (
            l.field("regimes"),
            o.regimes
                .iter()
                .map(|r| l.text(&r.label_id()))
                .collect::<Vec<_>>()
                .join(", "),
        ),
    ]
    .iter()
    .map(|(k, v)| format!("{}: {}", cell(k, 26), v))
    .collect::<Vec<_>>()
    .join("\n")
}
