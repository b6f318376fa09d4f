//! The integrity section that ends every report: what it covers and how to check it.

use crate::report::IssueMeta;
use breachlog_pdf::layout::{Face, Flow, BODY, SMALL};

use super::common::*;

pub(super) fn integrity_section(
    flow: &mut Flow<'_>,
    ctx: &Ctx<'_>,
    meta: &IssueMeta,
    content_sha256: &str,
) {
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
    // The signed checkpoint of the report's proof, as text and as a QR code, for a witness.
    if let Some(note) = &meta.checkpoint {
        let intro = l.msg(
            "report-checkpoint-intro",
            &[("size", meta.head_seq.to_string())],
        );
        flow.heading(
            &l.text("report-section-checkpoint"),
            flow.paragraph_height(Face::Regular, BODY, &intro) + 130.0,
        );
        flow.paragraph(Face::Regular, BODY, &intro);
        let lines: Vec<String> = note.lines().map(str::to_string).collect();
        if !flow.qr_block(note, &lines) {
            for line in &lines {
                flow.paragraph(Face::Mono, SMALL, line);
            }
        }
        flow.space(6.0);
    }
    // The steps and the closing note go on one page together: the report never ends with a
    // page holding only the last lines of them.
    let steps: Vec<String> = [
        "report-verify-1",
        "report-verify-2",
        "report-verify-3",
        "report-verify-4",
    ]
    .iter()
    .enumerate()
    .map(|(i, id)| {
        let text = l.msg(
            id,
            &[
                ("file", super::ATTACHMENT_NAME.to_string()),
                ("seq", meta.head_seq.to_string()),
                ("hash", meta.head_hash.clone()),
            ],
        );
        format!("{}. {text}", i + 1)
    })
    .collect();
    let note = l.text("report-integrity-note");
    let height: f32 = steps
        .iter()
        .map(|s| flow.paragraph_height(Face::Regular, BODY, s))
        .sum::<f32>()
        + 2.0
        + flow.paragraph_height(Face::Regular, SMALL, &note);
    flow.heading(&l.text("report-section-how-to-verify"), height);
    for step in &steps {
        flow.paragraph(Face::Regular, BODY, step);
    }
    flow.space(2.0);
    flow.paragraph(Face::Regular, SMALL, &note);
}
