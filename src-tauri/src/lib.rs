//! Breachlog desktop app: a thin Tauri 2 layer over `breachlog-core`.
//!
//! `menu` holds the native menu, `registers` which register file the window works on ("Open
//! another register…", the recent list).
//!
//! `commands` holds one small function per IPC command (`key_cmds` those about keys,
//! `evidence_cmds` those about evidence files), `ipc` the handler and the TypeScript call layer
//! made from the one command list (`commands.in`), `state` the open register, `error` the
//! `{code, message}` error every command returns, `dto` the app-only IPC payloads, `notify` the
//! deadline notifications (sent from Rust, so they also fire while the window is minimised).

pub mod bindings;
pub mod commands;
pub mod dto;
pub mod error;
pub mod evidence_cmds;
pub mod ipc;
pub mod key_cmds;
pub mod menu;
pub mod messages;
pub mod notify;
pub mod registers;
pub mod regulation_cmds;
pub mod regulation_dto;
pub mod report_cmds;
pub mod session;
pub mod state;
pub mod team_cmds;
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
    let state = state::AppState::new(register_path()).with_recent_file(registers::recent_file());
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
        .on_menu_event(menu::on_event)
        .setup(|app| {
            menu::install(app.handle())?;
            notify::spawn(app.handle().clone());
            upkeep::spawn(app.handle().clone());
            team_cmds::spawn(app.handle().clone());
            Ok(())
        })
        .invoke_handler(ipc::invoke_handler())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("breachlog: {e}");
        std::process::exit(1);
    }
}
