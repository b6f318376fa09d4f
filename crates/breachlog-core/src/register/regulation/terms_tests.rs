//! Controller contract changes and the NIS2 trust-service notification (requested reports:
//! `request_tests.rs`, which shares these helpers). Every expected time is worked out by hand
//! from the rules (comments show the arithmetic), never taken from the code's output. Refused
//! input names the field and writes nothing (the journal head does not move).

use tempfile::TempDir;
use uuid::Uuid;

use super::test_support::{due, file, head, incident, obligations as list, refused, register_in};
use super::{
    ClassifyInput, ControllerUpdate, ObligationKind, ObligationStatus, ObligationView, Regime,
};
use crate::register::{AssessmentInput, OrgInput};
use crate::{Error, Reason, Register};

pub(super) fn register(regimes: &str, role: &str) -> (TempDir, Register) {
    let more = OrgInput {
        name: Some("Example Trust B.V.".into()),
        lead_authority: Some("nl-ap".into()),
        default_role: Some(role.into()),
        ..Default::default()
    };
    register_in("Europe/Amsterdam", regimes, more)
}

fn processor_breach(aware: &str, controllers: &[&str]) -> AssessmentInput {
    AssessmentInput {
        personal_data: Some("yes".into()),
        aware_at: Some(aware.into()),
        role: Some("processor".into()),
        controllers: Some(controllers.iter().map(|c| (*c).to_string()).collect()),
        ..Default::default()
    }
}

#[test]
fn changed_contract_hours_apply_to_notices_opened_afterwards_only() {
    let (_d, mut reg) = register("gdpr", "processor");
    let acme = reg
        .add_controller("Acme Retail", Some(24), Some("dpo@acme.test"))
        .unwrap();
    let a = incident(&mut reg, "2026-02-02T08:00:00Z");
    reg.assess(
        a,
        &processor_breach("2026-02-02T09:00:00Z", &["Acme Retail"]),
    )
    .unwrap();
    // Aware 2026-02-02 09:00Z + 24 contractual hours = 2026-02-03 09:00Z.
    let notice = list(&reg, a, "2026-02-02T12:00:00Z").remove(0);
    assert_eq!(
        (notice.kind, due(&notice).as_deref()),
        (
            ObligationKind::ControllerNotice,
            Some("2026-02-03T09:00:00.000000Z")
        )
    );

    let changed = reg
        .update_controller(
            "acme retail",
            &ControllerUpdate {
                notice_hours: Some(48),
                contact: Some("privacy@acme.test".into()),
                ..ControllerUpdate::default()
            },
        )
        .unwrap();
    assert_eq!(
        (changed.id, changed.notice_hours, changed.contact()),
        (acme.id, Some(48), "privacy@acme.test")
    );
    assert_eq!(reg.controllers().unwrap()[0].notice_hours, Some(48));

    // The notice opened before the change keeps its 24 hours: still due 2026-02-03 09:00Z.
    let kept = list(&reg, a, "2026-02-02T12:00:00Z").remove(0);
    assert_eq!(
        (kept.id, due(&kept).as_deref()),
        (notice.id, Some("2026-02-03T09:00:00.000000Z"))
    );
    assert_eq!(reg.obligation(notice.id).unwrap().hours, Some(24));
    // Correcting awareness to 10:00Z moves it with its own 24 hours: 2026-02-03 10:00Z (not +48 h).
    reg.assess(
        a,
        &AssessmentInput {
            aware_at: Some("2026-02-02T10:00:00Z".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let moved = list(&reg, a, "2026-02-02T12:00:00Z").remove(0);
    assert_eq!(
        (moved.id, due(&moved).as_deref()),
        (notice.id, Some("2026-02-03T10:00:00.000000Z"))
    );

    // A breach assessed after the change gets the new 48 hours. Aware 2026-03-27 10:00 CET =
    // 09:00Z; + 48 h = 2026-03-29 09:00Z (11:00 CEST: the clocks went forward at 01:00Z that day).
    let b = incident(&mut reg, "2026-03-27T08:00:00+01:00");
    reg.assess(
        b,
        &processor_breach("2026-03-27T10:00:00+01:00", &["Acme Retail"]),
    )
    .unwrap();
    let new = list(&reg, b, "2026-03-28T00:00:00Z").remove(0);
    assert_eq!(due(&new).as_deref(), Some("2026-03-29T09:00:00.000000Z"));
    assert_eq!(reg.obligation(new.id).unwrap().hours, Some(48));
    reg.verify(None).unwrap();
}

#[test]
fn controller_changes_are_validated_before_anything_is_written() {
    let (_d, mut reg) = register("gdpr", "processor");
    reg.add_controller("Acme Retail", Some(24), None).unwrap();
    reg.add_controller("Globex", Some(36), None).unwrap();
    let hours = |h: i64| ControllerUpdate {
        notice_hours: Some(h),
        ..Default::default()
    };
    let before = head(&reg);
    let cases: [(&str, &str, ControllerUpdate, &str); 7] = [
        ("no such controller", "Umbrella", hours(48), "controller"),
        (
            "id prefix too short to be an id",
            "zz",
            hours(48),
            "controller",
        ),
        ("zero hours", "Acme Retail", hours(0), "notice_hours"),
        (
            "more than a year of hours",
            "Acme Retail",
            hours(24 * 365 + 1),
            "notice_hours",
        ),
        (
            "another controller's name",
            "Acme Retail",
            ControllerUpdate {
                name: Some("globex".into()),
                ..hours(48)
            },
            "name",
        ),
        (
            "empty name",
            "Acme Retail",
            ControllerUpdate {
                name: Some("  ".into()),
                ..hours(48)
            },
            "name",
        ),
        ("nothing changes", "Globex", hours(36), "controller"),
    ];
    for (what, who, update, field) in cases {
        assert_eq!(
            refused(reg.update_controller(who, &update)).0,
            field,
            "{what}"
        );
    }
    assert_eq!(
        refused(reg.update_controller("Globex", &hours(36))).1,
        Reason::NoChanges
    );
    assert_eq!(head(&reg), before, "refused changes write nothing");
    // Renaming keeps the id; the new name resolves.
    let g = reg
        .update_controller(
            "Globex",
            &ControllerUpdate {
                name: Some("Globex Europe".into()),
                ..hours(36)
            },
        )
        .unwrap();
    assert_eq!(
        reg.update_controller(&g.id.to_string(), &hours(12))
            .unwrap()
            .name,
        "Globex Europe"
    );
    assert_eq!(
        reg.update_controller("globex europe", &hours(6))
            .unwrap()
            .notice_hours,
        Some(6)
    );
    reg.verify(None).unwrap();
}

pub(super) fn classify(
    reg: &mut Register,
    id: Uuid,
    at: &str,
    trust_service: bool,
) -> Result<crate::domain::Incident, Error> {
    let input = ClassifyInput {
        regime: "nis2".into(),
        at: at.into(),
        trust_service: trust_service.then_some(true),
        cra_kind: None,
        ..Default::default()
    };
    reg.classify(id, &input)
}

fn only(
    list: &[ObligationView],
    kind: ObligationKind,
    status: Option<ObligationStatus>,
) -> ObligationView {
    let found: Vec<&ObligationView> = list
        .iter()
        .filter(|o| {
            o.regime == Regime::Nis2 && o.kind == kind && status.is_none_or(|s| o.status == s)
        })
        .collect();
    assert_eq!(found.len(), 1, "{kind} in {list:#?}");
    found[0].clone()
}

#[test]
fn trust_service_incident_notification_is_due_in_24_hours() {
    let (_d, mut reg) = register("nis2,dora", "controller");
    // Significant at 2026-10-24 22:00 CEST = 20:00Z, the evening before the clocks go back.
    let cases = [
        // (trust service, notification due, reference) — 20:00Z + 24 h, or + 72 h.
        (
            true,
            "2026-10-25T20:00:00.000000Z",
            "NIS2 Art 23(4), second subparagraph",
        ),
        (false, "2026-10-27T20:00:00.000000Z", "NIS2 Art 23(4)(b)"),
    ];
    for (trust, expected, reference) in cases {
        let id = incident(&mut reg, "2026-10-24T21:00:00+02:00");
        classify(&mut reg, id, "2026-10-24T22:00:00+02:00", trust).unwrap();
        assert_eq!(
            reg.incident_regulation(id)
                .unwrap()
                .nis2
                .unwrap()
                .trust_service,
            trust
        );
        let all = list(&reg, id, "2026-10-25T00:00:00Z");
        let n = only(&all, ObligationKind::Notification, None);
        assert_eq!(
            (due(&n).as_deref(), n.reference.as_str()),
            (Some(expected), reference),
            "trust service {trust}"
        );
        // The early warning is 24 h either way (Art 23(4)(a)): 2026-10-25 20:00Z.
        let ew = only(&all, ObligationKind::EarlyWarning, None);
        assert_eq!(due(&ew).as_deref(), Some("2026-10-25T20:00:00.000000Z"));
    }
    // --trust-service is a NIS2 notion: refused for DORA, nothing written.
    let id = incident(&mut reg, "2026-10-24T21:00:00+02:00");
    let before = head(&reg);
    let dora = ClassifyInput {
        regime: "dora".into(),
        at: "2026-10-24T22:00:00+02:00".into(),
        trust_service: Some(true),
        cra_kind: None,
        ..Default::default()
    };
    assert_eq!(
        refused(reg.classify(id, &dora)),
        ("trust_service", Reason::Nis2Only)
    );
    assert_eq!(head(&reg), before);
    reg.verify(None).unwrap();
}

#[test]
fn correcting_the_trust_service_flag_swaps_the_notification_and_the_final_report_follows_it() {
    let (_d, mut reg) = register("nis2", "controller");
    let id = incident(&mut reg, "2026-10-24T21:00:00+02:00");
    classify(&mut reg, id, "2026-10-24T22:00:00+02:00", false).unwrap();
    let n72 = only(
        &list(&reg, id, "2026-10-25T00:00:00Z"),
        ObligationKind::Notification,
        None,
    );
    // Found to affect our trust services: the 72-hour notification is no longer the one
    // required, the 24-hour one is: 20:00Z + 24 h = 2026-10-25 20:00Z.
    classify(&mut reg, id, "2026-10-24T22:00:00+02:00", true).unwrap();
    let all = list(&reg, id, "2026-10-25T00:00:00Z");
    assert_eq!(
        all.iter().find(|o| o.id == n72.id).map(|o| o.status),
        Some(ObligationStatus::NotRequired)
    );
    let n24 = only(
        &all,
        ObligationKind::Notification,
        Some(ObligationStatus::Pending),
    );
    assert_eq!(due(&n24).as_deref(), Some("2026-10-25T20:00:00.000000Z"));
    // Filed at 2026-10-25 19:00Z = 20:00 CET (UTC+1 since 01:00Z). The final report is one month
    // after that filing.
    file(&mut reg, id, n24.id, "2026-10-25T19:00:00Z", None).unwrap();
    let fin = only(
        &list(&reg, id, "2026-11-01T00:00:00Z"),
        ObligationKind::Final,
        None,
    );
    // Under 1182/71 Art 3(2)(c) the period ends with the whole of Wednesday 25 November
    // (23:59:59 CET); 20:00 CET is the target.
    assert_eq!(
        (due(&fin).as_deref(), fin.status),
        (
            Some("2026-11-25T22:59:59.999999Z"),
            ObligationStatus::Pending
        )
    );
    assert_eq!(
        fin.target_at.map(|t| t.to_string()).as_deref(),
        Some("2026-11-25T19:00:00.000000Z")
    );
    // Once filed, the 24-hour notification stays the incident's notification.
    classify(&mut reg, id, "2026-10-24T22:00:00+02:00", false).unwrap();
    let all = list(&reg, id, "2026-11-01T00:00:00Z");
    assert_eq!(
        only(
            &all,
            ObligationKind::Notification,
            Some(ObligationStatus::Filed)
        )
        .id,
        n24.id
    );
    assert!(all
        .iter()
        .filter(|o| o.kind == ObligationKind::Notification)
        .all(|o| o.status != ObligationStatus::Pending));
    reg.verify(None).unwrap();
}
