//! Operation inputs as the front ends send them (text, as typed), and their validation into
//! domain values. Every error names the field; nothing here touches the database.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::domain::{
    Assessment, Category, CloseReason, Decision, Incident, Nature, Org, PersonalData, Risk, Role,
    Settings, Severity, Source, Status, VulnClass,
};
use crate::error::{Error, Reason, Result};
use crate::validate;
use crate::Ts;

/// Incident fields as typed by the user. `None` leaves a field as it is; for optional text an
/// empty string clears it. `occurred_at` is `TS`, `TS/TS` (a range), or empty for unknown.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct IncidentInput {
    pub title: Option<String>,
    pub description: Option<String>,
    pub category: Option<String>,
    pub vuln_class: Option<String>,
    pub source: Option<String>,
    pub severity: Option<String>,
    pub affected_systems: Option<Vec<String>>,
    pub owner: Option<String>,
    pub occurred_at: Option<String>,
    pub detected_at: Option<String>,
    pub exercise: Option<bool>,
    /// When a corrective or mitigating measure became available (CRA Art 14(2)(c)); empty
    /// clears it.
    pub corrective_measure_at: Option<String>,
    /// When regular activities were recovered (DORA, Delegated Regulation (EU) 2025/301
    /// Art 5(1)(b)); empty clears it.
    pub recovered_at: Option<String>,
}

/// The creation fields stored in `incident.created`.
#[derive(Debug, Serialize)]
pub(crate) struct NewIncident {
    title: String,
    description: String,
    category: Category,
    vuln_class: Option<VulnClass>,
    source: Source,
    severity: Severity,
    affected_systems: Vec<String>,
    owner: Option<String>,
    occurred_from: Option<Ts>,
    occurred_to: Option<Ts>,
    detected_at: Ts,
    exercise: bool,
}

impl IncidentInput {
    pub(crate) fn validate_new(&self, now: Ts) -> Result<NewIncident> {
        let template = Incident {
            id: Uuid::nil(),
            title: validate::line("title", self.title.as_deref().unwrap_or(""))?,
            description: String::new(),
            category: Category::Other,
            vuln_class: None,
            source: Source::InternalMonitoring,
            severity: Severity::Medium,
            affected_systems: Vec::new(),
            owner: None,
            occurred_from: None,
            occurred_to: None,
            detected_at: now,
            contained_at: None,
            resolved_at: None,
            closed_at: None,
            status: Status::Reported,
            close_reason: None,
            exercise: false,
            cra_kind: None,
            corrective_measure_at: None,
            recovered_at: None,
            created_at: now,
            created_by: String::new(),
            updated_at: now,
            assessment: None,
            redacted_at: None,
            letter: Vec::new(),
            last_seq: 0,
            last_hash: String::new(),
        };
        let i = self.apply(&template, now)?;
        Ok(NewIncident {
            title: i.title,
            description: i.description,
            category: i.category,
            vuln_class: i.vuln_class,
            source: i.source,
            severity: i.severity,
            affected_systems: i.affected_systems,
            owner: i.owner,
            occurred_from: i.occurred_from,
            occurred_to: i.occurred_to,
            detected_at: i.detected_at,
            exercise: i.exercise,
        })
    }

    /// The incident with these inputs applied, validated as a whole.
    pub(crate) fn apply(&self, current: &Incident, now: Ts) -> Result<Incident> {
        let mut i = current.clone();
        if let Some(t) = &self.title {
            i.title = validate::line("title", t)?;
        }
        if let Some(d) = &self.description {
            i.description = validate::text("description", d)?;
        }
        if let Some(c) = &self.category {
            i.category = validate::choice("category", c, Category::allowed)?;
            if i.category != Category::Vulnerability {
                i.vuln_class = None;
            }
        }
        if let Some(v) = &self.vuln_class {
            i.vuln_class = if v.trim().is_empty() {
                None
            } else {
                Some(validate::choice("vuln_class", v, VulnClass::allowed)?)
            };
        }
        if let Some(s) = &self.source {
            i.source = validate::choice("source", s, Source::allowed)?;
        }
        if let Some(s) = &self.severity {
            i.severity = validate::choice("severity", s, Severity::allowed)?;
        }
        if let Some(list) = &self.affected_systems {
            i.affected_systems = validate::items("affected_systems", list)?;
        }
        if let Some(o) = &self.owner {
            i.owner = Some(validate::optional_line("owner", o)?).filter(|o| !o.is_empty());
        }
        if let Some(d) = &self.detected_at {
            i.detected_at =
                validate::not_future("detected_at", validate::timestamp("detected_at", d)?, now)?;
        }
        if let Some(o) = &self.occurred_at {
            let (from, to) = parse_occurred(o, now)?;
            i.occurred_from = from;
            i.occurred_to = to;
        }
        if let Some(e) = self.exercise {
            i.exercise = e;
        }
        let optional_time = |field: &'static str, v: &str| -> Result<Option<Ts>> {
            match v.trim() {
                "" => Ok(None),
                t => Ok(Some(validate::not_future(
                    field,
                    validate::timestamp(field, t)?,
                    now,
                )?)),
            }
        };
        if let Some(v) = &self.corrective_measure_at {
            i.corrective_measure_at = optional_time("corrective_measure_at", v)?;
        }
        if let Some(v) = &self.recovered_at {
            i.recovered_at = optional_time("recovered_at", v)?;
        }
        if i.recovered_at.is_some_and(|r| r < i.detected_at) {
            return Err(Error::invalid("recovered_at", Reason::BeforeDetected));
        }
        if i.vuln_class.is_some() && i.category != Category::Vulnerability {
            return Err(Error::invalid("vuln_class", Reason::OnlyForVulnerability));
        }
        if i.occurred_from.is_some_and(|f| f > i.detected_at) {
            return Err(Error::invalid("occurred_at", Reason::AfterDetected));
        }
        if let Some(aware) = i.assessment.as_ref().and_then(|a| a.aware_at) {
            if i.detected_at > aware {
                return Err(Error::invalid("detected_at", Reason::AwareBeforeDetected));
            }
        }
        Ok(i)
    }
}

fn parse_occurred(text: &str, now: Ts) -> Result<(Option<Ts>, Option<Ts>)> {
    let t = text.trim();
    if t.is_empty() || t.eq_ignore_ascii_case("unknown") {
        return Ok((None, None));
    }
    let parse =
        |s: &str| validate::not_future("occurred_at", validate::timestamp("occurred_at", s)?, now);
    match t.split_once('/') {
        Some((a, b)) => {
            let (from, to) = (parse(a)?, parse(b)?);
            if from > to {
                return Err(Error::invalid("occurred_at", Reason::InvalidRange));
            }
            Ok((Some(from), Some(to)))
        }
        None => Ok((Some(parse(t)?), None)),
    }
}

pub(crate) fn transition_payload(
    current: &Incident,
    to: &str,
    at: Option<&str>,
    close_reason: Option<&str>,
    note: Option<&str>,
    now: Ts,
) -> Result<Value> {
    let to: Status = validate::choice("to", to, Status::allowed)?;
    let from = current.status;
    if !from.can_move_to(to) {
        return Err(Error::InvalidTransition {
            from,
            to,
            allowed: from.allowed_next().to_vec(),
        });
    }
    let at = match at {
        Some(a) if !a.trim().is_empty() => {
            validate::not_future("at", validate::timestamp("at", a)?, now)?
        }
        _ => now,
    };
    if at < current.detected_at {
        return Err(Error::invalid("at", Reason::BeforeDetected));
    }
    let note = note
        .map(|n| validate::text("note", n))
        .transpose()?
        .filter(|n| !n.trim().is_empty());
    let close_reason = match close_reason.filter(|r| !r.trim().is_empty()) {
        Some(r) => Some(validate::choice::<CloseReason>(
            "close_reason",
            r,
            CloseReason::allowed,
        )?),
        None => None,
    };
    let close_reason = match (to, from) {
        (Status::Closed, Status::Triage) => match close_reason {
            Some(r) if r != CloseReason::Resolved => Some(r),
            _ => return Err(Error::invalid("close_reason", Reason::RequiredToClose)),
        },
        (Status::Closed, _) => Some(close_reason.unwrap_or(CloseReason::Resolved)),
        _ => None,
    };
    if from.is_reopen(to) && note.is_none() {
        return Err(Error::invalid("note", Reason::RequiredToReopen));
    }
    Ok(json!({
        "from": from, "to": to, "at": at, "close_reason": close_reason, "note": note,
    }))
}

pub(crate) fn action_payload(
    title: &str,
    owner: Option<&str>,
    due_at: Option<&str>,
) -> Result<Value> {
    let title = validate::line("title", title)?;
    let owner = owner
        .map(|o| validate::optional_line("owner", o))
        .transpose()?
        .filter(|o| !o.is_empty());
    let due = due_at
        .filter(|d| !d.trim().is_empty())
        .map(|d| validate::timestamp("due_at", d))
        .transpose()?;
    Ok(
        json!({ "action_id": Uuid::now_v7().to_string(), "title": title, "owner": owner, "due_at": due }),
    )
}

/// Breach assessment fields as typed. `None` leaves a field; empty text clears it.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct AssessmentInput {
    pub personal_data: Option<String>,
    pub aware_at: Option<String>,
    pub aware_justification: Option<String>,
    pub role: Option<String>,
    pub nature: Option<Vec<String>>,
    pub data_categories: Option<Vec<String>>,
    pub special_categories: Option<Vec<String>>,
    pub subject_categories: Option<Vec<String>>,
    pub subjects_approx: Option<String>,
    pub subjects_estimate: Option<bool>,
    pub records_approx: Option<String>,
    pub records_estimate: Option<bool>,
    pub consequences: Option<String>,
    pub measures_taken: Option<String>,
    pub measures_proposed: Option<String>,
    pub contact_point: Option<String>,
    pub risk: Option<String>,
    pub risk_reasoning: Option<String>,
    pub decision: Option<String>,
    pub decision_rationale: Option<String>,
    pub decided_at: Option<String>,
    /// Processor role: affected controllers (ids; names are resolved by `Register::assess`).
    pub controllers: Option<Vec<String>>,
    /// Authorities to notify instead of the lead authority.
    pub authorities: Option<Vec<String>>,
    /// Art 34(3) exemption `a`, `b` or `c` (empty clears).
    pub art34_exemption: Option<String>,
    pub art34_justification: Option<String>,
    /// ENISA severity inputs; the result is stored with the assessment.
    pub enisa: Option<crate::register::regulation::enisa::EnisaInput>,
    /// Is the breach still going on: `yes`, `no` (empty clears).
    pub ongoing: Option<String>,
    /// Were the data encrypted: `yes`, `no`, `partly` (empty clears).
    pub encrypted: Option<String>,
    /// Fewest and most people concerned (empty clears; the minimum may not exceed the maximum).
    pub subjects_min: Option<String>,
    pub subjects_max: Option<String>,
    /// `low`, `medium`, `high`, `very_high` (empty clears).
    pub severity_estimate: Option<String>,
    /// Another organisation involved (our processor, our customer …), `none`, or empty to clear.
    pub other_organisation: Option<String>,
    /// `gdpr` (AVG) or `telecommunicatiewet` (empty clears).
    pub legal_basis: Option<String>,
    /// `initial`, `complementary` or `withdrawal` (empty: derived from the filings).
    pub notification_kind: Option<String>,
    /// Answers to the DORA report template, each `NUMBER=VALUE` (`3.4=1200`; an empty value
    /// clears that answer), checked against its field of Implementing Regulation (EU) 2025/302
    /// Annex II.
    pub dora_answers: Option<Vec<String>>,
    /// Answers to the Cyber Resilience Act reports, each `ITEM=VALUE` (`member_states=NL, BE`;
    /// an empty value clears it), checked against Regulation (EU) 2024/2847 Art 14(2), (4).
    pub cra_answers: Option<Vec<String>>,
    /// Answers to the NIS2 reports to a national CSIRT, each `ITEM=VALUE` (`sector=energy`; an
    /// empty value clears it), checked against Directive (EU) 2022/2555 Art 23(4).
    pub nis2_answers: Option<Vec<String>>,
}

/// An optional choice: `None` when empty, else one of `T`'s wire names.
fn opt_choice<T: std::str::FromStr>(
    field: &'static str,
    v: &str,
    allowed: impl FnOnce() -> String,
) -> Result<Option<T>> {
    if v.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(validate::choice(field, v, allowed)?))
}

fn opt_text(field: &'static str, v: &str) -> Result<Option<String>> {
    Ok(Some(validate::text(field, v)?).filter(|t| !t.trim().is_empty()))
}

pub(crate) fn opt_count(field: &'static str, v: &str) -> Result<Option<u64>> {
    let t = v.trim().replace(['_', ','], "");
    if t.is_empty() {
        return Ok(None);
    }
    let n: u64 = t
        .parse()
        .map_err(|_| Error::invalid(field, Reason::NotANumber))?;
    Ok(Some(validate::count(field, n)?))
}

impl AssessmentInput {
    /// The assessment with these inputs applied, validated as a whole. `org_role` is the
    /// organisation's role: an assessment always has a role, the organisation's unless another
    /// is chosen for the incident (a processor's breach then derives its notices to controllers,
    /// and the front ends show the role the engine uses instead of "—").
    pub(crate) fn apply(
        &self,
        incident: &Incident,
        current: &Assessment,
        settings: &Settings,
        org_role: Role,
        actor: &str,
        now: Ts,
    ) -> Result<Assessment> {
        let mut a = current.clone();
        if let Some(p) = &self.personal_data {
            a.personal_data =
                validate::choice::<PersonalData>("personal_data", p, PersonalData::allowed)?;
        }
        if let Some(t) = &self.aware_at {
            a.aware_at = if t.trim().is_empty() {
                None
            } else {
                Some(validate::not_future(
                    "aware_at",
                    validate::timestamp("aware_at", t)?,
                    now,
                )?)
            };
        }
        if let Some(t) = &self.aware_justification {
            a.aware_justification = opt_text("aware_justification", t)?;
        }
        if let Some(r) = &self.role {
            a.role = if r.trim().is_empty() {
                None
            } else {
                Some(validate::choice::<Role>("role", r, Role::allowed)?)
            };
        }
        if a.role.is_none() {
            a.role = Some(org_role);
        }
        if let Some(list) = &self.nature {
            let mut n: Vec<Nature> = Vec::new();
            for item in list.iter().filter(|s| !s.trim().is_empty()) {
                let v = validate::choice::<Nature>("nature", item, Nature::allowed)?;
                if !n.contains(&v) {
                    n.push(v);
                }
            }
            n.sort();
            a.nature = n;
        }
        if let Some(l) = &self.data_categories {
            a.data_categories = validate::items("data_categories", l)?;
        }
        if let Some(l) = &self.special_categories {
            a.special_categories = validate::items("special_categories", l)?;
        }
        if let Some(l) = &self.subject_categories {
            a.subject_categories = validate::items("subject_categories", l)?;
        }
        if let Some(n) = &self.subjects_approx {
            a.subjects_approx = opt_count("subjects_approx", n)?;
        }
        if let Some(e) = self.subjects_estimate {
            a.subjects_estimate = e;
        }
        if let Some(n) = &self.records_approx {
            a.records_approx = opt_count("records_approx", n)?;
        }
        if let Some(e) = self.records_estimate {
            a.records_estimate = e;
        }
        if let Some(t) = &self.consequences {
            a.consequences = opt_text("consequences", t)?;
        }
        if let Some(t) = &self.measures_taken {
            a.measures_taken = opt_text("measures_taken", t)?;
        }
        if let Some(t) = &self.measures_proposed {
            a.measures_proposed = opt_text("measures_proposed", t)?;
        }
        if let Some(t) = &self.contact_point {
            a.contact_point =
                Some(validate::optional_line("contact_point", t)?).filter(|c| !c.is_empty());
        }
        if let Some(r) = &self.risk {
            a.risk = if r.trim().is_empty() {
                None
            } else {
                Some(validate::choice::<Risk>("risk", r, Risk::allowed)?)
            };
        }
        if let Some(t) = &self.risk_reasoning {
            a.risk_reasoning = opt_text("risk_reasoning", t)?;
        }
        let decision_touched = self.decision.is_some()
            || self.decision_rationale.is_some()
            || self.decided_at.is_some();
        if let Some(d) = &self.decision {
            a.decision = if d.trim().is_empty() {
                None
            } else {
                Some(validate::choice::<Decision>(
                    "decision",
                    d,
                    Decision::allowed,
                )?)
            };
        }
        if let Some(t) = &self.decision_rationale {
            a.decision_rationale = opt_text("decision_rationale", t)?;
        }
        if decision_touched {
            if a.decision.is_some() {
                a.decided_by = Some(actor.to_string());
                a.decided_at = Some(
                    match self.decided_at.as_deref().filter(|d| !d.trim().is_empty()) {
                        Some(d) => validate::not_future(
                            "decided_at",
                            validate::timestamp("decided_at", d)?,
                            now,
                        )?,
                        None => now,
                    },
                );
            } else {
                a.decided_by = None;
                a.decided_at = None;
            }
        }
        if let Some(list) = &self.controllers {
            let mut ids = Vec::new();
            for c in list.iter().filter(|c| !c.trim().is_empty()) {
                ids.push(
                    Uuid::parse_str(c.trim())
                        .map_err(|_| Error::invalid("controllers", Reason::NotAnId))?,
                );
            }
            a.controllers = ids;
        }
        if let Some(list) = &self.authorities {
            a.authorities =
                crate::register::regulation::authorities::validate_list("authorities", list)?;
        }
        let art34_touched = self.art34_exemption.is_some() || self.art34_justification.is_some();
        if let Some(e) = &self.art34_exemption {
            a.art34_exemption = if e.trim().is_empty() {
                None
            } else {
                Some(validate::choice(
                    "art34_exemption",
                    e,
                    crate::register::regulation::Art34Exemption::allowed,
                )?)
            };
        }
        if let Some(t) = &self.art34_justification {
            a.art34_justification = opt_text("art34_justification", t)?;
        }
        if art34_touched {
            let set = a.art34_exemption.is_some();
            a.art34_decided_by = set.then(|| actor.to_string());
            a.art34_decided_at = set.then_some(now);
        }
        if let Some(e) = &self.enisa {
            a.enisa = Some(crate::register::regulation::enisa::compute(e)?);
        }
        if let Some(v) = &self.ongoing {
            a.ongoing = match v.trim().to_ascii_lowercase().as_str() {
                "" => None,
                "yes" | "true" => Some(true),
                "no" | "false" => Some(false),
                _ => {
                    return Err(Error::invalid(
                        "ongoing",
                        Reason::UnknownValue {
                            allowed: "yes, no".into(),
                        },
                    ))
                }
            };
        }
        if let Some(v) = &self.encrypted {
            a.encrypted = opt_choice("encrypted", v, crate::domain::Encryption::allowed)?;
        }
        if let Some(v) = &self.subjects_min {
            a.subjects_min = opt_count("subjects_min", v)?;
        }
        if let Some(v) = &self.subjects_max {
            a.subjects_max = opt_count("subjects_max", v)?;
        }
        if let Some(v) = &self.severity_estimate {
            a.severity_estimate = opt_choice(
                "severity_estimate",
                v,
                crate::domain::SeverityEstimate::allowed,
            )?;
        }
        if let Some(v) = &self.other_organisation {
            let t = validate::optional_line("other_organisation", v)?;
            a.other_organisation = if t.eq_ignore_ascii_case(crate::domain::NO_REGISTRATION) {
                Some(crate::domain::NO_REGISTRATION.to_string())
            } else {
                Some(t).filter(|t| !t.is_empty())
            };
        }
        if let Some(v) = &self.legal_basis {
            a.legal_basis = opt_choice("legal_basis", v, crate::domain::LegalBasis::allowed)?;
        }
        if let Some(v) = &self.notification_kind {
            a.notification_kind = opt_choice(
                "notification_kind",
                v,
                crate::domain::NotificationKind::allowed,
            )?;
        }
        if let Some(list) = &self.dora_answers {
            for item in list {
                let (number, value) = item.split_once('=').ok_or_else(|| {
                    Error::invalid(
                        "dora",
                        Reason::UnknownValue {
                            allowed: "NUMBER=VALUE".into(),
                        },
                    )
                })?;
                match breachlog_rules::dora_report::check_answer(number, value)? {
                    (n, Some(v)) => {
                        a.dora_answers.insert(n, v);
                    }
                    (n, None) => {
                        a.dora_answers.remove(&n);
                    }
                }
            }
        }
        if let Some(list) = &self.cra_answers {
            for item in list {
                let (key, value) = item.split_once('=').ok_or_else(|| {
                    Error::invalid(
                        "cra",
                        Reason::UnknownValue {
                            allowed: "ITEM=VALUE".into(),
                        },
                    )
                })?;
                match breachlog_rules::cra_report::check_answer(key, value)? {
                    (k, Some(v)) => {
                        a.cra_answers.insert(k, v);
                    }
                    (k, None) => {
                        a.cra_answers.remove(&k);
                    }
                }
            }
        }
        if let Some(list) = &self.nis2_answers {
            for item in list {
                let (key, value) = item.split_once('=').ok_or_else(|| {
                    Error::invalid(
                        "nis2",
                        Reason::UnknownValue {
                            allowed: "ITEM=VALUE".into(),
                        },
                    )
                })?;
                match breachlog_rules::nis2_report::check_answer(key, value)? {
                    (k, Some(v)) => {
                        a.nis2_answers.insert(k, v);
                    }
                    (k, None) => {
                        a.nis2_answers.remove(&k);
                    }
                }
            }
        }
        // Whole-assessment rules.
        if let Some(aware) = a.aware_at {
            if aware < incident.detected_at {
                return Err(Error::invalid("aware_at", Reason::AwareBeforeDetected));
            }
            let gap_hours = incident.detected_at.seconds_until(aware) as f64 / 3600.0;
            if gap_hours > settings.aware_gap_hours as f64 && a.aware_justification.is_none() {
                return Err(Error::invalid(
                    "aware_justification",
                    Reason::JustificationRequired {
                        hours: settings.aware_gap_hours,
                    },
                ));
            }
        }
        if let (Some(min), Some(max)) = (a.subjects_min, a.subjects_max) {
            if min > max {
                return Err(Error::invalid("subjects_min", Reason::InvalidRange));
            }
        }
        if a.risk.is_some() && a.risk_reasoning.is_none() {
            return Err(Error::invalid(
                "risk_reasoning",
                Reason::RequiredWith { other: "risk" },
            ));
        }
        if a.decision.is_some() && a.decision_rationale.is_none() {
            return Err(Error::invalid(
                "decision_rationale",
                Reason::RequiredWith { other: "decision" },
            ));
        }
        Ok(a)
    }
}

/// Organisation profile fields as typed.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct OrgInput {
    pub name: Option<String>,
    pub address: Option<String>,
    pub contact_point: Option<String>,
    pub default_role: Option<String>,
    pub timezone: Option<String>,
    pub language: Option<String>,
    pub lead_authority: Option<String>,
    /// Regimes that apply: `gdpr,uk-gdpr,nis2,dora,eprivacy`.
    pub regimes: Option<Vec<String>>,
    /// DORA financial entity type: `credit_institution`, `central_counterparty`,
    /// `trading_venue` or `other` (Delegated Regulation (EU) 2025/301 Art 5(5)).
    pub dora_entity_type: Option<String>,
    /// Identified as an essential or important entity under NIS2: `yes` or `no`.
    pub nis2_entity: Option<String>,
    /// The legal representative's name and role (empty clears).
    pub legal_representative_name: Option<String>,
    pub legal_representative_role: Option<String>,
    /// SIREN (lead authority in France: 9 digits, Luhn check), KvK (Netherlands: 8 digits),
    /// company number or another (elsewhere); `none` when the organisation has none; empty clears.
    pub registration_number: Option<String>,
    /// The data protection officer's name, e-mail (checked) and phone (empty clears).
    pub dpo_name: Option<String>,
    pub dpo_email: Option<String>,
    pub dpo_phone: Option<String>,
    /// DORA (Implementing Regulation (EU) 2025/302 Annex I), what describes the entity: 1.3
    /// its LEI (ISO 17442, check digits checked), 1.7–1.12 the primary and second contact
    /// persons (e-mails checked), 1.13–1.14 the ultimate parent undertaking's name and LEI,
    /// 1.15 the reporting currency (`EUR`, …). Empty clears.
    pub lei: Option<String>,
    pub dora_contact_name: Option<String>,
    pub dora_contact_email: Option<String>,
    pub dora_contact_phone: Option<String>,
    pub dora_second_contact_name: Option<String>,
    pub dora_second_contact_email: Option<String>,
    pub dora_second_contact_phone: Option<String>,
    pub parent_undertaking_name: Option<String>,
    pub parent_undertaking_lei: Option<String>,
    pub reporting_currency: Option<String>,
}

/// An optional one-line profile field: `None` when empty.
fn opt_line(field: &'static str, v: &str) -> Result<Option<String>> {
    Ok(Some(validate::optional_line(field, v)?).filter(|t| !t.is_empty()))
}

/// An optional phone number: digits, spaces and `+-()./`; `None` when empty.
fn opt_phone(field: &'static str, v: &str) -> Result<Option<String>> {
    let phone = validate::optional_line(field, v)?;
    if !phone
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()./".contains(c))
    {
        return Err(Error::invalid(field, Reason::NotANumber));
    }
    Ok(Some(phone).filter(|p| !p.is_empty()))
}

/// An optional e-mail address (checked); `None` when empty.
fn opt_email(field: &'static str, v: &str) -> Result<Option<String>> {
    if v.trim().is_empty() {
        Ok(None)
    } else {
        Ok(Some(validate::email(field, v)?))
    }
}

/// An optional LEI (ISO 17442); `None` when empty.
fn opt_lei(field: &'static str, v: &str) -> Result<Option<String>> {
    if v.trim().is_empty() {
        Ok(None)
    } else {
        Ok(Some(validate::lei(field, v)?))
    }
}

impl OrgInput {
    /// The DORA fields of the profile (2025/302 Annex I 1.3, 1.7–1.15).
    fn apply_dora(&self, o: &mut Org) -> Result<()> {
        let set = |v: &Option<String>,
                   f: &dyn Fn(&str) -> Result<Option<String>>,
                   to: &mut Option<String>|
         -> Result<()> {
            if let Some(v) = v {
                *to = f(v)?;
            }
            Ok(())
        };
        set(&self.lei, &|v| opt_lei("lei", v), &mut o.lei)?;
        set(
            &self.dora_contact_name,
            &|v| opt_line("dora_contact_name", v),
            &mut o.dora_contact_name,
        )?;
        set(
            &self.dora_contact_email,
            &|v| opt_email("dora_contact_email", v),
            &mut o.dora_contact_email,
        )?;
        set(
            &self.dora_contact_phone,
            &|v| opt_phone("dora_contact_phone", v),
            &mut o.dora_contact_phone,
        )?;
        set(
            &self.dora_second_contact_name,
            &|v| opt_line("dora_second_contact_name", v),
            &mut o.dora_second_contact_name,
        )?;
        set(
            &self.dora_second_contact_email,
            &|v| opt_email("dora_second_contact_email", v),
            &mut o.dora_second_contact_email,
        )?;
        set(
            &self.dora_second_contact_phone,
            &|v| opt_phone("dora_second_contact_phone", v),
            &mut o.dora_second_contact_phone,
        )?;
        set(
            &self.parent_undertaking_name,
            &|v| opt_line("parent_undertaking_name", v),
            &mut o.parent_undertaking_name,
        )?;
        set(
            &self.parent_undertaking_lei,
            &|v| opt_lei("parent_undertaking_lei", v),
            &mut o.parent_undertaking_lei,
        )?;
        set(
            &self.reporting_currency,
            &|v| {
                if v.trim().is_empty() {
                    return Ok(None);
                }
                breachlog_rules::dora_report::check_answer("1.15", v)
                    .map(|(_, c)| c)
                    .map_err(|_| {
                        Error::invalid(
                            "reporting_currency",
                            Reason::UnknownValue {
                                allowed: breachlog_rules::dora_report::CURRENCIES.join(", "),
                            },
                        )
                    })
            },
            &mut o.reporting_currency,
        )?;
        Ok(())
    }

    pub(crate) fn apply(&self, current: &Org) -> Result<Org> {
        let mut o = current.clone();
        if let Some(n) = &self.name {
            o.name = validate::optional_line("org_name", n)?;
        }
        if let Some(a) = &self.address {
            o.address = validate::text("address", a)?;
        }
        if let Some(c) = &self.contact_point {
            o.contact_point = validate::optional_line("contact_point", c)?;
        }
        if let Some(r) = &self.default_role {
            o.default_role = validate::choice("role", r, Role::allowed)?;
        }
        if let Some(t) = &self.timezone {
            o.timezone = validate::timezone("timezone", t)?;
        }
        if let Some(l) = &self.language {
            o.language = validate::language("language", l)?;
        }
        if let Some(a) = &self.lead_authority {
            o.lead_authority = validate::optional_line("lead_authority", a)?.to_ascii_lowercase();
            if !o.lead_authority.is_empty() {
                crate::register::regulation::authorities::find(
                    "lead_authority",
                    &o.lead_authority,
                )?;
            }
        }
        if let Some(list) = &self.regimes {
            o.regimes = crate::register::regulation::ops::parse_regimes(list)?;
        }
        if let Some(t) = &self.dora_entity_type {
            o.dora_entity_type = Some(validate::choice(
                "dora_entity_type",
                t,
                crate::register::regulation::DoraEntityType::allowed,
            )?);
        }
        if let Some(v) = &self.nis2_entity {
            o.nis2_entity = Some(match v.trim().to_ascii_lowercase().as_str() {
                "yes" | "true" => true,
                "no" | "false" => false,
                _ => {
                    return Err(Error::invalid(
                        "nis2_entity",
                        Reason::UnknownValue {
                            allowed: "yes, no".into(),
                        },
                    ))
                }
            });
        }
        if let Some(v) = &self.legal_representative_name {
            o.legal_representative_name = opt_line("legal_representative_name", v)?;
        }
        if let Some(v) = &self.legal_representative_role {
            o.legal_representative_role = opt_line("legal_representative_role", v)?;
        }
        if let Some(v) = &self.dpo_name {
            o.dpo_name = opt_line("dpo_name", v)?;
        }
        if let Some(v) = &self.dpo_email {
            o.dpo_email = opt_email("dpo_email", v)?;
        }
        if let Some(v) = &self.dpo_phone {
            o.dpo_phone = opt_phone("dpo_phone", v)?;
        }
        self.apply_dora(&mut o)?;
        // The number's form follows the country of the lead authority (as changed above); a
        // number stored before is checked again when the lead authority changes.
        let country =
            crate::register::regulation::authorities::find("lead_authority", &o.lead_authority)
                .map(|a| a.country.clone())
                .unwrap_or_default();
        let number = self.registration_number.clone().or_else(|| {
            self.lead_authority
                .as_ref()
                .and(o.registration_number.clone())
        });
        if let Some(v) = number {
            o.registration_number = if v.trim().is_empty() {
                None
            } else {
                Some(validate::registration_number(
                    "registration_number",
                    &v,
                    &country,
                )?)
            };
        }
        Ok(o)
    }
}

/// Register settings as typed.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct SettingsInput {
    pub aware_gap_hours: Option<i64>,
    pub idle_lock_minutes: Option<i64>,
    pub notify_thresholds_hours: Option<Vec<i64>>,
    /// Show incident titles in desktop notifications (off unless chosen).
    pub notify_show_titles: Option<bool>,
    pub backup_folder: Option<String>,
    pub backup_interval_hours: Option<i64>,
    pub backup_keep: Option<i64>,
    pub retention_months: Option<i64>,
    /// Category wire name → months; 0 removes the category's override.
    pub retention_by_category: Option<std::collections::BTreeMap<String, i64>>,
}

/// Fifty years: anything longer is a typo.
const MAX_RETENTION_MONTHS: i64 = 600;

impl SettingsInput {
    pub(crate) fn apply(&self, current: &Settings) -> Result<Settings> {
        let mut s = current.clone();
        if let Some(h) = self.aware_gap_hours {
            if !(1..=24 * 30).contains(&h) {
                return Err(Error::invalid(
                    "aware_gap_hours",
                    Reason::OutOfRange { max: 24 * 30 },
                ));
            }
            s.aware_gap_hours = h;
        }
        if let Some(m) = self.idle_lock_minutes {
            if !(0..=24 * 60).contains(&m) {
                return Err(Error::invalid(
                    "idle_lock_minutes",
                    Reason::OutOfRange { max: 24 * 60 },
                ));
            }
            s.idle_lock_minutes = m;
        }
        if let Some(list) = &self.notify_thresholds_hours {
            if list.iter().any(|h| !(1..=24 * 30).contains(h)) {
                return Err(Error::invalid(
                    "notify_thresholds_hours",
                    Reason::OutOfRange { max: 24 * 30 },
                ));
            }
            let mut l = list.clone();
            l.sort_unstable_by(|a, b| b.cmp(a));
            l.dedup();
            s.notify_thresholds_hours = l;
        }
        if let Some(show) = self.notify_show_titles {
            s.notify_show_titles = Some(show);
        }
        if let Some(f) = &self.backup_folder {
            s.backup_folder = validate::folder("backup_folder", f, dirs::home_dir().as_deref())?;
        }
        if let Some(h) = self.backup_interval_hours {
            if !(1..=24 * 31).contains(&h) {
                return Err(Error::invalid(
                    "backup_interval_hours",
                    Reason::OutOfRange { max: 24 * 31 },
                ));
            }
            s.backup_interval_hours = h;
        }
        if let Some(n) = self.backup_keep {
            if !(1..=1000).contains(&n) {
                return Err(Error::invalid(
                    "backup_keep",
                    Reason::OutOfRange { max: 1000 },
                ));
            }
            s.backup_keep = n;
        }
        if let Some(m) = self.retention_months {
            if !(1..=MAX_RETENTION_MONTHS).contains(&m) {
                return Err(Error::invalid(
                    "retention_months",
                    Reason::OutOfRange {
                        max: MAX_RETENTION_MONTHS as u64,
                    },
                ));
            }
            s.retention_months = m;
        }
        if let Some(map) = &self.retention_by_category {
            for (cat, months) in map {
                let c: Category =
                    validate::choice("retention_by_category", cat, Category::allowed)?;
                if !(0..=MAX_RETENTION_MONTHS).contains(months) {
                    return Err(Error::invalid(
                        "retention_by_category",
                        Reason::OutOfRange {
                            max: MAX_RETENTION_MONTHS as u64,
                        },
                    ));
                }
                if *months == 0 {
                    s.retention_by_category.remove(c.as_str());
                } else {
                    s.retention_by_category
                        .insert(c.as_str().to_string(), *months);
                }
            }
        }
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// UX review P5: the backup folder is checked where every front end's settings go through.
    #[test]
    fn a_relative_backup_folder_is_refused_and_a_home_folder_is_expanded() {
        let current = Settings::default();
        let set = |f: &str| {
            SettingsInput {
                backup_folder: Some(f.into()),
                ..Default::default()
            }
            .apply(&current)
        };
        match set("Backups/breachlog") {
            Err(Error::InvalidInput { field, reason }) => {
                assert_eq!(field, "backup_folder");
                assert_eq!(reason, Reason::RelativePath);
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert_eq!(set("/srv/backups").unwrap().backup_folder, "/srv/backups");
        if let Some(home) = dirs::home_dir().filter(|h| h.is_absolute()) {
            assert_eq!(
                set("~/Backups/breachlog").unwrap().backup_folder,
                home.join("Backups/breachlog").to_string_lossy()
            );
        }
    }
}
