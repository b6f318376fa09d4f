# Desktop app (src-tauri + ui). Included by the root Makefile (`-include mk/*.mk`).
#   make run       install what is missing, build the UI and the app, start it on the default register
#   make test-ui   Vitest against the recorded backend (ui/src/test/fixtures)
#   make fixtures  records the UI tests' fixtures again from the real app (src-tauri/tests/fixtures);
#                  `make test` fails while a committed fixture differs from what the app answers
#   make test-e2e  the real built app through tauri-driver + WebKitWebDriver (under xvfb-run without a display):
#                  the passphrase scenario, then the OS-keyring scenario under a private D-Bus + gnome-keyring
#   make bench-app cold start and unlock time with an empty register vs 10,000 incidents

APT_APP := libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev librsvg2-dev
APT_E2E := xvfb xauth webkit2gtk-driver xclip xdotool
APP_TARGET := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
APP_BIN := $(APP_TARGET)/debug/breachlog-app
TAURI_DRIVER = $(or $(shell command -v tauri-driver),$(HOME)/.cargo/bin/tauri-driver)
XVFB = $(if $(DISPLAY),,xvfb-run -a)

EXTRA_TESTS += test-ui test-e2e

.PHONY: app-deps app-ui app-build run test-ui test-e2e e2e-deps bench-app fixtures

app-deps: deps-core
	$(call apt_install,$(APT_APP))
	@command -v node >/dev/null && node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
	  || { echo "Node.js 20.19 or newer is required for the UI build (Vite 7): https://nodejs.org or your distribution"; exit 1; }
	@# `npm ci` installs exactly the committed lock (complete for every platform, so it is never rewritten)
	@# and fails if package.json and the lock disagree; skipped while the lock is unchanged.
	@stamp=ui/node_modules/.breachlog-lock; sum=$$(sha256sum ui/package-lock.json | cut -c1-64); \
	if [ "$$(cat $$stamp 2>/dev/null)" != "$$sum" ]; then \
	  (cd ui && npm ci --no-audit --no-fund) && echo "$$sum" > $$stamp; fi

# The built UI is embedded into the binary, so it is built first (the Rust build and clippy need it).
app-ui: app-deps
	cd ui && npm run build

app-build: app-ui
	cargo build -p breachlog-app --locked

# The Rust tests and clippy compile the app crate too.
lint test-rust test-privileged: app-ui

run: app-build
	$(APP_BIN)

test-ui: app-deps
	cd ui && npx tsc --noEmit -p . && npx vitest run

# The UI tests replay what the real app answered: record it again after changing the core or a
# scenario (the check runs with the Rust tests: `cargo test -p breachlog-app --test fixtures`).
fixtures: app-ui
	BLESS=1 cargo test -p breachlog-app --test fixtures --locked

e2e-deps: deps-core
	$(call apt_install,$(APT_E2E))
	@[ -x "$(TAURI_DRIVER)" ] || cargo install tauri-driver --locked

test-e2e: app-build e2e-deps
	TAURI_DRIVER=$(TAURI_DRIVER) $(XVFB) node tests/e2e/run.mjs $(APP_BIN)
	TAURI_DRIVER=$(TAURI_DRIVER) $(XVFB) tests/e2e/keyring.sh $(APP_BIN)
	TAURI_DRIVER=$(TAURI_DRIVER) $(XVFB) node tests/e2e/team.mjs $(APP_BIN)

bench-app: app-build e2e-deps
	cargo build -p breachlog-app --example seed --locked
	TAURI_DRIVER=$(TAURI_DRIVER) $(XVFB) node tests/e2e/bench.mjs $(APP_BIN) $(APP_TARGET)/debug/examples/seed
