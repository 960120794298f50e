// The package's JavaScript API as a form sees it: shapes, both languages,
// errors, lone surrogates, the generator; every API and both readings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apis, check, formAttributes, generate, rules } from "./package.mjs";

test("check returns every reason at once, with figures and API codes", () => {
  const result = check("/short", { targets: ["linux"] });
  assert.deepEqual(result, {
    ok: false,
    length: 6,
    categories: { lowercase: true, uppercase: false, digit: false, special: true },
    violations: [
      {
        code: "too_short",
        apiErrorCode: "InvalidParameterValue.InvalidPassword",
        message: "password is too short: 6 characters, at least 8 required",
        length: 6,
        min: 8,
      },
      {
        code: "leading_slash",
        apiErrorCode: "InvalidParameterValue.InvalidPassword",
        message: "password must not start with '/'",
      },
      {
        code: "too_few_categories",
        apiErrorCode: "InvalidParameterValue.InvalidPassword",
        message:
          "password has too few character categories: 2 (lowercase letters, special characters), at least 3 of 4 required",
        present: ["lowercase", "special"],
        required: 3,
        outOf: 4,
      },
    ],
    warnings: [],
    disallowed: [],
  });
});

test("messages come in Simplified Chinese", () => {
  const result = check("xAdministratorx", { targets: ["windows"], lang: "zh-CN" });
  assert.deepEqual(
    result.violations.map((v) => v.message),
    ["密码包含的字符类别太少：2 类（小写字母、大写字母），至少需要 4 类中的 3 类", "密码不能包含用户名（不区分大小写）"],
  );
  const warned = check("abcABC123", { targets: ["linux"], lang: "zh-CN" });
  assert.equal(warned.ok, true);
  assert.deepEqual(warned.warnings, [
    {
      code: "shorter_than_recommended",
      message: "密码短于建议长度：9 个字符，建议至少 12 个",
      length: 9,
      recommended: 12,
    },
  ]);
});

test("targets left out mean any OS, as on every host", () => {
  for (const password of ["abcABC123!", "abc123ABC!@#", "Administrator12!"]) {
    assert.deepEqual(check(password), check(password, { targets: [] }));
    assert.deepEqual(check(password, {}), check(password, { targets: ["unknown"] }));
  }
  assert.deepEqual(rules(), rules([]));
  assert.deepEqual(formAttributes(), formAttributes(["unknown"]));
});

test("targets pick the rules: one Windows instance, or none, means Windows", () => {
  const password = "abcABC123!";
  assert.equal(check(password, { targets: ["linux", "ubuntu"] }).ok, true);
  for (const targets of [["linux", "windows"], [], ["unknown"]]) {
    assert.equal(check(password, { targets }).violations[0].code, "too_short", JSON.stringify(targets));
  }
  assert.equal(check("root#Root#1234", { targets: ["windows"], username: "root" }).ok, false);
  assert.equal(check("root#Root#1234", { targets: ["linux"], username: "root" }).ok, true);
});

test("disallowed characters: grapheme index and UTF-16 range of each", () => {
  const password = "pass word😀e\u0301!Aa1";
  const result = check(password, { targets: ["linux"] });
  assert.deepEqual(result.disallowed, [
    { index: 4, start: 4, end: 5 },
    { index: 9, start: 9, end: 11 },
    { index: 10, start: 11, end: 13 },
  ]);
  assert.deepEqual(
    result.disallowed.map(({ start, end }) => password.slice(start, end)),
    [" ", "😀", "e\u0301"],
  );
  assert.equal(result.violations.find((v) => v.code === "disallowed_character").count, 3);
});

test("a lone surrogate is a disallowed character, never replaced", () => {
  const result = check("abcABC123!\ud800xyz", { targets: ["linux"] });
  assert.equal(result.length, 14);
  assert.deepEqual(result.disallowed, [{ index: 10, start: 10, end: 11 }]);
  assert.equal(result.violations[0].count, 1);
  // U+FFFD, which a lossy conversion would have made of it, is not the
  // surrogate: the username rule tells them apart.
  const name = "ab\ud800";
  assert.equal(check("xAB\ud800yz12!Q", { targets: ["windows"], username: name }).violations.at(-1).code, "contains_username");
  assert.notEqual(check("xAB\ufffdyz12!Q", { targets: ["windows"], username: name }).violations.at(-1).code, "contains_username");
});

test("a 10 MiB paste is too long, counted no further than the limit", () => {
  const result = check("a".repeat(10 * 1024 * 1024), { targets: ["linux"] });
  assert.equal(result.length, 4097);
  assert.equal(result.violations[0].message, "password is too long: more than 4096 characters, at most 30 allowed");
});

const API = 'api must be the "service:Action" name of an API that apis() lists';

test("bad arguments throw clear errors that never quote the password", () => {
  const secret = "Secret#Pass1";
  const cases = [
    [() => check(42, { targets: [] }), TypeError, "password must be a string"],
    [() => check(secret, "linux"), TypeError, "check options must be an object"],
    [() => check(secret, { targets: "linux" }), TypeError, 'targets must be an array of "linux", "ubuntu", "windows" or "unknown"'],
    [() => check(secret, { targets: ["mac"] }), TypeError, 'targets must be an array of "linux", "ubuntu", "windows" or "unknown"'],
    [() => check(secret, { targets: [], username: 7 }), TypeError, "username must be a string"],
    [() => check(secret, { targets: [], lang: "fr" }), RangeError, 'lang must be "en" or "zh-CN"'],
    [() => generate(["linux"], { length: 2.5 }), TypeError, "length must be a whole number of characters, 0 or more"],
    [() => generate(["linux"], { length: -1 }), TypeError, "length must be a whole number of characters, 0 or more"],
    [() => rules("linux"), TypeError, 'targets must be an array of "linux", "ubuntu", "windows" or "unknown"'],
    [() => check(secret, { targets: [], api: 7 }), TypeError, API],
    [() => check(secret, { targets: [], strict: "yes" }), TypeError, "strict must be a boolean"],
    [() => rules([], { strict: 1 }), TypeError, "strict must be a boolean"],
    [() => formAttributes([], { api: "cvm:runinstances" }), TypeError, API],
    [() => formAttributes([], 7), TypeError, "form options must be an object"],
    [() => generate([], { api: "RunInstances" }), TypeError, API],
  ];
  for (const [call, type, message] of cases) {
    assert.throws(call, (error) => {
      assert.ok(error instanceof type, `${error}`);
      assert.equal(error.message, message);
      assert.ok(!error.message.includes(secret));
      return true;
    });
  }
});

test("rules are the policy as plain data", () => {
  assert.deepEqual(rules(["windows"]), {
    policy: "windows",
    minLength: 12,
    maxLength: 30,
    recommendedMinLength: 12,
    requiredCategories: 3,
    categories: ["lowercase", "uppercase", "digit", "special"],
    lettersAsOne: false,
    specials: "!#$%&'()*+,-./:;<=>?@[]^_`{|}~",
    spaceAllowed: false,
    bansLeadingSlash: true,
    bannedFirst: "",
    bansUsername: true,
    defaultUsername: "Administrator",
    usernameMinChecked: 3,
    inspectionLimit: 4096,
    generatedLength: 20,
  });
  assert.equal(rules(["linux"]).defaultUsername, null);
  assert.equal(rules(["linux"]).recommendedMinLength, 12);
});

test("formAttributes gives the lengths, a pattern and password rules", () => {
  const windows = formAttributes(["windows"]);
  assert.deepEqual(Object.keys(windows), ["minlength", "maxlength", "pattern", "passwordrules"]);
  assert.equal(windows.minlength, 12);
  assert.equal(windows.maxlength, 30);
  assert.ok(windows.passwordrules.startsWith("minlength: 12; maxlength: 30; required: "));
  assert.notEqual(formAttributes(["windows"], { username: "ec2-user" }).pattern, windows.pattern);
  assert.equal(formAttributes(["linux"], { username: "ec2-user" }).pattern, formAttributes(["linux"]).pattern);
});

test("generate gives passwords check accepts, 20 characters by default", () => {
  const seen = new Set();
  for (const targets of [["linux"], ["windows"], []]) {
    for (let i = 0; i < 300; i++) {
      const password = generate(targets);
      assert.equal(password.length, 20);
      assert.equal(check(password, { targets }).ok, true, password);
      assert.equal(check(password, { targets, strict: true }).ok, true, password);
      seen.add(password);
    }
  }
  assert.equal(seen.size, 900);
  for (let length = 12; length <= 30; length++) {
    const password = generate(["windows"], { length, username: "ec2-user" });
    assert.equal(password.length, length);
    assert.equal(check(password, { targets: ["windows"], username: "ec2-user" }).ok, true);
  }
});

test("generate refuses a length the rules do not allow, with a code", () => {
  assert.throws(
    () => generate(["windows"], { length: 8 }),
    (error) =>
      error instanceof RangeError &&
      error.code === "length_out_of_range" &&
      error.message === "cannot generate a password of 8 characters: the policy accepts 12 to 30",
  );
});

// Every API: `api` and `strict` on each function, and `apis()`.

test("apis() lists every API, the default first: the core's description, in camelCase", () => {
  const all = apis();
  assert.equal(all.length, 40);
  const [reset] = all;
  assert.deepEqual(
    { ...reset, sources: reset.sources.map((s) => s.label) },
    {
      name: "cvm:ResetInstancesPassword",
      family: "reset",
      letter: "A",
      mix: "windows",
      takesUsername: true,
      passwordErrorCode: "InvalidParameterValue.InvalidPassword",
      errorCodes: reset.errorCodes,
      parameters: ["InstanceIds", "Password", "UserName", "ForceStop"],
      sources: ["the cvm:ResetInstancesPassword reference (tccli 3.1.189.1)"],
      disputes: [],
    },
  );
  assert.deepEqual(reset.sources[0].linux, rules(["linux"]));
  assert.match(reset.sources[0].fingerprint, /^[0-9a-f]{64}$/);
  const run = all.find((a) => a.name === "cvm:RunInstances");
  assert.deepEqual([run.family, run.letter, run.mix, run.takesUsername], ["cvm_login", "C", "strictest", false]);
  assert.equal(run.sources.length, 2);
  assert.deepEqual(
    run.disputes.map((d) => d.rule),
    ["leading_slash", "too_few_categories", "disallowed_character", "contains_username"],
  );
  assert.deepEqual(Object.keys(run.disputes[0]), ["rule", "refusedBy", "acceptedBy"]);
  assert.equal(run.disputes[0].refusedBy, "the CVM login password page (document 213/17008, 2024-01-08)");
  // Names are unique, families A to I in order, each dispute between two
  // of the API's own sources.
  assert.equal(new Set(all.map((a) => a.name)).size, 40);
  assert.deepEqual([...new Set(all.map((a) => a.letter))], ["A", "B", "C", "D", "E", "F", "G", "H", "I"]);
  for (const api of all) {
    assert.match(api.name, /^[a-z]+:[A-Z][A-Za-z]+$/);
    assert.ok(["windows", "strictest"].includes(api.mix));
    const labels = api.sources.map((s) => s.label);
    assert.ok(api.disputes.every((d) => labels.some((s) => d.refusedBy.includes(s) || s.includes(d.refusedBy))), api.name);
  }
  // A copy each time: the caller may change it.
  all[0].name = "changed";
  assert.equal(apis()[0].name, "cvm:ResetInstancesPassword");
});

test("a disputed rule is a warning by default and an error when strict", () => {
  // `_` is one of the CVM page's 30 specials, not one of the RunInstances
  // reference's 27.
  const password = "abc123ABC_xyz";
  const options = { targets: ["linux"], api: "cvm:RunInstances" };
  const common = check(password, options);
  assert.equal(common.ok, true);
  assert.deepEqual(common.violations, []);
  assert.deepEqual(common.warnings, [
    {
      code: "disputed_rule",
      message:
        "disputed rule: password contains 1 disallowed character: only ASCII letters, digits and the allowed special characters can be used: the cvm:RunInstances reference (tccli 3.1.189.1) refuses this, the CVM login password page (document 213/17008, 2024-01-08) accepts it",
      rule: "disallowed_character",
      refusedBy: "the cvm:RunInstances reference (tccli 3.1.189.1)",
      acceptedBy: "the CVM login password page (document 213/17008, 2024-01-08)",
    },
  ]);
  // Highlighting follows the verdict's policy: `_` is allowed in the common
  // reading, refused when strict.
  assert.deepEqual(common.disallowed, []);
  const strict = check(password, { ...options, strict: true });
  assert.equal(strict.ok, false);
  assert.deepEqual(strict.violations.map((v) => [v.code, v.count]), [["disallowed_character", 1]]);
  assert.deepEqual(strict.warnings, []);
  assert.deepEqual(strict.disallowed, [{ index: 9, start: 9, end: 10 }]);
  assert.equal(check(password, { ...options, strict: false }).ok, true);
  // The figures are the same in Chinese; the message is not.
  const zh = check(password, { ...options, lang: "zh-CN" }).warnings[0];
  assert.equal(zh.rule, "disallowed_character");
  assert.match(zh.message, /^有争议的规则：/);
  // The default API has one source: nothing to dispute.
  assert.equal(check(password, { targets: ["linux"] }).warnings.length, 0);
});

test("every API's rules: banned first characters, letters as one class", () => {
  const emr = check("!Abcdef12", { targets: ["linux"], api: "emr:CreateCluster" });
  assert.deepEqual(emr.violations, [
    {
      code: "banned_first_character",
      // EMR's own code (the core's `Api::password_error_code`).
      apiErrorCode: "InvalidParameter.InvalidPassword",
      message: "password must not start with any of !%*@^",
      banned: "!%*@^",
    },
  ]);
  assert.equal(check("Abcdef12!", { targets: ["linux"], api: "emr:CreateCluster" }).ok, true);
  const batch = check("abcdefgh", { targets: ["linux"], api: "batch:SubmitJob" });
  assert.deepEqual(batch.violations.map((v) => [v.code, v.present, v.required, v.outOf]), [
    ["too_few_categories", ["lowercase"], 2, 3],
  ]);
  // Lowercase and uppercase letters are one class for Batch on Linux...
  assert.equal(check("abcdEFGH", { targets: ["linux"], api: "batch:SubmitJob" }).ok, false);
  assert.equal(check("abcdEFG1", { targets: ["linux"], api: "batch:SubmitJob" }).ok, true);
  // ...and four categories on Windows, 3 required.
  assert.equal(check("abcdEFGH1234", { targets: ["windows"], api: "batch:SubmitJob" }).ok, true);
  // An API without a UserName ignores the one given: bm resets Administrator.
  assert.equal(check("xAdministrator1!", { targets: ["windows"], api: "bm:ReloadDeviceOs", username: "ec2-user" }).ok, false);
  assert.equal(check("xEc2-user0r!Ab", { targets: ["windows"], api: "bm:ReloadDeviceOs", username: "ec2-user" }).ok, true);
});

test("rules() follow api and strict", () => {
  assert.deepEqual(rules(["linux"]), rules(["linux"], { api: "cvm:ResetInstancesPassword", strict: false }));
  const emr = rules(["linux"], { api: "emr:CreateCluster" });
  assert.equal(emr.policy, "custom");
  assert.equal(emr.maxLength, 16);
  assert.equal(emr.requiredCategories, 4);
  assert.equal(emr.specials, "!%*@^");
  assert.equal(emr.bannedFirst, "!%*@^");
  assert.equal(emr.bansLeadingSlash, false);
  assert.equal(emr.generatedLength, 16);
  const batch = rules(["linux"], { api: "batch:SubmitJob" });
  assert.equal(batch.lettersAsOne, true);
  assert.equal(batch.requiredCategories, 2);
  // The common reading takes each rule from its most lenient source, the
  // strict one from its strictest.
  const common = rules(["linux"], { api: "cvm:RunInstances" });
  const strict = rules(["linux"], { api: "cvm:RunInstances", strict: true });
  assert.deepEqual([common.requiredCategories, common.specials.length, common.bansLeadingSlash], [2, 30, false]);
  assert.deepEqual([strict.requiredCategories, strict.specials.length, strict.bansLeadingSlash], [3, 27, true]);
  assert.deepEqual(Object.keys(common), Object.keys(rules(["windows"])));
});

test("formAttributes follow api and strict", () => {
  const emr = formAttributes(["linux"], { api: "emr:CreateCluster" });
  assert.equal(emr.maxlength, 16);
  assert.match(emr.pattern, /^\(\?=\[[^\]]*\]\{8,16\}\$\)\(\?!\[\\x21\\x25\\x2A\\x40\\x5E\]\)/);
  // It cannot say "not first", and every special is: nothing it could say.
  assert.equal(emr.passwordrules, "minlength: 1; maxlength: 0;");
  const common = formAttributes(["linux"], { api: "cvm:RunInstances" });
  const strict = formAttributes(["linux"], { api: "cvm:RunInstances", strict: true });
  assert.equal(common.minlength, 8);
  assert.notEqual(common.pattern, strict.pattern);
  // A password manager gets what every source accepts, either way.
  assert.equal(common.passwordrules, strict.passwordrules);
  assert.doesNotMatch(strict.passwordrules, /_/);
  // The username counts only where the API takes one.
  const bm = (username) => formAttributes(["windows"], { api: "bm:ReloadDeviceOs", username }).pattern;
  assert.equal(bm("ec2-user"), bm(undefined));
  assert.match(bm("ec2-user"), /\[Aa\]\[Dd\]\[Mm\]/);
  const reset = (username) => formAttributes(["windows"], { username }).pattern;
  assert.notEqual(reset("ec2-user"), reset(undefined));
});

test("generate follows api, strictly, and ignores a username the API does not take", () => {
  for (let i = 0; i < 200; i++) {
    const emr = generate(["linux"], { api: "emr:CreateCluster" });
    assert.equal(emr.length, 16);
    assert.equal(check(emr, { targets: ["linux"], api: "emr:CreateCluster", strict: true }).ok, true, emr);
    const run = generate(["linux"], { api: "cvm:RunInstances" });
    assert.equal(check(run, { targets: ["linux"], api: "cvm:RunInstances", strict: true }).ok, true, run);
    assert.doesNotMatch(run, /[_<>]/);
  }
  assert.throws(() => generate(["linux"], { api: "emr:CreateCluster", length: 20 }), (e) => e.code === "length_out_of_range");
  // bm takes no UserName: its rule looks for Administrator, whatever the name.
  for (let i = 0; i < 200; i++) {
    const password = generate(["windows"], { api: "bm:ReloadDeviceOs", username: "ab1" });
    assert.equal(check(password, { targets: ["windows"], api: "bm:ReloadDeviceOs", strict: true }).ok, true);
  }
});

/** The batches of the generation runs. */
const BATCHES = [["linux"], ["windows"], ["linux", "windows"]];
const RUN = 100_000;

/**
 * The APIs grouped by their strict rules for `targets`: APIs whose
 * `rules(targets, { api, strict: true })` are deep-equal have the same
 * policy (the description has every field of one), so the same strict
 * verdicts, and share one run. A sample of each other member of a group is
 * checked too, in case two policies ever describe alike.
 */
function groups(names, targets) {
  const byRules = new Map();
  for (const api of names) {
    const key = JSON.stringify(rules(targets, { api, strict: true }));
    byRules.set(key, [...(byRules.get(key) ?? []), api]);
  }
  return [...byRules.values()];
}

test(`${RUN.toLocaleString("en")} generated passwords per API and batch are accepted, strictly`, () => {
  const started = performance.now();
  let runs = 0;
  for (const targets of BATCHES) {
    for (const [first, ...rest] of groups(apis().map((a) => a.name), targets)) {
      const options = { targets, api: first, strict: true };
      for (let i = 0; i < RUN; i++) {
        const password = generate(targets, { api: first });
        if (!check(password, options).ok) {
          assert.fail(`${first} ${targets}: ${JSON.stringify(check(password, options).violations.map((v) => v.code))}`);
        }
        if (i < 1_000) {
          for (const api of rest) assert.equal(check(password, { targets, api, strict: true }).ok, true, `${api} ${targets}`);
        }
      }
      runs += 1;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${runs} runs of ${RUN} (one per distinct strict policy of 40 APIs and 3 batches) in ${seconds.toFixed(1)} s`);
});

test(`${RUN.toLocaleString("en")} portable passwords per batch are accepted by every API of families A to D`, () => {
  const started = performance.now();
  const portable = apis().filter((a) => a.letter <= "D").map((a) => a.name);
  assert.equal(portable.length, 28);
  for (const targets of BATCHES) {
    const distinct = groups(portable, targets);
    for (let i = 0; i < RUN; i++) {
      const password = generate(targets);
      for (const [first, ...rest] of distinct) {
        if (!check(password, { targets, api: first, strict: true }).ok) assert.fail(`${first} ${targets}`);
        if (i < 1_000) {
          for (const api of rest) assert.equal(check(password, { targets, api, strict: true }).ok, true, `${api} ${targets}`);
        }
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`3 batches of ${RUN} portable passwords, each checked once per distinct strict policy of families A to D, in ${seconds.toFixed(1)} s`);
});
