import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { tick } from "svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app, clock } from "../lib/app.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import Countdown from "../components/Countdown.svelte";
import RegisterView from "../components/RegisterView.svelte";
import QuickLog from "../components/QuickLog.svelte";
import Unlock from "../components/Unlock.svelte";
import DetailsForm from "../components/DetailsForm.svelte";
import type { Incident } from "../lib/bindings/Incident";

const H = 3_600_000;

beforeEach(() => {
  clock.now = Date.now();
  setLanguage("en");
  app.org = { name: "Acme", address: "", contact_point: "", default_role: "controller", timezone: "Europe/Amsterdam", language: "en", lead_authority: "", regimes: ["gdpr"] };
});
afterEach(() => cleanup());

describe("Countdown", () => {
  it.each([
    [50, "ok"],
    [20, "amber"],
    [3, "red"],
    [-1, "overdue"],
  ])("%d h left renders level %s", (hoursLeft, level) => {
    const due = new Date(Date.now() + hoursLeft * H).toISOString();
    const { container } = render(Countdown, { due });
    const el = container.querySelector(".clock")!;
    expect(el.getAttribute("data-level")).toBe(level);
    if (level === "overdue") expect(el.textContent).toContain("overdue by");
  });
});

describe("Register view", () => {
  it("shows an XSS title as text and never creates the element", async () => {
    const b = mockBackend("xss_titles");
    await b.unlock("passphrase", "correct horse battery");
    await b.createIncident({ title: "<img src=x onerror=alert(1)>" });
    await b.createIncident({ title: "javascript:alert(1)" });
    setBackend(b);
    const { container } = render(RegisterView);
    await screen.findByText("<img src=x onerror=alert(1)>");
    expect(screen.getByText("javascript:alert(1)").tagName).toBe("BUTTON");
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("a[href^='javascript']")).toBeNull();
  });

  it("has a designed empty state", async () => {
    const b = mockBackend("empty_register");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    render(RegisterView);
    await screen.findByText("No incidents yet");
  });

  it("switches labels live when the language changes", async () => {
    const b = mockBackend("one_incident");
    await b.unlock("passphrase", "correct horse battery");
    await b.createIncident({ title: "Laptop lost" });
    setBackend(b);
    render(RegisterView);
    await screen.findByText("Incident register");
    setLanguage("de");
    await tick();
    expect(screen.getByText("Vorfallsregister")).toBeTruthy();
    setLanguage("en");
  });
});

describe("Quick log", () => {
  it("refuses an empty title with the core's message and does not call the backend", async () => {
    const b = mockBackend("empty_register");
    await b.unlock("passphrase", "correct horse battery");
    const create = vi.spyOn(b, "createIncident");
    setBackend(b);
    render(QuickLog);
    await fireEvent.click(screen.getByText("Save"));
    expect((await screen.findByRole("alert")).textContent).toBe("Invalid title: it must not be empty");
    expect(create).not.toHaveBeenCalled();
  });

  it("saves with Enter from the title field", async () => {
    const b = mockBackend("quick_log");
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    app.quickLog = true;
    render(QuickLog);
    const title = screen.getByLabelText(/Title/);
    await fireEvent.input(title, { target: { value: "Phishing mail clicked" } });
    await fireEvent.submit(title.closest("form")!);
    await waitFor(() => expect(b.written<Incident>("create_incident").map((i) => i.title)).toEqual(["Phishing mail clicked"]));
    expect(app.quickLog).toBe(false);
  });
});

describe("No silent truncation (UX review Task 10)", () => {
  const pasted = "Phishing mail to the sales team; ".repeat(152).slice(0, 4999) + ".";

  it("keeps a pasted 5,000-character title in the quick log and shows the limit next to the field", async () => {
    const b = mockBackend("long_title");
    await b.unlock("passphrase", "correct horse battery");
    const create = vi.spyOn(b, "createIncident");
    setBackend(b);
    render(QuickLog);
    const title = screen.getByLabelText(/Title/) as HTMLInputElement;
    expect(title.hasAttribute("maxlength")).toBe(false);
    await fireEvent.input(title, { target: { value: pasted } });
    expect(title.value).toHaveLength(5000);
    const msg = document.getElementById(title.getAttribute("aria-describedby")!)!;
    expect(msg.textContent).toBe("At most 300 characters (5,000 entered): nothing was cut, shorten the text to save it.");
    expect(msg.closest("label")).toBe(title.closest("label"));
    expect(title.getAttribute("aria-invalid")).toBe("true");
    await fireEvent.click(screen.getByText("Save"));
    expect(create).not.toHaveBeenCalled();
    expect(title.value).toBe(pasted);
    expect(msg.textContent).toContain("Invalid title: it is too long (at most 300)");
    // Shortened to the limit, it saves.
    await fireEvent.input(title, { target: { value: pasted.slice(0, 300) } });
    expect(msg.textContent).toBe("");
    await fireEvent.click(screen.getByText("Save"));
    await waitFor(() => expect(create).toHaveBeenCalledWith(expect.objectContaining({ title: pasted.slice(0, 300) })));
  });

  it("keeps a pasted 5,000-character title in the details form and shows the limit next to the field", async () => {
    const b = mockBackend("details_form");
    await b.unlock("passphrase", "correct horse battery");
    const incident = await b.createIncident({ title: "Lost laptop" });
    const update = vi.spyOn(b, "updateIncident");
    setBackend(b);
    render(DetailsForm, { incident, onChanged: () => {} });
    const title = document.querySelector<HTMLInputElement>("#d-title")!;
    expect(title.hasAttribute("maxlength")).toBe(false);
    await fireEvent.input(title, { target: { value: pasted } });
    expect(title.value).toBe(pasted);
    const msg = document.getElementById(title.getAttribute("aria-describedby")!)!;
    expect(msg.textContent).toContain("At most 300 characters (5,000 entered)");
    expect(msg.closest("label")).toBe(title.closest("label"));
    await fireEvent.click(document.querySelector("#d-save")!);
    expect(update).not.toHaveBeenCalled();
    expect(title.value).toBe(pasted);
  });

  it("puts no maxlength on any input of the app", () => {
    const sources = import.meta.glob("../components/*.svelte", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    for (const [path, text] of Object.entries(sources)) expect(text, path).not.toMatch(/maxlength/i);
  });
});

describe("Unlock", () => {
  it("shows the wrong-passphrase message and a growing wait", async () => {
    const b = mockBackend("wrong_passphrase");
    setBackend(b);
    const status = await b.appStatus();
    render(Unlock, { status, onUnlocked: () => {} });
    const field = screen.getByLabelText(/passphrase/i);
    for (let i = 0; i < 5; i++) {
      await fireEvent.input(field, { target: { value: "wrong passphrase!" } });
      await fireEvent.submit(field.closest("form")!);
      await screen.findByText(/Wrong passphrase/);
    }
    await screen.findByText(/wait 30 s/);
  });
});
