//! The Art 33(5) register's body: one row per breach with its obligations and filings.

use crate::report::RegisterSummary;
use crate::views::RegisterRow;
use breachlog_pdf::layout::{Cell, Column, Face, Flow, Span, BODY};

use super::common::*;

pub(super) fn register_body(
    flow: &mut Flow<'_>,
    ctx: &Ctx<'_>,
    rows: &[RegisterRow],
    summary: &RegisterSummary,
    gaps: &[Option<crate::register::regulation::ClockGap>],
) {
    let l = ctx.l;
    flow.paragraph(Face::Regular, BODY, &l.text("report-register-intro"));
    flow.fields(&[
        (l.text("report-sum-breaches"), summary.breaches.to_string()),
        (l.text("report-sum-notified"), summary.notified.to_string()),
        (
            l.text("report-sum-not-notified"),
            summary.not_notified.to_string(),
        ),
        (l.text("report-sum-pending"), summary.pending.to_string()),
        (
            l.text("report-sum-under-assessment"),
            summary.under_assessment.to_string(),
        ),
        (
            l.text("report-sum-exercises"),
            summary.exercises_excluded.to_string(),
        ),
    ]);
    flow.heading(&l.text("report-section-register"), 60.0);
    if rows.is_empty() {
        flow.paragraph(Face::Regular, BODY, &l.text("report-no-breaches"));
        return;
    }
    let cols = [
        Column {
            title: l.text("report-col-breach"),
            weight: 2.3,
        },
        Column {
            title: l.text("report-col-times"),
            weight: 2.4,
        },
        Column {
            title: l.text("report-col-nature"),
            weight: 2.5,
        },
        Column {
            title: l.text("report-col-data"),
            weight: 2.4,
        },
        Column {
            title: l.text("report-col-risk"),
            weight: 2.3,
        },
        Column {
            title: l.text("report-col-art33"),
            weight: 2.3,
        },
        Column {
            title: l.text("report-col-filings"),
            weight: 2.6,
        },
        Column {
            title: l.text("report-col-measures"),
            weight: 2.6,
        },
        Column {
            title: l.text("report-col-journal"),
            weight: 1.5,
        },
    ];
    let none = |s: String| {
        if s.trim().is_empty() {
            "—".to_string()
        } else {
            s
        }
    };
    let kv = |label: String, value: String| Span::plain(format!("{label}: {}", none(value)));
    let mapped = rows.iter().enumerate().map(|(n, r)| {
        let breach = vec![
            Span::bold(&r.title),
            Span::new(Face::Mono, short(&r.id)),
            Span::plain(ctx.label("category", &r.category)),
            Span::plain(
                r.role
                    .as_deref()
                    .map(|x| ctx.label("role", x))
                    .unwrap_or_default(),
            ),
        ];
        let occurred = match (r.occurred_from, r.occurred_to) {
            (Some(f), Some(t)) => format!("{} – {}", ctx.local(&f), ctx.local(&t)),
            (Some(f), None) => ctx.local(&f),
            _ => l.text("report-unknown"),
        };
        let mut times = vec![
            kv(l.text("report-t-occurred"), occurred),
            kv(l.text("report-t-detected"), ctx.local(&r.detected_at)),
            kv(l.text("report-t-aware"), ctx.local_opt(&r.aware_at)),
            kv(l.text("report-t-contained"), ctx.local_opt(&r.contained_at)),
            kv(l.text("report-t-closed"), ctx.local_opt(&r.closed_at)),
        ];
        if let Some(j) = r
            .aware_justification
            .as_deref()
            .filter(|j| !j.trim().is_empty())
        {
            times.push(Span::plain(format!(
                "{}: {j}",
                l.text("report-t-justification")
            )));
        }
        let mut nature = vec![Span::plain(none(
            r.nature
                .iter()
                .map(|n| ctx.label("nature", n))
                .collect::<Vec<_>>()
                .join(", "),
        ))];
        if !r.description.trim().is_empty() {
            nature.push(Span::plain(truncate(&r.description, 600)));
        }
        let data = vec![
            kv(ctx.field("data_categories"), r.data_categories.join(", ")),
            kv(
                ctx.field("special_categories"),
                r.special_categories.join(", "),
            ),
            kv(
                ctx.field("records_approx"),
                ctx.approx(r.records_approx, r.records_estimate),
            ),
            kv(
                ctx.field("subject_categories"),
                r.subject_categories.join(", "),
            ),
            kv(
                ctx.field("subjects_approx"),
                ctx.approx(r.subjects_approx, r.subjects_estimate),
            ),
        ];
        let mut risk = vec![Span::bold(
            r.risk
                .as_deref()
                .map(|x| ctx.label("risk", x))
                .unwrap_or_else(|| l.text("report-pending")),
        )];
        if let Some(x) = r.risk_reasoning.as_deref().filter(|x| !x.trim().is_empty()) {
            risk.push(Span::plain(x));
        }
        if let (Some(dpc), Some(ei), Some(cb), Some(se)) =
            (r.enisa_dpc, &r.enisa_ei, &r.enisa_cb, &r.enisa_se)
        {
            let band = r
                .enisa_band
                .as_deref()
                .map(|b| ctx.label("enisa-band", b))
                .unwrap_or_default();
            risk.push(Span::plain(l.msg(
                "report-reg-enisa",
                &[
                    ("dpc", dpc.to_string()),
                    ("ei", ei.clone()),
                    ("cb", cb.clone()),
                    ("se", se.clone()),
                    ("band", band),
                ],
            )));
        }
        let mut art33 = vec![Span::bold(
            r.decision
                .as_deref()
                .map(|x| ctx.label("decision", x))
                .unwrap_or_else(|| l.text("report-pending")),
        )];
        if let Some(x) = r
            .decision_rationale
            .as_deref()
            .filter(|x| !x.trim().is_empty())
        {
            art33.push(Span::plain(x));
        }
        if r.decided_by.is_some() || r.decided_at.is_some() {
            art33.push(Span::plain(format!(
                "{} · {}",
                opt(&r.decided_by),
                ctx.local_opt(&r.decided_at)
            )));
        }
        let mut measures = Vec::new();
        if let Some(x) = r.consequences.as_deref().filter(|x| !x.trim().is_empty()) {
            measures.push(Span::plain(format!("{}: {x}", ctx.field("consequences"))));
        }
        if let Some(x) = r.measures_taken.as_deref().filter(|x| !x.trim().is_empty()) {
            measures.push(Span::plain(format!("{}: {x}", ctx.field("measures_taken"))));
        }
        if let Some(x) = r
            .measures_proposed
            .as_deref()
            .filter(|x| !x.trim().is_empty())
        {
            measures.push(Span::plain(format!(
                "{}: {x}",
                ctx.field("measures_proposed")
            )));
        }
        if measures.is_empty() {
            measures.push(Span::plain("—"));
        }
        let journal = vec![
            Span::plain(capitalise(&ctx.label("status", &r.status))),
            Span::plain(format!("#{}", r.journal_seq)),
            Span::new(
                Face::Mono,
                r.journal_hash.chars().take(16).collect::<String>(),
            ),
        ];
        let mut filings = register_filings_cell(ctx, r);
        if let Some(gap) = gaps.get(n).copied().flatten() {
            filings.push(Span::plain(l.text(&format!("report-{}", gap.label_id()))));
        }
        vec![
            breach, times, nature, data, risk, art33, filings, measures, journal,
        ]
    });
    flow.table(&cols, mapped);
}

/// Filings per recipient, controllers notified, the Art 34 communication and other regimes.
pub(super) fn register_filings_cell(ctx: &Ctx<'_>, r: &RegisterRow) -> Cell {
    let l = ctx.l;
    let mut cell = Vec::new();
    for f in &r.filings {
        let recipient = recipient(ctx, &f.recipient, &[]);
        cell.push(Span::bold(format!(
            "{recipient} · {}",
            capitalise(&ctx.label("phase", &f.phase))
        )));
        cell.push(Span::plain(format!(
            "{} · {} · {}",
            ctx.local(&f.at),
            ctx.label("channel", &f.channel),
            f.reference
        )));
        if let Some(m) = f.late_by_minutes {
            cell.push(Span::plain(l.msg(
                "report-late-by",
                &[("duration", compact_duration(ctx.l, m))],
            )));
        }
        if let Some(x) = f
            .reasons_for_delay
            .as_deref()
            .filter(|x| !x.trim().is_empty())
        {
            cell.push(Span::plain(
                l.msg("report-reasons-for-delay", &[("reasons", x.to_string())]),
            ));
        }
        if let Some(x) = &f.superseded_by {
            cell.push(Span::plain(
                l.msg("report-reg-superseded", &[("reference", x.clone())]),
            ));
        }
    }
    if r.filings.is_empty() {
        cell.push(Span::plain(l.text("report-no-filings")));
    }
    if !r.controllers_notified.is_empty() {
        let list: Vec<String> = r
            .controllers_notified
            .iter()
            .map(|c| match c.notified_at {
                Some(at) => format!("{} ({})", c.name, ctx.local(&at)),
                None => format!("{} ({})", c.name, l.text("report-reg-controller-pending")),
            })
            .collect();
        cell.push(Span::plain(
            l.msg("report-reg-controllers", &[("list", list.join("; "))]),
        ));
    }
    let art34 = match r.art34_decision.as_deref() {
        Some("communicated") => Some(
            l.msg(
                "report-reg-art34-communicated",
                &[
                    ("at", ctx.local_opt(&r.art34_communicated_at)),
                    (
                        "channel",
                        r.art34_channel
                            .as_deref()
                            .map(|c| ctx.label("channel", c))
                            .unwrap_or_default(),
                    ),
                ],
            ),
        ),
        Some("exempt") => Some(
            l.msg(
                "report-reg-art34-exempt",
                &[
                    (
                        "exemption",
                        r.art34_exemption
                            .as_deref()
                            .map(|e| ctx.label("art34-exemption", e))
                            .unwrap_or_default(),
                    ),
                    ("justification", opt(&r.art34_justification)),
                ],
            ),
        ),
        Some("pending") => Some(l.text("report-reg-art34-pending")),
        Some("not_required") => Some(l.text("report-reg-art34-not-required")),
        _ => None,
    };
    if let Some(a) = art34 {
        cell.push(Span::plain(a));
    }
    if !r.other_regimes.is_empty() {
        let list: Vec<String> = r
            .other_regimes
            .iter()
            .map(|t| match t.split_once(':') {
                Some((regime, rec)) => format!(
                    "{} ({})",
                    ctx.label("regime", regime),
                    recipient(ctx, rec, &[])
                ),
                None => t.clone(),
            })
            .collect();
        cell.push(Span::plain(
            l.msg("report-reg-other", &[("list", list.join(", "))]),
        ));
    }
    cell
}

// ---- integrity --------------------------------------------------------------------------
