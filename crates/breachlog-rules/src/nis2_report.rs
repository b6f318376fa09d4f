//! NIS2 reports to a national CSIRT (Directive (EU) 2022/2555 Art 23(4)): the early warning
//! (point (a)), the incident notification (point (b)) and the final report (point (d)), as each
//! national channel asks for them — the Dutch NCSC-NL (Cyberbeveiligingswet), the Belgian CCB
//! (law of 26 April 2024, Safeonweb@work), the German BSI (§ 32 BSIG as amended by the
//! NIS2UmsuCG) and the French ANSSI/CERT-FR — in the channel's language by default. Each
//! channel's source, the date it was checked and what could not be read are in [`CHANNELS`]
//! and printed with the draft (section `source`); sources in `docs/report-format.md`.
//!
//! A field is filled from the record where it holds the answer (the organisation profile, the
//! incident, the NIS2 classification's malicious and cross-border answers, the latest CSIRT
//! reference) and otherwise from the incident's NIS2 answers (`breach assess --nis2
//! ITEM=VALUE`). What the Article (or the channel's form) requires at a stage and is empty is
//! listed in `missing`; "where available" / "where applicable" items are shown, never required.

use breachlog_model::domain::{Incident, Language, Org, NO_REGISTRATION};
use breachlog_model::error::{Error, Reason, Result};
use breachlog_model::i18n::Localizer;
use breachlog_model::regulation::{Classification, Tristate};

use crate::drafts::{local, Draft, DraftField, DraftSection};

pub const SOURCE_URL: &str = "https://eur-lex.europa.eu/eli/dir/2022/2555/oj";

/// The report being prepared (NIS2 Art 23(4)(a), (b), (d)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nis2Stage {
    EarlyWarning,
    Notification,
    Final,
}

impl Nis2Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Nis2Stage::EarlyWarning => "early-warning",
            Nis2Stage::Notification => "notification",
            Nis2Stage::Final => "final",
        }
    }

    pub fn parse(field: &'static str, v: &str) -> Result<Self> {
        match v.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "early-warning" => Ok(Nis2Stage::EarlyWarning),
            "notification" => Ok(Nis2Stage::Notification),
            "final" | "final-report" => Ok(Nis2Stage::Final),
            _ => Err(Error::invalid(
                field,
                Reason::UnknownValue {
                    allowed: "early-warning, notification, final".into(),
                },
            )),
        }
    }

    /// The NIS2 rule (`rules/nis2.json`) whose filing sends this report.
    pub fn of_rule(rule: &str) -> Option<Self> {
        match rule {
            "art23-4-a" => Some(Nis2Stage::EarlyWarning),
            "art23-4-b" | "art23-4-b-trust" => Some(Nis2Stage::Notification),
            "art23-4-d" => Some(Nis2Stage::Final),
            _ => None,
        }
    }

    /// The point of Art 23(4) the report is owed under.
    pub fn article(self) -> &'static str {
        match self {
            Nis2Stage::EarlyWarning => "Art 23(4)(a)",
            Nis2Stage::Notification => "Art 23(4)(b)",
            Nis2Stage::Final => "Art 23(4)(d)",
        }
    }
}

/// A national channel's recipient, form and sources.
#[derive(Debug, Clone, Copy)]
pub struct Channel {
    /// `nl`, `be`, `de`, `fr` (ISO 3166 code, lower case).
    pub id: &'static str,
    pub recipient: &'static str,
    /// The national law the reports are owed under.
    pub law: &'static str,
    /// The channel's form or portal.
    pub form: &'static str,
    /// Where the field list and the stages were read.
    pub source_url: &'static str,
    /// When the source was read (YYYY-MM-DD).
    pub checked: &'static str,
    /// The languages the channel takes, its own first.
    pub languages: &'static [Language],
    /// What the draft is built from where the channel's own field list could not be read.
    pub source_note: &'static str,
    /// The entity fields the channel's form requires (the others are shown when known).
    pub required_entity: &'static [&'static str],
}

/// The four channels.
pub const CHANNELS: &[Channel] = &[
    Channel {
        id: "nl",
        recipient: "NCSC-NL",
        law: "Cyberbeveiligingswet (NIS2)",
        form: "NCSC-NL incident report form (NIS2) / MyNCSC; or the sector CSIRT",
        source_url: "https://www.ncsc.nl/en/report-an-incident-to-ncsc-nl",
        checked: "2026-12-05",
        languages: &[Language::Nl, Language::En],
        source_note: "Sections 1-3 of the NCSC-NL form were read (organisation: name, Chamber of Commerce number, street and number, postcode, city, sector, other sectors, essential or important entity; who notifies: name, job title, e-mail, phone, availability; about the report: voluntary or significant incident, status of the incident). The incident questions after those could not be read here: they follow NIS2 Art 23(4). The NCSC page then said the Cyberbeveiligingswet had not yet entered into force.",
        required_entity: &[
            "entity_name",
            "registration_number",
            "address",
            "sector",
            "entity_kind",
            "contact",
            "report_kind",
        ],
    },
    Channel {
        id: "be",
        recipient: "Centre for Cybersecurity Belgium (CCB) / CERT.be",
        law: "Law of 26 April 2024 (NIS2 law)",
        form: "CCB incident notification platform (Safeonweb@work)",
        source_url: "https://ccb.belgium.be/cert/report-incident/nis2-notifications-howto",
        checked: "2026-12-05",
        languages: &[Language::Nl, Language::Fr, Language::En],
        source_note: "The CCB publishes the stages (early warning within 24 h, incident notification within 72 h, 24 h for trust service providers, intermediate report on request, final report within one month; https://ccb.belgium.be/en/node/2637) but its notification form needs an account: its field list could not be read. The fields follow NIS2 Art 23(4).",
        required_entity: &["entity_name", "contact"],
    },
    Channel {
        id: "de",
        recipient: "BSI (gemeinsame Meldestelle von BSI und BBK)",
        law: "§ 32 Abs. 1 BSIG (NIS2UmsuCG)",
        form: "BSI-Portal, Meldung erheblicher Sicherheitsvorfälle",
        source_url: "https://www.bsi.bund.de/DE/Themen/Regulierte-Wirtschaft/NIS-2-regulierte-Unternehmen/NIS-2-Meldepflicht/NIS-2-Meldepflicht.html",
        checked: "2026-12-05",
        languages: &[Language::De],
        source_note: "The BSI portal's form needs registration: its field list could not be read. The fields follow § 32 Abs. 1 Nr. 1, 2 and 4 BSIG (frühe Erstmeldung, Meldung, Abschlussmeldung; text read at https://nis2-umsetzung.com/bsig/32-bsig/), which matches NIS2 Art 23(4).",
        required_entity: &["entity_name", "contact"],
    },
    Channel {
        id: "fr",
        recipient: "ANSSI / CERT-FR",
        law: "NIS2 Art 23 (French transposition)",
        form: "Déclaration d'incident à l'ANSSI (CERT-FR)",
        source_url: "https://cyber.sites.beta.gouv.fr/contact-acces/contact/notifications-reglementaires",
        checked: "2026-12-05",
        languages: &[Language::Fr],
        source_note: "ANSSI's regulatory notifications page lists its forms for the NIS1 regimes (OIV, OSE, FSN); no NIS2 form field list was found, nor confirmed the French transposition in force. The fields follow NIS2 Art 23(4).",
        required_entity: &["entity_name", "contact"],
    },
];

/// The channel of `id` (`nl`, `be`, `de`, `fr`).
pub fn channel(field: &'static str, id: &str) -> Result<&'static Channel> {
    let id = id.trim().to_ascii_lowercase();
    CHANNELS.iter().find(|c| c.id == id).ok_or_else(|| {
        Error::invalid(
            field,
            Reason::UnknownValue {
                allowed: "nl, be, de, fr".into(),
            },
        )
    })
}

/// The entity and the notifier (every report).
const ENTITY: &[&str] = &[
    "entity_name",
    "registration_number",
    "address",
    "sector",
    "entity_kind",
    "contact",
    "contact_availability",
    "report_kind",
];

/// The incident (every report).
const INCIDENT: &[&str] = &["reference", "title", "detected_at", "aware_at", "status"];

/// Whether Art 23(4) requires an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    Required,
    /// "where available", "where applicable".
    IfAvailable,
}

/// The content Art 23(4) asks of each report.
fn content(stage: Nis2Stage) -> &'static [(&'static str, Need)] {
    use Need::*;
    match stage {
        // (a): "where relevant, indicate whether the significant incident is suspected of being
        // caused by unlawful or malicious acts or could have a cross-border impact".
        Nis2Stage::EarlyWarning => &[
            ("malicious_suspected", Required),
            ("cross_border", Required),
        ],
        // (b): "update the information referred to in point (a) and indicate an initial
        // assessment of the significant incident, including its severity and impact, as well as,
        // where available, the indicators of compromise".
        Nis2Stage::Notification => &[
            ("malicious_suspected", Required),
            ("cross_border", Required),
            ("initial_assessment", Required),
            ("indicators_of_compromise", IfAvailable),
        ],
        // (d): "(i) a detailed description of the incident, including its severity and impact;
        // (ii) the type of threat or root cause that is likely to have triggered the incident;
        // (iii) applied and ongoing mitigation measures; (iv) where applicable, the cross-border
        // impact of the incident".
        Nis2Stage::Final => &[
            ("detailed_description", Required),
            ("threat_root_cause", Required),
            ("mitigation_measures", Required),
            ("cross_border_impact", IfAvailable),
        ],
    }
}

/// Items an answer may be given for (`breach assess --nis2 ITEM=VALUE`).
pub const ANSWERABLE: &[&str] = &[
    "sector",
    "entity_kind",
    "contact",
    "contact_availability",
    "initial_assessment",
    "indicators_of_compromise",
    "detailed_description",
    "threat_root_cause",
    "mitigation_measures",
    "cross_border_impact",
];

const ENTITY_KINDS: &[&str] = &["essential", "important"];

/// The input field name of an item (its label is `field-nis2-<item>`).
fn field_name(item: &str) -> &'static str {
    match item {
        "sector" => "nis2_sector",
        "entity_kind" => "nis2_entity_kind",
        "contact" => "nis2_contact",
        "contact_availability" => "nis2_contact_availability",
        "initial_assessment" => "nis2_initial_assessment",
        "indicators_of_compromise" => "nis2_indicators_of_compromise",
        "detailed_description" => "nis2_detailed_description",
        "threat_root_cause" => "nis2_threat_root_cause",
        "mitigation_measures" => "nis2_mitigation_measures",
        "cross_border_impact" => "nis2_cross_border_impact",
        _ => "nis2",
    }
}

/// Checks one answer `ITEM=VALUE` and returns it in its stored form (`None`: cleared).
pub fn check_answer(item: &str, value: &str) -> Result<(String, Option<String>)> {
    let item = item.trim();
    let Some(key) = ANSWERABLE.iter().find(|k| **k == item) else {
        return Err(Error::invalid(
            "nis2",
            Reason::UnknownValue {
                allowed: ANSWERABLE.join(", "),
            },
        ));
    };
    let v = value.trim();
    if v.is_empty() {
        return Ok((key.to_string(), None));
    }
    let stored = if *key == "entity_kind" {
        let c = v.to_ascii_lowercase();
        if !ENTITY_KINDS.contains(&c.as_str()) {
            return Err(Error::invalid(
                field_name(key),
                Reason::UnknownValue {
                    allowed: ENTITY_KINDS.join(", "),
                },
            ));
        }
        c
    } else {
        breachlog_model::validate::text(field_name(key), v)?
    };
    Ok((key.to_string(), Some(stored)))
}

/// What a NIS2 report is written from.
#[derive(Debug)]
pub struct Nis2Facts<'a> {
    pub incident: &'a Incident,
    pub org: &'a Org,
    /// The NIS2 classification (awareness time, malicious and cross-border answers).
    pub classification: Option<&'a Classification>,
    /// The CSIRT's reference of the latest NIS2 filing, if any.
    pub reference: Option<String>,
}

fn tristate(l: &Localizer, t: Tristate) -> String {
    match t {
        Tristate::Yes => l.text("tpl-yes"),
        Tristate::No => l.text("tpl-no"),
        _ => String::new(),
    }
}

impl Nis2Facts<'_> {
    fn value(&self, l: &Localizer, item: &str) -> String {
        let i = self.incident;
        let a = i.assessment.clone().unwrap_or_default();
        let tz = self.org.tz();
        if let Some(v) = a.nis2_answers.get(item).filter(|v| !v.trim().is_empty()) {
            return match item {
                "entity_kind" => l.text(&format!("tpl-nis2-entity-{v}")),
                _ => v.clone(),
            };
        }
        let c = self.classification;
        match item {
            "entity_name" => self.org.name.clone(),
            "registration_number" => self
                .org
                .registration_number
                .clone()
                .filter(|n| n != NO_REGISTRATION)
                .unwrap_or_default(),
            "address" => self.org.address.clone(),
            "contact" => a
                .contact_point
                .clone()
                .filter(|c| !c.trim().is_empty())
                .unwrap_or_else(|| self.org.contact_point.clone()),
            // The obligation exists only for an incident classified significant.
            "report_kind" => l.text("tpl-nis2-report-significant"),
            "reference" => self.reference.clone().unwrap_or_default(),
            "title" => i.title.clone(),
            "detected_at" => local(l, i.detected_at, tz),
            "aware_at" => c.map(|c| local(l, c.at, tz)).unwrap_or_default(),
            "status" => match i.resolved_at {
                Some(t) => l.msg("tpl-nis2-status-resolved", &[("at", local(l, t, tz))]),
                None => l.text("tpl-nis2-status-ongoing"),
            },
            "malicious_suspected" => c.map(|c| tristate(l, c.malicious)).unwrap_or_default(),
            "cross_border" => c.map(|c| tristate(l, c.cross_border)).unwrap_or_default(),
            "initial_assessment" => a.consequences.clone().unwrap_or_default(),
            "detailed_description" => i.description.clone(),
            "mitigation_measures" => a.measures_taken.clone().unwrap_or_default(),
            _ => String::new(),
        }
    }
}

/// The report of `stage` for `channel`, in `lang` (labels in any of the four languages), else
/// in the channel's own language.
pub fn draft(
    f: &Nis2Facts<'_>,
    channel: &Channel,
    stage: Nis2Stage,
    lang: Option<Language>,
) -> Draft {
    let lang = lang.unwrap_or(channel.languages[0]);
    let l = Localizer::new(lang);
    let field = |id: &str| DraftField {
        id: id.to_string(),
        label: if id == "registration_number" {
            // Named by the register of the organisation's country (its lead authority's; else
            // the channel's): a Dutch entity's KvK number stays one in a report to the BSI.
            l.text(&breachlog_model::domain::registration_label(
                "field-registration-number",
                &crate::authorities::find("lead_authority", &f.org.lead_authority)
                    .map(|a| a.country.clone())
                    .unwrap_or_else(|_| channel.id.to_string()),
            ))
        } else {
            l.field(&format!("nis2_{id}"))
        },
        value: f.value(&l, id),
    };
    let entity: Vec<DraftField> = ENTITY
        .iter()
        // The NCSC-NL form asks for the notifier's availability and the kind of report.
        .filter(|id| channel.id == "nl" || !matches!(**id, "contact_availability" | "report_kind"))
        .map(|id| field(id))
        .collect();
    let incident: Vec<DraftField> = INCIDENT.iter().map(|id| field(id)).collect();
    let body: Vec<DraftField> = content(stage).iter().map(|(id, _)| field(id)).collect();
    let required = |id: &str| {
        channel.required_entity.contains(&id)
            || ["title", "detected_at", "aware_at", "status"].contains(&id)
            || content(stage)
                .iter()
                .any(|(c, need)| *c == id && *need == Need::Required)
    };
    let missing = entity
        .iter()
        .chain(&incident)
        .chain(&body)
        .filter(|x| required(&x.id) && x.value.trim().is_empty())
        .map(|x| x.id.clone())
        .collect();
    let source = vec![
        DraftField {
            id: "source_recipient".into(),
            label: l.field("nis2_source_recipient"),
            value: format!("{} — {}", channel.recipient, channel.form),
        },
        DraftField {
            id: "source_law".into(),
            label: l.field("nis2_source_law"),
            value: format!("{}; {} {}", channel.law, "NIS2", stage.article()),
        },
        DraftField {
            id: "source_url".into(),
            label: l.field("nis2_source_url"),
            value: channel.source_url.to_string(),
        },
        DraftField {
            id: "source_checked".into(),
            label: l.field("nis2_source_checked"),
            value: channel.checked.to_string(),
        },
        DraftField {
            id: "source_note".into(),
            label: l.field("nis2_source_note"),
            value: channel.source_note.to_string(),
        },
    ];
    let section = |id: &str, fields: Vec<DraftField>| DraftSection {
        id: id.to_string(),
        title: l.text(&format!("tpl-nis2-section-{id}")),
        fields,
    };
    Draft {
        edited: Vec::new(),
        authority: None,
        language: lang,
        title: l.msg(
            "tpl-nis2-title",
            &[
                (
                    "stage",
                    l.text(&format!("tpl-nis2-stage-{}", stage.as_str())),
                ),
                ("recipient", channel.recipient.to_string()),
                ("org", f.org.name.clone()),
            ],
        ),
        sections: vec![
            section("entity", entity),
            section("incident", incident),
            DraftSection {
                id: "content".into(),
                title: l.msg(
                    "tpl-nis2-section-content",
                    &[("article", stage.article().to_string())],
                ),
                fields: body,
            },
            section("source", source),
        ],
        missing,
        unanswered: Vec::new(),
        changed_since_filing: Vec::new(),
        since_filing: None,
    }
}

#[cfg(test)]
mod tests {
    //! Each channel's report checked against NIS2 Art 23(4) and what the channel's form asks:
    //! every field is in the draft, filled from the record or the answers, or listed missing
    //! where it is required, in the channel's language and in the four languages.
    use super::*;
    use breachlog_model::domain::Assessment;

    fn incident(answers: &[(&str, &str)]) -> Incident {
        let mut i = crate::testing::incident(serde_json::json!({
            "title": "Ransomware on the billing servers",
            "description": "Billing servers encrypted; invoicing stopped.",
            "category": "malware",
            "source": "monitoring",
            "severity": "high",
            "detected_at": "2026-10-01T08:00:00.000000Z",
        }));
        let mut a = Assessment::default();
        for (k, v) in answers {
            let (k, v) = check_answer(k, v).unwrap();
            a.nis2_answers.insert(k, v.unwrap());
        }
        i.assessment = Some(a);
        i
    }

    fn org() -> Org {
        Org {
            name: "Fictional Energy B.V.".into(),
            contact_point: "soc@example.test, +31 20 123 4567".into(),
            timezone: "Europe/Amsterdam".into(),
            ..Org::default()
        }
    }

    fn classification(malicious: Tristate) -> Classification {
        serde_json::from_value(serde_json::json!({
            "at": "2026-10-01T09:00:00.000000Z",
            "malicious": malicious,
            "cross_border": "no",
            "by": "pieter",
        }))
        .unwrap()
    }

    const STAGES: [Nis2Stage; 3] = [
        Nis2Stage::EarlyWarning,
        Nis2Stage::Notification,
        Nis2Stage::Final,
    ];

    #[test]
    fn every_channel_and_stage_has_its_fields_filled_or_listed_missing_in_four_languages() {
        let i = incident(&[]);
        let o = org();
        let c = classification(Tristate::Yes);
        let f = Nis2Facts {
            incident: &i,
            org: &o,
            classification: Some(&c),
            reference: None,
        };
        for ch in CHANNELS {
            for stage in STAGES {
                let own = draft(&f, ch, stage, None);
                assert_eq!(own.language, ch.languages[0], "{}", ch.id);
                for lang in [Language::En, Language::De, Language::Nl, Language::Fr] {
                    let d = draft(&f, ch, stage, Some(lang));
                    let ids: Vec<&str> = d.fields().map(|x| x.id.as_str()).collect();
                    // Art 23(4)'s content of the stage, every one of them.
                    for (item, _) in content(stage) {
                        assert!(ids.contains(item), "{} {stage:?}: {item}", ch.id);
                    }
                    for item in INCIDENT {
                        assert!(ids.contains(item), "{} {stage:?}: {item}", ch.id);
                    }
                    assert!(ids.contains(&"source_url") && ids.contains(&"source_note"));
                    for x in d.fields() {
                        assert!(!x.label.contains("field-nis2"), "{lang:?} {}", x.id);
                        // Filled, or listed missing when required.
                        if x.value.trim().is_empty() {
                            let listed = d.missing.contains(&x.id);
                            let required = ch.required_entity.contains(&x.id.as_str())
                                || content(stage)
                                    .iter()
                                    .any(|(c, n)| *c == x.id && *n == Need::Required);
                            assert_eq!(listed, required, "{} {stage:?} {}", ch.id, x.id);
                        }
                    }
                    for m in &d.missing {
                        assert!(ids.contains(&m.as_str()));
                    }
                    assert!(d.sections.iter().all(|s| !s.title.starts_with("tpl-")));
                    assert!(!d.title.starts_with("tpl-"), "{}", d.title);
                }
            }
        }
    }

    #[test]
    fn the_dutch_form_asks_for_kvk_address_sector_and_entity_kind_the_others_do_not() {
        let i = incident(&[]);
        let o = org();
        let c = classification(Tristate::Yes);
        let f = Nis2Facts {
            incident: &i,
            org: &o,
            classification: Some(&c),
            reference: None,
        };
        let nl = draft(
            &f,
            channel("c", "nl").unwrap(),
            Nis2Stage::EarlyWarning,
            None,
        );
        assert_eq!(
            nl.missing,
            ["registration_number", "address", "sector", "entity_kind"]
        );
        assert_eq!(nl.language, Language::Nl);
        assert!(
            nl.title.starts_with("Vroegtijdige waarschuwing"),
            "{}",
            nl.title
        );
        let de = draft(
            &f,
            channel("c", "de").unwrap(),
            Nis2Stage::EarlyWarning,
            None,
        );
        assert!(de.missing.is_empty(), "{:?}", de.missing);
        assert!(de.title.starts_with("Frühe Erstmeldung"), "{}", de.title);
        assert!(!de.fields().any(|x| x.id == "report_kind"));
        // No lead authority: the number is named by the channel's country's register; a Dutch
        // organisation's KvK number stays one in a report to the BSI.
        let label = |d: &Draft| {
            d.fields()
                .find(|x| x.id == "registration_number")
                .map(|x| x.label.clone())
                .unwrap()
        };
        assert_eq!(label(&de), "Handelsregisternummer");
        let dutch = Org {
            lead_authority: "nl-ap".into(),
            ..org()
        };
        let f2 = Nis2Facts {
            incident: &i,
            org: &dutch,
            classification: Some(&c),
            reference: None,
        };
        let de2 = draft(
            &f2,
            channel("c", "de").unwrap(),
            Nis2Stage::EarlyWarning,
            None,
        );
        assert_eq!(label(&de2), "KvK-Nummer (niederländisches Handelsregister)");
        let fr = draft(&f, channel("c", "FR").unwrap(), Nis2Stage::Final, None);
        assert!(fr.title.starts_with("Rapport final"), "{}", fr.title);
        assert_eq!(fr.missing, ["threat_root_cause", "mitigation_measures"]);
    }

    #[test]
    fn answers_and_the_classification_fill_the_content_and_unknown_is_missing() {
        let i = incident(&[
            ("entity_kind", "Essential"),
            ("sector", "energy"),
            (
                "initial_assessment",
                "High severity: invoicing down for 20,000 customers.",
            ),
            ("indicators_of_compromise", "185.0.2.1"),
            ("threat_root_cause", "Phishing e-mail"),
        ]);
        let o = org();
        let unknown = classification(Tristate::Unknown);
        let f = Nis2Facts {
            incident: &i,
            org: &o,
            classification: Some(&unknown),
            reference: Some("NCSC-2026-123".into()),
        };
        let be = channel("c", "be").unwrap();
        assert_eq!(
            draft(&f, be, Nis2Stage::Notification, None).language,
            Language::Nl
        );
        let d = draft(&f, be, Nis2Stage::Notification, Some(Language::Fr));
        let v = |id: &str| d.fields().find(|x| x.id == id).unwrap().value.clone();
        assert_eq!(v("entity_kind"), "entité essentielle");
        assert_eq!(v("reference"), "NCSC-2026-123");
        assert_eq!(v("cross_border"), "non");
        assert_eq!(v("indicators_of_compromise"), "185.0.2.1");
        // Not stated whether malicious acts are suspected: listed missing.
        assert_eq!(d.missing, ["malicious_suspected"]);
        let d = draft(&f, be, Nis2Stage::Final, Some(Language::Nl));
        assert_eq!(d.missing, ["mitigation_measures"]);
        assert_eq!(
            v_of(&d, "detailed_description"),
            "Billing servers encrypted; invoicing stopped."
        );
    }

    fn v_of(d: &Draft, id: &str) -> String {
        d.fields().find(|x| x.id == id).unwrap().value.clone()
    }

    #[test]
    fn answers_are_checked() {
        let bad = |k: &str, v: &str| match check_answer(k, v) {
            Err(Error::InvalidInput { field, .. }) => field,
            other => panic!("{k}={v}: {other:?}"),
        };
        assert_eq!(bad("weather", "x"), "nis2");
        assert_eq!(bad("entity_kind", "huge"), "nis2_entity_kind");
        assert_eq!(check_answer("sector", " ").unwrap().1, None);
        assert_eq!(
            check_answer("entity_kind", "IMPORTANT")
                .unwrap()
                .1
                .as_deref(),
            Some("important")
        );
    }
}
