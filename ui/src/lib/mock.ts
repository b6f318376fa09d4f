// An in-memory backend for UI tests: same interface as the Tauri one, no Rust needed.
import type { Backend } from "./backend";
import type { AppError } from "./bindings/AppError";
import type { Incident } from "./bindings/Incident";
import type { IncidentRow } from "./bindings/IncidentRow";
import type { Org } from "./bindings/Org";
import type { Settings } from "./bindings/Settings";
import type { Status } from "./bindings/Status";
import type { BackupOverview } from "./bindings/BackupOverview";
import type { RetentionItem } from "./bindings/RetentionItem";
import type { IssuedReportInfo } from "./bindings/IssuedReportInfo";
import type { ObligationRow } from "./bindings/ObligationRow";
import type { Filing } from "./bindings/Filing";
import type { Authority } from "./bindings/Authority";
import type { AuthorityContact } from "./bindings/AuthorityContact";
import type { Controller } from "./bindings/Controller";
import type { EnisaResult } from "./bindings/EnisaResult";
import type { IncidentRegulation } from "./bindings/IncidentRegulation";
import type { Obligation } from "./bindings/Obligation";
import type { RegulationSettings } from "./bindings/RegulationSettings";
import type { ClockGap } from "./bindings/ClockGap";

const allowed: Record<Status, Status[]> = {
  reported: ["triage"],
  triage: ["investigating", "closed"],
  investigating: ["contained"],
  contained: ["resolved"],
  resolved: ["closed", "investigating"],
  closed: ["investigating"],
};

function fail(code: string, message: string, field: string | null = null): never {
  const e: AppError = { code, message, retry_after_secs: null, field };
  throw e;
}

const H = 3_600_000;

/** A few authorities of the registry (the real one is embedded in the core). */
export const MOCK_AUTHORITIES: Authority[] = [
  { id: "nl-ap", country: "nl", name: "Autoriteit Persoonsgegevens", short: "AP", languages: ["nl"], website: "https://autoriteitpersoonsgegevens.nl", channel: "online-form", template: "nl-ap" },
  { id: "be-apd", country: "be", name: "Autorité de protection des données", short: "APD/GBA", languages: ["fr", "nl", "de"], website: "https://www.autoriteprotectiondonnees.be", channel: "online-form", template: "be-apd" },
  { id: "uk-ico", country: "gb", name: "Information Commissioner's Office", short: "ICO", languages: ["en"], website: "https://ico.org.uk", channel: "online-form", template: "uk-ico" },
];

/** `SE = DPC × EI + CB` in hundredths, as the core computes it. */
export function mockEnisa(i: { dpc: string; dpc_adjust?: string; ei: string; cb_confidentiality?: string; cb_integrity?: string; cb_availability?: string; malicious: boolean }): EnisaResult {
  const dec = (h: number) => String(h / 100);
  const base = Number(i.dpc);
  if (!(base >= 1 && base <= 4)) fail("invalid_input", "Invalid data processing context (DPC): it must be at most 4", "dpc");
  const adj = Number((i.dpc_adjust ?? "0").replace("+", ""));
  const dpc = Math.min(4, Math.max(1, base + adj));
  const h = (v?: string) => Math.round(Number(v || "0") * 100);
  const ei = h(i.ei);
  const [c, it, a, m] = [h(i.cb_confidentiality), h(i.cb_integrity), h(i.cb_availability), i.malicious ? 50 : 0];
  const cb = c + it + a + m;
  const score = dpc * ei + cb;
  const band = score < 200 ? "low" : score < 300 ? "medium" : score < 400 ? "high" : "very_high";
  return {
    dpc_base: base, dpc_adjust: adj, dpc, ei: dec(ei), cb_confidentiality: dec(c), cb_integrity: dec(it), cb_availability: dec(a), malicious: i.malicious,
    cb: dec(cb), score: dec(score), band,
    arithmetic: `DPC ${dpc} × EI ${dec(ei)} + CB ${dec(cb)} (C ${dec(c)} + I ${dec(it)} + A ${dec(a)} + M ${dec(m)}) = ${dec(score)}`,
  };
}

export function mockBackend(opts: { exists?: boolean; passphrase?: string } = {}) {
  const passphrase = opts.passphrase ?? "correct horse battery";
  let exists = opts.exists ?? true;
  let unlocked = false;
  let failed = 0;
  let seq = 0;
  const incidents: Incident[] = [];
  let org: Org = {
    name: "Acme",
    address: "",
    contact_point: "",
    default_role: "controller",
    timezone: "Europe/Amsterdam",
    language: "en",
    lead_authority: "nl-ap",
    regimes: ["gdpr"],
  };
  let settings: Settings = { aware_gap_hours: 24, idle_lock_minutes: 15, notify_thresholds_hours: [24, 12, 4, 1], backup_folder: "", backup_interval_hours: 24, backup_keep: 14, retention_months: 60, retention_by_category: {} };
  const backups: string[] = [];
  let lastBackupAt: string | null = null;
  let restoreTest: { at: string; ok: boolean } | null = null;
  const overview = (): BackupOverview => ({
    folder: settings.backup_folder,
    interval_hours: settings.backup_interval_hours,
    keep: settings.backup_keep,
    last_backup_at: lastBackupAt,
    last_backup_file: backups[0] ?? null,
    last_restore_test_at: restoreTest?.at ?? null,
    last_restore_test_ok: restoreTest?.ok ?? null,
    next_backup_at: settings.backup_folder
      ? new Date((lastBackupAt ? Date.parse(lastBackupAt) : Date.now()) + settings.backup_interval_hours * 3600_000).toISOString()
      : null,
    files: [...backups],
  });
  const guard = () => {
    if (!unlocked) fail("locked", "The register is locked.");
  };
  const row = (i: Incident): IncidentRow => ({
    id: i.id,
    title: i.title,
    status: i.status,
    category: i.category,
    severity: i.severity,
    detected_at: i.detected_at,
    personal_data: i.assessment?.personal_data ?? null,
    risk: i.assessment?.risk ?? null,
    aware_at: i.assessment?.aware_at ?? null,
    exercise: i.exercise,
    breach: i.assessment?.personal_data === "yes",
  });
  const find = (id: string) => incidents.find((i) => i.id === id) ?? fail("not_found", `No incident with id ${id}.`);
  const verify = { ok: true, events: 3, head_seq: 3, head_hash: "ab".repeat(32), problem: null, checked_at: new Date().toISOString() };

  // Reports: issued files in order; the next save dialog answer (a path, or null = cancelled).
  const reports: IssuedReportInfo[] = [];
  const dialog = { savePath: "/home/dpo/Documents/report.pdf" as string | null, pickedFile: "report.pdf" as string | null, pickedFolder: "/home/dpo/Backups/breachlog" as string | null };
  // Regulation: one GDPR Art 33(1) notification per assessed breach (72 h after awareness), one
  // Art 34 communication (no hours) when the risk is high, filings, contacts and controllers.
  const obligations: Obligation[] = [];
  const filings: Filing[] = [];
  const contacts: AuthorityContact[] = [];
  const controllers: Controller[] = [];
  const regulation = new Map<string, IncidentRegulation>();
  let regSettings: RegulationSettings = { overrides: {}, dora_rollover_country: null, undue_delay_target_hours: null };
  const open = (incident: Incident, kind: "notification" | "subject-communication", hours: number | null) => {
    if (obligations.some((o) => o.incident_id === incident.id && o.kind === kind)) return;
    const anchor = incident.assessment!.aware_at!;
    obligations.push({
      id: `0b000000-0000-7000-8000-00000000000${obligations.length + 1}`,
      incident_id: incident.id, regime: "gdpr", rule: kind === "notification" ? "art33-1" : "art34-1",
      recipient: kind === "notification" ? org.lead_authority || "supervisory-authority" : "data-subjects", kind,
      anchor: "aware_at", anchor_at: anchor, hours, month_rule: false, alt: null, rollover: null, timezone: org.timezone,
      due_at: hours === null ? null : new Date(Date.parse(anchor) + hours * H).toISOString(),
      reference: kind === "notification" ? "GDPR Art 33(1)" : "GDPR Art 34(1)", rule_version: "gdpr.1", source_url: "https://eur-lex.europa.eu",
      hours_source: "rule", controller_id: null, contact_id: null, opened_at: new Date().toISOString(), not_required: null,
    });
  };
  const rowOf = (o: Obligation, now: number): ObligationRow => {
    const fs = filings.filter((f) => f.obligation_id === o.id);
    const first = fs.find((f) => f.phase === "initial");
    let status: ObligationRow["status"] = "pending";
    let late: number | null = null;
    if (first) [status, late] = first.late_by_minutes ? ["filed_late", first.late_by_minutes] : ["filed", null];
    else if (o.not_required) status = "not_required";
    else if (o.due_at && Date.parse(o.due_at) < now) [status, late] = ["overdue", Math.floor((now - Date.parse(o.due_at)) / 60000)];
    const inc = incidents.find((i) => i.id === o.incident_id);
    return {
      id: o.id, incident: o.incident_id, regime: o.regime, recipient: o.recipient, kind: o.kind, anchor: o.anchor, due_at: o.due_at, status, late_by_minutes: late, reference: o.reference,
      incident_title: inc?.title ?? null,
      to: MOCK_AUTHORITIES.some((a) => a.id === o.recipient) ? { kind: "authority", id: o.recipient } : { kind: "group", id: o.recipient },
      recipient_name: MOCK_AUTHORITIES.find((a) => a.id === o.recipient)?.name ?? null,
      has_clock: o.hours !== null,
      hours: o.hours,
      undue: o.hours === null && status === "pending" && o.anchor_at ? {
            elapsed_minutes: Math.floor((now - Date.parse(o.anchor_at)) / 60000),
            target_at: regSettings.undue_delay_target_hours ? new Date(Date.parse(o.anchor_at) + regSettings.undue_delay_target_hours * H).toISOString() : null,
          } : null,
      not_required: o.not_required,
      filings: fs,
    };
  };
  /** Why no GDPR breach obligation is derived (the core's `derive::clock_gap`, simplified). */
  const clockGap = (i: Incident): ClockGap | null => {
    if (i.exercise) return "exercise";
    const a = i.assessment;
    if (a?.personal_data === "no") return "no_personal_data";
    if (a?.personal_data !== "yes") return "not_assessed";
    const regimes = regulation.get(i.id)?.regimes ?? org.regimes;
    if (!regimes.some((r) => r === "gdpr" || r === "uk-gdpr")) return "gdpr_not_applied";
    if ((a.role ?? org.default_role) === "processor" && a.controllers.length === 0) return "processor_without_controllers";
    return null;
  };
  const findOb = (id: string) => obligations.find((o) => o.id === id) ?? fail("invalid_input", "Invalid obligation: no entry has this id", "obligation");

  const b: Backend & {
    incidents: Incident[];
    reports: IssuedReportInfo[];
    dialog: typeof dialog;
    obligationList: Obligation[];
    contacts: AuthorityContact[];
  } = {
    incidents,
    reports,
    dialog,
    obligationList: obligations,
    contacts,
    appStatus: async () => ({
      register_exists: exists,
      unlocked,
      path: "/tmp/register.db",
      keyring_available: false,
      keyring_enabled: false,
      has_passphrase: true,
      failed_unlocks: failed,
      retry_after_secs: 0,
      language: org.language,
    }),
    setLanguage: async (l) => l,
    createRegister: async (p, _k, o) => {
      exists = unlocked = true;
      org = { ...org, ...(o as Partial<Org>) };
      void p;
      return { recovery_key: "ABCD-EFGH-IJKL-MNOP", org };
    },
    unlock: async (_w, secret) => {
      if (secret !== passphrase) {
        failed++;
        const e: AppError = { code: "wrong_passphrase", message: "Wrong passphrase or key: the register could not be unlocked.", retry_after_secs: failed >= 5 ? 30 * 2 ** (failed - 5) : 0, field: null };
        throw e;
      }
      unlocked = true;
      failed = 0;
      return { org, settings };
    },
    lock: async () => {
      unlocked = false;
    },
    listIncidents: async (f) => {
      guard();
      let rows = incidents.map(row);
      if (f.text) rows = rows.filter((r) => r.title.toLowerCase().includes(f.text!.toLowerCase()));
      if (f.breach != null) rows = rows.filter((r) => r.breach === f.breach);
      if (f.status?.length) rows = rows.filter((r) => f.status!.includes(r.status));
      const off = f.offset ?? 0;
      return { total: rows.length, rows: rows.slice(off, off + (f.limit ?? 200)) };
    },
    incidentDetail: async (id) => {
      guard();
      const incident = find(id);
      return { ...incident, actions: [], notes: [], obligations: [], timeline: [], missing_art33: [], allowed_next: allowed[incident.status], clock_gap: clockGap(incident) };
    },
    createIncident: async (input) => {
      guard();
      if (!input.title?.trim()) fail("invalid_input", "Invalid title: it must not be empty");
      const now = new Date().toISOString();
      const inc: Incident = {
        id: `0000000${++seq}-0000-7000-8000-000000000000`,
        title: input.title!,
        description: input.description ?? "",
        category: "other",
        vuln_class: null,
        source: "internal_monitoring",
        severity: "medium",
        affected_systems: [],
        owner: null,
        occurred_from: null,
        occurred_to: null,
        detected_at: input.detected_at ?? now,
        contained_at: null,
        resolved_at: null,
        closed_at: null,
        status: "reported",
        close_reason: null,
        exercise: false,
        created_at: now,
        created_by: "test",
        updated_at: now,
        assessment: null,
        redacted_at: null,
        last_seq: seq,
        last_hash: "",
      };
      incidents.push(inc);
      return inc;
    },
    updateIncident: async (id, input) => Object.assign(find(id), { title: input.title ?? find(id).title }),
    transition: async (id, to) => {
      const i = find(id);
      if (!allowed[i.status].includes(to)) fail("invalid_transition", "not allowed");
      i.status = to;
      if (to === "closed") i.closed_at = new Date().toISOString();
      return i;
    },
    assess: async (id, input) => {
      const i = find(id);
      const a = { controllers: [], ...(i.assessment ?? {}), ...(input as object) } as NonNullable<Incident["assessment"]> & Record<string, unknown>;
      if (input.enisa) a.enisa = mockEnisa(input.enisa);
      // As in the core: an assessment always has a role, the organisation's unless chosen.
      if (!a.role) a.role = org.default_role;
      i.assessment = a;
      if (a.personal_data === "yes" && a.aware_at && a.role !== "processor") {
        open(i, "notification", regSettings.overrides["gdpr/art33-1"] ?? 72);
        if (a.risk === "high") open(i, "subject-communication", null);
      }
      return i;
    },
    addAction: async () => fail("internal", "not mocked"),
    setActionDone: async () => fail("internal", "not mocked"),
    addNote: async () => fail("internal", "not mocked"),
    getOrg: async () => org,
    updateOrg: async (o) => (org = { ...org, ...(o as Partial<Org>) }),
    getSettings: async () => settings,
    updateSettings: async (s) => {
      const f = s.backup_folder?.trim();
      if (f && !f.startsWith("/") && f !== "~" && !f.startsWith("~/"))
        fail("invalid_input", "Invalid backup folder: it is not a full path: choose the folder, or type a path that starts with / (or ~/ for your home folder)", "backup_folder");
      const folder = f === undefined ? {} : { backup_folder: f.replace(/^~(?=\/|$)/, "/home/dpo") };
      return (settings = { ...settings, ...(s as Partial<Settings>), ...folder });
    },
    verify: async () => verify,
    backupOverview: async () => overview(),
    backupNow: async () => {
      guard();
      if (!settings.backup_folder) fail("invalid_input", "Invalid backup folder: it must not be empty");
      const now = new Date().toISOString();
      backups.unshift(`breachlog-${now.replace(/[-:.]/g, "")}.blbackup`);
      backups.splice(settings.backup_keep);
      lastBackupAt = now;
      return overview();
    },
    pickBackupFolder: async () => {
      guard();
      return dialog.pickedFolder;
    },
    backupTestRestore: async () => {
      guard();
      if (!backups.length) fail("not_found", "No backup found.");
      restoreTest = { at: new Date().toISOString(), ok: true };
      return { ok: true, file: backups[0], events: seq, problem: null };
    },
    retentionReview: async () => {
      guard();
      return incidents
        .filter((i) => i.status === "closed" && i.closed_at && !i.redacted_at)
        .map((i): RetentionItem => {
          const months = settings.retention_by_category[i.category] ?? settings.retention_months;
          const until = new Date(i.closed_at!);
          until.setUTCMonth(until.getUTCMonth() + months);
          return {
            incident: i.id, title: i.title, category: i.category, closed_at: i.closed_at!,
            retention_months: months, until: until.toISOString(), due: until.getTime() <= Date.now(),
          };
        });
    },
    redactIncident: async (id, reason, early) => {
      guard();
      const i = find(id);
      if (!reason.trim()) fail("invalid_input", "Invalid reason: it must not be empty");
      if (i.status !== "closed") fail("invalid_input", "Invalid incident: only closed incidents can be redacted");
      if (!early) fail("invalid_input", "Invalid incident: its retention period runs until later");
      i.title = "[redacted]";
      if (i.description) i.description = "[redacted]";
      i.redacted_at = new Date().toISOString();
      return { seq: ++seq, ts: i.redacted_at, incident: id, events: [1], fields: 2, reason };
    },
    reportChoices: async () => {
      guard();
      return {
        authorities: [
          { id: "nl-ap", name: "Autoriteit Persoonsgegevens", short: "AP", languages: ["nl"] },
          { id: "be-apd", name: "Autorité de protection des données", short: "APD", languages: ["fr", "nl", "de"] },
          { id: "de-ni", name: "Die Landesbeauftragte für den Datenschutz Niedersachsen", short: "LfD NI", languages: ["de"] },
        ],
        controllers: [{ id: "01a20849-0000-7000-8000-000000000001", name: "Apotheek De Gaper" }],
        lead_authority: org.lead_authority || null,
      };
    },
    issueReport: async (kind, o) => {
      guard();
      const needsIncident = ["incident", "notification", "subjects", "controller"].includes(kind);
      if (needsIncident && !o.incident) fail("invalid_input", "Invalid id: it must not be empty");
      if (needsIncident) find(o.incident!);
      if (kind === "notification" && !o.authority) fail("invalid_input", "Invalid authority: it must not be empty");
      if (kind === "controller" && !o.controller) fail("invalid_input", "Invalid controller: it must not be empty");
      if (o.from && o.to && o.from > o.to) fail("invalid_input", "Invalid from: the start is after the end");
      if (dialog.savePath === null) return null;
      const info: IssuedReportInfo = {
        serial: `RPT-${String(reports.length + 1).padStart(6, "0")}`,
        kind,
        path: dialog.savePath,
        pages: 3,
        report_sha256: (reports.length + 1).toString(16).padStart(64, "0"),
        head_seq: seq + reports.length + 1,
        head_hash: "cd".repeat(32),
        prev_report_sha256: reports.at(-1)?.report_sha256 ?? null,
      };
      reports.push(info);
      return info;
    },
    verifyReportFile: async () => {
      if (dialog.pickedFile === null) return null;
      const r = reports.find((x) => x.path.endsWith(dialog.pickedFile!));
      if (!r) {
        return {
          file: dialog.pickedFile,
          ok: false,
          serial: null,
          report_sha256: "ee".repeat(32),
          head_seq: null,
          head_hash: null,
          prev_report_sha256: null,
          issued_by_register: unlocked ? false : null,
          problem: "the seal does not match: the file was changed after it was issued",
        };
      }
      return {
        file: dialog.pickedFile,
        ok: true,
        serial: r.serial,
        report_sha256: r.report_sha256,
        head_seq: r.head_seq,
        head_hash: r.head_hash,
        prev_report_sha256: r.prev_report_sha256,
        issued_by_register: unlocked ? true : null,
        problem: null,
      };
    },
    obligations: async (incident) => {
      guard();
      const now = Date.now();
      return obligations.filter((o) => incident === null || o.incident_id === incident).map((o) => rowOf(o, now));
    },
    recordFiling: async (incident, input) => {
      guard();
      const o = findOb(input.obligation);
      if (o.incident_id !== incident) fail("invalid_input", "Invalid obligation: it does not belong to this incident or obligation", "obligation");
      const at = Date.parse(input.at);
      if (Number.isNaN(at)) fail("invalid_input", "Invalid time: not a valid time", "at");
      if (at > Date.now() + 60_000) fail("invalid_input", "Invalid time: it is in the future", "at");
      if (!input.reference?.trim()) fail("invalid_input", "Invalid reference: it must not be empty", "reference");
      const phase = (input.phase || "initial") as Filing["phase"];
      const late = phase === "initial" && o.due_at && at > Date.parse(o.due_at) ? Math.floor((at - Date.parse(o.due_at)) / 60000) : null;
      if (late && !input.reasons_for_delay?.trim())
        fail("invalid_input", `Invalid reasons for the delay: the filing is ${late} minutes after the deadline, so the reasons for the delay must be given`, "reasons_for_delay");
      const f: Filing = {
        id: `0f000000-0000-7000-8000-00000000000${filings.length + 1}`, obligation_id: o.id, incident_id: incident, at: new Date(at).toISOString(),
        channel: input.channel as Filing["channel"], reference: input.reference, reasons_for_delay: input.reasons_for_delay || null, phase,
        follows: input.follows || null, late_by_minutes: late, recorded_by: "test", recorded_at: new Date().toISOString(),
      };
      filings.push(f);
      return f;
    },
    dropObligation: async (id, rationale) => {
      const o = findOb(id);
      if (!rationale.trim()) fail("invalid_input", "Invalid rationale: it must not be empty", "rationale");
      o.not_required = { decider: "test", rationale, automatic: false, manual: true, at: new Date().toISOString() };
      return o;
    },
    reinstateObligation: async (id) => {
      const o = findOb(id);
      o.not_required = null;
      return o;
    },
    authorities: async () => MOCK_AUTHORITIES,
    draft: async (incident, kind, target, language) => {
      const i = find(incident);
      const a = i.assessment;
      const missing = [a?.consequences ? null : "consequences", a?.measures_taken || a?.measures_proposed ? null : "measures"].filter((x): x is string => !!x);
      const lang = (language || (kind === "authority" ? MOCK_AUTHORITIES.find((x) => x.id === target)?.languages[0] : org.language) || "en") as Org["language"];
      return {
        title: kind === "authority" ? `Notification to ${target}` : kind === "subjects" ? `Important information from ${org.name}` : `Notice to ${target}`,
        draft: {
          authority: kind === "authority" ? target : null,
          language: lang,
          sections: [
            { id: "what_happened", title: "What happened", fields: [
              { id: "title", label: "Summary", value: i.title },
              { id: "description", label: "Description of the breach", value: i.description },
            ] },
            { id: "consequences", title: "Likely consequences", fields: [{ id: "consequences", label: "Likely consequences", value: a?.consequences ?? "" }] },
            { id: "measures", title: "Measures", fields: [
              { id: "measures_taken", label: "Measures taken", value: a?.measures_taken ?? "" },
              { id: "measures_proposed", label: "Measures proposed", value: a?.measures_proposed ?? "" },
            ] },
          ],
          missing,
        },
      };
    },
    authorityContacts: async (incident) => contacts.filter((c) => incident === null || c.incident_id === incident),
    logAuthorityContact: async (input) => {
      guard();
      if (!MOCK_AUTHORITIES.some((a) => a.id === input.authority)) fail("invalid_input", "Invalid authority: it is not an authority of the registry", "authority");
      if (!input.subject.trim()) fail("invalid_input", "Invalid subject: it must not be empty", "subject");
      if (Number.isNaN(Date.parse(input.at))) fail("invalid_input", "Invalid time: not a valid time", "at");
      const c: AuthorityContact = {
        id: `0c000000-0000-7000-8000-00000000000${contacts.length + 1}`, authority: input.authority, direction: input.direction as AuthorityContact["direction"],
        at: new Date(Date.parse(input.at)).toISOString(), subject: input.subject, reference: input.reference || null,
        response_due_at: input.response_due_at ? new Date(Date.parse(input.response_due_at)).toISOString() : null,
        incident_id: input.incident || null, answers: input.answers || null, logged_by: "test",
      };
      contacts.push(c);
      return c;
    },
    enisa: async (input) => mockEnisa(input),
    rules: async () => {
      const hours = (key: string, d: number) => regSettings.overrides[key] ?? d;
      return {
        rules: [
          { regime: "gdpr", rule: "art33-1", version: "gdpr.1", kind: "notification", recipient: "authority", anchor: "aware_at", hours: hours("gdpr/art33-1", 72), default_hours: 72, months: null, overridden: "gdpr/art33-1" in regSettings.overrides, on_request: false, reference: "GDPR Art 33(1)", source_url: "https://eur-lex.europa.eu" },
          { regime: "gdpr", rule: "art34-1", version: "gdpr.1", kind: "subject-communication", recipient: "data-subjects", anchor: "aware_at", hours: null, default_hours: null, months: null, overridden: false, on_request: false, reference: "GDPR Art 34(1)", source_url: "https://eur-lex.europa.eu" },
          { regime: "nis2", rule: "art23-4a", version: "nis2.1", kind: "early-warning", recipient: "csirt", anchor: "classified_at", hours: hours("nis2/art23-4a", 24), default_hours: 24, months: null, overridden: "nis2/art23-4a" in regSettings.overrides, on_request: false, reference: "NIS2 Art 23(4)(a)", source_url: "https://eur-lex.europa.eu" },
        ],
        settings: regSettings,
        holiday_countries: ["de", "nl"],
      };
    },
    updateRegulationSettings: async (country, target) => {
      if (target !== null && (target < 1 || target > 8760)) fail("invalid_input", "Invalid internal target for “without undue delay”: it must be at most 8760", "undue_delay_target_hours");
      regSettings = { ...regSettings, dora_rollover_country: country || null, undue_delay_target_hours: target };
      return regSettings;
    },
    setRuleHours: async (regime, rule, hours) => {
      if (hours !== null && (hours < 1 || hours > 8760)) fail("invalid_input", "Invalid hours: it must be at most 8760", "hours");
      const overrides = { ...regSettings.overrides };
      if (hours === null) delete overrides[`${regime}/${rule}`];
      else overrides[`${regime}/${rule}`] = hours;
      regSettings = { ...regSettings, overrides };
      return regSettings;
    },
    controllers: async () => controllers,
    addController: async (name, noticeHours, contact) => {
      if (!name.trim()) fail("invalid_input", "Invalid name: it must not be empty", "name");
      if (controllers.some((c) => c.name.toLowerCase() === name.trim().toLowerCase())) fail("invalid_input", "Invalid name: it is already used", "name");
      const c: Controller = { id: `0d000000-0000-7000-8000-00000000000${controllers.length + 1}`, name: name.trim(), notice_hours: noticeHours, contact: contact ?? "", added_at: new Date().toISOString() };
      controllers.push(c);
      return c;
    },
    incidentRegulation: async (id) => regulation.get(id) ?? { regimes: null, nis2: null, dora: null },
    setIncidentRegimes: async (id, regimes) => {
      const r = regulation.get(id) ?? { regimes: null, nis2: null, dora: null };
      r.regimes = regimes === null ? null : (regimes as Org["regimes"]);
      regulation.set(id, r);
      return r;
    },
    classify: async (id, input) => {
      if (!(regulation.get(id)?.regimes ?? org.regimes).includes(input.regime as Org["regimes"][number])) fail("invalid_input", "Invalid regime: this regime does not apply to the organisation or the incident", "regime");
      const r = regulation.get(id) ?? { regimes: null, nis2: null, dora: null };
      const c = { at: new Date(Date.parse(input.at)).toISOString(), malicious: (input.malicious || "unknown") as "unknown", cross_border: (input.cross_border || "unknown") as "unknown", trust_service: input.trust_service ?? false, by: "test" };
      if (input.regime === "nis2") r.nis2 = c;
      else r.dora = c;
      regulation.set(id, r);
      return r;
    },
  };
  return b;
}
