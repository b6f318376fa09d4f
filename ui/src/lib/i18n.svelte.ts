// UI text comes from the same Fluent files as the CLI and the PDFs (locales/*/breachlog.ftl)
// plus the app-only locales/*/app.ftl, bundled at build time. `t()` reads the reactive
// language, so switching it re-renders every label live.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Language } from "./bindings/Language";

const sources = import.meta.glob("../../../locales/*/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

export const LANGUAGES: Language[] = ["en", "de", "nl", "fr"];

function build(lang: Language): FluentBundle {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const [path, text] of Object.entries(sources)) {
    if (path.includes(`/locales/${lang}/`)) {
      bundle.addResource(new FluentResource(text));
    }
  }
  return bundle;
}

const bundles = new Map<Language, FluentBundle>(LANGUAGES.map((l) => [l, build(l)]));

export const i18n = $state<{ lang: Language }>({ lang: "en" });

export function setLanguage(lang: Language): void {
  i18n.lang = lang;
  document.documentElement.lang = lang;
}

export type Args = Record<string, FluentVariable>;

function format(lang: Language, id: string, args?: Args): string | undefined {
  const bundle = bundles.get(lang);
  const msg = bundle?.getMessage(id);
  if (!bundle || !msg?.value) return undefined;
  return bundle.formatPattern(msg.value, args ?? null, []);
}

/** The message `id` in the current language, then English, then the id itself. */
export function t(id: string, args?: Args): string {
  return format(i18n.lang, id, args) ?? format("en", id, args) ?? id;
}

/** Whether a message exists (in the current language or English). */
export function has(id: string): boolean {
  return bundles.get(i18n.lang)?.hasMessage(id) || bundles.get("en")!.hasMessage(id);
}

/** Label of a wire enum value: `label("status", "triage")` → `status-triage`. */
export function label(prefix: string, value: string | null | undefined): string {
  if (!value) return "—";
  return t(`${prefix}-${value.replaceAll("_", "-")}`);
}

/** The message ids of a language (tests compare languages). */
export function messageIds(lang: Language): string[] {
  const ids: string[] = [];
  for (const [path, text] of Object.entries(sources)) {
    if (path.includes(`/locales/${lang}/`)) {
      for (const m of text.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)) ids.push(m[1]);
    }
  }
  return ids.sort();
}

/** `t()` with the first letter capitalised (field names are lower case for use inside sentences). */
export function tc(id: string, args?: Args): string {
  return capitalise(t(id, args));
}

/** A text with its first letter capitalised in the UI language. */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase(i18n.lang) + s.slice(1);
}
