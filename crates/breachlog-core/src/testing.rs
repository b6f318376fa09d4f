//! Test fixtures shared by the core's unit tests.

use crate::register::{InitOptions, OrgInput, Register};

/// The passphrase of every test register.
pub(crate) const PASSPHRASE: &str = "correct horse battery staple";

/// A new register in a temporary folder (kept while the `TempDir` lives), for `org`, written
/// by `actor`, unlocked by [`PASSPHRASE`] only.
pub(crate) fn register(org: OrgInput, actor: &str) -> (tempfile::TempDir, Register) {
    let dir = tempfile::tempdir().unwrap();
    let opts = InitOptions {
        org,
        passphrase: Some(zeroize::Zeroizing::new(PASSPHRASE.into())),
        keyring: false,
        actor: actor.into(),
    };
    let (reg, _) = Register::init(&dir.path().join("r.db"), opts).unwrap();
    (dir, reg)
}

/// An organisation in `timezone` with the defaults otherwise.
pub(crate) fn org_in(timezone: &str) -> OrgInput {
    OrgInput {
        timezone: Some(timezone.into()),
        ..Default::default()
    }
}

/// A timestamp written in a test; panics on a typo.
pub(crate) fn ts(s: &str) -> crate::Ts {
    crate::Ts::parse(s).unwrap_or_else(|| panic!("not a timestamp: {s}"))
}
