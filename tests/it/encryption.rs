//! The register file is encrypted: random header, unreadable without the key, no plaintext
//! incident text in any file, a clear message for a wrong passphrase.

use breachlog_tests::{contains, TempRegister};

const MARKER: &str = "MARKER-Zebra-Quokka-7731";

#[test]
fn header_is_not_sqlite_and_plain_sqlite_cannot_read_it() {
    let reg = TempRegister::new();
    reg.new_incident(MARKER, "2026-11-20T09:00:00Z");
    let bytes = std::fs::read(&reg.db).unwrap();
    assert_ne!(&bytes[..16], b"SQLite format 3\0");
    let plain = rusqlite::Connection::open(&reg.db).unwrap();
    let err = plain
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap_err();
    assert_eq!(
        err.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase)
    );
}

#[test]
fn marker_text_is_absent_from_every_file() {
    let reg = TempRegister::new();
    let id = reg.new_incident(MARKER, "2026-11-20T09:00:00Z");
    reg.json(&["incident", "note", &id, "--text", &format!("{MARKER} note")]);
    reg.json(&[
        "breach",
        "assess",
        &id,
        "--consequences",
        &format!("{MARKER} consequences"),
    ]);
    // Before and after a checkpoint (WAL content, then the main file).
    let check = || {
        let files = reg.files();
        assert!(files
            .iter()
            .any(|f| f.extension().is_some_and(|e| e == "keys")));
        for f in files {
            let bytes = std::fs::read(&f).unwrap();
            assert!(
                !contains(&bytes, MARKER.as_bytes()),
                "plaintext marker in {}",
                f.display()
            );
        }
    };
    check();
    reg.raw()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    check();
    // And it is really there when unlocked.
    assert_eq!(reg.json(&["incident", "show", &id])["title"], MARKER);
}

#[test]
fn wrong_passphrase_exits_3_with_a_clear_message() {
    let reg = TempRegister::new();
    let out = reg
        .cmd()
        .args(["incident", "list"])
        .env("BREACHLOG_PASSPHRASE", "wrong horse battery staple")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Wrong passphrase"), "{err}");
    assert!(!err.contains("not a database"), "{err}");
    // The failure is counted and shows up in the journal at the next successful unlock.
    let log = reg.json(&["log"]);
    let unlock = log
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|e| e["kind"] == "session.unlocked")
        .unwrap();
    assert_eq!(unlock["payload"]["failed_attempts_before"], 1);
}

#[test]
fn register_from_a_newer_schema_is_refused() {
    let reg = TempRegister::new();
    reg.raw()
        .execute_batch("PRAGMA user_version = 99;")
        .unwrap();
    let err = reg.fails(&["incident", "list"], 1);
    assert!(err.contains("newer Breachlog"), "{err}");
}

#[test]
fn passphrase_file_works_and_recovery_key_unlocks() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let pw = dir.path().join("pw.txt");
    std::fs::write(&pw, "a long enough passphrase\n").unwrap();
    let bin = breachlog_tests::breachlog_bin();
    let out = assert_cmd::Command::new(&bin)
        .args(["init", "--json", "--passphrase-file", pw.to_str().unwrap()])
        .env("BREACHLOG_DB", &db)
        .env_remove("BREACHLOG_PASSPHRASE")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let recovery = v["recovery_key"].as_str().unwrap().to_string();
    let out = assert_cmd::Command::new(&bin)
        .args([
            "incident",
            "list",
            "--passphrase-file",
            pw.to_str().unwrap(),
        ])
        .env("BREACHLOG_DB", &db)
        .env_remove("BREACHLOG_PASSPHRASE")
        .output()
        .unwrap();
    assert!(out.status.success());
    // Non-interactive use without any key is refused with exit 3, not a hang.
    let out = assert_cmd::Command::new(&bin)
        .args(["incident", "list"])
        .env("BREACHLOG_DB", &db)
        .env_remove("BREACHLOG_PASSPHRASE")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    // The recovery key unwraps the data key (core API; the CLI prompts for it).
    let kf =
        breachlog_core::keys::KeyFile::load(&breachlog_core::keys::key_file_path(&db)).unwrap();
    assert!(kf.unlock_recovery(&recovery).is_ok());
}
