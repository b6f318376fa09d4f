// Deadlines, countdowns and time zones. Pure functions, unit-tested across zones.

const HOUR = 3_600_000;

export type ClockLevel = "ok" | "amber" | "red" | "overdue";

/** amber under 24 h, red under 4 h, overdue at or past the deadline. */
export function clockLevel(msLeft: number): ClockLevel {
  if (msLeft <= 0) return "overdue";
  if (msLeft < 4 * HOUR) return "red";
  if (msLeft < 24 * HOUR) return "amber";
  return "ok";
}

/** `2d 03:04:05`, `03:04:05`; the absolute value (the caller says "overdue"). */
export function formatCountdown(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d > 0 ? `${d}d ` : ""}${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** A timestamp shown in the organisation's zone and the UI language. */
export function formatDateTime(iso: string | null | undefined, timeZone: string, lang: string): string {
  if (!iso) return "—";
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(lang, {
    timeZone,
    year: "numeric",
    month: "short",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZoneName: "short",
  }).format(ms);
}

/** Offset of `timeZone` at instant `ms`, in minutes east of UTC. */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

function offsetText(min: number): string {
  const sign = min < 0 ? "-" : "+";
  const a = Math.abs(min);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
}

/** The value for an `<input type="datetime-local">` showing instant `iso` in `timeZone`. */
export function toLocalInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "";
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return "";
  const local = new Date(ms + zoneOffsetMinutes(ms, timeZone) * 60000);
  return local.toISOString().slice(0, 16);
}

/** A `datetime-local` value read as wall-clock time in `timeZone` → RFC 3339 with offset. */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  // Two passes settle the offset around DST changes.
  let off = zoneOffsetMinutes(wall, timeZone);
  off = zoneOffsetMinutes(wall - off * 60000, timeZone);
  return `${value.trim().length === 16 ? value.trim() + ":00" : value.trim()}${offsetText(off)}`;
}
