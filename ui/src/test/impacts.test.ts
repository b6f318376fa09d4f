import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { fixture, mockBackend } from "../lib/mock";
import { setLanguage } from "../lib/i18n.svelte";
import ImpactsCard from "../components/ImpactsCard.svelte";
import type { ControllerImpact } from "../lib/bindings/ControllerImpact";

beforeEach(() => setLanguage("en"));
afterEach(() => cleanup());

/** The recording "impacts": a processor breach of Acme Retail and Bakkerij Jansen. */
async function open() {
  const b = mockBackend("impacts");
  setBackend(b);
  const call = fixture("impacts").calls.find((c) => c.command === "incident_detail")!;
  const id = (call.args as { id: string }).id;
  const detail = await b.incidentDetail(id);
  let changed = 0;
  const props = { incident: detail, impacts: detail.impacts, totals: detail.impact_totals, onChanged: () => changed++ };
  const view = render(ImpactsCard, props);
  await screen.findByText("Acme Retail");
  return { b, id, view, changed: () => changed };
}

const row = (name: string) => screen.getByText(name).closest("tr")!;
const totals = () => document.querySelector("#impacts-totals")!.textContent!.replace(/\s+/g, " ").trim();

describe("Impact per customer", () => {
  it("lists every affected customer, marks the unknown ones and shows the sum beside the estimate", async () => {
    await open();
    expect(row("Acme Retail").textContent).toContain("not known yet");
    expect(row("Bakkerij Jansen").textContent).toContain("not known yet");
    expect(totals()).toBe("0 of 2 customers known: 0 people, 0 records in total. Incident-wide estimate: 5,000 people, 12,000 records.");
  });

  it("shows the core's refusal under its field and writes nothing, then saves one customer's figures", async () => {
    const { b, id, view, changed } = await open();
    await fireEvent.click(screen.getByRole("button", { name: "Edit: Acme Retail" }));
    const subjects = document.querySelector<HTMLInputElement>("#i-subjects")!;
    await fireEvent.input(subjects, { target: { value: "many" } });
    await fireEvent.submit(subjects.form!);
    const msg = await waitFor(() => {
      const m = document.querySelector("#i-subjects-error [role=alert]");
      expect(m).not.toBeNull();
      return m!;
    });
    expect(msg.textContent).toMatch(/number/i);
    expect(subjects.getAttribute("aria-invalid")).toBe("true");
    expect(b.written("set_impact")).toHaveLength(0);

    await fireEvent.input(subjects, { target: { value: "1200" } });
    await fireEvent.input(document.querySelector("#i-records")!, { target: { value: "3400" } });
    await fireEvent.input(document.querySelector("#i-data")!, { target: { value: "name; email address" } });
    await fireEvent.input(document.querySelector("#i-people")!, { target: { value: "customers" } });
    await fireEvent.input(document.querySelector("#i-countries")!, { target: { value: "nl, be" } });
    await fireEvent.submit(subjects.form!);
    await waitFor(() => expect(b.written("set_impact")).toHaveLength(1));
    const [saved] = b.written<ControllerImpact>("set_impact");
    expect([saved.subjects_approx, saved.records_approx, saved.countries]).toEqual([1200, 3400, ["NL", "BE"]]);
    expect(changed()).toBe(1);
    expect(document.querySelector("#i-subjects")).toBeNull();

    // The incident screen reloads its detail and passes it down.
    const detail = await b.incidentDetail(id);
    await view.rerender({ incident: detail, impacts: detail.impacts, totals: detail.impact_totals, onChanged: () => {} });
    const acme = row("Acme Retail").textContent!;
    for (const shown of ["1,200", "3,400", "name, email address", "customers", "NL, BE"]) expect(acme).toContain(shown);
    expect(acme).not.toContain("not known yet");
    expect(row("Bakkerij Jansen").textContent).toContain("not known yet");
    expect(totals()).toBe("1 of 2 customers known: 1,200 people, 3,400 records in total. Incident-wide estimate: 5,000 people, 12,000 records.");
  });
});
