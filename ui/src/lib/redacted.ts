// Redacted personal fields hold this marker in the register (see docs/chain-format.md §7);
// the UI shows a localised label instead.
import { t } from "./i18n.svelte";

export const REDACTED = "[redacted]";

export function shown(text: string | null | undefined): string {
  return text === REDACTED ? t("app-redacted-value") : (text ?? "");
}
