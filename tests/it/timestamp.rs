//! Trusted timestamps (RFC 3161) over signed checkpoints (docs/chain-format.md §10), against a
//! real TSA: `openssl ts -reply` with a test CA behind a small HTTP server on 127.0.0.1
//! (`breachlog_tests::TestTsa`). Tokens are cross-checked with `openssl ts -verify`.

use std::path::Path;
use std::process::Command;

use breachlog_tests::{TempRegister, TestTsa, TsaKey, TsaMode};
use data_encoding::BASE64;
use serde_json::Value;

use super::signed_checkpoints::{register_key, rewrite};

fn count(reg: &TempRegister, kind: &str) -> i64 {
    reg.raw()
        .query_row("SELECT count(*) FROM events WHERE kind = ?1", [kind], |r| {
            r.get(0)
        })
        .unwrap()
}

fn payload(reg: &TempRegister, seq: u64) -> Value {
    let text: String = reg
        .raw()
        .query_row(
            "SELECT payload FROM events WHERE seq = ?1",
            [seq as i64],
            |r| r.get(0),
        )
        .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn add_tsa(reg: &TempRegister, url: &str, ca: &Path) -> Value {
    reg.json(&[
        "anchor",
        "tsa",
        "add",
        "--url",
        url,
        "--ca",
        ca.to_str().unwrap(),
    ])
}

/// `openssl ts -verify` of `token` (DER TimeStampToken) over `data` with `ca`.
fn openssl_verifies(dir: &Path, data: &[u8], token: &[u8], ca: &Path) -> (bool, String) {
    let data_path = dir.join("checkpoint.txt");
    let token_path = dir.join("token.der");
    std::fs::write(&data_path, data).unwrap();
    std::fs::write(&token_path, token).unwrap();
    let out = Command::new("openssl")
        .args(["ts", "-verify", "-token_in", "-data"])
        .arg(&data_path)
        .arg("-in")
        .arg(&token_path)
        .arg("-CAfile")
        .arg(ca)
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn a_token_is_obtained_stored_verified_offline_and_openssl_agrees() {
    for (key, name) in [
        (TsaKey::Rsa, "rsa"),
        (TsaKey::EcP256, "p256"),
        (TsaKey::EcP384, "p384"),
    ] {
        let reg = TempRegister::new();
        reg.new_incident("Stolen laptop", "2026-11-20T09:00:00Z");
        let tsa = TestTsa::start_with(key, name);
        let added = add_tsa(&reg, &tsa.url(), &tsa.ca_pem());
        assert_eq!(added["url"], tsa.url().as_str());
        assert!(
            added["ca_subject"]
                .as_str()
                .unwrap()
                .contains(&format!("Test CA {name}")),
            "{added}"
        );
        let list = reg.json(&["anchor", "tsa", "list"]);
        assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
        assert_eq!(list[0]["ca_sha256"], added["ca_sha256"]);

        let t = reg.json(&["anchor", "timestamp"]);
        assert_eq!(tsa.served(), 1, "{name}: one request");
        let seq = t["seq"].as_u64().unwrap();
        let cp_seq = t["checkpoint_seq"].as_u64().unwrap();
        assert_eq!(t["tsa_url"], tsa.url().as_str());
        // The checkpoint was made for it (nothing covered the journal) and comes right before.
        assert_eq!(cp_seq + 1, seq);
        let cp = payload(&reg, cp_seq);
        assert_eq!(cp["reason"], "timestamp");
        let note = cp["note"].as_str().unwrap();

        // Stored: the token (base64 DER), the certificates, the imprint over the note's bytes.
        let ev = payload(&reg, seq);
        let imprint = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(note.as_bytes()));
        assert_eq!(ev["imprint"], imprint.as_str());
        let token = BASE64
            .decode(ev["token"].as_str().unwrap().as_bytes())
            .unwrap();
        let certs = ev["certificates"].as_array().unwrap();
        assert!(certs.len() >= 2, "{name}: the TSA's chain is stored: {ev}");

        // `verify --json` checked it offline.
        let v = reg.json(&["verify"]);
        assert_eq!(v["ok"], true, "{v}");
        let ts = v["timestamps"].as_array().unwrap();
        assert_eq!(ts.len(), 1, "{v}");
        assert_eq!(ts[0]["seq"], seq);
        assert_eq!(ts[0]["checkpoint_seq"], cp_seq);
        assert_eq!(ts[0]["ca_sha256"], added["ca_sha256"]);
        assert_eq!(ts[0]["gen_time"], ev["gen_time"]);
        assert!(ts[0]["tsa_subject"]
            .as_str()
            .unwrap()
            .contains(&format!("Test TSA {name}")));
        assert!(v["checkpoints"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["seq"] == cp_seq));

        // OpenSSL agrees: the token is over exactly the note's bytes, and chains to the CA.
        let dir = tempfile::tempdir().unwrap();
        let (ok, out) = openssl_verifies(dir.path(), note.as_bytes(), &token, &tsa.ca_pem());
        assert!(ok && out.contains("Verification: OK"), "{name}: {out}");
        // ... and the cross-check can fail: other bytes are refused.
        let (ok, out) = openssl_verifies(dir.path(), b"another note", &token, &tsa.ca_pem());
        assert!(!ok, "{name}: {out}");

        // The human form says it too.
        let out = reg.run(&["verify"]);
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("timestamp token checked offline"), "{text}");
    }
}

/// Runs `anchor timestamp` expecting a refusal: exit 4, the reason in words, nothing written.
fn refused(reg: &TempRegister, args: &[&str], words: &str) {
    let before = (
        count(reg, "timestamp.recorded"),
        count(reg, "checkpoint.signed"),
    );
    let mut all = vec!["anchor", "timestamp"];
    all.extend_from_slice(args);
    let stderr = reg.fails(&all, 4);
    assert!(stderr.contains("was refused"), "{stderr}");
    assert!(stderr.contains(words), "{words}: {stderr}");
    assert!(stderr.contains("Nothing was recorded"), "{stderr}");
    assert_eq!(
        (
            count(reg, "timestamp.recorded"),
            count(reg, "checkpoint.signed")
        ),
        before,
        "nothing written"
    );
}

#[test]
fn a_forged_token_a_token_over_other_data_and_an_untrusted_tsa_are_refused() {
    let reg = TempRegister::new();
    reg.new_incident("Phishing wave", "2026-11-20T10:00:00Z");
    let tsa = TestTsa::start();
    add_tsa(&reg, &tsa.url(), &tsa.ca_pem());

    tsa.set_mode(TsaMode::FlipSignature);
    refused(&reg, &[], "signature does not verify");
    tsa.set_mode(TsaMode::OtherData);
    refused(&reg, &[], "over other data than the signed checkpoint");

    // A TSA whose certificate chains to another CA than the one configured for its URL.
    let other = TestTsa::start_with(TsaKey::Rsa, "B");
    add_tsa(&reg, &other.url(), &tsa.ca_pem());
    refused(
        &reg,
        &["--tsa", &other.url()],
        "chains to the trust anchor configured",
    );
    assert_eq!(other.served(), 1);

    // Honest again: accepted, and the register verifies.
    tsa.set_mode(TsaMode::Honest);
    reg.json(&["anchor", "timestamp", "--tsa", &tsa.url()]);
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

#[test]
fn a_stored_token_forged_moved_to_another_checkpoint_or_from_an_unknown_tsa_fails_verify() {
    type Edit = fn(&mut Value, u64);
    let cases: [(&str, Edit, &str); 3] = [
        (
            "forged",
            |p, _| {
                // One byte of the signature (the token's last field) flipped.
                let mut der = BASE64
                    .decode(p["token"].as_str().unwrap().as_bytes())
                    .unwrap();
                let at = der.len() - 10;
                der[at] ^= 1;
                p["token"] = Value::String(BASE64.encode(&der));
            },
            "timestamp token signature does not verify (altered or forged)",
        ),
        (
            "other checkpoint",
            |p, earlier| p["checkpoint_seq"] = Value::from(earlier),
            "timestamp token is over other data than its checkpoint",
        ),
        (
            "unknown tsa",
            |p, _| p["tsa_url"] = Value::String("http://127.0.0.1:1/other".into()),
            "timestamp from http://127.0.0.1:1/other, a TSA not configured at that time",
        ),
    ];
    for (case, edit, reason) in cases {
        let reg = TempRegister::new();
        reg.new_incident("Lost USB stick", "2026-11-21T08:00:00Z");
        let earlier = reg.json(&["anchor", "checkpoint"])["seq"].as_u64().unwrap();
        let tsa = TestTsa::start();
        add_tsa(&reg, &tsa.url(), &tsa.ca_pem());
        let seq = reg.json(&["anchor", "timestamp"])["seq"].as_u64().unwrap();
        assert_eq!(reg.json(&["verify"])["ok"], true);
        let key = register_key(&reg);
        rewrite(&reg, Some(&key), |evs| {
            edit(&mut evs[seq as usize - 1].payload, earlier);
        });
        let out = reg.run(&["verify", "--json"]);
        assert_eq!(out.status.code(), Some(4), "{case}");
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["error"]["seq"], seq, "{case}: {v}");
        assert_eq!(v["error"]["reason"], reason, "{case}");
        let text = reg.fails(&["verify"], 4);
        assert!(text.contains("timestamp"), "{case}: {text}");
    }
}

#[test]
fn an_unreachable_tsa_writes_nothing_and_the_timestamp_succeeds_when_it_is_back() {
    let reg = TempRegister::new();
    reg.new_incident("Ransomware on file server", "2026-11-22T07:30:00Z");
    let mut tsa = TestTsa::start();
    add_tsa(&reg, &tsa.url(), &tsa.ca_pem());
    // No TSA yet configured is its own refusal (exit 5), on another register.
    let bare = TempRegister::new();
    let text = bare.fails(&["anchor", "timestamp"], 5);
    assert!(
        text.contains("no time-stamping authority is configured"),
        "{text}"
    );

    tsa.down();
    let before = (
        count(&reg, "timestamp.recorded"),
        count(&reg, "checkpoint.signed"),
    );
    let text = reg.fails(&["anchor", "timestamp"], 7);
    assert!(text.contains("could not be reached"), "{text}");
    assert!(text.contains(&tsa.url()), "{text}");
    assert!(text.contains("Nothing was recorded"), "{text}");
    assert_eq!(
        (
            count(&reg, "timestamp.recorded"),
            count(&reg, "checkpoint.signed")
        ),
        before
    );
    assert_eq!(reg.json(&["verify"])["ok"], true);

    tsa.up();
    let t = reg.json(&["anchor", "timestamp"]);
    assert!(t["seq"].as_u64().is_some(), "{t}");
    assert_eq!(count(&reg, "timestamp.recorded"), before.0 + 1);
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
    assert_eq!(v["timestamps"].as_array().unwrap().len(), 1);

    // Removed: no longer asked, but its token is still checked.
    reg.json(&["anchor", "tsa", "remove", "--url", &tsa.url()]);
    assert_eq!(reg.json(&["anchor", "tsa", "list"]), serde_json::json!([]));
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
    assert_eq!(v["timestamps"].as_array().unwrap().len(), 1);
}

#[test]
fn tsa_input_is_checked_field_by_field() {
    let reg = TempRegister::new();
    let tsa = TestTsa::start();
    let ca = tsa.ca_pem();
    let ca = ca.to_str().unwrap();
    let text = reg.fails(
        &[
            "anchor",
            "tsa",
            "add",
            "--url",
            "https://tsa.example/",
            "--ca",
            ca,
        ],
        5,
    );
    assert!(text.contains("http://"), "{text}");
    let key = tsa.dir().join("tsa.key");
    let text = reg.fails(
        &[
            "anchor",
            "tsa",
            "add",
            "--url",
            &tsa.url(),
            "--ca",
            key.to_str().unwrap(),
        ],
        5,
    );
    assert!(text.contains("not an X.509 certificate"), "{text}");
    add_tsa(&reg, &tsa.url(), &tsa.ca_pem());
    reg.fails(
        &["anchor", "tsa", "add", "--url", &tsa.url(), "--ca", ca],
        5,
    );
    assert_eq!(count(&reg, "tsa.added"), 1);
}

/// The app's queue (`Register::timestamp_if_due`): due while the latest checkpoint has no token,
/// still due after a failed attempt and a restart, done once the TSA answers.
#[test]
fn the_app_asks_after_a_checkpoint_and_retries_after_an_outage_and_a_restart() {
    let reg = TempRegister::new();
    reg.new_incident("Misdirected e-mail", "2026-11-23T12:00:00Z");
    let mut tsa = TestTsa::start();
    {
        let mut r = breachlog_tests::open(&reg.db, "app");
        assert!(
            !r.timestamp_status().unwrap().pending,
            "no TSA: nothing due"
        );
        assert_eq!(r.timestamp_if_due().unwrap(), None);
    }
    add_tsa(&reg, &tsa.url(), &tsa.ca_pem());
    tsa.down();
    {
        let mut r = breachlog_tests::open(&reg.db, "app");
        let cp = r
            .checkpoint_if_due(breachlog_core::Ts::now())
            .unwrap()
            .expect("a first checkpoint");
        let status = r.timestamp_status().unwrap();
        assert!(status.pending && status.configured && status.last.is_none());
        let err = r.timestamp_if_due().unwrap_err();
        assert_eq!(err.code(), breachlog_core::ErrorCode::Unavailable, "{err}");
        assert!(r.timestamp_status().unwrap().pending);
        assert_eq!(r.latest_checkpoint().unwrap().unwrap().seq, cp.seq);
    }
    tsa.up();
    let mut r = breachlog_tests::open(&reg.db, "app");
    assert!(
        r.timestamp_status().unwrap().pending,
        "still due after a restart"
    );
    let t = r.timestamp_if_due().unwrap().expect("asked when due");
    let status = r.timestamp_status().unwrap();
    assert!(!status.pending);
    assert_eq!(status.last.as_ref(), Some(&t));
    assert_eq!(
        r.latest_checkpoint().unwrap().unwrap().seq,
        t.checkpoint_seq
    );
    assert_eq!(r.timestamp_if_due().unwrap(), None, "done");
    assert_eq!(tsa.served(), 1);
    drop(r);
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// An exported journal with a token: `verify --journal` (the auditor's path, without the
/// register) checks the token too, and so does the independent Python verifier (CMS signature,
/// certificate chain to the TSA's trust anchor, imprint over the checkpoint).
#[test]
fn an_exported_journal_with_a_token_verifies_in_rust_and_python() {
    let reg = TempRegister::new();
    reg.new_incident("Stolen laptop", "2026-11-20T09:00:00Z");
    let tsa = TestTsa::start_with(TsaKey::EcP256, "export");
    add_tsa(&reg, &tsa.url(), &tsa.ca_pem());
    let t = reg.json(&["anchor", "timestamp"]);
    let out = reg.dir.path().join("journal.jsonl");
    reg.json(&["export", "journal", "--out", out.to_str().unwrap()]);
    let v = reg.json(&["verify", "--journal", out.to_str().unwrap()]);
    assert_eq!(v["ok"], true, "{v}");
    let ts = v["timestamps"].as_array().unwrap();
    assert_eq!(ts.len(), 1, "{v}");
    assert_eq!(ts[0]["seq"], t["seq"]);

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("verifier/verify_chain.py");
    let py = Command::new("python3")
        .arg(&script)
        .arg("journal")
        .arg(&out)
        .output()
        .unwrap_or_else(|e| panic!("python3 is required for this test: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&py.stdout),
        String::from_utf8_lossy(&py.stderr)
    );
    assert!(py.status.success(), "{text}");
    assert!(text.contains("signed checkpoints checked"), "{text}");
    assert!(text.contains(", 1 timestamps checked"), "{text}");
}

/// The Python verifier's own token tests: tokens that `openssl ts -reply` made with RSA, P-256
/// and P-384 keys verify, and forged, moved, untrusted, expired, non-TSA and malformed ones are
/// refused with their reason (tests/verifier/test_timestamp.py, which needs openssl).
#[test]
fn the_python_verifier_checks_rfc_3161_tokens_as_openssl_does() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("verifier/test_timestamp.py");
    let out = Command::new("python3")
        .arg(&script)
        .output()
        .unwrap_or_else(|e| panic!("python3 is required for this test: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    assert!(text.contains("OK"), "{text}");
}
