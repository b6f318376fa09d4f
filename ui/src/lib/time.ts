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

/** How each UI language writes a date: day, month, year with its separator; 24-hour clocks. The
 * English UI follows British/EU usage (the regulations it serves), never the US month-first order. */
const DATE_STYLE: Record<string, { sep: string }> = {
  en: { sep: "/" },
  de: { sep: "." },
  nl: { sep: "-" },
  fr: { sep: "/" },
};
const style = (lang: string) => DATE_STYLE[lang] ?? DATE_STYLE.en;
const pad2 = (n: number) => String(n).padStart(2, "0");

/** The zone's abbreviation at instant `ms` (`CET`/`CEST`, `EST`, `UTC`), else `UTC+05:30`: one
 * style in every language (Intl would say `GMT+1` in English and `UTC+1` in French). */
export function zoneLabel(ms: number, timeZone: string): string {
  for (const locale of ["en-GB", "en-US"]) {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
      .formatToParts(ms)
      .find((p) => p.type === "timeZoneName")?.value;
    if (name && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  const off = zoneOffsetMinutes(ms, timeZone);
  return off === 0 ? "UTC" : `UTC${offsetText(off)}`;
}

/** `YYYY-MM-DD[THH:MM]` (a local wall-clock value) in the language's order: `03-12-2026 12:30` (nl). */
export function formatLocalValue(value: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return value;
  const date = [m[3], m[2], m[1]].join(style(lang).sep);
  return m[4] === undefined ? date : `${date} ${m[4]}:${m[5]}`;
}

/** A timestamp shown in the organisation's zone and the UI language: `03-12-2026 12:30 CET`. */
export function formatDateTime(iso: string | null | undefined, timeZone: string, lang: string): string {
  if (!iso) return "—";
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return `${formatLocalValue(toLocalInput(iso, timeZone), lang)} ${zoneLabel(ms, timeZone)}`;
}

/** The calendar day of an instant in the organisation's zone: `03.12.2026` (de). */
export function formatDate(iso: string | null | undefined, timeZone: string, lang: string): string {
  if (!iso) return "—";
  const local = toLocalInput(iso, timeZone);
  return local ? formatLocalValue(local.slice(0, 10), lang) : iso;
}

function validDate(y: number, mo: number, d: number): boolean {
  if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** What a person typed, read in the language's order (`3-12-2026 9:05`, `03.12.2026 09:05`) or as
 * ISO (`2026-12-03 09:05`, `2026-12-03T09:05`) → the local value `2026-12-03T09:05`. With
 * `dateOnly` a date alone → `2026-12-03`. `null` when it is not a real date and time. */
export function parseLocalValue(text: string, lang: string, dateOnly = false): string | null {
  const s = text.trim();
  const sep = style(lang).sep.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  const time = dateOnly ? "" : "[ T,]+(\\d{1,2})[:.h](\\d{2})";
  let y: number, mo: number, d: number, h = 0, mi = 0;
  const local = new RegExp(`^(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{4})${time}$`).exec(s);
  const iso = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${time}$`).exec(s);
  if (local) [d, mo, y] = [+local[1], +local[2], +local[3]];
  else if (iso) [y, mo, d] = [+iso[1], +iso[2], +iso[3]];
  else return null;
  const m = (local ?? iso)!;
  if (!dateOnly) [h, mi] = [+m[4], +m[5]];
  if (!validDate(y, mo, d) || h > 23 || mi > 59) return null;
  const date = `${y}-${pad2(mo)}-${pad2(d)}`;
  return dateOnly ? date : `${date}T${pad2(h)}:${pad2(mi)}`;
}

/** Whether the wall-clock value exists in `timeZone` (not skipped by a clock change: 02:30 on the
 * last Sunday of March does not exist in Amsterdam). */
export function existsInZone(value: string, timeZone: string): boolean {
  const rfc = fromLocalInput(value, timeZone);
  return rfc !== null && toLocalInput(rfc, timeZone) === value.slice(0, 16);
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
