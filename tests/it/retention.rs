//! Personal fields are sealed in the journal (salted commitments) and can be redacted once an
//! incident's retention has passed: the values disappear from the register, the chain still
//! verifies, and verify says what was redacted. Edited or silently deleted values are caught.

use breachlog_tests::TempRegister;

use serde_json::Value;

const NAME: &str = "Mila Jovanović";

/// A closed breach whose texts name a person: title, description, note, action (title and
/// owner), assessment texts, and the reopen/close notes. Returns (register, incident id).
fn closed_breach() -> (TempRegister, String) {
    closed_breach_at(
        "2026-11-20T09:00:00Z",
        "2026-11-20T10:00:00Z",
        "2026-11-21T10:00:00Z",
    )
}

/// [`closed_breach`] in an existing register.
fn closed_breach_in(reg: TempRegister) -> (TempRegister, String) {
    closed_breach_at_in(
        reg,
        "2026-11-20T09:00:00Z",
        "2026-11-20T10:00:00Z",
        "2026-11-21T10:00:00Z",
    )
}

/// [`closed_breach`] detected, known and closed at the given times.
fn closed_breach_at(detected: &str, aware: &str, closed: &str) -> (TempRegister, String) {
    closed_breach_at_in(controller(), detected, aware, closed)
}

/// [`closed_breach_at`] in an existing register.
fn closed_breach_at_in(
    reg: TempRegister,
    detected: &str,
    aware: &str,
    closed: &str,
) -> (TempRegister, String) {
    let id = reg.json(&[
        "incident",
        "new",
        "--title",
        &format!("Laptop of {NAME} stolen"),
        "--description",
        &format!("{NAME} reported the theft at the front desk"),
        "--category",
        "lost_device",
        "--detected-at",
        detected,
    ])["id"]
        .as_str()
        .expect("id")
        .to_string();
    reg.json(&[
        "incident",
        "note",
        &id,
        "--text",
        &format!("Called {NAME} back"),
    ]);
    reg.json(&[
        "incident",
        "action",
        "add",
        &id,
        "--title",
        &format!("Collect badge from {NAME}"),
        "--owner",
        "Tom Peeters",
    ]);
    reg.assess(
        &id,
        aware,
        &[
            "--risk",
            "none",
            "--risk-reasoning",
            &format!("Disk encrypted; {NAME} confirms it was locked"),
            "--decision",
            "no-notify",
            "--decision-rationale",
            &format!("Encrypted device of {NAME}, key not compromised"),
        ],
    );
    for to in ["triage", "investigating", "contained", "resolved", "closed"] {
        reg.json(&["incident", "transition", &id, "--to", to, "--at", closed]);
    }
    (reg, id)
}

fn controller() -> TempRegister {
    TempRegister::with_init(&[
        "--org-name",
        "Fictional Chat B.V.",
        "--timezone",
        "Europe/Amsterdam",
        "--role",
        "controller",
        "--lead-authority",
        "nl-ap",
    ])
}

/// Every text stored in any table of the register, read with the data key. A stored PDF
/// (`report_files`) counts with its streams decompressed and its page text: its raw bytes are
/// FlateDecode-compressed, so a search of them finds nothing (issue 21 item 3).
fn all_text(reg: &TempRegister) -> String {
    let conn = reg.raw();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..n {
                match row.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Blob(b) if b.starts_with(b"%PDF") => {
                        out.push_str(&opened_pdf(reg, b));
                        out.push('\n');
                    }
                    rusqlite::types::ValueRef::Text(b) | rusqlite::types::ValueRef::Blob(b) => {
                        out.push_str(&String::from_utf8_lossy(b));
                        out.push('\n');
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

/// A PDF's streams decompressed with `qpdf --qdf --object-streams=disable` (the embedded
/// record, the metadata) followed by its page text (`pdftotext`: the pages draw glyph ids, not
/// the characters).
fn opened_pdf(reg: &TempRegister, pdf: &[u8]) -> String {
    let dir = tempfile::tempdir_in(reg.dir.path()).unwrap();
    let raw = dir.path().join("stored.pdf");
    let open = dir.path().join("stored.qdf.pdf");
    std::fs::write(&raw, pdf).unwrap();
    crate::reports::tool(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            raw.to_str().unwrap(),
            open.to_str().unwrap(),
        ],
    );
    let mut text = String::from_utf8_lossy(&std::fs::read(&open).unwrap()).into_owned();
    text.push('\n');
    text.push_str(&crate::reports::text_of(&raw));
    text
}

fn seq_of(reg: &TempRegister, kind: &str) -> i64 {
    reg.raw()
        .query_row(
            "SELECT seq FROM events WHERE kind = ?1 ORDER BY seq LIMIT 1",
            [kind],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn personal_fields_are_commitments_in_the_journal_and_values_beside_it() {
    let (reg, id) = closed_breach();
    let conn = reg.raw();
    let payloads: Vec<String> = conn
        .prepare("SELECT payload FROM events")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        payloads.iter().all(|p| !p.contains("Jovanovi")),
        "a name in a hashed payload"
    );
    assert!(payloads.iter().any(|p| p.contains("\"sealed\":")));
    let secrets: i64 = conn
        .query_row(
            "SELECT count(*) FROM event_secrets WHERE value LIKE '%Jovanovi%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // title, description, note, action title, risk reasoning, decision rationale, and the
    // rationale of the GDPR obligation decided not required (it quotes the decision).
    assert_eq!(secrets, 7);
    // The exported journal carries commitments only, and still verifies on its own.
    let out = reg.dir.path().join("journal.jsonl");
    reg.json(&["export", "journal", "--out", out.to_str().unwrap()]);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains("Jovanovi"));
    assert_eq!(
        reg.json(&["verify", "--journal", out.to_str().unwrap()])["ok"],
        true
    );
    // People still see the values.
    let v = reg.json(&["incident", "show", &id]);
    assert_eq!(v["title"], format!("Laptop of {NAME} stolen"));
    let notes: Vec<&Value> = v["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "note.added")
        .collect();
    assert_eq!(notes[0]["payload"]["text"], format!("Called {NAME} back"));
}

/// The retention dates, computed from a fixed close (2026-11-21); the refusal before that date
/// is checked against the real clock in
/// [`redaction_before_the_retention_has_passed_is_refused`].
#[test]
fn redaction_waits_for_the_retention_and_needs_a_closed_incident() {
    let (reg, _closed) = closed_breach();
    let open = reg.new_incident(
        &format!("Mail to {NAME} misdirected"),
        "2026-11-20T09:00:00Z",
    );
    let before = reg.event_count();
    let err = reg.fails(
        &[
            "retention",
            "redact",
            &open,
            "--reason",
            "retention",
            "--early",
        ],
        5,
    );
    assert!(err.contains("only closed incidents"), "{err}");
    assert_eq!(
        reg.event_count(),
        before,
        "a refused redaction writes nothing"
    );

    let list = reg.json(&["retention", "list", "--as-of", "2031-11-21T08:59:00Z"]);
    assert_eq!(list[0]["due"], false);
    assert_eq!(list[0]["until"], "2031-11-21T10:00:00.000000Z");
    assert_eq!(list[0]["retention_months"], 60);
    let list = reg.json(&["retention", "list", "--as-of", "2031-11-21T10:00:00Z"]);
    assert_eq!(list[0]["due"], true);
    // A per-category rule overrides the default: lost devices for 12 months.
    reg.json(&["settings", "set", "--retention", "lost_device=12"]);
    let list = reg.json(&["retention", "list", "--as-of", "2027-11-21T10:00:00Z"]);
    assert_eq!(list[0]["until"], "2027-11-21T10:00:00.000000Z");
    assert_eq!(list[0]["due"], true);
}

/// The refusal is checked on an incident closed an hour ago (the CLI redacts against the real
/// clock): a fixed close date would make this test fail once its retention has passed.
#[test]
fn redaction_before_the_retention_has_passed_is_refused() {
    let now = breachlog_core::Ts::now();
    let (reg, id) = closed_breach_at(
        &now.plus_hours(-3).to_string(),
        &now.plus_hours(-2).to_string(),
        &now.plus_hours(-1).to_string(),
    );
    let until = reg.json(&["retention", "list"])[0]["until"]
        .as_str()
        .expect("until")
        .to_string();
    // Default 60 months from the close: about five years from now.
    let years = until[..4].parse::<i32>().expect("year")
        - now.to_string()[..4].parse::<i32>().expect("year");
    assert!((4..=5).contains(&years), "{until}");
    let before = reg.event_count();
    let err = reg.fails(&["retention", "redact", &id, "--reason", "retention"], 5);
    // The message names the last day in the organisation's zone (Amsterdam), which is the
    // next UTC day when the close was late in the evening.
    let local_day = breachlog_core::Ts::parse(&until)
        .expect("until is a timestamp")
        .local_date_in(breachlog_core::time::zone("Europe/Amsterdam"));
    assert!(err.contains(&local_day), "{until} ({local_day}): {err}");
    assert_eq!(
        reg.event_count(),
        before,
        "a refused redaction writes nothing"
    );
}

#[test]
fn bad_retention_settings_name_the_field_and_write_nothing() {
    let reg = controller();
    let before = reg.event_count();
    let err = reg.fails(&["settings", "set", "--retention", "lost_device=601"], 5);
    assert!(err.contains("retention per category"), "{err}");
    let err = reg.fails(&["settings", "set", "--retention", "meteor_strike=12"], 5);
    assert!(
        err.contains("retention per category") && err.contains("lost_device"),
        "{err}"
    );
    let err = reg.fails(&["settings", "set", "--retention-months", "0"], 5);
    assert!(err.contains("retention in months"), "{err}");
    assert_eq!(reg.event_count(), before);
}

#[test]
fn redaction_erases_the_values_and_verify_reports_it() {
    let (reg, id) = closed_breach();
    let r = reg.json(&[
        "retention",
        "redact",
        &id,
        "--reason",
        "erasure request of the data subject",
        "--early",
    ]);
    assert_eq!(r["fields"], 8);
    let text = all_text(&reg);
    assert!(
        !text.contains("Jovanovi"),
        "a redacted value is still stored"
    );
    assert!(
        !text.contains("Tom Peeters"),
        "the action owner is still stored"
    );

    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
    let red = &v["redactions"][0];
    assert_eq!(red["incident"], id.as_str());
    assert_eq!(
        red["fields"], 8,
        "the action owner is the eighth field: {v}"
    );
    assert_eq!(red["reason"], "erasure request of the data subject");

    let shown = reg.json(&["incident", "show", &id]);
    assert_eq!(shown["title"], "[redacted]");
    assert_eq!(shown["assessment"]["decision_rationale"], "[redacted]");
    assert_eq!(
        shown["assessment"]["decision"], "no_notify",
        "facts that are not personal stay"
    );
    assert!(shown["redacted_at"].is_string());

    // A redacted incident is read-only.
    let before = reg.event_count();
    let err = reg.fails(&["incident", "note", &id, "--text", "one more"], 5);
    assert!(err.contains("redacted"), "{err}");
    reg.fails(
        &["retention", "redact", &id, "--reason", "again", "--early"],
        5,
    );
    assert_eq!(reg.event_count(), before);
    assert_eq!(
        reg.json(&["retention", "list"]).as_array().unwrap().len(),
        0
    );
}

/// `verify --json` fails with exit 4 at `seq`, with a reason containing `reason`.
fn verify_fails_at(reg: &TempRegister, seq: i64, reason: &str) {
    let out = reg.run(&["verify", "--json"]);
    assert_eq!(out.status.code(), Some(4));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["error"]["seq"], seq, "{v}");
    assert!(
        v["error"]["reason"].as_str().unwrap().contains(reason),
        "{v}"
    );
}

#[test]
fn an_edited_value_is_caught_at_its_event() {
    let (reg, _) = closed_breach();
    let seq = seq_of(&reg, "note.added");
    reg.raw()
        .execute(
            "UPDATE event_secrets SET value = '\"Called nobody\"' WHERE seq = ?1",
            [seq],
        )
        .unwrap();
    verify_fails_at(&reg, seq, "does not match its commitment");
}

#[test]
fn a_value_deleted_without_redaction_is_caught() {
    let (reg, _) = closed_breach();
    let seq = seq_of(&reg, "incident.created");
    reg.raw()
        .execute(
            "DELETE FROM event_secrets WHERE seq = ?1 AND path = '/incident/description'",
            [seq],
        )
        .unwrap();
    verify_fails_at(&reg, seq, "/incident/description");
}

#[test]
fn a_value_moved_to_another_event_is_caught() {
    let (reg, _) = closed_breach();
    let note = seq_of(&reg, "note.added");
    let conn = reg.raw();
    conn.execute("UPDATE event_secrets SET seq = 1 WHERE seq = ?1", [note])
        .unwrap();
    verify_fails_at(&reg, 1, "belongs to no sealed field");
}

#[test]
fn reports_print_the_values_embed_commitments_and_still_verify_after_redaction() {
    let (reg, id) = closed_breach();
    let pdf = reg.dir.path().join("incident.pdf");
    reg.json(&["report", "incident", &id, "--out", pdf.to_str().unwrap()]);
    let text = crate::reports::text_of(&pdf);
    assert!(
        text.contains(&format!("Called {NAME} back")),
        "the timeline prints the note:\n{text}"
    );
    let json = reg.dir.path().join("incident.json");
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
    let events = content["events"].as_array().expect("events");
    let note = events
        .iter()
        .find(|e| e["kind"] == "note.added")
        .expect("note event");
    assert!(
        note["payload"]["text"]["sealed"].is_string(),
        "embedded as hashed: {note}"
    );
    assert_eq!(
        reg.json(&["verify-report", pdf.to_str().unwrap()])["ok"],
        true
    );

    reg.json(&[
        "retention",
        "redact",
        &id,
        "--reason",
        "erasure request",
        "--early",
    ]);
    // The PDF already handed out still verifies against the register it came from.
    assert_eq!(
        reg.json(&["verify-report", pdf.to_str().unwrap()])["ok"],
        true
    );
    let after = reg.dir.path().join("incident-after.pdf");
    reg.json(&["report", "incident", &id, "--out", after.to_str().unwrap()]);
    let text = crate::reports::text_of(&after);
    assert!(!text.contains("Jovanovi"), "{text}");
    assert!(
        text.contains("(redacted)") && !text.contains("[redacted]"),
        "{text}"
    );
    let de = reg.dir.path().join("vorfall.pdf");
    reg.json(&[
        "--lang",
        "de",
        "report",
        "incident",
        &id,
        "--out",
        de.to_str().unwrap(),
    ]);
    assert!(crate::reports::text_of(&de).contains("(geschwärzt)"));
}

/// H3 of the security review: the affected systems, a late filing's reasons, an authority
/// contact's subject and reference were hashed in clear, so an early (Art 17) redaction left
/// them in every journal export, CSV and new PDF. They are sealed now.
#[test]
fn texts_beyond_the_incident_fields_are_sealed_and_go_with_a_redaction() {
    let reg = controller();
    let id = reg.json(&[
        "incident",
        "new",
        "--title",
        "Mailbox forwarded",
        "--category",
        "unauthorised_access",
        "--detected-at",
        "2026-04-01T08:00:00Z",
        "--affected-systems",
        &format!("mailbox of {NAME},crm"),
    ])["id"]
        .as_str()
        .expect("id")
        .to_string();
    reg.assess(&id, "2026-04-01T10:00:00Z", &[]);
    let ob = reg.json(&[
        "obligations",
        "--incident",
        &id,
        "--as-of",
        "2026-04-05T00:00:00Z",
    ])[0]["id"]
        .as_str()
        .expect("obligation id")
        .to_string();
    reg.json(&[
        "filing",
        "record",
        &id,
        "--obligation",
        &ob,
        "--at",
        "2026-04-04T12:15:00Z",
        "--channel",
        "portal",
        "--reference",
        &format!("AP case of {NAME}"),
        "--reasons-for-delay",
        &format!("{NAME} was abroad and could not confirm the forwarding rule"),
    ]);
    reg.json(&[
        "authority",
        "log",
        "--authority",
        "nl-ap",
        "--direction",
        "incoming",
        "--at",
        "2026-04-05T09:00:00Z",
        "--subject",
        &format!("Question about {NAME}"),
        "--reference",
        &format!("{NAME}/2026"),
        "--incident",
        &id,
    ]);
    let journal = |name: &str| {
        let out = reg.dir.path().join(name);
        reg.json(&["export", "journal", "--out", out.to_str().unwrap()]);
        std::fs::read_to_string(&out).unwrap()
    };
    let before = journal("before.jsonl");
    assert!(
        !before.contains("Jovanovi"),
        "a personal text hashed in clear"
    );
    // The register still shows them to the people who work with it.
    let shown = reg.json(&["incident", "show", &id]);
    assert_eq!(shown["affected_systems"][0], format!("mailbox of {NAME}"));
    let contacts = reg.json(&["authority", "contacts"]);
    assert_eq!(contacts[0]["subject"], format!("Question about {NAME}"));

    for to in ["triage", "investigating", "contained", "resolved", "closed"] {
        reg.json(&[
            "incident",
            "transition",
            &id,
            "--to",
            to,
            "--at",
            "2026-04-06T10:00:00Z",
        ]);
    }
    let listed = reg.json(&["retention", "list"]);
    assert_eq!(
        listed[0]["clear_text_events"],
        serde_json::json!([]),
        "every event of a new register is sealed"
    );
    reg.json(&[
        "retention",
        "redact",
        &id,
        "--reason",
        "erasure request",
        "--early",
    ]);
    assert!(!journal("after.jsonl").contains("Jovanovi"));
    let csv = reg.dir.path().join("register.csv");
    reg.json(&[
        "export",
        "register",
        "--format",
        "csv",
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert!(!std::fs::read_to_string(&csv).unwrap().contains("Jovanovi"));
    let pdf = reg.dir.path().join("incident.pdf");
    reg.json(&["report", "incident", &id, "--out", pdf.to_str().unwrap()]);
    let text = crate::reports::text_of(&pdf);
    assert!(!text.contains("Jovanovi"), "{text}");
    assert!(
        !all_text(&reg).contains("Jovanovi"),
        "a redacted value is still stored"
    );
    let shown = reg.json(&["incident", "show", &id]);
    assert_eq!(shown["affected_systems"], serde_json::json!(["[redacted]"]));
    let contacts = reg.json(&["authority", "contacts"]);
    assert_eq!(contacts[0]["subject"], "[redacted]");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// The stored PDFs (`report_files`) by serial, each with whether it names the person once
/// opened ([`opened_pdf`]).
fn stored_reports(reg: &TempRegister) -> Vec<(String, bool)> {
    let conn = reg.raw();
    let mut stmt = conn
        .prepare("SELECT serial, pdf FROM report_files ORDER BY serial")
        .unwrap();
    let rows: Vec<(String, Vec<u8>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows.into_iter()
        .map(|(serial, pdf)| {
            let names = opened_pdf(reg, &pdf).contains("Jovanovi");
            (serial, names)
        })
        .collect()
}

/// Issues `report ARGS…` and returns the stored report's serial.
fn issue(reg: &TempRegister, args: &[&str]) -> String {
    let out = reg.dir.path().join("issued.pdf");
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", out.to_str().unwrap()]);
    reg.json(&all)["serial"]
        .as_str()
        .expect("serial")
        .to_string()
}

/// Issue 21 item 3: redaction deleted only the stored PDFs of reports about the incident; the
/// stored register and audit-trail reports kept its texts (in compressed streams, so a test
/// grepping the raw bytes could not see them).
#[test]
fn redaction_deletes_the_stored_register_wide_reports_that_carry_the_texts() {
    let reg = controller();
    // Issued before the incident was logged: it cannot name the person and is kept.
    let earlier = issue(&reg, &["register"]);
    let (reg, id) = closed_breach_in(reg);
    let register = issue(&reg, &["register"]);
    let audit = issue(&reg, &["audit-trail"]);
    let incident = issue(&reg, &["incident", &id]);
    let before = stored_reports(&reg);
    assert_eq!(before.len(), 4);
    for (serial, names) in &before {
        assert_eq!(
            *names,
            *serial != earlier,
            "{serial}: the decompressed PDF should name the person iff issued after the incident"
        );
    }

    // The register list's search finds the incident by its description, note and action.
    let found = |reg: &TempRegister, words: &str| {
        reg.json(&["incident", "list", "--search", words])
            .as_array()
            .expect("rows")
            .len()
    };
    for words in ["front desk", "called back", "collect badge"] {
        assert_eq!(found(&reg, words), 1, "{words}");
    }
    let redacted = reg.json(&[
        "retention",
        "redact",
        &id,
        "--reason",
        "erasure request",
        "--early",
    ]);
    let deleted = serde_json::json!([&register, &audit, &incident]);
    // After the redaction neither the list nor the full-text index knows the texts.
    for words in ["front desk", "called back", "collect badge"] {
        assert_eq!(found(&reg, words), 0, "{words}");
    }
    let indexed: i64 = reg
        .raw()
        .query_row(
            "SELECT count(*) FROM incident_search WHERE incident_search MATCH 'desk OR badge OR called'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexed, 0);
    assert_eq!(redacted["reports_deleted"], deleted, "{redacted}");
    let after = stored_reports(&reg);
    let kept: Vec<&str> = after.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(kept, [earlier.as_str()]);
    for (serial, names) in &after {
        assert!(!names, "{serial} still names the person");
    }
    let payload: String = reg
        .raw()
        .query_row(
            "SELECT payload FROM events WHERE kind = 'incident.redacted'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let payload: Value = serde_json::from_str(&payload).unwrap();
    assert_eq!(payload["reports_deleted"], 3, "{payload}");
    assert_eq!(
        payload["reports_deleted_serials"],
        serde_json::json!([register, audit, incident])
    );
    let verified = reg.json(&["verify"]);
    assert_eq!(verified["ok"], true);
    assert_eq!(
        verified["redactions"][0]["reports_deleted"], deleted,
        "{verified}"
    );
}
