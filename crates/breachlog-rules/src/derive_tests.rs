//! Table-driven derivation: which obligations the facts call for, per regime and role.
//! Expected rows are written from the rules (docs/regulation.md), not from the code.

use serde_json::{json, Value};
use uuid::Uuid;

use crate::derive::{desired_obligations, State};
use breachlog_model::domain::{Incident, Org};
use breachlog_model::regulation::{
    Classification, Controller, IncidentRegulation, RegulationSettings, Tristate,
};

use crate::testing::ts;

fn incident(exercise: bool, assessment: Value) -> Incident {
    serde_json::from_value(json!({
        "id": Uuid::nil(), "title": "t", "category": "other", "source": "employee", "severity": "high",
        "detected_at": "2026-05-04T08:00:00Z", "status": "investigating", "exercise": exercise,
        "created_at": "2026-05-04T08:00:00Z", "created_by": "t", "updated_at": "2026-05-04T08:00:00Z",
        "assessment": assessment, "last_seq": 1, "last_hash": "00",
    }))
    .unwrap()
}

const C1: Uuid = Uuid::from_u128(1);
/// A customer in the United Kingdom.
const C2: Uuid = Uuid::from_u128(2);

/// (what, org regimes, incident override, classified nis2/dora, exercise, assessment, expected rows)
/// Rows are `regime/rule/recipient` with ` NR` when the obligation is decided not required.
type Case = (
    &'static str,
    &'static str,
    Option<&'static str>,
    bool,
    bool,
    Value,
    &'static [&'static str],
);

#[test]
fn obligations_per_regime_role_and_risk() {
    let breach = |extra: Value| {
        let mut a = json!({ "personal_data": "yes", "aware_at": "2026-05-04T10:00:00Z", "role": "controller" });
        if let (Value::Object(m), Value::Object(e)) = (&mut a, extra) {
            m.extend(e);
        }
        a
    };
    let cases: Vec<Case> = vec![
        (
            "controller, risk not assessed",
            "gdpr",
            None,
            false,
            false,
            breach(json!({})),
            &["gdpr/art33-1/nl-ap"],
        ),
        (
            "joint controller",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"role": "joint_controller", "risk": "risk"})),
            &["gdpr/art33-1/nl-ap"],
        ),
        (
            "no personal data",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"personal_data": "no"})),
            &[],
        ),
        (
            "personal data undetermined",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"personal_data": "undetermined"})),
            &[],
        ),
        (
            "no assessment",
            "gdpr",
            None,
            false,
            false,
            Value::Null,
            &[],
        ),
        (
            "risk none and no-notify decision",
            "gdpr",
            None,
            false,
            false,
            breach(
                json!({"risk": "none", "decision": "no_notify", "decision_rationale": "why", "decided_by": "dpo"}),
            ),
            &["gdpr/art33-1/nl-ap NR"],
        ),
        (
            "risk none, no decision yet",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"risk": "none"})),
            &["gdpr/art33-1/nl-ap"],
        ),
        (
            "high risk",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"risk": "high"})),
            &["gdpr/art33-1/nl-ap", "gdpr/art34/data-subjects"],
        ),
        (
            "high risk, exemption b",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"risk": "high", "art34_exemption": "b", "art34_justification": "j"})),
            &["gdpr/art33-1/nl-ap", "gdpr/art34/data-subjects NR"],
        ),
        (
            "high risk, exemption c",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"risk": "high", "art34_exemption": "c", "art34_justification": "j"})),
            &[
                "gdpr/art33-1/nl-ap",
                "gdpr/art34/data-subjects NR",
                "gdpr/art34/public",
            ],
        ),
        (
            "listed authorities instead of the lead",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"authorities": ["be-apd", "fr-cnil"]})),
            &["gdpr/art33-1/be-apd", "gdpr/art33-1/fr-cnil"],
        ),
        (
            "processor: controller notices only",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"role": "processor", "risk": "high", "controllers": [C1]})),
            &["gdpr/art33-2/controller:00000000-0000-0000-0000-000000000001"],
        ),
        (
            "both roles: the controller's obligations and the processor's notices",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"role": "both", "risk": "high", "controllers": [C1]})),
            &[
                "gdpr/art33-1/nl-ap",
                "gdpr/art33-2/controller:00000000-0000-0000-0000-000000000001",
                "gdpr/art34/data-subjects",
            ],
        ),
        (
            "both roles without controllers: the controller's obligations",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"role": "both", "risk": "risk"})),
            &["gdpr/art33-1/nl-ap"],
        ),
        (
            "both roles under EU and UK GDPR: a UK customer's notice is owed under the UK GDPR",
            "gdpr,uk-gdpr",
            None,
            false,
            false,
            breach(json!({"role": "both", "risk": "risk", "controllers": [C1, C2]})),
            &[
                "gdpr/art33-1/nl-ap",
                "gdpr/art33-2/controller:00000000-0000-0000-0000-000000000001",
                "uk-gdpr/art33-1/uk-ico",
                "uk-gdpr/art33-2/controller:00000000-0000-0000-0000-000000000002",
            ],
        ),
        (
            "a UK customer without the UK GDPR regime: its notice under the GDPR",
            "gdpr",
            None,
            false,
            false,
            breach(json!({"role": "processor", "risk": "risk", "controllers": [C2]})),
            &["gdpr/art33-2/controller:00000000-0000-0000-0000-000000000002"],
        ),
        (
            "EU and UK GDPR",
            "gdpr,uk-gdpr",
            None,
            false,
            false,
            breach(json!({"risk": "high"})),
            &[
                "gdpr/art33-1/nl-ap",
                "gdpr/art34/data-subjects",
                "uk-gdpr/art33-1/uk-ico",
            ],
        ),
        (
            "UK GDPR only",
            "uk-gdpr",
            None,
            false,
            false,
            breach(json!({"risk": "high"})),
            &["uk-gdpr/art33-1/uk-ico", "uk-gdpr/art34/data-subjects"],
        ),
        (
            "NIS2 without classification",
            "gdpr,nis2",
            None,
            false,
            false,
            breach(json!({})),
            &["gdpr/art33-1/nl-ap"],
        ),
        (
            "NIS2 significant",
            "nis2",
            None,
            true,
            false,
            Value::Null,
            &[
                "nis2/art23-4-a/csirt",
                "nis2/art23-4-b/csirt",
                "nis2/art23-4-d/csirt",
            ],
        ),
        (
            "DORA major",
            "dora",
            None,
            true,
            false,
            Value::Null,
            &[
                "dora/final/financial-supervisor",
                "dora/initial/financial-supervisor",
                "dora/intermediate/financial-supervisor",
            ],
        ),
        (
            "ePrivacy",
            "eprivacy",
            None,
            false,
            false,
            breach(json!({})),
            &[
                "eprivacy/art2-2/national-authority",
                "eprivacy/art2-3/national-authority",
            ],
        ),
        (
            "exercise",
            "gdpr,nis2,dora,eprivacy",
            None,
            true,
            true,
            breach(json!({"risk": "high"})),
            &[],
        ),
        (
            "incident overrides the organisation's regimes",
            "gdpr",
            Some("nis2"),
            true,
            false,
            breach(json!({})),
            &[
                "nis2/art23-4-a/csirt",
                "nis2/art23-4-b/csirt",
                "nis2/art23-4-d/csirt",
            ],
        ),
    ];
    let settings = RegulationSettings::default();
    let controllers = [
        Controller {
            id: C1,
            name: "Acme".into(),
            notice_hours: Some(24),
            contacts: Vec::new(),
            country: None,
            language: None,
            authority: None,
            contract_reference: None,
            removed_at: None,
            added_at: ts("2026-01-01T00:00:00Z"),
        },
        Controller {
            id: C2,
            name: "Thames Tea".into(),
            notice_hours: Some(36),
            contacts: Vec::new(),
            country: Some("GB".into()),
            language: Some("en".into()),
            authority: Some("uk-ico".into()),
            contract_reference: None,
            removed_at: None,
            added_at: ts("2026-01-01T00:00:00Z"),
        },
    ];
    for (what, regimes, own, classified, exercise, assessment, expected) in cases {
        let org = Org {
            lead_authority: "nl-ap".into(),
            regimes: breachlog_model::regulation::parse_regimes(
                &regimes.split(',').map(String::from).collect::<Vec<_>>(),
            )
            .unwrap(),
            ..Org::default()
        };
        let c = Classification {
            at: ts("2026-05-04T09:00:00Z"),
            malicious: Tristate::Unknown,
            cross_border: Tristate::No,
            trust_service: false,
            significance: None,
            affects_recipients: None,
            by: "t".into(),
        };
        let reg = IncidentRegulation {
            regimes: own
                .map(|o| breachlog_model::regulation::parse_regimes(&[o.to_string()]).unwrap()),
            nis2: classified.then(|| c.clone()),
            dora: classified.then_some(c),
            cra: None,
        };
        let i = incident(exercise, assessment);
        let state = State {
            incident: &i,
            org: &org,
            reg: &reg,
            controllers: &controllers,
            settings: &settings,
            existing: &[],
        };
        let mut rows: Vec<String> = desired_obligations(&state)
            .unwrap()
            .iter()
            .map(|d| {
                format!(
                    "{}/{}/{}{}",
                    d.regime,
                    d.rule.id,
                    d.recipient,
                    if d.not_required.is_some() { " NR" } else { "" }
                )
            })
            .collect();
        rows.sort();
        assert_eq!(rows, expected, "{what}");
    }
}

/// NIS2 notification form: 72 h (Art 23(4)(b)) or, for an incident affecting trust services,
/// 24 h (Art 23(4) second subparagraph); a form already filed stays the notification.
#[test]
fn nis2_notification_form_follows_the_trust_service_flag_until_one_is_filed() {
    use breachlog_model::regulation::{Filing, Obligation, Phase, Regime};
    let org = Org {
        regimes: vec![Regime::Nis2],
        ..Org::default()
    };
    let i = incident(false, Value::Null);
    let settings = RegulationSettings::default();
    let filed = |rule: &str| -> (Obligation, Vec<Filing>) {
        let o: Obligation = serde_json::from_value(json!({
            "id": Uuid::from_u128(7), "incident_id": Uuid::nil(), "regime": "nis2", "rule": rule, "recipient": "csirt",
            "kind": "notification", "anchor": "classified_at", "anchor_at": "2026-05-04T09:00:00Z", "hours": 72,
            "month_rule": false, "timezone": "UTC", "due_at": "2026-05-07T09:00:00Z", "reference": "r",
            "rule_version": "v", "source_url": "https://x", "hours_source": "rule", "opened_at": "2026-05-04T09:00:00Z",
        }))
        .unwrap();
        let f: Filing = serde_json::from_value(json!({
            "id": Uuid::from_u128(8), "obligation_id": Uuid::from_u128(7), "incident_id": Uuid::nil(),
            "at": "2026-05-05T09:00:00Z", "channel": "portal", "reference": "R", "phase": Phase::Initial,
            "recorded_by": "t", "recorded_at": "2026-05-05T09:00:00Z",
        }))
        .unwrap();
        (o, vec![f])
    };
    let cases: [(&str, bool, Option<&str>, &str); 4] = [
        ("not a trust service", false, None, "art23-4-b"),
        ("trust service", true, None, "art23-4-b-trust"),
        (
            "trust service, 72 h form already filed",
            true,
            Some("art23-4-b"),
            "art23-4-b",
        ),
        (
            "no longer trust service, 24 h form already filed",
            false,
            Some("art23-4-b-trust"),
            "art23-4-b-trust",
        ),
    ];
    for (what, trust, existing, expected) in cases {
        let c = Classification {
            at: ts("2026-05-04T09:00:00Z"),
            malicious: Tristate::Unknown,
            cross_border: Tristate::Unknown,
            trust_service: trust,
            significance: None,
            affects_recipients: None,
            by: "t".into(),
        };
        let reg = IncidentRegulation {
            nis2: Some(c),
            ..Default::default()
        };
        let existing: Vec<(Obligation, Vec<Filing>)> = existing.map(filed).into_iter().collect();
        let state = State {
            incident: &i,
            org: &org,
            reg: &reg,
            controllers: &[],
            settings: &settings,
            existing: &existing,
        };
        let mut rules: Vec<String> = desired_obligations(&state)
            .unwrap()
            .iter()
            .map(|d| d.rule.id.clone())
            .collect();
        rules.sort();
        assert_eq!(rules, ["art23-4-a", expected, "art23-4-d"], "{what}");
        let hours = desired_obligations(&state)
            .unwrap()
            .iter()
            .find(|d| d.rule.id == expected)
            .and_then(|d| d.hours);
        assert_eq!(
            hours,
            Some(if expected == "art23-4-b" { 72 } else { 24 }),
            "{what}"
        );
    }
}
