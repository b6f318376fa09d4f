// App-wide state: which screen is shown, the unlocked register's profile and a ticking clock.
import type { Org } from "./bindings/Org";
import type { Settings } from "./bindings/Settings";
import type { VerifyOutcome } from "./bindings/VerifyOutcome";
import { backend } from "./backend";

export type View =
  | { name: "register" }
  | { name: "incident"; id: string }
  | { name: "draft"; id: string }
  | { name: "notify"; id: string }
  | { name: "obligations" }
  | { name: "contacts" }
  | { name: "customers" }
  | { name: "integrity" }
  | { name: "settings" }
  | { name: "reports"; incident?: string };

export const app = $state<{
  phase: "loading" | "first-run" | "locked" | "open" | "error";
  view: View;
  org: Org | null;
  settings: Settings | null;
  verify: VerifyOutcome | null;
  /** A verification is running (after unlock it runs while the register is shown). */
  verifying: boolean;
  quickLog: boolean;
  toast: string | null;
  /** Bumped after every write so lists reload. */
  revision: number;
  /** Bumped when another process wrote to the register: open views reload. */
  external: number;
  /** The register is shared with a team (the top bar shows its sharing state). */
  shared: boolean;
}>({
  phase: "loading",
  view: { name: "register" },
  org: null,
  settings: null,
  verify: null,
  verifying: false,
  quickLog: false,
  toast: null,
  revision: 0,
  external: 0,
  shared: false,
});

/** Verifies the register without holding up the screens: every unlock is verified this way. */
export async function verifyInBackground(): Promise<void> {
  app.verifying = true;
  try {
    app.verify = await backend().verify();
  } catch {
    // Locked again meanwhile: the next unlock verifies.
  } finally {
    app.verifying = false;
  }
}

let verifyPending = false;

/** After unlock: verify once the first screen has its data (or after 2 s at the latest), so the
 * check does not compete with it for the processor. */
export function verifyAfterFirstScreen(): void {
  verifyPending = true;
  app.verifying = true;
  setTimeout(startPendingVerify, 2000);
}

/** Starts the verification `verifyAfterFirstScreen` asked for, once. */
export function startPendingVerify(): void {
  if (!verifyPending) return;
  verifyPending = false;
  void verifyInBackground();
}

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
