//! Evidence files: a police report, screenshots, logs, an authority's receipt, attached to an
//! incident. The content is stored inside the encrypted register (`evidence_content`, chunks of
//! [`CHUNK_SIZE`] bytes), never beside it in clear: a file is streamed in chunk by chunk, hashed
//! as it goes, in one transaction that ends with its `evidence.added` event (name, media type,
//! size, SHA-256), so a file of [`MAX_EVIDENCE_MIB`] MiB never sits in memory whole. An export
//! streams it back out, checks it against the SHA-256 in the journal before the file is put in
//! place, and records `evidence.exported` (custody: who, when). `verify` reads every file back
//! ([`check_all`]); redaction deletes the content of a redacted incident's files.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use rusqlite::{params, Connection};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::domain::Evidence;
use crate::error::{Error, IntegrityError, IntegrityReason, Reason, Result};
use crate::projection::{self, kind};
use crate::store::storage;
use crate::validate;

use super::Register;

/// The size of a stored chunk: each is one row, so neither an add nor an export nor `verify`
/// holds more than this much of a file at a time.
pub const CHUNK_SIZE: usize = 1 << 20;

/// The largest evidence file accepted, in MiB. A file passes through the register's
/// write-ahead log in one transaction, so adding it needs about twice its size on disk.
pub const MAX_EVIDENCE_MIB: u64 = 256;

/// [`MAX_EVIDENCE_MIB`] in bytes.
pub const MAX_EVIDENCE_BYTES: u64 = MAX_EVIDENCE_MIB << 20;

/// An evidence file written out of the register.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EvidenceWritten {
    pub id: Uuid,
    pub incident_id: Uuid,
    /// The file written.
    pub path: String,
    pub size: u64,
    /// SHA-256 of the bytes written: the one in the journal (checked before the file was put
    /// in place).
    pub sha256: String,
    /// Seq of the `evidence.exported` event.
    pub event_seq: u64,
}

impl Register {
    /// Attaches the file at `path` to the incident `incident`, with an optional note. Everything
    /// is checked before anything is read (the incident exists and is not redacted, the note,
    /// the path is a regular file of at most [`MAX_EVIDENCE_MIB`] MiB with a usable name); then
    /// the content is streamed into the register and the event appended in one transaction:
    /// a failure, even halfway through the file, writes nothing.
    pub fn add_evidence(
        &mut self,
        incident: Uuid,
        path: &Path,
        note: Option<&str>,
    ) -> Result<Evidence> {
        self.check_evidence_incident(incident)?;
        let note = evidence_note(note)?;
        let (file, name) = open_source(path)?;
        self.store_evidence(incident, &name, file, note, path, MAX_EVIDENCE_BYTES)
    }

    /// Like [`Register::add_evidence`] from any reader (the file's name given), for tests and
    /// benchmarks that generate content instead of writing it to a file first.
    pub fn add_evidence_from(
        &mut self,
        incident: Uuid,
        name: &str,
        reader: impl Read,
        note: Option<&str>,
    ) -> Result<Evidence> {
        self.check_evidence_incident(incident)?;
        let note = evidence_note(note)?;
        let name = validate::line("file_name", name)?;
        self.store_evidence(
            incident,
            &name,
            reader,
            note,
            Path::new(&name),
            MAX_EVIDENCE_BYTES,
        )
    }

    /// The evidence files of an incident, in the order they were added.
    pub fn evidence_list(&self, incident: Uuid) -> Result<Vec<Evidence>> {
        projection::evidence::of_incident(&self.conn, incident)
    }

    /// One evidence file.
    pub fn evidence(&self, id: Uuid) -> Result<Evidence> {
        projection::evidence::load_evidence(&self.conn, id)?.ok_or_else(|| Error::NotFound {
            entity: "evidence",
            id: id.to_string(),
        })
    }

    /// Resolves a full id or a unique prefix (at least 4 characters) of an evidence file's id.
    /// An id that matches nothing is refused as input naming the field `evidence`.
    pub fn resolve_evidence(&self, text: &str) -> Result<Uuid> {
        let t = text.trim().to_ascii_lowercase();
        if t.len() < 4 || !t.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            return Err(Error::invalid("evidence", Reason::NotAnId));
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM evidence WHERE id LIKE ?1 || '%' LIMIT 2")?;
        let ids: Vec<String> = stmt
            .query_map([&t], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        match ids.as_slice() {
            [one] => Uuid::parse_str(one).map_err(|e| Error::Data(e.to_string())),
            [] => Err(Error::invalid("evidence", Reason::UnknownId)),
            _ => Err(Error::invalid("evidence", Reason::Duplicate)),
        }
    }

    /// Writes an evidence file to `out` (private, atomic): streamed chunk by chunk and hashed as
    /// it goes; the file is put in place only when its SHA-256 and size are those of its
    /// `evidence.added` event (otherwise an integrity error naming the file, and nothing is
    /// written). Then `evidence.exported` is recorded. `out` must not exist unless `overwrite`
    /// (the desktop save dialog has asked already).
    pub fn export_evidence(
        &mut self,
        id: Uuid,
        out: &Path,
        overwrite: bool,
    ) -> Result<EvidenceWritten> {
        let evidence = self.evidence(id).map_err(|e| match e {
            Error::NotFound { .. } => Error::invalid("evidence", Reason::UnknownId),
            other => other,
        })?;
        if evidence.erased {
            return Err(Error::invalid("evidence", Reason::EvidenceErased));
        }
        self.check_output(out)?;
        if !overwrite && std::fs::symlink_metadata(out).is_ok() {
            return Err(Error::invalid("out", Reason::FileExists));
        }
        let (size, sha256) = self.chained_content(&evidence)?;
        let mut file = crate::store::files::AtomicFile::create(out)?;
        let mismatch = self.streaming(|reg| {
            read_content(&reg.conn, id, size, &sha256, |bytes| {
                file.write_all(bytes).map_err(|e| Error::io(out, e))
            })
        })?;
        if let Some(chunk) = mismatch {
            // Dropped without a commit: the partial file is removed, `out` is untouched.
            drop(file);
            return Err(IntegrityError {
                seq: evidence.added_seq,
                reason: IntegrityReason::EvidenceMismatch {
                    evidence: id.to_string(),
                    chunk,
                },
            }
            .into());
        }
        file.commit()?;
        let file_name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .filter(|n| !n.is_empty());
        let ev = self.write(|w| {
            w.append(
                kind::EVIDENCE_EXPORTED,
                Some(evidence.incident_id),
                json!({
                    "evidence_id": id.to_string(), "sha256": sha256, "size": size,
                    "file_name": file_name,
                }),
            )
        })?;
        Ok(EvidenceWritten {
            id,
            incident_id: evidence.incident_id,
            path: out.display().to_string(),
            size,
            sha256,
            event_seq: ev.seq,
        })
    }

    /// The incident exists (an unknown id is refused as input) and is not redacted.
    fn check_evidence_incident(&self, incident: Uuid) -> Result<()> {
        let i = self.incident(incident).map_err(|e| match e {
            Error::NotFound { .. } => Error::invalid("incident", Reason::UnknownId),
            other => other,
        })?;
        if i.redacted_at.is_some() {
            return Err(Error::invalid("incident", Reason::Redacted));
        }
        Ok(())
    }

    /// Streams `reader` (at most `max` bytes) into `evidence_content` and appends
    /// `evidence.added`, in one transaction.
    fn store_evidence(
        &mut self,
        incident: Uuid,
        name: &str,
        mut reader: impl Read,
        note: Option<String>,
        source: &Path,
        max: u64,
    ) -> Result<Evidence> {
        let id = Uuid::now_v7();
        let evidence = self.streaming(|reg| {
            reg.write(|w| {
                let stored = store_content(w.connection(), id, &mut reader, source, max)?;
                w.append(
                    kind::EVIDENCE_ADDED,
                    Some(incident),
                    json!({
                        "evidence_id": id.to_string(), "name": name,
                        "media_type": media_type(name, &stored.head), "size": stored.size,
                        "sha256": stored.sha256, "note": note,
                    }),
                )?;
                projection::evidence::load_evidence(w.connection(), id)?
                    .ok_or_else(|| Error::Data("evidence not stored".into()))
            })
        })?;
        Ok(evidence)
    }

    /// Runs `f` with the small page cache of [`storage::STREAM_CACHE_KIB`], then frees what it
    /// cached and restores the register's cache: the memory an evidence file takes stays the
    /// same whatever its size (`make bench`, the evidence figure).
    fn streaming<T>(&mut self, f: impl FnOnce(&mut Register) -> Result<T>) -> Result<T> {
        self.conn.execute_batch(&format!(
            "PRAGMA cache_size = -{};",
            storage::STREAM_CACHE_KIB
        ))?;
        let out = f(self);
        let restored = self.conn.execute_batch(&format!(
            "PRAGMA cache_size = -{}; PRAGMA shrink_memory;",
            storage::CACHE_KIB
        ));
        let out = out?;
        restored?;
        Ok(out)
    }

    /// The size and SHA-256 the journal holds for a file (its `evidence.added` event).
    fn chained_content(&self, evidence: &Evidence) -> Result<(u64, String)> {
        let ev = self
            .event_at(evidence.added_seq)?
            .filter(|e| {
                e.kind == kind::EVIDENCE_ADDED
                    && e.payload.get("evidence_id").and_then(|v| v.as_str())
                        == Some(evidence.id.to_string().as_str())
            })
            .ok_or_else(|| {
                Error::Data(format!(
                    "evidence {}: no evidence.added event at seq {}",
                    evidence.id, evidence.added_seq
                ))
            })?;
        Ok((
            projection::field(&ev, "size")?,
            projection::field(&ev, "sha256")?,
        ))
    }
}

/// A note given with a file: checked like every free text; empty means none.
fn evidence_note(note: Option<&str>) -> Result<Option<String>> {
    Ok(note
        .map(|n| validate::text("note", n))
        .transpose()?
        .filter(|n| !n.trim().is_empty()))
}

/// Opens a file to attach: it exists, is a regular file (not a folder, device or pipe, which
/// could block or never end), is not larger than [`MAX_EVIDENCE_BYTES`], and its name is a
/// usable one-line text. Returns the open file and its name.
fn open_source(path: &Path) -> Result<(File, String)> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::invalid("file", Reason::FileMissing))
        }
        Err(e) => return Err(Error::io(path, e)),
    };
    check_source(&meta)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = validate::line("file_name", &name)?;
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    // The same checks on what was opened (the path may have been replaced meanwhile).
    check_source(&file.metadata().map_err(|e| Error::io(path, e))?)?;
    Ok((file, name))
}

fn check_source(meta: &std::fs::Metadata) -> Result<()> {
    if meta.is_dir() {
        return Err(Error::invalid("file", Reason::IsDirectory));
    }
    if !meta.is_file() {
        return Err(Error::invalid("file", Reason::NotAFile));
    }
    if meta.len() > MAX_EVIDENCE_BYTES {
        return Err(too_large(MAX_EVIDENCE_BYTES));
    }
    Ok(())
}

fn too_large(max: u64) -> Error {
    Error::invalid("file", Reason::FileTooLarge { max_mib: max >> 20 })
}

/// What [`store_content`] stored.
struct Stored {
    size: u64,
    sha256: String,
    /// The first bytes, to recognise the media type.
    head: Vec<u8>,
}

/// Reads `reader` to its end in chunks of [`CHUNK_SIZE`], inserting each as a row with its own
/// SHA-256 and hashing the whole as it goes. Refuses content beyond `max` bytes (a file that
/// grew after it was checked) — the caller's transaction then writes nothing.
fn store_content(
    conn: &Connection,
    id: Uuid,
    reader: &mut impl Read,
    source: &Path,
    max: u64,
) -> Result<Stored> {
    let id_text = id.to_string();
    let mut insert = conn.prepare_cached(
        "INSERT INTO evidence_content (evidence_id, chunk, sha256, data) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut buf = vec![0u8; CHUNK_SIZE];
    let mut whole = Sha256::new();
    let mut size = 0u64;
    let mut head = Vec::new();
    for chunk in 0i64.. {
        let filled = read_full(reader, &mut buf).map_err(|e| Error::io(source, e))?;
        if filled == 0 {
            break;
        }
        size += filled as u64;
        if size > max {
            return Err(too_large(max));
        }
        let bytes = &buf[..filled];
        if chunk == 0 {
            head = bytes[..bytes.len().min(16)].to_vec();
        }
        whole.update(bytes);
        insert.execute(params![
            id_text,
            chunk,
            hex::encode(Sha256::digest(bytes)),
            bytes
        ])?;
        if filled < CHUNK_SIZE {
            break;
        }
    }
    Ok(Stored {
        size,
        sha256: hex::encode(whole.finalize()),
        head,
    })
}

/// Fills `buf` from `reader` until it is full or the reader ends; the number of bytes read.
fn read_full(reader: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// Streams the stored content of `id` to `sink` in chunk order, hashing it. `None` when it is
/// exactly `size` bytes hashing to `sha256`; otherwise `Some` of the first chunk found altered,
/// missing or extra (`Some(None)` when no single chunk can be named). At most one chunk is held
/// in memory at a time.
pub(crate) fn read_content(
    conn: &Connection,
    id: Uuid,
    size: u64,
    sha256: &str,
    mut sink: impl FnMut(&[u8]) -> Result<()>,
) -> Result<Option<Option<u64>>> {
    let id_text = id.to_string();
    let mut whole = Sha256::new();
    let mut total = 0u64;
    {
        let mut stmt = conn.prepare_cached(
            "SELECT data FROM evidence_content WHERE evidence_id = ?1 ORDER BY chunk",
        )?;
        let mut rows = stmt.query([&id_text])?;
        while let Some(row) = rows.next()? {
            let data = match row.get_ref(0)? {
                rusqlite::types::ValueRef::Blob(b) => b,
                _ => &[],
            };
            total += data.len() as u64;
            if total > size {
                break; // more than the journal says: found below
            }
            whole.update(data);
            sink(data)?;
        }
    }
    if total == size && hex::encode(whole.finalize()) == sha256 {
        return Ok(None);
    }
    Ok(Some(altered_chunk(conn, &id_text, size)?))
}

/// The first chunk of a file that is not what it should be: a gap in the numbering, a chunk
/// whose bytes do not hash to the SHA-256 stored with it, a short chunk before the last one,
/// content beyond the size in the journal, or a missing last chunk.
fn altered_chunk(conn: &Connection, id: &str, size: u64) -> Result<Option<u64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT chunk, sha256, data FROM evidence_content WHERE evidence_id = ?1 ORDER BY chunk",
    )?;
    let mut rows = stmt.query([id])?;
    let mut expected = 0u64;
    let mut offset = 0u64;
    while let Some(row) = rows.next()? {
        let chunk = u64::try_from(row.get::<_, i64>(0)?).unwrap_or(u64::MAX);
        if chunk != expected {
            return Ok(Some(expected));
        }
        let stored: String = row.get(1)?;
        let data = match row.get_ref(2)? {
            rusqlite::types::ValueRef::Blob(b) => b,
            _ => &[],
        };
        if hex::encode(Sha256::digest(data)) != stored {
            return Ok(Some(chunk));
        }
        offset += data.len() as u64;
        if offset > size || (data.len() != CHUNK_SIZE && offset < size) {
            return Ok(Some(chunk));
        }
        expected += 1;
    }
    if offset < size {
        return Ok(Some(expected));
    }
    Ok(None)
}

/// `verify`: every evidence file whose content was not erased reads back as the size and
/// SHA-256 the journal holds for it (`evidence`, already found equal to its rebuild from the
/// journal), in the order the files were added; no stored chunk belongs to an unknown file.
/// Failures are reported at the seq of the file's `evidence.added` (orphans at `head_seq`).
pub(crate) fn check_all(conn: &Connection, head_seq: u64) -> Result<()> {
    let mut files: Vec<Evidence> = Vec::new();
    {
        let mut stmt = conn.prepare("SELECT doc FROM evidence")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let doc: String = row.get(0)?;
            files.push(serde_json::from_str(&doc).map_err(|e| Error::Data(e.to_string()))?);
        }
    }
    files.sort_by_key(|e| e.added_seq);
    for e in files.iter().filter(|e| !e.erased) {
        if let Some(chunk) = read_content(conn, e.id, e.size, &e.sha256, |_| Ok(()))? {
            return Err(IntegrityError {
                seq: e.added_seq,
                reason: IntegrityReason::EvidenceMismatch {
                    evidence: e.id.to_string(),
                    chunk,
                },
            }
            .into());
        }
    }
    let orphan: Option<String> = {
        use rusqlite::OptionalExtension;
        conn.query_row(
            "SELECT evidence_id FROM evidence_content
              WHERE evidence_id NOT IN (SELECT id FROM evidence) ORDER BY evidence_id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?
    };
    if let Some(evidence) = orphan {
        return Err(IntegrityError {
            seq: head_seq,
            reason: IntegrityReason::EvidenceOrphan { evidence },
        }
        .into());
    }
    Ok(())
}

/// Deletes the stored content of every evidence file of `incident` (redaction); returns the
/// files' ids and their total size.
pub(crate) fn erase_content(conn: &Connection, incident: Uuid) -> Result<(Vec<String>, u64)> {
    let files = projection::evidence::of_incident(conn, incident)?;
    let mut delete = conn.prepare("DELETE FROM evidence_content WHERE evidence_id = ?1")?;
    let mut ids = Vec::with_capacity(files.len());
    let mut bytes = 0u64;
    for e in files.iter().filter(|e| !e.erased) {
        delete.execute([e.id.to_string()])?;
        ids.push(e.id.to_string());
        bytes += e.size;
    }
    Ok((ids, bytes))
}

/// The media type of a file: recognised from its first bytes for the common evidence formats,
/// else from its extension, else `application/octet-stream`.
pub fn media_type(name: &str, head: &[u8]) -> &'static str {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"GIF87a", "image/gif"),
        (b"GIF89a", "image/gif"),
        (b"\x1f\x8b", "application/gzip"),
        (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    ];
    if let Some((_, t)) = MAGIC.iter().find(|(m, _)| head.starts_with(m)) {
        return t;
    }
    if head.len() >= 12 && head.starts_with(b"RIFF") && &head[8..12] == b"WEBP" {
        return "image/webp";
    }
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "heic" => "image/heic",
        "txt" | "log" => "text/plain",
        "csv" => "text/csv",
        "json" => "application/json",
        "xml" => "application/xml",
        "html" | "htm" => "text/html",
        "eml" => "message/rfc822",
        "msg" => "application/vnd.ms-outlook",
        "zip" => "application/zip",
        "gz" => "application/gzip",
        "7z" => "application/x-7z-compressed",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "odt" => "application/vnd.oasis.opendocument.text",
        "mp4" => "video/mp4",
        "pcap" => "application/vnd.tcpdump.pcap",
        _ if head.starts_with(b"PK\x03\x04") => "application/zip",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
#[path = "evidence_tests.rs"]
mod tests;
