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
    /// Nearest open deadline first.
    Deadline,
}

impl SortBy {
    pub const ALL: [SortBy; 6] = [
        SortBy::DetectedDesc,
        SortBy::DetectedAsc,
        SortBy::Title,
        SortBy::Status,
        SortBy::Severity,
        SortBy::Deadline,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SortBy::DetectedDesc => "detected_desc",
            SortBy::DetectedAsc => "detected_asc",
            SortBy::Title => "title",
            SortBy::Status => "status",
            SortBy::Severity => "severity",
            SortBy::Deadline => "deadline",
        }
    }
}

impl std::str::FromStr for SortBy {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        SortBy::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| {
                let allowed: Vec<&str> = SortBy::ALL.iter().map(|x| x.as_str()).collect();
                Error::invalid(
                    "sort",
                    Reason::UnknownValue {
                        allowed: allowed.join(", "),
                    },
                )
            })
    }
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
    /// Words in the title, description, notes or actions (full-text, case and diacritics
    /// ignored), a substring of the title, or an id prefix.
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

/// The status sort: the workflow order, newest first within a status. The same expression as
/// the `incidents_by_status` index (storage migration 6), so the sort reads that index.
const STATUS_ORDER: &str =
    "(CASE status WHEN 'reported' THEN 0 WHEN 'triage' THEN 1 WHEN 'investigating' THEN 2 \
     WHEN 'contained' THEN 3 WHEN 'resolved' THEN 4 ELSE 5 END), detected_at DESC";

/// The nearest-deadline sort: incidents with an open obligation (a due time, no initial filing,
/// not found not required) first, the earliest due time first; the others after them, newest
/// first. The same open obligations the obligations view counts down to.
const NEAREST_DEADLINE_ORDER: &str =
    "(SELECT min(o.due_at) FROM obligations o WHERE o.incident_id = incidents.id \
       AND o.due_at IS NOT NULL AND json_extract(o.doc, '$.not_required') IS NULL \
       AND NOT EXISTS (SELECT 1 FROM filings f WHERE f.obligation_id = o.id \
                       AND json_extract(f.doc, '$.phase') = 'initial')) ASC NULLS LAST, \
     detected_at DESC, id DESC";

/// The full-text query for the words typed into the search box: every word must occur in the
/// incident's title, description, notes or actions, as a word or the start of one ("lapt"
/// finds "laptop"; case and diacritics do not matter). Each word is quoted, so FTS5 operators
/// typed by the user are plain text. `None` when no word has a letter or digit.
fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
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
            let mut either = vec![
                format!("title LIKE ?{n} ESCAPE '\\'"),
                format!("id LIKE ?{} ESCAPE '\\'", n + 1),
            ];
            if let Some(words) = fts_query(text) {
                args.push(SqlValue::Text(words));
                either.push(format!(
                    "rowid IN (SELECT rowid FROM incident_search WHERE incident_search MATCH ?{})",
                    args.len()
                ));
            }
            clauses.push(format!("({})", either.join(" OR ")));
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
            SortBy::Deadline => NEAREST_DEADLINE_ORDER,
            SortBy::DetectedDesc => "detected_at DESC, id DESC",
            SortBy::DetectedAsc => "detected_at ASC, id ASC",
            SortBy::Title => "title COLLATE NOCASE ASC, id ASC",
            SortBy::Status => STATUS_ORDER,
            SortBy::Severity => "CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, \
                 detected_at DESC",
        };
        let limit = filter.limit.unwrap_or(200);
        if limit == 0 || limit > 10_000 {
            return Err(Error::invalid("limit", Reason::OutOfRange { max: 10_000 }));
        }
        let conn = self.conn();
        let offset = filter.offset.unwrap_or(0);
        let sql = format!(
            "SELECT id, title, status, category, severity, detected_at, personal_data, risk, aware_at, exercise
             FROM incidents {where_sql} ORDER BY {order} LIMIT {limit} OFFSET {offset}"
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
        // A page that is not full is the last one (when it is not empty, or is the first page):
        // the total follows from it without counting (a second scan of every matching row).
        let total = if rows.len() < limit as usize && (offset == 0 || !rows.is_empty()) {
            u64::from(offset) + rows.len() as u64
        } else {
            let n: i64 = conn.query_row(
                &format!("SELECT count(*) FROM incidents {where_sql}"),
                rusqlite::params_from_iter(args.iter()),
                |r| r.get(0),
            )?;
            n as u64
        };
        Ok(IncidentPage { total, rows })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::IncidentInput;

    /// Seven incidents detected one day apart (2026-03-01 … 03-07), titles "Lost laptop 1" …;
    /// the third and sixth are moved to triage.
    fn register() -> (tempfile::TempDir, Register, Vec<String>) {
        let (dir, mut reg) =
            crate::testing::register(crate::testing::org_in("Europe/Berlin"), "ciso");
        let mut ids = Vec::new();
        for day in 1..=7 {
            let incident = reg
                .create_incident(&IncidentInput {
                    title: Some(format!("Lost laptop {day}")),
                    description: Some("A laptop was left on a train.".into()),
                    category: Some("lost_device".into()),
                    severity: Some("medium".into()),
                    detected_at: Some(format!("2026-03-0{day}T09:00:00Z")),
                    ..Default::default()
                })
                .unwrap();
            if day == 3 || day == 6 {
                reg.transition(incident.id, "triage", None, None, None)
                    .unwrap();
            }
            ids.push(incident.id.to_string());
        }
        (dir, reg, ids)
    }

    fn titles(page: &IncidentPage) -> Vec<&str> {
        page.rows.iter().map(|r| r.title.as_str()).collect()
    }

    #[test]
    fn totals_are_right_on_full_partial_and_empty_pages() {
        let (_dir, reg, _) = register();
        let page = |offset, limit| {
            reg.list_incidents(&IncidentFilter {
                limit: Some(limit),
                offset: Some(offset),
                ..Default::default()
            })
            .unwrap()
        };
        // Full first page: counted.
        let first = page(0, 3);
        assert_eq!(
            (first.total, titles(&first)),
            (7, vec!["Lost laptop 7", "Lost laptop 6", "Lost laptop 5"])
        );
        // Last, partial page: the total follows from it.
        let last = page(6, 3);
        assert_eq!((last.total, titles(&last)), (7, vec!["Lost laptop 1"]));
        // Exactly full last page, and a page beyond the end: counted.
        assert_eq!(page(4, 3).total, 7);
        let beyond = page(9, 3);
        assert_eq!((beyond.total, beyond.rows.len()), (7, 0));
        // Nothing matches: an empty first page is a total of 0.
        let none = reg
            .list_incidents(&IncidentFilter {
                text: Some("phishing".into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!((none.total, none.rows.len()), (0, 0));
    }

    #[test]
    fn text_matches_titles_and_id_prefixes() {
        let (_dir, reg, ids) = register();
        let by = |text: &str| {
            reg.list_incidents(&IncidentFilter {
                text: Some(text.into()),
                ..Default::default()
            })
            .unwrap()
        };
        let page = by("LAPTOP 4");
        assert_eq!((page.total, titles(&page)), (1, vec!["Lost laptop 4"]));
        // The id of the fifth incident, by its first 13 characters in upper case.
        let page = by(&ids[4][..13].to_uppercase());
        assert!(page.rows.iter().any(|r| r.id == ids[4]));
        assert!(page.rows.iter().all(|r| r.id.starts_with(&ids[4][..13])));
        // `%` and `_` are literal, not wildcards (and `lap_op` is no word either).
        assert_eq!(by("lap_op").total, 0);
        assert_eq!(by("%").total, 0);
    }

    #[test]
    fn sort_names_are_the_wire_names_and_an_unknown_one_is_refused() {
        for s in SortBy::ALL {
            assert_eq!(
                serde_json::to_value(s).unwrap(),
                serde_json::Value::String(s.as_str().into())
            );
            assert_eq!(s.as_str().parse::<SortBy>().unwrap(), s);
        }
        assert_eq!("Deadline".parse::<SortBy>().unwrap(), SortBy::Deadline);
        assert!(matches!(
            "nearest".parse::<SortBy>(),
            Err(Error::InvalidInput { field: "sort", .. })
        ));
    }

    fn search(reg: &Register, text: &str) -> Vec<String> {
        let mut t: Vec<String> = reg
            .list_incidents(&IncidentFilter {
                text: Some(text.into()),
                ..Default::default()
            })
            .unwrap()
            .rows
            .into_iter()
            .map(|r| r.title)
            .collect();
        t.sort();
        t
    }

    #[test]
    fn search_finds_words_in_descriptions_notes_and_actions_ignoring_case_and_accents() {
        let (_dir, mut reg, ids) = register();
        let id = |i: usize| uuid::Uuid::parse_str(&ids[i]).unwrap();
        let phish = reg
            .create_incident(&IncidentInput {
                title: Some("Suspicious e-mail".into()),
                description: Some(
                    "Élodie forwarded a message asking for the IBAN of a supplier.".into(),
                ),
                category: Some("phishing".into()),
                detected_at: Some("2026-03-08T09:00:00Z".into()),
                ..Default::default()
            })
            .unwrap();
        reg.add_note(id(1), "Police report filed in Utrecht by Mila Jovanović.")
            .unwrap();
        reg.add_action(id(4), "Wipe the device remotely via Intune", None, None)
            .unwrap();
        // A word of the description, in other case and without its accent; a word's start.
        assert_eq!(search(&reg, "elodie"), ["Suspicious e-mail"]);
        assert_eq!(search(&reg, "IBAN supp"), ["Suspicious e-mail"]);
        // A note's words, accents folded both ways.
        assert_eq!(search(&reg, "jovanovic utrecht"), ["Lost laptop 2"]);
        assert_eq!(search(&reg, "JOVANOVIĆ"), ["Lost laptop 2"]);
        // An action's title.
        assert_eq!(search(&reg, "intune"), ["Lost laptop 5"]);
        // Every word must occur: a note's word and another incident's title do not combine.
        assert!(search(&reg, "utrecht suspicious").is_empty());
        // Words of every description: all seven laptops.
        assert_eq!(search(&reg, "train").len(), 7);
        // What FTS5 would read as operators is plain text here.
        for typed in ["NOT", "\"", "utrecht OR", "*", "a:b", "(", "NEAR(x y)"] {
            let _ = search(&reg, typed);
        }
        assert_eq!(search(&reg, "utrecht OR"), Vec::<String>::new());
        // A later note is found at once; an edited description's old words are gone.
        reg.add_note(phish.id, "Reported to the bank's fraud desk.")
            .unwrap();
        assert_eq!(search(&reg, "fraud desk"), ["Suspicious e-mail"]);
        reg.update_incident(
            phish.id,
            &IncidentInput {
                description: Some("A supplier's invoice with changed bank details.".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert!(search(&reg, "elodie").is_empty());
        assert_eq!(search(&reg, "invoice fraud"), ["Suspicious e-mail"]);
    }

    #[test]
    fn search_of_a_register_made_before_the_index_covers_its_incidents() {
        let (_dir, reg, _) = register();
        // Drop the index as schema 8 had none, then run the migration's statements again.
        reg.conn()
            .execute_batch(
                "DROP TABLE incident_search;
                 DROP TRIGGER incident_search_insert; DROP TRIGGER incident_search_update;
                 DROP TRIGGER incident_search_delete;
                 DROP TRIGGER note_search_insert; DROP TRIGGER note_search_update;
                 DROP TRIGGER note_search_delete;
                 DROP TRIGGER action_search_insert; DROP TRIGGER action_search_update;
                 DROP TRIGGER action_search_delete;",
            )
            .unwrap();
        assert!(reg
            .list_incidents(&IncidentFilter {
                text: Some("train".into()),
                ..Default::default()
            })
            .is_err());
        reg.conn()
            .execute_batch(crate::store::storage::SEARCH_SCHEMA)
            .unwrap();
        assert_eq!(search(&reg, "train").len(), 7);
    }

    #[test]
    fn the_deadline_sort_puts_the_nearest_open_deadline_first() {
        use crate::register::regulation::ops::FilingInput;
        use crate::register::AssessmentInput;
        use crate::Ts;
        let (_dir, mut reg, ids) = register();
        let id = |i: usize| uuid::Uuid::parse_str(&ids[i]).unwrap();
        // Aware on 4 March (laptop 4), 2 March (laptop 2) and 6 March (laptop 6): GDPR Art 33
        // notifications due 72 hours later, so laptop 2 first, then 4, then 6.
        for (i, aware) in [
            (3, "2026-03-04T10:00:00Z"),
            (1, "2026-03-02T10:00:00Z"),
            (5, "2026-03-06T10:00:00Z"),
        ] {
            reg.assess(
                id(i),
                &AssessmentInput {
                    personal_data: Some("yes".into()),
                    aware_at: Some(aware.into()),
                    risk: Some("risk".into()),
                    risk_reasoning: Some("test".into()),
                    ..Default::default()
                },
            )
            .unwrap();
        }
        let sorted = |reg: &Register| {
            let page = reg
                .list_incidents(&IncidentFilter {
                    sort: SortBy::Deadline,
                    ..Default::default()
                })
                .unwrap();
            page.rows.into_iter().map(|r| r.title).collect::<Vec<_>>()
        };
        assert_eq!(
            sorted(&reg),
            [
                "Lost laptop 2",
                "Lost laptop 4",
                "Lost laptop 6",
                // No open deadline: newest first.
                "Lost laptop 7",
                "Lost laptop 5",
                "Lost laptop 3",
                "Lost laptop 1",
            ]
        );
        // Laptop 2's notification is filed: its deadline is no longer open.
        let ob = reg
            .obligations(Some(id(1)), Ts::now())
            .unwrap()
            .into_iter()
            .find(|o| o.due_at.is_some())
            .expect("the Art 33 obligation");
        reg.record_filing(
            Some(id(1)),
            &FilingInput {
                obligation: ob.id.to_string(),
                at: "2026-03-03T10:00:00Z".into(),
                channel: "portal".into(),
                reference: "AP-1".into(),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(
            sorted(&reg),
            [
                "Lost laptop 4",
                "Lost laptop 6",
                "Lost laptop 7",
                "Lost laptop 5",
                "Lost laptop 3",
                "Lost laptop 2",
                "Lost laptop 1",
            ]
        );
    }

    #[test]
    fn the_status_sort_is_workflow_order_then_newest_and_reads_its_index() {
        let (_dir, reg, _) = register();
        let page = reg
            .list_incidents(&IncidentFilter {
                sort: SortBy::Status,
                limit: Some(4),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(
            (page.total, titles(&page)),
            (
                7,
                vec![
                    "Lost laptop 7",
                    "Lost laptop 5",
                    "Lost laptop 4",
                    "Lost laptop 2"
                ]
            )
        );
        let rest = reg
            .list_incidents(&IncidentFilter {
                sort: SortBy::Status,
                offset: Some(4),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(
            titles(&rest),
            vec!["Lost laptop 1", "Lost laptop 6", "Lost laptop 3"]
        );
        // The plan reads `incidents_by_status` in order instead of sorting every incident.
        let plan: Vec<String> = reg
            .conn()
            .prepare(&format!(
                "EXPLAIN QUERY PLAN SELECT id FROM incidents ORDER BY {STATUS_ORDER} LIMIT 200"
            ))
            .unwrap()
            .query_map([], |r| r.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            plan.iter().any(|p| p.contains("incidents_by_status"))
                && !plan.iter().any(|p| p.contains("TEMP B-TREE")),
            "{plan:?}"
        );
    }
}
