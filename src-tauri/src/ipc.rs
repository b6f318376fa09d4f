//! The app's commands, declared once in `src-tauri/commands.in` (which `build.rs` reads too).
//! From that list come the invoke handler ([`invoke_handler`]), the command names
//! ([`COMMANDS`]) and the typed TypeScript call layer `ui/src/lib/bindings/commands.ts`
//! ([`export_typescript`], written with the other bindings). `tests/commands.rs` holds the list
//! to the functions' signatures and `capabilities/main.json` to the list.

use std::any::TypeId;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use ts_rs::{Config, Dependency, ExportError, TypeVisitor, TS};

// The types the list names.
use breachlog_core::domain::{Action, Evidence, Incident, Language, Note, Org, Settings, Status};
use breachlog_core::journal::Redaction;
use breachlog_core::query::{IncidentFilter, IncidentPage};
use breachlog_core::register::{
    AssessmentInput, EvidenceWritten, IncidentInput, OrgInput, RetentionItem, SettingsInput,
};
use breachlog_core::regulation::authorities::Authority;
use breachlog_core::regulation::enisa::{EnisaInput, EnisaResult};
use breachlog_core::regulation::{
    AuthorityContact, ClassifyInput, ContactInput, Controller, ControllerImpact, ControllerInput,
    ControllerUpdate, Filing, FilingInput, ImpactInput, ImportReport, IncidentRegulation,
    Obligation, PreservationInput, RegulationSettings, RequestInput,
};
use breachlog_core::report::{NoticesWritten, ReportKind, ReportOptions};

use crate::dto::{AppStatus, Created, UnlockWith, Unlocked, VerifyOutcome};
use crate::key_cmds::{KeyStatus, RecoveryKeyIssued};
use crate::registers::RecentRegister;
use crate::regulation_dto::DraftView;
use crate::report_cmds::{
    BundleExportInfo, IssuedReportInfo, RegisterExportInfo, ReportChoices, ReportVerification,
};
use crate::team_cmds::TeamStatus;
use crate::upkeep::{CheckpointExport, RestoreTest};
use breachlog_core::register::regulation::templates::FilingRequirements;
use breachlog_core::register::regulation::what_if::{Pack, WhatIf};
use breachlog_core::register::timestamps::{TimestampInfo, TsaInfo};
use breachlog_core::views::{BackupOverview, IncidentDetail, ObligationRow, RulesView};
// The modules the list names.
use crate::{
    commands, evidence_cmds, key_cmds, menu, registers, regulation_cmds, report_cmds, team_cmds,
    upkeep,
};

/// One argument of a command, as the webview sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arg {
    /// The Rust parameter name.
    pub name: &'static str,
    /// The Rust type as the list writes it.
    pub rust: &'static str,
    /// The TypeScript type (ts-rs).
    pub ts: String,
}

impl Arg {
    fn new<T: TS + 'static>(cfg: &Config, name: &'static str, rust: &'static str) -> Self {
        Arg {
            name,
            rust,
            ts: T::name(cfg),
        }
    }

    /// The key in the invoke arguments: Tauri converts the Rust name to camelCase.
    pub fn key(&self) -> String {
        camel_case(self.name)
    }
}

/// One command of the list.
#[derive(Debug, Clone)]
pub struct Command {
    /// The module of the `#[tauri::command]` function (`src/<module>.rs`).
    pub module: &'static str,
    pub name: &'static str,
    /// The list's `///` lines.
    pub docs: &'static [&'static str],
    pub args: Vec<Arg>,
    /// The type inside `Res<…>`, as the list writes it.
    pub returns_rust: &'static str,
    /// Its TypeScript type (`void` for `()`).
    pub returns_ts: String,
    /// Opens a native dialog first (takes the app handle; not in [`state_handler`]).
    pub dialog: bool,
    /// The generated types the TypeScript signature names: name → path below the bindings.
    imports: BTreeMap<String, PathBuf>,
    /// Exports every type the signature names, with its dependencies.
    export: Vec<Exporter>,
}

impl Command {
    /// The function name in the TypeScript layer (`app_status` → `appStatus`).
    pub fn ts_name(&self) -> String {
        camel_case(self.name)
    }
}

/// Collects the generated types a TypeScript type expression names (the type itself and every
/// generic argument, e.g. `ObligationRow` in `Array<ObligationRow> | null`).
struct Imports<'a>(&'a Config, &'a mut BTreeMap<String, PathBuf>);

impl TypeVisitor for Imports<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if let Some(dep) = Dependency::from_ty::<T>(self.0) {
            self.1.insert(dep.ts_name, dep.output_path);
        }
    }
}

fn import<T: TS + 'static>(cfg: &Config, into: &mut BTreeMap<String, PathBuf>) {
    let mut v = Imports(cfg, into);
    v.visit::<T>();
    T::visit_generics(&mut v);
}

/// Exports `T` when it is a generated type, and every generated type among its generic
/// arguments, each with its dependencies.
fn export<T: TS + 'static>(cfg: &Config) -> Result<(), ExportError> {
    struct Export<'a>(&'a Config, Result<(), ExportError>);
    impl TypeVisitor for Export<'_> {
        fn visit<U: TS + 'static + ?Sized>(&mut self) {
            if self.1.is_ok() && U::output_path().is_some() {
                self.1 = U::export_all(self.0);
            }
        }
    }
    let mut v = Export(cfg, Ok(()));
    v.visit::<T>();
    T::visit_generics(&mut v);
    v.1
}

fn returns<T: TS + 'static>(cfg: &Config) -> String {
    if TypeId::of::<T>() == TypeId::of::<()>() {
        "void".into()
    } else {
        T::name(cfg)
    }
}

/// `last_group` → `lastGroup` (what Tauri does to argument names and what the UI calls).
pub fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = !out.is_empty();
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

macro_rules! app_commands {
    (
        state { $( $(#[doc = $doc:literal])* $module:ident :: $name:ident ( $( $arg:ident : $ty:ty ),* $(,)? ) -> $ret:ty ; )* }
        dialogs { $( $(#[doc = $ddoc:literal])* $dmodule:ident :: $dname:ident ( $( $darg:ident : $dty:ty ),* $(,)? ) -> $dret:ty ; )* }
    ) => {
        /// Every command's name, in the list's order.
        pub const COMMANDS: &[&str] = &[ $( stringify!($name), )* $( stringify!($dname), )* ];

        /// The app's invoke handler: every command of the list.
        pub fn invoke_handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![ $( $module::$name, )* $( $dmodule::$dname, )* ]
        }

        /// The commands that open no dialog, on any runtime: the UI fixtures are recorded through
        /// it on Tauri's mock runtime (`tests/fixtures.rs`).
        pub fn state_handler<R: tauri::Runtime>(
        ) -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![ $( $module::$name, )* ]
        }

        /// The list, with the TypeScript types of every argument and result.
        pub fn list(cfg: &Config) -> Vec<Command> {
            vec![
                $( command::<$ret>(
                    cfg,
                    (stringify!($module), stringify!($name)),
                    &[ $( $doc ),* ],
                    vec![ $( (Arg::new::<$ty>(cfg, stringify!($arg), stringify!($ty)), import::<$ty> as Importer, export::<$ty> as Exporter) ),* ],
                    stringify!($ret),
                    false,
                ), )*
                $( command::<$dret>(
                    cfg,
                    (stringify!($dmodule), stringify!($dname)),
                    &[ $( $ddoc ),* ],
                    vec![ $( (Arg::new::<$dty>(cfg, stringify!($darg), stringify!($dty)), import::<$dty> as Importer, export::<$dty> as Exporter) ),* ],
                    stringify!($dret),
                    true,
                ), )*
            ]
        }
    };
}

type Importer = fn(&Config, &mut BTreeMap<String, PathBuf>);
type Exporter = fn(&Config) -> Result<(), ExportError>;

fn command<R: TS + 'static>(
    cfg: &Config,
    (module, name): (&'static str, &'static str),
    docs: &'static [&'static str],
    args: Vec<(Arg, Importer, Exporter)>,
    returns_rust: &'static str,
    dialog: bool,
) -> Command {
    let mut imports = BTreeMap::new();
    let mut exports: Vec<Exporter> = vec![export::<R>];
    import::<R>(cfg, &mut imports);
    for (_, imp, exp) in &args {
        imp(cfg, &mut imports);
        exports.push(*exp);
    }
    Command {
        module,
        name,
        docs,
        args: args.into_iter().map(|(a, _, _)| a).collect(),
        returns_rust,
        returns_ts: returns::<R>(cfg),
        dialog,
        imports,
        export: exports,
    }
}

include!("../commands.in");

/// Names JavaScript does not allow as a parameter.
const RESERVED: &[&str] = &[
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

fn param(arg: &Arg) -> String {
    let key = arg.key();
    if RESERVED.contains(&key.as_str()) {
        format!("{key}_")
    } else {
        key
    }
}

fn doc_comment(out: &mut String, docs: &[&str], indent: &str) {
    let lines: Vec<&str> = docs
        .iter()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect();
    match lines.as_slice() {
        [] => {}
        [one] => {
            let _ = writeln!(out, "{indent}/** {one} */");
        }
        many => {
            let _ = writeln!(out, "{indent}/**");
            for l in many {
                let _ = writeln!(out, "{indent} * {l}");
            }
            let _ = writeln!(out, "{indent} */");
        }
    }
}

/// The text of `commands.ts`: the `Commands` interface and `commands(call)`, which sends each
/// command with the argument keys Tauri expects.
pub fn typescript(cfg: &Config) -> String {
    let list = list(cfg);
    let mut imports: BTreeMap<String, PathBuf> = BTreeMap::new();
    for c in &list {
        imports.extend(c.imports.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    let mut out = String::new();
    out.push_str(
        "// Generated by src-tauri/src/ipc.rs from the command list src-tauri/commands.in: do not edit.\n\
         // `BLESS=1 cargo test -p breachlog-app --test bindings` rewrites it.\n",
    );
    for (name, path) in &imports {
        let module = path.with_extension("");
        let _ = writeln!(
            out,
            "import type {{ {name} }} from \"./{}\";",
            module.display()
        );
    }
    out.push_str(
        "\n/** Sends one command: Tauri's `invoke` in the app, a router over recorded answers in the UI tests. */\n\
         export type Call = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;\n\n\
         /** Every command of the app, with the arguments and the result of its Rust function. */\n\
         export interface Commands {\n",
    );
    for c in &list {
        doc_comment(&mut out, c.docs, "  ");
        let params: Vec<String> = c
            .args
            .iter()
            .map(|a| format!("{}: {}", param(a), a.ts))
            .collect();
        let _ = writeln!(
            out,
            "  {}({}): Promise<{}>;",
            c.ts_name(),
            params.join(", "),
            c.returns_ts
        );
    }
    out.push_str(
        "}\n\n\
         /** The commands over `call`; the argument keys are the Rust names in camelCase, as Tauri expects. */\n\
         export function commands(call: Call): Commands {\n  return {\n",
    );
    for c in &list {
        let params: Vec<String> = c.args.iter().map(param).collect();
        let fields: Vec<String> = c
            .args
            .iter()
            .map(|a| {
                let (key, p) = (a.key(), param(a));
                if key == p {
                    key
                } else {
                    format!("{key}: {p}")
                }
            })
            .collect();
        let args = if fields.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", fields.join(", "))
        };
        let _ = writeln!(
            out,
            "    {}: ({}) => call<{}>(\"{}\"{args}),",
            c.ts_name(),
            params.join(", "),
            c.returns_ts,
            c.name
        );
    }
    out.push_str("  };\n}\n");
    out
}

/// Writes `commands.ts` into the bindings folder of `cfg`, with every type it names.
pub fn export_typescript(cfg: &Config) -> Result<(), ExportError> {
    for c in list(cfg) {
        for export in &c.export {
            export(cfg)?;
        }
    }
    std::fs::write(cfg.out_dir().join("commands.ts"), typescript(cfg))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argument_keys_are_camel_case_as_tauri_makes_them() {
        assert_eq!(camel_case("last_group"), "lastGroup");
        assert_eq!(
            camel_case("undue_delay_target_hours"),
            "undueDelayTargetHours"
        );
        assert_eq!(camel_case("with"), "with");
    }

    #[test]
    fn reserved_words_get_another_parameter_name_but_keep_their_key() {
        let cfg = Config::new().with_large_int("number");
        let ts = typescript(&cfg);
        assert!(
            ts.contains("changePassphrase: (current, new_) => call<KeyStatus>(\"change_passphrase\", { current, new: new_ }),"),
            "{ts}"
        );
        assert!(
            ts.contains("  dropPendingRegister(): Promise<void>;"),
            "{ts}"
        );
        assert!(ts.contains("  dataVersion(): Promise<number>;"), "{ts}");
        assert!(
            ts.contains("  obligations(incident: string | null): Promise<Array<ObligationRow>>;"),
            "{ts}"
        );
        assert!(ts.contains("import type { ObligationRow } from \"./ObligationRow\";"));
    }
}
