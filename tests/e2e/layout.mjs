// Layout in every language at the default (1280 px) and the minimum (900 px) window width:
// every main screen is visited in en/de/nl/fr at both widths, a screenshot is saved to
// target/e2e-screenshots/layout/<lang>-<width>-<screen>.png, and the step FAILS, naming the
// element, when
//   1. the page scrolls sideways: document.documentElement.scrollWidth > clientWidth; or
//   2. a rendered element (not display:none, not fixed/absolute, with a non-empty box) sticks
//      out of its parent's padding box by more than 1 px to the left or right, unless an
//      ancestor between them scrolls sideways on purpose (overflow-x auto/scroll); or
//   3. an element that clips (overflow-x hidden/clip) holds wider content than it shows
//      (scrollWidth > clientWidth + 1), unless it ends in an ellipsis (text-overflow) and still
//      shows at least 60 px (an organisation name cut to "F…" or to nothing fails).
// Used by run.mjs (after the other steps); `node tests/e2e/layout.mjs <app>` runs it alone on a
// fresh register (first run plus one incident).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Key, Session, sleep } from "./webdriver.mjs";

export const LANGS = ["en", "de", "nl", "fr"];
export const WIDTHS = [1280, 900];

/** Runs in the page: the overflow problems as "<element>: <what>" lines. */
const FIND_OVERFLOW = `
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth)
    problems.push("page: document scrollWidth " + root.scrollWidth + " > clientWidth " + root.clientWidth);
  const name = (el) => {
    let n = el.tagName.toLowerCase();
    if (el.id) n += "#" + el.id;
    else if (typeof el.className === "string" && el.className.trim()) n += "." + el.className.trim().split(/\\s+/).join(".");
    return n;
  };
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) parts.unshift(name(e));
    const text = (el.innerText || el.value || "").trim().replace(/\\s+/g, " ").slice(0, 40);
    return parts.join(" > ") + (text ? ' "' + text + '"' : "");
  };
  const scrollsX = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  for (const el of document.body.querySelectorAll("*")) {
    const cs = getComputedStyle(el);
    if (cs.display === "none" || cs.visibility === "hidden" || cs.position === "fixed" || cs.position === "absolute") continue;
    if (el.closest("[hidden], .sr-only, .print-kit, option")) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const p = el.parentElement;
    if (p && p !== document.documentElement && !scrollsX(p)) {
      const pr = p.getBoundingClientRect();
      const ps = getComputedStyle(p);
      const left = pr.left + parseFloat(ps.borderLeftWidth);
      const right = pr.right - parseFloat(ps.borderRightWidth);
      let scroller = false;
      for (let a = p.parentElement; a && a !== document.body; a = a.parentElement) if (scrollsX(a)) { scroller = true; break; }
      if (!scroller && (r.right > right + 1 || r.left < left - 1))
        problems.push(describe(el) + ": sticks out of " + name(p) + " by " + Math.round(Math.max(r.right - right, left - r.left)) + " px");
    }
    if (["hidden", "clip"].includes(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) {
      const ellipsis = cs.textOverflow === "ellipsis" && el.clientWidth >= 60;
      if (!ellipsis && !el.matches("textarea, input, select, .timeline, table"))
        problems.push(describe(el) + ": clips its content (" + el.scrollWidth + " px shown in " + el.clientWidth + " px)");
    }
  }
  return problems;
`;

/** The main screens: how to reach each from anywhere in the unlocked app. */
export function screens(s) {
  const nav = (id, ready) => async () => {
    await s.exec("window.scrollTo(0, 0)");
    await s.click(`#nav-${id}`);
    await s.waitFor(ready);
  };
  return [
    ["register", nav("register", "table.incidents")],
    [
      "incident",
      async () => {
        await nav("register", "table.incidents")();
        await s.exec("document.querySelector('table.incidents .row-title').click()");
        await s.waitFor("#incident-title");
      },
    ],
    [
      "assessment",
      async () => {
        await s.exec("document.querySelector('#a-aware-at')?.scrollIntoView({ block: 'center' })");
      },
    ],
    ["obligations", nav("obligations", "#obls-h")],
    ["contacts", nav("contacts", "#contacts-h")],
    ["reports", nav("reports", "#nav-reports[aria-current=page]")],
    ["integrity", nav("integrity", "#nav-integrity[aria-current=page]")],
    ["settings", nav("settings", "#set-h")],
    [
      "quick-log",
      async () => {
        await s.exec("window.scrollTo(0, 0)");
        await s.keys([Key.ctrl, "n"]);
        await s.waitFor("#ql-input-title");
      },
    ],
  ];
}

async function setWidth(s, width) {
  await s.cmd("POST", "/window/rect", { width, height: 820 });
  for (let i = 0; i < 40; i++) {
    if ((await s.exec("return window.innerWidth")) <= width && (await s.exec("return window.innerWidth")) >= width - 20) return;
    await sleep(100);
  }
  throw new Error(`the window did not take the width ${width} (inner width ${await s.exec("return window.innerWidth")})`);
}

/** Visits every screen in every language at both widths; fails listing every overflow found.
 * Leaves the app in `finalLang` at 1280 px. */
export async function layoutStep(s, { shots, finalLang = "en", log = console.log }) {
  const dir = join(shots, "layout");
  mkdirSync(dir, { recursive: true });
  const found = [];
  for (const lang of LANGS) {
    await s.exec("window.scrollTo(0, 0)");
    await s.click("#nav-settings");
    await s.setValue("#org-language", lang);
    await s.waitFor(`html[lang=${lang}]`);
    for (const width of WIDTHS) {
      await setWidth(s, width);
      for (const [screen, go] of screens(s)) {
        await go();
        await sleep(400);
        const file = `${lang}-${width}-${screen}.png`;
        writeFileSync(join(dir, file), await s.screenshot());
        for (const p of await s.exec(FIND_OVERFLOW)) found.push(`${lang} ${width}px ${screen}: ${p}`);
        if (screen === "quick-log") {
          await s.keys(Key.escape);
          await s.exec("return null");
        }
      }
      log(`layout ${lang} at ${width} px: ${found.length} problem(s) so far`);
    }
  }
  await setWidth(s, 1280);
  await s.click("#nav-settings");
  await s.setValue("#org-language", finalLang);
  await s.waitFor(`html[lang=${finalLang}]`);
  assert.deepEqual(found, [], `horizontal overflow:\n${found.join("\n")}`);
}

// ---- standalone: a fresh register, one incident, then the layout step ------------------------
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(import.meta.dirname, "../..");
  const app = resolve(process.argv[2] ?? join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "debug/breachlog-app"));
  const shots = join(root, "target/e2e-screenshots");
  const dir = mkdtempSync(join(tmpdir(), "breachlog-layout-"));
  const env = {
    ...process.env,
    BREACHLOG_DB: join(dir, "register.db"),
    BREACHLOG_NO_KEYRING: "1",
    BREACHLOG_ACTOR: "e2e",
    XDG_DATA_HOME: join(dir, "data"),
    XDG_CACHE_HOME: join(dir, "cache"),
    XDG_CONFIG_HOME: join(dir, "config"),
    TZ: "Europe/Amsterdam",
  };
  const driver = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", "4450", "--native-port", "4451"], { env, stdio: ["ignore", "inherit", "inherit"] });
  let s;
  try {
    for (let i = 0; !s; i++) {
      try {
        s = await Session.create("http://127.0.0.1:4450", app);
      } catch (e) {
        if (i > 100) throw e;
        await sleep(200);
      }
    }
    await s.type("#org-name", "Fictional Chat B.V. — Amsterdam");
    await s.setValue("#org-timezone", "Europe/Amsterdam");
    await s.click("#org-next");
    await s.type("#new-passphrase", "correct horse battery staple");
    await s.type("#new-passphrase2", "correct horse battery staple");
    await s.click("#create-register");
    const recovery = await s.textOf("#recovery-key");
    await s.click("#recovery-stored");
    await s.type("#recovery-tail", recovery.slice(-4));
    await s.click("#recovery-done");
    await s.waitFor("#quick-log");
    await s.click("#quick-log");
    await s.type("#ql-input-title", "Laptop met klantgegevens verloren in de trein");
    await s.click("#ql-save");
    await s.waitFor("#incident-title");
    await s.setValue("#a-personal-data", "yes");
    await s.setValue("#a-risk", "high");
    await s.type("#a-risk-reasoning", "Unencrypted disk.");
    await s.click("#a-save");
    await s.waitFor("#breach-flag");
    await layoutStep(s, { shots });
    console.log("layout: no overflow");
  } catch (e) {
    console.error(e.message ?? e);
    process.exitCode = 1;
  } finally {
    await s?.close().catch(() => {});
    driver.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
