//! Register operations of the regulation engine. Each validates everything first, then appends
//! its event and the derived obligation events in one transaction.

use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::register::regulation::templates::{CraStage, DoraStage};

use super::derive::{self, regimes};
use super::rules::{self, RuleSet};
use super::{clock, kind, Channel, CraKind, Filing, Phase, Regime, RegulationSettings, Tristate};
use crate::domain::{Decision, Incident, Risk};
use crate::error::{Error, Reason, Result};
use crate::projection::regulation::{
    self as apply, controllers, load_incident_regulation, load_settings,
};
use crate::register::Register;
use crate::validate;
use crate::Ts;

/// `incident classify` as typed.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct ClassifyInput {
    /// `nis2` (significant), `dora` (major) or `cra` (Cyber Resilience Act report).
    pub regime: String,
    /// When it was found significant / classified as major; for `cra`, the moment the
    /// organisation became aware of the exploited vulnerability or severe incident.
    pub at: String,
    /// `cra` only: `exploited-vulnerability` or `severe-incident` (Regulation (EU) 2024/2847
    /// Art 14(1) and (3)); required the first time.
    pub cra_kind: Option<String>,
    /// NIS2 Art 23(4)(a): suspected unlawful or malicious act (`yes`, `no`, `unknown`).
    pub malicious: Option<String>,
    /// NIS2 Art 23(4)(a): possible cross-border impact.
    pub cross_border: Option<String>,
    /// NIS2 Art 23(4) second subparagraph: the incident affects our trust services (24-hour
    /// notification instead of 72 hours).
    pub trust_service: Option<bool>,
    /// NIS2: the significance checker's facts (Implementing Regulation (EU) 2024/2690); the
    /// core computes the answer and stores both with the classification.
    pub significance: Option<SignificanceInput>,
    /// NIS2 Art 23(1) first subparagraph, second sentence: `yes` when the incident is likely to adversely
    /// affect the provision of our services (its recipients are to be notified), `no`.
    pub affects_recipients: Option<String>,
}

/// The NIS2 significance checker's facts as typed: whole numbers as text, flags as booleans.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct SignificanceInput {
    /// `cloud`, `managed-service` or `other`.
    pub entity_type: Option<String>,
    pub direct_loss_eur: Option<String>,
    pub annual_turnover_eur: Option<String>,
    pub trade_secrets: Option<bool>,
    pub death: Option<bool>,
    pub health_damage: Option<bool>,
    pub malicious_access: Option<bool>,
    pub recurring: Option<bool>,
    pub scheduled: Option<bool>,
    pub unavailable_minutes: Option<String>,
    pub limited_minutes: Option<String>,
    pub limited_users: Option<String>,
    pub users_in_union: Option<String>,
    pub data_malicious: Option<bool>,
    pub data_users: Option<String>,
}

/// The largest figure the checker takes (amounts in euros, users, minutes).
const MAX_FIGURE: u64 = 1_000_000_000_000_000;

fn figure(field: &'static str, v: &Option<String>) -> Result<Option<u64>> {
    let Some(t) = v.as_deref().map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let n: u64 = t
        .replace(['_', ' '], "")
        .parse()
        .map_err(|_| Error::invalid(field, Reason::NotANumber))?;
    if n > MAX_FIGURE {
        return Err(Error::invalid(
            field,
            Reason::OutOfRange { max: MAX_FIGURE },
        ));
    }
    Ok(Some(n))
}

impl SignificanceInput {
    /// The facts, each figure checked (field named on failure).
    pub fn facts(&self) -> Result<super::SignificanceFacts> {
        let entity_type = match self
            .entity_type
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            Some(t) => Some(validate::choice(
                "entity_type",
                t,
                super::Nis2EntityType::allowed,
            )?),
            None => None,
        };
        let b = |v: Option<bool>| v.unwrap_or(false);
        let f = super::SignificanceFacts {
            entity_type,
            direct_loss_eur: figure("direct_loss_eur", &self.direct_loss_eur)?,
            annual_turnover_eur: figure("annual_turnover_eur", &self.annual_turnover_eur)?,
            trade_secrets: b(self.trade_secrets),
            death: b(self.death),
            health_damage: b(self.health_damage),
            malicious_access: b(self.malicious_access),
            recurring: b(self.recurring),
            scheduled: b(self.scheduled),
            unavailable_minutes: figure("unavailable_minutes", &self.unavailable_minutes)?,
            limited_minutes: figure("limited_minutes", &self.limited_minutes)?,
            limited_users: figure("limited_users", &self.limited_users)?,
            users_in_union: figure("users_in_union", &self.users_in_union)?,
            data_malicious: b(self.data_malicious),
            data_users: figure("data_users", &self.data_users)?,
        };
        for (field, part) in [
            ("limited_users", f.limited_users),
            ("data_users", f.data_users),
        ] {
            if let (Some(p), Some(all)) = (part, f.users_in_union) {
                if p > all {
                    return Err(Error::invalid(field, Reason::OutOfRange { max: all }));
                }
            }
        }
        Ok(f)
    }
}

/// `filing record` as typed.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct FilingInput {
    pub obligation: String,
    pub at: String,
    pub channel: String,
    pub reference: String,
    pub reasons_for_delay: Option<String>,
    pub phase: Option<String>,
    pub follows: Option<String>,
    /// `yes` or `no`: the filing gave all the information the law asks for (GDPR Art 33(3),
    /// Regulation (EU) No 611/2013 Annex I). Not given, for the first filing of a notification
    /// that may be made in phases: `no` while the Art 33(3) checklist misses an item, else `yes`.
    pub complete: Option<String>,
    /// The recipient acknowledged receipt at this time (RFC 3339): recorded with the filing
    /// (`filing.acknowledged` in the same write). Not before `at`, not in the future.
    pub acknowledged_at: Option<String>,
    /// Who at the recipient acknowledged (personal text, sealed); only with `acknowledged_at`.
    pub acknowledged_by: Option<String>,
}

/// The acknowledgement of a filing as typed, checked against the filing: its time (not before the
/// filing, not in the future) and who (a line, empty = not given).
fn check_acknowledgement(
    filing_at: Ts,
    already: bool,
    (at_field, at): (&'static str, &str),
    (by_field, by): (&'static str, Option<&str>),
) -> Result<(Ts, Option<String>)> {
    let at = validate::not_future(at_field, validate::timestamp(at_field, at)?, Ts::now())?;
    if at < filing_at {
        return Err(Error::invalid(at_field, Reason::BeforeFiling));
    }
    let by = by
        .map(|b| validate::optional_line(by_field, b))
        .transpose()?
        .filter(|b| !b.is_empty());
    if already {
        return Err(Error::invalid("filing", Reason::AlreadyAcknowledged));
    }
    Ok((at, by))
}

/// `authority log` as typed (incoming request or outgoing answer).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactInput {
    pub authority: String,
    pub direction: String,
    pub at: String,
    pub subject: String,
    pub reference: Option<String>,
    pub response_due_at: Option<String>,
    pub incident: Option<String>,
    pub answers: Option<String>,
    /// An e-Evidence order received (Regulation (EU) 2023/1543): `production`,
    /// `production-emergency` or `preservation`; the authority is then the issuing authority
    /// named in `issuer` (free text) and `issuer_country` (a Member State), not the registry's.
    pub order: Option<String>,
    pub issuer: Option<String>,
    pub issuer_country: Option<String>,
}

/// `authority preservation` as typed: what the issuing authority said about a preservation
/// order (Regulation (EU) 2023/1543 Art 11).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct PreservationInput {
    /// The preservation order's contact id (or a unique prefix).
    pub contact: String,
    /// `extended`, `production-confirmed` or `released`.
    pub change: String,
    /// When the issuing authority's form was received.
    pub at: String,
}

const MAX_HOURS: i64 = 24 * 365;

pub(crate) fn hours(field: &'static str, h: i64) -> Result<i64> {
    if !(1..=MAX_HOURS).contains(&h) {
        return Err(Error::invalid(
            field,
            Reason::OutOfRange {
                max: MAX_HOURS as u64,
            },
        ));
    }
    Ok(h)
}

/// Resolves a full id or an id prefix (≥ 4 characters) among `ids`.
fn by_prefix(field: &'static str, text: &str, ids: impl Iterator<Item = Uuid>) -> Result<Uuid> {
    let t = text.trim().to_ascii_lowercase();
    if t.len() < 4 || !t.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
        return Err(Error::invalid(field, Reason::NotAnId));
    }
    let found: Vec<Uuid> = ids.filter(|id| id.to_string().starts_with(&t)).collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(Error::invalid(field, Reason::UnknownId)),
        _ => Err(Error::invalid(field, Reason::Duplicate)),
    }
}

/// Checks an assessment against the regulation rules before it is written.
pub(crate) fn check_assessment(after: &Incident) -> Result<()> {
    if let Some(a) = &after.assessment {
        if a.decision == Some(Decision::NoNotify)
            && matches!(a.risk, Some(Risk::Risk) | Some(Risk::High))
        {
            return Err(Error::invalid("decision", Reason::NotifyRequired));
        }
        if a.art34_exemption.is_some() && a.art34_justification.is_none() {
            return Err(Error::invalid(
                "art34_justification",
                Reason::RequiredWith {
                    other: "art34_exemption",
                },
            ));
        }
    }
    Ok(())
}

/// Resolves `--controllers` items (ids, id prefixes or names) to controller ids (as text).
pub(crate) fn resolve_controllers(reg: &Register, items: &[String]) -> Result<Vec<String>> {
    let all = controllers(reg.conn())?;
    let mut out: Vec<String> = Vec::new();
    for item in items.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        // A removed controller is no longer chosen by name; its id still resolves, so an
        // assessment that selected it before can be saved again.
        let by_name = all
            .iter()
            .find(|c| c.removed_at.is_none() && c.name.eq_ignore_ascii_case(item))
            .map(|c| c.id);
        let id = match by_name {
            Some(id) => id,
            None => by_prefix("controllers", item, all.iter().map(|c| c.id)).map_err(|_| {
                Error::invalid(
                    "controllers",
                    Reason::UnknownValue {
                        allowed: all
                            .iter()
                            .filter(|c| c.removed_at.is_none())
                            .map(|c| c.name.clone())
                            .collect::<Vec<_>>()
                            .join(", "),
                    },
                )
            })?,
        };
        if !out.contains(&id.to_string()) {
            out.push(id.to_string());
        }
    }
    Ok(out)
}

impl Register {
    /// Why no GDPR breach obligation is derived for the incident (see [`derive::clock_gap`]).
    pub fn clock_gap(&self, incident: Uuid) -> Result<Option<super::ClockGap>> {
        let i = self.incident(incident)?;
        let org = self.org()?;
        let reg = load_incident_regulation(self.conn(), incident)?;
        Ok(derive::clock_gap(&i, &org, &reg))
    }

    /// Records that an incident is NIS2-significant or DORA-major (at `at`) and derives its obligations.
    pub fn classify(&mut self, incident: Uuid, input: &ClassifyInput) -> Result<Incident> {
        self.atomically(|reg| {
            let i = reg.incident(incident)?;
            let regime: Regime = validate::choice("regime", &input.regime, Regime::allowed)?;
            if !matches!(regime, Regime::Nis2 | Regime::Dora | Regime::Cra) {
                return Err(Error::invalid("regime", Reason::NotClassifiable));
            }
            let org = reg.org()?;
            let ir = load_incident_regulation(reg.conn(), incident)?;
            if !regimes(&org, &ir).contains(&regime) {
                return Err(Error::invalid("regime", Reason::RegimeNotEnabled));
            }
            let at = validate::not_future("at", validate::timestamp("at", &input.at)?, Ts::now())?;
            if at < i.detected_at {
                return Err(Error::invalid("at", Reason::BeforeDetected));
            }
            let tri = |field: &'static str, v: &Option<String>| -> Result<Tristate> {
                match v.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
                    Some(v) => Ok(validate::choice(field, v, Tristate::allowed)?),
                    None => Ok(Tristate::Unknown),
                }
            };
            let malicious = tri("malicious", &input.malicious)?;
            let cross_border = tri("cross_border", &input.cross_border)?;
            let trust_service = input.trust_service.unwrap_or(false);
            if trust_service && regime != Regime::Nis2 {
                return Err(Error::invalid("trust_service", Reason::Nis2Only));
            }
            let cra_text = input
                .cra_kind
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty());
            if cra_text.is_some() && regime != Regime::Cra {
                return Err(Error::invalid("cra_kind", Reason::CraOnly));
            }
            let cra_kind: Option<CraKind> = cra_text
                .map(|v| validate::choice("cra_kind", v, CraKind::allowed))
                .transpose()?;
            if regime == Regime::Cra && cra_kind.or(i.cra_kind).is_none() {
                return Err(Error::invalid(
                    "cra_kind",
                    Reason::RequiredWith { other: "regime cra" },
                ));
            }
            let significance = match &input.significance {
                Some(s) => {
                    if regime != Regime::Nis2 {
                        return Err(Error::invalid("significance", Reason::Nis2Only));
                    }
                    Some(breachlog_rules::significance::check(&s.facts()?))
                }
                None => None,
            };
            let affects_recipients = match input
                .affects_recipients
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
            {
                Some(v) => {
                    if regime != Regime::Nis2 {
                        return Err(Error::invalid("affects_recipients", Reason::Nis2Only));
                    }
                    match v.to_ascii_lowercase().as_str() {
                        "yes" | "true" => Some(true),
                        "no" | "false" => Some(false),
                        _ => {
                            return Err(Error::invalid(
                                "affects_recipients",
                                Reason::UnknownValue {
                                    allowed: "yes, no".into(),
                                },
                            ))
                        }
                    }
                }
                None => None,
            };
            let mut payload = json!({ "regime": regime, "at": at, "malicious": malicious, "cross_border": cross_border });
            if regime == Regime::Nis2 {
                payload["trust_service"] = json!(trust_service);
                if let Some(s) = &significance {
                    payload["significance"] = json!(s);
                }
                if let Some(a) = affects_recipients {
                    payload["affects_recipients"] = json!(a);
                }
            }
            // The CRA kind is a fact of the incident (`incident.updated`), journalled with the
            // classification in the same write.
            let kind_change = cra_kind.filter(|k| i.cra_kind != Some(*k));
            reg.write(|w| {
                w.append(kind::INCIDENT_CLASSIFIED, Some(incident), payload)?;
                if let Some(k) = kind_change {
                    w.append(
                        kind::INCIDENT_UPDATED,
                        Some(incident),
                        json!({ "changes": { "cra_kind": k } }),
                    )?;
                }
                derive::sync(w, incident)?;
                w.incident(incident)
            })
        })
    }

    /// Overrides the regimes for one incident (`None` = the organisation's).
    pub fn set_incident_regimes(
        &mut self,
        incident: Uuid,
        list: Option<&[String]>,
    ) -> Result<Vec<Regime>> {
        self.atomically(|reg| {
            reg.incident(incident)?;
            let parsed = list.map(parse_regimes).transpose()?;
            reg.write(|w| {
                w.append(
                    kind::INCIDENT_REGIMES_SET,
                    Some(incident),
                    json!({ "regimes": parsed }),
                )?;
                derive::sync(w, incident)
            })?;
            let org = reg.org()?;
            Ok(regimes(
                &org,
                &load_incident_regulation(reg.conn(), incident)?,
            ))
        })
    }

    pub fn incident_regulation(&self, incident: Uuid) -> Result<super::IncidentRegulation> {
        load_incident_regulation(self.conn(), incident)
    }

    /// Resolves an obligation id or prefix.
    pub fn resolve_obligation(&self, text: &str) -> Result<Uuid> {
        let all = apply::obligations(self.conn(), None)?;
        by_prefix("obligation", text, all.iter().map(|o| o.id))
    }

    /// Records a filing. The first filing after the due time needs reasons for the delay; its
    /// lateness is frozen in the event. Follow-ups link to the filing they complete.
    pub fn record_filing(&mut self, incident: Option<Uuid>, input: &FilingInput) -> Result<Filing> {
        self.atomically(|reg| {
            let ob = reg.obligation(reg.resolve_obligation(&input.obligation)?)?;
            if incident.is_some() && ob.incident_id != incident {
                return Err(Error::invalid("obligation", Reason::WrongObligation));
            }
            let at = validate::not_future("at", validate::timestamp("at", &input.at)?, Ts::now())?;
            if let Some(i) = ob.incident_id {
                if at < reg.incident(i)?.detected_at {
                    return Err(Error::invalid("at", Reason::BeforeDetected));
                }
            }
            let channel: Channel = validate::choice("channel", &input.channel, Channel::allowed)?;
            let reference = validate::line("reference", &input.reference)?;
            let reasons = match input.reasons_for_delay.as_deref() {
                Some(t) => {
                    Some(validate::text("reasons_for_delay", t)?).filter(|t| !t.trim().is_empty())
                }
                None => None,
            };
            let phase: Phase = match input.phase.as_deref().filter(|p| !p.trim().is_empty()) {
                Some(p) => validate::choice("phase", p, Phase::allowed)?,
                None => Phase::Initial,
            };
            let complete = match input
                .complete
                .as_deref()
                .map(|c| c.trim().to_ascii_lowercase())
                .filter(|c| !c.is_empty())
                .as_deref()
            {
                None => None,
                Some("yes" | "true") => Some(true),
                Some("no" | "false") => Some(false),
                Some(_) => {
                    return Err(Error::invalid(
                        "complete",
                        Reason::UnknownValue {
                            allowed: "yes, no".into(),
                        },
                    ))
                }
            };
            let existing = reg.filings(ob.id)?;
            let initial = existing.iter().find(|f| f.phase == Phase::Initial);
            let follows = input.follows.as_deref().filter(|f| !f.trim().is_empty());
            let mut late_by = None;
            let follows = if phase == Phase::Initial {
                if initial.is_some() {
                    return Err(Error::invalid("phase", Reason::AlreadyFiled));
                }
                if ob.not_required.is_some() {
                    return Err(Error::invalid("obligation", Reason::ObligationNotRequired));
                }
                if follows.is_some() {
                    return Err(Error::invalid("follows", Reason::OnlyForFollowUps));
                }
                late_by = ob.due_at.and_then(|due| clock::late_by_minutes(due, at));
                if let Some(minutes) = late_by {
                    if reasons.is_none() {
                        return Err(Error::invalid(
                            "reasons_for_delay",
                            Reason::ReasonsForDelayRequired { minutes },
                        ));
                    }
                }
                None
            } else {
                let Some(first) = initial else {
                    return Err(Error::invalid("phase", Reason::NoInitialFiling));
                };
                let Some(f) = follows else {
                    return Err(Error::invalid(
                        "follows",
                        Reason::RequiredWith { other: "phase" },
                    ));
                };
                let id = by_prefix("follows", f, existing.iter().map(|f| f.id))
                    .map_err(|_| Error::invalid("follows", Reason::WrongObligation))?;
                if at < first.at {
                    return Err(Error::invalid("at", Reason::BeforeInitialFiling));
                }
                Some(id)
            };
            // A notification that may be made in phases (rule data `completion`): its first filing
            // says whether it was complete; by default, whether the Art 33(3) checklist is.
            let phased = rules::regime(ob.regime)?
                .rule(&ob.rule)
                .is_some_and(|r| r.completion.is_some());
            let complete = match (complete, phased && phase == Phase::Initial) {
                (Some(c), _) => Some(c),
                (None, true) => match ob.incident_id {
                    Some(i) => Some(reg.incident(i)?.missing_art33(&reg.org()?).is_empty()),
                    None => None,
                },
                (None, false) => None,
            };
            // A DORA report: the fields Annex II of Implementing Regulation (EU) 2025/302 makes
            // mandatory for its stage must be answered, unless the filing is recorded as sent
            // without them (`complete: no`, the record then says so).
            let complete = match (ob.regime, DoraStage::of_rule(&ob.rule), ob.incident_id) {
                (Regime::Dora, Some(stage), Some(i)) => {
                    let missing = reg.dora_report(i, stage, None)?.missing;
                    if !missing.is_empty() && complete != Some(false) {
                        return Err(Error::invalid(
                            "complete",
                            Reason::MandatoryFieldsMissing {
                                fields: missing.join(", "),
                            },
                        ));
                    }
                    complete.or(Some(missing.is_empty()))
                }
                // A Cyber Resilience Act report: the items Art 14(2)/(4) says it includes "at
                // least" (the final reports' descriptions, the early warning's malicious-acts
                // answer for a severe incident), the same way.
                (Regime::Cra, _, Some(i)) if CraStage::of_rule(&ob.rule).is_some() => {
                    let missing = match CraStage::of_rule(&ob.rule) {
                        Some((_, stage)) => reg.cra_draft(i, stage, None)?.missing,
                        None => Vec::new(),
                    };
                    if !missing.is_empty() && complete != Some(false) {
                        return Err(Error::invalid(
                            "complete",
                            Reason::MandatoryFieldsMissing {
                                fields: missing.join(", "),
                            },
                        ));
                    }
                    complete.or(Some(missing.is_empty()))
                }
                _ => complete,
            };
            let ack = match input
                .acknowledged_at
                .as_deref()
                .filter(|t| !t.trim().is_empty())
            {
                Some(t) => Some(check_acknowledgement(
                    at,
                    false,
                    ("acknowledged_at", t),
                    ("acknowledged_by", input.acknowledged_by.as_deref()),
                )?),
                None if input
                    .acknowledged_by
                    .as_deref()
                    .is_some_and(|b| !b.trim().is_empty()) =>
                {
                    return Err(Error::invalid(
                        "acknowledged_by",
                        Reason::RequiredWith {
                            other: "acknowledged_at",
                        },
                    ))
                }
                None => None,
            };
            let filing_id = Uuid::now_v7();
            let subject = ob.incident_id;
            let mut payload = json!({
                "filing_id": filing_id.to_string(), "obligation_id": ob.id.to_string(), "at": at,
                "channel": channel, "reference": reference, "reasons_for_delay": reasons, "phase": phase,
                "follows": follows.map(|f| f.to_string()), "late_by_minutes": late_by,
            });
            if let Some(c) = complete {
                payload["complete"] = json!(c);
            }
            // The content sent: the draft for this recipient as it reads before the filing.
            if let Some(snap) = reg.snapshot_for(&ob)? {
                payload["snapshot_language"] = json!(snap.language);
                payload["snapshot"] = json!(snap.fields);
            }
            reg.write(|w| {
                w.append(kind::FILING_RECORDED, subject, payload)?;
                if let Some((ack_at, by)) = &ack {
                    w.append(
                        kind::FILING_ACKNOWLEDGED,
                        subject,
                        json!({ "filing_id": filing_id.to_string(), "at": ack_at, "by": by }),
                    )?;
                }
                if let Some(i) = subject {
                    derive::sync(w, i)?;
                }
                Ok(())
            })?;
            apply::load_filing(reg.conn(), filing_id)?
                .ok_or_else(|| Error::Data("filing not stored".into()))
        })
    }

    /// Records the same filing for several obligations of `incident` in one transaction, all or
    /// none (the app's "Mark as sent" for a selection of notices to customers): `input` is the
    /// filing as typed, its `obligation` ignored. The first refusal names its field and stops.
    pub fn record_filings(
        &mut self,
        incident: Uuid,
        obligations: &[String],
        input: &FilingInput,
    ) -> Result<Vec<Filing>> {
        if obligations.is_empty() {
            return Err(Error::invalid("obligations", Reason::Empty));
        }
        self.atomically(|reg| {
            obligations
                .iter()
                .map(|o| {
                    let one = FilingInput {
                        obligation: o.clone(),
                        ..input.clone()
                    };
                    reg.record_filing(Some(incident), &one)
                })
                .collect()
        })
    }

    /// Resolves a filing id or prefix.
    pub fn resolve_filing(&self, text: &str) -> Result<Uuid> {
        let ids = apply::filing_ids(self.conn())?;
        by_prefix("filing", text, ids.into_iter())
    }

    /// Records that the recipient acknowledged a filing (a customer confirming it received our
    /// notice): when and, optionally, who. Refused before the filing's time, in the future and
    /// when the filing's acknowledgement is already recorded.
    pub fn acknowledge_filing(
        &mut self,
        filing: &str,
        at: &str,
        by: Option<&str>,
    ) -> Result<Filing> {
        self.atomically(|reg| {
            let id = reg.resolve_filing(filing)?;
            let f = apply::load_filing(reg.conn(), id)?
                .ok_or_else(|| Error::invalid("filing", Reason::UnknownId))?;
            let (at, by) =
                check_acknowledgement(f.at, f.acknowledged.is_some(), ("at", at), ("by", by))?;
            reg.write(|w| {
                w.append(
                    kind::FILING_ACKNOWLEDGED,
                    f.incident_id,
                    json!({ "filing_id": id.to_string(), "at": at, "by": by }),
                )
            })?;
            apply::load_filing(reg.conn(), id)?
                .ok_or_else(|| Error::Data("filing not stored".into()))
        })
    }

    /// Records a person's decision that an obligation is not required (Art 33(5): kept with
    /// decider, time and rationale; never deleted).
    pub fn drop_obligation(
        &mut self,
        obligation: &str,
        rationale: &str,
    ) -> Result<super::Obligation> {
        self.atomically(|reg| {
            let ob = reg.obligation(reg.resolve_obligation(obligation)?)?;
            let rationale = validate::text("rationale", rationale)?;
            if rationale.trim().is_empty() {
                return Err(Error::invalid("rationale", Reason::Empty));
            }
            if !reg.filings(ob.id)?.is_empty() {
                return Err(Error::invalid("obligation", Reason::AlreadyFiled));
            }
            if ob.not_required.is_some() {
                return Err(Error::invalid("obligation", Reason::AlreadyInState));
            }
            let actor = reg.actor().to_string();
            reg.write(|w| {
                w.append(
                    kind::OBLIGATION_NOT_REQUIRED,
                    ob.incident_id,
                    json!({
                        "obligation_id": ob.id.to_string(), "decider": actor, "rationale": rationale,
                        "automatic": false, "manual": true,
                    }),
                )
            })?;
            reg.obligation(ob.id)
        })
    }

    /// Undoes a manual [`Register::drop_obligation`]; decisions taken in the assessment are
    /// changed there instead.
    pub fn reinstate_obligation(&mut self, obligation: &str) -> Result<super::Obligation> {
        self.atomically(|reg| {
            let ob = reg.obligation(reg.resolve_obligation(obligation)?)?;
            match &ob.not_required {
                None => return Err(Error::invalid("obligation", Reason::AlreadyInState)),
                Some(nr) if !nr.manual => {
                    return Err(Error::invalid("obligation", Reason::DecidedByAssessment))
                }
                Some(_) => {}
            }
            reg.write(|w| {
                w.append(
                    kind::OBLIGATION_REINSTATED,
                    ob.incident_id,
                    json!({ "obligation_id": ob.id.to_string() }),
                )?;
                if let Some(i) = ob.incident_id {
                    derive::sync(w, i)?;
                }
                Ok(())
            })?;
            reg.obligation(ob.id)
        })
    }

    /// The embedded rule sets and the register's overrides.
    pub fn rules(&self) -> Result<(&'static [RuleSet], RegulationSettings)> {
        Ok((rules::all()?, load_settings(self.conn())?))
    }

    /// Overrides (or with `None` resets) a rule's hours: only shorter than the statutory hours
    /// (longer is refused, field `hours`, naming the legal maximum; nothing is written).
    /// Obligations opened before keep their terms.
    pub fn set_rule_hours(
        &mut self,
        regime: &str,
        rule: &str,
        new_hours: Option<i64>,
    ) -> Result<RegulationSettings> {
        self.atomically(|reg| {
            let (regime, rule) = rules::find(regime, rule)?;
            if rule.hours.is_none() {
                return Err(Error::invalid("rule", Reason::NoStatutoryHours));
            }
            // Only tighter than the law: a setting does not change the law.
            let new_hours = new_hours
                .map(|h| hours("hours", h).and_then(|h| Ok(rules::check_override(rule, h)?)))
                .transpose()?;
            let settings = load_settings(reg.conn())?;
            let previous = settings
                .overrides
                .get(&rules::key(regime, &rule.id))
                .copied()
                .or(rule.hours);
            let version = rules::regime(regime)?.version.clone();
            reg.write(|w| {
                w.append(
                    kind::RULE_CHANGED,
                    None,
                    json!({
                        "regime": regime, "rule": rule.id, "hours": new_hours, "previous": previous,
                        "rule_version": version, "default_hours": rule.hours,
                    }),
                )
            })?;
            load_settings(reg.conn())
        })
    }

    /// Changes the DORA roll-over country (empty = off), the internal "undue delay" target and the
    /// hours after which a sent notice to a customer not yet acknowledged is a reminder (0 = never).
    pub fn update_regulation_settings(
        &mut self,
        dora_rollover_country: Option<&str>,
        undue_delay_target_hours: Option<Option<i64>>,
        notice_reminder_hours: Option<i64>,
    ) -> Result<RegulationSettings> {
        self.atomically(|reg| {
            let current = load_settings(reg.conn())?;
            let mut next = current.clone();
            if let Some(c) = dora_rollover_country {
                let c = c.trim().to_ascii_lowercase();
                next.dora_rollover_country = if c.is_empty() || c == "off" {
                    None
                } else {
                    let known = rules::holiday_countries()?;
                    if !known.contains(&c) {
                        return Err(Error::invalid(
                            "dora_rollover_country",
                            Reason::UnknownValue {
                                allowed: known.join(", "),
                            },
                        ));
                    }
                    Some(c)
                };
            }
            if let Some(t) = undue_delay_target_hours {
                next.undue_delay_target_hours = t
                    .map(|h| hours("undue_delay_target_hours", h))
                    .transpose()?;
            }
            if let Some(h) = notice_reminder_hours {
                // 0 = never remind; otherwise hours as for any setting.
                next.notice_reminder_hours = Some(if h == 0 {
                    0
                } else {
                    hours("notice_reminder_hours", h)?
                });
            }
            let changes = crate::register::diff(&current, &next)?;
            if !changes.is_empty() {
                reg.write(|w| {
                    w.append(
                        kind::REGULATION_SETTINGS_CHANGED,
                        None,
                        json!({ "changes": changes }),
                    )
                })?;
            }
            Ok(next)
        })
    }

    pub fn regulation_settings(&self) -> Result<RegulationSettings> {
        load_settings(self.conn())
    }
}

/// Parses a list of regime names (`gdpr,uk-gdpr,nis2,dora,eprivacy`), de-duplicated in order.
pub use breachlog_model::regulation::parse_regimes;
