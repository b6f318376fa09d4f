//! Incidents, their actions and notes, the organisation and its settings: the operations and
//! the queries.

use serde_json::json;
use uuid::Uuid;

use crate::domain::{Action, Incident, Note, Org, Settings};
use crate::error::{Error, Result};
use crate::projection::{self, kind};
use crate::Ts;

use super::diff;
use super::{inputs, AssessmentInput, IncidentInput, OrgInput, Register, SettingsInput};

impl Register {
    // ---- operations -------------------------------------------------------------------

    pub fn create_incident(&mut self, input: &IncidentInput) -> Result<Incident> {
        let created = input.validate_new(Ts::now())?;
        let id = Uuid::now_v7();
        self.write(|w| {
            w.append(
                kind::INCIDENT_CREATED,
                Some(id),
                json!({ "incident": created }),
            )?;
            w.incident(id)
        })
    }

    pub fn update_incident(&mut self, id: Uuid, input: &IncidentInput) -> Result<Incident> {
        self.atomically(|reg| {
            let current = reg.incident(id)?;
            let updated = input.apply(&current, Ts::now())?;
            let changes = diff(&current, &updated)?;
            if changes.is_empty() {
                return Ok(current);
            }
            reg.write(|w| {
                w.append(
                    kind::INCIDENT_UPDATED,
                    Some(id),
                    json!({ "changes": changes }),
                )?;
                crate::register::regulation::derive::sync(w, id)?;
                w.incident(id)
            })
        })
    }

    /// Moves an incident through its lifecycle. `close_reason` is required to close from
    /// triage; `note` is required to reopen.
    pub fn transition(
        &mut self,
        id: Uuid,
        to: &str,
        at: Option<&str>,
        close_reason: Option<&str>,
        note: Option<&str>,
    ) -> Result<Incident> {
        self.atomically(|reg| {
            let current = reg.incident(id)?;
            let payload =
                inputs::transition_payload(&current, to, at, close_reason, note, Ts::now())?;
            reg.write(|w| {
                w.append(kind::INCIDENT_TRANSITIONED, Some(id), payload)?;
                crate::register::regulation::derive::sync(w, id)?;
                w.incident(id)
            })
        })
    }

    pub fn assess(&mut self, id: Uuid, input: &AssessmentInput) -> Result<Incident> {
        self.atomically(|reg| {
            let current = reg.incident(id)?;
            let settings = reg.settings()?;
            let before = current.assessment.clone().unwrap_or_default();
            let mut input = input.clone();
            if let Some(list) = &input.controllers {
                input.controllers = Some(crate::register::regulation::ops::resolve_controllers(
                    reg, list,
                )?);
            }
            let org_role = reg.org()?.default_role;
            let after = input.apply(
                &current,
                &before,
                &settings,
                org_role,
                &reg.actor,
                Ts::now(),
            )?;
            crate::register::regulation::ops::check_assessment(&Incident {
                assessment: Some(after.clone()),
                ..current.clone()
            })?;
            let changes = diff(&before, &after)?;
            if changes.is_empty() && current.assessment.is_some() {
                return Ok(current);
            }
            reg.write(|w| {
                w.append(
                    kind::BREACH_ASSESSED,
                    Some(id),
                    json!({ "changes": changes }),
                )?;
                crate::register::regulation::derive::sync(w, id)?;
                w.incident(id)
            })
        })
    }

    pub fn add_action(
        &mut self,
        id: Uuid,
        title: &str,
        owner: Option<&str>,
        due_at: Option<&str>,
    ) -> Result<Action> {
        self.atomically(|reg| {
            reg.incident(id)?;
            let payload = inputs::action_payload(title, owner, due_at)?;
            let action_id: Uuid = serde_json::from_value(payload["action_id"].clone())
                .map_err(|e| Error::Data(e.to_string()))?;
            reg.write(|w| {
                w.append(kind::ACTION_ADDED, Some(id), payload)?;
                projection::load_action(w.conn, action_id)?
                    .ok_or_else(|| Error::Data("action not stored".into()))
            })
        })
    }

    /// Marks an action done (or not done again).
    pub fn set_action_done(&mut self, action_id: Uuid, done: bool) -> Result<Action> {
        self.atomically(|reg| {
            let action = reg.action(action_id)?;
            if action.done == done {
                return Ok(action);
            }
            let (k, payload) = if done {
                (
                    kind::ACTION_DONE,
                    json!({ "action_id": action_id.to_string(), "at": Ts::now() }),
                )
            } else {
                (
                    kind::ACTION_REOPENED,
                    json!({ "action_id": action_id.to_string() }),
                )
            };
            reg.write(|w| {
                w.append(k, Some(action.incident_id), payload)?;
                projection::load_action(w.conn, action_id)?
                    .ok_or_else(|| Error::Data("action not stored".into()))
            })
        })
    }

    pub fn add_note(&mut self, id: Uuid, text: &str) -> Result<Note> {
        self.atomically(|reg| {
            reg.incident(id)?;
            let text = crate::validate::text("note", text)?;
            if text.trim().is_empty() {
                return Err(Error::invalid("note", crate::Reason::Empty));
            }
            let note_id = Uuid::now_v7();
            reg.write(|w| {
                w.append(
                    kind::NOTE_ADDED,
                    Some(id),
                    json!({ "note_id": note_id.to_string(), "text": text }),
                )?;
                Ok(())
            })?;
            reg.notes(id)?
                .into_iter()
                .find(|n| n.id == note_id)
                .ok_or_else(|| Error::Data("note not stored".into()))
        })
    }

    pub fn update_org(&mut self, input: &OrgInput) -> Result<Org> {
        self.atomically(|reg| {
            let current = reg.org()?;
            let updated = input.apply(&current)?;
            let changes = diff(&current, &updated)?;
            if !changes.is_empty() {
                // Every open incident is re-derived (regimes, lead authority, time zone may have
                // changed), newest detection first.
                let open: Vec<Uuid> = reg
                    .conn
                    .prepare(
                        "SELECT id FROM incidents WHERE status != ?1 \
                         ORDER BY detected_at DESC, id DESC",
                    )?
                    .query_map([crate::domain::Status::Closed.as_str()], |r| {
                        r.get::<_, String>(0)
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?
                    .iter()
                    .filter_map(|id| Uuid::parse_str(id).ok())
                    .collect();
                reg.write(|w| {
                    w.append(kind::ORG_UPDATED, None, json!({ "changes": changes }))?;
                    for id in open {
                        crate::register::regulation::derive::sync(w, id)?;
                    }
                    Ok(())
                })?;
            }
            Ok(updated)
        })
    }

    pub fn update_settings(&mut self, input: &SettingsInput) -> Result<Settings> {
        self.atomically(|reg| {
            let current = reg.settings()?;
            let updated = input.apply(&current)?;
            let changes = diff(&current, &updated)?;
            if !changes.is_empty() {
                reg.write(|w| {
                    w.append(kind::SETTINGS_CHANGED, None, json!({ "changes": changes }))
                })?;
            }
            Ok(updated)
        })
    }

    // ---- queries ----------------------------------------------------------------------

    pub fn incident(&self, id: Uuid) -> Result<Incident> {
        projection::load_incident(&self.conn, id)?.ok_or_else(|| Error::NotFound {
            entity: "incident",
            id: id.to_string(),
        })
    }

    pub fn action(&self, id: Uuid) -> Result<Action> {
        projection::load_action(&self.conn, id)?.ok_or_else(|| Error::NotFound {
            entity: "action",
            id: id.to_string(),
        })
    }

    /// Resolves a full id or a unique prefix (at least 4 characters) of an incident id.
    pub fn resolve_incident(&self, text: &str) -> Result<Uuid> {
        self.resolve("incidents", "incident", text)
    }

    pub fn resolve_action(&self, text: &str) -> Result<Uuid> {
        self.resolve("actions", "action", text)
    }

    fn resolve(&self, table: &str, entity: &'static str, text: &str) -> Result<Uuid> {
        let t = text.trim().to_ascii_lowercase();
        if t.len() < 4 || !t.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            return Err(Error::invalid("id", crate::Reason::NotAnId));
        }
        let mut stmt = self.conn.prepare(&format!(
            "SELECT id FROM {table} WHERE id LIKE ?1 || '%' LIMIT 2"
        ))?;
        let ids: Vec<String> = stmt
            .query_map([&t], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        match ids.as_slice() {
            [one] => Uuid::parse_str(one).map_err(|e| Error::Data(e.to_string())),
            [] => Err(Error::NotFound {
                entity,
                id: text.to_string(),
            }),
            _ => Err(Error::invalid("id", crate::Reason::Duplicate)),
        }
    }

    pub fn actions(&self, incident: Uuid) -> Result<Vec<Action>> {
        projection::load_docs(
            &self.conn,
            "SELECT doc FROM actions WHERE incident_id = ?1 ORDER BY id",
            &incident.to_string(),
        )
    }

    pub fn notes(&self, incident: Uuid) -> Result<Vec<Note>> {
        projection::load_docs(
            &self.conn,
            "SELECT doc FROM notes WHERE incident_id = ?1 ORDER BY id",
            &incident.to_string(),
        )
    }

    pub fn org(&self) -> Result<Org> {
        Ok(projection::load_org(&self.conn)?.unwrap_or_default())
    }

    pub fn settings(&self) -> Result<Settings> {
        projection::load_settings(&self.conn)
    }
}
