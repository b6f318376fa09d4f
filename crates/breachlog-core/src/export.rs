//! Register exports (CSV, XLSX) and auditor bundles.
//!
//! The register columns are the Art 33(5) columns of the PDF register, one value per cell, with
//! stable machine column ids as headers by default (see [`COLUMNS`]); `HeaderStyle::Localised`
//! uses the Fluent labels `export-col-…` instead. Columns that later features fill (ENISA
//! score, filings, controllers notified, Art 34, other regimes) are present and empty so the
//! layout does not change when they arrive.
//!
//! A bundle is a directory an auditor can check offline without key or register:
//! `journal.jsonl` (canonical events), `register.csv`, `register.xlsx`, `reports/<serial>.pdf`
//! for every issued report, and `manifest.json` (canonical JSON, format `breachlog-bundle/1`)
//! with the SHA-256 and size of every other file and the journal head.

use std::fs;
use std::path::Path;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::canonical;
use crate::domain::Language;
use crate::error::{Error, Reason, Result};
use crate::i18n::Localizer;
use crate::projection::kind;
use crate::register::Register;
use crate::report::{self, ReportKind, ResolvedOptions};
use crate::views::RegisterRow;
use crate::Ts;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    Xlsx,
}

impl std::str::FromStr for ExportFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(ExportFormat::Csv),
            "xlsx" => Ok(ExportFormat::Xlsx),
            _ => Err(Error::invalid(
                "format",
                Reason::UnknownValue {
                    allowed: "csv, xlsx".into(),
                },
            )),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HeaderStyle {
    /// Stable machine column ids (default).
    #[default]
    Ids,
    /// Labels in the chosen language.
    Localised,
}

impl std::str::FromStr for HeaderStyle {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ids" | "id" | "machine" => Ok(HeaderStyle::Ids),
            "localised" | "localized" => Ok(HeaderStyle::Localised),
            _ => Err(Error::invalid(
                "headers",
                Reason::UnknownValue {
                    allowed: "ids, localised".into(),
                },
            )),
        }
    }
}

type Getter = fn(&RegisterRow, &Cells) -> String;

/// How cells are written: machine values (the stable wire names, `true`/`false`), or, with
/// localised headers, every coded value as its label in the export's language ("Verloren of
/// gestolen apparaat", not `lost_device`) — what an auditor opening the file in Excel reads.
/// Free texts, numbers, ids, hashes and times are the same in both.
pub struct Cells {
    tz: Tz,
    labels: Option<Localizer>,
}

impl Cells {
    pub fn new(style: HeaderStyle, lang: Language, tz: Tz) -> Self {
        Cells {
            tz,
            labels: (style == HeaderStyle::Localised).then(|| Localizer::new(lang)),
        }
    }

    fn label(&self, prefix: &str, wire: &str) -> String {
        match &self.labels {
            Some(l) if !wire.is_empty() => crate::format::value_label(l, prefix, wire),
            _ => wire.to_string(),
        }
    }

    fn opt_label(&self, prefix: &str, wire: &Option<String>) -> String {
        wire.as_deref()
            .map(|w| self.label(prefix, w))
            .unwrap_or_default()
    }

    fn labels(&self, prefix: &str, v: &[String]) -> String {
        list(&v.iter().map(|w| self.label(prefix, w)).collect::<Vec<_>>())
    }

    fn yes_no(&self, b: bool) -> String {
        match &self.labels {
            Some(l) => l.text(if b { "report-yes" } else { "report-no" }),
            None => b.to_string(),
        }
    }

    fn local(&self, t: &Option<Ts>) -> String {
        local(t, self.tz)
    }
}

fn utc(t: &Option<Ts>) -> String {
    t.map(|t| t.to_string()).unwrap_or_default()
}

fn local(t: &Option<Ts>, tz: Tz) -> String {
    t.map(|t| {
        t.as_utc()
            .with_timezone(&tz)
            .format("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    })
    .unwrap_or_default()
}

fn num(n: Option<u64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

fn list(v: &[String]) -> String {
    v.join("; ")
}

/// The register columns: stable id and value.
pub const COLUMNS: &[(&str, Getter)] = &[
    ("id", |r, _| r.id.clone()),
    ("title", |r, _| r.title.clone()),
    ("category", |r, c| c.label("category", &r.category)),
    ("role", |r, c| c.opt_label("role", &r.role)),
    ("occurred_from", |r, _| utc(&r.occurred_from)),
    ("occurred_from_local", |r, c| c.local(&r.occurred_from)),
    ("occurred_to", |r, _| utc(&r.occurred_to)),
    ("occurred_to_local", |r, c| c.local(&r.occurred_to)),
    ("detected_at", |r, _| r.detected_at.to_string()),
    ("detected_at_local", |r, c| c.local(&Some(r.detected_at))),
    ("aware_at", |r, _| utc(&r.aware_at)),
    ("aware_at_local", |r, c| c.local(&r.aware_at)),
    ("contained_at", |r, _| utc(&r.contained_at)),
    ("contained_at_local", |r, c| c.local(&r.contained_at)),
    ("closed_at", |r, _| utc(&r.closed_at)),
    ("closed_at_local", |r, c| c.local(&r.closed_at)),
    ("aware_justification", |r, _| {
        r.aware_justification.clone().unwrap_or_default()
    }),
    ("nature", |r, c| c.labels("nature", &r.nature)),
    ("description", |r, _| r.description.clone()),
    ("data_categories", |r, _| list(&r.data_categories)),
    ("special_categories", |r, _| list(&r.special_categories)),
    ("records_approx", |r, _| num(r.records_approx)),
    ("records_estimate", |r, c| c.yes_no(r.records_estimate)),
    ("subject_categories", |r, _| list(&r.subject_categories)),
    ("subjects_approx", |r, _| num(r.subjects_approx)),
    ("subjects_estimate", |r, c| c.yes_no(r.subjects_estimate)),
    ("enisa_dpc", |r, _| {
        r.enisa_dpc.map(|n| n.to_string()).unwrap_or_default()
    }),
    ("enisa_ei", |r, _| r.enisa_ei.clone().unwrap_or_default()),
    ("enisa_cb", |r, _| r.enisa_cb.clone().unwrap_or_default()),
    ("enisa_se", |r, _| r.enisa_se.clone().unwrap_or_default()),
    ("enisa_band", |r, c| {
        c.opt_label("enisa-band", &r.enisa_band)
    }),
    ("risk", |r, c| c.opt_label("risk", &r.risk)),
    ("risk_reasoning", |r, _| {
        r.risk_reasoning.clone().unwrap_or_default()
    }),
    ("art33_decision", |r, c| {
        c.opt_label("decision", &r.decision)
    }),
    ("art33_rationale", |r, _| {
        r.decision_rationale.clone().unwrap_or_default()
    }),
    ("art33_decided_by", |r, _| {
        r.decided_by.clone().unwrap_or_default()
    }),
    ("art33_decided_at", |r, _| utc(&r.decided_at)),
    ("filings", |r, c| {
        r.filings
            .iter()
            .map(|f| f.summary_with(|prefix, wire| c.label(prefix, wire)))
            .collect::<Vec<_>>()
            .join("; ")
    }),
    ("notified_at", |r, _| utc(&r.notified_at)),
    ("notified_at_local", |r, c| c.local(&r.notified_at)),
    ("notification_reference", |r, _| {
        r.notification_reference.clone().unwrap_or_default()
    }),
    ("controllers_notified", |r, _| {
        r.controllers_notified
            .iter()
            .map(|c| c.summary())
            .collect::<Vec<_>>()
            .join("; ")
    }),
    ("art34_decision", |r, c| {
        c.opt_label("art34-decision", &r.art34_decision)
    }),
    ("art34_exemption", |r, c| {
        c.opt_label("art34-exemption", &r.art34_exemption)
    }),
    ("art34_justification", |r, _| {
        r.art34_justification.clone().unwrap_or_default()
    }),
    (
        "art34_communicated_at",
        |r, _| utc(&r.art34_communicated_at),
    ),
    ("art34_channel", |r, c| {
        c.opt_label("channel", &r.art34_channel)
    }),
    ("other_regimes", |r, c| c.labels("regime", &r.other_regimes)),
    ("consequences", |r, _| {
        r.consequences.clone().unwrap_or_default()
    }),
    ("measures_taken", |r, _| {
        r.measures_taken.clone().unwrap_or_default()
    }),
    ("measures_proposed", |r, _| {
        r.measures_proposed.clone().unwrap_or_default()
    }),
    ("status", |r, c| c.label("status", &r.status)),
    ("journal_seq", |r, _| r.journal_seq.to_string()),
    ("journal_hash", |r, _| r.journal_hash.clone()),
];

fn headers(style: HeaderStyle, lang: Language) -> Vec<String> {
    let l = Localizer::new(lang);
    COLUMNS
        .iter()
        .map(|(id, _)| match style {
            HeaderStyle::Ids => (*id).to_string(),
            HeaderStyle::Localised => l.text(&format!("export-col-{}", id.replace('_', "-"))),
        })
        .collect()
}

/// The UTF-8 byte-order mark that starts a CSV with localised headers.
pub const UTF8_BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// The register as CSV (RFC 4180, UTF-8, CRLF line ends are not used: `\n`); with localised
/// headers it starts with a UTF-8 byte-order mark and codes are written as labels ([`Cells`]).
pub fn register_csv(
    rows: &[RegisterRow],
    style: HeaderStyle,
    lang: Language,
    tz: Tz,
) -> Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let err = |e: csv::Error| Error::Data(format!("csv: {e}"));
    w.write_record(headers(style, lang)).map_err(err)?;
    let cells = Cells::new(style, lang, tz);
    for r in rows {
        w.write_record(COLUMNS.iter().map(|(_, get)| get(r, &cells)))
            .map_err(err)?;
    }
    let body = w
        .into_inner()
        .map_err(|e| Error::Data(format!("csv: {e}")))?;
    Ok(match style {
        // Spreadsheet programs read a CSV without a byte-order mark in the system's legacy
        // code page ("CategorieÃ«n"); the localised export is the one people open there. The
        // machine export stays plain UTF-8 for scripts.
        HeaderStyle::Localised => [UTF8_BOM.as_slice(), &body].concat(),
        HeaderStyle::Ids => body,
    })
}

/// The register as an XLSX workbook (one sheet, frozen header row, autofilter). The document
/// creation time is `created` so the same data gives the same workbook content.
pub fn register_xlsx(
    rows: &[RegisterRow],
    style: HeaderStyle,
    lang: Language,
    tz: Tz,
    created: Ts,
) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| Error::Data(format!("xlsx: {e}"));
    let mut wb = Workbook::new();
    let when = ExcelDateTime::from_timestamp(created.as_utc().timestamp()).map_err(err)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title("Breachlog register")
            .set_creation_datetime(&when),
    );
    let ws = wb.add_worksheet();
    ws.set_name("register").map_err(err)?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for (c, h) in headers(style, lang).iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &bold)
            .map_err(err)?;
        ws.set_column_width(c as u16, 18).map_err(err)?;
    }
    let cells = Cells::new(style, lang, tz);
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        for (c, (id, get)) in COLUMNS.iter().enumerate() {
            let v = get(r, &cells);
            if v.is_empty() {
                continue;
            }
            let numeric = matches!(*id, "records_approx" | "subjects_approx" | "journal_seq");
            match v.parse::<f64>() {
                Ok(n) if numeric => ws.write_number(row, c as u16, n).map(|_| ()).map_err(err)?,
                _ => ws
                    .write_string_with_format(row, c as u16, &v, &wrap)
                    .map(|_| ())
                    .map_err(err)?,
            }
        }
    }
    ws.set_freeze_panes(1, 0).map_err(err)?;
    ws.autofilter(0, 0, rows.len() as u32, COLUMNS.len() as u16 - 1)
        .map_err(err)?;
    wb.save_to_buffer().map_err(err)
}

/// The outcome of a register export.
#[derive(Debug, Clone, Serialize)]
pub struct RegisterExport {
    pub path: String,
    pub format: ExportFormat,
    pub rows: u64,
    pub sha256: String,
    pub head_seq: u64,
    pub head_hash: String,
}

/// The outcome of a bundle export.
#[derive(Debug, Clone, Serialize)]
pub struct BundleExport {
    pub path: String,
    pub files: u64,
    pub manifest_sha256: String,
    pub head_seq: u64,
    pub head_hash: String,
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::store::files::write_atomic(path, bytes)
}

impl Register {
    /// The Art 33(5) register rows (personal-data breaches, exercises excluded).
    pub fn register_rows(&self, from: Option<Ts>, to: Option<Ts>) -> Result<Vec<RegisterRow>> {
        let opts = ResolvedOptions {
            incident: None,
            from,
            to,
            language: self.org()?.language,
            authority: None,
            controller: None,
            stage: None,
            report_stage: None,
            channel: None,
        };
        // Obligation statuses as of the journal head: the same register gives the same rows.
        let (head_seq, _) = self.head()?;
        let as_of = self
            .event_at(head_seq)?
            .map(|e| e.ts)
            .unwrap_or_else(Ts::now);
        match self.report_data(ReportKind::Register, &opts, u64::MAX, as_of)? {
            report::ReportData::Register { rows, .. } => Ok(rows),
            _ => Ok(Vec::new()),
        }
    }

    /// Writes the register as CSV or XLSX and records a `register.exported` event.
    pub fn export_register(
        &mut self,
        format: ExportFormat,
        style: HeaderStyle,
        lang: Option<Language>,
        out: &Path,
    ) -> Result<RegisterExport> {
        self.check_output(out)?;
        let rows = self.register_rows(None, None)?;
        let lang = match lang {
            Some(l) => l,
            None => self.org()?.language,
        };
        let (head_seq, head_hash) = self.head()?;
        let created = self
            .event_at(head_seq)?
            .map(|e| e.ts)
            .unwrap_or_else(Ts::now);
        let bytes = match format {
            ExportFormat::Csv => register_csv(&rows, style, lang, self.org()?.tz())?,
            ExportFormat::Xlsx => register_xlsx(&rows, style, lang, self.org()?.tz(), created)?,
        };
        write_atomic(out, &bytes)?;
        let sha256 = canonical::sha256_bytes_hex(&bytes);
        let result = RegisterExport {
            path: out.display().to_string(),
            format,
            rows: rows.len() as u64,
            sha256: sha256.clone(),
            head_seq,
            head_hash: head_hash.clone(),
        };
        let (signer, origin) = (self.signer()?, self.origin());
        self.write(|w| {
            w.append(
                kind::REGISTER_EXPORTED,
                None,
                json!({
                    "format": format, "rows": rows.len(), "file_sha256": sha256,
                    "file_name": out.file_name().map(|n| n.to_string_lossy().into_owned()),
                    "head_seq": head_seq, "head_hash": head_hash,
                }),
            )?;
            w.append_checkpoint(
                &signer,
                &origin,
                crate::register::checkpoints::REASON_EXPORT,
            )
        })?;
        Ok(result)
    }

    /// Writes an auditor bundle into `dir` (which must not exist or be empty) and records a
    /// `bundle.exported` event.
    pub fn export_bundle(&mut self, dir: &Path) -> Result<BundleExport> {
        if fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(Error::invalid("out", crate::Reason::Symlink));
        }
        if dir.exists() {
            let mut entries = fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
            if entries.next().is_some() {
                return Err(Error::invalid("out", crate::Reason::FolderNotEmpty));
            }
        }
        crate::store::files::create_private_dir_all(&dir.join("reports"))?;
        let (head_seq, head_hash) = self.head()?;
        let created = self
            .event_at(head_seq)?
            .map(|e| e.ts)
            .unwrap_or_else(Ts::now);
        let lang = self.org()?.language;
        let tz = self.org()?.tz();
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();

        let mut journal = Vec::new();
        self.for_each_event(1, head_seq, |ev| {
            journal.extend_from_slice(
                ev.to_line()
                    .map_err(|e| Error::Data(e.to_string()))?
                    .as_bytes(),
            );
            journal.push(b'\n');
            Ok(())
        })?;
        files.push(("journal.jsonl".into(), journal));
        let rows = self.register_rows(None, None)?;
        files.push((
            "register.csv".into(),
            register_csv(&rows, HeaderStyle::Ids, lang, tz)?,
        ));
        files.push((
            "register.xlsx".into(),
            register_xlsx(&rows, HeaderStyle::Ids, lang, tz, created)?,
        ));
        drop(rows);
        for (_, rec) in self.issued_reports()? {
            if let Some(pdf) = self.report_pdf(&rec.serial)? {
                files.push((format!("reports/{}.pdf", rec.serial), pdf));
            }
        }
        let mut listed = Vec::new();
        for (name, bytes) in &files {
            write_atomic(&dir.join(name), bytes)?;
            listed.push(json!({"path": name, "sha256": canonical::sha256_bytes_hex(bytes), "size": bytes.len()}));
        }
        let count = files.len() as u64;
        drop(files);
        let manifest = json!({
            "format": BUNDLE_FORMAT,
            "register_id": self.register_id().to_string(),
            "created_at": created,
            "head": {"seq": head_seq, "hash": head_hash},
            "files": listed,
        });
        let text = canonical::to_string(&manifest).map_err(|e| Error::Data(e.to_string()))?;
        write_atomic(&dir.join("manifest.json"), text.as_bytes())?;
        let manifest_sha256 = canonical::sha256_bytes_hex(text.as_bytes());
        let dir_name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
        let (signer, origin) = (self.signer()?, self.origin());
        self.write(|w| {
            w.append(
                kind::BUNDLE_EXPORTED,
                None,
                json!({
                    "dir_name": dir_name, "files": count, "manifest_sha256": manifest_sha256,
                    "head_seq": head_seq, "head_hash": head_hash,
                }),
            )?;
            w.append_checkpoint(
                &signer,
                &origin,
                crate::register::checkpoints::REASON_EXPORT,
            )
        })?;
        Ok(BundleExport {
            path: dir.display().to_string(),
            files: count,
            manifest_sha256,
            head_seq,
            head_hash,
        })
    }
}

pub use breachlog_chain::bundle::{verify_bundle, BundleCheck, BundleProblem, BUNDLE_FORMAT};
