//! Breachlog desktop app: a thin Tauri 2 layer over `breachlog-core`.
//!
//! `commands` holds one small function per IPC command (`key_cmds` those about keys), `state`
//! the open register, `error` the `{code, message}` error every command returns, `dto` the
//! app-only IPC payloads, `notify` the deadline notifications (sent from Rust, so they also fire
//! while the window is minimised).

pub mod bindings;
pub mod commands;
pub mod dto;
pub mod error;
pub mod key_cmds;
pub mod messages;
pub mod notify;
pub mod regulation_cmds;
pub mod regulation_dto;
pub mod report_cmds;
pub mod session;
pub mod state;
pub mod upkeep;

use std::path::PathBuf;

use tauri::Manager;

/// Where the register lives: `BREACHLOG_DB` when set (tests, several registers), else the
/// core's default location in the OS data directory.
pub fn register_path() -> PathBuf {
    std::env::var_os("BREACHLOG_DB")
        .map(PathBuf::from)
        .unwrap_or_else(breachlog_core::register::default_path)
}

pub fn run() {
    let state = state::AppState::new(register_path());
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .on_window_event(|window, event| {
            // Closing the window locks the register (recorded in the journal like the lock button).
            if matches!(event, tauri::WindowEvent::Destroyed) {
                let reg = window.state::<state::AppState>().slot().take();
                if let Some(reg) = reg {
                    let _ = reg.lock("close");
                }
            }
        })
        .setup(|app| {
            notify::spawn(app.handle().clone());
            upkeep::spawn(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::set_language,
            key_cmds::prepare_register,
            key_cmds::create_register,
            key_cmds::drop_pending_register,
            commands::unlock,
            commands::lock,
            commands::list_incidents,
            commands::incident_detail,
            commands::create_incident,
            commands::update_incident,
            commands::transition,
            commands::assess,
            commands::add_action,
            commands::set_action_done,
            commands::add_note,
            commands::get_org,
            commands::update_org,
            commands::get_settings,
            commands::update_settings,
            commands::verify,
            commands::data_version,
            upkeep::backup_overview,
            upkeep::backup_now,
            upkeep::pick_backup_folder,
            upkeep::backup_test_restore,
            upkeep::retention_review,
            upkeep::redact_incident,
            report_cmds::report_choices,
            report_cmds::issue_report,
            report_cmds::verify_report_file,
            regulation_cmds::obligations,
            regulation_cmds::record_filing,
            regulation_cmds::drop_obligation,
            regulation_cmds::reinstate_obligation,
            regulation_cmds::authorities,
            regulation_cmds::draft,
            regulation_cmds::authority_contacts,
            regulation_cmds::log_authority_contact,
            regulation_cmds::enisa,
            regulation_cmds::rules,
            regulation_cmds::set_rule_hours,
            regulation_cmds::update_regulation_settings,
            regulation_cmds::controllers,
            regulation_cmds::add_controller,
            regulation_cmds::incident_regulation,
            regulation_cmds::classify,
            regulation_cmds::set_incident_regimes,
            key_cmds::save_recovery_kit,
            key_cmds::key_status,
            key_cmds::confirm_recovery_key,
            key_cmds::confirm_new_recovery_key,
            key_cmds::new_recovery_key,
            key_cmds::change_passphrase,
            key_cmds::set_keyring,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("breachlog: {e}");
        std::process::exit(1);
    }
}
