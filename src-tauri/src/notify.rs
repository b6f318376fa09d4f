//! Desktop notifications for running deadlines: every open obligation with a due time that the
//! regulation engine derived (GDPR, UK GDPR, NIS2, DORA, ePrivacy, authority requests), with the
//! terms it keeps (a 96-hour override applies only to obligations opened after it).
//! A background thread checks every 20 s (so it also works while the window is minimised) and
//! sends one notification per obligation and threshold (settings: 24/12/4/1 h) and one when overdue.

use std::collections::HashSet;
use std::time::Duration;

use breachlog_core::domain::Language;
use breachlog_core::format;
use breachlog_core::i18n::{Arg, Localizer};
use breachlog_core::regulation::ObligationStatus;
use breachlog_core::views::ObligationRow;
use breachlog_core::Ts;
use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;

use crate::messages;
use crate::state::AppState;

/// An open obligation with a due time: what is due (`what`), for which incident (`label`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// The obligation id (one notification per obligation and threshold).
    pub key: String,
    /// How the notification names the incident: "Incident 01a23bc5", or its title when the
    /// settings allow titles in notifications.
    pub label: String,
    pub what: String,
    pub due: Ts,
}

/// A threshold crossing: `hours` before the deadline, or `None` when overdue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub key: String,
    pub label: String,
    pub what: String,
    pub due: Ts,
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
                label: d.label.clone(),
                what: d.what.clone(),
                due: d.due,
                hours: (*most_urgent >= 0).then_some(*most_urgent),
                seconds_left: left,
            });
        }
    }
    out
}

/// The open obligations with a due time, as deadlines in the language of `l`. Unless
/// `show_titles` (the user's choice in the settings), a notification names neither the incident
/// (its title is a sealed personal field; notification daemons keep a history and show it on
/// the lock screen) nor the recipient: "Incident 01a23bc5", the recipient's kind.
pub fn deadlines(rows: &[ObligationRow], l: &Localizer, show_titles: bool) -> Vec<Deadline> {
    rows.iter()
        .filter(|r| {
            matches!(
                r.view.status,
                ObligationStatus::Pending | ObligationStatus::Overdue
            )
        })
        .filter_map(|r| {
            let due = r.view.due_at?;
            let recipient = if show_titles {
                r.recipient_label(l)
            } else {
                format::recipient_kind(l, &r.to)
            };
            let label = match (show_titles, &r.incident_title, r.view.incident) {
                (true, Some(title), _) => title.clone(),
                (_, _, Some(id)) => messages::text(
                    l.language(),
                    "app-notify-incident",
                    &[("id", format::short(&id.to_string()))],
                ),
                _ => messages::text(l.language(), "app-notify-heading", &[]),
            };
            Some(Deadline {
                key: r.view.id.to_string(),
                label,
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

/// The notification text: the incident's label, what is due to whom, and when (in the
/// organisation's time zone `tz`).
pub fn body(lang: Language, d: &Due, tz: &str) -> String {
    let mut args = vec![
        ("incident", d.label.clone()),
        ("obligation", d.what.clone()),
        ("due", d.due.local_minute(tz)),
    ];
    match d.hours {
        Some(h) => {
            args.push(("hours", h.to_string()));
            messages::text(lang, "app-notify-threshold", &args)
        }
        None => messages::text(lang, "app-notify-overdue", &args),
    }
}

/// The window's title: "Breachlog" while locked; the organisation's name once unlocked, with
/// the number of obligations past their deadline when there are any (seen from the taskbar).
pub fn window_title(lang: Language, org: Option<&str>, overdue: usize) -> String {
    let l = Localizer::new(lang);
    match org.map(str::trim).filter(|o| !o.is_empty()) {
        None => "Breachlog".to_string(),
        Some(org) if overdue > 0 => l.msg(
            "app-window-title-overdue",
            &[("org", Arg::from(org)), ("count", Arg::from(overdue))],
        ),
        Some(org) => l.msg("app-window-title", &[("org", Arg::from(org))]),
    }
}

/// What one scan found: the notifications to send and the window's title.
struct Scan {
    notifications: Vec<(String, Language)>,
    title: String,
}

fn scan(app: &AppHandle, fired: &mut HashSet<(String, i64)>) -> Scan {
    let state = app.state::<AppState>();
    let lang = state.language();
    let locked = Scan {
        notifications: Vec::new(),
        title: window_title(lang, None, 0),
    };
    let slot = state.slot();
    let Some(reg) = slot.as_ref() else {
        return locked;
    };
    let now = Ts::now();
    let (Ok(rows), Ok(settings), Ok(org)) = (
        ObligationRow::list(reg, None, now),
        reg.settings(),
        reg.org(),
    ) else {
        return locked;
    };
    let overdue = rows
        .iter()
        .filter(|r| r.view.status == ObligationStatus::Overdue)
        .count();
    let list = deadlines(&rows, &Localizer::new(lang), settings.notify_shows_titles());
    Scan {
        notifications: due_now(&list, now, &settings.notify_thresholds_hours, fired)
            .into_iter()
            .map(|d| (body(lang, &d, &org.timezone), lang))
            .collect(),
        title: window_title(lang, Some(&org.name), overdue),
    }
}

/// Seconds between scans: 20, or `BREACHLOG_NOTIFY_INTERVAL_SECS` (the end-to-end test uses 2).
fn interval() -> Duration {
    let secs = std::env::var("BREACHLOG_NOTIFY_INTERVAL_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    Duration::from_secs(secs)
}

/// How often the lock state is looked at, so that the title follows an unlock or a lock
/// within a second or two (the deadlines themselves are scanned every [`interval`]).
const TICK: Duration = Duration::from_secs(1);

pub fn spawn(app: AppHandle) {
    let every = interval();
    std::thread::spawn(move || {
        let mut fired = HashSet::new();
        let mut shown = String::new();
        let mut was_unlocked = false;
        let mut since = every;
        loop {
            let unlocked = app.state::<AppState>().slot().is_some();
            if since >= every || unlocked != was_unlocked {
                since = Duration::ZERO;
                was_unlocked = unlocked;
                let found = scan(&app, &mut fired);
                for (body, lang) in found.notifications {
                    let title = messages::text(lang, "app-notify-heading", &[]);
                    let _ = app.notification().builder().title(title).body(body).show();
                }
                if found.title != shown {
                    if let Some(w) = app.get_webview_window("main") {
                        if w.set_title(&found.title).is_ok() {
                            shown = found.title;
                        }
                    }
                }
            }
            std::thread::sleep(TICK);
            since += TICK;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_title_names_the_organisation_and_the_overdue_count() {
        assert_eq!(window_title(Language::En, None, 3), "Breachlog");
        assert_eq!(
            window_title(Language::En, Some("Fictional Chat B.V."), 0),
            "Fictional Chat B.V. — Breachlog"
        );
        assert_eq!(
            window_title(Language::En, Some("Fictional Chat B.V."), 2),
            "Fictional Chat B.V. · 2 overdue — Breachlog"
        );
        assert_eq!(
            window_title(Language::Nl, Some("Fictional Chat B.V."), 1),
            "Fictional Chat B.V. · 1 te laat — Breachlog"
        );
        assert_eq!(
            window_title(Language::De, Some("Acme GmbH"), 4),
            "Acme GmbH · 4 überfällig — Breachlog"
        );
        assert_eq!(window_title(Language::Fr, Some("  "), 1), "Breachlog");
    }

    fn deadline(key: &str, due: &str) -> Deadline {
        Deadline {
            key: key.into(),
            label: "t".into(),
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

    const INCIDENT: &str = "01a23bc5-0000-7000-8000-000000000001";

    fn row(
        status: ObligationStatus,
        due: Option<&str>,
        recipient: &str,
        name: Option<&str>,
    ) -> ObligationRow {
        use breachlog_core::regulation::{ObligationKind, ObligationView, Regime};
        ObligationRow {
            view: ObligationView {
                id: uuid::Uuid::now_v7(),
                incident: uuid::Uuid::parse_str(INCIDENT).ok(),
                regime: Regime::Gdpr,
                recipient: recipient.into(),
                kind: ObligationKind::Notification,
                anchor: "aware_at".into(),
                due_at: due.and_then(Ts::parse),
                target_at: due.and_then(Ts::parse),
                counting: "elapsed-hours".into(),
                status,
                late_by_minutes: None,
                reference: "GDPR Art 33(1)".into(),
                action: None,
            },
            incident_title: Some("Lost laptop of Jan de Vries".into()),
            to: breachlog_core::format::Recipient::parse(recipient),
            recipient_name: name.map(String::from),
            has_clock: due.is_some(),
            hours: Some(72),
            undue: None,
            not_required: None,
            filings: Vec::new(),
            impact_known: None,
            notice: None,
        }
    }

    fn rows() -> Vec<ObligationRow> {
        let due = Some("2026-01-04T00:00:00Z");
        vec![
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
            row(
                ObligationStatus::Pending,
                due,
                "controller:01a20849-0000-7000-8000-000000000001",
                Some("Acme Retail B.V."),
            ),
        ]
    }

    /// Security review L6: by default a notification carries the short incident id, the kind
    /// of recipient and the deadline, never the incident's title (nor a recipient's name).
    #[test]
    fn by_default_notifications_name_the_incident_by_its_short_id_not_its_title() {
        let settings = breachlog_core::domain::Settings::default();
        assert!(!settings.notify_shows_titles());
        let list = deadlines(
            &rows(),
            &Localizer::new(Language::En),
            settings.notify_shows_titles(),
        );
        let what: Vec<&str> = list.iter().map(|d| d.what.as_str()).collect();
        assert_eq!(
            what,
            [
                "GDPR notification (supervisory authority)",
                "GDPR notification (supervisory authority)",
                "GDPR notification (controller)",
            ]
        );
        let mut fired = HashSet::new();
        let now = Ts::parse("2026-01-03T21:00:00Z").unwrap_or_else(Ts::now);
        let due = due_now(&list, now, &[24, 12, 4, 1], &mut fired);
        assert_eq!(due.len(), 3);
        let texts: Vec<String> = due
            .iter()
            .map(|d| body(Language::En, d, "Europe/Amsterdam"))
            .collect();
        assert_eq!(
            texts[0],
            "Incident 01a23bc5: GDPR notification (supervisory authority) is due in less than \
             4 h, at 2026-01-04 01:00 CET."
        );
        for text in &texts {
            assert!(!text.contains("Lost laptop"), "{text}");
            assert!(!text.contains("Jan de Vries"), "{text}");
            assert!(!text.contains("Acme"), "{text}");
            assert!(text.contains("2026-01-04 01:00 CET"), "{text}");
        }
        let de = deadlines(&rows(), &Localizer::new(Language::De), false);
        let overdue = due_now(
            &de,
            Ts::parse("2026-01-04T00:30:00Z").unwrap_or_else(Ts::now),
            &[24, 12, 4, 1],
            &mut HashSet::new(),
        );
        let text = body(Language::De, &overdue[0], "Europe/Amsterdam");
        assert_eq!(
            text,
            "Vorfall 01a23bc5: DSGVO Meldung (Aufsichtsbehörde) war am 2026-01-04 01:00 CET \
             fällig und ist überfällig."
        );
    }

    /// With the setting on, titles and recipients' names are shown, in the UI language.
    #[test]
    fn with_titles_chosen_notifications_show_the_title_and_the_recipient_in_the_ui_language() {
        let rows = rows();
        let en = deadlines(&rows, &Localizer::new(Language::En), true);
        let what: Vec<&str> = en.iter().map(|d| d.what.as_str()).collect();
        assert_eq!(
            what,
            [
                "GDPR notification (Autoriteit Persoonsgegevens)",
                "GDPR notification (supervisory authority)",
                "GDPR notification (Acme Retail B.V.)",
            ]
        );
        assert!(en.iter().all(|d| d.label == "Lost laptop of Jan de Vries"));
        let de = deadlines(&rows, &Localizer::new(Language::De), true);
        assert_eq!(de[0].what, "DSGVO Meldung (Autoriteit Persoonsgegevens)");
    }
}
