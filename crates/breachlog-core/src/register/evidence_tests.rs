//! Evidence files: stored encrypted in chunks inside the register, chained by SHA-256, exported
//! byte for byte, read back by `verify`, erased by redaction.

use std::io::Read;

use super::*;
use crate::error::{Error, IntegrityError, IntegrityReason, Reason};
use crate::register::IncidentInput;

const NAME: &str = "Politie-aangifte Mila Jovanović.pdf";

fn register() -> (tempfile::TempDir, Register) {
    crate::testing::register(crate::testing::org_in("Europe/Amsterdam"), "ciso")
}

fn incident(reg: &mut Register) -> Uuid {
    reg.create_incident(&IncidentInput {
        title: Some("Laptop stolen".into()),
        category: Some("lost_device".into()),
        severity: Some("low".into()),
        detected_at: Some("2026-10-01T08:00:00Z".into()),
        ..Default::default()
    })
    .unwrap()
    .id
}

/// `n` bytes that differ from chunk to chunk and within one (a repeated pattern would hide a
/// swapped chunk).
fn content(n: usize) -> Vec<u8> {
    let mut x: u32 = 0x9e37_79b9;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

fn events(reg: &Register) -> i64 {
    reg.conn
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap()
}

fn chunks(reg: &Register, id: Uuid) -> i64 {
    reg.conn
        .query_row(
            "SELECT count(*) FROM evidence_content WHERE evidence_id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .unwrap()
}

fn integrity(err: &Error) -> (u64, IntegrityReason) {
    match err {
        Error::Integrity(IntegrityError { seq, reason }) => (*seq, reason.clone()),
        other => panic!("not an integrity error: {other:?}"),
    }
}

#[test]
fn a_file_is_stored_in_chunks_chained_by_its_hash_and_exported_byte_for_byte() {
    let (dir, mut reg) = register();
    let id = incident(&mut reg);
    let bytes = content(2 * CHUNK_SIZE + 12_345);
    let src = dir.path().join(NAME);
    std::fs::write(&src, &bytes).unwrap();
    let e = reg
        .add_evidence(id, &src, Some("Received from the police, 2 Oct"))
        .unwrap();
    assert_eq!(e.name, NAME);
    assert_eq!(e.size, bytes.len() as u64);
    assert_eq!(e.sha256, hex::encode(Sha256::digest(&bytes)));
    assert_eq!(e.media_type, "application/pdf", "from the extension");
    assert_eq!(e.added_by, "ciso");
    assert_eq!(chunks(&reg, e.id), 3);
    assert_eq!(reg.evidence_list(id).unwrap(), vec![e.clone()]);

    // The chain holds the hash and size; the name and note are sealed.
    let ev = reg.event_at(e.added_seq).unwrap().unwrap();
    assert_eq!(ev.kind, kind::EVIDENCE_ADDED);
    assert_eq!(ev.subject, Some(id));
    assert_eq!(ev.payload["sha256"], e.sha256.as_str());
    assert_eq!(ev.payload["size"], bytes.len() as u64);
    assert!(ev.payload["name"]["sealed"].is_string(), "{}", ev.payload);
    assert!(ev.payload["note"]["sealed"].is_string(), "{}", ev.payload);
    let text = crate::canonical::to_string(&ev.payload).unwrap();
    assert!(!text.contains("Jovanovi"), "{text}");
    // The incident's detail lists it, its timeline shows the event opened.
    let detail = crate::views::IncidentDetail::load(&reg, id, crate::Ts::now()).unwrap();
    assert_eq!(detail.evidence, vec![e.clone()]);
    let shown = detail
        .timeline
        .iter()
        .find(|t| t.kind == kind::EVIDENCE_ADDED)
        .unwrap();
    assert_eq!(shown.payload["name"], NAME);

    let out = dir.path().join("export.pdf");
    let w = reg.export_evidence(e.id, &out, false).unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
    assert_eq!((w.size, w.sha256.as_str()), (e.size, e.sha256.as_str()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // Custody: the export is an event about the incident, by the actor.
    let after = reg.evidence(e.id).unwrap();
    assert_eq!(after.exports.len(), 1);
    assert_eq!(after.exports[0].by, "ciso");
    assert_eq!(after.exports[0].seq, w.event_seq);
    let exported = reg.event_at(w.event_seq).unwrap().unwrap();
    assert_eq!(exported.kind, kind::EVIDENCE_EXPORTED);
    assert_eq!(exported.subject, Some(id));
    assert_eq!(exported.payload["sha256"], e.sha256.as_str());
    assert!(exported.payload["file_name"]["sealed"].is_string());

    // An existing file is not overwritten unless asked.
    let before = events(&reg);
    std::fs::write(&out, b"keep").unwrap();
    let err = reg.export_evidence(e.id, &out, false).unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidInput {
                field: "out",
                reason: Reason::FileExists
            }
        ),
        "{err:?}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"keep");
    assert_eq!(events(&reg), before);
    reg.export_evidence(e.id, &out, true).unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
    assert_eq!(reg.evidence(e.id).unwrap().exports.len(), 2);

    let report = reg.verify(None).unwrap();
    assert_eq!(report.head_seq, events(&reg) as u64);
}

#[test]
fn an_empty_file_and_one_of_exactly_one_chunk_round_trip() {
    let (dir, mut reg) = register();
    let id = incident(&mut reg);
    for (name, n, chunks_expected) in [("empty.log", 0, 0), ("one.bin", CHUNK_SIZE, 1)] {
        let bytes = content(n);
        let e = reg
            .add_evidence_from(id, name, bytes.as_slice(), None)
            .unwrap();
        assert_eq!(chunks(&reg, e.id), chunks_expected, "{name}");
        assert_eq!(e.note, None);
        let out = dir.path().join(format!("out-{name}"));
        reg.export_evidence(e.id, &out, false).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), bytes, "{name}");
    }
    reg.verify(None).unwrap();
}

#[test]
fn media_types_come_from_the_first_bytes_then_the_extension() {
    assert_eq!(media_type("scan", b"%PDF-1.7\n"), "application/pdf");
    assert_eq!(
        media_type("shot.txt", b"\x89PNG\r\n\x1a\n...."),
        "image/png"
    );
    assert_eq!(media_type("IMG_0001.JPG", b""), "image/jpeg");
    assert_eq!(media_type("auth.log", b"Oct  1 08:00"), "text/plain");
    assert_eq!(media_type("mail.eml", b"From: "), "message/rfc822");
    assert_eq!(media_type("bundle", b"PK\x03\x04rest"), "application/zip");
    assert_eq!(media_type("noext", b"\x00\x01"), "application/octet-stream");
}

#[test]
fn bad_input_names_the_field_and_writes_nothing() {
    let (dir, mut reg) = register();
    let id = incident(&mut reg);
    let before = events(&reg);
    let invalid = |r: Result<Evidence>| match r {
        Err(Error::InvalidInput { field, reason }) => (field, reason),
        other => panic!("not refused as input: {other:?}"),
    };
    assert_eq!(
        invalid(reg.add_evidence(id, &dir.path().join("nope.pdf"), None)),
        ("file", Reason::FileMissing)
    );
    assert_eq!(
        invalid(reg.add_evidence(id, dir.path(), None)),
        ("file", Reason::IsDirectory)
    );
    // A sparse file one byte beyond the limit: refused before a byte is read.
    let big = dir.path().join("disk.img");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(MAX_EVIDENCE_BYTES + 1)
        .unwrap();
    assert_eq!(
        invalid(reg.add_evidence(id, &big, None)),
        (
            "file",
            Reason::FileTooLarge {
                max_mib: MAX_EVIDENCE_MIB
            }
        )
    );
    let ok = dir.path().join("ok.txt");
    std::fs::write(&ok, b"log").unwrap();
    assert_eq!(
        invalid(reg.add_evidence(Uuid::now_v7(), &ok, None)),
        ("incident", Reason::UnknownId)
    );
    assert_eq!(
        invalid(reg.add_evidence(id, &ok, Some("bell \u{7}"))),
        ("note", Reason::ControlCharacters)
    );
    #[cfg(unix)]
    {
        let fifo = dir.path().join("pipe");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        assert_eq!(
            invalid(reg.add_evidence(id, &fifo, None)),
            ("file", Reason::NotAFile)
        );
    }
    assert_eq!(events(&reg), before);
    let stored: i64 = reg
        .conn
        .query_row("SELECT count(*) FROM evidence_content", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 0);
    assert!(matches!(
        reg.resolve_evidence("0000"),
        Err(Error::InvalidInput {
            field: "evidence",
            reason: Reason::UnknownId
        })
    ));
}

/// A reader that fails after some chunks, or a file that grows beyond the limit while it is
/// read: the transaction writes nothing, not even the chunks already stored.
#[test]
fn a_failure_halfway_through_a_file_writes_nothing() {
    struct Failing(usize);
    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0 == 0 {
                return Err(std::io::Error::other("device gone"));
            }
            let n = buf.len().min(self.0);
            buf[..n].fill(7);
            self.0 -= n;
            Ok(n)
        }
    }
    let (_dir, mut reg) = register();
    let id = incident(&mut reg);
    let before = events(&reg);
    let err = reg
        .add_evidence_from(id, "capture.pcap", Failing(3 * CHUNK_SIZE + 10), None)
        .unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    let growing = std::io::repeat(1).take(3 * CHUNK_SIZE as u64);
    let err = reg
        .store_evidence(
            id,
            "growing.log",
            growing,
            None,
            Path::new("growing.log"),
            2 * CHUNK_SIZE as u64,
        )
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidInput {
                field: "file",
                reason: Reason::FileTooLarge { max_mib: 2 }
            }
        ),
        "{err:?}"
    );
    assert_eq!(events(&reg), before);
    let stored: i64 = reg
        .conn
        .query_row("SELECT count(*) FROM evidence_content", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 0);
    assert!(reg.evidence_list(id).unwrap().is_empty());
}

#[test]
fn a_redacted_incident_takes_no_evidence_and_redaction_erases_its_files() {
    let (dir, mut reg) = register();
    let id = incident(&mut reg);
    let bytes = content(CHUNK_SIZE + 1);
    let e = reg
        .add_evidence_from(id, NAME, bytes.as_slice(), Some("from Mila Jovanović"))
        .unwrap();
    let other = incident(&mut reg);
    let kept = reg
        .add_evidence_from(other, "keep.txt", &b"other incident"[..], None)
        .unwrap();
    for to in ["triage", "investigating", "contained", "resolved", "closed"] {
        reg.transition(id, to, None, None, None).unwrap();
    }
    let r = reg
        .redact_incident(id, "erasure request", true, crate::Ts::now())
        .unwrap();
    let ev = reg.event_at(r.seq).unwrap().unwrap();
    assert_eq!(ev.payload["evidence_erased"], 1);
    assert_eq!(
        ev.payload["evidence_erased_ids"],
        serde_json::json!([e.id.to_string()])
    );
    assert_eq!(ev.payload["evidence_erased_bytes"], bytes.len() as u64);
    assert!(
        r.events.contains(&e.added_seq),
        "the name and note were erased"
    );
    assert_eq!(chunks(&reg, e.id), 0);
    assert_eq!(chunks(&reg, kept.id), 1);
    let shown = reg.evidence(e.id).unwrap();
    assert!(shown.erased);
    assert_eq!(shown.name, crate::domain::REDACTED);
    assert_eq!(shown.note.as_deref(), Some(crate::domain::REDACTED));
    assert_eq!(
        (shown.size, shown.sha256.as_str()),
        (e.size, e.sha256.as_str())
    );
    reg.verify(None).unwrap();

    let out = dir.path().join("gone.pdf");
    assert!(matches!(
        reg.export_evidence(e.id, &out, false),
        Err(Error::InvalidInput {
            field: "evidence",
            reason: Reason::EvidenceErased
        })
    ));
    assert!(!out.exists());
    let before = events(&reg);
    assert!(matches!(
        reg.add_evidence_from(id, "late.txt", &b"x"[..], None),
        Err(Error::InvalidInput {
            field: "incident",
            reason: Reason::Redacted
        })
    ));
    assert_eq!(events(&reg), before);
}

#[test]
fn verify_and_export_catch_altered_missing_extra_and_orphan_content() {
    let (dir, mut reg) = register();
    let id = incident(&mut reg);
    let bytes = content(3 * CHUNK_SIZE + 100);
    let e = reg
        .add_evidence_from(id, "auth.log", bytes.as_slice(), None)
        .unwrap();
    let eid = e.id.to_string();
    reg.verify(None).unwrap();
    let mismatch = |chunk: Option<u64>| IntegrityReason::EvidenceMismatch {
        evidence: eid.clone(),
        chunk,
    };
    let out = dir.path().join("auth-export.log");

    // One byte of chunk 2 flipped: verify names the file and the chunk, export writes nothing.
    reg.conn
        .execute(
            "UPDATE evidence_content SET data = ?3 WHERE evidence_id = ?1 AND chunk = ?2",
            rusqlite::params![eid, 2, {
                let mut c = bytes[2 * CHUNK_SIZE..3 * CHUNK_SIZE].to_vec();
                c[500] ^= 1;
                c
            }],
        )
        .unwrap();
    let err = reg.verify(None).unwrap_err();
    assert_eq!(integrity(&err), (e.added_seq, mismatch(Some(2))));
    let export = reg.export_evidence(e.id, &out, false).unwrap_err();
    assert_eq!(integrity(&export), (e.added_seq, mismatch(Some(2))));
    assert!(!out.exists());
    assert_eq!(
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|f| f
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains("partial"))
            .count(),
        0,
        "no partial file left"
    );
    // Its own hash updated too: the file's hash still tells, no chunk can be named.
    let altered: Vec<u8> = reg
        .conn
        .query_row(
            "SELECT data FROM evidence_content WHERE evidence_id = ?1 AND chunk = 2",
            [&eid],
            |r| r.get(0),
        )
        .unwrap();
    reg.conn
        .execute(
            "UPDATE evidence_content SET sha256 = ?2 WHERE evidence_id = ?1 AND chunk = 2",
            rusqlite::params![eid, hex::encode(Sha256::digest(&altered))],
        )
        .unwrap();
    assert_eq!(
        integrity(&reg.verify(None).unwrap_err()),
        (e.added_seq, mismatch(None))
    );
    // Put back; then a chunk missing, the last one missing, an extra one.
    reg.conn
        .execute(
            "UPDATE evidence_content SET data = ?2, sha256 = ?3 WHERE evidence_id = ?1 AND chunk = 2",
            rusqlite::params![
                eid,
                &bytes[2 * CHUNK_SIZE..3 * CHUNK_SIZE],
                hex::encode(Sha256::digest(&bytes[2 * CHUNK_SIZE..3 * CHUNK_SIZE]))
            ],
        )
        .unwrap();
    reg.verify(None).unwrap();
    let take = |reg: &Register, chunk: i64| -> (String, Vec<u8>) {
        reg.conn
            .query_row(
                "SELECT sha256, data FROM evidence_content WHERE evidence_id = ?1 AND chunk = ?2",
                rusqlite::params![eid, chunk],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
    };
    let put = |reg: &Register, chunk: i64, (sha, data): &(String, Vec<u8>)| {
        reg.conn
            .execute(
                "INSERT INTO evidence_content (evidence_id, chunk, sha256, data) VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![eid, chunk, sha, data],
            )
            .unwrap();
    };
    let remove = |reg: &Register, chunk: i64| {
        reg.conn
            .execute(
                "DELETE FROM evidence_content WHERE evidence_id = ?1 AND chunk = ?2",
                rusqlite::params![eid, chunk],
            )
            .unwrap();
    };
    let one = take(&reg, 1);
    remove(&reg, 1);
    assert_eq!(
        integrity(&reg.verify(None).unwrap_err()),
        (e.added_seq, mismatch(Some(1)))
    );
    put(&reg, 1, &one);
    let last = take(&reg, 3);
    remove(&reg, 3);
    assert_eq!(
        integrity(&reg.verify(None).unwrap_err()),
        (e.added_seq, mismatch(Some(3)))
    );
    put(&reg, 3, &last);
    put(&reg, 4, &last);
    assert_eq!(
        integrity(&reg.verify(None).unwrap_err()),
        (e.added_seq, mismatch(Some(4)))
    );
    remove(&reg, 4);
    reg.verify(None).unwrap();

    // Content of a file the journal does not know.
    reg.conn
        .execute(
            "INSERT INTO evidence_content (evidence_id, chunk, sha256, data) VALUES ('0000-ghost', 0, '', x'00')",
            [],
        )
        .unwrap();
    let (seq, reason) = integrity(&reg.verify(None).unwrap_err());
    assert_eq!(seq, events(&reg) as u64);
    assert_eq!(
        reason,
        IntegrityReason::EvidenceOrphan {
            evidence: "0000-ghost".into()
        }
    );
    // The localised message names the file and the chunk.
    let msg = crate::i18n::Localizer::new(crate::domain::Language::En).error(&Error::Integrity(
        IntegrityError {
            seq: 9,
            reason: mismatch(Some(2)),
        },
    ));
    assert!(msg.contains(&eid) && msg.contains("chunk 2"), "{msg}");
}

/// The evidence projection is rebuilt by `verify` like every other: an edited row is caught.
#[test]
fn an_edited_evidence_row_is_caught_as_a_projection_mismatch() {
    let (_dir, mut reg) = register();
    let id = incident(&mut reg);
    let e = reg
        .add_evidence_from(id, "shot.png", &b"\x89PNG\r\n\x1a\nxx"[..], None)
        .unwrap();
    assert_eq!(e.media_type, "image/png");
    reg.conn
        .execute(
            "UPDATE evidence SET doc = json_set(doc, '$.media_type', 'text/plain') WHERE id = ?1",
            [e.id.to_string()],
        )
        .unwrap();
    let (_, reason) = integrity(&reg.verify(None).unwrap_err());
    assert_eq!(
        reason,
        IntegrityReason::ProjectionMismatch {
            table: "evidence".into(),
            key: e.id.to_string()
        }
    );
}
