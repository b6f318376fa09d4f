import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app } from "../lib/app.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import type { Language } from "../lib/bindings/Language";
import ShareStatus from "../components/ShareStatus.svelte";

afterEach(() => cleanup());

/** The recording "team_shared": a register shared on a real PostgreSQL, Bea's incident on the server. */
async function shared(lang: Language) {
  const b = mockBackend("team_shared");
  const u = await b.unlock("passphrase", "correct horse battery");
  app.settings = u.settings;
  app.org = u.org;
  app.shared = u.shared;
  setBackend(b);
  setLanguage(lang);
  render(ShareStatus);
  return { b, u };
}

describe("the sharing state in the top bar", () => {
  it("says the register is shared and how many events are not sent yet, naming the server and the member", async () => {
    const { u } = await shared("en");
    expect(u.shared).toBe(true);
    const button = await screen.findByText("Shared · 1 pending");
    const status = button.closest("#team-status")!;
    expect(status.getAttribute("title")).toBe("Team server db.example.test:5432/breachlog_team, you are dpo. Click to sync now.");
    expect(status.classList.contains("pending")).toBe(true);
  });

  it("syncs on a click: Bea's incident is pulled, nothing is pending, the register is up to date", async () => {
    const { b } = await shared("en");
    const before = app.revision;
    await fireEvent.click(await screen.findByText("Shared · 1 pending"));
    await screen.findByText("Shared · up to date");
    expect(b.written("sync_now")).toHaveLength(1);
    expect(app.revision).toBe(before + 1);
    const list = await b.listIncidents({
      text: null, status: [], breach: null, risk: [], detected_from: null, detected_to: null,
      sort: "detected_desc", limit: 50, offset: 0,
    } as never);
    expect(list.rows.map((r) => r.title)).toEqual(["Phishing mail reported by Bea"]);
    expect(document.querySelector("#team-conflicts")).toBeNull();
  });

  it("shows the state in German and Dutch", async () => {
    await shared("de");
    expect(await screen.findByText("Geteilt · 1 ausstehend")).toBeTruthy();
    cleanup();
    await shared("nl");
    expect(await screen.findByText("Gedeeld · 1 wachtend")).toBeTruthy();
  });

  it("is not asked for a register that is not shared (the unlock says so)", async () => {
    const b = mockBackend("one_incident");
    const u = await b.unlock("passphrase", "correct horse battery");
    expect(u.shared).toBe(false);
  });

  it("lists a report issued while events were pending, to be issued again once another member's events came first", async () => {
    const b = mockBackend("team_reissue");
    const u = await b.unlock("passphrase", "correct horse battery");
    app.settings = u.settings;
    app.org = u.org;
    app.shared = u.shared;
    setBackend(b);
    setLanguage("en");
    const issued = await b.issueReport("register", { incident: null, from: null, to: null, lang: null, authority: null, controller: null } as never);
    expect(issued?.serial).toBe("RPT-000001");
    render(ShareStatus);
    await fireEvent.click(await screen.findByText(/^Shared · /));
    const badge = await screen.findByText("1 report to issue again");
    expect(badge.getAttribute("title")).toContain("Issue them again: RPT-000001");
    expect(b.written("sync_now")).toHaveLength(1);
    expect(document.querySelector("#team-conflicts")).toBeNull();
  });
});
