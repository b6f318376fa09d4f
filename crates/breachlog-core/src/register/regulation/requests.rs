//! Reports an authority asks for: NIS2 Art 23(4)(c) lets the CSIRT or the competent authority
//! request an intermediate report on relevant status updates. The request is recorded as an
//! `obligation.opened` event with the rule's terms from the rules data (`on_request` rules),
//! anchored at the time of the request and due when the request says (none: without undue
//! delay). Derivation never opens, moves or drops such an obligation.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::derive::{opened_payload, regimes, ON_REQUEST};
use super::{kind, rules, Obligation, Regime};
use crate::error::{Error, Reason, Result};
use crate::projection::regulation::load_incident_regulation;
use crate::register::Register;
use crate::validate;
use crate::Ts;

/// `obligation request` as typed.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct RequestInput {
    /// The regime the request is made under (`nis2`).
    pub regime: String,
    /// What is asked for (`intermediate`).
    pub kind: String,
    /// When the request was received (RFC 3339; not in the future).
    pub at: String,
    /// When the answer is due, as the request says (RFC 3339); none: without undue delay.
    pub due_at: Option<String>,
}

impl Register {
    /// Records that an authority asked for a report on `incident` (NIS2 Art 23(4)(c)); the
    /// report becomes an obligation of the incident. Validates everything first.
    pub fn request_report(&mut self, incident: Uuid, input: &RequestInput) -> Result<Obligation> {
        self.atomically(|reg| {
            let i = reg.incident(incident)?;
            let regime: Regime = validate::choice("regime", &input.regime, Regime::allowed)?;
            let (set, rule) = rules::on_request(regime, &input.kind)?;
            let org = reg.org()?;
            let ir = load_incident_regulation(reg.conn(), incident)?;
            if !regimes(&org, &ir).contains(&regime) {
                return Err(Error::invalid("regime", Reason::RegimeNotEnabled));
            }
            let classified = match regime {
                Regime::Nis2 => ir.nis2.is_some(),
                Regime::Dora => ir.dora.is_some(),
                Regime::Cra => ir.cra.is_some(),
                _ => true,
            };
            if !classified {
                return Err(Error::invalid("regime", Reason::NotClassified));
            }
            let at = validate::not_future("at", validate::timestamp("at", &input.at)?, Ts::now())?;
            if at < i.detected_at {
                return Err(Error::invalid("at", Reason::BeforeDetected));
            }
            let due = match input
                .due_at
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
            {
                Some(d) => {
                    let due = validate::timestamp("due_at", d)?;
                    if due < at {
                        return Err(Error::invalid("due_at", Reason::InvalidRange));
                    }
                    Some(due)
                }
                None => None,
            };
            let id = Uuid::now_v7();
            let o = Obligation {
                id,
                incident_id: Some(incident),
                regime,
                rule: rule.id.clone(),
                recipient: rule.recipient.clone(),
                kind: rule.kind,
                anchor: rule.anchor.clone(),
                anchor_at: Some(at),
                hours: None,
                month_rule: false,
                days: None,
                alt: None,
                rollover: None,
                timezone: org.tz().name().to_string(),
                due_at: due,
                counting: Some(
                    breachlog_rules::clock::Counting::SetByRequest
                        .as_str()
                        .to_string(),
                ),
                target_at: due,
                holiday_country: None,
                reference: rule.reference.clone(),
                rule_version: set.version.clone(),
                source_url: rule.source_url.clone(),
                hours_source: ON_REQUEST.to_string(),
                controller_id: None,
                contact_id: None,
                opened_at: at,
                not_required: None,
            };
            let payload = opened_payload(&o)?;
            reg.write(|w| w.append(kind::OBLIGATION_OPENED, Some(incident), payload))?;
            reg.obligation(id)
        })
    }
}
