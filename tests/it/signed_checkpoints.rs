//! Signed checkpoints through the CLI (docs/chain-format.md §9): the register's signing key is
//! published, a checkpoint is journalled at every report, export and backup and on demand,
//! `verify` checks each one, and a witness's checkpoint catches a journal rewritten by someone
//! holding the key.

use std::path::Path;

use breachlog_core::checkpoint::{self, Checkpoint};
use breachlog_core::keys::KeyFile;
use breachlog_core::{merkle, Event};
use breachlog_tests::{TempRegister, PASSPHRASE};
use ed25519_dalek::SigningKey;
use serde_json::Value;

fn kinds(reg: &TempRegister) -> Vec<(i64, String)> {
    let conn = reg.raw();
    let mut stmt = conn
        .prepare("SELECT seq, kind FROM events ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn events(conn: &rusqlite::Connection) -> Vec<Event> {
    let mut stmt = conn
        .prepare("SELECT seq, id, ts, actor, kind, subject, payload, prev, hash FROM events ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| {
        Ok(Event::from_columns(
            r.get::<_, i64>(0)? as u64,
            &r.get::<_, String>(1)?,
            &r.get::<_, String>(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get::<_, Option<String>>(5)?.as_deref(),
            &r.get::<_, String>(6)?,
            r.get(7)?,
            r.get(8)?,
        )
        .unwrap())
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// The register's signing key, as someone holding the passphrase can unwrap it.
pub(crate) fn register_key(reg: &TempRegister) -> SigningKey {
    let kf = KeyFile::load(&breachlog_core::keys::key_file_path(&reg.db)).unwrap();
    let data = kf.unlock_passphrase(PASSPHRASE).unwrap();
    kf.signing_key(&data).unwrap().unwrap()
}

fn origin(reg: &TempRegister) -> String {
    let kf = KeyFile::load(&breachlog_core::keys::key_file_path(&reg.db)).unwrap();
    checkpoint::origin(&kf.register_id.to_string())
}

/// Rewrites the journal as someone holding the keys would: `edit` changes the events, then every
/// hash from the first changed event on is recomputed and, with `resign`, every journalled
/// checkpoint after it is signed again over the rewritten journal, so `verify` alone passes.
pub(crate) fn rewrite(
    reg: &TempRegister,
    resign: Option<&SigningKey>,
    edit: impl Fn(&mut Vec<Event>),
) {
    let conn = reg.raw();
    conn.execute_batch(
        "DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete;",
    )
    .unwrap();
    let before = events(&conn);
    let mut evs = before.clone();
    edit(&mut evs);
    let first = evs
        .iter()
        .zip(&before)
        .position(|(a, b)| a != b)
        .expect("an edit");
    let origin = origin(reg);
    for i in first..evs.len() {
        if i > 0 {
            evs[i].prev = evs[i - 1].hash.clone();
        }
        if let (Some(key), "checkpoint.signed") = (resign, evs[i].kind.as_str()) {
            let hashes: Vec<merkle::Hash> = evs[..i]
                .iter()
                .map(|e| merkle::parse_hash(&e.hash).unwrap())
                .collect();
            let note = Checkpoint {
                origin: origin.clone(),
                size: i as u64,
                root: merkle::root(&hashes),
                head_hash: evs[i - 1].hash.clone(),
            }
            .sign(key);
            evs[i].payload["note"] = Value::String(note);
        }
        evs[i].hash = evs[i].compute_hash().unwrap();
        // The incidents' projection keeps the hash of each incident's last event: the key
        // holder rewrites it too, so the tables still match the rewritten journal.
        conn.execute(
            "UPDATE incidents SET doc = replace(doc, ?1, ?2) WHERE instr(doc, ?1) > 0",
            [&before[i].hash, &evs[i].hash],
        )
        .unwrap();
        conn.execute(
            "UPDATE events SET actor = ?2, payload = ?3, prev = ?4, hash = ?5 WHERE seq = ?1",
            rusqlite::params![
                evs[i].seq as i64,
                evs[i].actor,
                breachlog_core::canonical::to_string(&evs[i].payload).unwrap(),
                evs[i].prev,
                evs[i].hash
            ],
        )
        .unwrap();
    }
}

fn verify_fails(reg: &TempRegister, extra: &[&str]) -> Value {
    let mut args = vec!["verify", "--json"];
    args.extend_from_slice(extra);
    let out = reg.run(&args);
    assert_eq!(
        out.status.code(),
        Some(4),
        "stdout {} stderr {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], false);
    v
}

fn checkpoint_seqs(reg: &TempRegister, reason: &str) -> Vec<i64> {
    let conn = reg.raw();
    let mut stmt = conn
        .prepare(
            "SELECT seq FROM events WHERE kind = 'checkpoint.signed'
             AND json_extract(payload, '$.reason') = ?1 ORDER BY seq",
        )
        .unwrap();
    stmt.query_map([reason], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn the_key_is_published_and_every_checkpoint_is_journalled_and_verified() {
    let reg = TempRegister::new();
    reg.new_incident("Stolen laptop", "2026-11-20T09:00:00Z");
    // The key is published with the first events, and its key hash is the C2SP one.
    let published: Value = reg
        .raw()
        .query_row(
            "SELECT payload FROM events WHERE kind = 'key.signing_published'",
            [],
            |r| r.get::<_, String>(0),
        )
        .map(|p| serde_json::from_str(&p).unwrap())
        .unwrap();
    let key = register_key(&reg);
    assert_eq!(published["algorithm"], "ed25519");
    assert_eq!(published["key_name"], origin(&reg).as_str());
    assert_eq!(
        published["key_hash"],
        hex::encode(checkpoint::key_hash(
            &origin(&reg),
            key.verifying_key().as_bytes()
        ))
    );

    // On demand: the checkpoint covers the journal before its event.
    let c = reg.json(&["anchor", "checkpoint"]);
    let seq = c["seq"].as_u64().unwrap();
    assert_eq!(c["size"].as_u64().unwrap(), seq - 1);
    let proof = reg.json(&[
        "proof",
        "inclusion",
        "--seq",
        "1",
        "--size",
        &(seq - 1).to_string(),
    ]);
    assert_eq!(c["root"], proof["root"]);
    let note = checkpoint::parse(c["note"].as_str().unwrap().as_bytes()).unwrap();
    note.verify(key.verifying_key().as_bytes()).unwrap();
    assert!(c["note"]
        .as_str()
        .unwrap()
        .contains("\n\n\u{2014} breachlog.register/"));

    // At every export and backup, in the same write as its event.
    let out = reg.dir.path().join("journal.jsonl");
    reg.json(&["export", "journal", "--out", out.to_str().unwrap()]);
    let backups = reg.dir.path().join("backups");
    reg.json(&["backup", "create", "--out", backups.to_str().unwrap()]);
    let k = kinds(&reg);
    for (made_by, reason) in [("journal.exported", "export"), ("backup.created", "backup")] {
        let at = k.iter().position(|(_, kind)| kind == made_by).unwrap();
        assert_eq!(k[at + 1].1, "checkpoint.signed", "after {made_by}");
        assert_eq!(checkpoint_seqs(&reg, reason), vec![k[at + 1].0]);
    }

    // verify checks them all, on the register and on the exported journal (key-less).
    let v = reg.json(&["verify"]);
    let checked: Vec<u64> = v["checkpoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["seq"].as_u64().unwrap())
        .collect();
    assert_eq!(checked.len(), 3, "{v}");
    assert_eq!(checked[0], seq);
    let j = reg.json(&["verify", "--journal", out.to_str().unwrap()]);
    // The export holds the events before its own `journal.exported` and checkpoint.
    assert_eq!(j["checkpoints"].as_array().unwrap().len(), 1, "{j}");
    assert_eq!(j["checkpoints"][0]["seq"], seq);
}

/// A journalled checkpoint whose text was altered, one signed with another key and one over
/// another root (signed with the register's own key) are each refused at their seq, even when
/// the chain was re-sealed around them.
#[test]
fn a_tampered_checkpoint_a_wrong_key_and_another_root_are_refused() {
    let cases: [(&str, &str); 3] = [
        (
            "altered",
            "checkpoint signature does not verify with the register's published key",
        ),
        (
            "other key",
            "checkpoint not signed by a key the register published",
        ),
        ("other root", "checkpoint root does not match the journal"),
    ];
    for (case, reason) in cases {
        let reg = TempRegister::new();
        reg.new_incident("Phishing wave", "2026-11-20T10:00:00Z");
        let c = reg.json(&["anchor", "checkpoint"]);
        let seq = c["seq"].as_u64().unwrap();
        reg.json(&["org", "show"]);
        let own = register_key(&reg);
        let origin = origin(&reg);
        rewrite(&reg, None, |evs| {
            let ev = &mut evs[seq as usize - 1];
            let text = ev.payload["note"].as_str().unwrap().to_string();
            let parsed = checkpoint::parse(text.as_bytes()).unwrap().checkpoint;
            let note = match case {
                // One digit of the root (base64) changed; the signature line kept.
                "altered" => {
                    let lines: Vec<&str> = text.split('\n').collect();
                    let root = lines[2];
                    let swapped = if root.starts_with('A') { "B" } else { "A" };
                    text.replacen(root, &format!("{swapped}{}", &root[1..]), 1)
                }
                "other key" => parsed.sign(&SigningKey::from_bytes(&[42u8; 32])),
                _ => Checkpoint {
                    origin: origin.clone(),
                    root: [0u8; 32],
                    ..parsed
                }
                .sign(&own),
            };
            ev.payload["note"] = Value::String(note);
        });
        let v = verify_fails(&reg, &[]);
        assert_eq!(v["error"]["seq"], seq, "{case}: {v}");
        assert_eq!(v["error"]["reason"], reason, "{case}");
        // The message says it in words.
        let text = reg.fails(&["verify"], 4);
        assert!(text.contains("checkpoint"), "{case}: {text}");
    }
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The witness scenario: the latest checkpoint leaves the laptop; later the key holder rewrites
/// an event it covers and re-signs every journalled checkpoint. `verify` alone passes — the
/// witness's file does not.
#[test]
fn a_journal_rewritten_after_a_witnessed_checkpoint_is_caught_and_an_untouched_one_passes() {
    let reg = TempRegister::new();
    reg.new_incident("Stolen laptop", "2026-11-20T09:00:00Z");
    reg.new_incident("Phishing wave", "2026-11-20T10:00:00Z");
    let c = reg.json(&["anchor", "checkpoint"]);
    let file = reg.dir.path().join("checkpoint.txt");
    let e = reg.json(&["anchor", "export", "--out", file.to_str().unwrap()]);
    assert_eq!(e["seq"], c["seq"], "the latest checkpoint");
    assert_eq!(mode(&file), 0o600);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        c["note"].as_str().unwrap()
    );
    // Never overwritten.
    std::fs::write(&file, c["note"].as_str().unwrap()).unwrap();
    let err = reg.fails(&["anchor", "export", "--out", file.to_str().unwrap()], 5);
    assert!(err.contains("exists"), "{err}");

    // The register grows: it still extends the checkpoint.
    reg.new_incident("Lost badge", "2026-11-21T10:00:00Z");
    let v = reg.json(&["verify", "--checkpoint", file.to_str().unwrap()]);
    let size = c["size"].as_u64().unwrap();
    assert_eq!(v["witnessed_checkpoint"]["size"], size);
    assert_eq!(v["witnessed_checkpoint"]["root"], c["root"]);
    assert!(v["witnessed_checkpoint"]["journal_size"].as_u64().unwrap() > size);
    let text = String::from_utf8_lossy(
        &reg.run(&["verify", "--checkpoint", file.to_str().unwrap()])
            .stdout,
    )
    .into_owned();
    assert!(
        text.contains("still extends the witnessed checkpoint"),
        "{text}"
    );

    // The key holder rewrites an access-log event the checkpoint covers (no table changes) and
    // re-signs every journalled checkpoint.
    let key = register_key(&reg);
    rewrite(&reg, Some(&key), |evs| {
        let i = evs
            .iter()
            .position(|e| e.kind == "session.unlocked")
            .unwrap();
        assert!((i as u64) < size);
        evs[i].actor = "someone-else".into();
    });
    let plain = reg.run(&["verify", "--json"]);
    assert!(
        plain.status.success(),
        "the rewritten chain is consistent in itself: {}",
        String::from_utf8_lossy(&plain.stdout)
    );
    let v = verify_fails(&reg, &["--checkpoint", file.to_str().unwrap()]);
    assert_eq!(v["error"]["seq"], size);
    assert!(
        v["error"]["reason"].as_str().unwrap().starts_with(&format!(
            "the journal no longer extends the checkpoint of {size} events"
        )),
        "{v}"
    );
    let text = reg.fails(&["verify", "--checkpoint", file.to_str().unwrap()], 4);
    assert!(
        text.contains("no longer extends the witnessed checkpoint"),
        "{text}"
    );
    // A later witness gets a checkpoint that covers the new incident too, not the old one.
    let later = reg.dir.path().join("later.txt");
    let e = reg.json(&["anchor", "export", "--out", later.to_str().unwrap()]);
    assert!(e["seq"].as_u64() > c["seq"].as_u64(), "{e} vs {c}");
    assert!(e["size"].as_u64() > c["size"].as_u64(), "{e} vs {c}");
    let v = reg.json(&["verify", "--checkpoint", later.to_str().unwrap()]);
    assert_eq!(v["witnessed_checkpoint"]["size"], e["size"]);
}

#[test]
fn a_journal_cut_below_a_witnessed_checkpoint_is_caught() {
    let reg = TempRegister::new();
    reg.new_incident("Stolen laptop", "2026-11-20T09:00:00Z");
    let file = reg.dir.path().join("checkpoint.txt");
    let e = reg.json(&["anchor", "export", "--out", file.to_str().unwrap()]);
    let size = e["size"].as_i64().unwrap();
    let conn = reg.raw();
    conn.execute_batch("DROP TRIGGER events_append_only_delete;")
        .unwrap();
    conn.execute("DELETE FROM events WHERE seq >= ?1", [size])
        .unwrap();
    drop(conn);
    let v = verify_fails(&reg, &["--checkpoint", file.to_str().unwrap()]);
    assert_eq!(
        v["error"]["reason"],
        format!("the journal is shorter than the checkpoint of {size} events")
    );
}

/// Every checkpoint file is read as hostile: bounded, parsed strictly, its signature checked
/// before anything it says is used.
#[test]
fn hostile_or_foreign_checkpoint_files_are_refused_with_a_reason() {
    let reg = TempRegister::new();
    let file = reg.dir.path().join("checkpoint.txt");
    let e = reg.json(&["anchor", "export", "--out", file.to_str().unwrap()]);
    let note = e["note"].as_str().unwrap().to_string();
    let write = |name: &str, bytes: &[u8]| {
        let p = reg.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_string()
    };
    // Too large, not a checkpoint, a line too long: invalid input (exit 5), naming the file.
    let large = write("large.txt", &vec![b'a'; 64 * 1024 + 1]);
    let garbage = write("garbage.txt", b"hello\n");
    let long = write(
        "long.txt",
        note.replacen(
            "breachlog.register/",
            &format!("breachlog.register/{}", "x".repeat(2000)),
            1,
        )
        .as_bytes(),
    );
    let missing = reg.dir.path().join("no-such-checkpoint.txt");
    let err = reg.fails(&["verify", "--checkpoint", missing.to_str().unwrap()], 5);
    assert!(err.contains("checkpoint file"), "{err}");
    assert!(err.contains("there is no file at this path"), "{err}");
    for p in [&large, &garbage, &long] {
        let err = reg.fails(&["verify", "--checkpoint", p], 5);
        assert!(err.contains("checkpoint file"), "{err}");
        assert!(err.contains("not a signed checkpoint"), "{err}");
    }
    // Altered (the size and head changed): the signature fails.
    let size = e["size"].as_u64().unwrap();
    let altered = note
        .replacen(&format!("\n{size}\n"), &format!("\n{}\n", size - 1), 1)
        .replacen(&format!("head {size} "), &format!("head {} ", size - 1), 1);
    let altered = write("altered.txt", altered.as_bytes());
    let v = verify_fails(&reg, &["--checkpoint", &altered]);
    assert_eq!(
        v["error"]["reason"],
        "checkpoint signature does not verify with the register's published key"
    );
    // Another register's checkpoint.
    let other = TempRegister::new();
    let other_file = other.dir.path().join("checkpoint.txt");
    other.json(&["anchor", "export", "--out", other_file.to_str().unwrap()]);
    let v = verify_fails(&reg, &["--checkpoint", other_file.to_str().unwrap()]);
    assert!(
        v["error"]["reason"]
            .as_str()
            .unwrap()
            .starts_with("checkpoint of another register"),
        "{v}"
    );
}

fn python(args: &[&str]) -> (bool, String) {
    let out = std::process::Command::new("python3")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("python3 is required for this test: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn here(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(path)
        .to_string_lossy()
        .into_owned()
}

/// The reference verifier's Ed25519 against RFC 8032 §7.1 and Go's sumdb/note example (vectors
/// typed into tests/verifier/test_ed25519.py from their sources).
#[test]
fn the_python_ed25519_passes_the_rfc_8032_vectors() {
    let (ok, text) = python(&[&here("verifier/test_ed25519.py")]);
    assert!(ok, "{text}");
    assert!(text.contains("OK"), "{text}");
}

/// Checkpoints signed by the Python reference (tests/vectors/checkpoint.json) check with the
/// Rust implementation, case by case, and with the Python one.
#[test]
fn the_checkpoint_vectors_check_in_rust_and_python() {
    let v: Value =
        serde_json::from_str(&std::fs::read_to_string(here("vectors/checkpoint.json")).unwrap())
            .unwrap();
    let public = checkpoint::parse_public_key(v["public_key"].as_str().unwrap()).unwrap();
    assert_eq!(
        hex::encode(checkpoint::key_hash(v["origin"].as_str().unwrap(), &public)),
        v["key_hash"]
    );
    for case in v["cases"].as_array().unwrap() {
        let note = checkpoint::parse(case["note"].as_str().unwrap().as_bytes()).unwrap();
        let got = match checkpoint::verify_with_any(&note, &[public]) {
            Ok(()) => "ok".to_string(),
            Err(r) => r.code(),
        };
        assert_eq!(got, case["expect"], "{}", case["name"]);
        if case["expect"] == "ok" {
            assert_eq!(note.checkpoint.size, case["size"].as_u64().unwrap());
            assert_eq!(hex::encode(note.checkpoint.root), case["root"]);
        }
    }
    let (ok, text) = python(&[
        &here("verifier/verify_chain.py"),
        "checkpoint",
        &here("vectors/checkpoint.json"),
    ]);
    assert!(ok, "{text}");
}

/// The Python reference verifier checks the checkpoints of an exported journal, and refuses one
/// whose checkpoint was signed with another key (the chain re-sealed around it).
#[test]
fn the_python_verifier_checks_the_checkpoints_of_an_export() {
    let reg = TempRegister::new();
    reg.new_incident("Stolen laptop", "2026-11-20T09:00:00Z");
    let c = reg.json(&["anchor", "checkpoint"]);
    let out = reg.dir.path().join("journal.jsonl");
    reg.json(&["export", "journal", "--out", out.to_str().unwrap()]);
    let (ok, text) = python(&[
        &here("verifier/verify_chain.py"),
        "journal",
        out.to_str().unwrap(),
    ]);
    assert!(ok, "{text}");
    assert!(text.contains("1 signed checkpoints checked"), "{text}");

    let seq = c["seq"].as_u64().unwrap() as usize;
    rewrite(&reg, None, |evs| {
        let parsed = checkpoint::parse(evs[seq - 1].payload["note"].as_str().unwrap().as_bytes())
            .unwrap()
            .checkpoint;
        evs[seq - 1].payload["note"] =
            Value::String(parsed.sign(&SigningKey::from_bytes(&[42u8; 32])));
    });
    let forged = reg.dir.path().join("forged.jsonl");
    reg.json(&["export", "journal", "--out", forged.to_str().unwrap()]);
    let (ok, text) = python(&[
        &here("verifier/verify_chain.py"),
        "journal",
        forged.to_str().unwrap(),
    ]);
    assert!(!ok, "{text}");
    assert!(
        text.contains(&format!(
            "event {seq}: checkpoint not signed by a key the register published"
        )),
        "{text}"
    );
    let rust = reg.run(&["verify", "--journal", forged.to_str().unwrap(), "--json"]);
    assert_eq!(rust.status.code(), Some(4));
}
