//! Event kinds: the `kind` member of every event (`docs/chain-format.md` §4).

pub const REGISTER_CREATED: &str = "register.created";
pub const ORG_UPDATED: &str = "org.updated";
pub const SETTINGS_CHANGED: &str = "settings.changed";
pub const INCIDENT_CREATED: &str = "incident.created";
pub const INCIDENT_UPDATED: &str = "incident.updated";
pub const INCIDENT_TRANSITIONED: &str = "incident.transitioned";
pub const BREACH_ASSESSED: &str = "breach.assessed";
pub const ACTION_ADDED: &str = "action.added";
pub const ACTION_DONE: &str = "action.done";
pub const ACTION_REOPENED: &str = "action.reopened";
pub const NOTE_ADDED: &str = "note.added";
pub const SESSION_UNLOCKED: &str = "session.unlocked";
pub const SESSION_LOCKED: &str = "session.locked";
pub const JOURNAL_EXPORTED: &str = "journal.exported";
pub const BACKUP_CREATED: &str = "backup.created";
pub const BACKUP_RESTORE_TESTED: &str = "backup.restore_tested";
pub const BACKUP_RESTORED: &str = "backup.restored";
pub const KEY_PASSPHRASE_CHANGED: &str = "key.passphrase_changed";
pub const KEY_ROTATED: &str = "key.rotated";
pub const KEY_KEYRING_ADDED: &str = "key.keyring_added";
pub const KEY_KEYRING_REMOVED: &str = "key.keyring_removed";
/// The user typed the current recovery key back (no projection).
pub const KEY_RECOVERY_CONFIRMED: &str = "key.recovery_confirmed";
/// A new recovery key replaced the recovery slot (no projection).
pub const KEY_RECOVERY_REPLACED: &str = "key.recovery_replaced";
/// A PDF report was issued (see `report`); no projection.
pub const REPORT_ISSUED: &str = "report.issued";
/// The register was exported as CSV or XLSX (see `export`); no projection.
pub const REGISTER_EXPORTED: &str = "register.exported";
/// An auditor bundle was written (see `export`); no projection.
pub const BUNDLE_EXPORTED: &str = "bundle.exported";
/// The personal fields of a closed incident were erased (see `seal`).
pub const INCIDENT_REDACTED: &str = "incident.redacted";

// The regulation engine.
pub const CONTROLLER_ADDED: &str = "controller.added";
pub const CONTROLLER_CHANGED: &str = "controller.changed";
pub const INCIDENT_CLASSIFIED: &str = "incident.classified";
pub const INCIDENT_REGIMES_SET: &str = "incident.regimes_set";
pub const OBLIGATION_OPENED: &str = "obligation.opened";
pub const OBLIGATION_ANCHOR_CHANGED: &str = "obligation.anchor_changed";
pub const OBLIGATION_NOT_REQUIRED: &str = "obligation.not_required";
pub const OBLIGATION_REINSTATED: &str = "obligation.reinstated";
pub const FILING_RECORDED: &str = "filing.recorded";
pub const RULE_CHANGED: &str = "rule.changed";
pub const REGULATION_SETTINGS_CHANGED: &str = "regulation.settings_changed";
pub const AUTHORITY_CONTACT_LOGGED: &str = "authority.contact_logged";
