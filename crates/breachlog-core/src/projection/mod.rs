//! Projections: query tables derived from the journal. [`apply`] is the only code that writes
//! them, both when an operation appends an event and when `verify` rebuilds them from scratch,
//! so the stored tables are by construction a fold of the events.

use std::collections::HashMap;

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, Connection, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::domain::{Action, Assessment, Incident, Note, Org, Settings, Status};
use crate::error::{Error, Result};
use crate::journal::Event;
use crate::Ts;
use breachlog_chain::EventKind;

pub mod evidence;
pub mod regulation;

/// Event kinds (the chain format's, re-exported).
pub use breachlog_chain::kind;

pub(crate) fn data_err(ev: &Event, what: impl std::fmt::Display) -> Error {
    Error::Data(format!("event {} ({}): {what}", ev.seq, ev.kind))
}

pub(crate) fn field<T: DeserializeOwned>(ev: &Event, name: &str) -> Result<T> {
    let v = ev.payload.get(name).cloned().unwrap_or(Value::Null);
    serde_json::from_value(v).map_err(|e| data_err(ev, format!("{name}: {e}")))
}

pub(crate) fn to_doc<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Data(e.to_string()))
}

/// Overlays `changes` onto the JSON form of `current`.
pub fn merge<T: Serialize + DeserializeOwned>(
    current: &T,
    changes: &Map<String, Value>,
) -> Result<T> {
    let mut doc = serde_json::to_value(current).map_err(|e| Error::Data(e.to_string()))?;
    if let Value::Object(m) = &mut doc {
        for (k, v) in changes {
            m.insert(k.clone(), v.clone());
        }
    }
    serde_json::from_value(doc).map_err(|e| Error::Data(e.to_string()))
}

/// Where [`apply_to`] keeps incidents: written through to the database (every operation), or
/// held in memory while a whole journal is replayed (`verify`) and written once by
/// [`Projector::flush`], which saves a read, a parse, a serialisation and a write per event.
pub struct Projector<'c> {
    conn: &'c Connection,
    replay: Option<Replay>,
}

#[derive(Default)]
struct Replay {
    incidents: HashMap<Uuid, Incident>,
    created_seq: HashMap<Uuid, u64>,
}

impl<'c> Projector<'c> {
    pub fn direct(conn: &'c Connection) -> Self {
        Projector { conn, replay: None }
    }

    pub fn replay(conn: &'c Connection) -> Self {
        Projector {
            conn,
            replay: Some(Replay::default()),
        }
    }

    /// The incidents held in memory with their creation seq (replay only; empty otherwise),
    /// for a caller that compares them with stored rows itself instead of writing them.
    pub fn into_incidents(self) -> HashMap<Uuid, (Incident, u64)> {
        let Some(mut r) = self.replay else {
            return HashMap::new();
        };
        r.incidents
            .drain()
            .map(|(id, incident)| {
                let created = r.created_seq.get(&id).copied().unwrap_or(incident.last_seq);
                (id, (incident, created))
            })
            .collect()
    }

    /// Writes the incidents held in memory (replay only).
    pub fn flush(self) -> Result<()> {
        if let Some(r) = self.replay {
            for (id, incident) in &r.incidents {
                upsert_row(
                    self.conn,
                    incident,
                    r.created_seq.get(id).copied().unwrap_or(incident.last_seq),
                )?;
            }
        }
        Ok(())
    }
}

/// Sets one changed member of an incident directly (the same result as [`merge`], without a
/// round trip of the whole document through JSON); `false` for members it does not handle.
fn set_incident_member(i: &mut Incident, key: &str, v: &Value) -> Result<bool, serde_json::Error> {
    fn de<T: DeserializeOwned>(v: &Value) -> Result<T, serde_json::Error> {
        T::deserialize(v)
    }
    match key {
        "title" => i.title = de(v)?,
        "description" => i.description = de(v)?,
        "category" => i.category = de(v)?,
        "vuln_class" => i.vuln_class = de(v)?,
        "source" => i.source = de(v)?,
        "severity" => i.severity = de(v)?,
        "affected_systems" => i.affected_systems = crate::domain::list_or_redacted(v)?,
        "owner" => i.owner = de(v)?,
        "occurred_from" => i.occurred_from = de(v)?,
        "occurred_to" => i.occurred_to = de(v)?,
        "detected_at" => i.detected_at = de(v)?,
        "exercise" => i.exercise = de(v)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Applies one event to the projection tables.
pub fn apply(conn: &Connection, ev: &Event) -> Result<()> {
    apply_to(&mut Projector::direct(conn), ev)
}

/// Applies one event through `p`.
pub fn apply_to(p: &mut Projector<'_>, ev: &Event) -> Result<()> {
    let conn = p.conn;
    let Some(event_kind) = EventKind::parse(&ev.kind) else {
        return Err(data_err(ev, "not an event kind of this version"));
    };
    match event_kind {
        EventKind::OrgUpdated => {
            let changes: Map<String, Value> = field(ev, "changes")?;
            let org = merge(&load_org(conn)?.unwrap_or_default(), &changes)?;
            conn.prepare_cached("INSERT OR REPLACE INTO org (id, doc) VALUES (1, ?1)")?
                .execute([to_doc(&org)?])?;
        }
        EventKind::SettingsChanged => {
            let changes: Map<String, Value> = field(ev, "changes")?;
            let settings = merge(&load_settings(conn)?, &changes)?;
            conn.prepare_cached("INSERT OR REPLACE INTO settings (id, doc) VALUES (1, ?1)")?
                .execute([to_doc(&settings)?])?;
        }
        EventKind::IncidentCreated => {
            let mut doc: Map<String, Value> = field(ev, "incident")?;
            if let Some(systems) = doc.get_mut("affected_systems") {
                let list =
                    crate::domain::list_or_redacted(&*systems).map_err(|e| data_err(ev, e))?;
                *systems = Value::from(list);
            }
            let id = subject(ev)?;
            doc.insert("id".into(), Value::String(id.to_string()));
            doc.insert(
                "status".into(),
                Value::String(Status::Reported.as_str().into()),
            );
            doc.insert("created_at".into(), Value::String(ev.ts.to_string()));
            doc.insert("created_by".into(), Value::String(ev.actor.clone()));
            doc.insert("updated_at".into(), Value::String(ev.ts.to_string()));
            doc.insert("last_seq".into(), Value::from(ev.seq));
            doc.insert("last_hash".into(), Value::String(ev.hash.clone()));
            let incident: Incident =
                serde_json::from_value(Value::Object(doc)).map_err(|e| data_err(ev, e))?;
            match &mut p.replay {
                Some(r) => {
                    r.created_seq.insert(incident.id, ev.seq);
                    r.incidents.insert(incident.id, incident);
                }
                None => upsert_row(conn, &incident, ev.seq)?,
            }
        }
        EventKind::IncidentUpdated => {
            let changes = ev
                .payload
                .get("changes")
                .and_then(Value::as_object)
                .ok_or_else(|| data_err(ev, "changes missing"))?;
            let mut incident = incident_for(p, ev)?;
            let mut rest = Map::new();
            for (k, v) in changes {
                if !set_incident_member(&mut incident, k, v)
                    .map_err(|e| data_err(ev, format!("{k}: {e}")))?
                {
                    rest.insert(k.clone(), v.clone());
                }
            }
            if !rest.is_empty() {
                incident = merge(&incident, &rest)?;
            }
            save_incident(p, incident, ev)?;
        }
        EventKind::IncidentTransitioned => {
            let mut incident = incident_for(p, ev)?;
            let to: Status = field(ev, "to")?;
            let at: Ts = field(ev, "at")?;
            let from = incident.status;
            if from.is_reopen(to) {
                incident.resolved_at = None;
                incident.closed_at = None;
                incident.close_reason = None;
            }
            match to {
                Status::Contained => incident.contained_at = Some(at),
                Status::Resolved => incident.resolved_at = Some(at),
                Status::Closed => {
                    incident.closed_at = Some(at);
                    incident.close_reason = field(ev, "close_reason")?;
                }
                _ => {}
            }
            incident.status = to;
            save_incident(p, incident, ev)?;
        }
        EventKind::BreachAssessed => {
            let changes: Map<String, Value> = field(ev, "changes")?;
            let mut incident = incident_for(p, ev)?;
            let current = incident.assessment.take().unwrap_or_default();
            incident.assessment = Some(merge::<Assessment>(&current, &changes)?);
            save_incident(p, incident, ev)?;
        }
        EventKind::ActionAdded => {
            let incident = incident_for(p, ev)?;
            let action = Action {
                id: field(ev, "action_id")?,
                incident_id: incident.id,
                title: field(ev, "title")?,
                owner: field(ev, "owner")?,
                due_at: field(ev, "due_at")?,
                done: false,
                done_at: None,
                created_at: ev.ts,
            };
            conn.prepare_cached(
                "INSERT INTO actions (id, incident_id, done, due_at, doc) VALUES (?1, ?2, 0, ?3, ?4)")?.execute(
                params![action.id.to_string(), action.incident_id.to_string(), action.due_at.map(|t| t.to_string()), to_doc(&action)?],
            )?;
            save_incident(p, incident, ev)?;
        }
        EventKind::ActionDone | EventKind::ActionReopened => {
            let incident = incident_for(p, ev)?;
            let action_id: Uuid = field(ev, "action_id")?;
            let mut action =
                load_action(conn, action_id)?.ok_or_else(|| data_err(ev, "unknown action"))?;
            action.done = event_kind == EventKind::ActionDone;
            action.done_at = if action.done {
                Some(field(ev, "at")?)
            } else {
                None
            };
            conn.prepare_cached("UPDATE actions SET done = ?2, doc = ?3 WHERE id = ?1")?
                .execute(params![
                    action.id.to_string(),
                    action.done,
                    to_doc(&action)?
                ])?;
            save_incident(p, incident, ev)?;
        }
        EventKind::NoteAdded => {
            let incident = incident_for(p, ev)?;
            let note = Note {
                id: field(ev, "note_id")?,
                incident_id: incident.id,
                text: field(ev, "text")?,
                author: ev.actor.clone(),
                created_at: ev.ts,
            };
            conn.prepare_cached("INSERT INTO notes (id, incident_id, doc) VALUES (?1, ?2, ?3)")?
                .execute(params![
                    note.id.to_string(),
                    note.incident_id.to_string(),
                    to_doc(&note)?
                ])?;
            save_incident(p, incident, ev)?;
        }
        EventKind::SubjectsLetterEdited => {
            let mut incident = incident_for(p, ev)?;
            let language: crate::domain::Language = field(ev, "language")?;
            let fields: Vec<String> = field(ev, "fields")?;
            let reset: Vec<String> = field(ev, "reset")?;
            // Once erased, the texts are the redaction marker: the fields keep their place.
            let texts: Vec<String> = match ev.payload.get("texts") {
                Some(Value::String(s)) if s == crate::domain::REDACTED => {
                    vec![crate::domain::REDACTED.to_string(); fields.len()]
                }
                _ => field(ev, "texts")?,
            };
            if texts.len() != fields.len() {
                return Err(data_err(ev, "texts and fields differ in length"));
            }
            incident.letter.retain(|t| {
                !(t.language == language && (reset.contains(&t.field) || fields.contains(&t.field)))
            });
            for (f, text) in fields.into_iter().zip(texts) {
                incident.letter.push(crate::domain::LetterText {
                    language,
                    field: f,
                    text,
                });
            }
            save_incident(p, incident, ev)?;
        }
        EventKind::EvidenceAdded => {
            let incident = incident_for(p, ev)?;
            evidence::added(conn, ev, incident.id)?;
            save_incident(p, incident, ev)?;
        }
        // Custody only: the incident itself does not change.
        EventKind::EvidenceExported => evidence::exported(conn, ev)?,
        EventKind::IncidentRedacted => {
            let mut incident = incident_for(p, ev)?;
            crate::domain::redact_incident(&mut incident);
            incident.redacted_at = Some(ev.ts);
            redact_children(conn, incident.id)?;
            evidence::redact(conn, incident.id)?;
            regulation::redact_rationales(conn, incident.id)?;
            // Redactions since these texts were sealed also erase the affected systems and the
            // texts of the incident's filings and authority contacts (earlier ones did not).
            if field::<Option<bool>>(ev, "sealed_texts")?.unwrap_or(false) {
                crate::domain::redact_list(&mut incident.affected_systems);
                regulation::redact_texts(conn, incident.id)?;
            }
            save_incident(p, incident, ev)?;
        }
        EventKind::ControllerAdded
        | EventKind::ControllerChanged
        | EventKind::ControllerRemoved
        | EventKind::ControllerImpactSet
        | EventKind::IncidentClassified
        | EventKind::IncidentRegimesSet
        | EventKind::ObligationOpened
        | EventKind::ObligationAnchorChanged
        | EventKind::ObligationNotRequired
        | EventKind::ObligationReinstated
        | EventKind::FilingRecorded
        | EventKind::FilingAcknowledged
        | EventKind::RuleChanged
        | EventKind::RegulationSettingsChanged
        | EventKind::AuthorityContactLogged
        | EventKind::EvidencePreservationChanged => regulation::apply(conn, ev, event_kind)?,
        // The access log and bookkeeping: in the journal only.
        EventKind::RegisterCreated
        | EventKind::SessionUnlocked
        | EventKind::SessionLocked
        | EventKind::BackupCreated
        | EventKind::BackupRestoreTested
        | EventKind::BackupRestored
        | EventKind::KeyPassphraseChanged
        | EventKind::KeyRotated
        | EventKind::KeyKeyringAdded
        | EventKind::KeyKeyringRemoved
        | EventKind::KeyRecoveryConfirmed
        | EventKind::KeyRecoveryReplaced
        | EventKind::JournalExported
        | EventKind::ReportIssued
        | EventKind::RegisterExported
        | EventKind::BundleExported
        | EventKind::KeySigningPublished
        | EventKind::CheckpointSigned
        | EventKind::TsaAdded
        | EventKind::TsaRemoved
        | EventKind::TimestampRecorded
        | EventKind::TeamCreated
        | EventKind::TeamMemberInvited
        | EventKind::TeamMemberJoined
        | EventKind::TeamMemberRemoved => {}
    }
    Ok(())
}

/// Replaces the personal fields of an incident's notes and actions by [`crate::seal::REDACTED`].
fn redact_children(conn: &Connection, incident: Uuid) -> Result<()> {
    let id = incident.to_string();
    let notes: Vec<Note> = load_docs(
        conn,
        "SELECT doc FROM notes WHERE incident_id = ?1 ORDER BY id",
        &id,
    )?;
    for mut note in notes {
        crate::domain::redact_text(&mut note.text);
        conn.execute(
            "UPDATE notes SET doc = ?2 WHERE id = ?1",
            params![note.id.to_string(), to_doc(&note)?],
        )?;
    }
    let actions: Vec<Action> = load_docs(
        conn,
        "SELECT doc FROM actions WHERE incident_id = ?1 ORDER BY id",
        &id,
    )?;
    for mut action in actions {
        crate::domain::redact_text(&mut action.title);
        crate::domain::redact_option(&mut action.owner);
        conn.execute(
            "UPDATE actions SET doc = ?2 WHERE id = ?1",
            params![action.id.to_string(), to_doc(&action)?],
        )?;
    }
    Ok(())
}

/// The documents of a projection table selected by one key (`sql` takes `?1`).
pub(crate) fn load_docs<T: DeserializeOwned>(
    conn: &Connection,
    sql: &str,
    key: &str,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare(sql)?;
    let texts: Vec<String> = stmt
        .query_map([key], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    texts
        .iter()
        .map(|t| serde_json::from_str(t).map_err(|e| Error::Data(e.to_string())))
        .collect()
}

fn subject(ev: &Event) -> Result<Uuid> {
    ev.subject
        .ok_or_else(|| data_err(ev, "event has no subject"))
}

fn incident_for(p: &mut Projector<'_>, ev: &Event) -> Result<Incident> {
    let id = subject(ev)?;
    let found = match &mut p.replay {
        Some(r) => r.incidents.remove(&id),
        None => load_incident(p.conn, id)?,
    };
    found.ok_or_else(|| data_err(ev, format!("unknown incident {id}")))
}

fn save_incident(p: &mut Projector<'_>, mut incident: Incident, ev: &Event) -> Result<()> {
    incident.updated_at = ev.ts;
    incident.last_seq = ev.seq;
    incident.last_hash.clone_from(&ev.hash);
    match &mut p.replay {
        Some(r) => {
            r.incidents.insert(incident.id, incident);
        }
        None => upsert_row(p.conn, &incident, incident.last_seq)?,
    }
    Ok(())
}

/// The query columns of an incident row, derived from the document.
fn row_columns(
    incident: &Incident,
) -> (Option<&'static str>, Option<&'static str>, Option<String>) {
    let a = incident.assessment.as_ref();
    (
        a.map(|a| a.personal_data.as_str()),
        a.and_then(|a| a.risk).map(|r| r.as_str()),
        a.and_then(|a| a.aware_at).map(|t| t.to_string()),
    )
}

/// The columns of the `incidents` table, in table order.
pub(crate) const INCIDENT_COLUMNS: [&str; 13] = [
    "id",
    "status",
    "title",
    "category",
    "severity",
    "detected_at",
    "personal_data",
    "risk",
    "aware_at",
    "exercise",
    "created_seq",
    "last_seq",
    "doc",
];

/// The values of an incident's row in [`INCIDENT_COLUMNS`] order: what [`upsert_row`] stores
/// and what `verify` expects to find.
pub(crate) fn incident_row(incident: &Incident, created_seq: u64) -> Result<[SqlValue; 13]> {
    let (personal_data, risk, aware_at) = row_columns(incident);
    let text = |s: &str| SqlValue::Text(s.to_string());
    let opt = |s: Option<&str>| s.map_or(SqlValue::Null, text);
    Ok([
        SqlValue::Text(incident.id.to_string()),
        text(incident.status.as_str()),
        text(&incident.title),
        text(incident.category.as_str()),
        text(incident.severity.as_str()),
        SqlValue::Text(incident.detected_at.to_string()),
        opt(personal_data),
        opt(risk),
        aware_at.map_or(SqlValue::Null, SqlValue::Text),
        SqlValue::Integer(i64::from(incident.exercise)),
        SqlValue::Integer(created_seq as i64),
        SqlValue::Integer(incident.last_seq as i64),
        SqlValue::Text(to_doc(incident)?),
    ])
}

/// Writes an incident row: inserted with `created_seq` the first time, updated afterwards
/// (`created_seq` is kept).
fn upsert_row(conn: &Connection, incident: &Incident, created_seq: u64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO incidents (id, status, title, category, severity, detected_at, personal_data, risk,
         aware_at, exercise, created_seq, last_seq, doc) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)
         ON CONFLICT(id) DO UPDATE SET status = excluded.status, title = excluded.title,
         category = excluded.category, severity = excluded.severity, detected_at = excluded.detected_at,
         personal_data = excluded.personal_data, risk = excluded.risk, aware_at = excluded.aware_at,
         exercise = excluded.exercise, last_seq = excluded.last_seq, doc = excluded.doc")?
        .execute(rusqlite::params_from_iter(incident_row(incident, created_seq)?))?;
    Ok(())
}

pub(crate) fn load_doc<T: DeserializeOwned>(
    conn: &Connection,
    sql: &str,
    key: &str,
) -> Result<Option<T>> {
    let doc: Option<String> = conn
        .prepare_cached(sql)?
        .query_row([key], |r| r.get(0))
        .optional()?;
    doc.map(|d| serde_json::from_str(&d).map_err(|e| Error::Data(e.to_string())))
        .transpose()
}

pub fn load_incident(conn: &Connection, id: Uuid) -> Result<Option<Incident>> {
    load_doc(
        conn,
        "SELECT doc FROM incidents WHERE id = ?1",
        &id.to_string(),
    )
}

pub fn load_action(conn: &Connection, id: Uuid) -> Result<Option<Action>> {
    load_doc(
        conn,
        "SELECT doc FROM actions WHERE id = ?1",
        &id.to_string(),
    )
}

pub fn load_org(conn: &Connection) -> Result<Option<Org>> {
    load_doc(conn, "SELECT doc FROM org WHERE id = ?1", "1")
}

pub fn load_settings(conn: &Connection) -> Result<Settings> {
    Ok(load_doc(conn, "SELECT doc FROM settings WHERE id = ?1", "1")?.unwrap_or_default())
}

/// Rewrites every stored document of `table` (primary key `key`) in this version's form of
/// `T`: read, then written as a replay writes it.
fn rewrite_docs<T: Serialize + DeserializeOwned>(
    conn: &Connection,
    table: &str,
    key: &str,
) -> Result<()> {
    let rows: Vec<(SqlValue, String)> = {
        let mut stmt = conn.prepare(&format!("SELECT {key}, doc FROM {table}"))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        rows
    };
    let mut update = conn.prepare(&format!("UPDATE {table} SET doc = ?2 WHERE {key} = ?1"))?;
    for (id, text) in rows {
        let value: T = serde_json::from_str(&text).map_err(|e| Error::Data(e.to_string()))?;
        let again = to_doc(&value)?;
        if again != text {
            update.execute(params![id, again])?;
        }
    }
    Ok(())
}

/// Migration 12: rewrites the stored documents of the organisation, the settings, incidents,
/// actions and notes in this version's form, as a replay of the journal writes them: members
/// added since a document was stored (`redacted_at`, the retention and backup settings, …) are
/// written out with their defaults. Without it a register stored before such a member existed
/// (schema 3 and earlier) failed `verify`, whose rebuild writes every member.
pub(crate) fn upgrade_docs(conn: &Connection) -> Result<()> {
    rewrite_docs::<Org>(conn, "org", "id")?;
    rewrite_docs::<Settings>(conn, "settings", "id")?;
    rewrite_docs::<Incident>(conn, "incidents", "id")?;
    rewrite_docs::<Action>(conn, "actions", "id")?;
    rewrite_docs::<Note>(conn, "notes", "id")?;
    rewrite_docs::<crate::regulation::RegulationSettings>(conn, "regulation_settings", "id")?;
    Ok(())
}
