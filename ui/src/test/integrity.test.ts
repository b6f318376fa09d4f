import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app } from "../lib/app.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import type { Language } from "../lib/bindings/Language";
import IntegrityView from "../components/IntegrityView.svelte";

afterEach(() => cleanup());

/** The recording "integrity": a backup (which signs a checkpoint), then verify. */
async function afterBackup(lang: Language) {
  const b = mockBackend("integrity");
  const u = await b.unlock("passphrase", "correct horse battery");
  app.settings = u.settings;
  app.org = u.org;
  await b.updateSettings({ backup_folder: "/media/usb/breachlog", backup_interval_hours: 24, backup_keep: 14 } as never);
  await b.backupNow();
  setBackend(b);
  setLanguage(lang);
  app.verify = null;
  render(IntegrityView);
  await fireEvent.click(document.querySelector("#run-verify")!);
  await screen.findByText(/✓/);
  return b;
}

describe("Integrity screen", () => {
  it("shows the Merkle root, the tree size and the last signed checkpoint", async () => {
    await afterBackup("en");
    const v = app.verify!;
    expect(v.ok).toBe(true);
    expect(v.merkle_root).toMatch(/^[0-9a-f]{64}$/);
    expect(document.querySelector("#merkle-root")!.textContent).toBe(v.merkle_root);
    expect(document.querySelector("#tree-size")!.textContent).toBe(String(v.tree_size));
    expect(v.tree_size).toBe(v.events);
    const cp = v.last_checkpoint!;
    expect(cp.reason).toBe("backup");
    // The checkpoint covers the journal before its own event.
    expect(cp.size).toBe(cp.seq - 1);
    expect(document.querySelector("#last-checkpoint")!.textContent).toBe(`event ${cp.seq}: ${cp.size} events (backup)`);
  });

  it("says that there is no independent timestamp yet while no time-stamping authority is configured", async () => {
    await afterBackup("en");
    const v = app.verify!;
    expect(v.last_timestamp).toBeNull();
    expect(v.tsa_configured).toBe(false);
    expect(v.timestamp_pending).toBe(false);
    expect(screen.getByText("Last independent timestamp")).toBeTruthy();
    expect(document.querySelector("#last-timestamp")!.textContent).toBe(
      "none yet (no time-stamping authority is configured: add one below)",
    );
  });

  it("shows the timestamp status in French", async () => {
    await afterBackup("fr");
    expect(screen.getByText("Dernier horodatage indépendant")).toBeTruthy();
    expect(document.querySelector("#last-timestamp")!.textContent).toMatch(/^aucun pour l’instant/);
  });

  it("labels them in German", async () => {
    await afterBackup("de");
    const cp = app.verify!.last_checkpoint!;
    expect(screen.getByText("Merkle-Wurzel")).toBeTruthy();
    expect(document.querySelector("#last-checkpoint")!.textContent).toBe(`Ereignis ${cp.seq}: ${cp.size} Ereignisse (Sicherung)`);
  });

  it("saves a checkpoint of the whole journal for a witness and shows it as the last one", async () => {
    const b = await afterBackup("en");
    // Cancelled: nothing is written.
    b.dialog.savePath = null;
    await fireEvent.click(document.querySelector("#export-checkpoint")!);
    expect(b.written("export_checkpoint")).toHaveLength(0);
    expect(document.querySelector("#checkpoint-saved")).toBeNull();

    b.dialog.savePath = "/home/dpo/Documents/breachlog-checkpoint.txt";
    await fireEvent.click(document.querySelector("#export-checkpoint")!);
    const shown = await screen.findByText(/^Saved /);
    expect(b.written("export_checkpoint")).toHaveLength(1);
    const [saved] = b.written<{ path: string; seq: number; size: number }>("export_checkpoint");
    // It covers every event before its own, and the screen verified again and shows it.
    expect(saved.size).toBe(saved.seq - 1);
    expect(shown.textContent).toBe(`Saved ${saved.path}: event ${saved.seq}, covering ${saved.size} events.`);
    expect(saved.path).toBe("/home/dpo/Documents/breachlog-checkpoint.txt");
    await screen.findByText(new RegExp(`^event ${saved.seq}: `));
    expect(app.verify!.last_checkpoint!.seq).toBe(saved.seq);
  });
});

describe("Trusted timestamps card", () => {
  /** The recording "integrity_tsa": a real RFC 3161 TSA added, asked, removed. */
  async function open() {
    const b = mockBackend("integrity_tsa");
    const u = await b.unlock("passphrase", "correct horse battery");
    app.settings = u.settings;
    app.org = u.org;
    setBackend(b);
    setLanguage("en");
    app.verify = null;
    render(IntegrityView);
    await screen.findByText("No time-stamping authority is configured yet.");
    return b;
  }

  it("names the URL field when the URL is not http:// and writes nothing", async () => {
    const b = await open();
    b.dialog.pickedFile = "/home/dpo/Documents/tsa-ca.pem";
    await fireEvent.input(document.querySelector("#tsa-url")!, { target: { value: "ftp://tsa.example.test/" } });
    await fireEvent.click(document.querySelector("#tsa-add")!);
    const msg = await screen.findByText(/^Invalid URL: is not a plain http:\/\/ URL/);
    expect(msg.closest("#tsa-url-error")).not.toBeNull();
    expect(document.querySelector("#tsa-url")!.getAttribute("aria-invalid")).toBe("true");
    expect(b.written("add_tsa")).toHaveLength(0);
  });

  it("refuses a file that is not a certificate, then adds the TSA, gets a timestamp and shows it, then removes the TSA", async () => {
    const b = await open();
    await fireEvent.input(document.querySelector("#tsa-url")!, { target: { value: "http://tsa.example.test/tsa" } });
    // Cancelled dialog: nothing happens.
    b.dialog.pickedFile = null;
    await fireEvent.click(document.querySelector("#tsa-add")!);
    expect(b.written("add_tsa")).toHaveLength(0);
    // Not a certificate: said under the form, nothing written.
    b.dialog.pickedFile = "/home/dpo/Documents/notes.txt";
    await fireEvent.click(document.querySelector("#tsa-add")!);
    await screen.findByText("Invalid trust anchor (CA certificate): is not an X.509 certificate (PEM or DER)");
    expect(b.written("add_tsa")).toHaveLength(0);

    b.dialog.pickedFile = "/home/dpo/Documents/tsa-ca.pem";
    await fireEvent.click(document.querySelector("#tsa-add")!);
    await screen.findByText("Added http://tsa.example.test/tsa. A timestamp will be requested shortly.");
    expect(b.written("add_tsa")).toHaveLength(1);
    await screen.findByText("http://tsa.example.test/tsa");
    const list = document.querySelector("#tsa-list")!;
    expect(list.textContent).toContain("http://tsa.example.test/tsa");
    expect(list.textContent).toContain("trust anchor: CN=Test CA A,O=Breachlog tests");
    // The status line says a timestamp is pending until one is recorded.
    await screen.findByText(/^✓/);
    expect(document.querySelector("#last-timestamp")!.textContent).toMatch(/^pending: /);

    await fireEvent.click(document.querySelector("#timestamp-now")!);
    const [ts] = b.written<{ seq: number; gen_time: string }>("timestamp_now");
    const done = await screen.findByText(/^Timestamp of .* recorded \(event \d+\)\.$/);
    expect(done.textContent).toContain(`(event ${ts.seq})`);
    // The screen verified again: the token is checked and shown as the last timestamp.
    await screen.findByText(/ by CN=/);
    expect(app.verify!.last_timestamp!.tsa_url).toBe("http://tsa.example.test/tsa");
    expect(app.verify!.timestamp_pending).toBe(false);

    // Removing asks first.
    await fireEvent.click(screen.getByRole("button", { name: "Remove http://tsa.example.test/tsa" }));
    expect(b.written("remove_tsa")).toHaveLength(0);
    await screen.findByText(/^Stop asking this authority\?/);
    await fireEvent.click(document.querySelector("#tsa-list button.danger")!);
    await screen.findByText("No time-stamping authority is configured yet.");
    expect(b.written("remove_tsa")).toHaveLength(1);
    expect((document.querySelector("#timestamp-now") as HTMLButtonElement).disabled).toBe(true);
  });
});
