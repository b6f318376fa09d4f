// App-wide state: which screen is shown, the unlocked register's profile and a ticking clock.
import type { Org } from "./bindings/Org";
import type { Settings } from "./bindings/Settings";
import type { VerifyOutcome } from "./bindings/VerifyOutcome";

export type View =
  | { name: "register" }
  | { name: "incident"; id: string }
  | { name: "draft"; id: string }
  | { name: "obligations" }
  | { name: "contacts" }
  | { name: "integrity" }
  | { name: "settings" }
  | { name: "reports"; incident?: string };

export const app = $state<{
  phase: "loading" | "first-run" | "locked" | "open" | "error";
  view: View;
  org: Org | null;
  settings: Settings | null;
  verify: VerifyOutcome | null;
  quickLog: boolean;
  toast: string | null;
  /** Bumped after every write so lists reload. */
  revision: number;
}>({
  phase: "loading",
  view: { name: "register" },
  org: null,
  settings: null,
  verify: null,
  quickLog: false,
  toast: null,
  revision: 0,
});

/** Milliseconds since the epoch, updated every second (drives the live countdowns). */
export const clock = $state({ now: Date.now() });
setInterval(() => (clock.now = Date.now()), 1000);

export function zone(): string {
  return app.org?.timezone || "UTC";
}

export function toast(message: string): void {
  app.toast = message;
  setTimeout(() => {
    if (app.toast === message) app.toast = null;
  }, 4000);
}
