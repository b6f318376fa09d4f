//! The what-if: every obligation as it is and as it would be under a proposal pack
//! ([`breachlog_rules::proposals`]). It reads only; nothing is journalled or stored, and no
//! setting, event or override can make a pack the rules in force.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::Result;
use crate::projection::regulation as apply;
use crate::register::Register;
use crate::Ts;
use breachlog_rules::proposals;
pub use breachlog_rules::proposals::{Compared, Pack, Would};

/// One incident's obligations now and under the pack.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhatIfIncident {
    pub incident: Uuid,
    pub obligations: Vec<Compared>,
}

/// The what-if of one pack: its terms and the incidents compared.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhatIf {
    pub pack: Pack,
    pub as_of: Ts,
    pub incidents: Vec<WhatIfIncident>,
}

impl Register {
    /// The proposal packs (each marked "proposal").
    pub fn rule_packs(&self) -> Result<Vec<Pack>> {
        Ok(proposals::packs()?.to_vec())
    }

    /// Each obligation of the incident (or of every open incident) as it is at `as_of` and as it
    /// would be under the pack `pack_id`. Unknown pack: field `pack`; unknown incident: not found.
    /// Writes nothing.
    pub fn what_if(&self, pack_id: &str, incident: Option<Uuid>, as_of: Ts) -> Result<WhatIf> {
        let pack = proposals::pack(pack_id)?;
        let mut by_incident: BTreeMap<Uuid, Vec<_>> = BTreeMap::new();
        if let Some(id) = incident {
            self.incident(id)?;
            by_incident.entry(id).or_default();
        }
        for o in apply::obligations(self.conn(), incident)? {
            let Some(id) = o.incident_id else { continue };
            let filings = apply::filings_of(self.conn(), o.id)?;
            by_incident.entry(id).or_default().push((o, filings));
        }
        let controllers = self.all_controllers()?;
        let mut incidents = Vec::new();
        for (id, existing) in by_incident {
            let i = self.incident(id)?;
            if incident.is_none() && !i.status.is_open() {
                continue;
            }
            let mut obligations = proposals::compare(pack, &i, &existing, as_of)?;
            for o in &mut obligations {
                o.recipient_name = crate::format::controller_name_of(&o.recipient, &controllers)
                    .map(str::to_string);
            }
            incidents.push(WhatIfIncident {
                incident: id,
                obligations,
            });
        }
        Ok(WhatIf {
            pack: pack.clone(),
            as_of,
            incidents,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{head, incident, refused, register_in, ts};
    use super::*;
    use crate::register::{AssessmentInput, OrgInput};
    use crate::Error;

    fn breach(aware: &str, risk: &str) -> AssessmentInput {
        AssessmentInput {
            personal_data: Some("yes".into()),
            aware_at: Some(aware.into()),
            role: Some("controller".into()),
            risk: Some(risk.into()),
            risk_reasoning: Some(format!("assessed as {risk}")),
            ..Default::default()
        }
    }

    /// Every table with its row count.
    fn tables(reg: &Register) -> Vec<(String, i64)> {
        let conn = reg.conn();
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        let names: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        names
            .into_iter()
            .map(|n| {
                let count = conn
                    .query_row(&format!("SELECT count(*) FROM \"{n}\""), [], |r| r.get(0))
                    .unwrap();
                (n, count)
            })
            .collect()
    }

    /// Aware 4 May 2026 10:00Z. In force: the authority within 72 h → 7 May 10:00Z. Under the
    /// Digital Omnibus proposal: 96 h → 8 May 10:00Z, 24 h later, and only for a high risk.
    #[test]
    fn omnibus_what_if_reads_only() {
        let more = OrgInput {
            lead_authority: Some("nl-ap".into()),
            ..Default::default()
        };
        let (_d, mut reg) = register_in("Europe/Amsterdam", "gdpr", more);
        let low = incident(&mut reg, "2026-05-04T08:00:00Z");
        reg.assess(low, &breach("2026-05-04T10:00:00Z", "risk"))
            .unwrap();
        let high = incident(&mut reg, "2026-05-04T08:00:00Z");
        reg.assess(high, &breach("2026-05-04T10:00:00Z", "high"))
            .unwrap();
        let before = (head(&reg), tables(&reg));
        let as_of = ts("2026-05-05T00:00:00Z");

        let w = reg.what_if("digital-omnibus-2025", None, as_of).unwrap();
        assert_eq!(w.pack.status, "proposal");
        assert_eq!(w.incidents.len(), 2);
        let authority = |id: Uuid| {
            let i = w.incidents.iter().find(|i| i.incident == id).unwrap();
            i.obligations
                .iter()
                .find(|o| o.rule == "art33-1")
                .unwrap()
                .clone()
        };
        let l = authority(low);
        assert_eq!(l.due_at, Some(ts("2026-05-07T10:00:00Z")));
        assert_eq!(l.would, Would::NotOwed);
        assert_eq!(l.difference_hours, None);
        let h = authority(high);
        assert_eq!(h.due_at, Some(ts("2026-05-07T10:00:00Z")));
        assert_eq!(
            h.would,
            Would::Due {
                due_at: Some(ts("2026-05-08T10:00:00Z"))
            }
        );
        assert_eq!(h.difference_hours, Some(24));
        // Art 34 is not changed by the pack: the same due time (none) both ways.
        let art34 = w
            .incidents
            .iter()
            .find(|i| i.incident == high)
            .unwrap()
            .obligations
            .iter()
            .find(|o| o.rule == "art34")
            .unwrap();
        assert!(!art34.changed);

        let one = reg
            .what_if("digital-omnibus-2025", Some(low), as_of)
            .unwrap();
        assert_eq!(one.incidents.len(), 1);
        assert_eq!(
            (head(&reg), tables(&reg)),
            before,
            "the what-if wrote nothing"
        );
        reg.verify(None).unwrap();
        // The rules in force are unchanged: the obligation keeps its 72 hours.
        let now = reg.obligations(Some(high), as_of).unwrap();
        assert!(now
            .iter()
            .any(|o| o.due_at == Some(ts("2026-05-07T10:00:00Z"))));

        assert_eq!(refused(reg.what_if("no-such-pack", None, as_of)).0, "pack");
        assert!(matches!(
            reg.what_if("digital-omnibus-2025", Some(Uuid::now_v7()), as_of),
            Err(Error::NotFound { .. })
        ));
    }
}
