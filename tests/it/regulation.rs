//! The regulation engine through the CLI: obligations JSON, filings and their refusals,
//! processors, NIS2/DORA classification, iCalendar export, rule overrides, ENISA.
//! Expected times are worked out by hand from the rules (see comments).

use breachlog_tests::TempRegister;
use serde_json::{json, Value};

fn obligations(reg: &TempRegister, id: &str, as_of: &str) -> Vec<Value> {
    reg.json(&["obligations", "--incident", id, "--as-of", as_of])
        .as_array()
        .unwrap()
        .clone()
}

fn find<'a>(list: &'a [Value], regime: &str, kind: &str) -> &'a Value {
    list.iter()
        .find(|o| o["regime"] == regime && o["kind"] == kind)
        .unwrap_or_else(|| panic!("{regime}/{kind} in {list:#?}"))
}

#[test]
fn obligations_json_has_exactly_the_documented_shape() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = reg.new_incident("Customer database exposed", "2026-03-27T09:00:00+01:00");
    reg.assess(&id, "2026-03-27T10:00:00+01:00", &[]);
    let list = obligations(&reg, &id, "2026-03-30T08:00:00Z");
    assert_eq!(list.len(), 1);
    let o = list[0].as_object().unwrap();
    let mut keys: Vec<&str> = o.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "anchor",
            "counting",
            "due_at",
            "id",
            "incident",
            "kind",
            "late_by_minutes",
            "recipient",
            "recipient_name",
            "reference",
            "regime",
            "status",
            "target_at"
        ]
    );
    // 09:00Z + 72 h across the 29 March DST switch = 2026-03-30 09:00Z; hours: target = limit.
    assert_eq!(o["due_at"], "2026-03-30T09:00:00.000000Z");
    assert_eq!(o["target_at"], o["due_at"]);
    assert_eq!(o["counting"], "elapsed-hours");
    assert_eq!(
        (
            o["regime"].as_str(),
            o["kind"].as_str(),
            o["recipient"].as_str()
        ),
        (Some("gdpr"), Some("notification"), Some("nl-ap"))
    );
    assert_eq!(
        (o["status"].as_str(), o["late_by_minutes"].is_null()),
        (Some("pending"), true)
    );
    assert_eq!(
        (o["anchor"].as_str(), o["reference"].as_str()),
        (Some("aware_at"), Some("GDPR Art 33(1)"))
    );
    assert_eq!(o["incident"], id.as_str());
    let later = obligations(&reg, &id, "2026-03-30T10:30:00Z");
    assert_eq!(
        (
            later[0]["status"].as_str(),
            later[0]["late_by_minutes"].as_i64()
        ),
        (Some("overdue"), Some(90))
    );
}

#[test]
fn late_filing_without_reasons_is_refused_and_writes_nothing() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = reg.new_incident("Laptop stolen", "2026-04-01T08:00:00Z");
    reg.assess(&id, "2026-04-01T10:00:00Z", &[]);
    let ob = obligations(&reg, &id, "2026-04-01T12:00:00Z")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let before = reg.event_count();
    // Due 2026-04-04 10:00Z; 12:15Z is 135 minutes late.
    let base = [
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
        "AP-123",
    ];
    let err = reg.fails(&base, 5);
    assert!(
        err.contains("reasons for the delay") && err.contains("135"),
        "{err}"
    );
    let err = reg.fails(
        &[
            "filing",
            "record",
            &id,
            "--obligation",
            &ob,
            "--at",
            "2099-01-01T00:00:00Z",
            "--channel",
            "portal",
            "--reference",
            "X",
        ],
        5,
    );
    assert!(err.contains("future"), "{err}");
    let err = reg.fails(
        &[
            "filing",
            "record",
            &id,
            "--obligation",
            &ob,
            "--at",
            "2026-04-02T00:00:00Z",
            "--channel",
            "fax",
            "--reference",
            "X",
        ],
        5,
    );
    assert!(err.contains("channel"), "{err}");
    assert_eq!(reg.event_count(), before, "refused filings write nothing");
    let mut with = base.to_vec();
    with.extend([
        "--reasons-for-delay",
        "The forensic report arrived after the deadline",
    ]);
    let f = reg.json(&with);
    let keys: Vec<&String> = f.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["id"]);
    let first = f["id"].as_str().unwrap().to_string();
    // A follow-up links to the first filing and does not change the frozen lateness.
    reg.json(&[
        "filing",
        "record",
        &id,
        "--obligation",
        &ob,
        "--at",
        "2026-04-10T09:00:00Z",
        "--channel",
        "email",
        "--reference",
        "AP-123",
        "--phase",
        "follow-up",
        "--follows",
        &first,
    ]);
    let o = &obligations(&reg, &id, "2026-05-01T00:00:00Z")[0];
    assert_eq!(
        (o["status"].as_str(), o["late_by_minutes"].as_i64()),
        (Some("filed_late"), Some(135))
    );
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
}

#[test]
fn messages_follow_the_chosen_language() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = reg.new_incident("Laptop gestohlen", "2026-04-01T08:00:00Z");
    reg.assess(&id, "2026-04-01T10:00:00Z", &[]);
    let ob = obligations(&reg, &id, "2026-04-01T12:00:00Z")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = reg
        .cmd()
        .env("BREACHLOG_LANG", "de")
        .args([
            "filing",
            "record",
            &id,
            "--obligation",
            &ob,
            "--at",
            "2026-04-05T10:00:00Z",
            "--channel",
            "portal",
            "--reference",
            "X",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Verzögerung") && err.contains("1.440 Minuten"),
        "{err}"
    );
}

/// The obligations table and the rules table cite the law the way the reader's language does
/// ("DSGVO Art. 33 Abs. 1", "AVG art. 33 lid 1"); `--json` keeps the rule file's citation.
#[test]
fn legal_references_follow_the_chosen_language() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = reg.new_incident("Laptop gestohlen", "2026-04-01T08:00:00Z");
    reg.assess(&id, "2026-04-01T10:00:00Z", &[]);
    let table = |lang: &str, args: &[&str]| -> String {
        let out = reg
            .cmd()
            .env("BREACHLOG_LANG", lang)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let de = table("de", &["obligations", "--incident", &id]);
    assert!(de.contains("DSGVO Art. 33 Abs. 1"), "{de}");
    assert!(!de.contains("GDPR"), "{de}");
    let nl = table("nl", &["rules", "list"]);
    assert!(nl.contains("AVG art. 33 lid 1"), "{nl}");
    let fr = table("fr", &["obligations", "--incident", &id]);
    assert!(fr.contains("RGPD art. 33, par. 1"), "{fr}");
    let json = obligations(&reg, &id, "2026-04-01T12:00:00Z");
    assert_eq!(json[0]["reference"], "GDPR Art 33(1)");
}

#[test]
fn processor_gets_one_notice_per_controller_and_no_authority_obligation() {
    let reg = TempRegister::new(); // processor role
    reg.customer(
        "Acme Retail",
        &["--notice-hours", "24", "--contact", "dpo@acme.test"],
    );
    reg.customer("Globex", &["--notice-hours", "36"]);
    reg.customer("Initech", &[]);
    let list = reg.json(&["controller", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 3);
    reg.fails(&["controller", "add", "--name", "globex"], 5);
    let id = reg.new_incident("SaaS tenant data exposed", "2026-02-02T08:00:00Z");
    reg.customers_breach(&id, "2026-02-02T09:00:00Z", "Acme Retail,Globex,Initech");
    let list = obligations(&reg, &id, "2026-02-03T10:00:00Z");
    let mut rows: Vec<(String, String, String)> = list
        .iter()
        .map(|o| {
            (
                o["kind"].as_str().unwrap().into(),
                o["due_at"].as_str().unwrap_or("none").into(),
                o["status"].as_str().unwrap().into(),
            )
        })
        .collect();
    rows.sort();
    // aware 09:00Z: +24 h → overdue at 10:00Z next day; +36 h → pending; no hours → never late.
    assert_eq!(
        rows,
        [
            (
                "controller-notice".into(),
                "2026-02-03T09:00:00.000000Z".into(),
                "overdue".into()
            ),
            (
                "controller-notice".into(),
                "2026-02-03T21:00:00.000000Z".into(),
                "pending".into()
            ),
            ("controller-notice".into(), "none".into(), "pending".into()),
        ]
    );
    let err = reg.fails(&["breach", "assess", &id, "--controllers", "Umbrella"], 5);
    assert!(err.contains("controllers"), "{err}");
}

#[test]
fn nis2_and_dora_classification_start_their_clocks() {
    let reg = TempRegister::dutch_controller("gdpr,nis2,dora");
    let id = reg.new_incident("Payment platform outage", "2026-09-07T08:00:00+02:00");
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "nis2",
        "--at",
        "2026-09-07T09:30:00+02:00",
        "--malicious",
        "unknown",
        "--cross-border",
        "no",
    ]);
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "dora",
        "--at",
        "2026-09-07T21:00:00+02:00",
    ]);
    let list = obligations(&reg, &id, "2026-09-07T20:00:00Z");
    assert_eq!(list.len(), 6);
    // NIS2 significant at 07:30Z: early warning 24 h, notification 72 h; final awaits the notification.
    assert_eq!(
        find(&list, "nis2", "early-warning")["due_at"],
        "2026-09-08T07:30:00.000000Z"
    );
    assert_eq!(
        find(&list, "nis2", "notification")["due_at"],
        "2026-09-10T07:30:00.000000Z"
    );
    assert_eq!(find(&list, "nis2", "final")["status"], "awaiting_anchor");
    // DORA: min(19:00Z + 4 h, 06:00Z + 24 h) = 23:00Z.
    assert_eq!(
        find(&list, "dora", "initial")["due_at"],
        "2026-09-07T23:00:00.000000Z"
    );
    let err = reg.fails(
        &[
            "incident",
            "classify",
            &id,
            "--regime",
            "gdpr",
            "--at",
            "2026-09-07T09:30:00+02:00",
        ],
        5,
    );
    assert!(err.contains("regime"), "{err}");
    reg.fails(
        &[
            "incident",
            "classify",
            &id,
            "--regime",
            "nis2",
            "--at",
            "2026-09-07T07:00:00+02:00",
        ],
        5,
    );
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
}

#[test]
fn ics_export_and_rule_overrides() {
    let reg = TempRegister::dutch_controller("gdpr,eprivacy");
    let old = reg.new_incident("Mail server breach", "2026-05-04T08:00:00Z");
    reg.assess(&old, "2026-05-04T10:00:00Z", &[]);
    let ics = reg.dir.path().join("deadlines.ics");
    reg.json(&[
        "obligations",
        "--ics",
        ics.to_str().unwrap(),
        "--as-of",
        "2026-05-04T12:00:00Z",
    ]);
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    // GDPR 72 h and ePrivacy 24 h after aware_at; the ePrivacy complete notification has no due time yet.
    assert!(text.contains("DTSTART:20260507T100000Z"), "{text}");
    assert!(text.contains("DTSTART:20260505T100000Z"), "{text}");
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
    assert!(
        text.split("\r\n").all(|line| line.len() <= 75),
        "lines are folded at 75 octets: {text}"
    );

    let human = reg.run(&[
        "breach",
        "assess",
        &old,
        "--measures",
        "Mailbox passwords reset",
    ]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        text.contains("GDPR Art 33(1)") && text.contains("2026-05-07 12:00 CEST"),
        "assess lists the deadlines: {text}"
    );
    let err = reg.fails(&["rules", "settings", "--dora-rollover", "xx"], 5);
    assert!(err.contains("nl"), "{err}");
    assert_eq!(
        reg.json(&["rules", "settings", "--dora-rollover", "de"])["dora_rollover_country"],
        "de"
    );
    // Only tighter than the law: 96 h is refused (exit 5, naming the legal maximum, in the
    // organisation's language too), nothing is written; 48 h is accepted.
    let events = reg.event_count();
    let err = reg.fails(
        &[
            "rules", "set", "--regime", "gdpr", "--rule", "art33-1", "--hours", "96",
        ],
        5,
    );
    assert!(
        err.contains("hours") && err.contains("at most 72 hours") && err.contains("GDPR Art 33(1)"),
        "{err}"
    );
    let de = reg.fails(
        &[
            "--lang", "de", "rules", "set", "--regime", "gdpr", "--rule", "art33-1", "--hours",
            "73",
        ],
        5,
    );
    assert!(de.contains("höchstens 72 Stunden"), "{de}");
    let json_err = reg
        .cmd()
        .args([
            "rules", "set", "--regime", "dora", "--rule", "initial", "--hours", "5", "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(json_err.status.code(), Some(5));
    let body: serde_json::Value = serde_json::from_slice(&json_err.stderr).unwrap();
    assert_eq!(body["error"]["code"], "invalid_input");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("at most 4 hours"),
        "{body}"
    );
    assert_eq!(reg.event_count(), events, "nothing written");
    reg.json(&[
        "rules", "set", "--regime", "gdpr", "--rule", "art33-1", "--hours", "48",
    ]);
    reg.fails(
        &[
            "rules", "set", "--regime", "gdpr", "--rule", "art34", "--hours", "48",
        ],
        5,
    );
    reg.fails(
        &[
            "rules", "set", "--regime", "gdpr", "--rule", "art33-1", "--hours", "0",
        ],
        5,
    );
    let rules = reg.json(&["rules", "list"]);
    let art33 = rules["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["regime"] == "gdpr" && r["rule"] == "art33-1")
        .unwrap()
        .clone();
    assert_eq!(
        (
            art33["hours"].as_i64(),
            art33["default_hours"].as_i64(),
            art33["overridden"].as_bool()
        ),
        (Some(48), Some(72), Some(true))
    );
    let new = reg.new_incident("Second breach", "2026-05-04T08:00:00Z");
    reg.assess(&new, "2026-05-04T10:00:00Z", &[]);
    assert_eq!(
        find(
            &obligations(&reg, &new, "2026-05-05T00:00:00Z"),
            "gdpr",
            "notification"
        )["due_at"],
        "2026-05-06T10:00:00.000000Z"
    );
    assert_eq!(
        find(
            &obligations(&reg, &old, "2026-05-05T00:00:00Z"),
            "gdpr",
            "notification"
        )["due_at"],
        "2026-05-07T10:00:00.000000Z"
    );
    let log = reg.json(&["log"]);
    assert!(log
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "rule.changed"));
}

/// `org set --dora-entity-type … --nis2-entity …` is stored in the profile, shown by `org show`
/// (and `--json`), refused when unknown (exit 5, nothing written), and decides the DORA
/// weekend roll-over of the initial notification (Delegated Regulation (EU) 2025/301 Art 5(5)).
#[test]
fn org_dora_entity_type_decides_the_initial_roll_over() {
    let reg = TempRegister::dutch_controller("dora");
    reg.json(&["rules", "settings", "--dora-rollover", "nl"]);
    let shown = reg.json(&["org", "show"]);
    assert!(shown.get("dora_entity_type").is_none() && shown.get("nis2_entity").is_none());
    let text = String::from_utf8_lossy(&reg.run(&["org", "show"]).stdout).into_owned();
    assert!(
        text.contains("DORA financial entity type:") && text.contains("not set"),
        "{text}"
    );
    let events = reg.event_count();
    let err = reg.fails(&["org", "set", "--dora-entity-type", "bank"], 5);
    assert!(
        err.contains("credit_institution, central_counterparty, trading_venue, other"),
        "{err}"
    );
    reg.fails(&["org", "set", "--nis2-entity", "maybe"], 5);
    assert_eq!(reg.event_count(), events, "nothing written");
    let org = reg.json(&[
        "org",
        "set",
        "--dora-entity-type",
        "credit_institution",
        "--nis2-entity",
        "no",
    ]);
    assert_eq!(
        (&org["dora_entity_type"], &org["nis2_entity"]),
        (&json!("credit_institution"), &json!(false))
    );
    let shown = reg.json(&["org", "show"]);
    assert_eq!(shown["dora_entity_type"], "credit_institution");
    assert_eq!(shown["nis2_entity"], false);
    let text = String::from_utf8_lossy(&reg.run(&["org", "show"]).stdout).into_owned();
    assert!(text.contains("credit institution"), "{text}");

    // Detected Friday 27 Nov 10:00 CET, classified major Saturday 08:00 CET: due Saturday 10:00
    // CET (09:00Z), the 24 hours after awareness; a credit institution does not roll it over.
    let classify = |id: &str| {
        reg.json(&[
            "incident",
            "classify",
            id,
            "--regime",
            "dora",
            "--at",
            "2026-11-28T08:00:00+01:00",
        ]);
    };
    let a = reg.new_incident("Payments outage", "2026-11-27T10:00:00+01:00");
    classify(&a);
    assert_eq!(
        find(
            &obligations(&reg, &a, "2026-11-28T08:00:00Z"),
            "dora",
            "initial"
        )["due_at"],
        "2026-11-28T09:00:00.000000Z"
    );
    // Another financial entity, not a NIS2 entity: Monday 30 Nov 12:00 CET (11:00Z).
    reg.json(&["org", "set", "--dora-entity-type", "other"]);
    let b = reg.new_incident("Portal outage", "2026-11-27T10:00:00+01:00");
    classify(&b);
    assert_eq!(
        find(
            &obligations(&reg, &b, "2026-11-28T08:00:00Z"),
            "dora",
            "initial"
        )["due_at"],
        "2026-11-30T11:00:00.000000Z"
    );
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// `filing record --complete no` on a first GDPR notification opens the rest of it (Art 33(4),
/// without undue further delay: no due time); on the ePrivacy notification the second
/// notification stays owed only when the first was incomplete (Regulation 611/2013 Art 2(3)).
#[test]
fn filing_record_complete_drives_the_phased_notifications() {
    let reg = TempRegister::dutch_controller("gdpr,eprivacy");
    let id = reg.new_incident("Mail server breach", "2026-05-04T08:00:00Z");
    reg.assess(&id, "2026-05-04T10:00:00Z", &[]);
    let list = obligations(&reg, &id, "2026-05-04T12:00:00Z");
    let gdpr = find(&list, "gdpr", "notification")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let eprivacy = find(&list, "eprivacy", "initial")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let record = |ob: &str, complete: &str| {
        reg.json(&[
            "filing",
            "record",
            &id,
            "--obligation",
            ob,
            "--at",
            "2026-05-05T09:00:00Z",
            "--channel",
            "portal",
            "--reference",
            "AP-1",
            "--complete",
            complete,
        ])
    };
    reg.fails(
        &[
            "filing",
            "record",
            &id,
            "--obligation",
            &gdpr,
            "--at",
            "2026-05-05T09:00:00Z",
            "--channel",
            "portal",
            "--reference",
            "AP-1",
            "--complete",
            "partly",
        ],
        5,
    );
    record(&gdpr, "no");
    record(&eprivacy, "yes");
    let list = obligations(&reg, &id, "2026-05-06T00:00:00Z");
    let rest = find(&list, "gdpr", "complete");
    assert_eq!(
        (&rest["status"], &rest["due_at"], &rest["reference"]),
        (&json!("pending"), &Value::Null, &json!("GDPR Art 33(4)"))
    );
    assert_eq!(
        find(&list, "eprivacy", "complete")["status"],
        "not_required"
    );
    let filings = reg.json(&["filing", "list", &id]);
    let stated: Vec<&Value> = filings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| &f["complete"])
        .collect();
    assert!(
        stated.contains(&&json!(false)) && stated.contains(&&json!(true)),
        "{filings}"
    );
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

#[test]
fn org_regimes_and_exercises() {
    let reg = TempRegister::dutch_controller("gdpr");
    reg.fails(&["org", "set", "--regimes", "gdpr,hipaa"], 5);
    let org = reg.json(&["org", "set", "--regimes", "gdpr,uk-gdpr"]);
    assert_eq!(org["regimes"], serde_json::json!(["gdpr", "uk-gdpr"]));
    let drill = reg.json(&[
        "incident",
        "new",
        "--title",
        "Tabletop exercise",
        "--detected-at",
        "2026-05-04T08:00:00Z",
        "--exercise",
    ]);
    let drill = drill["id"].as_str().unwrap();
    reg.assess(drill, "2026-05-04T09:00:00Z", &[]);
    assert!(obligations(&reg, drill, "2026-05-05T00:00:00Z").is_empty());
    let id = reg.new_incident("Real one", "2026-05-04T08:00:00Z");
    reg.assess(&id, "2026-05-04T09:00:00Z", &[]);
    let list = obligations(&reg, &id, "2026-05-05T00:00:00Z");
    let recipients: Vec<&str> = list
        .iter()
        .map(|o| o["recipient"].as_str().unwrap())
        .collect();
    assert!(
        recipients.contains(&"nl-ap") && recipients.contains(&"uk-ico"),
        "{recipients:?}"
    );
    reg.fails(
        &[
            "breach",
            "assess",
            &id,
            "--risk",
            "high",
            "--risk-reasoning",
            "Health data",
            "--decision",
            "no-notify",
            "--decision-rationale",
            "x",
        ],
        5,
    );
    reg.fails(&["breach", "assess", &id, "--art34-exemption", "d"], 5);
}

#[test]
fn enisa_calculator_prints_score_band_and_arithmetic() {
    let reg = TempRegister::dutch_controller("gdpr");
    // Financial data (3), EI significant (0.75), disclosed to a known number of recipients
    // (+0.25), malicious (+0.5): 2.25 + 0.75 = 3 high.
    let v = reg.json(&[
        "risk",
        "enisa",
        "--dpc",
        "3",
        "--ei",
        "0.75",
        "--cb-confidentiality",
        "known_recipients",
        "--malicious",
    ]);
    assert_eq!(
        (v["score"].as_str(), v["band"].as_str()),
        (Some("3"), Some("high"))
    );
    assert_eq!(
        v["arithmetic"],
        "DPC 3 × EI 0.75 + CB 0.75 (C 0.25 + I 0 + A 0 + M 0.5) = 3"
    );
    // Sensitive data adjusted down by one: (4 - 1) × 0.5 + 0 = 1.5 low.
    let v = reg.json(&[
        "risk",
        "enisa",
        "--dpc",
        "4",
        "--dpc-adjust",
        "-1",
        "--ei",
        "limited",
    ]);
    assert_eq!(
        (v["score"].as_str(), v["band"].as_str(), v["dpc"].as_i64()),
        (Some("1.5"), Some("low"), Some(3))
    );
    reg.fails(&["risk", "enisa", "--dpc", "5", "--ei", "1"], 5);
    // Stored with the assessment.
    let id = reg.new_incident("Ransomware", "2026-05-04T08:00:00Z");
    reg.json(&[
        "risk",
        "enisa",
        "--dpc",
        "1",
        "--ei",
        "1",
        "--cb-availability",
        "temporary",
        "--malicious",
        "--incident",
        &id,
    ]);
    let shown = reg.json(&["incident", "show", &id]);
    assert_eq!(shown["assessment"]["enisa"]["score"], "1.75");
    let human = reg.run(&["risk", "enisa", "--dpc", "2", "--ei", "1"]);
    assert!(String::from_utf8_lossy(&human.stdout).contains("Severity 2: medium"));
}

#[test]
fn notify_draft_json_in_the_authority_language() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = reg.customer_list_breach();
    let d = reg.json(&["notify", "draft", &id, "--authority", "nl-ap"]);
    let mut keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "authority",
            "changed_since_filing",
            "language",
            "missing",
            "sections",
            "unanswered"
        ]
    );
    assert_eq!(d["changed_since_filing"], serde_json::json!([]));
    assert_eq!(
        (d["authority"].as_str(), d["language"].as_str()),
        (Some("nl-ap"), Some("nl"))
    );
    let section = &d["sections"][0];
    assert_eq!(section["id"], "notification");
    assert_eq!(section["fields"][0]["id"], "notification_type");
    assert_eq!(section["fields"][0]["value"], "Nieuwe melding");
    let missing: Vec<&str> = d["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert_eq!(
        missing,
        [
            "subject_categories",
            "records_approx",
            "consequences",
            "measures"
        ]
    );
    // BE by choice in German; the global --lang (en, the UI language) does not change an AP draft.
    let be = reg.json(&[
        "notify",
        "draft",
        &id,
        "--authority",
        "be-apd",
        "--draft-lang",
        "de",
    ]);
    assert_eq!(be["language"], "de");
    let ap = reg.json(&[
        "notify",
        "draft",
        &id,
        "--authority",
        "nl-ap",
        "--lang",
        "en",
    ]);
    assert_eq!(ap["language"], "nl");
    reg.fails(
        &[
            "notify",
            "draft",
            &id,
            "--authority",
            "nl-ap",
            "--draft-lang",
            "fr",
        ],
        5,
    );
    reg.fails(&["notify", "draft", &id, "--authority", "zz-nobody"], 5);
    let human = reg.run(&["notify", "draft", &id, "--authority", "de-bfdi"]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        text.contains("[Kategorien personenbezogener Daten]\nnaam, e-mailadres"),
        "{text}"
    );
    let subjects = reg.json(&["notify", "subjects", &id, "--draft-lang", "fr"]);
    assert_eq!(subjects["language"], "fr");
    assert!(subjects["authority"].is_null());
}

#[test]
fn authority_contact_log_puts_the_response_due_among_obligations() {
    let reg = TempRegister::dutch_controller("gdpr");
    let all = reg.json(&["authority", "list"]);
    assert!(all.as_array().unwrap().len() >= 48);
    let req = reg.json(&[
        "authority",
        "log",
        "--authority",
        "nl-ap",
        "--direction",
        "incoming",
        "--at",
        "2026-06-01T09:00:00Z",
        "--subject",
        "Proof of compliance requested",
        "--reference",
        "AP-77",
        "--response-due",
        "2026-06-15T17:00:00+02:00",
    ]);
    let req = req["id"].as_str().unwrap().to_string();
    let list = reg.json(&["obligations", "--as-of", "2026-06-10T00:00:00Z"]);
    let o = &list.as_array().unwrap()[0];
    assert_eq!(
        (
            o["kind"].as_str(),
            o["status"].as_str(),
            o["incident"].is_null()
        ),
        (Some("authority-request"), Some("pending"), true)
    );
    assert_eq!(o["due_at"], "2026-06-15T15:00:00.000000Z");
    reg.fails(
        &[
            "authority",
            "log",
            "--authority",
            "nl-ap",
            "--direction",
            "sideways",
            "--at",
            "2026-06-01T09:00:00Z",
            "--subject",
            "x",
        ],
        5,
    );
    reg.json(&[
        "authority",
        "log",
        "--authority",
        "nl-ap",
        "--direction",
        "outgoing",
        "--at",
        "2026-06-16T09:00:00Z",
        "--subject",
        "Answer",
        "--answers",
        &req,
    ]);
    let o = &reg.json(&["obligations", "--as-of", "2026-07-01T00:00:00Z"])[0];
    // Answered 2026-06-16 09:00Z, due 2026-06-15 15:00Z: 18 hours late.
    assert_eq!(
        (o["status"].as_str(), o["late_by_minutes"].as_i64()),
        (Some("filed_late"), Some(1080))
    );
    assert_eq!(
        reg.json(&["authority", "contacts"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn obligation_not_required_by_hand_is_kept_with_its_reasoning() {
    let reg = TempRegister::dutch_controller("gdpr,nis2");
    let id = reg.new_incident("Outage", "2026-06-10T08:00:00Z");
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "nis2",
        "--at",
        "2026-06-10T09:00:00Z",
    ]);
    let shown = reg.json(&["incident", "show", &id]);
    assert_eq!(shown["obligations"].as_array().unwrap().len(), 3);
    let ew = find(
        &obligations(&reg, &id, "2026-06-10T10:00:00Z"),
        "nis2",
        "early-warning",
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    let before = reg.event_count();
    reg.fails(&["obligation", "not-required", &ew, "--rationale", ""], 5);
    assert_eq!(reg.event_count(), before);
    let v = reg.json(&[
        "obligation",
        "not-required",
        &ew,
        "--rationale",
        "Not significant after consulting the CSIRT",
    ]);
    assert_eq!(v["status"], "not_required");
    assert_eq!(v["obligation"]["not_required"]["decider"], "pieter.tester");
    assert_eq!(v["obligation"]["reference"], "NIS2 Art 23(4)(a)");
    assert_eq!(v["obligation"]["hours"], 24);
    reg.fails(
        &["obligation", "not-required", &ew, "--rationale", "again"],
        5,
    );
    let v = reg.json(&["obligation", "reinstate", &ew]);
    assert_eq!(v["status"], "overdue");
    let human = reg.run(&[
        "obligations",
        "--incident",
        &id,
        "--as-of",
        "2026-06-10T10:00:00Z",
    ]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        text.contains("early warning") && text.contains("2026-06-11 11:00 CEST"),
        "{text}"
    );
}

/// A filing with the lead authority (AP) belongs to the AP's notification: a draft for another
/// authority (CNIL) is a new notification without the AP's reference or its reasons for delay.
#[test]
fn another_authoritys_draft_does_not_borrow_the_lead_authoritys_filing() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = reg.new_incident("Klantbestand gelekt", "2026-05-04T08:00:00Z");
    reg.assess(&id, "2026-05-04T10:00:00Z", &[]);
    let list = reg.json(&[
        "obligations",
        "--incident",
        &id,
        "--as-of",
        "2026-05-04T12:00:00Z",
    ]);
    let ob = list
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["recipient"] == "nl-ap")
        .expect("obligation to the AP")["id"]
        .as_str()
        .unwrap()
        .to_string();
    reg.json(&[
        "filing",
        "record",
        &id,
        "--obligation",
        &ob,
        "--at",
        "2026-05-04T12:00:00Z",
        "--channel",
        "portal",
        "--reference",
        "AP-2026-0042",
    ]);
    let field = |d: &Value, id: &str| -> String {
        d["sections"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["fields"].as_array().unwrap().iter())
            .find(|f| f["id"] == id)
            .map(|f| f["value"].as_str().unwrap_or_default().to_string())
            .unwrap_or_default()
    };
    let ap = reg.json(&["notify", "draft", &id, "--authority", "nl-ap"]);
    assert_eq!(
        field(&ap, "reference"),
        "AP-2026-0042",
        "the AP draft completes the AP filing"
    );
    let cnil = reg.json(&["notify", "draft", &id, "--authority", "fr-cnil"]);
    assert_eq!(field(&cnil, "reference"), "", "{cnil}");
    assert_ne!(field(&cnil, "notification_type"), "", "{cnil}");
    assert!(!cnil.to_string().contains("AP-2026-0042"), "{cnil}");
}

/// Cyber Resilience Act Art 14 through the CLI. Aware Tuesday 20 Oct 2026 10:00 CEST (08:00Z) of
/// an actively exploited vulnerability: early warning 24 h → 21 Oct 08:00Z, notification 72 h →
/// 23 Oct 08:00Z; the final report awaits the corrective measure, then 14 calendar days after it:
/// measure 22 Oct 15:30 CEST → 5 Nov 15:30 CET = 14:30Z (summer time ended on 25 Oct).
#[test]
fn cra_reports_through_the_cli() {
    let reg = TempRegister::dutch_controller("gdpr,cra");
    let id = reg.new_incident("Chat widget exploited", "2026-10-20T09:00:00+02:00");
    // Without its kind the classification is refused, naming the field, and nothing is written.
    let err = reg.fails(
        &[
            "incident",
            "classify",
            &id,
            "--regime",
            "cra",
            "--at",
            "2026-10-20T10:00:00+02:00",
        ],
        5,
    );
    assert!(
        err.contains("cra_kind") || err.contains("Cyber Resilience"),
        "{err}"
    );
    assert!(obligations(&reg, &id, "2026-10-20T09:00:00Z").is_empty());
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "cra",
        "--cra-kind",
        "exploited-vulnerability",
        "--at",
        "2026-10-20T10:00:00+02:00",
    ]);
    let list = obligations(&reg, &id, "2026-10-20T09:00:00Z");
    assert_eq!(list.len(), 3);
    let warning = find(&list, "cra", "early-warning");
    assert_eq!(warning["due_at"], "2026-10-21T08:00:00.000000Z");
    assert_eq!(warning["recipient"], "csirt-coordinator");
    assert_eq!(
        find(&list, "cra", "notification")["due_at"],
        "2026-10-23T08:00:00.000000Z"
    );
    assert_eq!(find(&list, "cra", "final")["status"], "awaiting_anchor");
    reg.json(&[
        "incident",
        "update",
        &id,
        "--corrective-measure-at",
        "2026-10-22T15:30:00+02:00",
    ]);
    // 14 days under 1182/71 Art 3(2)(b): the whole of Thursday 5 November (23:59:59 CET);
    // the target is the corrective measure's clock time, 15:30 CET = 14:30Z.
    let list = obligations(&reg, &id, "2026-11-05T14:31:00Z");
    let fin = find(&list, "cra", "final");
    assert_eq!(fin["due_at"], "2026-11-05T22:59:59.999999Z");
    assert_eq!(fin["target_at"], "2026-11-05T14:30:00.000000Z");
    assert_eq!(fin["counting"], "eu-1182-71-days");
    assert_eq!(fin["status"], "pending");
    let list = obligations(&reg, &id, "2026-11-05T23:00:00Z");
    assert_eq!(find(&list, "cra", "final")["status"], "overdue");
    // A corrective measure "in the future" is refused with exit 5.
    let err = reg.fails(
        &[
            "incident",
            "update",
            &id,
            "--corrective-measure-at",
            "2099-01-01T00:00:00Z",
        ],
        5,
    );
    assert!(err.contains("corrective"), "{err}");
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
}

/// DORA: recovery recorded with `incident update --recovered-at` opens the updated intermediate
/// report (without undue delay); the initial notification shows the Art 5(3) action in its last
/// hour (classified 19:00Z, due 23:00Z: at risk from 22:00Z).
#[test]
fn dora_recovery_and_the_delay_notice_through_the_cli() {
    let reg = TempRegister::dutch_controller("dora");
    let id = reg.new_incident("Payment platform outage", "2026-09-07T08:00:00+02:00");
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "dora",
        "--at",
        "2026-09-07T21:00:00+02:00",
    ]);
    let before = obligations(&reg, &id, "2026-09-07T21:59:00Z");
    assert!(find(&before, "dora", "initial").get("action").is_none());
    let at_risk = obligations(&reg, &id, "2026-09-07T22:00:00Z");
    assert_eq!(find(&at_risk, "dora", "initial")["action"], "inform-delay");
    reg.json(&[
        "incident",
        "update",
        &id,
        "--recovered-at",
        "2026-09-09T12:00:00+02:00",
    ]);
    let list = obligations(&reg, &id, "2026-12-01T00:00:00Z");
    let updated = find(&list, "dora", "updated-intermediate");
    assert_eq!(updated["due_at"], Value::Null);
    assert_eq!(updated["status"], "pending");
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
}

fn file_at(reg: &TempRegister, id: &str, ob: &str, at: &str) -> std::process::Output {
    reg.run(&[
        "filing",
        "record",
        id,
        "--obligation",
        ob,
        "--at",
        at,
        "--channel",
        "portal",
        "--reference",
        "CSIRT-1",
    ])
}

fn nis2_notified(
    reg: &TempRegister,
    detected: &str,
    classified: &str,
    notified: &str,
) -> (String, std::process::Output) {
    let id = reg.new_incident("Outage", detected);
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "nis2",
        "--at",
        classified,
        "--malicious",
        "unknown",
        "--cross-border",
        "no",
    ]);
    let list = obligations(reg, &id, classified);
    let n = find(&list, "nis2", "notification")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = file_at(reg, &id, &n, notified);
    (id, out)
}

/// NIS2's final report counts under Regulation 1182/71 (docs/regulation.md "Counting rules"):
/// notification filed 3 March 2026 10:00 CET, the last day 3 April is Good Friday (a holiday
/// for counting terms in the Netherlands), then the weekend and Easter Monday: the limit is the
/// end of Tuesday 7 April; the target is 10:00 CEST on 3 April. A period whose days fall in a year
/// the holiday data does not cover is refused with a message saying so, and nothing is written.
#[test]
fn nis2_final_report_counts_under_1182_71_and_years_outside_the_holiday_data_are_refused() {
    let reg = TempRegister::dutch_controller("gdpr,nis2");
    let (id, out) = nis2_notified(
        &reg,
        "2026-03-02T08:00:00+01:00",
        "2026-03-02T09:00:00+01:00",
        "2026-03-03T10:00:00+01:00",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = obligations(&reg, &id, "2026-04-07T21:59:00Z");
    let fin = find(&list, "nis2", "final");
    assert_eq!(
        (
            &fin["due_at"],
            &fin["target_at"],
            &fin["counting"],
            &fin["status"]
        ),
        (
            &json!("2026-04-07T21:59:59.999999Z"),
            &json!("2026-04-03T08:00:00.000000Z"),
            &json!("eu-1182-71-months"),
            &json!("pending")
        )
    );
    let after = obligations(&reg, &id, "2026-04-07T22:00:00Z");
    assert_eq!(
        (
            &find(&after, "nis2", "final")["status"],
            &find(&after, "nis2", "final")["late_by_minutes"]
        ),
        (&json!("overdue"), &json!(1))
    );
    let human = reg.run(&[
        "obligations",
        "--incident",
        &id,
        "--as-of",
        "2026-03-20T00:00:00Z",
    ]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        text.contains("aim for 2026-04-03 10:00 CEST · legal limit 2026-04-07 23:59 CEST"),
        "{text}"
    );

    // 2019 is outside the holiday data (2020–2040): the notification filed on 15 November
    // 2019 would open a final report whose last day is in 2019.
    let (old, out) = nis2_notified(
        &reg,
        "2019-11-14T08:00:00+01:00",
        "2019-11-14T09:00:00+01:00",
        "2019-11-15T10:00:00+01:00",
    );
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("NL") && err.contains("2019") && err.contains("2020") && err.contains("2040"),
        "{err}"
    );
    // The incident and its classification were written; the filing was not.
    assert_eq!(reg.json(&["filing", "list", &old]), json!([]));
}

/// A German organisation's NIS2 final report counts under §§ 187(1), 188(2) BGB
/// (`de-bgb-months`, docs/regulation.md): notification filed Wednesday 6 May 2026 10:00 CEST, the
/// last day Saturday 6 June does not move (1182/71 would move it to Monday 8 June): pending at
/// its last instant, overdue just after.
#[test]
fn a_german_organisations_nis2_final_report_ends_with_the_same_date_without_a_weekend_roll_over() {
    let reg = TempRegister::with_init(&[
        "--org-name",
        "Fiktive GmbH",
        "--timezone",
        "Europe/Berlin",
        "--role",
        "controller",
        "--lead-authority",
        "de-bfdi",
        "--regimes",
        "gdpr,nis2",
    ]);
    let (id, out) = nis2_notified(
        &reg,
        "2026-05-05T08:00:00+02:00",
        "2026-05-05T09:00:00+02:00",
        "2026-05-06T10:00:00+02:00",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = obligations(&reg, &id, "2026-06-06T21:59:59.999999Z");
    let fin = find(&list, "nis2", "final");
    assert_eq!(
        (
            &fin["due_at"],
            &fin["target_at"],
            &fin["counting"],
            &fin["status"]
        ),
        (
            &json!("2026-06-06T21:59:59.999999Z"),
            &json!("2026-06-06T08:00:00.000000Z"),
            &json!("de-bgb-months"),
            &json!("pending")
        )
    );
    let after = obligations(&reg, &id, "2026-06-06T22:00:00Z");
    assert_eq!(find(&after, "nis2", "final")["status"], json!("overdue"));
}
