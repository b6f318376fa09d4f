//! Every regulation value has a label in the English messages (the general locale test in
//! `i18n.rs` checks that the other languages have the same ids, variables and translations).

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::Language;
use crate::i18n::SOURCES;

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
    SOURCES
        .iter()
        .find(|(l, name, _)| *l == lang && *name == "regulation.ftl")
        .map(|(_, _, t)| *t)
        .unwrap()
}

#[test]
fn every_regulation_value_has_a_label() {
    use crate::register::regulation::*;
    let en = messages(file(Language::En));
    let mut ids: Vec<String> = Vec::new();
    ids.extend(Regime::ALL.iter().map(|v| v.label_id()));
    ids.extend(ObligationKind::ALL.iter().map(|v| v.label_id()));
    ids.extend(ObligationStatus::ALL.iter().map(|v| v.label_id()));
    ids.extend(Channel::ALL.iter().map(|v| v.label_id()));
    ids.extend(Phase::ALL.iter().map(|v| v.label_id()));
    ids.extend(Art34Exemption::ALL.iter().map(|v| v.label_id()));
    ids.extend(Tristate::ALL.iter().map(|v| v.label_id()));
    ids.extend(DoraEntityType::ALL.iter().map(|v| v.label_id()));
    ids.extend(ContactDirection::ALL.iter().map(|v| v.label_id()));
    ids.extend(ClockGap::ALL.iter().map(|v| v.label_id()));
    for id in ids {
        assert!(en.contains_key(&id), "missing {id}");
    }
}
