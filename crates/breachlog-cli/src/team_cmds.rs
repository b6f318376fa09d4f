//! `breachlog team …` and `breachlog sync`: the register shared with a team through PostgreSQL
//! (issue 17, docs/team.md).

use breachlog_core::i18n::Arg;
use clap::Subcommand;

use crate::args::Cli;
use crate::commands::{actor, db_path, open, Context};
use crate::output::Printer;
use crate::Failure;

#[derive(Debug, Subcommand)]
pub enum TeamCmd {
    /// Publish this register to an empty PostgreSQL database and share it from now on: events
    /// travel encrypted under the team's key; the server sees ids, times, kinds and hashes only.
    Create {
        /// The PostgreSQL connection string: postgres://USER:PASSWORD@HOST:PORT/DATABASE.
        #[arg(long, env = "BREACHLOG_TEAM_SERVER", hide_env_values = true)]
        server: String,
    },
    /// The team this register is shared with and what is not sent yet.
    Status,
    /// Make a one-time invitation for a new member (give them the code by another channel).
    Invite {
        /// The invitee's name.
        #[arg(long)]
        name: String,
        /// The invitee's e-mail address.
        #[arg(long)]
        email: String,
    },
    /// Build a local encrypted replica of a team's register (at --db, under its own passphrase)
    /// with an invitation code.
    Join {
        /// The PostgreSQL connection string: postgres://USER:PASSWORD@HOST:PORT/DATABASE.
        #[arg(long, env = "BREACHLOG_TEAM_SERVER", hide_env_values = true)]
        server: String,
        /// The invitation code (BLT1-…).
        #[arg(long)]
        invite: String,
    },
    /// Remove a member: their database role stops working and the team key is rotated, so
    /// nothing written from now on opens with the keys they held.
    Remove {
        /// The member's actor id.
        #[arg(long)]
        member: String,
    },
    /// Your changes that could not follow other members' changes; --ack once you have seen them.
    Conflicts {
        #[arg(long)]
        ack: bool,
    },
}

pub fn team(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &TeamCmd) -> Result<(), Failure> {
    if let TeamCmd::Join { server, invite } = cmd {
        let db = db_path(cli);
        let passphrase = crate::unlock::new_passphrase(cli, &ctx.l10n)?;
        let joined = breachlog_team::members::join(&db, server, invite, passphrase, &actor(cli))?;
        let l = ctx.localizer();
        p.emit(&joined, || {
            [
                l.msg(
                    "cli-team-joined",
                    &[
                        ("server", Arg::from(joined.server.clone())),
                        ("path", Arg::from(joined.register.clone())),
                        ("events", Arg::from(joined.events)),
                        ("member", Arg::from(joined.member.clone())),
                    ],
                ),
                l.msg(
                    "cli-recovery-key",
                    &[("key", Arg::from(joined.recovery_key.clone()))],
                ),
            ]
            .join("\n")
        });
        return Ok(());
    }
    let mut reg = open(cli, ctx)?;
    match cmd {
        TeamCmd::Join { .. } => {}
        TeamCmd::Remove { member } => {
            let removed = breachlog_team::members::remove(&mut reg, member)?;
            let l = ctx.localizer();
            p.emit(&removed, || {
                l.msg(
                    "cli-team-removed",
                    &[
                        ("member", Arg::from(removed.member.clone())),
                        ("epoch", Arg::from(removed.epoch.to_string())),
                        ("members", Arg::from(removed.members.join(", "))),
                    ],
                )
            });
        }
        TeamCmd::Invite { name, email } => {
            let invited = breachlog_team::members::invite(&mut reg, name, email)?;
            let l = ctx.localizer();
            p.emit(&invited, || {
                l.msg(
                    "cli-team-invited",
                    &[
                        ("name", Arg::from(invited.name.clone())),
                        ("email", Arg::from(invited.email.clone())),
                        ("code", Arg::from(invited.code.clone())),
                    ],
                )
            });
        }
        TeamCmd::Conflicts { ack } => {
            let conflicts = reg.team_conflicts()?;
            if *ack {
                reg.clear_team_conflicts()?;
            }
            let l = ctx.localizer();
            p.emit(&conflicts, || {
                if conflicts.is_empty() {
                    return l.text("cli-team-no-conflicts");
                }
                conflicts
                    .iter()
                    .map(|c| conflict_line(l, c))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        TeamCmd::Create { server } => {
            let created = breachlog_team::create(&mut reg, server)?;
            let l = ctx.localizer();
            p.emit(&created, || {
                l.msg(
                    "cli-team-created",
                    &[
                        ("server", Arg::from(created.server.clone())),
                        ("events", Arg::from(created.events_published)),
                        ("seq", Arg::from(created.head_seq.to_string())),
                        ("hash", Arg::from(created.head_hash.clone())),
                    ],
                )
            });
        }
        TeamCmd::Status => {
            let state = breachlog_team::state_of(&reg)?;
            let (head, _) = reg.head()?;
            let server = breachlog_team::server::label(&state.server).unwrap_or_default();
            let pending = head.saturating_sub(state.synced_seq);
            let l = ctx.localizer();
            p.emit(
                &serde_json::json!({
                    "team_id": state.team_id, "server": server, "member": state.member,
                    "synced_seq": state.synced_seq, "head_seq": head, "pending": pending,
                    "key_epochs": state.data_keys.keys().collect::<Vec<_>>(),
                }),
                || {
                    l.msg(
                        "cli-team-status",
                        &[
                            ("server", Arg::from(server.clone())),
                            ("member", Arg::from(state.member.clone())),
                            ("pending", Arg::from(pending)),
                            ("synced", Arg::from(state.synced_seq.to_string())),
                        ],
                    )
                },
            );
        }
    }
    Ok(())
}

/// `breachlog sync`: sends the events the server lacks, then checks, as a member, that the
/// server holds this register's journal — every row opening with the team key and hashing to
/// its chain — so a server that dropped, reordered or edited events is named at its first bad
/// seq.
pub fn sync(cli: &Cli, ctx: &mut Context, p: &Printer) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    let synced = breachlog_team::sync(&mut reg)?;
    let checked = breachlog_team::verify_with_key(&mut reg)?;
    let conflicts = reg.team_conflicts()?;
    let l = ctx.localizer();
    p.emit(
        &serde_json::json!({
            "pulled": synced.pulled, "sent": synced.sent,
            "head_seq": checked.head_seq, "head_hash": checked.head_hash,
            "server_events": checked.events, "pending": 0, "conflicts": conflicts,
        }),
        || {
            let mut out = l.msg(
                "cli-team-synced",
                &[
                    ("pulled", Arg::from(synced.pulled)),
                    ("sent", Arg::from(synced.sent)),
                    ("events", Arg::from(checked.events)),
                    ("seq", Arg::from(checked.head_seq.to_string())),
                ],
            );
            for c in &conflicts {
                out.push('\n');
                out.push_str(&conflict_line(l, c));
            }
            out
        },
    );
    Ok(())
}

fn conflict_line(
    l: &breachlog_core::i18n::Localizer,
    c: &breachlog_core::register::team::TeamConflict,
) -> String {
    l.msg(
        &c.reason,
        &[
            ("kind", Arg::from(c.kind.clone())),
            ("subject", Arg::from(c.subject.clone().unwrap_or_default())),
            ("ts", Arg::from(c.ts.clone())),
            ("other_actor", Arg::from(c.other_actor.clone())),
            ("other_seq", Arg::from(c.other_seq.to_string())),
            (
                "serial",
                Arg::from(
                    c.payload
                        .get("serial")
                        .and_then(|s| s.as_str())
                        .unwrap_or_default()
                        .to_string(),
                ),
            ),
        ],
    )
}
