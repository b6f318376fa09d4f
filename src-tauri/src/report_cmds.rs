//! Reports from the desktop app: issue any report type into a file the user picks in a native
//! save dialog, and verify a report PDF the user picks in a native open dialog. Thin over
//! `breachlog_core::report`; the dialogs run in Rust, so the webview never names a path to
//! write or read (no file-system permission is granted to it).

use std::path::{Path, PathBuf};

use breachlog_core::domain::Language;
use breachlog_core::export::{ExportFormat, HeaderStyle};
use breachlog_core::i18n::Localizer;
use breachlog_core::report::{
    verify_report, NoticesWritten, ReportCheck, ReportKind, ReportOptions,
};
use breachlog_core::{Error, Reason, Register};
use serde::Serialize;
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::AppError;
use crate::state::AppState;

type Res<T> = Result<T, AppError>;

/// An authority a notification can be addressed to.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AuthorityChoice {
    pub id: String,
    pub name: String,
    pub short: String,
    /// Languages the authority accepts (ISO 639-1), its own first.
    pub languages: Vec<String>,
}

/// A controller a processor's notice can be addressed to.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ControllerChoice {
    pub id: String,
    pub name: String,
}

/// What the Reports screen offers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReportChoices {
    pub authorities: Vec<AuthorityChoice>,
    pub controllers: Vec<ControllerChoice>,
    /// The organisation's lead authority (preselected), if set.
    pub lead_authority: Option<String>,
}

/// An issued report, written to the file the user chose.
#[derive(Debug, Clone, Serialize, TS)]
pub struct IssuedReportInfo {
    pub serial: String,
    pub kind: ReportKind,
    pub path: String,
    pub pages: u32,
    pub report_sha256: String,
    pub head_seq: u64,
    pub head_hash: String,
    pub prev_report_sha256: Option<String>,
}

/// The result of verifying a report PDF (the `verify-report` JSON plus the file name and a
/// localised reason).
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReportVerification {
    pub file: String,
    pub ok: bool,
    pub serial: Option<String>,
    pub report_sha256: String,
    pub head_seq: Option<u64>,
    pub head_hash: Option<String>,
    pub prev_report_sha256: Option<String>,
    /// `null` when no register is open; else whether this register issued the file.
    pub issued_by_register: Option<bool>,
    /// What the report's signed proof establishes, in words (`app-reports-proof`); `null` when
    /// the report carries none (issued before proofs) or the check failed before it.
    pub proof: Option<String>,
    pub problem: Option<String>,
}

/// The register written as CSV or XLSX to the file the user chose.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RegisterExportInfo {
    pub path: String,
    /// `csv` or `xlsx`.
    pub format: String,
    pub rows: u64,
    pub sha256: String,
    pub head_seq: u64,
    pub head_hash: String,
}

/// An auditor bundle written to the folder the user named.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BundleExportInfo {
    pub path: String,
    pub files: u64,
    pub manifest_sha256: String,
    pub head_seq: u64,
    pub head_hash: String,
}

/// Writes the TypeScript bindings of this module's payloads.
pub fn export_bindings(cfg: &ts_rs::Config) -> Result<(), ts_rs::ExportError> {
    RegisterExportInfo::export_all(cfg)?;
    BundleExportInfo::export_all(cfg)?;
    ReportChoices::export_all(cfg)?;
    IssuedReportInfo::export_all(cfg)?;
    ReportVerification::export_all(cfg)?;
    ReportKind::export_all(cfg)?;
    ReportOptions::export_all(cfg)?;
    Ok(())
}

/// The choices for the Reports screen.
pub fn choices(reg: &Register) -> breachlog_core::Result<ReportChoices> {
    let authorities = breachlog_core::regulation::authorities::all()?
        .iter()
        .map(|a| AuthorityChoice {
            id: a.id.clone(),
            name: a.name.clone(),
            short: a.short.clone(),
            languages: a.languages.clone(),
        })
        .collect();
    let controllers = reg
        .controllers()?
        .into_iter()
        .map(|c| ControllerChoice {
            id: c.id.to_string(),
            name: c.name,
        })
        .collect();
    let lead = reg.org()?.lead_authority;
    Ok(ReportChoices {
        authorities,
        controllers,
        lead_authority: Some(lead).filter(|l| !l.trim().is_empty()),
    })
}

/// Issues a report and writes it to `path` (the file is written only when issuing succeeded).
pub fn issue_to(
    reg: &mut Register,
    kind: ReportKind,
    options: &ReportOptions,
    path: &Path,
) -> breachlog_core::Result<IssuedReportInfo> {
    reg.check_output(path)?;
    let r = reg.issue_report(kind, options)?;
    reg.save_output(path, &r.bytes)?;
    Ok(IssuedReportInfo {
        serial: r.serial,
        kind,
        path: path.display().to_string(),
        pages: r.pages as u32,
        report_sha256: r.sha256,
        head_seq: r.head_seq,
        head_hash: r.head_hash,
        prev_report_sha256: r.prev_report_sha256,
    })
}

/// Checks the export's format before any dialog opens (a bad value writes nothing).
pub fn export_format(format: &str) -> breachlog_core::Result<ExportFormat> {
    format.parse()
}

/// Writes the register as CSV or XLSX to `path`: localised headers and values in `lang` (with
/// a byte-order mark in a CSV, for spreadsheet programs), or the stable machine ids.
pub fn export_register_to(
    reg: &mut Register,
    format: ExportFormat,
    localised: bool,
    lang: Language,
    path: &Path,
) -> breachlog_core::Result<RegisterExportInfo> {
    let style = if localised {
        HeaderStyle::Localised
    } else {
        HeaderStyle::Ids
    };
    let r = reg.export_register(format, style, Some(lang), path)?;
    Ok(RegisterExportInfo {
        path: r.path,
        format: match r.format {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
        .into(),
        rows: r.rows,
        sha256: r.sha256,
        head_seq: r.head_seq,
        head_hash: r.head_hash,
    })
}

/// The event that carries the progress of "Prepare notices" to the window.
pub const NOTICES_PROGRESS_EVENT: &str = "notices-progress";

/// Progress of "Prepare notices": `done` of `total` notices written.
#[derive(Debug, Clone, Serialize, TS)]
pub struct NoticesProgress {
    pub done: u32,
    pub total: u32,
}

/// The folder the notices go into: `dir` itself when it is empty or new, else a new folder
/// `notices-<incident>` inside it (`-2`, `-3`, … when taken).
fn notices_folder(dir: &Path, incident: Uuid) -> PathBuf {
    // A folder that does not exist yet (or is empty) is used as it is.
    let empty = std::fs::read_dir(dir).map_or(true, |mut e| e.next().is_none());
    if empty {
        return dir.to_path_buf();
    }
    let base = format!("notices-{}", &incident.to_string()[..8]);
    let mut n = 1;
    loop {
        let name = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let candidate = dir.join(name);
        if !candidate.exists() {
            return candidate;
        }
        n += 1;
    }
}

/// Issues the notices to the customers `controllers` (ids) of `incident` into `dir` (see
/// [`notices_folder`]) with `manifest.csv`: the core's `report controller --all` for a selection.
pub fn prepare_notices_in(
    reg: &mut Register,
    incident: Uuid,
    controllers: &[String],
    dir: &Path,
    progress: &mut dyn FnMut(usize, usize),
) -> breachlog_core::Result<NoticesWritten> {
    let ids = controllers
        .iter()
        .map(|c| {
            Uuid::parse_str(c.trim()).map_err(|_| Error::invalid("controllers", Reason::NotAnId))
        })
        .collect::<breachlog_core::Result<Vec<Uuid>>>()?;
    if ids.is_empty() {
        return Err(Error::invalid("controllers", Reason::Empty));
    }
    let folder = notices_folder(dir, incident);
    reg.issue_controller_notices(incident, &folder, None, Some(&ids), progress)
}

/// Writes an auditor bundle into the new folder `path`.
pub fn export_bundle_to(
    reg: &mut Register,
    path: &Path,
) -> breachlog_core::Result<BundleExportInfo> {
    let b = reg.export_bundle(path)?;
    Ok(BundleExportInfo {
        path: b.path,
        files: b.files,
        manifest_sha256: b.manifest_sha256,
        head_seq: b.head_seq,
        head_hash: b.head_hash,
    })
}

/// Verifies report bytes on their own and, with an open register, against it.
pub fn verify_bytes(
    reg: Option<&Register>,
    file: &str,
    bytes: &[u8],
    loc: &Localizer,
) -> breachlog_core::Result<ReportVerification> {
    with_register(reg, file, verify_report(bytes), loc)
}

/// Adds the register's view (issued here? head still there?) to a standalone check.
fn with_register(
    reg: Option<&Register>,
    file: &str,
    mut check: ReportCheck,
    loc: &Localizer,
) -> breachlog_core::Result<ReportVerification> {
    if let Some(reg) = reg {
        check = reg.check_report(check)?;
    }
    Ok(ReportVerification {
        file: file.to_string(),
        ok: check.ok,
        serial: check.serial.clone(),
        report_sha256: check.report_sha256.clone(),
        head_seq: check.head_seq,
        head_hash: check.head_hash.clone(),
        prev_report_sha256: check.prev_report_sha256.clone(),
        issued_by_register: check.issued_by_register,
        proof: check.proof.as_ref().map(|p| {
            let mut text = loc.render(&breachlog_core::message::Message::with(
                "app-reports-proof",
                breachlog_core::report::proof_args(p),
            ));
            if let Some(t) = &p.timestamp {
                text.push(' ');
                text.push_str(&loc.render(&breachlog_core::report::timestamp_message(t)));
            }
            text
        }),
        problem: check.problem.as_ref().map(|p| loc.message_of(p)),
    })
}

/// A file name to suggest in the save dialog: `notification-nl-ap-RPT.pdf` style, without
/// characters file systems dislike.
fn suggested_name(kind: ReportKind, options: &ReportOptions) -> String {
    let mut parts = vec![kind.as_str().replace('_', "-")];
    let given = [&options.authority, &options.stage, &options.channel];
    for v in given.into_iter().flatten().filter(|v| !v.trim().is_empty()) {
        parts.push(v.trim().to_string());
    }
    if let Some(i) = options.incident.as_deref().filter(|i| !i.is_empty()) {
        parts.push(breachlog_core::format::short(i));
    }
    let name: String = parts
        .join("-")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{name}.pdf")
}

fn picked(path: Option<tauri_plugin_dialog::FilePath>) -> Option<PathBuf> {
    path.and_then(|p| p.into_path().ok())
}

#[tauri::command]
pub async fn report_choices(state: State<'_, AppState>) -> Res<ReportChoices> {
    state.with(|reg| choices(reg))
}

/// Asks where to save, then issues the report. `None` when the user cancelled the dialog.
#[tauri::command]
pub async fn issue_report(
    app: AppHandle,
    state: State<'_, AppState>,
    kind: ReportKind,
    options: ReportOptions,
) -> Res<Option<IssuedReportInfo>> {
    issue_with_dialog(&app, &state, kind, &options)
}

/// Asks where to save, issues the report, then opens the saved PDF in the system's viewer, from
/// which it is printed (the report is the PDF: what is printed is what the register holds).
/// `None` when the user cancelled the dialog.
#[tauri::command]
pub async fn print_report(
    app: AppHandle,
    state: State<'_, AppState>,
    kind: ReportKind,
    options: ReportOptions,
) -> Res<Option<IssuedReportInfo>> {
    let Some(issued) = issue_with_dialog(&app, &state, kind, &options)? else {
        return Ok(None);
    };
    open::that_detached(&issued.path).map_err(|e| {
        AppError::app(
            "viewer",
            state.localizer(),
            &[("path", issued.path.clone()), ("error", e.to_string())],
        )
    })?;
    Ok(Some(issued))
}

fn issue_with_dialog(
    app: &AppHandle,
    state: &AppState,
    kind: ReportKind,
    options: &ReportOptions,
) -> Res<Option<IssuedReportInfo>> {
    if state.slot().is_none() {
        return Err(AppError::locked(state.localizer()));
    }
    let pdf = state.localizer().text("app-reports-pdf-filter");
    let path = picked(
        app.dialog()
            .file()
            .add_filter(pdf, &["pdf"])
            .set_title(state.localizer().text("app-reports-save-dialog"))
            .set_file_name(suggested_name(kind, options))
            .blocking_save_file(),
    );
    let Some(path) = path else { return Ok(None) };
    state
        .with(|reg| issue_to(reg, kind, options, &path))
        .map(Some)
}

/// Today's date in the organisation's zone, for suggested file names.
fn today(reg: &Register) -> breachlog_core::Result<String> {
    let tz = reg.org()?.tz();
    Ok(breachlog_core::Ts::now().local_date_in(tz))
}

/// Asks where to save, then writes the register as CSV or XLSX. `None` when the user
/// cancelled the dialog.
#[tauri::command]
pub async fn export_register(
    app: AppHandle,
    state: State<'_, AppState>,
    format: String,
    localised: bool,
) -> Res<Option<RegisterExportInfo>> {
    let fmt = export_format(&format).map_err(|e| state.err(&e))?;
    let date = state.with(|reg| today(reg))?;
    let loc = state.localizer();
    let (filter, ext) = match fmt {
        ExportFormat::Csv => (loc.text("app-export-csv-filter"), "csv"),
        ExportFormat::Xlsx => (loc.text("app-export-xlsx-filter"), "xlsx"),
    };
    let path = picked(
        app.dialog()
            .file()
            .add_filter(filter, &[ext])
            .set_file_name(format!("breachlog-register-{date}.{ext}"))
            .blocking_save_file(),
    );
    let Some(path) = path else { return Ok(None) };
    let lang = loc.language();
    state
        .with(|reg| export_register_to(reg, fmt, localised, lang, &path))
        .map(Some)
}

/// Asks for the name of a new folder, then writes the auditor bundle into it. `None` when the
/// user cancelled the dialog.
#[tauri::command]
pub async fn export_bundle(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Res<Option<BundleExportInfo>> {
    let date = state.with(|reg| today(reg))?;
    let path = picked(
        app.dialog()
            .file()
            .set_title(state.localizer().text("app-export-bundle-dialog"))
            .set_file_name(format!("breachlog-bundle-{date}"))
            .blocking_save_file(),
    );
    let Some(path) = path else { return Ok(None) };
    state.with(|reg| export_bundle_to(reg, &path)).map(Some)
}

/// Asks for a folder (native folder picker), then writes one notice per selected customer into
/// it (or a new folder inside it) with `manifest.csv`, telling the window its progress. `None`
/// when the user cancelled the dialog.
#[tauri::command]
pub async fn prepare_notices(
    app: AppHandle,
    state: State<'_, AppState>,
    incident: String,
    controllers: Vec<String>,
) -> Res<Option<NoticesWritten>> {
    let id = crate::commands::parse_id(&state, &incident)?;
    let title = state.localizer().text("app-notify-pick-folder");
    let dir = picked(app.dialog().file().set_title(title).blocking_pick_folder());
    let Some(dir) = dir else { return Ok(None) };
    state
        .with(|reg| {
            prepare_notices_in(reg, id, &controllers, &dir, &mut |done, total| {
                let _ = app.emit_to(
                    "main",
                    NOTICES_PROGRESS_EVENT,
                    NoticesProgress {
                        done: u32::try_from(done).unwrap_or(u32::MAX),
                        total: u32::try_from(total).unwrap_or(u32::MAX),
                    },
                );
            })
        })
        .map(Some)
}

/// Asks for a PDF, then verifies it. `None` when the user cancelled the dialog.
#[tauri::command]
pub async fn verify_report_file(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Res<Option<ReportVerification>> {
    let loc = state.localizer();
    let path = picked(
        app.dialog()
            .file()
            .add_filter(loc.text("app-reports-pdf-filter"), &["pdf"])
            .blocking_pick_file(),
    );
    let Some(path) = path else { return Ok(None) };
    let bytes = std::fs::read(&path).map_err(|e| state.err(&Error::io(&path, e)))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Parsing and the standalone check come first, without the register lock: whatever the
    // file holds, lock, the idle lock and closing the window never wait for it (security
    // review M5). The lock is taken only for the register lookup.
    let check = verify_report(&bytes);
    drop(bytes);
    let slot = state.slot();
    with_register(slot.as_ref(), &name, check, loc)
        .map(Some)
        .map_err(|e| state.err(&e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use breachlog_core::domain::Language;
    use breachlog_core::register::{AssessmentInput, IncidentInput, InitOptions, OrgInput};
    use zeroize::Zeroizing;

    #[test]
    fn issues_every_kind_to_a_file_and_verifies_it_with_and_without_the_register() {
        let dir = tempfile::tempdir().unwrap();
        let opts = InitOptions {
            org: OrgInput {
                name: Some("Voorbeeld B.V.".into()),
                timezone: Some("Europe/Amsterdam".into()),
                lead_authority: Some("nl-ap".into()),
                regimes: Some(vec!["gdpr".into()]),
                ..Default::default()
            },
            passphrase: Some(Zeroizing::new(breachlog_testsupport::PASSPHRASE.into())),
            keyring: false,
            actor: "dpo".into(),
        };
        let (mut reg, _) = Register::init(&dir.path().join("r.db"), opts).unwrap();
        reg.add_controller("Acme", Some(24), None).unwrap();
        let id = reg
            .create_incident(&IncidentInput {
                title: Some("Datalek klantportaal".into()),
                detected_at: Some("2026-05-04T08:00:00Z".into()),
                ..Default::default()
            })
            .unwrap()
            .id;
        reg.assess(
            id,
            &AssessmentInput {
                personal_data: Some("yes".into()),
                aware_at: Some("2026-05-04T10:00:00Z".into()),
                risk: Some("high".into()),
                risk_reasoning: Some("Gezondheidsgegevens".into()),
                ..Default::default()
            },
        )
        .unwrap();
        let c = choices(&reg).unwrap();
        assert_eq!(c.lead_authority.as_deref(), Some("nl-ap"));
        assert!(c.authorities.iter().any(|a| a.id == "de-ni"));
        assert_eq!(c.controllers[0].name, "Acme");
        let incident = Some(id.to_string());
        let kinds = [
            (
                ReportKind::Incident,
                ReportOptions {
                    incident: incident.clone(),
                    ..Default::default()
                },
            ),
            (
                ReportKind::Register,
                ReportOptions {
                    lang: Some("de".into()),
                    ..Default::default()
                },
            ),
            (ReportKind::AuditTrail, ReportOptions::default()),
            (
                ReportKind::Notification,
                ReportOptions {
                    incident: incident.clone(),
                    authority: Some("nl-ap".into()),
                    ..Default::default()
                },
            ),
            (
                ReportKind::Subjects,
                ReportOptions {
                    incident: incident.clone(),
                    lang: Some("fr".into()),
                    ..Default::default()
                },
            ),
            (
                ReportKind::Controller,
                ReportOptions {
                    incident: incident.clone(),
                    controller: Some("Acme".into()),
                    ..Default::default()
                },
            ),
        ];
        let loc = Localizer::new(Language::En);
        for (i, (kind, o)) in kinds.iter().enumerate() {
            let path = dir.path().join(suggested_name(*kind, o));
            let info = issue_to(&mut reg, *kind, o, &path).unwrap();
            assert_eq!(info.serial, format!("RPT-{:06}", i + 1));
            let bytes = std::fs::read(&path).unwrap();
            let v = verify_bytes(Some(&reg), "r.pdf", &bytes, &loc).unwrap();
            assert!(
                v.ok && v.issued_by_register == Some(true) && v.problem.is_none(),
                "{v:?}"
            );
            assert_eq!(v.report_sha256, info.report_sha256);
            let alone = verify_bytes(None, "r.pdf", &bytes, &loc).unwrap();
            assert_eq!((alone.ok, alone.issued_by_register), (true, None));
        }
        // A changed byte: not ok, with a localised reason.
        let path = dir.path().join("incident-.pdf");
        let mut bytes =
            std::fs::read(dir.path().join(suggested_name(kinds[0].0, &kinds[0].1))).unwrap();
        let n = bytes.len() / 2;
        bytes[n] ^= 1;
        let v = verify_bytes(Some(&reg), "x.pdf", &bytes, &Localizer::new(Language::De)).unwrap();
        assert!(
            !v.ok && v.problem.as_deref().is_some_and(|p| !p.is_empty()),
            "{v:?}"
        );
        // A refused option writes no file.
        let bad = ReportOptions {
            incident,
            authority: Some("xx".into()),
            ..Default::default()
        };
        assert!(issue_to(&mut reg, ReportKind::Notification, &bad, &path).is_err());
        assert!(!path.exists());
        assert_eq!(
            suggested_name(ReportKind::AuditTrail, &ReportOptions::default()),
            "audit-trail.pdf"
        );
        // A report on a regulator's template is named by its stage (and NIS2 channel).
        let nis2 = ReportOptions {
            incident: Some("01a24413-3ef3-7166-a17a-b88f69cf5bd7".into()),
            stage: Some("final".into()),
            channel: Some("de".into()),
            ..Default::default()
        };
        assert_eq!(
            suggested_name(ReportKind::Nis2, &nis2),
            "nis2-final-de-01a24413.pdf"
        );
    }
}
