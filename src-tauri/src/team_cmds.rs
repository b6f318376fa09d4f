//! The team register in the desktop app (issue 17, `docs/team.md`): a background thread syncs a
//! shared register while it is unlocked (see [`spawn`]), and the top bar shows its state —
//! "Shared · up to date", "Shared · 3 pending", "Shared · offline since 14:05" — from
//! [`team_status`]. Events pulled from other members change [`TeamSync::pulled_revision`], which the data
//! version the UI polls includes, so every open view reloads as it does after another process.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use breachlog_core::{Register, Ts};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};
use ts_rs::TS;

use crate::error::AppError;
use crate::state::AppState;

type Res<T> = Result<T, AppError>;

/// The sharing state shown in the top bar.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TeamStatus {
    /// Whether this register is shared with a team; everything else is empty when not.
    pub shared: bool,
    /// `host:port/database` of the team server.
    pub server: Option<String>,
    /// This member's actor id.
    pub member: Option<String>,
    /// Events written here and not on the server yet.
    pub pending: u64,
    /// When the last sync succeeded.
    pub last_sync: Option<Ts>,
    /// Since when the server could not be reached (cleared by the next successful sync).
    pub offline_since: Option<Ts>,
    /// The last failure, localised.
    pub problem: Option<String>,
    /// This member's changes that could not follow another member's (see `team conflicts`).
    pub conflicts: u32,
    /// Serials of reports issued here while events were pending, whose embedded journal head
    /// another member's events replaced: to issue again (kept with the conflicts).
    pub reports_to_reissue: Vec<String>,
}

#[derive(Debug, Default)]
struct SyncState {
    last_sync: Option<Ts>,
    offline_since: Option<Ts>,
    problem: Option<String>,
}

/// A window's sync state: the outcome of the last sync, and how many events were pulled.
#[derive(Debug, Default)]
pub struct TeamSync {
    state: Mutex<SyncState>,
    pulled: AtomicI64,
}

impl TeamSync {
    /// Grows by the number of events pulled from other members (added to the data version).
    pub fn pulled_revision(&self) -> i64 {
        self.pulled.load(Ordering::Relaxed)
    }

    fn state(&self) -> std::sync::MutexGuard<'_, SyncState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Syncs `reg` when it is shared; records the outcome for [`team_status`].
fn sync_once(reg: &mut Register, state: &AppState) {
    match reg.team_state() {
        Ok(Some(_)) => {}
        _ => return,
    }
    match breachlog_team::sync(reg) {
        Ok(s) => {
            if s.pulled > 0 {
                state
                    .team()
                    .pulled
                    .fetch_add(i64::try_from(s.pulled).unwrap_or(1), Ordering::Relaxed);
            }
            let mut st = state.team().state();
            st.last_sync = Some(Ts::now());
            st.offline_since = None;
            st.problem = None;
        }
        Err(e) => {
            let mut st = state.team().state();
            if matches!(
                e,
                breachlog_core::Error::TeamServer { .. }
                    | breachlog_core::Error::TeamServerUntrusted { .. }
            ) && st.offline_since.is_none()
            {
                st.offline_since = Some(Ts::now());
            }
            st.problem = Some(state.localizer().error(&e));
        }
    }
}

use breachlog_core::register::team::REISSUE_REASON;

fn status_of(reg: &Register, sync: &TeamSync) -> breachlog_core::Result<TeamStatus> {
    let Some(team) = reg.team_state()? else {
        return Ok(TeamStatus {
            shared: false,
            server: None,
            member: None,
            pending: 0,
            last_sync: None,
            offline_since: None,
            problem: None,
            conflicts: 0,
            reports_to_reissue: Vec::new(),
        });
    };
    let (head, _) = reg.head()?;
    let st = sync.state();
    let stored = reg.team_conflicts()?;
    Ok(TeamStatus {
        shared: true,
        server: breachlog_team::server::label(&team.server),
        member: Some(team.member.clone()),
        pending: head.saturating_sub(team.synced_seq),
        last_sync: st.last_sync,
        offline_since: st.offline_since,
        problem: st.problem.clone(),
        conflicts: u32::try_from(stored.iter().filter(|c| c.reason != REISSUE_REASON).count())
            .unwrap_or(u32::MAX),
        reports_to_reissue: stored
            .iter()
            .filter(|c| c.reason == REISSUE_REASON)
            .filter_map(|c| c.payload.get("serial").and_then(|s| s.as_str()))
            .map(str::to_string)
            .collect(),
    })
}

/// The sharing state of the open register.
#[tauri::command]
pub async fn team_status(state: State<'_, AppState>) -> Res<TeamStatus> {
    state.with(|reg| status_of(reg, state.team()))
}

/// Syncs now (the top bar's button); the state after it.
#[tauri::command]
pub async fn sync_now(state: State<'_, AppState>) -> Res<TeamStatus> {
    // The PostgreSQL client runs its own small runtime, which may not start inside the app's:
    // the sync runs on a thread of its own (the command waits for it).
    let app_state: &AppState = &state;
    std::thread::scope(|s| {
        let _ = s
            .spawn(|| {
                let mut slot = app_state.slot();
                if let Some(reg) = slot.as_mut() {
                    sync_once(reg, app_state);
                }
            })
            .join();
    });
    state.with(|reg| status_of(reg, state.team()))
}

/// While a shared register is unlocked: sends what was written here within a quarter of a
/// second, and pulls what the others wrote every `BREACHLOG_SYNC_SECONDS` (default 1) — so an
/// incident logged by one member shows in another's window within about a second
/// (`make bench`, figure "team propagation").
pub fn spawn(app: AppHandle) {
    let every = std::env::var("BREACHLOG_SYNC_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .filter(|s| *s > 0)
        .map_or(Duration::from_secs(1), Duration::from_secs);
    std::thread::spawn(move || {
        let mut last = std::time::Instant::now();
        loop {
            std::thread::sleep(Duration::from_millis(250));
            let state = app.state::<AppState>();
            let mut slot = state.slot();
            let Some(reg) = slot.as_mut() else { continue };
            let pending = match (reg.team_state(), reg.head()) {
                (Ok(Some(team)), Ok((head, _))) => head > team.synced_seq,
                _ => continue,
            };
            let offline = state.team().state().offline_since.is_some();
            // Offline, the server is asked again at the pull pace, not four times a second.
            if (pending && !offline) || last.elapsed() >= every {
                sync_once(reg, &state);
                last = std::time::Instant::now();
            }
        }
    });
}
