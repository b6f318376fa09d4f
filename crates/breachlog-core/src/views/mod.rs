//! Read models shared by the front ends (the CLI's `--json`, the desktop app) and the reports:
//! each is built here once from the register, and both front ends print or send the same
//! struct (serde, and TypeScript bindings with the `ts` feature).
//!
//! Views read the register; the register never reads a view.

pub mod backup;
pub mod incident;
pub mod obligations;
pub mod query;
pub mod register;
pub mod rules;

pub use backup::BackupOverview;
pub use incident::IncidentDetail;
pub use obligations::{NoticeState, NoticeStatus, ObligationRecord, ObligationRow};
pub use register::{ControllerNotified, RegisterFiling, RegisterRow};
pub use rules::{RuleRow, RulesView};
