// `formAttributes(...).pattern` against `check`: over the corpus and 200,000
// random strings, and for every API, batch and reading, the pattern,
// compiled as browsers compile it, accepts exactly what `check` accepts
// with the same options, username rule included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apis, check, corpus, formAttributes, generate, text } from "./package.mjs";

// The HTML standard compiles `pattern` as ^(?:pattern)$ with the v flag;
// older engines used u. It must mean the same under both.
const compile = (pattern, flags) => new RegExp(`^(?:${pattern})$`, flags);

const requests = [
  { targets: ["linux"] },
  { targets: ["windows"] },
  { targets: ["windows"], username: "ec2-user" },
  { targets: ["windows"], username: "ab" },
  { targets: ["windows"], username: "José" },
];

function disagreements(strings) {
  const found = [];
  for (const request of requests) {
    const { pattern } = formAttributes(request.targets, { username: request.username });
    const patterns = ["v", "u"].map((flags) => compile(pattern, flags));
    for (const password of strings) {
      const ok = check(password, request).ok;
      for (const regex of patterns) {
        if (regex.test(password) !== ok) {
          found.push(`${JSON.stringify(request)} /${regex.flags}: check ${ok} on ${JSON.stringify(password)}`);
        }
      }
    }
  }
  return found;
}

// mulberry32, seeded: the same strings on every run.
function generator(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings near the rules' edges: short to long, mostly the vendor's
 * alphabet, a few of the characters it lacks, sometimes a name inside. */
function randomStrings(count, seed) {
  const random = generator(seed);
  const pick = (s) => s[Math.floor(random() * s.length)];
  const pools = ["abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789", "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/"];
  const strangers = [" ", '"', "\\", "\t", "\n", "\u2028", "é", "😀", "！", "\ud800"];
  const names = ["Administrator", "ADMIN", "ec2-user", "EC2-USER", "José", "ab"];
  const strings = [];
  for (let i = 0; i < count; i++) {
    const length = Math.floor(random() * 36);
    // Each string draws from a random subset of the categories.
    const subset = pools.filter(() => random() < 0.7);
    const alphabet = (subset.length ? subset : pools).join("");
    let s = "";
    while (s.length < length) {
      const r = random();
      s += r < 0.97 ? pick(alphabet) : r < 0.99 ? pick(strangers) : pick(names);
    }
    strings.push(s);
  }
  return strings;
}

test("the pattern accepts exactly what check accepts, on the corpus", () => {
  const found = disagreements(corpus.map((c) => text(c.password)));
  assert.deepEqual(found.slice(0, 10), [], `${found.length} disagreements`);
});

test("the pattern accepts exactly what check accepts, on 200,000 random strings", () => {
  const strings = randomStrings(200_000, 42);
  const accepted = strings.filter((s) => check(s, { targets: ["windows"] }).ok).length;
  // Both answers must be common for the comparison to mean anything.
  assert.ok(accepted > 20_000 && accepted < 180_000, `${accepted} accepted`);
  console.log(`${accepted} of ${strings.length} accepted under the Windows rules`);
  const found = disagreements(strings.slice(0, 40_000));
  assert.deepEqual(found.slice(0, 10), [], `${found.length} disagreements`);
  const windows = formAttributes(["windows"]).pattern;
  const regex = compile(windows, "v");
  const wrong = strings.filter((s) => regex.test(s) !== check(s, { targets: ["windows"] }).ok);
  assert.deepEqual(wrong.slice(0, 10), []);
});

test("the pattern accepts exactly what check accepts, for every API, batch and reading", () => {
  const strings = randomStrings(1_500, 7);
  const batches = [["linux"], ["windows"], ["linux", "windows"], ["unknown"]];
  let compared = 0;
  const found = [];
  for (const { name: api } of apis()) {
    for (const targets of batches) {
      // Passwords each reading's generator makes, and each with a special
      // put first: near the rules the common reading and EMR add.
      const generated = [];
      for (let i = 0; i < 20; i++) {
        const password = generate(targets, { api });
        generated.push(password, `!${password.slice(1)}`, `_${password.slice(1)}`, `/${password.slice(1)}`);
      }
      for (const strict of [false, true]) {
        for (const username of [undefined, "ec2-user", "Administrator"]) {
          const options = { targets, username, api, strict };
          const { pattern } = formAttributes(targets, { username, api, strict });
          const patterns = ["v", "u"].map((flags) => compile(pattern, flags));
          for (const password of [...generated, ...strings]) {
            const ok = check(password, options).ok;
            for (const regex of patterns) {
              compared += 1;
              if (regex.test(password) !== ok) {
                found.push(`${JSON.stringify(options)} /${regex.flags}: check ${ok} on ${JSON.stringify(password)}`);
              }
            }
          }
        }
      }
    }
  }
  assert.deepEqual(found.slice(0, 10), [], `${found.length} disagreements`);
  assert.ok(compared > 3_000_000, `${compared}`);
});
