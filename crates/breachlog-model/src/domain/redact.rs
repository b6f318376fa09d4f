//! Redaction of projected texts: what a personal field of an incident shows once its sealed
//! value was erased (`docs/chain-format.md` §7).

use serde::{Deserialize, Deserializer};

use super::Incident;

/// What a redacted field holds in the projections (front ends show a localised label).
pub const REDACTED: &str = "[redacted]";

/// Redacts one projected text, leaving empty ones empty (they were never sealed).
pub fn redact_text(text: &mut String) {
    if !text.is_empty() {
        REDACTED.clone_into(text);
    }
}

pub fn redact_option(text: &mut Option<String>) {
    if let Some(t) = text {
        redact_text(t);
    }
}

/// Replaces every sealed field of a projected incident (see [`personal_paths`]) by [`REDACTED`].
pub fn redact_incident(incident: &mut Incident) {
    redact_text(&mut incident.title);
    redact_text(&mut incident.description);
    redact_option(&mut incident.owner);
    if let Some(a) = &mut incident.assessment {
        for t in [
            &mut a.aware_justification,
            &mut a.consequences,
            &mut a.measures_taken,
            &mut a.measures_proposed,
            &mut a.contact_point,
            &mut a.risk_reasoning,
            &mut a.decision_rationale,
            &mut a.art34_justification,
        ] {
            redact_option(t);
        }
        if !a.nis2_answers.is_empty() {
            a.nis2_answers = super::FormAnswers(std::collections::BTreeMap::from([(
                "*".to_string(),
                REDACTED.to_string(),
            )]));
        }
        if !a.cra_answers.is_empty() {
            a.cra_answers = super::FormAnswers(std::collections::BTreeMap::from([(
                "*".to_string(),
                REDACTED.to_string(),
            )]));
        }
        if !a.dora_answers.is_empty() {
            a.dora_answers = super::FormAnswers(std::collections::BTreeMap::from([(
                "*".to_string(),
                REDACTED.to_string(),
            )]));
        }
    }
    for t in &mut incident.letter {
        redact_text(&mut t.text);
    }
}

/// A list of texts as projected: the list, or — once its sealed value was erased — the single
/// redaction marker that stands for the whole list (`docs/chain-format.md` §7).
pub fn list_or_redacted<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum ListOrText {
        List(Vec<String>),
        Text(String),
    }
    Ok(match ListOrText::deserialize(d)? {
        ListOrText::List(l) => l,
        ListOrText::Text(t) => vec![t],
    })
}

/// A map of texts as projected: the map, or — once its sealed value was erased — a map holding
/// the redaction marker under every key it had (the keys are lost with the value: one entry,
/// `*`).
pub fn map_or_redacted<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<std::collections::BTreeMap<String, String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum MapOrText {
        Map(std::collections::BTreeMap<String, String>),
        Text(String),
    }
    Ok(match MapOrText::deserialize(d)? {
        MapOrText::Map(m) => m,
        MapOrText::Text(t) => std::collections::BTreeMap::from([("*".to_string(), t)]),
    })
}

/// Replaces a non-empty list of texts by the redaction marker.
pub fn redact_list(list: &mut Vec<String>) {
    if !list.is_empty() {
        *list = vec![REDACTED.to_string()];
    }
}
