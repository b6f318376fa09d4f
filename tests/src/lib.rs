//! The integration tests' harness lives in `breachlog-testsupport` (shared with the app's tests);
//! re-exported here under its old paths.

pub use breachlog_testsupport::*;
