//! Pages of the documents addressed outside the organisation (the Art 33 notification, the
//! Art 34 communication, the processor's notice to a controller) and the obligations and
//! filings tables of the incident report.

use super::common::{capitalise, compact_duration, none, recipient, Ctx};
use crate::register::regulation::{ClockGap, Controller, ObligationStatus};
use crate::report::documents::DocumentData;
use crate::report::ReportKind;
use crate::views::ObligationRecord;
use breachlog_pdf::layout::{Cell, Column, Face, Flow, Span, BODY};

/// The status cell: status, lateness and a not-required rationale.
fn status_cell(ctx: &Ctx<'_>, r: &ObligationRecord) -> Cell {
    let l = ctx.l;
    let mut cell = vec![Span::bold(capitalise(
        &ctx.label("obligation-status", r.status.as_str()),
    ))];
    if let Some(m) = r.late_by_minutes.filter(|m| *m > 0) {
        let id = if r.status == ObligationStatus::Overdue {
            "report-overdue-by"
        } else {
            "report-late-by"
        };
        cell.push(Span::plain(
            l.msg(id, &[("duration", compact_duration(ctx.l, m))]),
        ));
    }
    if let Some(n) = &r.obligation.not_required {
        cell.push(Span::plain(l.msg(
            "report-not-required-because",
            &[
                ("rationale", n.rationale.clone()),
                ("by", n.decider.clone()),
                ("at", ctx.local(&n.at)),
            ],
        )));
    }
    cell
}

fn due_text(ctx: &Ctx<'_>, r: &ObligationRecord) -> String {
    match r.obligation.due_at {
        Some(t) => ctx.local(&t),
        None if r.obligation.has_clock() => ctx.l.text("report-due-awaiting"),
        None => ctx.l.text("report-due-undue-delay"),
    }
}

/// The incident's obligations: regime, recipient, what, due, status (with lateness and the
/// rationale of a not-required decision), and why no GDPR breach obligation is derived when
/// none is (an empty table never reads as "nothing to do" without its reason).
pub(super) fn obligations_table(
    flow: &mut Flow<'_>,
    ctx: &Ctx<'_>,
    records: &[ObligationRecord],
    controllers: &[Controller],
    gap: Option<ClockGap>,
) {
    let l = ctx.l;
    flow.heading(&l.text("report-section-obligations"), 40.0);
    let reason = gap.map(|g| l.text(&format!("report-{}", g.label_id())));
    if records.is_empty() {
        let mut text = l.text("report-no-obligations");
        if let Some(r) = &reason {
            text.push(' ');
            text.push_str(r);
        }
        flow.paragraph(Face::Regular, BODY, &text);
        return;
    }
    let cols = [
        Column {
            title: l.text("report-col-regime"),
            weight: 1.2,
        },
        Column {
            title: l.text("report-col-recipient"),
            weight: 2.4,
        },
        Column {
            title: l.text("report-col-obligation"),
            weight: 2.4,
        },
        Column {
            title: l.text("report-col-due"),
            weight: 2.1,
        },
        Column {
            title: l.text("report-col-status"),
            weight: 3.0,
        },
    ];
    let rows = records.iter().map(|r| {
        let o = &r.obligation;
        vec![
            vec![Span::plain(ctx.label("regime", o.regime.as_str()))],
            vec![Span::plain(recipient(ctx, &o.recipient, controllers))],
            vec![
                Span::plain(capitalise(&ctx.label("obligation-kind", o.kind.as_str()))),
                Span::plain(crate::legal::localise(&o.reference, ctx.l.language())),
            ],
            vec![Span::plain(due_text(ctx, r))],
            status_cell(ctx, r),
        ]
    });
    flow.table(&cols, rows);
    if let Some(r) = &reason {
        flow.paragraph(Face::Regular, BODY, r);
    }
}

/// Every filing of the given obligations, in time order.
pub(super) fn filings_table(
    flow: &mut Flow<'_>,
    ctx: &Ctx<'_>,
    records: &[ObligationRecord],
    controllers: &[Controller],
    with_recipient: bool,
) {
    let l = ctx.l;
    let mut all: Vec<(&ObligationRecord, &crate::register::regulation::Filing)> = records
        .iter()
        .flat_map(|r| r.filings.iter().map(move |f| (r, f)))
        .collect();
    all.sort_by_key(|(_, f)| (f.at, f.id));
    if all.is_empty() {
        flow.paragraph(Face::Regular, BODY, &l.text("report-no-filings"));
        return;
    }
    let mut cols = vec![Column {
        title: l.text("report-col-when"),
        weight: 2.1,
    }];
    if with_recipient {
        cols.push(Column {
            title: l.text("report-col-recipient"),
            weight: 2.2,
        });
    }
    cols.extend([
        Column {
            title: l.text("report-col-phase"),
            weight: 1.4,
        },
        Column {
            title: l.text("report-col-channel"),
            weight: 1.4,
        },
        Column {
            title: l.text("report-col-reference"),
            weight: 1.8,
        },
        Column {
            title: l.text("report-col-delay"),
            weight: 3.0,
        },
    ]);
    let rows = all.into_iter().map(|(r, f)| {
        let mut row: Vec<Cell> = vec![vec![
            Span::plain(ctx.local(&f.at)),
            Span::plain(f.recorded_by.clone()),
        ]];
        if with_recipient {
            row.push(vec![Span::plain(recipient(
                ctx,
                &r.obligation.recipient,
                controllers,
            ))]);
        }
        let mut delay = Vec::new();
        match f.late_by_minutes.filter(|m| *m > 0) {
            Some(m) => delay.push(Span::bold(l.msg(
                "report-late-by",
                &[("duration", compact_duration(ctx.l, m))],
            ))),
            None if f.phase == crate::register::regulation::Phase::Initial
                && r.obligation.has_clock() =>
            {
                delay.push(Span::plain(l.text("report-on-time")))
            }
            None => {}
        }
        if let Some(reasons) = f
            .reasons_for_delay
            .as_deref()
            .filter(|s| !s.trim().is_empty())
        {
            delay.push(Span::plain(l.msg(
                "report-reasons-for-delay",
                &[("reasons", reasons.to_string())],
            )));
        }
        if delay.is_empty() {
            delay.push(Span::plain("—"));
        }
        row.extend([
            vec![Span::plain(capitalise(
                &ctx.label("phase", f.phase.as_str()),
            ))],
            vec![Span::plain(ctx.label("channel", f.channel.as_str()))],
            vec![Span::new(Face::Mono, none(f.reference.clone()))],
            delay,
        ]);
        row
    });
    flow.table(&cols, rows);
}

/// "Changed since the filing of <date>": every field that differs from the content recorded at
/// the latest filing to this addressee (before, after); nothing before any filing.
fn changes_section(flow: &mut Flow<'_>, ctx: &Ctx<'_>, d: &DocumentData) {
    let l = ctx.l;
    let Some(since) = &d.draft.since_filing else {
        return;
    };
    let args = [("date", since.at.local_date_in(ctx.tz))];
    flow.heading(&l.msg("draft-changed-since", &args), 40.0);
    let note = if !since.snapshot {
        Some("draft-no-snapshot")
    } else if since.redacted {
        Some("draft-snapshot-redacted")
    } else if d.draft.changed_since_filing.is_empty() {
        Some("draft-changed-none")
    } else {
        None
    };
    if let Some(id) = note {
        flow.paragraph(Face::Regular, BODY, &l.msg(id, &args));
        return;
    }
    let cols = vec![
        Column {
            title: l.text("report-col-field"),
            weight: 2.0,
        },
        Column {
            title: l.text("draft-change-before"),
            weight: 3.5,
        },
        Column {
            title: l.text("draft-change-after"),
            weight: 3.5,
        },
    ];
    let absent = l.text("draft-change-absent");
    let rows = d.draft.changed_since_filing.iter().map(|c| -> Vec<Cell> {
        vec![
            vec![Span::bold(c.label.clone())],
            vec![Span::plain(
                c.before.clone().unwrap_or_else(|| absent.clone()),
            )],
            vec![Span::plain(
                c.after.clone().unwrap_or_else(|| absent.clone()),
            )],
        ]
    });
    flow.table(&cols, rows);
}

/// The body of a notification, data-subject communication or controller notice.
pub(super) fn document_body(
    flow: &mut Flow<'_>,
    ctx: &Ctx<'_>,
    kind: ReportKind,
    d: &DocumentData,
    controllers: &[Controller],
) {
    let l = ctx.l;
    flow.heading(&l.text("report-section-addressee"), 40.0);
    let to = &d.addressee;
    let addressee = match to.kind {
        "data_subjects" => l.text("report-addressee-subjects"),
        _ if to.detail.trim().is_empty() => to.name.clone(),
        _ => format!("{} ({})", to.name, to.detail),
    };
    flow.fields(&[
        (l.text("report-addressee"), addressee),
        (l.text("report-website"), to.website.clone()),
        (l.text("report-incident-id"), d.incident_id.to_string()),
        (
            l.text("report-document-language"),
            l.text(&format!("language-{}", d.draft.language.as_str())),
        ),
    ]);
    if matches!(kind, ReportKind::Dora | ReportKind::Nis2 | ReportKind::Cra) {
        // A report on a regulator's template names what is still empty by the field's label
        // (the template's numbering for DORA); the NIS2 and CRA drafts carry their sources.
        if kind == ReportKind::Dora {
            flow.paragraph(
                Face::Regular,
                BODY,
                &l.msg(
                    "dora-source",
                    &[("source", breachlog_rules::dora_report::SOURCE.to_string())],
                ),
            );
        }
        if !d.draft.missing.is_empty() {
            let items: Vec<String> = d
                .draft
                .fields()
                .filter(|f| d.draft.missing.contains(&f.id))
                .map(|f| f.label.clone())
                .collect();
            flow.paragraph(
                Face::Bold,
                BODY,
                &format!("{}: {}", l.text("draft-missing-title"), items.join("; ")),
            );
        }
    } else if !d.draft.missing.is_empty() {
        let items: Vec<String> = d
            .draft
            .missing
            .iter()
            .map(|m| match m.as_str() {
                "measures" => l.text("report-missing-measures"),
                other => ctx.text_or(&format!("tpl-field-{}", other.replace('_', "-")), other),
            })
            .collect();
        let id = if kind == ReportKind::Subjects && d.uk_gdpr {
            "report-doc-incomplete-uk"
        } else if kind == ReportKind::Subjects {
            "report-doc-incomplete"
        } else if d.uk_gdpr {
            "report-doc-phased-uk"
        } else {
            "report-doc-phased"
        };
        flow.paragraph(Face::Bold, BODY, &l.msg(id, &[("items", items.join(", "))]));
    }
    changes_section(flow, ctx, d);
    for section in &d.draft.sections {
        flow.heading(&section.title, 30.0);
        let rows: Vec<(String, String)> = section
            .fields
            .iter()
            .map(|f| (f.label.clone(), none(f.value.clone())))
            .collect();
        flow.fields(&rows);
    }
    if let Some(a) = &d.attachment {
        flow.heading(&l.text("report-section-customer-draft"), 60.0);
        flow.paragraph(Face::Regular, BODY, &l.text("report-customer-draft-intro"));
        flow.paragraph(Face::Bold, BODY, &a.title);
        for section in &a.draft.sections {
            flow.heading(&section.title, 30.0);
            let rows: Vec<(String, String)> = section
                .fields
                .iter()
                .map(|f| (f.label.clone(), none(f.value.clone())))
                .collect();
            flow.fields(&rows);
        }
    }
    if let Some(ex) = &d.art34_exemption {
        let heading = if d.uk_gdpr {
            "report-section-art34-exemption-uk"
        } else {
            "report-section-art34-exemption"
        };
        flow.heading(&l.text(heading), 30.0);
        flow.fields(&[
            (l.text("report-exemption"), ctx.label("art34-exemption", ex)),
            (
                l.text("report-justification"),
                none(d.art34_justification.clone().unwrap_or_default()),
            ),
        ]);
    }
    flow.heading(&l.text("report-section-filing-record"), 60.0);
    flow.paragraph(
        Face::Regular,
        BODY,
        &l.text(&if d.uk_gdpr {
            format!("report-filing-record-intro-{}-uk", kind.as_str())
        } else {
            format!("report-filing-record-intro-{}", kind.as_str())
        }),
    );
    if d.obligations.is_empty() {
        flow.paragraph(
            Face::Regular,
            BODY,
            &l.text("report-no-obligation-for-document"),
        );
        return;
    }
    for r in &d.obligations {
        let o = &r.obligation;
        let status: Vec<String> = status_cell(ctx, r).into_iter().map(|s| s.text).collect();
        flow.fields(&[
            (
                l.text("report-col-obligation"),
                format!(
                    "{} — {} ({})",
                    ctx.label("regime", o.regime.as_str()),
                    capitalise(&ctx.label("obligation-kind", o.kind.as_str())),
                    crate::legal::localise(&o.reference, ctx.l.language())
                ),
            ),
            (
                l.text("report-col-recipient"),
                recipient(ctx, &o.recipient, controllers),
            ),
            (l.text("report-col-due"), due_text(ctx, r)),
            (l.text("report-col-status"), status.join(" · ")),
        ]);
    }
    filings_table(
        flow,
        ctx,
        &d.obligations,
        controllers,
        d.obligations.len() > 1,
    );
}
