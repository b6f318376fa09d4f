//! Pulling while this register has pending events: the other members' events go first (the
//! server's order is the order), the pending ones are re-validated and re-chained after them
//! (`Register::rebase_onto`), conflicts reported to their author.

use std::collections::BTreeMap;

use breachlog_core::register::team::Rebased;
use breachlog_core::{Register, Result};

use crate::envelope::DataKey;
use crate::{state_of, Server};

/// Pulls every event the server holds past the synced seq and rebases the pending events onto
/// them. Returns how many were pulled.
pub(crate) fn rebase(
    reg: &mut Register,
    server: &mut Server,
    keys: &BTreeMap<u32, DataKey>,
) -> Result<u64> {
    Ok(rebase_report(reg, server, keys)?.pulled)
}

pub(crate) fn rebase_report(
    reg: &mut Register,
    server: &mut Server,
    keys: &BTreeMap<u32, DataKey>,
) -> Result<Rebased> {
    let state = state_of(reg)?;
    let pulled = crate::fetch_opened(server, state.synced_seq + 1, keys)?;
    let evidence = crate::pull_evidence(server, &pulled, keys)?;
    reg.rebase_onto(&pulled, &evidence)
}
