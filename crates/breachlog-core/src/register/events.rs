//! Reading the journal: events (with their sealed values opened for timelines), the head,
//! exports of the journal, and the one mapping of the `events` columns ([`RawEvent`]).

use std::io::{BufWriter, Write};
use std::path::Path;

use rusqlite::{params, Connection};
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::{Error, IntegrityError, IntegrityReason, Result};
use crate::journal::{Event, VerifyReport, GENESIS_PREV};
use crate::projection::kind;

use super::head_of;
use super::Register;

impl Register {
    /// Journal events, optionally only those about `subject`, in seq order.
    pub fn events(&self, subject: Option<Uuid>) -> Result<Vec<Event>> {
        let (sql, arg) = match subject {
            Some(s) => (
                format!("{EVENT_COLUMNS} WHERE subject = ?1 ORDER BY seq"),
                Some(s.to_string()),
            ),
            None => (format!("{EVENT_COLUMNS} ORDER BY seq"), None),
        };
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = match arg {
            Some(a) => stmt
                .query_map([a], raw_event)?
                .collect::<rusqlite::Result<Vec<_>>>()?,
            None => stmt
                .query_map([], raw_event)?
                .collect::<rusqlite::Result<Vec<_>>>()?,
        };
        rows.into_iter()
            .map(|r| r.into_event().map_err(Error::from))
            .collect()
    }

    /// Like [`Register::events`], with the values of sealed personal fields put back (redacted
    /// ones read [`crate::seal::REDACTED`]): for timelines. Hashes are those of the sealed form.
    pub fn events_opened(&self, subject: Option<Uuid>) -> Result<Vec<Event>> {
        self.events(subject)?
            .into_iter()
            .map(|ev| open_event(&self.conn, ev))
            .collect()
    }

    /// Streams the events with `from <= seq <= to` in order, checking each one's format.
    pub fn for_each_event(
        &self,
        from: u64,
        to: u64,
        mut f: impl FnMut(Event) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare(&format!(
            "{EVENT_COLUMNS} WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq"
        ))?;
        let mut rows = stmt.query(params![from as i64, to as i64])?;
        while let Some(row) = rows.next()? {
            f(raw_event(row)?.into_event()?)?;
        }
        Ok(())
    }

    /// Frees the connection's cache of decrypted pages (`PRAGMA shrink_memory`); it refills
    /// as pages are read again. For a long computation after a large read (reports).
    pub fn release_cache(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA shrink_memory;")?;
        Ok(())
    }

    /// The latest event's (seq, hash); (0, 64 zeros) for an empty journal.
    pub fn head(&self) -> Result<(u64, String)> {
        head_of(&self.conn)
    }

    /// Compares the journal with an earlier export (see [`crate::journal::compare_with_reference`]).
    pub fn compare_with_reference(&self, reference: impl std::io::BufRead) -> Result<u64> {
        let mut stmt = self
            .conn
            .prepare("SELECT seq, hash FROM events ORDER BY seq")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get::<_, String>(1)?))
        })?;
        let pairs = rows.map(|r| {
            r.map_err(|e| IntegrityError {
                seq: 0,
                reason: IntegrityReason::Malformed {
                    detail: e.to_string(),
                },
            })
        });
        Ok(crate::journal::compare_with_reference(pairs, reference)?)
    }

    /// Refuses an output path that is a symlink, a folder or one of this register's own files.
    /// Callers check before they record anything, so a refused export writes nothing.
    pub fn check_output(&self, out: &Path) -> Result<()> {
        crate::store::files::check_output(out, Some(&self.path))
    }

    /// Writes an output file chosen by the user (a report, a calendar file): checked with
    /// [`Register::check_output`], private, atomic.
    pub fn save_output(&self, out: &Path, bytes: &[u8]) -> Result<()> {
        self.check_output(out)?;
        crate::store::files::write_atomic(out, bytes)
    }

    /// Writes the journal as canonical JSON lines (atomically), then records the export.
    pub fn export_journal(&mut self, out: &Path) -> Result<VerifyReport> {
        self.check_output(out)?;
        let written =
            (|| -> Result<(u64, String, String, breachlog_chain::merkle::Accumulator)> {
                let file = crate::store::files::AtomicFile::create(out)?;
                let mut w = BufWriter::new(file);
                let mut hasher = Sha256::new();
                let mut count = 0u64;
                let mut stmt = self
                    .conn
                    .prepare(&format!("{EVENT_COLUMNS} ORDER BY seq"))?;
                let mut rows = stmt.query([])?;
                let mut head = GENESIS_PREV.to_string();
                let mut tree = breachlog_chain::merkle::Accumulator::new();
                while let Some(row) = rows.next()? {
                    let ev = raw_event(row)?.into_event()?;
                    tree.push_hex(&ev.hash);
                    let line = ev.to_line().map_err(|e| Error::Data(e.to_string()))? + "\n";
                    hasher.update(line.as_bytes());
                    w.write_all(line.as_bytes())
                        .map_err(|e| Error::io(out, e))?;
                    count = ev.seq;
                    head = ev.hash;
                }
                let file = w.into_inner().map_err(|e| Error::io(out, e.into_error()))?;
                file.commit()?;
                Ok((count, head, hex::encode(hasher.finalize()), tree))
            })();
        let (count, head, sha, tree) = written?;
        let (signer, origin) = (self.signer()?, self.origin());
        self.write(|w| {
            w.append(
                kind::JOURNAL_EXPORTED,
                None,
                json!({
                    "events": count, "head_seq": count, "head_hash": head, "file_sha256": sha,
                    "file_name": out.file_name().map(|n| n.to_string_lossy().into_owned()),
                }),
            )?;
            w.append_checkpoint(&signer, &origin, super::checkpoints::REASON_EXPORT)
        })?;
        Ok(VerifyReport {
            events: count,
            head_seq: count,
            head_hash: head,
            merkle_root: hex::encode(tree.root()),
            tree_size: tree.size(),
            checkpoints: Vec::new(),
            timestamps: Vec::new(),
            tsa_urls: Vec::new(),
            redactions: Vec::new(),
        })
    }
}

pub(crate) const EVENT_COLUMNS: &str =
    "SELECT seq, id, ts, actor, kind, subject, payload, prev, hash FROM events";

/// An events row as stored, before it is checked.
#[derive(Default)]
pub(crate) struct RawEvent {
    pub(crate) seq: i64,
    pub(crate) id: String,
    pub(crate) ts: String,
    pub(crate) actor: String,
    pub(crate) kind: String,
    pub(crate) subject: Option<String>,
    pub(crate) payload: String,
    pub(crate) prev: String,
    pub(crate) hash: String,
}

pub(crate) fn raw_event(row: &rusqlite::Row<'_>) -> rusqlite::Result<RawEvent> {
    let mut raw = RawEvent::default();
    raw.fill(row)?;
    Ok(raw)
}

impl RawEvent {
    /// Reads `row` into this event's buffers (`verify` recycles them: the strings are then
    /// allocated and freed on the same thread).
    pub(crate) fn fill(&mut self, row: &rusqlite::Row<'_>) -> rusqlite::Result<()> {
        fn set(s: &mut String, row: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<()> {
            s.clear();
            s.push_str(row.get_ref(i)?.as_str()?);
            Ok(())
        }
        self.seq = row.get(0)?;
        set(&mut self.id, row, 1)?;
        set(&mut self.ts, row, 2)?;
        set(&mut self.actor, row, 3)?;
        set(&mut self.kind, row, 4)?;
        match row.get_ref(5)? {
            rusqlite::types::ValueRef::Null => self.subject = None,
            _ => set(self.subject.get_or_insert_with(String::new), row, 5)?,
        }
        set(&mut self.payload, row, 6)?;
        set(&mut self.prev, row, 7)?;
        set(&mut self.hash, row, 8)
    }

    /// The event, leaving this row's buffers for reuse.
    pub(crate) fn to_event(&self) -> Result<Event, IntegrityError> {
        let seq = u64::try_from(self.seq).unwrap_or(0);
        Event::from_columns(
            seq,
            &self.id,
            &self.ts,
            self.actor.clone(),
            self.kind.clone(),
            self.subject.as_deref(),
            &self.payload,
            self.prev.clone(),
            self.hash.clone(),
        )
    }

    pub(crate) fn into_event(self) -> Result<Event, IntegrityError> {
        let seq = u64::try_from(self.seq).unwrap_or(0);
        Event::from_columns(
            seq,
            &self.id,
            &self.ts,
            self.actor,
            self.kind,
            self.subject.as_deref(),
            &self.payload,
            self.prev,
            self.hash,
        )
    }
}

/// The stored values of one event's sealed fields: (path, salt, value).
pub type SecretRows = Vec<(String, String, String)>;

pub(crate) fn secrets_of(conn: &Connection, seq: u64) -> Result<SecretRows> {
    let mut stmt = conn.prepare_cached(
        "SELECT path, salt, value FROM event_secrets WHERE seq = ?1 ORDER BY path",
    )?;
    let rows = stmt.query_map([seq as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The event with its sealed fields' values put back (redacted ones read [`crate::seal::REDACTED`]):
/// for display and projections. Its `hash` is that of the sealed form.
pub(crate) fn open_event(conn: &Connection, mut ev: Event) -> Result<Event> {
    if crate::seal::personal_paths(&ev.kind, &ev.payload).is_empty() {
        return Ok(ev);
    }
    let secrets = secrets_of(conn, ev.seq)?;
    crate::seal::open(&ev.kind, &mut ev.payload, &secrets).map_err(|e| sealed_error(ev.seq, e))?;
    Ok(ev)
}

pub(crate) fn sealed_error(seq: u64, e: crate::seal::OpenError) -> Error {
    use crate::seal::OpenError;
    let reason = match e {
        OpenError::Mismatch { path } => IntegrityReason::SealedValueMismatch { path },
        OpenError::Orphan { path } => IntegrityReason::SealedValueOrphan { path },
        OpenError::Malformed { path } => IntegrityReason::Malformed {
            detail: format!("stored value {path}"),
        },
    };
    IntegrityError { seq, reason }.into()
}
