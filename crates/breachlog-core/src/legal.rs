//! Legal references in the reader's language. The rule files cite in English ("GDPR Art 33(1)",
//! "NIS2 Art 23(4)(a)", "Delegated Regulation (EU) 2025/301 Art 5(1)(a), 5(2)"); a report in
//! Dutch, German or French cites the way lawyers there do: "AVG art. 33 lid 1",
//! "DSGVO Art. 33 Abs. 1", "RGPD art. 33, par. 1". The UK GDPR keeps its name in every language
//! (it is a UK statute, not the EU regulation). Text around the citations is left as it is.

use crate::domain::Language;

/// The names of the acts, longest first (so "Delegated Regulation (EU)" wins over
/// "Regulation (EU)").
fn acts(lang: Language) -> &'static [(&'static str, &'static str)] {
    match lang {
        Language::En => &[],
        Language::Nl => &[
            ("Delegated Regulation (EU)", "Gedelegeerde Verordening (EU)"),
            ("Regulation (EU) No", "Verordening (EU) nr."),
            ("Regulation (EU)", "Verordening (EU)"),
            ("Directive (EU)", "Richtlijn (EU)"),
            (", second subparagraph", ", tweede alinea"),
            ("GDPR", "AVG"),
        ],
        Language::De => &[
            ("Delegated Regulation (EU)", "Delegierte Verordnung (EU)"),
            ("Regulation (EU) No", "Verordnung (EU) Nr."),
            ("Regulation (EU)", "Verordnung (EU)"),
            ("Directive (EU)", "Richtlinie (EU)"),
            (", second subparagraph", " Unterabs. 2"),
            ("GDPR", "DSGVO"),
        ],
        Language::Fr => &[
            ("Delegated Regulation (EU)", "Règlement délégué (UE)"),
            ("Regulation (EU) No", "Règlement (UE) n°"),
            ("Regulation (EU)", "Règlement (UE)"),
            ("Directive (EU)", "Directive (UE)"),
            (", second subparagraph", ", deuxième alinéa"),
            ("GDPR", "RGPD"),
        ],
    }
}

/// `reference` (as the rule files write it) in `lang`.
pub fn localise(reference: &str, lang: Language) -> String {
    if lang == Language::En {
        return reference.to_string();
    }
    // The UK GDPR keeps its name: shield it from the "GDPR" replacement.
    const UK: &str = "\u{1}UK\u{1}";
    let mut s = reference.replace("UK GDPR", UK);
    for (en, local) in acts(lang) {
        s = s.replace(en, local);
    }
    articles(&s.replace(UK, "UK GDPR"), lang)
}

/// One citation: article number and its subdivisions, e.g. `33` + [`1`] or `23` + [`4`, `a`].
fn cite(article: &str, parts: &[String], lang: Language, first: bool) -> String {
    let mut out = String::new();
    if first {
        out.push_str(match lang {
            Language::De => "Art. ",
            _ => "art. ",
        });
    }
    out.push_str(article);
    for (i, p) in parts.iter().enumerate() {
        let numeric = p.chars().all(|c| c.is_ascii_digit());
        match (lang, i, numeric) {
            (Language::Nl, 0, true) => out.push_str(&format!(" lid {p}")),
            (Language::Nl, _, _) => out.push_str(&format!(" onder {p}")),
            (Language::De, 0, true) => out.push_str(&format!(" Abs. {p}")),
            (Language::De, _, _) if p.len() == 1 => out.push_str(&format!(" Buchst. {p}")),
            (Language::De, _, _) => out.push_str(&format!(" Ziff. {p}")),
            (Language::Fr, 0, true) => out.push_str(&format!(", par. {p}")),
            (Language::Fr, _, _) => out.push_str(&format!(", point {p})")),
            (Language::En, _, _) => out.push_str(&format!("({p})")),
        }
    }
    out
}

/// Reads `digits (x)(y)…` at the start of `s`: the article, its parts and the length read.
fn parse_cite(s: &str) -> Option<(String, Vec<String>, usize)> {
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() {
        return None;
    }
    let mut used = digits.len();
    let mut parts = Vec::new();
    while let Some(rest) = s[used..].strip_prefix('(') {
        let inner: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if inner.is_empty() || !rest[inner.len()..].starts_with(')') {
            break;
        }
        used += inner.len() + 2;
        parts.push(inner);
    }
    Some((digits, parts, used))
}

/// Rewrites every `Art N(x)…[, M(y)…]` in `s`.
fn articles(s: &str, lang: Language) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut rest = s;
    while let Some(at) = rest.find("Art ") {
        let boundary = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = &rest[at + 4..];
        let Some((article, parts, used)) = parse_cite(after).filter(|_| boundary) else {
            out.push_str(&rest[..at + 4]);
            rest = after;
            continue;
        };
        out.push_str(&rest[..at]);
        out.push_str(&cite(&article, &parts, lang, true));
        rest = &after[used..];
        // A list of further paragraphs of the same act: ", 5(2)".
        while let Some(next) = rest.strip_prefix(", ") {
            match parse_cite(next) {
                Some((a, p, n)) if !p.is_empty() => {
                    out.push_str(", ");
                    out.push_str(&cite(&a, &p, lang, false));
                    rest = &next[n..];
                }
                _ => break,
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gdpr_in_each_language() {
        let cases = [
            (Language::En, "GDPR Art 33(1)"),
            (Language::Nl, "AVG art. 33 lid 1"),
            (Language::De, "DSGVO Art. 33 Abs. 1"),
            (Language::Fr, "RGPD art. 33, par. 1"),
        ];
        for (lang, want) in cases {
            assert_eq!(localise("GDPR Art 33(1)", lang), want, "{lang:?}");
        }
        assert_eq!(
            localise("GDPR Art 34(1)", Language::Nl),
            "AVG art. 34 lid 1"
        );
    }

    #[test]
    fn uk_gdpr_keeps_its_name() {
        assert_eq!(
            localise("UK GDPR Art 33(2)", Language::Nl),
            "UK GDPR art. 33 lid 2"
        );
        assert_eq!(
            localise("UK GDPR Art 33(2)", Language::De),
            "UK GDPR Art. 33 Abs. 2"
        );
        assert_eq!(
            localise("UK GDPR Art 33(2)", Language::Fr),
            "UK GDPR art. 33, par. 2"
        );
    }

    #[test]
    fn points_lists_and_acts() {
        assert_eq!(
            localise("NIS2 Art 23(4)(a)", Language::Nl),
            "NIS2 art. 23 lid 4 onder a"
        );
        assert_eq!(
            localise("NIS2 Art 23(4)(a)", Language::De),
            "NIS2 Art. 23 Abs. 4 Buchst. a"
        );
        assert_eq!(
            localise("NIS2 Art 23(4)(a)", Language::Fr),
            "NIS2 art. 23, par. 4, point a)"
        );
        assert_eq!(
            localise(
                "DORA Art 19(4)(a); Delegated Regulation (EU) 2025/301 Art 5(1)(a), 5(2)",
                Language::De
            ),
            "DORA Art. 19 Abs. 4 Buchst. a; Delegierte Verordnung (EU) 2025/301 Art. 5 Abs. 1 Buchst. a, 5 Abs. 2"
        );
        assert_eq!(
            localise("Regulation (EU) No 611/2013 Art 2(3)", Language::Fr),
            "Règlement (UE) n° 611/2013 art. 2, par. 3"
        );
        assert_eq!(
            localise("NIS2 Art 23(4), second subparagraph", Language::Nl),
            "NIS2 art. 23 lid 4, tweede alinea"
        );
        assert_eq!(
            localise("Directive (EU) 2022/2555 Art 3", Language::Nl),
            "Richtlijn (EU) 2022/2555 art. 3"
        );
    }

    #[test]
    fn leaves_other_text_and_english_alone() {
        let en = "DORA Art 19(4)(a); Delegated Regulation (EU) 2025/301 Art 5(1)(a), 5(2)";
        assert_eq!(localise(en, Language::En), en);
        // Only "Art" as a word starts a citation.
        assert_eq!(localise("HeArt 3(1)", Language::Nl), "HeArt 3(1)");
        assert_eq!(
            localise("within 72 h (Art 33(1)) or later", Language::Nl),
            "within 72 h (art. 33 lid 1) or later"
        );
        assert_eq!(localise("Art (x)", Language::De), "Art (x)");
    }
}
