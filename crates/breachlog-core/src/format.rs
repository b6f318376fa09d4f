//! Presentation helpers written once for the CLI, the desktop app and the reports: short ids,
//! digit grouping, durations, time zones and recipient names.
//!
//! The pieces the rules' drafts need as well (digit grouping by language, the days/hours/minutes
//! split, reading a time zone name, [`Recipient`] codes) live in the model and are re-exported
//! here, so that a front end finds every formatting helper in this one module. Long durations
//! ("1 day 2 hours") are [`Localizer::duration`]; local times to the minute are
//! [`crate::Ts::local_minute_in`] with [`crate::domain::Org::tz`].
//!
//! This module depends on the model and the rules only: any other module may use it.

use breachlog_model::i18n::{group_digits, Localizer};
use breachlog_model::regulation::Controller;
use breachlog_rules::authorities::{self, Authority};

pub use breachlog_model::i18n::grouped;
pub use breachlog_model::regulation::Recipient;
pub use breachlog_model::time::{days_hours_minutes, zone};

/// A message, or `fallback` when no language has `id`.
pub fn text_or(l: &Localizer, id: &str, fallback: &str) -> String {
    let t = l.text(id);
    if t == id {
        fallback.to_string()
    } else {
        t
    }
}

/// A value's label (`lost_device` → "Lost or stolen device"): the report-specific
/// `report-<prefix>-<value>` when there is one, else the shared `<prefix>-<value>`, else the
/// value as stored. Reports, the register exports and the app name values the same way.
pub fn value_label(l: &Localizer, prefix: &str, wire: &str) -> String {
    let dashed = wire.replace('_', "-");
    let shared = text_or(l, &format!("{prefix}-{dashed}"), wire);
    text_or(l, &format!("report-{prefix}-{dashed}"), &shared)
}

/// The first 8 characters of an id: how tables, notifications and reports name an incident,
/// an action or an event in passing (the full id is what commands take).
pub fn short(id: &str) -> String {
    id.chars().take(8).collect()
}

/// A file size in the language: bytes below 1 KiB, else one decimal of the binary unit with the
/// exact count ("2.5 MiB (2,621,440 bytes)"): an evidence file is identified by its exact size.
pub fn file_size(l: &Localizer, bytes: u64) -> String {
    use breachlog_model::i18n::Arg;
    let exact = Arg::from(bytes);
    let (unit, id) = match bytes {
        b if b < 1 << 10 => return l.msg("file-size-bytes", &[("bytes", exact)]),
        b if b < 1 << 20 => (1u64 << 10, "file-size-kib"),
        b if b < 1 << 30 => (1 << 20, "file-size-mib"),
        _ => (1 << 30, "file-size-gib"),
    };
    // One decimal, rounded half up, in integers (no floats anywhere near the journal).
    let tenths = (u128::from(bytes) * 10 + u128::from(unit) / 2) / u128::from(unit);
    let point = match l.language() {
        breachlog_model::domain::Language::En => ".",
        _ => ",",
    };
    let value = format!("{}{point}{}", tenths / 10, tenths % 10);
    l.msg(id, &[("value", Arg::from(value)), ("bytes", exact)])
}

/// Thousands separated by a narrow no-break space whatever the language (the reports' tables,
/// which one reader may see in several languages).
pub fn neutral_grouped(n: u64) -> String {
    group_digits(i64::try_from(n).unwrap_or(i64::MAX), "\u{202f}")
}

/// A duration as the reports write it, in the document's language: "2 d 3 h 15 min",
/// "3 h 0 min" (days only when there are some).
pub fn compact_duration(l: &Localizer, minutes: i64) -> String {
    let (d, h, m) = days_hours_minutes(minutes);
    let args = [
        ("d", d.to_string()),
        ("h", h.to_string()),
        ("m", m.to_string()),
    ];
    if d > 0 {
        l.msg("report-duration-dhm", &args)
    } else {
        l.msg("report-duration-hm", &args)
    }
}

/// The controller a `controller:<id>` recipient is, by name; `None` for other recipients and
/// for a controller the register does not know.
pub fn controller_name<'a>(r: &Recipient, controllers: &'a [Controller]) -> Option<&'a str> {
    match r {
        Recipient::Controller(id) => controllers
            .iter()
            .find(|c| c.id == *id)
            .map(|c| c.name.as_str()),
        _ => None,
    }
}

/// [`controller_name`] of a stored recipient code (`controller:<id>`, `nl-ap`, …).
pub fn controller_name_of<'a>(recipient: &str, controllers: &'a [Controller]) -> Option<&'a str> {
    controller_name(&Recipient::parse(recipient), controllers)
}

/// The registry entry of an authority recipient.
pub fn authority(r: &Recipient) -> Option<&'static Authority> {
    match r {
        Recipient::Authority(id) => authorities::find("recipient", id).ok(),
        _ => None,
    }
}

/// The proper name of a recipient: the controller's or the authority's (`None` for a group of
/// people, which has a label instead).
pub fn recipient_name(r: &Recipient, controllers: &[Controller]) -> Option<String> {
    controller_name(r, controllers)
        .map(str::to_string)
        .or_else(|| authority(r).map(|a| a.name.clone()))
}

/// A recipient for people: its name, else the label of a group ("persons concerned",
/// "CSIRT / competent authority"), else its code as stored.
pub fn recipient_label(l: &Localizer, r: &Recipient, controllers: &[Controller]) -> String {
    if let Some(name) = recipient_name(r, controllers) {
        return name;
    }
    match r {
        Recipient::Group(code) => l.text(&format!("recipient-{code}")),
        other => other.code(),
    }
}

/// The kind of recipient, never a name ("supervisory authority", "controller", "persons
/// concerned"): for texts that leave the register, such as desktop notifications.
pub fn recipient_kind(l: &Localizer, r: &Recipient) -> String {
    l.text(&r.kind_label_id())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::Ts;
    use uuid::Uuid;

    fn acme() -> Controller {
        Controller {
            id: Uuid::from_u128(7),
            name: "Acme Retail B.V.".into(),
            notice_hours: Some(24),
            contacts: Vec::new(),
            country: None,
            language: None,
            authority: None,
            contract_reference: None,
            removed_at: None,
            added_at: Ts::now(),
        }
    }

    #[test]
    fn recipients_are_named_labelled_or_shown_as_stored() {
        let l = Localizer::new(Language::En);
        let controllers = [acme()];
        let label = |code: &str| recipient_label(&l, &Recipient::parse(code), &controllers);
        assert_eq!(
            label(&format!("controller:{}", Uuid::from_u128(7))),
            "Acme Retail B.V."
        );
        assert_eq!(label("nl-ap"), "Autoriteit Persoonsgegevens");
        assert_eq!(label("csirt"), "CSIRT / competent authority");
        assert_eq!(label("xx-unknown"), "xx-unknown");
        let gone = format!("controller:{}", Uuid::from_u128(8));
        assert_eq!(label(&gone), gone);
        assert_eq!(
            recipient_kind(&l, &Recipient::parse("nl-ap")),
            "supervisory authority"
        );
        assert_eq!(
            recipient_name(&Recipient::parse("public"), &controllers),
            None
        );
    }

    #[test]
    fn ids_numbers_and_durations() {
        assert_eq!(short("01a23bc5-0000-7000"), "01a23bc5");
        assert_eq!(neutral_grouped(1_234_567), "1\u{202f}234\u{202f}567");
        let l = Localizer::new(Language::En);
        assert_eq!(
            compact_duration(&l, 2 * 1440 + 3 * 60 + 15),
            "2 d 3 h 15 min"
        );
        assert_eq!(compact_duration(&l, 59), "0 h 59 min");
    }

    #[test]
    fn file_sizes_say_the_exact_count_in_each_language() {
        let en = Localizer::new(Language::En);
        assert_eq!(file_size(&en, 1), "1 byte");
        assert_eq!(file_size(&en, 1023), "1,023 bytes");
        assert_eq!(file_size(&en, 2_621_440), "2.5 MiB (2,621,440 bytes)");
        assert_eq!(file_size(&en, 200_000_000), "190.7 MiB (200,000,000 bytes)");
        let de = Localizer::new(Language::De);
        assert_eq!(file_size(&de, 1536), "1,5 KiB (1.536 Byte)");
        let fr = Localizer::new(Language::Fr);
        assert_eq!(
            file_size(&fr, 3 << 30),
            "3,0 Gio (3\u{202f}221\u{202f}225\u{202f}472 octets)"
        );
    }
}
