//! The CLI contract: commands, `--json` shapes, exit codes, and "bad input writes nothing".

use breachlog_tests::TempRegister;
use serde_json::Value;

#[test]
fn init_prints_register_and_recovery_key_once() {
    let reg = TempRegister::new();
    assert!(reg.db.exists());
    // A second init on the same path is refused and does not touch the register.
    let before = std::fs::read(&reg.db).unwrap();
    let err = reg.fails(&["init"], 1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read(&reg.db).unwrap(), before);
}

#[test]
fn init_json_has_register_path_and_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let out = assert_cmd::Command::new(breachlog_tests::breachlog_bin())
        .args([
            "init",
            "--json",
            "--org-name",
            "Acme Test GmbH",
            "--language",
            "de",
        ])
        .env("BREACHLOG_DB", &db)
        .env("BREACHLOG_PASSPHRASE", breachlog_tests::PASSPHRASE)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["register"], db.display().to_string());
    let key = v["recovery_key"].as_str().unwrap();
    assert_eq!(key.len(), 39, "8 groups of 4 with dashes: {key}");
}

#[test]
fn incident_lifecycle_from_log_to_close() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Phishing mail to support team", "2026-11-20T09:15:00+01:00");
    let v = reg.json(&["incident", "show", &id]);
    assert_eq!(v["status"], "reported");
    assert_eq!(v["detected_at"], "2026-11-20T08:15:00.000000Z");
    for to in ["triage", "investigating", "contained", "resolved", "closed"] {
        let v = reg.json(&[
            "incident",
            "transition",
            &id,
            "--to",
            to,
            "--at",
            "2026-11-21T10:00:00Z",
        ]);
        assert_eq!(v["status"], to);
    }
    let v = reg.json(&["incident", "show", &id]);
    assert_eq!(v["contained_at"], "2026-11-21T10:00:00.000000Z");
    assert_eq!(v["close_reason"], "resolved");
    let kinds: Vec<&str> = v["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == "incident.transitioned")
            .count(),
        5
    );
    assert_eq!(kinds[0], "incident.created");
    // Reopen needs a reason; with one it goes back to investigating and clears closed_at.
    let err = reg.fails(&["incident", "transition", &id, "--to", "investigating"], 5);
    assert!(err.contains("reopen"), "{err}");
    let v = reg.json(&[
        "incident",
        "transition",
        &id,
        "--to",
        "investigating",
        "--note",
        "new evidence in logs",
    ]);
    assert_eq!(v["status"], "investigating");
    assert!(v["closed_at"].is_null());
}

#[test]
fn forbidden_jumps_name_the_allowed_next_states_and_write_nothing() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Lost phone", "2026-11-20T09:00:00Z");
    let before = reg.event_count();
    let err = reg.fails(&["incident", "transition", &id, "--to", "resolved"], 5);
    assert!(err.contains("from reported to resolved"), "{err}");
    assert!(err.contains("Allowed next: triage"), "{err}");
    assert_eq!(
        reg.event_count(),
        before,
        "a refused transition wrote an event"
    );
}

#[test]
fn triage_can_close_directly_only_with_a_reason() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Alert storm", "2026-11-20T09:00:00Z");
    reg.json(&["incident", "transition", &id, "--to", "triage"]);
    let err = reg.fails(&["incident", "transition", &id, "--to", "closed"], 5);
    assert!(err.contains("closing reason"), "{err}");
    let v = reg.json(&[
        "incident",
        "transition",
        &id,
        "--to",
        "closed",
        "--reason",
        "false-positive",
    ]);
    assert_eq!(v["close_reason"], "false_positive");
}

#[test]
fn update_changes_only_given_fields_and_records_them() {
    let reg = TempRegister::new();
    let id = reg.new_incident("XSS in chat widget", "2026-11-20T09:00:00Z");
    let v = reg.json(&[
        "incident",
        "update",
        &id,
        "--category",
        "vulnerability",
        "--vuln-class",
        "xss",
        "--source",
        "bug-bounty",
        "--severity",
        "high",
        "--affected-systems",
        "widget,api",
    ]);
    assert_eq!(v["vuln_class"], "xss");
    assert_eq!(v["source"], "bug_bounty");
    assert_eq!(v["affected_systems"], serde_json::json!(["widget", "api"]));
    let log = reg.json(&["log", &id]);
    let update = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "incident.updated")
        .unwrap();
    let changed: Vec<&String> = update["payload"]["changes"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(
        changed,
        [
            "affected_systems",
            "category",
            "severity",
            "source",
            "vuln_class"
        ]
    );
}

#[test]
fn invalid_inputs_name_the_field_exit_5_and_write_nothing() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Ransomware on file server", "2026-11-20T09:00:00Z");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["incident", "new", "--title", "  "], "title"),
        (
            vec![
                "incident",
                "new",
                "--title",
                "x",
                "--detected-at",
                "yesterday",
            ],
            "time of detection",
        ),
        (
            vec![
                "incident",
                "new",
                "--title",
                "x",
                "--detected-at",
                "2999-01-01T00:00:00Z",
            ],
            "future",
        ),
        (
            vec!["incident", "new", "--title", "x", "--category", "aliens"],
            "category",
        ),
        (
            vec!["incident", "new", "--title", "bad\u{7}bell"],
            "control characters",
        ),
        (
            vec!["incident", "update", &id, "--vuln-class", "xss"],
            "vulnerability class",
        ),
        (
            vec![
                "breach",
                "assess",
                &id,
                "--aware-at",
                "2026-11-19T09:00:00Z",
            ],
            "awareness cannot be earlier",
        ),
        (
            vec![
                "breach",
                "assess",
                &id,
                "--aware-at",
                "2026-11-22T09:00:00Z",
            ],
            "justification",
        ),
        (
            vec!["breach", "assess", &id, "--risk", "high"],
            "risk reasoning",
        ),
        (
            vec!["breach", "assess", &id, "--decision", "no-notify"],
            "decision rationale",
        ),
        (
            vec!["breach", "assess", &id, "--subjects-approx", "many"],
            "whole number",
        ),
        (
            vec!["breach", "assess", &id, "--nature", "confidentiality,vibes"],
            "nature",
        ),
        (vec!["org", "set", "--timezone", "Mars/Olympus"], "IANA"),
        (
            vec![
                "incident", "action", "add", &id, "--title", "Wipe", "--due", "soon",
            ],
            "due date",
        ),
    ];
    let long = "y".repeat(10 * 1024 * 1024);
    let before = reg.event_count();
    for (args, expect) in &cases {
        let err = reg.fails(args, 5);
        assert!(
            err.contains(expect),
            "{args:?}: expected '{expect}' in: {err}"
        );
    }
    // Linux passes at most 128 KiB per argument; a 100 kB description is refused as too long
    // (10 MB values are covered by the core's validation tests).
    let err = reg.fails(
        &["incident", "update", &id, "--description", &long[..100_000]],
        5,
    );
    assert!(err.contains("too long"), "{err}");
    assert_eq!(reg.event_count(), before, "refused operations wrote events");
}

#[test]
fn breach_assessment_with_justified_late_awareness_and_decision() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Misdirected invoice e-mail", "2026-11-20T09:00:00+01:00");
    let v = reg.assess(
        &id,
        "2026-11-22T09:00:00+01:00",
        &[
            "--aware-justification",
            "Mailbox owner confirmed receipt only on Sunday",
            "--role",
            "controller",
            "--nature",
            "confidentiality",
            "--data-categories",
            "name,address,invoice amount",
            "--subject-categories",
            "customers",
            "--subjects-approx",
            "1",
            "--records-approx",
            "3",
            "--risk",
            "risk",
            "--risk-reasoning",
            "Financial data of one person",
            "--consequences",
            "Possible embarrassment",
            "--measures",
            "Recipient deleted the mail",
            "--decision",
            "notify",
            "--decision-rationale",
            "Risk cannot be excluded",
        ],
    );
    let a = &v["assessment"];
    assert_eq!(a["aware_at"], "2026-11-22T08:00:00.000000Z");
    assert_eq!(a["decided_by"], "pieter.tester");
    assert_eq!(a["nature"], serde_json::json!(["confidentiality"]));
    assert_eq!(v["missing_art33"], serde_json::json!(["contact_point"]));
    let list = reg.json(&["incident", "list", "--breach"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["risk"], "risk");
}

#[test]
fn not_notified_breaches_stay_with_their_reasoning() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Encrypted laptop lost", "2026-11-20T09:00:00Z");
    reg.assess(
        &id,
        "2026-11-20T10:00:00Z",
        &[
            "--risk",
            "none",
            "--risk-reasoning",
            "Full-disk encryption, key not compromised",
            "--decision",
            "no-notify",
            "--decision-rationale",
            "Unlikely to result in a risk (Art 33(1))",
        ],
    );
    let v = reg.json(&["incident", "show", &id]);
    assert_eq!(v["assessment"]["decision"], "no_notify");
    assert_eq!(
        v["assessment"]["decision_rationale"],
        "Unlikely to result in a risk (Art 33(1))"
    );
}

#[test]
fn actions_and_notes() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Account takeover of admin", "2026-11-20T09:00:00Z");
    let a = reg.json(&[
        "incident",
        "action",
        "add",
        &id,
        "--title",
        "Rotate API keys",
        "--owner",
        "ops",
        "--due",
        "2026-11-21T12:00:00Z",
    ]);
    let aid = a["id"].as_str().unwrap().to_string();
    assert_eq!(a["done"], false);
    let a = reg.json(&["incident", "action", "done", &aid[..8]]);
    assert_eq!(a["done"], true);
    let a = reg.json(&["incident", "action", "undone", &aid]);
    assert_eq!(a["done"], false);
    reg.json(&["incident", "note", &id, "--text", "Attacker IP blocked"]);
    let v = reg.json(&["incident", "show", &id]);
    assert_eq!(v["actions"][0]["title"], "Rotate API keys");
    assert_eq!(v["notes"][0]["text"], "Attacker IP blocked");
    assert_eq!(v["notes"][0]["author"], "pieter.tester");
}

#[test]
fn list_filters_by_status_and_search() {
    let reg = TempRegister::new();
    let a = reg.new_incident("Stolen laptop", "2026-11-20T09:00:00Z");
    reg.new_incident("Phishing wave", "2026-11-21T09:00:00Z");
    reg.json(&["incident", "transition", &a, "--to", "triage"]);
    let v = reg.json(&["incident", "list", "--status", "triage"]);
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["id"], a.as_str());
    let v = reg.json(&["incident", "list", "--search", "PHISH"]);
    assert_eq!(v[0]["title"], "Phishing wave");
    let v = reg.json(&["incident", "list"]);
    assert_eq!(v[0]["title"], "Phishing wave", "newest detection first");
    // A note's words; the nearest open deadline first (only the laptop is a breach).
    reg.json(&[
        "incident",
        "note",
        &a,
        "--text",
        "Left on the Intercity to Zwolle",
    ]);
    let v = reg.json(&["incident", "list", "--search", "zwolle"]);
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["id"], a.as_str());
    reg.assess(
        &a,
        "2026-11-20T10:00:00Z",
        &[
            "--role",
            "controller",
            "--risk",
            "risk",
            "--risk-reasoning",
            "customer list on the disk",
        ],
    );
    let v = reg.json(&["incident", "list", "--sort", "deadline"]);
    assert_eq!(v[0]["title"], "Stolen laptop");
    let err = reg.fails(&["incident", "list", "--sort", "nearest"], 5);
    assert!(
        err.contains("sort")
            && err.contains("detected_desc, detected_asc, title, status, severity, deadline"),
        "{err}"
    );
}

#[test]
fn verify_export_and_verify_the_exported_file() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Open redirect report", "2026-11-20T09:00:00Z");
    reg.json(&["incident", "transition", &id, "--to", "triage"]);
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
    assert!(v["error"].is_null());
    let out = reg.dir.path().join("journal.jsonl");
    let e = reg.json(&["export", "journal", "--out", out.to_str().unwrap()]);
    let lines = std::fs::read_to_string(&out).unwrap();
    assert_eq!(lines.lines().count() as u64, e["events"].as_u64().unwrap());
    let last: Value = serde_json::from_str(lines.lines().last().unwrap()).unwrap();
    assert_eq!(last["hash"], e["head_hash"]);
    // The exported file verifies without register or key.
    let out_verify = assert_cmd::Command::new(breachlog_tests::breachlog_bin())
        .args([
            "verify",
            "--journal",
            out.to_str().unwrap(),
            "--json",
            "--expect-head",
            e["head_hash"].as_str().unwrap(),
        ])
        .env_remove("BREACHLOG_PASSPHRASE")
        .env("BREACHLOG_DB", "/nonexistent/register.db")
        .output()
        .unwrap();
    assert!(out_verify.status.success());
    let v: Value = serde_json::from_slice(&out_verify.stdout).unwrap();
    assert_eq!(v["head_hash"], e["head_hash"]);
    // The export itself is in the journal afterwards (access log).
    let log = reg.json(&["log"]);
    assert!(log
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "journal.exported"));
}

#[test]
fn every_unlock_is_in_the_access_log() {
    let reg = TempRegister::new();
    reg.json(&["incident", "list"]);
    reg.json(&["org", "show"]);
    let log = reg.json(&["log"]);
    let unlocks = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "session.unlocked")
        .count();
    assert_eq!(unlocks, 3, "list, org show and log itself");
    // After the register's first events (creation, profile, settings, signing key).
    assert_eq!(log[4]["kind"], "session.unlocked");
    assert_eq!(log[4]["payload"]["client"], "cli");
    assert_eq!(log[4]["actor"], "pieter.tester");
}

#[test]
fn messages_follow_the_chosen_language() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Lost phone", "2026-11-20T09:00:00Z");
    let out = reg
        .cmd()
        .args(["incident", "transition", &id, "--to", "resolved"])
        .env("BREACHLOG_LANG", "de")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(5));
    assert!(!err.contains("Cannot move"), "German expected: {err}");
}

#[test]
fn missing_register_and_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::new(breachlog_tests::breachlog_bin())
        .args(["incident", "list"])
        .env("BREACHLOG_DB", dir.path().join("none.db"))
        .env("BREACHLOG_PASSPHRASE", "x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("breachlog init"));
    let out = assert_cmd::Command::new(breachlog_tests::breachlog_bin())
        .args(["incident", "frobnicate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// L5 of the security review: `incident show` and `list` printed the data and only then recorded
/// the access; when that write failed, the data had been shown and nothing was logged.
#[test]
fn reading_commands_print_nothing_when_the_access_cannot_be_recorded() {
    let reg = breachlog_tests::TempRegister::new();
    let id = reg.new_incident("Badge reader log copied", "2026-05-01T08:00:00Z");
    // A refused read (an id that names nothing) records nothing either.
    let before = reg.event_count();
    assert_ne!(
        reg.run(&["incident", "show", "ffffffff"]).status.code(),
        Some(0)
    );
    assert_eq!(reg.event_count(), before);
    reg.raw()
        .execute_batch(
            "CREATE TRIGGER refuse_access BEFORE INSERT ON events
             WHEN NEW.kind = 'session.unlocked' BEGIN SELECT RAISE(ABORT, 'disk refused'); END;",
        )
        .unwrap();
    for args in [
        vec!["incident", "show", id.as_str()],
        vec!["incident", "list"],
    ] {
        let out = reg.run(&args);
        assert_ne!(out.status.code(), Some(0), "{args:?}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            !stdout.contains("Badge reader"),
            "{args:?} printed before recording the access: {stdout}"
        );
    }
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly_without_a_panic() {
    // `breachlog incident list | head -0`: the pipe is closed before the CLI writes.
    let r = TempRegister::new();
    r.new_incident("Printed to nobody", "2026-03-02T09:00:00Z");
    for args in [
        &["incident", "list"][..],
        &["incident", "list", "--json"][..],
    ] {
        let mut child = r
            .cmd_std()
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}
