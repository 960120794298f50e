// The benchmark's cases and timing loop, shared by Node (node.mjs) and
// Chromium (browser.mjs, through a page bundled by esbuild): our `check()`
// against password-validator 5.3.0, a hand-written regex check and
// @zxcvbn-ts/core, on a valid 16-character Windows password and on `/ab d`
// (4 violations). check() makes every message as it checks, as
// password-validator does with { details: true }. Each figure is the median of several rounds of many
// calls, in µs per call; the ratio is the peer's time over ours, so above 1
// means ours is faster.
import PasswordValidator from "password-validator";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

export const INPUTS = {
  valid: "Kx7#mQ2$vL9!pR4w",
  invalid: "/ab d",
};

/** password-validator with the rules closest to CVM's Windows rules it can say. */
function passwordValidator() {
  const schema = new PasswordValidator();
  schema.is().min(12).is().max(30).has().lowercase().has().uppercase().has().digits().has().symbols();
  schema.has().not().spaces().not(/^\//).not(/administrator/i);
  return (password) => schema.validate(password, { details: true });
}

/** The Windows rules as a form would write them by hand: every reason, without figures or messages. */
const SPECIAL = /[()`~!@#$%^&*\-+=_|{}[\]:;'<>,.?/]/;
const OUTSIDE = /[^A-Za-z0-9()`~!@#$%^&*\-+=_|{}[\]:;'<>,.?/]/;
function regex(password) {
  const errors = [];
  if (password.length < 12) errors.push("too_short");
  if (password.length > 30) errors.push("too_long");
  if (password.startsWith("/")) errors.push("leading_slash");
  const classes = /[a-z]/.test(password) + /[A-Z]/.test(password) + /[0-9]/.test(password) + SPECIAL.test(password);
  if (classes < 3) errors.push("too_few_categories");
  if (OUTSIDE.test(password)) errors.push("disallowed_character");
  if (/administrator/i.test(password)) errors.push("contains_username");
  return errors;
}

/** The peers and ours, each a function of the password; each verdict checked before it is timed. */
export function contenders(check) {
  const validator = passwordValidator();
  const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  const ours = (password) => check(password, { targets: ["windows"] });
  const all = {
    "cvm-password check()": ours,
    "password-validator 5.3.0": validator,
    "hand-written regex": regex,
    "@zxcvbn-ts/core 4.2.0": (password) => zxcvbn.check(password),
  };
  const expect = (ok, what) => {
    if (!ok) throw new Error(`the benchmark's inputs: ${what}`);
  };
  expect(ours(INPUTS.valid).ok && ours(INPUTS.invalid).violations.length === 4, "our verdicts");
  expect(validator(INPUTS.valid).length === 0 && validator(INPUTS.invalid).length > 0, "password-validator's verdicts");
  expect(regex(INPUTS.valid).length === 0 && regex(INPUTS.invalid).length === 4, "the regex check's verdicts");
  return all;
}

const now = () => performance.now();

/** The median, in µs per call, of `rounds` rounds of `calls` calls, after one round of warm-up. */
function time(f, input, rounds, calls) {
  let sink = 0;
  const round = () => {
    const start = now();
    for (let i = 0; i < calls; i++) sink += f(input) ? 1 : 0;
    return ((now() - start) * 1000) / calls;
  };
  round();
  const times = Array.from({ length: rounds }, round).sort((a, b) => a - b);
  if (sink < 0) throw new Error("unreachable");
  return times[rounds >> 1];
}

/** Every contender on every input: `{ input, name, us, ratio }`, ratio = this peer's time / ours. */
export function run(check, { rounds = 7, calls = 50_000, zxcvbnCalls = calls / 50 } = {}) {
  const all = contenders(check);
  const results = [];
  for (const [input, password] of Object.entries(INPUTS)) {
    const ours = time(all["cvm-password check()"], password, rounds, calls);
    for (const [name, f] of Object.entries(all)) {
      const us = name === "cvm-password check()" ? ours : time(f, password, rounds, name.startsWith("@zxcvbn") ? Math.max(1, Math.round(zxcvbnCalls)) : calls);
      results.push({ input, name, us, ratio: us / ours });
    }
  }
  return results;
}

/** The results as a table, for a terminal. */
export function table(where, results) {
  const lines = [`${where}: median µs per call; ratio = the contender's time / check()'s`];
  for (const { input, name, us, ratio } of results) {
    lines.push(`  ${input.padEnd(8)} ${name.padEnd(42)} ${us.toFixed(3).padStart(9)} µs  ${ratio.toFixed(2).padStart(7)}×`);
  }
  return lines.join("\n");
}
