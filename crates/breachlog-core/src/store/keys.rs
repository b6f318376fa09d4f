//! Key management. A random 256-bit data key encrypts the register (SQLCipher raw key). It is
//! stored only wrapped (XChaCha20-Poly1305) in the key file beside the register: by a key derived
//! from the passphrase (Argon2id), by the recovery key (HKDF-SHA256), and optionally in the OS
//! keyring (Secret Service, Keychain, Credential Manager). Key material is zeroised on drop.

use std::fs;
use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use data_encoding::{BASE32_NOPAD, BASE64};
use hkdf::Hkdf;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use uuid::Uuid;
use zeroize::{Zeroize, Zeroizing};

use super::lock::FailedUnlocks;
pub use super::paths::{key_file_path, sidecar, staged_paths, swapped_wal_path};
use crate::error::{Error, Reason, Result};

/// Shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE: usize = 12;
const KEYRING_SERVICE: &str = "breachlog";
const RECOVERY_BYTES: usize = 20;

/// The 256-bit data key. Zeroised on drop.
pub struct DataKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl DataKey {
    pub fn generate() -> Self {
        let mut k = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(k.as_mut());
        DataKey(k)
    }

    /// A copy of this key (the copy is zeroised on drop too).
    pub fn from_bytes(bytes: &[u8; 32]) -> Self {
        DataKey(Zeroizing::new(*bytes))
    }

    fn from_slice(bytes: &[u8]) -> Option<Self> {
        let arr: [u8; 32] = bytes.try_into().ok()?;
        Some(DataKey(Zeroizing::new(arr)))
    }

    /// The SQLCipher `PRAGMA key` value: a raw key literal `x'…'`.
    pub fn sqlcipher_literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("\"x'{}'\"", hex::encode(self.0.as_ref())))
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

/// Argon2id cost parameters, stored with the salt so they can be raised later.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct KdfParams {
    pub alg: String,
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
    pub salt: String,
}

/// One wrapped copy of the data key.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Wrapped {
    pub nonce: String,
    pub ciphertext: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PassphraseSlot {
    pub kdf: KdfParams,
    pub wrapped: Wrapped,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RecoverySlot {
    pub salt: String,
    pub wrapped: Wrapped,
}

/// The register's Ed25519 signing key for checkpoints (`docs/chain-format.md` §9), wrapped
/// (XChaCha20-Poly1305) with a key derived from the data key (HKDF-SHA256), so every way to the
/// data key (passphrase, recovery key, keyring) also opens it. Key files of version 1 have none;
/// one is added at the first unlock.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SigningSlot {
    pub algorithm: String,
    /// The public key, base64 (as published in `key.signing_published`).
    pub public_key: String,
    pub wrapped: Wrapped,
}

/// The key file format this version writes: 2 added the signing key slot; version 1 files open
/// and get one at the first unlock.
pub const KEY_FILE_VERSION: u32 = 2;

/// The key file (`<register>.keys`): no secrets in clear, only wrapped keys and parameters.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct KeyFile {
    pub format: String,
    pub version: u32,
    pub register_id: Uuid,
    #[serde(default)]
    pub passphrase: Option<PassphraseSlot>,
    pub recovery: RecoverySlot,
    /// The data key is also stored in the OS keyring under this register id.
    #[serde(default)]
    pub keyring: bool,
    #[serde(default)]
    pub failed_unlocks: FailedUnlocks,
    /// A random id of this key file's keyring entry (see [`KeyFile::keyring_name`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyring_generation: Option<String>,
    /// Whether the user has shown that they hold the current recovery key (typed it back). Key
    /// files of earlier versions did not record it and count as unconfirmed.
    #[serde(default)]
    pub recovery_confirmed: bool,
    /// The register's signing key (version 2; absent in version 1 files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing: Option<SigningSlot>,
}

impl KeyFile {
    /// Creates the key slots for a new data key. Returns the file and the recovery key text.
    pub fn create(
        register_id: Uuid,
        key: &DataKey,
        passphrase: Option<&str>,
    ) -> Result<(KeyFile, Zeroizing<String>)> {
        let passphrase = match passphrase {
            Some(p) => Some(passphrase_slot(register_id, key, p)?),
            None => None,
        };
        let mut recovery_raw = Zeroizing::new([0u8; RECOVERY_BYTES]);
        rand::rngs::OsRng.fill_bytes(recovery_raw.as_mut());
        let recovery_text = Zeroizing::new(format_recovery(recovery_raw.as_ref()));
        let salt = random_b64::<16>();
        let kek = recovery_kek(recovery_raw.as_ref(), &salt)?;
        let wrapped = wrap(&kek, key, &aad(register_id, "recovery"))?;
        let file = KeyFile {
            format: "breachlog-keys".into(),
            version: KEY_FILE_VERSION,
            register_id,
            passphrase,
            recovery: RecoverySlot { salt, wrapped },
            keyring: false,
            failed_unlocks: FailedUnlocks::default(),
            keyring_generation: Some(random_hex::<8>()),
            recovery_confirmed: false,
            signing: None,
        };
        Ok((file, recovery_text))
    }

    pub fn load(path: &Path) -> Result<KeyFile> {
        let text = fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        serde_json::from_str(&text).map_err(|e| Error::KeyFileDamaged {
            path: path.into(),
            detail: e.to_string(),
        })
    }

    /// Writes the key file atomically (a private, uniquely named temporary file in the same
    /// directory, fsync, rename). Callers hold the register's [`crate::store::lock::KeyLock`].
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(|e| Error::Data(e.to_string()))?;
        super::files::write_atomic(path, text.as_bytes())
    }

    /// The name of this key file's OS keyring entry: the register id for key files written
    /// before key-file generations, else the register id and this key file's generation, so a
    /// rotation stores its new key beside the old one and a copy of the register restored
    /// elsewhere keeps an entry of its own once either is rotated.
    pub fn keyring_name(&self) -> String {
        match &self.keyring_generation {
            Some(g) => format!("{}.{g}", self.register_id),
            None => self.register_id.to_string(),
        }
    }

    /// Gives this key file a new keyring generation, so its keyring entry is its own: a restored
    /// copy must not share the entry of the register it was copied from (security review L3),
    /// or removing the keyring from one deletes the other's key.
    pub fn renew_keyring_generation(&mut self) {
        self.keyring_generation = Some(random_hex::<8>());
    }

    pub fn has_passphrase(&self) -> bool {
        self.passphrase.is_some()
    }

    /// Unwraps the data key with the passphrase. A wrong passphrase is [`Error::WrongKey`].
    pub fn unlock_passphrase(&self, passphrase: &str) -> Result<DataKey> {
        let slot = self.passphrase.as_ref().ok_or(Error::NoKey)?;
        let kek = passphrase_kek(passphrase, &slot.kdf)?;
        unwrap(&kek, &slot.wrapped, &aad(self.register_id, "passphrase"))
    }

    /// Unwraps the data key with the recovery key text (dashes and case are ignored).
    pub fn unlock_recovery(&self, recovery: &str) -> Result<DataKey> {
        let raw = parse_recovery(recovery).ok_or(Error::WrongKey)?;
        let kek = recovery_kek(&raw, &self.recovery.salt)?;
        unwrap(
            &kek,
            &self.recovery.wrapped,
            &aad(self.register_id, "recovery"),
        )
    }

    /// Creates the register's signing key and stores it wrapped under `data_key` (the file
    /// becomes version 2). Returns the key.
    pub fn add_signing_key(&mut self, data_key: &DataKey) -> Result<ed25519_dalek::SigningKey> {
        let seed = DataKey::generate();
        let signing = ed25519_dalek::SigningKey::from_bytes(seed.bytes());
        self.store_signing(data_key, &seed, &signing)?;
        Ok(signing)
    }

    /// Stores a given signing key (a team's, shared with a replica: `docs/team.md`) wrapped
    /// under `data_key`. Returns the key.
    pub fn set_signing_seed(
        &mut self,
        data_key: &DataKey,
        seed: &[u8; 32],
    ) -> Result<ed25519_dalek::SigningKey> {
        let seed = DataKey::from_bytes(seed);
        let signing = ed25519_dalek::SigningKey::from_bytes(seed.bytes());
        self.store_signing(data_key, &seed, &signing)?;
        Ok(signing)
    }

    fn store_signing(
        &mut self,
        data_key: &DataKey,
        seed: &DataKey,
        signing: &ed25519_dalek::SigningKey,
    ) -> Result<()> {
        let kek = signing_kek(data_key)?;
        let wrapped = wrap(&kek, seed, &aad(self.register_id, "signing"))?;
        self.signing = Some(SigningSlot {
            algorithm: "ed25519".into(),
            public_key: crate::checkpoint::public_key_text(signing),
            wrapped,
        });
        self.version = self.version.max(KEY_FILE_VERSION);
        Ok(())
    }

    /// The register's signing key, unwrapped with the data key (`None` in a version 1 file).
    /// A slot that does not open, or whose key is not its public key, is a damaged key file.
    pub fn signing_key(&self, data_key: &DataKey) -> Result<Option<ed25519_dalek::SigningKey>> {
        let Some(slot) = &self.signing else {
            return Ok(None);
        };
        let damaged = |detail: &str| Error::Data(format!("signing key: {detail}"));
        let kek = signing_kek(data_key)?;
        let seed = unwrap(&kek, &slot.wrapped, &aad(self.register_id, "signing"))
            .map_err(|_| damaged("the slot does not open with the data key"))?;
        let key = ed25519_dalek::SigningKey::from_bytes(seed.bytes());
        if crate::checkpoint::public_key_text(&key) != slot.public_key {
            return Err(damaged("the wrapped key is not the published public key"));
        }
        Ok(Some(key))
    }

    /// Wraps the signing key again under a new data key (key rotation).
    pub fn rewrap_signing(&mut self, old: &DataKey, new: &DataKey) -> Result<()> {
        if let Some(key) = self.signing_key(old)? {
            let seed = DataKey::from_bytes(&key.to_bytes());
            self.store_signing(new, &seed, &key)?;
        }
        Ok(())
    }

    /// Sets (or replaces) the passphrase slot for `key`.
    pub fn set_passphrase(&mut self, key: &DataKey, passphrase: &str) -> Result<()> {
        self.passphrase = Some(passphrase_slot(self.register_id, key, passphrase)?);
        Ok(())
    }
}

/// Swaps a staged register and key file in (restore, key rotation). The database is renamed
/// first; its staged key file follows. A crash in between is finished by [`finish_pending_swap`].
/// The current database must not be open in any process (the caller holds the register
/// exclusively). Its WAL may still hold commits the database file lacks (a writer that crashed
/// leaves them there): it is moved aside, not deleted, so a swap interrupted before the
/// database is renamed gives it back and the register is exactly as it was.
pub fn swap_in_staged(db: &Path) -> Result<()> {
    let (staged_db, staged_keys) = staged_paths(db);
    let wal = sidecar(db, "-wal");
    let aside = swapped_wal_path(db);
    if wal.exists() {
        fs::rename(&wal, &aside).map_err(|e| Error::io(&wal, e))?;
        sync_dir(db);
    }
    // The shared-memory index is rebuilt from the WAL by the next open.
    let shm = sidecar(db, "-shm");
    if shm.exists() {
        fs::remove_file(&shm).map_err(|e| Error::io(&shm, e))?;
    }
    crate::fault::point("swap-before-db-rename");
    fs::rename(&staged_db, db).map_err(|e| Error::io(db, e))?;
    sync_dir(db);
    crate::fault::point("swap-between-renames");
    fs::rename(&staged_keys, key_file_path(db)).map_err(|e| Error::io(db, e))?;
    sync_dir(db);
    remove_swapped_wal(db)
}

/// Completes or abandons an interrupted swap: a staged key file without a staged database means
/// the database was already swapped in (finish); a staged database means it was not (drop the
/// staged files and give the register its WAL back). Callers hold the register's locks.
pub fn finish_pending_swap(db: &Path) -> Result<()> {
    let (staged_db, staged_keys) = staged_paths(db);
    match (staged_db.exists(), staged_keys.exists()) {
        (false, true) => {
            fs::rename(&staged_keys, key_file_path(db)).map_err(|e| Error::io(db, e))?;
            sync_dir(db);
        }
        (true, _) => {
            let wal = sidecar(db, "-wal");
            let aside = swapped_wal_path(db);
            if aside.exists() && !wal.exists() {
                fs::rename(&aside, &wal).map_err(|e| Error::io(&wal, e))?;
                sync_dir(db);
            }
            let _ = fs::remove_file(&staged_db);
            let _ = fs::remove_file(&staged_keys);
        }
        (false, false) => {}
    }
    remove_swapped_wal(db)
}

/// Deletes the temporary files of key-file writes that never finished (a process stopped between
/// writing one and renaming it in, see [`super::files::AtomicFile`]): they hold key slots that
/// were never in effect. Callers hold the register's key lock, under which every key file is
/// written, so none of them is being written now. Best effort.
pub fn remove_abandoned_key_file_writes(key_path: &Path) {
    let (Some(dir), Some(name)) = (key_path.parent(), key_path.file_name()) else {
        return;
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    // `AtomicFile` names them `.<name>.<6 random alphanumerics>.partial` (the staged key file
    // of a swap: `.<name>.next.<6>.partial`); nothing else, an export named after the key file
    // included, has exactly that shape.
    let random = |r: &str| r.len() == 6 && r.bytes().all(|b| b.is_ascii_alphanumeric());
    for entry in entries.flatten() {
        let n = entry.file_name().to_string_lossy().into_owned();
        let middle = n
            .strip_prefix(prefix.as_str())
            .and_then(|rest| rest.strip_suffix(".partial"));
        let ours = middle.is_some_and(|m| random(m) || m.strip_prefix("next.").is_some_and(random));
        if ours {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Deletes the WAL of a database that was swapped out (encrypted with its key; nothing reads it).
fn remove_swapped_wal(db: &Path) -> Result<()> {
    let aside = swapped_wal_path(db);
    match fs::remove_file(&aside) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(&aside, e)),
    }
}

fn sync_dir(path: &Path) {
    super::files::sync_dir(path)
}

/// Refuses passphrases shorter than [`MIN_PASSPHRASE`] characters.
pub fn check_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.chars().count() < MIN_PASSPHRASE {
        return Err(Error::invalid("passphrase", Reason::WeakPassphrase));
    }
    Ok(())
}

fn passphrase_slot(register_id: Uuid, key: &DataKey, passphrase: &str) -> Result<PassphraseSlot> {
    check_passphrase(passphrase)?;
    let kdf = KdfParams {
        alg: "argon2id".into(),
        m_kib: KDF_DEFAULT.0,
        t: KDF_DEFAULT.1,
        p: KDF_DEFAULT.2,
        salt: random_b64::<16>(),
    };
    let kek = passphrase_kek(passphrase, &kdf)?;
    let wrapped = wrap(&kek, key, &aad(register_id, "passphrase"))?;
    Ok(PassphraseSlot { kdf, wrapped })
}

/// The Argon2id parameters this version writes, which are also the lowest it accepts: a key
/// file with weaker ones was edited (a downgrade), one with far larger ones would exhaust memory
/// or time at every unlock.
pub const KDF_DEFAULT: (u32, u32, u32) = (64 * 1024, 3, 1);
/// The largest accepted parameters: 1 GiB of memory, 10 passes, 8 lanes.
pub const KDF_MAX: (u32, u32, u32) = (1024 * 1024, 10, 8);

fn check_kdf(kdf: &KdfParams) -> Result<()> {
    let (m, t, p) = (kdf.m_kib, kdf.t, kdf.p);
    let within = |v: u32, lo: u32, hi: u32| (lo..=hi).contains(&v);
    if kdf.alg != "argon2id"
        || !within(m, KDF_DEFAULT.0, KDF_MAX.0)
        || !within(t, KDF_DEFAULT.1, KDF_MAX.1)
        || !within(p, KDF_DEFAULT.2, KDF_MAX.2)
    {
        return Err(Error::invalid("key_file", Reason::KdfOutOfBounds));
    }
    Ok(())
}

fn passphrase_kek(passphrase: &str, kdf: &KdfParams) -> Result<Zeroizing<[u8; 32]>> {
    check_kdf(kdf)?;
    let salt = BASE64
        .decode(kdf.salt.as_bytes())
        .map_err(|e| Error::Data(e.to_string()))?;
    let params =
        Params::new(kdf.m_kib, kdf.t, kdf.p, Some(32)).map_err(|e| Error::Data(e.to_string()))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), &salt, out.as_mut())
        .map_err(|e| Error::Data(e.to_string()))?;
    Ok(out)
}

fn recovery_kek(raw: &[u8], salt_b64: &str) -> Result<Zeroizing<[u8; 32]>> {
    let salt = BASE64
        .decode(salt_b64.as_bytes())
        .map_err(|e| Error::Data(e.to_string()))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Hkdf::<Sha256>::new(Some(&salt), raw)
        .expand(b"breachlog recovery key v1", out.as_mut())
        .map_err(|e| Error::Data(e.to_string()))?;
    Ok(out)
}

fn signing_kek(data_key: &DataKey) -> Result<Zeroizing<[u8; 32]>> {
    let mut out = Zeroizing::new([0u8; 32]);
    Hkdf::<Sha256>::new(None, data_key.bytes())
        .expand(b"breachlog signing key v1", out.as_mut())
        .map_err(|e| Error::Data(e.to_string()))?;
    Ok(out)
}

fn aad(register_id: Uuid, slot: &str) -> Vec<u8> {
    format!("breachlog-keys/v1/{register_id}/{slot}").into_bytes()
}

fn wrap(kek: &[u8; 32], key: &DataKey, aad: &[u8]) -> Result<Wrapped> {
    let cipher = XChaCha20Poly1305::new(kek.into());
    let mut nonce = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let ct = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: key.bytes(),
                aad,
            },
        )
        .map_err(|_| Error::Data("key wrapping failed".into()))?;
    Ok(Wrapped {
        nonce: BASE64.encode(&nonce),
        ciphertext: BASE64.encode(&ct),
    })
}

fn unwrap(kek: &[u8; 32], wrapped: &Wrapped, aad: &[u8]) -> Result<DataKey> {
    let nonce = BASE64
        .decode(wrapped.nonce.as_bytes())
        .map_err(|e| Error::Data(e.to_string()))?;
    let ct = BASE64
        .decode(wrapped.ciphertext.as_bytes())
        .map_err(|e| Error::Data(e.to_string()))?;
    if nonce.len() != 24 {
        return Err(Error::Data("bad nonce length".into()));
    }
    let cipher = XChaCha20Poly1305::new(kek.into());
    let mut plain = cipher
        .decrypt(XNonce::from_slice(&nonce), Payload { msg: &ct, aad })
        .map_err(|_| Error::WrongKey)?;
    let key = DataKey::from_slice(&plain);
    plain.zeroize();
    key.ok_or_else(|| Error::Data("bad data key length".into()))
}

fn random_hex<const N: usize>() -> String {
    let mut b = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut b);
    hex::encode(b)
}

fn random_b64<const N: usize>() -> String {
    let mut b = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut b);
    BASE64.encode(&b)
}

/// `ABCD-EFGH-…`: base32 in groups of four.
fn format_recovery(raw: &[u8]) -> String {
    let text = BASE32_NOPAD.encode(raw);
    text.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

fn parse_recovery(text: &str) -> Option<Zeroizing<Vec<u8>>> {
    let clean: String = text
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase();
    let raw = BASE32_NOPAD.decode(clean.as_bytes()).ok()?;
    (raw.len() == RECOVERY_BYTES).then(|| Zeroizing::new(raw))
}

// ---- OS keyring -------------------------------------------------------------------------

fn keyring_entry(name: &str) -> Result<keyring::Entry> {
    keyring::Entry::new(KEYRING_SERVICE, name).map_err(|e| Error::Keyring(e.to_string()))
}

/// Stores the data key in the OS keyring under `name` ([`KeyFile::keyring_name`]) and reads it
/// back through a fresh entry, so a keyring that silently keeps nothing (locked collection,
/// mock store) is detected.
pub fn keyring_store(name: &str, key: &DataKey) -> Result<()> {
    let secret = Zeroizing::new(hex::encode(key.bytes()));
    keyring_entry(name)?
        .set_password(&secret)
        .map_err(|e| Error::Keyring(e.to_string()))?;
    let back = keyring_load(name)?;
    if back.bytes() != key.bytes() {
        return Err(Error::Keyring("the keyring did not keep the key".into()));
    }
    Ok(())
}

/// Reads the data key from the OS keyring entry `name`.
pub fn keyring_load(name: &str) -> Result<DataKey> {
    let secret = Zeroizing::new(keyring_entry(name)?.get_password().map_err(|e| match e {
        keyring::Error::NoEntry => Error::NoKey,
        other => Error::Keyring(other.to_string()),
    })?);
    let raw = Zeroizing::new(
        hex::decode(secret.as_bytes())
            .map_err(|_| Error::Keyring("damaged keyring entry".into()))?,
    );
    DataKey::from_slice(&raw).ok_or_else(|| Error::Keyring("damaged keyring entry".into()))
}

/// Removes the keyring entry `name` (missing entries are fine).
pub fn keyring_delete(name: &str) -> Result<()> {
    match keyring_entry(name)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(Error::Keyring(e.to_string())),
    }
}

/// The failed unlock attempts of the register at `db`, read without taking the lock (for
/// showing the remaining delay on the unlock screen). Key files of earlier versions kept the
/// count themselves; the larger count counts, as at unlock.
pub fn read_attempts(db: &Path) -> FailedUnlocks {
    let recorded = match std::fs::File::open(super::paths::key_lock_path(db)) {
        Ok(f) => super::lock::read_attempts_from(&f),
        Err(_) => FailedUnlocks::default(),
    };
    match KeyFile::load(&key_file_path(db)) {
        Ok(kf) if kf.failed_unlocks.count > recorded.count => kf.failed_unlocks,
        _ => recorded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files of a register mid-swap, by content: `db`, `keys`, `wal` of the register in
    /// place and `next`, `keys.next` staged, `aside` the WAL moved aside.
    fn swap_dir(files: &[(&str, &str)]) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("r.db");
        for (suffix, content) in files {
            let mut n = std::ffi::OsString::from("r.db");
            n.push(suffix);
            fs::write(dir.path().join(n), content).unwrap();
        }
        (dir, db)
    }

    fn content(db: &Path, suffix: &str) -> Option<String> {
        let mut n = db.file_name().unwrap().to_os_string();
        n.push(suffix);
        fs::read_to_string(db.with_file_name(n)).ok()
    }

    /// Stopped before the database rename: the staged files are dropped and the register gets
    /// its WAL back (it may hold commits the database file lacks).
    #[test]
    fn a_swap_that_did_not_reach_the_database_is_abandoned_and_the_wal_given_back() {
        let (_d, db) = swap_dir(&[
            ("", "old db"),
            (".keys", "old keys"),
            (".next", "new db"),
            (".keys.next", "new keys"),
            (".wal.swapped", "old wal"),
        ]);
        finish_pending_swap(&db).unwrap();
        assert_eq!(content(&db, "").as_deref(), Some("old db"));
        assert_eq!(content(&db, ".keys").as_deref(), Some("old keys"));
        assert_eq!(content(&db, "-wal").as_deref(), Some("old wal"));
        for gone in [".next", ".keys.next", ".wal.swapped"] {
            assert_eq!(content(&db, gone), None, "{gone}");
        }
    }

    /// Stopped between the two renames: the staged key file follows the database, and the
    /// replaced database's WAL (encrypted with the old key) is deleted.
    #[test]
    fn a_swap_that_renamed_the_database_is_finished_with_its_key_file() {
        let (_d, db) = swap_dir(&[
            ("", "new db"),
            (".keys", "old keys"),
            (".keys.next", "new keys"),
            (".wal.swapped", "old wal"),
        ]);
        finish_pending_swap(&db).unwrap();
        assert_eq!(content(&db, "").as_deref(), Some("new db"));
        assert_eq!(content(&db, ".keys").as_deref(), Some("new keys"));
        for gone in ["-wal", ".keys.next", ".wal.swapped"] {
            assert_eq!(content(&db, gone), None, "{gone}");
        }
    }

    /// The temporary files of key-file writes that never finished go; files that only look
    /// alike stay.
    #[test]
    fn abandoned_key_file_writes_are_removed_and_nothing_else() {
        let (d, db) = swap_dir(&[("", "db"), (".keys", "keys")]);
        let dir = d.path();
        for n in [
            ".r.db.keys.Ab3xY9.partial",
            ".r.db.keys.next.Qw12Er.partial",
        ] {
            fs::write(dir.join(n), "slot").unwrap();
        }
        let keep = [
            ".r.db.keys.pdf.Ab3xY9.partial",
            ".r.db.keys.toolongname.partial",
            ".other.keys.Ab3xY9.partial",
            "r.db.keys.Ab3xY9.partial",
        ];
        for n in keep {
            fs::write(dir.join(n), "x").unwrap();
        }
        remove_abandoned_key_file_writes(&key_file_path(&db));
        let mut left: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let mut expected: Vec<String> = keep.iter().map(|s| s.to_string()).collect();
        expected.extend(["r.db".to_string(), "r.db.keys".to_string()]);
        expected.sort();
        assert_eq!(left, expected);
    }

    /// No swap in progress: nothing changes, a WAL of the register's own included.
    #[test]
    fn without_a_swap_in_progress_nothing_changes() {
        let (_d, db) = swap_dir(&[("", "db"), (".keys", "keys"), ("-wal", "wal")]);
        finish_pending_swap(&db).unwrap();
        assert_eq!(content(&db, "").as_deref(), Some("db"));
        assert_eq!(content(&db, ".keys").as_deref(), Some("keys"));
        assert_eq!(content(&db, "-wal").as_deref(), Some("wal"));
    }

    /// A full swap moves the old WAL aside and deletes it at the end: the new database never
    /// sees a WAL written with the old key.
    #[test]
    fn a_full_swap_leaves_the_new_files_and_no_old_wal() {
        let (_d, db) = swap_dir(&[
            ("", "old db"),
            (".keys", "old keys"),
            ("-wal", "old wal"),
            ("-shm", "old shm"),
            (".next", "new db"),
            (".keys.next", "new keys"),
        ]);
        swap_in_staged(&db).unwrap();
        assert_eq!(content(&db, "").as_deref(), Some("new db"));
        assert_eq!(content(&db, ".keys").as_deref(), Some("new keys"));
        for gone in ["-wal", "-shm", ".next", ".keys.next", ".wal.swapped"] {
            assert_eq!(content(&db, gone), None, "{gone}");
        }
    }

    #[test]
    fn passphrase_and_recovery_both_unwrap_the_same_key() {
        let key = DataKey::generate();
        let id = Uuid::now_v7();
        let (file, recovery) = KeyFile::create(id, &key, Some("correct horse battery")).unwrap();
        assert_eq!(
            file.unlock_passphrase("correct horse battery")
                .unwrap()
                .bytes(),
            key.bytes()
        );
        assert_eq!(
            file.unlock_recovery(&recovery.to_lowercase())
                .unwrap()
                .bytes(),
            key.bytes()
        );
        assert!(matches!(
            file.unlock_passphrase("wrong horse battery"),
            Err(Error::WrongKey)
        ));
        assert!(matches!(
            file.unlock_recovery("AAAA-BBBB"),
            Err(Error::WrongKey)
        ));
    }

    /// A version 1 key file (no signing slot) still loads; the signing key added to it opens
    /// with the data key only, and a rotation re-wraps the same key under the new data key.
    #[test]
    fn version_1_key_files_load_and_the_signing_key_follows_the_data_key() {
        let key = DataKey::generate();
        let (file, _) = KeyFile::create(Uuid::now_v7(), &key, None).unwrap();
        let mut v1 = serde_json::to_value(&file).unwrap();
        v1["version"] = 1.into();
        v1.as_object_mut().unwrap().remove("signing");
        let mut old: KeyFile = serde_json::from_value(v1).unwrap();
        assert_eq!(old.version, 1);
        assert!(old.signing_key(&key).unwrap().is_none());

        let signing = old.add_signing_key(&key).unwrap();
        assert_eq!(old.version, KEY_FILE_VERSION);
        let back = old.signing_key(&key).unwrap().unwrap();
        assert_eq!(back.to_bytes(), signing.to_bytes());
        assert!(old.signing_key(&DataKey::generate()).is_err());

        let new_key = DataKey::generate();
        old.rewrap_signing(&key, &new_key).unwrap();
        let rotated = old.signing_key(&new_key).unwrap().unwrap();
        assert_eq!(rotated.verifying_key(), signing.verifying_key());
        assert!(old.signing_key(&key).is_err());
    }

    #[test]
    fn short_passphrases_are_refused() {
        let err = KeyFile::create(Uuid::now_v7(), &DataKey::generate(), Some("short")).unwrap_err();
        assert!(matches!(
            err,
            Error::InvalidInput {
                field: "passphrase",
                reason: Reason::WeakPassphrase
            }
        ));
    }

    #[test]
    fn recovery_key_has_eight_groups() {
        let (_, recovery) = KeyFile::create(Uuid::now_v7(), &DataKey::generate(), None).unwrap();
        assert_eq!(recovery.split('-').count(), 8);
    }
}
