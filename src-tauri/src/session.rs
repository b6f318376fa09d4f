//! Unlock policy around the core: the OS keyring probe and the growing delay after repeated
//! failed unlocks (the count lives in the key file, so restarting the app does not reset it).

use std::path::Path;

use breachlog_core::keys::{self, KeyFile};
use breachlog_core::Ts;

/// Seconds to wait after `failed` consecutive failures: none for the first two, then 2, 4, 8, …
/// up to five minutes.
pub fn delay_secs(failed: u32) -> u32 {
    if failed < 3 {
        0
    } else {
        2u32.saturating_pow(failed - 2).min(300)
    }
}

/// Seconds still to wait before another attempt is accepted (0 = go ahead).
pub fn retry_after(key_file: &KeyFile, now: Ts) -> u32 {
    let delay = delay_secs(key_file.failed_unlocks.count);
    let Some(last) = key_file.failed_unlocks.last_at.as_deref().and_then(Ts::parse) else {
        return 0;
    };
    let elapsed = last.seconds_until(now).max(0);
    u32::try_from((i64::from(delay) - elapsed).max(0)).unwrap_or(0)
}

/// The register's key file, when it exists and parses.
pub fn key_file(register: &Path) -> Option<KeyFile> {
    KeyFile::load(&keys::key_file_path(register)).ok()
}

/// Whether a real OS keyring accepts and returns a secret (a missing session bus, a locked
/// collection or the mock store all count as unavailable).
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delay_grows_after_the_second_failure_and_is_capped() {
        assert_eq!([0, 1, 2, 3, 4, 5].map(delay_secs), [0, 0, 0, 2, 4, 8]);
        assert_eq!(delay_secs(40), 300);
    }
}
