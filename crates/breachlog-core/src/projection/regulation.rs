//! Projection of the regulation events. Like `projection::apply`, this stores only what the
//! events say: no rule lookups, no clocks, no "now".

use rusqlite::{params, Connection};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::journal::Event;
use breachlog_chain::EventKind;
use breachlog_model::domain::Language;
use breachlog_model::regulation::{
    Acknowledgement, AuthorityContact, Classification, Controller, ControllerImpact, EvidenceOrder,
    Filing, FilingSnapshot, IncidentRegulation, NotRequired, Obligation, OrderKind,
    PreservationChange, Regime, RegulationSettings, SnapshotField,
};
use breachlog_model::Ts;
/// The members of a controller that `controller.changed` may change.
/// (`contact`: a single contact, in events written before schema 11; it replaces the contacts.)
pub const CONTROLLER_CHANGEABLE: &[&str] = &[
    "name",
    "notice_hours",
    "contact",
    "contacts",
    "country",
    "language",
    "authority",
    "contract_reference",
];

/// Contacts as an event carries them: a list, or a single text (before schema 11; also the
/// redaction marker once its sealed value is erased); empty texts dropped.
fn contacts_of(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        _ => Vec::new(),
    }
}

// Event-field and document helpers are shared with the core projections.
use super::{data_err, field, load_doc as load, merge, to_doc};

pub fn load_obligation(conn: &Connection, id: Uuid) -> Result<Option<Obligation>> {
    load(
        conn,
        "SELECT doc FROM obligations WHERE id = ?1",
        &id.to_string(),
    )
}

pub fn load_filing(conn: &Connection, id: Uuid) -> Result<Option<Filing>> {
    load(
        conn,
        "SELECT doc FROM filings WHERE id = ?1",
        &id.to_string(),
    )
}

pub fn load_incident_regulation(conn: &Connection, incident: Uuid) -> Result<IncidentRegulation> {
    Ok(load(
        conn,
        "SELECT doc FROM incident_regulation WHERE incident_id = ?1",
        &incident.to_string(),
    )?
    .unwrap_or_default())
}

pub fn load_settings(conn: &Connection) -> Result<RegulationSettings> {
    Ok(load(
        conn,
        "SELECT doc FROM regulation_settings WHERE id = ?1",
        "1",
    )?
    .unwrap_or_default())
}

pub fn load_contact(conn: &Connection, id: Uuid) -> Result<Option<AuthorityContact>> {
    load(
        conn,
        "SELECT doc FROM authority_contacts WHERE id = ?1",
        &id.to_string(),
    )
}

fn docs<T: DeserializeOwned>(
    conn: &Connection,
    sql: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare(sql)?;
    let texts: Vec<String> = stmt
        .query_map(args, |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    texts
        .iter()
        .map(|t| serde_json::from_str(t).map_err(|e| Error::Data(e.to_string())))
        .collect()
}

/// Schema 11: a controller's document written before holds one `contact` text; it becomes the
/// list `contacts` (empty when the text was), and the members added since are written out, so
/// the stored row equals what a replay of its events writes. Documents already in the new form
/// are left as they are.
/// Schema 16: obligations stored before counting rules existed get the counting rule they were
/// computed by and their due time as their target (what a rebuild from the journal writes, see
/// [`Obligation::complete_legacy_terms`]). Their due times do not change.
pub(crate) fn upgrade_obligation_counting(conn: &Connection) -> Result<()> {
    let docs: Vec<String> = {
        let mut stmt = conn.prepare("SELECT doc FROM obligations")?;
        let rows = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        rows
    };
    for text in docs {
        let mut o: Obligation =
            serde_json::from_str(&text).map_err(|e| Error::Data(e.to_string()))?;
        if o.counting.is_none() {
            o.complete_legacy_terms();
            save_obligation(conn, &o)?;
        }
    }
    Ok(())
}

pub(crate) fn upgrade_controller_docs(conn: &Connection) -> Result<()> {
    let rows: Vec<(String, String)> = {
        let mut stmt = conn.prepare("SELECT id, doc FROM controllers")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        rows
    };
    for (id, text) in rows {
        let mut doc: Map<String, Value> =
            serde_json::from_str(&text).map_err(|e| Error::Data(e.to_string()))?;
        let Some(one) = doc.remove("contact") else {
            continue;
        };
        doc.insert("contacts".into(), contacts_of(Some(&one)).into());
        let c: Controller =
            serde_json::from_value(Value::Object(doc)).map_err(|e| Error::Data(e.to_string()))?;
        conn.execute(
            "UPDATE controllers SET doc = ?2 WHERE id = ?1",
            params![id, to_doc(&c)?],
        )?;
    }
    Ok(())
}

pub fn controllers(conn: &Connection) -> Result<Vec<Controller>> {
    docs(
        conn,
        "SELECT doc FROM controllers ORDER BY name COLLATE NOCASE, id",
        &[],
    )
}

/// One customer's impact on one incident, if set.
pub fn impact(
    conn: &Connection,
    incident: Uuid,
    controller: Uuid,
) -> Result<Option<ControllerImpact>> {
    load(
        conn,
        "SELECT doc FROM controller_impacts WHERE id = ?1",
        &format!("{incident}:{controller}"),
    )
}

/// The impact per customer of one incident, in controller id order.
pub fn impacts(conn: &Connection, incident: Uuid) -> Result<Vec<ControllerImpact>> {
    docs(
        conn,
        "SELECT doc FROM controller_impacts WHERE incident_id = ?1 ORDER BY controller_id",
        &[&incident.to_string()],
    )
}

/// Obligations of one incident, or all (`None`), in id (creation) order.
pub fn obligations(conn: &Connection, incident: Option<Uuid>) -> Result<Vec<Obligation>> {
    match incident {
        Some(i) => docs(
            conn,
            "SELECT doc FROM obligations WHERE incident_id = ?1 ORDER BY id",
            &[&i.to_string()],
        ),
        None => docs(conn, "SELECT doc FROM obligations ORDER BY id", &[]),
    }
}

/// Filings of one obligation in filing-time order.
/// Every filing's id (to resolve a prefix).
pub fn filing_ids(conn: &Connection) -> Result<Vec<Uuid>> {
    let mut st = conn.prepare_cached("SELECT id FROM filings")?;
    let ids = st
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(ids.iter().filter_map(|i| Uuid::parse_str(i).ok()).collect())
}

pub fn filings_of(conn: &Connection, obligation: Uuid) -> Result<Vec<Filing>> {
    docs(
        conn,
        "SELECT doc FROM filings WHERE obligation_id = ?1 ORDER BY at, id",
        &[&obligation.to_string()],
    )
}

pub fn contacts(conn: &Connection, incident: Option<Uuid>) -> Result<Vec<AuthorityContact>> {
    match incident {
        Some(i) => docs(
            conn,
            "SELECT doc FROM authority_contacts WHERE incident_id = ?1 ORDER BY id",
            &[&i.to_string()],
        ),
        None => docs(conn, "SELECT doc FROM authority_contacts ORDER BY id", &[]),
    }
}

/// `incident.redacted`: a person's not-required rationale may quote the assessment, so it is
/// sealed (see `seal::personal_paths`) and erased with the incident's other personal fields.
pub(crate) fn redact_rationales(conn: &Connection, incident: Uuid) -> Result<()> {
    for mut o in obligations(conn, Some(incident))? {
        if let Some(nr) = o
            .not_required
            .as_mut()
            .filter(|nr| !nr.automatic && !nr.rationale.is_empty())
        {
            crate::domain::redact_text(&mut nr.rationale);
            save_obligation(conn, &o)?;
        }
    }
    Ok(())
}

/// Replaces the texts of the incident's filings (reference, reasons for delay) and authority
/// contacts (subject, reference) by the redaction marker (their sealed values were erased).
pub(crate) fn redact_texts(conn: &Connection, incident: Uuid) -> Result<()> {
    use crate::domain::{redact_option, redact_text};
    for o in obligations(conn, Some(incident))? {
        for mut f in filings_of(conn, o.id)? {
            redact_text(&mut f.reference);
            redact_option(&mut f.reasons_for_delay);
            if let Some(a) = f.acknowledged.as_mut() {
                redact_option(&mut a.by);
            }
            if let Some(s) = f.snapshot.as_mut() {
                s.redacted = true;
                s.fields.clear();
            }
            save_filing(conn, &f)?;
        }
    }
    for mut c in contacts(conn, Some(incident))? {
        redact_text(&mut c.subject);
        redact_option(&mut c.reference);
        if let Some(o) = c.order.as_mut() {
            redact_text(&mut o.issuer);
        }
        save_contact(conn, &c)?;
    }
    Ok(())
}

/// A filing's snapshot: its language in clear, its fields sealed (the redaction marker once
/// erased); `None` for filings recorded before snapshots were kept.
fn snapshot_of(ev: &Event) -> Result<Option<FilingSnapshot>> {
    let Some(language) = field::<Option<Language>>(ev, "snapshot_language")? else {
        return Ok(None);
    };
    let (redacted, fields) = match ev.payload.get("snapshot") {
        Some(Value::Array(_)) => (false, field::<Vec<SnapshotField>>(ev, "snapshot")?),
        Some(Value::String(s)) if s == crate::domain::REDACTED => (true, Vec::new()),
        _ => (false, Vec::new()),
    };
    Ok(Some(FilingSnapshot {
        language,
        redacted,
        fields,
    }))
}

fn save_filing(conn: &Connection, f: &Filing) -> Result<()> {
    conn.prepare_cached("UPDATE filings SET doc = ?2 WHERE id = ?1")?
        .execute(params![f.id.to_string(), to_doc(f)?])?;
    Ok(())
}

fn save_contact(conn: &Connection, c: &AuthorityContact) -> Result<()> {
    conn.prepare_cached("UPDATE authority_contacts SET doc = ?2 WHERE id = ?1")?
        .execute(params![c.id.to_string(), to_doc(c)?])?;
    Ok(())
}

fn save_obligation(conn: &Connection, o: &Obligation) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO obligations (id, incident_id, regime, kind, due_at, doc) VALUES (?1,?2,?3,?4,?5,?6)")?.execute(
        params![
            o.id.to_string(),
            o.incident_id.map(|i| i.to_string()),
            o.regime.as_str(),
            o.kind.as_str(),
            o.due_at.map(|t| t.to_string()),
            to_doc(o)?
        ],
    )?;
    Ok(())
}

fn obligation_for(conn: &Connection, ev: &Event) -> Result<Obligation> {
    let id: Uuid = field(ev, "obligation_id")?;
    load_obligation(conn, id)?.ok_or_else(|| data_err(ev, format!("unknown obligation {id}")))
}

/// Applies a regulation event (the projection dispatches only these kinds here).
pub fn apply(conn: &Connection, ev: &Event, event_kind: EventKind) -> Result<()> {
    match event_kind {
        EventKind::ControllerAdded => {
            let mut contacts = contacts_of(ev.payload.get("contact"));
            contacts.extend(contacts_of(ev.payload.get("contacts")));
            let c = Controller {
                id: field(ev, "controller_id")?,
                name: field(ev, "name")?,
                notice_hours: field(ev, "notice_hours")?,
                contacts,
                country: field(ev, "country")?,
                language: field(ev, "language")?,
                authority: field(ev, "authority")?,
                contract_reference: field(ev, "contract_reference")?,
                added_at: ev.ts,
                removed_at: None,
            };
            conn.prepare_cached("INSERT INTO controllers (id, name, doc) VALUES (?1, ?2, ?3)")?
                .execute(params![c.id.to_string(), c.name, to_doc(&c)?])?;
        }
        EventKind::ControllerChanged => {
            let id: Uuid = field(ev, "controller_id")?;
            let mut changes: Map<String, Value> = field(ev, "changes")?;
            if let Some(k) = changes
                .keys()
                .find(|k| !CONTROLLER_CHANGEABLE.contains(&k.as_str()))
            {
                return Err(data_err(ev, format!("controller member {k} cannot change")));
            }
            if let Some(one) = changes.remove("contact") {
                changes.insert("contacts".into(), contacts_of(Some(&one)).into());
            }
            if let Some(list) = changes.remove("contacts") {
                changes.insert("contacts".into(), contacts_of(Some(&list)).into());
            }
            let current: Controller = load(
                conn,
                "SELECT doc FROM controllers WHERE id = ?1",
                &id.to_string(),
            )?
            .ok_or_else(|| data_err(ev, format!("unknown controller {id}")))?;
            let c: Controller = merge(&current, &changes)?;
            conn.execute(
                "UPDATE controllers SET name = ?2, doc = ?3 WHERE id = ?1",
                params![id.to_string(), c.name, to_doc(&c)?],
            )?;
        }
        EventKind::ControllerImpactSet => {
            let incident = ev
                .subject
                .ok_or_else(|| data_err(ev, "an impact without its incident"))?;
            let impact = ControllerImpact {
                incident_id: incident,
                controller_id: field(ev, "controller_id")?,
                subjects_approx: field(ev, "subjects_approx")?,
                records_approx: field(ev, "records_approx")?,
                data_categories: field(ev, "data_categories")?,
                subject_categories: field(ev, "subject_categories")?,
                countries: field(ev, "countries")?,
                set_at: ev.ts,
            };
            conn.prepare_cached(
                "INSERT OR REPLACE INTO controller_impacts (id, incident_id, controller_id, doc) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![
                format!("{}:{}", impact.incident_id, impact.controller_id),
                impact.incident_id.to_string(),
                impact.controller_id.to_string(),
                to_doc(&impact)?
            ])?;
        }
        EventKind::ControllerRemoved => {
            let id: Uuid = field(ev, "controller_id")?;
            let mut c: Controller = load(
                conn,
                "SELECT doc FROM controllers WHERE id = ?1",
                &id.to_string(),
            )?
            .ok_or_else(|| data_err(ev, format!("unknown controller {id}")))?;
            c.removed_at = Some(ev.ts);
            conn.execute(
                "UPDATE controllers SET doc = ?2 WHERE id = ?1",
                params![id.to_string(), to_doc(&c)?],
            )?;
        }
        EventKind::IncidentClassified | EventKind::IncidentRegimesSet => {
            let incident = ev
                .subject
                .ok_or_else(|| data_err(ev, "event has no subject"))?;
            let mut doc = load_incident_regulation(conn, incident)?;
            if event_kind == EventKind::IncidentRegimesSet {
                doc.regimes = field(ev, "regimes")?;
            } else {
                let regime: Regime = field(ev, "regime")?;
                let c = Classification {
                    at: field(ev, "at")?,
                    malicious: field(ev, "malicious")?,
                    cross_border: field(ev, "cross_border")?,
                    trust_service: field::<Option<bool>>(ev, "trust_service")?.unwrap_or(false),
                    by: ev.actor.clone(),
                    significance: field(ev, "significance")?,
                    affects_recipients: field(ev, "affects_recipients")?,
                };
                match regime {
                    Regime::Nis2 => doc.nis2 = Some(c),
                    Regime::Dora => doc.dora = Some(c),
                    Regime::Cra => doc.cra = Some(c),
                    other => return Err(data_err(ev, format!("{other} has no classification"))),
                }
            }
            conn.prepare_cached(
                "INSERT OR REPLACE INTO incident_regulation (incident_id, doc) VALUES (?1, ?2)",
            )?
            .execute(params![incident.to_string(), to_doc(&doc)?])?;
        }
        EventKind::ObligationOpened => {
            let mut doc: Map<String, Value> = field(ev, "obligation")?;
            doc.insert("opened_at".into(), Value::String(ev.ts.to_string()));
            doc.insert("not_required".into(), Value::Null);
            let mut o: Obligation =
                serde_json::from_value(Value::Object(doc)).map_err(|e| data_err(ev, e))?;
            // Opened before counting rules existed: the rule it was computed by (schema 16).
            o.complete_legacy_terms();
            if load_obligation(conn, o.id)?.is_some() {
                return Err(data_err(ev, format!("obligation {} opened twice", o.id)));
            }
            save_obligation(conn, &o)?;
        }
        EventKind::ObligationAnchorChanged => {
            let mut o = obligation_for(conn, ev)?;
            o.anchor_at = field(ev, "anchor_at")?;
            if let Some(alt) = o.alt.as_mut() {
                alt.anchor_at = field(ev, "alt_anchor_at")?;
            }
            o.due_at = field(ev, "due_at")?;
            // Events written before counting rules carry no target: it is the due time.
            o.target_at = field::<Option<crate::Ts>>(ev, "target_at")?.or(o.due_at);
            save_obligation(conn, &o)?;
        }
        EventKind::ObligationNotRequired => {
            let mut o = obligation_for(conn, ev)?;
            o.not_required = Some(NotRequired {
                decider: field(ev, "decider")?,
                rationale: field(ev, "rationale")?,
                automatic: field(ev, "automatic")?,
                manual: field::<Option<bool>>(ev, "manual")?.unwrap_or(false),
                at: ev.ts,
            });
            save_obligation(conn, &o)?;
        }
        EventKind::ObligationReinstated => {
            let mut o = obligation_for(conn, ev)?;
            o.not_required = None;
            save_obligation(conn, &o)?;
        }
        EventKind::FilingRecorded => {
            let f = Filing {
                id: field(ev, "filing_id")?,
                obligation_id: field(ev, "obligation_id")?,
                incident_id: ev.subject,
                at: field(ev, "at")?,
                channel: field(ev, "channel")?,
                reference: field(ev, "reference")?,
                reasons_for_delay: field(ev, "reasons_for_delay")?,
                phase: field(ev, "phase")?,
                follows: field(ev, "follows")?,
                late_by_minutes: field(ev, "late_by_minutes")?,
                complete: field(ev, "complete")?,
                snapshot: snapshot_of(ev)?,
                recorded_by: ev.actor.clone(),
                recorded_at: ev.ts,
                acknowledged: None,
            };
            obligation_for(conn, ev)?;
            conn.prepare_cached(
                "INSERT INTO filings (id, obligation_id, incident_id, at, doc) VALUES (?1,?2,?3,?4,?5)")?.execute(
                params![
                    f.id.to_string(),
                    f.obligation_id.to_string(),
                    f.incident_id.map(|i| i.to_string()),
                    f.at.to_string(),
                    to_doc(&f)?
                ],
            )?;
        }
        EventKind::FilingAcknowledged => {
            let id: Uuid = field(ev, "filing_id")?;
            let mut f = load_filing(conn, id)?
                .ok_or_else(|| data_err(ev, format!("unknown filing {id}")))?;
            if f.acknowledged.is_some() {
                return Err(data_err(ev, format!("filing {id} acknowledged twice")));
            }
            f.acknowledged = Some(Acknowledgement {
                at: field(ev, "at")?,
                by: field(ev, "by")?,
                recorded_by: ev.actor.clone(),
                recorded_at: ev.ts,
            });
            save_filing(conn, &f)?;
        }
        EventKind::RuleChanged => {
            let mut s = load_settings(conn)?;
            let key = format!(
                "{}/{}",
                field::<Regime>(ev, "regime")?,
                field::<String>(ev, "rule")?
            );
            match field::<Option<i64>>(ev, "hours")? {
                Some(h) => s.overrides.insert(key, h),
                None => s.overrides.remove(&key),
            };
            save_settings(conn, &s)?;
        }
        EventKind::RegulationSettingsChanged => {
            let changes: Map<String, Value> = field(ev, "changes")?;
            let s = merge(&load_settings(conn)?, &changes)?;
            save_settings(conn, &s)?;
        }
        EventKind::AuthorityContactLogged => {
            let c = AuthorityContact {
                id: field(ev, "contact_id")?,
                authority: field(ev, "authority")?,
                direction: field(ev, "direction")?,
                at: field(ev, "at")?,
                subject: field(ev, "subject")?,
                reference: field(ev, "reference")?,
                response_due_at: field(ev, "response_due_at")?,
                incident_id: field(ev, "incident")?,
                answers: field(ev, "answers")?,
                logged_by: ev.actor.clone(),
                order: match field::<Option<OrderKind>>(ev, "order")? {
                    Some(kind) => Some(EvidenceOrder {
                        kind,
                        issuer: field::<Option<String>>(ev, "issuer")?.unwrap_or_default(),
                        issuer_country: field::<Option<String>>(ev, "issuer_country")?
                            .unwrap_or_default(),
                        preserve_until: field(ev, "preserve_until")?,
                        extended_at: None,
                        production_confirmed_at: None,
                        released_at: None,
                    }),
                    None => None,
                },
            };
            conn.prepare_cached(
                "INSERT INTO authority_contacts (id, incident_id, doc) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![
                c.id.to_string(),
                c.incident_id.map(|i| i.to_string()),
                to_doc(&c)?
            ])?;
        }
        EventKind::EvidencePreservationChanged => {
            let id: Uuid = field(ev, "contact_id")?;
            let mut c = load_contact(conn, id)?
                .ok_or_else(|| data_err(ev, format!("unknown contact {id}")))?;
            let order = c
                .order
                .as_mut()
                .ok_or_else(|| data_err(ev, format!("contact {id} is not an order")))?;
            let at: Option<Ts> = field(ev, "at")?;
            match field::<PreservationChange>(ev, "change")? {
                PreservationChange::Extended => order.extended_at = at,
                PreservationChange::ProductionConfirmed => order.production_confirmed_at = at,
                PreservationChange::Released => order.released_at = at,
            }
            order.preserve_until = field(ev, "preserve_until")?;
            save_contact(conn, &c)?;
        }
        other => {
            return Err(data_err(
                ev,
                format!("{} is not a regulation event", other.as_str()),
            ))
        }
    }
    Ok(())
}

fn save_settings(conn: &Connection, s: &RegulationSettings) -> Result<()> {
    conn.prepare_cached("INSERT OR REPLACE INTO regulation_settings (id, doc) VALUES (1, ?1)")?
        .execute([to_doc(s)?])?;
    Ok(())
}
