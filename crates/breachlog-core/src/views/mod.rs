//! Read models shared by the front ends (the CLI's `--json`, the desktop app) and the reports:
//! each is built here once from the register.

pub mod query;
