//! Breachlog core: the domain model, the encrypted register (SQLCipher), the hash-chained
//! journal that is the source of truth, and the Fluent messages shared by every front end.
//!
//! Nothing here knows about Tauri or the CLI: front ends call [`Register`] operations and
//! render [`Error`]s through [`i18n::Localizer`].

pub mod backup;
pub mod canonical;
pub mod domain;
pub mod error;
pub mod export;
pub mod files;
pub mod i18n;
pub mod journal;
pub mod keyops;
pub mod keys;
pub mod lock;
pub mod projection;
pub mod query;
pub mod register;
pub mod regulation;
pub mod report;
pub mod seal;
pub mod storage;
#[cfg(test)]
pub(crate) mod testing;
pub mod time;
pub mod validate;

pub use error::{Error, ErrorCode, IntegrityError, IntegrityReason, Reason, Result};
pub use journal::Event;
pub use register::{Register, UnlockMethod};
pub use time::Ts;
