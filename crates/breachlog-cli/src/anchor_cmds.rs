//! `breachlog proof …`: Merkle proofs over the journal (docs/chain-format.md §8) that anyone can
//! check with the event hashes and the root alone; `breachlog anchor …`: signed checkpoints (§9).

use breachlog_core::i18n::Arg;
use clap::Subcommand;

use crate::args::Cli;
use crate::commands::{open, Context};
use crate::output::Printer;
use crate::Failure;

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
}

pub fn anchor(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &AnchorCmd) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    let (info, id) = match cmd {
        AnchorCmd::Checkpoint => (reg.make_checkpoint()?, "cli-anchor-checkpoint"),
        AnchorCmd::Export { out } => (reg.export_checkpoint(out)?, "cli-anchor-exported"),
    };
    let l = ctx.localizer();
    let path = match cmd {
        AnchorCmd::Export { out } => out.display().to_string(),
        AnchorCmd::Checkpoint => String::new(),
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
