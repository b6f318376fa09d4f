#!/usr/bin/env bash
# Runs keyring.mjs with a real Secret Service and a recorded notification bus: a private D-Bus session, gnome-keyring unlocked
# with a throwaway password, and a temporary HOME (gnome-keyring writes its collection there).
set -euo pipefail
app=$1
home=$(mktemp -d)
trap 'rm -rf "$home" 2>/dev/null || true' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache XDG_CONFIG_HOME=$home/.config
# Desktop notifications are D-Bus calls to org.freedesktop.Notifications: record them.
export TZ=UTC NOTIFY_LOG=$home/notifications.log BREACHLOG_NOTIFY_INTERVAL_SECS=2
exec dbus-run-session -- bash -c '
  echo -n e2e-keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  dbus-monitor --session "interface=org.freedesktop.Notifications,member=Notify" > "$NOTIFY_LOG" 2>&1 &
  sleep 1
  node "$(dirname "$0")/keyring.mjs" "$1"
' "$0" "$app"
