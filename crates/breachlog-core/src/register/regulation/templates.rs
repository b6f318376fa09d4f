//! Notification drafts of an incident: the facts are gathered from the register, the drafts are
//! written by the rules engine ([`breachlog_rules::drafts`]).

use uuid::Uuid;

use crate::domain::Language;
use crate::error::{Error, Reason, Result};
use crate::projection::regulation as apply;
use crate::register::Register;
use breachlog_rules::drafts::{self, DraftFacts};
pub use breachlog_rules::drafts::{Draft, DraftField, DraftSection};

/// The owned facts a draft is written from; [`DraftParts::facts`] lends them to the engine.
struct DraftParts {
    incident: crate::domain::Incident,
    org: crate::domain::Org,
    obligations: Vec<(super::Obligation, Vec<super::Filing>)>,
    missing: Vec<String>,
    nis2: bool,
    dora: bool,
}

impl DraftParts {
    fn facts(&self) -> DraftFacts<'_> {
        DraftFacts {
            incident: &self.incident,
            org: &self.org,
            obligations: &self.obligations,
            missing: self.missing.clone(),
            nis2: self.nis2,
            dora: self.dora,
        }
    }
}

impl Register {
    /// Everything a draft of `incident` is written from (see [`DraftFacts`]).
    fn draft_parts(&self, incident: Uuid) -> Result<DraftParts> {
        let incident_row = self.incident(incident)?;
        let org = self.org()?;
        let obligations = apply::obligations(self.conn(), Some(incident))?
            .into_iter()
            .map(|o| apply::filings_of(self.conn(), o.id).map(|f| (o, f)))
            .collect::<Result<Vec<_>>>()?;
        let missing = incident_row
            .missing_art33(&org)
            .iter()
            .map(|m| m.as_str().to_string())
            .collect();
        let reg = self.incident_regulation(incident)?;
        Ok(DraftParts {
            incident: incident_row,
            org,
            obligations,
            missing,
            nis2: reg.nis2.is_some(),
            dora: reg.dora.is_some(),
        })
    }

    /// The notification draft for `authority`, in `lang` if the authority accepts it (else an error)
    /// or in the authority's own language.
    pub fn notify_draft(
        &self,
        incident: Uuid,
        authority: &str,
        lang: Option<Language>,
    ) -> Result<Draft> {
        let parts = self.draft_parts(incident)?;
        let facts = parts.facts();
        Ok(drafts::authority_draft(&facts, authority, lang)?)
    }

    /// The Art 34(2) communication to the data subjects, in plain language.
    pub fn subject_communication(&self, incident: Uuid, lang: Language) -> Result<Draft> {
        let parts = self.draft_parts(incident)?;
        let facts = parts.facts();
        Ok(drafts::subjects_draft(&facts, lang))
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
            .all_controllers()?
            .into_iter()
            .find(|c| ids.first() == Some(&c.id.to_string()))
            .ok_or_else(|| Error::invalid("controllers", Reason::UnknownId))?;
        let impact = self.impact_of(incident, c.id)?;
        let parts = self.draft_parts(incident)?;
        let facts = parts.facts();
        Ok(drafts::controller_draft(&facts, &c, impact.as_ref(), lang))
    }

    /// The notification customer `controller` files with its own lead authority about this
    /// incident, pre-filled with its own figures (attached to its notice); `None` when it has
    /// no lead authority on record.
    pub fn customer_authority_draft(
        &self,
        incident: Uuid,
        controller: &super::Controller,
    ) -> Result<Option<Draft>> {
        let impact = self.impact_of(incident, controller.id)?;
        let parts = self.draft_parts(incident)?;
        let facts = parts.facts();
        Ok(drafts::customer_authority_draft(
            &facts,
            controller,
            impact.as_ref(),
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::grouped;
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
