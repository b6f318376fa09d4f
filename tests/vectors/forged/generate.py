#!/usr/bin/env python3
"""Generates the forged-journal table: one exported journal per case in this directory and
cases.json with the outcome every verifier must give (security review M2).

Standard library only. Run from this directory: python3 generate.py

Each case takes the five events of ../chain-valid.jsonl and changes the text of one line (or
the line separators). The changed event is re-hashed the way a lenient verifier would read it,
and the later events are re-chained onto it, so that only the quirk itself decides:

  * "lenient" view: the hash of the canonical form of what Python's json.loads reads (the last
    of duplicate members, True for `true`, 0 for `-0`, …) — what the old reference verifier
    accepted;
  * "normalised" view: the event's own hash (a Rust `Uuid` reads `{…}`, `urn:uuid:…` and upper
    case as the same id) — what the old Rust verifier accepted.

cases.json lists for each case: file, valid, and for invalid cases the seq the failure names and
the start of its reason ("malformed event", "duplicate member", "not canonical", "hash
mismatch"); `expect_head` when the case is checked against an anchor.
"""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ZERO = "0" * 64


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


with open(os.path.join(HERE, "..", "chain-valid.jsonl"), encoding="utf-8") as f:
    BASE = [json.loads(line) for line in f if line.strip()]


def lenient_hash(line):
    body = json.loads(line)
    body.pop("hash")
    return sha(canonical(body))


def build(k=None, edit=None, view="lenient"):
    """The journal's lines with event k's canonical text changed by edit(text)."""
    lines, prev = [], ZERO
    for i, ev in enumerate(BASE, start=1):
        ev = {m: v for m, v in ev.items() if m != "hash"}
        ev["prev"] = prev
        h = sha(canonical(ev))
        line = canonical(dict(ev, hash=h))
        if i == k:
            line = edit(line)
            if view == "lenient":
                new = lenient_hash(line)
                line = line.replace('"hash":"%s"' % h, '"hash":"%s"' % new)
                h = new
        lines.append(line)
        prev = h
    return lines


def replace(old, new):
    def edit(text):
        assert old in text, (old, text[:120])
        return text.replace(old, new, 1)
    return edit


ID2 = BASE[1]["id"]
INC = BASE[3]["subject"]
DECOY = '"payload":{"incident":{"category":"phishing","severity":"low"}},'
CASES = []


def case(name, lines=None, data=None, valid=False, seq=None, reason=None, expect_head=None, note=""):
    if data is None:
        data = "".join(l + "\n" for l in lines).encode("utf-8")
    with open(os.path.join(HERE, name + ".jsonl"), "wb") as f:
        f.write(data)
    c = {"name": name, "file": name + ".jsonl", "valid": valid}
    if not valid:
        c["seq"], c["reason"] = seq, reason
    if expect_head:
        c["expect_head"] = expect_head
    c["note"] = note
    CASES.append(c)


valid = build()
head = "5:" + json.loads(valid[-1])["hash"]
case("valid", valid, valid=True, note="the five canonical events")
case("crlf", data="".join(l + "\r\n" for l in valid).encode(), valid=True,
     note="CR LF line ends: the lines themselves are canonical")
case("blank-lines", data=("\n".join(valid[:2]) + "\n\n\n" + "\n".join(valid[2:]) + "\n").encode(),
     valid=True, note="empty lines are skipped")
case("no-final-newline", data="\n".join(valid).encode(), valid=True, note="the last line without \\n")
case("u64-max", build(5, replace('"subjects_approx":1200', '"subjects_approx":18446744073709551615')),
     valid=True, note="the largest integer (2^64-1) is canonical")
case("i64-min", build(5, replace('"subjects_approx":1200', '"subjects_approx":-9223372036854775808')),
     valid=True, note="the smallest integer (-2^63) is canonical")

# Duplicate members (the review's main attack: a decoy that SQLite json_extract reads).
M = "duplicate member"
case("dup-payload-member", build(3, replace('"kind":"incident.created",', '"kind":"incident.created",' + DECOY)),
     seq=3, reason=M, expect_head=head, note="a decoy payload before the real one; the hash is the real one's")
case("dup-hash-member", build(2, replace('{"actor":"pieter",', '{"actor":"pieter","hash":"%s",' % ("f" * 64))),
     seq=2, reason=M, note="a decoy hash before the real one")
case("dup-nested-member", build(3, replace('"severity":"high"', '"severity":"low","severity":"high"')),
     seq=3, reason=M, note="a decoy inside the payload")
case("dup-escaped-name", build(3, replace('"kind":"incident.created",', '"kind":"incident.created",' + DECOY.replace("payload", "p\\u0061yload"))),
     seq=3, reason=M, note="the decoy's name written with an escape")

# Member types.
B = "malformed event"
for name, text in [("id-uppercase", ID2.upper()), ("id-urn", "urn:uuid:" + ID2), ("id-braces", "{%s}" % ID2),
                   ("id-simple", ID2.replace("-", ""))]:
    case(name, build(2, replace('"id":"%s"' % ID2, '"id":"%s"' % text), view="normalised"),
         seq=2, reason=B, note="another spelling of the same UUID")
case("subject-uppercase", build(4, replace('"subject":"%s"' % INC, '"subject":"%s"' % INC.upper()), view="normalised"),
     seq=4, reason=B, note="another spelling of the same subject UUID")
case("id-not-a-uuid", build(2, replace('"id":"%s"' % ID2, '"id":"not-a-uuid"')), seq=2, reason=B)
case("ts-not-valid", build(2, replace('"ts":"2026-11-20T08:00:00.000001Z"', '"ts":"2026-11-20T08:00:00Z"')),
     seq=2, reason=B, note="no fractional digits")
case("seq-true", build(1, replace('"seq":1,', '"seq":true,')), seq=1, reason=B, note="true == 1 in Python")
case("seq-zero", build(1, replace('"seq":1,', '"seq":0,')), seq=1, reason=B)
case("v-2", build(3, replace('"v":1}', '"v":2}')), seq=3, reason=B, note="an unknown format version")
case("v-true", build(3, replace('"v":1}', '"v":true}')), seq=3, reason=B)
case("hash-uppercase", build(2, lambda t: t.replace(json.loads(t)["hash"], json.loads(t)["hash"].upper(), 1), view="normalised"),
     seq=2, reason=B, note="upper-case hex")
case("extra-member", build(3, replace('{"actor":', '{"a":1,"actor":')), seq=3, reason=B)
case("missing-member", build(3, lambda t: t.replace('"actor":"pieter",', "", 1)), seq=3, reason=B)
case("nan", build(5, replace('"subjects_approx":1200', '"subjects_approx":NaN'), view="normalised"),
     seq=5, reason=B, note="not JSON")
case("huge-exponent", build(5, replace('"subjects_approx":1200', '"subjects_approx":1e400'), view="normalised"),
     seq=5, reason=B, note="not a finite number")
case("lone-surrogate", build(2, replace('"actor":"pieter"', '"actor":"pi\\ud800ter"'), view="normalised"),
     seq=2, reason=B, note="an escape that is no character")
case("nul-in-line", build(2, replace('"actor":"pieter"', '"actor":"pie\x00ter"'), view="normalised"),
     seq=2, reason=B, note="a raw control character in a string")
case("bom", data=b"\xef\xbb\xbf" + "".join(l + "\n" for l in valid).encode(), seq=1, reason=B)
case("not-utf8", data="".join(l + "\n" for l in valid[:3]).encode() + valid[3].encode().replace(b"pieter", b"pi\xffter")
     + b"\n" + valid[4].encode() + b"\n",
     seq=4, reason=B, note="a byte that is not UTF-8")
case("cr-only-separators", data=("\r".join(valid) + "\n").encode(), seq=1, reason=B,
     note="lone CR between events: one line with five events")
case("trailing-data-same-line", data="".join(l + "\n" for l in valid[:4]).encode() + valid[4].encode() + b" {}\n",
     seq=5, reason=B)
case("trailing-garbage-line", data="".join(l + "\n" for l in valid).encode() + b"garbage\n", seq=6, reason=B)
case("whitespace-line", data=("\n".join(valid[:2]) + "\n   \n" + "\n".join(valid[2:]) + "\n").encode(),
     seq=3, reason=B, note="a line of spaces is not an empty line")

# Non-canonical text of the right values.
C = "not canonical"
case("minus-zero", build(5, replace('"subjects_approx":1200', '"subjects_approx":-0')),
     seq=5, reason=C, note="-0 reads as 0")
case("bigint-2pow70", build(5, replace('"subjects_approx":1200', '"subjects_approx":1180591620717411303424')),
     seq=5, reason=C, note="an integer beyond 64 bits")
case("bigint-2pow64", build(5, replace('"subjects_approx":1200', '"subjects_approx":18446744073709551616')),
     seq=5, reason=C, note="one more than the largest integer")
case("exponent-1e2", build(5, replace('"subjects_approx":1200', '"subjects_approx":12e2'), view="normalised"),
     seq=5, reason=C, note="a number that is not an integer literal")
case("float", build(5, replace('"subjects_approx":1200', '"subjects_approx":1200.0'), view="normalised"),
     seq=5, reason=C)
case("escaped-equal-string", build(2, replace('"actor":"pieter"', '"actor":"pi\\u0065ter"')),
     seq=2, reason=C, note="an escape for a character written as itself")
case("escaped-non-ascii", build(5, replace("Données", "Donn\\u00e9es")), seq=5, reason=C)
case("spaces-and-order", build(2, lambda t: json.dumps(dict(reversed(list(json.loads(t).items()))), ensure_ascii=False)),
     seq=2, reason=C, note="the same values with spaces and another member order")
case("leading-space", build(3, lambda t: " " + t), seq=3, reason=C)
case("cr-at-end-of-file", data=("\n".join(valid) + "\r").encode(), seq=5, reason=C,
     note="a lone CR after the last event is part of its line")

# The chain checks still come after the text checks.
case("edited-not-rehashed", build(3, replace('"severity":"high"', '"severity":"low"'), view="normalised"),
     seq=3, reason="hash mismatch", note="an ordinary edit")

with open(os.path.join(HERE, "cases.json"), "w", encoding="utf-8") as f:
    json.dump({"about": "Forged journals: each verifier must give the outcome listed "
                        "(docs/chain-format.md §3; security review M2). Generated by generate.py.",
               "cases": CASES}, f, indent=1, ensure_ascii=False)
    f.write("\n")
print("%d cases" % len(CASES))
