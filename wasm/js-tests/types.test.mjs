// The package's TypeScript types: strict, and without `any`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const here = new URL(".", import.meta.url).pathname;

test("types.ts type-checks against the package, every expected error found", () => {
  const tsc = new URL("../node_modules/.bin/tsc", import.meta.url).pathname;
  // Throws, with tsc's report, on any error.
  execFileSync(tsc, ["-p", here], { encoding: "utf8", stdio: "pipe" });
});

test("the declarations say `any` nowhere", () => {
  for (const file of ["cvm_password.d.ts"]) {
    const source = readFileSync(new URL(`../pkg/${file}`, import.meta.url), "utf8");
    const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    assert.doesNotMatch(code, /\bany\b/, file);
  }
});
