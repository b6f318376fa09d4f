//! The local side of a team register (issue 17, `docs/team.md`): what this register knows of the
//! team it is shared with — kept in the encrypted register's `meta` table, never in the journal,
//! because it holds the member's private key and the team's data keys — and the reads the team
//! client needs (events with their sealed values, in seq order). The PostgreSQL side lives in
//! the `breachlog-team` crate; the core knows no server.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;
use zeroize::Zeroize;

use crate::error::{Error, Result};
use crate::journal::Event;
use crate::projection::kind;
use crate::Reason;

use super::{raw_event, secrets_of, Register, EVENT_COLUMNS};

/// An event as the journal holds it (sealed payload) with the stored values of its sealed
/// fields (path, salt, value): what travels between a register and its team server.
pub type SealedEvent = (Event, super::SecretRows);

/// One chunk of an evidence file's content as it travels to and from the team server:
/// (evidence id, chunk number, content).
pub type EvidenceChunk = (String, i64, Vec<u8>);

/// The `meta` key the team state is stored under.
const META_KEY: &str = "team";

/// Stores the team state in `meta` (inside the encrypted register): the one writer of it.
fn put_state(conn: &rusqlite::Connection, state: &TeamState) -> Result<()> {
    let stored = serde_json::to_string(state).map_err(|e| Error::Data(e.to_string()))?;
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
        params![META_KEY, stored],
    )?;
    Ok(())
}

/// What a register shared with a team keeps about it. Secret: the connection string may carry
/// a password, `member_secret` is this member's X25519 private key and `data_keys` the team's
/// data keys by epoch (all base64). It lives only inside the encrypted register.
#[derive(Clone, Serialize, Deserialize)]
pub struct TeamState {
    pub team_id: String,
    /// The PostgreSQL connection string (`postgres://…`).
    pub server: String,
    /// This member's actor id.
    pub member: String,
    /// This member's X25519 private key, base64.
    pub member_secret: String,
    /// The team's data keys (XChaCha20-Poly1305), base64, by key epoch; new events are sealed
    /// under the highest.
    pub data_keys: BTreeMap<u32, String>,
    /// The highest seq the server holds as this register holds it (its events up to here are
    /// shared; later ones are pending).
    pub synced_seq: u64,
}

impl Drop for TeamState {
    fn drop(&mut self) {
        self.server.zeroize();
        self.member_secret.zeroize();
        for key in self.data_keys.values_mut() {
            key.zeroize();
        }
    }
}

impl std::fmt::Debug for TeamState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TeamState")
            .field("team_id", &self.team_id)
            .field("member", &self.member)
            .field("epochs", &self.data_keys.keys().collect::<Vec<_>>())
            .field("synced_seq", &self.synced_seq)
            .finish_non_exhaustive()
    }
}

/// What `team.created` records (its payload).
#[derive(Debug, Clone)]
pub struct TeamCreated {
    pub team_id: Uuid,
    /// `host:port/database`: where the team lives, without credentials.
    pub server_label: String,
    pub member: String,
    /// The member's X25519 public key, base64.
    pub public_key: String,
}

impl Register {
    /// The team this register is shared with, if any.
    pub fn team_state(&self) -> Result<Option<TeamState>> {
        let text: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [META_KEY], |r| {
                r.get(0)
            })
            .optional()?;
        text.map(|t| serde_json::from_str(&t).map_err(|e| Error::Data(format!("team state: {e}"))))
            .transpose()
    }

    /// Records that this register was published to a team: appends `team.created` and stores
    /// the team state, in one transaction. Refused when the register is already shared.
    pub fn record_team_created(
        &mut self,
        created: &TeamCreated,
        state: &TeamState,
    ) -> Result<Event> {
        if self.team_state()?.is_some() {
            return Err(Error::invalid("server", Reason::Duplicate));
        }
        let payload = json!({
            "team_id": created.team_id.to_string(),
            "server": created.server_label,
            "member": created.member,
            "public_key": created.public_key,
        });
        self.write(|w| {
            let ev = w.append(kind::TEAM_CREATED, None, payload)?;
            put_state(w.conn, state)?;
            Ok(ev)
        })
    }

    /// Adds a team data key (base64) for key `epoch` to the team state.
    pub fn add_team_key(&mut self, epoch: u32, key_b64: &str) -> Result<()> {
        let Some(mut state) = self.team_state()? else {
            return Err(Error::NotInTeam);
        };
        state.data_keys.insert(epoch, key_b64.to_string());
        put_state(&self.conn, &state)
    }

    /// Journals a member's removal and stores the new epoch's key, in one transaction (the
    /// team crate has revoked their role and written the other members' slots first).
    pub fn record_member_removed(
        &mut self,
        member: &str,
        epoch: u32,
        key_b64: &str,
    ) -> Result<Event> {
        let Some(mut state) = self.team_state()? else {
            return Err(Error::NotInTeam);
        };
        state.data_keys.insert(epoch, key_b64.to_string());
        let payload = json!({"member": member, "epoch": epoch});
        self.write(|w| {
            let ev = w.append(kind::TEAM_MEMBER_REMOVED, None, payload)?;
            put_state(w.conn, &state)?;
            Ok(ev)
        })
    }

    /// Stores the highest seq the server holds as this register does.
    pub fn set_team_synced(&mut self, seq: u64) -> Result<()> {
        let Some(mut state) = self.team_state()? else {
            return Err(Error::NotInTeam);
        };
        state.synced_seq = seq;
        put_state(&self.conn, &state)
    }

    /// Streams the events with `from <= seq <= to` in order, each with the stored values of its
    /// sealed fields (path, salt, value): what a member needs to rebuild the event exactly.
    pub fn for_each_event_with_secrets(
        &self,
        from: u64,
        to: u64,
        mut f: impl FnMut(Event, Vec<(String, String, String)>) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare(&format!(
            "{EVENT_COLUMNS} WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq"
        ))?;
        let mut rows = stmt.query(params![from as i64, to as i64])?;
        while let Some(row) = rows.next()? {
            let ev = raw_event(row)?.into_event()?;
            let secrets = if crate::seal::personal_paths(&ev.kind, &ev.payload).is_empty() {
                Vec::new()
            } else {
                secrets_of(&self.conn, ev.seq)?
            };
            f(ev, secrets)?;
        }
        Ok(())
    }
}

/// What a new replica of a team register needs (`team join`).
pub struct ReplicaInit {
    /// The shared register's id (its `register.created`).
    pub register_id: Uuid,
    /// The team's Ed25519 signing key for checkpoints (its seed).
    pub signing_seed: zeroize::Zeroizing<[u8; 32]>,
    /// This replica's own passphrase.
    pub passphrase: zeroize::Zeroizing<String>,
    pub actor: String,
    pub state: TeamState,
}

impl std::fmt::Debug for ReplicaInit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplicaInit")
            .field("register_id", &self.register_id)
            .field("actor", &self.actor)
            .finish_non_exhaustive()
    }
}

impl Register {
    /// Creates an empty replica of a team register at `path` under its own passphrase and data
    /// key (a new recovery key, returned), holding the team's signing key and the team state;
    /// its journal is filled by [`Register::append_pulled`]. On any failure nothing is left.
    pub fn create_replica(
        path: &Path,
        init: ReplicaInit,
    ) -> Result<(Register, zeroize::Zeroizing<String>)> {
        use crate::store::keys::{self, DataKey, KeyFile};
        use crate::store::lock::{KeyLock, RegisterLock};
        use crate::store::storage;
        keys::check_passphrase(&init.passphrase)?;
        if path.exists() || keys::key_file_path(path).exists() {
            return Err(Error::RegisterExists(path.to_path_buf()));
        }
        if let Some(dir) = path.parent() {
            crate::store::files::create_private_dir_all(dir)?;
        }
        let key = DataKey::generate();
        let (mut key_file, recovery) =
            KeyFile::create(init.register_id, &key, Some(init.passphrase.as_str()))?;
        key_file.set_signing_seed(&key, &init.signing_seed)?;
        let key_lock = KeyLock::acquire(path)?;
        let lock = RegisterLock::shared(path, &key_lock)?;
        let key_path = keys::key_file_path(path);
        let result = (|| -> Result<Register> {
            key_file.save(&key_path)?;
            drop(crate::store::files::create_new_private(path)?);
            let mut conn = storage::open(path, &key, true)?;
            storage::migrate(&mut conn)?;
            put_state(&conn, &init.state)?;
            Ok(Register {
                conn,
                key: DataKey::from_bytes(key.bytes()),
                path: path.to_path_buf(),
                keys: key_file.clone(),
                actor: init.actor.clone(),
                pending_unlock: None,
                pending_publish: None,
                lock: None,
                unlocked_with: "created",
            })
        })();
        match result {
            Ok(mut reg) => {
                reg.lock = Some(lock);
                drop(key_lock);
                Ok((reg, recovery))
            }
            Err(e) => {
                remove_replica_files(path);
                Err(e)
            }
        }
    }

    /// Appends events pulled from the team server, in one transaction: each must follow the
    /// head and hash to its hash; its sealed values must open its commitments; the projections
    /// follow. The team state's synced seq moves to the last one. Nothing is written when any
    /// event is refused.
    pub fn append_pulled(
        &mut self,
        events: &[SealedEvent],
        evidence: &[EvidenceChunk],
    ) -> Result<()> {
        let Some(state) = self.team_state()? else {
            return Err(Error::NotInTeam);
        };
        // A join fills an empty replica in one transaction of the whole journal (~145 MB at
        // 100,000 events). Through the write-ahead log every page would be written twice (log,
        // then checkpoint); a rollback journal of an empty file holds next to nothing, so the
        // pages go to the file once. The transaction stays atomic and durable (synchronous =
        // FULL); the log comes back afterwards. Only this connection has the new file open; if
        // the mode cannot change, the join runs through the log as before.
        let bulk = super::head_of(&self.conn)?.0 == 0
            && !events.is_empty()
            && journal_mode(&self.conn, "delete").is_ok_and(|m| m == "delete");
        let result = self.append_pulled_in(state, events, evidence);
        if bulk {
            // Failing to return to the log leaves a valid register in rollback mode; every
            // open sets the log again.
            let _ = journal_mode(&self.conn, "wal");
        }
        result
    }

    fn append_pulled_in(
        &mut self,
        mut state: TeamState,
        events: &[SealedEvent],
        evidence: &[EvidenceChunk],
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        insert_chunks(&tx, evidence)?;
        let (mut seq, mut prev) = super::head_of(&tx)?;
        {
            // An empty replica (a join) is built as `verify` rebuilds: incidents folded in memory
            // and written once at the end, not read, parsed and written back per event.
            let mut projector = if seq == 0 {
                crate::projection::Projector::replay(&tx)
            } else {
                crate::projection::Projector::direct(&tx)
            };
            // Hashes and sealed values are checked off the insert, on every core, a chunk at a
            // time (memory stays bounded); the chain links, the rows and the projection then
            // follow in seq order, so the first bad event is named as before.
            for chunk in events.chunks(CHECK_CHUNK) {
                let checked = check_parallel(chunk);
                for ((ev, secrets), checked) in chunk.iter().zip(checked) {
                    check_link(ev, seq, &prev)?;
                    let checked = checked?;
                    insert_rows(&tx, ev, &checked.payload_text, secrets)?;
                    crate::projection::apply_to(
                        &mut projector,
                        checked.opened.as_ref().unwrap_or(ev),
                    )?;
                    seq = ev.seq;
                    prev.clone_from(&ev.hash);
                }
            }
            projector.flush()?;
        }
        state.synced_seq = seq;
        put_state(&tx, &state)?;
        tx.commit()?;
        Ok(())
    }

    /// The register's signing key seed (for a team invitation: replicas sign checkpoints with
    /// the same key, so one published key checks every checkpoint of the shared journal).
    pub fn signing_seed(&self) -> Result<Option<zeroize::Zeroizing<[u8; 32]>>> {
        Ok(self
            .keys
            .signing_key(&self.key)?
            .map(|k| zeroize::Zeroizing::new(k.to_bytes())))
    }
}

impl Register {
    /// Journals a team invitation (`team invite`) after checking the invitee's name and e-mail
    /// address; the invitation row itself is the team crate's.
    pub fn record_member_invited(
        &mut self,
        invite_id: &str,
        name: &str,
        email: &str,
    ) -> Result<Event> {
        let name = name.trim();
        let email = email.trim();
        if name.is_empty() {
            return Err(Error::invalid("name", Reason::Empty));
        }
        if name.chars().count() > 200 {
            return Err(Error::invalid("name", Reason::TooLong { max: 200 }));
        }
        if name.chars().any(char::is_control) {
            return Err(Error::invalid("name", Reason::ControlCharacters));
        }
        crate::validate::email("email", email)?;
        if self.team_state()?.is_none() {
            return Err(Error::NotInTeam);
        }
        let payload = json!({"invite_id": invite_id, "name": name, "email": email});
        self.write(|w| w.append(kind::TEAM_MEMBER_INVITED, None, payload))
    }

    /// Journals that this member joined the team with invitation `invite_id`.
    pub fn record_member_joined(&mut self, invite_id: &str, public_key: &str) -> Result<Event> {
        let member = self.actor.clone();
        let payload = json!({"invite_id": invite_id, "member": member, "public_key": public_key});
        self.write(|w| w.append(kind::TEAM_MEMBER_JOINED, None, payload))
    }
}

/// Checks an invitee's name and e-mail address (`team invite`).
pub fn check_invitee(name: &str, email: &str) -> Result<()> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::invalid("name", Reason::Empty));
    }
    if name.chars().count() > 200 {
        return Err(Error::invalid("name", Reason::TooLong { max: 200 }));
    }
    if name.chars().any(char::is_control) {
        return Err(Error::invalid("name", Reason::ControlCharacters));
    }
    crate::validate::email("email", email.trim())?;
    Ok(())
}

/// Removes a replica's files (not its lock files) after a `team join` that failed part-way.
pub fn remove_replica_files(path: &Path) {
    crate::store::files::remove_register_files(path);
}

/// A pending local event that could not be re-applied on top of what other members wrote:
/// reported to its author with the other change, never dropped silently. Kept in the register
/// (`meta`) until the author has seen it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TeamConflict {
    /// The kind, subject and time of the local change, and its payload as written (opened).
    pub kind: String,
    pub subject: Option<String>,
    pub ts: String,
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub payload: serde_json::Value,
    /// Why it no longer applies (a message id: `team-conflict-…`).
    pub reason: String,
    /// The other member's change it collides with: its seq, kind, actor and time.
    pub other_seq: u64,
    pub other_kind: String,
    pub other_actor: String,
    pub other_ts: String,
}

/// What a rebase did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Rebased {
    /// Events of other members appended.
    pub pulled: u64,
    /// Local events re-applied after them (new seq, same id, time, actor and content).
    pub reapplied: u64,
    /// Local changes that no longer apply.
    pub conflicts: Vec<TeamConflict>,
    /// Checkpoints and timestamps of the local events, dropped (they signed a journal that no
    /// longer exists; a new checkpoint is made over the rebased one).
    pub checkpoints_dropped: u64,
    /// Serials of reports issued from the local events: their embedded head is gone; issue
    /// them again.
    pub reports_to_reissue: Vec<String>,
}

const CONFLICTS_KEY: &str = "team.conflicts";

/// The `reason` of a stored notice that a report issued from pending events must be issued
/// again (its embedded head was replaced by the rebase); kept with the conflicts.
pub const REISSUE_REASON: &str = "team-report-reissue";

/// The conflicts kept for their author (`meta`), oldest first.
fn stored_conflicts(conn: &rusqlite::Connection) -> Result<Vec<TeamConflict>> {
    Ok(conn
        .query_row(
            "SELECT value FROM meta WHERE key = ?1",
            [CONFLICTS_KEY],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default())
}

/// Why `pending` (opened) cannot follow `pulled` (opened, already applied): a transition from a
/// status the incident no longer has, an edit of a field another member edited meanwhile, any
/// change to an incident another member redacted.
fn conflict_of(
    conn: &rusqlite::Connection,
    pending: &Event,
    pulled: &[Event],
) -> Result<Option<(&'static str, u64)>> {
    let Some(subject) = pending.subject else {
        return Ok(None);
    };
    let same: Vec<&Event> = pulled
        .iter()
        .filter(|e| e.subject == Some(subject))
        .collect();
    let Some(last) = same.last() else {
        return Ok(None);
    };
    if same.iter().any(|e| e.kind == kind::INCIDENT_REDACTED) {
        return Ok(Some(("team-conflict-redacted", last.seq)));
    }
    if pending.kind == kind::INCIDENT_TRANSITIONED {
        let from = pending.payload.get("from").and_then(|v| v.as_str());
        let now = crate::projection::load_incident(conn, subject)?
            .and_then(|i| serde_json::to_value(i.status).ok());
        let now = now.as_ref().and_then(|v| v.as_str());
        if from != now {
            let other = same
                .iter()
                .rev()
                .find(|e| e.kind == kind::INCIDENT_TRANSITIONED)
                .unwrap_or(last);
            return Ok(Some(("team-conflict-moved", other.seq)));
        }
    }
    let fields = |e: &Event| -> Vec<String> {
        e.payload
            .get("changes")
            .and_then(|c| c.as_object())
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    };
    if pending.kind == kind::INCIDENT_UPDATED {
        let mine = fields(pending);
        if let Some(other) = same.iter().rev().find(|e| {
            e.kind == kind::INCIDENT_UPDATED && fields(e).iter().any(|f| mine.contains(f))
        }) {
            return Ok(Some(("team-conflict-edited", other.seq)));
        }
    }
    Ok(None)
}

impl Register {
    /// Rebases this register's pending events (past the synced seq) onto `pulled`, the events
    /// other members appended on the server meanwhile, in one transaction: the pending events
    /// are taken out, the projections rebuilt from the shared journal, `pulled` appended and
    /// checked as [`Register::append_pulled`] does, then each pending event re-validated
    /// against the new state and appended again (new seq, prev and hash; same id, time, actor
    /// and content) or reported as a [`TeamConflict`]. Nothing changes when anything fails.
    pub fn rebase_onto(
        &mut self,
        pulled: &[SealedEvent],
        evidence: &[EvidenceChunk],
    ) -> Result<Rebased> {
        let Some(state) = self.team_state()? else {
            return Err(Error::NotInTeam);
        };
        let synced = state.synced_seq;
        let (head, _) = self.head()?;
        // The pending events as written: sealed payload, their stored values, opened payload.
        let mut pending: Vec<SealedEvent> = Vec::new();
        self.for_each_event_with_secrets(synced + 1, head, |ev, secrets| {
            pending.push((ev, secrets));
            Ok(())
        })?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch("DROP TRIGGER events_append_only_delete;")?;
        tx.execute("DELETE FROM event_secrets WHERE seq > ?1", [synced as i64])?;
        tx.execute("DELETE FROM events WHERE seq > ?1", [synced as i64])?;
        tx.execute_batch(
            "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
                 BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END;",
        )?;
        // The projections of the shared journal alone.
        for (table, _) in crate::store::storage::PROJECTIONS {
            tx.execute(&format!("DELETE FROM {table}"), [])?;
        }
        {
            // Rebuilt from empty tables as `verify` rebuilds them (incidents folded in memory).
            let mut projector = crate::projection::Projector::replay(&tx);
            let mut stmt = tx.prepare(&format!("{EVENT_COLUMNS} ORDER BY seq"))?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let ev = raw_event(row)?.into_event()?;
                let ev = super::open_event(&tx, ev)?;
                crate::projection::apply_to(&mut projector, &ev)?;
            }
            projector.flush()?;
        }
        let mut out = Rebased::default();
        insert_chunks(&tx, evidence)?;
        let (mut seq, mut prev) = super::head_of(&tx)?;
        let mut pulled_opened = Vec::with_capacity(pulled.len());
        for (ev, secrets) in pulled {
            let opened = insert_checked(&tx, ev, secrets, seq, &prev)?;
            crate::projection::apply(&tx, &opened)?;
            pulled_opened.push(opened);
            seq = ev.seq;
            prev.clone_from(&ev.hash);
            out.pulled += 1;
        }
        let shared_head = seq;
        let mut conflicts = stored_conflicts(&tx)?;
        for (ev, secrets) in pending {
            if matches!(
                ev.kind.as_str(),
                kind::CHECKPOINT_SIGNED | kind::TIMESTAMP_RECORDED
            ) {
                out.checkpoints_dropped += 1;
                continue;
            }
            let mut opened = ev.clone();
            if !secrets.is_empty() {
                crate::seal::open(&opened.kind, &mut opened.payload, &secrets)
                    .map_err(|e| super::sealed_error(ev.seq, e))?;
            }
            if let Some((reason, other_seq)) = conflict_of(&tx, &opened, &pulled_opened)? {
                let other = pulled_opened.iter().find(|e| e.seq == other_seq);
                let c = TeamConflict {
                    kind: opened.kind.clone(),
                    subject: opened.subject.map(|s| s.to_string()),
                    ts: opened.ts.to_string(),
                    payload: opened.payload.clone(),
                    reason: reason.to_string(),
                    other_seq,
                    other_kind: other.map(|o| o.kind.clone()).unwrap_or_default(),
                    other_actor: other.map(|o| o.actor.clone()).unwrap_or_default(),
                    other_ts: other.map(|o| o.ts.to_string()).unwrap_or_default(),
                };
                out.conflicts.push(c.clone());
                conflicts.push(c);
                continue;
            }
            if ev.kind == kind::REPORT_ISSUED {
                if let Some(serial) = opened.payload.get("serial").and_then(|s| s.as_str()) {
                    out.reports_to_reissue.push(serial.to_string());
                    // Kept for its author with the conflicts (`team conflicts`, the app's
                    // share status) until seen: the PDF handed out names a head that the
                    // other members' events replaced.
                    let first = pulled_opened.first();
                    conflicts.push(TeamConflict {
                        kind: opened.kind.clone(),
                        subject: opened.subject.map(|s| s.to_string()),
                        ts: opened.ts.to_string(),
                        payload: json!({"serial": serial}),
                        reason: REISSUE_REASON.to_string(),
                        other_seq: first.map_or(0, |o| o.seq),
                        other_kind: first.map(|o| o.kind.clone()).unwrap_or_default(),
                        other_actor: first.map(|o| o.actor.clone()).unwrap_or_default(),
                        other_ts: first.map(|o| o.ts.to_string()).unwrap_or_default(),
                    });
                }
            }
            let mut moved = ev.clone();
            moved.seq = seq + 1;
            moved.prev = prev.clone();
            moved.hash = moved
                .compute_hash()
                .map_err(|e| Error::Data(e.to_string()))?;
            let opened_moved = insert_checked(&tx, &moved, &secrets, seq, &prev)?;
            crate::projection::apply(&tx, &opened_moved)?;
            seq = moved.seq;
            prev.clone_from(&moved.hash);
            out.reapplied += 1;
        }
        let mut state = state;
        state.synced_seq = shared_head;
        put_state(&tx, &state)?;
        if !out.conflicts.is_empty() || !out.reports_to_reissue.is_empty() {
            let text = serde_json::to_string(&conflicts).map_err(|e| Error::Data(e.to_string()))?;
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
                params![CONFLICTS_KEY, text],
            )?;
        }
        tx.commit()?;
        if out.checkpoints_dropped > 0 && out.reapplied > 0 {
            self.make_checkpoint()?;
        }
        Ok(out)
    }

    /// The conflicts of pending changes not yet acknowledged by their author.
    pub fn team_conflicts(&self) -> Result<Vec<TeamConflict>> {
        stored_conflicts(&self.conn)
    }

    /// Forgets the reported conflicts (the author has seen them).
    pub fn clear_team_conflicts(&mut self) -> Result<()> {
        self.conn
            .execute("DELETE FROM meta WHERE key = ?1", [CONFLICTS_KEY])?;
        Ok(())
    }
}

/// Stores pulled evidence content (a chunk already held is kept: same evidence id and number,
/// same content, or `verify` names it).
fn insert_chunks(conn: &rusqlite::Connection, evidence: &[EvidenceChunk]) -> Result<()> {
    use sha2::{Digest, Sha256};
    let mut stmt = conn.prepare_cached(
        "INSERT OR IGNORE INTO evidence_content (evidence_id, chunk, sha256, data) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (id, chunk, data) in evidence {
        let sha = hex::encode(Sha256::digest(data));
        stmt.execute(params![id, chunk, sha, data])?;
    }
    Ok(())
}

impl Register {
    /// The stored content chunks of evidence file `evidence_id` (for the team server).
    pub fn evidence_chunks(&self, evidence_id: &str) -> Result<Vec<EvidenceChunk>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT chunk, data FROM evidence_content WHERE evidence_id = ?1 ORDER BY chunk",
        )?;
        let rows = stmt.query_map([evidence_id], |r| {
            Ok((evidence_id.to_string(), r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Events checked at a time by [`check_parallel`] during a pull.
const CHECK_CHUNK: usize = 4096;

/// Sets the connection's journal mode; returns the mode in effect.
fn journal_mode(conn: &rusqlite::Connection, mode: &str) -> rusqlite::Result<String> {
    conn.query_row(&format!("PRAGMA journal_mode = {mode}"), [], |r| {
        r.get::<_, String>(0)
    })
    .map(|m| m.to_ascii_lowercase())
}

/// What [`check_pulled`] hands the insert: the payload's canonical text (the row's `payload`)
/// and, when the event seals values, the event with them opened (for the projection).
struct Checked {
    payload_text: String,
    opened: Option<Event>,
}

/// Checks that a pulled event follows the local head.
fn check_link(ev: &Event, seq: u64, prev: &str) -> Result<()> {
    use crate::error::IntegrityError;
    use crate::IntegrityReason;
    let fail = |reason| {
        Error::from(IntegrityError {
            seq: ev.seq,
            reason,
        })
    };
    if ev.seq != seq + 1 {
        return Err(fail(IntegrityReason::SeqGap { found: ev.seq }));
    }
    if ev.prev != prev {
        return Err(fail(IntegrityReason::PrevMismatch));
    }
    Ok(())
}

/// Checks what a pulled event says of itself, without the register: it hashes to its hash and
/// its sealed values open its commitments.
fn check_pulled(ev: &Event, secrets: &[(String, String, String)]) -> Result<Checked> {
    use crate::error::IntegrityError;
    use crate::IntegrityReason;
    let fail = |reason| {
        Error::from(IntegrityError {
            seq: ev.seq,
            reason,
        })
    };
    let malformed = |e: crate::canonical::CanonicalError| {
        fail(IntegrityReason::Malformed {
            detail: e.to_string(),
        })
    };
    if ev.compute_hash().map_err(malformed)? != ev.hash {
        return Err(fail(IntegrityReason::HashMismatch));
    }
    let payload_text = crate::canonical::to_string(&ev.payload).map_err(malformed)?;
    let opened = if secrets.is_empty() {
        None
    } else {
        let mut opened = ev.clone();
        crate::seal::open(&opened.kind, &mut opened.payload, secrets)
            .map_err(|e| super::sealed_error(ev.seq, e))?;
        Some(opened)
    };
    Ok(Checked {
        payload_text,
        opened,
    })
}

/// [`check_pulled`] over `events` on every available core; the results in the events' order.
fn check_parallel(events: &[SealedEvent]) -> Vec<Result<Checked>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per = events.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let parts: Vec<_> = events
            .chunks(per)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(ev, secrets)| check_pulled(ev, secrets))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|part| {
                part.join().unwrap_or_else(|_| {
                    vec![Err(Error::Data("a pulled event's check failed".into()))]
                })
            })
            .collect()
    })
}

/// Writes a checked event's journal row and its sealed values' rows.
fn insert_rows(
    conn: &rusqlite::Connection,
    ev: &Event,
    payload_text: &str,
    secrets: &[(String, String, String)],
) -> Result<()> {
    super::write::insert_event_text(conn, ev, payload_text)?;
    if !secrets.is_empty() {
        let mut stmt = conn.prepare_cached(
            "INSERT INTO event_secrets (seq, path, salt, value) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (path, salt, value) in secrets {
            stmt.execute(params![ev.seq as i64, path, salt, value])?;
        }
    }
    Ok(())
}

/// Inserts `ev` (sealed, with its stored values) after (`seq`, `prev`), checking its place and
/// hash; returns it opened, for the projections.
fn insert_checked(
    conn: &rusqlite::Connection,
    ev: &Event,
    secrets: &[(String, String, String)],
    seq: u64,
    prev: &str,
) -> Result<Event> {
    check_link(ev, seq, prev)?;
    let checked = check_pulled(ev, secrets)?;
    insert_rows(conn, ev, &checked.payload_text, secrets)?;
    Ok(checked.opened.unwrap_or_else(|| ev.clone()))
}
