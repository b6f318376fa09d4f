//! The team register's figures (issue 17, `docs/team.md`), on a real PostgreSQL started here
//! (a private cluster, `breachlog_testsupport::postgres`):
//! - join of a ~100k-event register against a plain client `COPY` of the same rows (goal ≤ 3×);
//! - one event from one replica visible in another, p95, with the app's sync policy (send
//!   within 250 ms of a write, pull every second; goal < 2 s);
//! - sync of 10,000 events written offline (send, then another member's pull).

use std::io::Read;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use breachlog_core::register::IncidentInput;
use breachlog_testsupport::postgres::TestPostgres;
use serde_json::{json, Map, Value};
use zeroize::Zeroizing;

use crate::measure::Row;
use crate::{open, AnyResult, DEFAULT_PASSPHRASE};

fn copy_register(from: &Path, to: &Path) -> AnyResult<()> {
    std::fs::copy(from, to)?;
    std::fs::copy(
        breachlog_core::keys::key_file_path(from),
        breachlog_core::keys::key_file_path(to),
    )?;
    Ok(())
}

fn incident(title: &str) -> IncidentInput {
    IncidentInput {
        title: Some(title.into()),
        category: Some("other".into()),
        detected_at: Some("2026-03-01T10:00:00Z".into()),
        ..Default::default()
    }
}

/// Writes the pages of register `from` into a new encrypted file `to` with SQLite's backup (its
/// pages are decrypted and encrypted again, nothing is parsed or checked): what writing a replica
/// of that size costs at least. Returns the seconds and the bytes written.
fn encrypted_copy(from: &Path, to: &Path) -> AnyResult<(f64, u64)> {
    let key = breachlog_core::keys::KeyFile::load(&breachlog_core::keys::key_file_path(from))?
        .unlock_passphrase(DEFAULT_PASSPHRASE)?;
    let src = breachlog_core::storage::open(from, &key, false)?;
    let t = Instant::now();
    {
        let mut dst = breachlog_core::storage::open(to, &key, true)?;
        dst.execute_batch("PRAGMA journal_mode = DELETE;")?;
        rusqlite::backup::Backup::new(&src, &mut dst)?.run_to_completion(
            4096,
            Duration::ZERO,
            None,
        )?;
    }
    let elapsed = t.elapsed().as_secs_f64();
    Ok((elapsed, std::fs::metadata(to)?.len()))
}

/// A plain client COPY of the server's journal rows: what any client pays to fetch them.
fn copy_out(url: &str) -> AnyResult<(f64, u64)> {
    let mut client = postgres::Client::connect(url, postgres::NoTls)?;
    let t = Instant::now();
    let mut reader = client.copy_out("COPY events TO STDOUT (FORMAT binary)")?;
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    Ok((t.elapsed().as_secs_f64(), bytes.len() as u64))
}

pub(crate) fn team_rows(
    work: &Path,
    source: &Path,
    rows: &mut Vec<Row>,
    details: &mut Map<String, Value>,
) -> AnyResult<()> {
    let pg = TestPostgres::start();
    let url = pg.database("bench_team");
    let dir = work.join("team");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let a_path = dir.join("a.db");
    copy_register(source, &a_path)?;
    let mut a = open(&a_path, DEFAULT_PASSPHRASE)?;
    let t = Instant::now();
    breachlog_team::create(&mut a, &url)?;
    let t_create = t.elapsed().as_secs_f64();
    let events = a.head()?.0;
    let code = breachlog_team::members::invite(&mut a, "Bench", "bench@example.com")?.code;
    let (t_copy, bytes) = copy_out(&url)?;
    let b_path = dir.join("b.db");
    let t = Instant::now();
    breachlog_team::members::join(
        &b_path,
        &url,
        &code,
        Zeroizing::new(DEFAULT_PASSPHRASE.into()),
        "bench-b",
    )?;
    let t_join = t.elapsed().as_secs_f64();
    let ratio = t_join / t_copy.max(1e-9);
    rows.push(Row {
        figure: format!("team join, {events} events (pull, open, re-hash, project into a new encrypted replica)"),
        baseline: format!(
            "client COPY of the same rows ({:.0} MB): {t_copy:.2} s",
            bytes as f64 / 1e6
        ),
        ratio: Some(ratio),
        goal: "≤ 3×".into(),
        absolute: format!("{t_join:.2} s (team create, publishing them: {t_create:.2} s)"),
        pass: Some(ratio <= 3.0),
    });

    // ---- the floor of any join that keeps an encrypted replica ----
    let floor_path = dir.join("floor.db");
    let (t_floor, floor_bytes) = encrypted_copy(&b_path, &floor_path)?;
    breachlog_core::files::remove_register_files(&floor_path);
    rows.push(Row {
        figure: "  floor: the joined replica's pages written again into a new encrypted file (no fetch, no check)".into(),
        baseline: format!("client COPY: {t_copy:.2} s"),
        ratio: Some(t_floor / t_copy.max(1e-9)),
        goal: "—".into(),
        absolute: format!("{t_floor:.2} s ({:.0} MB)", floor_bytes as f64 / 1e6),
        pass: None,
    });

    // ---- propagation: A writes, B sees it ----
    let mut b = open(&b_path, DEFAULT_PASSPHRASE)?;
    breachlog_team::sync(&mut a)?;
    breachlog_team::sync(&mut b)?;
    let samples = 20usize;
    let (tx, rx) = mpsc::channel::<(uuid::Uuid, Instant)>();
    let watcher = std::thread::spawn(move || -> Result<Vec<f64>, String> {
        let mut waiting: Vec<(uuid::Uuid, Instant)> = Vec::new();
        let mut seen = Vec::new();
        while seen.len() < samples {
            std::thread::sleep(Duration::from_secs(1));
            waiting.extend(rx.try_iter());
            breachlog_team::sync(&mut b).map_err(|e| e.to_string())?;
            waiting.retain(|(id, t0)| {
                if b.incident(*id).is_ok() {
                    seen.push(t0.elapsed().as_secs_f64());
                    false
                } else {
                    true
                }
            });
        }
        Ok(seen)
    });
    let mut rng = 0x9E37_79B9u64;
    for i in 0..samples {
        let inc = a.create_incident(&incident(&format!("propagation {i}")))?;
        let t0 = Instant::now();
        tx.send((inc.id, t0))?;
        // The app sends within its 250 ms tick.
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        std::thread::sleep(Duration::from_millis(rng % 250));
        breachlog_team::sync(&mut a)?;
        std::thread::sleep(Duration::from_millis(700 + rng % 600));
    }
    let mut seen = watcher.join().map_err(|_| "the watcher panicked")??;
    seen.sort_by(f64::total_cmp);
    let p = |q: f64| {
        seen[((seen.len() as f64 * q).ceil() as usize)
            .saturating_sub(1)
            .min(seen.len() - 1)]
    };
    let (p50, p95) = (p(0.5), p(0.95));
    rows.push(Row {
        figure: format!("team propagation: an incident logged on one replica shown on another ({samples} samples)"),
        baseline: "the app's policy: send within 250 ms of a write, pull every 1 s".into(),
        ratio: None,
        goal: "p95 < 2 s".into(),
        absolute: format!("p50 {p50:.2} s, p95 {p95:.2} s"),
        pass: Some(p95 < 2.0),
    });

    // ---- 10,000 events written offline ----
    let mut a = open(&a_path, DEFAULT_PASSPHRASE)?;
    a.atomically(|r| {
        for i in 0..10_000 {
            r.create_incident(&incident(&format!("offline {i}")))?;
        }
        Ok(())
    })?;
    let t = Instant::now();
    let sent = breachlog_team::sync(&mut a)?.sent;
    let t_send = t.elapsed().as_secs_f64();
    let mut b = open(&b_path, DEFAULT_PASSPHRASE)?;
    let t = Instant::now();
    let pulled = breachlog_team::sync(&mut b)?.pulled;
    let t_pull = t.elapsed().as_secs_f64();
    rows.push(Row {
        figure: format!(
            "team sync after a day offline: {sent} events sent, then pulled by another member"
        ),
        baseline: "—".into(),
        ratio: None,
        goal: "(measured)".into(),
        absolute: format!("send {t_send:.2} s, pull {pulled} events {t_pull:.2} s"),
        pass: None,
    });
    details.insert(
        "team".into(),
        json!({
            "events": events, "create_s": t_create, "copy_s": t_copy, "copy_bytes": bytes,
            "join_s": t_join, "join_ratio": ratio, "join_floor_s": t_floor, "propagation_s": seen,
            "offline_sent": sent, "offline_send_s": t_send, "offline_pull_s": t_pull,
        }),
    );
    Ok(())
}
