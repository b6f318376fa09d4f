//! Backups, restores, restore tests and key management through the CLI.

use breachlog_tests::{contains, TempRegister, PASSPHRASE};
use serde_json::Value;

const MARKER: &str = "MARKER-Backup-Okapi-4411";

fn backup(reg: &TempRegister) -> std::path::PathBuf {
    let dir = reg.dir.path().join("backups");
    let v = reg.json(&["backup", "create", "--out", dir.to_str().unwrap()]);
    std::path::PathBuf::from(v["path"].as_str().unwrap())
}

#[test]
fn backup_is_encrypted_verifies_and_is_recorded() {
    let reg = TempRegister::new();
    let id = reg.new_incident(MARKER, "2026-11-20T09:00:00Z");
    let file = backup(&reg);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"BREACHLOG-BACKUP v1\n"));
    assert!(
        !contains(&bytes, MARKER.as_bytes()),
        "plaintext in the backup"
    );
    let v = reg.json(&["backup", "verify", file.to_str().unwrap()]);
    assert_eq!(v["ok"], true);
    let status = reg.json(&["backup", "status"]);
    assert!(status["last_backup_at"].is_string());
    assert_eq!(status["last_restore_test_ok"], true);
    let log = reg.json(&["log"]);
    let kinds: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"backup.created") && kinds.contains(&"backup.restore_tested"));
    assert_eq!(reg.json(&["incident", "show", &id])["title"], MARKER);
}

#[test]
fn damaged_backup_fails_its_restore_test_and_the_failure_is_recorded() {
    let reg = TempRegister::new();
    reg.new_incident("Stolen laptop", "2026-11-20T09:00:00Z");
    let file = backup(&reg);
    let mut bytes = std::fs::read(&file).unwrap();
    let at = bytes.len() - 2000;
    bytes[at] ^= 0xff;
    std::fs::write(&file, bytes).unwrap();
    let out = reg.run(&["backup", "verify", file.to_str().unwrap()]);
    assert_ne!(out.status.code(), Some(0));
    let log = reg.json(&["log"]);
    let test = log
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|e| e["kind"] == "backup.restore_tested")
        .unwrap();
    assert_eq!(test["payload"]["ok"], false);
}

#[test]
fn restore_refuses_to_overwrite_without_force_and_restores_with_it() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Phishing wave", "2026-11-20T09:00:00Z");
    let file = backup(&reg);
    // A fresh location.
    let target = reg.dir.path().join("restored").join("register.db");
    let mut c = reg.cmd();
    let out = c
        .args(["backup", "restore", file.to_str().unwrap(), "--json"])
        .env("BREACHLOG_DB", &target)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = reg
        .cmd()
        .args(["incident", "show", &id, "--json"])
        .env("BREACHLOG_DB", &target)
        .output()
        .unwrap();
    assert!(out.status.success());
    // Changes after the backup, then a restore over the live register.
    reg.new_incident("Made after the backup", "2026-11-21T09:00:00Z");
    let before = std::fs::read(&reg.db).unwrap();
    let err = reg.fails(&["backup", "restore", file.to_str().unwrap()], 1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(
        std::fs::read(&reg.db).unwrap(),
        before,
        "the register was touched"
    );
    reg.json(&["backup", "restore", file.to_str().unwrap(), "--force"]);
    let list = reg.json(&["incident", "list"]);
    assert_eq!(
        list.as_array().unwrap().len(),
        1,
        "the restored register has the backup's state"
    );
    assert_eq!(reg.json(&["verify"])["ok"], true);
    let leftovers: Vec<_> = reg
        .files()
        .into_iter()
        .filter(|f| f.to_string_lossy().ends_with(".next"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn change_passphrase_and_reset_it_with_the_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let bin = breachlog_tests::breachlog_bin();
    let run = |args: &[&str], pass: &str, extra: &[(&str, &str)]| {
        let mut c = assert_cmd::Command::new(&bin);
        c.args(args)
            .env("BREACHLOG_DB", &db)
            .env("BREACHLOG_PASSPHRASE", pass);
        for (k, v) in extra {
            c.env(k, v);
        }
        c.output().unwrap()
    };
    let out = run(&["init", "--json"], PASSPHRASE, &[]);
    let recovery = serde_json::from_slice::<Value>(&out.stdout).unwrap()["recovery_key"]
        .as_str()
        .unwrap()
        .to_string();
    let out = run(
        &["key", "change-passphrase"],
        PASSPHRASE,
        &[("BREACHLOG_NEW_PASSPHRASE", "second passphrase here")],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        run(&["incident", "list"], PASSPHRASE, &[]).status.code(),
        Some(3)
    );
    assert!(run(&["incident", "list"], "second passphrase here", &[])
        .status
        .success());
    // Lost passphrase: unlock with the recovery key and set a new one.
    let rk = dir.path().join("recovery.txt");
    std::fs::write(&rk, &recovery).unwrap();
    let out = run(
        &[
            "key",
            "change-passphrase",
            "--recovery-key-file",
            rk.to_str().unwrap(),
        ],
        "",
        &[("BREACHLOG_NEW_PASSPHRASE", "third passphrase here")],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(run(&["incident", "list"], "third passphrase here", &[])
        .status
        .success());
}

#[test]
fn rotation_re_encrypts_so_the_old_key_and_recovery_key_no_longer_open_it() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Account takeover", "2026-11-20T09:00:00Z");
    let kf =
        breachlog_core::keys::KeyFile::load(&breachlog_core::keys::key_file_path(&reg.db)).unwrap();
    let old_key = kf.unlock_passphrase(PASSPHRASE).unwrap();
    let v = reg.json(&["key", "rotate"]);
    let new_recovery = v["recovery_key"].as_str().unwrap();
    let err = breachlog_core::storage::open(&reg.db, &old_key, false).unwrap_err();
    assert!(matches!(err, breachlog_core::Error::WrongKey), "{err:?}");
    let kf2 =
        breachlog_core::keys::KeyFile::load(&breachlog_core::keys::key_file_path(&reg.db)).unwrap();
    assert!(kf2.unlock_recovery(new_recovery).is_ok());
    assert_eq!(
        reg.json(&["incident", "show", &id])["title"],
        "Account takeover"
    );
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
    let log = reg.json(&["log"]);
    assert!(log
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "key.rotated"));
}

#[test]
fn repeated_failures_slow_unlocking_down_and_are_journalled() {
    let reg = TempRegister::new();
    for _ in 0..5 {
        let out = reg
            .cmd()
            .args(["incident", "list"])
            .env("BREACHLOG_PASSPHRASE", "not the passphrase")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3));
    }
    // Even the right passphrase must wait now.
    let err = reg.fails(&["incident", "list"], 3);
    // 30 s from the last failure, minus however long this machine took to get here.
    let waited = (10..=30).any(|s| err.contains(&format!("Wait {s} seconds")));
    assert!(waited, "{err}");
    // The count lives in the key lock file, not in the key slots.
    let path = breachlog_core::lock::key_lock_path(&reg.db);
    let mut record: Value =
        serde_json::from_str(std::fs::read_to_string(&path).unwrap().trim()).unwrap();
    assert_eq!(record["count"], 5);
    // Pretend the wait is over.
    record["last_at"] = Value::String("2026-01-01T00:00:00.000000Z".into());
    std::fs::write(&path, serde_json::to_string(&record).unwrap()).unwrap();
    let log = reg.json(&["log"]);
    let unlock =
        log.as_array().unwrap().iter().rev().find(|e| {
            e["kind"] == "session.unlocked" && e["payload"]["failed_attempts_before"] == 5
        });
    assert!(
        unlock.is_some(),
        "the failures are recorded at the next successful unlock"
    );
}

#[test]
fn backup_status_is_the_latest_backup_and_restore_test_read_from_an_index() {
    let reg = TempRegister::new();
    reg.new_incident("Stolen laptop", "2026-11-20T09:00:00Z");
    let first = backup(&reg);
    reg.json(&["backup", "verify", first.to_str().unwrap()]);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let second = backup(&reg);
    assert_ne!(first, second);
    // The newest restore test failed: that is what the status reports.
    let mut bytes = std::fs::read(&second).unwrap();
    let at = bytes.len() - 2000;
    bytes[at] ^= 0xff;
    std::fs::write(&second, bytes).unwrap();
    assert_ne!(
        reg.run(&["backup", "verify", second.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let status = reg.json(&["backup", "status"]);
    assert_eq!(
        status["last_backup_file"],
        second.file_name().unwrap().to_str().unwrap()
    );
    assert_eq!(status["last_restore_test_ok"], false);
    // Each is one lookup in a partial index, not a scan of the journal.
    let conn = reg.raw();
    for (kind, index) in [
        ("backup.created", "events_backup_created"),
        ("backup.restore_tested", "events_restore_tested"),
    ] {
        let plan: Vec<String> = conn
            .prepare(
                "EXPLAIN QUERY PLAN SELECT seq, payload FROM events WHERE kind = ?1 ORDER BY seq DESC LIMIT 1",
            )
            .unwrap()
            .query_map([kind], |r| r.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(plan.iter().any(|p| p.contains(index)), "{kind}: {plan:?}");
    }
}
