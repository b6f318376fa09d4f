// Legal references in the UI language, as the reports print them (crates/breachlog-core/src/
// legal.rs, same rules): "GDPR Art 33(1)" reads "AVG art. 33 lid 1" (nl), "DSGVO Art. 33 Abs. 1"
// (de), "RGPD art. 33, par. 1" (fr). The UK GDPR keeps its name.

const ACTS: Record<string, [string, string][]> = {
  nl: [
    ["Delegated Regulation (EU)", "Gedelegeerde Verordening (EU)"],
    ["Regulation (EU) No", "Verordening (EU) nr."],
    ["Regulation (EU)", "Verordening (EU)"],
    ["Directive (EU)", "Richtlijn (EU)"],
    [", second subparagraph", ", tweede alinea"],
    ["GDPR", "AVG"],
  ],
  de: [
    ["Delegated Regulation (EU)", "Delegierte Verordnung (EU)"],
    ["Regulation (EU) No", "Verordnung (EU) Nr."],
    ["Regulation (EU)", "Verordnung (EU)"],
    ["Directive (EU)", "Richtlinie (EU)"],
    [", second subparagraph", " Unterabs. 2"],
    ["GDPR", "DSGVO"],
  ],
  fr: [
    ["Delegated Regulation (EU)", "Règlement délégué (UE)"],
    ["Regulation (EU) No", "Règlement (UE) n°"],
    ["Regulation (EU)", "Règlement (UE)"],
    ["Directive (EU)", "Directive (UE)"],
    [", second subparagraph", ", deuxième alinéa"],
    ["GDPR", "RGPD"],
  ],
};

function cite(article: string, parts: string[], lang: string, first: boolean): string {
  let out = first ? (lang === "de" ? "Art. " : "art. ") + article : article;
  parts.forEach((p, i) => {
    const numeric = /^\d+$/.test(p);
    if (lang === "nl") out += i === 0 && numeric ? ` lid ${p}` : ` onder ${p}`;
    else if (lang === "de") out += i === 0 && numeric ? ` Abs. ${p}` : p.length === 1 ? ` Buchst. ${p}` : ` Ziff. ${p}`;
    else out += i === 0 && numeric ? `, par. ${p}` : `, point ${p})`;
  });
  return out;
}

const parts = (s: string) => [...s.matchAll(/\(([A-Za-z0-9]+)\)/g)].map((m) => m[1]);

/** `reference` as the rule files write it, in `lang`. */
export function legalReference(reference: string, lang: string): string {
  const acts = ACTS[lang];
  if (!acts) return reference;
  let s = reference.replaceAll("UK GDPR", "\u0001UK\u0001");
  for (const [en, local] of acts) s = s.replaceAll(en, local);
  s = s.replaceAll("\u0001UK\u0001", "UK GDPR");
  return s.replace(/(?<![\p{L}\p{N}])Art (\d+)((?:\([A-Za-z0-9]+\))*)((?:, \d+(?:\([A-Za-z0-9]+\))+)*)/gu, (_m, art: string, ps: string, more: string) => {
    let out = cite(art, parts(ps), lang, true);
    for (const m of more.matchAll(/, (\d+)((?:\([A-Za-z0-9]+\))+)/g)) out += ", " + cite(m[1], parts(m[2]), lang, false);
    return out;
  });
}
