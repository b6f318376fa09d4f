//! Evidence files through the CLI (issue 19, item 6): `incident evidence add|list|export`. The
//! content is stored encrypted inside the register, its SHA-256 and size are chained, exports
//! are byte-exact and recorded, bad input writes nothing, `verify` reads every file back, the
//! incident report lists the files, redaction erases them and backups carry them.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use breachlog_tests::{contains, TempRegister};
use serde_json::Value;
use sha2::{Digest, Sha256};

const NAME: &str = "Mila Jovanović";
/// A text the content carries, to look for in the register's files.
const MARKER: &str = "EVIDENCE-MARKER-Okapi-7731";

/// `n` pseudo-random bytes (different in every chunk) starting with [`MARKER`], written to
/// `path` without holding them in memory; returns their SHA-256.
fn write_content(path: &Path, n: u64) -> String {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut h = Sha256::new();
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut written = 0u64;
    let mut buf = Vec::with_capacity(1 << 16);
    buf.extend_from_slice(MARKER.as_bytes());
    while written < n {
        while buf.len() < 1 << 16 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            buf.extend_from_slice(&x.to_le_bytes());
        }
        let take = buf.len().min((n - written) as usize);
        f.write_all(&buf[..take]).unwrap();
        h.update(&buf[..take]);
        written += take as u64;
        buf.clear();
    }
    f.flush().unwrap();
    hex::encode(h.finalize())
}

/// The SHA-256 of a file, streamed.
fn sha256_of(path: &Path) -> String {
    let mut f = std::fs::File::open(path).unwrap();
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    hex::encode(h.finalize())
}

fn incident(reg: &TempRegister) -> String {
    reg.new_incident(&format!("Laptop of {NAME} stolen"), "2026-11-20T09:00:00Z")
}

/// A police report of `n` bytes, named after the person (a file name may be personal).
fn police_report(reg: &TempRegister, n: u64) -> (PathBuf, String) {
    let path = reg.dir.path().join(format!("Aangifte {NAME}.pdf"));
    let sha = write_content(&path, n);
    (path, sha)
}

fn add(reg: &TempRegister, id: &str, file: &Path) -> Value {
    reg.json(&[
        "incident",
        "evidence",
        "add",
        id,
        "--file",
        file.to_str().unwrap(),
        "--note",
        "Received from the police on 21 November",
    ])
}

/// Every file in the register's folder that is part of the register (database, sidecars).
fn register_bytes(reg: &TempRegister) -> Vec<(PathBuf, Vec<u8>)> {
    reg.files()
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("register.db"))
        })
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect()
}

/// The tables (other than the journal, which holds commitments only) with a value that
/// contains one of `needles`, read with the data key.
fn decrypted_tables_containing(reg: &TempRegister, needles: &[&[u8]]) -> Vec<String> {
    let conn = reg.raw();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut found = Vec::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        'rows: while let Some(row) = rows.next().unwrap() {
            for i in 0..n {
                if let rusqlite::types::ValueRef::Text(b) | rusqlite::types::ValueRef::Blob(b) =
                    row.get_ref(i).unwrap()
                {
                    if needles.iter().any(|needle| contains(b, needle)) {
                        found.push(t.clone());
                        break 'rows;
                    }
                }
            }
        }
    }
    found
}

#[test]
fn a_file_round_trips_byte_for_byte_with_its_hash_in_the_chain() {
    let reg = TempRegister::new();
    let id = incident(&reg);
    let (src, sha) = police_report(&reg, 2_500_000);
    let added = add(&reg, &id, &src);
    // The JSON a script relies on.
    let eid = added["id"].as_str().expect("id").to_string();
    assert_eq!(eid.len(), 36);
    assert_eq!(added["sha256"], sha.as_str());
    assert_eq!(added["size"], 2_500_000);
    assert_eq!(added["name"], format!("Aangifte {NAME}.pdf"));
    assert_eq!(added["incident_id"], id.as_str());

    // Stored inside the register, encrypted: the content is in no file of the folder but the
    // source itself, and never in clear in the register's files.
    for (path, bytes) in register_bytes(&reg) {
        assert!(
            !contains(&bytes, MARKER.as_bytes()),
            "{} holds the content in clear",
            path.display()
        );
    }

    let list = reg.json(&["incident", "evidence", "list", &id]);
    let list = list.as_array().expect("list");
    assert_eq!(list.len(), 1);
    for member in [
        "id",
        "incident_id",
        "name",
        "media_type",
        "size",
        "sha256",
        "note",
        "added_at",
        "added_by",
        "added_seq",
        "exports",
        "erased",
    ] {
        assert!(
            list[0].get(member).is_some(),
            "list lacks {member}: {list:?}"
        );
    }
    assert_eq!(list[0]["media_type"], "application/pdf");
    assert_eq!(list[0]["added_by"], "pieter.tester");
    let human = String::from_utf8(reg.run(&["incident", "evidence", "list", &id]).stdout).unwrap();
    assert!(
        human.contains(&eid) && human.contains(&sha) && human.contains("2,500,000 bytes"),
        "{human}"
    );

    // The chain holds the hash and the size; the name is sealed like other personal text.
    let journal = reg.dir.path().join("journal.jsonl");
    reg.json(&["export", "journal", "--out", journal.to_str().unwrap()]);
    let lines = std::fs::read_to_string(&journal).unwrap();
    let ev: Value = lines
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|e| e["kind"] == "evidence.added")
        .expect("evidence.added");
    assert_eq!(ev["subject"], id.as_str());
    assert_eq!(ev["payload"]["sha256"], sha.as_str());
    assert_eq!(ev["payload"]["size"], 2_500_000);
    assert!(ev["payload"]["name"]["sealed"].is_string(), "{ev}");
    assert!(
        !lines.contains("Jovanovi"),
        "a file name in clear in the chain"
    );

    let out = reg.dir.path().join("exported.pdf");
    let w = reg.json(&[
        "incident",
        "evidence",
        "export",
        &eid,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&src).unwrap());
    assert_eq!(w["sha256"], sha.as_str());
    assert_eq!(w["size"], 2_500_000);
    assert_eq!(w["path"], out.to_str().unwrap());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "an export is private");
    }

    // Custody: added and exported, by whom, in the incident's timeline.
    let shown = reg.json(&["incident", "show", &id]);
    assert_eq!(shown["evidence"][0]["exports"][0]["by"], "pieter.tester");
    let timeline: Vec<(String, String)> = shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().to_string(),
                e["actor"].as_str().unwrap().to_string(),
            )
        })
        .filter(|(k, _)| k.starts_with("evidence."))
        .collect();
    assert_eq!(
        timeline,
        [
            ("evidence.added".into(), "pieter.tester".into()),
            ("evidence.exported".into(), "pieter.tester".into())
        ]
    );
    let exported = shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "evidence.exported")
        .unwrap();
    assert_eq!(exported["payload"]["sha256"], sha.as_str());
    assert_eq!(exported["payload"]["file_name"], "exported.pdf");

    // An existing file is kept unless --force.
    std::fs::write(&out, b"mine").unwrap();
    let before = reg.event_count();
    let err = reg.fails(
        &[
            "incident",
            "evidence",
            "export",
            &eid,
            "--out",
            out.to_str().unwrap(),
        ],
        5,
    );
    assert!(
        err.contains("output file") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"mine");
    assert_eq!(reg.event_count(), before);
    reg.json(&[
        "incident",
        "evidence",
        "export",
        &eid[..13],
        "--out",
        out.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(sha256_of(&out), sha);
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// Bad input names the field, exits 5 and writes nothing: no event (not even the unlock), no
/// chunk, no output file.
#[test]
fn bad_input_names_the_field_exits_5_and_writes_nothing() {
    let reg = TempRegister::new();
    let id = incident(&reg);
    let (src, _) = police_report(&reg, 10_000);
    let big = reg.dir.path().join("disk.img");
    // Sparse: refused before a byte is read.
    std::fs::File::create(&big)
        .unwrap()
        .set_len((256 << 20) + 1)
        .unwrap();
    let dir = reg.dir.path().join("a folder");
    std::fs::create_dir(&dir).unwrap();
    let missing = reg.dir.path().join("nope.pdf");
    let before = reg.event_count();
    let stored = |reg: &TempRegister| -> i64 {
        reg.raw()
            .query_row("SELECT count(*) FROM evidence_content", [], |r| r.get(0))
            .unwrap()
    };
    for (file, incident, expected) in [
        (
            &missing,
            id.as_str(),
            "Invalid file: there is no file at this path",
        ),
        (&dir, id.as_str(), "Invalid file: it is a folder"),
        (
            &big,
            id.as_str(),
            "Invalid file: it is larger than 256 MiB, the largest evidence file the register takes",
        ),
        (
            &src,
            "0123abcd-0000-7000-8000-000000000000",
            "Invalid incident: no entry has this id",
        ),
    ] {
        let err = reg.fails(
            &[
                "incident",
                "evidence",
                "add",
                incident,
                "--file",
                file.to_str().unwrap(),
            ],
            5,
        );
        assert!(err.contains(expected), "{file:?}: {err}");
        assert_eq!(reg.event_count(), before, "{file:?}: something was written");
        assert_eq!(stored(&reg), 0);
    }
    // A note with control characters is refused too.
    let err = reg.fails(
        &[
            "incident",
            "evidence",
            "add",
            &id,
            "--file",
            src.to_str().unwrap(),
            "--note",
            "bell\u{7}",
        ],
        5,
    );
    assert!(err.contains("Invalid note"), "{err}");
    // An unknown evidence id, and an output onto the register's own key file.
    let out = reg.dir.path().join("out.pdf");
    let err = reg.fails(
        &[
            "incident",
            "evidence",
            "export",
            "0123abcd",
            "--out",
            out.to_str().unwrap(),
        ],
        5,
    );
    assert!(err.contains("Invalid evidence file"), "{err}");
    assert!(!out.exists());
    assert_eq!(reg.event_count(), before);

    let eid = add(&reg, &id, &src)["id"].as_str().unwrap().to_string();
    let keys = reg.db.with_extension("db.keys");
    let keys_before = std::fs::read(&keys).unwrap();
    let before = reg.event_count();
    let err = reg.fails(
        &[
            "incident",
            "evidence",
            "export",
            &eid,
            "--out",
            keys.to_str().unwrap(),
            "--force",
        ],
        5,
    );
    assert!(err.contains("output file"), "{err}");
    assert_eq!(std::fs::read(&keys).unwrap(), keys_before);
    assert_eq!(reg.event_count(), before);
}

/// `verify` reads every file back: a chunk edited in the database (with the data key) is found
/// and named, and the export refuses to write it.
#[test]
fn a_tampered_chunk_is_caught_by_verify_and_refused_by_export() {
    let reg = TempRegister::new();
    let id = incident(&reg);
    let (src, _) = police_report(&reg, 3 * (1 << 20) + 17);
    let added = add(&reg, &id, &src);
    let eid = added["id"].as_str().unwrap().to_string();
    let seq = added["added_seq"].as_u64().unwrap();
    assert_eq!(reg.json(&["verify"])["ok"], true);
    {
        let conn = reg.raw();
        let mut data: Vec<u8> = conn
            .query_row(
                "SELECT data FROM evidence_content WHERE evidence_id = ?1 AND chunk = 1",
                [&eid],
                |r| r.get(0),
            )
            .unwrap();
        data[4096] ^= 0x20;
        conn.execute(
            "UPDATE evidence_content SET data = ?2 WHERE evidence_id = ?1 AND chunk = 1",
            rusqlite::params![eid, data],
        )
        .unwrap();
    }
    let out = reg.run(&["verify", "--json"]);
    assert_eq!(out.status.code(), Some(4));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], false);
    assert_eq!(v["error"]["seq"], seq, "{v}");
    let reason = v["error"]["reason"].as_str().unwrap();
    assert!(
        reason.contains(&eid) && reason.contains("chunk 1"),
        "{reason}"
    );
    let err = reg.fails(&["verify"], 4);
    assert!(
        err.contains(&format!("evidence file {eid}")) && err.contains("chunk 1"),
        "{err}"
    );

    let target = reg.dir.path().join("tampered.pdf");
    let before = reg.event_count();
    let err = reg.fails(
        &[
            "incident",
            "evidence",
            "export",
            &eid,
            "--out",
            target.to_str().unwrap(),
        ],
        4,
    );
    assert!(err.contains("does not match its SHA-256"), "{err}");
    assert!(!target.exists(), "a tampered file was written");
    assert!(
        !reg.files()
            .iter()
            .any(|p| p.to_string_lossy().contains(".partial")),
        "a partial file was left"
    );
    assert_eq!(
        reg.event_count(),
        before,
        "a refused export records nothing"
    );
}

/// Redaction erases the content and the names of a redacted incident's files, says so in its
/// event, and the register still verifies; another incident's file is kept.
#[test]
fn redaction_erases_the_files_of_the_incident_and_says_so() {
    let reg = TempRegister::new();
    let id = incident(&reg);
    let (src, sha) = police_report(&reg, 1_200_000);
    let eid = add(&reg, &id, &src)["id"].as_str().unwrap().to_string();
    let other = reg.new_incident("Phishing wave", "2026-11-21T09:00:00Z");
    let kept_src = reg.dir.path().join("headers.eml");
    std::fs::write(&kept_src, b"From: attacker@example.invalid\n").unwrap();
    let kept = add(&reg, &other, &kept_src)["id"]
        .as_str()
        .unwrap()
        .to_string();
    for to in ["triage", "investigating", "contained", "resolved", "closed"] {
        reg.json(&[
            "incident",
            "transition",
            &id,
            "--to",
            to,
            "--at",
            "2026-11-22T10:00:00Z",
        ]);
    }
    reg.json(&[
        "retention",
        "redact",
        &id,
        "--reason",
        "erasure request",
        "--early",
    ]);
    let conn = reg.raw();
    let chunks = |e: &str| -> i64 {
        conn.query_row(
            "SELECT count(*) FROM evidence_content WHERE evidence_id = ?1",
            [e],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(chunks(&eid), 0, "the content is still stored");
    assert_eq!(chunks(&kept), 1);
    let payload: String = conn
        .query_row(
            "SELECT payload FROM events WHERE kind = 'incident.redacted'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    drop(conn);
    let payload: Value = serde_json::from_str(&payload).unwrap();
    assert_eq!(payload["evidence_erased"], 1, "{payload}");
    assert_eq!(payload["evidence_erased_ids"], serde_json::json!([eid]));
    assert_eq!(payload["evidence_erased_bytes"], 1_200_000);
    // Nothing of the content or the name is left in any table, read with the data key.
    let left = decrypted_tables_containing(&reg, &[MARKER.as_bytes(), "Jovanovi".as_bytes()]);
    assert_eq!(left, Vec::<String>::new(), "still stored");
    let list = reg.json(&["incident", "evidence", "list", &id]);
    assert_eq!(list[0]["name"], "[redacted]");
    assert_eq!(list[0]["erased"], true);
    assert_eq!(list[0]["sha256"], sha.as_str(), "the hash stays on record");
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
    let out = reg.dir.path().join("after.pdf");
    let err = reg.fails(
        &[
            "incident",
            "evidence",
            "export",
            &eid,
            "--out",
            out.to_str().unwrap(),
        ],
        5,
    );
    assert!(err.contains("erased"), "{err}");
    assert!(!out.exists());
    let before = reg.event_count();
    let err = reg.fails(
        &[
            "incident",
            "evidence",
            "add",
            &id,
            "--file",
            kept_src.to_str().unwrap(),
        ],
        5,
    );
    assert!(err.contains("redacted"), "{err}");
    assert_eq!(reg.event_count(), before);
}

/// A 64 MiB file is streamed in and out (the process never holds it whole: see the benchmark
/// for the memory figure) and comes back identical.
#[test]
fn a_large_file_is_streamed_in_and_out_unchanged() {
    let reg = TempRegister::new();
    let id = incident(&reg);
    let src = reg.dir.path().join("capture.pcap");
    let sha = write_content(&src, 64 << 20);
    let added = reg.json(&[
        "incident",
        "evidence",
        "add",
        &id,
        "--file",
        src.to_str().unwrap(),
    ]);
    assert_eq!(added["sha256"], sha.as_str());
    assert_eq!(added["size"], 64u64 << 20);
    let chunks: i64 = reg
        .raw()
        .query_row(
            "SELECT count(*) FROM evidence_content WHERE evidence_id = ?1",
            [added["id"].as_str().unwrap()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(chunks, 64, "1 MiB chunks");
    std::fs::remove_file(&src).unwrap();
    let out = reg.dir.path().join("capture-export.pcap");
    reg.json(&[
        "incident",
        "evidence",
        "export",
        added["id"].as_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::metadata(&out).unwrap().len(), 64 << 20);
    assert_eq!(sha256_of(&out), sha);
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// The incident report lists the files by name, size and SHA-256 (and its embedded content
/// carries them); the audit trail names the events.
#[test]
fn the_incident_report_lists_the_evidence_by_name_size_and_hash() {
    let reg = TempRegister::new();
    let id = incident(&reg);
    let (src, sha) = police_report(&reg, 2_621_440);
    add(&reg, &id, &src);
    let pdf = reg.dir.path().join("incident.pdf");
    reg.json(&["report", "incident", &id, "--out", pdf.to_str().unwrap()]);
    let text = crate::reports::text_of(&pdf);
    assert!(text.contains("Evidence files"), "{text}");
    assert!(text.contains(&format!("Aangifte {NAME}.pdf")), "{text}");
    assert!(text.contains("2.5 MiB (2,621,440 bytes)"), "{text}");
    for group in sha.as_bytes().chunks(16) {
        let group = std::str::from_utf8(group).unwrap();
        assert!(text.contains(group), "{group} of {sha} missing:\n{text}");
    }
    assert!(text.contains("Evidence file added"), "{text}");
    let json = reg.dir.path().join("content.json");
    crate::reports::tool(
        "pdfdetach",
        &[
            "-save",
            "1",
            "-o",
            json.to_str().unwrap(),
            pdf.to_str().unwrap(),
        ],
    );
    let content: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(content["data"]["evidence"][0]["sha256"], sha.as_str());
    assert_eq!(
        reg.json(&["verify-report", pdf.to_str().unwrap()])["ok"],
        true
    );
    let nl = reg.dir.path().join("incident-nl.pdf");
    reg.json(&[
        "--lang",
        "nl",
        "report",
        "incident",
        &id,
        "--out",
        nl.to_str().unwrap(),
    ]);
    let text = crate::reports::text_of(&nl);
    assert!(
        text.contains("Bewijsbestanden") && text.contains("2,5 MiB (2.621.440 bytes)"),
        "{text}"
    );
}

/// A backup copies the whole database: its restore test reads the files back, and a register
/// restored from it exports them unchanged.
#[test]
fn backups_carry_the_evidence_and_their_restore_test_reads_it_back() {
    let reg = TempRegister::new();
    let id = incident(&reg);
    let (src, sha) = police_report(&reg, 1_500_000);
    let eid = add(&reg, &id, &src)["id"].as_str().unwrap().to_string();
    let backups = reg.dir.path().join("backups");
    let b = reg.json(&["backup", "create", "--out", backups.to_str().unwrap()]);
    let file = b["path"].as_str().unwrap().to_string();
    let bytes = std::fs::read(&file).unwrap();
    assert!(!contains(&bytes, MARKER.as_bytes()), "content in clear");
    assert_eq!(reg.json(&["backup", "verify", &file])["ok"], true);

    let target = reg.dir.path().join("restored").join("register.db");
    let out = reg
        .cmd()
        .args(["backup", "restore", &file, "--json"])
        .env("BREACHLOG_DB", &target)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let exported = reg.dir.path().join("from-backup.pdf");
    let out = reg
        .cmd()
        .args(["incident", "evidence", "export", &eid, "--out"])
        .arg(&exported)
        .env("BREACHLOG_DB", &target)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(sha256_of(&exported), sha);

    // A backup whose evidence was tampered with fails its restore test.
    {
        let conn = reg.raw();
        conn.execute(
            "UPDATE evidence_content SET data = zeroblob(length(data)) WHERE evidence_id = ?1",
            [&eid],
        )
        .unwrap();
    }
    let b = reg.json(&["backup", "create", "--out", backups.to_str().unwrap()]);
    let out = reg.run(&["backup", "verify", b["path"].as_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(4));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["error"]["reason"].as_str().unwrap().contains(&eid), "{v}");
}
