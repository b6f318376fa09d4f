import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app } from "../lib/app.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import BackupCard from "../components/BackupCard.svelte";
import RetentionCard from "../components/RetentionCard.svelte";
import SettingsView from "../components/SettingsView.svelte";

afterEach(() => cleanup());

async function open(scenario: string) {
  const b = mockBackend(scenario);
  const u = await b.unlock("passphrase", "correct horse battery");
  setBackend(b);
  setLanguage("en");
  app.settings = u.settings;
  app.org = u.org;
  return b;
}

describe("BackupCard", () => {
  it("cannot back up without a folder, then backs up and tests the restore", async () => {
    await open("backup");
    render(BackupCard);
    expect(await screen.findByText("no folder chosen: no scheduled backups")).toBeTruthy();
    expect((screen.getByText("Back up now") as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.input(document.querySelector("#s-backup")!, { target: { value: "/media/usb/breachlog" } });
    await fireEvent.click(screen.getByText("Save"));
    await screen.findByText("Back up now", { selector: "button:not([disabled])" });
    expect(document.querySelector("#backup-last")!.textContent).toContain("never");
    await fireEvent.click(screen.getByText("Back up now"));
    await screen.findByText(/1 backup in the folder/);
    expect(document.querySelector("#backup-last")!.textContent).toMatch(/breachlog-.*\.blbackup/);
    await fireEvent.click(screen.getByText("Test restore of the newest backup"));
    expect((await screen.findByRole("status")).textContent).toMatch(/^Restore test passed: breachlog-/);
    expect(document.querySelector("#backup-last-test")!.textContent).toContain("passed");
  });

  it("names the field of a bad number", async () => {
    await open("backup");
    render(BackupCard);
    await fireEvent.input(document.querySelector("#s-backup-keep")!, { target: { value: "ten" } });
    await fireEvent.click(screen.getByText("Save"));
    expect((await screen.findByRole("alert")).textContent).toBe("Invalid number of backups to keep: it is not a whole number");
  });
});

describe("Backup folder (UX review P5)", () => {
  it("is chosen with the native folder picker and saved as chosen; a cancelled picker changes nothing", async () => {
    const b = await open("backup_folder_picked");
    const pick = vi.spyOn(b, "pickBackupFolder");
    const update = vi.spyOn(b, "updateSettings");
    render(BackupCard);
    const input = document.querySelector<HTMLInputElement>("#s-backup")!;
    await fireEvent.click(screen.getByText("Choose folder…"));
    expect(pick).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(input.value).toBe("/home/dpo/Backups/breachlog"));
    b.dialog.pickedFolder = null;
    await fireEvent.click(screen.getByText("Choose folder…"));
    expect(pick).toHaveBeenCalledTimes(2);
    expect(input.value).toBe("/home/dpo/Backups/breachlog");
    await fireEvent.click(screen.getByText("Save"));
    await vi.waitFor(() => expect(update).toHaveBeenCalledWith(expect.objectContaining({ backup_folder: "/home/dpo/Backups/breachlog" })));
    await screen.findByText("Back up now", { selector: "button:not([disabled])" });
  });

  it("refuses a relative folder next to the field and shows a typed ~ expanded once saved", async () => {
    await open("backup_folder_typed");
    render(BackupCard);
    const input = document.querySelector<HTMLInputElement>("#s-backup")!;
    await fireEvent.input(input, { target: { value: "Backups/breachlog" } });
    await fireEvent.click(screen.getByText("Save"));
    const err = await screen.findByRole("alert");
    expect(err.closest("#s-backup-error")).not.toBeNull();
    expect(err.textContent).toMatch(/^Invalid backup folder: it is not a full path/);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.value).toBe("Backups/breachlog");
    await fireEvent.input(input, { target: { value: "~/Backups/breachlog" } });
    expect(document.querySelector("#s-backup-error")!.textContent).toBe("");
    expect(input.getAttribute("aria-invalid")).toBe("false");
    await fireEvent.click(screen.getByText("Save"));
    await vi.waitFor(() => expect(input.value).toBe("/home/dpo/Backups/breachlog"));
  });
});

describe("Incident titles in desktop notifications (security review L6)", () => {
  it("is off by default and saved with the preferences when chosen", async () => {
    const b = await open("notify_titles");
    const update = vi.spyOn(b, "updateSettings");
    render(SettingsView);
    const box = screen.getByLabelText("Show incident titles in desktop notifications") as HTMLInputElement;
    expect(box.checked).toBe(false);
    await fireEvent.click(box);
    await fireEvent.click(document.querySelector("#save-settings")!);
    await vi.waitFor(() => expect(update).toHaveBeenCalledWith(expect.objectContaining({ notify_show_titles: true })));
    expect(app.settings?.notify_show_titles).toBe(true);
  });
});

describe("DORA entity type in the organisation profile (2025/301 Art 5(5))", () => {
  it("is offered when DORA applies and saved with the profile", async () => {
    const b = await open("org_dora");
    const hidden = render(SettingsView);
    expect(document.querySelector("#org-dora-type")).toBeNull(); // GDPR only
    hidden.unmount();
    app.org = await b.updateOrg({ regimes: ["gdpr", "dora"] });
    const update = vi.spyOn(b, "updateOrg");
    render(SettingsView);
    expect(screen.getByText(/but not the initial notification and the intermediate report/)).toBeTruthy();
    await fireEvent.change(document.querySelector("#org-dora-type")!, { target: { value: "other" } });
    await fireEvent.change(document.querySelector("#org-nis2")!, { target: { value: "no" } });
    // The entity's fields of every DORA report (2025/302 Annex I 1.3, 1.7–1.15).
    expect(screen.getByText("DORA: the entity in every major-incident report")).toBeTruthy();
    const set = (id: string, value: string) => fireEvent.input(document.querySelector(`#${id}`)!, { target: { value } });
    await set("org-lei", "7LTWFZYICNSX8D621K87");
    await set("org-currency", "EUR");
    await set("org-dora-contact-name", "Anna de Vries");
    await set("org-dora-contact-email", "anna@acme.test");
    await set("org-dora-contact-phone", "+31 20 123 4567");
    await fireEvent.click(document.querySelector("#save-org")!);
    const error = await vi.waitFor(() => {
      const e = document.querySelector("#org-lei-error");
      expect(e?.textContent).toContain("it is not an LEI");
      return e!;
    });
    expect(document.querySelector("#org-lei")!.getAttribute("aria-invalid")).toBe("true");
    expect(error.textContent).toContain("MOD 97-10");
    await set("org-lei", "7LTWFZYICNSX8D621K86");
    await fireEvent.click(document.querySelector("#save-org")!);
    await vi.waitFor(() => expect(update).toHaveBeenCalledWith(expect.objectContaining({ dora_entity_type: "other", nis2_entity: "no", lei: "7LTWFZYICNSX8D621K86" })));
    await vi.waitFor(() => expect(app.org?.dora_entity_type).toBe("other"));
    expect(app.org?.nis2_entity).toBe(false);
    expect(app.org?.lei).toBe("7LTWFZYICNSX8D621K86");
    expect(app.org?.dora_contact_email).toBe("anna@acme.test");
    expect(app.org?.reporting_currency).toBe("EUR");
  });
});

describe("RetentionCard", () => {
  it("proposes early redaction of a closed incident only with a reason, then it disappears", async () => {
    const b = await open("redaction");
    const inc = await b.createIncident({ title: "Laptop of Mila Jovanović stolen" } as never);
    for (const to of ["triage", "closed"] as const) await b.transition(inc.id, to, null, "false_positive", null);
    // A register report issued after the incident was logged carries its title.
    const issued = await b.issueReport("register", { incident: null, from: null, to: null, lang: null, authority: null, controller: null });
    expect(issued?.serial).toBe("RPT-000001");
    render(RetentionCard);
    expect(await screen.findByText("Laptop of Mila Jovanović stolen")).toBeTruthy();
    expect(screen.queryByText(/redaction is proposed/)).toBeNull();
    await fireEvent.click(screen.getByText("Redact early…"));
    expect(screen.getByText(/Its retention period runs until/)).toBeTruthy();
    expect((document.querySelector("#redact-reason") as HTMLInputElement).value).toBe("");
    await fireEvent.click(document.querySelector("#redact-confirm-button")!);
    expect((await screen.findByRole("alert")).textContent).toContain("reason");
    await fireEvent.input(document.querySelector("#redact-reason")!, { target: { value: "Erasure request" } });
    await fireEvent.click(document.querySelector("#redact-confirm-button")!);
    expect(await screen.findByText("No closed incident holds personal data.")).toBeTruthy();
    // The confirmation names what went: the field and the stored report that carried it.
    expect(app.toast).toBe("1 personal field redacted. Deleted the stored report that carried the erased texts: RPT-000001.");
    expect((await b.incidentDetail(inc.id)).title).toBe("[redacted]");
  });
});

describe("RetentionNotice", () => {
  it("appears only when a closed incident has passed its retention", async () => {
    const { default: RetentionNotice } = await import("../components/RetentionNotice.svelte");
    const b = await open("retention_passed");
    // Closed in January (the core refuses a retention shorter than a month).
    const inc = await b.createIncident({ title: "Old phishing report", detected_at: "2026-01-05T09:00:00Z" } as never);
    await b.transition(inc.id, "triage", "2026-01-06T09:00:00Z", "false_positive", null);
    await b.transition(inc.id, "closed", "2026-01-07T09:00:00Z", "false_positive", null);
    render(RetentionNotice);
    await new Promise((r) => setTimeout(r, 20));
    expect(document.querySelector("#retention-notice")).toBeNull();
    cleanup();
    app.settings = await b.updateSettings({ retention_months: 1 } as never);
    render(RetentionNotice);
    expect((await screen.findByRole("status")).textContent).toContain("The retention of 1 closed incident has passed");
  });
});

describe("Standing details in the organisation profile (issue 14 item 7)", () => {
  it("refuses a KvK number of the wrong length under its field, then saves the legal representative, number and DPO", async () => {
    await open("org_standing");
    render(SettingsView);
    // The lead authority is the Dutch AP: the number is the KvK's (not the French SIREN's).
    expect(document.querySelector("#org-registration-label")!.textContent).toBe("KvK number (Chamber of Commerce)");
    const set = (id: string, value: string) => fireEvent.input(document.querySelector(`#${id}`)!, { target: { value } });
    await set("org-legal-rep", "Anna de Vries");
    await set("org-legal-rep-role", "directeur");
    await set("org-registration", "3412345");
    await set("org-dpo-name", "Piet Jansen");
    await set("org-dpo-email", "fg@acme.test");
    await set("org-dpo-phone", "+31 20 123 4567");
    await fireEvent.click(document.querySelector("#save-org")!);
    const error = await vi.waitFor(() => {
      const e = document.querySelector("#org-registration-error");
      expect(e?.textContent).toContain("KvK");
      return e!;
    });
    expect(document.querySelector("#org-registration")!.getAttribute("aria-invalid")).toBe("true");
    expect(error.textContent).toContain("8 digits");
    await set("org-registration", "34123456");
    await fireEvent.click(document.querySelector("#save-org")!);
    await vi.waitFor(() => expect(app.org?.registration_number).toBe("34123456"));
    expect(app.org?.dpo_email).toBe("fg@acme.test");
    expect(app.org?.legal_representative_name).toBe("Anna de Vries");
  });
});
