// The UI tests' backend: it replays what the real app answered. Each fixture in
// ../test/fixtures was recorded by `src-tauri/tests/fixtures` (a scenario run through the app's
// invoke handler on a real register; `make fixtures` records them again, `make test` fails when
// one is stale). Nothing here knows the lifecycle, deadlines, ENISA or any other rule: a call is
// looked up in the recording, and a call the scenario never made fails the test with its name.
//
// Replay: the recording is a list of calls, each made at a `state` (the number of writes applied
// before it). A write is answered by the first recorded write at the current state with the same
// command and arguments (then the state moves on if it succeeded); a read by the latest recorded
// answer at or before the current state (every read is recorded again after every write). The
// mock starts at the fixture's `start` (the register the scenario set up before the test's part).
//
// Plumbing only: native dialogs answer from `dialog` (a cancelled dialog never reaches the core),
// `dataVersionValue` stands for another process's writes, and `replayed`/`written` show what the
// test wrote.
import type { Backend } from "./backend";
import type { AppError } from "./bindings/AppError";
import { commands } from "./bindings/commands";
import type { AppStatus } from "./bindings/AppStatus";
import type { IssuedReportInfo } from "./bindings/IssuedReportInfo";

/** One recorded call. */
export type RecordedCall = {
  state: number;
  command: string;
  args: unknown;
  /** The file or folder the native dialog answered (dialog commands). */
  dialog?: string;
  /** The call changed the register or the session. */
  write?: boolean;
  ok?: unknown;
  err?: AppError;
};

export type Fixture = { scenario: string; about: string; now: string; start: number; calls: RecordedCall[] };

const fixtures = import.meta.glob("../test/fixtures/*.json", { eager: true, import: "default" }) as Record<string, Fixture>;

/** A recorded scenario by name (its file name). */
export function fixture(name: string): Fixture {
  const f = fixtures[`../test/fixtures/${name}.json`];
  if (!f) throw new Error(`no fixture ${name}: add the scenario to src-tauri/tests/fixtures/main.rs and run make fixtures`);
  return f;
}

/** The time every scenario was recorded at (the UI tests' clock, see ../test/setup.ts). */
export const NOW = "2026-06-01T09:00:00Z";

/** What the recordings show for the recovery key issued with the register (the recorder's stand-in). */
export const MOCK_RECOVERY_KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567";

/** JSON with sorted keys, without `undefined` members: how arguments are compared. */
function canonical(v: unknown): string {
  const sort = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(sort)
      : x && typeof x === "object"
        ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort((x as Record<string, unknown>)[k])]))
        : x;
  return JSON.stringify(sort(JSON.parse(JSON.stringify(v ?? {}))));
}

const copy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
const basename = (p: string) => p.split("/").pop() ?? p;

export type MockBackend = Backend & {
  scenario: string;
  /** Writes applied so far. */
  readonly state: number;
  /** The native dialogs' next answers (`null` = cancelled). */
  dialog: {
    savePath: string | null;
    pickedFile: string | null;
    pickedFolder: string | null;
    evidenceFile: string | null;
    csvFile: string | null;
    /** The folder picked for "Prepare notices". */
    noticesFolder: string | null;
    /** What "Open another register…" answers (`null`: cancelled). */
    openRegister: AppStatus | null;
  };
  /** Reports handed to the system's viewer to print, by path. */
  printed: string[];
  /** Writes another process made (added to SQLite's data version the register reports). */
  dataVersionValue: number;
  /** Every write the test made that the core accepted, in order, with its arguments and answer. */
  replayed: { command: string; args: Record<string, unknown>; ok: unknown }[];
  /** The answers of the accepted writes of `command`, in order. */
  written<T = unknown>(command: string): T[];
};

/** A backend that replays the recording of `scenario`. */
export function mockBackend(scenario: string): MockBackend {
  const f = fixture(scenario);
  const calls = f.calls.map((c) => ({ ...c, key: canonical(c.args) }));
  const used = new Set<number>();
  let state = f.start;

  async function route<T>(command: string, args?: Record<string, unknown>, dialog?: string): Promise<T> {
    const key = canonical(args);
    const same = (c: (typeof calls)[number]) =>
      c.command === command &&
      c.key === key &&
      (dialog === undefined || (command === "verify_report_file" ? basename(c.dialog ?? "") === basename(dialog) : c.dialog === dialog));
    const answer = (c: (typeof calls)[number]): T => {
      if (c.err) throw copy(c.err);
      return copy(c.ok) as T;
    };
    let w = calls.findIndex((c, i) => c.write && c.state === state && !used.has(i) && same(c));
    // A refusal changes nothing: it may be made again.
    for (let i = calls.length - 1; w < 0 && i >= 0; i--) if (calls[i].write && calls[i].err && calls[i].state === state && same(calls[i])) w = i;
    if (w >= 0) {
      used.add(w);
      const c = calls[w];
      if (!c.err) {
        state += 1;
        b.replayed.push({ command, args: copy(args ?? {}), ok: copy(c.ok) });
      }
      return answer(c);
    }
    let read: (typeof calls)[number] | undefined;
    for (const c of calls) if (!c.write && c.state <= state && same(c)) read = c;
    if (read) return answer(read);
    const message = `no recorded answer in fixture ${scenario} (state ${state}) for ${command} ${key}${dialog ? ` (dialog ${dialog})` : ""}`;
    console.error(message);
    const e: AppError = { code: "no_fixture", message, retry_after_secs: null, field: null };
    throw e;
  }

  const dialog: MockBackend["dialog"] = {
    savePath: "/home/dpo/Documents/report.pdf",
    pickedFile: "report.pdf",
    pickedFolder: "/home/dpo/Backups/breachlog",
    evidenceFile: "/home/dpo/Documents/aangifte.pdf",
    openRegister: null,
    csvFile: "/home/dpo/Documents/customers.csv",
    noticesFolder: "/home/dpo/Documents/notices",
  };
  const printed: string[] = [];
  const replayed: MockBackend["replayed"] = [];
  const b: MockBackend = {
    ...commands(route),
    scenario,
    get state() {
      return state;
    },
    dialog,
    printed,
    dataVersionValue: 0,
    replayed,
    written: <T>(command: string) => replayed.filter((r) => r.command === command).map((r) => r.ok as T),
    dataVersion: async () => (await route<number>("data_version")) + b.dataVersionValue,
    pickBackupFolder: async () => dialog.pickedFolder,
    pickControllersCsv: async () => dialog.csvFile,
    issueReport: async (kind, options) => (dialog.savePath === null ? null : route("issue_report", { kind, options }, dialog.savePath)),
    // Printing issues the same report, then hands the file to the system's viewer (not here).
    printReport: async (kind, options) => {
      if (dialog.savePath === null) return null;
      const r = await route<IssuedReportInfo>("issue_report", { kind, options }, dialog.savePath);
      printed.push(r.path);
      return r;
    },
    // The native register picker is not recorded: a test sets what it answers.
    openRegister: async () => dialog.openRegister,
    refreshMenu: async () => {},
    exportCheckpoint: async () => (dialog.savePath === null ? null : route("export_checkpoint", {}, dialog.savePath)),
    addTsa: async (url) => (dialog.pickedFile === null ? null : route("add_tsa", { url }, dialog.pickedFile)),
    verifyReportFile: async () => (dialog.pickedFile === null ? null : route("verify_report_file", {}, dialog.pickedFile)),
    exportRegister: async (format, localised) =>
      dialog.savePath === null ? null : route("export_register", { format, localised }, dialog.savePath),
    prepareNotices: async (incident, controllers) =>
      dialog.noticesFolder === null ? null : route("prepare_notices", { incident, controllers }, dialog.noticesFolder),
    exportBundle: async () => (dialog.savePath === null ? null : route("export_bundle", {}, dialog.savePath)),
    addEvidence: async (id, note) => (dialog.evidenceFile === null ? null : route("add_evidence", { id, note }, dialog.evidenceFile)),
    exportEvidence: async (evidence) => (dialog.savePath === null ? null : route("export_evidence", { evidence }, dialog.savePath)),
    saveRecoveryKit: async () => {
      if (dialog.savePath === null) return null;
      const path = await route<string | null>("save_recovery_kit", {}, dialog.savePath);
      replayed.push({ command: "save_recovery_kit", args: {}, ok: path });
      return path;
    },
  };
  return b;
}
