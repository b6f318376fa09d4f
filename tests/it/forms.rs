//! Issue 14 items 1, 2, 6, 7 through the CLI: the organisation's standing details (validated,
//! journalled, the personal ones sealed), the forms' answers on the incident, the AP and CNIL
//! drafts filled from them or flagging what is missing, the authority registry's channel.

use breachlog_tests::draft::value as field;
use breachlog_tests::TempRegister;
use serde_json::Value;

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

/// How many `org.updated` events the journal holds.
fn org_events(reg: &TempRegister) -> usize {
    reg.json(&["log"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "org.updated")
        .count()
}

#[test]
fn a_bad_siren_or_email_is_refused_naming_the_field_and_nothing_is_written() {
    let reg = TempRegister::dutch_controller("gdpr");
    reg.json(&["org", "set", "--lead-authority", "fr-cnil"]);
    let before = reg.json(&["org", "show"]);
    let events = org_events(&reg);
    // 732829321: nine digits, but the Luhn check fails (732829320 is a real SIREN).
    let err = reg.fails(
        &[
            "org",
            "set",
            "--registration-number",
            "732829321",
            "--dpo-name",
            "Piet Jansen",
        ],
        5,
    );
    assert!(err.contains("company registration number"), "{err}");
    assert!(err.contains("SIREN"), "{err}");
    let err = reg.fails(&["org", "set", "--dpo-email", "fg.example.test"], 5);
    assert!(err.contains("DPO's e-mail"), "{err}");
    reg.fails(&["org", "set", "--dpo-phone", "call me"], 5);
    assert_eq!(reg.json(&["org", "show"]), before);
    assert_eq!(org_events(&reg), events, "a refused change wrote an event");
    // "none" is the CNIL's "no SIREN"; a valid SIREN is kept without its spaces.
    let org = reg.json(&["org", "set", "--registration-number", "NONE"]);
    assert_eq!(org["registration_number"], "none");
    let org = reg.json(&["org", "set", "--registration-number", "732 829 320"]);
    assert_eq!(org["registration_number"], "732829320");
    // Back to the Netherlands: the stored SIREN is no KvK number, so the move is refused.
    let err = reg.fails(&["org", "set", "--lead-authority", "nl-ap"], 5);
    assert!(err.contains("KvK"), "{err}");
    let org = reg.json(&[
        "org",
        "set",
        "--lead-authority",
        "nl-ap",
        "--registration-number",
        "34123456",
    ]);
    assert_eq!(org["registration_number"], "34123456");
}

#[test]
fn the_standing_details_are_journalled_with_the_personal_ones_sealed_and_verify() {
    let reg = TempRegister::dutch_controller("gdpr");
    reg.json(&[
        "org",
        "set",
        "--legal-representative",
        "Anna de Vries",
        "--legal-representative-role",
        "directeur",
        "--registration-number",
        "34123456",
        "--dpo-name",
        "Piet Jansen",
        "--dpo-email",
        "fg@example.test",
        "--dpo-phone",
        "+31 20 123 4567",
    ]);
    let out = reg.dir.path().join("journal.jsonl");
    reg.json(&["export", "journal", "--out", out.to_str().unwrap()]);
    let text = std::fs::read_to_string(&out).unwrap();
    let ev: Value = text
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .rfind(|e| e["kind"] == "org.updated")
        .unwrap();
    let changes = &ev["payload"]["changes"];
    for personal in [
        "legal_representative_name",
        "dpo_name",
        "dpo_email",
        "dpo_phone",
    ] {
        assert!(changes[personal]["sealed"].is_string(), "{personal}: {ev}");
    }
    assert_eq!(changes["registration_number"], "34123456");
    assert_eq!(changes["legal_representative_role"], "directeur");
    assert!(!text.contains("Piet Jansen") && !text.contains("fg@example.test"));
    let shown = reg.json(&["org", "show"]);
    assert_eq!(shown["dpo_name"], "Piet Jansen");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

#[test]
fn the_ap_draft_flags_unanswered_questions_then_fills_them_from_the_assessment() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = reg.customer_list_breach();
    let d = reg.json(&["notify", "draft", &id, "--authority", "nl-ap"]);
    assert_eq!(
        strings(&d["unanswered"]),
        [
            "legal_basis",
            "org_registration",
            "dpo",
            "other_organisation",
            "ongoing",
            "subjects_range",
            "encrypted",
            "severity_estimate"
        ]
    );
    let human = reg.run(&["notify", "draft", &id, "--authority", "nl-ap"]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        text.contains("Nog niet beantwoord in het dossier"),
        "{text}"
    );
    // Refused answers name their field and change nothing.
    let err = reg.fails(&["breach", "assess", &id, "--encrypted", "maybe"], 5);
    assert!(err.contains("data encrypted"), "{err}");
    let err = reg.fails(
        &[
            "breach",
            "assess",
            &id,
            "--subjects-min",
            "2000",
            "--subjects-max",
            "1500",
        ],
        5,
    );
    assert!(err.contains("minimum number of people"), "{err}");
    reg.fails(
        &["breach", "assess", &id, "--notification-type", "later"],
        5,
    );
    reg.json(&[
        "org",
        "set",
        "--registration-number",
        "3412 3456",
        "--dpo-name",
        "Piet Jansen",
        "--dpo-email",
        "fg@example.test",
    ]);
    reg.json(&[
        "breach",
        "assess",
        &id,
        "--legal-basis",
        "avg",
        "--other-organisation",
        "Mailhuis B.V.",
        "--ongoing",
        "no",
        "--subjects-min",
        "1000",
        "--subjects-max",
        "1500",
        "--encrypted",
        "partly",
        "--severity-estimate",
        "high",
        "--notification-type",
        "withdrawal",
    ]);
    let d = reg.json(&["notify", "draft", &id, "--authority", "nl-ap"]);
    assert_eq!(d["unanswered"], serde_json::json!([]));
    for (id, v) in [
        ("notification_type", "Intrekking van een eerdere melding"),
        ("legal_basis", "AVG"),
        ("org_registration", "34123456"),
        ("dpo", "Piet Jansen, fg@example.test"),
        ("other_organisation", "Mailhuis B.V."),
        ("ongoing", "nee"),
        ("subjects_range", "1.000 – 1.500"),
        ("encrypted", "Gedeeltelijk"),
        ("severity_estimate", "Hoog"),
    ] {
        assert_eq!(field(&d, id), v, "{id}");
    }
    // The CNIL's draft of the same incident, in French: no SIREN yet → flagged.
    let cnil = reg.json(&["notify", "draft", &id, "--authority", "fr-cnil"]);
    assert_eq!(cnil["language"], "fr");
    assert_eq!(field(&cnil, "ongoing"), "non");
    assert_eq!(field(&cnil, "processor"), "Mailhuis B.V.");
    assert!(strings(&cnil["unanswered"]).contains(&"legal_representative"));
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

#[test]
fn the_authority_list_shows_each_channel_with_its_source() {
    let reg = TempRegister::dutch_controller("gdpr");
    let all = reg.json(&["authority", "list"]);
    let ap = all
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "nl-ap")
        .unwrap();
    assert_eq!(
        ap["portal_url"],
        "https://datalekken.autoriteitpersoonsgegevens.nl"
    );
    assert_eq!(ap["phone"], "088 - 1805 255");
    assert_eq!(ap["accepts_attachments"], true);
    assert_eq!(ap["checked"], "2026-12-04");
    for a in all.as_array().unwrap() {
        assert!(a["source"].as_str().unwrap().starts_with("https://"), "{a}");
        for m in [
            "portal_url",
            "phone",
            "postal_address",
            "accepts_attachments",
        ] {
            let listed = strings(&a["unconfirmed"]).contains(&m);
            assert_eq!(a[m].is_null(), listed, "{}: {m}", a["id"]);
        }
    }
    let text = String::from_utf8_lossy(&reg.run(&["authority", "list"]).stdout).into_owned();
    assert!(
        text.contains("AP (nl-ap)\n  Form: https://datalekken.autoriteitpersoonsgegevens.nl"),
        "{text}"
    );
    assert!(text.contains("Phone: not confirmed"), "{text}");
    // The languages a notification may be written in, marked where the registry could not
    // confirm them (the AP's are; BfDI's are not).
    assert!(
        text.contains("  Languages of a notification: nl\n"),
        "{text}"
    );
    let bfdi = text
        .split("\n\n")
        .find(|block| block.starts_with("BfDI (de-bfdi)\n"))
        .unwrap_or_else(|| panic!("no BfDI block in {text}"));
    assert!(
        bfdi.contains("  Languages of a notification: de (not confirmed)\n"),
        "{bfdi}"
    );
}
