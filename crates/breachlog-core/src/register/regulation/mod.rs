//! The register's side of the regulation engine: the operations (classify, file, request,
//! controllers, contacts, rule overrides), the projection of regulation events ([`apply`]),
//! re-deriving obligations inside a write ([`derive::sync`]) and gathering the facts for drafts.
//! The engine itself — rules, clocks, planning, statuses, ENISA, authorities, draft layouts — is
//! the pure `breachlog-rules`, re-exported here under its old paths.
//!
//! Replay safety: rule terms travel in events. An operation derives the obligations with the
//! current rules ([`derive`]) and appends explicit `obligation.*` events carrying hours, anchor,
//! due time and legal reference; [`apply`] only stores what the events say. Statuses are computed
//! at query time against an `as_of` moment ([`obligations::status`]).

pub use breachlog_rules::{authorities, clock, enisa, rules};

/// The projection of regulation events (moved to [`crate::projection::regulation`]).
pub use crate::projection::regulation as apply;
pub mod contacts;
pub mod controllers;
pub mod derive;
pub mod impacts;
pub mod obligations;
pub mod ops;
pub mod requests;
pub mod templates;
pub mod what_if;

pub use breachlog_model::regulation::*;
pub use controllers::{ControllerInput, ControllerUpdate, ImportReport, RowError};
pub use impacts::{ImpactImportReport, ImpactInput, ImpactTotals};
pub use obligations::ObligationView;
pub use ops::{ClassifyInput, ContactInput, FilingInput, PreservationInput, SignificanceInput};
pub use requests::RequestInput;

/// Event kinds of the regulation engine (the chain format's, re-exported).
pub use breachlog_chain::kind;

#[cfg(test)]
mod counting_tests;
#[cfg(test)]
mod locale_tests;
#[cfg(test)]
mod regime_tests;
#[cfg(test)]
mod request_tests;
#[cfg(test)]
mod scenario_tests;
#[cfg(test)]
mod terms_tests;
#[cfg(test)]
mod test_support;
