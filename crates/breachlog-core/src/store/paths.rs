//! Where the files of a register live: the database at the path the user chose, and beside it
//! its SQLite sidecars, its key file, the lock files and the staged files of a swap in progress.

use std::path::{Path, PathBuf};

fn sibling(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    db.with_file_name(name)
}

/// Where the key file of a register lives.
pub fn key_file_path(db: &Path) -> PathBuf {
    sibling(db, ".keys")
}

/// `<register>.lock`.
pub fn register_lock_path(db: &Path) -> PathBuf {
    sibling(db, ".lock")
}

/// `<register>.keys.lock`.
pub fn key_lock_path(db: &Path) -> PathBuf {
    sibling(db, ".keys.lock")
}

/// Where a replacement register and key file are staged before they are swapped in.
pub fn staged_paths(db: &Path) -> (PathBuf, PathBuf) {
    (sibling(db, ".next"), sibling(db, ".keys.next"))
}

/// Where the replaced register's WAL waits while a swap is in progress (given back by
/// `finish_pending_swap` when the swap did not reach the database, deleted when it did).
pub fn swapped_wal_path(db: &Path) -> PathBuf {
    sibling(db, ".wal.swapped")
}

/// The SQLite sidecar `<register><suffix>` (`-wal`, `-shm`).
pub fn sidecar(db: &Path, suffix: &str) -> PathBuf {
    sibling(db, suffix)
}

/// The files that make up the register at `db`: the database and its SQLite sidecars, the key
/// file, the staged files of a swap in progress (and the replaced WAL), the temporary key file and the lock files.
pub fn register_files(db: &Path) -> Vec<PathBuf> {
    let with = |suffix: &str| sibling(db, suffix);
    let (staged_db, staged_keys) = staged_paths(db);
    vec![
        db.to_path_buf(),
        with("-wal"),
        with("-shm"),
        with("-journal"),
        key_file_path(db),
        with(".keys.tmp"),
        staged_db,
        staged_keys,
        swapped_wal_path(db),
        register_lock_path(db),
        key_lock_path(db),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_register_files_sit_beside_the_register() {
        assert_eq!(
            key_file_path(Path::new("/a/b/register.db")),
            PathBuf::from("/a/b/register.db.keys")
        );
        assert_eq!(
            staged_paths(Path::new("/a/r.db")),
            (
                PathBuf::from("/a/r.db.next"),
                PathBuf::from("/a/r.db.keys.next")
            )
        );
        assert_eq!(register_files(Path::new("/a/r.db")).len(), 11);
    }
}
