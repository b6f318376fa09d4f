//! Writing: one immediate transaction per operation ([`Register::write`], [`Register::atomically`]),
//! exclusive operations under the register lock ([`Register::exclusively`]), and the [`Writer`] that
//! seals, appends and projects each event.

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::domain::Incident;
use crate::error::{Error, Result};
use crate::journal::{Event, GENESIS_PREV};
use crate::projection::{self, kind};
use crate::store::keys::{self, KeyFile};
use crate::store::lock::KeyLock;
use crate::Ts;

use super::Register;

impl Register {
    /// Runs `f` in one immediate transaction; everything it appends commits together or not at all.
    /// Inside [`Register::atomically`] it joins that operation's transaction instead.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            let (seq, prev) = head_of(&self.conn)?;
            let mut w = Writer {
                conn: &self.conn,
                actor: &self.actor,
                seq,
                prev,
            };
            if let Some(unlock) = self.pending_unlock.take() {
                w.append(kind::SESSION_UNLOCKED, None, unlock)?;
            }
            if let Some(publish) = self.pending_publish.take() {
                w.append(kind::KEY_SIGNING_PUBLISHED, None, publish)?;
            }
            return f(&mut w);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (seq, prev) = head_of(&tx)?;
        let mut w = Writer {
            conn: &tx,
            actor: &self.actor,
            seq,
            prev,
        };
        if let Some(unlock) = &self.pending_unlock {
            w.append(kind::SESSION_UNLOCKED, None, unlock.clone())?;
        }
        if let Some(publish) = &self.pending_publish {
            w.append(kind::KEY_SIGNING_PUBLISHED, None, publish.clone())?;
        }
        let out = f(&mut w)?;
        crate::fault::point("before-commit");
        tx.commit()?;
        crate::fault::point("after-commit");
        self.pending_unlock = None;
        self.pending_publish = None;
        Ok(out)
    }

    /// Runs a whole operation — its reads, its checks and its writes — in one immediate
    /// transaction, so the rules it checks (lifecycle, notification decisions, filings) are
    /// checked against the state it writes onto, never against a view another process has
    /// changed meanwhile. Writes inside join this transaction; on an error nothing is written.
    pub fn atomically<T>(&mut self, f: impl FnOnce(&mut Register) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f(self);
        }
        let pending = self.pending_unlock.clone();
        let publish = self.pending_publish.clone();
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let out = f(self).and_then(|v| {
            crate::fault::point("before-commit");
            self.conn.execute_batch("COMMIT")?;
            crate::fault::point("after-commit");
            Ok(v)
        });
        if out.is_err() {
            if !self.conn.is_autocommit() {
                let _ = self.conn.execute_batch("ROLLBACK");
            }
            self.pending_unlock = pending;
            self.pending_publish = publish;
        }
        out
    }

    /// Runs `f` holding the register exclusively: no other process has it open meanwhile
    /// (see [`crate::store::lock`]). Fails with [`Error::RegisterBusy`], changing nothing, when another
    /// process keeps it open for longer than a few seconds. The key file is re-read first.
    pub fn exclusively<T>(
        &mut self,
        f: impl FnOnce(&mut Register, &KeyLock) -> Result<T>,
    ) -> Result<T> {
        let key_lock = KeyLock::acquire(&self.path)?;
        if let Some(lock) = self.lock.as_mut() {
            lock.upgrade(&key_lock)?;
        }
        let out = self.reload_keys().and_then(|()| f(self, &key_lock));
        let back = match self.lock.as_mut() {
            Some(lock) => lock.downgrade(&key_lock),
            None => Ok(()),
        };
        let out = out?;
        back?;
        Ok(out)
    }

    /// Re-reads the key file (another process may have changed it; callers hold the key lock).
    pub(crate) fn reload_keys(&mut self) -> Result<()> {
        let path = keys::key_file_path(&self.path);
        let current = KeyFile::load(&path)?;
        if current.register_id != self.keys.register_id {
            return Err(Error::KeyFileDamaged {
                path,
                detail: "the key file belongs to another register".into(),
            });
        }
        self.keys = current;
        Ok(())
    }

    /// SQLite's data version of this connection: it changes when another connection (another
    /// process) commits. The desktop app polls it to reload what it shows.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// How this register was unlocked: `passphrase`, `recovery_key`, `keyring` (or `created`).
    pub fn unlocked_with(&self) -> &'static str {
        self.unlocked_with
    }

    /// Whether the user has confirmed holding the current recovery key.
    pub fn recovery_confirmed(&self) -> bool {
        self.keys.recovery_confirmed
    }
}

/// Appends events inside a [`Register::write`] transaction.
pub struct Writer<'a> {
    pub(crate) conn: &'a Connection,
    actor: &'a str,
    seq: u64,
    prev: String,
}

impl Writer<'_> {
    /// Appends one event and applies it to the projections. Personal fields are sealed
    /// (`seal`): the hashed payload holds their commitments, `event_secrets` their values.
    pub fn append(&mut self, kind: &str, subject: Option<Uuid>, payload: Value) -> Result<Event> {
        self.append_with(kind, subject, payload, true)
    }

    /// Appends an event as this version's writer would have before its personal members were
    /// sealed (registers of schema 7 and earlier), for tests of what older registers hold.
    #[cfg(test)]
    pub(crate) fn append_unsealed(
        &mut self,
        kind: &str,
        subject: Option<Uuid>,
        payload: Value,
    ) -> Result<Event> {
        self.append_with(kind, subject, payload, false)
    }

    fn append_with(
        &mut self,
        kind: &str,
        subject: Option<Uuid>,
        payload: Value,
        seal: bool,
    ) -> Result<Event> {
        // Every payload is held to its kind's schema before it is sealed and hashed.
        breachlog_chain::EventKind::parse(kind)
            .ok_or_else(|| Error::Data(format!("{kind} is not an event kind of this version")))?
            .check(&payload)
            .map_err(Error::Data)?;
        if let Some(s) = subject {
            if !matches!(kind, kind::INCIDENT_REDACTED | kind::REPORT_ISSUED)
                && is_redacted(self.conn, s)?
            {
                return Err(Error::invalid("incident", crate::Reason::Redacted));
            }
        }
        let personal = seal && !crate::seal::personal_paths(kind, &payload).is_empty();
        let plain = personal.then(|| payload.clone());
        let mut sealed = payload;
        let secrets = if personal {
            crate::seal::seal(kind, &mut sealed).map_err(|e| Error::Data(e.to_string()))?
        } else {
            Vec::new()
        };
        let ev = Event::next(
            self.seq,
            &self.prev,
            Ts::now(),
            self.actor,
            kind,
            subject,
            sealed,
        )
        .map_err(|e| Error::Data(e.to_string()))?;
        insert_event(self.conn, &ev)?;
        if secrets.is_empty() {
            projection::apply(self.conn, &ev)?;
        } else {
            let mut stmt = self.conn.prepare_cached(
                "INSERT INTO event_secrets (seq, path, salt, value) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for s in &secrets {
                stmt.execute(params![ev.seq as i64, s.path, s.salt, s.value])?;
            }
            let mut opened = ev.clone();
            opened.payload = plain.unwrap_or(Value::Null);
            projection::apply(self.conn, &opened)?;
        }
        self.seq = ev.seq;
        self.prev.clone_from(&ev.hash);
        Ok(ev)
    }

    pub fn connection(&self) -> &Connection {
        self.conn
    }

    /// The journal's head in this transaction: (seq, hash) of its last event.
    pub(crate) fn head(&self) -> (u64, &str) {
        (self.seq, &self.prev)
    }

    pub fn incident(&self, id: Uuid) -> Result<Incident> {
        projection::load_incident(self.conn, id)?.ok_or_else(|| Error::NotFound {
            entity: "incident",
            id: id.to_string(),
        })
    }
}

/// Whether `id` is an incident whose personal fields were redacted (it is then read-only).
pub(crate) fn is_redacted(conn: &Connection, id: Uuid) -> Result<bool> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM incidents WHERE id = ?1 AND json_extract(doc, '$.redacted_at') IS NOT NULL",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.is_some())
}

/// Inserts `ev` (its payload as the journal holds it, sealed) into `events`: the one place an
/// event row is written (a write here, an event pulled from a team server).
pub(crate) fn insert_event(conn: &Connection, ev: &Event) -> Result<()> {
    let payload_text =
        crate::canonical::to_string(&ev.payload).map_err(|e| Error::Data(e.to_string()))?;
    insert_event_text(conn, ev, &payload_text)
}

/// [`insert_event`] with the payload's canonical text already made (a pull makes it while it
/// checks the event's hash, off the writing thread).
pub(crate) fn insert_event_text(conn: &Connection, ev: &Event, payload_text: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO events (seq, id, ts, actor, kind, subject, payload, prev, hash) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
    )?
    .execute(params![
        ev.seq as i64,
        ev.id.to_string(),
        ev.ts.to_string(),
        ev.actor,
        ev.kind,
        ev.subject.map(|s| s.to_string()),
        payload_text,
        ev.prev,
        ev.hash
    ])?;
    Ok(())
}

pub(crate) fn head_of(conn: &Connection) -> Result<(u64, String)> {
    let row: Option<(i64, String)> = conn
        .query_row(
            "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.map_or((0, GENESIS_PREV.to_string()), |(s, h)| (s as u64, h)))
}

pub(crate) fn to_map<T: Serialize>(value: &T) -> Result<Map<String, Value>> {
    match serde_json::to_value(value).map_err(|e| Error::Data(e.to_string()))? {
        Value::Object(m) => Ok(m),
        _ => Err(Error::Data("not an object".into())),
    }
}

/// The members of `after` that differ from `before`.
pub(crate) fn diff<T: Serialize>(before: &T, after: &T) -> Result<Map<String, Value>> {
    let b = to_map(before)?;
    let a = to_map(after)?;
    // A member left out when empty (`skip_serializing_if`) that was set before is cleared.
    let cleared: Vec<(String, Value)> = b
        .keys()
        .filter(|k| !a.contains_key(*k))
        .map(|k| (k.clone(), Value::Null))
        .collect();
    Ok(a.into_iter()
        .filter(|(k, v)| b.get(k) != Some(v))
        .chain(cleared)
        .collect())
}
