//! Hostile input: fuzzed journal lines and backup files, odd CLI arguments, SQL fragments,
//! a full disk and a read-only register directory. Each gets a clear error and nothing is
//! written or corrupted.

use std::os::unix::ffi::OsStrExt;
use std::process::Command;

use breachlog_core::journal::{verify_jsonl, Event};
use breachlog_tests::{contains, TempRegister, PASSPHRASE};
use proptest::prelude::*;

proptest! {
    #![proptest_config(crate::props::config(2000, "hostile.txt"))]

    #[test]
    fn journal_parser_never_panics_on_arbitrary_text(text in "(\\PC|\n){0,400}") {
        let _ = verify_jsonl(text.as_bytes(), None);
    }

    #[test]
    fn journal_parser_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = verify_jsonl(bytes.as_slice(), None);
    }

    #[test]
    fn event_parser_never_panics_on_event_like_json(
        seq in prop_oneof![Just(serde_json::json!(1)), Just(serde_json::json!(-1)), Just(serde_json::json!("1")), Just(serde_json::json!(1.5))],
        ts in "\\PC{0,30}",
        hash in "[0-9a-fA-F]{0,70}",
        payload in prop_oneof![Just(serde_json::json!({})), Just(serde_json::json!([])), Just(serde_json::json!(null))],
    ) {
        let v = serde_json::json!({"v": 1, "seq": seq, "id": "019a8f3c-6000-7000-8000-000000000001", "ts": ts,
            "actor": "a", "kind": "k", "subject": null, "payload": payload, "prev": hash.clone(), "hash": hash});
        let _ = Event::from_value(v, 1);
    }

    #[test]
    fn backup_header_parser_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300), magic in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("x.blbackup");
        let mut content = if magic { b"BREACHLOG-BACKUP v1\n".to_vec() } else { Vec::new() };
        content.extend(bytes);
        std::fs::write(&f, content).unwrap();
        prop_assert!(breachlog_core::backup::read_header(&f).is_err());
    }
}

#[test]
fn invalid_utf8_argument_is_a_usage_error_and_writes_nothing() {
    let reg = TempRegister::new();
    let before = reg.event_count();
    let out = reg
        .cmd()
        .arg("incident")
        .arg("new")
        .arg("--title")
        .arg(std::ffi::OsStr::from_bytes(b"bad \xff title"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("UTF-8"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(reg.event_count(), before);
}

#[test]
fn sql_fragments_and_markup_are_stored_and_searched_literally() {
    let reg = TempRegister::new();
    let nasty = [
        "'); DROP TABLE incidents; --",
        "100% of rows_ matched \\ escape",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(document.cookie)",
        "https://evil.example/redirect?to=//attacker.example",
    ];
    for t in nasty {
        reg.new_incident(t, "2026-11-20T09:00:00Z");
    }
    let all = reg.json(&["incident", "list"]);
    assert_eq!(all.as_array().unwrap().len(), nasty.len());
    let v = reg.json(&["incident", "list", "--search", "100%"]);
    assert_eq!(v.as_array().unwrap().len(), 1, "% is matched literally");
    let v = reg.json(&["incident", "list", "--search", "rows_"]);
    assert_eq!(v.as_array().unwrap().len(), 1, "_ is matched literally");
    let v = reg.json(&["incident", "list", "--search", "DROP TABLE"]);
    assert_eq!(v[0]["title"], nasty[0]);
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

#[test]
fn file_paths_from_arguments_that_do_not_exist_get_a_clear_error() {
    let reg = TempRegister::new();
    let err = reg.fails(
        &[
            "export",
            "journal",
            "--out",
            "/nonexistent-dir/../../x/journal.jsonl",
        ],
        1,
    );
    assert!(err.contains("Could not access"), "{err}");
    let err = reg.fails(&["backup", "verify", "../../../../etc/passwd"], 4);
    assert!(
        err.contains("damaged") || err.contains("not a Breachlog backup"),
        "{err}"
    );
}

/// A small tmpfs mounted for the test (root only); unmounted on drop. The tests that use it are
/// `#[ignore]`d and run by `make test-privileged` where it runs as root (CI does); a mount that
/// fails there fails the test.
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(dir: &std::path::Path, size: &str) -> Tmpfs {
        let mnt = dir.join("mnt");
        std::fs::create_dir_all(&mnt).unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&mnt)
            .output()
            .expect("mount could not be started");
        assert!(
            out.status.success(),
            "cannot mount a tmpfs (this test needs root: make test-privileged runs it as root): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Tmpfs(mnt)
    }

    fn remount(&self, mode: &str) {
        assert!(Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(&self.0)
            .status()
            .unwrap()
            .success());
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn register_in(dir: &std::path::Path) -> std::path::PathBuf {
    let db = dir.join("register.db");
    let out = assert_cmd::Command::new(breachlog_tests::breachlog_bin())
        .args(["init", "--json"])
        .env("BREACHLOG_DB", &db)
        .env("BREACHLOG_PASSPHRASE", PASSPHRASE)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

fn cli(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    assert_cmd::Command::new(breachlog_tests::breachlog_bin())
        .args(args)
        .env("BREACHLOG_DB", db)
        .env("BREACHLOG_PASSPHRASE", PASSPHRASE)
        .env("BREACHLOG_LANG", "en")
        .output()
        .unwrap()
}

#[test]
#[ignore = "needs root to mount a tmpfs: run by make test-privileged"]
fn full_disk_gives_a_clear_error_and_corrupts_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let fs = Tmpfs::mount(tmp.path(), "3m");
    let db = register_in(&fs.0);
    assert!(cli(
        &db,
        &["incident", "new", "--title", "Before the disk filled up"]
    )
    .status
    .success());
    // Fill the file system.
    let filler = fs.0.join("filler");
    let _ = Command::new("dd")
        .args([
            "if=/dev/zero",
            &format!("of={}", filler.display()),
            "bs=64k",
        ])
        .output();
    let big = "z".repeat(19_000);
    let mut refused = 0;
    for i in 0..20 {
        let out = cli(
            &db,
            &[
                "incident",
                "new",
                "--title",
                &format!("During full disk {i}"),
                "--description",
                &big,
            ],
        );
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.contains("disk is full") || err.contains("could not be read or written"),
                "{err}"
            );
            refused += 1;
        }
    }
    assert!(refused > 0, "the full disk never refused a write");
    std::fs::remove_file(&filler).unwrap();
    let out = cli(&db, &["verify", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = cli(
        &db,
        &["incident", "list", "--json", "--search", "Before the disk"],
    );
    assert!(String::from_utf8_lossy(&list.stdout).contains("Before the disk filled up"));
}

/// An evidence file larger than the space left under the register: the add fails halfway with
/// the disk-full message and writes nothing (one transaction), the register verifies; an export
/// onto a full disk leaves no partial file and records nothing.
#[test]
#[ignore = "needs root to mount a tmpfs: run by make test-privileged"]
fn evidence_on_a_full_disk_gives_a_clear_error_and_corrupts_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let fs = Tmpfs::mount(tmp.path(), "8m");
    let db = register_in(&fs.0);
    let json = |args: &[&str]| -> serde_json::Value {
        let mut all = args.to_vec();
        all.push("--json");
        let out = cli(&db, &all);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let id = json(&[
        "incident",
        "new",
        "--title",
        "Ransomware on the file server",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    // The sources live outside the small file system.
    let small = tmp.path().join("ransom-note.txt");
    std::fs::write(&small, "Your files are encrypted. ".repeat(4000)).unwrap();
    let kept = json(&[
        "incident",
        "evidence",
        "add",
        &id,
        "--file",
        small.to_str().unwrap(),
    ]);
    let big = tmp.path().join("disk-image.bin");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&big).unwrap();
        let mut x: u64 = 7;
        let mut block = vec![0u8; 1 << 16];
        for _ in 0..(12 << 4) {
            for b in block.chunks_mut(8) {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                b.copy_from_slice(&x.to_le_bytes());
            }
            f.write_all(&block).unwrap();
        }
    }
    let count = |db: &std::path::Path| -> i64 {
        let kf =
            breachlog_core::keys::KeyFile::load(&breachlog_core::keys::key_file_path(db)).unwrap();
        let key = kf.unlock_passphrase(PASSPHRASE).unwrap();
        breachlog_core::storage::open(db, &key, false)
            .unwrap()
            .query_row(
                "SELECT (SELECT count(*) FROM events) * 1000000 + (SELECT count(*) FROM evidence_content)",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    let before = count(&db);
    let out = cli(
        &db,
        &[
            "incident",
            "evidence",
            "add",
            &id,
            "--file",
            big.to_str().unwrap(),
        ],
    );
    assert_ne!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("disk is full") || err.contains("could not be read or written"),
        "{err}"
    );
    assert_eq!(count(&db), before, "a refused add wrote something");
    let out = cli(&db, &["verify", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // An export onto a file system too small for it (the register's own is fine).
    let before = count(&db);
    let out_dir = tmp.path().join("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    let out_fs = Tmpfs::mount(&out_dir, "64k");
    let target = out_fs.0.join("copy.txt");
    let out = cli(
        &db,
        &[
            "incident",
            "evidence",
            "export",
            kept["id"].as_str().unwrap(),
            "--out",
            target.to_str().unwrap(),
        ],
    );
    assert_ne!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("disk is full"), "{err}");
    assert!(!target.exists(), "a partial export was left");
    assert_eq!(
        std::fs::read_dir(&out_fs.0).unwrap().count(),
        0,
        "a temporary file was left"
    );
    assert_eq!(count(&db), before, "a failed export was recorded");
    let out = cli(&db, &["verify", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
#[ignore = "needs root to mount a tmpfs: run by make test-privileged"]
fn read_only_register_directory_gives_a_clear_error_and_corrupts_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let fs = Tmpfs::mount(tmp.path(), "8m");
    let db = register_in(&fs.0);
    assert!(cli(
        &db,
        &["incident", "new", "--title", "Written before read-only"]
    )
    .status
    .success());
    fs.remount("ro");
    let out = cli(&db, &["incident", "new", "--title", "Must not be written"]);
    assert_ne!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("read-only")
            || err.contains("cannot be written")
            || err.contains("could not be read"),
        "{err}"
    );
    fs.remount("rw");
    let out = cli(&db, &["verify", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list =
        String::from_utf8_lossy(&cli(&db, &["incident", "list", "--json"]).stdout).into_owned();
    assert!(list.contains("Written before read-only") && !list.contains("Must not be written"));
}

#[test]
fn no_plaintext_anywhere_after_a_full_scenario() {
    const MARKER: &str = "MARKER-Leak-Pangolin-9087";
    let reg = TempRegister::new();
    let tmp = reg.dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let backups = reg.dir.path().join("backups");
    let id = reg.new_incident(&format!("{MARKER} title"), "2026-11-20T09:00:00Z");
    reg.json(&[
        "incident",
        "update",
        &id,
        "--description",
        &format!("{MARKER} description"),
    ]);
    reg.json(&["incident", "note", &id, "--text", &format!("{MARKER} note")]);
    reg.json(&[
        "incident",
        "action",
        "add",
        &id,
        "--title",
        &format!("{MARKER} action"),
    ]);
    reg.json(&[
        "breach",
        "assess",
        &id,
        "--personal-data",
        "yes",
        "--consequences",
        &format!("{MARKER} consequences"),
    ]);
    let b = reg.json(&["backup", "create", "--out", backups.to_str().unwrap()]);
    let out = reg
        .cmd()
        .args(["backup", "verify", b["path"].as_str().unwrap()])
        .env("TMPDIR", &tmp)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut stderr_all = String::from_utf8_lossy(&out.stderr).into_owned();
    // Reports and an auditor bundle, written where the user chose (outside the scanned
    // directories: they are explicit exports), must leave nothing behind in the temp dir.
    let exports = tempfile::tempdir().unwrap();
    for args in [
        vec![
            "report",
            "incident",
            id.as_str(),
            "--out",
            exports.path().join("incident.pdf").to_str().unwrap(),
        ],
        vec![
            "report",
            "register",
            "--out",
            exports.path().join("register.pdf").to_str().unwrap(),
        ],
        vec![
            "export",
            "bundle",
            "--out",
            exports.path().join("bundle").to_str().unwrap(),
        ],
    ] {
        let out = reg.cmd().args(&args).env("TMPDIR", &tmp).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        stderr_all.push_str(&String::from_utf8_lossy(&out.stderr));
    }
    assert!(
        contains(
            &std::fs::read(exports.path().join("incident.pdf")).unwrap(),
            b"breachlog-report.json"
        ),
        "the report was written where asked"
    );
    // A crash in the middle of a write.
    let mut child = reg
        .cmd_std()
        .args([
            "incident",
            "note",
            &id,
            "--text",
            &format!("{MARKER} crash"),
        ])
        .env("TMPDIR", &tmp)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    let _ = child.kill();
    let _ = child.wait();
    let out = reg
        .cmd()
        .args(["verify"])
        .env("TMPDIR", &tmp)
        .output()
        .unwrap();
    assert!(out.status.success());
    stderr_all.push_str(&String::from_utf8_lossy(&out.stderr));
    let files = reg.files();
    assert!(files.len() >= 3);
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !contains(&bytes, MARKER.as_bytes()),
            "plaintext marker in {}",
            f.display()
        );
    }
    assert!(!stderr_all.contains(MARKER), "marker in diagnostics");
}
