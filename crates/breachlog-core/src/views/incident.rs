//! Everything about one incident, as `incident show --json` prints it and the desktop incident
//! screen shows it.

use serde::Serialize;
use uuid::Uuid;

use crate::domain::{Action, Art33Item, Evidence, Incident, Note, Status};
use crate::error::Result;
use crate::journal::Event;
use crate::register::regulation::{ClockGap, ControllerImpact, ImpactTotals, ObligationView};
use crate::register::Register;
use crate::Ts;

/// An incident with its actions, notes, evidence files, obligations, timeline and what the
/// screen offers next.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IncidentDetail {
    /// The incident's own fields, at the top level (as `incident show --json` always had them).
    #[serde(flatten)]
    pub incident: Incident,
    pub actions: Vec<Action>,
    pub notes: Vec<Note>,
    /// Files attached as evidence, in the order they were added.
    pub evidence: Vec<Evidence>,
    /// Its obligations with their status at the moment asked for.
    pub obligations: Vec<ObligationView>,
    /// Journal events about this incident, oldest first, with sealed fields opened.
    pub timeline: Vec<Event>,
    /// Art 33(3) items still missing (every item while the incident is not assessed).
    pub missing_art33: Vec<Art33Item>,
    /// The lifecycle states this incident may move to now.
    pub allowed_next: Vec<Status>,
    /// Why no GDPR breach obligation is derived, if none is (the obligations panel says so).
    pub clock_gap: Option<ClockGap>,
    /// Processor role: each customer's own impact (those set).
    pub impacts: Vec<ControllerImpact>,
    /// The sum of the customers' figures beside the incident-wide estimate.
    pub impact_totals: ImpactTotals,
}

impl IncidentDetail {
    /// The incident `id` with obligation statuses at `as_of`.
    pub fn load(reg: &Register, id: Uuid, as_of: Ts) -> Result<IncidentDetail> {
        let incident = reg.incident(id)?;
        Ok(IncidentDetail {
            missing_art33: incident.missing_art33(&reg.org()?),
            allowed_next: incident.status.allowed_next().to_vec(),
            actions: reg.actions(id)?,
            notes: reg.notes(id)?,
            evidence: reg.evidence_list(id)?,
            obligations: reg.obligations(Some(id), as_of)?,
            timeline: reg.events_opened(Some(id))?,
            clock_gap: reg.clock_gap(id)?,
            impacts: reg.impacts(id)?,
            impact_totals: reg.impact_totals(id)?,
            incident,
        })
    }
}
