// The browser half of scripts/test-npm-consumers.sh: each consumer's built
// dist/ served on 127.0.0.1 by a dozen-line static server, then the Vite dev
// server of the vite consumer, each page loaded in headless Chromium (Debian's,
// at /usr/bin/chromium) through playwright-core. A page passes when its
// #verdict shows the expected codes and nothing went wrong on the way: no
// page error, no console error, no failed request, no HTTP error.
// Usage: node wasm/js-tests/consumers/run.mjs target/npm-consumers
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";

// playwright-core is a dev dependency of wasm/, not of the consumers.
const require = createRequire(new URL("../../package.json", import.meta.url));
const { chromium } = require("playwright-core");

const root = resolve(process.argv[2] ?? "target/npm-consumers");
/** What every consumer's page shows: check("abc") codes, then check("abc123ABC!@#").ok. */
const EXPECTED = JSON.stringify([["too_short", "too_few_categories"], true]);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

/** A port free now, for a server that must be given one (--strictPort). */
function freePort() {
  const server = createServer();
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => {
    const { port } = server.address();
    server.close(() => ok(port));
  }));
}

const profile = mkdtempSync(join(tmpdir(), "cvm-password-consumers-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

/** Loads url, waits for #verdict, asserts it and that nothing failed; returns its text. */
async function verdict(url) {
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(url);
    let text;
    try {
      await page.waitForSelector("#verdict", { timeout: 20_000 });
      text = await page.textContent("#verdict");
    } catch (error) {
      problems.push(`no #verdict: ${error.message.split("\n")[0]}`);
    }
    assert.deepEqual(problems, [], `${url}: ${problems.join("; ")}`);
    assert.equal(text, EXPECTED, url);
    return text;
  } finally {
    await page.close();
  }
}

async function built(name, label) {
  const server = await serve(join(root, name, "dist"));
  try {
    console.log(`${label} in Chromium: ${await verdict(`http://127.0.0.1:${server.address().port}/`)}`);
  } finally {
    server.close();
  }
}

/** The Vite dev server, unconfigured: dependency pre-bundling of the package's top-level await included. */
async function viteDev() {
  const dir = join(root, "vite");
  const port = await freePort();
  const child = spawn(join(dir, "node_modules/.bin/vite"), ["--port", String(port), "--strictPort", "--host", "127.0.0.1"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", CI: "1" },
  });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const exited = new Promise((ok) => child.on("exit", (code, signal) => ok({ code, signal })));
  try {
    // Ready when it answers; gone if it exits first.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const status = await Promise.race([exited.then(() => "exited"), new Promise((ok) => setTimeout(ok, 200))]);
      if (status === "exited") throw new Error(`vite dev server exited:\n${log}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {}
      if (Date.now() > deadline) throw new Error(`vite dev server not answering after 30 s:\n${log}`);
    }
    let text;
    try {
      text = await verdict(`http://127.0.0.1:${port}/`);
    } catch (error) {
      error.message += `\nvite dev server output:\n${log}`;
      throw error;
    }
    assert.doesNotMatch(log, /error/i, `vite dev server output:\n${log}`);
    console.log(`vite dev in Chromium: ${text}`);
  } finally {
    child.kill();
    await exited;
  }
}

try {
  await built("esbuild", "esbuild bundle");
  await built("vite", "vite build");
  await built("webpack", "webpack bundle");
  await viteDev();
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
