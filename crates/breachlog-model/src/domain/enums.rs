use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares a closed set of wire names with parsing (`-` or `_`), display, serde and its
/// Fluent label id (`<prefix>-<name with dashes>`).
/// `ts = "kebab-case"` makes the generated TypeScript type match wire names with dashes.
macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident, $prefix:literal, { $($variant:ident => $wire:literal $(| $alias:literal)*),+ $(,)? }) => {
        wire_enum!($(#[$meta])* $name, $prefix, ts = "snake_case", { $($variant => $wire $(| $alias)*),+ });
    };
    ($(#[$meta:meta])* $name:ident, $prefix:literal, ts = $case:literal, { $($variant:ident => $wire:literal $(| $alias:literal)*),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = $case))]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            /// The Fluent id of this value's label.
            pub fn label_id(&self) -> String {
                format!("{}-{}", $prefix, self.as_str().replace('_', "-"))
            }

            /// All wire names joined by `, ` (for "allowed values" messages).
            pub fn allowed() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl FromStr for $name {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                let norm = s.trim().to_ascii_lowercase().replace('-', "_");
                match norm.as_str() {
                    $($wire $(| $alias)* => Ok($name::$variant),)+
                    _ => Err(()),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.as_str()) }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                text.parse().map_err(|()| serde::de::Error::custom(format!(
                    "unknown {} '{}'", stringify!($name), text)))
            }
        }
    };
}

pub(crate) use wire_enum;

wire_enum!(
    /// What kind of incident this is.
    Category, "category", {
    Malware => "malware" | "ransomware",
    Phishing => "phishing",
    LostDevice => "lost_device" | "stolen_device",
    Misdirected => "misdirected",
    UnauthorisedAccess => "unauthorised_access" | "unauthorized_access",
    AccountTakeover => "account_takeover",
    Vulnerability => "vulnerability",
    InsiderMisuse => "insider_misuse",
    SystemFailure => "system_failure",
    ThirdParty => "third_party" | "processor",
    Other => "other",
});

wire_enum!(
    /// The class of a reported vulnerability (category `vulnerability`).
    VulnClass, "vuln", {
    Xss => "xss",
    OpenRedirect => "open_redirect",
    Csrf => "csrf",
    Injection => "injection",
    AuthFlaw => "auth_flaw",
    Rce => "rce",
});

wire_enum!(
    /// How the incident came to our attention.
    Source, "source", {
    InternalMonitoring => "internal_monitoring" | "monitoring",
    Employee => "employee",
    Customer => "customer",
    PartnerNotice => "partner_notice" | "processor_notice",
    BugBounty => "bug_bounty",
    AuthorityRequest => "authority_request",
});

wire_enum!(Severity, "severity", {
    Low => "low",
    Medium => "medium",
    High => "high",
    Critical => "critical",
});

wire_enum!(
    /// Lifecycle state. See [`Status::allowed_next`].
    Status, "status", {
    Reported => "reported",
    Triage => "triage",
    Investigating => "investigating",
    Contained => "contained",
    Resolved => "resolved",
    Closed => "closed",
});

wire_enum!(
    /// Why an incident was closed.
    CloseReason, "close-reason", {
    Resolved => "resolved",
    FalsePositive => "false_positive",
    Duplicate => "duplicate",
    NotSecurityIncident => "not_security_incident",
});

wire_enum!(PersonalData, "personal-data", {
    Yes => "yes",
    No => "no",
    Undetermined => "undetermined",
});

wire_enum!(
    /// Our GDPR role for the data involved. `Both`: the breach hit our own data (controller:
    /// the authority notification and Art 34) and our customers' data (processor: a notice to
    /// each affected controller).
    Role, "role", {
    Controller => "controller",
    Processor => "processor",
    JointController => "joint_controller" | "joint",
    Both => "both",
});

impl Role {
    /// Whether we notify the authority and the data subjects for our own data (Art 33(1), 34).
    pub fn as_controller(self) -> bool {
        self != Role::Processor
    }

    /// Whether we notify the controllers whose data we process (Art 33(2)).
    pub fn as_processor(self) -> bool {
        matches!(self, Role::Processor | Role::Both)
    }
}

wire_enum!(
    /// Breach type (GDPR Art 4(12)); one breach can be several.
    Nature, "nature", {
    Confidentiality => "confidentiality",
    Integrity => "integrity",
    Availability => "availability",
});

wire_enum!(
    /// Risk verdict to the rights and freedoms of people.
    Risk, "risk", {
    None => "none",
    Risk => "risk",
    High => "high",
});

wire_enum!(
    /// Whether the personal data were encrypted (or otherwise unintelligible) when the breach
    /// happened: the "measures before the breach" answer of the Dutch AP's form.
    Encryption, "encrypted", {
    Yes => "yes",
    No => "no",
    Partly => "partly" | "partial" | "partially",
});

wire_enum!(
    /// The organisation's estimate of how serious the likely consequences are for the people
    /// (the Dutch AP's form asks for one).
    SeverityEstimate, "severity-estimate", {
    Low => "low",
    Medium => "medium",
    High => "high",
    VeryHigh => "very_high",
});

wire_enum!(
    /// The law a Dutch notification is made under: the GDPR (AVG) or the Telecommunications Act
    /// (Telecommunicatiewet, providers of public electronic communication services).
    LegalBasis, "legal-basis", {
    Gdpr => "gdpr" | "avg",
    Telecommunicatiewet => "telecommunicatiewet" | "tw",
});

wire_enum!(
    /// What the next notification to the authority is: a first one, a complement to an earlier
    /// one, or the withdrawal of an earlier one (AP "intrekking").
    NotificationKind, "notification-kind", {
    Initial => "initial" | "new",
    Complementary => "complementary" | "follow_up" | "supplement",
    Withdrawal => "withdrawal" | "withdraw",
});

wire_enum!(
    /// The Art 33 notification decision.
    Decision, "decision", {
    Notify => "notify",
    NoNotify => "no_notify",
});

wire_enum!(
    /// User interface and document languages.
    Language, "language", {
    En => "en",
    De => "de",
    Nl => "nl",
    Fr => "fr",
});

impl Status {
    /// The states an incident may move to from this one.
    ///
    /// reported → triage → investigating → contained → resolved → closed; triage may close
    /// directly (false positive, duplicate, not a security incident); resolved and closed are
    /// reopened by moving back to investigating.
    pub fn allowed_next(&self) -> &'static [Status] {
        match self {
            Status::Reported => &[Status::Triage],
            Status::Triage => &[Status::Investigating, Status::Closed],
            Status::Investigating => &[Status::Contained],
            Status::Contained => &[Status::Resolved],
            Status::Resolved => &[Status::Closed, Status::Investigating],
            Status::Closed => &[Status::Investigating],
        }
    }

    pub fn can_move_to(&self, to: Status) -> bool {
        self.allowed_next().contains(&to)
    }

    /// A move back from resolved/closed to investigating.
    pub fn is_reopen(&self, to: Status) -> bool {
        matches!(self, Status::Resolved | Status::Closed) && to == Status::Investigating
    }

    pub fn is_open(&self) -> bool {
        !matches!(self, Status::Closed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_wire_names_aliases_and_dashes() {
        assert_eq!("ransomware".parse::<Category>(), Ok(Category::Malware));
        assert_eq!("Lost-Device".parse::<Category>(), Ok(Category::LostDevice));
        assert_eq!("joint".parse::<Role>(), Ok(Role::JointController));
        assert_eq!("no-notify".parse::<Decision>(), Ok(Decision::NoNotify));
        assert!("exploded".parse::<Category>().is_err());
    }

    #[test]
    fn label_ids_use_dashes() {
        assert_eq!(Status::Investigating.label_id(), "status-investigating");
        assert_eq!(
            CloseReason::FalsePositive.label_id(),
            "close-reason-false-positive"
        );
    }

    #[test]
    fn lifecycle_allows_only_the_documented_moves() {
        use Status::*;
        let allowed = [
            (Reported, Triage),
            (Triage, Investigating),
            (Triage, Closed),
            (Investigating, Contained),
            (Contained, Resolved),
            (Resolved, Closed),
            (Resolved, Investigating),
            (Closed, Investigating),
        ];
        for from in Status::ALL {
            for to in Status::ALL {
                assert_eq!(
                    from.can_move_to(*to),
                    allowed.contains(&(*from, *to)),
                    "{from} -> {to}"
                );
            }
        }
        assert!(Closed.is_reopen(Investigating));
        assert!(!Triage.is_reopen(Investigating));
    }
}
