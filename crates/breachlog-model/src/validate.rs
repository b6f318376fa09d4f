//! Field validation shared by every operation. Each check names the field and the reason;
//! operations validate everything before they open a transaction, so bad input writes nothing.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use crate::domain::Language;
use crate::error::{Error, Reason, Result};
use crate::Ts;

/// Longest single-line field (titles, names, references), in characters.
pub const MAX_LINE: usize = 300;
/// Longest free-text field (descriptions, reasoning), in characters.
pub const MAX_TEXT: usize = 20_000;
/// Most items in a list field (categories, systems).
pub const MAX_ITEMS: usize = 100;
/// Largest approximate count accepted (2^53, exact in every JSON implementation).
pub const MAX_COUNT: u64 = 9_007_199_254_740_992;

/// A required one-line text: trimmed, non-empty, no control characters, bounded.
pub fn line(field: &'static str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid(field, Reason::Empty));
    }
    optional_line(field, v)
}

/// An optional one-line text: like [`line`] but may be empty.
pub fn optional_line(field: &'static str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.chars().count() > MAX_LINE {
        return Err(Error::invalid(field, Reason::TooLong { max: MAX_LINE }));
    }
    if v.chars().any(char::is_control) {
        return Err(Error::invalid(field, Reason::ControlCharacters));
    }
    Ok(v.to_string())
}

/// A multi-line text: newlines and tabs allowed, other control characters refused, bounded.
pub fn text(field: &'static str, value: &str) -> Result<String> {
    let v = value.trim_end();
    if v.chars().count() > MAX_TEXT {
        return Err(Error::invalid(field, Reason::TooLong { max: MAX_TEXT }));
    }
    if v.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(Error::invalid(field, Reason::ControlCharacters));
    }
    Ok(v.replace("\r\n", "\n"))
}

/// A list of one-line items (each trimmed, empty ones dropped, duplicates removed in order).
pub fn items(field: &'static str, values: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for value in values {
        let v = optional_line(field, value)?;
        if !v.is_empty() && !out.contains(&v) {
            out.push(v);
        }
    }
    if out.len() > MAX_ITEMS {
        return Err(Error::invalid(field, Reason::TooLong { max: MAX_ITEMS }));
    }
    Ok(out)
}

/// A timestamp given as text (RFC 3339 with offset).
pub fn timestamp(field: &'static str, value: &str) -> Result<Ts> {
    Ts::parse(value).ok_or_else(|| Error::invalid(field, Reason::NotATimestamp))
}

/// A timestamp that must not lie in the future (with a minute of clock skew allowed).
pub fn not_future(field: &'static str, ts: Ts, now: Ts) -> Result<Ts> {
    if ts > Ts::from_utc(now.as_utc() + chrono::Duration::minutes(1)) {
        return Err(Error::invalid(field, Reason::InFuture));
    }
    Ok(ts)
}

/// A value of a closed set, e.g. a category.
pub fn choice<T: FromStr>(
    field: &'static str,
    value: &str,
    allowed: impl FnOnce() -> String,
) -> Result<T> {
    value
        .parse()
        .map_err(|_| Error::invalid(field, Reason::UnknownValue { allowed: allowed() }))
}

/// An e-mail address: one `@`, a local part, a domain with a dot and no empty label, no
/// spaces or control characters (what an authority's form accepts; not RFC 5322's every form).
pub fn email(field: &'static str, value: &str) -> Result<String> {
    let v = optional_line(field, value)?;
    let bad = || Error::invalid(field, Reason::NotAnEmail);
    let (local, domain) = v.split_once('@').ok_or_else(bad)?;
    let labels: Vec<&str> = domain.split('.').collect();
    if local.is_empty()
        || domain.contains('@')
        || v.chars().any(char::is_whitespace)
        || labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-'))
        || labels
            .iter()
            .any(|l| !l.chars().all(|c| c.is_alphanumeric() || c == '-'))
    {
        return Err(bad());
    }
    Ok(v)
}

/// Whether `digits` (ASCII digits only) pass the Luhn check.
fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let d2 = d * 2;
                if d2 > 9 {
                    d2 - 9
                } else {
                    d2
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// A company registration number for an organisation whose lead authority is in `country`
/// (ISO code, lower case): SIREN for `fr` (9 digits, Luhn check; spaces allowed when typed),
/// KvK for `nl` (8 digits), any one-line text elsewhere; `none` (any case) means the
/// organisation has none and is kept as `none`.
pub fn registration_number(field: &'static str, value: &str, country: &str) -> Result<String> {
    let v = optional_line(field, value)?;
    if v.eq_ignore_ascii_case(crate::domain::NO_REGISTRATION) {
        return Ok(crate::domain::NO_REGISTRATION.to_string());
    }
    let digits: String = v.chars().filter(|c| !c.is_whitespace()).collect();
    let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    match country {
        "fr" if !(all_digits && digits.len() == 9 && luhn(&digits)) => {
            Err(Error::invalid(field, Reason::NotASiren))
        }
        "nl" if !(all_digits && digits.len() == 8) => Err(Error::invalid(field, Reason::NotAKvk)),
        "fr" | "nl" => Ok(digits),
        _ => Ok(v),
    }
}

/// Whether a 20-character code's ISO 7064 MOD 97-10 check holds (letters count as 10–35).
fn mod97_10(code: &str) -> bool {
    let mut rest: u32 = 0;
    for c in code.chars() {
        let Some(d) = c.to_digit(36) else {
            return false;
        };
        for digit in d.to_string().bytes() {
            rest = (rest * 10 + u32::from(digit - b'0')) % 97;
        }
    }
    rest == 1
}

/// A Legal Entity Identifier (ISO 17442): 20 letters and digits, the last two the ISO 7064
/// MOD 97-10 check digits; kept upper case, spaces typed between groups dropped.
pub fn lei(field: &'static str, value: &str) -> Result<String> {
    let v: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if v.len() != 20
        || !v.chars().all(|c| c.is_ascii_alphanumeric())
        || !v[18..].chars().all(|c| c.is_ascii_digit())
        || !mod97_10(&v)
    {
        return Err(Error::invalid(field, Reason::NotALei));
    }
    Ok(v)
}

/// An approximate count (people, records).
pub fn count(field: &'static str, value: u64) -> Result<u64> {
    if value > MAX_COUNT {
        return Err(Error::invalid(field, Reason::OutOfRange { max: MAX_COUNT }));
    }
    Ok(value)
}

/// A language code (`en`, `de`, `nl`, `fr`).
pub fn language(field: &'static str, value: &str) -> Result<Language> {
    value
        .parse::<Language>()
        .map_err(|()| Error::invalid(field, Reason::UnknownLanguage))
}

/// The officially assigned ISO 3166-1 alpha-2 country codes (249), sorted.
pub const COUNTRY_CODES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// An ISO 3166-1 alpha-2 country code, upper case (`nl` → `NL`); the exceptionally reserved
/// `UK` is taken as `GB`, the code of the United Kingdom.
pub fn country(field: &'static str, value: &str) -> Result<String> {
    let v = value.trim().to_ascii_uppercase();
    let v = if v == "UK" { "GB".to_string() } else { v };
    if COUNTRY_CODES.binary_search(&v.as_str()).is_ok() {
        Ok(v)
    } else {
        Err(Error::invalid(field, Reason::NotACountryCode))
    }
}

/// An IANA time zone name.
pub fn timezone(field: &'static str, value: &str) -> Result<String> {
    let v = value.trim();
    v.parse::<chrono_tz::Tz>()
        .map(|_| v.to_string())
        .map_err(|_| Error::invalid(field, Reason::UnknownTimezone))
}

/// A folder as typed: empty (none chosen), a full path, or `~` / `~/…` for the home folder
/// `home`, expanded here. Anything else would be relative to whatever the working directory
/// happens to be (the app's is not the user's) and is refused, so `~/Backups` never becomes a
/// folder literally named `~` there.
pub fn folder(field: &'static str, value: &str, home: Option<&Path>) -> Result<String> {
    let v = optional_line(field, value)?;
    if v.is_empty() {
        return Ok(v);
    }
    let tilde = if v == "~" {
        Some("")
    } else {
        v.strip_prefix("~/")
            .or_else(|| v.strip_prefix("~\\").filter(|_| cfg!(windows)))
    };
    let path = match tilde {
        Some(rest) => {
            let home = home
                .filter(|h| h.is_absolute())
                .ok_or_else(|| Error::invalid(field, Reason::NoHomeDirectory))?;
            let rest = rest.trim_start_matches(['/', '\\']);
            if rest.is_empty() {
                home.to_path_buf()
            } else {
                home.join(rest)
            }
        }
        None => PathBuf::from(&v),
    };
    if !path.is_absolute() {
        return Err(Error::invalid(field, Reason::RelativePath));
    }
    let text = path
        .into_os_string()
        .into_string()
        .map_err(|_| Error::invalid(field, Reason::NoHomeDirectory))?;
    optional_line(field, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(r: Result<impl std::fmt::Debug>) -> Reason {
        match r {
            Err(Error::InvalidInput { reason, .. }) => reason,
            other => panic!("expected invalid input, got {other:?}"),
        }
    }

    #[test]
    fn email_needs_a_local_part_and_a_dotted_domain() {
        assert_eq!(
            email("dpo_email", " fg@voorbeeld.nl ").unwrap(),
            "fg@voorbeeld.nl"
        );
        for bad in [
            "fg",
            "@voorbeeld.nl",
            "fg@voorbeeld",
            "fg@@voorbeeld.nl",
            "f g@voorbeeld.nl",
            "fg@voorbeeld..nl",
            "fg@-x.nl",
        ] {
            assert_eq!(reason(email("dpo_email", bad)), Reason::NotAnEmail, "{bad}");
        }
    }

    #[test]
    fn siren_is_nine_digits_with_a_luhn_check_and_kvk_eight_digits() {
        // 732 829 320 and 552 100 554 are real SIRENs (their Luhn sums are multiples of 10).
        assert_eq!(
            registration_number("registration_number", "732 829 320", "fr").unwrap(),
            "732829320"
        );
        assert!(registration_number("registration_number", "552100554", "fr").is_ok());
        for bad in [
            "732829321",
            "123456789",
            "73282932",
            "7328293200",
            "ABCDEFGHI",
        ] {
            assert_eq!(
                reason(registration_number("registration_number", bad, "fr")),
                Reason::NotASiren,
                "{bad}"
            );
        }
        assert_eq!(
            registration_number("registration_number", "NONE", "fr").unwrap(),
            "none"
        );
        assert_eq!(
            registration_number("registration_number", "3412 3456", "nl").unwrap(),
            "34123456"
        );
        assert_eq!(
            reason(registration_number("registration_number", "3412345", "nl")),
            Reason::NotAKvk
        );
        // Elsewhere (a UK company number has letters): any one-line text.
        assert_eq!(
            registration_number("registration_number", "SC123456", "gb").unwrap(),
            "SC123456"
        );
    }

    #[test]
    fn a_lei_is_twenty_characters_whose_mod_97_10_check_holds() {
        // 7LTWFZYICNSX8D621K86 is Deutsche Bank AG's LEI (GLEIF); the others are its
        // neighbours with one character or a check digit changed.
        assert_eq!(
            lei("lei", " 7ltw fzyi cnsx 8d62 1k86 ").unwrap(),
            "7LTWFZYICNSX8D621K86"
        );
        assert!(lei("lei", "529900T8BM49AURSDO55").is_ok());
        for bad in [
            "7LTWFZYICNSX8D621K87",
            "7LTWFZYICNSX8D621K8",
            "7LTWFZYICNSX8D621K866",
            "8LTWFZYICNSX8D621K86",
            "7LTWFZYICNSX8D621K8X",
            "7LTWFZYICNSX8D621K-6",
            "",
        ] {
            assert_eq!(reason(lei("lei", bad)), Reason::NotALei, "{bad}");
        }
    }

    #[test]
    fn line_rejects_empty_control_and_long() {
        assert_eq!(reason(line("title", "   ")), Reason::Empty);
        assert_eq!(reason(line("title", "a\u{7}b")), Reason::ControlCharacters);
        assert_eq!(reason(line("title", "a\nb")), Reason::ControlCharacters);
        assert_eq!(
            reason(line("title", &"x".repeat(MAX_LINE + 1))),
            Reason::TooLong { max: MAX_LINE }
        );
        assert_eq!(line("title", "  Laptop stolen  ").unwrap(), "Laptop stolen");
    }

    #[test]
    fn text_keeps_newlines_but_not_other_controls() {
        assert_eq!(text("description", "a\r\nb\tc").unwrap(), "a\nb\tc");
        assert_eq!(
            reason(text("description", "a\u{0}b")),
            Reason::ControlCharacters
        );
        assert_eq!(
            reason(text("description", &"y".repeat(10 * 1024 * 1024))),
            Reason::TooLong { max: MAX_TEXT }
        );
    }

    #[test]
    fn future_timestamps_are_refused() {
        let now = Ts::parse("2026-01-01T00:00:00Z").unwrap();
        assert!(not_future("at", now, now).is_ok());
        assert_eq!(
            reason(not_future("at", now.plus_hours(1), now)),
            Reason::InFuture
        );
    }

    #[test]
    fn folders_are_full_paths_with_the_home_folder_expanded() {
        let home = Path::new("/home/cto");
        let f = |v: &str| folder("backup_folder", v, Some(home));
        // UX review P5: `~/Backups/breachlog` is the user's, not `<cwd>/~/Backups/breachlog`.
        assert_eq!(
            f("~/Backups/breachlog").unwrap(),
            "/home/cto/Backups/breachlog"
        );
        assert_eq!(f(" ~ ").unwrap(), "/home/cto");
        assert_eq!(f("~//x").unwrap(), "/home/cto/x");
        assert_eq!(
            f("/srv/backups/breachlog").unwrap(),
            "/srv/backups/breachlog"
        );
        assert_eq!(f("").unwrap(), "");
        for relative in [
            "Backups/breachlog",
            "./backups",
            "../backups",
            "~cto/x",
            "~x",
        ] {
            assert_eq!(reason(f(relative)), Reason::RelativePath, "{relative}");
        }
        assert_eq!(
            reason(folder("backup_folder", "~/x", None)),
            Reason::NoHomeDirectory
        );
        assert_eq!(
            reason(folder(
                "backup_folder",
                "~/x",
                Some(Path::new("relative-home"))
            )),
            Reason::NoHomeDirectory
        );
        assert_eq!(reason(f("/srv/a\u{7}b")), Reason::ControlCharacters);
    }

    #[test]
    fn timezone_must_be_iana() {
        assert!(timezone("timezone", "Europe/Amsterdam").is_ok());
        assert_eq!(
            reason(timezone("timezone", "Mars/Olympus")),
            Reason::UnknownTimezone
        );
    }

    #[test]
    fn country_is_an_assigned_iso_code() {
        assert_eq!(country("country", " nl ").unwrap(), "NL");
        assert_eq!(country("country", "UK").unwrap(), "GB");
        assert_eq!(COUNTRY_CODES.len(), 249);
        for bad in ["", "XX", "NLD", "EU", "1"] {
            assert_eq!(
                reason(country("country", bad)),
                Reason::NotACountryCode,
                "{bad}"
            );
        }
    }
}
