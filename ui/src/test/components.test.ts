import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { tick } from "svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app } from "../lib/app.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import Countdown from "../components/Countdown.svelte";
import RegisterView from "../components/RegisterView.svelte";
import QuickLog from "../components/QuickLog.svelte";
import Unlock from "../components/Unlock.svelte";

const H = 3_600_000;

beforeEach(() => {
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
    const b = mockBackend();
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
    const b = mockBackend();
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    render(RegisterView);
    await screen.findByText("No incidents yet");
  });

  it("switches labels live when the language changes", async () => {
    const b = mockBackend();
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
    const b = mockBackend();
    await b.unlock("passphrase", "correct horse battery");
    const create = vi.spyOn(b, "createIncident");
    setBackend(b);
    render(QuickLog);
    await fireEvent.click(screen.getByText("Save"));
    expect((await screen.findByRole("alert")).textContent).toBe("Invalid title: it must not be empty");
    expect(create).not.toHaveBeenCalled();
  });

  it("saves with Enter from the title field", async () => {
    const b = mockBackend();
    await b.unlock("passphrase", "correct horse battery");
    setBackend(b);
    app.quickLog = true;
    render(QuickLog);
    const title = screen.getByLabelText(/Title/);
    await fireEvent.input(title, { target: { value: "Phishing mail clicked" } });
    await fireEvent.submit(title.closest("form")!);
    await waitFor(() => expect(b.incidents.map((i) => i.title)).toEqual(["Phishing mail clicked"]));
    expect(app.quickLog).toBe(false);
  });
});

describe("Unlock", () => {
  it("shows the wrong-passphrase message and a growing wait", async () => {
    const b = mockBackend();
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
