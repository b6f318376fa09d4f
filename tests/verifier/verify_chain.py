#!/usr/bin/env python3
"""Reference verifier for Breachlog journals, bundles and report contents.

Standard library only; written from the format description (docs/chain-format.md) so an
auditor can compare it with the Rust implementation.

    verify_chain.py journal FILE [--expect-head SEQ:HASH]
    verify_chain.py bundle DIR
    verify_chain.py vectors FILE          (report/chain vectors in tests/verifier/vectors.jsonl)
    verify_chain.py chainvectors DIR      (the chain vectors in tests/vectors)
    verify_chain.py forged DIR            (the forged-journal table, tests/vectors/forged)
    verify_chain.py content FILE.json     (prints the report content hash)
    verify_chain.py proof FILE.json       (a report content's embedded proof, report-format.md;
                                           extract it with qpdf --show-attachment=breachlog-report.json)
    verify_chain.py merkle FILE           (the Merkle tree vectors, tests/vectors/merkle.json)
    verify_chain.py checkpoint FILE       (the signed checkpoint vectors, tests/vectors/checkpoint.json)

Exit status 0 when everything verifies, 4 when something does not, 2 on usage errors.

Formats:
  * canonical JSON (RFC 8785 as used here): object members sorted by the UTF-16 code units of
    their names, no whitespace, strings escaped like ECMAScript JSON.stringify, integers only;
  * event hash: SHA-256 of the canonical JSON of the event without its "hash" member;
    "prev" is the previous event's hash (64 zeros for seq 1), seq counts from 1 without gaps;
  * report content hash: SHA-256 of b"breachlog-report-v1\\n" + the bytes of the embedded
    breachlog-report.json (which are already canonical);
  * journal export: lines end at "\n" (a "\r" right before it is dropped), empty lines are
    skipped; every other line must be JSON without duplicate members, an event with the ten
    members of their types, and byte-equal to the canonical text of that event. Failures name
    the seq the line must have, in that order: "malformed event", "duplicate member",
    "not canonical", then the chain checks;
  * bundle: manifest.json lists every file with its SHA-256 (regular files only, no symbolic
    links); journal.jsonl must end exactly at the manifest's head; every reports/*.pdf has a
    "report.issued" event with its SHA-256, whose head (seq, hash) is in the journal and is the
    head the PDF names in its document information;
  * Merkle tree (RFC 9162 2.1): leaf = SHA-256(0x00 || event hash bytes), node =
    SHA-256(0x01 || left || right), empty tree = SHA-256(""); inclusion and consistency proofs
    are verified with the algorithms of RFC 9162 2.1.3.2 and 2.1.4.2;
  * signed checkpoints (chain-format.md section 9): C2SP tlog-checkpoint text (origin, tree
    size, base64 root, "head SIZE HASH") signed as a C2SP signed-note with Ed25519 (RFC 8032,
    verified by the code of RFC 8032 section 6 below); key hash = SHA-256(name || 0x0A || 0x01
    || public key)[:4]. In a journal, every "checkpoint.signed" must carry a valid signature by
    a key published before it ("key.signing_published") and the size, root and head of the
    events before it;
  * RFC 3161 timestamp tokens (chain-format.md section 10), checked offline in the order of the
    Rust verifier (verify_token in crates/breachlog-chain/src/timestamp.rs): the token (at most
    128 KiB, strict DER: definite minimal lengths, bounded nesting) is a CMS ContentInfo of
    SignedData over an id-ct-TSTInfo eContent OCTET STRING; exactly one SignerInfo whose signed
    attributes hold exactly one content-type (id-ct-TSTInfo) and one message-digest equal to the
    SHA-256/384/512 (its digestAlgorithm) of the TSTInfo; the signing certificate, found among
    the token's and the stored certificates (at most 16) by issuer and serial number or subject
    key identifier, verifies the signature over the signed attributes as a SET: RSA PKCS#1 v1.5
    (rsaEncryption or sha{256,384,512}WithRSAEncryption, modulus up to 4096 bits) or ECDSA on
    P-256 or P-384 (SHA-256/384/512), in pure Python below, anything else refused; it has the
    extendedKeyUsage timeStamping; it chains through at most 8 CA certificates (basicConstraints
    cA; names and signatures) to the trust anchor (the anchor itself or issued by it), every
    certificate on the path and the anchor valid at genTime; and the messageImprint is the
    SHA-256 of the checkpoint's note. Refusals name their reason: malformed, signature, not a
    TSA, untrusted, certificate not valid at its time, other data. In a journal, every
    "timestamp.recorded" is checked against the anchor of the latest "tsa.added" of its TSA
    (a "tsa.removed" ends it), over the "checkpoint.signed" it names, which must be checked
    before it, and its imprint, serial, gen_time and certificates must be the token's; the
    summary line counts the timestamps checked. Revocation is not checked (offline);
  * a report's proof (report-format.md, "The embedded proof"): every embedded event hashes to
    its hash, seqs increase, consecutive seqs link; the checkpoint's origin is
    "breachlog.register/" + register_id, it is signed by the embedded public key, its size and
    head are the report's head; the last event of every run of consecutive seqs has exactly one
    inclusion proof, leading to the checkpoint's root, and no other event has one; with a
    "timestamp" member, its checkpoint is of the same origin and signed by the same key, the
    RFC 9162 consistency proof leads from it to the report's checkpoint, and its token verifies
    (as above) over that checkpoint's note with the trust anchor the member carries; the summary
    line names the token's genTime and TSA. Whether that anchor is a TSA the reader trusts is
    theirs to decide (compare its SHA-256).

Tests: python3 tests/verifier/test_ed25519.py; python3 -m unittest tests/verifier/test_timestamp.py
(needs the openssl command to make its tokens).
"""

import hashlib
import json
import os
import re
import stat
import sys

GENESIS = "0" * 64
MEMBERS = {"v", "seq", "id", "ts", "actor", "kind", "subject", "payload", "prev", "hash"}
CONTENT_PREFIX = b"breachlog-report-v1\n"


class Failure(Exception):
    pass


UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
HEX_RE = re.compile(r"[0-9a-f]{64}")
TS_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")
INT_MIN, INT_MAX = -(2 ** 63), 2 ** 64 - 1


class NotJson(ValueError):
    pass


def _parse_int(text):
    # Integers within [-2^63, 2^64-1] are integers; larger ones are read as (non-canonical)
    # floating-point numbers, as serde_json reads them; beyond the float range they are no JSON.
    if len(text.lstrip("-")) <= 20:
        v = int(text)
        if INT_MIN <= v <= INT_MAX:
            return v
    return _parse_float(text)


def _parse_float(text):
    v = float(text)
    if v in (float("inf"), float("-inf")):
        raise NotJson("number out of range: " + text)
    return v


def _no_constant(name):
    raise NotJson("not a JSON value: " + name)


def _no_surrogates(value):
    if isinstance(value, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            raise NotJson("lone surrogate in a string")
    elif isinstance(value, list):
        for v in value:
            _no_surrogates(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            _no_surrogates(k)
            _no_surrogates(v)


def parse_json(text):
    """(value, first duplicate member name or None); raises NotJson."""
    dups = []

    def pairs(items):
        seen = set()
        for k, _ in items:
            if k in seen:
                dups.append(k)
            seen.add(k)
        return dict(items)

    try:
        value = json.loads(text, object_pairs_hook=pairs, parse_int=_parse_int,
                           parse_float=_parse_float, parse_constant=_no_constant)
    except (ValueError, RecursionError) as e:
        raise NotJson(str(e))
    _no_surrogates(value)
    return value, (dups[0] if dups else None)


def _is_int(x, low, high):
    return type(x) is int and low <= x <= high


def check_members(ev, seq):
    """Raises Failure unless ev is an event object with the ten members of their types."""
    bad = lambda what: Failure("event %d: malformed event: %s" % (seq, what))
    if not isinstance(ev, dict):
        raise bad("not a JSON object")
    if set(ev.keys()) != MEMBERS:
        raise bad("members %s" % sorted(ev.keys()))
    if not _is_int(ev["v"], 1, 1):
        raise bad("v is not 1")
    if not _is_int(ev["seq"], 1, INT_MAX):
        raise bad("seq is not a positive integer")
    for name in ("actor", "kind", "id", "ts", "prev", "hash"):
        if type(ev[name]) is not str:
            raise bad(name + " is not a string")
    if not UUID_RE.fullmatch(ev["id"]):
        raise bad("id is not a lowercase hyphenated UUID")
    if ev["subject"] is not None and not (type(ev["subject"]) is str and UUID_RE.fullmatch(ev["subject"])):
        raise bad("subject is not a lowercase hyphenated UUID or null")
    if not TS_RE.fullmatch(ev["ts"]):
        raise bad("ts is not YYYY-MM-DDTHH:MM:SS.ffffffZ")
    try:
        import datetime
        datetime.datetime.strptime(ev["ts"][:19], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        raise bad("ts is not a valid time")
    if type(ev["payload"]) is not dict:
        raise bad("payload is not an object")
    for name in ("prev", "hash"):
        if not HEX_RE.fullmatch(ev[name]):
            raise bad(name + " is not 64 lowercase hex digits")


def parse_line(line_bytes, seq):
    """One exported line (without its terminator) as the event it must be (chain-format §3)."""
    try:
        line = line_bytes.decode("utf-8")
        value, dup = parse_json(line)
    except (UnicodeDecodeError, NotJson) as e:
        raise Failure("event %d: malformed event: not JSON: %s" % (seq, e))
    if dup is not None:
        raise Failure("event %d: duplicate member '%s'" % (seq, dup))
    check_members(value, seq)
    try:
        text = canonical(value)
    except Failure:
        text = None
    if text != line:
        raise Failure("event %d: not canonical: the line is not the RFC 8785 text of its event" % seq)
    return value


def journal_lines(data):
    """The non-empty lines of an export: split at \n, a \r right before it dropped."""
    pieces = data.split(b"\n")
    out = []
    for i, piece in enumerate(pieces):
        terminated = i < len(pieces) - 1
        if terminated and piece.endswith(b"\r"):
            piece = piece[:-1]
        if piece:
            out.append(piece)
    return out


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


TRACKED_KINDS = ("register.created", "key.signing_published", "checkpoint.signed", "tsa.added",
                 "tsa.removed", "timestamp.recorded")


def check_chain(events, expect=None):
    """Full chain from seq 1. Returns (head_seq, head_hash)."""
    prev, seq, found = GENESIS, 0, expect is None
    leaves = []
    tracker = CheckpointTracker()
    for ev in events:
        seq += 1
        if isinstance(ev, bytes):
            ev = parse_line(ev, seq)
        else:
            check_members(ev, seq)
        if ev["seq"] != seq:
            raise Failure("event %d: sequence gap (found %s)" % (seq, ev["seq"]))
        if event_hash(ev) != ev["hash"]:
            raise Failure("event %d: hash mismatch" % seq)
        if ev["prev"] != prev:
            raise Failure("event %d: prev does not match the previous event's hash" % seq)
        if ev["kind"] in TRACKED_KINDS:
            tracker.observe(ev, leaves, prev)
        prev = ev["hash"]
        leaves.append(bytes.fromhex(prev))
        if expect and ev["hash"] == expect[1] and (expect[0] is None or expect[0] == seq):
            found = True
    if not found:
        raise Failure("expected head %s not found: journal truncated or rebuilt" % expect[1])
    check_chain.last_root = mth(leaves).hex()
    check_chain.checkpoints = tracker.checked
    check_chain.timestamps = tracker.timestamps
    return seq, prev


# --- Merkle tree over the journal (chain-format.md section 8; RFC 9162 section 2.1) ---------
# Written from RFC 9162: MTH, PATH and PROOF (2.1.1, 2.1.3.1, 2.1.4.1) and the two
# verification algorithms (2.1.3.2, 2.1.4.2). Entries are the events' 32-byte hashes.


def _largest_power_below(n):
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(entries):
    """Merkle Tree Hash of a list of entries (bytes)."""
    n = len(entries)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + entries[0]).digest()
    k = _largest_power_below(n)
    return hashlib.sha256(b"\x01" + mth(entries[:k]) + mth(entries[k:])).digest()


def merkle_path(m, entries):
    """PATH(m, D[n]): the inclusion proof of entry m."""
    n = len(entries)
    if n <= 1:
        return []
    k = _largest_power_below(n)
    if m < k:
        return merkle_path(m, entries[:k]) + [mth(entries[k:])]
    return merkle_path(m - k, entries[k:]) + [mth(entries[:k])]


def _subproof(m, entries, b):
    n = len(entries)
    if m == n:
        return [] if b else [mth(entries)]
    k = _largest_power_below(n)
    if m <= k:
        return _subproof(m, entries[:k], b) + [mth(entries[k:])]
    return _subproof(m - k, entries[k:], False) + [mth(entries[:k])]


def consistency_path(m, entries):
    """PROOF(m, D[n]); empty for m == 0 and m == n."""
    if m == 0:
        return []
    return _subproof(m, entries, True)


def _node(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def check_inclusion(entry, index, size, path, root):
    """RFC 9162 2.1.3.2. Raises Failure."""
    if index >= size:
        raise Failure("inclusion: index %d not below size %d" % (index, size))
    fn, sn = index, size - 1
    r = hashlib.sha256(b"\x00" + entry).digest()
    for p in path:
        if sn == 0:
            raise Failure("inclusion: proof too long")
        if fn & 1 or fn == sn:
            r = _node(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = _node(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise Failure("inclusion: proof too short")
    if r != root:
        raise Failure("inclusion: the proof does not lead to the root")


def check_consistency(first, second, first_hash, second_hash, path):
    """RFC 9162 2.1.4.2; equal sizes need an empty proof and equal roots. Raises Failure."""
    if first > second:
        raise Failure("consistency: size %d above size %d" % (first, second))
    if first == 0 or first == second:
        if path:
            raise Failure("consistency: proof must be empty")
        if first == second and first_hash != second_hash:
            raise Failure("consistency: roots of equal sizes differ")
        return
    path = list(path)
    if first & (first - 1) == 0:
        path = [first_hash] + path
    if not path:
        raise Failure("consistency: empty proof")
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise Failure("consistency: proof too long")
        if fn & 1 or fn == sn:
            fr = _node(c, fr)
            sr = _node(c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = _node(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise Failure("consistency: proof too short")
    if fr != first_hash or sr != second_hash:
        raise Failure("consistency: the proof does not lead to the roots")


def verify_merkle_vectors(path):
    """tests/vectors/merkle.json: recomputes every root and proof and verifies each proof."""
    with open(path, "r", encoding="utf-8") as f:
        vec = json.load(f)
    entries = [bytes.fromhex(e) for e in vec["entries"]]
    count = 0
    for case in vec["roots"]:
        if mth(entries[: case["size"]]).hex() != case["root"]:
            raise Failure("root of size %d differs" % case["size"])
        count += 1
    for case in vec["inclusion"]:
        i, n = case["index"], case["size"]
        proof = [bytes.fromhex(h) for h in case["proof"]]
        if [h.hex() for h in merkle_path(i, entries[:n])] != case["proof"]:
            raise Failure("inclusion proof (%d, %d) differs" % (i, n))
        check_inclusion(entries[i], i, n, proof, mth(entries[:n]))
        count += 1
    for case in vec["consistency"]:
        m, n = case["from"], case["to"]
        proof = [bytes.fromhex(h) for h in case["proof"]]
        if [h.hex() for h in consistency_path(m, entries[:n])] != case["proof"]:
            raise Failure("consistency proof (%d, %d) differs" % (m, n))
        check_consistency(m, n, mth(entries[:m]), mth(entries[:n]), proof)
        count += 1
    j = vec["journal"]
    events = read_jsonl(os.path.join(os.path.dirname(path), j["file"]))
    if mth([bytes.fromhex(e["hash"]) for e in events]).hex() != j["root"]:
        raise Failure("root of %s differs" % j["file"])
    return count + 1


# --- Ed25519 (RFC 8032 section 6, the reference code, verification and signing) -------------

_P = 2 ** 255 - 19
_L = 2 ** 252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def _sha512_int(data):
    return int.from_bytes(hashlib.sha512(data).digest(), "little")


def _point_add(a, b):
    A, B = (a[1] - a[0]) * (b[1] - b[0]) % _P, (a[1] + a[0]) * (b[1] + b[0]) % _P
    C, D = 2 * a[3] * b[3] * _D % _P, 2 * a[2] * b[2] % _P
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % _P, G * H % _P, F * G % _P, E * H % _P)


def _point_mul(s, p):
    q = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            q = _point_add(q, p)
        p = _point_add(p, p)
        s >>= 1
    return q


def _point_equal(a, b):
    if (a[0] * b[2] - b[0] * a[2]) % _P != 0:
        return False
    return (a[1] * b[2] - b[1] * a[2]) % _P == 0


def _recover_x(y, sign):
    if y >= _P:
        return None
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P)
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P != 0:
        x = x * _SQRT_M1 % _P
    if (x * x - x2) % _P != 0:
        return None
    if (x & 1) != sign:
        x = _P - x
    return x


_GY = 4 * pow(5, _P - 2, _P) % _P
_GX = _recover_x(_GY, 0)
_G = (_GX, _GY, 1, _GX * _GY % _P)


def _point_compress(p):
    zinv = pow(p[2], _P - 2, _P)
    x, y = p[0] * zinv % _P, p[1] * zinv % _P
    return int.to_bytes(y | ((x & 1) << 255), 32, "little")


def _point_decompress(s):
    if len(s) != 32:
        raise ValueError("invalid point length")
    y = int.from_bytes(s, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = _recover_x(y, sign)
    if x is None:
        return None
    return (x, y, 1, x * y % _P)


def _secret_expand(secret):
    h = hashlib.sha512(secret).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a, h[32:]


def ed25519_public(secret):
    a, _ = _secret_expand(secret)
    return _point_compress(_point_mul(a, _G))


def ed25519_sign(secret, msg):
    a, prefix = _secret_expand(secret)
    A = _point_compress(_point_mul(a, _G))
    r = _sha512_int(prefix + msg) % _L
    R = _point_compress(_point_mul(r, _G))
    h = _sha512_int(R + A + msg) % _L
    return R + int.to_bytes((r + h * a) % _L, 32, "little")


def ed25519_verify(public, msg, signature):
    if len(public) != 32 or len(signature) != 64:
        return False
    A = _point_decompress(public)
    if not A:
        return False
    Rs = signature[:32]
    R = _point_decompress(Rs)
    if not R:
        return False
    s = int.from_bytes(signature[32:], "little")
    if s >= _L:
        return False
    h = _sha512_int(Rs + public + msg) % _L
    return _point_equal(_point_mul(s, _G), _point_add(R, _point_mul(h, A)))


# --- Signed checkpoints (chain-format.md section 9; C2SP tlog-checkpoint, signed-note) --------

CHECKPOINT_MAX_BYTES, CHECKPOINT_MAX_LINES, CHECKPOINT_MAX_LINE = 64 * 1024, 110, 1024
ORIGIN_PREFIX = "breachlog.register/"
SIG_PREFIX = "\u2014 "


def key_hash(name, public):
    return hashlib.sha256(name.encode() + b"\n\x01" + public).digest()[:4]


def parse_checkpoint(data):
    """Returns (origin, size, root bytes, head hash, body bytes, [(name, key hash, sig)])."""
    import base64
    import binascii

    if len(data) > CHECKPOINT_MAX_BYTES:
        raise Failure("checkpoint larger than %d bytes" % CHECKPOINT_MAX_BYTES)
    text = data.decode("utf-8")
    if not text.endswith("\n"):
        raise Failure("checkpoint: the last line does not end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) > CHECKPOINT_MAX_LINES or any(len(l.encode()) > CHECKPOINT_MAX_LINE for l in lines):
        raise Failure("checkpoint: too many or too long lines")
    if any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for l in lines for c in l):
        raise Failure("checkpoint: control character")
    if "" not in lines:
        raise Failure("checkpoint: no blank line before the signatures")
    blank = lines.index("")
    body, sigs = lines[:blank], lines[blank + 1:]
    if len(body) != 4 or not sigs:
        raise Failure("checkpoint: not four text lines and signatures")
    origin, size, root, head = body
    if not origin.startswith(ORIGIN_PREFIX) or " " in origin or "+" in origin:
        raise Failure("checkpoint: bad origin")
    if not re.fullmatch(r"0|[1-9][0-9]*", size):
        raise Failure("checkpoint: bad tree size")
    try:
        root = base64.b64decode(root, validate=True)
    except binascii.Error:
        raise Failure("checkpoint: root is not base64")
    if len(root) != 32:
        raise Failure("checkpoint: root is not 32 bytes")
    parts = head.split(" ")
    if len(parts) != 3 or parts[0] != "head" or parts[1] != size or not HEX_RE.fullmatch(parts[2]):
        raise Failure("checkpoint: bad head line")
    signatures = []
    for line in sigs:
        if not line.startswith(SIG_PREFIX) or " " not in line[len(SIG_PREFIX):]:
            raise Failure("checkpoint: bad signature line")
        name, blob = line[len(SIG_PREFIX):].split(" ", 1)
        try:
            blob = base64.b64decode(blob, validate=True)
        except binascii.Error:
            raise Failure("checkpoint: signature is not base64")
        if not name or len(blob) < 5:
            raise Failure("checkpoint: signature line too short")
        signatures.append((name, blob[:4], blob[4:]))
    body_bytes = ("\n".join(body) + "\n").encode()
    return origin, int(size), root, parts[2], body_bytes, signatures


def checkpoint_verify(parsed, keys):
    """The first signature line of a known key (name = origin, key hash) decides."""
    origin, _, _, _, body, signatures = parsed
    found = False
    for public in keys:
        kh = key_hash(origin, public)
        for name, h, sig in signatures:
            if name == origin and h == kh:
                if ed25519_verify(public, body, sig):
                    return
                found = True
                break
    if found:
        raise Failure("checkpoint signature does not verify with the register's published key")
    raise Failure("checkpoint not signed by a key the register published")


class CheckpointTracker:
    def __init__(self):
        self.origin, self.keys, self.checked = None, [], []
        # chain-format.md section 10: each checked checkpoint's imprint (SHA-256 of its note) by
        # its seq, the TSAs configured so far [(url, anchor DER)], the tokens checked.
        self.imprints, self.tsas, self.timestamps = {}, [], []

    def observe(self, ev, leaves, prev):
        import base64

        p = ev["payload"]
        if ev["kind"] == "register.created":
            self.origin = ORIGIN_PREFIX + str(p.get("register_id", ""))
        elif ev["kind"] == "key.signing_published":
            try:
                public = base64.b64decode(p.get("public_key", ""), validate=True)
            except Exception:
                public = b""
            if p.get("algorithm") != "ed25519" or len(public) != 32 or _point_decompress(public) is None:
                raise Failure("event %d: checkpoint malformed: bad published key" % ev["seq"])
            if self.origin is not None and p.get("key_name") != self.origin:
                raise Failure("event %d: checkpoint key_name does not match the journal" % ev["seq"])
            if p.get("key_hash") != key_hash(p.get("key_name", ""), public).hex():
                raise Failure("event %d: checkpoint malformed: wrong key hash" % ev["seq"])
            self.keys.append(public)
        elif ev["kind"] == "checkpoint.signed":
            try:
                parsed = parse_checkpoint(str(p.get("note", "")).encode())
                checkpoint_verify(parsed, self.keys)
            except Failure as e:
                raise Failure("event %d: %s" % (ev["seq"], e))
            origin, size, root, head, _, _ = parsed
            for field, ok in (("origin", self.origin is None or origin == self.origin),
                              ("size", size == len(leaves)), ("root", root == mth(leaves)),
                              ("head", head == prev)):
                if not ok:
                    raise Failure("event %d: checkpoint %s does not match the journal" % (ev["seq"], field))
            self.checked.append(ev["seq"])
            self.imprints[ev["seq"]] = hashlib.sha256(str(p.get("note", "")).encode()).digest()
        elif ev["kind"] == "tsa.added":
            try:
                der = _b64(p.get("ca"))
                anchor = Certificate(der)
            except Failure as e:
                raise Failure("event %d: %s" % (ev["seq"], e))
            if sha256_hex(anchor.der) != p.get("ca_sha256"):
                raise Failure("event %d: timestamp event's ca_sha256 differs from its token" % ev["seq"])
            url = _text(p, "url")
            self.tsas = [t for t in self.tsas if t[0] != url] + [(url, der)]
        elif ev["kind"] == "tsa.removed":
            self.tsas = [t for t in self.tsas if t[0] != _text(p, "url")]
        elif ev["kind"] == "timestamp.recorded":
            try:
                self.timestamps.append(self.check_timestamp(p))
            except Failure as e:
                raise Failure("event %d: %s" % (ev["seq"], e))

    def check_timestamp(self, p):
        """A timestamp.recorded payload: its token against the trust anchor its TSA had then, over
        the checkpoint it names, and its members against the token (as the Rust tracker)."""
        cp = p.get("checkpoint_seq")
        cp = cp if type(cp) is int and cp >= 0 else 0
        imprint = self.imprints.get(cp)
        if imprint is None:
            raise Failure("timestamp names event %d, not a signed checkpoint before it" % cp)
        url = _text(p, "tsa_url")
        anchor = next((der for u, der in self.tsas if u == url), None)
        if anchor is None:
            raise Failure("timestamp from %s, a TSA not configured at that time" % url)
        token = _b64(p.get("token"))
        certs = p.get("certificates")
        certs = [_b64(c) for c in certs] if isinstance(certs, list) else []
        gen_time, serial, leaf, ordered = verify_token(token, certs, anchor, imprint)
        for field, ok in (("imprint", p.get("imprint") == imprint.hex()), ("serial", p.get("serial") == serial),
                          ("gen_time", p.get("gen_time") == ts_text(gen_time)), ("certificates", certs == ordered)):
            if not ok:
                raise Failure("timestamp event's %s differs from its token" % field)
        return cp, leaf.subject_text, ts_text(gen_time), serial


def _text(payload, name):
    """A string member, "" when missing or of another type (as the Rust tracker reads it)."""
    value = payload.get(name)
    return value if type(value) is str else ""


def _b64(text):
    """Strict base64 (with padding) of a JSON string member; a TimestampFailure otherwise."""
    import base64
    import binascii

    try:
        if type(text) is not str:
            raise binascii.Error("not a string")
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise _malformed("not base64")


# --- RFC 3161 timestamp tokens (chain-format.md section 10) ---------------------------------
# A bounded DER reader (definite lengths only, minimal length encodings, a depth limit, the
# input capped at MAX_TOKEN_BYTES) and the fixed structures of RFC 5652 (ContentInfo,
# SignedData, SignerInfo), RFC 3161 (TSTInfo) and RFC 5280 (Certificate); RSA PKCS#1 v1.5
# (RFC 8017 section 8.2.2) and ECDSA (SEC 1 section 4.1.4) on P-256 and P-384 (SEC 2). The
# checks and their order are those of verify_token in crates/breachlog-chain/src/timestamp.rs.

MAX_TOKEN_BYTES = 128 * 1024
MAX_CERTIFICATES = 16
MAX_CHAIN_DEPTH = 8
DER_MAX_DEPTH = 32

OID_SIGNED_DATA = "1.2.840.113549.1.7.2"
OID_TST_INFO = "1.2.840.113549.1.9.16.1.4"
OID_CONTENT_TYPE = "1.2.840.113549.1.9.3"
OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
OID_SHA256 = "2.16.840.1.101.3.4.2.1"
OID_SHA384 = "2.16.840.1.101.3.4.2.2"
OID_SHA512 = "2.16.840.1.101.3.4.2.3"
OID_RSA = "1.2.840.113549.1.1.1"
OID_RSA_SHA256 = "1.2.840.113549.1.1.11"
OID_RSA_SHA384 = "1.2.840.113549.1.1.12"
OID_RSA_SHA512 = "1.2.840.113549.1.1.13"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"
OID_ECDSA_SHA384 = "1.2.840.10045.4.3.3"
OID_ECDSA_SHA512 = "1.2.840.10045.4.3.4"
OID_EC_PUBLIC_KEY = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_P384 = "1.3.132.0.34"
OID_EKU = "2.5.29.37"
OID_BASIC_CONSTRAINTS = "2.5.29.19"
OID_SUBJECT_KEY_ID = "2.5.29.14"
OID_KP_TIME_STAMPING = "1.3.6.1.5.5.7.3.8"

HASHES = {OID_SHA256: "sha256", OID_SHA384: "sha384", OID_SHA512: "sha512"}
SIGNATURE_HASH = {OID_RSA_SHA256: "sha256", OID_RSA_SHA384: "sha384", OID_RSA_SHA512: "sha512",
                  OID_ECDSA_SHA256: "sha256", OID_ECDSA_SHA384: "sha384", OID_ECDSA_SHA512: "sha512"}
RSA_ALGORITHMS = (OID_RSA, OID_RSA_SHA256, OID_RSA_SHA384, OID_RSA_SHA512)

TAG_BOOLEAN, TAG_INTEGER, TAG_BIT_STRING, TAG_OCTET_STRING, TAG_NULL, TAG_OID = 1, 2, 3, 4, 5, 6
TAG_UTC_TIME, TAG_GENERALIZED_TIME, TAG_SEQUENCE, TAG_SET = 0x17, 0x18, 0x30, 0x31

# The reasons, as the Rust IntegrityReason codes (integrity-timestamp-*) and texts.
TIMESTAMP_REASONS = {
    "malformed": "timestamp token malformed: %s",
    "signature": "timestamp token signature does not verify (altered or forged)",
    "untrusted": "timestamp token not signed by a certificate chaining to the TSA's trust anchor",
    "not-tsa": "timestamp token signer lacks the timeStamping extended key use",
    "expired": "a certificate of the timestamp token was not valid at its time",
    "other-data": "timestamp token is over other data than its checkpoint",
}


class TimestampFailure(Failure):
    """A token refused; .reason is one of TIMESTAMP_REASONS."""

    def __init__(self, reason, detail=""):
        self.reason, self.detail = reason, detail
        text = TIMESTAMP_REASONS[reason]
        Failure.__init__(self, text % detail if "%s" in text else text)


def _malformed(detail):
    return TimestampFailure("malformed", detail)


class Der:
    """One DER element of `data`: tag byte, its content data[start:end], the whole at data[at:end]."""

    __slots__ = ("data", "tag", "at", "start", "end", "depth")

    def __init__(self, data, tag, at, start, end, depth):
        self.data, self.tag, self.at, self.start, self.end, self.depth = data, tag, at, start, end, depth

    @property
    def der(self):
        return bytes(self.data[self.at:self.end])

    @property
    def value(self):
        return bytes(self.data[self.start:self.end])

    def children(self, what):
        """The elements of a constructed element's content, in order."""
        if not self.tag & 0x20:
            raise _malformed("%s is not constructed" % what)
        if self.depth >= DER_MAX_DEPTH:
            raise _malformed("%s: nested too deeply" % what)
        out, pos = [], self.start
        while pos < self.end:
            el = _read_element(self.data, pos, self.end, self.depth + 1, what)
            out.append(el)
            pos = el.end
        return out

    def expect(self, tag, what):
        if self.tag != tag:
            raise _malformed("%s: expected tag 0x%02x, found 0x%02x" % (what, tag, self.tag))
        return self


def _read_element(data, pos, limit, depth, what):
    at = pos
    if pos + 2 > limit:
        raise _malformed("%s: truncated" % what)
    tag = data[pos]
    if tag & 0x1F == 0x1F:
        raise _malformed("%s: high tag numbers are not used here" % what)
    first = data[pos + 1]
    pos += 2
    if first < 0x80:
        length = first
    elif first == 0x80:
        raise _malformed("%s: indefinite length" % what)
    else:
        n = first & 0x7F
        if n > 4 or pos + n > limit:
            raise _malformed("%s: length too long" % what)
        length = int.from_bytes(data[pos:pos + n], "big")
        if data[pos] == 0 or length < 0x80:
            raise _malformed("%s: length not minimally encoded" % what)
        pos += n
    if length > limit - pos:
        raise _malformed("%s: length beyond the data" % what)
    return Der(data, tag, at, pos, pos + length, depth)


def der_parse(data, what):
    """The one element that `data` (at most MAX_TOKEN_BYTES) consists of, nothing after it."""
    if len(data) > MAX_TOKEN_BYTES:
        raise _malformed("%s is too large" % what)
    el = _read_element(data, 0, len(data), 0, what)
    if el.end != len(data):
        raise _malformed("%s: trailing data" % what)
    return el


def der_seq(el, what, tag=TAG_SEQUENCE):
    return el.expect(tag, what).children(what)


def der_int(el, what):
    v = el.expect(TAG_INTEGER, what).value
    if not v or (len(v) > 1 and ((v[0] == 0 and v[1] < 0x80) or (v[0] == 0xFF and v[1] >= 0x80))):
        raise _malformed("%s: not a DER integer" % what)
    return int.from_bytes(v, "big", signed=True)


def der_oid(el, what):
    v = el.expect(TAG_OID, what).value
    if not v or v[-1] & 0x80:
        raise _malformed("%s: not an object identifier" % what)
    arcs, n, fresh = [], 0, True
    for b in v:
        if fresh and b == 0x80:
            raise _malformed("%s: not a DER object identifier" % what)
        n = (n << 7) | (b & 0x7F)
        fresh = not b & 0x80
        if fresh:
            arcs.append(n)
            n = 0
    first = min(arcs[0] // 40, 2)
    return ".".join(str(a) for a in [first, arcs[0] - 40 * first] + arcs[1:])


def der_octets(el, what):
    return el.expect(TAG_OCTET_STRING, what).value


def der_bits(el, what):
    v = el.expect(TAG_BIT_STRING, what).value
    if not v or v[0] != 0:
        raise _malformed("%s: not a whole-byte BIT STRING" % what)
    return v[1:]


def der_bool(el, what):
    v = el.expect(TAG_BOOLEAN, what).value
    if v not in (b"\x00", b"\xff"):
        raise _malformed("%s: not a DER boolean" % what)
    return v == b"\xff"


def der_time(el, what):
    """UTCTime (1950-2049) or GeneralizedTime, DER (seconds, "Z", no fraction): Unix seconds."""
    import calendar

    text = el.value.decode("ascii", "replace")
    if el.tag == TAG_UTC_TIME and re.fullmatch(r"[0-9]{12}Z", text):
        year = int(text[:2])
        text = ("19" if year >= 50 else "20") + text
    elif not (el.tag == TAG_GENERALIZED_TIME and re.fullmatch(r"[0-9]{14}Z", text)):
        raise _malformed("%s: not a DER UTCTime or GeneralizedTime" % what)
    y, mo, d, h, mi, s = (int(text[i:j]) for i, j in ((0, 4), (4, 6), (6, 8), (8, 10), (10, 12), (12, 14)))
    if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1] and h < 24 and mi < 60 and s < 60):
        raise _malformed("%s: not a valid time" % what)
    return calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0))


def der_algorithm(el, what):
    """AlgorithmIdentifier: (OID, parameters element or None)."""
    parts = der_seq(el, what)
    if not 1 <= len(parts) <= 2:
        raise _malformed("%s: not an AlgorithmIdentifier" % what)
    return der_oid(parts[0], what), (parts[1] if len(parts) == 2 else None)


NAME_KEYS = {"2.5.4.3": "CN", "2.5.4.6": "C", "2.5.4.7": "L", "2.5.4.8": "ST", "2.5.4.10": "O",
             "2.5.4.11": "OU", "2.5.4.5": "serialNumber", "2.5.4.97": "organizationIdentifier",
             "1.2.840.113549.1.9.1": "emailAddress"}


def der_name(el, what):
    """A Name (RDNSequence): its text, RFC 4514 style (last RDN first)."""
    rdns = []
    for rdn in der_seq(el, what):
        atvs = []
        for atv in der_seq(rdn, what, TAG_SET):
            parts = der_seq(atv, what)
            if len(parts) != 2:
                raise _malformed("%s: not an AttributeTypeAndValue" % what)
            oid = der_oid(parts[0], what)
            value = parts[1].value.decode("utf-8", "replace") if parts[1].tag in (0x0C, 0x13, 0x16, 0x14) \
                else "#" + parts[1].der.hex()
            atvs.append("%s=%s" % (NAME_KEYS.get(oid, oid), value))
        rdns.append("+".join(atvs))
    return ",".join(reversed(rdns))


class Certificate:
    """An X.509 certificate (RFC 5280 section 4.1): what the checks need, and its exact DER."""

    def __init__(self, der):
        if len(der) > MAX_TOKEN_BYTES:
            raise _malformed("the certificate is too large")
        self.der = bytes(der)
        top = der_seq(der_parse(self.der, "certificate"), "certificate")
        if len(top) != 3:
            raise _malformed("certificate: not tbsCertificate, algorithm, signature")
        self.tbs = top[0].der
        self.signature_algorithm, _ = der_algorithm(top[1], "certificate signatureAlgorithm")
        self.signature = der_bits(top[2], "certificate signature")
        tbs = der_seq(top[0], "tbsCertificate")
        i = 0
        if tbs and tbs[0].tag == 0xA0:
            version = tbs[0].children("version")
            if len(version) != 1 or der_int(version[0], "version") not in (0, 1, 2):
                raise _malformed("certificate: bad version")
            i = 1
        if len(tbs) < i + 6:
            raise _malformed("tbsCertificate is too short")
        self.serial = tbs[i].expect(TAG_INTEGER, "serialNumber").value
        der_int(tbs[i], "serialNumber")
        der_algorithm(tbs[i + 1], "tbsCertificate signature")
        self.issuer = tbs[i + 2].expect(TAG_SEQUENCE, "issuer").der
        der_name(tbs[i + 2], "issuer")
        validity = der_seq(tbs[i + 3], "validity")
        if len(validity) != 2:
            raise _malformed("validity: not two times")
        self.not_before = der_time(validity[0], "notBefore")
        self.not_after = der_time(validity[1], "notAfter")
        self.subject = tbs[i + 4].expect(TAG_SEQUENCE, "subject").der
        self.subject_text = der_name(tbs[i + 4], "subject")
        spki = der_seq(tbs[i + 5], "subjectPublicKeyInfo")
        if len(spki) != 2:
            raise _malformed("subjectPublicKeyInfo: not algorithm and key")
        self.key_algorithm, params = der_algorithm(spki[0], "subjectPublicKeyInfo algorithm")
        self.key_params = params
        self.key = der_bits(spki[1], "subjectPublicKey")
        self.extensions = {}
        last = 0
        for el in tbs[i + 6:]:
            number = el.tag & 0x1F
            if el.tag & 0xC0 != 0x80 or not last < number <= 3:
                raise _malformed("tbsCertificate: unexpected element")
            last = number
            if el.tag == 0xA3:
                wrapped = el.children("extensions")
                if len(wrapped) != 1:
                    raise _malformed("extensions: not one SEQUENCE")
                for ext in der_seq(wrapped[0], "extensions"):
                    parts = der_seq(ext, "extension")
                    if len(parts) == 3:
                        der_bool(parts[1], "extension critical")
                    elif len(parts) != 2:
                        raise _malformed("extension: not id, critical, value")
                    # The first one of an id counts, as in the Rust verifier.
                    self.extensions.setdefault(der_oid(parts[0], "extension id"),
                                               der_octets(parts[-1], "extension value"))

    def _extension(self, oid):
        value = self.extensions.get(oid)
        if value is None:
            return None
        try:
            return der_parse(value, "extension")
        except Failure:
            return None

    def is_ca(self):
        """basicConstraints { cA TRUE }."""
        el = self._extension(OID_BASIC_CONSTRAINTS)
        try:
            parts = der_seq(el, "basicConstraints") if el is not None else []
            return bool(parts) and parts[0].tag == TAG_BOOLEAN and der_bool(parts[0], "cA")
        except Failure:
            return False

    def time_stamping(self):
        """extendedKeyUsage lists id-kp-timeStamping."""
        el = self._extension(OID_EKU)
        try:
            return el is not None and OID_KP_TIME_STAMPING in [der_oid(p, "keyPurposeId") for p in der_seq(el, "extendedKeyUsage")]
        except Failure:
            return False

    def key_id(self):
        el = self._extension(OID_SUBJECT_KEY_ID)
        if el is None or el.tag != TAG_OCTET_STRING:
            return None
        return el.value

    def valid_at(self, t):
        return self.not_before <= t <= self.not_after

    def issued_by(self, issuer):
        """Names and signature: `issuer` signed this certificate."""
        return self.issuer == issuer.subject and verify_signature(
            issuer, self.signature_algorithm, None, self.tbs, self.signature)


# SEC 2 version 2.0, sections 2.4.2 and 2.5.1: (p, a, b, Gx, Gy, n).
CURVES = {
    OID_P256: (
        0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF,
        0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFC,
        0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B,
        0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
        0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5,
        0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
    ),
    OID_P384: (
        int("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFE"
            "FFFFFFFF0000000000000000FFFFFFFF", 16),
        int("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFE"
            "FFFFFFFF0000000000000000FFFFFFFC", 16),
        int("B3312FA7E23EE7E4988E056BE3F82D19181D9C6EFE8141120314088F5013875A"
            "C656398D8A2ED19D2A85C8EDD3EC2AEF", 16),
        int("AA87CA22BE8B05378EB1C71EF320AD746E1D3B628BA79B9859F741E082542A38"
            "5502F25DBF55296C3A545E3872760AB7", 16),
        int("3617DE4A96262C6F5D9E98BF9292DC29F8F41DBD289A147CE9DA3113B5F0B8C0"
            "0A60B1CE1D7E819D7A431D7C90EA0E5F", 16),
        int("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFC7634D81F4372DDF"
            "581A0DB248B0A77AECEC196ACCC52973", 16),
    ),
}


def _ec_add(curve, P, Q):
    """Affine point addition; None is the point at infinity."""
    p, a = curve[0], curve[1]
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0]:
        if (P[1] + Q[1]) % p == 0:
            return None
        lam = (3 * P[0] * P[0] + a) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return x, (lam * (P[0] - x) - P[1]) % p


def _ec_mul(curve, k, P):
    R = None
    while k:
        if k & 1:
            R = _ec_add(curve, R, P)
        P = _ec_add(curve, P, P)
        k >>= 1
    return R


def _ec_point(curve, data):
    """A SEC 1 encoded point (uncompressed or compressed) on the curve, not infinity, or None."""
    p, a, b = curve[0], curve[1], curve[2]
    size = (p.bit_length() + 7) // 8
    if len(data) == 1 + 2 * size and data[0] == 4:
        x, y = int.from_bytes(data[1:1 + size], "big"), int.from_bytes(data[1 + size:], "big")
    elif len(data) == 1 + size and data[0] in (2, 3):
        x = int.from_bytes(data[1:], "big")
        y = pow((x * x * x + a * x + b) % p, (p + 1) // 4, p)  # p = 3 (mod 4) for both curves
        if y & 1 != data[0] & 1:
            y = (p - y) % p
    else:
        return None
    if x >= p or y >= p or (y * y - (x * x * x + a * x + b)) % p != 0:
        return None
    return x, y


def ecdsa_verify(curve, public, hashed, signature):
    """SEC 1 section 4.1.4 with a DER Ecdsa-Sig-Value; the hash is truncated to the order's size."""
    p, _, _, gx, gy, n = curve
    Q = _ec_point(curve, public)
    if Q is None:
        return False
    try:
        parts = der_seq(der_parse(signature, "ECDSA signature"), "ECDSA signature")
        if len(parts) != 2:
            return False
        r, s = der_int(parts[0], "r"), der_int(parts[1], "s")
    except Failure:
        return False
    if not (0 < r < n and 0 < s < n):
        return False
    nbytes = (n.bit_length() + 7) // 8
    e = int.from_bytes(hashed[:nbytes], "big") % n
    w = pow(s, -1, n)
    R = _ec_add(curve, _ec_mul(curve, e * w % n, (gx, gy)), _ec_mul(curve, r * w % n, Q))
    return R is not None and R[0] % n == r


# RFC 8017 section 9.2, note 1: the DER of DigestInfo before the hash.
DIGEST_INFO = {
    "sha256": bytes.fromhex("3031300d060960864801650304020105000420"),
    "sha384": bytes.fromhex("3041300d060960864801650304020205000430"),
    "sha512": bytes.fromhex("3051300d060960864801650304020305000440"),
}
RSA_MAX_BITS = 4096


def rsa_verify(public, hash_name, hashed, signature):
    """RSASSA-PKCS1-v1_5 (RFC 8017 section 8.2.2) with an RSAPublicKey (DER)."""
    try:
        parts = der_seq(der_parse(public, "RSA public key"), "RSA public key")
        if len(parts) != 2:
            return False
        n, e = der_int(parts[0], "modulus"), der_int(parts[1], "publicExponent")
    except Failure:
        return False
    if n <= 0 or n.bit_length() > RSA_MAX_BITS or not 2 <= e < 2 ** 33:
        return False
    k = (n.bit_length() + 7) // 8
    s = int.from_bytes(signature, "big")
    if len(signature) != k or s >= n:
        return False
    t = DIGEST_INFO[hash_name] + hashed
    if k < len(t) + 11:
        return False
    expected = b"\x00\x01" + b"\xff" * (k - len(t) - 3) + b"\x00" + t
    return pow(s, e, n).to_bytes(k, "big") == expected


def verify_signature(cert, alg, digest, data, signature):
    """`signature` over `data` by the key of `cert`: RSA PKCS#1 v1.5 or ECDSA on P-256/P-384 with
    the hash `alg` names (for rsaEncryption, the digest algorithm `digest`). Anything else: False."""
    if alg == OID_RSA:
        hash_name = HASHES.get(digest)
    else:
        hash_name = SIGNATURE_HASH.get(alg)
    if hash_name is None:
        return False
    hashed = hashlib.new(hash_name, data).digest()
    if alg in RSA_ALGORITHMS:
        return cert.key_algorithm == OID_RSA and rsa_verify(cert.key, hash_name, hashed, signature)
    if cert.key_algorithm != OID_EC_PUBLIC_KEY or cert.key_params is None:
        return False
    try:
        curve = CURVES.get(der_oid(cert.key_params, "namedCurve"))
    except Failure:
        return False
    return curve is not None and ecdsa_verify(curve, cert.key, hashed, signature)


def parse_tst_info(data):
    """TSTInfo (RFC 3161 section 2.4.2): (imprint algorithm, imprint, serial bytes, genTime, nonce)."""
    parts = der_seq(der_parse(data, "TSTInfo"), "TSTInfo")
    if len(parts) < 5:
        raise _malformed("TSTInfo is too short")
    if der_int(parts[0], "TSTInfo version") != 1:
        raise _malformed("TSTInfo version is not 1")
    der_oid(parts[1], "TSTInfo policy")
    imprint = der_seq(parts[2], "messageImprint")
    if len(imprint) != 2:
        raise _malformed("messageImprint: not algorithm and hash")
    algorithm, _ = der_algorithm(imprint[0], "messageImprint algorithm")
    hashed = der_octets(imprint[1], "messageImprint hash")
    der_int(parts[3], "serialNumber")
    serial = parts[3].value
    gen_time = der_time(parts[4].expect(TAG_GENERALIZED_TIME, "genTime"), "genTime")
    nonce = None
    for p in parts[5:]:
        if p.tag == TAG_INTEGER:
            der_int(p, "nonce")
            nonce = p.value
    return algorithm, hashed, serial, gen_time, nonce


def _signer_info(el):
    """SignerInfo (RFC 5652 section 5.3): sid, digest algorithm, signed attributes, signature algorithm, signature."""
    parts = der_seq(el, "SignerInfo")
    if len(parts) < 5:
        raise _malformed("SignerInfo is too short")
    der_int(parts[0], "SignerInfo version")
    sid = parts[1]
    if sid.tag == TAG_SEQUENCE:
        ias = der_seq(sid, "issuerAndSerialNumber")
        if len(ias) != 2:
            raise _malformed("issuerAndSerialNumber: not issuer and serial")
        ias[0].expect(TAG_SEQUENCE, "issuer")
        der_int(ias[1], "serialNumber")
        sid = ("issuer", ias[0].der, ias[1].value)
    elif sid.tag == 0x80:
        sid = ("key", sid.value)
    else:
        raise _malformed("SignerInfo: unknown signer identifier")
    digest, _ = der_algorithm(parts[2], "digestAlgorithm")
    i = 3
    attrs = None
    if parts[i].tag == 0xA0:
        attrs = parts[i]
        i += 1
    if len(parts) < i + 2:
        raise _malformed("SignerInfo is too short")
    signature_algorithm, _ = der_algorithm(parts[i], "signatureAlgorithm")
    signature = der_octets(parts[i + 1], "signature")
    if len(parts) > i + 3 or (len(parts) == i + 3 and parts[-1].tag != 0xA1):
        raise _malformed("SignerInfo: unexpected element")
    return sid, digest, attrs, signature_algorithm, signature


def verify_token(token, extra_certs, anchor_der, imprint):
    """Checks a TimeStampToken (DER) offline like the Rust verify_token: returns (genTime as
    Unix seconds, serial as lowercase hex, signing certificate, certificates leaf first); raises
    TimestampFailure with the reason."""
    if len(token) > MAX_TOKEN_BYTES:
        raise _malformed("the token is too large")
    ci = der_seq(der_parse(token, "ContentInfo"), "ContentInfo")
    if len(ci) != 2 or ci[1].tag != 0xA0:
        raise _malformed("ContentInfo: not content type and [0] content")
    wrapped = ci[1].children("ContentInfo content")
    if len(wrapped) != 1:
        raise _malformed("ContentInfo content: not one element")
    if der_oid(ci[0], "contentType") != OID_SIGNED_DATA:
        raise _malformed("the token is not CMS SignedData")
    # SignedData (RFC 5652 section 5.1), read whole before its members are checked.
    sd = der_seq(wrapped[0], "SignedData")
    if len(sd) < 4:
        raise _malformed("SignedData is too short")
    der_int(sd[0], "SignedData version")
    for alg in der_seq(sd[1], "digestAlgorithms", TAG_SET):
        der_algorithm(alg, "digestAlgorithm")
    eci = der_seq(sd[2], "encapContentInfo")
    if not 1 <= len(eci) <= 2:
        raise _malformed("encapContentInfo: not type and content")
    econtent_type = der_oid(eci[0], "eContentType")
    econtent = None
    if len(eci) == 2:
        inner = eci[1].expect(0xA0, "eContent").children("eContent")
        if len(inner) != 1:
            raise _malformed("eContent: not one element")
        econtent = inner[0]
    token_certs, i = [], 3
    if sd[i].tag == 0xA0:
        for choice in sd[i].children("certificates"):
            if choice.tag == TAG_SEQUENCE:
                token_certs.append(Certificate(choice.der))
            elif choice.tag != 0xA3:  # other certificate formats are passed over
                raise _malformed("certificates: unknown choice")
        i += 1
    if i < len(sd) and sd[i].tag == 0xA1:
        i += 1
    if i != len(sd) - 1:
        raise _malformed("SignedData: not followed by signerInfos alone")
    signers = [_signer_info(el) for el in der_seq(sd[i], "signerInfos", TAG_SET)]

    if econtent_type != OID_TST_INFO:
        raise _malformed("the signed content is not a TSTInfo")
    if econtent is None:
        raise _malformed("the token carries no TSTInfo")
    if econtent.tag != TAG_OCTET_STRING:
        raise _malformed("eContent is not an OCTET STRING")
    tst_der = econtent.value
    imprint_alg, hashed, serial, gen_time, _ = parse_tst_info(tst_der)

    # The certificates: the token's, then the stored extra ones.
    certs = list(token_certs)
    for der in extra_certs:
        if not any(c.der == der for c in certs):
            certs.append(Certificate(der))
    if len(certs) > MAX_CERTIFICATES:
        raise _malformed("the token carries too many certificates")

    if len(signers) != 1:
        raise _malformed("the token has not exactly one signer")
    sid, digest_alg, attrs, signature_alg, signature = signers[0]
    if attrs is None:
        raise _malformed("the signer has no signed attributes")
    found = {}
    for attr in attrs.children("signed attributes"):
        parts = der_seq(attr, "attribute")
        if len(parts) != 2:
            raise _malformed("attribute: not type and values")
        found.setdefault(der_oid(parts[0], "attribute type"), []).append(
            der_seq(parts[1], "attribute values", TAG_SET))

    def one(oid):
        values = found.get(oid, [])
        if len(values) != 1 or len(values[0]) != 1:
            raise _malformed("signed attribute %s missing or repeated" % oid)
        return values[0][0]

    if der_oid(one(OID_CONTENT_TYPE), "content-type") != OID_TST_INFO:
        raise _malformed("the signed content type is not TSTInfo")
    digest = der_octets(one(OID_MESSAGE_DIGEST), "message-digest")
    hash_name = HASHES.get(digest_alg)
    if hash_name is None:
        raise _malformed("the signer's digest algorithm is not SHA-2")
    if digest != hashlib.new(hash_name, tst_der).digest():
        raise TimestampFailure("signature")
    # What is signed: the DER of the signed attributes as a SET OF (RFC 5652 section 5.4).
    signed = b"\x31" + attrs.der[1:]

    # The signing certificate; its signature over the signed attributes.
    def matches(c):
        if sid[0] == "issuer":
            return c.issuer == sid[1] and c.serial == sid[2]
        return c.key_id() == sid[1]

    leaf = next((c for c in certs if matches(c)), None)
    if leaf is None:
        raise TimestampFailure("untrusted")
    if not verify_signature(leaf, signature_alg, digest_alg, signed, signature):
        raise TimestampFailure("signature")
    if not leaf.time_stamping():
        raise TimestampFailure("not-tsa")

    # The chain: from the signer up to a certificate the anchor issued (or the anchor itself).
    anchor = Certificate(anchor_der)
    current, chained = leaf, False
    for _ in range(MAX_CHAIN_DEPTH):
        if not current.valid_at(gen_time):
            raise TimestampFailure("expired")
        if current.der == anchor.der or current.issued_by(anchor):
            chained = True
            break
        nxt = next((c for c in certs if c.der != current.der and c.is_ca() and current.issued_by(c)), None)
        if nxt is None:
            break
        current = nxt
    if not chained:
        raise TimestampFailure("untrusted")
    if not anchor.valid_at(gen_time):
        raise TimestampFailure("expired")

    # What the token is over.
    if imprint_alg != OID_SHA256 or hashed != imprint:
        raise TimestampFailure("other-data")
    ordered = [leaf.der] + [c.der for c in certs if c.der != leaf.der]
    return gen_time, serial.hex(), leaf, ordered


def ts_text(unix_seconds):
    """A time as the journal writes it: YYYY-MM-DDTHH:MM:SS.000000Z."""
    import time

    return time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime(unix_seconds))


def verify_checkpoint_vectors(path):
    """tests/vectors/checkpoint.json: the valid note verifies with its key, the altered one and
    the one signed by another key are refused."""
    import base64

    with open(path, "r", encoding="utf-8") as f:
        v = json.load(f)
    public = base64.b64decode(v["public_key"])
    if key_hash(v["origin"], public).hex() != v["key_hash"]:
        raise Failure("key hash differs")
    count = 0
    for case in v["cases"]:
        parsed = parse_checkpoint(case["note"].encode())
        try:
            checkpoint_verify(parsed, [public])
            got = "ok"
        except Failure as e:
            got = str(e)
        if got != case["expect"]:
            raise Failure("%s: expected %r, got %r" % (case["name"], case["expect"], got))
        if case["expect"] == "ok" and (parsed[1] != case["size"] or parsed[2].hex() != case["root"]):
            raise Failure("%s: size or root differs" % case["name"])
        count += 1
    return count


def read_jsonl(path):
    with open(path, "r", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def verify_journal(path, expect=None):
    with open(path, "rb") as f:
        return check_chain(journal_lines(f.read()), expect)


def _read_regular(root, name):
    """The bytes of root/name; refuses symbolic links and anything but a regular file."""
    path = os.path.join(root, name)
    st = os.lstat(path)
    if not stat.S_ISREG(st.st_mode):
        raise Failure("%s is a symbolic link or not a regular file" % name)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as f:
        if os.fstat(f.fileno()).st_ino != st.st_ino:
            raise Failure("%s changed while it was read" % name)
        return f.read()


def _pdf_head(data):
    """(seq, hash) from a report PDF's document information, or None."""
    seq = re.search(rb"/BreachlogHeadSeq\s*(?:\(([0-9]+)\)|([0-9]+))", data)
    head = re.search(rb"/BreachlogHeadHash\s*\(([0-9a-f]{64})\)", data)
    if not seq or not head:
        return None
    return int(seq.group(1) or seq.group(2)), head.group(1).decode()


def verify_bundle(root):
    # Only regular files and folders: a symbolic link would put content outside the bundle.
    present = []
    for dirpath, dirs, files in os.walk(root):
        for fn in dirs + files:
            full = os.path.join(dirpath, fn)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            mode = os.lstat(full).st_mode
            if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                raise Failure("%s is a symbolic link or not a regular file" % rel)
            if stat.S_ISREG(mode):
                present.append(rel)
    raw = _read_regular(root, "manifest.json")
    manifest = json.loads(raw)
    if manifest.get("format") != "breachlog-bundle/1":
        raise Failure("manifest format")
    head = manifest["head"]
    journal = _read_regular(root, "journal.jsonl")
    events = [parse_line(line, i + 1) for i, line in enumerate(journal_lines(journal))]
    seq, head_hash = check_chain(events, (head["seq"], head["hash"]))
    if (seq, head_hash) != (head["seq"], head["hash"]):
        raise Failure("journal head %d %s differs from the manifest" % (seq, head_hash))
    hashes = {ev["seq"]: ev["hash"] for ev in events}
    issued = {}
    for ev in events:
        if ev["kind"] == "report.issued":
            p = ev["payload"]
            issued[p.get("pdf_sha256")] = (p.get("head_seq"), p.get("head_hash"))
    listed = set()
    for entry in manifest["files"]:
        name = entry["path"]
        if ".." in name or name.startswith("/"):
            raise Failure("bad path " + name)
        data = journal if name == "journal.jsonl" else _read_regular(root, name)
        if sha256_hex(data) != entry["sha256"]:
            raise Failure("%s does not match its SHA-256" % name)
        if name.endswith(".pdf"):
            # The report must be issued by the bundle's journal, with the head it names, and
            # that head must be in the journal (a journal rewritten without a key fails here).
            rec = issued.get(sha256_hex(data))
            if rec is None:
                raise Failure("report %s was not issued by an event of the bundle's journal" % name)
            if hashes.get(rec[0]) != rec[1]:
                raise Failure("report %s refers to journal event %s, which the bundle's journal "
                              "does not contain with that hash" % (name, rec[0]))
            if _pdf_head(data) != rec:
                raise Failure("report %s names another head than its report.issued event" % name)
        listed.add(name)
    for rel in present:
        if rel != "manifest.json" and rel not in listed:
            raise Failure("%s is not listed in the manifest" % rel)
    return seq, head_hash, len(listed)


def content_hash(data):
    return sha256_hex(CONTENT_PREFIX + data)


def verify_forged(root):
    """The forged-journal table: every case gives the outcome, seq and reason listed."""
    with open(os.path.join(root, "cases.json"), "r", encoding="utf-8") as f:
        table = json.load(f)
    for case in table["cases"]:
        expect = None
        if "expect_head" in case:
            s, _, h = case["expect_head"].rpartition(":")
            expect = (int(s) if s else None, h)
        try:
            verify_journal(os.path.join(root, case["file"]), expect)
            got = None
        except Failure as e:
            got = str(e)
        if case["valid"]:
            if got is not None:
                raise Failure("%s must verify, got %r" % (case["name"], got))
        else:
            prefix = "event %d: %s" % (case["seq"], case["reason"])
            if got is None or not got.startswith(prefix):
                raise Failure("%s: expected %r, got %r" % (case["name"], prefix, got))
    return len(table["cases"])


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


def verify_report_proof(path):
    """Checks the proof in a report's embedded content. Returns a summary line."""
    import base64
    import binascii

    with open(path, "rb") as f:
        content, dup = parse_json(f.read().decode("utf-8"))
    if dup is not None or not isinstance(content, dict):
        raise Failure("report content is not one JSON object without duplicate members")
    events = content.get("events")
    head = content.get("head") or {}
    proof = content.get("proof")
    if not isinstance(events, list) or not isinstance(proof, dict):
        raise Failure("report content without events or proof")
    last = None
    for ev in events:
        if event_hash(ev) != ev.get("hash"):
            raise Failure("embedded event %s: hash mismatch" % ev.get("seq"))
        if last is not None:
            if ev["seq"] <= last["seq"]:
                raise Failure("embedded event %d: out of order" % ev["seq"])
            if ev["seq"] == last["seq"] + 1 and ev["prev"] != last["hash"]:
                raise Failure("embedded event %d: prev does not match" % ev["seq"])
        last = ev
    if last is None or last["seq"] != head.get("seq") or last["hash"] != head.get("hash"):
        raise Failure("the head event is not the last embedded event")
    parsed = parse_checkpoint(proof.get("checkpoint", "").encode("utf-8"))
    origin, size, root, head_hash, _, _ = parsed
    if origin != ORIGIN_PREFIX + str(content.get("register_id")):
        raise Failure("proof: the checkpoint is of another register")
    try:
        public = base64.b64decode(proof.get("public_key", ""), validate=True)
    except binascii.Error:
        raise Failure("proof: the public key is not base64")
    if len(public) != 32:
        raise Failure("proof: the public key is not 32 bytes")
    checkpoint_verify(parsed, [public])
    if size != head["seq"] or head_hash != head["hash"]:
        raise Failure("proof: the checkpoint does not end at the report's head")
    paths = {}
    for item in proof.get("inclusion", []):
        if item["seq"] in paths:
            raise Failure("proof: two inclusion proofs for event %d" % item["seq"])
        paths[item["seq"]] = [bytes.fromhex(h) for h in item["path"]]
    runs = 0
    for i, ev in enumerate(events):
        if i + 1 < len(events) and events[i + 1]["seq"] == ev["seq"] + 1:
            continue
        if ev["seq"] not in paths:
            raise Failure("proof: embedded event %d has no inclusion proof" % ev["seq"])
        check_inclusion(bytes.fromhex(ev["hash"]), ev["seq"] - 1, size, paths.pop(ev["seq"]), root)
        runs += 1
    if paths:
        raise Failure("proof: inclusion proofs for events the report does not carry")
    said = ("report proof ok: %d events in the journal of %s of %d events, merkle root %s, key %s, %d inclusion proofs"
            % (len(events), origin, size, root.hex(), key_hash(origin, public).hex(), runs))
    if "timestamp" in proof:
        said += check_report_timestamp(proof["timestamp"], origin, size, root, public)
    return said


def _hash_list(value, most):
    if not isinstance(value, list) or len(value) > most:
        raise Failure("proof: malformed")
    if not all(type(h) is str and HEX_RE.fullmatch(h) for h in value):
        raise Failure("proof: malformed")
    return [bytes.fromhex(h) for h in value]


def check_report_timestamp(t, origin, size, root, public):
    """A proof's timestamp member (report-format.md, "The embedded proof"): its checkpoint is of
    the same register and key, the consistency proof leads from it to the report's checkpoint
    (size, root), and the token verifies over its note with the embedded anchor."""
    bad_checkpoint = Failure("proof: the timestamped checkpoint is not a signed prefix of the report's journal")
    if not isinstance(t, dict) or type(t.get("checkpoint")) is not str:
        raise Failure("proof: malformed")
    note = t["checkpoint"]
    try:
        parsed = parse_checkpoint(note.encode("utf-8"))
        if parsed[0] != origin:
            raise bad_checkpoint
        checkpoint_verify(parsed, [public])
    except (Failure, UnicodeError):
        raise bad_checkpoint
    path = _hash_list(t.get("consistency"), 2 * 64)
    try:
        check_consistency(parsed[1], size, parsed[2], root, path)
    except Failure:
        raise bad_checkpoint
    certs = t.get("certificates")
    if not isinstance(certs, list) or len(certs) > MAX_CERTIFICATES:
        raise Failure("proof: malformed")
    try:
        token, anchor = _b64(t.get("token")), _b64(t.get("anchor"))
        certs = [_b64(c) for c in certs]
    except Failure:
        raise Failure("proof: malformed")
    try:
        gen_time, serial, leaf, _ = verify_token(token, certs, anchor, hashlib.sha256(note.encode("utf-8")).digest())
    except TimestampFailure as e:
        raise Failure("proof: the timestamp token does not verify: %s" % e)
    return ", timestamp %s by %s over the journal's first %d events" % (
        ts_text(gen_time), leaf.subject_text or "serial " + serial, parsed[1])


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
            print("journal ok: %d events, head %d %s, merkle root %s, %d signed checkpoints checked, "
                  "%d timestamps checked" % (seq, seq, head, check_chain.last_root,
                                             len(check_chain.checkpoints), len(check_chain.timestamps)))
        elif cmd == "bundle":
            seq, head, files = verify_bundle(target)
            print("bundle ok: %d files, head %d %s" % (files, seq, head))
        elif cmd == "vectors":
            print("vectors ok: %d cases" % verify_vectors(target))
        elif cmd == "forged":
            print("forged journals ok: %d cases" % verify_forged(target))
        elif cmd == "chainvectors":
            print("chain vectors ok: %d cases" % verify_chain_vectors(target))
        elif cmd == "merkle":
            print("merkle vectors ok: %d cases" % verify_merkle_vectors(target))
        elif cmd == "checkpoint":
            print("checkpoint vectors ok: %d cases" % verify_checkpoint_vectors(target))
        elif cmd == "proof":
            print(verify_report_proof(target))
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
