//! The regulation messages parse in every language, have the same ids and variables as
//! English, and are translated (except the listed, intentionally identical ones).

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;

use crate::domain::Language;
use crate::i18n::SOURCES;

/// Messages that are the same word in a language (proper names, loanwords, cognates).
const IDENTICAL: &[(&str, &str)] = &[
    ("*", "regime-uk-gdpr"),
    ("*", "regime-dora"),
    ("*", "regime-eprivacy"),
    ("nl", "regime-nis2"),
    ("nl", "field-incident"),
    ("fr", "field-incident"),
    ("fr", "field-phase"),
    ("fr", "entity-obligation"),
    ("fr", "field-obligation"),
    ("fr", "reg-header-kind"),
    ("fr", "obligation-kind-notification"),
    ("fr", "reg-late-by"),
    ("de", "reg-header-status"),
    ("nl", "reg-header-status"),
    ("nl", "channel-email"),
    ("nl", "field-phase"),
    ("de", "field-phase"),
    ("nl", "tpl-value-yes"),
    ("*", "tpl-authority-title-edpb"),
];

fn messages(text: &str) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    for line in text.lines() {
        if line.starts_with('#') || line.starts_with(' ') || !line.contains(" = ") {
            continue;
        }
        let (id, value) = line.split_once(" = ").unwrap_or_default();
        let vars = value
            .split("{ $")
            .skip(1)
            .map(|rest| rest.split([' ', '}']).next().unwrap_or("").to_string())
            .collect();
        out.insert(id.trim().to_string(), (value.to_string(), vars));
    }
    out
}

fn file(lang: Language) -> &'static str {
    SOURCES.iter().find(|(l, name, _)| *l == lang && *name == "regulation.ftl").map(|(_, _, t)| *t).unwrap()
}

#[test]
fn regulation_messages_parse_and_match_english() {
    let en = messages(file(Language::En));
    assert!(en.len() > 100);
    for lang in [Language::En, Language::De, Language::Nl, Language::Fr] {
        let text = file(lang);
        assert!(FluentResource::try_new(text.to_string()).is_ok(), "{lang}: parse errors");
        let other = messages(text);
        let ids: BTreeSet<&String> = other.keys().collect();
        let en_ids: BTreeSet<&String> = en.keys().collect();
        assert_eq!(ids, en_ids, "{lang}: message ids differ from English");
        for (id, (value, vars)) in &other {
            let (en_value, en_vars) = &en[id];
            assert_eq!(vars, en_vars, "{lang} {id}: variables differ");
            if lang != Language::En && value == en_value {
                let allowed = IDENTICAL.iter().any(|(l, i)| (*l == "*" || *l == lang.as_str()) && i == id);
                assert!(allowed, "{lang} {id} is left in English: {value}");
            }
        }
    }
}

#[test]
fn every_regulation_value_has_a_label() {
    use crate::regulation::*;
    let en = messages(file(Language::En));
    let mut ids: Vec<String> = Vec::new();
    ids.extend(Regime::ALL.iter().map(|v| v.label_id()));
    ids.extend(ObligationKind::ALL.iter().map(|v| v.label_id()));
    ids.extend(ObligationStatus::ALL.iter().map(|v| v.label_id()));
    ids.extend(Channel::ALL.iter().map(|v| v.label_id()));
    ids.extend(Phase::ALL.iter().map(|v| v.label_id()));
    ids.extend(Art34Exemption::ALL.iter().map(|v| v.label_id()));
    ids.extend(Tristate::ALL.iter().map(|v| v.label_id()));
    ids.extend(ContactDirection::ALL.iter().map(|v| v.label_id()));
    for id in ids {
        assert!(en.contains_key(&id), "missing {id}");
    }
}
