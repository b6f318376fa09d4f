//! The Art 34 letter to the people whose data a breach concerns (issue 14 item 5): written for
//! them, not copied from the internal description, with advice chosen by the kinds of data
//! involved, in plain language in the four languages.
//!
//! GDPR Art 34(2): "The communication to the data subject referred to in paragraph 1 of this
//! Article shall describe in clear and plain language the nature of the personal data breach and
//! contain at least the information and measures referred to in points (b), (c) and (d) of
//! Article 33(3)" — (b) the name and contact details of the data protection officer or other
//! contact point, (c) the likely consequences, (d) the measures taken or proposed, including,
//! where appropriate, measures to mitigate its possible adverse effects. Regulation (EU)
//! 2016/679, OJ L 119, 4.5.2016, p. 1, <https://eur-lex.europa.eu/eli/reg/2016/679/oj>.
//! The letter's fields map to it: `letter_what_happened` (nature, in plain language),
//! `letter_contact` (b), `letter_consequences` (c), `letter_measures` and `letter_advice` (d).

/// Where the content a letter must have is laid down.
pub const ART34_SOURCE: &str =
    "GDPR Art 34(2) with Art 33(3)(b), (c), (d); https://eur-lex.europa.eu/eli/reg/2016/679/oj";

/// The letter's fields, in order; each one the user may edit before issuing.
pub const LETTER_FIELDS: &[&str] = &[
    "subjects_intro",
    "letter_what_happened",
    "letter_data",
    "letter_consequences",
    "letter_measures",
    "letter_advice",
    "letter_contact",
];

/// A kind of data that calls for its own consequences and advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    /// Passwords, PINs, login details: change them, here and wherever they were reused.
    Passwords,
    /// Bank account (IBAN), payment cards: watch for fraud, contact the bank.
    Payment,
    /// Identity documents and national numbers: identity fraud, what to do with the document.
    Identity,
    /// Health data.
    Health,
    /// Other special categories (Art 9) and criminal data.
    Sensitive,
    /// E-mail addresses, phone numbers, postal addresses: phishing.
    Contact,
}

impl Advice {
    /// Every kind, in the order the letter lists them.
    pub const ALL: &'static [Advice] = &[
        Advice::Passwords,
        Advice::Payment,
        Advice::Identity,
        Advice::Health,
        Advice::Sensitive,
        Advice::Contact,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Advice::Passwords => "passwords",
            Advice::Payment => "payment",
            Advice::Identity => "identity",
            Advice::Health => "health",
            Advice::Sensitive => "sensitive",
            Advice::Contact => "contact",
        }
    }

    /// Words (lower case, in en, nl, de, fr) that name this kind of data in a category as users
    /// type them. Matched as parts of a category, so "e-mailadres" and "E-Mail-Adresse" count.
    fn words(self) -> &'static [&'static str] {
        match self {
            Advice::Passwords => &[
                "password",
                "passwort",
                "wachtwoord",
                "mot de passe",
                "mots de passe",
                "credential",
                "login",
                "inloggegevens",
                "zugangsdaten",
                "identifiant",
                "pin",
                "passphrase",
            ],
            Advice::Payment => &[
                "iban",
                "bank",
                "rekeningnummer",
                "konto",
                "compte bancaire",
                "credit card",
                "creditcard",
                "kreditkarte",
                "carte bancaire",
                "carte de crédit",
                "card number",
                "payment",
                "betaal",
                "zahlung",
                "paiement",
                "rib",
            ],
            Advice::Identity => &[
                "passport",
                "paspoort",
                "reisepass",
                "passeport",
                "identity",
                "id card",
                "id-card",
                "identiteit",
                "ausweis",
                "identité",
                "driving licen",
                "driver's licen",
                "rijbewijs",
                "führerschein",
                "permis de conduire",
                "bsn",
                "burgerservicenummer",
                "social security",
                "sozialversicherung",
                "sécurité sociale",
                "national insurance",
                "steuer-id",
                "steueridentifikationsnummer",
                "tax id",
                "rijksregisternummer",
            ],
            Advice::Health => &[
                "health",
                "gezondheid",
                "medisch",
                "medical",
                "gesundheit",
                "medizin",
                "santé",
                "médical",
                "diagnos",
                "patient",
            ],
            Advice::Sensitive => &[],
            Advice::Contact => &[
                "mail",
                "phone",
                "telefoon",
                "telefon",
                "téléphone",
                "address",
                "adres",
                "adresse",
                "courriel",
                "mobile",
                "mobiel",
            ],
        }
    }
}

/// Whether `category` names data of kind `a`: a word of `a` appears in it. Words of three
/// letters or fewer ("pin", "bsn", "rib") must stand as a word of their own.
fn names(category: &str, a: Advice) -> bool {
    let c = category.to_lowercase();
    a.words().iter().any(|w| {
        if w.chars().count() > 3 {
            c.contains(w)
        } else {
            c.split(|ch: char| !ch.is_alphanumeric())
                .any(|part| part == *w)
        }
    })
}

/// The kinds of advice the data categories of a breach call for, in [`Advice::ALL`] order.
/// Special categories always count as sensitive unless they are health data.
pub fn advice_for(data: &[String], special: &[String]) -> Vec<Advice> {
    let all: Vec<&String> = data.iter().chain(special.iter()).collect();
    Advice::ALL
        .iter()
        .copied()
        .filter(|a| match a {
            Advice::Sensitive => special.iter().any(|s| !names(s, Advice::Health)),
            _ => all.iter().any(|c| names(c, *a)),
        })
        .collect()
}

/// Whether `id` is a field of the letter (only those may be edited).
pub fn is_letter_field(id: &str) -> bool {
    LETTER_FIELDS.contains(&id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn advice_follows_the_categories_in_every_language() {
        let cases: &[(&[&str], &[&str], &[Advice])] = &[
            (&["name", "e-mail address"], &[], &[Advice::Contact]),
            (
                &["naam", "e-mailadres", "wachtwoord (gehasht)"],
                &[],
                &[Advice::Passwords, Advice::Contact],
            ),
            (&["IBAN"], &[], &[Advice::Payment]),
            (
                &["Bankverbindung", "Personalausweis"],
                &[],
                &[Advice::Payment, Advice::Identity],
            ),
            (
                &["numéro de passeport", "mot de passe"],
                &[],
                &[Advice::Passwords, Advice::Identity],
            ),
            (
                &["BSN"],
                &["gezondheidsgegevens"],
                &[Advice::Identity, Advice::Health],
            ),
            (&["name"], &["religious beliefs"], &[Advice::Sensitive]),
            (
                &["name"],
                &["health", "trade union membership"],
                &[Advice::Health, Advice::Sensitive],
            ),
            // Short words stand alone: "shipping" has no PIN, "bsnl" no BSN.
            (&["shipping preferences", "bsnl"], &[], &[]),
            (&["PIN code"], &[], &[Advice::Passwords]),
        ];
        for (data, special, want) in cases {
            assert_eq!(
                advice_for(&v(data), &v(special)),
                *want,
                "{data:?} {special:?}"
            );
        }
    }
}
