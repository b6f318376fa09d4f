//! Issue 14 item 5: the Art 34 letter to the people — written for them (the internal
//! description never appears), advice chosen by the data categories, edited by the user before
//! issuing; the edited text is what the PDF, the filing's snapshot and the journal keep (sealed,
//! erased by redaction).

use breachlog_testsupport::draft::{value, values};
use breachlog_testsupport::TempRegister;

const FIELDS: &[&str] = &[
    "subjects_intro",
    "letter_what_happened",
    "letter_data",
    "letter_consequences",
    "letter_measures",
    "letter_advice",
    "letter_contact",
];

const EDITED: &str =
    "Wijzig uw wachtwoord op mijn.voorbeeld.test en overal waar u het hergebruikt.";

#[test]
fn the_letter_is_written_for_the_people_edited_and_kept_as_issued() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = reg.customer_list_breach();
    reg.json(&[
        "incident",
        "update",
        &id,
        "--description",
        "INTERN: bucket prod-7 stond open door een fout in terraform",
    ]);
    reg.json(&[
        "breach",
        "assess",
        &id,
        "--data-categories",
        "naam,e-mailadres,wachtwoord,IBAN",
        "--risk",
        "high",
        "--risk-reasoning",
        "Wachtwoorden en IBAN",
        "--consequences",
        "Phishing en misbruik van accounts",
        "--measures",
        "Alle wachtwoorden zijn gereset.",
    ]);
    let d = reg.json(&["notify", "subjects", &id, "--draft-lang", "nl"]);
    let got: Vec<String> = values(&d).into_iter().map(|(f, _)| f).collect();
    assert_eq!(got, FIELDS, "{d}");
    assert_eq!(d["missing"], serde_json::json!([]), "{d}");
    assert!(d.get("edited").is_none(), "{d}");
    for (f, v) in values(&d) {
        assert!(
            !v.contains("INTERN") && !v.contains("terraform"),
            "{f}: {v}"
        );
    }
    let advice = value(&d, "letter_advice");
    assert!(
        advice.contains("wachtwoord") && advice.contains("bank"),
        "{advice}"
    );
    assert!(value(&d, "letter_measures").contains("Alle wachtwoorden zijn gereset."));

    // Refused edits name the field and write nothing.
    let before = reg.event_count();
    let err = reg.fails(
        &[
            "notify",
            "subjects-edit",
            &id,
            "--draft-lang",
            "nl",
            "--set",
            "description=x",
        ],
        5,
    );
    assert!(err.contains("letter field"), "{err}");
    let err = reg.fails(
        &[
            "notify",
            "subjects-edit",
            &id,
            "--draft-lang",
            "nl",
            "--set",
            "letter_advice=  ",
        ],
        5,
    );
    assert!(err.contains("letter text"), "{err}");
    let err = reg.fails(&["notify", "subjects-edit", &id, "--draft-lang", "nl"], 5);
    assert!(err.contains("letter field"), "{err}");
    assert_eq!(reg.event_count(), before);

    // The user's text replaces the proposed one, in Dutch only.
    let set = format!("letter_advice={EDITED}");
    let d = reg.json(&[
        "notify",
        "subjects-edit",
        &id,
        "--draft-lang",
        "nl",
        "--set",
        &set,
    ]);
    assert_eq!(value(&d, "letter_advice"), EDITED);
    assert_eq!(d["edited"], serde_json::json!(["letter_advice"]));
    let en = reg.json(&["notify", "subjects", &id, "--draft-lang", "en"]);
    assert!(en.get("edited").is_none(), "{en}");
    assert!(value(&en, "letter_advice").contains("password"));
    let human = reg.run(&["notify", "subjects", &id, "--draft-lang", "nl"]);
    let human = String::from_utf8_lossy(&human.stdout);
    assert!(
        human.contains("(bewerkt)") && human.contains(EDITED),
        "{human}"
    );

    // The journal keeps it sealed: not in clear in the stored payload.
    let payload: String = reg
        .raw()
        .query_row(
            "SELECT payload FROM events WHERE kind = 'subjects.letter_edited'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!payload.contains("mijn.voorbeeld.test"), "{payload}");
    assert!(payload.contains("letter_advice"), "{payload}");

    // The PDF carries the edited text.
    let pdf = reg.dir.path().join("letter.pdf");
    reg.json(&[
        "--lang",
        "nl",
        "report",
        "subjects",
        &id,
        "--out",
        pdf.to_str().unwrap(),
    ]);
    let words = breachlog_testsupport::pdf_words(&pdf);
    assert!(words.contains("mijn.voorbeeld.test"), "{words}");
    assert!(!words.contains("terraform"), "{words}");

    // Filing the communication keeps the edited letter as the content sent.
    let obs = reg.json(&["obligations", "--incident", &id]);
    let art34 = obs
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["kind"].as_str().unwrap_or("").starts_with("subject"))
        .expect("Art 34 obligation")["id"]
        .as_str()
        .unwrap()
        .to_string();
    reg.json(&[
        "filing",
        "record",
        &id,
        "--obligation",
        &art34,
        "--at",
        "2026-05-05T09:00:00Z",
        "--channel",
        "email",
        "--reference",
        "brief-1",
    ]);
    let filings = reg.json(&["filing", "list", &id]);
    let snap = filings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["obligation_id"] == art34.as_str())
        .expect("filing")["snapshot"]
        .clone();
    let advice = snap["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "letter_advice")
        .expect("advice in the snapshot");
    assert_eq!(advice["value"], EDITED);

    // Back to the proposed text: listed as a change since the filing.
    let d = reg.json(&[
        "notify",
        "subjects-edit",
        &id,
        "--draft-lang",
        "nl",
        "--reset",
        "letter_advice",
    ]);
    assert!(d.get("edited").is_none(), "{d}");
    let changed: Vec<&str> = d["changed_since_filing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(changed, ["letter_advice"], "{d}");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

fn secrets(reg: &TempRegister) -> i64 {
    reg.raw()
        .query_row(
            "SELECT count(*) FROM event_secrets WHERE value LIKE '%mijn.voorbeeld%'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// Redaction erases the edited texts from the projection and the journal's sealed values;
/// `verify` still passes (the replay of a redacted edit gives the same projection).
#[test]
fn redaction_erases_the_edited_letter() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = reg.customer_list_breach();
    let set = format!("letter_advice={EDITED}");
    reg.json(&[
        "notify",
        "subjects-edit",
        &id,
        "--draft-lang",
        "nl",
        "--set",
        &set,
    ]);
    assert_eq!(secrets(&reg), 1, "the edited text is a sealed value");
    for to in ["triage", "investigating", "contained", "resolved", "closed"] {
        reg.json(&[
            "incident",
            "transition",
            &id,
            "--to",
            to,
            "--at",
            "2026-05-06T10:00:00Z",
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
    let show = reg.json(&["incident", "show", &id]);
    let letter = show["incident"]["letter"]
        .as_array()
        .or_else(|| show["letter"].as_array())
        .expect("letter kept as redacted")
        .clone();
    assert_eq!(letter.len(), 1, "{show}");
    assert_eq!(letter[0]["field"], "letter_advice");
    assert_eq!(letter[0]["text"], "[redacted]");
    assert_eq!(secrets(&reg), 0, "the sealed text is erased");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}
