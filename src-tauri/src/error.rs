//! The one error every command returns: a stable `code` the UI switches on and a `message`
//! already localised in the current language (core errors through `i18n::Localizer`, the few
//! app-only errors through `locales/*/app.ftl`).

use breachlog_core::i18n::Localizer;
use breachlog_core::Error;
use serde::Serialize;
use ts_rs::TS;

use crate::messages;

#[derive(Debug, Clone, Serialize, TS)]
pub struct AppError {
    /// A core `ErrorCode` (`invalid_input`, `wrong_passphrase`, `locked`, …); `locked` is also
    /// used by the app when a command needs an unlocked register.
    pub code: String,
    pub message: String,
    /// After a failed unlock: seconds before the core accepts the next attempt (0 = now).
    pub retry_after_secs: Option<u32>,
    /// For `invalid_input`: the refused field (`reasons_for_delay`, `at`, …), so the UI can show
    /// the message next to it.
    pub field: Option<String>,
}

impl AppError {
    pub fn core(e: &Error, loc: &Localizer) -> Self {
        AppError {
            code: e.code().as_str().to_string(),
            message: loc.error(e),
            retry_after_secs: None,
            field: match e {
                Error::InvalidInput { field, .. } => Some((*field).to_string()),
                _ => None,
            },
        }
    }

    /// An app-only error whose message id is `app-error-<code with dashes>`.
    pub fn app(code: &str, loc: &Localizer, args: &[(&str, String)]) -> Self {
        let id = format!("app-error-{}", code.replace('_', "-"));
        AppError {
            code: code.to_string(),
            message: messages::text(loc.language(), &id, args),
            retry_after_secs: None,
            field: None,
        }
    }

    /// The same error, shown next to the input `field`.
    pub fn field(mut self, field: &str) -> Self {
        self.field = Some(field.to_string());
        self
    }

    pub fn locked(loc: &Localizer) -> Self {
        Self::app("locked", loc, &[])
    }
}
