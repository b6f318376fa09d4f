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
  * a report's proof (report-format.md, "The embedded proof"): every embedded event hashes to
    its hash, seqs increase, consecutive seqs link; the checkpoint's origin is
    "breachlog.register/" + register_id, it is signed by the embedded public key, its size and
    head are the report's head; the last event of every run of consecutive seqs has exactly one
    inclusion proof, leading to the checkpoint's root, and no other event has one.
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
        if ev["kind"] in ("register.created", "key.signing_published", "checkpoint.signed"):
            tracker.observe(ev, leaves, prev)
        prev = ev["hash"]
        leaves.append(bytes.fromhex(prev))
        if expect and ev["hash"] == expect[1] and (expect[0] is None or expect[0] == seq):
            found = True
    if not found:
        raise Failure("expected head %s not found: journal truncated or rebuilt" % expect[1])
    check_chain.last_root = mth(leaves).hex()
    check_chain.checkpoints = tracker.checked
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
    return ("report proof ok: %d events in the journal of %s of %d events, merkle root %s, key %s, %d inclusion proofs"
            % (len(events), origin, size, root.hex(), key_hash(origin, public).hex(), runs))


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
            print("journal ok: %d events, head %d %s, merkle root %s, %d signed checkpoints checked"
                  % (seq, seq, head, check_chain.last_root, len(check_chain.checkpoints)))
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
