//! The app state: the open register (or none while locked), the UI language and the key
//! state of the session (see `key_cmds`).

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use breachlog_core::domain::Language;
use breachlog_core::i18n::Localizer;
use breachlog_core::Register;

use crate::error::AppError;
use crate::key_cmds::KeySession;

#[derive(Debug)]
pub struct AppState {
    /// The register this window works on; "Open another register…" changes it while locked.
    path: Mutex<PathBuf>,
    register: Mutex<Option<Register>>,
    language: Mutex<Language>,
    keys: Mutex<KeySession>,
    /// Where the recent list is kept (`registers`); `None` (tests): not kept.
    recent_file: Option<PathBuf>,
    /// The team register's last sync and what it pulled (`team_cmds`).
    team: crate::team_cmds::TeamSync,
}

impl AppState {
    pub fn new(path: PathBuf) -> Self {
        AppState {
            path: Mutex::new(path),
            register: Mutex::new(None),
            language: Mutex::new(Language::En),
            keys: Mutex::new(KeySession::default()),
            recent_file: None,
            team: crate::team_cmds::TeamSync::default(),
        }
    }

    /// The team register's sync state of this window.
    pub fn team(&self) -> &crate::team_cmds::TeamSync {
        &self.team
    }

    /// The same state, keeping its recent list in `file`.
    pub fn with_recent_file(mut self, file: Option<PathBuf>) -> Self {
        self.recent_file = file;
        self
    }

    /// Where the recent list is kept, if anywhere.
    pub fn recent_file(&self) -> Option<&std::path::Path> {
        self.recent_file.as_deref()
    }

    /// The path of the register this window works on.
    pub fn path(&self) -> PathBuf {
        self.path.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Locks the open register (recorded with `reason`), forgets this session's key state and
    /// makes `path` the register this window works on. The next screen is its unlock (or its
    /// first run, when no register is there yet).
    pub fn switch_to(&self, path: PathBuf, reason: &str) -> Result<(), AppError> {
        let open = self.slot().take();
        self.key_session().clear();
        if let Some(reg) = open {
            reg.lock(reason).map_err(|e| self.err(&e))?;
        }
        *self.path.lock().unwrap_or_else(|p| p.into_inner()) = path;
        Ok(())
    }

    pub fn language(&self) -> Language {
        *self.language.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn set_language(&self, lang: Language) {
        *self.language.lock().unwrap_or_else(|p| p.into_inner()) = lang;
    }

    /// The core's messages and the app's own (`locales/*/app.ftl`: dialog titles, file filters)
    /// in the current language.
    pub fn localizer(&self) -> &'static Localizer {
        crate::messages::localizer(self.language())
    }

    /// The register slot; a panic in another command must not lock the user out.
    pub fn slot(&self) -> MutexGuard<'_, Option<Register>> {
        self.register.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The key state of this session (the register being created, a recovery key just issued,
    /// a new passphrase required). Lock it after [`AppState::slot`] when both are needed.
    pub fn key_session(&self) -> MutexGuard<'_, KeySession> {
        self.keys.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` on the open register; `locked` when none is open. Core errors are localised.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut Register) -> breachlog_core::Result<T>,
    ) -> Result<T, AppError> {
        let loc = self.localizer();
        let mut slot = self.slot();
        let reg = slot.as_mut().ok_or_else(|| AppError::locked(loc))?;
        f(reg).map_err(|e| AppError::core(&e, loc))
    }

    /// Maps a core error in the current language.
    pub fn err(&self, e: &breachlog_core::Error) -> AppError {
        AppError::core(e, self.localizer())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use breachlog_core::{Error, Reason};

    #[test]
    fn commands_on_a_locked_register_fail_with_code_locked_in_the_current_language() {
        let state = AppState::new(PathBuf::from("/nonexistent/register.db"));
        let en = state.with(|reg| reg.org()).unwrap_err();
        assert_eq!(en.code, "locked");
        state.set_language(Language::De);
        let de = state.with(|reg| reg.org()).unwrap_err();
        assert_eq!(de.code, "locked");
        assert_ne!(en.message, de.message);
    }

    #[test]
    fn core_errors_keep_their_stable_code_and_a_localised_message() {
        let state = AppState::new(PathBuf::from("/nonexistent/register.db"));
        let wrong = state.err(&Error::WrongKey);
        assert_eq!(wrong.code, "wrong_passphrase");
        let invalid = state.err(&Error::invalid("title", Reason::Empty));
        assert_eq!(invalid.code, "invalid_input");
        assert!(invalid.message.contains("title"), "{}", invalid.message);
        state.set_language(Language::Fr);
        assert_ne!(state.err(&Error::WrongKey).message, wrong.message);
    }

    /// The native dialogs' titles and file filters come from the app's messages, in the current
    /// language (they showed their message ids while the state used the core's messages only).
    #[test]
    fn dialog_titles_and_filters_are_the_apps_messages_in_the_current_language() {
        let state = AppState::new(PathBuf::from("/nonexistent/register.db"));
        for id in [
            "app-checkpoint-export-dialog",
            "app-open-register-title",
            "app-reports-pdf-filter",
            "app-export-bundle-dialog",
        ] {
            let en = state.localizer().text(id);
            assert!(!en.is_empty() && en != id, "{id}: {en}");
        }
        assert_eq!(
            state.localizer().text("app-checkpoint-export-dialog"),
            "Save a signed checkpoint"
        );
        state.set_language(Language::De);
        assert_eq!(
            state.localizer().text("app-checkpoint-export-dialog"),
            "Signierten Checkpoint speichern"
        );
    }
}
