//! Issue 16 item 5: every report PDF carries a signed checkpoint of the journal up to its head
//! and inclusion proofs for the events it reports; `verify-report` checks them without the
//! register and without the network, says what they prove, and compares the key with a
//! checkpoint a witness received (`--checkpoint`).

use std::path::{Path, PathBuf};

use breachlog_core::merkle;
use breachlog_testsupport::TempRegister;
use serde_json::Value;

use super::forged::forge_content_with;

/// Two incidents whose events interleave: A, B, note on A, note on B, note on A, note on A.
/// A's events form three runs of consecutive seqs.
fn interleaved() -> (TempRegister, String) {
    let reg = TempRegister::new();
    let a = reg.new_incident("Stolen laptop", "2026-11-20T09:00:00Z");
    let b = reg.new_incident("Phishing wave", "2026-11-20T10:00:00Z");
    reg.json(&[
        "incident",
        "note",
        &a,
        "--text",
        "Laptop reported to the police",
    ]);
    reg.json(&["incident", "note", &b, "--text", "Mails quarantined"]);
    reg.json(&["incident", "note", &a, "--text", "Disk was encrypted"]);
    reg.json(&["incident", "note", &a, "--text", "Remote wipe confirmed"]);
    (reg, a)
}

fn issue_incident(reg: &TempRegister, id: &str, name: &str) -> PathBuf {
    let out = reg.dir.path().join(name);
    reg.json(&["report", "incident", id, "--out", out.to_str().unwrap()]);
    out
}

/// `verify-report` as a recipient runs it (no register, English): (exit code, JSON or text).
fn standalone(reg: &TempRegister, pdf: &Path, extra: &[&str], json: bool) -> (i32, String) {
    reg.verify_report_standalone(pdf, extra, json)
}

fn standalone_json(reg: &TempRegister, pdf: &Path, extra: &[&str]) -> (i32, Value) {
    let (code, out) = standalone(reg, pdf, extra, true);
    (code, serde_json::from_str(&out).unwrap_or(Value::Null))
}

/// The embedded content of a report.
fn content(pdf: &Path) -> Value {
    let bytes = std::fs::read(pdf).unwrap();
    let x = breachlog_core::report::extract(&bytes).unwrap();
    serde_json::from_slice(&x.attachment.unwrap()).unwrap()
}

/// A report whose embedded content was changed by `edit` and resealed (no key needed).
fn forged(reg: &TempRegister, pdf: &Path, name: &str, edit: impl FnOnce(&mut Value)) -> PathBuf {
    let bytes = forge_content_with(pdf, |old| {
        let mut v: Value = serde_json::from_slice(old).unwrap();
        edit(&mut v);
        breachlog_core::canonical::to_string(&v)
            .unwrap()
            .into_bytes()
    });
    let out = reg.dir.path().join(name);
    std::fs::write(&out, bytes).unwrap();
    out
}

#[test]
fn an_incident_report_proves_its_events_with_one_inclusion_proof_per_run() {
    let (reg, a) = interleaved();
    let pdf = issue_incident(&reg, &a, "a.pdf");
    let c = content(&pdf);
    let seqs: Vec<u64> = c["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_u64().unwrap())
        .collect();
    // Counted here from the seqs, not from the code under test: a run ends where the next
    // embedded seq is not the next number.
    let runs = seqs
        .iter()
        .enumerate()
        .filter(|(i, s)| seqs.get(i + 1) != Some(&(**s + 1)))
        .count();
    assert!(runs >= 3, "the incidents' events interleave: {seqs:?}");

    let (code, v) = standalone_json(&reg, &pdf, &[]);
    assert_eq!(code, 0, "{v}");
    let proof = &v["proof"];
    assert_eq!(proof["events"].as_u64(), Some(seqs.len() as u64), "{v}");
    assert_eq!(proof["inclusion_proofs"].as_u64(), Some(runs as u64), "{v}");
    assert_eq!(proof["size"], v["head_seq"]);
    assert_eq!(proof["size"], c["head"]["seq"]);
    assert_eq!(
        proof["origin"].as_str().unwrap(),
        format!("breachlog.register/{}", c["register_id"].as_str().unwrap())
    );
    assert_eq!(proof["witness_size"], Value::Null);

    // The root is the Merkle root of the register's own journal at that size.
    let journal = reg.dir.path().join("journal.jsonl");
    reg.json(&["export", "journal", "--out", journal.to_str().unwrap()]);
    let size = proof["size"].as_u64().unwrap() as usize;
    let hashes: Vec<merkle::Hash> = std::fs::read_to_string(&journal)
        .unwrap()
        .lines()
        .take(size)
        .map(|l| {
            let ev: Value = serde_json::from_str(l).unwrap();
            merkle::parse_hash(ev["hash"].as_str().unwrap()).unwrap()
        })
        .collect();
    assert_eq!(proof["root"], hex::encode(merkle::root(&hashes)));

    // In words, without the register.
    let (code, said) = standalone(&reg, &pdf, &[], false);
    assert_eq!(code, 0, "{said}");
    let register = c["register_id"].as_str().unwrap();
    assert!(
        said.contains(&format!(
            "Signed proof: its {} journal events are included in the journal of register {register} of {size} events",
            seqs.len()
        )) && said.contains(&format!("({runs} inclusion proofs checked)")),
        "{said}"
    );
}

/// A checkpoint the reader got from the register itself ties the report's key to the register;
/// one from another register does not, and a report without a proof has nothing to compare.
#[test]
fn a_witness_checkpoint_confirms_the_key_and_one_of_another_register_is_refused() {
    let (reg, a) = interleaved();
    let pdf = issue_incident(&reg, &a, "a.pdf");
    let witness = reg.dir.path().join("checkpoint.txt");
    reg.json(&["anchor", "export", "--out", witness.to_str().unwrap()]);
    let (code, v) = standalone_json(&reg, &pdf, &["--checkpoint", witness.to_str().unwrap()]);
    assert_eq!(code, 0, "{v}");
    assert!(
        v["proof"]["witness_size"].as_u64() > v["proof"]["size"].as_u64(),
        "{v}"
    );
    let (_, said) = standalone(
        &reg,
        &pdf,
        &["--checkpoint", witness.to_str().unwrap()],
        false,
    );
    assert!(said.contains("is signed by the same key"), "{said}");

    let other = TempRegister::new();
    let foreign = other.dir.path().join("checkpoint.txt");
    other.json(&["anchor", "export", "--out", foreign.to_str().unwrap()]);
    let (code, v) = standalone_json(&reg, &pdf, &["--checkpoint", foreign.to_str().unwrap()]);
    assert_eq!(code, 4, "{v}");
    assert_eq!(
        v["error"],
        "the embedded proof does not hold: the checkpoint given is not signed by the key of the report's proof"
    );

    // A report that carries no proof (as before this format member) still verifies on its own,
    // says so, and has nothing to compare a witness's checkpoint with.
    let bare = forged(&reg, &pdf, "bare.pdf", |v| {
        v.as_object_mut().unwrap().remove("proof");
    });
    let (code, v) = standalone_json(&reg, &bare, &[]);
    assert_eq!((code, &v["proof"]), (0, &Value::Null), "{v}");
    let (_, said) = standalone(&reg, &bare, &[], false);
    assert!(said.contains("carries no signed proof"), "{said}");
    let (code, v) = standalone_json(&reg, &bare, &["--checkpoint", witness.to_str().unwrap()]);
    assert_eq!(code, 4, "{v}");
    assert!(
        v["error"].as_str().unwrap().contains("no signed proof"),
        "{v}"
    );
}

/// Every way of changing the proof without the register's key is refused with its reason.
#[test]
fn a_changed_proof_is_refused_with_its_reason() {
    let (reg, a) = interleaved();
    let pdf = issue_incident(&reg, &a, "a.pdf");
    let c = content(&pdf);
    let first_run_end = c["proof"]["inclusion"][0]["seq"].as_u64().unwrap();
    let other = TempRegister::new();
    let other_key = {
        let id = other.new_incident("Other", "2026-11-20T09:00:00Z");
        let p = other.dir.path().join("o.pdf");
        other.json(&["report", "incident", &id, "--out", p.to_str().unwrap()]);
        content(&p)["proof"]["public_key"].clone()
    };
    let expect = |name: &str, edit: &dyn Fn(&mut Value), reason: &str| {
        let bad = forged(&reg, &pdf, name, |v| edit(v));
        let (code, v) = standalone_json(&reg, &bad, &[]);
        assert_eq!(code, 4, "{name}: {v}");
        assert_eq!(
            v["error"].as_str().unwrap(),
            format!("the embedded proof does not hold: {reason}"),
            "{name}"
        );
    };
    expect(
        "path.pdf",
        &|v| {
            let h = v["proof"]["inclusion"][0]["path"][0].as_str().unwrap();
            let flipped = format!("{}{}", if h.starts_with('0') { "1" } else { "0" }, &h[1..]);
            v["proof"]["inclusion"][0]["path"][0] = Value::String(flipped);
        },
        &format!(
            "the inclusion proof of event {first_run_end} does not lead to the checkpoint's root"
        ),
    );
    expect(
        "dropped.pdf",
        &|v| {
            v["proof"]["inclusion"].as_array_mut().unwrap().remove(0);
        },
        &format!("embedded event {first_run_end} has no inclusion proof"),
    );
    expect(
        "key.pdf",
        &|v| v["proof"]["public_key"] = other_key.clone(),
        "the checkpoint's signature does not verify with the embedded public key",
    );
    expect(
        "root.pdf",
        &|v| {
            // Another root in the signed text (line 3, base64): the signature no longer holds.
            let note = v["proof"]["checkpoint"].as_str().unwrap().to_string();
            let mut lines: Vec<String> = note.split('\n').map(str::to_string).collect();
            let first = if lines[2].starts_with('A') { "B" } else { "A" };
            lines[2] = format!("{first}{}", &lines[2][1..]);
            v["proof"]["checkpoint"] = Value::String(lines.join("\n"));
        },
        "the checkpoint's signature does not verify with the embedded public key",
    );
    expect(
        "register.pdf",
        &|v| v["register_id"] = Value::String(uuid_like()),
        "the checkpoint is of another register than the report",
    );
    expect(
        "extra.pdf",
        &|v| {
            let again = v["proof"]["inclusion"][0].clone();
            let mut extra = again.clone();
            extra["seq"] = Value::from(1);
            v["proof"]["inclusion"].as_array_mut().unwrap().push(extra);
        },
        "it is not a checkpoint, a public key and a list of inclusion proofs",
    );
    // The genuine file still passes.
    let (code, v) = standalone_json(&reg, &pdf, &[]);
    assert_eq!(code, 0, "{v}");
}

fn uuid_like() -> String {
    "0190f0c2-0000-7000-8000-000000000000".to_string()
}

/// The report is rendered again from its record with the same bytes, proof included
/// (Ed25519 signatures are deterministic), and an audit trail over the whole journal needs
/// a single inclusion proof.
#[test]
fn an_audit_trail_needs_one_inclusion_proof() {
    let (reg, _) = interleaved();
    let out = reg.dir.path().join("audit.pdf");
    reg.json(&["report", "audit-trail", "--out", out.to_str().unwrap()]);
    let (code, v) = standalone_json(&reg, &out, &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["proof"]["inclusion_proofs"], 1, "{v}");
    assert_eq!(
        v["proof"]["events"], v["head_seq"],
        "every event up to the head: {v}"
    );
}

/// `verify_chain.py proof JSON` (the independent Python verifier on a report's embedded
/// content): its exit code and what it printed.
fn python_proof(json: &Path) -> (Option<i32>, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("verifier/verify_chain.py");
    let py = std::process::Command::new("python3")
        .arg(&script)
        .arg("proof")
        .arg(json)
        .output()
        .unwrap_or_else(|e| panic!("python3 is required for this test: {e}"));
    (
        py.status.code(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&py.stdout),
            String::from_utf8_lossy(&py.stderr)
        ),
    )
}

/// The independent Python verifier checks the proof from the spec, on the content extracted by
/// another tool (qpdf), and refuses a changed inclusion path.
#[test]
fn the_python_reference_verifier_checks_the_embedded_proof() {
    let (reg, a) = interleaved();
    let pdf = issue_incident(&reg, &a, "a.pdf");
    let python = |pdf: &Path| {
        let json = pdf.with_extension("json");
        let out = std::process::Command::new("qpdf")
            .arg("--show-attachment=breachlog-report.json")
            .arg(pdf)
            .output()
            .unwrap_or_else(|e| panic!("qpdf is required for this test: {e}"));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::fs::write(&json, &out.stdout).unwrap();
        python_proof(&json)
    };
    let (code, said) = python(&pdf);
    let (_, rust) = standalone_json(&reg, &pdf, &[]);
    let p = &rust["proof"];
    assert_eq!(code, Some(0), "{said}");
    assert!(
        said.contains(&format!(
            "report proof ok: {} events in the journal of {} of {} events, merkle root {}, key {}, {} inclusion proofs",
            p["events"], p["origin"].as_str().unwrap(), p["size"], p["root"].as_str().unwrap(),
            p["key_hash"].as_str().unwrap(), p["inclusion_proofs"]
        )),
        "{said} vs {rust}"
    );
    let bad = forged(&reg, &pdf, "bad.pdf", |v| {
        let h = v["proof"]["inclusion"][0]["path"][0].as_str().unwrap();
        let flipped = format!("{}{}", if h.starts_with('0') { "1" } else { "0" }, &h[1..]);
        v["proof"]["inclusion"][0]["path"][0] = Value::String(flipped);
    });
    let (code, said) = python(&bad);
    assert_eq!(code, Some(4), "{said}");
    assert!(
        said.contains("the proof does not lead to the root"),
        "{said}"
    );
}

/// The integrity section prints the proof's signed checkpoint as text and as a QR code; an
/// independent decoder reads back exactly the embedded checkpoint from the rendered page.
#[test]
fn the_checkpoint_is_printed_as_a_qr_code_that_reads_back_exactly() {
    let (reg, a) = interleaved();
    let pdf = issue_incident(&reg, &a, "a.pdf");
    let note = content(&pdf)["proof"]["checkpoint"]
        .as_str()
        .unwrap()
        .to_string();
    let text = breachlog_testsupport::pdf_words(&pdf);
    assert!(text.contains("Signed checkpoint"), "{text}");
    let first = note.lines().next().unwrap();
    assert!(text.contains(first), "the text of the checkpoint: {text}");
    // Every page as grey pixels (poppler), decoded without our code: one QR code in all.
    let prefix = reg.dir.path().join("page");
    let status = std::process::Command::new("pdftoppm")
        .args(["-r", "200", "-gray"])
        .arg(&pdf)
        .arg(&prefix)
        .status()
        .unwrap_or_else(|e| panic!("pdftoppm (poppler-utils) is required: {e}"));
    assert!(status.success());
    let mut decoded = Vec::new();
    for entry in std::fs::read_dir(reg.dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("pgm") {
            continue;
        }
        let (w, h, pixels) = parse_pgm(&std::fs::read(&path).unwrap());
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
        for grid in img.detect_grids() {
            decoded.push(grid.decode().expect("a readable QR code").1);
        }
    }
    assert_eq!(decoded, vec![note]);
}

/// A binary PGM (P5, 8-bit) as pdftoppm writes it: (width, height, pixels).
fn parse_pgm(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!((fields[0].as_str(), fields[3].as_str()), ("P5", "255"));
    let (w, h) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let data = bytes[at + 1..].to_vec();
    assert_eq!(data.len(), w * h);
    (w, h, data)
}

/// With a time-stamping authority configured (a real `openssl ts` TSA), a report embeds the
/// latest token over a checkpoint of its journal's prefix: `verify-report` checks the token
/// offline, the consistency of that checkpoint with the report's, and says until when the prefix
/// existed; `--tsa-ca` confirms the authority the reader trusts and refuses another one.
#[test]
fn a_report_carries_the_latest_trusted_timestamp_of_its_journal() {
    let tsa = breachlog_tests::TestTsa::start();
    let other = breachlog_tests::TestTsa::start();
    let (reg, a) = interleaved();
    reg.json(&[
        "anchor",
        "tsa",
        "add",
        "--url",
        &tsa.url(),
        "--ca",
        tsa.ca_pem().to_str().unwrap(),
    ]);
    let stamped = reg.json(&["anchor", "timestamp"]);
    reg.json(&[
        "incident",
        "note",
        &a,
        "--text",
        "Written after the timestamp",
    ]);
    let pdf = issue_incident(&reg, &a, "a.pdf");

    let (code, v) = standalone_json(&reg, &pdf, &[]);
    assert_eq!(code, 0, "{v}");
    let t = &v["proof"]["timestamp"];
    let size = t["size"].as_u64().unwrap();
    assert!(
        size < v["head_seq"].as_u64().unwrap(),
        "a prefix of the report's journal: {v}"
    );
    assert_eq!(t["gen_time"], stamped["gen_time"], "{v} vs {stamped}");
    assert_eq!(t["anchor_given"], false);
    let (_, said) = standalone(&reg, &pdf, &[], false);
    assert!(
        said.contains(&format!(
            "Trusted timestamp: the journal's first {size} events"
        )) && said.contains("compare its SHA-256 with the TSA's published certificate"),
        "{said}"
    );

    // The reader's own copy of the TSA's CA: confirmed; another CA: refused.
    let ca = tsa.ca_pem();
    let (code, v) = standalone_json(&reg, &pdf, &["--tsa-ca", ca.to_str().unwrap()]);
    assert_eq!(
        (code, &v["proof"]["timestamp"]["anchor_given"]),
        (0, &Value::Bool(true)),
        "{v}"
    );
    let wrong = other.ca_pem();
    let (code, v) = standalone_json(&reg, &pdf, &["--tsa-ca", wrong.to_str().unwrap()]);
    assert_eq!(code, 4, "{v}");
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("does not chain to the certificate authority given"),
        "{v}"
    );

    // A token changed in the file (resealed, no key needed) is refused offline.
    let bad = forged(&reg, &pdf, "token.pdf", |v| {
        let t = v["proof"]["timestamp"]["token"]
            .as_str()
            .unwrap()
            .to_string();
        let mut bytes = data_encoding::BASE64.decode(t.as_bytes()).unwrap();
        let at = bytes.len() - 10;
        bytes[at] ^= 0x01;
        v["proof"]["timestamp"]["token"] = Value::String(data_encoding::BASE64.encode(&bytes));
    });
    let (code, v) = standalone_json(&reg, &bad, &[]);
    assert_eq!(code, 4, "{v}");
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("the timestamp token does not verify"),
        "{v}"
    );
    // And one moved onto another checkpoint of the journal is refused too.
    let moved = forged(&reg, &pdf, "moved.pdf", |v| {
        let note = v["proof"]["checkpoint"].clone();
        v["proof"]["timestamp"]["checkpoint"] = note;
        v["proof"]["timestamp"]["consistency"] = Value::Array(vec![]);
    });
    let (code, v) = standalone_json(&reg, &moved, &[]);
    assert_eq!(code, 4, "{v}");
    assert!(v["error"].as_str().unwrap().contains("timestamp"), "{v}");

    // The independent Python verifier checks the same token from the spec, and refuses the
    // changed one and the moved one.
    let python = |pdf: &Path| {
        let json = pdf.with_extension("json");
        std::fs::write(&json, content(pdf).to_string()).unwrap();
        python_proof(&json)
    };
    let (code, said) = python(&pdf);
    assert_eq!(code, Some(0), "{said}");
    assert!(
        said.contains(&format!(
            "timestamp {} by CN=",
            stamped["gen_time"].as_str().unwrap()
        )) && said.contains(&format!("over the journal's first {size} events")),
        "{said}"
    );
    let (code, said) = python(&bad);
    assert_eq!(code, Some(4), "{said}");
    assert!(said.contains("signature"), "{said}");
    let (code, said) = python(&moved);
    assert_eq!(code, Some(4), "{said}");
}
