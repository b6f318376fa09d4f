//! The supervisory authority registry (data file `rules/authorities.json`): every EU/EEA
//! authority, the German Länder authorities and BfDI, and the UK ICO, with names, languages,
//! website, notification channel and the draft template that fits its form.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use breachlog_model::domain::Language;
use breachlog_model::error::{Error, Reason, Result};

const DATA: &str = include_str!("../rules/authorities.json");

#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authority {
    pub id: String,
    /// ISO 3166-1 alpha-2, lower case (`gb` for the UK).
    pub country: String,
    pub name: String,
    pub short: String,
    /// ISO 639-1 codes, the first is the default.
    pub languages: Vec<String>,
    pub website: String,
    /// `online-form` or `online-form-or-email`.
    pub channel: String,
    /// The notification draft layout: `nl-ap`, `be-apd`, `de`, `fr-cnil`, `uk-ico`, `ie-dpc`, `edpb`.
    pub template: String,
}

impl Authority {
    /// The draft language: `wanted` if the authority accepts it, else its first language we
    /// have texts for, else English.
    pub fn draft_language(&self, wanted: Option<Language>) -> Result<Language> {
        let supported = |code: &str| code.parse::<Language>().ok();
        if let Some(w) = wanted {
            if self.languages.iter().any(|l| l == w.as_str()) || self.template == "edpb" {
                return Ok(w);
            }
            return Err(Error::invalid(
                "lang",
                Reason::UnknownValue {
                    allowed: self.languages.join(", "),
                },
            ));
        }
        Ok(self
            .languages
            .iter()
            .find_map(|l| supported(l))
            .unwrap_or(Language::En))
    }
}

#[derive(Debug, Deserialize)]
struct File {
    authorities: Vec<Authority>,
}

fn parsed() -> &'static Result<Vec<Authority>, String> {
    static A: OnceLock<Result<Vec<Authority>, String>> = OnceLock::new();
    A.get_or_init(|| {
        serde_json::from_str::<File>(DATA)
            .map(|f| f.authorities)
            .map_err(|e| format!("authorities.json: {e}"))
    })
}

pub fn all() -> Result<&'static [Authority]> {
    parsed()
        .as_ref()
        .map(|v| v.as_slice())
        .map_err(|e| Error::Data(e.clone()))
}

/// Looks an authority up by id (case-insensitive), naming `field` on failure.
pub fn find(field: &'static str, id: &str) -> Result<&'static Authority> {
    let id = id.trim().to_ascii_lowercase();
    all()?
        .iter()
        .find(|a| a.id == id)
        .ok_or_else(|| Error::invalid(field, Reason::UnknownAuthority))
}

/// Validates a list of authority ids, de-duplicated in order.
pub fn validate_list(field: &'static str, items: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for item in items.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let a = find(field, item)?;
        if !out.contains(&a.id) {
            out.push(a.id.clone());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_covers_eu_eea_german_laender_and_uk() {
        let all = all().unwrap();
        let eu_eea = [
            "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie",
            "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se", "is",
            "li", "no",
        ];
        for c in eu_eea {
            assert!(all.iter().any(|a| a.country == c), "no authority for {c}");
        }
        let german = all.iter().filter(|a| a.country == "de").count();
        assert_eq!(german, 18, "BfDI + 16 Länder (Bavaria has two)");
        assert!(find("authority", "UK-ICO").is_ok());
        let mut ids: Vec<&str> = all.iter().map(|a| a.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all.len(), "ids are unique");
        assert!(all
            .iter()
            .all(|a| a.website.starts_with("https://") && !a.languages.is_empty()));
    }

    #[test]
    fn draft_language_follows_the_authority() {
        assert_eq!(
            find("a", "nl-ap").unwrap().draft_language(None).unwrap(),
            Language::Nl
        );
        assert_eq!(
            find("a", "be-apd")
                .unwrap()
                .draft_language(Some(Language::De))
                .unwrap(),
            Language::De
        );
        assert!(find("a", "fr-cnil")
            .unwrap()
            .draft_language(Some(Language::Nl))
            .is_err());
        assert_eq!(
            find("a", "de-ni").unwrap().draft_language(None).unwrap(),
            Language::De
        );
    }
}
