// The open register's key state (recovery key confirmed? new passphrase required?), shared by
// the reminder banner, the forced new-passphrase dialog and Settings → Keys.
import type { KeyStatus } from "./bindings/KeyStatus";
import { backend } from "./backend";

export const keys = $state<{
  status: KeyStatus | null;
  /** Set by the reminder's "Issue a new recovery key": Settings → Keys opens that step. */
  intent: "new-recovery" | null;
}>({ status: null, intent: null });

/** Reloads the key state (after unlock and after each key change). */
export async function refreshKeys(): Promise<void> {
  try {
    keys.status = await backend().keyStatus();
  } catch {
    // Locked meanwhile: the next unlock loads it again.
  }
}

/** Letters and digits, upper case: how a typed part of a key is compared (as in the core). */
export function normalisedKey(text: string): string {
  return text.replace(/[^a-z0-9]/gi, "").toUpperCase();
}
