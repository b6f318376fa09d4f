//! Signed checkpoints (`docs/chain-format.md` §9): the journal's Merkle tree size and root (§8)
//! and its chain head, in the C2SP `tlog-checkpoint` text format, signed as a C2SP `signed-note`
//! with the register's Ed25519 signing key.
//!
//! ```text
//! breachlog.register/<register id>
//! <tree size>
//! <base64 root hash>
//! head <seq> <hex hash of the event at seq = tree size>
//!
//! — breachlog.register/<register id> <base64(key hash (4 bytes) || Ed25519 signature (64 bytes))>
//! ```
//!
//! The signature covers the text up to and including the newline before the blank line. The key
//! hash is the first 4 bytes of SHA-256(key name || 0x0A || 0x01 || public key). The key name is
//! the origin. Every file read here may be hostile: its size, line count and line length are
//! bounded before anything else is looked at.

use data_encoding::BASE64;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::merkle::Hash;

/// The origin (and key name) of a register's checkpoints.
pub const ORIGIN_PREFIX: &str = "breachlog.register/";
/// The signature type byte of Ed25519 in the key hash (C2SP signed-note).
pub const ED25519_TYPE: u8 = 0x01;
/// The largest checkpoint text accepted.
pub const MAX_BYTES: usize = 64 * 1024;
/// The most lines accepted (four body lines, the blank line, up to 100 signatures).
pub const MAX_LINES: usize = 110;
/// The longest line accepted, in bytes.
pub const MAX_LINE: usize = 1024;
/// The em dash and space that start a signature line.
const SIG_PREFIX: &str = "\u{2014} ";

/// Why a checkpoint text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckpointError {
    /// The text does not follow the format (the detail says where).
    #[error("not a signed checkpoint: {0}")]
    Malformed(String),
    /// No signature line of the expected key (name and key hash).
    #[error("no signature by the register's published key")]
    UnknownKey,
    /// The expected key's signature does not verify over the text.
    #[error("the signature does not verify")]
    BadSignature,
}

fn malformed(detail: impl Into<String>) -> CheckpointError {
    CheckpointError::Malformed(detail.into())
}

/// The origin of the register `register_id`.
pub fn origin(register_id: &str) -> String {
    format!("{ORIGIN_PREFIX}{register_id}")
}

/// The C2SP key hash of an Ed25519 key: SHA-256(name || 0x0A || 0x01 || public key)[..4].
pub fn key_hash(name: &str, public: &[u8; 32]) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update([b'\n', ED25519_TYPE]);
    h.update(public);
    let d = h.finalize();
    [d[0], d[1], d[2], d[3]]
}

/// What a checkpoint states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    /// The tree size: the number of events covered.
    pub size: u64,
    pub root: Hash,
    /// The hash of the event with seq = `size` (the chain head it covers), lowercase hex.
    pub head_hash: String,
}

impl Checkpoint {
    /// The signed text: origin, size, base64 root, the `head` extension line.
    pub fn body(&self) -> String {
        format!(
            "{}\n{}\n{}\nhead {} {}\n",
            self.origin,
            self.size,
            BASE64.encode(&self.root),
            self.size,
            self.head_hash
        )
    }

    /// The signed note: the body, a blank line and one signature line by `key` named after the
    /// origin.
    pub fn sign(&self, key: &SigningKey) -> String {
        let body = self.body();
        let sig = key.sign(body.as_bytes());
        let mut blob = Vec::with_capacity(68);
        blob.extend_from_slice(&key_hash(&self.origin, key.verifying_key().as_bytes()));
        blob.extend_from_slice(&sig.to_bytes());
        format!(
            "{body}\n{SIG_PREFIX}{} {}\n",
            self.origin,
            BASE64.encode(&blob)
        )
    }
}

/// One signature line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteSignature {
    pub name: String,
    pub key_hash: [u8; 4],
    /// The signature bytes after the key hash (64 for Ed25519).
    pub signature: Vec<u8>,
}

/// A parsed signed checkpoint (signatures not yet checked: see [`SignedCheckpoint::verify`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedCheckpoint {
    pub checkpoint: Checkpoint,
    /// The signed text (through the newline before the blank line).
    pub body: String,
    pub signatures: Vec<NoteSignature>,
}

fn hex64(text: &str) -> bool {
    text.len() == 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Parses a signed checkpoint, bounded: at most [`MAX_BYTES`], [`MAX_LINES`] lines of at most
/// [`MAX_LINE`] bytes, every line ending with a newline.
pub fn parse(text: &[u8]) -> Result<SignedCheckpoint, CheckpointError> {
    if text.len() > MAX_BYTES {
        return Err(malformed(format!("larger than {MAX_BYTES} bytes")));
    }
    let text = std::str::from_utf8(text).map_err(|_| malformed("not UTF-8"))?;
    if !text.ends_with('\n') {
        return Err(malformed("the last line does not end with a newline"));
    }
    let lines: Vec<&str> = text[..text.len() - 1].split('\n').collect();
    if lines.len() > MAX_LINES {
        return Err(malformed(format!("more than {MAX_LINES} lines")));
    }
    if let Some(n) = lines.iter().position(|l| l.len() > MAX_LINE) {
        return Err(malformed(format!(
            "line {} is longer than {MAX_LINE} bytes",
            n + 1
        )));
    }
    if let Some(n) = lines.iter().position(|l| l.chars().any(|c| c.is_control())) {
        return Err(malformed(format!("line {} has a control character", n + 1)));
    }
    let blank = lines
        .iter()
        .position(|l| l.is_empty())
        .ok_or_else(|| malformed("no blank line before the signatures"))?;
    let (body_lines, sig_lines) = (&lines[..blank], &lines[blank + 1..]);
    let [origin, size, root, head] = body_lines else {
        return Err(malformed(
            "the text must have four lines: origin, tree size, root hash, head",
        ));
    };
    if !origin.starts_with(ORIGIN_PREFIX) || origin.contains(' ') || origin.contains('+') {
        return Err(malformed("the origin is not breachlog.register/<id>"));
    }
    let size_ok = !size.is_empty()
        && size.bytes().all(|b| b.is_ascii_digit())
        && (size.len() == 1 || !size.starts_with('0'));
    let size: u64 = size
        .parse()
        .ok()
        .filter(|_| size_ok)
        .ok_or_else(|| malformed("the tree size is not a decimal number"))?;
    let root: Hash = BASE64
        .decode(root.as_bytes())
        .ok()
        .and_then(|r| r.try_into().ok())
        .ok_or_else(|| malformed("the root hash is not 32 bytes in base64"))?;
    let head_parts: Vec<&str> = head.split(' ').collect();
    let head_hash = match head_parts.as_slice() {
        ["head", seq, hash] if *seq == size.to_string() && hex64(hash) => hash.to_string(),
        _ => {
            return Err(malformed(
                "the extension line is not `head <tree size> <64 hex digits>`",
            ))
        }
    };
    if sig_lines.is_empty() {
        return Err(malformed("no signature line"));
    }
    let mut signatures = Vec::with_capacity(sig_lines.len());
    for line in sig_lines {
        let rest = line
            .strip_prefix(SIG_PREFIX)
            .ok_or_else(|| malformed("a signature line does not start with an em dash"))?;
        let (name, blob) = rest
            .split_once(' ')
            .ok_or_else(|| malformed("a signature line has no key name and signature"))?;
        let blob = BASE64
            .decode(blob.as_bytes())
            .map_err(|_| malformed("a signature is not base64"))?;
        if name.is_empty() || blob.len() < 5 {
            return Err(malformed("a signature line is too short"));
        }
        signatures.push(NoteSignature {
            name: name.to_string(),
            key_hash: [blob[0], blob[1], blob[2], blob[3]],
            signature: blob[4..].to_vec(),
        });
    }
    let body_len: usize = body_lines.iter().map(|l| l.len() + 1).sum();
    Ok(SignedCheckpoint {
        checkpoint: Checkpoint {
            origin: origin.to_string(),
            size,
            root,
            head_hash,
        },
        body: text[..body_len].to_string(),
        signatures,
    })
}

impl SignedCheckpoint {
    /// Checks the signature of the key `public` named after the checkpoint's origin: the first
    /// signature line with that name and key hash decides (as in C2SP signed-note).
    pub fn verify(&self, public: &[u8; 32]) -> Result<(), CheckpointError> {
        let name = &self.checkpoint.origin;
        let hash = key_hash(name, public);
        let sig = self
            .signatures
            .iter()
            .find(|s| &s.name == name && s.key_hash == hash)
            .ok_or(CheckpointError::UnknownKey)?;
        let key = VerifyingKey::from_bytes(public).map_err(|_| CheckpointError::BadSignature)?;
        let sig: [u8; 64] = sig
            .signature
            .as_slice()
            .try_into()
            .map_err(|_| CheckpointError::BadSignature)?;
        key.verify_strict(self.body.as_bytes(), &Signature::from_bytes(&sig))
            .map_err(|_| CheckpointError::BadSignature)
    }
}

/// A public key as published in `key.signing_published` (base64 of its 32 bytes).
pub fn parse_public_key(text: &str) -> Option<[u8; 32]> {
    let bytes: [u8; 32] = BASE64.decode(text.as_bytes()).ok()?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()?;
    Some(bytes)
}

/// The base64 text of a public key (as published).
pub fn public_key_text(key: &SigningKey) -> String {
    BASE64.encode(key.verifying_key().as_bytes())
}

/// A journalled checkpoint that `verify` checked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CheckedCheckpoint {
    /// The seq of its `checkpoint.signed` event.
    pub seq: u64,
    /// The journal size it covers (the events before it).
    pub size: u64,
    /// Its Merkle root, lowercase hex.
    pub root: String,
    pub reason: String,
}

/// Follows the events `verify` checks for signed checkpoints: the register's origin from
/// `register.created`, the keys of `key.signing_published`, and checks every
/// `checkpoint.signed` against the journal before it.
#[derive(Debug, Default)]
pub struct CheckpointTracker {
    origin: Option<String>,
    keys: Vec<[u8; 32]>,
    pub checked: Vec<CheckedCheckpoint>,
    /// Each checked checkpoint's imprint (SHA-256 of its note, §10), by its seq.
    imprints: std::collections::HashMap<u64, [u8; 32]>,
    /// The TSAs configured so far: url, trust anchor (DER), its SHA-256.
    tsas: Vec<(String, Vec<u8>, String)>,
    /// The timestamp tokens checked (§10).
    pub timestamps: Vec<crate::timestamp::CheckedTimestamp>,
}

impl CheckpointTracker {
    /// Whether events of `kind` must be shown to [`CheckpointTracker::observe`].
    pub fn wants(kind: &str) -> bool {
        matches!(
            kind,
            crate::kind::REGISTER_CREATED
                | crate::kind::KEY_SIGNING_PUBLISHED
                | crate::kind::CHECKPOINT_SIGNED
                | crate::kind::TSA_ADDED
                | crate::kind::TSA_REMOVED
                | crate::kind::TIMESTAMP_RECORDED
        )
    }

    /// The URLs of the TSAs configured so far (§10).
    pub fn tsa_urls(&self) -> Vec<String> {
        self.tsas.iter().map(|(u, _, _)| u.clone()).collect()
    }

    /// The keys published so far.
    pub fn keys(&self) -> &[[u8; 32]] {
        &self.keys
    }

    /// Takes in `ev`, the event after the journal of `size` events with Merkle root `root` and
    /// chain head `head` (lowercase hex).
    pub fn observe(
        &mut self,
        ev: &crate::Event,
        size: u64,
        root: &Hash,
        head: &str,
    ) -> Result<(), breachlog_model::error::IntegrityReason> {
        use breachlog_model::error::IntegrityReason as R;
        let text = |name: &str| ev.payload.get(name).and_then(|v| v.as_str()).unwrap_or("");
        let bad = |detail: &str| R::CheckpointMalformed {
            detail: detail.to_string(),
        };
        match ev.kind.as_str() {
            crate::kind::REGISTER_CREATED => {
                self.origin = Some(origin(text("register_id")));
            }
            crate::kind::KEY_SIGNING_PUBLISHED => {
                let public = parse_public_key(text("public_key"))
                    .ok_or_else(|| bad("the published key is not an Ed25519 public key"))?;
                let name = text("key_name");
                if text("algorithm") != "ed25519" {
                    return Err(bad("the published key is not of the algorithm ed25519"));
                }
                if self.origin.as_deref().is_some_and(|o| o != name) {
                    return Err(R::CheckpointMismatch {
                        field: "key_name".into(),
                    });
                }
                if text("key_hash") != hex::encode(key_hash(name, &public)) {
                    return Err(bad("the published key hash is not the key's"));
                }
                self.keys.push(public);
            }
            crate::kind::CHECKPOINT_SIGNED => {
                let note = parse(text("note").as_bytes()).map_err(|e| match e {
                    CheckpointError::Malformed(d) => R::CheckpointMalformed { detail: d },
                    CheckpointError::UnknownKey => R::CheckpointKeyUnknown,
                    CheckpointError::BadSignature => R::CheckpointSignature,
                })?;
                verify_with_any(&note, &self.keys)?;
                let cp = &note.checkpoint;
                let field = if self.origin.as_deref().is_some_and(|o| o != cp.origin) {
                    Some("origin")
                } else if cp.size != size {
                    Some("size")
                } else if &cp.root != root {
                    Some("root")
                } else if cp.head_hash != head {
                    Some("head")
                } else {
                    None
                };
                if let Some(f) = field {
                    return Err(R::CheckpointMismatch { field: f.into() });
                }
                self.checked.push(CheckedCheckpoint {
                    seq: ev.seq,
                    size,
                    root: hex::encode(root),
                    reason: text("reason").to_string(),
                });
                self.imprints
                    .insert(ev.seq, crate::timestamp::imprint(text("note")));
            }
            crate::kind::TSA_ADDED => {
                let der =
                    BASE64
                        .decode(text("ca").as_bytes())
                        .map_err(|_| R::TimestampMalformed {
                            detail: "the trust anchor is not base64".into(),
                        })?;
                let (_, sha) = crate::timestamp::parse_anchor(&der)?;
                if sha != text("ca_sha256") {
                    return Err(R::TimestampMismatch {
                        field: "ca_sha256".into(),
                    });
                }
                let url = text("url").to_string();
                self.tsas.retain(|(u, _, _)| *u != url);
                self.tsas.push((url, der, sha));
            }
            crate::kind::TSA_REMOVED => {
                let url = text("url");
                self.tsas.retain(|(u, _, _)| u != url);
            }
            crate::kind::TIMESTAMP_RECORDED => {
                let checked = self.check_timestamp(ev)?;
                self.timestamps.push(checked);
            }
            _ => {}
        }
        Ok(())
    }
}

impl CheckpointTracker {
    /// Checks a `timestamp.recorded` event offline (§10): its token against the trust anchor its
    /// TSA had then, over the checkpoint it names, and its members against the token.
    fn check_timestamp(
        &self,
        ev: &crate::Event,
    ) -> Result<crate::timestamp::CheckedTimestamp, breachlog_model::error::IntegrityReason> {
        use breachlog_model::error::IntegrityReason as R;
        let text = |name: &str| ev.payload.get(name).and_then(|v| v.as_str()).unwrap_or("");
        let b64 = |t: &str| {
            BASE64
                .decode(t.as_bytes())
                .map_err(|_| R::TimestampMalformed {
                    detail: "not base64".into(),
                })
        };
        let cp = ev
            .payload
            .get("checkpoint_seq")
            .and_then(|v| v.as_u64())
            .unwrap_or(0);
        let imprint = self
            .imprints
            .get(&cp)
            .ok_or(R::TimestampCheckpointUnknown { seq: cp })?;
        let url = text("tsa_url");
        let (_, anchor, ca_sha256) = self
            .tsas
            .iter()
            .find(|(u, _, _)| u == url)
            .ok_or_else(|| R::TimestampTsaUnknown { url: url.into() })?;
        let token = b64(text("token"))?;
        let certificates = ev
            .payload
            .get("certificates")
            .and_then(|v| v.as_array())
            .map(|a| a.iter().map(|c| b64(c.as_str().unwrap_or(""))).collect())
            .transpose()?
            .unwrap_or_else(Vec::new);
        let info = crate::timestamp::verify_token(&token, &certificates, anchor, imprint)?;
        let field = if text("imprint") != hex::encode(imprint) {
            Some("imprint")
        } else if text("serial") != info.serial {
            Some("serial")
        } else if text("gen_time") != info.gen_time.to_string() {
            Some("gen_time")
        } else if certificates != info.certificates {
            Some("certificates")
        } else {
            None
        };
        if let Some(f) = field {
            return Err(R::TimestampMismatch { field: f.into() });
        }
        Ok(crate::timestamp::CheckedTimestamp {
            seq: ev.seq,
            checkpoint_seq: cp,
            tsa_url: url.to_string(),
            tsa_subject: info.tsa_subject,
            ca_sha256: ca_sha256.clone(),
            gen_time: info.gen_time,
            serial: info.serial,
        })
    }
}

/// Checks `note` against every key in `keys`: one valid signature by any of them is enough; a
/// signature line of one of them that does not verify refuses the note.
pub fn verify_with_any(
    note: &SignedCheckpoint,
    keys: &[[u8; 32]],
) -> Result<(), breachlog_model::error::IntegrityReason> {
    use breachlog_model::error::IntegrityReason as R;
    let mut found = false;
    for k in keys {
        match note.verify(k) {
            Ok(()) => return Ok(()),
            Err(CheckpointError::BadSignature) => found = true,
            Err(_) => {}
        }
    }
    Err(if found {
        R::CheckpointSignature
    } else {
        R::CheckpointKeyUnknown
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn sample() -> Checkpoint {
        Checkpoint {
            origin: origin("0190a5f0-0000-7000-8000-000000000001"),
            size: 5,
            root: [7u8; 32],
            head_hash: "ab".repeat(32),
        }
    }

    #[test]
    fn a_signed_checkpoint_parses_back_and_verifies() {
        let k = key(1);
        let text = sample().sign(&k);
        let parsed = parse(text.as_bytes()).unwrap();
        assert_eq!(parsed.checkpoint, sample());
        assert_eq!(parsed.body, sample().body());
        parsed.verify(k.verifying_key().as_bytes()).unwrap();
        // The layout of C2SP tlog-checkpoint / signed-note.
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "breachlog.register/0190a5f0-0000-7000-8000-000000000001"
        );
        assert_eq!(lines[1], "5");
        assert_eq!(lines[2], BASE64.encode(&[7u8; 32]));
        assert_eq!(lines[4], "");
        assert!(lines[5].starts_with("\u{2014} breachlog.register/"));
    }

    #[test]
    fn a_tampered_text_a_wrong_key_and_a_bad_layout_are_refused() {
        let k = key(1);
        let text = sample().sign(&k);
        let tampered = text
            .replacen("\n5\n", "\n6\n", 1)
            .replacen("head 5", "head 6", 1);
        assert_eq!(
            parse(tampered.as_bytes())
                .unwrap()
                .verify(k.verifying_key().as_bytes()),
            Err(CheckpointError::BadSignature)
        );
        let other = key(2);
        assert_eq!(
            parse(text.as_bytes())
                .unwrap()
                .verify(other.verifying_key().as_bytes()),
            Err(CheckpointError::UnknownKey)
        );
        for bad in [
            text.replace('\u{2014}', "-"),
            text.trim_end().to_string(),
            text.replacen("\n\n", "\n", 1),
            text.replacen("\n5\n", "\n05\n", 1),
            format!("{}{}", "x".repeat(MAX_BYTES), text),
            text.replacen("head 5", "head 4", 1),
        ] {
            assert!(
                matches!(parse(bad.as_bytes()), Err(CheckpointError::Malformed(_))),
                "{bad:?}"
            );
        }
        let long = text.replacen(
            "breachlog.register/",
            &format!("breachlog.register/{}", "a".repeat(MAX_LINE)),
            1,
        );
        assert!(
            matches!(parse(long.as_bytes()), Err(CheckpointError::Malformed(d)) if d.contains("longer"))
        );
    }

    /// An independent vector: the example key and signed note of Go's `golang.org/x/mod/sumdb/note`
    /// documentation (verifier key `PeterNeumann+c74f20a3+ARpc…`): its key hash and signature.
    #[test]
    fn the_go_sumdb_note_example_verifies() {
        let vkey = BASE64
            .decode(b"ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
            .unwrap();
        assert_eq!(vkey[0], ED25519_TYPE);
        let public: [u8; 32] = vkey[1..].try_into().unwrap();
        assert_eq!(hex::encode(key_hash("PeterNeumann", &public)), "c74f20a3");
        let body = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
        let blob = BASE64
            .decode(b"x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=")
            .unwrap();
        assert_eq!(hex::encode(&blob[..4]), "c74f20a3");
        let sig: [u8; 64] = blob[4..].try_into().unwrap();
        VerifyingKey::from_bytes(&public)
            .unwrap()
            .verify_strict(body.as_bytes(), &Signature::from_bytes(&sig))
            .unwrap();
    }
}
