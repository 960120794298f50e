// A fresh Node ESM project: the packed tarball, installed as a user would,
// imported by its name, used with no init step (the WebAssembly is inlined
// and instantiated by the module's top-level await).
import assert from "node:assert/strict";
import { check } from "cvm-password";

const weak = check("abc", { targets: ["linux"] });
assert.equal(weak.ok, false);
assert.equal(weak.length, 3);
assert.deepEqual(weak.categories, { lowercase: true, uppercase: false, digit: false, special: false });
const codes = weak.violations.map((v) => v.code);
assert.deepEqual(codes, ["too_short", "too_few_categories"]);
for (const v of weak.violations) {
  assert.equal(typeof v.message, "string");
  assert.ok(v.message.length > 0);
  assert.ok("apiErrorCode" in v);
}
assert.deepEqual(weak.disallowed, []);
assert.ok(Array.isArray(weak.warnings));

const strong = check("abc123ABC!@#", { targets: ["linux"] });
assert.equal(strong.ok, true);
assert.deepEqual(strong.violations, []);

console.log(`node: check() without init gave ${codes.join(",")}, and ok for a strong password`);
