//! The regulation engine under its old path: the register's regulation operations
//! ([`crate::register::regulation`]) and, through them, the rules engine's modules.

pub use crate::register::regulation::*;
