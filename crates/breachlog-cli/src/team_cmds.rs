//! `breachlog team …` and `breachlog sync`: the register shared with a team through PostgreSQL
//! (issue 17, docs/team.md).

use breachlog_core::i18n::Arg;
use clap::Subcommand;

use crate::args::Cli;
use crate::commands::{open, Context};
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
}

pub fn team(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &TeamCmd) -> Result<(), Failure> {
    let mut reg = open(cli, ctx)?;
    match cmd {
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
    let pushed = breachlog_team::push(&mut reg)?;
    let checked = breachlog_team::verify_with_key(&reg)?;
    let l = ctx.localizer();
    p.emit(
        &serde_json::json!({
            "sent": pushed.sent, "head_seq": checked.head_seq, "head_hash": checked.head_hash,
            "server_events": checked.events, "pending": 0,
        }),
        || {
            l.msg(
                "cli-team-synced",
                &[
                    ("sent", Arg::from(pushed.sent)),
                    ("events", Arg::from(checked.events)),
                    ("seq", Arg::from(checked.head_seq.to_string())),
                ],
            )
        },
    );
    Ok(())
}
