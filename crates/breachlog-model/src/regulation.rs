//! Regulation domain values: regimes, obligation kinds and statuses, filings, controllers.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

use crate::domain::wire_enum;
use crate::error::Result;
use crate::Ts;

/// The recipient of an Art 33 obligation when no lead authority is set.
pub const GENERIC_AUTHORITY: &str = "supervisory-authority";

/// A list of regime names (CLI, app), trimmed, without duplicates; an unknown one is refused.
pub fn parse_regimes(list: &[String]) -> Result<Vec<Regime>> {
    let mut out = Vec::new();
    for item in list.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let r: Regime = crate::validate::choice("regimes", item, Regime::allowed)?;
        // e-Evidence orders arrive as authority requests (the contact log); the regime is
        // never switched on for an organisation or an incident.
        if r == Regime::EEvidence {
            return Err(crate::error::Error::invalid(
                "regimes",
                crate::error::Reason::UnknownValue {
                    allowed: Regime::allowed()
                        .split(", ")
                        .filter(|x| *x != "e-evidence")
                        .collect::<Vec<_>>()
                        .join(", "),
                },
            ));
        }
        if !out.contains(&r) {
            out.push(r);
        }
    }
    Ok(out)
}

wire_enum!(
    /// A legal regime with its own notification duties.
    Regime, "regime", ts = "kebab-case", {
    Gdpr => "gdpr",
    UkGdpr => "uk-gdpr" | "uk_gdpr",
    Nis2 => "nis2",
    Dora => "dora",
    Eprivacy => "eprivacy" | "e_privacy",
    Cra => "cra",
    UkPecr => "uk-pecr" | "uk_pecr",
    EEvidence => "e-evidence" | "e_evidence",
});

wire_enum!(
    /// What an obligation asks for.
    ObligationKind, "obligation-kind", ts = "kebab-case", {
    Notification => "notification",
    ControllerNotice => "controller-notice" | "controller_notice",
    SubjectCommunication => "subject-communication" | "subject_communication",
    EarlyWarning => "early-warning" | "early_warning",
    Initial => "initial",
    Intermediate => "intermediate",
    UpdatedIntermediate => "updated-intermediate" | "updated_intermediate",
    Final => "final",
    Complete => "complete",
    AuthorityRequest => "authority-request" | "authority_request",
    Production => "production",
    Preservation => "preservation",
    RecipientNotice => "recipient-notice" | "recipient_notice",
});

wire_enum!(
    /// The kind of a European Production or Preservation Order Certificate received under
    /// Regulation (EU) 2023/1543 (e-Evidence): `production` (EPOC, Art 10(2)-(3): 10 days),
    /// `production-emergency` (EPOC in an emergency, Art 10(4): 8 hours), `preservation`
    /// (EPOC-PR, Art 11(1): preserve without undue delay, for 60 days, +30 on extension).
    OrderKind, "order-kind", ts = "kebab-case", {
    Production => "production",
    ProductionEmergency => "production-emergency" | "production_emergency",
    Preservation => "preservation",
});

wire_enum!(
    /// What the issuing authority said about a preservation order (Regulation (EU) 2023/1543
    /// Art 11): `extended` (Annex VI, 30 more days), `production-confirmed` (Annex V: a
    /// subsequent request for production was issued; preserve until it is received and
    /// answered), `released` (Art 11(3): preservation no longer necessary).
    PreservationChange, "preservation-change", ts = "kebab-case", {
    Extended => "extended",
    ProductionConfirmed => "production-confirmed" | "production_confirmed",
    Released => "released",
});

wire_enum!(
    /// Status of an obligation at a moment (computed, never stored).
    ObligationStatus, "obligation-status", {
    Pending => "pending",
    Filed => "filed",
    FiledLate => "filed_late",
    Overdue => "overdue",
    NotRequired => "not_required",
    AwaitingAnchor => "awaiting_anchor",
});

wire_enum!(
    /// How a filing was made.
    Channel, "channel", {
    Portal => "portal",
    Email => "email",
    Letter => "letter",
    Phone => "phone",
});

wire_enum!(
    /// Which part of a (phased) notification a filing is.
    Phase, "phase", ts = "kebab-case", {
    Initial => "initial",
    FollowUp => "follow-up" | "follow_up",
    Final => "final",
    Withdrawal => "withdrawal",
});

wire_enum!(
    /// GDPR Art 34(3) exemptions from communicating a high-risk breach to the people.
    Art34Exemption, "art34-exemption", {
    A => "a",
    B => "b",
    C => "c",
});

wire_enum!(
    /// An answer where "unknown" must stay distinct from "no" (NIS2 Art 23(4)(a)).
    Tristate, "tristate", {
    Yes => "yes",
    No => "no",
    Unknown => "unknown",
});

wire_enum!(
    /// The kind of financial entity under DORA, as far as the weekend/holiday roll-over of
    /// Delegated Regulation (EU) 2025/301 Art 5(5) depends on it: credit institutions, central
    /// counterparties and operators of trading venues may not roll over their initial
    /// notification and intermediate report; every other financial entity is `other`.
    DoraEntityType, "dora-entity-type", {
    CreditInstitution => "credit_institution",
    CentralCounterparty => "central_counterparty" | "ccp",
    TradingVenue => "trading_venue",
    Other => "other",
});

wire_enum!(
    /// What a Cyber Resilience Act report is about (Regulation (EU) 2024/2847 Art 14): an
    /// actively exploited vulnerability in a product with digital elements (Art 14(1)-(2)) or a
    /// severe incident having an impact on the security of such a product (Art 14(3)-(4)).
    CraKind, "cra-kind", ts = "kebab-case", {
    ExploitedVulnerability => "exploited-vulnerability" | "exploited_vulnerability",
    SevereIncident => "severe-incident" | "severe_incident",
});

wire_enum!(
    /// Direction of an authority contact.
    ContactDirection, "contact-direction", {
    Incoming => "incoming",
    Outgoing => "outgoing",
});

wire_enum!(
    /// Why the GDPR breach clock does not run for an incident: said wherever its obligations
    /// are listed (the app's panel, `breach assess`, the incident and register reports), so an
    /// empty list never reads as "nothing to do" by mistake. `exercise`: exercises create no
    /// obligations; `not_assessed`: no assessment, or personal data still undetermined;
    /// `no_personal_data`: assessed without personal data; `gdpr_not_applied`: neither the
    /// GDPR nor the UK GDPR applies (organisation or incident regimes);
    /// `processor_without_controllers`: the role is processor and no affected controller is
    /// selected, so no Art 33(2) notice can be derived.
    ClockGap, "clock-gap", {
    Exercise => "exercise",
    NotAssessed => "not_assessed",
    NoPersonalData => "no_personal_data",
    GdprNotApplied => "gdpr_not_applied",
    ProcessorWithoutControllers => "processor_without_controllers",
});

/// Terms of the second clock of an "earlier of" rule (DORA initial notification).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AltTerm {
    pub anchor: String,
    pub anchor_at: Option<Ts>,
    pub hours: i64,
    /// The cap does not apply when the obligation's own anchor is at or after its end
    /// (DORA initial notification classified late: Delegated Regulation (EU) 2025/301 Art 5(2)).
    /// Absent (false) in terms recorded before rule version `dora-2025-301.2`, which keep the
    /// earlier of the two clocks; written only when set, so their stored documents are unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub lapses_for_later_anchor: Option<bool>,
}

/// Why an obligation is not (or no longer) required.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotRequired {
    pub decider: String,
    pub rationale: String,
    /// Derived by the engine (e.g. the incident became an exercise), not a person's decision.
    pub automatic: bool,
    /// Dropped by hand (`obligation not-required`), not derived from the assessment: the
    /// engine never reinstates it by itself.
    #[serde(default)]
    pub manual: bool,
    pub at: Ts,
}

/// An obligation with a copy of the rule terms it was derived from.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Obligation {
    pub id: Uuid,
    pub incident_id: Option<Uuid>,
    pub regime: Regime,
    pub rule: String,
    pub recipient: String,
    pub kind: ObligationKind,
    pub anchor: String,
    pub anchor_at: Option<Ts>,
    pub hours: Option<i64>,
    pub month_rule: bool,
    /// A period in calendar days (the same local time that many days later in the
    /// obligation's time zone): the Cyber Resilience Act's 14 days. Absent in terms of rules
    /// counted in hours or months, so stored documents of those are unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub days: Option<u32>,
    #[serde(default)]
    pub alt: Option<AltTerm>,
    /// Country whose weekends and holidays roll the deadline to 12:00 of the next working day.
    #[serde(default)]
    pub rollover: Option<String>,
    pub timezone: String,
    /// The legal limit: lateness, `filed_late` and the reasons for delay are judged against it
    /// only.
    pub due_at: Option<Ts>,
    /// How the period counts (`elapsed-hours`, `eu-1182-71-months`, …; see
    /// `breachlog_rules::clock::Counting`). Absent from obligations opened before counting
    /// rules existed: the projection fills in the rule they were computed by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub counting: Option<String>,
    /// The earlier, conservative time to aim for (equal to `due_at` where the law counts in
    /// hours; for a period in days or months the anchor's clock time on the last day, before
    /// any roll-over). Absent before counting rules existed: then `due_at`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub target_at: Option<Ts>,
    /// The Member State whose public holidays move the last day of a period in days or months
    /// (Regulation (EEC, Euratom) No 1182/71 Art 3(4)); absent: Saturdays and Sundays only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub holiday_country: Option<String>,
    pub reference: String,
    pub rule_version: String,
    pub source_url: String,
    /// Where the hours came from: `rule`, `override`, `contract` or `request`.
    pub hours_source: String,
    #[serde(default)]
    pub controller_id: Option<Uuid>,
    #[serde(default)]
    pub contact_id: Option<Uuid>,
    pub opened_at: Ts,
    #[serde(default)]
    pub not_required: Option<NotRequired>,
}

impl Obligation {
    /// The rule has a clock (hours, a month or an alternative anchor), as opposed to
    /// "without undue delay".
    pub fn has_clock(&self) -> bool {
        self.hours.is_some() || self.month_rule || self.days.is_some() || self.alt.is_some()
    }

    /// The counting rule an obligation opened before counting rules existed was computed by:
    /// hours as elapsed time; a month or days as the same local clock time on the last day,
    /// without roll-over other than DORA's (`same-clock-time-*`, never later than 1182/71).
    pub fn legacy_counting(&self) -> &'static str {
        if self.month_rule {
            "same-clock-time-months"
        } else if self.days.is_some() {
            "same-clock-time-days"
        } else if self.hours.is_some() || self.alt.is_some() {
            "elapsed-hours"
        } else if self.hours_source == "request" || self.contact_id.is_some() {
            "set-by-request"
        } else {
            "undue-delay"
        }
    }

    /// Fills in the counting terms an obligation opened before they existed lacks: the rule
    /// it was computed by and its due time as the target. Idempotent.
    pub fn complete_legacy_terms(&mut self) {
        if self.counting.is_none() {
            self.counting = Some(self.legacy_counting().to_string());
            self.target_at = self.target_at.or(self.due_at);
        }
    }

    /// The time zone its deadline is counted in (copied from the organisation when opened).
    pub fn tz(&self) -> chrono_tz::Tz {
        crate::time::zone(&self.timezone)
    }
}

/// A recorded filing (notification, report, communication, answer).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filing {
    pub id: Uuid,
    pub obligation_id: Uuid,
    pub incident_id: Option<Uuid>,
    pub at: Ts,
    pub channel: Channel,
    pub reference: String,
    #[serde(default)]
    pub reasons_for_delay: Option<String>,
    pub phase: Phase,
    #[serde(default)]
    pub follows: Option<Uuid>,
    /// Frozen at the first filing: minutes after the due time, `None` when on time or no clock.
    #[serde(default)]
    pub late_by_minutes: Option<i64>,
    /// Whether this filing gave all the information the law asks for (GDPR Art 33(3),
    /// Regulation (EU) No 611/2013 Annex I): `Some(false)` starts a phased notification, the rest
    /// is owed (Art 33(4); 611/2013 Art 2(3)). Absent in filings recorded before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub complete: Option<bool>,
    /// The content sent (the draft for this recipient, field by field, when it was filed);
    /// absent in filings recorded before it was kept and for recipients without a draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub snapshot: Option<FilingSnapshot>,
    pub recorded_by: String,
    pub recorded_at: Ts,
    /// The recipient's acknowledgement of receipt (`filing.acknowledged`, schema 15); absent
    /// while none is recorded. Used for notices to customers: draft → sent → acknowledged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub acknowledged: Option<Acknowledgement>,
}

/// That a recipient acknowledged a filing: when, who at the recipient (personal text, sealed in
/// the journal; the redaction marker once erased), and who recorded it when.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acknowledgement {
    pub at: Ts,
    #[serde(default)]
    pub by: Option<String>,
    pub recorded_by: String,
    pub recorded_at: Ts,
}

/// The content of a filing as sent: every draft field (id, label, value) in the draft's language.
/// The fields are personal (sealed in the journal); `redacted` when they were erased.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilingSnapshot {
    pub language: crate::domain::Language,
    #[serde(default)]
    pub redacted: bool,
    pub fields: Vec<SnapshotField>,
}

/// One field of a [`FilingSnapshot`].
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotField {
    pub id: String,
    pub label: String,
    pub value: String,
}

/// A controller we process data for (processor role; a customer), with its contractual notice
/// hours. Its name and contacts are personal texts (sealed in the journal).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Controller {
    pub id: Uuid,
    pub name: String,
    /// Contractual hours for our Art 33(2) notice; `None` = without undue delay.
    pub notice_hours: Option<i64>,
    /// Contacts (addresses, names, phone numbers), first the main one.
    #[serde(default)]
    pub contacts: Vec<String>,
    /// ISO 3166-1 alpha-2 country code (`NL`, `GB`).
    #[serde(default)]
    pub country: Option<String>,
    /// The language its notices are written in (`en`, `de`, `nl`, `fr`).
    #[serde(default)]
    pub language: Option<String>,
    /// Its lead supervisory authority: an id of the authority registry (`nl-ap`).
    #[serde(default)]
    pub authority: Option<String>,
    #[serde(default)]
    pub contract_reference: Option<String>,
    pub added_at: Ts,
    /// Removed from the lists (`controller remove`); obligations opened for it keep it.
    #[serde(default)]
    pub removed_at: Option<Ts>,
}

/// What an incident did to one customer's data (processor role): its own figures, categories
/// and countries, for that customer's notice (`breach impact`). Unknown figures are `None`.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControllerImpact {
    pub incident_id: Uuid,
    pub controller_id: Uuid,
    /// Approximate number of that customer's data subjects concerned.
    #[serde(default)]
    pub subjects_approx: Option<u64>,
    /// Approximate number of that customer's records concerned.
    #[serde(default)]
    pub records_approx: Option<u64>,
    #[serde(default)]
    pub data_categories: Vec<String>,
    #[serde(default)]
    pub subject_categories: Vec<String>,
    /// ISO 3166-1 alpha-2 codes of the countries the data subjects are in.
    #[serde(default)]
    pub countries: Vec<String>,
    /// When it was last set.
    pub set_at: Ts,
}

impl Controller {
    /// The main contact, or "" when there is none.
    pub fn contact(&self) -> &str {
        self.contacts.first().map(String::as_str).unwrap_or("")
    }
}

/// Who an obligation is owed to, read from the code the rules write into
/// [`Obligation::recipient`]: one of the register's controllers (`controller:<id>`), a group
/// the rules name (`data-subjects`, `csirt`, …; each has a label `recipient-<code>`), or an
/// authority of the registry by id (`nl-ap`). Any other code counts as an authority.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Recipient {
    Controller(Uuid),
    Group(String),
    Authority(String),
}

impl Recipient {
    /// The recipient groups of the rules: a label each, never a name.
    pub const GROUPS: &'static [&'static str] = &[
        "data-subjects",
        "public",
        "csirt",
        "csirt-coordinator",
        "subscribers",
        "financial-supervisor",
        "national-authority",
        "issuing-authority",
        "service-recipients",
        GENERIC_AUTHORITY,
    ];

    /// Reads a recipient code (a malformed `controller:` code stays a code, shown as it is).
    pub fn parse(code: &str) -> Recipient {
        if let Some(id) = code.strip_prefix("controller:") {
            if let Ok(id) = Uuid::parse_str(id) {
                return Recipient::Controller(id);
            }
        } else if Recipient::GROUPS.contains(&code) {
            return Recipient::Group(code.to_string());
        }
        Recipient::Authority(code.to_string())
    }

    /// The code as stored in obligations (`controller:<id>`, `csirt`, `nl-ap`).
    pub fn code(&self) -> String {
        match self {
            Recipient::Controller(id) => format!("controller:{id}"),
            Recipient::Group(code) | Recipient::Authority(code) => code.clone(),
        }
    }

    /// The Fluent id of the kind of recipient, never a name: "controller", a group's own label,
    /// "supervisory authority" for an authority.
    pub fn kind_label_id(&self) -> String {
        match self {
            Recipient::Controller(_) => "recipient-controller".into(),
            Recipient::Group(code) => format!("recipient-{code}"),
            Recipient::Authority(_) => format!("recipient-{GENERIC_AUTHORITY}"),
        }
    }
}

/// NIS2 "significant" or DORA "major" classification of an incident, or the moment the
/// organisation became aware of a Cyber Resilience Act event (its kind is the incident's
/// `cra_kind`).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Classification {
    pub at: Ts,
    #[serde(default = "unknown")]
    pub malicious: Tristate,
    #[serde(default = "unknown")]
    pub cross_border: Tristate,
    /// NIS2: the incident affects the provision of our trust services (Art 23(4) second
    /// subparagraph: notification within 24 h instead of 72 h).
    #[serde(default)]
    pub trust_service: bool,
    pub by: String,
    /// NIS2: the significance checker's facts and result (Implementing Regulation (EU)
    /// 2024/2690), as recorded with the classification; absent when not used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub significance: Option<SignificanceCheck>,
    /// NIS2 Art 23(1) first subparagraph, second sentence: the significant incident is likely to adversely
    /// affect the provision of our services (its recipients are then notified); absent when
    /// not stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub affects_recipients: Option<bool>,
}

wire_enum!(
    /// The entity type whose own significance criteria apply (Implementing Regulation (EU)
    /// 2024/2690): `cloud` (Art 7, cloud computing service providers), `managed-service`
    /// (Art 10, managed service and managed security service providers), `other` (Art 3 only).
    Nis2EntityType, "nis2-entity-type", ts = "kebab-case", {
    Cloud => "cloud",
    ManagedService => "managed-service" | "managed_service",
    Other => "other",
});

/// The facts the NIS2 significance checker asks for (Implementing Regulation (EU) 2024/2690
/// Art 3, 7, 10). Amounts in whole euros, durations in whole minutes, users counted as Art 3(3)
/// says (contracted customers and the persons associated with business customers).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignificanceFacts {
    pub entity_type: Option<Nis2EntityType>,
    /// Art 3(1)(a): direct financial loss caused or capable of being caused.
    #[serde(default)]
    pub direct_loss_eur: Option<u64>,
    /// Total annual turnover in the preceding financial year.
    #[serde(default)]
    pub annual_turnover_eur: Option<u64>,
    #[serde(default)]
    pub trade_secrets: bool,
    #[serde(default)]
    pub death: bool,
    #[serde(default)]
    pub health_damage: bool,
    /// Art 3(1)(e): successful, suspectedly malicious and unauthorised access capable of
    /// causing severe operational disruption.
    #[serde(default)]
    pub malicious_access: bool,
    /// Art 3(1)(f), Art 4: recurring incidents that together meet Art 3(1)(a).
    #[serde(default)]
    pub recurring: bool,
    /// Art 3(2): the unavailability was a scheduled interruption or the planned consequence
    /// of scheduled maintenance.
    #[serde(default)]
    pub scheduled: bool,
    #[serde(default)]
    pub unavailable_minutes: Option<u64>,
    #[serde(default)]
    pub limited_minutes: Option<u64>,
    #[serde(default)]
    pub limited_users: Option<u64>,
    /// All users of the service in the Union.
    #[serde(default)]
    pub users_in_union: Option<u64>,
    /// Art 7(c)/10(c): data compromised as a result of a suspectedly malicious action.
    #[serde(default)]
    pub data_malicious: bool,
    /// Art 7(d)/10(d): users affected by compromised data.
    #[serde(default)]
    pub data_users: Option<u64>,
}

/// One criterion of the checker: whether it is met and, for a threshold, the value compared
/// and the threshold it must exceed (integers: `value > threshold`).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionResult {
    /// `art3-1-a` … `art7-d`, `art10-d`.
    pub id: String,
    pub reference: String,
    pub met: bool,
    #[serde(default)]
    pub value: Option<u64>,
    #[serde(default)]
    pub threshold: Option<u64>,
    /// How the threshold was found (`min(500000, 5% × 8000000 = 400000)`).
    #[serde(default)]
    pub arithmetic: Option<String>,
}

/// The checker's answer with its facts: significant when one or more criteria are met.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignificanceCheck {
    pub facts: SignificanceFacts,
    pub significant: bool,
    pub criteria: Vec<CriterionResult>,
    pub source_url: String,
}

fn unknown() -> Tristate {
    Tristate::Unknown
}

/// Per-incident regulation state: regime override and classifications.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentRegulation {
    #[serde(default)]
    pub regimes: Option<Vec<Regime>>,
    #[serde(default)]
    pub nis2: Option<Classification>,
    #[serde(default)]
    pub dora: Option<Classification>,
    /// Cyber Resilience Act (Regulation (EU) 2024/2847 Art 14): `at` is the moment of awareness.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub cra: Option<Classification>,
}

/// Register-wide regulation settings.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegulationSettings {
    /// Hour overrides per `regime/rule`, e.g. `gdpr/art33-1` → 96.
    #[serde(default)]
    pub overrides: BTreeMap<String, i64>,
    /// DORA weekend/holiday roll-over: the country whose holiday list applies (`None` = off).
    #[serde(default)]
    pub dora_rollover_country: Option<String>,
    /// Internal target in hours for "without undue delay" obligations (shown, never "late").
    #[serde(default)]
    pub undue_delay_target_hours: Option<i64>,
    /// Remind when a notice to a customer is sent but not acknowledged within these hours
    /// (`None` = the default [`DEFAULT_NOTICE_REMINDER_HOURS`], `0` = never). A reminder is an
    /// action for the team, never a legal deadline: it never makes anything late.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub notice_reminder_hours: Option<i64>,
}

/// Hours after which an unacknowledged notice to a customer is shown as a reminder, unless the
/// regulation settings say otherwise.
pub const DEFAULT_NOTICE_REMINDER_HOURS: i64 = 48;

impl RegulationSettings {
    /// The reminder hours in force (`None` = no reminders).
    pub fn notice_reminder(&self) -> Option<i64> {
        match self.notice_reminder_hours {
            None => Some(DEFAULT_NOTICE_REMINDER_HOURS),
            Some(0) => None,
            Some(h) => Some(h),
        }
    }
}

/// An incoming request from, or outgoing answer to, a supervisory authority.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorityContact {
    pub id: Uuid,
    pub authority: String,
    pub direction: ContactDirection,
    pub at: Ts,
    pub subject: String,
    #[serde(default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub response_due_at: Option<Ts>,
    #[serde(default)]
    pub incident_id: Option<Uuid>,
    /// For an outgoing answer: the incoming request it answers.
    #[serde(default)]
    pub answers: Option<Uuid>,
    pub logged_by: String,
    /// An e-Evidence order (Regulation (EU) 2023/1543); absent for other contacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub order: Option<EvidenceOrder>,
}

/// A European Production or Preservation Order Certificate received (Regulation (EU)
/// 2023/1543): its kind, the issuing (judicial) authority as the certificate names it, and for a
/// preservation order until when the data must be kept.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceOrder {
    pub kind: OrderKind,
    /// The issuing authority's name as the certificate gives it (free text, sealed).
    pub issuer: String,
    /// The issuing State (ISO 3166-1 alpha-2, a Member State).
    pub issuer_country: String,
    /// Preservation: the end of the duty to preserve (60 days from receipt, 30 more when
    /// extended; `None` once production was confirmed or the order released).
    #[serde(default)]
    pub preserve_until: Option<Ts>,
    #[serde(default)]
    pub extended_at: Option<Ts>,
    #[serde(default)]
    pub production_confirmed_at: Option<Ts>,
    #[serde(default)]
    pub released_at: Option<Ts>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipient_codes_round_trip_and_name_their_kind() {
        let id = Uuid::from_u128(1);
        for (code, parsed, kind) in [
            (
                format!("controller:{id}"),
                Recipient::Controller(id),
                "recipient-controller",
            ),
            (
                "csirt".to_string(),
                Recipient::Group("csirt".into()),
                "recipient-csirt",
            ),
            (
                "nl-ap".to_string(),
                Recipient::Authority("nl-ap".into()),
                "recipient-supervisory-authority",
            ),
            (
                "controller:not-an-id".to_string(),
                Recipient::Authority("controller:not-an-id".into()),
                "recipient-supervisory-authority",
            ),
        ] {
            let r = Recipient::parse(&code);
            assert_eq!((r.code(), r.kind_label_id()), (code, kind.to_string()));
            assert_eq!(r, parsed);
        }
        assert_eq!(
            serde_json::to_value(Recipient::Group("public".into())).ok(),
            Some(serde_json::json!({"kind": "group", "id": "public"}))
        );
    }
}
