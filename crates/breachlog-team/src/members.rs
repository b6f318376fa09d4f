//! Invitations and joining (`team invite`, `team join`; `docs/team.md`).
//!
//! An invitation code is `BLT1-` and the base32 of a 16-byte id and a 32-byte secret. The server
//! keeps, under the id, the team's keys (its data keys by epoch and the signing key) sealed with
//! XChaCha20-Poly1305 under HKDF-SHA256(secret): it never sees the secret, so the code alone
//! opens the keys, once — the joiner marks it used in the transaction that adds them.

use std::collections::BTreeMap;
use std::path::Path;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use data_encoding::{BASE32_NOPAD, BASE64};
use hkdf::Hkdf;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use zeroize::Zeroizing;

use breachlog_core::register::{ReplicaInit, TeamState};
use breachlog_core::{Error, Reason, Register, Result};

use crate::envelope::DataKey;
use crate::slots::{self, MemberKey};
use crate::{pull_with, push_with, slot_context, state_of, Server};

const CODE_PREFIX: &str = "BLT1-";
const INFO: &[u8] = b"breachlog-team-invite/1";

/// What an invitation carries (sealed under its secret).
#[derive(Serialize, Deserialize)]
struct Keys {
    team_id: String,
    register_id: String,
    data_keys: BTreeMap<u32, String>,
    signing_seed: String,
    /// The invitee's own database role and its password.
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    password: Option<String>,
}

impl Drop for Keys {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        self.signing_seed.zeroize();
        if let Some(p) = self.password.as_mut() {
            p.zeroize();
        }
        for k in self.data_keys.values_mut() {
            k.zeroize();
        }
    }
}

fn invite_cipher(id: &[u8], secret: &[u8]) -> XChaCha20Poly1305 {
    let hk = Hkdf::<Sha256>::new(Some(id), secret);
    let mut k = Zeroizing::new([0u8; 32]);
    let _ = hk.expand(INFO, k.as_mut());
    XChaCha20Poly1305::new(k.as_ref().into())
}

fn aad(id: &str) -> Vec<u8> {
    let mut a = INFO.to_vec();
    a.push(0);
    a.extend_from_slice(id.as_bytes());
    a
}

/// Splits an invitation code into (id as text, id bytes, secret).
fn parse_code(code: &str) -> Option<(String, Vec<u8>, Zeroizing<Vec<u8>>)> {
    let body: String = code
        .trim()
        .strip_prefix(CODE_PREFIX)?
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_uppercase();
    let bytes = Zeroizing::new(BASE32_NOPAD.decode(body.as_bytes()).ok()?);
    if bytes.len() != 48 {
        return None;
    }
    let id = bytes[..16].to_vec();
    Some((hex_lower(&id), id, Zeroizing::new(bytes[16..].to_vec())))
}

fn hex_lower(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// What `team invite` made.
#[derive(Debug, Clone, Serialize)]
pub struct Invited {
    /// The one-time code to give the invitee (by a channel other than the server).
    pub code: String,
    pub invite_id: String,
    pub name: String,
    pub email: String,
}

/// Makes a one-time invitation: the team's keys sealed under a new secret on the server, and
/// `team.member_invited` journalled (then sent with the register's other new events).
pub fn invite(reg: &mut Register, name: &str, email: &str) -> Result<Invited> {
    let state = state_of(reg)?;
    let mut server = Server::connect(&state.server)?;
    let seed = reg
        .signing_seed()?
        .ok_or_else(|| Error::Data("the register has no signing key".into()))?;
    // Validate the invitee first: nothing is created on the server for a refused invitation.
    breachlog_core::register::team::check_invitee(name, email)?;
    let (role, password) = server.create_member_role()?;
    let keys = Keys {
        team_id: state.team_id.clone(),
        register_id: reg.register_id().to_string(),
        data_keys: state.data_keys.clone(),
        signing_seed: BASE64.encode(seed.as_ref()),
        role: Some(role),
        password: Some(password),
    };
    let plain = Zeroizing::new(serde_json::to_vec(&keys).map_err(|e| Error::Data(e.to_string()))?);
    let mut raw = Zeroizing::new([0u8; 48]);
    rand::rngs::OsRng.fill_bytes(raw.as_mut());
    let (id_bytes, secret) = raw.split_at(16);
    let id = hex_lower(id_bytes);
    let mut nonce = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let ct = invite_cipher(id_bytes, secret)
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &plain,
                aad: &aad(&id),
            },
        )
        .map_err(|_| Error::Data("invitation".into()))?;
    let mut wrapped = nonce.to_vec();
    wrapped.extend_from_slice(&ct);
    // The journal entry first checks the name and address; the row only then goes out.
    reg.record_member_invited(&id, name, email)?;
    server.put_invitation(&id, &wrapped)?;
    // Best effort: the invitation event is sent now when nobody else wrote meanwhile, else
    // with the next sync.
    let _ = pull_with(reg, &mut server).and_then(|_| push_with(reg, &mut server));
    Ok(Invited {
        code: format!("{CODE_PREFIX}{}", BASE32_NOPAD.encode(raw.as_ref())),
        invite_id: id,
        name: name.trim().to_string(),
        email: email.trim().to_string(),
    })
}

/// What `team join` did.
#[derive(Debug, Clone, Serialize)]
pub struct Joined {
    pub register: String,
    pub server: String,
    pub member: String,
    pub events: u64,
    pub head_seq: u64,
    pub head_hash: String,
    /// The new replica's own recovery key (shown once).
    pub recovery_key: String,
}

/// Builds a local encrypted replica at `path` (its own passphrase, data key and recovery key)
/// from the team server, with invitation `code`, as member `actor`: every event pulled,
/// opened, re-hashed and projected; then `team.member_joined` is journalled and sent.
/// On any failure the replica's files are removed; the invitation stays usable unless the
/// server recorded its use.
pub fn join(
    path: &Path,
    url: &str,
    code: &str,
    passphrase: Zeroizing<String>,
    actor: &str,
) -> Result<Joined> {
    let (id, id_bytes, secret) =
        parse_code(code).ok_or_else(|| Error::invalid("invite", Reason::NotAnId))?;
    let mut server = Server::connect(url)?;
    let unknown = || Error::invalid("invite", Reason::UnknownId);
    let wrapped = server.invitation(&id)?.ok_or_else(unknown)?;
    if wrapped.len() < 24 {
        return Err(unknown());
    }
    let plain = Zeroizing::new(
        invite_cipher(&id_bytes, &secret)
            .decrypt(
                XNonce::from_slice(&wrapped[..24]),
                Payload {
                    msg: &wrapped[24..],
                    aad: &aad(&id),
                },
            )
            .map_err(|_| unknown())?,
    );
    let keys: Keys = serde_json::from_slice(&plain).map_err(|_| unknown())?;
    let seed_bytes = Zeroizing::new(
        BASE64
            .decode(keys.signing_seed.as_bytes())
            .map_err(|_| unknown())?,
    );
    let seed: [u8; 32] = seed_bytes.as_slice().try_into().map_err(|_| unknown())?;
    let register_id = keys.register_id.parse().map_err(|_| unknown())?;
    // From now on the member logs in with their own role (when the invitation made one).
    let member_url = match (&keys.role, &keys.password) {
        (Some(role), Some(password)) => format!(
            "postgres://{role}:{password}@{}{}",
            server.label(),
            crate::server::tls_query(url)
        ),
        _ => url.to_string(),
    };
    let mut server = Server::connect(&member_url)?;
    let me = MemberKey::generate();
    let state = TeamState {
        team_id: keys.team_id.clone(),
        server: member_url.clone(),
        member: actor.to_string(),
        member_secret: me.secret_b64().to_string(),
        data_keys: keys.data_keys.clone(),
        synced_seq: 0,
    };
    let (mut reg, recovery) = Register::create_replica(
        path,
        ReplicaInit {
            register_id,
            signing_seed: Zeroizing::new(seed),
            passphrase,
            actor: actor.to_string(),
            state,
        },
    )?;
    let accepted = (|| -> Result<()> {
        let mut slots_out = Vec::new();
        for (epoch, b64) in &keys.data_keys {
            let key = DataKey::from_b64(b64).ok_or_else(unknown)?;
            slots_out.push((
                *epoch,
                slots::wrap(
                    &key,
                    &me.public(),
                    &slot_context(&keys.team_id, *epoch, actor),
                )?,
            ));
        }
        if !server.accept_invitation(
            &id,
            actor,
            &me.public_b64(),
            keys.role.as_deref(),
            &slots_out,
        )? {
            return Err(Error::invalid("invite", Reason::UnknownId));
        }
        Ok(())
    })();
    if let Err(e) = accepted {
        drop(reg);
        breachlog_core::register::team::remove_replica_files(path);
        return Err(e);
    }
    // From here the server knows this member: a failure leaves the replica, which the next
    // `breachlog sync` fills.
    let pulled = pull_with(&mut reg, &mut server)?;
    reg.record_member_joined(&id, &me.public_b64())?;
    let pushed = push_with(&mut reg, &mut server)?;
    Ok(Joined {
        register: path.display().to_string(),
        server: server.label().to_string(),
        member: actor.to_string(),
        events: pulled,
        head_seq: pushed.head_seq,
        head_hash: pushed.head_hash,
        recovery_key: recovery.to_string(),
    })
}

/// What `team remove` did.
#[derive(Debug, Clone, Serialize)]
pub struct Removed {
    pub member: String,
    /// The key epoch events are sealed under from now on.
    pub epoch: u32,
    /// The members the new key was wrapped for.
    pub members: Vec<String>,
}

/// Removes a member (`team remove`): their database role stops logging in and loses its
/// grants, their open sessions end; a new data key (the next epoch) is wrapped for every other
/// member, so nothing written from now on opens with the keys the removed member held;
/// `team.member_removed` is journalled and sent.
pub fn remove(reg: &mut Register, member: &str) -> Result<Removed> {
    let state = state_of(reg)?;
    if member == state.member {
        return Err(Error::invalid(
            "member",
            Reason::UnknownValue {
                allowed: "another member's actor id".into(),
            },
        ));
    }
    let mut server = Server::connect(&state.server)?;
    if !server.revoke_member(member)? {
        return Err(Error::NotFound {
            entity: "member",
            id: member.to_string(),
        });
    }
    let (_, server_max) = server.epochs(&state.member)?;
    let local_max = state.data_keys.keys().next_back().copied().unwrap_or(0);
    let epoch = server_max.unwrap_or(0).max(local_max) + 1;
    let key = DataKey::generate();
    let mut wrapped = Vec::new();
    let mut names = Vec::new();
    for (actor, public) in server.active_members()? {
        let public = slots::public_from_b64(&public)
            .ok_or_else(|| Error::Data(format!("the public key of member {actor}")))?;
        wrapped.push((
            actor.clone(),
            slots::wrap(&key, &public, &slot_context(&state.team_id, epoch, &actor))?,
        ));
        names.push(actor);
    }
    server.put_slots(epoch, &wrapped)?;
    reg.record_member_removed(member, epoch, &key.to_b64())?;
    let _ = pull_with(reg, &mut server).and_then(|_| push_with(reg, &mut server));
    Ok(Removed {
        member: member.to_string(),
        epoch,
        members: names,
    })
}
