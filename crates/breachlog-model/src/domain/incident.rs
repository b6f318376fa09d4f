use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{
    Art33Item, Assessment, Category, CloseReason, Org, Severity, Source, Status, VulnClass,
};
use crate::Ts;

/// A security incident as projected from the journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Incident {
    pub id: Uuid,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub category: Category,
    #[serde(default)]
    pub vuln_class: Option<VulnClass>,
    pub source: Source,
    pub severity: Severity,
    #[serde(default)]
    pub affected_systems: Vec<String>,
    #[serde(default)]
    pub owner: Option<String>,
    /// When it happened: unknown (`None`), a moment (`from` only) or a range.
    #[serde(default)]
    pub occurred_from: Option<Ts>,
    #[serde(default)]
    pub occurred_to: Option<Ts>,
    pub detected_at: Ts,
    #[serde(default)]
    pub contained_at: Option<Ts>,
    #[serde(default)]
    pub resolved_at: Option<Ts>,
    #[serde(default)]
    pub closed_at: Option<Ts>,
    pub status: Status,
    #[serde(default)]
    pub close_reason: Option<CloseReason>,
    /// Exercises (drills) are recorded like incidents but generate no obligations.
    #[serde(default)]
    pub exercise: bool,
    pub created_at: Ts,
    pub created_by: String,
    pub updated_at: Ts,
    #[serde(default)]
    pub assessment: Option<Assessment>,
    /// Cyber Resilience Act: an actively exploited vulnerability or a severe incident
    /// (set with `incident classify --regime cra --cra-kind`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub cra_kind: Option<crate::regulation::CraKind>,
    /// When a corrective or mitigating measure became available (CRA Art 14(2)(c): the final
    /// report on an actively exploited vulnerability is due 14 days later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub corrective_measure_at: Option<Ts>,
    /// When regular activities were recovered (DORA: Delegated Regulation (EU) 2025/301
    /// Art 5(1)(b), the updated intermediate report).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub recovered_at: Option<Ts>,
    /// When its personal fields were redacted (`incident.redacted`); it is then read-only.
    #[serde(default)]
    pub redacted_at: Option<Ts>,
    /// The Art 34 letter's fields as the user edited them before issuing
    /// (`subjects.letter_edited`): per language and field, the text that replaces the proposed
    /// one. Absent until a field is edited.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<LetterText>>", optional))]
    pub letter: Vec<LetterText>,
    /// Seq and hash of the latest event that changed this incident (journal position).
    pub last_seq: u64,
    pub last_hash: String,
}

/// One edited field of the Art 34 letter, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LetterText {
    pub language: crate::domain::Language,
    pub field: String,
    pub text: String,
}

impl Incident {
    /// The Art 33(3) items still missing, the organisation's contact point standing in for
    /// the assessment's (every item while the incident is not assessed). The incident screen,
    /// `breach assess` and the drafts show the same list.
    pub fn missing_art33(&self, org: &Org) -> Vec<Art33Item> {
        let contact = Some(org.contact_point.as_str());
        match &self.assessment {
            Some(a) => a.missing_art33(contact),
            None => Assessment::default().missing_art33(contact),
        }
    }

    /// A personal-data breach: the assessment says personal data are involved.
    pub fn is_breach(&self) -> bool {
        self.assessment
            .as_ref()
            .is_some_and(|a| a.personal_data == super::PersonalData::Yes)
    }
}

/// A task on an incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Action {
    pub id: Uuid,
    pub incident_id: Uuid,
    pub title: String,
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub due_at: Option<Ts>,
    pub done: bool,
    #[serde(default)]
    pub done_at: Option<Ts>,
    pub created_at: Ts,
}

/// A free-text note on an incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Note {
    pub id: Uuid,
    pub incident_id: Uuid,
    pub text: String,
    pub author: String,
    pub created_at: Ts,
}
