//! The authority contact log: incoming requests (proof of compliance, access to data, …) and
//! outgoing answers. A request with a response due date opens an `authority-request`
//! obligation; the answer that refers to it is recorded as that obligation's filing.

use serde_json::json;
use uuid::Uuid;

use super::authorities;
use super::{
    clock, kind, AuthorityContact, Channel, ContactDirection, ContactInput, ObligationKind, Regime,
};
use crate::error::{Error, Reason, Result};
use crate::projection::regulation::{self as apply, load_contact};
use crate::register::Register;
use crate::validate;
use crate::Ts;

const REQUEST_REFERENCE: &str = "GDPR Art 31, Art 58(1)";
const REQUEST_SOURCE: &str = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";

impl Register {
    /// The contact log, optionally for one incident, in the order logged.
    pub fn authority_contacts(&self, incident: Option<Uuid>) -> Result<Vec<AuthorityContact>> {
        apply::contacts(self.conn(), incident)
    }

    /// Logs an authority contact; a request with a due date becomes an obligation, an answer
    /// to such a request its filing.
    pub fn log_authority_contact(&mut self, input: &ContactInput) -> Result<AuthorityContact> {
        self.atomically(|reg| {
            let now = Ts::now();
            let authority = authorities::find("authority", &input.authority)?.id.clone();
            let direction: ContactDirection =
                validate::choice("direction", &input.direction, ContactDirection::allowed)?;
            let at = validate::not_future("at", validate::timestamp("at", &input.at)?, now)?;
            let subject = validate::line("subject", &input.subject)?;
            let reference = match input.reference.as_deref() {
                Some(r) => Some(validate::optional_line("reference", r)?).filter(|r| !r.is_empty()),
                None => None,
            };
            let incident = match input.incident.as_deref().filter(|i| !i.trim().is_empty()) {
                Some(i) => Some(reg.resolve_incident(i)?),
                None => None,
            };
            let due = match input
                .response_due_at
                .as_deref()
                .filter(|d| !d.trim().is_empty())
            {
                Some(d) => {
                    if direction != ContactDirection::Incoming {
                        return Err(Error::invalid("response_due_at", Reason::NotIncoming));
                    }
                    let due = validate::timestamp("response_due_at", d)?;
                    if due < at {
                        return Err(Error::invalid("response_due_at", Reason::InvalidRange));
                    }
                    Some(due)
                }
                None => None,
            };
            let answers = match input.answers.as_deref().filter(|a| !a.trim().is_empty()) {
                Some(a) => {
                    if direction != ContactDirection::Outgoing {
                        return Err(Error::invalid("answers", Reason::OnlyForFollowUps));
                    }
                    let all = reg.authority_contacts(None)?;
                    let t = a.trim().to_ascii_lowercase();
                    let found: Vec<&AuthorityContact> = all
                        .iter()
                        .filter(|c| c.id.to_string().starts_with(&t))
                        .collect();
                    let [request] = found.as_slice() else {
                        return Err(Error::invalid("answers", Reason::UnknownId));
                    };
                    if request.direction != ContactDirection::Incoming {
                        return Err(Error::invalid("answers", Reason::NotIncoming));
                    }
                    if at < request.at {
                        return Err(Error::invalid("at", Reason::InvalidRange));
                    }
                    Some(request.id)
                }
                None => None,
            };
            // The obligation opened for the answered request, if any, and whether it is answered already.
            let request_obligation = match answers {
                Some(req) => {
                    let ob = apply::obligations(reg.conn(), None)?
                        .into_iter()
                        .find(|o| o.contact_id == Some(req));
                    match ob {
                        Some(o) if !apply::filings_of(reg.conn(), o.id)?.is_empty() => None,
                        other => other,
                    }
                }
                None => None,
            };
            let id = Uuid::now_v7();
            let regime = if authority == "uk-ico" {
                Regime::UkGdpr
            } else {
                Regime::Gdpr
            };
            reg.write(|w| {
                w.append(kind::AUTHORITY_CONTACT_LOGGED, incident, json!({
                    "contact_id": id.to_string(), "authority": authority, "direction": direction, "at": at,
                    "subject": subject, "reference": reference, "response_due_at": due,
                    "incident": incident.map(|i| i.to_string()), "answers": answers.map(|a| a.to_string()),
                }))?;
                if let Some(due) = due {
                    w.append(kind::OBLIGATION_OPENED, incident, json!({ "obligation": {
                        "id": Uuid::now_v7().to_string(), "incident_id": incident.map(|i| i.to_string()), "regime": regime,
                        "rule": "authority-request", "recipient": authority, "kind": ObligationKind::AuthorityRequest,
                        "anchor": "request_received_at", "anchor_at": at, "hours": null, "month_rule": false, "alt": null,
                        "rollover": null, "timezone": "UTC", "due_at": due, "counting": "set-by-request", "target_at": due, "reference": REQUEST_REFERENCE,
                        "rule_version": "authority-request.1", "source_url": REQUEST_SOURCE, "hours_source": "request",
                        "controller_id": null, "contact_id": id.to_string(),
                    }}))?;
                }
                if let Some(o) = &request_obligation {
                    w.append(kind::FILING_RECORDED, o.incident_id, json!({
                        "filing_id": Uuid::now_v7().to_string(), "obligation_id": o.id.to_string(), "at": at,
                        "channel": Channel::Email, "reference": reference.clone().unwrap_or_else(|| subject.clone()),
                        "reasons_for_delay": null, "phase": super::Phase::Initial, "follows": null,
                        "late_by_minutes": o.due_at.and_then(|d| clock::late_by_minutes(d, at)),
                    }))?;
                }
                Ok(())
            })?;
            load_contact(reg.conn(), id)?.ok_or_else(|| Error::Data("contact not stored".into()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::regulation::ObligationStatus;
    use crate::register::{InitOptions, OrgInput};

    #[test]
    fn request_due_date_is_an_obligation_and_the_answer_files_it() {
        let dir = tempfile::tempdir().unwrap();
        let opts = InitOptions {
            org: OrgInput {
                timezone: Some("Europe/Amsterdam".into()),
                ..Default::default()
            },
            passphrase: Some(zeroize::Zeroizing::new(
                "correct horse battery staple".into(),
            )),
            keyring: false,
            actor: "dpo".into(),
        };
        let (mut reg, _) = Register::init(&dir.path().join("r.db"), opts).unwrap();
        let req = reg
            .log_authority_contact(&ContactInput {
                authority: "nl-ap".into(),
                direction: "incoming".into(),
                at: "2026-06-01T09:00:00Z".into(),
                subject: "Request for the register of breaches (Art 33(5))".into(),
                reference: Some("AP-2026-0042".into()),
                response_due_at: Some("2026-06-15T17:00:00+02:00".into()),
                ..Default::default()
            })
            .unwrap();
        let list = reg
            .obligations(None, Ts::parse("2026-06-15T16:00:00Z").unwrap())
            .unwrap();
        assert_eq!(list.len(), 1);
        let o = &list[0];
        // 17:00 CEST = 15:00Z; at 16:00Z the answer is one hour overdue.
        assert_eq!(
            (o.kind, o.recipient.as_str(), o.status, o.late_by_minutes),
            (
                ObligationKind::AuthorityRequest,
                "nl-ap",
                ObligationStatus::Overdue,
                Some(60)
            )
        );
        assert_eq!(
            o.due_at.map(|d| d.to_string()).as_deref(),
            Some("2026-06-15T15:00:00.000000Z")
        );
        let answer = ContactInput {
            authority: "nl-ap".into(),
            direction: "outgoing".into(),
            at: "2026-06-12T10:00:00Z".into(),
            subject: "Register of breaches".into(),
            answers: Some(req.id.to_string()),
            ..Default::default()
        };
        let bad = ContactInput {
            response_due_at: Some("2026-06-20T00:00:00Z".into()),
            ..answer.clone()
        };
        assert!(matches!(
            reg.log_authority_contact(&bad),
            Err(Error::InvalidInput {
                field: "response_due_at",
                ..
            })
        ));
        reg.log_authority_contact(&answer).unwrap();
        let o = &reg
            .obligations(None, Ts::parse("2026-07-01T00:00:00Z").unwrap())
            .unwrap()[0];
        assert_eq!(
            (o.status, o.late_by_minutes),
            (ObligationStatus::Filed, None)
        );
        assert_eq!(reg.authority_contacts(None).unwrap().len(), 2);
        reg.verify(None).unwrap();
    }
}
