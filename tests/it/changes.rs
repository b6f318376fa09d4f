//! Issue 14 item 13: a filing keeps a snapshot of the content sent, and the next draft to the
//! same recipient lists what changed since, field by field — across two follow-ups, in the CLI's
//! JSON and text, in the notification PDF, and checked by `verify`.

use breachlog_testsupport::TempRegister;
use serde_json::Value;

fn draft(reg: &TempRegister, id: &str) -> Value {
    reg.json(&["notify", "draft", id, "--authority", "nl-ap"])
}

/// The changes as (field, before, after).
fn changes(d: &Value) -> Vec<(String, Option<String>, Option<String>)> {
    d["changed_since_filing"]
        .as_array()
        .expect("changed_since_filing is a list")
        .iter()
        .map(|c| {
            assert!(!c["label"].as_str().unwrap().is_empty(), "{c}");
            (
                c["field"].as_str().unwrap().to_string(),
                c["before"].as_str().map(String::from),
                c["after"].as_str().map(String::from),
            )
        })
        .collect()
}

fn file(
    reg: &TempRegister,
    id: &str,
    ob: &str,
    at: &str,
    reference: &str,
    follows: Option<&str>,
) -> String {
    let mut args = vec![
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
        reference,
    ];
    if let Some(f) = follows {
        args.extend(["--phase", "follow-up", "--follows", f]);
    }
    reg.json(&args)["id"].as_str().unwrap().to_string()
}

#[test]
fn the_draft_lists_what_changed_since_the_latest_filing_across_two_follow_ups() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = reg.customer_list_breach();
    // Before any filing: nothing to compare with.
    let d = draft(&reg, &id);
    assert_eq!(changes(&d), vec![]);
    assert!(d.get("since_filing").is_none(), "{d}");

    let obs = reg.json(&["obligations", "--incident", &id]);
    let ob = obs
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["regime"] == "gdpr" && o["kind"] == "notification")
        .expect("art 33 obligation")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let initial = file(&reg, &id, &ob, "2026-05-05T09:00:00Z", "AP-1", None);
    // Filing changes the notification type (the draft is now a follow-up), nothing else.
    let after_initial = changes(&draft(&reg, &id));
    let baseline: Vec<String> = after_initial.iter().map(|c| c.0.clone()).collect();
    assert_eq!(
        baseline,
        ["notification_type", "reference"],
        "{after_initial:#?}"
    );

    reg.json(&["breach", "assess", &id, "--subjects-approx", "1500"]);
    reg.json(&[
        "incident",
        "update",
        &id,
        "--description",
        "Export via een lek in de webwinkel.",
    ]);
    reg.json(&[
        "breach",
        "assess",
        &id,
        "--data-categories",
        "naam,e-mailadres,telefoonnummer",
    ]);
    let d = draft(&reg, &id);
    assert_eq!(d["since_filing"]["filing_id"], initial.as_str());
    assert_eq!(d["since_filing"]["snapshot"], true);
    let got: Vec<_> = changes(&d)
        .into_iter()
        .filter(|c| !baseline.contains(&c.0))
        .collect();
    let fields: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(
        fields,
        ["description", "data_categories", "subjects_approx"],
        "{got:#?}"
    );
    let subjects = got.iter().find(|c| c.0 == "subjects_approx").unwrap();
    assert!(
        subjects.1.as_deref().unwrap().contains("1200")
            || subjects.1.as_deref().unwrap().contains("1.200"),
        "{subjects:?}"
    );
    assert!(
        subjects.2.as_deref().unwrap().contains("1500")
            || subjects.2.as_deref().unwrap().contains("1.500"),
        "{subjects:?}"
    );
    let desc = got.iter().find(|c| c.0 == "description").unwrap();
    assert_eq!(
        desc.2.as_deref(),
        Some("Export via een lek in de webwinkel.")
    );
    let cats = got.iter().find(|c| c.0 == "data_categories").unwrap();
    assert!(
        cats.2.as_deref().unwrap().contains("telefoonnummer"),
        "{cats:?}"
    );
    assert!(
        !cats.1.as_deref().unwrap().contains("telefoonnummer"),
        "{cats:?}"
    );

    // The text output lists them under a heading.
    let human = reg.run(&["notify", "draft", &id, "--authority", "nl-ap"]);
    let human = String::from_utf8_lossy(&human.stdout);
    assert!(
        human.contains("Gewijzigd sinds de melding van 2026-05-05"),
        "{human}"
    );
    assert!(human.contains("telefoonnummer"), "{human}");

    // The notification PDF lists them.
    let pdf = reg.dir.path().join("follow-up-1.pdf");
    reg.json(&[
        "--lang",
        "nl",
        "report",
        "notification",
        &id,
        "--authority",
        "nl-ap",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    let text = breachlog_testsupport::pdf_words(&pdf);
    assert!(
        text.contains("Gewijzigd sinds de melding van 2026-05-05"),
        "{text}"
    );
    assert!(
        text.contains("Export via een lek in de webwinkel."),
        "{text}"
    );
    assert!(text.contains("telefoonnummer"), "{text}");

    // The follow-up is filed; the next change is counted from it, not from the initial filing.
    let follow_up = file(
        &reg,
        &id,
        &ob,
        "2026-05-06T09:00:00Z",
        "AP-1-A",
        Some(&initial),
    );
    let d = draft(&reg, &id);
    assert_eq!(d["since_filing"]["filing_id"], follow_up.as_str());
    assert_eq!(changes(&d), vec![], "nothing changed since the follow-up");
    reg.json(&["breach", "assess", &id, "--subjects-approx", "2000"]);
    let d = draft(&reg, &id);
    let got = changes(&d);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].0, "subjects_approx");
    let before = got[0].1.as_deref().unwrap();
    assert!(
        before.contains("1500") || before.contains("1.500"),
        "{before}"
    );
    let human = reg.run(&["notify", "draft", &id, "--authority", "nl-ap"]);
    assert!(String::from_utf8_lossy(&human.stdout)
        .contains("Gewijzigd sinds de melding van 2026-05-06"));

    assert_eq!(reg.json(&["verify"])["ok"], true);

    // A tampered snapshot in the projection is named by verify.
    reg.raw()
        .execute(
            "UPDATE filings SET doc = json_set(doc, '$.snapshot.fields[0].value', 'forged') WHERE id = ?1",
            [&follow_up],
        )
        .unwrap();
    let out = reg.run(&["verify", "--json"]);
    assert_eq!(out.status.code(), Some(4));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["error"]["reason"],
        format!("projection filings row {follow_up} differs from the journal")
    );
}
