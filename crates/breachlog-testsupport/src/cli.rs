//! Temporary registers driven through the real `breachlog` binary, and raw access to the
//! encrypted database for tamper tests.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use breachlog_core::keys::{self, KeyFile};
use breachlog_core::storage;
use serde_json::Value;
use tempfile::TempDir;

use crate::PASSPHRASE;

/// The `breachlog` binary of this workspace (built by `cargo build --workspace` / `make test`).
pub fn breachlog_bin() -> PathBuf {
    if let Ok(p) = std::env::var("BREACHLOG_BIN") {
        return PathBuf::from(p);
    }
    // target/<profile>/deps/it-<hash> → target/<profile>/breachlog
    let exe = std::env::current_exe().expect("test executable path");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target profile directory");
    let bin = dir.join(format!("breachlog{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "{} is missing: run `cargo build --workspace` first (make test does)",
        bin.display()
    );
    bin
}

/// A register in a temporary directory, created with [`PASSPHRASE`].
pub struct TempRegister {
    pub dir: TempDir,
    pub db: PathBuf,
    /// The actor the commands run as (`BREACHLOG_ACTOR`).
    pub actor: String,
}

impl TempRegister {
    pub fn new() -> Self {
        Self::with_init(&[
            "--org-name",
            "Fictional Chat B.V.",
            "--timezone",
            "Europe/Amsterdam",
            "--role",
            "processor",
        ])
    }

    /// A Dutch controller, "Fictional Shop B.V." in Amsterdam with the Dutch AP as lead
    /// authority, under `regimes` (comma-separated, e.g. `gdpr`).
    pub fn dutch_controller(regimes: &str) -> Self {
        Self::with_init(&[
            "--org-name",
            "Fictional Shop B.V.",
            "--timezone",
            "Europe/Amsterdam",
            "--role",
            "controller",
            "--lead-authority",
            "nl-ap",
            "--regimes",
            regimes,
        ])
    }

    pub fn with_init(args: &[&str]) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("register.db");
        let reg = TempRegister {
            dir,
            db,
            actor: "pieter.tester".into(),
        };
        let mut all = vec!["init"];
        all.extend_from_slice(args);
        reg.json(&all);
        reg
    }

    /// A temporary folder and a register path in it, for a register a command will create
    /// (`team join`), used by `actor`.
    pub fn unborn(actor: &str) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("register.db");
        TempRegister {
            dir,
            db,
            actor: actor.into(),
        }
    }

    /// The same register used by another actor from now on.
    pub fn as_actor(mut self, actor: &str) -> Self {
        self.actor = actor.into();
        self
    }

    /// `breachlog` with this register, the passphrase, a fixed actor and English messages.
    pub fn cmd(&self) -> Command {
        let mut c = Command::new(breachlog_bin());
        c.env("BREACHLOG_DB", &self.db)
            .env("BREACHLOG_PASSPHRASE", PASSPHRASE)
            .env("BREACHLOG_ACTOR", &self.actor)
            .env("BREACHLOG_LANG", "en")
            .env("TMPDIR", self.dir.path())
            .env_remove("BREACHLOG_PASSPHRASE_FILE");
        c
    }

    /// `breachlog` as a plain std command (for spawning and killing it) with the same
    /// environment as [`TempRegister::cmd`].
    pub fn cmd_std(&self) -> std::process::Command {
        let mut c = std::process::Command::new(breachlog_bin());
        c.env("BREACHLOG_DB", &self.db)
            .env("BREACHLOG_PASSPHRASE", PASSPHRASE)
            .env("BREACHLOG_ACTOR", &self.actor)
            .env("BREACHLOG_LANG", "en")
            .env("TMPDIR", self.dir.path());
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run breachlog")
    }

    /// `breachlog verify-report PDF EXTRA…` as a report's recipient runs it, with this
    /// temporary folder as the home folder (see [`verify_report_standalone`]).
    pub fn verify_report_standalone(
        &self,
        pdf: &Path,
        extra: &[&str],
        json: bool,
    ) -> (i32, String) {
        verify_report_standalone(self.dir.path(), pdf, extra, json)
    }

    /// `breach assess ID --personal-data yes --aware-at AWARE_AT EXTRA… --json`: a personal-data
    /// breach assessed, with the further options in `extra`; asserts success, its JSON.
    pub fn assess(&self, id: &str, aware_at: &str, extra: &[&str]) -> Value {
        let mut args = vec![
            "breach",
            "assess",
            id,
            "--personal-data",
            "yes",
            "--aware-at",
            aware_at,
        ];
        args.extend_from_slice(extra);
        self.json(&args)
    }

    /// Runs with `--json`, asserts success, parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self
            .cmd()
            .args(args)
            .arg("--json")
            .output()
            .expect("run breachlog");
        assert!(
            out.status.success(),
            "breachlog {args:?} failed ({:?}): {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("bad JSON from {args:?}: {e}"))
    }

    /// Runs, asserts the exit code, returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(code),
            "breachlog {args:?}: stderr {stderr}"
        );
        stderr
    }

    /// Logs an incident and returns its id.
    pub fn new_incident(&self, title: &str, detected: &str) -> String {
        let v = self.json(&[
            "incident",
            "new",
            "--title",
            title,
            "--detected-at",
            detected,
        ]);
        v["id"].as_str().expect("id").to_string()
    }

    /// Adds a customer (controller) named `name` with the further `controller add` flags in
    /// `more`, and returns it as `--json` prints it.
    pub fn customer(&self, name: &str, more: &[&str]) -> Value {
        let mut args = vec!["controller", "add", "--name", name];
        args.extend_from_slice(more);
        self.json(&args)
    }

    /// A new incident "Klantbestand gelekt" (detected 2026-05-04 08:00Z), assessed as a
    /// confidentiality breach the organisation became aware of at 10:00Z: names and e-mail
    /// addresses of about 1,200 people, contact point fg@example.test. Returns its id.
    pub fn customer_list_breach(&self) -> String {
        let id = self.new_incident("Klantbestand gelekt", "2026-05-04T08:00:00Z");
        self.json(&[
            "breach",
            "assess",
            &id,
            "--personal-data",
            "yes",
            "--aware-at",
            "2026-05-04T10:00:00Z",
            "--nature",
            "confidentiality",
            "--data-categories",
            "naam,e-mailadres",
            "--subjects-approx",
            "1200",
            "--contact-point",
            "fg@example.test",
        ]);
        id
    }

    /// Assesses incident `id` as a personal-data breach the organisation became aware of at
    /// `aware`, affecting the customers (controllers) named in `controllers` (comma-separated).
    pub fn customers_breach(&self, id: &str, aware: &str, controllers: &str) -> Value {
        self.json(&[
            "breach",
            "assess",
            id,
            "--personal-data",
            "yes",
            "--aware-at",
            aware,
            "--controllers",
            controllers,
        ])
    }

    /// The encrypted database opened directly with the data key (no journal event).
    pub fn raw(&self) -> rusqlite::Connection {
        let kf = KeyFile::load(&keys::key_file_path(&self.db)).expect("key file");
        let key = kf.unlock_passphrase(PASSPHRASE).expect("key");
        storage::open(&self.db, &key, false).expect("open")
    }

    /// Number of events in the journal, read without unlocking through the CLI.
    pub fn event_count(&self) -> i64 {
        self.raw()
            .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
            .expect("count")
    }

    /// Every file in the register's directory (db, -wal, -shm, key file, exports).
    pub fn files(&self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut stack = vec![self.dir.path().to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).expect("read dir").flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    out.push(p);
                }
            }
        }
        out
    }
}

impl Default for TempRegister {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether `needle` occurs in `haystack` (bytes).
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// `breachlog verify-report PDF EXTRA…` as a report's recipient runs it: no register, no
/// passphrase, English, `home` as its home folder; `json` adds
/// `--json`. The exit code and stdout followed by stderr.
pub fn verify_report_standalone(
    home: &Path,
    pdf: &Path,
    extra: &[&str],
    json: bool,
) -> (i32, String) {
    let mut c = std::process::Command::new(breachlog_bin());
    c.env_remove("BREACHLOG_DB")
        .env_remove("BREACHLOG_PASSPHRASE")
        .env_remove("BREACHLOG_PASSPHRASE_FILE")
        .env("BREACHLOG_LANG", "en")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home);
    if json {
        c.arg("--json");
    }
    let out = c
        .arg("verify-report")
        .arg(pdf)
        .args(extra)
        .output()
        .expect("run breachlog verify-report");
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}
