//! The inputs and result of the ENISA severity calculation (the arithmetic is in
//! `breachlog-rules`): the result is stored with a breach assessment.

use serde::{Deserialize, Serialize};

/// The calculator's inputs as typed (`--ei 0.75` or `--ei significant`, …).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct EnisaInput {
    /// 1 simple, 2 behavioural, 3 financial, 4 sensitive (Art 9/10).
    pub dpc: String,
    /// Context adjustment (volume, vulnerable people, …), e.g. `+1` or `-1`.
    pub dpc_adjust: Option<String>,
    /// Ease of identification: 0.25/negligible, 0.5/limited, 0.75/significant, 1/maximum.
    pub ei: String,
    /// Loss of confidentiality: 0/none or exposed (no evidence of unlawful processing),
    /// 0.25/known_recipients, 0.5/unknown_recipients.
    pub cb_confidentiality: Option<String>,
    /// Loss of integrity: 0/none, 0.25/recoverable, 0.5/unrecoverable.
    pub cb_integrity: Option<String>,
    /// Loss of availability: 0/none, 0.25/temporary, 0.5/permanent.
    pub cb_availability: Option<String>,
    /// Malicious intent (+0.5).
    pub malicious: bool,
}

/// The calculation, as stored with the assessment.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnisaResult {
    pub dpc_base: i64,
    pub dpc_adjust: i64,
    /// Adjusted and clamped to 1–4.
    pub dpc: i64,
    pub ei: String,
    pub cb_confidentiality: String,
    pub cb_integrity: String,
    pub cb_availability: String,
    pub malicious: bool,
    pub cb: String,
    pub score: String,
    /// `low` (< 2), `medium` (< 3), `high` (< 4), `very_high`.
    pub band: String,
    /// The arithmetic, language-neutral: `DPC × EI + CB = SE` with the numbers.
    pub arithmetic: String,
}
