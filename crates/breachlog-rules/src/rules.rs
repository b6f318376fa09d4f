//! Rules as data: one embedded, versioned JSON file per regime under `crates/breachlog-rules/rules/`,
//! each rule with its legal reference and source URL. A user override of a rule's hours is a
//! `rule.changed` event kept in [`RegulationSettings`]; obligations keep the terms they were opened with.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use breachlog_model::domain::Org;
use breachlog_model::error::{Error, Reason, Result};
use breachlog_model::regulation::{ObligationKind, Regime, RegulationSettings};

const FILES: &[(Regime, &str)] = &[
    (Regime::Gdpr, include_str!("../rules/gdpr.json")),
    (Regime::UkGdpr, include_str!("../rules/uk-gdpr.json")),
    (Regime::Nis2, include_str!("../rules/nis2.json")),
    (Regime::Dora, include_str!("../rules/dora.json")),
    (Regime::Eprivacy, include_str!("../rules/eprivacy.json")),
    (Regime::Cra, include_str!("../rules/cra.json")),
    (Regime::UkPecr, include_str!("../rules/uk-pecr.json")),
    (Regime::EEvidence, include_str!("../rules/e-evidence.json")),
];

/// The second clock of an "earlier of" rule ("and no later than `hours` after `anchor`").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AltRule {
    pub anchor: String,
    pub hours: i64,
    /// The cap does not apply when the rule's own anchor comes at or after its end (see
    /// [`crate::clock::Cap`]); copied into the obligation's terms.
    #[serde(default)]
    pub lapses_for_later_anchor: bool,
    /// The provision the cap and its lapse come from.
    #[serde(default)]
    pub reference: Option<String>,
}

/// Who may not use a rule's weekend/holiday roll-over (Delegated Regulation (EU) 2025/301
/// Art 5(5) for the DORA initial notification and intermediate report).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RolloverExclusion {
    /// `dora_entity_type` values excluded (`credit_institution`, …).
    pub dora_entity_types: Vec<String>,
    /// Entities identified as essential or important under NIS2 are excluded.
    pub nis2_entities: bool,
    pub reference: String,
}

impl RolloverExclusion {
    /// The organisation may roll this rule's deadlines over: its entity type is known and not
    /// excluded and, when NIS2 entities are excluded, it said it is not one. What is not known
    /// counts as excluded (no roll-over): nothing lengthens a deadline on a guess.
    pub fn allows(&self, org: &Org) -> bool {
        let kind_ok = org
            .dora_entity_type
            .is_some_and(|t| !self.dora_entity_types.iter().any(|x| x == t.as_str()));
        let nis2_ok = !self.nis2_entities || org.nis2_entity == Some(false);
        kind_ok && nis2_ok
    }
}

/// A notification that may be made in phases: the rule owed when its first filing was recorded as
/// incomplete (GDPR Art 33(4), Regulation (EU) No 611/2013 Art 2(3)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Completion {
    /// The follow-up rule's id.
    pub rule: String,
    /// The follow-up is derived (awaiting the first filing) until a first filing says it was
    /// complete; otherwise only once a first filing says it was not.
    pub while_unknown: bool,
    pub reference: String,
}

/// One rule as written in the data file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub id: String,
    pub kind: ObligationKind,
    /// `authority`, `controller`, `data-subjects`, `csirt`, `financial-supervisor`.
    pub recipient: String,
    /// `aware_at`, `detected_at`, `classified_at`, `resolved_at`, `requested_at` (rules that
    /// apply only on an authority's request) or `filing:<rule>:first|latest`.
    pub anchor: String,
    pub hours: Option<i64>,
    pub months: Option<u32>,
    /// A period in calendar days (CRA Art 14(2)(c): 14 days), counted as the same local time
    /// that many days later in the organisation's time zone.
    #[serde(default)]
    pub days: Option<u32>,
    #[serde(default)]
    pub alt: Option<AltRule>,
    #[serde(default)]
    pub rollover: bool,
    /// The follow-up owed when the first filing was incomplete.
    #[serde(default)]
    pub completion: Option<Completion>,
    /// The provision that allows the roll-over.
    #[serde(default)]
    pub rollover_reference: Option<String>,
    /// Organisations that may not use the roll-over for this rule.
    #[serde(default)]
    pub rollover_excluded: Option<RolloverExclusion>,
    /// The hours come from the affected controller's contract (Art 33(2)).
    #[serde(default)]
    pub contract_hours: bool,
    /// Never derived from the facts: an obligation only when the authority asks for it
    /// (`breachlog obligation request`), due when the request says.
    #[serde(default)]
    pub on_request: bool,
    /// Another form of the rule with this id (e.g. the 24-hour NIS2 notification of trust
    /// service providers): filings anchor later rules as the original's would.
    #[serde(default)]
    pub variant_of: Option<String>,
    /// The provision obliging the entity to tell the recipient, before the time limit, that it
    /// cannot meet it (Delegated Regulation (EU) 2025/301 Art 5(3)): shown as an action while the
    /// deadline is at risk (see [`crate::status::at_risk`]).
    #[serde(default)]
    pub delay_notice: Option<String>,
    /// How the period counts (a [`crate::clock::Counting`] id).
    pub counting: String,
    /// A Member State's own counting where its law differs (`{"ie": "ie-…"}`), applied when
    /// the organisation's lead authority is of that Member State.
    #[serde(default)]
    pub national_counting: std::collections::BTreeMap<String, String>,
    pub reference: String,
    pub source_url: String,
    pub note: String,
}

impl Rule {
    /// The counting that applies in `member_state` (the national rule where the data has one).
    pub fn counting_in(&self, member_state: Option<&str>) -> Result<crate::clock::Counting> {
        let id = member_state
            .and_then(|m| self.national_counting.get(m))
            .unwrap_or(&self.counting);
        crate::clock::Counting::parse(id)
            .ok_or_else(|| Error::Data(format!("rule {}: unknown counting {id}", self.id)))
    }
}

/// The Member State whose holidays and counting rules apply to the organisation's deadlines:
/// the country of its lead authority (`nl-ap` → `nl`), when the holiday data knows it.
pub fn member_state(org: &Org) -> Option<String> {
    let prefix = org.lead_authority.split('-').next()?.to_ascii_lowercase();
    holiday_countries().ok()?.into_iter().find(|c| *c == prefix)
}

/// The rules of one regime.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleSet {
    pub regime: Regime,
    pub version: String,
    pub law: String,
    /// The day the act starts to apply, where nothing it governs can exist before it (an
    /// e-Evidence order: Regulation (EU) 2023/1543 Art 34(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_from: Option<AppliesFrom>,
    pub rules: Vec<Rule>,
}

/// The date of application of an act, with its provision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppliesFrom {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub reference: String,
    pub source_url: String,
}

impl AppliesFrom {
    /// The first instant of `date` anywhere in the Union: midnight at UTC+4 (Réunion, the
    /// Union's easternmost time zone), so nothing that may lawfully exist on that day is refused.
    pub fn earliest_instant(&self) -> Result<breachlog_model::Ts> {
        let day = chrono::NaiveDate::parse_from_str(&self.date, "%Y-%m-%d")
            .map_err(|e| Error::Data(format!("applies_from {}: {e}", self.date)))?;
        let midnight = day
            .and_hms_opt(0, 0, 0)
            .ok_or_else(|| Error::Data(format!("applies_from {}", self.date)))?;
        let utc = midnight - chrono::Duration::hours(4);
        Ok(breachlog_model::Ts::from_utc(utc.and_utc()))
    }
}

impl RuleSet {
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

fn parsed() -> &'static Result<Vec<RuleSet>, String> {
    static RULES: OnceLock<Result<Vec<RuleSet>, String>> = OnceLock::new();
    RULES.get_or_init(|| {
        FILES
            .iter()
            .map(|(regime, text)| {
                let set: RuleSet =
                    serde_json::from_str(text).map_err(|e| format!("rules/{regime}.json: {e}"))?;
                if set.regime != *regime {
                    return Err(format!("rules/{regime}.json names regime {}", set.regime));
                }
                Ok(set)
            })
            .collect()
    })
}

/// All embedded rule sets (an error only if a data file is broken, which the tests catch).
pub fn all() -> Result<&'static [RuleSet]> {
    parsed()
        .as_ref()
        .map(|v| v.as_slice())
        .map_err(|e| Error::Data(e.clone()))
}

pub fn regime(regime: Regime) -> Result<&'static RuleSet> {
    all()?
        .iter()
        .find(|s| s.regime == regime)
        .ok_or_else(|| Error::Data(format!("no rules for {regime}")))
}

/// The key of a rule in overrides: `regime/rule`.
pub fn key(regime: Regime, rule: &str) -> String {
    format!("{regime}/{rule}")
}

/// The hours in force for a rule: the user's override when it does not exceed the law, else the
/// data file's. An override may only tighten a statutory deadline (`rules set` refuses longer
/// ones); one recorded before that refusal existed is not applied to new obligations.
pub fn effective_hours(
    settings: &RegulationSettings,
    regime: Regime,
    rule: &Rule,
) -> (Option<i64>, &'static str) {
    match (settings.overrides.get(&key(regime, &rule.id)), rule.hours) {
        (Some(h), Some(law)) if *h <= law => (Some(*h), "override"),
        _ => (rule.hours, "rule"),
    }
}

/// Refuses hours longer than the rule's statutory hours (field `hours`, naming the legal maximum
/// and the provision); rules without statutory hours have nothing to override.
pub fn check_override(rule: &Rule, hours: i64) -> Result<i64> {
    let Some(law) = rule.hours else {
        return Err(Error::invalid("rule", Reason::NoStatutoryHours));
    };
    if hours > law {
        return Err(Error::invalid(
            "hours",
            Reason::AboveLegalMaximum {
                max: law,
                reference: rule.reference.clone(),
            },
        ));
    }
    Ok(hours)
}

/// The rule of `regime` that applies on request for obligations of `kind` (NIS2 Art 23(4)(c)
/// intermediate report), naming the field on failure.
pub fn on_request(regime: Regime, kind_text: &str) -> Result<(&'static RuleSet, &'static Rule)> {
    let with_requests: Vec<Regime> = all()?
        .iter()
        .filter(|s| s.rules.iter().any(|r| r.on_request))
        .map(|s| s.regime)
        .collect();
    let set = self::regime(regime)?;
    let kinds: Vec<&str> = set
        .rules
        .iter()
        .filter(|r| r.on_request)
        .map(|r| r.kind.as_str())
        .collect();
    if kinds.is_empty() {
        let allowed = with_requests
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        return Err(Error::invalid("regime", Reason::UnknownValue { allowed }));
    }
    let kind: ObligationKind =
        breachlog_model::validate::choice("kind", kind_text, || kinds.join(", "))?;
    let rule = set.rules.iter().find(|r| r.on_request && r.kind == kind);
    rule.map(|r| (set, r)).ok_or_else(|| {
        Error::invalid(
            "kind",
            Reason::UnknownValue {
                allowed: kinds.join(", "),
            },
        )
    })
}

/// Looks up a rule for `rules set`, naming the field on failure.
pub fn find(regime_text: &str, rule_id: &str) -> Result<(Regime, &'static Rule)> {
    let regime: Regime = breachlog_model::validate::choice("regime", regime_text, Regime::allowed)?;
    let set = self::regime(regime)?;
    let rule = set.rule(rule_id.trim()).ok_or_else(|| {
        Error::invalid(
            "rule",
            Reason::UnknownValue {
                allowed: set
                    .rules
                    .iter()
                    .map(|r| r.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        )
    })?;
    Ok((regime, rule))
}

/// The public holiday calendar of a country (see [`crate::holidays`]) for roll-overs.
pub fn holidays(country: &str) -> Result<crate::holidays::Calendar> {
    crate::holidays::calendar(country)
}

/// Countries with holiday rules.
pub fn holiday_countries() -> Result<Vec<String>> {
    crate::holidays::countries()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_file_parses_and_has_references() {
        let sets = all().unwrap();
        assert_eq!(sets.len(), 8);
        for set in sets {
            assert!(!set.version.is_empty());
            for r in &set.rules {
                assert!(
                    r.source_url.starts_with("https://"),
                    "{}/{}",
                    set.regime,
                    r.id
                );
                assert!(!r.reference.is_empty());
                if r.rollover {
                    assert!(r.rollover_reference.is_some(), "{}/{}", set.regime, r.id);
                }
                use crate::clock::Counting as C;
                let c = r.counting_in(None).unwrap();
                let ok = match c {
                    C::ElapsedHours => r.hours.is_some() || r.contract_hours,
                    C::Eu1182Months | C::SameClockMonths | C::IeMonths | C::DeMonths => {
                        r.months.is_some()
                    }
                    C::Eu1182Days | C::SameClockDays => r.days.is_some(),
                    C::UndueDelay => {
                        r.hours.is_none()
                            && r.months.is_none()
                            && r.days.is_none()
                            && !r.contract_hours
                    }
                    C::SetByRequest => r.on_request,
                };
                assert!(
                    ok,
                    "{}/{}: counting {} does not fit its period",
                    set.regime, r.id, r.counting
                );
                for m in r.national_counting.keys() {
                    assert!(r.counting_in(Some(m)).is_ok(), "{}/{}", set.regime, r.id);
                }
                let anchor_ok = [
                    "aware_at",
                    "detected_at",
                    "classified_at",
                    "resolved_at",
                    "corrective_measure_at",
                    "recovered_at",
                ]
                .contains(&r.anchor.as_str())
                    || r.anchor.starts_with("filing:")
                    || (r.on_request && r.anchor == "requested_at")
                    // e-Evidence orders: opened by the contact log at the order's receipt.
                    || (set.regime == Regime::EEvidence && r.anchor == "request_received_at");
                assert!(anchor_ok, "{}/{}: {}", set.regime, r.id, r.anchor);
                if let Some(c) = &r.completion {
                    let follow = set.rule(&c.rule).unwrap();
                    assert_eq!(
                        follow.anchor,
                        format!("filing:{}:first", r.id),
                        "{}/{}",
                        set.regime,
                        r.id
                    );
                }
                if let Some(of) = &r.variant_of {
                    let original = set.rule(of).unwrap();
                    assert_eq!(original.recipient, r.recipient, "{}/{}", set.regime, r.id);
                }
                if r.on_request {
                    assert!(
                        r.hours.is_none() && r.months.is_none() && r.days.is_none(),
                        "the request sets the due date"
                    );
                }
                if let Some(rest) = r.anchor.strip_prefix("filing:") {
                    let (of, which) = rest.split_once(':').unwrap();
                    assert!(set.rule(of).is_some());
                    assert!(which == "first" || which == "latest");
                }
            }
        }
    }

    #[test]
    fn statutory_hours_match_the_reference_table() {
        let h = |r: Regime, id: &str| regime(r).unwrap().rule(id).unwrap().hours;
        assert_eq!(h(Regime::Gdpr, "art33-1"), Some(72));
        assert_eq!(h(Regime::Gdpr, "art33-2"), None);
        assert_eq!(h(Regime::Gdpr, "art34"), None);
        assert_eq!(h(Regime::UkGdpr, "art33-1"), Some(72));
        assert_eq!(h(Regime::Nis2, "art23-4-a"), Some(24));
        assert_eq!(h(Regime::Nis2, "art23-4-b"), Some(72));
        // Art 23(4) second subparagraph: trust service providers notify within 24 hours.
        assert_eq!(h(Regime::Nis2, "art23-4-b-trust"), Some(24));
        // Art 23(4)(c): intermediate report only on request, no statutory hours.
        let c = regime(Regime::Nis2).unwrap().rule("art23-4-c").unwrap();
        assert_eq!(
            (c.kind, c.on_request, c.hours, c.months),
            (ObligationKind::Intermediate, true, None, None)
        );
        assert_eq!(
            regime(Regime::Nis2)
                .unwrap()
                .rule("art23-4-d")
                .unwrap()
                .months,
            Some(1)
        );
        assert_eq!(h(Regime::Dora, "initial"), Some(4));
        // 2025/301 Art 5(1)(a): no later than 24 h after awareness; Art 5(2): that cap lapses
        // for a classification after those 24 hours.
        let cap = regime(Regime::Dora)
            .unwrap()
            .rule("initial")
            .unwrap()
            .alt
            .clone()
            .unwrap();
        assert_eq!(
            (cap.anchor.as_str(), cap.hours, cap.lapses_for_later_anchor),
            ("detected_at", 24, true)
        );
        assert!(cap.reference.unwrap().contains("Art 5(2)"));
        assert_eq!(h(Regime::Dora, "intermediate"), Some(72));
        assert_eq!(h(Regime::Eprivacy, "art2-2"), Some(24));
        assert_eq!(h(Regime::Eprivacy, "art2-3"), Some(72));
    }

    /// Delegated Regulation (EU) 2025/301 Art 5(4): a time limit on a weekend or bank holiday
    /// rolls to noon of the next working day; Art 5(5): not for the initial notification and the
    /// intermediate report of credit institutions, central counterparties, operators of trading
    /// venues and NIS2 essential or important entities; their final report rolls.
    #[test]
    fn dora_roll_over_scope() {
        use breachlog_model::regulation::DoraEntityType as T;
        let set = regime(Regime::Dora).unwrap();
        let org = |t: Option<T>, nis2: Option<bool>| Org {
            dora_entity_type: t,
            nis2_entity: nis2,
            ..Org::default()
        };
        for id in ["initial", "intermediate"] {
            let r = set.rule(id).unwrap();
            assert!(r.rollover);
            let x = r.rollover_excluded.as_ref().unwrap();
            assert!(x.reference.contains("Art 5(5)"));
            for t in [
                T::CreditInstitution,
                T::CentralCounterparty,
                T::TradingVenue,
            ] {
                assert!(!x.allows(&org(Some(t), Some(false))), "{id} {t}");
            }
            assert!(x.allows(&org(Some(T::Other), Some(false))), "{id}");
            assert!(
                !x.allows(&org(Some(T::Other), Some(true))),
                "{id}: NIS2 entity"
            );
            assert!(!x.allows(&org(Some(T::Other), None)), "{id}: NIS2 unknown");
            assert!(!x.allows(&org(None, Some(false))), "{id}: type unknown");
        }
        let f = set.rule("final").unwrap();
        assert!(f.rollover && f.rollover_excluded.is_none());
    }

    #[test]
    fn holiday_calendars_load() {
        assert!(holidays("nl")
            .unwrap()
            .is_holiday(chrono::NaiveDate::from_ymd_opt(2026, 4, 27).unwrap())
            .unwrap());
        assert!(holidays("xx").is_err());
    }
}
