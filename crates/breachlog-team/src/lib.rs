//! Breachlog's team register (issue 17, `docs/team.md`): one register shared by several
//! members through a PostgreSQL database, encrypted end to end.
//!
//! - [`server`]: the database — versioned schema, one order of events enforced by PostgreSQL.
//! - [`envelope`]: the team's data keys and the envelope of each event's payload.
//! - [`slots`]: members' X25519 key slots wrapping the data key.
//! - [`create`] publishes a register; [`push`] sends the events the server lacks;
//!   [`verify_server`] checks the shared chain without any key; [`verify_with_key`] checks, as a
//!   member, that every row opens and hashes to what the chain says.

use breachlog_core::checkpoint::CheckpointTracker;
use breachlog_core::journal::{ChainVerifier, ExpectHead, VerifyReport};
use breachlog_core::register::{TeamCreated, TeamState};
use breachlog_core::{Error, Event, IntegrityError, IntegrityReason, Register, Result};
use serde_json::{json, Value};
use zeroize::Zeroizing;

pub mod envelope;
pub mod members;
mod rebase;
pub mod server;
pub mod slots;

pub use server::{Appended, Server, ServerRow};

use envelope::DataKey;
use slots::MemberKey;

/// The stored values of an event's sealed fields: (path, salt, value).
pub type Secrets = breachlog_core::register::SecretRows;

/// Rows read or written per round trip.
pub(crate) const BATCH: u32 = 5_000;

/// The key epoch of a new team.
const FIRST_EPOCH: u32 = 1;

/// Errors inside the team crate's crypto (never shown with key material).
#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    #[error("team crypto: {0}")]
    Crypto(String),
}

impl From<TeamError> for Error {
    fn from(e: TeamError) -> Error {
        Error::Data(e.to_string())
    }
}

/// The context a key slot is bound to: the team, the epoch and the member.
pub fn slot_context(team_id: &str, epoch: u32, member: &str) -> String {
    format!("breachlog-team/{team_id}/{epoch}/{member}")
}

/// The row the server stores for one event: the chain's columns in clear; the payload in clear
/// only for the kinds a key-less verifier reads, else the payload and the sealed values in an
/// envelope under the data key.
pub fn to_row(
    ev: &Event,
    secrets: &[(String, String, String)],
    epoch: u32,
    key: &DataKey,
) -> Result<ServerRow> {
    let payload = serde_json::to_string(&ev.payload).map_err(|e| Error::Data(e.to_string()))?;
    let (clear_payload, sealed) = if CheckpointTracker::wants(&ev.kind) && secrets.is_empty() {
        (Some(payload), None)
    } else {
        let inner = Zeroizing::new(
            serde_json::to_vec(&json!({"payload": ev.payload, "secrets": secrets}))
                .map_err(|e| Error::Data(e.to_string()))?,
        );
        (
            None,
            Some(envelope::seal(key, &ev.id.to_string(), &ev.hash, &inner)?),
        )
    };
    Ok(ServerRow {
        seq: ev.seq,
        id: ev.id.to_string(),
        ts: ev.ts.to_string(),
        actor: ev.actor.clone(),
        kind: ev.kind.clone(),
        subject: ev.subject.map(|s| s.to_string()),
        prev: ev.prev.clone(),
        hash: ev.hash.clone(),
        epoch,
        clear_payload,
        sealed,
    })
}

/// What an envelope holds: the event's payload and its sealed values.
#[derive(serde::Deserialize)]
struct Opened {
    #[serde(default)]
    payload: Value,
    #[serde(default)]
    secrets: Value,
}

/// The event of a server row as a member reads it (its envelope opened with `key`), with its
/// sealed values. Fails with an integrity error naming the row's seq when the envelope does
/// not open or the event it holds does not hash to the row's hash.
pub fn from_row(row: &ServerRow, key: Option<&DataKey>) -> Result<(Event, Secrets)> {
    let bad = |detail: &str| {
        Error::from(IntegrityError {
            seq: row.seq,
            reason: IntegrityReason::Malformed {
                detail: detail.to_string(),
            },
        })
    };
    let (payload, secrets): (Value, Secrets) = match (&row.clear_payload, &row.sealed) {
        (Some(p), None) => {
            let ev = Event::from_columns(
                row.seq,
                &row.id,
                &row.ts,
                row.actor.clone(),
                row.kind.clone(),
                row.subject.as_deref(),
                p,
                row.prev.clone(),
                row.hash.clone(),
            )?;
            return Ok((ev, Vec::new()));
        }
        (None, Some(sealed)) => {
            let key = key.ok_or_else(|| bad("no team data key for the row's key epoch"))?;
            let inner = envelope::open(key, &row.id, &row.hash, sealed)
                .ok_or_else(|| bad("the row's envelope does not open with the team key"))?;
            let opened: Opened = serde_json::from_slice(&inner)
                .map_err(|_| bad("the row's envelope holds no event payload"))?;
            let secrets = serde_json::from_value(opened.secrets)
                .map_err(|_| bad("the row's sealed values are malformed"))?;
            (opened.payload, secrets)
        }
        _ => return Err(bad("the row has neither a payload nor an envelope")),
    };
    let ev = Event::from_columns_parsed(
        row.seq,
        &row.id,
        &row.ts,
        row.actor.clone(),
        row.kind.clone(),
        row.subject.as_deref(),
        payload,
        row.prev.clone(),
        row.hash.clone(),
    )?;
    Ok((ev, secrets))
}

/// What `team create` did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Created {
    pub team_id: String,
    pub server: String,
    pub member: String,
    pub events_published: u64,
    pub head_seq: u64,
    pub head_hash: String,
}

/// Publishes `reg` to the empty team server at `url` (`team create`): makes the team's first
/// data key and this member's X25519 key, stores the team row and this member's key slot on
/// the server, journals `team.created` (with the team state in the encrypted register, in the
/// same transaction) and sends every event.
///
/// The order makes every crash recoverable: the server's team row names this register, so a
/// `create` that stopped before the journal entry is repeated; one that stopped after it has
/// its events sent by the next [`push`] (`breachlog sync`).
pub fn create(reg: &mut Register, url: &str) -> Result<Created> {
    if reg.team_state()?.is_some() {
        return Err(Error::invalid("server", breachlog_core::Reason::Duplicate));
    }
    let mut server = Server::connect(url)?;
    let register_id = reg.register_id().to_string();
    let member = reg.actor().to_string();
    let key = DataKey::generate();
    let me = MemberKey::generate();
    let team_id = match server.team()? {
        // A create that stopped after the server's team row: this register's own, still empty.
        Some((team_id, rid)) if rid == register_id && server.head()?.0 == 0 => team_id,
        Some(_) => {
            return Err(Error::TeamServerInUse {
                server: server.label().to_string(),
            })
        }
        None => {
            let team_id = uuid::Uuid::now_v7().to_string();
            if !server.create_team(&team_id, &register_id)? {
                return Err(Error::TeamServerInUse {
                    server: server.label().to_string(),
                });
            }
            team_id
        }
    };
    let slot = slots::wrap(
        &key,
        &me.public(),
        &slot_context(&team_id, FIRST_EPOCH, &member),
    )?;
    server.put_member(&member, &me.public_b64(), FIRST_EPOCH, &slot)?;
    let state = TeamState {
        team_id: team_id.clone(),
        server: url.to_string(),
        member: member.clone(),
        member_secret: me.secret_b64().to_string(),
        data_keys: [(FIRST_EPOCH, key.to_b64().to_string())]
            .into_iter()
            .collect(),
        synced_seq: 0,
    };
    let created = TeamCreated {
        team_id: team_id.parse().map_err(|_| Error::Data("team id".into()))?,
        server_label: server.label().to_string(),
        member: member.clone(),
        public_key: me.public_b64(),
    };
    reg.record_team_created(&created, &state)?;
    let pushed = push_with(reg, &mut server)?;
    Ok(Created {
        team_id,
        server: server.label().to_string(),
        member,
        events_published: pushed.sent,
        head_seq: pushed.head_seq,
        head_hash: pushed.head_hash,
    })
}

/// What a push did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Pushed {
    pub sent: u64,
    pub head_seq: u64,
    pub head_hash: String,
}

/// The team state of a shared register, or [`Error::NotInTeam`].
pub fn state_of(reg: &Register) -> Result<TeamState> {
    reg.team_state()?.ok_or(Error::NotInTeam)
}

/// The data key new events are sealed under: the highest epoch's.
fn current_key(state: &TeamState) -> Result<(u32, DataKey)> {
    let (epoch, b64) = state
        .data_keys
        .iter()
        .next_back()
        .ok_or_else(|| Error::Data("the team state holds no data key".into()))?;
    let key = DataKey::from_b64(b64).ok_or_else(|| Error::Data("team data key".into()))?;
    Ok((*epoch, key))
}

/// What `breachlog sync` did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Synced {
    /// Events pulled from the other members.
    pub pulled: u64,
    /// Events sent.
    pub sent: u64,
    pub head_seq: u64,
    pub head_hash: String,
}

/// `breachlog sync`: pulls what the other members wrote, then sends what this register wrote;
/// when another member appended in between, pulls again and retries (a few times).
pub fn sync(reg: &mut Register) -> Result<Synced> {
    let state = state_of(reg)?;
    let mut server = Server::connect(&state.server)?;
    // Members take turns (a session advisory lock, released when the connection ends, even by
    // a crash): a sync does not lose its work to another member's between its pull and its
    // push. The server's order does not depend on it — its constraints decide — only the
    // wasted retries do.
    server.take_turn()?;
    let mut pulled = 0;
    let mut last = None;
    for _ in 0..8 {
        pulled += pull_with(reg, &mut server)?;
        match push_with(reg, &mut server) {
            Ok(p) => {
                return Ok(Synced {
                    pulled,
                    sent: p.sent,
                    head_seq: p.head_seq,
                    head_hash: p.head_hash,
                })
            }
            Err(e @ Error::TeamServer { .. }) if server.head()?.0 > state_of(reg)?.synced_seq => {
                last = Some(e);
                continue;
            }
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or(Error::TeamServer {
        server: server.label().to_string(),
        detail: "other members kept writing; sync again".into(),
    }))
}

pub(crate) fn push_with(reg: &mut Register, server: &mut Server) -> Result<Pushed> {
    ensure_keys(reg, server, [])?;
    let state = state_of(reg)?;
    let (epoch, key) = current_key(&state)?;
    let (server_seq, server_hash) = server.head()?;
    let (local_seq, local_hash) = reg.head()?;
    if server_seq > local_seq || (server_seq > 0 && !holds(reg, server_seq, &server_hash)?) {
        return Err(Error::TeamServer {
            server: server.label().to_string(),
            detail: format!(
                "it holds events this register does not (its head is seq {server_seq}); pull them first"
            ),
        });
    }
    let mut sent = 0u64;
    let mut from = server_seq + 1;
    while from <= local_seq {
        let to = (from + u64::from(BATCH) - 1).min(local_seq);
        let mut rows = Vec::with_capacity(usize::try_from(to - from + 1).unwrap_or(0));
        let mut evidence = Vec::new();
        reg.for_each_event_with_secrets(from, to, |ev, secrets| {
            if let Some(id) = evidence_of(&ev) {
                evidence.push(id);
            }
            rows.push(to_row(&ev, &secrets, epoch, &key)?);
            Ok(())
        })?;
        let mut chunks = Vec::new();
        for id in evidence {
            for (evidence_id, chunk, data) in reg.evidence_chunks(&id)? {
                let sealed = envelope::seal(&key, &evidence_id, &chunk_label(chunk), &data)?;
                chunks.push(server::SealedChunk {
                    evidence_id,
                    chunk,
                    epoch,
                    sealed,
                });
            }
        }
        match server.append(&rows, &chunks)? {
            Appended::Ok => {}
            Appended::LostRace => {
                return Err(Error::TeamServer {
                    server: server.label().to_string(),
                    detail: "another member wrote at the same moment; sync again".into(),
                })
            }
        }
        sent += rows.len() as u64;
        reg.set_team_synced(to)?;
        from = to + 1;
    }
    Ok(Pushed {
        sent,
        head_seq: local_seq,
        head_hash: local_hash,
    })
}

/// The evidence id of an `evidence.added` event.
fn evidence_of(ev: &Event) -> Option<String> {
    (ev.kind == breachlog_core::projection::kind::EVIDENCE_ADDED)
        .then(|| ev.payload.get("evidence_id")?.as_str().map(str::to_string))
        .flatten()
}

/// What a chunk's envelope is bound to besides its evidence id.
fn chunk_label(chunk: i64) -> String {
    format!("chunk:{chunk}")
}

/// The content chunks of the evidence files `events` add, opened.
pub(crate) fn pull_evidence(
    server: &mut Server,
    events: &[(Event, Secrets)],
    keys: &std::collections::BTreeMap<u32, DataKey>,
) -> Result<Vec<breachlog_core::register::EvidenceChunk>> {
    let mut out = Vec::new();
    for (ev, _) in events {
        let Some(id) = evidence_of(ev) else { continue };
        for c in server.evidence_chunks(&id)? {
            let data = keys
                .get(&c.epoch)
                .and_then(|k| envelope::open(k, &c.evidence_id, &chunk_label(c.chunk), &c.sealed))
                .ok_or_else(|| {
                    Error::from(IntegrityError {
                        seq: ev.seq,
                        reason: IntegrityReason::Malformed {
                            detail: format!(
                                "chunk {} of evidence {id} does not open with the team key",
                                c.chunk
                            ),
                        },
                    })
                })?;
            out.push((c.evidence_id, c.chunk, data.to_vec()));
        }
    }
    Ok(out)
}

/// Makes sure this member holds the data keys of `epochs` (and of the newest epoch it has a
/// slot for): a key missing here is fetched from this member's key slot on the server and kept.
/// A member removed before an epoch has no slot for it and cannot read what it seals.
pub(crate) fn ensure_keys(
    reg: &mut Register,
    server: &mut Server,
    epochs: impl IntoIterator<Item = u32>,
) -> Result<()> {
    let state = state_of(reg)?;
    let mut wanted: std::collections::BTreeSet<u32> = epochs.into_iter().collect();
    if let (Some(mine), _) = server.epochs(&state.member)? {
        wanted.insert(mine);
    }
    let me = MemberKey::from_b64(&state.member_secret)
        .ok_or_else(|| Error::Data("the member key".into()))?;
    for epoch in wanted {
        if state.data_keys.contains_key(&epoch) {
            continue;
        }
        let slot = server
            .key_slot(epoch, &state.member)?
            .ok_or_else(|| Error::TeamServer {
                server: server.label().to_string(),
                detail: format!(
                    "this member holds no key for key epoch {epoch} (removed from the team?)"
                ),
            })?;
        let key = slots::unwrap(
            &me,
            &slot,
            &slot_context(&state.team_id, epoch, &state.member),
        )
        .ok_or_else(|| Error::Data(format!("the key slot of epoch {epoch} does not open")))?;
        reg.add_team_key(epoch, &key.to_b64())?;
    }
    Ok(())
}

/// The team's data keys by epoch.
fn data_keys(state: &TeamState) -> std::collections::BTreeMap<u32, DataKey> {
    state
        .data_keys
        .iter()
        .filter_map(|(e, k)| DataKey::from_b64(k).map(|k| (*e, k)))
        .collect()
}

/// Pulls the events the server holds beyond this register's synced seq, opens and checks each
/// one and appends them (one transaction per batch). Returns how many were pulled.
pub(crate) fn pull_with(reg: &mut Register, server: &mut Server) -> Result<u64> {
    catch_up(reg, server)?;
    let synced = state_of(reg)?.synced_seq;
    let epochs = server.epochs_after(synced)?;
    ensure_keys(reg, server, epochs)?;
    let state = state_of(reg)?;
    let keys = data_keys(&state);
    let (server_seq, _) = server.head()?;
    if server_seq < state.synced_seq {
        return Err(IntegrityError {
            seq: server_seq + 1,
            reason: IntegrityReason::Malformed {
                detail: format!(
                    "the team server no longer holds the events this register sent up to seq {}",
                    state.synced_seq
                ),
            },
        }
        .into());
    }
    if server_seq == state.synced_seq {
        return Ok(0);
    }
    let (local_seq, _) = reg.head()?;
    if local_seq > state.synced_seq {
        return rebase::rebase(reg, server, &keys);
    }
    // Everything is read first and appended in one local transaction: an empty replica (a
    // join) is then projected in one pass, as `verify` rebuilds a register.
    let batch = fetch_opened(server, state.synced_seq + 1, &keys)?;
    let evidence = pull_evidence(server, &batch, &keys)?;
    reg.append_pulled(&batch, &evidence)?;
    Ok(batch.len() as u64)
}

/// Fetches every server row from `from` on and opens each: a fetched batch is opened on a
/// thread of its own while the next one is fetched. Fails with the first row (in seq order)
/// that does not open.
pub(crate) fn fetch_opened(
    server: &mut Server,
    from: u64,
    keys: &std::collections::BTreeMap<u32, DataKey>,
) -> Result<Vec<(Event, Secrets)>> {
    let open_all = |rows: Vec<ServerRow>| -> Result<Vec<(Event, Secrets)>> {
        rows.iter()
            .map(|row| from_row(row, keys.get(&row.epoch)))
            .collect()
    };
    std::thread::scope(|scope| {
        let mut next = from;
        let mut out = Vec::new();
        let mut opening: Option<std::thread::ScopedJoinHandle<'_, Result<Vec<_>>>> = None;
        loop {
            let rows = server.rows(next, BATCH);
            if let Some(handle) = opening.take() {
                out.extend(join_opened(handle)?);
            }
            let rows = rows?;
            let Some(last) = rows.last() else {
                break;
            };
            next = last.seq + 1;
            opening = Some(scope.spawn(move || open_all(rows)));
        }
        Ok(out)
    })
}

fn join_opened(
    handle: std::thread::ScopedJoinHandle<'_, Result<Vec<(Event, Secrets)>>>,
) -> Result<Vec<(Event, Secrets)>> {
    handle
        .join()
        .unwrap_or_else(|_| Err(Error::Data("opening pulled rows failed".into())))
}

/// Moves the synced seq over the pending events the server already holds as they are here: a
/// push whose commit reached the server but whose local bookkeeping did not (a crash, a lost
/// answer) is not sent, nor rebased, twice.
fn catch_up(reg: &mut Register, server: &mut Server) -> Result<()> {
    let state = state_of(reg)?;
    let (local_seq, _) = reg.head()?;
    if local_seq <= state.synced_seq {
        return Ok(());
    }
    let mut synced = state.synced_seq;
    'rows: while synced < local_seq {
        let rows = server.rows(synced + 1, BATCH)?;
        if rows.is_empty() {
            break;
        }
        for row in &rows {
            if row.seq > local_seq || !holds(reg, row.seq, &row.hash)? {
                break 'rows;
            }
            synced = row.seq;
        }
    }
    if synced > state.synced_seq {
        reg.set_team_synced(synced)?;
    }
    Ok(())
}

/// Whether the local journal holds event `seq` with `hash`.
fn holds(reg: &Register, seq: u64, hash: &str) -> Result<bool> {
    let mut found = false;
    reg.for_each_event(seq, seq, |ev| {
        found = ev.hash == hash;
        Ok(())
    })?;
    Ok(found)
}

/// Verifies the shared chain on the server without any key (`verify --server`): every seq in
/// order, every `prev` the hash before it, the payloads of the chain's own kinds (signing keys,
/// signed checkpoints, TSAs and their tokens) hashed in full and each signed checkpoint checked
/// against the Merkle tree of the hashes before it; `expect` an anchor the chain must contain.
/// An error names the first bad seq.
pub fn verify_server(url: &str, expect: Option<ExpectHead>) -> Result<VerifyReport> {
    let mut server = Server::connect(url)?;
    let mut verifier = ChainVerifier::new(expect);
    let mut next = 1u64;
    let mut prev = breachlog_core::journal::GENESIS_PREV.to_string();
    loop {
        let rows = server.rows(next, BATCH)?;
        if rows.is_empty() {
            break;
        }
        for row in &rows {
            let fail = |reason| Error::from(IntegrityError { seq: next, reason });
            if row.seq != next {
                return Err(fail(IntegrityReason::SeqGap { found: row.seq }));
            }
            if CheckpointTracker::wants(&row.kind) {
                if row.clear_payload.is_none() {
                    return Err(fail(IntegrityReason::Malformed {
                        detail: format!("the payload of a {} event is not in clear", row.kind),
                    }));
                }
                let (ev, _) = from_row(row, None)?;
                verifier.push(&ev)?;
            } else if row.sealed.is_none() {
                return Err(fail(IntegrityReason::Malformed {
                    detail: format!("a {} event's payload is not sealed", row.kind),
                }));
            } else if !verifier.accept_hashed(row.seq, &row.prev, &row.hash) {
                return Err(fail(if row.prev != prev {
                    IntegrityReason::PrevMismatch
                } else {
                    IntegrityReason::HashMismatch
                }));
            }
            prev.clone_from(&row.hash);
            next += 1;
        }
    }
    Ok(verifier.finish()?)
}

/// Verifies the shared chain as a member: every row opens with the team's keys and its event
/// hashes to the row's hash, the chain links, the checkpoints hold — and the server holds this
/// register's journal, event for event, up to the shorter of the two.
pub fn verify_with_key(reg: &mut Register) -> Result<VerifyReport> {
    let mut server = Server::connect(&state_of(reg)?.server)?;
    let epochs = server.epochs_after(0)?;
    ensure_keys(reg, &mut server, epochs)?;
    let state = state_of(reg)?;
    let keys = data_keys(&state);
    let (local_seq, _) = reg.head()?;
    let mut verifier = ChainVerifier::new(None);
    let mut next = 1u64;
    loop {
        let rows = server.rows(next, BATCH)?;
        if rows.is_empty() {
            break;
        }
        for row in &rows {
            let (ev, _) = from_row(row, keys.get(&row.epoch))?;
            verifier.push(&ev)?;
            if ev.seq <= local_seq && !holds(reg, ev.seq, &ev.hash)? {
                return Err(IntegrityError {
                    seq: ev.seq,
                    reason: IntegrityReason::DiffersFromReference,
                }
                .into());
            }
            next = ev.seq + 1;
        }
    }
    Ok(verifier.finish()?)
}
