// Cold start and unlock time of the real app: empty register vs 10,000 incidents.
// Usage: node tests/e2e/bench.mjs <breachlog-app binary> <seed example binary> [count]
// With BENCH_GENERATOR=1 the second argument is `breachlog-bench` and the registers come from its
// seeded generator (`make bench`); with BENCH_JSON=<file> the results are also written there;
// with BENCH_SHOTS=<dir> a screenshot of the first page after unlock goes there; with
// BENCH_CUSTOMERS=<n> (and the generator) the Customers screen with n customers is measured too.
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Session, sleep } from "./webdriver.mjs";

const [app, seed] = process.argv.slice(2, 4).map((p) => resolve(p));
const big = Number(process.argv[4] ?? 10000);
const PASS = "correct horse battery staple";
const results = [];

// BENCH_CUSTOMERS_ONLY=1: only the Customers screen figure (below).
for (const count of process.env.BENCH_CUSTOMERS_ONLY ? [] : [0, big]) {
  const dir = mkdtempSync(join(tmpdir(), "breachlog-bench-"));
  const db = join(dir, "register.db");
  const t0 = Date.now();
  const seedArgs = process.env.BENCH_GENERATOR
    ? ["generate", "--incidents", String(count), "--seed", "1", "--out", db, "--passphrase", PASS]
    : [db, PASS, String(count)];
  execFileSync(seed, seedArgs, { stdio: "inherit" });
  console.log(`seeded ${count} incidents in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const env = { ...process.env, BREACHLOG_DB: db, BREACHLOG_NO_KEYRING: "1" };
  const driver = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", "4446", "--native-port", "4447"], { env, stdio: "ignore" });
  await sleep(500);
  let s;
  try {
    const start = Date.now();
    for (let i = 0; ; i++) {
      try {
        s = await Session.create("http://127.0.0.1:4446", app);
        break;
      } catch (e) {
        if (i > 50) throw e;
        await sleep(100);
      }
    }
    await s.waitFor("#unlock-secret", { timeout: 60000 });
    const coldStart = Date.now() - start;
    await s.type("#unlock-secret", PASS);
    const u0 = Date.now();
    await s.click("#unlock-submit");
    await s.waitFor(count ? "table.incidents tbody tr" : ".state.empty", { timeout: 120000 });
    // First interactive screen: the register's first page (verification still running).
    const unlock = Date.now() - u0;
    // What the user sees meanwhile (the header says the journal is being verified).
    if (process.env.BENCH_SHOTS) {
      mkdirSync(process.env.BENCH_SHOTS, { recursive: true });
      writeFileSync(join(process.env.BENCH_SHOTS, `first-page-${count}.png`), await s.screenshot());
    }
    const f0 = Date.now();
    await s.type("#filter-text", "laptop");
    await s.waitFor(count ? ".row-title" : ".state.empty", { text: count ? /laptop/i : "", timeout: 30000 });
    const search = Date.now() - f0;
    // The journal is verified in the background after unlock: when the result is in.
    await s.click("#nav-integrity");
    await s.waitFor("#verify-result", { text: "intact", timeout: 300000 });
    const verified = Date.now() - u0;
    results.push({ incidents: count, "cold start to unlock screen (ms)": coldStart, "unlock to first page (ms)": unlock, "search (ms)": search, "unlock to verified (ms)": verified });
  } finally {
    if (s) await s.close().catch(() => {});
    driver.kill();
    try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // a desktop helper may still hold a mount below it; it is in the temp dir anyway
  }
  }
}
console.table(results);

// The Customers screen with BENCH_CUSTOMERS customers (issue 15 item 5), with the generator:
// opening it (click → every row in the page, then one frame) and filtering it (a query typed
// into the search box → the filtered rows painted), measured in the page itself.
const customersN = Number(process.env.BENCH_CUSTOMERS ?? 0);
let customers = null;
if (customersN > 0 && process.env.BENCH_GENERATOR) {
  const dir = mkdtempSync(join(tmpdir(), "breachlog-bench-customers-"));
  const db = join(dir, "register.db");
  execFileSync(seed, ["customers-register", "--count", String(customersN), "--out", db, "--passphrase", PASS], { stdio: ["ignore", "ignore", "inherit"] });
  const env = { ...process.env, BREACHLOG_DB: db, BREACHLOG_NO_KEYRING: "1" };
  const driver = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", "4446", "--native-port", "4447"], { env, stdio: "ignore" });
  await sleep(500);
  let s;
  try {
    for (let i = 0; ; i++) {
      try {
        s = await Session.create("http://127.0.0.1:4446", app);
        break;
      } catch (e) {
        if (i > 50) throw e;
        await sleep(100);
      }
    }
    await s.type("#unlock-secret", PASS);
    await s.click("#unlock-submit");
    await s.waitFor("#nav-customers", { timeout: 60000 });
    // Opening: from the click to the first page of rows (100, the screen's page) in the page
    // and the next frame painted.
    const opens = [];
    for (let run = 0; run < 5; run++) {
      await s.click("#nav-register");
      await s.waitFor("#filter-text");
      opens.push(
        await s.execAsync(
          `const [n, done] = arguments;
           const t0 = performance.now();
           document.querySelector("#nav-customers").click();
           (function poll() {
             if (document.querySelectorAll("#customers-table .customer-row").length === Math.min(n, 100))
               requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
             else setTimeout(poll, 5);
           })();`,
          customersN,
        ),
      );
    }
    // Filtering: each query set as typed, to the filtered rows painted.
    const queries = ["customer 01", "nl", "dpa-0199", "example", "holding", "de", "customer 00042", "zz-none", "", "fr"];
    const filters = [];
    for (let run = 0; run < 3; run++) {
      for (const q of queries) {
        filters.push(
          await s.execAsync(
            `const [q, done] = arguments;
             const el = document.querySelector("#customers-search");
             const t0 = performance.now();
             el.value = q;
             el.dispatchEvent(new Event("input", { bubbles: true }));
             requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));`,
            q,
          ),
        );
      }
    }
    const count = await s.textOf("#customers-count");
    if (process.env.BENCH_SHOTS) writeFileSync(join(process.env.BENCH_SHOTS, `customers-${customersN}.png`), await s.screenshot());
    const pct = (xs, p) => {
      const v = [...xs].sort((a, b) => a - b);
      return v[Math.min(v.length - 1, Math.floor(p * v.length))];
    };
    customers = {
      customers: customersN,
      "open p50 (ms)": pct(opens, 0.5),
      "open max (ms)": Math.max(...opens),
      "filter p50 (ms)": pct(filters, 0.5),
      "filter p95 (ms)": pct(filters, 0.95),
      "last count": count,
    };
    console.table([customers]);
  } finally {
    if (s) await s.close().catch(() => {});
    driver.kill();
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // as above
    }
  }
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(customers ? [...results, customers] : results, null, 2));
