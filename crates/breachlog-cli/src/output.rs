//! Human-readable output (tables, details, timelines) and the JSON switch.

use breachlog_core::domain::{Evidence, Org};
use breachlog_core::i18n::{Arg, Localizer};
use breachlog_core::query::IncidentPage;
use breachlog_core::views::IncidentDetail;
use breachlog_core::{format, Event, Ts};
use chrono_tz::Tz;
use serde::Serialize;

/// Prints either JSON or the human text.
pub struct Printer {
    pub json: bool,
}

impl Printer {
    pub fn new(json: bool) -> Self {
        Printer { json }
    }

    pub fn emit<T: Serialize + ?Sized>(&self, value: &T, human: impl FnOnce() -> String) {
        if self.json {
            match serde_json::to_string(value) {
                Ok(s) => line(&s),
                Err(e) => eprintln!("breachlog: {e}"),
            }
        } else {
            line(&human());
        }
    }
}

/// Writes one line to standard output. A reader that has gone (`breachlog … | head`) ends the
/// program quietly, as for any Unix tool: the command's work is done and committed by the time
/// it prints.
pub fn line(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{text}").and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("breachlog: {e}");
    }
}

fn local_text(text: &str, tz: Tz) -> String {
    Ts::parse(text)
        .map(|t| t.local_minute_in(tz))
        .unwrap_or_else(|| text.to_string())
}

/// Display width of a text: its characters (the CLI's texts are Latin, Greek or symbols such
/// as "—" and "…", one column each).
pub fn width(text: &str) -> usize {
    text.chars().count()
}

/// Pads to a display width (never cuts).
pub fn pad(text: &str, width: usize) -> String {
    format!(
        "{text}{}",
        " ".repeat(width.saturating_sub(self::width(text)))
    )
}

/// A text table whose column widths come from the header and the cells, so localised headers
/// ("Regelwerk", "Destinataire") and values are never cut. The last column is not padded.
#[derive(Debug, Default)]
pub struct Table {
    header: Option<Vec<String>>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: Vec<String>) -> Self {
        Table {
            header: Some(header),
            rows: Vec::new(),
        }
    }

    /// A table without a header row.
    pub fn plain() -> Self {
        Table::default()
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn render(&self) -> String {
        let all: Vec<&Vec<String>> = self.header.iter().chain(&self.rows).collect();
        let columns = all.iter().map(|r| r.len()).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                all.iter()
                    .filter_map(|r| r.get(c))
                    .map(|t| width(t))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        all.iter()
            .map(|r| {
                let last = r.len().saturating_sub(1);
                let cells: Vec<String> = r
                    .iter()
                    .enumerate()
                    .map(|(i, t)| {
                        if i == last {
                            t.clone()
                        } else {
                            pad(t, widths[i])
                        }
                    })
                    .collect();
                cells.join("  ").trim_end().to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// `label: value` lines with the labels padded to the longest one; empty values are left out.
fn fields(pairs: &[(String, String)], indent: &str) -> String {
    let shown: Vec<&(String, String)> = pairs.iter().filter(|(_, v)| !v.is_empty()).collect();
    let w = shown.iter().map(|(k, _)| width(k) + 1).max().unwrap_or(0);
    shown
        .iter()
        .map(|(k, v)| format!("{indent}{} {v}\n", pad(&format!("{k}:"), w)))
        .collect()
}

pub fn incident_table(l: &Localizer, page: &IncidentPage, tz: Tz) -> String {
    if page.rows.is_empty() {
        return l.text("cli-no-incidents");
    }
    let mut t = Table::new(
        [
            "cli-header-id",
            "cli-header-detected",
            "cli-header-status",
            "cli-header-breach",
            "cli-header-risk",
            "cli-header-title",
        ]
        .iter()
        .map(|id| l.text(id))
        .collect(),
    );
    for r in &page.rows {
        let status = r
            .status
            .parse()
            .map(|s| l.status(s))
            .unwrap_or_else(|_| r.status.clone());
        let breach = if r.breach {
            l.text("cli-yes")
        } else {
            l.text("cli-no")
        };
        let risk = r
            .risk
            .as_deref()
            .map(|x| l.text(&format!("risk-{x}")))
            .unwrap_or_else(|| "—".into());
        t.row(vec![
            format::short(&r.id),
            local_text(&r.detected_at, tz),
            status,
            breach,
            risk,
            r.title.clone(),
        ]);
    }
    let mut out = t.render();
    out.push('\n');
    out.push_str(&l.msg(
        "cli-incidents-count",
        &[
            ("shown", Arg::from(page.rows.len())),
            ("total", Arg::from(page.total)),
        ],
    ));
    out
}

pub fn incident_detail(l: &Localizer, detail: &IncidentDetail, tz: Tz) -> String {
    let IncidentDetail {
        incident: i,
        actions,
        notes,
        timeline,
        ..
    } = detail;
    let mut out = format!("{}  {}\n", i.id, i.title);
    let mut main = vec![
        (l.field("status"), l.status(i.status)),
        (l.field("category"), l.text(&i.category.label_id())),
    ];
    if let Some(v) = i.vuln_class {
        main.push((l.field("vuln_class"), l.text(&v.label_id())));
    }
    main.push((l.field("severity"), l.text(&i.severity.label_id())));
    main.push((l.field("source"), l.text(&i.source.label_id())));
    main.push((l.field("detected_at"), i.detected_at.local_minute_in(tz)));
    if let Some(o) = i.occurred_from {
        let to = i
            .occurred_to
            .map(|t| format!(" – {}", t.local_minute_in(tz)))
            .unwrap_or_default();
        main.push((
            l.field("occurred_at"),
            format!("{}{to}", o.local_minute_in(tz)),
        ));
    }
    main.push((l.field("owner"), i.owner.clone().unwrap_or_default()));
    main.push((l.field("affected_systems"), i.affected_systems.join(", ")));
    main.push((l.field("description"), i.description.clone()));
    out.push_str(&fields(&main, "  "));
    if let Some(a) = &i.assessment {
        out.push_str(&format!("\n{}\n", l.text("cli-assessment")));
        let pairs = vec![
            (
                l.field("personal_data"),
                l.text(&a.personal_data.label_id()),
            ),
            (
                l.field("aware_at"),
                a.aware_at
                    .map(|t| t.local_minute_in(tz))
                    .unwrap_or_default(),
            ),
            (
                l.field("role"),
                a.role.map(|r| l.text(&r.label_id())).unwrap_or_default(),
            ),
            (
                l.field("nature"),
                a.nature
                    .iter()
                    .map(|n| l.text(&n.label_id()))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            (
                l.field("risk"),
                a.risk.map(|r| l.text(&r.label_id())).unwrap_or_default(),
            ),
            (
                l.field("risk_reasoning"),
                a.risk_reasoning.clone().unwrap_or_default(),
            ),
            (
                l.field("decision"),
                a.decision
                    .map(|d| l.text(&d.label_id()))
                    .unwrap_or_default(),
            ),
            (
                l.field("decision_rationale"),
                a.decision_rationale.clone().unwrap_or_default(),
            ),
        ];
        out.push_str(&fields(&pairs, "  "));
    }
    if !actions.is_empty() {
        out.push_str(&format!("\n{}\n", l.text("cli-actions")));
        for a in actions {
            let due = a
                .due_at
                .map(|d| format!(" ({})", d.local_minute_in(tz)))
                .unwrap_or_default();
            out.push_str(&format!(
                "  [{}] {} {}{due}\n",
                if a.done { "x" } else { " " },
                format::short(&a.id.to_string()),
                a.title
            ));
        }
    }
    if !notes.is_empty() {
        out.push_str(&format!("\n{}\n", l.text("cli-notes")));
        for n in notes {
            out.push_str(&format!(
                "  {} {}: {}\n",
                n.created_at.local_minute_in(tz),
                n.author,
                n.text
            ));
        }
    }
    if !detail.evidence.is_empty() {
        out.push_str(&format!(
            "\n{}\n{}\n",
            l.text("cli-evidence"),
            evidence_table(l, &detail.evidence, tz)
        ));
    }
    out.push_str(&format!(
        "\n{}\n{}",
        l.text("cli-timeline"),
        timeline_rows(l, timeline, tz)
    ));
    out
}

/// An incident's evidence files: id, name, size, SHA-256, when and by whom they were added, and
/// how often exported (erased ones say so).
pub fn evidence_table(l: &Localizer, list: &[Evidence], tz: Tz) -> String {
    if list.is_empty() {
        return l.text("cli-evidence-none");
    }
    let mut t = Table::new(
        [
            "cli-header-id",
            "cli-header-file",
            "cli-header-size",
            "cli-header-added",
            "cli-header-exports",
            "cli-header-sha256",
        ]
        .iter()
        .map(|id| l.text(id))
        .collect(),
    );
    for e in list {
        let exports = if e.erased {
            l.text("cli-evidence-erased")
        } else {
            e.exports.len().to_string()
        };
        // The full id: files added in the same second share their first characters, and
        // `export` takes the id.
        t.row(vec![
            e.id.to_string(),
            e.name.clone(),
            format::file_size(l, e.size),
            format!("{} {}", e.added_at.local_minute_in(tz), e.added_by),
            exports,
            e.sha256.clone(),
        ]);
    }
    t.render()
}

fn timeline_rows(l: &Localizer, events: &[Event], tz: Tz) -> String {
    let mut t = Table::new(vec![
        "  #".to_string(),
        l.text("cli-header-when"),
        l.text("cli-header-actor"),
        l.text("cli-header-event"),
    ]);
    for e in events {
        t.row(vec![
            format!("  #{}", e.seq),
            e.ts.local_minute_in(tz),
            e.actor.clone(),
            e.kind.clone(),
        ]);
    }
    t.render()
}

pub fn timeline(l: &Localizer, events: &[Event], tz: Tz) -> String {
    format!(
        "{}\n{}",
        l.text("cli-timeline"),
        timeline_rows(l, events, tz)
    )
}

pub fn org(l: &Localizer, o: &Org) -> String {
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| l.text("org-not-set"));
    let pairs = [
        (l.field("org_name"), o.name.clone()),
        (l.field("address"), o.address.clone()),
        (l.field("contact_point"), o.contact_point.clone()),
        (l.field("role"), l.text(&o.default_role.label_id())),
        (l.field("timezone"), o.timezone.clone()),
        (l.field("language"), l.text(&o.language.label_id())),
        (l.field("lead_authority"), o.lead_authority.clone()),
        (
            l.field("regimes"),
            o.regimes
                .iter()
                .map(|r| l.text(&r.label_id()))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            l.field("dora_entity_type"),
            o.dora_entity_type
                .map_or_else(|| l.text("org-not-set"), |t| l.text(&t.label_id())),
        ),
        (
            l.field("nis2_entity"),
            match o.nis2_entity {
                Some(true) => l.text("tristate-yes"),
                Some(false) => l.text("tristate-no"),
                None => l.text("org-not-set"),
            },
        ),
        (
            l.field("legal_representative_name"),
            opt(&o.legal_representative_name),
        ),
        (
            l.field("legal_representative_role"),
            opt(&o.legal_representative_role),
        ),
        (
            // Named by the register of the lead authority's country (SIREN, KvK, …).
            l.text(&breachlog_core::domain::registration_label(
                "field-registration-number",
                &breachlog_core::register::regulation::authorities::find(
                    "lead_authority",
                    &o.lead_authority,
                )
                .map(|a| a.country.clone())
                .unwrap_or_default(),
            )),
            opt(&o.registration_number),
        ),
        (l.field("dpo_name"), opt(&o.dpo_name)),
        (l.field("dpo_email"), opt(&o.dpo_email)),
        (l.field("dpo_phone"), opt(&o.dpo_phone)),
        (l.field("lei"), opt(&o.lei)),
        (l.field("dora_contact_name"), opt(&o.dora_contact_name)),
        (l.field("dora_contact_email"), opt(&o.dora_contact_email)),
        (l.field("dora_contact_phone"), opt(&o.dora_contact_phone)),
        (
            l.field("dora_second_contact_name"),
            opt(&o.dora_second_contact_name),
        ),
        (
            l.field("dora_second_contact_email"),
            opt(&o.dora_second_contact_email),
        ),
        (
            l.field("dora_second_contact_phone"),
            opt(&o.dora_second_contact_phone),
        ),
        (
            l.field("parent_undertaking_name"),
            opt(&o.parent_undertaking_name),
        ),
        (
            l.field("parent_undertaking_lei"),
            opt(&o.parent_undertaking_lei),
        ),
        (l.field("reporting_currency"), opt(&o.reporting_currency)),
    ];
    let w = pairs.iter().map(|(k, _)| width(k) + 1).max().unwrap_or(0);
    pairs
        .iter()
        .map(|(k, v)| format!("{} {v}", pad(&format!("{k}:"), w)))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_as_wide_as_their_longest_header_or_cell() {
        let mut t = Table::new(vec![
            "ID".into(),
            "Regelwerk".into(),
            "Empfänger".into(),
            "Status".into(),
        ]);
        t.row(vec![
            "0192".into(),
            "DSGVO".into(),
            "CSIRT / zuständige Behörde".into(),
            "überfällig".into(),
        ]);
        t.row(vec![
            "0193".into(),
            "NIS2".into(),
            "nl-ap".into(),
            "ausstehend".into(),
        ]);
        let out = t.render();
        let lines: Vec<&str> = out.lines().collect();
        // "Empfänger" is 9 characters, its longest cell 26: the column is 26 wide, then two spaces.
        assert_eq!(
            lines[0],
            "ID    Regelwerk  Empfänger                   Status"
        );
        assert_eq!(
            lines[1],
            "0192  DSGVO      CSIRT / zuständige Behörde  überfällig"
        );
        assert_eq!(
            lines[2],
            "0193  NIS2       nl-ap                       ausstehend"
        );
    }

    #[test]
    fn french_headers_wider_than_their_cells_are_not_cut() {
        let mut t = Table::new(vec![
            "Régime".into(),
            "Base juridique".into(),
            "Statut".into(),
        ]);
        t.row(vec!["RGPD".into(), "Art 33".into(), "".into()]);
        let out = t.render();
        assert_eq!(out, "Régime  Base juridique  Statut\nRGPD    Art 33");
        assert_eq!(width("Échéance"), 8);
        assert_eq!(pad("Frist", 8), "Frist   ");
        assert_eq!(pad("Rechtsgrundlage", 8), "Rechtsgrundlage", "never cut");
    }
}
