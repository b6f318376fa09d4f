//! What the register writes on disk: private files whatever the umask, no output onto the
//! register's own files, no symlink followed, and key files with absurd parameters refused.

use breachlog_tests::{TempRegister, PASSPHRASE};

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// First-week issue, "Files are world-readable": with a umask of 022 the register, its key
/// file, its SQLite sidecars and lock files, backups (and their folder) and every export are
/// created 0600, folders 0700.
#[cfg(unix)]
#[test]
fn every_file_the_register_writes_is_private() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fresh").join("register.db");
    let run = |args: &[&str]| {
        // umask 022 is what a desktop session has; the files must not depend on it.
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg("umask 022; exec \"$@\"")
            .arg("sh")
            .arg(breachlog_tests::breachlog_bin())
            .args(args)
            .arg("--json")
            .env("BREACHLOG_DB", &db)
            .env("BREACHLOG_PASSPHRASE", PASSPHRASE)
            .env("DBUS_SESSION_BUS_ADDRESS", "disabled:")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    run(&["init", "--org-name", "Private Files B.V."]);
    let id = run(&["incident", "new", "--title", "Mode check"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let backups = dir.path().join("backups").join("nested");
    run(&["backup", "create", "--out", backups.to_str().unwrap()]);
    let journal = out.join("journal.jsonl");
    run(&["export", "journal", "--out", journal.to_str().unwrap()]);
    let csv = out.join("register.csv");
    run(&[
        "export",
        "register",
        "--format",
        "csv",
        "--out",
        csv.to_str().unwrap(),
    ]);
    let pdf = out.join("incident.pdf");
    run(&["report", "incident", &id, "--out", pdf.to_str().unwrap()]);
    let bundle = out.join("bundle");
    run(&["export", "bundle", "--out", bundle.to_str().unwrap()]);
    // An evidence file written back out (issue 19 item 6) is private too.
    let source = dir.path().join("screenshot.png");
    std::fs::write(&source, b"\x89PNG\r\n\x1a\n not really").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let evidence = run(&[
        "incident",
        "evidence",
        "add",
        &id,
        "--file",
        source.to_str().unwrap(),
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let exported = out.join("screenshot.png");
    run(&[
        "incident",
        "evidence",
        "export",
        &evidence,
        "--out",
        exported.to_str().unwrap(),
    ]);

    assert_eq!(mode(db.parent().unwrap()), 0o700, "register folder");
    assert_eq!(mode(&backups), 0o700, "backup folder");
    assert_eq!(
        mode(backups.parent().unwrap()),
        0o700,
        "backup parent folder"
    );
    assert_eq!(mode(&bundle), 0o700, "bundle folder");
    let mut checked = 0;
    let mut stack = vec![dir.path().to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            assert_eq!(mode(&p), 0o600, "{} is not private", p.display());
            checked += 1;
        }
    }
    // SQLite removes -wal and -shm when the last connection closes; the others must exist.
    let keys = db.with_extension("db.keys");
    for f in [
        &db,
        &keys,
        &db.with_extension("db.lock"),
        &db.with_extension("db.keys.lock"),
        &journal,
        &csv,
        &pdf,
        &bundle.join("manifest.json"),
        &exported,
    ] {
        assert!(f.exists(), "{} was not written", f.display());
    }
    assert!(checked >= 15, "only {checked} files were checked");
}

/// L1 (security review): `export … --out register.db.keys` overwrote the key file and lost the
/// register for good. Every writer refuses the register's own files (exit 5, naming the field),
/// records nothing, and the register still opens.
#[test]
fn outputs_onto_the_register_files_are_refused_and_record_nothing() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Keep my keys", "2026-11-20T09:00:00Z");
    let source = reg.dir.path().join("log.txt");
    std::fs::write(&source, b"auth failures").unwrap();
    let evidence = reg.json(&[
        "incident",
        "evidence",
        "add",
        &id,
        "--file",
        source.to_str().unwrap(),
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let keys = reg.db.with_extension("db.keys");
    let keys_before = std::fs::read(&keys).unwrap();
    let events_before = reg.event_count();
    let targets = [
        keys.clone(),
        reg.db.clone(),
        reg.db.with_extension("db-wal"),
        reg.dir.path().join("sub/../register.db.keys"),
    ];
    std::fs::create_dir(reg.dir.path().join("sub")).unwrap();
    for target in &targets {
        let t = target.to_str().unwrap();
        for args in [
            vec!["export", "journal", "--out", t],
            vec!["export", "register", "--format", "csv", "--out", t],
            vec!["report", "incident", &id, "--out", t],
            vec!["obligations", "--ics", t],
            vec![
                "incident", "evidence", "export", &evidence, "--out", t, "--force",
            ],
        ] {
            let err = reg.fails(&args, 5);
            assert!(err.contains("output file"), "{args:?}: {err}");
        }
    }
    assert_eq!(std::fs::read(&keys).unwrap(), keys_before);
    // Opening for the checks records the access; nothing else was written.
    assert!(reg.event_count() <= events_before + 1);
    assert_eq!(
        reg.json(&["incident", "show", &id])["title"],
        "Keep my keys"
    );
}

/// L1, second half: a planted `*.partial` symlink used to be followed, so an export wrote into
/// the file it pointed at. Temporary files are now created exclusively under unique names.
#[cfg(unix)]
#[test]
fn a_planted_symlink_beside_an_export_is_not_followed() {
    let reg = TempRegister::new();
    reg.new_incident("Symlink target", "2026-11-20T09:00:00Z");
    let victim = reg.dir.path().join("victim.txt");
    std::fs::write(&victim, "untouched").unwrap();
    let out = reg.dir.path().join("j.jsonl");
    for name in ["j.jsonl.partial", "j.partial", ".j.jsonl.partial"] {
        std::os::unix::fs::symlink(&victim, reg.dir.path().join(name)).unwrap();
    }
    reg.json(&["export", "journal", "--out", out.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("register.created"));
    // An output that is itself a symlink is refused.
    let link = reg.dir.path().join("link.jsonl");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    reg.fails(&["export", "journal", "--out", link.to_str().unwrap()], 5);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
}

/// L4: a key file whose Argon2 parameters were raised to 2^32-1 KiB aborted every unlock; one
/// lowered below the defaults is a downgrade. Both are refused with a clear message (exit 5),
/// nothing is allocated, and the counter is not raised.
#[test]
fn key_files_with_out_of_range_kdf_parameters_are_refused() {
    for (field, value) in [
        ("m_kib", 4_294_967_295u64),
        ("m_kib", 8),
        ("t", 1),
        ("t", 4_000_000_000),
        ("p", 255),
    ] {
        let reg = TempRegister::new();
        let keys = reg.db.with_extension("db.keys");
        let mut kf: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&keys).unwrap()).unwrap();
        kf["passphrase"]["kdf"][field] = value.into();
        std::fs::write(&keys, serde_json::to_vec_pretty(&kf).unwrap()).unwrap();
        let err = reg.fails(&["incident", "list"], 5);
        assert!(
            err.contains("key-derivation parameters"),
            "{field}={value}: {err}"
        );
        let record = std::fs::read_to_string(reg.db.with_extension("db.keys.lock")).unwrap();
        let record: serde_json::Value = serde_json::from_str(record.trim()).unwrap();
        assert_eq!(record["count"], 0, "{field}={value}");
    }
}
