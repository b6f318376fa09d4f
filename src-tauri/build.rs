//! Registers the app's commands (the list in `commands.in`, the one place they are declared) so
//! that each one needs an explicit `allow-<command>` permission (granted in
//! `capabilities/main.json`, which a test holds to the list); nothing is allowed implicitly.

/// Only the names matter here; the types are not resolved in the build script.
macro_rules! app_commands {
    (
        state { $( $(#[doc = $doc:literal])* $module:ident :: $name:ident ( $( $arg:ident : $ty:ty ),* $(,)? ) -> $ret:ty ; )* }
        dialogs { $( $(#[doc = $ddoc:literal])* $dmodule:ident :: $dname:ident ( $( $darg:ident : $dty:ty ),* $(,)? ) -> $dret:ty ; )* }
    ) => {
        const COMMANDS: &[&str] = &[ $( stringify!($name), )* $( stringify!($dname), )* ];
    };
}

include!("commands.in");

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .unwrap_or_else(|e| panic!("tauri build: {e}"));
}
