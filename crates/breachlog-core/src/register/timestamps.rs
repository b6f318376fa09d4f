//! Trusted timestamps (RFC 3161) over signed checkpoints (`docs/chain-format.md` §10): the
//! time-stamping authorities the register asks (`tsa.added`, `tsa.removed`), a token asked for
//! over the checkpoint that covers the journal and checked before it is journalled
//! (`timestamp.recorded`), and the app's "due" test (the latest checkpoint has no token yet).

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use data_encoding::BASE64;
use rand::RngCore;
use serde::Serialize;
use serde_json::json;

use super::checkpoints::{CheckpointInfo, REASON_TIMESTAMP};
use super::Register;
use crate::checkpoint::Checkpoint;
use crate::error::{Error, IntegrityReason, Reason, Result};
use crate::merkle;
use crate::projection::kind;
use crate::Ts;
use breachlog_chain::timestamp as tsp;

/// The time allowed to connect to a TSA, and for the whole exchange.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
pub const EXCHANGE_TIMEOUT: Duration = Duration::from_secs(30);
/// The largest HTTP header block read from a TSA.
const MAX_HEADER_BYTES: usize = 16 * 1024;
/// The longest TSA URL.
const MAX_URL: usize = 2048;

/// A configured time-stamping authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TsaInfo {
    pub url: String,
    /// The trust anchor's subject and SHA-256 (hex).
    pub ca_subject: String,
    pub ca_sha256: String,
    pub added_at: Ts,
}

/// A journalled timestamp token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimestampInfo {
    /// The seq of its `timestamp.recorded` event.
    pub seq: u64,
    pub checkpoint_seq: u64,
    pub tsa_url: String,
    /// The time the TSA certifies.
    pub gen_time: Ts,
    pub serial: String,
    /// The hex SHA-256 of the checkpoint's note.
    pub imprint: String,
}

/// The independent-timestamp status the Integrity screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimestampStatus {
    /// Whether a TSA is configured.
    pub configured: bool,
    /// The latest token, if any.
    pub last: Option<TimestampInfo>,
    /// A TSA is configured and the latest checkpoint has no token yet.
    pub pending: bool,
}

fn timestamp_info(ev: &crate::Event) -> TimestampInfo {
    let s = |n: &str| ev.payload[n].as_str().unwrap_or_default().to_string();
    TimestampInfo {
        seq: ev.seq,
        checkpoint_seq: ev.payload["checkpoint_seq"].as_u64().unwrap_or(0),
        tsa_url: s("tsa_url"),
        gen_time: Ts::parse_canonical(&s("gen_time")).unwrap_or(ev.ts),
        serial: s("serial"),
        imprint: s("imprint"),
    }
}

/// A timestamp request prepared from the register ([`Register::prepare_timestamp`]): sent
/// without the register ([`TimestampRequest::send`]), its answer recorded with it
/// ([`Register::record_timestamp`]).
#[derive(Debug, Clone)]
pub struct TimestampRequest {
    origin: String,
    url: String,
    anchor: Vec<u8>,
    note: String,
    /// The covering checkpoint, or `None` when one is made with the token.
    checkpoint_seq: Option<u64>,
    imprint: [u8; 32],
    nonce: [u8; 8],
    body: Vec<u8>,
}

impl TimestampRequest {
    /// The TSA asked.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// POSTs the request to the TSA; [`Error::TsaUnavailable`] when it cannot be reached or
    /// answers with an HTTP error.
    pub fn send(&self) -> Result<Vec<u8>> {
        post(&self.url, &self.body).map_err(|detail| Error::TsaUnavailable {
            url: self.url.clone(),
            detail,
        })
    }
}

/// `http://host[:port]/path` split into host, port and path; `None` for anything else.
fn parse_http_url(url: &str) -> Option<(String, u16, String)> {
    let rest = url.strip_prefix("http://")?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || h.starts_with('[') => (h, p.parse().ok()?),
        _ => (authority, 80),
    };
    if host.is_empty()
        || !path
            .chars()
            .all(|c| c.is_ascii_graphic() && c != '#' && c != '\\')
    {
        return None;
    }
    Some((host.to_string(), port, path.to_string()))
}

/// Checks a TSA URL as `anchor tsa add` and the app take it: an `http://` URL (RFC 3161 over
/// HTTP; the token itself is what is trusted), at most 2,048 characters. The trimmed URL.
pub fn check_tsa_url(url: &str) -> Result<String> {
    let url = url.trim();
    if url.len() > MAX_URL {
        return Err(Error::invalid("url", Reason::TooLong { max: MAX_URL }));
    }
    if parse_http_url(url).is_none() {
        return Err(Error::invalid("url", Reason::NotAnHttpUrl));
    }
    Ok(url.to_string())
}

/// Reads a certificate file the user names (a TSA's trust anchor, PEM or DER) as hostile
/// input: a regular file of at most [`tsp::MAX_TOKEN_BYTES`], else not a certificate, naming
/// `field`.
pub fn read_certificate_file(path: &std::path::Path, field: &'static str) -> Result<Vec<u8>> {
    crate::store::files::read_user_file(
        path,
        field,
        tsp::MAX_TOKEN_BYTES as u64,
        Reason::NotACertificate,
    )
}

/// POSTs `body` to `url` as `application/timestamp-query` (HTTP/1.1, one request per
/// connection) and returns the response body; every wait and size bounded.
fn post(url: &str, body: &[u8]) -> std::result::Result<Vec<u8>, String> {
    let (host, port, path) = parse_http_url(url).ok_or("not an http:// URL")?;
    let started = Instant::now();
    let addrs: Vec<_> = (host.as_str(), port)
        .to_socket_addrs()
        .map_err(|e| format!("cannot resolve {host}: {e}"))?
        .collect();
    let mut last = String::from("no address");
    let mut stream = None;
    for a in addrs {
        match TcpStream::connect_timeout(&a, CONNECT_TIMEOUT) {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(e) => last = e.to_string(),
        }
    }
    let mut stream = stream.ok_or(last)?;
    stream
        .set_read_timeout(Some(EXCHANGE_TIMEOUT))
        .and_then(|()| stream.set_write_timeout(Some(EXCHANGE_TIMEOUT)))
        .map_err(|e| e.to_string())?;
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/timestamp-query\r\nAccept: application/timestamp-reply\r\nContent-Length: {}\r\nConnection: close\r\nUser-Agent: breachlog\r\n\r\n",
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(body))
        .and_then(|()| stream.flush())
        .map_err(|e| e.to_string())?;
    let limit = MAX_HEADER_BYTES + tsp::MAX_TOKEN_BYTES;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        // Each read waits only for what is left of the exchange's time (a slow sender cannot
        // stretch it).
        let left = EXCHANGE_TIMEOUT
            .checked_sub(started.elapsed())
            .filter(|d| !d.is_zero())
            .ok_or("timed out")?;
        stream
            .set_read_timeout(Some(left))
            .map_err(|e| e.to_string())?;
        let n = stream.read(&mut chunk).map_err(|e| e.to_string())?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
        if buf.len() > limit {
            return Err("the answer is too large".into());
        }
    }
    let split = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .filter(|&i| i <= MAX_HEADER_BYTES)
        .ok_or("not an HTTP answer")?;
    let header = String::from_utf8_lossy(&buf[..split]).to_string();
    let mut payload = buf[split + 4..].to_vec();
    let mut lines = header.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse::<u16>().ok())
        .ok_or("not an HTTP answer")?;
    if status != 200 {
        return Err(format!("HTTP status {status}"));
    }
    let mut chunked = false;
    let mut length = None;
    for l in lines {
        if let Some((name, value)) = l.split_once(':') {
            let (name, value) = (name.trim().to_ascii_lowercase(), value.trim());
            if name == "transfer-encoding" && value.eq_ignore_ascii_case("chunked") {
                chunked = true;
            } else if name == "content-length" {
                length = value.parse::<usize>().ok();
            }
        }
    }
    if chunked {
        payload = dechunk(&payload).ok_or("a malformed chunked answer")?;
    } else if let Some(n) = length {
        if payload.len() < n {
            return Err("the answer was cut off".into());
        }
        payload.truncate(n);
    }
    Ok(payload)
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = data.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..eol]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        if data.len() < size + 2 {
            return None;
        }
        out.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

impl Register {
    /// The TSAs configured now, in the order they were added.
    pub fn tsas(&self) -> Result<Vec<TsaInfo>> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, ts, kind, payload FROM events WHERE kind IN (?1, ?2) ORDER BY seq",
        )?;
        let rows = stmt.query_map([kind::TSA_ADDED, kind::TSA_REMOVED], |r| {
            Ok((
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out: Vec<TsaInfo> = Vec::new();
        for row in rows {
            let (ts, k, payload) = row?;
            let p: serde_json::Value =
                serde_json::from_str(&payload).map_err(|e| Error::Data(e.to_string()))?;
            let s = |n: &str| p[n].as_str().unwrap_or_default().to_string();
            out.retain(|t| t.url != s("url"));
            if k == kind::TSA_ADDED {
                out.push(TsaInfo {
                    url: s("url"),
                    ca_subject: s("ca_subject"),
                    ca_sha256: s("ca_sha256"),
                    added_at: Ts::parse_canonical(&ts)
                        .ok_or_else(|| Error::Data(format!("event time {ts}")))?,
                });
            }
        }
        Ok(out)
    }

    /// Registers a TSA (`anchor tsa add`): `url` (http://) and the trust anchor its tokens must
    /// chain to (`ca`: a certificate, PEM or DER).
    pub fn tsa_add(&mut self, url: &str, ca: &[u8]) -> Result<TsaInfo> {
        let url = check_tsa_url(url)?;
        let der = tsp::anchor_der(ca).ok_or(Error::invalid("ca", Reason::NotACertificate))?;
        let (subject, sha) =
            tsp::parse_anchor(&der).map_err(|_| Error::invalid("ca", Reason::NotACertificate))?;
        if self.tsas()?.iter().any(|t| t.url == url) {
            return Err(Error::invalid("url", Reason::Duplicate));
        }
        let payload = json!({
            "url": url, "ca": BASE64.encode(&der), "ca_sha256": sha, "ca_subject": subject,
        });
        let ev = self.write(|w| w.append(kind::TSA_ADDED, None, payload))?;
        Ok(TsaInfo {
            url,
            ca_subject: subject,
            ca_sha256: sha,
            added_at: ev.ts,
        })
    }

    /// Stops asking a TSA (`anchor tsa remove`); its journalled tokens stay checked.
    pub fn tsa_remove(&mut self, url: &str) -> Result<()> {
        let url = url.trim();
        if !self.tsas()?.iter().any(|t| t.url == url) {
            return Err(Error::NotFound {
                entity: "tsa",
                id: url.to_string(),
            });
        }
        self.write(|w| w.append(kind::TSA_REMOVED, None, json!({ "url": url })))?;
        Ok(())
    }

    /// Every journalled timestamp, oldest first.
    pub fn timestamps(&self) -> Result<Vec<TimestampInfo>> {
        let mut stmt = self.conn.prepare(&format!(
            "{} WHERE kind = ?1 ORDER BY seq",
            super::EVENT_COLUMNS
        ))?;
        let rows = stmt.query_map([kind::TIMESTAMP_RECORDED], super::raw_event)?;
        let mut out = Vec::new();
        for raw in rows {
            out.push(timestamp_info(&raw?.into_event()?));
        }
        Ok(out)
    }

    /// What the Integrity screen shows about independent timestamps.
    pub fn timestamp_status(&self) -> Result<TimestampStatus> {
        let configured = !self.tsas()?.is_empty();
        let last = self
            .latest_event_of_kind(kind::TIMESTAMP_RECORDED)?
            .map(|e| timestamp_info(&e));
        let latest_cp = self.latest_checkpoint()?.map(|c| c.seq);
        let pending = configured
            && latest_cp.is_some_and(|cp| last.as_ref().is_none_or(|t| t.checkpoint_seq != cp));
        Ok(TimestampStatus {
            configured,
            last,
            pending,
        })
    }

    /// The app's queue: when a TSA is configured and the latest checkpoint has no token yet,
    /// asks for one ([`Register::request_timestamp`]). `Ok(None)` when nothing is due; an
    /// unreachable TSA is an error and leaves it due (the next call tries again).
    pub fn timestamp_if_due(&mut self) -> Result<Option<TimestampInfo>> {
        match self.prepare_timestamp_if_due()? {
            None => Ok(None),
            Some(req) => {
                let resp = req.send()?;
                self.record_timestamp(&req, &resp).map(Some)
            }
        }
    }

    /// [`Register::prepare_timestamp`] when a timestamp is due (see
    /// [`Register::timestamp_if_due`]); the app sends it without holding the register.
    pub fn prepare_timestamp_if_due(&mut self) -> Result<Option<TimestampRequest>> {
        if !self.timestamp_status()?.pending {
            return Ok(None);
        }
        self.prepare_timestamp(None).map(Some)
    }

    /// Asks a TSA (`tsa_url`, else the first configured) for a token over the checkpoint that
    /// covers the journal: the latest one when nothing but timestamps was journalled after it,
    /// else a new one (reason `timestamp`) journalled together with the token. The answer is
    /// checked whole (status, nonce, imprint, signature, chain to the TSA's trust anchor,
    /// timeStamping key use) before anything is written; an unreachable or refused TSA writes
    /// nothing.
    pub fn request_timestamp(&mut self, tsa_url: Option<&str>) -> Result<TimestampInfo> {
        let req = self.prepare_timestamp(tsa_url)?;
        let resp = req.send()?;
        self.record_timestamp(&req, &resp)
    }

    /// The request of [`Register::request_timestamp`], made without writing anything but the
    /// session's access event.
    pub fn prepare_timestamp(&mut self, tsa_url: Option<&str>) -> Result<TimestampRequest> {
        let tsas = self.tsas()?;
        let tsa = match tsa_url {
            Some(u) => tsas
                .into_iter()
                .find(|t| t.url == u.trim())
                .ok_or_else(|| Error::NotFound {
                    entity: "tsa",
                    id: u.trim().to_string(),
                })?,
            None => tsas
                .into_iter()
                .next()
                .ok_or(Error::invalid("tsa", Reason::NoTsaConfigured))?,
        };
        let anchor = self.tsa_anchor(&tsa.url)?;
        // The session's access event first, so the journal the checkpoint covers is stable.
        self.record_access()?;
        let (head, head_hash) = self.head()?;
        let covering = self.covering_checkpoint(head)?;
        let note = match &covering {
            Some(c) => c.note.clone(),
            None => {
                let entries = self.event_hashes(None)?;
                Checkpoint {
                    origin: self.origin(),
                    size: head,
                    root: merkle::root(&entries),
                    head_hash: head_hash.clone(),
                }
                .sign(&self.signer()?)
            }
        };
        let imprint = tsp::imprint(&note);
        let mut nonce = [0u8; 8];
        rand::thread_rng().fill_bytes(&mut nonce);
        nonce[0] = (nonce[0] & 0x3f) | 0x40;
        let body = tsp::request(&imprint, &nonce).map_err(|reason| Error::TsaRefused {
            url: tsa.url.clone(),
            reason,
        })?;
        Ok(TimestampRequest {
            origin: self.origin(),
            url: tsa.url,
            anchor,
            note,
            checkpoint_seq: covering.map(|c| c.seq),
            imprint,
            nonce,
            body,
        })
    }

    /// Checks the TSA's answer to `req` whole and journals the token (with the checkpoint it is
    /// over when that one is new). Nothing is written when the answer is refused, or when the
    /// journal moved on since a new checkpoint was prepared (then ask again).
    pub fn record_timestamp(
        &mut self,
        req: &TimestampRequest,
        resp: &[u8],
    ) -> Result<TimestampInfo> {
        if req.origin != self.origin() {
            return Err(Error::Data(
                "the timestamp was asked for another register".into(),
            ));
        }
        let refused = |reason: IntegrityReason| Error::TsaRefused {
            url: req.url.clone(),
            reason,
        };
        let token = tsp::response_token(resp).map_err(refused)?;
        let info = tsp::verify_token(&token, &[], &req.anchor, &req.imprint).map_err(refused)?;
        if info.nonce.as_deref() != Some(req.nonce.as_slice()) {
            return Err(refused(IntegrityReason::TimestampMismatch {
                field: "nonce".into(),
            }));
        }
        let certificates: Vec<String> =
            info.certificates.iter().map(|c| BASE64.encode(c)).collect();
        let origin = self.origin();
        let signer = self.signer()?;
        let ev = self.write(|w| {
            let checkpoint_seq = match req.checkpoint_seq {
                Some(seq) => seq,
                None => {
                    let cp = w.append_checkpoint(&signer, &origin, REASON_TIMESTAMP)?;
                    if cp.payload["note"].as_str() != Some(req.note.as_str()) {
                        return Err(Error::Data(
                            "the journal changed while the timestamp was asked for; ask again"
                                .into(),
                        ));
                    }
                    cp.seq
                }
            };
            w.append(
                kind::TIMESTAMP_RECORDED,
                None,
                json!({
                    "checkpoint_seq": checkpoint_seq,
                    "tsa_url": req.url,
                    "imprint": hex::encode(req.imprint),
                    "gen_time": info.gen_time,
                    "serial": info.serial,
                    "token": BASE64.encode(&token),
                    "certificates": certificates,
                }),
            )
        })?;
        Ok(timestamp_info(&ev))
    }

    /// The latest checkpoint when it covers the journal of `head` events: nothing but
    /// timestamps (and the checkpoint itself) after it.
    fn covering_checkpoint(&self, head: u64) -> Result<Option<CheckpointInfo>> {
        let Some(latest) = self.latest_checkpoint()? else {
            return Ok(None);
        };
        let others: i64 = self.conn.query_row(
            "SELECT count(*) FROM events WHERE seq > ?1 AND kind != ?2",
            rusqlite::params![latest.seq as i64, kind::TIMESTAMP_RECORDED],
            |r| r.get(0),
        )?;
        Ok((others == 0 && latest.seq <= head).then_some(latest))
    }

    /// The timestamp a report with head `head_seq` embeds (`report-format.md`, "The embedded
    /// proof"): the latest token over a checkpoint of at most `head_seq` events, with that
    /// checkpoint, the token's certificates, the TSA's configured trust anchor and the RFC 9162
    /// consistency proof from that checkpoint's size to `head_seq` (`entries`: the event hashes
    /// 1…`head_seq`). `None` when no such token exists.
    pub(crate) fn report_timestamp(
        &self,
        head_seq: u64,
        entries: &[crate::merkle::Hash],
    ) -> Result<Option<serde_json::Value>> {
        for t in self.timestamps()?.into_iter().rev() {
            let Some(cp) = self.event_at(t.checkpoint_seq)? else {
                continue;
            };
            let note = cp.payload["note"].as_str().unwrap_or_default();
            let Ok(parsed) = crate::checkpoint::parse(note.as_bytes()) else {
                continue;
            };
            let size = parsed.checkpoint.size;
            if size == 0 || size > head_seq || entries.len() as u64 != head_seq {
                continue;
            }
            let Some(ev) = self.event_at(t.seq)? else {
                continue;
            };
            let consistency = crate::merkle::consistency_proof(entries, size)
                .map_err(|e| Error::Data(e.to_string()))?;
            let anchor = self.tsa_anchor(&t.tsa_url)?;
            return Ok(Some(json!({
                "checkpoint": note,
                "token": ev.payload["token"],
                "certificates": ev.payload["certificates"],
                "anchor": BASE64.encode(&anchor),
                "consistency": consistency.iter().map(hex::encode).collect::<Vec<_>>(),
            })));
        }
        Ok(None)
    }

    /// The trust anchor (DER) of the configured TSA `url`.
    fn tsa_anchor(&self, url: &str) -> Result<Vec<u8>> {
        let ca: String = self.conn.query_row(
            "SELECT json_extract(payload, '$.ca') FROM events WHERE kind = ?1
             AND json_extract(payload, '$.url') = ?2 ORDER BY seq DESC LIMIT 1",
            rusqlite::params![kind::TSA_ADDED, url],
            |r| r.get(0),
        )?;
        BASE64
            .decode(ca.as_bytes())
            .map_err(|e| Error::Data(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_http_urls_with_a_host_are_taken() {
        assert_eq!(
            parse_http_url("http://127.0.0.1:8080/tsa"),
            Some(("127.0.0.1".into(), 8080, "/tsa".into()))
        );
        assert_eq!(
            parse_http_url("http://timestamp.example"),
            Some(("timestamp.example".into(), 80, "/".into()))
        );
        for bad in [
            "https://tsa.example/",
            "ftp://x/",
            "http://",
            "http://user@host/",
            "http://host:notaport/",
            "http://host/a b",
        ] {
            assert_eq!(parse_http_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_chunked_body_is_joined_and_a_cut_one_refused() {
        assert_eq!(
            dechunk(b"3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n"),
            Some(b"abcde".to_vec())
        );
        assert_eq!(dechunk(b"5\r\nab"), None);
    }
}
