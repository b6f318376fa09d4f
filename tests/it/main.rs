//! Cross-crate integration tests: one binary, one module per concern.

mod cli;
mod encryption;
mod keyring;
mod props;
mod tamper;
mod vectors;
