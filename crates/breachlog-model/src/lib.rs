//! Breachlog's model: the vocabulary every other crate speaks. Timestamps, incidents and their
//! lifecycle, breach assessments, the organisation profile, the values of the regulation engine
//! (regimes, obligations, filings, controllers), the ENISA calculation's inputs and result, input
//! validation, and messages with the Fluent catalogue that renders them in four languages.
//!
//! It depends on no storage, no PDF library and no other Breachlog crate.

pub mod domain;
pub mod enisa;
pub mod error;
pub mod i18n;
pub mod message;
pub mod regulation;
pub mod time;
pub mod validate;

pub use error::{Error, Reason, Result};
pub use time::Ts;
