//! IPC payloads of the regulation screens that the core does not have in this shape: an
//! obligation with what the panel shows next to it, and the rule list with overrides.

use breachlog_core::regulation::obligations::UndueDelay;
use breachlog_core::regulation::{
    Filing, NotRequired, ObligationKind, ObligationView, Regime, RegulationSettings,
};
use serde::Serialize;
use ts_rs::TS;

/// One obligation as the obligations panel and screen show it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ObligationRow {
    /// The core's view (status and lateness at the moment of the call).
    pub view: ObligationView,
    /// Title of the incident it belongs to (none for a request not linked to an incident).
    pub incident_title: Option<String>,
    /// A controller's or an authority's name when the recipient is one (else the UI labels
    /// the recipient code).
    pub recipient_name: Option<String>,
    /// The rule has a clock (hours or a month); `false` = "without undue delay".
    pub has_clock: bool,
    /// Hours of the rule terms the obligation keeps (copied when it was opened).
    pub hours: Option<i64>,
    /// Elapsed time and internal target of an open "without undue delay" obligation.
    pub undue: Option<UndueDelay>,
    /// Why it is not required (decider, time, rationale; a message id when automatic).
    pub not_required: Option<NotRequired>,
    /// Filings in time order (the first one froze the lateness).
    pub filings: Vec<Filing>,
}

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
