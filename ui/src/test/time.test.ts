import { describe, expect, it } from "vitest";
import {
  clockLevel,
  existsInZone,
  formatCountdown,
  formatDate,
  formatDateTime,
  fromLocalInput,
  parseLocalValue,
  toLocalInput,
  zoneLabel,
  zoneOffsetMinutes,
} from "../lib/time";

const H = 3_600_000;

describe("countdown colours", () => {
  it.each([
    [72 * H, "ok"],
    [24 * H, "ok"],
    [24 * H - 1000, "amber"],
    [4 * H, "amber"],
    [4 * H - 1000, "red"],
    [1000, "red"],
    [0, "overdue"],
    [-5 * H, "overdue"],
  ])("%d ms left is %s", (ms, level) => {
    expect(clockLevel(ms)).toBe(level);
  });
});

describe("countdown formatting", () => {
  it("shows days, hours, minutes and seconds", () => {
    expect(formatCountdown(2 * 86_400_000 + 3 * H + 4 * 60_000 + 5000)).toBe("2d 03:04:05");
    expect(formatCountdown(59_000)).toBe("00:00:59");
    expect(formatCountdown(-(H + 1000))).toBe("01:00:01");
  });
});

describe("time zones", () => {
  it("knows offsets including DST and half hours", () => {
    expect(zoneOffsetMinutes(Date.parse("2026-01-15T12:00:00Z"), "Europe/Amsterdam")).toBe(60);
    expect(zoneOffsetMinutes(Date.parse("2026-07-15T12:00:00Z"), "Europe/Amsterdam")).toBe(120);
    expect(zoneOffsetMinutes(Date.parse("2026-07-15T12:00:00Z"), "America/New_York")).toBe(-240);
    expect(zoneOffsetMinutes(Date.parse("2026-07-15T12:00:00Z"), "Asia/Kolkata")).toBe(330);
  });

  it.each([
    ["Europe/Amsterdam", "2026-07-15T14:30", "2026-07-15T14:30:00+02:00"],
    ["Europe/Amsterdam", "2026-01-15T14:30", "2026-01-15T14:30:00+01:00"],
    ["America/New_York", "2026-11-01T09:00", "2026-11-01T09:00:00-05:00"],
    ["Asia/Kolkata", "2026-03-01T00:15", "2026-03-01T00:15:00+05:30"],
    ["UTC", "2026-03-01T00:15", "2026-03-01T00:15:00+00:00"],
  ])("wall clock in %s → RFC 3339 with offset", (zone, local, rfc) => {
    expect(fromLocalInput(local, zone)).toBe(rfc);
    expect(toLocalInput(rfc, zone)).toBe(local);
  });

  it("rejects what is not a datetime-local value", () => {
    expect(fromLocalInput("yesterday", "UTC")).toBeNull();
  });

  it("displays an instant in the organisation's zone", () => {
    const iso = "2026-07-15T12:00:00.000000Z";
    expect(formatDateTime(iso, "Europe/Amsterdam", "en")).toContain("14:00");
    expect(formatDateTime(iso, "America/New_York", "en")).toContain("08:00");
    expect(formatDateTime(null, "UTC", "en")).toBe("—");
  });
});

describe("dates in the user's language", () => {
  // 2026-12-03 11:30 UTC is 12:30 CET in Amsterdam.
  const dec = "2026-12-03T11:30:00.000000Z";
  it.each([
    ["en", "03/12/2026 12:30 CET"],
    ["de", "03.12.2026 12:30 CET"],
    ["nl", "03-12-2026 12:30 CET"],
    ["fr", "03/12/2026 12:30 CET"],
  ])("%s shows day, month, year and a 24-hour clock", (lang, shown) => {
    expect(formatDateTime(dec, "Europe/Amsterdam", lang)).toBe(shown);
  });

  it("uses 24 hours in the afternoon and the date in the zone, not in UTC", () => {
    expect(formatDateTime("2026-12-03T22:45:00Z", "Europe/Amsterdam", "nl")).toBe("03-12-2026 23:45 CET");
    expect(formatDateTime("2026-12-03T23:15:00Z", "Europe/Amsterdam", "de")).toBe("04.12.2026 00:15 CET");
    expect(formatDate("2026-12-03T23:15:00Z", "Europe/Amsterdam", "fr")).toBe("04/12/2026");
  });

  it("names the zone the same way in every language, CET in winter and CEST in summer", () => {
    for (const lang of ["en", "de", "nl", "fr"]) {
      expect(formatDateTime("2026-07-15T12:00:00Z", "Europe/Amsterdam", lang)).toMatch(/ 14:00 CEST$/);
      expect(formatDateTime("2026-01-15T12:00:00Z", "Europe/Amsterdam", lang)).toMatch(/ 13:00 CET$/);
    }
    expect(zoneLabel(Date.parse("2026-07-15T12:00:00Z"), "Europe/London")).toBe("BST");
    expect(zoneLabel(Date.parse("2026-07-15T12:00:00Z"), "UTC")).toBe("UTC");
    expect(zoneLabel(Date.parse("2026-07-15T12:00:00Z"), "Asia/Kolkata")).toMatch(/^(IST|UTC\+05:30)$/);
  });

  it("switches the label on the DST days at the hour the clocks change", () => {
    // Spring: 01:00 UTC on 29 March 2026 (02:00 CET → 03:00 CEST).
    expect(formatDateTime("2026-03-29T00:59:00Z", "Europe/Amsterdam", "nl")).toBe("29-03-2026 01:59 CET");
    expect(formatDateTime("2026-03-29T01:00:00Z", "Europe/Amsterdam", "nl")).toBe("29-03-2026 03:00 CEST");
    // Autumn: 01:00 UTC on 25 October 2026 (03:00 CEST → 02:00 CET); 02:30 happens twice.
    expect(formatDateTime("2026-10-25T00:30:00Z", "Europe/Amsterdam", "de")).toBe("25.10.2026 02:30 CEST");
    expect(formatDateTime("2026-10-25T01:30:00Z", "Europe/Amsterdam", "de")).toBe("25.10.2026 02:30 CET");
  });

  it.each([
    ["nl", "03-12-2026 12:30", "2026-12-03T12:30"],
    ["nl", "3-12-2026 9:05", "2026-12-03T09:05"],
    ["de", "03.12.2026 12:30", "2026-12-03T12:30"],
    ["fr", "03/12/2026 12h30", "2026-12-03T12:30"],
    ["en", "03/12/2026 12:30", "2026-12-03T12:30"],
    ["en", " 2026-12-03 12:30 ", "2026-12-03T12:30"],
    ["de", "2026-12-03T12:30", "2026-12-03T12:30"],
    ["fr", "29/02/2028 00:00", "2028-02-29T00:00"],
  ])("%s reads %j", (lang, text, value) => {
    expect(parseLocalValue(text, lang)).toBe(value);
  });

  it.each([
    ["nl", "12/03/2026 12:30"], // another language's separator is not guessed at
    ["de", "03-12-2026 12:30"],
    ["nl", "31-04-2026 12:00"], // no 31 April
    ["fr", "29/02/2027 12:00"], // 2027 is no leap year
    ["en", "03/13/2026 12:00"], // no month 13: never read month-first
    ["nl", "03-12-2026 24:00"],
    ["nl", "03-12-2026 12:60"],
    ["nl", "03-12-2026"], // the time is required
    ["nl", "gisteren"],
    ["nl", ""],
  ])("%s refuses %j", (lang, text) => {
    expect(parseLocalValue(text, lang)).toBeNull();
  });

  it("reads a date alone for date filters", () => {
    expect(parseLocalValue("03.12.2026", "de", true)).toBe("2026-12-03");
    expect(parseLocalValue("03.12.2026 12:00", "de", true)).toBeNull();
  });

  it("knows the hour skipped in spring and keeps both meanings of the repeated hour in autumn", () => {
    expect(existsInZone("2026-03-29T02:30", "Europe/Amsterdam")).toBe(false);
    expect(existsInZone("2026-03-29T03:00", "Europe/Amsterdam")).toBe(true);
    expect(existsInZone("2026-10-25T02:30", "Europe/Amsterdam")).toBe(true);
    expect(existsInZone("2026-03-29T02:30", "UTC")).toBe(true);
    expect(fromLocalInput("2026-03-29T03:00", "Europe/Amsterdam")).toBe("2026-03-29T03:00:00+02:00");
  });
});
