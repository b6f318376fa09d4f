//! `breachlog backup …` and `breachlog key …`: encrypted backups, restore tests and restores,
//! passphrase changes, data key rotation and the OS keyring entry.

use std::io::Write;
use std::path::PathBuf;

use breachlog_core::backup;
use breachlog_core::views::BackupOverview;
use clap::Subcommand;
use serde_json::json;

use crate::args::Cli;
use crate::commands::{actor, db_path, open, verify_output, Context};
use crate::output::Printer;
use crate::{unlock, Failure};

#[derive(Debug, Subcommand)]
pub enum BackupCmd {
    /// Write an encrypted backup of the register into a folder.
    Create {
        #[arg(long)]
        out: PathBuf,
    },
    /// Restore a backup into a temporary encrypted register, verify it fully, record the test.
    Verify { file: PathBuf },
    /// Restore a backup to --db (refuses to overwrite an existing register without --force).
    Restore {
        file: PathBuf,
        #[arg(long)]
        force: bool,
    },
    /// The last backup and restore test, the schedule and the backups in the folder.
    Status,
}

#[derive(Debug, Subcommand)]
pub enum KeyCmd {
    /// Set a new passphrase (unlock with the current one, or with --recovery / --recovery-key-file
    /// when it is lost). New: --new-passphrase-file, BREACHLOG_NEW_PASSPHRASE or a prompt.
    ChangePassphrase {
        #[arg(long)]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Re-encrypt the register with a new data key; prints the new recovery key once.
    Rotate {
        #[arg(long)]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Add or remove the data key in the OS keyring.
    #[command(subcommand)]
    Keyring(KeyringCmd),
    /// Show that you hold the current recovery key by typing it (or give --file); until then
    /// every unlock reminds you.
    ConfirmRecovery {
        #[arg(long)]
        file: Option<PathBuf>,
    },
    /// Replace the recovery key by a new one (printed once); the old one stops opening the
    /// register's key file.
    NewRecovery,
}

#[derive(Debug, Subcommand)]
pub enum KeyringCmd {
    Add,
    Remove,
}

pub fn backup(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &BackupCmd) -> Result<(), Failure> {
    match cmd {
        BackupCmd::Create { out } => {
            let mut reg = open(cli, ctx)?;
            let info = reg.backup_create(out)?;
            let l = ctx.localizer();
            p.emit(&info, || {
                l.msg(
                    "cli-backup-created",
                    &[
                        ("path", info.path.display().to_string()),
                        ("hash", info.head_hash.clone()),
                    ],
                )
            });
        }
        BackupCmd::Verify { file } => {
            let mut reg = open(cli, ctx)?;
            let result = reg.backup_verify(file, None);
            return verify_output(p, ctx, result, None);
        }
        BackupCmd::Restore { file, force } => {
            let db = db_path(cli);
            let method = unlock::method(cli, &db, ctx.localizer())?;
            let report = backup::restore(file, &db, &method, *force, &actor(cli))?;
            let path = db.display().to_string();
            p.emit(
                &json!({"ok": true, "register": path, "events": report.events, "head_seq": report.head_seq, "head_hash": report.head_hash}),
                || ctx.localizer().msg("cli-backup-restored", &[("path", path.clone()), ("hash", report.head_hash.clone())]),
            );
        }
        BackupCmd::Status => {
            let mut reg = open(cli, ctx)?;
            reg.record_access()?;
            let overview = BackupOverview::load(&reg)?;
            p.emit(&overview, || {
                serde_json::to_string_pretty(&overview).unwrap_or_default()
            });
        }
    }
    Ok(())
}

pub fn key(cli: &Cli, ctx: &mut Context, p: &Printer, cmd: &KeyCmd) -> Result<(), Failure> {
    match cmd {
        KeyCmd::ChangePassphrase {
            new_passphrase_file,
        } => {
            let mut reg = open(cli, ctx)?;
            let new =
                unlock::replacement_passphrase(new_passphrase_file.as_deref(), ctx.localizer())?;
            reg.change_passphrase(&new)?;
            p.emit(&json!({"ok": true}), || {
                ctx.localizer().text("cli-passphrase-changed")
            });
        }
        KeyCmd::Rotate {
            new_passphrase_file,
        } => {
            let reg = open(cli, ctx)?;
            let passphrase = if reg.key_file().has_passphrase() {
                match new_passphrase_file {
                    Some(f) => Some(unlock::replacement_passphrase(Some(f), ctx.localizer())?),
                    None => match unlock::given_passphrase(cli)? {
                        Some(p) => Some(p),
                        None => Some(unlock::replacement_passphrase(None, ctx.localizer())?),
                    },
                }
            } else {
                None
            };
            // The new recovery key is printed before the re-encrypted register is swapped in, so
            // no later failure can leave a register whose recovery key nobody saw.
            let json = p.json;
            let l = ctx.localizer();
            let (_reg, recovery) =
                reg.rotate_key(passphrase.as_ref().map(|p| p.as_str()), |recovery| {
                    if json {
                        return Ok(());
                    }
                    let text = format!(
                        "{}\n{}",
                        l.msg("cli-recovery-key", &[("key", recovery.to_string())]),
                        l.text("cli-key-rotate-staged")
                    );
                    let mut out = std::io::stdout().lock();
                    writeln!(out, "{text}")
                        .and_then(|()| out.flush())
                        .map_err(|e| breachlog_core::Error::io("stdout", e))
                })?;
            if json {
                p.emit(
                    &json!({"ok": true, "recovery_key": recovery.as_str()}),
                    String::new,
                );
            } else {
                crate::output::line(&ctx.localizer().text("cli-key-rotated"));
            }
        }
        KeyCmd::ConfirmRecovery { file } => {
            let mut reg = open(cli, ctx)?;
            let typed = unlock::recovery_key_text(file.as_deref(), ctx.localizer())?;
            reg.confirm_recovery_key(&typed)?;
            p.emit(&json!({"ok": true, "recovery_confirmed": true}), || {
                ctx.localizer().text("cli-recovery-confirmed")
            });
        }
        KeyCmd::NewRecovery => {
            let mut reg = open(cli, ctx)?;
            let recovery = reg.new_recovery_key()?;
            p.emit(
                &json!({"ok": true, "recovery_key": recovery.as_str()}),
                || {
                    format!(
                        "{}\n{}",
                        ctx.localizer()
                            .msg("cli-recovery-key", &[("key", recovery.to_string())]),
                        ctx.localizer().text("cli-recovery-new")
                    )
                },
            );
        }
        KeyCmd::Keyring(k) => {
            let mut reg = open(cli, ctx)?;
            let added = matches!(k, KeyringCmd::Add);
            if added {
                reg.keyring_add()?;
            } else {
                reg.keyring_remove()?;
            }
            let msg = if added {
                "cli-keyring-added"
            } else {
                "cli-keyring-removed"
            };
            p.emit(&json!({"ok": true, "keyring": added}), || {
                ctx.localizer().text(msg)
            });
        }
    }
    Ok(())
}
