#!/usr/bin/env python3
"""Tests of the reference verifier's RFC 3161 token check (verify_chain.verify_token, the DER
reader, RSA PKCS#1 v1.5 and ECDSA on P-256/P-384) against tokens made at test time by the
`openssl` CLI in a temporary folder: a test CA, TSAs with RSA-2048, EC P-256 and EC P-384 keys
(extendedKeyUsage critical timeStamping, the recipe of crates/breachlog-testsupport/src/tsa.rs),
`openssl ts -query`/`-reply`, and `openssl ts -verify` as the independent second opinion.
Then a journal and a report proof carrying a token, built here from the format description.
Standard library only (and the openssl command).

    python3 -m unittest tests/verifier/test_timestamp.py
"""

import base64
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import verify_chain as v  # noqa: E402

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")
SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "verify_chain.py")
NOTE = b"the exact bytes a token is over\n"

TSA_EXT = ("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n"
           "extendedKeyUsage=critical,timeStamping\nsubjectKeyIdentifier=hash\n")
NO_EKU_EXT = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nsubjectKeyIdentifier=hash\n"
TS_CONFIG = """[ tsa ]
default_tsa = tsa_config1

[ tsa_config1 ]
dir = {dir}
serial = $dir/tsaserial
crypto_device = builtin
signer_cert = {cert}
certs = {ca}
signer_key = {key}
signer_digest = {digest}
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5.6
digests = sha256, sha384, sha512
accuracy = secs:1, millisecs:500, microsecs:100
clock_precision_digits = 0
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""
# `openssl ca`, only to give a TSA certificate a validity window in the past.
CA_CONFIG = """[ ca ]
default_ca = ca_default
[ ca_default ]
dir = {dir}
database = $dir/index.txt
new_certs_dir = $dir
serial = $dir/ca.serial
default_md = sha256
policy = policy_any
x509_extensions = tsa_ext
unique_subject = no
[ policy_any ]
organizationName = optional
commonName = supplied
[ tsa_ext ]
""" + TSA_EXT

KEYS = {
    "rsa": ["-newkey", "rsa:2048"],
    "p256": ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"],
    "p384": ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384"],
}


def openssl(cwd, *args, ok=True):
    out = subprocess.run(["openssl"] + list(args), cwd=cwd, capture_output=True)
    if ok and out.returncode != 0:
        raise AssertionError("openssl %s: %s" % (" ".join(args), out.stderr.decode(errors="replace")))
    return out


class Pki:
    """CAs, TSA certificates and tokens in one temporary folder."""

    def __init__(self, root):
        self.root = root
        with open(os.path.join(root, "note.txt"), "wb") as f:
            f.write(NOTE)
        with open(os.path.join(root, "other.txt"), "wb") as f:
            f.write(b"other data\n")
        for name, ext in (("tsa.ext", TSA_EXT), ("noeku.ext", NO_EKU_EXT)):
            with open(os.path.join(root, name), "w") as f:
                f.write(ext)

    def path(self, name):
        return os.path.join(self.root, name)

    def der(self, pem):
        return openssl(self.root, "x509", "-in", pem, "-outform", "DER").stdout

    def ca(self, name):
        openssl(self.root, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key",
                "-out", name + ".pem", "-days", "30", "-subj", "/O=Breachlog tests/CN=Test CA " + name,
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        return name

    def tsa(self, name, ca, key="rsa", ext="tsa.ext"):
        """A TSA key and certificate issued by `ca` for 30 days (name.key, name.pem)."""
        openssl(self.root, "req", *KEYS[key], "-nodes", "-keyout", name + ".key", "-out", name + ".csr",
                "-subj", "/O=Breachlog tests/CN=Test TSA " + name)
        openssl(self.root, "x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key",
                "-CAcreateserial", "-out", name + ".pem", "-days", "30", "-sha256", "-extfile", ext)
        return name

    def tsa_in_the_past(self, name, ca, key="rsa"):
        """A TSA certificate valid only in 2020 (`openssl ca -startdate/-enddate`)."""
        openssl(self.root, "req", *KEYS[key], "-nodes", "-keyout", name + ".key", "-out", name + ".csr",
                "-subj", "/O=Breachlog tests/CN=Test TSA " + name)
        with open(self.path("ca.cnf"), "w") as f:
            f.write(CA_CONFIG.format(dir=self.root))
        open(self.path("index.txt"), "w").close()
        with open(self.path("ca.serial"), "w") as f:
            f.write("1000\n")
        openssl(self.root, "ca", "-batch", "-config", "ca.cnf", "-cert", ca + ".pem", "-keyfile", ca + ".key",
                "-in", name + ".csr", "-out", name + ".pem", "-startdate", "200101000000Z",
                "-enddate", "201231000000Z", "-notext")
        return name

    def token(self, tsa, ca, data="note.txt", digest="sha256"):
        """A TimeStampToken (DER) by `tsa` over SHA-256(data), with the TSA's and the CA's certificates."""
        cnf = self.path(tsa + ".cnf")
        with open(cnf, "w") as f:
            f.write(TS_CONFIG.format(dir=self.root, cert=self.path(tsa + ".pem"), ca=self.path(ca + ".pem"),
                                     key=self.path(tsa + ".key"), digest=digest))
        if not os.path.exists(self.path("tsaserial")):
            with open(self.path("tsaserial"), "w") as f:
                f.write("01\n")
        openssl(self.root, "ts", "-query", "-data", data, "-sha256", "-cert", "-out", tsa + ".tsq")
        openssl(self.root, "ts", "-reply", "-config", cnf, "-queryfile", tsa + ".tsq", "-out", tsa + ".tok",
                "-token_out")
        with open(self.path(tsa + ".tok"), "rb") as f:
            return f.read()

    def cms_token(self, signer, ca, tst_of):
        """The TSTInfo of the token `tst_of` signed again as CMS SignedData (id-ct-TSTInfo) by
        `signer` with `openssl cms -sign`, which, unlike `openssl ts -reply`, signs with a
        certificate that is not a TSA's."""
        with open(self.path("of.tok"), "wb") as f:
            f.write(tst_of)
        openssl(self.root, "cms", "-verify", "-noverify", "-inform", "DER", "-in", "of.tok", "-out", "tst.der")
        openssl(self.root, "cms", "-sign", "-binary", "-nodetach", "-in", "tst.der", "-outform", "DER",
                "-out", "cms.tok", "-econtent_type", v.OID_TST_INFO, "-signer", signer + ".pem",
                "-inkey", signer + ".key", "-md", "sha256", "-certfile", ca + ".pem")
        with open(self.path("cms.tok"), "rb") as f:
            return f.read()

    def openssl_verifies(self, token, ca, data="note.txt"):
        with open(self.path("check.tok"), "wb") as f:
            f.write(token)
        out = openssl(self.root, "ts", "-verify", "-token_in", "-in", "check.tok", "-data", data,
                      "-CAfile", ca + ".pem", ok=False)
        return out.returncode == 0 and b"Verification: OK" in out.stdout

    def certificates(self, token, leaf):
        """The certificates a token carries (DER), the signing certificate `leaf` first, as
        `openssl pkcs7 -print_certs` lists them."""
        with open(self.path("certs.tok"), "wb") as f:
            f.write(token)
        pem = openssl(self.root, "pkcs7", "-inform", "DER", "-in", "certs.tok", "-print_certs").stdout.decode()
        ders = [base64.b64decode("".join(block.split("-----")[0].split()))
                for block in pem.split("-----BEGIN CERTIFICATE-----")[1:]]
        first = self.der(leaf + ".pem")
        assert first in ders, "the token does not carry its signing certificate"
        return [first] + [d for d in ders if d != first]


IMPRINT = hashlib.sha256(NOTE).digest()


class TokenTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        pki = cls.pki = Pki(cls.tmp.name)
        pki.ca("A")
        pki.ca("B")
        cls.anchor = pki.der("A.pem")
        cls.tokens = {}
        for key in KEYS:
            pki.tsa(key, "A", key)
            cls.tokens[key] = pki.token(key, "A")
        pki.tsa("b", "B", "p256")
        cls.foreign = pki.token("b", "B")
        pki.tsa("noeku", "A", "rsa", "noeku.ext")
        cls.no_eku = pki.cms_token("noeku", "A", cls.tokens["rsa"])
        cls.resigned = pki.cms_token("rsa", "A", cls.tokens["rsa"])
        pki.tsa_in_the_past("old", "A", "p256")
        cls.old = pki.token("old", "A")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def refused(self, reason, token, anchor=None, imprint=IMPRINT, extra=()):
        with self.assertRaises(v.TimestampFailure) as caught:
            v.verify_token(token, list(extra), anchor or self.anchor, imprint)
        self.assertEqual(caught.exception.reason, reason, str(caught.exception))
        return caught.exception

    def test_rsa_p256_and_p384_tokens_verify_and_openssl_agrees(self):
        for key, token in self.tokens.items():
            with self.subTest(key=key):
                gen_time, serial, leaf, certs = v.verify_token(token, [], self.anchor, IMPRINT)
                self.assertLess(abs(gen_time - time.time()), 600)
                self.assertRegex(v.ts_text(gen_time), r"^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:]{8}\.000000Z$")
                self.assertRegex(serial, r"^([0-9a-f]{2})+$")
                self.assertEqual(leaf.subject_text, "CN=Test TSA %s,O=Breachlog tests" % key)
                self.assertEqual(certs, self.pki.certificates(token, key))
                self.assertTrue(self.pki.openssl_verifies(token, "A"), key)
                # The stored certificates are enough when the token carries none of its own.
                again = v.verify_token(token, certs, self.anchor, IMPRINT)
                self.assertEqual(again[3], certs)

    def test_sha384_and_sha512_signer_digests_verify(self):
        # SHA-512 on P-256 and SHA-256 on P-384: the hash is cut to (or below) the order's size.
        for key, digest in (("p256", "sha512"), ("p384", "sha256"), ("rsa", "sha384"), ("p384", "sha512")):
            with self.subTest(key=key, digest=digest):
                token = self.pki.token(key, "A", digest=digest)
                v.verify_token(token, [], self.anchor, IMPRINT)
                self.assertTrue(self.pki.openssl_verifies(token, "A"))

    def test_a_cms_signed_tstinfo_with_a_tsa_certificate_verifies(self):
        # The control for the no-EKU case below: the same construction passes with the TSA's cert.
        v.verify_token(self.resigned, [], self.anchor, IMPRINT)

    def test_a_flipped_signature_byte_is_refused(self):
        # The signature is the last field of the token (no unsigned attributes).
        for key, token in self.tokens.items():
            with self.subTest(key=key):
                bad = token[:-1] + bytes([token[-1] ^ 0x01])
                self.refused("signature", bad)
                self.assertFalse(self.pki.openssl_verifies(bad, "A"))

    def test_a_tstinfo_changed_after_signing_is_refused(self):
        # genTime moved by one second: the signed attributes still verify, their message-digest
        # of the TSTInfo no longer matches.
        token = self.tokens["p384"]
        at = token.index(b"\x18\x0f20") + 2
        last = at + 13
        bad = token[:last] + str((int(chr(token[last])) + 1) % 10).encode() + token[last + 1:]
        self.assertEqual(len(bad), len(token))
        self.refused("signature", bad)
        self.assertFalse(self.pki.openssl_verifies(bad, "A"))

    def test_an_inner_length_beyond_its_parent_is_malformed(self):
        # The RSA signature (256 bytes, the token's last element) claiming 257.
        token = self.tokens["rsa"]
        k = len(token) - 256 - 4
        self.assertEqual(token[k:k + 4], b"\x04\x82\x01\x00")
        e = self.refused("malformed", token[:k] + b"\x04\x82\x01\x01" + token[k + 4:])
        self.assertIn("length beyond the data", str(e))

    def test_a_token_over_other_data_is_refused(self):
        e = self.refused("other-data", self.tokens["p256"], imprint=hashlib.sha256(b"other data\n").digest())
        self.assertEqual(str(e), "timestamp token is over other data than its checkpoint")
        self.assertFalse(self.pki.openssl_verifies(self.tokens["p256"], "A", data="other.txt"))

    def test_a_tsa_of_another_ca_is_untrusted(self):
        self.refused("untrusted", self.foreign)
        self.assertFalse(self.pki.openssl_verifies(self.foreign, "A"))
        # ... and trusted with its own CA.
        v.verify_token(self.foreign, [], self.pki.der("B.pem"), IMPRINT)
        # The anchor given must be the one: a token of CA A refused with CA B as anchor.
        self.refused("untrusted", self.tokens["rsa"], anchor=self.pki.der("B.pem"))

    def test_a_signer_without_the_time_stamping_key_use_is_refused(self):
        self.refused("not-tsa", self.no_eku)
        self.assertFalse(self.pki.openssl_verifies(self.no_eku, "A"))

    def test_a_certificate_not_valid_at_gen_time_is_refused(self):
        self.refused("expired", self.old)

    def test_a_truncated_token_is_malformed(self):
        token = self.tokens["rsa"]
        for cut in (1, 10, len(token) // 2, len(token) - 1):
            with self.subTest(cut=cut):
                self.refused("malformed", token[:cut])
        self.refused("malformed", token + b"\x00")

    def test_a_der_length_bomb_is_malformed_and_fast(self):
        started = time.monotonic()
        nested = b"\x30\x84\xff\xff\xff\xff" * 1000
        self.refused("malformed", nested, anchor=nested)
        # Lengths that fit, nested past the depth limit where a certificate's name is read.
        deep = b"\x05\x00"
        for _ in range(10000):
            deep = b"\x30" + (b"\x82" + len(deep).to_bytes(2, "big") if len(deep) > 127 else bytes([len(deep)])) + deep
            if len(deep) > 60000:
                break
        self.refused("malformed", deep)
        with self.assertRaises(v.TimestampFailure):
            v.Certificate(deep)
        # The reader's depth limit, reached by walking down the nesting.
        el = v.der_parse(deep, "deep")
        with self.assertRaises(v.TimestampFailure) as caught:
            while True:
                el = el.children("deep")[0]
        self.assertIn("nested too deeply", str(caught.exception))
        self.assertEqual(el.depth, v.DER_MAX_DEPTH)
        # Too large, indefinite lengths, non-minimal lengths.
        e = self.refused("malformed", b"\x30" * (v.MAX_TOKEN_BYTES + 1))
        self.assertIn("too large", str(e))
        self.assertIn("indefinite length", str(self.refused("malformed", b"\x30\x80\x02\x01\x01\x00\x00")))
        self.assertIn("not minimally encoded", str(self.refused("malformed", b"\x30\x81\x03\x02\x01\x01")))
        self.assertLess(time.monotonic() - started, 2.0)

    def test_a_stored_certificate_that_is_no_certificate_is_malformed(self):
        self.refused("malformed", self.tokens["rsa"], extra=[b"\x30\x03\x02\x01\x01"])


def _event(seq, prev, kind, payload, subject=None):
    ev = {"v": 1, "seq": seq, "id": "00000000-0000-4000-8000-%012d" % seq,
          "ts": "2026-12-04T10:00:%02d.000000Z" % seq, "actor": "tests", "kind": kind,
          "subject": subject, "payload": payload, "prev": prev}
    ev["hash"] = v.event_hash(ev)
    return ev


def _chain(specs):
    out, prev = [], v.GENESIS
    for i, (kind, payload) in enumerate(specs):
        ev = _event(i + 1, prev, kind, payload)
        out.append(ev)
        prev = ev["hash"]
    return out


REGISTER = "0b6f6d3e-5a1c-4c1e-9a53-3f0d7e1b2c4d"
ORIGIN = v.ORIGIN_PREFIX + REGISTER
SECRET = bytes(range(32))
PUBLIC = v.ed25519_public(SECRET)


def _note(events):
    """The signed checkpoint (chain-format.md section 9) of `events`."""
    root = v.mth([bytes.fromhex(e["hash"]) for e in events])
    body = "%s\n%d\n%s\nhead %d %s\n" % (ORIGIN, len(events), base64.b64encode(root).decode(), len(events),
                                         events[-1]["hash"])
    sig = v.key_hash(ORIGIN, PUBLIC) + v.ed25519_sign(SECRET, body.encode())
    return body + "\n" + v.SIG_PREFIX + ORIGIN + " " + base64.b64encode(sig).decode() + "\n"


class JournalAndProofTests(unittest.TestCase):
    """A journal with a TSA and a token, and a report proof with a timestamp member, made here."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        pki = cls.pki = Pki(cls.tmp.name)
        pki.ca("A")
        pki.ca("B")
        pki.tsa("tsa", "A", "p256")
        b64 = lambda d: base64.b64encode(d).decode()
        head = _chain([
            ("register.created", {"register_id": REGISTER}),
            ("key.signing_published", {"algorithm": "ed25519", "key_name": ORIGIN, "public_key": b64(PUBLIC),
                                       "key_hash": v.key_hash(ORIGIN, PUBLIC).hex()}),
            ("incident.created", {"title": "Stolen laptop"}),
        ])
        cls.note = note = _note(head)
        with open(pki.path("cp.txt"), "w", encoding="utf-8", newline="") as f:
            f.write(note)
        cls.token = token = pki.token("tsa", "A", data="cp.txt")
        gen_time, serial, _, _ = v.verify_token(token, [], pki.der("A.pem"), hashlib.sha256(note.encode()).digest())
        cls.url = "http://127.0.0.1:9/tsa"
        cls.ca = pki.der("A.pem")
        cls.stamp = {"checkpoint_seq": 4, "tsa_url": cls.url, "imprint": sha256(note.encode()),
                     "gen_time": v.ts_text(gen_time), "serial": serial, "token": b64(token),
                     "certificates": [b64(c) for c in pki.certificates(token, "tsa")]}
        cls.specs = [
            ("register.created", {"register_id": REGISTER}),
            ("key.signing_published", {"algorithm": "ed25519", "key_name": ORIGIN, "public_key": b64(PUBLIC),
                                       "key_hash": v.key_hash(ORIGIN, PUBLIC).hex()}),
            ("incident.created", {"title": "Stolen laptop"}),
            ("checkpoint.signed", {"reason": "timestamp", "note": note}),
            ("tsa.added", {"url": cls.url, "ca": b64(cls.ca), "ca_sha256": sha256(cls.ca),
                           "ca_subject": "CN=Test CA A,O=Breachlog tests"}),
            ("timestamp.recorded", dict(cls.stamp)),
            ("incident.updated", {"title": "Stolen laptop, found"}),
        ]

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def run_verifier(self, *args):
        out = subprocess.run([sys.executable, SCRIPT] + list(args), capture_output=True, text=True)
        return out.returncode, out.stdout + out.stderr

    def journal(self, specs, name="journal.jsonl"):
        path = self.pki.path(name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            for ev in _chain(specs):
                f.write(v.canonical(ev) + "\n")
        return path

    def changed(self, seq, **members):
        specs = [(k, dict(p)) for k, p in self.specs]
        specs[seq - 1][1].update(members)
        return specs

    def test_a_journal_with_a_token_verifies_and_says_so(self):
        code, said = self.run_verifier("journal", self.journal(self.specs))
        self.assertEqual(code, 0, said)
        self.assertIn("1 signed checkpoints checked, 1 timestamps checked", said)
        self.assertTrue(self.pki.openssl_verifies(self.token, "A", data="cp.txt"))

    def test_a_journalled_token_that_does_not_hold_fails_at_its_event(self):
        flipped = self.token[:-1] + bytes([self.token[-1] ^ 1])
        other = _note(_chain(self.specs[:3])[:2])
        for specs, reason in (
            (self.changed(6, token=base64.b64encode(flipped).decode()),
             "event 6: timestamp token signature does not verify"),
            (self.changed(6, tsa_url="http://elsewhere/tsa"),
             "event 6: timestamp from http://elsewhere/tsa, a TSA not configured at that time"),
            (self.changed(6, checkpoint_seq=3), "event 6: timestamp names event 3, not a signed checkpoint"),
            (self.changed(6, serial="ff"), "event 6: timestamp event's serial differs from its token"),
            (self.changed(6, gen_time="2020-01-01T00:00:00.000000Z"),
             "event 6: timestamp event's gen_time differs"),
            (self.changed(6, certificates=[]), "event 6: timestamp event's certificates differs"),
            (self.changed(5, ca=base64.b64encode(self.pki.der("B.pem")).decode(),
                          ca_sha256=sha256(self.pki.der("B.pem"))),
             "event 6: timestamp token not signed by a certificate chaining to the TSA's trust anchor"),
            (self.changed(5, ca_sha256="00" * 32), "event 5: timestamp event's ca_sha256 differs"),
            (self.changed(5, ca="AAAA"), "event 5: timestamp token malformed"),
            (self.changed(4, note=other), "event 4: checkpoint"),
        ):
            with self.subTest(reason=reason):
                code, said = self.run_verifier("journal", self.journal(specs, "bad.jsonl"))
                self.assertEqual(code, 4, said)
                self.assertIn("verification failed: " + reason, said)
        # A TSA removed before the token: no longer configured.
        specs = list(self.specs)
        specs.insert(5, ("tsa.removed", {"url": self.url}))
        specs[6] = ("timestamp.recorded", dict(self.stamp))
        code, said = self.run_verifier("journal", self.journal(specs, "bad.jsonl"))
        self.assertIn("event 7: timestamp from %s, a TSA not configured" % self.url, said)

    def report(self, timestamp):
        """A report content with events 6 and 7 of the journal, its proof and `timestamp`."""
        events = _chain(self.specs)
        leaves = [bytes.fromhex(e["hash"]) for e in events]
        proof = {"checkpoint": _note(events), "public_key": base64.b64encode(PUBLIC).decode(),
                 "inclusion": [{"seq": 7, "path": [h.hex() for h in v.merkle_path(6, leaves)]}]}
        if timestamp is not None:
            proof["timestamp"] = timestamp
        content = {"register_id": REGISTER, "events": events[5:], "proof": proof,
                   "head": {"seq": 7, "hash": events[-1]["hash"]}}
        path = self.pki.path("report.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(v.canonical(content))
        return path

    def timestamp(self, **members):
        events = _chain(self.specs)
        leaves = [bytes.fromhex(e["hash"]) for e in events]
        t = {"checkpoint": self.note, "token": self.stamp["token"], "certificates": self.stamp["certificates"],
             "anchor": base64.b64encode(self.ca).decode(),
             "consistency": [h.hex() for h in v.consistency_path(3, leaves)]}
        t.update(members)
        return t

    def test_a_report_proof_with_a_timestamp_verifies_and_names_time_and_tsa(self):
        code, said = self.run_verifier("proof", self.report(self.timestamp()))
        self.assertEqual(code, 0, said)
        self.assertIn("report proof ok: 2 events in the journal of %s of 7 events" % ORIGIN, said)
        self.assertIn(", timestamp %s by CN=Test TSA tsa,O=Breachlog tests over the journal's first 3 events"
                      % self.stamp["gen_time"], said)
        code, said = self.run_verifier("proof", self.report(None))
        self.assertEqual(code, 0, said)
        self.assertNotIn("timestamp", said)

    def test_a_report_timestamp_that_does_not_hold_is_refused(self):
        flipped = self.token[:-1] + bytes([self.token[-1] ^ 1])
        b = base64.b64encode(self.pki.der("B.pem")).decode()
        for t, reason in (
            (self.timestamp(token=base64.b64encode(flipped).decode()),
             "the timestamp token does not verify: timestamp token signature does not verify"),
            (self.timestamp(anchor=b), "the timestamp token does not verify: timestamp token not signed by"),
            (self.timestamp(consistency=["00" * 32]), "not a signed prefix of the report's journal"),
            (self.timestamp(checkpoint=self.note.replace("\n3\n", "\n2\n")),
             "not a signed prefix of the report's journal"),
            (self.timestamp(token="not base64!"), "proof: malformed"),
        ):
            with self.subTest(reason=reason):
                code, said = self.run_verifier("proof", self.report(t))
                self.assertEqual(code, 4, said)
                self.assertIn(reason, said)
        code, said = self.run_verifier("proof", self.report("null"))
        self.assertEqual(code, 4, said)


class MadeByTheRustCliTests(unittest.TestCase):
    """An exported journal and a report's embedded content made by the `breachlog` CLI of
    2026-12-04 with a P-256 TSA (`openssl ts -reply` behind a small HTTP server, CA in
    fixtures/cli-tsa-ca.pem): the Rust verifier accepted both (`verify --journal`,
    `verify-report`); so must this one. A token is checked at its genTime, so they stay valid."""

    def run_verifier(self, *args):
        out = subprocess.run([sys.executable, SCRIPT] + list(args), capture_output=True, text=True)
        return out.returncode, out.stdout + out.stderr

    def test_the_cli_journal_verifies_with_its_timestamp(self):
        code, said = self.run_verifier("journal", os.path.join(FIXTURES, "cli-journal-with-timestamp.jsonl"))
        self.assertEqual(code, 0, said)
        self.assertIn("3 signed checkpoints checked, 1 timestamps checked", said)

    def test_the_cli_report_verifies_with_its_timestamp(self):
        code, said = self.run_verifier("proof", os.path.join(FIXTURES, "cli-report-with-timestamp.json"))
        self.assertEqual(code, 0, said)
        self.assertIn(", 2 inclusion proofs, timestamp 2026-12-04T18:15:50.000000Z by CN=Test TSA A,O=Breachlog tests "
                      "over the journal's first 9 events", said)

    def test_the_cli_token_is_refused_with_another_anchor_or_over_other_data(self):
        with open(os.path.join(FIXTURES, "cli-report-with-timestamp.json"), encoding="utf-8") as f:
            t = json.load(f)["proof"]["timestamp"]
        token, anchor = base64.b64decode(t["token"]), base64.b64decode(t["anchor"])
        certs = [base64.b64decode(c) for c in t["certificates"]]
        imprint = hashlib.sha256(t["checkpoint"].encode()).digest()
        v.verify_token(token, certs, anchor, imprint)
        with self.assertRaises(v.TimestampFailure) as caught:
            v.verify_token(token, certs, anchor, hashlib.sha256(b"x").digest())
        self.assertEqual(caught.exception.reason, "other-data")
        # The TSA's own certificate as the anchor: chained at once, as in Rust ("the anchor itself").
        self.assertNotEqual(certs[0], anchor)
        v.verify_token(token, certs, certs[0], imprint)
        # Without its chain a token whose anchor is not its issuer is untrusted.
        with self.assertRaises(v.TimestampFailure) as caught:
            v.verify_token(token, [], token_free_anchor(), imprint)
        self.assertEqual(caught.exception.reason, "untrusted")


def token_free_anchor():
    """A CA certificate of its own (openssl), issuer of nothing here."""
    with tempfile.TemporaryDirectory() as d:
        pki = Pki(d)
        pki.ca("Z")
        return pki.der("Z.pem")


def sha256(data):
    return hashlib.sha256(data).hexdigest()


if __name__ == "__main__":
    unittest.main()
