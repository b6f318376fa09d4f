//! `breachlog-bench customers --count N --work DIR` (child of `run`): a processor with N
//! customers (controllers) on one incident. Measures the customers list the app's Customers
//! screen loads, one controller notice issued on its own (median of several), and
//! every notice at once (`Register::issue_controller_notices`, what `report controller --all`
//! runs) with its peak RSS (issue 15 item 5).

use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Instant;

use breachlog_core::register::{AssessmentInput, IncidentInput, InitOptions};
use breachlog_core::report::{ReportKind, ReportOptions};
use breachlog_core::Register;
use serde_json::json;
use zeroize::Zeroizing;

use crate::measure::percentile;
use crate::{flags, need, peak_rss_kib, reset_peak_rss, AnyResult, DEFAULT_PASSPHRASE};

/// Countries and languages of the customers, in turn.
const PLACES: [(&str, &str); 5] = [
    ("NL", "nl"),
    ("DE", "de"),
    ("FR", "fr"),
    ("GB", "en"),
    ("BE", "fr"),
];
/// Contractual notice hours, in turn (empty: "without undue delay").
const HOURS: [&str; 4] = ["24", "36", "48", ""];

/// How many single notices are issued for the median.
const SINGLE_RUNS: usize = 9;

fn name(i: usize) -> String {
    format!("Customer {i:05} Holding")
}

/// The customers CSV of `n` customers (the import's columns).
fn customers_csv(n: usize) -> String {
    let mut csv =
        String::from("name,country,language,authority,notice_hours,contact,contract_reference\n");
    for i in 0..n {
        let (country, lang) = PLACES[i % PLACES.len()];
        let hours = HOURS[i % HOURS.len()];
        let _ = writeln!(
            csv,
            "{},{country},{lang},,{hours},privacy@customer{i:05}.example,DPA-{i:05}",
            name(i)
        );
    }
    csv
}

/// Each customer's own figures, categories and countries on the incident.
fn impacts_csv(n: usize) -> String {
    let mut csv = String::from(
        "controller,subjects_approx,records_approx,data_categories,subject_categories,countries\n",
    );
    for i in 0..n {
        let (country, _) = PLACES[i % PLACES.len()];
        let _ = writeln!(
            csv,
            "{},{},{},name;email address,customers,{country}",
            name(i),
            100 + (i * 37) % 5000,
            300 + (i * 91) % 20000
        );
    }
    csv
}

/// A new register at `db` with `n` customers (CSV import) and one processor incident affecting
/// all of them, each with its own impact (CSV). Returns the register, the incident, the
/// customers' ids, the import and impact times (s) and the Customers screen's list figures.
struct Setup {
    reg: Register,
    incident: uuid::Uuid,
    ids: Vec<String>,
    import_seconds: f64,
    impacts_seconds: f64,
    list_ms: serde_json::Value,
    list_bytes: usize,
}

fn setup(db: &std::path::Path, n: usize, passphrase: &str) -> AnyResult<Setup> {
    let opts = InitOptions {
        passphrase: Some(Zeroizing::new(passphrase.into())),
        actor: "bench".into(),
        ..Default::default()
    };
    let (mut reg, _) = Register::init(db, opts)?;

    let start = Instant::now();
    let imported = reg.import_controllers_csv(customers_csv(n).as_bytes(), false)?;
    let import_seconds = start.elapsed().as_secs_f64();
    if imported.added.len() != n {
        return Err(format!("{} customers imported, {n} expected", imported.added.len()).into());
    }

    // The Customers screen: the list it loads.
    let (list_ms, list_bytes) = customers_screen(&reg)?;

    let incident = reg
        .create_incident(&IncidentInput {
            title: Some("Platform database exposed".into()),
            ..Default::default()
        })?
        .id;
    let ids: Vec<String> = reg
        .controllers()?
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    reg.assess(
        incident,
        &AssessmentInput {
            personal_data: Some("yes".into()),
            aware_at: Some(breachlog_core::Ts::now().to_string()),
            role: Some("both".into()),
            controllers: Some(ids.clone()),
            ..Default::default()
        },
    )?;
    let start = Instant::now();
    reg.import_impacts_csv(incident, impacts_csv(n).as_bytes(), false)?;
    let impacts_seconds = start.elapsed().as_secs_f64();
    Ok(Setup {
        reg,
        incident,
        ids,
        import_seconds,
        impacts_seconds,
        list_ms,
        list_bytes,
    })
}

/// `breachlog-bench customers-register --count N --out DB [--passphrase P]`: the register of
/// [`cmd_customers`] kept at `DB`, for the desktop measurement of the Customers screen
/// (tests/e2e/bench.mjs). Prints `{"incident": …, "customers": N}`.
pub fn cmd_customers_register(args: &[String]) -> AnyResult<()> {
    let f = flags(args)?;
    let n: usize = need(&f, "count")?;
    let out: PathBuf = need(&f, "out")?;
    let passphrase: String = crate::get(&f, "passphrase")?.unwrap_or(DEFAULT_PASSPHRASE.into());
    let s = setup(&out, n, &passphrase)?;
    println!("{}", json!({ "incident": s.incident, "customers": n }));
    Ok(())
}

pub fn cmd_customers(args: &[String]) -> AnyResult<()> {
    let f = flags(args)?;
    let n: usize = need(&f, "count")?;
    let work: PathBuf = need(&f, "work")?;
    let dir = work.join(format!("customers-{n}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let Setup {
        mut reg,
        incident,
        ids,
        import_seconds,
        impacts_seconds,
        list_ms,
        list_bytes,
    } = setup(&dir.join("register.db"), n, DEFAULT_PASSPHRASE)?;

    // One notice on its own, several customers, the median.
    let mut single = Vec::with_capacity(SINGLE_RUNS);
    for id in ids
        .iter()
        .step_by((n / SINGLE_RUNS).max(1))
        .take(SINGLE_RUNS)
    {
        let start = Instant::now();
        reg.issue_report(
            ReportKind::Controller,
            &ReportOptions {
                incident: Some(incident.to_string()),
                controller: Some(id.clone()),
                ..ReportOptions::default()
            },
        )?;
        single.push(start.elapsed().as_secs_f64());
    }
    single.sort_by(f64::total_cmp);
    let one = single[single.len() / 2];

    // Every notice at once, with the process's peak RSS over that phase alone.
    let reset = reset_peak_rss();
    let start = Instant::now();
    let written =
        reg.issue_controller_notices(incident, &dir.join("notices"), None, None, &mut |_, _| {})?;
    let all_seconds = start.elapsed().as_secs_f64();
    let peak = if reset { peak_rss_kib() } else { 0 };
    let files = written.notices.len();
    drop(reg);
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "{}",
        json!({
            "customers": n, "import_seconds": import_seconds, "impacts_seconds": impacts_seconds,
            "list_ms": list_ms, "list_json_bytes": list_bytes,
            "single_seconds": single, "single_median_seconds": one,
            "all_seconds": all_seconds, "all_files": files, "all_peak_rss_kib": peak,
        })
    );
    Ok(())
}

/// p50/p95 (ms) of what the Customers screen asks the core for: the list (`Register::controllers`,
/// the `controllers` command) and its JSON as sent to the window, 2 warm-ups and 20 timed runs;
/// and the size of that JSON. (The screen filters the list in the window itself.)
fn customers_screen(reg: &Register) -> AnyResult<(serde_json::Value, usize)> {
    let mut times = Vec::new();
    let mut bytes = 0;
    for run in 0..22 {
        let start = Instant::now();
        let all = reg.controllers()?;
        bytes = serde_json::to_vec(&all)?.len();
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        if run >= 2 {
            times.push(ms);
        }
    }
    times.sort_by(f64::total_cmp);
    Ok((
        json!({"p50": percentile(&times, 0.50), "p95": percentile(&times, 0.95)}),
        bytes,
    ))
}
