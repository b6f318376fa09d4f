//! Registers written by an older release (`tests/fixtures/registers/`, made by the released
//! binary itself: see the README there) are opened, migrated and verified by this one; a
//! migration that fails leaves the file as it was.

use std::path::{Path, PathBuf};

use breachlog_tests::TempRegister;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

const NAME: &str = "Mila Jovanović";

fn fixture_dir(schema: u32) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("fixtures/registers/schema{schema}"))
}

/// A copy of the committed fixture register in a temporary folder (the fixture itself is
/// never opened: opening migrates).
fn fixture(schema: u32) -> TempRegister {
    let dir = tempfile::tempdir().unwrap();
    for name in ["register.db", "register.db.keys", "passphrase.txt"] {
        std::fs::copy(fixture_dir(schema).join(name), dir.path().join(name)).unwrap();
    }
    let db = dir.path().join("register.db");
    TempRegister {
        dir,
        db,
        actor: "pieter.tester".into(),
    }
}

fn user_version(reg: &TempRegister) -> i64 {
    reg.raw()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

fn head(reg: &TempRegister) -> i64 {
    reg.raw()
        .query_row("SELECT max(seq) FROM events", [], |r| r.get(0))
        .unwrap()
}

fn sealed_from(reg: &TempRegister) -> Option<String> {
    use rusqlite::OptionalExtension;
    reg.raw()
        .query_row(
            "SELECT value FROM meta WHERE key = 'texts_sealed_from_seq'",
            [],
            |r| r.get(0),
        )
        .optional()
        .unwrap()
}

fn incident_id(reg: &TempRegister, title: &str) -> String {
    let list = reg.json(&["incident", "list"]);
    list.as_array()
        .unwrap()
        .iter()
        .find(|i| i["title"] == title)
        .unwrap_or_else(|| panic!("no incident {title:?} in {list}"))["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The events whose stored payload names the person in clear, read from the file before the
/// current code touches it (the oracle for `clear_text_events`).
fn events_naming_the_person(reg: &TempRegister) -> Vec<u64> {
    let conn = reg.raw();
    let mut stmt = conn
        .prepare("SELECT seq FROM events WHERE instr(payload, ?1) > 0 ORDER BY seq")
        .unwrap();
    stmt.query_map(["Jovanovi"], |r| r.get::<_, i64>(0))
        .unwrap()
        .map(|s| s.unwrap() as u64)
        .collect()
}

fn sha256_of(path: &Path) -> String {
    hex::encode(Sha256::digest(std::fs::read(path).unwrap()))
}

/// The schema this build writes (on top of the schema-7 fixture: 8, sealed texts; 9, evidence
/// files; 10, the search index; 11, controllers as records; 12, documents in this version's form;
/// 13, the impact per customer; 14, the checkpoint indexes).
const CURRENT: i64 = 16;

/// The schemas with a committed fixture (`tests/fixtures/registers/schemaN`).
const FIXTURES: [u32; 10] = [2, 3, 5, 6, 7, 8, 9, 10, 11, 14];

#[test]
fn a_schema7_register_opens_migrates_to_the_current_schema_and_verifies() {
    let reg = fixture(7);
    assert_eq!(user_version(&reg), 7, "the fixture is a schema-7 register");
    assert_eq!(sealed_from(&reg), None);
    let old_head = head(&reg);

    // The committed passphrase file unlocks it (as the README says).
    let out = reg
        .cmd()
        .env_remove("BREACHLOG_PASSPHRASE")
        .arg("--passphrase-file")
        .arg(reg.dir.path().join("passphrase.txt"))
        .args(["verify", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "verify: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], true, "{v}");

    // 8 (texts sealed from here on), 9 (evidence files) and 10 (the full-text search index).
    assert_eq!(user_version(&reg), CURRENT);
    assert_eq!(
        sealed_from(&reg).as_deref(),
        Some((old_head + 1).to_string().as_str()),
        "the first sequence number written with the texts sealed"
    );
    assert_eq!(reg.json(&["verify"])["ok"], true);
    // Migration 14: the partial indexes of the signed-checkpoint kinds.
    let indexes: Vec<String> = {
        let conn = reg.raw();
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('events_signing_published', 'events_checkpoint_signed') ORDER BY name")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(
        indexes,
        ["events_checkpoint_signed", "events_signing_published"]
    );
    // The fixture's key file is of version 1 (no signing key): it opened, and the first unlock
    // gave it a signing key (version 2), published in the journal, with which checkpoints are
    // signed and verified.
    let keys: Value = serde_json::from_str(
        &std::fs::read_to_string(reg.dir.path().join("register.db.keys")).unwrap(),
    )
    .unwrap();
    assert_eq!(keys["version"], 2, "{keys}");
    assert_eq!(keys["signing"]["algorithm"], "ed25519");
    let published: String = reg
        .raw()
        .query_row(
            "SELECT json_extract(payload, '$.public_key') FROM events WHERE kind = 'key.signing_published'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(keys["signing"]["public_key"], published.as_str());
    reg.json(&["anchor", "checkpoint"]);
    assert_eq!(
        reg.json(&["verify"])["checkpoints"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // Migration 10 indexed the old incidents: one index row each, and each is found by a word
    // of its title.
    let count = |sql: &str| -> i64 { reg.raw().query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        count("SELECT count(*) FROM incident_search"),
        count("SELECT count(*) FROM incidents")
    );
    let rows = reg.json(&["incident", "list"]);
    let rows = rows.as_array().unwrap();
    assert!(!rows.is_empty());
    for row in rows {
        let title = row["title"].as_str().unwrap();
        let word = title
            .split_whitespace()
            .max_by_key(|w| w.chars().count())
            .unwrap();
        let found = reg.json(&["incident", "list", "--search", word]);
        assert!(
            found
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["id"] == row["id"]),
            "{word} finds {title}"
        );
    }
}

/// Migration 9 gives an old register the evidence tables: a file can be attached to one of its
/// (closed) incidents, exported, verified, and erased with the incident's redaction.
#[test]
fn a_migrated_register_takes_evidence_files_and_redaction_erases_them() {
    let reg = fixture(7);
    let a = incident_id(&reg, "Mailbox forwarded");
    assert_eq!(user_version(&reg), CURRENT);
    assert_eq!(
        reg.json(&["incident", "evidence", "list", &a]),
        json!([]),
        "no evidence before"
    );
    let src = reg.dir.path().join("AP ontvangstbevestiging.pdf");
    std::fs::write(&src, b"%PDF-1.4 receipt of the AP for the filing").unwrap();
    let added = reg.json(&[
        "incident",
        "evidence",
        "add",
        &a,
        "--file",
        src.to_str().unwrap(),
    ]);
    let eid = added["id"].as_str().unwrap().to_string();
    let out = reg.dir.path().join("receipt-copy.pdf");
    reg.json(&[
        "incident",
        "evidence",
        "export",
        &eid,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&src).unwrap());
    assert_eq!(reg.json(&["verify"])["ok"], true);
    reg.json(&[
        "retention",
        "redact",
        &a,
        "--reason",
        "erasure request",
        "--early",
    ]);
    let list = reg.json(&["incident", "evidence", "list", &a]);
    assert_eq!(list[0]["erased"], true);
    assert_eq!(list[0]["name"], "[redacted]");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// Every member the old release showed (`shown.json`, written by `make.sh` with it) is shown
/// with the same value; members added since may appear.
fn assert_shown_as_before(what: &str, old: &Value, new: &Value) {
    match (old, new) {
        (Value::Object(o), Value::Object(n)) => {
            for (k, v) in o {
                let got = n
                    .get(k)
                    .unwrap_or_else(|| panic!("{what}.{k} is no longer shown"));
                assert_shown_as_before(&format!("{what}.{k}"), v, got);
            }
        }
        (Value::Array(o), Value::Array(n)) => {
            assert_eq!(o.len(), n.len(), "{what}: {new}");
            for (i, (a, b)) in o.iter().zip(n).enumerate() {
                assert_shown_as_before(&format!("{what}[{i}]"), a, b);
            }
        }
        _ => assert_eq!(old, new, "{what}"),
    }
}

#[test]
fn a_migrated_register_shows_its_data_as_before() {
    let shown: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture_dir(7).join("shown.json")).unwrap())
            .unwrap();
    let reg = fixture(7);
    assert_shown_as_before(
        "incident list",
        &shown["incident_list"],
        &reg.json(&["incident", "list"]),
    );
    for (id, old) in shown["incidents"].as_object().unwrap() {
        let mut old = old.clone();
        let mut new = reg.json(&["incident", "show", id]);
        // Obligation statuses and elapsed times are evaluated at the time of showing.
        old.as_object_mut().unwrap().remove("obligations");
        new.as_object_mut().unwrap().remove("obligations");
        assert_shown_as_before(&format!("incident {id}"), &old, &new);
    }
    let a = incident_id(&reg, "Mailbox forwarded");
    assert_shown_as_before(
        "filings",
        &shown["filings"],
        &reg.json(&["filing", "list", &a]),
    );
    assert_shown_as_before(
        "contacts",
        &shown["contacts"],
        &reg.json(&["authority", "contacts"]),
    );

    // And what the fixture is about, in literals (shown.json could be regenerated wrongly).
    let a_shown = reg.json(&["incident", "show", &a]);
    assert_eq!(a_shown["status"], "closed");
    assert_eq!(
        a_shown["affected_systems"],
        json!([format!("mailbox of {NAME}"), "crm"])
    );
    let filings = reg.json(&["filing", "list", &a]);
    assert_eq!(
        filings[0]["reasons_for_delay"],
        format!("{NAME} was abroad and could not confirm the forwarding rule")
    );
    assert_eq!(
        filings[0]["late_by_minutes"], 135,
        "due 04-04 10:00Z, filed 12:15Z"
    );
    let contacts = reg.json(&["authority", "contacts"]);
    assert_eq!(contacts[0]["subject"], format!("Question about {NAME}"));
}

#[test]
fn retention_names_the_clear_text_events_and_redaction_blanks_them() {
    let reg = fixture(7);
    let expected = events_naming_the_person(&reg);
    assert!(
        expected.len() >= 3,
        "the fixture's incident, filing and contact name the person: {expected:?}"
    );
    let a = incident_id(&reg, "Mailbox forwarded");
    redact_early_listing(&reg, &a, &json!(expected));
    let shown = reg.json(&["incident", "show", &a]);
    assert_eq!(shown["affected_systems"], json!(["[redacted]"]));
    let contacts = reg.json(&["authority", "contacts"]);
    assert_eq!(contacts[0]["subject"], "[redacted]");
    let filings = reg.json(&["filing", "list", &a]);
    assert_eq!(filings[0]["reasons_for_delay"], "[redacted]", "{filings}");
    // Only the journal keeps the old events as they were hashed.
    let conn = reg.raw();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'events'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..n {
                if let rusqlite::types::ValueRef::Text(b) | rusqlite::types::ValueRef::Blob(b) =
                    row.get_ref(i).unwrap()
                {
                    assert!(
                        !breachlog_tests::contains(b, "Jovanovi".as_bytes()),
                        "table {t} still holds the name"
                    );
                }
            }
        }
    }
    drop(conn);
    assert_eq!(events_naming_the_person(&reg), expected);
    assert_eq!(reg.json(&["verify"])["ok"], true);
    let listed = reg.json(&["retention", "list"]);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["incident"] != a.as_str()),
        "a redacted incident is no longer proposed: {listed}"
    );
}

#[test]
fn a_failed_migration_leaves_the_file_as_it_was() {
    let reg = fixture(7);
    // Migration 8 writes to `meta`; make that fail (an old register someone tinkered with).
    assert_failed_migration_leaves_the_files(
        &reg,
        7,
        "CREATE TRIGGER refuse_meta BEFORE INSERT ON meta
         BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
        "injected failure",
    );
    assert_eq!(sealed_from(&reg), None);
}

/// Tinkers with the register (`tinker`, SQL run before the files are hashed), opens it with this
/// build, and checks that the migration failed with `message` and left both files byte for byte
/// as they were, at schema `schema`, with as many events.
fn assert_failed_migration_leaves_the_files(
    reg: &TempRegister,
    schema: i64,
    tinker: &str,
    message: &str,
) {
    {
        let conn = reg.raw();
        conn.execute_batch(&format!("{tinker}\nPRAGMA wal_checkpoint(TRUNCATE);"))
            .unwrap();
    }
    let files = ["register.db", "register.db.keys"];
    let before: Vec<String> = files
        .iter()
        .map(|f| sha256_of(&reg.dir.path().join(f)))
        .collect();
    let events = reg.event_count();

    let out = reg.run(&["incident", "list", "--json"]);
    assert_ne!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(message), "{err}");

    let wal = reg.dir.path().join("register.db-wal");
    assert!(
        !wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0,
        "nothing left in the write-ahead log"
    );
    let after: Vec<String> = files
        .iter()
        .map(|f| sha256_of(&reg.dir.path().join(f)))
        .collect();
    assert_eq!(before, after, "the register's files changed");
    assert_eq!(user_version(reg), schema);
    assert_eq!(reg.event_count(), events);
}

/// The shown.json of a fixture, written by `make.sh` with the release that wrote the register.
fn shown_json(schema: u32) -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixture_dir(schema).join("shown.json")).unwrap())
        .unwrap()
}

/// The id of the incident titled `title` in a fixture's shown.json.
fn shown_id(shown: &Value, title: &str) -> Option<String> {
    shown["incident_list"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["title"] == title)
        .map(|i| i["id"].as_str().unwrap().to_string())
}

/// Every committed fixture (`tests/fixtures/registers/schemaN`, written by `make.sh` with the
/// last commit at schema N; the README names them): this build opens a copy, migrates it to the
/// current schema, verifies it, and shows everything that release showed; a migration that fails
/// on another copy leaves its files byte for byte. What each section of `make.sh` wrote is
/// checked in literals too (shown.json could be regenerated wrongly).
#[test]
fn every_fixture_register_migrates_verifies_and_shows_its_data_as_before() {
    for schema in FIXTURES {
        let what = format!("schema {schema}");
        let reg = fixture(schema);
        assert_eq!(
            user_version(&reg),
            i64::from(schema),
            "{what}: the fixture's schema"
        );
        let v = reg.json(&["verify"]);
        assert_eq!(v["ok"], true, "{what}: {v}");
        assert_eq!(user_version(&reg), CURRENT, "{what}");

        let shown = shown_json(schema);
        assert_shown_as_before(
            &format!("{what} incident list"),
            &shown["incident_list"],
            &reg.json(&["incident", "list"]),
        );
        for (id, old) in shown["incidents"].as_object().unwrap() {
            let mut old = old.clone();
            let mut new = reg.json(&["incident", "show", id]);
            // Obligation statuses and elapsed times are evaluated at the time of showing.
            old.as_object_mut().unwrap().remove("obligations");
            new.as_object_mut().unwrap().remove("obligations");
            assert_shown_as_before(&format!("{what} incident {id}"), &old, &new);
        }
        let laptop = shown_id(&shown, &format!("Laptop of {NAME} stolen"));
        let mailbox = shown_id(&shown, "Mailbox forwarded");
        let phishing = shown_id(&shown, "Phishing wave").expect("every fixture has it");
        assert_eq!(laptop.is_some(), schema < 4, "{what}: the laptop section");
        assert_eq!(
            mailbox.is_some(),
            schema >= 3,
            "{what}: the mailbox section"
        );
        if let Some(l) = &laptop {
            let l = reg.json(&["incident", "show", l]);
            assert_eq!(l["status"], "closed", "{what}");
            assert_eq!(l["actions"][0]["owner"], "Tom Peeters", "{what}");
            assert_eq!(
                l["notes"][0]["text"],
                format!("{NAME} reported it at 10:15")
            );
        }
        if let Some(a) = &mailbox {
            let filings = reg.json(&["filing", "list", a]);
            assert_shown_as_before(&format!("{what} filings"), &shown["filings"], &filings);
            assert_eq!(filings[0]["late_by_minutes"], 135, "{what}");
            let contacts = reg.json(&["authority", "contacts"]);
            assert_shown_as_before(&format!("{what} contacts"), &shown["contacts"], &contacts);
            assert_eq!(contacts[0]["subject"], format!("Question about {NAME}"));
        }
        let evidence = reg.json(&["incident", "evidence", "list", &phishing]);
        if schema >= 10 {
            assert_shown_as_before(&format!("{what} evidence"), &shown["evidence"], &evidence);
            assert_eq!(evidence[0]["name"], "header.txt", "{what}");
            // The content still matches its SHA-256 in the journal.
            let out = reg.dir.path().join("header-out.txt");
            reg.json(&[
                "incident",
                "evidence",
                "export",
                evidence[0]["id"].as_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ]);
            assert!(std::fs::read_to_string(&out)
                .unwrap()
                .contains("Subject: Reset your password"));
        } else {
            assert_eq!(evidence, json!([]), "{what}");
        }
        let controllers = reg.json(&["controller", "list"]);
        if schema >= 11 {
            assert_shown_as_before(
                &format!("{what} controllers"),
                &shown["controllers"],
                &controllers,
            );
            assert_eq!(
                controllers[0]["contacts"],
                json!([format!("{NAME} <mila@visser.example>"), "+31 20 555 0100"]),
                "{what}"
            );
        }
        let customer = shown_id(&shown, "Chat export exposed");
        assert_eq!(
            customer.is_some(),
            schema >= 14,
            "{what}: the customer section"
        );
        if let Some(p) = &customer {
            let filings = reg.json(&["filing", "list", p]);
            assert_shown_as_before(
                &format!("{what} customer filings"),
                &shown["customer_filings"],
                &filings,
            );
            // The notice's content as sent (the snapshot) survived the migration.
            let fields = filings[0]["snapshot"]["fields"].as_array().unwrap();
            assert!(
                fields.iter().any(|f| f["value"]
                    .as_str()
                    .is_some_and(|v| v.contains("Chat export exposed"))),
                "{what}: {filings}"
            );
            let impacts = reg.json(&["incident", "show", p])["impacts"].clone();
            assert_eq!(impacts[0]["subjects_approx"], 40, "{what}: {impacts}");
            // The stored report (with its proof) still verifies against the migrated register.
            let out = reg.dir.path().join("again.pdf");
            {
                let r = breachlog_core::Register::open(
                    &reg.db,
                    breachlog_core::UnlockMethod::Passphrase(zeroize::Zeroizing::new(
                        breachlog_tests::PASSPHRASE.to_string(),
                    )),
                    "tester",
                    "test",
                )
                .unwrap();
                let (_, record) = r.issued_reports().unwrap().pop().unwrap();
                std::fs::write(&out, r.report_pdf(&record.serial).unwrap().unwrap()).unwrap();
            }
            let check = reg.json(&["verify-report", out.to_str().unwrap()]);
            assert_eq!(check["ok"], true, "{what}: {check}");
            assert_eq!(check["issued_by_register"], true, "{what}: {check}");
            assert!(
                check["proof"]["inclusion_proofs"].as_u64() >= Some(1),
                "{check}"
            );
        }
        assert_eq!(reg.json(&["verify"])["ok"], true, "{what} after reading");

        // A migration that fails (a stored document this build cannot read: migration 12
        // rewrites every document) leaves another copy as it was. Fixtures written after
        // migration 12 have no migration that reads every document.
        if schema < 12 {
            let copy = fixture(schema);
            assert_failed_migration_leaves_the_files(
                &copy,
                i64::from(schema),
                "UPDATE org SET doc = 'tinkered';",
                "expected ident at line 1 column 2",
            );
        }
    }
}

/// The schema-2 register (`fixtures/registers/schema2`): written before personal fields were
/// sealed (schema 4), so its journal holds the titles, descriptions, assessment texts, action
/// owners and notes in clear. Opened by this build it migrates through every later schema,
/// verifies, and shows its data as that release did.
#[test]
fn a_register_from_before_sealing_opens_migrates_verifies_and_shows_its_data_as_before() {
    let reg = fixture(2);
    assert_eq!(user_version(&reg), 2, "the fixture is a schema-2 register");
    let conn = reg.raw();
    let secrets: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'event_secrets'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(secrets, 0, "schema 2 had no sealed values");
    drop(conn);
    let old_head = head(&reg);
    let naming = events_naming_the_person(&reg);
    assert!(
        naming.len() >= 5,
        "the creation, assessment, action and note of incident A name the person: {naming:?}"
    );

    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(user_version(&reg), CURRENT);
    assert_eq!(
        sealed_from(&reg).as_deref(),
        Some((old_head + 1).to_string().as_str())
    );

    let shown: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture_dir(2).join("shown.json")).unwrap())
            .unwrap();
    assert_shown_as_before(
        "incident list",
        &shown["incident_list"],
        &reg.json(&["incident", "list"]),
    );
    for (id, old) in shown["incidents"].as_object().unwrap() {
        let mut old = old.clone();
        let mut new = reg.json(&["incident", "show", id]);
        old.as_object_mut().unwrap().remove("obligations");
        new.as_object_mut().unwrap().remove("obligations");
        assert_shown_as_before(&format!("incident {id}"), &old, &new);
    }
    // What the fixture holds, in literals (make.sh).
    let a = incident_id(&reg, &format!("Laptop of {NAME} stolen"));
    let a_shown = reg.json(&["incident", "show", &a]);
    assert_eq!(a_shown["status"], "closed");
    assert_eq!(
        a_shown["description"],
        format!("{NAME} left the laptop in a taxi on 2026-03-02")
    );
    assert_eq!(a_shown["actions"][0]["owner"], "Tom Peeters");
    assert_eq!(
        a_shown["notes"][0]["text"],
        format!("{NAME} reported it at 10:15")
    );
    // New writes to the old register are sealed.
    let b = incident_id(&reg, "Phishing wave");
    reg.json(&[
        "incident",
        "note",
        &b,
        "--text",
        &format!("{NAME} was not involved"),
    ]);
    assert_eq!(
        events_naming_the_person(&reg),
        naming,
        "the new note is sealed"
    );
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// Redacting an incident of the schema-2 register: the journal keeps its events as they were
/// hashed (the chain cannot change after the fact, and `retention list` names those events),
/// every other table forgets the person, and the register still verifies.
/// Checks that the retention list names `clear_text` as the events of incident `a` that hold its
/// texts in clear, then redacts `a` before its retention has passed.
fn redact_early_listing(reg: &TempRegister, a: &str, clear_text: &Value) {
    let listed = reg.json(&["retention", "list"]);
    let item = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["incident"] == a)
        .unwrap_or_else(|| panic!("{listed}"));
    assert_eq!(&item["clear_text_events"], clear_text);
    reg.json(&[
        "retention",
        "redact",
        a,
        "--reason",
        "erasure request",
        "--early",
    ]);
}

#[test]
fn a_register_from_before_sealing_redacts_everything_but_the_journal() {
    let reg = fixture(2);
    let naming = events_naming_the_person(&reg);
    let a = incident_id(&reg, &format!("Laptop of {NAME} stolen"));
    redact_early_listing(&reg, &a, &json!(naming));
    let shown = reg.json(&["incident", "show", &a]);
    assert_eq!(shown["title"], "[redacted]");
    assert_eq!(shown["description"], "[redacted]");
    assert_eq!(shown["affected_systems"], json!(["[redacted]"]));
    assert_eq!(shown["assessment"]["risk_reasoning"], "[redacted]");
    assert_eq!(shown["assessment"]["decision_rationale"], "[redacted]");
    assert_eq!(shown["actions"][0]["title"], "[redacted]");
    assert_eq!(shown["notes"][0]["text"], "[redacted]");
    assert_eq!(
        shown["status"], "closed",
        "facts that are not personal stay"
    );
    let conn = reg.raw();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'events'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..n {
                if let rusqlite::types::ValueRef::Text(b) | rusqlite::types::ValueRef::Blob(b) =
                    row.get_ref(i).unwrap()
                {
                    assert!(
                        !breachlog_tests::contains(b, "Jovanovi".as_bytes())
                            && !breachlog_tests::contains(b, b"Tom Peeters"),
                        "table {t} still holds a redacted text"
                    );
                }
            }
        }
    }
    drop(conn);
    assert_eq!(events_naming_the_person(&reg), naming);
    assert_eq!(reg.json(&["verify"])["ok"], true);
    // The incident list's search no longer finds it by a word of its old texts.
    for word in ["taxi", "Jovanović", "laptop"] {
        let found = reg.json(&["incident", "list", "--search", word]);
        assert!(
            found
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["id"] != a.as_str()),
            "{word} still finds the redacted incident: {found}"
        );
    }
}

/// Migration 12: documents stored before their newest members existed (an incident without
/// `redacted_at`, settings without the retention and backup members, as schema 3 and earlier
/// wrote them) are rewritten as a replay writes them, so `verify` passes. Without it `verify`
/// failed on such a register ("the table settings (row 1) differs from what the journal says").
#[test]
fn migration_12_writes_old_documents_in_the_current_form() {
    let reg = TempRegister::new();
    let id = reg.new_incident("Laptop lost", "2026-11-20T09:00:00Z");
    reg.json(&["incident", "action", "add", &id, "--title", "Wipe it"]);
    reg.json(&["incident", "note", &id, "--text", "Reported by phone"]);
    {
        let conn = reg.raw();
        conn.execute_batch(
            "UPDATE incidents SET doc = json_remove(doc, '$.redacted_at');
             UPDATE settings SET doc = json_remove(doc, '$.backup_interval_hours',
                 '$.backup_keep', '$.retention_months', '$.retention_by_category');
             PRAGMA user_version = 11;",
        )
        .unwrap();
        let doc: String = conn
            .query_row("SELECT doc FROM settings", [], |r| r.get(0))
            .unwrap();
        assert!(!doc.contains("retention_months"), "{doc}");
    }
    let out = reg.run(&["verify", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(user_version(&reg), CURRENT);
    let conn = reg.raw();
    let settings: Value = serde_json::from_str(
        &conn
            .query_row("SELECT doc FROM settings", [], |r| r.get::<_, String>(0))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(settings["retention_months"], 60);
    assert_eq!(settings["backup_keep"], 14);
    let incident: Value = serde_json::from_str(
        &conn
            .query_row("SELECT doc FROM incidents", [], |r| r.get::<_, String>(0))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(incident["redacted_at"], Value::Null);
    assert!(incident.as_object().unwrap().contains_key("redacted_at"));
    drop(conn);
    assert_eq!(
        reg.json(&["incident", "show", &id])["notes"][0]["text"],
        "Reported by phone"
    );
}

fn obligation_docs(reg: &TempRegister) -> Vec<Value> {
    let conn = reg.raw();
    let mut stmt = conn
        .prepare("SELECT doc FROM obligations ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|d| serde_json::from_str(&d.unwrap()).unwrap())
        .collect()
}

/// Migration 16: obligations stored before counting rules existed keep their terms and due
/// times; each gets the counting rule it was computed by (hours: `elapsed-hours`; none:
/// `undue-delay`; an authority's request: `set-by-request`) and its due time as its target, as a
/// replay of the journal writes them (so `verify` passes), and the lists show both.
#[test]
fn migration_16_gives_stored_obligations_the_counting_rule_they_were_computed_by() {
    for schema in [7, 11, 14] {
        let what = format!("schema {schema}");
        let reg = fixture(schema);
        let before = obligation_docs(&reg);
        assert!(!before.is_empty(), "{what}: the fixture has obligations");
        assert!(before.iter().all(|o| o.get("counting").is_none()), "{what}");
        let v = reg.json(&["verify"]);
        assert_eq!(v["ok"], true, "{what}: {v}");
        assert_eq!(user_version(&reg), CURRENT, "{what}");
        let after = obligation_docs(&reg);
        assert_eq!(before.len(), after.len(), "{what}");
        for (old, new) in before.iter().zip(&after) {
            let expected = if !old["hours"].is_null() || !old["alt"].is_null() {
                "elapsed-hours"
            } else if old["hours_source"] == "request" {
                "set-by-request"
            } else {
                "undue-delay"
            };
            assert_eq!(new["counting"], expected, "{what}: {old}");
            assert_eq!(new["due_at"], old["due_at"], "{what}: the due time stays");
            assert_eq!(new["target_at"], old["due_at"], "{what}: target = due");
            let mut rest = new.as_object().unwrap().clone();
            for k in ["counting", "target_at"] {
                rest.remove(k);
            }
            let mut old_rest = old.as_object().unwrap().clone();
            old_rest.remove("target_at");
            assert_eq!(Value::Object(rest), Value::Object(old_rest), "{what}");
        }
        let listed = reg.json(&["obligations"]);
        for row in listed.as_array().unwrap() {
            assert!(row["counting"].is_string(), "{what}: {row}");
            assert_eq!(row["target_at"], row["due_at"], "{what}: {row}");
        }
        assert_eq!(reg.json(&["verify"])["ok"], true, "{what} again");
    }
}

/// Issue 14 item 13 on a register from before snapshots: a filing recorded by schema 11 kept
/// no content, so the next draft to that authority says so (in the JSON, the text and the
/// notification PDF) instead of inventing a diff; a filing made now keeps its snapshot and the
/// draft after it lists changes again.
#[test]
fn a_filing_from_before_snapshots_is_named_in_the_next_draft_without_a_diff() {
    let reg = fixture(11);
    let a = incident_id(&reg, "Mailbox forwarded");
    let d = reg.json(&["notify", "draft", &a, "--authority", "nl-ap"]);
    assert_eq!(d["since_filing"]["snapshot"], false, "{d}");
    assert_eq!(d["since_filing"]["redacted"], false, "{d}");
    assert!(
        d["since_filing"]["at"]
            .as_str()
            .unwrap()
            .starts_with("2026-04-04T12:15:00"),
        "{d}"
    );
    assert_eq!(d["changed_since_filing"], serde_json::json!([]), "{d}");
    let out = reg.run(&["notify", "draft", &a, "--authority", "nl-ap"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Geen momentopname van de eerdere melding (2026-04-04)"),
        "{text}"
    );
    let pdf = reg.dir.path().join("follow-up.pdf");
    reg.json(&[
        "--lang",
        "nl",
        "report",
        "notification",
        &a,
        "--authority",
        "nl-ap",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    let words = breachlog_testsupport::pdf_words(&pdf);
    assert!(
        words.contains("Geen momentopname van de eerdere melding"),
        "{words}"
    );

    // A follow-up filed now keeps what it sent; the draft after it compares with that.
    let ob = d["since_filing"]["filing_id"].as_str().unwrap().to_string();
    let filings = reg.json(&["filing", "list", &a]);
    let obligation = filings.as_array().unwrap()[0]["obligation_id"]
        .as_str()
        .unwrap()
        .to_string();
    reg.json(&[
        "filing",
        "record",
        &a,
        "--obligation",
        &obligation,
        "--at",
        "2026-04-07T09:00:00Z",
        "--channel",
        "portal",
        "--reference",
        "AP-2",
        "--phase",
        "follow-up",
        "--follows",
        &ob,
    ]);
    let d = reg.json(&["notify", "draft", &a, "--authority", "nl-ap"]);
    assert_eq!(d["since_filing"]["snapshot"], true, "{d}");
    assert_eq!(d["changed_since_filing"], serde_json::json!([]), "{d}");
    reg.json(&["breach", "assess", &a, "--subjects-approx", "40"]);
    let d = reg.json(&["notify", "draft", &a, "--authority", "nl-ap"]);
    let fields: Vec<&str> = d["changed_since_filing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["subjects_approx"], "{d}");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}
