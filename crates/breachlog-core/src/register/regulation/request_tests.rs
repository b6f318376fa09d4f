//! NIS2 Art 23(4)(c): intermediate reports the CSIRT or the competent authority asks for.
//! Every expected time is worked out by hand (comments show the arithmetic); refused input
//! names the field and writes nothing (the journal head does not move).

use uuid::Uuid;

use super::terms_tests::{classify, register};
use super::test_support::{due, file, head, incident, refused, ts};
use super::{ObligationKind, ObligationStatus, RequestInput};
use crate::{Reason, Register};

fn request(at: &str, due: Option<&str>) -> RequestInput {
    RequestInput {
        regime: "nis2".into(),
        kind: "intermediate".into(),
        at: at.into(),
        due_at: due.map(String::from),
    }
}

#[test]
fn intermediate_report_on_request_of_the_csirt() {
    let (_d, mut reg) = register("nis2", "controller");
    let id = incident(&mut reg, "2026-06-01T09:00:00+02:00");
    classify(&mut reg, id, "2026-06-01T10:00:00+02:00", false).unwrap();
    // Requested 2026-06-03 10:00 CEST (08:00Z), due 2026-06-05 17:00 CEST = 15:00Z.
    let ob = reg
        .request_report(
            id,
            &request(
                "2026-06-03T10:00:00+02:00",
                Some("2026-06-05T17:00:00+02:00"),
            ),
        )
        .unwrap();
    assert_eq!(
        (
            ob.kind,
            ob.recipient.as_str(),
            ob.reference.as_str(),
            ob.anchor.as_str(),
            ob.hours_source.as_str()
        ),
        (
            ObligationKind::Intermediate,
            "csirt",
            "NIS2 Art 23(4)(c)",
            "requested_at",
            "request"
        )
    );
    assert_eq!(
        ob.anchor_at.map(|t| t.to_string()).as_deref(),
        Some("2026-06-03T08:00:00.000000Z")
    );
    let view = |reg: &Register, as_of: &str| {
        reg.obligations(Some(id), ts(as_of))
            .unwrap()
            .into_iter()
            .find(|o| o.id == ob.id)
            .unwrap()
    };
    let v = view(&reg, "2026-06-05T15:00:00Z");
    assert_eq!(
        (due(&v).as_deref(), v.status),
        (
            Some("2026-06-05T15:00:00.000000Z"),
            ObligationStatus::Pending
        )
    );
    // 15:30Z is 30 minutes after the due time.
    let v = view(&reg, "2026-06-05T15:30:00Z");
    assert_eq!(
        (v.status, v.late_by_minutes),
        (ObligationStatus::Overdue, Some(30))
    );
    // Re-deriving (the incident's regimes change) neither moves nor drops a requested report.
    reg.set_incident_regimes(id, Some(&["nis2".to_string()][..]))
        .unwrap();
    assert_eq!(
        view(&reg, "2026-06-05T15:30:00Z").status,
        ObligationStatus::Overdue
    );
    // Filed at 16:00Z: 60 minutes late, so the reasons for the delay are required.
    assert_eq!(
        refused(file(&mut reg, id, ob.id, "2026-06-05T16:00:00Z", None)),
        (
            "reasons_for_delay",
            Reason::ReasonsForDelayRequired { minutes: 60 }
        )
    );
    file(
        &mut reg,
        id,
        ob.id,
        "2026-06-05T16:00:00Z",
        Some("The forensic image was still being analysed"),
    )
    .unwrap();
    let v = view(&reg, "2026-06-10T00:00:00Z");
    assert_eq!(
        (v.status, v.late_by_minutes),
        (ObligationStatus::FiledLate, Some(60))
    );

    // A request without a due date: without undue delay, never late; elapsed time from the
    // request at 2026-06-06 08:00Z to 2026-06-07 09:30Z = 25 h 30 min = 1530 minutes.
    let open = reg
        .request_report(id, &request("2026-06-06T08:00:00Z", None))
        .unwrap();
    let v = reg
        .obligations(Some(id), ts("2026-06-07T09:30:00Z"))
        .unwrap()
        .into_iter()
        .find(|o| o.id == open.id)
        .unwrap();
    assert_eq!((v.due_at, v.status), (None, ObligationStatus::Pending));
    assert_eq!(
        reg.undue_delay(open.id, ts("2026-06-07T09:30:00Z"))
            .unwrap()
            .map(|u| u.elapsed_minutes),
        Some(1530)
    );
    reg.verify(None).unwrap();
}

#[test]
fn report_requests_are_validated_before_anything_is_written() {
    let (_d, mut reg) = register("gdpr,nis2", "controller");
    let id = incident(&mut reg, "2026-06-01T09:00:00+02:00");
    let unclassified = incident(&mut reg, "2026-06-01T09:00:00+02:00");
    classify(&mut reg, id, "2026-06-01T10:00:00+02:00", false).unwrap();
    let ok = request(
        "2026-06-03T10:00:00+02:00",
        Some("2026-06-05T17:00:00+02:00"),
    );
    let cases: [(&str, Uuid, RequestInput, &str, Option<Reason>); 9] = [
        (
            "regime without requested reports",
            id,
            RequestInput {
                regime: "gdpr".into(),
                ..ok.clone()
            },
            "regime",
            None,
        ),
        (
            "unknown regime",
            id,
            RequestInput {
                regime: "hipaa".into(),
                ..ok.clone()
            },
            "regime",
            None,
        ),
        (
            "kind that is never requested",
            id,
            RequestInput {
                kind: "final".into(),
                ..ok.clone()
            },
            "kind",
            None,
        ),
        (
            "unknown kind",
            id,
            RequestInput {
                kind: "summary".into(),
                ..ok.clone()
            },
            "kind",
            None,
        ),
        (
            "not classified under NIS2",
            unclassified,
            ok.clone(),
            "regime",
            Some(Reason::NotClassified),
        ),
        (
            "request in the future",
            id,
            RequestInput {
                at: "2099-01-01T00:00:00Z".into(),
                ..ok.clone()
            },
            "at",
            Some(Reason::InFuture),
        ),
        (
            "request before detection",
            id,
            RequestInput {
                at: "2026-06-01T06:00:00Z".into(),
                ..ok.clone()
            },
            "at",
            Some(Reason::BeforeDetected),
        ),
        (
            "due before the request",
            id,
            RequestInput {
                due_at: Some("2026-06-03T07:59:00Z".into()),
                ..ok.clone()
            },
            "due_at",
            Some(Reason::InvalidRange),
        ),
        (
            "due not a timestamp",
            id,
            RequestInput {
                due_at: Some("friday".into()),
                ..ok.clone()
            },
            "due_at",
            Some(Reason::NotATimestamp),
        ),
    ];
    let before = head(&reg);
    for (what, incident, input, field, reason) in cases {
        let (f, r) = refused(reg.request_report(incident, &input));
        assert_eq!(f, field, "{what}");
        if let Some(reason) = reason {
            assert_eq!(r, reason, "{what}");
        }
    }
    assert_eq!(head(&reg), before, "refused requests write nothing");
    // NIS2 not applying to the incident is refused as well.
    reg.set_incident_regimes(id, Some(&["gdpr".to_string()][..]))
        .unwrap();
    let before = head(&reg);
    assert_eq!(
        refused(reg.request_report(id, &ok)),
        ("regime", Reason::RegimeNotEnabled)
    );
    assert_eq!(head(&reg), before);
}
