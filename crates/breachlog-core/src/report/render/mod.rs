//! Turns report data into pages: one function per report type, sharing the running header,
//! the footer and the integrity section.

mod audit;
mod common;
mod documents;
mod incident;
mod integrity;
mod register;

use crate::domain::Org;
use crate::error::{Error, Result};
use crate::i18n::Localizer;
use crate::report::{IssueMeta, ReportData, ReportKind, ResolvedOptions, ATTACHMENT_NAME};
use breachlog_chain::report::SEAL_LEN;
use breachlog_pdf::layout::{palette, Canvas, Encoder, Face, Flow, Fonts, PageStyle, SMALL};
use breachlog_pdf::pdf;

use audit::audit_body;
use common::*;
use incident::incident_body;
use integrity::integrity_section;
use register::register_body;

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
    let ctx = Ctx {
        l: &l,
        tz: org.tz(),
    };
    let style = if kind == ReportKind::Register {
        PageStyle::landscape()
    } else {
        PageStyle::portrait()
    };
    let uk = matches!(data, ReportData::Document(d) if d.uk_gdpr);
    let title = if uk {
        l.text(&format!("{}-uk", kind.title_id()))
    } else {
        l.text(kind.title_id())
    };
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
                evidence,
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
                let records = incident::Records {
                    actions,
                    notes,
                    evidence,
                };
                incident_body(&mut flow, &ctx, incident, records, regulation, shown);
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
                documents::document_body(&mut flow, &ctx, kind, doc, &doc.controllers);
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
