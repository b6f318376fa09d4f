//! The backups at a glance, as `backup status --json` prints it and the desktop backups card
//! shows it: the schedule of the settings, the last backup and restore test from the journal,
//! and the backups present in the folder.

use std::path::Path;

use serde::Serialize;

use crate::backup::{self, BackupStatus};
use crate::error::Result;
use crate::register::Register;
use crate::Ts;

/// What the backups card and `backup status` show.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupOverview {
    /// The folder scheduled backups go to; empty when none is chosen (then nothing is scheduled).
    pub folder: String,
    pub interval_hours: i64,
    pub keep: i64,
    pub last_backup_at: Option<Ts>,
    pub last_backup_file: Option<String>,
    pub last_restore_test_at: Option<Ts>,
    pub last_restore_test_ok: Option<bool>,
    /// When the next scheduled backup is due (now or in the past: at the next check).
    pub next_backup_at: Option<Ts>,
    /// Backups present in the folder, newest first (file names).
    pub files: Vec<String>,
}

impl BackupOverview {
    pub fn load(reg: &Register) -> Result<BackupOverview> {
        let s = reg.settings()?;
        let BackupStatus {
            last_backup_at,
            last_backup_file,
            last_restore_test_at,
            last_restore_test_ok,
        } = reg.backup_status()?;
        let folder = s.backup_folder.clone();
        let next_backup_at = if folder.is_empty() {
            None
        } else {
            Some(last_backup_at.map_or_else(Ts::now, |t| t.plus_hours(s.backup_interval_hours)))
        };
        Ok(BackupOverview {
            files: match s.backup_dir() {
                Ok(Some(dir)) => backup_files(&dir),
                _ => Vec::new(),
            },
            folder,
            interval_hours: s.backup_interval_hours,
            keep: s.backup_keep,
            last_backup_at,
            last_backup_file,
            last_restore_test_at,
            last_restore_test_ok,
            next_backup_at,
        })
    }
}

/// Breachlog backups in `dir`, newest first (their names start with the UTC time).
pub fn backup_files(dir: &Path) -> Vec<String> {
    // An unreadable or missing folder shows as empty; the next backup reports the error.
    let found = backup::list(dir).unwrap_or_default();
    found
        .iter()
        .rev()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::SettingsInput;

    #[test]
    fn the_overview_has_the_schedule_the_last_backup_and_the_files_newest_first() {
        let (dir, mut reg) =
            crate::testing::register(crate::testing::org_in("Europe/Berlin"), "ciso");
        // No folder: nothing is scheduled and no files are listed.
        let none = BackupOverview::load(&reg).unwrap();
        assert_eq!((none.folder.as_str(), none.next_backup_at), ("", None));
        assert!(none.files.is_empty() && none.last_backup_at.is_none());

        let folder = dir.path().join("backups");
        std::fs::create_dir(&folder).unwrap();
        reg.update_settings(&SettingsInput {
            backup_folder: Some(folder.display().to_string()),
            ..Default::default()
        })
        .unwrap();
        let first = reg.backup_create(&folder).unwrap();
        let second = reg.backup_create(&folder).unwrap();
        let o = BackupOverview::load(&reg).unwrap();
        let name = |p: &std::path::Path| p.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(o.files, vec![name(&second.path), name(&first.path)]);
        assert_eq!(o.last_backup_file, Some(name(&second.path)));
        let last = o.last_backup_at.unwrap();
        assert_eq!(o.next_backup_at, Some(last.plus_hours(o.interval_hours)));
    }
}
