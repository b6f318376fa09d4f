//! The team server: a PostgreSQL database holding the shared journal (`docs/team.md`). Its
//! schema comes from versioned migrations, applied under an advisory lock so two members
//! starting at once cannot both apply one. The `events` table is the journal as the register
//! holds it — ids, times, actors, kinds, subjects, prev and hash in clear, everything else
//! (payload and sealed values) in an envelope only members open — and PostgreSQL itself keeps
//! one order: an append must name the current head (`prev`) and the next seq, enforced by a
//! trigger and by unique constraints, so of two members appending at once exactly one wins.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode, SslVersion};
use openssl::x509::store::X509StoreBuilder;
use openssl::x509::X509;
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::config::Host;
use postgres::config::SslMode;
use postgres::error::SqlState;
use postgres::types::Type;
use postgres::{Client, Config, NoTls};
use postgres_openssl::MakeTlsConnector;

use breachlog_core::journal::GENESIS_PREV;
use breachlog_core::{Error, Reason};

/// The server's schema, one migration per entry (version = index + 1). Append only.
const MIGRATIONS: &[&str] = &[
    // 1: the team, its journal, its members and their key slots.
    r#"
    CREATE TABLE team (
        id          int PRIMARY KEY CHECK (id = 1),
        team_id     text NOT NULL,
        register_id text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE events (
        seq           bigint PRIMARY KEY CHECK (seq >= 1),
        id            text NOT NULL UNIQUE,
        ts            text NOT NULL,
        actor         text NOT NULL,
        kind          text NOT NULL,
        subject       text,
        prev          text NOT NULL UNIQUE,
        hash          text NOT NULL UNIQUE,
        epoch         int NOT NULL,
        clear_payload text,
        sealed        bytea,
        CHECK ((clear_payload IS NULL) <> (sealed IS NULL))
    );
    CREATE FUNCTION breachlog_events_follow_head() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        head_seq  bigint;
        head_hash text;
    BEGIN
        SELECT seq, hash INTO head_seq, head_hash FROM events ORDER BY seq DESC LIMIT 1;
        IF head_seq IS NULL THEN
            head_seq := 0;
            head_hash := repeat('0', 64);
        END IF;
        IF NEW.seq <> head_seq + 1 OR NEW.prev <> head_hash THEN
            RAISE EXCEPTION 'breachlog: an append must follow the head (seq %)', head_seq
                USING ERRCODE = 'serialization_failure';
        END IF;
        RETURN NEW;
    END $$;
    CREATE TRIGGER events_follow_head BEFORE INSERT ON events
        FOR EACH ROW EXECUTE FUNCTION breachlog_events_follow_head();
    CREATE FUNCTION breachlog_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'breachlog: journal events are append-only';
    END $$;
    CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON events
        FOR EACH STATEMENT EXECUTE FUNCTION breachlog_events_append_only();
    CREATE TABLE members (
        actor      text PRIMARY KEY,
        public_key text NOT NULL,
        added_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE key_slots (
        epoch   int NOT NULL,
        actor   text NOT NULL REFERENCES members (actor),
        wrapped bytea NOT NULL,
        PRIMARY KEY (epoch, actor)
    );
    "#,
    // 2: one-time invitations: the team's keys wrapped under the invitation's secret.
    r#"
    CREATE TABLE invitations (
        id         text PRIMARY KEY,
        wrapped    bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at    timestamptz,
        used_by    text
    );
    "#,
    // 3: the content of evidence files, chunk by chunk, each in an envelope under the team key.
    r#"
    CREATE TABLE evidence_chunks (
        evidence_id text NOT NULL,
        chunk       int NOT NULL,
        epoch       int NOT NULL,
        sealed      bytea NOT NULL,
        PRIMARY KEY (evidence_id, chunk)
    );
    "#,
    // 4: each invited member logs in with a database role of their own, which removal revokes.
    r#"
    ALTER TABLE members ADD COLUMN role text, ADD COLUMN removed_at timestamptz;
    "#,
];

/// What a member's own database role may do: read the team's tables, append events and
/// evidence, add itself with an invitation. No UPDATE or DELETE of events, no DDL.
const MEMBER_GRANTS: &str = "
    GRANT USAGE ON SCHEMA public TO {role};
    GRANT SELECT ON team, events, members, key_slots, invitations, evidence_chunks,
        breachlog_migrations TO {role};
    GRANT INSERT ON events, evidence_chunks, members, key_slots TO {role};
    GRANT UPDATE ON invitations TO {role};
";

/// One row of the server's journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerRow {
    pub seq: u64,
    pub id: String,
    pub ts: String,
    pub actor: String,
    pub kind: String,
    pub subject: Option<String>,
    pub prev: String,
    pub hash: String,
    pub epoch: u32,
    /// The payload in clear: only for the kinds a key-less verifier must read (checkpoints,
    /// signing keys, TSAs and their tokens).
    pub clear_payload: Option<String>,
    /// The envelope of payload and sealed values ([`crate::envelope`]) for every other kind.
    pub sealed: Option<Vec<u8>>,
}

/// One chunk of an evidence file's content on the server, in an envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedChunk {
    pub evidence_id: String,
    pub chunk: i64,
    pub epoch: u32,
    pub sealed: Vec<u8>,
}

/// How an append ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Appended {
    Ok,
    /// Another member appended first: the rows do not follow the server's head any more.
    LostRace,
}

/// A connection to the team server.
pub struct Server {
    client: Client,
    label: String,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Server({})", self.label)
    }
}

/// The TLS part of a connection string, in libpq's names: its query string (`?sslmode=…&…`),
/// kept when a member's own login replaces the credentials (`team join`).
pub fn tls_query(url: &str) -> &str {
    url.find('?').map_or("", |i| &url[i..])
}

/// Takes libpq's TLS parameters the client library does not know out of a URL: `sslrootcert`
/// (a PEM file of the CA that signs the server's certificate; then only that CA is trusted)
/// and `sslmode=verify-ca|verify-full` (read as `require`: a certificate is always verified,
/// chain and host name, see [`tls_connector`]).
fn split_tls(url: &str) -> (String, Option<PathBuf>) {
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_string(), None);
    };
    let mut root = None;
    let mut kept = Vec::new();
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("sslrootcert", value)) => root = Some(PathBuf::from(percent_decode(value))),
            Some(("sslmode", "verify-ca" | "verify-full")) => kept.push("sslmode=require"),
            _ => kept.push(pair),
        }
    }
    let url = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    (url, root)
}

/// `%XX` escapes of a URL query value (a file path may hold spaces or `&`).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The TLS connector of a team connection: TLS 1.2 or later, the server's certificate checked
/// against the system's trusted CAs — or only against `root_cert` when the connection string
/// names one — and against the host name (or IP address) connected to. Never an unverified
/// certificate: that would let anyone on the path read the chain's metadata and the members'
/// passwords. `sslmode=prefer` (the default) still talks in clear to a server without TLS.
fn tls_connector(
    label: &str,
    root_cert: Option<&Path>,
    rejected: Arc<Mutex<Option<String>>>,
) -> Result<MakeTlsConnector, Error> {
    let tls = |e: openssl::error::ErrorStack| Error::TeamServer {
        server: label.to_string(),
        detail: format!("TLS: {e}"),
    };
    let mut builder = SslConnector::builder(SslMethod::tls_client()).map_err(tls)?;
    builder
        .set_min_proto_version(Some(SslVersion::TLS1_2))
        .map_err(tls)?;
    if let Some(path) = root_cert {
        let pem = breachlog_core::register::timestamps::read_certificate_file(path, "sslrootcert")?;
        let certs = X509::stack_from_pem(&pem)
            .ok()
            .filter(|certs| !certs.is_empty())
            .ok_or_else(|| Error::invalid("sslrootcert", Reason::NotACertificate))?;
        let mut store = X509StoreBuilder::new().map_err(tls)?;
        for cert in certs {
            store.add_cert(cert).map_err(tls)?;
        }
        builder.set_cert_store(store.build());
    }
    builder.set_verify_callback(SslVerifyMode::PEER, move |ok, chain| {
        if !ok {
            if let Ok(mut reason) = rejected.lock() {
                reason.get_or_insert_with(|| chain.error().error_string().to_string());
            }
        }
        ok
    });
    Ok(MakeTlsConnector::new(builder.build()))
}

/// `host:port/database` of a connection string: where the team lives, without credentials.
/// `None` when `url` is not a PostgreSQL connection string.
pub fn label(url: &str) -> Option<String> {
    let config: Config = split_tls(url).0.parse().ok()?;
    let host = match config.get_hosts().first()? {
        Host::Tcp(h) => h.clone(),
        Host::Unix(p) => p.display().to_string(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config
        .get_dbname()
        .or(config.get_user())
        .unwrap_or("postgres");
    Some(format!("{host}:{port}/{db}"))
}

impl Server {
    /// Connects (10 s timeout) and brings the schema up to date.
    pub fn connect(url: &str) -> Result<Server, Error> {
        let label = label(url).ok_or_else(|| {
            Error::invalid(
                "server",
                breachlog_core::Reason::UnknownValue {
                    allowed: "postgres://USER:PASSWORD@HOST:PORT/DATABASE".into(),
                },
            )
        })?;
        let (url, root_cert) = split_tls(url);
        let mut config: Config = url.parse().map_err(|e| unavailable(&label, &e))?;
        config.connect_timeout(Duration::from_secs(10));
        config.application_name("breachlog");
        let client = if config.get_ssl_mode() == SslMode::Disable {
            config.connect(NoTls).map_err(|e| unavailable(&label, &e))?
        } else {
            // The certificate check's own reason ("unable to get local issuer certificate",
            // "hostname mismatch"), kept by the check itself: the handshake error only says
            // that it failed.
            let rejected = Arc::new(Mutex::new(None));
            let connector = tls_connector(&label, root_cert.as_deref(), rejected.clone())?;
            config.connect(connector).map_err(|e| {
                match rejected.lock().ok().and_then(|mut r| r.take()) {
                    Some(reason) => Error::TeamServerUntrusted {
                        server: label.clone(),
                        detail: reason,
                    },
                    None => unavailable(&label, &e),
                }
            })?
        };
        let mut server = Server { client, label };
        server.migrate()?;
        Ok(server)
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    fn fail(&self, e: &postgres::Error) -> Error {
        unavailable(&self.label, e)
    }

    /// Applies the migrations this server lacks, under an advisory lock, each in its
    /// transaction with its version row.
    fn migrate(&mut self) -> Result<(), Error> {
        let label = self.label.clone();
        let fail = |e: postgres::Error| unavailable(&label, &e);
        let mut tx = self.client.transaction().map_err(fail)?;
        tx.batch_execute("SELECT pg_advisory_xact_lock(7305841001);")
            .map_err(fail)?;
        // A member's own role may not create tables: the table is only made when missing.
        let exists: bool = tx
            .query_one(
                "SELECT to_regclass('breachlog_migrations') IS NOT NULL",
                &[],
            )
            .map_err(fail)?
            .get(0);
        if !exists {
            tx.batch_execute(
                "CREATE TABLE breachlog_migrations (
                     version    int PRIMARY KEY,
                     applied_at timestamptz NOT NULL DEFAULT now()
                 );",
            )
            .map_err(fail)?;
        }
        let done: i32 = tx
            .query_one(
                "SELECT coalesce(max(version), 0) FROM breachlog_migrations",
                &[],
            )
            .map_err(fail)?
            .get(0);
        let done = usize::try_from(done).unwrap_or(0);
        if done > MIGRATIONS.len() {
            return Err(Error::TeamServer {
                server: label.clone(),
                detail: format!(
                    "its schema is version {done}, newer than this version of Breachlog knows ({}); update Breachlog",
                    MIGRATIONS.len()
                ),
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(done) {
            tx.batch_execute(sql).map_err(fail)?;
            let version = i32::try_from(i + 1).unwrap_or(i32::MAX);
            tx.execute(
                "INSERT INTO breachlog_migrations (version) VALUES ($1)",
                &[&version],
            )
            .map_err(fail)?;
        }
        tx.commit().map_err(fail)
    }

    /// Waits (up to 60 s) for this member's turn to sync: a session-level advisory lock, held
    /// until the connection closes.
    pub fn take_turn(&mut self) -> Result<(), Error> {
        self.client
            .batch_execute("SET lock_timeout = '60s'; SELECT pg_advisory_lock(7305841002);")
            .map_err(|e| self.fail(&e))
    }

    /// The team this server holds: (team id, register id).
    pub fn team(&mut self) -> Result<Option<(String, String)>, Error> {
        let row = self
            .client
            .query_opt("SELECT team_id, register_id FROM team", &[])
            .map_err(|e| self.fail(&e))?;
        Ok(row.map(|r| (r.get(0), r.get(1))))
    }

    /// Creates the team row; `Ok(false)` when the server already holds a team.
    pub fn create_team(&mut self, team_id: &str, register_id: &str) -> Result<bool, Error> {
        let inserted = self
            .client
            .execute(
                "INSERT INTO team (id, team_id, register_id) VALUES (1, $1, $2)
                 ON CONFLICT (id) DO NOTHING",
                &[&team_id, &register_id],
            )
            .map_err(|e| self.fail(&e))?;
        Ok(inserted == 1)
    }

    /// Stores a member's public key and key slot for `epoch` (replacing earlier ones of the
    /// same member and epoch), in one transaction.
    pub fn put_member(
        &mut self,
        member: &str,
        public_key: &str,
        epoch: u32,
        slot: &[u8],
    ) -> Result<(), Error> {
        let label = self.label.clone();
        let fail = |e: postgres::Error| unavailable(&label, &e);
        let epoch = i32::try_from(epoch).unwrap_or(i32::MAX);
        let mut tx = self.client.transaction().map_err(fail)?;
        tx.execute(
            "INSERT INTO members (actor, public_key) VALUES ($1, $2)
             ON CONFLICT (actor) DO UPDATE SET public_key = EXCLUDED.public_key",
            &[&member, &public_key],
        )
        .map_err(fail)?;
        tx.execute(
            "INSERT INTO key_slots (epoch, actor, wrapped) VALUES ($1, $2, $3)
             ON CONFLICT (epoch, actor) DO UPDATE SET wrapped = EXCLUDED.wrapped",
            &[&epoch, &member, &slot],
        )
        .map_err(fail)?;
        tx.commit().map_err(fail)
    }

    /// The server's head: (seq, hash), (0, genesis) when it holds no event.
    pub fn head(&mut self) -> Result<(u64, String), Error> {
        let row = self
            .client
            .query_opt(
                "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
                &[],
            )
            .map_err(|e| self.fail(&e))?;
        Ok(match row {
            Some(r) => (u64::try_from(r.get::<_, i64>(0)).unwrap_or(0), r.get(1)),
            None => (0, GENESIS_PREV.to_string()),
        })
    }

    /// Appends `rows` (which must follow the head) in one transaction, with binary COPY,
    /// together with the sealed content chunks of the evidence files they add.
    pub fn append(
        &mut self,
        rows: &[ServerRow],
        chunks: &[SealedChunk],
    ) -> Result<Appended, Error> {
        if rows.is_empty() {
            return Ok(Appended::Ok);
        }
        let label = self.label.clone();
        let fail = |e: postgres::Error| unavailable(&label, &e);
        let lost = |e: &postgres::Error| {
            matches!(
                e.code(),
                Some(&SqlState::UNIQUE_VIOLATION) | Some(&SqlState::T_R_SERIALIZATION_FAILURE)
            )
        };
        let mut tx = self.client.transaction().map_err(fail)?;
        for c in chunks {
            let chunk = i32::try_from(c.chunk).unwrap_or(i32::MAX);
            let epoch = i32::try_from(c.epoch).unwrap_or(i32::MAX);
            tx.execute(
                "INSERT INTO evidence_chunks (evidence_id, chunk, epoch, sealed) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (evidence_id, chunk) DO NOTHING",
                &[&c.evidence_id, &chunk, &epoch, &c.sealed],
            )
            .map_err(fail)?;
        }
        let sink = tx
            .copy_in(
                "COPY events (seq, id, ts, actor, kind, subject, prev, hash, epoch, clear_payload, sealed)
                 FROM STDIN BINARY",
            )
            .map_err(fail)?;
        let mut writer = BinaryCopyInWriter::new(
            sink,
            &[
                Type::INT8,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::INT4,
                Type::TEXT,
                Type::BYTEA,
            ],
        );
        for r in rows {
            let seq = i64::try_from(r.seq).unwrap_or(i64::MAX);
            let epoch = i32::try_from(r.epoch).unwrap_or(i32::MAX);
            writer
                .write(&[
                    &seq,
                    &r.id,
                    &r.ts,
                    &r.actor,
                    &r.kind,
                    &r.subject,
                    &r.prev,
                    &r.hash,
                    &epoch,
                    &r.clear_payload,
                    &r.sealed,
                ])
                .map_err(|e| unavailable(&label, &e))?;
        }
        match writer.finish() {
            Ok(_) => {}
            Err(e) if lost(&e) => return Ok(Appended::LostRace),
            Err(e) => return Err(fail(e)),
        }
        match tx.commit() {
            Ok(()) => Ok(Appended::Ok),
            Err(e) if lost(&e) => Ok(Appended::LostRace),
            Err(e) => Err(fail(e)),
        }
    }

    /// Up to `limit` rows from `from` on, in seq order.
    pub fn rows(&mut self, from: u64, limit: u32) -> Result<Vec<ServerRow>, Error> {
        let from = i64::try_from(from).unwrap_or(i64::MAX);
        let limit = i64::from(limit);
        let rows = self
            .client
            .query(
                "SELECT seq, id, ts, actor, kind, subject, prev, hash, epoch, clear_payload, sealed
                 FROM events WHERE seq >= $1 ORDER BY seq LIMIT $2",
                &[&from, &limit],
            )
            .map_err(|e| self.fail(&e))?;
        Ok(rows
            .into_iter()
            .map(|r| ServerRow {
                seq: u64::try_from(r.get::<_, i64>(0)).unwrap_or(0),
                id: r.get(1),
                ts: r.get(2),
                actor: r.get(3),
                kind: r.get(4),
                subject: r.get(5),
                prev: r.get(6),
                hash: r.get(7),
                epoch: u32::try_from(r.get::<_, i32>(8)).unwrap_or(0),
                clear_payload: r.get(9),
                sealed: r.get(10),
            })
            .collect())
    }

    /// Stores a new invitation.
    pub fn put_invitation(&mut self, id: &str, wrapped: &[u8]) -> Result<(), Error> {
        self.client
            .execute(
                "INSERT INTO invitations (id, wrapped) VALUES ($1, $2)",
                &[&id, &wrapped],
            )
            .map_err(|e| self.fail(&e))?;
        Ok(())
    }

    /// The wrapped keys of an invitation not used yet.
    pub fn invitation(&mut self, id: &str) -> Result<Option<Vec<u8>>, Error> {
        let row = self
            .client
            .query_opt(
                "SELECT wrapped FROM invitations WHERE id = $1 AND used_at IS NULL",
                &[&id],
            )
            .map_err(|e| self.fail(&e))?;
        Ok(row.map(|r| r.get(0)))
    }

    /// Uses an invitation for `member` and stores their public key and key slots, in one
    /// transaction. `Ok(false)` when the invitation was used meanwhile or the member id is
    /// taken (nothing is stored then).
    pub fn accept_invitation(
        &mut self,
        id: &str,
        member: &str,
        public_key: &str,
        role: Option<&str>,
        slots: &[(u32, Vec<u8>)],
    ) -> Result<bool, Error> {
        let label = self.label.clone();
        let fail = |e: postgres::Error| unavailable(&label, &e);
        let mut tx = self.client.transaction().map_err(fail)?;
        let used = tx
            .execute(
                "UPDATE invitations SET used_at = now(), used_by = $2 WHERE id = $1 AND used_at IS NULL",
                &[&id, &member],
            )
            .map_err(fail)?;
        let added = tx
            .execute(
                "INSERT INTO members (actor, public_key, role) VALUES ($1, $2, $3) ON CONFLICT (actor) DO NOTHING",
                &[&member, &public_key, &role],
            )
            .map_err(fail)?;
        if used != 1 || added != 1 {
            return Ok(false);
        }
        for (epoch, slot) in slots {
            let epoch = i32::try_from(*epoch).unwrap_or(i32::MAX);
            tx.execute(
                "INSERT INTO key_slots (epoch, actor, wrapped) VALUES ($1, $2, $3)",
                &[&epoch, &member, &slot],
            )
            .map_err(fail)?;
        }
        tx.commit().map_err(fail)?;
        Ok(true)
    }

    /// The sealed content chunks of an evidence file, in order.
    pub fn evidence_chunks(&mut self, evidence_id: &str) -> Result<Vec<SealedChunk>, Error> {
        let rows = self
            .client
            .query(
                "SELECT chunk, epoch, sealed FROM evidence_chunks WHERE evidence_id = $1 ORDER BY chunk",
                &[&evidence_id],
            )
            .map_err(|e| self.fail(&e))?;
        Ok(rows
            .into_iter()
            .map(|r| SealedChunk {
                evidence_id: evidence_id.to_string(),
                chunk: i64::from(r.get::<_, i32>(0)),
                epoch: u32::try_from(r.get::<_, i32>(1)).unwrap_or(0),
                sealed: r.get(2),
            })
            .collect())
    }

    /// Creates a login role for a new member with [`MEMBER_GRANTS`] and a random password;
    /// returns (role, password). Needs a connection whose role may create roles (the team's
    /// creator, or the database's administrator).
    pub fn create_member_role(&mut self) -> Result<(String, String), Error> {
        use rand::RngCore;
        let mut raw = [0u8; 28];
        rand::rngs::OsRng.fill_bytes(&mut raw);
        let role = format!(
            "breachlog_m_{}",
            raw[..8]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        let password = data_encoding::BASE32_NOPAD.encode(&raw[8..]);
        let db: String = self
            .client
            .query_one("SELECT current_database()", &[])
            .map_err(|e| self.fail(&e))?
            .get(0);
        // The role and password are hex and base32: nothing to quote; the database's name is
        // quoted as an identifier.
        let sql = format!(
            "CREATE ROLE {role} LOGIN PASSWORD '{password}';
             GRANT CONNECT ON DATABASE \"{}\" TO {role};
             {}",
            db.replace('"', "\"\""),
            MEMBER_GRANTS.replace("{role}", &role)
        );
        self.client.batch_execute(&sql).map_err(|e| self.fail(&e))?;
        Ok((role, password))
    }

    /// Removes a member: marks them removed, and when they have a role of their own, stops it
    /// from logging in, revokes its grants and ends its open sessions. `Ok(false)` when there
    /// is no such active member.
    pub fn revoke_member(&mut self, member: &str) -> Result<bool, Error> {
        let label = self.label.clone();
        let fail = |e: postgres::Error| unavailable(&label, &e);
        let row = self
            .client
            .query_opt(
                "UPDATE members SET removed_at = now() WHERE actor = $1 AND removed_at IS NULL
                 RETURNING role",
                &[&member],
            )
            .map_err(fail)?;
        let Some(row) = row else {
            return Ok(false);
        };
        if let Some(role) = row.get::<_, Option<String>>(0) {
            if role.starts_with("breachlog_m_") && role[12..].bytes().all(|b| b.is_ascii_hexdigit())
            {
                self.client
                    .batch_execute(&format!(
                        "ALTER ROLE {role} NOLOGIN;
                         REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role};"
                    ))
                    .map_err(fail)?;
                // Ending their open sessions needs pg_signal_backend on some managed servers:
                // without it the role still cannot log in again, and has no grants left.
                let _ = self.client.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1",
                    &[&role],
                );
            }
        }
        Ok(true)
    }

    /// The members not removed: (actor, public key).
    pub fn active_members(&mut self) -> Result<Vec<(String, String)>, Error> {
        let rows = self
            .client
            .query(
                "SELECT actor, public_key FROM members WHERE removed_at IS NULL ORDER BY actor",
                &[],
            )
            .map_err(|e| self.fail(&e))?;
        Ok(rows.into_iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// The highest key epoch with a slot for `member`, and the highest of all.
    pub fn epochs(&mut self, member: &str) -> Result<(Option<u32>, Option<u32>), Error> {
        let row = self
            .client
            .query_one(
                "SELECT max(epoch) FILTER (WHERE actor = $1), max(epoch) FROM key_slots",
                &[&member],
            )
            .map_err(|e| self.fail(&e))?;
        let get = |i| {
            row.get::<_, Option<i32>>(i)
                .and_then(|e| u32::try_from(e).ok())
        };
        Ok((get(0), get(1)))
    }

    /// The key epochs of the events after `seq`.
    pub fn epochs_after(&mut self, seq: u64) -> Result<Vec<u32>, Error> {
        let seq = i64::try_from(seq).unwrap_or(i64::MAX);
        let rows = self
            .client
            .query("SELECT DISTINCT epoch FROM events WHERE seq > $1", &[&seq])
            .map_err(|e| self.fail(&e))?;
        Ok(rows
            .into_iter()
            .filter_map(|r| u32::try_from(r.get::<_, i32>(0)).ok())
            .collect())
    }

    /// Stores key slots for `epoch`, one per member, in one transaction.
    pub fn put_slots(&mut self, epoch: u32, slots: &[(String, Vec<u8>)]) -> Result<(), Error> {
        let label = self.label.clone();
        let fail = |e: postgres::Error| unavailable(&label, &e);
        let epoch = i32::try_from(epoch).unwrap_or(i32::MAX);
        let mut tx = self.client.transaction().map_err(fail)?;
        for (member, slot) in slots {
            tx.execute(
                "INSERT INTO key_slots (epoch, actor, wrapped) VALUES ($1, $2, $3)",
                &[&epoch, member, slot],
            )
            .map_err(fail)?;
        }
        tx.commit().map_err(fail)
    }

    /// The key slot of `member` for `epoch`.
    pub fn key_slot(&mut self, epoch: u32, member: &str) -> Result<Option<Vec<u8>>, Error> {
        let epoch = i32::try_from(epoch).unwrap_or(i32::MAX);
        let row = self
            .client
            .query_opt(
                "SELECT wrapped FROM key_slots WHERE epoch = $1 AND actor = $2",
                &[&epoch, &member],
            )
            .map_err(|e| self.fail(&e))?;
        Ok(row.map(|r| r.get(0)))
    }
}

/// A server error as the user sees it: the server's label and PostgreSQL's own reason (never
/// the connection string, which may carry a password).
fn unavailable(label: &str, e: &postgres::Error) -> Error {
    let detail = match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => e.to_string(),
    };
    Error::TeamServer {
        server: label.to_string(),
        detail,
    }
}

#[cfg(test)]
mod tls_tests {
    use super::*;

    #[test]
    fn libpq_tls_parameters_the_client_lacks_are_taken_out_of_the_url() {
        let (url, root) = split_tls(
            "postgres://u:p@db.example.com:5432/t?sslmode=verify-full&sslrootcert=/etc/a%20b/ca.pem&application_name=x",
        );
        assert_eq!(
            url,
            "postgres://u:p@db.example.com:5432/t?sslmode=require&application_name=x"
        );
        assert_eq!(root, Some(PathBuf::from("/etc/a b/ca.pem")));
        let (url, root) = split_tls("postgres://u:p@h/t?sslrootcert=ca.pem");
        assert_eq!(url, "postgres://u:p@h/t");
        assert_eq!(root, Some(PathBuf::from("ca.pem")));
        assert_eq!(split_tls("postgres://u:p@h/t").0, "postgres://u:p@h/t");
        assert_eq!(
            label("postgres://u:p@h:6543/t?sslmode=verify-ca&sslrootcert=x").as_deref(),
            Some("h:6543/t")
        );
        assert_eq!(
            tls_query("postgres://u:p@h/t?sslmode=require"),
            "?sslmode=require"
        );
        assert_eq!(tls_query("postgres://u:p@h/t"), "");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }
}
