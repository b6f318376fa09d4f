//! Salted commitments for personal-data fields (`docs/chain-format.md`, "Sealed fields").
//!
//! The hashed payload of an event never holds a personal field's value itself: it holds
//! `{"sealed": hex(sha256(salt ‖ JCS(value)))}` with a random 16-byte salt. Value and salt are
//! kept beside the journal in `event_secrets`, outside the hash. Redaction deletes them and
//! appends an `incident.redacted` event; the chain still verifies, and `verify` checks every
//! remaining value against its commitment and that every missing one was redacted.

use rand::RngCore;
use serde_json::{Map, Value};

use crate::canonical;

/// The member name of a sealed field's placeholder object.
pub const SEALED: &str = "sealed";
/// What a redacted field holds in the projections (front ends show a localised label).
pub use breachlog_model::domain::REDACTED;

/// A field's value and salt, kept outside the hash.
#[derive(Debug, Clone, PartialEq)]
pub struct Secret {
    /// JSON pointer of the field in the payload (`/incident/title`).
    pub path: &'static str,
    /// Lowercase hex of the 16-byte salt.
    pub salt: String,
    /// The canonical JSON text (JCS) of the value.
    pub value: String,
}

/// The payload paths that may hold personal data, per event kind (declared in
/// [`crate::schema`]).
pub use crate::schema::{personal_paths, ASSESSMENT_TEXTS};

/// Whether events of this kind may hold sealed fields (see [`personal_paths`]).
pub fn may_seal(event_kind: &str) -> bool {
    crate::schema::EventKind::parse(event_kind).is_some_and(|k| !k.personal().is_empty())
}

/// `hex(sha256(salt ‖ canonical value))`.
pub fn commitment(salt: &[u8], canonical_value: &str) -> String {
    let mut bytes = Vec::with_capacity(salt.len() + canonical_value.len());
    bytes.extend_from_slice(salt);
    bytes.extend_from_slice(canonical_value.as_bytes());
    canonical::sha256_bytes_hex(&bytes)
}

/// Whether a value is worth sealing: empty strings, empty lists and nulls carry no personal data.
fn is_sealable(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        _ => true,
    }
}

/// Replaces every personal field of `payload` by its commitment; returns the secrets.
pub fn seal(
    event_kind: &str,
    payload: &mut Value,
) -> Result<Vec<Secret>, canonical::CanonicalError> {
    let mut secrets = Vec::new();
    for path in personal_paths(event_kind, payload) {
        let Some(slot) = payload.pointer_mut(path) else {
            continue;
        };
        if !is_sealable(slot) || is_sealed(slot).is_some() {
            continue;
        }
        let value = canonical::to_string(slot)?;
        let mut salt = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        let c = commitment(&salt, &value);
        *slot = sealed_object(c);
        secrets.push(Secret {
            path,
            salt: hex::encode(salt),
            value,
        });
    }
    Ok(secrets)
}

/// The personal paths of `payload` that hold a value in clear (events written before their
/// kind's path was declared personal; `docs/chain-format.md` §7).
pub fn clear_paths(event_kind: &str, payload: &Value) -> Vec<&'static str> {
    personal_paths(event_kind, payload)
        .iter()
        .copied()
        .filter(|path| {
            payload
                .pointer(path)
                .is_some_and(|v| is_sealable(v) && is_sealed(v).is_none())
        })
        .collect()
}

fn sealed_object(commitment: String) -> Value {
    let mut m = Map::new();
    m.insert(SEALED.into(), Value::String(commitment));
    Value::Object(m)
}

/// The commitment if `v` is a sealed placeholder.
pub fn is_sealed(v: &Value) -> Option<&str> {
    match v {
        Value::Object(m) if m.len() == 1 => m.get(SEALED).and_then(Value::as_str),
        _ => None,
    }
}

/// Why a sealed payload could not be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum OpenError {
    /// The stored value does not match its commitment (edited value or salt).
    Mismatch { path: String },
    /// A stored value whose field is not sealed in the event.
    Orphan { path: String },
    /// The stored value is not valid JSON.
    Malformed { path: String },
}

/// The outcome of opening one event's payload.
#[derive(Debug, Default)]
pub struct Opened {
    /// Paths whose value is gone (redacted, or deleted without a redaction: `verify` decides).
    pub missing: Vec<&'static str>,
}

/// Puts the values back into a sealed payload, checking each against its commitment; a
/// field without a value gets [`REDACTED`]. `secrets` are (path, salt hex, canonical value).
pub fn open(
    event_kind: &str,
    payload: &mut Value,
    secrets: &[(String, String, String)],
) -> Result<Opened, OpenError> {
    let mut opened = Opened::default();
    let paths = personal_paths(event_kind, payload);
    for (path, _, _) in secrets {
        if !paths.contains(&path.as_str()) {
            return Err(OpenError::Orphan { path: path.clone() });
        }
    }
    for path in paths {
        let Some(slot) = payload.pointer_mut(path) else {
            continue;
        };
        let Some(c) = is_sealed(slot).map(str::to_string) else {
            continue;
        };
        match secrets.iter().find(|(p, _, _)| p == path) {
            Some((_, salt, value)) => {
                let salt = hex::decode(salt).map_err(|_| OpenError::Malformed {
                    path: (*path).into(),
                })?;
                if commitment(&salt, value) != c {
                    return Err(OpenError::Mismatch {
                        path: (*path).into(),
                    });
                }
                *slot = serde_json::from_str(value).map_err(|_| OpenError::Malformed {
                    path: (*path).into(),
                })?;
            }
            None => {
                *slot = Value::String(REDACTED.into());
                opened.missing.push(path);
            }
        }
    }
    Ok(opened)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind;
    use serde_json::json;

    #[test]
    fn sealing_hides_values_and_opening_restores_them() {
        let mut p = json!({ "incident": { "title": "Laptop of Jan Jansen stolen", "description": "", "owner": null, "severity": "high" } });
        let plain = p.clone();
        let secrets = seal(kind::INCIDENT_CREATED, &mut p).unwrap();
        assert_eq!(secrets.len(), 1, "empty and null fields are not sealed");
        assert!(!p.to_string().contains("Jansen"));
        assert_eq!(p["incident"]["severity"], "high");
        let c = is_sealed(&p["incident"]["title"]).unwrap().to_string();
        let s = &secrets[0];
        assert_eq!(
            c,
            commitment(
                &hex::decode(&s.salt).unwrap(),
                "\"Laptop of Jan Jansen stolen\""
            )
        );
        let rows = vec![(s.path.to_string(), s.salt.clone(), s.value.clone())];
        let mut opened = p.clone();
        assert!(open(kind::INCIDENT_CREATED, &mut opened, &rows)
            .unwrap()
            .missing
            .is_empty());
        assert_eq!(opened, plain);
    }

    #[test]
    fn the_same_value_gets_a_different_commitment_each_time() {
        let (mut a, mut b) = (json!({ "text": "same" }), json!({ "text": "same" }));
        seal(kind::NOTE_ADDED, &mut a).unwrap();
        seal(kind::NOTE_ADDED, &mut b).unwrap();
        assert_ne!(
            a, b,
            "salted: equal values are not linkable through the journal"
        );
    }

    #[test]
    fn edited_values_orphans_and_missing_values_are_told_apart() {
        let mut p = json!({ "text": "Call Ms. Dubois back" });
        let s = seal(kind::NOTE_ADDED, &mut p).unwrap().remove(0);
        let edited = vec![(
            s.path.to_string(),
            s.salt.clone(),
            "\"Call Mr. Dubois back\"".to_string(),
        )];
        assert_eq!(
            open(kind::NOTE_ADDED, &mut p.clone(), &edited).unwrap_err(),
            OpenError::Mismatch {
                path: "/text".into()
            }
        );
        let orphan = vec![("/author".to_string(), s.salt.clone(), s.value.clone())];
        assert_eq!(
            open(kind::NOTE_ADDED, &mut p.clone(), &orphan).unwrap_err(),
            OpenError::Orphan {
                path: "/author".into()
            }
        );
        let mut gone = p.clone();
        assert_eq!(
            open(kind::NOTE_ADDED, &mut gone, &[]).unwrap().missing,
            vec!["/text"]
        );
        assert_eq!(gone["text"], REDACTED);
    }

    #[test]
    fn the_engines_own_rationales_are_not_sealed() {
        let mut auto = json!({ "rationale": "obligation-no-longer-derived", "automatic": true });
        assert!(seal(kind::OBLIGATION_NOT_REQUIRED, &mut auto)
            .unwrap()
            .is_empty());
        let mut person = json!({ "rationale": "Only encrypted backups of Ms. Peeters were lost", "automatic": false });
        assert_eq!(
            seal(kind::OBLIGATION_NOT_REQUIRED, &mut person)
                .unwrap()
                .len(),
            1
        );
    }
}
