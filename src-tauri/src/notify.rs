//! Desktop notifications for running deadlines: every open obligation with a due time that the
//! regulation engine derived (GDPR, UK GDPR, NIS2, DORA, ePrivacy, authority requests), with the
//! terms it keeps (a 96-hour override applies only to obligations opened after it).
//! A background thread checks every 20 s (so it also works while the window is minimised) and
//! sends one notification per obligation and threshold (settings: 24/12/4/1 h) and one when overdue.

use std::collections::HashSet;
use std::time::Duration;

use breachlog_core::domain::Language;
use breachlog_core::i18n::Localizer;
use breachlog_core::regulation::ObligationStatus;
use breachlog_core::Ts;
use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;

use crate::messages;
use crate::regulation_cmds::obligation_rows;
use crate::regulation_dto::ObligationRow;
use crate::state::AppState;

/// An open obligation with a due time: what is due (`what`), for which incident (`title`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// The obligation id (one notification per obligation and threshold).
    pub key: String,
    pub title: String,
    pub what: String,
    pub due: Ts,
}

/// A threshold crossing: `hours` before the deadline, or `None` when overdue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub key: String,
    pub title: String,
    pub what: String,
    pub hours: Option<i64>,
    pub seconds_left: i64,
}

/// The crossings to announce now. `fired` remembers (obligation, threshold) pairs; a first scan
/// that finds several thresholds already crossed announces only the most urgent one.
pub fn due_now(
    deadlines: &[Deadline],
    now: Ts,
    thresholds: &[i64],
    fired: &mut HashSet<(String, i64)>,
) -> Vec<Due> {
    let mut out = Vec::new();
    for d in deadlines {
        let left = now.seconds_until(d.due);
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
            .filter(|h| fired.insert((d.key.clone(), *h)))
            .collect();
        if let Some(most_urgent) = new
            .iter()
            .min_by_key(|h| if **h < 0 { i64::MIN } else { **h })
        {
            out.push(Due {
                key: d.key.clone(),
                title: d.title.clone(),
                what: d.what.clone(),
                hours: (*most_urgent >= 0).then_some(*most_urgent),
                seconds_left: left,
            });
        }
    }
    out
}

/// Recipient codes the Fluent files label (`recipient-<code>`); authorities and controllers
/// come with their names.
const RECIPIENT_LABELS: &[&str] = &[
    "data-subjects",
    "public",
    "csirt",
    "financial-supervisor",
    "national-authority",
    "supervisory-authority",
];

/// The open obligations with a due time, as deadlines in the language of `l`.
pub fn deadlines(rows: &[ObligationRow], l: &Localizer) -> Vec<Deadline> {
    rows.iter()
        .filter(|r| {
            matches!(
                r.view.status,
                ObligationStatus::Pending | ObligationStatus::Overdue
            )
        })
        .filter_map(|r| {
            let due = r.view.due_at?;
            let recipient = match &r.recipient_name {
                Some(n) => n.clone(),
                None if RECIPIENT_LABELS.contains(&r.view.recipient.as_str()) => {
                    l.text(&format!("recipient-{}", r.view.recipient))
                }
                None => r.view.recipient.clone(),
            };
            Some(Deadline {
                key: r.view.id.to_string(),
                title: r
                    .incident_title
                    .clone()
                    .unwrap_or_else(|| recipient.clone()),
                what: format!(
                    "{} {} ({recipient})",
                    l.text(&r.view.regime.label_id()),
                    l.text(&r.view.kind.label_id())
                ),
                due,
            })
        })
        .collect()
}

fn scan(app: &AppHandle, fired: &mut HashSet<(String, i64)>) -> Vec<(Due, Language)> {
    let state = app.state::<AppState>();
    let slot = state.slot();
    let Some(reg) = slot.as_ref() else {
        return Vec::new();
    };
    let now = Ts::now();
    let (Ok(rows), Ok(settings)) = (obligation_rows(reg, None, now), reg.settings()) else {
        return Vec::new();
    };
    let lang = state.language();
    let list = deadlines(&rows, &Localizer::new(lang));
    due_now(&list, now, &settings.notify_thresholds_hours, fired)
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
                let args = [
                    ("title", due.title.clone()),
                    ("obligation", due.what.clone()),
                ];
                let body = match due.hours {
                    Some(h) => messages::text(
                        lang,
                        "app-notify-threshold",
                        &[args[0].clone(), args[1].clone(), ("hours", h.to_string())],
                    ),
                    None => messages::text(lang, "app-notify-overdue", &args),
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

    fn deadline(key: &str, due: &str) -> Deadline {
        Deadline {
            key: key.into(),
            title: "t".into(),
            what: "GDPR notification (AP)".into(),
            due: Ts::parse(due).unwrap_or_else(Ts::now),
        }
    }

    #[test]
    fn each_threshold_fires_once_and_first_scan_announces_only_the_most_urgent() {
        // Aware 2026-01-01T00:00Z: the 72 h obligation is due 2026-01-04T00:00Z.
        let rows = [deadline("a", "2026-01-04T00:00:00Z")];
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

    #[test]
    fn open_obligations_with_a_due_time_become_deadlines_in_the_ui_language() {
        use breachlog_core::regulation::{ObligationKind, ObligationView, Regime};
        let row = |status, due: Option<&str>, recipient: &str, name: Option<&str>| ObligationRow {
            view: ObligationView {
                id: uuid::Uuid::now_v7(),
                incident: None,
                regime: Regime::Gdpr,
                recipient: recipient.into(),
                kind: ObligationKind::Notification,
                anchor: "aware_at".into(),
                due_at: due.and_then(Ts::parse),
                status,
                late_by_minutes: None,
                reference: "GDPR Art 33(1)".into(),
            },
            incident_title: Some("Lost laptop".into()),
            recipient_name: name.map(String::from),
            has_clock: due.is_some(),
            hours: Some(72),
            undue: None,
            not_required: None,
            filings: Vec::new(),
        };
        let due = Some("2026-01-04T00:00:00Z");
        let rows = [
            row(
                ObligationStatus::Pending,
                due,
                "nl-ap",
                Some("Autoriteit Persoonsgegevens"),
            ),
            row(
                ObligationStatus::Overdue,
                due,
                "supervisory-authority",
                None,
            ),
            row(ObligationStatus::Filed, due, "nl-ap", None),
            row(ObligationStatus::NotRequired, due, "nl-ap", None),
            row(ObligationStatus::Pending, None, "data-subjects", None),
        ];
        let en = deadlines(&rows, &Localizer::new(Language::En));
        let what: Vec<&str> = en.iter().map(|d| d.what.as_str()).collect();
        assert_eq!(
            what,
            [
                "GDPR notification (Autoriteit Persoonsgegevens)",
                "GDPR notification (supervisory authority)"
            ]
        );
        assert!(en.iter().all(|d| d.title == "Lost laptop"));
        let de = deadlines(&rows, &Localizer::new(Language::De));
        assert_eq!(de[0].what, "DSGVO Meldung (Autoriteit Persoonsgegevens)");
    }
}
