//! DORA major ICT-related incident reports: the template of Commission Implementing Regulation
//! (EU) 2025/302 Annex I with the data glossary of its Annex II (field numbers, what each field
//! holds, whether it is mandatory), for the initial notification, the intermediate report and the
//! final report (contents: Delegated Regulation (EU) 2025/301 Arts 1–4). Sources and the
//! confirmation of each part in `docs/report-format.md`.
//!
//! A field's value comes from the incident record where the record holds it (detection time,
//! classification time, description, recovery and resolution times, the organisation) and
//! otherwise from the incident's DORA answers (`breach assess --dora NUMBER=VALUE`), checked
//! here against the field's type and the glossary's closed lists. A field mandatory at a stage
//! (Annex II "Mandatory field: Yes" for its section) and empty is listed in `missing`; a
//! conditional one ("Yes, if …") is never required by the program, only shown.

use std::collections::BTreeMap;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use breachlog_model::domain::{Incident, Language, Org};
use breachlog_model::error::{Error, Reason, Result};
use breachlog_model::i18n::Localizer;
use breachlog_model::regulation::{DoraEntityType, Filing, Obligation, Regime};
use breachlog_model::Ts;

use crate::drafts::{local, Draft, DraftField, DraftSection};

/// Where the template comes from (printed in the JSON file and the PDF).
pub const SOURCE: &str = "Commission Implementing Regulation (EU) 2025/302, Annex I (template) and Annex II (data glossary); Commission Delegated Regulation (EU) 2025/301, Arts 1-4 (content per stage)";
pub const SOURCE_URL: &str = "https://eur-lex.europa.eu/eli/reg_impl/2025/302/oj";

/// The report being prepared.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DoraStage {
    Initial,
    Intermediate,
    Final,
}

impl DoraStage {
    pub fn as_str(self) -> &'static str {
        match self {
            DoraStage::Initial => "initial",
            DoraStage::Intermediate => "intermediate",
            DoraStage::Final => "final",
        }
    }

    /// Field 1.1's value (Annex II: "Type of submission").
    pub fn submission(self) -> &'static str {
        match self {
            DoraStage::Initial => "initial_notification",
            DoraStage::Intermediate => "intermediate_report",
            DoraStage::Final => "final_report",
        }
    }

    fn rank(self) -> u8 {
        match self {
            DoraStage::Initial => 2,
            DoraStage::Intermediate => 3,
            DoraStage::Final => 4,
        }
    }

    pub fn parse(field: &'static str, v: &str) -> Result<Self> {
        match v.trim().to_ascii_lowercase().as_str() {
            "initial" | "initial_notification" => Ok(DoraStage::Initial),
            "intermediate" | "intermediate_report" => Ok(DoraStage::Intermediate),
            "final" | "final_report" => Ok(DoraStage::Final),
            _ => Err(Error::invalid(
                field,
                Reason::UnknownValue {
                    allowed: "initial, intermediate, final".into(),
                },
            )),
        }
    }

    /// The DORA rule whose filing sends this report (`rules/dora.json`).
    pub fn of_rule(rule: &str) -> Option<Self> {
        match rule {
            "initial" => Some(DoraStage::Initial),
            "intermediate" | "updated-intermediate" => Some(DoraStage::Intermediate),
            "final" => Some(DoraStage::Final),
            _ => None,
        }
    }
}

/// When Annex II makes a field mandatory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// "Yes" in the general section or the initial notification's: every report.
    Always,
    /// "Yes" in the intermediate report's section: the intermediate and the final report.
    FromIntermediate,
    /// "Yes" in the final report's section.
    Final,
    /// "Yes, if …" / "where applicable": shown, never required by the program.
    Conditional,
}

/// What a field holds (Annex II "Field type").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Integer,
    /// A number, decimals allowed (percentages, amounts).
    Decimal,
    DateTime,
    Bool,
    /// Duration DD:HH:MM.
    Duration,
    /// ISO 3166 alpha-2 codes, comma separated.
    Countries,
    Currency,
    /// Legal Entity Identifier (ISO 17442: 20 characters).
    Lei,
    Choice(&'static [&'static str]),
    Multi(&'static [&'static str]),
}

/// One data field of the template.
#[derive(Debug, Clone, Copy)]
pub struct FieldSpec {
    pub number: &'static str,
    /// `dora_2_4`: the input field name (errors) and, as `field-dora-2-4`, its label.
    pub key: &'static str,
    pub kind: Kind,
    pub need: Need,
}

impl FieldSpec {
    fn section(&self) -> u8 {
        self.number
            .split('.')
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(1)
    }

    /// Mandatory at `stage`.
    pub fn mandatory_at(&self, stage: DoraStage) -> bool {
        match self.need {
            Need::Always => true,
            Need::FromIntermediate => stage != DoraStage::Initial,
            Need::Final => stage == DoraStage::Final,
            Need::Conditional => false,
        }
    }

    /// Part of the report of `stage` (the template is cumulative: section 1 always, then the
    /// sections of the stage and of the ones before it).
    pub fn in_stage(&self, stage: DoraStage) -> bool {
        let s = self.section();
        s == 1 || s <= stage.rank()
    }
}

/// The reporting currencies Annex II allows for 1.15 (the euro and the other EU/EEA currencies).
pub const CURRENCIES: &[&str] = &[
    "EUR", "BGN", "CZK", "DKK", "HUF", "PLN", "RON", "ISK", "CHF", "NOK", "SEK",
];
const ENTITY_TYPES: &[&str] = &[
    "credit_institution",
    "payment_institution",
    "exempted_payment_institution",
    "account_information_service_provider",
    "electronic_money_institution",
    "exempted_electronic_money_institution",
    "investment_firm",
    "crypto-asset_service_provider",
    "issuer_of_asset-referenced_tokens",
    "central_securities_depository",
    "central_counterparty",
    "trading_venue",
    "trade_repository",
    "manager_of_alternative_investment_fund",
    "management_company",
    "data_reporting_service_provider",
    "insurance_and_reinsurance_undertaking",
    "insurance_intermediary_reinsurance_intermediary_and_ancillary_insurance_intermediary",
    "institution_for_occupational_retirement_provision",
    "credit_rating_agency",
    "administrator_of_critical_benchmarks",
    "crowdfunding_service_provider",
    "securitisation_repository",
];
const CRITERIA: &[&str] = &[
    "clients_financial_counterparts_and_transactions_affected",
    "reputational_impact",
    "duration_and_service_downtime",
    "geographical_spread",
    "data_losses",
    "critical_services_affected",
    "economic_impact",
];
const DISCOVERY: &[&str] = &[
    "it_security",
    "staff",
    "internal_audit",
    "external_audit",
    "clients",
    "financial_counterparts",
    "third-party_provider",
    "attacker",
    "monitoring_systems",
    "authority_agency_law_enforcement_body",
    "other",
];
const ACTUAL_OR_ESTIMATE: &[&str] = &[
    "actual_figures_for_clients_affected",
    "actual_figures_for_financial_counterparts_affected",
    "actual_figures_for_transactions_affected",
    "estimates_for_clients_affected",
    "estimates_for_financial_counterparts_affected",
    "estimates_for_transactions_affected",
    "no_impact_on_clients",
    "no_impact_on_financial_counterparts",
    "no_impact_on_transactions",
];
const DOWNTIME_ACTUAL: &[&str] = &[
    "actual_figures",
    "estimates",
    "actual_figures_and_estimates",
    "no_information_available",
];
const MEMBER_STATE_IMPACT: &[&str] = &[
    "clients",
    "financial_counterparts",
    "branch_of_the_financial_entity",
    "financial_entities_within_the_group_carrying_out_activities_in_the_respective_member_state",
    "financial_market_infrastructure",
    "third-party_providers_that_may_be_common_to_other_financial_entities",
];
const DATA_LOSSES: &[&str] = &[
    "availability",
    "authenticity",
    "integrity",
    "confidentiality",
];
const INCIDENT_TYPES: &[&str] = &[
    "cybersecurity-related",
    "process_failure",
    "system_failure",
    "external_event",
    "payment-related",
    "other",
];
const THREATS: &[&str] = &[
    "social_engineering_including_phishing",
    "ddos",
    "identity_theft",
    "data_encryption_for_impact_including_ransomware",
    "resource_hijacking",
    "data_exfiltration_and_manipulation_including_identity_theft",
    "data_destruction",
    "defacement",
    "supply-chain_attack",
    "other",
];
const YES_NO_NA: &[&str] = &["yes", "no", "information_not_available"];
const OTHER_AUTHORITIES: &[&str] = &[
    "police_law_enforcement",
    "csirt",
    "data_protection_authority",
    "national_cybersecurity_agency",
    "none",
    "other",
];
const ROOT_CAUSES: &[&str] = &[
    "malicious_actions",
    "process_failure",
    "system_failure_malfunction",
    "human_error",
    "external_event",
];

macro_rules! fields {
    ($( $num:literal $key:ident $kind:expr, $need:ident; )*) => {
        &[$(FieldSpec { number: $num, key: stringify!($key), kind: $kind, need: Need::$need }),*]
    };
}

/// Every data field of Annex I, in its order, with its type and Annex II's mandatory mark.
pub const FIELDS: &[FieldSpec] = fields! {
    "1.1" dora_1_1 Kind::Text, Always;
    "1.2" dora_1_2 Kind::Text, Always;
    "1.3" dora_1_3 Kind::Lei, Always;
    "1.4" dora_1_4 Kind::Multi(ENTITY_TYPES), Always;
    "1.5" dora_1_5 Kind::Text, Conditional;
    "1.6" dora_1_6 Kind::Lei, Conditional;
    "1.7" dora_1_7 Kind::Text, Always;
    "1.8" dora_1_8 Kind::Text, Always;
    "1.9" dora_1_9 Kind::Text, Always;
    "1.10" dora_1_10 Kind::Text, Always;
    "1.11" dora_1_11 Kind::Text, Always;
    "1.12" dora_1_12 Kind::Text, Always;
    "1.13" dora_1_13 Kind::Text, Conditional;
    "1.14" dora_1_14 Kind::Lei, Conditional;
    "1.15" dora_1_15 Kind::Currency, Always;
    "2.1" dora_2_1 Kind::Text, Always;
    "2.2" dora_2_2 Kind::DateTime, Always;
    "2.3" dora_2_3 Kind::DateTime, Always;
    "2.4" dora_2_4 Kind::Text, Always;
    "2.5" dora_2_5 Kind::Multi(CRITERIA), Always;
    "2.6" dora_2_6 Kind::Countries, Conditional;
    "2.7" dora_2_7 Kind::Choice(DISCOVERY), Always;
    "2.8" dora_2_8 Kind::Text, Conditional;
    "2.9" dora_2_9 Kind::Bool, Always;
    "2.10" dora_2_10 Kind::Text, Conditional;
    "3.1" dora_3_1 Kind::Text, Conditional;
    "3.2" dora_3_2 Kind::DateTime, FromIntermediate;
    "3.3" dora_3_3 Kind::DateTime, Conditional;
    "3.4" dora_3_4 Kind::Integer, FromIntermediate;
    "3.5" dora_3_5 Kind::Decimal, FromIntermediate;
    "3.6" dora_3_6 Kind::Integer, FromIntermediate;
    "3.7" dora_3_7 Kind::Decimal, FromIntermediate;
    "3.8" dora_3_8 Kind::Bool, Conditional;
    "3.9" dora_3_9 Kind::Integer, Conditional;
    "3.10" dora_3_10 Kind::Decimal, Conditional;
    "3.11" dora_3_11 Kind::Decimal, Conditional;
    "3.12" dora_3_12 Kind::Multi(ACTUAL_OR_ESTIMATE), FromIntermediate;
    "3.13" dora_3_13 Kind::Text, Conditional;
    "3.14" dora_3_14 Kind::Text, Conditional;
    "3.15" dora_3_15 Kind::Duration, FromIntermediate;
    "3.16" dora_3_16 Kind::Duration, Conditional;
    "3.17" dora_3_17 Kind::Choice(DOWNTIME_ACTUAL), Conditional;
    "3.18" dora_3_18 Kind::Multi(MEMBER_STATE_IMPACT), Conditional;
    "3.19" dora_3_19 Kind::Text, Conditional;
    "3.20" dora_3_20 Kind::Multi(DATA_LOSSES), Conditional;
    "3.21" dora_3_21 Kind::Text, Conditional;
    "3.22" dora_3_22 Kind::Text, FromIntermediate;
    "3.23" dora_3_23 Kind::Multi(INCIDENT_TYPES), FromIntermediate;
    "3.24" dora_3_24 Kind::Text, Conditional;
    "3.25" dora_3_25 Kind::Multi(THREATS), Conditional;
    "3.26" dora_3_26 Kind::Text, Conditional;
    "3.27" dora_3_27 Kind::Text, FromIntermediate;
    "3.28" dora_3_28 Kind::Choice(YES_NO_NA), FromIntermediate;
    "3.29" dora_3_29 Kind::Text, Conditional;
    "3.30" dora_3_30 Kind::Choice(YES_NO_NA), FromIntermediate;
    "3.31" dora_3_31 Kind::Multi(OTHER_AUTHORITIES), FromIntermediate;
    "3.32" dora_3_32 Kind::Text, Conditional;
    "3.33" dora_3_33 Kind::Bool, FromIntermediate;
    "3.34" dora_3_34 Kind::Text, Conditional;
    "3.35" dora_3_35 Kind::Text, Conditional;
    "4.1" dora_4_1 Kind::Multi(ROOT_CAUSES), Final;
    "4.2" dora_4_2 Kind::Text, Final;
    "4.3" dora_4_3 Kind::Text, Conditional;
    "4.4" dora_4_4 Kind::Text, Conditional;
    "4.5" dora_4_5 Kind::Text, Final;
    "4.6" dora_4_6 Kind::Text, Final;
    "4.7" dora_4_7 Kind::DateTime, Final;
    "4.8" dora_4_8 Kind::DateTime, Final;
    "4.9" dora_4_9 Kind::Text, Conditional;
    "4.10" dora_4_10 Kind::Text, Conditional;
    "4.11" dora_4_11 Kind::Text, Conditional;
    "4.12" dora_4_12 Kind::Text, Final;
    "4.13" dora_4_13 Kind::Decimal, Final;
    "4.14" dora_4_14 Kind::Decimal, Final;
    "4.15" dora_4_15 Kind::Text, Conditional;
    "4.16" dora_4_16 Kind::DateTime, Conditional;
};

/// Fields the record answers; an answer given for one of them is refused (the record is the
/// one place it is stated).
const FROM_RECORD: &[&str] = &["1.1", "1.2", "2.1", "2.2", "2.3"];

pub fn spec(number: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|f| f.number == number)
}

/// Checks one answer `NUMBER=VALUE` against its field and returns it in its stored form (an
/// empty value clears the answer: `None`).
pub fn check_answer(number: &str, value: &str) -> Result<(String, Option<String>)> {
    let number = number.trim();
    let Some(f) = spec(number).filter(|f| !FROM_RECORD.contains(&f.number)) else {
        let allowed = FIELDS
            .iter()
            .filter(|f| !FROM_RECORD.contains(&f.number))
            .map(|f| f.number)
            .collect::<Vec<_>>()
            .join(", ");
        return Err(Error::invalid("dora", Reason::UnknownValue { allowed }));
    };
    let v = value.trim();
    if v.is_empty() {
        return Ok((f.number.to_string(), None));
    }
    let field = f.key;
    let bad_choice = |options: &[&str]| {
        Error::invalid(
            field,
            Reason::UnknownValue {
                allowed: options.join(", "),
            },
        )
    };
    let stored = match f.kind {
        Kind::Text => breachlog_model::validate::text(field, v)?,
        Kind::Integer => v
            .parse::<u64>()
            .map_err(|_| Error::invalid(field, Reason::NotANumber))?
            .to_string(),
        Kind::Decimal => {
            let ok = v.parse::<f64>().is_ok_and(|n| n.is_finite() && n >= 0.0)
                && v.chars().all(|c| c.is_ascii_digit() || c == '.');
            if !ok {
                return Err(Error::invalid(field, Reason::NotANumber));
            }
            v.to_string()
        }
        Kind::DateTime => breachlog_model::validate::timestamp(field, v)?.to_string(),
        Kind::Bool => match v.to_ascii_lowercase().as_str() {
            "yes" | "true" => "yes".into(),
            "no" | "false" => "no".into(),
            _ => return Err(bad_choice(&["yes", "no"])),
        },
        Kind::Duration => {
            let parts: Vec<&str> = v.split(':').collect();
            let ok = parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                && parts[0].len() <= 3
                && parts[1].len() == 2
                && parts[2].len() == 2
                && parts[1].parse::<u32>().is_ok_and(|h| h < 24)
                && parts[2].parse::<u32>().is_ok_and(|m| m < 60);
            if !ok {
                return Err(Error::invalid(field, Reason::InvalidRange));
            }
            v.to_string()
        }
        Kind::Countries => {
            let mut out = Vec::new();
            for c in v.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                out.push(breachlog_model::validate::country(field, c)?.to_ascii_uppercase());
            }
            out.join(",")
        }
        Kind::Currency => {
            let c = v.to_ascii_uppercase();
            if !CURRENCIES.contains(&c.as_str()) {
                return Err(bad_choice(CURRENCIES));
            }
            c
        }
        Kind::Lei => breachlog_model::validate::lei(field, v)?,
        Kind::Choice(options) => {
            let c = v.to_ascii_lowercase();
            if !options.contains(&c.as_str()) {
                return Err(bad_choice(options));
            }
            c
        }
        Kind::Multi(options) => {
            let mut out: Vec<String> = Vec::new();
            for c in v.split(',').map(|c| c.trim().to_ascii_lowercase()) {
                if c.is_empty() {
                    continue;
                }
                if !options.contains(&c.as_str()) {
                    return Err(bad_choice(options));
                }
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            out.join(",")
        }
    };
    Ok((f.number.to_string(), Some(stored)))
}

/// One field of a report, as printed in the JSON file and the draft.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoraField {
    pub number: String,
    pub label: String,
    /// The value in the file's form (numbers, `true`/`false`, lists, UTC times); `null` when
    /// empty.
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub value: serde_json::Value,
    /// The value as shown to people, in the draft language and the organisation's time zone.
    pub text: String,
    /// Mandatory at this stage (Annex II).
    pub mandatory: bool,
    /// Mandatory and empty.
    pub missing: bool,
}

/// A DORA report of one incident at one stage: `breachlog report dora --format json`.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoraReport {
    pub template: &'static str,
    pub source: &'static str,
    pub source_url: &'static str,
    pub incident: String,
    pub stage: DoraStage,
    pub language: Language,
    pub fields: Vec<DoraField>,
    /// Mandatory fields of this stage still empty (field numbers).
    pub missing: Vec<String>,
}

/// What a DORA report is written from.
#[derive(Debug)]
pub struct DoraFacts<'a> {
    pub incident: &'a Incident,
    pub org: &'a Org,
    /// When the incident was classified as major (`incident classify --regime dora`).
    pub classified_at: Option<Ts>,
    /// The incident's obligations and their filings (the authority's reference, 3.1).
    pub obligations: &'a [(Obligation, Vec<Filing>)],
}

/// DD:HH:MM between two moments (`None` when `to` is before `from`).
fn duration(from: Ts, to: Ts) -> Option<String> {
    let m = (to.as_utc() - from.as_utc()).num_minutes();
    (m >= 0).then(|| format!("{:02}:{:02}:{:02}", m / 1440, (m % 1440) / 60, m % 60))
}

/// The time in the file's form: UTC, seconds, `Z`.
fn utc(ts: Ts) -> String {
    ts.as_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

impl DoraFacts<'_> {
    /// The stored value of field `number` (answers in their stored form, record values as
    /// answers would be stored), the answer winning over the record.
    fn raw(&self, number: &str, stage: DoraStage) -> Option<String> {
        let i = self.incident;
        let answers: BTreeMap<String, String> = i
            .assessment
            .as_ref()
            .map(|a| a.dora_answers.0.clone())
            .unwrap_or_default();
        let record = match number {
            "1.1" => Some(stage.submission().to_string()),
            "1.2" => Some(self.org.name.clone()).filter(|n| !n.trim().is_empty()),
            "1.4" => match self.org.dora_entity_type {
                Some(DoraEntityType::Other) | None => None,
                Some(t) => Some(t.as_str().to_string()),
            },
            // What the organisation profile states once (`org set --lei …`).
            "1.3" => self.org.lei.clone(),
            "1.7" => self.org.dora_contact_name.clone(),
            "1.8" => self.org.dora_contact_email.clone(),
            "1.9" => self.org.dora_contact_phone.clone(),
            "1.10" => self.org.dora_second_contact_name.clone(),
            "1.11" => self.org.dora_second_contact_email.clone(),
            "1.12" => self.org.dora_second_contact_phone.clone(),
            "1.13" => self.org.parent_undertaking_name.clone(),
            "1.14" => self.org.parent_undertaking_lei.clone(),
            "1.15" => self.org.reporting_currency.clone(),
            "2.1" => Some(i.id.to_string()),
            "2.2" => Some(i.detected_at.to_string()),
            "2.3" => self.classified_at.map(|t| t.to_string()),
            "2.4" => Some(i.description.clone())
                .filter(|d| !d.trim().is_empty())
                .or_else(|| Some(i.title.clone())),
            "3.1" => self
                .obligations
                .iter()
                .filter(|(o, _)| o.regime == Regime::Dora)
                .flat_map(|(_, f)| f.iter())
                .filter(|f| !f.reference.trim().is_empty())
                .max_by_key(|f| f.at)
                .map(|f| f.reference.clone()),
            "3.2" => i.occurred_from.map(|t| t.to_string()),
            "3.3" => i.recovered_at.map(|t| t.to_string()),
            "3.15" => match (i.occurred_from, i.resolved_at) {
                (Some(f), Some(t)) => duration(f, t),
                _ => None,
            },
            "4.8" => i.resolved_at.map(|t| t.to_string()),
            _ => None,
        };
        if FROM_RECORD.contains(&number) {
            return record;
        }
        answers.get(number).cloned().or(record)
    }
}

/// The field's value in the file's form.
fn typed(kind: Kind, raw: &str) -> serde_json::Value {
    use serde_json::Value;
    let list = || {
        Value::from(
            raw.split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>(),
        )
    };
    match kind {
        Kind::Integer => raw.parse::<u64>().map(Value::from).unwrap_or(Value::Null),
        Kind::Decimal => serde_json::from_str::<serde_json::Number>(raw)
            .map(Value::Number)
            .unwrap_or_else(|_| Value::from(raw)),
        Kind::Bool => Value::Bool(raw == "yes"),
        Kind::DateTime => Ts::parse(raw)
            .map(|t| Value::from(utc(t)))
            .unwrap_or_else(|| Value::from(raw)),
        Kind::Multi(_) | Kind::Countries => list(),
        _ => Value::from(raw),
    }
}

/// The field's value as shown to people.
fn shown(l: &Localizer, tz: Tz, kind: Kind, raw: &str) -> String {
    match kind {
        Kind::DateTime => Ts::parse(raw)
            .map(|t| local(l, t, tz))
            .unwrap_or_else(|| raw.to_string()),
        Kind::Bool => l.text(if raw == "yes" { "tpl-yes" } else { "tpl-no" }),
        Kind::Integer => raw
            .parse::<i64>()
            .map(|n| l.number(n))
            .unwrap_or_else(|_| raw.to_string()),
        Kind::Multi(_) | Kind::Countries => raw.split(',').collect::<Vec<_>>().join(", "),
        _ => raw.to_string(),
    }
}

/// The label of field `number`: "2.4 Description of the major ICT-related incident".
pub fn label(l: &Localizer, f: &FieldSpec) -> String {
    l.field(f.key)
}

/// The report of `stage` in `lang`.
pub fn report(facts: &DoraFacts<'_>, stage: DoraStage, lang: Language) -> DoraReport {
    let l = Localizer::new(lang);
    let tz = facts.org.tz();
    let mut fields = Vec::new();
    let mut missing = Vec::new();
    for f in FIELDS.iter().filter(|f| f.in_stage(stage)) {
        let raw = facts.raw(f.number, stage).filter(|v| !v.trim().is_empty());
        let mandatory = f.mandatory_at(stage);
        let is_missing = mandatory && raw.is_none();
        if is_missing {
            missing.push(f.number.to_string());
        }
        fields.push(DoraField {
            number: f.number.to_string(),
            label: label(&l, f),
            value: raw
                .as_deref()
                .map(|r| typed(f.kind, r))
                .unwrap_or(serde_json::Value::Null),
            text: raw
                .as_deref()
                .map(|r| shown(&l, tz, f.kind, r))
                .unwrap_or_default(),
            mandatory,
            missing: is_missing,
        });
    }
    DoraReport {
        template: "eu-2025-302-annex-i",
        source: SOURCE,
        source_url: SOURCE_URL,
        incident: facts.incident.id.to_string(),
        stage,
        language: lang,
        fields,
        missing,
    }
}

/// The report as a draft (shown with copy buttons, rendered to PDF): one section per part of
/// the template, each field under its number; `missing` lists the mandatory fields still empty.
pub fn draft(facts: &DoraFacts<'_>, stage: DoraStage, lang: Language) -> Draft {
    let r = report(facts, stage, lang);
    let l = Localizer::new(lang);
    let mut sections: Vec<DraftSection> = Vec::new();
    for f in &r.fields {
        let part = f.number.split('.').next().unwrap_or("1").to_string();
        if sections.last().map(|s| s.id.as_str()) != Some(part.as_str()) {
            sections.push(DraftSection {
                id: part.clone(),
                title: l.text(&format!("dora-section-{part}")),
                fields: Vec::new(),
            });
        }
        if let Some(s) = sections.last_mut() {
            s.fields.push(DraftField {
                id: f.number.clone(),
                label: f.label.clone(),
                value: f.text.clone(),
            });
        }
    }
    Draft {
        edited: Vec::new(),
        authority: None,
        language: lang,
        title: l.msg(
            &format!("dora-title-{}", stage.as_str()),
            &[("org", facts.org.name.clone())],
        ),
        sections,
        missing: r.missing,
        unanswered: Vec::new(),
        changed_since_filing: Vec::new(),
        since_filing: None,
    }
}

#[cfg(test)]
mod tests {
    //! The DORA report checked against Annex I of Implementing Regulation (EU) 2025/302: every
    //! field of each stage present under its number, filled from the record or the answers, or
    //! flagged missing where Annex II makes it mandatory, in the four languages.
    use super::*;
    use crate::testing::ts;
    use breachlog_model::domain::Assessment;

    /// Annex I's field numbers, section by section (1.1–1.15, 2.1–2.10, 3.1–3.35, 4.1–4.16).
    fn annex_i(stage: DoraStage) -> Vec<String> {
        let mut out = Vec::new();
        let parts: &[(u8, u8)] = &[(1, 15), (2, 10), (3, 35), (4, 16)];
        for (s, n) in parts {
            if *s == 1 || *s <= stage.rank() {
                out.extend((1..=*n).map(|i| format!("{s}.{i}")));
            }
        }
        out
    }

    fn incident(answers: &[(&str, &str)]) -> Incident {
        let mut i = crate::testing::incident(serde_json::json!({
            "title": "Payment gateway outage",
            "description": "Card payments failed for four hours.",
            "category": "system_failure",
            "source": "monitoring",
            "severity": "high",
            "detected_at": "2026-05-04T08:00:00.000000Z",
            "occurred_from": "2026-05-04T07:30:00.000000Z",
        }));
        let mut a = Assessment::default();
        for (k, v) in answers {
            let (n, v) = check_answer(k, v).unwrap();
            a.dora_answers.insert(n, v.unwrap());
        }
        i.assessment = Some(a);
        i
    }

    fn org() -> Org {
        Org {
            name: "Fictional Bank N.V.".into(),
            timezone: "Europe/Amsterdam".into(),
            dora_entity_type: Some(DoraEntityType::CreditInstitution),
            ..Org::default()
        }
    }

    fn facts<'a>(i: &'a Incident, o: &'a Org) -> DoraFacts<'a> {
        DoraFacts {
            incident: i,
            org: o,
            classified_at: Some(ts("2026-05-04T09:00:00Z")),
            obligations: &[],
        }
    }

    #[test]
    fn every_stage_has_every_field_of_annex_i_filled_or_flagged_in_four_languages() {
        let i = incident(&[]);
        let o = org();
        for stage in [
            DoraStage::Initial,
            DoraStage::Intermediate,
            DoraStage::Final,
        ] {
            for lang in [Language::En, Language::De, Language::Nl, Language::Fr] {
                let r = report(&facts(&i, &o), stage, lang);
                let numbers: Vec<&str> = r.fields.iter().map(|f| f.number.as_str()).collect();
                assert_eq!(numbers, annex_i(stage), "{stage:?}");
                let en = Localizer::new(Language::En);
                for f in &r.fields {
                    assert!(
                        f.label.starts_with(&format!("{} ", f.number)),
                        "{}",
                        f.label
                    );
                    assert!(!f.label.contains("field-dora"), "{lang:?} {}", f.label);
                    if lang != Language::En {
                        let spec = spec(&f.number).unwrap();
                        assert_ne!(
                            f.label,
                            label(&en, spec),
                            "{lang:?} {} untranslated",
                            f.number
                        );
                    }
                    // Filled, or empty and flagged exactly when mandatory.
                    assert_eq!(f.value.is_null(), f.text.is_empty(), "{}", f.number);
                    assert_eq!(f.missing, f.mandatory && f.value.is_null(), "{}", f.number);
                }
                let flagged: Vec<&str> = r
                    .fields
                    .iter()
                    .filter(|f| f.missing)
                    .map(|f| f.number.as_str())
                    .collect();
                assert_eq!(r.missing, flagged);
                let d = draft(&facts(&i, &o), stage, lang);
                assert_eq!(d.fields().count(), r.fields.len());
                assert!(d.sections.iter().all(|s| !s.title.starts_with("dora-")));
                assert!(!d.title.starts_with("dora-"));
            }
        }
    }

    #[test]
    fn the_record_fills_what_it_holds_and_annex_ii_decides_what_is_missing_per_stage() {
        let i = incident(&[]);
        let o = org();
        let r = report(&facts(&i, &o), DoraStage::Initial, Language::En);
        let v = |n: &str| {
            r.fields
                .iter()
                .find(|f| f.number == n)
                .unwrap()
                .value
                .clone()
        };
        assert_eq!(v("1.1"), "initial_notification");
        assert_eq!(v("1.2"), "Fictional Bank N.V.");
        assert_eq!(v("1.4"), serde_json::json!(["credit_institution"]));
        assert_eq!(v("2.1"), "01900000-0000-7000-8000-000000000001");
        assert_eq!(v("2.2"), "2026-05-04T08:00:00Z");
        assert_eq!(v("2.3"), "2026-05-04T09:00:00Z");
        assert_eq!(v("2.4"), "Card payments failed for four hours.");
        // The initial notification: Annex II's mandatory fields the record does not hold.
        assert_eq!(
            r.missing,
            ["1.3", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.15", "2.5", "2.7", "2.9"]
        );
        // 3.x fields are not part of the initial notification at all.
        assert!(r.fields.iter().all(|f| !f.number.starts_with('3')));
        // The intermediate report adds section 3's mandatory fields (3.2 is in the record;
        // 3.1, 3.3 and the other conditional ones are never required).
        let r = report(&facts(&i, &o), DoraStage::Intermediate, Language::En);
        let third: Vec<&str> = r
            .missing
            .iter()
            .map(String::as_str)
            .filter(|n| n.starts_with('3'))
            .collect();
        assert_eq!(
            third,
            [
                "3.4", "3.5", "3.6", "3.7", "3.12", "3.15", "3.22", "3.23", "3.27", "3.28", "3.30",
                "3.31", "3.33"
            ]
        );
        let r = report(&facts(&i, &o), DoraStage::Final, Language::En);
        let fourth: Vec<&str> = r
            .missing
            .iter()
            .map(String::as_str)
            .filter(|n| n.starts_with('4'))
            .collect();
        assert_eq!(
            fourth,
            ["4.1", "4.2", "4.5", "4.6", "4.7", "4.8", "4.12", "4.13", "4.14"]
        );
    }

    #[test]
    fn answers_fill_the_fields_in_the_files_form_and_nothing_mandatory_stays_missing() {
        let answers = [
            ("1.3", "529900T8BM49AURSDO55"),
            ("1.7", "Anna de Vries"),
            ("1.8", "anna@example.test"),
            ("1.9", "+31 20 123 4567"),
            ("1.10", "Piet Jansen"),
            ("1.11", "piet@example.test"),
            ("1.12", "+31 20 765 4321"),
            ("1.15", "eur"),
            (
                "2.5",
                "duration_and_service_downtime, critical_services_affected",
            ),
            ("2.7", "monitoring_systems"),
            ("2.9", "yes"),
            ("3.4", "12000"),
            ("3.5", "4.5"),
            ("3.6", "0"),
            ("3.7", "0"),
            ("3.12", "estimates_for_clients_affected"),
            ("3.22", "Card payments"),
            ("3.23", "system_failure"),
            ("3.27", "Payments"),
            ("3.28", "yes"),
            ("3.30", "no"),
            ("3.31", "none"),
            ("3.33", "no"),
        ];
        let i = incident(&answers);
        let o = org();
        let r = report(&facts(&i, &o), DoraStage::Intermediate, Language::Nl);
        assert!(r.missing.contains(&"3.15".to_string()), "{:?}", r.missing);
        let r = report(&facts(&i, &o), DoraStage::Intermediate, Language::Nl);
        let v = |n: &str| r.fields.iter().find(|f| f.number == n).unwrap().clone();
        assert_eq!(v("1.15").value, "EUR");
        assert_eq!(v("2.9").value, true);
        assert_eq!(v("2.9").text, "ja");
        assert_eq!(v("3.4").value, 12000);
        assert_eq!(v("3.4").text, "12.000");
        assert_eq!(v("3.5").value, serde_json::json!(4.5));
        assert_eq!(
            v("2.5").value,
            serde_json::json!([
                "duration_and_service_downtime",
                "critical_services_affected"
            ])
        );
        // Only 3.15 (no resolution time yet) is missing.
        assert_eq!(r.missing, ["3.15"]);
    }

    #[test]
    fn the_organisation_profile_fills_the_entitys_fields_and_an_incidents_answer_wins() {
        let o = Org {
            lei: Some("7LTWFZYICNSX8D621K86".into()),
            dora_contact_name: Some("Anna de Vries".into()),
            dora_contact_email: Some("anna@example.test".into()),
            dora_contact_phone: Some("+31 20 123 4567".into()),
            dora_second_contact_name: Some("Piet Jansen".into()),
            dora_second_contact_email: Some("piet@example.test".into()),
            dora_second_contact_phone: Some("+31 20 765 4321".into()),
            parent_undertaking_name: Some("Fictional Holding N.V.".into()),
            parent_undertaking_lei: Some("529900T8BM49AURSDO55".into()),
            reporting_currency: Some("EUR".into()),
            ..org()
        };
        let i = incident(&[("1.7", "Karin Bakker")]);
        let r = report(&facts(&i, &o), DoraStage::Initial, Language::En);
        let v = |n: &str| {
            r.fields
                .iter()
                .find(|f| f.number == n)
                .unwrap()
                .value
                .clone()
        };
        assert_eq!(v("1.3"), "7LTWFZYICNSX8D621K86");
        assert_eq!(v("1.7"), "Karin Bakker"); // the incident's answer
        assert_eq!(v("1.8"), "anna@example.test");
        assert_eq!(v("1.9"), "+31 20 123 4567");
        assert_eq!(v("1.10"), "Piet Jansen");
        assert_eq!(v("1.11"), "piet@example.test");
        assert_eq!(v("1.12"), "+31 20 765 4321");
        assert_eq!(v("1.13"), "Fictional Holding N.V.");
        assert_eq!(v("1.14"), "529900T8BM49AURSDO55");
        assert_eq!(v("1.15"), "EUR");
        assert_eq!(r.missing, ["2.5", "2.7", "2.9"]);
    }

    #[test]
    fn answers_are_checked_against_their_field() {
        let bad = |n: &str, v: &str| match check_answer(n, v) {
            Err(Error::InvalidInput { field, .. }) => field,
            other => panic!("{n}={v}: {other:?}"),
        };
        assert_eq!(bad("9.9", "x"), "dora");
        assert_eq!(bad("2.2", "2026-05-04T08:00:00Z"), "dora"); // from the record
        assert_eq!(bad("3.4", "many"), "dora_3_4");
        assert_eq!(bad("3.5", "-1"), "dora_3_5");
        assert_eq!(bad("2.7", "psychic"), "dora_2_7");
        assert_eq!(bad("2.5", "economic_impact, weather"), "dora_2_5");
        assert_eq!(bad("3.16", "1:25:00"), "dora_3_16");
        assert_eq!(bad("1.3", "short"), "dora_1_3");
        assert_eq!(bad("1.3", "7LTWFZYICNSX8D621K87"), "dora_1_3"); // check digits
        assert_eq!(bad("1.15", "USD"), "dora_1_15");
        assert_eq!(bad("4.7", "yesterday"), "dora_4_7");
        assert_eq!(
            check_answer("3.16", "01:02:30").unwrap().1.as_deref(),
            Some("01:02:30")
        );
        assert_eq!(
            check_answer("2.6", "de, fr").unwrap().1.as_deref(),
            Some("DE,FR")
        );
        assert_eq!(check_answer("3.4", " ").unwrap().1, None);
    }
}
