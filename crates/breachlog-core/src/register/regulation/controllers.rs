//! Controllers we process data for (processor role; the customers): adding, changing, removing,
//! and importing or exporting them as CSV. A change is a `controller.changed` event; Art 33(2)
//! obligations opened before keep the hours they were opened with (their `obligation.opened`
//! event carries them), only obligations opened afterwards use the new hours. A removal is a
//! `controller.removed` event: the controller leaves the lists, its obligations keep it.

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use uuid::Uuid;

use super::{authorities, kind, Controller};
use crate::error::{Error, Reason, Result};
use crate::projection::regulation::controllers as all_controllers;
use crate::register::Register;
use crate::validate;

/// A controller as entered (`controller add`, the app's form, one CSV row).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct ControllerInput {
    pub name: String,
    /// ISO 3166-1 alpha-2 (`NL`; `UK` is taken as `GB`).
    pub country: Option<String>,
    /// `en`, `de`, `nl` or `fr`.
    pub language: Option<String>,
    /// An authority of the registry (`nl-ap`).
    pub authority: Option<String>,
    /// Contractual hours for our Art 33(2) notice (1 … 8760); none = without undue delay.
    pub notice_hours: Option<i64>,
    pub contacts: Vec<String>,
    pub contract_reference: Option<String>,
}

/// `controller set` as typed: only the members given change (an empty text clears a member).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct ControllerUpdate {
    /// Contractual hours for our Art 33(2) notice (1 … 8760).
    pub notice_hours: Option<i64>,
    /// Back to "without undue delay" (no contractual hours).
    pub no_notice_hours: bool,
    /// One contact replacing all (older callers).
    pub contact: Option<String>,
    pub contacts: Option<Vec<String>>,
    pub name: Option<String>,
    pub country: Option<String>,
    pub language: Option<String>,
    pub authority: Option<String>,
    pub contract_reference: Option<String>,
}

/// The members a `controller.changed` event may carry.
pub use crate::projection::regulation::CONTROLLER_CHANGEABLE as CHANGEABLE;

/// The columns of a controllers CSV file, in the order `controller export` writes them.
pub const CSV_COLUMNS: [&str; 7] = [
    "name",
    "country",
    "language",
    "authority",
    "notice_hours",
    "contact",
    "contract_reference",
];
/// Largest CSV file an import reads.
pub const MAX_CSV_BYTES: u64 = 10 * 1024 * 1024;
/// Most rows an import takes.
pub const MAX_CSV_ROWS: usize = 10_000;
/// Contacts in one CSV field are separated by this character.
pub const CONTACT_SEPARATOR: char = ';';

/// One refused row of an import: its line in the file (1 = the header), the column and why.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    pub line: u64,
    pub field: String,
    /// The reason's Fluent id (`reason-…`); front ends show it localised (see `message`).
    pub reason: String,
    /// The localised "Invalid <field>: <reason>" (filled in by the front end's localizer).
    pub message: String,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub error: Option<ReasonOf>,
}

/// The field and reason behind a [`RowError`], for localising it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReasonOf {
    pub field: &'static str,
    pub reason: Reason,
}

/// Fills each refused row's `message` in the localizer's language.
pub(crate) fn localize_rows(errors: &mut [RowError], l: &crate::i18n::Localizer) {
    for e in errors {
        if let Some(r) = &e.error {
            e.message = l.error(&Error::invalid(r.field, r.reason.clone()));
        }
    }
}

/// The error that makes a command fail when rows of a CSV file were refused (exit 5,
/// `invalid_input` naming the file and how many rows).
pub(crate) fn rows_refusal(errors: &[RowError]) -> Option<Error> {
    let mut lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    lines.dedup();
    (!lines.is_empty()).then(|| {
        Error::invalid(
            "file",
            Reason::RowsRefused {
                count: lines.len() as u64,
            },
        )
    })
}

/// What an import did, or would do (`dry_run`).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub dry_run: bool,
    /// Data rows read.
    pub rows: u64,
    /// Controllers added (or to be added) by name.
    pub added: Vec<String>,
    /// Existing controllers (same name) whose other members change.
    pub changed: Vec<String>,
    /// Rows equal to an existing controller.
    pub unchanged: u64,
    /// Every refused row; when any, nothing is imported.
    pub errors: Vec<RowError>,
    /// Whether the register was written.
    pub imported: bool,
}

impl ImportReport {
    /// Fills each refused row's `message` in the localizer's language.
    pub fn localize(&mut self, l: &crate::i18n::Localizer) {
        localize_rows(&mut self.errors, l);
    }

    /// The error that makes a command fail when rows were refused (exit 5, `invalid_input`).
    pub fn refusal(&self) -> Option<Error> {
        rows_refusal(&self.errors)
    }
}

/// Whether a controller matches a search text (name, country, authority, contacts, contract
/// reference; case-insensitive). An empty search matches all.
pub fn matches(c: &Controller, search: &str) -> bool {
    let q = search.trim().to_lowercase();
    if q.is_empty() {
        return true;
    }
    let has = |s: &str| s.to_lowercase().contains(&q);
    has(&c.name)
        || c.country.as_deref().is_some_and(has)
        || c.authority.as_deref().is_some_and(has)
        || c.contract_reference.as_deref().is_some_and(has)
        || c.contacts.iter().any(|x| has(x))
}

/// A controller by exact name (case-insensitive), full id or id prefix among the current
/// (not removed) ones; the error names `field` and lists the known names.
pub(crate) fn resolve(all: &[Controller], field: &'static str, text: &str) -> Result<Uuid> {
    let t = text.trim();
    let active = || all.iter().filter(|c| c.removed_at.is_none());
    if let Some(c) = active().find(|c| c.name.eq_ignore_ascii_case(t)) {
        return Ok(c.id);
    }
    let prefix = t.to_ascii_lowercase();
    let found: Vec<Uuid> =
        if prefix.len() >= 4 && prefix.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            active()
                .map(|c| c.id)
                .filter(|id| id.to_string().starts_with(&prefix))
                .collect()
        } else {
            Vec::new()
        };
    match found.as_slice() {
        [one] => Ok(*one),
        [_, _, ..] => Err(Error::invalid(field, Reason::Duplicate)),
        [] => Err(Error::invalid(
            field,
            Reason::UnknownValue {
                allowed: active()
                    .map(|c| c.name.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        )),
    }
}

/// An optional member: trimmed; empty is none.
fn optional(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

fn country(value: Option<&str>) -> Result<Option<String>> {
    optional(value)
        .map(|v| validate::country("country", v))
        .transpose()
        .map_err(Error::from)
}

fn language(value: Option<&str>) -> Result<Option<String>> {
    optional(value)
        .map(|v| validate::language("language", v).map(|l| l.as_str().to_string()))
        .transpose()
        .map_err(Error::from)
}

fn authority(value: Option<&str>) -> Result<Option<String>> {
    optional(value)
        .map(|v| authorities::find("authority", v).map(|a| a.id.clone()))
        .transpose()
        .map_err(Error::from)
}

fn contract_reference(value: Option<&str>) -> Result<Option<String>> {
    optional(value)
        .map(|v| validate::line("contract_reference", v))
        .transpose()
        .map_err(Error::from)
}

fn contacts(values: &[String]) -> Result<Vec<String>> {
    Ok(validate::items("contacts", values)?)
}

/// The validated record of an input (id and times from `base`).
fn record(base: &Controller, input: &ControllerInput) -> Result<Controller> {
    Ok(Controller {
        name: validate::line("name", &input.name)?,
        country: country(input.country.as_deref())?,
        language: language(input.language.as_deref())?,
        authority: authority(input.authority.as_deref())?,
        notice_hours: input
            .notice_hours
            .map(|h| super::ops::hours("notice_hours", h))
            .transpose()?,
        contacts: contacts(&input.contacts)?,
        contract_reference: contract_reference(input.contract_reference.as_deref())?,
        ..base.clone()
    })
}

/// The payload of `controller.added` for a new record.
fn added_payload(c: &Controller) -> Value {
    json!({
        "controller_id": c.id.to_string(),
        "name": c.name,
        "notice_hours": c.notice_hours,
        "contacts": c.contacts,
        "country": c.country,
        "language": c.language,
        "authority": c.authority,
        "contract_reference": c.contract_reference,
    })
}

/// The changed members of `next` against `current` (only those a change may carry).
fn changes(current: &Controller, next: &Controller) -> Result<serde_json::Map<String, Value>> {
    Ok(crate::register::diff(current, next)?
        .into_iter()
        .filter(|(k, _)| CHANGEABLE.contains(&k.as_str()))
        .collect())
}

fn blank(id: Uuid) -> Controller {
    Controller {
        id,
        name: String::new(),
        notice_hours: None,
        contacts: Vec::new(),
        country: None,
        language: None,
        authority: None,
        contract_reference: None,
        added_at: breachlog_model::Ts::from_utc(chrono::DateTime::<chrono::Utc>::UNIX_EPOCH),
        removed_at: None,
    }
}

fn name_taken(all: &[Controller], except: Option<Uuid>, name: &str) -> bool {
    all.iter().any(|c| {
        c.removed_at.is_none() && Some(c.id) != except && c.name.eq_ignore_ascii_case(name)
    })
}

impl Register {
    /// The current controllers (removed ones left out), by name.
    pub fn controllers(&self) -> Result<Vec<Controller>> {
        Ok(all_controllers(self.conn())?
            .into_iter()
            .filter(|c| c.removed_at.is_none())
            .collect())
    }

    /// Every controller ever added, removed ones included (recipients of older obligations).
    pub fn all_controllers(&self) -> Result<Vec<Controller>> {
        all_controllers(self.conn())
    }

    /// Adds a controller with a name, notice hours and one contact (see [`Self::add_controller_record`]).
    pub fn add_controller(
        &mut self,
        name: &str,
        notice_hours: Option<i64>,
        contact: Option<&str>,
    ) -> Result<Controller> {
        self.add_controller_record(&ControllerInput {
            name: name.to_string(),
            notice_hours,
            contacts: contact.map(|c| vec![c.to_string()]).unwrap_or_default(),
            ..ControllerInput::default()
        })
    }

    /// Adds a controller we process for. Validates every member first; a name already used by
    /// a current controller (case-insensitive) is refused.
    pub fn add_controller_record(&mut self, input: &ControllerInput) -> Result<Controller> {
        self.atomically(|reg| {
            let id = Uuid::now_v7();
            let c = record(&blank(id), input)?;
            if name_taken(&all_controllers(reg.conn())?, None, &c.name) {
                return Err(Error::invalid("name", Reason::Duplicate));
            }
            reg.write(|w| w.append(kind::CONTROLLER_ADDED, Some(id), added_payload(&c)))?;
            stored(reg, id)
        })
    }

    /// Changes a controller's members. Validates everything first; an update that changes
    /// nothing is refused (`no changes`), so every event records a change.
    pub fn update_controller(
        &mut self,
        controller: &str,
        input: &ControllerUpdate,
    ) -> Result<Controller> {
        self.atomically(|reg| {
            let all = all_controllers(reg.conn())?;
            let id = resolve(&all, "controller", controller)?;
            let current = all
                .iter()
                .find(|c| c.id == id)
                .cloned()
                .ok_or_else(|| Error::Data("controller vanished".into()))?;
            let mut next = current.clone();
            if let Some(h) = input.notice_hours {
                next.notice_hours = Some(super::ops::hours("notice_hours", h)?);
            } else if input.no_notice_hours {
                next.notice_hours = None;
            }
            if let Some(c) = input.contact.as_deref() {
                next.contacts = contacts(&[c.to_string()])?;
            }
            if let Some(list) = &input.contacts {
                next.contacts = contacts(list)?;
            }
            if let Some(n) = input.name.as_deref() {
                let n = validate::line("name", n)?;
                if name_taken(&all, Some(id), &n) {
                    return Err(Error::invalid("name", Reason::Duplicate));
                }
                next.name = n;
            }
            if input.country.is_some() {
                next.country = country(input.country.as_deref())?;
            }
            if input.language.is_some() {
                next.language = language(input.language.as_deref())?;
            }
            if input.authority.is_some() {
                next.authority = authority(input.authority.as_deref())?;
            }
            if input.contract_reference.is_some() {
                next.contract_reference = contract_reference(input.contract_reference.as_deref())?;
            }
            let changes = changes(&current, &next)?;
            if changes.is_empty() {
                return Err(Error::invalid("controller", Reason::NoChanges));
            }
            reg.write(|w| {
                w.append(
                    kind::CONTROLLER_CHANGED,
                    Some(id),
                    json!({ "controller_id": id.to_string(), "changes": changes }),
                )
            })?;
            stored(reg, id)
        })
    }

    /// Removes a controller from the lists (`controller.removed`). Obligations already opened
    /// for it keep it as their recipient; it can no longer be chosen for an assessment.
    pub fn remove_controller(&mut self, controller: &str) -> Result<Controller> {
        self.atomically(|reg| {
            let all = all_controllers(reg.conn())?;
            let id = resolve(&all, "controller", controller)?;
            reg.write(|w| {
                w.append(
                    kind::CONTROLLER_REMOVED,
                    Some(id),
                    json!({ "controller_id": id.to_string() }),
                )
            })?;
            stored(reg, id)
        })
    }

    /// Imports controllers from a CSV file (see [`parse_csv`]): new names are added, existing
    /// ones (same name, case-insensitive) get the file's members. When any row is refused,
    /// nothing is written and every refused row is in the report; `dry_run` writes nothing.
    /// One transaction for the whole file.
    pub fn import_controllers(&mut self, file: &Path, dry_run: bool) -> Result<ImportReport> {
        let bytes = read_bounded(file)?;
        self.import_controllers_csv(&bytes, dry_run)
    }

    /// [`Self::import_controllers`] from the file's bytes.
    pub fn import_controllers_csv(&mut self, bytes: &[u8], dry_run: bool) -> Result<ImportReport> {
        let rows = parse_csv(bytes)?;
        self.atomically(|reg| {
            let all = all_controllers(reg.conn())?;
            let mut report = ImportReport {
                dry_run,
                ..ImportReport::default()
            };
            let mut seen: Vec<(String, u64)> = Vec::new();
            let mut events: Vec<(&'static str, Uuid, Value)> = Vec::new();
            for row in rows {
                report.rows += 1;
                let (line, input) = match row {
                    Ok(r) => r,
                    Err(mut errors) => {
                        report.errors.append(&mut errors);
                        continue;
                    }
                };
                let current = all.iter().find(|c| {
                    c.removed_at.is_none() && c.name.eq_ignore_ascii_case(input.name.trim())
                });
                let base = current.cloned().unwrap_or_else(|| blank(Uuid::now_v7()));
                // A row names a known controller case-insensitively; it keeps its spelling.
                let input = ControllerInput {
                    name: current.map_or(input.name.clone(), |c| c.name.clone()),
                    ..input
                };
                let next = match record(&base, &input) {
                    Ok(n) => n,
                    Err(e) => {
                        report.errors.push(row_error(line, e));
                        continue;
                    }
                };
                let key = next.name.to_lowercase();
                if seen.iter().any(|(n, _)| *n == key) {
                    report
                        .errors
                        .push(row_error(line, Error::invalid("name", Reason::Duplicate)));
                    continue;
                }
                seen.push((key, line));
                match current {
                    Some(cur) => {
                        let changes = changes(cur, &next)?;
                        if changes.is_empty() {
                            report.unchanged += 1;
                        } else {
                            report.changed.push(next.name.clone());
                            events.push((
                                kind::CONTROLLER_CHANGED,
                                cur.id,
                                json!({ "controller_id": cur.id.to_string(), "changes": changes }),
                            ));
                        }
                    }
                    None => {
                        report.added.push(next.name.clone());
                        events.push((kind::CONTROLLER_ADDED, next.id, added_payload(&next)));
                    }
                }
            }
            if report.errors.is_empty() && !dry_run && !events.is_empty() {
                reg.write(|w| {
                    for (k, id, payload) in events {
                        w.append(k, Some(id), payload)?;
                    }
                    Ok(())
                })?;
                report.imported = true;
            }
            Ok(report)
        })
    }

    /// Writes the current controllers as CSV ([`CSV_COLUMNS`], contacts joined by `;`) to a new
    /// private file (0600); an existing file is not overwritten. Returns how many rows.
    pub fn export_controllers(&mut self, out: &Path) -> Result<usize> {
        let list = self.controllers()?;
        let bytes = controllers_csv(&list)?;
        let mut file = crate::store::files::create_new_private(out).map_err(|e| match e {
            Error::Io { ref source, .. } if source.kind() == std::io::ErrorKind::AlreadyExists => {
                Error::invalid("out", Reason::FileExists)
            }
            other => other,
        })?;
        std::io::Write::write_all(&mut file, &bytes).map_err(|e| Error::io(out, e))?;
        file.sync_all().map_err(|e| Error::io(out, e))?;
        self.record_access()?;
        Ok(list.len())
    }
}

fn stored(reg: &Register, id: Uuid) -> Result<Controller> {
    all_controllers(reg.conn())?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or_else(|| Error::Data("controller not stored".into()))
}

pub(crate) fn row_error(line: u64, e: Error) -> RowError {
    match e {
        Error::InvalidInput { field, reason } => RowError {
            line,
            field: field.to_string(),
            reason: reason.fluent_id().to_string(),
            message: String::new(),
            error: Some(ReasonOf { field, reason }),
        },
        other => RowError {
            line,
            field: String::new(),
            reason: String::new(),
            message: other.to_string(),
            error: None,
        },
    }
}

/// Reads at most [`MAX_CSV_BYTES`] of a file; a larger one is refused without reading it all.
pub(crate) fn read_bounded(file: &Path) -> Result<Vec<u8>> {
    crate::store::files::read_user_file(
        file,
        "file",
        MAX_CSV_BYTES,
        Reason::FileTooLarge {
            max_mib: MAX_CSV_BYTES / (1024 * 1024),
        },
    )
}

/// One data row: its line and input, or every error found in it.
type Row = std::result::Result<(u64, ControllerInput), Vec<RowError>>;

/// One data row of a CSV file as read: its line and each column's text (by the column's name,
/// in the file's order), or every fault found in it.
pub(crate) type Cells = std::result::Result<(u64, Vec<(&'static str, String)>), Vec<RowError>>;

/// Parses a controllers CSV file (see [`read_rows`]; columns [`CSV_COLUMNS`], `name` required).
pub fn parse_csv(bytes: &[u8]) -> Result<Vec<Row>> {
    Ok(read_rows(bytes, &CSV_COLUMNS, "name")?
        .into_iter()
        .map(|cells| cells.and_then(|(line, cells)| row(line, &cells)))
        .collect())
}

/// Reads a CSV file of the register's imports (UTF-8, a byte-order mark accepted): a header
/// naming the columns (`known`, any order, `required` present, no unknown or repeated column),
/// then the data rows. Header faults and a file over [`MAX_CSV_BYTES`] or [`MAX_CSV_ROWS`] are
/// errors; each row's faults (wrong number of fields, text that is not UTF-8, a blank row) are
/// returned with the row, all of them.
pub(crate) fn read_rows(
    bytes: &[u8],
    known: &[&'static str],
    required: &'static str,
) -> Result<Vec<Cells>> {
    if bytes.len() as u64 > MAX_CSV_BYTES {
        return Err(Error::invalid(
            "file",
            Reason::FileTooLarge {
                max_mib: MAX_CSV_BYTES / (1024 * 1024),
            },
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(_)) => return Err(Error::invalid("file", Reason::NotText)),
        None => return Err(Error::invalid("file", Reason::Empty)),
    };
    let mut columns: Vec<&'static str> = Vec::new();
    let mut header_errors = Vec::new();
    for cell in header.iter() {
        let name = std::str::from_utf8(cell)
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match known.iter().find(|c| **c == name) {
            Some(c) if columns.contains(c) => {
                header_errors.push(column_error(c, Reason::DuplicateColumn));
                columns.push("");
            }
            Some(c) => columns.push(c),
            None => {
                header_errors.push(column_error(
                    "column",
                    Reason::UnknownValue {
                        allowed: known.join(", "),
                    },
                ));
                columns.push("");
            }
        }
    }
    if !columns.contains(&required) {
        header_errors.push(column_error(required, Reason::Empty));
    }
    if !header_errors.is_empty() {
        return Ok(vec![Err(header_errors)]);
    }
    let mut rows = Vec::new();
    for record in records {
        if rows.len() >= MAX_CSV_ROWS {
            return Err(Error::invalid(
                "file",
                Reason::TooManyRows {
                    max: MAX_CSV_ROWS as u64,
                },
            ));
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                rows.push(Err(vec![row_error(
                    line,
                    Error::invalid("file", Reason::NotText),
                )]));
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(|c| c.iter().all(u8::is_ascii_whitespace)) {
            rows.push(Err(vec![row_error(
                line,
                Error::invalid(required, Reason::Empty),
            )]));
            continue;
        }
        rows.push(cells(line, &columns, &record));
    }
    Ok(rows)
}

fn column_error(field: &'static str, reason: Reason) -> RowError {
    row_error(1, Error::invalid(field, reason))
}

/// The texts of one data row by column, or its faults (a wrong number of fields; each field
/// that is not UTF-8).
fn cells(line: u64, columns: &[&'static str], record: &csv::ByteRecord) -> Cells {
    if record.len() != columns.len() {
        return Err(vec![row_error(
            line,
            Error::invalid(
                "column",
                Reason::OutOfRange {
                    max: columns.len() as u64,
                },
            ),
        )]);
    }
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (column, cell) in columns.iter().zip(record.iter()) {
        match std::str::from_utf8(cell) {
            Ok(text) => out.push((*column, text.to_string())),
            Err(_) => errors.push(row_error(line, Error::invalid(column, Reason::NotText))),
        }
    }
    if errors.is_empty() {
        Ok((line, out))
    } else {
        Err(errors)
    }
}

/// The input of one data row, or all its faults (each field checked).
fn row(line: u64, cells: &[(&'static str, String)]) -> Row {
    let mut errors = Vec::new();
    let mut input = ControllerInput::default();
    for (column, text) in cells {
        let text = text.as_str();
        let checked: Result<()> = (|| {
            match *column {
                "name" => input.name = validate::line("name", text)?,
                "country" => input.country = country(Some(text))?,
                "language" => input.language = language(Some(text))?,
                "authority" => input.authority = authority(Some(text))?,
                "notice_hours" => {
                    input.notice_hours = match text.trim() {
                        "" => None,
                        t => Some(super::ops::hours(
                            "notice_hours",
                            t.parse::<i64>()
                                .map_err(|_| Error::invalid("notice_hours", Reason::NotANumber))?,
                        )?),
                    }
                }
                "contact" => {
                    let list: Vec<String> = text
                        .split(CONTACT_SEPARATOR)
                        .map(|s| s.to_string())
                        .collect();
                    input.contacts = validate::items("contact", &list)?;
                }
                "contract_reference" => input.contract_reference = contract_reference(Some(text))?,
                _ => {}
            }
            Ok(())
        })();
        if let Err(e) = checked {
            errors.push(row_error(line, e));
        }
    }
    if errors.is_empty() {
        Ok((line, input))
    } else {
        Err(errors)
    }
}

/// The CSV text of `list` ([`CSV_COLUMNS`]; every field quoted when needed by the writer).
pub fn controllers_csv(list: &[Controller]) -> Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let csv_err = |e: csv::Error| Error::Data(e.to_string());
    w.write_record(CSV_COLUMNS).map_err(csv_err)?;
    for c in list {
        let hours = c.notice_hours.map(|h| h.to_string()).unwrap_or_default();
        let contacts = c.contacts.join(&CONTACT_SEPARATOR.to_string());
        w.write_record([
            c.name.as_str(),
            c.country.as_deref().unwrap_or(""),
            c.language.as_deref().unwrap_or(""),
            c.authority.as_deref().unwrap_or(""),
            hours.as_str(),
            contacts.as_str(),
            c.contract_reference.as_deref().unwrap_or(""),
        ])
        .map_err(csv_err)?;
    }
    w.into_inner().map_err(|e| Error::Data(e.to_string()))
}
