//! TypeScript bindings for every IPC payload, generated with ts-rs into `ui/src/lib/bindings/`,
//! and the typed call layer `commands.ts` generated from the command list (see `ipc`).
//! `cargo test -p breachlog-app --test bindings` fails when the committed files are stale;
//! `BLESS=1` rewrites them.

use std::path::Path;

use breachlog_core::domain::{
    Art33Item, Category, CloseReason, Decision, Incident, Language, Nature, PersonalData, Risk,
    Role, Severity, Source, Status, VulnClass,
};
use breachlog_core::journal::{Redaction, VerifyReport};
use breachlog_core::query::{IncidentFilter, IncidentPage, IncidentRow, SortBy};
use breachlog_core::register::{
    AssessmentInput, IncidentInput, OrgInput, RetentionItem, SettingsInput,
};
use ts_rs::TS;

use crate::dto::{AppStatus, CheckpointSummary, Created, UnlockWith, Unlocked, VerifyOutcome};
use crate::error::AppError;
use crate::key_cmds::{KeyStatus, RecoveryKeyIssued};
use crate::registers::RecentRegister;
use crate::regulation_dto::DraftView;
use crate::upkeep::{CheckpointExport, RestoreTest};
use breachlog_core::register::regulation::what_if::{
    Compared, Pack, WhatIf, WhatIfIncident, Would,
};
use breachlog_core::regulation::authorities::Authority;
use breachlog_core::regulation::enisa::{EnisaInput, EnisaResult};
use breachlog_core::regulation::templates::{DoraStage, Draft, FilingRequirements, MissingField};
use breachlog_core::regulation::{
    AuthorityContact, Channel, ClassifyInput, ClockGap, ContactDirection, ContactInput, Controller,
    ControllerInput, ControllerUpdate, CraKind, DoraEntityType, EvidenceOrder, Filing, FilingInput,
    ImpactInput, ImportReport, IncidentRegulation, Nis2EntityType, Obligation, ObligationStatus,
    ObligationView, OrderKind, Phase, PreservationChange, PreservationInput, RequestInput,
    RowError, SignificanceCheck, SignificanceInput, Tristate,
};
use breachlog_core::views::{BackupOverview, IncidentDetail, ObligationRow, RuleRow, RulesView};

/// Writes every binding (with its dependencies) into `dir`. 64-bit integers are typed `number`:
/// they cross IPC as JSON numbers (counts and sequence numbers stay far below 2^53).
pub fn export_all(dir: &Path) -> Result<(), ts_rs::ExportError> {
    let cfg = ts_rs::Config::new()
        .with_out_dir(dir)
        .with_large_int("number");
    macro_rules! export {
        ($($t:ty),+ $(,)?) => { $( <$t as TS>::export_all(&cfg)?; )+ };
    }
    export!(
        AppStatus,
        AppError,
        Created,
        Unlocked,
        UnlockWith,
        VerifyOutcome,
        CheckpointSummary,
        IncidentDetail,
        Incident,
        VerifyReport,
        IncidentFilter,
        IncidentPage,
        IncidentRow,
        SortBy,
        IncidentInput,
        AssessmentInput,
        OrgInput,
        SettingsInput,
        RetentionItem,
        Redaction,
        BackupOverview,
        RestoreTest,
        CheckpointExport,
        Art33Item,
        Category,
        CloseReason,
        Decision,
        Language,
        Nature,
        PersonalData,
        Risk,
        Role,
        Severity,
        Source,
        Status,
        VulnClass,
        ObligationRow,
        breachlog_core::report::NoticesWritten,
        crate::report_cmds::NoticesProgress,
        ObligationView,
        RuleRow,
        RulesView,
        Pack,
        WhatIf,
        WhatIfIncident,
        Compared,
        Would,
        Obligation,
        ObligationStatus,
        Filing,
        FilingInput,
        Channel,
        Phase,
        Authority,
        Draft,
        DraftView,
        FilingRequirements,
        MissingField,
        DoraStage,
        AuthorityContact,
        ContactInput,
        ContactDirection,
        EvidenceOrder,
        OrderKind,
        PreservationChange,
        PreservationInput,
        SignificanceInput,
        SignificanceCheck,
        Nis2EntityType,
        EnisaInput,
        EnisaResult,
        Controller,
        ControllerInput,
        ControllerUpdate,
        ImpactInput,
        ImportReport,
        RowError,
        ClassifyInput,
        RequestInput,
        IncidentRegulation,
        Tristate,
        DoraEntityType,
        CraKind,
        ClockGap,
        RecoveryKeyIssued,
        KeyStatus,
        RecentRegister,
    );
    crate::report_cmds::export_bindings(&cfg)?;
    crate::evidence_cmds::export_bindings(&cfg)?;
    crate::ipc::export_typescript(&cfg)
}
