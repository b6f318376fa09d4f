//! The core's error type. Every variant maps to a stable [`ErrorCode`] (IPC and exit codes)
//! and to a Fluent message id with arguments (see [`crate::i18n`]); the `Display` text is a
//! short English developer message for logs, never shown to users as such.

use std::path::PathBuf;

use crate::domain::Status;
use crate::i18n::Arg;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a field was refused. Each reason has a Fluent id `reason-…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    Empty,
    TooLong {
        max: usize,
    },
    ControlCharacters,
    NotATimestamp,
    InFuture,
    BeforeDetected,
    AfterDetected,
    RequiredToReopen,
    RequiredToClose,
    OnlyForVulnerability,
    AwareBeforeDetected,
    JustificationRequired {
        hours: i64,
    },
    UnknownValue {
        allowed: String,
    },
    RequiredWith {
        other: &'static str,
    },
    NotANumber,
    OutOfRange {
        max: u64,
    },
    UnknownTimezone,
    UnknownLanguage,
    InvalidRange,
    NotAnId,
    Duplicate,
    AlreadyInState,
    WeakPassphrase,
    Mismatch,
    NoChanges,
    // Regulation engine.
    ReasonsForDelayRequired {
        minutes: i64,
    },
    NotifyRequired,
    RegimeNotEnabled,
    NotClassifiable,
    AlreadyFiled,
    NoInitialFiling,
    BeforeInitialFiling,
    WrongObligation,
    ObligationNotRequired,
    OnlyForFollowUps,
    UnknownAuthority,
    UnknownId,
    NoStatutoryHours,
    NotIncoming,
    DecidedByAssessment,
    // Retention and redaction.
    Redacted,
    NotClosed,
    RetentionRunning {
        until: String,
    },
    NotClassified,
    Nis2Only,
    // Output files.
    Symlink,
    IsDirectory,
    RegisterFile,
    // Key files.
    KdfOutOfBounds,
    // Paths.
    RelativePath,
    NoHomeDirectory,
    /// A recovery key (or its last group) typed back that is not the register's current one.
    NotTheRecoveryKey,
}

impl Reason {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Reason::Empty => "reason-empty",
            Reason::TooLong { .. } => "reason-too-long",
            Reason::ControlCharacters => "reason-control-characters",
            Reason::NotATimestamp => "reason-not-a-timestamp",
            Reason::InFuture => "reason-in-future",
            Reason::BeforeDetected => "reason-before-detected",
            Reason::AfterDetected => "reason-after-detected",
            Reason::RequiredToReopen => "reason-required-to-reopen",
            Reason::RequiredToClose => "reason-required-to-close",
            Reason::OnlyForVulnerability => "reason-only-for-vulnerability",
            Reason::AwareBeforeDetected => "reason-aware-before-detected",
            Reason::JustificationRequired { .. } => "reason-justification-required",
            Reason::UnknownValue { .. } => "reason-unknown-value",
            Reason::RequiredWith { .. } => "reason-required-with",
            Reason::NotANumber => "reason-not-a-number",
            Reason::OutOfRange { .. } => "reason-out-of-range",
            Reason::UnknownTimezone => "reason-unknown-timezone",
            Reason::UnknownLanguage => "reason-unknown-language",
            Reason::InvalidRange => "reason-invalid-range",
            Reason::NotAnId => "reason-not-an-id",
            Reason::Duplicate => "reason-duplicate",
            Reason::AlreadyInState => "reason-already-in-state",
            Reason::WeakPassphrase => "reason-weak-passphrase",
            Reason::Mismatch => "reason-mismatch",
            Reason::NotTheRecoveryKey => "reason-not-the-recovery-key",
            Reason::NoChanges => "reason-no-changes",
            Reason::ReasonsForDelayRequired { .. } => "reason-reasons-for-delay-required",
            Reason::NotifyRequired => "reason-notify-required",
            Reason::RegimeNotEnabled => "reason-regime-not-enabled",
            Reason::NotClassifiable => "reason-not-classifiable",
            Reason::AlreadyFiled => "reason-already-filed",
            Reason::NoInitialFiling => "reason-no-initial-filing",
            Reason::BeforeInitialFiling => "reason-before-initial-filing",
            Reason::WrongObligation => "reason-wrong-obligation",
            Reason::ObligationNotRequired => "reason-obligation-not-required",
            Reason::OnlyForFollowUps => "reason-only-for-follow-ups",
            Reason::UnknownAuthority => "reason-unknown-authority",
            Reason::UnknownId => "reason-unknown-id",
            Reason::NoStatutoryHours => "reason-no-statutory-hours",
            Reason::NotIncoming => "reason-not-incoming",
            Reason::DecidedByAssessment => "reason-decided-by-assessment",
            Reason::Redacted => "reason-redacted",
            Reason::NotClosed => "reason-not-closed",
            Reason::RetentionRunning { .. } => "reason-retention-running",
            Reason::NotClassified => "reason-not-classified",
            Reason::Nis2Only => "reason-nis2-only",
            Reason::Symlink => "reason-symlink",
            Reason::IsDirectory => "reason-is-directory",
            Reason::RegisterFile => "reason-register-file",
            Reason::KdfOutOfBounds => "reason-kdf-out-of-bounds",
            Reason::RelativePath => "reason-relative-path",
            Reason::NoHomeDirectory => "reason-no-home-directory",
        }
    }

    /// Fluent arguments of this reason, as (name, value) pairs.
    /// Message arguments; counts are numbers so the messages can choose plural forms.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            Reason::TooLong { max } => vec![("max", Arg::from(*max))],
            Reason::JustificationRequired { hours } => vec![("hours", Arg::from(*hours))],
            Reason::UnknownValue { allowed } => vec![("allowed", Arg::from(allowed.clone()))],
            Reason::RequiredWith { other } => vec![("other", Arg::from(*other))],
            Reason::OutOfRange { max } => vec![("max", Arg::from(*max))],
            Reason::ReasonsForDelayRequired { minutes } => vec![("minutes", Arg::from(*minutes))],
            Reason::RetentionRunning { until } => vec![("until", Arg::from(until.clone()))],
            _ => Vec::new(),
        }
    }
}

/// What broke in the chain or the projections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntegrityReason {
    /// The stored hash is not the hash of the event's canonical bytes.
    HashMismatch,
    /// `prev` is not the hash of the event before it.
    PrevMismatch,
    /// `seq` is not the next number (an event was removed or inserted).
    SeqGap { found: u64 },
    /// The event does not follow the format (missing member, bad timestamp, …).
    Malformed { detail: String },
    /// `--expect-head` was not found in the chain: the tail was cut or the chain was rebuilt.
    HeadNotFound { expected: String },
    /// The event differs from the one in an earlier export (a rebuilt or edited chain), or the
    /// chain is shorter than that export.
    DiffersFromReference,
    /// The projection table differs from the one rebuilt from the events.
    ProjectionMismatch { table: String, key: String },
    /// A sealed personal field's stored value or salt does not match its commitment.
    SealedValueMismatch { path: String },
    /// A sealed field's value is gone but no `incident.redacted` event accounts for it.
    SealedValueMissing { path: String },
    /// A stored value belongs to no sealed field of its event.
    SealedValueOrphan { path: String },
}

impl IntegrityReason {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            IntegrityReason::HashMismatch => "integrity-hash-mismatch",
            IntegrityReason::PrevMismatch => "integrity-prev-mismatch",
            IntegrityReason::SeqGap { .. } => "integrity-seq-gap",
            IntegrityReason::Malformed { .. } => "integrity-malformed",
            IntegrityReason::HeadNotFound { .. } => "integrity-head-not-found",
            IntegrityReason::ProjectionMismatch { .. } => "integrity-projection-mismatch",
            IntegrityReason::DiffersFromReference => "integrity-differs-from-reference",
            IntegrityReason::SealedValueMismatch { .. } => "integrity-sealed-mismatch",
            IntegrityReason::SealedValueMissing { .. } => "integrity-sealed-missing",
            IntegrityReason::SealedValueOrphan { .. } => "integrity-sealed-orphan",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            IntegrityReason::SeqGap { found } => vec![("found", Arg::from(found.to_string()))],
            IntegrityReason::Malformed { detail } => vec![("detail", Arg::from(detail.clone()))],
            IntegrityReason::HeadNotFound { expected } => {
                vec![("expected", Arg::from(expected.clone()))]
            }
            IntegrityReason::ProjectionMismatch { table, key } => {
                vec![
                    ("table", Arg::from(table.clone())),
                    ("key", Arg::from(key.clone())),
                ]
            }
            IntegrityReason::SealedValueMismatch { path }
            | IntegrityReason::SealedValueMissing { path }
            | IntegrityReason::SealedValueOrphan { path } => {
                vec![("path", Arg::from(path.clone()))]
            }
            _ => Vec::new(),
        }
    }

    /// Stable machine text for `--json` output (`"reason"`).
    pub fn code(&self) -> String {
        match self {
            IntegrityReason::HashMismatch => "hash mismatch".into(),
            IntegrityReason::PrevMismatch => "prev does not match the previous event's hash".into(),
            IntegrityReason::SeqGap { found } => format!("sequence gap: found seq {found}"),
            IntegrityReason::Malformed { detail } => format!("malformed event: {detail}"),
            IntegrityReason::HeadNotFound { expected } => {
                format!("expected head {expected} not found: journal truncated or rebuilt")
            }
            IntegrityReason::ProjectionMismatch { table, key } => {
                format!("projection {table} row {key} differs from the journal")
            }
            IntegrityReason::DiffersFromReference => "differs from the reference export".into(),
            IntegrityReason::SealedValueMismatch { path } => {
                format!("sealed field {path}: value does not match its commitment")
            }
            IntegrityReason::SealedValueMissing { path } => {
                format!("sealed field {path}: value missing without a redaction event")
            }
            IntegrityReason::SealedValueOrphan { path } => {
                format!("stored value {path} belongs to no sealed field")
            }
        }
    }
}

/// The first thing that failed verification.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("integrity failure at seq {seq}: {}", reason.code())]
pub struct IntegrityError {
    pub seq: u64,
    pub reason: IntegrityReason,
}

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
        }
    }

    /// The CLI exit code: 1 other failure, 3 cannot unlock, 4 integrity, 5 invalid input,
    /// 6 the register is in use by another process.
    pub fn exit_code(&self) -> i32 {
        match self {
            ErrorCode::WrongPassphrase | ErrorCode::Locked => 3,
            ErrorCode::Busy => 6,
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
    #[error("register {path} is in use by {holders:?}")]
    RegisterBusy { path: PathBuf, holders: Vec<String> },
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
        }
    }

    /// The Fluent message id for this error.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Error::InvalidInput { .. } => "error-invalid-input",
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
