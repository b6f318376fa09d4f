//! The `evidence` projection: what the journal says about each evidence file (`evidence.added`,
//! `evidence.exported`, and `incident.redacted` erasing its name, note and content). The content
//! itself is not projected: it lives in `evidence_content` and `verify` reads it back.

use rusqlite::{params, Connection};
use uuid::Uuid;

use crate::domain::{Evidence, EvidenceExport};
use crate::error::Result;
use crate::journal::Event;

use super::{data_err, field, load_doc, load_docs, to_doc};

/// `evidence.added`: a new row (the incident's own row is touched by the caller).
pub(crate) fn added(conn: &Connection, ev: &Event, incident: Uuid) -> Result<()> {
    let evidence = Evidence {
        id: field(ev, "evidence_id")?,
        incident_id: incident,
        name: field(ev, "name")?,
        media_type: field(ev, "media_type")?,
        size: field(ev, "size")?,
        sha256: field(ev, "sha256")?,
        note: field(ev, "note")?,
        added_at: ev.ts,
        added_by: ev.actor.clone(),
        added_seq: ev.seq,
        exports: Vec::new(),
        erased: false,
    };
    conn.prepare_cached("INSERT INTO evidence (id, incident_id, doc) VALUES (?1, ?2, ?3)")?
        .execute(params![
            evidence.id.to_string(),
            incident.to_string(),
            to_doc(&evidence)?
        ])?;
    Ok(())
}

/// `evidence.exported`: one more entry in the file's custody.
pub(crate) fn exported(conn: &Connection, ev: &Event) -> Result<()> {
    let id: Uuid = field(ev, "evidence_id")?;
    let mut evidence =
        load_evidence(conn, id)?.ok_or_else(|| data_err(ev, "unknown evidence file"))?;
    if Some(evidence.incident_id) != ev.subject {
        return Err(data_err(
            ev,
            "the evidence file belongs to another incident",
        ));
    }
    evidence.exports.push(EvidenceExport {
        at: ev.ts,
        by: ev.actor.clone(),
        seq: ev.seq,
    });
    save(conn, &evidence)
}

/// `incident.redacted`: every evidence file of the incident shows the redaction marker for its
/// name and note, and its content is gone.
pub(crate) fn redact(conn: &Connection, incident: Uuid) -> Result<()> {
    for mut evidence in of_incident(conn, incident)? {
        crate::domain::redact_text(&mut evidence.name);
        crate::domain::redact_option(&mut evidence.note);
        evidence.erased = true;
        save(conn, &evidence)?;
    }
    Ok(())
}

fn save(conn: &Connection, evidence: &Evidence) -> Result<()> {
    conn.prepare_cached("UPDATE evidence SET doc = ?2 WHERE id = ?1")?
        .execute(params![evidence.id.to_string(), to_doc(evidence)?])?;
    Ok(())
}

pub fn load_evidence(conn: &Connection, id: Uuid) -> Result<Option<Evidence>> {
    load_doc(
        conn,
        "SELECT doc FROM evidence WHERE id = ?1",
        &id.to_string(),
    )
}

/// The evidence files of an incident, in the order they were added (ids are UUIDv7).
pub fn of_incident(conn: &Connection, incident: Uuid) -> Result<Vec<Evidence>> {
    load_docs(
        conn,
        "SELECT doc FROM evidence WHERE incident_id = ?1 ORDER BY id",
        &incident.to_string(),
    )
}
