//! IPC payloads of the regulation screens that the core does not have in this shape: the rule
//! list with overrides (the obligation rows are `breachlog_core::views`, shared with the CLI).

use breachlog_core::regulation::{ObligationKind, Regime, RegulationSettings};
use serde::Serialize;
use ts_rs::TS;

/// One rule of a regime's data file with the register's override.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RuleRow {
    pub regime: Regime,
    pub rule: String,
    pub version: String,
    pub kind: ObligationKind,
    pub recipient: String,
    pub anchor: String,
    /// Hours in force (the override when there is one).
    pub hours: Option<i64>,
    /// The hours of the data file.
    pub default_hours: Option<i64>,
    pub months: Option<u32>,
    pub overridden: bool,
    pub reference: String,
    pub source_url: String,
}

/// The rule list and the register's regulation settings.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RulesView {
    pub rules: Vec<RuleRow>,
    pub settings: RegulationSettings,
    /// Countries with a holiday list for the DORA weekend/holiday roll-over (ISO codes).
    pub holiday_countries: Vec<String>,
}

/// A draft with its heading (the core keeps the heading out of the CLI's JSON contract).
#[derive(Debug, Clone, Serialize, TS)]
pub struct DraftView {
    pub title: String,
    pub draft: breachlog_core::regulation::templates::Draft,
}
