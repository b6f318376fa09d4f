//! Advisory locks between the processes that open one register (the desktop app, CLIs, the
//! scheduler). Two lock files sit beside the register, both locked with `flock`:
//!
//! * `<register>.lock` — held **shared** by every open register for as long as it is open
//!   (SQLite itself serialises reads and writes), **exclusive** by operations that replace or
//!   rewrite what other processes have open: key rotation, restore, passphrase change, new
//!   recovery key, redaction. An exclusive operation that cannot get it within a few seconds
//!   fails with [`Error::RegisterBusy`], naming the processes that hold the register, and
//!   changes nothing.
//! * `<register>.keys.lock` — **exclusive**, held across every read-modify-write of the key file
//!   (a passphrase change, keyring slot changes), across every unlock attempt (delay check →
//!   count → key derivation → reset; the count of failed attempts is kept in this file) and for
//!   the whole of an exclusive operation. It is always taken before the register lock, so no two
//!   processes wait for each other.
//!
//! A shared lock is upgraded by releasing it and taking the exclusive lock while the key lock is
//! held: nobody can take the exclusive lock in between (every exclusive holder holds the key lock
//! first), and new openers wait on the key lock instead of starving the upgrade.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::files;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

pub use super::paths::{key_lock_path, register_lock_path};

/// How long an exclusive operation waits for the other processes to close the register.
pub const EXCLUSIVE_WAIT: Duration = Duration::from_secs(5);
/// How long an unlock waits for another process's key-file change (a rotation re-encrypts the
/// whole register and may take a while on a large one).
pub const KEY_WAIT: Duration = Duration::from_secs(30);

/// The wait for locks, overridable (in milliseconds) through `BREACHLOG_LOCK_WAIT_MS` for
/// scripts that prefer to fail fast and for tests.
fn wait_or(default: Duration) -> Duration {
    std::env::var("BREACHLOG_LOCK_WAIT_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .map(Duration::from_millis)
        .unwrap_or(default)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Shared,
    Exclusive,
}

fn try_take(file: &File, mode: Mode) -> std::io::Result<bool> {
    let r = match mode {
        Mode::Shared => file.try_lock_shared(),
        Mode::Exclusive => file.try_lock(),
    };
    match r {
        Ok(()) => Ok(true),
        Err(std::fs::TryLockError::WouldBlock) => Ok(false),
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

/// Takes `mode` on `file`, polling until `wait` has passed.
fn take(file: &File, path: &Path, mode: Mode, wait: Duration, db: &Path) -> Result<()> {
    let deadline = Instant::now() + wait;
    let mut pause = Duration::from_millis(5);
    loop {
        if try_take(file, mode).map_err(|e| Error::io(path, e))? {
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(Error::RegisterBusy {
                path: db.to_path_buf(),
                holders: holders(path),
            });
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(100));
    }
}

/// Failed unlock attempts, counted across restarts.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FailedUnlocks {
    pub count: u32,
    #[serde(default)]
    pub last_at: Option<String>,
}

impl FailedUnlocks {
    /// Failures allowed before unlocking is slowed down.
    pub const FREE_ATTEMPTS: u32 = 5;

    /// Seconds to wait before the next attempt: none for the first five failures, then 30 s,
    /// doubling with every further failure, at most one hour.
    pub fn wait_seconds(&self, now: crate::Ts) -> Option<u64> {
        if self.count < Self::FREE_ATTEMPTS {
            return None;
        }
        let exp = (self.count - Self::FREE_ATTEMPTS).min(7);
        let delay = (30i64 << exp).min(3600);
        let last = self.last_at.as_deref().and_then(crate::Ts::parse)?;
        let remaining = delay - last.seconds_until(now);
        (remaining > 0).then_some(remaining as u64)
    }
}

/// Size of the failed-unlock record kept in the key lock file.
const ATTEMPTS_RECORD: usize = 128;

/// The key-file lock, held while it lives. Its file also holds the count of failed unlock
/// attempts, in a fixed-size record that is overwritten in place: counting an attempt never
/// rewrites the key slots, and still works on a full disk.
#[derive(Debug)]
pub struct KeyLock {
    file: File,
    path: PathBuf,
}

impl KeyLock {
    /// Waits up to [`KEY_WAIT`] for the key-file lock of the register at `db`.
    pub fn acquire(db: &Path) -> Result<KeyLock> {
        let path = key_lock_path(db);
        let file = files::open_lock_file(&path)?;
        take(&file, &path, Mode::Exclusive, wait_or(KEY_WAIT), db)?;
        let lock = KeyLock { file, path };
        let len = lock
            .file
            .metadata()
            .map_err(|e| Error::io(&lock.path, e))?
            .len();
        if len < ATTEMPTS_RECORD as u64 {
            // New (or short): write the full-size record once, so later updates overwrite it in
            // place.
            let current = lock.attempts();
            lock.set_attempts(&current)?;
        }
        Ok(lock)
    }

    /// The failed unlock attempts recorded so far.
    pub fn attempts(&self) -> FailedUnlocks {
        read_attempts_from(&self.file)
    }

    /// Overwrites the record in place and syncs it.
    pub fn set_attempts(&self, attempts: &FailedUnlocks) -> Result<()> {
        use std::io::{Seek, SeekFrom, Write};
        let mut text = serde_json::to_string(attempts).map_err(|e| Error::Data(e.to_string()))?;
        if text.len() >= ATTEMPTS_RECORD {
            return Err(Error::Data("failed-unlock record too long".into()));
        }
        while text.len() < ATTEMPTS_RECORD - 1 {
            text.push(' ');
        }
        text.push('\n');
        let mut f = &self.file;
        f.seek(SeekFrom::Start(0))
            .and_then(|_| f.write_all(text.as_bytes()))
            .and_then(|()| f.sync_data())
            .map_err(|e| Error::io(&self.path, e))
    }
}

pub(crate) fn read_attempts_from(file: &File) -> FailedUnlocks {
    use std::io::{Read, Seek, SeekFrom};
    let mut buf = [0u8; ATTEMPTS_RECORD];
    let mut f = file;
    let n = f
        .seek(SeekFrom::Start(0))
        .and_then(|_| f.read(&mut buf))
        .unwrap_or(0);
    std::str::from_utf8(&buf[..n])
        .ok()
        .and_then(|t| serde_json::from_str(t.trim()).ok())
        .unwrap_or_default()
}

/// The register lock of one open register (shared), or of an exclusive operation.
#[derive(Debug)]
pub struct RegisterLock {
    file: File,
    path: PathBuf,
    db: PathBuf,
    mode: Mode,
}

impl RegisterLock {
    /// The shared lock of an open register. Callers hold the [`KeyLock`], so no exclusive
    /// holder can exist; the wait only covers processes of older versions.
    pub fn shared(db: &Path, _key: &KeyLock) -> Result<RegisterLock> {
        Self::take_new(db, Mode::Shared, wait_or(KEY_WAIT))
    }

    /// The exclusive lock, for an operation on a register this process has not opened
    /// (restore). Fails with [`Error::RegisterBusy`] when another process keeps it open.
    pub fn exclusive(db: &Path, _key: &KeyLock) -> Result<RegisterLock> {
        Self::take_new(db, Mode::Exclusive, wait_or(EXCLUSIVE_WAIT))
    }

    fn take_new(db: &Path, mode: Mode, wait: Duration) -> Result<RegisterLock> {
        let path = register_lock_path(db);
        let file = files::open_lock_file(&path)?;
        take(&file, &path, mode, wait, db)?;
        Ok(RegisterLock {
            file,
            path,
            db: db.to_path_buf(),
            mode,
        })
    }

    /// Upgrades this shared lock to exclusive, waiting up to [`EXCLUSIVE_WAIT`] for the other
    /// processes to close the register. On failure the shared lock is taken back and the error
    /// names the holders. `_key` proves the key lock is held (see the module documentation).
    pub fn upgrade(&mut self, _key: &KeyLock) -> Result<()> {
        if self.mode == Mode::Exclusive {
            return Ok(());
        }
        // flock converts a lock by dropping it first; release explicitly so our own shared lock
        // is not reported as a holder.
        self.file.unlock().map_err(|e| Error::io(&self.path, e))?;
        match take(
            &self.file,
            &self.path,
            Mode::Exclusive,
            wait_or(EXCLUSIVE_WAIT),
            &self.db,
        ) {
            Ok(()) => {
                self.mode = Mode::Exclusive;
                Ok(())
            }
            Err(e) => {
                // Nobody can hold it exclusively while we hold the key lock.
                self.file
                    .lock_shared()
                    .map_err(|io| Error::io(&self.path, io))?;
                Err(e)
            }
        }
    }

    /// Back to shared after an exclusive operation (the key lock is still held).
    pub fn downgrade(&mut self, _key: &KeyLock) -> Result<()> {
        if self.mode == Mode::Shared {
            return Ok(());
        }
        self.file
            .lock_shared()
            .map_err(|e| Error::io(&self.path, e))?;
        self.mode = Mode::Shared;
        Ok(())
    }

    pub fn is_exclusive(&self) -> bool {
        self.mode == Mode::Exclusive
    }
}

/// Who holds a lock file, as "name (pid N)", read from `/proc/locks` on Linux. Empty where
/// that cannot be known (other systems, or the holder exited meanwhile).
pub fn holders(lock_path: &Path) -> Vec<String> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        let Ok(meta) = std::fs::metadata(lock_path) else {
            return Vec::new();
        };
        let inode = meta.ino();
        let me = std::process::id();
        let Ok(table) = std::fs::read_to_string("/proc/locks") else {
            return Vec::new();
        };
        let mut pids: Vec<u32> = Vec::new();
        for line in table.lines() {
            let cols: Vec<&str> = line.split_whitespace().collect();
            // "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234 0 EOF"; waiters carry "->" after the id.
            if cols.len() < 6 || cols[1] == "->" || cols[1] != "FLOCK" {
                continue;
            }
            let Some(ino) = cols[5]
                .rsplit(':')
                .next()
                .and_then(|i| i.parse::<u64>().ok())
            else {
                continue;
            };
            if ino != inode {
                continue;
            }
            if let Ok(pid) = cols[4].parse::<u32>() {
                if !pids.contains(&pid) {
                    pids.push(pid);
                }
            }
        }
        pids.into_iter()
            .map(|pid| {
                let name = std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .map(|n| n.trim().to_string())
                    .unwrap_or_default();
                match (name.is_empty(), pid == me) {
                    (_, true) => format!("this process (pid {pid})"),
                    (true, false) => format!("pid {pid}"),
                    (false, false) => format!("{name} (pid {pid})"),
                }
            })
            .collect()
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = lock_path;
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exclusive_operation_waits_for_other_openers_and_names_them() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("r.db");
        let app = {
            let k = KeyLock::acquire(&db).unwrap();
            RegisterLock::shared(&db, &k).unwrap()
        };
        let k = KeyLock::acquire(&db).unwrap();
        let mut cli = RegisterLock::shared(&db, &k).unwrap();
        std::env::set_var("BREACHLOG_LOCK_WAIT_MS", "200");
        let err = cli.upgrade(&k).unwrap_err();
        std::env::remove_var("BREACHLOG_LOCK_WAIT_MS");
        match err {
            Error::RegisterBusy { holders, .. } => {
                #[cfg(target_os = "linux")]
                assert!(
                    holders
                        .iter()
                        .any(|h| h.contains(&std::process::id().to_string())),
                    "{holders:?}"
                );
                let _ = holders;
            }
            other => panic!("{other:?}"),
        }
        // The failed upgrade kept the shared lock: still no exclusive for anyone else.
        assert!(!cli.is_exclusive());
        drop(app);
        cli.upgrade(&k).unwrap();
        assert!(cli.is_exclusive());
        cli.downgrade(&k).unwrap();
        assert!(!cli.is_exclusive());
    }
}
