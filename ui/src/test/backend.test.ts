// The Tauri backend is the call layer generated from the command list: each method sends its
// command with the argument keys the Rust function takes (camelCase), and every failure reaches
// the UI as an AppError.
import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));

const { tauriBackend } = await import("../lib/backend");

beforeEach(() => invoke.mockReset());

describe("Tauri backend", () => {
  it("sends each command with the argument keys Tauri expects", async () => {
    invoke.mockResolvedValue(null);
    await tauriBackend.changePassphrase(null, "a new passphrase here");
    await tauriBackend.unlock("recovery_key", "ABCD");
    await tauriBackend.transition("i1", "closed", null, "false_positive", "note");
    await tauriBackend.updateRegulationSettings("nl", 24, 12);
    await tauriBackend.appStatus();
    expect(invoke.mock.calls).toEqual([
      ["change_passphrase", { current: null, new: "a new passphrase here" }],
      ["unlock", { with: "recovery_key", secret: "ABCD" }],
      ["transition", { id: "i1", to: "closed", at: null, closeReason: "false_positive", note: "note" }],
      ["update_regulation_settings", { doraRolloverCountry: "nl", undueDelayTargetHours: 24, noticeReminderHours: 12 }],
      ["app_status", undefined],
    ]);
  });

  it("turns every failure into an AppError", async () => {
    invoke.mockRejectedValueOnce({ code: "locked", message: "The register is locked.", retry_after_secs: null, field: null });
    await expect(tauriBackend.keyStatus()).rejects.toMatchObject({ code: "locked" });
    invoke.mockRejectedValueOnce("IPC gone");
    await expect(tauriBackend.keyStatus()).rejects.toEqual({ code: "internal", message: "IPC gone", retry_after_secs: null, field: null });
  });
});
