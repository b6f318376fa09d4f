//! The impact of an incident per customer (processor role, issue 15 item 3): each affected
//! controller's own figures, categories and countries, for its own notice. Set one at a time
//! (`breach impact INC --controller X …`) or for many customers from a CSV file; each is a
//! `controller.impact_set` event carrying the whole record, projected into `controller_impacts`.
//! A customer given an impact becomes one of the incident's affected controllers (its notice is
//! derived in the same transaction).

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use uuid::Uuid;

use super::controllers::{
    localize_rows, read_bounded, read_rows, resolve, row_error, rows_refusal, RowError,
};
use super::{kind, ControllerImpact};
use crate::error::{Error, Reason, Result};
use crate::register::inputs::opt_count;
use crate::register::{AssessmentInput, Register};
use crate::validate;

/// The columns of an impacts CSV file.
pub const IMPACT_CSV_COLUMNS: [&str; 6] = [
    "controller",
    "subjects_approx",
    "records_approx",
    "data_categories",
    "subject_categories",
    "countries",
];
/// Items in one CSV field (categories, countries) are separated by this character.
pub const ITEM_SEPARATOR: char = ';';

/// One customer's impact as typed: `None` leaves a member as it is; an empty text or list
/// clears it (unknown).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct ImpactInput {
    /// Controller name, id or id prefix.
    pub controller: String,
    pub subjects_approx: Option<String>,
    pub records_approx: Option<String>,
    pub data_categories: Option<Vec<String>>,
    pub subject_categories: Option<Vec<String>>,
    /// ISO 3166-1 alpha-2 codes (`UK` is taken as `GB`).
    pub countries: Option<Vec<String>>,
}

/// What an impacts import did, or would do (`dry_run`).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImpactImportReport {
    pub dry_run: bool,
    /// Data rows read.
    pub rows: u64,
    /// Customers whose impact is (or would be) set, by name.
    pub set: Vec<String>,
    /// Customers that become affected controllers of the incident, by name.
    pub added_controllers: Vec<String>,
    /// Rows equal to the stored impact.
    pub unchanged: u64,
    /// Every refused row; when any, nothing is written.
    pub errors: Vec<RowError>,
    /// Whether the register was written.
    pub imported: bool,
}

impl ImpactImportReport {
    /// Fills each refused row's `message` in the localizer's language.
    pub fn localize(&mut self, l: &crate::i18n::Localizer) {
        localize_rows(&mut self.errors, l);
    }

    /// The error that makes a command fail when rows were refused (exit 5, `invalid_input`).
    pub fn refusal(&self) -> Option<Error> {
        rows_refusal(&self.errors)
    }
}

/// The sum of the per-customer figures beside the incident-wide estimate.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImpactTotals {
    /// Affected controllers of the incident.
    pub customers: u64,
    /// Of them, those with an impact set.
    pub customers_known: u64,
    /// Sum of the customers' subjects figures (those known).
    pub subjects_sum: u64,
    /// Sum of the customers' records figures (those known).
    pub records_sum: u64,
    /// The incident-wide estimates of the assessment.
    pub subjects_estimate: Option<u64>,
    pub records_estimate: Option<u64>,
}

fn countries(list: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for c in list.iter().filter(|c| !c.trim().is_empty()) {
        let code = validate::country("countries", c)?;
        if !out.contains(&code) {
            out.push(code);
        }
    }
    Ok(out)
}

/// `current` with the members of `input` given applied, validated.
fn apply(current: &ControllerImpact, input: &ImpactInput) -> Result<ControllerImpact> {
    let mut next = current.clone();
    if let Some(n) = &input.subjects_approx {
        next.subjects_approx = opt_count("subjects_approx", n)?;
    }
    if let Some(n) = &input.records_approx {
        next.records_approx = opt_count("records_approx", n)?;
    }
    if let Some(l) = &input.data_categories {
        next.data_categories = validate::items("data_categories", l)?;
    }
    if let Some(l) = &input.subject_categories {
        next.subject_categories = validate::items("subject_categories", l)?;
    }
    if let Some(l) = &input.countries {
        next.countries = countries(l)?;
    }
    Ok(next)
}

fn payload(i: &ControllerImpact) -> Value {
    json!({
        "controller_id": i.controller_id.to_string(),
        "subjects_approx": i.subjects_approx,
        "records_approx": i.records_approx,
        "data_categories": i.data_categories,
        "subject_categories": i.subject_categories,
        "countries": i.countries,
    })
}

fn unknown(incident: Uuid, controller: Uuid) -> ControllerImpact {
    ControllerImpact {
        incident_id: incident,
        controller_id: controller,
        subjects_approx: None,
        records_approx: None,
        data_categories: Vec::new(),
        subject_categories: Vec::new(),
        countries: Vec::new(),
        set_at: crate::Ts::now(),
    }
}

/// Whether two impacts say the same (the time they were set aside).
fn same(a: &ControllerImpact, b: &ControllerImpact) -> bool {
    (
        a.subjects_approx,
        a.records_approx,
        &a.data_categories,
        &a.subject_categories,
        &a.countries,
    ) == (
        b.subjects_approx,
        b.records_approx,
        &b.data_categories,
        &b.subject_categories,
        &b.countries,
    )
}

/// An impacts CSV row as input (every column given counts; an empty cell is unknown).
fn row_input(cells: &[(&'static str, String)]) -> ImpactInput {
    let list = |t: &str| -> Vec<String> {
        t.split(ITEM_SEPARATOR)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut input = ImpactInput::default();
    for (column, text) in cells {
        match *column {
            "controller" => input.controller = text.trim().to_string(),
            "subjects_approx" => input.subjects_approx = Some(text.clone()),
            "records_approx" => input.records_approx = Some(text.clone()),
            "data_categories" => input.data_categories = Some(list(text)),
            "subject_categories" => input.subject_categories = Some(list(text)),
            "countries" => input.countries = Some(list(text)),
            _ => {}
        }
    }
    input
}

/// The stored impact of the input's controller with the input applied, validated.
fn plan_one(reg: &Register, incident: Uuid, input: &ImpactInput) -> Result<ControllerImpact> {
    let all = reg.all_controllers()?;
    let cid = resolve(&all, "controller", &input.controller)?;
    let current = super::apply::impacts(reg.conn(), incident)?
        .into_iter()
        .find(|i| i.controller_id == cid)
        .unwrap_or_else(|| unknown(incident, cid));
    apply(&current, input)
}

impl Register {
    /// The impact per customer of an incident (customers without one left out).
    pub fn impacts(&self, incident: Uuid) -> Result<Vec<ControllerImpact>> {
        super::apply::impacts(self.conn(), incident)
    }

    /// One customer's impact on an incident, if set.
    pub fn impact_of(&self, incident: Uuid, controller: Uuid) -> Result<Option<ControllerImpact>> {
        super::apply::impact(self.conn(), incident, controller)
    }

    /// The incident's affected controllers: the sum of their figures beside the incident-wide
    /// estimates.
    pub fn impact_totals(&self, incident: Uuid) -> Result<ImpactTotals> {
        let i = self.incident(incident)?;
        let a = i.assessment.unwrap_or_default();
        let impacts = self.impacts(incident)?;
        let of = |cid: &Uuid| impacts.iter().find(|x| x.controller_id == *cid);
        let mut t = ImpactTotals {
            customers: a.controllers.len() as u64,
            subjects_estimate: a.subjects_approx,
            records_estimate: a.records_approx,
            ..ImpactTotals::default()
        };
        for cid in &a.controllers {
            if let Some(x) = of(cid) {
                t.customers_known += 1;
                t.subjects_sum += x.subjects_approx.unwrap_or(0);
                t.records_sum += x.records_approx.unwrap_or(0);
            }
        }
        Ok(t)
    }

    /// Sets one customer's impact on an incident assessed as processor or both; a customer
    /// not yet affected becomes so. Nothing is written when nothing changes.
    pub fn set_impact(&mut self, incident: Uuid, input: &ImpactInput) -> Result<ControllerImpact> {
        self.atomically(|reg| {
            let affected = processor_controllers(reg, incident)?;
            let next = plan_one(reg, incident, input)?;
            let stored = reg
                .impacts(incident)?
                .into_iter()
                .find(|i| i.controller_id == next.controller_id);
            if stored.as_ref().is_some_and(|s| same(s, &next)) {
                return Ok(next);
            }
            if !affected.contains(&next.controller_id) {
                add_affected(reg, incident, &affected, &[next.controller_id])?;
            }
            reg.write(|w| {
                w.append(kind::CONTROLLER_IMPACT_SET, Some(incident), payload(&next))?;
                Ok(())
            })?;
            reg.impacts(incident)?
                .into_iter()
                .find(|i| i.controller_id == next.controller_id)
                .ok_or_else(|| Error::Data("impact not stored".into()))
        })
    }

    /// Sets the impact of many customers from a CSV file ([`IMPACT_CSV_COLUMNS`], header-named,
    /// any order, `controller` required; categories and countries separated by `;`). When any
    /// row is refused, every refused row is reported with its line and field and nothing is
    /// written; `dry_run` writes nothing. One transaction for the whole file.
    pub fn import_impacts(
        &mut self,
        incident: Uuid,
        file: &Path,
        dry_run: bool,
    ) -> Result<ImpactImportReport> {
        let bytes = read_bounded(file)?;
        self.import_impacts_csv(incident, &bytes, dry_run)
    }

    /// [`Self::import_impacts`] from the file's bytes.
    pub fn import_impacts_csv(
        &mut self,
        incident: Uuid,
        bytes: &[u8],
        dry_run: bool,
    ) -> Result<ImpactImportReport> {
        let rows = read_rows(bytes, &IMPACT_CSV_COLUMNS, "controller")?;
        self.atomically(|reg| {
            let affected = processor_controllers(reg, incident)?;
            let stored = reg.impacts(incident)?;
            let all = reg.all_controllers()?;
            let name_of = |cid: Uuid| {
                all.iter()
                    .find(|c| c.id == cid)
                    .map_or_else(|| cid.to_string(), |c| c.name.clone())
            };
            let mut report = ImpactImportReport {
                dry_run,
                ..ImpactImportReport::default()
            };
            let mut seen: Vec<Uuid> = Vec::new();
            let mut new_controllers: Vec<Uuid> = Vec::new();
            let mut next_all: Vec<ControllerImpact> = Vec::new();
            for row in rows {
                report.rows += 1;
                let (line, cells) = match row {
                    Ok(r) => r,
                    Err(mut errors) => {
                        report.errors.append(&mut errors);
                        continue;
                    }
                };
                let input = row_input(&cells);
                // Every field of the row is checked, so that each fault is reported.
                let mut errors = Vec::new();
                let cid = match resolve(&all, "controller", &input.controller) {
                    Ok(c) => Some(c),
                    Err(e) => {
                        errors.push(row_error(line, e));
                        None
                    }
                };
                let base = unknown(incident, cid.unwrap_or(Uuid::nil()));
                let parts = [
                    ImpactInput {
                        subjects_approx: input.subjects_approx.clone(),
                        ..ImpactInput::default()
                    },
                    ImpactInput {
                        records_approx: input.records_approx.clone(),
                        ..ImpactInput::default()
                    },
                    ImpactInput {
                        data_categories: input.data_categories.clone(),
                        ..ImpactInput::default()
                    },
                    ImpactInput {
                        subject_categories: input.subject_categories.clone(),
                        ..ImpactInput::default()
                    },
                    ImpactInput {
                        countries: input.countries.clone(),
                        ..ImpactInput::default()
                    },
                ];
                for part in &parts {
                    if let Err(e) = apply(&base, part) {
                        errors.push(row_error(line, e));
                    }
                }
                let Some(cid) = cid else {
                    report.errors.append(&mut errors);
                    continue;
                };
                if seen.contains(&cid) {
                    errors.push(row_error(
                        line,
                        Error::invalid("controller", Reason::Duplicate),
                    ));
                }
                if !errors.is_empty() {
                    report.errors.append(&mut errors);
                    continue;
                }
                seen.push(cid);
                // A row is the whole record: columns left out of the file are unknown.
                let next = apply(&base, &input)?;
                if stored
                    .iter()
                    .any(|s| s.controller_id == cid && same(s, &next))
                {
                    report.unchanged += 1;
                    continue;
                }
                if !affected.contains(&cid) {
                    new_controllers.push(cid);
                    report.added_controllers.push(name_of(cid));
                }
                report.set.push(name_of(cid));
                next_all.push(next);
            }
            if report.errors.is_empty() && !dry_run && !next_all.is_empty() {
                if !new_controllers.is_empty() {
                    add_affected(reg, incident, &affected, &new_controllers)?;
                }
                reg.write(|w| {
                    for next in &next_all {
                        w.append(kind::CONTROLLER_IMPACT_SET, Some(incident), payload(next))?;
                    }
                    Ok(())
                })?;
                report.imported = true;
            }
            Ok(report)
        })
    }
}

/// The incident's affected controllers; refused unless it is assessed as processor or both.
fn processor_controllers(reg: &Register, incident: Uuid) -> Result<Vec<Uuid>> {
    let i = reg.incident(incident)?;
    let org = reg.org()?;
    if !breachlog_rules::derive::effective_role(&i, &org).as_processor() || i.assessment.is_none() {
        return Err(Error::invalid("controller", Reason::NotProcessor));
    }
    Ok(i.assessment.map(|a| a.controllers).unwrap_or_default())
}

/// Adds controllers to the incident's affected ones (a `breach.assessed` change; their notices
/// are derived with it).
fn add_affected(
    reg: &mut Register,
    incident: Uuid,
    affected: &[Uuid],
    more: &[Uuid],
) -> Result<()> {
    let list: Vec<String> = affected
        .iter()
        .chain(more.iter())
        .map(Uuid::to_string)
        .collect();
    reg.assess(
        incident,
        &AssessmentInput {
            controllers: Some(list),
            ..AssessmentInput::default()
        },
    )?;
    Ok(())
}
