import { describe, expect, it } from "vitest";
import { estimate, EMPTY } from "../lib/strength";

describe("passphrase strength (zxcvbn with the four languages' dictionaries)", () => {
  it("rates the common passwords of the UI languages weak, with advice in that language", async () => {
    const de = await estimate("passwort12345678", "de");
    expect(de.score).toBe(1);
    expect(`${de.warning} ${de.suggestions.join(" ")}`).toMatch(/Passw|Wörter/);
    const nl = await estimate("wachtwoord12345", "nl");
    expect(nl.score).toBe(1);
    expect(nl.suggestions.join(" ")).toMatch(/woorden/);
  }, 30_000);

  it("rates a long random passphrase strong and anything below the core's 12 characters weak", async () => {
    expect((await estimate("Qx7!vR9#pL2$kT4%", "en")).score).toBe(4);
    expect((await estimate("Qx7!vR9#pL2", "en")).score).toBe(1);
    expect(await estimate("", "en")).toEqual(EMPTY);
  }, 30_000);

  it("counts the organisation's name as a guessable word", async () => {
    const free = await estimate("Kaltenbrunnzwiebel26", "en");
    const own = await estimate("Kaltenbrunnzwiebel26", "en", ["Zwiebel Kaltenbrunn GmbH"]);
    expect(own.score).toBeLessThan(free.score);
  }, 30_000);
});
