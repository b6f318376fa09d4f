//! Notification drafts: the authority forms (NL AP, BE APD/GBA, German authorities, FR CNIL,
//! UK ICO, IE DPC and an EDPB-style generic one), the Art 34(2) communication to data subjects
//! and the processor's Art 33(2) notice to a controller. Every field is its own block (users
//! paste them into online forms); labels come from Fluent in the draft language, which follows
//! the authority, not the UI.

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::apply;
use super::authorities::{self, Authority};
use super::{Obligation, ObligationKind, Phase, Regime, GENERIC_AUTHORITY};
use crate::domain::{Incident, Language, Org, Risk};
use crate::error::{Error, Reason, Result};
use crate::i18n::Localizer;
use crate::register::Register;
use crate::Ts;

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

/// The EDPB-style generic layout (7 sections, a superset of the authorities' forms).
const EDPB: Layout = &[
    (
        "controller",
        &[
            "notification_type",
            "reference",
            "org_name",
            "org_address",
            "contact_point",
        ],
    ),
    ("timeline", TIMELINE),
    ("what_happened", WHAT),
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
    (
        "communication",
        &["subjects_informed", "cross_border", "other_regulators"],
    ),
];

const NL_AP: Layout = &[
    ("notification", &["notification_type", "reference"]),
    ("contact", &["org_name", "org_address", "contact_point"]),
    ("timeline", TIMELINE),
    ("what_happened", WHAT),
    ("data", DATA),
    ("people", PEOPLE),
    ("measures_before", &["measures_before"]),
    ("consequences", CONSEQUENCES),
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

const FR_CNIL: Layout = &[
    ("notification", &["notification_type", "reference"]),
    (
        "controller",
        &["org_name", "org_registration", "org_address"],
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
    ("international", &["cross_border"]),
];

const UK_ICO: Layout = &[
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

const SUBJECTS: Layout = &[
    ("intro", &["subjects_intro"]),
    (
        "what_happened",
        &[
            "plain_what_happened",
            "nature",
            "data_categories",
            "special_categories",
        ],
    ),
    ("consequences", &["consequences"]),
    (
        "measures",
        &["measures_taken", "measures_proposed", "subjects_advice"],
    ),
    ("contact", &["contact_point"]),
];

const CONTROLLER: Layout = &[
    ("intro", &["controller_intro"]),
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
    art33: Option<(Obligation, Vec<super::Filing>)>,
    art34: Option<(Obligation, Vec<super::Filing>)>,
    authority: Option<&'a Authority>,
    nis2: bool,
    dora: bool,
    missing: &'a [String],
}

/// A whole number with the language's digit grouping: 1,200 (en), 1.200 (de, nl), 1 200 (fr).
pub fn grouped(n: u64, lang: Language) -> String {
    crate::i18n::grouped(i64::try_from(n).unwrap_or(i64::MAX), lang)
}

/// A moment in the organisation's time zone, in the draft language's date format.
fn local(l: &Localizer, ts: Ts, tz: Tz) -> String {
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

impl Facts<'_> {
    fn count(&self, n: Option<u64>, estimate: bool) -> String {
        match n {
            Some(n) if estimate => format!(
                "{} ({})",
                grouped(n, self.l.language()),
                self.l.text("tpl-estimate")
            ),
            Some(n) => grouped(n, self.l.language()),
            None => String::new(),
        }
    }

    fn value(&self, id: &str) -> String {
        let l = self.l;
        let i = self.incident;
        let a = i.assessment.clone().unwrap_or_default();
        let t = |ts: Option<Ts>| ts.map(|t| local(self.l, t, self.tz)).unwrap_or_default();
        let first = |o: &Option<(Obligation, Vec<super::Filing>)>| {
            o.as_ref()
                .and_then(|(_, f)| f.iter().find(|f| f.phase == Phase::Initial).cloned())
        };
        match id {
            "notification_type" => l.text(if first(&self.art33).is_some() {
                "tpl-value-follow-up"
            } else {
                "tpl-value-new"
            }),
            "reference" => first(&self.art33).map(|f| f.reference).unwrap_or_default(),
            "org_name" => self.org.name.clone(),
            "org_address" => self.org.address.clone(),
            "org_registration" => String::new(),
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
            "description" | "plain_what_happened" => i.description.clone(),
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
            "measures_before" | "staff_training" => String::new(),
            "follow_up" => {
                if self.missing.is_empty() {
                    String::new()
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
            "subjects_advice" => l.text("tpl-subjects-advice"),
            "controller_intro" => l.msg(
                "tpl-controller-intro",
                &[("org", self.org.name.clone()), ("title", i.title.clone())],
            ),
            _ => String::new(),
        }
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
                    label: f.l.text(&format!("tpl-field-{}", fid.replace('_', "-"))),
                    value: f.value(fid),
                })
                .collect(),
        })
        .collect();
    Draft {
        authority,
        language,
        title,
        sections,
        missing: f.missing.to_vec(),
    }
}

/// Incident, organisation, its time zone, the incident's obligations and the missing Art 33(3) items.
type DraftParts = (Incident, Org, Tz, Vec<Obligation>, Vec<String>);

fn with_filings(
    reg: &Register,
    o: Option<Obligation>,
) -> Result<Option<(Obligation, Vec<super::Filing>)>> {
    o.map(|o| apply::filings_of(reg.conn(), o.id).map(|f| (o, f)))
        .transpose()
}

impl Register {
    fn draft_facts_parts(&self, incident: Uuid) -> Result<DraftParts> {
        let i = self.incident(incident)?;
        let org = self.org()?;
        let tz: Tz = org.timezone.parse().unwrap_or(Tz::UTC);
        let obligations = apply::obligations(self.conn(), Some(incident))?;
        let contact = Some(org.contact_point.as_str()).filter(|c| !c.trim().is_empty());
        let missing = i
            .assessment
            .clone()
            .unwrap_or_default()
            .missing_art33(contact)
            .iter()
            .filter_map(|m| {
                serde_json::to_value(m)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
            })
            .collect();
        Ok((i, org, tz, obligations, missing))
    }

    /// The notification draft for `authority`, in `lang` if the authority accepts it (else an error)
    /// or in the authority's own language.
    pub fn notify_draft(
        &self,
        incident: Uuid,
        authority: &str,
        lang: Option<Language>,
    ) -> Result<Draft> {
        let auth = authorities::find("authority", authority)?;
        let language = auth.draft_language(lang)?;
        let l = Localizer::new(language);
        let (i, org, tz, obligations, missing) = self.draft_facts_parts(incident)?;
        let art33 = obligations
            .iter()
            .find(|o| {
                matches!(o.regime, Regime::Gdpr | Regime::UkGdpr)
                    && o.rule == "art33-1"
                    && o.recipient == auth.id
            })
            // Without a lead authority the obligation is to "the supervisory authority": any
            // authority's draft completes it. An obligation (and its filings) towards another
            // named authority never shows up in this authority's draft.
            .or_else(|| {
                obligations.iter().find(|o| {
                    matches!(o.regime, Regime::Gdpr | Regime::UkGdpr)
                        && o.rule == "art33-1"
                        && o.recipient == GENERIC_AUTHORITY
                })
            })
            .cloned();
        let art34 = obligations
            .iter()
            .find(|o| o.kind == ObligationKind::SubjectCommunication && o.not_required.is_none())
            .cloned();
        let reg = self.incident_regulation(incident)?;
        let facts = Facts {
            l: &l,
            incident: &i,
            org: &org,
            tz,
            art33: with_filings(self, art33)?,
            art34: with_filings(self, art34)?,
            authority: Some(auth),
            nis2: reg.nis2.is_some(),
            dora: reg.dora.is_some(),
            missing: &missing,
        };
        let title = l.msg(
            &format!("tpl-authority-title-{}", auth.template),
            &[("authority", auth.name.clone())],
        );
        Ok(build(
            &facts,
            layout(&auth.template),
            Some(auth.id.clone()),
            language,
            title,
        ))
    }

    /// The Art 34(2) communication to the data subjects, in plain language.
    pub fn subject_communication(&self, incident: Uuid, lang: Language) -> Result<Draft> {
        let l = Localizer::new(lang);
        let (i, org, tz, _, _) = self.draft_facts_parts(incident)?;
        let a = i.assessment.clone().unwrap_or_default();
        // Art 34(2) requires the items (b), (c), (d) of Art 33(3).
        let mut missing = Vec::new();
        if a.contact_point
            .as_deref()
            .unwrap_or(&org.contact_point)
            .trim()
            .is_empty()
        {
            missing.push("contact_point".to_string());
        }
        if a.consequences.as_deref().unwrap_or("").trim().is_empty() {
            missing.push("consequences".to_string());
        }
        if a.measures_taken.is_none() && a.measures_proposed.is_none() {
            missing.push("measures".to_string());
        }
        let facts = Facts {
            l: &l,
            incident: &i,
            org: &org,
            tz,
            art33: None,
            art34: None,
            authority: None,
            nis2: false,
            dora: false,
            missing: &missing,
        };
        Ok(build(
            &facts,
            SUBJECTS,
            None,
            lang,
            l.msg("tpl-subjects-title", &[("org", org.name.clone())]),
        ))
    }

    /// Our Art 33(2) notice (as processor) to one affected controller.
    pub fn controller_notice(
        &self,
        incident: Uuid,
        controller: &str,
        lang: Language,
    ) -> Result<Draft> {
        let ids = super::ops::resolve_controllers(self, &[controller.to_string()])?;
        let c = self
            .controllers()?
            .into_iter()
            .find(|c| ids.first() == Some(&c.id.to_string()))
            .ok_or_else(|| Error::invalid("controllers", Reason::UnknownId))?;
        let l = Localizer::new(lang);
        let (i, org, tz, _, missing) = self.draft_facts_parts(incident)?;
        let facts = Facts {
            l: &l,
            incident: &i,
            org: &org,
            tz,
            art33: None,
            art34: None,
            authority: None,
            nis2: false,
            dora: false,
            missing: &missing,
        };
        Ok(build(
            &facts,
            CONTROLLER,
            None,
            lang,
            l.msg("tpl-controller-title", &[("controller", c.name.clone())]),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::{AssessmentInput, IncidentInput, InitOptions, OrgInput};

    fn setup() -> (tempfile::TempDir, Register, Uuid) {
        let dir = tempfile::tempdir().unwrap();
        let opts = InitOptions {
            org: OrgInput {
                name: Some("Voorbeeld B.V.".into()),
                contact_point: Some("fg@voorbeeld.test".into()),
                timezone: Some("Europe/Amsterdam".into()),
                lead_authority: Some("nl-ap".into()),
                regimes: Some(vec!["gdpr".into()]),
                ..Default::default()
            },
            passphrase: Some(zeroize::Zeroizing::new(
                "correct horse battery staple".into(),
            )),
            keyring: false,
            actor: "dpo".into(),
        };
        let (mut reg, _) = Register::init(&dir.path().join("r.db"), opts).unwrap();
        let id = reg
            .create_incident(&IncidentInput {
                title: Some("Klantbestand gelekt".into()),
                detected_at: Some("2026-05-04T08:00:00Z".into()),
                ..Default::default()
            })
            .unwrap()
            .id;
        reg.assess(
            id,
            &AssessmentInput {
                personal_data: Some("yes".into()),
                aware_at: Some("2026-05-04T10:00:00Z".into()),
                nature: Some(vec!["confidentiality".into()]),
                data_categories: Some(vec!["naam".into(), "e-mailadres".into()]),
                subjects_approx: Some("1200".into()),
                subjects_estimate: Some(true),
                risk: Some("high".into()),
                risk_reasoning: Some("Wachtwoordhashes".into()),
                ..Default::default()
            },
        )
        .unwrap();
        (dir, reg, id)
    }

    fn field<'a>(d: &'a Draft, section: &str, field: &str) -> &'a DraftField {
        d.sections
            .iter()
            .find(|s| s.id == section)
            .and_then(|s| s.fields.iter().find(|f| f.id == field))
            .unwrap()
    }

    #[test]
    fn nl_ap_draft_is_dutch_field_by_field_with_missing_items() {
        let (_d, reg, id) = setup();
        let d = reg.notify_draft(id, "nl-ap", None).unwrap();
        assert_eq!(
            (d.authority.as_deref(), d.language),
            (Some("nl-ap"), Language::Nl)
        );
        let ids: Vec<&str> = d.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "notification",
                "contact",
                "timeline",
                "what_happened",
                "data",
                "people",
                "measures_before",
                "consequences",
                "follow_up",
                "informing_people",
                "international"
            ]
        );
        assert_eq!(
            field(&d, "notification", "notification_type").value,
            "Nieuwe melding"
        );
        assert_eq!(
            field(&d, "contact", "contact_point").value,
            "fg@voorbeeld.test"
        );
        assert_eq!(
            field(&d, "timeline", "aware_at").value,
            "04-05-2026 12:00 uur (CEST)"
        );
        assert_eq!(
            field(&d, "people", "subjects_approx").value,
            "1.200 (schatting)"
        );
        assert_eq!(grouped(1_234_567, Language::En), "1,234,567");
        assert_eq!(grouped(999, Language::De), "999");
        assert_eq!(grouped(12_000, Language::Fr), "12\u{202f}000");
        assert_eq!(
            field(&d, "data", "data_categories").label,
            "Soorten persoonsgegevens"
        );
        assert_eq!(
            field(&d, "informing_people", "subjects_informed").value,
            "Nog niet; de betrokkenen worden zonder onredelijke vertraging geïnformeerd."
        );
        // Missing Art 33(3) items: subject categories, records, consequences, measures.
        assert_eq!(
            d.missing,
            [
                "subject_categories",
                "records_approx",
                "consequences",
                "measures"
            ]
        );
        assert!(!field(&d, "follow_up", "follow_up").value.is_empty());
        let json = serde_json::to_value(&d).unwrap();
        let mut keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["authority", "language", "missing", "sections"]);
    }

    #[test]
    fn drafts_follow_the_authority_language_not_the_ui() {
        let (_d, reg, id) = setup();
        let be = reg.notify_draft(id, "be-apd", Some(Language::De)).unwrap();
        assert_eq!(be.language, Language::De);
        assert_eq!(
            field(&be, "people", "subjects_approx").label,
            "Ungefähre Zahl der betroffenen Personen"
        );
        assert_eq!(
            reg.notify_draft(id, "be-apd", None).unwrap().language,
            Language::Fr
        );
        assert!(matches!(
            reg.notify_draft(id, "nl-ap", Some(Language::De)),
            Err(Error::InvalidInput { field: "lang", .. })
        ));
        let de = reg.notify_draft(id, "de-ni", None).unwrap();
        assert_eq!(
            (de.language, de.sections[0].title.as_str()),
            (Language::De, "Verantwortlicher")
        );
        assert_eq!(
            field(&de, "timeline", "detected_at").value,
            "04.05.2026, 10:00 Uhr (CEST)"
        );
        assert_eq!(
            field(
                &reg.notify_draft(id, "uk-ico", None).unwrap(),
                "timeline",
                "detected_at"
            )
            .value,
            "2026-05-04 10:00 CEST"
        );
        let cnil = reg.notify_draft(id, "fr-cnil", None).unwrap();
        assert_eq!(
            field(&cnil, "controller", "org_registration").label,
            "Numéro SIREN"
        );
        assert_eq!(
            field(&cnil, "timeline", "detected_at").value,
            "04/05/2026 à 10:00 (CEST)"
        );
        let ico = reg.notify_draft(id, "uk-ico", None).unwrap();
        assert!(ico.sections.iter().any(|s| s.id == "training"));
        assert_eq!(ico.language, Language::En);
        let ie = reg.notify_draft(id, "ie-dpc", None).unwrap();
        assert_eq!(ie.language, Language::En);
        let generic = reg.notify_draft(id, "at-dsb", None).unwrap();
        assert_eq!(
            (generic.language, generic.sections.len()),
            (Language::De, 7)
        );
        assert!(matches!(
            reg.notify_draft(id, "xx", None),
            Err(Error::InvalidInput {
                field: "authority",
                ..
            })
        ));
    }

    #[test]
    fn subject_communication_and_controller_notice_in_four_languages() {
        let (_d, mut reg, id) = setup();
        for lang in Language::ALL {
            let d = reg.subject_communication(id, *lang).unwrap();
            assert_eq!(d.sections[0].id, "intro");
            assert!(d.sections[0].fields[0].value.contains("Voorbeeld B.V."));
            assert!(d.missing.contains(&"consequences".to_string()));
        }
        reg.add_controller("Acme", Some(24), None).unwrap();
        let n = reg.controller_notice(id, "acme", Language::De).unwrap();
        assert!(
            n.title.contains("Acme")
                && n.sections[0].fields[0]
                    .value
                    .contains("Auftragsverarbeiter"),
            "{n:?}"
        );
        assert!(reg.controller_notice(id, "Umbrella", Language::En).is_err());
    }
}
