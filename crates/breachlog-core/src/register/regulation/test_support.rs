//! Helpers shared by the regulation tests (`scenario_tests`, `regime_tests`, `terms_tests`,
//! `request_tests`): one way to open a test register, log an incident, list obligations, pick one,
//! record a filing and read a refusal.

use tempfile::TempDir;
use uuid::Uuid;

use super::{FilingInput, ObligationKind, ObligationStatus, ObligationView, Regime};
use crate::register::{IncidentInput, OrgInput};
use crate::{Error, Reason, Register};

pub(super) use crate::testing::ts;

/// A register of "Example B.V." in `tz` under `regimes` (comma-separated), with the other
/// organisation fields set by `more` (for example a lead authority or a default role).
pub(super) fn register_in(tz: &str, regimes: &str, more: OrgInput) -> (TempDir, Register) {
    crate::testing::register(
        OrgInput {
            name: more.name.clone().or_else(|| Some("Example B.V.".into())),
            timezone: Some(tz.into()),
            regimes: Some(regimes.split(',').map(String::from).collect()),
            ..more
        },
        "dpo",
    )
}

/// A new incident detected at `detected`.
pub(super) fn incident(reg: &mut Register, detected: &str) -> Uuid {
    let input = IncidentInput {
        title: Some("Incident".into()),
        detected_at: Some(detected.into()),
        ..Default::default()
    };
    reg.create_incident(&input).unwrap().id
}

/// The incident's obligations as they stand at `as_of`.
pub(super) fn obligations(reg: &Register, id: Uuid, as_of: &str) -> Vec<ObligationView> {
    reg.obligations(Some(id), ts(as_of)).unwrap()
}

/// The one obligation of `regime`/`kind` in `list` (whatever its status).
pub(super) fn one(list: &[ObligationView], regime: Regime, kind: ObligationKind) -> ObligationView {
    only(list, regime, kind, |_| true)
}

/// The one obligation of `regime`/`kind` in `list` that is still required.
pub(super) fn required(
    list: &[ObligationView],
    regime: Regime,
    kind: ObligationKind,
) -> ObligationView {
    only(list, regime, kind, |o| {
        o.status != ObligationStatus::NotRequired
    })
}

fn only(
    list: &[ObligationView],
    regime: Regime,
    kind: ObligationKind,
    keep: impl Fn(&ObligationView) -> bool,
) -> ObligationView {
    let found: Vec<_> = list
        .iter()
        .filter(|o| o.regime == regime && o.kind == kind && keep(o))
        .collect();
    assert_eq!(found.len(), 1, "{regime}/{kind} in {list:#?}");
    found[0].clone()
}

/// The due time as its RFC 3339 text, for comparing with hand-worked literals.
pub(super) fn due(o: &ObligationView) -> Option<String> {
    o.due_at.map(|t| t.to_string())
}

/// Files obligation `ob` through the authority's portal at `at`, with `reasons` for a delay.
pub(super) fn file(
    reg: &mut Register,
    id: Uuid,
    ob: Uuid,
    at: &str,
    reasons: Option<&str>,
) -> Result<super::Filing, Error> {
    let input = FilingInput {
        obligation: ob.to_string(),
        at: at.into(),
        channel: "portal".into(),
        reference: "REF-1".into(),
        reasons_for_delay: reasons.map(String::from),
        complete: dora_without_content(reg, ob),
        ..Default::default()
    };
    reg.record_filing(Some(id), &input)
}

/// The clock tests record DORA reports as sent without the template's content (`complete: no`):
/// what a report must contain is tested in `breachlog_rules::dora_report` and `it::dora`.
pub(super) fn dora_without_content(reg: &Register, ob: Uuid) -> Option<String> {
    reg.obligation(ob)
        .ok()
        .filter(|o| o.regime == super::Regime::Dora)
        .map(|_| "no".to_string())
}

/// The field and reason of a refusal.
pub(super) fn refused<T: std::fmt::Debug>(r: Result<T, Error>) -> (&'static str, Reason) {
    match r {
        Err(Error::InvalidInput { field, reason }) => (field, reason),
        other => panic!("expected invalid input, got {other:?}"),
    }
}

/// The journal's head sequence number.
pub(super) fn head(reg: &Register) -> u64 {
    reg.head().unwrap().0
}
