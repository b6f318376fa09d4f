#!/usr/bin/env python3
"""Generates the Breachlog chain test vectors with an independent implementation.

Standard library only. Canonical bytes = json.dumps(sort_keys=True, separators=(",", ":"),
ensure_ascii=False), which equals RFC 8785 (JCS) for Breachlog's data (no floats; member
names are ASCII). Run from this directory: python3 generate.py
"""
import hashlib
import json

ZERO = "0" * 64


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build(events):
    out, prev = [], ZERO
    for i, (uid, ts, actor, kind, subject, payload) in enumerate(events, start=1):
        ev = {"v": 1, "seq": i, "id": uid, "ts": ts, "actor": actor, "kind": kind,
              "subject": subject, "payload": payload, "prev": prev}
        ev["hash"] = sha256_hex(canonical(ev))
        prev = ev["hash"]
        out.append(ev)
    return out


INC = "019a8f3c-7d10-7c3e-9d2a-5b1f0e6a4c21"
EVENTS = [
    ("019a8f3c-6000-7000-8000-000000000001", "2026-11-20T08:00:00.000000Z", "pieter", "register.created", None,
     {"register_id": "019a8f3c-5fff-7000-8000-00000000abcd", "schema": 1,
      "key_slots": {"passphrase": True, "recovery": True, "keyring": False}}),
    ("019a8f3c-6000-7000-8000-000000000002", "2026-11-20T08:00:00.000001Z", "pieter", "org.updated", None,
     {"changes": {"name": "Fictional Chat B.V.", "timezone": "Europe/Amsterdam", "default_role": "processor"}}),
    ("019a8f3c-6000-7000-8000-000000000003", "2026-11-20T08:15:30.123456Z", "pieter", "incident.created", INC,
     {"incident": {"title": "Verlorenes Notebook – Kundendaten „Müller“", "description": "Line one\nLine\ttwo \"quoted\" \\ backslash",
                   "category": "lost_device", "vuln_class": None, "source": "employee", "severity": "high",
                   "affected_systems": ["laptop-17"], "owner": None, "occurred_from": None, "occurred_to": None,
                   "detected_at": "2026-11-20T08:00:00.000000Z", "exercise": False}}),
    ("019a8f3c-6000-7000-8000-000000000004", "2026-11-20T09:00:00.000000Z", "pieter", "incident.transitioned", INC,
     {"from": "reported", "to": "triage", "at": "2026-11-20T09:00:00.000000Z", "close_reason": None, "note": None}),
    ("019a8f3c-6000-7000-8000-000000000005", "2026-11-20T10:00:00.000000Z", "pieter", "breach.assessed", INC,
     {"changes": {"personal_data": "yes", "aware_at": "2026-11-20T09:30:00.000000Z", "subjects_approx": 1200,
                  "nature": ["confidentiality"], "risk": "high", "risk_reasoning": "Données non chiffrées 😟\u0001"}}),
]


def main():
    chain = build(EVENTS)
    with open("chain-valid.jsonl", "w", encoding="utf-8") as f:
        for ev in chain:
            f.write(canonical(ev) + "\n")
    lines = [canonical(ev) for ev in chain]
    expected = {"valid": {"file": "chain-valid.jsonl", "events": len(chain), "head_seq": len(chain),
                          "head_hash": chain[-1]["hash"],
                          "hashes": [ev["hash"] for ev in chain]}}
    # Tampered variants: (file, lines, expected first bad seq, reason prefix)
    edited = json.loads(lines[2]); edited["payload"]["incident"]["severity"] = "low"
    rehashed = [dict(ev) for ev in chain]
    rehashed[2] = json.loads(lines[2]); rehashed[2]["payload"]["incident"]["severity"] = "low"
    body = {k: v for k, v in rehashed[2].items() if k != "hash"}
    rehashed[2]["hash"] = sha256_hex(canonical(body))
    variants = [
        ("chain-bad-edited.jsonl", lines[:2] + [canonical(edited)] + lines[3:], 3, "hash mismatch"),
        ("chain-bad-deleted.jsonl", lines[:1] + lines[2:], 2, "sequence gap"),
        ("chain-bad-swapped.jsonl", lines[:1] + [lines[2], lines[1]] + lines[3:], 2, "sequence gap"),
        ("chain-bad-rehashed.jsonl", [canonical(ev) for ev in rehashed], 4, "prev does not match"),
        ("chain-bad-extra-member.jsonl", lines[:3] + [lines[3][:-1] + ',"x":1}'] + lines[4:], 4, "malformed"),
    ]
    expected["invalid"] = []
    for name, content, seq, reason in variants:
        with open(name, "w", encoding="utf-8") as f:
            f.write("\n".join(content) + "\n")
        expected["invalid"].append({"file": name, "seq": seq, "reason_prefix": reason})
    # Canonical form examples.
    samples = [
        {"b": 1, "a": [True, None, "x"], "c": {"z": 0, "y": -5}},
        {"text": "é€😀\n\t\"\\\u001f\u007f"},
        {"big": 9007199254740992, "neg": -1, "zero": 0},
    ]
    expected["canonical"] = [{"value": s, "canonical": canonical(s), "sha256": sha256_hex(canonical(s))} for s in samples]
    # The expected head of the truncated chain check.
    expected["truncated"] = {"file": "chain-valid.jsonl", "keep": 3, "expect_head": chain[-1]["hash"], "seq": 4}
    with open("expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=2, ensure_ascii=False)
        f.write("\n")
    sealed_vectors()


def commitment(salt_hex, value):
    """hex(SHA-256(salt bytes || UTF-8(JCS(value))))"""
    return hashlib.sha256(bytes.fromhex(salt_hex) + canonical(value).encode("utf-8")).hexdigest()


def sealed_vectors():
    """Sealed personal fields (chain-format.md section 7): a chain whose personal fields are
    commitments, the stored values beside it, and a redaction that erased some of them."""
    salts = ["00112233445566778899aabbccddeeff", "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
             "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf", "ffeeddccbbaa99887766554433221100"]
    fields = [  # (event index, path, value, salt)
        (0, "/incident/title", "Laptop von Jürgen Weiß gestohlen", salts[0]),
        (0, "/incident/description", "Gemeldet am Empfang – „dringend“", salts[1]),
        (1, "/text", "Rappelé Mme Lefèvre 😀", salts[2]),
        (2, "/text", "Second note, kept", salts[3]),
    ]
    plain = [
        {"incident": {"title": fields[0][2], "description": fields[1][2], "category": "lost_device",
                      "vuln_class": None, "source": "employee", "severity": "high", "affected_systems": [],
                      "owner": None, "occurred_from": None, "occurred_to": None,
                      "detected_at": "2026-11-20T08:00:00.000000Z", "exercise": False}},
        {"note_id": "019a8f3c-6000-7000-8000-0000000000a1", "text": fields[2][2]},
        {"note_id": "019a8f3c-6000-7000-8000-0000000000a2", "text": fields[3][2]},
    ]
    sealed = json.loads(json.dumps(plain))
    for idx, path, value, salt in fields:
        parts = path.strip("/").split("/")
        target = sealed[idx]
        for k in parts[:-1]:
            target = target[k]
        target[parts[-1]] = {"sealed": commitment(salt, value)}
    inc = "019a8f3c-7d10-7c3e-9d2a-5b1f0e6a4c22"
    events = [
        ("019a8f3c-6000-7000-8000-000000000011", "2026-11-20T08:15:00.000000Z", "pieter", "incident.created", inc, sealed[0]),
        ("019a8f3c-6000-7000-8000-000000000012", "2026-11-20T08:20:00.000000Z", "pieter", "note.added", inc, sealed[1]),
        ("019a8f3c-6000-7000-8000-000000000013", "2026-11-20T08:25:00.000000Z", "pieter", "note.added", inc, sealed[2]),
        # The first two events' values were erased; the third keeps its value.
        ("019a8f3c-6000-7000-8000-000000000014", "2031-11-21T10:00:00.000000Z", "pieter", "incident.redacted", inc,
         {"events": [1, 2], "fields": 3, "reason": "retention 60 months", "early": False,
          "closed_at": "2026-11-21T10:00:00.000000Z", "retention_months": 60,
          "retention_until": "2031-11-21T10:00:00.000000Z", "reports_deleted": 0}),
    ]
    chain = build(events)
    with open("chain-sealed.jsonl", "w", encoding="utf-8") as f:
        for ev in chain:
            f.write(canonical(ev) + "\n")
    out = {
        "commitments": [{"salt": salt, "value": value, "canonical": canonical(value),
                         "commitment": commitment(salt, value)} for _, _, value, salt in fields],
        "chain": {"file": "chain-sealed.jsonl", "head_hash": chain[-1]["hash"],
                  "plain_payloads": plain,
                  # What the register keeps beside the journal after the redaction.
                  "secrets": [{"seq": idx + 1, "path": path, "salt": salt, "value": canonical(value)}
                              for idx, path, value, salt in fields if idx == 2],
                  "redacted": [{"seq": idx + 1, "path": path} for idx, path, _, _ in fields if idx < 2]},
    }
    with open("sealed.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
