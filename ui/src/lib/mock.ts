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

const allowed: Record<Status, Status[]> = {
  reported: ["triage"],
  triage: ["investigating", "closed"],
  investigating: ["contained"],
  contained: ["resolved"],
  resolved: ["closed", "investigating"],
  closed: ["investigating"],
};

function fail(code: string, message: string): never {
  const e: AppError = { code, message, retry_after_secs: null };
  throw e;
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
  const dialog = { savePath: "/home/dpo/Documents/report.pdf" as string | null, pickedFile: "report.pdf" as string | null };
  const b: Backend & { incidents: Incident[]; reports: IssuedReportInfo[]; dialog: typeof dialog } = {
    incidents,
    reports,
    dialog,
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
        const e: AppError = { code: "wrong_passphrase", message: "Wrong passphrase or key: the register could not be unlocked.", retry_after_secs: failed >= 5 ? 30 * 2 ** (failed - 5) : 0 };
        throw e;
      }
      unlocked = true;
      failed = 0;
      return { verify, org, settings };
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
      return { incident, actions: [], notes: [], events: [], missing_art33: [], allowed_next: allowed[incident.status] };
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
    assess: async (id) => find(id),
    addAction: async () => fail("internal", "not mocked"),
    setActionDone: async () => fail("internal", "not mocked"),
    addNote: async () => fail("internal", "not mocked"),
    getOrg: async () => org,
    updateOrg: async (o) => (org = { ...org, ...(o as Partial<Org>) }),
    getSettings: async () => settings,
    updateSettings: async (s) => (settings = { ...settings, ...(s as Partial<Settings>) }),
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
  };
  return b;
}
