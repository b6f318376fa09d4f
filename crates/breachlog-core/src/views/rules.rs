//! The rule list with the register's overrides, as `rules list --json` prints it and the
//! desktop regulation settings show it.

use serde::Serialize;

use crate::error::Result;
use crate::register::regulation::rules::{self, holiday_countries};
use crate::register::regulation::{ObligationKind, Regime, RegulationSettings};
use crate::register::Register;

/// One rule of a regime's data file with the register's override.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleRow {
    pub regime: Regime,
    pub rule: String,
    pub version: String,
    pub kind: ObligationKind,
    pub recipient: String,
    pub anchor: String,
    /// Hours in force (the override when there is one and it does not exceed the law).
    pub hours: Option<i64>,
    /// The hours of the data file.
    pub default_hours: Option<i64>,
    pub months: Option<u32>,
    /// Calendar days (CRA Art 14(2)(c): 14 days after the corrective measure).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub days: Option<u32>,
    pub overridden: bool,
    /// Never derived from the facts: due when the authority's request says.
    pub on_request: bool,
    pub reference: String,
    pub source_url: String,
}

/// The rule list and the register's regulation settings.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RulesView {
    pub rules: Vec<RuleRow>,
    pub settings: RegulationSettings,
    /// Countries with a holiday list for the DORA weekend/holiday roll-over (ISO codes).
    pub holiday_countries: Vec<String>,
}

impl RulesView {
    /// Every rule of every regime, in the data files' order, with the register's overrides.
    pub fn load(reg: &Register) -> Result<RulesView> {
        let (sets, settings) = reg.rules()?;
        let mut rules = Vec::new();
        for s in sets {
            for r in &s.rules {
                // An override above the law (recorded before such overrides were refused) is
                // not in force: the statutory hours are shown.
                let (hours, source) = rules::effective_hours(&settings, s.regime, r);
                let over = (source == "override").then_some(hours).flatten();
                rules.push(RuleRow {
                    regime: s.regime,
                    rule: r.id.clone(),
                    version: s.version.clone(),
                    kind: r.kind,
                    recipient: r.recipient.clone(),
                    anchor: r.anchor.clone(),
                    hours: over.or(r.hours),
                    default_hours: r.hours,
                    months: r.months,
                    days: r.days,
                    overridden: over.is_some(),
                    on_request: r.on_request,
                    reference: r.reference.clone(),
                    source_url: r.source_url.clone(),
                });
            }
        }
        Ok(RulesView {
            rules,
            settings,
            holiday_countries: holiday_countries()?,
        })
    }
}
