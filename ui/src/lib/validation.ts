// Client-side checks that mirror the core's rules, with the core's own Fluent messages, so the
// user sees the problem before a round trip. The core validates again on every command.
import { t } from "./i18n.svelte";

export const MIN_PASSPHRASE = 12;
export const MAX_LINE = 300;

function invalid(field: string, reason: string, args?: Record<string, string | number>): string {
  return t("error-invalid-input", { field: t(`field-${field}`), reason: t(`reason-${reason}`, args) });
}

export function passphraseProblem(pass: string, repeat: string): string | null {
  if (pass.length === 0) return invalid("passphrase", "empty");
  if ([...pass].length < MIN_PASSPHRASE) return invalid("passphrase", "weak-passphrase");
  if (pass !== repeat) return invalid("passphrase", "mismatch");
  return null;
}

export function titleProblem(title: string): string | null {
  if (title.trim().length === 0) return invalid("title", "empty");
  if ([...title].length > MAX_LINE) return invalid("title", "too-long", { max: MAX_LINE });
  return null;
}

export function detectedProblem(iso: string | null, now: number): string | null {
  if (!iso) return invalid("detected-at", "not-a-timestamp");
  if (Date.parse(iso) > now + 60_000) return invalid("detected-at", "in-future");
  return null;
}
