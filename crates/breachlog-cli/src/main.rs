//! `breachlog`: the scriptable command line over the Breachlog core.
//!
//! Exit codes: 0 ok, 1 other failure, 2 usage, 3 cannot unlock, 4 integrity failure,
//! 5 invalid input. Errors are printed in the chosen language from the Fluent files.

mod admin_cmds;
mod anchor_cmds;
mod args;
mod commands;
mod notify_cmds;
mod output;
mod regulation_args;
mod regulation_cmds;
mod report_cmds;
mod retention_cmds;
mod team_cmds;
mod unlock;

use std::process::ExitCode;

use breachlog_core::domain::Language;
use breachlog_core::i18n::Localizer;
use clap::Parser;

use crate::args::Cli;

/// What a command failed with: a core error (localised, with its exit code) or anything else.
pub enum Failure {
    Core(breachlog_core::Error),
    /// Verification found a problem; the report was already printed.
    Integrity,
    Other(anyhow::Error),
}

impl From<breachlog_core::Error> for Failure {
    fn from(e: breachlog_core::Error) -> Self {
        Failure::Core(e)
    }
}

/// The model's and the rules engine's refusals are core errors of the same kind.
impl From<breachlog_core::domain_error::Error> for Failure {
    fn from(e: breachlog_core::domain_error::Error) -> Self {
        Failure::Core(e.into())
    }
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Other(e)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang.as_deref().and_then(|l| l.parse::<Language>().ok());
    let mut ctx = commands::Context::new(&cli, lang);
    match commands::run(&cli, &mut ctx) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Integrity) => ExitCode::from(4),
        Err(Failure::Core(e)) => {
            let l10n = ctx.localizer();
            let mut message = l10n.error(&e);
            if let Some(hint) = hint(&e) {
                message.push(' ');
                message.push_str(&l10n.text(hint));
            }
            if cli.json {
                let body =
                    serde_json::json!({"error": {"code": e.code().as_str(), "message": message}});
                eprintln!("{body}");
            } else {
                eprintln!("breachlog: {message}");
            }
            ExitCode::from(e.code().exit_code() as u8)
        }
        Err(Failure::Other(e)) => {
            let l10n = ctx.localizer();
            eprintln!(
                "breachlog: {}",
                l10n.msg("error-storage", &[("detail", format!("{e:#}"))])
            );
            ExitCode::from(1)
        }
    }
}

/// What the command line adds to a core error: the option that does what was refused.
fn hint(e: &breachlog_core::Error) -> Option<&'static str> {
    match e {
        breachlog_core::Error::InvalidInput {
            field: "out",
            reason: breachlog_core::Reason::FileExists,
        } => Some("cli-hint-force"),
        _ => None,
    }
}

/// English messages for contexts without a register (kept for symmetry with the app).
pub fn default_localizer() -> Localizer {
    Localizer::new(Language::En)
}
