//! RFC 3161 trusted timestamps over signed checkpoints (`docs/chain-format.md` §10): the
//! request for a token, the TSA's response, and the offline check of a stored token — the CMS
//! SignedData signature over its signed attributes (content type, message digest of the TSTInfo),
//! the TSA's certificate chain up to a configured trust anchor, the timeStamping key use of the
//! signing certificate, and the message imprint against the checkpoint it names.
//!
//! Every input is bounded before it is parsed ([`MAX_TOKEN_BYTES`], [`MAX_CERTIFICATES`],
//! [`MAX_CHAIN_DEPTH`]); DER is decoded into fixed types (`der`, `cms`, `x509-cert`), never
//! walked recursively, so the nesting is bounded by the types themselves.

use breachlog_model::error::IntegrityReason as R;
use breachlog_model::Ts;
use cms::cert::CertificateChoices;
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier, SignerInfo};
use der::asn1::{Any, GeneralizedTime, Int, ObjectIdentifier, OctetString};
use der::{Decode, Encode, Tag, Tagged};
use sha2::{Digest, Sha256, Sha384, Sha512};
use spki::AlgorithmIdentifierOwned;
use x509_cert::Certificate;

/// The largest TSA response or stored token accepted (tokens with a chain are a few KiB).
pub const MAX_TOKEN_BYTES: usize = 128 * 1024;
/// The most certificates a token (with the stored chain) may carry.
pub const MAX_CERTIFICATES: usize = 16;
/// The longest path from the signing certificate to the trust anchor.
pub const MAX_CHAIN_DEPTH: usize = 8;

const OID_SIGNED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2");
const OID_TST_INFO: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.1.4");
const OID_CONTENT_TYPE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.3");
const OID_MESSAGE_DIGEST: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");
const OID_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");
const OID_SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.2");
const OID_SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.3");
const OID_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
const OID_RSA_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.11");
const OID_RSA_SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.12");
const OID_RSA_SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.13");
const OID_ECDSA_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.2");
const OID_ECDSA_SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.3");
const OID_ECDSA_SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.4");
const OID_EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const OID_P256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const OID_P384: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.0.34");
const OID_EKU: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.37");
const OID_BASIC_CONSTRAINTS: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.19");
const OID_SUBJECT_KEY_ID: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.14");
const OID_KP_TIME_STAMPING: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.3.8");

/// The SHA-256 message imprint of a checkpoint: over the exact UTF-8 bytes of its signed note
/// (the `note` member of its `checkpoint.signed` event, the text `anchor export` writes).
pub fn imprint(note: &str) -> [u8; 32] {
    Sha256::digest(note.as_bytes()).into()
}

#[derive(Debug, Clone, PartialEq, Eq, der::Sequence)]
struct MessageImprint {
    hash_algorithm: AlgorithmIdentifierOwned,
    hashed_message: OctetString,
}

#[derive(Debug, Clone, PartialEq, Eq, der::Sequence)]
struct TimeStampReq {
    version: u8,
    message_imprint: MessageImprint,
    nonce: Int,
    cert_req: bool,
}

fn sha256_algorithm() -> AlgorithmIdentifierOwned {
    AlgorithmIdentifierOwned {
        oid: OID_SHA256,
        parameters: Some(Any::null()),
    }
}

/// A TimeStampReq (RFC 3161 §2.4.1, DER): version 1, the SHA-256 `imprint`, `nonce` (a
/// positive integer, big-endian, its first byte below 0x80 and not 0), certReq TRUE.
pub fn request(imprint: &[u8; 32], nonce: &[u8]) -> Result<Vec<u8>, R> {
    let bad = |e: der::Error| R::TimestampMalformed {
        detail: e.to_string(),
    };
    TimeStampReq {
        version: 1,
        message_imprint: MessageImprint {
            hash_algorithm: sha256_algorithm(),
            hashed_message: OctetString::new(imprint.to_vec()).map_err(bad)?,
        },
        nonce: Int::new(nonce).map_err(bad)?,
        cert_req: true,
    }
    .to_der()
    .map_err(bad)
}

fn malformed(detail: impl Into<String>) -> R {
    R::TimestampMalformed {
        detail: detail.into(),
    }
}

fn der_err(what: &str) -> impl Fn(der::Error) -> R + '_ {
    move |e| malformed(format!("{what}: {e}"))
}

/// A TimeStampResp (RFC 3161 §2.4.2): its token (DER) when the status is granted (0) or
/// grantedWithMods (1), else [`R::TimestampNotGranted`] with the status.
pub fn response_token(resp: &[u8]) -> Result<Vec<u8>, R> {
    if resp.len() > MAX_TOKEN_BYTES {
        return Err(malformed("the response is too large"));
    }
    let parts: Vec<Any> = Vec::from_der(resp).map_err(der_err("TimeStampResp"))?;
    let status: Vec<Any> = parts
        .first()
        .ok_or_else(|| malformed("TimeStampResp without a status"))?
        .decode_as()
        .map_err(der_err("PKIStatusInfo"))?;
    let code: u32 = status
        .first()
        .ok_or_else(|| malformed("PKIStatusInfo without a status"))?
        .decode_as()
        .map_err(der_err("PKIStatus"))?;
    if code > 1 {
        return Err(R::TimestampNotGranted {
            status: u64::from(code),
        });
    }
    let token = parts
        .get(1)
        .ok_or_else(|| malformed("granted without a token"))?;
    token.to_der().map_err(der_err("TimeStampToken"))
}

/// What a token says, once it checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    pub gen_time: Ts,
    /// The token's serial number, lowercase hex.
    pub serial: String,
    /// The nonce, big-endian bytes as encoded (`None` when the token has none).
    pub nonce: Option<Vec<u8>>,
    /// The certificates the token carries (DER), the signing certificate first.
    pub certificates: Vec<Vec<u8>>,
    /// The signing certificate's subject, as text.
    pub tsa_subject: String,
}

struct TstInfo {
    imprint: MessageImprint,
    serial: Int,
    gen_time: GeneralizedTime,
    nonce: Option<Int>,
}

fn parse_tst_info(bytes: &[u8]) -> Result<TstInfo, R> {
    let parts: Vec<Any> = Vec::from_der(bytes).map_err(der_err("TSTInfo"))?;
    if parts.len() < 5 {
        return Err(malformed("TSTInfo is too short"));
    }
    let version: u8 = parts[0].decode_as().map_err(der_err("TSTInfo version"))?;
    if version != 1 {
        return Err(malformed("TSTInfo version is not 1"));
    }
    let _policy: ObjectIdentifier = parts[1].decode_as().map_err(der_err("TSTInfo policy"))?;
    let imprint: MessageImprint = parts[2].decode_as().map_err(der_err("messageImprint"))?;
    let serial: Int = parts[3].decode_as().map_err(der_err("serialNumber"))?;
    let gen_time: GeneralizedTime = parts[4].decode_as().map_err(der_err("genTime"))?;
    // accuracy (SEQUENCE), ordering (BOOLEAN), nonce (INTEGER), tsa [0], extensions [1].
    let mut nonce = None;
    for p in &parts[5..] {
        if p.tag() == Tag::Integer {
            nonce = Some(p.decode_as().map_err(der_err("nonce"))?);
        }
    }
    Ok(TstInfo {
        imprint,
        serial,
        gen_time,
        nonce,
    })
}

enum Hash {
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    fn of(oid: &ObjectIdentifier) -> Option<Hash> {
        match *oid {
            OID_SHA256 => Some(Hash::Sha256),
            OID_SHA384 => Some(Hash::Sha384),
            OID_SHA512 => Some(Hash::Sha512),
            _ => None,
        }
    }

    fn digest(&self, data: &[u8]) -> Vec<u8> {
        match self {
            Hash::Sha256 => Sha256::digest(data).to_vec(),
            Hash::Sha384 => Sha384::digest(data).to_vec(),
            Hash::Sha512 => Sha512::digest(data).to_vec(),
        }
    }
}

/// Checks `signature` over `data` with the public key `spki`: RSA PKCS#1 v1.5 or ECDSA on P-256
/// or P-384, with the hash the algorithm `alg` names (for `rsaEncryption`, `digest`).
fn verify_signature(
    spki: &spki::SubjectPublicKeyInfoOwned,
    alg: &ObjectIdentifier,
    digest: Option<&ObjectIdentifier>,
    data: &[u8],
    signature: &[u8],
) -> bool {
    let hash = match *alg {
        OID_RSA_SHA256 | OID_ECDSA_SHA256 => Hash::Sha256,
        OID_RSA_SHA384 | OID_ECDSA_SHA384 => Hash::Sha384,
        OID_RSA_SHA512 | OID_ECDSA_SHA512 => Hash::Sha512,
        OID_RSA => match digest.and_then(Hash::of) {
            Some(h) => h,
            None => return false,
        },
        _ => return false,
    };
    let Ok(spki_der) = spki.to_der() else {
        return false;
    };
    let hashed = hash.digest(data);
    let is_rsa = matches!(
        *alg,
        OID_RSA | OID_RSA_SHA256 | OID_RSA_SHA384 | OID_RSA_SHA512
    );
    if is_rsa {
        use rsa::pkcs8::DecodePublicKey;
        if spki.algorithm.oid != OID_RSA {
            return false;
        }
        let Ok(key) = rsa::RsaPublicKey::from_public_key_der(&spki_der) else {
            return false;
        };
        let scheme = match hash {
            Hash::Sha256 => rsa::Pkcs1v15Sign::new::<Sha256>(),
            Hash::Sha384 => rsa::Pkcs1v15Sign::new::<Sha384>(),
            Hash::Sha512 => rsa::Pkcs1v15Sign::new::<Sha512>(),
        };
        return key.verify(scheme, &hashed, signature).is_ok();
    }
    if spki.algorithm.oid != OID_EC_PUBLIC_KEY {
        return false;
    }
    let curve: Option<ObjectIdentifier> = spki
        .algorithm
        .parameters
        .as_ref()
        .and_then(|p| p.decode_as().ok());
    match curve {
        Some(OID_P256) => {
            use p256::ecdsa::signature::hazmat::PrehashVerifier;
            use p256::pkcs8::DecodePublicKey;
            let (Ok(key), Ok(sig)) = (
                p256::ecdsa::VerifyingKey::from_public_key_der(&spki_der),
                p256::ecdsa::Signature::from_der(signature),
            ) else {
                return false;
            };
            key.verify_prehash(&hashed, &sig).is_ok()
        }
        Some(OID_P384) => {
            use p384::ecdsa::signature::hazmat::PrehashVerifier;
            use p384::pkcs8::DecodePublicKey;
            let (Ok(key), Ok(sig)) = (
                p384::ecdsa::VerifyingKey::from_public_key_der(&spki_der),
                p384::ecdsa::Signature::from_der(signature),
            ) else {
                return false;
            };
            key.verify_prehash(&hashed, &sig).is_ok()
        }
        _ => false,
    }
}

/// A certificate with the exact DER of its TBSCertificate (what its issuer signed).
struct Cert {
    der: Vec<u8>,
    tbs: Vec<u8>,
    cert: Certificate,
}

impl Cert {
    fn parse(der: &[u8]) -> Result<Cert, R> {
        let cert = Certificate::from_der(der).map_err(der_err("certificate"))?;
        let parts: Vec<Any> = Vec::from_der(der).map_err(der_err("certificate"))?;
        let tbs = parts
            .first()
            .ok_or_else(|| malformed("certificate without TBSCertificate"))?
            .to_der()
            .map_err(der_err("certificate"))?;
        Ok(Cert {
            der: der.to_vec(),
            tbs,
            cert,
        })
    }

    fn subject(&self) -> Vec<u8> {
        self.cert
            .tbs_certificate
            .subject
            .to_der()
            .unwrap_or_default()
    }

    fn issuer(&self) -> Vec<u8> {
        self.cert
            .tbs_certificate
            .issuer
            .to_der()
            .unwrap_or_default()
    }

    fn extension(&self, oid: ObjectIdentifier) -> Option<&x509_cert::ext::Extension> {
        self.cert
            .tbs_certificate
            .extensions
            .as_ref()?
            .iter()
            .find(|e| e.extn_id == oid)
    }

    fn is_ca(&self) -> bool {
        self.extension(OID_BASIC_CONSTRAINTS)
            .and_then(|e| {
                x509_cert::ext::pkix::BasicConstraints::from_der(e.extn_value.as_bytes()).ok()
            })
            .is_some_and(|b| b.ca)
    }

    fn time_stamping(&self) -> bool {
        self.extension(OID_EKU)
            .and_then(|e| {
                x509_cert::ext::pkix::ExtendedKeyUsage::from_der(e.extn_value.as_bytes()).ok()
            })
            .is_some_and(|eku| eku.0.contains(&OID_KP_TIME_STAMPING))
    }

    fn valid_at(&self, t: std::time::Duration) -> bool {
        let v = &self.cert.tbs_certificate.validity;
        v.not_before.to_unix_duration() <= t && t <= v.not_after.to_unix_duration()
    }

    /// Whether `issuer` issued this certificate: names and signature.
    fn issued_by(&self, issuer: &Cert) -> bool {
        self.issuer() == issuer.subject()
            && verify_signature(
                &issuer.cert.tbs_certificate.subject_public_key_info,
                &self.cert.signature_algorithm.oid,
                None,
                &self.tbs,
                self.cert.signature.raw_bytes(),
            )
    }

    fn matches(&self, sid: &SignerIdentifier) -> bool {
        match sid {
            SignerIdentifier::IssuerAndSerialNumber(ias) => {
                ias.issuer.to_der().ok() == Some(self.issuer())
                    && ias.serial_number == self.cert.tbs_certificate.serial_number
            }
            SignerIdentifier::SubjectKeyIdentifier(ski) => self
                .extension(OID_SUBJECT_KEY_ID)
                .and_then(|e| {
                    x509_cert::ext::pkix::SubjectKeyIdentifier::from_der(e.extn_value.as_bytes())
                        .ok()
                })
                .is_some_and(|k| k.0 == ski.0),
        }
    }
}

/// A trust anchor (a CA certificate, DER): its subject as text and its SHA-256, or why not.
pub fn parse_anchor(der: &[u8]) -> Result<(String, String), R> {
    if der.len() > MAX_TOKEN_BYTES {
        return Err(malformed("the certificate is too large"));
    }
    let c = Cert::parse(der)?;
    Ok((
        c.cert.tbs_certificate.subject.to_string(),
        hex::encode(Sha256::digest(der)),
    ))
}

/// A CA certificate in PEM (`-----BEGIN CERTIFICATE-----`) or DER: its DER.
pub fn anchor_der(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.len() > MAX_TOKEN_BYTES {
        return None;
    }
    let der = match std::str::from_utf8(bytes) {
        Ok(text) if text.contains("-----BEGIN CERTIFICATE-----") => {
            let body: String = text
                .split("-----BEGIN CERTIFICATE-----")
                .nth(1)?
                .split("-----END CERTIFICATE-----")
                .next()?
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            data_encoding::BASE64.decode(body.as_bytes()).ok()?
        }
        _ => bytes.to_vec(),
    };
    parse_anchor(&der).ok().map(|_| der)
}

/// Checks a TimeStampToken offline: the CMS SignedData is over a TSTInfo, its one signer's
/// signed attributes carry the content type and the digest of the TSTInfo and are signed by a
/// certificate (from the token or `extra`) with the timeStamping key use, valid at genTime,
/// that chains to `anchor` (DER); the message imprint is the SHA-256 `imprint`.
pub fn verify_token(
    token: &[u8],
    extra: &[Vec<u8>],
    anchor: &[u8],
    imprint: &[u8; 32],
) -> Result<TokenInfo, R> {
    if token.len() > MAX_TOKEN_BYTES {
        return Err(malformed("the token is too large"));
    }
    let ci = ContentInfo::from_der(token).map_err(der_err("ContentInfo"))?;
    if ci.content_type != OID_SIGNED_DATA {
        return Err(malformed("the token is not CMS SignedData"));
    }
    let sd: SignedData = ci.content.decode_as().map_err(der_err("SignedData"))?;
    if sd.encap_content_info.econtent_type != OID_TST_INFO {
        return Err(malformed("the signed content is not a TSTInfo"));
    }
    let econtent = sd
        .encap_content_info
        .econtent
        .as_ref()
        .ok_or_else(|| malformed("the token carries no TSTInfo"))?;
    if econtent.tag() != Tag::OctetString {
        return Err(malformed("eContent is not an OCTET STRING"));
    }
    let tst_der = econtent.value();
    let tst = parse_tst_info(tst_der)?;

    // The certificates: the token's, then the stored extra ones.
    let mut certs: Vec<Cert> = Vec::new();
    if let Some(set) = &sd.certificates {
        for choice in set.0.iter() {
            if let CertificateChoices::Certificate(c) = choice {
                let der = c.to_der().map_err(der_err("certificate"))?;
                certs.push(Cert::parse(&der)?);
            }
        }
    }
    for der in extra {
        if !certs.iter().any(|c| &c.der == der) {
            certs.push(Cert::parse(der)?);
        }
    }
    if certs.len() > MAX_CERTIFICATES {
        return Err(malformed("the token carries too many certificates"));
    }

    let signers: Vec<&SignerInfo> = sd.signer_infos.0.iter().collect();
    let [signer] = signers.as_slice() else {
        return Err(malformed("the token has not exactly one signer"));
    };
    let attrs = signer
        .signed_attrs
        .as_ref()
        .ok_or_else(|| malformed("the signer has no signed attributes"))?;
    let attr = |oid: ObjectIdentifier| -> Result<&Any, R> {
        let found: Vec<_> = attrs.iter().filter(|a| a.oid == oid).collect();
        match found.as_slice() {
            [a] if a.values.len() == 1 => a
                .values
                .iter()
                .next()
                .ok_or_else(|| malformed("empty attribute")),
            _ => Err(malformed(format!(
                "signed attribute {oid} missing or repeated"
            ))),
        }
    };
    let content_type: ObjectIdentifier = attr(OID_CONTENT_TYPE)?
        .decode_as()
        .map_err(der_err("content-type"))?;
    if content_type != OID_TST_INFO {
        return Err(malformed("the signed content type is not TSTInfo"));
    }
    let digest: OctetString = attr(OID_MESSAGE_DIGEST)?
        .decode_as()
        .map_err(der_err("message-digest"))?;
    let hash = Hash::of(&signer.digest_alg.oid)
        .ok_or_else(|| malformed("the signer's digest algorithm is not SHA-2"))?;
    if digest.as_bytes() != hash.digest(tst_der).as_slice() {
        return Err(R::TimestampSignature);
    }
    let signed = attrs.to_der().map_err(der_err("signed attributes"))?;
    let at = tst.gen_time.to_unix_duration();

    // The signing certificate; its signature over the signed attributes.
    let signer_cert = certs
        .iter()
        .position(|c| c.matches(&signer.sid))
        .ok_or(R::TimestampUntrusted)?;
    let leaf = &certs[signer_cert];
    if !verify_signature(
        &leaf.cert.tbs_certificate.subject_public_key_info,
        &signer.signature_algorithm.oid,
        Some(&signer.digest_alg.oid),
        &signed,
        signer.signature.as_bytes(),
    ) {
        return Err(R::TimestampSignature);
    }
    if !leaf.time_stamping() {
        return Err(R::TimestampNotTsa);
    }

    // The chain: from the signer up to a certificate the anchor issued (or the anchor itself).
    let anchor = Cert::parse(anchor)?;
    let mut current = leaf;
    let mut chained = false;
    for _ in 0..MAX_CHAIN_DEPTH {
        if !current.valid_at(at) {
            return Err(R::TimestampCertificateExpired);
        }
        if current.der == anchor.der || current.issued_by(&anchor) {
            chained = true;
            break;
        }
        match certs
            .iter()
            .find(|c| c.der != current.der && c.is_ca() && current.issued_by(c))
        {
            Some(next) => current = next,
            None => break,
        }
    }
    if !chained {
        return Err(R::TimestampUntrusted);
    }
    if !anchor.valid_at(at) {
        return Err(R::TimestampCertificateExpired);
    }

    // What the token is over.
    if tst.imprint.hash_algorithm.oid != OID_SHA256
        || tst.imprint.hashed_message.as_bytes() != imprint.as_slice()
    {
        return Err(R::TimestampOtherData);
    }

    let secs = i64::try_from(at.as_secs()).map_err(|_| malformed("genTime"))?;
    let gen_time = chrono::DateTime::from_timestamp(secs, 0)
        .map(Ts::from_utc)
        .ok_or_else(|| malformed("genTime"))?;
    let mut ordered = vec![leaf.der.clone()];
    ordered.extend(
        certs
            .iter()
            .filter(|c| c.der != leaf.der)
            .map(|c| c.der.clone()),
    );
    Ok(TokenInfo {
        gen_time,
        serial: hex::encode(tst.serial.as_bytes()),
        nonce: tst.nonce.map(|n| n.as_bytes().to_vec()),
        certificates: ordered,
        tsa_subject: leaf.cert.tbs_certificate.subject.to_string(),
    })
}

/// A journalled timestamp that `verify` checked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CheckedTimestamp {
    /// The seq of its `timestamp.recorded` event.
    pub seq: u64,
    /// The seq of the checkpoint it is over.
    pub checkpoint_seq: u64,
    pub tsa_url: String,
    /// The signing certificate's subject.
    pub tsa_subject: String,
    /// The trust anchor's SHA-256 (hex): who vouches for the TSA.
    pub ca_sha256: String,
    /// The time the TSA certifies.
    pub gen_time: Ts,
    pub serial: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_is_der_with_version_imprint_nonce_and_cert_req() {
        let der = request(&[7u8; 32], &[0x41, 2, 3, 4, 5, 6, 7, 8]).unwrap();
        let parts: Vec<Any> = Vec::from_der(&der).unwrap();
        assert_eq!(parts.len(), 4);
        assert_eq!(parts[0].decode_as::<u8>().unwrap(), 1);
        let mi: MessageImprint = parts[1].decode_as().unwrap();
        assert_eq!(mi.hash_algorithm.oid, OID_SHA256);
        assert_eq!(mi.hashed_message.as_bytes(), &[7u8; 32]);
        let nonce: Int = parts[2].decode_as().unwrap();
        assert_eq!(nonce.as_bytes(), &[0x41, 2, 3, 4, 5, 6, 7, 8]);
        assert!(parts[3].decode_as::<bool>().unwrap());
    }

    #[test]
    fn responses_that_are_refused_say_why() {
        // PKIStatusInfo { status rejection(2) }, no token.
        assert_eq!(
            response_token(&[0x30, 0x05, 0x30, 0x03, 0x02, 0x01, 0x02]),
            Err(R::TimestampNotGranted { status: 2 })
        );
        // Granted without a token.
        assert!(matches!(
            response_token(&[0x30, 0x05, 0x30, 0x03, 0x02, 0x01, 0x00]),
            Err(R::TimestampMalformed { .. })
        ));
        // Not DER, and too large: refused before parsing.
        assert!(matches!(
            response_token(b"<html>busy</html>"),
            Err(R::TimestampMalformed { .. })
        ));
        let huge = vec![0x30; MAX_TOKEN_BYTES + 1];
        assert_eq!(
            response_token(&huge),
            Err(R::TimestampMalformed {
                detail: "the response is too large".into()
            })
        );
        // A deeply nested length bomb is a DER error, not a crash.
        let mut nested = Vec::new();
        for _ in 0..1000 {
            nested.extend_from_slice(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]);
        }
        assert!(matches!(
            verify_token(&nested, &[], &nested, &[0u8; 32]),
            Err(R::TimestampMalformed { .. })
        ));
    }

    #[test]
    fn a_certificate_is_read_from_pem_or_der_and_anything_else_refused() {
        assert_eq!(
            anchor_der(b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
            None
        );
        assert_eq!(anchor_der(b"not a certificate"), None);
        assert_eq!(anchor_der(&vec![0u8; MAX_TOKEN_BYTES + 1]), None);
    }
}
