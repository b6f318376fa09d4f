//! The incident report's body.

use crate::domain::{Action, Evidence, Incident, Note};
use crate::journal::Event;
use breachlog_pdf::layout::{Column, Face, Flow, Span, BODY};

use super::audit::event_table;
use super::common::*;

/// What was recorded on the incident besides its fields: actions, notes, evidence files.
pub(super) struct Records<'a> {
    pub actions: &'a [Action],
    pub notes: &'a [Note],
    pub evidence: &'a [Evidence],
}

pub(super) fn incident_body(
    flow: &mut Flow<'_>,
    ctx: &Ctx<'_>,
    i: &Incident,
    records: Records<'_>,
    regulation: Regulation<'_>,
    events: &[Event],
) {
    let Records {
        actions,
        notes,
        evidence,
    } = records;
    let l = ctx.l;
    flow.heading(&l.text("report-section-facts"), 60.0);
    let occurred = match (i.occurred_from, i.occurred_to) {
        (Some(f), Some(t)) => format!("{} – {}", ctx.local(&f), ctx.local(&t)),
        (Some(f), None) => ctx.local(&f),
        _ => l.text("report-unknown"),
    };
    let mut rows = vec![
        (l.text("report-incident-id"), i.id.to_string()),
        (ctx.field("title"), i.title.clone()),
        (
            ctx.field("category"),
            ctx.label("category", i.category.as_str()),
        ),
        (
            ctx.field("vuln_class"),
            i.vuln_class
                .map(|v| ctx.label("vuln", v.as_str()))
                .unwrap_or_default(),
        ),
        (ctx.field("source"), ctx.label("source", i.source.as_str())),
        (
            ctx.field("severity"),
            ctx.label("severity", i.severity.as_str()),
        ),
        (
            ctx.field("status"),
            capitalise(&ctx.label("status", i.status.as_str())),
        ),
        (
            ctx.field("close_reason"),
            i.close_reason
                .map(|r| ctx.label("close-reason", r.as_str()))
                .unwrap_or_default(),
        ),
        (
            l.text("report-exercise"),
            if i.exercise {
                ctx.yes_no(true)
            } else {
                String::new()
            },
        ),
        (ctx.field("occurred_at"), occurred),
        (ctx.field("detected_at"), ctx.local(&i.detected_at)),
        (
            l.text("report-contained-at"),
            ctx.local_opt(&i.contained_at),
        ),
        (l.text("report-resolved-at"), ctx.local_opt(&i.resolved_at)),
        (l.text("report-closed-at"), ctx.local_opt(&i.closed_at)),
        (ctx.field("owner"), opt(&i.owner)),
        (ctx.field("affected_systems"), i.affected_systems.join(", ")),
        (
            l.text("report-recorded"),
            format!("{} ({})", ctx.local(&i.created_at), i.created_by),
        ),
        (ctx.field("description"), i.description.clone()),
    ];
    // Facts that start CRA and DORA clocks, shown only once recorded.
    if let Some(k) = i.cra_kind {
        rows.push((ctx.field("cra_kind"), ctx.label("cra-kind", k.as_str())));
    }
    if i.corrective_measure_at.is_some() {
        rows.push((
            ctx.field("corrective_measure_at"),
            ctx.local_opt(&i.corrective_measure_at),
        ));
    }
    if i.recovered_at.is_some() {
        rows.push((ctx.field("recovered_at"), ctx.local_opt(&i.recovered_at)));
    }
    flow.fields(&rows);

    flow.heading(&l.text("report-section-assessment"), 40.0);
    match &i.assessment {
        None => flow.paragraph(Face::Regular, BODY, &l.text("report-no-assessment")),
        Some(a) => {
            rows = vec![
                (
                    ctx.field("personal_data"),
                    ctx.label("personal-data", a.personal_data.as_str()),
                ),
                (ctx.field("aware_at"), ctx.local_opt(&a.aware_at)),
                (
                    ctx.field("aware_justification"),
                    opt(&a.aware_justification),
                ),
                (
                    ctx.field("role"),
                    a.role
                        .map(|r| ctx.label("role", r.as_str()))
                        .unwrap_or_default(),
                ),
                (
                    ctx.field("nature"),
                    a.nature
                        .iter()
                        .map(|n| ctx.label("nature", n.as_str()))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                (ctx.field("data_categories"), a.data_categories.join(", ")),
                (
                    ctx.field("special_categories"),
                    a.special_categories.join(", "),
                ),
                (
                    ctx.field("subject_categories"),
                    a.subject_categories.join(", "),
                ),
                (
                    ctx.field("subjects_approx"),
                    ctx.approx(a.subjects_approx, a.subjects_estimate),
                ),
                (
                    ctx.field("records_approx"),
                    ctx.approx(a.records_approx, a.records_estimate),
                ),
                (ctx.field("consequences"), opt(&a.consequences)),
                (ctx.field("measures_taken"), opt(&a.measures_taken)),
                (ctx.field("measures_proposed"), opt(&a.measures_proposed)),
                (ctx.field("contact_point"), opt(&a.contact_point)),
            ];
            flow.fields(&rows);
            flow.heading(&l.text("report-section-decision"), 40.0);
            rows = vec![
                (
                    ctx.field("risk"),
                    a.risk
                        .map(|r| ctx.label("risk", r.as_str()))
                        .unwrap_or_else(|| l.text("report-pending")),
                ),
                (ctx.field("risk_reasoning"), opt(&a.risk_reasoning)),
                (
                    ctx.field("decision"),
                    a.decision
                        .map(|d| ctx.label("decision", d.as_str()))
                        .unwrap_or_else(|| l.text("report-pending")),
                ),
                (ctx.field("decision_rationale"), opt(&a.decision_rationale)),
                (l.text("report-decided-by"), opt(&a.decided_by)),
                (ctx.field("decided_at"), ctx.local_opt(&a.decided_at)),
            ];
            flow.fields(&rows);
        }
    }

    let (obligations, controllers, gap) = regulation;
    super::documents::obligations_table(flow, ctx, obligations, controllers, gap);
    flow.heading(&l.text("report-section-filings"), 40.0);
    super::documents::filings_table(flow, ctx, obligations, controllers, true);

    flow.heading(&l.text("report-section-actions"), 40.0);
    if actions.is_empty() {
        flow.paragraph(Face::Regular, BODY, &l.text("report-none"));
    } else {
        let cols = [
            Column {
                title: ctx.field("title"),
                weight: 5.0,
            },
            Column {
                title: ctx.field("owner"),
                weight: 2.0,
            },
            Column {
                title: ctx.field("due_at"),
                weight: 2.2,
            },
            Column {
                title: ctx.field("status"),
                weight: 2.2,
            },
        ];
        let rows = actions.iter().map(|a| {
            let status = match a.done_at {
                Some(t) if a.done => l.msg("report-action-done-at", &[("at", ctx.local(&t))]),
                _ if a.done => l.text("report-action-done"),
                _ => l.text("report-action-open"),
            };
            vec![
                vec![Span::plain(&a.title)],
                vec![Span::plain(opt(&a.owner))],
                vec![Span::plain(ctx.local_opt(&a.due_at))],
                vec![Span::plain(status)],
            ]
        });
        flow.table(&cols, rows);
    }

    if !notes.is_empty() {
        flow.heading(&l.text("report-section-notes"), 40.0);
        let cols = [
            Column {
                title: l.text("report-col-when"),
                weight: 2.0,
            },
            Column {
                title: l.text("report-col-who"),
                weight: 1.5,
            },
            Column {
                title: ctx.field("note"),
                weight: 7.0,
            },
        ];
        let rows = notes.iter().map(|n| {
            vec![
                vec![Span::plain(ctx.local(&n.created_at))],
                vec![Span::plain(&n.author)],
                vec![Span::plain(&n.text)],
            ]
        });
        flow.table(&cols, rows);
    }

    if !evidence.is_empty() {
        evidence_table(flow, ctx, evidence);
    }

    flow.heading(&l.text("report-section-timeline"), 40.0);
    event_table(flow, ctx, events, false);
}

/// The evidence files by name, size and SHA-256 (in groups of 16 digits, so that a line breaks
/// between groups and never inside one), with who added them when.
fn evidence_table(flow: &mut Flow<'_>, ctx: &Ctx<'_>, evidence: &[Evidence]) {
    let l = ctx.l;
    flow.heading(&l.text("report-section-evidence"), 60.0);
    flow.paragraph(Face::Regular, BODY, &l.text("report-evidence-intro"));
    let cols = [
        Column {
            title: l.text("report-col-file"),
            weight: 3.6,
        },
        Column {
            title: l.text("report-col-size"),
            weight: 2.3,
        },
        Column {
            title: l.text("report-col-sha256"),
            weight: 3.9,
        },
        Column {
            title: l.text("report-col-added"),
            weight: 2.4,
        },
    ];
    let rows = evidence.iter().map(|e| {
        // Each span starts on a line of its own.
        let mut file = vec![Span::plain(&e.name), Span::new(Face::Mono, &e.media_type)];
        if let Some(note) = e.note.as_deref().filter(|n| !n.is_empty()) {
            file.push(Span::plain(truncate(note, 300)));
        }
        if e.erased {
            file.push(Span::bold(l.text("report-evidence-erased")));
        }
        let groups: Vec<String> = e
            .sha256
            .as_bytes()
            .chunks(16)
            .map(|g| String::from_utf8_lossy(g).into_owned())
            .collect();
        vec![
            file,
            vec![Span::plain(crate::format::file_size(l, e.size))],
            vec![Span::new(Face::Mono, groups.join(" "))],
            vec![
                Span::plain(ctx.local(&e.added_at)),
                Span::plain(&e.added_by),
            ],
        ]
    });
    flow.table(&cols, rows);
}

// ---- audit trail ------------------------------------------------------------------------
