//! The NIS2 significance checker (Implementing Regulation (EU) 2024/2690 Art 3, 7, 10) stored
//! with the classification, and the Art 23(1) notice to the recipients of the services.

use breachlog_testsupport::TempRegister;
use serde_json::Value;

fn classify(reg: &TempRegister, id: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "incident",
        "classify",
        id,
        "--regime",
        "nis2",
        "--at",
        "2026-06-10T09:00:00Z",
    ];
    args.extend_from_slice(extra);
    reg.json(&args)
}

fn criterion<'a>(state: &'a Value, id: &str) -> &'a Value {
    state["nis2"]["significance"]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap()
}

#[test]
fn the_loss_criterion_takes_the_lower_of_500000_euros_and_five_percent_of_turnover() {
    let reg = TempRegister::dutch_controller("gdpr,nis2");
    let id = reg.new_incident("Ransomware", "2026-06-10T08:00:00Z");
    // Turnover EUR 8 000 000: 5 % = 400 000, lower than 500 000. A loss of 400 000 does not
    // exceed it; 400 001 does.
    let at = classify(
        &reg,
        &id,
        &["--loss-eur", "400000", "--turnover-eur", "8000000"],
    );
    let c = criterion(&at, "art3-1-a");
    assert_eq!(
        (
            c["met"].as_bool(),
            c["value"].as_u64(),
            c["threshold"].as_u64()
        ),
        (Some(false), Some(400_000), Some(400_000))
    );
    assert_eq!(c["arithmetic"], "min(500000, 5% × 8000000 = 400000)");
    assert_eq!(at["nis2"]["significance"]["significant"], false);
    let above = classify(
        &reg,
        &id,
        &["--loss-eur", "400001", "--turnover-eur", "8000000"],
    );
    assert_eq!(above["nis2"]["significance"]["significant"], true);
    assert_eq!(
        above["nis2"]["significance"]["source_url"],
        "https://eur-lex.europa.eu/eli/reg_impl/2024/2690/oj"
    );
    // Stored with the classification: `incident show` gives the same answer after the fact.
    let shown = reg.json(&["incident", "show", &id]);
    let text = shown.to_string();
    assert!(
        text.contains("min(500000, 5% × 8000000 = 400000)"),
        "{text}"
    );
    reg.json(&["verify"]);
}

#[test]
fn a_cloud_service_unavailable_for_more_than_thirty_minutes_is_significant_unless_scheduled() {
    let reg = TempRegister::dutch_controller("gdpr,nis2");
    let id = reg.new_incident("Outage", "2026-06-10T08:00:00Z");
    let at = classify(
        &reg,
        &id,
        &["--entity-type", "cloud", "--unavailable-minutes", "30"],
    );
    assert_eq!(at["nis2"]["significance"]["significant"], false);
    let after = classify(
        &reg,
        &id,
        &["--entity-type", "cloud", "--unavailable-minutes", "31"],
    );
    assert_eq!(criterion(&after, "art7-a")["met"], true);
    let scheduled = classify(
        &reg,
        &id,
        &[
            "--entity-type",
            "cloud",
            "--unavailable-minutes",
            "120",
            "--scheduled",
        ],
    );
    assert_eq!(scheduled["nis2"]["significance"]["significant"], false);
    // A managed service provider: Art 10; limited availability for more than an hour for
    // more than 5 % of 100 000 users (5 000).
    let msp = classify(
        &reg,
        &id,
        &[
            "--entity-type",
            "managed-service",
            "--limited-minutes",
            "61",
            "--limited-users",
            "5001",
            "--users",
            "100000",
        ],
    );
    let c = criterion(&msp, "art10-b");
    assert_eq!(
        (c["met"].as_bool(), c["threshold"].as_u64()),
        (Some(true), Some(5_000))
    );
    let msp = classify(
        &reg,
        &id,
        &[
            "--entity-type",
            "managed-service",
            "--limited-minutes",
            "60",
            "--limited-users",
            "5001",
            "--users",
            "100000",
        ],
    );
    assert_eq!(criterion(&msp, "art10-b")["met"], false);
}

#[test]
fn recipients_of_the_services_are_owed_a_notice_without_undue_delay_when_the_incident_affects_them()
{
    let reg = TempRegister::dutch_controller("gdpr,nis2");
    let id = reg.new_incident("Outage", "2026-06-10T08:00:00Z");
    classify(&reg, &id, &["--affects-recipients", "yes"]);
    let list = reg.json(&[
        "obligations",
        "--incident",
        &id,
        "--as-of",
        "2026-11-30T00:00:00Z",
    ]);
    let notice = list
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["kind"] == "recipient-notice")
        .cloned()
        .unwrap();
    assert_eq!(
        (
            notice["recipient"].as_str(),
            notice["due_at"].is_null(),
            notice["status"].as_str(),
            notice["counting"].as_str(),
            notice["reference"].as_str()
        ),
        (
            Some("service-recipients"),
            true,
            Some("pending"),
            Some("undue-delay"),
            Some("NIS2 Art 23(1) first subparagraph, second sentence")
        )
    );
    // Classified again as not affecting them: no longer owed.
    classify(&reg, &id, &["--affects-recipients", "no"]);
    let list = reg.json(&["obligations", "--incident", &id]);
    let notice = list
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["kind"] == "recipient-notice")
        .cloned()
        .unwrap();
    assert_eq!(notice["status"], "not_required");
    reg.json(&["verify"]);
}

#[test]
fn bad_facts_are_refused_naming_the_field_and_nothing_is_written() {
    let reg = TempRegister::dutch_controller("gdpr,nis2,dora");
    let id = reg.new_incident("Outage", "2026-06-10T08:00:00Z");
    let before = reg.event_count();
    for (extra, field) in [
        (vec!["--loss-eur", "lots"], "direct financial loss (EUR)"),
        (vec!["--entity-type", "bank"], "entity type"),
        (
            vec!["--limited-users", "200", "--users", "100"],
            "users with limited availability",
        ),
        (
            vec!["--affects-recipients", "maybe"],
            "affects the recipients",
        ),
    ] {
        let mut args = vec![
            "incident",
            "classify",
            &id,
            "--regime",
            "nis2",
            "--at",
            "2026-06-10T09:00:00Z",
        ];
        args.extend(extra.iter().copied());
        let err = reg.fails(&args, 5);
        assert!(err.contains(field), "{field}: {err}");
    }
    let err = reg.fails(
        &[
            "incident",
            "classify",
            &id,
            "--regime",
            "dora",
            "--at",
            "2026-06-10T09:00:00Z",
            "--loss-eur",
            "1",
        ],
        5,
    );
    assert!(err.contains("significance check"), "{err}");
    assert_eq!(reg.event_count(), before);
}
