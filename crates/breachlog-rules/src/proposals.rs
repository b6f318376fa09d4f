//! Proposals as data: rule packs marked `"proposal"` under `crates/breachlog-rules/rules/proposals/`
//! (e.g. the Commission's Digital Omnibus: GDPR Art 33 notification in 96 hours, high risk only).
//! A pack is never the law in force: no setting, event or override applies it. It is only read
//! by [`compare`], the what-if that puts each obligation as it is next to what it would be.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use breachlog_model::domain::{Incident, Risk};
use breachlog_model::error::{Error, Reason, Result};
use breachlog_model::regulation::{Filing, Obligation, ObligationKind, ObligationStatus, Regime};
use breachlog_model::Ts;

use crate::{derive, status};

const FILES: &[&str] = &[include_str!("../rules/proposals/digital-omnibus-2025.json")];

/// The only status a pack may have: it is a proposal, not the law.
pub const PROPOSAL: &str = "proposal";

/// One change a pack makes to an existing rule.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub regime: Regime,
    pub rule: String,
    /// The hours the rule would have (`None`: unchanged).
    #[serde(default)]
    pub hours: Option<i64>,
    /// The obligation would be owed only where the assessment found this risk.
    #[serde(default)]
    pub only_if_risk: Option<Risk>,
    pub reference: String,
    pub note: String,
}

/// A rule pack marked "proposal".
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pack {
    pub id: String,
    pub status: String,
    pub title: String,
    /// The proposing act (COM number).
    pub act: String,
    /// The date of the proposal.
    pub date: String,
    pub source_url: String,
    /// Where its content was confirmed.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Details the sources could not confirm.
    #[serde(default)]
    pub unconfirmed: Vec<String>,
    pub changes: Vec<Change>,
}

impl Pack {
    fn change(&self, regime: Regime, rule: &str) -> Option<&Change> {
        self.changes
            .iter()
            .find(|c| c.regime == regime && c.rule == rule)
    }
}

fn parsed() -> &'static Result<Vec<Pack>, String> {
    static PACKS: OnceLock<Result<Vec<Pack>, String>> = OnceLock::new();
    PACKS.get_or_init(|| {
        FILES
            .iter()
            .map(|text| {
                let pack: Pack =
                    serde_json::from_str(text).map_err(|e| format!("rules/proposals: {e}"))?;
                if pack.status != PROPOSAL {
                    return Err(format!("pack {} is not marked \"proposal\"", pack.id));
                }
                for c in &pack.changes {
                    let set = crate::rules::regime(c.regime).map_err(|e| e.to_string())?;
                    if set.rule(&c.rule).is_none() {
                        return Err(format!("pack {} changes unknown rule {}", pack.id, c.rule));
                    }
                }
                Ok(pack)
            })
            .collect()
    })
}

/// All embedded proposal packs.
pub fn packs() -> Result<&'static [Pack]> {
    parsed()
        .as_ref()
        .map(|v| v.as_slice())
        .map_err(|e| Error::Data(e.clone()))
}

/// The pack named `id` (field `pack`, naming the known packs, when there is none).
pub fn pack(id: &str) -> Result<&'static Pack> {
    let all = packs()?;
    all.iter().find(|p| p.id == id).ok_or_else(|| {
        Error::invalid(
            "pack",
            Reason::UnknownValue {
                allowed: all
                    .iter()
                    .map(|p| p.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        )
    })
}

/// An obligation under the pack.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum Would {
    /// Owed, due then (`None`: without undue delay or the anchor is unknown).
    Due { due_at: Option<Ts> },
    /// The pack would not call for it with these facts.
    NotOwed,
    /// The facts do not call for it now; the pack would.
    NewlyOwed { due_at: Option<Ts> },
}

/// One obligation as it is and as it would be under the pack.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compared {
    pub obligation: Uuid,
    pub incident: Option<Uuid>,
    pub regime: Regime,
    pub rule: String,
    pub kind: ObligationKind,
    pub recipient: String,
    /// A customer recipient's name (filled by the register; `None` for other recipients).
    #[serde(default)]
    pub recipient_name: Option<String>,
    pub due_at: Option<Ts>,
    /// How the period counts now (`elapsed-hours`, `set-by-request`, …): a due time that is
    /// absent reads "without undue delay" except where a request sets it.
    pub counting: String,
    pub status: ObligationStatus,
    pub would: Would,
    /// Hours the due time moves (positive: later); `None` when either has no due time.
    pub difference_hours: Option<i64>,
    /// The pack changes this obligation.
    pub changed: bool,
}

/// Each stored obligation of the incident as it is and as it would be under `pack`, from the same
/// facts and terms. Reads only: the rules in force are untouched.
pub fn compare(
    pack: &Pack,
    incident: &Incident,
    existing: &[(Obligation, Vec<Filing>)],
    as_of: Ts,
) -> Result<Vec<Compared>> {
    let risk = incident.assessment.as_ref().and_then(|a| a.risk);
    let mut out = Vec::new();
    for (o, filings) in existing {
        let now = status::view(o, filings, as_of);
        let change = pack.change(o.regime, &o.rule);
        let not_required = now.status == ObligationStatus::NotRequired;
        let would = match change {
            None => Would::Due { due_at: o.due_at },
            Some(c) => {
                let owed = c.only_if_risk.is_none_or(|r| risk == Some(r));
                if !owed {
                    Would::NotOwed
                } else {
                    let mut terms = o.clone();
                    if c.hours.is_some() && !o.month_rule && o.days.is_none() {
                        terms.hours = c.hours;
                    }
                    let alt = o.alt.as_ref().and_then(|a| a.anchor_at);
                    let due_at = derive::due_for(&terms, o.anchor_at, alt)?.map(|d| d.due_at);
                    if not_required {
                        Would::NewlyOwed { due_at }
                    } else {
                        Would::Due { due_at }
                    }
                }
            }
        };
        let would = match would {
            // Not required now and not changed (or not owed under the pack either).
            Would::Due { .. } if not_required => Would::NotOwed,
            w => w,
        };
        let difference_hours = match (&would, o.due_at) {
            (Would::Due { due_at: Some(then) }, Some(now_due)) if !not_required => {
                Some(now_due.seconds_until(*then) / 3600)
            }
            _ => None,
        };
        out.push(Compared {
            obligation: o.id,
            incident: o.incident_id,
            regime: o.regime,
            rule: o.rule.clone(),
            kind: o.kind,
            recipient: o.recipient.clone(),
            recipient_name: None,
            due_at: now.due_at,
            counting: now.counting,
            status: now.status,
            would,
            difference_hours,
            changed: change.is_some(),
        });
    }
    out.sort_by_key(|c| (c.due_at.is_none(), c.due_at, c.obligation));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pack_is_a_proposal_of_known_rules() {
        let all = packs().expect("packs parse");
        assert!(!all.is_empty());
        for p in all {
            assert_eq!(p.status, PROPOSAL);
            assert!(p.source_url.starts_with("https://"));
        }
        let omnibus = pack("digital-omnibus-2025").expect("omnibus");
        let c = &omnibus.changes[0];
        assert_eq!(
            (c.regime, c.rule.as_str(), c.hours),
            (Regime::Gdpr, "art33-1", Some(96))
        );
        assert_eq!(c.only_if_risk, Some(Risk::High));
    }

    #[test]
    fn an_unknown_pack_names_field_pack() {
        let e = pack("no-such-pack").unwrap_err();
        assert!(
            matches!(e, Error::InvalidInput { field: "pack", .. }),
            "{e:?}"
        );
    }
}
