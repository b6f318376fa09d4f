//! Creating a register: its key slots derived in memory first ([`PendingRegister`]), the files
//! written only once the recovery key is confirmed (or at once by [`Register::init`]).

use std::path::{Path, PathBuf};

use serde_json::json;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::domain::{Org, Settings};
use crate::error::{Error, Result};
use crate::projection::kind;
use crate::store::keys::{self, DataKey, KeyFile};
use crate::store::lock::{KeyLock, RegisterLock};
use crate::store::storage;

use super::{diff, to_map};
use super::{InitOptions, Register};

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
        key_file.add_signing_key(&key)?;
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
            crate::store::files::create_private_dir_all(dir)?;
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
            drop(crate::store::files::create_new_private(path)?);
            let mut conn = storage::open(path, &key, true)?;
            storage::migrate(&mut conn)?;
            let mut reg = Register {
                conn,
                key: DataKey::from_bytes(key.bytes()),
                path: path.to_path_buf(),
                keys: key_file.clone(),
                actor: actor.clone(),
                pending_unlock: None,
                pending_publish: None,
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
                if let Some(publish) = super::checkpoints::publication(&key_file) {
                    w.append(kind::KEY_SIGNING_PUBLISHED, None, publish)?;
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
                crate::store::files::remove_register_files(path);
                if keyring {
                    let _ = keys::keyring_delete(&key_file.keyring_name());
                }
                Err(e)
            }
        }
    }
}
