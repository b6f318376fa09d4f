//! The Merkle tree over the journal through the CLI (docs/chain-format.md §8): `verify` reports
//! its root, `proof inclusion` and `proof consistency` give proofs that check against it, and
//! the Python reference verifier computes the same root from an export.

use std::path::Path;

use breachlog_core::merkle;
use breachlog_tests::TempRegister;
use serde_json::Value;

fn hashes(v: &Value) -> Vec<merkle::Hash> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| merkle::parse_hash(h.as_str().unwrap()).unwrap())
        .collect()
}

fn hash(v: &Value) -> merkle::Hash {
    merkle::parse_hash(v.as_str().unwrap()).unwrap()
}

/// A register with a few incidents.
fn register() -> TempRegister {
    let reg = TempRegister::new();
    for i in 0..3 {
        reg.new_incident(&format!("Incident {i}"), "2026-11-20T08:00:00Z");
    }
    reg
}

#[test]
fn verify_reports_the_merkle_root_and_proofs_check_against_it() {
    let reg = register();
    let v = reg.json(&["verify"]);
    let size = v["tree_size"].as_u64().unwrap();
    assert_eq!(size, v["events"].as_u64().unwrap());
    assert!(size >= 4, "{v}");
    let root = hash(&v["merkle_root"]);

    // Every event of that size is included, by its own hash, under the root `verify` gave.
    let conn = reg.raw();
    for seq in 1..=size {
        let p = reg.json(&[
            "proof",
            "inclusion",
            "--seq",
            &seq.to_string(),
            "--size",
            &size.to_string(),
        ]);
        assert_eq!(hash(&p["root"]), root);
        let stored: String = conn
            .query_row(
                "SELECT hash FROM events WHERE seq = ?1",
                [seq as i64],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(p["event_hash"], stored.as_str());
        merkle::verify_inclusion(
            &hash(&p["event_hash"]),
            seq - 1,
            size,
            &hashes(&p["proof"]),
            &root,
        )
        .unwrap_or_else(|e| panic!("seq {seq}: {e}"));
        // Not under another event's hash.
        if seq > 1 {
            let other: String = conn
                .query_row(
                    "SELECT hash FROM events WHERE seq = ?1",
                    [seq as i64 - 1],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(merkle::verify_inclusion(
                &merkle::parse_hash(&other).unwrap(),
                seq - 1,
                size,
                &hashes(&p["proof"]),
                &root
            )
            .is_err());
        }
    }

    // The journal grew meanwhile (every command records the access): the old size is a prefix.
    reg.new_incident("Later", "2026-11-21T08:00:00Z");
    let now = reg.json(&["verify"]);
    let to = now["tree_size"].as_u64().unwrap();
    assert!(to > size);
    let c = reg.json(&[
        "proof",
        "consistency",
        "--from",
        &size.to_string(),
        "--to",
        &to.to_string(),
    ]);
    assert_eq!(hash(&c["from_root"]), root);
    assert_eq!(c["to_root"], now["merkle_root"]);
    merkle::verify_consistency(
        size,
        to,
        &root,
        &hash(&now["merkle_root"]),
        &hashes(&c["proof"]),
    )
    .unwrap();
    // Without --to: up to now (the journal has grown by the verify's access record).
    let c = reg.json(&["proof", "consistency", "--from", &size.to_string()]);
    assert!(c["to"].as_u64().unwrap() >= to);
    merkle::verify_consistency(
        size,
        c["to"].as_u64().unwrap(),
        &root,
        &hash(&c["to_root"]),
        &hashes(&c["proof"]),
    )
    .unwrap();
}

#[test]
fn proof_arguments_out_of_range_are_refused_and_write_nothing() {
    let reg = register();
    let before = reg.event_count();
    for (args, field) in [
        (&["proof", "inclusion", "--seq", "0"][..], "sequence number"),
        (&["proof", "inclusion", "--seq", "999"], "sequence number"),
        (
            &["proof", "inclusion", "--seq", "2", "--size", "999"],
            "journal size",
        ),
        (
            &["proof", "inclusion", "--seq", "3", "--size", "2"],
            "sequence number",
        ),
        (
            &["proof", "consistency", "--from", "999"],
            "earlier journal size",
        ),
        (
            &["proof", "consistency", "--from", "3", "--to", "2"],
            "earlier journal size",
        ),
        (
            &["proof", "consistency", "--from", "1", "--to", "999"],
            "later journal size",
        ),
    ] {
        let err = reg.fails(args, 5);
        assert!(err.contains("out of range"), "{args:?}: {err}");
        assert!(err.contains(field), "{args:?} names {field}: {err}");
    }
    assert_eq!(reg.event_count(), before);
}

#[test]
fn python_reference_verifier_computes_the_same_root_from_an_export() {
    let reg = register();
    let out = reg.dir.path().join("journal.jsonl");
    reg.json(&["export", "journal", "--out", out.to_str().unwrap()]);
    let rust = reg.json(&["verify", "--journal", out.to_str().unwrap()]);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("verifier/verify_chain.py");
    let py = std::process::Command::new("python3")
        .arg(&script)
        .arg("journal")
        .arg(&out)
        .output()
        .unwrap_or_else(|e| panic!("python3 is required for this test: {e}"));
    let said = String::from_utf8_lossy(&py.stdout);
    assert!(py.status.success(), "{said}");
    let root = rust["merkle_root"].as_str().unwrap();
    assert!(
        said.contains(&format!("merkle root {root}")),
        "{said} vs {rust}"
    );
}
