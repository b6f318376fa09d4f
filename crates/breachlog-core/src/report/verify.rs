//! Checking a report PDF against a register: issued from it, and the covered head and every
//! event it refers to still there. The standalone check is the chain format's
//! ([`breachlog_chain::report::verify_report`]).

use super::{ReportCheck, ReportProblem};
use crate::register::Register;

impl Register {
    /// Adds the register's view to a standalone check: was this file issued here, and does the
    /// register still contain the covered head and every event the report refers to.
    pub fn check_report(&self, mut check: ReportCheck) -> crate::Result<ReportCheck> {
        let issued = self
            .issued_reports()?
            .into_iter()
            .any(|(_, r)| r.pdf_sha256 == check.report_sha256);
        check.issued_by_register = Some(issued);
        if !check.ok {
            return Ok(check);
        }
        if !issued {
            return Ok(check.fail(ReportProblem::NotIssuedHere));
        }
        let mut refs = std::mem::take(&mut check.references);
        if let (Some(s), Some(h)) = (check.head_seq, check.head_hash.clone()) {
            refs.push((s, h));
        }
        refs.sort();
        refs.dedup();
        let mut i = 0usize;
        if let (Some(first), Some(last)) = (refs.first().map(|r| r.0), refs.last().map(|r| r.0)) {
            let mut missing = None;
            self.for_each_event(first, last, |ev| {
                while i < refs.len() && refs[i].0 < ev.seq {
                    missing.get_or_insert(refs[i].0);
                    i += 1;
                }
                while i < refs.len() && refs[i].0 == ev.seq {
                    if refs[i].1 != ev.hash {
                        missing.get_or_insert(ev.seq);
                    }
                    i += 1;
                }
                Ok(())
            })?;
            if i < refs.len() {
                missing.get_or_insert(refs[i].0);
            }
            if let Some(seq) = missing {
                return Ok(check.fail(ReportProblem::HeadMissing { seq }));
            }
        }
        Ok(check)
    }
}
