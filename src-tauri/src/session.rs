//! Unlock helpers around the core: the key file (failed-unlock count and the core's growing
//! delay, which survives restarts) and the OS keyring probe.

use std::path::Path;

use breachlog_core::keys::{self, KeyFile};
use breachlog_core::lock::FailedUnlocks;
use breachlog_core::Ts;

/// The failed unlock attempts recorded for the register (see `breachlog_core::lock`).
pub fn failed_unlocks(register: &Path) -> FailedUnlocks {
    keys::read_attempts(register)
}

/// Seconds still to wait before the core accepts another attempt (0 = go ahead).
pub fn retry_after(register: &Path, now: Ts) -> u32 {
    failed_unlocks(register)
        .wait_seconds(now)
        .map_or(0, |s| u32::try_from(s).unwrap_or(u32::MAX))
}

/// The register's key file, when it exists and parses.
pub fn key_file(register: &Path) -> Option<KeyFile> {
    KeyFile::load(&keys::key_file_path(register)).ok()
}

/// Whether a real OS keyring accepts and returns a secret (a missing session bus, a locked
/// collection or the mock store all count as unavailable). `BREACHLOG_NO_KEYRING` forces "no".
pub fn keyring_available() -> bool {
    if std::env::var_os("BREACHLOG_NO_KEYRING").is_some() {
        return false;
    }
    let probe = || -> keyring::Result<bool> {
        let value = format!("probe-{}", Ts::now().timestamp_micros());
        keyring::Entry::new("breachlog-probe", "probe")?.set_password(&value)?;
        let back = keyring::Entry::new("breachlog-probe", "probe")?.get_password()?;
        let _ = keyring::Entry::new("breachlog-probe", "probe")?.delete_credential();
        Ok(back == value)
    };
    probe().unwrap_or(false)
}
