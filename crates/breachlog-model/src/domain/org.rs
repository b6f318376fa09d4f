use serde::{Deserialize, Serialize};

use super::{Language, Role};
use crate::regulation::{DoraEntityType, Regime};

/// The organisation profile, kept in the register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Org {
    pub name: String,
    #[serde(default)]
    pub address: String,
    /// DPO or other contact point (Art 33(3)(b)).
    #[serde(default)]
    pub contact_point: String,
    pub default_role: Role,
    /// IANA time zone, e.g. `Europe/Amsterdam`; deadlines are displayed in it.
    pub timezone: String,
    pub language: Language,
    /// Lead supervisory authority id, e.g. `nl-ap`.
    #[serde(default)]
    pub lead_authority: String,
    /// The regimes that apply to the organisation (an incident may override).
    #[serde(default = "default_regimes")]
    pub regimes: Vec<Regime>,
    /// DORA: the kind of financial entity (Delegated Regulation (EU) 2025/301 Art 5(5)); `None`
    /// until set, and then no weekend/holiday roll-over of the initial notification and the
    /// intermediate report. Absent from profiles stored before it existed (they verify as stored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dora_entity_type: Option<DoraEntityType>,
    /// Identified as an essential or important entity under NIS2 Art 3 (2025/301 Art 5(5): no
    /// roll-over of the DORA initial notification and intermediate report); `None` until set,
    /// treated like yes for the roll-over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub nis2_entity: Option<bool>,
    // What the organisation states once and every authority form asks (issue 14 item 7); each
    // absent from profiles that never set it. The names, e-mail and phone are personal data
    // (sealed in `org.updated`).
    /// The legal representative's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub legal_representative_name: Option<String>,
    /// The legal representative's role (e.g. managing director).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub legal_representative_role: Option<String>,
    /// The company registration number: SIREN (FR, 9 digits), KvK (NL, 8 digits), company
    /// number (UK) or another; `none` when the organisation has none (CNIL: "no SIREN").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub registration_number: Option<String>,
    /// The data protection officer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dpo_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dpo_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dpo_phone: Option<String>,
    // What describes the entity, not the incident, in a DORA major-incident report
    // (Implementing Regulation (EU) 2025/302 Annex I fields 1.3 and 1.7–1.15); every DORA
    // report takes them unless the incident answers the field itself. The contact persons'
    // names, e-mails and phones are personal data (sealed in `org.updated`).
    /// 1.3: the Legal Entity Identifier (ISO 17442) of the entity submitting the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub lei: Option<String>,
    /// 1.7–1.9: the primary contact person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dora_contact_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dora_contact_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dora_contact_phone: Option<String>,
    /// 1.10–1.12: the second contact person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dora_second_contact_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dora_second_contact_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dora_second_contact_phone: Option<String>,
    /// 1.13–1.14: the ultimate parent undertaking's name and LEI (where there is one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub parent_undertaking_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub parent_undertaking_lei: Option<String>,
    /// 1.15: the reporting currency (ISO 4217, e.g. `EUR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub reporting_currency: Option<String>,
}

/// The registration number meaning "the organisation has none" (CNIL's "no SIREN").
pub const NO_REGISTRATION: &str = "none";

/// The Fluent id of the registration number's label for an organisation whose lead authority
/// is in `country` (ISO code, lower case), `prefix` being `field-registration-number` or
/// `tpl-field-org-registration`: the SIREN (fr), the KvK number (nl), the company number of the
/// CBE/KBO (be), the Handelsregister number (de), the RCS number (lu), else the generic label.
pub fn registration_label(prefix: &str, country: &str) -> String {
    match country {
        "fr" | "nl" | "be" | "de" | "lu" => format!("{prefix}-{country}"),
        _ => prefix.to_string(),
    }
}

impl Org {
    /// The organisation's time zone (UTC when the stored name is not one): deadlines, reports
    /// and drafts show times in it.
    pub fn tz(&self) -> chrono_tz::Tz {
        crate::time::zone(&self.timezone)
    }
}

fn default_regimes() -> Vec<Regime> {
    vec![Regime::Gdpr]
}

impl Default for Org {
    fn default() -> Self {
        Org {
            name: String::new(),
            address: String::new(),
            contact_point: String::new(),
            default_role: Role::Controller,
            timezone: "UTC".into(),
            language: Language::En,
            lead_authority: String::new(),
            regimes: default_regimes(),
            dora_entity_type: None,
            nis2_entity: None,
            legal_representative_name: None,
            legal_representative_role: None,
            registration_number: None,
            dpo_name: None,
            dpo_email: None,
            dpo_phone: None,
            lei: None,
            dora_contact_name: None,
            dora_contact_email: None,
            dora_contact_phone: None,
            dora_second_contact_name: None,
            dora_second_contact_email: None,
            dora_second_contact_phone: None,
            parent_undertaking_name: None,
            parent_undertaking_lei: None,
            reporting_currency: None,
        }
    }
}

/// Register-wide settings (changed through `settings.changed` events).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Settings {
    /// A gap longer than this between `detected_at` and `aware_at` needs a written justification.
    pub aware_gap_hours: i64,
    /// Desktop auto-lock after this many idle minutes (0 = never).
    pub idle_lock_minutes: i64,
    /// Desktop notification thresholds, hours before a deadline.
    pub notify_thresholds_hours: Vec<i64>,
    /// Desktop notifications name the incident by its title (a sealed personal field) instead
    /// of its short id. Off unless chosen (`None` = off): notification daemons keep the texts
    /// in their history and show them on the lock screen, outside the encrypted register.
    /// Absent from the stored settings until first set, so registers stored before it verify.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub notify_show_titles: Option<bool>,
    /// Folder for scheduled backups (desktop), empty when not chosen.
    #[serde(default)]
    pub backup_folder: String,
    /// Hours between scheduled backups made by the desktop app.
    #[serde(default = "default_backup_interval_hours")]
    pub backup_interval_hours: i64,
    /// Scheduled backups kept in the folder (older ones are deleted).
    #[serde(default = "default_backup_keep")]
    pub backup_keep: i64,
    /// Months a closed incident's personal data are kept before redaction is proposed.
    #[serde(default = "default_retention_months")]
    pub retention_months: i64,
    /// Per-category retention in months (category wire name → months), overriding the default.
    #[serde(default)]
    pub retention_by_category: std::collections::BTreeMap<String, i64>,
}

fn default_backup_interval_hours() -> i64 {
    24
}

fn default_backup_keep() -> i64 {
    14
}

/// Five years: long enough for an authority's follow-up questions and most limitation
/// periods, after which the register keeps the facts but not the personal data.
fn default_retention_months() -> i64 {
    60
}

impl Settings {
    /// Whether desktop notifications may show incident titles (chosen explicitly).
    pub fn notify_shows_titles(&self) -> bool {
        self.notify_show_titles == Some(true)
    }

    /// The folder for scheduled backups, `None` when none is chosen. Checked again on use: a
    /// value stored before folders were validated is expanded (`~/Backups`) or refused (a
    /// relative path), never taken relative to the working directory.
    pub fn backup_dir(&self) -> crate::Result<Option<std::path::PathBuf>> {
        let f = crate::validate::folder(
            "backup_folder",
            &self.backup_folder,
            dirs::home_dir().as_deref(),
        )?;
        Ok((!f.is_empty()).then(|| std::path::PathBuf::from(f)))
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            aware_gap_hours: 24,
            idle_lock_minutes: 15,
            notify_thresholds_hours: vec![24, 12, 4, 1],
            notify_show_titles: None,
            backup_folder: String::new(),
            backup_interval_hours: default_backup_interval_hours(),
            backup_keep: default_backup_keep(),
            retention_months: default_retention_months(),
            retention_by_category: std::collections::BTreeMap::new(),
        }
    }
}
