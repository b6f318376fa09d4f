//! What the benchmark run measures with: timing and memory of child processes, the generated
//! registers, the list filters, the machine description, and the table of results.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use breachlog_core::query::{IncidentFilter, SortBy};
use serde_json::{json, Value};

use crate::AnyResult;

/// One line of the table.
pub(crate) struct Row {
    pub(crate) figure: String,
    pub(crate) baseline: String,
    pub(crate) ratio: Option<f64>,
    pub(crate) goal: String,
    pub(crate) absolute: String,
    /// `None`: informational or skipped.
    pub(crate) pass: Option<bool>,
}

impl Row {
    pub(crate) fn json(&self) -> Value {
        json!({
            "figure": self.figure, "baseline": self.baseline, "ratio": self.ratio, "goal": self.goal,
            "absolute": self.absolute,
            "result": match self.pass { Some(true) => "pass", Some(false) => "miss", None => "info" },
        })
    }
}

pub(crate) fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().replace('_', "").parse().ok())
        .unwrap_or(default)
}

pub(crate) fn mb(bytes: f64, secs: f64) -> f64 {
    bytes / secs.max(1e-9) / 1e6
}

/// Runs a command, timing the whole process; with `/usr/bin/time` also its peak RSS (KiB).
pub(crate) fn timed(
    program: &Path,
    args: &[&str],
    envs: &[(&str, &str)],
) -> AnyResult<(f64, Option<u64>, String)> {
    let gnu_time = Path::new("/usr/bin/time");
    let rss_file = std::env::temp_dir().join(format!("breachlog-bench-rss-{}", std::process::id()));
    let mut cmd = if gnu_time.exists() {
        let mut c = Command::new(gnu_time);
        c.arg("-f").arg("%M").arg("-o").arg(&rss_file).arg(program);
        c
    } else {
        Command::new(program)
    };
    cmd.args(args);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let start = Instant::now();
    let out = cmd.output()?;
    let secs = start.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(format!(
            "{} {} failed: {}{}",
            program.display(),
            args.join(" "),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let rss = std::fs::read_to_string(&rss_file)
        .ok()
        .and_then(|t| t.lines().last().and_then(|l| l.trim().parse().ok()));
    let _ = std::fs::remove_file(&rss_file);
    Ok((secs, rss, String::from_utf8_lossy(&out.stdout).into_owned()))
}

/// Runs a child of this binary that prints one JSON object.
pub(crate) fn child(args: &[&str]) -> AnyResult<Value> {
    let exe = std::env::current_exe()?;
    let (_, _, out) = timed(&exe, args, &[])?;
    let last = out.lines().last().unwrap_or_default();
    Ok(serde_json::from_str(last)?)
}

/// Seconds of `sha256sum` over `files`: the best of three runs (the files are in the page
/// cache after the first), like the figure it is compared with.
pub(crate) fn sha256sum(files: &[PathBuf]) -> AnyResult<f64> {
    let args: Vec<&str> = files.iter().filter_map(|f| f.to_str()).collect();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let (secs, _, _) = timed(Path::new("sha256sum"), &args, &[])?;
        best = best.min(secs);
    }
    Ok(best)
}

/// A generated register, reused while its parameters match.
pub(crate) fn register(work: &Path, incidents: u64, seed: u64) -> AnyResult<(PathBuf, Value)> {
    let db = work.join(format!("register-{incidents}-s{seed}.db"));
    let info = work.join(format!("register-{incidents}-s{seed}.json"));
    if db.exists() {
        if let Some(v) = std::fs::read_to_string(&info)
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        {
            println!("reusing {} ({} events)", db.display(), v["events"]);
            return Ok((db, v));
        }
        for suffix in ["", "-wal", "-shm", ".keys"] {
            let mut p = db.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
    println!("generating {incidents} incidents (seed {seed}) …");
    let n = incidents.to_string();
    let s = seed.to_string();
    let v = child(&[
        "generate",
        "--incidents",
        &n,
        "--seed",
        &s,
        "--out",
        db.to_str().unwrap_or_default(),
    ])?;
    println!(
        "  {} events, {} breaches in {:.0} s",
        v["events"],
        v["breaches"],
        v["seconds"].as_f64().unwrap_or(0.0)
    );
    std::fs::write(&info, v.to_string())?;
    Ok((db, v))
}

pub(crate) fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

/// The register list queries the desktop app issues (same struct, same core function).
pub(crate) fn filters() -> Vec<(&'static str, IncidentFilter)> {
    let f = IncidentFilter::default;
    let open = || {
        vec![
            "reported".into(),
            "triage".into(),
            "investigating".into(),
            "contained".into(),
        ]
    };
    vec![
        ("first page, newest first", f()),
        (
            "open incidents",
            IncidentFilter {
                status: open(),
                ..f()
            },
        ),
        (
            "breaches only",
            IncidentFilter {
                breach: Some(true),
                ..f()
            },
        ),
        (
            "breaches, risk high",
            IncidentFilter {
                breach: Some(true),
                risk: vec!["high".into()],
                ..f()
            },
        ),
        (
            "text 'phishing'",
            IncidentFilter {
                text: Some("phishing".into()),
                ..f()
            },
        ),
        (
            "text 'laptop', by title",
            IncidentFilter {
                text: Some("laptop".into()),
                sort: SortBy::Title,
                ..f()
            },
        ),
        (
            "id prefix",
            IncidentFilter {
                text: Some("019".into()),
                ..f()
            },
        ),
        (
            "detected in one quarter",
            IncidentFilter {
                detected_from: Some("2025-01-01T00:00:00Z".into()),
                detected_to: Some("2025-03-31T23:59:59Z".into()),
                ..f()
            },
        ),
        (
            "all, by severity",
            IncidentFilter {
                sort: SortBy::Severity,
                ..f()
            },
        ),
        (
            "all, by status",
            IncidentFilter {
                sort: SortBy::Status,
                ..f()
            },
        ),
        (
            "all, by title",
            IncidentFilter {
                sort: SortBy::Title,
                ..f()
            },
        ),
        (
            "page 50",
            IncidentFilter {
                offset: Some(10_000),
                ..f()
            },
        ),
        (
            "open breaches, oldest first",
            IncidentFilter {
                status: open(),
                breach: Some(true),
                sort: SortBy::DetectedAsc,
                ..f()
            },
        ),
    ]
}

pub(crate) fn machine() -> Value {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_default();
    let mem_kib: u64 = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .next()
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0);
    let nproc = std::thread::available_parallelism().map_or(1, |n| n.get());
    json!({"nproc": nproc, "cpu": cpu, "ram_gib": (mem_kib as f64 / 1048576.0 * 10.0).round() / 10.0})
}

pub(crate) fn skipped(figure: &str, why: &str) -> Row {
    Row {
        figure: figure.into(),
        baseline: "—".into(),
        ratio: None,
        goal: "—".into(),
        absolute: format!("SKIPPED: {why}"),
        pass: None,
    }
}

pub(crate) fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> AnyResult<()> {
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            collect(&p, out)?;
        } else {
            out.push(p);
        }
    }
    out.sort();
    Ok(())
}

pub(crate) fn print_table(rows: &[Row]) {
    println!();
    println!("| figure | baseline (same run) | ratio | goal | absolute | result |");
    println!("|---|---|---|---|---|---|");
    for r in rows {
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            r.figure,
            r.baseline,
            r.ratio.map_or("—".into(), |x| format!("{x:.2}×")),
            r.goal,
            r.absolute,
            match r.pass {
                Some(true) => "pass",
                Some(false) => "**miss**",
                None => "info",
            }
        );
    }
    println!();
}

#[cfg(feature = "baseline")]
pub(crate) fn append_row(
    work: &Path,
    rows: &mut Vec<Row>,
    details: &mut serde_json::Map<String, Value>,
) -> AnyResult<()> {
    use crate::DEFAULT_PASSPHRASE;
    use breachlog_core::register::{IncidentInput, InitOptions, OrgInput};
    use breachlog_core::Register;

    let n = env_num("BENCH_APPEND_EVENTS", 100_000) as usize;
    let dir = work.join("append");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    let opts = InitOptions {
        org: OrgInput {
            name: Some("Bench B.V.".into()),
            timezone: Some("Europe/Amsterdam".into()),
            ..Default::default()
        },
        passphrase: Some(zeroize::Zeroizing::new(DEFAULT_PASSPHRASE.into())),
        keyring: false,
        actor: "bench".into(),
    };
    let mut enc = Register::init(&dir.join("enc.db"), opts)?.0;
    let mut plain = Register::create_unencrypted_for_benchmark(&dir.join("plain.db"))?;
    /// `n` incident updates, 100 per transaction (durable commits, synchronous = FULL).
    fn append(reg: &mut Register, n: usize) -> AnyResult<f64> {
        let input = IncidentInput {
            title: Some("Synthetic incident".into()),
            ..Default::default()
        };
        let incident = reg.create_incident(&input)?;
        let start = Instant::now();
        let mut i = 0;
        while i < n {
            let todo = 100.min(n - i);
            reg.bench_write(|w| {
                for k in 0..todo {
                    let step = i + k;
                    w.append(
                        "incident.updated",
                        Some(incident.id),
                        json!({"changes": {"description": format!("Step {step} of the investigation: logs of host app-{} reviewed, \
                            no lateral movement found; next: rotate credentials of service account svc-{}.", step % 40, step % 7)}}),
                    )?;
                }
                Ok(())
            })?;
            i += todo;
        }
        Ok(start.elapsed().as_secs_f64())
    }
    // Alternating rounds: both registers see the same machine load.
    let (mut t_plain, mut t_enc) = (0.0, 0.0);
    for _ in 0..10 {
        t_plain += append(&mut plain, n / 10)?;
        t_enc += append(&mut enc, n / 10)?;
    }
    let ratio = t_enc / t_plain;
    rows.push(Row {
        figure: format!("append {n} events (Register::write, 100 per transaction)"),
        baseline: format!(
            "same code on plain SQLite: {:.2} s = {:.0} ev/s",
            t_plain,
            n as f64 / t_plain
        ),
        ratio: Some(ratio),
        goal: "≤ 1.3×".into(),
        absolute: format!("SQLCipher {:.2} s = {:.0} ev/s", t_enc, n as f64 / t_enc),
        pass: Some(ratio <= 1.3),
    });
    details.insert(
        "append".into(),
        json!({"events": n, "sqlcipher_seconds": t_enc, "plain_seconds": t_plain}),
    );
    drop((enc, plain));
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

#[cfg(not(feature = "baseline"))]
pub(crate) fn append_row(
    _: &Path,
    rows: &mut Vec<Row>,
    _: &mut serde_json::Map<String, Value>,
) -> AnyResult<()> {
    rows.push(skipped(
        "append",
        "built without `--features baseline` (the plain-SQLite baseline); `make bench` enables it",
    ));
    Ok(())
}

/// `tests/e2e/bench.mjs` through tauri-driver (under xvfb-run without a display): launch to
/// the unlock screen, and launch to the first register page after unlock (the app verifies
/// the whole register at every unlock, in the background: also timed), empty register vs
/// `incidents`.
pub(crate) fn cold_start(
    app: &Path,
    exe: &Path,
    incidents: u64,
    customers: u64,
    work: &Path,
) -> AnyResult<(Vec<Row>, Value)> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e/bench.mjs");
    let out = work.join("cold-start.json");
    let _ = std::fs::remove_file(&out);
    let mut cmd = if std::env::var_os("DISPLAY").is_some() {
        Command::new("node")
    } else {
        let mut c = Command::new("xvfb-run");
        c.arg("-a").arg("node");
        c
    };
    cmd.arg(&script)
        .arg(app)
        .arg(exe)
        .arg(incidents.to_string());
    cmd.env("BENCH_JSON", &out)
        .env("BENCH_GENERATOR", "1")
        .env("BENCH_CUSTOMERS", customers.to_string());
    let status = cmd.status()?;
    if !status.success() {
        return Err(format!("bench.mjs exited with {status}").into());
    }
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&out)?)?;
    let get = |i: usize, k: &str| v[i][k].as_f64().unwrap_or(0.0);
    let k_start = "cold start to unlock screen (ms)";
    let k_unlock = "unlock to first page (ms)";
    let k_verified = "unlock to verified (ms)";
    let (empty, full) = (
        get(0, k_start) + get(0, k_unlock),
        get(1, k_start) + get(1, k_unlock),
    );
    let ratio = full / empty.max(1.0);
    let row = Row {
        figure: format!("desktop cold start to first register page, {incidents} incidents (launch → unlock screen → unlocked list; release build of the app)"),
        baseline: format!("empty register: {:.0} ms (+{:.0} ms unlock; verified {:.0} ms after unlock)", get(0, k_start), get(0, k_unlock), get(0, k_verified)),
        ratio: Some(ratio),
        goal: "≤ 1.3×".into(),
        absolute: format!("{:.0} ms (+{:.0} ms unlock; the background verify done {:.0} ms after unlock)", get(1, k_start), get(1, k_unlock), get(1, k_verified)),
        pass: Some(ratio <= 1.3),
    };
    let mut rows = vec![row];
    // The Customers screen in the window (bench.mjs, third entry): open and filter.
    let c = &v[2];
    if c.is_object() {
        let f = |k: &str| c[k].as_f64().unwrap_or(f64::NAN);
        let (open, filter) = (f("open p50 (ms)"), f("filter p95 (ms)"));
        rows.push(Row {
            figure: format!("Customers screen in the window, {customers} customers (open: click → first 100 rows painted; filter: a query → filtered rows painted)"),
            baseline: "—".into(),
            ratio: None,
            goal: "open p50 < 1,000 ms; filter p95 < 100 ms".into(),
            absolute: format!(
                "open p50 {open:.0} ms (max {:.0}); filter p50 {:.0} ms, p95 {filter:.0} ms",
                f("open max (ms)"),
                f("filter p50 (ms)")
            ),
            pass: Some(open < 1000.0 && filter < 100.0),
        });
    }
    Ok((rows, v))
}
