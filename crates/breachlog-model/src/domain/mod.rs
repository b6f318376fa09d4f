//! The domain model: incidents and their lifecycle, breach assessments, actions, notes, evidence
//! files and the organisation profile. Wire names (JSON, CLI values, database) are the
//! `snake_case` strings of each enum; the CLI also accepts them with `-`.

mod assessment;
mod enums;
mod evidence;
mod incident;
mod org;
mod redact;

pub use assessment::{Art33Item, Assessment, FormAnswers};
pub(crate) use enums::wire_enum;
pub use enums::*;
pub use evidence::{Evidence, EvidenceExport};
pub use incident::{Action, Incident, LetterText, Note};
pub use org::{registration_label, Org, Settings, NO_REGISTRATION};
pub use redact::{
    list_or_redacted, redact_incident, redact_list, redact_option, redact_text, REDACTED,
};
