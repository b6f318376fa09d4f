// Client-side checks that mirror the core's rules, with the core's own Fluent messages, so the
// user sees the problem before a round trip. The core validates again on every command.
import { t } from "./i18n.svelte";

export const MIN_PASSPHRASE = 12;
/** The core's limits (`validate::MAX_LINE`, `MAX_TEXT`), in characters. */
export const MAX_LINE = 300;
export const MAX_TEXT = 20_000;

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

/** "At most N characters" next to a field whose text is longer than the core accepts (counted
 * like the core: characters of the trimmed text). Inputs carry no `maxlength`: a pasted text is
 * never cut, the user sees the limit and shortens it. */
export function lengthProblem(value: string, max: number): string | null {
  const count = [...value.trim()].length;
  return count > max ? t("app-too-long", { max, count }) : null;
}
