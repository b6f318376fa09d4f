//! `breachlog rules what-if` and `rules packs`: every obligation as it is and as it would be under
//! a proposal pack (the Digital Omnibus: GDPR Art 33 in 96 hours, high risk only), writing
//! nothing. Expected times are worked out by hand.

use breachlog_tests::TempRegister;
use serde_json::Value;

/// A personal data breach, aware 4 May 2026 12:00 CEST (10:00Z), assessed with `risk`.
fn breach(reg: &TempRegister, risk: &str) -> String {
    let id = reg.new_incident(
        "Customer list mailed to the wrong address",
        "2026-05-04T09:00:00Z",
    );
    reg.assess(
        &id,
        "2026-05-04T12:00:00+02:00",
        &["--risk", risk, "--risk-reasoning", "Assessed by the DPO"],
    );
    id
}

/// Every table of the register with its row count (the journal's too). `verify` itself records
/// an access event, so the comparison reads the file directly.
fn tables(reg: &TempRegister) -> Vec<(String, i64)> {
    let conn = reg.raw();
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    names
        .into_iter()
        .map(|n| {
            let count = conn
                .query_row(&format!("SELECT count(*) FROM \"{n}\""), [], |r| r.get(0))
                .unwrap();
            (n, count)
        })
        .collect()
}

fn authority(w: &Value, incident: &str) -> Value {
    w["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["incident"] == incident)
        .unwrap_or_else(|| panic!("{incident} in {w}"))["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["rule"] == "art33-1")
        .unwrap_or_else(|| panic!("art33-1 in {w}"))
        .clone()
}

#[test]
fn packs_are_listed_as_proposals() {
    let reg = TempRegister::dutch_controller("gdpr");
    let packs = reg.json(&["rules", "packs"]);
    let omnibus = packs
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "digital-omnibus-2025")
        .unwrap_or_else(|| panic!("{packs}"));
    assert_eq!(omnibus["status"], "proposal");
    assert_eq!(omnibus["changes"][0]["hours"], 96);
    assert_eq!(omnibus["changes"][0]["only_if_risk"], "high");
    let text = String::from_utf8(reg.run(&["rules", "packs"]).stdout).unwrap();
    assert!(
        text.contains("digital-omnibus-2025") && text.contains("proposal"),
        "{text}"
    );
}

/// Low risk: in force the authority is owed by 7 May 10:00Z (72 h); under the proposal it is not
/// owed at all. High risk: 72 h → 7 May 10:00Z now, 96 h → 8 May 10:00Z under the proposal.
#[test]
fn what_if_compares_now_and_under_the_proposal_and_writes_nothing() {
    let reg = TempRegister::dutch_controller("gdpr");
    let low = breach(&reg, "risk");
    let high = breach(&reg, "high");
    let before = tables(&reg);

    let w = reg.json(&["rules", "what-if", "--pack", "digital-omnibus-2025"]);
    let mut keys: Vec<&str> = w.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["as_of", "incidents", "pack"]);
    assert_eq!(w["pack"]["status"], "proposal");
    assert_eq!(w["incidents"].as_array().unwrap().len(), 2);

    let l = authority(&w, &low);
    assert_eq!(l["due_at"], "2026-05-07T10:00:00.000000Z");
    assert_eq!(l["would"]["state"], "not_owed");
    assert_eq!(l["difference_hours"], Value::Null);
    assert_eq!(l["changed"], true);
    let h = authority(&w, &high);
    assert_eq!(h["due_at"], "2026-05-07T10:00:00.000000Z");
    assert_eq!(h["would"]["state"], "due");
    assert_eq!(h["would"]["due_at"], "2026-05-08T10:00:00.000000Z");
    assert_eq!(h["difference_hours"], 24);
    assert_eq!(h["counting"], "elapsed-hours");
    // An authority: no customer name.
    assert_eq!(h["recipient_name"], Value::Null);
    let mut keys: Vec<&str> = h.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "changed",
            "counting",
            "difference_hours",
            "due_at",
            "incident",
            "kind",
            "obligation",
            "recipient",
            "recipient_name",
            "regime",
            "rule",
            "status",
            "would"
        ]
    );

    let one = reg.json(&[
        "rules",
        "what-if",
        "--pack",
        "digital-omnibus-2025",
        "--incident",
        &high,
    ]);
    assert_eq!(one["incidents"].as_array().unwrap().len(), 1);

    let text = String::from_utf8(
        reg.run(&[
            "rules",
            "what-if",
            "--pack",
            "digital-omnibus-2025",
            "--incident",
            &low,
        ])
        .stdout,
    )
    .unwrap();
    assert!(text.contains("NOT THE LAW IN FORCE"), "{text}");
    assert!(
        text.contains("Under the proposal") && text.contains("not owed"),
        "{text}"
    );

    assert_eq!(tables(&reg), before, "the what-if wrote nothing");
    // The register still verifies: every table is what the journal replays to.
    assert_eq!(reg.json(&["verify"])["ok"], true);
    // The deadline in force is still 72 hours.
    let list = reg.json(&["obligations", "--incident", &high]);
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|o| o["kind"] == "notification" && o["due_at"] == "2026-05-07T10:00:00.000000Z"),
        "{list}"
    );
}

#[test]
fn unknown_pack_and_unknown_incident_are_refused() {
    let reg = TempRegister::dutch_controller("gdpr");
    let err = reg.fails(&["rules", "what-if", "--pack", "no-such-pack", "--json"], 5);
    let body: Value = serde_json::from_str(&err).unwrap();
    assert_eq!(body["error"]["code"], "invalid_input", "{err}");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("rule pack") && message.contains("digital-omnibus-2025"),
        "{err}"
    );
    let err = reg.fails(
        &[
            "rules",
            "what-if",
            "--pack",
            "digital-omnibus-2025",
            "--incident",
            "0190f7a2-0000-7000-8000-000000000000",
            "--json",
        ],
        1,
    );
    let body: Value = serde_json::from_str(&err).unwrap();
    assert_eq!(body["error"]["code"], "not_found", "{err}");
}
