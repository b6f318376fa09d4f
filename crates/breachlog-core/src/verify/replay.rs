//! The replay side of a verification: events cross from the reading thread in batches, their
//! sealed values are checked against their commitments and they are folded into an in-memory
//! copy of the projections.

use rusqlite::Connection;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::{Error, IntegrityError, IntegrityReason, Result};
use crate::journal::Event;
use crate::projection::{self, kind};
use crate::store::storage;
use crate::Ts;

use super::compare::{compare_tables, ReplayedIncidents};
use crate::register::sealed_error;
use crate::register::{RawEvent, SecretRows};

/// What `verify` hands to its replay thread, with the event's stored sealed values: a stored
/// row whose hash already checked out (the payload is parsed there), or an event the chain
/// check parsed itself.
pub(crate) enum Replayed {
    /// A stored row whose hash checked out: the payload is parsed on the replay thread (its
    /// errors are reported in seq order with the sealed-value errors).
    Raw(RawEvent, SecretRows),
    Event(Event, SecretRows),
}

/// Why the replay of `verify` stopped: a sealed value that does not open (ordered with the
/// chain's errors by seq), or an event the projections cannot take.
pub(crate) enum ReplayFailure {
    Sealed(Error),
    Replay(Error),
}

/// The replay thread of `verify`: parses the events, opens and checks their sealed fields, and
/// replays them into an in-memory copy of the projections (incidents kept in memory); then hands
/// the incidents over and, when told the head seq, compares the other tables with `stored`.
pub(crate) struct ReplayThread {
    pub(crate) events: std::sync::mpsc::Receiver<Vec<Replayed>>,
    /// Row buffers handed back to the reading thread for reuse.
    pub(crate) spare: std::sync::mpsc::SyncSender<Vec<RawEvent>>,
    pub(crate) incidents: std::sync::mpsc::SyncSender<ReplayedIncidents>,
    pub(crate) compare_at: std::sync::mpsc::Receiver<u64>,
    pub(crate) stored: Connection,
}

/// Opens one event's sealed fields and applies it to the replayed projections.
pub(crate) fn replay_one(
    projector: &mut projection::Projector<'_>,
    sealed: &mut SealedFields,
    mut ev: Event,
    values: SecretRows,
) -> std::result::Result<(), ReplayFailure> {
    sealed
        .open(&mut ev, values)
        .map_err(ReplayFailure::Sealed)?;
    projection::apply_to(projector, &ev).map_err(|e| {
        ReplayFailure::Replay(
            IntegrityError {
                seq: ev.seq,
                reason: IntegrityReason::Malformed {
                    detail: e.to_string(),
                },
            }
            .into(),
        )
    })
}

/// What the replay thread of `verify` found once the journal replayed cleanly.
pub(crate) struct ReplayOutcome {
    pub(crate) redactions: Vec<crate::journal::Redaction>,
    /// The first table other than `incidents` that differs (its `PROJECTIONS` index).
    pub(crate) mismatch: Result<Option<(usize, Error)>>,
}

impl ReplayThread {
    pub(crate) fn run(self) -> std::result::Result<ReplayOutcome, ReplayFailure> {
        let mut rebuilt = storage::memory_projection_db().map_err(ReplayFailure::Replay)?;
        let txn = rebuilt
            .transaction()
            .map_err(|e| ReplayFailure::Replay(e.into()))?;
        let mut projector = projection::Projector::replay(&txn);
        let mut sealed = SealedFields::default();
        // After the first failure the rest is only received (the chain thread keeps sending).
        let mut failed: Option<ReplayFailure> = None;
        for batch in self.events {
            let mut spare = Vec::with_capacity(batch.len());
            for item in batch {
                if failed.is_some() {
                    continue;
                }
                let (ev, values) = match item {
                    Replayed::Event(ev, values) => (Ok(ev), values),
                    Replayed::Raw(raw, values) => {
                        let ev = raw.to_event();
                        spare.push(raw);
                        (ev, values)
                    }
                };
                match ev {
                    Ok(ev) => failed = replay_one(&mut projector, &mut sealed, ev, values).err(),
                    Err(e) => failed = Some(ReplayFailure::Sealed(e.into())),
                }
            }
            let _ = self.spare.try_send(spare);
        }
        if let Some(f) = failed {
            return Err(f);
        }
        let redactions = sealed.finish().map_err(ReplayFailure::Sealed)?;
        let incidents = projector.into_incidents();
        txn.commit().map_err(|e| ReplayFailure::Replay(e.into()))?;
        let _ = self.incidents.send(incidents);
        let mismatch = match self.compare_at.recv() {
            Ok(head_seq) => compare_tables(&self.stored, &rebuilt, head_seq),
            Err(_) => Ok(None), // the chain failed: nothing to compare
        };
        Ok(ReplayOutcome {
            redactions,
            mismatch,
        })
    }
}

/// True when the stored event's hash is the SHA-256 of its canonical body with the stored
/// payload text spliced in as is. `Writer::append` stores exactly the canonical payload text,
/// so for every intact event this holds and the payload need not be parsed and re-serialised
/// to check the chain. A matching hash means the stored text *is* the canonical payload of the
/// hashed event, so it parses back to that object (the replay thread parses it). `false`
/// means only "take the slow path": the caller then parses the event and checks it with
/// `ChainVerifier::push`, which accepts or reports it exactly as before.
pub(crate) fn chain_fast_path(raw: &RawEvent, body: &mut String) -> bool {
    let Ok(seq) = u64::try_from(raw.seq) else {
        return false;
    };
    let (Ok(id), Some(ts)) = (Uuid::parse_str(&raw.id), Ts::parse_canonical(&raw.ts)) else {
        return false;
    };
    let subject = match raw.subject.as_deref().map(Uuid::parse_str) {
        None => None,
        Some(Ok(s)) => Some(s),
        Some(Err(_)) => return false,
    };
    if !raw.payload.starts_with('{') || raw.hash.len() != 64 {
        return false;
    }
    body.clear();
    Event::write_canonical_body_parts(
        body,
        crate::journal::EVENT_VERSION,
        seq,
        &id,
        &ts,
        &raw.actor,
        &raw.kind,
        subject.as_ref(),
        &raw.payload,
        &raw.prev,
    );
    let mut hex_digest = [0u8; 64];
    hex::encode_to_slice(Sha256::digest(body.as_bytes()), &mut hex_digest).is_ok()
        && hex_digest[..] == *raw.hash.as_bytes()
}

/// Reads `event_secrets` alongside the events `verify` streams (both in seq order) and hands
/// each event its stored values; a value whose event was passed is an orphan.
pub(crate) struct SecretsCursor<'c> {
    rows: rusqlite::Rows<'c>,
    next: Option<(u64, String, String, String)>,
}

impl<'c> SecretsCursor<'c> {
    pub(crate) const SQL: &'static str =
        "SELECT seq, path, salt, value FROM event_secrets ORDER BY seq, path";

    pub(crate) fn new(mut rows: rusqlite::Rows<'c>) -> Result<Self> {
        let next = Self::read(&mut rows)?;
        Ok(SecretsCursor { rows, next })
    }

    pub(crate) fn read(
        rows: &mut rusqlite::Rows<'_>,
    ) -> Result<Option<(u64, String, String, String)>> {
        Ok(match rows.next()? {
            Some(r) => Some((r.get::<_, i64>(0)? as u64, r.get(1)?, r.get(2)?, r.get(3)?)),
            None => None,
        })
    }

    /// The stored values of the event at `seq`; an error for values of an earlier seq (no
    /// event of theirs read them).
    pub(crate) fn take(&mut self, seq: i64) -> Result<SecretRows> {
        let mut mine: SecretRows = Vec::new();
        while let Some((s, ..)) = &self.next {
            if i64::try_from(*s).map_or(true, |s| s > seq) {
                break;
            }
            if let Some((s, path, salt, value)) = self.next.take() {
                if i64::try_from(s).is_ok_and(|s| s < seq) {
                    return Err(IntegrityError {
                        seq: s,
                        reason: IntegrityReason::SealedValueOrphan { path },
                    }
                    .into());
                }
                mine.push((path, salt, value));
            }
            self.next = Self::read(&mut self.rows)?;
        }
        Ok(mine)
    }

    /// Values left after the last event are orphans.
    pub(crate) fn finish(self) -> Result<()> {
        match self.next {
            Some((seq, path, ..)) => Err(IntegrityError {
                seq,
                reason: IntegrityReason::SealedValueOrphan { path },
            }
            .into()),
            None => Ok(()),
        }
    }
}

/// Checks the sealed fields of the events `verify` replays against their stored values, puts
/// the values back for the projection rebuild, and collects the redactions.
#[derive(Default)]
pub(crate) struct SealedFields {
    /// Events whose values are gone, not (yet) accounted for by a redaction: seq → path.
    pub(crate) missing: std::collections::BTreeMap<u64, &'static str>,
    pub(crate) redactions: Vec<crate::journal::Redaction>,
}

impl SealedFields {
    pub(crate) fn open(&mut self, ev: &mut Event, values: SecretRows) -> Result<()> {
        if !values.is_empty() || !crate::seal::personal_paths(&ev.kind, &ev.payload).is_empty() {
            let opened = crate::seal::open(&ev.kind, &mut ev.payload, &values)
                .map_err(|e| sealed_error(ev.seq, e))?;
            if let Some(path) = opened.missing.first() {
                self.missing.insert(ev.seq, path);
            }
        }
        if ev.kind == kind::INCIDENT_REDACTED {
            let events: Vec<u64> = projection::field(ev, "events")?;
            for seq in &events {
                self.missing.remove(seq);
            }
            self.redactions.push(crate::journal::Redaction {
                seq: ev.seq,
                ts: ev.ts,
                incident: ev.subject,
                events,
                fields: projection::field(ev, "fields")?,
                reason: projection::field(ev, "reason")?,
                reports_deleted: match ev.payload.get("reports_deleted_serials") {
                    Some(_) => projection::field(ev, "reports_deleted_serials")?,
                    None => Vec::new(),
                },
            });
        }
        Ok(())
    }

    pub(crate) fn finish(self) -> Result<Vec<crate::journal::Redaction>> {
        if let Some((seq, path)) = self.missing.into_iter().next() {
            return Err(IntegrityError {
                seq,
                reason: IntegrityReason::SealedValueMissing { path: path.into() },
            }
            .into());
        }
        Ok(self.redactions)
    }
}
