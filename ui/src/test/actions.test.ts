// Actions and notes on the incident screen, against the recorded answers of the real app
// (fixture `actions_notes`, recorded by src-tauri/tests/fixtures): what the screen sends, and
// what it shows of what the core answered.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { setBackend } from "../lib/backend";
import { mockBackend } from "../lib/mock";
import { app } from "../lib/app.svelte";
import { setLanguage } from "../lib/i18n.svelte";
import IncidentView from "../components/IncidentView.svelte";
import type { Action } from "../lib/bindings/Action";

beforeEach(() => {
  setLanguage("en");
  app.org = { name: "Acme", address: "", contact_point: "", default_role: "controller", timezone: "Europe/Amsterdam", language: "en", lead_authority: "nl-ap", regimes: ["gdpr"] };
});
afterEach(() => cleanup());

async function open() {
  const b = mockBackend("actions_notes");
  await b.unlock("passphrase", "correct horse battery");
  const inc = await b.createIncident({ title: "Ransomware on the file server", detected_at: "2026-06-01T07:00:00Z" });
  setBackend(b);
  return { b, inc };
}

/** The action rows of the screen: title, whether it is shown done, owner and due time. */
function rows(container: HTMLElement) {
  return [...container.querySelectorAll("ul.actions li")].map((li) => ({
    title: li.querySelector("label span")!.textContent,
    done: li.querySelector("label span")!.classList.contains("done"),
    checked: (li.querySelector("input[type=checkbox]") as HTMLInputElement).checked,
    meta: li.querySelector(".muted")!.textContent!.replace(/\s+/g, " ").trim(),
  }));
}

describe("Actions and notes on the incident screen", () => {
  it("adds an action with its owner and due time in the organisation's zone, marks it done and open again", async () => {
    const { b, inc } = await open();
    const add = vi.spyOn(b, "addAction");
    const toggle = vi.spyOn(b, "setActionDone");
    const { container } = render(IncidentView, { id: inc.id });
    await screen.findByText("No actions yet.");
    await fireEvent.input(screen.getByPlaceholderText("New action…"), { target: { value: "Restore the shares from backup" } });
    await fireEvent.input(screen.getByPlaceholderText("Owner"), { target: { value: "Tom Peeters" } });
    // Typed as the UI language writes it; 10:00 on 2 June is summer time in Amsterdam.
    await fireEvent.input(container.querySelector("#action-due")!, { target: { value: "02/06/2026 10:00" } });
    await fireEvent.click(screen.getByRole("button", { name: "Add" }));
    await waitFor(() => expect(rows(container)).toHaveLength(1));
    expect(add).toHaveBeenCalledWith(inc.id, "Restore the shares from backup", "Tom Peeters", "2026-06-02T10:00:00+02:00");
    const [added] = b.written<Action>("add_action");
    expect(added.due_at).toBe("2026-06-02T08:00:00.000000Z");
    expect(rows(container)).toEqual([
      { title: "Restore the shares from backup", done: false, checked: false, meta: "Tom Peeters 02/06/2026 10:00 CEST" },
    ]);
    expect(screen.queryByText("No actions yet.")).toBeNull();
    // The form is empty again for the next action.
    expect((screen.getByPlaceholderText("New action…") as HTMLInputElement).value).toBe("");
    await waitFor(() => expect(container.querySelector("#timeline")!.textContent).toContain("Action added"));

    await fireEvent.click(container.querySelector("ul.actions input[type=checkbox]")!);
    await waitFor(() => expect(rows(container)[0].done).toBe(true));
    expect(toggle).toHaveBeenLastCalledWith(added.id, true);
    expect(rows(container)[0].checked).toBe(true);
    await waitFor(() => expect(container.querySelector("#timeline")!.textContent).toContain("Action done"));

    await fireEvent.click(container.querySelector("ul.actions input[type=checkbox]")!);
    await waitFor(() => expect(rows(container)[0].done).toBe(false));
    expect(toggle).toHaveBeenLastCalledWith(added.id, false);
    await waitFor(() => expect(container.querySelector("#timeline")!.textContent).toContain("Action reopened"));
  });

  it("adds a note with its author and time, and shows the core's refusal of a too long action title", async () => {
    const { b, inc } = await open();
    const { container } = render(IncidentView, { id: inc.id });
    await screen.findByText("No notes yet.");
    // The recorded scenario's earlier writes first (the mock replays them in order).
    await b.addAction(inc.id, "Restore the shares from backup", "Tom Peeters", "2026-06-02T10:00:00+02:00");
    const [action] = b.written<Action>("add_action");
    await b.setActionDone(action.id, true);
    await b.setActionDone(action.id, false);

    const addNote = screen.getByRole("button", { name: "Add note" }) as HTMLButtonElement;
    expect(addNote.disabled).toBe(true);
    await fireEvent.input(container.querySelector("#note-text")!, { target: { value: "Attacker IP blocked at the firewall" } });
    expect(addNote.disabled).toBe(false);
    await fireEvent.click(addNote);
    const note = await waitFor(() => {
      const el = container.querySelector(".note");
      expect(el).not.toBeNull();
      return el!;
    });
    expect(note.querySelector("p")!.textContent).toBe("Attacker IP blocked at the firewall");
    // Written at the scenario's time, 1 June 2026 09:00Z = 11:00 CEST, by the app's user.
    expect(note.querySelector(".muted")!.textContent).toMatch(/^01\/06\/2026 11:00 CEST · \S+/);
    expect((container.querySelector("#note-text") as HTMLTextAreaElement).value).toBe("");
    expect(screen.queryByText("No notes yet.")).toBeNull();

    await fireEvent.input(screen.getByPlaceholderText("New action…"), { target: { value: "x".repeat(301) } });
    await fireEvent.click(screen.getByRole("button", { name: "Add" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("at most 300");
    // Nothing was added, and what was typed is kept for correction.
    expect(rows(container)).toHaveLength(1);
    expect((screen.getByPlaceholderText("New action…") as HTMLInputElement).value).toHaveLength(301);
  });
});
