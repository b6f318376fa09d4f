// The ONE seam between the UI and the Rust backend. Components import `backend` from here and
// never call `invoke` themselves; tests swap in a mock with `setBackend`. The calls themselves are
// generated from the command list (src-tauri/commands.in) into ./bindings/commands.ts.
import { invoke } from "@tauri-apps/api/core";
import type { AppError } from "./bindings/AppError";
import { commands, type Commands } from "./bindings/commands";

/** Which draft: the authority notification, the Art 34 communication, or the notice to a controller. */
export type DraftKind = "authority" | "subjects" | "controller" | "dora" | "cra" | "nis2";

/** Every command of the app (generated from the command list). */
export type Backend = Commands;

/** Every failure the UI sees has this shape (transport failures are wrapped too). */
export function asAppError(e: unknown): AppError {
  if (e && typeof e === "object" && "code" in e && "message" in e) return e as AppError;
  return { code: "internal", message: String(e), retry_after_secs: null, field: null };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw asAppError(e);
  }
}

export const tauriBackend: Backend = commands(call);

let current: Backend = tauriBackend;

/** The backend in use (the Tauri one in the app, a mock in tests). */
export function backend(): Backend {
  return current;
}

export function setBackend(b: Backend): void {
  current = b;
}
