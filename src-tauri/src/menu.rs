//! The native menu: File (new incident, open another register, recent registers, print the
//! current report, lock, quit), Edit (cut, copy, paste, select all) and Help (keyboard
//! shortcuts, About with the version). Labels come from `locales/*/app.ftl` in the UI language;
//! the menu is rebuilt when the language or the recent list changes (`refresh_menu`).
//!
//! A choice that the UI carries out (everything but the clipboard items, About and Quit) is
//! sent to the window as the event [`MENU_EVENT`] with the item's id; the UI does the same as
//! for its keyboard shortcut.

use breachlog_core::domain::Language;
use tauri::menu::{AboutMetadata, Menu, MenuBuilder, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

use crate::error::AppError;
use crate::messages::text;
use crate::registers::{recent_in, RecentRegister};
use crate::state::AppState;

/// The event the window receives with the id of the chosen menu item.
pub const MENU_EVENT: &str = "menu";
/// Prefix of the ids of the recent registers' items (`recent:<path>`).
pub const RECENT_PREFIX: &str = "recent:";

/// One item of a menu, before it is made native.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A choice sent to the UI: (id, label, accelerator).
    Action(&'static str, String, Option<&'static str>),
    /// The recent registers (other than the current one), or a disabled "none".
    Recent(String, Vec<(String, String)>),
    Separator,
    Cut(String),
    Copy(String),
    Paste(String),
    SelectAll(String),
    About(String),
    /// Closes the window (which locks the register, as closing it does).
    Quit(String),
}

/// The menus in `lang`: (title, entries).
pub fn entries(lang: Language, recent: &[RecentRegister]) -> Vec<(String, Vec<Entry>)> {
    let t = |id: &str| text(lang, id, &[]);
    let others: Vec<(String, String)> = recent
        .iter()
        .filter(|r| !r.current && r.exists)
        .map(|r| (format!("{RECENT_PREFIX}{}", r.path), r.path.clone()))
        .collect();
    vec![
        (
            t("app-menu-file"),
            vec![
                Entry::Action(
                    "new-incident",
                    t("app-menu-new-incident"),
                    Some("CmdOrCtrl+N"),
                ),
                Entry::Action(
                    "open-register",
                    t("app-menu-open-register"),
                    Some("CmdOrCtrl+O"),
                ),
                Entry::Recent(t("app-menu-recent"), others),
                Entry::Separator,
                Entry::Action("print", t("app-menu-print"), Some("CmdOrCtrl+P")),
                Entry::Separator,
                Entry::Action("lock", t("app-menu-lock"), Some("CmdOrCtrl+L")),
                Entry::Quit(t("app-menu-quit")),
            ],
        ),
        (
            t("app-menu-edit"),
            vec![
                Entry::Cut(t("app-menu-cut")),
                Entry::Copy(t("app-menu-copy")),
                Entry::Paste(t("app-menu-paste")),
                Entry::Separator,
                Entry::SelectAll(t("app-menu-select-all")),
            ],
        ),
        (
            t("app-menu-help"),
            vec![
                Entry::Action("shortcuts", t("app-menu-shortcuts"), Some("F1")),
                Entry::Separator,
                Entry::About(t("app-menu-about")),
            ],
        ),
    ]
}

/// The native menu of [`entries`].
pub fn build<R: Runtime>(
    app: &AppHandle<R>,
    lang: Language,
    recent: &[RecentRegister],
) -> tauri::Result<Menu<R>> {
    let mut menu = MenuBuilder::new(app);
    for (title, items) in entries(lang, recent) {
        let mut sub = SubmenuBuilder::new(app, title);
        for entry in items {
            sub = match entry {
                Entry::Action(id, label, accel) => {
                    let mut item = MenuItemBuilder::with_id(id, label);
                    if let Some(a) = accel {
                        item = item.accelerator(a);
                    }
                    sub.item(&item.build(app)?)
                }
                Entry::Recent(label, list) => {
                    let mut recent = SubmenuBuilder::new(app, label);
                    if list.is_empty() {
                        let none = MenuItemBuilder::with_id(
                            "recent-none",
                            text(lang, "app-menu-recent-none", &[]),
                        )
                        .enabled(false)
                        .build(app)?;
                        recent = recent.item(&none);
                    }
                    for (id, path) in list {
                        recent = recent.text(id, path);
                    }
                    sub.item(&recent.build()?)
                }
                Entry::Separator => sub.separator(),
                Entry::Cut(label) => sub.cut_with_text(label),
                Entry::Copy(label) => sub.copy_with_text(label),
                Entry::Paste(label) => sub.paste_with_text(label),
                Entry::SelectAll(label) => sub.select_all_with_text(label),
                Entry::About(label) => sub.about_with_text(label, Some(about(lang))),
                Entry::Quit(label) => sub.item(
                    &MenuItemBuilder::with_id("quit", label)
                        .accelerator("CmdOrCtrl+Q")
                        .build(app)?,
                ),
            };
        }
        menu = menu.item(&sub.build()?);
    }
    menu.build()
}

fn about(lang: Language) -> AboutMetadata<'static> {
    AboutMetadata {
        name: Some("Breachlog".into()),
        version: Some(env!("CARGO_PKG_VERSION").into()),
        comments: Some(text(lang, "app-about-comments", &[])),
        copyright: Some("© 2026 the Breachlog authors".into()),
        license: Some(env!("CARGO_PKG_LICENSE").into()),
        ..Default::default()
    }
}

/// Builds the menu in the current language with the current recent list and puts it on the app.
pub fn install<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let state = app.state::<AppState>();
    let recent = recent_in(&state, state.recent_file());
    let menu = build(app, state.language(), &recent)?;
    app.set_menu(menu)?;
    Ok(())
}

/// What a menu choice does: Quit closes the window; every other item goes to the UI.
pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let id = event.id().0.as_str();
    if id == "quit" {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.close();
        }
        return;
    }
    let _ = app.emit_to("main", MENU_EVENT, id.to_string());
}

type Res<T> = Result<T, AppError>;

/// Rebuilds the menu (after a change of language, an unlock, or a switch of register).
#[tauri::command]
pub async fn refresh_menu(app: AppHandle, state: State<'_, AppState>) -> Res<()> {
    install(&app).map_err(|e| AppError::app("menu", state.localizer(), &[("error", e.to_string())]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(menus: &[(String, Vec<Entry>)]) -> Vec<String> {
        let mut out = Vec::new();
        for (title, items) in menus {
            out.push(title.clone());
            for e in items {
                match e {
                    Entry::Action(_, l, _)
                    | Entry::Recent(l, _)
                    | Entry::Cut(l)
                    | Entry::Copy(l)
                    | Entry::Paste(l)
                    | Entry::SelectAll(l)
                    | Entry::About(l)
                    | Entry::Quit(l) => out.push(l.clone()),
                    Entry::Separator => {}
                }
            }
        }
        out
    }

    #[test]
    fn every_menu_label_is_translated_in_every_language() {
        let en = labels(&entries(Language::En, &[]));
        for l in en.iter() {
            assert!(!l.starts_with("app-"), "no English text for {l}");
        }
        for lang in [Language::De, Language::Nl, Language::Fr] {
            let other = labels(&entries(lang, &[]));
            assert_eq!(other.len(), en.len());
            for l in &other {
                assert!(!l.starts_with("app-"), "{lang}: no text for {l}");
            }
            let differ = other.iter().zip(&en).filter(|(a, b)| a != b).count();
            assert!(
                differ * 2 > en.len(),
                "{lang}: the menu is mostly English: {other:?}"
            );
        }
        assert_eq!(
            labels(&entries(Language::De, &[]))[0],
            "Datei",
            "the German File menu"
        );
    }

    #[test]
    fn the_file_menu_offers_the_shortcuts_and_the_other_recent_registers() {
        let recent = [
            RecentRegister {
                path: "/r/current.db".into(),
                exists: true,
                current: true,
            },
            RecentRegister {
                path: "/r/gone.db".into(),
                exists: false,
                current: false,
            },
            RecentRegister {
                path: "/r/other.db".into(),
                exists: true,
                current: false,
            },
        ];
        let menus = entries(Language::En, &recent);
        let file = &menus[0].1;
        let accel = |id: &str| {
            file.iter()
                .chain(&menus[2].1)
                .find_map(|e| match e {
                    Entry::Action(i, _, a) if *i == id => Some(*a),
                    _ => None,
                })
                .flatten()
        };
        assert_eq!(accel("print"), Some("CmdOrCtrl+P"));
        assert_eq!(accel("open-register"), Some("CmdOrCtrl+O"));
        assert_eq!(accel("lock"), Some("CmdOrCtrl+L"));
        assert_eq!(accel("new-incident"), Some("CmdOrCtrl+N"));
        assert_eq!(accel("shortcuts"), Some("F1"));
        let listed = file
            .iter()
            .find_map(|e| match e {
                Entry::Recent(_, l) => Some(l.clone()),
                _ => None,
            })
            .unwrap();
        assert_eq!(
            listed,
            [("recent:/r/other.db".to_string(), "/r/other.db".to_string())],
            "neither the current register nor a missing file is offered"
        );
        assert!(menus[2].1.iter().any(|e| matches!(e, Entry::About(_))));
        assert!(file.iter().any(|e| matches!(e, Entry::Quit(_))));
    }
}
