// Issue 19, item 2: the recovery key is confirmed before the register exists.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { MOCK_RECOVERY_KEY, mockBackend } from "../lib/mock";
import { app } from "../lib/app.svelte";
import { keys } from "../lib/keys.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import FirstRun from "../components/FirstRun.svelte";

const $ = <T extends Element = HTMLElement>(css: string) => document.querySelector<T>(css);
const input = (css: string, value: string) => fireEvent.input($(css)!, { target: { value } });
const done = () => $<HTMLButtonElement>("#recovery-done")!.disabled === false;

beforeEach(() => {
  Element.prototype.scrollIntoView = () => {}; // not in jsdom
  setLanguage("en");
  keys.status = null;
  keys.intent = null;
  app.view = { name: "register" };
  app.quickLog = false;
  app.verify = null;
  app.settings = { aware_gap_hours: 24, idle_lock_minutes: 0, notify_thresholds_hours: [24, 12, 4, 1], backup_folder: "",
    backup_interval_hours: 24, backup_keep: 14, retention_months: 60, retention_by_category: {} };
});
afterEach(() => cleanup());

/** First run up to the recovery key screen. */
async function toRecoveryKey() {
  const b = mockBackend({ exists: false });
  setBackend(b);
  const onDone = vi.fn();
  render(FirstRun, { status: await b.appStatus(), onDone });
  await input("#org-name", "Fictional Chat B.V.");
  await fireEvent.click($("#org-next")!);
  await input("#new-passphrase", "a long enough passphrase");
  await input("#new-passphrase2", "a long enough passphrase");
  await fireEvent.click($("#create-register")!);
  await screen.findByText(MOCK_RECOVERY_KEY, { selector: "#recovery-key" });
  return { b, onDone };
}

describe("First run: the recovery key is confirmed before the register exists", () => {
  it("shows the key with Save and Print, and creates the register only once confirmed", async () => {
    const { b, onDone } = await toRecoveryKey();
    // Prepared, not created.
    expect((await b.appStatus()).register_exists).toBe(false);
    expect(b.keys.pending?.passphrase).toBe("a long enough passphrase");
    expect($("#recovery-key")!.textContent).toBe(MOCK_RECOVERY_KEY);

    // Continue needs both the checkbox and the last group.
    expect(done()).toBe(false);
    await fireEvent.click($("#recovery-stored")!);
    expect(done()).toBe(false);
    await input("#recovery-tail", "4568");
    expect(done()).toBe(false);
    await input("#recovery-tail", " 4567");
    expect(done()).toBe(true);
    await fireEvent.click($("#recovery-stored")!);
    expect(done()).toBe(false);
    await fireEvent.click($("#recovery-stored")!);

    // Save Recovery Kit as PDF… (the native dialog answers a path) and Print.
    b.dialog.savePath = "/home/cto/Breachlog-Recovery-Kit-Fictional-Chat-B-V.pdf";
    await fireEvent.click($("#kit-save")!);
    expect((await screen.findByText(/Recovery Kit saved/)).textContent).toContain("Breachlog-Recovery-Kit-Fictional-Chat-B-V.pdf");
    expect(b.keys.kits).toEqual(["/home/cto/Breachlog-Recovery-Kit-Fictional-Chat-B-V.pdf"]);
    const print = vi.fn();
    window.print = print;
    await fireEvent.click($("#kit-print")!);
    expect(print).toHaveBeenCalledOnce();
    // The print-only view carries the key, the organisation and the kit's texts.
    const kit = $(".print-kit")!;
    expect(kit.textContent).toContain(MOCK_RECOVERY_KEY);
    expect(kit.textContent).toContain("Fictional Chat B.V.");
    expect(kit.textContent).toContain("Breachlog Recovery Kit");
    expect(kit.textContent).toContain("If it is lost or seen by someone else");
    expect((await b.appStatus()).register_exists).toBe(false);

    const create = vi.spyOn(b, "createRegister");
    await fireEvent.click($("#recovery-done")!);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith(" 4567");
    expect((await b.appStatus()).register_exists).toBe(true);
    expect((await b.keyStatus()).recovery_confirmed).toBe(true);
  });

  it("Back drops the prepared register and returns to the passphrase step", async () => {
    const { b, onDone } = await toRecoveryKey();
    const drop = vi.spyOn(b, "dropPendingRegister");
    await fireEvent.click($("#recovery-back")!);
    expect(drop).toHaveBeenCalledOnce();
    await screen.findByText("Protect the register", { selector: "h1" });
    expect($("#recovery-key")).toBeNull();
    expect(b.keys.pending).toBeNull();
    expect((await b.appStatus()).register_exists).toBe(false);
    expect(onDone).not.toHaveBeenCalled();
    // A cancelled save dialog writes nothing and says nothing.
    await input("#new-passphrase", "a long enough passphrase");
    await input("#new-passphrase2", "a long enough passphrase");
    await fireEvent.click($("#create-register")!);
    await screen.findByText(MOCK_RECOVERY_KEY, { selector: "#recovery-key" });
    b.dialog.savePath = null;
    await fireEvent.click($("#kit-save")!);
    await waitFor(() => expect($<HTMLButtonElement>("#kit-save")!.disabled).toBe(false));
    expect($("#kit-saved")).toBeNull();
    expect(b.keys.kits).toEqual([]);
  });
});
