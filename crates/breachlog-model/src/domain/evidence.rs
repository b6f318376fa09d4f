//! Evidence files attached to an incident (police reports, screenshots, logs, an authority's
//! receipt): what the register shows about each one. The content itself is stored encrypted in
//! the register, in chunks, and must hash to the SHA-256 its `evidence.added` event carries.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Ts;

/// A file attached to an incident, as projected from the journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Evidence {
    pub id: Uuid,
    pub incident_id: Uuid,
    /// The file's name when it was added (sealed in the journal: a name may be personal).
    pub name: String,
    /// The media type (`application/pdf`, `image/png`, … `application/octet-stream`).
    pub media_type: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the content (lowercase hex), as chained in `evidence.added`.
    pub sha256: String,
    #[serde(default)]
    pub note: Option<String>,
    pub added_at: Ts,
    pub added_by: String,
    /// The seq of its `evidence.added` event.
    pub added_seq: u64,
    /// Its custody after it was added: every export, oldest first.
    #[serde(default)]
    pub exports: Vec<EvidenceExport>,
    /// The content was erased with the incident's personal data (`incident.redacted`): the
    /// name, size and SHA-256 stay on record, the file cannot be exported any more.
    #[serde(default)]
    pub erased: bool,
}

/// One export of an evidence file (`evidence.exported`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EvidenceExport {
    pub at: Ts,
    pub by: String,
    /// The seq of its `evidence.exported` event.
    pub seq: u64,
}
