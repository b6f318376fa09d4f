//! The core's error type. Every variant maps to a stable [`ErrorCode`] (IPC and exit codes)
//! and to a Fluent message id with arguments (see [`crate::i18n`]); the `Display` text is a
//! short English developer message for logs, never shown to users as such.

use std::path::PathBuf;

use crate::domain::Status;
use breachlog_model::error::status_arg;
pub use breachlog_model::error::{IntegrityError, IntegrityReason, Reason};
use breachlog_model::message::{Arg, Localize, Message};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Stable error codes shared by the CLI (exit codes) and the desktop IPC (`{code, message}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    InvalidInput,
    WrongPassphrase,
    Locked,
    NotFound,
    InvalidTransition,
    IntegrityFailure,
    SchemaTooNew,
    AlreadyExists,
    Storage,
    Io,
    Keyring,
    Busy,
    /// A service outside the register (a time-stamping authority) could not be reached.
    Unavailable,
}

impl ErrorCode {
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::WrongPassphrase => "wrong_passphrase",
            ErrorCode::Locked => "locked",
            ErrorCode::NotFound => "not_found",
            ErrorCode::InvalidTransition => "invalid_transition",
            ErrorCode::IntegrityFailure => "integrity_failure",
            ErrorCode::SchemaTooNew => "schema_too_new",
            ErrorCode::AlreadyExists => "already_exists",
            ErrorCode::Storage => "storage",
            ErrorCode::Io => "io",
            ErrorCode::Keyring => "keyring",
            ErrorCode::Busy => "register_busy",
            ErrorCode::Unavailable => "unavailable",
        }
    }

    /// The CLI exit code: 1 other failure, 3 cannot unlock, 4 integrity, 5 invalid input,
    /// 6 the register is in use by another process, 7 a time-stamping authority could not be
    /// reached (nothing was written; try again later).
    pub fn exit_code(&self) -> i32 {
        match self {
            ErrorCode::WrongPassphrase | ErrorCode::Locked => 3,
            ErrorCode::Busy => 6,
            ErrorCode::Unavailable => 7,
            ErrorCode::IntegrityFailure => 4,
            ErrorCode::InvalidInput | ErrorCode::InvalidTransition => 5,
            _ => 1,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid input for {field}: {reason:?}")]
    InvalidInput { field: &'static str, reason: Reason },
    #[error("wrong passphrase or key")]
    WrongKey,
    #[error("no key available to unlock the register")]
    NoKey,
    #[error("too many failed unlock attempts; wait {wait_secs} s")]
    TooManyAttempts { wait_secs: u64 },
    #[error("{entity} {id} not found")]
    NotFound { entity: &'static str, id: String },
    #[error("cannot move from {from} to {to}")]
    InvalidTransition {
        from: Status,
        to: Status,
        allowed: Vec<Status>,
    },
    #[error(transparent)]
    Integrity(#[from] IntegrityError),
    #[error("register schema {found} is newer than supported {supported}")]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("a register already exists at {0}")]
    RegisterExists(PathBuf),
    #[error("no register at {0}")]
    RegisterMissing(PathBuf),
    #[error("key file {path} is damaged: {detail}")]
    KeyFileDamaged { path: PathBuf, detail: String },
    #[error("keyring: {0}")]
    Keyring(String),
    #[error("storage: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("i/o on {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("journal data: {0}")]
    Data(String),
    #[error("no holiday rules for {country} in {year} (the data covers {from}–{to})")]
    HolidaysOutOfRange {
        country: String,
        year: i32,
        from: i32,
        to: i32,
    },
    #[error("register {path} is in use by {holders:?}")]
    RegisterBusy { path: PathBuf, holders: Vec<String> },
    #[error("time-stamping authority {url} unreachable: {detail}")]
    TsaUnavailable { url: String, detail: String },
    #[error("answer of time-stamping authority {url} refused: {}", reason.code())]
    TsaRefused {
        url: String,
        reason: IntegrityReason,
    },
    /// The team's PostgreSQL server could not be reached or refused a request (issue 17).
    #[error("team server {server}: {detail}")]
    TeamServer { server: String, detail: String },
    /// The team server's TLS certificate is not vouched for by a CA this computer trusts (or by
    /// the `sslrootcert` the connection string names), or is not for its address.
    #[error("team server {server}: untrusted certificate: {detail}")]
    TeamServerUntrusted { server: String, detail: String },
    /// `team create` on a server that already holds another register.
    #[error("team server {server} already holds another register")]
    TeamServerInUse { server: String },
    /// A team command on a register that is not shared with a team.
    #[error("this register is not shared with a team")]
    NotInTeam,
}

impl From<breachlog_model::error::Error> for Error {
    fn from(e: breachlog_model::error::Error) -> Self {
        match e {
            breachlog_model::error::Error::InvalidInput { field, reason } => {
                Error::InvalidInput { field, reason }
            }
            breachlog_model::error::Error::Data(d) => Error::Data(d),
            breachlog_model::error::Error::HolidaysOutOfRange {
                country,
                year,
                from,
                to,
            } => Error::HolidaysOutOfRange {
                country,
                year,
                from,
                to,
            },
        }
    }
}

impl From<breachlog_pdf::Error> for Error {
    fn from(e: breachlog_pdf::Error) -> Self {
        Error::Data(format!("pdf: {}", e.0))
    }
}

impl Localize for Error {
    fn message(&self) -> Message {
        let m = Message::new(self.fluent_id());
        match self {
            Error::InvalidInput { field, reason } => {
                breachlog_model::error::invalid_input(field, reason)
            }
            Error::InvalidTransition { from, to, allowed } => m
                .arg("from", status_arg(*from))
                .arg("to", status_arg(*to))
                .arg(
                    "allowed",
                    Arg::List(allowed.iter().map(|s| status_arg(*s)).collect()),
                ),
            Error::NotFound { entity, id } => m
                .arg("entity", Arg::Id(format!("entity-{entity}")))
                .arg("id", id.clone()),
            Error::Integrity(ie) => ie.message(),
            // Schema versions are identifiers, not counts: no digit grouping.
            Error::SchemaTooNew { found, supported } => m
                .arg("found", found.to_string())
                .arg("supported", supported.to_string()),
            Error::RegisterExists(p) | Error::RegisterMissing(p) => {
                m.arg("path", p.display().to_string())
            }
            Error::KeyFileDamaged { path, detail } => m
                .arg("path", path.display().to_string())
                .arg("detail", detail.clone()),
            Error::Keyring(d) | Error::Data(d) => m.arg("detail", d.clone()),
            Error::Storage(s) => m.arg("detail", s.to_string()),
            Error::Io { path, source } => m
                .arg("path", path.display().to_string())
                .arg("detail", source.to_string()),
            Error::TooManyAttempts { wait_secs } => m.arg("seconds", Arg::from(*wait_secs)),
            Error::RegisterBusy { path, holders } => m
                .arg("path", path.display().to_string())
                .arg("holders", holders.join(", ")),
            Error::TsaUnavailable { url, detail } => {
                m.arg("url", url.clone()).arg("detail", detail.clone())
            }
            Error::TsaRefused { url, reason } => m
                .arg("url", url.clone())
                .arg("reason", Arg::Msg(Box::new(reason.message()))),
            Error::TeamServer { server, detail }
            | Error::TeamServerUntrusted { server, detail } => m
                .arg("server", server.clone())
                .arg("detail", detail.clone()),
            Error::TeamServerInUse { server } => m.arg("server", server.clone()),
            Error::NotInTeam => m,
            Error::HolidaysOutOfRange {
                country,
                year,
                from,
                to,
            } => breachlog_model::error::holidays_out_of_range(country, *year, *from, *to),
            Error::WrongKey | Error::NoKey => m,
        }
    }
}

impl Error {
    pub fn invalid(field: &'static str, reason: Reason) -> Self {
        Error::InvalidInput { field, reason }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Error::InvalidInput { .. } => ErrorCode::InvalidInput,
            // A date the deadline rules cannot count: refused like invalid input (exit 5).
            Error::HolidaysOutOfRange { .. } => ErrorCode::InvalidInput,
            Error::WrongKey => ErrorCode::WrongPassphrase,
            Error::NoKey | Error::TooManyAttempts { .. } => ErrorCode::Locked,
            Error::NotFound { .. } | Error::RegisterMissing(_) => ErrorCode::NotFound,
            Error::InvalidTransition { .. } => ErrorCode::InvalidTransition,
            Error::Integrity(_) => ErrorCode::IntegrityFailure,
            Error::SchemaTooNew { .. } => ErrorCode::SchemaTooNew,
            Error::RegisterExists(_) => ErrorCode::AlreadyExists,
            Error::KeyFileDamaged { .. } => ErrorCode::IntegrityFailure,
            Error::Keyring(_) => ErrorCode::Keyring,
            Error::Storage(e) if is_disk_full(e) => ErrorCode::Io,
            Error::Storage(_) | Error::Data(_) => ErrorCode::Storage,
            Error::Io { .. } => ErrorCode::Io,
            Error::RegisterBusy { .. } => ErrorCode::Busy,
            Error::TsaUnavailable { .. } => ErrorCode::Unavailable,
            Error::TsaRefused { .. } => ErrorCode::IntegrityFailure,
            Error::TeamServer { .. } | Error::TeamServerUntrusted { .. } => ErrorCode::Unavailable,
            Error::TeamServerInUse { .. } => ErrorCode::AlreadyExists,
            Error::NotInTeam => ErrorCode::NotFound,
        }
    }

    /// The Fluent message id for this error.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Error::InvalidInput { .. } => "error-invalid-input",
            Error::HolidaysOutOfRange { .. } => "error-holidays-out-of-range",
            Error::WrongKey => "error-wrong-key",
            Error::NoKey => "error-no-key",
            Error::TooManyAttempts { .. } => "error-too-many-attempts",
            Error::NotFound { .. } => "error-not-found",
            Error::InvalidTransition { .. } => "error-invalid-transition",
            Error::Integrity(_) => "error-integrity",
            Error::SchemaTooNew { .. } => "error-schema-too-new",
            Error::RegisterExists(_) => "error-register-exists",
            Error::RegisterMissing(_) => "error-register-missing",
            Error::KeyFileDamaged { .. } => "error-keyfile-damaged",
            Error::Keyring(_) => "error-keyring",
            Error::Storage(e) if is_disk_full(e) => "error-disk-full",
            Error::Storage(e) if is_read_only(e) => "error-read-only",
            Error::Storage(_) => "error-storage",
            Error::Io { source, .. } if source.kind() == std::io::ErrorKind::ReadOnlyFilesystem => {
                "error-read-only"
            }
            Error::Io { source, .. } if source.kind() == std::io::ErrorKind::StorageFull => {
                "error-disk-full"
            }
            Error::Io { .. } => "error-io",
            Error::Data(_) => "error-storage",
            Error::RegisterBusy { holders, .. } if holders.is_empty() => {
                "error-register-busy-unknown"
            }
            Error::RegisterBusy { .. } => "error-register-busy",
            Error::TsaUnavailable { .. } => "error-tsa-unavailable",
            Error::TsaRefused { .. } => "error-tsa-refused",
            Error::TeamServer { .. } => "error-team-server",
            Error::TeamServerUntrusted { .. } => "error-team-server-untrusted",
            Error::TeamServerInUse { .. } => "error-team-server-in-use",
            Error::NotInTeam => "error-team-not-shared",
        }
    }
}

fn is_disk_full(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DiskFull))
}

fn is_read_only(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::ReadOnly) | Some(rusqlite::ErrorCode::CannotOpen)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::i18n::Localizer;

    #[test]
    fn transition_error_lists_allowed_states() {
        let e = Error::InvalidTransition {
            from: Status::Closed,
            to: Status::Contained,
            allowed: vec![Status::Investigating],
        };
        let en = Localizer::new(Language::En).error(&e);
        assert!(en.contains("investigating"), "{en}");
    }
}
