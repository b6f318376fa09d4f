import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app, clock } from "../lib/app.svelte";
import { setLanguage, t } from "../lib/i18n.svelte";
import { authorityLanguages, countdownTo, formatMinutes, sortObligations } from "../lib/regulation";
import type { ObligationRow } from "../lib/bindings/ObligationRow";
import ObligationsPanel from "../components/ObligationsPanel.svelte";
import ObligationsView from "../components/ObligationsView.svelte";
import DraftView from "../components/DraftView.svelte";
import ContactsView from "../components/ContactsView.svelte";
import EnisaCalc from "../components/EnisaCalc.svelte";
import RegulationSettings from "../components/RegulationSettings.svelte";
import WhatIfCard from "../components/WhatIfCard.svelte";
import RegisterView from "../components/RegisterView.svelte";
import ClassifyCard from "../components/ClassifyCard.svelte";
import IncidentView from "../components/IncidentView.svelte";
import type { Incident } from "../lib/bindings/Incident";

const H = 3_600_000;

beforeEach(() => {
  clock.now = Date.now();
  setLanguage("en");
  app.org = { name: "Acme", address: "", contact_point: "dpo@acme.test", default_role: "controller", timezone: "Europe/Amsterdam", language: "en", lead_authority: "nl-ap", regimes: ["gdpr"] };
});
afterEach(() => cleanup());

/** An unlocked mock register with one breach assessed: aware at `awareAt`, risk `risk`. */
async function breach(scenario: string, title: string, awareAt: string, risk = "risk") {
  const b = mockBackend(scenario);
  await b.unlock("passphrase", "correct horse battery");
  setBackend(b);
  const i = await b.createIncident({ title, detected_at: awareAt });
  await b.assess(i.id, { personal_data: "yes", aware_at: awareAt, risk, risk_reasoning: "test" });
  return { b, incident: b.written<Incident>("assess")[0] };
}

const item = (container: HTMLElement, kind: string) => container.querySelector<HTMLElement>(`li.obligation[data-kind="${kind}"]`)!;

describe("Obligations panel", () => {
  it("shows the GDPR notification due 72 elapsed hours after awareness, in the org's zone across the DST switch", async () => {
    // Aware Sat 28 Mar 2026 11:00 CET; the clocks go forward on Sunday; due Tue 31 Mar 12:00 CEST.
    const { incident } = await breach("obligations_dst", "Mail to wrong recipient", "2026-03-28T10:00:00Z", "high");
    const { container } = render(ObligationsPanel, { incident, onChanged: () => {} });
    await waitFor(() => expect(item(container, "notification")).toBeTruthy());
    const n = item(container, "notification");
    expect(n.querySelector(".obl-due")!.textContent).toMatch(/Due 31\/03\/2026 12:00 CEST/);
    expect(n.dataset.status).toBe("overdue");
    expect(n.querySelector(".clock")!.getAttribute("data-level")).toBe("overdue");
    expect(n.textContent).toContain("Autoriteit Persoonsgegevens");
    // Art 34: "without undue delay" shows the elapsed time and is never "late" or "overdue".
    const s = item(container, "subject-communication");
    expect(s.dataset.status).toBe("pending");
    expect(s.querySelector(".obl-due")!.textContent).toContain("Without undue delay");
    expect(s.querySelector(".obl-elapsed")!.textContent).toMatch(/^\d+ d \d+ h \d+ min elapsed$/);
    expect(s.querySelector(".clock")).toBeNull();
    expect(s.textContent).not.toMatch(/overdue|late/i);
  });

  it("refuses a late first filing without reasons next to the field, then records it as filed late", async () => {
    const { b, incident } = await breach("filing_late", "Lost laptop", new Date(Date.now() - 80 * H).toISOString());
    const { container } = render(ObligationsPanel, { incident, onChanged: () => (app.revision += 1) });
    await waitFor(() => expect(item(container, "notification")).toBeTruthy());
    await fireEvent.click(item(container, "notification").querySelector("button.file-btn")!);
    expect(screen.getByText(/after the deadline: give the reasons for the delay/)).toBeTruthy();
    await fireEvent.input(container.ownerDocument.querySelector("#f-reference")!, { target: { value: "AP-1" } });
    await fireEvent.click(container.ownerDocument.querySelector("#f-save")!);
    const err = await screen.findByText(/reasons for the delay must be given/);
    expect(err.id).toBe("f-reasons-error");
    expect(container.ownerDocument.querySelector("#f-error")!.textContent).toBe("");
    expect((await b.obligations(null))[0].filings).toHaveLength(0);
    await fireEvent.input(container.ownerDocument.querySelector("#f-reasons")!, { target: { value: "Forensics took longer." } });
    await fireEvent.click(container.ownerDocument.querySelector("#f-save")!);
    await waitFor(() => expect(item(container, "notification").dataset.status).toBe("filed_late"));
    expect(item(container, "notification").textContent).toMatch(/late by 8 h 0 min/);
    expect(container.ownerDocument.querySelector("#filing-dialog")).toBeNull();
  });

  it("records an on-time filing and the obligation turns filed", async () => {
    const { incident } = await breach("filing_on_time", "Phishing", new Date(Date.now() - 2 * H).toISOString());
    const { container } = render(ObligationsPanel, { incident, onChanged: () => (app.revision += 1) });
    await waitFor(() => expect(item(container, "notification")).toBeTruthy());
    expect(item(container, "notification").querySelector(".clock")!.getAttribute("data-level")).toBe("ok");
    await fireEvent.click(item(container, "notification").querySelector("button.file-btn")!);
    expect(container.ownerDocument.querySelector("#f-reasons-error")).toBeNull();
    expect(container.ownerDocument.querySelector("#f-late-hint")).toBeNull();
    // GDPR Art 33(4): complete or in phases; left to the Art 33(3) checklist (here incomplete).
    expect((container.ownerDocument.querySelector("#f-complete") as HTMLSelectElement).value).toBe("");
    // What the checklist still lacks is listed before filing, and does not stop it.
    const missing = await waitFor(() => container.ownerDocument.querySelector<HTMLElement>("#f-missing")!);
    expect(missing.textContent).toMatch(/8 items this filing should contain are still missing \(you may file now/);
    expect(missing.textContent).toContain("GDPR Art 33(3), (4)");
    expect(missing.querySelector('[data-missing="contact_point"]')!.textContent).toBe("contact point");
    expect(container.ownerDocument.querySelector("#f-without-missing")).toBeNull();
    await fireEvent.input(container.ownerDocument.querySelector("#f-reference")!, { target: { value: "AP-2026-1" } });
    await fireEvent.click(container.ownerDocument.querySelector("#f-save")!);
    await waitFor(() => expect(item(container, "notification").dataset.status).toBe("filed"));
    expect(item(container, "notification").querySelector(".filings")!.textContent).toContain("AP-2026-1");
    expect(item(container, "notification").textContent).toContain("Record follow-up");
    // The first filing was incomplete by the checklist: the rest is owed without undue further delay.
    await waitFor(() => expect(item(container, "complete").dataset.status).toBe("pending"));
    expect(item(container, "complete").textContent).toContain("GDPR Art 33(4)");
  });

  it("lists the DORA fields mandatory for the initial notification, refuses the filing, then records it as sent without them", async () => {
    const { b, incident } = await breach("filing_dora", "Payment platform outage", new Date(Date.now() - H).toISOString());
    app.org = await b.updateOrg({ regimes: ["gdpr", "dora"], dora_entity_type: "credit_institution" });
    await b.classify(incident.id, { regime: "dora", at: new Date(Date.now() - H).toISOString() });
    const record = vi.spyOn(b, "recordFiling");
    const { container } = render(ObligationsPanel, { incident, onChanged: () => (app.revision += 1) });
    await waitFor(() => expect(item(container, "initial")).toBeTruthy());
    await fireEvent.click(item(container, "initial").querySelector("button.file-btn")!);
    const doc = container.ownerDocument;
    const missing = await waitFor(() => doc.querySelector<HTMLElement>("#f-missing")!);
    expect(missing.textContent).toMatch(/11 fields the law makes mandatory for this report are still empty; the filing is refused/);
    expect(missing.textContent).toContain("Implementing Regulation (EU) 2025/302");
    expect([...missing.querySelectorAll<HTMLElement>("li")].map((li) => li.dataset.missing)).toEqual(["1.3", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.15", "2.5", "2.7", "2.9"]);
    expect(missing.querySelector('[data-missing="2.7"]')!.textContent).toBe("2.7 Discovery of the major ICT-related incident");
    await fireEvent.input(doc.querySelector("#f-reference")!, { target: { value: "DNB-1" } });
    await fireEvent.click(doc.querySelector("#f-save")!);
    await screen.findByText(/fields this report must contain are still empty: 1.3, 1.7/);
    expect((await b.obligations(incident.id)).find((o) => o.regime === "dora" && o.kind === "initial")!.filings).toHaveLength(0);
    // Sent without them: recorded as incomplete.
    await fireEvent.click(doc.querySelector("#f-without-missing")!);
    await fireEvent.click(doc.querySelector("#f-save")!);
    await waitFor(() => expect(doc.querySelector("#filing-dialog")).toBeNull());
    expect(record).toHaveBeenLastCalledWith(incident.id, expect.objectContaining({ complete: "no", reference: "DNB-1" }));
    expect(b.written<{ complete: boolean }>("record_filing")[0].complete).toBe(false);
  });

  it("records a follow-up linked to the initial filing, without reasons of its own", async () => {
    const { b, incident } = await breach("filing_follow_up", "Late one", new Date(Date.now() - 80 * H).toISOString());
    const o = (await b.obligations(null))[0];
    const first = await b.recordFiling(incident.id, { obligation: o.id, at: new Date().toISOString(), channel: "portal", reference: "AP-1", reasons_for_delay: "Forensics." });
    const record = vi.spyOn(b, "recordFiling");
    const { container } = render(ObligationsPanel, { incident, onChanged: () => (app.revision += 1) });
    await waitFor(() => expect(item(container, "notification").dataset.status).toBe("filed_late"));
    await fireEvent.click(screen.getByText("Record follow-up"));
    const doc = container.ownerDocument;
    expect((doc.querySelector("#f-phase") as HTMLSelectElement).value).toBe("follow-up");
    expect((doc.querySelector("#f-follows") as HTMLSelectElement).value).toBe(first.id);
    expect(doc.querySelector("#f-reasons")).toBeNull();
    expect(doc.querySelector("#f-complete")).toBeNull();
    await fireEvent.change(doc.querySelector("#f-phase")!, { target: { value: "final" } });
    await fireEvent.input(doc.querySelector("#f-reference")!, { target: { value: "AP-1-final" } });
    await fireEvent.click(doc.querySelector("#f-save")!);
    await waitFor(() => expect(item(container, "notification").querySelectorAll(".filings li")).toHaveLength(2));
    expect(record).toHaveBeenCalledWith(incident.id, expect.objectContaining({ phase: "final", follows: first.id, reference: "AP-1-final", reasons_for_delay: undefined }));
    expect(item(container, "notification").dataset.status).toBe("filed_late"); // lateness frozen at the first filing
  });

  it("drops an obligation as not required only with a rationale", async () => {
    const { b, incident } = await breach("obligation_dropped", "Misdirected letter", new Date(Date.now() - H).toISOString());
    const { container } = render(ObligationsPanel, { incident, onChanged: () => (app.revision += 1) });
    await waitFor(() => expect(item(container, "notification")).toBeTruthy());
    await fireEvent.click(screen.getByText("Not required…"));
    const drop = vi.spyOn(b, "dropObligation");
    await fireEvent.input(container.querySelector(".nr-rationale")!, { target: { value: "Recipient is a trusted partner who deleted it." } });
    await fireEvent.click(screen.getByText("Record as not required"));
    await waitFor(() => expect(item(container, "notification").dataset.status).toBe("not_required"));
    expect(drop).toHaveBeenCalledWith(expect.any(String), "Recipient is a trusted partner who deleted it.");
    expect(item(container, "notification").querySelector(".nr")!.textContent).toContain("trusted partner");
    expect(screen.getByText("Reinstate")).toBeTruthy();
  });
});

describe("Obligations screen", () => {
  it("lists every incident's obligations, overdue first, and hides filed ones until asked", async () => {
    const b = mockBackend("obligations_screen");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    for (const [title, hoursAgo] of [["Fresh", 1], ["Old", 80], ["Middle", 60]] as const) {
      const at = new Date(Date.now() - hoursAgo * H).toISOString();
      const i = await b.createIncident({ title, detected_at: at });
      await b.assess(i.id, { personal_data: "yes", aware_at: at, risk: "risk", risk_reasoning: "test" });
    }
    const fresh = (await b.obligations(null)).find((o) => o.incident_title === "Fresh")!;
    await b.recordFiling(fresh.incident!, { obligation: fresh.id, at: new Date().toISOString(), channel: "portal", reference: "R1", complete: "yes" });
    const { container } = render(ObligationsView);
    await waitFor(() => expect(container.querySelectorAll("li.obligation")).toHaveLength(2));
    const titles = () => [...container.querySelectorAll(".obl-incident")].map((e) => e.textContent);
    expect(titles()).toEqual(["Old", "Middle"]);
    expect(container.querySelector("li.obligation")!.getAttribute("data-status")).toBe("overdue");
    expect(screen.getByText("One obligation is overdue.")).toBeTruthy();
    await fireEvent.click(screen.getByLabelText("Show filed and not required"));
    expect(titles()).toEqual(["Old", "Middle", "Fresh"]);
  });

  it("orders by status rank then due time, undated after dated", () => {
    const row = (id: string, status: ObligationRow["status"], due: string | null) =>
      ({ id, status, due_at: due }) as unknown as ObligationRow;
    const sorted = sortObligations([
      row("a", "filed", "2026-01-01T00:00:00Z"),
      row("b", "pending", null),
      row("c", "pending", "2026-05-02T00:00:00Z"),
      row("d", "overdue", "2026-05-03T00:00:00Z"),
      row("e", "pending", "2026-05-01T00:00:00Z"),
      row("f", "not_required", "2026-01-01T00:00:00Z"),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(["d", "e", "c", "b", "a", "f"]);
  });

  it("formats durations in the UI language", () => {
    expect(formatMinutes(481)).toBe("8 h 1 min");
    expect(formatMinutes(3 * 1440 + 125)).toBe("3 d 2 h 5 min");
    setLanguage("de");
    expect(formatMinutes(3 * 1440 + 125)).toBe("3 T. 2 Std. 5 Min.");
    setLanguage("en");
  });
});

describe("Register view", () => {
  it("shows each incident's nearest running obligation, none once it is filed", async () => {
    const b = mockBackend("nearest_deadline");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    for (const [title, hoursAgo] of [["Filed one", 1], ["Late one", 80], ["Near one", 70]] as const) {
      const at = new Date(Date.now() - hoursAgo * H).toISOString();
      const i = await b.createIncident({ title, detected_at: at });
      await b.assess(i.id, { personal_data: "yes", aware_at: at, risk: "risk", risk_reasoning: "test" });
    }
    const filed = (await b.obligations(null)).find((o) => o.incident_title === "Filed one")!;
    await b.recordFiling(filed.incident!, { obligation: filed.id, at: new Date().toISOString(), channel: "email", reference: "R" });
    const { container } = render(RegisterView);
    const level = (title: string) => [...container.querySelectorAll("tr")].find((r) => r.textContent!.includes(title))?.querySelector(".clock")?.getAttribute("data-level");
    await waitFor(() => expect(level("Late one")).toBe("overdue"));
    expect(level("Near one")).toBe("red");
    expect(level("Filed one")).toBeUndefined();
    // The Deadline column sorts by the nearest open deadline: overdue, then near, then none.
    await fireEvent.click(screen.getByRole("button", { name: /^Nearest deadline/ }));
    const titles = () => [...container.querySelectorAll("tbody tr .row-title")].map((b) => b.textContent);
    await waitFor(() => expect(titles()).toEqual(["Late one", "Near one", "Filed one"]));
    expect((container.querySelector("#sort") as HTMLSelectElement).value).toBe("deadline");
  });
});

describe("Draft view", () => {
  it("shows what changed since the latest filing above the draft, each change with a Copy button", async () => {
    const aware = new Date(Date.now() - 2 * H).toISOString();
    const { b, incident } = await breach("draft_changes", "Mail to wrong recipient", aware);
    const o = (await b.obligations(null))[0];
    await b.recordFiling(incident.id, { obligation: o.id, at: new Date().toISOString(), channel: "portal", reference: "AP-7" });
    await b.assess(incident.id, { personal_data: "yes", aware_at: aware, risk: "risk", risk_reasoning: "test", subjects_approx: "40" });
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const { container } = render(DraftView, { id: incident.id });
    await waitFor(() => expect(container.querySelector("#draft-changes")).toBeTruthy());
    const changes = container.querySelector("#draft-changes")!;
    // Above the draft, in the draft's language.
    expect(changes.compareDocumentPosition(container.querySelector("#draft")!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(changes.querySelector("h2")!.textContent).toMatch(/^Changed since the filing of /);
    const fields = [...changes.querySelectorAll(".draft-field.changed")].map((f) => f.getAttribute("data-changed"));
    // Filing made the draft a follow-up quoting its reference; the assessment added the number of people.
    expect(fields).toEqual(["notification_type", "reference", "subjects_approx"]);
    const people = changes.querySelector<HTMLElement>('[data-changed="subjects_approx"]')!;
    expect(people.querySelector(".before")!.textContent).toBe("—");
    expect(people.querySelector(".after")!.textContent).toBe("40");
    await fireEvent.click(people.querySelector<HTMLButtonElement>("button.copy")!);
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/: — → 40$/));
  });

  it("shows every field with a Copy button, highlights the missing Art 33(3) items and copies a value", async () => {
    const { incident } = await breach("draft_authority", "Mail to wrong recipient", new Date(Date.now() - H).toISOString());
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const { container } = render(DraftView, { id: incident.id });
    await waitFor(() => expect(container.querySelector("#draft")).toBeTruthy());
    expect(container.querySelector("#draft")!.getAttribute("lang")).toBe("nl");
    const missing = [...container.querySelectorAll(".draft-field.missing")].map((f) => f.getAttribute("data-field"));
    // The Art 33(3) items the core's draft finds missing for an assessment without them, and
    // the AP form's questions neither the organisation profile nor the assessment answers yet
    // (legal basis, KvK number, DPO, other organisation, ongoing, min–max, encryption, severity).
    expect(missing).toEqual([
      "legal_basis", "org_registration", "contact_point", "dpo", "other_organisation", "ongoing",
      "nature", "data_categories", "records_approx", "subject_categories", "subjects_approx", "subjects_range",
      "encrypted", "consequences", "severity_estimate", "measures_taken", "measures_proposed",
    ]);
    expect(container.querySelector("#draft-missing")!.textContent).toContain("Likely consequences");
    expect(container.querySelector("#draft-unanswered")!.textContent).toMatch(/^\s*8 answers the form asks are not in the record yet:[\s\S]*Legal basis of the notification/);
    const title = container.querySelector<HTMLButtonElement>('.draft-field[data-field="title"] button.copy')!;
    await fireEvent.click(title);
    expect(writeText).toHaveBeenCalledWith("Mail to wrong recipient");
    await waitFor(() => expect(title.textContent).toContain("Copied"));
    // Empty fields have nothing to copy.
    expect(container.querySelector<HTMLButtonElement>('.draft-field[data-field="consequences"] button.copy')!.disabled).toBe(true);
  });

  it("fills the AP's and the CNIL's questions from the profile and the assessment, and shows each authority's channel", async () => {
    const b = mockBackend("draft_forms");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    const at = new Date(Date.now() - H).toISOString();
    const i = await b.createIncident({ title: "Mail to wrong recipient", detected_at: at });
    await b.assess(i.id, { personal_data: "yes", aware_at: at, risk: "risk", risk_reasoning: "test" });
    // A KvK number has 8 digits: refused naming the field.
    await expect(b.updateOrg({ registration_number: "1234", dpo_name: "Piet Jansen" })).rejects.toMatchObject({ field: "registration_number" });
    app.org = await b.updateOrg({
      legal_representative_name: "Anna de Vries", legal_representative_role: "directeur",
      registration_number: "3412 3456", dpo_name: "Piet Jansen", dpo_email: "fg@acme.test", dpo_phone: "+31 20 123 4567",
    });
    expect(app.org.registration_number).toBe("34123456");
    await expect(b.assess(i.id, { subjects_min: "50", subjects_max: "40" })).rejects.toMatchObject({ field: "subjects_min" });
    await b.assess(i.id, {
      personal_data: "yes", aware_at: at, risk: "risk", risk_reasoning: "test",
      ongoing: "no", encrypted: "partly", subjects_min: "10", subjects_max: "40",
      severity_estimate: "high", other_organisation: "Mailhuis B.V.", legal_basis: "gdpr", notification_kind: "initial",
    });
    const { container } = render(DraftView, { id: i.id });
    await waitFor(() => expect(container.querySelector("#draft")).toBeTruthy());
    const value = (id: string) => container.querySelector(`.draft-field[data-field="${id}"] .draft-value`)!.textContent;
    expect(container.querySelector("#draft-unanswered")).toBeNull();
    expect([value("legal_basis"), value("org_registration"), value("ongoing"), value("subjects_range"), value("encrypted"), value("severity_estimate"), value("other_organisation")])
      .toEqual(["AVG", "34123456", "nee", "10 – 40", "Gedeeltelijk", "Hoog", "Mailhuis B.V."]);
    expect(value("dpo")).toBe("Piet Jansen, fg@acme.test, +31 20 123 4567");
    // The AP's channel, as the registry has it (confirmed 2026-12-04, with its source).
    expect(container.querySelector("#channel-portal")!.textContent).toBe("https://datalekken.autoriteitpersoonsgegevens.nl");
    expect(container.querySelector("#channel-phone")!.textContent).toBe("088 - 1805 255");
    expect(container.querySelector("#channel-source")!.textContent).toContain("checked 2026-12-04");
    expect(container.querySelector("#channel-languages")!.textContent).toBe("Dutch");
    // The CNIL: its own sections, in French; what the registry could not confirm says so.
    await fireEvent.change(container.querySelector("#draft-authority")!, { target: { value: "fr-cnil" } });
    await screen.findByText("Représentant légal");
    expect(value("legal_representative")).toBe("Anna de Vries, directeur");
    expect(value("processor")).toBe("Mailhuis B.V.");
    expect(value("ongoing")).toBe("non");
    expect(container.querySelector("#channel-phone")!.textContent).toBe("not confirmed");
    expect(container.querySelector("#channel-portal")!.textContent).toBe("not confirmed");
  });

  it("shows the DORA report under Annex II's numbers with copy buttons and what is mandatory for each stage", async () => {
    const { b, incident } = await breach("draft_dora", "Payment platform outage", new Date(Date.now() - H).toISOString());
    app.org = await b.updateOrg({ regimes: ["gdpr", "dora"], dora_entity_type: "credit_institution" });
    await b.classify(incident.id, { regime: "dora", at: new Date(Date.now() - H).toISOString() });
    // An answer outside the glossary's list is refused naming its field.
    await expect(b.assess(incident.id, { dora_answers: ["2.7=psychic"] })).rejects.toMatchObject({ field: "dora_2_7" });
    await b.assess(incident.id, { dora_answers: ["1.3=529900T8BM49AURSDO55", "1.7=Anna de Vries", "2.7=monitoring_systems", "2.9=yes"] });
    const draft = vi.spyOn(b, "draft");
    const { container } = render(DraftView, { id: incident.id });
    await screen.findByText(/Melding datalek aan de Autoriteit Persoonsgegevens/);
    await fireEvent.click(screen.getByText("DORA report"));
    await screen.findByText(/DORA initial notification of a major ICT-related incident/);
    expect(draft).toHaveBeenLastCalledWith(incident.id, "dora", "initial", "en");
    const field = (id: string) => container.querySelector<HTMLElement>(`.draft-field[data-field="${id}"]`)!;
    const value = (id: string) => field(id).querySelector(".draft-value")!.textContent;
    // Every field of sections 1 and 2 under its number; filled from the record and the answers.
    const ids = [...container.querySelectorAll<HTMLElement>("#draft .draft-field[data-field]")].map((f) => f.dataset.field);
    expect(ids).toEqual([...Array.from({ length: 15 }, (_, i) => `1.${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `2.${i + 1}`)]);
    expect(field("2.7").querySelector(".draft-label")!.textContent).toContain("2.7 Discovery of the major ICT-related incident");
    expect([value("1.1"), value("1.4"), value("1.7"), value("2.7")]).toEqual(["initial_notification", "credit_institution", "Anna de Vries", "monitoring_systems"]);
    // The mandatory fields still empty are flagged and named; conditional ones are not.
    expect(field("1.8").classList.contains("missing")).toBe(true);
    expect(field("2.8").classList.contains("missing")).toBe(false);
    const missing = container.querySelector("#draft-missing")!.textContent!;
    expect(missing).toMatch(/7 fields Annex II makes mandatory/);
    expect(missing).toContain("1.15 Reporting currency");
    // Each filled field has its copy button; an empty one's is disabled.
    expect(field("2.7").querySelector<HTMLButtonElement>("button.copy")!.disabled).toBe(false);
    expect(field("1.8").querySelector<HTMLButtonElement>("button.copy")!.disabled).toBe(true);
    // The intermediate report adds section 3 and its mandatory fields.
    await fireEvent.change(container.querySelector("#draft-stage")!, { target: { value: "intermediate" } });
    await screen.findByText(/DORA intermediate report on a major ICT-related incident/);
    expect(draft).toHaveBeenLastCalledWith(incident.id, "dora", "intermediate", "en");
    expect(field("3.4").classList.contains("missing")).toBe(true);
    expect(field("3.1").classList.contains("missing")).toBe(false);
  });

  it("shows the CRA early warning and final report with the items Article 14(4) asks, flagging the required ones still empty", async () => {
    const { b, incident } = await breach("draft_cra", "Router firmware exploited", new Date(Date.now() - H).toISOString());
    app.org = await b.updateOrg({ regimes: ["gdpr", "cra"] });
    await b.classify(incident.id, { regime: "cra", at: new Date(Date.now() - H).toISOString(), cra_kind: "severe-incident", malicious: "yes" });
    await expect(b.assess(incident.id, { cra_answers: ["member_states=Narnia"] })).rejects.toMatchObject({ field: "cra_member_states" });
    await b.assess(incident.id, { cra_answers: ["root_cause=Compromised build server."] });
    const draft = vi.spyOn(b, "draft");
    const { container } = render(DraftView, { id: incident.id });
    await screen.findByText(/Melding datalek aan de Autoriteit Persoonsgegevens/);
    await fireEvent.click(screen.getByText("CRA report"));
    await screen.findByText(/Early warning under the Cyber Resilience Act, Art 14\(4\)\(a\)/);
    expect(draft).toHaveBeenLastCalledWith(incident.id, "cra", "early-warning", "en");
    const field = (id: string) => container.querySelector<HTMLElement>(`.draft-field[data-field="${id}"]`)!;
    expect(field("malicious_suspected").querySelector(".draft-value")!.textContent).toBe("yes");
    expect(container.querySelector("#draft-missing")).toBeNull();
    await fireEvent.change(container.querySelector("#draft-cra-report")!, { target: { value: "final" } });
    await screen.findByText(/Final report under the Cyber Resilience Act, Art 14\(4\)\(c\)/);
    const content = [...container.querySelectorAll<HTMLElement>("#draft .draft-field[data-field]")].map((f) => f.dataset.field).slice(-3);
    expect(content).toEqual(["incident_description", "root_cause", "mitigation_measures"]);
    expect(field("root_cause").querySelector(".draft-value")!.textContent).toBe("Compromised build server.");
    expect(field("root_cause").classList.contains("missing")).toBe(false);
    expect(field("incident_description").classList.contains("missing")).toBe(true);
    expect(container.querySelector("#draft-missing")!.textContent).toMatch(/2 items Article 14 says this report includes at least are still empty/);
    expect(container.querySelector("#draft-missing")!.textContent).toContain("Applied and ongoing mitigation measures");
    expect(field("root_cause").querySelector<HTMLButtonElement>("button.copy")!.disabled).toBe(false);
  });

  it("shows the NIS2 early warning to the lead authority's country's CSIRT in its language and the German final report, with copy buttons and the source", async () => {
    const { b, incident } = await breach("draft_nis2", "Ransomware on the billing servers", new Date(Date.now() - H).toISOString());
    app.org = await b.updateOrg({ regimes: ["gdpr", "nis2"] });
    await b.classify(incident.id, { regime: "nis2", at: new Date(Date.now() - H).toISOString(), malicious: "yes", cross_border: "no" });
    await expect(b.assess(incident.id, { nis2_answers: ["entity_kind=enormous"] })).rejects.toMatchObject({ field: "nis2_entity_kind" });
    await b.assess(incident.id, { nis2_answers: ["threat_root_cause=Phishing e-mail."] });
    const draft = vi.spyOn(b, "draft");
    const { container } = render(DraftView, { id: incident.id });
    await screen.findByText(/Melding datalek aan de Autoriteit Persoonsgegevens/);
    await fireEvent.click(screen.getByText("NIS2 report to the CSIRT"));
    // In Dutch: the channel's own language, the lead authority being the Dutch AP.
    await screen.findByText(/Vroegtijdige waarschuwing aan NCSC-NL/);
    expect(draft).toHaveBeenLastCalledWith(incident.id, "nis2", "early-warning", null);
    const field = (id: string) => container.querySelector<HTMLElement>(`.draft-field[data-field="${id}"]`)!;
    expect(field("malicious_suspected").querySelector(".draft-value")!.textContent).toBe("ja");
    expect(field("sector").classList.contains("missing")).toBe(true);
    expect(container.querySelector("#draft-missing")!.textContent).toMatch(/5 fields NIS2 Art 23\(4\) or the channel's form asks for are still empty/);
    expect(field("source_url").querySelector(".draft-value")!.textContent).toBe("https://www.ncsc.nl/en/report-an-incident-to-ncsc-nl");
    expect(field("malicious_suspected").querySelector<HTMLButtonElement>("button.copy")!.disabled).toBe(false);
    await fireEvent.change(container.querySelector("#draft-nis2-stage")!, { target: { value: "final" } });
    await fireEvent.change(container.querySelector("#draft-nis2-channel")!, { target: { value: "de" } });
    await screen.findByText(/Abschlussmeldung an BSI/);
    expect(draft).toHaveBeenLastCalledWith(incident.id, "nis2", "final:de", null);
    expect(field("threat_root_cause").querySelector(".draft-value")!.textContent).toBe("Phishing e-mail.");
    expect(field("mitigation_measures").classList.contains("missing")).toBe(true);
    // Issued as a PDF from here: the stage, channel and language shown are the report's.
    const issue = vi.spyOn(b, "issueReport");
    b.dialog.savePath = "/home/dpo/Documents/nis2-final.pdf";
    await fireEvent.click(container.querySelector("#draft-issue-pdf")!);
    await waitFor(() => expect(container.querySelector("#draft-issued")).toBeTruthy());
    expect(issue).toHaveBeenLastCalledWith("nis2", expect.objectContaining({ incident: incident.id, stage: "final", channel: "de", lang: "de" }));
    expect(container.querySelector("#draft-issued")!.textContent).toMatch(/Report RPT-\d+ issued \(\d+ pages\)\. Saved to \/home\/dpo\/Documents\/nis2-final\.pdf/);
  });

  it("switches to the Art 34 communication in the UI language", async () => {
    const { b, incident } = await breach("draft_subjects", "Mail", new Date(Date.now() - H).toISOString());
    const draft = vi.spyOn(b, "draft");
    render(DraftView, { id: incident.id });
    await screen.findByText(/Melding datalek aan de Autoriteit Persoonsgegevens/);
    await fireEvent.click(screen.getByText("Persons concerned (Art 34)"));
    await screen.findByText(/Important information about your personal data from Acme/);
    expect(draft).toHaveBeenLastCalledWith(incident.id, "subjects", null, "en");
    expect((document.querySelector("#draft-language") as HTMLSelectElement).value).toBe("en");
    expect(document.querySelector("#draft-missing")!.textContent).toMatch(/Art 34\(2\)/);
  });
});

describe("Authority languages", () => {
  it("names the languages in the interface language, the default first, and says when they are not confirmed", () => {
    const confirmed = { languages: ["fi", "sv"], unconfirmed: ["portal_url"] };
    const unconfirmed = { languages: ["fr", "nl", "de"], unconfirmed: ["languages", "phone"] };
    expect(authorityLanguages(confirmed)).toBe("Finnish, Swedish");
    expect(authorityLanguages(unconfirmed)).toBe("French, Dutch, German (not confirmed)");
    setLanguage("de");
    expect(authorityLanguages(unconfirmed)).toBe("Französisch, Niederländisch, Deutsch (nicht bestätigt)");
    setLanguage("nl");
    expect(authorityLanguages(confirmed)).toBe("Fins, Zweeds");
    setLanguage("fr");
    expect(authorityLanguages(unconfirmed)).toBe("Français, néerlandais, allemand (non confirmé)");
    setLanguage("en");
  });
});

describe("Art 34 letter to the people", () => {
  it("shows advice by data category with copy buttons, saves an edit, shows a refusal under the field and goes back to the proposed text", async () => {
    const { b, incident } = await breach("draft_letter", "Webshop accounts", new Date(Date.now() - H).toISOString(), "high");
    await b.assess(incident.id, { data_categories: ["naam", "e-mailadres", "wachtwoord", "IBAN"], measures_taken: "All passwords were reset." });
    const { container } = render(DraftView, { id: incident.id });
    await screen.findByText(/Melding datalek aan de Autoriteit Persoonsgegevens/);
    await fireEvent.click(screen.getByText("Persons concerned (Art 34)"));
    await screen.findByText(/Important information about your personal data from/);
    const field = (id: string) => container.querySelector<HTMLElement>(`.draft-field[data-field=${id}]`)!;
    // Advice chosen by the categories: passwords (change them, where) and bank details.
    const advice = field("letter_advice").querySelector(".draft-value")!.textContent!;
    expect(advice).toMatch(/Change the password of your .* account now/);
    expect(advice).toMatch(/bank and card statements/);
    expect(field("letter_measures").textContent).toMatch(/All passwords were reset\./);
    expect(field("letter_advice").querySelector("button.copy")).toBeTruthy();
    expect(container.querySelector("#letter-hint")!.textContent).toMatch(/Art 34\(2\)/);
    // An empty text is refused by the core: the message under the field, nothing written.
    await fireEvent.click(field("letter_advice").querySelector("button.edit")!);
    const area = container.querySelector<HTMLTextAreaElement>("#letter-letter_advice")!;
    await fireEvent.input(area, { target: { value: "  " } });
    await fireEvent.click(field("letter_advice").querySelector("button.save")!);
    await waitFor(() => expect(container.querySelector("#letter-letter_advice-error")!.textContent).toMatch(/letter text/));
    expect(b.written("edit_letter")).toHaveLength(0);
    // The edited text replaces the proposed one, marked as edited.
    await fireEvent.input(area, { target: { value: "Change your password at shop.example now." } });
    await fireEvent.click(field("letter_advice").querySelector("button.save")!);
    await waitFor(() => expect(field("letter_advice").querySelector(".draft-value")!.textContent).toBe("Change your password at shop.example now."));
    expect(field("letter_advice").querySelector(".edited-pill")!.textContent).toBe("edited");
    // Back to the proposed text.
    await fireEvent.click(field("letter_advice").querySelector("button.reset")!);
    await waitFor(() => expect(field("letter_advice").querySelector(".draft-value")!.textContent).toMatch(/bank and card statements/));
    expect(field("letter_advice").querySelector(".edited-pill")).toBeNull();
    expect(b.written("edit_letter")).toHaveLength(2);
  });
});

describe("EDPB common template (draft)", () => {
  it("drafts the six blocks for an authority without its own form, marked as the draft, with copy buttons and the unanswered questions flagged", async () => {
    const { incident } = await breach("draft_edpb", "Webshop accounts", new Date(Date.now() - H).toISOString(), "high");
    const { container } = render(DraftView, { id: incident.id });
    await screen.findByText(/Melding datalek aan de Autoriteit Persoonsgegevens/);
    await fireEvent.change(container.querySelector("#draft-authority")!, { target: { value: "at-dsb" } });
    await screen.findByText(/gemeinsame EDSA-Vorlage \(Entwurf vom 10\. Juni 2026\)/);
    const blocks = [...container.querySelectorAll("#draft h2")].map((h) => h.textContent);
    expect(blocks).toEqual([
      "1. Art der Meldung",
      "2. Verantwortlicher, meldende Person und DSB",
      "3. Art der Verletzung",
      "4. Wahrscheinliche Folgen",
      "5. Abmilderung und Vorbeugung gegen eine ähnliche Verletzung",
      "6. Benachrichtigung der betroffenen Personen",
    ]);
    const reporting = container.querySelector<HTMLElement>(".draft-field[data-field=reporting_person]")!;
    expect(reporting.classList.contains("missing")).toBe(true);
    expect(container.querySelector("#draft-unanswered")!.textContent).toMatch(/Reporting person/i);
    expect(container.querySelector(".draft-field[data-field=org_name] button.copy")).toBeTruthy();
    // In English where the authority takes it.
    await fireEvent.change(container.querySelector("#draft-authority")!, { target: { value: "se-imy" } });
    await fireEvent.change(container.querySelector("#draft-language")!, { target: { value: "en" } });
    await screen.findByText(/EDPB common template \(draft of 10 June 2026\)/);
  });
});

describe("Processor notice to a controller", () => {
  it("offers the affected controllers of the assessment and drafts the notice in the chosen language", async () => {
    const b = mockBackend("draft_controller");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    const globex = await b.addController("Globex", 24, "dpo@globex.test");
    await b.addController("Initech", null, null);
    const at = new Date(Date.now() - H).toISOString();
    const i = await b.createIncident({ title: "Backup exposed", detected_at: at });
    await b.assess(i.id, { personal_data: "yes", aware_at: at, role: "processor", controllers: [globex.id] });
    const draft = vi.spyOn(b, "draft");
    const { container } = render(DraftView, { id: i.id });
    await waitFor(() => expect(container.querySelector("#draft")).toBeTruthy());
    await fireEvent.click(screen.getByText("Controller (Art 33(2))"));
    await screen.findByText("Notification of a personal data breach to Globex (Art. 33(2) GDPR)");
    expect([...container.querySelectorAll("#draft-controller option")].map((o) => o.textContent)).toEqual(["Globex"]);
    await fireEvent.change(container.querySelector("#draft-language")!, { target: { value: "de" } });
    await waitFor(() => expect(draft).toHaveBeenLastCalledWith(i.id, "controller", globex.id, "de"));
  });
});

describe("Authority contact log", () => {
  it("logs an incoming request; a refused field shows its message next to it", async () => {
    const b = mockBackend("contacts");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    const { container } = render(ContactsView);
    await screen.findByText("No authority contacts yet");
    await fireEvent.click(screen.getByText(/Log contact/));
    await fireEvent.click(container.querySelector("#c-save")!);
    const err = await screen.findByText(/Invalid subject/);
    expect(err.closest("label")!.querySelector("#c-subject")).toBeTruthy();
    await fireEvent.input(container.querySelector("#c-subject")!, { target: { value: "Proof of compliance" } });
    await fireEvent.input(container.querySelector("#c-reference")!, { target: { value: "AP-42" } });
    await fireEvent.input(container.querySelector("#c-due")!, { target: { value: "2026-12-15T17:00" } });
    await fireEvent.click(container.querySelector("#c-save")!);
    await screen.findByText("Proof of compliance");
    expect(b.written("log_authority_contact")[0]).toMatchObject({ authority: "nl-ap", direction: "incoming", reference: "AP-42", response_due_at: "2026-12-15T16:00:00.000000Z" });
    expect(container.querySelector(".contact-row")!.textContent).toContain("incoming request");
  });
});

describe("e-Evidence orders in the contact log", () => {
  it("logs a preservation order with its issuing authority, shows until when to preserve, and records an extension", async () => {
    const b = mockBackend("contacts_orders");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    const { container } = render(ContactsView);
    await screen.findByText("No authority contacts yet");
    await fireEvent.click(screen.getByText(/Log contact/));
    await fireEvent.change(container.querySelector("#c-order")!, { target: { value: "preservation" } });
    // The issuing authority replaces the registry's authorities; the law's period is shown.
    expect(container.querySelector("#c-authority")).toBeNull();
    expect(container.querySelector("#c-due")).toBeNull();
    expect(container.querySelector("#c-order-law")!.textContent).toContain("Art 11(1)");
    await fireEvent.input(container.querySelector("#c-issuer")!, { target: { value: "Staatsanwaltschaft Köln" } });
    await fireEvent.input(container.querySelector("#c-issuer-country")!, { target: { value: "US" } });
    await fireEvent.input(container.querySelector("#c-subject")!, { target: { value: "EPOC-PR 2026/17" } });
    // Received Monday 31 August 2026 (the Regulation applies from 18 August 2026, Art 34(2)).
    await fireEvent.input(container.querySelector("#c-at")!, { target: { value: "2026-08-31T11:00" } });
    await fireEvent.click(container.querySelector("#c-save")!);
    const err = await screen.findByText(/Invalid issuing State/);
    expect(err.closest("label")!.querySelector("#c-issuer-country")).toBeTruthy();
    await fireEvent.input(container.querySelector("#c-issuer-country")!, { target: { value: "DE" } });
    await fireEvent.click(container.querySelector("#c-save")!);
    await screen.findByText("EPOC-PR 2026/17");
    expect(b.written("log_authority_contact")[0]).toMatchObject({ authority: "issuing-authority", order: { kind: "preservation", issuer_country: "DE" } });
    const row = container.querySelector(".contact-row")!;
    expect(row.querySelector(".contact-order")!.textContent).toBe("Staatsanwaltschaft Köln (DE)European Preservation Order (EPOC-PR)");
    // 60 days from 31 August: the end of Friday 30 October, in the organisation's zone (winter time).
    expect(row.querySelector(".contact-preserve")!.textContent!.trim()).toBe("preserve until 30/10/2026 23:59 CET");
    await fireEvent.input(row.querySelector("input.datetime[id^='c-change-at-']")!, { target: { value: "2026-08-31T11:00" } });
    await fireEvent.click(row.querySelector(".c-change-save")!);
    await waitFor(() => expect(b.written("change_preservation")[0]).toMatchObject({ order: { extended_at: "2026-08-31T09:00:00.000000Z" } }));
    // 30 more days from the end of 30 October: Sunday 29 November moves to Monday 30 November.
    await waitFor(() =>
      expect(container.querySelector(".contact-preserve")!.textContent!.trim()).toBe("preserve until 30/11/2026 23:59 CET"),
    );
  });
});

describe("ENISA calculator", () => {
  it("shows the score, the band and the arithmetic live, and binds the inputs for the assessment", async () => {
    const b = mockBackend("enisa");
    setBackend(b);
    let bound: unknown = null;
    const { container } = render(EnisaCalc, { props: { get value() { return null; }, set value(v) { bound = v; } } });
    expect(screen.getByText(/Choose the data processing context/)).toBeTruthy();
    const set = async (id: string, v: string) => fireEvent.change(container.querySelector(id)!, { target: { value: v } });
    await set("#e-dpc", "2");
    await set("#e-ei", "1");
    await set("#e-c", "0.25");
    await fireEvent.click(container.querySelector("#e-malicious")!);
    await screen.findByText("Severity 2.75: medium");
    expect(container.querySelector("#enisa-arithmetic")!.textContent).toBe("DPC 2 × EI 1 + CB 0.75 (C 0.25 + I 0 + A 0 + M 0.5) = 2.75");
    expect(bound).toMatchObject({ dpc: "2", ei: "1", cb_confidentiality: "0.25", malicious: true });
    await set("#e-dpc", "4");
    await screen.findByText("Severity 4.75: very high");
  });
});

describe("Regulation settings", () => {
  it("shortens a rule's hours with the warning, refuses non-numbers and more than the law, and adds controllers", async () => {
    const b = mockBackend("regulation_settings");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    const { container } = render(RegulationSettings);
    expect(screen.getByText(/obligations opened earlier keep the terms/)).toBeTruthy();
    await waitFor(() => expect(container.querySelector('tr[data-rule="gdpr/art33-1"]'), container.textContent ?? "").toBeTruthy());
    const row = container.querySelector<HTMLElement>('tr[data-rule="gdpr/art33-1"]')!;
    expect(container.querySelector('tr[data-rule="nis2/art23-4a"]')).toBeNull(); // NIS2 is not enabled
    const input = row.querySelector("input")!;
    await fireEvent.input(input, { target: { value: "abc" } });
    await fireEvent.click(row.querySelector("button")!);
    expect(row.textContent).toContain(t("reason-not-a-number"));
    await fireEvent.input(input, { target: { value: "96" } });
    await fireEvent.click(row.querySelector("button")!);
    await waitFor(() => expect(row.querySelector('[role="alert"]')!.textContent).toContain("at most 72 hours (GDPR Art 33(1))"));
    expect((await b.rules()).settings.overrides).toEqual({});
    await fireEvent.input(input, { target: { value: "48" } });
    await fireEvent.click(row.querySelector("button")!);
    await waitFor(() => expect(row.textContent).toContain("changed (the law says 72 h)"));
    expect((await b.rules()).settings.overrides).toEqual({ "gdpr/art33-1": 48 });
    await fireEvent.input(container.querySelector("#ctl-name")!, { target: { value: "Globex" } });
    await fireEvent.input(container.querySelector("#ctl-hours")!, { target: { value: "24" } });
    await fireEvent.click(container.querySelector("#ctl-add")!);
    await waitFor(() => expect(container.querySelector("#controllers li")!.textContent).toContain("Globex · 24 hours"));
  });
});

describe("NIS2 / DORA classification", () => {
  it("is offered only for enabled regimes and records when the incident was found significant", async () => {
    const { b, incident } = await breach("classify", "Outage", new Date(Date.now() - H).toISOString());
    const hidden = render(ClassifyCard, { incident, onChanged: () => {} });
    expect(hidden.container.querySelector("#classify")).toBeNull(); // GDPR only
    hidden.unmount();
    app.org = { ...app.org!, regimes: ["gdpr", "nis2"] };
    await b.updateOrg({ regimes: ["gdpr", "nis2"] });
    const onChanged = vi.fn();
    const { container } = render(ClassifyCard, { incident, onChanged });
    expect([...container.querySelectorAll("#cl-regime option")].map((o) => o.getAttribute("value"))).toEqual(["nis2"]);
    await fireEvent.input(container.querySelector("#cl-at")!, { target: { value: "2026-06-01T10:30" } });
    await fireEvent.change(container.querySelector("#cl-cross-border")!, { target: { value: "yes" } });
    const classify = vi.spyOn(b, "classify");
    await fireEvent.click(container.querySelector("#cl-save")!);
    await waitFor(() => expect(container.querySelector("#classified-nis2")).toBeTruthy());
    expect(classify).toHaveBeenCalledWith(incident.id, { regime: "nis2", at: "2026-06-01T10:30:00+02:00", malicious: "unknown", cross_border: "yes", trust_service: false });
    expect(container.querySelector("#classified-nis2")!.textContent).toMatch(/01\/06\/2026 10:30 CEST.*Cross-border impact: yes/);
    expect(onChanged).toHaveBeenCalled();
  });
});

describe("CRA classification, corrective measure and DORA recovery", () => {
  it("classifies a CRA report, records the corrective measure and the recovery, and refuses bad times under their fields", async () => {
    const { b, incident } = await breach("cra_dora_milestones", "Router firmware exploited", new Date(Date.now() - H).toISOString());
    app.org = await b.updateOrg({ regimes: ["gdpr", "cra", "dora"] });
    const { container } = render(ClassifyCard, { incident, onChanged: () => (app.revision += 1) });
    const q = <T extends Element = HTMLElement>(sel: string) => container.querySelector<T & HTMLElement>(sel)!;
    await waitFor(() => expect(q("#cl-regime")).toBeTruthy());
    expect([...container.querySelectorAll("#cl-regime option")].map((o) => o.getAttribute("value")).sort()).toEqual(["cra", "dora"]);
    await fireEvent.change(q("#cl-regime"), { target: { value: "cra" } });
    expect(q("#cl-cross-border")).toBeNull(); // NIS2 only
    await fireEvent.input(q("#cl-at"), { target: { value: "2026-06-01T10:30" } });
    // The kind is required the first time (Regulation (EU) 2024/2847 Art 14(1), (3)): refused, nothing written.
    await fireEvent.click(q("#cl-save"));
    await waitFor(() => expect(q("#cl-cra-kind-error").textContent).toMatch(/kind of Cyber Resilience Act report: it is required/));
    expect(q("#cl-cra-kind").getAttribute("aria-invalid")).toBe("true");
    expect(b.written("classify")).toHaveLength(0);
    await fireEvent.change(q("#cl-cra-kind"), { target: { value: "exploited-vulnerability" } });
    await fireEvent.click(q("#cl-save"));
    await waitFor(() => expect(q("#classified-cra")).toBeTruthy());
    expect(q("#classified-cra").textContent).toMatch(/CRA report, aware since 01\/06\/2026 10:30 CEST.*actively exploited vulnerability/);
    // Until the corrective measure is known, the final report awaits its start.
    const finalCra = async () => (await b.obligations(incident.id)).find((o) => o.regime === "cra" && o.kind === "final")!;
    expect((await finalCra()).status).toBe("awaiting_anchor");

    // The corrective measure: text that is no time is refused under its field, nothing written.
    await fireEvent.input(q("#ms-corrective"), { target: { value: "soon" } });
    await fireEvent.click(q("#ms-save"));
    await waitFor(() => expect(q("#ms-corrective-error").textContent).toMatch(/^Invalid corrective or mitigating measure available since: it is not a date and time/));
    expect(b.written("update_incident")).toHaveLength(0);
    await fireEvent.input(q("#ms-corrective"), { target: { value: "2026-06-01T10:45" } });
    await fireEvent.click(q("#ms-save"));
    await waitFor(() => expect(b.written("update_incident")).toHaveLength(1));
    expect(q("#ms-corrective-error").textContent).toBe("");
    // Art 14(2)(c): 14 days after 1 June 10:45 CEST; under 1182/71 the period ends with 15 June.
    const fin = await finalCra();
    expect([fin.status, fin.target_at, fin.due_at]).toEqual(["pending", "2026-06-15T08:45:00.000000Z", "2026-06-15T21:59:59.999999Z"]);
    const panel = render(ObligationsPanel, { incident, onChanged: () => {} });
    await waitFor(() => expect(panel.container.querySelector('li.obligation[data-regime="cra"][data-kind="final"]')).toBeTruthy());
    expect(panel.container.querySelector('li.obligation[data-regime="cra"][data-kind="final"] .obl-due')!.textContent!.trim()).toBe(
      "Aim for 15/06/2026 10:45 CEST · legal limit 15/06/2026 23:59 CEST",
    );
    panel.unmount();

    // DORA: classified major, then the recovery of regular activities (2025/301 Art 5(1)(b)).
    await fireEvent.change(q("#cl-regime"), { target: { value: "dora" } });
    expect(q("#cl-cra-kind")).toBeNull();
    await fireEvent.click(q("#cl-save"));
    await waitFor(() => expect(q("#classified-dora")).toBeTruthy());
    expect(b.written("classify")).toHaveLength(2);
    await fireEvent.input(q("#ms-recovered"), { target: { value: "2026-05-01T10:00" } });
    await fireEvent.click(q("#ms-save"));
    await waitFor(() => expect(q("#ms-recovered-error").textContent).toBe("Invalid regular activities recovered at: it is earlier than the time the incident was detected"));
    expect(b.written("update_incident")).toHaveLength(1);
    expect((await b.obligations(incident.id)).some((o) => o.kind === "updated-intermediate")).toBe(false);
    await fireEvent.input(q("#ms-recovered"), { target: { value: "2026-06-01T10:50" } });
    await fireEvent.click(q("#ms-save"));
    await waitFor(() => expect(b.written("update_incident")).toHaveLength(2));
    const updated = (await b.obligations(incident.id)).find((o) => o.regime === "dora" && o.kind === "updated-intermediate")!;
    expect([updated.status, updated.due_at]).toEqual(["pending", null]);
  });
});

describe("A report the CSIRT asks for (CRA Art 14(6))", () => {
  it("refuses a due time before the request under its field, then records the request, which has no due time and is never late", async () => {
    const { b, incident } = await breach("report_request_cra", "Router firmware exploited", new Date(Date.now() - H).toISOString());
    app.org = await b.updateOrg({ regimes: ["gdpr", "cra"] });
    await b.classify(incident.id, { regime: "cra", at: "2026-06-01T10:30:00+02:00", cra_kind: "severe-incident", malicious: "unknown" });
    const { container } = render(ClassifyCard, { incident, onChanged: () => (app.revision += 1) });
    const q = (sel: string) => container.querySelector<HTMLElement>(sel)!;
    await waitFor(() => expect(q("#report-request")).toBeTruthy());
    expect([...container.querySelectorAll("#rq-regime option")].map((o) => o.getAttribute("value"))).toEqual(["cra"]);
    await fireEvent.input(q("#rq-at"), { target: { value: "2026-06-01T10:45" } });
    await fireEvent.input(q("#rq-due"), { target: { value: "2026-06-01T10:00" } });
    await fireEvent.click(q("#rq-save"));
    await waitFor(() => expect(q("#rq-due-error").textContent).toMatch(/^Invalid due date/));
    expect(b.written("request_report")).toHaveLength(0);
    await fireEvent.input(q("#rq-due"), { target: { value: "" } });
    await fireEvent.click(q("#rq-save"));
    await waitFor(() => expect(b.written("request_report")).toHaveLength(1));
    expect(b.written<{ reference: string; due_at: string | null }>("request_report")[0]).toMatchObject({ reference: "Regulation (EU) 2024/2847 Art 14(6)", due_at: null });
    const panel = render(ObligationsPanel, { incident, onChanged: () => {} });
    const row = '#obligations-panel li.obligation[data-regime="cra"][data-kind="intermediate"]';
    await waitFor(() => expect(panel.container.querySelector(row)).toBeTruthy());
    const li = panel.container.querySelector<HTMLElement>(row)!;
    expect(li.dataset.status).toBe("pending");
    expect(li.querySelector(".obl-due")!.textContent!.trim()).toBe("No due time: the request set none (never late)");
    expect(li.querySelector(".clock")).toBeNull();
    // The what-if names that request the same way, not "without undue delay".
    const whatIf = render(WhatIfCard);
    const wr = 'tr[data-rule="cra/art14-6"]';
    await waitFor(() => expect(whatIf.container.querySelector(wr), whatIf.container.textContent ?? "").toBeTruthy());
    const cells = [...whatIf.container.querySelector(wr)!.querySelectorAll("td")].map((c) => c.textContent);
    expect(cells[3]).toBe("no due time: the request set none (never late)");
    expect(cells[4]).toBe(cells[3]);
  });
});

describe("NIS2 significance checker", () => {
  it("sends the facts, shows a refused figure under its field, then stores the answer with its arithmetic", async () => {
    const { b, incident } = await breach("classify_significance", "Outage", new Date(Date.now() - H).toISOString());
    app.org = { ...app.org!, regimes: ["gdpr", "nis2"] };
    await b.updateOrg({ regimes: ["gdpr", "nis2"] });
    const { container } = render(ClassifyCard, { incident, onChanged: () => {} });
    await fireEvent.input(container.querySelector("#cl-at")!, { target: { value: "2026-06-01T10:30" } });
    await fireEvent.change(container.querySelector("#cl-affects-recipients")!, { target: { value: "yes" } });
    await fireEvent.change(container.querySelector("#sig-entity_type")!, { target: { value: "cloud" } });
    await fireEvent.input(container.querySelector("#sig-unavailable_minutes")!, { target: { value: "31" } });
    await fireEvent.input(container.querySelector("#sig-direct_loss_eur")!, { target: { value: "lots" } });
    await fireEvent.click(container.querySelector("#cl-save")!);
    const err = await screen.findByText(/Invalid direct financial loss/);
    expect(err.closest("label")!.querySelector("#sig-direct_loss_eur")).toBeTruthy();
    await fireEvent.input(container.querySelector("#sig-direct_loss_eur")!, { target: { value: "" } });
    await fireEvent.click(container.querySelector("#cl-save")!);
    await waitFor(() => expect(container.querySelector("#significance-result")).toBeTruthy());
    const result = container.querySelector("#significance-result")!;
    expect(result.textContent).toContain("Check: significant (one or more criteria met)");
    const met = [...result.querySelectorAll('.significance-criterion[data-met="true"]')].map((li) => li.textContent!.trim());
    expect(met).toEqual(["✓ Implementing Regulation (EU) 2024/2690 Art 7(a) · 31 > 30"]);
  });
});

describe("Aim for … · legal limit …", () => {
  it("shows a NIS2 final report's target and its legal limit under Regulation 1182/71, counting down to the target", async () => {
    // Notification filed Wed 6 May 2026 10:00 CEST: one month later is Saturday 6 June, so the
    // period ends with Monday 8 June (1182/71 Art 3(4)); aim for 10:00 on 6 June.
    const { b, incident } = await breach("nis2_final_report", "Outage", "2026-05-05T07:00:00.000Z");
    await b.updateOrg({ regimes: ["gdpr", "nis2"] });
    await b.classify(incident.id, { regime: "nis2", at: "2026-05-05T10:00:00+02:00", malicious: "unknown", cross_border: "no", trust_service: false });
    const n = (await b.obligations(incident.id)).find((o) => o.regime === "nis2" && o.kind === "notification")!;
    await b.recordFiling(incident.id, { obligation: n.id, at: "2026-05-06T10:00:00+02:00", channel: "portal", reference: "CSIRT-1", reasons_for_delay: "", phase: "initial" } as never);
    const { container } = render(ObligationsPanel, { incident, onChanged: () => {} });
    await waitFor(() => expect(container.querySelector('li.obligation[data-regime="nis2"][data-kind="final"]')).toBeTruthy());
    const fin = container.querySelector<HTMLElement>('li.obligation[data-regime="nis2"][data-kind="final"]')!;
    expect(fin.querySelector(".obl-due")!.textContent!.trim()).toBe("Aim for 06/06/2026 10:00 CEST · legal limit 08/06/2026 23:59 CEST");
    expect(fin.querySelector(".obl-aim")!.getAttribute("title")).toBe("eu-1182-71-months");
    expect(fin.dataset.status).toBe("pending");
    // The recording's clock is 1 June 09:00Z: 5 d 6 h to the target (not 7 d 20 h 59 min to the limit).
    const clockTitle = fin.querySelector(".clock")!.getAttribute("title")!;
    expect(clockTitle).toContain("06/06/2026 10:00 CEST");
    // An hour-based deadline shows one time: the GDPR notification's target is its legal limit.
    const gdpr = container.querySelector<HTMLElement>('li.obligation[data-regime="gdpr"][data-kind="notification"]')!;
    expect(gdpr.querySelector(".obl-aim")).toBeNull();
    expect(gdpr.querySelector(".obl-due")!.textContent).toMatch(/^\s*Due /);
  });

  it("counts down to the target while it is ahead, then to the legal limit", () => {
    const row = { due_at: "2026-06-08T21:59:59.999999Z", target_at: "2026-06-06T08:00:00.000000Z" };
    expect(countdownTo(row, Date.parse("2026-06-06T07:59:59Z"))).toBe(row.target_at);
    expect(countdownTo(row, Date.parse("2026-06-06T08:00:00Z"))).toBe(row.due_at);
    expect(countdownTo({ due_at: row.due_at, target_at: row.due_at }, 0)).toBe(row.due_at);
    expect(countdownTo({ due_at: null, target_at: null }, 0)).toBeNull();
  });

  it("says it in all four languages", async () => {
    for (const [lang, want] of [
      ["de", /anstreben bis .* · gesetzliche Frist /],
      ["nl", /streef naar .* · wettelijke termijn /],
      ["fr", /viser .* · limite légale /],
      ["en", /aim for .* · legal limit /],
    ] as const) {
      setLanguage(lang);
      expect(t("reg-aim-for", { target: "A", due: "B" })).toMatch(want);
    }
  });
});

describe("Internal target for “without undue delay”", () => {
  it("is saved in the settings and shown next to the elapsed time, never as late", async () => {
    const { b, incident } = await breach("undue_delay_target", "Ransomware", new Date(Date.now() - 30 * H).toISOString(), "high");
    const settings = render(RegulationSettings);
    // "None" and the core's holiday calendars (seven when recorded: nl, be, de, fr, ie, lu, uk).
    await waitFor(() => expect(settings.container.querySelectorAll("#dora-rollover option")).toHaveLength(8));
    await fireEvent.input(settings.container.querySelector("#undue-target")!, { target: { value: "soon" } });
    await fireEvent.click(settings.container.querySelector("#save-targets")!);
    expect(settings.container.querySelector("#targets")!.textContent).toContain(t("reason-not-a-number"));
    await fireEvent.input(settings.container.querySelector("#undue-target")!, { target: { value: "24" } });
    await fireEvent.click(settings.container.querySelector("#save-targets")!);
    await waitFor(async () => expect((await b.rules()).settings.undue_delay_target_hours).toBe(24));
    settings.unmount();
    const { container } = render(ObligationsPanel, { incident, onChanged: () => {} });
    await waitFor(() => expect(item(container, "subject-communication")).toBeTruthy());
    const s = item(container, "subject-communication");
    expect(s.textContent).toMatch(/1 d 6 h 0 min elapsed/);
    expect(s.textContent).toMatch(/internal target/);
    expect(s.dataset.status).toBe("pending");
    expect(s.textContent).not.toMatch(/overdue|late by/i);
  });
});

describe("Incident regimes", () => {
  it("overrides the organisation's regimes for one incident, which offers its NIS2 classification", async () => {
    const { b, incident } = await breach("incident_regimes", "Outage", new Date(Date.now() - H).toISOString());
    const { container } = render(ClassifyCard, { incident, onChanged: () => {} });
    await waitFor(() => expect(container.querySelector("#inc-regimes-org")!.textContent).toBe("GDPR"));
    expect(container.querySelector("#classify")).toBeNull();
    await fireEvent.click(container.querySelector("#own-regimes")!);
    await fireEvent.click(container.querySelector("#inc-regime-nis2")!);
    await fireEvent.click(container.querySelector("#save-inc-regimes")!);
    await waitFor(() => expect(container.querySelector("#classify")).toBeTruthy());
    expect((await b.incidentRegulation(incident.id)).regimes).toEqual(["gdpr", "nis2"]);
    await fireEvent.click(container.querySelector("#own-regimes")!);
    await fireEvent.click(container.querySelector("#save-inc-regimes")!);
    await waitFor(() => expect(container.querySelector("#classify")).toBeNull());
    expect((await b.incidentRegulation(incident.id)).regimes).toBeNull();
  });
});

describe("A processor's breach (UX review P1)", () => {
  it("starts the assessment in the organisation's role and names why no clock runs until a controller is chosen", async () => {
    const b = mockBackend("processor_breach");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    app.org = await b.updateOrg({ default_role: "processor" });
    const acme = await b.addController("Acme Retail", 24, null);
    const inc = await b.createIncident({ title: "Chat export exposed", detected_at: new Date(Date.now() - 2 * H).toISOString() });
    const assess = vi.spyOn(b, "assess");
    const { container } = render(IncidentView, { id: inc.id });
    const role = await waitFor(() => {
      const el = container.querySelector<HTMLSelectElement>("#a-role");
      expect(el).toBeTruthy();
      return el!;
    });
    expect(role.value).toBe("processor");
    // No "—": the role the engine uses is the one shown.
    expect([...role.options].map((o) => o.value)).not.toContain("");
    expect(container.querySelector("#a-controllers")!.textContent).toContain("Acme Retail");

    await fireEvent.change(container.querySelector("#a-personal-data")!, { target: { value: "yes" } });
    await fireEvent.click(container.querySelector("#a-save")!);
    await waitFor(() => expect(assess).toHaveBeenCalled());
    expect(assess.mock.calls[0][1]).toMatchObject({ personal_data: "yes", role: "processor", controllers: [] });
    const gap = await waitFor(() => {
      const el = container.querySelector<HTMLElement>("#clock-gap");
      expect(el).toBeTruthy();
      return el!;
    });
    expect(gap.dataset.gap).toBe("processor_without_controllers");
    expect(gap.textContent).toBe(t("clock-gap-processor-without-controllers"));
    expect(gap.textContent).toContain("role is processor");
    expect(gap.textContent).toContain("until you select the affected controllers");
    const panel = container.querySelector("#obligations-panel")!.textContent!;
    expect(panel).not.toContain("Assess the incident as a personal-data breach");

    // Choosing the controller removes the reason.
    await fireEvent.click(container.querySelector(`#a-controllers input[value="${acme.id}"]`)!);
    await fireEvent.click(container.querySelector("#a-save")!);
    await waitFor(() => expect(container.querySelector("#clock-gap")).toBeNull());
    expect(assess.mock.calls[1][1]).toMatchObject({ role: "processor", controllers: [acme.id] });
  });
});

describe("An incident in both roles (issue 15 item 2)", () => {
  it("offers the role \"both\" with its label and then asks for the affected controllers as well as the authorities", async () => {
    const b = mockBackend("processor_breach");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    app.org = await b.updateOrg({ default_role: "processor" });
    await b.addController("Acme Retail", 24, null);
    const inc = await b.createIncident({ title: "Chat export exposed", detected_at: new Date(Date.now() - 2 * H).toISOString() });
    const { container } = render(IncidentView, { id: inc.id });
    const role = await waitFor(() => {
      const el = container.querySelector<HTMLSelectElement>("#a-role");
      expect(el).toBeTruthy();
      return el!;
    });
    const both = [...role.options].find((o) => o.value === "both");
    expect(both?.textContent).toBe(t("role-both"));
    expect(both?.textContent).toBe("Controller and processor");
    await fireEvent.change(role, { target: { value: "both" } });
    await waitFor(() => expect(container.querySelector("#a-controllers")!.textContent).toContain("Acme Retail"));
    setLanguage("nl");
    expect(t("role-both")).toBe("Verwerkingsverantwoordelijke en verwerker");
    setLanguage("en");
  });
});

import { legalReference } from "../lib/legal";

describe("legal references in the UI language (same rules as the reports)", () => {
  it.each([
    ["en", "GDPR Art 33(1)", "GDPR Art 33(1)"],
    ["nl", "GDPR Art 33(1)", "AVG art. 33 lid 1"],
    ["de", "GDPR Art 33(1)", "DSGVO Art. 33 Abs. 1"],
    ["fr", "GDPR Art 33(1)", "RGPD art. 33, par. 1"],
    ["nl", "UK GDPR Art 33(2)", "UK GDPR art. 33 lid 2"],
    ["fr", "NIS2 Art 23(4)(a)", "NIS2 art. 23, par. 4, point a)"],
    ["de", "DORA Art 19(4)(a); Delegated Regulation (EU) 2025/301 Art 5(1)(a), 5(2)", "DORA Art. 19 Abs. 4 Buchst. a; Delegierte Verordnung (EU) 2025/301 Art. 5 Abs. 1 Buchst. a, 5 Abs. 2"],
    ["nl", "NIS2 Art 23(4), second subparagraph", "NIS2 art. 23 lid 4, tweede alinea"],
    ["nl", "HeArt 3(1)", "HeArt 3(1)"],
  ])("%s: %s → %s", (lang, en, local) => {
    expect(legalReference(en, lang)).toBe(local);
  });
});

describe("What if… (proposal packs)", () => {
  it("shows each obligation now and under the proposal, labelled as not the law in force", async () => {
    const b = mockBackend("what_if");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    const { container } = render(WhatIfCard);
    expect(screen.getByText(/Proposal — not the law in force/)).toBeTruthy();
    await waitFor(() => expect(container.querySelector('tr[data-rule="gdpr/art33-1"]'), container.textContent ?? "").toBeTruthy());
    const row = container.querySelector<HTMLElement>('tr[data-rule="gdpr/art33-1"]')!;
    // Aware an hour before the recording (2026-06-01 09:00Z): 72 h now, 96 h under the proposal.
    const cells = [...row.querySelectorAll("td")].map((c) => c.textContent);
    expect(cells[3]).not.toEqual(cells[4]);
    expect(cells[5]).toBe("+24 h");
    // Art 34 has no period: "without undue delay" (only a request's own none reads otherwise).
    expect(container.querySelector('tr[data-rule="gdpr/art34"]')!.querySelectorAll("td")[3].textContent).toBe("without undue delay");
    expect(container.querySelector("#what-if-source")!.textContent).toContain("proposal");
    expect(container.querySelector("#what-if-source")!.textContent).toContain("2025-11-19");
  });
});
