//! Notices to customers tracked to acknowledgement (issue 15 item 4): draft → sent →
//! acknowledged through `filing record` and `filing acknowledge`, the refusals, and the reminder
//! for a notice sent but not acknowledged within the setting's hours (never a legal deadline).
//! Times are fixed in the past and statuses read with `obligations --as-of`.

use breachlog_tests::TempRegister;
use serde_json::Value;

/// A processor with three customers (24-hour contracts) and an incident in both roles, aware at
/// 2026-06-01 10:00 UTC, that hit all three. Returns the register and the incident id.
fn processor_incident() -> (TempRegister, String) {
    let reg = TempRegister::with_init(&[
        "--org-name",
        "Cloudy Platforms B.V.",
        "--timezone",
        "Europe/Amsterdam",
        "--role",
        "processor",
        "--lead-authority",
        "nl-ap",
    ]);
    for name in ["Bakkerij Jansen", "Müller Logistik", "Thames Tea Ltd"] {
        reg.customer(
            name,
            &["--notice-hours", "24", "--contact", "privacy@example.test"],
        );
    }
    let id = reg.new_incident("Tenant database exposed", "2026-06-01T09:00:00Z");
    reg.assess(
        &id,
        "2026-06-01T10:00:00Z",
        &[
            "--role",
            "both",
            "--risk",
            "risk",
            "--risk-reasoning",
            "Contact data of many people",
            "--controllers",
            "Bakkerij Jansen,Müller Logistik,Thames Tea Ltd",
        ],
    );
    (reg, id)
}

fn obligations(reg: &TempRegister, id: &str, as_of: &str) -> Vec<Value> {
    reg.json(&["obligations", "--incident", id, "--as-of", as_of])
        .as_array()
        .expect("a list")
        .clone()
}

fn notice(list: &[Value], name: &str) -> Value {
    list.iter()
        .find(|o| o["kind"] == "controller-notice" && o["recipient_name"] == name)
        .unwrap_or_else(|| panic!("a notice to {name} in {list:#?}"))
        .clone()
}

/// The incident's events of `kind` in the journal.
fn count(reg: &TempRegister, id: &str, kind: &str) -> usize {
    reg.json(&["log", id])
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["kind"] == kind)
        .count()
}

fn send(reg: &TempRegister, id: &str, obligation: &str, at: &str, more: &[&str]) -> String {
    let mut args = vec![
        "filing",
        "record",
        id,
        "--obligation",
        obligation,
        "--at",
        at,
        "--channel",
        "email",
        "--reference",
        "notice by e-mail",
    ];
    args.extend_from_slice(more);
    reg.json(&args)["id"]
        .as_str()
        .expect("the filing id")
        .to_string()
}

#[test]
fn a_customer_notice_goes_from_draft_to_sent_to_acknowledged_and_verifies() {
    let (reg, id) = processor_incident();
    let list = obligations(&reg, &id, "2026-06-01T11:00:00Z");
    let jansen = notice(&list, "Bakkerij Jansen");
    assert_eq!(jansen["notice"]["state"], "draft");
    assert_eq!(jansen["notice"]["reminder"], false);
    assert!(jansen["notice"]["sent_at"].is_null());
    // Other recipients have no notice status.
    let authority = list
        .iter()
        .find(|o| o["kind"] == "notification")
        .expect("the authority notification");
    assert!(authority.get("notice").is_none(), "{authority:#?}");

    let ob = jansen["id"].as_str().unwrap().to_string();
    let filing = send(&reg, &id, &ob, "2026-06-01T12:00:00Z", &[]);
    let sent = notice(
        &obligations(&reg, &id, "2026-06-02T11:00:00Z"),
        "Bakkerij Jansen",
    );
    assert_eq!(sent["notice"]["state"], "sent");
    assert_eq!(sent["notice"]["filing_id"], filing.as_str());
    assert_eq!(sent["notice"]["sent_at"], "2026-06-01T12:00:00.000000Z");
    // Default: a reminder 48 hours after sending.
    assert_eq!(sent["notice"]["remind_at"], "2026-06-03T12:00:00.000000Z");
    assert_eq!(sent["notice"]["reminder"], false);
    assert_eq!(sent["status"], "filed");

    // Refusals: each names its field, exits 5 and writes nothing.
    let before = reg.event_count();
    let err = reg.fails(
        &[
            "filing",
            "acknowledge",
            &filing,
            "--at",
            "2026-06-01T11:59:00Z",
        ],
        5,
    );
    assert!(
        err.contains("Invalid time: it is earlier than the filing it acknowledges"),
        "{err}"
    );
    let future = breachlog_core::Ts::now().plus_hours(24).to_string();
    let err = reg.fails(&["filing", "acknowledge", &filing, "--at", &future], 5);
    assert!(err.contains("Invalid time"), "{err}");
    assert!(err.contains("future"), "{err}");
    let err = reg.fails(
        &[
            "filing",
            "acknowledge",
            "0000aaaa",
            "--at",
            "2026-06-02T09:00:00Z",
        ],
        5,
    );
    assert!(err.contains("Invalid filing"), "{err}");
    assert_eq!(reg.event_count(), before);

    let acked = reg.json(&[
        "filing",
        "acknowledge",
        &filing[..8],
        "--at",
        "2026-06-02T09:00:00+02:00",
        "--by",
        "Jan de Vries",
    ]);
    assert_eq!(acked["id"], filing.as_str());
    assert_eq!(acked["acknowledged"]["at"], "2026-06-02T07:00:00.000000Z");
    assert_eq!(acked["acknowledged"]["by"], "Jan de Vries");
    assert_eq!(acked["acknowledged"]["recorded_by"], "pieter.tester");
    // One event (the session's unlock is journalled with the first write).
    assert_eq!(count(&reg, &id, "filing.acknowledged"), 1);

    // Acknowledged: no reminder, even long after.
    let done = notice(
        &obligations(&reg, &id, "2026-06-10T00:00:00Z"),
        "Bakkerij Jansen",
    );
    assert_eq!(done["notice"]["state"], "acknowledged");
    assert_eq!(
        done["notice"]["acknowledged_at"],
        "2026-06-02T07:00:00.000000Z"
    );
    assert_eq!(done["notice"]["acknowledged_by"], "Jan de Vries");
    assert_eq!(done["notice"]["reminder"], false);
    assert!(done["notice"]["remind_at"].is_null());
    // Before the acknowledgement's time it was still only sent.
    let earlier = notice(
        &obligations(&reg, &id, "2026-06-02T06:00:00Z"),
        "Bakkerij Jansen",
    );
    assert_eq!(earlier["notice"]["state"], "sent");

    // A second acknowledgement is refused.
    let err = reg.fails(
        &[
            "filing",
            "acknowledge",
            &filing,
            "--at",
            "2026-06-02T10:00:00Z",
        ],
        5,
    );
    assert!(
        err.contains("Invalid filing: this filing's acknowledgement is already recorded"),
        "{err}"
    );
    assert_eq!(count(&reg, &id, "filing.acknowledged"), 1);

    // Sent and acknowledged at once.
    let muller = notice(
        &obligations(&reg, &id, "2026-06-01T11:00:00Z"),
        "Müller Logistik",
    );
    let ob2 = muller["id"].as_str().unwrap().to_string();
    // An acknowledgement before the filing refuses the whole filing.
    let before = reg.event_count();
    let err = reg.fails(
        &[
            "filing",
            "record",
            &id,
            "--obligation",
            &ob2,
            "--at",
            "2026-06-01T13:00:00Z",
            "--channel",
            "email",
            "--reference",
            "notice",
            "--acknowledged-at",
            "2026-06-01T12:00:00Z",
        ],
        5,
    );
    assert!(
        err.contains("Invalid acknowledged at: it is earlier than the filing"),
        "{err}"
    );
    let err = reg.fails(
        &[
            "filing",
            "record",
            &id,
            "--obligation",
            &ob2,
            "--at",
            "2026-06-01T13:00:00Z",
            "--channel",
            "email",
            "--reference",
            "notice",
            "--acknowledged-by",
            "Frau Müller",
        ],
        5,
    );
    assert!(err.contains("Invalid acknowledged by"), "{err}");
    assert_eq!(reg.event_count(), before);
    send(
        &reg,
        &id,
        &ob2,
        "2026-06-01T13:00:00Z",
        &[
            "--acknowledged-at",
            "2026-06-01T15:00:00Z",
            "--acknowledged-by",
            "Frau Müller",
        ],
    );
    assert_eq!(count(&reg, &id, "filing.acknowledged"), 2);
    let m = notice(
        &obligations(&reg, &id, "2026-06-05T00:00:00Z"),
        "Müller Logistik",
    );
    assert_eq!(m["notice"]["state"], "acknowledged");
    assert_eq!(m["notice"]["acknowledged_by"], "Frau Müller");

    // The replay of the journal gives the same projections.
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

#[test]
fn a_sent_notice_not_acknowledged_is_a_reminder_after_the_settings_hours_never_late() {
    let (reg, id) = processor_incident();
    let list = obligations(&reg, &id, "2026-06-01T11:00:00Z");
    let ob = notice(&list, "Thames Tea Ltd")["id"]
        .as_str()
        .unwrap()
        .to_string();
    send(&reg, &id, &ob, "2026-06-01T12:00:00Z", &[]);

    // Default 48 hours: not yet after 47, due after 48.
    let at47 = notice(
        &obligations(&reg, &id, "2026-06-03T11:00:00Z"),
        "Thames Tea Ltd",
    );
    assert_eq!(at47["notice"]["reminder"], false);
    let at49 = notice(
        &obligations(&reg, &id, "2026-06-03T13:00:00Z"),
        "Thames Tea Ltd",
    );
    assert_eq!(at49["notice"]["reminder"], true);
    // A reminder is not a deadline: the notice stays filed on time.
    assert_eq!(at49["status"], "filed");
    assert!(at49["late_by_minutes"].is_null());
    // The table says so in words.
    let out = reg.run(&[
        "obligations",
        "--incident",
        &id,
        "--as-of",
        "2026-06-03T13:00:00Z",
    ]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("reminder: not acknowledged since"),
        "{table}"
    );
    assert!(table.contains("not a legal deadline"), "{table}");

    // Set to 12 hours: due after 12.
    let s = reg.json(&["rules", "settings", "--notice-reminder-hours", "12"]);
    assert_eq!(s["notice_reminder_hours"], 12);
    let at13 = notice(
        &obligations(&reg, &id, "2026-06-02T01:00:00Z"),
        "Thames Tea Ltd",
    );
    assert_eq!(at13["notice"]["remind_at"], "2026-06-02T00:00:00.000000Z");
    assert_eq!(at13["notice"]["reminder"], true);
    // 0 = never.
    reg.json(&["rules", "settings", "--notice-reminder-hours", "0"]);
    let never = notice(
        &obligations(&reg, &id, "2026-06-20T00:00:00Z"),
        "Thames Tea Ltd",
    );
    assert_eq!(never["notice"]["reminder"], false);
    assert!(never["notice"]["remind_at"].is_null());
    assert_eq!(never["notice"]["state"], "sent");
    // Out of range is refused naming the setting.
    let err = reg.fails(&["rules", "settings", "--notice-reminder-hours=-3"], 5);
    assert!(
        err.contains("Invalid reminder for unacknowledged customer notices (hours)"),
        "{err}"
    );
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// Migration 15: a register written at schema 14 (a notice sent, the settings without the
/// reminder) opens at 15, shows the notice as sent with the default reminder, takes its
/// acknowledgement and the reminder setting, and verifies.
#[test]
fn a_schema_14_register_migrates_and_takes_acknowledgements() {
    let (reg, id) = processor_incident();
    let ob = notice(
        &obligations(&reg, &id, "2026-06-01T11:00:00Z"),
        "Bakkerij Jansen",
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    let filing = send(&reg, &id, &ob, "2026-06-01T12:00:00Z", &[]);
    reg.raw()
        .execute_batch("PRAGMA user_version = 14;")
        .unwrap();
    let sent = notice(
        &obligations(&reg, &id, "2026-06-04T00:00:00Z"),
        "Bakkerij Jansen",
    );
    let version: i64 = reg
        .raw()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, breachlog_core::storage::SCHEMA_VERSION);
    assert_eq!(sent["notice"]["state"], "sent");
    assert_eq!(sent["notice"]["reminder"], true);
    assert_eq!(reg.json(&["verify"])["ok"], true);
    reg.json(&[
        "filing",
        "acknowledge",
        &filing,
        "--at",
        "2026-06-02T08:00:00Z",
    ]);
    reg.json(&["rules", "settings", "--notice-reminder-hours", "24"]);
    let done = notice(
        &obligations(&reg, &id, "2026-06-04T00:00:00Z"),
        "Bakkerij Jansen",
    );
    assert_eq!(done["notice"]["state"], "acknowledged");
    assert!(done["notice"]["acknowledged_by"].is_null());
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// Who acknowledged is personal text: sealed in the journal, erased by the redaction of the
/// closed incident (from the filing's stored document and the sealed values), and the register
/// still verifies.
#[test]
fn the_redaction_erases_who_acknowledged() {
    let (reg, id) = processor_incident();
    let ob = notice(
        &obligations(&reg, &id, "2026-06-01T11:00:00Z"),
        "Thames Tea Ltd",
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    send(
        &reg,
        &id,
        &ob,
        "2026-06-01T12:00:00Z",
        &[
            "--acknowledged-at",
            "2026-06-01T14:00:00Z",
            "--acknowledged-by",
            "Jan de Vries",
        ],
    );
    let stored = |sql: &str| -> String {
        let conn = reg.raw();
        let mut stmt = conn.prepare(sql).unwrap();
        let rows: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.join("\n")
    };
    // Sealed: not in the event's payload, only among the sealed values.
    assert!(
        !stored("SELECT payload FROM events WHERE kind = 'filing.acknowledged'")
            .contains("Jan de Vries")
    );
    assert!(stored("SELECT value FROM event_secrets").contains("Jan de Vries"));
    for to in ["triage", "investigating", "contained", "resolved", "closed"] {
        reg.json(&[
            "incident",
            "transition",
            &id,
            "--to",
            to,
            "--at",
            "2026-06-05T10:00:00Z",
        ]);
    }
    reg.json(&[
        "retention",
        "redact",
        &id,
        "--reason",
        "erasure request",
        "--early",
    ]);
    assert!(!stored("SELECT doc FROM filings").contains("Jan de Vries"));
    assert!(!stored("SELECT value FROM event_secrets").contains("Jan de Vries"));
    let after = notice(
        &obligations(&reg, &id, "2026-06-06T00:00:00Z"),
        "Thames Tea Ltd",
    );
    assert_eq!(after["notice"]["state"], "acknowledged");
    assert_eq!(after["notice"]["acknowledged_by"], "[redacted]");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}
