//! Cross-crate integration tests: one binary, one module per concern.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod acknowledge;
mod changes;
mod checkpoints;
mod cli;
mod concurrency;
mod cra;
mod crash;
mod customers;
mod documents;
mod dora;
mod e_evidence;
mod encryption;
mod evidence;
#[cfg(unix)]
mod faults;
mod files;
mod forged;
mod forms;
mod hostile;
mod keyring;
mod letter;
mod migrations;
mod nis2_drafts;
mod nis2_significance;
mod processor;
mod props;
mod regulation;
mod regulation_terms;
mod reliability;
mod report_proof;
mod reports;
mod retention;
mod signed_checkpoints;
mod tamper;
mod team;
mod timestamp;
mod usage;
mod vectors;
mod what_if;
