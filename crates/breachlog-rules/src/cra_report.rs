//! Cyber Resilience Act reports (Regulation (EU) 2024/2847 Art 14): what the early warning, the
//! notification and the final report on an actively exploited vulnerability (Art 14(2)) or a
//! severe incident having an impact on the security of a product with digital elements
//! (Art 14(4)) must contain, as drafts with their fields. Sources in `docs/report-format.md`.
//!
//! A field is filled from the record where it holds the answer (the manufacturer, the moment
//! of awareness, the malicious-acts answer of the classification, the time the corrective
//! measure became available, the description and measures of the assessment as a starting
//! point) and otherwise from the incident's CRA answers (`breach assess --cra ITEM=VALUE`).
//! The items the Article says a report shall include "at least" are mandatory (listed in
//! `missing` while empty); "where applicable", "where available" and "as available" ones are
//! shown, never required.

use breachlog_model::domain::{Incident, Language, Org};
use breachlog_model::error::{Error, Reason, Result};
use breachlog_model::i18n::Localizer;
use breachlog_model::regulation::{CraKind, Tristate};
use breachlog_model::Ts;

use crate::drafts::{local, Draft, DraftField, DraftSection};

pub const SOURCE_URL: &str = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj";

/// The report of a CRA rule (`rules/cra.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CraStage {
    EarlyWarning,
    Notification,
    Final,
}

impl CraStage {
    pub fn as_str(self) -> &'static str {
        match self {
            CraStage::EarlyWarning => "early-warning",
            CraStage::Notification => "notification",
            CraStage::Final => "final",
        }
    }

    pub fn parse(field: &'static str, v: &str) -> Result<Self> {
        match v.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "early-warning" => Ok(CraStage::EarlyWarning),
            "notification" => Ok(CraStage::Notification),
            "final" | "final-report" => Ok(CraStage::Final),
            _ => Err(Error::invalid(
                field,
                Reason::UnknownValue {
                    allowed: "early-warning, notification, final".into(),
                },
            )),
        }
    }

    /// The stage of a CRA rule id.
    pub fn of_rule(rule: &str) -> Option<(CraKind, Self)> {
        match rule {
            "art14-2-a" => Some((CraKind::ExploitedVulnerability, CraStage::EarlyWarning)),
            "art14-2-b" => Some((CraKind::ExploitedVulnerability, CraStage::Notification)),
            "art14-2-c" => Some((CraKind::ExploitedVulnerability, CraStage::Final)),
            "art14-4-a" => Some((CraKind::SevereIncident, CraStage::EarlyWarning)),
            "art14-4-b" => Some((CraKind::SevereIncident, CraStage::Notification)),
            "art14-4-c" => Some((CraKind::SevereIncident, CraStage::Final)),
            _ => None,
        }
    }

    /// The rule id (and its Article point) of this stage for `kind`.
    pub fn rule(self, kind: CraKind) -> &'static str {
        match (kind, self) {
            (CraKind::ExploitedVulnerability, CraStage::EarlyWarning) => "art14-2-a",
            (CraKind::ExploitedVulnerability, CraStage::Notification) => "art14-2-b",
            (CraKind::ExploitedVulnerability, CraStage::Final) => "art14-2-c",
            (CraKind::SevereIncident, CraStage::EarlyWarning) => "art14-4-a",
            (CraKind::SevereIncident, CraStage::Notification) => "art14-4-b",
            (CraKind::SevereIncident, CraStage::Final) => "art14-4-c",
        }
    }
}

/// Whether the Article makes an item mandatory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    /// "shall include at least" / "including at least".
    AtLeast,
    /// "where applicable", "where available", "as available".
    IfAvailable,
}

/// The content items of each report (after the common header), with the Article's words for
/// whether each is required.
fn items(kind: CraKind, stage: CraStage) -> &'static [(&'static str, Need)] {
    use Need::*;
    match (kind, stage) {
        // Art 14(2)(a): "indicating, where applicable, the Member States …".
        (CraKind::ExploitedVulnerability, CraStage::EarlyWarning) => {
            &[("member_states", IfAvailable)]
        }
        // Art 14(2)(b): "general information, as available, about the product …, the general
        // nature of the exploit and of the vulnerability …, corrective or mitigating measures
        // taken, and … measures that users can take, and … where applicable, how sensitive".
        (CraKind::ExploitedVulnerability, CraStage::Notification) => &[
            ("product", IfAvailable),
            ("exploit_nature", IfAvailable),
            ("measures_taken", IfAvailable),
            ("user_measures", IfAvailable),
            ("sensitivity", IfAvailable),
        ],
        // Art 14(2)(c): "including at least: (i) a description of the vulnerability, including
        // its severity and impact; (ii) where available, information concerning any malicious
        // actor …; (iii) details about the security update or other corrective measures".
        (CraKind::ExploitedVulnerability, CraStage::Final) => &[
            ("vulnerability_description", AtLeast),
            ("malicious_actor", IfAvailable),
            ("corrective_measure_at", IfAvailable),
            ("security_update", AtLeast),
        ],
        // Art 14(4)(a): "including at least whether the incident is suspected of being caused
        // by unlawful or malicious acts, which shall also indicate, where applicable, the
        // Member States …".
        (CraKind::SevereIncident, CraStage::EarlyWarning) => &[
            ("malicious_suspected", AtLeast),
            ("member_states", IfAvailable),
        ],
        // Art 14(4)(b): "general information, where available, about the nature of the
        // incident, an initial assessment of the incident, as well as any corrective or
        // mitigating measures taken, and … measures that users can take, and … where
        // applicable, how sensitive".
        (CraKind::SevereIncident, CraStage::Notification) => &[
            ("incident_nature", IfAvailable),
            ("initial_assessment", IfAvailable),
            ("measures_taken", IfAvailable),
            ("user_measures", IfAvailable),
            ("sensitivity", IfAvailable),
        ],
        // Art 14(4)(c): "including at least: (i) a detailed description of the incident,
        // including its severity and impact; (ii) the type of threat or root cause that is
        // likely to have triggered the incident; (iii) applied and ongoing mitigation measures".
        (CraKind::SevereIncident, CraStage::Final) => &[
            ("incident_description", AtLeast),
            ("root_cause", AtLeast),
            ("mitigation_measures", AtLeast),
        ],
    }
}

/// The header every report carries (who reports what, since when).
const HEADER: &[&str] = &[
    "report_type",
    "reference",
    "manufacturer",
    "contact_point",
    "cra_kind",
    "title",
    "aware_at",
];

/// Items an answer may be given for (`breach assess --cra ITEM=VALUE`).
pub const ANSWERABLE: &[&str] = &[
    "member_states",
    "product",
    "exploit_nature",
    "measures_taken",
    "user_measures",
    "sensitivity",
    "vulnerability_description",
    "malicious_actor",
    "security_update",
    "incident_nature",
    "initial_assessment",
    "incident_description",
    "root_cause",
    "mitigation_measures",
];

/// Checks one answer `ITEM=VALUE` and returns it in its stored form (`None`: cleared).
pub fn check_answer(item: &str, value: &str) -> Result<(String, Option<String>)> {
    let item = item.trim();
    let Some(key) = ANSWERABLE.iter().find(|k| **k == item) else {
        return Err(Error::invalid(
            "cra",
            Reason::UnknownValue {
                allowed: ANSWERABLE.join(", "),
            },
        ));
    };
    let v = value.trim();
    if v.is_empty() {
        return Ok((key.to_string(), None));
    }
    let stored = if *key == "member_states" {
        let mut out = Vec::new();
        for c in v.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let c = breachlog_model::validate::country("cra_member_states", c)?;
            let c = c.to_ascii_uppercase();
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out.join(", ")
    } else {
        breachlog_model::validate::text(field_name(key), v)?
    };
    Ok((key.to_string(), Some(stored)))
}

/// The input field name of an item (its label is `field-cra-<item>`).
fn field_name(item: &str) -> &'static str {
    match item {
        "product" => "cra_product",
        "exploit_nature" => "cra_exploit_nature",
        "measures_taken" => "cra_measures_taken",
        "user_measures" => "cra_user_measures",
        "sensitivity" => "cra_sensitivity",
        "vulnerability_description" => "cra_vulnerability_description",
        "malicious_actor" => "cra_malicious_actor",
        "security_update" => "cra_security_update",
        "incident_nature" => "cra_incident_nature",
        "initial_assessment" => "cra_initial_assessment",
        "incident_description" => "cra_incident_description",
        "root_cause" => "cra_root_cause",
        "mitigation_measures" => "cra_mitigation_measures",
        _ => "cra",
    }
}

/// What a CRA report is written from.
#[derive(Debug)]
pub struct CraFacts<'a> {
    pub incident: &'a Incident,
    pub org: &'a Org,
    /// The CRA classification: the moment of awareness and whether malicious acts are suspected.
    pub aware_at: Option<Ts>,
    pub malicious: Option<Tristate>,
    /// The reference of the earliest filing of this incident's CRA reports, if any.
    pub reference: Option<String>,
}

impl CraFacts<'_> {
    fn value(&self, l: &Localizer, kind: CraKind, stage: CraStage, item: &str) -> String {
        let i = self.incident;
        let a = i.assessment.clone().unwrap_or_default();
        let tz = self.org.tz();
        if let Some(v) = a.cra_answers.get(item).filter(|v| !v.trim().is_empty()) {
            return v.clone();
        }
        match item {
            "report_type" => l.text(&format!("tpl-cra-report-{}", stage.as_str())),
            "reference" => self.reference.clone().unwrap_or_default(),
            "manufacturer" => self.org.name.clone(),
            "contact_point" => a
                .contact_point
                .clone()
                .unwrap_or_else(|| self.org.contact_point.clone()),
            "cra_kind" => l.text(&kind.label_id()),
            "title" => i.title.clone(),
            "aware_at" => self.aware_at.map(|t| local(l, t, tz)).unwrap_or_default(),
            "malicious_suspected" => match self.malicious {
                Some(Tristate::Yes) => l.text("tpl-yes"),
                Some(Tristate::No) => l.text("tpl-no"),
                _ => String::new(),
            },
            "corrective_measure_at" => i
                .corrective_measure_at
                .map(|t| local(l, t, tz))
                .unwrap_or_default(),
            "product" => i.affected_systems.join(", "),
            "exploit_nature" | "incident_nature" => i.description.clone(),
            "measures_taken" => a.measures_taken.clone().unwrap_or_default(),
            _ => String::new(),
        }
    }
}

/// The report of `stage` for the incident's CRA kind, in `lang`.
pub fn draft(f: &CraFacts<'_>, kind: CraKind, stage: CraStage, lang: Language) -> Draft {
    let l = Localizer::new(lang);
    let field = |id: &str| DraftField {
        id: id.to_string(),
        label: l.field(&format!("cra_{id}")),
        value: f.value(&l, kind, stage, id),
    };
    let header: Vec<DraftField> = HEADER.iter().map(|id| field(id)).collect();
    let content: Vec<DraftField> = items(kind, stage).iter().map(|(id, _)| field(id)).collect();
    let missing = items(kind, stage)
        .iter()
        .filter(|(_, need)| *need == Need::AtLeast)
        .map(|(id, _)| *id)
        .filter(|id| {
            content
                .iter()
                .any(|c| c.id == *id && c.value.trim().is_empty())
        })
        .map(str::to_string)
        .collect();
    Draft {
        edited: Vec::new(),
        authority: None,
        language: lang,
        title: l.msg(
            &format!("tpl-cra-title-{}", stage.as_str()),
            &[
                ("org", f.org.name.clone()),
                ("article", article(kind, stage).to_string()),
            ],
        ),
        sections: vec![
            DraftSection {
                id: "report".into(),
                title: l.text("tpl-section-cra-report"),
                fields: header,
            },
            DraftSection {
                id: "content".into(),
                title: l.msg(
                    "tpl-section-cra-content",
                    &[("article", article(kind, stage).to_string())],
                ),
                fields: content,
            },
        ],
        missing,
        unanswered: Vec::new(),
        changed_since_filing: Vec::new(),
        since_filing: None,
    }
}

/// The Article point a report is owed under, as cited.
pub fn article(kind: CraKind, stage: CraStage) -> &'static str {
    match (kind, stage) {
        (CraKind::ExploitedVulnerability, CraStage::EarlyWarning) => "Art 14(2)(a)",
        (CraKind::ExploitedVulnerability, CraStage::Notification) => "Art 14(2)(b)",
        (CraKind::ExploitedVulnerability, CraStage::Final) => "Art 14(2)(c)",
        (CraKind::SevereIncident, CraStage::EarlyWarning) => "Art 14(4)(a)",
        (CraKind::SevereIncident, CraStage::Notification) => "Art 14(4)(b)",
        (CraKind::SevereIncident, CraStage::Final) => "Art 14(4)(c)",
    }
}

#[cfg(test)]
mod tests {
    //! Each CRA report checked against Art 14(2) and (4) of Regulation (EU) 2024/2847: every
    //! item the point lists is in the draft, filled from the record or the answers, and the
    //! "at least" items flagged while empty, in the four languages.
    use super::*;
    use breachlog_model::domain::Assessment;

    fn incident(answers: &[(&str, &str)]) -> Incident {
        let mut i = crate::testing::incident(serde_json::json!({
            "title": "Router firmware exploited",
            "description": "Remote code execution through the admin page.",
            "category": "vulnerability",
            "source": "customer",
            "severity": "high",
            "detected_at": "2026-10-01T08:00:00.000000Z",
        }));
        let mut a = Assessment::default();
        for (k, v) in answers {
            let (k, v) = check_answer(k, v).unwrap();
            a.cra_answers.insert(k, v.unwrap());
        }
        i.assessment = Some(a);
        i
    }

    fn org() -> Org {
        Org {
            name: "Fictional Routers B.V.".into(),
            contact_point: "psirt@example.test".into(),
            timezone: "Europe/Amsterdam".into(),
            ..Org::default()
        }
    }

    fn facts<'a>(i: &'a Incident, o: &'a Org, malicious: Option<Tristate>) -> CraFacts<'a> {
        CraFacts {
            incident: i,
            org: o,
            aware_at: Ts::parse("2026-10-01T09:00:00Z"),
            malicious,
            reference: None,
        }
    }

    /// The items of each point of Art 14, in the Article's order.
    const POINTS: &[(CraKind, CraStage, &[&str], &[&str])] = &[
        (
            CraKind::ExploitedVulnerability,
            CraStage::EarlyWarning,
            &["member_states"],
            &[],
        ),
        (
            CraKind::ExploitedVulnerability,
            CraStage::Notification,
            &[
                "product",
                "exploit_nature",
                "measures_taken",
                "user_measures",
                "sensitivity",
            ],
            &[],
        ),
        (
            CraKind::ExploitedVulnerability,
            CraStage::Final,
            &[
                "vulnerability_description",
                "malicious_actor",
                "corrective_measure_at",
                "security_update",
            ],
            &["vulnerability_description", "security_update"],
        ),
        (
            CraKind::SevereIncident,
            CraStage::EarlyWarning,
            &["malicious_suspected", "member_states"],
            &["malicious_suspected"],
        ),
        (
            CraKind::SevereIncident,
            CraStage::Notification,
            &[
                "incident_nature",
                "initial_assessment",
                "measures_taken",
                "user_measures",
                "sensitivity",
            ],
            &[],
        ),
        (
            CraKind::SevereIncident,
            CraStage::Final,
            &["incident_description", "root_cause", "mitigation_measures"],
            &["incident_description", "root_cause", "mitigation_measures"],
        ),
    ];

    #[test]
    fn every_report_has_the_items_of_its_point_filled_or_flagged_in_four_languages() {
        let i = incident(&[]);
        let o = org();
        let en = Localizer::new(Language::En);
        for (kind, stage, items, mandatory) in POINTS {
            for lang in [Language::En, Language::De, Language::Nl, Language::Fr] {
                let d = draft(&facts(&i, &o, None), *kind, *stage, lang);
                assert_eq!(d.sections.len(), 2);
                let header: Vec<&str> =
                    d.sections[0].fields.iter().map(|f| f.id.as_str()).collect();
                assert_eq!(header, HEADER);
                let content: Vec<&str> =
                    d.sections[1].fields.iter().map(|f| f.id.as_str()).collect();
                assert_eq!(content, *items, "{kind:?} {stage:?}");
                assert_eq!(d.missing, *mandatory, "{kind:?} {stage:?} {lang:?}");
                for f in d.fields() {
                    assert!(!f.label.starts_with("field-"), "{lang:?} {}", f.label);
                    if lang != Language::En && f.id != "title" {
                        let english = en.field(&format!("cra_{}", f.id));
                        assert_ne!(f.label, english, "{lang:?} {} untranslated", f.id);
                    }
                }
                assert!(d.title.contains(article(*kind, *stage)), "{}", d.title);
                assert!(!d.sections[1].title.starts_with("tpl-"));
            }
        }
    }

    #[test]
    fn the_record_and_the_answers_fill_the_items_and_nothing_required_stays_missing() {
        let o = org();
        let bare = incident(&[]);
        // From the record: manufacturer, contact point, awareness, the description as the
        // general nature, the classification's malicious-acts answer.
        let d = draft(
            &facts(&bare, &o, Some(Tristate::Yes)),
            CraKind::SevereIncident,
            CraStage::EarlyWarning,
            Language::En,
        );
        let v = |d: &Draft, id: &str| d.fields().find(|f| f.id == id).unwrap().value.clone();
        assert_eq!(v(&d, "manufacturer"), "Fictional Routers B.V.");
        assert_eq!(v(&d, "contact_point"), "psirt@example.test");
        assert_eq!(v(&d, "aware_at"), "2026-10-01 11:00 CEST");
        assert_eq!(v(&d, "malicious_suspected"), "yes");
        assert!(d.missing.is_empty());
        let d = draft(
            &facts(&bare, &o, None),
            CraKind::ExploitedVulnerability,
            CraStage::Notification,
            Language::En,
        );
        assert_eq!(
            v(&d, "exploit_nature"),
            "Remote code execution through the admin page."
        );
        let answered = incident(&[
            (
                "vulnerability_description",
                "CVE-2026-0001, CVSS 9.8: remote code execution.",
            ),
            ("security_update", "Firmware 2.4.1, released 2026-10-05."),
            ("member_states", "nl, be"),
        ]);
        let d = draft(
            &facts(&answered, &o, None),
            CraKind::ExploitedVulnerability,
            CraStage::Final,
            Language::De,
        );
        assert!(d.missing.is_empty(), "{:?}", d.missing);
        assert_eq!(
            v(&d, "security_update"),
            "Firmware 2.4.1, released 2026-10-05."
        );
        let d = draft(
            &facts(&answered, &o, None),
            CraKind::ExploitedVulnerability,
            CraStage::EarlyWarning,
            Language::Fr,
        );
        assert_eq!(v(&d, "member_states"), "NL, BE");
    }

    #[test]
    fn answers_are_checked() {
        let field = |r: Result<(String, Option<String>)>| match r {
            Err(Error::InvalidInput { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(field(check_answer("weather", "x")), "cra");
        assert_eq!(
            field(check_answer("member_states", "Narnia")),
            "cra_member_states"
        );
        assert_eq!(
            field(check_answer("root_cause", "a\u{7}b")),
            "cra_root_cause"
        );
        assert_eq!(check_answer("root_cause", " ").unwrap().1, None);
    }
}
