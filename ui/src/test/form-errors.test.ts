// One mechanism for every form (lib/form-errors.svelte.ts): the core's refusal shows under its
// field, the field is marked and focused and scrolled to; other errors show under the form.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { setBackend, type Backend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app, clock } from "../lib/app.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import AssessmentForm from "../components/AssessmentForm.svelte";
import AuthorityPicker from "../components/AuthorityPicker.svelte";
import OrgFields from "../components/OrgFields.svelte";
import ClassifyCard from "../components/ClassifyCard.svelte";
import CustomersView from "../components/CustomersView.svelte";
import RetentionCard from "../components/RetentionCard.svelte";
import type { Authority } from "../lib/bindings/Authority";

const scrolled: Element[] = [];
beforeEach(() => {
  clock.now = Date.now();
  setLanguage("en");
  app.org = { name: "Acme", address: "", contact_point: "", default_role: "controller", timezone: "Europe/Amsterdam", language: "en", lead_authority: "", regimes: ["gdpr"] };
  scrolled.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => cleanup());

const refusal = (field: string | null, message: string) => ({ code: "invalid_input", message, field, retry_after_secs: null });

async function assessmentWith(error: unknown) {
  const b = mockBackend("details_form");
  await b.unlock("passphrase", "correct horse battery");
  const incident = await b.createIncident({ title: "Lost laptop" });
  vi.spyOn(b, "authorities").mockResolvedValue([]);
  vi.spyOn(b, "controllers").mockResolvedValue([]);
  vi.spyOn(b, "assess").mockRejectedValue(error);
  setBackend(b);
  const view = render(AssessmentForm, { incident, onChanged: () => {} });
  await fireEvent.click(screen.getByText("Save assessment"));
  return view;
}

describe("errors next to their field", () => {
  it("shows the core's refusal of the awareness time under that field, marks it, scrolls to it and focuses it", async () => {
    const { container } = await assessmentWith(refusal("aware_at", "Invalid time of awareness: it lies in the future"));
    const field = container.querySelector<HTMLInputElement>("#a-aware-at")!;
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    expect(container.querySelector("#a-aware-at-error")!.textContent).toBe("Invalid time of awareness: it lies in the future");
    expect(field.getAttribute("aria-describedby")).toContain("a-aware-at-error");
    expect(document.activeElement).toBe(field);
    expect(scrolled).toContain(field);
    // Not repeated at the bottom of the form, and no other field is marked.
    expect(container.querySelector("#assess-error")!.textContent).toBe("");
    expect(container.querySelectorAll('[aria-invalid="true"]')).toHaveLength(1);
  });

  it("marks a number field the core refuses", async () => {
    const { container } = await assessmentWith(refusal("subjects_approx", "Invalid approximate number of people: it is not a whole number"));
    const field = container.querySelector<HTMLInputElement>("#a-subjects-approx")!;
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(container.querySelector("#a-subjects-approx-error")!.textContent).toContain("not a whole number");
  });

  it("shows an error of no field of the form under the form", async () => {
    const { container } = await assessmentWith(refusal(null, "The register is locked"));
    await waitFor(() => expect(container.querySelector("#assess-error")!.textContent).toBe("The register is locked"));
    expect(container.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    expect(scrolled).toContain(container.querySelector("#assess-error"));
  });

  it("shows an organisation field's refusal under the field in the organisation form", async () => {
    const { FormErrors } = await import("../lib/form-errors.svelte");
    const errors = new FormErrors();
    setBackend({ authorities: async () => [] } as unknown as Backend);
    const org = { name: "", address: "", contact_point: "", default_role: "controller" as const, timezone: "UTC", language: "en" as const, lead_authority: "" };
    const form = document.createElement("form");
    document.body.append(form);
    render(OrgFields, { target: form, props: { org, errors } });
    errors.root = form;
    await errors.show(refusal("contact_point", "Invalid contact point: it is too long (at most 300)"));
    const field = form.querySelector<HTMLInputElement>("#org-contact")!;
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(field);
    expect(form.querySelector("#org-contact-error")!.textContent).toContain("at most 300");
    form.remove();
  });
});

// The registry's channel members (issue 14 item 6) do not matter to the picker: unknown here.
const CHANNEL = { portal_url: null, phone: null, postal_address: null, accepts_attachments: null, source: "https://example.test", checked: "2026-12-04", unconfirmed: ["portal_url", "phone", "postal_address", "accepts_attachments"], note: null };
const REGISTRY: Authority[] = [
  { id: "nl-ap", country: "nl", name: "Autoriteit Persoonsgegevens", short: "AP", languages: ["nl"], website: "", channel: "online-form", template: "nl-ap", ...CHANNEL },
  { id: "fr-cnil", country: "fr", name: "Commission nationale de l'informatique et des libertés", short: "CNIL", languages: ["fr"], website: "", channel: "online-form", template: "fr-cnil", ...CHANNEL },
  { id: "de-bfdi", country: "de", name: "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit", short: "BfDI", languages: ["de"], website: "", channel: "online-form", template: "de", ...CHANNEL },
  { id: "de-by-baylda", country: "de", name: "Bayerisches Landesamt für Datenschutzaufsicht", short: "BayLDA", languages: ["de"], website: "", channel: "online-form", template: "de", ...CHANNEL },
];

describe("lead authority picker", () => {
  function picker(value = "") {
    setBackend({ authorities: async () => REGISTRY } as unknown as Backend);
    let v = value;
    const view = render(AuthorityPicker, {
      id: "auth",
      get value() {
        return v;
      },
      set value(n: string) {
        v = n;
      },
    });
    return { ...view, value: () => v, input: view.container.querySelector<HTMLInputElement>("#auth")! };
  }
  const options = (c: HTMLElement) => [...c.querySelectorAll<HTMLElement>("li[data-id]")].map((li) => li.dataset.id);

  it("finds an authority by its name, abbreviation or country (in the UI language) and stores its id", async () => {
    const { container, input, value } = picker();
    await fireEvent.focus(input);
    await waitFor(() => expect(options(container)).toHaveLength(4));
    await fireEvent.input(input, { target: { value: "autoriteit" } });
    expect(options(container)).toEqual(["nl-ap"]);
    await fireEvent.input(input, { target: { value: "cnil" } });
    expect(options(container)).toEqual(["fr-cnil"]);
    await fireEvent.input(input, { target: { value: "germany" } });
    // Within a country, by name: Bayerisches … before Bundesbeauftragte ….
    expect(options(container)).toEqual(["de-by-baylda", "de-bfdi"]);
    await fireEvent.input(input, { target: { value: "netherlands" } });
    expect(options(container)).toEqual(["nl-ap"]);
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(value()).toBe("nl-ap");
    expect(input.value).toBe("Autoriteit Persoonsgegevens (AP) · Netherlands");
  });

  it("searches country names in the UI language and without accents", async () => {
    setLanguage("nl");
    const { container, input } = picker();
    await fireEvent.focus(input);
    await waitFor(() => expect(options(container)).toHaveLength(4));
    await fireEvent.input(input, { target: { value: "Frankrijk" } });
    expect(options(container)).toEqual(["fr-cnil"]);
    await fireEvent.input(input, { target: { value: "liberte" } });
    expect(options(container)).toEqual(["fr-cnil"]);
  });

  it("shows the chosen authority by name and country, never a bare id", async () => {
    const { input } = picker("fr-cnil");
    await waitFor(() => expect(input.value).toBe("Commission nationale de l'informatique et des libertés (CNIL) · France"));
  });

  it("says so when nothing matches", async () => {
    const { container, input } = picker();
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: "zzz" } });
    expect(container.querySelector("[role=listbox]")!.textContent).toContain("No authority matches");
  });
});

describe("the other forms use the same mechanism", () => {
  // A backend that answers what the form loads and refuses what it saves.
  const fake = (answers: Record<string, unknown>) => {
    const b: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(answers)) b[k] = typeof v === "function" ? v : async () => v;
    setBackend(b as unknown as Backend);
  };
  const refuse = (field: string | null, message: string) => async () => {
    throw refusal(field, message);
  };
  const marked = (root: ParentNode) => [...root.querySelectorAll('[aria-invalid="true"]')].map((e) => e.id);

  it("classification: the core's refusal of the time shows under the time field", async () => {
    app.org = { ...app.org!, regimes: ["gdpr", "nis2"] };
    fake({
      incidentRegulation: { regimes: null, nis2: null, dora: null },
      classify: refuse("at", "Invalid time: it lies before the incident was detected"),
    });
    const incident = { id: "4d4a4a4a-0000-4000-8000-000000000001" } as never;
    const { container } = render(ClassifyCard, { incident, onChanged: () => {} });
    await waitFor(() => expect(container.querySelector("#cl-save")).toBeTruthy());
    await fireEvent.click(container.querySelector("#cl-save")!);
    await waitFor(() => expect(container.querySelector("#cl-at-error")!.textContent).toBe("Invalid time: it lies before the incident was detected"));
    expect(marked(container)).toEqual(["cl-at"]);
    expect(container.querySelector("#classify [data-form-error]")!.textContent).toBe("");
  });

  it("retention: a months value that is no number, and the core's refusal, show under the months field", async () => {
    app.settings = { retention_months: 60 } as never;
    fake({ retentionReview: [], updateSettings: refuse("retention_months", "Invalid retention: at most 1200 months") });
    const { container } = render(RetentionCard);
    const months = container.querySelector<HTMLInputElement>("#s-retention")!;
    await fireEvent.input(months, { target: { value: "ten" } });
    await fireEvent.click(container.querySelector("#save-retention")!);
    await waitFor(() => expect(container.querySelector("#s-retention-error")!.textContent).toBe("Invalid retention in months: it is not a whole number"));
    expect(document.activeElement).toBe(months);
    await fireEvent.input(months, { target: { value: "5000" } });
    await fireEvent.click(container.querySelector("#save-retention")!);
    await waitFor(() => expect(container.querySelector("#s-retention-error")!.textContent).toBe("Invalid retention: at most 1200 months"));
    expect(marked(container)).toEqual(["s-retention"]);
  });

  it("customers: the core's refusal of the country shows under the country field, a lock under the form", async () => {
    let answer = refuse("country", "Invalid country: not an ISO 3166 code");
    fake({ controllers: [], authorities: [], addControllerRecord: () => answer() });
    const { container } = render(CustomersView);
    await waitFor(() => expect(container.querySelector("#customer-add")).toBeTruthy());
    await fireEvent.click(container.querySelector("#customer-add")!);
    await fireEvent.input(container.querySelector("#cu-name")!, { target: { value: "Acme" } });
    await fireEvent.input(container.querySelector("#cu-country")!, { target: { value: "XX" } });
    await fireEvent.click(container.querySelector("#cu-save")!);
    await waitFor(() => expect(container.querySelector("#cu-country-error")!.textContent).toBe("Invalid country: not an ISO 3166 code"));
    expect(marked(container)).toEqual(["cu-country"]);
    expect(document.activeElement).toBe(container.querySelector("#cu-country"));
    answer = refuse(null, "The register is locked");
    await fireEvent.click(container.querySelector("#cu-save")!);
    await waitFor(() => expect(container.querySelector("[data-form-error]")!.textContent).toBe("The register is locked"));
    expect(marked(container)).toEqual([]);
  });
});
