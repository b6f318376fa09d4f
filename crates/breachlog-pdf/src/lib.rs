//! A small PDF layout engine that knows nothing of Breachlog's domain: embedded DejaVu fonts
//! (subset per document), A4 pages with a running header and footer, wrapped paragraphs,
//! label/value lists and tables that break across pages ([`layout`]), and the container with its
//! document information and embedded files ([`pdf`]). Sealing a report is the chain format's
//! business (`breachlog-chain`), done on the bytes this crate returns.

pub mod layout;
pub mod pdf;

/// A PDF that could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Error(pub String);

pub type Result<T, E = Error> = std::result::Result<T, E>;
