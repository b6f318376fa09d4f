//! Verifying a register: the chain, the sealed values and the anchor, every projection table
//! rebuilt from the events and compared with the stored one, and the content of every evidence
//! file against its SHA-256 in the journal, on a snapshot of its own.

use std::path::Path;

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::journal::{ChainVerifier, ExpectHead, VerifyReport};
use crate::store::keys::DataKey;
use crate::store::storage;

use crate::register::{head_of, RawEvent, Register, EVENT_COLUMNS};

mod compare;
mod replay;
#[cfg(test)]
mod tests;

use compare::*;
use replay::*;

impl Register {
    /// Verifies the chain (streaming), rebuilds every projection from the events and compares
    /// it with the stored tables, and checks the optional external anchor.
    pub fn verify(&self, expect: Option<ExpectHead>) -> Result<VerifyReport> {
        self.verifier()?.run(expect)
    }

    /// A verification of the register as it is now, on connections of its own: it can run on
    /// another thread while the register is read and written (the desktop app verifies in the
    /// background after unlock). See [`Verifier::run`].
    pub fn verifier(&self) -> Result<Verifier> {
        Verifier::open(&self.path, &self.key)
    }
}

/// A register verification with its own two connections, each in a read transaction on the
/// same journal head: one snapshot of the register, whatever is written meanwhile (the journal
/// is append-only and every write appends an event, so the same head is the same state).
pub struct Verifier {
    events: Connection,
    tables: Connection,
    head: (u64, String),
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Verifier")
    }
}

impl Verifier {
    fn open(path: &Path, key: &DataKey) -> Result<Verifier> {
        let events = storage::open(path, key, false)?;
        let tables = storage::open(path, key, false)?;
        // Both read every page once, in order: a small cache is as fast as the large one of the
        // register's own connection and keeps ~100 MiB out of the verification's memory.
        for conn in [&events, &tables] {
            conn.execute_batch("PRAGMA cache_size = -8192;")?;
        }
        events.execute_batch("BEGIN")?;
        let mut head = head_of(&events)?;
        // A write between the two snapshots: take both again (writes are short).
        for _ in 0..1000 {
            tables.execute_batch("BEGIN")?;
            if head_of(&tables)? == head {
                return Ok(Verifier {
                    events,
                    tables,
                    head,
                });
            }
            tables.execute_batch("COMMIT")?;
            events.execute_batch("COMMIT; BEGIN")?;
            head = head_of(&events)?;
        }
        Err(Error::Data(
            "the register changed during every attempt to take a snapshot for verification".into(),
        ))
    }

    /// The (seq, hash) of the snapshot's last event.
    pub fn head(&self) -> &(u64, String) {
        &self.head
    }

    /// Checks the chain, the sealed values and the anchor, rebuilds every projection from the
    /// events and compares it with the stored tables.
    pub fn run(self, expect: Option<ExpectHead>) -> Result<VerifyReport> {
        let Verifier { events, tables, .. } = self;
        // This thread reads the events with their sealed values (`event_secrets`, merged in seq
        // order) and checks the chain; it hashes the stored canonical payload text directly (see
        // `chain_fast_path`) and parses only an event that does not pass, so the accepted events
        // and the errors are exactly the same. A second thread parses the payloads, checks the
        // sealed values against their commitments (`SealedFields`) and replays the events into an
        // in-memory copy of the projections. Events cross in batches through a bounded channel.
        // Then, on an intact chain, this thread compares the incidents straight from the replay's
        // memory with the stored rows while the replay thread compares the other tables through
        // a second connection.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Replayed>>(16);
        let (spare_tx, spare_rx) = std::sync::mpsc::sync_channel::<Vec<RawEvent>>(32);
        let (incidents_tx, incidents_rx) = std::sync::mpsc::sync_channel(1);
        let (compare_tx, compare_rx) = std::sync::mpsc::sync_channel(1);
        let replay = ReplayThread {
            events: rx,
            spare: spare_tx,
            incidents: incidents_tx,
            compare_at: compare_rx,
            stored: tables,
        };
        let rebuild = std::thread::spawn(move || replay.run());
        // Events before a chain error still reach the replay thread (its error may come first).
        let mut batch = Vec::with_capacity(VERIFY_BATCH);
        let chain = (|| -> Result<VerifyReport> {
            let mut verifier = ChainVerifier::new(expect);
            let mut stmt = events.prepare(&format!("{EVENT_COLUMNS} ORDER BY seq"))?;
            let mut rows = stmt.query([])?;
            let mut secrets = events.prepare(SecretsCursor::SQL)?;
            let mut secrets = SecretsCursor::new(secrets.query([])?)?;
            let mut body = String::with_capacity(4096);
            // Row buffers the replay thread has finished with (glibc's allocator is slow when
            // one thread frees what another allocated).
            let mut spare: Vec<RawEvent> = Vec::new();
            while let Some(row) = rows.next()? {
                if spare.is_empty() {
                    if let Ok(returned) = spare_rx.try_recv() {
                        spare = returned;
                    }
                }
                let mut raw = spare.pop().unwrap_or_default();
                raw.fill(row)?;
                let seq = raw.seq;
                // The chain first, then the stored values (an orphan value of a deleted event is
                // reported as the gap it leaves).
                let checked = if !crate::checkpoint::CheckpointTracker::wants(&raw.kind)
                    && chain_fast_path(&raw, &mut body)
                    && verifier.accept_hashed(raw.seq as u64, &raw.prev, &raw.hash)
                {
                    Err(raw) // parsed on the replay thread
                } else {
                    let ev = raw.into_event()?;
                    verifier.push(&ev)?;
                    Ok(ev)
                };
                let values = secrets.take(seq)?;
                batch.push(match checked {
                    Ok(ev) => Replayed::Event(ev, values),
                    Err(raw) => Replayed::Raw(raw, values),
                });
                if batch.len() == VERIFY_BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(VERIFY_BATCH));
                    if tx.send(full).is_err() {
                        break; // the replay stopped early; its error is reported below
                    }
                }
            }
            secrets.finish()?;
            Ok(verifier.finish()?)
        })();
        // A failed send means the replay stopped; its error is reported below.
        let _ = tx.send(batch);
        drop(tx);
        let incidents = match (&chain, incidents_rx.recv()) {
            (Ok(report), Ok(mut replayed)) => {
                let _ = compare_tx.send(report.head_seq);
                Some(compare_incidents(&events, &mut replayed))
            }
            _ => None,
        };
        drop(compare_tx);
        let replayed = rebuild
            .join()
            .map_err(|_| Error::Data("projection rebuild thread panicked".into()))?;
        // The first problem in journal order: a sealed value found wrong by the replay thread
        // comes before a chain error at a later seq, as when both were checked on one thread.
        let (mut report, replayed) = match (chain, replayed) {
            (Err(c), Err(ReplayFailure::Sealed(r))) => {
                let seq = |e: &Error| match e {
                    Error::Integrity(i) => i.seq,
                    _ => u64::MAX,
                };
                return Err(if seq(&r) < seq(&c) { r } else { c });
            }
            (Err(c), _) => return Err(c),
            (Ok(_), Err(ReplayFailure::Sealed(e) | ReplayFailure::Replay(e))) => return Err(e),
            (Ok(report), Ok(replayed)) => (report, replayed),
        };
        // The first table that differs, in `storage::PROJECTIONS` order.
        let incidents_at = storage::PROJECTIONS
            .iter()
            .position(|(t, _)| *t == "incidents")
            .unwrap_or(0);
        let incidents = match incidents {
            Some(Ok(Some(key))) => {
                Some((incidents_at, mismatch("incidents", key, report.head_seq)))
            }
            Some(Err(e)) => return Err(e),
            Some(Ok(None)) | None => None,
        };
        let others = replayed.mismatch?;
        if let Some((_, e)) = [incidents, others]
            .into_iter()
            .flatten()
            .min_by_key(|(at, _)| *at)
        {
            return Err(e);
        }
        // Every evidence file's stored content against the size and SHA-256 of the journal
        // (the `evidence` table was just found equal to its rebuild), on the same snapshot.
        crate::register::evidence::check_all(&events, report.head_seq)?;
        report.redactions = replayed.redactions;
        Ok(report)
    }
}
