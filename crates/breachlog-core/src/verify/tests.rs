//! `Register::verifier`: a verification on its own snapshot, while the register is written.

use super::*;
use crate::domain::Incident;
use crate::error::{Error, IntegrityError, IntegrityReason};
use crate::register::IncidentInput;

fn register() -> (tempfile::TempDir, Register) {
    crate::testing::register(crate::testing::org_in("Europe/Paris"), "rssi")
}

fn incident(reg: &mut Register, title: &str) -> Incident {
    reg.create_incident(&IncidentInput {
        title: Some(title.into()),
        description: Some("Une clé USB perdue dans le métro.".into()),
        category: Some("lost_device".into()),
        severity: Some("low".into()),
        detected_at: Some("2026-10-01T08:00:00Z".into()),
        ..Default::default()
    })
    .unwrap()
}

#[test]
fn a_verifier_checks_its_snapshot_while_the_register_is_written() {
    let (_dir, mut reg) = register();
    incident(&mut reg, "Clé USB perdue");
    let verifier = reg.verifier().unwrap();
    let head = verifier.head().clone();
    // Written after the snapshot: a new incident (a new row in every compared table kind) and
    // an update of the first one.
    let second = incident(&mut reg, "Ordinateur volé");
    reg.transition(second.id, "triage", None, None, None)
        .unwrap();
    let report = std::thread::spawn(move || verifier.run(None))
        .join()
        .unwrap()
        .unwrap();
    assert_eq!((report.head_seq, report.head_hash), head);
    // The register as it is now verifies too, with the later events.
    let now = reg.verify(None).unwrap();
    assert!(now.head_seq > report.head_seq);
}

#[test]
fn a_verifier_still_finds_a_projection_edited_before_its_snapshot() {
    let (_dir, mut reg) = register();
    let first = incident(&mut reg, "Clé USB perdue");
    reg.conn
        .execute(
            "UPDATE incidents SET severity = 'critical' WHERE id = ?1",
            [first.id.to_string()],
        )
        .unwrap();
    let err = reg.verifier().unwrap().run(None).unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Integrity(IntegrityError {
                reason: IntegrityReason::ProjectionMismatch { table, key },
                ..
            }) if table == "incidents" && *key == first.id.to_string()
        ),
        "{err:?}"
    );
}

/// Security review L6: "show incident titles in desktop notifications" is off unless chosen,
/// is journalled like every setting, and its absence from settings stored before it existed
/// does not break `verify` (the stored document of a register that never set it has no such
/// member, exactly as the rebuild).
#[test]
fn the_notification_title_setting_is_off_by_default_and_every_state_verifies() {
    let (_dir, mut reg) = register();
    let stored: String = reg
        .conn
        .query_row("SELECT doc FROM settings WHERE id = 1", [], |r| r.get(0))
        .unwrap();
    assert!(!stored.contains("notify_show_titles"), "{stored}");
    assert!(!reg.settings().unwrap().notify_shows_titles());
    reg.verify(None).unwrap();
    for show in [true, false] {
        let s = reg
            .update_settings(&crate::register::SettingsInput {
                notify_show_titles: Some(show),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(s.notify_shows_titles(), show);
        assert_eq!(reg.settings().unwrap().notify_show_titles, Some(show));
        reg.verify(None).unwrap();
    }
}
