// The interface vectors (tests/vectors/interface.json of the core) through
// the JavaScript package: the same codes, figures and messages as the Rust
// API, the CLI and the Python package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { check, rules } from "./package.mjs";

const vectors = JSON.parse(
  readFileSync(new URL("../../tests/vectors/interface.json", import.meta.url), "utf8"),
);

const units = (codes) => String.fromCharCode(...codes);

/** Keys of a violation or warning that are not figures. */
const notFigures = new Set(["code", "apiErrorCode", "message"]);

const snakeCase = (camel) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A JavaScript violation or warning in the vector file's shape, from both languages. */
function item(en, zh) {
  const out = { code: en.code };
  if (en.apiErrorCode !== undefined) out.api_error_code = en.apiErrorCode;
  out.figures = Object.fromEntries(
    Object.entries(en)
      .filter(([key]) => !notFigures.has(key))
      .map(([key, value]) => [snakeCase(key), value]),
  );
  out.message = { en: en.message, "zh-CN": zh.message };
  return out;
}

/** The API and reading of a case: absent, `cvm:ResetInstancesPassword` and the common reading. */
const apiOptions = (c) => ({ api: c.api ?? "cvm:ResetInstancesPassword", strict: c.strict ?? false });

function verdict(password, targets, username, api) {
  const options = username === undefined ? { targets, ...api } : { targets, username, ...api };
  const en = check(password, { ...options, lang: "en" });
  const zh = check(password, { ...options, lang: "zh-CN" });
  assert.equal(en.violations.length, zh.violations.length);
  assert.equal(en.warnings.length, zh.warnings.length);
  return {
    ok: en.ok,
    violations: en.violations.map((v, i) => item(v, zh.violations[i])),
    warnings: en.warnings.map((w, i) => item(w, zh.warnings[i])),
  };
}

test("every vector gives its verdict through the JavaScript package", () => {
  let ran = 0;
  for (const c of vectors.check) {
    if (c.skip?.js) continue;
    const password = c.password_utf16 ? units(c.password_utf16) : c.password.repeat(c.repeat ?? 1);
    const username = c.username_utf16 ? units(c.username_utf16) : c.username;
    assert.deepEqual(verdict(password, c.targets, username, apiOptions(c)), c.expect, c.name);
    ran += 1;
  }
  // All but the 10 MiB one, which the Rust API and the CLI read.
  assert.equal(ran, vectors.check.length - 1);
});

test("an empty username on Windows is the default administrator", () => {
  const result = check("Administrator12!", { targets: ["windows"], username: "" });
  assert.deepEqual(
    result.violations.map((v) => v.code),
    ["contains_username"],
  );
});

const camelCase = (snake) => snake.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

test("rules() is the core's description, the CLI's fields in camelCase", () => {
  for (const r of vectors.rules) {
    const expected = Object.fromEntries(Object.entries(r.expect).map(([k, v]) => [camelCase(k), v]));
    assert.deepEqual(rules(r.targets, apiOptions(r)), expected, `${r.api ?? ""} ${r.targets.join(",")}`);
  }
});

test("the vectors reach beyond the default API and reading", () => {
  // Otherwise the fields above would be read by nothing.
  assert.ok(vectors.check.some((c) => c.api !== undefined && c.api !== "cvm:ResetInstancesPassword"));
  assert.ok(vectors.check.some((c) => c.strict === true));
});
