# Breachlog — two commands matter:  `make run` (set up and start the app)  and  `make test`.
# Each installs what is missing on Debian/Ubuntu (apt via sudo when not root, npm packages,
# Rust crates from crates.io). Nothing is downloaded from outside the package registries.

SHELL := /bin/bash
.DEFAULT_GOAL := help
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export CARGO_TERM_COLOR ?= never

# Build and test dependencies of the core and the CLI.
APT_CORE := build-essential pkg-config libssl-dev libdbus-1-dev python3 \
            gnome-keyring dbus-x11 postgresql procps

.PHONY: help deps-core tree-snapshot test test-rust test-privileged lint bench bench-journal cli

help:
	@echo "make run    — install what is missing, build and start the desktop app"
	@echo "make test   — install what is missing and run every test"
	@echo "make test-privileged — only the #[ignore]d tests that need gnome-keyring or root (part of make test)"
	@echo "make bench  — benchmarks (release build), not part of the tests"
	@echo "make cli    — build the breachlog command-line tool (target/release/breachlog)"

# apt-get install only the packages that are not installed yet.
define apt_install
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
endef

deps-core:
	$(call apt_install,$(APT_CORE))
	@command -v cargo >/dev/null || { echo "Rust 1.89 or newer is required (rustup.rs or your distribution's rustc/cargo)"; exit 1; }

-include mk/*.mk

# `make test` leaves the tree as it found it (issue 19 item 16): the tracked and untracked files
# git sees are listed before the first stage and compared after the last; a build or test step that
# rewrites a committed file (a lock file, a recorded fixture) fails the run and names the file.
TREE_STATE = $(BENCH_TARGET)/tree-before-test.txt
tree-snapshot:
	@mkdir -p $(dir $(TREE_STATE)); \
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then { git status --porcelain --untracked-files=all; git diff HEAD | sha256sum; } > $(TREE_STATE); else : > $(TREE_STATE); fi

test: tree-snapshot test-rust test-privileged $(EXTRA_TESTS)
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
	  { git status --porcelain --untracked-files=all; git diff HEAD | sha256sum; } | diff -u --label "before make test" --label "after make test" $(TREE_STATE) - \
	    || { echo "make test changed the working tree (lines above): a step rewrote or left a file"; exit 1; }; \
	  echo "make test: the working tree is as it was before the run"; \
	fi

test-rust: deps-core lint
	cargo build --workspace --all-targets --locked
	@if cargo nextest --version >/dev/null 2>&1; then \
	  cargo nextest run --workspace --locked --no-fail-fast; \
	else \
	  cargo test --workspace --locked --no-fail-fast; \
	fi

# Tests that need what a developer machine may lack are `#[ignore = "needs …"]`d (plain `cargo test`
# lists them as ignored, never as passed) and run here: the OS-keyring tests (tests/it/keyring.rs,
# a private D-Bus session with gnome-keyring, both installed by deps-core) always; the tmpfs tests
# (tests/it/hostile.rs, disk full and read-only file system: `mount` needs root) when running as
# root, as CI does, and otherwise named with the reason. An `#[ignore]` without a reason fails.
# The build is test-rust's own (a no-op after it; another package selection would unify other
# features and rebuild); its JSON names the integration test binary, which is run directly.
IT_BIN = cargo build --workspace --all-targets --locked --message-format=json-render-diagnostics | python3 -c \
  'import json, sys; print(*[m["executable"] for m in map(json.loads, sys.stdin) if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "it" and m.get("executable")], sep="\n")'
test-privileged: deps-core
	@! grep -rnE '^[[:space:]]*#\[ignore\]' --include='*.rs' crates src-tauri tests \
	  || { echo "test-privileged: every #[ignore] needs a reason: #[ignore = \"needs …: run by make test-privileged\"]"; exit 1; }
	@it=$$($(IT_BIN)); [ -x "$$it" ] || { echo "test-privileged: the integration test binary was not built"; exit 1; }; \
	cd tests; \
	echo "$$it --ignored keyring::"; "$$it" --ignored keyring:: || exit 1; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "$$it --ignored hostile::"; "$$it" --ignored hostile:: || exit 1; \
	else \
	  echo "test-privileged: NOT RUN (needs root to mount a tmpfs): hostile::full_disk_gives_a_clear_error_and_corrupts_nothing," \
	       "hostile::evidence_on_a_full_disk_gives_a_clear_error_and_corrupts_nothing," \
	       "hostile::read_only_register_directory_gives_a_clear_error_and_corrupts_nothing — run make test as root (CI does)"; \
	fi

lint: deps-core
	cargo clippy --workspace --all-targets --locked -- -D warnings
	@# `make bench` builds the bench with its append baseline (an unencrypted register): keep it compiling.
	cargo clippy -p breachlog-bench --all-targets --features baseline --locked -- -D warnings

# Every figure of issue 8 in one run (release build), one table, target/bench/results.json;
# see docs/benchmarks.md. The desktop cold-start figure needs the app (its release build, as
# shipped, is built here when its prerequisites can be installed; skipped with a clear note
# otherwise, or with BENCH_APP=0).
BENCH_TARGET := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
bench: deps-core
	cargo build --release --locked -p breachlog-cli -p breachlog-bench --features breachlog-bench/baseline
	@app=""; \
	if [ "$(BENCH_APP)" = 0 ]; then echo "bench: BENCH_APP=0: the desktop cold-start figure is skipped"; \
	elif $(MAKE) --no-print-directory app-ui e2e-deps && cargo build --release --locked -p breachlog-app; \
	then app="--app $(BENCH_TARGET)/release/breachlog-app"; \
	else echo "bench: the desktop app could not be built here: the cold-start figure is skipped"; fi; \
	TAURI_DRIVER=$(TAURI_DRIVER) $(BENCH_TARGET)/release/breachlog-bench run --work $(CURDIR)/target/bench \
	  --cli $(BENCH_TARGET)/release/breachlog $$app

# The older in-process journal benchmark (append and verify of one incident's updates).
bench-journal: deps-core
	cargo bench -p breachlog-core --features bench --bench journal --locked

cli: deps-core
	cargo build --release -p breachlog-cli --locked
	@echo "built target/release/breachlog"
