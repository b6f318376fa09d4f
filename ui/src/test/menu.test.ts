import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app, clock } from "../lib/app.svelte";
import { setLanguage, t } from "../lib/i18n.svelte";
import { actionOfKey, dispatchMenu, shortcuts, SHORTCUTS } from "../lib/menu.svelte";
import type { AppStatus } from "../lib/bindings/AppStatus";
import Shell from "../components/Shell.svelte";
import Unlock from "../components/Unlock.svelte";
import ShortcutsDialog from "../components/ShortcutsDialog.svelte";
import App from "../App.svelte";

beforeEach(() => {
  setLanguage("en");
  app.org = { name: "Acme", address: "", contact_point: "", default_role: "controller", timezone: "Europe/Amsterdam", language: "en", lead_authority: "nl-ap", regimes: ["gdpr"] };
  app.settings = { aware_gap_hours: 24, idle_lock_minutes: 0, notify_thresholds_hours: [24], backup_folder: "",
    backup_interval_hours: 24, backup_keep: 14, retention_months: 60, retention_by_category: {} };
  clock.now = Date.now();
});
afterEach(() => {
  cleanup();
  shortcuts.open = false;
});

const status = (path: string, extra: Partial<AppStatus> = {}): AppStatus => ({
  register_exists: true, unlocked: false, path, keyring_available: false, keyring_enabled: false,
  has_passphrase: true, failed_unlocks: 0, retry_after_secs: 0, language: "en", ...extra,
});

describe("keyboard shortcuts and the native menu", () => {
  it("maps the keys to the menu's actions and nothing else", () => {
    const k = (key: string, ctrl = true) => actionOfKey({ key, ctrlKey: ctrl, metaKey: false });
    expect(k("p")).toBe("print");
    expect(k("P")).toBe("print");
    expect(k("o")).toBe("open-register");
    expect(k("l")).toBe("lock");
    expect(k("n")).toBe("new-incident");
    expect(k("F1", false)).toBe("shortcuts");
    expect(k("p", false)).toBeNull();
    expect(k("x")).toBeNull();
    // Every shortcut the overview lists has a text in every language.
    for (const lang of ["en", "de", "nl", "fr"] as const) {
      setLanguage(lang);
      for (const s of SHORTCUTS) expect(t(s.id), `${lang} ${s.id}`).not.toBe(s.id);
    }
  });

  it("F1 opens the overview of every shortcut; Escape closes it", async () => {
    const b = mockBackend("empty_register");
    setBackend(b);
    render(App);
    await fireEvent.keyDown(window, { key: "F1" });
    const dialog = await screen.findByRole("dialog");
    for (const s of SHORTCUTS) expect(dialog.textContent).toContain(s.keys);
    expect(dialog.textContent).toContain(t("app-shortcut-print"));
    expect(dialog.id).toBe("shortcuts");
    await fireEvent.keyDown(dialog, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("the overview's Close button closes it", async () => {
    shortcuts.open = true;
    render(ShortcutsDialog);
    await fireEvent.click(screen.getByText(t("app-shortcuts-close")));
    expect(shortcuts.open).toBe(false);
  });

  it("Ctrl+P on the register prints the register report: issued into the chosen file, then handed to the viewer", async () => {
    const b = mockBackend("reports_verify");
    await b.unlock("passphrase", "correct horse battery");
    await b.createIncident({ title: "Klantbestand gelekt", detected_at: "2026-05-04T08:00:00Z" } as never);
    setBackend(b);
    app.view = { name: "register" };
    const print = vi.spyOn(b, "printReport");
    render(Shell, { onLocked: () => {} });
    await fireEvent.keyDown(window, { key: "p", ctrlKey: true });
    await waitFor(() => expect(b.printed).toEqual(["/home/dpo/Documents/report.pdf"]));
    expect(print).toHaveBeenCalledWith("register", { incident: null, from: null, to: null, lang: null, authority: null, controller: null });
    expect((await screen.findByRole("status")).textContent).toContain("RPT-000001");
  });

  it("a cancelled save dialog prints nothing", async () => {
    const b = mockBackend("reports_verify");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    b.dialog.savePath = null;
    app.view = { name: "register" };
    render(Shell, { onLocked: () => {} });
    await dispatchMenu("print");
    expect(b.printed).toEqual([]);
  });

  it("the unlock screen lists the other recent registers and switches to the one chosen", async () => {
    const b = mockBackend("empty_register");
    setBackend(b);
    b.recentRegisters = async () => [
      { path: "/home/cto/breachlog/register.db", exists: true, current: true },
      { path: "/home/cto/other/klant.db", exists: true, current: false },
      { path: "/home/cto/gone.db", exists: false, current: false },
    ];
    const open = vi.fn(async (path: string) => status(path));
    b.openRecentRegister = open;
    const onSwitched = vi.fn();
    render(Unlock, { status: status("/home/cto/breachlog/register.db"), onUnlocked: () => {}, onSwitched });
    const list = await screen.findByRole("list");
    // Neither the current register nor a missing file is offered.
    expect(list.textContent).toContain("/home/cto/other/klant.db");
    expect(list.textContent).not.toContain("gone.db");
    expect(list.textContent).not.toContain("/home/cto/breachlog/register.db");
    await fireEvent.click(screen.getByText("/home/cto/other/klant.db"));
    expect(open).toHaveBeenCalledWith("/home/cto/other/klant.db");
    await waitFor(() => expect(onSwitched).toHaveBeenCalledWith(status("/home/cto/other/klant.db")));
  });

  it("Open another register… from the open register hides it and shows the chosen register's unlock", async () => {
    const b = mockBackend("empty_register");
    setBackend(b);
    render(App);
    await screen.findByText(t("app-unlock-title"));
    b.dialog.openRegister = status("/home/cto/other/klant.db");
    await fireEvent.keyDown(window, { key: "o", ctrlKey: true });
    await screen.findByText("/home/cto/other/klant.db");
    expect(app.phase).toBe("locked");
    // A register that does not exist yet starts the first run.
    b.dialog.openRegister = status("/home/cto/new.db", { register_exists: false });
    await dispatchMenu("open-register");
    await waitFor(() => expect(app.phase).toBe("first-run"));
  });

  it("the first run offers to open an existing register instead of creating one", async () => {
    const b = mockBackend("first_run");
    setBackend(b);
    render(App);
    const link = await screen.findByText(t("app-first-run-open-register"), { exact: false });
    expect(document.querySelector("#fr-existing")!.textContent).toContain(t("app-first-run-have-register"));
    b.dialog.openRegister = status("/home/cto/from-backup.db");
    await fireEvent.click(link);
    await screen.findByText("/home/cto/from-backup.db");
    expect(app.phase).toBe("locked");
  });
});
