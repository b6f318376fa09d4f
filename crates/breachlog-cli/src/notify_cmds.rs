//! Notification drafts, the authority registry and the authority contact log.

use breachlog_core::domain::Language;
use breachlog_core::format;
use breachlog_core::i18n::Localizer;
use breachlog_core::regulation::templates::Draft;
use breachlog_core::regulation::{
    authorities, ContactInput, PreservationChange, PreservationInput,
};
use breachlog_core::validate;
use serde_json::json;

use crate::args::Cli;
use crate::commands::{open, Context};
use crate::output::{Printer, Table};
use crate::regulation_args::{AuthorityCmd, NotifyCmd};
use crate::Failure;

/// A draft as blocks: each field on its own, ready to copy into an online form.
pub fn draft_text(l: &Localizer, d: &Draft) -> String {
    let mut out = format!("{}\n", d.title);
    for s in &d.sections {
        out.push_str(&format!("\n## {}\n", s.title));
        for f in &s.fields {
            let value = if f.value.trim().is_empty() {
                "—".to_string()
            } else {
                f.value.clone()
            };
            if d.edited.contains(&f.id) {
                out.push_str(&format!(
                    "\n[{}] ({})\n{}\n",
                    f.label,
                    l.text("cli-letter-edited"),
                    value
                ));
            } else {
                out.push_str(&format!("\n[{}]\n{}\n", f.label, value));
            }
        }
    }
    // A DORA report lists its missing fields by number (Annex II): named by their labels.
    let numbered = !d.missing.is_empty() && d.missing.iter().all(|m| m.contains('.'));
    if numbered {
        let items: Vec<String> = d
            .fields()
            .filter(|f| d.missing.contains(&f.id))
            .map(|f| f.label.clone())
            .collect();
        out.push_str(&format!("\n{}:\n", l.text("draft-missing-title")));
        for i in items {
            out.push_str(&format!("- {i}\n"));
        }
    } else if !d.missing.is_empty() {
        let items: Vec<String> = d.missing.iter().map(|m| l.field(m)).collect();
        out.push('\n');
        out.push_str(&l.msg("cli-missing-art33", &[("items", items.join(", "))]));
    }
    if !d.unanswered.is_empty() {
        let items: Vec<String> = d.unanswered.iter().map(|m| l.field(m)).collect();
        out.push('\n');
        out.push_str(&l.msg("cli-unanswered", &[("items", items.join(", "))]));
    }
    out.trim_end().to_string()
}

/// What changed since the latest filing to the draft's recipient, under a heading (empty
/// before any filing); shown above the draft.
pub fn changes_text(l: &Localizer, d: &Draft, tz: chrono_tz::Tz) -> String {
    let Some(since) = &d.since_filing else {
        return String::new();
    };
    let date = since.at.local_date_in(tz);
    let args = [("date", date)];
    if !since.snapshot {
        return format!("{}\n\n", l.msg("draft-no-snapshot", &args));
    }
    if since.redacted {
        return format!("{}\n\n", l.msg("draft-snapshot-redacted", &args));
    }
    if d.changed_since_filing.is_empty() {
        return format!("{}\n\n", l.msg("draft-changed-none", &args));
    }
    let absent = l.text("draft-change-absent");
    let shown = |v: &Option<String>| match v.as_deref() {
        None => absent.clone(),
        Some(t) if t.trim().is_empty() => "—".to_string(),
        Some(t) => t.to_string(),
    };
    let mut out = format!("## {}\n", l.msg("draft-changed-since", &args));
    for c in &d.changed_since_filing {
        out.push_str(&format!(
            "\n[{}]\n{}: {}\n{}: {}\n",
            c.label,
            l.text("draft-change-before"),
            shown(&c.before),
            l.text("draft-change-after"),
            shown(&c.after),
        ));
    }
    out.push('\n');
    out
}

pub fn notify(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &NotifyCmd) -> Result<(), Failure> {
    let global = cli.lang.as_deref().and_then(|l| l.parse::<Language>().ok());
    let mut reg = open(cli, ctx)?;
    let org_language = reg.org()?.language;
    if let NotifyCmd::Missing { id } = cmd {
        let id = reg.resolve_incident(id)?;
        let mut list = Vec::new();
        for ob in reg.obligations(Some(id), breachlog_core::Ts::now())? {
            if ob.status == breachlog_core::register::regulation::ObligationStatus::NotRequired {
                continue;
            }
            list.push(reg.filing_requirements(&ob.id.to_string(), global)?);
        }
        let l = Localizer::new(global.unwrap_or(org_language));
        reg.record_access()?;
        p.emit(&list, || {
            let mut out = String::new();
            for r in &list {
                let stage = r
                    .stage
                    .map(|s| format!(" ({})", l.text(&format!("app-dora-stage-{}", s.as_str()))))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "{} · {}{} — {}\n",
                    l.text(&r.regime.label_id()),
                    l.text(&r.kind.label_id()),
                    stage,
                    r.basis
                ));
                if r.missing.is_empty() {
                    out.push_str(&format!("  {}\n", l.text("cli-nothing-missing")));
                } else {
                    let head = if r.blocking {
                        "cli-missing-blocking"
                    } else {
                        "cli-missing-shown"
                    };
                    out.push_str(&format!("  {}\n", l.text(head)));
                    for f in &r.missing {
                        out.push_str(&format!("  - {}\n", f.label));
                    }
                }
            }
            out.trim_end().to_string()
        });
        return Ok(());
    }
    let draft = match cmd {
        NotifyCmd::Missing { .. } => return Ok(()),
        NotifyCmd::Draft {
            id,
            authority,
            draft_lang,
        } => {
            let id = reg.resolve_incident(id)?;
            let wanted = match draft_lang {
                Some(l) => Some(validate::language("draft_lang", l)?),
                // The global --lang applies when the authority accepts it; else its own language.
                None => global.filter(|g| {
                    authorities::find("authority", authority)
                        .is_ok_and(|a| a.draft_language(Some(*g)).is_ok())
                }),
            };
            reg.notify_draft(id, authority, wanted)?
        }
        NotifyCmd::Subjects { id, draft_lang } => {
            let id = reg.resolve_incident(id)?;
            let lang = match draft_lang {
                Some(l) => validate::language("draft_lang", l)?,
                None => global.unwrap_or(org_language),
            };
            reg.subject_communication(id, lang)?
        }
        NotifyCmd::SubjectsEdit {
            id,
            draft_lang,
            set,
            reset,
        } => {
            let id = reg.resolve_incident(id)?;
            let lang = match draft_lang {
                Some(l) => validate::language("draft_lang", l)?,
                None => global.unwrap_or(org_language),
            };
            let mut pairs = Vec::new();
            for item in set {
                let Some((field, text)) = item.split_once('=') else {
                    return Err(breachlog_core::Error::invalid(
                        "set",
                        breachlog_core::Reason::UnknownValue {
                            allowed: "FIELD=TEXT".into(),
                        },
                    )
                    .into());
                };
                pairs.push((field.trim().to_string(), text.to_string()));
            }
            reg.edit_subjects_letter(id, lang, &pairs, reset)?
        }
        NotifyCmd::Controller {
            id,
            controller,
            draft_lang,
        } => {
            let id = reg.resolve_incident(id)?;
            let lang = match draft_lang {
                Some(l) => validate::language("draft_lang", l)?,
                None => global.unwrap_or(org_language),
            };
            reg.controller_notice(id, controller, lang)?
        }
        NotifyCmd::Cra {
            id,
            report,
            draft_lang,
        } => {
            let id = reg.resolve_incident(id)?;
            let stage =
                breachlog_core::register::regulation::templates::CraStage::parse("report", report)?;
            let lang = match draft_lang {
                Some(l) => validate::language("draft_lang", l)?,
                None => global.unwrap_or(org_language),
            };
            reg.cra_draft(id, stage, Some(lang))?
        }
        NotifyCmd::Nis2 {
            id,
            stage,
            channel,
            draft_lang,
        } => {
            let id = reg.resolve_incident(id)?;
            let stage =
                breachlog_core::register::regulation::templates::Nis2Stage::parse("stage", stage)?;
            // The channel's own language unless --draft-lang asks for another (the global
            // --lang is the language of messages, not of the form).
            let lang = match draft_lang {
                Some(l) => Some(validate::language("draft_lang", l)?),
                None => None,
            };
            reg.nis2_draft(id, stage, channel.as_deref(), lang)?
        }
        NotifyCmd::Dora {
            id,
            stage,
            draft_lang,
        } => {
            let id = reg.resolve_incident(id)?;
            let stage =
                breachlog_core::register::regulation::templates::DoraStage::parse("stage", stage)?;
            let lang = match draft_lang {
                Some(l) => validate::language("draft_lang", l)?,
                None => global.unwrap_or(org_language),
            };
            reg.dora_draft(id, stage, Some(lang))?
        }
    };
    let l = Localizer::new(draft.language);
    let tz = reg.org()?.tz();
    reg.record_access()?;
    p.emit(&draft, || {
        let mut out = changes_text(&l, &draft, tz);
        out.push_str(&draft_text(&l, &draft));
        out
    });
    Ok(())
}

pub fn authority(
    cli: &Cli,
    ctx: &mut Context,
    p: &Printer,
    cmd: &AuthorityCmd,
) -> Result<(), Failure> {
    match cmd {
        AuthorityCmd::List => {
            let all = authorities::all()?;
            let l = ctx.localizer();
            p.emit(&all, || {
                let mut t = Table::plain();
                for a in all.iter() {
                    t.row(vec![
                        a.id.clone(),
                        a.country.clone(),
                        a.languages.join("/"),
                        format!("{} — {}", a.name, a.website),
                    ]);
                }
                let mut out = t.render();
                // Each authority's channel: what was confirmed, and where.
                let unknown = l.text("cli-authority-unconfirmed");
                for a in all.iter() {
                    let v = |o: &Option<String>| o.clone().unwrap_or_else(|| unknown.clone());
                    let attachments = match a.accepts_attachments {
                        Some(b) => l.text(if b { "tpl-yes" } else { "tpl-no" }),
                        None => unknown.clone(),
                    };
                    let mut languages = a.languages.join(", ");
                    if a.unconfirmed.iter().any(|u| u == "languages") {
                        languages.push_str(&format!(" ({unknown})"));
                    }
                    out.push_str(&format!(
                        "\n\n{} ({})\n  {}: {}\n  {}: {}\n  {}: {}\n  {}: {}\n  {}: {}\n  {}: {}",
                        a.short,
                        a.id,
                        l.text("cli-authority-portal"),
                        v(&a.portal_url),
                        l.text("cli-authority-phone"),
                        v(&a.phone),
                        l.text("cli-authority-address"),
                        v(&a.postal_address),
                        l.text("cli-authority-languages"),
                        languages,
                        l.text("cli-authority-attachments"),
                        attachments,
                        l.msg("cli-authority-source", &[("checked", a.checked.clone())]),
                        a.source,
                    ));
                }
                out
            });
        }
        AuthorityCmd::Log(a) => {
            let mut reg = open(cli, ctx)?;
            let c = reg.log_authority_contact(&ContactInput {
                authority: a.authority.clone(),
                direction: a.direction.clone(),
                at: a.at.clone(),
                subject: a.subject.clone(),
                reference: a.reference.clone(),
                response_due_at: a.response_due.clone(),
                incident: a.incident.clone(),
                answers: a.answers.clone(),
                order: a.order.clone(),
                issuer: a.issuer.clone(),
                issuer_country: a.issuer_country.clone(),
            })?;
            let l = ctx.localizer();
            p.emit(&json!({ "id": c.id }), || {
                l.msg("cli-contact-logged", &[("id", c.id.to_string())])
            });
        }
        AuthorityCmd::Contacts { incident } => {
            let mut reg = open(cli, ctx)?;
            let incident = incident
                .as_deref()
                .map(|i| reg.resolve_incident(i))
                .transpose()?;
            let list = reg.authority_contacts(incident)?;
            let tz = reg.org()?.tz();
            reg.record_access()?;
            let l = ctx.localizer();
            p.emit(&list, || {
                if list.is_empty() {
                    return l.text("cli-no-contacts");
                }
                let mut t = Table::plain();
                for c in &list {
                    let due = c
                        .response_due_at
                        .map(|d| format!(" → {}", d.local_minute_in(tz)))
                        .unwrap_or_default();
                    let (who, what) = match &c.order {
                        Some(o) => {
                            let until = match (o.preserve_until, o.released_at) {
                                (_, Some(r)) => format!(
                                    " · {} {}",
                                    l.text("preservation-change-released"),
                                    r.local_minute_in(tz)
                                ),
                                (Some(u), None) => format!(
                                    " · {}",
                                    l.msg("cli-preserve-until", &[("date", u.local_minute_in(tz))])
                                ),
                                (None, None) => String::new(),
                            };
                            (
                                format!("{} ({})", o.issuer, o.issuer_country),
                                format!("{}{until}", l.text(&o.kind.label_id())),
                            )
                        }
                        None => (c.authority.clone(), l.text(&c.direction.label_id())),
                    };
                    t.row(vec![
                        format::short(&c.id.to_string()),
                        c.at.local_minute_in(tz),
                        who,
                        what,
                        format!("{}{due}", c.subject),
                    ]);
                }
                t.render()
            });
        }
        AuthorityCmd::Preservation {
            contact,
            change,
            at,
        } => {
            let mut reg = open(cli, ctx)?;
            let c = reg.change_preservation(&PreservationInput {
                contact: contact.clone(),
                change: change.clone(),
                at: at.clone(),
            })?;
            let tz = reg.org()?.tz();
            let l = ctx.localizer();
            p.emit(&c, || {
                let until = c
                    .order
                    .as_ref()
                    .and_then(|o| o.preserve_until)
                    .map(|u| l.msg("cli-preserve-until", &[("date", u.local_minute_in(tz))]))
                    .unwrap_or_default();
                format!(
                    "{} {until}",
                    l.msg(
                        "cli-preservation-changed",
                        &[
                            ("id", format::short(&c.id.to_string())),
                            (
                                "change",
                                change
                                    .parse::<PreservationChange>()
                                    .map(|c| l.text(&c.label_id()))
                                    .unwrap_or_default(),
                            ),
                        ]
                    )
                )
                .trim_end()
                .to_string()
            });
        }
    }
    Ok(())
}
