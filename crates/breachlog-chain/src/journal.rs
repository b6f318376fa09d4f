//! The journal: an append-only sequence of events, each hashed into a SHA-256 chain.
//! The byte-exact format is specified in `docs/chain-format.md`:
//! `hash = sha256(JCS(event without "hash"))`, `prev` = the previous event's hash
//! (64 `0` for seq 1), `seq` gapless from 1.

use std::io::BufRead;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::canonical;
use breachlog_model::error::{IntegrityError, IntegrityReason};
use breachlog_model::Ts;

/// `prev` of the first event.
pub const GENESIS_PREV: &str = "0000000000000000000000000000000000000000000000000000000000000000";
/// The event format version.
pub const EVENT_VERSION: u64 = 1;

const MEMBERS: [&str; 10] = [
    "v", "seq", "id", "ts", "actor", "kind", "subject", "payload", "prev", "hash",
];

/// One journal event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Event {
    pub v: u64,
    pub seq: u64,
    pub id: Uuid,
    pub ts: Ts,
    pub actor: String,
    pub kind: String,
    pub subject: Option<Uuid>,
    pub payload: Value,
    pub prev: String,
    pub hash: String,
}

impl Event {
    /// The whole event (with `hash`) as a JSON value, as in an export line.
    pub fn to_value(&self) -> Value {
        let mut body = self.body();
        if let Value::Object(m) = &mut body {
            m.insert("hash".into(), Value::String(self.hash.clone()));
        }
        body
    }
}

impl Event {
    /// Builds the next event after (`prev_seq`, `prev_hash`) and computes its hash.
    pub fn next(
        prev_seq: u64,
        prev_hash: &str,
        ts: Ts,
        actor: &str,
        kind: &str,
        subject: Option<Uuid>,
        payload: Value,
    ) -> Result<Event, canonical::CanonicalError> {
        let mut ev = Event {
            v: EVENT_VERSION,
            seq: prev_seq + 1,
            id: Uuid::now_v7(),
            ts,
            actor: actor.to_string(),
            kind: kind.to_string(),
            subject,
            payload,
            prev: prev_hash.to_string(),
            hash: String::new(),
        };
        ev.hash = ev.compute_hash()?;
        Ok(ev)
    }

    /// The event object without its `hash` member: what is hashed.
    pub fn body(&self) -> Value {
        let mut m = Map::new();
        m.insert("v".into(), Value::from(self.v));
        m.insert("seq".into(), Value::from(self.seq));
        m.insert("id".into(), Value::String(self.id.to_string()));
        m.insert("ts".into(), Value::String(self.ts.to_string()));
        m.insert("actor".into(), Value::String(self.actor.clone()));
        m.insert("kind".into(), Value::String(self.kind.clone()));
        m.insert(
            "subject".into(),
            self.subject
                .map_or(Value::Null, |s| Value::String(s.to_string())),
        );
        m.insert("payload".into(), self.payload.clone());
        m.insert("prev".into(), Value::String(self.prev.clone()));
        Value::Object(m)
    }

    /// Lowercase hex SHA-256 of the canonical bytes of [`Event::body`].
    pub fn compute_hash(&self) -> Result<String, canonical::CanonicalError> {
        let mut buf = String::with_capacity(512);
        self.write_canonical_body(&mut buf)?;
        Ok(canonical::sha256_bytes_hex(buf.as_bytes()))
    }

    /// Writes the canonical text of [`Event::body`] without building it: the members in JCS
    /// order (`actor`, `id`, `kind`, `payload`, `prev`, `seq`, `subject`, `ts`, `v`).
    pub fn write_canonical_body(&self, out: &mut String) -> Result<(), canonical::CanonicalError> {
        out.push_str("{\"actor\":");
        canonical::write_string(&self.actor, out);
        out.push_str(",\"id\":\"");
        out.push_str(
            self.id
                .hyphenated()
                .encode_lower(&mut Uuid::encode_buffer()),
        );
        out.push_str("\",\"kind\":");
        canonical::write_string(&self.kind, out);
        out.push_str(",\"payload\":");
        canonical::write_value(&self.payload, out)?;
        out.push_str(",\"prev\":");
        canonical::write_string(&self.prev, out);
        out.push_str(",\"seq\":");
        out.push_str(&self.seq.to_string());
        out.push_str(",\"subject\":");
        match self.subject {
            Some(s) => {
                out.push('"');
                out.push_str(s.hyphenated().encode_lower(&mut Uuid::encode_buffer()));
                out.push('"');
            }
            None => out.push_str("null"),
        }
        out.push_str(",\"ts\":\"");
        out.push_str(&self.ts.to_string());
        out.push_str("\",\"v\":");
        out.push_str(&self.v.to_string());
        out.push('}');
        Ok(())
    }

    /// The same bytes as [`Event::write_canonical_body`], from the parts of a stored event whose
    /// payload is given as its canonical text (as `Register::write` stores it). Used by
    /// `Register::verify` to hash an event without parsing and re-serialising its payload.
    #[allow(clippy::too_many_arguments)]
    pub fn write_canonical_body_parts(
        out: &mut String,
        v: u64,
        seq: u64,
        id: &Uuid,
        ts: &Ts,
        actor: &str,
        kind: &str,
        subject: Option<&Uuid>,
        canonical_payload: &str,
        prev: &str,
    ) {
        use std::fmt::Write as _;
        out.push_str("{\"actor\":");
        canonical::write_string(actor, out);
        out.push_str(",\"id\":\"");
        out.push_str(id.hyphenated().encode_lower(&mut Uuid::encode_buffer()));
        out.push_str("\",\"kind\":");
        canonical::write_string(kind, out);
        out.push_str(",\"payload\":");
        out.push_str(canonical_payload);
        out.push_str(",\"prev\":");
        canonical::write_string(prev, out);
        let _ = write!(out, ",\"seq\":{seq},\"subject\":");
        match subject {
            Some(s) => {
                out.push('"');
                out.push_str(s.hyphenated().encode_lower(&mut Uuid::encode_buffer()));
                out.push('"');
            }
            None => out.push_str("null"),
        }
        let _ = write!(out, ",\"ts\":\"{ts}\",\"v\":{v}}}");
    }

    /// The canonical JSON line of the whole event (with `hash`), as exported.
    pub fn to_line(&self) -> Result<String, canonical::CanonicalError> {
        let mut body = self.body();
        if let Value::Object(m) = &mut body {
            m.insert("hash".into(), Value::String(self.hash.clone()));
        }
        canonical::to_string(&body)
    }

    /// Parses one exported event strictly: exactly the ten members, each of its type (`v` is 1,
    /// `seq` a positive integer, `id` and `subject` lowercase hyphenated UUIDs, `ts` the
    /// journal form, `prev` and `hash` 64 lowercase hex digits). `position` is the seq named
    /// when the event has none. Whether the text was canonical is [`parse_line`]'s part.
    pub fn from_value(value: Value, position: u64) -> Result<Event, IntegrityError> {
        let fail = |detail: String| IntegrityError {
            seq: position,
            reason: IntegrityReason::Malformed { detail },
        };
        let Value::Object(mut map) = value else {
            return Err(fail("not a JSON object".into()));
        };
        if let Some(extra) = map.keys().find(|k| !MEMBERS.contains(&k.as_str())) {
            return Err(fail(format!("unexpected member '{extra}'")));
        }
        let seq = map
            .get("seq")
            .and_then(Value::as_u64)
            .filter(|s| *s > 0)
            .ok_or_else(|| fail("seq is not a positive integer".into()))?;
        let fail = |detail: String| IntegrityError {
            seq,
            reason: IntegrityReason::Malformed { detail },
        };
        let payload = match map.remove("payload") {
            Some(p @ Value::Object(_)) => p,
            _ => return Err(fail("payload is missing or not an object".into())),
        };
        let text = |name: &str| -> Result<String, IntegrityError> {
            map.get(name)
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or_else(|| fail(format!("{name} is missing or not a string")))
        };
        let v = map
            .get("v")
            .and_then(Value::as_u64)
            .ok_or_else(|| fail("v is missing".into()))?;
        if v != EVENT_VERSION {
            return Err(fail(format!("unsupported version {v}")));
        }
        let id = strict_uuid(&text("id")?)
            .ok_or_else(|| fail("id is not a lowercase hyphenated UUID".into()))?;
        let ts_text = text("ts")?;
        let ts = Ts::parse_canonical(&ts_text)
            .ok_or_else(|| fail(format!("ts '{ts_text}' is not YYYY-MM-DDTHH:MM:SS.ffffffZ")))?;
        let subject = match map.get("subject") {
            Some(Value::Null) => None,
            Some(Value::String(s)) => Some(
                strict_uuid(s)
                    .ok_or_else(|| fail("subject is not a lowercase hyphenated UUID".into()))?,
            ),
            _ => return Err(fail("subject is missing or not a UUID or null".into())),
        };
        let prev = text("prev")?;
        let hash = text("hash")?;
        check_hex(seq, "prev", &prev)?;
        check_hex(seq, "hash", &hash)?;
        Ok(Event {
            v,
            seq,
            id,
            ts,
            actor: text("actor")?,
            kind: text("kind")?,
            subject,
            payload,
            prev,
            hash,
        })
    }

    /// Builds an event from stored columns with the same checks as [`Event::from_value`].
    #[allow(clippy::too_many_arguments)]
    pub fn from_columns(
        seq: u64,
        id: &str,
        ts: &str,
        actor: String,
        kind: String,
        subject: Option<&str>,
        payload: &str,
        prev: String,
        hash: String,
    ) -> Result<Event, IntegrityError> {
        let payload: Value = serde_json::from_str(payload).map_err(|e| IntegrityError {
            seq,
            reason: IntegrityReason::Malformed {
                detail: format!("payload is not JSON: {e}"),
            },
        })?;
        Self::from_columns_parsed(seq, id, ts, actor, kind, subject, payload, prev, hash)
    }

    /// [`Event::from_columns`] with the payload already parsed (as a team member's opened
    /// envelope holds it), with the same checks.
    #[allow(clippy::too_many_arguments)]
    pub fn from_columns_parsed(
        seq: u64,
        id: &str,
        ts: &str,
        actor: String,
        kind: String,
        subject: Option<&str>,
        payload: Value,
        prev: String,
        hash: String,
    ) -> Result<Event, IntegrityError> {
        let fail = |detail: String| IntegrityError {
            seq,
            reason: IntegrityReason::Malformed { detail },
        };
        let id = Uuid::parse_str(id).map_err(|_| fail("id is not a UUID".into()))?;
        let ts = Ts::parse_canonical(ts)
            .ok_or_else(|| fail(format!("ts '{ts}' is not YYYY-MM-DDTHH:MM:SS.ffffffZ")))?;
        let subject = subject
            .map(|s| Uuid::parse_str(s).map_err(|_| fail("subject is not a UUID".into())))
            .transpose()?;
        if !payload.is_object() {
            return Err(fail("payload is not an object".into()));
        }
        check_hex(seq, "prev", &prev)?;
        check_hex(seq, "hash", &hash)?;
        Ok(Event {
            v: EVENT_VERSION,
            seq,
            id,
            ts,
            actor,
            kind,
            subject,
            payload,
            prev,
            hash,
        })
    }
}

/// A UUID exactly as the chain writes it: 36 characters, lowercase, hyphenated. Anything
/// `Uuid::parse_str` would also take (upper case, `{…}`, `urn:uuid:…`, 32 digits) is refused,
/// so no two texts denote the same event.
fn strict_uuid(text: &str) -> Option<Uuid> {
    let id = Uuid::parse_str(text).ok()?;
    (text.len() == 36 && id.hyphenated().encode_lower(&mut Uuid::encode_buffer()) == text)
        .then_some(id)
}

/// Parses one line of an exported journal as the verifiers must (`docs/chain-format.md` §3),
/// naming `seq` (the seq this line must have) in every failure, in this order: the line is
/// JSON (`malformed event: not JSON`); no object in it has a member twice (`duplicate
/// member`); it is an event with the ten members of their types ([`Event::from_value`]); the
/// line is byte-equal to the RFC 8785 text of that event (`not canonical`). A line that
/// passes can only be read one way: the content every tool reads is the content hashed.
pub fn parse_line(line: &str, seq: u64) -> Result<Event, IntegrityError> {
    let fail = |reason| IntegrityError { seq, reason };
    let value: Value = serde_json::from_str(line).map_err(|e| {
        fail(IntegrityReason::Malformed {
            detail: format!("not JSON: {e}"),
        })
    })?;
    if let Some(name) = first_duplicate_member(line) {
        return Err(fail(IntegrityReason::DuplicateMember { name }));
    }
    let ev = Event::from_value(value, seq).map_err(|e| fail(e.reason))?;
    match ev.to_line() {
        Ok(canonical) if canonical == line => Ok(ev),
        _ => Err(fail(IntegrityReason::NotCanonical)),
    }
}

/// The first member name that occurs twice in one object of the JSON text `text` (at any
/// depth), in document order; `None` when there is none (or the text is not JSON).
/// `serde_json` keeps the last of duplicate members silently, other tools the first.
pub fn first_duplicate_member(text: &str) -> Option<String> {
    use serde::de::DeserializeSeed;
    let mut found = None;
    let mut de = serde_json::Deserializer::from_str(text);
    // The error only stops the walk at the first duplicate; `found` says which.
    let _ = DuplicateSeed(&mut found).deserialize(&mut de);
    found
}

/// Walks any JSON value and stops at the first object member whose name was already seen in
/// the same object.
struct DuplicateSeed<'a>(&'a mut Option<String>);

impl<'de> serde::de::DeserializeSeed<'de> for DuplicateSeed<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for DuplicateSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let found = self.0;
        while seq.next_element_seed(DuplicateSeed(&mut *found))?.is_some() {}
        Ok(())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        use serde::de::Error as _;
        let found = self.0;
        let mut names = std::collections::HashSet::new();
        while let Some(name) = map.next_key::<String>()? {
            if names.contains(&name) {
                *found = Some(name);
                return Err(A::Error::custom("duplicate member"));
            }
            map.next_value_seed(DuplicateSeed(&mut *found))?;
            names.insert(name);
        }
        Ok(())
    }
}

fn check_hex(seq: u64, name: &str, h: &str) -> Result<(), IntegrityError> {
    if h.len() != 64
        || !h
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(IntegrityError {
            seq,
            reason: IntegrityReason::Malformed {
                detail: format!("{name} is not 64 lowercase hex digits"),
            },
        });
    }
    Ok(())
}

/// An external anchor to check against: a head hash, optionally with its seq (`SEQ:HASH`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectHead {
    pub seq: Option<u64>,
    pub hash: String,
}

impl ExpectHead {
    /// Parses `HASH` or `SEQ:HASH`.
    pub fn parse(text: &str) -> Option<ExpectHead> {
        let text = text.trim().to_ascii_lowercase();
        let (seq, hash) = match text.split_once(':') {
            Some((s, h)) => (Some(s.parse().ok()?), h.to_string()),
            None => (None, text),
        };
        (hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
            .then_some(ExpectHead { seq, hash })
    }
}

/// The outcome of a successful verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VerifyReport {
    pub events: u64,
    pub head_seq: u64,
    pub head_hash: String,
    /// The root of the Merkle tree over the events' hashes (§8), lowercase hex.
    #[cfg_attr(feature = "ts", ts(skip))]
    pub merkle_root: String,
    /// The size of that tree: the number of events.
    #[cfg_attr(feature = "ts", ts(skip))]
    pub tree_size: u64,
    /// The signed checkpoints in the journal, each checked (§9): signature, size, root, head.
    #[cfg_attr(feature = "ts", ts(skip))]
    pub checkpoints: Vec<crate::checkpoint::CheckedCheckpoint>,
    /// The RFC 3161 timestamp tokens in the journal, each checked offline (§10): signature,
    /// certificate chain to the TSA's trust anchor, imprint of the checkpoint it names.
    #[cfg_attr(feature = "ts", ts(skip))]
    pub timestamps: Vec<crate::timestamp::CheckedTimestamp>,
    /// The URLs of the TSAs configured at the head (§10).
    #[cfg_attr(feature = "ts", ts(skip))]
    pub tsa_urls: Vec<String>,
    /// The redactions found in the journal (checked against the stored values; empty when
    /// only the chain was verified, e.g. an exported journal).
    pub redactions: Vec<Redaction>,
}

/// One `incident.redacted` event as `verify` reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Redaction {
    pub seq: u64,
    pub ts: Ts,
    pub incident: Option<Uuid>,
    /// The events whose personal fields were erased.
    pub events: Vec<u64>,
    /// How many field values were erased.
    pub fields: u64,
    pub reason: String,
    /// The serials of the stored PDFs deleted because they carried the erased texts (empty in
    /// redactions recorded before schema 8 kept them).
    pub reports_deleted: Vec<String>,
}

/// Streaming chain verifier: feed events in order, memory stays constant.
#[derive(Debug)]
pub struct ChainVerifier {
    expected_seq: u64,
    prev_hash: String,
    expect: Option<ExpectHead>,
    anchor_found: bool,
    tree: crate::merkle::Accumulator,
    checkpoints: crate::checkpoint::CheckpointTracker,
}

impl ChainVerifier {
    pub fn new(expect: Option<ExpectHead>) -> Self {
        ChainVerifier {
            expected_seq: 1,
            prev_hash: GENESIS_PREV.to_string(),
            expect,
            anchor_found: false,
            tree: crate::merkle::Accumulator::new(),
            checkpoints: Default::default(),
        }
    }

    /// Checks the next event: seq, prev link and hash.
    pub fn push(&mut self, ev: &Event) -> Result<(), IntegrityError> {
        let fail = |reason| IntegrityError {
            seq: self.expected_seq,
            reason,
        };
        if ev.seq != self.expected_seq {
            return Err(fail(IntegrityReason::SeqGap { found: ev.seq }));
        }
        let computed = ev.compute_hash().map_err(|e| {
            fail(IntegrityReason::Malformed {
                detail: e.to_string(),
            })
        })?;
        if computed != ev.hash {
            return Err(fail(IntegrityReason::HashMismatch));
        }
        if ev.prev != self.prev_hash {
            return Err(fail(IntegrityReason::PrevMismatch));
        }
        if crate::checkpoint::CheckpointTracker::wants(&ev.kind) {
            let (size, root) = (self.tree.size(), self.tree.root());
            self.checkpoints
                .observe(ev, size, &root, &self.prev_hash)
                .map_err(fail)?;
        }
        if !self.tree.push_hex(&ev.hash) {
            return Err(fail(IntegrityReason::HashMismatch));
        }
        if let Some(expect) = &self.expect {
            if expect.hash == ev.hash && expect.seq.is_none_or(|s| s == ev.seq) {
                self.anchor_found = true;
            }
        }
        self.prev_hash.clone_from(&ev.hash);
        self.expected_seq += 1;
        Ok(())
    }

    /// For a caller that has itself checked that `hash` is the hash of the event's canonical
    /// body: accepts the event when its seq and prev link are right, with the same effect as
    /// [`ChainVerifier::push`]. Returns `false` and changes nothing otherwise (then call `push`
    /// with the parsed event to get the exact error). Events of the kinds
    /// [`crate::checkpoint::CheckpointTracker::wants`] must go through `push`.
    pub fn accept_hashed(&mut self, seq: u64, prev: &str, hash: &str) -> bool {
        if seq != self.expected_seq || prev != self.prev_hash || !self.tree.push_hex(hash) {
            return false;
        }
        if let Some(expect) = &self.expect {
            if expect.hash == hash && expect.seq.is_none_or(|s| s == seq) {
                self.anchor_found = true;
            }
        }
        self.prev_hash.clear();
        self.prev_hash.push_str(hash);
        self.expected_seq += 1;
        true
    }

    /// Ends verification: checks the anchor, returns the head.
    pub fn finish(self) -> Result<VerifyReport, IntegrityError> {
        let head_seq = self.expected_seq - 1;
        if let Some(expect) = &self.expect {
            if !self.anchor_found {
                // With a seq we know where the anchor should be: inside the chain it was
                // rebuilt there, beyond it the tail was cut. Without one, the chain ends early.
                let seq = match expect.seq {
                    Some(s) if s <= head_seq => s,
                    _ => head_seq + 1,
                };
                return Err(IntegrityError {
                    seq,
                    reason: IntegrityReason::HeadNotFound {
                        expected: expect.hash.clone(),
                    },
                });
            }
        }
        let tsa_urls = self.checkpoints.tsa_urls();
        Ok(VerifyReport {
            tsa_urls,
            events: head_seq,
            head_seq,
            head_hash: self.prev_hash,
            merkle_root: hex::encode(self.tree.root()),
            tree_size: self.tree.size(),
            checkpoints: self.checkpoints.checked,
            timestamps: self.checkpoints.timestamps,
            redactions: Vec::new(),
        })
    }
}

/// Compares a chain's (seq, hash) pairs with an earlier export of the same journal: every event
/// of the reference must be present with the same hash. Finds the first seq of a chain that was
/// edited and rebuilt by someone holding the key, which the chain alone cannot show. Returns the
/// number of events compared.
pub fn compare_with_reference(
    current: impl Iterator<Item = Result<(u64, String), IntegrityError>>,
    reference: impl BufRead,
) -> Result<u64, IntegrityError> {
    let mut current = current.peekable();
    let mut compared = 0u64;
    // The reference is read by the same rules as a journal (every line canonical, no duplicate
    // members): a reference that other tools could read differently anchors nothing.
    for line in jsonl_events(reference) {
        let ev = line?;
        let differs = IntegrityError {
            seq: ev.seq,
            reason: IntegrityReason::DiffersFromReference,
        };
        match current.next() {
            Some(Ok((s, h))) if s == ev.seq && h == ev.hash => compared += 1,
            Some(Ok(_)) | None => return Err(differs),
            Some(Err(e)) => return Err(e),
        }
    }
    Ok(compared)
}

/// The lines of an exported journal as the verifiers split them: at `\n`, a `\r` before it
/// dropped, empty lines skipped. Each item is (line, the seq it must have); the seq counts
/// the non-empty lines from 1.
fn jsonl_lines(
    mut reader: impl BufRead,
) -> impl Iterator<Item = Result<(String, u64), IntegrityError>> {
    let mut seq = 0u64;
    let mut done = false;
    std::iter::from_fn(move || {
        while !done {
            let mut buf = Vec::new();
            let fail = |seq: u64, detail: String| IntegrityError {
                seq,
                reason: IntegrityReason::Malformed { detail },
            };
            match reader.read_until(b'\n', &mut buf) {
                Err(e) => {
                    done = true;
                    return Some(Err(fail(seq + 1, format!("unreadable line: {e}"))));
                }
                Ok(0) => done = true,
                Ok(_) => {
                    if !strip_terminator(&mut buf) {
                        continue;
                    }
                    seq += 1;
                    return Some(match String::from_utf8(buf) {
                        Ok(line) => Ok((line, seq)),
                        Err(_) => {
                            done = true;
                            Err(fail(
                                seq,
                                "unreadable line: stream did not contain valid UTF-8".into(),
                            ))
                        }
                    });
                }
            }
        }
        None
    })
}

/// Drops the line's `\n` (and a `\r` right before it); `false` for an empty line.
fn strip_terminator(buf: &mut Vec<u8>) -> bool {
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
    !buf.is_empty()
}

/// The events of an exported journal, each line parsed by [`parse_line`], read lazily.
fn jsonl_events(reader: impl BufRead) -> impl Iterator<Item = Result<Event, IntegrityError>> {
    jsonl_lines(reader).map(|l| l.and_then(|(line, seq)| parse_line(&line, seq)))
}

/// The (seq, hash) pairs of an exported journal, read lazily.
pub fn jsonl_hashes(
    reader: impl BufRead,
) -> impl Iterator<Item = Result<(u64, String), IntegrityError>> {
    jsonl_events(reader).map(|e| e.map(|e| (e.seq, e.hash)))
}

/// Verifies an exported journal (one canonical event per line) without any register or key.
///
/// Lines end at `\n` (a `\r` before it is dropped; a lone `\r` is part of the line); empty
/// lines are skipped. Every other line must be the canonical text of its event
/// ([`parse_line`]): a non-canonical line or one with a duplicate member is an integrity
/// failure naming the seq it must have, even when its hash is right (security review M2).
///
/// Each line is first checked on the fast path ([`line_fast_path`]): a line that is exactly the
/// canonical text of an event is hashed as it stands, without building a `Value`. Any other
/// line, and any event the fast path does not accept, is parsed and checked the full way, so
/// the accepted journals and the errors are the same as with parsing alone.
pub fn verify_jsonl(
    reader: impl BufRead,
    expect: Option<ExpectHead>,
) -> Result<VerifyReport, IntegrityError> {
    verify_jsonl_with(reader, expect, |_, _| Ok(()))
}

/// [`verify_jsonl`], calling `accepted(line, hash)` for every event once the chain accepted
/// it (the line is then canonical; `hash` is its hash member). An error from `accepted` ends
/// the verification with that error.
pub fn verify_jsonl_with(
    mut reader: impl BufRead,
    expect: Option<ExpectHead>,
    mut accepted: impl FnMut(&str, &str) -> Result<(), IntegrityError>,
) -> Result<VerifyReport, IntegrityError> {
    let mut verifier = ChainVerifier::new(expect);
    let mut buf = Vec::with_capacity(4096);
    let mut members = Vec::with_capacity(10);
    loop {
        let malformed = |seq: u64, detail: String| IntegrityError {
            seq,
            reason: IntegrityReason::Malformed { detail },
        };
        buf.clear();
        let read = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| malformed(verifier.expected_seq, format!("unreadable line: {e}")))?;
        if read == 0 {
            break;
        }
        if !strip_terminator(&mut buf) {
            continue;
        }
        let line = std::str::from_utf8(&buf).map_err(|_| {
            malformed(
                verifier.expected_seq,
                "unreadable line: stream did not contain valid UTF-8".to_string(),
            )
        })?;
        if let Some((seq, prev, hash)) = line_fast_path(line, &mut members) {
            if verifier.accept_hashed(seq, prev, hash) {
                accepted(line, hash)?;
                continue;
            }
        }
        let ev = parse_line(line, verifier.expected_seq)?;
        verifier.push(&ev)?;
        accepted(line, &ev.hash)?;
    }
    verifier.finish()
}

/// The members of an exported line, in canonical (sorted) order.
const LINE_MEMBERS: [&str; 10] = [
    "actor", "hash", "id", "kind", "payload", "prev", "seq", "subject", "ts", "v",
];

/// Checks one exported line without parsing it into a `Value`. When the line is exactly the
/// canonical text of a well-formed event (what [`Event::to_line`] writes), the canonical body
/// that is hashed is the line without its `"hash":"…",` member, so the line is hashed in two
/// slices. Returns (seq, prev, hash) when that hash matches the `hash` member; `None` means
/// only "take the slow path" (parse the line and check it with [`ChainVerifier::push`]).
fn line_fast_path<'l>(
    line: &'l str,
    members: &mut Vec<canonical::Member>,
) -> Option<(u64, &'l str, &'l str)> {
    use sha2::{Digest, Sha256};
    if !canonical::canonical_members(line, members) || members.len() != LINE_MEMBERS.len() {
        return None;
    }
    if !members
        .iter()
        .zip(LINE_MEMBERS)
        .all(|(m, name)| &line[m.name.clone()] == name)
    {
        return None;
    }
    let value = |i: usize| &line[members[i].value.clone()];
    // A string member's text without its quotes, when it needs no escapes.
    let plain = |i: usize| {
        let v = value(i);
        v.strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .filter(|v| !v.contains('\\'))
    };
    let uuid_ok = |text: &str| {
        text.len() == 36
            && Uuid::parse_str(text)
                .is_ok_and(|u| u.hyphenated().encode_lower(&mut Uuid::encode_buffer()) == text)
    };
    let hex_ok = |text: &str| check_hex(0, "", text).is_ok();
    // The checkpoint kinds are checked by `ChainVerifier::push` (§9).
    if plain(3).is_none_or(crate::checkpoint::CheckpointTracker::wants) {
        return None;
    }
    let (hash, prev) = (plain(1)?, plain(5)?);
    let seq: u64 = value(6).parse().ok()?;
    let subject_ok = value(7) == "null" || plain(7).is_some_and(uuid_ok);
    if !(value(0).starts_with('"')
        && value(3).starts_with('"')
        && value(4).starts_with('{')
        && value(9) == "1"
        && seq > 0
        && hex_ok(hash)
        && hex_ok(prev)
        && subject_ok
        && plain(2).is_some_and(uuid_ok)
        && plain(8).is_some_and(|ts| Ts::parse_canonical(ts).is_some()))
    {
        return None;
    }
    // The hash member and the comma after it: `"hash":"<64 hex>",`.
    let cut_from = members[1].name.start - 1;
    let cut_to = members[1].value.end + 1;
    let mut hasher = Sha256::new();
    hasher.update(&line.as_bytes()[..cut_from]);
    hasher.update(&line.as_bytes()[cut_to..]);
    let mut digest = [0u8; 64];
    hex::encode_to_slice(hasher.finalize(), &mut digest).ok()?;
    (digest[..] == *hash.as_bytes()).then_some((seq, prev, hash))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn chain(n: u64) -> Vec<Event> {
        let mut out: Vec<Event> = Vec::new();
        let ts = Ts::parse("2026-01-01T00:00:00Z").unwrap();
        for i in 0..n {
            let (seq, prev) = out
                .last()
                .map_or((0, GENESIS_PREV.to_string()), |e| (e.seq, e.hash.clone()));
            out.push(
                Event::next(
                    seq,
                    &prev,
                    ts.plus_hours(i as i64),
                    "tester",
                    "note.added",
                    None,
                    json!({"i": i}),
                )
                .unwrap(),
            );
        }
        out
    }

    fn verify(
        events: &[Event],
        expect: Option<ExpectHead>,
    ) -> Result<VerifyReport, IntegrityError> {
        let text: String = events.iter().map(|e| e.to_line().unwrap() + "\n").collect();
        verify_jsonl(text.as_bytes(), expect)
    }

    #[test]
    fn a_clean_chain_verifies() {
        let events = chain(5);
        let report = verify(&events, None).unwrap();
        assert_eq!(report.head_seq, 5);
        assert_eq!(report.head_hash, events[4].hash);
    }

    #[test]
    fn an_edited_payload_is_caught_at_its_seq() {
        let mut events = chain(5);
        events[2].payload = json!({"i": 99});
        assert_eq!(
            verify(&events, None).unwrap_err(),
            IntegrityError {
                seq: 3,
                reason: IntegrityReason::HashMismatch
            }
        );
    }

    #[test]
    fn a_removed_event_is_a_gap_at_the_missing_seq() {
        let mut events = chain(5);
        events.remove(1);
        assert_eq!(
            verify(&events, None).unwrap_err(),
            IntegrityError {
                seq: 2,
                reason: IntegrityReason::SeqGap { found: 3 }
            }
        );
    }

    #[test]
    fn a_rehashed_edit_breaks_the_next_link() {
        let mut events = chain(4);
        events[1].payload = json!({"i": 7});
        events[1].hash = events[1].compute_hash().unwrap();
        assert_eq!(
            verify(&events, None).unwrap_err(),
            IntegrityError {
                seq: 3,
                reason: IntegrityReason::PrevMismatch
            }
        );
    }

    #[test]
    fn a_cut_tail_is_caught_by_the_expected_head() {
        let events = chain(5);
        let head = ExpectHead {
            seq: None,
            hash: events[4].hash.clone(),
        };
        assert!(verify(&events, Some(head.clone())).is_ok());
        let err = verify(&events[..3], Some(head)).unwrap_err();
        assert_eq!(err.seq, 4);
        let with_seq = ExpectHead::parse(&format!("5:{}", events[4].hash)).unwrap();
        assert_eq!(verify(&events[..3], Some(with_seq)).unwrap_err().seq, 4);
    }

    #[test]
    fn body_from_parts_is_byte_identical() {
        let subject = Uuid::now_v7();
        let payload = json!({"z": [1, "a\"b\n"], "a": {"y": null, "b": true}, "\u{e9}": -3});
        for subject in [None, Some(subject)] {
            let ev = Event::next(
                41,
                GENESIS_PREV,
                Ts::now(),
                "ann \"o\" \u{1}",
                "note.added",
                subject,
                payload.clone(),
            )
            .unwrap();
            let mut a = String::new();
            ev.write_canonical_body(&mut a).unwrap();
            let mut b = String::new();
            let text = canonical::to_string(&ev.payload).unwrap();
            Event::write_canonical_body_parts(
                &mut b,
                ev.v,
                ev.seq,
                &ev.id,
                &ev.ts,
                &ev.actor,
                &ev.kind,
                ev.subject.as_ref(),
                &text,
                &ev.prev,
            );
            assert_eq!(a, b);
        }
    }

    #[test]
    fn an_extra_member_is_malformed() {
        let events = chain(1);
        let mut v: Value = serde_json::from_str(&events[0].to_line().unwrap()).unwrap();
        v["extra"] = json!(1);
        assert!(matches!(
            Event::from_value(v, 1).unwrap_err().reason,
            IntegrityReason::Malformed { .. }
        ));
    }

    #[test]
    fn the_line_fast_path_takes_exported_lines_as_they_are() {
        let mut events = chain(3);
        events[1].subject = Some(Uuid::now_v7());
        events[1].actor = "Jörg \"ops\"\n".into();
        events[1].payload =
            json!({"text": "Zoë's laptop", "n": -3, "list": [1, {"b": null, "a": true}]});
        events[1].hash = events[1].compute_hash().unwrap();
        let mut members = Vec::new();
        for ev in &events {
            let line = ev.to_line().unwrap();
            assert_eq!(
                line_fast_path(&line, &mut members),
                Some((ev.seq, ev.prev.as_str(), ev.hash.as_str())),
                "{line}"
            );
        }
    }

    #[test]
    fn a_line_that_is_not_canonical_is_refused_at_its_seq() {
        // Valid JSON of the right event, with the right hash, but with spaces and another
        // member order: the fast path declines and the full check refuses the text (M2).
        let events = chain(2);
        let spaced: Vec<String> = events
            .iter()
            .map(|e| {
                let line = e.to_line().unwrap();
                let v: Value = serde_json::from_str(&line).unwrap();
                let m = v.as_object().unwrap();
                let mut keys: Vec<&String> = m.keys().collect();
                keys.reverse();
                let parts: Vec<String> = keys
                    .iter()
                    .map(|k| format!("{:?} : {}", k, m[*k]))
                    .collect();
                format!("{{ {} }}", parts.join(" , "))
            })
            .collect();
        let mut members = Vec::new();
        assert_eq!(line_fast_path(&spaced[0], &mut members), None);
        let text = format!("{}\n{}\n", events[0].to_line().unwrap(), spaced[1]);
        assert_eq!(
            verify_jsonl(text.as_bytes(), None).unwrap_err(),
            IntegrityError {
                seq: 2,
                reason: IntegrityReason::NotCanonical
            }
        );
    }

    #[test]
    fn a_decoy_member_before_the_real_one_is_refused_at_its_seq() {
        // The review's M2 attack: a decoy payload in front of the real one; serde_json keeps
        // the last (hashed) one, SQLite's json_extract reads the decoy. The hash is right.
        let events = chain(3);
        let line = events[1].to_line().unwrap().replacen(
            "\"payload\":",
            "\"payload\":{\"i\":99},\"payload\":",
            1,
        );
        let text = format!(
            "{}\n{line}\n{}\n",
            events[0].to_line().unwrap(),
            events[2].to_line().unwrap()
        );
        let head = ExpectHead::parse(&format!("3:{}", events[2].hash)).unwrap();
        assert_eq!(
            verify_jsonl(text.as_bytes(), Some(head)).unwrap_err(),
            IntegrityError {
                seq: 2,
                reason: IntegrityReason::DuplicateMember {
                    name: "payload".into()
                }
            }
        );
        assert_eq!(
            first_duplicate_member(r#"{"a":[{"b":1,"c":{"d":1,"d":2}}],"e":1}"#),
            Some("d".into())
        );
        assert_eq!(first_duplicate_member(r#"{"a":{"b":1},"b":{"a":2}}"#), None);
    }

    #[test]
    fn a_reference_export_is_read_by_the_same_rules() {
        let events = chain(2);
        let good: String = events.iter().map(|e| e.to_line().unwrap() + "\n").collect();
        let current = || jsonl_hashes(good.as_bytes());
        assert_eq!(
            compare_with_reference(current(), good.as_bytes()).unwrap(),
            2
        );
        let decoy = good.replacen("\"payload\":", "\"payload\":{},\"payload\":", 1);
        let err = compare_with_reference(current(), decoy.as_bytes()).unwrap_err();
        assert_eq!(err.seq, 1);
        assert!(matches!(
            err.reason,
            IntegrityReason::DuplicateMember { .. }
        ));
    }

    #[test]
    fn another_spelling_of_the_id_is_refused() {
        // A body hashed with the canonical (lowercase) id, exported with an upper-case one:
        // `Uuid::parse_str` reads both as the same id, so the hash matched; now it is malformed.
        let ev = &chain(1)[0];
        let line = ev.to_line().unwrap();
        for other in [
            ev.id.to_string().to_uppercase(),
            format!("urn:uuid:{}", ev.id),
            format!("{{{}}}", ev.id),
            ev.id.simple().to_string(),
        ] {
            let forged = line.replace(&ev.id.to_string(), &other);
            let mut members = Vec::new();
            assert_eq!(line_fast_path(&forged, &mut members), None);
            let err = verify_jsonl(forged.as_bytes(), None).unwrap_err();
            assert_eq!(err.seq, 1);
            assert!(
                matches!(&err.reason, IntegrityReason::Malformed { detail } if detail.contains("UUID")),
                "{other}: {err:?}"
            );
        }
    }

    #[test]
    fn crlf_and_blank_lines_read_as_before() {
        let events = chain(3);
        let text: String = events
            .iter()
            .map(|e| e.to_line().unwrap() + "\r\n\n")
            .collect();
        assert_eq!(verify_jsonl(text.as_bytes(), None).unwrap().head_seq, 3);
        let bad = b"\xff\n";
        assert!(matches!(
            verify_jsonl(&bad[..], None).unwrap_err().reason,
            IntegrityReason::Malformed { .. }
        ));
    }
}
