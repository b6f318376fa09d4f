//! "Open another register…" and the recent list: which register file this window works on.
//!
//! The recent list is a small JSON file of paths (no incident data) in the OS configuration
//! directory (`$XDG_CONFIG_HOME/breachlog/recent-registers.json`), written privately (0600) and
//! read as possibly hostile: at most [`MAX_FILE_BYTES`], at most [`MAX_RECENT`] entries, anything
//! else ignored. A register is added when it is unlocked or created.

use std::path::{Path, PathBuf};

use breachlog_core::files;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::commands::status_of;
use crate::dto::AppStatus;
use crate::error::AppError;
use crate::state::AppState;

type Res<T> = Result<T, AppError>;

/// Registers kept in the recent list.
pub const MAX_RECENT: usize = 8;
/// A larger recent-list file is not read (it holds a few paths).
pub const MAX_FILE_BYTES: u64 = 64 * 1024;

/// One entry of the recent list as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RecentRegister {
    pub path: String,
    /// The file is still there.
    pub exists: bool,
    /// The register this window works on now.
    pub current: bool,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct RecentFile {
    /// Absolute paths (a path that is not UTF-8 is not kept).
    registers: Vec<String>,
}

/// Where the recent list lives: `None` when the OS has no configuration directory.
pub fn recent_file() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("breachlog").join("recent-registers.json"))
}

/// The recent list in `file`, most recent first; empty when missing, too large or not ours.
pub fn read_recent(file: &Path) -> Vec<PathBuf> {
    let Ok(meta) = std::fs::metadata(file) else {
        return Vec::new();
    };
    if meta.len() > MAX_FILE_BYTES {
        return Vec::new();
    }
    let Ok(bytes) = std::fs::read(file) else {
        return Vec::new();
    };
    let parsed: RecentFile = serde_json::from_slice(&bytes).unwrap_or_default();
    let mut out: Vec<PathBuf> = Vec::new();
    for p in parsed.registers.into_iter().map(PathBuf::from) {
        if p.is_absolute() && !out.contains(&p) && out.len() < MAX_RECENT {
            out.push(p);
        }
    }
    out
}

/// Puts `register` first in the recent list in `file` (kept to [`MAX_RECENT`]), written
/// privately. A failure to remember is not an error of the unlock that caused it.
pub fn remember(file: &Path, register: &Path) -> breachlog_core::Result<()> {
    let register = std::path::absolute(register).unwrap_or_else(|_| register.to_path_buf());
    let mut list = read_recent(file);
    list.retain(|p| p != &register);
    list.insert(0, register);
    list.truncate(MAX_RECENT);
    if let Some(dir) = file.parent() {
        files::create_private_dir_all(dir)?;
    }
    let registers = list
        .iter()
        .filter_map(|p| p.to_str().map(str::to_string))
        .collect();
    let bytes = serde_json::to_vec_pretty(&RecentFile { registers }).map_err(|e| {
        breachlog_core::Error::Io {
            path: file.to_path_buf(),
            source: std::io::Error::other(e),
        }
    })?;
    files::write_atomic(file, &bytes)
}

/// Adds the register this window works on to the recent list (after an unlock or a creation).
pub fn remember_current(state: &AppState) {
    if let Some(file) = state.recent_file() {
        let _ = remember(file, &state.path());
    }
}

/// The recent list for the UI.
pub fn recent_in(state: &AppState, file: Option<&Path>) -> Vec<RecentRegister> {
    let current = std::path::absolute(state.path()).unwrap_or_else(|_| state.path());
    let mut list = file.map(read_recent).unwrap_or_default();
    if !list.contains(&current) {
        list.insert(0, current.clone());
        list.truncate(MAX_RECENT);
    }
    list.into_iter()
        .map(|p| RecentRegister {
            exists: p.exists(),
            current: p == current,
            path: p.display().to_string(),
        })
        .collect()
}

/// Makes `path` (from the recent list) the register of this window: the open register is
/// locked first (`switch` in its journal). Only a path of the recent list is accepted — the
/// webview cannot make the app open an arbitrary file — and it must exist.
pub fn open_recent_in(state: &AppState, file: Option<&Path>, path: &str) -> Res<AppStatus> {
    let loc = state.localizer();
    let wanted = PathBuf::from(path);
    let known = recent_in(state, file)
        .into_iter()
        .any(|r| Path::new(&r.path) == wanted);
    if !known {
        return Err(AppError::app("not_recent", loc, &[]).field("path"));
    }
    if !wanted.exists() {
        return Err(
            AppError::app("register_missing", loc, &[("path", path.to_string())]).field("path"),
        );
    }
    state.switch_to(wanted, "switch")?;
    Ok(status_of(state))
}

/// Registers this window has opened, most recent first (the current one included).
#[tauri::command]
pub async fn recent_registers(state: State<'_, AppState>) -> Res<Vec<RecentRegister>> {
    Ok(recent_in(&state, state.recent_file()))
}

/// Switches to a register of the recent list; the open one is locked first.
#[tauri::command]
pub async fn open_recent_register(state: State<'_, AppState>, path: String) -> Res<AppStatus> {
    open_recent_in(&state, state.recent_file(), &path)
}

/// Opens the native file dialog for a register file (`.db`) and switches to it; the open
/// register is locked first. `null` when cancelled.
#[tauri::command]
pub async fn open_register(app: AppHandle, state: State<'_, AppState>) -> Res<Option<AppStatus>> {
    let loc = state.localizer();
    let mut dialog = app
        .dialog()
        .file()
        .set_title(loc.text("app-open-register-title"))
        .add_filter(loc.text("app-open-register-filter"), &["db"]);
    if let Some(dir) = state.path().parent().filter(|d| d.is_dir()) {
        dialog = dialog.set_directory(dir);
    }
    let Some(path) = dialog.blocking_pick_file().and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    state.switch_to(path, "switch")?;
    remember_current(&state);
    Ok(Some(status_of(&state)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use breachlog_core::register::{InitOptions, OrgInput};
    use breachlog_core::{Register, UnlockMethod};
    use zeroize::Zeroizing;

    fn init(path: &Path) {
        let opts = InitOptions {
            org: OrgInput {
                name: Some("Fictional Chat B.V.".into()),
                timezone: Some("Europe/Amsterdam".into()),
                ..OrgInput::default()
            },
            passphrase: Some(Zeroizing::new("correct horse battery staple".into())),
            keyring: false,
            actor: "t".into(),
        };
        Register::init(path, opts).unwrap();
    }

    #[test]
    fn the_recent_list_is_most_recent_first_without_repeats_and_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("cfg").join("recent-registers.json");
        for i in 0..12 {
            remember(&file, &dir.path().join(format!("r{i}.db"))).unwrap();
        }
        remember(&file, &dir.path().join("r5.db")).unwrap();
        let list = read_recent(&file);
        assert_eq!(list.len(), MAX_RECENT);
        assert_eq!(list[0], dir.path().join("r5.db"));
        assert_eq!(list[1], dir.path().join("r11.db"));
        assert_eq!(list.iter().filter(|p| p.ends_with("r5.db")).count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "the recent list is private");
            let dmode = std::fs::metadata(file.parent().unwrap())
                .unwrap()
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(dmode, 0o700);
        }
    }

    #[test]
    fn a_hostile_recent_file_reads_as_empty_or_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("recent.json");
        std::fs::write(&file, b"\x00\xffnot json").unwrap();
        assert!(read_recent(&file).is_empty());
        std::fs::write(&file, vec![b' '; (MAX_FILE_BYTES + 1) as usize]).unwrap();
        assert!(read_recent(&file).is_empty());
        let many: Vec<String> = (0..100).map(|i| format!("/tmp/r{i}.db")).collect();
        let json = serde_json::json!({ "registers": many, "extra": true });
        std::fs::write(&file, json.to_string()).unwrap();
        assert_eq!(read_recent(&file).len(), MAX_RECENT);
        let relative = serde_json::json!({ "registers": ["relative.db", "/abs.db"] });
        std::fs::write(&file, relative.to_string()).unwrap();
        assert_eq!(read_recent(&file), [PathBuf::from("/abs.db")]);
    }

    #[test]
    fn switching_locks_the_open_register_and_only_recent_existing_paths_are_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
        init(&a);
        init(&b);
        let file = dir.path().join("recent.json");
        remember(&file, &a).unwrap();
        remember(&file, &b).unwrap();
        let state = AppState::new(a.clone());
        let pass =
            || UnlockMethod::Passphrase(Zeroizing::new("correct horse battery staple".into()));
        *state.slot() = Some(Register::open(&a, pass(), "t", "t").unwrap());

        // Not in the recent list: refused, nothing changes.
        let other = dir.path().join("c.db");
        init(&other);
        let err = open_recent_in(&state, Some(&file), other.to_str().unwrap()).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("path"));
        assert!(state.slot().is_some());
        assert_eq!(state.path(), a);

        // In the list but gone: refused with its path named.
        std::fs::rename(&b, dir.path().join("moved.db")).unwrap();
        let err = open_recent_in(&state, Some(&file), b.to_str().unwrap()).unwrap_err();
        assert!(err.message.contains("b.db"), "{}", err.message);
        assert_eq!(state.path(), a);
        std::fs::rename(dir.path().join("moved.db"), &b).unwrap();

        let status = open_recent_in(&state, Some(&file), b.to_str().unwrap()).unwrap();
        assert!(!status.unlocked);
        assert!(status.register_exists);
        assert_eq!(status.path, b.display().to_string());
        assert!(state.slot().is_none(), "the register of before is closed");
        // Its journal ends with the lock of the switch.
        let reg = Register::open(&a, pass(), "t", "t").unwrap();
        let last = reg.latest_event_of_kind("session.locked").unwrap().unwrap();
        assert_eq!(last.payload["reason"], "switch", "{:?}", last.payload);
        let recent = recent_in(&state, Some(&file));
        assert!(recent
            .iter()
            .any(|r| r.current && r.path == b.display().to_string()));
    }
}
