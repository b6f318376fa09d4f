//! Test support shared by the test suites (`tests/`, the desktop app's tests, the bench): one
//! home for the fixtures that were written five to eight times — the test passphrase, fixed
//! timestamps, registers in temporary folders built in-process ([`TestRegister`]) or driven
//! through the real `breachlog` binary ([`TempRegister`]).

// Test support only: panicking on a broken fixture is the right failure.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod cli;
pub mod draft;
pub mod postgres;
pub mod tsa;

use std::path::{Path, PathBuf};

use breachlog_core::register::{InitOptions, OrgInput};
use breachlog_core::{Register, Ts, UnlockMethod};
use tempfile::TempDir;
use zeroize::Zeroizing;

pub use cli::{breachlog_bin, contains, verify_report_standalone, TempRegister};
pub use tsa::{TestTsa, TsaKey, TsaMode};

/// The words of a PDF's text (`pdftotext -layout`, poppler-utils), joined by single spaces:
/// the layout wraps and spaces lines, so tests compare words.
pub fn pdf_words(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext {}", path.display());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The passphrase of every test register.
pub const PASSPHRASE: &str = "correct horse battery staple";

/// A timestamp written in a test (RFC 3339 with an offset); panics on a typo.
pub fn ts(text: &str) -> Ts {
    Ts::parse(text).unwrap_or_else(|| panic!("not a timestamp: {text}"))
}

/// An in-process register in a temporary folder (kept while the value lives), created with
/// [`PASSPHRASE`].
pub struct TestRegister {
    pub dir: TempDir,
    pub reg: Register,
}

impl TestRegister {
    /// A builder with the organisation's defaults and actor `test`.
    pub fn builder() -> TestRegisterBuilder {
        TestRegisterBuilder {
            org: OrgInput::default(),
            actor: "test".into(),
        }
    }

    /// The register's database path.
    pub fn path(&self) -> PathBuf {
        self.reg.path().to_path_buf()
    }

    /// Opens the same register again (another connection, as another process would).
    pub fn reopen(&self, actor: &str) -> Register {
        open(&self.path(), actor)
    }
}

/// Sets up a [`TestRegister`].
pub struct TestRegisterBuilder {
    org: OrgInput,
    actor: String,
}

impl TestRegisterBuilder {
    pub fn name(mut self, name: &str) -> Self {
        self.org.name = Some(name.into());
        self
    }

    pub fn timezone(mut self, tz: &str) -> Self {
        self.org.timezone = Some(tz.into());
        self
    }

    pub fn language(mut self, lang: &str) -> Self {
        self.org.language = Some(lang.into());
        self
    }

    pub fn role(mut self, role: &str) -> Self {
        self.org.default_role = Some(role.into());
        self
    }

    pub fn lead_authority(mut self, authority: &str) -> Self {
        self.org.lead_authority = Some(authority.into());
        self
    }

    /// Regimes as the CLI takes them (`gdpr,nis2`).
    pub fn regimes(mut self, list: &str) -> Self {
        self.org.regimes = Some(list.split(',').map(|r| r.trim().to_string()).collect());
        self
    }

    pub fn actor(mut self, actor: &str) -> Self {
        self.actor = actor.into();
        self
    }

    /// Creates the register (`register.db` in a new temporary folder).
    pub fn build(self) -> TestRegister {
        let dir = tempfile::tempdir().expect("temp dir");
        let opts = InitOptions {
            org: self.org,
            passphrase: Some(Zeroizing::new(PASSPHRASE.into())),
            keyring: false,
            actor: self.actor,
        };
        let (reg, _) = Register::init(&dir.path().join("register.db"), opts).expect("init");
        TestRegister { dir, reg }
    }
}

/// Opens the register at `path` with [`PASSPHRASE`].
pub fn open(path: &Path, actor: &str) -> Register {
    Register::open(
        path,
        UnlockMethod::Passphrase(Zeroizing::new(PASSPHRASE.into())),
        actor,
        "test",
    )
    .expect("open")
}
