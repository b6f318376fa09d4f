//! Fails when `ui/src/lib/bindings/` differs from what the Rust types generate now.
//! Regenerate with `BLESS=1 cargo test -p breachlog-app --test bindings`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.ts` file below `dir`, by its path relative to `dir` (ts-rs puts some in subfolders).
fn read_dir(dir: &Path) -> BTreeMap<PathBuf, String> {
    fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<PathBuf, String>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, files);
            } else if path.extension().is_some_and(|e| e == "ts") {
                let rel = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
                files.insert(rel, fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, dir, &mut files);
    files
}

#[test]
fn committed_bindings_are_up_to_date() -> Result<(), Box<dyn std::error::Error>> {
    let committed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings");
    let tmp = tempfile::tempdir()?;
    breachlog_app::bindings::export_all(tmp.path())?;
    let fresh = read_dir(tmp.path());
    if std::env::var_os("BLESS").is_some() {
        let _ = fs::remove_dir_all(&committed);
        fs::create_dir_all(&committed)?;
        for (name, text) in &fresh {
            let path = committed.join(name);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(path, text)?;
        }
        return Ok(());
    }
    let old = read_dir(&committed);
    let stale: Vec<&PathBuf> = fresh
        .keys()
        .chain(old.keys())
        .filter(|n| fresh.get(*n) != old.get(*n))
        .collect();
    assert!(
        stale.is_empty(),
        "stale TypeScript bindings {stale:?}: run `BLESS=1 cargo test -p breachlog-app --test bindings`"
    );
    Ok(())
}
