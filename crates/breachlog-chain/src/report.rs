//! Report PDFs as the chain format sees them (`docs/report-format.md`): the seal over the whole
//! file, the embedded machine-readable content, and the check of a report on its own — seal,
//! embedded content against the recorded hashes, the chain of the events it carries. Checking a
//! report against a register (issued from it, head still there) is the store's part.
//!
//! * Seal: `/BreachlogSeal` in the document information holds 64 hex digits: the SHA-256 of the
//!   whole file with those 64 digits replaced by `0`.
//! * Attachment: catalog `/Names /EmbeddedFiles` name tree with one file specification
//!   `breachlog-report.json`.
//!
//! Any file is checked in bounded time and stack: lopdf bounds reference chains, `/Prev` loops
//! and bracket nesting; [`extract`] walks the attachment name tree once per node within a node,
//! name and depth budget and inflates the attachment to at most 512 MiB; serde_json refuses
//! content nested deeper than its default recursion limit (128, never disabled here), so the
//! canonical-form check recurses no deeper; the event checks are one pass.

use std::collections::BTreeMap;

use breachlog_model::message::{Arg, Localize, Message};
use lopdf::{Dictionary, Document, Object, ObjectId};
use serde::Serialize;
use serde_json::Value;

use crate::canonical;
use crate::journal::Event;

/// The name of the embedded machine-readable content.
pub const ATTACHMENT_NAME: &str = "breachlog-report.json";
/// Format id inside the content.
pub const CONTENT_FORMAT: &str = "breachlog-report/1";
/// Domain-separation prefix of the content hash.
pub const CONTENT_HASH_PREFIX: &[u8] = b"breachlog-report-v1\n";

/// `SHA-256(CONTENT_HASH_PREFIX || bytes)`, lowercase hex.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(CONTENT_HASH_PREFIX);
    h.update(bytes);
    hex::encode(h.finalize())
}

/// The key of the seal in the document information dictionary, as written in the file.
pub const SEAL_KEY: &[u8] = b"/BreachlogSeal(";
/// The seal's placeholder value before sealing: 64 zeros.
pub const SEAL_LEN: usize = 64;

/// A PDF that cannot be read or sealed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("pdf: {0}")]
pub struct PdfError(pub String);

fn pdf_err(e: impl std::fmt::Display) -> PdfError {
    PdfError(e.to_string())
}

/// Why a report does not verify. Each has a stable machine text ([`ReportProblem::code`])
/// and a Fluent id (`verify-report-…` in `reports.ftl`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportProblem {
    #[error("not a readable PDF: {0}")]
    Unreadable(String),
    #[error("the seal is missing")]
    NoSeal,
    #[error("the seal does not match: the file was changed after it was issued")]
    SealMismatch,
    #[error("the embedded file breachlog-report.json is missing")]
    NoAttachment,
    #[error("the embedded content is not canonical JSON of a Breachlog report: {0}")]
    BadContent(String),
    #[error("the content hash does not match the embedded content")]
    ContentHashMismatch,
    #[error("the recorded {0} does not match the embedded content")]
    InfoMismatch(&'static str),
    #[error("embedded event {seq} does not verify: {detail}")]
    EventChain { seq: u64, detail: String },
    #[error("the report was not issued by this register")]
    NotIssuedHere,
    #[error("the register does not contain the covered event {seq} with the recorded hash")]
    HeadMissing { seq: u64 },
    /// More than one embedded file has the report's name: viewers and tools may show another
    /// one than the one checked (security review M4).
    #[error("the file has more than one embedded file named {0}")]
    DuplicateAttachment(String),
    /// An embedded file other than the report's content, or an `/AF` list of more than one.
    #[error("the file has an embedded file {0} besides breachlog-report.json")]
    ExtraAttachment(String),
    /// Content after the sealed revision: an incremental update can change what viewers show
    /// while the sealed objects stay in the file (security review M4).
    #[error("the file has more than one revision (an incremental update after it was written)")]
    IncrementalUpdate,
    /// The embedded proof (signed checkpoint and inclusion proofs) does not hold.
    #[error("the embedded proof does not hold: {0}")]
    Proof(ProofFault),
}

/// Why a report's embedded proof (`docs/report-format.md`, "The embedded proof") does not hold.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofFault {
    #[error("it is not a checkpoint, a public key and a list of inclusion proofs")]
    Malformed,
    #[error("the checkpoint is not a signed checkpoint")]
    NotACheckpoint,
    #[error("the checkpoint is of another register than the report")]
    OtherRegister,
    #[error("the checkpoint's signature does not verify with the embedded public key")]
    BadSignature,
    #[error("the checkpoint does not end at the report's journal head")]
    WrongHead,
    #[error("embedded event {seq} has no inclusion proof")]
    MissingInclusion { seq: u64 },
    #[error("the inclusion proof of event {seq} does not lead to the checkpoint's root")]
    BadInclusion { seq: u64 },
    /// The embedded timestamp's checkpoint is not signed by the proof's key, is of another
    /// register, or is not a prefix of the report's journal (consistency proof).
    #[error("the timestamped checkpoint is not a signed prefix of the report's journal")]
    TimestampCheckpoint,
    /// The embedded RFC 3161 token does not verify (the detail says why).
    #[error("the timestamp token does not verify: {0}")]
    TimestampToken(String),
    /// A trust anchor was given (`--tsa-ca`), and the timestamp does not chain to it.
    #[error("the timestamp does not chain to the certificate authority given")]
    TimestampAnchor,
    /// A witness's checkpoint was given, but the report carries no proof to compare it with.
    #[error("the report carries no signed proof to compare the checkpoint with")]
    Missing,
    /// A witness's checkpoint given to compare keys is not signed by the proof's key.
    #[error("the checkpoint given is not signed by the key of the report's proof")]
    WitnessKey,
}

impl ProofFault {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            ProofFault::Malformed => "verify-report-proof-malformed",
            ProofFault::NotACheckpoint => "verify-report-proof-not-a-checkpoint",
            ProofFault::OtherRegister => "verify-report-proof-other-register",
            ProofFault::BadSignature => "verify-report-proof-bad-signature",
            ProofFault::WrongHead => "verify-report-proof-wrong-head",
            ProofFault::MissingInclusion { .. } => "verify-report-proof-missing-inclusion",
            ProofFault::BadInclusion { .. } => "verify-report-proof-bad-inclusion",
            ProofFault::WitnessKey => "verify-report-proof-witness-key",
            ProofFault::Missing => "verify-report-proof-missing",
            ProofFault::TimestampCheckpoint => "verify-report-proof-timestamp-checkpoint",
            ProofFault::TimestampToken(_) => "verify-report-proof-timestamp-token",
            ProofFault::TimestampAnchor => "verify-report-proof-timestamp-anchor",
        }
    }
}

impl ReportProblem {
    /// Stable English text for `--json`.
    pub fn code(&self) -> String {
        self.to_string()
    }

    pub fn fluent_id(&self) -> &'static str {
        match self {
            ReportProblem::Unreadable(_) => "verify-report-unreadable",
            ReportProblem::NoSeal => "verify-report-no-seal",
            ReportProblem::SealMismatch => "verify-report-seal-mismatch",
            ReportProblem::NoAttachment => "verify-report-no-attachment",
            ReportProblem::BadContent(_) => "verify-report-bad-content",
            ReportProblem::ContentHashMismatch => "verify-report-content-hash",
            ReportProblem::InfoMismatch(_) => "verify-report-info-mismatch",
            ReportProblem::EventChain { .. } => "verify-report-event-chain",
            ReportProblem::NotIssuedHere => "verify-report-not-issued-here",
            ReportProblem::HeadMissing { .. } => "verify-report-head-missing",
            ReportProblem::DuplicateAttachment(_) => "verify-report-duplicate-attachment",
            ReportProblem::ExtraAttachment(_) => "verify-report-extra-attachment",
            ReportProblem::IncrementalUpdate => "verify-report-incremental-update",
            ReportProblem::Proof(f) => f.fluent_id(),
        }
    }
}

/// The localised message of the problem (`docs/report-format.md` names the ids).
impl Localize for ReportProblem {
    fn message(&self) -> Message {
        let args: Vec<(&'static str, String)> = {
            match self {
                ReportProblem::Unreadable(d) | ReportProblem::BadContent(d) => {
                    vec![("detail", d.clone())]
                }
                ReportProblem::InfoMismatch(what) => vec![("what", (*what).to_string())],
                ReportProblem::EventChain { seq, detail } => {
                    vec![("seq", seq.to_string()), ("detail", detail.clone())]
                }
                ReportProblem::Proof(ProofFault::TimestampToken(d)) => {
                    vec![("detail", d.clone())]
                }
                ReportProblem::HeadMissing { seq }
                | ReportProblem::Proof(
                    ProofFault::MissingInclusion { seq } | ProofFault::BadInclusion { seq },
                ) => vec![("seq", seq.to_string())],
                ReportProblem::DuplicateAttachment(name) | ReportProblem::ExtraAttachment(name) => {
                    vec![("name", name.clone())]
                }
                _ => Vec::new(),
            }
        };
        Message::with(
            self.fluent_id(),
            args.into_iter().map(|(k, v)| (k, Arg::Text(v))).collect(),
        )
    }
}

/// The outcome of `verify-report`; serialises to exactly the documented JSON keys.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ReportCheck {
    pub ok: bool,
    pub serial: Option<String>,
    pub report_sha256: String,
    pub head_seq: Option<u64>,
    pub head_hash: Option<String>,
    pub prev_report_sha256: Option<String>,
    /// `null` without a register; otherwise whether a `report.issued` event has this file's hash.
    pub issued_by_register: Option<bool>,
    /// What the embedded proof establishes; `null` for a report without one (issued before
    /// reports carried proofs) or when the check failed before it.
    pub proof: Option<ProofCheck>,
    pub error: Option<String>,
    #[serde(skip)]
    pub problem: Option<ReportProblem>,
    /// (seq, hash) pairs the content refers to, checked against a register.
    #[serde(skip)]
    pub references: Vec<(u64, String)>,
}

impl ReportCheck {
    /// Records the first problem found (later ones are not recorded).
    pub fn fail(mut self, p: ReportProblem) -> ReportCheck {
        if self.problem.is_none() {
            self.ok = false;
            self.error = Some(p.code());
            self.problem = Some(p);
        }
        self
    }
}

/// Verifies a report PDF without any register or key.
pub fn verify_report(bytes: &[u8]) -> ReportCheck {
    let mut check = ReportCheck {
        ok: true,
        serial: None,
        report_sha256: canonical::sha256_bytes_hex(bytes),
        head_seq: None,
        head_hash: None,
        prev_report_sha256: None,
        issued_by_register: None,
        proof: None,
        error: None,
        problem: None,
        references: Vec::new(),
    };
    let extracted = match extract(bytes) {
        Ok(x) => x,
        Err(e) => return check.fail(ReportProblem::Unreadable(e.to_string())),
    };
    let info = |k: &str| extracted.info.get(k).cloned();
    check.serial = info("BreachlogSerial");
    check.head_seq = info("BreachlogHeadSeq").and_then(|s| s.parse().ok());
    check.head_hash = info("BreachlogHeadHash");
    check.prev_report_sha256 = info("BreachlogPrevReportSHA256").filter(|s| !s.is_empty());

    let Some(content) = extracted.attachment.as_deref() else {
        return check.fail(ReportProblem::NoAttachment);
    };
    // Content first: it names what the file claims to be, even when the seal is broken.
    let value: Value = match serde_json::from_slice(content) {
        Ok(v) => v,
        Err(e) => return check.fail(ReportProblem::BadContent(e.to_string())),
    };
    let serial = value
        .get("serial")
        .and_then(Value::as_str)
        .map(str::to_string);
    let head_seq = value.pointer("/head/seq").and_then(Value::as_u64);
    let head_hash = value
        .pointer("/head/hash")
        .and_then(Value::as_str)
        .map(str::to_string);
    let prev = value
        .get("prev_report_sha256")
        .and_then(Value::as_str)
        .map(str::to_string);

    match check_seal(bytes) {
        None => return check.fail(ReportProblem::NoSeal),
        Some(false) => return check.fail(ReportProblem::SealMismatch),
        Some(true) => {}
    }
    // The seal has no key: anyone can reseal. What it cannot hide is a file that says one
    // thing to this check and another to a viewer (security review M4).
    if !single_revision(bytes) {
        return check.fail(ReportProblem::IncrementalUpdate);
    }
    let mut seen_content = false;
    for name in &extracted.attachment_names {
        if name != ATTACHMENT_NAME {
            return check.fail(ReportProblem::ExtraAttachment(name.clone()));
        }
        if std::mem::replace(&mut seen_content, true) {
            return check.fail(ReportProblem::DuplicateAttachment(name.clone()));
        }
    }
    if extracted.associated_files > 1 {
        return check.fail(ReportProblem::ExtraAttachment("/AF".into()));
    }
    match canonical::to_string(&value) {
        Ok(c) if c.as_bytes() == content => {}
        Ok(_) => {
            return check.fail(ReportProblem::BadContent(
                "not in canonical form (RFC 8785)".into(),
            ))
        }
        Err(e) => return check.fail(ReportProblem::BadContent(e.to_string())),
    }
    if value.get("format").and_then(Value::as_str) != Some(CONTENT_FORMAT) {
        return check.fail(ReportProblem::BadContent(format!(
            "format is not {CONTENT_FORMAT}"
        )));
    }
    if info("BreachlogContentSHA256").as_deref() != Some(content_hash(content).as_str()) {
        return check.fail(ReportProblem::ContentHashMismatch);
    }
    if check.serial != serial {
        return check.fail(ReportProblem::InfoMismatch("serial"));
    }
    if check.head_seq != head_seq || check.head_hash != head_hash || head_seq.is_none() {
        return check.fail(ReportProblem::InfoMismatch("head"));
    }
    if check.prev_report_sha256 != prev {
        return check.fail(ReportProblem::InfoMismatch("previous report hash"));
    }
    let keywords = info("Keywords").unwrap_or_default();
    if !keywords.contains(head_hash.as_deref().unwrap_or("-")) {
        return check.fail(ReportProblem::InfoMismatch("keywords"));
    }
    let (head_seq, head_hash) = (head_seq.unwrap_or(0), head_hash.unwrap_or_default());
    if let Err(p) = check_events(&value, head_seq, &head_hash, &mut check.references) {
        return check.fail(p);
    }
    if let Some(proof) = value.get("proof") {
        let register_id = value
            .get("register_id")
            .and_then(Value::as_str)
            .unwrap_or_default();
        match check_proof(proof, register_id, head_seq, &head_hash, &check.references) {
            Ok(p) => check.proof = Some(p),
            Err(f) => return check.fail(ReportProblem::Proof(f)),
        }
    }
    if let Some(rows) = value.pointer("/data/rows").and_then(Value::as_array) {
        for r in rows {
            if let (Some(s), Some(h)) = (
                r.get("journal_seq").and_then(Value::as_u64),
                r.get("journal_hash").and_then(Value::as_str),
            ) {
                check.references.push((s, h.to_string()));
            }
        }
    }
    check
}

/// The embedded events: each hashes to its `hash`, seqs increase, consecutive events link,
/// none is beyond the head and the head event (always included) has the head hash.
fn check_events(
    value: &Value,
    head_seq: u64,
    head_hash: &str,
    refs: &mut Vec<(u64, String)>,
) -> Result<(), ReportProblem> {
    let events = value
        .get("events")
        .and_then(Value::as_array)
        .ok_or_else(|| ReportProblem::BadContent("events is missing".into()))?;
    let mut last: Option<Event> = None;
    let mut head_seen = false;
    for (i, v) in events.iter().enumerate() {
        let ev =
            Event::from_value(v.clone(), i as u64 + 1).map_err(|e| ReportProblem::EventChain {
                seq: e.seq,
                detail: e.reason.code(),
            })?;
        let fail = |detail: &str| ReportProblem::EventChain {
            seq: ev.seq,
            detail: detail.to_string(),
        };
        match ev.compute_hash() {
            Ok(h) if h == ev.hash => {}
            _ => return Err(fail("hash mismatch")),
        }
        if let Some(prev) = &last {
            if ev.seq <= prev.seq {
                return Err(fail("events out of order"));
            }
            if ev.seq == prev.seq + 1 && ev.prev != prev.hash {
                return Err(fail("prev does not match the previous event's hash"));
            }
        }
        if ev.seq > head_seq {
            return Err(fail("event beyond the covered head"));
        }
        if ev.seq == head_seq {
            if ev.hash != head_hash {
                return Err(fail("head hash mismatch"));
            }
            head_seen = true;
        }
        refs.push((ev.seq, ev.hash.clone()));
        last = Some(ev);
    }
    if !head_seen {
        return Err(ReportProblem::EventChain {
            seq: head_seq,
            detail: "the head event is missing".into(),
        });
    }
    Ok(())
}

/// What a report's embedded proof establishes (`verify-report --json` → `proof`): the events the
/// report carries are in the journal of the register `origin` names, at their seqs, in the tree
/// of `size` events with root `root`, as a checkpoint signed by the key `public_key` states.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ProofCheck {
    /// `breachlog.register/<register id>`: the checkpoint's origin and key name.
    pub origin: String,
    /// The signing key (base64, as the register publishes it in `key.signing_published`).
    pub public_key: String,
    /// The C2SP key hash (8 hex digits): the one a witness's checkpoint file shows in its
    /// signature line, to compare.
    pub key_hash: String,
    /// The journal size the checkpoint covers (the report's head seq) and its Merkle root (hex).
    pub size: u64,
    pub root: String,
    /// The embedded events proven to be in that journal, and the inclusion proofs that did it
    /// (one per run of consecutive events: the chain links the rest of a run to its last event).
    pub events: u64,
    pub inclusion_proofs: u64,
    /// The size of the witness's checkpoint (`verify-report --checkpoint FILE`) found signed by
    /// the same key; `null` when none was given.
    pub witness_size: Option<u64>,
    /// The embedded RFC 3161 timestamp, checked; `null` when the report carries none.
    pub timestamp: Option<TimestampCheck>,
}

/// What a report's embedded timestamp establishes: the first `size` events of the journal (a
/// prefix of the report's, by the consistency proof) existed no later than `gen_time`, as the
/// TSA `tsa` certifies with a token that chains to the certificate authority `anchor_subject`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TimestampCheck {
    pub size: u64,
    /// RFC 3339, UTC.
    pub gen_time: String,
    pub tsa: String,
    pub anchor_subject: String,
    /// SHA-256 of the anchor certificate (DER), to compare with the one the reader trusts.
    pub anchor_sha256: String,
    /// Whether the anchor is one the reader gave (`--tsa-ca`); `false` means it is only the one
    /// the report carries.
    pub anchor_given: bool,
}

/// The most hashes an inclusion proof can have (a tree of 2^64 leaves).
const MAX_PATH: usize = 64;

/// A proof's list of hashes (lowercase hex) of at most `max` entries, or `Malformed`.
fn hash_list(value: Option<&Value>, max: usize) -> Result<Vec<crate::merkle::Hash>, ProofFault> {
    value
        .and_then(Value::as_array)
        .filter(|list| list.len() <= max)
        .ok_or(ProofFault::Malformed)?
        .iter()
        .map(|h| h.as_str().and_then(crate::merkle::parse_hash))
        .collect::<Option<Vec<_>>>()
        .ok_or(ProofFault::Malformed)
}

/// Checks the proof against the already checked embedded events `events` (seq, hash in seq
/// order; consecutive ones are known to link).
pub fn check_proof(
    proof: &Value,
    register_id: &str,
    head_seq: u64,
    head_hash: &str,
    events: &[(u64, String)],
) -> Result<ProofCheck, ProofFault> {
    use crate::{checkpoint, merkle};
    let text = proof
        .get("checkpoint")
        .and_then(Value::as_str)
        .ok_or(ProofFault::Malformed)?;
    let key_text = proof
        .get("public_key")
        .and_then(Value::as_str)
        .ok_or(ProofFault::Malformed)?;
    let inclusion = proof
        .get("inclusion")
        .and_then(Value::as_array)
        .ok_or(ProofFault::Malformed)?;
    if inclusion.len() > events.len() {
        return Err(ProofFault::Malformed);
    }
    let note = checkpoint::parse(text.as_bytes()).map_err(|_| ProofFault::NotACheckpoint)?;
    let public = checkpoint::parse_public_key(key_text).ok_or(ProofFault::Malformed)?;
    let cp = &note.checkpoint;
    if cp.origin != checkpoint::origin(register_id) {
        return Err(ProofFault::OtherRegister);
    }
    note.verify(&public).map_err(|_| ProofFault::BadSignature)?;
    if cp.size != head_seq || cp.head_hash != head_hash {
        return Err(ProofFault::WrongHead);
    }
    let mut paths: BTreeMap<u64, Vec<merkle::Hash>> = BTreeMap::new();
    for entry in inclusion {
        let seq = entry
            .get("seq")
            .and_then(Value::as_u64)
            .ok_or(ProofFault::Malformed)?;
        let path = hash_list(entry.get("path"), MAX_PATH)?;
        if paths.insert(seq, path).is_some() {
            return Err(ProofFault::Malformed);
        }
    }
    let mut proven = 0u64;
    for (i, (seq, hash)) in events.iter().enumerate() {
        let run_ends = events.get(i + 1).is_none_or(|(next, _)| *next != seq + 1);
        if !run_ends {
            continue;
        }
        let path = paths
            .remove(seq)
            .ok_or(ProofFault::MissingInclusion { seq: *seq })?;
        let entry = merkle::parse_hash(hash).ok_or(ProofFault::BadInclusion { seq: *seq })?;
        merkle::verify_inclusion(&entry, seq - 1, cp.size, &path, &cp.root)
            .map_err(|_| ProofFault::BadInclusion { seq: *seq })?;
        proven += 1;
    }
    // A proof for an event the report does not carry proves nothing it shows.
    if !paths.is_empty() {
        return Err(ProofFault::Malformed);
    }
    Ok(ProofCheck {
        origin: cp.origin.clone(),
        public_key: key_text.to_string(),
        key_hash: hex::encode(checkpoint::key_hash(&cp.origin, &public)),
        size: cp.size,
        root: hex::encode(cp.root),
        events: events.len() as u64,
        inclusion_proofs: proven,
        witness_size: None,
        timestamp: match proof.get("timestamp") {
            Some(t) => Some(check_timestamp(t, cp, &public)?),
            None => None,
        },
    })
}

/// Checks a proof's embedded timestamp against the report's checked checkpoint `cp` and key.
fn check_timestamp(
    t: &Value,
    cp: &crate::checkpoint::Checkpoint,
    public: &[u8; 32],
) -> Result<TimestampCheck, ProofFault> {
    use crate::{checkpoint, merkle, timestamp};
    use data_encoding::BASE64;
    let text = |k: &str| {
        t.get(k)
            .and_then(Value::as_str)
            .ok_or(ProofFault::Malformed)
    };
    let b64 = |s: &str| {
        BASE64
            .decode(s.as_bytes())
            .map_err(|_| ProofFault::Malformed)
    };
    let note_text = text("checkpoint")?;
    let note =
        checkpoint::parse(note_text.as_bytes()).map_err(|_| ProofFault::TimestampCheckpoint)?;
    if note.checkpoint.origin != cp.origin || note.verify(public).is_err() {
        return Err(ProofFault::TimestampCheckpoint);
    }
    let path = hash_list(t.get("consistency"), 2 * MAX_PATH)?;
    merkle::verify_consistency(
        note.checkpoint.size,
        cp.size,
        &note.checkpoint.root,
        &cp.root,
        &path,
    )
    .map_err(|_| ProofFault::TimestampCheckpoint)?;
    let token = b64(text("token")?)?;
    let anchor = b64(text("anchor")?)?;
    let certificates = t
        .get("certificates")
        .and_then(Value::as_array)
        .filter(|c| c.len() <= timestamp::MAX_CERTIFICATES)
        .ok_or(ProofFault::Malformed)?
        .iter()
        .map(|c| c.as_str().ok_or(ProofFault::Malformed).and_then(b64))
        .collect::<Result<Vec<_>, _>>()?;
    let info = timestamp::verify_token(
        &token,
        &certificates,
        &anchor,
        &timestamp::imprint(note_text),
    )
    .map_err(|r| ProofFault::TimestampToken(r.code()))?;
    let (anchor_subject, anchor_sha256) =
        timestamp::parse_anchor(&anchor).map_err(|r| ProofFault::TimestampToken(r.code()))?;
    Ok(TimestampCheck {
        size: note.checkpoint.size,
        gen_time: info.gen_time.to_string(),
        tsa: info.tsa_subject,
        anchor_subject,
        anchor_sha256,
        anchor_given: false,
    })
}

/// Checks a report's embedded timestamp against a trust anchor the reader gave (a CA
/// certificate, PEM or DER): the token must chain to exactly that certificate.
pub fn check_tsa_anchor(proof: &mut ProofCheck, ca: &[u8]) -> Result<(), ProofFault> {
    let t = proof
        .timestamp
        .as_mut()
        .ok_or(ProofFault::TimestampAnchor)?;
    let der = crate::timestamp::anchor_der(ca).ok_or(ProofFault::TimestampAnchor)?;
    let (_, sha) = crate::timestamp::parse_anchor(&der).map_err(|_| ProofFault::TimestampAnchor)?;
    if sha != t.anchor_sha256 {
        return Err(ProofFault::TimestampAnchor);
    }
    t.anchor_given = true;
    Ok(())
}

/// Checks that a checkpoint a witness received from the register (`text`, read bounded by the
/// caller) is of the same register and signed by the key of a report's checked proof: then the
/// proof is by that register's key. Returns the witness checkpoint's size.
pub fn check_witness(proof: &ProofCheck, text: &[u8]) -> Result<u64, ProofFault> {
    use crate::checkpoint;
    let note = checkpoint::parse(text).map_err(|_| ProofFault::NotACheckpoint)?;
    let public = checkpoint::parse_public_key(&proof.public_key).ok_or(ProofFault::WitnessKey)?;
    if note.checkpoint.origin != proof.origin {
        return Err(ProofFault::WitnessKey);
    }
    note.verify(&public).map_err(|_| ProofFault::WitnessKey)?;
    Ok(note.checkpoint.size)
}

/// Whether the file is one revision as written: `startxref` once, and `%%EOF` once at the
/// start of a line with nothing but line ends after it. An incremental update appends a
/// second cross-reference section, trailer and `%%EOF`; streams are compressed, so the markers
/// do not occur inside them in a written report.
fn single_revision(bytes: &[u8]) -> bool {
    let count = |needle: &[u8]| bytes.windows(needle.len()).filter(|w| *w == needle).count();
    let Some(eof) = find(bytes, b"%%EOF") else {
        return false;
    };
    let at_line_start = eof > 0 && matches!(bytes[eof - 1], b'\n' | b'\r');
    let tail_clean = bytes[eof + 5..].iter().all(|b| matches!(b, b'\n' | b'\r'));
    at_line_start && tail_clean && count(b"%%EOF") == 1 && count(b"startxref") == 1
}

/// Position of the seal's 64 digits; the key must occur exactly once.
fn seal_range(bytes: &[u8]) -> Option<std::ops::Range<usize>> {
    let mut found = None;
    let mut start = 0;
    while let Some(pos) = find(&bytes[start..], SEAL_KEY) {
        if found.is_some() {
            return None;
        }
        let at = start + pos + SEAL_KEY.len();
        found = Some(at..at + SEAL_LEN);
        start = at;
    }
    let r = found?;
    (r.end < bytes.len() && bytes[r.end] == b')').then_some(r)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn seal_digest(bytes: &[u8], r: &std::ops::Range<usize>) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(&bytes[..r.start]);
    h.update([b'0'; SEAL_LEN]);
    h.update(&bytes[r.end..]);
    hex::encode(h.finalize())
}

/// Seals a PDF whose document information holds the placeholder (64 zeros under
/// [`SEAL_KEY`]), in place.
pub fn seal(bytes: &mut [u8]) -> Result<(), PdfError> {
    let r = seal_range(bytes).ok_or_else(|| pdf_err("seal placeholder not found"))?;
    let digest = seal_digest(bytes, &r);
    bytes[r].copy_from_slice(digest.as_bytes());
    Ok(())
}

/// Recomputes the seal in place (for tools and tamper tests that rewrite a file on purpose).
pub fn reseal(bytes: &mut [u8]) -> Result<(), PdfError> {
    seal(bytes)
}

/// Whether the seal is present and matches: `Some(true|false)`, `None` when absent.
pub fn check_seal(bytes: &[u8]) -> Option<bool> {
    let r = seal_range(bytes)?;
    let stored = &bytes[r.clone()];
    Some(seal_digest(bytes, &r).as_bytes() == stored)
}

/// What a verifier reads back from a PDF.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub info: BTreeMap<String, String>,
    pub attachment: Option<Vec<u8>>,
    pub attachment_names: Vec<String>,
    /// How many file specifications the catalog's `/AF` lists.
    pub associated_files: usize,
}

fn obj_text(o: &Object) -> Option<String> {
    match o {
        Object::String(b, _) => {
            if b.starts_with(&[0xfe, 0xff]) {
                let units: Vec<u16> = b[2..]
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                    .collect();
                String::from_utf16(&units).ok()
            } else {
                Some(String::from_utf8_lossy(b).into_owned())
            }
        }
        Object::Name(n) => Some(String::from_utf8_lossy(n).into_owned()),
        Object::Integer(i) => Some(i.to_string()),
        _ => None,
    }
}

/// Parses the PDF and returns its information dictionary and embedded `breachlog-report.json`.
pub fn extract(bytes: &[u8]) -> Result<Extracted, PdfError> {
    let doc = Document::load_mem(bytes).map_err(pdf_err)?;
    let mut out = Extracted::default();
    if let Ok(info) = doc
        .trailer
        .get(b"Info")
        .and_then(|o| doc.dereference(o))
        .and_then(|(_, o)| o.as_dict())
    {
        for (k, v) in info.iter() {
            if let Some(t) = obj_text(v) {
                out.info.insert(String::from_utf8_lossy(k).into_owned(), t);
            }
        }
    }
    let catalog = doc.catalog().map_err(pdf_err)?;
    out.associated_files = match catalog.get(b"AF").ok().map(|o| doc.dereference(o)) {
        Some(Ok((_, Object::Array(items)))) => items.len(),
        Some(_) => 1,
        None => 0,
    };
    let deref = |o: &Object| -> Option<Object> { doc.dereference(o).ok().map(|(_, o)| o.clone()) };
    let tree = catalog
        .get(b"Names")
        .ok()
        .and_then(deref)
        .and_then(|n| {
            n.as_dict()
                .ok()
                .and_then(|d| d.get(b"EmbeddedFiles").ok().cloned())
        })
        .and_then(|o| deref(&o));
    let mut specs: Vec<(String, Object)> = Vec::new();
    if let Some(Object::Dictionary(tree)) = tree {
        collect_names(&doc, &tree, &mut specs, 0, &mut NameWalk::default())?;
    }
    for (name, spec) in specs {
        out.attachment_names.push(name.clone());
        if name != ATTACHMENT_NAME || out.attachment.is_some() {
            continue;
        }
        let stream_id: Option<ObjectId> = deref(&spec)
            .and_then(|s| s.as_dict().ok().and_then(|d| d.get(b"EF").ok().cloned()))
            .and_then(|o| deref(&o))
            .and_then(|ef| ef.as_dict().ok().and_then(|d| d.get(b"F").ok().cloned()))
            .and_then(|f| f.as_reference().ok());
        if let Some(id) = stream_id {
            let stream = doc
                .get_object(id)
                .and_then(|o| o.as_stream())
                .map_err(pdf_err)?;
            let content = stream
                .decompressed_content_with_limit(512 * 1024 * 1024)
                .map_err(pdf_err)?;
            out.attachment = Some(content);
        }
    }
    Ok(out)
}

/// Deepest name-tree level read: a report's tree has one level; real trees have a few.
const MAX_NAME_DEPTH: u32 = 16;
/// Most name-tree nodes read from one file (a report has one).
const MAX_NAME_NODES: usize = 1024;
/// Most names read from one file (a report has one attachment).
const MAX_NAMES: usize = 4096;

/// What a walk of the `/EmbeddedFiles` name tree has seen: every node at most once, and no
/// more than the budget, so any file is read in bounded time (security review M5: a node whose
/// `/Kids` lists itself 40 times, 16 levels deep, meant 40^16 visits).
#[derive(Default)]
struct NameWalk {
    visited: std::collections::HashSet<ObjectId>,
    nodes: usize,
}

fn collect_names(
    doc: &Document,
    node: &Dictionary,
    out: &mut Vec<(String, Object)>,
    depth: u32,
    walk: &mut NameWalk,
) -> Result<(), PdfError> {
    walk.nodes += 1;
    if walk.nodes > MAX_NAME_NODES {
        return Err(pdf_err(format!(
            "the embedded-file name tree has more than {MAX_NAME_NODES} nodes"
        )));
    }
    if depth > MAX_NAME_DEPTH {
        return Err(pdf_err(format!(
            "the embedded-file name tree is nested more than {MAX_NAME_DEPTH} levels deep"
        )));
    }
    if let Ok(Object::Array(items)) = node.get(b"Names") {
        for pair in items.chunks(2) {
            if let [k, v] = pair {
                if let Some(name) = doc.dereference(k).ok().and_then(|(_, o)| obj_text(o)) {
                    if out.len() >= MAX_NAMES {
                        return Err(pdf_err(format!(
                            "the embedded-file name tree has more than {MAX_NAMES} names"
                        )));
                    }
                    out.push((name, v.clone()));
                }
            }
        }
    }
    if let Ok(Object::Array(kids)) = node.get(b"Kids") {
        for kid in kids {
            let Ok((id, Object::Dictionary(d))) = doc.dereference(kid) else {
                continue;
            };
            // A node listed twice (under one parent or another, or as its own kid) is a cycle
            // or a shared node, neither of which a name tree has.
            if let Some(id) = id {
                if !walk.visited.insert(id) {
                    return Err(pdf_err(format!(
                        "the embedded-file name tree lists object {} {} more than once",
                        id.0, id.1
                    )));
                }
            }
            collect_names(doc, d, out, depth + 1, walk)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::time::Duration;

    use lopdf::{dictionary, Document, Object, ObjectId};

    use super::*;

    /// A PDF whose `/EmbeddedFiles` name tree has `levels` nodes, each listing the next one
    /// (`self_loop`: itself) `fanout` times in `/Kids`. Without a visited set and a budget, a
    /// walk of it takes `fanout^levels` steps (security review M5: 40 × itself, 16 deep).
    fn hostile_pdf(levels: usize, fanout: usize, self_loop: bool) -> Vec<u8> {
        let mut doc = Document::with_version("1.7");
        let pages_id = doc.add_object(dictionary! {
            "Type" => "Pages", "Kids" => Vec::<Object>::new(), "Count" => 0,
        });
        let ids: Vec<ObjectId> = (0..levels).map(|_| doc.new_object_id()).collect();
        for (i, id) in ids.iter().enumerate() {
            let kid = if self_loop {
                Some(*id)
            } else {
                ids.get(i + 1).copied()
            };
            let kids: Vec<Object> = kid
                .map(|k| vec![Object::Reference(k); fanout])
                .unwrap_or_default();
            doc.objects
                .insert(*id, Object::Dictionary(dictionary! { "Kids" => kids }));
        }
        let catalog = doc.add_object(dictionary! {
            "Type" => "Catalog",
            "Pages" => pages_id,
            "Names" => dictionary! { "EmbeddedFiles" => Object::Reference(ids[0]) },
        });
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    }

    /// Verifies on another thread and waits for the result. The wait only turns a hang into a
    /// failed test; it is generous and does not measure anything.
    fn verify_returns(bytes: Vec<u8>) -> ReportCheck {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            // The receiver is gone only after a failed wait; nothing to report then.
            let _ = tx.send(verify_report(&bytes));
        });
        rx.recv_timeout(Duration::from_secs(300))
            .expect("verification of a hostile PDF must return")
    }

    fn unreadable(check: &ReportCheck) -> String {
        assert!(!check.ok);
        match &check.problem {
            Some(ReportProblem::Unreadable(detail)) => detail.clone(),
            other => panic!("expected an unreadable PDF, got {other:?}"),
        }
    }

    #[test]
    fn a_name_tree_node_listing_itself_forty_times_is_refused() {
        let bytes = hostile_pdf(1, 40, true);
        assert!(bytes.len() < 2048, "{} bytes", bytes.len());
        let detail = unreadable(&verify_returns(bytes));
        assert!(
            detail.contains("name tree lists object"),
            "the problem names the cycle: {detail}"
        );
    }

    #[test]
    fn a_name_tree_sixteen_levels_deep_with_forty_kids_each_is_refused() {
        let detail = unreadable(&verify_returns(hostile_pdf(16, 40, false)));
        assert!(
            detail.contains("name tree lists object"),
            "the problem names the shared node: {detail}"
        );
    }

    /// A PDF whose embedded `breachlog-report.json` is `depth` nested arrays.
    fn nested_content_pdf(depth: usize) -> Vec<u8> {
        use lopdf::{Stream, StringFormat};
        let mut doc = Document::with_version("1.7");
        let pages = doc.add_object(dictionary! {
            "Type" => "Pages", "Kids" => Vec::<Object>::new(), "Count" => 0,
        });
        let content = format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes();
        let file = doc.add_object(Stream::new(
            dictionary! { "Type" => "EmbeddedFile" },
            content,
        ));
        let name = || Object::String(b"breachlog-report.json".to_vec(), StringFormat::Literal);
        let spec = doc.add_object(dictionary! {
            "Type" => "Filespec", "F" => name(), "EF" => dictionary! { "F" => file },
        });
        let catalog = doc.add_object(dictionary! {
            "Type" => "Catalog",
            "Pages" => pages,
            "Names" => dictionary! {
                "EmbeddedFiles" => dictionary! { "Names" => vec![name(), Object::Reference(spec)] },
            },
        });
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    }

    /// The other recursive walk: the content's JSON. A million nested arrays are refused by
    /// the parser's nesting limit, before anything recurses over them.
    #[test]
    fn deeply_nested_content_is_refused_before_it_is_walked() {
        let check = verify_returns(nested_content_pdf(1_000_000));
        match check.problem {
            Some(ReportProblem::BadContent(detail)) => {
                assert!(detail.contains("recursion limit"), "{detail}")
            }
            other => panic!("expected bad content, got {other:?}"),
        }
    }

    #[test]
    fn a_name_tree_deeper_than_the_bound_is_refused() {
        let detail = unreadable(&verify_returns(hostile_pdf(40, 1, false)));
        assert!(detail.contains("levels deep"), "{detail}");
    }
}
