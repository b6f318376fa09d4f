use std::collections::BTreeMap;
use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Serialize};

use super::{
    Decision, Encryption, LegalBasis, Nature, NotificationKind, PersonalData, Risk, Role,
    SeverityEstimate,
};
use crate::Ts;

/// The personal-data breach assessment of an incident (GDPR Art 33/34 facts and decisions).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Assessment {
    pub personal_data: PersonalData,
    /// When we became aware that personal data were compromised (EDPB 9/2022 §2); the GDPR
    /// 72-hour clock runs from here. Never earlier than the incident's `detected_at`.
    #[serde(default)]
    pub aware_at: Option<Ts>,
    /// Why the investigation before `aware_at` took as long as it did.
    #[serde(default)]
    pub aware_justification: Option<String>,
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default)]
    pub nature: Vec<Nature>,
    #[serde(default)]
    pub data_categories: Vec<String>,
    /// Art 9/10 special categories.
    #[serde(default)]
    pub special_categories: Vec<String>,
    #[serde(default)]
    pub subject_categories: Vec<String>,
    #[serde(default)]
    pub subjects_approx: Option<u64>,
    #[serde(default)]
    pub subjects_estimate: bool,
    #[serde(default)]
    pub records_approx: Option<u64>,
    #[serde(default)]
    pub records_estimate: bool,
    #[serde(default)]
    pub consequences: Option<String>,
    #[serde(default)]
    pub measures_taken: Option<String>,
    #[serde(default)]
    pub measures_proposed: Option<String>,
    #[serde(default)]
    pub contact_point: Option<String>,
    #[serde(default)]
    pub risk: Option<Risk>,
    #[serde(default)]
    pub risk_reasoning: Option<String>,
    #[serde(default)]
    pub decision: Option<Decision>,
    #[serde(default)]
    pub decision_rationale: Option<String>,
    #[serde(default)]
    pub decided_by: Option<String>,
    #[serde(default)]
    pub decided_at: Option<Ts>,
    /// Processor role: the affected controllers (ids of `controller add`).
    #[serde(default)]
    pub controllers: Vec<uuid::Uuid>,
    /// Authorities to notify instead of the lead authority (ids of the authority registry).
    #[serde(default)]
    pub authorities: Vec<String>,
    #[serde(default)]
    pub art34_exemption: Option<crate::regulation::Art34Exemption>,
    #[serde(default)]
    pub art34_justification: Option<String>,
    #[serde(default)]
    pub art34_decided_by: Option<String>,
    #[serde(default)]
    pub art34_decided_at: Option<Ts>,
    /// The ENISA severity calculation the person based the risk verdict on.
    #[serde(default)]
    pub enisa: Option<crate::enisa::EnisaResult>,
    // The answers the authorities' forms ask beyond Art 33(3) (issue 14). Each is absent from
    // assessments stored before it existed (they verify as stored) and `None` until answered.
    /// Is the breach still going on?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub ongoing: Option<bool>,
    /// Were the data encrypted when it happened (yes, no, partly)?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub encrypted: Option<Encryption>,
    /// Fewest and most people concerned (the AP asks a minimum and a maximum).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub subjects_min: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub subjects_max: Option<u64>,
    /// The organisation's estimate of how serious the consequences are for the people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub severity_estimate: Option<SeverityEstimate>,
    /// Another organisation involved (our processor, our customer …), or `none`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub other_organisation: Option<String>,
    /// The law the (Dutch) notification is made under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub legal_basis: Option<LegalBasis>,
    /// What the next notification is (initial, complementary, withdrawal); `None`: derived from
    /// the filings (a first one until one is recorded, then a complement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub notification_kind: Option<NotificationKind>,
    /// The answers to the DORA report template (Implementing Regulation (EU) 2025/302 Annex II)
    /// the record does not hold, by field number (`"3.4"` → `"1200"`), each checked against its
    /// field when given (`breachlog_rules::dora_report`). Absent from assessments stored before
    /// it existed; sealed as a whole (names, e-mails, descriptions).
    #[serde(default, skip_serializing_if = "FormAnswers::is_empty")]
    #[cfg_attr(feature = "ts", ts(type = "Record<string, string>"))]
    pub dora_answers: FormAnswers,
    /// The answers to the Cyber Resilience Act reports (Regulation (EU) 2024/2847 Art 14(2) and
    /// (4)) the record does not hold, by item (`member_states`, `security_update`, …), each
    /// checked when given (`breachlog_rules::cra_report`); sealed as a whole.
    #[serde(default, skip_serializing_if = "FormAnswers::is_empty")]
    #[cfg_attr(feature = "ts", ts(type = "Record<string, string>"))]
    pub cra_answers: FormAnswers,
    /// The answers to the NIS2 reports to a national CSIRT (Directive (EU) 2022/2555
    /// Art 23(4)) the record does not hold, by item (`sector`, `threat_root_cause`, …), each
    /// checked when given (`breachlog_rules::nis2_report`); sealed as a whole.
    #[serde(default, skip_serializing_if = "FormAnswers::is_empty")]
    #[cfg_attr(feature = "ts", ts(type = "Record<string, string>"))]
    pub nis2_answers: FormAnswers,
}

impl Default for Assessment {
    fn default() -> Self {
        Assessment {
            personal_data: PersonalData::Undetermined,
            aware_at: None,
            aware_justification: None,
            role: None,
            nature: Vec::new(),
            data_categories: Vec::new(),
            special_categories: Vec::new(),
            subject_categories: Vec::new(),
            subjects_approx: None,
            subjects_estimate: false,
            records_approx: None,
            records_estimate: false,
            consequences: None,
            measures_taken: None,
            measures_proposed: None,
            contact_point: None,
            risk: None,
            risk_reasoning: None,
            decision: None,
            decision_rationale: None,
            decided_by: None,
            decided_at: None,
            controllers: Vec::new(),
            authorities: Vec::new(),
            art34_exemption: None,
            art34_justification: None,
            art34_decided_by: None,
            art34_decided_at: None,
            enisa: None,
            ongoing: None,
            encrypted: None,
            subjects_min: None,
            subjects_max: None,
            severity_estimate: None,
            other_organisation: None,
            legal_basis: None,
            notification_kind: None,
            dora_answers: FormAnswers::default(),
            cra_answers: FormAnswers::default(),
            nis2_answers: FormAnswers::default(),
        }
    }
}

/// Art 33(3) content items, for the "what is still missing" checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Art33Item {
    /// (a) nature, categories and approximate numbers of subjects and records.
    Nature,
    DataCategories,
    SubjectCategories,
    SubjectsApprox,
    RecordsApprox,
    /// (b) DPO or other contact point.
    ContactPoint,
    /// (c) likely consequences.
    Consequences,
    /// (d) measures taken or proposed.
    Measures,
}

impl Art33Item {
    /// The wire name (`contact_point`), also the field it names.
    pub fn as_str(&self) -> &'static str {
        match self {
            Art33Item::Nature => "nature",
            Art33Item::DataCategories => "data_categories",
            Art33Item::SubjectCategories => "subject_categories",
            Art33Item::SubjectsApprox => "subjects_approx",
            Art33Item::RecordsApprox => "records_approx",
            Art33Item::ContactPoint => "contact_point",
            Art33Item::Consequences => "consequences",
            Art33Item::Measures => "measures",
        }
    }
}

impl Assessment {
    /// The Art 33(3) items still empty, in the order of the article.
    pub fn missing_art33(&self, org_contact: Option<&str>) -> Vec<Art33Item> {
        let mut missing = Vec::new();
        if self.nature.is_empty() {
            missing.push(Art33Item::Nature);
        }
        if self.data_categories.is_empty() && self.special_categories.is_empty() {
            missing.push(Art33Item::DataCategories);
        }
        if self.subject_categories.is_empty() {
            missing.push(Art33Item::SubjectCategories);
        }
        if self.subjects_approx.is_none() {
            missing.push(Art33Item::SubjectsApprox);
        }
        if self.records_approx.is_none() {
            missing.push(Art33Item::RecordsApprox);
        }
        let contact = self.contact_point.as_deref().or(org_contact).unwrap_or("");
        if contact.trim().is_empty() {
            missing.push(Art33Item::ContactPoint);
        }
        if self.consequences.as_deref().unwrap_or("").trim().is_empty() {
            missing.push(Art33Item::Consequences);
        }
        let taken = self
            .measures_taken
            .as_deref()
            .unwrap_or("")
            .trim()
            .is_empty();
        let proposed = self
            .measures_proposed
            .as_deref()
            .unwrap_or("")
            .trim()
            .is_empty();
        if taken && proposed {
            missing.push(Art33Item::Measures);
        }
        missing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_assessment_misses_every_art33_item() {
        assert_eq!(Assessment::default().missing_art33(None).len(), 8);
    }

    #[test]
    fn art33_items_are_named_as_on_the_wire() {
        for item in Assessment::default().missing_art33(None) {
            assert_eq!(serde_json::to_value(item).ok(), Some(item.as_str().into()));
        }
    }

    #[test]
    fn org_contact_point_fills_item_b() {
        let missing = Assessment::default().missing_art33(Some("dpo@example.test"));
        assert!(!missing.contains(&Art33Item::ContactPoint));
    }
}

/// Answers to a report template by field (DORA field numbers, CRA items). Read back from the journal once
/// redacted, the sealed object is the redaction marker: it then holds `*` → the marker.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct FormAnswers(pub BTreeMap<String, String>);

impl FormAnswers {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'de> Deserialize<'de> for FormAnswers {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        super::redact::map_or_redacted(d).map(FormAnswers)
    }
}

impl Deref for FormAnswers {
    type Target = BTreeMap<String, String>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl DerefMut for FormAnswers {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}
