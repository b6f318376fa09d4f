import { describe, expect, it } from "vitest";
import { clockLevel, formatCountdown, formatDateTime, fromLocalInput, toLocalInput, zoneOffsetMinutes } from "../lib/time";

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
