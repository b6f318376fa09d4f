//! Notification drafts of an incident: the facts are gathered from the register, the drafts are
//! written by the rules engine ([`breachlog_rules::drafts`]).

use uuid::Uuid;

use crate::domain::Language;
use crate::error::{Error, Reason, Result};
use crate::projection::regulation as apply;
use crate::register::Register;
use breachlog_model::regulation::{FilingSnapshot, SnapshotField};
pub use breachlog_rules::cra_report::CraStage;
use breachlog_rules::cra_report::{self, CraFacts};
use breachlog_rules::dora_report::{self, DoraFacts};
pub use breachlog_rules::dora_report::{DoraField, DoraReport, DoraStage};
use breachlog_rules::drafts::{self, DraftFacts};
pub use breachlog_rules::drafts::{Draft, DraftField, DraftSection, FieldChange, SinceFiling};
pub use breachlog_rules::nis2_report::Nis2Stage;
use breachlog_rules::nis2_report::{self, Nis2Facts};

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

    /// The DORA report of `stage` on `incident` (Implementing Regulation (EU) 2025/302 Annex I),
    /// in `lang` or the organisation's language: the machine-readable file's content.
    pub fn dora_report(
        &self,
        incident: Uuid,
        stage: DoraStage,
        lang: Option<Language>,
    ) -> Result<DoraReport> {
        let parts = self.draft_parts(incident)?;
        let classified_at = self.incident_regulation(incident)?.dora.map(|c| c.at);
        let facts = DoraFacts {
            incident: &parts.incident,
            org: &parts.org,
            classified_at,
            obligations: &parts.obligations,
        };
        Ok(dora_report::report(
            &facts,
            stage,
            lang.unwrap_or(parts.org.language),
        ))
    }

    /// The DORA report of `stage` as a draft (copy buttons, PDF), with what changed since the
    /// latest filing of that stage's obligation.
    pub fn dora_draft(
        &self,
        incident: Uuid,
        stage: DoraStage,
        lang: Option<Language>,
    ) -> Result<Draft> {
        let draft = self.dora_draft_plain(incident, stage, lang)?;
        let ob = apply::obligations(self.conn(), Some(incident))?
            .into_iter()
            .filter(|o| o.regime == super::Regime::Dora)
            .filter(|o| DoraStage::of_rule(&o.rule) == Some(stage))
            .max_by_key(|o| o.rule == "updated-intermediate");
        self.with_changes(draft, ob.as_ref())
    }

    fn dora_draft_plain(
        &self,
        incident: Uuid,
        stage: DoraStage,
        lang: Option<Language>,
    ) -> Result<Draft> {
        let parts = self.draft_parts(incident)?;
        let classified_at = self.incident_regulation(incident)?.dora.map(|c| c.at);
        let facts = DoraFacts {
            incident: &parts.incident,
            org: &parts.org,
            classified_at,
            obligations: &parts.obligations,
        };
        Ok(dora_report::draft(
            &facts,
            stage,
            lang.unwrap_or(parts.org.language),
        ))
    }

    /// The Cyber Resilience Act report of `stage` on `incident` (Regulation (EU) 2024/2847
    /// Art 14(2) or (4) by the incident's CRA kind), with what changed since the latest filing
    /// of that report. Refused for an incident without a CRA kind.
    pub fn cra_draft(
        &self,
        incident: Uuid,
        stage: CraStage,
        lang: Option<Language>,
    ) -> Result<Draft> {
        let draft = self.cra_draft_plain(incident, stage, lang)?;
        let kind = self.incident(incident)?.cra_kind;
        let ob = apply::obligations(self.conn(), Some(incident))?
            .into_iter()
            .find(|o| {
                o.regime == super::Regime::Cra && kind.is_some_and(|k| o.rule == stage.rule(k))
            });
        self.with_changes(draft, ob.as_ref())
    }

    fn cra_draft_plain(
        &self,
        incident: Uuid,
        stage: CraStage,
        lang: Option<Language>,
    ) -> Result<Draft> {
        let parts = self.draft_parts(incident)?;
        let kind = parts
            .incident
            .cra_kind
            .ok_or(Error::invalid("cra_kind", Reason::NotClassified))?;
        let cra = self.incident_regulation(incident)?.cra;
        let reference = parts
            .obligations
            .iter()
            .filter(|(o, _)| o.regime == super::Regime::Cra)
            .flat_map(|(_, f)| f.iter())
            .filter(|f| !f.reference.trim().is_empty())
            .min_by_key(|f| f.at)
            .map(|f| f.reference.clone());
        let facts = CraFacts {
            incident: &parts.incident,
            org: &parts.org,
            aware_at: cra.as_ref().map(|c| c.at),
            malicious: cra.as_ref().map(|c| c.malicious),
            reference,
        };
        Ok(cra_report::draft(
            &facts,
            kind,
            stage,
            lang.unwrap_or(parts.org.language),
        ))
    }

    /// The national CSIRT channel of NIS2 reports: `channel` (`nl`, `be`, `de`, `fr`), else the
    /// country of the lead authority when it is one of those; `None` otherwise.
    fn nis2_channel(&self, channel: Option<&str>) -> Result<Option<&'static nis2_report::Channel>> {
        if let Some(c) = channel.filter(|c| !c.trim().is_empty()) {
            return Ok(Some(nis2_report::channel("channel", c)?));
        }
        let lead = self.org()?.lead_authority;
        let country = super::authorities::find("lead_authority", &lead)
            .map(|a| a.country.clone())
            .unwrap_or_default();
        Ok(nis2_report::channel("channel", &country).ok())
    }

    /// [`Self::nis2_channel`], refused (field `channel`) where there is none.
    pub(crate) fn nis2_channel_required(
        &self,
        channel: Option<&str>,
    ) -> Result<&'static nis2_report::Channel> {
        self.nis2_channel(channel)?.ok_or(Error::invalid(
            "channel",
            Reason::UnknownValue {
                allowed: "nl, be, de, fr".into(),
            },
        ))
    }

    /// The NIS2 report of `stage` on `incident` to a national CSIRT (Directive (EU) 2022/2555
    /// Art 23(4) as `channel` asks for it), in `lang` or the channel's own language, with what
    /// changed since the latest filing of that stage. Refused (field `channel`) when no channel
    /// is given and the lead authority is not in one of the four countries.
    pub fn nis2_draft(
        &self,
        incident: Uuid,
        stage: Nis2Stage,
        channel: Option<&str>,
        lang: Option<Language>,
    ) -> Result<Draft> {
        let ch = self.nis2_channel_required(channel)?;
        let draft = self.nis2_draft_plain(incident, stage, ch, lang)?;
        let ob = apply::obligations(self.conn(), Some(incident))?
            .into_iter()
            .filter(|o| o.regime == super::Regime::Nis2)
            .find(|o| Nis2Stage::of_rule(&o.rule) == Some(stage));
        self.with_changes(draft, ob.as_ref())
    }

    fn nis2_draft_plain(
        &self,
        incident: Uuid,
        stage: Nis2Stage,
        channel: &nis2_report::Channel,
        lang: Option<Language>,
    ) -> Result<Draft> {
        let parts = self.draft_parts(incident)?;
        let nis2 = self.incident_regulation(incident)?.nis2;
        let reference = parts
            .obligations
            .iter()
            .filter(|(o, _)| o.regime == super::Regime::Nis2)
            .flat_map(|(_, f)| f.iter())
            .filter(|f| !f.reference.trim().is_empty())
            .max_by_key(|f| f.at)
            .map(|f| f.reference.clone());
        let facts = Nis2Facts {
            incident: &parts.incident,
            org: &parts.org,
            classification: nis2.as_ref(),
            reference,
        };
        Ok(nis2_report::draft(&facts, channel, stage, lang))
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
        let draft = drafts::authority_draft(&facts, authority, lang)?;
        let auth = super::authorities::find("authority", authority)?;
        let ob = parts
            .obligations
            .iter()
            .map(|(o, _)| o)
            .filter(|o| is_art33(o))
            .find(|o| o.recipient == auth.id)
            .or_else(|| {
                parts
                    .obligations
                    .iter()
                    .map(|(o, _)| o)
                    .find(|o| is_art33(o) && o.recipient == super::GENERIC_AUTHORITY)
            })
            .cloned();
        self.with_changes(draft, ob.as_ref())
    }

    /// The draft a filing of `ob` sends, in `lang` or its own language: the authority form of an
    /// Art 33(1) notification, the Art 34(2) communication, the Art 33(2) notice to a controller;
    /// `None` for recipients without a draft (CSIRTs, financial supervisors, …) and for a
    /// notification to "the supervisory authority" of an organisation without a lead authority.
    pub(crate) fn draft_for_obligation(
        &self,
        ob: &super::Obligation,
        lang: Option<Language>,
    ) -> Result<Option<Draft>> {
        let Some(incident) = ob.incident_id else {
            return Ok(None);
        };
        if ob.regime == super::Regime::Cra {
            return match CraStage::of_rule(&ob.rule) {
                Some((_, stage)) => Ok(Some(self.cra_draft_plain(incident, stage, lang)?)),
                None => Ok(None),
            };
        }
        if ob.regime == super::Regime::Nis2 {
            // The report to the CSIRT of the lead authority's country (the four channels).
            return match (Nis2Stage::of_rule(&ob.rule), self.nis2_channel(None)?) {
                (Some(stage), Some(ch)) => {
                    Ok(Some(self.nis2_draft_plain(incident, stage, ch, lang)?))
                }
                _ => Ok(None),
            };
        }
        if ob.regime == super::Regime::Dora {
            return match DoraStage::of_rule(&ob.rule) {
                Some(stage) => Ok(Some(self.dora_draft_plain(incident, stage, lang)?)),
                None => Ok(None),
            };
        }
        let org = self.org()?;
        if is_art33(ob) {
            let authority = if ob.recipient == super::GENERIC_AUTHORITY {
                org.lead_authority.clone()
            } else {
                ob.recipient.clone()
            };
            if authority.is_empty() {
                return Ok(None);
            }
            let parts = self.draft_parts(incident)?;
            let facts = parts.facts();
            return Ok(Some(drafts::authority_draft(&facts, &authority, lang)?));
        }
        match (ob.kind, ob.controller_id) {
            (super::ObligationKind::SubjectCommunication, _) => {
                // The letter goes out in the language the user last edited it in (the one
                // issued), else the organisation's.
                let edited = self.incident(incident)?.letter.last().map(|t| t.language);
                let lang = lang.or(edited).unwrap_or(org.language);
                Ok(Some(self.subject_communication(incident, lang)?))
            }
            (super::ObligationKind::ControllerNotice, Some(c)) => {
                let Some(controller) = self.all_controllers()?.into_iter().find(|x| x.id == c)
                else {
                    return Ok(None);
                };
                let impact = self.impact_of(incident, c)?;
                let parts = self.draft_parts(incident)?;
                let facts = parts.facts();
                Ok(Some(drafts::controller_draft(
                    &facts,
                    &controller,
                    impact.as_ref(),
                    lang.unwrap_or(org.language),
                )))
            }
            _ => Ok(None),
        }
    }

    /// The snapshot a filing of `ob` keeps: the draft it sends, as it reads before the filing.
    pub(crate) fn snapshot_for(&self, ob: &super::Obligation) -> Result<Option<FilingSnapshot>> {
        Ok(self
            .draft_for_obligation(ob, None)?
            .map(|d| FilingSnapshot {
                language: d.language,
                redacted: false,
                fields: d
                    .fields()
                    .map(|f| SnapshotField {
                        id: f.id.clone(),
                        label: f.label.clone(),
                        value: f.value.clone(),
                    })
                    .collect(),
            }))
    }

    /// `draft` with what changed since the latest filing of `ob` (compared in the language that
    /// filing was made in, labelled in the draft's).
    fn with_changes(&self, mut draft: Draft, ob: Option<&super::Obligation>) -> Result<Draft> {
        let Some(ob) = ob else {
            return Ok(draft);
        };
        let Some(last) = apply::filings_of(self.conn(), ob.id)?.into_iter().last() else {
            return Ok(draft);
        };
        let mut since = SinceFiling {
            filing_id: last.id,
            at: last.at,
            snapshot: last.snapshot.is_some(),
            redacted: false,
        };
        if let Some(snap) = &last.snapshot {
            since.redacted = snap.redacted;
            if !snap.redacted {
                let before: Vec<(String, String, String)> = snap
                    .fields
                    .iter()
                    .map(|f| (f.id.clone(), f.label.clone(), f.value.clone()))
                    .collect();
                let mut changes = if snap.language == draft.language {
                    draft.diff(&before)
                } else {
                    match self.draft_for_obligation(ob, Some(snap.language))? {
                        Some(same_language) => same_language.diff(&before),
                        None => draft.diff(&before),
                    }
                };
                for c in changes.iter_mut() {
                    if let Some(f) = draft.fields().find(|f| f.id == c.field) {
                        c.label = f.label.clone();
                    }
                }
                draft.changed_since_filing = changes;
            }
        }
        draft.since_filing = Some(since);
        Ok(draft)
    }

    /// The Art 34(2) communication to the data subjects, in plain language.
    pub fn subject_communication(&self, incident: Uuid, lang: Language) -> Result<Draft> {
        let parts = self.draft_parts(incident)?;
        let facts = parts.facts();
        let draft = drafts::subjects_draft(&facts, lang);
        let ob = parts
            .obligations
            .iter()
            .map(|(o, _)| o)
            .find(|o| o.kind == super::ObligationKind::SubjectCommunication)
            .cloned();
        self.with_changes(draft, ob.as_ref())
    }

    /// Edits the Art 34 letter in `lang` before it is issued: each `(field, text)` of `set`
    /// replaces the proposed text of that field, each field of `reset` goes back to the proposed
    /// text. The edited text is what the letter, its PDF and the filing's snapshot then carry.
    /// Returns the letter as it now reads.
    pub fn edit_subjects_letter(
        &mut self,
        incident: Uuid,
        lang: Language,
        set: &[(String, String)],
        reset: &[String],
    ) -> Result<Draft> {
        let allowed = || Reason::UnknownValue {
            allowed: drafts::LETTER_FIELDS.join(", "),
        };
        if set.is_empty() && reset.is_empty() {
            return Err(Error::invalid("letter_field", Reason::NoChanges));
        }
        let mut seen: Vec<&str> = Vec::new();
        let mut fields = Vec::new();
        let mut texts = Vec::new();
        for (field, text) in set {
            if !breachlog_rules::letter::is_letter_field(field) {
                return Err(Error::invalid("letter_field", allowed()));
            }
            if seen.contains(&field.as_str()) {
                return Err(Error::invalid("letter_field", Reason::Duplicate));
            }
            seen.push(field);
            let text = crate::validate::text("letter_text", text)?;
            if text.trim().is_empty() {
                return Err(Error::invalid("letter_text", Reason::Empty));
            }
            fields.push(field.clone());
            texts.push(text);
        }
        for field in reset {
            if !breachlog_rules::letter::is_letter_field(field) {
                return Err(Error::invalid("letter_field", allowed()));
            }
            if seen.contains(&field.as_str()) {
                return Err(Error::invalid("letter_field", Reason::Duplicate));
            }
            seen.push(field);
        }
        self.atomically(|reg| {
            reg.incident(incident)?;
            reg.write(|w| {
                w.append(
                    crate::projection::kind::SUBJECTS_LETTER_EDITED,
                    Some(incident),
                    serde_json::json!({
                        "language": lang.as_str(),
                        "fields": fields,
                        "texts": texts,
                        "reset": reset,
                    }),
                )?;
                Ok(())
            })?;
            reg.subject_communication(incident, lang)
        })
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
        let draft = drafts::controller_draft(&facts, &c, impact.as_ref(), lang);
        let ob = parts
            .obligations
            .iter()
            .map(|(o, _)| o)
            .find(|o| {
                o.kind == super::ObligationKind::ControllerNotice && o.controller_id == Some(c.id)
            })
            .cloned();
        self.with_changes(draft, ob.as_ref())
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

/// A GDPR (or UK GDPR) Art 33(1) notification to a supervisory authority.
fn is_art33(o: &super::Obligation) -> bool {
    matches!(o.regime, super::Regime::Gdpr | super::Regime::UkGdpr) && o.rule == "art33-1"
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
        assert_eq!(
            keys,
            [
                "authority",
                "changed_since_filing",
                "language",
                "missing",
                "sections",
                "unanswered"
            ]
        );
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
            (Language::De, 6)
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
            // Names and e-mail addresses: the letter says what may follow (phishing); the
            // measures (Art 33(3)(d)) are not recorded yet.
            assert_eq!(d.missing, ["measures"]);
            assert!(!d.fields().any(|f| f.value.contains("Wachtwoordhashes")));
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

/// One field a filing's content still lacks.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MissingField {
    /// The draft's field id (a DORA field number, an Art 33(3) item).
    pub id: String,
    pub label: String,
}

/// What the content of a filing of one obligation still lacks at its stage, shown before it is
/// filed (issue 14 item 12): `notify missing`, the app's filing form.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FilingRequirements {
    pub obligation: Uuid,
    pub regime: super::Regime,
    pub rule: String,
    pub kind: super::ObligationKind,
    /// The content's stage where the law distinguishes stages (DORA: `initial`,
    /// `intermediate`, `final`).
    #[cfg_attr(feature = "ts", ts(optional))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<DoraStage>,
    /// The fields the law asks of this filing that the record does not answer yet.
    pub missing: Vec<MissingField>,
    /// The filing is refused while `missing` is not empty, unless it is recorded as sent
    /// without them (`complete: no`): only where the law makes the content mandatory at this
    /// stage (DORA). Elsewhere the list is shown and filing goes ahead (GDPR Art 33(4): the
    /// information may be provided in phases).
    pub blocking: bool,
    /// Where the content is required (legal reference).
    pub basis: String,
}

impl Register {
    /// What the content of a filing of obligation `id` still lacks at its stage, labelled in
    /// `lang` (or the organisation's language).
    pub fn filing_requirements(
        &self,
        id: &str,
        lang: Option<Language>,
    ) -> Result<FilingRequirements> {
        let ob = self.obligation(self.resolve_obligation(id)?)?;
        let lang = lang.unwrap_or(self.org()?.language);
        let l = crate::i18n::Localizer::new(lang);
        let mut req = FilingRequirements {
            obligation: ob.id,
            regime: ob.regime,
            rule: ob.rule.clone(),
            kind: ob.kind,
            stage: None,
            missing: Vec::new(),
            blocking: false,
            basis: String::new(),
        };
        let Some(incident) = ob.incident_id else {
            return Ok(req);
        };
        let labelled = |d: &Draft| -> Vec<MissingField> {
            d.missing
                .iter()
                .map(|m| MissingField {
                    id: m.clone(),
                    label: d
                        .fields()
                        .find(|f| f.id == *m)
                        .map(|f| f.label.clone())
                        .unwrap_or_else(|| l.field(m)),
                })
                .collect()
        };
        match (ob.regime, DoraStage::of_rule(&ob.rule)) {
            (super::Regime::Dora, Some(stage)) => {
                let d = self.dora_draft_plain(incident, stage, Some(lang))?;
                req.stage = Some(stage);
                req.missing = labelled(&d);
                req.blocking = true;
                req.basis = "Implementing Regulation (EU) 2025/302 Art 1(1) and Annex II; Delegated Regulation (EU) 2025/301 Arts 2-4".into();
            }
            (super::Regime::Cra, _) if CraStage::of_rule(&ob.rule).is_some() => {
                if let Some((kind, stage)) = CraStage::of_rule(&ob.rule) {
                    let d = self.cra_draft_plain(incident, stage, Some(lang))?;
                    req.missing = labelled(&d);
                    req.blocking = true;
                    req.basis = format!(
                        "Regulation (EU) 2024/2847 {}",
                        cra_report::article(kind, stage)
                    );
                }
            }
            (super::Regime::Nis2, _) if Nis2Stage::of_rule(&ob.rule).is_some() => {
                // Shown, never blocking: what Art 23(4) lists is "where relevant" / "where
                // available" in part, and the channels' form fields are not the law's.
                if let (Some(stage), Some(ch)) =
                    (Nis2Stage::of_rule(&ob.rule), self.nis2_channel(None)?)
                {
                    let d = self.nis2_draft_plain(incident, stage, ch, Some(lang))?;
                    req.missing = labelled(&d);
                    req.basis =
                        format!("Directive (EU) 2022/2555 {}; {}", stage.article(), ch.form);
                }
            }
            _ if is_art33(&ob) => {
                let i = self.incident(incident)?;
                req.missing = i
                    .missing_art33(&self.org()?)
                    .iter()
                    .map(|m| MissingField {
                        id: m.as_str().to_string(),
                        label: l.field(m.as_str()),
                    })
                    .collect();
                req.basis = match ob.regime {
                    super::Regime::UkGdpr => "UK GDPR Art 33(3), (4)".into(),
                    _ => "GDPR Art 33(3), (4)".into(),
                };
            }
            _ if ob.kind == super::ObligationKind::SubjectCommunication => {
                let d = self.subject_communication(incident, lang)?;
                req.missing = labelled(&d);
                req.basis = match ob.regime {
                    super::Regime::UkGdpr => "UK GDPR Art 34(2)".into(),
                    _ => "GDPR Art 34(2)".into(),
                };
            }
            _ => {}
        }
        Ok(req)
    }
}
