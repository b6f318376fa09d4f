//! PDF reports, register exports and bundles through the CLI, checked with the poppler and qpdf
//! tools (which must be installed: a missing tool fails the test, it is never skipped).

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::Command as Cmd;
use serde_json::Value;

use breachlog_tests::PASSPHRASE as PASS;

pub(super) struct Reg {
    pub(super) dir: tempfile::TempDir,
    pub(super) db: PathBuf,
    pub(super) incident: String,
}

impl Reg {
    pub(super) fn cmd(&self) -> Cmd {
        let mut c = Cmd::new(breachlog_tests::breachlog_bin());
        c.env("BREACHLOG_DB", &self.db)
            .env("BREACHLOG_PASSPHRASE", PASS)
            .env("BREACHLOG_ACTOR", "Zoë Dpo")
            .env_remove("BREACHLOG_LANG");
        c
    }

    pub(super) fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub(super) fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().arg("--json").args(args).output().expect("run");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("json")
    }
}

pub(super) fn setup() -> Reg {
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
            "Société Générale d'Exemple",
            "--timezone",
            "Europe/Paris",
            "--language",
            "fr",
        ])
        .assert()
        .success();
    let i = reg.json(&[
        "incident",
        "new",
        "--title",
        "Rançongiciel sur le serveur – Verschlüsselung der Personalakten",
        "--category",
        "malware",
        "--source",
        "internal_monitoring",
        "--severity",
        "critical",
        "--detected-at",
        "2026-03-14T09:30:00+01:00",
        "--description",
        "Accès via un compte VPN compromis; Élodie a constaté le chiffrement. "
            .repeat(12)
            .as_str(),
    ]);
    reg.incident = i["id"].as_str().expect("id").to_string();
    let id = reg.incident.clone();
    reg.cmd()
        .args(["incident", "transition", &id, "--to", "triage"])
        .assert()
        .success();
    reg.cmd()
        .args([
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
            "confidentiality,availability",
            "--data-categories",
            "Name,Bankverbindung",
            "--subjects-approx",
            "1200",
            "--risk",
            "high",
            "--risk-reasoning",
            "Données de santé et bancaires",
            "--decision",
            "notify",
            "--decision-rationale",
            "Risque élevé pour les personnes concernées",
        ])
        .assert()
        .success();
    let j = reg.json(&[
        "incident",
        "new",
        "--title",
        "Fehlversand einer E-Mail",
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
    reg.cmd()
        .args([
            "breach",
            "assess",
            &j,
            "--personal-data",
            "yes",
            "--risk",
            "none",
            "--risk-reasoning",
            "Nur Kontaktdaten",
            "--decision",
            "no-notify",
            "--decision-rationale",
            "Kein Risiko: Empfänger vertrauenswürdig, Löschung bestätigt",
        ])
        .assert()
        .success();
    reg.cmd()
        .args([
            "incident",
            "note",
            &id,
            "--text",
            "Forensik beauftragt – Ergebnis folgt",
        ])
        .assert()
        .success();
    reg
}

pub(super) fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} is required for this test (apt-get install qpdf poppler-utils): {e}")
    });
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub(super) fn text_of(pdf: &Path) -> String {
    let s = tool(
        "pdftotext",
        &["-enc", "UTF-8", pdf.to_str().expect("path"), "-"],
    );
    // Join wrapped lines so phrases can be searched.
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Fails when a page of `pdf` holds fewer than three lines of its own: lines other than the
/// running header and footer, which every page repeats (compared with digits masked, so "page 2
/// of 3" counts as running). A last page with one or two orphan lines of a footnote fails.
pub(super) fn assert_no_orphan_pages(pdf: &Path) {
    let p = pdf.to_str().expect("path");
    let info = tool("pdfinfo", &[p]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("page count");
    let norm = |l: &str| {
        l.chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let texts: Vec<Vec<String>> = (1..=pages)
        .map(|n| {
            let n = n.to_string();
            tool(
                "pdftotext",
                &["-enc", "UTF-8", "-layout", "-f", &n, "-l", &n, p, "-"],
            )
            .lines()
            .map(norm)
            .filter(|l| !l.is_empty())
            .collect()
        })
        .collect();
    if pages < 2 {
        return;
    }
    let running: Vec<&String> = texts[0]
        .iter()
        .filter(|l| texts.iter().all(|t| t.contains(l)))
        .collect();
    for (i, page) in texts.iter().enumerate() {
        let own = page.iter().filter(|l| !running.contains(l)).count();
        assert!(
            own >= 3,
            "{p}: page {} of {pages} holds only {own} line(s) of its own:\n{}",
            i + 1,
            page.join("\n")
        );
    }
}

pub(super) fn check_pdf(pdf: &Path, expected: &[&str]) {
    let p = pdf.to_str().expect("path");
    let q = tool("qpdf", &["--check", p]);
    assert!(q.contains("No syntax or stream encoding errors"), "{q}");
    let fonts = tool("pdffonts", &[p]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in &rows {
        assert!(row.contains("DejaVu"), "{fonts}");
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type... emb sub uni object ID: emb is the 5th column from the end.
        assert_eq!(cols[cols.len() - 5], "yes", "font not embedded: {row}");
    }
    let text = text_of(pdf);
    for e in expected {
        assert!(
            text.contains(e),
            "{e:?} not found in the text of {p}:\n{text}"
        );
    }
    let list = tool("pdfdetach", &["-list", p]);
    assert!(list.contains("breachlog-report.json"), "{list}");
}

pub(super) fn verify(reg: &Reg, pdf: &Path, with_register: bool) -> (i32, Value) {
    let (code, out) = if with_register {
        let out = reg
            .cmd()
            .args(["--json", "verify-report"])
            .arg(pdf)
            .output()
            .expect("run");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    } else {
        breachlog_tests::verify_report_standalone(reg.dir.path(), pdf, &[], true)
    };
    // stdout holds the JSON (stderr, after it, only in the standalone text).
    let v: Value = serde_json::Deserializer::from_str(&out)
        .into_iter::<Value>()
        .next()
        .and_then(Result::ok)
        .unwrap_or(Value::Null);
    (code, v)
}

#[test]
fn every_report_in_every_language_is_valid_embedded_extractable_and_verifies() {
    let reg = setup();
    let expected = [
        (
            "en",
            "Register of personal data breaches",
            "Audit trail of the register journal",
            "Incident report",
            "Page 1 of",
        ),
        (
            "de",
            "Verzeichnis der Verletzungen",
            "Prüfprotokoll des Registerjournals",
            "Bericht zum Sicherheitsvorfall",
            "Seite 1 von",
        ),
        (
            "nl",
            "Register van inbreuken in verband met persoonsgegevens",
            "Audittrail van het registerjournaal",
            "Rapport over het beveiligingsincident",
            "Pagina 1 van",
        ),
        (
            "fr",
            "Registre des violations de données à caractère personnel",
            "Piste d'audit du journal du registre",
            "Rapport d'incident de sécurité",
            "Page 1 sur",
        ),
    ];
    let mut prev: Option<String> = None;
    for (lang, register_title, audit_title, incident_title, page) in expected {
        for kind in ["incident", "register", "audit-trail"] {
            let out = reg.path(&format!("{kind}-{lang}.pdf"));
            let out_s = out.to_str().expect("path").to_string();
            let mut args = vec!["--lang", lang, "report", kind];
            if kind == "incident" {
                args.push(&reg.incident);
            }
            args.extend(["--out", &out_s]);
            let issued = reg.json(&args);
            let title = match kind {
                "incident" => incident_title,
                "register" => register_title,
                _ => audit_title,
            };
            let head = issued["head_hash"].as_str().expect("head").to_string();
            let mut texts = vec![title, page, head.as_str()];
            if kind != "audit-trail" {
                texts.push("Verschlüsselung der Personalakten");
            }
            if kind == "incident" {
                texts.push("Élodie");
            }
            if kind == "register" {
                texts.push("Kein Risiko: Empfänger vertrauenswürdig, Löschung bestätigt");
            }
            check_pdf(&out, &texts);
            assert_no_orphan_pages(&out);
            let text = text_of(&out);
            assert!(
                !text.contains("breachlog verify"),
                "the check is explained without our tool: {text}"
            );
            assert!(
                text.contains("chain-format.md") && text.contains("sha256sum"),
                "{text}"
            );
            let bytes = std::fs::read(&out).expect("pdf");
            assert_eq!(
                hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes)),
                issued["report_sha256"].as_str().expect("sha")
            );
            assert_eq!(
                issued["prev_report_sha256"].as_str().map(str::to_string),
                prev,
                "reports form a chain"
            );
            prev = issued["report_sha256"].as_str().map(str::to_string);

            let (code, v) = verify(&reg, &out, true);
            assert_eq!(code, 0, "{v}");
            assert_eq!(v["ok"], true);
            assert_eq!(v["issued_by_register"], true);
            assert_eq!(v["head_hash"].as_str(), Some(head.as_str()));
            assert_eq!(v["serial"], issued["serial"]);
            let keys: Vec<&String> = v.as_object().expect("object").keys().collect();
            assert_eq!(
                keys,
                [
                    "error",
                    "head_hash",
                    "head_seq",
                    "issued_by_register",
                    "ok",
                    "prev_report_sha256",
                    "proof",
                    "report_sha256",
                    "serial"
                ]
            );
            // Every report proves its events with a checkpoint of the journal up to its head.
            let proof = &v["proof"];
            let keys: Vec<&String> = proof.as_object().expect("proof").keys().collect();
            assert_eq!(
                keys,
                [
                    "events",
                    "inclusion_proofs",
                    "key_hash",
                    "origin",
                    "public_key",
                    "root",
                    "size",
                    "timestamp",
                    "witness_size"
                ]
            );
            // No time-stamping authority here: no token.
            assert_eq!(proof["timestamp"], Value::Null, "{v}");
            assert_eq!(proof["size"], v["head_seq"], "{v}");
            assert!(
                proof["events"].as_u64() >= Some(1),
                "the head at least: {v}"
            );
            let (code, v) = verify(&reg, &out, false);
            assert_eq!(code, 0, "{v}");
            assert_eq!(v["issued_by_register"], Value::Null);
        }
    }
}

pub(super) fn issue_register(reg: &Reg, name: &str) -> PathBuf {
    let out = reg.path(name);
    reg.cmd()
        .args(["report", "register", "--out"])
        .arg(&out)
        .assert()
        .success();
    out
}

#[test]
fn a_changed_byte_anywhere_in_the_pdf_is_detected() {
    let reg = setup();
    let out = issue_register(&reg, "r.pdf");
    let bytes = std::fs::read(&out).expect("pdf");
    for at in [bytes.len() / 7, bytes.len() / 2, bytes.len() - 40] {
        let mut b = bytes.clone();
        b[at] ^= 0x01;
        let bad = reg.path("bad.pdf");
        std::fs::write(&bad, &b).expect("write");
        let (code, v) = verify(&reg, &bad, false);
        assert_eq!(code, 4, "byte {at}: {v}");
        assert_eq!(v["ok"], false);
        assert!(v["error"].is_string());
        let (code, v) = verify(&reg, &bad, true);
        assert_eq!(code, 4, "{v}");
    }
}

pub(super) fn rewrite_attachment(pdf: &Path, edit: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
    let mut doc = lopdf::Document::load(pdf).expect("load");
    let ids: Vec<lopdf::ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_stream().is_ok_and(|s| {
                s.dict.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"EmbeddedFile")
            })
        })
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(ids.len(), 1);
    let stream = doc
        .get_object_mut(ids[0])
        .and_then(|o| o.as_stream_mut())
        .expect("stream");
    let mut content = stream.decompressed_content().expect("inflate");
    edit(&mut content);
    stream.dict.remove(b"Filter");
    stream.set_content(content);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save");
    out
}

#[test]
fn a_changed_attachment_is_detected_even_when_resealed() {
    let reg = setup();
    let out = issue_register(&reg, "r.pdf");
    let replace = |c: &mut Vec<u8>| {
        let s =
            String::from_utf8(c.clone())
                .expect("utf8")
                .replacen("Kein Risiko", "Kein Risikx", 1);
        *c = s.into_bytes();
    };
    let bad = reg.path("bad.pdf");
    let mut bytes = rewrite_attachment(&out, replace);
    std::fs::write(&bad, &bytes).expect("write");
    let (code, v) = verify(&reg, &bad, false);
    assert_eq!(code, 4, "{v}");
    assert!(v["error"].as_str().expect("error").contains("seal"), "{v}");
    // A forger who recomputes the seal still fails on the content hash.
    breachlog_core::report::reseal(&mut bytes).expect("reseal");
    std::fs::write(&bad, &bytes).expect("write");
    let (code, v) = verify(&reg, &bad, false);
    assert_eq!(code, 4, "{v}");
    assert!(
        v["error"].as_str().expect("error").contains("content hash"),
        "{v}"
    );
    // And the register never issued it.
    let (code, v) = verify(&reg, &bad, true);
    assert_eq!(code, 4, "{v}");
    assert_eq!(v["issued_by_register"], false);
}

#[test]
fn a_report_from_another_register_is_not_issued_here() {
    let a = setup();
    let b = setup();
    let out = issue_register(&a, "a.pdf");
    let (code, v) = verify(&b, &out, true);
    assert_eq!(code, 4, "{v}");
    assert_eq!(v["issued_by_register"], false);
    let (code, _) = verify(&b, &out, false);
    assert_eq!(code, 0);
}

#[test]
fn reports_are_reproducible_from_their_record() {
    let reg = setup();
    let out = issue_register(&reg, "r.pdf");
    let audit = reg.path("a.pdf");
    reg.cmd()
        .args(["report", "audit-trail", "--out"])
        .arg(&audit)
        .assert()
        .success();
    let r = breachlog_core::Register::open(
        &reg.db,
        breachlog_core::UnlockMethod::Passphrase(zeroize_free(PASS)),
        "tester",
        "test",
    )
    .expect("open");
    for (serial, path) in [("RPT-000001", &out), ("RPT-000002", &audit)] {
        let again = r.rerender_report(serial).expect("rerender");
        assert_eq!(
            again.bytes,
            std::fs::read(path).expect("pdf"),
            "{serial} is byte-identical"
        );
        assert_eq!(r.report_pdf(serial).expect("stored"), Some(again.bytes));
    }
}

fn zeroize_free(s: &str) -> zeroize::Zeroizing<String> {
    zeroize::Zeroizing::new(s.to_string())
}

#[test]
fn register_exports_csv_and_xlsx_with_ids_or_localised_headers() {
    let reg = setup();
    let csv_path = reg.path("r.csv");
    let v = reg.json(&[
        "export",
        "register",
        "--format",
        "csv",
        "--out",
        csv_path.to_str().expect("p"),
    ]);
    assert_eq!(v["rows"], 2);
    let text = std::fs::read_to_string(&csv_path).expect("csv");
    let header = text.lines().next().expect("header");
    assert!(
        header.starts_with("id,title,category,role,occurred_from"),
        "{header}"
    );
    assert!(
        header.ends_with("status,journal_seq,journal_hash"),
        "{header}"
    );
    assert!(text.contains("Kein Risiko: Empfänger vertrauenswürdig, Löschung bestätigt"));
    let de = reg.path("de.csv");
    reg.cmd()
        .args([
            "--lang",
            "de",
            "export",
            "register",
            "--format",
            "csv",
            "--headers",
            "localised",
            "--out",
        ])
        .arg(&de)
        .assert()
        .success();
    // The localised export is the one people open in a spreadsheet: it starts with a UTF-8
    // byte-order mark (Excel otherwise reads "Ã¼" for "ü") and names coded values in German, as
    // the German register PDF does (the `report-…` labels of locales/de).
    let bytes = std::fs::read(&de).expect("csv");
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "byte-order mark");
    assert!(!std::fs::read(&csv_path)
        .expect("csv")
        .starts_with(b"\xEF\xBB\xBF"));
    let mut rd = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = rd.headers().expect("h").iter().map(String::from).collect();
    assert!(
        header[0] == "Verletzungs-ID" && header[1] == "Titel",
        "{header:?}"
    );
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.expect("row")).collect();
    let ransomware = rows
        .iter()
        .find(|r| r[1].starts_with("Rançongiciel"))
        .expect("the ransomware row");
    for (column, value) in [
        ("Ursache (Kategorie)", "Schadsoftware oder Ransomware"),
        ("Rolle", "Verantwortlicher"),
        ("Art (V/I/V)", "Vertraulichkeit; Verfügbarkeit"),
        ("Risiko", "Hohes Risiko"),
        (
            "Entscheidung nach Art. 33",
            "Meldung an die Aufsichtsbehörde",
        ),
        ("Status", "Ersteinschätzung"),
    ] {
        assert_eq!(&ransomware[col(column)], value, "{column}");
    }
    let misdirected = rows
        .iter()
        .find(|r| r[1] == *"Fehlversand einer E-Mail")
        .expect("row");
    assert_eq!(&misdirected[col("Ursache (Kategorie)")], "Fehlversand");
    assert_eq!(&misdirected[col("Risiko")], "Kein Risiko");
    // The machine export keeps the stored codes.
    let mut rd = csv::Reader::from_path(&csv_path).expect("csv");
    let ids: Vec<String> = rd.headers().expect("h").iter().map(String::from).collect();
    let at = |name: &str| ids.iter().position(|h| h == name).expect("column");
    let row = rd
        .records()
        .map(|r| r.expect("row"))
        .find(|r| r[1].starts_with("Rançongiciel"))
        .expect("row");
    assert_eq!(
        [
            &row[at("category")],
            &row[at("nature")],
            &row[at("risk")],
            &row[at("status")]
        ],
        ["malware", "confidentiality; availability", "high", "triage"]
    );
    let x = reg.path("r.xlsx");
    reg.cmd()
        .args(["export", "register", "--format", "xlsx", "--out"])
        .arg(&x)
        .assert()
        .success();
    let bytes = std::fs::read(&x).expect("xlsx");
    assert_eq!(&bytes[..2], b"PK");
    let log = reg.json(&["log"]);
    let kinds: Vec<&str> = log
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["kind"].as_str())
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "register.exported").count(),
        3
    );
}

pub(super) fn bundle(reg: &Reg) -> PathBuf {
    issue_register(reg, "r.pdf");
    let dir = reg.path("bundle");
    reg.cmd()
        .args(["export", "bundle", "--out"])
        .arg(&dir)
        .assert()
        .success();
    dir
}

pub(super) fn verify_bundle(dir: &Path) -> (i32, Value) {
    let out = Cmd::new(breachlog_tests::breachlog_bin())
        .env_remove("BREACHLOG_DB")
        .env_remove("BREACHLOG_PASSPHRASE")
        .args(["--json", "verify", "--bundle"])
        .arg(dir)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        serde_json::from_slice(&out.stdout).unwrap_or(Value::Null),
    )
}

#[test]
fn a_bundle_into_a_folder_that_holds_files_is_refused_and_writes_nothing() {
    let reg = setup();
    let dir = bundle(&reg);
    let exported = |reg: &Reg| {
        reg.json(&["log"])
            .as_array()
            .expect("events")
            .iter()
            .filter(|e| e["kind"] == "bundle.exported")
            .count()
    };
    assert_eq!(exported(&reg), 1);
    let manifest = std::fs::read(dir.join("manifest.json")).expect("manifest");
    let out = reg
        .cmd()
        .args(["export", "bundle", "--out"])
        .arg(&dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        // The register is French (setup): the field and the reason in French (the
        // typography's narrow no-break spaces aside).
        err.contains("fichier de sortie")
            && err.contains(
                "le dossier contient déjà des fichiers ; choisissez un dossier nouveau ou vide"
            ),
        "{err}"
    );
    assert_eq!(exported(&reg), 1, "no second bundle.exported event");
    assert_eq!(
        std::fs::read(dir.join("manifest.json")).expect("manifest"),
        manifest
    );
}

#[test]
fn a_bundle_verifies_offline_and_every_tampering_is_detected() {
    let reg = setup();
    let dir = bundle(&reg);
    for f in [
        "journal.jsonl",
        "register.csv",
        "register.xlsx",
        "manifest.json",
        "reports/RPT-000001.pdf",
    ] {
        assert!(dir.join(f).exists(), "{f}");
    }
    let (code, v) = verify_bundle(&dir);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["ok"], true);

    // One byte of a file.
    let copy = |name: &str| {
        let to = reg.path(name);
        tool(
            "cp",
            &["-r", dir.to_str().expect("p"), to.to_str().expect("p")],
        );
        to
    };
    let d1 = copy("b1");
    let mut csv = std::fs::read(d1.join("register.csv")).expect("csv");
    csv[10] ^= 0x20;
    std::fs::write(d1.join("register.csv"), csv).expect("w");
    let (code, v) = verify_bundle(&d1);
    assert_eq!(code, 4, "{v}");
    assert!(
        v["error"].as_str().expect("e").contains("register.csv"),
        "{v}"
    );

    // The journal cut short.
    let d2 = copy("b2");
    let j = std::fs::read_to_string(d2.join("journal.jsonl")).expect("j");
    let lines: Vec<&str> = j.lines().collect();
    std::fs::write(
        d2.join("journal.jsonl"),
        lines[..lines.len() - 2].join("\n") + "\n",
    )
    .expect("w");
    let (code, v) = verify_bundle(&d2);
    assert_eq!(code, 4, "{v}");
    assert!(v["error"].as_str().expect("e").contains("head"), "{v}");

    // A PDF in the bundle changed (and its manifest entry updated to match).
    let d3 = copy("b3");
    let pdf = d3.join("reports/RPT-000001.pdf");
    let mut b = std::fs::read(&pdf).expect("pdf");
    let n = b.len() / 3;
    b[n] ^= 0x04;
    std::fs::write(&pdf, &b).expect("w");
    let sha = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&b));
    let mut m: Value =
        serde_json::from_slice(&std::fs::read(d3.join("manifest.json")).expect("m")).expect("json");
    for f in m["files"].as_array_mut().expect("files") {
        if f["path"] == "reports/RPT-000001.pdf" {
            f["sha256"] = Value::String(sha.clone());
        }
    }
    std::fs::write(
        d3.join("manifest.json"),
        serde_json::to_vec(&m).expect("json"),
    )
    .expect("w");
    let (code, v) = verify_bundle(&d3);
    assert_eq!(code, 4, "{v}");
    assert!(v["error"].as_str().expect("e").contains("report"), "{v}");
}

#[test]
fn the_python_reference_verifier_accepts_a_cli_bundle_and_rejects_a_cut_one() {
    let reg = setup();
    let dir = bundle(&reg);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("verifier/verify_chain.py");
    let run = |args: &[&str]| {
        Command::new("python3")
            .arg(&script)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("python3 is required for this test: {e}"))
    };
    let ok = run(&["bundle", dir.to_str().expect("p")]);
    assert!(
        ok.status.success(),
        "{}{}",
        String::from_utf8_lossy(&ok.stdout),
        String::from_utf8_lossy(&ok.stderr)
    );
    let ok = run(&["journal", dir.join("journal.jsonl").to_str().expect("p")]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let vectors = Path::new(env!("CARGO_MANIFEST_DIR")).join("verifier/vectors.jsonl");
    let ok = run(&["vectors", vectors.to_str().expect("p")]);
    assert!(
        ok.status.success(),
        "{}{}",
        String::from_utf8_lossy(&ok.stdout),
        String::from_utf8_lossy(&ok.stderr)
    );
    let chain = Path::new(env!("CARGO_MANIFEST_DIR")).join("vectors");
    let ok = run(&["chainvectors", chain.to_str().expect("p")]);
    assert!(
        ok.status.success(),
        "{}{}",
        String::from_utf8_lossy(&ok.stdout),
        String::from_utf8_lossy(&ok.stderr)
    );

    let j = std::fs::read_to_string(dir.join("journal.jsonl")).expect("j");
    let lines: Vec<&str> = j.lines().collect();
    std::fs::write(
        dir.join("journal.jsonl"),
        lines[..lines.len() - 1].join("\n") + "\n",
    )
    .expect("w");
    let bad = run(&["bundle", dir.to_str().expect("p")]);
    assert!(!bad.status.success());
}

/// UX review P1: a processor's breach assessed without a role and without controllers is a
/// processor breach (the organisation's role), and `breach assess`, the incident report and
/// the register report say why no clock runs; once the controller is chosen, its notice is
/// derived and the reason is gone.
#[test]
fn a_processor_breach_without_controllers_names_the_reason_in_the_cli_and_the_reports() {
    let reg = breachlog_tests::TempRegister::new(); // organisation role: processor
    reg.customer("Acme Retail", &["--notice-hours", "24"]);
    let id = reg.new_incident("Chat export exposed", "2026-02-02T08:00:00Z");
    let v = reg.assess(&id, "2026-02-02T09:00:00Z", &[]);
    assert_eq!(v["assessment"]["role"], "processor", "{v}");
    assert_eq!(v["clock_gap"], "processor_without_controllers", "{v}");
    let out = reg.run(&[
        "breach",
        "assess",
        &id,
        "--risk",
        "risk",
        "--risk-reasoning",
        "Chat logs of one tenant",
    ]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("this incident's role is processor")
            && said.contains("until you select the affected controllers"),
        "{said}"
    );

    let pdf = reg.dir.path().join("incident.pdf");
    let register = reg.dir.path().join("register.pdf");
    let issue = |args: &[&str], out: &Path| {
        let mut all = args.to_vec();
        all.extend(["--out", out.to_str().expect("path")]);
        reg.json(&all);
        text_of(out)
    };
    let reason = "The role for this incident is processor and no affected controller has been \
                  selected: no notice to a controller (GDPR Art 33(2)) can be derived until the \
                  controllers are chosen.";
    let text = issue(&["report", "incident", &id], &pdf);
    assert!(
        text.contains(&format!(
            "No notification obligations have been derived for this incident. {reason}"
        )),
        "{text}"
    );
    let text = issue(&["report", "register"], &register);
    assert!(text.contains(reason), "{text}");

    reg.json(&["breach", "assess", &id, "--controllers", "Acme Retail"]);
    let text = issue(&["report", "incident", &id], &pdf);
    assert!(!text.contains(reason), "{text}");
    assert!(!text.contains("No notification obligations"), "{text}");
    assert!(text.contains("Acme Retail"), "{text}");
}
