//! Merkle proofs over the register's journal (`docs/chain-format.md` §8): the root of the first
//! `n` events, inclusion of one event, consistency of an earlier size with a later one.

use serde::Serialize;

use super::Register;
use crate::error::{Error, Reason, Result};
use crate::merkle::{self, Hash};

/// The event at `seq` is in the journal of `size` events whose tree has `root`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InclusionProof {
    pub seq: u64,
    /// The leaf index: `seq - 1`.
    pub index: u64,
    pub size: u64,
    pub event_hash: String,
    pub root: String,
    /// The audit path, lowercase hex, leaf to root.
    pub proof: Vec<String>,
}

/// The journal of `from` events (root `from_root`) is a prefix of the journal of `to` events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsistencyProof {
    pub from: u64,
    pub to: u64,
    pub from_root: String,
    pub to_root: String,
    pub proof: Vec<String>,
}

fn hex_all(hashes: &[Hash]) -> Vec<String> {
    hashes.iter().map(hex::encode).collect()
}

impl Register {
    /// The hashes of the first `size` events (all of them with `None`), in seq order.
    pub fn event_hashes(&self, size: Option<u64>) -> Result<Vec<Hash>> {
        let limit = size.map_or(-1, |s| i64::try_from(s).unwrap_or(i64::MAX));
        let mut stmt = self
            .conn
            .prepare("SELECT seq, hash FROM events ORDER BY seq LIMIT ?1")?;
        let mut rows = stmt.query([limit])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let seq: i64 = row.get(0)?;
            let hash: String = row.get(1)?;
            let parsed = merkle::parse_hash(&hash)
                .filter(|_| seq == out.len() as i64 + 1)
                .ok_or_else(|| {
                    Error::Data(format!("event {seq}: not a chain event hash or seq"))
                })?;
            out.push(parsed);
        }
        Ok(out)
    }

    /// The number of events in the journal.
    pub fn journal_size(&self) -> Result<u64> {
        Ok(super::head_of(&self.conn)?.0)
    }

    /// The Merkle root of the first `size` events (of all with `None`).
    pub fn merkle_root(&self, size: Option<u64>) -> Result<(u64, Hash)> {
        let entries = self.event_hashes(Some(self.checked_size("size", size)?))?;
        Ok((entries.len() as u64, merkle::root(&entries)))
    }

    /// `size`, or the journal's size; refused beyond the journal's size.
    fn checked_size(&self, field: &'static str, size: Option<u64>) -> Result<u64> {
        let head = self.journal_size()?;
        match size {
            Some(s) if s > head => Err(Error::invalid(field, Reason::OutOfRange { max: head })),
            Some(s) => Ok(s),
            None => Ok(head),
        }
    }

    /// The inclusion proof of the event `seq` in the journal of `size` events (now by default).
    pub fn inclusion_proof(&self, seq: u64, size: Option<u64>) -> Result<InclusionProof> {
        let size = self.checked_size("size", size)?;
        if seq == 0 || seq > size {
            return Err(Error::invalid("seq", Reason::OutOfRange { max: size }));
        }
        let entries = self.event_hashes(Some(size))?;
        let index = seq - 1;
        let proof = merkle::inclusion_proof(&entries, index)
            .map_err(|_| Error::invalid("seq", Reason::OutOfRange { max: size }))?;
        Ok(InclusionProof {
            seq,
            index,
            size,
            event_hash: hex::encode(entries[index as usize]),
            root: hex::encode(merkle::root(&entries)),
            proof: hex_all(&proof),
        })
    }

    /// The consistency proof from the journal of `from` events to that of `to` (now by default).
    pub fn consistency_proof(&self, from: u64, to: Option<u64>) -> Result<ConsistencyProof> {
        let to = self.checked_size("to_size", to)?;
        if from > to {
            return Err(Error::invalid("from_size", Reason::OutOfRange { max: to }));
        }
        let entries = self.event_hashes(Some(to))?;
        let proof = merkle::consistency_proof(&entries, from)
            .map_err(|_| Error::invalid("from_size", Reason::OutOfRange { max: to }))?;
        Ok(ConsistencyProof {
            from,
            to,
            from_root: hex::encode(merkle::root(&entries[..from as usize])),
            to_root: hex::encode(merkle::root(&entries)),
            proof: hex_all(&proof),
        })
    }
}
