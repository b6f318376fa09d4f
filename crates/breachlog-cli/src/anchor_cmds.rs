//! `breachlog proof …`: Merkle proofs over the journal (docs/chain-format.md §8) that anyone can
//! check with the event hashes and the root alone; `breachlog anchor …`: signed checkpoints (§9).

use breachlog_core::i18n::Arg;
use clap::Subcommand;

use crate::args::Cli;
use crate::commands::{open, Context};
use crate::output::Printer;
use crate::Failure;
use breachlog_core::register::timestamps::read_certificate_file;

#[derive(Debug, Subcommand)]
pub enum ProofCmd {
    /// Prove that an event is in the journal of a given size (RFC 9162 audit path).
    Inclusion {
        /// The event's sequence number.
        #[arg(long)]
        seq: u64,
        /// The journal size the proof is for (default: now).
        #[arg(long)]
        size: Option<u64>,
    },
    /// Prove that the journal of an earlier size is a prefix of a later one (RFC 9162).
    Consistency {
        /// The earlier size (number of events).
        #[arg(long)]
        from: u64,
        /// The later size (default: now).
        #[arg(long)]
        to: Option<u64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AnchorCmd {
    /// Make a signed checkpoint of the journal now (C2SP tlog-checkpoint, Ed25519).
    Checkpoint,
    /// Write a signed checkpoint of the whole journal (the latest one, or a new one when events
    /// came after it) to a new file (0600, never overwritten) for a witness: the DPO, the auditor,
    /// the board. `verify --checkpoint FILE` checks the register against it.
    Export {
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Time-stamping authorities (RFC 3161) asked for tokens over the checkpoints.
    #[command(subcommand)]
    Tsa(TsaCmd),
    /// Ask a time-stamping authority for an RFC 3161 token over the checkpoint that covers the
    /// journal (a new checkpoint is made when the latest does not); the token is checked and
    /// journalled. Exit code 7 when the TSA cannot be reached (nothing is written).
    Timestamp {
        /// The TSA to ask (default: the first configured).
        #[arg(long)]
        tsa: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TsaCmd {
    /// Register a TSA and the trust anchor (CA certificate, PEM or DER) its tokens must chain to.
    Add {
        /// Where requests are POSTed (http:// only).
        #[arg(long)]
        url: String,
        /// The CA certificate the TSA's certificate must chain to.
        #[arg(long)]
        ca: std::path::PathBuf,
    },
    /// List the configured TSAs.
    List,
    /// Stop asking a TSA (its tokens already journalled stay checked).
    Remove {
        #[arg(long)]
        url: String,
    },
}

fn tsa(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &TsaCmd) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    match cmd {
        TsaCmd::Add { url, ca } => {
            let bytes = read_certificate_file(ca, "ca")?;
            let t = reg.tsa_add(url, &bytes)?;
            let l = ctx.localizer();
            p.emit(&t, || {
                l.msg(
                    "cli-anchor-tsa-added",
                    &[
                        ("url", Arg::from(t.url.clone())),
                        ("subject", Arg::from(t.ca_subject.clone())),
                        ("sha256", Arg::from(t.ca_sha256.clone())),
                    ],
                )
            });
        }
        TsaCmd::List => {
            let list = reg.tsas()?;
            reg.record_access()?;
            let l = ctx.localizer();
            p.emit(&list, || {
                if list.is_empty() {
                    return l.msg("cli-anchor-tsa-none", &[] as &[(&str, Arg)]);
                }
                list.iter()
                    .map(|t| {
                        l.msg(
                            "cli-anchor-tsa-row",
                            &[
                                ("url", Arg::from(t.url.clone())),
                                ("subject", Arg::from(t.ca_subject.clone())),
                                ("sha256", Arg::from(t.ca_sha256.clone())),
                                ("added", Arg::from(t.added_at.to_string())),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        TsaCmd::Remove { url } => {
            reg.tsa_remove(url)?;
            let l = ctx.localizer();
            p.emit(&serde_json::json!({ "removed": url }), || {
                l.msg("cli-anchor-tsa-removed", &[("url", Arg::from(url.clone()))])
            });
        }
    }
    Ok(())
}

pub fn anchor(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &AnchorCmd) -> Result<(), Failure> {
    let (info, id) = match cmd {
        AnchorCmd::Tsa(t) => return tsa(cli, ctx, p, t),
        AnchorCmd::Timestamp { tsa } => {
            let mut reg = open(cli, ctx)?;
            let t = reg.request_timestamp(tsa.as_deref())?;
            let l = ctx.localizer();
            p.emit(&t, || {
                l.msg(
                    "cli-anchor-timestamped",
                    &[
                        ("seq", Arg::from(t.seq.to_string())),
                        ("tsa", Arg::from(t.tsa_url.clone())),
                        ("checkpoint", Arg::from(t.checkpoint_seq.to_string())),
                        ("time", Arg::from(t.gen_time.to_string())),
                        ("serial", Arg::from(t.serial.clone())),
                    ],
                )
            });
            return Ok(());
        }
        AnchorCmd::Checkpoint => {
            let mut reg = open(cli, ctx)?;
            (reg.make_checkpoint()?, "cli-anchor-checkpoint")
        }
        AnchorCmd::Export { out } => {
            let mut reg = open(cli, ctx)?;
            (reg.export_checkpoint(out)?, "cli-anchor-exported")
        }
    };
    let l = ctx.localizer();
    let path = match cmd {
        AnchorCmd::Export { out } => out.display().to_string(),
        _ => String::new(),
    };
    p.emit(&info, || {
        let mut out = l.msg(
            id,
            &[
                ("seq", Arg::from(info.seq.to_string())),
                ("size", Arg::from(info.size.to_string())),
                ("root", Arg::from(info.root.clone())),
                ("path", Arg::from(path.clone())),
            ],
        );
        out.push_str("\n\n");
        out.push_str(info.note.trim_end());
        out
    });
    Ok(())
}

fn lines(head: String, proof: &[String]) -> String {
    let mut out = head;
    for h in proof {
        out.push_str("\n  ");
        out.push_str(h);
    }
    out
}

pub fn proof(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &ProofCmd) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    match cmd {
        ProofCmd::Inclusion { seq, size } => {
            let proof = reg.inclusion_proof(*seq, *size)?;
            reg.record_access()?;
            let l = ctx.localizer();
            p.emit(&proof, || {
                lines(
                    l.msg(
                        "cli-proof-inclusion",
                        &[
                            ("seq", Arg::from(proof.seq.to_string())),
                            ("size", Arg::from(proof.size.to_string())),
                            ("hash", Arg::from(proof.event_hash.clone())),
                            ("root", Arg::from(proof.root.clone())),
                        ],
                    ),
                    &proof.proof,
                )
            });
        }
        ProofCmd::Consistency { from, to } => {
            let proof = reg.consistency_proof(*from, *to)?;
            reg.record_access()?;
            let l = ctx.localizer();
            p.emit(&proof, || {
                lines(
                    l.msg(
                        "cli-proof-consistency",
                        &[
                            ("from", Arg::from(proof.from.to_string())),
                            ("to", Arg::from(proof.to.to_string())),
                            ("from_root", Arg::from(proof.from_root.clone())),
                            ("to_root", Arg::from(proof.to_root.clone())),
                        ],
                    ),
                    &proof.proof,
                )
            });
        }
    }
    Ok(())
}
