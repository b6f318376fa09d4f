//! Schema migration 3 (`report_files`) on registers written by earlier builds.

use zeroize::Zeroizing;

use super::{ReportKind, ReportOptions};
use crate::register::{InitOptions, OrgInput, Register};
use crate::store::storage::SCHEMA_VERSION;
use crate::UnlockMethod;

const PASS: &str = "correct horse battery staple";

fn open_raw(path: &std::path::Path) -> rusqlite::Connection {
    let kf = crate::store::keys::KeyFile::load(&crate::store::keys::key_file_path(path)).unwrap();
    let key = kf.unlock_passphrase(PASS).unwrap();
    crate::store::storage::open(path, &key, false).unwrap()
}

fn tables(conn: &rusqlite::Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

fn version(conn: &rusqlite::Connection) -> i64 {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn schema_2_registers_are_upgraded_with_or_without_a_report_table() {
    const { assert!(SCHEMA_VERSION >= 3) };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.db");
    let opts = InitOptions {
        org: OrgInput {
            name: Some("Voorbeeld B.V.".into()),
            timezone: Some("Europe/Amsterdam".into()),
            ..Default::default()
        },
        passphrase: Some(Zeroizing::new(PASS.into())),
        keyring: false,
        actor: "dpo".into(),
    };
    let (mut reg, _) = Register::init(&path, opts).unwrap();
    let first = reg
        .issue_report(ReportKind::AuditTrail, &ReportOptions::default())
        .unwrap();
    drop(reg);
    let reopen = || {
        Register::open(
            &path,
            UnlockMethod::Passphrase(Zeroizing::new(PASS.into())),
            "dpo",
            "test",
        )
        .unwrap()
    };

    // A schema 2 register whose earlier build created report_files on first use: kept as is.
    {
        let conn = open_raw(&path);
        assert_eq!(version(&conn), SCHEMA_VERSION);
        conn.execute_batch("PRAGMA user_version = 2;").unwrap();
    }
    let reg = reopen();
    assert_eq!(version(reg.conn()), SCHEMA_VERSION);
    assert_eq!(
        reg.report_pdf(&first.serial).unwrap(),
        Some(first.bytes.clone())
    );
    drop(reg);

    // A schema 2 register that never issued a report has no report_files table at all.
    {
        let conn = open_raw(&path);
        conn.execute_batch("DROP TABLE report_files; PRAGMA user_version = 2;")
            .unwrap();
        assert!(!tables(&conn).contains(&"report_files".to_string()));
    }
    let mut reg = reopen();
    assert_eq!(version(reg.conn()), SCHEMA_VERSION);
    assert!(tables(reg.conn()).contains(&"report_files".to_string()));
    assert_eq!(reg.report_pdf(&first.serial).unwrap(), None);
    let second = reg
        .issue_report(ReportKind::AuditTrail, &ReportOptions::default())
        .unwrap();
    assert_eq!(reg.report_pdf(&second.serial).unwrap(), Some(second.bytes));
    reg.verify(None).unwrap();

    // A newer schema is still refused.
    drop(reg);
    open_raw(&path)
        .execute_batch(&format!("PRAGMA user_version = {};", SCHEMA_VERSION + 1))
        .unwrap();
    let newer = Register::open(
        &path,
        UnlockMethod::Passphrase(Zeroizing::new(PASS.into())),
        "dpo",
        "test",
    );
    assert!(
        matches!(newer, Err(crate::Error::SchemaTooNew { .. })),
        "{newer:?}"
    );
}
