//! App-only IPC payloads (the domain types and the read models the CLI shares, such as
//! `views::IncidentDetail`, come from `breachlog-core` with its `ts` feature).

use breachlog_core::domain::{Language, Org, Settings};
use breachlog_core::journal::VerifyReport;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the UI needs before anything is unlocked.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppStatus {
    /// The register file exists (otherwise the first-run flow is shown).
    pub register_exists: bool,
    pub unlocked: bool,
    /// Where the register lives.
    pub path: String,
    /// An OS keyring answered a write/read probe.
    pub keyring_available: bool,
    /// This register keeps its key in the keyring (one-click unlock).
    pub keyring_enabled: bool,
    /// The register has a passphrase slot.
    pub has_passphrase: bool,
    /// Failed unlock attempts since the last success (counted across restarts).
    pub failed_unlocks: u32,
    /// Seconds to wait before the next attempt is accepted.
    pub retry_after_secs: u32,
    pub language: Language,
}

/// How to unlock.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum UnlockWith {
    Passphrase,
    RecoveryKey,
    Keyring,
}

/// The result of `create_register` (the recovery key was shown and confirmed before: see
/// `prepare_register`).
#[derive(Debug, Clone, Serialize, TS)]
pub struct Created {
    pub org: Org,
}

/// An integrity check: the chain and projections verified (`ok`) or what failed.
#[derive(Debug, Clone, Serialize, TS)]
pub struct VerifyOutcome {
    pub ok: bool,
    pub events: u64,
    pub head_seq: u64,
    pub head_hash: String,
    /// The localised failure, when `ok` is false.
    pub problem: Option<String>,
    pub checked_at: String,
    /// The Merkle root of the verified journal (`docs/chain-format.md` §8), when `ok`.
    pub merkle_root: Option<String>,
    /// The size of that tree (the number of events).
    pub tree_size: u64,
    /// The last signed checkpoint in the journal (§9), checked, when `ok`.
    pub last_checkpoint: Option<CheckpointSummary>,
    /// The latest RFC 3161 timestamp token (§10), checked offline, when `ok`.
    pub last_timestamp: Option<TimestampSummary>,
    /// A time-stamping authority is configured and the last checkpoint has no token yet (the
    /// app asks for one on its own, again later while the TSA cannot be reached).
    pub timestamp_pending: bool,
    /// Whether a time-stamping authority is configured.
    pub tsa_configured: bool,
}

/// A timestamp token that verify checked: who certified which checkpoint when.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TimestampSummary {
    pub seq: u64,
    pub checkpoint_seq: u64,
    /// The time the TSA certifies (RFC 3339, UTC).
    pub gen_time: String,
    pub tsa_url: String,
    /// The TSA certificate's subject.
    pub tsa_subject: String,
}

/// A signed checkpoint that verify checked: its event, the journal size it covers and its root.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CheckpointSummary {
    pub seq: u64,
    pub size: u64,
    pub root: String,
    /// What made it: `report`, `export`, `backup`, `manual`.
    pub reason: String,
}

impl VerifyOutcome {
    pub fn ok(r: VerifyReport, now: String) -> Self {
        let last_checkpoint = r.checkpoints.last().map(|c| CheckpointSummary {
            seq: c.seq,
            size: c.size,
            root: c.root.clone(),
            reason: c.reason.clone(),
        });
        let last_timestamp = r.timestamps.last().map(|t| TimestampSummary {
            seq: t.seq,
            checkpoint_seq: t.checkpoint_seq,
            gen_time: t.gen_time.to_string(),
            tsa_url: t.tsa_url.clone(),
            tsa_subject: t.tsa_subject.clone(),
        });
        let tsa_configured = !r.tsa_urls.is_empty();
        let timestamp_pending = tsa_configured
            && last_checkpoint.as_ref().is_some_and(|c| {
                last_timestamp
                    .as_ref()
                    .is_none_or(|t| t.checkpoint_seq != c.seq)
            });
        VerifyOutcome {
            last_timestamp,
            timestamp_pending,
            tsa_configured,
            ok: true,
            events: r.events,
            head_seq: r.head_seq,
            head_hash: r.head_hash,
            problem: None,
            checked_at: now,
            merkle_root: Some(r.merkle_root),
            tree_size: r.tree_size,
            last_checkpoint,
        }
    }

    pub fn failed(head: (u64, String), problem: String, now: String) -> Self {
        VerifyOutcome {
            ok: false,
            events: head.0,
            head_seq: head.0,
            head_hash: head.1,
            problem: Some(problem),
            checked_at: now,
            merkle_root: None,
            tree_size: 0,
            last_checkpoint: None,
            last_timestamp: None,
            timestamp_pending: false,
            tsa_configured: false,
        }
    }
}

/// The result of a successful unlock. The UI then asks `verify`, which checks the register in
/// the background (every unlock is verified; the register is shown meanwhile).
#[derive(Debug, Clone, Serialize, TS)]
pub struct Unlocked {
    pub org: Org,
    pub settings: Settings,
    /// Shared with a team (`docs/team.md`): the top bar then shows the sharing state.
    pub shared: bool,
}
