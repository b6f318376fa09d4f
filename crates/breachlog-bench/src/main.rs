//! `breachlog-bench`: seeded synthetic registers and the `make bench` runner.
//!
//! ```text
//! breachlog-bench generate --incidents N --seed S --out DB [--passphrase P]
//! breachlog-bench run [--work DIR] [--cli BREACHLOG] [--app BREACHLOG_APP]   (what `make bench` runs)
//! breachlog-bench verify-register --db DB      (child of `run`: one timed Register::verify)
//! breachlog-bench pdf --db DB --breaches N     (child of `run`: one register PDF)
//! breachlog-bench evidence --bytes N --work DIR (child of `run`: one evidence file in and out)
//! breachlog-bench customers --count N --work DIR (child of `run`: N customers' notices)
//! breachlog-bench customers-register --count N --out DB [--passphrase P] (for bench.mjs)
//! ```
//!
//! The passphrase of generated registers is `benchmark passphrase` unless `--passphrase` (or
//! `BREACHLOG_PASSPHRASE`) says otherwise. See `docs/benchmarks.md`.

mod customers;
mod generate;
mod measure;
mod run;
mod team;

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use breachlog_core::query::{IncidentFilter, SortBy};
use breachlog_core::report::render_register_rows;
use breachlog_core::views::RegisterRow;
use breachlog_core::{Register, Ts, UnlockMethod};
use serde_json::json;
use zeroize::Zeroizing;

pub const DEFAULT_PASSPHRASE: &str = "benchmark passphrase";

type AnyResult<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// `--name value` pairs after the subcommand.
fn flags(args: &[String]) -> AnyResult<HashMap<String, String>> {
    let mut out = HashMap::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let name = a
            .strip_prefix("--")
            .ok_or_else(|| format!("unexpected argument '{a}'"))?;
        let value = it.next().ok_or_else(|| format!("--{name} needs a value"))?;
        out.insert(name.to_string(), value.clone());
    }
    Ok(out)
}

fn get<T: std::str::FromStr>(f: &HashMap<String, String>, name: &str) -> AnyResult<Option<T>> {
    f.get(name)
        .map(|v| {
            v.parse::<T>()
                .map_err(|_| format!("--{name}: cannot parse '{v}'").into())
        })
        .transpose()
}

fn need<T: std::str::FromStr>(f: &HashMap<String, String>, name: &str) -> AnyResult<T> {
    get(f, name)?.ok_or_else(|| format!("--{name} is required").into())
}

pub fn passphrase(f: &HashMap<String, String>) -> String {
    f.get("passphrase")
        .cloned()
        .or_else(|| std::env::var("BREACHLOG_PASSPHRASE").ok())
        .unwrap_or_else(|| DEFAULT_PASSPHRASE.into())
}

pub fn open(db: &std::path::Path, pass: &str) -> breachlog_core::Result<Register> {
    Register::open(
        db,
        UnlockMethod::Passphrase(Zeroizing::new(pass.to_string())),
        "bench",
        "cli",
    )
}

fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Peak resident set size of this process so far (KiB).
pub fn peak_rss_kib() -> u64 {
    status_kib("VmHWM:")
}

/// Resets the peak RSS to the current RSS (Linux ≥ 4.0), so that a peak measures one phase.
pub fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("generate") => cmd_generate(&args[1..]),
        Some("run") => run::run(&args[1..]),
        Some("verify-register") => cmd_verify(&args[1..]),
        Some("pdf") => cmd_pdf(&args[1..]),
        Some("evidence") => cmd_evidence(&args[1..]),
        Some("customers") => customers::cmd_customers(&args[1..]),
        Some("customers-register") => customers::cmd_customers_register(&args[1..]),
        Some("profile-verify") => cmd_profile_verify(&args[1..]),
        _ => Err("usage: breachlog-bench generate --incidents N --seed S --out DB [--passphrase P] | run [--work DIR] [--cli PATH] [--app PATH]".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("breachlog-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

fn cmd_generate(args: &[String]) -> AnyResult<()> {
    let f = flags(args)?;
    let incidents: u64 = need(&f, "incidents")?;
    let seed: u64 = get(&f, "seed")?.unwrap_or(1);
    let out: PathBuf = need(&f, "out")?;
    let summary = generate::generate(&out, incidents, seed, &passphrase(&f))?;
    println!("{}", summary.to_json());
    Ok(())
}

/// One timed full `Register::verify` (chain + projection rebuild + compare), with the peak RSS
/// of the verify alone (the peak is reset after the Argon2id unlock).
fn cmd_verify(args: &[String]) -> AnyResult<()> {
    let f = flags(args)?;
    let db: PathBuf = need(&f, "db")?;
    let reg = open(&db, &passphrase(&f))?;
    let reset = reset_peak_rss();
    let rss_before = status_kib("VmRSS:");
    let start = Instant::now();
    let report = reg.verify(None)?;
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{}",
        json!({"seconds": seconds, "events": report.events, "peak_rss_kib": peak_rss_kib(), "rss_before_kib": rss_before, "peak_reset": reset})
    );
    Ok(())
}

/// One evidence file of `--bytes` pseudo-random bytes written to disk, attached to an incident
/// of a new register (`Register::add_evidence`: streamed in 1 MiB chunks, hashed, one
/// transaction), exported (`Register::export_evidence`, checked against the journal) and the
/// register verified (every file read back); each phase timed with its own peak RSS (VmHWM
/// reset before it, after the Argon2id key derivation of the register's creation).
fn cmd_evidence(args: &[String]) -> AnyResult<()> {
    use std::io::Write;
    let f = flags(args)?;
    let bytes: u64 = need(&f, "bytes")?;
    let work: PathBuf = need(&f, "work")?;
    let dir = work.join(format!("evidence-{bytes}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let src = dir.join("capture.bin");
    {
        let mut out = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&src)?);
        let mut rng = generate::Rng::new(bytes);
        let mut left = bytes;
        let mut block = vec![0u8; 1 << 16];
        while left > 0 {
            for b in block.chunks_mut(8) {
                let x = rng.next_u64().to_le_bytes();
                b.copy_from_slice(&x[..b.len()]);
            }
            let n = block.len().min(left as usize);
            out.write_all(&block[..n])?;
            left -= n as u64;
        }
        out.flush()?;
    }
    let opts = breachlog_core::register::InitOptions {
        passphrase: Some(Zeroizing::new(DEFAULT_PASSPHRASE.into())),
        actor: "bench".into(),
        ..Default::default()
    };
    let (mut reg, _) = Register::init(&dir.join("register.db"), opts)?;
    let incident = reg
        .create_incident(&breachlog_core::register::IncidentInput {
            title: Some("Evidence benchmark".into()),
            ..Default::default()
        })?
        .id;
    let phase = |f: &mut dyn FnMut() -> breachlog_core::Result<()>| -> AnyResult<(f64, u64)> {
        let reset = reset_peak_rss();
        let start = Instant::now();
        f()?;
        let seconds = start.elapsed().as_secs_f64();
        Ok((seconds, if reset { peak_rss_kib() } else { 0 }))
    };
    let rss_before = status_kib("VmRSS:");
    let mut id = None;
    let add = phase(&mut || {
        id = Some(reg.add_evidence(incident, &src, None)?.id);
        Ok(())
    })?;
    let id = id.ok_or("no evidence id")?;
    let out = dir.join("export.bin");
    let export = phase(&mut || reg.export_evidence(id, &out, false).map(|_| ()))?;
    let verify = phase(&mut || reg.verify(None).map(|_| ()))?;
    let same = std::fs::metadata(&out)?.len() == bytes;
    drop(reg);
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "{}",
        json!({
            "bytes": bytes, "rss_before_kib": rss_before, "exported_size_ok": same,
            "add": {"seconds": add.0, "peak_rss_kib": add.1},
            "export": {"seconds": export.0, "peak_rss_kib": export.1},
            "verify": {"seconds": verify.0, "peak_rss_kib": verify.1},
        })
    );
    Ok(())
}

/// The register PDF for the first N personal-data breaches of a generated register: rows are
/// loaded through the core query and `RegisterRow::from_incident`, then rendered.
fn cmd_pdf(args: &[String]) -> AnyResult<()> {
    let f = flags(args)?;
    let db: PathBuf = need(&f, "db")?;
    let n: usize = need(&f, "breaches")?;
    let reg = open(&db, &passphrase(&f))?;
    let start = Instant::now();
    let mut rows: Vec<RegisterRow> = Vec::with_capacity(n);
    let mut offset = 0u32;
    while rows.len() < n {
        let filter = IncidentFilter {
            breach: Some(true),
            sort: SortBy::DetectedAsc,
            limit: Some(10_000),
            offset: Some(offset),
            ..Default::default()
        };
        let page = reg.list_incidents(&filter)?;
        if page.rows.is_empty() {
            break;
        }
        offset += page.rows.len() as u32;
        for r in page.rows.iter().filter(|r| !r.exercise) {
            if rows.len() == n {
                break;
            }
            let id: uuid::Uuid = r.id.parse()?;
            rows.push(RegisterRow::from_incident(&reg.incident(id)?));
        }
    }
    if rows.len() < n {
        return Err(format!("the register has only {} breaches, {n} asked", rows.len()).into());
    }
    let load = start.elapsed().as_secs_f64();
    let org = reg.org()?;
    // As `Register::issue_report` does before laying out the PDF.
    reg.release_cache()?;
    let (bytes, pages) = render_register_rows(rows, &org, Ts::now())?;
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{}",
        json!({"breaches": n, "seconds": seconds, "load_seconds": load, "pages": pages, "pdf_bytes": bytes.len(), "peak_rss_kib": peak_rss_kib()})
    );
    Ok(())
}

/// The phases of a register verify, timed one after the other on one thread (for profiling):
/// reading and parsing all events, hashing the chain, replaying the projections, full verify.
fn cmd_profile_verify(args: &[String]) -> AnyResult<()> {
    use breachlog_core::journal::ChainVerifier;
    use breachlog_core::projection::{apply_to, Projector};
    let f = flags(args)?;
    let db: PathBuf = need(&f, "db")?;
    let reg = open(&db, &passphrase(&f))?;
    let t = Instant::now();
    let (head, _) = reg.head()?;
    let mut n = 0u64;
    reg.for_each_event(1, head, |_| {
        n += 1;
        Ok(())
    })?;
    let t_read = t.elapsed().as_secs_f64();
    let events = reg.events(None)?;
    let t = Instant::now();
    let mut v = ChainVerifier::new(None);
    for ev in &events {
        v.push(ev)?;
    }
    let t_chain = t.elapsed().as_secs_f64();
    // The replay works on the opened events (sealed personal fields put back), as verify does.
    drop(events);
    let t = Instant::now();
    let events = reg.events_opened(None)?;
    let t_open = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut mem = breachlog_core::storage::memory_projection_db()?;
    let txn = mem.transaction()?;
    let mut p = Projector::replay(&txn);
    for ev in &events {
        apply_to(&mut p, ev)?;
    }
    p.flush()?;
    txn.commit()?;
    let t_replay = t.elapsed().as_secs_f64();
    drop(events);
    let t = Instant::now();
    reg.verify(None)?;
    let t_verify = t.elapsed().as_secs_f64();
    println!(
        "{}",
        json!({"events": n, "read_parse_s": t_read, "chain_hash_s": t_chain, "read_open_s": t_open, "replay_s": t_replay, "verify_s": t_verify})
    );
    Ok(())
}
