#![allow(clippy::expect_used)] // a benchmark harness: failing loudly is right
//! Journal benchmarks (run with `make bench`): each figure is a ratio against a baseline
//! measured in the same run, plus the absolute numbers.
//!
//! - append: 100,000 events through `Register::write` on SQLCipher vs the same code on plain
//!   SQLite (goal ≤ 1.3×). Events are appended 100 per transaction (1,000 durable commits each),
//!   in ten alternating rounds so both registers see the same machine load.
//! - verify: 1,000,000 events, `Register::verify` (chain + projection rebuild) throughput vs
//!   `sha256sum` over the exported journal bytes (goal ≥ 0.5×), with peak RSS before/after to
//!   show that memory does not grow with the number of events.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use breachlog_core::register::{IncidentInput, InitOptions, OrgInput};
use breachlog_core::Register;
use serde_json::json;
use zeroize::Zeroizing;

fn size(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
const BATCH: usize = 100;

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.to_string())
        })
        .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

fn encrypted(path: &Path) -> Register {
    let opts = InitOptions {
        org: OrgInput {
            name: Some("Bench B.V.".into()),
            timezone: Some("Europe/Amsterdam".into()),
            ..Default::default()
        },
        passphrase: Some(Zeroizing::new("benchmark passphrase".into())),
        keyring: false,
        actor: "bench".into(),
    };
    Register::init(path, opts).expect("init").0
}

/// Appends `n` realistic incident events (one incident updated repeatedly) in batches.
fn append(reg: &mut Register, n: usize) -> f64 {
    let input = IncidentInput {
        title: Some("Synthetic incident".into()),
        ..Default::default()
    };
    let incident = reg.create_incident(&input).expect("incident");
    let start = Instant::now();
    let mut i = 0;
    while i < n {
        let todo = BATCH.min(n - i);
        reg.bench_write(|w| {
            for k in 0..todo {
                w.append(
                    "incident.updated",
                    Some(incident.id),
                    json!({"changes": {"description": format!("Step {} of the investigation: logs of host app-{} reviewed, \
                        no lateral movement found; next: rotate credentials of service account svc-{}.", i + k, (i + k) % 40, (i + k) % 7)}}),
                )?;
            }
            Ok(())
        })
        .expect("append");
        i += todo;
    }
    start.elapsed().as_secs_f64()
}

fn main() {
    let append_events = size("BENCH_APPEND_EVENTS", 100_000);
    let verify_events = size("BENCH_VERIFY_EVENTS", 1_000_000);
    let dir = tempfile::tempdir().expect("tempdir");
    println!(
        "breachlog-core journal benchmarks ({} cores)",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    // --- append ---
    let mut enc = encrypted(&dir.path().join("enc.db"));
    let mut plain =
        Register::create_unencrypted_for_benchmark(&dir.path().join("plain.db")).expect("plain");
    // Alternate rounds so both see the same machine load (shared machines are noisy).
    let rounds = 10;
    let (mut t_plain, mut t_enc) = (0.0, 0.0);
    for _ in 0..rounds {
        t_plain += append(&mut plain, append_events / rounds);
        t_enc += append(&mut enc, append_events / rounds);
    }
    println!(
        "append {append_events} events: SQLCipher {:.2} s ({:.0} ev/s), plain SQLite {:.2} s ({:.0} ev/s), ratio {:.2}× (goal ≤ 1.3×)",
        t_enc,
        append_events as f64 / t_enc,
        t_plain,
        append_events as f64 / t_plain,
        t_enc / t_plain
    );
    drop(plain);

    // --- verify ---
    let more = verify_events.saturating_sub(append_events + 10);
    append(&mut enc, more);
    let journal = dir.path().join("journal.jsonl");
    let rss_before = peak_rss_kib();
    let start = Instant::now();
    let report = enc.verify(None).expect("verify");
    let t_verify = start.elapsed().as_secs_f64();
    let rss_after = peak_rss_kib();
    enc.export_journal(&journal).expect("export");
    let bytes = std::fs::metadata(&journal).expect("journal").len() as f64;
    let start = Instant::now();
    let status = Command::new("sha256sum")
        .arg(&journal)
        .output()
        .expect("sha256sum");
    let t_sha = start.elapsed().as_secs_f64();
    assert!(status.status.success());
    let (v_rate, s_rate) = (bytes / t_verify / 1e6, bytes / t_sha / 1e6);
    let start = Instant::now();
    let file = std::io::BufReader::new(std::fs::File::open(&journal).expect("journal"));
    breachlog_core::journal::verify_jsonl(file, None).expect("chain");
    let t_chain = start.elapsed().as_secs_f64();
    println!(
        "verify exported journal file (chain only, no key): {:.2} s = {:.1} MB/s; ratio {:.2}× sha256sum",
        t_chain,
        bytes / t_chain / 1e6,
        (bytes / t_chain / 1e6) / s_rate
    );
    println!(
        "verify {} events ({:.0} MB journal): {:.2} s = {:.1} MB/s; sha256sum {:.2} s = {:.1} MB/s; ratio {:.2}× (goal ≥ 0.5×)",
        report.events,
        bytes / 1e6,
        t_verify,
        v_rate,
        t_sha,
        s_rate,
        v_rate / s_rate
    );
    println!(
        "peak RSS before verify {} MiB, after {} MiB",
        rss_before / 1024,
        rss_after / 1024
    );
}
