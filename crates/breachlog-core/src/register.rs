//! The register: one encrypted SQLite file plus its key file. Every operation validates its
//! input completely, then appends its event(s) and updates the projections in one immediate
//! transaction, so a refused operation writes nothing and an acknowledged one is durable.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::domain::{Action, Incident, Note, Org, Settings};
use crate::error::{Error, IntegrityError, IntegrityReason, Result};
use crate::journal::{ChainVerifier, Event, ExpectHead, VerifyReport, GENESIS_PREV};
use crate::keys::{self, DataKey, KeyFile};
use crate::lock::{KeyLock, RegisterLock};
use crate::projection::{self, kind};
use crate::storage;
use crate::Ts;

mod inputs;
mod retention;
#[cfg(test)]
mod session_tests;
#[cfg(test)]
mod verify_tests;
pub use inputs::{AssessmentInput, IncidentInput, OrgInput, SettingsInput};
pub use retention::{retention_months, RetentionItem};

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

/// A register ready to be created. Its data key and recovery key exist only in memory until
/// [`PendingRegister::create`] writes the files, so a user who closes the app before confirming
/// the recovery key leaves nothing behind, and a register never exists with a recovery key
/// nobody saw.
pub struct PendingRegister {
    path: PathBuf,
    org: Org,
    key: DataKey,
    key_file: KeyFile,
    recovery: Zeroizing<String>,
    actor: String,
}

impl std::fmt::Debug for PendingRegister {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingRegister")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl PendingRegister {
    /// Validates everything `init` needs and derives the key slots; writes nothing.
    pub fn prepare(path: &Path, opts: InitOptions) -> Result<PendingRegister> {
        let org = opts.org.apply(&Org::default())?;
        if path.exists() || keys::key_file_path(path).exists() {
            return Err(Error::RegisterExists(path.to_path_buf()));
        }
        if opts.passphrase.is_none() && !opts.keyring {
            return Err(Error::invalid("passphrase", crate::Reason::Empty));
        }
        let key = DataKey::generate();
        let (mut key_file, recovery) = KeyFile::create(
            Uuid::now_v7(),
            &key,
            opts.passphrase.as_ref().map(|p| p.as_str()),
        )?;
        key_file.keyring = opts.keyring;
        Ok(PendingRegister {
            path: path.to_path_buf(),
            org,
            key,
            key_file,
            recovery,
            actor: opts.actor,
        })
    }

    /// The recovery key, to show (and print in the Recovery Kit) before the register exists.
    pub fn recovery_key(&self) -> &str {
        &self.recovery
    }

    pub fn register_id(&self) -> Uuid {
        self.key_file.register_id
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn org(&self) -> &Org {
        &self.org
    }

    /// Checks the last group of the recovery key as typed back by the user (case, spaces and
    /// dashes ignored) and marks the key confirmed.
    pub fn confirm(&mut self, last_group: &str) -> Result<()> {
        let norm = |t: &str| -> String {
            t.chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_uppercase()
        };
        let expected = self
            .recovery
            .rsplit('-')
            .next()
            .map(norm)
            .unwrap_or_default();
        if expected.is_empty() || norm(last_group) != expected {
            return Err(Error::invalid(
                "recovery_key",
                crate::Reason::NotTheRecoveryKey,
            ));
        }
        self.key_file.recovery_confirmed = true;
        Ok(())
    }

    /// Writes the register: the key file, the encrypted database (both private) and the first
    /// events. On any failure nothing is left behind.
    pub fn create(self) -> Result<Register> {
        let PendingRegister {
            path,
            org,
            key,
            key_file,
            recovery: _,
            actor,
        } = self;
        let path = path.as_path();
        if let Some(dir) = path.parent() {
            crate::files::create_private_dir_all(dir)?;
        }
        let key_lock = KeyLock::acquire(path)?;
        let lock = RegisterLock::shared(path, &key_lock)?;
        let key_path = keys::key_file_path(path);
        if path.exists() || key_path.exists() {
            return Err(Error::RegisterExists(path.to_path_buf()));
        }
        let register_id = key_file.register_id;
        let keyring = key_file.keyring;
        if keyring {
            keys::keyring_store(&key_file.keyring_name(), &key)?;
        }
        let confirmed = key_file.recovery_confirmed;
        let result = (|| -> Result<Register> {
            key_file.save(&key_path)?;
            // SQLite gives its -wal and -shm files the mode of the database file.
            drop(crate::files::create_new_private(path)?);
            let mut conn = storage::open(path, &key, true)?;
            storage::migrate(&mut conn)?;
            let mut reg = Register {
                conn,
                key: DataKey::from_bytes(key.bytes()),
                path: path.to_path_buf(),
                keys: key_file.clone(),
                actor: actor.clone(),
                pending_unlock: None,
                lock: None,
                unlocked_with: "created",
            };
            reg.write(|w| {
                w.append(kind::REGISTER_CREATED, None, json!({
                    "register_id": register_id.to_string(),
                    "schema": storage::SCHEMA_VERSION,
                    "key_slots": {"passphrase": key_file.has_passphrase(), "recovery": true, "keyring": keyring},
                }))?;
                w.append(kind::ORG_UPDATED, None, json!({ "changes": diff(&Org::default(), &org)? }))?;
                w.append(kind::SETTINGS_CHANGED, None, json!({ "changes": to_map(&Settings::default())? }))?;
                if confirmed {
                    w.append(kind::KEY_RECOVERY_CONFIRMED, None, json!({}))?;
                }
                Ok(())
            })?;
            Ok(reg)
        })();
        match result {
            Ok(mut reg) => {
                reg.lock = Some(lock);
                drop(key_lock);
                Ok(reg)
            }
            Err(e) => {
                // Never leave a half-created register behind.
                for p in crate::files::register_files(path) {
                    if p != crate::lock::register_lock_path(path)
                        && p != crate::lock::key_lock_path(path)
                    {
                        let _ = fs::remove_file(p);
                    }
                }
                if keyring {
                    let _ = keys::keyring_delete(&key_file.keyring_name());
                }
                Err(e)
            }
        }
    }
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
        crate::files::make_private(path);
        crate::files::make_private(&key_path);
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
                    key_lock.set_attempts(&crate::keys::FailedUnlocks {
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
        let (keys, _) = KeyFile::create(Uuid::now_v7(), &key, None)?;
        Ok(Register {
            conn,
            key,
            path: path.to_path_buf(),
            keys,
            actor: "bench".into(),
            pending_unlock: None,
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
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one immediate transaction; everything it appends commits together or not at all.
    /// Inside [`Register::atomically`] it joins that operation's transaction instead.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            let (seq, prev) = head_of(&self.conn)?;
            let mut w = Writer {
                conn: &self.conn,
                actor: &self.actor,
                seq,
                prev,
            };
            if let Some(unlock) = self.pending_unlock.take() {
                w.append(kind::SESSION_UNLOCKED, None, unlock)?;
            }
            return f(&mut w);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (seq, prev) = head_of(&tx)?;
        let mut w = Writer {
            conn: &tx,
            actor: &self.actor,
            seq,
            prev,
        };
        if let Some(unlock) = &self.pending_unlock {
            w.append(kind::SESSION_UNLOCKED, None, unlock.clone())?;
        }
        let out = f(&mut w)?;
        tx.commit()?;
        self.pending_unlock = None;
        Ok(out)
    }

    /// Runs a whole operation — its reads, its checks and its writes — in one immediate
    /// transaction, so the rules it checks (lifecycle, notification decisions, filings) are
    /// checked against the state it writes onto, never against a view another process has
    /// changed meanwhile. Writes inside join this transaction; on an error nothing is written.
    pub fn atomically<T>(&mut self, f: impl FnOnce(&mut Register) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f(self);
        }
        let pending = self.pending_unlock.clone();
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let out = f(self).and_then(|v| {
            self.conn.execute_batch("COMMIT")?;
            Ok(v)
        });
        if out.is_err() {
            if !self.conn.is_autocommit() {
                let _ = self.conn.execute_batch("ROLLBACK");
            }
            self.pending_unlock = pending;
        }
        out
    }

    /// Runs `f` holding the register exclusively: no other process has it open meanwhile
    /// (see [`crate::lock`]). Fails with [`Error::RegisterBusy`], changing nothing, when another
    /// process keeps it open for longer than a few seconds. The key file is re-read first.
    pub fn exclusively<T>(
        &mut self,
        f: impl FnOnce(&mut Register, &KeyLock) -> Result<T>,
    ) -> Result<T> {
        let key_lock = KeyLock::acquire(&self.path)?;
        if let Some(lock) = self.lock.as_mut() {
            lock.upgrade(&key_lock)?;
        }
        let out = self.reload_keys().and_then(|()| f(self, &key_lock));
        let back = match self.lock.as_mut() {
            Some(lock) => lock.downgrade(&key_lock),
            None => Ok(()),
        };
        let out = out?;
        back?;
        Ok(out)
    }

    /// Re-reads the key file (another process may have changed it; callers hold the key lock).
    pub(crate) fn reload_keys(&mut self) -> Result<()> {
        let path = keys::key_file_path(&self.path);
        let current = KeyFile::load(&path)?;
        if current.register_id != self.keys.register_id {
            return Err(Error::KeyFileDamaged {
                path,
                detail: "the key file belongs to another register".into(),
            });
        }
        self.keys = current;
        Ok(())
    }

    /// SQLite's data version of this connection: it changes when another connection (another
    /// process) commits. The desktop app polls it to reload what it shows.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// How this register was unlocked: `passphrase`, `recovery_key`, `keyring` (or `created`).
    pub fn unlocked_with(&self) -> &'static str {
        self.unlocked_with
    }

    /// Whether the user has confirmed holding the current recovery key.
    pub fn recovery_confirmed(&self) -> bool {
        self.keys.recovery_confirmed
    }

    // ---- operations -------------------------------------------------------------------

    pub fn create_incident(&mut self, input: &IncidentInput) -> Result<Incident> {
        let created = input.validate_new(Ts::now())?;
        let id = Uuid::now_v7();
        self.write(|w| {
            w.append(
                kind::INCIDENT_CREATED,
                Some(id),
                json!({ "incident": created }),
            )?;
            w.incident(id)
        })
    }

    pub fn update_incident(&mut self, id: Uuid, input: &IncidentInput) -> Result<Incident> {
        self.atomically(|reg| {
            let current = reg.incident(id)?;
            let updated = input.apply(&current, Ts::now())?;
            let changes = diff(&current, &updated)?;
            if changes.is_empty() {
                return Ok(current);
            }
            reg.write(|w| {
                w.append(
                    kind::INCIDENT_UPDATED,
                    Some(id),
                    json!({ "changes": changes }),
                )?;
                crate::regulation::derive::sync(w, id)?;
                w.incident(id)
            })
        })
    }

    /// Moves an incident through its lifecycle. `close_reason` is required to close from
    /// triage; `note` is required to reopen.
    pub fn transition(
        &mut self,
        id: Uuid,
        to: &str,
        at: Option<&str>,
        close_reason: Option<&str>,
        note: Option<&str>,
    ) -> Result<Incident> {
        self.atomically(|reg| {
            let current = reg.incident(id)?;
            let payload =
                inputs::transition_payload(&current, to, at, close_reason, note, Ts::now())?;
            reg.write(|w| {
                w.append(kind::INCIDENT_TRANSITIONED, Some(id), payload)?;
                crate::regulation::derive::sync(w, id)?;
                w.incident(id)
            })
        })
    }

    pub fn assess(&mut self, id: Uuid, input: &AssessmentInput) -> Result<Incident> {
        self.atomically(|reg| {
            let current = reg.incident(id)?;
            let settings = reg.settings()?;
            let before = current.assessment.clone().unwrap_or_default();
            let mut input = input.clone();
            if let Some(list) = &input.controllers {
                input.controllers = Some(crate::regulation::ops::resolve_controllers(reg, list)?);
            }
            let org_role = reg.org()?.default_role;
            let after = input.apply(
                &current,
                &before,
                &settings,
                org_role,
                &reg.actor,
                Ts::now(),
            )?;
            crate::regulation::ops::check_assessment(&Incident {
                assessment: Some(after.clone()),
                ..current.clone()
            })?;
            let changes = diff(&before, &after)?;
            if changes.is_empty() && current.assessment.is_some() {
                return Ok(current);
            }
            reg.write(|w| {
                w.append(
                    kind::BREACH_ASSESSED,
                    Some(id),
                    json!({ "changes": changes }),
                )?;
                crate::regulation::derive::sync(w, id)?;
                w.incident(id)
            })
        })
    }

    pub fn add_action(
        &mut self,
        id: Uuid,
        title: &str,
        owner: Option<&str>,
        due_at: Option<&str>,
    ) -> Result<Action> {
        self.atomically(|reg| {
            reg.incident(id)?;
            let payload = inputs::action_payload(title, owner, due_at)?;
            let action_id: Uuid = serde_json::from_value(payload["action_id"].clone())
                .map_err(|e| Error::Data(e.to_string()))?;
            reg.write(|w| {
                w.append(kind::ACTION_ADDED, Some(id), payload)?;
                projection::load_action(w.conn, action_id)?
                    .ok_or_else(|| Error::Data("action not stored".into()))
            })
        })
    }

    /// Marks an action done (or not done again).
    pub fn set_action_done(&mut self, action_id: Uuid, done: bool) -> Result<Action> {
        self.atomically(|reg| {
            let action = reg.action(action_id)?;
            if action.done == done {
                return Ok(action);
            }
            let (k, payload) = if done {
                (
                    kind::ACTION_DONE,
                    json!({ "action_id": action_id.to_string(), "at": Ts::now() }),
                )
            } else {
                (
                    kind::ACTION_REOPENED,
                    json!({ "action_id": action_id.to_string() }),
                )
            };
            reg.write(|w| {
                w.append(k, Some(action.incident_id), payload)?;
                projection::load_action(w.conn, action_id)?
                    .ok_or_else(|| Error::Data("action not stored".into()))
            })
        })
    }

    pub fn add_note(&mut self, id: Uuid, text: &str) -> Result<Note> {
        self.atomically(|reg| {
            reg.incident(id)?;
            let text = crate::validate::text("note", text)?;
            if text.trim().is_empty() {
                return Err(Error::invalid("note", crate::Reason::Empty));
            }
            let note_id = Uuid::now_v7();
            reg.write(|w| {
                w.append(
                    kind::NOTE_ADDED,
                    Some(id),
                    json!({ "note_id": note_id.to_string(), "text": text }),
                )?;
                Ok(())
            })?;
            reg.notes(id)?
                .into_iter()
                .find(|n| n.id == note_id)
                .ok_or_else(|| Error::Data("note not stored".into()))
        })
    }

    pub fn update_org(&mut self, input: &OrgInput) -> Result<Org> {
        self.atomically(|reg| {
            let current = reg.org()?;
            let updated = input.apply(&current)?;
            let changes = diff(&current, &updated)?;
            if !changes.is_empty() {
                // Open incidents are re-derived (regimes, lead authority, time zone may have changed).
                let open: Vec<Uuid> = reg
                    .list_incidents(&crate::query::IncidentFilter {
                        limit: Some(10_000),
                        ..Default::default()
                    })?
                    .rows
                    .iter()
                    .filter(|r| r.status != crate::domain::Status::Closed.as_str())
                    .filter_map(|r| Uuid::parse_str(&r.id).ok())
                    .collect();
                reg.write(|w| {
                    w.append(kind::ORG_UPDATED, None, json!({ "changes": changes }))?;
                    for id in open {
                        crate::regulation::derive::sync(w, id)?;
                    }
                    Ok(())
                })?;
            }
            Ok(updated)
        })
    }

    pub fn update_settings(&mut self, input: &SettingsInput) -> Result<Settings> {
        self.atomically(|reg| {
            let current = reg.settings()?;
            let updated = input.apply(&current)?;
            let changes = diff(&current, &updated)?;
            if !changes.is_empty() {
                reg.write(|w| {
                    w.append(kind::SETTINGS_CHANGED, None, json!({ "changes": changes }))
                })?;
            }
            Ok(updated)
        })
    }

    // ---- queries ----------------------------------------------------------------------

    pub fn incident(&self, id: Uuid) -> Result<Incident> {
        projection::load_incident(&self.conn, id)?.ok_or_else(|| Error::NotFound {
            entity: "incident",
            id: id.to_string(),
        })
    }

    pub fn action(&self, id: Uuid) -> Result<Action> {
        projection::load_action(&self.conn, id)?.ok_or_else(|| Error::NotFound {
            entity: "action",
            id: id.to_string(),
        })
    }

    /// Resolves a full id or a unique prefix (at least 4 characters) of an incident id.
    pub fn resolve_incident(&self, text: &str) -> Result<Uuid> {
        self.resolve("incidents", "incident", text)
    }

    pub fn resolve_action(&self, text: &str) -> Result<Uuid> {
        self.resolve("actions", "action", text)
    }

    fn resolve(&self, table: &str, entity: &'static str, text: &str) -> Result<Uuid> {
        let t = text.trim().to_ascii_lowercase();
        if t.len() < 4 || !t.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            return Err(Error::invalid("id", crate::Reason::NotAnId));
        }
        let mut stmt = self.conn.prepare(&format!(
            "SELECT id FROM {table} WHERE id LIKE ?1 || '%' LIMIT 2"
        ))?;
        let ids: Vec<String> = stmt
            .query_map([&t], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        match ids.as_slice() {
            [one] => Uuid::parse_str(one).map_err(|e| Error::Data(e.to_string())),
            [] => Err(Error::NotFound {
                entity,
                id: text.to_string(),
            }),
            _ => Err(Error::invalid("id", crate::Reason::Duplicate)),
        }
    }

    pub fn actions(&self, incident: Uuid) -> Result<Vec<Action>> {
        projection::load_docs(
            &self.conn,
            "SELECT doc FROM actions WHERE incident_id = ?1 ORDER BY id",
            &incident.to_string(),
        )
    }

    pub fn notes(&self, incident: Uuid) -> Result<Vec<Note>> {
        projection::load_docs(
            &self.conn,
            "SELECT doc FROM notes WHERE incident_id = ?1 ORDER BY id",
            &incident.to_string(),
        )
    }

    pub fn org(&self) -> Result<Org> {
        Ok(projection::load_org(&self.conn)?.unwrap_or_default())
    }

    pub fn settings(&self) -> Result<Settings> {
        projection::load_settings(&self.conn)
    }

    /// Journal events, optionally only those about `subject`, in seq order.
    pub fn events(&self, subject: Option<Uuid>) -> Result<Vec<Event>> {
        let (sql, arg) = match subject {
            Some(s) => (
                format!("{EVENT_COLUMNS} WHERE subject = ?1 ORDER BY seq"),
                Some(s.to_string()),
            ),
            None => (format!("{EVENT_COLUMNS} ORDER BY seq"), None),
        };
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = match arg {
            Some(a) => stmt
                .query_map([a], raw_event)?
                .collect::<rusqlite::Result<Vec<_>>>()?,
            None => stmt
                .query_map([], raw_event)?
                .collect::<rusqlite::Result<Vec<_>>>()?,
        };
        rows.into_iter()
            .map(|r| r.into_event().map_err(Error::from))
            .collect()
    }

    /// Like [`Register::events`], with the values of sealed personal fields put back (redacted
    /// ones read [`crate::seal::REDACTED`]): for timelines. Hashes are those of the sealed form.
    pub fn events_opened(&self, subject: Option<Uuid>) -> Result<Vec<Event>> {
        self.events(subject)?
            .into_iter()
            .map(|ev| open_event(&self.conn, ev))
            .collect()
    }

    /// Streams the events with `from <= seq <= to` in order, checking each one's format.
    pub fn for_each_event(
        &self,
        from: u64,
        to: u64,
        mut f: impl FnMut(Event) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare(&format!(
            "{EVENT_COLUMNS} WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq"
        ))?;
        let mut rows = stmt.query(params![from as i64, to as i64])?;
        while let Some(row) = rows.next()? {
            f(raw_event(row)?.into_event()?)?;
        }
        Ok(())
    }

    /// Frees the connection's cache of decrypted pages (`PRAGMA shrink_memory`); it refills
    /// as pages are read again. For a long computation after a large read (reports).
    pub fn release_cache(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA shrink_memory;")?;
        Ok(())
    }

    /// The latest event's (seq, hash); (0, 64 zeros) for an empty journal.
    pub fn head(&self) -> Result<(u64, String)> {
        head_of(&self.conn)
    }

    // ---- integrity --------------------------------------------------------------------

    /// Verifies the chain (streaming), rebuilds every projection from the events and compares
    /// it with the stored tables, and checks the optional external anchor.
    pub fn verify(&self, expect: Option<ExpectHead>) -> Result<VerifyReport> {
        self.verifier()?.run(expect)
    }

    /// A verification of the register as it is now, on connections of its own: it can run on
    /// another thread while the register is read and written (the desktop app verifies in the
    /// background after unlock). See [`Verifier::run`].
    pub fn verifier(&self) -> Result<Verifier> {
        Verifier::open(&self.path, &self.key)
    }

    /// Compares the journal with an earlier export (see [`crate::journal::compare_with_reference`]).
    pub fn compare_with_reference(&self, reference: impl std::io::BufRead) -> Result<u64> {
        let mut stmt = self
            .conn
            .prepare("SELECT seq, hash FROM events ORDER BY seq")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get::<_, String>(1)?))
        })?;
        let pairs = rows.map(|r| {
            r.map_err(|e| IntegrityError {
                seq: 0,
                reason: IntegrityReason::Malformed {
                    detail: e.to_string(),
                },
            })
        });
        Ok(crate::journal::compare_with_reference(pairs, reference)?)
    }

    /// Refuses an output path that is a symlink, a folder or one of this register's own files.
    /// Callers check before they record anything, so a refused export writes nothing.
    pub fn check_output(&self, out: &Path) -> Result<()> {
        crate::files::check_output(out, Some(&self.path))
    }

    /// Writes an output file chosen by the user (a report, a calendar file): checked with
    /// [`Register::check_output`], private, atomic.
    pub fn save_output(&self, out: &Path, bytes: &[u8]) -> Result<()> {
        self.check_output(out)?;
        crate::files::write_atomic(out, bytes)
    }

    /// Writes the journal as canonical JSON lines (atomically), then records the export.
    pub fn export_journal(&mut self, out: &Path) -> Result<VerifyReport> {
        self.check_output(out)?;
        let written = (|| -> Result<(u64, String, String)> {
            let file = crate::files::AtomicFile::create(out)?;
            let mut w = BufWriter::new(file);
            let mut hasher = Sha256::new();
            let mut count = 0u64;
            let mut stmt = self
                .conn
                .prepare(&format!("{EVENT_COLUMNS} ORDER BY seq"))?;
            let mut rows = stmt.query([])?;
            let mut head = GENESIS_PREV.to_string();
            while let Some(row) = rows.next()? {
                let ev = raw_event(row)?.into_event()?;
                let line = ev.to_line().map_err(|e| Error::Data(e.to_string()))? + "\n";
                hasher.update(line.as_bytes());
                w.write_all(line.as_bytes())
                    .map_err(|e| Error::io(out, e))?;
                count = ev.seq;
                head = ev.hash;
            }
            let file = w.into_inner().map_err(|e| Error::io(out, e.into_error()))?;
            file.commit()?;
            Ok((count, head, hex::encode(hasher.finalize())))
        })();
        let (count, head, sha) = written?;
        self.write(|w| {
            w.append(
                kind::JOURNAL_EXPORTED,
                None,
                json!({
                    "events": count, "head_seq": count, "head_hash": head, "file_sha256": sha,
                    "file_name": out.file_name().map(|n| n.to_string_lossy().into_owned()),
                }),
            )
        })?;
        Ok(VerifyReport {
            events: count,
            head_seq: count,
            head_hash: head,
            redactions: Vec::new(),
        })
    }
}

/// A register verification with its own two connections, each in a read transaction on the
/// same journal head: one snapshot of the register, whatever is written meanwhile (the journal
/// is append-only and every write appends an event, so the same head is the same state).
pub struct Verifier {
    events: Connection,
    tables: Connection,
    head: (u64, String),
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Verifier")
    }
}

impl Verifier {
    fn open(path: &Path, key: &DataKey) -> Result<Verifier> {
        let events = storage::open(path, key, false)?;
        let tables = storage::open(path, key, false)?;
        // Both read every page once, in order: a small cache is as fast as the large one of the
        // register's own connection and keeps ~100 MiB out of the verification's memory.
        for conn in [&events, &tables] {
            conn.execute_batch("PRAGMA cache_size = -8192;")?;
        }
        events.execute_batch("BEGIN")?;
        let mut head = head_of(&events)?;
        // A write between the two snapshots: take both again (writes are short).
        for _ in 0..1000 {
            tables.execute_batch("BEGIN")?;
            if head_of(&tables)? == head {
                return Ok(Verifier {
                    events,
                    tables,
                    head,
                });
            }
            tables.execute_batch("COMMIT")?;
            events.execute_batch("COMMIT; BEGIN")?;
            head = head_of(&events)?;
        }
        Err(Error::Data(
            "the register changed during every attempt to take a snapshot for verification".into(),
        ))
    }

    /// The (seq, hash) of the snapshot's last event.
    pub fn head(&self) -> &(u64, String) {
        &self.head
    }

    /// Checks the chain, the sealed values and the anchor, rebuilds every projection from the
    /// events and compares it with the stored tables.
    pub fn run(self, expect: Option<ExpectHead>) -> Result<VerifyReport> {
        let Verifier { events, tables, .. } = self;
        // This thread reads the events with their sealed values (`event_secrets`, merged in seq
        // order) and checks the chain; it hashes the stored canonical payload text directly (see
        // `chain_fast_path`) and parses only an event that does not pass, so the accepted events
        // and the errors are exactly the same. A second thread parses the payloads, checks the
        // sealed values against their commitments (`SealedFields`) and replays the events into an
        // in-memory copy of the projections. Events cross in batches through a bounded channel.
        // Then, on an intact chain, this thread compares the incidents straight from the replay's
        // memory with the stored rows while the replay thread compares the other tables through
        // a second connection.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Replayed>>(16);
        let (spare_tx, spare_rx) = std::sync::mpsc::sync_channel::<Vec<RawEvent>>(32);
        let (incidents_tx, incidents_rx) = std::sync::mpsc::sync_channel(1);
        let (compare_tx, compare_rx) = std::sync::mpsc::sync_channel(1);
        let replay = ReplayThread {
            events: rx,
            spare: spare_tx,
            incidents: incidents_tx,
            compare_at: compare_rx,
            stored: tables,
        };
        let rebuild = std::thread::spawn(move || replay.run());
        // Events before a chain error still reach the replay thread (its error may come first).
        let mut batch = Vec::with_capacity(VERIFY_BATCH);
        let chain = (|| -> Result<VerifyReport> {
            let mut verifier = ChainVerifier::new(expect);
            let mut stmt = events.prepare(&format!("{EVENT_COLUMNS} ORDER BY seq"))?;
            let mut rows = stmt.query([])?;
            let mut secrets = events.prepare(SecretsCursor::SQL)?;
            let mut secrets = SecretsCursor::new(secrets.query([])?)?;
            let mut body = String::with_capacity(4096);
            // Row buffers the replay thread has finished with (glibc's allocator is slow when
            // one thread frees what another allocated).
            let mut spare: Vec<RawEvent> = Vec::new();
            while let Some(row) = rows.next()? {
                if spare.is_empty() {
                    if let Ok(returned) = spare_rx.try_recv() {
                        spare = returned;
                    }
                }
                let mut raw = spare.pop().unwrap_or_default();
                raw.fill(row)?;
                let seq = raw.seq;
                // The chain first, then the stored values (an orphan value of a deleted event is
                // reported as the gap it leaves).
                let checked = if chain_fast_path(&raw, &mut body)
                    && verifier.accept_hashed(raw.seq as u64, &raw.prev, &raw.hash)
                {
                    Err(raw) // parsed on the replay thread
                } else {
                    let ev = raw.into_event()?;
                    verifier.push(&ev)?;
                    Ok(ev)
                };
                let values = secrets.take(seq)?;
                batch.push(match checked {
                    Ok(ev) => Replayed::Event(ev, values),
                    Err(raw) => Replayed::Raw(raw, values),
                });
                if batch.len() == VERIFY_BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(VERIFY_BATCH));
                    if tx.send(full).is_err() {
                        break; // the replay stopped early; its error is reported below
                    }
                }
            }
            secrets.finish()?;
            Ok(verifier.finish()?)
        })();
        // A failed send means the replay stopped; its error is reported below.
        let _ = tx.send(batch);
        drop(tx);
        let incidents = match (&chain, incidents_rx.recv()) {
            (Ok(report), Ok(mut replayed)) => {
                let _ = compare_tx.send(report.head_seq);
                Some(compare_incidents(&events, &mut replayed))
            }
            _ => None,
        };
        drop(compare_tx);
        let replayed = rebuild
            .join()
            .map_err(|_| Error::Data("projection rebuild thread panicked".into()))?;
        // The first problem in journal order: a sealed value found wrong by the replay thread
        // comes before a chain error at a later seq, as when both were checked on one thread.
        let (mut report, replayed) = match (chain, replayed) {
            (Err(c), Err(ReplayFailure::Sealed(r))) => {
                let seq = |e: &Error| match e {
                    Error::Integrity(i) => i.seq,
                    _ => u64::MAX,
                };
                return Err(if seq(&r) < seq(&c) { r } else { c });
            }
            (Err(c), _) => return Err(c),
            (Ok(_), Err(ReplayFailure::Sealed(e) | ReplayFailure::Replay(e))) => return Err(e),
            (Ok(report), Ok(replayed)) => (report, replayed),
        };
        // The first table that differs, in `storage::PROJECTIONS` order.
        let incidents_at = storage::PROJECTIONS
            .iter()
            .position(|(t, _)| *t == "incidents")
            .unwrap_or(0);
        let incidents = match incidents {
            Some(Ok(Some(key))) => {
                Some((incidents_at, mismatch("incidents", key, report.head_seq)))
            }
            Some(Err(e)) => return Err(e),
            Some(Ok(None)) | None => None,
        };
        let others = replayed.mismatch?;
        if let Some((_, e)) = [incidents, others]
            .into_iter()
            .flatten()
            .min_by_key(|(at, _)| *at)
        {
            return Err(e);
        }
        report.redactions = replayed.redactions;
        Ok(report)
    }
}

/// Appends events inside a [`Register::write`] transaction.
pub struct Writer<'a> {
    pub(crate) conn: &'a Connection,
    actor: &'a str,
    seq: u64,
    prev: String,
}

impl Writer<'_> {
    /// Appends one event and applies it to the projections. Personal fields are sealed
    /// (`seal`): the hashed payload holds their commitments, `event_secrets` their values.
    pub fn append(&mut self, kind: &str, subject: Option<Uuid>, payload: Value) -> Result<Event> {
        if let Some(s) = subject {
            if !matches!(kind, kind::INCIDENT_REDACTED | kind::REPORT_ISSUED)
                && is_redacted(self.conn, s)?
            {
                return Err(Error::invalid("incident", crate::Reason::Redacted));
            }
        }
        let personal = !crate::seal::personal_paths(kind, &payload).is_empty();
        let plain = personal.then(|| payload.clone());
        let mut sealed = payload;
        let secrets =
            crate::seal::seal(kind, &mut sealed).map_err(|e| Error::Data(e.to_string()))?;
        let ev = Event::next(
            self.seq,
            &self.prev,
            Ts::now(),
            self.actor,
            kind,
            subject,
            sealed,
        )
        .map_err(|e| Error::Data(e.to_string()))?;
        let payload_text =
            crate::canonical::to_string(&ev.payload).map_err(|e| Error::Data(e.to_string()))?;
        self.conn.prepare_cached(
            "INSERT INTO events (seq, id, ts, actor, kind, subject, payload, prev, hash) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
        )?.execute(
            params![
                ev.seq as i64,
                ev.id.to_string(),
                ev.ts.to_string(),
                ev.actor,
                ev.kind,
                ev.subject.map(|s| s.to_string()),
                payload_text,
                ev.prev,
                ev.hash
            ],
        )?;
        if secrets.is_empty() {
            projection::apply(self.conn, &ev)?;
        } else {
            let mut stmt = self.conn.prepare_cached(
                "INSERT INTO event_secrets (seq, path, salt, value) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for s in &secrets {
                stmt.execute(params![ev.seq as i64, s.path, s.salt, s.value])?;
            }
            let mut opened = ev.clone();
            opened.payload = plain.unwrap_or(Value::Null);
            projection::apply(self.conn, &opened)?;
        }
        self.seq = ev.seq;
        self.prev.clone_from(&ev.hash);
        Ok(ev)
    }

    pub fn connection(&self) -> &Connection {
        self.conn
    }

    pub fn incident(&self, id: Uuid) -> Result<Incident> {
        projection::load_incident(self.conn, id)?.ok_or_else(|| Error::NotFound {
            entity: "incident",
            id: id.to_string(),
        })
    }
}

const EVENT_COLUMNS: &str =
    "SELECT seq, id, ts, actor, kind, subject, payload, prev, hash FROM events";

/// An events row as stored, before it is checked.
#[derive(Default)]
struct RawEvent {
    seq: i64,
    id: String,
    ts: String,
    actor: String,
    kind: String,
    subject: Option<String>,
    payload: String,
    prev: String,
    hash: String,
}

/// What `verify` hands to its replay thread, with the event's stored sealed values: a stored
/// row whose hash already checked out (the payload is parsed there), or an event the chain
/// check parsed itself.
enum Replayed {
    /// A stored row whose hash checked out: the payload is parsed on the replay thread (its
    /// errors are reported in seq order with the sealed-value errors).
    Raw(RawEvent, SecretRows),
    Event(Event, SecretRows),
}

/// Why the replay of `verify` stopped: a sealed value that does not open (ordered with the
/// chain's errors by seq), or an event the projections cannot take.
enum ReplayFailure {
    Sealed(Error),
    Replay(Error),
}

/// The replay thread of `verify`: parses the events, opens and checks their sealed fields, and
/// replays them into an in-memory copy of the projections (incidents kept in memory); then hands
/// the incidents over and, when told the head seq, compares the other tables with `stored`.
struct ReplayThread {
    events: std::sync::mpsc::Receiver<Vec<Replayed>>,
    /// Row buffers handed back to the reading thread for reuse.
    spare: std::sync::mpsc::SyncSender<Vec<RawEvent>>,
    incidents: std::sync::mpsc::SyncSender<ReplayedIncidents>,
    compare_at: std::sync::mpsc::Receiver<u64>,
    stored: Connection,
}

/// Opens one event's sealed fields and applies it to the replayed projections.
fn replay_one(
    projector: &mut projection::Projector<'_>,
    sealed: &mut SealedFields,
    mut ev: Event,
    values: SecretRows,
) -> std::result::Result<(), ReplayFailure> {
    sealed
        .open(&mut ev, values)
        .map_err(ReplayFailure::Sealed)?;
    projection::apply_to(projector, &ev).map_err(|e| {
        ReplayFailure::Replay(
            IntegrityError {
                seq: ev.seq,
                reason: IntegrityReason::Malformed {
                    detail: e.to_string(),
                },
            }
            .into(),
        )
    })
}

/// What the replay thread of `verify` found once the journal replayed cleanly.
struct ReplayOutcome {
    redactions: Vec<crate::journal::Redaction>,
    /// The first table other than `incidents` that differs (its `PROJECTIONS` index).
    mismatch: Result<Option<(usize, Error)>>,
}

impl ReplayThread {
    fn run(self) -> std::result::Result<ReplayOutcome, ReplayFailure> {
        let mut rebuilt = storage::memory_projection_db().map_err(ReplayFailure::Replay)?;
        let txn = rebuilt
            .transaction()
            .map_err(|e| ReplayFailure::Replay(e.into()))?;
        let mut projector = projection::Projector::replay(&txn);
        let mut sealed = SealedFields::default();
        // After the first failure the rest is only received (the chain thread keeps sending).
        let mut failed: Option<ReplayFailure> = None;
        for batch in self.events {
            let mut spare = Vec::with_capacity(batch.len());
            for item in batch {
                if failed.is_some() {
                    continue;
                }
                let (ev, values) = match item {
                    Replayed::Event(ev, values) => (Ok(ev), values),
                    Replayed::Raw(raw, values) => {
                        let ev = raw.to_event();
                        spare.push(raw);
                        (ev, values)
                    }
                };
                match ev {
                    Ok(ev) => failed = replay_one(&mut projector, &mut sealed, ev, values).err(),
                    Err(e) => failed = Some(ReplayFailure::Sealed(e.into())),
                }
            }
            let _ = self.spare.try_send(spare);
        }
        if let Some(f) = failed {
            return Err(f);
        }
        let redactions = sealed.finish().map_err(ReplayFailure::Sealed)?;
        let incidents = projector.into_incidents();
        txn.commit().map_err(|e| ReplayFailure::Replay(e.into()))?;
        let _ = self.incidents.send(incidents);
        let mismatch = match self.compare_at.recv() {
            Ok(head_seq) => compare_tables(&self.stored, &rebuilt, head_seq),
            Err(_) => Ok(None), // the chain failed: nothing to compare
        };
        Ok(ReplayOutcome {
            redactions,
            mismatch,
        })
    }
}

/// True when the stored event's hash is the SHA-256 of its canonical body with the stored
/// payload text spliced in as is. `Writer::append` stores exactly the canonical payload text,
/// so for every intact event this holds and the payload need not be parsed and re-serialised
/// to check the chain. A matching hash means the stored text *is* the canonical payload of the
/// hashed event, so it parses back to that object (the replay thread parses it). `false`
/// means only "take the slow path": the caller then parses the event and checks it with
/// `ChainVerifier::push`, which accepts or reports it exactly as before.
fn chain_fast_path(raw: &RawEvent, body: &mut String) -> bool {
    let Ok(seq) = u64::try_from(raw.seq) else {
        return false;
    };
    let (Ok(id), Some(ts)) = (Uuid::parse_str(&raw.id), Ts::parse_canonical(&raw.ts)) else {
        return false;
    };
    let subject = match raw.subject.as_deref().map(Uuid::parse_str) {
        None => None,
        Some(Ok(s)) => Some(s),
        Some(Err(_)) => return false,
    };
    if !raw.payload.starts_with('{') || raw.hash.len() != 64 {
        return false;
    }
    body.clear();
    Event::write_canonical_body_parts(
        body,
        crate::journal::EVENT_VERSION,
        seq,
        &id,
        &ts,
        &raw.actor,
        &raw.kind,
        subject.as_ref(),
        &raw.payload,
        &raw.prev,
    );
    let mut hex_digest = [0u8; 64];
    hex::encode_to_slice(Sha256::digest(body.as_bytes()), &mut hex_digest).is_ok()
        && hex_digest[..] == *raw.hash.as_bytes()
}

fn raw_event(row: &rusqlite::Row<'_>) -> rusqlite::Result<RawEvent> {
    let mut raw = RawEvent::default();
    raw.fill(row)?;
    Ok(raw)
}

impl RawEvent {
    /// Reads `row` into this event's buffers (`verify` recycles them: the strings are then
    /// allocated and freed on the same thread).
    fn fill(&mut self, row: &rusqlite::Row<'_>) -> rusqlite::Result<()> {
        fn set(s: &mut String, row: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<()> {
            s.clear();
            s.push_str(row.get_ref(i)?.as_str()?);
            Ok(())
        }
        self.seq = row.get(0)?;
        set(&mut self.id, row, 1)?;
        set(&mut self.ts, row, 2)?;
        set(&mut self.actor, row, 3)?;
        set(&mut self.kind, row, 4)?;
        match row.get_ref(5)? {
            rusqlite::types::ValueRef::Null => self.subject = None,
            _ => set(self.subject.get_or_insert_with(String::new), row, 5)?,
        }
        set(&mut self.payload, row, 6)?;
        set(&mut self.prev, row, 7)?;
        set(&mut self.hash, row, 8)
    }

    /// The event, leaving this row's buffers for reuse.
    fn to_event(&self) -> Result<Event, IntegrityError> {
        let seq = u64::try_from(self.seq).unwrap_or(0);
        Event::from_columns(
            seq,
            &self.id,
            &self.ts,
            self.actor.clone(),
            self.kind.clone(),
            self.subject.as_deref(),
            &self.payload,
            self.prev.clone(),
            self.hash.clone(),
        )
    }

    fn into_event(self) -> Result<Event, IntegrityError> {
        let seq = u64::try_from(self.seq).unwrap_or(0);
        Event::from_columns(
            seq,
            &self.id,
            &self.ts,
            self.actor,
            self.kind,
            self.subject.as_deref(),
            &self.payload,
            self.prev,
            self.hash,
        )
    }
}

/// Whether `id` is an incident whose personal fields were redacted (it is then read-only).
fn is_redacted(conn: &Connection, id: Uuid) -> Result<bool> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM incidents WHERE id = ?1 AND json_extract(doc, '$.redacted_at') IS NOT NULL",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.is_some())
}

/// Reads `event_secrets` alongside the events `verify` streams (both in seq order) and hands
/// each event its stored values; a value whose event was passed is an orphan.
struct SecretsCursor<'c> {
    rows: rusqlite::Rows<'c>,
    next: Option<(u64, String, String, String)>,
}

impl<'c> SecretsCursor<'c> {
    const SQL: &'static str = "SELECT seq, path, salt, value FROM event_secrets ORDER BY seq, path";

    fn new(mut rows: rusqlite::Rows<'c>) -> Result<Self> {
        let next = Self::read(&mut rows)?;
        Ok(SecretsCursor { rows, next })
    }

    fn read(rows: &mut rusqlite::Rows<'_>) -> Result<Option<(u64, String, String, String)>> {
        Ok(match rows.next()? {
            Some(r) => Some((r.get::<_, i64>(0)? as u64, r.get(1)?, r.get(2)?, r.get(3)?)),
            None => None,
        })
    }

    /// The stored values of the event at `seq`; an error for values of an earlier seq (no
    /// event of theirs read them).
    fn take(&mut self, seq: i64) -> Result<SecretRows> {
        let mut mine: SecretRows = Vec::new();
        while let Some((s, ..)) = &self.next {
            if i64::try_from(*s).map_or(true, |s| s > seq) {
                break;
            }
            if let Some((s, path, salt, value)) = self.next.take() {
                if i64::try_from(s).is_ok_and(|s| s < seq) {
                    return Err(IntegrityError {
                        seq: s,
                        reason: IntegrityReason::SealedValueOrphan { path },
                    }
                    .into());
                }
                mine.push((path, salt, value));
            }
            self.next = Self::read(&mut self.rows)?;
        }
        Ok(mine)
    }

    /// Values left after the last event are orphans.
    fn finish(self) -> Result<()> {
        match self.next {
            Some((seq, path, ..)) => Err(IntegrityError {
                seq,
                reason: IntegrityReason::SealedValueOrphan { path },
            }
            .into()),
            None => Ok(()),
        }
    }
}

/// Checks the sealed fields of the events `verify` replays against their stored values, puts
/// the values back for the projection rebuild, and collects the redactions.
#[derive(Default)]
struct SealedFields {
    /// Events whose values are gone, not (yet) accounted for by a redaction: seq → path.
    missing: std::collections::BTreeMap<u64, &'static str>,
    redactions: Vec<crate::journal::Redaction>,
}

impl SealedFields {
    fn open(&mut self, ev: &mut Event, values: SecretRows) -> Result<()> {
        if !values.is_empty() || !crate::seal::personal_paths(&ev.kind, &ev.payload).is_empty() {
            let opened = crate::seal::open(&ev.kind, &mut ev.payload, &values)
                .map_err(|e| sealed_error(ev.seq, e))?;
            if let Some(path) = opened.missing.first() {
                self.missing.insert(ev.seq, path);
            }
        }
        if ev.kind == kind::INCIDENT_REDACTED {
            let events: Vec<u64> = projection::field(ev, "events")?;
            for seq in &events {
                self.missing.remove(seq);
            }
            self.redactions.push(crate::journal::Redaction {
                seq: ev.seq,
                ts: ev.ts,
                incident: ev.subject,
                events,
                fields: projection::field(ev, "fields")?,
                reason: projection::field(ev, "reason")?,
            });
        }
        Ok(())
    }

    fn finish(self) -> Result<Vec<crate::journal::Redaction>> {
        if let Some((seq, path)) = self.missing.into_iter().next() {
            return Err(IntegrityError {
                seq,
                reason: IntegrityReason::SealedValueMissing { path: path.into() },
            }
            .into());
        }
        Ok(self.redactions)
    }
}

/// The stored values of one event's sealed fields: (path, salt, value).
pub(crate) type SecretRows = Vec<(String, String, String)>;

fn secrets_of(conn: &Connection, seq: u64) -> Result<SecretRows> {
    let mut stmt = conn.prepare_cached(
        "SELECT path, salt, value FROM event_secrets WHERE seq = ?1 ORDER BY path",
    )?;
    let rows = stmt.query_map([seq as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The event with its sealed fields' values put back (redacted ones read [`crate::seal::REDACTED`]):
/// for display and projections. Its `hash` is that of the sealed form.
pub(crate) fn open_event(conn: &Connection, mut ev: Event) -> Result<Event> {
    if crate::seal::personal_paths(&ev.kind, &ev.payload).is_empty() {
        return Ok(ev);
    }
    let secrets = secrets_of(conn, ev.seq)?;
    crate::seal::open(&ev.kind, &mut ev.payload, &secrets).map_err(|e| sealed_error(ev.seq, e))?;
    Ok(ev)
}

fn sealed_error(seq: u64, e: crate::seal::OpenError) -> Error {
    use crate::seal::OpenError;
    let reason = match e {
        OpenError::Mismatch { path } => IntegrityReason::SealedValueMismatch { path },
        OpenError::Orphan { path } => IntegrityReason::SealedValueOrphan { path },
        OpenError::Malformed { path } => IntegrityReason::Malformed {
            detail: format!("stored value {path}"),
        },
    };
    IntegrityError { seq, reason }.into()
}

fn head_of(conn: &Connection) -> Result<(u64, String)> {
    let row: Option<(i64, String)> = conn
        .query_row(
            "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.map_or((0, GENESIS_PREV.to_string()), |(s, h)| (s as u64, h)))
}

fn to_map<T: Serialize>(value: &T) -> Result<Map<String, Value>> {
    match serde_json::to_value(value).map_err(|e| Error::Data(e.to_string()))? {
        Value::Object(m) => Ok(m),
        _ => Err(Error::Data("not an object".into())),
    }
}

/// The members of `after` that differ from `before`.
pub(crate) fn diff<T: Serialize>(before: &T, after: &T) -> Result<Map<String, Value>> {
    let b = to_map(before)?;
    Ok(to_map(after)?
        .into_iter()
        .filter(|(k, v)| b.get(k) != Some(v))
        .collect())
}

/// Compares every projection table with its rebuild, streaming both in primary-key order one
/// row at a time (memory does not grow with the tables); the first differing row is named by
/// its first column, taken from the rebuilt row (or the stored one past the rebuild's end).
fn mismatch(table: &str, key: String, head_seq: u64) -> Error {
    IntegrityError {
        seq: head_seq,
        reason: IntegrityReason::ProjectionMismatch {
            table: table.to_string(),
            key,
        },
    }
    .into()
}

/// Compares every projection table but `incidents` (see [`compare_incidents`]) row by row in key
/// order; the first table that differs, with its index in `storage::PROJECTIONS`.
fn compare_tables(
    stored: &Connection,
    rebuilt: &Connection,
    head_seq: u64,
) -> Result<Option<(usize, Error)>> {
    for (at, (table, pk)) in storage::PROJECTIONS.iter().enumerate() {
        if *table == "incidents" {
            continue;
        }
        let sql = format!("SELECT * FROM {table} ORDER BY {pk}");
        let mut sa = stored.prepare(&sql)?;
        let mut sb = rebuilt.prepare(&sql)?;
        let (na, nb) = (sa.column_count(), sb.column_count());
        let mut ra = sa.query([])?;
        let mut rb = sb.query([])?;
        loop {
            let (a, b) = (ra.next()?, rb.next()?);
            let same = match (a, b) {
                (None, None) => break,
                (Some(a), Some(b)) => {
                    let mut same = na == nb;
                    for i in 0..na.min(nb) {
                        if !same || a.get_ref(i)? != b.get_ref(i)? {
                            same = false;
                            break;
                        }
                    }
                    same
                }
                _ => false,
            };
            if !same {
                let key = match b.or(a) {
                    Some(row) => value_text(&row.get::<_, rusqlite::types::Value>(0)?),
                    None => String::new(),
                };
                return Ok(Some((at, mismatch(table, key, head_seq))));
            }
        }
    }
    Ok(None)
}

/// The incidents a replay holds in memory, by id, with their creation seq.
type ReplayedIncidents = std::collections::HashMap<Uuid, (Incident, u64)>;

/// How many events `verify` hands to its replay thread at a time.
const VERIFY_BATCH: usize = 256;

/// Compares every stored incident row with the replayed incident of the same id (the row
/// `projection::upsert_row` would write for it), and finds replayed incidents without a row.
/// `Some` is the id of the first row that differs, is extra, or is missing.
fn compare_incidents(
    stored: &Connection,
    incidents: &mut ReplayedIncidents,
) -> Result<Option<String>> {
    use rusqlite::types::ValueRef;
    let mut stmt = stored.prepare("SELECT * FROM incidents")?;
    if !stmt.column_names().eq(projection::INCIDENT_COLUMNS) {
        return Ok(Some(String::new()));
    }
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let key = value_text(&row.get::<_, rusqlite::types::Value>(0)?);
        let Some((incident, created)) = Uuid::parse_str(&key)
            .ok()
            .and_then(|id| incidents.remove(&id))
        else {
            return Ok(Some(key));
        };
        let expected = projection::incident_row(&incident, created)?;
        for (i, value) in expected.iter().enumerate() {
            if row.get_ref(i)? != ValueRef::from(value) {
                return Ok(Some(key));
            }
        }
    }
    Ok(incidents.keys().min().map(Uuid::to_string))
}

fn value_text(v: &rusqlite::types::Value) -> String {
    match v {
        rusqlite::types::Value::Integer(i) => i.to_string(),
        rusqlite::types::Value::Text(t) => t.clone(),
        other => format!("{other:?}"),
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Head {
    pub seq: u64,
    pub hash: String,
}
