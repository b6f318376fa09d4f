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
    reg.assess(
        &id,
        "2026-06-01T10:00:00Z",
        &[
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
        ],
    );
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

fn write(reg: &TempRegister, name: &str, text: &str) -> String {
    let path = reg.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

const IMPACT_HEADER: &str =
    "controller,subjects_approx,records_approx,data_categories,subject_categories,countries";

#[test]
fn impact_per_customer_is_journalled_summed_and_flags_unknown_notices() {
    let reg = saas();
    let id = both_incident(&reg);
    let out = reg.json(&[
        "breach",
        "impact",
        &id,
        "--controller",
        "Bakkerij Jansen",
        "--subjects-approx",
        "1200",
        "--records-approx",
        "3400",
        "--data-categories",
        "name,email",
        "--subject-categories",
        "customers",
        "--countries",
        "nl,BE",
    ]);
    assert_eq!(out["impact"]["subjects_approx"], 1200);
    assert_eq!(out["impact"]["countries"], serde_json::json!(["NL", "BE"]));
    // Only the members given change.
    reg.json(&[
        "breach",
        "impact",
        &id,
        "--controller",
        "Bakkerij Jansen",
        "--records-approx",
        "3500",
    ]);
    let kinds: i64 = reg
        .raw()
        .query_row(
            "SELECT count(*) FROM events WHERE kind = 'controller.impact_set'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kinds, 2);
    let list = obligations(&reg, &id);
    assert_eq!(notice(&list, "Bakkerij Jansen")["impact_known"], true);
    assert_eq!(notice(&list, "Müller Logistik")["impact_known"], false);
    // Authority notifications carry no such flag.
    assert!(list
        .iter()
        .filter(|o| o["kind"] != "controller-notice")
        .all(|o| o.get("impact_known").is_none()));

    let shown = reg.json(&["incident", "show", &id]);
    assert_eq!(shown["impacts"][0]["subjects_approx"], 1200);
    assert_eq!(shown["impacts"][0]["records_approx"], 3500);
    assert_eq!(
        shown["impacts"][0]["data_categories"],
        serde_json::json!(["name", "email"])
    );
    let totals = &shown["impact_totals"];
    assert_eq!(
        (
            totals["customers"].as_u64(),
            totals["customers_known"].as_u64(),
            totals["subjects_sum"].as_u64(),
            totals["records_sum"].as_u64(),
            totals["subjects_estimate"].as_u64(),
            totals["records_estimate"].as_u64(),
        ),
        (
            Some(4),
            Some(1),
            Some(1200),
            Some(3500),
            Some(5000),
            Some(12000)
        )
    );
    assert_eq!(reg.json(&["verify"])["ok"], true);

    // A bad value is named and nothing is written.
    let events = reg.event_count();
    let err = reg.fails(
        &[
            "breach",
            "impact",
            &id,
            "--controller",
            "Bakkerij Jansen",
            "--countries",
            "NL,XX",
        ],
        5,
    );
    assert!(err.contains("countries"), "{err}");
    let err = reg.fails(
        &[
            "breach",
            "impact",
            &id,
            "--controller",
            "Nobody Ltd",
            "--subjects-approx",
            "1",
        ],
        5,
    );
    assert!(err.contains("controller"), "{err}");
    assert_eq!(reg.event_count(), events);

    // The projected row is rebuilt and compared by verify.
    reg.raw()
        .execute(
            "UPDATE controller_impacts SET doc = replace(doc, '1200', '1300')",
            [],
        )
        .unwrap();
    let out = reg.run(&["verify", "--json"]);
    assert_eq!(out.status.code(), Some(4));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["error"]["reason"]
            .as_str()
            .unwrap()
            .contains("projection controller_impacts"),
        "{v}"
    );
}

#[test]
fn an_impact_needs_the_processor_role_and_makes_the_customer_affected() {
    let reg = saas();
    let id = reg.new_incident("Own HR data leaked", "2026-06-01T09:00:00Z");
    reg.assess(&id, "2026-06-01T10:00:00Z", &["--role", "controller"]);
    let events = reg.event_count();
    let err = reg.fails(
        &[
            "breach",
            "impact",
            &id,
            "--controller",
            "Bakkerij Jansen",
            "--subjects-approx",
            "10",
        ],
        5,
    );
    assert!(err.contains("controller"), "{err}");
    assert_eq!(reg.event_count(), events);
    // As "both", a customer not yet affected becomes so and its notice is derived.
    reg.json(&["breach", "assess", &id, "--role", "both"]);
    reg.json(&[
        "breach",
        "impact",
        &id,
        "--controller",
        "Thames Tea Ltd",
        "--subjects-approx",
        "10",
    ]);
    let list = obligations(&reg, &id);
    // 10:00Z + 36 h (its contract).
    assert_eq!(
        notice(&list, "Thames Tea Ltd")["due_at"],
        "2026-06-02T22:00:00.000000Z"
    );
    assert_eq!(notice(&list, "Thames Tea Ltd")["impact_known"], true);
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

#[test]
fn impacts_from_csv_name_every_bad_row_and_write_nothing_until_all_are_good() {
    let reg = saas();
    let id = both_incident(&reg);
    let bad = write(
        &reg,
        "bad.csv",
        &format!(
            "{IMPACT_HEADER}\n\
             Bakkerij Jansen,1200,3400,name;email,customers,NL;BE\n\
             Müller Logistik,many,800,name,,DE\n\
             Nobody Ltd,5,5,,,XX\n\
             bakkerij jansen,1,1,,,\n"
        ),
    );
    let events = reg.event_count();
    let out = reg.run(&["breach", "impact", &id, "--from-csv", &bad, "--json"]);
    assert_eq!(out.status.code(), Some(5));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors: Vec<(u64, String)> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["line"].as_u64().unwrap(),
                e["field"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        vec![
            (3, "subjects_approx".to_string()),
            (4, "controller".to_string()),
            (4, "countries".to_string()),
            (5, "controller".to_string()),
        ]
    );
    assert_eq!(report["imported"], false);
    assert_eq!(reg.event_count(), events, "nothing written");

    let good = write(
        &reg,
        "good.csv",
        "countries,controller,subjects_approx,records_approx,data_categories,subject_categories\n\
         NL;BE,Bakkerij Jansen,1200,3400,name;email,customers\n\
         DE,Müller Logistik,800,2000,name,employees\n\
         FR,Librairie Dupont,300,,name,\n\
         GB,Thames Tea Ltd,150,450,email,customers\n",
    );
    let dry = reg.json(&["breach", "impact", &id, "--from-csv", &good, "--dry-run"]);
    assert_eq!(dry["set"].as_array().unwrap().len(), 4);
    assert_eq!(dry["imported"], false);
    assert_eq!(reg.event_count(), events, "a dry run writes nothing");
    let done = reg.json(&["breach", "impact", &id, "--from-csv", &good]);
    assert_eq!(done["imported"], true);
    let shown = reg.json(&["incident", "show", &id]);
    assert_eq!(shown["impact_totals"]["customers_known"], 4);
    assert_eq!(shown["impact_totals"]["subjects_sum"], 2450);
    assert_eq!(shown["impact_totals"]["subjects_estimate"], 5000);
    let list = obligations(&reg, &id);
    assert!(list
        .iter()
        .filter(|o| o["kind"] == "controller-notice")
        .all(|o| o["impact_known"] == true));
    // The same file again changes nothing.
    let again = reg.json(&["breach", "impact", &id, "--from-csv", &good]);
    assert_eq!(again["unchanged"], 4);
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// Migration 13 adds the table of impacts to a schema-12 register, which then verifies.
#[test]
fn schema_13_adds_the_impacts_table() {
    let reg = saas();
    both_incident(&reg);
    reg.raw()
        .execute_batch("DROP TABLE controller_impacts; PRAGMA user_version = 12;")
        .unwrap();
    let out = reg.run(&["verify", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let conn = reg.raw();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, breachlog_core::storage::SCHEMA_VERSION);
    let table: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'controller_impacts'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(table, 1);
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

/// The issue's "done when": customers in NL (nl), DE (de), FR (fr) and GB (en, UK GDPR) on one
/// incident in both roles; each notice has that customer's numbers and language, the right law
/// and the deadline from its contract; the manifest's hashes match the files.
#[test]
fn one_notice_per_customer_with_its_numbers_language_law_and_clock() {
    let reg = saas();
    reg.json(&[
        "controller",
        "set",
        "Bakkerij Jansen",
        "--contract-reference",
        "DPA-2024-17",
    ]);
    let id = both_incident(&reg);
    let csv = write(
        &reg,
        "impacts.csv",
        &format!(
            "{IMPACT_HEADER}\n\
             Bakkerij Jansen,1234,4321,naam;e-mailadres,klanten,NL;BE\n\
             Müller Logistik,2345,5432,Name,Kunden,DE;AT\n\
             Librairie Dupont,345,678,nom,clients,FR\n\
             Thames Tea Ltd,456,789,email address,customers,GB\n"
        ),
    );
    reg.json(&["breach", "impact", &id, "--from-csv", &csv]);
    let list = obligations(&reg, &id);
    // The UK customer's notice is owed under the UK GDPR, the others' under the GDPR.
    assert_eq!(notice(&list, "Thames Tea Ltd")["regime"], "uk-gdpr");
    assert_eq!(notice(&list, "Bakkerij Jansen")["regime"], "gdpr");

    let dir = reg.dir.path().join("notices");
    let out = reg.json(&[
        "report",
        "controller",
        &id,
        "--all",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(out["notices"].as_array().unwrap().len(), 4);

    // The manifest: one row per customer, each hash that of its file (computed here).
    let manifest = std::fs::read(dir.join("manifest.csv")).unwrap();
    let mut rd = csv::Reader::from_reader(manifest.as_slice());
    assert_eq!(
        rd.headers().unwrap().iter().collect::<Vec<_>>(),
        ["controller", "contact", "language", "file", "sha256"]
    );
    let rows: Vec<Vec<String>> = rd
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let langs: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[0].as_str(), r[2].as_str()))
        .collect();
    assert_eq!(
        langs,
        [
            ("Bakkerij Jansen", "nl"),
            ("Librairie Dupont", "fr"),
            ("Müller Logistik", "de"),
            ("Thames Tea Ltd", "en"),
        ]
    );
    let mut files = std::collections::HashMap::new();
    for r in &rows {
        let path = dir.join(&r[3]);
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(sha256_hex(&bytes), r[4], "{}", r[3]);
        assert_eq!(r[1], "privacy@example.test");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", r[3]);
        }
        files.insert(r[0].clone(), path);
    }
    // Each PDF is a report in the report chain: the register recognises it.
    for path in files.values() {
        let check = reg.json(&["verify-report", path.to_str().unwrap()]);
        assert_eq!(check["ok"], true, "{check}");
        assert_eq!(check["issued_by_register"], true, "{check}");
    }

    // Dutch, with its own figures, the AVG and its contract's 24 h: 10:00Z + 24 h =
    // 2026-06-02 10:00Z = 12:00 CEST.
    let nl = breachlog_testsupport::pdf_words(&files["Bakkerij Jansen"]);
    for want in [
        "Melding van een inbreuk in verband met persoonsgegevens",
        "art. 33 lid 2 AVG",
        "1.234",
        "4.321",
        "naam, e-mailadres",
        "klanten",
        "NL, BE",
        "binnen 24 uur",
        "02-06-2026 12:00 uur (CEST)",
        "kenmerk DPA-2024-17",
        "uitsluitend uw gegevens",
    ] {
        assert!(nl.contains(want), "nl notice lacks {want:?}:\n{nl}");
    }
    // Not the incident's totals, nor another customer's figures.
    for absent in ["5.000", "12.000", "2.345", "Notification of"] {
        assert!(!nl.contains(absent), "nl notice has {absent:?}");
    }
    // German: 48 h → 2026-06-03 12:00 CEST.
    let de = breachlog_testsupport::pdf_words(&files["Müller Logistik"]);
    for want in [
        "Art. 33 Abs. 2 DSGVO",
        "2.345",
        "5.432",
        "DE, AT",
        "innerhalb von 48 Stunden",
        "03.06.2026, 12:00 Uhr (CEST)",
    ] {
        assert!(de.contains(want), "de notice lacks {want:?}:\n{de}");
    }
    // French: no contractual hours, without undue delay.
    let fr = breachlog_testsupport::pdf_words(&files["Librairie Dupont"]);
    for want in [
        "article 33, paragraphe 2, du RGPD",
        "345",
        "678",
        "ne fixe pas de délai",
    ] {
        assert!(fr.contains(want), "fr notice lacks {want:?}:\n{fr}");
    }
    // English under the UK GDPR, 36 h → 2026-06-02 22:00Z = 2026-06-03 00:00 CEST.
    let gb = breachlog_testsupport::pdf_words(&files["Thames Tea Ltd"]);
    for want in [
        "(Art. 33(2) UK GDPR)",
        "UK GDPR Art. 33(2)",
        "456",
        "789",
        "within 36 hours",
        "2026-06-03 00:00 CEST",
    ] {
        assert!(gb.contains(want), "gb notice lacks {want:?}:\n{gb}");
    }
    // No citation of the EU GDPR anywhere in the UK notice.
    for cited in ["(GDPR Art.", "33(4) GDPR)", "(GDPR "] {
        assert!(!gb.contains(cited), "gb notice cites {cited:?}:\n{gb}");
    }

    // The folder must be new or empty: refused, naming --out, nothing issued.
    let events = reg.event_count();
    let out = reg.run(&[
        "report",
        "controller",
        &id,
        "--all",
        "--out",
        dir.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(5));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let text = format!("{v}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("out"), "{text}");
    assert_eq!(reg.event_count(), events);
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// Issue 15 item 4: a customer's notice carries, attached, the notification it files with its
/// own lead authority, pre-filled with the customer as controller and its own figures; a
/// customer without a lead authority on record gets no attachment.
#[test]
fn a_customer_with_a_lead_authority_gets_its_own_authority_draft_attached() {
    let reg = saas();
    reg.json(&[
        "controller",
        "set",
        "Bakkerij Jansen",
        "--authority",
        "nl-ap",
    ]);
    let id = both_incident(&reg);
    let csv = write(
        &reg,
        "impacts.csv",
        &format!(
            "{IMPACT_HEADER}\n\
             Bakkerij Jansen,1234,4321,naam;e-mailadres,klanten,NL;BE\n\
             Librairie Dupont,345,678,nom,clients,FR\n"
        ),
    );
    reg.json(&["breach", "impact", &id, "--from-csv", &csv]);
    let issue = |name: &str, file: &str| {
        let path = reg.dir.path().join(file);
        reg.json(&[
            "report",
            "controller",
            &id,
            "--controller",
            name,
            "--out",
            path.to_str().unwrap(),
        ]);
        let check = reg.json(&["verify-report", path.to_str().unwrap()]);
        assert_eq!(check["ok"], true, "{check}");
        breachlog_testsupport::pdf_words(&path)
    };

    let nl = issue("Bakkerij Jansen", "nl.pdf");
    let heading = "Bijlage: een concept van uw eigen melding aan uw toezichthouder";
    let at = nl
        .find(heading)
        .unwrap_or_else(|| panic!("no attached draft:\n{nl}"));
    let attached = &nl[at..];
    for want in [
        // Its title names the customer as the one who notifies, and the authority.
        "Melding door Bakkerij Jansen aan Autoriteit Persoonsgegevens (concept)",
        // The customer's own figures and categories, not the incident's.
        "1.234",
        "4.321",
        "naam, e-mailadres",
        // The customer's contact as the contact point.
        "privacy@example.test",
    ] {
        assert!(
            attached.contains(want),
            "attached draft lacks {want:?}:\n{attached}"
        );
    }
    // Whole numbers only: a hash or an id printed in the PDF may hold these digits.
    let numbers: Vec<&str> = attached
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|n| n.trim_matches('.'))
        .collect();
    for absent in ["5.000", "12.000", "345"] {
        assert!(
            !numbers.contains(&absent),
            "attached draft has {absent:?}:\n{attached}"
        );
    }
    // The customer became aware when we told it, not when we did (2026-06-01 12:00 CEST).
    assert!(!attached.contains("01-06-2026 12:00"), "{attached}");

    // No lead authority on record: no attachment.
    let fr = issue("Librairie Dupont", "fr.pdf");
    assert!(fr.contains("ne fixe pas de délai"), "{fr}");
    assert!(!fr.contains("En annexe"), "{fr}");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}
