//! The rows of the Art 33(5) breach register, as the register PDF, the CSV/XLSX exports and
//! `Register::register_rows` give them: one row an incident, with the regulation columns
//! (filings per authority, controllers notified, the Art 34 communication and other regimes)
//! read from the incident's obligations.

use serde::{Deserialize, Serialize};

use crate::domain::{Incident, Risk};
use crate::error::Result;
use crate::format;
use crate::register::regulation::{Controller, ObligationKind, Phase, Regime};
use crate::register::Register;
use crate::Ts;

/// One row of the Art 33(5) register (PDF, CSV and XLSX share it; field names are the stable
/// machine column ids of the exports).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RegisterRow {
    pub id: String,
    pub title: String,
    pub category: String,
    pub role: Option<String>,
    pub occurred_from: Option<Ts>,
    pub occurred_to: Option<Ts>,
    pub detected_at: Ts,
    pub aware_at: Option<Ts>,
    pub contained_at: Option<Ts>,
    pub resolved_at: Option<Ts>,
    pub closed_at: Option<Ts>,
    pub aware_justification: Option<String>,
    pub nature: Vec<String>,
    pub description: String,
    pub data_categories: Vec<String>,
    pub special_categories: Vec<String>,
    pub records_approx: Option<u64>,
    pub records_estimate: bool,
    pub subject_categories: Vec<String>,
    pub subjects_approx: Option<u64>,
    pub subjects_estimate: bool,
    /// ENISA severity (data processing context, ease of identification, circumstances,
    /// score and band), as calculated for the risk verdict.
    #[serde(default)]
    pub enisa_dpc: Option<i64>,
    #[serde(default)]
    pub enisa_ei: Option<String>,
    #[serde(default)]
    pub enisa_cb: Option<String>,
    #[serde(default)]
    pub enisa_se: Option<String>,
    #[serde(default)]
    pub enisa_band: Option<String>,
    pub risk: Option<String>,
    pub risk_reasoning: Option<String>,
    pub decision: Option<String>,
    pub decision_rationale: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<Ts>,
    /// Every filing of the incident's obligations (authorities, controllers, data subjects).
    #[serde(default)]
    pub filings: Vec<RegisterFiling>,
    /// First filing of the GDPR Art 33 notification and its reference.
    #[serde(default)]
    pub notified_at: Option<Ts>,
    #[serde(default)]
    pub notification_reference: Option<String>,
    /// Processor role: each controller and when it was notified (`None`: not yet).
    #[serde(default)]
    pub controllers_notified: Vec<ControllerNotified>,
    /// Art 34: `communicated`, `exempt`, `pending` or `not_required`.
    #[serde(default)]
    pub art34_decision: Option<String>,
    #[serde(default)]
    pub art34_exemption: Option<String>,
    #[serde(default)]
    pub art34_justification: Option<String>,
    #[serde(default)]
    pub art34_communicated_at: Option<Ts>,
    #[serde(default)]
    pub art34_channel: Option<String>,
    /// Obligations under other regimes (NIS2, DORA, ePrivacy, UK GDPR) as `regime:recipient`.
    #[serde(default)]
    pub other_regimes: Vec<String>,
    pub consequences: Option<String>,
    pub measures_taken: Option<String>,
    pub measures_proposed: Option<String>,
    pub status: String,
    pub journal_seq: u64,
    pub journal_hash: String,
}

impl RegisterRow {
    pub fn from_incident(i: &Incident) -> RegisterRow {
        let a = i.assessment.clone().unwrap_or_default();
        RegisterRow {
            id: i.id.to_string(),
            title: i.title.clone(),
            category: i.category.as_str().into(),
            role: a.role.map(|r| r.as_str().into()),
            occurred_from: i.occurred_from,
            occurred_to: i.occurred_to,
            detected_at: i.detected_at,
            aware_at: a.aware_at,
            contained_at: i.contained_at,
            resolved_at: i.resolved_at,
            closed_at: i.closed_at,
            aware_justification: a.aware_justification,
            nature: a.nature.iter().map(|n| n.as_str().to_string()).collect(),
            description: i.description.clone(),
            data_categories: a.data_categories,
            special_categories: a.special_categories,
            records_approx: a.records_approx,
            records_estimate: a.records_estimate,
            subject_categories: a.subject_categories,
            subjects_approx: a.subjects_approx,
            subjects_estimate: a.subjects_estimate,
            enisa_dpc: a.enisa.as_ref().map(|e| e.dpc),
            enisa_ei: a.enisa.as_ref().map(|e| e.ei.clone()),
            enisa_cb: a.enisa.as_ref().map(|e| e.cb.clone()),
            enisa_se: a.enisa.as_ref().map(|e| e.score.clone()),
            enisa_band: a.enisa.as_ref().map(|e| e.band.clone()),
            risk: a.risk.map(|r| r.as_str().into()),
            risk_reasoning: a.risk_reasoning,
            decision: a.decision.map(|d| d.as_str().into()),
            decision_rationale: a.decision_rationale,
            decided_by: a.decided_by,
            decided_at: a.decided_at,
            filings: Vec::new(),
            notified_at: None,
            notification_reference: None,
            controllers_notified: Vec::new(),
            art34_decision: None,
            art34_exemption: None,
            art34_justification: None,
            art34_communicated_at: None,
            art34_channel: None,
            other_regimes: Vec::new(),
            consequences: a.consequences,
            measures_taken: a.measures_taken,
            measures_proposed: a.measures_proposed,
            status: i.status.as_str().into(),
            journal_seq: i.last_seq,
            journal_hash: i.last_hash.clone(),
        }
    }
}

/// One filing as listed in the register.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RegisterFiling {
    /// Authority id, controller name, or `data-subjects`, `csirt`, …
    pub recipient: String,
    pub regime: String,
    pub kind: String,
    pub phase: String,
    pub at: Ts,
    pub channel: String,
    pub reference: String,
    /// Minutes after the due time (frozen at the first filing); `None` when on time.
    pub late_by_minutes: Option<i64>,
    pub reasons_for_delay: Option<String>,
    /// Reference of the later filing that follows up on this one.
    pub superseded_by: Option<String>,
}

impl RegisterFiling {
    /// Language-neutral one-line form for CSV/XLSX cells.
    pub fn summary(&self) -> String {
        self.summary_with(|_, wire| wire.to_string())
    }

    /// The one-line form with the phase and channel named by `label(prefix, value)` (the
    /// localised export passes the value labels; [`Self::summary`] the values themselves).
    pub fn summary_with(&self, label: impl Fn(&str, &str) -> String) -> String {
        let mut s = format!(
            "{} {} {} {} {}",
            self.recipient,
            label("phase", &self.phase),
            self.at,
            label("channel", &self.channel),
            self.reference
        );
        if let Some(m) = self.late_by_minutes {
            s.push_str(&format!(" late_by_minutes={m}"));
        }
        if let Some(r) = self
            .reasons_for_delay
            .as_deref()
            .filter(|r| !r.trim().is_empty())
        {
            s.push_str(&format!(" reasons_for_delay=\"{r}\""));
        }
        if let Some(r) = &self.superseded_by {
            s.push_str(&format!(" superseded_by={r}"));
        }
        s.trim_end().to_string()
    }
}

/// A controller we notified (processor role), or still have to.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ControllerNotified {
    pub name: String,
    pub notified_at: Option<Ts>,
    pub channel: Option<String>,
}

impl ControllerNotified {
    pub fn summary(&self) -> String {
        match (self.notified_at, &self.channel) {
            (Some(at), Some(c)) => format!("{} {at} {c}", self.name),
            (Some(at), None) => format!("{} {at}", self.name),
            _ => format!("{} pending", self.name),
        }
    }
}

/// A controller recipient by name; any other recipient by its code (authority id, group).
fn recipient_name(recipient: &str, controllers: &[Controller]) -> String {
    format::controller_name_of(recipient, controllers)
        .map_or_else(|| recipient.to_string(), str::to_string)
}

impl Register {
    /// Fills the regulation columns of `row` from the incident's obligations at `as_of`.
    pub(crate) fn fill_regulation(
        &self,
        row: &mut RegisterRow,
        i: &Incident,
        as_of: Ts,
        controllers: &[Controller],
    ) -> Result<()> {
        let records = self.obligation_records(i.id, as_of)?;
        let a = i.assessment.clone().unwrap_or_default();
        let mut art34_seen = false;
        for r in &records {
            let o = &r.obligation;
            let name = match o.controller_id {
                Some(cid) => controllers.iter().find(|c| c.id == cid).map_or_else(
                    || recipient_name(&o.recipient, controllers),
                    |c| c.name.clone(),
                ),
                None => recipient_name(&o.recipient, controllers),
            };
            for f in &r.filings {
                let superseded_by = r
                    .filings
                    .iter()
                    .filter(|g| g.follows == Some(f.id))
                    .map(|g| g.reference.clone())
                    .next_back();
                row.filings.push(RegisterFiling {
                    recipient: name.clone(),
                    regime: o.regime.as_str().to_string(),
                    kind: o.kind.as_str().to_string(),
                    phase: f.phase.as_str().to_string(),
                    at: f.at,
                    channel: f.channel.as_str().to_string(),
                    reference: f.reference.clone(),
                    late_by_minutes: f.late_by_minutes.filter(|m| *m > 0),
                    reasons_for_delay: f.reasons_for_delay.clone(),
                    superseded_by,
                });
            }
            let first = r
                .filings
                .iter()
                .filter(|f| f.phase == Phase::Initial)
                .min_by_key(|f| (f.at, f.id));
            match o.kind {
                ObligationKind::Notification
                    if o.regime == Regime::Gdpr || o.regime == Regime::UkGdpr =>
                {
                    if let Some(f) = first {
                        if row.notified_at.is_none_or(|t| f.at < t) {
                            row.notified_at = Some(f.at);
                            row.notification_reference =
                                Some(f.reference.clone()).filter(|s| !s.is_empty());
                        }
                    }
                }
                ObligationKind::ControllerNotice => {
                    row.controllers_notified.push(ControllerNotified {
                        name: name.clone(),
                        notified_at: first.map(|f| f.at),
                        channel: first.map(|f| f.channel.as_str().to_string()),
                    })
                }
                ObligationKind::SubjectCommunication => {
                    art34_seen = true;
                    if let Some(f) = first {
                        row.art34_communicated_at = Some(f.at);
                        row.art34_channel = Some(f.channel.as_str().to_string());
                        row.art34_decision = Some("communicated".into());
                    } else if o.not_required.is_some() && row.art34_decision.is_none() {
                        row.art34_decision = Some("not_required".into());
                    } else if row.art34_decision.is_none() {
                        row.art34_decision = Some("pending".into());
                    }
                }
                _ => {}
            }
            if o.regime != Regime::Gdpr {
                let tag = format!("{}:{}", o.regime.as_str(), name);
                if !row.other_regimes.contains(&tag) {
                    row.other_regimes.push(tag);
                }
            }
        }
        if let Some(ex) = a.art34_exemption {
            row.art34_exemption = Some(ex.as_str().to_string());
            row.art34_justification = a.art34_justification.clone();
            if row.art34_decision.as_deref() != Some("communicated") {
                row.art34_decision = Some("exempt".into());
            }
        }
        if !art34_seen && row.art34_decision.is_none() {
            row.art34_decision = match a.risk {
                Some(Risk::High) => Some("pending".into()),
                Some(_) => Some("not_required".into()),
                None => None,
            };
        }
        Ok(())
    }
}
