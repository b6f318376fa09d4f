//! The incident list query used by the CLI and the desktop register view: filters, sort and
//! pagination run in SQL on indexed projection columns.

use rusqlite::types::Value as SqlValue;
use serde::{Deserialize, Serialize};

use crate::domain::{PersonalData, Risk, Status};
use crate::error::{Error, Reason, Result};
use crate::register::Register;
use crate::validate;

/// Sort orders of the register list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum SortBy {
    #[default]
    DetectedDesc,
    DetectedAsc,
    Title,
    Status,
    Severity,
}

/// Filters as sent by the front ends (text values, validated here).
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct IncidentFilter {
    pub status: Vec<String>,
    /// Only personal-data breaches (`Some(true)`) or only non-breaches (`Some(false)`).
    pub breach: Option<bool>,
    pub risk: Vec<String>,
    /// Case-insensitive substring of the title, or an id prefix.
    pub text: Option<String>,
    /// Detected at or after / before (RFC 3339).
    pub detected_from: Option<String>,
    pub detected_to: Option<String>,
    pub sort: SortBy,
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

/// One row of the register list.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IncidentRow {
    pub id: String,
    pub title: String,
    pub status: String,
    pub category: String,
    pub severity: String,
    pub detected_at: String,
    pub personal_data: Option<String>,
    pub risk: Option<String>,
    pub aware_at: Option<String>,
    pub exercise: bool,
    pub breach: bool,
}

/// A page of rows and the total number matching the filter.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IncidentPage {
    pub total: u64,
    pub rows: Vec<IncidentRow>,
}

impl Register {
    pub fn list_incidents(&self, filter: &IncidentFilter) -> Result<IncidentPage> {
        let mut clauses: Vec<String> = Vec::new();
        let mut args: Vec<SqlValue> = Vec::new();
        if !filter.status.is_empty() {
            let mut marks = Vec::new();
            for s in &filter.status {
                let st: Status = validate::choice("status", s, Status::allowed)?;
                args.push(SqlValue::Text(st.as_str().into()));
                marks.push(format!("?{}", args.len()));
            }
            clauses.push(format!("status IN ({})", marks.join(",")));
        }
        match filter.breach {
            Some(true) => clauses.push(format!("personal_data = '{}'", PersonalData::Yes.as_str())),
            Some(false) => clauses.push(format!(
                "(personal_data IS NULL OR personal_data != '{}')",
                PersonalData::Yes.as_str()
            )),
            None => {}
        }
        if !filter.risk.is_empty() {
            let mut marks = Vec::new();
            for r in &filter.risk {
                let risk: Risk = validate::choice("risk", r, Risk::allowed)?;
                args.push(SqlValue::Text(risk.as_str().into()));
                marks.push(format!("?{}", args.len()));
            }
            clauses.push(format!("risk IN ({})", marks.join(",")));
        }
        if let Some(text) = filter
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            let escaped = text
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            args.push(SqlValue::Text(format!("%{escaped}%")));
            let n = args.len();
            args.push(SqlValue::Text(format!("{}%", escaped.to_ascii_lowercase())));
            clauses.push(format!(
                "(title LIKE ?{n} ESCAPE '\\' OR id LIKE ?{} ESCAPE '\\')",
                n + 1
            ));
        }
        for (field, value, op) in [
            ("detected_from", &filter.detected_from, ">="),
            ("detected_to", &filter.detected_to, "<="),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                let ts = validate::timestamp(field, v)?;
                args.push(SqlValue::Text(ts.to_string()));
                clauses.push(format!("detected_at {op} ?{}", args.len()));
            }
        }
        let where_sql = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        let order = match filter.sort {
            SortBy::DetectedDesc => "detected_at DESC, id DESC",
            SortBy::DetectedAsc => "detected_at ASC, id ASC",
            SortBy::Title => "title COLLATE NOCASE ASC, id ASC",
            SortBy::Status => "CASE status WHEN 'reported' THEN 0 WHEN 'triage' THEN 1 WHEN 'investigating' THEN 2 \
                 WHEN 'contained' THEN 3 WHEN 'resolved' THEN 4 ELSE 5 END, detected_at DESC",
            SortBy::Severity => "CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, \
                 detected_at DESC",
        };
        let limit = filter.limit.unwrap_or(200);
        if limit == 0 || limit > 10_000 {
            return Err(Error::invalid("limit", Reason::OutOfRange { max: 10_000 }));
        }
        let conn = self.conn();
        let total: i64 = conn.query_row(
            &format!("SELECT count(*) FROM incidents {where_sql}"),
            rusqlite::params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let sql = format!(
            "SELECT id, title, status, category, severity, detected_at, personal_data, risk, aware_at, exercise
             FROM incidents {where_sql} ORDER BY {order} LIMIT {limit} OFFSET {}",
            filter.offset.unwrap_or(0)
        );
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |r| {
                let personal_data: Option<String> = r.get(6)?;
                Ok(IncidentRow {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    status: r.get(2)?,
                    category: r.get(3)?,
                    severity: r.get(4)?,
                    detected_at: r.get(5)?,
                    breach: personal_data.as_deref() == Some(PersonalData::Yes.as_str()),
                    personal_data,
                    risk: r.get(7)?,
                    aware_at: r.get(8)?,
                    exercise: r.get(9)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(IncidentPage {
            total: total as u64,
            rows,
        })
    }
}
