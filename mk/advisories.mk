# RustSec advisories, offline: Cargo.lock against the dated snapshot in third_party/advisory-db
# (see its README to refresh it), with the accepted advisories and their reasons in deny.toml
# (also listed in docs/security.md). mk/advisories.py needs only python3 (installed by deps-core);
# its self-test checks the version matching and that a new advisory fails the check.
#   make advisories   also runs as part of `make lint`, so of `make test`

.PHONY: advisories
advisories: deps-core
	python3 mk/advisories.py --self-test
	python3 mk/advisories.py

lint: advisories
