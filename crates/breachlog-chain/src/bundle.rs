//! Auditor bundles, checked offline without key or register (`docs/report-format.md`): a
//! directory with `journal.jsonl`, `register.csv`, `register.xlsx`, a PDF for every issued report
//! and `manifest.json` (canonical JSON, format `breachlog-bundle/1`) listing each file's SHA-256
//! and the journal head.

use std::fs;
use std::path::Path;

use breachlog_model::error::IntegrityReason;
use breachlog_model::message::{Arg, Localize, Message};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::canonical;
use crate::journal::{verify_jsonl, ExpectHead};
use crate::report;

/// Manifest format id.
pub const BUNDLE_FORMAT: &str = "breachlog-bundle/1";

/// Why a bundle does not verify; stable text via `Display`, Fluent id `bundle-…`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleProblem {
    #[error("manifest.json is missing or unreadable: {0}")]
    NoManifest(String),
    #[error("file {0} is missing")]
    FileMissing(String),
    #[error("file {0} does not match its SHA-256 in the manifest")]
    FileChanged(String),
    #[error("file {0} is not listed in the manifest")]
    FileUnlisted(String),
    #[error("journal does not verify: {0}")]
    Journal(String),
    #[error("the journal head does not match the manifest")]
    HeadMismatch,
    #[error("report {file} does not verify: {detail}")]
    Report { file: String, detail: String },
}

impl BundleProblem {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            BundleProblem::NoManifest(_) => "bundle-no-manifest",
            BundleProblem::FileMissing(_) => "bundle-file-missing",
            BundleProblem::FileChanged(_) => "bundle-file-changed",
            BundleProblem::FileUnlisted(_) => "bundle-file-unlisted",
            BundleProblem::Journal(_) => "bundle-journal",
            BundleProblem::HeadMismatch => "bundle-head-mismatch",
            BundleProblem::Report { .. } => "bundle-report",
        }
    }
}

/// The localised message of the problem (`docs/report-format.md` names the ids).
impl Localize for BundleProblem {
    fn message(&self) -> Message {
        let args: Vec<(&'static str, String)> = {
            match self {
                BundleProblem::NoManifest(d) | BundleProblem::Journal(d) => {
                    vec![("detail", d.clone())]
                }
                BundleProblem::FileMissing(f)
                | BundleProblem::FileChanged(f)
                | BundleProblem::FileUnlisted(f) => {
                    vec![("file", f.clone())]
                }
                BundleProblem::HeadMismatch => Vec::new(),
                BundleProblem::Report { file, detail } => {
                    vec![("file", file.clone()), ("detail", detail.clone())]
                }
            }
        };
        Message::with(
            self.fluent_id(),
            args.into_iter().map(|(k, v)| (k, Arg::Text(v))).collect(),
        )
    }
}

/// A verified bundle.
#[derive(Debug, Clone, Serialize)]
pub struct BundleCheck {
    pub files: u64,
    pub events: u64,
    pub head_seq: u64,
    pub head_hash: String,
}

/// Reads through `inner` and hashes what it reads.
struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: std::io::Read> std::io::Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            list_files(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

/// Verifies a bundle offline: the manifest, every file's SHA-256, no unlisted files, the
/// journal's chain up to exactly the manifest's head, and every report PDF on its own.
pub fn verify_bundle(dir: &Path) -> std::result::Result<BundleCheck, BundleProblem> {
    let text = fs::read(dir.join("manifest.json"))
        .map_err(|e| BundleProblem::NoManifest(e.to_string()))?;
    let manifest: Value =
        serde_json::from_slice(&text).map_err(|e| BundleProblem::NoManifest(e.to_string()))?;
    if manifest.get("format").and_then(Value::as_str) != Some(BUNDLE_FORMAT) {
        return Err(BundleProblem::NoManifest(format!(
            "format is not {BUNDLE_FORMAT}"
        )));
    }
    let head_seq = manifest
        .pointer("/head/seq")
        .and_then(Value::as_u64)
        .ok_or_else(|| BundleProblem::NoManifest("head.seq".into()))?;
    let head_hash = manifest
        .pointer("/head/hash")
        .and_then(Value::as_str)
        .ok_or_else(|| BundleProblem::NoManifest("head.hash".into()))?
        .to_string();
    let listed = manifest
        .get("files")
        .and_then(Value::as_array)
        .ok_or_else(|| BundleProblem::NoManifest("files".into()))?;

    // The journal first: a cut or edited journal is named as such.
    let journal = fs::File::open(dir.join("journal.jsonl"))
        .map_err(|_| BundleProblem::FileMissing("journal.jsonl".into()))?;
    let expect = ExpectHead {
        seq: Some(head_seq),
        hash: head_hash.clone(),
    };
    // The journal's SHA-256 for the manifest check is taken while the chain is read, so the
    // file is read once.
    let mut hashed = HashingReader {
        inner: journal,
        hasher: Sha256::new(),
    };
    let report = verify_jsonl(
        std::io::BufReader::with_capacity(1 << 20, &mut hashed),
        Some(expect),
    )
    .map_err(|e| match e.reason {
        IntegrityReason::HeadNotFound { .. } => BundleProblem::HeadMismatch,
        reason => BundleProblem::Journal(format!("event {}: {}", e.seq, reason.code())),
    })?;
    if report.head_seq != head_seq || report.head_hash != head_hash {
        return Err(BundleProblem::HeadMismatch);
    }

    let journal_sha = hex::encode(hashed.hasher.finalize());

    let mut names = Vec::new();
    for f in listed {
        let name = f
            .get("path")
            .and_then(Value::as_str)
            .ok_or_else(|| BundleProblem::NoManifest("files[].path".into()))?;
        let sha = f.get("sha256").and_then(Value::as_str).unwrap_or_default();
        if name.contains("..") || name.starts_with('/') {
            return Err(BundleProblem::NoManifest(format!("bad path {name}")));
        }
        if name == "journal.jsonl" {
            if journal_sha != sha {
                return Err(BundleProblem::FileChanged(name.to_string()));
            }
            names.push(name.to_string());
            continue;
        }
        let bytes =
            fs::read(dir.join(name)).map_err(|_| BundleProblem::FileMissing(name.to_string()))?;
        if canonical::sha256_bytes_hex(&bytes) != sha {
            return Err(BundleProblem::FileChanged(name.to_string()));
        }
        if name.ends_with(".pdf") {
            let check = report::verify_report(&bytes);
            if let Some(p) = check.problem {
                return Err(BundleProblem::Report {
                    file: name.to_string(),
                    detail: p.code(),
                });
            }
        }
        names.push(name.to_string());
    }
    let mut present = Vec::new();
    list_files(dir, dir, &mut present).map_err(|e| BundleProblem::NoManifest(e.to_string()))?;
    for p in present {
        if p != "manifest.json" && !names.contains(&p) {
            return Err(BundleProblem::FileUnlisted(p));
        }
    }
    Ok(BundleCheck {
        files: names.len() as u64,
        events: report.events,
        head_seq,
        head_hash,
    })
}
