//! Scenarios of the Cyber Resilience Act (Regulation (EU) 2024/2847 Art 14), UK PECR reg 5A,
//! the ePrivacy subscriber notification (Regulation (EU) No 611/2013 Art 3) and DORA's updated
//! intermediate report and delay notice (Delegated Regulation (EU) 2025/301 Art 5(1)(b), 5(3)).
//! Every expected time was worked out by hand from the text (see the comments), never taken from
//! the code's output.

use uuid::Uuid;

use super::test_support::{
    due, file, head, incident, obligations as list, refused as reason, register_in,
    required as open,
};
use super::{ClassifyInput, ObligationKind, ObligationStatus, Regime, RequestInput};
use crate::register::{AssessmentInput, IncidentInput, OrgInput};
use crate::{Error, Reason, Register};

fn cra(reg: &mut Register, id: Uuid, kind: Option<&str>, at: &str) -> Result<(), Error> {
    reg.classify(
        id,
        &ClassifyInput {
            regime: "cra".into(),
            at: at.into(),
            cra_kind: kind.map(String::from),
            ..Default::default()
        },
    )
    .map(|_| ())
}

/// Status and minutes late of one obligation at `as_of`.
fn state(reg: &Register, id: Uuid, ob: Uuid, as_of: &str) -> (ObligationStatus, Option<i64>) {
    let o = list(reg, id, as_of)
        .into_iter()
        .find(|o| o.id == ob)
        .unwrap();
    (o.status, o.late_by_minutes)
}

/// CRA Art 14(2): an actively exploited vulnerability. The organisation (Amsterdam) became aware
/// on Saturday 24 Oct 2026 09:15 CEST (07:15Z); summer time ends the next night (03:00 CEST →
/// 02:00 CET). Hours are elapsed hours: early warning 24 h → 2026-10-25 07:15Z (08:15 CET),
/// notification 72 h → 2026-10-27 07:15Z. The final report waits for the corrective measure.
fn register(tz: &str, regimes: &str) -> (tempfile::TempDir, Register) {
    register_in(tz, regimes, OrgInput::default())
}

#[test]
fn cra_exploited_vulnerability_early_warning_notification_and_final_report() {
    let (_d, mut reg) = register("Europe/Amsterdam", "cra");
    let id = incident(&mut reg, "2026-10-24T09:00:00+02:00");
    cra(
        &mut reg,
        id,
        Some("exploited-vulnerability"),
        "2026-10-24T09:15:00+02:00",
    )
    .unwrap();
    assert_eq!(
        reg.incident(id).unwrap().cra_kind,
        Some(super::CraKind::ExploitedVulnerability)
    );
    let now = list(&reg, id, "2026-10-24T08:00:00Z");
    assert_eq!(now.len(), 3);
    let warning = open(&now, Regime::Cra, ObligationKind::EarlyWarning);
    assert_eq!(
        (
            due(&warning).as_deref(),
            warning.recipient.as_str(),
            warning.reference.as_str()
        ),
        (
            Some("2026-10-25T07:15:00.000000Z"),
            "csirt-coordinator",
            "Regulation (EU) 2024/2847 Art 14(2)(a)"
        )
    );
    let notification = open(&now, Regime::Cra, ObligationKind::Notification);
    assert_eq!(
        due(&notification).as_deref(),
        Some("2026-10-27T07:15:00.000000Z")
    );
    let fin = open(&now, Regime::Cra, ObligationKind::Final);
    assert_eq!(
        (fin.status, fin.due_at),
        (ObligationStatus::AwaitingAnchor, None)
    );

    // The early warning's limit minute, across the DST change.
    assert_eq!(
        state(&reg, id, warning.id, "2026-10-25T07:14:00Z"),
        (ObligationStatus::Pending, None)
    );
    assert_eq!(
        state(&reg, id, warning.id, "2026-10-25T07:15:00Z"),
        (ObligationStatus::Pending, None)
    );
    assert_eq!(
        state(&reg, id, warning.id, "2026-10-25T07:16:00Z"),
        (ObligationStatus::Overdue, Some(1))
    );
    // Filed at the limit: on time. The notification one minute after its limit needs reasons.
    let f = file(&mut reg, id, warning.id, "2026-10-25T07:15:00Z", None).unwrap();
    assert_eq!(f.late_by_minutes, None);
    assert_eq!(
        reason(file(
            &mut reg,
            id,
            notification.id,
            "2026-10-27T07:16:00Z",
            None
        )),
        (
            "reasons_for_delay",
            Reason::ReasonsForDelayRequired { minutes: 1 }
        )
    );
    let f = file(
        &mut reg,
        id,
        notification.id,
        "2026-10-27T07:16:00Z",
        Some("platform down"),
    )
    .unwrap();
    assert_eq!(f.late_by_minutes, Some(1));

    // A corrective measure available Tuesday 20 Oct 2026 10:00 CEST (08:00Z), before the end of
    // summer time: 14 calendar days later is Tuesday 3 Nov 10:00 CET = 09:00Z (337 elapsed hours;
    // Regulation 1182/71 Art 3(2)(b) would end the period only at the end of that day).
    reg.update_incident(
        id,
        &IncidentInput {
            corrective_measure_at: Some("2026-10-20T10:00:00+02:00".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let fin = open(
        &list(&reg, id, "2026-11-01T00:00:00Z"),
        Regime::Cra,
        ObligationKind::Final,
    );
    // 14 days (CRA Art 14(2)(c)) under 1182/71 Art 3(2)(b): the whole of 3 November (a Tuesday); the target is the clock time of the start on that day.
    assert_eq!(due(&fin).as_deref(), Some("2026-11-03T22:59:59.999999Z"));
    assert_eq!(
        fin.target_at.map(|t| t.to_string()).as_deref(),
        Some("2026-11-03T09:00:00.000000Z")
    );
    assert_eq!(fin.counting, "eu-1182-71-days");
    for at in [
        "2026-11-03T09:01:00Z",
        "2026-11-03T22:59:00Z",
        "2026-11-03T22:59:59.999999Z",
    ] {
        assert_eq!(
            state(&reg, id, fin.id, at),
            (ObligationStatus::Pending, None),
            "{at}: past the target, not the legal limit"
        );
    }
    assert_eq!(
        state(&reg, id, fin.id, "2026-11-03T23:00:00Z"),
        (ObligationStatus::Overdue, Some(1))
    );
    // Clearing the time puts the final report back to awaiting its start.
    reg.update_incident(
        id,
        &IncidentInput {
            corrective_measure_at: Some(String::new()),
            ..Default::default()
        },
    )
    .unwrap();
    let fin = open(
        &list(&reg, id, "2026-11-01T00:00:00Z"),
        Regime::Cra,
        ObligationKind::Final,
    );
    assert_eq!(fin.status, ObligationStatus::AwaitingAnchor);
    reg.verify(None).unwrap();
}

/// CRA Art 14(4): a severe incident. Aware Thursday 29 Oct 2026 09:00 CET (08:00Z): early warning
/// 30 Oct 08:00Z, notification 1 Nov 08:00Z. Notification filed 31 Oct 10:00 CET (09:00Z): the
/// final report is due within one month after it, 30 Nov 10:00 CET = 09:00Z (31 Nov does not
/// exist: the month's last day).
#[test]
fn cra_severe_incident_final_report_one_month_after_the_notification() {
    let (_d, mut reg) = register("Europe/Amsterdam", "cra");
    let id = incident(&mut reg, "2026-10-29T08:30:00+01:00");
    cra(
        &mut reg,
        id,
        Some("severe-incident"),
        "2026-10-29T09:00:00+01:00",
    )
    .unwrap();
    let now = list(&reg, id, "2026-10-29T09:00:00Z");
    let warning = open(&now, Regime::Cra, ObligationKind::EarlyWarning);
    assert_eq!(
        (due(&warning).as_deref(), warning.reference.as_str()),
        (
            Some("2026-10-30T08:00:00.000000Z"),
            "Regulation (EU) 2024/2847 Art 14(4)(a)"
        )
    );
    let notification = open(&now, Regime::Cra, ObligationKind::Notification);
    assert_eq!(
        due(&notification).as_deref(),
        Some("2026-11-01T08:00:00.000000Z")
    );
    assert_eq!(
        open(&now, Regime::Cra, ObligationKind::Final).status,
        ObligationStatus::AwaitingAnchor
    );
    file(
        &mut reg,
        id,
        notification.id,
        "2026-10-31T10:00:00+01:00",
        None,
    )
    .unwrap();
    let fin = open(
        &list(&reg, id, "2026-11-01T00:00:00Z"),
        Regime::Cra,
        ObligationKind::Final,
    );
    // one month (CRA Art 14(4)(c)) under 1182/71 Art 3(2)(c): the whole of 30 November (a Monday); the target is the clock time of the start on that day.
    assert_eq!(due(&fin).as_deref(), Some("2026-11-30T22:59:59.999999Z"));
    assert_eq!(
        fin.target_at.map(|t| t.to_string()).as_deref(),
        Some("2026-11-30T09:00:00.000000Z")
    );
    assert_eq!(fin.counting, "eu-1182-71-months");
    for at in [
        "2026-11-30T09:01:00Z",
        "2026-11-30T22:59:00Z",
        "2026-11-30T22:59:59.999999Z",
    ] {
        assert_eq!(
            state(&reg, id, fin.id, at),
            (ObligationStatus::Pending, None),
            "{at}: past the target, not the legal limit"
        );
    }
    assert_eq!(
        state(&reg, id, fin.id, "2026-11-30T23:00:00Z"),
        (ObligationStatus::Overdue, Some(1))
    );
    reg.verify(None).unwrap();
}

#[test]
fn cra_classification_needs_its_kind_and_the_regime() {
    let (_d, mut reg) = register("Europe/Amsterdam", "cra,nis2");
    let id = incident(&mut reg, "2026-10-24T09:00:00+02:00");
    assert_eq!(
        reason(cra(&mut reg, id, None, "2026-10-24T09:15:00+02:00")),
        (
            "cra_kind",
            Reason::RequiredWith {
                other: "regime cra"
            }
        )
    );
    assert_eq!(
        reason(cra(
            &mut reg,
            id,
            Some("zero-day"),
            "2026-10-24T09:15:00+02:00"
        ))
        .0,
        "cra_kind"
    );
    assert_eq!(
        reason(reg.classify(
            id,
            &ClassifyInput {
                regime: "nis2".into(),
                at: "2026-10-24T09:15:00+02:00".into(),
                cra_kind: Some("severe-incident".into()),
                ..Default::default()
            },
        )),
        ("cra_kind", Reason::CraOnly)
    );
    // Nothing was written by the refusals.
    assert!(list(&reg, id, "2026-10-24T10:00:00Z").is_empty());
    assert_eq!(reg.incident(id).unwrap().cra_kind, None);

    // Reclassified as a severe incident: the vulnerability's reports are no longer derived.
    cra(
        &mut reg,
        id,
        Some("exploited-vulnerability"),
        "2026-10-24T09:15:00+02:00",
    )
    .unwrap();
    cra(
        &mut reg,
        id,
        Some("severe-incident"),
        "2026-10-24T09:15:00+02:00",
    )
    .unwrap();
    let all = list(&reg, id, "2026-10-24T10:00:00Z");
    let not_required = all
        .iter()
        .filter(|o| o.status == ObligationStatus::NotRequired)
        .count();
    assert_eq!((all.len(), not_required), (6, 3));
    // A second classification without a kind keeps the recorded one.
    cra(&mut reg, id, None, "2026-10-24T09:20:00+02:00").unwrap();
    let warning = open(
        &list(&reg, id, "2026-10-24T10:00:00Z"),
        Regime::Cra,
        ObligationKind::EarlyWarning,
    );
    assert_eq!(
        (due(&warning).as_deref(), warning.reference.as_str()),
        (
            Some("2026-10-25T07:20:00.000000Z"),
            "Regulation (EU) 2024/2847 Art 14(4)(a)"
        )
    );

    let (_d2, mut other) = register("Europe/Amsterdam", "nis2");
    let id = incident(&mut other, "2026-10-24T09:00:00+02:00");
    assert_eq!(
        reason(cra(
            &mut other,
            id,
            Some("severe-incident"),
            "2026-10-24T09:15:00+02:00"
        )),
        ("regime", Reason::RegimeNotEnabled)
    );
    reg.verify(None).unwrap();
}

fn breach(aware: &str, risk: Option<&str>) -> AssessmentInput {
    AssessmentInput {
        personal_data: Some("yes".into()),
        aware_at: Some(aware.into()),
        role: Some("controller".into()),
        risk: risk.map(String::from),
        risk_reasoning: risk.map(|r| format!("assessed as {r}")),
        ..Default::default()
    }
}

/// PECR reg 5A(2) as amended by the Data (Use and Access) Act 2025: the ICO within 72 hours of
/// becoming aware, where feasible. Aware Saturday 24 Oct 2026 10:17 BST (09:17Z); British summer
/// time ends on the 25th: 72 elapsed hours → Tuesday 27 Oct 09:17Z (09:17 GMT).
#[test]
fn uk_pecr_ico_within_72_hours_and_the_subscribers() {
    let (_d, mut reg) = register("Europe/London", "uk-pecr");
    let id = incident(&mut reg, "2026-10-24T10:00:00+01:00");
    reg.assess(id, &breach("2026-10-24T10:17:00+01:00", None))
        .unwrap();
    let now = list(&reg, id, "2026-10-24T12:00:00Z");
    assert_eq!(
        now.len(),
        1,
        "no subscriber notification before the risk is assessed"
    );
    let ico = open(&now, Regime::UkPecr, ObligationKind::Notification);
    assert_eq!(
        (due(&ico).as_deref(), ico.recipient.as_str()),
        (Some("2026-10-27T09:17:00.000000Z"), "uk-ico")
    );
    assert_eq!(
        state(&reg, id, ico.id, "2026-10-27T09:17:00Z"),
        (ObligationStatus::Pending, None)
    );
    assert_eq!(
        state(&reg, id, ico.id, "2026-10-27T09:18:00Z"),
        (ObligationStatus::Overdue, Some(1))
    );
    // reg 5A(3A): later than 72 hours, the notification gives the reasons for the delay.
    assert_eq!(
        reason(file(&mut reg, id, ico.id, "2026-10-27T09:18:00Z", None)),
        (
            "reasons_for_delay",
            Reason::ReasonsForDelayRequired { minutes: 1 }
        )
    );
    // reg 5A(3): likely to adversely affect the subscriber: without undue delay, never late.
    reg.assess(id, &breach("2026-10-24T10:17:00+01:00", Some("risk")))
        .unwrap();
    let subs = open(
        &list(&reg, id, "2027-01-01T00:00:00Z"),
        Regime::UkPecr,
        ObligationKind::SubjectCommunication,
    );
    assert_eq!(
        (
            subs.recipient.as_str(),
            subs.due_at,
            subs.status,
            subs.late_by_minutes
        ),
        ("subscribers", None, ObligationStatus::Pending, None)
    );
    reg.verify(None).unwrap();
}

/// Regulation (EU) No 611/2013 Art 3: the subscriber or individual is notified without undue
/// delay when the breach is likely to adversely affect them; not when no risk was found.
#[test]
fn eprivacy_subscriber_notification_without_undue_delay() {
    let (_d, mut reg) = register("Europe/Amsterdam", "eprivacy");
    let id = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(id, &breach("2026-05-04T10:00:00Z", Some("none")))
        .unwrap();
    let now = list(&reg, id, "2026-05-04T12:00:00Z");
    assert!(now
        .iter()
        .all(|o| o.kind != ObligationKind::SubjectCommunication));
    reg.assess(id, &breach("2026-05-04T10:00:00Z", Some("high")))
        .unwrap();
    // A year later it is still pending, never "overdue".
    let subs = open(
        &list(&reg, id, "2027-05-04T12:00:00Z"),
        Regime::Eprivacy,
        ObligationKind::SubjectCommunication,
    );
    assert_eq!(
        (subs.recipient.as_str(), subs.due_at, subs.status, subs.reference.as_str()),
        (
            "subscribers",
            None,
            ObligationStatus::Pending,
            "Regulation (EU) No 611/2013 Art 3(1)-(3); Directive 2002/58/EC Art 4(3) second subparagraph"
        )
    );
    // Back to no risk: no longer derived.
    reg.assess(id, &breach("2026-05-04T10:00:00Z", Some("none")))
        .unwrap();
    let subs = list(&reg, id, "2026-05-05T00:00:00Z")
        .into_iter()
        .find(|o| o.kind == ObligationKind::SubjectCommunication)
        .unwrap();
    assert_eq!(subs.status, ObligationStatus::NotRequired);
    reg.verify(None).unwrap();
}

/// Delegated Regulation (EU) 2025/301 Art 5(1)(b)-(c): once regular activities are recovered an
/// updated intermediate report is owed without undue delay, and the final report is due one
/// month after the latest (updated) intermediate report. Art 5(3): the authority is told before a
/// limit that cannot be met, shown as an action once the limit is at risk.
#[test]
fn dora_updated_intermediate_report_and_the_delay_notice() {
    let (_d, mut reg) = register("Europe/Amsterdam", "dora");
    // Detected Monday 2026-09-07 06:00Z, classified major 19:00Z: the initial notification is due
    // at the earlier of 19:00Z + 4 h and 06:00Z + 24 h = 23:00Z.
    let id = incident(&mut reg, "2026-09-07T08:00:00+02:00");
    reg.classify(
        id,
        &ClassifyInput {
            regime: "dora".into(),
            at: "2026-09-07T21:00:00+02:00".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let action = |reg: &Register, as_of: &str| {
        open(&list(reg, id, as_of), Regime::Dora, ObligationKind::Initial).action
    };
    // The period runs from 19:00Z to 23:00Z; at risk in its last quarter (the last hour).
    assert_eq!(action(&reg, "2026-09-07T21:59:00Z"), None);
    assert_eq!(
        action(&reg, "2026-09-07T22:00:00Z").as_deref(),
        Some("inform-delay")
    );
    assert_eq!(
        action(&reg, "2026-09-07T23:30:00Z").as_deref(),
        Some("inform-delay")
    );
    let initial = open(
        &list(&reg, id, "2026-09-07T20:00:00Z"),
        Regime::Dora,
        ObligationKind::Initial,
    );
    file(&mut reg, id, initial.id, "2026-09-07T22:30:00Z", None).unwrap();
    assert_eq!(action(&reg, "2026-09-07T22:45:00Z"), None);
    let inter = open(
        &list(&reg, id, "2026-09-08T00:00:00Z"),
        Regime::Dora,
        ObligationKind::Intermediate,
    );
    file(&mut reg, id, inter.id, "2026-09-10T10:00:00Z", None).unwrap();
    assert!(list(&reg, id, "2026-09-11T00:00:00Z")
        .iter()
        .all(|o| o.kind != ObligationKind::UpdatedIntermediate));
    // Final: one month after Thursday 10 Sep 12:00 CEST → Saturday 10 Oct 12:00 CEST = 10:00Z (no
    // roll-over country set).
    let fin = open(
        &list(&reg, id, "2026-09-11T00:00:00Z"),
        Regime::Dora,
        ObligationKind::Final,
    );
    assert_eq!(due(&fin).as_deref(), Some("2026-10-10T10:00:00.000000Z"));

    // Regular activities recovered on 14 Sep 09:00 CEST: the updated intermediate report is owed
    // without undue delay (no due time, never late).
    reg.update_incident(
        id,
        &IncidentInput {
            recovered_at: Some("2026-09-14T09:00:00+02:00".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let updated = open(
        &list(&reg, id, "2026-12-01T00:00:00Z"),
        Regime::Dora,
        ObligationKind::UpdatedIntermediate,
    );
    assert_eq!(
        (updated.due_at, updated.status, updated.recipient.as_str()),
        (None, ObligationStatus::Pending, "financial-supervisor")
    );
    assert_eq!(updated.action, None);
    // Filed 15 Sep 12:00 CEST (10:00Z): the final report moves to Thursday 15 Oct 10:00Z.
    file(&mut reg, id, updated.id, "2026-09-15T10:00:00Z", None).unwrap();
    let fin = open(
        &list(&reg, id, "2026-09-16T00:00:00Z"),
        Regime::Dora,
        ObligationKind::Final,
    );
    assert_eq!(due(&fin).as_deref(), Some("2026-10-15T10:00:00.000000Z"));
    // A month's last quarter: from 15 Sep 10:00Z to 15 Oct 10:00Z is 30 days; at risk from
    // 7 days 12 hours before, 7 Oct 22:00Z.
    let fin_action = |reg: &Register, as_of: &str| {
        open(&list(reg, id, as_of), Regime::Dora, ObligationKind::Final).action
    };
    assert_eq!(fin_action(&reg, "2026-10-07T21:59:00Z"), None);
    assert_eq!(
        fin_action(&reg, "2026-10-07T22:00:00Z").as_deref(),
        Some("inform-delay")
    );
    // Recovery before detection is refused, naming the field, and nothing is written.
    assert_eq!(
        reason(reg.update_incident(
            id,
            &IncidentInput {
                recovered_at: Some("2026-09-01T00:00:00Z".into()),
                ..Default::default()
            },
        )),
        ("recovered_at", Reason::BeforeDetected)
    );
    reg.verify(None).unwrap();
}

/// CRA Art 14(6): "Where necessary, the CSIRT designated as coordinator initially receiving the
/// notification may request manufacturers to provide an intermediate report on relevant status
/// updates". The Regulation sets no period, so the report is due only when the request sets a
/// time, and is never late otherwise. Refused requests name their field and write nothing.
#[test]
fn cra_intermediate_report_on_request_of_the_csirt_coordinator() {
    let (_d, mut reg) = register("Europe/Amsterdam", "gdpr,cra");
    let id = incident(&mut reg, "2026-10-24T09:00:00+02:00");
    let unclassified = incident(&mut reg, "2026-10-24T09:00:00+02:00");
    cra(
        &mut reg,
        id,
        Some("severe-incident"),
        "2026-10-24T09:15:00+02:00",
    )
    .unwrap();
    let req = |at: &str, due: Option<&str>| RequestInput {
        regime: "cra".into(),
        kind: "intermediate".into(),
        at: at.into(),
        due_at: due.map(String::from),
    };
    // Saturday 24 Oct 2026 20:00 CEST (18:00Z); due Monday 26 Oct 09:00 CET (08:00Z), summer
    // time having ended in between: the time the request set, whatever the clocks did.
    let ok = req(
        "2026-10-24T20:00:00+02:00",
        Some("2026-10-26T09:00:00+01:00"),
    );
    let before = head(&reg);
    let cases: [(&str, Uuid, RequestInput, &str, Reason); 4] = [
        (
            "not classified under the CRA",
            unclassified,
            ok.clone(),
            "regime",
            Reason::NotClassified,
        ),
        (
            "due before the request",
            id,
            req("2026-10-24T20:00:00+02:00", Some("2026-10-24T17:59:00Z")),
            "due_at",
            Reason::InvalidRange,
        ),
        (
            "due not a time",
            id,
            req("2026-10-24T20:00:00+02:00", Some("Monday")),
            "due_at",
            Reason::NotATimestamp,
        ),
        (
            "request before detection",
            id,
            req("2026-10-24T06:59:00Z", None),
            "at",
            Reason::BeforeDetected,
        ),
    ];
    for (what, incident, input, field, want) in cases {
        assert_eq!(
            reason(reg.request_report(incident, &input)),
            (field, want),
            "{what}"
        );
    }
    // The CRA asks for no other report on request.
    let final_kind = RequestInput {
        kind: "final".into(),
        ..ok.clone()
    };
    assert_eq!(reason(reg.request_report(id, &final_kind)).0, "kind");
    assert_eq!(head(&reg), before, "refused requests write nothing");

    let ob = reg.request_report(id, &ok).unwrap();
    assert_eq!(
        (
            ob.regime,
            ob.kind,
            ob.recipient.as_str(),
            ob.reference.as_str(),
            ob.anchor.as_str()
        ),
        (
            Regime::Cra,
            ObligationKind::Intermediate,
            "csirt-coordinator",
            "Regulation (EU) 2024/2847 Art 14(6)",
            "requested_at"
        )
    );
    assert_eq!(
        ob.source_url,
        "https://eur-lex.europa.eu/eli/reg/2024/2847/oj"
    );
    let v = open(
        &list(&reg, id, "2026-10-26T07:59:00Z"),
        Regime::Cra,
        ObligationKind::Intermediate,
    );
    assert_eq!(due(&v).as_deref(), Some("2026-10-26T08:00:00.000000Z"));
    assert_eq!(v.counting, "set-by-request");
    for (at, want) in [
        ("2026-10-26T07:59:00Z", (ObligationStatus::Pending, None)),
        ("2026-10-26T08:00:00Z", (ObligationStatus::Pending, None)),
        ("2026-10-26T08:01:00Z", (ObligationStatus::Overdue, Some(1))),
    ] {
        assert_eq!(state(&reg, id, ob.id, at), want, "{at}");
    }
    // Filed at the time the request set: on time.
    let f = file(&mut reg, id, ob.id, "2026-10-26T08:00:00Z", None).unwrap();
    assert_eq!(f.late_by_minutes, None);

    // A second request that sets no time: no due time, never late, however long it takes.
    let open_ended = reg
        .request_report(id, &req("2026-11-02T10:00:00+01:00", None))
        .unwrap();
    let v = list(&reg, id, "2027-03-01T00:00:00Z")
        .into_iter()
        .find(|o| o.id == open_ended.id)
        .unwrap();
    assert_eq!(
        (v.due_at, v.status, v.late_by_minutes),
        (None, ObligationStatus::Pending, None)
    );
    // Filed four weeks after the request, without reasons for a delay: none is owed.
    let f = file(&mut reg, id, open_ended.id, "2026-11-30T10:00:00Z", None).unwrap();
    assert_eq!(f.late_by_minutes, None);
    // Re-deriving (the incident's regimes change) neither moves nor drops a requested report.
    reg.set_incident_regimes(id, Some(&["cra".to_string()][..]))
        .unwrap();
    let after = list(&reg, id, "2027-03-01T00:00:00Z");
    assert!(after.iter().any(|o| o.id == ob.id) && after.iter().any(|o| o.id == open_ended.id));
    reg.verify(None).unwrap();
}
