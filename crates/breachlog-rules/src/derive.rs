//! Deriving obligations from an incident's state and turning the difference with the stored
//! obligations into explicit intents (an obligation opened, its anchor changed, not required, or
//! reinstated), which the store appends as events (`obligation.opened`, `.anchor_changed`,
//! `.not_required`, `.reinstated`). A pure function of the facts: no storage here.

use serde_json::{json, Value};
use uuid::Uuid;

use crate::clock::{self, Terms};
use crate::rules::{self, Rule};
use breachlog_model::domain::{Decision, Incident, Org, PersonalData, Risk, Role};
use breachlog_model::error::{Error, Result};
use breachlog_model::regulation::{
    Art34Exemption, ClockGap, Controller, CraKind, Filing, IncidentRegulation, Obligation, Phase,
    Recipient, Regime, RegulationSettings,
};
use breachlog_model::Ts;

/// Who decides automatic not-required changes.
pub const ENGINE: &str = "breachlog";
/// Fluent id stored as the rationale of an obligation the facts no longer call for.
pub const NO_LONGER_DERIVED: &str = "obligation-no-longer-derived";

/// NIS2 Art 23(4)(b) incident notification, and its 24-hour form for trust service providers.
const NIS2_NOTIFICATION: &str = "art23-4-b";
const NIS2_TRUST_NOTIFICATION: &str = "art23-4-b-trust";

/// `hours_source` of obligations opened because someone asked (authority contact log, NIS2
/// Art 23(4)(c)): never derived, so never "no longer derived" either.
pub const ON_REQUEST: &str = "request";

/// Everything derivation looks at.
#[derive(Debug)]
pub struct State<'a> {
    pub incident: &'a Incident,
    pub org: &'a Org,
    pub reg: &'a IncidentRegulation,
    pub controllers: &'a [Controller],
    pub settings: &'a RegulationSettings,
    /// Stored obligations of the incident with their filings.
    pub existing: &'a [(Obligation, Vec<Filing>)],
}

/// One obligation the facts call for.
#[derive(Debug, Clone)]
pub struct Desired {
    pub regime: Regime,
    pub rule: &'static Rule,
    pub rule_version: &'static str,
    pub recipient: String,
    pub controller_id: Option<Uuid>,
    pub hours: Option<i64>,
    pub hours_source: &'static str,
    pub anchor_at: Option<Ts>,
    pub alt_anchor_at: Option<Ts>,
    /// (decider, rationale) when a person decided it is not required.
    pub not_required: Option<(String, String)>,
}

/// The regimes that apply to the incident: its own override, else the organisation's.
pub fn regimes(org: &Org, reg: &IncidentRegulation) -> Vec<Regime> {
    reg.regimes.clone().unwrap_or_else(|| org.regimes.clone())
}

/// The role the incident is assessed in: its own, else (assessments stored before every
/// assessment had one) the organisation's.
pub fn effective_role(incident: &Incident, org: &Org) -> Role {
    incident
        .assessment
        .as_ref()
        .and_then(|a| a.role)
        .unwrap_or(org.default_role)
}

/// Why no GDPR breach obligation (Art 33(1), 33(2), 34) is derived for the incident, or `None`
/// when the facts call for one. Mirrors [`desired_obligations`].
pub fn clock_gap(incident: &Incident, org: &Org, reg: &IncidentRegulation) -> Option<ClockGap> {
    if incident.exercise {
        return Some(ClockGap::Exercise);
    }
    let breach = match incident.assessment.as_ref() {
        Some(a) if a.personal_data == PersonalData::Yes => a,
        Some(a) if a.personal_data == PersonalData::No => return Some(ClockGap::NoPersonalData),
        _ => return Some(ClockGap::NotAssessed),
    };
    let on = regimes(org, reg);
    if !on
        .iter()
        .any(|r| matches!(r, Regime::Gdpr | Regime::UkGdpr))
    {
        return Some(ClockGap::GdprNotApplied);
    }
    if effective_role(incident, org) == Role::Processor && breach.controllers.is_empty() {
        return Some(ClockGap::ProcessorWithoutControllers);
    }
    None
}

fn anchor_time(s: &State<'_>, regime: Regime, anchor: &str) -> Option<Ts> {
    match anchor {
        "aware_at" => s.incident.assessment.as_ref().and_then(|a| a.aware_at),
        "detected_at" => Some(s.incident.detected_at),
        "resolved_at" => s.incident.resolved_at,
        "corrective_measure_at" => s.incident.corrective_measure_at,
        "recovered_at" => s.incident.recovered_at,
        "classified_at" => match regime {
            Regime::Nis2 => s.reg.nis2.as_ref().map(|c| c.at),
            Regime::Dora => s.reg.dora.as_ref().map(|c| c.at),
            Regime::Cra => s.reg.cra.as_ref().map(|c| c.at),
            _ => None,
        },
        other => {
            let (of, which) = other.strip_prefix("filing:")?.split_once(':')?;
            // Filings of the rule or of a variant of it (NIS2 trust service notification).
            let set = rules::regime(regime).ok();
            let counts = |rule: &str| {
                rule == of
                    || set
                        .and_then(|x| x.rule(rule))
                        .and_then(|r| r.variant_of.as_deref())
                        == Some(of)
            };
            let times: Vec<Ts> = s
                .existing
                .iter()
                .filter(|(o, _)| o.regime == regime && counts(&o.rule))
                .flat_map(|(_, f)| {
                    f.iter()
                        .filter(|f| f.phase != Phase::Withdrawal)
                        .map(|f| f.at)
                })
                .collect();
            if which == "latest" {
                times.into_iter().max()
            } else {
                times.into_iter().min()
            }
        }
    }
}

fn desired(s: &State<'_>, regime: Regime, rule_id: &str, recipient: String) -> Result<Desired> {
    let set = rules::regime(regime)?;
    let rule = set
        .rule(rule_id)
        .ok_or_else(|| Error::Data(format!("missing rule {regime}/{rule_id}")))?;
    let (hours, hours_source) = rules::effective_hours(s.settings, regime, rule);
    Ok(Desired {
        regime,
        rule,
        rule_version: &set.version,
        recipient,
        controller_id: None,
        hours,
        hours_source,
        anchor_at: anchor_time(s, regime, &rule.anchor),
        alt_anchor_at: rule
            .alt
            .as_ref()
            .and_then(|a| anchor_time(s, regime, &a.anchor)),
        not_required: None,
    })
}

/// The first filing (initial phase) of the stored obligation of `regime`/`rule` to `recipient`.
fn first_filing<'a>(
    s: &'a State<'_>,
    regime: Regime,
    rule: &str,
    recipient: &str,
) -> Option<&'a Filing> {
    s.existing
        .iter()
        .filter(|(o, _)| o.regime == regime && o.rule == rule && o.recipient == recipient)
        .flat_map(|(_, f)| f.iter().filter(|f| f.phase == Phase::Initial))
        .min_by_key(|f| (f.at, f.id))
}

/// The rest of a notification made in phases (rule data `completion`: GDPR Art 33(4),
/// Regulation (EU) No 611/2013 Art 2(3)) when it is owed: its first filing was recorded as
/// incomplete or, for a rule owed `while_unknown`, no first filing has said it was complete.
fn completion(s: &State<'_>, d: &Desired) -> Result<Option<Desired>> {
    let Some(c) = &d.rule.completion else {
        return Ok(None);
    };
    let first = first_filing(s, d.regime, &d.rule.id, &d.recipient);
    let owed = match first.and_then(|f| f.complete) {
        Some(complete) => !complete,
        None => c.while_unknown,
    };
    if !owed {
        return Ok(None);
    }
    let mut rest = desired(s, d.regime, &c.rule, d.recipient.clone())?;
    rest.anchor_at = first.map(|f| f.at);
    Ok(Some(rest))
}

/// The obligations the incident's facts call for under the current rules.
pub fn desired_obligations(s: &State<'_>) -> Result<Vec<Desired>> {
    let mut out = Vec::new();
    if s.incident.exercise {
        return Ok(out);
    }
    let on = regimes(s.org, s.reg);
    let a = s.incident.assessment.clone().unwrap_or_default();
    let breach = s.incident.assessment.is_some() && a.personal_data == PersonalData::Yes;
    let role = effective_role(s.incident, s.org);
    let gdprs: Vec<Regime> = [Regime::Gdpr, Regime::UkGdpr]
        .into_iter()
        .filter(|r| on.contains(r))
        .collect();
    if breach {
        for &regime in &gdprs {
            if !role.as_controller() {
                continue;
            }
            let recipients: Vec<String> = if regime == Regime::UkGdpr {
                vec!["uk-ico".into()]
            } else {
                let listed: Vec<String> = a
                    .authorities
                    .iter()
                    .filter(|x| *x != "uk-ico")
                    .cloned()
                    .collect();
                if !listed.is_empty() {
                    listed
                } else if !s.org.lead_authority.is_empty() {
                    vec![s.org.lead_authority.clone()]
                } else {
                    vec![breachlog_model::regulation::GENERIC_AUTHORITY.into()]
                }
            };
            let no_notify = (a.risk == Some(Risk::None) && a.decision == Some(Decision::NoNotify))
                .then(|| {
                    (
                        a.decided_by.clone().unwrap_or_default(),
                        a.decision_rationale.clone().unwrap_or_default(),
                    )
                });
            for r in recipients {
                let mut d = desired(s, regime, "art33-1", r)?;
                d.not_required.clone_from(&no_notify);
                let rest = completion(s, &d)?;
                out.push(d);
                out.extend(rest);
            }
        }
        if let Some(&regime) = gdprs.first() {
            if role.as_controller() && a.risk == Some(Risk::High) {
                let mut d = desired(s, regime, "art34", "data-subjects".into())?;
                if let Some(ex) = a.art34_exemption {
                    let rationale = format!(
                        "Art 34(3)({}): {}",
                        ex.as_str(),
                        a.art34_justification.clone().unwrap_or_default()
                    );
                    d.not_required =
                        Some((a.art34_decided_by.clone().unwrap_or_default(), rationale));
                    if ex == Art34Exemption::C {
                        out.push(desired(s, regime, "art34", "public".into())?);
                    }
                }
                out.push(d);
            }
            if role.as_processor() {
                for cid in &a.controllers {
                    let customer = s.controllers.iter().find(|c| c.id == *cid);
                    // A UK customer's notice is owed under the UK GDPR (its Art 33(2)) when
                    // that regime applies; any other customer's under the first GDPR regime.
                    let uk = customer.and_then(|c| c.country.as_deref()) == Some("GB")
                        && on.contains(&Regime::UkGdpr);
                    let regime = if uk { Regime::UkGdpr } else { regime };
                    let mut d = desired(s, regime, "art33-2", Recipient::Controller(*cid).code())?;
                    d.controller_id = Some(*cid);
                    d.hours = customer.and_then(|c| c.notice_hours);
                    d.hours_source = "contract";
                    out.push(d);
                }
            }
        }
        // Regulation (EU) No 611/2013 Art 3(1) and PECR reg 5A(3): the subscriber or individual
        // is told when the breach is likely to adversely affect their personal data or privacy,
        // read here as any assessed risk ("risk" or "high"); a lower threshold than Art 34.
        let adverse = matches!(a.risk, Some(Risk::Risk | Risk::High));
        if on.contains(&Regime::Eprivacy) {
            let initial = desired(s, Regime::Eprivacy, "art2-2", "national-authority".into())?;
            let rest = completion(s, &initial)?;
            out.push(initial);
            out.extend(rest);
            if adverse {
                out.push(desired(s, Regime::Eprivacy, "art3", "subscribers".into())?);
            }
        }
        if on.contains(&Regime::UkPecr) {
            let initial = desired(s, Regime::UkPecr, "reg5a-2", "uk-ico".into())?;
            let rest = completion(s, &initial)?;
            out.push(initial);
            out.extend(rest);
            if adverse {
                out.push(desired(s, Regime::UkPecr, "reg5a-3", "subscribers".into())?);
            }
        }
    }
    if let (Some(_), Some(kind)) = (
        s.reg.cra.as_ref().filter(|_| on.contains(&Regime::Cra)),
        s.incident.cra_kind,
    ) {
        let ids = match kind {
            CraKind::ExploitedVulnerability => ["art14-2-a", "art14-2-b", "art14-2-c"],
            CraKind::SevereIncident => ["art14-4-a", "art14-4-b", "art14-4-c"],
        };
        for rule in ids {
            out.push(desired(s, Regime::Cra, rule, "csirt-coordinator".into())?);
        }
    }
    if let Some(c) = s.reg.nis2.as_ref().filter(|_| on.contains(&Regime::Nis2)) {
        // Art 23(4) second subparagraph: a trust service provider notifies a significant incident
        // affecting its trust services within 24 h instead of 72 h. Once one form of the
        // notification is filed, that one stays the notification of the incident.
        let filed = |rule: &str| {
            s.existing
                .iter()
                .any(|(o, f)| o.regime == Regime::Nis2 && o.rule == rule && !f.is_empty())
        };
        let notification = match (filed(NIS2_NOTIFICATION), filed(NIS2_TRUST_NOTIFICATION)) {
            (true, _) => NIS2_NOTIFICATION,
            (false, true) => NIS2_TRUST_NOTIFICATION,
            _ if c.trust_service => NIS2_TRUST_NOTIFICATION,
            _ => NIS2_NOTIFICATION,
        };
        for rule in ["art23-4-a", notification, "art23-4-d"] {
            out.push(desired(s, Regime::Nis2, rule, "csirt".into())?);
        }
        // Art 23(1) first subparagraph, second sentence: the recipients of the services, when the significant
        // incident is likely to adversely affect their provision.
        if c.affects_recipients == Some(true) {
            out.push(desired(
                s,
                Regime::Nis2,
                "art23-1-recipients",
                "service-recipients".into(),
            )?);
        }
        // Art 23(4)(e): a "final" report filed while the incident is still being handled is a
        // progress report; the final report is then due one month after handling ended.
        let report = s
            .existing
            .iter()
            .filter(|(o, _)| o.regime == Regime::Nis2 && o.rule == "art23-4-d")
            .flat_map(|(_, f)| f.iter().filter(|f| f.phase == Phase::Initial))
            .map(|f| f.at)
            .min();
        if report.is_some_and(|at| s.incident.resolved_at.is_none_or(|r| at < r)) {
            out.push(desired(s, Regime::Nis2, "art23-4-e", "csirt".into())?);
        }
    }
    if on.contains(&Regime::Dora) && s.reg.dora.is_some() {
        for rule in ["initial", "intermediate", "final"] {
            out.push(desired(
                s,
                Regime::Dora,
                rule,
                "financial-supervisor".into(),
            )?);
        }
        // 2025/301 Art 5(1)(b): an updated intermediate report once regular activities have
        // been recovered; the final report then counts from the latest of them (Art 5(1)(c)).
        if s.incident.recovered_at.is_some() {
            out.push(desired(
                s,
                Regime::Dora,
                "updated-intermediate",
                "financial-supervisor".into(),
            )?);
        }
    }
    Ok(out)
}

/// The due and target times of a stored obligation's terms with new anchor times.
pub fn due_for(
    o: &Obligation,
    anchor_at: Option<Ts>,
    alt_anchor_at: Option<Ts>,
) -> Result<Option<clock::Due>> {
    let holidays = o.rollover.as_deref().map(rules::holidays).transpose()?;
    let calendar = o
        .holiday_country
        .as_deref()
        .map(rules::holidays)
        .transpose()?;
    let counting = o.counting.as_deref().map_or(o.legacy_counting(), |c| c);
    let counting = clock::Counting::parse(counting)
        .ok_or_else(|| Error::Data(format!("obligation {}: unknown counting {counting}", o.id)))?;
    clock::due(&Terms {
        anchor_at,
        hours: o.hours,
        months: u32::from(o.month_rule),
        days: o.days.unwrap_or(0),
        alt: o.alt.as_ref().map(|a| clock::Cap {
            anchor_at: alt_anchor_at,
            hours: a.hours,
            lapses_for_later_anchor: a.lapses_for_later_anchor == Some(true),
        }),
        tz: o.tz(),
        counting,
        holidays,
        calendar,
    })
}

fn opened(s: &State<'_>, d: &Desired) -> Result<(Value, Uuid)> {
    let id = Uuid::now_v7();
    // Delegated Regulation (EU) 2025/301 Art 5(4)-(5): the roll-over country applies unless the
    // rule excludes this organisation (or what it would take to know is not set).
    let allowed = d
        .rule
        .rollover_excluded
        .as_ref()
        .is_none_or(|x| x.allows(s.org));
    let rollover = if d.rule.rollover && allowed {
        s.settings.dora_rollover_country.clone()
    } else {
        None
    };
    let months = d.rule.months.unwrap_or(0);
    let days = d.rule.days.filter(|_| months == 0);
    let member_state = rules::member_state(s.org);
    let counting = d.rule.counting_in(member_state.as_deref())?;
    let mut o = Obligation {
        id,
        incident_id: Some(s.incident.id),
        regime: d.regime,
        rule: d.rule.id.clone(),
        recipient: d.recipient.clone(),
        kind: d.rule.kind,
        anchor: d.rule.anchor.clone(),
        anchor_at: d.anchor_at,
        hours: if months > 0 || days.is_some() {
            None
        } else {
            d.hours
        },
        month_rule: months > 0,
        days,
        alt: d
            .rule
            .alt
            .as_ref()
            .map(|a| breachlog_model::regulation::AltTerm {
                anchor: a.anchor.clone(),
                anchor_at: d.alt_anchor_at,
                hours: a.hours,
                lapses_for_later_anchor: a.lapses_for_later_anchor.then_some(true),
            }),
        rollover,
        timezone: s.org.tz().name().to_string(),
        due_at: None,
        counting: Some(counting.as_str().to_string()),
        target_at: None,
        holiday_country: member_state.filter(|_| counting.ends_with_the_day()),
        reference: d.rule.reference.clone(),
        rule_version: d.rule_version.to_string(),
        source_url: d.rule.source_url.clone(),
        hours_source: d.hours_source.to_string(),
        controller_id: d.controller_id,
        contact_id: None,
        opened_at: s.incident.updated_at,
        not_required: None,
    };
    let due = due_for(&o, d.anchor_at, d.alt_anchor_at)?;
    o.due_at = due.map(|d| d.due_at);
    o.target_at = due.map(|d| d.target_at);
    Ok((opened_payload(&o)?, id))
}

/// The obligation an authority's order opens at its receipt (e-Evidence, Regulation (EU)
/// 2023/1543): the rule's terms (hours in force, counting, the organisation's Member State for
/// 1182/71 periods) from `received_at`, linked to the contact that logged the order. Never
/// derived, moved or dropped by sync (it has a `contact_id`).
#[allow(clippy::too_many_arguments)]
pub fn order_obligation(
    org: &Org,
    settings: &RegulationSettings,
    regime: Regime,
    rule_id: &str,
    received_at: Ts,
    incident_id: Option<Uuid>,
    contact_id: Uuid,
    now: Ts,
) -> Result<Obligation> {
    let set = rules::regime(regime)?;
    let rule = set
        .rule(rule_id)
        .ok_or_else(|| Error::Data(format!("missing rule {regime}/{rule_id}")))?;
    let (hours, hours_source) = rules::effective_hours(settings, regime, rule);
    let days = rule.days;
    let member_state = rules::member_state(org);
    let counting = rule.counting_in(member_state.as_deref())?;
    let mut o = Obligation {
        id: Uuid::now_v7(),
        incident_id,
        regime,
        rule: rule.id.clone(),
        recipient: rule.recipient.clone(),
        kind: rule.kind,
        anchor: rule.anchor.clone(),
        anchor_at: Some(received_at),
        hours: if days.is_some() { None } else { hours },
        month_rule: false,
        days,
        alt: None,
        rollover: None,
        timezone: org.tz().name().to_string(),
        due_at: None,
        counting: Some(counting.as_str().to_string()),
        target_at: None,
        holiday_country: member_state.filter(|_| counting.ends_with_the_day()),
        reference: rule.reference.clone(),
        rule_version: set.version.clone(),
        source_url: rule.source_url.clone(),
        hours_source: hours_source.to_string(),
        controller_id: None,
        contact_id: Some(contact_id),
        opened_at: now,
        not_required: None,
    };
    let due = due_for(&o, Some(received_at), None)?;
    o.due_at = due.map(|d| d.due_at);
    o.target_at = due.map(|d| d.target_at);
    Ok(o)
}

/// The end of a period of `days` days from `from` under Regulation (EEC, Euratom) No 1182/71
/// Art 3 (the day of `from` not counted, the end of the last day, moved past a Saturday, Sunday
/// or public holiday of the organisation's Member State): the e-Evidence preservation period.
pub fn days_end(org: &Org, from: Ts, days: u32) -> Result<Ts> {
    let calendar = rules::member_state(org)
        .as_deref()
        .map(rules::holidays)
        .transpose()?;
    let due = clock::due(&Terms {
        anchor_at: Some(from),
        hours: None,
        months: 0,
        days,
        alt: None,
        tz: org.tz(),
        counting: clock::Counting::Eu1182Days,
        holidays: None,
        calendar,
    })?;
    due.map(|d| d.due_at)
        .ok_or_else(|| Error::Data("a period without an end".into()))
}

/// The `obligation.opened` payload of an obligation: its terms without the members the
/// projection sets from the event itself (`opened_at`, `not_required`).
pub fn opened_payload(o: &Obligation) -> Result<Value> {
    let mut value = serde_json::to_value(o).map_err(|e| Error::Data(e.to_string()))?;
    if let Value::Object(m) = &mut value {
        m.remove("opened_at");
        m.remove("not_required");
    }
    Ok(json!({ "obligation": value }))
}

/// What changes about one obligation; the store appends it as the event of the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// `obligation.opened`
    Opened,
    /// `obligation.anchor_changed`
    AnchorChanged,
    /// `obligation.not_required`
    NotRequired,
    /// `obligation.reinstated`
    Reinstated,
}

/// The intents (with their event payloads) that bring the stored obligations in line with the
/// desired ones.
pub fn plan(s: &State<'_>) -> Result<Vec<(Intent, Value)>> {
    let want = desired_obligations(s)?;
    let mut events = Vec::new();
    let not_required = |id: Uuid, decider: &str, rationale: &str, automatic: bool| {
        (
            Intent::NotRequired,
            json!({ "obligation_id": id.to_string(), "decider": decider, "rationale": rationale, "automatic": automatic }),
        )
    };
    for d in &want {
        let found = s.existing.iter().find(|(o, _)| {
            o.regime == d.regime && o.rule == d.rule.id && o.recipient == d.recipient
        });
        match found {
            None => {
                let (payload, id) = opened(s, d)?;
                events.push((Intent::Opened, payload));
                if let Some((decider, rationale)) = &d.not_required {
                    events.push(not_required(id, decider, rationale, false));
                }
            }
            Some((o, filings)) if filings.is_empty() => {
                let alt_now = o.alt.as_ref().and_then(|a| a.anchor_at);
                if o.anchor_at != d.anchor_at || (o.alt.is_some() && alt_now != d.alt_anchor_at) {
                    let due = due_for(o, d.anchor_at, d.alt_anchor_at)?;
                    events.push((
                        Intent::AnchorChanged,
                        json!({ "obligation_id": o.id.to_string(), "anchor_at": d.anchor_at,
                                "alt_anchor_at": d.alt_anchor_at, "due_at": due.map(|d| d.due_at),
                                "target_at": due.map(|d| d.target_at) }),
                    ));
                }
                match (&o.not_required, &d.not_required) {
                    (None, Some((decider, rationale))) => {
                        events.push(not_required(o.id, decider, rationale, false))
                    }
                    (Some(nr), None) if !nr.manual => events.push((
                        Intent::Reinstated,
                        json!({ "obligation_id": o.id.to_string() }),
                    )),
                    (Some(nr), Some((decider, rationale)))
                        if !nr.manual && (nr.rationale != *rationale || nr.decider != *decider) =>
                    {
                        events.push(not_required(o.id, decider, rationale, false));
                    }
                    _ => {}
                }
            }
            // Filed: the terms and lateness of the first filing are frozen.
            Some(_) => {}
        }
    }
    for (o, filings) in s.existing {
        let wanted = want
            .iter()
            .any(|d| o.regime == d.regime && o.rule == d.rule.id && o.recipient == d.recipient);
        let derived_kind = o.contact_id.is_none() && o.hours_source != ON_REQUEST;
        if !wanted && derived_kind && filings.is_empty() && o.not_required.is_none() {
            events.push(not_required(o.id, ENGINE, NO_LONGER_DERIVED, true));
        }
    }
    Ok(events)
}
