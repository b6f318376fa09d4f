//! Comparing the rebuilt projections with the stored tables.

use rusqlite::Connection;
use uuid::Uuid;

use crate::domain::Incident;
use crate::error::{Error, IntegrityError, IntegrityReason, Result};
use crate::projection::{self};
use crate::store::storage;

/// Compares every projection table with its rebuild, streaming both in primary-key order one
/// row at a time (memory does not grow with the tables); the first differing row is named by
/// its first column, taken from the rebuilt row (or the stored one past the rebuild's end).
pub(crate) fn mismatch(table: &str, key: String, head_seq: u64) -> Error {
    IntegrityError {
        seq: head_seq,
        reason: IntegrityReason::ProjectionMismatch {
            table: table.to_string(),
            key,
        },
    }
    .into()
}

/// Compares every projection table but `incidents` (see [`compare_incidents`]) row by row in key
/// order; the first table that differs, with its index in `storage::PROJECTIONS`.
pub(crate) fn compare_tables(
    stored: &Connection,
    rebuilt: &Connection,
    head_seq: u64,
) -> Result<Option<(usize, Error)>> {
    for (at, (table, pk)) in storage::PROJECTIONS.iter().enumerate() {
        if *table == "incidents" {
            continue;
        }
        let sql = format!("SELECT * FROM {table} ORDER BY {pk}");
        let mut sa = stored.prepare(&sql)?;
        let mut sb = rebuilt.prepare(&sql)?;
        let (na, nb) = (sa.column_count(), sb.column_count());
        let mut ra = sa.query([])?;
        let mut rb = sb.query([])?;
        loop {
            let (a, b) = (ra.next()?, rb.next()?);
            let same = match (a, b) {
                (None, None) => break,
                (Some(a), Some(b)) => {
                    let mut same = na == nb;
                    for i in 0..na.min(nb) {
                        if !same || a.get_ref(i)? != b.get_ref(i)? {
                            same = false;
                            break;
                        }
                    }
                    same
                }
                _ => false,
            };
            if !same {
                let key = match b.or(a) {
                    Some(row) => value_text(&row.get::<_, rusqlite::types::Value>(0)?),
                    None => String::new(),
                };
                return Ok(Some((at, mismatch(table, key, head_seq))));
            }
        }
    }
    Ok(None)
}

/// The incidents a replay holds in memory, by id, with their creation seq.
pub(crate) type ReplayedIncidents = std::collections::HashMap<Uuid, (Incident, u64)>;

/// How many events `verify` hands to its replay thread at a time.
pub(crate) const VERIFY_BATCH: usize = 256;

/// Compares every stored incident row with the replayed incident of the same id (the row
/// `projection::upsert_row` would write for it), and finds replayed incidents without a row.
/// `Some` is the id of the first row that differs, is extra, or is missing.
pub(crate) fn compare_incidents(
    stored: &Connection,
    incidents: &mut ReplayedIncidents,
) -> Result<Option<String>> {
    use rusqlite::types::ValueRef;
    let mut stmt = stored.prepare("SELECT * FROM incidents")?;
    if !stmt.column_names().eq(projection::INCIDENT_COLUMNS) {
        return Ok(Some(String::new()));
    }
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let key = value_text(&row.get::<_, rusqlite::types::Value>(0)?);
        let Some((incident, created)) = Uuid::parse_str(&key)
            .ok()
            .and_then(|id| incidents.remove(&id))
        else {
            return Ok(Some(key));
        };
        let expected = projection::incident_row(&incident, created)?;
        for (i, value) in expected.iter().enumerate() {
            if row.get_ref(i)? != ValueRef::from(value) {
                return Ok(Some(key));
            }
        }
    }
    Ok(incidents.keys().min().map(Uuid::to_string))
}

pub(crate) fn value_text(v: &rusqlite::types::Value) -> String {
    match v {
        rusqlite::types::Value::Integer(i) => i.to_string(),
        rusqlite::types::Value::Text(t) => t.clone(),
        other => format!("{other:?}"),
    }
}
