//! `breachlog retention …`: which closed incidents have passed their retention, and redaction
//! of their personal fields (the journal keeps verifying; see docs/chain-format.md).

use breachlog_core::format;
use breachlog_core::i18n::Arg;
use breachlog_core::{validate, Ts};
use clap::Subcommand;

use crate::args::Cli;
use crate::commands::{open, Context};
use crate::output::Printer;
use crate::Failure;

#[derive(Debug, Subcommand)]
pub enum RetentionCmd {
    /// Closed incidents that still hold personal data, with the end of their retention
    /// (due ones first: redaction is proposed for them).
    List {
        /// Evaluate at this moment instead of now (RFC 3339).
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Erase the personal fields of a closed incident whose retention has passed.
    Redact {
        /// Incident id or prefix.
        id: String,
        /// Why (recorded in the journal; no personal data here), e.g. "retention 60 months".
        #[arg(long)]
        reason: String,
        /// Before the retention has passed, e.g. for an erasure request (Art 17 GDPR).
        #[arg(long)]
        early: bool,
    },
}

pub fn retention(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    cmd: &RetentionCmd,
) -> Result<(), Failure> {
    match cmd {
        RetentionCmd::List { as_of } => {
            let as_of = match as_of.as_deref() {
                Some(t) => validate::timestamp("as_of", t)?,
                None => Ts::now(),
            };
            let mut reg = open(cli, ctx)?;
            reg.record_access()?;
            let items = reg.retention_review(as_of)?;
            let tz = reg.org()?.tz();
            let l = ctx.localizer();
            p.emit(&items, || {
                if items.is_empty() {
                    return l.text("cli-retention-none");
                }
                let header = [
                    l.text("cli-header-id"),
                    l.text("cli-header-title"),
                    l.text("cli-retention-col-category"),
                    l.text("cli-retention-col-closed"),
                    l.text("cli-retention-col-until"),
                    l.text("cli-header-status"),
                ];
                let rows: Vec<[String; 6]> = items
                    .iter()
                    .map(|i| {
                        [
                            format::short(&i.incident.to_string()),
                            i.title.clone(),
                            l.text(&format!("category-{}", i.category.replace('_', "-"))),
                            i.closed_at.local_minute_in(tz),
                            i.until.local_minute_in(tz),
                            l.text(if i.due {
                                "cli-retention-due"
                            } else {
                                "cli-retention-running"
                            }),
                        ]
                    })
                    .collect();
                let mut out = table(&header, &rows);
                for i in items.iter().filter(|i| !i.clear_text_events.is_empty()) {
                    out.push_str("\n\n");
                    out.push_str(&clear_text_note(
                        l,
                        &i.incident.to_string(),
                        &i.clear_text_events,
                    ));
                }
                out
            });
        }
        RetentionCmd::Redact { id, reason, early } => {
            let mut reg = open(cli, ctx)?;
            let id = reg.resolve_incident(id)?;
            let r = reg.redact_incident(id, reason, *early, Ts::now())?;
            let clear = reg.clear_text_events(id)?;
            let l = ctx.localizer();
            p.emit(&r, || {
                let mut out = l.msg(
                    "cli-redacted",
                    &[
                        ("fields", Arg::from(r.fields)),
                        ("events", Arg::from(r.events.len())),
                        ("seq", Arg::from(r.seq.to_string())),
                    ],
                );
                if !r.reports_deleted.is_empty() {
                    out.push('\n');
                    out.push_str(&l.msg(
                        "retention-reports-deleted",
                        &[
                            ("count", Arg::from(r.reports_deleted.len())),
                            ("serials", Arg::from(r.reports_deleted.join(", "))),
                        ],
                    ));
                }
                if !clear.is_empty() {
                    out.push('\n');
                    out.push_str(&clear_text_note(l, &id.to_string(), &clear));
                }
                out
            });
        }
    }
    Ok(())
}

/// Which events keep personal texts in clear in the journal (written before they were sealed).
fn clear_text_note(l: &breachlog_core::i18n::Localizer, incident: &str, seqs: &[u64]) -> String {
    let list: Vec<String> = seqs.iter().map(u64::to_string).collect();
    l.msg(
        "cli-retention-clear-text",
        &[
            ("incident", Arg::from(format::short(incident))),
            ("count", Arg::from(seqs.len())),
            ("events", Arg::from(list.join(", "))),
        ],
    )
}

/// Columns as wide as their widest cell (header included), the last one unpadded.
fn table<const N: usize>(header: &[String; N], rows: &[[String; N]]) -> String {
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([header[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..N).map(width).collect();
    let line = |cells: &[String; N]| {
        let mut out = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == N {
                out.push_str(c);
            } else {
                out.push_str(&format!(
                    "{c}{}  ",
                    " ".repeat(widths[i] - c.chars().count())
                ));
            }
        }
        out.trim_end().to_string()
    };
    let mut out = line(header);
    for r in rows {
        out.push('\n');
        out.push_str(&line(r));
    }
    out
}
