//! Forged files that passed before (security review M3, M4, L7): bundles whose journal was
//! rewritten without any key, bundles that reach outside their directory, and report PDFs
//! changed and resealed. Each test is the review's reproduction; each passed on 55d62cb.

use std::path::Path;
use std::process::Command;

use breachlog_core::journal::{parse_line, Event, GENESIS_PREV};
use lopdf::{dictionary, Document, Object, StringFormat};
use serde_json::Value;
use sha2::Digest;

use super::reports::{bundle, issue_register, setup, verify, verify_bundle, Reg};

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(bytes))
}

fn python_bundle(dir: &Path) -> (bool, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("verifier/verify_chain.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg("bundle")
        .arg(dir)
        .output()
        .unwrap_or_else(|e| panic!("python3 is required for this test: {e}"));
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// Rewrites a bundle's journal the way someone without any key can: `edit` changes the
/// events (by seq order), every hash from the first change on is recomputed, and the
/// manifest's head and the journal's SHA-256 are updated. The PDFs stay as they were.
fn rewrite_journal(dir: &Path, edit: impl Fn(&mut Vec<Event>)) {
    let text = std::fs::read_to_string(dir.join("journal.jsonl")).unwrap();
    let mut events: Vec<Event> = text
        .lines()
        .enumerate()
        .map(|(i, l)| parse_line(l, i as u64 + 1).unwrap())
        .collect();
    // Without the register's signing key the forger cannot sign checkpoints over the rewritten
    // journal: they drop them (kept, they would refuse the rewrite first — see
    // signed_checkpoints.rs); what these tests show is caught by the reports.
    events.retain(|e| e.kind != "checkpoint.signed");
    edit(&mut events);
    let mut prev = GENESIS_PREV.to_string();
    let mut out = String::new();
    for (i, ev) in events.iter_mut().enumerate() {
        ev.seq = i as u64 + 1;
        ev.prev = prev.clone();
        ev.hash = ev.compute_hash().unwrap();
        prev = ev.hash.clone();
        out.push_str(&ev.to_line().unwrap());
        out.push('\n');
    }
    std::fs::write(dir.join("journal.jsonl"), &out).unwrap();
    let mut m: Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    m["head"]["seq"] = Value::from(events.len() as u64);
    m["head"]["hash"] = Value::String(prev);
    for f in m["files"].as_array_mut().unwrap() {
        if f["path"] == "journal.jsonl" {
            f["sha256"] = Value::String(sha256_hex(out.as_bytes()));
            f["size"] = Value::from(out.len() as u64);
        }
    }
    std::fs::write(dir.join("manifest.json"), serde_json::to_vec(&m).unwrap()).unwrap();
}

/// M3: the review's `bundle/rewrite.py`: event 5 (here: the incident's creation) edited, the
/// chain rehashed, manifest head and SHA-256 updated — no key needed. The report in the bundle
/// still names the original head. Before: "Bundle intact" (exit 0) from both verifiers.
#[test]
fn a_bundle_whose_journal_was_rewritten_without_a_key_fails_on_its_reports() {
    let reg = setup();
    let dir = bundle(&reg);
    let (code, v) = verify_bundle(&dir);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["reports"].as_array().map(Vec::len), Some(1), "{v}");
    assert!(python_bundle(&dir).0);

    rewrite_journal(&dir, |events| {
        let ev = events
            .iter_mut()
            .find(|e| e.kind == "incident.created")
            .unwrap();
        ev.payload["incident"]["category"] = Value::String("phishing".into());
    });
    let (code, v) = verify_bundle(&dir);
    assert_eq!(code, 4, "{v}");
    let error = v["error"].as_str().unwrap();
    assert!(
        error.contains("reports/") && error.contains("does not contain with that hash"),
        "{v}"
    );
    let (ok, said) = python_bundle(&dir);
    assert!(!ok, "the reference verifier must refuse it too: {said}");
}

/// M3: a report the bundle's journal never issued (its `report.issued` event dropped and the
/// chain rebuilt) is refused by name.
#[test]
fn a_report_that_the_bundles_journal_did_not_issue_is_refused() {
    let reg = setup();
    let dir = bundle(&reg);
    rewrite_journal(&dir, |events| events.retain(|e| e.kind != "report.issued"));
    let (code, v) = verify_bundle(&dir);
    assert_eq!(code, 4, "{v}");
    assert!(
        v["error"].as_str().unwrap().contains("was not issued"),
        "{v}"
    );
    assert!(!python_bundle(&dir).0);
}

fn add_to_manifest(dir: &Path, path: &str, bytes: &[u8]) {
    let mut m: Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    m["files"].as_array_mut().unwrap().push(serde_json::json!({
        "path": path, "sha256": sha256_hex(bytes), "size": bytes.len(),
    }));
    std::fs::write(dir.join("manifest.json"), serde_json::to_vec(&m).unwrap()).unwrap();
}

/// L7: a manifest entry that is a symlink out of the bundle, with the target's SHA-256
/// (`secret.txt -> /etc/hostname` in the review), and a listed file replaced by a symlink to a
/// copy elsewhere. Before: "Bundle intact" — and a hash oracle on local files.
#[test]
fn symlinks_in_a_bundle_are_refused_by_name() {
    let reg = setup();
    let dir = bundle(&reg);
    let outside = reg.path("outside.txt");
    std::fs::write(&outside, b"a file outside the bundle\n").unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("secret.txt")).unwrap();
    add_to_manifest(&dir, "secret.txt", b"a file outside the bundle\n");
    let (code, v) = verify_bundle(&dir);
    assert_eq!(code, 4, "{v}");
    assert!(v["error"].as_str().unwrap().contains("secret.txt"), "{v}");
    assert!(!python_bundle(&dir).0);

    let dir = {
        let d = reg.path("bundle2");
        reg.cmd()
            .args(["export", "bundle", "--out"])
            .arg(&d)
            .assert()
            .success();
        d
    };
    let copy = reg.path("register-copy.csv");
    std::fs::rename(dir.join("register.csv"), &copy).unwrap();
    std::os::unix::fs::symlink(&copy, dir.join("register.csv")).unwrap();
    let (code, v) = verify_bundle(&dir);
    assert_eq!(code, 4, "{v}");
    assert!(
        v["error"].as_str().unwrap().contains("register.csv")
            && v["error"].as_str().unwrap().contains("symbolic link"),
        "{v}"
    );
    assert!(!python_bundle(&dir).0);

    // A symlinked folder is refused too: nothing under it is read.
    let dir3 = reg.path("bundle3");
    reg.cmd()
        .args(["export", "bundle", "--out"])
        .arg(&dir3)
        .assert()
        .success();
    let reports = reg.path("reports-elsewhere");
    std::fs::rename(dir3.join("reports"), &reports).unwrap();
    std::os::unix::fs::symlink(&reports, dir3.join("reports")).unwrap();
    let (code, v) = verify_bundle(&dir3);
    assert_eq!(code, 4, "{v}");
    assert!(v["error"].as_str().unwrap().contains("reports"), "{v}");
}

/// `verify-report` as a recipient runs it: no register, English text output.
fn verify_text(reg: &Reg, pdf: &Path) -> (i32, String) {
    breachlog_tests::verify_report_standalone(reg.dir.path(), pdf, &[], false)
}

fn literal(text: &str) -> Object {
    Object::String(text.as_bytes().to_vec(), StringFormat::Literal)
}

/// The review's forged-AB: the embedded JSON changed (a title), its content hash recomputed in
/// the document information and the keywords, the file resealed — no key needed.
fn forge_content(pdf: &Path) -> Vec<u8> {
    forge_content_with(pdf, |old| {
        let text = String::from_utf8(old.to_vec()).unwrap();
        text.replacen("Kein Risiko", "Kein Risikx", 1).into_bytes()
    })
}

/// Replaces the embedded content by `edit(content)`, recomputes its hash in the document
/// information and the keywords, and reseals: what anyone can do without a key.
pub(super) fn forge_content_with(pdf: &Path, edit: impl FnOnce(&[u8]) -> Vec<u8>) -> Vec<u8> {
    let mut doc = Document::load(pdf).unwrap();
    let id = doc
        .objects
        .iter()
        .find(|(_, o)| {
            o.as_stream().is_ok_and(|s| {
                s.dict.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"EmbeddedFile")
            })
        })
        .map(|(id, _)| *id)
        .unwrap();
    let stream = doc
        .get_object_mut(id)
        .and_then(|o| o.as_stream_mut())
        .unwrap();
    let old = stream.decompressed_content().unwrap();
    let forged = edit(&old);
    assert_ne!(forged, old);
    stream.dict.remove(b"Filter");
    stream.set_content(forged.clone());
    let (old_hash, new_hash) = (
        breachlog_core::report::content_hash(&old),
        breachlog_core::report::content_hash(&forged),
    );
    let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc
        .get_object_mut(info)
        .and_then(|o| o.as_dict_mut())
        .unwrap();
    info.set("BreachlogContentSHA256", literal(&new_hash));
    let keywords = String::from_utf8_lossy(info.get(b"Keywords").unwrap().as_str().unwrap())
        .replace(&old_hash, &new_hash);
    info.set("Keywords", literal(&keywords));
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    breachlog_core::report::reseal(&mut out).unwrap();
    out
}

/// M4: a standalone check says what it checked, not "verified": the review's forged-AB passes
/// the seal and content checks (the seal has no key), so the genuine and the forged file both
/// get the limited statement; with the register the forged one is refused.
#[test]
fn a_standalone_report_check_says_what_it_checked_and_not_verified() {
    let reg = setup();
    let genuine = issue_register(&reg, "r.pdf");
    let forged = reg.path("forged-ab.pdf");
    std::fs::write(&forged, forge_content(&genuine)).unwrap();
    for pdf in [&genuine, &forged] {
        let (code, said) = verify_text(&reg, pdf);
        assert_eq!(code, 0, "{said}");
        assert!(!said.contains("verified"), "{said}");
        assert!(
            said.contains("the embedded content matches the seal")
                && said.contains("whether a register issued it cannot be checked without it"),
            "{said}"
        );
    }
    let (code, v) = verify(&reg, &genuine, false);
    assert_eq!((code, &v["issued_by_register"]), (0, &Value::Null), "{v}");
    // With the register: the genuine one is verified and issued here, the forged one not.
    let out = reg
        .cmd()
        .env("BREACHLOG_LANG", "en")
        .arg("verify-report")
        .arg(&genuine)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && said.contains("Issued by this register"),
        "{said}"
    );
    let (code, v) = verify(&reg, &forged, true);
    assert_eq!(code, 4, "{v}");
    assert_eq!(v["issued_by_register"], false);
}

/// M4: the review's forged-C: a second `breachlog-report.json` (forged content) after the
/// genuine one, resealed. Breachlog checked the first; qpdf lists the second. Before: verified.
#[test]
fn a_report_with_two_attachments_of_the_same_name_is_refused() {
    let reg = setup();
    let genuine = issue_register(&reg, "r.pdf");
    let mut doc = Document::load(&genuine).unwrap();
    let forged_json = b"{\"forged\":true}".to_vec();
    let file = doc.add_object(lopdf::Stream::new(
        dictionary! { "Type" => "EmbeddedFile" },
        forged_json,
    ));
    let spec = doc.add_object(dictionary! {
        "Type" => "Filespec",
        "F" => literal("breachlog-report.json"),
        "UF" => literal("breachlog-report.json"),
        "EF" => dictionary! { "F" => file, "UF" => file },
    });
    let catalog = doc.catalog_mut().unwrap();
    let names = catalog
        .get_mut(b"Names")
        .and_then(|n| n.as_dict_mut())
        .and_then(|n| n.get_mut(b"EmbeddedFiles"))
        .and_then(|t| t.as_dict_mut())
        .and_then(|t| t.get_mut(b"Names"))
        .and_then(|a| a.as_array_mut())
        .unwrap();
    names.push(literal("breachlog-report.json"));
    names.push(Object::Reference(spec));
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    breachlog_core::report::reseal(&mut bytes).unwrap();
    let bad = reg.path("forged-c.pdf");
    std::fs::write(&bad, &bytes).unwrap();
    let (code, said) = verify_text(&reg, &bad);
    assert_eq!(code, 4, "{said}");
    assert!(
        said.contains("more than one embedded file named “breachlog-report.json”"),
        "{said}"
    );
}

/// M4: an incremental update appended after the sealed revision (a new page content stream
/// that viewers show instead of the sealed one), resealed. Before: verified.
#[test]
fn a_report_with_an_incremental_update_is_refused() {
    let reg = setup();
    let genuine = issue_register(&reg, "r.pdf");
    let original = std::fs::read(&genuine).unwrap();
    let doc = Document::load_mem(&original).unwrap();
    let page = *doc.get_pages().values().next().unwrap();
    let contents = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"Contents")
        .unwrap()
        .clone();
    let content_id = match contents {
        Object::Reference(id) => id,
        Object::Array(a) => a[0].as_reference().unwrap(),
        other => panic!("contents {other:?}"),
    };
    let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
    let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let size = doc.trailer.get(b"Size").unwrap().as_i64().unwrap();
    let text = String::from_utf8_lossy(&original);
    let startxref: usize = text[text.rfind("startxref").unwrap() + 9..]
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let ops = b"BT /F1 24 Tf 72 700 Td (No personal data involved) Tj ET";
    let mut bytes = original.clone();
    bytes.push(b'\n');
    let obj_at = bytes.len();
    bytes.extend_from_slice(
        format!(
            "{} {} obj\n<< /Length {} >>\nstream\n",
            content_id.0,
            content_id.1,
            ops.len()
        )
        .as_bytes(),
    );
    bytes.extend_from_slice(ops);
    bytes.extend_from_slice(b"\nendstream\nendobj\n");
    let xref_at = bytes.len();
    bytes.extend_from_slice(
        format!(
            "xref\n0 1\n0000000000 65535 f \n{} 1\n{obj_at:010} {:05} n \ntrailer\n<< /Size {size} /Root {} {} R /Info {} {} R /Prev {startxref} >>\nstartxref\n{xref_at}\n%%EOF\n",
            content_id.0, content_id.1, root.0, root.1, info.0, info.1
        )
        .as_bytes(),
    );
    breachlog_core::report::reseal(&mut bytes).unwrap();
    // The update is a valid one: the PDF reader sees the new content stream.
    let updated = Document::load_mem(&bytes).unwrap();
    let stream = updated.get_object(content_id).unwrap().as_stream().unwrap();
    assert_eq!(stream.content, ops);
    let bad = reg.path("updated.pdf");
    std::fs::write(&bad, &bytes).unwrap();
    let (code, said) = verify_text(&reg, &bad);
    assert_eq!(code, 4, "{said}");
    assert!(said.contains("more than one revision"), "{said}");
    let (code, v) = verify(&reg, &bad, true);
    assert_eq!(code, 4, "{v}");
}
