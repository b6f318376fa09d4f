//! The seeded synthetic register generator (`breachlog-bench generate`).
//!
//! Every incident is written through the real [`Register`] operations (create, transition,
//! notes, actions, assessment), so the journal, the projections and the regulation engine's
//! derived events are exactly what the app would produce. The *content* (titles, categories,
//! lifecycle, assessments, dates) is a pure function of `--seed` and `--incidents`; event ids
//! and the journal's own timestamps are taken from the clock as in real use.
//!
//! The random numbers come from SplitMix64 (a 10-line, fully specified generator), so a seed
//! means the same register on every platform and with every dependency version.

use std::path::Path;
use std::time::Instant;

use breachlog_core::register::{AssessmentInput, IncidentInput, InitOptions, OrgInput};
use breachlog_core::{Register, Result, Ts};
use serde_json::{json, Value};
use zeroize::Zeroizing;

/// SplitMix64 (Steele, Lea, Flood 2014).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// True with probability `percent` %.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    /// Picks by weight: `(weight, item)`.
    pub fn weighted<'a, T>(&mut self, items: &'a [(u64, T)]) -> &'a T {
        let total: u64 = items.iter().map(|(w, _)| w).sum();
        let mut r = self.below(total);
        for (w, item) in items {
            if r < *w {
                return item;
            }
            r -= w;
        }
        &items[items.len() - 1].1
    }
}

const ORGS: &[&str] = &[
    "Haverford & Lind Logistics GmbH",
    "Kestrel Dental Clinics B.V.",
    "Ostwind Stadtwerke AG",
    "Maple Quay Insurance Ltd",
    "Vireo Payroll Services SAS",
];
const PARTNERS: &[&str] = &[
    "Northgate Print Services",
    "Bluefin Cloud Hosting",
    "Taverner Payroll Bureau",
    "Quillon Mailing GmbH",
    "Sandpiper IT Support",
    "Larkspur Recruiting",
    "Eastmere Shredding Co.",
];
const SYSTEMS: &[&str] = &[
    "mail gateway",
    "HR portal",
    "customer CRM",
    "VPN concentrator",
    "file server fs-02",
    "web shop",
    "payroll export",
    "laptop fleet",
    "ticketing system",
    "backup NAS",
    "patient scheduling",
    "SharePoint",
];
const STAFF: &[&str] = &[
    "a.kowalski",
    "j.meyer",
    "s.dubois",
    "m.jansen",
    "r.okafor",
    "l.nguyen",
    "it-security",
    "dpo",
];

/// (category, source weights are per category) title templates: `{p}` partner, `{s}` system, `{n}` number.
/// (category, title templates, sources).
type Category = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

const CATEGORIES: &[(u64, Category)] = &[
    (
        22,
        (
            "phishing",
            &[
                "Phishing mail to {n} employees imitating {p}",
                "Credential phishing reported via the {s}",
            ],
            &["employee", "internal_monitoring"],
        ),
    ),
    (
        16,
        (
            "misdirected",
            &[
                "Misdirected email with {n} customer records",
                "Letter batch sent to wrong addresses by {p}",
            ],
            &["employee", "customer"],
        ),
    ),
    (
        10,
        (
            "lost_device",
            &[
                "Laptop lost on train (asset {n})",
                "Stolen phone of field engineer (asset {n})",
            ],
            &["employee"],
        ),
    ),
    (
        10,
        (
            "malware",
            &[
                "Malware alert on {s}",
                "Ransomware blocked on workstation ws-{n}",
            ],
            &["internal_monitoring"],
        ),
    ),
    (
        9,
        (
            "unauthorised_access",
            &[
                "Former employee accessed the {s}",
                "Unusual bulk export from the {s}",
            ],
            &["internal_monitoring", "employee"],
        ),
    ),
    (
        7,
        (
            "account_takeover",
            &[
                "Account takeover of mailbox {n}",
                "MFA fatigue attack on the {s}",
            ],
            &["internal_monitoring", "customer"],
        ),
    ),
    (
        6,
        (
            "vulnerability",
            &[
                "Vulnerability in the {s} reported",
                "Exposed admin interface of the {s}",
            ],
            &["bug_bounty", "partner_notice"],
        ),
    ),
    (
        5,
        (
            "third_party",
            &[
                "Incident at processor {p}",
                "{p} reports unauthorised access",
            ],
            &["partner_notice"],
        ),
    ),
    (
        5,
        (
            "system_failure",
            &[
                "Outage of the {s} for {n} minutes",
                "Backup of the {s} failed",
            ],
            &["internal_monitoring"],
        ),
    ),
    (
        4,
        (
            "insider_misuse",
            &[
                "Employee looked up records in the {s} without need",
                "Customer list copied to private drive",
            ],
            &["employee"],
        ),
    ),
    (
        6,
        (
            "other",
            &[
                "Paper files found in unlocked cabinet",
                "Visitor photographed whiteboard with {n} names",
            ],
            &["employee", "authority_request"],
        ),
    ),
];

const DESCRIPTIONS: &[&str] = &[
    "Reported by the service desk. First analysis: the affected mailbox forwarded messages to an external address for several days.",
    "The sender noticed the mistake after a few minutes and asked the recipient to delete the message; confirmation is pending.",
    "Alert from the EDR console; the host was isolated automatically. Scope of exfiltration is being determined from proxy logs.",
    "The device was encrypted (BitLocker), but a post-it with the PIN may have been in the bag.",
    "The partner informed us by phone and followed up in writing; their own investigation is ongoing.",
    "Logs show access outside office hours from an unknown IP range; the account has been disabled.",
];
const NOTES: &[&str] = &[
    "Called the recipient; deletion confirmed in writing.",
    "Proxy logs for the last 30 days reviewed: no further connections to the C2 domain.",
    "Asked {p} for their incident report and the list of affected records.",
    "Password reset forced for all accounts in the affected OU; MFA re-enrolment scheduled.",
    "Legal consulted on notification duty; waiting for the record count.",
    "Similar pattern to incident {id}; treating as a separate event.",
];
const ACTIONS: &[&str] = &[
    "Reset credentials of affected accounts",
    "Request deletion confirmation from recipient",
    "Review DLP rule for outbound mail",
    "Remote-wipe the device",
    "Update phishing awareness training",
    "Obtain incident report from processor",
    "Patch and rescan the system",
];
const DATA_CATEGORIES: &[&str] = &[
    "name",
    "email address",
    "postal address",
    "date of birth",
    "bank details",
    "health data",
    "salary",
    "customer number",
];
const SUBJECTS: &[&str] = &[
    "customers",
    "employees",
    "patients",
    "applicants",
    "suppliers' contacts",
];

/// What a run produced.
#[derive(Debug, Clone)]
pub struct Summary {
    pub incidents: u64,
    pub breaches: u64,
    pub events: u64,
    pub seconds: f64,
}

impl Summary {
    pub fn to_json(&self) -> Value {
        json!({"incidents": self.incidents, "breaches": self.breaches, "events": self.events, "seconds": self.seconds})
    }
}

fn fill(template: &str, rng: &mut Rng) -> String {
    template
        .replace("{p}", rng.pick(PARTNERS))
        .replace("{s}", rng.pick(SYSTEMS))
        .replace("{n}", &(2 + rng.below(480)).to_string())
}

/// The first day of the synthetic period; detection dates are spread over 3½ years from here,
/// in order, so the newest incidents are still open (as in a real register).
const PERIOD_START: &str = "2023-01-02T08:00:00Z";
const PERIOD_HOURS: u64 = 3 * 365 * 24 + 180 * 24;

/// Generates a register at `out` (which must not exist) with `incidents` incidents.
pub fn generate(out: &Path, incidents: u64, seed: u64, passphrase: &str) -> Result<Summary> {
    let started = Instant::now();
    let mut rng = Rng::new(seed);
    let opts = InitOptions {
        org: OrgInput {
            name: Some(rng.pick(ORGS).to_string()),
            timezone: Some("Europe/Berlin".into()),
            language: Some("en".into()),
            ..Default::default()
        },
        passphrase: Some(Zeroizing::new(passphrase.to_string())),
        keyring: false,
        actor: "generator".into(),
    };
    let (mut reg, _recovery) = Register::init(out, opts)?;
    // Generation only: no fsync per operation (the resulting file is the same).
    reg.bench_connection()
        .execute_batch("PRAGMA synchronous = OFF;")?;
    let start = Ts::parse(PERIOD_START).unwrap_or_else(Ts::now);
    let mut breaches = 0u64;
    let mut previous: Option<String> = None;
    for i in 0..incidents {
        let detected =
            start.plus_hours((i * PERIOD_HOURS / incidents.max(1)) as i64 + rng.below(6) as i64);
        // The newest ~6 % stop somewhere along the lifecycle.
        let stage = if i * 100 >= incidents * 94 {
            rng.below(6)
        } else {
            6
        };
        let breach = incident(&mut reg, &mut rng, detected, stage, previous.as_deref())?;
        breaches += u64::from(breach.0);
        previous = Some(breach.1);
    }
    reg.lock("generated")?;
    let reg = Register::open(
        out,
        breachlog_core::UnlockMethod::Passphrase(Zeroizing::new(passphrase.to_string())),
        "generator",
        "cli",
    )?;
    let (events, _) = reg.head()?;
    Ok(Summary {
        incidents,
        breaches,
        events,
        seconds: started.elapsed().as_secs_f64(),
    })
}

fn at(t: Ts, hours: i64) -> Option<String> {
    Some(t.plus_hours(hours).to_string())
}

/// One incident through its lifecycle up to `stage` (0 reported … 5 contained, 6 = done).
/// Returns whether it is a personal-data breach and its id.
fn incident(
    reg: &mut Register,
    rng: &mut Rng,
    detected: Ts,
    stage: u64,
    previous: Option<&str>,
) -> Result<(bool, String)> {
    let (category, titles, sources) = rng.weighted(CATEGORIES);
    let systems: Vec<String> = (0..1 + rng.below(3))
        .map(|_| rng.pick(SYSTEMS).to_string())
        .collect();
    let mut systems_dedup = systems.clone();
    systems_dedup.dedup();
    let severity = *rng.weighted(&[(30, "low"), (40, "medium"), (22, "high"), (8, "critical")]);
    let input = IncidentInput {
        title: Some(fill(rng.pick(titles), rng)),
        description: Some(rng.pick(DESCRIPTIONS).to_string()),
        category: Some(category.to_string()),
        vuln_class: (*category == "vulnerability").then(|| {
            rng.pick(&["xss", "injection", "auth_flaw", "rce"])
                .to_string()
        }),
        source: Some(rng.pick(sources).to_string()),
        severity: Some(severity.to_string()),
        affected_systems: Some(systems_dedup),
        owner: Some(rng.pick(STAFF).to_string()),
        occurred_at: if rng.chance(70) {
            at(detected, -(1 + rng.below(72) as i64))
        } else {
            Some(String::new())
        },
        detected_at: Some(detected.to_string()),
        exercise: Some(rng.chance(2)),
        corrective_measure_at: None,
        recovered_at: None,
    };
    let inc = reg.create_incident(&input)?;
    let id = inc.id;
    let id_text = id.to_string();
    if stage == 0 {
        return Ok((false, id_text));
    }
    reg.transition(id, "triage", at(detected, 1).as_deref(), None, None)?;
    if stage == 1 {
        return Ok((false, id_text));
    }
    if rng.chance(22) {
        let reason = rng.pick(&["false_positive", "duplicate", "not_security_incident"]);
        reg.transition(id, "closed", at(detected, 4).as_deref(), Some(reason), None)?;
        return Ok((false, id_text));
    }
    reg.transition(id, "investigating", at(detected, 3).as_deref(), None, None)?;
    for _ in 0..1 + rng.below(2) {
        let text = rng
            .pick(NOTES)
            .replace("{p}", rng.pick(PARTNERS))
            .replace("{id}", &previous.map(short_of).unwrap_or_default());
        reg.add_note(id, &text)?;
    }
    let mut actions = Vec::new();
    for _ in 0..rng.below(4) {
        let a = reg.add_action(
            id,
            rng.pick(ACTIONS),
            Some(rng.pick(STAFF)),
            at(detected, 24 * (2 + rng.below(12) as i64)).as_deref(),
        )?;
        actions.push(a.id);
    }
    let breach = rng.chance(42);
    reg.assess(id, &assessment(rng, detected, breach))?;
    if stage <= 3 {
        return Ok((breach, id_text));
    }
    reg.transition(id, "contained", at(detected, 30).as_deref(), None, None)?;
    if stage <= 5 {
        return Ok((breach, id_text));
    }
    for a in actions {
        if rng.chance(85) {
            reg.set_action_done(a, true)?;
        }
    }
    reg.transition(id, "resolved", at(detected, 24 * 5).as_deref(), None, None)?;
    reg.transition(id, "closed", at(detected, 24 * 7).as_deref(), None, None)?;
    if rng.chance(4) {
        reg.transition(
            id,
            "investigating",
            at(detected, 24 * 9).as_deref(),
            None,
            Some("New evidence: the recipient forwarded the file."),
        )?;
        reg.transition(
            id,
            "contained",
            at(detected, 24 * 10).as_deref(),
            None,
            None,
        )?;
        reg.transition(id, "resolved", at(detected, 24 * 12).as_deref(), None, None)?;
        reg.transition(id, "closed", at(detected, 24 * 14).as_deref(), None, None)?;
    }
    Ok((breach, id_text))
}

/// The first 8 characters of an id, for notes that mention another incident.
fn short_of(id: &str) -> String {
    id.get(..8).unwrap_or_default().to_string()
}

fn assessment(rng: &mut Rng, detected: Ts, breach: bool) -> AssessmentInput {
    if !breach {
        return AssessmentInput {
            personal_data: Some(if rng.chance(85) { "no" } else { "undetermined" }.into()),
            ..Default::default()
        };
    }
    let risk = *rng.weighted(&[(50, "none"), (35, "risk"), (15, "high")]);
    let decision = if risk == "none" {
        "no_notify"
    } else {
        "notify"
    };
    let records = 1 + rng.below(5000);
    let mut cats: Vec<String> = (0..1 + rng.below(3))
        .map(|_| rng.pick(DATA_CATEGORIES).to_string())
        .collect();
    cats.sort();
    cats.dedup();
    AssessmentInput {
        personal_data: Some("yes".into()),
        aware_at: at(detected, 2),
        role: Some(
            if rng.chance(85) {
                "controller"
            } else {
                "joint_controller"
            }
            .into(),
        ),
        nature: Some(vec!["confidentiality".into()]),
        data_categories: Some(cats),
        subject_categories: Some(vec![rng.pick(SUBJECTS).to_string()]),
        subjects_approx: Some(records.to_string()),
        subjects_estimate: Some(rng.chance(40)),
        records_approx: Some((records + rng.below(200)).to_string()),
        records_estimate: Some(rng.chance(40)),
        consequences: Some("Possible phishing or fraud attempts against the data subjects.".into()),
        measures_taken: Some("Access revoked, recipient asked to delete, logs secured.".into()),
        measures_proposed: Some("Awareness training; review of the mail DLP rule.".into()),
        risk: Some(risk.into()),
        risk_reasoning: Some(match risk {
            "none" => "Few records, trusted recipient, deletion confirmed.".into(),
            "risk" => "Contact data of many subjects; phishing risk.".into(),
            _ => "Financial or health data; risk of fraud and discrimination.".into(),
        }),
        decision: Some(decision.into()),
        decision_rationale: Some(if decision == "notify" {
            "Risk to the rights and freedoms of the data subjects cannot be excluded.".into()
        } else {
            "Unlikely to result in a risk (EDPB 01/2021, example 15).".into()
        }),
        decided_at: at(detected, 20),
        ..Default::default()
    }
}
