//! The NIS2 significance checker (Commission Implementing Regulation (EU) 2024/2690): the
//! general criteria of Art 3(1) and the criteria of the entity type (Art 7 cloud computing
//! service providers, Art 10 managed service and managed security service providers), each
//! with its arithmetic. A pure function of the facts the person answers; the person classifies.

use breachlog_model::regulation::{
    CriterionResult, Nis2EntityType, SignificanceCheck, SignificanceFacts,
};

pub const SOURCE_URL: &str = "https://eur-lex.europa.eu/eli/reg_impl/2024/2690/oj";
/// Art 3(1)(a): EUR 500 000 …
pub const LOSS_EUR: u64 = 500_000;
/// … or 5 % of the total annual turnover in the preceding financial year, whichever is lower.
pub const LOSS_PERCENT: u64 = 5;
/// Art 7(a), 10(a): completely unavailable for more than 30 minutes.
pub const UNAVAILABLE_MINUTES: u64 = 30;
/// Art 7(b), 10(b): limited availability for more than one hour …
pub const LIMITED_MINUTES: u64 = 60;
/// … for more than 5 % of the users in the Union or more than 1 million, whichever is smaller.
pub const USERS_PERCENT: u64 = 5;
pub const USERS_MAX: u64 = 1_000_000;

/// `percent` % of `total`, rounded down: for whole numbers `v > p% × total` exactly when
/// `v > floor(p% × total)`.
fn percent_floor(total: u64, percent: u64) -> u64 {
    (u128::from(total) * u128::from(percent) / 100) as u64
}

fn flag(id: &str, reference: &str, met: bool) -> CriterionResult {
    CriterionResult {
        id: id.into(),
        reference: reference.into(),
        met,
        value: None,
        threshold: None,
        arithmetic: None,
    }
}

fn above(
    id: &str,
    reference: &str,
    value: Option<u64>,
    threshold: u64,
    arithmetic: String,
) -> CriterionResult {
    CriterionResult {
        id: id.into(),
        reference: reference.into(),
        met: value.is_some_and(|v| v > threshold),
        value,
        threshold: Some(threshold),
        arithmetic: Some(arithmetic),
    }
}

/// The user threshold of Art 7(b)/(d), 10(b)/(d): min(5 % of the users in the Union, 1 million);
/// 1 million when the number of users is not known (Art 3(3), recital 32: an entity that cannot
/// count them takes its estimate of the maximum; without one, only the absolute figure is known).
fn users_threshold(users: Option<u64>) -> (u64, String) {
    match users {
        Some(n) => {
            let p = percent_floor(n, USERS_PERCENT);
            (
                p.min(USERS_MAX),
                format!("min({USERS_PERCENT}% × {n} = {p}, {USERS_MAX})"),
            )
        }
        None => (USERS_MAX, format!("{USERS_MAX}")),
    }
}

/// Checks the facts; significant when any criterion is met.
pub fn check(f: &SignificanceFacts) -> SignificanceCheck {
    let mut criteria = Vec::new();
    let (loss_threshold, loss_arith) = match f.annual_turnover_eur {
        Some(t) => {
            let p = percent_floor(t, LOSS_PERCENT);
            (
                p.min(LOSS_EUR),
                format!("min({LOSS_EUR}, {LOSS_PERCENT}% × {t} = {p})"),
            )
        }
        None => (LOSS_EUR, format!("{LOSS_EUR}")),
    };
    let r = "Implementing Regulation (EU) 2024/2690 Art 3(1)";
    criteria.push(above(
        "art3-1-a",
        &format!("{r}(a)"),
        f.direct_loss_eur,
        loss_threshold,
        loss_arith,
    ));
    criteria.push(flag("art3-1-b", &format!("{r}(b)"), f.trade_secrets));
    criteria.push(flag("art3-1-c", &format!("{r}(c)"), f.death));
    criteria.push(flag("art3-1-d", &format!("{r}(d)"), f.health_damage));
    criteria.push(flag("art3-1-e", &format!("{r}(e)"), f.malicious_access));
    criteria.push(flag("art3-1-f", &format!("{r}(f), Art 4"), f.recurring));
    let article = match f.entity_type {
        Some(Nis2EntityType::Cloud) => Some("7"),
        Some(Nis2EntityType::ManagedService) => Some("10"),
        _ => None,
    };
    if let Some(a) = article {
        let r = format!("Implementing Regulation (EU) 2024/2690 Art {a}");
        let (users, users_arith) = users_threshold(f.users_in_union);
        // Art 3(2): scheduled interruptions and the planned consequences of scheduled
        // maintenance are not significant incidents (the availability criteria do not count).
        let mut unavailable = above(
            &format!("art{a}-a"),
            &format!("{r}(a)"),
            f.unavailable_minutes,
            UNAVAILABLE_MINUTES,
            format!("{UNAVAILABLE_MINUTES}"),
        );
        let limited_users = above(
            &format!("art{a}-b"),
            &format!("{r}(b)"),
            f.limited_users,
            users,
            users_arith.clone(),
        );
        let long_enough = f.limited_minutes.is_some_and(|m| m > LIMITED_MINUTES);
        let mut limited = CriterionResult {
            met: limited_users.met && long_enough,
            arithmetic: Some(format!(
                "{users_arith}; {} min > {LIMITED_MINUTES} min",
                f.limited_minutes.map_or("?".to_string(), |m| m.to_string())
            )),
            ..limited_users
        };
        if f.scheduled {
            unavailable.met = false;
            limited.met = false;
        }
        criteria.push(unavailable);
        criteria.push(limited);
        criteria.push(flag(
            &format!("art{a}-c"),
            &format!("{r}(c)"),
            f.data_malicious,
        ));
        criteria.push(above(
            &format!("art{a}-d"),
            &format!("{r}(d)"),
            f.data_users,
            users,
            users_arith,
        ));
    }
    SignificanceCheck {
        facts: f.clone(),
        significant: criteria.iter().any(|c| c.met),
        criteria,
        source_url: SOURCE_URL.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn met(c: &SignificanceCheck, id: &str) -> bool {
        c.criteria.iter().find(|x| x.id == id).unwrap().met
    }

    #[test]
    fn the_loss_threshold_is_the_lower_of_500000_and_five_percent_of_turnover() {
        let f = |loss, turnover| SignificanceFacts {
            direct_loss_eur: Some(loss),
            annual_turnover_eur: turnover,
            ..Default::default()
        };
        // Turnover 8 000 000: 5 % = 400 000 < 500 000.
        assert!(!met(&check(&f(400_000, Some(8_000_000))), "art3-1-a"));
        assert!(met(&check(&f(400_001, Some(8_000_000))), "art3-1-a"));
        // Turnover 20 000 000: 5 % = 1 000 000 > 500 000.
        assert!(!met(&check(&f(500_000, Some(20_000_000))), "art3-1-a"));
        assert!(met(&check(&f(500_001, Some(20_000_000))), "art3-1-a"));
        // Unknown turnover: EUR 500 000.
        assert!(met(&check(&f(500_001, None)), "art3-1-a"));
        // 5 % of 1 234 567 = 61 728.35: 61 728 is not more, 61 729 is.
        let c = check(&f(61_728, Some(1_234_567)));
        assert_eq!(c.criteria[0].threshold, Some(61_728));
        assert!(!c.significant);
        assert!(check(&f(61_729, Some(1_234_567))).significant);
        assert_eq!(
            check(&f(1, Some(8_000_000))).criteria[0]
                .arithmetic
                .as_deref(),
            Some("min(500000, 5% × 8000000 = 400000)")
        );
    }

    #[test]
    fn cloud_unavailability_and_limited_availability_at_their_boundaries() {
        let cloud = |unavail, limited_min, limited_users, users| SignificanceFacts {
            entity_type: Some(Nis2EntityType::Cloud),
            unavailable_minutes: unavail,
            limited_minutes: limited_min,
            limited_users,
            users_in_union: users,
            ..Default::default()
        };
        assert!(!check(&cloud(Some(30), None, None, None)).significant);
        assert!(met(&check(&cloud(Some(31), None, None, None)), "art7-a"));
        // 5 % of 100 000 users = 5 000 (< 1 million); more than one hour.
        assert!(!check(&cloud(None, Some(61), Some(5_000), Some(100_000))).significant);
        assert!(met(
            &check(&cloud(None, Some(61), Some(5_001), Some(100_000))),
            "art7-b"
        ));
        assert!(!check(&cloud(None, Some(60), Some(5_001), Some(100_000))).significant);
        // 5 % of 40 million = 2 million: the 1 million is smaller.
        assert!(met(
            &check(&cloud(None, Some(61), Some(1_000_001), Some(40_000_000))),
            "art7-b"
        ));
        assert!(!check(&cloud(None, Some(61), Some(1_000_000), Some(40_000_000))).significant);
        // Scheduled maintenance (Art 3(2)): availability does not count.
        let mut f = cloud(Some(120), None, None, None);
        f.scheduled = true;
        assert!(!check(&f).significant);
        // Managed service providers: Art 10, the same thresholds.
        let mut f = cloud(Some(31), None, None, None);
        f.entity_type = Some(Nis2EntityType::ManagedService);
        assert!(met(&check(&f), "art10-a"));
        // Other entity types: only Art 3.
        f.entity_type = Some(Nis2EntityType::Other);
        assert!(!check(&f).significant);
    }

    #[test]
    fn data_compromise_counts_when_malicious_or_above_the_user_threshold() {
        let f = SignificanceFacts {
            entity_type: Some(Nis2EntityType::Cloud),
            users_in_union: Some(1_000),
            data_users: Some(50),
            ..Default::default()
        };
        assert!(!check(&f).significant);
        assert!(met(
            &check(&SignificanceFacts {
                data_users: Some(51),
                ..f.clone()
            }),
            "art7-d"
        ));
        assert!(met(
            &check(&SignificanceFacts {
                data_malicious: true,
                ..f
            }),
            "art7-c"
        ));
    }
}
