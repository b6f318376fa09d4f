//! IPC payloads of the regulation screens that the core does not have in this shape (the
//! obligation rows and the rule list are `breachlog_core::views`, shared with the CLI).

use serde::Serialize;
use ts_rs::TS;

/// A draft with its heading (the core keeps the heading out of the CLI's JSON contract).
#[derive(Debug, Clone, Serialize, TS)]
pub struct DraftView {
    pub title: String,
    pub draft: breachlog_core::regulation::templates::Draft,
}
