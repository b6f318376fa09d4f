//! What a user touches every day, through the CLI: detail edits, actions and notes (each lands
//! in the journal and the projection, and `verify` passes), times shown in the organisation's
//! zone whatever the OS zone, the repeated autumn hour, and backups made before a key rotation.
//! Expected values are worked out by hand (comments).

use breachlog_tests::{TempRegister, PASSPHRASE};
use serde_json::Value;

fn kinds(reg: &TempRegister, id: &str) -> Vec<String> {
    reg.json(&["log", id])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect()
}

fn human(reg: &TempRegister, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut c = reg.cmd();
    c.args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_edited_detail_lands_in_the_journal_and_the_projection_and_verifies() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Laptop lost", "2026-11-20T09:00:00Z");
    reg.json(&[
        "incident",
        "update",
        &id,
        "--title",
        "Laptop stolen from car",
        "--description",
        "Left in the car overnight; disk encrypted",
        "--owner",
        "it-security",
        // 23:30 in Amsterdam (CET, UTC+1) on the 19th = 22:30Z.
        "--occurred-at",
        "2026-11-19T23:30:00+01:00",
        "--detected-at",
        "2026-11-20T08:15:00Z",
        "--severity",
        "low",
    ]);
    let v = reg.json(&["incident", "show", &id]);
    assert_eq!(v["title"], "Laptop stolen from car");
    assert_eq!(
        v["description"],
        "Left in the car overnight; disk encrypted"
    );
    assert_eq!(v["owner"], "it-security");
    // `--occurred-at` sets the start of the occurrence window.
    assert_eq!(v["occurred_from"], "2026-11-19T22:30:00.000000Z");
    assert_eq!(v["detected_at"], "2026-11-20T08:15:00.000000Z");
    assert_eq!(v["severity"], "low");
    let log = reg.json(&["log", &id]);
    let update = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "incident.updated")
        .expect("incident.updated in the journal");
    let mut changed: Vec<&str> = update["payload"]["changes"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    changed.sort_unstable();
    assert_eq!(
        changed,
        [
            "description",
            "detected_at",
            "occurred_from",
            "owner",
            "severity",
            "title"
        ]
    );
    // A second edit of one field records only that field.
    reg.json(&["incident", "update", &id, "--severity", "high"]);
    let log = reg.json(&["log", &id]);
    let last = log
        .as_array()
        .unwrap()
        .iter()
        .rfind(|e| e["kind"] == "incident.updated")
        .unwrap();
    let keys: Vec<&String> = last["payload"]["changes"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(keys, ["severity"]);
    assert_eq!(reg.json(&["incident", "show", &id])["severity"], "high");
    assert_eq!(reg.json(&["verify"])["ok"], true);
    // The list shows the edited title and the new detection time.
    let list = reg.json(&["incident", "list"]);
    assert_eq!(list[0]["title"], "Laptop stolen from car");
    assert_eq!(list[0]["detected_at"], "2026-11-20T08:15:00.000000Z");
}

#[test]
fn actions_and_notes_are_journalled_listed_and_verified() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Account takeover of admin", "2026-11-20T09:00:00Z");
    let first = reg.json(&[
        "incident",
        "action",
        "add",
        &id,
        "--title",
        "Rotate API keys",
        "--owner",
        "ops",
        "--due",
        "2026-11-21T12:00:00Z",
    ]);
    reg.json(&[
        "incident",
        "action",
        "add",
        &id,
        "--title",
        "Tell the customer",
    ]);
    reg.json(&["incident", "action", "done", first["id"].as_str().unwrap()]);
    reg.json(&["incident", "note", &id, "--text", "Attacker IP blocked"]);
    reg.json(&["incident", "note", &id, "--text", "MFA enforced"]);
    let k = kinds(&reg, &id);
    let ours: Vec<&str> = k
        .iter()
        .map(String::as_str)
        .filter(|k| k.starts_with("action.") || k.starts_with("note."))
        .collect();
    assert_eq!(
        ours,
        [
            "action.added",
            "action.added",
            "action.done",
            "note.added",
            "note.added"
        ]
    );
    let v = reg.json(&["incident", "show", &id]);
    let actions = v["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 2);
    let by_title = |t: &str| actions.iter().find(|a| a["title"] == t).unwrap();
    assert_eq!(by_title("Rotate API keys")["done"], true);
    assert_eq!(by_title("Rotate API keys")["owner"], "ops");
    assert_eq!(by_title("Tell the customer")["done"], false);
    let notes: Vec<&str> = v["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap())
        .collect();
    assert_eq!(notes, ["Attacker IP blocked", "MFA enforced"]);
    assert_eq!(reg.json(&["verify"])["ok"], true);
    // The human view shows the due time in the organisation's zone: 12:00Z = 13:00 CET.
    let text = human(&reg, &["incident", "show", &id], &[]);
    assert!(text.contains("Rotate API keys"), "{text}");
    assert!(text.contains("2026-11-21 13:00 CET"), "{text}");
    assert!(text.contains("MFA enforced"), "{text}");
}

/// The OS zone (`TZ`) is not the organisation's: every time shown stays in the organisation's
/// zone (Europe/Amsterdam), whichever zone the machine is in.
#[test]
fn times_are_shown_in_the_organisations_zone_whatever_the_os_zone() {
    let reg = TempRegister::new();
    // 09:00Z on 20 Nov = 10:00 CET; the action due 2026-07-01 10:00Z = 12:00 CEST.
    let id = reg.new_incident("Ransomware on file server", "2026-11-20T09:00:00Z");
    reg.json(&[
        "incident",
        "action",
        "add",
        &id,
        "--title",
        "Restore shares",
        "--due",
        "2026-07-01T10:00:00Z",
    ]);
    for tz in [
        "America/Los_Angeles",
        "Asia/Tokyo",
        "UTC",
        "Pacific/Chatham",
    ] {
        let text = human(&reg, &["incident", "show", &id], &[("TZ", tz)]);
        assert!(text.contains("2026-11-20 10:00 CET"), "TZ={tz}: {text}");
        assert!(text.contains("2026-07-01 12:00 CEST"), "TZ={tz}: {text}");
        // Neither the OS zone's hour nor UTC's is shown (01:00 PST, 18:00 JST, 09:00 UTC).
        for wrong in ["2026-11-20 01:00", "2026-11-20 18:00", "2026-11-20 09:00"] {
            assert!(!text.contains(wrong), "TZ={tz} shows {wrong}: {text}");
        }
    }
}

/// 2026-10-25 in Amsterdam: clocks go back from 03:00 CEST to 02:00 CET, so 02:30 happens twice —
/// at 00:30Z (CEST, UTC+2) and at 01:30Z (CET, UTC+1). Both are stored as the UTC instant given
/// and shown with their own abbreviation.
#[test]
fn the_repeated_autumn_hour_is_shown_as_cest_then_cet() {
    let reg = TempRegister::new();
    let first = reg.new_incident("First 02:30", "2026-10-25T02:30:00+02:00");
    let second = reg.new_incident("Second 02:30", "2026-10-25T02:30:00+01:00");
    assert_eq!(
        reg.json(&["incident", "show", &first])["detected_at"],
        "2026-10-25T00:30:00.000000Z"
    );
    assert_eq!(
        reg.json(&["incident", "show", &second])["detected_at"],
        "2026-10-25T01:30:00.000000Z"
    );
    let a = human(&reg, &["incident", "show", &first], &[]);
    let b = human(&reg, &["incident", "show", &second], &[]);
    assert!(a.contains("2026-10-25 02:30 CEST"), "{a}");
    assert!(b.contains("2026-10-25 02:30 CET"), "{b}");
    assert!(!b.contains("02:30 CEST"), "{b}");
    // The list shows both, each with its own offset name.
    let list = human(&reg, &["incident", "list"], &[]);
    assert!(
        list.contains("2026-10-25 02:30 CEST") && list.contains("2026-10-25 02:30 CET"),
        "{list}"
    );
    // Newest first by the instant (the same wall time, an hour apart): the CET one is newer.
    let rows = reg.json(&["incident", "list"]);
    let order: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["Second 02:30", "First 02:30"]);
}

/// A backup made before `key rotate --new-passphrase-file` carries the key file of its day: it
/// restores with the passphrase valid when it was made, not with the new one (docs/security.md,
/// "older copies"), and holds the register as it was then.
#[test]
fn a_backup_made_before_a_key_rotation_restores_with_the_passphrase_of_its_day() {
    const NEW: &str = "the passphrase after rotation";
    let reg = TempRegister::new();
    reg.new_incident("Before the backup", "2026-11-20T09:00:00Z");
    let out = reg.dir.path().join("backups");
    let info = reg.json(&["backup", "create", "--out", out.to_str().unwrap()]);
    let file = info["path"].as_str().expect("backup path").to_string();
    let new_file = reg.dir.path().join("new.txt");
    std::fs::write(&new_file, NEW).unwrap();
    reg.json(&[
        "key",
        "rotate",
        "--new-passphrase-file",
        new_file.to_str().unwrap(),
    ]);
    let target = reg.dir.path().join("restored").join("register.db");
    let restore = |pass: &str| {
        reg.cmd()
            .args(["backup", "restore", &file, "--json"])
            .env("BREACHLOG_DB", &target)
            .env("BREACHLOG_PASSPHRASE", pass)
            .output()
            .unwrap()
    };
    let refused = restore(NEW);
    assert_eq!(
        refused.status.code(),
        Some(3),
        "the new passphrase does not open an older backup: {}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(!target.exists(), "a refused restore wrote the register");
    let ok = restore(PASSPHRASE);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let list = reg
        .cmd()
        .args(["incident", "list", "--json"])
        .env("BREACHLOG_DB", &target)
        .output()
        .unwrap();
    let rows: Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(rows[0]["title"], "Before the backup");
    let v = reg
        .cmd()
        .args(["verify", "--json"])
        .env("BREACHLOG_DB", &target)
        .output()
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(&v.stdout).unwrap()["ok"],
        true
    );
    // The rotated register itself still opens with the new passphrase only.
    let code = |pass: &str| {
        reg.cmd()
            .args(["incident", "list"])
            .env("BREACHLOG_PASSPHRASE", pass)
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(code(NEW), Some(0));
    assert_eq!(code(PASSPHRASE), Some(3));
}

/// Incident reports in German, Dutch and French: the title, the field labels, the severity and
/// the page footer in the language (hand-copied from `locales/*/reports.ftl`), and both 02:30s
/// of the autumn night with their own UTC offsets (the reports print `YYYY-MM-DD HH:MM ±hh:mm`
/// in the organisation's zone in every language, also when the machine's zone is another).
#[test]
fn incident_reports_in_german_dutch_and_french_have_their_labels_and_dates() {
    let reg = TempRegister::new();
    let id = reg.json(&[
        "incident",
        "new",
        "--title",
        "Datenleck im Kundenportal",
        "--severity",
        "high",
        // The first 02:30 (CEST, 00:30Z) and the second (CET, 01:30Z).
        "--occurred-at",
        "2026-10-25T02:30:00+02:00",
        "--detected-at",
        "2026-10-25T02:30:00+01:00",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let cases = [
        (
            "de",
            [
                "Bericht zum Sicherheitsvorfall",
                "Entdeckt",
                "Eingetreten",
                "Schweregrad",
                "Hoch",
                "Seite 1 von",
            ],
        ),
        (
            "nl",
            [
                "Rapport over het beveiligingsincident",
                "Ontdekt",
                "Opgetreden",
                "Ernst",
                "Hoog",
                "Pagina 1 van",
            ],
        ),
        (
            "fr",
            [
                "Rapport d'incident de sécurité",
                "Détecté",
                "Survenu",
                "Gravité",
                "Élevée",
                "Page 1 sur",
            ],
        ),
    ];
    for (lang, expected) in cases {
        let pdf = reg.dir.path().join(format!("incident-{lang}.pdf"));
        // Issued on a machine in Los Angeles: the report still speaks the organisation's zone.
        human(
            &reg,
            &[
                "--lang",
                lang,
                "report",
                "incident",
                &id,
                "--out",
                pdf.to_str().unwrap(),
            ],
            &[("TZ", "America/Los_Angeles")],
        );
        let text = super::reports::text_of(&pdf);
        // 00:30Z and 01:30Z in Los Angeles (PDT, UTC-7): 17:30 and 18:30 on the 24th.
        for wrong in ["2026-10-24 17:30", "2026-10-24 18:30", "-07:00"] {
            assert!(
                !text.contains(wrong),
                "{lang}: the OS zone's {wrong:?} in {text}"
            );
        }
        for e in expected.iter().chain(&[
            "2026-10-25 02:30 +02:00",
            "2026-10-25 02:30 +01:00",
            "Datenleck im Kundenportal",
        ]) {
            assert!(text.contains(e), "{lang}: {e:?} missing in {text}");
        }
        // No English label slipped through.
        for english in ["Incident report", "Detected", "Severity", "Page 1 of"] {
            assert!(!text.contains(english), "{lang}: {english:?} in {text}");
        }
    }
}
