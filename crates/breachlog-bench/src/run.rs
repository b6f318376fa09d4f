//! `breachlog-bench run`: every figure of issue 8 in one run, each against a baseline measured
//! in the same run; prints one table and writes `results.json`.
//!
//! Sizes (environment, defaults = the sizes):
//! `BENCH_INCIDENTS` (100000: the list/filter, verify and PDF register, ≈ 1M events),
//! `BENCH_BUNDLE_INCIDENTS` (10000: the bundle register, ≈ 100k events; also the cold-start
//! register), `BENCH_APPEND_EVENTS` (100000), `BENCH_PDF` (`10000,20000`), `BENCH_CUSTOMERS`
//! (2000: customers on one incident), `BENCH_SEED` (1).
//! Generated registers are kept in the work directory and reused while size and seed match.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::{json, Value};

use crate::{flags, get, open, AnyResult, DEFAULT_PASSPHRASE};

use crate::measure::*;

pub fn run(args: &[String]) -> AnyResult<()> {
    let f = flags(args)?;
    let work: PathBuf = get(&f, "work")?.unwrap_or_else(|| PathBuf::from("target/bench"));
    std::fs::create_dir_all(&work)?;
    let exe = std::env::current_exe()?;
    let bin_dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    let cli: PathBuf = get(&f, "cli")?.unwrap_or_else(|| bin_dir.join("breachlog"));
    let app: Option<PathBuf> = get(&f, "app")?;
    let seed = env_num("BENCH_SEED", 1);
    let big_n = env_num("BENCH_INCIDENTS", 100_000);
    let small_n = env_num("BENCH_BUNDLE_INCIDENTS", 10_000);
    let pdf_sizes: Vec<u64> = std::env::var("BENCH_PDF")
        .unwrap_or_else(|_| "10000,20000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    // `BENCH_ONLY=verify,list,bundle,pdf,append,app` runs only those figures (while developing).
    let only_list = std::env::var("BENCH_ONLY").unwrap_or_default();
    let only = |figure: &str| {
        only_list.trim().is_empty() || only_list.split(',').any(|f| f.trim() == figure)
    };
    let mut rows: Vec<Row> = Vec::new();
    let mut details = serde_json::Map::new();
    let started = Instant::now();

    let (big, big_info) = register(&work, big_n, seed)?;
    let (small, small_info) = register(&work, small_n, seed)?;
    details.insert(
        "registers".into(),
        json!({"big": big_info, "small": small_info}),
    );

    if only("verify") {
        // ---- journal verify (full register verify) vs sha256sum of the exported journal ----
        let journal = work.join("journal.jsonl");
        {
            let mut reg = open(&big, DEFAULT_PASSPHRASE)?;
            reg.export_journal(&journal)?;
        }
        let bytes = std::fs::metadata(&journal)?.len() as f64;
        let t_sha = sha256sum(std::slice::from_ref(&journal))?;
        let v_big = child(&["verify-register", "--db", big.to_str().unwrap_or_default()])?;
        let v_small = child(&[
            "verify-register",
            "--db",
            small.to_str().unwrap_or_default(),
        ])?;
        let t_verify = v_big["seconds"].as_f64().unwrap_or(f64::MAX);
        let events = v_big["events"].as_u64().unwrap_or(0);
        let rss_big = v_big["peak_rss_kib"].as_u64().unwrap_or(0) as f64 / 1024.0;
        let rss_small = v_small["peak_rss_kib"].as_u64().unwrap_or(0) as f64 / 1024.0;
        let ratio = t_sha / t_verify;
        rows.push(Row {
            figure: format!(
                "register verify, {} events (chain + projection rebuild + compare)",
                events
            ),
            baseline: format!(
                "sha256sum of the exported journal ({:.0} MB): {:.2} s = {:.0} MB/s",
                bytes / 1e6,
                t_sha,
                mb(bytes, t_sha)
            ),
            ratio: Some(ratio),
            goal: "≥ 0.5× bytes/s".into(),
            absolute: format!("{:.2} s = {:.0} MB/s", t_verify, mb(bytes, t_verify)),
            pass: Some(ratio >= 0.5),
        });
        rows.push(Row {
            figure: "  verify memory: peak RSS, 1M vs 100k events".into(),
            baseline: format!("{} events: {:.0} MiB", v_small["events"], rss_small),
            ratio: Some(rss_big / rss_small.max(1.0)),
            goal: "flat (not ∝ events)".into(),
            absolute: format!("{events} events: {rss_big:.0} MiB"),
            pass: None,
        });
        details.insert(
        "verify".into(),
        json!({"big": v_big, "small": v_small, "journal_bytes": bytes, "sha256sum_seconds": t_sha}),
    );
        // Chain only, from the exported file, in this process (what `breachlog verify --journal` does).
        let start = Instant::now();
        let file = std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(&journal)?);
        breachlog_core::journal::verify_jsonl(file, None)?;
        let t_chain = start.elapsed().as_secs_f64();
        // The same as a process, as an auditor runs it, with its peak RSS at both sizes.
        if cli.exists() {
            let small_journal = work.join("journal-small.jsonl");
            open(&small, DEFAULT_PASSPHRASE)?.export_journal(&small_journal)?;
            let mut runs = Vec::new();
            for file in [&journal, &small_journal] {
                let path = file.to_str().unwrap_or_default();
                let (secs, rss, _) = timed(&cli, &["verify", "--journal", path], &[])?;
                runs.push((secs, rss.unwrap_or(0) as f64 / 1024.0));
            }
            let ((t_big, rss_big), (_, rss_small)) = (runs[0], runs[1]);
            rows.push(Row {
                figure: format!(
                    "  journal verify as a process (`breachlog verify --journal`), {events} events"
                ),
                baseline: format!(
                    "sha256sum, same file; peak RSS at 100k events {rss_small:.0} MiB"
                ),
                ratio: Some(t_sha / t_big),
                goal: "≥ 0.5× bytes/s, memory flat".into(),
                absolute: format!(
                    "{:.2} s = {:.0} MB/s, peak RSS {rss_big:.0} MiB ({:.2}× the 100k figure)",
                    t_big,
                    mb(bytes, t_big),
                    rss_big / rss_small.max(1.0)
                ),
                pass: Some(t_sha / t_big >= 0.5 && rss_big <= rss_small * 1.2),
            });
            details.insert(
                "journal_process".into(),
                json!({"seconds": t_big, "peak_rss_mib": rss_big, "small_peak_rss_mib": rss_small}),
            );
        }
        rows.push(Row {
            figure: "  chain only, exported journal file (no key)".into(),
            baseline: "sha256sum, same file".into(),
            ratio: Some(t_sha / t_chain),
            goal: "≥ 0.5× bytes/s".into(),
            absolute: format!("{:.2} s = {:.0} MB/s", t_chain, mb(bytes, t_chain)),
            pass: Some(t_sha / t_chain >= 0.5),
        });
    }

    // ---- list + filter over the big register ----
    if only("list") {
        let reg = open(&big, DEFAULT_PASSPHRASE)?;
        let mut all = Vec::new();
        let mut per = Vec::new();
        for (name, filter) in filters() {
            let mut times = Vec::new();
            for i in 0..22 {
                let start = Instant::now();
                let page = reg.list_incidents(&filter)?;
                let ms = start.elapsed().as_secs_f64() * 1e3;
                std::hint::black_box(&page);
                if i >= 2 {
                    times.push(ms);
                }
                if i == 0 {
                    per.push(json!({"filter": name, "total": page.total}));
                }
            }
            times.sort_by(f64::total_cmp);
            if let Some(Value::Object(m)) = per.last_mut() {
                m.insert("p50_ms".into(), json!(percentile(&times, 0.5)));
                m.insert("p95_ms".into(), json!(percentile(&times, 0.95)));
            }
            all.extend(times);
        }
        all.sort_by(f64::total_cmp);
        let p95 = percentile(&all, 0.95);
        let worst = per
            .iter()
            .max_by(|a, b| {
                a["p95_ms"]
                    .as_f64()
                    .unwrap_or(0.0)
                    .total_cmp(&b["p95_ms"].as_f64().unwrap_or(0.0))
            })
            .cloned()
            .unwrap_or_default();
        rows.push(Row {
            figure: format!(
                "list + filter, {big_n} incidents (Register::list_incidents, {} filters × 20)",
                per.len()
            ),
            baseline: "—".into(),
            ratio: None,
            goal: "p95 < 50 ms".into(),
            absolute: format!(
                "p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms (slowest: {} p95 {:.1} ms)",
                percentile(&all, 0.5),
                p95,
                all.last().copied().unwrap_or(0.0),
                worst["filter"].as_str().unwrap_or(""),
                worst["p95_ms"].as_f64().unwrap_or(0.0)
            ),
            pass: Some(p95 < 50.0),
        });
        details.insert("list".into(), json!({"p95_ms": p95, "filters": per}));
    }

    // ---- bundle verify (CLI, process-level) vs sha256sum of the bundle ----
    if !only("bundle") {
    } else if cli.exists() {
        let bundle = work.join("bundle");
        if bundle.exists() {
            std::fs::remove_dir_all(&bundle)?;
        }
        let env = [
            ("BREACHLOG_PASSPHRASE", DEFAULT_PASSPHRASE),
            ("BREACHLOG_NO_KEYRING", "1"),
        ];
        let db = small.to_str().unwrap_or_default();
        timed(
            &cli,
            &[
                "--db",
                db,
                "export",
                "bundle",
                "--out",
                bundle.to_str().unwrap_or_default(),
            ],
            &env,
        )?;
        let mut files = Vec::new();
        collect(&bundle, &mut files)?;
        let bundle_bytes: u64 = files
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        let t_sha = sha256sum(&files)?;
        let mut best: Option<(f64, Option<u64>, String)> = None;
        for _ in 0..3 {
            let r = timed(
                &cli,
                &[
                    "verify",
                    "--bundle",
                    bundle.to_str().unwrap_or_default(),
                    "--json",
                ],
                &[],
            )?;
            if best.as_ref().is_none_or(|b| r.0 < b.0) {
                best = Some(r);
            }
        }
        let (t_verify, rss, out) = best.unwrap_or_default();
        let events = serde_json::from_str::<Value>(out.trim())
            .ok()
            .and_then(|v| v["events"].as_u64())
            .unwrap_or(0);
        let ratio = t_sha / t_verify;
        rows.push(Row {
            figure: format!(
                "bundle verify, {events}-event export (`breachlog verify --bundle`, process)"
            ),
            baseline: format!(
                "sha256sum of the bundle ({} files, {:.0} MB): {:.2} s",
                files.len(),
                bundle_bytes as f64 / 1e6,
                t_sha
            ),
            ratio: Some(ratio),
            goal: "≥ 0.5× bytes/s".into(),
            absolute: format!(
                "{:.2} s = {:.0} MB/s, peak RSS {}",
                t_verify,
                mb(bundle_bytes as f64, t_verify),
                rss.map_or("?".into(), |k| format!("{} MiB", k / 1024))
            ),
            pass: Some(ratio >= 0.5),
        });
        details.insert(
            "bundle".into(),
            json!({"events": events, "bytes": bundle_bytes, "files": files.len(), "verify_seconds": t_verify, "sha256sum_seconds": t_sha, "peak_rss_kib": rss}),
        );
    } else {
        rows.push(skipped(
            "bundle verify",
            &format!(
                "no CLI at {} (cargo build --release -p breachlog-cli)",
                cli.display()
            ),
        ));
    }

    if only("pdf") {
        // ---- register PDF 10k vs 20k ----
        let mut pdf = Vec::new();
        for n in &pdf_sizes {
            let v = child(&[
                "pdf",
                "--db",
                big.to_str().unwrap_or_default(),
                "--breaches",
                &n.to_string(),
            ])?;
            println!("  register PDF {n}: {v}");
            pdf.push(v);
        }
        if let [a, b] = pdf.as_slice() {
            let (ta, tb) = (
                a["seconds"].as_f64().unwrap_or(0.0),
                b["seconds"].as_f64().unwrap_or(f64::MAX),
            );
            let (ra, rb) = (
                a["peak_rss_kib"].as_u64().unwrap_or(0) / 1024,
                b["peak_rss_kib"].as_u64().unwrap_or(0) / 1024,
            );
            let ratio = tb / ta;
            rows.push(Row {
                figure: format!(
                    "register PDF, {} breaches (load + render, process peak RSS)",
                    b["breaches"]
                ),
                baseline: format!(
                    "{} breaches: {:.2} s, {} pages, {ra} MiB",
                    a["breaches"], ta, a["pages"]
                ),
                ratio: Some(ratio),
                goal: "≤ 2.2×; peak RSS < 256 MiB".into(),
                absolute: format!("{:.2} s, {} pages, peak RSS {rb} MiB", tb, b["pages"]),
                pass: Some(ratio <= 2.2 && rb < 256 && ra < 256),
            });
        }
        details.insert("pdf".into(), Value::Array(pdf));
    }

    // ---- append (SQLCipher vs plain SQLite, same code) ----
    if only("evidence") {
        // ---- evidence files (issue 19): a 200 MB file in, out and verified, memory flat ----
        let big_bytes = env_num("BENCH_EVIDENCE_BYTES", 200_000_000);
        let small_bytes = (big_bytes / 10).max(1);
        let work_text = work.to_str().unwrap_or_default();
        let run = |bytes: u64| {
            child(&[
                "evidence",
                "--bytes",
                &bytes.to_string(),
                "--work",
                work_text,
            ])
        };
        let (small, big) = (run(small_bytes)?, run(big_bytes)?);
        let peak = |v: &Value| -> f64 {
            ["add", "export", "verify"]
                .iter()
                .map(|p| v[p]["peak_rss_kib"].as_u64().unwrap_or(0))
                .max()
                .unwrap_or(0) as f64
                / 1024.0
        };
        let phases = |v: &Value| -> String {
            let b = v["bytes"].as_f64().unwrap_or(0.0);
            ["add", "export", "verify"]
                .iter()
                .map(|p| {
                    let secs = v[p]["seconds"].as_f64().unwrap_or(f64::MAX);
                    let rss = v[p]["peak_rss_kib"].as_u64().unwrap_or(0) as f64 / 1024.0;
                    format!("{p} {secs:.2} s = {:.0} MB/s, {rss:.0} MiB", mb(b, secs))
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        let (rss_small, rss_big) = (peak(&small), peak(&big));
        let ratio = rss_big / rss_small.max(1.0);
        let file_mib = big_bytes as f64 / (1024.0 * 1024.0);
        rows.push(Row {
            figure: format!(
                "evidence file, {} MB: add (streamed, hashed, one transaction) / export (checked) / verify, peak RSS per phase",
                big_bytes / 1_000_000
            ),
            baseline: format!("{} MB: {}", small_bytes / 1_000_000, phases(&small)),
            ratio: Some(ratio),
            goal: "memory flat (not ∝ size), peak < ½ the file".into(),
            absolute: phases(&big),
            pass: Some(
                ratio <= 1.5
                    && rss_big < file_mib / 2.0
                    && big["exported_size_ok"] == Value::Bool(true),
            ),
        });
        details.insert("evidence".into(), json!({"small": small, "big": big}));
    }

    if only("customers") {
        customers_rows(&work, &mut rows, &mut details)?;
    }

    if only("append") {
        append_row(&work, &mut rows, &mut details)?;
    }

    if only("team") {
        crate::team::team_rows(&work, &small, &mut rows, &mut details)?;
    }

    // ---- desktop cold start ----
    if only("app") {
        match app.filter(|a| a.exists()) {
        Some(app) => match cold_start(&app, &exe, small_n, env_num("BENCH_CUSTOMERS", 2000), &work) {
            Ok((new_rows, v)) => {
                rows.extend(new_rows);
                details.insert("cold_start".into(), v);
            }
            Err(e) => rows.push(skipped("desktop cold start", &format!("failed: {e}"))),
        },
        None => rows.push(skipped(
            "desktop cold start",
            "the desktop app was not built (needs the Tauri system packages, Node.js, tauri-driver: `make bench-app` prerequisites)",
        )),
    }
    }

    // ---- output ----
    print_table(&rows);
    let results = json!({
        "machine": machine(),
        "generated_at": breachlog_core::Ts::now(),
        "seed": seed,
        "wall_seconds": started.elapsed().as_secs_f64(),
        "rows": rows.iter().map(Row::json).collect::<Vec<_>>(),
        "details": details,
    });
    let out = work.join("results.json");
    std::fs::write(&out, serde_json::to_string_pretty(&results)?)?;
    println!("written {}", out.display());
    Ok(())
}

/// Issue 15 item 5: every controller notice of an incident with `BENCH_CUSTOMERS` (2,000)
/// customers against one notice × that many, and the Customers screen's list.
fn customers_rows(
    work: &Path,
    rows: &mut Vec<Row>,
    details: &mut serde_json::Map<String, Value>,
) -> AnyResult<()> {
    let n = env_num("BENCH_CUSTOMERS", 2000);
    let v = child(&[
        "customers",
        "--count",
        &n.to_string(),
        "--work",
        work.to_str().unwrap_or_default(),
    ])?;
    let one = v["single_median_seconds"].as_f64().unwrap_or(f64::MAX);
    let all = v["all_seconds"].as_f64().unwrap_or(f64::MAX);
    let files = v["all_files"].as_u64().unwrap_or(0);
    let rss = v["all_peak_rss_kib"].as_u64().unwrap_or(0) as f64 / 1024.0;
    let ratio = all / (one * n as f64);
    rows.push(Row {
        figure: format!(
            "customer notices, {n} customers on one incident (`report controller --all`: one PDF each + manifest, one transaction)"
        ),
        baseline: format!(
            "one notice on its own (median of {}): {:.3} s × {n} = {:.1} s",
            v["single_seconds"].as_array().map_or(0, Vec::len),
            one,
            one * n as f64
        ),
        ratio: Some(ratio),
        goal: "≤ 1.2×; peak RSS < 512 MiB".into(),
        absolute: format!("{all:.1} s for {files} notices, peak RSS {rss:.0} MiB"),
        pass: Some(ratio <= 1.2 && rss < 512.0 && files == n),
    });
    let p95 = v["list_ms"]["p95"].as_f64().unwrap_or(f64::MAX);
    rows.push(Row {
        figure: format!("Customers screen list, {n} customers (`Register::controllers` + the JSON sent to the window)"),
        baseline: "—".into(),
        ratio: None,
        goal: "p95 < 50 ms".into(),
        absolute: format!(
            "p50 {:.1} ms, p95 {p95:.1} ms, {} KiB of JSON",
            v["list_ms"]["p50"].as_f64().unwrap_or(0.0),
            v["list_json_bytes"].as_u64().unwrap_or(0) / 1024
        ),
        pass: Some(p95 < 50.0),
    });
    details.insert("customers".into(), v);
    Ok(())
}
