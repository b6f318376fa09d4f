// File sizes as the CLI and the reports write them (breachlog_core::format::file_size): bytes
// below 1 KiB, else one decimal of the binary unit with the exact count, from the same Fluent
// messages (locales/*/evidence.ftl).
import { t, i18n } from "./i18n.svelte";

export function fileSize(bytes: number): string {
  if (bytes < 1024) return t("file-size-bytes", { bytes });
  const [unit, id] =
    bytes < 1024 ** 2 ? [1024, "file-size-kib"] : bytes < 1024 ** 3 ? [1024 ** 2, "file-size-mib"] : [1024 ** 3, "file-size-gib"];
  // One decimal, rounded half up, the decimal separator of the language.
  const tenths = Math.floor((bytes * 10 + unit / 2) / unit);
  const value = `${Math.floor(tenths / 10)}${i18n.lang === "en" ? "." : ","}${tenths % 10}`;
  return t(id as string, { value, bytes });
}
