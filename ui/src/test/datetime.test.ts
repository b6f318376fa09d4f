import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import { flushSync } from "svelte";
import { setLanguage } from "../lib/i18n.svelte";
import DateTimeInput from "../components/DateTimeInput.svelte";

beforeEach(() => setLanguage("en"));
afterEach(() => cleanup());

function input(container: HTMLElement): HTMLInputElement {
  return container.querySelector("input")!;
}

describe("DateTimeInput", () => {
  it.each([
    ["nl", "03-12-2026 12:30", "DD-MM-JJJJ UU:MM"],
    ["de", "03.12.2026 12:30", "TT.MM.JJJJ HH:MM"],
    ["fr", "03/12/2026 12:30", "JJ/MM/AAAA HH:MM"],
    ["en", "03/12/2026 12:30", "DD/MM/YYYY HH:MM"],
  ])("in %s shows %s with a format hint, not a date, as placeholder", (lang, shown, hint) => {
    setLanguage(lang as "nl");
    const { container } = render(DateTimeInput, { id: "x", value: "2026-12-03T12:30" });
    expect(input(container).value).toBe(shown);
    expect(input(container).type).toBe("text");
    expect(input(container).placeholder).toBe(hint);
    expect(input(container).placeholder).not.toMatch(/\d/);
  });

  it("passes what the user typed on as the wall-clock value and re-renders on a language switch", async () => {
    setLanguage("nl");
    let value = "";
    const { container } = render(DateTimeInput, {
      id: "x",
      get value() {
        return value;
      },
      set value(v: string) {
        value = v;
      },
    });
    const el = input(container);
    await fireEvent.input(el, { target: { value: "4-1-2027 7:05" } });
    expect(value).toBe("2027-01-04T07:05");
    await fireEvent.change(el);
    expect(el.value).toBe("04-01-2027 07:05");
    setLanguage("de");
    flushSync();
    expect(el.value).toBe("04.01.2027 07:05");
  });

  it("marks text that is no date and says the format; the text goes on as typed so the core refuses it", async () => {
    setLanguage("nl");
    let value = "2026-12-03T12:30";
    const { container } = render(DateTimeInput, {
      id: "x",
      get value() {
        return value;
      },
      set value(v: string) {
        value = v;
      },
    });
    const el = input(container);
    await fireEvent.input(el, { target: { value: "12/03/2026 12:30" } });
    await fireEvent.change(el);
    expect(value).toBe("12/03/2026 12:30");
    expect(el.getAttribute("aria-invalid")).toBe("true");
    expect(container.querySelector("#x-format")!.textContent).toBe("Geen geldige datum: schrijf als DD-MM-JJJJ UU:MM");
    expect(el.getAttribute("aria-describedby")).toContain("x-format");
  });

  it("names the hour the clocks skip on the spring DST day", async () => {
    setLanguage("en");
    const { container } = render(DateTimeInput, { id: "x", zone: "Europe/Amsterdam", value: "" });
    const el = input(container);
    await fireEvent.input(el, { target: { value: "29/03/2026 02:30" } });
    await fireEvent.change(el);
    expect(container.querySelector("#x-format")!.textContent).toBe(
      "29/03/2026 02:30 does not exist in Europe/Amsterdam: the clocks go forward at that hour",
    );
    await fireEvent.input(el, { target: { value: "29/03/2026 03:30" } });
    expect(container.querySelector("#x-format")).toBeNull();
  });

  it("leaving the field by pressing a button shows the hint only after the button is released", async () => {
    setLanguage("en");
    const { container } = render(DateTimeInput, { id: "x", value: "" });
    const el = input(container);
    await fireEvent.input(el, { target: { value: "31/02/2026 25:00" } });
    // The press on Save blurs the field: the hint must not move Save before the click lands.
    await fireEvent.pointerDown(document.body);
    await fireEvent.change(el);
    expect(container.querySelector("#x-format")).toBeNull();
    await fireEvent.pointerUp(document.body);
    await new Promise((r) => setTimeout(r, 10));
    flushSync();
    expect(container.querySelector("#x-format")!.textContent).toBe("Not a date: write it as DD/MM/YYYY HH:MM");
  });
});
