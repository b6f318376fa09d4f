//! The store: the files of a register and how they are kept. Where they live ([`paths`]), how
//! they are written (private, atomic: [`files`]), the locks between processes ([`lock`]), the
//! key file and its slots ([`keys`]), and the encrypted SQLite database with its one list of
//! migrations ([`storage`]). Nothing here knows the register's operations.

pub mod files;
pub mod keys;
pub mod lock;
pub mod paths;
pub mod storage;
