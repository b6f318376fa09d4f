//! Counting rules at the boundary minutes (docs/regulation.md "Counting rules"): a period in
//! months under Regulation (EEC, Euratom) No 1182/71 ends with the last hour of its last day and
//! moves past a Saturday, Sunday or public holiday of the Member State (Art 3(2)(c), 3(4));
//! lateness and the reasons for delay are judged against that legal limit only, never against
//! the earlier target. Hours never roll. Every expected time is worked out by hand (EU summer
//! time 2026 from 29 March 01:00Z).

use super::test_support::*;
use super::{ClassifyInput, ObligationKind, ObligationStatus, ObligationView, Regime};
use crate::register::OrgInput;

fn register(tz: &str, regimes: &str, lead: &str) -> (tempfile::TempDir, crate::Register) {
    register_in(
        tz,
        regimes,
        OrgInput {
            lead_authority: Some(lead.into()),
            ..Default::default()
        },
    )
}

/// A NIS2 incident whose notification is filed at `notified`; returns the incident and its
/// final report.
fn nis2_final(
    reg: &mut crate::Register,
    detected: &str,
    classified: &str,
    notified: &str,
) -> (uuid::Uuid, ObligationView) {
    let id = incident(reg, detected);
    reg.classify(
        id,
        &ClassifyInput {
            regime: "nis2".into(),
            at: classified.into(),
            ..Default::default()
        },
    )
    .unwrap();
    let list = obligations(reg, id, notified);
    let n = one(&list, Regime::Nis2, ObligationKind::Notification);
    file(reg, id, n.id, notified, None).unwrap();
    let fin = one(
        &obligations(reg, id, notified),
        Regime::Nis2,
        ObligationKind::Final,
    );
    (id, fin)
}

fn status_at(
    reg: &crate::Register,
    id: uuid::Uuid,
    ob: uuid::Uuid,
    at: &str,
) -> (ObligationStatus, Option<i64>) {
    let list = obligations(reg, id, at);
    let o = list.iter().find(|o| o.id == ob).unwrap();
    (o.status, o.late_by_minutes)
}

/// Notification filed Tuesday 3 March 2026 10:00 CET. One month later is Friday 3 April: Good
/// Friday, a holiday for counting terms in the Netherlands (Algemene termijnenwet Art 3(2)),
/// then the weekend and Easter Monday: the period ends with Tuesday 7 April, 23:59:59 CEST
/// (21:59:59Z). The target is 10:00 on 3 April, now summer time: 08:00Z.
#[test]
fn nis2_final_report_on_a_holiday_ends_with_the_next_working_day() {
    let (_d, mut reg) = register("Europe/Amsterdam", "nis2", "nl-ap");
    let setup = |reg: &mut crate::Register| {
        nis2_final(
            reg,
            "2026-03-02T08:00:00+01:00",
            "2026-03-02T09:00:00+01:00",
            "2026-03-03T10:00:00+01:00",
        )
    };
    let (a, fin) = setup(&mut reg);
    assert_eq!(due(&fin).as_deref(), Some("2026-04-07T21:59:59.999999Z"));
    assert_eq!(
        fin.target_at.map(|t| t.to_string()).as_deref(),
        Some("2026-04-03T08:00:00.000000Z")
    );
    assert_eq!(fin.counting, "eu-1182-71-months");
    for at in [
        "2026-04-03T07:59:00Z",
        "2026-04-03T08:01:00Z",
        "2026-04-06T12:00:00Z",
        "2026-04-07T21:59:00Z",
        "2026-04-07T21:59:59.999999Z",
    ] {
        assert_eq!(
            status_at(&reg, a, fin.id, at),
            (ObligationStatus::Pending, None),
            "{at}"
        );
    }
    assert_eq!(
        status_at(&reg, a, fin.id, "2026-04-07T22:00:00Z"),
        (ObligationStatus::Overdue, Some(1))
    );
    // Filed in the last minute of the legal limit, days after the target: on time, no reasons.
    let f = file(&mut reg, a, fin.id, "2026-04-07T23:59:00+02:00", None).unwrap();
    assert_eq!(f.late_by_minutes, None);
    assert_eq!(
        status_at(&reg, a, fin.id, "2026-04-10T00:00:00Z"),
        (ObligationStatus::Filed, None)
    );
    // The same period filed at midnight: late by a minute, reasons for the delay required.
    let (b, fin) = setup(&mut reg);
    assert_eq!(
        refused(file(&mut reg, b, fin.id, "2026-04-08T00:00:00+02:00", None)).0,
        "reasons_for_delay"
    );
    file(
        &mut reg,
        b,
        fin.id,
        "2026-04-08T00:00:00+02:00",
        Some("Portal down"),
    )
    .unwrap();
    assert_eq!(
        status_at(&reg, b, fin.id, "2026-04-10T00:00:00Z"),
        (ObligationStatus::FiledLate, Some(1))
    );
    reg.verify(None).unwrap();
}

/// 5 May is a holiday for counting terms every year (Algemene termijnenwet Art 3(1)), not only
/// in lustrum years: notification filed Sunday 5 April 2026 10:00 CEST, last day Tuesday 5 May,
/// the period ends with Wednesday 6 May 23:59:59 CEST.
#[test]
fn liberation_day_moves_the_last_day_every_year() {
    let (_d, mut reg) = register("Europe/Amsterdam", "nis2", "nl-ap");
    let (_, fin) = nis2_final(
        &mut reg,
        "2026-04-04T08:00:00+02:00",
        "2026-04-04T09:00:00+02:00",
        "2026-04-05T10:00:00+02:00",
    );
    assert_eq!(due(&fin).as_deref(), Some("2026-05-06T21:59:59.999999Z"));
    assert_eq!(
        fin.target_at.map(|t| t.to_string()).as_deref(),
        Some("2026-05-05T08:00:00.000000Z")
    );
}

/// Ireland: a period reckoned from a day includes that day (Interpretation Act 2005 s 18(h)) and
/// the Act moves no deadline off a weekend: notification filed 3 March 2026 10:00 GMT, the month
/// ends with Thursday 2 April, 23:59:59 IST (22:59:59Z); the target is 10:00 IST that day.
#[test]
fn ireland_counts_the_first_day() {
    let (_d, mut reg) = register("Europe/Dublin", "nis2", "ie-dpc");
    let (_, fin) = nis2_final(
        &mut reg,
        "2026-03-02T08:00:00Z",
        "2026-03-02T09:00:00Z",
        "2026-03-03T10:00:00Z",
    );
    assert_eq!(fin.counting, "ie-interpretation-act-2005-months");
    assert_eq!(due(&fin).as_deref(), Some("2026-04-02T22:59:59.999999Z"));
    assert_eq!(
        fin.target_at.map(|t| t.to_string()).as_deref(),
        Some("2026-04-02T09:00:00.000000Z")
    );
}

/// GDPR Art 33(1) counts 72 elapsed hours: aware Thursday 2 April 2026 10:00 CEST, due Easter
/// Sunday 5 April 10:00 CEST (08:00Z) — no roll-over past the weekend or the Dutch holidays;
/// the target is the legal limit itself.
#[test]
fn gdpr_72_hours_never_roll_over_a_holiday() {
    let (_d, mut reg) = register("Europe/Amsterdam", "gdpr", "nl-ap");
    let id = incident(&mut reg, "2026-04-02T09:00:00+02:00");
    reg.assess(
        id,
        &crate::register::AssessmentInput {
            personal_data: Some("yes".into()),
            aware_at: Some("2026-04-02T10:00:00+02:00".into()),
            role: Some("controller".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let n = one(
        &obligations(&reg, id, "2026-04-03T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    assert_eq!(due(&n).as_deref(), Some("2026-04-05T08:00:00.000000Z"));
    assert_eq!(n.target_at, n.due_at);
    assert_eq!(n.counting, "elapsed-hours");
    assert_eq!(
        status_at(&reg, id, n.id, "2026-04-05T08:00:00Z"),
        (ObligationStatus::Pending, None)
    );
    assert_eq!(
        status_at(&reg, id, n.id, "2026-04-05T08:00:00.000001Z"),
        (ObligationStatus::Overdue, Some(1))
    );
}
