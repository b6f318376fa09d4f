//! Re-deriving an incident's obligations inside the operation's write transaction, after the
//! triggering event: the facts are read from the projections, the rules engine plans
//! ([`breachlog_rules::derive::plan`]) and each intent is appended as its event.

use uuid::Uuid;

use super::{kind, Filing, Obligation};
use crate::error::Result;
use crate::projection::regulation::{
    controllers, filings_of, load_incident_regulation, load_settings, obligations,
};
use crate::register::Writer;
pub use breachlog_rules::derive::{
    clock_gap, days_end, desired_obligations, due_for, effective_role, opened_payload,
    order_obligation, plan, regimes, Desired, Intent, State, ENGINE, NO_LONGER_DERIVED, ON_REQUEST,
};

/// Re-derives the obligations of `incident` and appends the resulting events.
pub(crate) fn sync(w: &mut Writer<'_>, incident: Uuid) -> Result<()> {
    let events = {
        let conn = w.connection();
        let inc = w.incident(incident)?;
        let org = crate::projection::load_org(conn)?.unwrap_or_default();
        let reg = load_incident_regulation(conn, incident)?;
        let ctrl = controllers(conn)?;
        let settings = load_settings(conn)?;
        let existing: Vec<(Obligation, Vec<Filing>)> = obligations(conn, Some(incident))?
            .into_iter()
            .map(|o| filings_of(conn, o.id).map(|f| (o, f)))
            .collect::<Result<_>>()?;
        plan(&State {
            incident: &inc,
            org: &org,
            reg: &reg,
            controllers: &ctrl,
            settings: &settings,
            existing: &existing,
        })?
    };
    for (intent, payload) in events {
        let k = match intent {
            Intent::Opened => kind::OBLIGATION_OPENED,
            Intent::AnchorChanged => kind::OBLIGATION_ANCHOR_CHANGED,
            Intent::NotRequired => kind::OBLIGATION_NOT_REQUIRED,
            Intent::Reinstated => kind::OBLIGATION_REINSTATED,
        };
        w.append(k, Some(incident), payload)?;
    }
    Ok(())
}
