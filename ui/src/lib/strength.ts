// The passphrase strength meter: zxcvbn (the zxcvbn-ts port) with the common-password lists and
// the dictionaries of all four UI languages, so "wachtwoordgeheim", "Sommerurlaub" or
// "motdepasse" count as the guessable words they are, and with the organisation's name as a
// word the passphrase should not lean on. Its warning and suggestions come in the UI language.
// The core enforces the minimum length; this only advises. The dictionaries (a few MB) load
// on first use, off the start-up path.
import type { OptionsType, ZxcvbnFactory } from "@zxcvbn-ts/core";

export type Strength = 0 | 1 | 2 | 3 | 4;

export interface Estimate {
  score: Strength;
  /** zxcvbn's warning in the UI language (e.g. "This is a commonly used password"), if any. */
  warning: string | null;
  suggestions: string[];
}

/** The core's minimum (store/keys.rs MIN_PASSPHRASE). */
export const MIN_LENGTH = 12;
/** zxcvbn's work grows with the length; what lies beyond this adds nothing to the estimate. */
const MAX_CHECKED = 128;

export const EMPTY: Estimate = { score: 0, warning: null, suggestions: [] };

type Lang = "en" | "de" | "nl" | "fr";
let loaded: Promise<(lang: Lang) => ZxcvbnFactory> | null = null;

function load(): Promise<(lang: Lang) => ZxcvbnFactory> {
  loaded ??= (async () => {
    const [core, common, en, de, nl, fr] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
      import("@zxcvbn-ts/language-de"),
      import("@zxcvbn-ts/language-nl-be"),
      import("@zxcvbn-ts/language-fr"),
    ]);
    // The German and Dutch packages name their lists without a language suffix
    // ("commonWords"): suffixed here so that one does not replace the other.
    const tag = (d: Record<string, unknown>, l: string) =>
      Object.fromEntries(Object.entries(d).map(([k, v]) => [k.endsWith(`-${l}`) ? k : `${k}-${l}`, v]));
    const dictionary = {
      ...common.dictionary,
      ...en.dictionary,
      ...tag(de.dictionary, "de"),
      ...tag(nl.dictionary, "nl"),
      ...tag(fr.dictionary, "fr"),
    } as OptionsType["dictionary"];
    const translations = { en: en.translations, de: de.translations, nl: nl.translations, fr: fr.translations };
    const made = new Map<Lang, ZxcvbnFactory>();
    return (lang: Lang) => {
      let f = made.get(lang);
      if (!f) {
        // A cap on l33t substitutions keeps a long passphrase with symbols under ~100 ms.
        f = new core.ZxcvbnFactory({ dictionary, graphs: common.adjacencyGraphs, translations: translations[lang], l33tMaxSubstitutions: 10 });
        made.set(lang, f);
      }
      return f;
    };
  })();
  return loaded;
}

/** The estimate for `passphrase` in `lang`; `avoid`: words of the user's own (the organisation's name). */
export async function estimate(passphrase: string, lang: string, avoid: string[] = []): Promise<Estimate> {
  if (passphrase.length === 0) return EMPTY;
  const factory = (await load())((["en", "de", "nl", "fr"].includes(lang) ? lang : "en") as Lang);
  const inputs = avoid.flatMap((a) => [a, ...a.split(/[\s.,]+/)]).filter((w) => w.trim().length > 2);
  const r = factory.check([...passphrase].slice(0, MAX_CHECKED).join(""), inputs);
  // zxcvbn's 0 ("too guessable") and 1 ("very guessable") are both weak here; shorter than the
  // core accepts is weak whatever its score.
  const score = ([...passphrase].length < MIN_LENGTH ? 1 : Math.max(1, r.score)) as Strength;
  return { score, warning: r.feedback.warning || null, suggestions: r.feedback.suggestions };
}
