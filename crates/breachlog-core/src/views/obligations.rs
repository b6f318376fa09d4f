//! The obligation list as the CLI's `obligations` (table and `--json`), the desktop panels and
//! the desktop notifications show it: the rules engine's status view of each obligation with
//! what is shown next to it.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use serde::Serialize;
use uuid::Uuid;

use crate::error::Result;
use crate::format::{self, Recipient};
use crate::i18n::Localizer;
use crate::register::regulation::obligations::{self, view, UndueDelay};
use crate::register::regulation::{
    apply, Controller, Filing, NotRequired, Obligation, ObligationStatus, ObligationView,
};
use crate::register::Register;
use crate::Ts;

/// One obligation with its status at a moment and what the lists show next to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ObligationRow {
    /// Status and lateness at the moment asked for (the keys of `obligations --json`).
    #[serde(flatten)]
    pub view: ObligationView,
    /// Title of the incident it belongs to (none for a request not linked to an incident).
    pub incident_title: Option<String>,
    /// The recipient code read: a controller, a group of people or an authority.
    pub to: Recipient,
    /// A controller's or an authority's name when the recipient is one (a group of people has
    /// a label instead, in the reader's language).
    pub recipient_name: Option<String>,
    /// The rule has a clock (hours or a month); `false` = "without undue delay".
    pub has_clock: bool,
    /// Hours of the rule terms the obligation keeps (copied when it was opened).
    pub hours: Option<i64>,
    /// Elapsed time and internal target of an open "without undue delay" obligation.
    pub undue: Option<UndueDelay>,
    /// Why it is not required (decider, time, rationale; a message id when automatic).
    pub not_required: Option<NotRequired>,
    /// Filings in time order (the first one froze the lateness).
    pub filings: Vec<Filing>,
    /// A notice to a customer (controller): whether that customer's own impact is set
    /// (`breach impact`); `false` flags a notice that could only give the incident's totals.
    /// `None` for other recipients.
    pub impact_known: Option<bool>,
    /// A notice to a customer (controller): draft → sent → acknowledged at the moment asked
    /// for, and whether a reminder is due. `None` for other recipients and for notices decided
    /// not required.
    pub notice: Option<NoticeStatus>,
}

/// Where a notice to a customer stands: not sent yet (`draft`), sent (its first filing
/// recorded) or `acknowledged` by the customer (time and who).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum NoticeState {
    Draft,
    Sent,
    Acknowledged,
}

impl NoticeState {
    /// The Fluent id of the state's label.
    pub fn label_id(self) -> &'static str {
        match self {
            NoticeState::Draft => "notice-state-draft",
            NoticeState::Sent => "notice-state-sent",
            NoticeState::Acknowledged => "notice-state-acknowledged",
        }
    }
}

/// The status of one notice to a customer at a moment.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NoticeStatus {
    pub state: NoticeState,
    /// The filing that sent it (the first one) and when.
    pub filing_id: Option<Uuid>,
    pub sent_at: Option<Ts>,
    /// When the customer acknowledged it and who (personal text; the redaction marker once
    /// erased), from the first acknowledged filing.
    pub acknowledged_at: Option<Ts>,
    pub acknowledged_by: Option<String>,
    /// Sent and not acknowledged: when a reminder is due (the regulation setting
    /// `notice_reminder_hours` after sending); `None` when reminders are off.
    pub remind_at: Option<Ts>,
    /// The reminder is due at the moment asked for. A reminder to follow up, never a legal
    /// deadline: it never makes the notice late.
    pub reminder: bool,
}

impl NoticeStatus {
    /// The status of a notice from its filings at `as_of`, with reminders after `reminder_hours`.
    pub fn of(filings: &[Filing], as_of: Ts, reminder_hours: Option<i64>) -> NoticeStatus {
        let sent = breachlog_rules::status::first_filing(filings, as_of);
        let ack = filings
            .iter()
            .filter(|f| f.at <= as_of)
            .filter_map(|f| f.acknowledged.as_ref())
            .filter(|a| a.at <= as_of)
            .min_by_key(|a| a.at);
        let state = match (sent, ack) {
            (None, _) => NoticeState::Draft,
            (Some(_), None) => NoticeState::Sent,
            (Some(_), Some(_)) => NoticeState::Acknowledged,
        };
        let remind_at = match (state, sent, reminder_hours) {
            (NoticeState::Sent, Some(f), Some(h)) => Some(f.at.plus_hours(h)),
            _ => None,
        };
        NoticeStatus {
            state,
            filing_id: sent.map(|f| f.id),
            sent_at: sent.map(|f| f.at),
            acknowledged_at: ack.map(|a| a.at),
            acknowledged_by: ack.and_then(|a| a.by.clone()),
            reminder: remind_at.is_some_and(|r| r <= as_of),
            remind_at,
        }
    }
}

impl ObligationRow {
    /// The obligations of `incident` (all when `None`) at `as_of`, ordered by due time (those
    /// without one last), then by id.
    pub fn list(reg: &Register, incident: Option<Uuid>, as_of: Ts) -> Result<Vec<ObligationRow>> {
        let ctx = (
            reg.all_controllers()?,
            reg.regulation_settings()?.notice_reminder(),
        );
        let mut titles: HashMap<Uuid, String> = HashMap::new();
        let mut out = Vec::new();
        for view in reg.obligations(incident, as_of)? {
            let incident_title = match view.incident {
                Some(i) => Some(match titles.entry(i) {
                    Entry::Occupied(e) => e.get().clone(),
                    Entry::Vacant(e) => e.insert(reg.incident(i)?.title).clone(),
                }),
                None => None,
            };
            let ob = reg.obligation(view.id)?;
            let filings = reg.filings(view.id)?;
            out.push(Self::build(
                reg,
                view,
                &ob,
                filings,
                incident_title,
                (&ctx.0, ctx.1),
                as_of,
            )?);
        }
        Ok(out)
    }

    /// One obligation at `as_of`.
    pub fn one(reg: &Register, id: Uuid, as_of: Ts) -> Result<ObligationRow> {
        let ob = reg.obligation(id)?;
        let filings = reg.filings(id)?;
        let incident_title = ob
            .incident_id
            .map(|i| reg.incident(i).map(|i| i.title))
            .transpose()?;
        let view = view(&ob, &filings, as_of);
        Self::build(
            reg,
            view,
            &ob,
            filings,
            incident_title,
            (
                &reg.all_controllers()?,
                reg.regulation_settings()?.notice_reminder(),
            ),
            as_of,
        )
    }

    /// The recipient for people, in the language of `l`: its name, else the label of a group,
    /// else its code.
    pub fn recipient_label(&self, l: &Localizer) -> String {
        match &self.recipient_name {
            Some(name) => name.clone(),
            None => format::recipient_label(l, &self.to, &[]),
        }
    }

    fn build(
        reg: &Register,
        view: ObligationView,
        ob: &Obligation,
        filings: Vec<Filing>,
        incident_title: Option<String>,
        // The register's controllers (for names) and the reminder hours in force.
        (controllers, reminder_hours): (&[Controller], Option<i64>),
        as_of: Ts,
    ) -> Result<ObligationRow> {
        let to = Recipient::parse(&view.recipient);
        let undue = if view.due_at.is_none() {
            reg.undue_delay(view.id, as_of)?
        } else {
            None
        };
        let impact_known = match (&to, ob.incident_id) {
            (Recipient::Controller(cid), Some(incident)) => {
                Some(reg.impact_of(incident, *cid)?.is_some())
            }
            _ => None,
        };
        let notice = match &to {
            Recipient::Controller(_) if ob.not_required.is_none() => {
                Some(NoticeStatus::of(&filings, as_of, reminder_hours))
            }
            _ => None,
        };
        // An e-Evidence order's issuing authority is named in the order (the contact).
        let issuer = match (ob.contact_id, view.recipient.as_str()) {
            (Some(cid), crate::regulation::contacts::ISSUING_AUTHORITY) => {
                crate::projection::regulation::load_contact(reg.conn(), cid)?
                    .and_then(|c| c.order)
                    .map(|o| format!("{} ({})", o.issuer, o.issuer_country))
            }
            _ => None,
        };
        Ok(ObligationRow {
            notice,
            impact_known,
            recipient_name: issuer.or_else(|| format::recipient_name(&to, controllers)),
            to,
            incident_title,
            has_clock: ob.has_clock(),
            hours: ob.hours,
            undue,
            not_required: ob.not_required.clone(),
            filings,
            view,
        })
    }
}

/// One obligation of an incident, its status at a moment (a report's issue time) and its
/// filings: what the PDFs and the register rows read.
#[derive(Debug, Clone, Serialize)]
pub struct ObligationRecord {
    pub obligation: Obligation,
    pub status: ObligationStatus,
    /// Frozen at the first filing when late; while overdue, the minutes at the issue time.
    pub late_by_minutes: Option<i64>,
    pub filings: Vec<Filing>,
}

impl Register {
    /// The obligations of an incident with their status at `as_of`, by due time.
    pub(crate) fn obligation_records(
        &self,
        incident: Uuid,
        as_of: Ts,
    ) -> Result<Vec<ObligationRecord>> {
        let mut out = Vec::new();
        for o in apply::obligations(self.conn(), Some(incident))? {
            let filings = apply::filings_of(self.conn(), o.id)?;
            let (status, late_by_minutes) = obligations::status(&o, &filings, as_of);
            out.push(ObligationRecord {
                obligation: o,
                status,
                late_by_minutes,
                filings,
            });
        }
        out.sort_by_key(|r| {
            (
                r.obligation.due_at.is_none(),
                r.obligation.due_at,
                r.obligation.opened_at,
                r.obligation.id,
            )
        });
        Ok(out)
    }
}
