//! Event kinds: the `kind` member of every event (`docs/chain-format.md` §4), as constants
//! for the writers; the kinds themselves are declared in [`crate::schema`].

use crate::schema::EventKind;

pub const REGISTER_CREATED: &str = EventKind::RegisterCreated.as_str();
pub const ORG_UPDATED: &str = EventKind::OrgUpdated.as_str();
pub const SETTINGS_CHANGED: &str = EventKind::SettingsChanged.as_str();
pub const INCIDENT_CREATED: &str = EventKind::IncidentCreated.as_str();
pub const INCIDENT_UPDATED: &str = EventKind::IncidentUpdated.as_str();
pub const INCIDENT_TRANSITIONED: &str = EventKind::IncidentTransitioned.as_str();
pub const BREACH_ASSESSED: &str = EventKind::BreachAssessed.as_str();
pub const ACTION_ADDED: &str = EventKind::ActionAdded.as_str();
pub const ACTION_DONE: &str = EventKind::ActionDone.as_str();
pub const ACTION_REOPENED: &str = EventKind::ActionReopened.as_str();
pub const NOTE_ADDED: &str = EventKind::NoteAdded.as_str();
pub const SUBJECTS_LETTER_EDITED: &str = EventKind::SubjectsLetterEdited.as_str();
pub const SESSION_UNLOCKED: &str = EventKind::SessionUnlocked.as_str();
pub const SESSION_LOCKED: &str = EventKind::SessionLocked.as_str();
pub const JOURNAL_EXPORTED: &str = EventKind::JournalExported.as_str();
pub const BACKUP_CREATED: &str = EventKind::BackupCreated.as_str();
pub const BACKUP_RESTORE_TESTED: &str = EventKind::BackupRestoreTested.as_str();
pub const BACKUP_RESTORED: &str = EventKind::BackupRestored.as_str();
pub const KEY_PASSPHRASE_CHANGED: &str = EventKind::KeyPassphraseChanged.as_str();
pub const KEY_ROTATED: &str = EventKind::KeyRotated.as_str();
pub const KEY_KEYRING_ADDED: &str = EventKind::KeyKeyringAdded.as_str();
pub const KEY_KEYRING_REMOVED: &str = EventKind::KeyKeyringRemoved.as_str();
/// The user typed the current recovery key back (no projection).
pub const KEY_RECOVERY_CONFIRMED: &str = EventKind::KeyRecoveryConfirmed.as_str();
/// A new recovery key replaced the recovery slot (no projection).
pub const KEY_RECOVERY_REPLACED: &str = EventKind::KeyRecoveryReplaced.as_str();
/// A PDF report was issued (see `report`); no projection.
pub const REPORT_ISSUED: &str = EventKind::ReportIssued.as_str();
/// The register was exported as CSV or XLSX (see `export`); no projection.
pub const REGISTER_EXPORTED: &str = EventKind::RegisterExported.as_str();
/// An auditor bundle was written (see `export`); no projection.
pub const BUNDLE_EXPORTED: &str = EventKind::BundleExported.as_str();
/// The personal fields of a closed incident were erased (see `seal`).
pub const INCIDENT_REDACTED: &str = EventKind::IncidentRedacted.as_str();

// The regulation engine.
pub const CONTROLLER_ADDED: &str = EventKind::ControllerAdded.as_str();
pub const CONTROLLER_CHANGED: &str = EventKind::ControllerChanged.as_str();
pub const CONTROLLER_REMOVED: &str = EventKind::ControllerRemoved.as_str();
pub const CONTROLLER_IMPACT_SET: &str = EventKind::ControllerImpactSet.as_str();
pub const INCIDENT_CLASSIFIED: &str = EventKind::IncidentClassified.as_str();
pub const INCIDENT_REGIMES_SET: &str = EventKind::IncidentRegimesSet.as_str();
pub const OBLIGATION_OPENED: &str = EventKind::ObligationOpened.as_str();
pub const OBLIGATION_ANCHOR_CHANGED: &str = EventKind::ObligationAnchorChanged.as_str();
pub const OBLIGATION_NOT_REQUIRED: &str = EventKind::ObligationNotRequired.as_str();
pub const OBLIGATION_REINSTATED: &str = EventKind::ObligationReinstated.as_str();
pub const FILING_RECORDED: &str = EventKind::FilingRecorded.as_str();
pub const FILING_ACKNOWLEDGED: &str = EventKind::FilingAcknowledged.as_str();
pub const RULE_CHANGED: &str = EventKind::RuleChanged.as_str();
pub const REGULATION_SETTINGS_CHANGED: &str = EventKind::RegulationSettingsChanged.as_str();
pub const AUTHORITY_CONTACT_LOGGED: &str = EventKind::AuthorityContactLogged.as_str();
pub const EVIDENCE_PRESERVATION_CHANGED: &str = EventKind::EvidencePreservationChanged.as_str();

// Evidence files (schema 9).
/// A file was attached to an incident; its content is stored in chunks beside the journal.
pub const EVIDENCE_ADDED: &str = EventKind::EvidenceAdded.as_str();
/// An evidence file was exported (custody).
pub const EVIDENCE_EXPORTED: &str = EventKind::EvidenceExported.as_str();

// Signed checkpoints (docs/chain-format.md §9).
/// The register's signing key was published (its public key); no projection.
pub const KEY_SIGNING_PUBLISHED: &str = EventKind::KeySigningPublished.as_str();
/// A signed checkpoint of the journal before it; no projection.
pub const CHECKPOINT_SIGNED: &str = EventKind::CheckpointSigned.as_str();
pub const TSA_ADDED: &str = EventKind::TsaAdded.as_str();
pub const TSA_REMOVED: &str = EventKind::TsaRemoved.as_str();
pub const TIMESTAMP_RECORDED: &str = EventKind::TimestampRecorded.as_str();

// The team register (issue 17, `docs/team.md`).
/// The register was published to a team server; no projection (the team's state is read from
/// the journal).
pub const TEAM_CREATED: &str = EventKind::TeamCreated.as_str();
/// A one-time invitation to the team was made; no projection.
pub const TEAM_MEMBER_INVITED: &str = EventKind::TeamMemberInvited.as_str();
/// A member joined the team; no projection.
pub const TEAM_MEMBER_JOINED: &str = EventKind::TeamMemberJoined.as_str();
/// A member was removed and the team key rotated; no projection.
pub const TEAM_MEMBER_REMOVED: &str = EventKind::TeamMemberRemoved.as_str();
