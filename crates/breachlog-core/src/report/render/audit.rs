//! The audit trail's body: the journal events as a table.

use serde_json::Value;

use crate::journal::Event;
use breachlog_pdf::layout::{Cell, Column, Face, Flow, Span, BODY};

use super::common::*;

pub(super) fn audit_body(flow: &mut Flow<'_>, ctx: &Ctx<'_>, events: &[Event]) {
    let l = ctx.l;
    flow.paragraph(
        Face::Regular,
        BODY,
        &l.msg("report-audit-intro", &[("count", events.len().to_string())]),
    );
    flow.heading(&l.text("report-section-events"), 40.0);
    event_table(flow, ctx, events, true);
}

pub(super) fn event_table(
    flow: &mut Flow<'_>,
    ctx: &Ctx<'_>,
    events: &[Event],
    with_subject: bool,
) {
    let l = ctx.l;
    let mut cols = vec![
        Column {
            title: l.text("report-col-seq"),
            weight: 0.7,
        },
        Column {
            title: l.text("report-col-when"),
            weight: 3.1,
        },
        Column {
            title: l.text("report-col-who"),
            weight: 1.1,
        },
        Column {
            title: l.text("report-col-event"),
            weight: 1.9,
        },
    ];
    if with_subject {
        cols.push(Column {
            title: l.text("report-col-subject"),
            weight: 1.4,
        });
    }
    cols.push(Column {
        title: l.text("report-col-details"),
        weight: 3.9,
    });
    cols.push(Column {
        title: l.text("report-col-hash"),
        weight: 1.8,
    });
    let rows = events.iter().map(|e| {
        let mut row: Vec<Cell> = vec![
            vec![Span::plain(e.seq.to_string())],
            vec![Span::plain(ctx.local(&e.ts))],
            vec![Span::plain(&e.actor)],
            vec![Span::plain(ctx.event_kind(&e.kind))],
        ];
        if with_subject {
            row.push(vec![Span::new(
                Face::Mono,
                e.subject.map(|s| short(&s.to_string())).unwrap_or_default(),
            )]);
        }
        row.push(vec![Span::plain(event_details(ctx, e))]);
        row.push(vec![Span::new(
            Face::Mono,
            format!("{}…", &e.hash[..12.min(e.hash.len())]),
        )]);
        row
    });
    flow.table(&cols, rows);
}

pub(super) fn changed_fields(ctx: &Ctx<'_>, payload: &Value) -> String {
    let names: Vec<String> = payload
        .get("changes")
        .and_then(Value::as_object)
        .map(|m| {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            keys.into_iter().map(|k| ctx.field(k)).collect()
        })
        .unwrap_or_default();
    if names.is_empty() {
        String::new()
    } else {
        ctx.l.msg("report-changed", &[("fields", names.join(", "))])
    }
}

/// A one-line human summary of an event's payload.
pub(super) fn event_details(ctx: &Ctx<'_>, e: &Event) -> String {
    let p = &e.payload;
    let s = |k: &str| {
        p.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    match e.kind.as_str() {
        "incident.created" => p
            .get("incident")
            .and_then(|i| i.get("title"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        "incident.updated" | "breach.assessed" | "org.updated" | "settings.changed" => {
            changed_fields(ctx, p)
        }
        "incident.transitioned" => {
            let mut out = format!("→ {}", ctx.label("status", &s("to")));
            if let Some(r) = p.get("close_reason").and_then(Value::as_str) {
                out.push_str(&format!(" ({})", ctx.label("close-reason", r)));
            }
            if let Some(n) = p.get("note").and_then(Value::as_str) {
                out.push_str(&format!(": {}", truncate(n, 200)));
            }
            out
        }
        "action.added" => s("title"),
        "action.done" | "action.reopened" => short(&s("action_id")),
        "note.added" => truncate(&s("text"), 300),
        "session.unlocked" => format!("{} · {}", s("method"), s("client")),
        "session.locked" => s("reason"),
        "register.created" => s("register_id"),
        "journal.exported" | "register.exported" | "bundle.exported" => {
            let head = p
                .get("head_seq")
                .and_then(Value::as_u64)
                .map(|n| format!(" (#{n})"))
                .unwrap_or_default();
            format!(
                "{}{}",
                p.get("file_name")
                    .or_else(|| p.get("dir_name"))
                    .and_then(Value::as_str)
                    .unwrap_or_default(),
                head
            )
        }
        "incident.redacted" => ctx.l.msg(
            "report-event-redacted",
            &[
                (
                    "fields",
                    crate::i18n::Arg::from(p.get("fields").and_then(Value::as_u64).unwrap_or(0)),
                ),
                ("reason", crate::i18n::Arg::from(s("reason"))),
            ],
        ),
        "evidence.added" | "evidence.exported" => ctx.l.msg(
            "report-event-evidence",
            &[
                (
                    "name",
                    p.get("name")
                        .or_else(|| p.get("file_name"))
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                ),
                (
                    "size",
                    crate::format::file_size(
                        ctx.l,
                        p.get("size").and_then(Value::as_u64).unwrap_or(0),
                    ),
                ),
            ],
        ),
        "report.issued" => format!(
            "{} · {}",
            s("serial"),
            ctx.text_or(
                &format!("report-kind-{}", s("kind").replace('_', "-")),
                &s("kind")
            )
        ),
        _ => truncate(&crate::canonical::to_string(p).unwrap_or_default(), 200),
    }
}

// ---- register ---------------------------------------------------------------------------
