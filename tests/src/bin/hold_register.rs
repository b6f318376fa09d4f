//! Test helper: a long-lived process that keeps a register open, as the desktop app does.
//! Usage: `hold_register DB PASSPHRASE`. It prints `open` once unlocked, then reads commands
//! from stdin, one per line, and answers each with one line:
//!   `new TITLE`  → logs an incident, prints its id (after the commit)
//!   `count`      → prints the number of journal events it sees
//!   `confirm-recovery KEY`, `keyring-add` → that key-file flag change, prints `ok`
//!   `quit` (or end of input) → closes the register and exits.
//! Errors are printed as `error CODE` and the process goes on.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use breachlog_core::register::IncidentInput;
use breachlog_core::{Register, UnlockMethod};
use zeroize::Zeroizing;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let db = PathBuf::from(
        args.next()
            .ok_or_else(|| anyhow::anyhow!("usage: hold_register DB PASSPHRASE"))?,
    );
    let pass = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("passphrase missing"))?;
    let mut reg = Register::open(
        &db,
        UnlockMethod::Passphrase(Zeroizing::new(pass)),
        "holder",
        "test",
    )?;
    let stdout = std::io::stdout();
    writeln!(stdout.lock(), "open")?;
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let (cmd, rest) = line.split_once(' ').unwrap_or((line.as_str(), ""));
        let answer = match cmd {
            "new" => reg
                .create_incident(&IncidentInput {
                    title: Some(rest.to_string()),
                    ..Default::default()
                })
                .map(|i| i.id.to_string()),
            "count" => reg.events(None).map(|e| e.len().to_string()),
            // Key-file flag changes made with the key file this process read at opening (the
            // keyring test checks they never overwrite another process's newer change).
            "confirm-recovery" => reg.confirm_recovery_key(rest).map(|()| "ok".to_string()),
            "keyring-add" => reg.keyring_add().map(|()| "ok".to_string()),
            "quit" => break,
            other => Ok(format!("unknown {other}")),
        };
        let text = match answer {
            Ok(t) => t,
            Err(e) => format!("error {}", e.code().as_str()),
        };
        let mut out = stdout.lock();
        writeln!(out, "{text}")?;
        out.flush()?;
    }
    Ok(())
}
