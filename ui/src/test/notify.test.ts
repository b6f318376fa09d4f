import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { fixture, mockBackend } from "../lib/mock";
import { app, clock } from "../lib/app.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import NotifyCustomers from "../components/NotifyCustomers.svelte";
import ObligationsPanel from "../components/ObligationsPanel.svelte";
import type { Filing } from "../lib/bindings/Filing";
import type { NoticesWritten } from "../lib/bindings/NoticesWritten";

beforeEach(() => {
  clock.now = Date.now();
  setLanguage("en");
  app.org = { name: "Acme", address: "", contact_point: "dpo@acme.test", default_role: "processor", timezone: "Europe/Amsterdam", language: "en", lead_authority: "nl-ap", regimes: ["gdpr"] };
  app.toast = null;
});
afterEach(() => cleanup());

/** The recording "notify_customers": three customers, Thames Tea's notice sent 50 hours ago. */
async function open() {
  const b = mockBackend("notify_customers");
  setBackend(b);
  const call = fixture("notify_customers").calls.find((c) => c.command === "incident_detail")!;
  const id = (call.args as { id: string }).id;
  const view = render(NotifyCustomers, { id });
  await screen.findByText("Acme Retail");
  return { b, id, container: view.container };
}

const row = (name: string) => screen.getByText(name).closest("tr")!;
const shownNames = (c: HTMLElement) => [...c.querySelectorAll("tbody th[scope=row]")].map((n) => n.textContent);
const text = (c: HTMLElement, sel: string) => c.querySelector(sel)!.textContent!.replace(/\s+/g, " ").trim();

describe("Notify customers", () => {
  it("lists each affected customer's notice with its status and the reminder after 48 hours, never as late", async () => {
    const { container } = await open();
    expect(shownNames(container)).toEqual(["Acme Retail", "Bakkerij Jansen", "Thames Tea Ltd"]);
    expect(row("Acme Retail").dataset.state).toBe("draft");
    expect(row("Thames Tea Ltd").dataset.state).toBe("sent");
    expect(row("Thames Tea Ltd").dataset.reminder).toBe("true");
    expect(row("Thames Tea Ltd").textContent).toContain("reminder: not acknowledged since");
    expect(row("Thames Tea Ltd").textContent).toContain("not a legal deadline");
    expect(row("Thames Tea Ltd").textContent).not.toMatch(/late/i);
    expect(row("Acme Retail").dataset.reminder).toBe("false");
    expect(row("Thames Tea Ltd").textContent).toContain("GB · en");
    expect(text(container, "#notify-counts")).toBe("2 draft · 1 sent · 0 acknowledged · 1 reminder");
  });

  it("searches and filters by status", async () => {
    const { container } = await open();
    await fireEvent.input(container.querySelector("#notify-search")!, { target: { value: "jansen" } });
    expect(shownNames(container)).toEqual(["Bakkerij Jansen"]);
    await fireEvent.input(container.querySelector("#notify-search")!, { target: { value: "gb" } });
    expect(shownNames(container)).toEqual(["Thames Tea Ltd"]);
    await fireEvent.input(container.querySelector("#notify-search")!, { target: { value: "" } });
    await fireEvent.change(container.querySelector("#notify-filter")!, { target: { value: "draft" } });
    expect(shownNames(container)).toEqual(["Acme Retail", "Bakkerij Jansen"]);
    await fireEvent.change(container.querySelector("#notify-filter")!, { target: { value: "reminder" } });
    expect(shownNames(container)).toEqual(["Thames Tea Ltd"]);
    // "Select all" takes the customers shown only.
    await fireEvent.click(container.querySelector("#notify-all")!);
    expect(text(container, "#notify-selected")).toBe("1 selected");
    // Only drafts can be marked as sent.
    expect(container.querySelector<HTMLButtonElement>("#notify-mark-sent")!.disabled).toBe(true);
  });

  it("prepares the selected notices into the picked folder, marks them sent after a refusal, records one acknowledgement", async () => {
    const { b, container } = await open();
    for (const name of ["Acme Retail", "Bakkerij Jansen"]) await fireEvent.click(row(name).querySelector(".notify-pick")!);
    expect(text(container, "#notify-selected")).toBe("2 selected");

    await fireEvent.click(container.querySelector("#notify-prepare")!);
    await waitFor(() => expect(b.written("prepare_notices")).toHaveLength(1));
    const [written] = b.written<NoticesWritten>("prepare_notices");
    expect(written.notices.map((n) => [n.controller, n.language, n.file])).toEqual([
      ["Acme Retail", "nl", "01-acme-retail.pdf"],
      ["Bakkerij Jansen", "nl", "02-bakkerij-jansen.pdf"],
    ]);
    await waitFor(() => expect(container.querySelector<HTMLProgressElement>("#notify-progress")!.value).toBe(2));
    expect(text(container, "#notify-progress-row")).toContain("2 of 2 notices written");
    expect(app.toast).toMatch(/^2 notices written to /);

    // "Mark as sent" without a reference: the core's refusal under the field, nothing written.
    await fireEvent.click(container.querySelector("#notify-mark-sent")!);
    await fireEvent.click(container.querySelector("#notify-send-save")!);
    const err = await waitFor(() => {
      const m = container.querySelector("#notify-send-form label [role=alert]");
      expect(m).not.toBeNull();
      return m!;
    });
    expect(err.closest("label")!.querySelector("#notify-reference")).toBeTruthy();
    expect(b.written("mark_notices_sent")).toHaveLength(0);
    await fireEvent.input(container.querySelector("#notify-reference")!, { target: { value: "Notice e-mailed" } });
    await fireEvent.click(container.querySelector("#notify-send-save")!);
    await waitFor(() => expect(b.written("mark_notices_sent")).toHaveLength(1));
    expect(b.written<Filing[]>("mark_notices_sent")[0]).toHaveLength(2);
    await waitFor(() => expect(row("Acme Retail").dataset.state).toBe("sent"));
    expect(row("Bakkerij Jansen").dataset.state).toBe("sent");
    // Sent just now: its reminder comes in 48 hours.
    expect(row("Acme Retail").textContent).toContain("sent 01/06/2026 11:00 CEST");
    expect(row("Acme Retail").textContent).toContain("reminder 03/06/2026 11:00 CEST if not acknowledged");

    await fireEvent.click(row("Acme Retail").querySelector(".notify-ack")!);
    await fireEvent.input(container.querySelector("#notify-ack-by")!, { target: { value: "Jan de Vries" } });
    await fireEvent.click(container.querySelector("#notify-ack-save")!);
    await waitFor(() => expect(b.written("acknowledge_filing")).toHaveLength(1));
    await waitFor(() => expect(row("Acme Retail").dataset.state).toBe("acknowledged"));
    expect(row("Acme Retail").textContent).toContain("by Jan de Vries");
    expect(row("Acme Retail").querySelector(".notify-ack")).toBeNull();
    expect(text(container, "#notify-counts")).toBe("0 draft · 2 sent · 1 acknowledged · 1 reminder");
  });

  it("shows the reminder among the incident's obligations too, never as late", async () => {
    const b = mockBackend("notify_customers");
    setBackend(b);
    const call = fixture("notify_customers").calls.find((c) => c.command === "incident_detail")!;
    const detail = await b.incidentDetail((call.args as { id: string }).id);
    const { container } = render(ObligationsPanel, { incident: detail, onChanged: () => {} });
    await waitFor(() => expect(container.querySelector(".obl-reminder")).not.toBeNull());
    expect(container.querySelectorAll(".obl-reminder")).toHaveLength(1);
    const li = container.querySelector(".obl-reminder")!.closest("li")!;
    expect(li.textContent).toContain("Thames Tea Ltd");
    expect(li.textContent).toContain("reminder: not acknowledged since");
    expect(li.dataset.status).toBe("filed");
  });
});
