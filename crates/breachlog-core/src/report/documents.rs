//! What the regulation engine contributes to reports: the documents addressed outside the
//! organisation (the Art 33 notification to an authority, the Art 34 communication to the data
//! subjects, the processor's Art 33(2) notice to a controller), with the incident's obligations
//! and filings from `views::ObligationRecord`. Everything is read through the regulation
//! module's public queries; statuses are computed at the report's recorded issue time, so a
//! report renders the same bytes again.

use breachlog_rules::nis2_report;
use serde::Serialize;
use uuid::Uuid;

use super::{ReportKind, ReportOptions};
use crate::domain::{Incident, Language};
use crate::error::{Error, Reason, Result};
use crate::projection::kind;
use crate::register::regulation::kind as rk;
use crate::register::regulation::templates::{CraStage, Draft, Nis2Stage};
use crate::register::regulation::{authorities, Controller, ObligationKind, Regime};
use crate::register::Register;
use crate::views::ObligationRecord;
use crate::Ts;

/// Who a document is addressed to.
#[derive(Debug, Clone, Serialize)]
pub struct Addressee {
    /// `authority`, `data_subjects` or `controller`.
    pub kind: &'static str,
    /// Authority id or controller id.
    pub id: Option<String>,
    pub name: String,
    /// Authority abbreviation or the controller's contact.
    pub detail: String,
    pub website: String,
}

/// The data of a notification, data-subject communication or controller notice.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentData {
    pub incident_id: Uuid,
    pub incident_title: String,
    pub addressee: Addressee,
    /// The draft's heading (e.g. "Melding datalek aan de Autoriteit Persoonsgegevens").
    pub title: String,
    /// The fields as sent, in the document's language.
    pub draft: Draft,
    /// The obligations this document answers and the filings recorded for them.
    pub obligations: Vec<ObligationRecord>,
    /// Art 34(3) exemption (`a`, `b`, `c`) and its justification (data-subject communication).
    pub art34_exemption: Option<String>,
    pub art34_justification: Option<String>,
    /// The register's controllers (names for recipients; not part of the content).
    #[serde(skip)]
    pub controllers: Vec<Controller>,
    /// A controller notice's attachment: the notification the customer files with its own
    /// authority, pre-filled (absent when the customer has no lead authority on record, and in
    /// every other document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment: Option<Attachment>,
    /// A document owed under the UK GDPR (a notification to the ICO, a communication under UK
    /// GDPR Art 34, a UK customer's notice): it cites the UK GDPR instead of the GDPR (its
    /// obligations carry the reference; not part of the content otherwise).
    #[serde(skip)]
    pub uk_gdpr: bool,
}

/// A draft attached to a document, with its heading.
#[derive(Debug, Clone, Serialize)]
pub struct Attachment {
    pub title: String,
    pub draft: Draft,
}

/// Event kinds a notification, communication or controller notice is built from (the
/// incident's facts and assessment, its regulation state, obligations, filings and reports).
pub const DOCUMENT_SOURCE_KINDS: &[&str] = &[
    kind::INCIDENT_CREATED,
    kind::INCIDENT_UPDATED,
    kind::BREACH_ASSESSED,
    rk::INCIDENT_CLASSIFIED,
    rk::INCIDENT_REGIMES_SET,
    rk::OBLIGATION_OPENED,
    rk::OBLIGATION_ANCHOR_CHANGED,
    rk::OBLIGATION_NOT_REQUIRED,
    rk::OBLIGATION_REINSTATED,
    rk::FILING_RECORDED,
    rk::CONTROLLER_IMPACT_SET,
    kind::REPORT_ISSUED,
];

/// Authority id, controller id and language of a report.
pub(super) type Recipient = (Option<String>, Option<Uuid>, Language);

impl Register {
    /// The addressee options of `kind`, validated, and the document language.
    pub(super) fn resolve_recipient(
        &self,
        kind: ReportKind,
        opts: &ReportOptions,
        wanted: Option<Language>,
        nis2_channel: Option<&nis2_report::Channel>,
    ) -> Result<Recipient> {
        let given = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        match kind {
            ReportKind::Notification => {
                let text =
                    given(&opts.authority).ok_or(Error::invalid("authority", Reason::Empty))?;
                let auth = authorities::find("authority", &text)?;
                Ok((Some(auth.id.clone()), None, auth.draft_language(wanted)?))
            }
            ReportKind::Controller => {
                let text =
                    given(&opts.controller).ok_or(Error::invalid("controller", Reason::Empty))?;
                let ids = crate::register::regulation::ops::resolve_controllers(self, &[text])?;
                let id = ids
                    .first()
                    .and_then(|s| Uuid::parse_str(s).ok())
                    .ok_or(Error::invalid("controller", Reason::UnknownId))?;
                // The customer's own language; the one asked for (or the organisation's) for
                // a customer without one.
                let own = self
                    .all_controllers()?
                    .into_iter()
                    .find(|c| c.id == id)
                    .and_then(|c| c.language)
                    .and_then(|l| l.parse::<Language>().ok());
                Ok((None, Some(id), self.language_or_org(own.or(wanted))?))
            }
            // A NIS2 report is written in the CSIRT channel's own language unless asked otherwise.
            ReportKind::Nis2 => {
                let ch = nis2_channel.ok_or(Error::invalid("channel", Reason::Empty))?;
                Ok((None, None, wanted.unwrap_or(ch.languages[0])))
            }
            _ => Ok((None, None, self.language_or_org(wanted)?)),
        }
    }

    fn language_or_org(&self, wanted: Option<Language>) -> Result<Language> {
        Ok(match wanted {
            Some(l) => l,
            None => self.org()?.language,
        })
    }

    /// The covered head of a document addressed outside the organisation: the latest event
    /// about `incident` of a kind the document is built from ([`DOCUMENT_SOURCE_KINDS`]).
    /// The register's head may be a note on another incident, and notes, actions and status
    /// changes (with their comments) are internal: the embedded content carries none of them.
    pub(super) fn incident_head(&self, incident: Uuid) -> Result<(u64, String)> {
        let kinds = DOCUMENT_SOURCE_KINDS
            .iter()
            .map(|k| format!("'{k}'"))
            .collect::<Vec<_>>()
            .join(", ");
        let row: (i64, String) = self.conn().query_row(
            &format!("SELECT seq, hash FROM events WHERE subject = ?1 AND kind IN ({kinds}) ORDER BY seq DESC LIMIT 1"),
            [incident.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((row.0 as u64, row.1))
    }

    /// The data of a notification, data-subject communication or controller notice.
    pub(super) fn document_data(
        &self,
        kind: ReportKind,
        incident: &Incident,
        opts: &super::ResolvedOptions,
        as_of: Ts,
    ) -> Result<DocumentData> {
        let (authority, controller, language) =
            (opts.authority.as_deref(), opts.controller, opts.language);
        let id = incident.id;
        let records = self.obligation_records(id, as_of)?;
        let a = incident.assessment.clone().unwrap_or_default();
        let mut attachment = None;
        let (addressee, draft, obligations): (Addressee, Draft, Vec<ObligationRecord>) = match kind
        {
            ReportKind::Notification => {
                let auth = authorities::find(
                    "authority",
                    authority.ok_or(Error::invalid("authority", Reason::Empty))?,
                )?;
                let draft = self.notify_draft(id, &auth.id, Some(language))?;
                let mine = records
                    .into_iter()
                    .filter(|r| {
                        let o = &r.obligation;
                        matches!(o.regime, Regime::Gdpr | Regime::UkGdpr)
                            && o.kind == ObligationKind::Notification
                            && o.recipient == auth.id
                    })
                    .collect();
                let to = Addressee {
                    kind: "authority",
                    id: Some(auth.id.clone()),
                    name: auth.name.clone(),
                    detail: auth.short.clone(),
                    website: auth.website.clone(),
                };
                (to, draft, mine)
            }
            ReportKind::Subjects => {
                let draft = self.subject_communication(id, language)?;
                let mine = records
                    .into_iter()
                    .filter(|r| r.obligation.kind == ObligationKind::SubjectCommunication)
                    .collect();
                let to = Addressee {
                    kind: "data_subjects",
                    id: None,
                    name: String::new(),
                    detail: String::new(),
                    website: String::new(),
                };
                (to, draft, mine)
            }
            ReportKind::Controller => {
                let cid = controller.ok_or(Error::invalid("controller", Reason::Empty))?;
                let c = self
                    .all_controllers()?
                    .into_iter()
                    .find(|c| c.id == cid)
                    .ok_or(Error::invalid("controller", Reason::UnknownId))?;
                let draft = self.controller_notice(id, &c.id.to_string(), language)?;
                attachment = self
                    .customer_authority_draft(id, &c)?
                    .map(|draft| Attachment {
                        title: draft.title.clone(),
                        draft,
                    });
                let mine = records
                    .into_iter()
                    .filter(|r| {
                        r.obligation.kind == ObligationKind::ControllerNotice
                            && r.obligation.controller_id == Some(cid)
                    })
                    .collect();
                let to = Addressee {
                    kind: "controller",
                    id: Some(c.id.to_string()),
                    name: c.name.clone(),
                    detail: c.contacts.join(", "),
                    website: String::new(),
                };
                (to, draft, mine)
            }
            ReportKind::Dora => {
                let stage = opts.stage.ok_or(Error::invalid("stage", Reason::Empty))?;
                let draft = self.dora_draft(id, stage, Some(language))?;
                let mine = records
                    .into_iter()
                    .filter(|r| {
                        r.obligation.regime == Regime::Dora
                            && crate::register::regulation::templates::DoraStage::of_rule(
                                &r.obligation.rule,
                            ) == Some(stage)
                    })
                    .collect();
                let to = Addressee {
                    kind: "financial_supervisor",
                    id: None,
                    name: crate::i18n::Localizer::new(language)
                        .text("recipient-financial-supervisor"),
                    detail: String::new(),
                    website: String::new(),
                };
                (to, draft, mine)
            }
            ReportKind::Nis2 => {
                let stage = Nis2Stage::parse("stage", opts.report_stage.as_deref().unwrap_or(""))?;
                // The channel resolved with the options (see `resolve_report_options`).
                let ch = nis2_report::channel(
                    "channel",
                    opts.channel
                        .as_deref()
                        .ok_or(Error::invalid("channel", Reason::Empty))?,
                )?;
                let draft = self.nis2_draft(id, stage, Some(ch.id), Some(language))?;
                let mine = records
                    .into_iter()
                    .filter(|r| {
                        r.obligation.regime == Regime::Nis2
                            && Nis2Stage::of_rule(&r.obligation.rule) == Some(stage)
                    })
                    .collect();
                let to = Addressee {
                    kind: "csirt",
                    id: Some(ch.id.to_string()),
                    name: ch.recipient.to_string(),
                    detail: ch.form.to_string(),
                    website: ch.source_url.to_string(),
                };
                (to, draft, mine)
            }
            ReportKind::Cra => {
                let stage = CraStage::parse("stage", opts.report_stage.as_deref().unwrap_or(""))?;
                let draft = self.cra_draft(id, stage, Some(language))?;
                let mine = records
                    .into_iter()
                    .filter(|r| {
                        r.obligation.regime == Regime::Cra
                            && CraStage::of_rule(&r.obligation.rule).map(|(_, s)| s) == Some(stage)
                    })
                    .collect();
                let to = Addressee {
                    kind: "csirt_coordinator",
                    id: None,
                    name: crate::i18n::Localizer::new(language).text("recipient-csirt-coordinator"),
                    detail: String::new(),
                    website: String::new(),
                };
                (to, draft, mine)
            }
            _ => {
                return Err(Error::Data(format!(
                    "{} is not a document kind",
                    kind.as_str()
                )))
            }
        };
        let subjects = kind == ReportKind::Subjects;
        let uk_gdpr = obligations
            .iter()
            .any(|r| r.obligation.regime == Regime::UkGdpr);
        Ok(DocumentData {
            attachment,
            uk_gdpr,
            incident_id: id,
            incident_title: incident.title.clone(),
            addressee,
            title: draft.title.clone(),
            draft,
            obligations,
            art34_exemption: a
                .art34_exemption
                .filter(|_| subjects)
                .map(|e| e.as_str().to_string()),
            art34_justification: a.art34_justification.filter(|_| subjects),
            controllers: self.all_controllers()?,
        })
    }
}
