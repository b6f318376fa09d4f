//! Backups and retention in the desktop app: scheduled encrypted backups into the folder chosen
//! in the settings (a background thread, so they happen while the app is open without anyone
//! thinking of them), the last backup and restore test, manual backup and restore test, and the
//! retention review with redaction; and, after a checkpoint, an independent RFC 3161 timestamp
//! when a time-stamping authority is configured.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use breachlog_core::backup;
use breachlog_core::journal::Redaction;
use breachlog_core::register::timestamps::{self, TimestampInfo, TimestampRequest, TsaInfo};
use breachlog_core::register::RetentionItem;
use breachlog_core::views::backup::backup_files;
use breachlog_core::views::BackupOverview;
use breachlog_core::{Error, Reason, Register, Ts};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::commands::parse_id;
use crate::error::AppError;
use crate::state::AppState;

type Res<T> = Result<T, AppError>;

/// The outcome of a restore test of one backup file.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RestoreTest {
    pub ok: bool,
    pub file: String,
    pub events: u64,
    /// The localised failure, when `ok` is false.
    pub problem: Option<String>,
}

/// The backup folder of the settings, checked again (a relative path stored by an older
/// version is refused, `~` is expanded): never a folder relative to the app's working directory.
fn folder_of(reg: &Register) -> breachlog_core::Result<PathBuf> {
    reg.settings()?
        .backup_dir()?
        .ok_or(Error::invalid("backup_folder", Reason::Empty))
}

#[tauri::command]
pub async fn backup_overview(state: State<'_, AppState>) -> Res<BackupOverview> {
    state.with(|reg| BackupOverview::load(reg))
}

/// Opens the native folder picker for the backup folder (in the current one, else the home
/// folder); `None` when cancelled. The dialog runs in Rust: the window has no file-system or
/// dialog permission of its own. Nothing is saved: the card's Save validates and stores it.
#[tauri::command]
pub async fn pick_backup_folder(app: AppHandle, state: State<'_, AppState>) -> Res<Option<String>> {
    // The register lock is not held while the dialog is open.
    let current = state.with(|reg| Ok(reg.settings()?.backup_dir().ok().flatten()))?;
    let start = current
        .filter(|d| d.is_dir())
        .or_else(|| app.path().home_dir().ok());
    let title = crate::messages::text(state.language(), "app-backup-pick-title", &[]);
    let mut dialog = app.dialog().file().set_title(title);
    if let Some(dir) = start {
        dialog = dialog.set_directory(dir);
    }
    Ok(dialog
        .blocking_pick_folder()
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string()))
}

/// Writes a backup now (and keeps only the newest `backup_keep`).
#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>) -> Res<BackupOverview> {
    state.with(|reg| {
        let dir = folder_of(reg)?;
        reg.backup_create(&dir)?;
        backup::prune(
            &dir,
            usize::try_from(reg.settings()?.backup_keep)
                .unwrap_or(1)
                .max(1),
        )?;
        BackupOverview::load(reg)
    })
}

/// Restores the newest backup into a temporary encrypted register and verifies it fully; the
/// outcome (success or failure) is recorded in the journal as `backup.restore_tested`.
#[tauri::command]
pub async fn backup_test_restore(state: State<'_, AppState>) -> Res<RestoreTest> {
    let loc = state.localizer();
    state.with(|reg| {
        let dir = folder_of(reg)?;
        let Some(file) = backup_files(&dir).into_iter().next() else {
            return Err(Error::NotFound {
                entity: "backup",
                id: dir.display().to_string(),
            });
        };
        Ok(match reg.backup_verify(&dir.join(&file), None) {
            Ok(r) => RestoreTest {
                ok: true,
                file,
                events: r.events,
                problem: None,
            },
            Err(e) => RestoreTest {
                ok: false,
                file,
                events: 0,
                problem: Some(loc.error(&e)),
            },
        })
    })
}

#[tauri::command]
pub async fn retention_review(state: State<'_, AppState>) -> Res<Vec<RetentionItem>> {
    state.with(|reg| reg.retention_review(Ts::now()))
}

#[tauri::command]
pub async fn redact_incident(
    state: State<'_, AppState>,
    id: String,
    reason: String,
    early: bool,
) -> Res<Redaction> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| reg.redact_incident(id, &reason, early, Ts::now()))
}

/// A signed checkpoint written for a witness (`anchor export` in the app).
#[derive(Debug, Clone, Serialize, TS)]
pub struct CheckpointExport {
    pub path: String,
    /// The seq of its `checkpoint.signed` event.
    pub seq: u64,
    /// The journal size it covers, and its Merkle root.
    pub size: u64,
    pub root: String,
}

/// Opens the native save dialog, then writes the checkpoint there. `None` when cancelled.
#[tauri::command]
pub async fn export_checkpoint(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Res<Option<CheckpointExport>> {
    let date = state.with(|reg| Ok(Ts::now().local_date_in(reg.org()?.tz())))?;
    let loc = state.localizer();
    let path = app
        .dialog()
        .file()
        .set_title(loc.text("app-checkpoint-export-dialog"))
        .add_filter(loc.text("app-checkpoint-filter"), &["txt"])
        .set_file_name(format!("breachlog-checkpoint-{date}.txt"))
        .blocking_save_file()
        .and_then(|p| p.into_path().ok());
    let Some(path) = path else { return Ok(None) };
    state.with(|reg| export_checkpoint_to(reg, &path)).map(Some)
}

/// Writes the checkpoint for a witness ([`Register::witness_checkpoint`]) to `path` (private,
/// atomic; a file the user chose to replace in the dialog is replaced).
pub fn export_checkpoint_to(
    reg: &mut Register,
    path: &std::path::Path,
) -> breachlog_core::Result<CheckpointExport> {
    reg.check_output(path)?;
    let c = reg.witness_checkpoint()?;
    reg.save_output(path, c.note.as_bytes())?;
    Ok(CheckpointExport {
        path: path.display().to_string(),
        seq: c.seq,
        size: c.size,
        root: c.root,
    })
}

static CHECK_NOW: AtomicBool = AtomicBool::new(false);

/// Asks the scheduler to check within a second (after an unlock or a settings change).
pub fn check_soon() {
    CHECK_NOW.store(true, Ordering::Relaxed);
}

/// Checks once a minute (or soon after [`check_soon`]), while the register is unlocked, whether
/// a signed checkpoint is due (the latest is a day old and the journal grew since:
/// [`Register::checkpoint_if_due`]) and whether a scheduled backup is due (interval from the
/// settings, counted from the last backup recorded in the journal), and writes what is due.
pub fn spawn(app: AppHandle) {
    std::thread::spawn(move || loop {
        for _ in 0..60 {
            std::thread::sleep(Duration::from_secs(1));
            if CHECK_NOW.swap(false, Ordering::Relaxed) {
                break;
            }
        }
        let state = app.state::<AppState>();
        let request = {
            let mut slot = state.slot();
            let Some(reg) = slot.as_mut() else { continue };
            // Failures go to stderr (no incident data in them): the Integrity screen shows the
            // last checkpoint and the backups card an overdue next backup.
            if let Err(e) = reg.checkpoint_if_due(Ts::now()) {
                eprintln!(
                    "breachlog: daily checkpoint failed: {}",
                    state.localizer().error(&e)
                );
            }
            if let Err(e) = scheduled_backup(reg) {
                eprintln!(
                    "breachlog: scheduled backup failed: {}",
                    state.localizer().error(&e)
                );
            }
            timestamp_due(reg, &state)
        };
        // The TSA is asked without holding the register (the exchange may take seconds).
        if let Some(req) = request {
            let result = req.send().and_then(|resp| {
                let mut slot = state.slot();
                match slot.as_mut() {
                    Some(reg) => reg.record_timestamp(&req, &resp).map(|_| ()),
                    None => Ok(()),
                }
            });
            if let Err(e) = result {
                *TIMESTAMP_RETRY.lock().unwrap_or_else(|p| p.into_inner()) =
                    Some(Instant::now() + TIMESTAMP_RETRY_AFTER);
                eprintln!(
                    "breachlog: independent timestamp not obtained (tried again later): {}",
                    state.localizer().error(&e)
                );
            }
        }
    });
}

/// The wait after a failed timestamp request before the next one.
const TIMESTAMP_RETRY_AFTER: Duration = Duration::from_secs(10 * 60);
static TIMESTAMP_RETRY: Mutex<Option<Instant>> = Mutex::new(None);

/// The timestamp request to send when one is due ([`Register::prepare_timestamp_if_due`]: a TSA
/// is configured and the latest checkpoint has no token yet) and the wait after a failure is
/// over. The queue is the journal itself, so it survives restarts.
fn timestamp_due(reg: &mut Register, state: &AppState) -> Option<TimestampRequest> {
    let wait = *TIMESTAMP_RETRY.lock().unwrap_or_else(|p| p.into_inner());
    if wait.is_some_and(|until| Instant::now() < until) {
        return None;
    }
    match reg.prepare_timestamp_if_due() {
        Ok(req) => req,
        Err(e) => {
            eprintln!(
                "breachlog: independent timestamp not prepared: {}",
                state.localizer().error(&e)
            );
            None
        }
    }
}

/// Writes the scheduled backup when one is due and a backup folder is set.
fn scheduled_backup(reg: &mut Register) -> breachlog_core::Result<()> {
    let s = reg.settings()?;
    let keep = usize::try_from(s.backup_keep).unwrap_or(1);
    match s.backup_dir()? {
        None => Ok(()),
        Some(dir) => reg
            .backup_scheduled(&dir, s.backup_interval_hours, keep)
            .map(|_| ()),
    }
}

/// The time-stamping authorities configured now, in the order they were added.
#[tauri::command]
pub async fn tsas(state: State<'_, AppState>) -> Res<Vec<TsaInfo>> {
    state.with(|reg| reg.tsas())
}

/// Checks `url` (a typo is named before any dialog opens), then opens the native file dialog
/// for the TSA's trust anchor (its CA certificate, PEM or DER) and registers the TSA; `None`
/// when the user cancelled the dialog.
#[tauri::command]
pub async fn add_tsa(
    app: AppHandle,
    state: State<'_, AppState>,
    url: String,
) -> Res<Option<TsaInfo>> {
    timestamps::check_tsa_url(&url).map_err(|e| state.err(&e))?;
    let loc = state.localizer();
    let path = app
        .dialog()
        .file()
        .set_title(loc.text("app-tsa-ca-dialog"))
        .add_filter(loc.text("app-tsa-ca-filter"), &["pem", "crt", "cer", "der"])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok());
    let Some(path) = path else { return Ok(None) };
    state.with(|reg| add_tsa_from(reg, &url, &path)).map(Some)
}

/// Registers the TSA at `url` with the trust anchor in the file `ca` (read as hostile input),
/// then asks the scheduler to request a timestamp soon.
pub fn add_tsa_from(
    reg: &mut Register,
    url: &str,
    ca: &std::path::Path,
) -> breachlog_core::Result<TsaInfo> {
    let bytes = timestamps::read_certificate_file(ca, "ca")?;
    let info = reg.tsa_add(url, &bytes)?;
    check_soon();
    Ok(info)
}

/// Stops asking the TSA at `url`; the tokens it gave stay in the journal and stay checked.
#[tauri::command]
pub async fn remove_tsa(state: State<'_, AppState>, url: String) -> Res<()> {
    state.with(|reg| reg.tsa_remove(&url))
}

/// Asks the first configured TSA for a token over the journal now. The register is not held
/// while the TSA answers (up to its timeouts); the answer is checked whole before it is
/// written, and an unreachable TSA writes nothing.
#[tauri::command]
pub async fn timestamp_now(state: State<'_, AppState>) -> Res<TimestampInfo> {
    let req = state.with(|reg| reg.prepare_timestamp(None))?;
    let resp = req.send().map_err(|e| state.err(&e))?;
    state.with(|reg| reg.record_timestamp(&req, &resp))
}
