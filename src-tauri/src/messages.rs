//! App-only Fluent messages (`locales/*/app.ftl`): notification texts and the few errors that
//! the core does not know (locked, rate limited). The UI loads the same files.

use breachlog_core::domain::Language;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

const SOURCES: &[(Language, &str)] = &[
    (Language::En, include_str!("../../locales/en/app.ftl")),
    (Language::De, include_str!("../../locales/de/app.ftl")),
    (Language::Nl, include_str!("../../locales/nl/app.ftl")),
    (Language::Fr, include_str!("../../locales/fr/app.ftl")),
];

fn format(lang: Language, id: &str, args: &[(&str, String)]) -> Option<String> {
    let (_, src) = SOURCES.iter().find(|(l, _)| *l == lang)?;
    let res = FluentResource::try_new((*src).to_string()).unwrap_or_else(|(res, _)| res);
    let mut bundle = FluentBundle::new(vec![lang.as_str().parse().ok()?]);
    bundle.set_use_isolating(false);
    bundle.add_resource(res).ok()?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned())
}

/// The message `id` in `lang`, falling back to English, then to the id itself.
pub fn text(lang: Language, id: &str, args: &[(&str, String)]) -> String {
    format(lang, id, args).or_else(|| format(Language::En, id, args)).unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_app_messages() {
        for (lang, _) in SOURCES {
            let t = text(*lang, "app-error-locked", &[]);
            assert_ne!(t, "app-error-locked", "{lang}");
        }
        assert_ne!(text(Language::De, "app-error-locked", &[]), text(Language::En, "app-error-locked", &[]));
    }
}
