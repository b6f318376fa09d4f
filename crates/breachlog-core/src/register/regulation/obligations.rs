//! Obligations of the register with their status as of a time (the status itself is the rules
//! engine's: [`breachlog_rules::status`]).

use uuid::Uuid;

use super::{Filing, Obligation, ObligationStatus};
use crate::error::Result;
use crate::projection::regulation as apply;
use crate::register::Register;
use crate::Ts;
use breachlog_rules::clock;
pub use breachlog_rules::status::{first_filing, status, view, ObligationView, UndueDelay};

impl Register {
    /// Elapsed time and internal target of an open obligation without a due time (`None` for
    /// obligations with a deadline, filed or not required ones, or an unknown anchor).
    pub fn undue_delay(&self, id: Uuid, as_of: Ts) -> Result<Option<UndueDelay>> {
        let o = self.obligation(id)?;
        let filings = self.filings(id)?;
        if o.due_at.is_some()
            || o.has_clock()
            || status(&o, &filings, as_of).0 != ObligationStatus::Pending
        {
            return Ok(None);
        }
        let Some(anchor) = o.anchor_at else {
            return Ok(None);
        };
        let target = apply::load_settings(self.conn())?
            .undue_delay_target_hours
            .map(|h| clock::add_hours(anchor, h));
        Ok(Some(UndueDelay {
            elapsed_minutes: anchor.seconds_until(as_of).max(0) / 60,
            target_at: target,
        }))
    }

    /// Obligations (of one incident or all) with their status at `as_of`, ordered by due time
    /// (those without one last), then by id.
    pub fn obligations(&self, incident: Option<Uuid>, as_of: Ts) -> Result<Vec<ObligationView>> {
        let mut out = Vec::new();
        for o in apply::obligations(self.conn(), incident)? {
            let filings = apply::filings_of(self.conn(), o.id)?;
            out.push(view(&o, &filings, as_of));
        }
        out.sort_by_key(|o| (o.due_at.is_none(), o.due_at, o.id));
        Ok(out)
    }

    /// The stored obligation with its rule terms.
    pub fn obligation(&self, id: Uuid) -> Result<Obligation> {
        apply::load_obligation(self.conn(), id)?.ok_or_else(|| crate::Error::NotFound {
            entity: "obligation",
            id: id.to_string(),
        })
    }

    /// Filings of an obligation in time order.
    pub fn filings(&self, obligation: Uuid) -> Result<Vec<Filing>> {
        apply::filings_of(self.conn(), obligation)
    }
}
