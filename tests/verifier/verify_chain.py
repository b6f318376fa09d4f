#!/usr/bin/env python3
"""Reference verifier for Breachlog journals, bundles and report contents.

Standard library only; written from the format description (docs/chain-format.md) so an
auditor can compare it with the Rust implementation.

    verify_chain.py journal FILE [--expect-head SEQ:HASH]
    verify_chain.py bundle DIR
    verify_chain.py vectors FILE          (report/chain vectors in tests/verifier/vectors.jsonl)
    verify_chain.py chainvectors DIR      (the chain vectors in tests/vectors)
    verify_chain.py content FILE.json     (prints the report content hash)

Exit status 0 when everything verifies, 4 when something does not, 2 on usage errors.

Formats:
  * canonical JSON (RFC 8785 as used here): object members sorted by the UTF-16 code units of
    their names, no whitespace, strings escaped like ECMAScript JSON.stringify, integers only;
  * event hash: SHA-256 of the canonical JSON of the event without its "hash" member;
    "prev" is the previous event's hash (64 zeros for seq 1), seq counts from 1 without gaps;
  * report content hash: SHA-256 of b"breachlog-report-v1\\n" + the bytes of the embedded
    breachlog-report.json (which are already canonical);
  * bundle: manifest.json lists every file with its SHA-256; journal.jsonl must end exactly at
    the manifest's head.
"""

import hashlib
import json
import os
import sys

GENESIS = "0" * 64
MEMBERS = {"v", "seq", "id", "ts", "actor", "kind", "subject", "payload", "prev", "hash"}
CONTENT_PREFIX = b"breachlog-report-v1\n"


class Failure(Exception):
    pass


def _string(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canonical(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        raise Failure("floating-point number in hashed data")
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value.keys(), key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(_string(k) + ":" + canonical(value[k]) for k in keys) + "}"
    raise Failure("unsupported value %r" % (value,))


def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def event_hash(event):
    body = {k: v for k, v in event.items() if k != "hash"}
    return sha256_hex(canonical(body).encode("utf-8"))


def check_chain(events, expect=None):
    """Full chain from seq 1. Returns (head_seq, head_hash)."""
    prev, seq, found = GENESIS, 0, expect is None
    for ev in events:
        seq += 1
        if set(ev.keys()) != MEMBERS:
            raise Failure("event %d: malformed event: members %s" % (seq, sorted(ev.keys())))
        if ev["seq"] != seq:
            raise Failure("event %d: sequence gap (found %s)" % (seq, ev["seq"]))
        if event_hash(ev) != ev["hash"]:
            raise Failure("event %d: hash mismatch" % seq)
        if ev["prev"] != prev:
            raise Failure("event %d: prev does not match the previous event's hash" % seq)
        prev = ev["hash"]
        if expect and ev["hash"] == expect[1] and (expect[0] is None or expect[0] == seq):
            found = True
    if not found:
        raise Failure("expected head %s not found: journal truncated or rebuilt" % expect[1])
    return seq, prev


def read_jsonl(path):
    with open(path, "r", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def verify_journal(path, expect=None):
    return check_chain(read_jsonl(path), expect)


def verify_bundle(root):
    with open(os.path.join(root, "manifest.json"), "rb") as f:
        raw = f.read()
    manifest = json.loads(raw)
    if manifest.get("format") != "breachlog-bundle/1":
        raise Failure("manifest format")
    head = manifest["head"]
    seq, head_hash = verify_journal(os.path.join(root, "journal.jsonl"), (head["seq"], head["hash"]))
    if (seq, head_hash) != (head["seq"], head["hash"]):
        raise Failure("journal head %d %s differs from the manifest" % (seq, head_hash))
    listed = set()
    for entry in manifest["files"]:
        name = entry["path"]
        if ".." in name or name.startswith("/"):
            raise Failure("bad path " + name)
        with open(os.path.join(root, name), "rb") as f:
            data = f.read()
        if sha256_hex(data) != entry["sha256"]:
            raise Failure("%s does not match its SHA-256" % name)
        listed.add(name)
    for dirpath, _, files in os.walk(root):
        for fn in files:
            rel = os.path.relpath(os.path.join(dirpath, fn), root).replace(os.sep, "/")
            if rel != "manifest.json" and rel not in listed:
                raise Failure("%s is not listed in the manifest" % rel)
    return seq, head_hash, len(listed)


def content_hash(data):
    return sha256_hex(CONTENT_PREFIX + data)


def verify_vectors(path):
    count = 0
    for case in read_jsonl(path):
        kind = case["case"]
        if kind == "canonical":
            got = canonical(case["input"])
            if got != case["canonical"]:
                raise Failure("canonical %r: got %r" % (case["name"], got))
            if sha256_hex(got.encode("utf-8")) != case["sha256"]:
                raise Failure("canonical sha256 %r" % case["name"])
        elif kind == "chain":
            try:
                check_chain(case["events"])
                ok, err = True, None
            except Failure as e:
                ok, err = False, str(e)
            if ok != case["valid"]:
                raise Failure("chain %r: expected valid=%s, got %s (%s)" % (case["name"], case["valid"], ok, err))
            if not ok and not err.startswith("event %d:" % case["error_seq"]):
                raise Failure("chain %r: failed at the wrong event: %s" % (case["name"], err))
        elif kind == "report_content":
            data = case["content"].encode("utf-8")
            if canonical(json.loads(data)) != case["content"]:
                raise Failure("report content %r is not canonical" % case["name"])
            if content_hash(data) != case["content_sha256"]:
                raise Failure("report content hash %r" % case["name"])
            if content_hash(data) == sha256_hex(data):
                raise Failure("domain separation missing")
        else:
            raise Failure("unknown case " + kind)
        count += 1
    return count


def verify_chain_vectors(root):
    """The foundation's chain vectors: tests/vectors/expected.json and its files."""
    with open(os.path.join(root, "expected.json"), "r", encoding="utf-8") as f:
        expected = json.load(f)
    valid = expected["valid"]
    events = read_jsonl(os.path.join(root, valid["file"]))
    seq, head = check_chain(events)
    if (seq, head) != (valid["head_seq"], valid["head_hash"]) or [e["hash"] for e in events] != valid["hashes"]:
        raise Failure("valid chain: head or hashes differ")
    count = 1
    for case in expected["invalid"]:
        try:
            check_chain(read_jsonl(os.path.join(root, case["file"])))
        except Failure as e:
            prefix = "event %d: %s" % (case["seq"], case["reason_prefix"])
            if not str(e).startswith(prefix):
                raise Failure("%s: expected %r, got %r" % (case["file"], prefix, str(e)))
        else:
            raise Failure("%s verified but must not" % case["file"])
        count += 1
    for case in expected["canonical"]:
        got = canonical(case["value"])
        if got != case["canonical"] or sha256_hex(got.encode("utf-8")) != case["sha256"]:
            raise Failure("canonical form of %r: got %r" % (case["value"], got))
        count += 1
    cut = expected["truncated"]
    try:
        check_chain(read_jsonl(os.path.join(root, cut["file"]))[: cut["keep"]], (None, cut["expect_head"]))
    except Failure:
        count += 1
    else:
        raise Failure("a truncated chain verified against the expected head")
    return count


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, target = argv[1], argv[2]
    try:
        if cmd == "journal":
            expect = None
            if len(argv) == 5 and argv[3] == "--expect-head":
                s, _, h = argv[4].rpartition(":")
                expect = (int(s) if s else None, h.lower())
            seq, head = verify_journal(target, expect)
            print("journal ok: %d events, head %d %s" % (seq, seq, head))
        elif cmd == "bundle":
            seq, head, files = verify_bundle(target)
            print("bundle ok: %d files, head %d %s" % (files, seq, head))
        elif cmd == "vectors":
            print("vectors ok: %d cases" % verify_vectors(target))
        elif cmd == "chainvectors":
            print("chain vectors ok: %d cases" % verify_chain_vectors(target))
        elif cmd == "content":
            with open(target, "rb") as f:
                print(content_hash(f.read()))
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except (Failure, OSError, ValueError, KeyError, TypeError) as e:
        print("verification failed: %s" % e, file=sys.stderr)
        return 4
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
