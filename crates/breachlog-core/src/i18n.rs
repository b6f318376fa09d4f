//! Fluent messages for every user-facing text. The `.ftl` files under `locales/` are compiled
//! in, so the CLI, the desktop app and the PDFs use the same strings.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::domain::{Language, Status};
use crate::error::Error;

/// The Fluent sources per language: (language, file name, text).
pub const SOURCES: &[(Language, &str, &str)] = &[
    (
        Language::En,
        "breachlog.ftl",
        include_str!("../../../locales/en/breachlog.ftl"),
    ),
    (
        Language::En,
        "reports.ftl",
        include_str!("../../../locales/en/reports.ftl"),
    ),
    (
        Language::De,
        "breachlog.ftl",
        include_str!("../../../locales/de/breachlog.ftl"),
    ),
    (
        Language::De,
        "reports.ftl",
        include_str!("../../../locales/de/reports.ftl"),
    ),
    (
        Language::Nl,
        "breachlog.ftl",
        include_str!("../../../locales/nl/breachlog.ftl"),
    ),
    (
        Language::Nl,
        "reports.ftl",
        include_str!("../../../locales/nl/reports.ftl"),
    ),
    (
        Language::Fr,
        "breachlog.ftl",
        include_str!("../../../locales/fr/breachlog.ftl"),
    ),
    (
        Language::Fr,
        "reports.ftl",
        include_str!("../../../locales/fr/reports.ftl"),
    ),
    (
        Language::En,
        "regulation.ftl",
        include_str!("../../../locales/en/regulation.ftl"),
    ),
    (
        Language::De,
        "regulation.ftl",
        include_str!("../../../locales/de/regulation.ftl"),
    ),
    (
        Language::Nl,
        "regulation.ftl",
        include_str!("../../../locales/nl/regulation.ftl"),
    ),
    (
        Language::Fr,
        "regulation.ftl",
        include_str!("../../../locales/fr/regulation.ftl"),
    ),
    (
        Language::En,
        "retention.ftl",
        include_str!("../../../locales/en/retention.ftl"),
    ),
    (
        Language::De,
        "retention.ftl",
        include_str!("../../../locales/de/retention.ftl"),
    ),
    (
        Language::Nl,
        "retention.ftl",
        include_str!("../../../locales/nl/retention.ftl"),
    ),
    (
        Language::Fr,
        "retention.ftl",
        include_str!("../../../locales/fr/retention.ftl"),
    ),
];

fn bundle(lang: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.as_str().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (l, _, text) in SOURCES.iter().filter(|(l, _, _)| *l == lang) {
        let _ = l;
        // A broken file still yields the messages that parsed; the locale tests fail on errors.
        let res = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(res);
    }
    bundle
}

/// Formats messages in one language, falling back to English for a missing id.
pub struct Localizer {
    lang: Language,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Localizer {
    pub fn new(lang: Language) -> Self {
        let fallback = (lang != Language::En).then(|| bundle(Language::En));
        Localizer {
            lang,
            bundle: bundle(lang),
            fallback,
        }
    }

    pub fn language(&self) -> Language {
        self.lang
    }

    /// The message `id` with `args`; the id itself when no language has it.
    pub fn msg(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for b in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return b
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.msg(id, &[])
    }

    /// The label of a field name as used in errors (`field-<name>`).
    pub fn field(&self, name: &str) -> String {
        self.text(&format!("field-{}", name.replace('_', "-")))
    }

    pub fn status(&self, s: Status) -> String {
        self.text(&s.label_id())
    }

    /// The user-facing message for an error, in this language.
    pub fn error(&self, e: &Error) -> String {
        let args: Vec<(&str, String)> = match e {
            Error::InvalidInput { field, reason } => {
                let reason_args: Vec<(&str, String)> = reason.args();
                vec![
                    ("field", self.field(field)),
                    ("reason", self.msg(reason.fluent_id(), &reason_args)),
                ]
            }
            Error::InvalidTransition { from, to, allowed } => vec![
                ("from", self.status(*from)),
                ("to", self.status(*to)),
                (
                    "allowed",
                    allowed
                        .iter()
                        .map(|s| self.status(*s))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ],
            Error::NotFound { entity, id } => vec![
                ("entity", self.text(&format!("entity-{entity}"))),
                ("id", id.clone()),
            ],
            Error::Integrity(ie) => {
                vec![
                    ("seq", ie.seq.to_string()),
                    ("reason", self.msg(ie.reason.fluent_id(), &ie.reason.args())),
                ]
            }
            Error::SchemaTooNew { found, supported } => {
                vec![
                    ("found", found.to_string()),
                    ("supported", supported.to_string()),
                ]
            }
            Error::RegisterExists(p) | Error::RegisterMissing(p) => {
                vec![("path", p.display().to_string())]
            }
            Error::KeyFileDamaged { path, detail } => vec![
                ("path", path.display().to_string()),
                ("detail", detail.clone()),
            ],
            Error::Keyring(d) | Error::Data(d) => vec![("detail", d.clone())],
            Error::Storage(s) => vec![("detail", s.to_string())],
            Error::Io { path, source } => vec![
                ("path", path.display().to_string()),
                ("detail", source.to_string()),
            ],
            Error::TooManyAttempts { wait_secs } => vec![("seconds", wait_secs.to_string())],
            Error::WrongKey | Error::NoKey => Vec::new(),
        };
        self.msg(e.fluent_id(), &args)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use crate::error::Reason;

    /// id → (text, variables) of one locale, from every file of that locale.
    fn messages(lang: Language) -> BTreeMap<String, (String, BTreeSet<String>)> {
        let mut out = BTreeMap::new();
        for (_, file, text) in SOURCES.iter().filter(|(l, _, _)| *l == lang) {
            if let Err((_, errors)) = FluentResource::try_new((*text).to_string()) {
                panic!("{}/{file} does not parse: {errors:?}", lang.as_str());
            }
            // A message is its `id = value` line plus the indented lines that continue it
            // (multi-line text and plural/select variants).
            let mut entries: Vec<(String, String)> = Vec::new();
            for line in text.lines() {
                if line.starts_with(' ') {
                    if let Some((_, value)) = entries.last_mut() {
                        value.push('\n');
                        value.push_str(line.trim());
                    }
                    continue;
                }
                let Some((id, value)) = line.split_once('=') else {
                    continue;
                };
                let id = id.trim();
                if id.is_empty()
                    || !id.starts_with(|c: char| c.is_ascii_lowercase())
                    || id.contains(' ')
                {
                    continue;
                }
                entries.push((id.to_string(), value.trim().to_string()));
            }
            for (id, value) in entries {
                let vars = value
                    .split("{ $")
                    .skip(1)
                    .filter_map(|rest| {
                        rest.split_once(' ')
                            .map(|(v, _)| v.trim_end_matches('}').to_string())
                    })
                    .collect();
                assert!(
                    out.insert(id.clone(), (value, vars)).is_none(),
                    "duplicate id {id}"
                );
            }
        }
        out
    }

    fn intentionally_identical(lang: Language) -> BTreeSet<String> {
        include_str!("../../../locales/identical.txt")
            .lines()
            .filter_map(|l| l.split_once(':'))
            .filter(|(l, _)| l.trim() == lang.as_str())
            .flat_map(|(_, ids)| ids.split(',').map(|i| i.trim().to_string()))
            .filter(|i| !i.is_empty())
            .collect()
    }

    #[test]
    fn every_locale_has_the_english_ids_and_variables_and_is_translated() {
        let en = messages(Language::En);
        assert!(en.len() > 100);
        for lang in [Language::De, Language::Nl, Language::Fr] {
            let other = messages(lang);
            let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}: missing {missing:?}, extra {extra:?}"
            );
            let allowed = intentionally_identical(lang);
            for (id, (text, vars)) in &en {
                let (o_text, o_vars) = &other[id];
                assert_eq!(vars, o_vars, "{lang}: variables of {id}");
                if text == o_text {
                    assert!(allowed.contains(id), "{lang}: {id} is still English ('{text}'); translate it or list it in locales/identical.txt");
                }
            }
        }
    }

    #[test]
    fn invalid_input_names_field_and_reason_in_each_language() {
        let e = Error::invalid("aware_at", Reason::AwareBeforeDetected);
        let en = Localizer::new(Language::En).error(&e);
        assert!(en.contains("aware"), "{en}");
        let de = Localizer::new(Language::De).error(&e);
        assert_ne!(en, de);
    }

    #[test]
    fn transition_error_lists_allowed_states() {
        let e = Error::InvalidTransition {
            from: Status::Closed,
            to: Status::Contained,
            allowed: vec![Status::Investigating],
        };
        let en = Localizer::new(Language::En).error(&e);
        assert!(en.contains("investigating"), "{en}");
    }
}
