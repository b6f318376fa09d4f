//! e-Evidence orders (Regulation (EU) 2023/1543) as authority requests in the contact log:
//! production 10 days (Art 10(2)-(3), counted under Regulation 1182/71), emergency 8 hours
//! (Art 10(4), elapsed), preservation for 60 days, +30 on extension (Art 11(1)). Times
//! computed by hand for an organisation in Europe/Amsterdam with a Dutch lead authority.

use breachlog_testsupport::TempRegister;
use serde_json::Value;

fn order(reg: &TempRegister, kind: &str, at: &str) -> String {
    let v = reg.json(&[
        "authority",
        "log",
        "--direction",
        "incoming",
        "--order",
        kind,
        "--issuer",
        "Staatsanwaltschaft Köln",
        "--issuer-country",
        "de",
        "--at",
        at,
        "--subject",
        "EPOC 2026/17",
    ]);
    v["id"].as_str().unwrap().to_string()
}

fn the_obligation(reg: &TempRegister, as_of: &str) -> Value {
    let list = reg.json(&["obligations", "--as-of", as_of]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    list[0].clone()
}

/// `obligation show --json` of the only obligation: its stored terms.
fn terms(reg: &TempRegister) -> Value {
    let id = the_obligation(reg, "2026-12-01T00:00:00Z")["id"]
        .as_str()
        .unwrap()
        .to_string();
    reg.json(&["obligation", "show", &id])["obligation"].clone()
}

fn status(reg: &TempRegister, as_of: &str) -> (String, Option<i64>) {
    let o = the_obligation(reg, as_of);
    (
        o["status"].as_str().unwrap().to_string(),
        o["late_by_minutes"].as_i64(),
    )
}

fn contact(reg: &TempRegister, id: &str) -> Value {
    reg.json(&["authority", "contacts"])
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .cloned()
        .unwrap()
}

#[test]
fn a_production_order_is_due_at_the_end_of_the_tenth_day_moved_past_a_weekend() {
    let reg = TempRegister::dutch_controller("gdpr");
    // Received Thursday 3 Sep 2026 10:00 CEST. The 10th day after is Sunday 13 Sep: the limit
    // moves to the end of Monday 14 Sep (23:59:59.999999 CEST = 21:59:59.999999Z); the target
    // is the time of receipt ten days later (13 Sep 10:00 CEST = 08:00Z).
    let id = order(&reg, "production", "2026-09-03T10:00:00+02:00");
    let o = the_obligation(&reg, "2026-09-04T00:00:00Z");
    assert_eq!(
        (
            o["regime"].as_str(),
            o["kind"].as_str(),
            terms(&reg)["rule"].as_str(),
            o["recipient"].as_str(),
            o["recipient_name"].as_str(),
            o["counting"].as_str(),
        ),
        (
            Some("e-evidence"),
            Some("production"),
            Some("art10-3"),
            Some("issuing-authority"),
            Some("Staatsanwaltschaft Köln (DE)"),
            Some("eu-1182-71-days"),
        )
    );
    assert_eq!(o["due_at"], "2026-09-14T21:59:59.999999Z");
    assert_eq!(o["target_at"], "2026-09-13T08:00:00.000000Z");
    assert_eq!(o["reference"], "Regulation (EU) 2023/1543 Art 10(2)-(3)");
    let c = contact(&reg, &id);
    assert_eq!(
        (
            c["authority"].as_str(),
            c["order"]["kind"].as_str(),
            c["order"]["issuer_country"].as_str(),
            c["order"]["preserve_until"].is_null(),
        ),
        (
            Some("issuing-authority"),
            Some("production"),
            Some("DE"),
            true
        )
    );
    // Past the target, within the limit: pending. At the limit: pending. After: overdue.
    assert_eq!(status(&reg, "2026-09-14T12:00:00Z").0, "pending");
    assert_eq!(status(&reg, "2026-09-14T21:59:59.999999Z").0, "pending");
    assert_eq!(
        status(&reg, "2026-09-14T22:00:30Z"),
        ("overdue".to_string(), Some(1))
    );
    // The answer one minute after the limit files it late by one minute.
    reg.json(&[
        "authority",
        "log",
        "--authority",
        "nl-ap",
        "--direction",
        "outgoing",
        "--at",
        "2026-09-14T22:00:59Z",
        "--subject",
        "Data transmitted",
        "--answers",
        &id,
    ]);
    assert_eq!(
        status(&reg, "2026-10-01T00:00:00Z"),
        ("filed_late".to_string(), Some(1))
    );
    reg.json(&["verify"]);
}

#[test]
fn a_production_order_answered_at_the_last_instant_is_on_time() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = order(&reg, "production", "2026-09-03T10:00:00+02:00");
    reg.json(&[
        "authority",
        "log",
        "--authority",
        "nl-ap",
        "--direction",
        "outgoing",
        "--at",
        "2026-09-14T21:59:59.999999Z",
        "--subject",
        "Data transmitted",
        "--answers",
        &id,
    ]);
    assert_eq!(
        status(&reg, "2026-10-01T00:00:00Z"),
        ("filed".to_string(), None)
    );
}

#[test]
fn an_emergency_order_is_due_eight_elapsed_hours_after_receipt_across_the_end_of_summer_time() {
    let reg = TempRegister::dutch_controller("gdpr");
    // Received Saturday 24 Oct 2026 23:30 CEST (21:30Z); clocks go back at 03:00 CEST on
    // 25 Oct: 8 elapsed hours end at 05:30Z (06:30 CET), no weekend roll-over.
    order(&reg, "production-emergency", "2026-10-24T23:30:00+02:00");
    let o = the_obligation(&reg, "2026-10-25T00:00:00Z");
    let t = terms(&reg);
    assert_eq!(
        (
            t["rule"].as_str(),
            o["counting"].as_str(),
            t["hours"].as_i64()
        ),
        (Some("art10-4"), Some("elapsed-hours"), Some(8))
    );
    assert_eq!(o["due_at"], "2026-10-25T05:30:00.000000Z");
    assert_eq!(o["target_at"], o["due_at"]);
    assert_eq!(status(&reg, "2026-10-25T05:29:00Z").0, "pending");
    assert_eq!(status(&reg, "2026-10-25T05:30:00Z").0, "pending");
    assert_eq!(
        status(&reg, "2026-10-25T05:31:00Z"),
        ("overdue".to_string(), Some(1))
    );
}

#[test]
fn a_preservation_order_runs_sixty_days_and_thirty_more_when_extended_within_them() {
    let reg = TempRegister::dutch_controller("gdpr");
    // Received Monday 31 Aug 2026 11:00 CEST (after the Regulation applies, 18 Aug 2026). Day 60
    // after is Friday 30 Oct, in winter time: preserve until its end (22:59:59.999999Z).
    let id = order(&reg, "preservation", "2026-08-31T09:00:00Z");
    let c = contact(&reg, &id);
    assert_eq!(c["order"]["preserve_until"], "2026-10-30T22:59:59.999999Z");
    // The duty to preserve: without undue delay, never late, the elapsed time shown.
    let o = the_obligation(&reg, "2026-09-02T09:00:00Z");
    assert_eq!(
        (
            o["kind"].as_str(),
            terms(&reg)["rule"].as_str(),
            o["status"].as_str(),
            o["due_at"].is_null(),
            o["counting"].as_str()
        ),
        (
            Some("preservation"),
            Some("art11-1"),
            Some("pending"),
            true,
            Some("undue-delay")
        )
    );
    assert_eq!(status(&reg, "2026-11-30T09:00:00Z").0, "pending");
    // An extension one instant after the 60 days is refused and writes nothing.
    let before = reg.event_count();
    let err = reg.fails(
        &[
            "authority",
            "preservation",
            &id[..8],
            "--change",
            "extended",
            "--at",
            "2026-10-30T23:00:00Z",
        ],
        5,
    );
    assert!(
        err.contains("time") && err.contains("duty to preserve had already ended"),
        "{err}"
    );
    assert_eq!(reg.event_count(), before);
    // At the last second of the 60 days: 30 more days from the end of 30 Oct; day 30 is
    // Sunday 29 Nov, so the end of Monday 30 Nov.
    let v = reg.json(&[
        "authority",
        "preservation",
        &id,
        "--change",
        "extended",
        "--at",
        "2026-10-30T22:59:59Z",
    ]);
    assert_eq!(v["order"]["preserve_until"], "2026-11-30T22:59:59.999999Z");
    assert_eq!(v["order"]["extended_at"], "2026-10-30T22:59:59.000000Z");
    // Only one extension.
    reg.fails(
        &[
            "authority",
            "preservation",
            &id,
            "--change",
            "extended",
            "--at",
            "2026-10-31T10:00:00Z",
        ],
        5,
    );
    // Production confirmed within the period: kept until the production request is
    // answered, no end date.
    let v = reg.json(&[
        "authority",
        "preservation",
        &id,
        "--change",
        "production-confirmed",
        "--at",
        "2026-11-19T10:00:00Z",
    ]);
    assert!(v["order"]["preserve_until"].is_null());
    let v = reg.json(&[
        "authority",
        "preservation",
        &id,
        "--change",
        "released",
        "--at",
        "2026-11-25T10:00:00Z",
    ]);
    assert_eq!(v["order"]["released_at"], "2026-11-25T10:00:00.000000Z");
    reg.fails(
        &[
            "authority",
            "preservation",
            &id,
            "--change",
            "released",
            "--at",
            "2026-11-26T10:00:00Z",
        ],
        5,
    );
    assert_eq!(contact(&reg, &id), {
        let mut c = v.clone();
        c["order"]["released_at"] = "2026-11-25T10:00:00.000000Z".into();
        c
    });
    reg.json(&["verify"]);
}

#[test]
fn a_release_or_confirmation_after_the_sixty_days_is_refused() {
    let reg = TempRegister::dutch_controller("gdpr");
    let id = order(&reg, "preservation", "2026-08-31T09:00:00Z");
    for change in ["production-confirmed", "released"] {
        reg.fails(
            &[
                "authority",
                "preservation",
                &id,
                "--change",
                change,
                "--at",
                "2026-10-30T23:00:00Z",
            ],
            5,
        );
    }
    // Not a preservation order.
    let prod = order(&reg, "production", "2026-08-31T09:00:00Z");
    let err = reg.fails(
        &[
            "authority",
            "preservation",
            &prod,
            "--change",
            "extended",
            "--at",
            "2026-09-01T09:00:00Z",
        ],
        5,
    );
    assert!(
        err.contains("not an e-Evidence preservation order"),
        "{err}"
    );
}

#[test]
fn an_order_is_refused_without_its_issuer_or_with_what_the_law_sets() {
    let reg = TempRegister::dutch_controller("gdpr");
    let base = [
        "authority",
        "log",
        "--direction",
        "incoming",
        "--at",
        "2026-09-01T09:00:00Z",
        "--subject",
        "EPOC",
    ];
    let before = reg.event_count();
    for (extra, field) in [
        (
            vec!["--order", "production", "--issuer-country", "DE"],
            "issuing authority",
        ),
        (
            vec!["--order", "production", "--issuer", "X"],
            "issuing State",
        ),
        (
            vec![
                "--order",
                "production",
                "--issuer",
                "X",
                "--issuer-country",
                "GB",
            ],
            "issuing State",
        ),
        (
            vec![
                "--order",
                "subpoena",
                "--issuer",
                "X",
                "--issuer-country",
                "DE",
            ],
            "e-Evidence order",
        ),
        (
            vec![
                "--order",
                "production",
                "--issuer",
                "X",
                "--issuer-country",
                "DE",
                "--response-due",
                "2026-10-01T00:00:00Z",
            ],
            "response due",
        ),
        (
            vec![
                "--order",
                "production",
                "--issuer",
                "X",
                "--issuer-country",
                "DE",
                "--authority",
                "nl-ap",
            ],
            "authority",
        ),
        (
            vec!["--authority", "nl-ap", "--issuer", "X"],
            "issuing authority",
        ),
    ] {
        let mut args: Vec<&str> = base.to_vec();
        args.extend(extra.iter().copied());
        let err = reg.fails(&args, 5);
        assert!(err.contains(field), "{field}: {err}");
    }
    // An order is incoming.
    let err = reg.fails(
        &[
            "authority",
            "log",
            "--direction",
            "outgoing",
            "--at",
            "2026-09-01T09:00:00Z",
            "--subject",
            "EPOC",
            "--order",
            "production",
            "--issuer",
            "X",
            "--issuer-country",
            "DE",
        ],
        5,
    );
    assert!(err.contains("e-Evidence order"), "{err}");
    assert_eq!(reg.event_count(), before);
}

/// Regulation (EU) 2023/1543 Art 34(2): "It shall apply from 18 August 2026." No order under it
/// exists before then, so none is logged (and no deadline opened) for an earlier receipt. The
/// first instant of 18 August anywhere in the Union is midnight at UTC+4 (Réunion):
/// 2026-08-17T20:00:00Z.
#[test]
fn an_order_received_before_the_regulation_applies_is_refused() {
    let reg = TempRegister::dutch_controller("gdpr");
    let before = reg.event_count();
    let log = |at: &str| {
        vec![
            "authority".to_string(),
            "log".into(),
            "--direction".into(),
            "incoming".into(),
            "--order".into(),
            "production".into(),
            "--issuer".into(),
            "Staatsanwaltschaft Köln".into(),
            "--issuer-country".into(),
            "DE".into(),
            "--at".into(),
            at.into(),
            "--subject".into(),
            "EPOC 2026/1".into(),
        ]
    };
    let args = log("2026-08-17T19:59:59Z");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = reg.fails(&args, 5);
    assert!(
        err.contains("time") && err.contains("2026-08-18") && err.contains("Art 34(2)"),
        "{err}"
    );
    assert_eq!(reg.event_count(), before, "nothing written");
    // The same order received at the first instant of 18 August (UTC+4) opens its 10 days.
    let id = order(&reg, "production", "2026-08-17T20:00:00Z");
    assert!(!id.is_empty());
    let o = the_obligation(&reg, "2026-08-18T00:00:00Z");
    assert_eq!(o["kind"], "production");
    // A request of an authority before that date is still an ordinary contact.
    reg.json(&[
        "authority",
        "log",
        "--authority",
        "nl-ap",
        "--direction",
        "incoming",
        "--at",
        "2026-06-01T09:00:00Z",
        "--subject",
        "Request under national law",
    ]);
}
