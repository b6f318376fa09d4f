#!/usr/bin/env bash
# Runs keyring.mjs with a real Secret Service: a private D-Bus session, gnome-keyring unlocked
# with a throwaway password, and a temporary HOME (gnome-keyring writes its collection there).
set -euo pipefail
app=$1
home=$(mktemp -d)
trap 'rm -rf "$home" 2>/dev/null || true' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache XDG_CONFIG_HOME=$home/.config
exec dbus-run-session -- bash -c '
  echo -n e2e-keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  sleep 1
  node "$(dirname "$0")/keyring.mjs" "$1"
' "$0" "$app"
