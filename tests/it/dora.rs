//! Issue 14 item 9 through the CLI: the DORA major ICT-related incident report of Implementing
//! Regulation (EU) 2025/302 Annex I (field numbers of its Annex II data glossary) as a JSON file
//! and as an issued PDF, its answers on the incident, and the filing of each stage refused while
//! a field Annex II makes mandatory for that stage is empty.

use std::path::Path;

use breachlog_tests::TempRegister;
use serde_json::Value;

use crate::reports::text_of;

/// A credit institution's major incident: detected 2026-09-07 08:00 CEST, classified 09:00.
fn dora_incident() -> (TempRegister, String) {
    let reg = TempRegister::dutch_controller("dora");
    reg.json(&["org", "set", "--dora-entity-type", "credit_institution"]);
    let id = reg.new_incident("Payment platform outage", "2026-09-07T08:00:00+02:00");
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "dora",
        "--at",
        "2026-09-07T09:00:00+02:00",
    ]);
    (reg, id)
}

fn read(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn field<'a>(r: &'a Value, number: &str) -> &'a Value {
    r["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["number"] == number)
        .unwrap_or_else(|| panic!("no field {number}"))
}

fn numbers(r: &Value, key: &str) -> Vec<String> {
    r[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

const INITIAL_ANSWERS: &[&str] = &[
    "1.3=529900T8BM49AURSDO55",
    "1.7=Anna de Vries",
    "1.8=anna@example.test",
    "1.9=+31 20 123 4567",
    "1.10=Piet Jansen",
    "1.11=piet@example.test",
    "1.12=+31 20 765 4321",
    "1.15=EUR",
    "2.5=critical_services_affected,duration_and_service_downtime",
    "2.7=monitoring_systems",
    "2.9=yes",
];

fn answer(reg: &TempRegister, id: &str, answers: &[&str]) -> Value {
    let mut args = vec!["breach", "assess", id];
    for a in answers {
        args.push("--dora");
        args.push(a);
    }
    reg.json(&args)
}

#[test]
fn the_json_file_has_every_field_of_the_stage_under_its_number_filled_or_missing() {
    let (reg, id) = dora_incident();
    let out = reg.dir.path().join("initial.json");
    let o = out.to_str().unwrap();
    let printed = reg.json(&[
        "report", "dora", &id, "--stage", "initial", "--format", "json", "--out", o,
    ]);
    let r = read(&out);
    assert_eq!(printed["missing"], r["missing"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // Sections 1 and 2 of Annex I, nothing of the later reports.
    let all: Vec<String> = r["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["number"].as_str().unwrap().to_string())
        .collect();
    let expected: Vec<String> = (1..=15)
        .map(|i| format!("1.{i}"))
        .chain((1..=10).map(|i| format!("2.{i}")))
        .collect();
    assert_eq!(all, expected);
    assert_eq!(r["stage"], "initial");
    assert_eq!(
        r["source_url"],
        "https://eur-lex.europa.eu/eli/reg_impl/2025/302/oj"
    );
    // From the record.
    assert_eq!(field(&r, "1.1")["value"], "initial_notification");
    assert_eq!(field(&r, "1.2")["value"], "Fictional Shop B.V.");
    assert_eq!(
        field(&r, "1.4")["value"],
        serde_json::json!(["credit_institution"])
    );
    assert_eq!(field(&r, "2.1")["value"], id.as_str());
    assert_eq!(field(&r, "2.2")["value"], "2026-09-07T06:00:00Z");
    assert_eq!(field(&r, "2.3")["value"], "2026-09-07T07:00:00Z");
    assert_eq!(
        field(&r, "2.2")["label"],
        "2.2 Date and time of detection of the major ICT-related incident"
    );
    // Flagged: exactly the mandatory ones still empty; the conditional ones are never flagged.
    assert_eq!(
        numbers(&r, "missing"),
        ["1.3", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.15", "2.5", "2.7", "2.9"]
    );
    assert_eq!(field(&r, "2.8")["value"], Value::Null);
    assert_eq!(field(&r, "2.8")["missing"], false);
    // The register file itself is never an output.
    let db = reg.db.to_str().unwrap();
    reg.fails(
        &[
            "report", "dora", &id, "--stage", "initial", "--format", "json", "--out", db,
        ],
        5,
    );
    // In the four languages: German labels, the same numbers and values.
    for (lang, label) in [
        (
            "de",
            "2.7 Entdeckung des schwerwiegenden IKT-bezogenen Vorfalls",
        ),
        (
            "nl",
            "2.7 Ontdekking van het ernstige ICT-gerelateerde incident",
        ),
        ("fr", "2.7 Découverte de l’incident majeur lié aux TIC"),
    ] {
        let d = reg.json(&[
            "notify",
            "dora",
            &id,
            "--stage",
            "initial",
            "--draft-lang",
            lang,
        ]);
        let f = d["sections"][1]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "2.7")
            .unwrap()
            .clone();
        assert_eq!(f["label"], label);
        assert_eq!(numbers(&d, "missing").len(), 11);
    }
}

#[test]
fn answers_are_checked_and_each_stage_is_filed_only_with_its_mandatory_fields() {
    let (reg, id) = dora_incident();
    let events = reg.event_count();
    let err = reg.fails(&["breach", "assess", &id, "--dora", "2.7=psychic"], 5);
    assert!(
        err.contains("2.7 Discovery of the major ICT-related incident"),
        "{err}"
    );
    assert!(err.contains("monitoring_systems"), "{err}");
    let err = reg.fails(
        &[
            "breach",
            "assess",
            &id,
            "--dora",
            "2.2=2026-09-07T08:00:00Z",
        ],
        5,
    );
    assert!(err.contains("DORA field number"), "{err}");
    reg.fails(&["breach", "assess", &id, "--dora", "3.4=many"], 5);
    assert_eq!(reg.event_count(), events, "a refused answer wrote an event");
    // Filing the initial notification: refused, naming the empty mandatory fields.
    let list = reg.json(&["obligations", "--incident", &id]);
    let initial = list
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["regime"] == "dora" && o["kind"] == "initial")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let file = |ob: &str, at: &str, extra: &[&str]| {
        let mut args = vec![
            "filing",
            "record",
            id.as_str(),
            "--obligation",
            ob,
            "--at",
            at,
            "--channel",
            "portal",
            "--reference",
            "DNB-2026-17",
        ];
        args.extend_from_slice(extra);
        reg.run(&args)
    };
    let out = file(&initial, "2026-09-07T10:00:00+02:00", &[]);
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("1.3, 1.7, 1.8, 1.9, 1.10, 1.11, 1.12, 1.15, 2.5, 2.7, 2.9"),
        "{err}"
    );
    answer(&reg, &id, INITIAL_ANSWERS);
    let d = reg.json(&["notify", "dora", &id, "--stage", "initial"]);
    assert_eq!(d["missing"], serde_json::json!([]));
    let out = file(&initial, "2026-09-07T10:00:00+02:00", &["--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The filing kept the report as sent: nothing changed since.
    let d = reg.json(&["notify", "dora", &id, "--stage", "initial"]);
    assert_eq!(d["since_filing"]["snapshot"], true);
    assert_eq!(d["changed_since_filing"], serde_json::json!([]));
    answer(&reg, &id, &["2.9=no"]);
    let d = reg.json(&["notify", "dora", &id, "--stage", "initial"]);
    assert_eq!(d["changed_since_filing"][0]["field"], "2.9");
    assert_eq!(d["changed_since_filing"][0]["before"], "yes");
    assert_eq!(d["changed_since_filing"][0]["after"], "no");
    // The intermediate report: the authority's reference (3.1) comes from the filing; the
    // section 3 fields Annex II makes mandatory are still empty.
    let out = reg.dir.path().join("intermediate.json");
    let r = reg.json(&[
        "report",
        "dora",
        &id,
        "--stage",
        "intermediate",
        "--format",
        "json",
        "--out",
        out.to_str().unwrap(),
    ]);
    let r3 = read(&out);
    assert_eq!(field(&r3, "3.1")["value"], "DNB-2026-17");
    assert_eq!(
        numbers(&r, "missing"),
        [
            "3.2", "3.4", "3.5", "3.6", "3.7", "3.12", "3.15", "3.22", "3.23", "3.27", "3.28",
            "3.30", "3.31", "3.33"
        ]
    );
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
}

#[test]
fn the_pdf_is_issued_with_the_numbered_fields_and_what_is_still_missing() {
    let (reg, id) = dora_incident();
    answer(&reg, &id, &INITIAL_ANSWERS[..8]);
    let pdf = reg.dir.path().join("initial.pdf");
    let issued = reg.json(&[
        "report",
        "dora",
        &id,
        "--stage",
        "initial",
        "--format",
        "pdf",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(issued["kind"], "dora");
    let text = text_of(&pdf);
    for needle in [
        "DORA initial notification of a major ICT-related incident",
        "Implementing Regulation (EU) 2025/302",
        "1.7 Primary contact person name",
        "Anna de Vries",
        "2.2 Date and time of detection of the major ICT-related incident",
        "Mandatory for this report and still empty: 2.5 Classification criteria",
    ] {
        assert!(text.contains(needle), "{needle} not in {text}");
    }
    // An unknown stage or format is refused naming it.
    let out = reg.dir.path().join("x.pdf");
    let err = reg.fails(
        &[
            "report",
            "dora",
            &id,
            "--stage",
            "preliminary",
            "--out",
            out.to_str().unwrap(),
        ],
        5,
    );
    assert!(err.contains("initial, intermediate, final"), "{err}");
    let err = reg.fails(
        &[
            "report",
            "dora",
            &id,
            "--stage",
            "final",
            "--format",
            "xml",
            "--out",
            out.to_str().unwrap(),
        ],
        5,
    );
    assert!(err.contains("json, pdf"), "{err}");
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true);
}

/// Issue 14 item 12: before filing, every obligation says what its filing still lacks at its
/// stage, and whether the filing is refused until it is answered (only where the law makes the
/// content mandatory: DORA), in the organisation's language or --lang.
#[test]
fn notify_missing_lists_per_obligation_what_its_stage_still_lacks_and_what_blocks() {
    let reg = TempRegister::dutch_controller("gdpr,dora");
    reg.json(&["org", "set", "--dora-entity-type", "credit_institution"]);
    let id = reg.new_incident("Payment platform outage", "2026-09-07T08:00:00+02:00");
    reg.assess(
        &id,
        "2026-09-07T08:30:00+02:00",
        &["--risk", "risk", "--risk-reasoning", "test"],
    );
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "dora",
        "--at",
        "2026-09-07T09:00:00+02:00",
    ]);
    let list = reg.json(&["notify", "missing", &id]);
    let list = list.as_array().unwrap();
    let of = |regime: &str, rule: &str| {
        list.iter()
            .find(|r| r["regime"] == regime && r["rule"] == rule)
            .unwrap_or_else(|| panic!("{regime}/{rule} in {list:?}"))
            .clone()
    };
    let dora = of("dora", "initial");
    assert_eq!(dora["blocking"], true);
    assert_eq!(dora["stage"], "initial");
    let ids: Vec<&str> = dora["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["1.3", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.15", "2.5", "2.7", "2.9"]
    );
    // The intermediate report's own fields are not asked of the initial notification.
    assert!(!ids.iter().any(|i| i.starts_with('3')));
    let gdpr = of("gdpr", "art33-1");
    assert_eq!(gdpr["blocking"], false);
    assert_eq!(gdpr["basis"], "GDPR Art 33(3), (4)");
    assert!(gdpr["missing"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["id"] == "consequences"));
    // Answered: nothing left for the initial notification; the human list says so, in German.
    answer(&reg, &id, INITIAL_ANSWERS);
    let list = reg.json(&["notify", "missing", &id]);
    let dora = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["regime"] == "dora" && r["rule"] == "initial")
        .unwrap();
    assert_eq!(dora["missing"], serde_json::json!([]));
    let out = reg.run(&["--lang", "de", "notify", "missing", &id]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("nichts fehlt"), "{text}");
    assert!(
        text.contains("Fehlt noch (angezeigt; die Übermittlung wird nicht abgelehnt)"),
        "{text}"
    );
}

#[test]
fn the_organisation_profile_fills_the_entitys_fields_of_every_dora_report_sealed_and_checked() {
    let (reg, id) = dora_incident();
    let events = |reg: &TempRegister| {
        reg.json(&["log"])
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["kind"] == "org.updated")
            .count()
    };
    let before = events(&reg);
    // ISO 17442: the check digits of 7LTWFZYICNSX8D621K86 (a real LEI) changed → refused.
    let err = reg.fails(&["org", "set", "--lei", "7LTWFZYICNSX8D621K87"], 5);
    assert!(err.contains("LEI"), "{err}");
    assert!(err.contains("MOD 97-10"), "{err}");
    let err = reg.fails(
        &["org", "set", "--dora-contact-email", "anna.example.test"],
        5,
    );
    assert!(
        err.contains("DORA primary contact person's e-mail"),
        "{err}"
    );
    let err = reg.fails(&["org", "set", "--reporting-currency", "USD"], 5);
    assert!(err.contains("reporting currency"), "{err}");
    assert_eq!(events(&reg), before, "a refused change wrote an event");
    reg.json(&[
        "org",
        "set",
        "--lei",
        "7ltwfzyicnsx8d621k86",
        "--dora-contact-name",
        "Anna de Vries",
        "--dora-contact-email",
        "anna@example.test",
        "--dora-contact-phone",
        "+31 20 123 4567",
        "--dora-second-contact-name",
        "Piet Jansen",
        "--dora-second-contact-email",
        "piet@example.test",
        "--dora-second-contact-phone",
        "+31 20 765 4321",
        "--parent-undertaking",
        "Fictional Holding N.V.",
        "--parent-lei",
        "529900T8BM49AURSDO55",
        "--reporting-currency",
        "eur",
    ]);
    // An incident's own answer still wins for that incident (registers that answered 1.7
    // per incident before keep their answer).
    answer(&reg, &id, &["1.7=Karin Bakker"]);
    let out = reg.dir.path().join("initial.json");
    let o = out.to_str().unwrap();
    reg.json(&[
        "report", "dora", &id, "--stage", "initial", "--format", "json", "--out", o,
    ]);
    let r = read(&out);
    for (n, v) in [
        ("1.3", "7LTWFZYICNSX8D621K86"),
        ("1.7", "Karin Bakker"),
        ("1.8", "anna@example.test"),
        ("1.9", "+31 20 123 4567"),
        ("1.10", "Piet Jansen"),
        ("1.11", "piet@example.test"),
        ("1.12", "+31 20 765 4321"),
        ("1.13", "Fictional Holding N.V."),
        ("1.14", "529900T8BM49AURSDO55"),
        ("1.15", "EUR"),
    ] {
        assert_eq!(field(&r, n)["value"], v, "{n}");
    }
    assert_eq!(numbers(&r, "missing"), ["2.5", "2.7", "2.9"]);
    // The contact persons are sealed in the journal; the LEI and currency are not personal.
    let journal = reg.dir.path().join("journal.jsonl");
    reg.json(&["export", "journal", "--out", journal.to_str().unwrap()]);
    let text = std::fs::read_to_string(&journal).unwrap();
    let ev: Value = text
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .rfind(|e| e["kind"] == "org.updated")
        .unwrap();
    let changes = &ev["payload"]["changes"];
    for personal in [
        "dora_contact_name",
        "dora_contact_email",
        "dora_contact_phone",
        "dora_second_contact_name",
        "dora_second_contact_email",
        "dora_second_contact_phone",
    ] {
        assert!(changes[personal]["sealed"].is_string(), "{personal}: {ev}");
    }
    assert_eq!(changes["lei"], "7LTWFZYICNSX8D621K86");
    assert!(!text.contains("anna@example.test") && !text.contains("Piet Jansen"));
    let shown = reg.run(&["org", "show"]);
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(shown.contains("7LTWFZYICNSX8D621K86"), "{shown}");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}
