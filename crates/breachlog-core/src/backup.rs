//! Encrypted backups. A backup is one file: a header with the register's key file (wrapped
//! keys only, no secret in clear) followed by a page-for-page copy of the SQLCipher database made
//! with SQLite's online backup API under the same key. The bytes are never plaintext.
//!
//! ```text
//! "BREACHLOG-BACKUP v1\n" | u32 big-endian length | key file JSON | encrypted database bytes
//! ```

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::Backup;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::error::{Error, Reason, Result};
use crate::journal::VerifyReport;
use crate::projection::kind;
use crate::register::Register;
use crate::store::keys::{self, DataKey, KeyFile};
use crate::store::storage;
use crate::{Ts, UnlockMethod};

const MAGIC: &[u8] = b"BREACHLOG-BACKUP v1\n";
/// File name extension of backups.
pub const EXTENSION: &str = "blbackup";

/// A backup that was written.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct BackupInfo {
    pub path: PathBuf,
    pub sha256: String,
    pub bytes: u64,
    pub head_seq: u64,
    pub head_hash: String,
}

/// The last successful backup and restore test, from the journal.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BackupStatus {
    pub last_backup_at: Option<Ts>,
    pub last_backup_file: Option<String>,
    pub last_restore_test_at: Option<Ts>,
    pub last_restore_test_ok: Option<bool>,
}

fn damaged(path: &Path, detail: &str) -> Error {
    Error::KeyFileDamaged {
        path: path.to_path_buf(),
        detail: detail.to_string(),
    }
}

/// Reads the header of a backup: its key file and where the database bytes start.
pub fn read_header(path: &Path) -> Result<(KeyFile, u64)> {
    let mut f = fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut magic = vec![0u8; MAGIC.len()];
    f.read_exact(&mut magic)
        .map_err(|_| damaged(path, "not a Breachlog backup"))?;
    if magic != MAGIC {
        return Err(damaged(path, "not a Breachlog backup"));
    }
    let mut len = [0u8; 4];
    f.read_exact(&mut len)
        .map_err(|_| damaged(path, "truncated header"))?;
    let len = u32::from_be_bytes(len) as usize;
    if len > 1 << 20 {
        return Err(damaged(path, "header too large"));
    }
    let mut json = vec![0u8; len];
    f.read_exact(&mut json)
        .map_err(|_| damaged(path, "truncated header"))?;
    let key_file: KeyFile =
        serde_json::from_slice(&json).map_err(|e| damaged(path, &e.to_string()))?;
    Ok((key_file, (MAGIC.len() + 4 + len) as u64))
}

/// Copies the database part of a backup to `dest` (still encrypted).
fn extract_db(backup: &Path, offset: u64, dest: &Path) -> Result<()> {
    let mut src = fs::File::open(backup).map_err(|e| Error::io(backup, e))?;
    std::io::Seek::seek(&mut src, std::io::SeekFrom::Start(offset))
        .map_err(|e| Error::io(backup, e))?;
    let _ = fs::remove_file(dest);
    let mut out = crate::store::files::create_new_private(dest)?;
    std::io::copy(&mut src, &mut out).map_err(|e| Error::io(dest, e))?;
    out.sync_all().map_err(|e| Error::io(dest, e))
}

fn file_sha256(path: &Path) -> Result<String> {
    let mut f = fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut h = Sha256::new();
    std::io::copy(&mut f, &mut h).map_err(|e| Error::io(path, e))?;
    Ok(hex::encode(h.finalize()))
}

/// Opens a restored database with `key` and verifies it completely.
fn verify_restored(db: &Path, key: &DataKey, key_file: KeyFile) -> Result<VerifyReport> {
    let mut conn = storage::open(db, key, false)?;
    check_every_page(&conn)?;
    storage::migrate(&mut conn)?;
    let reg = Register::from_parts(
        conn,
        DataKey::from_bytes(key.bytes()),
        db,
        key_file,
        "restore",
    );
    let report = reg.verify(None);
    drop(reg);
    report
}

/// SQLCipher's HMAC check of every page plus SQLite's structural check: a restore test must
/// notice damage in pages that verification of the journal never reads.
fn check_every_page(conn: &rusqlite::Connection) -> Result<()> {
    let fail = |detail: String| -> Error {
        crate::IntegrityError {
            seq: 0,
            reason: crate::IntegrityReason::Malformed { detail },
        }
        .into()
    };
    let mut stmt = conn.prepare("PRAGMA cipher_integrity_check")?;
    let problems: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if let Some(first) = problems.first() {
        return Err(fail(format!("encrypted page check: {first}")));
    }
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if ok != "ok" {
        return Err(fail(format!("database structure: {ok}")));
    }
    Ok(())
}

fn unlock(key_file: &KeyFile, method: &UnlockMethod) -> Result<DataKey> {
    match method {
        UnlockMethod::Passphrase(p) => key_file.unlock_passphrase(p),
        UnlockMethod::RecoveryKey(r) => key_file.unlock_recovery(r),
        UnlockMethod::Keyring => keys::keyring_load(&key_file.keyring_name()),
    }
}

impl Register {
    /// Writes an encrypted backup into `dir` and records `backup.created`.
    pub fn backup_create(&mut self, dir: &Path) -> Result<BackupInfo> {
        crate::store::files::create_private_dir_all(dir)?;
        let (head_seq, head_hash) = self.head()?;
        let stamp = Ts::now().as_utc().format("%Y%m%dT%H%M%S%.6fZ");
        let name = format!("breachlog-{stamp}-{head_seq:08}.{EXTENSION}");
        let path = dir.join(&name);
        crate::store::files::check_output(&path, Some(&self.path))?;
        let tmp_db = dir.join(format!(".{name}.db.partial"));
        let result = (|| -> Result<u64> {
            {
                // Private before SQLite writes a page into it.
                drop(crate::store::files::create_new_private(&tmp_db)?);
                let mut dst = storage::open(&tmp_db, &self.key, false)?;
                dst.execute_batch("PRAGMA journal_mode = DELETE;")?;
                let backup = Backup::new(&self.conn, &mut dst)?;
                backup.run_to_completion(512, Duration::ZERO, None)?;
            }
            let header = serde_json::to_vec(&self.keys).map_err(|e| Error::Data(e.to_string()))?;
            let mut out = crate::store::files::AtomicFile::create(&path)?;
            out.write_all(MAGIC).map_err(|e| Error::io(&path, e))?;
            out.write_all(&(header.len() as u32).to_be_bytes())
                .map_err(|e| Error::io(&path, e))?;
            out.write_all(&header).map_err(|e| Error::io(&path, e))?;
            let mut db = fs::File::open(&tmp_db).map_err(|e| Error::io(&tmp_db, e))?;
            let bytes = std::io::copy(&mut db, &mut out).map_err(|e| Error::io(&path, e))?;
            out.commit()?;
            Ok(bytes)
        })();
        let _ = fs::remove_file(&tmp_db);
        result?;
        let sha256 = file_sha256(&path)?;
        let bytes = fs::metadata(&path).map_err(|e| Error::io(&path, e))?.len();
        let (signer, origin) = (self.signer()?, self.origin());
        self.write(|w| {
            w.append(kind::BACKUP_CREATED, None, json!({
                "file_name": name, "sha256": sha256, "bytes": bytes, "head_seq": head_seq, "head_hash": head_hash,
            }))?;
            w.append_checkpoint(&signer, &origin, crate::register::checkpoints::REASON_BACKUP)
        })?;
        Ok(BackupInfo {
            path,
            sha256,
            bytes,
            head_seq,
            head_hash,
        })
    }

    /// Restores `backup` into a temporary encrypted register, runs the full verify, and records
    /// `backup.restore_tested` (also when it fails). The register's own key is tried first; a
    /// backup made before a key rotation needs `method`.
    pub fn backup_verify(
        &mut self,
        backup: &Path,
        method: Option<&UnlockMethod>,
    ) -> Result<VerifyReport> {
        let (key_file, offset) = read_header(backup)?;
        let sha256 = file_sha256(backup)?;
        let mut builder = tempfile::Builder::new();
        builder.prefix("breachlog-restore-test");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o700));
        }
        let tmp = builder.tempdir().map_err(|e| Error::io(backup, e))?;
        let db = tmp.path().join("restore-test.db");
        extract_db(backup, offset, &db)?;
        let outcome = match verify_restored(
            &db,
            &DataKey::from_bytes(self.key.bytes()),
            key_file.clone(),
        ) {
            Err(Error::WrongKey) => match method {
                Some(m) => {
                    unlock(&key_file, m).and_then(|k| verify_restored(&db, &k, key_file.clone()))
                }
                None => Err(Error::WrongKey),
            },
            other => other,
        };
        drop(tmp);
        let file_name = backup.file_name().map(|n| n.to_string_lossy().into_owned());
        let (ok, detail) = match &outcome {
            Ok(r) => (
                true,
                json!({"events": r.events, "head_seq": r.head_seq, "head_hash": r.head_hash}),
            ),
            Err(e) => (false, json!({"error": e.code().as_str()})),
        };
        self.write(|w| {
            w.append(
                kind::BACKUP_RESTORE_TESTED,
                None,
                json!({
                    "file_name": file_name, "sha256": sha256, "ok": ok, "result": detail,
                }),
            )
        })?;
        outcome
    }

    /// The last backup and restore test recorded in the journal.
    pub fn backup_status(&self) -> Result<BackupStatus> {
        let mut status = BackupStatus::default();
        if let Some(ev) = self.latest_event_of_kind(kind::BACKUP_CREATED)? {
            status.last_backup_at = Some(ev.ts);
            status.last_backup_file = ev.payload["file_name"].as_str().map(str::to_string);
        }
        if let Some(ev) = self.latest_event_of_kind(kind::BACKUP_RESTORE_TESTED)? {
            status.last_restore_test_at = Some(ev.ts);
            status.last_restore_test_ok = ev.payload["ok"].as_bool();
        }
        Ok(status)
    }

    /// A scheduled backup: writes one when the last is older than `interval_hours`, then keeps
    /// only the newest `keep` backups in `dir`. Returns the new backup, if one was made.
    pub fn backup_scheduled(
        &mut self,
        dir: &Path,
        interval_hours: i64,
        keep: usize,
    ) -> Result<Option<BackupInfo>> {
        let due = match self.backup_status()?.last_backup_at {
            Some(t) => t.seconds_until(Ts::now()) >= interval_hours * 3600,
            None => true,
        };
        if !due {
            return Ok(None);
        }
        let info = self.backup_create(dir)?;
        prune(dir, keep.max(1))?;
        Ok(Some(info))
    }
}

/// The Breachlog backups in `dir`, oldest first (their names start with the UTC time).
pub fn list(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut backups: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == EXTENSION)
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("breachlog-"))
        })
        .collect();
    backups.sort();
    Ok(backups)
}

/// Deletes all but the newest `keep` backups (by name, which starts with the UTC time).
pub fn prune(dir: &Path, keep: usize) -> Result<Vec<PathBuf>> {
    let backups = list(dir)?;
    let remove = backups.len().saturating_sub(keep);
    let removed: Vec<PathBuf> = backups.into_iter().take(remove).collect();
    for p in &removed {
        fs::remove_file(p).map_err(|e| Error::io(p, e))?;
    }
    Ok(removed)
}

/// Restores `backup` to the register path `db`. Refuses to overwrite an existing register
/// unless `force`. The backup is restored next to `db`, verified completely, and only then
/// swapped in; on any failure nothing at `db` changes.
pub fn restore(
    backup: &Path,
    db: &Path,
    method: &UnlockMethod,
    force: bool,
    actor: &str,
) -> Result<VerifyReport> {
    if (db.exists() || keys::key_file_path(db).exists()) && !force {
        return Err(Error::RegisterExists(db.to_path_buf()));
    }
    if db.is_dir() {
        return Err(Error::invalid("db", Reason::NotAnId));
    }
    let (mut key_file, offset) = read_header(backup)?;
    let key = unlock(&key_file, method)?;
    // The restored register gets a keyring entry of its own (security review L3): the backup's
    // key file names the entry of the register it was made from, which may still exist (a copy
    // restored to another path), and a `keyring remove` or rotation of either would otherwise
    // delete or replace the other's key.
    key_file.renew_keyring_generation();
    let mut stored_in_keyring = false;
    if let Some(dir) = db.parent() {
        crate::store::files::create_private_dir_all(dir)?;
    }
    // No other process may have the register open while its files are replaced.
    let key_lock = crate::store::lock::KeyLock::acquire(db)?;
    let _lock = crate::store::lock::RegisterLock::exclusive(db, &key_lock)?;
    keys::finish_pending_swap(db)?;
    let (staged_db, staged_keys) = keys::staged_paths(db);
    let result = (|| -> Result<VerifyReport> {
        extract_db(backup, offset, &staged_db)?;
        let report = {
            let mut conn = storage::open(&staged_db, &key, false)?;
            check_every_page(&conn)?;
            storage::migrate(&mut conn)?;
            let mut reg = Register::from_parts(
                conn,
                DataKey::from_bytes(key.bytes()),
                &staged_db,
                key_file.clone(),
                actor,
            );
            let report = reg.verify(None)?;
            let file_name = backup.file_name().map(|n| n.to_string_lossy().into_owned());
            reg.write(|w| {
                w.append(kind::BACKUP_RESTORED, None, json!({
                    "file_name": file_name, "sha256": file_sha256(backup)?, "head_seq": report.head_seq, "head_hash": report.head_hash,
                }))
            })?;
            reg.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
            report
        };
        for suffix in ["-wal", "-shm"] {
            let mut n = staged_db
                .file_name()
                .map(|n| n.to_os_string())
                .unwrap_or_default();
            n.push(suffix);
            let _ = fs::remove_file(staged_db.with_file_name(n));
        }
        // Where the OS keyring cannot take the key (another machine, no Secret Service), the
        // restored register opens with the passphrase or recovery key that restored it.
        if key_file.keyring {
            stored_in_keyring = keys::keyring_store(&key_file.keyring_name(), &key).is_ok();
            key_file.keyring = stored_in_keyring;
        }
        key_file.save(&staged_keys)?;
        Ok(report)
    })();
    match result {
        // A swap interrupted half-way is finished by the next open (`finish_pending_swap`),
        // with the staged key file and so with its keyring entry.
        Ok(report) => {
            crate::fault::point("restore-before-swap");
            keys::swap_in_staged(db)?;
            Ok(report)
        }
        Err(e) => {
            let _ = fs::remove_file(&staged_db);
            let _ = fs::remove_file(&staged_keys);
            if stored_in_keyring {
                let _ = keys::keyring_delete(&key_file.keyring_name());
            }
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::OrgInput;
    use crate::testing;

    fn names(dir: &Path) -> Vec<String> {
        let mut n: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        n.sort();
        n
    }

    /// Pruning keeps the newest `keep` backups (their names start with the UTC time), deletes
    /// the oldest, and never touches a file that is not a Breachlog backup.
    #[test]
    fn prune_keeps_the_newest_and_deletes_only_the_oldest_backups() {
        let dir = tempfile::tempdir().unwrap();
        let files = [
            "breachlog-20261101T080000.000000Z-00000010.blbackup",
            "breachlog-20261102T080000.000000Z-00000012.blbackup",
            "breachlog-20261103T080000.000000Z-00000015.blbackup",
            "breachlog-20261103T080000.500000Z-00000016.blbackup",
            // Not ours: another prefix, another extension, a partial one.
            "payroll-20250101.blbackup",
            "breachlog-20200101T000000.000000Z-00000001.blbackup.partial",
            "notes.txt",
        ];
        for f in files {
            fs::write(dir.path().join(f), b"x").unwrap();
        }
        let removed = prune(dir.path(), 2).unwrap();
        let removed: Vec<String> = removed
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            removed,
            [
                "breachlog-20261101T080000.000000Z-00000010.blbackup",
                "breachlog-20261102T080000.000000Z-00000012.blbackup",
            ]
        );
        assert_eq!(
            names(dir.path()),
            [
                "breachlog-20200101T000000.000000Z-00000001.blbackup.partial",
                "breachlog-20261103T080000.000000Z-00000015.blbackup",
                "breachlog-20261103T080000.500000Z-00000016.blbackup",
                "notes.txt",
                "payroll-20250101.blbackup",
            ]
        );
        // Fewer backups than `keep`: nothing is deleted.
        assert!(prune(dir.path(), 5).unwrap().is_empty());
        assert_eq!(names(dir.path()).len(), 5);
    }

    /// Scheduled backups: one when due, none before the interval has passed, and the folder
    /// keeps the newest `keep` — the one just made always among them, even with `keep` 0.
    #[test]
    fn scheduled_backups_keep_n_and_never_delete_the_newest() {
        let (_d, mut reg) = testing::register(OrgInput::default(), "t");
        let dir = tempfile::tempdir().unwrap();
        let mut made = Vec::new();
        for _ in 0..3 {
            let info = reg
                .backup_scheduled(dir.path(), 0, 2)
                .unwrap()
                .expect("due");
            made.push(info.path);
            // Backup names carry microseconds; make sure the next one sorts after.
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        assert_eq!(
            list(dir.path()).unwrap(),
            [made[1].clone(), made[2].clone()]
        );
        // Not due yet with a 24-hour interval: nothing made, nothing deleted.
        assert!(reg.backup_scheduled(dir.path(), 24, 2).unwrap().is_none());
        assert_eq!(list(dir.path()).unwrap().len(), 2);
        // keep 0 is taken as 1: the newest backup stays.
        let last = reg
            .backup_scheduled(dir.path(), 0, 0)
            .unwrap()
            .expect("due");
        assert_eq!(list(dir.path()).unwrap(), [last.path]);
    }

    /// A backup made before a key rotation is not opened by the rotated register's key; the
    /// restore test then needs the passphrase of the backup's day and passes with it.
    #[test]
    fn a_backup_from_before_a_rotation_is_tested_with_the_passphrase_of_its_day() {
        let (_d, mut reg) = testing::register(OrgInput::default(), "t");
        let dir = tempfile::tempdir().unwrap();
        let old = reg.backup_create(dir.path()).unwrap();
        let (mut reg, _) = reg
            .rotate_key(Some("another passphrase entirely"), |_| Ok(()))
            .unwrap();
        assert!(matches!(
            reg.backup_verify(&old.path, None),
            Err(Error::WrongKey)
        ));
        let wrong = UnlockMethod::Passphrase(zeroize::Zeroizing::new(
            "another passphrase entirely".into(),
        ));
        assert!(matches!(
            reg.backup_verify(&old.path, Some(&wrong)),
            Err(Error::WrongKey)
        ));
        let right = UnlockMethod::Passphrase(zeroize::Zeroizing::new(testing::PASSPHRASE.into()));
        let report = reg.backup_verify(&old.path, Some(&right)).unwrap();
        assert_eq!(report.head_seq, old.head_seq);
        assert_eq!(report.head_hash, old.head_hash);
    }
}
