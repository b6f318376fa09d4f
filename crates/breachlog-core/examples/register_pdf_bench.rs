//! Benchmark (not a test): time and peak memory of the register PDF for N synthetic breaches.
//!
//!     cargo run --release -p breachlog-core --example register_pdf_bench -- 1000 10000 20000
//!
//! Each size runs in its own child process so that the peak RSS (VmHWM) is per size.

use std::time::Instant;

use breachlog_core::domain::Org;
use breachlog_core::report::render_register_rows;
use breachlog_core::views::{RegisterFiling, RegisterRow};
use breachlog_core::Ts;

fn rows(n: usize) -> Vec<RegisterRow> {
    let base = Ts::parse("2026-01-01T08:00:00Z").unwrap_or_else(Ts::now);
    (0..n)
        .map(|i| {
            let detected = base.plus_hours(i as i64);
            RegisterRow {
                id: format!("01a2{i:04x}-0000-7000-8000-{i:012x}"),
                title: format!("Fehlversand Nr. {i}: E-Mail mit Kundenliste an falschen Empfänger"),
                category: ["misdirected", "malware", "lost_device", "phishing"][i % 4].into(),
                role: Some(if i % 3 == 0 { "processor" } else { "controller" }.into()),
                occurred_from: Some(detected.plus_hours(-3)),
                occurred_to: None,
                detected_at: detected,
                aware_at: Some(detected.plus_hours(2)),
                contained_at: Some(detected.plus_hours(5)),
                resolved_at: None,
                closed_at: (i % 2 == 0).then(|| detected.plus_hours(48)),
                aware_justification: None,
                nature: vec!["confidentiality".into()],
                description: "Eine E-Mail mit einer Kundenliste wurde an einen externen Empfänger gesendet; der Empfänger hat die Löschung bestätigt.".into(),
                data_categories: vec!["Name".into(), "E-Mail-Adresse".into()],
                special_categories: Vec::new(),
                records_approx: Some(35 + i as u64 % 100),
                records_estimate: i % 5 == 0,
                subject_categories: vec!["Kunden".into()],
                subjects_approx: Some(35),
                subjects_estimate: false,
                enisa_dpc: Some(1),
                enisa_ei: Some("0.5".into()),
                enisa_cb: Some("0.25".into()),
                enisa_se: Some("0.75".into()),
                enisa_band: Some("low".into()),
                risk: Some(if i % 4 == 1 { "high" } else { "none" }.into()),
                risk_reasoning: Some("Nur Kontaktdaten, Empfänger vertrauenswürdig.".into()),
                decision: Some(if i % 4 == 1 { "notify" } else { "no_notify" }.into()),
                decision_rationale: Some("Kein Risiko für die Rechte und Freiheiten der betroffenen Personen (EDPB 01/2021, Beispiel 15).".into()),
                decided_by: Some("dpo".into()),
                decided_at: Some(detected.plus_hours(20)),
                filings: (i % 4 == 1)
                    .then(|| RegisterFiling {
                        recipient: "de-ni".into(),
                        regime: "gdpr".into(),
                        kind: "notification".into(),
                        phase: "initial".into(),
                        at: detected.plus_hours(30),
                        channel: "portal".into(),
                        reference: format!("LfD-{i}"),
                        late_by_minutes: None,
                        reasons_for_delay: None,
                        superseded_by: None,
                    })
                    .into_iter()
                    .collect(),
                notified_at: (i % 4 == 1).then(|| detected.plus_hours(30)),
                notification_reference: (i % 4 == 1).then(|| format!("LfD-{i}")),
                controllers_notified: Vec::new(),
                art34_decision: Some(if i % 4 == 1 { "pending" } else { "not_required" }.into()),
                art34_exemption: None,
                art34_justification: None,
                art34_communicated_at: None,
                art34_channel: None,
                other_regimes: Vec::new(),
                consequences: Some("Unerwünschte Werbung möglich.".into()),
                measures_taken: Some("Empfänger um Löschung gebeten; Bestätigung liegt vor.".into()),
                measures_proposed: None,
                status: "closed".into(),
                journal_seq: i as u64 * 4 + 10,
                journal_hash: format!("{:064x}", i as u128 * 7919),
            }
        })
        .collect()
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [one] = args.as_slice() {
        if let Some(n) = one
            .strip_prefix("--one=")
            .and_then(|n| n.parse::<usize>().ok())
        {
            let org = Org {
                name: "Müller & Söhne GmbH".into(),
                timezone: "Europe/Berlin".into(),
                ..Org::default()
            };
            let data = rows(n);
            let start = Instant::now();
            match render_register_rows(
                data,
                &org,
                Ts::parse("2026-11-23T10:00:00Z").unwrap_or_else(Ts::now),
            ) {
                Ok((bytes, pages)) => println!(
                    "{n}\t{:.2}\t{}\t{pages}\t{}",
                    start.elapsed().as_secs_f64(),
                    peak_rss_kib() / 1024,
                    bytes.len() / 1024
                ),
                Err(e) => eprintln!("{n}: {e}"),
            }
            return;
        }
    }
    let sizes: Vec<usize> = if args.is_empty() {
        vec![1000, 10_000, 20_000]
    } else {
        args.iter().filter_map(|a| a.parse().ok()).collect()
    };
    println!("breaches\tseconds\tpeak_rss_MiB\tpages\tpdf_KiB");
    let exe = std::env::current_exe().unwrap_or_default();
    for n in sizes {
        match std::process::Command::new(&exe)
            .arg(format!("--one={n}"))
            .status()
        {
            Ok(s) if s.success() => {}
            other => eprintln!("{n}: {other:?}"),
        }
    }
}
