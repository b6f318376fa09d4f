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
    /// Where breach notifications are filed (the online form), `None` where not confirmed.
    pub portal_url: Option<String>,
    /// The authority's phone number as it publishes it, `None` where not confirmed.
    pub phone: Option<String>,
    /// The postal address, `None` where not confirmed.
    pub postal_address: Option<String>,
    /// Whether a notification can carry attachments, `None` where not confirmed.
    pub accepts_attachments: Option<bool>,
    /// The page the values above were confirmed on (an authority without confirmed values: its
    /// website), and the day they were checked (`YYYY-MM-DD`).
    pub source: String,
    pub checked: String,
    /// The members (`portal_url`, `phone`, `postal_address`, `accepts_attachments`,
    /// `languages`) not confirmed on `checked`: null ones are unknown, never guessed.
    pub unconfirmed: Vec<String>,
    /// Where a value was confirmed elsewhere than `source`, and what the channel asks.
    #[serde(default)]
    pub note: Option<String>,
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

    /// Issue 14 item 6: every entry says where its contact details come from and when they
    /// were checked; every address is https; a value is either confirmed or null and named
    /// unconfirmed (never both, never neither).
    #[test]
    fn every_authority_has_a_source_a_check_date_and_only_https_urls() {
        let all = all().unwrap();
        for a in all {
            assert!(
                a.source.starts_with("https://"),
                "{}: source {}",
                a.id,
                a.source
            );
            // The days the registry was checked (the German authorities again on the 5th).
            assert!(
                ["2026-12-04", "2026-12-05"].contains(&a.checked.as_str()),
                "{}: checked {}",
                a.id,
                a.checked
            );
            assert!(
                chrono::NaiveDate::parse_from_str(&a.checked, "%Y-%m-%d").is_ok(),
                "{}",
                a.id
            );
            if let Some(u) = &a.portal_url {
                assert!(u.starts_with("https://"), "{}: portal {u}", a.id);
            }
            let present = [
                ("portal_url", a.portal_url.is_some()),
                ("phone", a.phone.is_some()),
                ("postal_address", a.postal_address.is_some()),
                ("accepts_attachments", a.accepts_attachments.is_some()),
            ];
            for (name, is_set) in present {
                assert_eq!(
                    a.unconfirmed.iter().any(|u| u == name),
                    !is_set,
                    "{}: {name} is {} but {} unconfirmed",
                    a.id,
                    if is_set { "set" } else { "null" },
                    if is_set { "listed" } else { "not listed" }
                );
            }
            for u in &a.unconfirmed {
                assert!(
                    [
                        "portal_url",
                        "phone",
                        "postal_address",
                        "accepts_attachments",
                        "languages"
                    ]
                    .contains(&u.as_str()),
                    "{}: unknown member {u}",
                    a.id
                );
            }
            // Every https address in a note is a source too.
            for word in a.note.iter().flat_map(|n| n.split_whitespace()) {
                assert!(!word.starts_with("http://"), "{}: {word}", a.id);
            }
        }
        // The authorities whose form addresses were read on their own pages keep them (the
        // CNIL's own pages name its téléservice without its address: see its note).
        for id in ["nl-ap", "uk-ico"] {
            assert!(find("a", id).unwrap().portal_url.is_some(), "{id}");
        }
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
