//! Checking a report PDF against a register: issued from it, and the covered head and every
//! event it refers to still there. The standalone check is the chain format's
//! ([`breachlog_chain::report::verify_report`]).

use super::{ProofCheck, ReportCheck, ReportProblem};
use crate::message::{Arg, Message};
use crate::register::Register;

/// The arguments of the sentences that say what a report's checked proof establishes
/// (`cli-verify-report-proof` in the CLI, `app-reports-proof` in the app): `events`,
/// `register`, `size`, `root`, `key`, `proofs`.
pub fn proof_args(proof: &ProofCheck) -> Vec<(&'static str, Arg)> {
    let count = |n: u64| Arg::Number(i64::try_from(n).unwrap_or(i64::MAX));
    vec![
        ("events", count(proof.events)),
        ("register", Arg::Text(proof_register(proof))),
        ("size", count(proof.size)),
        ("root", Arg::Text(proof.root.clone())),
        ("key", Arg::Text(proof.key_hash.clone())),
        ("proofs", count(proof.inclusion_proofs)),
    ]
}

/// The register id the proof's checkpoint names.
pub fn proof_register(proof: &ProofCheck) -> String {
    proof
        .origin
        .strip_prefix(crate::checkpoint::ORIGIN_PREFIX)
        .unwrap_or(&proof.origin)
        .to_string()
}

/// The CLI's lines about a checked proof: what it establishes and, when a witness's checkpoint
/// `witness` (its file name) was found signed by the same key, that it was.
pub fn proof_messages(proof: &ProofCheck, witness: Option<&str>) -> Vec<Message> {
    let mut out = vec![Message::with("cli-verify-report-proof", proof_args(proof))];
    if let (Some(size), Some(path)) = (proof.witness_size, witness) {
        out.push(Message::with(
            "cli-verify-report-witness",
            vec![
                ("path", Arg::Text(path.to_string())),
                ("register", Arg::Text(proof_register(proof))),
                ("size", Arg::Number(i64::try_from(size).unwrap_or(i64::MAX))),
            ],
        ));
    }
    if let Some(t) = &proof.timestamp {
        out.push(timestamp_message(t));
        out.push(Message::new(if t.anchor_given {
            "cli-verify-report-timestamp-given"
        } else {
            "cli-verify-report-timestamp-embedded"
        }));
    }
    out
}

/// What a report's checked timestamp establishes, in words (`cli-verify-report-timestamp`).
pub fn timestamp_message(t: &super::TimestampCheck) -> Message {
    Message::with(
        "cli-verify-report-timestamp",
        vec![
            (
                "size",
                Arg::Number(i64::try_from(t.size).unwrap_or(i64::MAX)),
            ),
            ("time", Arg::Text(t.gen_time.clone())),
            ("tsa", Arg::Text(t.tsa.clone())),
            ("anchor", Arg::Text(t.anchor_subject.clone())),
            ("sha", Arg::Text(t.anchor_sha256.clone())),
        ],
    )
}

impl Register {
    /// Adds the register's view to a standalone check: was this file issued here, and does the
    /// register still contain the covered head and every event the report refers to.
    pub fn check_report(&self, mut check: ReportCheck) -> crate::Result<ReportCheck> {
        let issued = self
            .issued_reports()?
            .into_iter()
            .any(|(_, r)| r.pdf_sha256 == check.report_sha256);
        check.issued_by_register = Some(issued);
        if !check.ok {
            return Ok(check);
        }
        if !issued {
            return Ok(check.fail(ReportProblem::NotIssuedHere));
        }
        let mut refs = std::mem::take(&mut check.references);
        if let (Some(s), Some(h)) = (check.head_seq, check.head_hash.clone()) {
            refs.push((s, h));
        }
        refs.sort();
        refs.dedup();
        let mut i = 0usize;
        if let (Some(first), Some(last)) = (refs.first().map(|r| r.0), refs.last().map(|r| r.0)) {
            let mut missing = None;
            self.for_each_event(first, last, |ev| {
                while i < refs.len() && refs[i].0 < ev.seq {
                    missing.get_or_insert(refs[i].0);
                    i += 1;
                }
                while i < refs.len() && refs[i].0 == ev.seq {
                    if refs[i].1 != ev.hash {
                        missing.get_or_insert(ev.seq);
                    }
                    i += 1;
                }
                Ok(())
            })?;
            if i < refs.len() {
                missing.get_or_insert(refs[i].0);
            }
            if let Some(seq) = missing {
                return Ok(check.fail(ReportProblem::HeadMissing { seq }));
            }
        }
        Ok(check)
    }
}
