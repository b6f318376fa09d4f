//! ENISA severity of a personal-data breach (ENISA, "Recommendations for a methodology of the
//! assessment of severity of personal data breaches", working document v1.0, Dec 2013,
//! <https://www.enisa.europa.eu/publications/dbn-severity>): `SE = DPC × EI + CB`.
//!
//! Loss of confidentiality is scored by the scope of the disclosure: 0 when the data were exposed
//! to confidentiality risks without evidence of unlawful processing (or not at all), +0.25 when
//! disclosed to a known number of recipients, +0.5 when disclosed to an unknown number.
//! Computed in hundredths (integers): payloads contain no floats; the score is a decimal string.
//! The result is a suggestion with its arithmetic; the person decides the risk verdict.

pub use breachlog_model::enisa::{EnisaInput, EnisaResult};
use breachlog_model::error::{Error, Reason, Result};

/// Hundredths as a decimal string without trailing zeros: 275 → "2.75", 300 → "3", 50 → "0.5".
pub fn decimal(h: i64) -> String {
    let sign = if h < 0 { "-" } else { "" };
    let (int, frac) = (h.abs() / 100, h.abs() % 100);
    match frac {
        0 => format!("{sign}{int}"),
        f if f % 10 == 0 => format!("{sign}{int}.{}", f / 10),
        f => format!("{sign}{int}.{f:02}"),
    }
}

/// Loss of confidentiality: the words `breachlog risk enisa --cb-confidentiality` takes. "Exposed"
/// (a lost laptop, an open bucket, with no evidence that anyone processed the data unlawfully)
/// scores 0 like "none"; "disclosed" alone is not a level (known or unknown recipients?).
pub const CONFIDENTIALITY: &[(&str, i64)] = &[
    ("none", 0),
    ("exposed", 0),
    ("known_recipients", 25),
    ("unknown_recipients", 50),
];

fn level(field: &'static str, text: Option<&str>, words: &[(&str, i64)]) -> Result<i64> {
    let t = text
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
        .replace('-', "_");
    if t.is_empty() {
        return Ok(0);
    }
    let allowed = || {
        words
            .iter()
            .map(|(w, h)| format!("{w} ({})", decimal(*h)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some((_, h)) = words.iter().find(|(w, _)| *w == t) {
        return Ok(*h);
    }
    let h = parse_hundredths(&t)
        .ok_or_else(|| Error::invalid(field, Reason::UnknownValue { allowed: allowed() }))?;
    if words.iter().any(|(_, v)| *v == h) {
        Ok(h)
    } else {
        Err(Error::invalid(
            field,
            Reason::UnknownValue { allowed: allowed() },
        ))
    }
}

fn parse_hundredths(t: &str) -> Option<i64> {
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    if frac.len() > 2
        || !int.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let i: i64 = if int.is_empty() { 0 } else { int.parse().ok()? };
    let f: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<2}").parse().ok()?
    };
    Some(i * 100 + f)
}

pub fn band(score: i64) -> &'static str {
    match score {
        s if s < 200 => "low",
        s if s < 300 => "medium",
        s if s < 400 => "high",
        _ => "very_high",
    }
}

/// Validates the inputs and computes the severity.
pub fn compute(input: &EnisaInput) -> Result<EnisaResult> {
    let dpc_base: i64 = input
        .dpc
        .trim()
        .parse()
        .map_err(|_| Error::invalid("dpc", Reason::NotANumber))?;
    if !(1..=4).contains(&dpc_base) {
        return Err(Error::invalid("dpc", Reason::OutOfRange { max: 4 }));
    }
    let adj_text = input
        .dpc_adjust
        .as_deref()
        .unwrap_or("0")
        .trim()
        .trim_start_matches('+');
    let dpc_adjust: i64 = adj_text
        .parse()
        .map_err(|_| Error::invalid("dpc_adjust", Reason::NotANumber))?;
    if !(-3..=3).contains(&dpc_adjust) {
        return Err(Error::invalid("dpc_adjust", Reason::OutOfRange { max: 3 }));
    }
    let dpc = (dpc_base + dpc_adjust).clamp(1, 4);
    let ei = level(
        "ei",
        Some(input.ei.as_str())
            .filter(|e| !e.trim().is_empty())
            .or(Some("?")),
        &[
            ("negligible", 25),
            ("limited", 50),
            ("significant", 75),
            ("maximum", 100),
        ],
    )?;
    let c = level(
        "cb_confidentiality",
        input.cb_confidentiality.as_deref(),
        CONFIDENTIALITY,
    )?;
    let i = level(
        "cb_integrity",
        input.cb_integrity.as_deref(),
        &[("none", 0), ("recoverable", 25), ("unrecoverable", 50)],
    )?;
    let a = level(
        "cb_availability",
        input.cb_availability.as_deref(),
        &[("none", 0), ("temporary", 25), ("permanent", 50)],
    )?;
    let m = if input.malicious { 50 } else { 0 };
    let cb = c + i + a + m;
    let score = dpc * ei + cb;
    let arithmetic = format!(
        "DPC {dpc} × EI {} + CB {} (C {} + I {} + A {} + M {}) = {}",
        decimal(ei),
        decimal(cb),
        decimal(c),
        decimal(i),
        decimal(a),
        decimal(m),
        decimal(score)
    );
    Ok(EnisaResult {
        dpc_base,
        dpc_adjust,
        dpc,
        ei: decimal(ei),
        cb_confidentiality: decimal(c),
        cb_integrity: decimal(i),
        cb_availability: decimal(a),
        malicious: input.malicious,
        cb: decimal(cb),
        score: decimal(score),
        band: band(score).to_string(),
        arithmetic,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(
        dpc: &str,
        adj: &str,
        ei: &str,
        c: &str,
        i: &str,
        a: &str,
        malicious: bool,
    ) -> EnisaInput {
        EnisaInput {
            dpc: dpc.into(),
            dpc_adjust: Some(adj.into()),
            ei: ei.into(),
            cb_confidentiality: Some(c.into()),
            cb_integrity: Some(i.into()),
            cb_availability: Some(a.into()),
            malicious,
        }
    }

    /// Situations named after the cases of EDPB Guidelines 01/2021 on examples regarding personal
    /// data breach notification (v2.0, adopted 14 December 2021; case numbers and titles as in its
    /// table of contents), scored by hand with the ENISA method. The Guidelines do not score their
    /// cases with ENISA: the data categories and circumstances in brackets are what this test
    /// assumes for the arithmetic, not findings of the EDPB.
    #[test]
    fn edpb_01_2021_examples() {
        let cases = [
            // Case No. 01, "Ransomware with proper backup and without exfiltration": [simple data
            // (1), EI 1]; only encrypted data reached the attacker (C 0), restored within hours
            // (A +0.25), malicious (+0.5): 1×1 + 0.75 = 1.75 low.
            (
                "case 01",
                input("1", "0", "maximum", "none", "none", "temporary", true),
                "1.75",
                "low",
            ),
            // Case No. 03, "Ransomware with backup and without exfiltration in a hospital":
            // [health data (4), EI 1]; data exposed to the attacker, no evidence of exfiltration
            // (C 0), restored from the backup after a while (A +0.25), malicious (+0.5):
            // 4 + 0.75 = 4.75 very high.
            (
                "case 03",
                input("4", "0", "1", "exposed", "0", "0.25", true),
                "4.75",
                "very_high",
            ),
            // Case No. 04, "Ransomware without backup and with exfiltration": [simple data (1),
            // EI 1]; exfiltrated by the attacker, recipients unknown (C +0.5), no backup
            // (A +0.5), malicious (+0.5): 1 + 1.5 = 2.5 medium.
            (
                "case 04",
                input("1", "0", "1", "unknown_recipients", "0", "0.5", true),
                "2.5",
                "medium",
            ),
            // Case No. 07, "Credential stuffing attack on a banking website": [financial (3),
            // EI 1]; accounts opened by unknown attackers (C +0.5), malicious (+0.5): 3 + 1 = 4
            // very high.
            (
                "case 07",
                input("3", "0", "1", "unknown-recipients", "none", "none", true),
                "4",
                "very_high",
            ),
            // Case No. 09, "Accidental transmission of data to a trusted third party": [simple (1),
            // EI 0.75]; one known recipient (C +0.25), no malice: 0.75 + 0.25 = 1 low.
            (
                "case 09",
                input(
                    "1",
                    "0",
                    "significant",
                    "known_recipients",
                    "none",
                    "none",
                    false,
                ),
                "1",
                "low",
            ),
            // Case No. 10, "Stolen material storing encrypted personal data": [simple (1)], EI
            // negligible (0.25, key not compromised); exposed without evidence of unlawful
            // processing (C 0), theft (+0.5): 1×0.25 + 0.5 = 0.75 low.
            (
                "case 10",
                input("1", "0", "negligible", "exposed", "none", "none", true),
                "0.75",
                "low",
            ),
            // Case No. 12, "Stolen paper files with sensitive data": [sensitive (4), +1 for
            // vulnerable people, clamped to 4; EI 1]; in a thief's hands (C +0.5), [no copy]
            // (A +0.5), theft (+0.5): 4 + 1.5 = 5.5 very high.
            (
                "case 12",
                input("4", "+1", "1", "0.5", "none", "permanent", true),
                "5.5",
                "very_high",
            ),
            // Case No. 15, "Personal data sent by mail by mistake": [behavioural data (2), small
            // volume -1 → 1; EI 1]; one known wrong recipient (C +0.25), no malice: 1 + 0.25 =
            // 1.25 low.
            (
                "case 15",
                input("2", "-1", "1", "known_recipients", "none", "none", false),
                "1.25",
                "low",
            ),
            // Band edges: 2 × 1 + 0 = 2 medium; 2 × 1 + 0.75 = 2.75 medium; 3 × 1 = 3 high.
            (
                "edge 2",
                input("2", "0", "1", "none", "none", "none", false),
                "2",
                "medium",
            ),
            (
                "edge 2.75",
                input("2", "0", "1", "known_recipients", "none", "none", true),
                "2.75",
                "medium",
            ),
            (
                "edge 3",
                input("3", "0", "1", "none", "none", "none", false),
                "3",
                "high",
            ),
            (
                "edge 4",
                input("4", "-1", "1", "none", "recoverable", "temporary", true),
                "4",
                "very_high",
            ),
        ];
        for (name, i, score, band) in cases {
            let r = compute(&i).unwrap();
            assert_eq!(
                (r.score.as_str(), r.band.as_str()),
                (score, band),
                "{name}: {}",
                r.arithmetic
            );
        }
    }

    #[test]
    fn arithmetic_is_explained_and_inputs_are_checked() {
        let r = compute(&input("3", "0", "0.75", "0.25", "0", "0", true)).unwrap();
        assert_eq!(
            r.arithmetic,
            "DPC 3 × EI 0.75 + CB 0.75 (C 0.25 + I 0 + A 0 + M 0.5) = 3"
        );
        assert!(compute(&input("5", "0", "1", "", "", "", false)).is_err());
        assert!(compute(&input("2", "0", "0.6", "", "", "", false)).is_err());
        assert!(compute(&input("2", "4", "1", "", "", "", false)).is_err());
        assert!(compute(&input("2", "0", "1", "0.3", "", "", false)).is_err());
        // "disclosed" does not say to whom: refused, with the levels named.
        match compute(&input("2", "0", "1", "disclosed", "", "", false)) {
            Err(Error::InvalidInput {
                field: "cb_confidentiality",
                reason: Reason::UnknownValue { allowed },
            }) => assert_eq!(
                allowed,
                "none (0), exposed (0), known_recipients (0.25), unknown_recipients (0.5)"
            ),
            other => panic!("{other:?}"),
        }
        assert_eq!(decimal(225), "2.25");
        assert_eq!(decimal(50), "0.5");
    }
}
