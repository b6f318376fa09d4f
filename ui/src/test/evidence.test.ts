import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app } from "../lib/app.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import { fileSize } from "../lib/size";
import IncidentView from "../components/IncidentView.svelte";
import type { Evidence } from "../lib/bindings/Evidence";

beforeEach(() => {
  setLanguage("en");
  app.org = { name: "Acme", address: "", contact_point: "", default_role: "controller", timezone: "Europe/Amsterdam", language: "en", lead_authority: "nl-ap", regimes: ["gdpr"] };
});
afterEach(() => cleanup());

async function open() {
  const b = mockBackend("evidence");
  await b.unlock("passphrase", "correct horse battery");
  const inc = await b.createIncident({ title: "Laptop gestolen", detected_at: "2026-05-04T08:00:00Z" });
  setBackend(b);
  b.dialog.evidenceFile = "/home/dpo/Documents/aangifte.pdf";
  b.dialog.savePath = "/home/dpo/Documents/aangifte-kopie.pdf";
  return { b, inc };
}

describe("Evidence files on the incident screen", () => {
  it("attaches the file chosen in the native dialog with its note, then lists it with size and SHA-256", async () => {
    const { b, inc } = await open();
    const add = vi.spyOn(b, "addEvidence");
    const { container } = render(IncidentView, { id: inc.id });
    await screen.findByText("No evidence files yet.");
    await fireEvent.input(screen.getByLabelText("Note about the next file (optional)"), { target: { value: "Proces-verbaal van de politie" } });
    await fireEvent.click(container.querySelector("#evidence-add")!);
    await screen.findByText("aangifte.pdf attached: 57 bytes.");
    expect(add).toHaveBeenCalledWith(inc.id, "Proces-verbaal van de politie");
    const [added] = b.written<Evidence>("add_evidence");
    const item = await waitFor(() => {
      const li = container.querySelector(`.evidence-item[data-id="${added.id}"]`);
      expect(li).not.toBeNull();
      return li!;
    });
    expect(item.querySelector(".evidence-name")!.textContent).toBe("aangifte.pdf");
    expect(item.querySelector(".evidence-size")!.textContent).toBe("57 bytes");
    expect(item.querySelector(".evidence-sha")!.textContent).toBe(added.sha256);
    expect(item.textContent).toContain("application/pdf");
    expect(item.textContent).toContain("Proces-verbaal van de politie");
    // The note field is cleared for the next file, and the timeline shows the custody.
    expect((screen.getByLabelText("Note about the next file (optional)") as HTMLInputElement).value).toBe("");
    await waitFor(() => expect(container.querySelector("#timeline")!.textContent).toContain("Evidence file added"));
  });

  it("saves a copy through the save dialog and shows where, then counts the export", async () => {
    const { b, inc } = await open();
    const { container } = render(IncidentView, { id: inc.id });
    await fireEvent.input(await screen.findByLabelText("Note about the next file (optional)"), { target: { value: "Proces-verbaal van de politie" } });
    await fireEvent.click(container.querySelector("#evidence-add")!);
    const button = await waitFor(() => {
      const el = container.querySelector(".evidence-export") as HTMLButtonElement | null;
      expect(el).not.toBeNull();
      return el!;
    });
    await fireEvent.click(button);
    await screen.findByText("Saved to /home/dpo/Documents/aangifte-kopie.pdf; its SHA-256 matches the journal.");
    expect(b.written("export_evidence")).toHaveLength(1);
    await waitFor(() => expect(container.querySelector(".evidence-item")!.textContent).toContain("exported once"));
    await waitFor(() => expect(container.querySelector("#timeline")!.textContent).toContain("Evidence file exported"));
  });

  it("writes nothing when a dialog is cancelled, and shows the core's refusal next to the card", async () => {
    const { b, inc } = await open();
    const { container } = render(IncidentView, { id: inc.id });
    await screen.findByText("No evidence files yet.");
    b.dialog.evidenceFile = null;
    await fireEvent.click(container.querySelector("#evidence-add")!);
    await waitFor(() => expect((container.querySelector("#evidence-add") as HTMLButtonElement).disabled).toBe(false));
    expect(b.written("add_evidence")).toHaveLength(0);
    expect(container.querySelector("#evidence-done")).toBeNull();
    // A folder chosen: refused by the core with the field named.
    b.dialog.evidenceFile = "/home/dpo/Documents/aangifte.pdf";
    await fireEvent.input(screen.getByLabelText("Note about the next file (optional)"), { target: { value: "Proces-verbaal van de politie" } });
    await fireEvent.click(container.querySelector("#evidence-add")!);
    await screen.findByText("aangifte.pdf attached: 57 bytes.");
    b.dialog.evidenceFile = "/home/dpo/Documents/scans";
    await fireEvent.click(container.querySelector("#evidence-add")!);
    const err = await screen.findByRole("alert");
    expect(err.textContent).toBe("Invalid file: it is a folder; give a file name");
  });

  it("writes sizes as the reports do, in each language", () => {
    setLanguage("en");
    expect(fileSize(1)).toBe("1 byte");
    expect(fileSize(2_621_440)).toBe("2.5 MiB (2,621,440 bytes)");
    setLanguage("de");
    expect(fileSize(1536)).toBe("1,5 KiB (1.536 Byte)");
    setLanguage("fr");
    expect(fileSize(200_000_000)).toMatch(/^190,7 Mio \(200\s000\s000 octets\)$/);
    setLanguage("en");
  });
});
