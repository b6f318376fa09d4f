//! The team's data keys and the envelope an event's secret part travels in (`docs/team.md`):
//! XChaCha20-Poly1305 under the data key of the event's key epoch, a random 192-bit nonce, and
//! the event's id and hash as associated data — so a ciphertext moved to another row, or a row
//! whose hash was edited, does not open.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use data_encoding::BASE64;
use rand::RngCore;
use zeroize::Zeroizing;

use crate::TeamError;

/// The envelope's format version (its first byte).
const VERSION: u8 = 1;
const NONCE_LEN: usize = 24;

/// A team data key (256 bits).
pub struct DataKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(…)")
    }
}

impl DataKey {
    /// A new random key.
    pub fn generate() -> DataKey {
        let mut k = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(k.as_mut());
        DataKey(k)
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<DataKey> {
        let arr: [u8; 32] = bytes.try_into().ok()?;
        Some(DataKey(Zeroizing::new(arr)))
    }

    pub fn from_b64(text: &str) -> Option<DataKey> {
        let bytes = Zeroizing::new(BASE64.decode(text.as_bytes()).ok()?);
        DataKey::from_bytes(&bytes)
    }

    pub fn to_b64(&self) -> Zeroizing<String> {
        Zeroizing::new(BASE64.encode(self.0.as_ref()))
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

fn aad(id: &str, hash: &str) -> Vec<u8> {
    let mut a = b"breachlog-team-event/1\0".to_vec();
    a.extend_from_slice(id.as_bytes());
    a.push(0);
    a.extend_from_slice(hash.as_bytes());
    a
}

/// Seals `plaintext` (an event's payload and sealed values) for the row of event `id` / `hash`.
pub fn seal(key: &DataKey, id: &str, hash: &str, plaintext: &[u8]) -> Result<Vec<u8>, TeamError> {
    let cipher = XChaCha20Poly1305::new(key.0.as_ref().into());
    let mut nonce = [0u8; NONCE_LEN];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let aad = aad(id, hash);
    let ct = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plaintext,
                aad: &aad,
            },
        )
        .map_err(|_| TeamError::Crypto("event envelope".into()))?;
    let mut out = Vec::with_capacity(1 + NONCE_LEN + ct.len());
    out.push(VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    Ok(out)
}

/// Opens what [`seal`] made for the same `id` and `hash`; `None` when the key is not the one it
/// was sealed under, or the envelope, the id or the hash were changed.
pub fn open(key: &DataKey, id: &str, hash: &str, sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    if sealed.len() < 1 + NONCE_LEN + 16 || sealed[0] != VERSION {
        return None;
    }
    let cipher = XChaCha20Poly1305::new(key.0.as_ref().into());
    let aad = aad(id, hash);
    cipher
        .decrypt(
            XNonce::from_slice(&sealed[1..1 + NONCE_LEN]),
            Payload {
                msg: &sealed[1 + NONCE_LEN..],
                aad: &aad,
            },
        )
        .ok()
        .map(Zeroizing::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_envelope_opens_only_with_its_key_id_and_hash() {
        let key = DataKey::generate();
        let sealed = seal(&key, "id-1", "ab", b"secret payload").unwrap();
        assert!(!sealed
            .windows(b"secret".len())
            .any(|w| w == b"secret".as_slice()));
        assert_eq!(
            open(&key, "id-1", "ab", &sealed).unwrap().as_slice(),
            b"secret payload"
        );
        assert!(open(&DataKey::generate(), "id-1", "ab", &sealed).is_none());
        assert!(open(&key, "id-2", "ab", &sealed).is_none());
        assert!(open(&key, "id-1", "ac", &sealed).is_none());
        let mut flipped = sealed.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(open(&key, "id-1", "ab", &flipped).is_none());
        assert!(open(&key, "id-1", "ab", &sealed[..20]).is_none());
        let b64 = key.to_b64();
        assert_eq!(DataKey::from_b64(&b64).unwrap().as_bytes(), key.as_bytes());
    }
}
