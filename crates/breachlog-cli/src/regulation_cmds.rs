//! The regulation commands: obligations (with iCalendar export), controllers, filings,
//! classification, rule overrides and the ENISA calculator.

use std::fmt::Write as _;

use breachlog_core::format::{self, Recipient};
use breachlog_core::i18n::{Arg, Localizer};
use breachlog_core::legal;
use breachlog_core::register::regulation::what_if::{WhatIf, Would};
use breachlog_core::register::AssessmentInput;
use breachlog_core::regulation::derive::ON_REQUEST;
use breachlog_core::regulation::enisa::{self, EnisaInput, EnisaResult};
use breachlog_core::regulation::{
    controllers::{matches, ImportReport},
    ClassifyInput, ControllerInput, ControllerUpdate, FilingInput, ImpactImportReport, ImpactInput,
    ObligationStatus, ObligationView, RequestInput,
};
use breachlog_core::views::{NoticeStatus, ObligationRow, RulesView};
use breachlog_core::{validate, Ts};
use chrono_tz::Tz;
use serde_json::json;

use crate::args::Cli;
use crate::commands::{open, Context};
use crate::output::{Printer, Table};
use crate::regulation_args::{
    ClassifyArgs, ControllerCmd, EnisaArgs, FilingCmd, IncidentRegimesArgs, ObligationCmd,
    ObligationsArgs, RiskCmd, RulesCmd,
};
use crate::Failure;

/// The table of obligations. Full ids (they are what `filing record --obligation` takes); the
/// status column comes last so localised statuses and lateness are never cut.
pub fn obligations_table(l: &Localizer, list: &[ObligationRow], tz: Tz) -> String {
    if list.is_empty() {
        return l.text("cli-no-obligations");
    }
    let mut t = Table::new(
        [
            "cli-header-id",
            "reg-header-regime",
            "reg-header-kind",
            "reg-header-recipient",
            "reg-header-due",
            "reg-header-reference",
            "reg-header-status",
        ]
        .iter()
        .map(|id| l.text(id))
        .collect(),
    );
    for row in list {
        let o = &row.view;
        let due = match (o.due_at, o.target_at) {
            // A period that ends with its last day: the earlier time to aim for, then the law's.
            (Some(d), Some(t)) if t != d => l.msg(
                "reg-aim-for",
                &[
                    ("target", t.local_minute_in(tz)),
                    ("due", d.local_minute_in(tz)),
                ],
            ),
            (Some(d), _) => d.local_minute_in(tz),
            (None, _) if o.status == ObligationStatus::AwaitingAnchor => "—".to_string(),
            (None, _) => no_due_time(l, &o.counting),
        };
        let mut status = l.text(&o.status.label_id());
        if let Some(m) = o.late_by_minutes {
            // Days, hours and minutes read better than raw minutes once a deadline is long past.
            status = l.msg(
                "reg-late-by",
                &[("status", status), ("time", l.duration(m))],
            );
        }
        if let Some(u) = &row.undue {
            status.push_str(&format!(
                " · {}",
                l.msg("reg-elapsed", &[("time", l.duration(u.elapsed_minutes))])
            ));
            if let Some(t) = u.target_at {
                status.push_str(&format!(
                    " · {}",
                    l.msg("reg-target", &[("at", t.local_minute_in(tz))])
                ));
            }
        }
        if let Some(a) = &o.action {
            status.push_str(&format!(" · {}", l.text(&format!("obligation-action-{a}"))));
        }
        if let Some(n) = &row.notice {
            status.push_str(&format!(" · {}", notice_text(l, n, tz)));
        }
        t.row(vec![
            o.id.to_string(),
            l.text(&o.regime.label_id()),
            l.text(&o.kind.label_id()),
            row.recipient_label(l),
            due,
            legal::localise(&o.reference, l.language()),
            status,
        ]);
    }
    t.render()
}

/// A notice to a customer as the lists show it: its state, who acknowledged it when, or the
/// reminder once due (never called late).
pub fn notice_text(l: &Localizer, n: &NoticeStatus, tz: Tz) -> String {
    let mut out = l.text(n.state.label_id());
    match (n.acknowledged_at, &n.acknowledged_by) {
        (Some(at), Some(by)) => {
            out = l.msg(
                "notice-acknowledged-by",
                &[("at", at.local_minute_in(tz)), ("by", by.clone())],
            )
        }
        (Some(at), None) => {
            out = l.msg("notice-acknowledged-at", &[("at", at.local_minute_in(tz))])
        }
        _ => {}
    }
    if let (true, Some(sent)) = (n.reminder, n.sent_at) {
        out.push_str(&format!(
            " · {}",
            l.msg("notice-reminder", &[("at", sent.local_minute_in(tz))])
        ));
    }
    out
}

fn ics_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// A content line folded at 75 octets (RFC 5545 §3.1), without splitting a character.
fn ics_line(name: &str, value: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in format!("{name}:{value}").chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// An iCalendar file with one event per obligation that has a due time.
pub fn ics(l: &Localizer, list: &[ObligationRow], now: Ts) -> String {
    let stamp = |t: &Ts| t.as_utc().format("%Y%m%dT%H%M%SZ").to_string();
    let mut out = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Breachlog//Obligations//EN\r\nCALSCALE:GREGORIAN\r\n");
    for row in list {
        let o = &row.view;
        let Some(due) = o.due_at else { continue };
        let summary = l.msg(
            "ics-summary",
            &[
                ("regime", l.text(&o.regime.label_id())),
                ("kind", l.text(&o.kind.label_id())),
                ("recipient", row.recipient_label(l)),
            ],
        );
        let _ = write!(
            out,
            "BEGIN:VEVENT\r\nUID:{}@breachlog\r\nDTSTAMP:{}\r\nDTSTART:{}\r\nDTEND:{}\r\n{}{}END:VEVENT\r\n",
            o.id,
            stamp(&now),
            stamp(&due),
            stamp(&due),
            ics_line("SUMMARY", &ics_escape(&summary)),
            ics_line(
                "DESCRIPTION",
                &ics_escape(&format!("{} · {} · {}", legal::localise(&o.reference, l.language()), l.text(&o.status.label_id()), o.incident.map(|i| i.to_string()).unwrap_or_default()))
            ),
        );
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// The incident's obligations as a table (for `breach assess` and `incident classify`), if any.
pub fn obligations_text(
    reg: &breachlog_core::Register,
    l: &Localizer,
    incident: uuid::Uuid,
) -> Result<Option<String>, Failure> {
    let list = ObligationRow::list(reg, Some(incident), Ts::now())?;
    if list.is_empty() {
        return Ok(None);
    }
    Ok(Some(obligations_table(l, &list, reg.org()?.tz())))
}

pub fn obligations(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    a: &ObligationsArgs,
) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    let incident = a
        .incident
        .as_deref()
        .map(|i| reg.resolve_incident(i))
        .transpose()?;
    let now = Ts::now();
    let as_of = match a.as_of.as_deref() {
        Some(t) => validate::timestamp("as_of", t)?,
        None => now,
    };
    let list = ObligationRow::list(&reg, incident, as_of)?;
    let l = ctx.localizer();
    if let Some(path) = &a.ics {
        breachlog_core::files::check_output(path, Some(reg.path()))?;
    }
    reg.record_access()?;
    if let Some(path) = &a.ics {
        let text = ics(l, &list, now);
        reg.save_output(path, text.as_bytes())?;
        if !p.json {
            eprintln!(
                "{}",
                l.msg("cli-ics-written", &[("path", path.display().to_string())])
            );
        }
    }
    let tz = reg.org()?.tz();
    // The JSON contract is each row's status view with the recipient's name beside its code
    // (the app gets the whole row).
    #[derive(serde::Serialize)]
    struct JsonRow<'a> {
        #[serde(flatten)]
        view: &'a ObligationView,
        recipient_name: Option<&'a str>,
        /// Notices to customers only: whether the customer's own impact is set.
        #[serde(skip_serializing_if = "Option::is_none")]
        impact_known: Option<bool>,
        /// Notices to customers only: draft, sent or acknowledged, and the reminder.
        #[serde(skip_serializing_if = "Option::is_none")]
        notice: Option<&'a NoticeStatus>,
    }
    let views: Vec<JsonRow<'_>> = list
        .iter()
        .map(|r| JsonRow {
            view: &r.view,
            recipient_name: r.recipient_name.as_deref(),
            impact_known: r.impact_known,
            notice: r.notice.as_ref(),
        })
        .collect();
    p.emit(&views, || obligations_table(l, &list, tz));
    Ok(())
}

pub fn obligation(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    cmd: &ObligationCmd,
) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    let ob = match cmd {
        ObligationCmd::Show { id } => {
            let id = reg.resolve_obligation(id)?;
            reg.record_access()?;
            reg.obligation(id)?
        }
        ObligationCmd::NotRequired { id, rationale } => reg.drop_obligation(id, rationale)?,
        ObligationCmd::Reinstate { id } => reg.reinstate_obligation(id)?,
        ObligationCmd::Request(a) => {
            let incident = reg.resolve_incident(&a.incident)?;
            let input = RequestInput {
                regime: a.regime.clone(),
                kind: a.kind.clone(),
                at: a.at.clone(),
                due_at: a.due.clone(),
            };
            let ob = reg.request_report(incident, &input)?;
            if !p.json {
                let l = ctx.localizer();
                let to = Recipient::parse(&ob.recipient);
                let args = [
                    ("kind", l.text(&ob.kind.label_id())),
                    (
                        "recipient",
                        format::recipient_label(l, &to, &reg.controllers()?),
                    ),
                    ("reference", ob.reference.clone()),
                ];
                crate::output::line(&l.msg("cli-obligation-requested", &args));
            }
            ob
        }
    };
    let row = ObligationRow::one(&reg, ob.id, Ts::now())?;
    let tz = reg.org()?.tz();
    let l = ctx.localizer();
    p.emit(&json!({ "obligation": ob, "filings": row.filings, "status": row.view.status, "late_by_minutes": row.view.late_by_minutes }), || {
        let mut out = obligations_table(l, std::slice::from_ref(&row), tz);
        let terms = match (ob.hours, ob.month_rule) {
            (Some(h), _) => l.msg("reg-hours", &[("hours", Arg::from(h))]),
            (None, true) => l.msg("reg-months", &[("months", Arg::from(1_u32))]),
            _ if ob.hours_source == ON_REQUEST && ob.due_at.is_some() => l.text("reg-on-request"),
            _ if ob.hours_source == ON_REQUEST => l.text("reg-on-request-no-time"),
            _ => l.text("reg-no-due-time"),
        };
        let counting = ob.counting.clone().unwrap_or_else(|| ob.legacy_counting().to_string());
        let _ = write!(out, "\n{} · {} · {} · {} · {}", terms, counting, ob.anchor, ob.rule_version, ob.source_url);
        if let Some(nr) = &ob.not_required {
            let rationale = if nr.automatic { l.text(&nr.rationale) } else { nr.rationale.clone() };
            let _ = write!(out, "\n{}: {} ({}, {})", l.text(&ob_status_label()), rationale, nr.decider, nr.at.local_minute_in(tz));
        }
        out
    });
    Ok(())
}

fn ob_status_label() -> String {
    breachlog_core::regulation::ObligationStatus::NotRequired.label_id()
}

pub fn controller(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    cmd: &ControllerCmd,
) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    let l = ctx.localizer();
    match cmd {
        ControllerCmd::Add {
            name,
            notice_hours,
            contact,
            country,
            language,
            authority,
            contract_reference,
        } => {
            let c = reg.add_controller_record(&ControllerInput {
                name: name.clone(),
                notice_hours: *notice_hours,
                contacts: contact.clone(),
                country: country.clone(),
                language: language.clone(),
                authority: authority.clone(),
                contract_reference: contract_reference.clone(),
            })?;
            p.emit(&c, || {
                l.msg(
                    "cli-controller-added",
                    &[("name", c.name.clone()), ("id", c.id.to_string())],
                )
            });
        }
        ControllerCmd::Set {
            controller,
            notice_hours,
            no_notice_hours,
            contact,
            name,
            country,
            language,
            authority,
            contract_reference,
        } => {
            let update = ControllerUpdate {
                notice_hours: *notice_hours,
                no_notice_hours: *no_notice_hours,
                contact: None,
                contacts: (!contact.is_empty()).then(|| contact.clone()),
                name: name.clone(),
                country: country.clone(),
                language: language.clone(),
                authority: authority.clone(),
                contract_reference: contract_reference.clone(),
            };
            let c = reg.update_controller(controller, &update)?;
            p.emit(&c, || {
                l.msg("cli-controller-changed", &[("name", c.name.clone())])
            });
        }
        ControllerCmd::Remove { controller } => {
            let c = reg.remove_controller(controller)?;
            p.emit(&c, || {
                l.msg("cli-controller-removed", &[("name", c.name.clone())])
            });
        }
        ControllerCmd::Import { file, dry_run } => {
            let mut report = reg.import_controllers(file, *dry_run)?;
            report.localize(l);
            p.emit(&report, || import_summary(l, &report));
            if let Some(e) = report.refusal() {
                return Err(e.into());
            }
        }
        ControllerCmd::Export { out } => {
            let rows = reg.export_controllers(out)?;
            p.emit(
                &json!({ "rows": rows, "file": out.display().to_string() }),
                || {
                    l.msg(
                        "cli-controllers-exported",
                        &[
                            ("count", Arg::from(rows as i64)),
                            ("file", Arg::from(out.display().to_string())),
                        ],
                    )
                },
            );
        }
        ControllerCmd::List { search } => {
            reg.record_access()?;
            let list: Vec<_> = reg
                .controllers()?
                .into_iter()
                .filter(|c| matches(c, search.as_deref().unwrap_or("")))
                .collect();
            p.emit(&list, || {
                if list.is_empty() {
                    return l.text("cli-no-controllers");
                }
                let mut t = Table::plain();
                for c in &list {
                    let hours = c.notice_hours.map_or_else(
                        || l.text("reg-no-due-time"),
                        |h| l.msg("reg-hours", &[("hours", Arg::from(h))]),
                    );
                    t.row(vec![
                        format::short(&c.id.to_string()),
                        c.name.clone(),
                        c.country.clone().unwrap_or_default(),
                        c.language.clone().unwrap_or_default(),
                        c.authority.clone().unwrap_or_default(),
                        hours,
                        c.contacts.join(", "),
                    ]);
                }
                t.render()
            });
        }
    }
    Ok(())
}

/// What an import did (or would do), then each refused row with its line and field.
/// `breach impact`: one customer's impact, or many from a CSV file.
pub fn impact(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    a: &crate::args::ImpactArgs,
) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    let id = reg.resolve_incident(&a.id)?;
    let l = ctx.localizer();
    if let Some(file) = &a.from_csv {
        let mut report = reg.import_impacts(id, file, a.dry_run)?;
        report.localize(l);
        p.emit(&report, || impact_import_summary(l, &report));
        if let Some(e) = report.refusal() {
            return Err(e.into());
        }
        return Ok(());
    }
    let input = ImpactInput {
        controller: a.controller.clone().unwrap_or_default(),
        subjects_approx: a.subjects_approx.clone(),
        records_approx: a.records_approx.clone(),
        data_categories: a.data_categories.clone(),
        subject_categories: a.subject_categories.clone(),
        countries: a.countries.clone(),
    };
    let impact = reg.set_impact(id, &input)?;
    let totals = reg.impact_totals(id)?;
    let name = reg
        .all_controllers()?
        .into_iter()
        .find(|c| c.id == impact.controller_id)
        .map(|c| c.name)
        .unwrap_or_default();
    // Numbers as numbers (grouped in the reader's language), an unknown one as "?".
    let figure = |n: Option<u64>| {
        n.and_then(|n| i64::try_from(n).ok())
            .map_or_else(|| Arg::from("?".to_string()), Arg::from)
    };
    p.emit(
        &json!({ "impact": impact, "controller": name, "totals": totals }),
        || {
            l.msg(
                "cli-impact-set",
                &[
                    ("controller", Arg::from(name.clone())),
                    ("subjects", figure(impact.subjects_approx)),
                    ("records", figure(impact.records_approx)),
                    ("known", Arg::from(totals.customers_known as i64)),
                    ("customers", Arg::from(totals.customers as i64)),
                    ("sum", Arg::from(totals.subjects_sum as i64)),
                    ("estimate", figure(totals.subjects_estimate)),
                ],
            )
        },
    );
    Ok(())
}

/// `head`, then one line per refused row of a CSV import ("Line 3: Invalid country: …").
fn with_refused_rows(
    l: &Localizer,
    mut out: String,
    errors: &[breachlog_core::regulation::controllers::RowError],
) -> String {
    for e in errors {
        out.push('\n');
        out.push_str(&l.msg(
            "cli-controllers-import-row",
            &[
                ("line", Arg::from(e.line as i64)),
                ("message", Arg::from(e.message.clone())),
            ],
        ));
    }
    out
}

fn impact_import_summary(l: &Localizer, r: &ImpactImportReport) -> String {
    let head = l.msg(
        if r.dry_run {
            "cli-impacts-import-dry-run"
        } else if r.imported || r.errors.is_empty() {
            "cli-impacts-imported"
        } else {
            "cli-controllers-import-refused"
        },
        &[
            ("rows", Arg::from(r.rows as i64)),
            ("set", Arg::from(r.set.len() as i64)),
            ("added", Arg::from(r.added_controllers.len() as i64)),
            ("unchanged", Arg::from(r.unchanged as i64)),
        ],
    );
    with_refused_rows(l, head, &r.errors)
}

fn import_summary(l: &Localizer, r: &ImportReport) -> String {
    let head = l.msg(
        if r.dry_run {
            "cli-controllers-import-dry-run"
        } else if r.imported || r.errors.is_empty() {
            "cli-controllers-imported"
        } else {
            "cli-controllers-import-refused"
        },
        &[
            ("rows", Arg::from(r.rows as i64)),
            ("added", Arg::from(r.added.len() as i64)),
            ("changed", Arg::from(r.changed.len() as i64)),
            ("unchanged", Arg::from(r.unchanged as i64)),
        ],
    );
    with_refused_rows(l, head, &r.errors)
}

pub fn filing(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &FilingCmd) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    let l = ctx.localizer();
    match cmd {
        FilingCmd::Record(a) => {
            let incident = reg.resolve_incident(&a.incident)?;
            let f = reg.record_filing(
                Some(incident),
                &FilingInput {
                    obligation: a.obligation.clone(),
                    at: a.at.clone(),
                    channel: a.channel.clone(),
                    reference: a.reference.clone(),
                    reasons_for_delay: a.reasons_for_delay.clone(),
                    phase: a.phase.clone(),
                    follows: a.follows.clone(),
                    complete: a.complete.clone(),
                    acknowledged_at: a.acknowledged_at.clone(),
                    acknowledged_by: a.acknowledged_by.clone(),
                },
            )?;
            p.emit(&json!({ "id": f.id }), || match f.late_by_minutes {
                Some(m) => l.msg(
                    "cli-filing-recorded-late",
                    &[("id", f.id.to_string()), ("time", l.duration(m))],
                ),
                None => l.msg("cli-filing-recorded", &[("id", f.id.to_string())]),
            });
        }
        FilingCmd::Acknowledge { filing, at, by } => {
            let f = reg.acknowledge_filing(filing, at, by.as_deref())?;
            p.emit(&f, || {
                l.msg("cli-filing-acknowledged", &[("id", f.id.to_string())])
            });
        }
        FilingCmd::List { incident } => {
            let incident = reg.resolve_incident(incident)?;
            reg.record_access()?;
            let mut all = Vec::new();
            for o in reg.obligations(Some(incident), Ts::now())? {
                all.extend(reg.filings(o.id)?);
            }
            let tz = reg.org()?.tz();
            p.emit(&all, || {
                let mut t = Table::plain();
                for f in &all {
                    t.row(vec![
                        format::short(&f.id.to_string()),
                        format::short(&f.obligation_id.to_string()),
                        f.at.local_minute_in(tz),
                        l.text(&f.phase.label_id()),
                        l.text(&f.channel.label_id()),
                        f.reference.clone(),
                    ]);
                }
                t.render()
            });
        }
    }
    Ok(())
}

pub fn classify(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    a: &ClassifyArgs,
) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    let id = reg.resolve_incident(&a.id)?;
    let input = ClassifyInput {
        regime: a.regime.clone(),
        at: a.at.clone(),
        malicious: a.malicious.clone(),
        cross_border: a.cross_border.clone(),
        trust_service: a.trust_service.then_some(true),
        cra_kind: a.cra_kind.clone(),
        significance: a.significance.input(),
        affects_recipients: a.affects_recipients.clone(),
    };
    reg.classify(id, &input)?;
    let state = reg.incident_regulation(id)?;
    let l = ctx.localizer();
    let table = obligations_text(&reg, l, id)?.unwrap_or_default();
    p.emit(&state, || {
        let head = l.msg(
            "cli-classified",
            &[
                ("id", format::short(&id.to_string())),
                ("regime", a.regime.to_ascii_lowercase()),
            ],
        );
        let check = match state.nis2.as_ref().and_then(|c| c.significance.as_ref()) {
            Some(s) if a.significance.input().is_some() => {
                let mut out = l.text(if s.significant {
                    "cli-significance-yes"
                } else {
                    "cli-significance-no"
                });
                for c in &s.criteria {
                    let figures = match (c.value, c.threshold) {
                        (Some(v), Some(_)) => {
                            format!(" · {v} > {}", c.arithmetic.clone().unwrap_or_default())
                        }
                        (None, Some(_)) => {
                            format!(" · ? > {}", c.arithmetic.clone().unwrap_or_default())
                        }
                        _ => String::new(),
                    };
                    out.push_str(&format!(
                        "\n  [{}] {}{figures}",
                        if c.met { "x" } else { " " },
                        c.reference
                    ));
                }
                format!("\n{out}")
            }
            _ => String::new(),
        };
        format!("{head}{check}\n{table}").trim_end().to_string()
    });
    Ok(())
}

pub fn incident_regimes(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    a: &IncidentRegimesArgs,
) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    let id = reg.resolve_incident(&a.id)?;
    let set = if a.inherit {
        None
    } else {
        Some(a.set.clone().unwrap_or_default())
    };
    let regimes = reg.set_incident_regimes(id, set.as_deref())?;
    let l = ctx.localizer();
    let names: Vec<String> = regimes.iter().map(|r| l.text(&r.label_id())).collect();
    p.emit(&json!({ "regimes": regimes }), || {
        l.msg(
            "cli-incident-regimes",
            &[
                ("id", format::short(&id.to_string())),
                ("regimes", names.join(", ")),
            ],
        )
    });
    Ok(())
}

pub fn rules(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &RulesCmd) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    match cmd {
        RulesCmd::List => {
            let view = RulesView::load(&reg)?;
            let l = ctx.localizer();
            p.emit(&view, || {
                let mut t = Table::plain();
                for r in &view.rules {
                    let clock = match (r.hours, r.months) {
                        (Some(h), _) => l.msg("reg-hours", &[("hours", Arg::from(h))]),
                        (None, Some(m)) => l.msg("reg-months", &[("months", Arg::from(m))]),
                        _ if r.days.is_some() => l.msg(
                            "reg-duration-days",
                            &[("days", Arg::from(r.days.unwrap_or_default()))],
                        ),
                        _ if r.on_request => l.text("reg-on-request"),
                        _ => l.text("reg-no-due-time"),
                    };
                    let mark = if r.overridden { " *" } else { "" };
                    t.row(vec![
                        r.regime.to_string(),
                        r.rule.clone(),
                        format!("{clock}{mark}"),
                        legal::localise(&r.reference, l.language()),
                    ]);
                }
                t.render()
            });
        }
        RulesCmd::Set {
            regime,
            rule,
            hours,
            default,
        } => {
            let settings =
                reg.set_rule_hours(regime, rule, if *default { None } else { *hours })?;
            let l = ctx.localizer();
            p.emit(&settings, || {
                l.msg(
                    "cli-rule-changed",
                    &[("rule", format!("{}/{}", regime.to_ascii_lowercase(), rule))],
                )
            });
        }
        RulesCmd::Packs => {
            let packs = reg.rule_packs()?;
            let l = ctx.localizer();
            p.emit(&packs, || {
                let mut t = Table::plain();
                for pack in &packs {
                    t.row(vec![
                        pack.id.clone(),
                        l.text("what-if-status-proposal"),
                        format!("{} ({}, {})", pack.title, pack.act, pack.date),
                    ]);
                }
                t.render()
            });
        }
        RulesCmd::WhatIf { pack, incident } => {
            let id = incident
                .as_deref()
                .map(|i| reg.resolve_incident(i))
                .transpose()?;
            let w = reg.what_if(pack, id, Ts::now())?;
            let tz = reg.org()?.tz();
            let l = ctx.localizer();
            p.emit(&w, || what_if_text(l, &w, tz));
        }
        RulesCmd::Settings {
            dora_rollover,
            undue_delay_target_hours,
            notice_reminder_hours,
        } => {
            let target = undue_delay_target_hours.map(|h| (h != 0).then_some(h));
            let s = reg.update_regulation_settings(
                dora_rollover.as_deref(),
                target,
                *notice_reminder_hours,
            )?;
            let l = ctx.localizer();
            p.emit(&s, || l.text("cli-regulation-settings-changed"));
        }
    }
    Ok(())
}

/// The what-if as text: a header saying this is a proposal, then per incident a table of each
/// obligation now and under the proposal.
/// What an obligation without a due time says: "without undue delay", except where a request
/// sets the time and this one set none (NIS2 Art 23(4)(c), CRA Art 14(6): never late).
fn no_due_time(l: &Localizer, counting: &str) -> String {
    if counting == "set-by-request" {
        l.text("reg-on-request-no-time")
    } else {
        l.text("reg-no-due-time")
    }
}

pub fn what_if_text(l: &Localizer, w: &WhatIf, tz: Tz) -> String {
    let due = |d: Option<Ts>, counting: &str| match d {
        Some(d) => d.local_minute_in(tz),
        None => no_due_time(l, counting),
    };
    let mut out = vec![l.msg(
        "what-if-header",
        &[
            ("title", w.pack.title.clone()),
            ("act", w.pack.act.clone()),
            ("date", w.pack.date.clone()),
            ("url", w.pack.source_url.clone()),
        ],
    )];
    if w.incidents.is_empty() {
        out.push(l.text("cli-no-obligations"));
    }
    for i in &w.incidents {
        out.push(String::new());
        out.push(l.msg("what-if-incident", &[("id", i.incident.to_string())]));
        let mut t = Table::new(
            [
                "reg-header-regime",
                "reg-header-kind",
                "reg-header-recipient",
                "what-if-header-now",
                "reg-header-status",
                "what-if-header-proposal",
                "what-if-header-difference",
            ]
            .iter()
            .map(|id| l.text(id))
            .collect(),
        );
        for o in &i.obligations {
            let would = match &o.would {
                Would::Due { due_at } => due(*due_at, &o.counting),
                Would::NotOwed => l.text("what-if-not-owed"),
                Would::NewlyOwed { due_at } => {
                    l.msg("what-if-newly-owed", &[("due", due(*due_at, &o.counting))])
                }
            };
            let difference = match o.difference_hours {
                Some(h) if h != 0 => format!("{h:+} h"),
                _ => "—".to_string(),
            };
            t.row(vec![
                l.text(&o.regime.label_id()),
                l.text(&o.kind.label_id()),
                o.recipient_name
                    .clone()
                    .unwrap_or_else(|| o.recipient.clone()),
                due(o.due_at, &o.counting),
                l.text(&o.status.label_id()),
                would,
                difference,
            ]);
        }
        out.push(t.render());
    }
    out.join("\n")
}

pub fn enisa_text(l: &Localizer, r: &EnisaResult) -> String {
    let band = l.text(&format!("enisa-band-{}", r.band.replace('_', "-")));
    format!(
        "{}\n{}",
        l.msg(
            "enisa-result",
            &[("score", r.score.clone()), ("band", band)]
        ),
        r.arithmetic
    )
}

pub fn risk(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &RiskCmd) -> Result<(), Failure> {
    let RiskCmd::Enisa(a) = cmd;
    let input = enisa_input(a);
    let result = enisa::compute(&input)?;
    if let Some(incident) = &a.incident {
        let mut reg = open(cli, ctx)?;
        let id = reg.resolve_incident(incident)?;
        reg.assess(
            id,
            &AssessmentInput {
                enisa: Some(input),
                ..Default::default()
            },
        )?;
    }
    let l = ctx.localizer();
    p.emit(&result, || enisa_text(l, &result));
    Ok(())
}

fn enisa_input(a: &EnisaArgs) -> EnisaInput {
    EnisaInput {
        dpc: a.dpc.clone(),
        dpc_adjust: a.dpc_adjust.clone(),
        ei: a.ei.clone(),
        cb_confidentiality: a.cb_confidentiality.clone(),
        cb_integrity: a.cb_integrity.clone(),
        cb_availability: a.cb_availability.clone(),
        malicious: a.malicious,
    }
}
