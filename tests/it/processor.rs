//! Processor at scale (issue 15 items 2-4): an incident in both roles, the impact per
//! customer, and one notice per customer with its own numbers, language, law and clock.
//! Expected deadlines are worked out by hand from the rules and the contracts (see comments).

use breachlog_tests::TempRegister;
use serde_json::Value;

/// A processor's register (Amsterdam, the Dutch authority, GDPR and UK GDPR) with four
/// customers: NL (nl, 24 h), DE (de, 48 h), FR (fr, without undue delay) and GB (en, 36 h).
fn saas() -> TempRegister {
    let reg = TempRegister::with_init(&[
        "--org-name",
        "Cloudy Platforms B.V.",
        "--timezone",
        "Europe/Amsterdam",
        "--role",
        "processor",
        "--lead-authority",
        "nl-ap",
        "--regimes",
        "gdpr,uk-gdpr",
    ]);
    for (name, country, language, hours) in [
        ("Bakkerij Jansen", "NL", "nl", Some("24")),
        ("Müller Logistik", "DE", "de", Some("48")),
        ("Librairie Dupont", "FR", "fr", None),
        ("Thames Tea Ltd", "GB", "en", Some("36")),
    ] {
        let mut args = vec![
            "controller",
            "add",
            "--name",
            name,
            "--country",
            country,
            "--language",
            language,
            "--contact",
            "privacy@example.test",
        ];
        if let Some(h) = hours {
            args.extend_from_slice(&["--notice-hours", h]);
        }
        reg.json(&args);
    }
    reg
}

fn obligations(reg: &TempRegister, id: &str) -> Vec<Value> {
    reg.json(&[
        "obligations",
        "--incident",
        id,
        "--as-of",
        "2026-06-02T10:00:00Z",
    ])
    .as_array()
    .unwrap()
    .clone()
}

fn notice<'a>(list: &'a [Value], name: &str) -> &'a Value {
    list.iter()
        .find(|o| o["kind"] == "controller-notice" && o["recipient_name"] == name)
        .unwrap_or_else(|| panic!("a notice to {name} in {list:#?}"))
}

/// A "both" incident aware at 2026-06-01 10:00 UTC hitting all four customers.
fn both_incident(reg: &TempRegister) -> String {
    let id = reg.new_incident("Tenant database exposed", "2026-06-01T09:00:00Z");
    reg.json(&[
        "breach",
        "assess",
        &id,
        "--personal-data",
        "yes",
        "--aware-at",
        "2026-06-01T10:00:00Z",
        "--role",
        "both",
        "--risk",
        "high",
        "--risk-reasoning",
        "Contact and payment data of many people",
        "--controllers",
        "Bakkerij Jansen,Müller Logistik,Librairie Dupont,Thames Tea Ltd",
        "--subjects-approx",
        "5000",
        "--records-approx",
        "12000",
    ]);
    id
}

#[test]
fn both_roles_give_the_authority_notification_and_one_notice_per_customer() {
    let reg = saas();
    let id = both_incident(&reg);
    let list = obligations(&reg, &id);
    // Own data: Art 33(1) to the Dutch authority and to the ICO (UK GDPR), 72 h from
    // awareness (10:00Z + 72 h = 2026-06-04 10:00Z), and Art 34 for a high risk.
    let authority = list
        .iter()
        .find(|o| o["regime"] == "gdpr" && o["kind"] == "notification")
        .expect("the GDPR notification");
    assert_eq!(authority["recipient"], "nl-ap");
    assert_eq!(authority["due_at"], "2026-06-04T10:00:00.000000Z");
    let ico = list
        .iter()
        .find(|o| o["regime"] == "uk-gdpr" && o["kind"] == "notification")
        .expect("the UK GDPR notification");
    assert_eq!(ico["recipient"], "uk-ico");
    assert!(list
        .iter()
        .any(|o| o["regime"] == "gdpr" && o["recipient"] == "data-subjects"));
    // Customers' data: one notice each, on its contract's clock from awareness.
    assert_eq!(
        notice(&list, "Bakkerij Jansen")["due_at"],
        "2026-06-02T10:00:00.000000Z"
    );
    assert_eq!(
        notice(&list, "Müller Logistik")["due_at"],
        "2026-06-03T10:00:00.000000Z"
    );
    assert_eq!(
        notice(&list, "Thames Tea Ltd")["due_at"],
        "2026-06-02T22:00:00.000000Z"
    );
    // No contractual hours: without undue delay, no fixed deadline.
    assert!(notice(&list, "Librairie Dupont")["due_at"].is_null());
    assert_eq!(
        list.iter()
            .filter(|o| o["kind"] == "controller-notice")
            .count(),
        4
    );

    // The register shows both: the role, the authority and every controller.
    let shown = reg.json(&["incident", "show", &id]);
    assert_eq!(shown["assessment"]["role"], "both");

    // Controller only: the notices are no longer derived (not required, automatically);
    // the authority notification stays.
    reg.json(&["breach", "assess", &id, "--role", "controller"]);
    let list = obligations(&reg, &id);
    for name in [
        "Bakkerij Jansen",
        "Müller Logistik",
        "Librairie Dupont",
        "Thames Tea Ltd",
    ] {
        assert_eq!(notice(&list, name)["status"], "not_required", "{name}");
    }
    let authority = list
        .iter()
        .find(|o| o["regime"] == "gdpr" && o["kind"] == "notification")
        .unwrap();
    assert_ne!(authority["status"], "not_required");
    // And back to both: the notices are reinstated.
    reg.json(&["breach", "assess", &id, "--role", "both"]);
    let list = obligations(&reg, &id);
    assert_ne!(notice(&list, "Bakkerij Jansen")["status"], "not_required");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}
