import { describe, expect, it } from "vitest";
import { LANGUAGES, messageIds, setLanguage, t, label, tc } from "../lib/i18n.svelte";
import { passphraseProblem, titleProblem, detectedProblem } from "../lib/validation";

describe("Fluent messages", () => {
  it("every language has the same message ids (breachlog.ftl and app.ftl)", () => {
    const en = messageIds("en");
    expect(en.length).toBeGreaterThan(300);
    for (const l of LANGUAGES) expect(messageIds(l)).toEqual(en);
  });

  it("switching the language changes labels live", () => {
    setLanguage("en");
    expect(t("app-nav-settings")).toBe("Settings");
    expect(label("status", "investigating")).toMatch(/investigating/i);
    setLanguage("de");
    expect(t("app-nav-settings")).toBe("Einstellungen");
    expect(tc("field-title")).toBe("Titel");
    setLanguage("fr");
    expect(t("app-nav-settings")).toBe("Paramètres");
    setLanguage("nl");
    expect(t("app-nav-settings")).toBe("Instellingen");
    setLanguage("en");
  });

  it("plural forms follow the language", () => {
    setLanguage("en");
    expect(t("app-art33-missing", { count: 1 })).toBe("One item is still missing.");
    expect(t("app-art33-missing", { count: 3 })).toBe("3 items are still missing.");
  });
});

describe("form validation messages", () => {
  it("names the field and the reason, in the current language", () => {
    setLanguage("en");
    expect(titleProblem("  ")).toBe("Invalid title: it must not be empty");
    expect(titleProblem("x".repeat(301))).toContain("at most 300");
    expect(titleProblem("Laptop stolen")).toBeNull();
    expect(passphraseProblem("short", "short")).toContain("12");
    expect(passphraseProblem("long enough passphrase", "different passphrase")).toContain("do not match");
    expect(passphraseProblem("long enough passphrase", "long enough passphrase")).toBeNull();
    expect(detectedProblem(null, Date.now())).toContain("RFC 3339");
    expect(detectedProblem(new Date(Date.now() + 3_600_000).toISOString(), Date.now())).toContain("future");
    setLanguage("de");
    expect(titleProblem("")).not.toBe("Invalid title: it must not be empty");
    expect(titleProblem("")).toContain("Titel");
    setLanguage("en");
  });
});
