//! Arguments of the regulation commands (obligations, filings, controllers, rules, risk,
//! notification drafts, authorities). Names and `--json` shapes are a contract.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct ObligationsArgs {
    /// Only this incident (id or prefix).
    #[arg(long)]
    pub incident: Option<String>,
    /// Evaluate statuses at this moment (RFC 3339) instead of now.
    #[arg(long)]
    pub as_of: Option<String>,
    /// Also write the deadlines as an iCalendar file.
    #[arg(long)]
    pub ics: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ObligationCmd {
    /// One obligation with its rule terms (hours, anchor, reference, rule version) and filings.
    Show {
        /// Obligation id or prefix.
        id: String,
    },
    /// Decide that an obligation is not required (kept with decider, time and rationale).
    NotRequired {
        id: String,
        #[arg(long)]
        rationale: String,
    },
    /// Undo a not-required decision taken with `obligation not-required`.
    Reinstate { id: String },
    /// Record that an authority asked for a report: the NIS2 intermediate report the CSIRT
    /// requests (Art 23(4)(c)), or the CRA intermediate report the CSIRT designated as
    /// coordinator requests (Regulation (EU) 2024/2847 Art 14(6)); it becomes an obligation of
    /// the incident.
    Request(RequestArgs),
}

#[derive(Debug, Args)]
pub struct RequestArgs {
    /// Incident id or prefix.
    pub incident: String,
    /// The regime the request is made under: nis2 or cra.
    #[arg(long)]
    pub regime: String,
    /// What is asked for: intermediate.
    #[arg(long)]
    pub kind: String,
    /// When the request was received (RFC 3339).
    #[arg(long)]
    pub at: String,
    /// When the report is due, as the request says (RFC 3339); omit when the request sets no
    /// time (no due time: never late).
    #[arg(long)]
    pub due: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ControllerCmd {
    /// Add a controller (a customer) we process personal data for (processor role).
    Add {
        #[arg(long)]
        name: String,
        /// Contractual hours for our breach notice (omit: without undue delay).
        #[arg(long)]
        notice_hours: Option<i64>,
        /// A contact (repeat for several; the first is the main one).
        #[arg(long)]
        contact: Vec<String>,
        /// ISO 3166-1 alpha-2 country code (NL, DE, GB…).
        #[arg(long)]
        country: Option<String>,
        /// Language of its notices: en, de, nl or fr.
        #[arg(long)]
        language: Option<String>,
        /// Its lead supervisory authority (an id of `breachlog authorities`, e.g. nl-ap).
        #[arg(long)]
        authority: Option<String>,
        #[arg(long)]
        contract_reference: Option<String>,
    },
    /// Change a controller. Obligations opened earlier keep their hours; notices derived
    /// afterwards use the new ones. An empty text clears a member.
    Set {
        /// Controller id, id prefix or name.
        controller: String,
        /// Contractual hours for our breach notice.
        #[arg(long, conflicts_with = "no_notice_hours")]
        notice_hours: Option<i64>,
        /// No contractual hours: without undue delay.
        #[arg(long)]
        no_notice_hours: bool,
        /// The contacts, replacing the current ones (repeat for several).
        #[arg(long)]
        contact: Vec<String>,
        /// New name.
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        language: Option<String>,
        #[arg(long)]
        authority: Option<String>,
        #[arg(long)]
        contract_reference: Option<String>,
    },
    /// List the controllers.
    List {
        /// Only those whose name, country, authority or contact contains this text.
        #[arg(long)]
        search: Option<String>,
    },
    /// Remove a controller from the lists (journalled; obligations opened for it keep it).
    Remove {
        /// Controller id, id prefix or name.
        controller: String,
    },
    /// Import controllers from a CSV file with the header
    /// name,country,language,authority,notice_hours,contact,contract_reference (any order;
    /// several contacts separated by ";"). New names are added, known names updated; when any
    /// row is refused, every refused row is listed and nothing is imported (exit 5).
    Import {
        file: PathBuf,
        /// Check the file and show what would change, without writing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Export the controllers as CSV (the columns `controller import` reads), to a new file.
    Export {
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum FilingCmd {
    /// Record a notification, report or communication that was made.
    Record(FilingArgs),
    /// Record that the recipient acknowledged a filing (e.g. a customer confirming our notice).
    Acknowledge {
        /// Filing id or prefix (see `filing list`).
        filing: String,
        /// When it was acknowledged (RFC 3339); not before the filing, not in the future.
        #[arg(long)]
        at: String,
        /// Who at the recipient acknowledged it.
        #[arg(long)]
        by: Option<String>,
    },
    /// List the filings of an incident's obligations.
    List {
        /// Incident id or prefix.
        incident: String,
    },
}

#[derive(Debug, Args)]
pub struct FilingArgs {
    /// Incident id or prefix.
    pub incident: String,
    /// Obligation id or prefix (see `breachlog obligations`).
    #[arg(long)]
    pub obligation: String,
    /// When it was filed (RFC 3339); not in the future.
    #[arg(long)]
    pub at: String,
    /// portal, email, letter, phone.
    #[arg(long)]
    pub channel: String,
    /// The authority's case number, message id, …
    #[arg(long)]
    pub reference: String,
    /// Required when the first filing is after the due time.
    #[arg(long)]
    pub reasons_for_delay: Option<String>,
    /// initial (default), follow-up, final, withdrawal.
    #[arg(long)]
    pub phase: Option<String>,
    /// The filing this one completes (for follow-up, final, withdrawal).
    #[arg(long)]
    pub follows: Option<String>,
    /// yes or no: the filing gave all the information the law asks for. A first notification
    /// recorded as incomplete opens the rest (GDPR Art 33(4); ePrivacy Regulation 611/2013
    /// Art 2(3)); not given: no while the Art 33(3) checklist misses an item, else yes.
    #[arg(long)]
    pub complete: Option<String>,
    /// The recipient acknowledged receipt at this time (RFC 3339), recorded with the filing.
    #[arg(long)]
    pub acknowledged_at: Option<String>,
    /// Who at the recipient acknowledged it (with --acknowledged-at).
    #[arg(long)]
    pub acknowledged_by: Option<String>,
}

#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// Incident id or prefix.
    pub id: String,
    /// nis2 (significant incident), dora (major ICT incident) or cra (Cyber Resilience Act).
    #[arg(long)]
    pub regime: String,
    /// When it was found significant / classified as major; for cra, when the organisation
    /// became aware of the exploited vulnerability or severe incident (RFC 3339).
    #[arg(long)]
    pub at: String,
    /// CRA: exploited-vulnerability or severe-incident (Regulation (EU) 2024/2847 Art 14(1), (3)).
    #[arg(long)]
    pub cra_kind: Option<String>,
    /// NIS2: unlawful or malicious act suspected: yes, no, unknown (default).
    #[arg(long)]
    pub malicious: Option<String>,
    /// NIS2: possible cross-border impact: yes, no, unknown (default).
    #[arg(long)]
    pub cross_border: Option<String>,
    /// NIS2: the incident affects our trust services (Art 23(4) second subparagraph: the
    /// incident notification is due 24 h instead of 72 h after classification).
    #[arg(long)]
    pub trust_service: bool,
    /// NIS2 Art 23(1) first subparagraph, second sentence: the incident is likely to adversely affect the
    /// provision of our services: yes (notify their recipients, without undue delay) or no.
    #[arg(long)]
    pub affects_recipients: Option<String>,
    #[command(flatten)]
    pub significance: SignificanceArgs,
}

/// The NIS2 significance checker's facts (Implementing Regulation (EU) 2024/2690 Art 3, 7,
/// 10): given any of them, the core computes whether the incident is significant and stores
/// the answer and its arithmetic with the classification.
#[derive(Debug, Args, Default)]
pub struct SignificanceArgs {
    /// cloud (Art 7), managed-service (Art 10) or other (Art 3 only).
    #[arg(long)]
    pub entity_type: Option<String>,
    /// Art 3(1)(a): direct financial loss caused or capable of being caused, in euros.
    #[arg(long)]
    pub loss_eur: Option<String>,
    /// Total annual turnover in the preceding financial year, in euros.
    #[arg(long)]
    pub turnover_eur: Option<String>,
    /// Art 3(1)(b): trade secrets exfiltrated (or capable of being).
    #[arg(long)]
    pub trade_secrets: bool,
    /// Art 3(1)(c): death of a natural person caused (or capable of being).
    #[arg(long)]
    pub death: bool,
    /// Art 3(1)(d): considerable damage to a natural person's health.
    #[arg(long)]
    pub health_damage: bool,
    /// Art 3(1)(e): successful, suspectedly malicious and unauthorised access capable of
    /// causing severe operational disruption.
    #[arg(long)]
    pub malicious_access: bool,
    /// Art 3(1)(f), Art 4: recurring incidents that together meet Art 3(1)(a).
    #[arg(long)]
    pub recurring: bool,
    /// Art 3(2): the unavailability was scheduled (maintenance, contractual interruption).
    #[arg(long)]
    pub scheduled: bool,
    /// Art 7(a)/10(a): minutes the service was completely unavailable.
    #[arg(long)]
    pub unavailable_minutes: Option<String>,
    /// Art 7(b)/10(b): minutes its availability was limited …
    #[arg(long)]
    pub limited_minutes: Option<String>,
    /// … for this many users in the Union.
    #[arg(long)]
    pub limited_users: Option<String>,
    /// All users of the service in the Union (Art 3(3)).
    #[arg(long)]
    pub users: Option<String>,
    /// Art 7(c)/10(c): data compromised as a result of a suspectedly malicious action.
    #[arg(long)]
    pub data_malicious: bool,
    /// Art 7(d)/10(d): users in the Union affected by compromised data.
    #[arg(long)]
    pub data_users: Option<String>,
}

impl SignificanceArgs {
    /// The facts when any was given.
    pub fn input(&self) -> Option<breachlog_core::regulation::SignificanceInput> {
        let given = self.entity_type.is_some()
            || self.loss_eur.is_some()
            || self.turnover_eur.is_some()
            || self.trade_secrets
            || self.death
            || self.health_damage
            || self.malicious_access
            || self.recurring
            || self.scheduled
            || self.unavailable_minutes.is_some()
            || self.limited_minutes.is_some()
            || self.limited_users.is_some()
            || self.users.is_some()
            || self.data_malicious
            || self.data_users.is_some();
        given.then(|| breachlog_core::regulation::SignificanceInput {
            entity_type: self.entity_type.clone(),
            direct_loss_eur: self.loss_eur.clone(),
            annual_turnover_eur: self.turnover_eur.clone(),
            trade_secrets: Some(self.trade_secrets),
            death: Some(self.death),
            health_damage: Some(self.health_damage),
            malicious_access: Some(self.malicious_access),
            recurring: Some(self.recurring),
            scheduled: Some(self.scheduled),
            unavailable_minutes: self.unavailable_minutes.clone(),
            limited_minutes: self.limited_minutes.clone(),
            limited_users: self.limited_users.clone(),
            users_in_union: self.users.clone(),
            data_malicious: Some(self.data_malicious),
            data_users: self.data_users.clone(),
        })
    }
}

#[derive(Debug, Args)]
pub struct IncidentRegimesArgs {
    /// Incident id or prefix.
    pub id: String,
    /// Regimes for this incident, e.g. gdpr,nis2.
    #[arg(long, value_delimiter = ',', conflicts_with = "inherit")]
    pub set: Option<Vec<String>>,
    /// Use the organisation's regimes again.
    #[arg(long)]
    pub inherit: bool,
}

#[derive(Debug, Subcommand)]
pub enum RulesCmd {
    /// The rules in force (data files and overrides).
    List,
    /// Override a rule's hours (journalled; earlier obligations keep their terms).
    Set {
        #[arg(long)]
        regime: String,
        #[arg(long)]
        rule: String,
        #[arg(long, conflicts_with = "default", required_unless_present = "default")]
        hours: Option<i64>,
        /// Back to the hours of the data file.
        #[arg(long)]
        default: bool,
    },
    /// The proposal packs (never the law in force; only `rules what-if` reads them).
    Packs,
    /// Every obligation as it is and as it would be under a proposal pack. Writes nothing.
    WhatIf {
        /// The pack, e.g. digital-omnibus-2025 (see `rules packs`).
        #[arg(long)]
        pack: String,
        /// One incident (id or reference); all open incidents when absent.
        #[arg(long)]
        incident: Option<String>,
    },
    /// DORA weekend/holiday roll-over and the internal "without undue delay" target.
    Settings {
        /// Country whose holidays roll DORA deadlines (nl, be, de, fr, ie, lu, uk) or "off".
        #[arg(long)]
        dora_rollover: Option<String>,
        /// Internal target in hours for obligations without statutory hours (0 = none).
        #[arg(long)]
        undue_delay_target_hours: Option<i64>,
        /// Remind when a notice to a customer is sent but not acknowledged within these hours
        /// (default 48; 0 = never). A reminder, never a legal deadline.
        #[arg(long)]
        notice_reminder_hours: Option<i64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RiskCmd {
    /// ENISA severity: SE = DPC × EI + CB, with band and arithmetic.
    Enisa(EnisaArgs),
}

#[derive(Debug, Args)]
pub struct EnisaArgs {
    /// Data processing context: 1 simple, 2 behavioural, 3 financial, 4 sensitive.
    #[arg(long)]
    pub dpc: String,
    /// Context adjustment, e.g. +1 or -1.
    #[arg(long, allow_hyphen_values = true)]
    pub dpc_adjust: Option<String>,
    /// Ease of identification: 0.25 negligible, 0.5 limited, 0.75 significant, 1 maximum.
    #[arg(long)]
    pub ei: String,
    /// Loss of confidentiality: none or exposed (0: no evidence of unlawful processing),
    /// known_recipients (0.25), unknown_recipients (0.5).
    #[arg(long)]
    pub cb_confidentiality: Option<String>,
    /// Loss of integrity: none, recoverable (0.25), unrecoverable (0.5).
    #[arg(long)]
    pub cb_integrity: Option<String>,
    /// Loss of availability: none, temporary (0.25), permanent (0.5).
    #[arg(long)]
    pub cb_availability: Option<String>,
    /// Malicious intent (+0.5).
    #[arg(long)]
    pub malicious: bool,
    /// Store the calculation with this incident's assessment.
    #[arg(long)]
    pub incident: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum NotifyCmd {
    /// Draft of the authority notification, field by field, in the authority's language.
    Draft {
        /// Incident id or prefix.
        id: String,
        /// Authority id, e.g. nl-ap, be-apd, de-ni, fr-cnil, uk-ico, ie-dpc.
        #[arg(long)]
        authority: String,
        /// Draft language (default: the authority's; the global --lang is used when the authority accepts it).
        #[arg(long)]
        draft_lang: Option<String>,
    },
    /// Art 34(2) communication to the data subjects, in plain language.
    Subjects {
        id: String,
        #[arg(long)]
        draft_lang: Option<String>,
    },
    /// Edit the Art 34(2) letter to the people before issuing it (in one language): the edited
    /// text is what the letter, its PDF and the filing keep. Fields: subjects_intro,
    /// letter_what_happened, letter_data, letter_consequences, letter_measures, letter_advice,
    /// letter_contact.
    SubjectsEdit {
        id: String,
        /// The letter's language (default: --lang, else the organisation's).
        #[arg(long)]
        draft_lang: Option<String>,
        /// FIELD=TEXT: the field's new text (repeatable).
        #[arg(long = "set", value_name = "FIELD=TEXT")]
        set: Vec<String>,
        /// FIELD: back to the proposed text (repeatable).
        #[arg(long = "reset", value_name = "FIELD")]
        reset: Vec<String>,
    },
    /// Art 33(2) notice from us (processor) to a controller.
    Controller {
        id: String,
        /// Controller id or name.
        #[arg(long)]
        controller: String,
        #[arg(long)]
        draft_lang: Option<String>,
    },
    /// What each obligation's filing still lacks at its stage (the fields the law asks of it
    /// that the record does not answer yet), and whether the filing is refused until they are.
    Missing { id: String },
    /// Cyber Resilience Act report to the CSIRT designated as coordinator and ENISA
    /// (Regulation (EU) 2024/2847 Art 14(2) or (4), by the incident's CRA kind); `missing`
    /// lists the items the Article requires "at least" that are still empty.
    Cra {
        id: String,
        /// early-warning, notification or final.
        #[arg(long)]
        report: String,
        /// Draft language (default: the organisation's).
        #[arg(long)]
        draft_lang: Option<String>,
    },
    /// NIS2 report to a national CSIRT (Directive (EU) 2022/2555 Art 23(4)) as the channel asks
    /// for it: nl (NCSC-NL), be (CCB), de (BSI), fr (ANSSI/CERT-FR); `missing` lists what the
    /// Article or the channel's form requires that is still empty.
    Nis2 {
        id: String,
        /// early-warning, notification or final.
        #[arg(long)]
        stage: String,
        /// nl, be, de or fr (default: the lead authority's country).
        #[arg(long)]
        channel: Option<String>,
        /// Draft language (default: the channel's own).
        #[arg(long)]
        draft_lang: Option<String>,
    },
    /// DORA report to the financial supervisor (Implementing Regulation (EU) 2025/302 Annex I),
    /// field by field under the glossary's numbers; `missing` lists the fields mandatory for
    /// this stage that are still empty.
    Dora {
        id: String,
        /// initial, intermediate or final.
        #[arg(long)]
        stage: String,
        /// Draft language (default: the organisation's).
        #[arg(long)]
        draft_lang: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuthorityCmd {
    /// The supervisory authority registry.
    List,
    /// Log an incoming request from, or an outgoing answer to, an authority.
    Log(ContactArgs),
    /// The authority contact log.
    Contacts {
        /// Only contacts linked to this incident.
        #[arg(long)]
        incident: Option<String>,
    },
    /// What the issuing authority said about an e-Evidence preservation order (Regulation
    /// (EU) 2023/1543 Art 11): extended (30 more days), production-confirmed, released.
    Preservation {
        /// The preservation order's contact id (or a unique prefix).
        contact: String,
        /// extended, production-confirmed or released.
        #[arg(long)]
        change: String,
        /// When the issuing authority's form was received (RFC 3339).
        #[arg(long)]
        at: String,
    },
}

#[derive(Debug, Args)]
pub struct ContactArgs {
    /// Authority id, e.g. nl-ap (not for an e-Evidence order: see --issuer).
    #[arg(long, default_value = "")]
    pub authority: String,
    /// incoming (a request) or outgoing (an answer).
    #[arg(long)]
    pub direction: String,
    /// When it was received or sent (RFC 3339).
    #[arg(long)]
    pub at: String,
    #[arg(long)]
    pub subject: String,
    #[arg(long)]
    pub reference: Option<String>,
    /// For a request: when the answer is due (it appears among the obligations).
    #[arg(long)]
    pub response_due: Option<String>,
    /// Linked incident id or prefix.
    #[arg(long)]
    pub incident: Option<String>,
    /// For an answer: the request (contact id or prefix) it answers.
    #[arg(long)]
    pub answers: Option<String>,
    /// An e-Evidence order received (Regulation (EU) 2023/1543): production (10 days),
    /// production-emergency (8 hours) or preservation (60 days).
    #[arg(long)]
    pub order: Option<String>,
    /// The e-Evidence order's issuing authority, as the certificate names it.
    #[arg(long)]
    pub issuer: Option<String>,
    /// The issuing authority's Member State (ISO 3166-1 alpha-2, e.g. DE).
    #[arg(long)]
    pub issuer_country: Option<String>,
}
