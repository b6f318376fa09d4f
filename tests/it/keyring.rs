//! The OS keyring path against the real Secret Service (gnome-keyring under a private D-Bus
//! session). Where that cannot start on this machine, the test says so loudly and returns.

use std::process::Command;

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn keyring_only_register_unlocks_through_secret_service() {
    if !have("dbus-run-session") || !have("gnome-keyring-daemon") {
        eprintln!(
            "SKIPPED keyring_only_register_unlocks_through_secret_service: dbus-run-session or \
             gnome-keyring-daemon is not installed (make test installs dbus-x11 and gnome-keyring)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let db = dir.path().join("register.db");
    let bin = breachlog_tests::breachlog_bin();
    let script = format!(
        r#"set -e
echo -n test-keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
sleep 1
"{bin}" init --keyring --no-passphrase --json --org-name "Keyring Test B.V."
"{bin}" incident new --title "Keyring unlock works" --json >/dev/null
"{bin}" incident list --json
"#,
        bin = bin.display()
    );
    let out = Command::new("dbus-run-session")
        .args(["--", "bash", "-c", &script])
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("BREACHLOG_DB", &db)
        .env_remove("BREACHLOG_PASSPHRASE")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stdout: {stdout}\nstderr: {stderr}");
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["keyring"], true);
    assert!(stdout.contains("Keyring unlock works"), "{stdout}");
    // Outside that D-Bus session the keyring is unreachable and there is no passphrase: exit 3.
    let out = Command::new(&bin)
        .args(["incident", "list"])
        .env("HOME", &home)
        .env("BREACHLOG_DB", &db)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .env_remove("BREACHLOG_PASSPHRASE")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
