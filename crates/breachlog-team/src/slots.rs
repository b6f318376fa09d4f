//! Members' key slots, age-style (`docs/team.md`): a slot wraps the team's data key for one
//! member's X25519 public key — an ephemeral X25519 key agreement, HKDF-SHA256 over the shared
//! secret (salted with both public keys), XChaCha20-Poly1305 over the data key with the slot's
//! context (team, epoch, member) as associated data. The server stores slots; only the member's
//! private key, kept in their own encrypted register, opens theirs.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use data_encoding::BASE64;
use hkdf::Hkdf;
use rand::RngCore;
use sha2::Sha256;
use x25519_dalek::{EphemeralSecret, PublicKey, StaticSecret};
use zeroize::Zeroizing;

use crate::envelope::DataKey;
use crate::TeamError;

const VERSION: u8 = 1;
const INFO: &[u8] = b"breachlog-team-slot/1";

/// A member's X25519 key pair.
pub struct MemberKey(StaticSecret);

impl std::fmt::Debug for MemberKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MemberKey({})", self.public_b64())
    }
}

impl MemberKey {
    pub fn generate() -> MemberKey {
        MemberKey(StaticSecret::random_from_rng(rand::rngs::OsRng))
    }

    pub fn from_b64(text: &str) -> Option<MemberKey> {
        let bytes = Zeroizing::new(BASE64.decode(text.as_bytes()).ok()?);
        let arr: [u8; 32] = bytes.as_slice().try_into().ok()?;
        Some(MemberKey(StaticSecret::from(arr)))
    }

    pub fn secret_b64(&self) -> Zeroizing<String> {
        Zeroizing::new(BASE64.encode(self.0.as_bytes()))
    }

    pub fn public(&self) -> PublicKey {
        PublicKey::from(&self.0)
    }

    pub fn public_b64(&self) -> String {
        BASE64.encode(self.public().as_bytes())
    }
}

/// The public key of a member, from base64.
pub fn public_from_b64(text: &str) -> Option<PublicKey> {
    let bytes = BASE64.decode(text.as_bytes()).ok()?;
    let arr: [u8; 32] = bytes.as_slice().try_into().ok()?;
    Some(PublicKey::from(arr))
}

fn wrap_key(shared: &[u8; 32], eph: &PublicKey, recipient: &PublicKey) -> Zeroizing<[u8; 32]> {
    let mut salt = Vec::with_capacity(64);
    salt.extend_from_slice(eph.as_bytes());
    salt.extend_from_slice(recipient.as_bytes());
    let hk = Hkdf::<Sha256>::new(Some(&salt), shared);
    let mut okm = Zeroizing::new([0u8; 32]);
    // 32 bytes is always a valid HKDF-SHA256 output length.
    let _ = hk.expand(INFO, okm.as_mut());
    okm
}

/// Wraps `key` for `recipient`; `context` (team, epoch, member) must be given again to open it.
pub fn wrap(key: &DataKey, recipient: &PublicKey, context: &str) -> Result<Vec<u8>, TeamError> {
    let eph = EphemeralSecret::random_from_rng(rand::rngs::OsRng);
    let eph_public = PublicKey::from(&eph);
    let shared = eph.diffie_hellman(recipient);
    if !shared.was_contributory() {
        return Err(TeamError::Crypto(
            "a member's public key is a low-order point".into(),
        ));
    }
    let k = wrap_key(shared.as_bytes(), &eph_public, recipient);
    let cipher = XChaCha20Poly1305::new(k.as_ref().into());
    let mut nonce = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let ct = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: key.as_bytes(),
                aad: context.as_bytes(),
            },
        )
        .map_err(|_| TeamError::Crypto("key slot".into()))?;
    let mut out = vec![VERSION];
    out.extend_from_slice(eph_public.as_bytes());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    Ok(out)
}

/// Opens a slot [`wrap`] made for this member with the same `context`.
pub fn unwrap(member: &MemberKey, slot: &[u8], context: &str) -> Option<DataKey> {
    if slot.len() != 1 + 32 + 24 + 32 + 16 || slot[0] != VERSION {
        return None;
    }
    let eph: [u8; 32] = slot[1..33].try_into().ok()?;
    let eph = PublicKey::from(eph);
    let shared = member.0.diffie_hellman(&eph);
    if !shared.was_contributory() {
        return None;
    }
    let k = wrap_key(shared.as_bytes(), &eph, &member.public());
    let cipher = XChaCha20Poly1305::new(k.as_ref().into());
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                XNonce::from_slice(&slot[33..57]),
                Payload {
                    msg: &slot[57..],
                    aad: context.as_bytes(),
                },
            )
            .ok()?,
    );
    DataKey::from_bytes(&plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slot_opens_only_for_its_member_and_context() {
        let alice = MemberKey::generate();
        let bob = MemberKey::generate();
        let key = DataKey::generate();
        let slot = wrap(&key, &alice.public(), "team/1/alice").unwrap();
        let opened = unwrap(&alice, &slot, "team/1/alice").unwrap();
        assert_eq!(opened.as_bytes(), key.as_bytes());
        assert!(unwrap(&bob, &slot, "team/1/alice").is_none());
        assert!(unwrap(&alice, &slot, "team/2/alice").is_none());
        let mut bad = slot.clone();
        bad[40] ^= 1;
        assert!(unwrap(&alice, &bad, "team/1/alice").is_none());
        let again = MemberKey::from_b64(&alice.secret_b64()).unwrap();
        assert_eq!(again.public_b64(), alice.public_b64());
        assert!(wrap(&key, &PublicKey::from([0u8; 32]), "x").is_err());
    }
}
