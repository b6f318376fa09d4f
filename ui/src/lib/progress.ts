// Progress events of long backend work ("Prepare notices"): the app emits `notices-progress`
// while it writes each notice. Outside the app (tests) there are none: the listener is a no-op.
import { listen } from "@tauri-apps/api/event";
import type { NoticesProgress } from "./bindings/NoticesProgress";

/** Calls `on` with each progress event; returns the function that stops listening. */
export async function listenToNoticeProgress(on: (p: NoticesProgress) => void): Promise<() => void> {
  try {
    return await listen<NoticesProgress>("notices-progress", (e) => on(e.payload));
  } catch {
    return () => {};
  }
}
