//! The command list (`commands.in`) is the one place a command is declared. These tests hold the
//! rest to it: every `#[tauri::command]` function is listed with the arguments and result it
//! really has (a renamed argument fails here, not at run time in the webview), and
//! `capabilities/main.json` grants exactly the listed commands and nothing else.
//! `BLESS=1 cargo test -p breachlog-app --test commands` rewrites the capability's permissions.

// Test code: a source file that does not parse as expected is a failure to report.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use breachlog_app::ipc::{self, COMMANDS};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cfg() -> ts_rs::Config {
    ts_rs::Config::new().with_large_int("number")
}

/// `Option < Vec < String > >` and `Option<Vec<String>>` are the same type.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text between the parenthesis at `open` and its matching one.
fn balanced(text: &str, open: usize) -> Option<&str> {
    let mut depth = 0usize;
    for (i, c) in text[open..].char_indices() {
        match c {
            '(' | '<' => depth += 1,
            ')' | '>' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&text[open + 1..open + i]);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits `a: T, b: Option<U<V, W>>` at the top-level commas.
fn split_params(text: &str) -> Vec<&str> {
    let (mut out, mut depth, mut start) = (Vec::new(), 0i32, 0);
    for (i, c) in text.char_indices() {
        match c {
            '<' | '(' => depth += 1,
            '>' | ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(text[start..].trim());
    out.into_iter().filter(|p| !p.is_empty()).collect()
}

/// A `#[tauri::command]` function as written in its source file.
#[derive(Debug)]
struct Found {
    /// (name, type) of every argument the webview sends (Tauri injects `State` and `AppHandle`).
    args: Vec<(String, String)>,
    /// The type inside `Res<…>`.
    returns: String,
    takes_app_handle: bool,
}

/// Every `#[tauri::command]` function in `src/*.rs`, by `module::name`.
fn command_functions() -> BTreeMap<String, Found> {
    let mut found = BTreeMap::new();
    let src = manifest_dir().join("src");
    let mut files: Vec<PathBuf> = fs::read_dir(&src)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    for path in files {
        let module = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        let (Some(module), Ok(text)) = (module, fs::read_to_string(&path)) else {
            continue;
        };
        // The attribute on a line of its own (not a mention in a comment).
        for (at, _) in text.match_indices("\n#[tauri::command]\n") {
            let rest = &text[at..];
            let fn_at = rest
                .find("fn ")
                .expect("a function after #[tauri::command]");
            let sig = &rest[fn_at + 3..];
            let open = sig.find('(').expect("parameters");
            let name = sig[..open].trim().to_string();
            let params = balanced(sig, open).expect("closed parameters");
            let after = &sig[open + params.len() + 2..];
            let ret = after[..after.find('{').expect("a body")].trim();
            let ret = ret.strip_prefix("->").expect("a result").trim();
            let inner = ret
                .strip_prefix("Res<")
                .and_then(|r| r.strip_suffix('>'))
                .unwrap_or_else(|| panic!("{module}::{name} returns {ret}, not Res<…>"));
            let mut args = Vec::new();
            let mut takes_app_handle = false;
            for p in split_params(params) {
                let (n, t) = p.split_once(':').expect("name: type");
                let t = squash(t);
                if t.starts_with("State<") {
                    continue;
                }
                if t == "AppHandle" {
                    takes_app_handle = true;
                    continue;
                }
                args.push((n.trim().to_string(), t));
            }
            found.insert(
                format!("{module}::{name}"),
                Found {
                    args,
                    returns: squash(inner),
                    takes_app_handle,
                },
            );
        }
    }
    found
}

#[test]
fn the_list_names_every_command_function_with_its_arguments_and_result() {
    let functions = command_functions();
    let list = ipc::list(&cfg());
    let listed: Vec<String> = list
        .iter()
        .map(|c| format!("{}::{}", c.module, c.name))
        .collect();
    let unlisted: Vec<&String> = functions.keys().filter(|k| !listed.contains(k)).collect();
    assert!(
        unlisted.is_empty(),
        "commands missing from commands.in: {unlisted:?}"
    );
    for c in &list {
        let key = format!("{}::{}", c.module, c.name);
        let f = functions.get(&key).unwrap_or_else(|| {
            panic!(
                "{key} is listed but is no #[tauri::command] in src/{}.rs",
                c.module
            )
        });
        let args: Vec<(String, String)> = c
            .args
            .iter()
            .map(|a| (a.name.to_string(), squash(a.rust)))
            .collect();
        assert_eq!(
            args, f.args,
            "{key}: the list's arguments differ from the function's"
        );
        assert_eq!(
            squash(c.returns_rust),
            f.returns,
            "{key}: the list's result differs"
        );
        assert_eq!(
            c.dialog, f.takes_app_handle,
            "{key}: commands that take the app handle (a native dialog) are listed under `dialogs`, the others under `state`"
        );
    }
    let mut names = COMMANDS.to_vec();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), COMMANDS.len(), "a command is listed twice");
}

/// The capability's permission for a command (tauri-build's `allow-` + the name in kebab case).
fn grant(command: &str) -> String {
    format!("allow-{}", command.replace('_', "-"))
}

/// Beyond the app's own commands, the window may only listen to the events the app itself
/// emits (the native menu's choices, `menu.rs`): no other core or plugin API.
const CORE_GRANTS: &[&str] = &["core:event:allow-listen", "core:event:allow-unlisten"];

fn permissions_json(grants: &[String]) -> String {
    let items: Vec<String> = grants.iter().map(|g| format!("    \"{g}\"")).collect();
    format!("\"permissions\": [\n{}\n  ]", items.join(",\n"))
}

#[test]
fn the_capability_grants_exactly_the_listed_commands() -> Result<(), Box<dyn std::error::Error>> {
    let dir = manifest_dir().join("capabilities");
    let files: Vec<String> = fs::read_dir(&dir)?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files, ["main.json"], "one capability, for the main window");
    let path = dir.join("main.json");
    let text = fs::read_to_string(&path)?;
    let mut expected: Vec<String> = COMMANDS.iter().map(|c| grant(c)).collect();
    expected.extend(CORE_GRANTS.iter().map(|g| g.to_string()));
    if std::env::var_os("BLESS").is_some() {
        let start = text.find("\"permissions\": [").ok_or("no permissions")?;
        let end = start + text[start..].find(']').ok_or("unclosed permissions")? + 1;
        let new = format!(
            "{}{}{}",
            &text[..start],
            permissions_json(&expected),
            &text[end..]
        );
        fs::write(&path, new)?;
    }
    let text = fs::read_to_string(&path)?;
    let json: serde_json::Value = serde_json::from_str(&text)?;
    assert_eq!(json["windows"], serde_json::json!(["main"]));
    assert!(
        json.get("remote").is_none(),
        "no remote origin may call commands"
    );
    let granted: Vec<String> = json["permissions"]
        .as_array()
        .ok_or("permissions is a list")?
        .iter()
        .map(|p| {
            p.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| p.to_string())
        })
        .collect();
    let missing: Vec<&String> = expected.iter().filter(|g| !granted.contains(g)).collect();
    let extra: Vec<&String> = granted.iter().filter(|g| !expected.contains(g)).collect();
    assert!(
        missing.is_empty() && extra.is_empty() && granted == expected,
        "capabilities/main.json must grant exactly the listed commands, in the list's order, then \
         the event listening of the menu (missing {missing:?}, not listed {extra:?}): run `BLESS=1 cargo test -p breachlog-app --test commands`"
    );
    // Nothing inline in the app config either.
    let conf: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(manifest_dir().join("tauri.conf.json"))?)?;
    assert!(conf["app"]["security"].get("capabilities").is_none());
    Ok(())
}

#[test]
fn the_generated_call_layer_sends_the_keys_tauri_expects() {
    let ts = ipc::typescript(&cfg());
    for c in ipc::list(&cfg()) {
        let keys: Vec<String> = c.args.iter().map(|a| a.key()).collect();
        let line = ts
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{}: (", c.ts_name())))
            .unwrap_or_else(|| panic!("{} is not in commands.ts", c.name));
        assert!(line.contains(&format!("(\"{}\"", c.name)), "{line}");
        for k in keys {
            assert!(line.contains(&format!(" {k}")), "{line} does not send {k}");
        }
    }
}
