// The native menu's choices (src-tauri/src/menu.rs) arrive as the event "menu" with the chosen
// item's id; keyboard shortcuts in the window lead to the same actions. Components register what
// they do for an id with `onMenu`; `dispatchMenu` runs it (tests call it directly).
import { listen } from "@tauri-apps/api/event";
import { backend } from "./backend";

/** Ids the menu sends (and the keyboard shortcuts use). `recent:<path>` opens a recent register. */
export type MenuAction = "new-incident" | "open-register" | "print" | "lock" | "shortcuts" | `recent:${string}`;

type Handler = (action: MenuAction) => void | Promise<void>;
const handlers = new Set<Handler>();

/** Registers `h` for every menu choice; returns the function that removes it. */
export function onMenu(h: Handler): () => void {
  handlers.add(h);
  return () => handlers.delete(h);
}

/** Runs every registered handler for `action`. */
export async function dispatchMenu(action: MenuAction): Promise<void> {
  for (const h of [...handlers]) await h(action);
}

/** The shortcut overview's state (opened by F1 or Help → Keyboard shortcuts). */
export const shortcuts = $state({ open: false });

/** The shortcuts the overview lists: keys and the message id of what they do. */
export const SHORTCUTS: { keys: string; id: string }[] = [
  { keys: "Ctrl+N", id: "app-shortcut-new-incident" },
  { keys: "Ctrl+O", id: "app-shortcut-open-register" },
  { keys: "Ctrl+P", id: "app-shortcut-print" },
  { keys: "Ctrl+L", id: "app-shortcut-lock" },
  { keys: "Ctrl+Q", id: "app-shortcut-quit" },
  { keys: "F1", id: "app-shortcut-shortcuts" },
  { keys: "Esc", id: "app-shortcut-close" },
];

/** The menu action of a key press in the window, if it is one of the shortcuts. */
export function actionOfKey(e: { key: string; ctrlKey: boolean; metaKey: boolean }): MenuAction | null {
  if (e.key === "F1") return "shortcuts";
  if (!(e.ctrlKey || e.metaKey)) return null;
  switch (e.key.toLowerCase()) {
    case "n":
      return "new-incident";
    case "o":
      return "open-register";
    case "p":
      return "print";
    case "l":
      return "lock";
    default:
      return null;
  }
}

/** Listens to the native menu (a no-op outside the app, e.g. in tests). */
export async function listenToMenu(): Promise<() => void> {
  try {
    return await listen<string>("menu", (e) => void dispatchMenu(e.payload as MenuAction));
  } catch {
    return () => {};
  }
}

/** Rebuilds the native menu (its language, the recent registers); failures are not the user's concern. */
export function refreshMenu(): void {
  backend()
    .refreshMenu()
    .catch(() => {});
}
