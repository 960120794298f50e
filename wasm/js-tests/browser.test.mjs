// The demo page in headless Chromium (Debian's, at /usr/bin/chromium),
// driven by Playwright: typing, the checklist, both languages, highlighting,
// paste, the suggested password, and the API and strict switches. Leaves
// screenshots in test-results/: demo.png, demo-zh-CN.png, demo-emr.png,
// demo-disputed.png and demo-strict.png.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { check } from "./package.mjs";

const root = new URL("../www/", import.meta.url).pathname;
const results = new URL("../test-results/", import.meta.url).pathname;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };

let server;
let context;
let page;
let profile;

/** Any static server will do; this one is a dozen lines, on 127.0.0.1 only. */
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

before(async () => {
  server = await serve();
  profile = mkdtempSync(join(tmpdir(), "cvm-password-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 760, height: 1000 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  assert.deepEqual(errors, []);
});

after(async () => {
  await context?.close();
  server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const field = () => page.locator("#password");
const rule = (name) => page.locator(`#checklist li[data-rule="${name}"]`);
const state = async (name) => rule(name).getAttribute("class");
const messages = () => page.locator("#messages li").allTextContents();

async function retype(text) {
  await field().fill("");
  await field().focus();
  await page.keyboard.type(text);
}

test("the field carries the form attributes, without maxlength", async () => {
  assert.equal(await field().getAttribute("minlength"), "12");
  assert.equal(await field().getAttribute("maxlength"), null);
  assert.match(await field().getAttribute("pattern"), /^\(\?=\[/);
  assert.match(await field().getAttribute("passwordrules"), /^minlength: 12; maxlength: 30; required: /);
  await page.selectOption("#os", "linux");
  assert.equal(await field().getAttribute("minlength"), "8");
  await page.selectOption("#os", "windows");
});

test("the checklist turns green as the password grows", async () => {
  await retype("abc");
  assert.equal(await state("length"), "unmet");
  assert.equal(await state("categories"), "unmet");
  assert.equal(await state("lowercase"), "met");
  assert.equal(await state("digit"), "unmet");
  assert.deepEqual(await messages(), [
    "password is too short: 3 characters, at least 12 required",
    "password has too few character categories: 1 (lowercase letters), at least 3 of 4 required",
  ]);
  await page.keyboard.type("ABC123!@#");
  for (const name of ["length", "categories", "lowercase", "uppercase", "digit", "special", "first", "allowed", "username"]) {
    assert.equal(await state(name), "met", name);
  }
  assert.deepEqual(await messages(), []);
  assert.equal(await field().getAttribute("aria-invalid"), "false");
  // The browser's own validation agrees: pattern and minlength are met.
  assert.equal(await field().evaluate((input) => input.checkValidity()), true);
});

test("messages and checklist follow the language switch", async () => {
  await page.selectOption("#lang", "zh-CN");
  await retype("xAdministratorx");
  assert.equal(await state("username"), "unmet");
  assert.equal(await rule("username").textContent(), "不包含用户名（Administrator），不区分大小写");
  assert.deepEqual(await messages(), [
    "密码包含的字符类别太少：2 类（小写字母、大写字母），至少需要 4 类中的 3 类",
    "密码不能包含用户名（不区分大小写）",
  ]);
  assert.equal(await page.locator("h1").textContent(), "重置实例密码");
  await page.selectOption("#lang", "en");
  assert.deepEqual(await messages(), [
    "password has too few character categories: 2 (lowercase letters, uppercase letters), at least 3 of 4 required",
    "password must not contain the username, in any letter case",
  ]);
  await page.fill("#username", "ec2-user");
  assert.equal(await state("username"), "met");
  await page.fill("#username", "");
});

test("disallowed characters are highlighted, clusters whole", async () => {
  await retype("Pass word!1😀é！");
  assert.equal(await state("allowed"), "unmet");
  assert.deepEqual(await page.locator("#preview mark").allTextContents(), [" ", "😀", "é", "！"]);
  assert.deepEqual(await messages(), [
    "password contains 4 disallowed characters: only ASCII letters, digits and the allowed special characters can be used",
  ]);
});

test("paste is never blocked", async () => {
  const prevented = await field().evaluate((input) => {
    const event = new ClipboardEvent("paste", { bubbles: true, cancelable: true, clipboardData: new DataTransfer() });
    input.dispatchEvent(event);
    return event.defaultPrevented;
  });
  assert.equal(prevented, false);
  // A real paste, through the clipboard and the keyboard.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await field().fill("");
  await field().focus();
  await page.evaluate(() => navigator.clipboard.writeText("Pasted#Password1"));
  await page.keyboard.press("Control+V");
  assert.equal(await field().inputValue(), "Pasted#Password1");
  assert.equal(await state("length"), "met");
});

test("the suggested password is accepted, and shown green", async () => {
  await page.fill("#username", "ec2-user");
  await page.click("#suggest");
  const suggested = await field().inputValue();
  assert.equal(suggested.length, 20);
  assert.equal(await field().getAttribute("type"), "text");
  for (const name of ["length", "categories", "first", "allowed", "username"]) {
    assert.equal(await state(name), "met", name);
  }
  // Accepted by the package outside the page, and by the browser's checks.
  assert.equal(check(suggested, { targets: ["windows"], username: "ec2-user" }).ok, true);
  assert.equal(await field().evaluate((input) => input.checkValidity()), true);
  await page.click("#submit");
  assert.equal(await page.locator("#outcome").textContent(), "The password meets the rules.");
  // For a person to look at: the page as it stands, then in Chinese with a
  // rejected password and its highlights.
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: join(results, "demo.png"), fullPage: true });
  await page.selectOption("#lang", "zh-CN");
  await retype("/Pass word😀");
  await page.screenshot({ path: join(results, "demo-zh-CN.png"), fullPage: true });
});

test("the API switch changes the rules, the checklist and the verdict", async () => {
  await page.selectOption("#lang", "en");
  assert.equal(await page.locator("#api").inputValue(), "cvm:ResetInstancesPassword");
  assert.equal(await page.locator("#api option").count(), 40);
  await page.selectOption("#os", "linux");
  await page.fill("#username", "");
  await retype("!Abcdef12");
  assert.deepEqual(await messages(), ["password is shorter than recommended: 9 characters, at least 12 recommended"]);
  assert.equal(await page.locator("#messages li").first().getAttribute("class"), "warning");
  assert.equal(await field().evaluate((input) => input.checkValidity()), true);

  // EMR: no special first, only ! @ % ^ *, 8 to 16 characters, all four categories.
  await page.selectOption("#api", "emr:CreateCluster");
  assert.equal(await state("first"), "unmet");
  assert.equal(await rule("first").textContent(), "does not start with any of !%*@^");
  assert.equal(await rule("length").locator(":scope").evaluate((li) => li.firstChild.textContent), "8 to 16 characters");
  assert.deepEqual(await messages(), ["password must not start with any of !%*@^"]);
  assert.equal(await field().getAttribute("aria-invalid"), "true");
  assert.equal(await field().evaluate((input) => input.checkValidity()), false);
  await retype("Abcdef12!");
  assert.equal(await state("first"), "met");
  assert.deepEqual(await messages(), []);
  assert.equal(await field().evaluate((input) => input.checkValidity()), true);
  await retype("!Abcdef12");
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: join(results, "demo-emr.png"), fullPage: true });

  // The suggestion follows the API: EMR's rules, 16 characters.
  await page.click("#suggest");
  const suggested = await field().inputValue();
  assert.equal(suggested.length, 16);
  assert.equal(check(suggested, { targets: ["linux"], api: "emr:CreateCluster", strict: true }).ok, true);
  assert.equal(await field().evaluate((input) => input.checkValidity()), true);
});

test("strict makes a disputed rule an error", async () => {
  await page.selectOption("#api", "cvm:RunInstances");
  await page.selectOption("#os", "linux");
  // `_`: the CVM page allows it, the RunInstances reference does not.
  await retype("abc123ABC_xyz");
  assert.equal(await page.locator("#messages li").getAttribute("data-code"), "disputed_rule");
  assert.equal(await page.locator("#messages li").getAttribute("class"), "warning");
  assert.equal(await field().getAttribute("aria-invalid"), "false");
  assert.equal(await field().evaluate((input) => input.checkValidity()), true);
  await page.screenshot({ path: join(results, "demo-disputed.png"), fullPage: true });
  await page.check("#strict");
  assert.equal(await page.locator("#messages li").getAttribute("data-code"), "disallowed_character");
  assert.equal(await page.locator("#messages li").getAttribute("class"), "violation");
  assert.equal(await state("allowed"), "unmet");
  assert.deepEqual(await page.locator("#preview mark").allTextContents(), ["_"]);
  assert.equal(await field().evaluate((input) => input.checkValidity()), false);
  await page.screenshot({ path: join(results, "demo-strict.png"), fullPage: true });
  await page.uncheck("#strict");
  // Its APIs take no UserName: the field is off, the rule is Administrator's.
  await page.selectOption("#os", "windows");
  assert.equal(await page.locator("#username").isDisabled(), true);
  await page.selectOption("#api", "cvm:ResetInstancesPassword");
  assert.equal(await page.locator("#username").isDisabled(), false);
});
