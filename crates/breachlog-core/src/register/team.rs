//! The local side of a team register (issue 17, `docs/team.md`): what this register knows of the
//! team it is shared with — kept in the encrypted register's `meta` table, never in the journal,
//! because it holds the member's private key and the team's data keys — and the reads the team
//! client needs (events with their sealed values, in seq order). The PostgreSQL side lives in
//! the `breachlog-team` crate; the core knows no server.

use std::collections::BTreeMap;

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

/// The `meta` key the team state is stored under.
const META_KEY: &str = "team";

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
        let stored = serde_json::to_string(state).map_err(|e| Error::Data(e.to_string()))?;
        let payload = json!({
            "team_id": created.team_id.to_string(),
            "server": created.server_label,
            "member": created.member,
            "public_key": created.public_key,
        });
        self.write(|w| {
            let ev = w.append(kind::TEAM_CREATED, None, payload)?;
            w.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)",
                params![META_KEY, stored],
            )?;
            Ok(ev)
        })
    }

    /// Stores the highest seq the server holds as this register does.
    pub fn set_team_synced(&mut self, seq: u64) -> Result<()> {
        let Some(mut state) = self.team_state()? else {
            return Err(Error::NotFound {
                entity: "team",
                id: String::new(),
            });
        };
        state.synced_seq = seq;
        let stored = serde_json::to_string(&state).map_err(|e| Error::Data(e.to_string()))?;
        self.conn.execute(
            "UPDATE meta SET value = ?2 WHERE key = ?1",
            params![META_KEY, stored],
        )?;
        Ok(())
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
