//! Signed checkpoints (`docs/chain-format.md` §9): the register's Ed25519 signing key, its
//! publication in the journal, a checkpoint at every report, export and backup (and on demand),
//! the latest one written out for a witness, and a witness's checkpoint checked against the
//! register as it is now.

use std::io::Write;
use std::path::Path;

use ed25519_dalek::SigningKey;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use serde_json::{json, Value};

use super::{Register, Writer};
use crate::checkpoint::{self, Checkpoint};
use crate::error::{Error, IntegrityError, IntegrityReason, Reason, Result};
use crate::journal::Event;
use crate::merkle;
use crate::projection::kind;
use crate::store::keys::KeyFile;
use crate::Ts;

/// What makes a checkpoint (its `reason`).
pub const REASON_REPORT: &str = "report";
pub const REASON_EXPORT: &str = "export";
pub const REASON_BACKUP: &str = "backup";
pub const REASON_MANUAL: &str = "manual";
/// Made to be timestamped (`anchor timestamp`) because the latest one did not cover the journal.
pub const REASON_TIMESTAMP: &str = "timestamp";
/// Made by the app because the latest checkpoint was older than [`DAILY_HOURS`].
pub const REASON_DAILY: &str = "daily";

/// The longest time between two checkpoints while the app runs and the journal grows (issue 16:
/// "at least daily while the app runs").
pub const DAILY_HOURS: i64 = 24;

/// A journalled checkpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckpointInfo {
    /// The seq of its `checkpoint.signed` event.
    pub seq: u64,
    /// When its event was written.
    pub at: Ts,
    pub origin: String,
    /// The journal size it covers.
    pub size: u64,
    /// Merkle root, lowercase hex.
    pub root: String,
    pub head_hash: String,
    pub reason: String,
    /// The signed note.
    pub note: String,
}

/// A witness's checkpoint checked against the register (`verify --checkpoint`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WitnessReport {
    pub origin: String,
    /// The checkpoint's size and root.
    pub size: u64,
    pub root: String,
    /// The journal now, and the consistency proof from the checkpoint to it (checked).
    pub journal_size: u64,
    pub journal_root: String,
    pub proof: Vec<String>,
}

/// The payload of `key.signing_published` for the key file's signing key.
fn published_payload(keys: &KeyFile) -> Option<Value> {
    let slot = keys.signing.as_ref()?;
    let public = checkpoint::parse_public_key(&slot.public_key)?;
    let name = checkpoint::origin(&keys.register_id.to_string());
    Some(json!({
        "algorithm": slot.algorithm,
        "key_name": name,
        "public_key": slot.public_key,
        "key_hash": hex::encode(checkpoint::key_hash(&name, &public)),
    }))
}

/// The `key.signing_published` event to append for this key file, unless the journal already
/// publishes its key.
pub(crate) fn publication_needed(conn: &Connection, keys: &KeyFile) -> Result<Option<Value>> {
    let Some(payload) = published_payload(keys) else {
        return Ok(None);
    };
    let found: Option<i64> = conn
        .query_row(
            "SELECT seq FROM events WHERE kind = ?1 AND json_extract(payload, '$.public_key') = ?2
             ORDER BY seq DESC LIMIT 1",
            rusqlite::params![kind::KEY_SIGNING_PUBLISHED, payload["public_key"].as_str()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.is_none().then_some(payload))
}

/// The payload of the publication, for `init` (the first events of a new register).
pub(crate) fn publication(keys: &KeyFile) -> Option<Value> {
    published_payload(keys)
}

fn info(ev: &Event) -> Result<CheckpointInfo> {
    let note = ev.payload["note"].as_str().unwrap_or_default().to_string();
    let parsed = checkpoint::parse(note.as_bytes()).map_err(|e| Error::Data(e.to_string()))?;
    Ok(CheckpointInfo {
        seq: ev.seq,
        at: ev.ts,
        origin: parsed.checkpoint.origin.clone(),
        size: parsed.checkpoint.size,
        root: hex::encode(parsed.checkpoint.root),
        head_hash: parsed.checkpoint.head_hash.clone(),
        reason: ev.payload["reason"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        note,
    })
}

impl Writer<'_> {
    /// Appends a checkpoint of the journal as it is in this transaction, signed with `signer`.
    pub(crate) fn append_checkpoint(
        &mut self,
        signer: &SigningKey,
        origin: &str,
        reason: &str,
    ) -> Result<Event> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT hash FROM events ORDER BY seq")?;
        let mut rows = stmt.query([])?;
        let mut tree = merkle::Accumulator::new();
        while let Some(row) = rows.next()? {
            let hash: String = row.get(0)?;
            if !tree.push_hex(&hash) {
                return Err(Error::Data(format!("event hash {hash} is not a hash")));
            }
        }
        drop(rows);
        let (size, head) = self.head();
        if tree.size() != size {
            return Err(Error::Data("the journal has a gap".into()));
        }
        let note = Checkpoint {
            origin: origin.to_string(),
            size,
            root: tree.root(),
            head_hash: head.to_string(),
        }
        .sign(signer);
        self.append(
            kind::CHECKPOINT_SIGNED,
            None,
            json!({ "reason": reason, "note": note }),
        )
    }
}

impl Register {
    /// The checkpoints' origin (and key name): `breachlog.register/<register id>`.
    pub fn origin(&self) -> String {
        checkpoint::origin(&self.keys.register_id.to_string())
    }

    /// The register's signing key.
    pub(crate) fn signer(&self) -> Result<SigningKey> {
        self.keys
            .signing_key(&self.key)?
            .ok_or_else(|| Error::KeyFileDamaged {
                path: crate::store::keys::key_file_path(&self.path),
                detail: "no signing key".into(),
            })
    }

    /// Makes a signed checkpoint of the journal now (`anchor checkpoint`).
    pub fn make_checkpoint(&mut self) -> Result<CheckpointInfo> {
        let signer = self.signer()?;
        let origin = self.origin();
        let ev = self.write(|w| w.append_checkpoint(&signer, &origin, REASON_MANUAL))?;
        info(&ev)
    }

    /// Makes a signed checkpoint (reason `daily`) when events were journalled after the latest
    /// checkpoint and that one was made [`DAILY_HOURS`] or more before `now` (or there is none).
    /// `None` when no checkpoint is due. The app calls it while the register is unlocked, so a
    /// register in use never goes more than a day without a checkpoint.
    pub fn checkpoint_if_due(&mut self, now: Ts) -> Result<Option<CheckpointInfo>> {
        let (head, _) = self.head()?;
        let due = match self.latest_event_of_kind(kind::CHECKPOINT_SIGNED)? {
            None => head > 0,
            Some(last) => head > last.seq && last.ts.seconds_until(now) >= DAILY_HOURS * 3600,
        };
        if !due {
            return Ok(None);
        }
        let signer = self.signer()?;
        let origin = self.origin();
        let ev = self.write(|w| w.append_checkpoint(&signer, &origin, REASON_DAILY))?;
        info(&ev).map(Some)
    }

    /// The checkpoint to hand to a witness: the latest one when nothing was journalled after it,
    /// else a new one (reason `manual`), so the witness's copy covers the whole journal.
    pub fn witness_checkpoint(&mut self) -> Result<CheckpointInfo> {
        let (head, _) = self.head()?;
        match self.latest_checkpoint()? {
            Some(c) if c.seq == head => Ok(c),
            _ => self.make_checkpoint(),
        }
    }

    /// The latest journalled checkpoint.
    pub fn latest_checkpoint(&self) -> Result<Option<CheckpointInfo>> {
        self.latest_event_of_kind(kind::CHECKPOINT_SIGNED)?
            .map(|ev| info(&ev))
            .transpose()
    }

    /// Writes a signed checkpoint of the whole journal to `out`, a new private (0600) file that
    /// must not exist (`anchor export`): the latest one when it covers every event, else a new
    /// one ([`Self::witness_checkpoint`], as the app's "Save a checkpoint for a witness").
    pub fn export_checkpoint(&mut self, out: &Path) -> Result<CheckpointInfo> {
        if out.exists() {
            return Err(Error::invalid("out", Reason::FileExists));
        }
        crate::store::files::check_output(out, Some(&self.path))?;
        let latest = self.witness_checkpoint()?;
        let mut file = crate::store::files::create_new_private(out)?;
        file.write_all(latest.note.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|e| Error::io(out, e))?;
        self.record_access()?;
        Ok(latest)
    }

    /// Checks a witness's checkpoint file against the register: its signature with the key the
    /// register published, then that the journal still extends it (its first `size` events have
    /// the checkpoint's root; the consistency proof from there to now is made and checked).
    /// A rewritten journal fails at the checkpoint's head (the first divergent event a root and a
    /// head can name: at or before it), a shorter one after its last event.
    pub fn verify_checkpoint_file(&self, path: &Path) -> Result<WitnessReport> {
        let text = read_checkpoint_file(path)?;
        let note = checkpoint::parse(&text)
            .map_err(|_| Error::invalid("checkpoint", Reason::NotACheckpoint))?;
        let cp = &note.checkpoint;
        let fail =
            |seq: u64, reason: IntegrityReason| Error::Integrity(IntegrityError { seq, reason });
        if cp.origin != self.origin() {
            return Err(fail(
                cp.size,
                IntegrityReason::CheckpointOtherRegister {
                    origin: cp.origin.clone(),
                },
            ));
        }
        let keys = self.published_keys()?;
        checkpoint::verify_with_any(&note, &keys).map_err(|r| fail(cp.size, r))?;
        let entries = self.event_hashes(None)?;
        let now = entries.len() as u64;
        if cp.size > now {
            return Err(fail(
                now + 1,
                IntegrityReason::ShorterThanCheckpoint { size: cp.size },
            ));
        }
        let prefix = &entries[..cp.size as usize];
        let head_ok = cp.size == 0 || hex::encode(prefix[prefix.len() - 1]) == cp.head_hash;
        if merkle::root(prefix) != cp.root || !head_ok {
            return Err(fail(
                cp.size.max(1),
                IntegrityReason::DivergesFromCheckpoint { size: cp.size },
            ));
        }
        let proof = merkle::consistency_proof(&entries, cp.size)
            .map_err(|e| Error::Data(format!("{e:?}")))?;
        let root_now = merkle::root(&entries);
        if merkle::verify_consistency(cp.size, now, &cp.root, &root_now, &proof).is_err() {
            return Err(fail(
                cp.size.max(1),
                IntegrityReason::DivergesFromCheckpoint { size: cp.size },
            ));
        }
        Ok(WitnessReport {
            origin: cp.origin.clone(),
            size: cp.size,
            root: hex::encode(cp.root),
            journal_size: now,
            journal_root: hex::encode(root_now),
            proof: proof.iter().map(hex::encode).collect(),
        })
    }

    /// The public keys the journal publishes (`key.signing_published`), checked like `verify`.
    fn published_keys(&self) -> Result<Vec<[u8; 32]>> {
        let mut stmt = self.conn.prepare(
            "SELECT json_extract(payload, '$.public_key') FROM events WHERE kind = ?1 ORDER BY seq",
        )?;
        let keys = stmt
            .query_map([kind::KEY_SIGNING_PUBLISHED], |r| r.get::<_, String>(0))?
            .filter_map(|k| k.ok().and_then(|k| checkpoint::parse_public_key(&k)))
            .collect();
        Ok(keys)
    }
}

/// Reads a checkpoint file as hostile: a regular file, at most [`checkpoint::MAX_BYTES`] (a
/// larger file is refused without being read further).
pub fn read_checkpoint_file(path: &Path) -> Result<Vec<u8>> {
    crate::store::files::read_user_file(
        path,
        "checkpoint",
        checkpoint::MAX_BYTES as u64,
        Reason::NotACheckpoint,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::IncidentInput;

    fn add_incident(reg: &mut Register) {
        reg.create_incident(&IncidentInput {
            title: Some("Phishing mail reported".into()),
            ..Default::default()
        })
        .unwrap();
    }

    /// The app's daily checkpoint: made when there is none, then only once the latest is a day
    /// old and the journal grew after it; each one is journalled, signed and verified.
    #[test]
    fn a_checkpoint_is_due_a_day_after_the_latest_when_the_journal_grew() {
        let (_dir, mut reg) =
            crate::testing::register(crate::testing::org_in("Europe/Amsterdam"), "ciso");
        let first = reg
            .checkpoint_if_due(Ts::now())
            .unwrap()
            .expect("a register without a checkpoint gets one");
        assert_eq!(first.reason, REASON_DAILY);
        assert_eq!(first.size, first.seq - 1, "it covers every event before it");
        let made = first.at;

        // A day later with nothing journalled since: nothing is due (no empty checkpoints).
        assert_eq!(reg.checkpoint_if_due(made.plus_hours(48)).unwrap(), None);

        add_incident(&mut reg);
        let (head, _) = reg.head().unwrap();
        // Events after it, but it is not yet a day old: one second short of 24 hours.
        let almost =
            Ts::from_utc(made.as_utc() + chrono::Duration::seconds(DAILY_HOURS * 3600 - 1));
        assert_eq!(reg.checkpoint_if_due(almost).unwrap(), None);
        assert_eq!(reg.head().unwrap().0, head, "nothing written when not due");

        let second = reg
            .checkpoint_if_due(made.plus_hours(DAILY_HOURS))
            .unwrap()
            .expect("due at 24 hours");
        assert_eq!(second.reason, REASON_DAILY);
        assert_eq!(second.size, head);
        assert_eq!(reg.latest_checkpoint().unwrap(), Some(second.clone()));

        let report = reg.verify(None).unwrap();
        let checked: Vec<u64> = report.checkpoints.iter().map(|c| c.seq).collect();
        assert!(checked.contains(&first.seq) && checked.contains(&second.seq));
    }

    /// A witness gets a checkpoint of the whole journal: the latest when it is the last event,
    /// a new one after anything else was journalled.
    #[test]
    fn a_witness_checkpoint_covers_the_whole_journal() {
        let (_dir, mut reg) =
            crate::testing::register(crate::testing::org_in("Europe/Amsterdam"), "ciso");
        let first = reg.witness_checkpoint().unwrap();
        assert_eq!(first.reason, REASON_MANUAL);
        assert_eq!(reg.head().unwrap().0, first.seq);
        assert_eq!(
            reg.witness_checkpoint().unwrap(),
            first,
            "nothing new: the same one"
        );
        add_incident(&mut reg);
        let (head, _) = reg.head().unwrap();
        let second = reg.witness_checkpoint().unwrap();
        assert_eq!((second.seq, second.size), (head + 1, head));
    }
}
