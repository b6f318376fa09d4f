//! Registers the app's commands so that each one needs an explicit `allow-<command>`
//! permission (granted in `capabilities/main.json`); nothing is allowed implicitly.

const COMMANDS: &[&str] = &[
    "app_status",
    "set_language",
    "create_register",
    "unlock",
    "lock",
    "list_incidents",
    "incident_detail",
    "create_incident",
    "update_incident",
    "transition",
    "assess",
    "add_action",
    "set_action_done",
    "add_note",
    "get_org",
    "update_org",
    "get_settings",
    "update_settings",
    "verify",
    "backup_overview",
    "backup_now",
    "pick_backup_folder",
    "backup_test_restore",
    "retention_review",
    "redact_incident",
    "report_choices",
    "issue_report",
    "verify_report_file",
    "obligations",
    "record_filing",
    "drop_obligation",
    "reinstate_obligation",
    "authorities",
    "draft",
    "authority_contacts",
    "log_authority_contact",
    "enisa",
    "rules",
    "set_rule_hours",
    "update_regulation_settings",
    "controllers",
    "add_controller",
    "incident_regulation",
    "classify",
    "set_incident_regimes",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .unwrap_or_else(|e| panic!("tauri build: {e}"));
}
