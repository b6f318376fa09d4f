//! Command-line arguments. The names and `--json` shapes are a contract scripts rely on.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::regulation_args::{
    AuthorityCmd, ClassifyArgs, ControllerCmd, FilingCmd, IncidentRegimesArgs, NotifyCmd,
    ObligationCmd, ObligationsArgs, RiskCmd, RulesCmd,
};

#[derive(Debug, Parser)]
#[command(
    name = "breachlog",
    version,
    about = "Log security incidents, assess personal-data breaches and keep a verifiable register."
)]
pub struct Cli {
    /// Register file (default: the OS data directory).
    #[arg(long, global = true, env = "BREACHLOG_DB")]
    pub db: Option<PathBuf>,
    /// Read the passphrase from this file (first line). BREACHLOG_PASSPHRASE works too.
    #[arg(long, global = true)]
    pub passphrase_file: Option<PathBuf>,
    /// Unlock with the recovery key instead of the passphrase (prompted).
    #[arg(long, global = true)]
    pub recovery: bool,
    /// Unlock with the recovery key read from this file.
    #[arg(long, global = true)]
    pub recovery_key_file: Option<PathBuf>,
    /// Who is acting (recorded in the journal); default: the OS user name.
    #[arg(long, global = true, env = "BREACHLOG_ACTOR")]
    pub actor: Option<String>,
    /// Language of messages: en, de, nl or fr (default: the organisation's language).
    #[arg(long, global = true, env = "BREACHLOG_LANG")]
    pub lang: Option<String>,
    /// Machine-readable JSON output.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new encrypted register and print its recovery key once.
    Init(InitArgs),
    /// Log, list, show, update and move incidents; actions and notes.
    #[command(subcommand)]
    Incident(IncidentCmd),
    /// Record the personal-data breach assessment of an incident.
    #[command(subcommand)]
    Breach(Box<BreachCmd>),
    /// Show or change the organisation profile.
    #[command(subcommand)]
    Org(OrgCmd),
    /// Show or change register settings.
    #[command(subcommand)]
    Settings(SettingsCmd),
    /// Show the journal (the audit trail), optionally for one incident.
    Log {
        /// Incident id or prefix.
        id: Option<String>,
    },
    /// Verify the hash chain and the tables built from it.
    Verify(VerifyArgs),
    /// Export data for auditors.
    #[command(subcommand)]
    Export(ExportCmd),
    /// Encrypted backups, restore tests and restores.
    #[command(subcommand)]
    Backup(crate::admin_cmds::BackupCmd),
    /// Passphrase, data key rotation and the OS keyring entry.
    #[command(subcommand)]
    Key(crate::admin_cmds::KeyCmd),
    /// Issue a hash-chained PDF report (the language follows --lang or the organisation's).
    #[command(subcommand)]
    Report(crate::report_cmds::ReportCmd),
    /// Verify a report PDF on its own and, with a register, that the register issued it.
    VerifyReport(crate::report_cmds::VerifyReportArgs),
    /// Notification obligations and their deadlines.
    Obligations(ObligationsArgs),
    /// One obligation: show its terms, or decide it is not required.
    #[command(subcommand)]
    Obligation(ObligationCmd),
    /// Controllers we process for (processor role) and their contractual notice hours.
    #[command(subcommand)]
    Controller(ControllerCmd),
    /// Record filings (notifications, reports, communications).
    #[command(subcommand)]
    Filing(FilingCmd),
    /// Deadline rules per regime, overrides and roll-over settings.
    #[command(subcommand)]
    Rules(RulesCmd),
    /// Risk assessment helpers.
    #[command(subcommand)]
    Risk(RiskCmd),
    /// Drafts: authority notification, data-subject communication, controller notice.
    #[command(subcommand)]
    Notify(NotifyCmd),
    /// Supervisory authorities and the authority contact log.
    #[command(subcommand)]
    Authority(AuthorityCmd),
    /// Retention of closed incidents and redaction of their personal data.
    #[command(subcommand)]
    Retention(crate::retention_cmds::RetentionCmd),
    /// Merkle proofs over the journal: inclusion of an event, consistency of two sizes.
    #[command(subcommand)]
    Proof(crate::anchor_cmds::ProofCmd),
    /// Signed checkpoints: make one now, or write the latest out for a witness.
    #[command(subcommand)]
    Anchor(crate::anchor_cmds::AnchorCmd),
    /// Share this register with a team through PostgreSQL (docs/team.md).
    #[command(subcommand)]
    Team(crate::team_cmds::TeamCmd),
    /// Send this register's new events to its team server and check what the server holds.
    Sync,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    #[arg(long)]
    pub org_name: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    /// DPO or other contact point.
    #[arg(long)]
    pub contact_point: Option<String>,
    /// IANA time zone, e.g. Europe/Amsterdam.
    #[arg(long)]
    pub timezone: Option<String>,
    /// en, de, nl or fr.
    #[arg(long)]
    pub language: Option<String>,
    /// controller, processor, joint or both.
    #[arg(long)]
    pub role: Option<String>,
    /// Lead supervisory authority id, e.g. nl-ap.
    #[arg(long)]
    pub lead_authority: Option<String>,
    /// Regimes that apply: gdpr,uk-gdpr,nis2,dora,eprivacy (default: gdpr).
    #[arg(long, value_delimiter = ',')]
    pub regimes: Option<Vec<String>>,
    /// Also keep the data key in the OS keyring (Secret Service, Keychain, Credential Manager).
    #[arg(long)]
    pub keyring: bool,
    /// With --keyring: no passphrase at all (keyring and recovery key only).
    #[arg(long, requires = "keyring")]
    pub no_passphrase: bool,
}

#[derive(Debug, Args, Default)]
pub struct IncidentFields {
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// malware, phishing, lost_device, misdirected, unauthorised_access, account_takeover,
    /// vulnerability, insider_misuse, system_failure, third_party, other.
    #[arg(long)]
    pub category: Option<String>,
    /// For vulnerability reports: xss, open_redirect, csrf, injection, auth_flaw, rce.
    #[arg(long)]
    pub vuln_class: Option<String>,
    /// internal_monitoring, employee, customer, partner_notice, bug_bounty, authority_request.
    #[arg(long)]
    pub source: Option<String>,
    /// low, medium, high, critical.
    #[arg(long)]
    pub severity: Option<String>,
    /// Comma-separated list.
    #[arg(long, value_delimiter = ',')]
    pub affected_systems: Option<Vec<String>>,
    #[arg(long)]
    pub owner: Option<String>,
    /// RFC 3339 time, or FROM/TO range; empty for unknown.
    #[arg(long)]
    pub occurred_at: Option<String>,
    /// RFC 3339 time (default: now).
    #[arg(long)]
    pub detected_at: Option<String>,
    /// Mark as an exercise (drill): no obligations.
    #[arg(long)]
    pub exercise: bool,
}

#[derive(Debug, Subcommand)]
pub enum IncidentCmd {
    /// Log a new incident.
    New(IncidentFields),
    /// List incidents.
    List {
        /// reported, triage, investigating, contained, resolved, closed (repeatable).
        #[arg(long)]
        status: Vec<String>,
        /// Only personal-data breaches.
        #[arg(long)]
        breach: bool,
        /// none, risk, high (repeatable).
        #[arg(long)]
        risk: Vec<String>,
        /// Words in the title, description, notes or actions (case and accents ignored), text
        /// in the title, or an id prefix.
        #[arg(long)]
        search: Option<String>,
        /// detected_desc (default), detected_asc, title, status, severity, or deadline (the
        /// nearest open deadline first).
        #[arg(long, default_value = "detected_desc")]
        sort: String,
        #[arg(long)]
        detected_from: Option<String>,
        #[arg(long)]
        detected_to: Option<String>,
        #[arg(long, default_value_t = 1000)]
        limit: u32,
    },
    /// Show one incident with its assessment, actions, notes and timeline.
    Show { id: String },
    /// Change fields of an incident.
    Update {
        id: String,
        #[command(flatten)]
        fields: IncidentFields,
        /// Clear the exercise flag.
        #[arg(long, conflicts_with = "exercise")]
        not_exercise: bool,
        /// When a corrective or mitigating measure became available (RFC 3339; empty clears):
        /// the CRA final report on an exploited vulnerability is due 14 days later
        /// (Regulation (EU) 2024/2847 Art 14(2)(c)).
        #[arg(long)]
        corrective_measure_at: Option<String>,
        /// When regular activities were recovered (RFC 3339; empty clears): DORA's updated
        /// intermediate report (Delegated Regulation (EU) 2025/301 Art 5(1)(b)).
        #[arg(long)]
        recovered_at: Option<String>,
    },
    /// Move an incident to another lifecycle state.
    Transition {
        id: String,
        #[arg(long)]
        to: String,
        /// When it happened (default: now).
        #[arg(long)]
        at: Option<String>,
        /// Required to close from triage: false_positive, duplicate, not_security_incident.
        #[arg(long)]
        reason: Option<String>,
        /// Free text; required to reopen.
        #[arg(long)]
        note: Option<String>,
    },
    /// Tasks on an incident.
    #[command(subcommand)]
    Action(ActionCmd),
    /// Add a note to an incident.
    Note {
        id: String,
        #[arg(long)]
        text: String,
    },
    /// Files attached as evidence (police report, screenshots, logs, an authority's receipt):
    /// stored encrypted inside the register, each one's SHA-256 in the journal.
    #[command(subcommand)]
    Evidence(EvidenceCmd),
    /// Classify as NIS2-significant or DORA-major; starts those clocks.
    Classify(ClassifyArgs),
    /// Override the regimes for one incident (or inherit the organisation's).
    Regimes(IncidentRegimesArgs),
}

#[derive(Debug, Subcommand)]
pub enum ActionCmd {
    /// Add a task.
    Add {
        /// Incident id or prefix.
        id: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        owner: Option<String>,
        /// RFC 3339 time.
        #[arg(long)]
        due: Option<String>,
    },
    /// Mark a task done.
    Done {
        /// Action id or prefix.
        id: String,
    },
    /// Mark a task not done again.
    Undone { id: String },
}

#[derive(Debug, Subcommand)]
pub enum EvidenceCmd {
    /// Attach a file to an incident (at most 256 MiB; streamed in, never held whole in memory).
    /// --json prints the evidence file with its `id`, `sha256` and `size`.
    Add {
        /// Incident id or prefix.
        id: String,
        /// The file to attach; its name is kept (sealed in the journal, like other personal text).
        #[arg(long)]
        file: PathBuf,
        /// Free text about the file (where it comes from, what it shows).
        #[arg(long)]
        note: Option<String>,
    },
    /// List an incident's evidence files: name, size, SHA-256, who added them and exports.
    List {
        /// Incident id or prefix.
        id: String,
    },
    /// Write an evidence file out (private, 0600), checked against its SHA-256 in the journal
    /// first; the export is recorded (custody).
    Export {
        /// Evidence file id or prefix.
        id: String,
        #[arg(long)]
        out: PathBuf,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum BreachCmd {
    /// Record or change the breach assessment.
    Assess(Box<AssessArgs>),
    /// Set what the incident did to one customer's data (role processor or both), or to many
    /// customers from a CSV file. A customer given an impact becomes an affected controller.
    Impact(ImpactArgs),
}

#[derive(Debug, Args)]
pub struct ImpactArgs {
    pub id: String,
    /// The customer: controller name, id or id prefix.
    #[arg(
        long,
        required_unless_present = "from_csv",
        conflicts_with = "from_csv"
    )]
    pub controller: Option<String>,
    /// Approximate number of the customer's data subjects concerned (empty: unknown).
    #[arg(long)]
    pub subjects_approx: Option<String>,
    /// Approximate number of the customer's records concerned (empty: unknown).
    #[arg(long)]
    pub records_approx: Option<String>,
    #[arg(long, value_delimiter = ',')]
    pub data_categories: Option<Vec<String>>,
    #[arg(long, value_delimiter = ',')]
    pub subject_categories: Option<Vec<String>>,
    /// Countries of the data subjects, ISO codes: NL,BE.
    #[arg(long, value_delimiter = ',')]
    pub countries: Option<Vec<String>>,
    /// A CSV file with the header
    /// controller,subjects_approx,records_approx,data_categories,subject_categories,countries
    /// (any order; categories and countries separated by ";"); each row is a customer's whole
    /// impact. When any row is refused, every refused row is listed and nothing is written.
    #[arg(long, conflicts_with_all = ["subjects_approx", "records_approx", "data_categories", "subject_categories", "countries"])]
    pub from_csv: Option<PathBuf>,
    /// With --from-csv: check the file and show what would change, without writing anything.
    #[arg(long, requires = "from_csv")]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    pub id: String,
    /// yes, no, undetermined.
    #[arg(long)]
    pub personal_data: Option<String>,
    #[arg(long)]
    pub aware_at: Option<String>,
    #[arg(long)]
    pub aware_justification: Option<String>,
    /// controller, processor, joint or both (our own data and customers' data).
    #[arg(long)]
    pub role: Option<String>,
    /// confidentiality,integrity,availability (any combination).
    #[arg(long, value_delimiter = ',')]
    pub nature: Option<Vec<String>>,
    #[arg(long, value_delimiter = ',')]
    pub data_categories: Option<Vec<String>>,
    /// Art 9/10 categories.
    #[arg(long, value_delimiter = ',')]
    pub special_categories: Option<Vec<String>>,
    #[arg(long, value_delimiter = ',')]
    pub subject_categories: Option<Vec<String>>,
    #[arg(long)]
    pub subjects_approx: Option<String>,
    /// The number of people is an estimate.
    #[arg(long)]
    pub subjects_estimate: Option<bool>,
    #[arg(long)]
    pub records_approx: Option<String>,
    #[arg(long)]
    pub records_estimate: Option<bool>,
    #[arg(long)]
    pub consequences: Option<String>,
    /// Measures taken.
    #[arg(long)]
    pub measures: Option<String>,
    #[arg(long)]
    pub measures_proposed: Option<String>,
    /// DPO or other contact point (default: the organisation's).
    #[arg(long)]
    pub contact_point: Option<String>,
    /// none, risk, high.
    #[arg(long)]
    pub risk: Option<String>,
    #[arg(long)]
    pub risk_reasoning: Option<String>,
    /// notify or no-notify.
    #[arg(long)]
    pub decision: Option<String>,
    #[arg(long)]
    pub decision_rationale: Option<String>,
    #[arg(long)]
    pub decided_at: Option<String>,
    /// Processor role: affected controllers (ids or names), comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub controllers: Option<Vec<String>>,
    /// Authorities to notify instead of the lead authority, e.g. nl-ap,be-apd.
    #[arg(long, value_delimiter = ',')]
    pub authorities: Option<Vec<String>>,
    /// Art 34(3) exemption: a, b or c (empty clears).
    #[arg(long)]
    pub art34_exemption: Option<String>,
    #[arg(long)]
    pub art34_justification: Option<String>,
    /// Is the breach still ongoing: yes or no (empty clears).
    #[arg(long)]
    pub ongoing: Option<String>,
    /// Were the data encrypted when it happened: yes, no or partly (empty clears).
    #[arg(long)]
    pub encrypted: Option<String>,
    /// Fewest people concerned (the Dutch AP asks a minimum and a maximum).
    #[arg(long)]
    pub subjects_min: Option<String>,
    /// Most people concerned.
    #[arg(long)]
    pub subjects_max: Option<String>,
    /// Estimated severity of the consequences for the people: low, medium, high or very_high.
    #[arg(long)]
    pub severity_estimate: Option<String>,
    /// Another organisation involved (our processor, our customer …), or "none".
    #[arg(long)]
    pub other_organisation: Option<String>,
    /// The law a Dutch notification is made under: gdpr (AVG) or telecommunicatiewet.
    #[arg(long)]
    pub legal_basis: Option<String>,
    /// The next notification: initial, complementary or withdrawal (empty: from the filings).
    #[arg(long)]
    pub notification_type: Option<String>,
    /// An answer to the DORA report template, NUMBER=VALUE with the field number of
    /// Implementing Regulation (EU) 2025/302 Annex II (e.g. --dora 3.4=1200 --dora 2.9=yes;
    /// an empty value clears it). Repeatable.
    #[arg(long = "dora", value_name = "NUMBER=VALUE")]
    pub dora: Vec<String>,
    /// An answer to the Cyber Resilience Act reports, ITEM=VALUE (Regulation (EU) 2024/2847
    /// Art 14(2), (4): member_states, product, exploit_nature, measures_taken, user_measures,
    /// sensitivity, vulnerability_description, malicious_actor, security_update,
    /// incident_nature, initial_assessment, incident_description, root_cause,
    /// mitigation_measures; an empty value clears it). Repeatable.
    #[arg(long = "cra", value_name = "ITEM=VALUE")]
    pub cra: Vec<String>,
    /// An answer to the NIS2 reports to a national CSIRT, ITEM=VALUE (Directive (EU) 2022/2555
    /// Art 23(4): sector, entity_kind (essential, important), contact, contact_availability,
    /// initial_assessment, indicators_of_compromise, detailed_description, threat_root_cause,
    /// mitigation_measures, cross_border_impact; an empty value clears it). Repeatable.
    #[arg(long = "nis2", value_name = "ITEM=VALUE")]
    pub nis2: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum OrgCmd {
    Show,
    Set(Box<OrgSetArgs>),
}

/// `org set`: the organisation profile fields to change.
#[derive(Debug, Args)]
pub struct OrgSetArgs {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub contact_point: Option<String>,
    #[arg(long)]
    pub role: Option<String>,
    #[arg(long)]
    pub timezone: Option<String>,
    #[arg(long)]
    pub language: Option<String>,
    #[arg(long)]
    pub lead_authority: Option<String>,
    /// Regimes that apply: gdpr,uk-gdpr,nis2,dora,eprivacy.
    #[arg(long, value_delimiter = ',')]
    pub regimes: Option<Vec<String>>,
    /// DORA financial entity type: credit_institution, central_counterparty, trading_venue or
    /// other (decides the weekend/holiday roll-over of the initial notification and the
    /// intermediate report, Delegated Regulation (EU) 2025/301 Art 5(5)).
    #[arg(long)]
    pub dora_entity_type: Option<String>,
    /// Identified as an essential or important entity under NIS2: yes or no.
    #[arg(long)]
    pub nis2_entity: Option<String>,
    /// The legal representative's name (empty clears).
    #[arg(long)]
    pub legal_representative: Option<String>,
    /// The legal representative's role, e.g. "managing director".
    #[arg(long)]
    pub legal_representative_role: Option<String>,
    /// SIREN (lead authority in France: 9 digits), KvK (Netherlands: 8 digits), company number
    /// (UK) or another; "none" when the organisation has none.
    #[arg(long)]
    pub registration_number: Option<String>,
    /// The data protection officer's name, e-mail and phone (empty clears).
    #[arg(long)]
    pub dpo_name: Option<String>,
    #[arg(long)]
    pub dpo_email: Option<String>,
    #[arg(long)]
    pub dpo_phone: Option<String>,
    /// DORA 1.3: the organisation's Legal Entity Identifier (ISO 17442, 20 characters, check
    /// digits checked); fills every DORA report (Implementing Regulation (EU) 2025/302).
    #[arg(long)]
    pub lei: Option<String>,
    /// DORA 1.7–1.9: the primary contact person's name, e-mail and phone.
    #[arg(long)]
    pub dora_contact_name: Option<String>,
    #[arg(long)]
    pub dora_contact_email: Option<String>,
    #[arg(long)]
    pub dora_contact_phone: Option<String>,
    /// DORA 1.10–1.12: the second contact person's name, e-mail and phone.
    #[arg(long)]
    pub dora_second_contact_name: Option<String>,
    #[arg(long)]
    pub dora_second_contact_email: Option<String>,
    #[arg(long)]
    pub dora_second_contact_phone: Option<String>,
    /// DORA 1.13–1.14: the ultimate parent undertaking's name and LEI.
    #[arg(long)]
    pub parent_undertaking: Option<String>,
    #[arg(long)]
    pub parent_lei: Option<String>,
    /// DORA 1.15: the reporting currency (EUR, BGN, CZK, DKK, HUF, PLN, RON, ISK, CHF, NOK, SEK).
    #[arg(long)]
    pub reporting_currency: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SettingsCmd {
    Show,
    Set {
        #[arg(long)]
        aware_gap_hours: Option<i64>,
        #[arg(long)]
        idle_lock_minutes: Option<i64>,
        #[arg(long, value_delimiter = ',')]
        notify_thresholds_hours: Option<Vec<i64>>,
        /// Desktop notifications show incident titles (true) or only short ids (false, the default).
        #[arg(long)]
        notify_show_titles: Option<bool>,
        #[arg(long)]
        backup_folder: Option<String>,
        /// Hours between the desktop app's scheduled backups.
        #[arg(long)]
        backup_interval_hours: Option<i64>,
        /// Scheduled backups to keep.
        #[arg(long)]
        backup_keep: Option<i64>,
        /// Months a closed incident's personal data are kept (default for every category).
        #[arg(long)]
        retention_months: Option<i64>,
        /// Per-category retention, CATEGORY=MONTHS (0 removes the override); repeatable.
        #[arg(long = "retention", value_name = "CATEGORY=MONTHS")]
        retention: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Head hash (or SEQ:HASH) from an anchor, e.g. a PDF or an earlier export.
    #[arg(long)]
    pub expect_head: Option<String>,
    /// Verify an exported journal file without register or key.
    #[arg(long)]
    pub journal: Option<PathBuf>,
    /// An earlier export of this journal: every event in it must still be here, unchanged
    /// (detects a chain rebuilt by someone holding the key, naming the first changed seq).
    #[arg(long)]
    pub compare_with: Option<PathBuf>,
    /// Verify an auditor bundle directory offline, without register or key.
    #[arg(long, conflicts_with = "journal")]
    pub bundle: Option<PathBuf>,
    /// A signed checkpoint kept by a witness (`anchor export`): the register must still extend
    /// it (its signature is checked with the register's published key, then a consistency proof
    /// from its size to now).
    #[arg(long, conflicts_with_all = ["journal", "bundle"])]
    pub checkpoint: Option<PathBuf>,
    /// Verify a team's shared journal on its PostgreSQL server, without register or key
    /// (postgres://USER:PASSWORD@HOST:PORT/DATABASE): order, links, signed checkpoints.
    #[arg(long, conflicts_with_all = ["journal", "bundle", "checkpoint", "compare_with"])]
    pub server: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ExportCmd {
    /// The journal as canonical JSON lines.
    Journal {
        #[arg(long)]
        out: PathBuf,
    },
    /// The Art 33(5) breach register as CSV or XLSX.
    Register {
        /// csv or xlsx.
        #[arg(long)]
        format: String,
        #[arg(long)]
        out: PathBuf,
        /// ids (stable machine column ids, default) or localised (labels in --lang).
        #[arg(long, default_value = "ids")]
        headers: String,
    },
    /// An auditor bundle: journal, register CSV/XLSX, issued PDFs and a manifest.
    Bundle {
        #[arg(long)]
        out: PathBuf,
    },
}
