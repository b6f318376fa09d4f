//! Issue 14 item 10 through the CLI: the NIS2 reports to a national CSIRT (Directive (EU)
//! 2022/2555 Art 23(4)) as the Dutch, Belgian, German and French channels ask for them — every
//! field present, filled from the record or the answers, or listed missing; in the channel's
//! language; answers checked and sealed; the filed content kept for the next draft's diff.

use breachlog_testsupport::draft::{ids, missing, value};
use breachlog_testsupport::TempRegister;

/// A significant incident classified under NIS2 at 09:00 UTC, malicious acts suspected.
fn classified() -> (TempRegister, String) {
    let reg = TempRegister::dutch_controller("gdpr,nis2");
    let id = reg.new_incident("Ransomware on the billing servers", "2026-06-10T08:00:00Z");
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "nis2",
        "--at",
        "2026-06-10T09:00:00Z",
        "--malicious",
        "yes",
        "--cross-border",
        "no",
    ]);
    (reg, id)
}

#[test]
fn every_channel_and_stage_lists_each_field_filled_or_missing_in_its_language() {
    let (reg, id) = classified();
    // The Art 23(4) content of each stage.
    let content: [(&str, &[&str]); 3] = [
        ("early-warning", &["malicious_suspected", "cross_border"]),
        (
            "notification",
            &[
                "malicious_suspected",
                "cross_border",
                "initial_assessment",
                "indicators_of_compromise",
            ],
        ),
        (
            "final",
            &[
                "detailed_description",
                "threat_root_cause",
                "mitigation_measures",
                "cross_border_impact",
            ],
        ),
    ];
    // In the channel's own language (the tests' BREACHLOG_LANG=en is the messages' language).
    let titles = [
        ("nl", "Vroegtijdige waarschuwing aan NCSC-NL"),
        (
            "be",
            "Vroegtijdige waarschuwing aan Centre for Cybersecurity Belgium",
        ),
        ("de", "Frühe Erstmeldung an BSI"),
        ("fr", "Alerte précoce à ANSSI"),
    ];
    for (channel, title) in titles {
        for (stage, items) in content {
            let d = reg.json(&[
                "notify",
                "nis2",
                &id,
                "--stage",
                stage,
                "--channel",
                channel,
            ]);
            let all = ids(&d);
            for item in items
                .iter()
                .chain(&["title", "detected_at", "aware_at", "status"])
                .chain(&[
                    "entity_name",
                    "contact",
                    "source_url",
                    "source_checked",
                    "source_note",
                ])
            {
                assert!(all.iter().any(|x| x == item), "{channel} {stage}: {item}");
            }
            // Every empty field the draft requires is listed, and only fields it has.
            for m in missing(&d) {
                assert!(all.contains(&m), "{channel} {stage}: {m}");
                assert_eq!(value(&d, &m), "", "{channel} {stage}: {m}");
            }
            assert!(value(&d, "source_url").starts_with("https://"), "{channel}");
            assert_eq!(value(&d, "source_checked"), "2026-12-05");
        }
        let human = reg.run(&[
            "notify",
            "nis2",
            &id,
            "--stage",
            "early-warning",
            "--channel",
            channel,
        ]);
        let text = String::from_utf8_lossy(&human.stdout);
        assert!(text.contains(title), "{channel}: {text}");
    }
    // The Dutch form's organisation questions: the KvK number, the address, the sector and the
    // kind of entity are still missing; malicious acts and cross-border come from the
    // classification.
    let d = reg.json(&[
        "notify",
        "nis2",
        &id,
        "--stage",
        "early-warning",
        "--channel",
        "nl",
        "--draft-lang",
        "nl",
    ]);
    assert_eq!(
        missing(&d),
        [
            "registration_number",
            "address",
            "sector",
            "entity_kind",
            "contact"
        ]
    );
    assert_eq!(value(&d, "malicious_suspected"), "ja");
    assert_eq!(value(&d, "cross_border"), "nee");
    assert_eq!(d["language"], "nl");
    // Without --channel: the lead authority's country (nl-ap → NCSC-NL).
    let default = reg.json(&[
        "notify",
        "nis2",
        &id,
        "--stage",
        "early-warning",
        "--draft-lang",
        "nl",
    ]);
    assert_eq!(default["sections"], d["sections"]);
    // Another language on request; an unknown channel or stage is refused naming the field.
    let en = reg.json(&[
        "notify",
        "nis2",
        &id,
        "--stage",
        "final",
        "--channel",
        "de",
        "--draft-lang",
        "en",
    ]);
    assert_eq!(en["language"], "en");
    let err = reg.fails(
        &["notify", "nis2", &id, "--stage", "final", "--channel", "lu"],
        5,
    );
    assert!(err.contains("nl, be, de, fr"), "{err}");
    reg.fails(&["notify", "nis2", &id, "--stage", "interim"], 5);
}

#[test]
fn answers_fill_the_report_are_checked_and_sealed_and_a_filing_keeps_what_was_sent() {
    let (reg, id) = classified();
    let events = reg.event_count();
    let err = reg.fails(
        &["breach", "assess", &id, "--nis2", "entity_kind=enormous"],
        5,
    );
    assert!(err.contains("Essential or important entity"), "{err}");
    reg.fails(&["breach", "assess", &id, "--nis2", "weather=fine"], 5);
    assert_eq!(reg.event_count(), events);
    reg.json(&[
        "org",
        "set",
        "--registration-number",
        "34123456",
        "--contact-point",
        "soc@example.test, +31 20 123 4567",
        "--address",
        "Kerkstraat 1, 1017 GA Amsterdam",
    ]);
    reg.json(&[
        "breach",
        "assess",
        &id,
        "--nis2",
        "sector=energy",
        "--nis2",
        "entity_kind=essential",
        "--nis2",
        "threat_root_cause=Phishing e-mail with a malicious attachment",
        "--nis2",
        "mitigation_measures=Servers rebuilt from backups; MFA enforced",
        "--nis2",
        "detailed_description=Billing servers encrypted; invoicing stopped for two days.",
    ]);
    let d = reg.json(&[
        "notify",
        "nis2",
        &id,
        "--stage",
        "early-warning",
        "--channel",
        "nl",
        "--draft-lang",
        "nl",
    ]);
    assert!(missing(&d).is_empty(), "{:?}", missing(&d));
    assert_eq!(value(&d, "entity_kind"), "essentiële entiteit");
    assert_eq!(value(&d, "registration_number"), "34123456");
    let d = reg.json(&["notify", "nis2", &id, "--stage", "final", "--channel", "de"]);
    assert_eq!(
        value(&d, "threat_root_cause"),
        "Phishing e-mail with a malicious attachment"
    );
    assert!(missing(&d).is_empty(), "{:?}", missing(&d));
    // Sealed in the journal (the answers are the incident's texts).
    let journal = reg.dir.path().join("journal.jsonl");
    reg.json(&["export", "journal", "--out", journal.to_str().unwrap()]);
    let text = std::fs::read_to_string(&journal).unwrap();
    assert!(!text.contains("malicious attachment"));
    // The early warning filed: the next draft says what changed since.
    let list = reg.json(&["obligations", "--incident", &id]);
    let ob = list
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["regime"] == "nis2" && o["kind"] == "early-warning")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let filed = reg.run(&[
        "filing",
        "record",
        &id,
        "--obligation",
        &ob,
        "--at",
        "2026-06-10T12:00:00Z",
        "--channel",
        "portal",
        "--reference",
        "NCSC-2026-0042",
    ]);
    assert!(
        filed.status.success(),
        "{}",
        String::from_utf8_lossy(&filed.stderr)
    );
    reg.json(&["breach", "assess", &id, "--nis2", "sector=drinking water"]);
    let d = reg.json(&[
        "notify",
        "nis2",
        &id,
        "--stage",
        "early-warning",
        "--channel",
        "nl",
    ]);
    assert_eq!(value(&d, "reference"), "NCSC-2026-0042");
    let changed: Vec<&str> = d["changed_since_filing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert!(changed.contains(&"sector"), "{changed:?}");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// Issue 14, "the PDF renders it": the NIS2 report is issued as a sealed PDF like the other
/// documents — in the channel's language (the lead authority's country by default), with the
/// answered fields, what is still missing by name, and a proof `verify-report` accepts.
#[test]
fn a_nis2_report_is_issued_as_a_pdf_in_the_channel_language_and_verifies() {
    let (reg, id) = classified();
    reg.json(&[
        "breach",
        "assess",
        &id,
        "--nis2",
        "threat_root_cause=Phishing e-mail with a malicious attachment",
    ]);
    let pdf = reg.dir.path().join("final-de.pdf");
    let issued = reg.json(&[
        "--lang",
        "de",
        "report",
        "nis2",
        &id,
        "--stage",
        "final",
        "--channel",
        "de",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(issued["kind"], "nis2");
    let text = super::reports::text_of(&pdf);
    for needle in [
        "Abschlussmeldung an BSI",
        "Phishing e-mail with a malicious attachment",
        "Für diesen Bericht verpflichtend und noch leer",
        "§ 32",
    ] {
        assert!(text.contains(needle), "{needle} not in {text}");
    }
    super::reports::assert_no_orphan_pages(&pdf);
    let v = reg.json(&["verify-report", pdf.to_str().unwrap()]);
    assert_eq!(
        (v["ok"].as_bool(), v["issued_by_register"].as_bool()),
        (Some(true), Some(true)),
        "{v}"
    );
    // Without --channel or a language: the Dutch lead authority's channel, in Dutch.
    let nl = reg.dir.path().join("early-nl.pdf");
    let out = reg
        .cmd()
        .env_remove("BREACHLOG_LANG")
        .args(["report", "nis2", &id, "--stage", "early-warning", "--out"])
        .arg(&nl)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = super::reports::text_of(&nl);
    assert!(
        text.contains("Vroegtijdige waarschuwing aan NCSC-NL"),
        "{text}"
    );
    // A stage or channel that does not exist is refused by name, and nothing is written.
    let events = reg.event_count();
    let out = reg.dir.path().join("x.pdf");
    let o = out.to_str().unwrap();
    let err = reg.fails(
        &["report", "nis2", &id, "--stage", "interim", "--out", o],
        5,
    );
    assert!(err.contains("early-warning, notification, final"), "{err}");
    let err = reg.fails(
        &[
            "report",
            "nis2",
            &id,
            "--stage",
            "final",
            "--channel",
            "it",
            "--out",
            o,
        ],
        5,
    );
    assert!(err.contains("nl, be, de, fr"), "{err}");
    assert!(!out.exists());
    assert_eq!(reg.event_count(), events);
    assert_eq!(reg.json(&["verify"])["ok"], true);
}
