//! The authority contact log: incoming requests (proof of compliance, access to data, …) and
//! outgoing answers. A request with a response due date opens an `authority-request`
//! obligation; the answer that refers to it is recorded as that obligation's filing.

use serde_json::json;
use uuid::Uuid;

use super::authorities;
use super::derive;
use super::{
    clock, kind, rules, AuthorityContact, Channel, ContactDirection, ContactInput, ObligationKind,
    OrderKind, PreservationChange, PreservationInput, Regime,
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
            let direction: ContactDirection =
                validate::choice("direction", &input.direction, ContactDirection::allowed)?;
            let order = match input.order.as_deref().filter(|o| !o.trim().is_empty()) {
                Some(o) => Some(order_of(input, o, direction)?),
                None => {
                    for (field, v) in [("issuer", &input.issuer), ("issuer_country", &input.issuer_country)] {
                        if v.as_deref().is_some_and(|v| !v.trim().is_empty()) {
                            return Err(Error::invalid(field, Reason::RequiredWith { other: "order" }));
                        }
                    }
                    None
                }
            };
            let authority = match &order {
                Some(_) => ISSUING_AUTHORITY.to_string(),
                None => authorities::find("authority", &input.authority)?.id.clone(),
            };
            let at = validate::not_future("at", validate::timestamp("at", &input.at)?, now)?;
            // Regulation (EU) 2023/1543 Art 34(2): it applies from 18 August 2026, so no order
            // under it exists before then; its deadlines are never opened for an earlier receipt.
            if order.is_some() {
                if let Some(from) = &rules::regime(Regime::EEvidence)?.applies_from {
                    if at < from.earliest_instant()? {
                        return Err(Error::invalid(
                            "at",
                            Reason::BeforeApplication {
                                date: from.date.clone(),
                                reference: from.reference.clone(),
                            },
                        ));
                    }
                }
            }
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
                Some(_) if order.is_some() => {
                    return Err(Error::invalid("response_due_at", Reason::SetByLaw));
                }
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
            // e-Evidence: the order's obligation from the rule data, and for a preservation
            // order the end of the 60 days (Art 11(1)).
            let (order_ob, preserve_until) = match &order {
                Some((kind, _, _)) => {
                    let org = reg.org()?;
                    let settings = reg.regulation_settings()?;
                    let rule = match kind {
                        OrderKind::Production => "art10-3",
                        OrderKind::ProductionEmergency => "art10-4",
                        OrderKind::Preservation => "art11-1",
                    };
                    let ob = derive::order_obligation(
                        &org, &settings, Regime::EEvidence, rule, at, incident, id, now,
                    )?;
                    let until = match kind {
                        OrderKind::Preservation => {
                            Some(derive::days_end(&org, at, PRESERVATION_DAYS)?)
                        }
                        _ => None,
                    };
                    (Some(derive::opened_payload(&ob)?), until)
                }
                None => (None, None),
            };
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
                    "order": order.as_ref().map(|o| o.0), "issuer": order.as_ref().map(|o| o.1.clone()),
                    "issuer_country": order.as_ref().map(|o| o.2.clone()), "preserve_until": preserve_until,
                }))?;
                if let Some(opened) = &order_ob {
                    w.append(kind::OBLIGATION_OPENED, incident, opened.clone())?;
                }
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

    /// One contact by id or unique prefix (field `contact`).
    fn find_contact(&self, text: &str) -> Result<AuthorityContact> {
        let t = text.trim().to_ascii_lowercase();
        if t.is_empty() {
            return Err(Error::invalid("contact", Reason::Empty));
        }
        let all = self.authority_contacts(None)?;
        let found: Vec<&AuthorityContact> = all
            .iter()
            .filter(|c| c.id.to_string().starts_with(&t))
            .collect();
        match found.as_slice() {
            [one] => Ok((*one).clone()),
            _ => Err(Error::invalid("contact", Reason::UnknownId)),
        }
    }

    /// Records what the issuing authority said about an e-Evidence preservation order
    /// (Regulation (EU) 2023/1543 Art 11): an extension by 30 days (Annex VI, only within the
    /// 60 days and once), the confirmation that a subsequent request for production was issued
    /// (Annex V, within the period: the data are then kept until that request is answered, no
    /// end date), or the release (Art 11(3)).
    pub fn change_preservation(&mut self, input: &PreservationInput) -> Result<AuthorityContact> {
        self.atomically(|reg| {
            let now = Ts::now();
            let c = reg.find_contact(&input.contact)?;
            let Some(order) = c
                .order
                .as_ref()
                .filter(|o| o.kind == OrderKind::Preservation)
            else {
                return Err(Error::invalid("contact", Reason::NotAPreservationOrder));
            };
            let change: PreservationChange =
                validate::choice("change", &input.change, PreservationChange::allowed)?;
            let at = validate::not_future("at", validate::timestamp("at", &input.at)?, now)?;
            if at < c.at {
                return Err(Error::invalid("at", Reason::InvalidRange));
            }
            if order.released_at.is_some() {
                return Err(Error::invalid("change", Reason::PreservationOver));
            }
            // Still running at `at`: before its end, or without one (production confirmed).
            let running = order.preserve_until.is_none_or(|end| at <= end);
            let org = reg.org()?;
            let preserve_until = match change {
                PreservationChange::Extended => {
                    if order.extended_at.is_some() || order.production_confirmed_at.is_some() {
                        return Err(Error::invalid("change", Reason::AlreadyInState));
                    }
                    // "During that 60-day period" (Art 11(1)).
                    let Some(end) = order.preserve_until.filter(|end| at <= *end) else {
                        return Err(Error::invalid("at", Reason::PreservationOver));
                    };
                    Some(derive::days_end(&org, end, EXTENSION_DAYS)?)
                }
                PreservationChange::ProductionConfirmed => {
                    if order.production_confirmed_at.is_some() {
                        return Err(Error::invalid("change", Reason::AlreadyInState));
                    }
                    if !running {
                        return Err(Error::invalid("at", Reason::PreservationOver));
                    }
                    None
                }
                PreservationChange::Released => {
                    if !running {
                        return Err(Error::invalid("at", Reason::PreservationOver));
                    }
                    None
                }
            };
            reg.write(|w| {
                w.append(
                    kind::EVIDENCE_PRESERVATION_CHANGED,
                    c.incident_id,
                    json!({
                        "contact_id": c.id.to_string(), "change": change, "at": at,
                        "preserve_until": preserve_until,
                    }),
                )?;
                Ok(())
            })?;
            load_contact(reg.conn(), c.id)?.ok_or_else(|| Error::Data("contact not stored".into()))
        })
    }
}

/// The recipient code of e-Evidence orders: the issuing authority named in the order.
pub const ISSUING_AUTHORITY: &str = "issuing-authority";
/// Regulation (EU) 2023/1543 Art 11(1): the duty to preserve ceases after 60 days …
pub const PRESERVATION_DAYS: u32 = 60;
/// … and may be extended by an additional 30-day period.
pub const EXTENSION_DAYS: u32 = 30;

/// The Member States (ISO 3166-1 alpha-2; Greece as `GR`, its ISO code).
const MEMBER_STATES: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// An e-Evidence order as typed: its kind, the issuing authority's name and Member State.
fn order_of(
    input: &ContactInput,
    kind_text: &str,
    direction: ContactDirection,
) -> Result<(OrderKind, String, String)> {
    let kind: OrderKind = validate::choice("order", kind_text, OrderKind::allowed)?;
    if direction != ContactDirection::Incoming {
        return Err(Error::invalid("order", Reason::NotIncoming));
    }
    let a = input.authority.trim();
    if !a.is_empty() && a != ISSUING_AUTHORITY {
        return Err(Error::invalid(
            "authority",
            Reason::UnknownValue {
                allowed: ISSUING_AUTHORITY.into(),
            },
        ));
    }
    let issuer = validate::line("issuer", input.issuer.as_deref().unwrap_or(""))?;
    let country = input.issuer_country.as_deref().unwrap_or("");
    if country.trim().is_empty() {
        return Err(Error::invalid("issuer_country", Reason::Empty));
    }
    let country = validate::country("issuer_country", country)?;
    if !MEMBER_STATES.contains(&country.as_str()) {
        return Err(Error::invalid(
            "issuer_country",
            Reason::UnknownValue {
                allowed: MEMBER_STATES.join(", "),
            },
        ));
    }
    Ok((kind, issuer, country))
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
