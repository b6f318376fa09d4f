// End-to-end: the OS keyring path of the real app (first run with the key in the keyring,
// one-click unlock). Needs a Secret Service: run through `keyring.sh` (private D-Bus session
// with gnome-keyring), under Xvfb when there is no display.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Session, sleep } from "./webdriver.mjs";

const root = resolve(import.meta.dirname, "../..");
const app = resolve(process.argv[2]);
const dir = process.env.HOME; // a temporary home set up by keyring.sh
const shots = join(root, "target/e2e-screenshots");
mkdirSync(shots, { recursive: true });
const env = { ...process.env, BREACHLOG_DB: join(dir, "register.db"), BREACHLOG_ACTOR: "e2e-keyring" };
const driver = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", "4450", "--native-port", "4451"], {
  env,
  stdio: ["ignore", "ignore", "inherit"],
});
const started = Date.now();
let s;

async function session() {
  for (let i = 0; ; i++) {
    try {
      return await Session.create("http://127.0.0.1:4450", app);
    } catch (e) {
      if (i > 50) throw e;
      await sleep(200);
    }
  }
}
async function shot(name, { top = true } = {}) {
  if (top) await s.exec("window.scrollTo(0, 0)");
  await sleep(700);
  writeFileSync(join(shots, `keyring-${name}.png`), await s.screenshot());
  console.log(`  screenshot keyring-${name}.png`);
}

try {
  s = await session();
  await s.setValue("#org-language", "en");
  await s.type("#org-name", "Keyring Test BV");
  await s.click("#org-next");
  // A keyring answered the probe: the choice is offered and passphrase fields hide when chosen.
  await s.waitFor("fieldset.choice");
  assert.equal(await s.exec("return document.querySelector('fieldset.choice input[type=radio]').checked"), true, "keyring is the default");
  assert.equal(await s.exec("return document.querySelector('#new-passphrase')"), null, "no passphrase needed");
  await shot("01-first-run-choice");
  await s.click("#create-register");
  const recovery = await s.textOf("#recovery-key");
  await s.click("#recovery-stored");
  await s.type("#recovery-tail", recovery.replaceAll("-", "").slice(-4));
  await s.click("#recovery-done");
  await s.waitFor("#reg-title");
  await s.click("#lock");
  await s.waitFor("#unlock-keyring");
  assert.equal(await s.exec("return document.querySelector('#unlock-secret')"), null, "keyring-only: no passphrase field");
  await shot("02-unlock-one-click");
  await s.click("#unlock-keyring");
  await s.waitFor("#reg-title");
  await s.click("#nav-integrity");
  await s.waitFor("#verify-result", { text: "intact" });

  // A breach whose GDPR notification obligation (72 h) has under 4 h left: one desktop notification, not one per scan.
  await s.click("#quick-log");
  await s.waitFor("#ql-input-title");
  await s.keys(..."Notify me: stolen backup tape");
  const when = await s.exec(
    `const d = new Date(Date.now() - 70 * 3600000);
     const p = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone: "UTC", hourCycle: "h23",
       year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(d).map(x => [x.type, x.value]));
     return p.year + "-" + p.month + "-" + p.day + "T" + p.hour + ":" + p.minute;`,
  );
  await s.setValue("#ql-detected", when);
  await s.click("#ql-save");
  await s.waitFor("#incident-title", { text: "stolen backup tape" });
  await s.setValue("#a-personal-data", "yes");
  await s.setValue("#a-aware-at", when);
  await s.setValue("#a-risk", "high");
  await s.type("#a-risk-reasoning", "Unencrypted tape with customer records.");
  await s.click("#a-save");
  await s.waitFor('#obligations-panel li.obligation[data-kind="notification"] .obl-clock .clock.red');
  const notifications = () => readFileSync(process.env.NOTIFY_LOG, "utf8").split("member=Notify").length - 1;
  for (let i = 0; notifications() === 0; i++) {
    if (i > 40) throw new Error("no desktop notification was sent");
    await sleep(250);
  }
  await sleep(5000); // two more scans
  const log = readFileSync(process.env.NOTIFY_LOG, "utf8");
  assert.equal(notifications(), 1, "each threshold fires once");
  // By default the notification names the incident by its short id and the kind of recipient,
  // never its title (which the OS notification store would keep).
  assert.match(log, /Incident [0-9a-f]{8}: GDPR notification \(supervisory authority\) is due in less than 4 h, at \d{4}-\d\d-\d\d \d\d:\d\d /);
  assert.doesNotMatch(log, /stolen backup tape/);
  await shot("03-breach-notified");
  console.log("  desktop notification sent once: " + /string "(Incident [^"]*)"/.exec(log)?.[1]);

  // Settings → Keys: the keyring cannot be removed while it is the only daily key (the core's
  // refusal is shown); with a passphrase set (none asked before: there is none) it can, and back.
  await s.click("#nav-settings");
  await s.waitFor("#kk-disable");
  assert.match(await s.textOf("#kk-state"), /stored in this computer's keyring/);
  await s.click("#kk-disable");
  await s.waitFor("#kk-error", { text: "required when keyring is set" });
  await s.click("#kp-open");
  assert.equal(await s.exec("return document.querySelector('#kp-current')"), null, "no current passphrase to ask");
  await s.type("#kp-new", "keyring e2e passphrase");
  await s.type("#kp-new2", "keyring e2e passphrase");
  await s.click("#kp-save");
  await s.waitFor("#kp-state", { text: "opens with a passphrase" });
  await s.click("#kk-disable");
  await s.waitFor("#kk-enable");
  assert.match(await s.textOf("#kk-state"), /not stored in the keyring/);
  await s.exec("document.querySelector('#keys').scrollIntoView()");
  await shot("04-keys-keyring-removed", { top: false });
  await s.click("#kk-enable");
  await s.waitFor("#kk-disable");
  await s.click("#lock");
  await s.waitFor("#unlock-keyring");
  // The lock screen shows at once; its status (now with a passphrase slot) follows the lock.
  await s.waitFor("#unlock-secret");
  await s.click("#unlock-keyring");
  await s.waitFor("#reg-title");

  console.log(`keyring e2e passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  if (s) await shot("failure").catch(() => {});
  console.error(e);
  process.exitCode = 1;
} finally {
  if (s) await s.close().catch(() => {});
  driver.kill();
}
