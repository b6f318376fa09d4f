//! Key management on an open register: change the passphrase, rotate the data key
//! (re-encrypting the whole register so the old key no longer opens it), and add or remove the
//! OS keyring entry. Each change is a journal event; no key material is ever written in clear.

use serde_json::json;
use zeroize::Zeroizing;

use crate::error::{Error, Reason, Result};
use crate::projection::kind;
use crate::register::Register;
use crate::store::keys::{self, DataKey, KeyFile};
use crate::store::lock::KeyLock;
use crate::store::storage;

impl Register {
    /// Replaces the passphrase slot (also sets one on a keyring-only register). Holds the
    /// register exclusively: a process that still has it open would keep the old key file.
    pub fn change_passphrase(&mut self, new: &str) -> Result<()> {
        keys::check_passphrase(new)?;
        self.exclusively(|reg, _| {
            let mut kf = reg.keys.clone();
            kf.set_passphrase(&reg.key, new)?;
            kf.save(&keys::key_file_path(&reg.path))?;
            reg.keys = kf;
            reg.write(|w| w.append(kind::KEY_PASSPHRASE_CHANGED, None, json!({})))?;
            Ok(())
        })
    }

    /// Checks `passphrase` against the register's passphrase slot, as a re-authentication
    /// before a key change in an open session (the desktop app asks for the current passphrase
    /// before it sets a new one). Unlike [`Register::open`] a wrong passphrase is not counted as
    /// a failed unlock: the register is already open, so nothing is guarded by the count here.
    /// Wrong: [`Error::WrongKey`]; no passphrase slot: [`Error::NoKey`]. The key file on disk is
    /// read, so a passphrase another process set meanwhile is the one asked for.
    pub fn verify_passphrase(&self, passphrase: &str) -> Result<()> {
        let current = KeyFile::load(&keys::key_file_path(&self.path))?;
        let key = current.unlock_passphrase(passphrase)?;
        if key.bytes() != self.key.bytes() {
            return Err(Error::WrongKey);
        }
        Ok(())
    }

    /// Replaces the recovery slot with a new recovery key for the same data key; the old
    /// recovery key stops opening this key file (copies of older key files and backups keep
    /// theirs: see `docs/security.md`). The new key counts as unconfirmed until typed back.
    pub fn new_recovery_key(&mut self) -> Result<Zeroizing<String>> {
        self.exclusively(|reg, _| {
            let (fresh, recovery) = KeyFile::create(reg.keys.register_id, &reg.key, None)?;
            let mut kf = reg.keys.clone();
            kf.recovery = fresh.recovery;
            kf.recovery_confirmed = false;
            kf.save(&keys::key_file_path(&reg.path))?;
            reg.keys = kf;
            reg.write(|w| w.append(kind::KEY_RECOVERY_REPLACED, None, json!({})))?;
            Ok(recovery)
        })
    }

    /// Records that the user holds the current recovery key: `typed` must open the recovery
    /// slot. Until then the app reminds at every unlock.
    pub fn confirm_recovery_key(&mut self, typed: &str) -> Result<()> {
        let _key_lock = KeyLock::acquire(&self.path)?;
        self.reload_keys()?;
        let key = self
            .keys
            .unlock_recovery(typed)
            .map_err(|_| Error::invalid("recovery_key", Reason::NotTheRecoveryKey))?;
        if key.bytes() != self.key.bytes() {
            return Err(Error::invalid("recovery_key", Reason::NotTheRecoveryKey));
        }
        if self.keys.recovery_confirmed {
            return Ok(());
        }
        let mut kf = self.keys.clone();
        kf.recovery_confirmed = true;
        kf.save(&keys::key_file_path(&self.path))?;
        self.keys = kf;
        self.write(|w| w.append(kind::KEY_RECOVERY_CONFIRMED, None, json!({})))?;
        Ok(())
    }

    /// Stores the data key in the OS keyring (verified by reading it back).
    pub fn keyring_add(&mut self) -> Result<()> {
        let _key_lock = KeyLock::acquire(&self.path)?;
        self.reload_keys()?;
        keys::keyring_store(&self.keys.keyring_name(), &self.key)?;
        let mut kf = self.keys.clone();
        kf.keyring = true;
        kf.save(&keys::key_file_path(&self.path))?;
        self.keys = kf;
        self.write(|w| w.append(kind::KEY_KEYRING_ADDED, None, json!({})))?;
        Ok(())
    }

    /// Removes the keyring entry. Refused without a passphrase slot (it would lock the user out
    /// of daily use, leaving only the recovery key).
    pub fn keyring_remove(&mut self) -> Result<()> {
        let _key_lock = KeyLock::acquire(&self.path)?;
        self.reload_keys()?;
        if !self.keys.has_passphrase() {
            return Err(Error::invalid(
                "passphrase",
                Reason::RequiredWith { other: "keyring" },
            ));
        }
        let mut kf = self.keys.clone();
        kf.keyring = false;
        kf.save(&keys::key_file_path(&self.path))?;
        keys::keyring_delete(&self.keys.keyring_name())?;
        self.keys = kf;
        self.write(|w| w.append(kind::KEY_KEYRING_REMOVED, None, json!({})))?;
        Ok(())
    }

    /// Re-encrypts the register with a new random data key and new key slots. `passphrase` is
    /// required when the register has a passphrase slot. Returns the reopened register and the
    /// new recovery key (the old one, and the old data key, no longer open it).
    ///
    /// Every step that can fail runs before the swap, and each failure leaves the register as it
    /// was, opening with the keys the user holds: the register is held exclusively (no other
    /// process has it open), the new key is stored in the keyring under a new entry first, then
    /// the re-encrypted copy and its key file are written and synced beside the register, then
    /// `show_recovery` is given the new recovery key (the CLI prints it; if that fails, nothing
    /// is swapped). Only then are the files swapped in. After the swap the old keyring entry is
    /// removed (best effort) and the rotation is recorded in the journal.
    pub fn rotate_key(
        mut self,
        passphrase: Option<&str>,
        show_recovery: impl FnOnce(&str) -> Result<()>,
    ) -> Result<(Register, Zeroizing<String>)> {
        let key_lock = KeyLock::acquire(&self.path)?;
        if let Some(lock) = self.lock.as_mut() {
            lock.upgrade(&key_lock)?;
        }
        let staged = self
            .reload_keys()
            .and_then(|()| self.stage_rotation(passphrase));
        let (new_key, new_keys, recovery) = match staged {
            Ok(s) => s,
            Err(e) => {
                if let Some(lock) = self.lock.as_mut() {
                    let _ = lock.downgrade(&key_lock);
                }
                return Err(e);
            }
        };
        let (staged_db, staged_keys) = keys::staged_paths(&self.path);
        let abandon = |new_keys: &KeyFile| {
            let _ = std::fs::remove_file(&staged_db);
            let _ = std::fs::remove_file(&staged_keys);
            if new_keys.keyring {
                let _ = keys::keyring_delete(&new_keys.keyring_name());
            }
        };
        if let Err(e) = show_recovery(&recovery) {
            abandon(&new_keys);
            if let Some(lock) = self.lock.as_mut() {
                let _ = lock.downgrade(&key_lock);
            }
            return Err(e);
        }
        let Register {
            conn,
            path,
            actor,
            keys: old_keys,
            mut lock,
            ..
        } = self;
        drop(conn);
        keys::swap_in_staged(&path)?;
        if old_keys.keyring && old_keys.keyring_name() != new_keys.keyring_name() {
            let _ = keys::keyring_delete(&old_keys.keyring_name());
        }
        let mut conn = storage::open(&path, &new_key, false)?;
        storage::migrate(&mut conn)?;
        let mut reg = Register::from_parts(conn, new_key, &path, new_keys, &actor);
        if let Some(l) = lock.as_mut() {
            l.downgrade(&key_lock)?;
        }
        reg.lock = lock;
        reg.unlocked_with = "rotation";
        drop(key_lock);
        reg.write(|w| {
            w.append(
                kind::KEY_ROTATED,
                None,
                json!({
                    "passphrase_slot": old_keys.has_passphrase(), "keyring": old_keys.keyring,
                }),
            )
        })?;
        Ok((reg, recovery))
    }

    /// Writes the re-encrypted copy and its key file beside the register (`*.next`), and the new
    /// key into the keyring when the register uses it. On failure nothing is left.
    fn stage_rotation(
        &mut self,
        passphrase: Option<&str>,
    ) -> Result<(DataKey, KeyFile, Zeroizing<String>)> {
        if self.keys.has_passphrase() && passphrase.is_none() {
            return Err(Error::invalid("passphrase", Reason::Empty));
        }
        let new_key = DataKey::generate();
        let (mut new_keys, recovery) =
            KeyFile::create(self.keys.register_id, &new_key, passphrase)?;
        new_keys.keyring = self.keys.keyring;
        // The signing key stays the register's (its public key is published in the journal).
        new_keys.signing = self.keys.signing.clone();
        new_keys.rewrap_signing(&self.key, &new_key)?;
        if new_keys.keyring {
            keys::keyring_store(&new_keys.keyring_name(), &new_key)?;
        }
        let (staged_db, staged_keys) = keys::staged_paths(&self.path);
        let _ = std::fs::remove_file(&staged_db);
        let _ = std::fs::remove_file(&staged_keys);
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let export = (|| -> Result<()> {
            self.conn
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
            // The connection was opened without SQLITE_OPEN_CREATE, which ATTACH inherits: an
            // empty (private) file is a valid new database.
            drop(crate::store::files::create_new_private(&staged_db)?);
            let path_text = staged_db.to_string_lossy().into_owned();
            self.conn.execute(
                &format!(
                    "ATTACH DATABASE ?1 AS rotated KEY {}",
                    new_key.sqlcipher_literal().as_str()
                ),
                [path_text],
            )?;
            self.conn
                .query_row("SELECT sqlcipher_export('rotated')", [], |_| Ok(()))?;
            self.conn.execute_batch(&format!(
                "PRAGMA rotated.user_version = {version}; DETACH DATABASE rotated;"
            ))?;
            std::fs::File::open(&staged_db)
                .and_then(|f| f.sync_all())
                .map_err(|e| Error::io(&staged_db, e))?;
            new_keys.save(&staged_keys)?;
            Ok(())
        })();
        if let Err(e) = export {
            let _ = self.conn.execute_batch("DETACH DATABASE rotated;");
            let _ = std::fs::remove_file(&staged_db);
            let _ = std::fs::remove_file(&staged_keys);
            if new_keys.keyring {
                let _ = keys::keyring_delete(&new_keys.keyring_name());
            }
            return Err(e);
        }
        Ok((new_key, new_keys, recovery))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::{InitOptions, OrgInput};

    #[test]
    fn rotate_keeps_the_data_and_changes_the_key() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("r.db");
        let opts = InitOptions {
            org: OrgInput::default(),
            passphrase: Some(Zeroizing::new("rotation passphrase".into())),
            keyring: false,
            actor: "t".into(),
        };
        let (reg, _) = Register::init(&db, opts).unwrap();
        let (seq, _) = reg.head().unwrap();
        let (reg, recovery) = match reg.rotate_key(Some("rotation passphrase"), |_| Ok(())) {
            Ok(x) => x,
            Err(e) => panic!("{e:?}"),
        };
        assert!(reg.head().unwrap().0 > seq);
        assert!(reg.verify(None).is_ok());
        assert_eq!(recovery.split('-').count(), 8);
    }

    /// The app asks for the current passphrase before a change: the right one passes, a wrong
    /// one is `WrongKey`, and neither counts as a failed unlock (the unlock delay is untouched).
    #[test]
    fn verify_passphrase_checks_the_slot_without_counting_failures() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("r.db");
        let opts = InitOptions {
            org: OrgInput::default(),
            passphrase: Some(Zeroizing::new("the current passphrase".into())),
            keyring: false,
            actor: "t".into(),
        };
        let (mut reg, _) = Register::init(&db, opts).unwrap();
        reg.verify_passphrase("the current passphrase").unwrap();
        for _ in 0..6 {
            assert!(matches!(
                reg.verify_passphrase("not the passphrase"),
                Err(Error::WrongKey)
            ));
        }
        assert_eq!(crate::store::keys::read_attempts(&db).count, 0);
        reg.change_passphrase("a brand new passphrase").unwrap();
        assert!(matches!(
            reg.verify_passphrase("the current passphrase"),
            Err(Error::WrongKey)
        ));
        reg.verify_passphrase("a brand new passphrase").unwrap();
    }
}
