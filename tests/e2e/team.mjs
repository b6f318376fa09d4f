// End-to-end: two app instances sharing one register through a real PostgreSQL (issue 17,
// docs/team.md). The test starts a private cluster (initdb + pg_ctl on a free port of 127.0.0.1,
// as the `postgres` user when run as root), makes the team with the CLI (create, invite, join),
// then opens each member's replica in its own app window: an incident logged in the first
// appears in the second, which shows "Shared · up to date"; then the server stops, the second
// member writes offline ("offline since … · N pending"), and once the server is back the write
// reaches the first member's window by itself.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { Session, sleep } from "./webdriver.mjs";

const root = resolve(import.meta.dirname, "../..");
const app = resolve(process.argv[2]);
const cli = join(dirname(app), "breachlog");
const shots = join(root, "target/e2e-screenshots");
mkdirSync(shots, { recursive: true });
const PASS = "team e2e correct horse battery";
const started = Date.now();

const pgBin = (() => {
  const base = "/usr/lib/postgresql";
  const v = readdirSync(base).filter((d) => existsSync(join(base, d, "bin/initdb"))).sort((a, b) => Number(b) - Number(a))[0];
  assert.ok(v, "PostgreSQL is required (make test installs it)");
  return join(base, v, "bin");
})();
const asRoot = process.getuid?.() === 0;
const pgUid = asRoot ? Number(execFileSync("id", ["-u", "postgres"]).toString().trim()) : null;
const pgGid = asRoot ? Number(execFileSync("id", ["-g", "postgres"]).toString().trim()) : null;

function pg(tool, args) {
  const exe = join(pgBin, tool);
  return asRoot ? execFileSync("runuser", ["-u", "postgres", "--", exe, ...args], { stdio: ["ignore", "pipe", "pipe"] })
                : execFileSync(exe, args, { stdio: ["ignore", "pipe", "pipe"] });
}

async function freePort() {
  return new Promise((ok) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "breachlog-team-e2e-"));
const pgDir = join(dir, "pg");
mkdirSync(pgDir);
writeFileSync(join(pgDir, "pw"), "e2e-cluster-password");
if (asRoot) {
  for (const p of [dir, pgDir, join(pgDir, "pw")]) chownSync(p, pgUid, pgGid);
}
const port = await freePort();
pg("initdb", ["-D", join(pgDir, "data"), "-U", "breachlog_e2e", "--pwfile", join(pgDir, "pw"), "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"]);
pg("pg_ctl", ["-D", join(pgDir, "data"), "-o", `-p ${port} -k ${pgDir} -c listen_addresses=127.0.0.1`, "-l", join(pgDir, "log"), "-w", "start"]);
const url = `postgres://breachlog_e2e:e2e-cluster-password@127.0.0.1:${port}/postgres`;

const members = { ann: join(dir, "ann", "register.db"), bea: join(dir, "bea", "register.db") };
function run(member, args) {
  return execFileSync(cli, [...args, "--json"], {
    env: { ...process.env, BREACHLOG_DB: members[member], BREACHLOG_PASSPHRASE: PASS, BREACHLOG_ACTOR: member, BREACHLOG_LANG: "en" },
    stdio: ["ignore", "pipe", "inherit"],
  }).toString();
}

const drivers = [];
function driver(member, port) {
  const env = {
    ...process.env, BREACHLOG_DB: members[member], BREACHLOG_ACTOR: member, BREACHLOG_SYNC_SECONDS: "1",
  };
  const d = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", String(port), "--native-port", String(port + 1)], {
    env, stdio: ["ignore", "ignore", "inherit"],
  });
  drivers.push(d);
  return `http://127.0.0.1:${port}`;
}
async function session(at) {
  for (let i = 0; ; i++) {
    try {
      return await Session.create(at, app);
    } catch (e) {
      if (i > 50) throw e;
      await sleep(200);
    }
  }
}
async function shot(s, name) {
  await sleep(700);
  writeFileSync(join(shots, `team-${name}.png`), await s.screenshot());
  console.log(`  screenshot team-${name}.png`);
}
async function unlock(s) {
  await s.waitFor("#unlock-title");
  await s.type("#unlock-secret", PASS);
  await s.click("#unlock-submit");
  await s.waitFor("#reg-title");
}

let a, b;
try {
  run("ann", ["init", "--org-name", "Fictional Chat B.V.", "--timezone", "Europe/Amsterdam", "--role", "processor"]);
  const created = JSON.parse(run("ann", ["team", "create", "--server", url]));
  assert.ok(created.events_published > 0);
  const { code } = JSON.parse(run("ann", ["team", "invite", "--name", "Bea", "--email", "bea@example.com"]));
  run("bea", ["team", "join", "--server", url, "--invite", code]);
  console.log("  team made: ann created, bea joined");

  a = await session(driver("ann", 4480));
  b = await session(driver("bea", 4490));
  await unlock(a);
  await unlock(b);
  await a.waitFor("#team-status", { text: "Shared" });
  await b.waitFor("#team-status", { text: "Shared" });

  // Ann logs an incident in her window.
  const title = "Laptop stolen at the airport (team e2e)";
  await a.click("#quick-log");
  await a.waitFor("#ql-input-title");
  await a.keys(...title);
  await a.click("#ql-save");
  await a.waitFor("#incident-title", { text: title });
  await a.waitFor("#team-status", { text: "up to date", timeout: 20000 });
  await shot(a, "01-ann-logged");

  // It appears in Bea's window without anyone touching it (background sync + reload).
  await b.waitFor("table", { text: title, timeout: 30000 });
  await b.waitFor("#team-status", { text: "up to date", timeout: 20000 });
  await shot(b, "02-bea-sees-it");
  // Who did what: Bea opens it and the timeline names Ann.
  await b.exec(`for (const tr of document.querySelectorAll("tr.clickable")) if (tr.textContent.includes(arguments[0])) tr.click();`, title);
  await b.waitFor("#incident-title", { text: title });
  const createdByAnn = await b.waitFor("#timeline li", { text: /· ann\b/ });
  await b.exec("arguments[0].scrollIntoView({ block: 'center' })", { "element-6066-11e4-a52e-4f735466cecf": createdByAnn });
  await shot(b, "03-bea-timeline");
  // Offline: the server stops and Bea keeps working. Her incident waits as pending, and the
  // top bar says since when the server has been unreachable.
  pg("pg_ctl", ["-D", join(pgDir, "data"), "-m", "fast", "-w", "stop"]);
  const offlineTitle = "Phishing mail while the server was down (team e2e)";
  await b.click("#quick-log");
  await b.waitFor("#ql-input-title");
  await b.keys(...offlineTitle);
  await b.click("#ql-save");
  await b.waitFor("#incident-title", { text: offlineTitle });
  await b.waitFor("#team-status", { text: /offline since .+ · \d+ pending/, timeout: 30000 });
  await shot(b, "04-bea-offline");
  // Back online: nobody clicks; the pending events go out, and Ann's window shows the incident.
  pg("pg_ctl", ["-D", join(pgDir, "data"), "-o", `-p ${port} -k ${pgDir} -c listen_addresses=127.0.0.1`, "-l", join(pgDir, "log"), "-w", "start"]);
  await b.waitFor("#team-status", { text: "up to date", timeout: 30000 });
  await a.click("#nav-register");
  await a.waitFor("table", { text: offlineTitle, timeout: 30000 });
  await a.waitFor("#team-status", { text: "up to date", timeout: 20000 });
  await shot(a, "05-ann-sees-the-offline-write");
  // Both registers verify, and the server's chain verifies without a key.
  const v = JSON.parse(execFileSync(cli, ["verify", "--server", url, "--json"]).toString());
  assert.equal(v.ok, true);
  console.log(`team e2e: ok in ${((Date.now() - started) / 1000).toFixed(0)} s (server head ${v.head_seq})`);
} catch (e) {
  for (const [s, n] of [[a, "ann"], [b, "bea"]]) if (s) await shot(s, `failure-${n}`).catch(() => {});
  console.error(e);
  process.exitCode = 1;
} finally {
  for (const s of [a, b]) if (s) await s.close().catch(() => {});
  for (const d of drivers) d.kill();
  try {
    pg("pg_ctl", ["-D", join(pgDir, "data"), "-m", "immediate", "stop"]);
  } catch {}
  rmSync(dir, { recursive: true, force: true });
}
