// Obligations for people: recipient labels, durations, and the order of the obligations screen.
import { capitalise, t, i18n } from "./i18n.svelte";
import type { Authority } from "./bindings/Authority";
import type { ObligationRow } from "./bindings/ObligationRow";
import type { ObligationStatus } from "./bindings/ObligationStatus";

/** A controller's or authority's name, else the localised label of a group of people
 * (`data-subjects`, …), else the code as stored (the core's `format::recipient_label`). */
export function recipientLabel(row: ObligationRow): string {
  if (row.recipient_name) return row.recipient_name;
  return row.to.kind === "group" ? t(`recipient-${row.to.id}`) : row.recipient;
}

/** Minutes as days, hours and minutes in the UI language (`2 d 3 h 4 min`, `3 h 4 min`). */
export function formatMinutes(total: number): string {
  const m = Math.max(0, Math.floor(total));
  const [days, hours, minutes] = [Math.floor(m / 1440), Math.floor((m % 1440) / 60), m % 60];
  return days > 0 ? t("app-duration", { days, hours, minutes }) : t("app-duration-hm", { hours, minutes });
}

/** What a countdown runs to: the earlier target while it is ahead (a period in days or months
 * under Regulation 1182/71), then the legal limit. Lateness is the core's, against the limit. */
export function countdownTo(row: { due_at: string | null; target_at: string | null }, now: number): string | null {
  if (row.due_at && row.target_at && row.target_at !== row.due_at && Date.parse(row.target_at) > now) return row.target_at;
  return row.due_at;
}

/** What an obligation without a due time says: "without undue delay", except where a request
 * sets the time and this one set none (NIS2 Art 23(4)(c), CRA Art 14(6): never late). */
export function noDueTime(counting: string): string {
  return t(counting === "set-by-request" ? "reg-on-request-no-time" : "reg-no-due-time");
}

/** The languages an authority accepts a notification in, by name in the interface language (its
 * default first), marked "not confirmed" where the registry could not confirm them. */
export function authorityLanguages(a: Pick<Authority, "languages" | "unconfirmed">): string {
  const name = (code: string) => {
    try {
      return new Intl.DisplayNames([i18n.lang], { type: "language" }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const names = capitalise(a.languages.map(name).join(", "));
  return a.unconfirmed.includes("languages") ? `${names} (${t("app-authority-not-confirmed")})` : names;
}

/** The obligation still asks for something (no initial filing, not dropped). */
export function isOpen(status: ObligationStatus): boolean {
  return status === "pending" || status === "overdue" || status === "awaiting_anchor";
}

const RANK: Record<ObligationStatus, number> = { overdue: 0, pending: 1, awaiting_anchor: 2, filed_late: 3, filed: 3, not_required: 4 };

/** Overdue first, then what is due next; "without undue delay" after the dated ones; done last. */
export function sortObligations(rows: ObligationRow[]): ObligationRow[] {
  const due = (r: ObligationRow) => (r.due_at ? Date.parse(r.due_at) : Number.POSITIVE_INFINITY);
  return [...rows].sort((a, b) => {
    const [ra, rb] = [RANK[a.status], RANK[b.status]];
    if (ra !== rb) return ra - rb;
    if (due(a) !== due(b)) return due(a) - due(b);
    return a.id.localeCompare(b.id);
  });
}
