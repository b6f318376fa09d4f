//! IPC commands of the regulation engine: obligations, filings, drafts, the authority registry
//! and contact log, the ENISA calculator, rules, controllers and incident classification.
//! Each is a few lines over `breachlog-core`; the core validates everything.

use breachlog_core::register::regulation::what_if::{Pack, WhatIf};
use breachlog_core::regulation::authorities::{self, Authority};
use breachlog_core::regulation::enisa::{self, EnisaInput, EnisaResult};
use breachlog_core::regulation::{
    AuthorityContact, ClassifyInput, ContactInput, Controller, ControllerImpact, ControllerInput,
    ControllerUpdate, Filing, FilingInput, ImpactInput, ImportReport, IncidentRegulation,
    Obligation, PreservationInput, RegulationSettings, RequestInput,
};
use breachlog_core::views::{ObligationRow, RulesView};
use breachlog_core::{validate, Error, Reason, Ts};
use tauri::{AppHandle, State};

use breachlog_core::register::regulation::templates::FilingRequirements;

use crate::commands::parse_id;
use crate::error::AppError;
use crate::regulation_dto::DraftView;
use crate::state::AppState;

type Res<T> = Result<T, AppError>;

#[tauri::command]
pub async fn obligations(
    state: State<'_, AppState>,
    incident: Option<String>,
) -> Res<Vec<ObligationRow>> {
    let incident = incident.map(|i| parse_id(&state, &i)).transpose()?;
    state.with(|reg| ObligationRow::list(reg, incident, Ts::now()))
}

#[tauri::command]
pub async fn record_filing(
    state: State<'_, AppState>,
    incident: String,
    input: FilingInput,
) -> Res<Filing> {
    let id = parse_id(&state, &incident)?;
    state.with(|reg| reg.record_filing(Some(id), &input))
}

/// What a filing of `obligation` still lacks at its stage (labels in the UI language), and
/// whether the core refuses it until answered.
#[tauri::command]
pub async fn filing_requirements(
    state: State<'_, AppState>,
    obligation: String,
) -> Res<FilingRequirements> {
    let lang = state.language();
    state.with(|reg| reg.filing_requirements(&obligation, Some(lang)))
}

/// Records that the recipient acknowledged a filing (`at` RFC 3339, `by` who; both checked by
/// the core).
#[tauri::command]
pub async fn acknowledge_filing(
    state: State<'_, AppState>,
    filing: String,
    at: String,
    by: Option<String>,
) -> Res<Filing> {
    state.with(|reg| reg.acknowledge_filing(&filing, &at, by.as_deref()))
}

/// Records the same filing for each of `obligations` of `incident` (all or none).
#[tauri::command]
pub async fn mark_notices_sent(
    state: State<'_, AppState>,
    incident: String,
    obligations: Vec<String>,
    input: FilingInput,
) -> Res<Vec<Filing>> {
    let id = parse_id(&state, &incident)?;
    state.with(|reg| reg.record_filings(id, &obligations, &input))
}

#[tauri::command]
pub async fn drop_obligation(
    state: State<'_, AppState>,
    obligation: String,
    rationale: String,
) -> Res<Obligation> {
    state.with(|reg| reg.drop_obligation(&obligation, &rationale))
}

/// An authority asked for a report on incident `id` (NIS2 Art 23(4)(c); CRA Art 14(6): the
/// CSIRT designated as coordinator): the report becomes an obligation, due when the request says.
#[tauri::command]
pub async fn request_report(
    state: State<'_, AppState>,
    id: String,
    input: RequestInput,
) -> Res<Obligation> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| reg.request_report(id, &input))
}

#[tauri::command]
pub async fn reinstate_obligation(
    state: State<'_, AppState>,
    obligation: String,
) -> Res<Obligation> {
    state.with(|reg| reg.reinstate_obligation(&obligation))
}

#[tauri::command]
pub async fn authorities() -> Res<Vec<Authority>> {
    // The registry is embedded data; it cannot fail once the app is built.
    Ok(authorities::all().map(|a| a.to_vec()).unwrap_or_default())
}

/// The draft of `kind`: `authority` (with `target` = authority id), `subjects`,
/// `controller` (with `target` = controller id or name), or `dora` (with `target` = the stage:
/// `initial`, `intermediate`, `final`), `cra` (the report), or `nis2` (`stage` or
/// `stage:channel`), in `language` (empty: the authority's or the NIS2 channel's own language;
/// the UI language for the others).
#[tauri::command]
pub async fn draft(
    state: State<'_, AppState>,
    incident: String,
    kind: String,
    target: Option<String>,
    language: Option<String>,
) -> Res<DraftView> {
    let id = parse_id(&state, &incident)?;
    let lang = match language.as_deref().filter(|l| !l.trim().is_empty()) {
        Some(l) => Some(validate::language("lang", l).map_err(|e| state.err(&Error::from(e)))?),
        None => None,
    };
    let target = target.unwrap_or_default();
    let ui = state.language();
    let draft = state.with(|reg| match kind.as_str() {
        "authority" => reg.notify_draft(id, &target, lang),
        "subjects" => reg.subject_communication(id, lang.unwrap_or(ui)),
        "controller" => reg.controller_notice(id, &target, lang.unwrap_or(ui)),
        "dora" => {
            let stage = breachlog_core::register::regulation::templates::DoraStage::parse(
                "stage", &target,
            )?;
            reg.dora_draft(id, stage, Some(lang.unwrap_or(ui)))
        }
        "cra" => {
            let stage = breachlog_core::register::regulation::templates::CraStage::parse(
                "report", &target,
            )?;
            reg.cra_draft(id, stage, Some(lang.unwrap_or(ui)))
        }
        // `target` = the stage, or `stage:channel` (nl, be, de, fr); the channel's own
        // language unless one is chosen.
        "nis2" => {
            let (st, channel) = match target.split_once(':') {
                Some((s, c)) => (s, Some(c)),
                None => (target.as_str(), None),
            };
            let stage =
                breachlog_core::register::regulation::templates::Nis2Stage::parse("stage", st)?;
            reg.nis2_draft(id, stage, channel, lang)
        }
        _ => Err(Error::invalid(
            "kind",
            Reason::UnknownValue {
                allowed: "authority, subjects, controller, dora, cra, nis2".into(),
            },
        )),
    })?;
    Ok(DraftView {
        title: draft.title.clone(),
        draft,
    })
}

/// Edits the Art 34 letter in `language` before it is issued: each `(field, text)` of `set`
/// replaces the proposed text, each field of `reset` goes back to it (checked by the core).
/// Returns the letter as it now reads.
#[tauri::command]
pub async fn edit_letter(
    state: State<'_, AppState>,
    incident: String,
    language: String,
    set: Vec<(String, String)>,
    reset: Vec<String>,
) -> Res<DraftView> {
    let id = parse_id(&state, &incident)?;
    let lang = validate::language("lang", &language).map_err(|e| state.err(&Error::from(e)))?;
    let draft = state.with(|reg| reg.edit_subjects_letter(id, lang, &set, &reset))?;
    Ok(DraftView {
        title: draft.title.clone(),
        draft,
    })
}

#[tauri::command]
pub async fn authority_contacts(
    state: State<'_, AppState>,
    incident: Option<String>,
) -> Res<Vec<AuthorityContact>> {
    let incident = incident.map(|i| parse_id(&state, &i)).transpose()?;
    state.with(|reg| reg.authority_contacts(incident))
}

#[tauri::command]
pub async fn log_authority_contact(
    state: State<'_, AppState>,
    input: ContactInput,
) -> Res<AuthorityContact> {
    state.with(|reg| reg.log_authority_contact(&input))
}

/// What the issuing authority said about an e-Evidence preservation order (Regulation (EU)
/// 2023/1543 Art 11): extended, production confirmed, released.
#[tauri::command]
pub async fn change_preservation(
    state: State<'_, AppState>,
    input: PreservationInput,
) -> Res<AuthorityContact> {
    state.with(|reg| reg.change_preservation(&input))
}

/// The ENISA severity for the breach form's live result (nothing is stored).
#[tauri::command]
pub async fn enisa(state: State<'_, AppState>, input: EnisaInput) -> Res<EnisaResult> {
    enisa::compute(&input).map_err(|e| state.err(&e.into()))
}

#[tauri::command]
pub async fn rules(state: State<'_, AppState>) -> Res<RulesView> {
    state.with(|reg| RulesView::load(reg))
}

/// The proposal rule packs (never the law in force).
#[tauri::command]
pub async fn rule_packs(state: State<'_, AppState>) -> Res<Vec<Pack>> {
    state.with(|reg| reg.rule_packs())
}

/// Every obligation now and under a proposal pack (all open incidents, or one); writes nothing.
#[tauri::command]
pub async fn what_if(
    state: State<'_, AppState>,
    pack: String,
    incident: Option<String>,
) -> Res<WhatIf> {
    let incident = incident.map(|i| parse_id(&state, &i)).transpose()?;
    state.with(|reg| reg.what_if(&pack, incident, Ts::now()))
}

/// Overrides a rule's hours (`None` restores the data file's).
#[tauri::command]
pub async fn set_rule_hours(
    state: State<'_, AppState>,
    regime: String,
    rule: String,
    hours: Option<i64>,
) -> Res<RegulationSettings> {
    state.with(|reg| reg.set_rule_hours(&regime, &rule, hours))
}

/// The DORA roll-over country (empty: off) and the internal target for "without undue delay"
/// obligations (`None`: none; shown next to the elapsed time, never "late"), and the hours after
/// which a sent customer notice not acknowledged is a reminder (`None`: unchanged; 0: never).
#[tauri::command]
pub async fn update_regulation_settings(
    state: State<'_, AppState>,
    dora_rollover_country: String,
    undue_delay_target_hours: Option<i64>,
    notice_reminder_hours: Option<i64>,
) -> Res<RegulationSettings> {
    state.with(|reg| {
        reg.update_regulation_settings(
            Some(&dora_rollover_country),
            Some(undue_delay_target_hours),
            notice_reminder_hours,
        )
    })
}

#[tauri::command]
pub async fn set_impact(
    state: State<'_, AppState>,
    id: String,
    input: ImpactInput,
) -> Res<ControllerImpact> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| reg.set_impact(id, &input))
}

#[tauri::command]
pub async fn controllers(state: State<'_, AppState>) -> Res<Vec<Controller>> {
    state.with(|reg| reg.controllers())
}

#[tauri::command]
pub async fn add_controller(
    state: State<'_, AppState>,
    name: String,
    notice_hours: Option<i64>,
    contact: Option<String>,
) -> Res<Controller> {
    state.with(|reg| reg.add_controller(&name, notice_hours, contact.as_deref()))
}

#[tauri::command]
pub async fn add_controller_record(
    state: State<'_, AppState>,
    input: ControllerInput,
) -> Res<Controller> {
    state.with(|reg| reg.add_controller_record(&input))
}

#[tauri::command]
pub async fn update_controller(
    state: State<'_, AppState>,
    controller: String,
    input: ControllerUpdate,
) -> Res<Controller> {
    state.with(|reg| reg.update_controller(&controller, &input))
}

#[tauri::command]
pub async fn remove_controller(state: State<'_, AppState>, controller: String) -> Res<Controller> {
    state.with(|reg| reg.remove_controller(&controller))
}

/// The report of an import, each refused row's message in the UI language.
#[tauri::command]
pub async fn import_controllers(
    state: State<'_, AppState>,
    path: String,
    dry_run: bool,
) -> Res<ImportReport> {
    let mut report =
        state.with(|reg| reg.import_controllers(std::path::Path::new(&path), dry_run))?;
    report.localize(state.localizer());
    Ok(report)
}

/// The native file picker for a customers CSV file (the window has no file-system permission
/// of its own); `None` when cancelled.
#[tauri::command]
pub async fn pick_controllers_csv(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Res<Option<String>> {
    use tauri_plugin_dialog::DialogExt;
    let title = crate::messages::text(state.language(), "app-customers-pick-title", &[]);
    Ok(app
        .dialog()
        .file()
        .set_title(title)
        .add_filter("CSV", &["csv", "CSV"])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string()))
}

#[tauri::command]
pub async fn incident_regulation(
    state: State<'_, AppState>,
    id: String,
) -> Res<IncidentRegulation> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| reg.incident_regulation(id))
}

/// Overrides the regimes for one incident (`None`: the organisation's); returns the regimes
/// that now apply to it. Obligations are derived again.
#[tauri::command]
pub async fn set_incident_regimes(
    state: State<'_, AppState>,
    id: String,
    regimes: Option<Vec<String>>,
) -> Res<IncidentRegulation> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| {
        reg.set_incident_regimes(id, regimes.as_deref())?;
        reg.incident_regulation(id)
    })
}

#[tauri::command]
pub async fn classify(
    state: State<'_, AppState>,
    id: String,
    input: ClassifyInput,
) -> Res<IncidentRegulation> {
    let id = parse_id(&state, &id)?;
    state.with(|reg| {
        reg.classify(id, &input)?;
        reg.incident_regulation(id)
    })
}
