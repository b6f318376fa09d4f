#!/usr/bin/env python3
"""Generates tests/vectors/merkle.json with the reference verifier's Merkle tree
(tests/verifier/verify_chain.py, written from RFC 9162). Standard library only.
Run from this directory: python3 generate_merkle.py
"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "verifier"))
import verify_chain as v  # noqa: E402


def main():
    entries = [hashlib.sha256(("breachlog merkle entry %d" % i).encode()).digest() for i in range(17)]
    out = {
        "about": "Entries are 32-byte event hashes; leaf = SHA-256(0x00 || entry), "
                 "node = SHA-256(0x01 || left || right), empty = SHA-256(''). "
                 "index counts from 0 (seq = index + 1).",
        "entries": [e.hex() for e in entries],
        "roots": [{"size": n, "root": v.mth(entries[:n]).hex()} for n in range(0, 18)],
        "inclusion": [],
        "consistency": [],
    }
    for n in range(1, 10):
        for i in range(n):
            proof = v.merkle_path(i, entries[:n])
            v.check_inclusion(entries[i], i, n, proof, v.mth(entries[:n]))
            out["inclusion"].append({"index": i, "size": n, "proof": [h.hex() for h in proof]})
    for m in range(1, 10):
        for n in range(m, 10):
            proof = v.consistency_path(m, entries[:n])
            v.check_consistency(m, n, v.mth(entries[:m]), v.mth(entries[:n]), proof)
            out["consistency"].append({"from": m, "to": n, "proof": [h.hex() for h in proof]})
    events = v.read_jsonl("chain-valid.jsonl")
    out["journal"] = {"file": "chain-valid.jsonl", "tree_size": len(events),
                      "root": v.mth([bytes.fromhex(e["hash"]) for e in events]).hex()}
    with open("merkle.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
