//! Evidence files from the desktop app: list an incident's files, attach one the user picks in
//! the native file dialog, and export one to where the user saves it in the native save dialog.
//! The dialogs run in Rust, so the webview never names a path to read or write (it has no
//! file-system permission), and the register lock is not held while a dialog is open. Thin over
//! `Register::add_evidence` / `Register::export_evidence`: the core streams the file in chunks,
//! checks the SHA-256 on the way out and records the custody.

use std::path::{Path, PathBuf};

use breachlog_core::domain::{Evidence, EvidenceExport};
use breachlog_core::register::EvidenceWritten;
use breachlog_core::Register;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::commands::parse_id;
use crate::error::AppError;
use crate::state::AppState;

type Res<T> = Result<T, AppError>;

/// Writes the TypeScript bindings of this module's payloads.
pub fn export_bindings(cfg: &ts_rs::Config) -> Result<(), ts_rs::ExportError> {
    Evidence::export_all(cfg)?;
    EvidenceExport::export_all(cfg)?;
    EvidenceWritten::export_all(cfg)?;
    Ok(())
}

/// Attaches the file at `path` (what the file dialog answered) to the incident `id`.
pub fn add_from(
    reg: &mut Register,
    id: uuid::Uuid,
    path: &Path,
    note: Option<&str>,
) -> breachlog_core::Result<Evidence> {
    reg.add_evidence(id, path, note)
}

/// Writes the evidence file `id` to `path` (what the save dialog answered; the dialog has asked
/// before replacing an existing file, so it is overwritten).
pub fn export_to(
    reg: &mut Register,
    id: uuid::Uuid,
    path: &Path,
) -> breachlog_core::Result<EvidenceWritten> {
    reg.export_evidence(id, path, true)
}

/// The folder a dialog opens in: the documents folder, else the home folder.
fn start_dir(app: &AppHandle) -> Option<PathBuf> {
    app.path()
        .document_dir()
        .ok()
        .or_else(|| app.path().home_dir().ok())
        .filter(|d| d.is_dir())
}

/// The name the save dialog suggests: the file's own name, without characters file systems
/// dislike (a redacted file has no name left, but then it cannot be exported either).
fn suggested_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let trimmed = cleaned.trim().trim_start_matches('.');
    if trimmed.is_empty() {
        "evidence".into()
    } else {
        trimmed.to_string()
    }
}

#[tauri::command]
pub async fn evidence_list(state: State<'_, AppState>, id: String) -> Res<Vec<Evidence>> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| reg.evidence_list(id))
}

/// Asks for a file (native dialog), then attaches it. `None` when the user cancelled.
#[tauri::command]
pub async fn add_evidence(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    note: Option<String>,
) -> Res<Option<Evidence>> {
    let id = parse_id(&state, &id)?;
    if state.slot().is_none() {
        return Err(AppError::locked(state.localizer()));
    }
    let title = crate::messages::text(state.language(), "app-evidence-pick-title", &[]);
    let mut dialog = app.dialog().file().set_title(title);
    if let Some(dir) = start_dir(&app) {
        dialog = dialog.set_directory(dir);
    }
    let Some(path) = dialog.blocking_pick_file().and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    state
        .with(|reg| add_from(reg, id, &path, note.as_deref()))
        .map(Some)
}

/// Asks where to save (native dialog, the file's name suggested), then writes the file there.
/// `None` when the user cancelled.
#[tauri::command]
pub async fn export_evidence(
    app: AppHandle,
    state: State<'_, AppState>,
    evidence: String,
) -> Res<Option<EvidenceWritten>> {
    let id = parse_id(&state, &evidence)?;
    // Checked before the dialog opens: an erased file is refused without asking for a name.
    let e = state.with(|reg| {
        let e = reg.evidence(id)?;
        if e.erased {
            return Err(breachlog_core::Error::invalid(
                "evidence",
                breachlog_core::Reason::EvidenceErased,
            ));
        }
        Ok(e)
    })?;
    let title = crate::messages::text(state.language(), "app-evidence-save-title", &[]);
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(suggested_name(&e.name));
    if let Some(dir) = start_dir(&app) {
        dialog = dialog.set_directory(dir);
    }
    let Some(path) = dialog.blocking_save_file().and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    state.with(|reg| export_to(reg, id, &path)).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use breachlog_core::register::{IncidentInput, InitOptions, OrgInput};
    use zeroize::Zeroizing;

    #[test]
    fn a_picked_file_is_attached_and_saved_back_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let opts = InitOptions {
            org: OrgInput {
                name: Some("Voorbeeld B.V.".into()),
                timezone: Some("Europe/Amsterdam".into()),
                ..Default::default()
            },
            passphrase: Some(Zeroizing::new(breachlog_testsupport::PASSPHRASE.into())),
            keyring: false,
            actor: "dpo".into(),
        };
        let (mut reg, _) = Register::init(&dir.path().join("r.db"), opts).unwrap();
        let id = reg
            .create_incident(&IncidentInput {
                title: Some("Phishing".into()),
                detected_at: Some("2026-05-04T08:00:00Z".into()),
                ..Default::default()
            })
            .unwrap()
            .id;
        let src = dir.path().join("headers.eml");
        std::fs::write(&src, b"Received: from evil.example\r\n").unwrap();
        let e = add_from(&mut reg, id, &src, Some("forwarded by a colleague")).unwrap();
        assert_eq!(e.media_type, "message/rfc822");
        let out = dir.path().join("saved.eml");
        std::fs::write(&out, b"an older file the dialog asked to replace").unwrap();
        let w = export_to(&mut reg, e.id, &out).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&src).unwrap());
        assert_eq!(w.sha256, e.sha256);
        assert_eq!(reg.evidence_list(id).unwrap()[0].exports.len(), 1);
        assert_eq!(suggested_name("a/b:c?.pdf"), "a_b_c_.pdf");
        assert_eq!(suggested_name(".."), "evidence");
    }
}
