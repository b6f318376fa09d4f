//! Breachlog core: the encrypted register (SQLCipher, key slots, locks, backups), the fold of
//! the journal into query tables, the register's operations, verification, reports and exports.
//!
//! It builds on the model (`breachlog-model`: vocabulary and messages), the chain format
//! (`breachlog-chain`: events, hashes, seals, the key-less verifier), the regulation engine
//! (`breachlog-rules`) and the PDF layout engine (`breachlog-pdf`), and re-exports the first two
//! under their old paths. Nothing here knows about Tauri or the CLI: front ends call
//! [`Register`] operations and render [`Error`]s through [`i18n::Localizer`].

pub use breachlog_chain::{canonical, checkpoint, journal, merkle, seal, timestamp};
/// The model layer's error (invalid input, malformed data); [`Error`] takes it over unchanged.
pub use breachlog_model::error as domain_error;
pub use breachlog_model::{domain, i18n, message, time, validate};

pub mod backup;
pub mod error;
pub mod export;
pub mod fault;
pub mod format;
pub mod legal;
pub mod projection;
pub mod register;
pub mod regulation;
pub mod report;
pub mod store;
#[cfg(test)]
pub(crate) mod testing;
pub mod verify;
pub mod views;

/// The store's modules under their old paths.
pub use store::{files, keys, lock, storage};
/// The register list under its old path.
pub use views::query;

pub use error::{Error, ErrorCode, IntegrityError, IntegrityReason, Reason, Result};
pub use journal::Event;
pub use register::{Register, UnlockMethod};
pub use time::Ts;
