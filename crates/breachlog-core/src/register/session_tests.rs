//! Opening, creating and writing a register: durability settings, the recovery key confirmed
//! before anything exists, and operations that check their rules against the state they write.

use std::sync::mpsc;
use std::time::Duration;

use zeroize::Zeroizing;

use super::*;
use crate::register::IncidentInput;
use crate::testing::{self, PASSPHRASE};

fn open(path: &Path) -> Register {
    Register::open(
        path,
        UnlockMethod::Passphrase(Zeroizing::new(PASSPHRASE.into())),
        "second",
        "test",
    )
    .unwrap()
}

/// A commit is on disk when it is acknowledged: WAL with `synchronous = FULL` (NORMAL would lose
/// the last commits on a power cut), checked on the connection every operation uses.
#[test]
fn the_register_connection_is_durable_and_keeps_no_plaintext_temp_files() {
    let (_dir, reg) = testing::register(OrgInput::default(), "t");
    let pragma = |name: &str| -> String {
        reg.conn
            .query_row(&format!("PRAGMA {name}"), [], |r| {
                r.get::<_, rusqlite::types::Value>(0)
            })
            .map(|v| match v {
                rusqlite::types::Value::Integer(i) => i.to_string(),
                rusqlite::types::Value::Text(t) => t,
                other => format!("{other:?}"),
            })
            .unwrap()
    };
    assert_eq!(pragma("journal_mode"), "wal");
    assert_eq!(pragma("synchronous"), "2", "2 = FULL");
    assert_eq!(pragma("temp_store"), "2", "2 = MEMORY");
    assert_eq!(pragma("secure_delete"), "1");
    assert_eq!(pragma("foreign_keys"), "1");
}

/// The same on a register opened again (`Register::open`: every CLI run and the app), read from
/// the connection the operations use, after a write through it.
#[test]
fn a_register_opened_again_is_durable() {
    let (dir, reg) = testing::register(OrgInput::default(), "t");
    let path = reg.path().to_path_buf();
    drop(reg);
    let mut reg = open(&path);
    reg.record_access().unwrap();
    let mode: String = reg
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let sync: i64 = reg
        .conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(
        sync, 2,
        "2 = FULL: a commit syncs the WAL before it returns"
    );
    assert!(
        dir.path().join("r.db-wal").exists(),
        "the commit went to the WAL"
    );
}

/// First-week issue: the register used to exist before its recovery key was confirmed, so
/// quitting on the key screen left a register whose key nobody had. Now nothing is written
/// until the last group is typed back.
#[test]
fn a_pending_register_writes_nothing_until_its_recovery_key_is_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("r.db");
    let opts = InitOptions {
        org: OrgInput {
            name: Some("Pending B.V.".into()),
            ..Default::default()
        },
        passphrase: Some(Zeroizing::new(PASSPHRASE.into())),
        keyring: false,
        actor: "t".into(),
    };
    let mut pending = PendingRegister::prepare(&path, opts).unwrap();
    assert!(!dir.path().join("sub").exists(), "prepare wrote something");
    let last = pending
        .recovery_key()
        .rsplit('-')
        .next()
        .unwrap()
        .to_string();
    let wrong = if last == "AAAA" { "BBBB" } else { "AAAA" };
    assert!(matches!(
        pending.confirm(wrong),
        Err(Error::InvalidInput {
            field: "recovery_key",
            reason: crate::Reason::NotTheRecoveryKey
        })
    ));
    // Dropping an unconfirmed pending register leaves no trace.
    let recovery = pending.recovery_key().to_string();
    pending
        .confirm(&format!(" {} ", last.to_lowercase()))
        .unwrap();
    let reg = pending.create().unwrap();
    assert!(reg.recovery_confirmed());
    let kinds: Vec<String> = reg
        .events(None)
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert!(kinds.contains(&kind::KEY_RECOVERY_CONFIRMED.to_string()));
    drop(reg);
    // The confirmed key opens it.
    Register::open(
        &path,
        UnlockMethod::RecoveryKey(Zeroizing::new(recovery)),
        "t",
        "test",
    )
    .unwrap();
}

/// The CLI's `init` prints the key once and leaves it unconfirmed; typing it back confirms it,
/// and a new recovery key is unconfirmed again while the old one stops working.
#[test]
fn recovery_keys_are_confirmed_by_typing_them_and_replaced_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.db");
    let opts = InitOptions {
        passphrase: Some(Zeroizing::new(PASSPHRASE.into())),
        actor: "t".into(),
        ..Default::default()
    };
    let (mut reg, recovery) = Register::init(&path, opts).unwrap();
    assert!(!reg.recovery_confirmed());
    assert!(reg
        .confirm_recovery_key("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
        .is_err());
    assert!(!reg.recovery_confirmed());
    reg.confirm_recovery_key(&recovery).unwrap();
    assert!(reg.recovery_confirmed());
    let fresh = reg.new_recovery_key().unwrap();
    assert!(!reg.recovery_confirmed());
    drop(reg);
    let by = |key: &str| {
        Register::open(
            &path,
            UnlockMethod::RecoveryKey(Zeroizing::new(key.into())),
            "t",
            "test",
        )
    };
    assert!(matches!(by(&recovery), Err(Error::WrongKey)));
    let reg = by(&fresh).unwrap();
    assert_eq!(reg.unlocked_with(), "recovery_key");
    assert!(!reg.recovery_confirmed());
}

/// Issue "one register, many processes": an operation used to check its rule against a state
/// read before its transaction, so another process could change the incident in between —
/// here, process A moves it to investigating while B, having read "triage", closes it as a
/// false positive (allowed only from triage). Now B's checks run inside its own write
/// transaction, after A's commit, and B is refused.
#[test]
fn an_operation_checks_its_rules_against_the_state_it_writes_onto() {
    let (dir, mut a) = testing::register(OrgInput::default(), "a");
    let id = a
        .create_incident(&IncidentInput {
            title: Some("Contended incident".into()),
            ..Default::default()
        })
        .unwrap()
        .id;
    a.transition(id, "triage", None, None, None).unwrap();
    let path = dir.path().join("r.db");
    let mut b = open(&path);
    let (started, go) = mpsc::channel::<()>();
    let racer = std::thread::spawn(move || {
        go.recv().unwrap();
        b.transition(id, "closed", None, Some("false_positive"), None)
    });
    a.atomically(|reg| {
        assert_eq!(reg.incident(id)?.status.as_str(), "triage");
        started.send(()).ok();
        // B starts its operation now, while A holds the write lock.
        std::thread::sleep(Duration::from_millis(300));
        reg.transition(id, "investigating", None, None, None)
    })
    .unwrap();
    let refused = racer.join().unwrap();
    assert!(
        matches!(refused, Err(Error::InvalidTransition { .. })),
        "{refused:?}"
    );
    assert_eq!(a.incident(id).unwrap().status.as_str(), "investigating");
    a.verify(None).unwrap();
}

/// SQLite's data version tells the app that another process wrote.
#[test]
fn the_data_version_changes_when_another_process_writes() {
    let (dir, a) = testing::register(OrgInput::default(), "a");
    let before = a.data_version().unwrap();
    assert_eq!(a.data_version().unwrap(), before);
    let mut b = open(&dir.path().join("r.db"));
    b.create_incident(&IncidentInput {
        title: Some("Written elsewhere".into()),
        ..Default::default()
    })
    .unwrap();
    assert_ne!(a.data_version().unwrap(), before);
}
