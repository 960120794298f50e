// The package's JavaScript API as a form sees it: shapes, both languages,
// errors, lone surrogates, the generator.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check, formAttributes, generate, rules } from "./package.mjs";

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

test("bad arguments throw clear errors that never quote the password", () => {
  const secret = "Secret#Pass1";
  const cases = [
    [() => check(42, { targets: [] }), TypeError, "password must be a string"],
    [() => check(secret), TypeError, "check options must be an object with targets"],
    [() => check(secret, { targets: "linux" }), TypeError, 'targets must be an array of "linux", "ubuntu", "windows" or "unknown"'],
    [() => check(secret, { targets: ["mac"] }), TypeError, 'targets must be an array of "linux", "ubuntu", "windows" or "unknown"'],
    [() => check(secret, { targets: [], username: 7 }), TypeError, "username must be a string"],
    [() => check(secret, { targets: [], lang: "fr" }), RangeError, 'lang must be "en" or "zh-CN"'],
    [() => generate(["linux"], { length: 2.5 }), TypeError, "length must be a whole number of characters, 0 or more"],
    [() => generate(["linux"], { length: -1 }), TypeError, "length must be a whole number of characters, 0 or more"],
    [() => rules(null), TypeError, 'targets must be an array of "linux", "ubuntu", "windows" or "unknown"'],
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
    specials: "!#$%&'()*+,-./:;<=>?@[]^_`{|}~",
    spaceAllowed: false,
    bansLeadingSlash: true,
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
