//! Files the register writes: private (0600 files, 0700 directories on Unix, whatever the
//! umask), written atomically through a uniquely named temporary file that is created
//! exclusively (a planted symlink is never followed), and never onto the register's own files.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

pub use super::paths::register_files;

/// Removes a register's files — database, sidecars, key file — but not its lock files (other
/// processes may be waiting on them): what a creation that failed part-way leaves.
pub fn remove_register_files(db: &Path) {
    for p in register_files(db) {
        if p != crate::store::lock::register_lock_path(db)
            && p != crate::store::lock::key_lock_path(db)
        {
            let _ = std::fs::remove_file(p);
        }
    }
}
use crate::error::{Error, Reason, Result};

/// Creates `dir` and its missing parents, private to the user (0700 on Unix).
pub fn create_private_dir_all(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| Error::io(dir, e))
}

/// Creates a new private file (0600); fails if anything exists at `path`, a symlink included.
pub fn create_new_private(path: &Path) -> Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(|e| Error::io(path, e))
}

/// Opens (or creates) a private file for locking, without following a symlink.
pub(crate) fn open_lock_file(path: &Path) -> Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    options.open(path).map_err(|e| Error::io(path, e))
}

/// Makes an existing file private (0600) when it is readable by others: registers and key files
/// created by earlier versions were 0644.
pub fn make_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = fs::symlink_metadata(path) {
            if meta.is_file() && meta.permissions().mode() & 0o077 != 0 {
                let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o600));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// A file being written: a private temporary file beside the destination, created exclusively
/// under a unique name, renamed over the destination by [`AtomicFile::commit`] after an fsync.
/// Dropped without a commit, the temporary file is removed and the destination is untouched.
pub struct AtomicFile {
    tmp: tempfile::NamedTempFile,
    dest: PathBuf,
}

impl std::fmt::Debug for AtomicFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AtomicFile")
            .field("dest", &self.dest)
            .finish()
    }
}

impl AtomicFile {
    pub fn create(dest: &Path) -> Result<AtomicFile> {
        let dir = parent_dir(dest);
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // NamedTempFile opens with O_CREAT|O_EXCL and mode 0600: an existing name (a planted
        // symlink included) is never opened; another random name is tried instead.
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".partial")
            .tempfile_in(dir)
            .map_err(|e| Error::io(dest, e))?;
        Ok(AtomicFile {
            tmp,
            dest: dest.to_path_buf(),
        })
    }

    pub fn file(&mut self) -> &mut File {
        self.tmp.as_file_mut()
    }

    /// Syncs the data, renames it over the destination and syncs the directory.
    pub fn commit(self) -> Result<()> {
        let AtomicFile { tmp, dest } = self;
        tmp.as_file().sync_all().map_err(|e| Error::io(&dest, e))?;
        crate::fault::point("file-before-rename");
        tmp.persist(&dest).map_err(|e| Error::io(&dest, e.error))?;
        sync_dir(&dest);
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.tmp.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.tmp.flush()
    }
}

/// Writes `bytes` to `path` atomically as a private file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = AtomicFile::create(path)?;
    f.write_all(bytes).map_err(|e| Error::io(path, e))?;
    f.commit()
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Syncs the directory holding `path` (so a rename survives a power loss).
pub fn sync_dir(path: &Path) {
    if let Ok(d) = File::open(parent_dir(path)) {
        let _ = d.sync_all();
    }
}

/// `path` with its directory resolved (symlinks, `..`), whether or not the file exists.
fn resolved(path: &Path) -> Option<PathBuf> {
    let dir = fs::canonicalize(parent_dir(path)).ok()?;
    Some(dir.join(path.file_name()?))
}

/// Reads a file the user named as hostile input: it must exist and be a regular file, and at
/// most `max` bytes are read (a larger file is refused without being read further). Errors
/// name `field`: [`Reason::FileMissing`], [`Reason::NotAFile`], or `too_large`.
pub fn read_user_file(
    path: &Path,
    field: &'static str,
    max: u64,
    too_large: Reason,
) -> Result<Vec<u8>> {
    use std::io::Read;
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::invalid(field, Reason::FileMissing),
        _ => Error::io(path, e),
    })?;
    if !meta.is_file() {
        return Err(Error::invalid(field, Reason::NotAFile));
    }
    if meta.len() > max {
        return Err(Error::invalid(field, too_large));
    }
    let mut buf = Vec::new();
    File::open(path)
        .and_then(|f| f.take(max + 1).read_to_end(&mut buf))
        .map_err(|e| Error::io(path, e))?;
    if buf.len() as u64 > max {
        return Err(Error::invalid(field, too_large));
    }
    Ok(buf)
}

/// Refuses an output path that is a symlink, a directory, or one of the register's own files
/// (writing there would destroy the register or its only key slots).
pub fn check_output(out: &Path, register: Option<&Path>) -> Result<()> {
    if let Ok(meta) = fs::symlink_metadata(out) {
        if meta.file_type().is_symlink() {
            return Err(Error::invalid("out", Reason::Symlink));
        }
        if meta.is_dir() {
            return Err(Error::invalid("out", Reason::IsDirectory));
        }
    }
    if out.file_name().is_none() {
        return Err(Error::invalid("out", Reason::IsDirectory));
    }
    if let Some(db) = register {
        let target = resolved(out);
        for own in register_files(db) {
            if target.is_some() && resolved(&own) == target {
                return Err(Error::invalid("out", Reason::RegisterFile));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn atomic_files_and_directories_are_private_whatever_the_umask() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("a/b");
        create_private_dir_all(&sub).unwrap();
        assert_eq!(mode(&sub), 0o700);
        assert_eq!(mode(&dir.path().join("a")), 0o700);
        let f = sub.join("out.csv");
        write_atomic(&f, b"x").unwrap();
        assert_eq!(mode(&f), 0o600);
        assert_eq!(fs::read(&f).unwrap(), b"x");
        // Only the destination is left behind.
        assert_eq!(fs::read_dir(&sub).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_partial_symlink_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, b"keep me").unwrap();
        let out = dir.path().join("j.jsonl");
        for name in ["j.jsonl.partial", ".j.jsonl.partial", "j.partial"] {
            std::os::unix::fs::symlink(&victim, dir.path().join(name)).unwrap();
        }
        write_atomic(&out, b"journal").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"keep me");
        assert_eq!(fs::read(&out).unwrap(), b"journal");
    }

    #[test]
    fn outputs_onto_the_register_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("register.db");
        fs::write(&db, b"db").unwrap();
        for name in [
            "register.db",
            "register.db.keys",
            "register.db-wal",
            "register.db-shm",
            "register.db.lock",
        ] {
            let err = check_output(&dir.path().join(name), Some(&db)).unwrap_err();
            assert!(
                matches!(
                    err,
                    Error::InvalidInput {
                        field: "out",
                        reason: Reason::RegisterFile
                    }
                ),
                "{name}: {err:?}"
            );
        }
        // The same file reached through `..` is the same file.
        let sub = dir.path().join("sub");
        fs::create_dir(&sub).unwrap();
        assert!(check_output(&sub.join("../register.db.keys"), Some(&db)).is_err());
        assert!(check_output(&dir.path().join("journal.jsonl"), Some(&db)).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn outputs_that_are_symlinks_or_directories_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("out.pdf");
        std::os::unix::fs::symlink(dir.path().join("elsewhere"), &link).unwrap();
        assert!(matches!(
            check_output(&link, None),
            Err(Error::InvalidInput {
                reason: Reason::Symlink,
                ..
            })
        ));
        assert!(matches!(
            check_output(dir.path(), None),
            Err(Error::InvalidInput {
                reason: Reason::IsDirectory,
                ..
            })
        ));
    }
}
