// The benchmark in headless Chromium (Debian's, at /usr/bin/chromium),
// driven by Playwright: `node bench/browser.mjs [--smoke]` from wasm/,
// after ./scripts/build-wasm.sh. The page is bench/page.mjs bundled with the
// peers by esbuild, served on 127.0.0.1.
import { createServer } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { table } from "./suite.mjs";

const smoke = process.argv.includes("--smoke");
const bundle = await build({
  entryPoints: [new URL("./page.mjs", import.meta.url).pathname],
  bundle: true,
  format: "esm",
  write: false,
  logLevel: "warning",
});
const files = {
  "/": ["text/html", '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>'],
  "/page.js": ["text/javascript", bundle.outputFiles[0].contents],
};
const server = createServer((request, response) => {
  const file = files[new URL(request.url, "http://x").pathname];
  if (!file) return response.writeHead(404).end();
  response.writeHead(200, { "content-type": file[0] });
  response.end(file[1]);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const profile = mkdtempSync(join(tmpdir(), "cvm-password-bench-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => typeof globalThis.benchmark === "function");
  const version = await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? "Chromium");
  const results = await page.evaluate((options) => globalThis.benchmark(options), smoke ? { rounds: 5, calls: 20_000, zxcvbnCalls: 20 } : { zxcvbnCalls: 200 });
  console.log(table(`${version.replace("Chrome", "Chromium")}${smoke ? ", smoke run" : ""}`, results));
  if (process.argv.includes("--json")) console.log(JSON.stringify(results));
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
