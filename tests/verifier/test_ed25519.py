#!/usr/bin/env python3
"""Tests of the reference verifier's Ed25519 and signed-note code against vectors typed in from
their sources, not produced by Breachlog: RFC 8032 section 7.1 (TEST 1, 2, 3) and the example
key and note of Go's golang.org/x/mod/sumdb/note documentation. Standard library only.

    python3 tests/verifier/test_ed25519.py
"""

import base64
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import verify_chain as v  # noqa: E402

# RFC 8032 section 7.1: (secret key, public key, message, signature), hex.
RFC8032 = [
    (
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    ),
    (
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
    ),
    (
        "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
        "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
        "af82",
        "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
    ),
]


class Rfc8032(unittest.TestCase):
    def test_the_rfc_signatures_verify(self):
        for _, public, msg, sig in RFC8032:
            self.assertTrue(v.ed25519_verify(bytes.fromhex(public), bytes.fromhex(msg), bytes.fromhex(sig)))

    def test_keys_and_signatures_are_derived_as_in_the_rfc(self):
        for secret, public, msg, sig in RFC8032:
            self.assertEqual(v.ed25519_public(bytes.fromhex(secret)).hex(), public)
            self.assertEqual(v.ed25519_sign(bytes.fromhex(secret), bytes.fromhex(msg)).hex(), sig)

    def test_a_changed_message_signature_or_key_is_refused(self):
        _, public, msg, sig = RFC8032[1]
        public, msg, sig = bytes.fromhex(public), bytes.fromhex(msg), bytes.fromhex(sig)
        self.assertFalse(v.ed25519_verify(public, b"\x73", sig))
        self.assertFalse(v.ed25519_verify(public, msg, sig[:-1] + bytes([sig[-1] ^ 1])))
        self.assertFalse(v.ed25519_verify(bytes.fromhex(RFC8032[0][1]), msg, sig))
        # s >= L is refused (malleability).
        s = int.from_bytes(sig[32:], "little") + v._L
        self.assertFalse(v.ed25519_verify(public, msg, sig[:32] + s.to_bytes(32, "little")))


class SignedNote(unittest.TestCase):
    # golang.org/x/mod/sumdb/note: verifier key "PeterNeumann+c74f20a3+ARpc2Qc…" and its note.
    VKEY = "ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    TEXT = b"If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
    SIG = "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM="

    def test_the_go_example_key_hash_and_signature(self):
        key = base64.b64decode(self.VKEY)
        self.assertEqual(key[0], 1)
        self.assertEqual(v.key_hash("PeterNeumann", key[1:]).hex(), "c74f20a3")
        blob = base64.b64decode(self.SIG)
        self.assertEqual(blob[:4].hex(), "c74f20a3")
        self.assertTrue(v.ed25519_verify(key[1:], self.TEXT, blob[4:]))
        self.assertFalse(v.ed25519_verify(key[1:], self.TEXT + b"x", blob[4:]))


if __name__ == "__main__":
    unittest.main()
