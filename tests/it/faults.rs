//! Durability at the moments a kill at a random time rarely hits: the CLI is stopped dead
//! (`abort`, no destructors, no flush) at a named fault point — before a commit, after a commit
//! but before the acknowledgement, half-way through a key-file write, a key rotation's swap or a
//! restore — and the next open must find the register whole: the write absent or present as the
//! point says, the passphrase that the design promises, and `verify` passing.
//!
//! The points are `breachlog_core::fault::point` (env `BREACHLOG_FAULT`), compiled only into
//! debug builds with the `fault-injection` feature, which this package enables (see
//! `docs/security.md`, "Test hook: fault injection"). A CLI built without them does not stop, and
//! the test fails saying so.

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Output;

use breachlog_core::keys::{self, KeyFile};
use breachlog_tests::{TempRegister, PASSPHRASE};
use serde_json::Value;

const SIGABRT: i32 = 6;

/// Runs `breachlog args` with `BREACHLOG_FAULT=point` and asserts it stopped there.
fn dies_at(reg: &TempRegister, point: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = reg.cmd_std();
    c.args(args).env("BREACHLOG_FAULT", point);
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().expect("run breachlog");
    assert_eq!(
        out.status.signal(),
        Some(SIGABRT),
        "breachlog {args:?} did not stop at fault point {point} (status {:?}, stderr {}). The CLI \
         must be a debug build with the test-only fault points: `cargo build --workspace \
         --all-targets` (make test) or `cargo build -p breachlog-cli --features fault-injection`",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The titles in the register (opened with `passphrase` through the CLI).
fn titles_with(reg: &TempRegister, passphrase: &str) -> Vec<String> {
    let out = reg
        .cmd()
        .args(["incident", "list", "--json"])
        .env("BREACHLOG_PASSPHRASE", passphrase)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "incident list: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut t: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap().to_string())
        .collect();
    t.sort();
    t
}

fn verifies_with(reg: &TempRegister, passphrase: &str) {
    let out = reg
        .cmd()
        .args(["verify", "--json"])
        .env("BREACHLOG_PASSPHRASE", passphrase)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "verify: {} {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], true, "{v}");
}

/// Exit code of a plain `incident list` opened with `passphrase`.
fn opens_with(reg: &TempRegister, passphrase: &str) -> Option<i32> {
    reg.cmd()
        .args(["incident", "list"])
        .env("BREACHLOG_PASSPHRASE", passphrase)
        .output()
        .unwrap()
        .status
        .code()
}

fn sibling(db: &Path, suffix: &str) -> PathBuf {
    let mut n = db.file_name().unwrap().to_os_string();
    n.push(suffix);
    db.with_file_name(n)
}

/// Files of a swap or an atomic write left behind in the register's directory.
fn leftovers(reg: &TempRegister) -> Vec<PathBuf> {
    reg.files()
        .into_iter()
        .filter(|f| {
            let n = f.file_name().unwrap().to_string_lossy().into_owned();
            n.ends_with(".next") || n.ends_with(".swapped") || n.ends_with(".partial")
        })
        .collect()
}

#[test]
fn a_write_stopped_before_its_commit_is_absent_and_the_register_verifies() {
    let reg = TempRegister::new();
    reg.new_incident("Committed earlier", "2026-11-20T09:00:00Z");
    let events = reg.event_count();
    let out = dies_at(
        &reg,
        "before-commit",
        &["incident", "new", "--title", "Never committed", "--json"],
        &[],
    );
    assert!(out.stdout.is_empty(), "acknowledged without a commit");
    assert_eq!(reg.event_count(), events, "an uncommitted event is visible");
    assert_eq!(titles_with(&reg, PASSPHRASE), ["Committed earlier"]);
    verifies_with(&reg, PASSPHRASE);
}

#[test]
fn a_write_stopped_after_its_commit_but_before_its_acknowledgement_is_durable() {
    let reg = TempRegister::new();
    reg.new_incident("Committed earlier", "2026-11-20T09:00:00Z");
    let events = reg.event_count();
    let out = dies_at(
        &reg,
        "after-commit",
        &[
            "incident",
            "new",
            "--title",
            "Committed, never acknowledged",
            "--json",
        ],
        &[],
    );
    assert!(
        out.stdout.is_empty(),
        "the point is before the acknowledgement"
    );
    // The commit sits in the WAL (the process never closed the database to checkpoint it).
    let wal = std::fs::metadata(sibling(&reg.db, "-wal")).expect("the WAL of the killed writer");
    assert!(wal.len() > 0);
    // incident.created (with the session.unlocked of that run) is in the journal.
    assert!(reg.event_count() > events);
    assert_eq!(
        titles_with(&reg, PASSPHRASE),
        ["Committed earlier", "Committed, never acknowledged"]
    );
    verifies_with(&reg, PASSPHRASE);
}

/// The CLI prints the new recovery key before it swaps the re-encrypted register in.
fn printed_recovery_key(stdout: &[u8]) -> String {
    let text = String::from_utf8_lossy(stdout);
    text.split_whitespace()
        .find(|w| w.split('-').count() == 8 && w.split('-').all(|g| g.len() == 4))
        .unwrap_or_else(|| panic!("no recovery key printed before the swap: {text}"))
        .to_string()
}

/// A rotation stopped before the re-encrypted database is renamed in is abandoned by the next
/// open (the old passphrase opens the old register); stopped between the database and its key
/// file, it is completed by the next open (`finish_pending_swap`): the new passphrase and the
/// recovery key printed before the stop open it. Nothing written before is lost either way.
#[test]
fn a_key_rotation_stopped_mid_swap_opens_with_the_old_or_the_new_keys_and_loses_nothing() {
    const NEW: &str = "the passphrase after rotation";
    for (point, completed) in [
        ("swap-before-db-rename", false),
        ("swap-between-renames", true),
    ] {
        let reg = TempRegister::new();
        reg.new_incident("Before the rotation", "2026-11-20T09:00:00Z");
        let new_file = reg.dir.path().join("new-passphrase.txt");
        std::fs::write(&new_file, NEW).unwrap();
        let old_key_file = std::fs::read(keys::key_file_path(&reg.db)).unwrap();
        let out = dies_at(
            &reg,
            point,
            &[
                "key",
                "rotate",
                "--new-passphrase-file",
                new_file.to_str().unwrap(),
            ],
            &[],
        );
        let recovery = printed_recovery_key(&out.stdout);
        let (now, other) = if completed {
            (NEW, PASSPHRASE)
        } else {
            (PASSPHRASE, NEW)
        };
        // The first open finishes or abandons the swap, whichever passphrase it is given.
        assert_eq!(
            opens_with(&reg, other),
            Some(3),
            "{point}: {other:?} must not open it"
        );
        assert_eq!(
            opens_with(&reg, now),
            Some(0),
            "{point}: {now:?} must open it"
        );
        assert!(leftovers(&reg).is_empty(), "{point}: {:?}", leftovers(&reg));
        let kf = KeyFile::load(&keys::key_file_path(&reg.db)).unwrap();
        assert_eq!(
            kf.unlock_recovery(&recovery).is_ok(),
            completed,
            "{point}: the printed recovery key opens the register iff the rotation completed"
        );
        if !completed {
            assert_eq!(
                std::fs::read(keys::key_file_path(&reg.db)).unwrap(),
                old_key_file,
                "{point}: an abandoned rotation keeps the key file as it was"
            );
        }
        assert_eq!(titles_with(&reg, now), ["Before the rotation"], "{point}");
        verifies_with(&reg, now);
    }
}

/// `key change-passphrase` stopped after the new key file is written and synced but before it
/// is renamed over the old one: the old passphrase still opens the register.
#[test]
fn a_passphrase_change_stopped_before_the_key_file_is_renamed_keeps_the_old_passphrase() {
    const NEW: &str = "a passphrase never set";
    let reg = TempRegister::new();
    reg.new_incident("Kept", "2026-11-20T09:00:00Z");
    let old_key_file = std::fs::read(keys::key_file_path(&reg.db)).unwrap();
    dies_at(
        &reg,
        "file-before-rename",
        &["key", "change-passphrase"],
        &[("BREACHLOG_NEW_PASSPHRASE", NEW)],
    );
    assert_eq!(
        std::fs::read(keys::key_file_path(&reg.db)).unwrap(),
        old_key_file
    );
    let partial = leftovers(&reg);
    assert_eq!(
        partial.len(),
        1,
        "the unfinished key-file write: {partial:?}"
    );
    assert_eq!(opens_with(&reg, NEW), Some(3));
    // The next open deletes it: it holds a key slot that was never in effect.
    assert!(leftovers(&reg).is_empty(), "{:?}", leftovers(&reg));
    assert_eq!(titles_with(&reg, PASSPHRASE), ["Kept"]);
    verifies_with(&reg, PASSPHRASE);
}

/// `key change-passphrase` stopped after the new key file is in place but before its journal
/// event commits (the `before-commit` point of that write): the key file is replaced first, so
/// the register opens with the new passphrase the user typed, not the old one, and verifies.
#[test]
fn a_passphrase_change_stopped_after_the_key_file_opens_with_the_new_passphrase() {
    const NEW: &str = "the passphrase typed before the stop";
    let reg = TempRegister::new();
    reg.new_incident("Kept", "2026-11-20T09:00:00Z");
    dies_at(
        &reg,
        "before-commit",
        &["key", "change-passphrase"],
        &[("BREACHLOG_NEW_PASSPHRASE", NEW)],
    );
    assert_eq!(opens_with(&reg, PASSPHRASE), Some(3));
    assert_eq!(titles_with(&reg, NEW), ["Kept"]);
    assert!(leftovers(&reg).is_empty(), "{:?}", leftovers(&reg));
    verifies_with(&reg, NEW);
}

/// `backup restore --force` over a register whose last writer died after a commit (the commit
/// is only in the WAL), stopped at each step: before the swap and before the database rename
/// the original register is intact — its WAL included —, after the database rename the restore
/// is completed by the next open. Never a mix; `verify` passes every time.
#[test]
fn a_restore_stopped_half_way_leaves_the_original_or_the_restored_register_never_a_mix() {
    for (point, completed) in [
        ("restore-before-swap", false),
        ("swap-before-db-rename", false),
        ("swap-between-renames", true),
    ] {
        let reg = TempRegister::new();
        reg.new_incident("In the backup", "2026-11-20T09:00:00Z");
        let out = reg.dir.path().join("backups");
        reg.json(&["backup", "create", "--out", out.to_str().unwrap()]);
        let file = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == "blbackup"))
            .expect("a backup file");
        dies_at(
            &reg,
            "after-commit",
            &["incident", "new", "--title", "Only in the WAL"],
            &[],
        );
        assert!(sibling(&reg.db, "-wal").exists());
        dies_at(
            &reg,
            point,
            &["backup", "restore", file.to_str().unwrap(), "--force"],
            &[],
        );
        let titles = titles_with(&reg, PASSPHRASE);
        if completed {
            assert_eq!(titles, ["In the backup"], "{point}");
            let log = reg.json(&["log"]);
            assert!(
                log.as_array()
                    .unwrap()
                    .iter()
                    .any(|e| e["kind"] == "backup.restored"),
                "{point}: the restored register records its restore"
            );
        } else {
            assert_eq!(titles, ["In the backup", "Only in the WAL"], "{point}");
        }
        assert!(leftovers(&reg).is_empty(), "{point}: {:?}", leftovers(&reg));
        verifies_with(&reg, PASSPHRASE);
    }
}

/// An `LD_PRELOAD` shim that logs every `fsync` and `fdatasync` that returned, with the path of
/// the file synced, to `$FSYNC_LOG`; and, for files whose path starts with `$SYNC_SNAPSHOT`,
/// copies the file as it is at that sync to `<path>.synced`: what a power cut would leave.
#[cfg(target_os = "linux")]
const SYNC_SHIM: &str = r#"
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void note(const char *call, int fd, int rc) {
    const char *log = getenv("FSYNC_LOG");
    if (!log || rc != 0) return;
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    path[n < 0 ? 0 : n] = 0;
    int out = open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (out < 0) return;
    char line[4200];
    int len = snprintf(line, sizeof line, "%s %s\n", call, path);
    if (len > 0) { ssize_t w = write(out, line, (size_t)len); (void)w; }
    close(out);
    const char *prefix = getenv("SYNC_SNAPSHOT");
    if (!prefix || strncmp(path, prefix, strlen(prefix)) != 0) return;
    char copy[4200];
    snprintf(copy, sizeof copy, "%s.synced", path);
    int src = open(path, O_RDONLY | O_CLOEXEC);
    int dst = open(copy, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    char buf[65536];
    ssize_t got;
    while (src >= 0 && dst >= 0 && (got = read(src, buf, sizeof buf)) > 0) {
        ssize_t w = write(dst, buf, (size_t)got); (void)w;
    }
    if (src >= 0) close(src);
    if (dst >= 0) close(dst);
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    int rc = real(fd);
    note("fsync", fd, rc);
    return rc;
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    int rc = real(fd);
    note("fdatasync", fd, rc);
    return rc;
}
"#;

/// Builds [`SYNC_SHIM`] with the system C compiler; its directory (kept while it is used) and
/// the library.
#[cfg(target_os = "linux")]
fn sync_shim() -> (tempfile::TempDir, PathBuf) {
    let shim_dir = tempfile::tempdir().unwrap();
    let src = shim_dir.path().join("syncshim.c");
    let lib = shim_dir.path().join("syncshim.so");
    std::fs::write(&src, SYNC_SHIM).unwrap();
    let cc = std::process::Command::new("cc")
        .args(["-shared", "-fPIC", "-O2", "-o"])
        .arg(&lib)
        .arg(&src)
        .arg("-ldl")
        .output()
        .unwrap_or_else(|e| panic!("needs a C compiler (`cc`, build-essential): {e}"));
    assert!(
        cc.status.success(),
        "cc: {}",
        String::from_utf8_lossy(&cc.stderr)
    );
    (shim_dir, lib)
}

/// A commit is synced before anything can acknowledge it: stopped right after the commit (so
/// before the CLI prints, before the connection is closed and checkpointed), the process has
/// already synced the register's WAL. A kill cannot show this (the page cache outlives the
/// process); with `synchronous = NORMAL` the WAL is synced only at a checkpoint and this fails.
/// The shim is built with the system C compiler (`cc`, build-essential, which `make deps-core`
/// installs); without one the test fails and says so.
#[cfg(target_os = "linux")]
#[test]
fn a_commit_syncs_the_wal_before_it_is_acknowledged() {
    let reg = TempRegister::new();
    let (shim_dir, lib) = sync_shim();
    let log = shim_dir.path().join("syncs.log");
    let env = [
        ("LD_PRELOAD", lib.to_str().unwrap()),
        ("FSYNC_LOG", log.to_str().unwrap()),
    ];
    // The shim works: a complete command (close, checkpoint) syncs the database file.
    let mut c = reg.cmd_std();
    c.args(["incident", "new", "--title", "Calibration"]);
    for (k, v) in env {
        c.env(k, v);
    }
    assert!(c.output().unwrap().status.success());
    let synced = std::fs::read_to_string(&log).expect("the shim logged no sync at all");
    let db = reg.db.to_str().unwrap();
    assert!(
        synced
            .lines()
            .any(|l| l.ends_with(db) || l.ends_with(&format!("{db}-wal"))),
        "{synced}"
    );
    std::fs::remove_file(&log).unwrap();
    // A WAL that already holds frames (a writer stopped after its commit): the next commit
    // appends to it. (The first frame of a new WAL syncs its header whatever the setting, so a
    // commit into a fresh WAL would show a sync even with `synchronous = NORMAL`.)
    dies_at(
        &reg,
        "after-commit",
        &["incident", "new", "--title", "Left in the WAL"],
        &[],
    );
    assert!(std::fs::metadata(format!("{db}-wal")).unwrap().len() > 0);
    dies_at(
        &reg,
        "after-commit",
        &["incident", "new", "--title", "Synced before acknowledged"],
        &env,
    );
    let synced = std::fs::read_to_string(&log).unwrap_or_default();
    let wal_syncs = synced
        .lines()
        .filter(|l| l.ends_with(&format!("{db}-wal")))
        .count();
    assert!(
        wal_syncs >= 1,
        "the commit returned without syncing {db}-wal; syncs seen:\n{synced}"
    );
    assert!(titles_with(&reg, PASSPHRASE).contains(&"Synced before acknowledged".to_string()));
}

/// A power cut right after a commit returned (before the CLI could print it): the register's
/// files are put back as they were at their last sync (the shim's `.synced` copies; the files'
/// state before the command where the command synced nothing; the shared-memory index, which a
/// reboot loses, removed) and opened: the commit is there and the register verifies. With
/// `synchronous = NORMAL` the commit is lost here. Directory entries are not simulated (the
/// register's files all exist before the command).
#[cfg(target_os = "linux")]
#[test]
fn a_power_cut_right_after_a_commit_keeps_it() {
    let reg = TempRegister::new();
    let (shim_dir, lib) = sync_shim();
    let db = reg.db.to_str().unwrap().to_string();
    // A WAL with frames already (see above), then the durable state before the command.
    dies_at(
        &reg,
        "after-commit",
        &["incident", "new", "--title", "Left in the WAL"],
        &[],
    );
    let files = [db.clone(), format!("{db}-wal")];
    for f in &files {
        std::fs::copy(f, format!("{f}.synced")).unwrap();
    }
    let log = shim_dir.path().join("syncs.log");
    dies_at(
        &reg,
        "after-commit",
        &[
            "incident",
            "new",
            "--title",
            "Committed before the power cut",
        ],
        &[
            ("LD_PRELOAD", lib.to_str().unwrap()),
            ("FSYNC_LOG", log.to_str().unwrap()),
            ("SYNC_SNAPSHOT", &db),
        ],
    );
    // The power cut: only what was synced survives.
    for f in &files {
        std::fs::rename(format!("{f}.synced"), f).unwrap();
    }
    let _ = std::fs::remove_file(format!("{db}-shm"));
    for leftover in std::fs::read_dir(reg.dir.path()).unwrap() {
        let p = leftover.unwrap().path();
        if p.to_string_lossy().ends_with(".synced") {
            std::fs::remove_file(p).unwrap();
        }
    }
    assert_eq!(
        titles_with(&reg, PASSPHRASE),
        ["Committed before the power cut", "Left in the WAL"]
    );
    verifies_with(&reg, PASSPHRASE);
}
