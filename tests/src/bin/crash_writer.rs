//! Test helper for the crash harness: opens a register and logs incidents in a loop, printing
//! each id only after its transaction committed (an "acknowledged write"). The harness kills it
//! with SIGKILL at random moments and checks that every printed id survived.

use std::io::Write;
use std::path::PathBuf;

use breachlog_core::register::IncidentInput;
use breachlog_core::{Register, UnlockMethod};
use zeroize::Zeroizing;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let db = PathBuf::from(
        args.next()
            .ok_or_else(|| anyhow::anyhow!("usage: crash_writer DB PASSPHRASE PREFIX"))?,
    );
    let pass = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("passphrase missing"))?;
    let prefix = args.next().unwrap_or_else(|| "crash".into());
    let mut reg = Register::open(
        &db,
        UnlockMethod::Passphrase(Zeroizing::new(pass)),
        "crash-writer",
        "test",
    )?;
    let stdout = std::io::stdout();
    for i in 0.. {
        let input = IncidentInput {
            title: Some(format!("{prefix} {i}")),
            description: Some("x".repeat(200 + (i % 7) * 300)),
            ..Default::default()
        };
        let incident = reg.create_incident(&input)?;
        let mut out = stdout.lock();
        writeln!(out, "{}", incident.id)?;
        out.flush()?;
    }
    Ok(())
}
