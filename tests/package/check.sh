#!/usr/bin/env bash
# Checks the Debian package as an installing user would get it: unpacked into a scratch root with
# `dpkg -x` (no root, nothing installed on this machine), its metadata, files, desktop entry and
# icons, the packaged `breachlog --version`, and a headless start of the packaged app that must
# show its window. Usage: tests/package/check.sh breachlog_<version>_<arch>.deb  (XVFB: wrapper
# that gives the start a display, e.g. "xvfb-run -a"; empty when a display is there)
set -euo pipefail
deb=${1:?usage: check.sh PACKAGE.deb}
[ -f "$deb" ] || { echo "test-package: no package at $deb"; exit 1; }
fail() { echo "test-package: FAILED: $*"; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = breachlog ] || fail "package name is '$(field Package)', expected breachlog"
version=$(field Version)
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] || fail "version '$version'"
description=$(field Description)
grep -q "GDPR" <<<"$description" || fail "the description does not say what the app is for: $description"
! grep -qiE "tauri|command layer|breachlog-core" <<<"$description" || fail "the description speaks to developers: $description"
grep -q "libwebkit2gtk-4.1" <<<"$(field Depends)" || fail "Depends lacks the web view: $(field Depends)"

dpkg -x "$deb" "$root"
for f in usr/bin/breachlog usr/bin/breachlog-app; do
  [ -x "$root/$f" ] || fail "$f is missing or not executable"
done
desktop=$(ls "$root"/usr/share/applications/*.desktop 2>/dev/null | head -1)
[ -n "$desktop" ] || fail "no desktop entry under /usr/share/applications"
grep -qx "Exec=breachlog-app" "$desktop" || fail "desktop entry Exec: $(grep ^Exec= "$desktop")"
grep -qx "Name=Breachlog" "$desktop" || fail "desktop entry Name: $(grep ^Name= "$desktop")"
icon=$(sed -n 's/^Icon=//p' "$desktop")
for size in 32x32 128x128; do
  [ -f "$root/usr/share/icons/hicolor/$size/apps/$icon.png" ] || fail "no $size icon named $icon"
done

# The packaged CLI, from the scratch root.
out=$("$root/usr/bin/breachlog" --version)
[ "$out" = "breachlog $version" ] || fail "breachlog --version printed '$out', expected 'breachlog $version'"

# The packaged app starts on a fresh profile and shows its window.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share \
  XDG_CACHE_HOME=$scratch/home/.cache
mkdir -p "$HOME"
${XVFB:-} bash -c '
  "$1" > "$2/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 240); do
    if ! kill -0 $app 2>/dev/null; then echo "the packaged app exited at start:"; cat "$2/app.log"; exit 1; fi
    if xdotool search --onlyvisible --name "^Breachlog" >/dev/null 2>&1; then kill $app; wait $app 2>/dev/null; exit 0; fi
    sleep 0.25
  done
  kill $app; echo "no Breachlog window within 60 s:"; cat "$2/app.log"; exit 1
' check "$root/usr/bin/breachlog-app" "$scratch" || fail "headless start"
echo "test-package: $(basename "$deb"): metadata, files, desktop entry, icons, breachlog --version and a headless start of the app passed"
