//! Keys in the desktop app: the register is created only after its recovery key was confirmed
//! (`prepare_register` keeps a [`PendingRegister`] in memory, `create_register` writes it), the
//! Recovery Kit is saved as a PDF where the user chooses, and an open register's keys are
//! managed in Settings (new passphrase, new recovery key, OS keyring). After an unlock with the
//! recovery key the app requires a new passphrase before anything else.
//!
//! Every command is a thin wrapper over a function taking `&AppState`, so the logic is tested
//! without a window; only the save dialog is not.

use std::path::{Path, PathBuf};

use breachlog_core::domain::{Language, Org};
use breachlog_core::register::{InitOptions, OrgInput, PendingRegister};
use breachlog_core::report::{recovery_kit, RecoveryKit};
use breachlog_core::{Error, Register, Ts};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::dto::Created;
use crate::error::AppError;
use crate::messages;
use crate::session;
use crate::state::AppState;

type Res<T> = Result<T, AppError>;

/// A recovery key just made (first run, or "Issue a new recovery key"), with what the Recovery
/// Kit prints beside it. Shown once: the app keeps it only until it is confirmed.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RecoveryKeyIssued {
    pub recovery_key: String,
    pub organisation: String,
    pub register_path: String,
    pub register_id: String,
    /// When the key was made (RFC 3339), shown in the organisation's time zone.
    pub issued_at: String,
    pub timezone: String,
}

/// The key state of the open register, for the reminder banner, the Keys card and the
/// passphrase prompt after a recovery-key unlock.
#[derive(Debug, Clone, Serialize, TS)]
pub struct KeyStatus {
    /// The user typed the current recovery key back (first run, or "Confirm now").
    pub recovery_confirmed: bool,
    /// `passphrase`, `recovery_key`, `keyring` or `created`.
    pub unlocked_with: String,
    pub has_passphrase: bool,
    pub keyring_enabled: bool,
    pub keyring_available: bool,
    /// Unlocked with the recovery key and no new passphrase set yet in this session.
    pub must_set_passphrase: bool,
    /// A recovery key issued in this session is still held for its kit and confirmation.
    pub new_key_pending: bool,
}

/// A recovery key issued in this session, kept (zeroised on drop) until it is confirmed, so
/// its kit can be saved and its last group checked without the webview sending it back.
#[derive(Debug)]
struct Issued {
    key: Zeroizing<String>,
    at: Ts,
}

/// The key-related state of one app session: the register being created, the recovery key
/// just issued, and whether a new passphrase is required (after a recovery-key unlock).
#[derive(Debug, Default)]
pub struct KeySession {
    pending: Option<(PendingRegister, Ts)>,
    issued: Option<Issued>,
    must_set_passphrase: bool,
}

impl KeySession {
    /// Forgets everything (on lock and before every unlock).
    pub fn clear(&mut self) {
        *self = KeySession::default();
    }
}

/// Everything the kit shows, owned (taken from the pending or the open register).
struct KitSource {
    organisation: String,
    register_path: PathBuf,
    register_id: String,
    key: Zeroizing<String>,
    issued_at: Ts,
    timezone: String,
}

impl KitSource {
    fn shown(&self) -> RecoveryKeyIssued {
        RecoveryKeyIssued {
            recovery_key: self.key.to_string(),
            organisation: self.organisation.clone(),
            register_path: self.register_path.display().to_string(),
            register_id: self.register_id.clone(),
            issued_at: self.issued_at.to_string(),
            timezone: self.timezone.clone(),
        }
    }

    fn pdf(&self, language: Language) -> breachlog_core::Result<Vec<u8>> {
        let path = self.register_path.display().to_string();
        recovery_kit(&RecoveryKit {
            language,
            organisation: &self.organisation,
            register_path: &path,
            register_id: &self.register_id,
            recovery_key: &self.key,
            issued_at: self.issued_at,
            timezone: &self.timezone,
        })
    }
}

fn from_pending(p: &PendingRegister, at: Ts) -> KitSource {
    KitSource {
        organisation: p.org().name.clone(),
        register_path: p.path().to_path_buf(),
        register_id: p.register_id().to_string(),
        key: Zeroizing::new(p.recovery_key().to_string()),
        issued_at: at,
        timezone: p.org().timezone.clone(),
    }
}

fn from_open(reg: &Register, issued: &Issued) -> breachlog_core::Result<KitSource> {
    let org = reg.org()?;
    Ok(KitSource {
        organisation: org.name,
        register_path: reg.path().to_path_buf(),
        register_id: reg.register_id().to_string(),
        key: issued.key.clone(),
        issued_at: issued.at,
        timezone: org.timezone,
    })
}

/// Upper-case letters and digits only: how a typed group is compared.
fn normalised(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase()
}

fn status_of(state: &AppState, reg: &Register) -> KeyStatus {
    let session = state.key_session();
    let kf = reg.key_file();
    KeyStatus {
        recovery_confirmed: reg.recovery_confirmed(),
        unlocked_with: reg.unlocked_with().to_string(),
        has_passphrase: kf.has_passphrase(),
        keyring_enabled: kf.keyring,
        keyring_available: session::keyring_available(),
        must_set_passphrase: session.must_set_passphrase,
        new_key_pending: session.issued.is_some(),
    }
}

/// A file name for the save dialog: `Breachlog-Recovery-Kit-<organisation>.pdf`, letters and
/// digits of the name kept, everything else one dash.
pub fn kit_file_name(organisation: &str) -> String {
    let mut name = String::new();
    for c in organisation.chars() {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        "Breachlog-Recovery-Kit.pdf".into()
    } else {
        format!("Breachlog-Recovery-Kit-{name}.pdf")
    }
}

// ---- first run ------------------------------------------------------------------------------

/// Validates the organisation and the key choice and makes the key slots in memory; nothing is
/// written. A register prepared earlier (the user went back) is replaced.
pub fn prepare_in(
    state: &AppState,
    passphrase: Option<String>,
    keyring: bool,
    org: OrgInput,
    actor: String,
) -> Res<RecoveryKeyIssued> {
    let opts = InitOptions {
        org,
        passphrase: passphrase.map(Zeroizing::new),
        keyring,
        actor,
    };
    let mut session = state.key_session();
    session.pending = None;
    let pending = PendingRegister::prepare(&state.path(), opts).map_err(|e| state.err(&e))?;
    let at = Ts::now();
    let shown = from_pending(&pending, at).shown();
    session.pending = Some((pending, at));
    Ok(shown)
}

/// Checks the typed last group, then writes the register and opens it. A wrong group is
/// refused (`invalid_input`, field `recovery_key`) and writes nothing; the prepared register is
/// kept for another try. A failure while writing leaves no files and drops it (the key shown
/// is void: the user starts the key step again).
pub fn create_in(state: &AppState, last_group: &str) -> Res<Created> {
    let mut session = state.key_session();
    let Some((pending, _)) = session.pending.as_mut() else {
        return Err(AppError::app("not_prepared", state.localizer(), &[]));
    };
    pending.confirm(last_group).map_err(|e| state.err(&e))?;
    let Some((pending, _)) = session.pending.take() else {
        return Err(AppError::app("not_prepared", state.localizer(), &[]));
    };
    drop(session);
    let reg = pending.create().map_err(|e| state.err(&e))?;
    let org: Org = reg.org().map_err(|e| state.err(&e))?;
    state.set_language(org.language);
    *state.slot() = Some(reg);
    crate::registers::remember_current(state);
    Ok(Created { org })
}

/// Forgets the prepared register (Back, Cancel).
pub fn drop_pending_in(state: &AppState) {
    state.key_session().pending = None;
}

// ---- the Recovery Kit -------------------------------------------------------------------------

/// The key whose kit can be saved now: the prepared register's, else the one just issued for
/// the open register. `no_recovery_key` otherwise.
fn kit_source(state: &AppState) -> Res<KitSource> {
    let slot = state.slot();
    let session = state.key_session();
    if let Some((pending, at)) = session.pending.as_ref() {
        return Ok(from_pending(pending, *at));
    }
    match (slot.as_ref(), session.issued.as_ref()) {
        (Some(reg), Some(issued)) => from_open(reg, issued).map_err(|e| state.err(&e)),
        _ => Err(AppError::app("no_recovery_key", state.localizer(), &[])),
    }
}

/// Renders the kit in the UI language and writes it to `out` (private, atomic). Refuses a
/// symlink, a folder and the register's own files, like every output.
pub fn save_kit_to(state: &AppState, out: &Path) -> Res<PathBuf> {
    let src = kit_source(state)?;
    breachlog_core::files::check_output(out, Some(&src.register_path))
        .map_err(|e| state.err(&e))?;
    let bytes = src.pdf(state.language()).map_err(|e| state.err(&e))?;
    breachlog_core::files::write_atomic(out, &bytes).map_err(|e| state.err(&e))?;
    Ok(out.to_path_buf())
}

// ---- an open register -----------------------------------------------------------------------

/// After a successful unlock, before the register is put in the slot: a recovery-key unlock
/// requires a new passphrase, and it proves the user holds that key, so an unconfirmed one is
/// confirmed (best effort: the reminder stays if that fails).
pub fn after_unlock(state: &AppState, reg: &mut Register, recovery_key: Option<&str>) {
    let mut session = state.key_session();
    session.clear();
    if reg.unlocked_with() == "recovery_key" {
        session.must_set_passphrase = true;
        if let Some(key) = recovery_key.filter(|_| !reg.recovery_confirmed()) {
            let _ = reg.confirm_recovery_key(key);
        }
    }
}

pub fn key_status_in(state: &AppState) -> Res<KeyStatus> {
    let slot = state.slot();
    let reg = slot
        .as_ref()
        .ok_or_else(|| AppError::locked(state.localizer()))?;
    Ok(status_of(state, reg))
}

/// Runs `f` on the open register, then returns the key status.
fn with_status(
    state: &AppState,
    f: impl FnOnce(&mut Register, &mut KeySession) -> Res<()>,
) -> Res<KeyStatus> {
    let mut slot = state.slot();
    let reg = slot
        .as_mut()
        .ok_or_else(|| AppError::locked(state.localizer()))?;
    {
        let mut session = state.key_session();
        f(reg, &mut session)?;
    }
    Ok(status_of(state, reg))
}

/// Confirms the current recovery key typed in full (the reminder's "Confirm now").
pub fn confirm_in(state: &AppState, recovery_key: &str) -> Res<KeyStatus> {
    with_status(state, |reg, session| {
        reg.confirm_recovery_key(recovery_key)
            .map_err(|e| state.err(&e))?;
        session.issued = None;
        Ok(())
    })
}

/// Confirms the recovery key issued in this session by its last group (as at first run).
pub fn confirm_new_in(state: &AppState, last_group: &str) -> Res<KeyStatus> {
    with_status(state, |reg, session| {
        let Some(issued) = session.issued.as_ref() else {
            return Err(AppError::app("no_recovery_key", state.localizer(), &[]));
        };
        let expected = issued.key.rsplit('-').next().map(normalised);
        if expected.is_none_or(|g| g.is_empty() || g != normalised(last_group)) {
            return Err(state.err(&Error::invalid(
                "recovery_key",
                breachlog_core::Reason::NotTheRecoveryKey,
            )));
        }
        reg.confirm_recovery_key(&issued.key)
            .map_err(|e| state.err(&e))?;
        session.issued = None;
        Ok(())
    })
}

/// Replaces the recovery key (the old one stops opening the register) and keeps the new one
/// for its kit and its confirmation.
pub fn new_recovery_key_in(state: &AppState) -> Res<RecoveryKeyIssued> {
    let mut slot = state.slot();
    let reg = slot
        .as_mut()
        .ok_or_else(|| AppError::locked(state.localizer()))?;
    let key = reg.new_recovery_key().map_err(|e| state.err(&e))?;
    let issued = Issued { key, at: Ts::now() };
    let shown = from_open(reg, &issued).map_err(|e| state.err(&e))?.shown();
    state.key_session().issued = Some(issued);
    Ok(shown)
}

/// Sets a new passphrase. The current one is required when the register has one, except right
/// after a recovery-key unlock (the user has lost it). A wrong current passphrase is
/// `wrong_passphrase` with field `current` and is not counted as a failed unlock.
pub fn change_passphrase_in(state: &AppState, current: Option<&str>, new: &str) -> Res<KeyStatus> {
    with_status(state, |reg, session| {
        if !session.must_set_passphrase && reg.key_file().has_passphrase() {
            let checked = match current.filter(|c| !c.is_empty()) {
                None => Err(Error::invalid("passphrase", breachlog_core::Reason::Empty)),
                Some(c) => reg.verify_passphrase(c),
            };
            if let Err(e) = checked {
                let mut err = state.err(&e);
                err.field = Some("current".into());
                return Err(err);
            }
        }
        reg.change_passphrase(new).map_err(|e| state.err(&e))?;
        session.must_set_passphrase = false;
        Ok(())
    })
}

/// Adds or removes the OS keyring entry. Adding needs a working keyring; removing is refused by
/// the core when the register has no passphrase (its message is shown as is).
pub fn set_keyring_in(state: &AppState, enabled: bool) -> Res<KeyStatus> {
    if enabled && !session::keyring_available() {
        return Err(AppError::app("keyring_unavailable", state.localizer(), &[]));
    }
    with_status(state, |reg, _| {
        if enabled {
            reg.keyring_add()
        } else {
            reg.keyring_remove()
        }
        .map_err(|e| state.err(&e))
    })
}

// ---- commands ---------------------------------------------------------------------------------

#[tauri::command]
pub async fn prepare_register(
    state: State<'_, AppState>,
    passphrase: Option<String>,
    keyring: bool,
    org: OrgInput,
) -> Res<RecoveryKeyIssued> {
    prepare_in(&state, passphrase, keyring, org, crate::commands::actor())
}

#[tauri::command]
pub async fn create_register(state: State<'_, AppState>, last_group: String) -> Res<Created> {
    create_in(&state, &last_group)
}

#[tauri::command]
pub async fn drop_pending_register(state: State<'_, AppState>) -> Res<()> {
    drop_pending_in(&state);
    Ok(())
}

/// Asks where to save the Recovery Kit (a native dialog), then writes it. `None` when the user
/// cancelled; else the path written.
#[tauri::command]
pub async fn save_recovery_kit(app: AppHandle, state: State<'_, AppState>) -> Res<Option<String>> {
    let name = kit_file_name(&kit_source(&state)?.organisation);
    let lang = state.language();
    let mut dialog = app
        .dialog()
        .file()
        .set_title(messages::text(lang, "app-kit-save-title", &[]))
        .add_filter(state.localizer().text("app-reports-pdf-filter"), &["pdf"])
        .set_file_name(name);
    if let Some(dir) = app
        .path()
        .document_dir()
        .ok()
        .or_else(|| app.path().home_dir().ok())
        .filter(|d| d.is_dir())
    {
        dialog = dialog.set_directory(dir);
    }
    let Some(path) = dialog.blocking_save_file().and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    save_kit_to(&state, &path).map(|p| Some(p.display().to_string()))
}

#[tauri::command]
pub async fn key_status(state: State<'_, AppState>) -> Res<KeyStatus> {
    key_status_in(&state)
}

#[tauri::command]
pub async fn confirm_recovery_key(
    state: State<'_, AppState>,
    recovery_key: String,
) -> Res<KeyStatus> {
    let typed = Zeroizing::new(recovery_key);
    confirm_in(&state, &typed)
}

#[tauri::command]
pub async fn confirm_new_recovery_key(
    state: State<'_, AppState>,
    last_group: String,
) -> Res<KeyStatus> {
    confirm_new_in(&state, &last_group)
}

#[tauri::command]
pub async fn new_recovery_key(state: State<'_, AppState>) -> Res<RecoveryKeyIssued> {
    new_recovery_key_in(&state)
}

#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: Option<String>,
    new: String,
) -> Res<KeyStatus> {
    let current = current.map(Zeroizing::new);
    let new = Zeroizing::new(new);
    change_passphrase_in(&state, current.as_deref().map(String::as_str), &new)
}

#[tauri::command]
pub async fn set_keyring(state: State<'_, AppState>, enabled: bool) -> Res<KeyStatus> {
    set_keyring_in(&state, enabled)
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use breachlog_core::UnlockMethod;

    use super::*;

    use breachlog_testsupport::PASSPHRASE as PASS;

    fn state(dir: &Path) -> AppState {
        // No keyring probe over D-Bus in tests.
        std::env::set_var("BREACHLOG_NO_KEYRING", "1");
        AppState::new(dir.join("sub").join("register.db"))
    }

    fn org() -> OrgInput {
        OrgInput {
            name: Some("Voorbeeld B.V.".into()),
            timezone: Some("Europe/Amsterdam".into()),
            ..Default::default()
        }
    }

    fn prepare(state: &AppState) -> RecoveryKeyIssued {
        prepare_in(state, Some(PASS.into()), false, org(), "dpo".into()).unwrap()
    }

    fn last_group(key: &str) -> String {
        key.rsplit('-').next().unwrap().to_string()
    }

    fn wrong_group(key: &str) -> &'static str {
        if last_group(key) == "AAAA" {
            "BBBB"
        } else {
            "AAAA"
        }
    }

    /// Opens the register at the state's path like the `unlock` command does.
    fn unlock(state: &AppState, method: UnlockMethod) {
        let recovery = match &method {
            UnlockMethod::RecoveryKey(k) => Some(k.to_string()),
            _ => None,
        };
        let mut reg = Register::open(&state.path(), method, "dpo", "test").unwrap();
        after_unlock(state, &mut reg, recovery.as_deref());
        *state.slot() = Some(reg);
    }

    fn lock(state: &AppState) {
        if let Some(reg) = state.slot().take() {
            reg.lock("button").unwrap();
        }
        state.key_session().clear();
    }

    fn pdf_text(path: &Path) -> String {
        let out = std::process::Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(path)
            .arg("-")
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Issue 19 (P2): the register existed before its recovery key was confirmed. Now the key
    /// is shown by `prepare_register` with nothing on disk; a wrong last group is refused and
    /// still writes nothing; Back drops it; only the right group creates the files.
    #[test]
    fn create_register_refuses_a_wrong_last_group_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(dir.path());
        let folder = dir.path().join("sub");
        let not_prepared = create_in(&state, "ABCD").unwrap_err();
        assert_eq!(not_prepared.code, "not_prepared");

        let shown = prepare(&state);
        assert_eq!(shown.recovery_key.split('-').count(), 8);
        assert_eq!(shown.organisation, "Voorbeeld B.V.");
        assert_eq!(shown.timezone, "Europe/Amsterdam");
        assert!(!folder.exists(), "prepare wrote something");

        let wrong = create_in(&state, wrong_group(&shown.recovery_key)).unwrap_err();
        assert_eq!(wrong.code, "invalid_input");
        assert_eq!(wrong.field.as_deref(), Some("recovery_key"));
        assert!(!folder.exists(), "a refused confirmation wrote something");
        assert!(state.slot().is_none());

        // Back: the prepared register is gone, the right group no longer creates anything.
        drop_pending_in(&state);
        let dropped = create_in(&state, &last_group(&shown.recovery_key)).unwrap_err();
        assert_eq!(dropped.code, "not_prepared");
        assert!(!folder.exists());

        // Prepared again: a new key; the group is accepted in lower case with spaces.
        let shown = prepare(&state);
        let typed = format!(" {} ", last_group(&shown.recovery_key).to_lowercase());
        let created = create_in(&state, &typed).unwrap();
        assert_eq!(created.org.name, "Voorbeeld B.V.");
        assert!(state.path().exists());
        let status = key_status_in(&state).unwrap();
        assert!(status.recovery_confirmed && !status.must_set_passphrase);
        assert_eq!(status.unlocked_with, "created");
        // The key shown is the register's.
        lock(&state);
        let recovery = Zeroizing::new(shown.recovery_key.clone());
        Register::open(&state.path(), UnlockMethod::RecoveryKey(recovery), "t", "t").unwrap();
    }

    /// The Recovery Kit is written only where asked, private (0600 whatever the umask), with
    /// the key that was shown, before the register exists and for a new key of an open one.
    /// The register's own files are refused.
    #[test]
    fn the_recovery_kit_is_saved_private_with_the_key_shown() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(dir.path());
        let out = dir.path().join("Breachlog-Recovery-Kit.pdf");
        assert_eq!(
            save_kit_to(&state, &out).unwrap_err().code,
            "no_recovery_key"
        );
        assert!(!out.exists());

        let shown = prepare(&state);
        save_kit_to(&state, &out).unwrap();
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "kit mode {mode:o}");
        let text = pdf_text(&out);
        assert!(text.contains(&shown.recovery_key), "{text}");
        assert!(text.contains("Voorbeeld B.V."), "{text}");
        assert!(
            !dir.path().join("sub").exists(),
            "the kit created the register"
        );

        create_in(&state, &last_group(&shown.recovery_key)).unwrap();
        // Nothing issued in this session: no kit for the open register.
        assert_eq!(
            save_kit_to(&state, &out).unwrap_err().code,
            "no_recovery_key"
        );
        let fresh = new_recovery_key_in(&state).unwrap();
        assert_ne!(fresh.recovery_key, shown.recovery_key);
        let key_file = breachlog_core::keys::key_file_path(&state.path());
        let before = std::fs::read(&key_file).unwrap();
        let refused = save_kit_to(&state, &key_file).unwrap_err();
        assert_eq!(refused.code, "invalid_input");
        assert_eq!(std::fs::read(&key_file).unwrap(), before);
        state.set_language(Language::Nl);
        save_kit_to(&state, &out).unwrap();
        let text = pdf_text(&out);
        assert!(text.contains(&fresh.recovery_key), "{text}");
        assert!(!text.contains(&shown.recovery_key), "{text}");
        assert_eq!(
            std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(
            kit_file_name("Fictional Chat B.V."),
            "Breachlog-Recovery-Kit-Fictional-Chat-B-V.pdf"
        );
        assert_eq!(kit_file_name(" / "), "Breachlog-Recovery-Kit.pdf");
    }

    /// A new recovery key from Settings replaces the old one, is unconfirmed (the reminder
    /// shows) until its last group is typed back, and the reminder's full-key confirmation works
    /// for the current key only.
    #[test]
    fn a_new_recovery_key_is_unconfirmed_until_typed_back() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(dir.path());
        let first = prepare(&state);
        create_in(&state, &last_group(&first.recovery_key)).unwrap();

        let fresh = new_recovery_key_in(&state).unwrap();
        let status = key_status_in(&state).unwrap();
        assert!(!status.recovery_confirmed && status.new_key_pending);
        let wrong = confirm_new_in(&state, wrong_group(&fresh.recovery_key)).unwrap_err();
        assert_eq!(wrong.field.as_deref(), Some("recovery_key"));
        assert!(!key_status_in(&state).unwrap().recovery_confirmed);
        let status = confirm_new_in(&state, &last_group(&fresh.recovery_key)).unwrap();
        assert!(status.recovery_confirmed && !status.new_key_pending);
        assert_eq!(
            confirm_new_in(&state, &last_group(&fresh.recovery_key))
                .unwrap_err()
                .code,
            "no_recovery_key"
        );

        // Unconfirmed across a lock: the full key confirms it, the replaced one does not.
        let third = new_recovery_key_in(&state).unwrap();
        lock(&state);
        unlock(
            &state,
            UnlockMethod::Passphrase(Zeroizing::new(PASS.into())),
        );
        let status = key_status_in(&state).unwrap();
        assert!(!status.recovery_confirmed && !status.new_key_pending);
        assert!(confirm_in(&state, &fresh.recovery_key).is_err());
        assert!(!key_status_in(&state).unwrap().recovery_confirmed);
        let typed = third.recovery_key.to_lowercase().replace('-', " ");
        assert!(confirm_in(&state, &typed).unwrap().recovery_confirmed);
    }

    /// The current passphrase is asked before a change, and a wrong one is not a failed unlock.
    /// After an unlock with the recovery key a new passphrase is required without the current
    /// one (and that unlock confirms the key it used).
    #[test]
    fn a_passphrase_change_needs_the_current_one_except_after_a_recovery_unlock() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(dir.path());
        let shown = prepare(&state);
        create_in(&state, &last_group(&shown.recovery_key)).unwrap();
        let fresh = new_recovery_key_in(&state).unwrap(); // unconfirmed
        lock(&state);
        unlock(
            &state,
            UnlockMethod::Passphrase(Zeroizing::new(PASS.into())),
        );
        assert!(!key_status_in(&state).unwrap().must_set_passphrase);

        let none = change_passphrase_in(&state, None, "a second passphrase").unwrap_err();
        assert_eq!(
            (none.code.as_str(), none.field.as_deref()),
            ("invalid_input", Some("current"))
        );
        let wrong = change_passphrase_in(&state, Some("not the passphrase"), "a second passphrase")
            .unwrap_err();
        assert_eq!(
            (wrong.code.as_str(), wrong.field.as_deref()),
            ("wrong_passphrase", Some("current"))
        );
        assert_eq!(breachlog_core::keys::read_attempts(&state.path()).count, 0);
        let weak = change_passphrase_in(&state, Some(PASS), "short").unwrap_err();
        assert_eq!(weak.code, "invalid_input");
        change_passphrase_in(&state, Some(PASS), "a second passphrase").unwrap();

        lock(&state);
        unlock(
            &state,
            UnlockMethod::RecoveryKey(Zeroizing::new(fresh.recovery_key.clone())),
        );
        let status = key_status_in(&state).unwrap();
        assert!(status.must_set_passphrase);
        assert_eq!(status.unlocked_with, "recovery_key");
        assert!(
            status.recovery_confirmed,
            "the recovery unlock confirms the key"
        );
        let status = change_passphrase_in(&state, None, "a third passphrase").unwrap();
        assert!(!status.must_set_passphrase);
        // Now the current one is asked again.
        assert!(change_passphrase_in(&state, None, "a fourth passphrase").is_err());
        lock(&state);
        assert!(matches!(
            Register::open(
                &state.path(),
                UnlockMethod::Passphrase(Zeroizing::new("a second passphrase".into())),
                "t",
                "t"
            ),
            Err(Error::WrongKey)
        ));
        unlock(
            &state,
            UnlockMethod::Passphrase(Zeroizing::new("a third passphrase".into())),
        );
        assert!(!key_status_in(&state).unwrap().must_set_passphrase);
    }

    /// Without a working keyring it cannot be enabled (the app says so instead of a core error).
    #[test]
    fn the_keyring_cannot_be_enabled_where_none_works() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(dir.path());
        let shown = prepare(&state);
        create_in(&state, &last_group(&shown.recovery_key)).unwrap();
        let err = set_keyring_in(&state, true).unwrap_err();
        assert_eq!(err.code, "keyring_unavailable");
        assert!(!key_status_in(&state).unwrap().keyring_enabled);
    }
}
