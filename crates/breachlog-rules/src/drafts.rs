//! Notification drafts: the authority forms (NL AP, BE APD/GBA, German authorities, FR CNIL,
//! UK ICO, IE DPC and the EDPB's common template, draft of 10 June 2026, for the others), the Art 34(2) communication to data subjects
//! and the processor's Art 33(2) notice to a controller. Every field is its own block (users
//! paste them into online forms); labels come from Fluent in the draft language, which follows
//! the authority, not the UI.

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use breachlog_model::domain::{Incident, Language, NotificationKind, Org, Risk, NO_REGISTRATION};
use breachlog_model::error::Result;
use breachlog_model::i18n::Localizer;
use breachlog_model::regulation::{
    Controller, ControllerImpact, Filing, Obligation, ObligationKind, Phase, Regime,
    GENERIC_AUTHORITY,
};
use breachlog_model::Ts;

use crate::authorities::{self, Authority};
use crate::letter;
pub use crate::letter::LETTER_FIELDS;

#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftField {
    pub id: String,
    pub label: String,
    pub value: String,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSection {
    pub id: String,
    pub title: String,
    pub fields: Vec<DraftField>,
}

/// A draft as printed by `breachlog notify draft --json` and shown with copy buttons.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Authority id, or `None` for the data-subject communication and controller notices.
    pub authority: Option<String>,
    pub language: Language,
    /// The draft's heading (not part of the JSON contract).
    #[serde(skip)]
    pub title: String,
    pub sections: Vec<DraftSection>,
    /// Art 33(3) items still empty (a phased initial notification says what follows).
    pub missing: Vec<String>,
    /// Fields this form asks for that the record does not answer yet (the organisation profile
    /// or the assessment): shown as missing, never printed as a blank answer.
    #[serde(default)]
    pub unanswered: Vec<String>,
    /// What differs from the content recorded at the latest filing to this recipient, field by
    /// field (empty before any filing and when that filing kept no snapshot).
    #[serde(default)]
    pub changed_since_filing: Vec<FieldChange>,
    /// The latest filing to this recipient the changes are counted from (`None` before any).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub since_filing: Option<SinceFiling>,
    /// The Art 34 letter only: the fields whose text the user edited (the rest is the
    /// proposed text); absent elsewhere and before any edit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub edited: Vec<String>,
}

/// One field that differs from the content sent at the latest filing (`None`: the field was
/// not in that filing, or is no longer in the draft).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub label: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The filing a draft's changes are counted from.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SinceFiling {
    pub filing_id: uuid::Uuid,
    pub at: Ts,
    /// `false`: that filing was recorded before snapshots were kept (no diff can be made);
    /// `redacted`: its content was erased with the incident's personal data.
    pub snapshot: bool,
    #[serde(default)]
    pub redacted: bool,
}

impl Draft {
    /// Every field, in order (id, label, value).
    pub fn fields(&self) -> impl Iterator<Item = &DraftField> {
        self.sections.iter().flat_map(|s| s.fields.iter())
    }

    /// The fields that differ from `before` (fields added and removed included), labelled in
    /// this draft's language where the field still exists.
    pub fn diff(&self, before: &[(String, String, String)]) -> Vec<FieldChange> {
        let mut out = Vec::new();
        for f in self.fields() {
            match before.iter().find(|(id, _, _)| *id == f.id) {
                Some((_, _, v)) if *v == f.value => {}
                Some((_, _, v)) => out.push(FieldChange {
                    field: f.id.clone(),
                    label: f.label.clone(),
                    before: Some(v.clone()),
                    after: Some(f.value.clone()),
                }),
                None => out.push(FieldChange {
                    field: f.id.clone(),
                    label: f.label.clone(),
                    before: None,
                    after: Some(f.value.clone()),
                }),
            }
        }
        for (id, label, v) in before {
            if !self.fields().any(|f| f.id == *id) {
                out.push(FieldChange {
                    field: id.clone(),
                    label: label.clone(),
                    before: Some(v.clone()),
                    after: None,
                });
            }
        }
        out
    }
}

type Layout = &'static [(&'static str, &'static [&'static str])];

const TIMELINE: &[&str] = &[
    "occurred",
    "detected_at",
    "aware_at",
    "aware_justification",
    "contained_at",
    "reasons_for_delay",
];
const WHAT: &[&str] = &[
    "title",
    "description",
    "nature",
    "cause",
    "affected_systems",
];
const DATA: &[&str] = &["data_categories", "special_categories", "records_approx"];
const PEOPLE: &[&str] = &["subject_categories", "subjects_approx"];
const CONSEQUENCES: &[&str] = &["consequences", "risk", "severity_score"];

/// Fields a form asks for that the record may not answer yet: when empty they are listed in
/// the draft's `unanswered` (the organisation states them once in its profile, the incident's
/// answers are in its assessment).
const ANSWERS: &[&str] = &[
    "legal_basis",
    "reporting_person",
    "prevention",
    "org_registration",
    "legal_representative",
    "dpo",
    "other_organisation",
    "processor",
    "ongoing",
    "subjects_range",
    "encrypted",
    "severity_estimate",
];

/// The EDPB's common template for personal data breach notifications, **draft** adopted on
/// 10 June 2026 for public consultation (until 5 August 2026), used for every authority without
/// a form of its own. Its six blocks as the EDPB published them: (1) type of notification;
/// (2) controller, reporting person and DPO; (3) nature of the breach, including date, time and
/// duration, the people and data concerned and the protection measures in place; (4) likely
/// consequences; (5) mitigation and measures to prevent a similar breach; (6) communication to
/// the people. The draft's full question list (125 questions) could not be read here: the
/// fields are this record's answers to each block (sources in `docs/report-format.md`); the
/// block's questions the record cannot answer (`reporting_person`, `prevention`) are listed in
/// `unanswered`.
const EDPB: Layout = &[
    ("edpb_type", &["notification_type", "reference"]),
    (
        "edpb_controller",
        &[
            "org_name",
            "org_registration",
            "org_address",
            "legal_representative",
            "reporting_person",
            "contact_point",
            "dpo",
            "other_organisation",
        ],
    ),
    (
        "edpb_nature",
        &[
            "occurred",
            "ongoing",
            "detected_at",
            "aware_at",
            "aware_justification",
            "contained_at",
            "reasons_for_delay",
            "title",
            "description",
            "nature",
            "cause",
            "affected_systems",
            "data_categories",
            "special_categories",
            "records_approx",
            "subject_categories",
            "subjects_approx",
            "subjects_range",
            "encrypted",
            "cross_border",
        ],
    ),
    (
        "edpb_consequences",
        &[
            "consequences",
            "severity_estimate",
            "risk",
            "severity_score",
        ],
    ),
    (
        "edpb_measures",
        &[
            "measures_taken",
            "measures_proposed",
            "prevention",
            "follow_up",
        ],
    ),
    (
        "edpb_communication",
        &["subjects_informed", "other_regulators"],
    ),
];

/// The Dutch AP's "Meldformulier datalekken" (sources in `docs/report-format.md`): the law the
/// notification is made under, the organisation with its KvK number and DPO, another
/// organisation involved, whether the breach is still going on, a minimum and a maximum number
/// of people, whether the data were encrypted, and a severity estimate.
const NL_AP: Layout = &[
    (
        "notification",
        &["notification_type", "reference", "legal_basis"],
    ),
    (
        "contact",
        &[
            "org_name",
            "org_registration",
            "org_address",
            "contact_point",
            "dpo",
            "other_organisation",
        ],
    ),
    (
        "timeline",
        &[
            "occurred",
            "ongoing",
            "detected_at",
            "aware_at",
            "aware_justification",
            "contained_at",
            "reasons_for_delay",
        ],
    ),
    ("what_happened", WHAT),
    ("data", DATA),
    (
        "people",
        &["subject_categories", "subjects_approx", "subjects_range"],
    ),
    ("measures_before", &["encrypted"]),
    (
        "consequences",
        &[
            "consequences",
            "severity_estimate",
            "risk",
            "severity_score",
        ],
    ),
    (
        "follow_up",
        &["measures_taken", "measures_proposed", "follow_up"],
    ),
    ("informing_people", &["subjects_informed"]),
    ("international", &["cross_border"]),
];

const BE_APD: Layout = &[
    ("notification", &["notification_type", "reference"]),
    ("controller", &["org_name", "org_address", "contact_point"]),
    ("timeline", TIMELINE),
    ("what_happened", WHAT),
    ("data", DATA),
    ("people", PEOPLE),
    ("consequences", CONSEQUENCES),
    (
        "measures",
        &["measures_taken", "measures_proposed", "follow_up"],
    ),
    ("informing_people", &["subjects_informed"]),
    ("international", &["cross_border"]),
];

const DE: Layout = &[
    (
        "controller",
        &["notification_type", "reference", "org_name", "org_address"],
    ),
    ("contact", &["contact_point"]),
    ("what_happened", WHAT),
    ("timeline", TIMELINE),
    ("data", DATA),
    ("people", PEOPLE),
    ("consequences", CONSEQUENCES),
    (
        "measures",
        &["measures_taken", "measures_proposed", "follow_up"],
    ),
    ("informing_people", &["subjects_informed"]),
];

/// CNIL's notification service (sources in `docs/report-format.md`): initial or complementary
/// notification, SIREN or "no SIREN", the legal representative and the contact person as
/// separate sections, the processor involved, whether the breach is still going on.
const FR_CNIL: Layout = &[
    ("notification", &["notification_type", "reference"]),
    (
        "controller",
        &["org_name", "org_registration", "org_address"],
    ),
    ("legal_representative", &["legal_representative"]),
    ("contact", &["contact_point", "dpo"]),
    ("what_happened", WHAT),
    (
        "timeline",
        &[
            "occurred",
            "ongoing",
            "detected_at",
            "aware_at",
            "aware_justification",
            "contained_at",
            "reasons_for_delay",
        ],
    ),
    ("data", DATA),
    ("people", PEOPLE),
    ("processor", &["processor"]),
    ("consequences", CONSEQUENCES),
    (
        "measures",
        &["measures_taken", "measures_proposed", "follow_up"],
    ),
    ("informing_people", &["subjects_informed"]),
    ("international", &["cross_border"]),
];

/// The ICO's report form. `legal_basis` names the law the report is made under: the UK GDPR,
/// or PECR reg 5A for a communications provider (the ICO: "If you are subject to PECR … you
/// should continue to report under PECR. There is no need to report under the DPA 2018 (UK
/// GDPR), too", <https://ico.org.uk/for-organisations/report-a-breach/data-security-breach-pecr/>).
const UK_ICO: Layout = &[
    (
        "notification",
        &["notification_type", "reference", "legal_basis"],
    ),
    ("controller", &["org_name", "org_address", "contact_point"]),
    (
        "what_happened",
        &[
            "title",
            "description",
            "nature",
            "cause",
            "discovery",
            "affected_systems",
        ],
    ),
    ("timeline", TIMELINE),
    (
        "data_people",
        &[
            "data_categories",
            "special_categories",
            "records_approx",
            "subject_categories",
            "subjects_approx",
        ],
    ),
    ("consequences", CONSEQUENCES),
    (
        "containment",
        &["measures_taken", "measures_proposed", "follow_up"],
    ),
    ("training", &["staff_training"]),
    ("informing_people", &["subjects_informed"]),
    ("other_regulators", &["other_regulators", "cross_border"]),
];

const IE_DPC: Layout = &[
    ("notification", &["notification_type", "reference"]),
    ("controller", &["org_name", "org_address", "contact_point"]),
    (
        "what_happened",
        &[
            "title",
            "description",
            "nature",
            "cause",
            "discovery",
            "affected_systems",
        ],
    ),
    ("timeline", TIMELINE),
    (
        "data_people",
        &[
            "data_categories",
            "special_categories",
            "records_approx",
            "subject_categories",
            "subjects_approx",
        ],
    ),
    ("consequences", CONSEQUENCES),
    (
        "measures",
        &["measures_taken", "measures_proposed", "follow_up"],
    ),
    ("informing_people", &["subjects_informed"]),
    ("international", &["cross_border", "other_regulators"]),
];

/// The Art 34 letter to the people (see [`crate::letter`] for what Art 34(2) requires of it).
const SUBJECTS: Layout = &[
    ("intro", &["subjects_intro"]),
    ("what_happened", &["letter_what_happened", "letter_data"]),
    ("consequences", &["letter_consequences"]),
    ("measures", &["letter_measures"]),
    ("advice", &["letter_advice"]),
    ("contact", &["letter_contact"]),
];

const CONTROLLER: Layout = &[
    (
        "intro",
        &["controller_intro", "contract_clock", "impact_scope"],
    ),
    (
        "what_happened",
        &[
            "title",
            "description",
            "nature",
            "cause",
            "affected_systems",
        ],
    ),
    (
        "timeline",
        &["occurred", "detected_at", "aware_at", "contained_at"],
    ),
    (
        "data_people",
        &[
            "data_categories",
            "special_categories",
            "records_approx",
            "subject_categories",
            "subjects_approx",
            "countries",
        ],
    ),
    ("consequences", &["consequences"]),
    (
        "measures",
        &["measures_taken", "measures_proposed", "follow_up"],
    ),
    ("contact", &["contact_point"]),
];

fn layout(template: &str) -> Layout {
    match template {
        "nl-ap" => NL_AP,
        "be-apd" => BE_APD,
        "de" => DE,
        "fr-cnil" => FR_CNIL,
        "uk-ico" => UK_ICO,
        "ie-dpc" => IE_DPC,
        _ => EDPB,
    }
}

/// What the field values are computed from.
struct Facts<'a> {
    l: &'a Localizer,
    incident: &'a Incident,
    org: &'a Org,
    tz: Tz,
    /// The Art 33 obligation to this authority and its filings, if any.
    art33: Option<(Obligation, Vec<Filing>)>,
    art34: Option<(Obligation, Vec<Filing>)>,
    authority: Option<&'a Authority>,
    nis2: bool,
    dora: bool,
    /// PECR reg 5A applies (a UK communications provider's breach): the ICO report is made
    /// under PECR.
    pecr: bool,
    missing: &'a [String],
    /// A notice to one customer: what only it has (its law, contract clock, countries).
    notice: Option<NoticeExtras>,
}

/// The UK GDPR's name, the same in every language (a UK statute).
const UK_GDPR: &str = "UK GDPR";

/// The parts of a notice to one customer (controller) that are its own.
#[derive(Debug, Default)]
struct NoticeExtras {
    /// The law the customer's notice is owed under, as cited ("GDPR", "AVG", "UK GDPR").
    law: String,
    contract_clock: String,
    impact_scope: String,
    countries: String,
}

/// A moment in the organisation's time zone, in the draft language's date format.
pub(crate) fn local(l: &Localizer, ts: Ts, tz: Tz) -> String {
    let t = ts.as_utc().with_timezone(&tz);
    let part = |f: &str| t.format(f).to_string();
    l.msg(
        "tpl-datetime",
        &[
            ("year", part("%Y")),
            ("month", part("%m")),
            ("day", part("%d")),
            ("time", part("%H:%M")),
            ("zone", part("%Z")),
        ],
    )
}

/// A day in the organisation's time zone, in the draft language's date format.
fn local_date(l: &Localizer, ts: Ts, tz: Tz) -> String {
    let t = ts.as_utc().with_timezone(&tz);
    let part = |f: &str| t.format(f).to_string();
    l.msg(
        "letter-date",
        &[
            ("year", part("%Y")),
            ("month", part("%m")),
            ("day", part("%d")),
        ],
    )
}

impl Facts<'_> {
    /// A count with the language's digit grouping: 1,200 (en), 1.200 (de, nl), 1 200 (fr).
    fn count(&self, n: Option<u64>, estimate: bool) -> String {
        let grouped = |n: u64| self.l.number(i64::try_from(n).unwrap_or(i64::MAX));
        match n {
            Some(n) if estimate => format!("{} ({})", grouped(n), self.l.text("tpl-estimate")),
            Some(n) => grouped(n),
            None => String::new(),
        }
    }

    fn value(&self, id: &str) -> String {
        let l = self.l;
        let i = self.incident;
        let a = i.assessment.clone().unwrap_or_default();
        let t = |ts: Option<Ts>| ts.map(|t| local(self.l, t, self.tz)).unwrap_or_default();
        let first = |o: &Option<(Obligation, Vec<Filing>)>| {
            o.as_ref()
                .and_then(|(_, f)| f.iter().find(|f| f.phase == Phase::Initial).cloned())
        };
        let yes_no = |b: bool| l.text(if b { "tpl-yes" } else { "tpl-no" });
        let opt_line = |v: &Option<String>| v.clone().unwrap_or_default();
        match id {
            "notification_type" => l.text(match a.notification_kind {
                Some(NotificationKind::Withdrawal) => "tpl-value-withdrawal",
                Some(NotificationKind::Complementary) => "tpl-value-follow-up",
                Some(NotificationKind::Initial) => "tpl-value-new",
                None if first(&self.art33).is_some() => "tpl-value-follow-up",
                None => "tpl-value-new",
            }),
            "legal_basis" if self.authority.is_some_and(|x| x.template == "uk-ico") => {
                l.text(if self.pecr {
                    "tpl-law-pecr"
                } else {
                    "tpl-law-uk-gdpr-33"
                })
            }
            "legal_basis" => a
                .legal_basis
                .map(|b| l.text(&b.label_id()))
                .unwrap_or_default(),
            "org_registration" => match self.org.registration_number.as_deref() {
                Some(NO_REGISTRATION) => l.text("tpl-no-registration"),
                // The CNIL asks a SIREN or "no SIREN": another country's number is not one.
                Some(n)
                    if self.authority.is_some_and(|a| a.template == "fr-cnil")
                        && breachlog_model::validate::registration_number("n", n, "fr")
                            .is_err() =>
                {
                    l.msg("tpl-no-siren", &[("number", n.to_string())])
                }
                Some(n) => n.to_string(),
                None => String::new(),
            },
            "legal_representative" => [
                opt_line(&self.org.legal_representative_name),
                opt_line(&self.org.legal_representative_role),
            ]
            .iter()
            .filter(|v| !v.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(", "),
            "dpo" => [
                opt_line(&self.org.dpo_name),
                opt_line(&self.org.dpo_email),
                opt_line(&self.org.dpo_phone),
            ]
            .iter()
            .filter(|v| !v.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(", "),
            "other_organisation" | "processor" => match a.other_organisation.as_deref() {
                Some(NO_REGISTRATION) => l.text("tpl-none"),
                Some(o) => o.to_string(),
                None => String::new(),
            },
            "ongoing" => a.ongoing.map(yes_no).unwrap_or_default(),
            "subjects_range" => match (a.subjects_min, a.subjects_max) {
                (Some(min), Some(max)) => l.msg(
                    "tpl-subjects-range",
                    &[
                        ("min", self.count(Some(min), false)),
                        ("max", self.count(Some(max), false)),
                    ],
                ),
                _ => String::new(),
            },
            "encrypted" => a
                .encrypted
                .map(|e| l.text(&e.label_id()))
                .unwrap_or_default(),
            "severity_estimate" => a
                .severity_estimate
                .map(|e| l.text(&e.label_id()))
                .unwrap_or_default(),
            "reference" => first(&self.art33).map(|f| f.reference).unwrap_or_default(),
            "org_name" => self.org.name.clone(),
            "org_address" => self.org.address.clone(),
            "contact_point" => a
                .contact_point
                .clone()
                .unwrap_or_else(|| self.org.contact_point.clone()),
            "occurred" => match (i.occurred_from, i.occurred_to) {
                (Some(f), Some(to)) => format!(
                    "{} – {}",
                    local(self.l, f, self.tz),
                    local(self.l, to, self.tz)
                ),
                (Some(f), None) => local(self.l, f, self.tz),
                _ => l.text("tpl-unknown"),
            },
            "detected_at" => local(self.l, i.detected_at, self.tz),
            "aware_at" => t(a.aware_at),
            "aware_justification" => a.aware_justification.clone().unwrap_or_default(),
            "contained_at" => t(i.contained_at),
            "reasons_for_delay" => first(&self.art33)
                .and_then(|f| f.reasons_for_delay)
                .unwrap_or_default(),
            "title" => i.title.clone(),
            "description" => i.description.clone(),
            "nature" => a
                .nature
                .iter()
                .map(|n| l.text(&n.label_id()))
                .collect::<Vec<_>>()
                .join(", "),
            "cause" => l.text(&i.category.label_id()),
            "discovery" => l.msg(
                "tpl-discovery",
                &[
                    ("source", l.text(&i.source.label_id())),
                    ("at", local(self.l, i.detected_at, self.tz)),
                ],
            ),
            "affected_systems" => i.affected_systems.join(", "),
            "data_categories" => a.data_categories.join(", "),
            "special_categories" => a.special_categories.join(", "),
            "records_approx" => self.count(a.records_approx, a.records_estimate),
            "subject_categories" => a.subject_categories.join(", "),
            "subjects_approx" => self.count(a.subjects_approx, a.subjects_estimate),
            "consequences" => a.consequences.clone().unwrap_or_default(),
            "risk" => match a.risk {
                Some(r) => format!(
                    "{}: {}",
                    l.text(&r.label_id()),
                    a.risk_reasoning.clone().unwrap_or_default()
                ),
                None => String::new(),
            },
            "severity_score" => a
                .enisa
                .as_ref()
                .map(|e| {
                    format!(
                        "{} ({}) — {}",
                        e.score,
                        l.text(&format!("enisa-band-{}", e.band.replace('_', "-"))),
                        e.arithmetic
                    )
                })
                .unwrap_or_default(),
            "measures_taken" => a.measures_taken.clone().unwrap_or_default(),
            "measures_proposed" => a.measures_proposed.clone().unwrap_or_default(),
            "staff_training" => String::new(),
            // Asked by the EDPB's draft template; not in the record: flagged, never invented.
            "reporting_person" | "prevention" => String::new(),
            "follow_up" => {
                if self.missing.is_empty() {
                    String::new()
                } else if self.pecr && self.authority.is_some_and(|a| a.country == "gb") {
                    l.text("tpl-follow-up-info-pecr")
                } else if self.notice.as_ref().is_some_and(|n| n.law == UK_GDPR)
                    || self.authority.is_some_and(|a| a.country == "gb")
                {
                    // A UK customer's notice, or a notification to a UK authority: UK GDPR.
                    l.text("tpl-follow-up-info-uk")
                } else {
                    l.text("tpl-follow-up-info")
                }
            }
            "subjects_informed" => self.subjects_informed(),
            "cross_border" => {
                let others: Vec<String> = a
                    .authorities
                    .iter()
                    .filter(|x| Some(x.as_str()) != self.authority.map(|a| a.id.as_str()))
                    .filter_map(|x| {
                        authorities::find("authority", x)
                            .ok()
                            .map(|a| format!("{} ({})", a.name, a.short))
                    })
                    .collect();
                if others.is_empty() {
                    l.text("tpl-none")
                } else {
                    others.join(", ")
                }
            }
            "other_regulators" => {
                let mut out = Vec::new();
                if self.nis2 {
                    out.push(l.text("tpl-regulator-nis2"));
                }
                if self.dora {
                    out.push(l.text("tpl-regulator-dora"));
                }
                if out.is_empty() {
                    l.text("tpl-none")
                } else {
                    out.join(", ")
                }
            }
            "subjects_intro" => l.msg("tpl-subjects-intro", &[("org", self.org.name.clone())]),
            "letter_what_happened" => self.letter_what_happened(),
            "letter_data" => {
                let mut out = Vec::new();
                if !a.data_categories.is_empty() {
                    out.push(l.msg("letter-data", &[("data", a.data_categories.join(", "))]));
                }
                if !a.special_categories.is_empty() {
                    out.push(l.msg(
                        "letter-data-special",
                        &[("data", a.special_categories.join(", "))],
                    ));
                }
                out.join(" ")
            }
            "letter_consequences" => {
                let kinds = letter::advice_for(&a.data_categories, &a.special_categories);
                if kinds.is_empty() {
                    // No category says what may follow: the assessment's own words.
                    return a.consequences.clone().unwrap_or_default();
                }
                kinds
                    .iter()
                    .map(|k| {
                        format!(
                            "• {}",
                            l.text(&format!("letter-consequence-{}", k.as_str()))
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            "letter_measures" => {
                let mut out = Vec::new();
                if let Some(t) = a.measures_taken.as_deref().filter(|t| !t.trim().is_empty()) {
                    out.push(l.msg("letter-measures-taken", &[("text", t.to_string())]));
                }
                if let Some(t) = a
                    .measures_proposed
                    .as_deref()
                    .filter(|t| !t.trim().is_empty())
                {
                    out.push(l.msg("letter-measures-proposed", &[("text", t.to_string())]));
                }
                out.join("\n")
            }
            "letter_advice" => {
                let org = [("org", self.org.name.clone())];
                letter::advice_for(&a.data_categories, &a.special_categories)
                    .iter()
                    .map(|k| l.msg(&format!("letter-advice-{}", k.as_str()), &org))
                    .chain(std::iter::once(l.text("letter-advice-general")))
                    .map(|t| format!("• {t}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            "letter_contact" => {
                let dpo = self.value("dpo");
                if !dpo.is_empty() {
                    l.msg("letter-contact-dpo", &[("contact", dpo)])
                } else {
                    let point = self.value("contact_point");
                    if point.trim().is_empty() {
                        String::new()
                    } else {
                        l.msg("letter-contact-point", &[("contact", point)])
                    }
                }
            }
            "controller_intro" => l.msg(
                "tpl-controller-intro",
                &[
                    ("org", self.org.name.clone()),
                    ("title", i.title.clone()),
                    (
                        "law",
                        self.notice
                            .as_ref()
                            .map(|n| n.law.clone())
                            .unwrap_or_default(),
                    ),
                ],
            ),
            "contract_clock" => self
                .notice
                .as_ref()
                .map(|n| n.contract_clock.clone())
                .unwrap_or_default(),
            "impact_scope" => self
                .notice
                .as_ref()
                .map(|n| n.impact_scope.clone())
                .unwrap_or_default(),
            "countries" => self
                .notice
                .as_ref()
                .map(|n| n.countries.clone())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// What happened, for the people: the kind of breach in plain words (never the internal
    /// description), when it was found and when it was stopped.
    fn letter_what_happened(&self) -> String {
        let l = self.l;
        let i = self.incident;
        let a = i.assessment.clone().unwrap_or_default();
        let mut out = vec![l.msg(
            "letter-found",
            &[("date", local_date(l, i.detected_at, self.tz))],
        )];
        if a.nature.is_empty() {
            out.push(l.text("letter-what-unknown"));
        }
        for n in &a.nature {
            out.push(l.text(&format!("letter-what-{}", n.as_str())));
        }
        if let Some(c) = i.contained_at {
            out.push(l.msg("letter-stopped", &[("date", local_date(l, c, self.tz))]));
        }
        out.join(" ")
    }

    fn subjects_informed(&self) -> String {
        let l = self.l;
        let a = self.incident.assessment.clone().unwrap_or_default();
        if a.risk != Some(Risk::High) {
            return l.text("tpl-subjects-not-required");
        }
        if let Some(ex) = a.art34_exemption {
            return format!(
                "{}: {}",
                l.text(&ex.label_id()),
                a.art34_justification.unwrap_or_default()
            );
        }
        match self
            .art34
            .as_ref()
            .and_then(|(_, f)| f.iter().find(|f| f.phase == Phase::Initial))
        {
            Some(f) => l.msg(
                "tpl-subjects-informed",
                &[
                    ("at", local(self.l, f.at, self.tz)),
                    ("channel", l.text(&f.channel.label_id())),
                ],
            ),
            None => l.text("tpl-subjects-pending"),
        }
    }
}

/// The country whose register the organisation's number is from: its lead authority's, else
/// the recipient authority's. The CNIL's form asks a SIREN whatever the country (a number that
/// is no SIREN is then given as "no SIREN (registration number: …)").
fn registration_country(f: &Facts<'_>) -> String {
    if f.authority.is_some_and(|a| a.template == "fr-cnil") {
        return "fr".into();
    }
    crate::authorities::find("lead_authority", &f.org.lead_authority)
        .map(|a| a.country.clone())
        .ok()
        .or_else(|| f.authority.map(|a| a.country.clone()))
        .unwrap_or_default()
}

fn build(
    f: &Facts<'_>,
    layout: Layout,
    authority: Option<String>,
    language: Language,
    title: String,
) -> Draft {
    let sections = layout
        .iter()
        .map(|(sid, fields)| DraftSection {
            id: (*sid).to_string(),
            title: f.l.text(&format!("tpl-section-{}", sid.replace('_', "-"))),
            fields: fields
                .iter()
                .map(|fid| DraftField {
                    id: (*fid).to_string(),
                    label: if *fid == "org_registration" {
                        // Named by the register of the organisation's country (its lead
                        // authority's), not by the recipient's form.
                        f.l.text(&breachlog_model::domain::registration_label(
                            "tpl-field-org-registration",
                            &registration_country(f),
                        ))
                    } else {
                        f.l.text(&format!("tpl-field-{}", fid.replace('_', "-")))
                    },
                    value: f.value(fid),
                })
                .collect(),
        })
        .collect::<Vec<DraftSection>>();
    let unanswered: Vec<String> = sections
        .iter()
        .flat_map(|s| s.fields.iter())
        .filter(|x| ANSWERS.contains(&x.id.as_str()) && x.value.trim().is_empty())
        .map(|x| x.id.clone())
        .collect();
    Draft {
        authority,
        language,
        title,
        sections,
        unanswered,
        missing: f.missing.to_vec(),
        changed_since_filing: Vec::new(),
        since_filing: None,
        edited: Vec::new(),
    }
}

/// What a draft is written from: the incident, the organisation, the incident's obligations
/// with their filings, the Art 33(3) items still missing, and whether NIS2 or DORA classified it.
#[derive(Debug)]
pub struct DraftFacts<'a> {
    pub incident: &'a Incident,
    pub org: &'a Org,
    pub obligations: &'a [(Obligation, Vec<Filing>)],
    pub missing: Vec<String>,
    pub nis2: bool,
    pub dora: bool,
}

impl DraftFacts<'_> {
    fn find(&self, pick: impl Fn(&Obligation) -> bool) -> Option<(Obligation, Vec<Filing>)> {
        self.obligations.iter().find(|(o, _)| pick(o)).cloned()
    }
}

/// The notification draft for `authority`, in `lang` if the authority accepts it (else an error)
/// or in the authority's own language.
pub fn authority_draft(
    f: &DraftFacts<'_>,
    authority: &str,
    lang: Option<Language>,
) -> Result<Draft> {
    let auth = authorities::find("authority", authority)?;
    let language = auth.draft_language(lang)?;
    Ok(authority_draft_in(f, auth, language))
}

/// `auth`'s draft in `language` (checked by the caller against the languages it takes).
fn authority_draft_in(f: &DraftFacts<'_>, auth: &Authority, language: Language) -> Draft {
    let l = Localizer::new(language);
    let is_art33 =
        |o: &Obligation| matches!(o.regime, Regime::Gdpr | Regime::UkGdpr) && o.rule == "art33-1";
    let art33 = f
        .find(|o| is_art33(o) && o.recipient == auth.id)
        // Without a lead authority the obligation is to "the supervisory authority": any
        // authority's draft completes it. An obligation (and its filings) towards another named
        // authority never shows up in this authority's draft.
        .or_else(|| f.find(|o| is_art33(o) && o.recipient == GENERIC_AUTHORITY));
    let art34 =
        f.find(|o| o.kind == ObligationKind::SubjectCommunication && o.not_required.is_none());
    let facts = Facts {
        l: &l,
        incident: f.incident,
        org: f.org,
        tz: f.org.tz(),
        art33,
        art34,
        authority: Some(auth),
        nis2: f.nis2,
        dora: f.dora,
        pecr: f
            .obligations
            .iter()
            .any(|(o, _)| o.regime == Regime::UkPecr),
        missing: &f.missing,
        notice: None,
    };
    let title = l.msg(
        &format!("tpl-authority-title-{}", auth.template),
        &[("authority", auth.name.clone())],
    );
    build(
        &facts,
        layout(&auth.template),
        Some(auth.id.clone()),
        language,
        title,
    )
}

/// The Art 34(2) communication to the data subjects: a letter written for them in plain
/// language (see [`crate::letter`]), with the texts the user edited in `lang` in place of the
/// proposed ones. `missing` names what Art 34(2) requires and the record does not give yet:
/// the contact point (Art 33(3)(b)), the likely consequences (c), the measures (d).
pub fn subjects_draft(f: &DraftFacts<'_>, lang: Language) -> Draft {
    let l = Localizer::new(lang);
    let facts = Facts {
        l: &l,
        incident: f.incident,
        org: f.org,
        tz: f.org.tz(),
        art33: None,
        art34: None,
        authority: None,
        nis2: false,
        dora: false,
        pecr: false,
        missing: &[],
        notice: None,
    };
    let mut draft = build(
        &facts,
        SUBJECTS,
        None,
        lang,
        l.msg("tpl-subjects-title", &[("org", f.org.name.clone())]),
    );
    let edits: Vec<&breachlog_model::domain::LetterText> = f
        .incident
        .letter
        .iter()
        .filter(|t| t.language == lang)
        .collect();
    for field in draft.sections.iter_mut().flat_map(|s| s.fields.iter_mut()) {
        if let Some(e) = edits.iter().find(|e| e.field == field.id) {
            field.value.clone_from(&e.text);
            draft.edited.push(field.id.clone());
        }
    }
    let empty = |id: &str| {
        draft
            .fields()
            .any(|x| x.id == id && x.value.trim().is_empty())
    };
    let mut missing = Vec::new();
    if empty("letter_contact") {
        missing.push("contact_point".to_string());
    }
    if empty("letter_consequences") {
        missing.push("consequences".to_string());
    }
    if empty("letter_measures") {
        missing.push("measures".to_string());
    }
    draft.missing = missing;
    draft
}

/// Our Art 33(2) notice (as processor) to one affected controller: with that customer's own
/// figures, categories and countries when its impact is known (else the incident's, and the
/// notice says so), under the law its notice obligation is owed under (UK GDPR for a UK
/// customer) and with its contract's clock.
pub fn controller_draft(
    f: &DraftFacts<'_>,
    controller: &Controller,
    impact: Option<&ControllerImpact>,
    lang: Language,
) -> Draft {
    let l = Localizer::new(lang);
    let tz = f.org.tz();
    let own = f.find(|o| {
        o.kind == ObligationKind::ControllerNotice && o.controller_id == Some(controller.id)
    });
    let law = match own.as_ref().map(|(o, _)| o.regime) {
        Some(Regime::UkGdpr) => UK_GDPR.to_string(),
        _ => l.text("tpl-law-gdpr"),
    };
    let reference = controller
        .contract_reference
        .as_deref()
        .map(|r| l.msg("tpl-contract-reference", &[("reference", r.to_string())]))
        .unwrap_or_default();
    let contract_clock = match own
        .as_ref()
        .and_then(|(o, _)| o.hours.map(|h| (h, o.due_at)))
    {
        Some((hours, due)) => l.msg(
            "tpl-contract-clock",
            &[
                ("reference", reference),
                ("hours", hours.to_string()),
                (
                    "due",
                    due.map(|d| local(&l, d, tz))
                        .unwrap_or_else(|| l.text("tpl-unknown")),
                ),
            ],
        ),
        None => l.msg(
            "tpl-contract-clock-undue",
            &[("reference", reference), ("law", law.clone())],
        ),
    };
    let incident = with_impact(f.incident, impact);
    let impact_scope = match impact {
        Some(_) => l.text("tpl-impact-own"),
        None => l.text("tpl-impact-unknown"),
    };
    // What is still missing, from the customer's own figures and categories.
    let missing: Vec<String> = if impact.is_some() {
        incident
            .missing_art33(f.org)
            .iter()
            .map(|m| m.as_str().to_string())
            .collect()
    } else {
        f.missing.clone()
    };
    let notice = NoticeExtras {
        law,
        contract_clock,
        impact_scope,
        countries: impact.map(|x| x.countries.join(", ")).unwrap_or_default(),
    };
    let facts = Facts {
        l: &l,
        incident: &incident,
        org: f.org,
        tz,
        art33: None,
        art34: None,
        authority: None,
        nis2: false,
        dora: false,
        pecr: false,
        missing: &missing,
        notice: Some(notice),
    };
    let title = l.msg(
        "tpl-controller-title",
        &[
            ("controller", controller.name.clone()),
            (
                "law",
                facts
                    .notice
                    .as_ref()
                    .map(|n| n.law.clone())
                    .unwrap_or_default(),
            ),
        ],
    );
    build(&facts, CONTROLLER, None, lang, title)
}

/// The incident with one customer's own figures and categories in place of the incident-wide
/// ones (unchanged when that customer's impact is not known).
fn with_impact(incident: &Incident, impact: Option<&ControllerImpact>) -> Incident {
    let mut incident = incident.clone();
    if let Some(x) = impact {
        let a = incident.assessment.get_or_insert_with(Default::default);
        a.subjects_approx = x.subjects_approx;
        a.records_approx = x.records_approx;
        a.data_categories = x.data_categories.clone();
        a.subject_categories = x.subject_categories.clone();
    }
    incident
}

/// The notification a customer (controller) files with its own lead authority about our
/// breach of its data, pre-filled for it (attached to its notice; the customer checks it and
/// files it itself): that authority's form, with the customer as the controller, its own
/// figures, categories and countries, in the customer's language where the authority takes it
/// (else the authority's own). `None` when the customer has no lead authority on record.
pub fn customer_authority_draft(
    f: &DraftFacts<'_>,
    controller: &Controller,
    impact: Option<&ControllerImpact>,
) -> Result<Option<Draft>> {
    let Some(id) = controller.authority.as_deref().filter(|a| !a.is_empty()) else {
        return Ok(None);
    };
    let auth = authorities::find("authority", id)?;
    let own = controller
        .language
        .as_deref()
        .and_then(|l| l.parse::<Language>().ok());
    let language = match own {
        Some(l) if auth.draft_language(Some(l)).is_ok() => l,
        _ => auth.draft_language(None)?,
    };
    let l = Localizer::new(language);
    let mut incident = with_impact(f.incident, impact);
    // The customer becomes aware when we notify it, not when we did: that time is its own.
    if let Some(a) = incident.assessment.as_mut() {
        a.aware_at = None;
        a.aware_justification = None;
    }
    // The customer is the controller who notifies; our organisation is its processor: the
    // other organisation involved. The customer's own registration number, legal
    // representative and DPO are not in our register (left for the customer to fill).
    if let Some(a) = incident.assessment.as_mut() {
        let ours = match f.org.registration_number.as_deref() {
            Some(n) if n != NO_REGISTRATION => format!("{} ({n})", f.org.name),
            _ => f.org.name.clone(),
        };
        a.other_organisation = Some(l.msg("tpl-our-processor", &[("org", ours)]));
    }
    let org = Org {
        name: controller.name.clone(),
        address: String::new(),
        contact_point: controller.contacts.join(", "),
        lead_authority: auth.id.clone(),
        language,
        legal_representative_name: None,
        legal_representative_role: None,
        registration_number: None,
        dpo_name: None,
        dpo_email: None,
        dpo_phone: None,
        ..f.org.clone()
    };
    let missing: Vec<String> = incident
        .missing_art33(&org)
        .iter()
        .map(|m| m.as_str().to_string())
        .collect();
    let facts = Facts {
        l: &l,
        incident: &incident,
        org: &org,
        tz: f.org.tz(),
        // The customer's own Art 33 clock runs from our notice: it is not in our register.
        art33: None,
        art34: None,
        authority: Some(auth),
        nis2: false,
        dora: false,
        pecr: false,
        missing: &missing,
        notice: None,
    };
    let title = l.msg(
        "tpl-customer-authority-title",
        &[
            ("authority", auth.name.clone()),
            ("controller", controller.name.clone()),
        ],
    );
    Ok(Some(build(
        &facts,
        layout(&auth.template),
        Some(auth.id.clone()),
        language,
        title,
    )))
}

#[cfg(test)]
mod tests {
    //! Each changed form checked against its field list (issue 14): every field of the form is
    //! in the draft, answered from the record or listed in `unanswered`, in the languages the
    //! draft is read in (the AP's in Dutch and English, the CNIL's in French and English).
    use super::*;
    use breachlog_model::domain::{Encryption, LegalBasis, SeverityEstimate};

    fn incident(a: Assessment) -> Incident {
        let mut i = crate::testing::incident(serde_json::json!({
            "title": "Klantbestand gelekt",
            "description": "Een back-up stond openbaar.",
            "category": "unauthorised_access",
            "source": "employee",
            "severity": "high",
            "detected_at": "2026-05-04T08:00:00.000000Z",
        }));
        i.assessment = Some(a);
        i
    }

    use breachlog_model::domain::Assessment;

    fn assessment() -> Assessment {
        Assessment {
            nature: vec![breachlog_model::domain::Nature::Confidentiality],
            data_categories: vec!["naam".into()],
            subjects_approx: Some(1200),
            ..Default::default()
        }
    }

    fn answered(mut a: Assessment) -> Assessment {
        a.legal_basis = Some(LegalBasis::Gdpr);
        a.other_organisation = Some("Mailhuis B.V.".into());
        a.ongoing = Some(false);
        a.subjects_min = Some(1000);
        a.subjects_max = Some(1500);
        a.encrypted = Some(Encryption::Partly);
        a.severity_estimate = Some(SeverityEstimate::High);
        a.notification_kind = Some(NotificationKind::Withdrawal);
        a
    }

    fn org(lead: &str, number: Option<&str>, standing: bool) -> Org {
        Org {
            name: "Fictional Shop B.V.".into(),
            address: "Kerkstraat 1, Amsterdam".into(),
            contact_point: "fg@example.test".into(),
            timezone: "Europe/Amsterdam".into(),
            lead_authority: lead.into(),
            registration_number: number.map(String::from),
            legal_representative_name: standing.then(|| "Anna de Vries".into()),
            legal_representative_role: standing.then(|| "directeur".into()),
            dpo_name: standing.then(|| "Piet Jansen".into()),
            dpo_email: standing.then(|| "fg@example.test".into()),
            dpo_phone: standing.then(|| "+31 20 123 4567".into()),
            ..Org::default()
        }
    }

    fn draft(i: &Incident, o: &Org, authority: &str, lang: Language) -> Draft {
        let f = DraftFacts {
            incident: i,
            org: o,
            obligations: &[],
            missing: Vec::new(),
            nis2: false,
            dora: false,
        };
        authority_draft_in(&f, authorities::find("a", authority).unwrap(), lang)
    }

    #[test]
    fn the_registration_number_is_named_by_the_register_of_the_lead_authoritys_country() {
        let i = incident(assessment());
        let label = |lead: &str, to: &str, lang: Language| {
            let d = draft(&i, &org(lead, Some("B123456"), true), to, lang);
            let found = d
                .fields()
                .find(|f| f.id == "org_registration")
                .map(|f| f.label.clone());
            found.unwrap()
        };
        // The CNIL's form asks a SIREN (its question), whatever the country.
        assert_eq!(label("fr-cnil", "fr-cnil", Language::Fr), "Numéro SIREN");
        assert_eq!(label("lu-cnpd", "fr-cnil", Language::Fr), "Numéro SIREN");
        // Every other draft in French (here the EDPB template to Luxembourg's CNPD): the
        // register of the organisation's country, never the SIREN for a non-French one.
        assert_eq!(
            label("lu-cnpd", "lu-cnpd", Language::Fr),
            "Numéro RCS (Luxembourg Business Registers)"
        );
        assert_eq!(
            label("be-apd", "lu-cnpd", Language::Fr),
            "Numéro d’entreprise (BCE)"
        );
        assert_eq!(label("fr-cnil", "lu-cnpd", Language::Fr), "Numéro SIREN");
        assert_eq!(
            label("de-bfdi", "lu-cnpd", Language::De),
            "Handelsregisternummer"
        );
        assert_eq!(label("nl-ap", "nl-ap", Language::Nl), "KvK-nummer");
        assert_eq!(
            label("nl-ap", "nl-ap", Language::En),
            "KvK number (Chamber of Commerce)"
        );
        // Elsewhere: the generic label, in every language.
        assert_eq!(
            label("at-dsb", "lu-cnpd", Language::Fr),
            "Numéro d’immatriculation"
        );
        assert_eq!(
            label("at-dsb", "nl-ap", Language::Nl),
            "Inschrijvingsnummer"
        );
    }

    fn ids(d: &Draft) -> Vec<&str> {
        d.fields().map(|f| f.id.as_str()).collect()
    }

    fn value<'a>(d: &'a Draft, id: &str) -> &'a str {
        &d.fields().find(|f| f.id == id).unwrap().value
    }

    /// The Dutch AP's questions, in the form's order (the AP's questionnaire "Vragenlijst
    /// meldformulier datalekken"; sources in docs/report-format.md).
    const AP_FIELDS: &[&str] = &[
        "notification_type",
        "reference",
        "legal_basis",
        "org_name",
        "org_registration",
        "org_address",
        "contact_point",
        "dpo",
        "other_organisation",
        "occurred",
        "ongoing",
        "detected_at",
        "aware_at",
        "aware_justification",
        "contained_at",
        "reasons_for_delay",
        "title",
        "description",
        "nature",
        "cause",
        "affected_systems",
        "data_categories",
        "special_categories",
        "records_approx",
        "subject_categories",
        "subjects_approx",
        "subjects_range",
        "encrypted",
        "consequences",
        "severity_estimate",
        "risk",
        "severity_score",
        "measures_taken",
        "measures_proposed",
        "follow_up",
        "subjects_informed",
        "cross_border",
    ];

    /// CNIL's notification service, in its order: initial or complementary, the organisation
    /// with its SIREN, the legal representative, the contact person, the breach, whether it
    /// is still going on, the processor involved.
    const CNIL_FIELDS: &[&str] = &[
        "notification_type",
        "reference",
        "org_name",
        "org_registration",
        "org_address",
        "legal_representative",
        "contact_point",
        "dpo",
        "title",
        "description",
        "nature",
        "cause",
        "affected_systems",
        "occurred",
        "ongoing",
        "detected_at",
        "aware_at",
        "aware_justification",
        "contained_at",
        "reasons_for_delay",
        "data_categories",
        "special_categories",
        "records_approx",
        "subject_categories",
        "subjects_approx",
        "processor",
        "consequences",
        "risk",
        "severity_score",
        "measures_taken",
        "measures_proposed",
        "follow_up",
        "subjects_informed",
        "cross_border",
    ];

    /// Every label is a real text in `lang` (not an id), and the form's own questions differ
    /// from the English ones when `lang` is not English (a translation, not the fallback).
    fn labelled(d: &Draft, lang: Language) {
        let en = Localizer::new(Language::En);
        for f in d.fields() {
            assert!(!f.label.starts_with("tpl-"), "{}: {}", f.id, f.label);
            if lang != Language::En && ANSWERS.contains(&f.id.as_str()) {
                let english = en.text(&format!("tpl-field-{}", f.id.replace('_', "-")));
                assert_ne!(f.label, english, "{} not translated", f.id);
            }
        }
        for s in &d.sections {
            assert!(!s.title.starts_with("tpl-"), "{}", s.id);
        }
    }

    #[test]
    fn the_ap_draft_asks_every_question_of_the_form_in_dutch_and_english() {
        for lang in [Language::Nl, Language::En] {
            // Nothing answered yet: every question the record cannot answer is flagged.
            let bare = draft(
                &incident(assessment()),
                &org("nl-ap", None, false),
                "nl-ap",
                lang,
            );
            assert_eq!(ids(&bare), AP_FIELDS, "{lang:?}");
            labelled(&bare, lang);
            assert_eq!(
                bare.unanswered,
                [
                    "legal_basis",
                    "org_registration",
                    "dpo",
                    "other_organisation",
                    "ongoing",
                    "subjects_range",
                    "encrypted",
                    "severity_estimate"
                ],
                "{lang:?}"
            );
            for id in &bare.unanswered {
                assert_eq!(value(&bare, id), "", "{id} printed as if answered");
            }
            // Everything answered: nothing flagged, each answer in the draft's language.
            let full = draft(
                &incident(answered(assessment())),
                &org("nl-ap", Some("34123456"), true),
                "nl-ap",
                lang,
            );
            assert!(full.unanswered.is_empty(), "{:?}", full.unanswered);
            let expected: &[(&str, &str)] = match lang {
                Language::Nl => &[
                    ("notification_type", "Intrekking van een eerdere melding"),
                    ("legal_basis", "AVG"),
                    ("org_registration", "34123456"),
                    ("dpo", "Piet Jansen, fg@example.test, +31 20 123 4567"),
                    ("other_organisation", "Mailhuis B.V."),
                    ("ongoing", "nee"),
                    ("subjects_range", "1.000 – 1.500"),
                    ("encrypted", "Gedeeltelijk"),
                    ("severity_estimate", "Hoog"),
                ],
                _ => &[
                    ("notification_type", "Withdrawal of an earlier notification"),
                    ("legal_basis", "GDPR (AVG)"),
                    ("org_registration", "34123456"),
                    ("dpo", "Piet Jansen, fg@example.test, +31 20 123 4567"),
                    ("other_organisation", "Mailhuis B.V."),
                    ("ongoing", "no"),
                    ("subjects_range", "1,000 – 1,500"),
                    ("encrypted", "Partly"),
                    ("severity_estimate", "High"),
                ],
            };
            for (id, v) in expected {
                assert_eq!(value(&full, id), *v, "{lang:?} {id}");
            }
        }
    }

    #[test]
    fn the_cnil_draft_has_siren_legal_representative_contact_processor_and_ongoing_in_french_and_english(
    ) {
        for lang in [Language::Fr, Language::En] {
            let bare = draft(
                &incident(assessment()),
                &org("fr-cnil", None, false),
                "fr-cnil",
                lang,
            );
            assert_eq!(ids(&bare), CNIL_FIELDS, "{lang:?}");
            labelled(&bare, lang);
            assert_eq!(
                bare.unanswered,
                [
                    "org_registration",
                    "legal_representative",
                    "dpo",
                    "ongoing",
                    "processor"
                ]
            );
            // The legal representative and the contact person are separate sections.
            let sections: Vec<&str> = bare.sections.iter().map(|s| s.id.as_str()).collect();
            assert!(sections.contains(&"legal_representative") && sections.contains(&"contact"));
            let mut a = answered(assessment());
            a.notification_kind = Some(NotificationKind::Complementary);
            a.other_organisation = Some(NO_REGISTRATION.into());
            let full = draft(
                &incident(a),
                &org("fr-cnil", Some(NO_REGISTRATION), true),
                "fr-cnil",
                lang,
            );
            assert!(full.unanswered.is_empty(), "{:?}", full.unanswered);
            let expected: &[(&str, &str)] = match lang {
                Language::Fr => &[
                    (
                        "notification_type",
                        "Complément à une notification précédente",
                    ),
                    ("org_registration", "Pas de numéro SIREN"),
                    ("legal_representative", "Anna de Vries, directeur"),
                    ("contact_point", "fg@example.test"),
                    ("ongoing", "non"),
                    ("processor", "aucune"),
                ],
                _ => &[
                    ("notification_type", "Follow-up to an earlier notification"),
                    (
                        "org_registration",
                        "The organisation has no registration number",
                    ),
                    ("legal_representative", "Anna de Vries, directeur"),
                    ("ongoing", "no"),
                    ("processor", "none"),
                ],
            };
            for (id, v) in expected {
                assert_eq!(value(&full, id), *v, "{lang:?} {id}");
            }
        }
    }

    #[test]
    fn the_cnil_draft_says_no_siren_for_another_countrys_number() {
        let i = incident(assessment());
        let dutch = draft(
            &i,
            &org("nl-ap", Some("34123456"), true),
            "fr-cnil",
            Language::Fr,
        );
        assert_eq!(
            value(&dutch, "org_registration"),
            "Pas de numéro SIREN (numéro d’immatriculation : 34123456)"
        );
        let french = draft(
            &i,
            &org("fr-cnil", Some("732829320"), true),
            "fr-cnil",
            Language::Fr,
        );
        assert_eq!(value(&french, "org_registration"), "732829320");
        // Other forms show the number as it is.
        let ap = draft(
            &i,
            &org("nl-ap", Some("34123456"), true),
            "nl-ap",
            Language::Nl,
        );
        assert_eq!(value(&ap, "org_registration"), "34123456");
    }

    #[test]
    fn the_generic_draft_carries_the_standing_details_and_flags_them_when_absent() {
        let i = incident(assessment());
        let bare = draft(&i, &org("at-dsb", None, false), "at-dsb", Language::En);
        for id in ["org_registration", "legal_representative", "dpo"] {
            assert!(bare.unanswered.contains(&id.to_string()), "{id}");
        }
        let full = draft(
            &incident(answered(assessment())),
            &org("at-dsb", Some("FN 123456a"), true),
            "at-dsb",
            Language::De,
        );
        // Only what the record cannot hold stays asked.
        assert_eq!(full.unanswered, ["reporting_person", "prevention"]);
        assert_eq!(value(&full, "org_registration"), "FN 123456a");
        assert_eq!(
            value(&full, "legal_representative"),
            "Anna de Vries, directeur"
        );
    }

    /// The EDPB common template (draft of 10 June 2026), block by block, in this order.
    const EDPB_BLOCKS: &[(&str, &[&str])] = &[
        ("edpb_type", &["notification_type", "reference"]),
        (
            "edpb_controller",
            &[
                "org_name",
                "org_registration",
                "org_address",
                "legal_representative",
                "reporting_person",
                "contact_point",
                "dpo",
                "other_organisation",
            ],
        ),
        (
            "edpb_nature",
            &[
                "occurred",
                "ongoing",
                "detected_at",
                "aware_at",
                "aware_justification",
                "contained_at",
                "reasons_for_delay",
                "title",
                "description",
                "nature",
                "cause",
                "affected_systems",
                "data_categories",
                "special_categories",
                "records_approx",
                "subject_categories",
                "subjects_approx",
                "subjects_range",
                "encrypted",
                "cross_border",
            ],
        ),
        (
            "edpb_consequences",
            &[
                "consequences",
                "severity_estimate",
                "risk",
                "severity_score",
            ],
        ),
        (
            "edpb_measures",
            &[
                "measures_taken",
                "measures_proposed",
                "prevention",
                "follow_up",
            ],
        ),
        (
            "edpb_communication",
            &["subjects_informed", "other_regulators"],
        ),
    ];

    /// Issue 14 item 8: the EDPB's draft template has its six blocks with every field, each
    /// answered from the record or listed in `unanswered` (never a made-up answer), marked as
    /// the draft of 10 June 2026 in its title, in the four languages (translated labels and
    /// block titles).
    #[test]
    fn the_edpb_common_template_draft_has_its_six_blocks_in_four_languages() {
        let full = incident(answered(assessment()));
        let bare = incident(Assessment::default());
        let en = draft(
            &full,
            &org("at-dsb", Some("FN 1"), true),
            "at-dsb",
            Language::En,
        );
        for lang in Language::ALL {
            for (i, o) in [
                (&full, org("at-dsb", Some("FN 1"), true)),
                (&bare, org("at-dsb", None, false)),
            ] {
                let d = draft(i, &o, "at-dsb", *lang);
                let blocks: Vec<(&str, Vec<&str>)> = d
                    .sections
                    .iter()
                    .map(|s| {
                        (
                            s.id.as_str(),
                            s.fields.iter().map(|f| f.id.as_str()).collect(),
                        )
                    })
                    .collect();
                let want: Vec<(&str, Vec<&str>)> =
                    EDPB_BLOCKS.iter().map(|(b, f)| (*b, f.to_vec())).collect();
                assert_eq!(blocks, want, "{lang:?}");
                for f in d.fields() {
                    if ANSWERS.contains(&f.id.as_str()) {
                        assert_eq!(
                            f.value.trim().is_empty(),
                            d.unanswered.contains(&f.id),
                            "{lang:?} {}",
                            f.id
                        );
                    }
                }
                assert!(d.unanswered.contains(&"reporting_person".to_string()));
                assert!(d.unanswered.contains(&"prevention".to_string()));
                assert!(d.title.contains("2026"), "{}", d.title);
                labelled(&d, *lang);
                if *lang != Language::En {
                    for (s, e) in d.sections.iter().zip(&en.sections) {
                        assert_ne!(s.title, e.title, "{lang:?} block {} not translated", s.id);
                    }
                    assert_ne!(d.title, en.title);
                }
            }
        }
        assert!(en
            .title
            .contains("EDPB common template (draft of 10 June 2026)"));
        let de = draft(&full, &org("at-dsb", None, true), "at-dsb", Language::De);
        assert!(de.title.contains("EDSA-Vorlage (Entwurf"), "{}", de.title);
        assert_eq!(
            value(&de, "encrypted"),
            Localizer::new(Language::De).text(&Encryption::Partly.label_id())
        );
    }

    #[test]
    fn a_customers_authority_draft_names_us_as_the_other_organisation_not_our_dpo() {
        let i = incident(assessment());
        let o = org("nl-ap", Some("34123456"), true);
        let f = DraftFacts {
            incident: &i,
            org: &o,
            obligations: &[],
            missing: Vec::new(),
            nis2: false,
            dora: false,
        };
        let customer: Controller = serde_json::from_value(serde_json::json!({
            "id": "01900000-0000-7000-8000-000000000002",
            "name": "Klant B.V.",
            "authority": "nl-ap",
            "language": "nl",
            "notice_hours": null,
            "added_at": "2026-05-01T08:00:00.000000Z",
        }))
        .unwrap();
        let d = customer_authority_draft(&f, &customer, None)
            .unwrap()
            .unwrap();
        assert_eq!(
            value(&d, "other_organisation"),
            "Fictional Shop B.V. (34123456), onze verwerker"
        );
        // The customer's own number and DPO are not ours: left for it, flagged.
        assert_eq!(value(&d, "dpo"), "");
        assert!(d.unanswered.contains(&"dpo".to_string()));
        assert!(d.unanswered.contains(&"org_registration".to_string()));
    }

    fn letter(i: &Incident, o: &Org, lang: Language) -> Draft {
        let f = DraftFacts {
            incident: i,
            org: o,
            obligations: &[],
            missing: Vec::new(),
            nis2: false,
            dora: false,
        };
        subjects_draft(&f, lang)
    }

    /// Words each language's advice uses for passwords, banks, identity documents, health.
    const ADVICE_WORDS: &[(Language, [&str; 4])] = &[
        (
            Language::En,
            ["password", "bank", "identity document", "health"],
        ),
        (
            Language::Nl,
            ["wachtwoord", "bank", "identiteitsbewijs", "gezondheid"],
        ),
        (
            Language::De,
            ["Passwort", "Bank", "Ausweisdokument", "Gesundheit"],
        ),
        (
            Language::Fr,
            ["mot de passe", "banque", "pièce d’identité", "santé"],
        ),
    ];

    /// Issue 14 item 5: the Art 34 letter has every field Art 34(2) asks (nature in plain
    /// words, the contact point, the likely consequences, the measures), written for the people
    /// (the internal description and cause never appear), with the advice the data categories
    /// call for, in each of the four languages (real translations, not the English fallback).
    #[test]
    fn the_art34_letter_is_written_for_the_people_with_advice_by_category_in_four_languages() {
        let mut a = assessment();
        a.data_categories = vec![
            "naam".into(),
            "wachtwoord".into(),
            "IBAN".into(),
            "paspoortnummer".into(),
        ];
        a.special_categories = vec!["gezondheidsgegevens".into()];
        a.measures_taken = Some("Wachtwoorden van alle klanten zijn gereset.".into());
        a.consequences =
            Some("INTERN: risico op credential stuffing tegen het klantportaal".into());
        let mut i = incident(a);
        i.description = "INTERNAL: S3 bucket prod-backup-7 was world-readable".into();
        i.contained_at = Some(Ts::parse("2026-05-04T12:00:00Z").unwrap());
        let o = org("nl-ap", None, true);
        let en = letter(&i, &o, Language::En);
        for (lang, words) in ADVICE_WORDS {
            let d = letter(&i, &o, *lang);
            assert_eq!(ids(&d), LETTER_FIELDS, "{lang:?}");
            assert_eq!(d.missing, Vec::<String>::new(), "{lang:?}");
            let all: String = d
                .fields()
                .map(|f| f.value.clone())
                .collect::<Vec<_>>()
                .join("\n");
            assert!(
                !all.contains("INTERNAL") && !all.contains("INTERN:"),
                "{lang:?}: {all}"
            );
            assert!(!all.contains(&i.category.label_id()), "{all}");
            for f in d.fields() {
                assert!(!f.label.starts_with("tpl-"), "{}: {}", f.id, f.label);
                assert!(!f.value.trim().is_empty(), "{lang:?} {} empty", f.id);
                if *lang != Language::En && f.id != "letter_data" {
                    let english = en.fields().find(|e| e.id == f.id).unwrap();
                    assert_ne!(f.value, english.value, "{lang:?} {} not translated", f.id);
                }
            }
            let advice = value(&d, "letter_advice");
            for w in words {
                assert!(advice.contains(w), "{lang:?}: {w:?} not in {advice}");
            }
            // Passwords: change it with us and wherever it was reused.
            assert!(advice.contains("Fictional Shop B.V."), "{advice}");
            // (b) the DPO's name and contact details.
            let contact = value(&d, "letter_contact");
            assert!(
                contact.contains("Piet Jansen") && contact.contains("+31 20 123 4567"),
                "{contact}"
            );
            // (c) one consequence per kind of data, (d) the measures taken.
            assert_eq!(
                value(&d, "letter_consequences").matches('•').count(),
                4,
                "{lang:?}"
            );
            assert!(value(&d, "letter_measures").contains("Wachtwoorden van alle klanten"));
            assert!(value(&d, "letter_data").contains("IBAN"));
            assert!(value(&d, "letter_data").contains("gezondheidsgegevens"));
        }
        assert!(value(&en, "letter_what_happened").contains("2026-05-04"));
        assert!(value(&letter(&i, &o, Language::De), "letter_what_happened").contains("04.05.2026"));

        // Only contact data: phishing advice, no password or bank advice.
        let mut a = assessment();
        a.data_categories = vec!["e-mailadres".into()];
        let d = letter(&incident(a), &o, Language::En);
        let advice = value(&d, "letter_advice");
        assert!(advice.contains("unexpected messages"), "{advice}");
        assert!(
            !advice.contains("password for your account") && !advice.contains("bank statements"),
            "{advice}"
        );
        // Nothing on measures and no contact point: Art 34(2) items missing, never blank.
        let mut bare = org("nl-ap", None, false);
        bare.contact_point = String::new();
        assert_eq!(d.missing, ["measures"]);
        let d = letter(&incident(assessment()), &bare, Language::En);
        // "naam" says nothing of what may follow, and the assessment has no consequences.
        assert_eq!(d.missing, ["contact_point", "consequences", "measures"]);
        // Without categories that say what may follow, the assessment's consequences stand in.
        let mut a = assessment();
        a.consequences = Some("Ongewenste post.".into());
        let d = letter(&incident(a), &bare, Language::En);
        assert_eq!(d.missing, ["contact_point", "measures"]);
        assert_eq!(value(&d, "letter_consequences"), "Ongewenste post.");
    }

    /// The edited text replaces the proposed one in its language only, and is listed as edited.
    #[test]
    fn the_letter_carries_the_users_edits_in_their_language() {
        let mut i = incident(assessment());
        i.letter.push(breachlog_model::domain::LetterText {
            language: Language::Nl,
            field: "letter_advice".into(),
            text: "Bel ons op 020 123 4567.".into(),
        });
        let o = org("nl-ap", None, true);
        let nl = letter(&i, &o, Language::Nl);
        assert_eq!(value(&nl, "letter_advice"), "Bel ons op 020 123 4567.");
        assert_eq!(nl.edited, ["letter_advice"]);
        let en = letter(&i, &o, Language::En);
        assert!(en.edited.is_empty());
        assert!(value(&en, "letter_advice").contains("unusual"));
    }
}
