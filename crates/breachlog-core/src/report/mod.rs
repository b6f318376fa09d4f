//! Hash-chained PDF reports.
//!
//! A report is built from the register at one journal head and consists of
//! * its machine-readable **content**: a JSON object (report data, options, the head it covers,
//!   the previous report's PDF hash and the journal events it covers), serialised canonically
//!   (RFC 8785) and embedded in the PDF as the file `breachlog-report.json`;
//! * the **content hash**: `SHA-256("breachlog-report-v1\n" || content bytes)`. The prefix is a
//!   domain separator (as RFC 6962 separates leaves from nodes): an event hash is the SHA-256 of
//!   a JSON object that starts with `{`, so no content hash can ever equal an event hash of the
//!   same bytes, nor the other way round;
//! * the rendered **PDF** (A4, embedded DejaVu fonts), whose last page prints the head, the
//!   content hash and the previous report's PDF SHA-256, and whose document information carries
//!   the same values plus a seal (see [`pdf`]).
//!
//! Issuing appends a `report.issued` event (serial, PDF SHA-256, content hash, covered head,
//! previous report's PDF SHA-256), so reports form their own chain inside the journal. The bytes
//! are reproducible: the same register state, options and recorded issue time give the same PDF.

mod documents;
mod kit;
pub use kit::{recovery_kit, RecoveryKit};
mod notices;
pub use notices::{NoticeFile, NoticesWritten, MANIFEST_COLUMNS, MANIFEST_NAME};
mod render;

#[cfg(test)]
mod store_tests;
pub mod verify;
pub use verify::{proof_args, proof_messages, proof_register, timestamp_message};

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::canonical;
use crate::domain::{Action, Decision, Evidence, Incident, Language, Note, Org, PersonalData};
use crate::error::{Error, Reason, Result};
use crate::journal::Event;
use crate::projection::kind;
use crate::register::regulation::templates::{CraStage, Nis2Stage};
use crate::register::Register;
use crate::views::{ObligationRecord, RegisterRow};
use crate::Ts;

pub use breachlog_chain::report::{
    check_seal, check_tsa_anchor, check_witness, extract, reseal, verify_report, Extracted,
    ProofCheck, ProofFault, ReportCheck, ReportProblem, TimestampCheck,
};
pub use documents::{Addressee, DocumentData};

pub use breachlog_chain::report::{
    content_hash, ATTACHMENT_NAME, CONTENT_FORMAT, CONTENT_HASH_PREFIX,
};

/// The report types available.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    /// One incident in full: facts, assessment, decisions, actions, notes, timeline.
    Incident,
    /// The GDPR Art 33(5) breach register.
    Register,
    /// The journal itself, readable.
    AuditTrail,
    /// The GDPR Art 33 notification to one supervisory authority, as filed.
    Notification,
    /// The GDPR Art 34 communication to the data subjects.
    Subjects,
    /// Our Art 33(2) notice, as processor, to one controller.
    Controller,
    /// A DORA report on a major ICT-related incident to the financial supervisor (initial,
    /// intermediate or final: Implementing Regulation (EU) 2025/302 Annex I).
    Dora,
    /// A NIS2 report to a national CSIRT (early warning, incident notification or final
    /// report: Directive (EU) 2022/2555 Art 23(4) as the channel asks for it).
    Nis2,
    /// A Cyber Resilience Act report to the CSIRT coordinator (early warning, notification or
    /// final report: Regulation (EU) 2024/2847 Art 14(2) or (4) by the incident's CRA kind).
    Cra,
}

impl ReportKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            ReportKind::Incident => "incident",
            ReportKind::Register => "register",
            ReportKind::AuditTrail => "audit_trail",
            ReportKind::Notification => "notification",
            ReportKind::Subjects => "subjects",
            ReportKind::Controller => "controller",
            ReportKind::Dora => "dora",
            ReportKind::Nis2 => "nis2",
            ReportKind::Cra => "cra",
        }
    }

    /// A document addressed outside the organisation (authority, data subjects, controller):
    /// its content carries no journal event but the incident's latest one (see
    /// [`Register::issue_report`]).
    pub fn is_external(&self) -> bool {
        matches!(
            self,
            ReportKind::Notification
                | ReportKind::Subjects
                | ReportKind::Controller
                | ReportKind::Dora
                | ReportKind::Nis2
                | ReportKind::Cra
        )
    }

    /// The report is about one incident.
    pub fn needs_incident(&self) -> bool {
        *self == ReportKind::Incident || self.is_external()
    }

    fn title_id(&self) -> &'static str {
        match self {
            ReportKind::Incident => "report-title-incident",
            ReportKind::Register => "report-title-register",
            ReportKind::AuditTrail => "report-title-audit-trail",
            ReportKind::Notification => "report-title-notification",
            ReportKind::Subjects => "report-title-subjects",
            ReportKind::Controller => "report-title-controller",
            ReportKind::Dora => "report-title-dora",
            ReportKind::Nis2 => "report-title-nis2",
            ReportKind::Cra => "report-title-cra",
        }
    }
}

/// What to report on (validated by [`Register::issue_report`]).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ReportOptions {
    /// Incident id (or unique prefix) for [`ReportKind::Incident`].
    #[serde(default)]
    pub incident: Option<String>,
    /// Period start/end (RFC 3339); register: by detection time, audit trail: by event time.
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    /// Document language (default: the organisation's; for a notification the authority's).
    #[serde(default)]
    pub lang: Option<String>,
    /// Authority id for [`ReportKind::Notification`].
    #[serde(default)]
    pub authority: Option<String>,
    /// Controller name or id for [`ReportKind::Controller`].
    #[serde(default)]
    pub controller: Option<String>,
    /// `initial`, `intermediate` or `final` for [`ReportKind::Dora`]; `early-warning`,
    /// `notification` or `final` for [`ReportKind::Nis2`] and [`ReportKind::Cra`].
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub stage: Option<String>,
    /// The national CSIRT channel (`nl`, `be`, `de`, `fr`) of a [`ReportKind::Nis2`] report;
    /// by default the lead authority's country.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub channel: Option<String>,
}

/// Validated options, as recorded in the content and in `report.issued`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResolvedOptions {
    pub incident: Option<Uuid>,
    pub from: Option<Ts>,
    pub to: Option<Ts>,
    pub language: Language,
    /// The authority a notification is addressed to (absent for other kinds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<String>,
    /// The controller a processor's notice is addressed to (absent for other kinds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub controller: Option<Uuid>,
    /// The stage of a DORA report (absent for other kinds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<crate::register::regulation::templates::DoraStage>,
    /// The stage of a NIS2 or CRA report (`early-warning`, `notification`, `final`; absent for
    /// other kinds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_stage: Option<String>,
    /// The national CSIRT channel of a NIS2 report (`nl`, `be`, `de`, `fr`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
}

/// Everything about an issue that is not register state: with the same state, the same
/// `IssueMeta` renders the same bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueMeta {
    pub serial: String,
    pub issued_at: Ts,
    pub issued_by: String,
    pub head_seq: u64,
    pub head_hash: String,
    pub prev_report_sha256: Option<String>,
    /// The signed checkpoint of the report's proof, printed (text and QR code) in the integrity
    /// section; set while rendering, from the register state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkpoint: Option<String>,
}

/// A rendered report.
#[derive(Debug, Clone)]
pub struct IssuedReport {
    pub kind: ReportKind,
    pub bytes: Vec<u8>,
    pub serial: String,
    pub sha256: String,
    pub content_sha256: String,
    pub head_seq: u64,
    pub head_hash: String,
    pub prev_report_sha256: Option<String>,
    pub issued_at: Ts,
    pub pages: usize,
    /// Seq of the `report.issued` event (0 when only rendered).
    pub event_seq: u64,
}

/// The `report.issued` payload.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IssuedRecord {
    pub serial: String,
    pub kind: ReportKind,
    pub options: ResolvedOptions,
    pub issued_at: Ts,
    pub issued_by: String,
    pub pdf_sha256: String,
    pub content_sha256: String,
    pub head_seq: u64,
    pub head_hash: String,
    pub prev_report_sha256: Option<String>,
    pub pages: u64,
}

/// Register summary figures.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RegisterSummary {
    pub breaches: u64,
    pub notified: u64,
    pub not_notified: u64,
    pub pending: u64,
    pub under_assessment: u64,
    pub exercises_excluded: u64,
}

/// The data a report shows, by kind.
#[derive(Debug, Clone)]
pub(crate) enum ReportData {
    Incident {
        incident: Box<Incident>,
        actions: Vec<Action>,
        notes: Vec<Note>,
        /// The evidence files (name, size, SHA-256; erased ones marked).
        evidence: Vec<Evidence>,
        obligations: Vec<ObligationRecord>,
        controllers: Vec<crate::register::regulation::Controller>,
        /// The events as hashed (personal fields sealed): embedded and verified.
        events: Vec<Event>,
        /// The same events with their sealed values put back: what the pages show.
        shown: Vec<Event>,
        /// Why no GDPR breach obligation is derived, if none is (said next to the list).
        clock_gap: Option<crate::register::regulation::ClockGap>,
    },
    Register {
        rows: Vec<RegisterRow>,
        summary: RegisterSummary,
        /// Per row: why no GDPR breach obligation is derived for it, if none is.
        gaps: Vec<Option<crate::register::regulation::ClockGap>>,
    },
    AuditTrail {
        events: Vec<Event>,
        shown: Vec<Event>,
    },
    /// Notification, data-subject communication or controller notice.
    Document(Box<DocumentData>),
}

fn ts_opt(field: &'static str, v: &Option<String>) -> Result<Option<Ts>> {
    match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => Ts::parse(s)
            .map(Some)
            .ok_or(Error::invalid(field, Reason::NotATimestamp)),
    }
}

impl Register {
    fn resolve_report_options(
        &self,
        kind: ReportKind,
        opts: &ReportOptions,
    ) -> Result<ResolvedOptions> {
        let wanted = match opts
            .lang
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(l) => Some(crate::validate::language("language", l)?),
            None => None,
        };
        let incident = if kind.needs_incident() {
            let text = opts
                .incident
                .as_deref()
                .ok_or(Error::invalid("id", Reason::Empty))?;
            Some(self.resolve_incident(text)?)
        } else {
            None
        };
        // A NIS2 report's CSIRT channel is resolved once here (it may read the organisation's
        // lead authority); its language and the document follow from it.
        let nis2_channel = match kind {
            ReportKind::Nis2 => Some(self.nis2_channel_required(opts.channel.as_deref())?),
            _ => None,
        };
        let (authority, controller, language) =
            self.resolve_recipient(kind, opts, wanted, nis2_channel)?;
        let from = ts_opt("from", &opts.from)?;
        let to = ts_opt("to", &opts.to)?;
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                return Err(Error::invalid("from", Reason::InvalidRange));
            }
        }
        let stage = match kind {
            ReportKind::Dora => Some(crate::register::regulation::templates::DoraStage::parse(
                "stage",
                opts.stage.as_deref().unwrap_or(""),
            )?),
            _ => None,
        };
        let given = opts.stage.as_deref().unwrap_or("");
        let report_stage = match kind {
            ReportKind::Nis2 => Some(Nis2Stage::parse("stage", given)?.as_str().to_string()),
            ReportKind::Cra => Some(CraStage::parse("stage", given)?.as_str().to_string()),
            _ => None,
        };
        let channel = nis2_channel.map(|ch| ch.id.to_string());
        Ok(ResolvedOptions {
            incident,
            from,
            to,
            language,
            authority,
            controller,
            stage,
            report_stage,
            channel,
        })
    }

    /// All `report.issued` records, in journal order.
    pub fn issued_reports(&self) -> Result<Vec<(Event, IssuedRecord)>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT seq FROM events WHERE kind = ?1 ORDER BY seq")?;
        let seqs: Vec<i64> = stmt
            .query_map([kind::REPORT_ISSUED], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for seq in seqs {
            let ev = self
                .event_at(seq as u64)?
                .ok_or_else(|| Error::Data(format!("event {seq} vanished")))?;
            let rec: IssuedRecord = serde_json::from_value(ev.payload.clone())
                .map_err(|e| Error::Data(format!("report.issued {seq}: {e}")))?;
            out.push((ev, rec));
        }
        Ok(out)
    }

    /// The number of the latest report's serial (serials count the reports: `RPT-000001`, …)
    /// and its PDF's SHA-256, which the next report chains to; `(0, None)` before the first.
    /// Reads only the latest `report.issued` event, so issuing many reports (one notice per
    /// customer) does not re-read every earlier one.
    fn report_chain_tip(&self) -> Result<(u64, Option<String>)> {
        let Some(ev) = self.latest_event_of_kind(kind::REPORT_ISSUED)? else {
            return Ok((0, None));
        };
        let rec: IssuedRecord = serde_json::from_value(ev.payload)
            .map_err(|e| Error::Data(format!("report.issued {}: {e}", ev.seq)))?;
        let number = rec
            .serial
            .strip_prefix("RPT-")
            .and_then(|n| n.parse::<u64>().ok())
            .ok_or_else(|| Error::Data(format!("report serial {}", rec.serial)))?;
        Ok((number, Some(rec.pdf_sha256)))
    }

    /// The event at `seq`, if any.
    pub fn event_at(&self, seq: u64) -> Result<Option<Event>> {
        let events = self.events_range(seq, seq)?;
        Ok(events.into_iter().next())
    }

    /// Events with `from <= seq <= to`, in order.
    /// Events with their sealed personal fields opened, for the pages (see `seal`).
    fn opened(&self, events: &[Event]) -> Result<Vec<Event>> {
        events
            .iter()
            .map(|e| crate::register::open_event(self.conn(), e.clone()))
            .collect()
    }

    pub fn events_range(&self, from: u64, to: u64) -> Result<Vec<Event>> {
        let mut out = Vec::new();
        self.for_each_event(from, to, |ev| {
            out.push(ev);
            Ok(())
        })?;
        Ok(out)
    }

    /// Issues a report: renders it from the current head, stores the PDF bytes and appends
    /// `report.issued` in one transaction.
    pub fn issue_report(&mut self, kind: ReportKind, opts: &ReportOptions) -> Result<IssuedReport> {
        let resolved = self.resolve_report_options(kind, opts)?;
        let (last_serial, prev_report_sha256) = self.report_chain_tip()?;
        let serial = format!("RPT-{:06}", last_serial + 1);
        let (head_seq, head_hash) = match resolved.incident.filter(|_| kind.is_external()) {
            Some(id) => self.incident_head(id)?,
            None => self.head()?,
        };
        let meta = IssueMeta {
            serial,
            issued_at: Ts::now(),
            issued_by: self.actor().to_string(),
            head_seq,
            head_hash,
            prev_report_sha256,
            checkpoint: None,
        };
        let mut report = self.render_resolved(kind, &resolved, &meta)?;
        let record = IssuedRecord {
            serial: report.serial.clone(),
            kind,
            options: resolved,
            issued_at: meta.issued_at,
            issued_by: meta.issued_by.clone(),
            pdf_sha256: report.sha256.clone(),
            content_sha256: report.content_sha256.clone(),
            head_seq: meta.head_seq,
            head_hash: meta.head_hash.clone(),
            prev_report_sha256: meta.prev_report_sha256.clone(),
            pages: report.pages as u64,
        };
        let payload = serde_json::to_value(&record).map_err(|e| Error::Data(e.to_string()))?;
        let bytes = report.bytes.clone();
        let sha = report.sha256.clone();
        let serial = report.serial.clone();
        let (signer, origin) = (self.signer()?, self.origin());
        let ev = self.write(|w| {
            w.connection().execute(
                "INSERT INTO report_files (serial, sha256, pdf) VALUES (?1, ?2, ?3)",
                rusqlite::params![serial, sha, bytes],
            )?;
            let ev = w.append(kind::REPORT_ISSUED, resolved_subject(&record), payload)?;
            w.append_checkpoint(
                &signer,
                &origin,
                crate::register::checkpoints::REASON_REPORT,
            )?;
            Ok(ev)
        })?;
        report.event_seq = ev.seq;
        Ok(report)
    }

    /// Renders a report again from its `report.issued` record (same bytes when the register
    /// state it depends on has not changed since).
    pub fn rerender_report(&self, serial: &str) -> Result<IssuedReport> {
        let (_, rec) = self
            .issued_reports()?
            .into_iter()
            .find(|(_, r)| r.serial == serial)
            .ok_or_else(|| Error::NotFound {
                entity: "report",
                id: serial.to_string(),
            })?;
        let meta = IssueMeta {
            serial: rec.serial.clone(),
            issued_at: rec.issued_at,
            issued_by: rec.issued_by.clone(),
            head_seq: rec.head_seq,
            head_hash: rec.head_hash.clone(),
            prev_report_sha256: rec.prev_report_sha256.clone(),
            checkpoint: None,
        };
        self.render_resolved(rec.kind, &rec.options, &meta)
    }

    /// The stored PDF of an issued report.
    pub fn report_pdf(&self, serial: &str) -> Result<Option<Vec<u8>>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn()
            .query_row(
                "SELECT pdf FROM report_files WHERE serial = ?1",
                [serial],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The proof a report embeds (`docs/report-format.md`, "The embedded proof"): a checkpoint of
    /// the journal up to the report's head (`head_seq` events), signed with the register's key
    /// (Ed25519 is deterministic: the same head gives the same bytes), the key, and the RFC 9162
    /// inclusion proof of the last event of every run of consecutive seqs in `embedded` (the
    /// chain ties the rest of a run to it).
    fn report_proof(&self, head_seq: u64, head_hash: &str, embedded: &[u64]) -> Result<Value> {
        let mut entries = Vec::with_capacity(usize::try_from(head_seq).unwrap_or(0));
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT hash FROM events WHERE seq <= ?1 ORDER BY seq")?;
        let mut rows = stmt.query([i64::try_from(head_seq).unwrap_or(i64::MAX)])?;
        while let Some(row) = rows.next()? {
            let hash: String = row.get(0)?;
            entries.push(
                crate::merkle::parse_hash(&hash)
                    .ok_or_else(|| Error::Data(format!("event hash {hash} is not a hash")))?,
            );
        }
        if entries.len() as u64 != head_seq {
            return Err(Error::Data("the journal has a gap".into()));
        }
        let run_ends: Vec<u64> = embedded
            .iter()
            .enumerate()
            .filter(|(i, seq)| embedded.get(i + 1) != Some(&(**seq + 1)))
            .map(|(_, seq)| *seq)
            .collect();
        let indices: Vec<u64> = run_ends.iter().map(|s| s.saturating_sub(1)).collect();
        let paths = crate::merkle::inclusion_proofs(&entries, &indices)
            .map_err(|e| Error::Data(e.to_string()))?;
        let signer = self.signer()?;
        let note = crate::checkpoint::Checkpoint {
            origin: self.origin(),
            size: head_seq,
            root: crate::merkle::root(&entries),
            head_hash: head_hash.to_string(),
        }
        .sign(&signer);
        let inclusion: Vec<Value> = run_ends
            .iter()
            .zip(paths)
            .map(|(seq, path)| json!({"seq": seq, "path": path.iter().map(hex::encode).collect::<Vec<_>>()}))
            .collect();
        let mut proof = json!({
            "checkpoint": note,
            "public_key": crate::checkpoint::public_key_text(&signer),
            "inclusion": inclusion,
        });
        if let (Some(t), Value::Object(m)) =
            (self.report_timestamp(head_seq, &entries)?, &mut proof)
        {
            m.insert("timestamp".into(), t);
        }
        Ok(proof)
    }

    fn render_resolved(
        &self,
        kind: ReportKind,
        opts: &ResolvedOptions,
        meta: &IssueMeta,
    ) -> Result<IssuedReport> {
        let data = self.report_data(kind, opts, meta.head_seq, meta.issued_at)?;
        let org = self.org()?;
        let head_event = self.event_at(meta.head_seq)?;
        let seqs: Vec<u64> = embedded_events(&data, head_event.as_ref())
            .map(|e| e.seq)
            .collect();
        let proof = self.report_proof(meta.head_seq, &meta.head_hash, &seqs)?;
        let meta = &IssueMeta {
            checkpoint: proof["checkpoint"].as_str().map(str::to_string),
            ..meta.clone()
        };
        let content_bytes = content_bytes(
            kind,
            opts,
            meta,
            &org,
            &data,
            Provenance {
                register_id: self.register_id(),
                head_event: head_event.as_ref(),
                proof: Some(&proof),
            },
        )?;
        let content_sha256 = content_hash(&content_bytes);
        // The data is loaded: the decrypted pages it went through are not needed while the PDF
        // is laid out (a register report of 20,000 breaches needs ~200 MB for that).
        self.release_cache()?;
        let (bytes, pages) = render::render(
            kind,
            opts,
            meta,
            &org,
            &data,
            &content_sha256,
            &content_bytes,
        )?;
        Ok(IssuedReport {
            kind,
            sha256: canonical::sha256_bytes_hex(&bytes),
            bytes,
            serial: meta.serial.clone(),
            content_sha256,
            head_seq: meta.head_seq,
            head_hash: meta.head_hash.clone(),
            prev_report_sha256: meta.prev_report_sha256.clone(),
            issued_at: meta.issued_at,
            pages,
            event_seq: 0,
        })
    }

    /// The data of a report built at `head_seq`; obligation statuses are those at `as_of`
    /// (the recorded issue time).
    pub(crate) fn report_data(
        &self,
        kind: ReportKind,
        opts: &ResolvedOptions,
        head_seq: u64,
        as_of: Ts,
    ) -> Result<ReportData> {
        match kind {
            ReportKind::Incident => {
                let id = opts.incident.ok_or(Error::invalid("id", Reason::Empty))?;
                let incident = self.incident(id)?;
                let events: Vec<Event> = self
                    .events(Some(id))?
                    .into_iter()
                    .filter(|e| e.seq <= head_seq)
                    .collect();
                let shown = self.opened(&events)?;
                Ok(ReportData::Incident {
                    clock_gap: self.clock_gap(id)?,
                    incident: Box::new(incident),
                    actions: self.actions(id)?,
                    notes: self.notes(id)?,
                    evidence: self.evidence_list(id)?,
                    obligations: self.obligation_records(id, as_of)?,
                    controllers: self.all_controllers()?,
                    events,
                    shown,
                })
            }
            ReportKind::Notification
            | ReportKind::Subjects
            | ReportKind::Controller
            | ReportKind::Dora
            | ReportKind::Nis2
            | ReportKind::Cra => {
                let id = opts.incident.ok_or(Error::invalid("id", Reason::Empty))?;
                let incident = self.incident(id)?;
                let data = self.document_data(kind, &incident, opts, as_of)?;
                Ok(ReportData::Document(Box::new(data)))
            }
            ReportKind::Register => {
                let mut rows = Vec::new();
                let mut gaps = Vec::new();
                let mut summary = RegisterSummary::default();
                let controllers = self.all_controllers()?;
                let org = self.org()?;
                let mut sql = String::from("SELECT doc FROM incidents");
                let mut clauses = Vec::new();
                let mut args: Vec<String> = Vec::new();
                if let Some(f) = opts.from {
                    args.push(f.to_string());
                    clauses.push(format!("detected_at >= ?{}", args.len()));
                }
                if let Some(t) = opts.to {
                    args.push(t.to_string());
                    clauses.push(format!("detected_at <= ?{}", args.len()));
                }
                if !clauses.is_empty() {
                    sql.push_str(" WHERE ");
                    sql.push_str(&clauses.join(" AND "));
                }
                sql.push_str(" ORDER BY detected_at ASC, id ASC");
                let mut stmt = self.conn().prepare(&sql)?;
                let mut q = stmt.query(rusqlite::params_from_iter(args.iter()))?;
                while let Some(r) = q.next()? {
                    let doc: String = r.get(0)?;
                    let i: Incident =
                        serde_json::from_str(&doc).map_err(|e| Error::Data(e.to_string()))?;
                    let pd = i.assessment.as_ref().map(|a| a.personal_data);
                    if i.exercise {
                        if pd == Some(PersonalData::Yes) {
                            summary.exercises_excluded += 1;
                        }
                        continue;
                    }
                    match pd {
                        Some(PersonalData::Yes) => {}
                        Some(PersonalData::Undetermined) | None if i.status.is_open() => {
                            summary.under_assessment += 1;
                            continue;
                        }
                        _ => continue,
                    }
                    summary.breaches += 1;
                    match i.assessment.as_ref().and_then(|a| a.decision) {
                        Some(Decision::Notify) => summary.notified += 1,
                        Some(Decision::NoNotify) => summary.not_notified += 1,
                        None => summary.pending += 1,
                    }
                    let mut row = RegisterRow::from_incident(&i);
                    self.fill_regulation(&mut row, &i, as_of, &controllers)?;
                    let reg =
                        crate::projection::regulation::load_incident_regulation(self.conn(), i.id)?;
                    gaps.push(crate::register::regulation::derive::clock_gap(
                        &i, &org, &reg,
                    ));
                    rows.push(row);
                }
                Ok(ReportData::Register {
                    rows,
                    summary,
                    gaps,
                })
            }
            ReportKind::AuditTrail => {
                let mut events = Vec::new();
                self.for_each_event(1, head_seq, |ev| {
                    if opts.from.is_none_or(|f| ev.ts >= f) && opts.to.is_none_or(|t| ev.ts <= t) {
                        events.push(ev);
                    }
                    Ok(())
                })?;
                let shown = self.opened(&events)?;
                Ok(ReportData::AuditTrail { events, shown })
            }
        }
    }
}

/// Renders a register report from rows, without a register (benchmarks and previews). The
/// result has no head event in its content, so it does not pass `verify-report`.
pub fn render_register_rows(
    rows: Vec<RegisterRow>,
    org: &Org,
    issued_at: Ts,
) -> Result<(Vec<u8>, usize)> {
    let opts = ResolvedOptions {
        incident: None,
        from: None,
        to: None,
        language: org.language,
        authority: None,
        controller: None,
        stage: None,
        report_stage: None,
        channel: None,
    };
    let meta = IssueMeta {
        serial: "RPT-BENCH".into(),
        issued_at,
        issued_by: "bench".into(),
        head_seq: 1,
        head_hash: "0".repeat(64),
        prev_report_sha256: None,
        checkpoint: None,
    };
    let data = ReportData::Register {
        summary: RegisterSummary {
            breaches: rows.len() as u64,
            ..Default::default()
        },
        rows,
        gaps: Vec::new(),
    };
    let bytes = content_bytes(
        ReportKind::Register,
        &opts,
        &meta,
        org,
        &data,
        Provenance {
            register_id: Uuid::nil(),
            head_event: None,
            proof: None,
        },
    )?;
    let hash = content_hash(&bytes);
    render::render(
        ReportKind::Register,
        &opts,
        &meta,
        org,
        &data,
        &hash,
        &bytes,
    )
}

fn resolved_subject(rec: &IssuedRecord) -> Option<Uuid> {
    rec.options.incident
}

/// Placeholders replaced by the streamed row and event arrays (control characters never
/// survive input validation, and these are the first string values in canonical order).
const ROWS_TOKEN: &str = "\u{0}breachlog-rows\u{0}";
const EVENTS_TOKEN: &str = "\u{0}breachlog-events\u{0}";

fn canon(v: &Value) -> Result<String> {
    canonical::to_string(v).map_err(|e| Error::Data(e.to_string()))
}

/// A canonical JSON array written item by item (no tree of all items in memory).
fn canonical_array<T>(
    items: impl Iterator<Item = T>,
    each: impl Fn(T) -> Result<Value>,
) -> Result<String> {
    let mut out = String::from("[");
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&canon(&each(item)?)?);
    }
    out.push(']');
    Ok(out)
}

/// The options as recorded in the content: `incident`, `from`, `to`, and `authority` or
/// `controller` only for the documents that have them.
fn options_value(opts: &ResolvedOptions) -> Value {
    let mut v = json!({
        "incident": opts.incident.map(|i| i.to_string()),
        "from": opts.from,
        "to": opts.to,
    });
    if let Value::Object(m) = &mut v {
        if let Some(a) = &opts.authority {
            m.insert("authority".into(), Value::String(a.clone()));
        }
        if let Some(c) = opts.controller {
            m.insert("controller".into(), Value::String(c.to_string()));
        }
    }
    v
}

/// The journal events a report embeds, in seq order: those its data lists (an incident's, an
/// audit trail's) and the head event, always, so its hash can be checked from the content.
fn embedded_events<'a>(
    data: &'a ReportData,
    head_event: Option<&'a Event>,
) -> impl Iterator<Item = &'a Event> {
    let listed: &[Event] = match data {
        ReportData::Incident { events, .. } | ReportData::AuditTrail { events, .. } => events,
        ReportData::Document(_) | ReportData::Register { .. } => &[],
    };
    let extra = head_event.filter(|h| listed.last().map(|e| e.seq) != Some(h.seq));
    listed.iter().chain(extra)
}

/// Where a report's content comes from: the register, its head event (embedded always) and
/// the proof of its events ([`Register::report_proof`]; none for previews without a register).
struct Provenance<'a> {
    register_id: Uuid,
    head_event: Option<&'a Event>,
    proof: Option<&'a Value>,
}

/// The canonical content bytes of a report (see the module documentation).
fn content_bytes(
    kind: ReportKind,
    opts: &ResolvedOptions,
    meta: &IssueMeta,
    org: &Org,
    data: &ReportData,
    journal: Provenance<'_>,
) -> Result<Vec<u8>> {
    let Provenance {
        register_id,
        head_event,
        proof,
    } = journal;
    let to_value = |v: &dyn erased::Ser| v.to_json();
    let data_value = match data {
        ReportData::Incident {
            incident,
            actions,
            notes,
            evidence,
            obligations,
            ..
        } => json!({
            "incident": to_value(incident.as_ref())?, "actions": to_value(actions)?, "notes": to_value(notes)?,
            "evidence": to_value(evidence)?, "obligations": to_value(obligations)?,
        }),
        ReportData::Document(doc) => to_value(doc.as_ref())?,
        ReportData::Register { summary, .. } => {
            json!({"summary": to_value(summary)?, "rows": ROWS_TOKEN})
        }
        ReportData::AuditTrail { events, .. } => json!({"count": events.len()}),
    };
    let events_text = canonical_array(embedded_events(data, head_event), |e| Ok(e.to_value()))?;
    let mut skeleton = json!({
        "format": CONTENT_FORMAT,
        "kind": kind.as_str(),
        "serial": meta.serial,
        "issued_at": meta.issued_at,
        "issued_by": meta.issued_by,
        "language": opts.language.as_str(),
        "register_id": register_id.to_string(),
        "organisation": to_value(org)?,
        "options": options_value(opts),
        "head": {"seq": meta.head_seq, "hash": meta.head_hash},
        "prev_report_sha256": meta.prev_report_sha256,
        "data": data_value,
        "events": EVENTS_TOKEN,
    });
    if let (Some(p), Value::Object(m)) = (proof, &mut skeleton) {
        m.insert("proof".into(), p.clone());
    }
    let skeleton = canon(&skeleton)?;
    // Rows are written straight into the output: no second copy of the largest part.
    let rows = match data {
        ReportData::Register { rows, .. } => Some(rows),
        _ => None,
    };
    let estimate = skeleton.len() + events_text.len() + rows.map_or(0, |r| r.len() * 1600);
    let mut out = String::with_capacity(estimate);
    let mut rest = skeleton.as_str();
    if let Some(rows) = rows {
        let token = canon(&json!(ROWS_TOKEN))?;
        let at = rest
            .find(&token)
            .ok_or_else(|| Error::Data("content placeholder missing".into()))?;
        out.push_str(&rest[..at]);
        out.push('[');
        for (i, r) in rows.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&canon(&to_value(r)?)?);
        }
        out.push(']');
        rest = &rest[at + token.len()..];
    }
    let token = canon(&json!(EVENTS_TOKEN))?;
    let at = rest
        .find(&token)
        .ok_or_else(|| Error::Data("content placeholder missing".into()))?;
    out.push_str(&rest[..at]);
    out.push_str(&events_text);
    rest = &rest[at + token.len()..];
    out.push_str(rest);
    Ok(out.into_bytes())
}

/// Serialisation through `dyn` for the content builder.
mod erased {
    use serde_json::Value;

    use crate::error::{Error, Result};

    pub trait Ser {
        fn to_json(&self) -> Result<Value>;
    }

    impl<T: serde::Serialize + ?Sized> Ser for T {
        fn to_json(&self) -> Result<Value> {
            serde_json::to_value(self).map_err(|e| Error::Data(e.to_string()))
        }
    }
}

#[cfg(test)]
mod tests;
