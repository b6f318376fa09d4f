//! Turns report data into pages: one function per report type, sharing the running header,
//! the footer and the integrity section.

use chrono_tz::Tz;
use serde_json::Value;

use super::layout::{
    palette, Canvas, Cell, Column, Encoder, Face, Flow, Fonts, PageStyle, Span, BODY, SMALL,
};
use super::{
    pdf, render_docs, IssueMeta, RegisterRow, RegisterSummary, ReportData, ReportKind,
    ResolvedOptions, ATTACHMENT_NAME,
};
use crate::domain::{Action, Incident, Note, Org};
use crate::error::{Error, Result};
use crate::i18n::Localizer;
use crate::journal::Event;
use crate::Ts;
use breachlog_chain::report::SEAL_LEN;

/// Renders and finalises the PDF; returns the bytes and the page count.
pub(super) fn render(
    kind: ReportKind,
    opts: &ResolvedOptions,
    meta: &IssueMeta,
    org: &Org,
    data: &ReportData,
    content_sha256: &str,
    content_bytes: &[u8],
) -> Result<(Vec<u8>, usize)> {
    let mut fonts = Fonts::load()?;
    let l = Localizer::new(opts.language);
    fonts.redacted = Some((crate::domain::REDACTED.into(), l.text("report-redacted")));
    let tz: Tz = org.timezone.parse().unwrap_or(Tz::UTC);
    let ctx = Ctx { l: &l, tz };
    let style = if kind == ReportKind::Register {
        PageStyle::landscape()
    } else {
        PageStyle::portrait()
    };
    let title = l.text(kind.title_id());
    // The running header of the (portrait) documents carries the short kind name.
    let header_title = if kind.is_external() {
        capitalise(&l.text(&format!("report-kind-{}", kind.as_str())))
    } else {
        title.clone()
    };
    let org_name = if org.name.trim().is_empty() {
        l.text("report-unnamed-org")
    } else {
        org.name.clone()
    };

    let mut subtitle = vec![org_name.clone()];
    if !org.address.trim().is_empty() {
        subtitle.push(org.address.replace('\n', ", "));
    }
    subtitle.push(format!(
        "{}: {}   ·   {}: {}   ·   {}: {}",
        l.text("report-serial"),
        meta.serial,
        l.text("report-generated"),
        ctx.local(&meta.issued_at),
        l.text("report-timezone"),
        org.timezone
    ));
    if opts.from.is_some() || opts.to.is_some() {
        let from = opts
            .from
            .map(|t| ctx.local(&t))
            .unwrap_or_else(|| "…".into());
        let to = opts.to.map(|t| ctx.local(&t)).unwrap_or_else(|| "…".into());
        subtitle.push(l.msg("report-period", &[("from", from), ("to", to)]));
    }

    let footer_left = format!(
        "{} {}  ·  {} {}",
        l.text("report-serial"),
        meta.serial,
        l.text("report-generated"),
        ctx.local(&meta.issued_at)
    );
    let head_short = format!(
        "{} #{} {}…",
        l.text("report-head-short"),
        meta.head_seq,
        &meta.head_hash[..meta.head_hash.len().min(16)]
    );
    let fonts_ref = &fonts;
    // Two passes over the same layout: collect the characters (for font subsetting), then write.
    let layout = |enc: &Encoder| {
        let mut flow = Flow::new(fonts_ref, enc, style);
        match data {
            ReportData::Incident {
                incident,
                actions,
                notes,
                obligations,
                controllers,
                shown,
                clock_gap,
                ..
            } => {
                flow.title(
                    &l.msg(
                        "report-title-with-subject",
                        &[
                            ("title", title.clone()),
                            ("subject", incident.title.clone()),
                        ],
                    ),
                    &subtitle,
                );
                let regulation = (obligations.as_slice(), controllers.as_slice(), *clock_gap);
                incident_body(&mut flow, &ctx, incident, actions, notes, regulation, shown);
            }
            ReportData::Document(doc) => {
                let mut sub = vec![l.msg(
                    "report-title-with-subject",
                    &[
                        ("title", title.clone()),
                        ("subject", doc.incident_title.clone()),
                    ],
                )];
                sub.extend(subtitle.iter().cloned());
                flow.title(&doc.title, &sub);
                render_docs::document_body(&mut flow, &ctx, kind, doc, &doc.controllers);
            }
            ReportData::Register {
                rows,
                summary,
                gaps,
            } => {
                flow.title(&title, &subtitle);
                register_body(&mut flow, &ctx, rows, summary, gaps);
            }
            ReportData::AuditTrail { shown, .. } => {
                flow.title(&title, &subtitle);
                audit_body(&mut flow, &ctx, shown);
            }
        }
        integrity_section(&mut flow, &ctx, meta, content_sha256);
        flow.finish(|c: &mut Canvas<'_>, page, total| {
            decorate(
                c,
                fonts_ref,
                &style,
                &org_name,
                &header_title,
                &footer_left,
                &head_short,
                &l,
                page,
                total,
            );
        })
    };
    let collect = Encoder::collect();
    layout(&collect);
    let mut prepared = pdf::prepare_fonts(&fonts, &collect.chars())?;
    drop(collect);
    let encode = Encoder::Encode(std::mem::take(&mut prepared.codes));
    let (count, pages) = layout(&encode);
    let info = pdf::Info {
        title: title.clone(),
        subject: l.msg(
            "report-pdf-subject",
            &[("org", org_name.clone()), ("serial", meta.serial.clone())],
        ),
        author: org_name,
        keywords: format!(
            "breachlog; {}; serial {}; head {}:{}; content-sha256 {}",
            kind.as_str(),
            meta.serial,
            meta.head_seq,
            meta.head_hash,
            content_sha256
        ),
        created: Some(meta.issued_at.as_utc()),
        // The machine keys of `docs/report-format.md`, then the seal's placeholder.
        extra: vec![
            ("BreachlogSerial".into(), meta.serial.clone()),
            ("BreachlogHeadSeq".into(), meta.head_seq.to_string()),
            ("BreachlogHeadHash".into(), meta.head_hash.clone()),
            ("BreachlogContentSHA256".into(), content_sha256.to_string()),
            (
                "BreachlogPrevReportSHA256".into(),
                meta.prev_report_sha256.clone().unwrap_or_default(),
            ),
            ("BreachlogSeal".into(), "0".repeat(SEAL_LEN)),
        ],
        // The first 16 bytes of the content hash, twice: no randomness.
        id: Some(hex::decode(&content_sha256[..32]).map_err(|e| Error::Data(e.to_string()))?),
    };
    let attachment = pdf::Attachment {
        name: ATTACHMENT_NAME.into(),
        mime: "application/json".into(),
        description: "Breachlog report content (RFC 8785 canonical JSON)".into(),
        bytes: content_bytes.to_vec(),
        relationship: "Data".into(),
    };
    let mut bytes = pdf::finish(
        prepared,
        (style.width, style.height),
        pages,
        &info,
        &[attachment],
    )?;
    breachlog_chain::report::seal(&mut bytes).map_err(|e| Error::Data(e.to_string()))?;
    Ok((bytes, count))
}

#[allow(clippy::too_many_arguments)]
fn decorate(
    c: &mut Canvas,
    fonts: &Fonts,
    style: &PageStyle,
    org: &str,
    title: &str,
    footer_left: &str,
    head_short: &str,
    l: &Localizer,
    page: usize,
    total: usize,
) {
    let left = style.margin_x;
    let right = style.width - style.margin_x;
    let top = style.height - 34.0;
    let half = style.body_width() / 2.0 - 10.0;
    let org_fit = fonts.fit(Face::Bold, 8.5, org, half);
    c.text(Face::Bold, 8.5, left, top, palette::accent(), &org_fit);
    // The title takes the room the organisation's name leaves.
    let title_room = style.body_width() - fonts.width(Face::Bold, 8.5, &org_fit) - 24.0;
    let title_fit = fonts.fit(Face::Regular, 8.5, title, title_room);
    let tw = fonts.width(Face::Regular, 8.5, &title_fit);
    c.text(
        Face::Regular,
        8.5,
        right - tw,
        top,
        palette::muted(),
        &title_fit,
    );
    c.hline(left, right, top - 7.0, 0.6, palette::rule());

    let bottom = 32.0;
    c.hline(left, right, bottom + 12.0, 0.6, palette::rule());
    let page_text = l.msg(
        "report-page-of",
        &[("page", page.to_string()), ("total", total.to_string())],
    );
    let pw = fonts.width(Face::Bold, 8.0, &page_text);
    c.text(
        Face::Bold,
        8.0,
        right - pw,
        bottom,
        palette::ink(),
        &page_text,
    );
    let room = right - left - pw - 20.0;
    c.text(
        Face::Regular,
        SMALL,
        left,
        bottom,
        palette::muted(),
        &fonts.fit(Face::Regular, SMALL, footer_left, room),
    );
    c.text(
        Face::Mono,
        6.5,
        left,
        bottom - 10.0,
        palette::muted(),
        &fonts.fit(Face::Mono, 6.5, head_short, room),
    );
}

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
type Regulation<'a> = (
    &'a [super::ObligationRecord],
    &'a [crate::register::regulation::Controller],
    Option<crate::register::regulation::ClockGap>,
);

fn incident_body(
    flow: &mut Flow<'_>,
    ctx: &Ctx<'_>,
    i: &Incident,
    actions: &[Action],
    notes: &[Note],
    regulation: Regulation<'_>,
    events: &[Event],
) {
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
    render_docs::obligations_table(flow, ctx, obligations, controllers, gap);
    flow.heading(&l.text("report-section-filings"), 40.0);
    render_docs::filings_table(flow, ctx, obligations, controllers, true);

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

    flow.heading(&l.text("report-section-timeline"), 40.0);
    event_table(flow, ctx, events, false);
}

// ---- audit trail ------------------------------------------------------------------------

fn audit_body(flow: &mut Flow<'_>, ctx: &Ctx<'_>, events: &[Event]) {
    let l = ctx.l;
    flow.paragraph(
        Face::Regular,
        BODY,
        &l.msg("report-audit-intro", &[("count", events.len().to_string())]),
    );
    flow.heading(&l.text("report-section-events"), 40.0);
    event_table(flow, ctx, events, true);
}

fn event_table(flow: &mut Flow<'_>, ctx: &Ctx<'_>, events: &[Event], with_subject: bool) {
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

pub(super) fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        s.chars().take(max).collect::<String>() + "…"
    }
}

fn changed_fields(ctx: &Ctx<'_>, payload: &Value) -> String {
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
fn event_details(ctx: &Ctx<'_>, e: &Event) -> String {
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

fn register_body(
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
fn register_filings_cell(ctx: &Ctx<'_>, r: &RegisterRow) -> Cell {
    let l = ctx.l;
    let mut cell = Vec::new();
    for f in &r.filings {
        let recipient = render_docs::recipient(ctx, &f.recipient, &[]);
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
                &[("duration", render_docs::duration(ctx, m))],
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
                    render_docs::recipient(ctx, rec, &[])
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

fn integrity_section(flow: &mut Flow<'_>, ctx: &Ctx<'_>, meta: &IssueMeta, content_sha256: &str) {
    let l = ctx.l;
    flow.heading(&l.text("report-section-integrity"), 200.0);
    flow.paragraph(Face::Regular, BODY, &l.text("report-integrity-intro"));
    flow.panel(&[
        (l.text("report-serial"), meta.serial.clone(), Face::Regular),
        (
            l.text("report-generated"),
            format!("{}  ({})", ctx.local(&meta.issued_at), meta.issued_at),
            Face::Regular,
        ),
        (
            l.text("report-issued-by"),
            meta.issued_by.clone(),
            Face::Regular,
        ),
        (
            l.text("report-head-seq"),
            meta.head_seq.to_string(),
            Face::Regular,
        ),
        (
            l.text("report-head-hash"),
            meta.head_hash.clone(),
            Face::Mono,
        ),
        (
            l.text("report-content-sha256"),
            content_sha256.to_string(),
            Face::Mono,
        ),
        (
            l.text("report-prev-sha256"),
            meta.prev_report_sha256
                .clone()
                .unwrap_or_else(|| l.text("report-prev-none")),
            if meta.prev_report_sha256.is_some() {
                Face::Mono
            } else {
                Face::Regular
            },
        ),
    ]);
    flow.heading(&l.text("report-section-how-to-verify"), 80.0);
    for (i, id) in [
        "report-verify-1",
        "report-verify-2",
        "report-verify-3",
        "report-verify-4",
    ]
    .iter()
    .enumerate()
    {
        let text = l.msg(
            id,
            &[
                ("file", super::ATTACHMENT_NAME.to_string()),
                ("seq", meta.head_seq.to_string()),
                ("hash", meta.head_hash.clone()),
            ],
        );
        flow.paragraph(Face::Regular, BODY, &format!("{}. {text}", i + 1));
    }
    flow.space(2.0);
    flow.paragraph(Face::Regular, SMALL, &l.text("report-integrity-note"));
}
