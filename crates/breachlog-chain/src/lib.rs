//! Breachlog's chain format — the part an auditor relies on without Breachlog's store or key.
//!
//! * [`canonical`]: RFC 8785 canonical JSON and SHA-256 helpers.
//! * [`journal`]: the event, its hash, the chain verifier and the JSON Lines journal check
//!   (`docs/chain-format.md`).
//! * [`schema`]: every event kind with its subject, payload and personal members, declared once;
//!   [`kind`]: their wire names as constants; [`seal`]: salted commitments of personal fields (§7).
//! * [`merkle`]: the Merkle tree over the journal (RFC 9162 hashing), inclusion and consistency
//!   proofs.
//! * [`checkpoint`]: signed checkpoints (C2SP tlog-checkpoint, signed-note, Ed25519).
//! * [`bundle`]: auditor bundles; [`report`]: report PDFs — their seal, embedded content and
//!   standalone check (`docs/report-format.md`).
//!
//! It links no SQLCipher, no key derivation and no PDF renderer: `verify --journal`,
//! `verify --bundle` and `verify-report` need nothing more.

pub mod bundle;
pub mod canonical;
pub mod checkpoint;
pub mod journal;
pub mod kind;
pub mod merkle;
pub mod report;
pub mod schema;
pub mod seal;
pub mod timestamp;

pub use journal::Event;
pub use schema::EventKind;
