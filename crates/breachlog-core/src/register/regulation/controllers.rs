//! Changing a controller's contract terms (processor role). The change is a `controller.changed`
//! event; Art 33(2) obligations opened before keep the hours they were opened with (their
//! `obligation.opened` event carries them), only obligations opened afterwards use the new hours.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use uuid::Uuid;

use super::{kind, Controller};
use crate::error::{Error, Reason, Result};
use crate::projection::regulation::controllers;
use crate::register::Register;
use crate::validate;

/// `controller set` as typed: only the members given change.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct ControllerUpdate {
    /// Contractual hours for our Art 33(2) notice (1 … 8760).
    pub notice_hours: Option<i64>,
    pub contact: Option<String>,
    pub name: Option<String>,
}

/// The members a `controller.changed` event may carry.
pub use crate::projection::regulation::CONTROLLER_CHANGEABLE as CHANGEABLE;

/// A controller by exact name (case-insensitive), full id or id prefix; the error names `field`
/// and lists the known names.
pub(crate) fn resolve(all: &[Controller], field: &'static str, text: &str) -> Result<Uuid> {
    let t = text.trim();
    if let Some(c) = all.iter().find(|c| c.name.eq_ignore_ascii_case(t)) {
        return Ok(c.id);
    }
    let prefix = t.to_ascii_lowercase();
    let found: Vec<Uuid> =
        if prefix.len() >= 4 && prefix.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            all.iter()
                .map(|c| c.id)
                .filter(|id| id.to_string().starts_with(&prefix))
                .collect()
        } else {
            Vec::new()
        };
    match found.as_slice() {
        [one] => Ok(*one),
        [_, _, ..] => Err(Error::invalid(field, Reason::Duplicate)),
        [] => Err(Error::invalid(
            field,
            Reason::UnknownValue {
                allowed: all
                    .iter()
                    .map(|c| c.name.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        )),
    }
}

impl Register {
    /// Changes a controller's notice hours, contact or name. Validates everything first; an
    /// update that changes nothing is refused (`no changes`), so every event records a change.
    pub fn update_controller(
        &mut self,
        controller: &str,
        input: &ControllerUpdate,
    ) -> Result<Controller> {
        self.atomically(|reg| {
            let all = controllers(reg.conn())?;
            let id = resolve(&all, "controller", controller)?;
            let current = all
                .iter()
                .find(|c| c.id == id)
                .cloned()
                .ok_or_else(|| Error::Data("controller vanished".into()))?;
            let mut next = current.clone();
            if let Some(h) = input.notice_hours {
                next.notice_hours = Some(super::ops::hours("notice_hours", h)?);
            }
            if let Some(c) = input.contact.as_deref() {
                next.contact = validate::optional_line("contact", c)?;
            }
            if let Some(n) = input.name.as_deref() {
                let n = validate::line("name", n)?;
                if all
                    .iter()
                    .any(|c| c.id != id && c.name.eq_ignore_ascii_case(&n))
                {
                    return Err(Error::invalid("name", Reason::Duplicate));
                }
                next.name = n;
            }
            let changes = crate::register::diff(&current, &next)?;
            if changes.is_empty() {
                return Err(Error::invalid("controller", Reason::NoChanges));
            }
            let changes: serde_json::Map<String, Value> = changes
                .into_iter()
                .filter(|(k, _)| CHANGEABLE.contains(&k.as_str()))
                .collect();
            reg.write(|w| {
                w.append(
                    kind::CONTROLLER_CHANGED,
                    Some(id),
                    json!({ "controller_id": id.to_string(), "changes": changes }),
                )
            })?;
            controllers(reg.conn())?
                .into_iter()
                .find(|c| c.id == id)
                .ok_or_else(|| Error::Data("controller not stored".into()))
        })
    }
}
