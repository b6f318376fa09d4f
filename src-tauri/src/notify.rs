//! Desktop notifications for running deadlines. Until the regulation engine lands, the only
//! deadline is the GDPR Art 33 72-hour clock from `aware_at` of open personal-data breaches.
//! A background thread checks every 20 s (so it also works while the window is minimised) and
//! sends one notification per incident and threshold (settings: 24/12/4/1 h) and one when overdue.

use std::collections::HashSet;
use std::time::Duration;

use breachlog_core::domain::Language;
use breachlog_core::query::{IncidentFilter, IncidentRow};
use breachlog_core::Ts;
use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;

use crate::messages;
use crate::state::AppState;

/// GDPR Art 33(1): notify the supervisory authority within 72 hours of becoming aware.
pub const GDPR_HOURS: i64 = 72;

/// A threshold crossing: `hours` before the deadline, or `None` when overdue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub incident_id: String,
    pub title: String,
    pub hours: Option<i64>,
    pub seconds_left: i64,
}

/// The crossings to announce now. `fired` remembers (incident, threshold) pairs; a first scan
/// that finds several thresholds already crossed announces only the most urgent one.
pub fn due_now(
    rows: &[IncidentRow],
    now: Ts,
    thresholds: &[i64],
    fired: &mut HashSet<(String, i64)>,
) -> Vec<Due> {
    let mut out = Vec::new();
    for row in rows
        .iter()
        .filter(|r| r.breach && !r.exercise && r.status != "closed")
    {
        let Some(aware) = row.aware_at.as_deref().and_then(Ts::parse) else {
            continue;
        };
        let left = now.seconds_until(aware.plus_hours(GDPR_HOURS));
        // -1 stands for "overdue".
        let mut crossed: Vec<i64> = thresholds
            .iter()
            .copied()
            .filter(|h| *h > 0 && left <= h * 3600)
            .collect();
        if left <= 0 {
            crossed.push(-1);
        }
        let new: Vec<i64> = crossed
            .into_iter()
            .filter(|h| fired.insert((row.id.clone(), *h)))
            .collect();
        if let Some(most_urgent) = new
            .iter()
            .min_by_key(|h| if **h < 0 { i64::MIN } else { **h })
        {
            out.push(Due {
                incident_id: row.id.clone(),
                title: row.title.clone(),
                hours: (*most_urgent >= 0).then_some(*most_urgent),
                seconds_left: left,
            });
        }
    }
    out
}

fn scan(app: &AppHandle, fired: &mut HashSet<(String, i64)>) -> Vec<(Due, Language)> {
    let state = app.state::<AppState>();
    let slot = state.slot();
    let Some(reg) = slot.as_ref() else {
        return Vec::new();
    };
    let filter = IncidentFilter {
        breach: Some(true),
        limit: Some(10_000),
        ..Default::default()
    };
    let (Ok(page), Ok(settings)) = (reg.list_incidents(&filter), reg.settings()) else {
        return Vec::new();
    };
    let lang = state.language();
    due_now(
        &page.rows,
        Ts::now(),
        &settings.notify_thresholds_hours,
        fired,
    )
    .into_iter()
    .map(|d| (d, lang))
    .collect()
}

/// Seconds between scans: 20, or `BREACHLOG_NOTIFY_INTERVAL_SECS` (the end-to-end test uses 2).
fn interval() -> Duration {
    let secs = std::env::var("BREACHLOG_NOTIFY_INTERVAL_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    Duration::from_secs(secs)
}

pub fn spawn(app: AppHandle) {
    let every = interval();
    std::thread::spawn(move || {
        let mut fired = HashSet::new();
        loop {
            for (due, lang) in scan(&app, &mut fired) {
                let body = match due.hours {
                    Some(h) => messages::text(
                        lang,
                        "app-notify-threshold",
                        &[("title", due.title.clone()), ("hours", h.to_string())],
                    ),
                    None => {
                        messages::text(lang, "app-notify-overdue", &[("title", due.title.clone())])
                    }
                };
                let title = messages::text(lang, "app-notify-heading", &[]);
                let _ = app.notification().builder().title(title).body(body).show();
            }
            std::thread::sleep(every);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, aware: &str) -> IncidentRow {
        IncidentRow {
            id: id.into(),
            title: "t".into(),
            status: "investigating".into(),
            category: "other".into(),
            severity: "high".into(),
            detected_at: aware.into(),
            personal_data: Some("yes".into()),
            risk: Some("high".into()),
            aware_at: Some(aware.into()),
            exercise: false,
            breach: true,
        }
    }

    #[test]
    fn each_threshold_fires_once_and_first_scan_announces_only_the_most_urgent() {
        let rows = [row("a", "2026-01-01T00:00:00Z")];
        let th = [24, 12, 4, 1];
        let mut fired = HashSet::new();
        let at = |s: &str| Ts::parse(s).unwrap_or_else(Ts::now);
        // 71 h left: nothing.
        assert!(due_now(&rows, at("2026-01-01T01:00:00Z"), &th, &mut fired).is_empty());
        // 23 h left: the 24 h threshold, once.
        let d = due_now(&rows, at("2026-01-03T01:00:00Z"), &th, &mut fired);
        assert_eq!(d.iter().map(|d| d.hours).collect::<Vec<_>>(), [Some(24)]);
        assert!(due_now(&rows, at("2026-01-03T02:00:00Z"), &th, &mut fired).is_empty());
        // Jump to 30 min left: 12, 4 and 1 crossed together, announce 1 h.
        let d = due_now(&rows, at("2026-01-03T23:30:00Z"), &th, &mut fired);
        assert_eq!(d.iter().map(|d| d.hours).collect::<Vec<_>>(), [Some(1)]);
        // Overdue once.
        let d = due_now(&rows, at("2026-01-04T00:00:01Z"), &th, &mut fired);
        assert_eq!(d.iter().map(|d| d.hours).collect::<Vec<_>>(), [None]);
        assert!(due_now(&rows, at("2026-01-04T05:00:00Z"), &th, &mut fired).is_empty());
    }
}
