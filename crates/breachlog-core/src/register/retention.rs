//! Retention: closed incidents whose retention period has passed are proposed for redaction;
//! redaction erases the values of their sealed personal fields (see `seal`) and appends an
//! `incident.redacted` event, so the journal still verifies and says what was erased.

use rusqlite::params;
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::Register;
use crate::domain::{Incident, Settings, Status};
use crate::error::{Error, Reason, Result};
use crate::journal::Redaction;
use crate::projection::kind;
use crate::{validate, Ts};

/// A closed, not yet redacted incident and when its retention ends.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RetentionItem {
    pub incident: Uuid,
    pub title: String,
    pub category: String,
    pub closed_at: Ts,
    pub retention_months: i64,
    /// The end of the retention period: `closed_at` plus the months, in the organisation's zone.
    pub until: Ts,
    /// The retention has passed: redaction is proposed.
    pub due: bool,
    /// Events about the incident that carry personal texts in clear because they were written
    /// before those texts were sealed (schema 7 and earlier): redaction blanks the texts in the
    /// register, but the chain keeps these events as written (`docs/chain-format.md` §7).
    pub clear_text_events: Vec<u64>,
}

/// The retention of a category in months.
pub fn retention_months(settings: &Settings, category: &str) -> i64 {
    settings
        .retention_by_category
        .get(category)
        .copied()
        .unwrap_or(settings.retention_months)
}

impl Register {
    /// Closed incidents that still hold personal data, with the end of their retention, due
    /// ones first (evaluated at `as_of`).
    pub fn retention_review(&self, as_of: Ts) -> Result<Vec<RetentionItem>> {
        let settings = self.settings()?;
        let tz = self.org_timezone()?;
        let mut stmt = self.conn.prepare(
            "SELECT doc FROM incidents WHERE status = ?1 AND json_extract(doc, '$.redacted_at') IS NULL ORDER BY id",
        )?;
        let docs: Vec<String> = stmt
            .query_map([Status::Closed.as_str()], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut items = Vec::with_capacity(docs.len());
        for doc in docs {
            let i: Incident = serde_json::from_str(&doc).map_err(|e| Error::Data(e.to_string()))?;
            let Some(closed_at) = i.closed_at else {
                continue;
            };
            let months = retention_months(&settings, i.category.as_str());
            let until = retention_end(closed_at, months, tz);
            items.push(RetentionItem {
                incident: i.id,
                title: i.title,
                category: i.category.as_str().to_string(),
                closed_at,
                retention_months: months,
                until,
                due: until <= as_of,
                clear_text_events: self.clear_text_events(i.id)?,
            });
        }
        items.sort_by(|a, b| b.due.cmp(&a.due).then(a.until.cmp(&b.until)));
        Ok(items)
    }

    /// Erases the personal fields of a closed incident whose retention has passed (or, with
    /// `early`, before that — e.g. for an erasure request), in one transaction: the values and
    /// salts of its sealed fields, the stored PDFs that carry its texts (reports about it and
    /// register-wide reports issued since it was logged; their serials are recorded in the
    /// event), the stored content of its evidence files (their ids are recorded), and the
    /// projected texts.
    /// `reason` is recorded in the journal and must not itself contain personal data.
    pub fn redact_incident(
        &mut self,
        id: Uuid,
        reason: &str,
        early: bool,
        now: Ts,
    ) -> Result<Redaction> {
        // Exclusively: other processes must not keep showing (or re-export) the erased texts.
        self.exclusively(|reg, _| {
            let reason = validate::line("reason", reason)?;
            let incident = reg.incident(id)?;
            if incident.redacted_at.is_some() {
                return Err(Error::invalid("incident", Reason::Redacted));
            }
            let Some(closed_at) = incident
                .closed_at
                .filter(|_| incident.status == Status::Closed)
            else {
                return Err(Error::invalid("incident", Reason::NotClosed));
            };
            let settings = reg.settings()?;
            let months = retention_months(&settings, incident.category.as_str());
            let tz = reg.org_timezone()?;
            let until = retention_end(closed_at, months, tz);
            if !early && until > now {
                return Err(Error::invalid(
                    "incident",
                    Reason::RetentionRunning {
                        until: until.local_date_in(tz),
                    },
                ));
            }
            let redaction = reg.write(|w| {
                let Erased {
                    events,
                    fields,
                    reports,
                } = erase(w.connection(), id)?;
                let (evidence, evidence_bytes) =
                    super::evidence::erase_content(w.connection(), id)?;
                let ev = w.append(
                    kind::INCIDENT_REDACTED,
                    Some(id),
                    json!({
                        "events": events, "fields": fields, "reason": reason, "early": early,
                        "closed_at": closed_at, "retention_months": months, "retention_until": until,
                        "reports_deleted": reports.len(), "reports_deleted_serials": &reports,
                        "sealed_texts": true, "evidence_erased": evidence.len(),
                        "evidence_erased_ids": evidence, "evidence_erased_bytes": evidence_bytes,
                    }),
                )?;
                Ok(Redaction {
                    seq: ev.seq,
                    ts: ev.ts,
                    incident: Some(id),
                    events,
                    fields,
                    reason,
                    reports_deleted: reports,
                })
            })?;
            // Move the erased values out of the write-ahead log now rather than at some later
            // checkpoint (deleted content is overwritten: `secure_delete`).
            reg.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            Ok(redaction)
        })
    }

    /// The events about an incident that carry personal texts in clear (written before their
    /// paths were sealed; the chain cannot change them after the fact).
    pub fn clear_text_events(&self, id: Uuid) -> Result<Vec<u64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, kind, payload FROM events WHERE subject = ?1 ORDER BY seq",
        )?;
        let rows: Vec<(i64, String, String)> = stmt
            .query_map([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut seqs = Vec::new();
        for (seq, kind, payload) in rows {
            let payload: serde_json::Value =
                serde_json::from_str(&payload).map_err(|e| Error::Data(e.to_string()))?;
            if !crate::seal::clear_paths(&kind, &payload).is_empty() {
                seqs.push(seq as u64);
            }
        }
        Ok(seqs)
    }

    fn org_timezone(&self) -> Result<chrono_tz::Tz> {
        let org = self.org()?;
        org.timezone
            .parse()
            .map_err(|_| Error::invalid("timezone", Reason::UnknownTimezone))
    }
}

/// What a redaction erased.
struct Erased {
    /// Events whose sealed values were erased.
    events: Vec<u64>,
    /// Values erased.
    fields: u64,
    /// Serials of the stored PDFs deleted: the reports about the incident and the register-wide
    /// ones (register, audit trail) issued while it was in the register, which carry its texts.
    reports: Vec<String>,
}

/// Deletes the stored values of the incident's sealed fields and the stored PDFs that carry its
/// texts: reports about it, and register-wide reports whose head is at or after its first
/// event (a report issued before the incident existed cannot name it).
fn erase(conn: &rusqlite::Connection, id: Uuid) -> Result<Erased> {
    let mut stmt = conn.prepare(
        "SELECT s.seq, count(*) FROM event_secrets s JOIN events e ON e.seq = s.seq
                 WHERE e.subject = ?1 GROUP BY s.seq ORDER BY s.seq",
    )?;
    let rows: Vec<(i64, i64)> = stmt
        .query_map([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let events: Vec<u64> = rows.iter().map(|(s, _)| *s as u64).collect();
    let fields: u64 = rows.iter().map(|(_, n)| *n as u64).sum();
    let mut delete = conn.prepare("DELETE FROM event_secrets WHERE seq = ?1")?;
    for seq in &events {
        delete.execute([*seq as i64])?;
    }
    let first_seq: i64 = conn.query_row(
        "SELECT coalesce(min(seq), 0) FROM events WHERE subject = ?1",
        [id.to_string()],
        |r| r.get(0),
    )?;
    let mut issued = conn.prepare(
        "SELECT json_extract(payload, '$.serial'), json_extract(payload, '$.pdf_sha256')
           FROM events WHERE kind = ?1
            AND (subject = ?2 OR (subject IS NULL AND json_extract(payload, '$.head_seq') >= ?3))
          ORDER BY seq",
    )?;
    let candidates: Vec<(String, String)> = issued
        .query_map(
            params![kind::REPORT_ISSUED, id.to_string(), first_seq],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
        .collect::<rusqlite::Result<_>>()?;
    let mut remove = conn.prepare("DELETE FROM report_files WHERE sha256 = ?1")?;
    let mut reports = Vec::new();
    for (serial, sha256) in candidates {
        if remove.execute([sha256])? > 0 {
            reports.push(serial);
        }
    }
    Ok(Erased {
        events,
        fields,
        reports,
    })
}

/// `closed_at` plus `months` calendar months in the organisation's zone (clamped to month ends).
fn retention_end(closed_at: Ts, months: i64, tz: chrono_tz::Tz) -> Ts {
    crate::register::regulation::clock::add_months(
        closed_at,
        u32::try_from(months).unwrap_or(0),
        tz,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::IncidentInput;

    /// The DORA answers are sealed as a whole: redaction erases them (names, e-mails, texts), the
    /// projection shows the marker, the answered report flags its fields again, and the register
    /// still verifies (the replay reads the marker where the object was).
    #[test]
    fn redaction_erases_the_dora_answers_and_the_register_verifies() {
        let (_dir, mut reg) =
            crate::testing::register(crate::testing::org_in("Europe/Berlin"), "ciso");
        let i = reg
            .create_incident(&IncidentInput {
                title: Some("Payment outage".into()),
                detected_at: Some("2026-10-01T08:00:00Z".into()),
                ..Default::default()
            })
            .unwrap();
        let answers = crate::register::AssessmentInput {
            dora_answers: Some(vec!["1.7=Jane Doe".into(), "1.8=jane@example.test".into()]),
            ..Default::default()
        };
        reg.assess(i.id, &answers).unwrap();
        let shown = reg.incident(i.id).unwrap().assessment.unwrap();
        assert_eq!(
            shown.dora_answers.get("1.7").map(String::as_str),
            Some("Jane Doe")
        );
        for to in ["triage", "investigating", "contained", "resolved", "closed"] {
            reg.transition(i.id, to, None, None, None).unwrap();
        }
        reg.redact_incident(i.id, "erasure request", true, Ts::now())
            .unwrap();
        let a = reg.incident(i.id).unwrap().assessment.unwrap();
        assert_eq!(a.dora_answers.get("1.7"), None);
        assert_eq!(
            a.dora_answers.get("*").map(String::as_str),
            Some(crate::domain::REDACTED)
        );
        let report = reg
            .dora_report(
                i.id,
                crate::register::regulation::templates::DoraStage::Initial,
                None,
            )
            .unwrap();
        assert!(report.missing.contains(&"1.7".to_string()));
        assert_eq!(reg.verify(None).unwrap().redactions.len(), 1);
    }

    /// An incident of an older register: an update of its affected systems was hashed in clear.
    #[test]
    fn clear_texts_of_older_events_are_named_and_blanked_by_a_redaction() {
        let (_dir, mut reg) =
            crate::testing::register(crate::testing::org_in("Europe/Berlin"), "ciso");
        let i = reg
            .create_incident(&IncidentInput {
                title: Some("Stolen laptop".into()),
                category: Some("lost_device".into()),
                severity: Some("low".into()),
                detected_at: Some("2026-10-01T08:00:00Z".into()),
                affected_systems: Some(vec!["laptop of Jane Doe".into()]),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(reg.clear_text_events(i.id).unwrap(), Vec::<u64>::new());
        let old = reg
            .write(|w| {
                w.append_unsealed(
                    kind::INCIDENT_UPDATED,
                    Some(i.id),
                    json!({"changes": {"affected_systems": ["phone of Jane Doe"]}}),
                )
            })
            .unwrap();
        assert_eq!(
            reg.incident(i.id).unwrap().affected_systems,
            ["phone of Jane Doe"]
        );
        for to in ["triage", "investigating", "contained", "resolved", "closed"] {
            reg.transition(i.id, to, None, None, None).unwrap();
        }
        assert_eq!(reg.clear_text_events(i.id).unwrap(), vec![old.seq]);
        let review = reg.retention_review(Ts::now()).unwrap();
        assert_eq!(review[0].clear_text_events, vec![old.seq]);

        reg.redact_incident(i.id, "erasure request", true, Ts::now())
            .unwrap();
        let shown = reg.incident(i.id).unwrap();
        assert_eq!(shown.affected_systems, [crate::domain::REDACTED]);
        // The chain keeps the old event as written, and still verifies.
        assert_eq!(reg.clear_text_events(i.id).unwrap(), vec![old.seq]);
        assert_eq!(reg.verify(None).unwrap().redactions.len(), 1);
    }
}
