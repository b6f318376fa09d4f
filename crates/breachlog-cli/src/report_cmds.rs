//! `report …`, `verify-report`, `export register|bundle` and `verify --bundle`.

use std::path::{Path, PathBuf};

use breachlog_core::export::{self, ExportFormat, HeaderStyle};
use breachlog_core::i18n::Arg;
use breachlog_core::register::timestamps::read_certificate_file;
use breachlog_core::report::{self, ReportKind, ReportOptions, ReportProblem};
use breachlog_core::{validate, Error};
use clap::{Args, Subcommand};
use serde_json::json;

use crate::args::Cli;
use crate::commands::{db_path, open, Context};
use crate::output::Printer;
use crate::Failure;

#[derive(Debug, Subcommand)]
pub enum ReportCmd {
    /// One incident in full: facts, assessment, decisions, actions, notes and timeline.
    Incident {
        /// Incident id or prefix.
        id: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// The GDPR Art 33(5) breach register, including breaches not notified and why.
    Register {
        /// Detected at or after (RFC 3339).
        #[arg(long)]
        from: Option<String>,
        /// Detected at or before (RFC 3339).
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        out: PathBuf,
    },
    /// The GDPR Art 33 notification to a supervisory authority, as filed (in the authority's
    /// language unless --lang names another one it accepts).
    Notification {
        /// Incident id or prefix.
        id: String,
        /// Authority id from the registry (e.g. nl-ap, de-ni, fr-cnil, uk-ico).
        #[arg(long)]
        authority: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// The GDPR Art 34 communication to the data subjects.
    Subjects {
        /// Incident id or prefix.
        id: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Our Art 33(2) notice, as processor, to one controller (or, with --all, to every affected
    /// controller: one PDF each plus manifest.csv in the folder --out, which must be new or
    /// empty). Each notice has that customer's own figures, its language, its law and its
    /// contract clock.
    Controller {
        /// Incident id or prefix.
        id: String,
        /// Controller name or id (see `breachlog controller list`).
        #[arg(long, required_unless_present = "all", conflicts_with = "all")]
        controller: Option<String>,
        /// Every affected controller; --out is then a new or empty folder. Each notice is in
        /// its customer's language (--lang or the organisation's for a customer without one).
        #[arg(long)]
        all: bool,
        #[arg(long)]
        out: PathBuf,
    },
    /// A DORA report on a major ICT-related incident (Implementing Regulation (EU) 2025/302
    /// Annex I): --format json writes the machine-readable file (field numbers of Annex II,
    /// values from the record, mandatory fields still empty listed in `missing`); --format pdf
    /// issues the report like the other documents.
    Dora {
        /// Incident id or prefix.
        id: String,
        /// initial, intermediate or final.
        #[arg(long)]
        stage: String,
        /// json or pdf.
        #[arg(long, default_value = "pdf")]
        format: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// A NIS2 report to a national CSIRT (Directive (EU) 2022/2555 Art 23(4)), issued like the
    /// other documents, in the channel's language unless --lang names another.
    Nis2 {
        /// Incident id or prefix.
        id: String,
        /// early-warning, notification or final.
        #[arg(long)]
        stage: String,
        /// The national channel: nl, be, de or fr (default: the lead authority's country).
        #[arg(long)]
        channel: Option<String>,
        #[arg(long)]
        out: PathBuf,
    },
    /// A Cyber Resilience Act report to the CSIRT coordinator (Regulation (EU) 2024/2847
    /// Art 14(2) or (4) by the incident's CRA kind), issued like the other documents.
    Cra {
        /// Incident id or prefix.
        id: String,
        /// early-warning, notification or final.
        #[arg(long)]
        stage: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// The journal itself, readable.
    AuditTrail {
        /// Events at or after (RFC 3339).
        #[arg(long)]
        from: Option<String>,
        /// Events at or before (RFC 3339).
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct VerifyReportArgs {
    /// The report PDF.
    pub file: PathBuf,
    /// A signed checkpoint received from the register (`anchor export`): checks that the
    /// report's proof is signed by the same register's key, without the register.
    #[arg(long)]
    pub checkpoint: Option<PathBuf>,
    /// The certificate (PEM or DER) of the certificate authority you trust for the report's
    /// timestamp: its token must chain to exactly this one.
    #[arg(long)]
    pub tsa_ca: Option<PathBuf>,
}

pub fn report(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &ReportCmd) -> Result<(), Failure> {
    let (kind, opts, out) = match cmd {
        ReportCmd::Incident { id, out } => (
            ReportKind::Incident,
            ReportOptions {
                incident: Some(id.clone()),
                ..Default::default()
            },
            out,
        ),
        ReportCmd::Register { from, to, out } => (
            ReportKind::Register,
            ReportOptions {
                from: from.clone(),
                to: to.clone(),
                ..Default::default()
            },
            out,
        ),
        ReportCmd::AuditTrail { from, to, out } => (
            ReportKind::AuditTrail,
            ReportOptions {
                from: from.clone(),
                to: to.clone(),
                ..Default::default()
            },
            out,
        ),
        ReportCmd::Notification { id, authority, out } => (
            ReportKind::Notification,
            ReportOptions {
                incident: Some(id.clone()),
                authority: Some(authority.clone()),
                ..Default::default()
            },
            out,
        ),
        ReportCmd::Subjects { id, out } => (
            ReportKind::Subjects,
            ReportOptions {
                incident: Some(id.clone()),
                ..Default::default()
            },
            out,
        ),
        ReportCmd::Controller {
            id, all: true, out, ..
        } => return controller_notices(cli, ctx, p, id, out),
        ReportCmd::Dora {
            id,
            stage,
            format,
            out,
        } => match format.trim().to_ascii_lowercase().as_str() {
            "json" => return dora_json(cli, ctx, p, id, stage, out),
            "pdf" => (
                ReportKind::Dora,
                ReportOptions {
                    incident: Some(id.clone()),
                    stage: Some(stage.clone()),
                    ..Default::default()
                },
                out,
            ),
            _ => {
                return Err(Error::invalid(
                    "format",
                    breachlog_core::error::Reason::UnknownValue {
                        allowed: "json, pdf".into(),
                    },
                )
                .into())
            }
        },
        ReportCmd::Nis2 {
            id,
            stage,
            channel,
            out,
        } => (
            ReportKind::Nis2,
            ReportOptions {
                incident: Some(id.clone()),
                stage: Some(stage.clone()),
                channel: channel.clone(),
                ..Default::default()
            },
            out,
        ),
        ReportCmd::Cra { id, stage, out } => (
            ReportKind::Cra,
            ReportOptions {
                incident: Some(id.clone()),
                stage: Some(stage.clone()),
                ..Default::default()
            },
            out,
        ),
        ReportCmd::Controller {
            id,
            controller,
            out,
            ..
        } => (
            ReportKind::Controller,
            ReportOptions {
                incident: Some(id.clone()),
                controller: controller.clone(),
                ..Default::default()
            },
            out,
        ),
    };
    let opts = ReportOptions {
        lang: cli.lang.clone(),
        ..opts
    };
    let mut reg = open(cli, ctx)?;
    // Refused before the report is issued, so nothing is recorded for a file never written.
    reg.check_output(out)?;
    let r = reg.issue_report(kind, &opts)?;
    reg.save_output(out, &r.bytes)?;
    let path = out.display().to_string();
    p.emit(
        &json!({
            "path": path, "serial": r.serial, "kind": kind, "pages": r.pages, "report_sha256": r.sha256,
            "content_sha256": r.content_sha256, "head_seq": r.head_seq, "head_hash": r.head_hash,
            "prev_report_sha256": r.prev_report_sha256, "event_seq": r.event_seq,
        }),
        || {
            ctx.l10n.msg(
                "cli-report-issued",
                &[("serial", Arg::from(r.serial.clone())), ("path", Arg::from(path.clone())), ("pages", Arg::from(r.pages)), ("sha", Arg::from(r.sha256.clone()))],
            )
        },
    );
    Ok(())
}

/// `report dora INC --stage … --format json --out FILE`: the report's fields as a JSON file
/// (written like every output file: 0600, refused over an existing file or a symlink).
fn dora_json(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    id: &str,
    stage: &str,
    out: &Path,
) -> Result<(), Failure> {
    let stage = breachlog_core::register::regulation::templates::DoraStage::parse("stage", stage)?;
    let lang = cli
        .lang
        .as_deref()
        .filter(|l| !l.trim().is_empty())
        .map(|l| validate::language("lang", l))
        .transpose()?;
    let reg = open(cli, ctx)?;
    let incident = reg.resolve_incident(id)?;
    reg.check_output(out)?;
    let report = reg.dora_report(incident, stage, lang)?;
    let mut bytes = serde_json::to_vec_pretty(&report).map_err(|e| Error::Data(e.to_string()))?;
    bytes.push(b'\n');
    reg.save_output(out, &bytes)?;
    let path = out.display().to_string();
    p.emit(
        &json!({ "path": path, "stage": stage, "missing": report.missing }),
        || {
            ctx.l10n.msg(
                "cli-dora-written",
                &[
                    ("path", Arg::from(path.clone())),
                    ("missing", Arg::from(report.missing.len() as u64)),
                ],
            )
        },
    );
    Ok(())
}

/// `report controller INC --all --out DIR`: one notice per affected customer and the manifest.
fn controller_notices(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    id: &str,
    out: &Path,
) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    let incident = reg.resolve_incident(id)?;
    let written =
        reg.issue_controller_notices(incident, out, cli.lang.as_deref(), None, &mut |_, _| {})?;
    p.emit(&written, || {
        ctx.l10n.msg(
            "cli-notices-written",
            &[
                ("count", Arg::from(written.notices.len() as i64)),
                ("dir", Arg::from(written.dir.clone())),
                ("manifest", Arg::from(written.manifest.clone())),
            ],
        )
    });
    Ok(())
}

/// A register is consulted when one is named (`--db`/`BREACHLOG_DB`), or when the default
/// register exists and a passphrase was given non-interactively.
fn register_available(cli: &Cli) -> bool {
    if cli.db.is_some() {
        return true;
    }
    let given = cli.passphrase_file.is_some() || std::env::var_os("BREACHLOG_PASSPHRASE").is_some();
    given && db_path(cli).exists()
}

pub fn verify_report(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    a: &VerifyReportArgs,
) -> Result<(), Failure> {
    let bytes = std::fs::read(&a.file).map_err(|e| Error::io(&a.file, e))?;
    let mut check = report::verify_report(&bytes);
    if let Some(path) = &a.checkpoint {
        let text = breachlog_core::register::checkpoints::read_checkpoint_file(path)?;
        if check.ok {
            check = match check
                .proof
                .as_ref()
                .map(|p| report::check_witness(p, &text))
            {
                Some(Ok(size)) => {
                    if let Some(p) = check.proof.as_mut() {
                        p.witness_size = Some(size);
                    }
                    check
                }
                Some(Err(f)) => check.fail(ReportProblem::Proof(f)),
                None => check.fail(ReportProblem::Proof(report::ProofFault::Missing)),
            };
        }
    }
    if let Some(path) = &a.tsa_ca {
        let ca = read_certificate_file(path, "tsa-ca")?;
        if check.ok {
            let checked = match check.proof.as_mut() {
                Some(p) => report::check_tsa_anchor(p, &ca),
                None => Err(report::ProofFault::TimestampAnchor),
            };
            if let Err(f) = checked {
                check = check.fail(ReportProblem::Proof(f));
            }
        }
    }
    if register_available(cli) {
        let reg = open(cli, ctx)?;
        check = reg.check_report(check)?;
    }
    let l = &ctx.l10n;
    if p.json {
        p.emit(&check, String::new);
    } else if let Some(problem) = &check.problem {
        let reason = l.message_of(problem);
        eprintln!(
            "breachlog: {}",
            l.msg("cli-verify-report-failed", &[("reason", reason)])
        );
    } else {
        let args = [
            ("serial", check.serial.clone().unwrap_or_default()),
            (
                "seq",
                check.head_seq.map(|s| s.to_string()).unwrap_or_default(),
            ),
            ("hash", check.head_hash.clone().unwrap_or_default()),
        ];
        // Without the register only the file's own consistency was checked: the seal has no
        // key, so say exactly that and not "verified" (security review M4).
        let mut lines = match check.issued_by_register {
            Some(true) => vec![
                l.msg("cli-verify-report-ok", &args),
                l.text("cli-verify-report-issued-here"),
            ],
            _ => vec![
                l.msg("cli-verify-report-standalone", &args),
                l.text("cli-verify-report-no-register"),
            ],
        };
        match &check.proof {
            Some(proof) => {
                let witness = a.checkpoint.as_ref().map(|p| p.display().to_string());
                for m in report::proof_messages(proof, witness.as_deref()) {
                    lines.push(l.render(&m));
                }
            }
            None => lines.push(l.text("cli-verify-report-no-proof")),
        }
        crate::output::line(&lines.join("\n"));
    }
    if check.ok {
        Ok(())
    } else {
        Err(Failure::Integrity)
    }
}

pub fn export_register(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    format: &str,
    out: &Path,
    headers: &str,
) -> Result<(), Failure> {
    let format: ExportFormat = format.parse()?;
    let style: HeaderStyle = headers.parse()?;
    let lang = match cli.lang.as_deref() {
        Some(l) => Some(validate::language("language", l)?),
        None => None,
    };
    let mut reg = open(cli, ctx)?;
    let r = reg.export_register(format, style, lang, out)?;
    p.emit(&r, || {
        ctx.l10n.msg(
            "cli-register-exported",
            &[
                ("rows", Arg::from(r.rows)),
                ("path", Arg::from(r.path.clone())),
            ],
        )
    });
    Ok(())
}

pub fn export_bundle(cli: &Cli, ctx: &mut Context, p: &Printer, out: &Path) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    let r = reg.export_bundle(out)?;
    p.emit(&r, || {
        ctx.l10n.msg(
            "cli-bundle-exported",
            &[
                ("path", Arg::from(r.path.clone())),
                ("files", Arg::from(r.files)),
                ("hash", Arg::from(r.head_hash.clone())),
            ],
        )
    });
    Ok(())
}

pub fn verify_bundle(ctx: &Context, p: &Printer, dir: &Path) -> Result<(), Failure> {
    let l = &ctx.l10n;
    match export::verify_bundle(dir) {
        Ok(c) => {
            p.emit(
                &json!({"ok": true, "files": c.files, "events": c.events, "head_seq": c.head_seq, "head_hash": c.head_hash, "reports": c.reports, "error": null}),
                || {
                    let mut lines = vec![l.msg(
                        "cli-bundle-ok",
                        &[
                            ("files", Arg::from(c.files)),
                            ("events", Arg::from(c.events)),
                            ("seq", Arg::from(c.head_seq.to_string())),
                            ("hash", Arg::from(c.head_hash.clone())),
                        ],
                    )];
                    // Each report's head, to compare with the copies that were sent: a bundle
                    // on its own proves nothing without an anchor from outside.
                    for r in &c.reports {
                        lines.push(format!("  {}", l.msg(
                            "cli-bundle-report-head",
                            &[
                                ("file", Arg::from(r.file.clone())),
                                ("serial", Arg::from(r.serial.clone().unwrap_or_default())),
                                (
                                    "seq",
                                    Arg::from(r.head_seq.map(|s| s.to_string()).unwrap_or_default()),
                                ),
                                ("hash", Arg::from(r.head_hash.clone().unwrap_or_default())),
                            ],
                        )));
                    }
                    lines.join("\n")
                },
            );
            Ok(())
        }
        Err(problem) => {
            if p.json {
                crate::output::line(
                    &json!({"ok": false, "error": problem.to_string()}).to_string(),
                );
            } else {
                let reason = l.message_of(&problem);
                eprintln!(
                    "breachlog: {}",
                    l.msg("cli-bundle-failed", &[("reason", reason)])
                );
            }
            Err(Failure::Integrity)
        }
    }
}
