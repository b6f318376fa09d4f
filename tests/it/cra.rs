//! Issue 14 item 11 through the CLI: the Cyber Resilience Act's early warning, notification and
//! final report (Regulation (EU) 2024/2847 Art 14(2) for an actively exploited vulnerability,
//! Art 14(4) for a severe incident) as drafts with the items each point asks, in the four
//! languages, answered with `breach assess --cra`, and filed only with their "at least" items.

use breachlog_tests::draft::{section_ids as ids, value};
use breachlog_tests::TempRegister;

fn classified(kind: &str) -> (TempRegister, String) {
    let reg = TempRegister::dutch_controller("gdpr,cra");
    let id = reg.new_incident("Router firmware exploited", "2026-10-20T09:00:00+02:00");
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "cra",
        "--cra-kind",
        kind,
        "--malicious",
        "yes",
        "--at",
        "2026-10-20T10:00:00+02:00",
    ]);
    (reg, id)
}

#[test]
fn each_report_asks_what_its_point_of_article_14_asks_in_four_languages() {
    let (reg, id) = classified("exploited-vulnerability");
    let d = reg.json(&["notify", "cra", &id, "--report", "early-warning"]);
    assert_eq!(ids(&d, 1), ["member_states"]);
    assert_eq!(d["missing"], serde_json::json!([]));
    assert_eq!(value(&d, "manufacturer"), "Fictional Shop B.V.");
    assert_eq!(value(&d, "aware_at"), "2026-10-20 10:00 CEST");
    let d = reg.json(&["notify", "cra", &id, "--report", "notification"]);
    assert_eq!(
        ids(&d, 1),
        [
            "product",
            "exploit_nature",
            "measures_taken",
            "user_measures",
            "sensitivity"
        ]
    );
    let d = reg.json(&["notify", "cra", &id, "--report", "final"]);
    assert_eq!(
        ids(&d, 1),
        [
            "vulnerability_description",
            "malicious_actor",
            "corrective_measure_at",
            "security_update"
        ]
    );
    assert_eq!(
        d["missing"],
        serde_json::json!(["vulnerability_description", "security_update"])
    );
    for (lang, label) in [
        ("en", "Details about the security update or other corrective measures made available"),
        ("de", "Einzelheiten zum Sicherheitsupdate oder zu anderen bereitgestellten Korrekturmaßnahmen"),
        ("nl", "Details over de beveiligingsupdate of andere beschikbaar gestelde corrigerende maatregelen"),
        ("fr", "Détails de la mise à jour de sécurité ou des autres mesures correctives mises à disposition"),
    ] {
        let d = reg.json(&["notify", "cra", &id, "--report", "final", "--draft-lang", lang]);
        let f = d["sections"][1]["fields"][3].clone();
        assert_eq!(f["label"], label);
        assert!(d["sections"][1]["title"].as_str().unwrap().contains("14(2)(c)"));
    }
    // A severe incident's early warning asks whether malicious acts are suspected: the
    // classification answered it.
    let (reg, id) = classified("severe-incident");
    let d = reg.json(&["notify", "cra", &id, "--report", "early-warning"]);
    assert_eq!(ids(&d, 1), ["malicious_suspected", "member_states"]);
    assert_eq!(value(&d, "malicious_suspected"), "yes");
    let d = reg.json(&["notify", "cra", &id, "--report", "final"]);
    assert_eq!(
        d["missing"],
        serde_json::json!(["incident_description", "root_cause", "mitigation_measures"])
    );
    reg.fails(&["notify", "cra", &id, "--report", "interim"], 5);
}

#[test]
fn answers_are_checked_and_a_final_report_is_filed_only_with_its_required_items() {
    let (reg, id) = classified("severe-incident");
    let events = reg.event_count();
    let err = reg.fails(
        &["breach", "assess", &id, "--cra", "member_states=Narnia"],
        5,
    );
    assert!(err.contains("Member States where the product"), "{err}");
    reg.fails(&["breach", "assess", &id, "--cra", "weather=fine"], 5);
    assert_eq!(reg.event_count(), events);
    let list = reg.json(&["obligations", "--incident", &id]);
    let ob = |kind: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|o| o["regime"] == "cra" && o["kind"] == kind)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
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
            "SRP-42",
        ];
        args.extend_from_slice(extra);
        reg.run(&args)
    };
    // The early warning and the notification have what they need; the final report does not.
    assert!(file(&ob("early-warning"), "2026-10-20T11:00:00+02:00", &[])
        .status
        .success());
    assert!(file(&ob("notification"), "2026-10-21T11:00:00+02:00", &[])
        .status
        .success());
    let list = reg.json(&["obligations", "--incident", &id]);
    let fin = list
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["regime"] == "cra" && o["kind"] == "final")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = file(&fin, "2026-10-25T11:00:00+02:00", &[]);
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("incident_description, root_cause, mitigation_measures"),
        "{err}"
    );
    reg.json(&[
        "breach",
        "assess",
        &id,
        "--cra",
        "incident_description=Signing key stolen; three firmware images signed.",
        "--cra",
        "root_cause=Compromised build server.",
        "--cra",
        "mitigation_measures=Key revoked, images withdrawn.",
    ]);
    let d = reg.json(&["notify", "cra", &id, "--report", "final"]);
    assert_eq!(d["missing"], serde_json::json!([]));
    assert_eq!(value(&d, "reference"), "SRP-42");
    assert!(file(&fin, "2026-10-25T11:00:00+02:00", &[])
        .status
        .success());
    let m = reg.json(&["notify", "missing", &id]);
    let fin_req = m
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["regime"] == "cra" && r["rule"] == "art14-4-c")
        .unwrap()
        .clone();
    assert_eq!(fin_req["blocking"], true);
    assert_eq!(fin_req["basis"], "Regulation (EU) 2024/2847 Art 14(4)(c)");
    assert_eq!(fin_req["missing"], serde_json::json!([]));
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// Issue 14, "the PDF renders it": a CRA report is issued as a sealed PDF with the items of its
/// point of Article 14 and what is still empty, and verifies; an incident without a CRA kind is
/// refused by field.
#[test]
fn a_cra_report_is_issued_as_a_pdf_that_verifies() {
    let (reg, id) = classified("exploited-vulnerability");
    let pdf = reg.dir.path().join("cra-early.pdf");
    let issued = reg.json(&[
        "--lang",
        "en",
        "report",
        "cra",
        &id,
        "--stage",
        "early-warning",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(issued["kind"], "cra");
    let text = super::reports::text_of(&pdf);
    for needle in [
        "Early warning under the Cyber Resilience Act, Art 14(2)(a)",
        "CSIRT coordinator (via ENISA’s single reporting platform)",
        "Member States where the product has been made available",
        "Router firmware exploited",
    ] {
        assert!(text.contains(needle), "{needle} not in {text}");
    }
    let v = reg.json(&["verify-report", pdf.to_str().unwrap()]);
    assert_eq!(v["ok"], true, "{v}");
    let other = reg.new_incident("Lost laptop", "2026-10-21T09:00:00+02:00");
    let out = reg.dir.path().join("x.pdf");
    let err = reg.fails(
        &[
            "report",
            "cra",
            &other,
            "--stage",
            "final",
            "--out",
            out.to_str().unwrap(),
        ],
        5,
    );
    assert!(
        err.contains("Cyber Resilience Act report") && err.contains("not classified"),
        "{err}"
    );
    assert!(!out.exists());
}
