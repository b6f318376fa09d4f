//! Breachlog's regulation engine: a pure function of facts. Rule data with its legal references
//! (`rules/*.json`), deadline clocks ([`clock`]), the obligations an incident's facts call for and
//! the intents that bring stored obligations in line ([`derive`]), statuses as of a time
//! ([`status`]), ENISA severity ([`enisa`]), the authority registry ([`authorities`]) and the
//! notification drafts written from the facts ([`drafts`]).
//!
//! Nothing here reads or writes storage: the store gathers the facts, calls in, and appends
//! what comes back as events.

pub mod authorities;
pub mod clock;
pub mod cra_report;
pub mod derive;
#[cfg(test)]
mod derive_tests;
pub mod dora_report;
pub mod drafts;
pub mod enisa;
pub mod holidays;
pub mod letter;
pub mod nis2_report;
pub mod proposals;
pub mod rules;
pub mod significance;
pub mod status;

/// Fixtures shared by this crate's tests.
#[cfg(test)]
pub(crate) mod testing {
    use breachlog_model::domain::Incident;
    use breachlog_model::Ts;

    /// An incident record as the projection holds it (id `…0001`, created by `pieter`, under
    /// investigation, created and last updated when detected), with the members of `fields`
    /// (at least `title`, `category`, `source`, `severity`, `detected_at`) added or replacing.
    pub(crate) fn incident(fields: serde_json::Value) -> Incident {
        let detected = fields["detected_at"].clone();
        let mut record = serde_json::json!({
            "id": "01900000-0000-7000-8000-000000000001",
            "status": "investigating",
            "created_at": detected,
            "created_by": "pieter",
            "updated_at": detected,
            "last_seq": 2,
            "last_hash": "00",
        });
        if let (Some(r), Some(f)) = (record.as_object_mut(), fields.as_object()) {
            r.extend(f.clone());
        }
        serde_json::from_value(record).unwrap_or_else(|e| panic!("not an incident: {e}"))
    }

    /// A timestamp written in a test; panics on a typo.
    pub(crate) fn ts(s: &str) -> Ts {
        Ts::parse(s).unwrap_or_else(|| panic!("not a timestamp: {s}"))
    }
}
