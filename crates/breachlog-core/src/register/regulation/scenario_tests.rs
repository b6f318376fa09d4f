//! Register-level scenarios of the regulation engine. Every expected time below was worked out
//! by hand from the rules (see the comments), never taken from the code's output.

use tempfile::TempDir;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::{ClassifyInput, FilingInput, ObligationKind, ObligationStatus, ObligationView, Regime};
use crate::register::{AssessmentInput, IncidentInput, OrgInput};
use crate::{Error, Reason, Register};

use super::test_support::{
    due, file, incident, obligations, one, refused as reason, register_in, ts,
};

fn register(tz: &str, regimes: &str, lead: &str) -> (TempDir, Register) {
    let more = OrgInput {
        lead_authority: Some(lead.into()),
        ..Default::default()
    };
    register_in(tz, regimes, more)
}

fn breach(aware: &str, role: &str) -> AssessmentInput {
    AssessmentInput {
        personal_data: Some("yes".into()),
        aware_at: Some(aware.into()),
        role: Some(role.into()),
        ..Default::default()
    }
}

fn follow_up(
    reg: &mut Register,
    id: Uuid,
    ob: Uuid,
    at: &str,
    follows: Uuid,
    phase: &str,
) -> super::Filing {
    reg.record_filing(
        Some(id),
        &FilingInput {
            obligation: ob.to_string(),
            at: at.into(),
            channel: "email".into(),
            reference: "REF-2".into(),
            phase: Some(phase.into()),
            follows: Some(follows.to_string()),
            complete: super::test_support::dora_without_content(reg, ob),
            ..Default::default()
        },
    )
    .unwrap()
}

#[test]
fn gdpr_art33_72_hours_across_spring_dst_to_lead_authority() {
    let (_d, mut reg) = register("Europe/Amsterdam", "gdpr", "nl-ap");
    let id = incident(&mut reg, "2026-03-27T09:00:00+01:00");
    reg.assess(id, &breach("2026-03-27T10:00:00+01:00", "controller"))
        .unwrap();
    // 2026-03-27 09:00Z + 72 h = 2026-03-30 09:00Z (11:00 CEST after the 29 March switch).
    let list = obligations(&reg, id, "2026-03-30T08:59:00Z");
    assert_eq!(
        list.len(),
        1,
        "risk not assessed yet: still pending with its due time, no Art 34"
    );
    let o = one(&list, Regime::Gdpr, ObligationKind::Notification);
    assert_eq!(
        (o.recipient.as_str(), due(&o).as_deref()),
        ("nl-ap", Some("2026-03-30T09:00:00.000000Z"))
    );
    assert_eq!(
        (o.status, o.late_by_minutes),
        (ObligationStatus::Pending, None)
    );
    assert_eq!(o.reference, "GDPR Art 33(1)");
    let o = one(
        &obligations(&reg, id, "2026-03-30T09:01:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    assert_eq!(
        (o.status, o.late_by_minutes),
        (ObligationStatus::Overdue, Some(1))
    );
    reg.verify(None).unwrap();
}

#[test]
fn listed_authorities_each_get_a_notification() {
    let (_d, mut reg) = register("Europe/Brussels", "gdpr", "be-apd");
    let id = incident(&mut reg, "2026-05-04T08:00:00Z");
    let mut a = breach("2026-05-04T10:00:00Z", "joint");
    a.authorities = Some(vec!["be-apd".into(), "nl-ap".into(), "fr-cnil".into()]);
    reg.assess(id, &a).unwrap();
    let mut recipients: Vec<String> = obligations(&reg, id, "2026-05-05T00:00:00Z")
        .into_iter()
        .map(|o| o.recipient)
        .collect();
    recipients.sort();
    assert_eq!(recipients, ["be-apd", "fr-cnil", "nl-ap"]);
    let mut bad = breach("2026-05-04T10:00:00Z", "controller");
    bad.authorities = Some(vec!["xx-nobody".into()]);
    assert_eq!(
        reason(reg.assess(id, &bad)),
        ("authorities", Reason::UnknownAuthority)
    );
}

#[test]
fn no_notify_decision_art34_and_its_exemptions() {
    let (_d, mut reg) = register("Europe/Amsterdam", "gdpr", "nl-ap");
    let id = incident(&mut reg, "2026-05-04T08:00:00Z");
    let mut a = breach("2026-05-04T10:00:00Z", "controller");
    a.risk = Some("none".into());
    a.risk_reasoning = Some("Encrypted backup tape, key not affected".into());
    a.decision = Some("no-notify".into());
    a.decision_rationale = Some("Unlikely to result in a risk".into());
    reg.assess(id, &a).unwrap();
    let o = one(
        &obligations(&reg, id, "2026-06-01T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    assert_eq!(o.status, ObligationStatus::NotRequired);
    let kept = reg.obligation(o.id).unwrap().not_required.unwrap();
    assert_eq!(
        (
            kept.decider.as_str(),
            kept.rationale.as_str(),
            kept.automatic
        ),
        ("dpo", "Unlikely to result in a risk", false)
    );

    // No-notify while there is a risk is refused, nothing written.
    let before = reg.head().unwrap().0;
    let high = AssessmentInput {
        risk: Some("high".into()),
        risk_reasoning: Some("Health data".into()),
        ..Default::default()
    };
    assert_eq!(
        reason(reg.assess(id, &high)),
        ("decision", Reason::NotifyRequired)
    );
    assert_eq!(reg.head().unwrap().0, before);

    // High risk with a notify decision: Art 33 reinstated, Art 34 communication without hours.
    let high = AssessmentInput {
        decision: Some("notify".into()),
        decision_rationale: Some("High risk".into()),
        ..high
    };
    reg.assess(id, &high).unwrap();
    let list = obligations(&reg, id, "2027-01-01T00:00:00Z");
    assert_eq!(
        one(&list, Regime::Gdpr, ObligationKind::Notification).status,
        ObligationStatus::Overdue
    );
    let art34 = one(&list, Regime::Gdpr, ObligationKind::SubjectCommunication);
    assert_eq!(
        (art34.recipient.as_str(), art34.due_at, art34.status),
        ("data-subjects", None, ObligationStatus::Pending)
    );

    // An exemption needs its justification; (a) makes the communication not required.
    let ex = AssessmentInput {
        art34_exemption: Some("a".into()),
        ..Default::default()
    };
    assert_eq!(
        reason(reg.assess(id, &ex)),
        (
            "art34_justification",
            Reason::RequiredWith {
                other: "art34_exemption"
            }
        )
    );
    let ex = AssessmentInput {
        art34_justification: Some("AES-256, key safe".into()),
        ..ex
    };
    reg.assess(id, &ex).unwrap();
    let art34 = one(
        &obligations(&reg, id, "2027-01-01T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::SubjectCommunication,
    );
    assert_eq!(art34.status, ObligationStatus::NotRequired);

    // (c) disproportionate effort: a public communication replaces the individual one.
    let ex = AssessmentInput {
        art34_exemption: Some("c".into()),
        art34_justification: Some("No contact data".into()),
        ..Default::default()
    };
    reg.assess(id, &ex).unwrap();
    let list = obligations(&reg, id, "2027-01-01T00:00:00Z");
    let comms: Vec<_> = list
        .iter()
        .filter(|o| o.kind == ObligationKind::SubjectCommunication)
        .collect();
    assert_eq!(comms.len(), 2);
    assert!(comms
        .iter()
        .any(|o| o.recipient == "public" && o.status == ObligationStatus::Pending));
    assert!(comms
        .iter()
        .any(|o| o.recipient == "data-subjects" && o.status == ObligationStatus::NotRequired));
    reg.verify(None).unwrap();
}

#[test]
fn processor_notifies_each_controller_on_its_contract_terms() {
    let (_d, mut reg) = register("UTC", "gdpr", "nl-ap");
    let acme = reg
        .add_controller("Acme", Some(24), Some("dpo@acme.test"))
        .unwrap();
    reg.add_controller("Globex", Some(36), None).unwrap();
    reg.add_controller("Initech", None, None).unwrap();
    assert_eq!(
        reason(reg.add_controller("acme", None, None)),
        ("name", Reason::Duplicate)
    );
    let id = incident(&mut reg, "2026-02-02T08:00:00Z");
    let mut a = breach("2026-02-02T09:00:00Z", "processor");
    a.controllers = Some(vec![acme.id.to_string(), "globex".into(), "Initech".into()]);
    reg.assess(id, &a).unwrap();
    let list = obligations(&reg, id, "2026-06-01T00:00:00Z");
    assert_eq!(
        list.len(),
        3,
        "controller notices only, no authority obligation of our own"
    );
    let by_hours: Vec<(Option<String>, ObligationStatus)> = list
        .iter()
        .map(|o| (o.due_at.map(|t| t.to_string()), o.status))
        .collect();
    // aware 09:00Z + 24 h, + 36 h, and no contractual hours (without undue delay, never late).
    assert_eq!(
        by_hours,
        [
            (
                Some("2026-02-03T09:00:00.000000Z".into()),
                ObligationStatus::Overdue
            ),
            (
                Some("2026-02-03T21:00:00.000000Z".into()),
                ObligationStatus::Overdue
            ),
            (None, ObligationStatus::Pending),
        ]
    );
    assert!(list
        .iter()
        .all(|o| o.kind == ObligationKind::ControllerNotice
            && o.recipient.starts_with("controller:")));
    let mut unknown = breach("2026-02-02T09:00:00Z", "processor");
    unknown.controllers = Some(vec!["Umbrella".into()]);
    assert_eq!(reason(reg.assess(id, &unknown)).0, "controllers");
}

#[test]
fn late_filing_needs_reasons_and_lateness_is_frozen() {
    let (_d, mut reg) = register("UTC", "gdpr", "ie-dpc");
    let id = incident(&mut reg, "2026-04-01T08:00:00Z");
    reg.assess(id, &breach("2026-04-01T10:00:00Z", "controller"))
        .unwrap();
    let ob = one(
        &obligations(&reg, id, "2026-04-02T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    )
    .id;
    // Due 2026-04-04 10:00Z; filed 12:15Z = 135 minutes late.
    let before = reg.head().unwrap().0;
    assert_eq!(
        reason(file(&mut reg, id, ob, "2026-04-04T12:15:00Z", None)),
        (
            "reasons_for_delay",
            Reason::ReasonsForDelayRequired { minutes: 135 }
        )
    );
    assert_eq!(
        reason(file(&mut reg, id, ob, "2099-01-01T00:00:00Z", None)),
        ("at", Reason::InFuture)
    );
    assert_eq!(reg.head().unwrap().0, before, "refusals write nothing");
    let first = file(
        &mut reg,
        id,
        ob,
        "2026-04-04T12:15:00Z",
        Some("Forensics report arrived late"),
    )
    .unwrap();
    assert_eq!(first.late_by_minutes, Some(135));
    assert_eq!(
        reason(file(&mut reg, id, ob, "2026-04-05T12:15:00Z", None)),
        ("phase", Reason::AlreadyFiled)
    );
    follow_up(
        &mut reg,
        id,
        ob,
        "2026-04-20T09:00:00Z",
        first.id,
        "follow-up",
    );
    let o = one(
        &obligations(&reg, id, "2026-05-01T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    assert_eq!(
        (o.status, o.late_by_minutes),
        (ObligationStatus::FiledLate, Some(135))
    );
    // Correcting aware_at after the filing does not move a filed obligation.
    reg.assess(
        id,
        &AssessmentInput {
            aware_at: Some("2026-04-01T11:00:00Z".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let o = one(
        &obligations(&reg, id, "2026-05-01T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    assert_eq!(
        (due(&o).as_deref(), o.late_by_minutes),
        (Some("2026-04-04T10:00:00.000000Z"), Some(135))
    );
    reg.verify(None).unwrap();
}

#[test]
fn on_time_filing_and_follow_up_rules() {
    let (_d, mut reg) = register("UTC", "gdpr", "ie-dpc");
    let id = incident(&mut reg, "2026-04-01T08:00:00Z");
    reg.assess(id, &breach("2026-04-01T10:00:00Z", "controller"))
        .unwrap();
    let ob = one(
        &obligations(&reg, id, "2026-04-02T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    )
    .id;
    let follow = FilingInput {
        obligation: ob.to_string(),
        at: "2026-04-02T10:00:00Z".into(),
        channel: "portal".into(),
        reference: "X".into(),
        phase: Some("follow-up".into()),
        ..Default::default()
    };
    assert_eq!(
        reason(reg.record_filing(Some(id), &follow)),
        ("phase", Reason::NoInitialFiling)
    );
    let f = file(&mut reg, id, ob, "2026-04-04T10:00:00Z", None).unwrap();
    assert_eq!(
        f.late_by_minutes, None,
        "exactly at the due time is on time"
    );
    assert_eq!(
        reason(reg.record_filing(
            Some(id),
            &FilingInput {
                at: "2026-04-05T10:00:00Z".into(),
                ..follow.clone()
            }
        ))
        .0,
        "follows"
    );
    let bad_channel = FilingInput {
        channel: "pigeon".into(),
        phase: None,
        ..follow
    };
    assert_eq!(
        reason(reg.record_filing(Some(id), &bad_channel)).0,
        "channel"
    );
    assert_eq!(
        one(
            &obligations(&reg, id, "2026-04-05T00:00:00Z"),
            Regime::Gdpr,
            ObligationKind::Notification
        )
        .status,
        ObligationStatus::Filed
    );
}

#[test]
fn nis2_early_warning_notification_and_final_report() {
    let (_d, mut reg) = register("Europe/Amsterdam", "gdpr,nis2", "nl-ap");
    let id = incident(&mut reg, "2026-06-10T08:00:00+02:00");
    let c = ClassifyInput {
        regime: "nis2".into(),
        at: "2026-06-10T09:30:00+02:00".into(),
        malicious: Some("yes".into()),
        cross_border: None,
        trust_service: None,
        cra_kind: None,
        ..Default::default()
    };
    reg.classify(id, &c).unwrap();
    let nis2 = reg.incident_regulation(id).unwrap().nis2.unwrap();
    assert_eq!(
        (nis2.malicious, nis2.cross_border),
        (super::Tristate::Yes, super::Tristate::Unknown)
    );
    let list = obligations(&reg, id, "2026-06-10T12:00:00Z");
    assert_eq!(
        list.len(),
        3,
        "no GDPR obligation: no personal data assessed"
    );
    // Significant at 07:30Z: early warning +24 h, notification +72 h, final awaits the notification.
    let ew = one(&list, Regime::Nis2, ObligationKind::EarlyWarning);
    assert_eq!(
        (due(&ew).as_deref(), ew.recipient.as_str()),
        (Some("2026-06-11T07:30:00.000000Z"), "csirt")
    );
    let n = one(&list, Regime::Nis2, ObligationKind::Notification);
    assert_eq!(due(&n).as_deref(), Some("2026-06-13T07:30:00.000000Z"));
    assert_eq!(
        one(&list, Regime::Nis2, ObligationKind::Final).status,
        ObligationStatus::AwaitingAnchor
    );
    // Early warning 30 minutes late needs reasons; notification on time at 16:00 CEST.
    assert_eq!(
        reason(file(&mut reg, id, ew.id, "2026-06-11T10:00:00+02:00", None)).0,
        "reasons_for_delay"
    );
    file(
        &mut reg,
        id,
        ew.id,
        "2026-06-11T10:00:00+02:00",
        Some("Night shift"),
    )
    .unwrap();
    file(&mut reg, id, n.id, "2026-06-12T16:00:00+02:00", None).unwrap();
    // Final: one month after the notification (1182/71 Art 3(2)(c)): the last day is Sunday
    // 12 July, so the period ends with Monday 13 July (Art 3(4)), 23:59:59 CEST. The target
    // is the notification's clock time on 12 July: 16:00 CEST = 14:00Z.
    let list = obligations(&reg, id, "2026-06-20T00:00:00Z");
    let fin = one(&list, Regime::Nis2, ObligationKind::Final);
    assert_eq!(
        (due(&fin).as_deref(), fin.status),
        (
            Some("2026-07-13T21:59:59.999999Z"),
            ObligationStatus::Pending
        )
    );
    assert_eq!(
        (fin.target_at.map(|t| t.to_string()), fin.counting.as_str()),
        (
            Some("2026-07-12T14:00:00.000000Z".to_string()),
            "eu-1182-71-months"
        )
    );
    assert_eq!(
        one(&list, Regime::Nis2, ObligationKind::EarlyWarning).late_by_minutes,
        Some(30)
    );
    // NIS2 classification needs the regime, and only NIS2/DORA can be classified.
    let c = ClassifyInput {
        regime: "dora".into(),
        at: "2026-06-10T09:30:00+02:00".into(),
        ..Default::default()
    };
    assert_eq!(
        reason(reg.classify(id, &c)),
        ("regime", Reason::RegimeNotEnabled)
    );
    let c = ClassifyInput {
        regime: "gdpr".into(),
        ..c
    };
    assert_eq!(
        reason(reg.classify(id, &c)),
        ("regime", Reason::NotClassifiable)
    );
    reg.verify(None).unwrap();
}

#[test]
fn dora_initial_intermediate_final_with_roll_over() {
    let (_d, mut reg) = register("Europe/Amsterdam", "dora", "nl-ap");
    reg.update_regulation_settings(Some("nl"), None, None)
        .unwrap();
    // Detected Monday 2026-09-07 06:00Z, classified major 19:00Z.
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
    let list = obligations(&reg, id, "2026-09-07T20:00:00Z");
    // Earlier of 19:00Z + 4 h = 23:00Z and 06:00Z + 24 h = 06:00Z next day → 23:00Z (Tue 01:00 CEST).
    let initial = one(&list, Regime::Dora, ObligationKind::Initial);
    assert_eq!(
        (due(&initial).as_deref(), initial.recipient.as_str()),
        (Some("2026-09-07T23:00:00.000000Z"), "financial-supervisor")
    );
    assert_eq!(
        one(&list, Regime::Dora, ObligationKind::Intermediate).status,
        ObligationStatus::AwaitingAnchor
    );
    let f1 = file(&mut reg, id, initial.id, "2026-09-07T22:30:00Z", None).unwrap();
    let _ = f1;
    // Intermediate: 72 h after the initial filing: 2026-09-10 22:30Z (Friday 00:30 CEST, a working day).
    let inter = one(
        &obligations(&reg, id, "2026-09-08T00:00:00Z"),
        Regime::Dora,
        ObligationKind::Intermediate,
    );
    assert_eq!(due(&inter).as_deref(), Some("2026-09-10T22:30:00.000000Z"));
    let f2 = file(&mut reg, id, inter.id, "2026-09-10T10:00:00Z", None).unwrap();
    // Final: one month after 2026-09-10 12:00 CEST is Saturday 10 Oct → Monday 12 Oct 12:00 CEST = 10:00Z.
    let fin = one(
        &obligations(&reg, id, "2026-09-11T00:00:00Z"),
        Regime::Dora,
        ObligationKind::Final,
    );
    assert_eq!(due(&fin).as_deref(), Some("2026-10-12T10:00:00.000000Z"));
    // An updated intermediate report moves the final: 2026-09-15 12:00 CEST → Thu 15 Oct 10:00Z.
    follow_up(
        &mut reg,
        id,
        inter.id,
        "2026-09-15T10:00:00Z",
        f2.id,
        "follow-up",
    );
    let fin = one(
        &obligations(&reg, id, "2026-09-16T00:00:00Z"),
        Regime::Dora,
        ObligationKind::Final,
    );
    assert_eq!(due(&fin).as_deref(), Some("2026-10-15T10:00:00.000000Z"));
    reg.verify(None).unwrap();
}

/// A DORA incident detected (the moment of awareness) at 2026-09-07 06:00Z, a Monday, classified
/// major at `classified`; its initial notification.
fn dora_initial(reg: &mut Register, classified: &str) -> (Uuid, ObligationView) {
    let id = incident(reg, "2026-09-07T06:00:00Z");
    reg.classify(
        id,
        &ClassifyInput {
            regime: "dora".into(),
            at: classified.into(),
            ..Default::default()
        },
    )
    .unwrap();
    let list = obligations(reg, id, classified);
    (id, one(&list, Regime::Dora, ObligationKind::Initial))
}

/// Delegated Regulation (EU) 2025/301 Art 5(1)(a): within 4 h of classification and no later
/// than 24 h after awareness; Art 5(2): classified major only after those 24 hours, within 4 h
/// of the classification. The 24 hours end 2026-09-08 06:00Z. Never overdue when it is opened.
#[test]
fn dora_initial_notification_classified_late() {
    let (_d, mut reg) = register("UTC", "dora", "");
    let cases = [
        // (classified, due: worked out by hand, what)
        (
            "2026-09-07T08:00:00Z",
            "2026-09-07T12:00:00.000000Z",
            "A+2h: C+4h is earlier",
        ),
        (
            "2026-09-08T03:00:00Z",
            "2026-09-08T06:00:00.000000Z",
            "A+21h: min(C+4h = 07:00Z, A+24h = 06:00Z)",
        ),
        (
            "2026-09-08T05:00:00Z",
            "2026-09-08T06:00:00.000000Z",
            "A+23h: A+24h, one hour after classification",
        ),
        (
            "2026-09-08T05:59:00Z",
            "2026-09-08T06:00:00.000000Z",
            "A+23h59m: A+24h, one minute after classification",
        ),
        (
            "2026-09-08T06:00:00Z",
            "2026-09-08T10:00:00.000000Z",
            "A+24h: the 24 hours have run out, C+4h",
        ),
        (
            "2026-09-08T06:01:00Z",
            "2026-09-08T10:01:00.000000Z",
            "A+24h01m: C+4h",
        ),
        (
            "2026-09-08T12:00:00Z",
            "2026-09-08T16:00:00.000000Z",
            "A+30h: C+4h",
        ),
    ];
    for (classified, expected, what) in cases {
        let (_, initial) = dora_initial(&mut reg, classified);
        assert_eq!(due(&initial).as_deref(), Some(expected), "{what}");
        assert_eq!(initial.status, ObligationStatus::Pending, "{what}");
        let o = reg.obligation(initial.id).unwrap();
        assert_eq!(o.rule_version, "dora-2025-301.3");
        assert_eq!(
            o.alt.as_ref().and_then(|a| a.lapses_for_later_anchor),
            Some(true)
        );
    }

    // Classified at A+30h, due 16:00Z: statuses just before, at and after the limit minute.
    let (id, initial) = dora_initial(&mut reg, "2026-09-08T12:00:00Z");
    let status_at = |reg: &Register, at: &str| {
        let o = one(
            &obligations(reg, id, at),
            Regime::Dora,
            ObligationKind::Initial,
        );
        (o.status, o.late_by_minutes)
    };
    assert_eq!(
        status_at(&reg, "2026-09-08T15:59:00Z"),
        (ObligationStatus::Pending, None)
    );
    assert_eq!(
        status_at(&reg, "2026-09-08T16:00:00Z"),
        (ObligationStatus::Pending, None)
    );
    assert_eq!(
        status_at(&reg, "2026-09-08T16:01:00Z"),
        (ObligationStatus::Overdue, Some(1))
    );
    // Filed at the limit minute: on time, no reasons needed.
    file(&mut reg, id, initial.id, "2026-09-08T16:00:00Z", None).unwrap();
    assert_eq!(
        status_at(&reg, "2026-09-09T00:00:00Z"),
        (ObligationStatus::Filed, None)
    );
    // Filed a minute after: late by 1 minute, reasons for the delay required.
    let (id, initial) = dora_initial(&mut reg, "2026-09-08T12:00:00Z");
    assert_eq!(
        reason(file(&mut reg, id, initial.id, "2026-09-08T16:01:00Z", None)),
        (
            "reasons_for_delay",
            Reason::ReasonsForDelayRequired { minutes: 1 }
        )
    );
    let f = file(
        &mut reg,
        id,
        initial.id,
        "2026-09-08T16:01:00Z",
        Some("Portal down"),
    )
    .unwrap();
    assert_eq!(f.late_by_minutes, Some(1));
    // Classified at A+23h, due A+24h: a filing at 06:00Z is on time, at 06:01Z one minute late.
    let (id, initial) = dora_initial(&mut reg, "2026-09-08T05:00:00Z");
    let f = file(&mut reg, id, initial.id, "2026-09-08T06:00:00Z", None).unwrap();
    assert_eq!(f.late_by_minutes, None);
    let (id, initial) = dora_initial(&mut reg, "2026-09-08T05:00:00Z");
    let f = file(&mut reg, id, initial.id, "2026-09-08T06:01:00Z", Some("x")).unwrap();
    assert_eq!(f.late_by_minutes, Some(1));
    reg.verify(None).unwrap();
}

/// A re-classification moves the initial notification with the obligation's own terms: from
/// A+23h (capped at A+24h) to A+30h (C+4h), and back.
#[test]
fn dora_reclassification_moves_the_initial_notification() {
    let (_d, mut reg) = register("UTC", "dora", "");
    let (id, initial) = dora_initial(&mut reg, "2026-09-08T05:00:00Z");
    assert_eq!(
        due(&initial).as_deref(),
        Some("2026-09-08T06:00:00.000000Z")
    );
    let again = |reg: &mut Register, at: &str| {
        reg.classify(
            id,
            &ClassifyInput {
                regime: "dora".into(),
                at: at.into(),
                ..Default::default()
            },
        )
        .unwrap();
        one(
            &obligations(reg, id, at),
            Regime::Dora,
            ObligationKind::Initial,
        )
    };
    let moved = again(&mut reg, "2026-09-08T12:00:00Z");
    assert_eq!(moved.id, initial.id);
    assert_eq!(due(&moved).as_deref(), Some("2026-09-08T16:00:00.000000Z"));
    let back = again(&mut reg, "2026-09-08T05:00:00Z");
    assert_eq!(due(&back).as_deref(), Some("2026-09-08T06:00:00.000000Z"));
    reg.verify(None).unwrap();
}

/// An initial notification opened under rule version `dora-2025-301.1` (terms without the
/// Art 5(2) lapse, as that release wrote them) keeps its terms: a later re-classification moves
/// it with the earlier of the two clocks, while a new incident gets the current terms. The
/// register still verifies (the stored documents of the old terms are unchanged).
#[test]
fn dora_initial_opened_under_the_old_rule_version_keeps_its_terms() {
    use super::kind;
    use serde_json::json;
    let (_d, mut reg) = register("UTC", "dora", "");
    let id = incident(&mut reg, "2026-09-07T06:00:00Z");
    // What the release with rule version dora-2025-301.1 appended for a classification at A+23h.
    let ob = Uuid::now_v7();
    let old = json!({ "obligation": {
        "id": ob.to_string(), "incident_id": id.to_string(), "regime": "dora", "rule": "initial",
        "recipient": "financial-supervisor", "kind": "initial", "anchor": "classified_at",
        "anchor_at": "2026-09-08T05:00:00.000000Z", "hours": 4, "month_rule": false,
        "alt": { "anchor": "detected_at", "anchor_at": "2026-09-07T06:00:00.000000Z", "hours": 24 },
        "rollover": null, "timezone": "UTC", "due_at": "2026-09-08T06:00:00.000000Z",
        "reference": "DORA Art 19(4)(a); Delegated Regulation (EU) 2025/301 Art 5(1)",
        "rule_version": "dora-2025-301.1",
        "source_url": "https://eur-lex.europa.eu/eli/reg_del/2025/301/oj",
        "hours_source": "rule", "controller_id": null, "contact_id": null,
    }});
    reg.write(|w| {
        w.append(
            kind::INCIDENT_CLASSIFIED,
            Some(id),
            json!({ "regime": "dora", "at": "2026-09-08T05:00:00.000000Z",
                    "malicious": "unknown", "cross_border": "unknown" }),
        )?;
        w.append(kind::OBLIGATION_OPENED, Some(id), old)
    })
    .unwrap();
    reg.verify(None).unwrap();
    // Re-classified at A+30h: the old terms give min(C+4h, A+24h) = A+24h, as they always did.
    reg.classify(
        id,
        &ClassifyInput {
            regime: "dora".into(),
            at: "2026-09-08T12:00:00Z".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let o = reg.obligation(ob).unwrap();
    assert_eq!(
        (o.rule_version.as_str(), o.anchor_at, o.due_at),
        (
            "dora-2025-301.1",
            Some(ts("2026-09-08T12:00:00Z")),
            Some(ts("2026-09-08T06:00:00Z"))
        )
    );
    assert_eq!(o.alt.as_ref().unwrap().lapses_for_later_anchor, None);
    // The same facts on a new incident: the current terms, C+4h.
    let (_, initial) = dora_initial(&mut reg, "2026-09-08T12:00:00Z");
    assert_eq!(
        due(&initial).as_deref(),
        Some("2026-09-08T16:00:00.000000Z")
    );
    reg.verify(None).unwrap();
}

/// Delegated Regulation (EU) 2025/301 Art 5(4)-(5) with the Dutch holiday list: a time limit on a
/// weekend rolls to 12:00 of the next working day, except the initial notification and the
/// intermediate report of credit institutions, central counterparties, operators of trading
/// venues and NIS2 essential or important entities (their final report rolls). An organisation
/// that has not said what it is gets no roll-over of those two. Times worked out by hand
/// (Europe/Amsterdam, CET = UTC+1 in November to January).
#[test]
fn dora_roll_over_depends_on_the_entity_type() {
    // (entity type, NIS2 entity, initial/intermediate roll over)
    let cases = [
        (Some("credit_institution"), Some("no"), false),
        (Some("central_counterparty"), Some("no"), false),
        (Some("trading_venue"), Some("no"), false),
        (Some("other"), Some("yes"), false),
        (Some("other"), None, false),
        (None, Some("no"), false),
        (None, None, false),
        (Some("other"), Some("no"), true),
    ];
    for (kind, nis2, rolls) in cases {
        let what = format!("{kind:?} / NIS2 {nis2:?}");
        let (_d, mut reg) = register("Europe/Amsterdam", "dora", "nl-ap");
        reg.update_regulation_settings(Some("nl"), None, None)
            .unwrap();
        reg.update_org(&OrgInput {
            dora_entity_type: kind.map(String::from),
            nis2_entity: nis2.map(String::from),
            ..Default::default()
        })
        .unwrap();
        let org = reg.org().unwrap();
        assert_eq!(org.dora_entity_type.map(|t| t.as_str()), kind, "{what}");
        assert_eq!(org.nis2_entity, nis2.map(|v| v == "yes"), "{what}");

        // Detected Friday 27 Nov 09:00Z, classified Saturday 28 Nov 07:00Z: min(C+4 h = 11:00Z,
        // A+24 h = Sat 09:00Z) = Saturday 10:00 CET; rolled: Monday 30 Nov 12:00 CET = 11:00Z.
        let a = incident(&mut reg, "2026-11-27T10:00:00+01:00");
        reg.classify(
            a,
            &ClassifyInput {
                regime: "dora".into(),
                at: "2026-11-28T07:00:00Z".into(),
                ..Default::default()
            },
        )
        .unwrap();
        let initial = one(
            &obligations(&reg, a, "2026-11-28T08:00:00Z"),
            Regime::Dora,
            ObligationKind::Initial,
        );
        let expected = if rolls {
            "2026-11-30T11:00:00.000000Z"
        } else {
            "2026-11-28T09:00:00.000000Z"
        };
        assert_eq!(due(&initial).as_deref(), Some(expected), "initial, {what}");

        // Detected and classified Wednesday 2 Dec (initial due 14:00Z, a working day), filed
        // 12:00Z: intermediate 72 h later, Saturday 5 Dec 12:00Z; rolled: Monday 7 Dec 11:00Z.
        let b = incident(&mut reg, "2026-12-02T09:00:00Z");
        reg.classify(
            b,
            &ClassifyInput {
                regime: "dora".into(),
                at: "2026-12-02T10:00:00Z".into(),
                ..Default::default()
            },
        )
        .unwrap();
        let list = obligations(&reg, b, "2026-12-02T11:00:00Z");
        let initial = one(&list, Regime::Dora, ObligationKind::Initial);
        assert_eq!(
            due(&initial).as_deref(),
            Some("2026-12-02T14:00:00.000000Z"),
            "{what}"
        );
        file(&mut reg, b, initial.id, "2026-12-02T12:00:00Z", None).unwrap();
        let inter = one(
            &obligations(&reg, b, "2026-12-02T12:30:00Z"),
            Regime::Dora,
            ObligationKind::Intermediate,
        );
        let expected = if rolls {
            "2026-12-07T11:00:00.000000Z"
        } else {
            "2026-12-05T12:00:00.000000Z"
        };
        assert_eq!(
            due(&inter).as_deref(),
            Some(expected),
            "intermediate, {what}"
        );
        // Intermediate filed Wednesday 2 Dec 14:00 CET: final one month later, Saturday 2 Jan
        // 2027 14:00 CET, rolls for everyone: Monday 4 Jan 12:00 CET = 11:00Z.
        file(&mut reg, b, inter.id, "2026-12-02T13:00:00Z", None).unwrap();
        let fin = one(
            &obligations(&reg, b, "2026-12-02T14:00:00Z"),
            Regime::Dora,
            ObligationKind::Final,
        );
        assert_eq!(
            due(&fin).as_deref(),
            Some("2027-01-04T11:00:00.000000Z"),
            "final, {what}"
        );
        reg.verify(None).unwrap();
    }
}

/// The profile decides the roll-over of obligations opened afterwards; an obligation already
/// opened keeps the terms it was opened with.
#[test]
fn dora_entity_type_applies_to_obligations_opened_afterwards() {
    let (_d, mut reg) = register("Europe/Amsterdam", "dora", "nl-ap");
    reg.update_regulation_settings(Some("nl"), None, None)
        .unwrap();
    let a = incident(&mut reg, "2026-11-27T10:00:00+01:00");
    reg.classify(
        a,
        &ClassifyInput {
            regime: "dora".into(),
            at: "2026-11-28T07:00:00Z".into(),
            ..Default::default()
        },
    )
    .unwrap();
    reg.update_org(&OrgInput {
        dora_entity_type: Some("other".into()),
        nis2_entity: Some("no".into()),
        ..Default::default()
    })
    .unwrap();
    let initial = one(
        &obligations(&reg, a, "2026-11-28T08:00:00Z"),
        Regime::Dora,
        ObligationKind::Initial,
    );
    assert_eq!(
        due(&initial).as_deref(),
        Some("2026-11-28T09:00:00.000000Z"),
        "opened before the profile said 'other': no roll-over"
    );
    assert_eq!(reg.obligation(initial.id).unwrap().rollover, None);
    assert_eq!(
        reason(reg.update_org(&OrgInput {
            dora_entity_type: Some("bank".into()),
            ..Default::default()
        }))
        .0,
        "dora_entity_type"
    );
    assert_eq!(
        reason(reg.update_org(&OrgInput {
            nis2_entity: Some("maybe".into()),
            ..Default::default()
        }))
        .0,
        "nis2_entity"
    );
    reg.verify(None).unwrap();
}

#[test]
fn eprivacy_initial_and_complete_notification() {
    let (_d, mut reg) = register("UTC", "eprivacy", "");
    let id = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(id, &breach("2026-05-04T10:00:00Z", "controller"))
        .unwrap();
    let list = obligations(&reg, id, "2026-05-04T12:00:00Z");
    assert_eq!(list.len(), 2);
    let initial = one(&list, Regime::Eprivacy, ObligationKind::Initial);
    assert_eq!(
        due(&initial).as_deref(),
        Some("2026-05-05T10:00:00.000000Z")
    );
    assert_eq!(
        one(&list, Regime::Eprivacy, ObligationKind::Complete).status,
        ObligationStatus::AwaitingAnchor
    );
    file(&mut reg, id, initial.id, "2026-05-05T09:00:00Z", None).unwrap();
    // Complete: three days after the initial filing.
    let complete = one(
        &obligations(&reg, id, "2026-05-06T00:00:00Z"),
        Regime::Eprivacy,
        ObligationKind::Complete,
    );
    assert_eq!(
        due(&complete).as_deref(),
        Some("2026-05-08T09:00:00.000000Z")
    );
}

/// A breach assessment with every Art 33(3) item filled in.
fn complete_breach(aware: &str) -> AssessmentInput {
    AssessmentInput {
        nature: Some(vec!["confidentiality".into()]),
        data_categories: Some(vec!["contact".into()]),
        subject_categories: Some(vec!["customers".into()]),
        subjects_approx: Some("120".into()),
        records_approx: Some("120".into()),
        consequences: Some("Phishing attempts".into()),
        measures_taken: Some("Passwords reset".into()),
        contact_point: Some("dpo@example.test".into()),
        ..breach(aware, "controller")
    }
}

fn file_complete(
    reg: &mut Register,
    id: Uuid,
    ob: Uuid,
    at: &str,
    complete: Option<&str>,
) -> super::Filing {
    reg.record_filing(
        Some(id),
        &FilingInput {
            obligation: ob.to_string(),
            at: at.into(),
            channel: "portal".into(),
            reference: "REF-1".into(),
            complete: complete.map(String::from),
            ..Default::default()
        },
    )
    .unwrap()
}

/// Regulation (EU) No 611/2013 Art 2(3): the second notification is owed only when the initial
/// one did not give all the information of Annex I; it is then due three days (72 h) after it.
#[test]
fn eprivacy_second_notification_only_after_an_incomplete_first() {
    let (_d, mut reg) = register("UTC", "eprivacy", "");
    // Stated complete: the second notification is no longer called for.
    let a = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(a, &breach("2026-05-04T10:00:00Z", "controller"))
        .unwrap();
    let initial = one(
        &obligations(&reg, a, "2026-05-04T12:00:00Z"),
        Regime::Eprivacy,
        ObligationKind::Initial,
    );
    let f = file_complete(&mut reg, a, initial.id, "2026-05-05T09:00:00Z", Some("yes"));
    assert_eq!(f.complete, Some(true));
    let second = one(
        &obligations(&reg, a, "2026-05-09T00:00:00Z"),
        Regime::Eprivacy,
        ObligationKind::Complete,
    );
    assert_eq!(
        (second.status, due(&second)),
        (ObligationStatus::NotRequired, None)
    );
    // Stated incomplete: due 72 h after the initial filing (09:00Z + 72 h).
    let b = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(b, &complete_breach("2026-05-04T10:00:00Z"))
        .unwrap();
    let initial = one(
        &obligations(&reg, b, "2026-05-04T12:00:00Z"),
        Regime::Eprivacy,
        ObligationKind::Initial,
    );
    file_complete(&mut reg, b, initial.id, "2026-05-05T09:00:00Z", Some("no"));
    let second = one(
        &obligations(&reg, b, "2026-05-06T00:00:00Z"),
        Regime::Eprivacy,
        ObligationKind::Complete,
    );
    assert_eq!(
        (second.status, due(&second).as_deref()),
        (
            ObligationStatus::Pending,
            Some("2026-05-08T09:00:00.000000Z")
        )
    );
    // Not stated: the Art 33(3) checklist decides; all filled in → complete, nothing more owed.
    let c = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(c, &complete_breach("2026-05-04T10:00:00Z"))
        .unwrap();
    let initial = one(
        &obligations(&reg, c, "2026-05-04T12:00:00Z"),
        Regime::Eprivacy,
        ObligationKind::Initial,
    );
    let f = file_complete(&mut reg, c, initial.id, "2026-05-05T09:00:00Z", None);
    assert_eq!(f.complete, Some(true));
    assert_eq!(
        one(
            &obligations(&reg, c, "2026-05-09T00:00:00Z"),
            Regime::Eprivacy,
            ObligationKind::Complete
        )
        .status,
        ObligationStatus::NotRequired
    );
    assert_eq!(
        reason(reg.record_filing(
            Some(c),
            &FilingInput {
                obligation: initial.id.to_string(),
                at: "2026-05-05T10:00:00Z".into(),
                channel: "portal".into(),
                reference: "REF-2".into(),
                complete: Some("partly".into()),
                ..Default::default()
            },
        ))
        .0,
        "complete"
    );
    reg.verify(None).unwrap();
}

/// GDPR Art 33(4): a first notification recorded as incomplete opens the rest of the notification
/// to the same authority, "without undue further delay": no due time, never late, the elapsed
/// time since the first filing shown. A complete one (stated, or by the Art 33(3) checklist)
/// opens nothing.
#[test]
fn gdpr_phased_notification_after_an_incomplete_first_filing() {
    let (_d, mut reg) = register("UTC", "gdpr", "nl-ap");
    let id = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(id, &complete_breach("2026-05-04T10:00:00Z"))
        .unwrap();
    let n = one(
        &obligations(&reg, id, "2026-05-04T12:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    let list = obligations(&reg, id, "2026-05-04T12:00:00Z");
    assert!(list.iter().all(|o| o.kind != ObligationKind::Complete));
    file_complete(&mut reg, id, n.id, "2026-05-05T09:00:00Z", Some("no"));
    let rest = one(
        &obligations(&reg, id, "2026-05-20T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Complete,
    );
    assert_eq!(
        (
            rest.status,
            due(&rest),
            rest.recipient.as_str(),
            rest.reference.as_str()
        ),
        (ObligationStatus::Pending, None, "nl-ap", "GDPR Art 33(4)")
    );
    let o = reg.obligation(rest.id).unwrap();
    assert_eq!(
        (o.anchor_at, o.rule_version.as_str()),
        (Some(ts("2026-05-05T09:00:00Z")), "gdpr-2016-679.2")
    );
    // Without undue further delay: the elapsed time since the first filing, never late.
    let u = reg
        .undue_delay(rest.id, ts("2026-05-06T09:00:00Z"))
        .unwrap();
    assert_eq!(u.map(|u| u.elapsed_minutes), Some(24 * 60));
    file_complete(&mut reg, id, rest.id, "2026-05-07T09:00:00Z", Some("yes"));
    assert_eq!(
        one(
            &obligations(&reg, id, "2026-05-20T00:00:00Z"),
            Regime::Gdpr,
            ObligationKind::Complete
        )
        .status,
        ObligationStatus::Filed
    );
    // Complete by the checklist: nothing more owed.
    let other = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(other, &complete_breach("2026-05-04T10:00:00Z"))
        .unwrap();
    let n = one(
        &obligations(&reg, other, "2026-05-04T12:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    let f = file_complete(&mut reg, other, n.id, "2026-05-05T09:00:00Z", None);
    assert_eq!(f.complete, Some(true));
    assert!(obligations(&reg, other, "2026-05-20T00:00:00Z")
        .iter()
        .all(|o| o.kind != ObligationKind::Complete));
    // The checklist incomplete: the first filing defaults to incomplete.
    let third = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(third, &breach("2026-05-04T10:00:00Z", "controller"))
        .unwrap();
    let n = one(
        &obligations(&reg, third, "2026-05-04T12:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    let f = file_complete(&mut reg, third, n.id, "2026-05-05T09:00:00Z", None);
    assert_eq!(f.complete, Some(false));
    one(
        &obligations(&reg, third, "2026-05-20T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Complete,
    );
    reg.verify(None).unwrap();
}

/// Filings recorded before completeness was stated (as that release wrote them, without
/// `complete`) keep what they called for: the ePrivacy second notification stays owed, and no
/// GDPR Art 33(4) obligation appears for an old Art 33 filing.
#[test]
fn filings_recorded_before_completeness_keep_their_obligations() {
    use super::kind;
    use serde_json::json;
    let (_d, mut reg) = register("UTC", "gdpr,eprivacy", "nl-ap");
    let id = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(id, &complete_breach("2026-05-04T10:00:00Z"))
        .unwrap();
    let list = obligations(&reg, id, "2026-05-04T12:00:00Z");
    let n = one(&list, Regime::Gdpr, ObligationKind::Notification);
    let e = one(&list, Regime::Eprivacy, ObligationKind::Initial);
    reg.write(|w| {
        for (ob, fid) in [(n.id, Uuid::now_v7()), (e.id, Uuid::now_v7())] {
            w.append(
                kind::FILING_RECORDED,
                Some(id),
                json!({ "filing_id": fid.to_string(), "obligation_id": ob.to_string(),
                        "at": "2026-05-05T09:00:00.000000Z", "channel": "portal", "reference": "OLD",
                        "reasons_for_delay": null, "phase": "initial", "follows": null,
                        "late_by_minutes": null }),
            )?;
        }
        super::derive::sync(w, id)
    })
    .unwrap();
    let list = obligations(&reg, id, "2026-05-06T00:00:00Z");
    assert_eq!(
        due(&one(&list, Regime::Eprivacy, ObligationKind::Complete)).as_deref(),
        Some("2026-05-08T09:00:00.000000Z")
    );
    assert!(list
        .iter()
        .all(|o| !(o.regime == Regime::Gdpr && o.kind == ObligationKind::Complete)));
    reg.verify(None).unwrap();
}

#[test]
fn uk_gdpr_to_the_ico_across_autumn_dst() {
    let (_d, mut reg) = register("Europe/London", "uk-gdpr", "");
    let id = incident(&mut reg, "2026-10-24T09:00:00+01:00");
    reg.assess(id, &breach("2026-10-24T12:00:00+01:00", "controller"))
        .unwrap();
    // 11:00Z + 72 h = 2026-10-27 11:00Z (11:00 GMT after the 25 October switch).
    let o = one(
        &obligations(&reg, id, "2026-10-25T00:00:00Z"),
        Regime::UkGdpr,
        ObligationKind::Notification,
    );
    assert_eq!(
        (o.recipient.as_str(), due(&o).as_deref()),
        ("uk-ico", Some("2026-10-27T11:00:00.000000Z"))
    );
    assert_eq!(o.reference, "UK GDPR Art 33(1)");
}

#[test]
fn exercises_generate_no_obligations() {
    let (_d, mut reg) = register("UTC", "gdpr,nis2", "nl-ap");
    let drill = reg
        .create_incident(&IncidentInput {
            title: Some("Tabletop".into()),
            detected_at: Some("2026-05-04T08:00:00Z".into()),
            exercise: Some(true),
            ..Default::default()
        })
        .unwrap()
        .id;
    reg.assess(drill, &breach("2026-05-04T09:00:00Z", "controller"))
        .unwrap();
    reg.classify(
        drill,
        &ClassifyInput {
            regime: "nis2".into(),
            at: "2026-05-04T09:00:00Z".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(obligations(&reg, drill, "2026-06-01T00:00:00Z").is_empty());
    // Flagging a real incident as an exercise later drops its open obligations (kept, not required).
    let id = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(id, &breach("2026-05-04T09:00:00Z", "controller"))
        .unwrap();
    reg.update_incident(
        id,
        &IncidentInput {
            exercise: Some(true),
            ..Default::default()
        },
    )
    .unwrap();
    let o = one(
        &obligations(&reg, id, "2026-06-01T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    assert_eq!(o.status, ObligationStatus::NotRequired);
    assert!(
        reg.obligation(o.id)
            .unwrap()
            .not_required
            .unwrap()
            .automatic
    );
    reg.verify(None).unwrap();
}

#[test]
fn rule_overrides_apply_to_new_obligations_only() {
    let (_d, mut reg) = register("UTC", "gdpr", "nl-ap");
    let old = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(old, &breach("2026-05-04T10:00:00Z", "controller"))
        .unwrap();
    reg.set_rule_hours("gdpr", "art33-1", Some(48)).unwrap();
    assert_eq!(
        reason(reg.set_rule_hours("gdpr", "art34", Some(48))),
        ("rule", Reason::NoStatutoryHours)
    );
    assert_eq!(
        reason(reg.set_rule_hours("gdpr", "art99", Some(48))).0,
        "rule"
    );
    let new = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(new, &breach("2026-05-04T10:00:00Z", "controller"))
        .unwrap();
    let o_new = one(
        &obligations(&reg, new, "2026-05-05T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    assert_eq!(
        due(&o_new).as_deref(),
        Some("2026-05-06T10:00:00.000000Z"),
        "48 h"
    );
    // The old obligation keeps 72 h, even when its anchor moves by an hour.
    reg.assess(
        old,
        &AssessmentInput {
            aware_at: Some("2026-05-04T11:00:00Z".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let o_old = one(
        &obligations(&reg, old, "2026-05-05T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    assert_eq!(
        due(&o_old).as_deref(),
        Some("2026-05-07T11:00:00.000000Z"),
        "72 h kept"
    );
    assert_eq!(reg.obligation(o_old.id).unwrap().hours_source, "rule");
    assert_eq!(reg.obligation(o_new.id).unwrap().hours_source, "override");
    reg.set_rule_hours("gdpr", "art33-1", None).unwrap();
    assert!(reg.regulation_settings().unwrap().overrides.is_empty());
    reg.verify(None).unwrap();
}

/// A setting does not change the law: an override may only shorten a statutory deadline. Longer
/// is refused (field `hours`, naming the legal maximum and the provision) and writes nothing;
/// the law's own hours and anything shorter are accepted.
#[test]
fn rule_overrides_may_only_tighten() {
    let (_d, mut reg) = register("UTC", "gdpr,nis2,dora,eprivacy", "nl-ap");
    let head = reg.head().unwrap().0;
    for (regime, rule, law, reference) in [
        ("gdpr", "art33-1", 72, "GDPR Art 33(1)"),
        ("nis2", "art23-4-a", 24, "NIS2 Art 23(4)(a)"),
        ("nis2", "art23-4-b-trust", 24, ""),
        ("dora", "initial", 4, ""),
        ("dora", "intermediate", 72, ""),
        (
            "eprivacy",
            "art2-2",
            24,
            "Regulation (EU) No 611/2013 Art 2(2)",
        ),
    ] {
        let Err(Error::InvalidInput { field, reason }) =
            reg.set_rule_hours(regime, rule, Some(law + 1))
        else {
            panic!("{regime}/{rule}: {} h accepted", law + 1);
        };
        assert_eq!(field, "hours");
        let Reason::AboveLegalMaximum { max, reference: r } = reason else {
            panic!("{regime}/{rule}: {reason:?}");
        };
        assert_eq!(max, law, "{regime}/{rule}");
        assert!(r.starts_with(reference), "{regime}/{rule}: {r}");
    }
    assert_eq!(
        reason(reg.set_rule_hours("gdpr", "art33-1", Some(24 * 365 + 1))),
        ("hours", Reason::OutOfRange { max: 24 * 365 })
    );
    assert_eq!(reg.head().unwrap().0, head, "nothing written");
    // The law's hours (a no-op override) and shorter ones are accepted.
    reg.set_rule_hours("gdpr", "art33-1", Some(72)).unwrap();
    reg.set_rule_hours("dora", "initial", Some(2)).unwrap();
    assert_eq!(
        reg.regulation_settings().unwrap().overrides,
        [
            ("dora/initial".to_string(), 2),
            ("gdpr/art33-1".to_string(), 72)
        ]
        .into()
    );
    // The message names the legal maximum in every language.
    let e = reg.set_rule_hours("gdpr", "art33-1", Some(96)).unwrap_err();
    for lang in crate::domain::Language::ALL {
        let text = crate::i18n::Localizer::new(*lang).error(&e);
        assert!(
            text.contains("72") && text.contains("GDPR Art 33(1)"),
            "{lang:?}: {text}"
        );
    }
}

/// An override longer than the law recorded before such overrides were refused (as that release
/// wrote it) is not applied to new obligations, and the rule list shows the law's hours; the
/// obligations opened under it keep their terms.
#[test]
fn an_earlier_override_above_the_law_is_not_applied_to_new_obligations() {
    use super::kind;
    use serde_json::json;
    let (_d, mut reg) = register("UTC", "gdpr", "nl-ap");
    reg.write(|w| {
        w.append(
            kind::RULE_CHANGED,
            None,
            json!({ "regime": "gdpr", "rule": "art33-1", "hours": 96, "previous": 72,
                    "rule_version": "gdpr-2016-679.1", "default_hours": 72 }),
        )
    })
    .unwrap();
    let id = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(id, &breach("2026-05-04T10:00:00Z", "controller"))
        .unwrap();
    let o = one(
        &obligations(&reg, id, "2026-05-05T00:00:00Z"),
        Regime::Gdpr,
        ObligationKind::Notification,
    );
    // 10:00Z + 72 h, not 96 h.
    assert_eq!(due(&o).as_deref(), Some("2026-05-07T10:00:00.000000Z"));
    assert_eq!(reg.obligation(o.id).unwrap().hours_source, "rule");
    let view = crate::views::RulesView::load(&reg).unwrap();
    let row = view
        .rules
        .iter()
        .find(|r| r.regime == Regime::Gdpr && r.rule == "art33-1")
        .unwrap();
    assert_eq!((row.hours, row.overridden), (Some(72), false));
    reg.verify(None).unwrap();
}

#[test]
fn manual_not_required_decisions_stick_until_reinstated() {
    let (_d, mut reg) = register("UTC", "gdpr,nis2", "nl-ap");
    let id = incident(&mut reg, "2026-06-10T08:00:00Z");
    reg.classify(
        id,
        &ClassifyInput {
            regime: "nis2".into(),
            at: "2026-06-10T09:00:00Z".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let ew = one(
        &obligations(&reg, id, "2026-06-10T10:00:00Z"),
        Regime::Nis2,
        ObligationKind::EarlyWarning,
    )
    .id;
    assert_eq!(
        reason(reg.drop_obligation(&ew.to_string(), " ")),
        ("rationale", Reason::Empty)
    );
    let o = reg
        .drop_obligation(
            &ew.to_string(),
            "Not significant after all: CSIRT consulted by phone",
        )
        .unwrap();
    let nr = o.not_required.unwrap();
    assert_eq!(
        (nr.decider.as_str(), nr.manual, nr.automatic),
        ("dpo", true, false)
    );
    // Later operations re-derive but keep the person's decision.
    reg.assess(id, &breach("2026-06-10T09:30:00Z", "controller"))
        .unwrap();
    let list = obligations(&reg, id, "2026-06-12T00:00:00Z");
    assert_eq!(
        one(&list, Regime::Nis2, ObligationKind::EarlyWarning).status,
        ObligationStatus::NotRequired
    );
    // Only a dropped obligation can be reinstated.
    let art33 = one(&list, Regime::Gdpr, ObligationKind::Notification).id;
    assert_eq!(
        reason(reg.reinstate_obligation(&art33.to_string())),
        ("obligation", Reason::AlreadyInState)
    );
    reg.reinstate_obligation(&ew.to_string()).unwrap();
    let list = obligations(&reg, id, "2026-06-12T00:00:00Z");
    assert_eq!(
        one(&list, Regime::Nis2, ObligationKind::EarlyWarning).status,
        ObligationStatus::Overdue
    );
    reg.verify(None).unwrap();
}

#[test]
fn undue_delay_shows_elapsed_time_and_internal_target() {
    let (_d, mut reg) = register("UTC", "gdpr", "nl-ap");
    reg.add_controller("Acme", None, None).unwrap();
    reg.update_regulation_settings(None, Some(Some(24)), None)
        .unwrap();
    let id = incident(&mut reg, "2026-02-02T08:00:00Z");
    let mut a = breach("2026-02-02T09:00:00Z", "processor");
    a.controllers = Some(vec!["Acme".into()]);
    reg.assess(id, &a).unwrap();
    let o = &obligations(&reg, id, "2026-02-03T19:30:00Z")[0];
    assert_eq!((o.due_at, o.status), (None, ObligationStatus::Pending));
    let u = reg
        .undue_delay(o.id, ts("2026-02-03T19:30:00Z"))
        .unwrap()
        .unwrap();
    // 09:00Z → next day 19:30Z = 34 h 30 min; target 09:00Z + 24 h.
    assert_eq!(
        (u.elapsed_minutes, u.target_at),
        (34 * 60 + 30, Some(ts("2026-02-03T09:00:00Z")))
    );
}

#[test]
fn registers_of_schema_1_get_the_regulation_tables() {
    let (dir, reg) = register("UTC", "gdpr", "nl-ap");
    let path = reg.path().to_path_buf();
    drop(reg);
    {
        let kf =
            crate::store::keys::KeyFile::load(&crate::store::keys::key_file_path(&path)).unwrap();
        let key = kf
            .unlock_passphrase("correct horse battery staple")
            .unwrap();
        let conn = crate::store::storage::open(&path, &key, false).unwrap();
        // The regulation tables (schema 2).
        for (table, _) in &crate::store::storage::PROJECTIONS[5..] {
            conn.execute_batch(&format!("DROP TABLE {table};")).unwrap();
        }
        // Later migrations' tables too: a schema-1 register had none of them.
        conn.execute_batch("DROP TABLE event_secrets; PRAGMA user_version = 1;")
            .unwrap();
    }
    let pass =
        crate::UnlockMethod::Passphrase(Zeroizing::new("correct horse battery staple".into()));
    let mut reg = Register::open(&path, pass, "dpo", "test").unwrap();
    let id = incident(&mut reg, "2026-05-04T08:00:00Z");
    reg.assess(id, &breach("2026-05-04T10:00:00Z", "controller"))
        .unwrap();
    assert_eq!(obligations(&reg, id, "2026-05-05T00:00:00Z").len(), 1);
    reg.verify(None).unwrap();
    drop(dir);
}

#[test]
fn nis2_report_during_handling_is_a_progress_report_with_a_final_one_month_after_handling() {
    let (_d, mut reg) = register("Europe/Amsterdam", "nis2", "");
    let id = incident(&mut reg, "2026-06-10T08:00:00+02:00");
    reg.classify(
        id,
        &ClassifyInput {
            regime: "nis2".into(),
            at: "2026-06-10T09:30:00+02:00".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let list = obligations(&reg, id, "2026-06-10T12:00:00Z");
    let n = one(&list, Regime::Nis2, ObligationKind::Notification).id;
    file(&mut reg, id, n, "2026-06-12T16:00:00+02:00", None).unwrap();
    let fin = one(
        &obligations(&reg, id, "2026-06-20T00:00:00Z"),
        Regime::Nis2,
        ObligationKind::Final,
    )
    .id;
    // Filed on 2026-07-10 while the incident is still being handled: a progress report.
    file(&mut reg, id, fin, "2026-07-10T10:00:00+02:00", None).unwrap();
    let list = obligations(&reg, id, "2026-07-11T00:00:00Z");
    let finals: Vec<_> = list
        .iter()
        .filter(|o| o.kind == ObligationKind::Final)
        .collect();
    assert_eq!(finals.len(), 2);
    let after = finals
        .iter()
        .find(|o| o.reference == "NIS2 Art 23(4)(e)")
        .unwrap();
    assert_eq!(after.status, ObligationStatus::AwaitingAnchor);
    // Handling ends (resolved) 2026-08-31 18:00 CEST → final due 2026-09-30 18:00 CEST = 16:00Z (clamped from the 31st).
    for to in ["triage", "investigating", "contained"] {
        reg.transition(id, to, Some("2026-08-01T10:00:00+02:00"), None, None)
            .unwrap();
    }
    reg.transition(
        id,
        "resolved",
        Some("2026-08-31T18:00:00+02:00"),
        None,
        None,
    )
    .unwrap();
    let after = obligations(&reg, id, "2026-09-01T00:00:00Z")
        .into_iter()
        .find(|o| o.reference == "NIS2 Art 23(4)(e)")
        .unwrap();
    // One month after handling ended (31 Aug 18:00 CEST): the whole of Wednesday 30 September.
    assert_eq!(
        (due(&after).as_deref(), after.status),
        (
            Some("2026-09-30T21:59:59.999999Z"),
            ObligationStatus::Pending
        )
    );
    assert_eq!(
        after.target_at.map(|t| t.to_string()).as_deref(),
        Some("2026-09-30T16:00:00.000000Z")
    );
    reg.verify(None).unwrap();
}

#[test]
fn nis2_final_report_after_handling_needs_no_second_report() {
    let (_d, mut reg) = register("UTC", "nis2", "");
    let id = incident(&mut reg, "2026-06-10T08:00:00Z");
    reg.classify(
        id,
        &ClassifyInput {
            regime: "nis2".into(),
            at: "2026-06-10T09:30:00Z".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let n = one(
        &obligations(&reg, id, "2026-06-10T12:00:00Z"),
        Regime::Nis2,
        ObligationKind::Notification,
    )
    .id;
    file(&mut reg, id, n, "2026-06-12T16:00:00Z", None).unwrap();
    for to in ["triage", "investigating", "contained", "resolved"] {
        reg.transition(id, to, Some("2026-06-20T10:00:00Z"), None, None)
            .unwrap();
    }
    let fin = one(
        &obligations(&reg, id, "2026-06-21T00:00:00Z"),
        Regime::Nis2,
        ObligationKind::Final,
    )
    .id;
    file(&mut reg, id, fin, "2026-07-01T10:00:00Z", None).unwrap();
    let list = obligations(&reg, id, "2026-07-02T00:00:00Z");
    assert_eq!(
        list.iter()
            .filter(|o| o.kind == ObligationKind::Final)
            .count(),
        1
    );
}

/// UX review P1: a processor organisation that leaves the assessment's role at "—" (no role,
/// or an empty one) gets an assessment in the processor role, no authority obligation, and
/// the reason no clock runs (no affected controller selected); choosing the controller derives
/// its Art 33(2) notice. The role is fixed when assessed: a later change of the organisation's
/// role does not rewrite it.
#[test]
fn processor_org_assessment_without_role_is_a_processor_breach_and_says_why_no_clock_runs() {
    use super::ClockGap;
    use crate::domain::Role;
    let (_d, mut reg) = crate::testing::register(
        OrgInput {
            name: Some("Fictional Chat B.V.".into()),
            timezone: Some("Europe/Amsterdam".into()),
            default_role: Some("processor".into()),
            lead_authority: Some("nl-ap".into()),
            regimes: Some(vec!["gdpr".into()]),
            ..Default::default()
        },
        "cto",
    );
    let acme = reg.add_controller("Acme Retail", Some(24), None).unwrap();
    let id = incident(&mut reg, "2026-02-02T08:00:00Z");
    assert_eq!(reg.clock_gap(id).unwrap(), Some(ClockGap::NotAssessed));

    let assessed = reg
        .assess(
            id,
            &AssessmentInput {
                personal_data: Some("yes".into()),
                aware_at: Some("2026-02-02T09:00:00Z".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(assessed.assessment.unwrap().role, Some(Role::Processor));
    assert!(obligations(&reg, id, "2026-02-02T10:00:00Z").is_empty());
    assert_eq!(
        reg.clock_gap(id).unwrap(),
        Some(ClockGap::ProcessorWithoutControllers)
    );

    // The form's "—" sends an empty role: still the organisation's, now with the controller.
    let assessed = reg
        .assess(
            id,
            &AssessmentInput {
                role: Some(String::new()),
                controllers: Some(vec![acme.id.to_string()]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(assessed.assessment.unwrap().role, Some(Role::Processor));
    assert_eq!(reg.clock_gap(id).unwrap(), None);
    let list = obligations(&reg, id, "2026-02-02T10:00:00Z");
    let notice = one(&list, Regime::Gdpr, ObligationKind::ControllerNotice);
    // Aware 09:00Z + the contract's 24 h.
    assert_eq!(due(&notice).as_deref(), Some("2026-02-03T09:00:00.000000Z"));
    assert_eq!(
        list.len(),
        1,
        "no authority notification for a processor: {list:#?}"
    );

    // The organisation becomes a controller later: this incident stays a processor's breach.
    reg.update_org(&OrgInput {
        default_role: Some("controller".into()),
        ..Default::default()
    })
    .unwrap();
    let again = reg
        .assess(
            id,
            &AssessmentInput {
                risk: Some("risk".into()),
                risk_reasoning: Some("Chat logs of one tenant".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(again.assessment.unwrap().role, Some(Role::Processor));
}

/// The other reasons no GDPR clock runs, each from its own facts.
#[test]
fn clock_gap_names_exercises_no_personal_data_and_regimes_without_gdpr() {
    use super::ClockGap;
    let (_d, mut reg) = register("UTC", "gdpr", "nl-ap");
    let id = incident(&mut reg, "2026-02-02T08:00:00Z");
    let no = AssessmentInput {
        personal_data: Some("no".into()),
        ..Default::default()
    };
    reg.assess(id, &no).unwrap();
    assert_eq!(reg.clock_gap(id).unwrap(), Some(ClockGap::NoPersonalData));
    reg.assess(id, &breach("2026-02-02T09:00:00Z", "controller"))
        .unwrap();
    assert_eq!(reg.clock_gap(id).unwrap(), None);
    reg.set_incident_regimes(id, Some(&["nis2".to_string()]))
        .unwrap();
    assert_eq!(reg.clock_gap(id).unwrap(), Some(ClockGap::GdprNotApplied));
    let ex = reg
        .update_incident(
            id,
            &IncidentInput {
                exercise: Some(true),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(ex.exercise);
    assert_eq!(reg.clock_gap(id).unwrap(), Some(ClockGap::Exercise));
}

/// Implementing Regulation (EU) 2025/302 Art 1(1)(a) and Annex II: an initial notification is
/// refused while fields Annex II makes mandatory for it are empty (naming them), recorded once
/// they are answered (then `complete`), and recorded as sent without them only when the filing
/// says so (`complete: no`); the filing keeps the report as sent, under the field numbers.
#[test]
fn a_dora_report_is_filed_only_with_its_mandatory_fields_or_as_incomplete() {
    let (_d, mut reg) = register("UTC", "dora", "");
    let (id, initial) = dora_initial(&mut reg, "2026-09-07T08:00:00Z");
    let input = |complete: Option<&str>| FilingInput {
        obligation: initial.id.to_string(),
        at: "2026-09-07T09:00:00Z".into(),
        channel: "portal".into(),
        reference: "FI-1".into(),
        complete: complete.map(String::from),
        ..Default::default()
    };
    let (field, why) = reason(reg.record_filing(Some(id), &input(None)));
    assert_eq!(field, "complete");
    assert_eq!(
        why,
        Reason::MandatoryFieldsMissing {
            fields: "1.3, 1.4, 1.7, 1.8, 1.9, 1.10, 1.11, 1.12, 1.15, 2.5, 2.7, 2.9".into()
        }
    );
    assert!(reg.filings(initial.id).unwrap().is_empty());
    // Answered (a bad answer is refused naming its field, nothing written).
    let answers = |list: &[&str]| AssessmentInput {
        dora_answers: Some(list.iter().map(|s| s.to_string()).collect()),
        ..Default::default()
    };
    assert_eq!(
        reason(reg.assess(id, &answers(&["2.7=psychic"]))).0,
        "dora_2_7"
    );
    reg.assess(
        id,
        &answers(&[
            "1.3=529900T8BM49AURSDO55",
            "1.4=payment_institution",
            "1.7=Anna de Vries",
            "1.8=anna@example.test",
            "1.9=+31 20 123 4567",
            "1.10=Piet Jansen",
            "1.11=piet@example.test",
            "1.12=+31 20 765 4321",
            "1.15=EUR",
        ]),
    )
    .unwrap();
    reg.assess(
        id,
        &answers(&[
            "2.5=critical_services_affected",
            "2.7=monitoring_systems",
            "2.9=no",
        ]),
    )
    .unwrap();
    let f = reg.record_filing(Some(id), &input(None)).unwrap();
    assert_eq!(f.complete, Some(true));
    let snap = f.snapshot.expect("the report as sent");
    let field = |n: &str| {
        snap.fields
            .iter()
            .find(|x| x.id == n)
            .unwrap()
            .value
            .clone()
    };
    assert_eq!(field("2.7"), "monitoring_systems");
    assert_eq!(field("1.7"), "Anna de Vries");
    // The intermediate report lacks section 3: recorded only as incomplete.
    let inter = one(
        &obligations(&reg, id, "2026-09-07T10:00:00Z"),
        Regime::Dora,
        ObligationKind::Intermediate,
    );
    let mut later = input(None);
    later.obligation = inter.id.to_string();
    later.at = "2026-09-08T09:00:00Z".into();
    assert!(matches!(
        reason(reg.record_filing(Some(id), &later)).1,
        Reason::MandatoryFieldsMissing { .. }
    ));
    later.complete = Some("no".into());
    assert_eq!(
        reg.record_filing(Some(id), &later).unwrap().complete,
        Some(false)
    );
    reg.verify(None).unwrap();
}
