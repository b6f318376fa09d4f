# Debian package. Included by the root Makefile (`-include mk/*.mk`).
#   make package       release build of the app and the CLI, bundled by Tauri's bundler into
#                      target/release/bundle/deb/breachlog_<version>_<arch>.deb (about 12 minutes on 2 cores)
#   make test-package  builds the same package from the debug profile (the tests' build is reused, a few
#                      minutes instead of a second full release build), unpacks it into a scratch root
#                      (dpkg -x), runs its `breachlog --version`, checks the metadata, desktop entry and
#                      icons, and starts the packaged app headless until its window is shown (part of
#                      make test). `make test-package PACKAGE_PROFILE=release` checks the release package.

PACKAGE_PROFILE ?= release
DEB_DIR = $(APP_TARGET)/$(PACKAGE_PROFILE)/bundle/deb
TAURI_CLI = $(CURDIR)/ui/node_modules/.bin/tauri
CARGO_PROFILE_FLAG = $(if $(filter release,$(PACKAGE_PROFILE)),--release,)
TAURI_PROFILE_FLAG = $(if $(filter release,$(PACKAGE_PROFILE)),,--debug)

EXTRA_TESTS += test-package

.PHONY: package test-package

# The CLI goes into the package as /usr/bin/breachlog beside the app (/usr/bin/breachlog-app).
package: app-ui
	cargo build $(CARGO_PROFILE_FLAG) --locked -p breachlog-cli
	rm -f $(DEB_DIR)/*.deb
	cd src-tauri && $(TAURI_CLI) build --ci --bundles deb $(TAURI_PROFILE_FLAG) \
	  --config '{"bundle":{"linux":{"deb":{"files":{"/usr/bin/breachlog":"$(APP_TARGET)/$(PACKAGE_PROFILE)/breachlog"}}}}}' \
	  -- --locked
	@ls $(DEB_DIR)/*.deb

test-package: PACKAGE_PROFILE = debug
test-package: package e2e-deps
	XVFB="$(XVFB)" tests/package/check.sh $(DEB_DIR)/*.deb
