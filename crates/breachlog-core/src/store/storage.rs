//! The encrypted SQLite file: opening with the raw SQLCipher key, pragmas for durability and
//! no plaintext temp files, and schema migrations (all in one transaction, newer schemas refused).

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};
use crate::store::keys::DataKey;

/// The schema this build writes and reads.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Projection tables and their primary keys, compared against a rebuild by `verify`.
pub const PROJECTIONS: &[(&str, &str)] = &[
    ("org", "id"),
    ("settings", "id"),
    ("incidents", "id"),
    ("actions", "id"),
    ("notes", "id"),
    // 2: the regulation engine ([`REGULATION_SCHEMA`]).
    ("controllers", "id"),
    ("incident_regulation", "incident_id"),
    ("obligations", "id"),
    ("filings", "id"),
    ("regulation_settings", "id"),
    ("authority_contacts", "id"),
    // 9: evidence files ([`EVIDENCE_SCHEMA`]); their content is not a projection.
    ("evidence", "id"),
    // 13: the impact per customer ([`IMPACT_SCHEMA`]).
    ("controller_impacts", "id"),
];

const MIGRATIONS: &[&str] = &[
    // 1: journal and the first projections.
    r#"
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE events (
        seq     INTEGER PRIMARY KEY,
        id      TEXT NOT NULL UNIQUE,
        ts      TEXT NOT NULL,
        actor   TEXT NOT NULL,
        kind    TEXT NOT NULL,
        subject TEXT,
        payload TEXT NOT NULL,
        prev    TEXT NOT NULL,
        hash    TEXT NOT NULL
    );
    CREATE INDEX events_subject ON events (subject, seq);
    CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END;
    CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END;
    "#,
    // 2: regulation engine projections (obligations, filings, controllers, …).
    REGULATION_SCHEMA,
    // 3: the PDF bytes of issued reports (not a projection; `IF NOT EXISTS` because builds
    // before this migration created the table on first use).
    REPORT_STORE_SCHEMA,
    // 4: values and salts of sealed personal fields, outside the hash (deleted by redaction).
    r#"
    CREATE TABLE IF NOT EXISTS event_secrets (
        seq   INTEGER NOT NULL,
        path  TEXT NOT NULL,
        salt  TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (seq, path)
    ) WITHOUT ROWID;
    "#,
    // 5: covering indexes for the register list (`query::list_incidents`): every filter, count
    // and sort of the list reads only an index (~200 bytes a row) instead of scanning incident
    // rows with their documents (~2 KB, decrypted page by page). Measured with `make bench` on
    // 100,000 incidents. Indexes only: projections and their comparison in `verify` unchanged.
    r#"
    DROP INDEX IF EXISTS incidents_status;
    DROP INDEX IF EXISTS incidents_detected;
    DROP INDEX IF EXISTS incidents_breach;
    CREATE INDEX IF NOT EXISTS incidents_list ON incidents
        (detected_at, id, status, personal_data, risk, severity, category, exercise, aware_at, title);
    CREATE INDEX IF NOT EXISTS incidents_status ON incidents
        (status, detected_at, id, personal_data, risk, severity, category, exercise, aware_at, title);
    CREATE INDEX IF NOT EXISTS incidents_breach ON incidents
        (personal_data, risk, detected_at, id, status, severity, category, exercise, aware_at, title);
    "#,
    // 6: the register list sorted by status (`query::STATUS_ORDER`) reads this index in order
    // and stops after one page, instead of sorting every incident (41 ms → below 1 ms for the
    // first page of 100,000 incidents, `make bench`). The expression must stay the same text
    // as in the query for SQLite to use it.
    r#"
    CREATE INDEX IF NOT EXISTS incidents_by_status ON incidents
        ((CASE status WHEN 'reported' THEN 0 WHEN 'triage' THEN 1 WHEN 'investigating' THEN 2
          WHEN 'contained' THEN 3 WHEN 'resolved' THEN 4 ELSE 5 END), detected_at DESC,
         id, status, personal_data, risk, severity, category, exercise, aware_at, title);
    "#,
    // 7: the desktop scheduler asks for the last backup and restore test every minute
    // (`Register::backup_status`); without an index that scanned the whole journal (~1 s at a
    // million events, with the register locked). Partial indexes: other events add nothing.
    r#"
    CREATE INDEX IF NOT EXISTS events_backup_created ON events (seq) WHERE kind = 'backup.created';
    CREATE INDEX IF NOT EXISTS events_restore_tested ON events (seq)
        WHERE kind = 'backup.restore_tested';
    "#,
    // 8: the affected systems, filings' references and reasons for delay, authority contacts'
    // subjects and references, controllers' names and contacts and redaction reasons are sealed
    // from here on (`docs/chain-format.md` §7); the first sequence number written so is kept.
    r#"
    INSERT OR REPLACE INTO meta (key, value)
        VALUES ('texts_sealed_from_seq', (SELECT coalesce(max(seq), 0) + 1 FROM events));
    "#,
    // 9: evidence files: their projection and their content, in chunks
    // ([`EVIDENCE_CONTENT_SCHEMA`]).
    EVIDENCE_SCHEMA_AND_CONTENT,
    // 10: full-text search over each incident's title, description, notes and actions
    // ([`SEARCH_SCHEMA`]).
    SEARCH_SCHEMA,
    // 11: controllers as customer records (country, language, lead authority, contract
    // reference, several contacts, removal). Their stored documents are rewritten to the new
    // form by [`crate::projection::regulation::upgrade_controller_docs`] (the single `contact`
    // becomes the list `contacts`); the list sorted by name reads this index.
    "CREATE INDEX IF NOT EXISTS controllers_name ON controllers (name COLLATE NOCASE, id);",
    // 12: the stored documents of the organisation, settings, incidents, actions and notes are
    // rewritten in this version's form by [`crate::projection::upgrade_docs`] (a register
    // stored before `redacted_at` and the retention settings existed failed `verify` after
    // upgrading: its documents lacked members the rebuild writes). No SQL.
    "",
    // 13: the impact of an incident per customer ([`IMPACT_SCHEMA`]).
    IMPACT_SCHEMA,
    // 14: signed checkpoints (`docs/chain-format.md` §9). Each unlock looks for the publication
    // of the register's signing key and `anchor export` for the latest checkpoint: partial
    // indexes, so neither scans the journal. Indexes only: nothing to rebuild or compare.
    r#"
    CREATE INDEX IF NOT EXISTS events_signing_published ON events (seq)
        WHERE kind = 'key.signing_published';
    CREATE INDEX IF NOT EXISTS events_checkpoint_signed ON events (seq)
        WHERE kind = 'checkpoint.signed';
    "#,
    // 15: a filing's acknowledgement by its recipient (`filing.acknowledged`, kept in the
    // filing's document in `filings`) and the reminder setting for notices to customers
    // (`notice_reminder_hours` in the regulation settings). No SQL: both are optional members
    // of existing documents; the version makes builds that do not know the new event kind
    // refuse the register instead of failing on it.
    "",
    // 16: counting rules (`docs/regulation.md`): each obligation's document gains `counting`
    // and `target_at`; those stored before get the rule they were computed by and their due
    // time as target ([`crate::projection::regulation::upgrade_obligation_counting`]). No SQL.
    "",
];

/// The version whose migration completes the obligations' counting terms.
const OBLIGATION_COUNTING: i64 = 16;

/// The impact of an incident on each customer's data (schema version 13), one row per incident
/// and controller (`id` = `<incident id>:<controller id>`), from `controller.impact_set`.
/// Created by migration 13 and by [`memory_projection_db`] for `verify` rebuilds.
pub const IMPACT_SCHEMA: &str = r#"
    CREATE TABLE IF NOT EXISTS controller_impacts (
        id            TEXT PRIMARY KEY,
        incident_id   TEXT NOT NULL,
        controller_id TEXT NOT NULL,
        doc           TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS controller_impacts_incident ON controller_impacts (incident_id, controller_id);
"#;

/// The version whose migration rewrites the controllers' documents.
const CONTROLLER_RECORDS: i64 = 11;

/// The version whose migration rewrites the documents of the first projections.
const SINGLE_DOCS: i64 = 12;

/// The version whose migration builds the search index. `main` took schema 9 twice: from
/// 97f7dd6 to f875e29 its schema 9 was the search index, and the merge of the evidence files
/// made evidence 9 and search 10. A register written in between says 9 and has no evidence
/// tables, so this migration creates them too (`IF NOT EXISTS`: nothing for the others; found by
/// the schema-9 fixture in `tests/fixtures/registers`).
const SEARCH_INDEX: i64 = 10;

/// The projection of evidence files (schema version 9): what the journal says about each file
/// (name, media type, size, SHA-256, custody). `IF NOT EXISTS`, like every later migration, so a
/// test that sets an older `user_version` on a current file migrates it again.
macro_rules! evidence_schema {
    () => {
        r#"
    CREATE TABLE IF NOT EXISTS evidence (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, doc TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS evidence_incident ON evidence (incident_id);
"#
    };
}

/// The content of evidence files, in chunks of at most `register::evidence::CHUNK_SIZE` bytes
/// numbered from 0, each with its own SHA-256 (to name an altered chunk).
macro_rules! evidence_content_schema {
    () => {
        r#"
    CREATE TABLE IF NOT EXISTS evidence_content (
        evidence_id TEXT NOT NULL,
        chunk       INTEGER NOT NULL,
        sha256      TEXT NOT NULL,
        data        BLOB NOT NULL,
        PRIMARY KEY (evidence_id, chunk)
    );
"#
    };
}

/// Migration 9: both evidence tables.
const EVIDENCE_SCHEMA_AND_CONTENT: &str = concat!(evidence_schema!(), evidence_content_schema!());

/// Projection table of evidence files (schema version 9). Created by migration 9 and by
/// [`memory_projection_db`] for `verify` rebuilds.
pub const EVIDENCE_SCHEMA: &str = evidence_schema!();

/// The table of evidence content (schema migration 9). Not a projection: the bytes cannot be
/// rebuilt from events, but each file's size and SHA-256 are in its `evidence.added` event and
/// `verify` reads every file back.
pub const EVIDENCE_CONTENT_SCHEMA: &str = evidence_content_schema!();

/// The searchable text of the incident row `$i` (an alias or `NEW`): its title and
/// description, its notes and its actions' titles. Plain SQL, so that any connection writing the
/// projection tables (a repair tool, a test) keeps the index right without a Rust function.
macro_rules! search_body {
    ($i:literal) => {
        concat!(
            "coalesce(json_extract(",
            $i,
            ".doc, '$.title'), '') || ' ' || ",
            "coalesce(json_extract(",
            $i,
            ".doc, '$.description'), '') || ' ' || ",
            "coalesce((SELECT group_concat(json_extract(n.doc, '$.text'), ' ') FROM notes n ",
            "WHERE n.incident_id = ",
            $i,
            ".id), '') || ' ' || ",
            "coalesce((SELECT group_concat(json_extract(a.doc, '$.title'), ' ') FROM actions a ",
            "WHERE a.incident_id = ",
            $i,
            ".id), '')"
        )
    };
}

/// Refreshes the index row of the incident `$id` (an SQL expression) from its current texts.
macro_rules! search_refresh {
    ($id:literal) => {
        concat!(
            "DELETE FROM incident_search WHERE rowid = (SELECT rowid FROM incidents WHERE id = ",
            $id,
            "); INSERT INTO incident_search (rowid, body) SELECT i.rowid, ",
            search_body!("i"),
            " FROM incidents i WHERE i.id = ",
            $id,
            ";"
        )
    };
}

/// The full-text index of the register list's search: one FTS5 row per incident (its rowid is
/// the incident row's), the words of its title, description, notes and action titles, folded
/// (case and diacritics: "elodie" finds "Élodie"). Contentless: the index keeps no second copy
/// of the texts, and with `secure-delete` a replaced row's words are removed from the index
/// itself, so a redaction leaves no searchable trace. Kept current by triggers on the three
/// projection tables, so every writer (projection, redaction, restore) keeps it right; it is a
/// derived index like the others, not a projection `verify` compares.
pub const SEARCH_SCHEMA: &str = concat!(
    "CREATE VIRTUAL TABLE IF NOT EXISTS incident_search USING fts5(body, content = '', ",
    "contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');\n",
    "INSERT INTO incident_search (incident_search, rank) VALUES ('secure-delete', 1);\n",
    "CREATE TRIGGER IF NOT EXISTS incident_search_insert AFTER INSERT ON incidents BEGIN ",
    "INSERT INTO incident_search (rowid, body) VALUES (NEW.rowid, ",
    search_body!("NEW"),
    "); END;\n",
    "CREATE TRIGGER IF NOT EXISTS incident_search_update AFTER UPDATE ON incidents BEGIN ",
    "DELETE FROM incident_search WHERE rowid = OLD.rowid; ",
    "INSERT INTO incident_search (rowid, body) VALUES (NEW.rowid, ",
    search_body!("NEW"),
    "); END;\n",
    "CREATE TRIGGER IF NOT EXISTS incident_search_delete AFTER DELETE ON incidents BEGIN ",
    "DELETE FROM incident_search WHERE rowid = OLD.rowid; END;\n",
    "CREATE TRIGGER IF NOT EXISTS note_search_insert AFTER INSERT ON notes BEGIN ",
    search_refresh!("NEW.incident_id"),
    " END;\n",
    "CREATE TRIGGER IF NOT EXISTS note_search_update AFTER UPDATE ON notes BEGIN ",
    search_refresh!("NEW.incident_id"),
    " END;\n",
    "CREATE TRIGGER IF NOT EXISTS note_search_delete AFTER DELETE ON notes BEGIN ",
    search_refresh!("OLD.incident_id"),
    " END;\n",
    "CREATE TRIGGER IF NOT EXISTS action_search_insert AFTER INSERT ON actions BEGIN ",
    search_refresh!("NEW.incident_id"),
    " END;\n",
    "CREATE TRIGGER IF NOT EXISTS action_search_update AFTER UPDATE ON actions BEGIN ",
    search_refresh!("NEW.incident_id"),
    " END;\n",
    "CREATE TRIGGER IF NOT EXISTS action_search_delete AFTER DELETE ON actions BEGIN ",
    search_refresh!("OLD.incident_id"),
    " END;\n",
    // Built afresh (a file whose `user_version` was set back migrates again).
    "INSERT INTO incident_search (incident_search) VALUES ('delete-all');\n",
    "INSERT INTO incident_search (rowid, body) SELECT i.rowid, ",
    search_body!("i"),
    " FROM incidents i;\n"
);

/// Projection tables of the regulation engine (schema version 2). Created by migration 2 in
/// existing registers and by [`memory_projection_db`] for `verify` rebuilds.
pub const REGULATION_SCHEMA: &str = r#"
    CREATE TABLE controllers (id TEXT PRIMARY KEY, name TEXT NOT NULL, doc TEXT NOT NULL);
    CREATE TABLE incident_regulation (incident_id TEXT PRIMARY KEY, doc TEXT NOT NULL);
    CREATE TABLE obligations (
        id          TEXT PRIMARY KEY,
        incident_id TEXT,
        regime      TEXT NOT NULL,
        kind        TEXT NOT NULL,
        due_at      TEXT,
        doc         TEXT NOT NULL
    );
    CREATE INDEX obligations_incident ON obligations (incident_id);
    CREATE TABLE filings (
        id            TEXT PRIMARY KEY,
        obligation_id TEXT NOT NULL,
        incident_id   TEXT,
        at            TEXT NOT NULL,
        doc           TEXT NOT NULL
    );
    CREATE INDEX filings_obligation ON filings (obligation_id);
    CREATE TABLE regulation_settings (id INTEGER PRIMARY KEY CHECK (id = 1), doc TEXT NOT NULL);
    CREATE TABLE authority_contacts (id TEXT PRIMARY KEY, incident_id TEXT, doc TEXT NOT NULL);
"#;

/// The table holding issued PDFs (schema migration 3). Not a projection: the bytes cannot be
/// rebuilt from events, but each file's SHA-256 is in its `report.issued` event.
pub const REPORT_STORE_SCHEMA: &str =
    "CREATE TABLE IF NOT EXISTS report_files (serial TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, pdf BLOB NOT NULL);";

/// Projection schema: also created in the in-memory database `verify` rebuilds into.
pub const PROJECTION_SCHEMA: &str = r#"
    CREATE TABLE org (id INTEGER PRIMARY KEY CHECK (id = 1), doc TEXT NOT NULL);
    CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), doc TEXT NOT NULL);
    CREATE TABLE incidents (
        id            TEXT PRIMARY KEY,
        status        TEXT NOT NULL,
        title         TEXT NOT NULL,
        category      TEXT NOT NULL,
        severity      TEXT NOT NULL,
        detected_at   TEXT NOT NULL,
        personal_data TEXT,
        risk          TEXT,
        aware_at      TEXT,
        exercise      INTEGER NOT NULL,
        created_seq   INTEGER NOT NULL,
        last_seq      INTEGER NOT NULL,
        doc           TEXT NOT NULL
    );
    CREATE INDEX incidents_status ON incidents (status);
    CREATE INDEX incidents_detected ON incidents (detected_at);
    CREATE INDEX incidents_breach ON incidents (personal_data, risk);
    CREATE TABLE actions (
        id          TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL,
        done        INTEGER NOT NULL,
        due_at      TEXT,
        doc         TEXT NOT NULL
    );
    CREATE INDEX actions_incident ON actions (incident_id);
    CREATE TABLE notes (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, doc TEXT NOT NULL);
    CREATE INDEX notes_incident ON notes (incident_id);
"#;

/// Opens (or creates) the encrypted database with `key` and checks that the key fits.
pub fn open(path: &Path, key: &DataKey, create: bool) -> Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    // SQLCipher prints "hmac check failed" on a wrong key unless told not to.
    let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
    conn.execute_batch(&format!(
        "PRAGMA key = {};",
        key.sqlcipher_literal().as_str()
    ))?;
    // A wrong key surfaces at the first read as SQLITE_NOTADB.
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => {}
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            return Err(Error::WrongKey)
        }
        Err(e) => return Err(e.into()),
    }
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA busy_timeout = 5000;",
    )?;
    // An evidence file of 200 MB passes through the write-ahead log in one transaction; once
    // the log has been checkpointed, it is cut back to 64 MiB instead of keeping that size.
    conn.execute_batch("PRAGMA journal_size_limit = 67108864;")?;
    // Projections and the regulation engine use ~30 distinct statements (`prepare_cached`).
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    // 64 MiB of decrypted pages at most (default ~8 MiB): the list indexes of a large register
    // (~20 MB each at 100,000 incidents; a count and its page may use two of them) stay in
    // memory between queries instead of being decrypted again for every filter change.
    conn.execute_batch(&format!("PRAGMA cache_size = -{CACHE_KIB};"))?;
    Ok(conn)
}

/// The page cache of a register connection, in KiB (see [`open`]).
pub const CACHE_KIB: i64 = 65536;

/// The page cache while an evidence file streams through the connection: its pages are read or
/// written once, so a larger cache would only hold them (and push out the list indexes).
pub const STREAM_CACHE_KIB: i64 = 2048;

/// Brings the schema to [`SCHEMA_VERSION`] in one transaction; refuses newer schemas.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > SCHEMA_VERSION {
        return Err(Error::SchemaTooNew {
            found: current,
            supported: SCHEMA_VERSION,
        });
    }
    if current == SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction()?;
    for (index, sql) in MIGRATIONS.iter().enumerate() {
        let version = index as i64 + 1;
        if version > current {
            tx.execute_batch(sql)?;
            if version == 1 {
                tx.execute_batch(PROJECTION_SCHEMA)?;
            }
            if version == SEARCH_INDEX {
                tx.execute_batch(EVIDENCE_SCHEMA_AND_CONTENT)?;
            }
            if version == CONTROLLER_RECORDS {
                crate::projection::regulation::upgrade_controller_docs(&tx)?;
            }
            if version == SINGLE_DOCS {
                crate::projection::upgrade_docs(&tx)?;
            }
            if version == OBLIGATION_COUNTING {
                crate::projection::regulation::upgrade_obligation_counting(&tx)?;
            }
        }
    }
    tx.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION};"))?;
    tx.commit()?;
    Ok(())
}

/// Prepared statements kept per connection.
pub const STATEMENT_CACHE: usize = 64;

/// An unencrypted in-memory database with the projection schema, for rebuilding projections.
pub fn memory_projection_db() -> Result<Connection> {
    let conn = Connection::open_in_memory()?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    conn.execute_batch(PROJECTION_SCHEMA)?;
    conn.execute_batch(REGULATION_SCHEMA)?;
    conn.execute_batch(EVIDENCE_SCHEMA)?;
    conn.execute_batch(IMPACT_SCHEMA)?;
    Ok(conn)
}
