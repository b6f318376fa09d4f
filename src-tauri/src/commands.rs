//! IPC commands: each one a few lines over `breachlog-core`. Commands are `async` so that key
//! derivation and verification run off the UI thread.

use breachlog_core::domain::{Action, Incident, Note};
use breachlog_core::domain::{Language, Org, Settings, Status};
use breachlog_core::query::{IncidentFilter, IncidentPage};
use breachlog_core::register::{AssessmentInput, IncidentInput, OrgInput, SettingsInput};
use breachlog_core::views::IncidentDetail;
use breachlog_core::{validate, Error, Reason, Register, Ts, UnlockMethod};
use tauri::State;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::dto::{AppStatus, UnlockWith, Unlocked, VerifyOutcome};
use crate::error::AppError;
use crate::session;
use crate::state::AppState;

type Res<T> = Result<T, AppError>;

const CLIENT: &str = "desktop";

pub(crate) fn actor() -> String {
    std::env::var("BREACHLOG_ACTOR")
        .or_else(|_| std::env::var("USER"))
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "desktop".into())
}

/// An incident (or other) id as sent by the UI.
pub(crate) fn parse_id(state: &AppState, text: &str) -> Res<Uuid> {
    Uuid::parse_str(text.trim()).map_err(|_| state.err(&Error::invalid("id", Reason::NotAnId)))
}

#[tauri::command]
pub async fn app_status(state: State<'_, AppState>) -> Res<AppStatus> {
    Ok(status_of(&state))
}

/// What the UI needs before anything is unlocked, for the register this window works on.
pub fn status_of(state: &AppState) -> AppStatus {
    let path = state.path();
    let kf = session::key_file(&path);
    AppStatus {
        register_exists: path.exists(),
        unlocked: state.slot().is_some(),
        path: path.display().to_string(),
        keyring_available: session::keyring_available(),
        keyring_enabled: kf.as_ref().is_some_and(|k| k.keyring),
        has_passphrase: kf.as_ref().is_none_or(|k| k.has_passphrase()),
        failed_unlocks: session::failed_unlocks(&path).count,
        retry_after_secs: session::retry_after(&path, Ts::now()),
        language: state.language(),
    }
}

#[tauri::command]
pub async fn set_language(state: State<'_, AppState>, language: String) -> Res<Language> {
    let lang = validate::language("language", &language).map_err(|e| state.err(&Error::from(e)))?;
    state.set_language(lang);
    Ok(lang)
}

#[tauri::command]
pub async fn unlock(
    state: State<'_, AppState>,
    with: UnlockWith,
    secret: Option<String>,
) -> Res<Unlocked> {
    let loc = state.localizer();
    let secret = Zeroizing::new(secret.unwrap_or_default());
    // Kept to confirm the recovery key it proves the user holds (see `key_cmds::after_unlock`).
    let recovery = matches!(with, UnlockWith::RecoveryKey).then(|| secret.clone());
    let method = match with {
        UnlockWith::Passphrase => UnlockMethod::Passphrase(secret),
        UnlockWith::RecoveryKey => UnlockMethod::RecoveryKey(secret),
        UnlockWith::Keyring => UnlockMethod::Keyring,
    };
    let mut reg = Register::open(&state.path(), method, &actor(), CLIENT).map_err(|e| {
        // The core refuses attempts during its growing delay; tell the UI how long to wait.
        let mut err = AppError::core(&e, loc);
        err.retry_after_secs = Some(session::retry_after(&state.path(), Ts::now()));
        err
    })?;
    let (org, settings, shared) = (
        reg.org().map_err(|e| state.err(&e))?,
        reg.settings().map_err(|e| state.err(&e))?,
        reg.team_state().map_err(|e| state.err(&e))?.is_some(),
    );
    state.set_language(org.language);
    crate::key_cmds::after_unlock(&state, &mut reg, recovery.as_deref().map(String::as_str));
    *state.slot() = Some(reg);
    crate::registers::remember_current(&state);
    crate::upkeep::check_soon();
    Ok(Unlocked {
        org,
        settings,
        shared,
    })
}

#[tauri::command]
pub async fn lock(state: State<'_, AppState>, reason: String) -> Res<()> {
    let reg = state.slot().take();
    state.key_session().clear();
    match reg {
        Some(reg) => reg.lock(&reason).map_err(|e| state.err(&e)),
        None => Ok(()),
    }
}

#[tauri::command]
pub async fn list_incidents(
    state: State<'_, AppState>,
    filter: IncidentFilter,
) -> Res<IncidentPage> {
    state.with(|reg| reg.list_incidents(&filter))
}

#[tauri::command]
pub async fn incident_detail(state: State<'_, AppState>, id: String) -> Res<IncidentDetail> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| IncidentDetail::load(reg, id, Ts::now()))
}

#[tauri::command]
pub async fn create_incident(state: State<'_, AppState>, input: IncidentInput) -> Res<Incident> {
    state.with(|reg| reg.create_incident(&input))
}

#[tauri::command]
pub async fn update_incident(
    state: State<'_, AppState>,
    id: String,
    input: IncidentInput,
) -> Res<Incident> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| reg.update_incident(id, &input))
}

#[tauri::command]
pub async fn transition(
    state: State<'_, AppState>,
    id: String,
    to: Status,
    at: Option<String>,
    close_reason: Option<String>,
    note: Option<String>,
) -> Res<Incident> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| {
        reg.transition(
            id,
            to.as_str(),
            at.as_deref(),
            close_reason.as_deref(),
            note.as_deref(),
        )
    })
}

#[tauri::command]
pub async fn assess(
    state: State<'_, AppState>,
    id: String,
    input: AssessmentInput,
) -> Res<Incident> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| reg.assess(id, &input))
}

#[tauri::command]
pub async fn add_action(
    state: State<'_, AppState>,
    id: String,
    title: String,
    owner: Option<String>,
    due_at: Option<String>,
) -> Res<Action> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| reg.add_action(id, &title, owner.as_deref(), due_at.as_deref()))
}

#[tauri::command]
pub async fn set_action_done(
    state: State<'_, AppState>,
    action_id: String,
    done: bool,
) -> Res<Action> {
    let id = parse_id(&state, &action_id)?;
    state.with(|reg| reg.set_action_done(id, done))
}

#[tauri::command]
pub async fn add_note(state: State<'_, AppState>, id: String, text: String) -> Res<Note> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| reg.add_note(id, &text))
}

#[tauri::command]
pub async fn get_org(state: State<'_, AppState>) -> Res<Org> {
    state.with(|reg| reg.org())
}

#[tauri::command]
pub async fn update_org(state: State<'_, AppState>, input: OrgInput) -> Res<Org> {
    let org = state.with(|reg| reg.update_org(&input))?;
    state.set_language(org.language);
    Ok(org)
}

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Res<Settings> {
    state.with(|reg| reg.settings())
}

#[tauri::command]
pub async fn update_settings(state: State<'_, AppState>, input: SettingsInput) -> Res<Settings> {
    let settings = state.with(|reg| reg.update_settings(&input))?;
    crate::upkeep::check_soon();
    Ok(settings)
}

/// Verifies the whole register. The UI asks right after unlock and shows the register
/// meanwhile: the check runs on a snapshot with connections of its own, so other commands are
/// not held up (a register of 100,000 incidents takes seconds). An integrity failure is a
/// result to show, not a command error.
#[tauri::command]
pub async fn verify(state: State<'_, AppState>) -> Res<VerifyOutcome> {
    let loc = state.localizer();
    let verifier = state.with(|reg| reg.verifier())?;
    let head = verifier.head().clone();
    let outcome = tauri::async_runtime::spawn_blocking(move || verifier.run(None))
        .await
        .map_err(|e| breachlog_core::Error::Data(e.to_string()))
        .and_then(|r| r);
    let now = Ts::now().to_string();
    Ok(match outcome {
        Ok(report) => VerifyOutcome::ok(report, now),
        Err(e) => VerifyOutcome::failed(head, loc.error(&e), now),
    })
}

/// SQLite's data version of the open register: it changes when another process (a CLI, a
/// second app) commits. The UI polls it and reloads what it shows when it changes.
#[tauri::command]
pub async fn data_version(state: State<'_, AppState>) -> Res<i64> {
    // Events pulled from other members are written on this connection (SQLite's data version
    // does not see them): their count is added, so the views reload as after another process.
    state.with(|reg| Ok(reg.data_version()? + state.team().pulled_revision()))
}
