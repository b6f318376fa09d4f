//! Through the CLI: tables sized to their localised headers, plural forms, controller contract
//! changes, the NIS2 trust-service notification and intermediate reports on request. Expected
//! times are worked out by hand from the rules (see comments); refusals exit 5, name the field
//! and leave the journal untouched.

use breachlog_tests::TempRegister;
use serde_json::Value;

fn register(role: &str, regimes: &str) -> TempRegister {
    TempRegister::with_init(&[
        "--org-name",
        "Fictional Trust B.V.",
        "--timezone",
        "Europe/Amsterdam",
        "--role",
        role,
        "--lead-authority",
        "nl-ap",
        "--regimes",
        regimes,
    ])
}

/// Human output in a language.
fn text(reg: &TempRegister, lang: &str, args: &[&str]) -> String {
    let out = reg
        .cmd()
        .env("BREACHLOG_LANG", lang)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Refusal in a language: exit code 5, stderr returned.
fn refused(reg: &TempRegister, lang: &str, args: &[&str]) -> String {
    let out = reg
        .cmd()
        .env("BREACHLOG_LANG", lang)
        .args(args)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(5), "{args:?}: {err}");
    err
}

/// Every header appears whole, and every row has a column boundary (two spaces, then text)
/// exactly where each header starts: the widths come from the headers and the cells.
fn assert_aligned(table: &str, headers: &[&str]) {
    let lines: Vec<Vec<char>> = table.lines().map(|l| l.chars().collect()).collect();
    let header: String = lines[0].iter().collect();
    let mut starts = Vec::new();
    for h in headers {
        let byte = header
            .find(h)
            .unwrap_or_else(|| panic!("header {h} cut or missing in:\n{table}"));
        starts.push(header[..byte].chars().count());
    }
    for row in &lines[1..] {
        let row_text: String = row.iter().collect();
        for (h, &s) in headers.iter().zip(&starts).skip(1) {
            assert!(s >= 2 && row.len() > s, "row too short for {h}:\n{table}");
            assert!(
                row[s - 1] == ' ' && row[s - 2] == ' ' && row[s] != ' ',
                "column {h} not aligned in row {row_text}:\n{table}"
            );
        }
    }
}

fn obligations(reg: &TempRegister, id: &str, as_of: &str) -> Vec<Value> {
    reg.json(&["obligations", "--incident", id, "--as-of", as_of])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn tables_fit_german_and_french_headers_and_cells() {
    let reg = register("controller", "gdpr,nis2");
    let id = reg.new_incident("Kundendatenbank offen", "2026-03-27T09:00:00+01:00");
    reg.assess(&id, "2026-03-27T10:00:00+01:00", &[]);
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "nis2",
        "--at",
        "2026-03-27T11:00:00+01:00",
    ]);
    let de = text(
        &reg,
        "de",
        &[
            "obligations",
            "--incident",
            &id,
            "--as-of",
            "2026-03-27T12:00:00Z",
        ],
    );
    assert_aligned(
        &de,
        &[
            "ID",
            "Regelwerk",
            "Pflicht",
            "Empfänger",
            "Frist",
            "Rechtsgrundlage",
            "Status",
        ],
    );
    assert!(
        de.contains("Meldung an CSIRT") || de.contains("CSIRT / zuständige Behörde"),
        "{de}"
    );
    let fr = text(
        &reg,
        "fr",
        &[
            "obligations",
            "--incident",
            &id,
            "--as-of",
            "2026-03-27T12:00:00Z",
        ],
    );
    assert_aligned(
        &fr,
        &[
            "ID",
            "Régime",
            "Obligation",
            "Destinataire",
            "Échéance",
            "Base juridique",
            "Statut",
        ],
    );
    let list = text(&reg, "de", &["incident", "list"]);
    let (table, count) = list.trim_end().rsplit_once('\n').unwrap();
    assert_aligned(
        table,
        &["ID", "Entdeckt", "Status", "Verletzung", "Risiko", "Titel"],
    );
    assert_eq!(count, "1 von 1 Vorfall");
    let en = text(&reg, "en", &["incident", "list"]);
    assert!(en.trim_end().ends_with("1 of 1 incident"), "{en}");
}

#[test]
fn lateness_and_contract_hours_are_words_with_plural_forms() {
    let reg = register("processor", "gdpr");
    reg.customer("Acme Retail", &["--notice-hours", "1"]);
    reg.customer("Globex", &["--notice-hours", "36"]);
    let de = text(&reg, "de", &["controller", "list"]);
    assert!(
        de.contains("1 Stunde") && !de.contains("1 Stunden") && de.contains("36 Stunden"),
        "{de}"
    );
    let en = text(&reg, "en", &["controller", "list"]);
    assert!(
        en.contains("1 hour") && !en.contains("1 hours") && en.contains("36 hours"),
        "{en}"
    );
    let id = reg.new_incident("Tenant data exposed", "2026-02-02T08:00:00Z");
    reg.customers_breach(&id, "2026-02-02T09:00:00Z", "Acme Retail");
    // Due 09:00Z + 1 h = 10:00Z; at 2026-02-03 12:01Z it is 1 day 2 hours 1 minute overdue.
    let en = text(
        &reg,
        "en",
        &["obligations", "--as-of", "2026-02-03T12:01:00Z"],
    );
    assert!(
        en.contains("overdue (1 day 2 hours 1 minute after the deadline)"),
        "{en}"
    );
    let de = text(
        &reg,
        "de",
        &["obligations", "--as-of", "2026-02-03T12:01:00Z"],
    );
    assert!(
        de.contains("überfällig (1 Tag 2 Stunden 1 Minute nach Fristablauf)"),
        "{de}"
    );
    // 2 days 3 minutes: 10:00Z + 2 × 24 h + 3 min.
    let nl = text(
        &reg,
        "nl",
        &["obligations", "--as-of", "2026-02-04T10:03:00Z"],
    );
    assert!(nl.contains("(2 dagen 3 minuten na de termijn)"), "{nl}");
}

#[test]
fn controller_set_changes_hours_for_later_notices_only() {
    let reg = register("processor", "gdpr");
    reg.customer("Acme Retail", &["--notice-hours", "24"]);
    let a = reg.new_incident("Tenant A exposed", "2026-02-02T08:00:00Z");
    reg.customers_breach(&a, "2026-02-02T09:00:00Z", "Acme Retail");
    let before = reg.event_count();
    let bad: [(&[&str], &str); 4] = [
        (
            &["controller", "set", "Acme Retail", "--notice-hours", "0"],
            "notice hours",
        ),
        (
            &["controller", "set", "Umbrella", "--notice-hours", "48"],
            "controller",
        ),
        (
            &["controller", "set", "Acme Retail", "--notice-hours", "24"],
            "nothing would change",
        ),
        (
            &[
                "controller",
                "set",
                "Acme Retail",
                "--notice-hours",
                "48",
                "--name",
                " ",
            ],
            "name",
        ),
    ];
    for (args, names) in bad {
        let err = refused(&reg, "en", args);
        assert!(err.contains(names), "{args:?}: {err}");
    }
    let err = refused(
        &reg,
        "de",
        &["controller", "set", "Acme Retail", "--notice-hours", "9000"],
    );
    assert!(err.contains("Meldefrist") && err.contains("8.760"), "{err}");
    assert_eq!(reg.event_count(), before, "refused changes write nothing");
    let c = reg.json(&[
        "controller",
        "set",
        "acme retail",
        "--notice-hours",
        "48",
        "--contact",
        "privacy@acme.test",
    ]);
    assert_eq!(
        (c["notice_hours"].as_i64(), c["contacts"][0].as_str()),
        (Some(48), Some("privacy@acme.test"))
    );
    let kinds: Vec<String> = reg
        .raw()
        .prepare("SELECT kind FROM events WHERE seq > ?1 ORDER BY seq")
        .unwrap()
        .query_map([before], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|k| k.starts_with("controller."))
            .collect::<Vec<_>>(),
        ["controller.changed"],
        "{kinds:?}"
    );
    // Tenant A keeps the 24 h it was opened with: 09:00Z + 24 h = 2026-02-03 09:00Z.
    assert_eq!(
        obligations(&reg, &a, "2026-02-02T12:00:00Z")[0]["due_at"],
        "2026-02-03T09:00:00.000000Z"
    );
    // Tenant B, assessed afterwards: aware 2026-02-05 16:30Z + 48 h = 2026-02-07 16:30Z.
    let b = reg.new_incident("Tenant B exposed", "2026-02-05T16:00:00Z");
    reg.customers_breach(&b, "2026-02-05T16:30:00Z", "Acme Retail");
    assert_eq!(
        obligations(&reg, &b, "2026-02-06T00:00:00Z")[0]["due_at"],
        "2026-02-07T16:30:00.000000Z"
    );
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

#[test]
fn nis2_trust_service_and_intermediate_report_on_request() {
    let reg = register("controller", "nis2");
    let id = reg.new_incident("Signing service down", "2026-06-01T09:00:00+02:00");
    // Significant at 10:00 CEST = 08:00Z; trust service: notification 08:00Z + 24 h.
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "nis2",
        "--at",
        "2026-06-01T10:00:00+02:00",
        "--trust-service",
    ]);
    let list = obligations(&reg, &id, "2026-06-01T12:00:00Z");
    let n = list.iter().find(|o| o["kind"] == "notification").unwrap();
    assert_eq!(
        (n["due_at"].as_str(), n["reference"].as_str()),
        (
            Some("2026-06-02T08:00:00.000000Z"),
            Some("NIS2 Art 23(4), second subparagraph")
        )
    );

    let before = reg.event_count();
    let base = [
        "obligation",
        "request",
        id.as_str(),
        "--regime",
        "nis2",
        "--at",
        "2026-06-03T10:00:00+02:00",
    ];
    let bad: [(&[&str], &str); 4] = [
        (&["--kind", "final"], "kind of report"),
        (
            &["--kind", "intermediate", "--due", "2026-06-03T07:00:00Z"],
            "due date",
        ),
        (&["--kind", "intermediate", "--due", "tomorrow"], "due date"),
        (
            &["--kind", "intermediate", "--at", "2099-01-01T00:00:00Z"],
            "future",
        ),
    ];
    for (extra, names) in bad {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        if extra.contains(&"--at") {
            args.drain(5..7);
        }
        let err = refused(&reg, "en", &args);
        assert!(err.contains(names), "{args:?}: {err}");
    }
    let err = refused(
        &reg,
        "en",
        &[
            "obligation",
            "request",
            &id,
            "--regime",
            "gdpr",
            "--kind",
            "intermediate",
            "--at",
            "2026-06-03T08:00:00Z",
        ],
    );
    assert!(err.contains("regime") && err.contains("nis2"), "{err}");
    assert_eq!(reg.event_count(), before, "refused requests write nothing");

    // Requested 2026-06-03 10:00 CEST, due 2026-06-05 17:00 CEST = 15:00Z.
    let mut args = base.to_vec();
    args.extend([
        "--kind",
        "intermediate",
        "--due",
        "2026-06-05T17:00:00+02:00",
    ]);
    let v = reg.json(&args);
    assert_eq!(v["obligation"]["kind"], "intermediate");
    let human = text(
        &reg,
        "de",
        &[
            "obligations",
            "--incident",
            &id,
            "--as-of",
            "2026-06-05T16:00:00Z",
        ],
    );
    assert!(
        human.contains("Zwischenbericht") || human.contains("NIS2 Art 23(4)(c)"),
        "{human}"
    );
    let list = obligations(&reg, &id, "2026-06-05T16:00:00Z");
    let r = list.iter().find(|o| o["kind"] == "intermediate").unwrap();
    // 16:00Z is one hour after the due time.
    assert_eq!(
        (
            r["due_at"].as_str(),
            r["status"].as_str(),
            r["late_by_minutes"].as_i64()
        ),
        (
            Some("2026-06-05T15:00:00.000000Z"),
            Some("overdue"),
            Some(60)
        )
    );
    assert_eq!(
        (
            r["anchor"].as_str(),
            r["recipient"].as_str(),
            r["reference"].as_str()
        ),
        (
            Some("requested_at"),
            Some("csirt"),
            Some("NIS2 Art 23(4)(c)")
        )
    );
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

/// Every "GDPR" in `text` that is not the UK GDPR, with a little context (issue 14 item 4).
fn eu_gdpr_mentions(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("GDPR") {
        if !text[..at].ends_with("UK ") {
            let from = text[..at]
                .char_indices()
                .rev()
                .nth(40)
                .map_or(0, |(i, _)| i);
            out.push(text[from..(at + 4).min(text.len())].to_string());
        }
    }
    out
}

/// Issue 14 item 4: a UK organisation's notification to the ICO and its communication to the
/// people cite the UK GDPR in the draft, the PDF title and every legal reference — never the EU
/// GDPR.
#[test]
fn uk_drafts_and_documents_cite_the_uk_gdpr_never_the_gdpr() {
    let reg = TempRegister::with_init(&[
        "--org-name",
        "Thames Tea Ltd",
        "--timezone",
        "Europe/London",
        "--role",
        "controller",
        "--lead-authority",
        "uk-ico",
        "--regimes",
        "uk-gdpr",
    ]);
    let id = reg.new_incident("Order database copied", "2026-11-20T09:00:00Z");
    reg.assess(
        &id,
        "2026-11-20T10:00:00Z",
        &[
            "--risk",
            "high",
            "--risk-reasoning",
            "Card holder names and addresses",
            "--decision",
            "notify",
            "--decision-rationale",
            "High risk",
            "--art34-exemption",
            "a",
            "--art34-justification",
            "The card numbers were encrypted",
        ],
    );
    // The draft is incomplete (no nature, no numbers): it promises a follow-up under Art 33(4).
    let draft = reg.run(&["notify", "draft", &id, "--authority", "uk-ico"]);
    let draft = String::from_utf8_lossy(&draft.stdout).into_owned();
    assert!(draft.contains("(Art. 33(4) UK GDPR)"), "{draft}");
    assert_eq!(eu_gdpr_mentions(&draft), Vec::<String>::new(), "{draft}");
    for (kind, extra) in [
        ("notification", vec!["--authority", "uk-ico"]),
        ("subjects", vec![]),
    ] {
        let out = reg.dir.path().join(format!("{kind}.pdf"));
        let mut args = vec!["report", kind, &id];
        args.extend(extra);
        args.extend(["--out", out.to_str().unwrap()]);
        reg.json(&args);
        let text = breachlog_testsupport::pdf_words(&out);
        assert!(text.contains("UK GDPR"), "{kind}: {text}");
        assert_eq!(
            eu_gdpr_mentions(&text),
            Vec::<String>::new(),
            "{kind}: {text}"
        );
    }
}

/// Every name of the EU GDPR in `text` (in the four languages) that is not the UK GDPR.
fn eu_law_mentions(text: &str) -> Vec<String> {
    let mut out = eu_gdpr_mentions(text);
    for name in [
        "DSGVO",
        "AVG",
        "RGPD",
        "Datenschutz-Grundverordnung",
        "(EU) 2016/679",
    ] {
        if text.contains(name) {
            out.push(name.to_string());
        }
    }
    out
}

const LANGS: [&str; 4] = ["en", "de", "nl", "fr"];

/// Issue 14 item 4, every UK draft in every language it is written in: the notification to the
/// ICO (English only: the ICO takes English; another language is refused), the Art 34 letter to
/// the people (four languages, text and PDF), a processor's notice to a UK customer and the ICO
/// form attached for that customer (four languages), and under PECR the ICO draft that names
/// PECR reg 5A as its law. None names the EU GDPR (GDPR, DSGVO, AVG, RGPD) without "UK".
#[test]
fn every_uk_draft_in_every_language_cites_the_uk_gdpr_or_pecr_never_the_gdpr() {
    // A UK controller under the UK GDPR.
    let reg = TempRegister::with_init(&[
        "--org-name",
        "Thames Tea Ltd",
        "--timezone",
        "Europe/London",
        "--role",
        "controller",
        "--lead-authority",
        "uk-ico",
        "--regimes",
        "uk-gdpr",
    ]);
    let id = reg.new_incident("Order database copied", "2026-11-20T09:00:00Z");
    reg.assess(
        &id,
        "2026-11-20T10:00:00Z",
        &[
            "--nature",
            "confidentiality",
            "--data-categories",
            "name,email address,password",
            "--risk",
            "high",
            "--risk-reasoning",
            "Passwords",
        ],
    );
    let ico = reg.json(&["notify", "draft", &id, "--authority", "uk-ico"]);
    let basis = ico["sections"][0]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "legal_basis")
        .expect("the ICO draft names its law")["value"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(basis.contains("UK GDPR Art. 33"), "{basis}");
    assert_eq!(eu_law_mentions(&ico.to_string()), Vec::<String>::new());
    reg.fails(
        &[
            "notify",
            "draft",
            &id,
            "--authority",
            "uk-ico",
            "--draft-lang",
            "de",
        ],
        5,
    );
    for lang in LANGS {
        let text = reg.run(&[
            "--lang",
            lang,
            "notify",
            "draft",
            &id,
            "--authority",
            "uk-ico",
        ]);
        let text = String::from_utf8_lossy(&text.stdout).into_owned();
        assert_eq!(
            eu_law_mentions(&text),
            Vec::<String>::new(),
            "{lang}: {text}"
        );
        let letter = reg.run(&["notify", "subjects", &id, "--draft-lang", lang]);
        let letter = String::from_utf8_lossy(&letter.stdout).into_owned();
        assert_eq!(
            eu_law_mentions(&letter),
            Vec::<String>::new(),
            "{lang}: {letter}"
        );
        // The ICO's notification is issued in English only; the letter in every language.
        let kinds = if lang == "en" {
            vec![
                ("notification", vec!["--authority", "uk-ico"]),
                ("subjects", vec![]),
            ]
        } else {
            let out = reg.dir.path().join(format!("refused-{lang}.pdf"));
            reg.fails(
                &[
                    "--lang",
                    lang,
                    "report",
                    "notification",
                    &id,
                    "--authority",
                    "uk-ico",
                    "--out",
                    out.to_str().unwrap(),
                ],
                5,
            );
            vec![("subjects", vec![])]
        };
        for (kind, extra) in kinds {
            let out = reg.dir.path().join(format!("{kind}-{lang}.pdf"));
            let mut args = vec!["--lang", lang, "report", kind, &id];
            args.extend(extra);
            args.extend(["--out", out.to_str().unwrap()]);
            reg.json(&args);
            let words = breachlog_testsupport::pdf_words(&out);
            assert_eq!(
                eu_law_mentions(&words),
                Vec::<String>::new(),
                "{kind} {lang}: {words}"
            );
        }
    }

    // A UK communications provider: PECR reg 5A takes the place of UK GDPR reporting.
    let pecr = TempRegister::with_init(&[
        "--org-name",
        "Thames Telecom Ltd",
        "--timezone",
        "Europe/London",
        "--role",
        "controller",
        "--lead-authority",
        "uk-ico",
        "--regimes",
        "uk-gdpr,uk-pecr",
    ]);
    let p = pecr.new_incident("Call records exposed", "2026-11-20T09:00:00Z");
    pecr.assess(
        &p,
        "2026-11-20T10:00:00Z",
        &["--risk", "risk", "--risk-reasoning", "x"],
    );
    let d = pecr.json(&["notify", "draft", &p, "--authority", "uk-ico"]);
    let text = d.to_string();
    assert!(text.contains("PECR reg. 5A"), "{text}");
    assert_eq!(eu_law_mentions(&text), Vec::<String>::new(), "{text}");

    // A processor's notice to a UK customer, and the ICO form attached for that customer.
    let proc = TempRegister::with_init(&[
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
    proc.customer(
        "Thames Tea Ltd",
        &[
            "--country",
            "GB",
            "--language",
            "en",
            "--authority",
            "uk-ico",
            "--contact",
            "dpo@thames.example",
        ],
    );
    let n = proc.new_incident("Tenant database exposed", "2026-06-01T09:00:00Z");
    proc.assess(
        &n,
        "2026-06-01T10:00:00Z",
        &[
            "--role",
            "processor",
            "--controllers",
            "Thames Tea Ltd",
            "--risk",
            "high",
            "--risk-reasoning",
            "x",
        ],
    );
    for lang in LANGS {
        let d = proc.json(&[
            "notify",
            "controller",
            &n,
            "--controller",
            "Thames Tea Ltd",
            "--draft-lang",
            lang,
        ]);
        let text = d.to_string();
        assert!(text.contains("UK GDPR"), "{lang}: {text}");
        assert_eq!(
            eu_law_mentions(&text),
            Vec::<String>::new(),
            "{lang}: {text}"
        );
        let out = proc.dir.path().join(format!("notice-{lang}.pdf"));
        proc.json(&[
            "--lang",
            lang,
            "report",
            "controller",
            &n,
            "--controller",
            "Thames Tea Ltd",
            "--out",
            out.to_str().unwrap(),
        ]);
        let words = breachlog_testsupport::pdf_words(&out);
        assert!(words.contains("UK GDPR"), "{lang}: {words}");
        assert_eq!(
            eu_law_mentions(&words),
            Vec::<String>::new(),
            "{lang}: {words}"
        );
    }
}

/// CRA Art 14(6): the CSIRT designated as coordinator may request an intermediate report on
/// relevant status updates; the Regulation sets no period. Requested Saturday 24 Oct 2026 20:00
/// CEST (18:00Z) with a time set, Monday 26 Oct 09:00 CET (08:00Z; summer time ended in
/// between): pending at that minute, overdue by one minute after it. A request that sets no time
/// has no due time and is never overdue.
#[test]
fn cra_intermediate_report_on_request_of_the_csirt_coordinator() {
    let reg = register("controller", "gdpr,cra");
    let id = reg.new_incident("Router firmware exploited", "2026-10-24T09:00:00+02:00");
    let base = [
        "obligation",
        "request",
        id.as_str(),
        "--regime",
        "cra",
        "--kind",
        "intermediate",
        "--at",
        "2026-10-24T20:00:00+02:00",
    ];
    let before = reg.event_count();
    // Not classified under the CRA yet.
    let err = refused(&reg, "en", &base);
    assert!(err.contains("regime"), "{err}");
    reg.json(&[
        "incident",
        "classify",
        &id,
        "--regime",
        "cra",
        "--cra-kind",
        "severe-incident",
        "--at",
        "2026-10-24T09:15:00+02:00",
    ]);
    let before_requests = reg.event_count();
    assert!(before_requests > before);
    let mut bad = base.to_vec();
    bad.extend(["--due", "2026-10-24T17:59:00Z"]);
    let err = refused(&reg, "en", &bad);
    assert!(err.contains("due date"), "{err}");
    let mut bad = base.to_vec();
    bad[6] = "final";
    let err = refused(&reg, "en", &bad);
    assert!(err.contains("kind of report"), "{err}");
    assert_eq!(
        reg.event_count(),
        before_requests,
        "refused requests write nothing"
    );

    let mut args = base.to_vec();
    args.extend(["--due", "2026-10-26T09:00:00+01:00"]);
    let v = reg.json(&args);
    assert_eq!(
        (
            v["obligation"]["regime"].as_str(),
            v["obligation"]["kind"].as_str(),
            v["obligation"]["reference"].as_str()
        ),
        (
            Some("cra"),
            Some("intermediate"),
            Some("Regulation (EU) 2024/2847 Art 14(6)")
        )
    );
    for (as_of, status, late) in [
        ("2026-10-26T07:59:00Z", "pending", None),
        ("2026-10-26T08:00:00Z", "pending", None),
        ("2026-10-26T08:01:00Z", "overdue", Some(1)),
    ] {
        let list = obligations(&reg, &id, as_of);
        let r = list
            .iter()
            .find(|o| o["regime"] == "cra" && o["kind"] == "intermediate")
            .unwrap();
        assert_eq!(
            (
                r["due_at"].as_str(),
                r["status"].as_str(),
                r["late_by_minutes"].as_i64(),
                r["counting"].as_str()
            ),
            (
                Some("2026-10-26T08:00:00.000000Z"),
                Some(status),
                late,
                Some("set-by-request")
            ),
            "{as_of}"
        );
    }
    // A request that sets no time: no due time, not overdue months later.
    let mut args = base.to_vec();
    args[8] = "2026-11-02T10:00:00+01:00";
    let open = reg.json(&args);
    let open_id = open["obligation"]["id"].as_str().unwrap().to_string();
    let list = obligations(&reg, &id, "2027-06-01T00:00:00Z");
    let r = list.iter().find(|o| o["id"] == open_id.as_str()).unwrap();
    assert_eq!(
        (
            r["due_at"].as_str(),
            r["status"].as_str(),
            r["late_by_minutes"].as_i64()
        ),
        (None, Some("pending"), None)
    );
    // Shown as what it is: the law sets no period and the request set none.
    let human = text(
        &reg,
        "en",
        &[
            "obligations",
            "--incident",
            &id,
            "--as-of",
            "2027-06-01T00:00:00Z",
        ],
    );
    assert!(
        human.contains("no due time: the request set none (never late)"),
        "{human}"
    );
    assert_eq!(reg.json(&["verify"])["ok"], true);
}
