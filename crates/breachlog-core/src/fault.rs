//! Fault-injection points for the durability tests (`tests/it/faults.rs`): the process stops
//! dead (`std::process::abort`, no destructors, no flush) at a named point of a write, a key-file
//! write, a key rotation or a restore, so the tests can check what the next open finds.
//!
//! A point fires only when **both** hold:
//! - the crate is built with the cargo feature `fault-injection` **and** without optimisation
//!   (`debug_assertions`): only the integration tests enable the feature (`tests/Cargo.toml`);
//!   release builds (`make cli`, the bundled app, `make bench`) never contain the code, whatever
//!   the features;
//! - the environment variable [`ENV`] names the point exactly.
//!
//! A workspace build that includes the tests (`make test`: `cargo build --workspace
//! --all-targets`) unifies features, so the debug `breachlog` and `breachlog-app` it leaves in
//! `target/debug` honour the variable too. That is acceptable because a point can only do what a
//! crash or a power cut at the same moment does — end the process — and every point is a moment
//! the design must already survive; it changes no data and reads nothing. See
//! `docs/security.md` ("Test hook: fault injection").

/// The environment variable naming the point to stop at.
pub const ENV: &str = "BREACHLOG_FAULT";

/// Stops the process here when [`ENV`] names `point` (test builds only; a no-op otherwise).
#[cfg(all(feature = "fault-injection", debug_assertions))]
#[inline(never)]
pub fn point(point: &'static str) {
    if std::env::var_os(ENV).is_some_and(|v| v == point) {
        std::process::abort();
    }
}

/// Stops the process here when [`ENV`] names `point` (test builds only; a no-op otherwise).
#[cfg(not(all(feature = "fault-injection", debug_assertions)))]
#[inline(always)]
pub fn point(_point: &'static str) {}
