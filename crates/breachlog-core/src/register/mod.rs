//! The register: one encrypted SQLite file plus its key file. Every operation validates its
//! input completely, then appends its event(s) and updates the projections in one immediate
//! transaction, so a refused operation writes nothing and an acknowledged one is durable.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension};
use serde_json::{json, Value};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::journal::Event;
use crate::projection::kind;
use crate::store::keys::{self, DataKey, KeyFile};
use crate::store::lock::{KeyLock, RegisterLock};
use crate::store::storage;
use crate::Ts;

pub mod checkpoints;
mod create;
mod events;
pub mod evidence;
mod incidents;
pub(crate) mod inputs;
mod key_changes;
pub mod proofs;
pub mod regulation;
mod retention;
#[cfg(test)]
mod session_tests;
pub mod team;
pub mod timestamps;
mod write;
pub use create::PendingRegister;
pub use events::SecretRows;
pub(crate) use events::{open_event, raw_event, sealed_error, secrets_of, RawEvent, EVENT_COLUMNS};
pub use evidence::{EvidenceWritten, CHUNK_SIZE, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_MIB};
pub use inputs::{AssessmentInput, IncidentInput, OrgInput, SettingsInput};
pub use retention::{retention_months, RetentionItem};
pub use team::{EvidenceChunk, ReplicaInit, SealedEvent, TeamCreated, TeamState};
pub use write::Writer;
pub(crate) use write::{diff, head_of, to_map};

/// How to obtain the data key.
#[derive(Debug)]
pub enum UnlockMethod {
    Passphrase(Zeroizing<String>),
    RecoveryKey(Zeroizing<String>),
    Keyring,
}

impl UnlockMethod {
    fn name(&self) -> &'static str {
        match self {
            UnlockMethod::Passphrase(_) => "passphrase",
            UnlockMethod::RecoveryKey(_) => "recovery_key",
            UnlockMethod::Keyring => "keyring",
        }
    }
}

/// What `init` needs.
#[derive(Debug, Default)]
pub struct InitOptions {
    pub org: OrgInput,
    /// Wrap the data key with this passphrase (required unless `keyring`).
    pub passphrase: Option<Zeroizing<String>>,
    /// Also store the data key in the OS keyring.
    pub keyring: bool,
    pub actor: String,
}

/// A journal entry shown in timelines (`log`, `incident show`).
pub type TimelineEntry = Event;

/// An open (unlocked) register.
pub struct Register {
    pub(crate) conn: Connection,
    /// The data key, kept for backups and key changes; zeroised on drop.
    pub(crate) key: DataKey,
    pub(crate) path: PathBuf,
    pub(crate) keys: KeyFile,
    pub(crate) actor: String,
    /// The `session.unlocked` payload not yet in the journal: it is committed with the first
    /// write, or by [`Register::record_access`], so a refused operation writes nothing at all.
    pub(crate) pending_unlock: Option<Value>,
    /// The `key.signing_published` payload not yet in the journal (a register whose signing key
    /// was created at this unlock, or whose publication was never committed): committed with
    /// the first write, like `pending_unlock`.
    pub(crate) pending_publish: Option<Value>,
    /// The shared register lock held while this register is open (`None` for the temporary
    /// copies a restore or restore test opens).
    pub(crate) lock: Option<RegisterLock>,
    /// How this register was unlocked (`passphrase`, `recovery_key`, `keyring`; `created`).
    pub(crate) unlocked_with: &'static str,
}

impl std::fmt::Debug for Register {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Register")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// The default register location: `<OS data dir>/breachlog/register.db`.
pub fn default_path() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("breachlog")
        .join("register.db")
}

impl Register {
    /// Creates a new register. Returns it open, with the recovery key to show once (not yet
    /// confirmed: see [`Register::confirm_recovery_key`]). The desktop app uses
    /// [`PendingRegister`] to have the key confirmed before anything is written.
    pub fn init(path: &Path, opts: InitOptions) -> Result<(Register, Zeroizing<String>)> {
        let pending = PendingRegister::prepare(path, opts)?;
        let recovery = Zeroizing::new(pending.recovery_key().to_string());
        Ok((pending.create()?, recovery))
    }

    /// Opens and unlocks a register, recording the unlock in the journal (access log).
    ///
    /// Under the register's key lock (attempts are serialised): the delay after failed attempts
    /// is checked, a wrong passphrase or recovery key is counted before the answer is returned,
    /// and the count is reset after a success. The count lives in the key lock file; the key
    /// slots are never written by an unlock.
    pub fn open(path: &Path, method: UnlockMethod, actor: &str, client: &str) -> Result<Register> {
        if !path.exists() {
            return Err(Error::RegisterMissing(path.to_path_buf()));
        }
        let key_lock = KeyLock::acquire(path)?;
        let lock = RegisterLock::shared(path, &key_lock)?;
        keys::finish_pending_swap(path)?;
        let key_path = keys::key_file_path(path);
        keys::remove_abandoned_key_file_writes(&key_path);
        crate::store::files::make_private(path);
        crate::store::files::make_private(&key_path);
        let mut key_file = KeyFile::load(&key_path)?;
        // Earlier versions counted in the key file; the larger count wins.
        let mut before = key_lock.attempts();
        if key_file.failed_unlocks.count > before.count {
            before = key_file.failed_unlocks.clone();
        }
        if let Some(wait_secs) = before.wait_seconds(Ts::now()) {
            return Err(Error::TooManyAttempts { wait_secs });
        }
        // Attempts are serialised by the key lock, so each one sees the count of those before
        // it. A guess is tried only if its count can be written (the record is rewritten as it
        // is first), and a wrong one is counted before its result is returned. A process killed
        // in between has learnt nothing, so its attempt need not count.
        let guess = !matches!(method, UnlockMethod::Keyring);
        if guess {
            key_lock.set_attempts(&before)?;
        }
        let unwrapped = match &method {
            UnlockMethod::Passphrase(p) => key_file.unlock_passphrase(p),
            UnlockMethod::RecoveryKey(r) => key_file.unlock_recovery(r),
            UnlockMethod::Keyring => {
                if key_file.keyring {
                    keys::keyring_load(&key_file.keyring_name())
                } else {
                    Err(Error::NoKey)
                }
            }
        };
        let key = match unwrapped {
            Ok(k) => k,
            Err(Error::WrongKey) => {
                if guess {
                    key_lock.set_attempts(&crate::store::lock::FailedUnlocks {
                        count: before.count.saturating_add(1),
                        last_at: Some(Ts::now().to_string()),
                    })?;
                }
                return Err(Error::WrongKey);
            }
            Err(e) => return Err(e),
        };
        let mut conn = storage::open(path, &key, false)?;
        storage::migrate(&mut conn)?;
        // Registers created before signed checkpoints get their signing key at the first unlock
        // (key file version 2); it is published with the first write.
        if key_file.signing.is_none() {
            key_file.add_signing_key(&key)?;
            key_file.save(&key_path)?;
        }
        let pending_publish = checkpoints::publication_needed(&conn, &key_file)?;
        if before.count > 0 {
            key_lock.set_attempts(&Default::default())?;
        }
        if key_file.failed_unlocks.count > 0 {
            // Moved into the lock file; best effort (the larger count wins anyway).
            key_file.failed_unlocks = Default::default();
            let _ = key_file.save(&key_path);
        }
        let pending = json!({
            "method": method.name(),
            "client": client,
            "failed_attempts_before": before.count,
            "last_failed_at": before.last_at,
        });
        let mut reg = Register {
            conn,
            key,
            path: path.to_path_buf(),
            keys: key_file,
            actor: actor.to_string(),
            pending_unlock: Some(pending),
            pending_publish,
            lock: Some(lock),
            unlocked_with: method.name(),
        };
        drop(key_lock);
        if before.count > 0 {
            // The failures are recorded in the journal now.
            reg.record_access()?;
        }
        Ok(reg)
    }

    /// An open register from its parts (restore, key rotation); records no unlock.
    pub(crate) fn from_parts(
        conn: Connection,
        key: DataKey,
        path: &Path,
        keys: KeyFile,
        actor: &str,
    ) -> Register {
        Register {
            conn,
            key,
            path: path.to_path_buf(),
            keys,
            actor: actor.to_string(),
            pending_unlock: None,
            pending_publish: None,
            lock: None,
            unlocked_with: "restore",
        }
    }

    /// The latest event of `kind` (the backup kinds have a partial index, storage migration 7,
    /// so this reads one index entry instead of scanning the journal).
    pub fn latest_event_of_kind(&self, kind: &str) -> Result<Option<Event>> {
        let raw = self
            .conn
            .prepare_cached(&format!(
                "{EVENT_COLUMNS} WHERE kind = ?1 ORDER BY seq DESC LIMIT 1"
            ))?
            .query_row([kind], raw_event)
            .optional()?;
        Ok(raw.map(RawEvent::into_event).transpose()?)
    }

    /// Commits the pending `session.unlocked` event (access log) if it is not in the journal yet.
    pub fn record_access(&mut self) -> Result<()> {
        if self.pending_unlock.is_some() {
            self.write(|_| Ok(()))?;
        }
        Ok(())
    }

    /// An **unencrypted** register for the benchmark baseline ("the same code on plain SQLite").
    /// Only compiled with the `bench` feature; never used by the app or the CLI.
    #[cfg(feature = "bench")]
    pub fn create_unencrypted_for_benchmark(path: &Path) -> Result<Register> {
        let mut conn = Connection::open(path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;",
        )?;
        conn.set_prepared_statement_cache_capacity(storage::STATEMENT_CACHE);
        storage::migrate(&mut conn)?;
        let key = DataKey::generate();
        let (mut keys, _) = KeyFile::create(Uuid::now_v7(), &key, None)?;
        keys.add_signing_key(&key)?;
        Ok(Register {
            conn,
            key,
            path: path.to_path_buf(),
            keys,
            actor: "bench".into(),
            pending_unlock: None,
            pending_publish: None,
            lock: None,
            unlocked_with: "bench",
        })
    }

    /// Records an explicit lock (desktop lock button, idle lock) and closes the register.
    pub fn lock(mut self, reason: &str) -> Result<()> {
        self.write(|w| w.append(kind::SESSION_LOCKED, None, json!({ "reason": reason })))?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn register_id(&self) -> Uuid {
        self.keys.register_id
    }

    pub fn key_file(&self) -> &KeyFile {
        &self.keys
    }

    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// Read access to the connection for queries in sibling modules.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// What the benchmark (`breachlog-bench`, feature `bench`) needs beyond the operations: the
/// connection (to generate without an fsync per operation) and raw appends (the append figure).
#[cfg(feature = "bench")]
impl Register {
    pub fn bench_connection(&self) -> &Connection {
        &self.conn
    }

    pub fn bench_write<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        self.write(f)
    }
}
