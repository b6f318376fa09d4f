//! Fluent messages for every user-facing text. The `.ftl` files under `locales/` are compiled
//! in, so the CLI, the desktop app and the PDFs use the same strings.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::domain::{Language, Status};
pub use crate::message::{Arg, Localize, Message};

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
    (
        Language::En,
        "evidence.ftl",
        include_str!("../../../locales/en/evidence.ftl"),
    ),
    (
        Language::De,
        "evidence.ftl",
        include_str!("../../../locales/de/evidence.ftl"),
    ),
    (
        Language::Nl,
        "evidence.ftl",
        include_str!("../../../locales/nl/evidence.ftl"),
    ),
    (
        Language::Fr,
        "evidence.ftl",
        include_str!("../../../locales/fr/evidence.ftl"),
    ),
    (
        Language::En,
        "anchor.ftl",
        include_str!("../../../locales/en/anchor.ftl"),
    ),
    (
        Language::De,
        "anchor.ftl",
        include_str!("../../../locales/de/anchor.ftl"),
    ),
    (
        Language::Nl,
        "anchor.ftl",
        include_str!("../../../locales/nl/anchor.ftl"),
    ),
    (
        Language::Fr,
        "anchor.ftl",
        include_str!("../../../locales/fr/anchor.ftl"),
    ),
    (
        Language::En,
        "team.ftl",
        include_str!("../../../locales/en/team.ftl"),
    ),
    (
        Language::De,
        "team.ftl",
        include_str!("../../../locales/de/team.ftl"),
    ),
    (
        Language::Nl,
        "team.ftl",
        include_str!("../../../locales/nl/team.ftl"),
    ),
    (
        Language::Fr,
        "team.ftl",
        include_str!("../../../locales/fr/team.ftl"),
    ),
];

/// A whole number with the language's digit grouping (CLDR): 1,440 (en), 1.440 (de, nl),
/// 1 440 (fr, narrow no-break space).
pub fn grouped(n: i64, lang: Language) -> String {
    let sep = match lang {
        Language::En => ",",
        Language::De | Language::Nl => ".",
        Language::Fr => "\u{202f}",
    };
    group_digits(n, sep)
}

/// A whole number with `sep` between groups of three digits.
pub fn group_digits(n: i64, sep: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::from(if n < 0 { "-" } else { "" });
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// Fluent's number formatting for whole numbers without options; anything else keeps the default.
fn number(v: &FluentValue<'_>, lang: Language) -> Option<String> {
    match v {
        FluentValue::Number(n)
            if n.value.fract() == 0.0
                && n.value.abs() < 1e15
                && n.options == fluent_bundle::types::FluentNumberOptions::default() =>
        {
            Some(grouped(n.value as i64, lang))
        }
        _ => None,
    }
}

fn number_en<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    number(v, Language::En)
}
fn number_de<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    number(v, Language::De)
}
fn number_nl<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    number(v, Language::Nl)
}
fn number_fr<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    number(v, Language::Fr)
}

fn set_number_formatter<R, M>(
    bundle: &mut fluent_bundle::bundle::FluentBundle<R, M>,
    lang: Language,
) {
    let f: fn(&FluentValue<'_>, &M) -> Option<String> = match lang {
        Language::En => number_en::<M>,
        Language::De => number_de::<M>,
        Language::Nl => number_nl::<M>,
        Language::Fr => number_fr::<M>,
    };
    bundle.set_formatter(Some(f));
}

/// The bundle of `lang`: the core's files, then the `extra` sources of that language (a front
/// end's own messages, e.g. the app's `app.ftl`).
fn bundle(lang: Language, extra: &[(Language, &str)]) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.as_str().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    set_number_formatter(&mut bundle, lang);
    let core = SOURCES.iter().map(|(l, _, text)| (*l, *text));
    for (_, text) in core
        .chain(extra.iter().copied())
        .filter(|(l, _)| *l == lang)
    {
        // A broken file still yields the messages that parsed; the locale tests fail on errors.
        let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
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
        Self::with_extra(lang, &[])
    }

    /// A localizer that also knows the messages of `extra` (per language; ids must not repeat
    /// the core's): how a front end adds its own texts to the core's.
    pub fn with_extra(lang: Language, extra: &[(Language, &str)]) -> Self {
        let fallback = (lang != Language::En).then(|| bundle(Language::En, extra));
        Localizer {
            lang,
            bundle: bundle(lang, extra),
            fallback,
        }
    }

    pub fn language(&self) -> Language {
        self.lang
    }

    /// The message `id` with `args` (texts, or numbers for counts: see [`Arg`]); the id itself
    /// when no language has it.
    pub fn msg<A: Clone + Into<Arg>>(&self, id: &str, args: &[(&str, A)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, self.value(&v.clone().into()));
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

    /// Renders a [`Message`] (nested messages, fields and ids in this language).
    pub fn render(&self, m: &Message) -> String {
        self.msg(&m.id, &m.args)
    }

    /// The message of anything that has one (an error, a problem, a reason).
    pub fn message_of(&self, x: &dyn Localize) -> String {
        self.render(&x.message())
    }

    fn value(&self, a: &Arg) -> FluentValue<'static> {
        match a {
            Arg::Number(n) => FluentValue::from(*n),
            other => FluentValue::from(self.arg_text(other)),
        }
    }

    fn arg_text(&self, a: &Arg) -> String {
        match a {
            Arg::Text(s) => s.clone(),
            Arg::Number(n) => self.number(*n),
            Arg::Field(f) => self.field(f),
            Arg::Id(id) => self.text(id),
            Arg::Msg(m) => self.render(m),
            Arg::List(items) => items
                .iter()
                .map(|i| self.arg_text(i))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// The user-facing message for an error (of any layer), in this language.
    pub fn error(&self, e: &dyn Localize) -> String {
        self.message_of(e)
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.msg::<Arg>(id, &[])
    }

    /// A whole number with this language's digit grouping.
    pub fn number(&self, n: i64) -> String {
        grouped(n, self.lang)
    }

    /// A duration in whole minutes as days, hours and minutes, leaving out zero parts
    /// ("3 days 2 hours", "1 Tag 5 Minuten"); "0 minutes" for zero.
    pub fn duration(&self, minutes: i64) -> String {
        let (days, hours, mins) = crate::time::days_hours_minutes(minutes);
        let parts = [
            ("reg-duration-days", "days", days),
            ("reg-duration-hours", "hours", hours),
            ("reg-duration-minutes", "minutes", mins),
        ];
        let shown: Vec<String> = parts
            .iter()
            .filter(|(_, _, n)| *n > 0)
            .map(|(id, var, n)| self.msg(id, &[(*var, Arg::Number(*n))]))
            .collect();
        if shown.is_empty() {
            self.msg("reg-duration-minutes", &[("minutes", Arg::Number(0))])
        } else {
            shown.join(" ")
        }
    }

    /// The label of a field name as used in errors (`field-<name>`).
    pub fn field(&self, name: &str) -> String {
        self.text(&format!("field-{}", name.replace('_', "-")))
    }

    pub fn status(&self, s: Status) -> String {
        self.text(&s.label_id())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use crate::error::{Error, Reason};

    /// id → (text, variables) of one locale, from every file of that locale. A message runs
    /// from its `id =` line over the indented (or `}`) lines after it, so the variants of a
    /// plural selector belong to it; variables are every `$name` in the whole text.
    fn messages(lang: Language) -> BTreeMap<String, (String, BTreeSet<String>)> {
        let mut out = BTreeMap::new();
        for (_, file, text) in SOURCES.iter().filter(|(l, _, _)| *l == lang) {
            if let Err((_, errors)) = FluentResource::try_new((*text).to_string()) {
                panic!("{}/{file} does not parse: {errors:?}", lang.as_str());
            }
            let mut current: Option<(String, String)> = None;
            let mut finish = |current: &mut Option<(String, String)>| {
                if let Some((id, value)) = current.take() {
                    let vars = variables(&value);
                    assert!(
                        out.insert(id.clone(), (value.trim().to_string(), vars))
                            .is_none(),
                        "duplicate id {id}"
                    );
                }
            };
            for line in text.lines() {
                let continuation = line.starts_with([' ', '}']) && current.is_some();
                if continuation {
                    if let Some((_, value)) = current.as_mut() {
                        value.push('\n');
                        value.push_str(line.trim());
                    }
                    continue;
                }
                finish(&mut current);
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
                current = Some((id.to_string(), value.to_string()));
            }
            finish(&mut current);
        }
        out
    }

    fn variables(value: &str) -> BTreeSet<String> {
        value
            .split('$')
            .skip(1)
            .map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect::<String>()
            })
            .filter(|v| !v.is_empty())
            .collect()
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
    fn counts_choose_the_plural_form_of_each_language() {
        let hours =
            |lang, n: i64| Localizer::new(lang).msg("reg-hours", &[("hours", Arg::from(n))]);
        let cases = [
            (Language::En, 1, "1 hour"),
            (Language::En, 72, "72 hours"),
            (Language::De, 1, "1 Stunde"),
            (Language::De, 24, "24 Stunden"),
            (Language::Nl, 1, "1 uur"),
            (Language::Fr, 1, "1 heure"),
            (Language::Fr, 0, "0 heure"),
            (Language::Fr, 2, "2 heures"),
        ];
        for (lang, n, expected) in cases {
            assert_eq!(hours(lang, n), expected, "{lang} {n}");
        }
        let count = |lang, total: usize| {
            Localizer::new(lang).msg(
                "cli-incidents-count",
                &[("shown", Arg::from(total)), ("total", Arg::from(total))],
            )
        };
        assert_eq!(count(Language::En, 1), "1 of 1 incident");
        assert_eq!(count(Language::En, 2), "2 of 2 incidents");
        assert_eq!(count(Language::De, 1), "1 von 1 Vorfall");
        assert_eq!(count(Language::Nl, 3), "3 van 3 incidenten");
        let bundle = |lang, n: u64| {
            let args = [
                ("files", Arg::from(n)),
                ("events", Arg::from(n)),
                ("seq", Arg::from("7")),
                ("hash", Arg::from("ab12")),
            ];
            Localizer::new(lang).msg("cli-bundle-ok", &args)
        };
        assert_eq!(
            bundle(Language::En, 1),
            "Bundle intact: 1 file, journal of 1 event, head 7 ab12."
        );
        assert_eq!(
            bundle(Language::De, 1200),
            "Prüfpaket unverändert: 1.200 Dateien, Journal mit 1.200 Einträgen, Stand 7 ab12."
        );
        assert_eq!(
            bundle(Language::Fr, 1),
            "Dossier d'audit intact : 1 fichier, journal de 1 événement, état 7 ab12."
        );
        // A count passed as text cannot select a plural form: always the default variant.
        assert_eq!(
            Localizer::new(Language::En).msg("reg-hours", &[("hours", "1")]),
            "1 hours"
        );
    }

    #[test]
    fn numbers_are_grouped_the_way_each_language_writes_them() {
        let e = Error::invalid(
            "reasons_for_delay",
            Reason::ReasonsForDelayRequired { minutes: 1440 },
        );
        assert!(Localizer::new(Language::En)
            .error(&e)
            .contains("1,440 minutes"));
        assert!(Localizer::new(Language::De)
            .error(&e)
            .contains("1.440 Minuten"));
        assert!(Localizer::new(Language::Nl)
            .error(&e)
            .contains("1.440 minuten"));
        assert!(Localizer::new(Language::Fr)
            .error(&e)
            .contains("1\u{202f}440 minutes"));
        let one = Error::invalid(
            "reasons_for_delay",
            Reason::ReasonsForDelayRequired { minutes: 1 },
        );
        assert!(Localizer::new(Language::En)
            .error(&one)
            .contains("is 1 minute after"));
        assert!(Localizer::new(Language::De)
            .error(&one)
            .contains("1 Minute nach"));
        assert_eq!(grouped(999, Language::En), "999");
        assert_eq!(grouped(1_234_567, Language::De), "1.234.567");
        assert_eq!(grouped(-1200, Language::En), "-1,200");
    }

    #[test]
    fn durations_in_days_hours_and_minutes_leave_out_zero_parts() {
        let cases = [
            (Language::En, 0, "0 minutes"),
            (Language::En, 1, "1 minute"),
            // 61 = 1 h + 1 min
            (Language::En, 61, "1 hour 1 minute"),
            (Language::En, 1440, "1 day"),
            // 4445 = 3 × 1440 + 2 × 60 + 5
            (Language::En, 4445, "3 days 2 hours 5 minutes"),
            // 1501 = 1440 + 60 + 1
            (Language::De, 1501, "1 Tag 1 Stunde 1 Minute"),
            // 2900 = 2 × 1440 + 20
            (Language::De, 2900, "2 Tage 20 Minuten"),
            (Language::Nl, 1500, "1 dag 1 uur"),
            (Language::Fr, 2880, "2 jours"),
            (Language::Fr, 90, "1 heure 30 minutes"),
        ];
        for (lang, minutes, expected) in cases {
            assert_eq!(
                Localizer::new(lang).duration(minutes),
                expected,
                "{lang} {minutes}"
            );
        }
    }
}
