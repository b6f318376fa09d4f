//! Crash safety: writers are killed with SIGKILL at random moments; after each kill the register
//! opens, verifies, and holds every write that was acknowledged. Core writer (in-process API)
//! and CLI writer both.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use breachlog_core::{Register, UnlockMethod};
use breachlog_tests::{TempRegister, PASSPHRASE};
use rand::{Rng, SeedableRng};
use zeroize::Zeroizing;

fn writer_bin() -> std::path::PathBuf {
    breachlog_tests::breachlog_bin()
        .with_file_name(format!("crash_writer{}", std::env::consts::EXE_SUFFIX))
}

/// Opens the register after a crash, verifies it, and returns the titles it holds.
fn recover(reg: &TempRegister) -> std::collections::HashSet<String> {
    // Every incident id, page by page (a long run writes more than one page).
    let r = Register::open(
        &reg.db,
        UnlockMethod::Passphrase(Zeroizing::new(PASSPHRASE.into())),
        "harness",
        "test",
    )
    .expect("register opens after kill -9");
    r.verify(None).expect("verify passes after kill -9");
    let mut ids = std::collections::HashSet::new();
    loop {
        let filter = breachlog_core::query::IncidentFilter {
            limit: Some(10_000),
            offset: Some(ids.len() as u32),
            sort: breachlog_core::query::SortBy::DetectedAsc,
            ..Default::default()
        };
        let page = r.list_incidents(&filter).expect("list");
        let n = page.rows.len();
        ids.extend(page.rows.into_iter().map(|row| row.id));
        if n == 0 || ids.len() as u64 >= page.total {
            return ids;
        }
    }
}

/// Milliseconds from spawning the core writer to its first acknowledged write (unlock plus one
/// durable commit) on this machine now: kill moments are chosen relative to it, so the harness
/// kills during unlock, during writes and between them whatever the machine's speed.
fn core_first_ack_ms(reg: &TempRegister) -> u64 {
    let start = std::time::Instant::now();
    let mut child = Command::new(writer_bin())
        .args([reg.db.to_str().unwrap(), PASSPHRASE, "calibration"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn writer");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let ms = start.elapsed().as_millis() as u64;
    child.kill().unwrap();
    child.wait().unwrap();
    ms
}

/// Runs `cmd` with its stdout read on a thread, kills it with SIGKILL after `after`, and
/// returns whether the kill found it still running, its exit status and every line it wrote to
/// stdout before it ended (its acknowledgements).
pub(crate) fn killed_after(
    cmd: &mut Command,
    after: Duration,
) -> (bool, std::process::ExitStatus, Vec<String>) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .collect::<Vec<_>>()
    });
    std::thread::sleep(after);
    let killed = child.kill().is_ok();
    let status = child.wait().unwrap();
    (killed, status, reader.join().unwrap())
}

#[test]
fn kill_9_during_core_writes_loses_no_acknowledged_write() {
    const ITERATIONS: usize = 200;
    let reg = TempRegister::new();
    let mut rng = rand::rngs::StdRng::seed_from_u64(0xB4EAC4);
    let first_ack = core_first_ack_ms(&reg);
    let mut acknowledged: Vec<String> = Vec::new();
    for i in 0..ITERATIONS {
        // Acknowledgements read until a kill after a random delay.
        let (killed, _, lines) = killed_after(
            Command::new(writer_bin()).args([
                reg.db.to_str().unwrap(),
                PASSPHRASE,
                &format!("core-{i}"),
            ]),
            Duration::from_millis(rng.gen_range(first_ack / 2..first_ack + 300)),
        );
        assert!(killed, "kill -9: the writer had already ended");
        acknowledged.extend(lines);
        if i % 20 == 19 || i == ITERATIONS - 1 {
            let present = recover(&reg);
            let lost: Vec<_> = acknowledged
                .iter()
                .filter(|id| !present.contains(*id))
                .collect();
            assert!(
                lost.is_empty(),
                "after {} kills, lost acknowledged writes: {lost:?}",
                i + 1
            );
        }
    }
    let present = recover(&reg);
    let lost = acknowledged
        .iter()
        .filter(|id| !present.contains(*id))
        .count();
    eprintln!("crash harness (core): {ITERATIONS} kill -9 iterations, {} acknowledged writes, {lost} lost", acknowledged.len());
    assert!(
        acknowledged.len() >= ITERATIONS / 2,
        "too few writes to be meaningful: {}",
        acknowledged.len()
    );
    assert_eq!(lost, 0);
}

#[test]
fn kill_9_during_cli_writes_loses_no_acknowledged_write() {
    const ITERATIONS: usize = 60;
    let reg = TempRegister::new();
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x5EED);
    // How long one CLI write takes on this machine now (the slowest of three).
    let write_ms = (0..3)
        .map(|k| {
            let start = std::time::Instant::now();
            assert!(reg
                .run(&["incident", "new", "--title", &format!("calibration-{k}")])
                .status
                .success());
            start.elapsed().as_millis() as u64
        })
        .max()
        .unwrap();
    let mut acknowledged: Vec<String> = Vec::new();
    for i in 0..ITERATIONS {
        // One CLI write, killed at a random moment (during unlock, the write or the output).
        let (_, status, lines) = killed_after(
            reg.cmd_std()
                .args(["incident", "new", "--title", &format!("cli-{i}"), "--json"]),
            Duration::from_millis(rng.gen_range(write_ms / 4..write_ms * 3 / 2 + 1)),
        );
        for line in lines {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) {
                assert!(status.success() || v["id"].is_string());
                acknowledged.push(v["id"].as_str().unwrap().to_string());
            }
        }
    }
    let present = recover(&reg);
    let lost = acknowledged
        .iter()
        .filter(|id| !present.contains(*id))
        .count();
    eprintln!(
        "crash harness (CLI): {ITERATIONS} kill -9 iterations, {} acknowledged writes, {lost} lost",
        acknowledged.len()
    );
    assert!(
        acknowledged.len() >= ITERATIONS / 10,
        "too few acknowledged writes to be meaningful: {}",
        acknowledged.len()
    );
    assert!(
        acknowledged.len() < ITERATIONS,
        "no kill landed during a write"
    );
    assert_eq!(lost, 0);
}

/// kill -9 during a trusted timestamp (RFC 3161, a real `openssl ts` TSA on 127.0.0.1): the CLI
/// is killed at random moments while it asks the TSA and writes the checkpoint and the token.
/// Every timestamp it acknowledged is in the journal with its serial, the register verifies
/// (every stored token checked offline), and the next timestamp after the kills succeeds.
#[test]
fn kill_9_during_timestamp_writes_loses_no_acknowledged_timestamp() {
    const ITERATIONS: usize = 24;
    let reg = TempRegister::new();
    let tsa = breachlog_tests::TestTsa::start();
    reg.json(&[
        "anchor",
        "tsa",
        "add",
        "--url",
        &tsa.url(),
        "--ca",
        tsa.ca_pem().to_str().unwrap(),
    ]);
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x7575);
    // How long one timestamp takes here now (the slowest of three, each after a new event so
    // that it signs a new checkpoint too).
    let stamp_ms = (0..3)
        .map(|k| {
            reg.json(&["incident", "new", "--title", &format!("calibration-{k}")]);
            let start = std::time::Instant::now();
            reg.json(&["anchor", "timestamp"]);
            start.elapsed().as_millis() as u64
        })
        .max()
        .unwrap();
    let mut acknowledged: Vec<(u64, String)> = Vec::new();
    for i in 0..ITERATIONS {
        if i % 2 == 0 {
            // A new event: the timestamp then needs a new checkpoint, written with its token.
            reg.json(&["incident", "new", "--title", &format!("between-{i}")]);
        }
        let (_, _, lines) = killed_after(
            reg.cmd_std().args(["anchor", "timestamp", "--json"]),
            Duration::from_millis(rng.gen_range(stamp_ms / 4..stamp_ms * 3 / 2 + 1)),
        );
        let text = lines.join("\n");
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
            acknowledged.push((
                v["seq"].as_u64().expect("seq"),
                v["serial"].as_str().expect("serial").to_string(),
            ));
        }
    }
    // The register opens and verifies, every stored token checked; each acknowledged timestamp
    // is there with the serial the TSA gave it.
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true, "{v}");
    let stored: Vec<(u64, String)> = v["timestamps"]
        .as_array()
        .expect("timestamps")
        .iter()
        .map(|t| {
            (
                t["seq"].as_u64().unwrap(),
                t["serial"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let lost: Vec<_> = acknowledged
        .iter()
        .filter(|a| !stored.contains(a))
        .collect();
    eprintln!(
        "crash harness (timestamps): {ITERATIONS} kill -9 iterations, {} acknowledged, {} stored, {} lost",
        acknowledged.len(),
        stored.len(),
        lost.len()
    );
    assert!(lost.is_empty(), "lost acknowledged timestamps: {lost:?}");
    assert!(
        acknowledged.len() >= 2,
        "too few acknowledged timestamps to be meaningful: {}",
        acknowledged.len()
    );
    assert!(
        acknowledged.len() < ITERATIONS,
        "no kill landed during a timestamp"
    );
    // Nothing is left half-done: the next timestamp succeeds and verifies.
    reg.json(&["incident", "new", "--title", "after the kills"]);
    let t = reg.json(&["anchor", "timestamp"]);
    let v = reg.json(&["verify"]);
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(
        v["timestamps"].as_array().unwrap().last().unwrap()["seq"],
        t["seq"]
    );
}
