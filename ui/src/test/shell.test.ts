import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app, clock, verifyInBackground } from "../lib/app.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import Shell from "../components/Shell.svelte";
import App from "../App.svelte";

afterEach(() => cleanup());

async function open(scenario = "empty_register") {
  const b = mockBackend(scenario);
  await b.unlock("passphrase", "correct horse battery");
  setBackend(b);
  setLanguage("en");
  app.view = { name: "register" };
  clock.now = Date.now();
  app.settings = { aware_gap_hours: 24, idle_lock_minutes: 1, notify_thresholds_hours: [24, 12, 4, 1], backup_folder: "",
    backup_interval_hours: 24, backup_keep: 14, retention_months: 60, retention_by_category: {} };
  return b;
}

describe("Shell", () => {
  it("locks itself after the idle time", async () => {
    const b = await open("shell_idle");
    const lock = vi.spyOn(b, "lock");
    const onLocked = vi.fn();
    render(Shell, { onLocked });
    clock.now = Date.now() + 30_000;
    flushSync();
    expect(lock).not.toHaveBeenCalled();
    clock.now = Date.now() + 61_000;
    flushSync();
    expect(lock).toHaveBeenCalledWith("idle");
    await vi.waitFor(() => expect(onLocked).toHaveBeenCalled());
  });

  it("hides the data before it asks the backend to lock (security review M5)", async () => {
    const b = await open("shell_lock");
    const lock = vi.spyOn(b, "lock");
    const onLocked = vi.fn();
    render(Shell, { onLocked });
    await fireEvent.keyDown(window, { key: "l", ctrlKey: true });
    expect(onLocked).toHaveBeenCalledTimes(1);
    expect(lock).toHaveBeenCalledWith("button");
    expect(onLocked.mock.invocationCallOrder[0]).toBeLessThan(lock.mock.invocationCallOrder[0]);
  });

  it("opens the quick log with Ctrl+N", async () => {
    await open();
    app.quickLog = false;
    render(Shell, { onLocked: () => {} });
    await fireEvent.keyDown(window, { key: "n", ctrlKey: true });
    expect(await screen.findByRole("dialog")).toBeTruthy();
    app.quickLog = false;
  });
});

describe("background verification", () => {
  it("shows the register while the journal is verified, then the result", async () => {
    const b = await open();
    let finish: (v: Awaited<ReturnType<typeof b.verify>>) => void = () => {};
    const outcome = await b.verify();
    vi.spyOn(b, "verify").mockImplementation(() => new Promise((r) => (finish = r)));
    app.verify = null;
    render(Shell, { onLocked: () => {} });
    const running = verifyInBackground();
    // The register is there and says it is verifying.
    expect((await screen.findByRole("status")).textContent).toBe("Verifying…");
    await vi.waitFor(() => expect(document.querySelector("#filter-text")).toBeTruthy());
    finish({ ...outcome, ok: false, problem: "event 7: hash mismatch" });
    await running;
    flushSync();
    expect(screen.queryByText("Verifying…")).toBeNull();
    expect((await screen.findByRole("alert")).textContent).toContain("event 7: hash mismatch");
    app.verify = null;
  });
});

describe("Locking while the backend is busy (security review M5)", () => {
  it("replaces the register with the lock screen even when the backend never answers", async () => {
    const b = await open("app_open");
    await b.createIncident({ title: "Customer list on a lost laptop" });
    // A backend stuck in a long command that holds the register: lock never returns.
    const lock = vi.spyOn(b, "lock").mockImplementation(() => new Promise(() => {}));
    render(App);
    await screen.findByText("Customer list on a lost laptop");
    await fireEvent.keyDown(window, { key: "l", ctrlKey: true });
    expect(lock).toHaveBeenCalledWith("button");
    await screen.findByRole("heading", { name: "Unlock the register" });
    expect(screen.queryByText("Customer list on a lost laptop")).toBeNull();
    expect(document.querySelector("#filter-text")).toBeNull();
    expect(app.org).toBeNull();
  });
});

describe("Another process writing to the register", () => {
  it("reloads what it shows when another process writes to the register", async () => {
    // Timers too (the setup fakes only Date), from the fixtures' time.
    const now = Date.now();
    vi.useRealTimers();
    vi.useFakeTimers({ shouldAdvanceTime: true, now, toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
    try {
      const b = await open("external_write");
      await b.createIncident({ title: "Seen before" });
      const list = vi.spyOn(b, "listIncidents");
      render(Shell, { onLocked: () => {} });
      await vi.waitFor(() => expect(list).toHaveBeenCalled());
      const external = app.external;
      const calls = list.mock.calls.length;
      // Nothing changed elsewhere: polling alone reloads nothing.
      await vi.advanceTimersByTimeAsync(4_100);
      expect(app.external).toBe(external);
      expect(list.mock.calls.length).toBe(calls);
      // A CLI commits: SQLite's data version moves, the register list loads again.
      await b.createIncident({ title: "Written by the CLI" });
      b.dataVersionValue += 1;
      await vi.advanceTimersByTimeAsync(2_100);
      expect(app.external).toBe(external + 1);
      await vi.waitFor(() => expect(list.mock.calls.length).toBeGreaterThan(calls));
      expect(await screen.findByText("Written by the CLI")).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
