//! The event schema (`docs/chain-format.md` §4): every kind the register writes, declared once —
//! its wire name, its subject, its payload with each member's type, and the members that may hold
//! personal data (sealed as salted commitments, §7). The writer checks every payload against its
//! kind before it is hashed, the projection dispatches over [`EventKind`] without a catch-all,
//! sealing and redaction take the personal members from here, and a test holds
//! `docs/chain-format.md` to this table.
//!
//! A verifier of the chain itself must not reject unknown kinds (§3): [`EventKind::parse`]
//! returning `None` is for the register's own use.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use breachlog_model::Ts;

/// What an event's `subject` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// `null`.
    None,
    /// An incident.
    Incident,
    /// A controller (processor role).
    Controller,
    /// An incident, or `null` for obligations and contacts without one.
    IncidentOrNone,
    /// The incident for per-incident reports, else `null`.
    ReportSubject,
}

macro_rules! event_schema {
    ($(
        $(#[$meta:meta])*
        $variant:ident = $wire:literal, subject: $subject:ident,
        personal: [$($personal:literal),* $(,)?],
        { $( $(#[$fmeta:meta])* $field:ident : $ty:ty ),* $(,)? }
    )*) => {
        /// Every event kind of the register.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum EventKind { $( $(#[$meta])* $variant, )* }

        impl EventKind {
            /// Every kind, in the order of `docs/chain-format.md` §4.
            pub const ALL: &'static [EventKind] = &[$(EventKind::$variant),*];

            /// The wire name (`incident.created`).
            pub const fn as_str(self) -> &'static str {
                match self { $(EventKind::$variant => $wire),* }
            }

            /// The kind of a wire name; `None` for a kind this version does not write.
            pub fn parse(wire: &str) -> Option<EventKind> {
                match wire { $($wire => Some(EventKind::$variant),)* _ => None }
            }

            /// What the event's subject names.
            pub fn subject(self) -> Subject {
                match self { $(EventKind::$variant => Subject::$subject),* }
            }

            /// The payload's members, in declaration order.
            pub fn members(self) -> &'static [&'static str] {
                match self { $(EventKind::$variant => &[$(stringify!($field)),*]),* }
            }

            /// JSON pointers of the payload members that may hold personal data.
            pub fn personal(self) -> &'static [&'static str] {
                match self { $(EventKind::$variant => &[$($personal),*]),* }
            }

            /// Checks a payload (in clear, before sealing) against the kind's declared members
            /// and their types: no unknown member, every member of its type.
            pub fn check(self, payload: &Value) -> Result<(), String> {
                match self {
                    $(EventKind::$variant => serde_json::from_value::<payload::$variant>(payload.clone())
                        .map(|_| ())
                        .map_err(|e| format!("{} payload: {e}", $wire)),)*
                }
            }
        }

        /// One struct per kind: the payload as written (members absent from a payload take
        /// their default).
        pub mod payload {
            use super::*;
            $(
                #[doc = concat!("The payload of `", $wire, "`.")]
                #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
                #[serde(default, deny_unknown_fields)]
                pub struct $variant { $( $(#[$fmeta])* pub $field: $ty, )* }
            )*
        }
    };
}

/// The free texts of a breach assessment (sealed wherever an assessment's changes travel).
pub const ASSESSMENT_TEXTS: [&str; 8] = [
    "aware_justification",
    "consequences",
    "measures_taken",
    "measures_proposed",
    "contact_point",
    "risk_reasoning",
    "decision_rationale",
    "art34_justification",
];

type Changes = Map<String, Value>;

event_schema! {
    RegisterCreated = "register.created", subject: None, personal: [],
    { register_id: String, schema: u64, key_slots: Value }

    /// The names, e-mail and phone of the legal representative and the DPO are personal data
    /// (issue 14 item 7); the rest of the profile is the organisation's.
    OrgUpdated = "org.updated", subject: None,
    personal: [
        "/changes/legal_representative_name", "/changes/dpo_name", "/changes/dpo_email",
        "/changes/dpo_phone", "/changes/dora_contact_name", "/changes/dora_contact_email",
        "/changes/dora_contact_phone", "/changes/dora_second_contact_name",
        "/changes/dora_second_contact_email", "/changes/dora_second_contact_phone",
    ],
    { changes: Changes }

    SettingsChanged = "settings.changed", subject: None, personal: [],
    { changes: Changes }

    IncidentCreated = "incident.created", subject: Incident,
    personal: [
        "/incident/title", "/incident/description", "/incident/owner",
        "/incident/affected_systems",
    ],
    { incident: Value }

    IncidentUpdated = "incident.updated", subject: Incident,
    personal: [
        "/changes/title", "/changes/description", "/changes/owner", "/changes/affected_systems",
    ],
    { changes: Changes }

    IncidentTransitioned = "incident.transitioned", subject: Incident, personal: ["/note"],
    { from: String, to: String, at: Option<Ts>, close_reason: Option<String>, note: Option<String> }

    BreachAssessed = "breach.assessed", subject: Incident,
    personal: [
        "/changes/aware_justification", "/changes/consequences", "/changes/measures_taken",
        "/changes/measures_proposed", "/changes/contact_point", "/changes/risk_reasoning",
        "/changes/decision_rationale", "/changes/art34_justification",
        "/changes/other_organisation", "/changes/dora_answers", "/changes/cra_answers",
        "/changes/nis2_answers",
    ],
    { changes: Changes }

    ActionAdded = "action.added", subject: Incident, personal: ["/title", "/owner"],
    { action_id: String, title: String, owner: Option<String>, due_at: Option<Ts> }

    ActionDone = "action.done", subject: Incident, personal: [],
    { action_id: String, at: Option<Ts> }

    ActionReopened = "action.reopened", subject: Incident, personal: [],
    { action_id: String }

    NoteAdded = "note.added", subject: Incident, personal: ["/text"],
    { note_id: String, text: String }

    /// The user edited the Art 34 letter to the people before issuing it (issue 14): in
    /// `language`, each field named in `fields` gets the text at the same place in `texts`
    /// (personal, sealed as one value); the fields in `reset` go back to the proposed text.
    SubjectsLetterEdited = "subjects.letter_edited", subject: Incident, personal: ["/texts"],
    { language: String, fields: Vec<String>, texts: Vec<String>, reset: Vec<String> }

    SessionUnlocked = "session.unlocked", subject: None, personal: [],
    { method: String, client: String, failed_attempts_before: u64, last_failed_at: Option<String> }

    SessionLocked = "session.locked", subject: None, personal: [],
    { reason: String }

    BackupCreated = "backup.created", subject: None, personal: [],
    { file_name: String, sha256: String, bytes: u64, head_seq: u64, head_hash: String }

    BackupRestoreTested = "backup.restore_tested", subject: None, personal: [],
    { file_name: Option<String>, sha256: String, ok: bool, result: Value }

    BackupRestored = "backup.restored", subject: None, personal: [],
    { file_name: Option<String>, sha256: String, head_seq: u64, head_hash: String }

    KeyPassphraseChanged = "key.passphrase_changed", subject: None, personal: [], {}

    KeyRotated = "key.rotated", subject: None, personal: [],
    { passphrase_slot: bool, keyring: bool }

    KeyKeyringAdded = "key.keyring_added", subject: None, personal: [], {}

    KeyKeyringRemoved = "key.keyring_removed", subject: None, personal: [], {}

    KeyRecoveryConfirmed = "key.recovery_confirmed", subject: None, personal: [], {}

    KeyRecoveryReplaced = "key.recovery_replaced", subject: None, personal: [], {}

    JournalExported = "journal.exported", subject: None, personal: [],
    { events: u64, head_seq: u64, head_hash: String, file_sha256: String, file_name: Option<String> }

    ReportIssued = "report.issued", subject: ReportSubject, personal: [],
    {
        serial: String, kind: String, options: Value, issued_at: Option<Ts>, issued_by: String,
        pdf_sha256: String, content_sha256: String, head_seq: u64, head_hash: String,
        prev_report_sha256: Option<String>, pages: u64,
    }

    RegisterExported = "register.exported", subject: None, personal: [],
    {
        format: String, rows: u64, file_sha256: String, file_name: Option<String>,
        head_seq: u64, head_hash: String,
    }

    BundleExported = "bundle.exported", subject: None, personal: [],
    { dir_name: Option<String>, files: u64, manifest_sha256: String, head_seq: u64, head_hash: String }

    /// `sealed_texts`: the redaction also erased the texts sealed since schema 8 (affected
    /// systems, filings' references and reasons, contacts' subjects and references).
    /// `reports_deleted_serials`: the stored PDFs deleted, the incident's reports and the
    /// register-wide ones issued since it was logged (absent in older events).
    /// `evidence_erased_ids`: the evidence files whose stored content was deleted (schema 9;
    /// absent in older events).
    IncidentRedacted = "incident.redacted", subject: Incident, personal: ["/reason"],
    {
        events: Vec<u64>, fields: u64, reason: String, early: bool, closed_at: Option<Ts>,
        retention_months: i64, retention_until: Option<Ts>, reports_deleted: u64,
        reports_deleted_serials: Vec<String>, sealed_texts: bool, evidence_erased: u64,
        evidence_erased_ids: Vec<String>, evidence_erased_bytes: u64,
    }

    /// Since schema 11 also `country`, `language`, `authority`, `contract_reference` and
    /// `contacts` (one or more; absent in older events, whose single `contact` counts as one).
    ControllerAdded = "controller.added", subject: Controller,
    personal: ["/name", "/contact", "/contacts"],
    {
        controller_id: String, name: String, notice_hours: Option<i64>, contact: Option<String>,
        country: Option<String>, language: Option<String>, authority: Option<String>,
        contract_reference: Option<String>, contacts: Option<Vec<String>>,
    }

    /// NIS2 since issue 13: `significance` (the checker's facts and result, Implementing
    /// Regulation (EU) 2024/2690) and `affects_recipients` (Art 23(1) first subparagraph, second sentence);
    /// absent when not given.
    IncidentClassified = "incident.classified", subject: Incident, personal: [],
    {
        regime: String, at: Option<Ts>, malicious: String, cross_border: String,
        trust_service: Option<bool>, significance: Option<Value>, affects_recipients: Option<bool>,
    }

    IncidentRegimesSet = "incident.regimes_set", subject: Incident, personal: [],
    { regimes: Option<Vec<String>> }

    ObligationOpened = "obligation.opened", subject: IncidentOrNone, personal: [],
    { obligation: Value }

    ObligationAnchorChanged = "obligation.anchor_changed", subject: Incident, personal: [],
    { obligation_id: String, anchor_at: Option<Ts>, alt_anchor_at: Option<Ts>, due_at: Option<Ts>, target_at: Option<Ts> }

    /// A person's rationale copies the assessment's texts (sealed); the engine's own rationale
    /// is a message id (`automatic`: not sealed, see [`personal_paths`]).
    ObligationNotRequired = "obligation.not_required", subject: IncidentOrNone, personal: ["/rationale"],
    { obligation_id: String, decider: String, rationale: String, automatic: bool, manual: bool }

    ObligationReinstated = "obligation.reinstated", subject: IncidentOrNone, personal: [],
    { obligation_id: String }

    FilingRecorded = "filing.recorded", subject: IncidentOrNone,
    personal: ["/reference", "/reasons_for_delay", "/snapshot"],
    {
        filing_id: String, obligation_id: String, at: Option<Ts>, channel: String,
        reference: String, reasons_for_delay: Option<String>, phase: String,
        follows: Option<String>, late_by_minutes: Option<i64>, complete: Option<bool>,
        /// The content sent: the draft's fields `[{id, label, value}]`, sealed, in
        /// the language `snapshot_language`.
        snapshot: Option<Vec<Value>>, snapshot_language: Option<String>,
    }

    /// The recipient acknowledged a filing (schema 15): `at` when, `by` who at the recipient
    /// (personal text, sealed).
    FilingAcknowledged = "filing.acknowledged", subject: IncidentOrNone, personal: ["/by"],
    { filing_id: String, at: Option<Ts>, by: Option<String> }

    RuleChanged = "rule.changed", subject: None, personal: [],
    {
        regime: String, rule: String, hours: Option<i64>, previous: Option<i64>,
        default_hours: Option<i64>, rule_version: String,
    }

    RegulationSettingsChanged = "regulation.settings_changed", subject: None, personal: [],
    { changes: Changes }

    /// Since issue 13, an e-Evidence order (Regulation (EU) 2023/1543) received: `order`
    /// (`production`, `production-emergency`, `preservation`), `issuer` (the issuing
    /// authority as the certificate names it, sealed), `issuer_country`, and for a
    /// preservation order `preserve_until`; all absent for other contacts.
    AuthorityContactLogged = "authority.contact_logged", subject: IncidentOrNone,
    personal: ["/subject", "/reference", "/issuer"],
    {
        contact_id: String, authority: String, direction: String, at: Option<Ts>,
        subject: String, reference: Option<String>, response_due_at: Option<Ts>,
        incident: Option<String>, answers: Option<String>, order: Option<String>,
        issuer: Option<String>, issuer_country: Option<String>, preserve_until: Option<Ts>,
    }

    /// What the issuing authority said about an e-Evidence preservation order (Regulation
    /// (EU) 2023/1543 Art 11): `change` `extended`, `production-confirmed` or `released`, `at`
    /// when it was received, `preserve_until` the new end of the duty to preserve (null: none
    /// running — until the production request is answered, or released).
    EvidencePreservationChanged = "evidence.preservation_changed", subject: IncidentOrNone,
    personal: [],
    { contact_id: String, change: String, at: Option<Ts>, preserve_until: Option<Ts> }

    ControllerChanged = "controller.changed", subject: Controller,
    personal: ["/changes/name", "/changes/contact", "/changes/contacts"],
    { controller_id: String, changes: Changes }

    /// A controller is no longer one we process for (schema 11): it leaves the lists; the
    /// obligations opened for it keep their recipient.
    ControllerRemoved = "controller.removed", subject: Controller, personal: [],
    { controller_id: String }

    /// What an incident did to one customer's data (schema 12): the whole impact as set, each
    /// event replacing the previous one of the same incident and controller.
    ControllerImpactSet = "controller.impact_set", subject: Incident, personal: [],
    {
        controller_id: String, subjects_approx: Option<u64>, records_approx: Option<u64>,
        data_categories: Vec<String>, subject_categories: Vec<String>, countries: Vec<String>,
    }

    /// A file attached to an incident (schema 9). Its content is stored in the register, in
    /// chunks outside the journal, and must hash to `sha256`; the name and note may be personal.
    EvidenceAdded = "evidence.added", subject: Incident, personal: ["/name", "/note"],
    {
        evidence_id: String, name: String, media_type: String, size: u64, sha256: String,
        note: Option<String>,
    }

    /// The register's Ed25519 signing key (its public half) for signed checkpoints (§9):
    /// `key_name` is the checkpoints' origin, `public_key` base64, `key_hash` the C2SP key hash.
    KeySigningPublished = "key.signing_published", subject: None, personal: [],
    { algorithm: String, key_name: String, public_key: String, key_hash: String }

    /// A signed checkpoint (§9) of the journal up to the event before it: `note` is the C2SP
    /// signed note, `reason` what made it (`report`, `export`, `backup`, `manual`).
    CheckpointSigned = "checkpoint.signed", subject: None, personal: [],
    { reason: String, note: String }

    /// A time-stamping authority (RFC 3161) the register asks for tokens over its checkpoints
    /// (§10): `url` where requests are POSTed, `ca` the trust anchor its tokens must chain to
    /// (base64 of the certificate's DER), `ca_sha256` that certificate's SHA-256 (hex) and
    /// `ca_subject` its subject as text.
    TsaAdded = "tsa.added", subject: None, personal: [],
    { url: String, ca: String, ca_sha256: String, ca_subject: String }

    /// A time-stamping authority is no longer asked (§10); its tokens already journalled are
    /// still checked against the trust anchor it had.
    TsaRemoved = "tsa.removed", subject: None, personal: [],
    { url: String }

    /// An RFC 3161 timestamp token over the signed checkpoint of event `checkpoint_seq` (§10):
    /// `token` the TimeStampToken (CMS ContentInfo, base64 of its DER), `certificates` the TSA's
    /// certificates it carries (base64 DER, the signer first), and, read from the token,
    /// `gen_time`, `serial` (hex) and `imprint` (hex SHA-256 of the checkpoint's note).
    TimestampRecorded = "timestamp.recorded", subject: None, personal: [],
    {
        checkpoint_seq: u64, tsa_url: String, imprint: String, gen_time: Option<Ts>, serial: String,
        token: String, certificates: Vec<String>,
    }

    /// An evidence file was written out of the register (its custody: the actor is who);
    /// `sha256` is the content written, checked against `evidence.added` first.
    EvidenceExported = "evidence.exported", subject: Incident, personal: ["/file_name"],
    { evidence_id: String, sha256: String, size: u64, file_name: Option<String> }

    /// The register was published to a team server (issue 17, `docs/team.md`): `team_id` names
    /// the shared register, `server` the PostgreSQL server and database it lives in (host, port,
    /// database; never a user or a password), `member` the actor id of the member who created it
    /// and `public_key` that member's X25519 key (base64) its key slot is wrapped for.
    TeamCreated = "team.created", subject: None, personal: [],
    { team_id: String, server: String, member: String, public_key: String }

    /// A one-time invitation to the team was made (`team invite`): `invite_id` names it on the
    /// server; the invitee's `name` and `email` are personal data.
    TeamMemberInvited = "team.member_invited", subject: None, personal: ["/name", "/email"],
    { invite_id: String, name: String, email: String }

    /// A member joined with an invitation (`team join`): their actor id and X25519 public key.
    TeamMemberJoined = "team.member_joined", subject: None, personal: [],
    { invite_id: String, member: String, public_key: String }

    /// A member was removed (`team remove`): their database role can no longer log in, and
    /// events from now on are sealed under key epoch `epoch`, wrapped only for the others.
    TeamMemberRemoved = "team.member_removed", subject: None, personal: [],
    { member: String, epoch: u64 }
}

/// The payload members of an event that may hold personal data: the kind's declared ones, except
/// for the engine's own `obligation.not_required` rationales (message ids, `automatic: true`).
pub fn personal_paths(kind: &str, payload: &Value) -> &'static [&'static str] {
    match EventKind::parse(kind) {
        Some(EventKind::ObligationNotRequired)
            if payload.get("automatic") == Some(&Value::Bool(true)) =>
        {
            &[]
        }
        Some(k) => k.personal(),
        None => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip_and_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for k in EventKind::ALL {
            assert_eq!(EventKind::parse(k.as_str()), Some(*k));
            assert!(seen.insert(k.as_str()), "{} twice", k.as_str());
        }
        assert_eq!(EventKind::parse("no.such_kind"), None);
    }

    #[test]
    fn personal_members_are_declared_members() {
        for k in EventKind::ALL {
            for p in k.personal() {
                let top = p.trim_start_matches('/').split('/').next().unwrap_or("");
                assert!(
                    k.members().contains(&top),
                    "{}: {p} is not under a declared member",
                    k.as_str()
                );
            }
        }
        for t in ASSESSMENT_TEXTS {
            assert!(EventKind::BreachAssessed
                .personal()
                .contains(&format!("/changes/{t}").as_str()));
        }
    }

    #[test]
    fn a_payload_with_an_undeclared_or_mistyped_member_is_refused() {
        let ok = serde_json::json!({"note_id": "n", "text": "t"});
        assert!(EventKind::NoteAdded.check(&ok).is_ok());
        let extra = serde_json::json!({"note_id": "n", "text": "t", "title": "x"});
        assert!(EventKind::NoteAdded.check(&extra).is_err());
        let mistyped = serde_json::json!({"note_id": "n", "text": 5});
        assert!(EventKind::NoteAdded.check(&mistyped).is_err());
    }
}

#[cfg(test)]
mod doc_tests {
    use super::*;

    const DOC: &str = include_str!("../../../docs/chain-format.md");

    /// The backticked names in a table cell.
    fn ticked(cell: &str) -> Vec<&str> {
        cell.split('`').skip(1).step_by(2).collect()
    }

    /// `docs/chain-format.md` §4 documents every kind this version writes, each with every
    /// member its payload may carry: the prose is held to the schema.
    #[test]
    fn the_chain_format_documents_every_kind_and_member() {
        let mut documented = std::collections::BTreeMap::new();
        for line in DOC.lines().filter(|l| l.starts_with("| `")) {
            let cells: Vec<&str> = line.split(" | ").collect();
            let (Some(kinds), Some(payload)) = (cells.first(), cells.get(2)) else {
                continue;
            };
            for k in ticked(kinds) {
                if EventKind::parse(k).is_some() {
                    documented.insert(k.to_string(), payload.to_string());
                }
            }
        }
        for k in EventKind::ALL {
            let row = documented
                .get(k.as_str())
                .unwrap_or_else(|| panic!("{} is not documented in §4", k.as_str()));
            let names = ticked(row);
            for m in k.members() {
                assert!(
                    names.contains(m),
                    "{}: member `{m}` is not documented in §4",
                    k.as_str()
                );
            }
        }
    }

    /// §7 lists the sealed paths of every kind that has any, exactly as declared.
    #[test]
    fn the_chain_format_lists_the_sealed_paths_of_every_kind() {
        let mut listed = std::collections::BTreeMap::new();
        for line in DOC.lines().filter(|l| l.starts_with("| `")) {
            let cells: Vec<&str> = line.trim_end_matches(" |").split(" | ").collect();
            if cells.len() != 2 || !cells[1].contains("`/") {
                continue;
            }
            let Some(kind) = ticked(cells[0]).first().and_then(|k| EventKind::parse(k)) else {
                continue;
            };
            let mut paths: Vec<String> = Vec::new();
            let mut prefix = "";
            for t in ticked(cells[1]) {
                if t.ends_with('/') {
                    prefix = t;
                } else if t.starts_with('/') {
                    paths.push(t.to_string());
                } else if !prefix.is_empty() && !t.contains(' ') && t != "automatic" && t != "true"
                {
                    paths.push(format!("{prefix}{t}"));
                }
            }
            listed.insert(kind, paths);
        }
        for k in EventKind::ALL {
            let declared: Vec<String> = k.personal().iter().map(|p| p.to_string()).collect();
            let documented = listed.get(k).cloned().unwrap_or_default();
            assert_eq!(
                documented,
                declared,
                "{}: §7 and the schema differ",
                k.as_str()
            );
        }
    }
}
