//! Key management on an open register: change the passphrase, rotate the data key
//! (re-encrypting the whole register so the old key no longer opens it), and add or remove the
//! OS keyring entry. Each change is a journal event; no key material is ever written in clear.

use serde_json::json;
use zeroize::Zeroizing;

use crate::error::{Error, Reason, Result};
use crate::keys::{self, DataKey, KeyFile};
use crate::projection::kind;
use crate::register::Register;
use crate::storage;

impl Register {
    /// Replaces the passphrase slot (also sets one on a keyring-only register).
    pub fn change_passphrase(&mut self, new: &str) -> Result<()> {
        keys::check_passphrase(new)?;
        let mut kf = self.keys.clone();
        kf.set_passphrase(&self.key, new)?;
        kf.save(&keys::key_file_path(&self.path))?;
        self.keys = kf;
        self.write(|w| w.append(kind::KEY_PASSPHRASE_CHANGED, None, json!({})))?;
        Ok(())
    }

    /// Stores the data key in the OS keyring (verified by reading it back).
    pub fn keyring_add(&mut self) -> Result<()> {
        keys::keyring_store(self.keys.register_id, &self.key)?;
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
        if !self.keys.has_passphrase() {
            return Err(Error::invalid(
                "passphrase",
                Reason::RequiredWith { other: "keyring" },
            ));
        }
        keys::keyring_delete(self.keys.register_id)?;
        let mut kf = self.keys.clone();
        kf.keyring = false;
        kf.save(&keys::key_file_path(&self.path))?;
        self.keys = kf;
        self.write(|w| w.append(kind::KEY_KEYRING_REMOVED, None, json!({})))?;
        Ok(())
    }

    /// Re-encrypts the register with a new random data key and new key slots. `passphrase` is
    /// required when the register has a passphrase slot. Returns the reopened register and the
    /// new recovery key (the old one, and the old data key, no longer open it).
    pub fn rotate_key(self, passphrase: Option<&str>) -> Result<(Register, Zeroizing<String>)> {
        if self.keys.has_passphrase() && passphrase.is_none() {
            return Err(Error::invalid("passphrase", Reason::Empty));
        }
        let new_key = DataKey::generate();
        let (mut new_keys, recovery) =
            KeyFile::create(self.keys.register_id, &new_key, passphrase)?;
        new_keys.keyring = self.keys.keyring;
        let (staged_db, staged_keys) = keys::staged_paths(&self.path);
        let _ = std::fs::remove_file(&staged_db);
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let export = (|| -> Result<()> {
            self.conn
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
            // The connection was opened without SQLITE_OPEN_CREATE, which ATTACH inherits: an empty
            // file is a valid new database.
            std::fs::File::create(&staged_db).map_err(|e| Error::io(&staged_db, e))?;
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
            new_keys.save(&staged_keys)?;
            Ok(())
        })();
        if let Err(e) = export {
            let _ = self.conn.execute_batch("DETACH DATABASE rotated;");
            let _ = std::fs::remove_file(&staged_db);
            let _ = std::fs::remove_file(&staged_keys);
            return Err(e);
        }
        let Register {
            conn,
            path,
            actor,
            keys: old_keys,
            ..
        } = self;
        drop(conn);
        keys::swap_in_staged(&path)?;
        if new_keys.keyring {
            keys::keyring_store(new_keys.register_id, &new_key)?;
        }
        let mut conn = storage::open(&path, &new_key, false)?;
        storage::migrate(&mut conn)?;
        let mut reg = Register::from_parts(conn, new_key, &path, new_keys, &actor);
        reg.write(|w| {
            w.append(
                kind::KEY_ROTATED,
                None,
                json!({
                    "passphrase_slot": old_keys.has_passphrase(), "keyring": reg_keyring(&old_keys),
                }),
            )
        })?;
        Ok((reg, recovery))
    }
}

fn reg_keyring(k: &KeyFile) -> bool {
    k.keyring
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
        let (reg, recovery) = match reg.rotate_key(Some("rotation passphrase")) {
            Ok(x) => x,
            Err(e) => panic!("{e:?}"),
        };
        assert!(reg.head().unwrap().0 > seq);
        assert!(reg.verify(None).is_ok());
        assert_eq!(recovery.split('-').count(), 8);
    }
}
