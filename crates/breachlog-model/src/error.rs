//! The errors of the model layer (invalid input with its reason, malformed data) and the
//! reasons shared by every layer: why a field was refused, what broke in the chain. Each has a
//! Fluent id and arguments (see [`crate::message`]).

use crate::domain::Status;
use crate::i18n::Arg;
use crate::message::{Localize, Message};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What the pure layers (model, rules) refuse: a field with its reason, or data that does not
/// parse. The store's error type takes both over unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("invalid input for {field}: {reason:?}")]
    InvalidInput { field: &'static str, reason: Reason },
    #[error("data: {0}")]
    Data(String),
    /// A date whose year the holiday rules do not cover: the deadline cannot be computed,
    /// rather than counted as if there were no holiday.
    #[error("no holiday rules for {country} in {year} (the data covers {from}–{to})")]
    HolidaysOutOfRange {
        country: String,
        year: i32,
        from: i32,
        to: i32,
    },
}

impl Error {
    pub fn invalid(field: &'static str, reason: Reason) -> Self {
        Error::InvalidInput { field, reason }
    }
}

impl Localize for Error {
    fn message(&self) -> Message {
        match self {
            Error::InvalidInput { field, reason } => invalid_input(field, reason),
            Error::Data(d) => Message::new("error-storage").arg("detail", d.clone()),
            Error::HolidaysOutOfRange {
                country,
                year,
                from,
                to,
            } => holidays_out_of_range(country, *year, *from, *to),
        }
    }
}

/// "No holiday rules for <country> in <year> (the data covers <from>–<to>)". Years are
/// identifiers here: no digit grouping.
pub fn holidays_out_of_range(country: &str, year: i32, from: i32, to: i32) -> Message {
    Message::new("error-holidays-out-of-range")
        .arg("country", country.to_uppercase())
        .arg("year", year.to_string())
        .arg("from", from.to_string())
        .arg("to", to.to_string())
}

/// "Invalid <field>: <reason>".
pub fn invalid_input(field: &'static str, reason: &Reason) -> Message {
    Message::new("error-invalid-input")
        .arg("field", Arg::Field(field))
        .arg("reason", Arg::Msg(Box::new(reason.message())))
}

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
    /// A rule override longer than the law: a setting may only shorten a statutory deadline.
    AboveLegalMaximum {
        max: i64,
        reference: String,
    },
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
    /// `cra_kind` given for another regime than the Cyber Resilience Act.
    CraOnly,
    // Output files.
    Symlink,
    IsDirectory,
    /// A folder to write into that already holds files (an auditor bundle needs a new one).
    FolderNotEmpty,
    RegisterFile,
    // Key files.
    KdfOutOfBounds,
    // Paths.
    RelativePath,
    NoHomeDirectory,
    /// A recovery key (or its last group) typed back that is not the register's current one.
    NotTheRecoveryKey,
    // Evidence files.
    /// Nothing exists at the path given.
    FileMissing,
    /// It exists but is not a regular file (a device, a pipe, a socket).
    NotAFile,
    /// The file is larger than the register accepts (`max_mib` MiB).
    FileTooLarge {
        max_mib: u64,
    },
    /// An output file exists and overwriting it was not asked for.
    FileExists,
    /// The evidence file's content was erased with its incident's personal data.
    EvidenceErased,
    /// The file is not a signed checkpoint of the format of `docs/chain-format.md` §9.
    NotACheckpoint,
    /// Not an ISO 3166-1 alpha-2 country code.
    NotACountryCode,
    /// A CSV column given twice.
    DuplicateColumn,
    /// A CSV field that is not valid UTF-8 text.
    NotText,
    /// A CSV file with more rows than an import takes (`max`).
    TooManyRows {
        max: u64,
    },
    /// Rows of an import were refused (each reported with its line); nothing was imported.
    RowsRefused {
        count: u64,
    },
    /// A customer's impact on an incident not assessed as processor (or both).
    NotProcessor,
    /// Not a plain `http://host[:port]/path` URL (the TSA client speaks HTTP only).
    NotAnHttpUrl,
    /// Not an X.509 certificate (PEM or DER).
    NotACertificate,
    /// A timestamp was asked for but no time-stamping authority is configured.
    NoTsaConfigured,
    /// An acknowledgement earlier than the filing it acknowledges.
    BeforeFiling,
    /// A filing whose acknowledgement is already recorded.
    AlreadyAcknowledged,
    /// Not an e-mail address (`name@domain.tld`).
    NotAnEmail,
    /// Not a SIREN: 9 digits whose Luhn check holds (or `none`).
    NotASiren,
    /// Not a KvK number: 8 digits (or `none`).
    NotAKvk,
    /// Not a Legal Entity Identifier (ISO 17442): 20 letters and digits whose ISO 7064
    /// MOD 97-10 check digits hold.
    NotALei,
    /// A value the law sets (the time limit of an e-Evidence order), not the user.
    SetByLaw,
    /// The contact is not an e-Evidence preservation order.
    NotAPreservationOrder,
    /// The duty to preserve had ended (its period was over, or it was released) at that time.
    PreservationOver,
    /// Earlier than the day the act starts to apply (an e-Evidence order received before
    /// Regulation (EU) 2023/1543 applied: Art 34(2)); `date` is that day.
    BeforeApplication {
        date: String,
        reference: String,
    },
    /// A report filed while fields the law makes mandatory for it are empty (DORA: Implementing
    /// Regulation (EU) 2025/302 Annex II); `fields` names them.
    MandatoryFieldsMissing {
        fields: String,
    },
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
            Reason::AboveLegalMaximum { .. } => "reason-above-legal-maximum",
            Reason::NotIncoming => "reason-not-incoming",
            Reason::DecidedByAssessment => "reason-decided-by-assessment",
            Reason::Redacted => "reason-redacted",
            Reason::NotClosed => "reason-not-closed",
            Reason::RetentionRunning { .. } => "reason-retention-running",
            Reason::NotClassified => "reason-not-classified",
            Reason::Nis2Only => "reason-nis2-only",
            Reason::CraOnly => "reason-cra-only",
            Reason::Symlink => "reason-symlink",
            Reason::IsDirectory => "reason-is-directory",
            Reason::FolderNotEmpty => "reason-folder-not-empty",
            Reason::RegisterFile => "reason-register-file",
            Reason::KdfOutOfBounds => "reason-kdf-out-of-bounds",
            Reason::RelativePath => "reason-relative-path",
            Reason::NoHomeDirectory => "reason-no-home-directory",
            Reason::FileMissing => "reason-file-missing",
            Reason::NotAFile => "reason-not-a-file",
            Reason::FileTooLarge { .. } => "reason-file-too-large",
            Reason::FileExists => "reason-file-exists",
            Reason::NotACountryCode => "reason-not-a-country-code",
            Reason::DuplicateColumn => "reason-duplicate-column",
            Reason::NotText => "reason-not-text",
            Reason::TooManyRows { .. } => "reason-too-many-rows",
            Reason::RowsRefused { .. } => "reason-rows-refused",
            Reason::NotProcessor => "reason-not-processor",
            Reason::BeforeFiling => "reason-before-filing",
            Reason::AlreadyAcknowledged => "reason-already-acknowledged",
            Reason::NotAnEmail => "reason-not-an-email",
            Reason::NotASiren => "reason-not-a-siren",
            Reason::NotAKvk => "reason-not-a-kvk",
            Reason::NotALei => "reason-not-a-lei",
            Reason::SetByLaw => "reason-set-by-law",
            Reason::NotAPreservationOrder => "reason-not-a-preservation-order",
            Reason::PreservationOver => "reason-preservation-over",
            Reason::BeforeApplication { .. } => "reason-before-application",
            Reason::MandatoryFieldsMissing { .. } => "reason-mandatory-fields-missing",
            Reason::EvidenceErased => "reason-evidence-erased",
            Reason::NotACheckpoint => "reason-not-a-checkpoint",
            Reason::NotAnHttpUrl => "reason-not-an-http-url",
            Reason::NotACertificate => "reason-not-a-certificate",
            Reason::NoTsaConfigured => "reason-no-tsa-configured",
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
            Reason::FileTooLarge { max_mib } => vec![("max", Arg::from(*max_mib))],
            Reason::TooManyRows { max } => vec![("max", Arg::from(*max))],
            Reason::RowsRefused { count } => vec![("count", Arg::from(*count))],
            Reason::MandatoryFieldsMissing { fields } => {
                vec![("fields", Arg::from(fields.clone()))]
            }
            Reason::BeforeApplication { date, reference } => vec![
                ("date", Arg::from(date.clone())),
                ("reference", Arg::from(reference.clone())),
            ],
            Reason::AboveLegalMaximum { max, reference } => vec![
                ("max", Arg::from(*max)),
                ("reference", Arg::from(reference.clone())),
            ],
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
    /// An exported line is not byte-equal to the RFC 8785 canonical text of the event it
    /// denotes (other whitespace, member order, escapes, number forms): its hash may be right,
    /// but other tools could read other content than the one hashed.
    NotCanonical,
    /// An object in an exported line has two members with the same name (a decoy that tools
    /// keeping the first one read instead of the hashed one).
    DuplicateMember { name: String },
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
    /// An evidence file's stored content does not hash to the SHA-256 (or has not the size)
    /// its `evidence.added` event carries; `chunk` names the first stored chunk found altered,
    /// missing or extra, when one can be named.
    EvidenceMismatch {
        evidence: String,
        chunk: Option<u64>,
    },
    /// Stored content chunks that belong to no evidence file of the journal.
    EvidenceOrphan { evidence: String },
    /// A signed checkpoint (`docs/chain-format.md` §9) does not follow the format.
    CheckpointMalformed { detail: String },
    /// A signed checkpoint's signature does not verify with the register's published key.
    CheckpointSignature,
    /// A signed checkpoint carries no signature by a key the register published before it.
    CheckpointKeyUnknown,
    /// A journalled checkpoint's `field` (origin, size, root, head) is not the journal's.
    CheckpointMismatch { field: String },
    /// A witnessed checkpoint belongs to another register.
    CheckpointOtherRegister { origin: String },
    /// The journal no longer extends a witnessed checkpoint of `size` events: its first `size`
    /// events were rewritten (at or before the event named).
    DivergesFromCheckpoint { size: u64 },
    /// The journal has fewer events than a witnessed checkpoint of `size` events (cut off).
    ShorterThanCheckpoint { size: u64 },
    /// An RFC 3161 timestamp token (`docs/chain-format.md` §10) that is not well-formed.
    TimestampMalformed { detail: String },
    /// The token's signature (or the digest of its TSTInfo) does not verify: altered or forged.
    TimestampSignature,
    /// The token's signer does not chain to the trust anchor configured for its TSA.
    TimestampUntrusted,
    /// The signing certificate lacks the timeStamping extended key use.
    TimestampNotTsa,
    /// A certificate of the chain was not valid at the token's time.
    TimestampCertificateExpired,
    /// The token's message imprint is not the hash of the checkpoint it names.
    TimestampOtherData,
    /// The TSA did not grant the request (its PKIStatus).
    TimestampNotGranted { status: u64 },
    /// The token names an event that is not a signed checkpoint before it.
    TimestampCheckpointUnknown { seq: u64 },
    /// The token is from a TSA the register had not configured at that time.
    TimestampTsaUnknown { url: String },
    /// The event's `field` (gen_time, serial, imprint, certificates, nonce) differs from the
    /// token's.
    TimestampMismatch { field: String },
}

impl IntegrityReason {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            IntegrityReason::HashMismatch => "integrity-hash-mismatch",
            IntegrityReason::PrevMismatch => "integrity-prev-mismatch",
            IntegrityReason::SeqGap { .. } => "integrity-seq-gap",
            IntegrityReason::Malformed { .. } => "integrity-malformed",
            IntegrityReason::NotCanonical => "integrity-not-canonical",
            IntegrityReason::DuplicateMember { .. } => "integrity-duplicate-member",
            IntegrityReason::HeadNotFound { .. } => "integrity-head-not-found",
            IntegrityReason::ProjectionMismatch { .. } => "integrity-projection-mismatch",
            IntegrityReason::DiffersFromReference => "integrity-differs-from-reference",
            IntegrityReason::SealedValueMismatch { .. } => "integrity-sealed-mismatch",
            IntegrityReason::SealedValueMissing { .. } => "integrity-sealed-missing",
            IntegrityReason::SealedValueOrphan { .. } => "integrity-sealed-orphan",
            IntegrityReason::EvidenceMismatch { chunk: None, .. } => "integrity-evidence-mismatch",
            IntegrityReason::EvidenceMismatch { chunk: Some(_), .. } => {
                "integrity-evidence-chunk-mismatch"
            }
            IntegrityReason::EvidenceOrphan { .. } => "integrity-evidence-orphan",
            IntegrityReason::CheckpointMalformed { .. } => "integrity-checkpoint-malformed",
            IntegrityReason::CheckpointSignature => "integrity-checkpoint-signature",
            IntegrityReason::CheckpointKeyUnknown => "integrity-checkpoint-key-unknown",
            IntegrityReason::CheckpointMismatch { .. } => "integrity-checkpoint-mismatch",
            IntegrityReason::CheckpointOtherRegister { .. } => {
                "integrity-checkpoint-other-register"
            }
            IntegrityReason::DivergesFromCheckpoint { .. } => "integrity-checkpoint-diverges",
            IntegrityReason::ShorterThanCheckpoint { .. } => "integrity-checkpoint-shorter",
            IntegrityReason::TimestampMalformed { .. } => "integrity-timestamp-malformed",
            IntegrityReason::TimestampSignature => "integrity-timestamp-signature",
            IntegrityReason::TimestampUntrusted => "integrity-timestamp-untrusted",
            IntegrityReason::TimestampNotTsa => "integrity-timestamp-not-tsa",
            IntegrityReason::TimestampCertificateExpired => "integrity-timestamp-expired",
            IntegrityReason::TimestampOtherData => "integrity-timestamp-other-data",
            IntegrityReason::TimestampNotGranted { .. } => "integrity-timestamp-not-granted",
            IntegrityReason::TimestampCheckpointUnknown { .. } => {
                "integrity-timestamp-checkpoint-unknown"
            }
            IntegrityReason::TimestampTsaUnknown { .. } => "integrity-timestamp-tsa-unknown",
            IntegrityReason::TimestampMismatch { .. } => "integrity-timestamp-mismatch",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            IntegrityReason::SeqGap { found } => vec![("found", Arg::from(found.to_string()))],
            IntegrityReason::Malformed { detail } => vec![("detail", Arg::from(detail.clone()))],
            IntegrityReason::DuplicateMember { name } => vec![("name", Arg::from(name.clone()))],
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
            IntegrityReason::EvidenceMismatch { evidence, chunk } => {
                let mut args = vec![("evidence", Arg::from(evidence.clone()))];
                if let Some(c) = chunk {
                    // A position, not a count: no digit grouping.
                    args.push(("chunk", Arg::from(c.to_string())));
                }
                args
            }
            IntegrityReason::EvidenceOrphan { evidence } => {
                vec![("evidence", Arg::from(evidence.clone()))]
            }
            IntegrityReason::CheckpointMalformed { detail } => {
                vec![("detail", Arg::from(detail.clone()))]
            }
            IntegrityReason::CheckpointMismatch { field } => {
                vec![("field", Arg::from(field.clone()))]
            }
            IntegrityReason::CheckpointOtherRegister { origin } => {
                vec![("origin", Arg::from(origin.clone()))]
            }
            IntegrityReason::DivergesFromCheckpoint { size }
            | IntegrityReason::ShorterThanCheckpoint { size } => {
                vec![("size", Arg::from(size.to_string()))]
            }
            IntegrityReason::TimestampMalformed { detail } => {
                vec![("detail", Arg::from(detail.clone()))]
            }
            IntegrityReason::TimestampNotGranted { status } => {
                vec![("status", Arg::from(status.to_string()))]
            }
            IntegrityReason::TimestampCheckpointUnknown { seq } => {
                vec![("checkpoint", Arg::from(seq.to_string()))]
            }
            IntegrityReason::TimestampTsaUnknown { url } => vec![("url", Arg::from(url.clone()))],
            IntegrityReason::TimestampMismatch { field } => {
                vec![("field", Arg::from(field.clone()))]
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
            IntegrityReason::NotCanonical => {
                "not canonical: the line is not the RFC 8785 text of its event".into()
            }
            IntegrityReason::DuplicateMember { name } => format!("duplicate member '{name}'"),
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
            IntegrityReason::EvidenceMismatch {
                evidence,
                chunk: None,
            } => {
                format!("evidence {evidence}: stored content does not match its SHA-256")
            }
            IntegrityReason::EvidenceMismatch {
                evidence,
                chunk: Some(c),
            } => format!(
                "evidence {evidence}: stored content does not match its SHA-256 (chunk {c} altered, missing or extra)"
            ),
            IntegrityReason::EvidenceOrphan { evidence } => {
                format!("stored content of evidence {evidence} belongs to no evidence file")
            }
            IntegrityReason::CheckpointMalformed { detail } => {
                format!("checkpoint malformed: {detail}")
            }
            IntegrityReason::CheckpointSignature => {
                "checkpoint signature does not verify with the register's published key".into()
            }
            IntegrityReason::CheckpointKeyUnknown => {
                "checkpoint not signed by a key the register published".into()
            }
            IntegrityReason::CheckpointMismatch { field } => {
                format!("checkpoint {field} does not match the journal")
            }
            IntegrityReason::CheckpointOtherRegister { origin } => {
                format!("checkpoint of another register ({origin})")
            }
            IntegrityReason::DivergesFromCheckpoint { size } => format!(
                "the journal no longer extends the checkpoint of {size} events: rewritten at or before this event"
            ),
            IntegrityReason::ShorterThanCheckpoint { size } => {
                format!("the journal is shorter than the checkpoint of {size} events")
            }
            IntegrityReason::TimestampMalformed { detail } => {
                format!("timestamp token malformed: {detail}")
            }
            IntegrityReason::TimestampSignature => {
                "timestamp token signature does not verify (altered or forged)".into()
            }
            IntegrityReason::TimestampUntrusted => {
                "timestamp token not signed by a certificate chaining to the TSA's trust anchor"
                    .into()
            }
            IntegrityReason::TimestampNotTsa => {
                "timestamp token signer lacks the timeStamping extended key use".into()
            }
            IntegrityReason::TimestampCertificateExpired => {
                "a certificate of the timestamp token was not valid at its time".into()
            }
            IntegrityReason::TimestampOtherData => {
                "timestamp token is over other data than its checkpoint".into()
            }
            IntegrityReason::TimestampNotGranted { status } => {
                format!("the TSA did not grant the timestamp (status {status})")
            }
            IntegrityReason::TimestampCheckpointUnknown { seq } => {
                format!("timestamp names event {seq}, not a signed checkpoint before it")
            }
            IntegrityReason::TimestampTsaUnknown { url } => {
                format!("timestamp from {url}, a TSA not configured at that time")
            }
            IntegrityReason::TimestampMismatch { field } => {
                format!("timestamp event's {field} differs from its token")
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

impl Localize for Reason {
    fn message(&self) -> Message {
        Message::with(self.fluent_id(), self.args())
    }
}

impl Localize for IntegrityReason {
    fn message(&self) -> Message {
        Message::with(self.fluent_id(), self.args())
    }
}

impl Localize for IntegrityError {
    fn message(&self) -> Message {
        // Event numbers are identifiers, not counts: no digit grouping.
        Message::new("error-integrity")
            .arg("seq", self.seq.to_string())
            .arg("reason", Arg::Msg(Box::new(self.reason.message())))
    }
}

/// A status name, for messages that list states.
pub fn status_arg(s: Status) -> Arg {
    Arg::Id(s.label_id())
}
