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
use crate::journal::{verify_jsonl_with, ExpectHead};
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
    /// A path in the bundle is a symbolic link or not a regular file (or directory): its
    /// content would live outside the bundle (security review L7).
    #[error("{0} is a symbolic link or not a regular file")]
    NotRegular(String),
    /// No `report.issued` event of the bundle's journal has this PDF's SHA-256, or the event
    /// names another head than the PDF (security review M3).
    #[error("report {0} was not issued by an event of the bundle's journal")]
    ReportNotIssued(String),
    /// The PDF refers to a journal event (its head, an embedded event, a register row's
    /// latest event) that the bundle's journal does not contain with that hash: the journal
    /// was rewritten after the report was issued (security review M3).
    #[error("report {file} refers to journal event {seq}, which the bundle's journal does not contain with that hash")]
    ReportNotInJournal { file: String, seq: u64 },
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
            BundleProblem::NotRegular(_) => "bundle-not-regular",
            BundleProblem::ReportNotIssued(_) => "bundle-report-not-issued",
            BundleProblem::ReportNotInJournal { .. } => "bundle-report-not-in-journal",
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
                | BundleProblem::FileUnlisted(f)
                | BundleProblem::NotRegular(f)
                | BundleProblem::ReportNotIssued(f) => {
                    vec![("file", f.clone())]
                }
                BundleProblem::ReportNotInJournal { file, seq } => {
                    vec![("file", file.clone()), ("seq", seq.to_string())]
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
    /// The bundle's reports with the head each covers, to compare with the copies sent.
    pub reports: Vec<BundleReport>,
}

/// One report PDF of a verified bundle.
#[derive(Debug, Clone, Serialize)]
pub struct BundleReport {
    pub file: String,
    pub serial: Option<String>,
    pub head_seq: Option<u64>,
    pub head_hash: Option<String>,
}

/// A `report.issued` event of the bundle's journal: the PDF's SHA-256 and the head it covers.
struct Issued {
    pdf_sha256: String,
    head_seq: u64,
    head_hash: String,
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

/// Every file under `dir`, relative to `root` with `/` separators. Anything that is neither a
/// directory nor a regular file (a symbolic link above all, whose target lives outside the
/// bundle) is refused by name; nothing is followed.
fn list_files(
    root: &Path,
    dir: &Path,
    out: &mut Vec<String>,
) -> std::result::Result<(), BundleProblem> {
    let unreadable = |e: std::io::Error| BundleProblem::NoManifest(e.to_string());
    for entry in fs::read_dir(dir).map_err(unreadable)? {
        let entry = entry.map_err(unreadable)?;
        let path = entry.path();
        let rel = path
            .strip_prefix(root)
            .map(|r| r.to_string_lossy().replace('\\', "/"))
            .unwrap_or_else(|_| path.to_string_lossy().into_owned());
        // `DirEntry::file_type` does not follow symbolic links.
        let kind = entry.file_type().map_err(unreadable)?;
        if kind.is_dir() {
            list_files(root, &path, out)?;
        } else if kind.is_file() {
            out.push(rel);
        } else {
            return Err(BundleProblem::NotRegular(rel));
        }
    }
    Ok(())
}

/// Opens `dir/name` only when it is a regular file and not a symbolic link, and checks after
/// opening that the file opened is the one looked at (no link swapped in between).
fn open_regular(dir: &Path, name: &str) -> std::result::Result<fs::File, BundleProblem> {
    let path = dir.join(name);
    let seen = fs::symlink_metadata(&path).map_err(|_| BundleProblem::FileMissing(name.into()))?;
    if !seen.file_type().is_file() {
        return Err(BundleProblem::NotRegular(name.into()));
    }
    let file = fs::File::open(&path).map_err(|_| BundleProblem::FileMissing(name.into()))?;
    let opened = file
        .metadata()
        .map_err(|_| BundleProblem::FileMissing(name.into()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if (opened.dev(), opened.ino()) != (seen.dev(), seen.ino()) {
            return Err(BundleProblem::NotRegular(name.into()));
        }
    }
    if !opened.is_file() {
        return Err(BundleProblem::NotRegular(name.into()));
    }
    Ok(file)
}

fn read_regular(dir: &Path, name: &str) -> std::result::Result<Vec<u8>, BundleProblem> {
    use std::io::Read;
    let mut bytes = Vec::new();
    open_regular(dir, name)?
        .read_to_end(&mut bytes)
        .map_err(|_| BundleProblem::FileMissing(name.into()))?;
    Ok(bytes)
}

/// The `report.issued` event in an accepted (canonical) journal line, if it is one.
fn issued_event(line: &str) -> Option<Issued> {
    // Cheap pre-check; the parsed event decides (a payload could contain the same text).
    if !line.contains("\"kind\":\"report.issued\"") {
        return None;
    }
    let v: Value = serde_json::from_str(line).ok()?;
    if v.get("kind").and_then(Value::as_str) != Some(crate::kind::REPORT_ISSUED) {
        return None;
    }
    let p = v.get("payload")?;
    Some(Issued {
        pdf_sha256: p.get("pdf_sha256")?.as_str()?.to_string(),
        head_seq: p.get("head_seq")?.as_u64()?,
        head_hash: p.get("head_hash")?.as_str()?.to_string(),
    })
}

/// Verifies a bundle offline: only regular files and directories (no symbolic links), the
/// manifest, every file's SHA-256, no unlisted files, the journal's chain up to exactly the
/// manifest's head, and every report PDF on its own *and against the bundle's journal*: a
/// `report.issued` event has the PDF's SHA-256 and the PDF's head, and every journal event the
/// PDF refers to (head, embedded events, register rows) is in the journal with that hash.
pub fn verify_bundle(dir: &Path) -> std::result::Result<BundleCheck, BundleProblem> {
    // Nothing is read before the whole tree is known to hold only regular files.
    let mut present = Vec::new();
    list_files(dir, dir, &mut present)?;
    let text = read_regular(dir, "manifest.json").map_err(|e| match e {
        BundleProblem::FileMissing(_) => BundleProblem::NoManifest("manifest.json".into()),
        other => other,
    })?;
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
    let journal = open_regular(dir, "journal.jsonl")?;
    let expect = ExpectHead {
        seq: Some(head_seq),
        hash: head_hash.clone(),
    };
    // The journal's SHA-256 for the manifest check is taken while the chain is read, so the
    // file is read once; so are the event hashes and the `report.issued` events the reports
    // are checked against.
    let mut hashed = HashingReader {
        inner: journal,
        hasher: Sha256::new(),
    };
    let mut hashes: Vec<[u8; 32]> = Vec::new();
    let mut issued: Vec<Issued> = Vec::new();
    let report = verify_jsonl_with(
        std::io::BufReader::with_capacity(1 << 20, &mut hashed),
        Some(expect),
        |line, hash| {
            let mut h = [0u8; 32];
            // The chain accepted the event, so its hash is 64 lowercase hex digits.
            if hex::decode_to_slice(hash, &mut h).is_ok() {
                hashes.push(h);
            }
            if let Some(i) = issued_event(line) {
                issued.push(i);
            }
            Ok(())
        },
    )
    .map_err(|e| match e.reason {
        IntegrityReason::HeadNotFound { .. } => BundleProblem::HeadMismatch,
        reason => BundleProblem::Journal(format!("event {}: {}", e.seq, reason.code())),
    })?;
    if report.head_seq != head_seq || report.head_hash != head_hash {
        return Err(BundleProblem::HeadMismatch);
    }
    let in_journal = |seq: u64, hash: &str| {
        let mut h = [0u8; 32];
        seq >= 1
            && hex::decode_to_slice(hash, &mut h).is_ok()
            && hashes.get(seq as usize - 1) == Some(&h)
    };

    let journal_sha = hex::encode(hashed.hasher.finalize());

    let mut names = Vec::new();
    let mut reports = Vec::new();
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
        let bytes = read_regular(dir, name)?;
        let file_sha = canonical::sha256_bytes_hex(&bytes);
        if file_sha != sha {
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
            let (Some(seq), Some(hash)) = (check.head_seq, check.head_hash.clone()) else {
                return Err(BundleProblem::ReportNotIssued(name.to_string()));
            };
            if !issued
                .iter()
                .any(|i| i.pdf_sha256 == file_sha && i.head_seq == seq && i.head_hash == hash)
            {
                return Err(BundleProblem::ReportNotIssued(name.to_string()));
            }
            let mut refs = check.references.clone();
            refs.push((seq, hash));
            refs.sort();
            if let Some((seq, _)) = refs.iter().find(|(s, h)| !in_journal(*s, h)) {
                return Err(BundleProblem::ReportNotInJournal {
                    file: name.to_string(),
                    seq: *seq,
                });
            }
            reports.push(BundleReport {
                file: name.to_string(),
                serial: check.serial.clone(),
                head_seq: check.head_seq,
                head_hash: check.head_hash.clone(),
            });
        }
        names.push(name.to_string());
    }
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
        reports,
    })
}
