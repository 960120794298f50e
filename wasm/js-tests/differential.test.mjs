// Native versus WASM: the package's `check` against the core's verdicts on
// every password of tests/corpus.json, field by field, for a few APIs and
// both readings. The native side is
// `cargo run -p cvm-password-wasm --example reference`, whose output
// scripts/test-wasm.sh passes in CVM_REFERENCE.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { check, corpus, text } from "./package.mjs";

const reference = JSON.parse(readFileSync(process.env.CVM_REFERENCE, "utf8"));

test("the corpus holds over 1,000 passwords of every kind", () => {
  assert.ok(corpus.length >= 1000, `${corpus.length} passwords`);
  const passwords = corpus.map((c) => text(c.password));
  assert.ok(passwords.some((p) => p.length > 8194), "a password past the units a check reads");
  assert.ok(corpus.some((c) => Array.isArray(c.password)), "lone surrogates");
  assert.ok(corpus.some((c) => c.username !== undefined), "usernames");
  for (const special of "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/ \"\\") {
    assert.ok(passwords.includes(`Abcdef${special}gh1234`), `special ${special}`);
  }
  // 4 batches, 2 languages, 5 APIs and readings.
  assert.equal(reference.length, corpus.length * 8 * 5);
});

const snake = (camel) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A finding of `check` in the core's description: snake_case keys, and a warning's API error code, none. */
const described = (finding) => ({ api_error_code: null, ...Object.fromEntries(Object.entries(finding).map(([k, v]) => [snake(k), v])) });

test("the package agrees with the core on every corpus password, code by code", () => {
  const mismatches = [];
  for (const { case: index, api, strict, targets, lang, result: expected } of reference) {
    const { password, username } = corpus[index];
    const options = { targets, lang, api, strict, username: username === undefined ? undefined : text(username) };
    const actual = check(text(password), options);
    actual.violations = actual.violations.map(described);
    actual.warnings = actual.warnings.map(described);
    for (const field of Object.keys(expected)) {
      try {
        assert.deepEqual(actual[field], expected[field]);
      } catch {
        mismatches.push(
          `case ${index}, ${api}${strict ? " strict" : ""}, targets ${JSON.stringify(targets)}, ${lang}, ${field}: ` +
            `native ${JSON.stringify(expected[field]).slice(0, 200)}, ` +
            `wasm ${JSON.stringify(actual[field]).slice(0, 200)}`,
        );
      }
    }
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort());
  }
  assert.deepEqual(mismatches.slice(0, 20), [], `${mismatches.length} mismatches`);
});
