// A minimal W3C WebDriver client (Node 20 fetch, no dependencies) for tauri-driver.
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async create(base, application) {
    const r = await request(base, "POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application } } },
    });
    return new Session(base, r.sessionId);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(css) {
    const r = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return r[ELEMENT];
  }

  async findAll(css) {
    const r = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return r.map((e) => e[ELEMENT]);
  }

  /** Waits until `css` matches; with `text`, until one of the matches has it (string or RegExp). */
  async waitFor(css, { timeout = 15000, text } = {}) {
    const end = Date.now() + timeout;
    let last = "";
    for (;;) {
      try {
        if (!text) return await this.find(css);
        for (const el of await this.findAll(css)) {
          last = await this.text(el);
          if (typeof text === "string" ? last.includes(text) : text.test(last)) return el;
        }
      } catch {
        // not there yet
      }
      if (Date.now() > end) throw new Error(`timeout waiting for ${css}${text ? ` with ${text} (last: ${JSON.stringify(last)})` : ""}`);
      await sleep(150);
    }
  }

  async click(css) {
    const el = await this.waitFor(css);
    await this.cmd("POST", `/element/${el}/click`, {});
  }

  async type(css, text) {
    const el = await this.waitFor(css);
    await this.cmd("POST", `/element/${el}/value`, { text });
  }

  async clear(css) {
    const el = await this.waitFor(css);
    await this.cmd("POST", `/element/${el}/clear`, {});
  }

  async text(el) {
    return this.cmd("GET", `/element/${el}/text`);
  }

  async textOf(css) {
    return this.text(await this.waitFor(css));
  }

  exec(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /** Runs `script` in the page; it calls its last argument with the result (W3C execute/async). */
  execAsync(script, ...args) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  /** Sets a form control's value the way a user would and fires input + change. */
  async setValue(css, value) {
    await this.waitFor(css);
    await this.exec(
      `const el = document.querySelector(arguments[0]);
       el.value = arguments[1];
       el.dispatchEvent(new Event("input", { bubbles: true }));
       el.dispatchEvent(new Event("change", { bubbles: true }));`,
      css,
      value,
    );
  }

  /** Key presses through the actions API; `keys` are WebDriver key strings. */
  async keys(...chords) {
    const actions = [];
    for (const chord of chords) {
      const parts = Array.isArray(chord) ? chord : [chord];
      for (const k of parts) actions.push({ type: "keyDown", value: k });
      for (const k of [...parts].reverse()) actions.push({ type: "keyUp", value: k });
    }
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "kbd", actions }] });
    await this.cmd("DELETE", "/actions");
  }

  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }

  close() {
    return this.cmd("DELETE", "");
  }
}

export const Key = { ctrl: "\uE009", enter: "\uE007", tab: "\uE004", escape: "\uE00C" };

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

async function request(base, method, path, body, retry = true) {
  let res;
  try {
    res = await fetch(base + path, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    // tauri-driver ↔ WebKitWebDriver occasionally drops one connection; one retry succeeds.
    if (retry) return request(base, method, path, body, false);
    throw e;
  }
  const json = await res.json().catch(() => ({}));
  if (!res.ok || (json.value && json.value.error)) {
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json.value ?? json)}`);
  }
  return json.value;
}
