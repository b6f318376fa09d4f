#!/usr/bin/env python3
"""Checks Cargo.lock against the RustSec advisory database, offline.

The database is a dated snapshot kept in the repository (third_party/advisory-db, see its
README); nothing is fetched. Every advisory that affects a crates.io package at its locked
version fails the check (vulnerabilities and the informational kinds alike: unmaintained,
unsound, notice), unless deny.toml accepts it under `[advisories] ignore` with a reason.
Withdrawn advisories are skipped. Yanked crates cannot be checked offline.

The matching follows the semver rules Cargo and the rustsec crate use: a version is affected
unless it matches one of the advisory's `patched` or `unaffected` requirements.

    python3 mk/advisories.py [--lock Cargo.lock] [--db DIR] [--config deny.toml]
    python3 mk/advisories.py --self-test     # the matcher's cases, and a new advisory fails
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11 (Debian 12 has 3.11)
    try:
        import tomli as tomllib
    except ImportError:
        sys.exit("advisories: needs Python 3.11 or newer (tomllib), or the tomli package")

ROOT = Path(__file__).resolve().parent.parent
CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index"

# ---- semver ---------------------------------------------------------------------------------

_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")


class Version:
    def __init__(self, text: str):
        m = _VERSION.match(text.strip())
        if not m:
            raise ValueError(f"not a semver version: {text!r}")
        self.major, self.minor, self.patch = int(m[1]), int(m[2]), int(m[3])
        self.pre = tuple(m[4].split(".")) if m[4] else ()

    def triple(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)

    def key(self):
        # A pre-release sorts before its release; identifiers compare numerically when numeric.
        pre = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre)
        return (self.triple(), 0 if self.pre else 1, pre)

    def __repr__(self) -> str:
        return ".".join(map(str, self.triple())) + ("-" + ".".join(self.pre) if self.pre else "")


_COMPARATOR = re.compile(
    r"^\s*(=|>=|<=|>|<|~|\^)?\s*(\d+|\*|x|X)(?:\.(\d+|\*|x|X))?(?:\.(\d+|\*|x|X))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?\s*$"
)


class Comparator:
    """One comparator of a requirement, as a half-open range [low, high) of versions."""

    def __init__(self, text: str):
        m = _COMPARATOR.match(text)
        if not m:
            raise ValueError(f"not a semver comparator: {text!r}")
        op = m[1] or "^"
        parts = [None if p is None or p in "*xX" else int(p) for p in (m[2], m[3], m[4])]
        pre = tuple(m[5].split(".")) if m[5] else ()
        major, minor, patch = parts
        self.text = text.strip()
        self.pre_triple = (major, minor or 0, patch or 0) if pre else None
        if major is None:  # "*"
            self.low, self.high = None, None
            return

        def v(a, b, c, p=()):
            x = Version("0.0.0")
            x.major, x.minor, x.patch, x.pre = a, b, c, p
            return x

        exact = v(major, minor or 0, patch or 0, pre)
        # The first version after the partial one: 1 → 2.0.0, 1.2 → 1.3.0, 1.2.3 → 1.2.4-0.
        if minor is None:
            after = v(major + 1, 0, 0)
        elif patch is None:
            after = v(major, minor + 1, 0)
        else:
            after = None  # exact full version
        if op == "=":
            self.low, self.high = exact, after
            self.exact = after is None
        elif op == ">=":
            self.low, self.high = exact, None
        elif op == ">":
            self.low, self.high = (after, None) if after else (exact, None)
            self.strict_low = after is None
        elif op == "<":
            self.low, self.high = None, exact
        elif op == "<=":
            self.low, self.high = None, after
            self.inclusive_high = None if after else exact
        elif op == "~":
            self.low = exact
            self.high = v(major + 1, 0, 0) if minor is None else v(major, minor + 1, 0)
        else:  # caret
            self.low = exact
            if major > 0 or minor is None:
                self.high = v(major + 1, 0, 0)
            elif minor > 0 or patch is None:
                self.high = v(0, minor + 1, 0)
            else:
                self.high = v(0, 0, patch + 1)

    def matches(self, ver: Version) -> bool:
        k = ver.key()
        if getattr(self, "exact", False):
            return k == self.low.key()
        if self.low is not None:
            if getattr(self, "strict_low", False):
                if not k > self.low.key():
                    return False
            elif k < self.low.key():
                return False
        inclusive = getattr(self, "inclusive_high", None)
        if inclusive is not None:
            return k <= inclusive.key()
        if self.high is not None and not k < self.high.key():
            return False
        return True


class Requirement:
    """Comma-separated comparators, all of which must match (Cargo's `VersionReq`)."""

    def __init__(self, text: str):
        self.text = text
        self.comparators = [Comparator(c) for c in text.split(",") if c.strip()]

    def matches(self, ver: Version) -> bool:
        if not all(c.matches(ver) for c in self.comparators):
            return False
        # A pre-release only matches a requirement naming a pre-release of the same version.
        if ver.pre:
            return any(c.pre_triple == ver.triple() for c in self.comparators)
        return True


# ---- the database and the lock file ---------------------------------------------------------


def load_advisories(db: Path) -> list[dict]:
    advisories = []
    crates = db / "crates"
    if not crates.is_dir():
        raise SystemExit(f"advisories: no advisory database at {db} (expected {crates})")
    for path in sorted(crates.glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        m = re.match(r"^```toml\n(.*?)\n```", text, re.S)
        if not m:
            raise SystemExit(f"advisories: {path} has no TOML front matter")
        doc = tomllib.loads(m[1])
        doc["_title"] = next((l[2:].strip() for l in text[m.end():].splitlines() if l.startswith("# ")), "")
        doc["_path"] = path
        advisories.append(doc)
    return advisories


def affected(adv: dict, ver: Version) -> bool:
    versions = adv.get("versions", {})
    for req in versions.get("patched", []) + versions.get("unaffected", []):
        if Requirement(req).matches(ver):
            return False
    return True


def locked_packages(lock: Path) -> list[tuple[str, str]]:
    doc = tomllib.loads(lock.read_text(encoding="utf-8"))
    return [(p["name"], p["version"]) for p in doc.get("package", []) if p.get("source") == CRATES_IO]


def accepted(config: Path) -> dict[str, str]:
    doc = tomllib.loads(config.read_text(encoding="utf-8"))
    out = {}
    for entry in doc.get("advisories", {}).get("ignore", []):
        if not isinstance(entry, dict) or not entry.get("id") or not str(entry.get("reason", "")).strip():
            raise SystemExit(f"advisories: {config}: every ignore entry needs an id and a reason: {entry!r}")
        out[entry["id"]] = entry["reason"]
    return out


def check(lock: Path, db: Path, config: Path, out=sys.stdout) -> int:
    advisories = load_advisories(db)
    by_package: dict[str, list[dict]] = {}
    for adv in advisories:
        by_package.setdefault(adv["advisory"]["package"], []).append(adv)
    ignore = accepted(config)
    packages = locked_packages(lock)
    found, seen_ignored = [], set()
    for name, version in packages:
        ver = Version(version)
        for adv in by_package.get(name, []):
            a = adv["advisory"]
            if a.get("withdrawn") or not affected(adv, ver):
                continue
            if a["id"] in ignore:
                seen_ignored.add(a["id"])
                continue
            found.append((a["id"], name, version, a.get("informational", "vulnerability"), adv["_title"]))
    print(
        f"advisories: {len(packages)} crates.io packages in {lock.name} checked against "
        f"{len(advisories)} advisories ({db}); {len(seen_ignored)} accepted in {config.name}",
        file=out,
    )
    for stale in sorted(set(ignore) - seen_ignored):
        print(f"advisories: note: {stale} is accepted in {config.name} but affects no locked package any more", file=out)
    for adv_id, name, version, kind, title in found:
        print(f"advisories: {adv_id} {name} {version} ({kind}): {title}", file=out)
    if found:
        print(
            f"advisories: {len(found)} advisories affect Cargo.lock: upgrade the crate, or accept the "
            f"advisory with a reason in {config.name} and docs/security.md",
            file=out,
        )
        return 1
    return 0


# ---- self-test ------------------------------------------------------------------------------


def self_test() -> int:
    cases = [
        (">= 1.2.3", "1.2.3", True), (">= 1.2.3", "1.2.2", False), (">= 1.2.3", "2.0.0", True),
        ("^1.2.3", "1.9.0", True), ("^1.2.3", "2.0.0", False), ("^0.3.5", "0.3.9", True),
        ("^0.3.5", "0.4.0", False), ("^0.0.3", "0.0.4", False), ("^0.0.3", "0.0.3", True),
        ("1.2", "1.9.9", True), ("1.2", "1.1.9", False), ("^0", "0.9.0", True), ("^0", "1.0.0", False),
        ("~1.2.3", "1.2.9", True), ("~1.2.3", "1.3.0", False), ("~1", "1.9.0", True),
        ("< 0.2", "0.1.9", True), ("< 0.2", "0.2.0", False), ("<= 0.2", "0.2.7", True), ("<= 0.2", "0.3.0", False),
        ("<= 1.2.3", "1.2.3", True), ("<= 1.2.3", "1.2.4", False), ("> 1.2", "1.2.9", False), ("> 1.2", "1.3.0", True),
        ("> 1.2.3", "1.2.3", False), ("> 1.2.3", "1.2.4", True), ("= 1.2.3", "1.2.3", True), ("= 1.2.3", "1.2.4", False),
        ("= 1.2", "1.2.5", True), (">= 0.4.0, < 0.4.5", "0.4.4", True), (">= 0.4.0, < 0.4.5", "0.4.5", False),
        (">= 1.0.0-alpha.3, < 1.0.0", "1.0.0-alpha.4", True), (">= 1.0.0", "1.1.0-rc.1", False),
        ("< 1.0.0", "1.0.0-beta.1", False), ("*", "3.4.5", True),
    ]
    bad = [(r, v, want) for r, v, want in cases if Requirement(r).matches(Version(v)) != want]
    for r, v, want in bad:
        print(f"advisories self-test: {v!r} against {r!r} should be {want}", file=sys.stderr)
    # A new advisory against a locked package fails the check; patching it passes again.
    lock = ROOT / "Cargo.lock"
    name, version = locked_packages(lock)[0]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "db"
        (db / "crates" / name).mkdir(parents=True)
        config = Path(tmp) / "deny.toml"
        config.write_text("[advisories]\nignore = []\n")
        adv = db / "crates" / name / "RUSTSEC-9999-0001.md"
        adv.write_text(
            f'```toml\n[advisory]\nid = "RUSTSEC-9999-0001"\npackage = "{name}"\ndate = "2026-12-01"\n\n'
            f'[versions]\npatched = [">= 999.0.0"]\n```\n\n# A new advisory\n'
        )
        sink = open(os.devnull, "w")
        if check(lock, db, config, sink) != 1:
            bad.append(("new advisory", name, version))
            print(f"advisories self-test: a new advisory against {name} {version} did not fail", file=sys.stderr)
        config.write_text('[advisories]\nignore = [{ id = "RUSTSEC-9999-0001", reason = "test" }]\n')
        if check(lock, db, config, sink) != 0:
            bad.append(("accepted advisory", name, version))
            print("advisories self-test: an accepted advisory still failed", file=sys.stderr)
        config.write_text("[advisories]\nignore = []\n")
        adv.write_text(adv.read_text().replace(">= 999.0.0", f">= {version}"))
        if check(lock, db, config, sink) != 0:
            bad.append(("patched advisory", name, version))
            print("advisories self-test: a patched version still failed", file=sys.stderr)
        sink.close()
    if bad:
        return 1
    print(f"advisories self-test: {len(cases)} matcher cases and the new/accepted/patched advisory cases pass")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lock", type=Path, default=ROOT / "Cargo.lock")
    ap.add_argument("--db", type=Path, default=ROOT / "third_party" / "advisory-db")
    ap.add_argument("--config", type=Path, default=ROOT / "deny.toml")
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    return check(args.lock, args.db, args.config)


if __name__ == "__main__":
    sys.exit(main())
