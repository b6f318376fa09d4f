# Debian package. Included by the root Makefile (`-include mk/*.mk`).
#   make package       release build of the app and the CLI, bundled by Tauri's bundler into
#                      target/release/bundle/deb/breachlog_<version>_<arch>.deb (about 12 minutes on 2 cores)
#   make test-package  unpacks that package into a scratch root (dpkg -x), runs its `breachlog --version`,
#                      checks the desktop entry and icons, and starts the packaged app headless until its
#                      window is shown (part of make test)

DEB_DIR = $(APP_TARGET)/release/bundle/deb
TAURI_CLI = $(CURDIR)/ui/node_modules/.bin/tauri

EXTRA_TESTS += test-package

.PHONY: package test-package

# The CLI goes into the package as /usr/bin/breachlog beside the app (/usr/bin/breachlog-app).
package: app-ui
	cargo build --release --locked -p breachlog-cli
	rm -f $(DEB_DIR)/*.deb
	cd src-tauri && $(TAURI_CLI) build --ci --bundles deb \
	  --config '{"bundle":{"linux":{"deb":{"files":{"/usr/bin/breachlog":"$(APP_TARGET)/release/breachlog"}}}}}' \
	  -- --locked
	@ls $(DEB_DIR)/*.deb

test-package: package e2e-deps
	XVFB="$(XVFB)" tests/package/check.sh $(DEB_DIR)/*.deb
