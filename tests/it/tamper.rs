//! Tampering with the encrypted register (by someone holding the key) is detected by `verify`,
//! which names the first bad seq and exits 4.

use breachlog_tests::TempRegister;
use serde_json::Value;

/// A register with a few incidents; returns it and the number of events.
fn populated() -> (TempRegister, i64) {
    let reg = TempRegister::new();
    let a = reg.new_incident("Stolen laptop", "2026-11-20T09:00:00Z");
    let b = reg.new_incident("Phishing wave", "2026-11-20T10:00:00Z");
    reg.json(&["incident", "transition", &a, "--to", "triage"]);
    reg.json(&["incident", "note", &b, "--text", "Blocked sender domain"]);
    let n = reg.event_count();
    (reg, n)
}

fn unlocked_for_tampering(reg: &TempRegister) -> rusqlite::Connection {
    let conn = reg.raw();
    conn.execute_batch(
        "DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete;",
    )
    .unwrap();
    conn
}

fn verify_fails(reg: &TempRegister, extra: &[&str]) -> Value {
    let mut args = vec!["verify", "--json"];
    args.extend_from_slice(extra);
    let out = reg.run(&args);
    assert_eq!(
        out.status.code(),
        Some(4),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], false);
    v
}

#[test]
fn journal_rows_cannot_be_changed_through_sql() {
    let (reg, _) = populated();
    let conn = reg.raw();
    let err = conn
        .execute("UPDATE events SET actor = 'mallory' WHERE seq = 2", [])
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    let err = conn
        .execute("DELETE FROM events WHERE seq = 2", [])
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
}

#[test]
fn edited_payload_is_detected_at_its_seq() {
    let (reg, _) = populated();
    let conn = unlocked_for_tampering(&reg);
    let seq: i64 = conn
        .query_row(
            "SELECT seq FROM events WHERE kind = 'incident.created' ORDER BY seq LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute("UPDATE events SET payload = replace(payload, '2026-11-20T09:00:00', '2026-11-19T09:00:00') WHERE seq = ?1", [seq]).unwrap();
    let v = verify_fails(&reg, &[]);
    assert_eq!(v["error"]["seq"], seq);
    assert_eq!(v["error"]["reason"], "hash mismatch");
}

#[test]
fn deleted_event_is_a_gap_at_its_seq() {
    let (reg, _) = populated();
    let conn = unlocked_for_tampering(&reg);
    conn.execute("DELETE FROM events WHERE seq = 5", [])
        .unwrap();
    let v = verify_fails(&reg, &[]);
    assert_eq!(v["error"]["seq"], 5);
    assert!(
        v["error"]["reason"]
            .as_str()
            .unwrap()
            .starts_with("sequence gap"),
        "{v}"
    );
}

#[test]
fn swapped_events_are_detected_at_the_first_swapped_seq() {
    let (reg, _) = populated();
    let conn = unlocked_for_tampering(&reg);
    conn.execute_batch(
        "UPDATE events SET seq = -1 WHERE seq = 4;
         UPDATE events SET seq = 4 WHERE seq = 6;
         UPDATE events SET seq = 6 WHERE seq = -1;",
    )
    .unwrap();
    let v = verify_fails(&reg, &[]);
    assert_eq!(v["error"]["seq"], 4);
}

#[test]
fn cut_tail_is_detected_only_with_the_expected_head() {
    let (reg, _) = populated();
    // Two access-log events at the tail: cutting them leaves the projections consistent, so
    // only the external anchor can tell.
    reg.json(&["org", "show"]);
    reg.json(&["org", "show"]);
    let n = reg.event_count();
    let head: String = reg
        .raw()
        .query_row("SELECT hash FROM events WHERE seq = ?1", [n], |r| r.get(0))
        .unwrap();
    let conn = unlocked_for_tampering(&reg);
    conn.execute("DELETE FROM events WHERE seq > ?1", [n - 2])
        .unwrap();
    drop(conn);
    // Without an anchor a shortened chain is internally consistent …
    assert_eq!(reg.json(&["verify"])["ok"], true);
    // … the anchor reveals it. (The verify above appended an unlock event after the cut.)
    let v = verify_fails(&reg, &["--expect-head", &head]);
    assert_eq!(v["error"]["seq"].as_i64().unwrap(), n);
    let v = verify_fails(&reg, &["--expect-head", &format!("{n}:{head}")]);
    assert_eq!(
        v["error"]["seq"].as_i64().unwrap(),
        n,
        "with SEQ:HASH the anchor position is checked"
    );
}

#[test]
fn projection_edited_without_an_event_is_detected() {
    let (reg, _) = populated();
    let conn = reg.raw();
    conn.execute(
        "UPDATE incidents SET title = 'Nothing to see' WHERE title = 'Stolen laptop'",
        [],
    )
    .unwrap();
    let v = verify_fails(&reg, &[]);
    assert!(
        v["error"]["reason"]
            .as_str()
            .unwrap()
            .contains("projection incidents"),
        "{v}"
    );
}

#[test]
fn edited_exported_journal_is_detected_offline() {
    let (reg, _) = populated();
    let out = reg.dir.path().join("j.jsonl");
    reg.json(&["export", "journal", "--out", out.to_str().unwrap()]);
    let text = std::fs::read_to_string(&out).unwrap();
    let edited = text.replacen("2026-11-20T10:00:00", "2026-11-19T10:00:00", 1);
    assert_ne!(text, edited);
    std::fs::write(&out, edited).unwrap();
    let o = assert_cmd::Command::new(breachlog_tests::breachlog_bin())
        .args(["verify", "--json", "--journal", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("2026-11-20T10:00:00"))
        .unwrap()
        + 1;
    assert_eq!(v["error"]["seq"], line);
}

#[test]
fn forged_chain_recomputed_after_an_edit_is_caught_by_the_anchor() {
    let (reg, n) = populated();
    // Access-log events at the tail: rewriting them leaves every projection as it is, so only
    // an anchor can tell.
    reg.json(&["org", "show"]);
    reg.json(&["org", "show"]);
    // The auditor's anchor: an earlier export and its head hash.
    let export = reg.dir.path().join("anchor.jsonl");
    let e = reg.json(&["export", "journal", "--out", export.to_str().unwrap()]);
    let anchor = format!("{}:{}", e["head_seq"], e["head_hash"].as_str().unwrap());
    // Someone holding the key edits event n+1 and recomputes every hash after it, signing the
    // checkpoints after it again with the register's signing key (it opens with the data key).
    let first = n as usize;
    let key = crate::signed_checkpoints::register_key(&reg);
    crate::signed_checkpoints::rewrite(&reg, Some(&key), |events| {
        events[first].actor = "someone-else".into();
    });
    // The rebuilt chain is internally consistent …
    let out = reg.run(&["verify", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // … but the anchor is gone, and the earlier export names the first rewritten event.
    let v = verify_fails(&reg, &["--expect-head", &anchor]);
    assert_eq!(v["error"]["seq"], e["head_seq"]);
    let v = verify_fails(&reg, &["--compare-with", export.to_str().unwrap()]);
    assert_eq!(v["error"]["seq"], n + 1);
    assert_eq!(v["error"]["reason"], "differs from the reference export");
}

/// The id of the incident titled `title` (stored projection).
fn incident_id(conn: &rusqlite::Connection, title: &str) -> String {
    conn.query_row("SELECT id FROM incidents WHERE title = ?1", [title], |r| {
        r.get(0)
    })
    .unwrap()
}

fn projection_error(reg: &TempRegister) -> String {
    let v = verify_fails(reg, &[]);
    v["error"]["reason"].as_str().unwrap().to_string()
}

/// A populated register with `sql` run on it, `?1` being the key `key` picks; and that key.
fn projection_edited(
    key: fn(&rusqlite::Connection) -> String,
    sql: &str,
) -> (TempRegister, String) {
    let (reg, _) = populated();
    let conn = reg.raw();
    let k = key(&conn);
    conn.execute(sql, [&k]).unwrap();
    (reg, k)
}

fn named(table: &str, key: &str) -> String {
    format!("projection {table} row {key} differs from the journal")
}

#[test]
fn a_deleted_or_an_extra_incident_row_is_named() {
    let (reg, id) = projection_edited(
        |c| incident_id(c, "Phishing wave"),
        "DELETE FROM incidents WHERE id = ?1",
    );
    assert_eq!(projection_error(&reg), named("incidents", &id));
    let (reg, fake) = projection_edited(
        |_| "00000000-0000-7000-8000-000000000001".into(),
        "INSERT INTO incidents SELECT ?1, status, title, category, severity, detected_at,
         personal_data, risk, aware_at, exercise, created_seq, last_seq, doc FROM incidents LIMIT 1",
    );
    assert_eq!(projection_error(&reg), named("incidents", &fake));
}

#[test]
fn an_edited_query_column_or_child_row_is_named() {
    // A query column alone (the document unchanged): the list would show it.
    let (reg, id) = projection_edited(
        |c| incident_id(c, "Stolen laptop"),
        "UPDATE incidents SET severity = 'low' WHERE id = ?1",
    );
    assert_eq!(projection_error(&reg), named("incidents", &id));
    // A note's document (compared by the replay thread's connection).
    let (reg, note) = projection_edited(
        |c| {
            c.query_row("SELECT id FROM notes", [], |r| r.get(0))
                .unwrap()
        },
        "UPDATE notes SET doc = json_set(doc, '$.author', 'mallory') WHERE id = ?1",
    );
    assert_eq!(projection_error(&reg), named("notes", &note));
    // Both: the incidents table comes first, as the tables are listed.
    let conn = reg.raw();
    conn.execute(
        "UPDATE incidents SET severity = 'low' WHERE title = 'Phishing wave'",
        [],
    )
    .unwrap();
    let id = incident_id(&conn, "Phishing wave");
    assert_eq!(projection_error(&reg), named("incidents", &id));
}

#[test]
fn a_wrong_sealed_value_before_a_chain_error_is_the_one_reported() {
    // The sealed title of the first incident is edited, and a later event is deleted (a gap):
    // the first problem in journal order is reported, as a one-pass check would. The two are
    // found on different threads of `verify`.
    let (reg, n) = populated();
    let conn = unlocked_for_tampering(&reg);
    let sealed: i64 = conn
        .query_row(
            "SELECT min(seq) FROM event_secrets WHERE path = '/incident/title'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(sealed < n);
    conn.execute(
        "UPDATE event_secrets SET value = '\"Nothing to see\"' WHERE seq = ?1 AND path = '/incident/title'",
        [sealed],
    )
    .unwrap();
    assert!(sealed < n - 1);
    conn.execute("DELETE FROM events WHERE seq = ?1", [n - 1])
        .unwrap();
    let v = verify_fails(&reg, &[]);
    assert_eq!(v["error"]["seq"], sealed, "{v}");
    assert!(
        v["error"]["reason"]
            .as_str()
            .unwrap()
            .contains("does not match its commitment"),
        "{v}"
    );
}

/// A GDPR controller register with one incident, its notification obligation (due 2026-04-04
/// 10:00Z: aware 2026-04-01 10:00Z + 72 h) and a filing on time; and the obligation's id.
fn with_obligation_and_filing() -> (TempRegister, String) {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = reg.new_incident("Customer database exposed", "2026-04-01T08:00:00Z");
    reg.assess(&id, "2026-04-01T10:00:00Z", &[]);
    let list = reg.json(&[
        "obligations",
        "--incident",
        &id,
        "--as-of",
        "2026-04-02T00:00:00Z",
    ]);
    let ob = list[0]["id"].as_str().unwrap().to_string();
    assert_eq!(list[0]["due_at"], "2026-04-04T10:00:00.000000Z");
    reg.json(&[
        "filing",
        "record",
        &id,
        "--obligation",
        &ob,
        "--at",
        "2026-04-03T09:00:00Z",
        "--channel",
        "portal",
        "--reference",
        "AP-2026-0042",
    ]);
    assert_eq!(reg.json(&["verify"])["ok"], true);
    (reg, ob)
}

/// The deadlines are the register's legal output: a later due date written into the
/// obligations table, or a filing moved in time, is named by `verify` (exit 4) with its table.
#[test]
fn an_edited_deadline_or_filing_is_named_with_its_table() {
    let (reg, ob) = with_obligation_and_filing();
    reg.raw()
        .execute(
            "UPDATE obligations SET due_at = '2026-04-10T10:00:00.000000Z' WHERE id = ?1",
            [&ob],
        )
        .unwrap();
    assert_eq!(projection_error(&reg), named("obligations", &ob));

    let (reg, ob) = with_obligation_and_filing();
    reg.raw()
        .execute(
            "UPDATE obligations SET doc = json_set(doc, '$.due_at', '2026-04-10T10:00:00.000000Z') WHERE id = ?1",
            [&ob],
        )
        .unwrap();
    assert_eq!(projection_error(&reg), named("obligations", &ob));

    let (reg, _) = with_obligation_and_filing();
    let conn = reg.raw();
    let filing: String = conn
        .query_row("SELECT id FROM filings", [], |r| r.get(0))
        .unwrap();
    conn.execute(
        "UPDATE filings SET at = '2026-04-02T09:00:00.000000Z' WHERE id = ?1",
        [&filing],
    )
    .unwrap();
    assert_eq!(projection_error(&reg), named("filings", &filing));

    // A deleted filing would turn a filed obligation back into an open one.
    let (reg, _) = with_obligation_and_filing();
    let conn = reg.raw();
    let filing: String = conn
        .query_row("SELECT id FROM filings", [], |r| r.get(0))
        .unwrap();
    conn.execute("DELETE FROM filings WHERE id = ?1", [&filing])
        .unwrap();
    assert_eq!(projection_error(&reg), named("filings", &filing));
}
