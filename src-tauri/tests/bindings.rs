//! Fails when `ui/src/lib/bindings/` differs from what the Rust types generate now.
//! Regenerate with `BLESS=1 cargo test -p breachlog-app --test bindings`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn read_dir(dir: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ts") {
                files.insert(name, fs::read_to_string(entry.path()).unwrap_or_default());
            }
        }
    }
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
            fs::write(committed.join(name), text)?;
        }
        return Ok(());
    }
    let old = read_dir(&committed);
    let stale: Vec<&String> = fresh
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
