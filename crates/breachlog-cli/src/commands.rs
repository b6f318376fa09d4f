//! One function per command: parse nothing here (clap did), call the core, print.

use std::path::PathBuf;

use breachlog_core::domain::Language;
use breachlog_core::i18n::{Arg, Localizer};
use breachlog_core::journal::{verify_jsonl, ExpectHead, VerifyReport};
use breachlog_core::query::IncidentFilter;
use breachlog_core::register::{
    self, AssessmentInput, IncidentInput, InitOptions, OrgInput, SettingsInput,
};
use breachlog_core::views::IncidentDetail;
use breachlog_core::{format, Error, IntegrityError, Reason, Register, Ts, UnlockMethod};
use serde_json::json;

use crate::args::{
    ActionCmd, AssessArgs, BreachCmd, Cli, Command, EvidenceCmd, ExportCmd, IncidentCmd,
    IncidentFields, OrgCmd, SettingsCmd,
};
use crate::output::{self, Printer};
use crate::{notify_cmds, regulation_cmds, unlock, Failure};

pub struct Context {
    pub(crate) lang: Option<Language>,
    pub(crate) l10n: Localizer,
}

impl Context {
    pub fn new(_cli: &Cli, lang: Option<Language>) -> Self {
        Context {
            lang,
            l10n: Localizer::new(lang.unwrap_or(Language::En)),
        }
    }

    pub fn localizer(&self) -> &Localizer {
        &self.l10n
    }

    /// After unlocking: use the organisation's language unless one was asked for.
    fn adopt_org_language(&mut self, reg: &Register) {
        if self.lang.is_none() {
            if let Ok(org) = reg.org() {
                self.l10n = Localizer::new(org.language);
            }
        }
    }
}

pub(crate) fn actor(cli: &Cli) -> String {
    cli.actor
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("LOGNAME").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .filter(|a| !a.trim().is_empty())
        .unwrap_or_else(|| "unknown".into())
}

pub(crate) fn db_path(cli: &Cli) -> PathBuf {
    cli.db.clone().unwrap_or_else(register::default_path)
}

pub(crate) fn open(cli: &Cli, ctx: &mut Context) -> Result<Register, Failure> {
    let db = db_path(cli);
    if !db.exists() {
        return Err(Error::RegisterMissing(db).into());
    }
    let method = unlock::method(cli, &db, &ctx.l10n)?;
    let used_keyring = matches!(method, UnlockMethod::Keyring);
    let reg = match Register::open(&db, method, &actor(cli), "cli") {
        // A keyring that cannot be reached falls back to the passphrase prompt.
        Err(Error::Keyring(_) | Error::NoKey) if used_keyring => Register::open(
            &db,
            unlock::prompt_passphrase(&ctx.l10n)?,
            &actor(cli),
            "cli",
        )?,
        other => other?,
    };
    ctx.adopt_org_language(&reg);
    remind_about_keys(cli, ctx, &reg);
    Ok(reg)
}

/// On a terminal: reminds that the recovery key is unconfirmed, and after an unlock with the
/// recovery key, that a new passphrase should be set. Scripts (`--json`, no terminal) are
/// left alone.
fn remind_about_keys(cli: &Cli, ctx: &Context, reg: &Register) {
    use std::io::IsTerminal;
    if cli.json || !std::io::stderr().is_terminal() {
        return;
    }
    let key_cmd = matches!(&cli.command, Command::Key(_));
    if !reg.recovery_confirmed() && !key_cmd {
        eprintln!("{}", ctx.l10n.text("cli-recovery-unconfirmed"));
    }
    if reg.unlocked_with() == "recovery_key" && !key_cmd {
        eprintln!("{}", ctx.l10n.text("cli-recovery-used"));
    }
}

pub fn run(cli: &Cli, ctx: &mut Context) -> Result<(), Failure> {
    let p = Printer::new(cli.json);
    match &cli.command {
        Command::Init(a) => {
            let db = db_path(cli);
            let passphrase = if a.no_passphrase {
                None
            } else {
                Some(unlock::new_passphrase(cli, &ctx.l10n)?)
            };
            let opts = InitOptions {
                org: OrgInput {
                    name: a.org_name.clone(),
                    address: a.address.clone(),
                    contact_point: a.contact_point.clone(),
                    default_role: a.role.clone(),
                    timezone: a.timezone.clone(),
                    language: a.language.clone(),
                    lead_authority: a.lead_authority.clone(),
                    regimes: a.regimes.clone(),
                    ..Default::default()
                },
                passphrase,
                keyring: a.keyring,
                actor: actor(cli),
            };
            let (reg, recovery) = Register::init(&db, opts)?;
            ctx.adopt_org_language(&reg);
            let path = reg.path().display().to_string();
            p.emit(
                &json!({"register": path, "recovery_key": recovery.as_str(), "keyring": a.keyring}),
                || {
                    let mut out = vec![
                        ctx.l10n.msg("cli-init-done", &[("path", path.clone())]),
                        ctx.l10n
                            .msg("cli-recovery-key", &[("key", recovery.to_string())]),
                    ];
                    if a.keyring {
                        out.push(ctx.l10n.text("cli-keyring-stored"));
                    }
                    out.join("\n")
                },
            );
        }
        Command::Incident(cmd) => incident(cli, ctx, &p, cmd)?,
        Command::Breach(b) => {
            let a = match b.as_ref() {
                BreachCmd::Assess(a) => a.as_ref(),
                BreachCmd::Impact(i) => return regulation_cmds::impact(cli, ctx, &p, i),
            };
            let mut reg = open(cli, ctx)?;
            let id = reg.resolve_incident(&a.id)?;
            reg.assess(id, &assessment_input(a))?;
            let detail = IncidentDetail::load(&reg, id, Ts::now())?;
            let obligations = regulation_cmds::obligations_text(&reg, &ctx.l10n, id)?;
            p.emit(&detail, || {
                let mut text = ctx.l10n.msg(
                    "cli-breach-assessed",
                    &[("id", format::short(&id.to_string()))],
                );
                if let Some(o) = &obligations {
                    text.push('\n');
                    text.push_str(o);
                }
                if let Some(g) = detail.clock_gap {
                    text.push('\n');
                    text.push_str(&ctx.l10n.text(&g.label_id()));
                }
                if !detail.missing_art33.is_empty() && detail.incident.is_breach() {
                    let items: Vec<String> = detail
                        .missing_art33
                        .iter()
                        .map(|m| ctx.l10n.field(m.as_str()))
                        .collect();
                    text.push('\n');
                    text.push_str(
                        &ctx.l10n
                            .msg("cli-missing-art33", &[("items", items.join(", "))]),
                    );
                }
                text
            });
        }
        Command::Org(OrgCmd::Show) => {
            let mut reg = open(cli, ctx)?;
            let org = reg.org()?;
            reg.record_access()?;
            p.emit(&org, || output::org(&ctx.l10n, &org));
        }
        Command::Org(OrgCmd::Set(a)) => {
            let mut reg = open(cli, ctx)?;
            let org = reg.update_org(&OrgInput {
                name: a.name.clone(),
                address: a.address.clone(),
                contact_point: a.contact_point.clone(),
                default_role: a.role.clone(),
                timezone: a.timezone.clone(),
                language: a.language.clone(),
                lead_authority: a.lead_authority.clone(),
                regimes: a.regimes.clone(),
                dora_entity_type: a.dora_entity_type.clone(),
                nis2_entity: a.nis2_entity.clone(),
                legal_representative_name: a.legal_representative.clone(),
                legal_representative_role: a.legal_representative_role.clone(),
                registration_number: a.registration_number.clone(),
                dpo_name: a.dpo_name.clone(),
                dpo_email: a.dpo_email.clone(),
                dpo_phone: a.dpo_phone.clone(),
                lei: a.lei.clone(),
                dora_contact_name: a.dora_contact_name.clone(),
                dora_contact_email: a.dora_contact_email.clone(),
                dora_contact_phone: a.dora_contact_phone.clone(),
                dora_second_contact_name: a.dora_second_contact_name.clone(),
                dora_second_contact_email: a.dora_second_contact_email.clone(),
                dora_second_contact_phone: a.dora_second_contact_phone.clone(),
                parent_undertaking_name: a.parent_undertaking.clone(),
                parent_undertaking_lei: a.parent_lei.clone(),
                reporting_currency: a.reporting_currency.clone(),
            })?;
            p.emit(&org, || ctx.l10n.text("cli-org-updated"));
        }
        Command::Settings(SettingsCmd::Show) => {
            let mut reg = open(cli, ctx)?;
            let s = reg.settings()?;
            reg.record_access()?;
            p.emit(&s, || serde_json::to_string_pretty(&s).unwrap_or_default());
        }
        Command::Settings(SettingsCmd::Set {
            aware_gap_hours,
            idle_lock_minutes,
            notify_thresholds_hours,
            notify_show_titles,
            backup_folder,
            backup_interval_hours,
            backup_keep,
            retention_months,
            retention,
        }) => {
            let retention_by_category = retention_pairs(retention)?;
            let mut reg = open(cli, ctx)?;
            let s = reg.update_settings(&SettingsInput {
                aware_gap_hours: *aware_gap_hours,
                idle_lock_minutes: *idle_lock_minutes,
                notify_thresholds_hours: notify_thresholds_hours.clone(),
                notify_show_titles: *notify_show_titles,
                backup_folder: backup_folder.clone(),
                backup_interval_hours: *backup_interval_hours,
                backup_keep: *backup_keep,
                retention_months: *retention_months,
                retention_by_category,
            })?;
            p.emit(&s, || serde_json::to_string_pretty(&s).unwrap_or_default());
        }
        Command::Log { id } => {
            let mut reg = open(cli, ctx)?;
            let subject = id.as_deref().map(|i| reg.resolve_incident(i)).transpose()?;
            reg.record_access()?;
            let events = reg.events_opened(subject)?;
            let tz = reg.org()?.tz();
            p.emit(&events, || output::timeline(&ctx.l10n, &events, tz));
        }
        Command::Verify(a) => {
            if let Some(dir) = &a.bundle {
                return crate::report_cmds::verify_bundle(ctx, &p, dir);
            }
            let expect = a
                .expect_head
                .as_deref()
                .map(|h| {
                    ExpectHead::parse(h)
                        .ok_or_else(|| Error::invalid("expect_head", Reason::NotAnId))
                })
                .transpose()?;
            let reference =
                |path: &std::path::PathBuf| -> Result<std::io::BufReader<std::fs::File>, Error> {
                    std::fs::File::open(path)
                        .map(std::io::BufReader::new)
                        .map_err(|e| Error::io(path, e))
                };
            let mut witness = None;
            if let Some(url) = &a.server {
                return verify_output(&p, ctx, breachlog_team::verify_server(url, expect), None);
            }
            let result: Result<VerifyReport, Error> = match &a.journal {
                Some(path) => {
                    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
                    verify_jsonl(std::io::BufReader::new(file), expect)
                        .map_err(Error::from)
                        .and_then(|r| {
                            if let Some(refp) = &a.compare_with {
                                let current = reference(path)?;
                                breachlog_core::journal::compare_with_reference(
                                    breachlog_core::journal::jsonl_hashes(current),
                                    reference(refp)?,
                                )?;
                            }
                            Ok(r)
                        })
                }
                None => {
                    let mut reg = open(cli, ctx)?;
                    let result = reg.verify(expect).and_then(|r| {
                        if let Some(refp) = &a.compare_with {
                            reg.compare_with_reference(reference(refp)?)?;
                        }
                        if let Some(cp) = &a.checkpoint {
                            witness = Some(reg.verify_checkpoint_file(cp)?);
                        }
                        Ok(r)
                    });
                    if result.is_ok() {
                        reg.record_access()?;
                    }
                    result
                }
            };
            return verify_output(&p, ctx, result, witness);
        }
        Command::Backup(cmd) => return crate::admin_cmds::backup(cli, ctx, &p, cmd),
        Command::Key(cmd) => return crate::admin_cmds::key(cli, ctx, &p, cmd),
        Command::Report(cmd) => crate::report_cmds::report(cli, ctx, &p, cmd)?,
        Command::VerifyReport(a) => crate::report_cmds::verify_report(cli, ctx, &p, a)?,
        Command::Export(ExportCmd::Register {
            format,
            out,
            headers,
        }) => crate::report_cmds::export_register(cli, ctx, &p, format, out, headers)?,
        Command::Export(ExportCmd::Bundle { out }) => {
            crate::report_cmds::export_bundle(cli, ctx, &p, out)?
        }
        Command::Obligations(a) => regulation_cmds::obligations(cli, ctx, &p, a)?,
        Command::Controller(c) => regulation_cmds::controller(cli, ctx, &p, c)?,
        Command::Obligation(c) => regulation_cmds::obligation(cli, ctx, &p, c)?,
        Command::Filing(c) => regulation_cmds::filing(cli, ctx, &p, c)?,
        Command::Rules(c) => regulation_cmds::rules(cli, ctx, &p, c)?,
        Command::Risk(c) => regulation_cmds::risk(cli, ctx, &p, c)?,
        Command::Notify(c) => notify_cmds::notify(cli, ctx, &p, c)?,
        Command::Authority(c) => notify_cmds::authority(cli, ctx, &p, c)?,
        Command::Retention(c) => crate::retention_cmds::retention(cli, ctx, &p, c)?,
        Command::Proof(c) => crate::anchor_cmds::proof(cli, ctx, &p, c)?,
        Command::Anchor(c) => crate::anchor_cmds::anchor(cli, ctx, &p, c)?,
        Command::Team(c) => crate::team_cmds::team(cli, ctx, &p, c)?,
        Command::Sync => crate::team_cmds::sync(cli, ctx, &p)?,
        Command::Export(ExportCmd::Journal { out }) => {
            let mut reg = open(cli, ctx)?;
            let report = reg.export_journal(out)?;
            let path = out.display().to_string();
            p.emit(
                &json!({"path": path, "events": report.events, "head_seq": report.head_seq, "head_hash": report.head_hash}),
                || {
                    ctx.l10n.msg(
                        "cli-exported",
                        &[("events", Arg::from(report.events)), ("path", Arg::from(path.clone())), ("hash", Arg::from(report.head_hash.clone()))],
                    )
                },
            );
        }
    }
    Ok(())
}

/// `--retention CATEGORY=MONTHS` values (the core checks category and range).
fn retention_pairs(
    values: &[String],
) -> Result<Option<std::collections::BTreeMap<String, i64>>, Error> {
    if values.is_empty() {
        return Ok(None);
    }
    let mut map = std::collections::BTreeMap::new();
    for v in values {
        let (cat, months) = v
            .split_once('=')
            .ok_or_else(|| Error::invalid("retention", Reason::NotANumber))?;
        let months: i64 = months
            .trim()
            .parse()
            .map_err(|_| Error::invalid("retention", Reason::NotANumber))?;
        map.insert(cat.trim().to_string(), months);
    }
    Ok(Some(map))
}

pub(crate) fn verify_output(
    p: &Printer,
    ctx: &Context,
    result: Result<VerifyReport, Error>,
    witness: Option<breachlog_core::register::checkpoints::WitnessReport>,
) -> Result<(), Failure> {
    match result {
        Ok(r) => {
            p.emit(
                &json!({"ok": true, "events": r.events, "head_seq": r.head_seq, "head_hash": r.head_hash,
                        "merkle_root": r.merkle_root, "tree_size": r.tree_size,
                        "checkpoints": r.checkpoints, "timestamps": r.timestamps,
                        "witnessed_checkpoint": witness,
                        "redactions": r.redactions, "error": null}),
                || {
                    let mut out = ctx.l10n.msg(
                        "cli-verify-ok",
                        &[("events", Arg::from(r.events)), ("seq", Arg::from(r.head_seq.to_string())), ("hash", Arg::from(r.head_hash.clone()))],
                    );
                    if !r.checkpoints.is_empty() {
                        out.push('\n');
                        out.push_str(&ctx.l10n.msg(
                            "cli-verify-checkpoints",
                            &[("count", Arg::from(r.checkpoints.len()))],
                        ));
                    }
                    if !r.timestamps.is_empty() {
                        out.push('\n');
                        out.push_str(&ctx.l10n.msg(
                            "cli-verify-timestamps",
                            &[("count", Arg::from(r.timestamps.len()))],
                        ));
                    }
                    if let Some(w) = &witness {
                        out.push('\n');
                        out.push_str(&ctx.l10n.msg(
                            "cli-verify-witnessed",
                            &[
                                ("size", Arg::from(w.size.to_string())),
                                ("root", Arg::from(w.root.clone())),
                                ("now", Arg::from(w.journal_size.to_string())),
                            ],
                        ));
                    }
                    for x in &r.redactions {
                        out.push('\n');
                        out.push_str(&ctx.l10n.msg(
                            "cli-verify-redaction",
                            &[
                                ("seq", Arg::from(x.seq.to_string())),
                                ("incident", Arg::from(x.incident.map(|i| i.to_string()).unwrap_or_default())),
                                ("date", Arg::from(x.ts.to_string().chars().take(10).collect::<String>())),
                                ("fields", Arg::from(x.fields)),
                                ("events", Arg::from(x.events.len())),
                                ("reason", Arg::from(x.reason.clone())),
                            ],
                        ));
                    }
                    out
                },
            );
            Ok(())
        }
        Err(Error::Integrity(IntegrityError { seq, reason })) => {
            let e = Error::Integrity(IntegrityError {
                seq,
                reason: reason.clone(),
            });
            if p.json {
                let good = seq.saturating_sub(1);
                crate::output::line(
                    &json!({"ok": false, "events": good, "head_seq": good, "head_hash": null,
                           "error": {"seq": seq, "reason": reason.code()}})
                    .to_string(),
                );
            } else {
                eprintln!("breachlog: {}", ctx.l10n.error(&e));
            }
            Err(Failure::Integrity)
        }
        Err(other) => Err(other.into()),
    }
}

fn incident_input(f: &IncidentFields, exercise: Option<bool>) -> IncidentInput {
    IncidentInput {
        title: f.title.clone(),
        description: f.description.clone(),
        category: f.category.clone(),
        vuln_class: f.vuln_class.clone(),
        source: f.source.clone(),
        severity: f.severity.clone(),
        affected_systems: f.affected_systems.clone(),
        owner: f.owner.clone(),
        occurred_at: f.occurred_at.clone(),
        detected_at: f.detected_at.clone(),
        exercise,
        corrective_measure_at: None,
        recovered_at: None,
    }
}

fn assessment_input(a: &AssessArgs) -> AssessmentInput {
    AssessmentInput {
        personal_data: a.personal_data.clone(),
        aware_at: a.aware_at.clone(),
        aware_justification: a.aware_justification.clone(),
        role: a.role.clone(),
        nature: a.nature.clone(),
        data_categories: a.data_categories.clone(),
        special_categories: a.special_categories.clone(),
        subject_categories: a.subject_categories.clone(),
        subjects_approx: a.subjects_approx.clone(),
        subjects_estimate: a.subjects_estimate,
        records_approx: a.records_approx.clone(),
        records_estimate: a.records_estimate,
        consequences: a.consequences.clone(),
        measures_taken: a.measures.clone(),
        measures_proposed: a.measures_proposed.clone(),
        contact_point: a.contact_point.clone(),
        risk: a.risk.clone(),
        risk_reasoning: a.risk_reasoning.clone(),
        decision: a.decision.clone(),
        decision_rationale: a.decision_rationale.clone(),
        decided_at: a.decided_at.clone(),
        controllers: a.controllers.clone(),
        authorities: a.authorities.clone(),
        art34_exemption: a.art34_exemption.clone(),
        art34_justification: a.art34_justification.clone(),
        enisa: None,
        ongoing: a.ongoing.clone(),
        encrypted: a.encrypted.clone(),
        subjects_min: a.subjects_min.clone(),
        subjects_max: a.subjects_max.clone(),
        severity_estimate: a.severity_estimate.clone(),
        other_organisation: a.other_organisation.clone(),
        legal_basis: a.legal_basis.clone(),
        notification_kind: a.notification_type.clone(),
        dora_answers: (!a.dora.is_empty()).then(|| a.dora.clone()),
        cra_answers: (!a.cra.is_empty()).then(|| a.cra.clone()),
        nis2_answers: (!a.nis2.is_empty()).then(|| a.nis2.clone()),
    }
}

fn incident(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &IncidentCmd) -> Result<(), Failure> {
    match cmd {
        IncidentCmd::Classify(a) => return regulation_cmds::classify(cli, ctx, p, a),
        IncidentCmd::Regimes(a) => return regulation_cmds::incident_regimes(cli, ctx, p, a),
        _ => {}
    }
    let mut reg = open(cli, ctx)?;
    let l = &ctx.l10n;
    match cmd {
        IncidentCmd::New(f) => {
            if f.title.is_none() {
                return Err(Error::invalid("title", Reason::Empty).into());
            }
            let i = reg.create_incident(&incident_input(f, Some(f.exercise)))?;
            p.emit(&i, || {
                l.msg(
                    "cli-incident-created",
                    &[("id", i.id.to_string()), ("title", i.title.clone())],
                )
            });
        }
        IncidentCmd::List {
            status,
            breach,
            risk,
            search,
            detected_from,
            detected_to,
            limit,
            sort,
        } => {
            let filter = IncidentFilter {
                sort: sort.parse()?,
                status: status.clone(),
                breach: breach.then_some(true),
                risk: risk.clone(),
                text: search.clone(),
                detected_from: detected_from.clone(),
                detected_to: detected_to.clone(),
                limit: Some(*limit),
                ..Default::default()
            };
            let page = reg.list_incidents(&filter)?;
            let tz = reg.org()?.tz();
            // The access is in the journal before anything is shown (a command that writes records
            // it with its own write, so that a refused operation writes nothing).
            reg.record_access()?;
            p.emit(&page.rows, || output::incident_table(l, &page, tz));
        }
        IncidentCmd::Show { id } => {
            let id = reg.resolve_incident(id)?;
            let detail = IncidentDetail::load(&reg, id, Ts::now())?;
            let tz = reg.org()?.tz();
            reg.record_access()?;
            p.emit(&detail, || output::incident_detail(l, &detail, tz));
        }
        IncidentCmd::Update {
            id,
            fields,
            not_exercise,
            corrective_measure_at,
            recovered_at,
        } => {
            let id = reg.resolve_incident(id)?;
            let exercise = if *not_exercise {
                Some(false)
            } else {
                fields.exercise.then_some(true)
            };
            let input = IncidentInput {
                corrective_measure_at: corrective_measure_at.clone(),
                recovered_at: recovered_at.clone(),
                ..incident_input(fields, exercise)
            };
            let i = reg.update_incident(id, &input)?;
            p.emit(&i, || {
                l.msg(
                    "cli-incident-updated",
                    &[("id", format::short(&i.id.to_string()))],
                )
            });
        }
        IncidentCmd::Transition {
            id,
            to,
            at,
            reason,
            note,
        } => {
            let id = reg.resolve_incident(id)?;
            let i = reg.transition(id, to, at.as_deref(), reason.as_deref(), note.as_deref())?;
            p.emit(&i, || {
                l.msg(
                    "cli-incident-transitioned",
                    &[
                        ("id", format::short(&i.id.to_string())),
                        ("status", l.status(i.status)),
                    ],
                )
            });
        }
        IncidentCmd::Action(ActionCmd::Add {
            id,
            title,
            owner,
            due,
        }) => {
            let id = reg.resolve_incident(id)?;
            let a = reg.add_action(id, title, owner.as_deref(), due.as_deref())?;
            p.emit(&a, || {
                l.msg("cli-action-added", &[("id", a.id.to_string())])
            });
        }
        IncidentCmd::Action(ActionCmd::Done { id })
        | IncidentCmd::Action(ActionCmd::Undone { id }) => {
            let done = matches!(cmd, IncidentCmd::Action(ActionCmd::Done { .. }));
            let id = reg.resolve_action(id)?;
            let a = reg.set_action_done(id, done)?;
            let msg = if done {
                "cli-action-done"
            } else {
                "cli-action-undone"
            };
            p.emit(&a, || {
                l.msg(msg, &[("id", format::short(&a.id.to_string()))])
            });
        }
        IncidentCmd::Note { id, text } => {
            let id = reg.resolve_incident(id)?;
            let n = reg.add_note(id, text)?;
            p.emit(&n, || {
                l.msg("cli-note-added", &[("id", format::short(&id.to_string()))])
            });
        }
        IncidentCmd::Evidence(cmd) => evidence(&mut reg, l, p, cmd)?,
        IncidentCmd::Classify(_) | IncidentCmd::Regimes(_) => {}
    }
    reg.record_access()?;
    Ok(())
}

/// An incident named by an id (or prefix) that matches none is refused as input naming the
/// field (`incident evidence add`): nothing is read or written.
fn input_incident(reg: &Register, text: &str) -> Result<uuid::Uuid, Error> {
    reg.resolve_incident(text).map_err(|e| match e {
        Error::NotFound { .. } => Error::invalid("incident", Reason::UnknownId),
        other => other,
    })
}

fn evidence(
    reg: &mut Register,
    l: &Localizer,
    p: &Printer,
    cmd: &EvidenceCmd,
) -> Result<(), Failure> {
    match cmd {
        EvidenceCmd::Add { id, file, note } => {
            let id = input_incident(reg, id)?;
            let e = reg.add_evidence(id, file, note.as_deref())?;
            p.emit(&e, || {
                l.msg(
                    "cli-evidence-added",
                    &[
                        ("id", Arg::from(e.id.to_string())),
                        ("size", Arg::from(format::file_size(l, e.size))),
                        ("sha256", Arg::from(e.sha256.clone())),
                    ],
                )
            });
        }
        EvidenceCmd::List { id } => {
            let id = reg.resolve_incident(id)?;
            let list = reg.evidence_list(id)?;
            let tz = reg.org()?.tz();
            reg.record_access()?;
            p.emit(&list, || output::evidence_table(l, &list, tz));
        }
        EvidenceCmd::Export { id, out, force } => {
            let id = reg.resolve_evidence(id)?;
            let w = reg.export_evidence(id, out, *force)?;
            p.emit(&w, || {
                l.msg(
                    "cli-evidence-exported",
                    &[
                        ("id", Arg::from(w.id.to_string())),
                        ("path", Arg::from(w.path.clone())),
                        ("size", Arg::from(format::file_size(l, w.size))),
                        ("sha256", Arg::from(w.sha256.clone())),
                    ],
                )
            });
        }
    }
    Ok(())
}
