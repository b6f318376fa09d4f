//! Obligation statuses at a moment, and the query the CLI and the desktop app share.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use breachlog_model::regulation::{
    Filing, Obligation, ObligationKind, ObligationStatus, Phase, Regime,
};
use breachlog_model::Ts;

use crate::clock;

/// One obligation as listed by `breachlog obligations --json` and the desktop panel.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObligationView {
    pub id: Uuid,
    pub incident: Option<Uuid>,
    pub regime: Regime,
    pub recipient: String,
    pub kind: ObligationKind,
    pub anchor: String,
    /// The legal limit, UTC, RFC 3339; `None` for "without undue delay" or while the anchor is
    /// unknown. Lateness is judged against it only.
    pub due_at: Option<Ts>,
    /// The earlier time to aim for: equal to `due_at` where the law counts in hours; for a
    /// period in days or months the anchor's clock time on the last day, before any roll-over.
    /// (Not the organisation's internal target for "without undue delay", which is
    /// [`UndueDelay::target_at`].)
    pub target_at: Option<Ts>,
    /// How the period counts (`elapsed-hours`, `eu-1182-71-months`, …).
    pub counting: String,
    pub status: ObligationStatus,
    /// Frozen at the first filing when it was late; while overdue, the minutes so far.
    pub late_by_minutes: Option<i64>,
    pub reference: String,
    /// An action the law asks for now, as a Fluent id suffix (`obligation-action-<id>`):
    /// `inform-delay` while a deadline of a rule with a delay notice (Delegated Regulation (EU)
    /// 2025/301 Art 5(3)) is at risk (see [`at_risk`]). Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub action: Option<String>,
}

/// The action id of the duty to inform the recipient before a time limit is missed.
pub const INFORM_DELAY: &str = "inform-delay";

/// A deadline is at risk when it is neither filed nor dropped and a quarter or less of its
/// period remains (counted from the later of its anchors), and always in its last hour; it stays
/// at risk once passed, until filed. 2025/301 Art 5(3) does not define "at risk": this is the
/// tool's choice, early enough to inform the authority before the limit.
pub fn at_risk(o: &Obligation, filings: &[Filing], as_of: Ts) -> bool {
    let Some(due) = o.due_at else {
        return false;
    };
    if o.not_required.is_some() || first_filing(filings, as_of).is_some() {
        return false;
    }
    let start = [o.anchor_at, o.alt.as_ref().and_then(|a| a.anchor_at)]
        .into_iter()
        .flatten()
        .max();
    let Some(start) = start else {
        return false;
    };
    let period = (due.timestamp_micros() - start.timestamp_micros()).max(0);
    let remaining = due.timestamp_micros() - as_of.timestamp_micros();
    remaining <= (period / 4).max(3_600_000_000)
}

/// The first filing (the one lateness is frozen at), among those made by `as_of`.
pub fn first_filing(filings: &[Filing], as_of: Ts) -> Option<&Filing> {
    filings
        .iter()
        .filter(|f| f.phase == Phase::Initial && f.at <= as_of)
        .min_by_key(|f| (f.at, f.id))
}

/// Status and lateness of an obligation at `as_of`.
pub fn status(o: &Obligation, filings: &[Filing], as_of: Ts) -> (ObligationStatus, Option<i64>) {
    if let Some(f) = first_filing(filings, as_of) {
        return match f.late_by_minutes {
            Some(m) if m > 0 => (ObligationStatus::FiledLate, Some(m)),
            _ => (ObligationStatus::Filed, None),
        };
    }
    if o.not_required.is_some() {
        return (ObligationStatus::NotRequired, None);
    }
    match o.due_at {
        Some(due) => match clock::late_by_minutes(due, as_of) {
            Some(m) => (ObligationStatus::Overdue, Some(m)),
            None => (ObligationStatus::Pending, None),
        },
        None if o.anchor_at.is_none() && o.has_clock() => (ObligationStatus::AwaitingAnchor, None),
        None => (ObligationStatus::Pending, None),
    }
}

pub fn view(o: &Obligation, filings: &[Filing], as_of: Ts) -> ObligationView {
    let (status, late) = status(o, filings, as_of);
    let notice = crate::rules::regime(o.regime)
        .ok()
        .and_then(|set| set.rule(&o.rule))
        .is_some_and(|r| r.delay_notice.is_some());
    let action = (notice && at_risk(o, filings, as_of)).then(|| INFORM_DELAY.to_string());
    ObligationView {
        id: o.id,
        incident: o.incident_id,
        regime: o.regime,
        recipient: o.recipient.clone(),
        kind: o.kind,
        anchor: o.anchor.clone(),
        due_at: o.due_at,
        target_at: o.target_at.or(o.due_at),
        counting: o
            .counting
            .clone()
            .unwrap_or_else(|| o.legacy_counting().to_string()),
        status,
        late_by_minutes: late,
        reference: o.reference.clone(),
        action,
    }
}

/// An obligation "without undue delay": never late, but the time since its anchor is shown,
/// with the organisation's optional internal target.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UndueDelay {
    pub elapsed_minutes: i64,
    pub target_at: Option<Ts>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use breachlog_model::regulation::{Channel, NotRequired};

    use crate::testing::ts;

    fn ob(due: Option<&str>, anchor: Option<&str>, hours: Option<i64>) -> Obligation {
        Obligation {
            id: Uuid::nil(),
            incident_id: None,
            regime: Regime::Gdpr,
            rule: "art33-1".into(),
            recipient: "nl-ap".into(),
            kind: ObligationKind::Notification,
            anchor: "aware_at".into(),
            anchor_at: anchor.map(ts),
            hours,
            month_rule: false,
            days: None,
            alt: None,
            rollover: None,
            timezone: "Europe/Amsterdam".into(),
            due_at: due.map(ts),
            counting: Some("elapsed-hours".into()),
            target_at: due.map(ts),
            holiday_country: None,
            reference: "GDPR Art 33(1)".into(),
            rule_version: "t".into(),
            source_url: "https://example.test".into(),
            hours_source: "rule".into(),
            controller_id: None,
            contact_id: None,
            opened_at: ts("2026-05-01T00:00:00Z"),
            not_required: None,
        }
    }

    fn filing(at: &str, phase: Phase, late: Option<i64>) -> Filing {
        Filing {
            id: Uuid::now_v7(),
            obligation_id: Uuid::nil(),
            incident_id: None,
            at: ts(at),
            channel: Channel::Portal,
            reference: "R".into(),
            reasons_for_delay: None,
            phase,
            follows: None,
            late_by_minutes: late,
            complete: None,
            snapshot: None,
            recorded_by: "t".into(),
            recorded_at: ts(at),
            acknowledged: None,
        }
    }

    #[test]
    fn statuses_at_a_moment() {
        use ObligationStatus::*;
        let due = Some("2026-05-04T10:00:00Z");
        let o = ob(due, Some("2026-05-01T10:00:00Z"), Some(72));
        let on_time = [filing("2026-05-04T09:00:00Z", Phase::Initial, None)];
        let late = [filing("2026-05-04T12:00:00Z", Phase::Initial, Some(120))];
        type Case<'a> = (
            &'a Obligation,
            &'a [Filing],
            &'a str,
            ObligationStatus,
            Option<i64>,
        );
        let cases: Vec<Case<'_>> = vec![
            (&o, &[], "2026-05-04T09:59:00Z", Pending, None),
            (&o, &[], "2026-05-04T10:00:00Z", Pending, None),
            (&o, &[], "2026-05-04T10:30:00Z", Overdue, Some(30)),
            (&o, &on_time, "2026-05-05T00:00:00Z", Filed, None),
            (&o, &late, "2026-05-04T11:00:00Z", Overdue, Some(60)),
            (&o, &late, "2026-05-06T00:00:00Z", FiledLate, Some(120)),
        ];
        for (o, f, at, status, minutes) in cases {
            assert_eq!(super::status(o, f, ts(at)), (status, minutes), "{at}");
        }
    }

    #[test]
    fn follow_ups_do_not_change_lateness() {
        let o = ob(
            Some("2026-05-04T10:00:00Z"),
            Some("2026-05-01T10:00:00Z"),
            Some(72),
        );
        let f = [
            filing("2026-05-04T09:00:00Z", Phase::Initial, None),
            filing("2026-05-20T09:00:00Z", Phase::FollowUp, None),
            filing("2026-06-20T09:00:00Z", Phase::Final, None),
        ];
        assert_eq!(
            status(&o, &f, ts("2026-07-01T00:00:00Z")),
            (ObligationStatus::Filed, None)
        );
    }

    #[test]
    fn undue_delay_is_never_late_and_missing_anchor_awaits() {
        let undue = ob(None, Some("2026-05-01T10:00:00Z"), None);
        assert_eq!(
            status(&undue, &[], ts("2027-01-01T00:00:00Z")).0,
            ObligationStatus::Pending
        );
        let awaiting = ob(None, None, Some(72));
        assert_eq!(
            status(&awaiting, &[], ts("2027-01-01T00:00:00Z")).0,
            ObligationStatus::AwaitingAnchor
        );
        let mut dropped = ob(
            Some("2026-05-04T10:00:00Z"),
            Some("2026-05-01T10:00:00Z"),
            Some(72),
        );
        dropped.not_required = Some(NotRequired {
            decider: "dpo".into(),
            rationale: "no risk".into(),
            automatic: false,
            manual: false,
            at: ts("2026-05-02T00:00:00Z"),
        });
        assert_eq!(
            status(&dropped, &[], ts("2027-01-01T00:00:00Z")).0,
            ObligationStatus::NotRequired
        );
    }
}
