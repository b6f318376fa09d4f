// The ONE seam between the UI and the Rust backend. Components import `backend` from here and
// never call `invoke` themselves; tests swap in a mock with `setBackend`.
import { invoke } from "@tauri-apps/api/core";
import type { Action } from "./bindings/Action";
import type { AppError } from "./bindings/AppError";
import type { AppStatus } from "./bindings/AppStatus";
import type { AssessmentInput } from "./bindings/AssessmentInput";
import type { Created } from "./bindings/Created";
import type { Incident } from "./bindings/Incident";
import type { IncidentDetail } from "./bindings/IncidentDetail";
import type { IncidentFilter } from "./bindings/IncidentFilter";
import type { IncidentInput } from "./bindings/IncidentInput";
import type { IncidentPage } from "./bindings/IncidentPage";
import type { Language } from "./bindings/Language";
import type { Note } from "./bindings/Note";
import type { Org } from "./bindings/Org";
import type { OrgInput } from "./bindings/OrgInput";
import type { Settings } from "./bindings/Settings";
import type { SettingsInput } from "./bindings/SettingsInput";
import type { Status } from "./bindings/Status";
import type { UnlockWith } from "./bindings/UnlockWith";
import type { Unlocked } from "./bindings/Unlocked";
import type { VerifyOutcome } from "./bindings/VerifyOutcome";
import type { BackupOverview } from "./bindings/BackupOverview";
import type { Redaction } from "./bindings/Redaction";
import type { RestoreTest } from "./bindings/RestoreTest";
import type { RetentionItem } from "./bindings/RetentionItem";
import type { IssuedReportInfo } from "./bindings/IssuedReportInfo";
import type { ReportChoices } from "./bindings/ReportChoices";
import type { ReportKind } from "./bindings/ReportKind";
import type { ReportOptions } from "./bindings/ReportOptions";
import type { ReportVerification } from "./bindings/ReportVerification";
import type { ObligationRow } from "./bindings/ObligationRow";
import type { Filing } from "./bindings/Filing";
import type { FilingInput } from "./bindings/FilingInput";
import type { Obligation } from "./bindings/Obligation";
import type { Authority } from "./bindings/Authority";
import type { DraftView } from "./bindings/DraftView";
import type { AuthorityContact } from "./bindings/AuthorityContact";
import type { ContactInput } from "./bindings/ContactInput";
import type { EnisaInput } from "./bindings/EnisaInput";
import type { EnisaResult } from "./bindings/EnisaResult";
import type { RulesView } from "./bindings/RulesView";
import type { RegulationSettings } from "./bindings/RegulationSettings";
import type { Controller } from "./bindings/Controller";
import type { IncidentRegulation } from "./bindings/IncidentRegulation";
import type { ClassifyInput } from "./bindings/ClassifyInput";
import type { KeyStatus } from "./bindings/KeyStatus";
import type { RecoveryKeyIssued } from "./bindings/RecoveryKeyIssued";

/** Which draft: the authority notification, the Art 34 communication, or the notice to a controller. */
export type DraftKind = "authority" | "subjects" | "controller";

export interface Backend {
  appStatus(): Promise<AppStatus>;
  setLanguage(language: Language): Promise<Language>;
  /** First run: makes the key slots and the recovery key in memory; nothing is written yet. */
  prepareRegister(passphrase: string | null, keyring: boolean, org: OrgInput): Promise<RecoveryKeyIssued>;
  /** Writes the prepared register once the last group of its recovery key is typed back. */
  createRegister(lastGroup: string): Promise<Created>;
  /** Forgets the prepared register (Back). */
  dropPendingRegister(): Promise<void>;
  unlock(withMethod: UnlockWith, secret: string | null): Promise<Unlocked>;
  lock(reason: "button" | "idle" | "close"): Promise<void>;
  listIncidents(filter: IncidentFilter): Promise<IncidentPage>;
  incidentDetail(id: string): Promise<IncidentDetail>;
  createIncident(input: IncidentInput): Promise<Incident>;
  updateIncident(id: string, input: IncidentInput): Promise<Incident>;
  transition(id: string, to: Status, closeReason: string | null, note: string | null): Promise<Incident>;
  assess(id: string, input: AssessmentInput): Promise<Incident>;
  addAction(id: string, title: string, owner: string | null, dueAt: string | null): Promise<Action>;
  setActionDone(actionId: string, done: boolean): Promise<Action>;
  addNote(id: string, text: string): Promise<Note>;
  getOrg(): Promise<Org>;
  updateOrg(input: OrgInput): Promise<Org>;
  getSettings(): Promise<Settings>;
  updateSettings(input: SettingsInput): Promise<Settings>;
  verify(): Promise<VerifyOutcome>;
  /** Changes when another process has written to the register (SQLite's data version). */
  dataVersion(): Promise<number>;
  backupOverview(): Promise<BackupOverview>;
  backupNow(): Promise<BackupOverview>;
  /** Opens the native folder picker (from Rust); the chosen folder, `null` when cancelled. */
  pickBackupFolder(): Promise<string | null>;
  backupTestRestore(): Promise<RestoreTest>;
  retentionReview(): Promise<RetentionItem[]>;
  redactIncident(id: string, reason: string, early: boolean): Promise<Redaction>;
  /** Authorities and controllers the Reports screen offers. */
  reportChoices(): Promise<ReportChoices>;
  /** Opens the native save dialog, then issues the report; `null` when cancelled. */
  issueReport(kind: ReportKind, options: ReportOptions): Promise<IssuedReportInfo | null>;
  /** Opens the native file dialog and verifies the chosen PDF; `null` when cancelled. */
  verifyReportFile(): Promise<ReportVerification | null>;
  obligations(incident: string | null): Promise<ObligationRow[]>;
  recordFiling(incident: string, input: FilingInput): Promise<Filing>;
  dropObligation(obligation: string, rationale: string): Promise<Obligation>;
  reinstateObligation(obligation: string): Promise<Obligation>;
  authorities(): Promise<Authority[]>;
  draft(incident: string, kind: DraftKind, target: string | null, language: string | null): Promise<DraftView>;
  authorityContacts(incident: string | null): Promise<AuthorityContact[]>;
  logAuthorityContact(input: ContactInput): Promise<AuthorityContact>;
  enisa(input: EnisaInput): Promise<EnisaResult>;
  rules(): Promise<RulesView>;
  setRuleHours(regime: string, rule: string, hours: number | null): Promise<RegulationSettings>;
  updateRegulationSettings(doraRolloverCountry: string, undueDelayTargetHours: number | null): Promise<RegulationSettings>;
  controllers(): Promise<Controller[]>;
  addController(name: string, noticeHours: number | null, contact: string | null): Promise<Controller>;
  incidentRegulation(id: string): Promise<IncidentRegulation>;
  classify(id: string, input: ClassifyInput): Promise<IncidentRegulation>;
  setIncidentRegimes(id: string, regimes: string[] | null): Promise<IncidentRegulation>;
  /** Opens the native save dialog and writes the Recovery Kit PDF of the key just shown; the
   * path written, or `null` when cancelled. */
  saveRecoveryKit(): Promise<string | null>;
  keyStatus(): Promise<KeyStatus>;
  /** Confirms the current recovery key, typed in full. */
  confirmRecoveryKey(recoveryKey: string): Promise<KeyStatus>;
  /** Confirms the recovery key issued in this session by its last group. */
  confirmNewRecoveryKey(lastGroup: string): Promise<KeyStatus>;
  /** Replaces the recovery key (the old one stops working) and returns the new one, once. */
  newRecoveryKey(): Promise<RecoveryKeyIssued>;
  /** `current` is required unless the register was unlocked with the recovery key. */
  changePassphrase(current: string | null, newPassphrase: string): Promise<KeyStatus>;
  setKeyring(enabled: boolean): Promise<KeyStatus>;
}

/** Every failure the UI sees has this shape (transport failures are wrapped too). */
export function asAppError(e: unknown): AppError {
  if (e && typeof e === "object" && "code" in e && "message" in e) return e as AppError;
  return { code: "internal", message: String(e), retry_after_secs: null, field: null };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw asAppError(e);
  }
}

export const tauriBackend: Backend = {
  appStatus: () => call("app_status"),
  setLanguage: (language) => call("set_language", { language }),
  prepareRegister: (passphrase, keyring, org) => call("prepare_register", { passphrase, keyring, org }),
  createRegister: (lastGroup) => call("create_register", { lastGroup }),
  dropPendingRegister: () => call("drop_pending_register"),
  unlock: (withMethod, secret) => call("unlock", { with: withMethod, secret }),
  lock: (reason) => call("lock", { reason }),
  listIncidents: (filter) => call("list_incidents", { filter }),
  incidentDetail: (id) => call("incident_detail", { id }),
  createIncident: (input) => call("create_incident", { input }),
  updateIncident: (id, input) => call("update_incident", { id, input }),
  transition: (id, to, closeReason, note) => call("transition", { id, to, at: null, closeReason, note }),
  assess: (id, input) => call("assess", { id, input }),
  addAction: (id, title, owner, dueAt) => call("add_action", { id, title, owner, dueAt }),
  setActionDone: (actionId, done) => call("set_action_done", { actionId, done }),
  addNote: (id, text) => call("add_note", { id, text }),
  getOrg: () => call("get_org"),
  updateOrg: (input) => call("update_org", { input }),
  getSettings: () => call("get_settings"),
  updateSettings: (input) => call("update_settings", { input }),
  verify: () => call("verify"),
  dataVersion: () => call("data_version"),
  backupOverview: () => call("backup_overview"),
  backupNow: () => call("backup_now"),
  pickBackupFolder: () => call("pick_backup_folder"),
  backupTestRestore: () => call("backup_test_restore"),
  retentionReview: () => call("retention_review"),
  redactIncident: (id, reason, early) => call("redact_incident", { id, reason, early }),
  reportChoices: () => call("report_choices"),
  issueReport: (kind, options) => call("issue_report", { kind, options }),
  verifyReportFile: () => call("verify_report_file"),
  obligations: (incident) => call("obligations", { incident }),
  recordFiling: (incident, input) => call("record_filing", { incident, input }),
  dropObligation: (obligation, rationale) => call("drop_obligation", { obligation, rationale }),
  reinstateObligation: (obligation) => call("reinstate_obligation", { obligation }),
  authorities: () => call("authorities"),
  draft: (incident, kind, target, language) => call("draft", { incident, kind, target, language }),
  authorityContacts: (incident) => call("authority_contacts", { incident }),
  logAuthorityContact: (input) => call("log_authority_contact", { input }),
  enisa: (input) => call("enisa", { input }),
  rules: () => call("rules"),
  setRuleHours: (regime, rule, hours) => call("set_rule_hours", { regime, rule, hours }),
  updateRegulationSettings: (doraRolloverCountry, undueDelayTargetHours) =>
    call("update_regulation_settings", { doraRolloverCountry, undueDelayTargetHours }),
  controllers: () => call("controllers"),
  addController: (name, noticeHours, contact) => call("add_controller", { name, noticeHours, contact }),
  incidentRegulation: (id) => call("incident_regulation", { id }),
  classify: (id, input) => call("classify", { id, input }),
  setIncidentRegimes: (id, regimes) => call("set_incident_regimes", { id, regimes }),
  saveRecoveryKit: () => call("save_recovery_kit"),
  keyStatus: () => call("key_status"),
  confirmRecoveryKey: (recoveryKey) => call("confirm_recovery_key", { recoveryKey }),
  confirmNewRecoveryKey: (lastGroup) => call("confirm_new_recovery_key", { lastGroup }),
  newRecoveryKey: () => call("new_recovery_key"),
  changePassphrase: (current, newPassphrase) => call("change_passphrase", { current, new: newPassphrase }),
  setKeyring: (enabled) => call("set_keyring", { enabled }),
};

let current: Backend = tauriBackend;

/** The backend in use (the Tauri one in the app, a mock in tests). */
export function backend(): Backend {
  return current;
}

export function setBackend(b: Backend): void {
  current = b;
}
