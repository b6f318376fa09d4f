//! App-only Fluent messages (`locales/*/app.ftl`): notification texts and the few errors that
//! the core does not know (a command that needs the register while it is locked). The UI loads the same files.

use breachlog_core::domain::Language;
use breachlog_core::i18n::Localizer;
use std::sync::OnceLock;

const SOURCES: &[(Language, &str)] = &[
    (Language::En, include_str!("../../locales/en/app.ftl")),
    (Language::De, include_str!("../../locales/de/app.ftl")),
    (Language::Nl, include_str!("../../locales/nl/app.ftl")),
    (Language::Fr, include_str!("../../locales/fr/app.ftl")),
];

/// The core's localizer of `lang` with the app's messages added, made once per language.
pub fn localizer(lang: Language) -> &'static Localizer {
    static ALL: OnceLock<Vec<Localizer>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        Language::ALL
            .iter()
            .map(|l| Localizer::with_extra(*l, SOURCES))
            .collect()
    });
    let en = &all[0];
    all.iter().find(|l| l.language() == lang).unwrap_or(en)
}

/// The message `id` in `lang`, falling back to English, then to the id itself.
pub fn text(lang: Language, id: &str, args: &[(&str, String)]) -> String {
    localizer(lang).msg(id, args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;

    #[test]
    fn every_language_has_the_app_messages() {
        for (lang, _) in SOURCES {
            let t = text(*lang, "app-error-locked", &[]);
            assert_ne!(t, "app-error-locked", "{lang}");
        }
        assert_ne!(
            text(Language::De, "app-error-locked", &[]),
            text(Language::En, "app-error-locked", &[])
        );
    }

    /// (message id, sorted variable names) of one app.ftl file.
    fn shape(src: &str) -> Vec<(String, Vec<String>)> {
        if let Err((_, errors)) = FluentResource::try_new(src.to_string()) {
            panic!("app.ftl does not parse: {errors:?}");
        }
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        let mut current: Option<(String, Vec<String>)> = None;
        for line in src.lines() {
            if let Some((id, _)) = line
                .split_once(" = ")
                .filter(|(id, _)| id.starts_with("app-"))
            {
                out.extend(current.take());
                current = Some((id.to_string(), Vec::new()));
            }
            if let Some((_, vars)) = current.as_mut() {
                for part in line.split("{ $").skip(1) {
                    let name: String = part
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !vars.contains(&name) {
                        vars.push(name);
                    }
                }
            }
        }
        out.extend(current);
        for (_, vars) in &mut out {
            vars.sort();
        }
        out.sort();
        out
    }

    #[test]
    fn app_locales_have_the_same_ids_and_variables() {
        let en = shape(SOURCES[0].1);
        assert!(en.len() > 100);
        for (lang, src) in &SOURCES[1..] {
            assert_eq!(shape(src), en, "{lang}");
        }
    }
}
