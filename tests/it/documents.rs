//! The documents addressed outside the organisation (Art 33 notification, Art 34 communication,
//! processor's notice to a controller) and the regulation parts of the incident and register
//! reports, through the CLI and checked with qpdf and poppler.

use std::path::PathBuf;

use serde_json::Value;

use super::reports::{assert_no_orphan_pages, check_pdf, rewrite_attachment, text_of, verify, Reg};

const REASONS: &str =
    "De omvang van de exfiltratie was pas na de forensische analyse van 17 maart bekend.";

fn setup() -> (Reg, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("reg.db");
    let mut reg = Reg {
        dir,
        db,
        incident: String::new(),
    };
    reg.cmd()
        .args([
            "init",
            "--org-name",
            "Zorggroep Noorderlicht B.V.",
            "--timezone",
            "Europe/Amsterdam",
            "--language",
            "nl",
            "--lead-authority",
            "nl-ap",
            "--regimes",
            "gdpr",
            "--role",
            "controller",
        ])
        .assert()
        .success();
    let i = reg.json(&[
        "incident",
        "new",
        "--title",
        "Ransomware op het patiëntendossier",
        "--category",
        "malware",
        "--source",
        "internal_monitoring",
        "--severity",
        "critical",
        "--detected-at",
        "2026-03-14T09:30:00+01:00",
        "--description",
        "Versleuteling vastgesteld door Élodie; gegevens vóór de versleuteling geëxfiltreerd.",
    ]);
    reg.incident = i["id"].as_str().expect("id").to_string();
    let id = reg.incident.clone();
    reg.json(&[
        "risk",
        "enisa",
        "--dpc",
        "4",
        "--ei",
        "0.75",
        "--cb-confidentiality",
        "exposed",
        "--malicious",
        "--incident",
        &id,
    ]);
    reg.json(&[
        "breach",
        "assess",
        &id,
        "--personal-data",
        "yes",
        "--aware-at",
        "2026-03-14T15:00:00+01:00",
        "--role",
        "controller",
        "--nature",
        "confidentiality",
        "--data-categories",
        "naam,burgerservicenummer",
        "--subjects-approx",
        "12400",
        "--consequences",
        "Risico op identiteitsfraude",
        "--measures",
        "Server geïsoleerd en hersteld",
        "--risk",
        "high",
        "--risk-reasoning",
        "Gezondheidsgegevens",
        "--decision",
        "notify",
        "--decision-rationale",
        "Hoog risico",
    ]);
    let obligations = reg.json(&[
        "obligations",
        "--incident",
        &id,
        "--as-of",
        "2026-03-15T00:00:00Z",
    ]);
    let of = |kind: &str| {
        obligations
            .as_array()
            .expect("list")
            .iter()
            .find(|o| o["kind"] == kind)
            .expect(kind)["id"]
            .as_str()
            .expect("id")
            .to_string()
    };
    let (art33, art34) = (of("notification"), of("subject-communication"));
    // Due 2026-03-17 15:00 CET; filed 18:20 CET: 3 h 20 min late.
    let first = reg.json(&[
        "filing",
        "record",
        &id,
        "--obligation",
        &art33,
        "--at",
        "2026-03-17T18:20:00+01:00",
        "--channel",
        "portal",
        "--reference",
        "AP-2026-004711",
        "--reasons-for-delay",
        REASONS,
    ]);
    reg.json(&[
        "filing",
        "record",
        &id,
        "--obligation",
        &art33,
        "--at",
        "2026-03-24T10:00:00+01:00",
        "--channel",
        "portal",
        "--reference",
        "AP-2026-004711-A",
        "--phase",
        "follow-up",
        "--follows",
        first["id"].as_str().expect("id"),
    ]);
    reg.json(&[
        "filing",
        "record",
        &id,
        "--obligation",
        &art34,
        "--at",
        "2026-03-19T12:00:00+01:00",
        "--channel",
        "letter",
        "--reference",
        "Brief-0319",
    ]);
    reg.json(&[
        "controller",
        "add",
        "--name",
        "Apotheek Gäper",
        "--notice-hours",
        "24",
        "--contact",
        "privacy@gaper.example",
    ]);
    let j = reg.json(&[
        "incident",
        "new",
        "--title",
        "Fehlversand einer Medikationsübersicht",
        "--category",
        "misdirected",
        "--source",
        "employee",
        "--severity",
        "medium",
        "--detected-at",
        "2026-04-02T11:00:00+02:00",
    ]);
    let j = j["id"].as_str().expect("id").to_string();
    reg.json(&[
        "breach",
        "assess",
        &j,
        "--personal-data",
        "yes",
        "--aware-at",
        "2026-04-02T12:00:00+02:00",
        "--role",
        "processor",
        "--controllers",
        "Apotheek Gäper",
        "--risk",
        "none",
        "--risk-reasoning",
        "Ein Empfänger",
        "--decision",
        "no-notify",
        "--decision-rationale",
        "Kein Risiko: Löschung bestätigt",
    ]);
    let ob = reg.json(&[
        "obligations",
        "--incident",
        &j,
        "--as-of",
        "2026-04-03T00:00:00Z",
    ]);
    let cn = ob[0]["id"].as_str().expect("id").to_string();
    reg.json(&[
        "filing",
        "record",
        &j,
        "--obligation",
        &cn,
        "--at",
        "2026-04-02T16:00:00+02:00",
        "--channel",
        "email",
        "--reference",
        "M-0402",
    ]);
    reg.cmd()
        .args([
            "incident",
            "note",
            &id,
            "--text",
            "Interne notitie: forensisch onderzoek loopt",
        ])
        .assert()
        .success();
    (reg, j)
}

fn issue(reg: &Reg, args: &[&str], name: &str) -> (PathBuf, Value) {
    let out = reg.path(name);
    let mut all: Vec<&str> = args.to_vec();
    let out_s = out.to_str().expect("path").to_string();
    all.extend(["--out", &out_s]);
    let v = reg.json(&all);
    (out, v)
}

fn content(pdf: &std::path::Path) -> Value {
    let bytes = std::fs::read(pdf).expect("pdf");
    let x = breachlog_core::report::extract(&bytes).expect("extract");
    serde_json::from_slice(&x.attachment.expect("attachment")).expect("json")
}

fn assert_verifies(reg: &Reg, pdf: &std::path::Path, issued: &Value) {
    let (code, v) = verify(reg, pdf, true);
    assert_eq!(code, 0, "{v}");
    assert_eq!(
        (v["ok"].as_bool(), v["issued_by_register"].as_bool()),
        (Some(true), Some(true)),
        "{v}"
    );
    assert_eq!(v["head_hash"], issued["head_hash"]);
    let (code, v) = verify(reg, pdf, false);
    assert_eq!((code, v["issued_by_register"].is_null()), (0, true), "{v}");
}

#[test]
fn documents_in_every_language_are_valid_embedded_extractable_and_verify() {
    let (reg, processor_incident) = setup();
    let id = reg.incident.clone();
    let cases = [
        (
            "en",
            "ie-dpc",
            "Personal data breach notification",
            "Communication to the data subjects",
            "Notice of a personal data breach to the controller",
            "Page 1 of",
        ),
        (
            "de",
            "de-ni",
            "Meldung einer Verletzung des Schutzes personenbezogener Daten",
            "Benachrichtigung der betroffenen Personen",
            "Meldung einer Datenschutzverletzung an den Verantwortlichen",
            "Seite 1 von",
        ),
        (
            "nl",
            "nl-ap",
            "Melding van een inbreuk in verband met persoonsgegevens",
            "Mededeling aan de betrokkenen",
            "Melding van een datalek aan de verwerkingsverantwoordelijke",
            "Pagina 1 van",
        ),
        (
            "fr",
            "fr-cnil",
            "Notification d'une violation de données à caractère personnel",
            "Communication aux personnes concernées",
            "Notification d'une violation de données au responsable du traitement",
            "Page 1 sur",
        ),
    ];
    let mut prev: Option<Value> = None;
    for (lang, authority, notification, subjects, controller, page) in cases {
        // The notification follows the authority's language.
        let (pdf, issued) = issue(
            &reg,
            &["report", "notification", &id, "--authority", authority],
            &format!("n-{lang}.pdf"),
        );
        let mut texts = vec![
            notification,
            page,
            "Ransomware op het patiëntendossier",
            "Élodie",
            "geëxfiltreerd",
        ];
        if authority == "nl-ap" {
            texts.extend([
                "Autoriteit Persoonsgegevens",
                "AP-2026-004711",
                "AP-2026-004711-A",
                "3 u 20 min te laat",
                REASONS,
            ]);
        }
        check_pdf(&pdf, &texts);
        assert_no_orphan_pages(&pdf);
        // Legal references in the report's language.
        let legal = match lang {
            "nl" => "AVG art. 33 lid 1",
            "de" => "DSGVO Art. 33 Abs. 1",
            "fr" => "RGPD art. 33, par. 1",
            _ => "GDPR Art 33(1)",
        };
        let text = text_of(&pdf);
        // The reference is printed with the obligation in the filing record: only the Dutch
        // authority has one recorded in this scenario.
        if authority == "nl-ap" {
            assert!(text.contains(legal), "{lang}: {legal} in {text}");
        }
        if lang != "en" {
            assert!(
                !text.contains("GDPR Art"),
                "{lang}: an English reference is left: {text}"
            );
        }
        assert!(!text.contains("breachlog verify"), "{text}");
        assert_verifies(&reg, &pdf, &issued);
        assert_eq!(
            issued["prev_report_sha256"],
            prev.take().unwrap_or(Value::Null),
            "reports form one chain"
        );
        let c = content(&pdf);
        assert_eq!(
            (
                c["kind"].as_str(),
                c["language"].as_str(),
                c["options"]["authority"].as_str()
            ),
            (Some("notification"), Some(lang), Some(authority))
        );
        // Only the incident's latest event is embedded: no internal note, nothing about other incidents.
        let events = c["events"].as_array().expect("events");
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0]["subject"].as_str(), Some(id.as_str()));
        assert!(!c.to_string().contains("Interne notitie"));
        assert_eq!(c["data"]["addressee"]["id"].as_str(), Some(authority));

        let (pdf, issued) = issue(
            &reg,
            &["--lang", lang, "report", "subjects", &id],
            &format!("s-{lang}.pdf"),
        );
        check_pdf(
            &pdf,
            &[
                subjects,
                page,
                "Zorggroep Noorderlicht B.V.",
                "burgerservicenummer",
                "Brief-0319",
            ],
        );
        // The letter is written for the people (issue 14 item 5): the assessment's internal
        // consequences text, which names a member of staff, is not copied into it.
        assert!(!text_of(&pdf).contains("Élodie"), "{lang}");
        assert_verifies(&reg, &pdf, &issued);
        assert_eq!(content(&pdf)["kind"], "subjects");

        let args = [
            "--lang",
            lang,
            "report",
            "controller",
            &processor_incident,
            "--controller",
            "apotheek gäper",
        ];
        let (pdf, issued) = issue(&reg, &args, &format!("c-{lang}.pdf"));
        check_pdf(
            &pdf,
            &[
                controller,
                page,
                "Apotheek Gäper",
                "Fehlversand einer Medikationsübersicht",
                "M-0402",
            ],
        );
        assert_verifies(&reg, &pdf, &issued);
        let c = content(&pdf);
        assert_eq!(
            (c["kind"].as_str(), c["data"]["addressee"]["name"].as_str()),
            (Some("controller"), Some("Apotheek Gäper"))
        );
        prev = Some(issued["report_sha256"].clone());
    }
    // A language the authority accepts; one it does not; an unknown authority and controller.
    let (pdf, _) = issue(
        &reg,
        &[
            "--lang",
            "de",
            "report",
            "notification",
            &id,
            "--authority",
            "be-apd",
        ],
        "be-de.pdf",
    );
    check_pdf(
        &pdf,
        &["Meldung einer Verletzung des Schutzes personenbezogener Daten"],
    );
    let reports = || {
        reg.json(&["log"])
            .as_array()
            .expect("events")
            .iter()
            .filter(|e| e["kind"] == "report.issued")
            .count()
    };
    let before = reports();
    for (args, field) in [
        (
            vec![
                "--lang",
                "de",
                "report",
                "notification",
                id.as_str(),
                "--authority",
                "nl-ap",
            ],
            "Sprache",
        ),
        (
            vec![
                "--lang",
                "en",
                "report",
                "notification",
                id.as_str(),
                "--authority",
                "xx-nope",
            ],
            "authority",
        ),
        (
            vec![
                "--lang",
                "en",
                "report",
                "controller",
                processor_incident.as_str(),
                "--controller",
                "Umbrella",
            ],
            "controller",
        ),
    ] {
        let mut c = reg.cmd();
        let out = c
            .args(&args)
            .args(["--out"])
            .arg(reg.path("refused.pdf"))
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(5), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(field),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!reg.path("refused.pdf").exists());
    }
    assert_eq!(reports(), before, "refused reports are not issued");
}

#[test]
fn changed_documents_are_detected() {
    let (reg, processor_incident) = setup();
    let id = reg.incident.clone();
    let docs = [
        issue(
            &reg,
            &["report", "notification", &id, "--authority", "nl-ap"],
            "n.pdf",
        )
        .0,
        issue(&reg, &["report", "subjects", &id], "s.pdf").0,
        issue(
            &reg,
            &[
                "report",
                "controller",
                &processor_incident,
                "--controller",
                "Apotheek Gäper",
            ],
            "c.pdf",
        )
        .0,
    ];
    for (pdf, (from, to)) in docs.iter().zip([
        ("AP-2026-004711", "AP-2026-004799"),
        ("Brief-0319", "Brief-0320"),
        ("M-0402", "M-0403"),
    ]) {
        let bytes = std::fs::read(pdf).expect("pdf");
        let mut b = bytes.clone();
        let at = b.len() / 3;
        b[at] ^= 0x02;
        let bad = reg.path("bad.pdf");
        std::fs::write(&bad, &b).expect("write");
        assert_eq!(verify(&reg, &bad, false).0, 4, "{pdf:?}");
        // A forged filing reference in the attachment, resealed: the content hash gives it away.
        let mut forged = rewrite_attachment(pdf, |c| {
            let s = String::from_utf8(c.clone()).expect("utf8");
            assert!(s.contains(from), "{from}");
            *c = s.replace(from, to).into_bytes();
        });
        breachlog_core::report::reseal(&mut forged).expect("reseal");
        std::fs::write(&bad, &forged).expect("write");
        let (code, v) = verify(&reg, &bad, false);
        assert_eq!(code, 4, "{v}");
        assert!(
            v["error"].as_str().expect("error").contains("content hash"),
            "{v}"
        );
        let (code, v) = verify(&reg, &bad, true);
        assert_eq!(
            (code, v["issued_by_register"].as_bool()),
            (4, Some(false)),
            "{v}"
        );
    }
}

#[test]
fn incident_and_register_reports_show_obligations_filings_and_the_regulation_columns() {
    let (reg, _) = setup();
    let id = reg.incident.clone();
    let (pdf, issued) = issue(&reg, &["--lang", "en", "report", "incident", &id], "i.pdf");
    check_pdf(
        &pdf,
        &[
            "Obligations",
            "Filings",
            "Filed late",
            "late by 3 h 20 min",
            REASONS,
            "AP-2026-004711",
            "Brief-0319",
            "GDPR Art 33(1)",
        ],
    );
    assert_verifies(&reg, &pdf, &issued);
    let c = content(&pdf);
    let obligations = c["data"]["obligations"].as_array().expect("obligations");
    let art33 = obligations
        .iter()
        .find(|o| o["obligation"]["kind"] == "notification")
        .expect("art33");
    assert_eq!(
        (art33["status"].as_str(), art33["late_by_minutes"].as_i64()),
        (Some("filed_late"), Some(200))
    );
    assert_eq!(art33["filings"].as_array().expect("filings").len(), 2);

    let (pdf, issued) = issue(&reg, &["--lang", "en", "report", "register"], "r.pdf");
    check_pdf(
        &pdf,
        &[
            "Notifications and communication",
            "ENISA: DPC 4",
            "superseded by AP-2026-004711-A",
            "Controllers notified: Apotheek Gäper",
            "data subjects informed on 2026-03-19 12:00",
        ],
    );
    assert_verifies(&reg, &pdf, &issued);
    let (pdf, _) = issue(&reg, &["--lang", "nl", "report", "register"], "r-nl.pdf");
    // Long Dutch words in narrow columns are hyphenated at syllables, never cut arbitrarily.
    let text = text_of(&pdf);
    assert!(
        text.contains("Geïnformeerde verwerkingsverantwoordelijken")
            || text.contains("verwerkingsverant- woordelijken"),
        "{text}"
    );
    assert!(!text.contains("verwerkingsverantwoordelijke n"), "{text}");

    let csv_path = reg.path("r.csv");
    reg.json(&[
        "export",
        "register",
        "--format",
        "csv",
        "--out",
        csv_path.to_str().expect("p"),
    ]);
    let mut r = csv::Reader::from_path(&csv_path).expect("csv");
    let headers = r.headers().expect("headers").clone();
    let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("rows");
    let get = |row: &csv::StringRecord, col: &str| {
        row.get(headers.iter().position(|h| h == col).expect(col))
            .expect(col)
            .to_string()
    };
    let breach = rows.iter().find(|row| get(row, "id") == id).expect("row");
    assert_eq!(get(breach, "enisa_dpc"), "4");
    assert_eq!(get(breach, "enisa_band"), "high");
    assert!(!get(breach, "enisa_se").is_empty());
    assert_eq!(get(breach, "notified_at"), "2026-03-17T17:20:00.000000Z");
    assert_eq!(
        get(breach, "notified_at_local"),
        "2026-03-17T18:20:00+01:00"
    );
    assert_eq!(get(breach, "notification_reference"), "AP-2026-004711");
    assert!(
        get(breach, "filings").contains("late_by_minutes=200"),
        "{}",
        get(breach, "filings")
    );
    assert!(get(breach, "filings").contains("superseded_by=AP-2026-004711-A"));
    assert_eq!(get(breach, "art34_decision"), "communicated");
    assert_eq!(get(breach, "art34_channel"), "letter");
    let processor = rows
        .iter()
        .find(|row| get(row, "role") == "processor")
        .expect("processor row");
    assert_eq!(
        get(processor, "controllers_notified"),
        "Apotheek Gäper 2026-04-02T14:00:00.000000Z email"
    );
    assert_eq!(get(processor, "art34_decision"), "not_required");
}
