import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app } from "../lib/app.svelte";
import { setLanguage, t } from "../lib/i18n.svelte";
import ReportsView from "../components/ReportsView.svelte";
import IncidentView from "../components/IncidentView.svelte";

beforeEach(() => {
  setLanguage("en");
  app.org = { name: "Acme", address: "", contact_point: "", default_role: "controller", timezone: "Europe/Amsterdam", language: "en", lead_authority: "nl-ap", regimes: ["gdpr"] };
});
afterEach(() => cleanup());

async function open(scenario = "reports") {
  const b = mockBackend(scenario);
  await b.unlock("passphrase", "correct horse battery");
  const inc = await b.createIncident({ title: "Klantbestand gelekt", detected_at: "2026-05-04T08:00:00Z" });
  setBackend(b);
  return { b, inc };
}

describe("Reports screen", () => {
  it("issues a notification to the lead authority with the chosen incident and shows the result", async () => {
    const { b, inc } = await open();
    const issue = vi.spyOn(b, "issueReport");
    const { container } = render(ReportsView);
    await fireEvent.click(await screen.findByLabelText(/Notification to the authority/));
    // The authority is preselected from the organisation's lead authority.
    const authority = (await screen.findByLabelText("Supervisory authority")) as HTMLSelectElement;
    await waitFor(() => expect(authority.value).toBe("nl-ap"));
    // A notification is only offered in the languages the authority accepts.
    const langs = [...(screen.getByLabelText("Language") as HTMLSelectElement).options].map((o) => o.value);
    expect(langs).toEqual(["", "nl"]);
    const button = container.querySelector("#rep-issue") as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await fireEvent.change(screen.getByLabelText("Incident"), { target: { value: inc.id } });
    expect(button.disabled).toBe(false);
    await fireEvent.click(button);
    await screen.findByText(/Report RPT-000001 issued \(4 pages\)/);
    expect(issue).toHaveBeenCalledWith("notification", expect.objectContaining({ incident: inc.id, authority: "nl-ap", controller: null }));
    expect(container.querySelector("#rep-path")!.textContent).toBe("/home/dpo/Documents/report.pdf");
    expect(b.written("issue_report")).toHaveLength(1);
  });

  it("opens on the incident from the incident view's Report button, in the incident's kind", async () => {
    const { inc } = await open();
    app.view = { name: "incident", id: inc.id };
    render(IncidentView, { id: inc.id });
    await fireEvent.click(await screen.findByText("Report…"));
    expect(app.view).toEqual({ name: "reports", incident: inc.id });
    cleanup();
    render(ReportsView, { incident: inc.id });
    const kind = (await screen.findByLabelText(/Incident report/)) as HTMLInputElement;
    expect(kind.checked).toBe(true);
    await waitFor(() => expect((screen.getByLabelText("Incident") as HTMLSelectElement).value).toBe(inc.id));
  });

  it("sends the period of a register in the organisation's zone and nothing when the dialog is cancelled", async () => {
    const { b } = await open();
    const issue = vi.spyOn(b, "issueReport");
    const { container } = render(ReportsView);
    expect(((await screen.findByLabelText(/Breach register/)) as HTMLInputElement).checked).toBe(true);
    await fireEvent.input(screen.getByLabelText("From"), { target: { value: "2026-01-01T00:00" } });
    await fireEvent.input(screen.getByLabelText("To"), { target: { value: "2026-06-30T23:59" } });
    await fireEvent.change(screen.getByLabelText("Language"), { target: { value: "de" } });
    b.dialog.savePath = null;
    await fireEvent.click(container.querySelector("#rep-issue")!);
    await waitFor(() => expect(issue).toHaveBeenCalled());
    expect(issue.mock.calls[0]).toEqual(["register", expect.objectContaining({ from: "2026-01-01T00:00:00+01:00", to: "2026-06-30T23:59:00+02:00", lang: "de", incident: null })]);
    expect(container.querySelector("#rep-issued")).toBeNull();
    expect(b.written("issue_report")).toHaveLength(0);
  });

  it("shows the backend's error for a refused report", async () => {
    const { b } = await open();
    vi.spyOn(b, "issueReport").mockRejectedValueOnce({ code: "invalid_input", message: "Invalid from: the start is after the end", retry_after_secs: null });
    render(ReportsView);
    await fireEvent.click(await screen.findByText(t("app-reports-issue")));
    expect((await screen.findByRole("alert")).textContent).toContain("the start is after the end");
  });

  it("verifies a chosen PDF: intact and issued here, or changed with the reason", async () => {
    const { b } = await open("reports_verify");
    const { container } = render(ReportsView);
    await fireEvent.click(container.querySelector("#rep-issue")!);
    await screen.findByText(/RPT-000001/);
    await fireEvent.click(screen.getByText("Choose a PDF and verify…"));
    await screen.findByText("✓ report.pdf is intact.");
    expect(container.querySelector("#rep-issued-here")!.textContent).toContain("Yes");
    // What the signed proof establishes, in words.
    expect(container.querySelector("#rep-proof")!.textContent).toMatch(/^Signed proof: its journal event is in the journal of register .* of 8 events, as a checkpoint signed by key [0-9a-f]{8} states/);
    b.dialog.pickedFile = "forged.pdf";
    await fireEvent.click(screen.getByText("Choose a PDF and verify…"));
    await screen.findByText("✗ forged.pdf does not verify.");
    expect(container.querySelector("#rep-problem")!.textContent).toContain("the seal does not match");
    expect(container.querySelector("#rep-issued-here")!.textContent).toBe("No");
    expect(container.querySelector("#rep-proof")).toBeNull();
  });

  it("exports the register as CSV and XLSX and an auditor bundle through the native save dialog", async () => {
    const b = mockBackend("exports");
    await b.unlock("passphrase", "correct horse battery");
    const inc = await b.createIncident({ title: "Klantbestand gelekt", detected_at: "2026-05-04T08:00:00Z" } as never);
    await b.assess(inc.id, { personal_data: "yes", aware_at: "2026-05-04T08:00:00Z", risk: "high", risk_reasoning: "test" } as never);
    setBackend(b);
    const exportRegister = vi.spyOn(b, "exportRegister");
    const { container } = render(ReportsView);
    // Labels in the UI language are the default (the CSV people open in Excel).
    expect(((await screen.findByLabelText(/In English/)) as HTMLInputElement).checked).toBe(true);
    b.dialog.savePath = "/home/dpo/Documents/register.csv";
    await fireEvent.click(screen.getByText("Export CSV…"));
    await screen.findByText("✓ Register exported: 1 breach.");
    expect(exportRegister).toHaveBeenLastCalledWith("csv", true);
    expect(container.querySelector("#exp-path")!.textContent).toBe("/home/dpo/Documents/register.csv");
    await fireEvent.click(screen.getByLabelText(/Stable machine ids/));
    b.dialog.savePath = "/home/dpo/Documents/register.xlsx";
    await fireEvent.click(screen.getByText("Export XLSX…"));
    await waitFor(() => expect(container.querySelector("#exp-path")!.textContent).toBe("/home/dpo/Documents/register.xlsx"));
    expect(exportRegister).toHaveBeenLastCalledWith("xlsx", false);
    b.dialog.savePath = "/home/dpo/Documents/bundle";
    await fireEvent.click(screen.getByText("Export bundle…"));
    await screen.findByText("✓ Bundle exported: 3 files and their manifest.");
    expect(container.querySelector("#exp-bundle-path")!.textContent).toBe("/home/dpo/Documents/bundle");
    expect(screen.getByText(/with any SHA-256 tool/)).toBeTruthy();
    // The same folder again holds files: refused with the reason, nothing written.
    await fireEvent.click(screen.getByText("Export bundle…"));
    expect((await screen.findByRole("alert")).textContent).toBe("Invalid output file: the folder already holds files; choose a new or empty folder");
    expect(b.written("export_register")).toHaveLength(2);
    expect(b.written("export_bundle")).toHaveLength(1);
    // Cancelling the dialog writes nothing.
    b.dialog.savePath = null;
    await fireEvent.click(screen.getByText("Export CSV…"));
    expect(b.written("export_register")).toHaveLength(2);
  });

  it("is translated", async () => {
    await open();
    setLanguage("nl");
    render(ReportsView);
    expect(await screen.findByText("Rapport opstellen")).toBeTruthy();
    expect(screen.getByText("Melding aan de toezichthouder")).toBeTruthy();
    setLanguage("en");
  });
});
