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

pub mod apply;
pub mod contacts;
pub mod controllers;
pub mod derive;
pub mod obligations;
pub mod ops;
pub mod requests;
pub mod templates;

pub use breachlog_model::regulation::*;
pub use controllers::ControllerUpdate;
pub use obligations::ObligationView;
pub use ops::{ClassifyInput, ContactInput, FilingInput};
pub use requests::RequestInput;

/// Event kinds of the regulation engine (the chain format's, re-exported).
pub use breachlog_chain::kind;

/// Projection tables of the regulation engine (schema version 2). Created by migration 2 in
/// existing registers and by `storage::memory_projection_db` for `verify` rebuilds.
pub const PROJECTION_SCHEMA: &str = r#"
    CREATE TABLE controllers (id TEXT PRIMARY KEY, name TEXT NOT NULL, doc TEXT NOT NULL);
    CREATE TABLE incident_regulation (incident_id TEXT PRIMARY KEY, doc TEXT NOT NULL);
    CREATE TABLE obligations (
        id          TEXT PRIMARY KEY,
        incident_id TEXT,
        regime      TEXT NOT NULL,
        kind        TEXT NOT NULL,
        due_at      TEXT,
        doc         TEXT NOT NULL
    );
    CREATE INDEX obligations_incident ON obligations (incident_id);
    CREATE TABLE filings (
        id            TEXT PRIMARY KEY,
        obligation_id TEXT NOT NULL,
        incident_id   TEXT,
        at            TEXT NOT NULL,
        doc           TEXT NOT NULL
    );
    CREATE INDEX filings_obligation ON filings (obligation_id);
    CREATE TABLE regulation_settings (id INTEGER PRIMARY KEY CHECK (id = 1), doc TEXT NOT NULL);
    CREATE TABLE authority_contacts (id TEXT PRIMARY KEY, incident_id TEXT, doc TEXT NOT NULL);
"#;

/// The regulation projection tables and their primary keys, compared by `verify`.
pub const PROJECTIONS: &[(&str, &str)] = &[
    ("controllers", "id"),
    ("incident_regulation", "incident_id"),
    ("obligations", "id"),
    ("filings", "id"),
    ("regulation_settings", "id"),
    ("authority_contacts", "id"),
];

#[cfg(test)]
mod locale_tests;
#[cfg(test)]
mod request_tests;
#[cfg(test)]
mod scenarios;
#[cfg(test)]
mod terms_tests;
