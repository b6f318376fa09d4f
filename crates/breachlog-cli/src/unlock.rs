//! Getting the key: BREACHLOG_PASSPHRASE, --passphrase-file, the OS keyring, or a prompt.

use std::io::IsTerminal;
use std::path::Path;

use breachlog_core::keys::{self, KeyFile};
use breachlog_core::{Error, Reason, UnlockMethod};
use zeroize::Zeroizing;

use crate::args::Cli;
use crate::Failure;

/// A passphrase given non-interactively, if any.
pub fn given_passphrase(cli: &Cli) -> Result<Option<Zeroizing<String>>, Failure> {
    if let Some(path) = &cli.passphrase_file {
        let text = Zeroizing::new(read_small(path)?);
        let first = text.lines().next().unwrap_or("").to_string();
        return Ok(Some(Zeroizing::new(first)));
    }
    Ok(std::env::var("BREACHLOG_PASSPHRASE")
        .ok()
        .map(Zeroizing::new))
}

fn prompt(label: &str) -> Result<Zeroizing<String>, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Error::NoKey.into());
    }
    rpassword::prompt_password(format!("{label} "))
        .map(Zeroizing::new)
        .map_err(|e| Failure::Other(e.into()))
}

/// A new passphrase for a key change: `--new-passphrase-file`, BREACHLOG_NEW_PASSPHRASE, or prompted twice.
pub fn replacement_passphrase(
    file: Option<&Path>,
    l10n: &breachlog_core::i18n::Localizer,
) -> Result<Zeroizing<String>, Failure> {
    let given = match file {
        Some(path) => {
            let text = Zeroizing::new(read_small(path)?);
            Some(Zeroizing::new(
                text.lines().next().unwrap_or("").to_string(),
            ))
        }
        None => std::env::var("BREACHLOG_NEW_PASSPHRASE")
            .ok()
            .map(Zeroizing::new),
    };
    confirm_new(given, l10n)
}

fn confirm_new(
    given: Option<Zeroizing<String>>,
    l10n: &breachlog_core::i18n::Localizer,
) -> Result<Zeroizing<String>, Failure> {
    if let Some(p) = given {
        keys::check_passphrase(&p)?;
        return Ok(p);
    }
    let first = prompt(&l10n.text("cli-prompt-new-passphrase"))?;
    keys::check_passphrase(&first)?;
    let second = prompt(&l10n.text("cli-prompt-confirm-passphrase"))?;
    if *first != *second {
        return Err(Error::invalid("passphrase", Reason::Mismatch).into());
    }
    Ok(first)
}

/// A new passphrase for `init`: given, or prompted twice.
pub fn new_passphrase(
    cli: &Cli,
    l10n: &breachlog_core::i18n::Localizer,
) -> Result<Zeroizing<String>, Failure> {
    confirm_new(given_passphrase(cli)?, l10n)
}

/// A recovery key read from `file` (its first line) or typed at a prompt.
pub fn recovery_key_text(
    file: Option<&Path>,
    l10n: &breachlog_core::i18n::Localizer,
) -> Result<Zeroizing<String>, Failure> {
    match file {
        Some(path) => {
            let text = Zeroizing::new(read_small(path)?);
            Ok(Zeroizing::new(
                text.lines().next().unwrap_or("").trim().to_string(),
            ))
        }
        None => prompt(&format!("{}:", l10n.field("recovery_key"))),
    }
}

/// Reads a small secret file (a passphrase or recovery key): at most 64 KiB.
fn read_small(path: &Path) -> Result<String, Failure> {
    use std::io::Read;
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(64 * 1024).read_to_string(&mut text))
        .map_err(|e| Error::io(path, e))?;
    Ok(text)
}

/// How to unlock the register at `db`.
pub fn method(
    cli: &Cli,
    db: &Path,
    l10n: &breachlog_core::i18n::Localizer,
) -> Result<UnlockMethod, Failure> {
    if let Some(path) = &cli.recovery_key_file {
        let text = Zeroizing::new(read_small(path)?);
        return Ok(UnlockMethod::RecoveryKey(Zeroizing::new(
            text.trim().to_string(),
        )));
    }
    if cli.recovery {
        return Ok(UnlockMethod::RecoveryKey(prompt(&format!(
            "{}:",
            l10n.field("recovery_key")
        ))?));
    }
    if let Some(p) = given_passphrase(cli)? {
        return Ok(UnlockMethod::Passphrase(p));
    }
    let key_file = KeyFile::load(&keys::key_file_path(db)).ok();
    if key_file.as_ref().is_some_and(|k| k.keyring) {
        return Ok(UnlockMethod::Keyring);
    }
    prompt_passphrase(l10n)
}

/// Asks for the passphrase on the terminal.
pub fn prompt_passphrase(l10n: &breachlog_core::i18n::Localizer) -> Result<UnlockMethod, Failure> {
    Ok(UnlockMethod::Passphrase(prompt(
        &l10n.text("cli-prompt-passphrase"),
    )?))
}
